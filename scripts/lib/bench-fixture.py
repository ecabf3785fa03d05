#!/usr/bin/env python3
"""Writes a deterministic maildir for scripts/bench straight into cur/ (Dovecot indexes it on the
first SELECT; the runner then warms its cache with one full FETCH).

    bench-fixture.py <Maildir> <count> [seed]
    bench-fixture.py --large <Maildir> <big MB> <small count> <small KB>
        W3: UID 1 is one message of <big MB> MB, UIDs 2.. are <small count> of <small KB> KB
    bench-fixture.py --folders <Maildir> <count>
        W4: empty folders f000, f001, ... (Maildir++ directories) for STATUS

The same seed always gives the same bytes, so figures from two runs describe the same mailbox."""
import os
import random
import sys

FIRST = ["Anna", "Bernd", "Chloé", "Dmitri", "Eva", "François", "Grace", "Hiro", "Ines", "Jörg",
         "Karin", "Lars", "Maya", "Noah", "Olga", "Pierre", "Quinn", "Rosa", "Sven", "Tomás"]
LAST = ["Schmidt", "Dubois", "O'Neill", "Tanaka", "García", "Novak", "Larsen", "Rossi", "Kowalski",
        "Meyer", "Silva", "Nguyen", "Brown", "Müller", "Ivanova"]
DOMAINS = ["example.org", "mail.example.com", "lists.example.net", "corp.example"]
WORDS = ("release meeting invoice update build report weekly review patch question notes draft "
         "budget travel plan server backup outage fix agenda minutes proposal lunch").split()


def encoded(text):
    """RFC 2047 for non-ASCII display names, as real mail has them."""
    if all(ord(c) < 128 for c in text):
        return '"%s"' % text.replace('"', '\\"') if "'" in text or "," in text else text
    import base64
    return "=?UTF-8?B?%s?=" % base64.b64encode(text.encode()).decode()


def large_message(path, number, size):
    """A text/plain message of `size` bytes with CRLF lines. No body line starts with a tag-like
    "c " (the raw floor of W3 looks for its tagged completion at the end of what it reads)."""
    head = ("From: Big Sender <big@example.org>\r\nTo: Lettertray Bench <bench@example.org>\r\n"
            "Subject: large message %d (%d bytes)\r\nDate: Tue, 14 Nov 2023 22:13:20 +0000\r\n"
            "Message-ID: <large.%d@bench.example.org>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=us-ascii\r\n\r\n" % (number, size, number)).encode()
    line = b"Line %08d " + b"abcdefghijklmnopqrstuvwxyz0123456789" * 2 + b"\r\n"
    body = bytearray()
    n = 0
    while len(head) + len(body) < size:
        body += line % n
        n += 1
    data = (head + bytes(body))[:size - 2] + b"\r\n"
    with open(path, "wb") as out:
        out.write(data)
    os.utime(path, (1700000000 + number, 1700000000 + number))


def large(maildir, big_mb, small_count, small_kb):
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(maildir, sub), exist_ok=True)
    # Names sort in delivery order, so Dovecot gives UID 1 to the big one.
    large_message(os.path.join(maildir, "cur", "1700000001.M1P1.large:2,S"), 1, big_mb * 1000 * 1000)
    for n in range(2, small_count + 2):
        large_message(os.path.join(maildir, "cur", "1700%06d.M%dP1.large:2,S" % (n, n)), n, small_kb * 1000)


def folders(maildir, count):
    for n in range(count):
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(maildir, ".f%03d" % n, sub), exist_ok=True)


def main():
    if sys.argv[1] == "--large":
        return large(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    if sys.argv[1] == "--folders":
        return folders(sys.argv[2], int(sys.argv[3]))
    maildir, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20260101)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(maildir, sub), exist_ok=True)
    base = 1700000000
    for n in range(1, count + 1):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        sender = "%s.%s@%s" % (first.lower(), last.lower().replace("'", ""), rng.choice(DOMAINS))
        sender = sender.encode("ascii", "ignore").decode()
        subject = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 7)))
        if n % 7 == 0:
            subject = "Re: " + subject
        if n % 11 == 0:
            subject += ' "quoted" (%d)' % n
        stamp = base + n * 37
        date = __import__("email.utils", fromlist=["formatdate"]).formatdate(stamp, localtime=False)
        headers = [
            "Return-Path: <%s>" % sender,
            "From: %s <%s>" % (encoded(first + " " + last), sender),
            "To: Lettertray Bench <bench@example.org>",
        ]
        if n % 5 == 0:
            headers.append("Cc: team@example.org, %s" % sender)
        headers += [
            "Subject: %s" % subject,
            "Date: %s" % date,
            "Message-ID: <%d.%d@bench.example.org>" % (stamp, n),
        ]
        if n % 7 == 0:
            headers.append("In-Reply-To: <%d.%d@bench.example.org>" % (stamp - 37, n - 1))
        headers += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8"]
        body = "\n".join(" ".join(rng.choice(WORDS) for _ in range(12)) for _ in range(rng.randint(2, 12)))
        data = ("\n".join(headers) + "\n\n" + body + "\n").encode()
        flags = ""
        if rng.random() < 0.1:
            flags += "F"
        if rng.random() < 0.8:
            flags += "S"
        name = "%d.M%dP1.bench,S=%d:2,%s" % (stamp, n, len(data), flags)
        path = os.path.join(maildir, "cur", name)
        with open(path, "wb") as out:
            out.write(data)
        os.utime(path, (stamp, stamp))


if __name__ == "__main__":
    main()
