/* Replay server for scripts/bench: serves Dovecot's recorded FETCH bytes from memory, so that a
 * client's parsing is measured without the server's cost. One connection at a time (the runner
 * is sequential); plaintext only.
 *
 *   bench-replay <port-file> <exists> <envelope-fetch.bin> <flags-fetch.bin>
 *
 * Listens on an ephemeral 127.0.0.1 port and writes it to port-file. Understands just what the
 * W1/W2 clients send: CAPABILITY, LOGIN, SELECT/EXAMINE, UID FETCH (ENVELOPE → first recording,
 * otherwise the second), LOGOUT; anything else gets a plain OK. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <ctype.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

static const char capabilities[] =
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ CONDSTORE UIDPLUS ESEARCH";

static char *load(const char *path, size_t *size)
{
    FILE *file = fopen(path, "rb");
    if (!file) {
        perror(path);
        exit(2);
    }
    fseek(file, 0, SEEK_END);
    *size = (size_t)ftell(file);
    fseek(file, 0, SEEK_SET);
    char *data = malloc(*size + 1);
    if (!data || fread(data, 1, *size, file) != *size) {
        fprintf(stderr, "bench-replay: cannot read %s\n", path);
        exit(2);
    }
    fclose(file);
    return data;
}

static int send_all(int fd, const char *data, size_t length)
{
    while (length > 0) {
        ssize_t n = write(fd, data, length);
        if (n <= 0)
            return -1;
        data += n;
        length -= (size_t)n;
    }
    return 0;
}

static int send_text(int fd, const char *text)
{
    return send_all(fd, text, strlen(text));
}

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: bench-replay port-file exists envelope.bin flags.bin\n");
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    size_t envelope_size, flags_size;
    char *envelopes = load(argv[3], &envelope_size);
    char *flags = load(argv[4], &flags_size);
    long exists = atol(argv[2]);

    int listener = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in address = {0};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(listener, (struct sockaddr *)&address, sizeof address) != 0 ||
        listen(listener, 16) != 0) {
        perror("bind/listen");
        return 2;
    }
    socklen_t length = sizeof address;
    getsockname(listener, (struct sockaddr *)&address, &length);
    FILE *port_file = fopen(argv[1], "w");
    fprintf(port_file, "%d\n", ntohs(address.sin_port));
    fclose(port_file);

    static char line[65536];
    for (;;) {
        int fd = accept(listener, NULL, NULL);
        if (fd < 0)
            continue;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        char reply[1024];
        snprintf(reply, sizeof reply, "* OK [CAPABILITY %s] replay of recorded Dovecot bytes\r\n",
                 capabilities);
        send_text(fd, reply);
        size_t used = 0;
        int open = 1;
        while (open) {
            ssize_t n = read(fd, line + used, sizeof line - 1 - used);
            if (n <= 0)
                break;
            used += (size_t)n;
            char *newline;
            while (open && (newline = memchr(line, '\n', used)) != NULL) {
                *newline = 0;
                size_t consumed = (size_t)(newline - line) + 1;
                char tag[64] = "", command[64] = "", rest[512] = "";
                sscanf(line, "%63s %63s %511[^\r]", tag, command, rest);
                if (!strcasecmp(command, "CAPABILITY")) {
                    snprintf(reply, sizeof reply, "* CAPABILITY %s\r\n%s OK done\r\n", capabilities,
                             tag);
                    send_text(fd, reply);
                } else if (!strcasecmp(command, "LOGIN")) {
                    snprintf(reply, sizeof reply, "%s OK [CAPABILITY %s] Logged in\r\n", tag,
                             capabilities);
                    send_text(fd, reply);
                } else if (!strcasecmp(command, "SELECT") || !strcasecmp(command, "EXAMINE")) {
                    snprintf(
                        reply, sizeof reply,
                        "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
                        "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] "
                        "Flags permitted.\r\n"
                        "* %ld EXISTS\r\n* 0 RECENT\r\n* OK [UIDVALIDITY 1700000000] UIDs valid\r\n"
                        "* OK [UIDNEXT %ld] Predicted next UID\r\n* OK [HIGHESTMODSEQ 2] "
                        "Highest\r\n"
                        "%s OK [READ-WRITE] Select completed.\r\n",
                        exists, exists + 1, tag);
                    send_text(fd, reply);
                } else if (!strcasecmp(command, "UID") && !strncasecmp(rest, "FETCH", 5)) {
                    int envelope = strcasestr(rest, "ENVELOPE") != NULL;
                    send_all(fd, envelope ? envelopes : flags,
                             envelope ? envelope_size : flags_size);
                    snprintf(reply, sizeof reply, "%s OK Fetch completed.\r\n", tag);
                    send_text(fd, reply);
                } else if (!strcasecmp(command, "LOGOUT")) {
                    snprintf(reply, sizeof reply,
                             "* BYE Logging out\r\n%s OK Logout completed.\r\n", tag);
                    send_text(fd, reply);
                    open = 0;
                } else if (tag[0]) {
                    snprintf(reply, sizeof reply, "%s OK done\r\n", tag);
                    send_text(fd, reply);
                }
                memmove(line, line + consumed, used - consumed);
                used -= consumed;
            }
            if (used >= sizeof line - 1)
                used = 0; /* an absurd line: drop it */
        }
        close(fd);
    }
}
