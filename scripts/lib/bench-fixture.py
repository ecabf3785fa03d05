#!/usr/bin/env python3
"""Writes a deterministic maildir for scripts/bench straight into cur/ (Dovecot indexes it on the
first SELECT; the runner then warms its cache with one full FETCH).

    bench-fixture.py <Maildir> <count> [seed]

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


def main():
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
