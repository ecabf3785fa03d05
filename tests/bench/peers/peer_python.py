#!/usr/bin/python3
"""Python peers for scripts/bench: the standard library's imaplib and python3-imaplib2.

    peer_python.py imaplib|imaplib2 w1|w2full|w2inc|w6 host port plain|tls user password [ca|-] [extra]
    peer_python.py imaplib|imaplib2 w3 host port tls user password ca <uid set> <file>
    peer_python.py imaplib|imaplib2 w4store|w4status host port plain user password - <count>

Prints the same key=value figures as bench-lettertray. imaplib returns raw lines (it does not
parse ENVELOPE); that is how it is measured, since that is what its users get."""
import resource
import ssl
import sys
import time


def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main():
    library, workload, host, port, security, user, password = sys.argv[1:8]
    ca = sys.argv[8] if len(sys.argv) > 8 and sys.argv[8] != "-" else None
    extra = sys.argv[9] if len(sys.argv) > 9 else ""
    port = int(port)
    if library == "imaplib":
        import imaplib as lib
        plain, tls = lib.IMAP4, lib.IMAP4_SSL
    else:
        import imaplib2 as lib
        plain, tls = lib.IMAP4, lib.IMAP4_SSL

    def connect():
        if security == "plain":
            return plain(host, port)
        if library == "imaplib":
            return tls(host, port, ssl_context=ssl.create_default_context(cafile=ca))
        return tls(host, port, ca_certs=ca)

    if workload == "w6":
        cycles = int(extra)
        start_cpu, start = cpu(), time.perf_counter()
        for _ in range(cycles):
            connection = connect()
            connection.login(user, password)
            connection.select("INBOX")
            connection.logout()
        wall = time.perf_counter() - start
        print("phase_cpu=%.4f phase_wall=%.4f cycles=%d ms_per_cycle=%.3f"
              % (cpu() - start_cpu, wall, cycles, wall * 1000 / cycles))
        return

    connection = connect()
    connection.login(user, password)
    if workload == "w3":
        # The library hands back each literal as bytes (held in memory), then it goes to the file.
        connection.select("INBOX")
        start_cpu, start = cpu(), time.perf_counter()
        status, data = connection.uid("FETCH", extra, "(BODY.PEEK[])")
        if status != "OK":
            sys.exit("fetch failed: %r" % data)
        count = size = 0
        with open(sys.argv[10], "wb") as out:
            for item in data:
                if isinstance(item, tuple):
                    out.write(item[1])
                    count += 1
                    size += len(item[1])
        print("phase_cpu=%.4f phase_wall=%.4f messages=%d bytes=%d"
              % (cpu() - start_cpu, time.perf_counter() - start, count, size))
        connection.logout()
        return
    if workload in ("w4store", "w4status"):
        # One command at a time, as the API offers it: every command waits for its completion.
        connection.select("INBOX")
        count = int(extra)
        start_cpu, start = cpu(), time.perf_counter()
        for n in range(count):
            if workload == "w4store":
                status, data = connection.uid("STORE", str(n + 1), "+FLAGS", "(\\Seen)")
            else:
                status, data = connection.status("f%03d" % n, "(MESSAGES UIDNEXT UNSEEN)")
            if status != "OK":
                sys.exit("%s failed: %r" % (workload, data))
        print("phase_cpu=%.4f phase_wall=%.4f commands=%d" % (cpu() - start_cpu, time.perf_counter() - start, count))
        connection.logout()
        return
    if workload == "idle":
        # W5: imaplib2's IDLE with a callback; imaplib has no IDLE at all.
        if library != "imaplib2":
            sys.exit("imaplib has no IDLE")
        connection.select("INBOX")
        print("ready", flush=True)
        while True:
            connection.idle(timeout=600)
            # idle() returns on the first untagged response; take the EXISTS it brought.
            typ, data = connection.response("EXISTS")
            if data and data[0] is not None:
                print("exists %.6f" % time.time(), flush=True)
    # CHANGEDSINCE itself enables CONDSTORE on the server (RFC 7162 §3.1).
    connection.select("INBOX")
    start_cpu, start = cpu(), time.perf_counter()
    if workload == "w1":
        status, data = connection.uid("FETCH", "1:*", "(UID FLAGS RFC822.SIZE INTERNALDATE ENVELOPE)")
    elif workload == "w2full":
        status, data = connection.uid("FETCH", "1:*", "(FLAGS)")
    else:
        status, data = connection.uid("FETCH", "1:*", "(FLAGS) (CHANGEDSINCE %s)" % extra)
    if status != "OK":
        sys.exit("fetch failed: %r" % data)
    # "<seq> (...)" per message; literals arrive as (head, literal) tuples followed by the rest
    # of the line, so count heads.
    heads = (item[0] if isinstance(item, tuple) else item or b"" for item in data)
    messages = sum(1 for head in heads if head[:1].isdigit())
    print("phase_cpu=%.4f phase_wall=%.4f messages=%d"
          % (cpu() - start_cpu, time.perf_counter() - start, messages))
    connection.logout()


if __name__ == "__main__":
    main()
