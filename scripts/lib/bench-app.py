#!/usr/bin/python3
"""The app workloads of scripts/bench (A1 footprint, A2 start-up, A3 message list). Runs inside
scripts/lib/session.sh, which provides Xvfb with an XEmbed tray host (trayer), a private D-Bus
session with gnome-keyring and dunst, a private Dovecot (LETTERTRAY_DOVECOT_*) and temporary
XDG directories; nothing here reads or writes the user's real configuration or keyring.

    bench-app.py <out.json>

Writes {"tables": [[title, markdown], ...], "figures": {...}} for bench-run.py."""
import hashlib
import json
import os
import signal
import ssl
import statistics
import subprocess
import sys
import tempfile
import time

ENV = os.environ
QUICK = ENV.get("BENCH_QUICK") == "1"
BUILD = ENV["BENCH_BUILD"]
ROOT = ENV["LETTERTRAY_ROOT"]
BIN = os.path.join(BUILD, "bin")
DOVECOT_SH = os.path.join(ROOT, "scripts", "lib", "dovecot.sh")
DOVECOT_DIR = ENV["LETTERTRAY_DOVECOT_DIR"]
HOST, IMAPS = ENV["LETTERTRAY_DOVECOT_HOST"], ENV["LETTERTRAY_DOVECOT_IMAPS_PORT"]
CLIENT_CORE = ENV.get("BENCH_CLIENT_CORE", "1")
IDLE_SECONDS = float(ENV.get("BENCH_APP_IDLE_SECONDS", "10" if QUICK else "20"))
STARTUP_RUNS = int(ENV.get("BENCH_STARTUP_RUNS", "5"))
LIST_ROWS = int(ENV.get("BENCH_LIST_ROWS", "100000"))
LIST_RUNS = int(ENV.get("BENCH_LIST_RUNS", "2" if QUICK else "5"))
ACCOUNTS = [("appbench%d" % i, "appbench%d-secret" % i) for i in (1, 2, 3)]
FOLDERS = ["INBOX", "Work", "Lists", "Family", "Archive"]

tables, figures = [], {}


def log(text):
    print("[bench-app] " + text, file=sys.stderr, flush=True)


def guard_home():
    # The session points XDG_* into its temporary directory; refuse to run anywhere else.
    home_config = os.path.join(os.path.expanduser("~"), ".config")
    config = ENV.get("XDG_CONFIG_HOME", "")
    if not config or os.path.realpath(config) == os.path.realpath(home_config) or not config.startswith("/tmp/"):
        sys.exit("bench-app.py: XDG_CONFIG_HOME (%r) is not a temporary directory; run it under session.sh" % config)


def fresh_config():
    """A new, empty XDG config/data/cache home under the session's temporary directory."""
    base = tempfile.mkdtemp(prefix="bench-app.", dir=os.path.dirname(ENV["XDG_CONFIG_HOME"]))
    env = dict(ENV)
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        os.makedirs(os.path.join(base, name.lower()))
        env["XDG_%s_HOME" % name] = os.path.join(base, name.lower())
    env.pop("LETTERTRAY_CONFIG_DIR", None)
    return env


