/* The physical floor for scripts/bench: plaintext IMAP, LOGIN + SELECT, then one command whose
 * response is only read and scanned for line ends (no parsing at all), so nothing can be faster
 * on this machine than this loop plus the server.
 *
 *   bench-floor <host> <port> <user> <password> "<UID FETCH items>" [dump-file]
 *
 * With dump-file the untagged part of the response is also written there; scripts/bench uses
 * that to record Dovecot's bytes for the replay server. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static char buffer[1 << 18];
static size_t used;

static double cpu_seconds(void)
{
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return (double)(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           (double)(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void send_all(int fd, const char *text)
{
    size_t length = strlen(text);
    while (length > 0) {
        ssize_t n = write(fd, text, length);
        if (n <= 0) {
            perror("write");
            exit(2);
        }
        text += n;
        length -= (size_t)n;
    }
}

/* Reads until a line starting with `tag` ends; counts lines; optionally copies the bytes before
 * that line to dump. Bytes after the tagged line stay in the buffer for the next call. */
static long read_until_tag(int fd, const char *tag, FILE *dump)
{
    size_t tag_length = strlen(tag);
    long lines = 0;
    int continuation = 0; /* the buffer starts in the middle of a long line */
    size_t end = used;
    for (;;) {
        size_t start = 0;
        char *newline;
        while ((newline = memchr(buffer + start, '\n', end - start)) != NULL) {
            size_t line_end = (size_t)(newline - buffer) + 1;
            if (!continuation && line_end - start >= tag_length &&
                memcmp(buffer + start, tag, tag_length) == 0) {
                if (tag[0] != '*' && strncmp(buffer + start + tag_length, "OK", 2) != 0) {
                    fprintf(stderr, "bench-floor: %.*s", (int)(line_end - start), buffer + start);
                    exit(2);
                }
                used = end - line_end;
                memmove(buffer, buffer + line_end, used);
                return lines;
            }
            if (dump)
                fwrite(buffer + start, 1, line_end - start, dump);
            ++lines;
            continuation = 0;
            start = line_end;
        }
        size_t rest = end - start;
        if (rest > sizeof buffer / 2) {
            if (dump)
                fwrite(buffer + start, 1, rest, dump);
            continuation = 1;
            rest = 0;
        } else if (start > 0) {
            memmove(buffer, buffer + start, rest);
        }
        ssize_t n = read(fd, buffer + rest, sizeof buffer - rest);
        if (n <= 0) {
            fprintf(stderr, "bench-floor: connection closed\n");
            exit(2);
        }
        end = rest + (size_t)n;
    }
}

int main(int argc, char **argv)
{
    if (argc < 6) {
        fprintf(stderr, "usage: bench-floor host port user password items [dump]\n");
        return 2;
    }
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in address = {0};
    address.sin_family = AF_INET;
    address.sin_port = htons((unsigned short)atoi(argv[2]));
    inet_pton(AF_INET, argv[1], &address.sin_addr);
    if (connect(fd, (struct sockaddr *)&address, sizeof address) != 0) {
        perror("connect");
        return 2;
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    char command[1024];
    read_until_tag(fd, "* OK", NULL);
    snprintf(command, sizeof command, "a1 LOGIN \"%s\" \"%s\"\r\na2 SELECT INBOX\r\n", argv[3],
             argv[4]);
    send_all(fd, command);
    read_until_tag(fd, "a1 ", NULL);
    read_until_tag(fd, "a2 ", NULL);
    FILE *dump = argc > 6 ? fopen(argv[6], "wb") : NULL;
    snprintf(command, sizeof command, "a3 UID FETCH 1:* (%s)\r\n", argv[5]);
    double cpu = cpu_seconds(), wall = now();
    send_all(fd, command);
    long lines = read_until_tag(fd, "a3 ", dump);
    printf("phase_cpu=%.4f phase_wall=%.4f lines=%ld\n", cpu_seconds() - cpu, now() - wall, lines);
    if (dump)
        fclose(dump);
    send_all(fd, "a4 LOGOUT\r\n");
    close(fd);
    return 0;
}