def fixture():
    message = ("From: Sender %d <sender%d@example.org>\nTo: bench@example.org\nSubject: note %d in %s\n"
               "Message-ID: <appbench.%s.%s.%d@example.org>\n\nhello\n")
    for user, password in ACCOUNTS:
        subprocess.run([DOVECOT_SH, "adduser", DOVECOT_DIR, user, password], check=True, stdout=subprocess.DEVNULL)
        for folder in FOLDERS:
            for n in range(1):
                subprocess.run([DOVECOT_SH, "deliver", DOVECOT_DIR, user, folder], check=True,
                               input=(message % (n, n, n, folder, user, folder, n)).encode(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def server_sha256():
    pem = ssl.get_server_certificate((HOST, int(IMAPS)))
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


def configure_lettertray(env):
    spec = ["%s:%s:%s" % (user, password, ",".join(FOLDERS)) for user, password in ACCOUNTS]
    subprocess.run([os.path.join(BIN, "bench-app-accounts"), HOST, IMAPS, server_sha256()] + spec,
                   check=True, env=env, stdout=subprocess.DEVNULL)


def configure_mailnag(env):
    """Through Mailnag's own AccountManager, as mailnag-config would write it (passwords in the
    session's keyring via libsecret)."""
    script = ("import sys\n"
              "from Mailnag.common.accounts import AccountManager, Account\n"
              "from Mailnag.common.config import read_cfg, write_cfg\n"
              "am = AccountManager()\n"
              "for user, password in zip(sys.argv[3::2], sys.argv[4::2]):\n"
              "    am.add(Account(mailbox_type='imap', enabled=True, name=user, user=user, password=password,\n"
              "                   server=sys.argv[1], port=sys.argv[2], ssl=True, imap=True, idle=True,\n"
              "                   folders=%r))\n"
              "cfg = read_cfg(); cfg.set('core', 'autostart', '0'); am.save_to_cfg(cfg); write_cfg(cfg)\n" % FOLDERS)
    argv = ["/usr/bin/python3", "-c", script, HOST, IMAPS]
    for user, password in ACCOUNTS:
        argv += [user, password]
    subprocess.run(argv, check=True, env=env, stdout=subprocess.DEVNULL)


def tree_pids(pid):
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            with open("/proc/%d/task/%d/children" % (p, p)) as f:
                todo += [int(c) for c in f.read().split()]
        except OSError:
            pass
    return pids


def memory_of(pid):
    """(RSS MiB, PSS MiB) of a process and its children."""
    rss = pss = 0
    for p in tree_pids(pid):
        try:
            with open("/proc/%d/smaps_rollup" % p) as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            pass
    return rss / 1024.0, pss / 1024.0


def imap_connections(pid):
    """Established TCP connections of a process tree to the fixture's imaps port."""
    port = "%04X" % int(IMAPS)
    established = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                for line in f.readlines()[1:]:
                    fields = line.split()
                    if fields[2].endswith(":" + port) and fields[3] == "01":
                        established.add(fields[9])
        except OSError:
            pass
    count = 0
    for p in tree_pids(pid):
        try:
            for fd in os.listdir("/proc/%d/fd" % p):
                target = os.readlink("/proc/%d/fd/%s" % (p, fd))
                if target.startswith("socket:[") and target[8:-1] in established:
                    count += 1
        except OSError:
            pass
    return count


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def a1():
    log("A1: lettertray, Birdtray and Mailnag idle for %.0f s (3 accounts x 5 folders)" % IDLE_SECONDS)
    clients = {}
    reasons = {}
    env = fresh_config()
    configure_lettertray(env)
    clients["Lettertray"] = (subprocess.Popen(["taskset", "-c", CLIENT_CORE, os.path.join(BIN, "lettertray"), "--minimized"],
                                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE), env)
    if os.path.exists("/usr/bin/mailnag"):
        menv = fresh_config()
        configure_mailnag(menv)
        clients["Mailnag"] = (subprocess.Popen(["taskset", "-c", CLIENT_CORE, "/usr/bin/mailnag"], env=menv,
                                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE), menv)
    else:
        reasons["Mailnag"] = "not installed (apt-get install mailnag)"
    if os.path.exists("/usr/bin/birdtray"):
        benv = fresh_config()
        clients["Birdtray"] = (subprocess.Popen(["taskset", "-c", CLIENT_CORE, "/usr/bin/birdtray"], env=benv,
                                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE), benv)
    else:
        reasons["Birdtray"] = "not installed (apt-get install birdtray)"
    time.sleep(IDLE_SECONDS)
    rows = {}
    for name, (process, _) in clients.items():
        if process.poll() is not None:
            err = process.stderr.read().decode(errors="replace").strip().splitlines()
            reasons[name] = "exited (%d): %s" % (process.returncode, (err or ["no output"])[-1][:150])
            continue
        rows[name] = memory_of(process.pid) + (imap_connections(process.pid),)
    for name, (process, _) in clients.items():
        stop(process)
    lines = ["| Client | RSS MiB (idle) | PSS MiB (idle) | × Lettertray (RSS) | IMAP connections open | what it watches |",
             "|---|---|---|---|---|---|"]
    what = {"Lettertray": "3 IMAP accounts × 5 folders (implicit TLS, pinned certificate)",
            "Mailnag": "the same 3 accounts × 5 folders (configured through Mailnag's AccountManager, passwords in the keyring)",
            "Birdtray": "nothing: Birdtray has no IMAP; it reads a Thunderbird profile's mail folders, and there is no "
                        "Thunderbird here — started with an empty configuration, so this is its floor"}
    ref = rows.get("Lettertray", (0, 0))[0]
    for name in ("Lettertray", "Birdtray", "Mailnag"):
        if name not in rows:
            lines.append("| %s | n/a | n/a | n/a | n/a | %s |" % (name, reasons.get(name, "no result")))
            continue
        rss, pss, connections = rows[name]
        lines.append("| %s | %.1f | %.1f | %s | %d | %s |" % (name, rss, pss, "%.2f×" % (rss / ref) if ref else "n/a",
                                                            connections, what[name]))
    text = "\n".join(lines)
    text += ("\n\nAll three started together under Xvfb with trayer as tray host, each with its own empty XDG "
             "configuration; RSS and PSS (process and children, /proc/<pid>/smaps_rollup) after %.0f s idle, and "
             "the established TCP connections each holds to the fixture's imaps port at that moment." % IDLE_SECONDS)
    tables.append(("A1 app footprint, idle, 3 accounts × 5 folders", text))
    figures["a1"] = {k: v[0] for k, v in rows.items()}


def a2():
    log("A2: start-up to tray icon painted, %d warm runs" % STARTUP_RUNS)
    env = fresh_config()
    configure_lettertray(env)
    env["LETTERTRAY_STARTUP_TIMING"] = "1"
    times, failures = [], []
    for run in range(STARTUP_RUNS + 1):  # the first run warms the caches and is not counted
        started = time.time()
        process = subprocess.Popen(["taskset", "-c", CLIENT_CORE, os.path.join(BIN, "lettertray"), "--minimized"],
                                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        painted = None
        deadline = time.time() + 15
        for line in process.stderr:
            text = line.decode(errors="replace")
            if text.startswith("lettertray-startup: tray-icon-painted unix="):
                painted = float(text.split("=", 1)[1])
                break
            if time.time() > deadline:
                break
        stop(process)
        if painted is None:
            failures.append("run %d: no tray icon painted" % run)
        elif run > 0:
            times.append((painted - started) * 1000)
        time.sleep(0.3)
    if times:
        med = statistics.median(times)
        text = ("| Client | start → tray icon painted, ms | min–max ms | runs |\n|---|---|---|---|\n"
                "| Lettertray | %.0f | %.0f–%.0f | %d warm |" % (med, min(times), max(times), len(times)))
        figures["a2_ms"] = med
    else:
        text = "n/a: " + "; ".join(failures)
    text += ("\n\nFrom just before the harness starts `lettertray --minimized` (3 accounts configured) to the first "
             "paint of its XEmbed tray icon window in trayer (`LETTERTRAY_STARTUP_TIMING=1` prints the time of that "
             "paint; src/app/main.cpp). One untimed run first warms the page cache. Birdtray and Mailnag: not "
             "measured (Mailnag has no tray icon; Birdtray's tray icon has no equivalent hook).")
    if failures:
        text += " Failures: " + "; ".join(failures)
    tables.append(("A2 start-up to tray icon", text))


def a3():
    log("A3: %d messages into the message list, window shown (%d runs)" % (LIST_ROWS, LIST_RUNS))
    results, failures = {LIST_ROWS: [], 0: []}, []
    for _ in range(LIST_RUNS):
        for count in (LIST_ROWS, 0):  # the empty list: the window's own cost, for comparison
            out = subprocess.run(["taskset", "-c", CLIENT_CORE, os.path.join(BIN, "bench-messagelist"), str(count)],
                                 capture_output=True, text=True, env=fresh_config(), timeout=120)
            values = dict(kv.split("=") for kv in out.stdout.split() if "=" in kv)
            if out.returncode != 0 or "total_ms" not in values:
                failures.append((out.stderr.strip().splitlines() or ["exit %d" % out.returncode])[-1])
                continue
            results[count].append({k: float(v) for k, v in values.items()})
    lines = ["| Client | rows | total ms | model fill ms | setModel + show → first paint ms | runs |", "|---|---|---|---|---|---|"]
    for count, rows in results.items():
        if not rows:
            lines.append("| Lettertray | %d | n/a | n/a | n/a | 0 |" % count)
            continue

        def cell(key):
            v = [r[key] for r in rows]
            return "%.0f (%.0f–%.0f)" % (statistics.median(v), min(v), max(v))
        lines.append("| Lettertray | %d | %s | %s | %s | %d |" % (count, cell("total_ms"), cell("fill_ms"), cell("show_ms"), len(rows)))
        figures["a3_ms_%d" % count] = statistics.median(r["total_ms"] for r in rows)
        figures["a3_fill_ms_%d" % count] = statistics.median(r["fill_ms"] for r in rows)
        figures["a3_show_ms_%d" % count] = statistics.median(r["show_ms"] for r in rows)
    text = "\n".join(lines)
    text += ("\n\n`tests/bench/bench_messagelist.cpp` (one process per run): %d summaries (built beforehand, not "
             "timed) upserted into Notifier::MessageListModel in one call, then App::MessageListWindow::setModel() "
             "and show until the list view's first paint, under Xvfb. The 0-row line is the same with an empty model: "
             "the cost of the first window of a process (style, fonts, X11), which the 100k figure includes. Peers: "
             "Birdtray and Mailnag have no message list." % LIST_ROWS)
    if failures:
        text += " Failures: " + "; ".join(failures[:3])
    tables.append(("A3 message list, %d messages" % LIST_ROWS, text))


def main():
    guard_home()
    fixture()
    for step in (a1, a2, a3):
        try:
            step()
        except Exception as error:  # one failed workload must not lose the others' tables
            log("%s failed: %r" % (step.__name__, error))
            tables.append((step.__name__.upper() + " (failed)", "n/a: %r" % error))
    with open(sys.argv[1], "w") as out:
        json.dump({"tables": tables, "figures": figures}, out)


if __name__ == "__main__":
    main()
