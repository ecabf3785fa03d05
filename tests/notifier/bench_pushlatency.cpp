// Benchmark (a program, not a test): push latency from delivery to the notification call, and
// the CPU the watchers use while idle. Needs the Dovecot of scripts/lib/session.sh:
//
//   scripts/lib/session.sh build/<dir>/bin/bench_notifier_pushlatency [deliveries] [idle seconds]
//
// Latency is measured from the moment `doveadm save` has stored the message to the moment the
// FolderWatcher hands it on for notification. Dovecot itself delays change notifications to
// IDLE clients (about 0.5 s), which is the floor; the target is p95 within 10 ms of it.
#include "support/DovecotFixture.h"

#include "notifier/FolderWatcher.h"
#include "notifier/ImapMailSession.h"
#include "notifier/NewMailTracker.h"
#include "notifier/UnreadCounter.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Notifier;
using TestSupport::DovecotFixture;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long contextSwitches()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_nvcsw + usage.ru_nivcsw;
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int deliveries = argc > 1 ? std::max(1, atoi(argv[1])) : 30;
    const int idleSeconds = argc > 2 ? std::max(1, atoi(argv[2])) : 60;

    DovecotFixture dovecot;
    if (!dovecot.isAvailable()) {
        std::fprintf(stderr, "Dovecot not available: run under scripts/lib/session.sh\n");
        return 2;
    }
    const DovecotFixture::User user = dovecot.createUser(QStringLiteral("bench"));
    QTemporaryDir dir(qEnvironmentVariable("BENCH_STATE_DIR", QDir::tempPath()) +
                      QStringLiteral("/bench-XXXXXX"));
    NewMailTracker tracker(dir.filePath(QStringLiteral("state.json")));
    tracker.load();
    UnreadCounter counter;

    Account account;
    account.id = QStringLiteral("bench");
    account.email = user.name + QStringLiteral("@example.org");
    account.userName = user.name;
    account.server = dovecot.host();
    account.port = dovecot.imapsPort();
    ImapSessionConfig config;
    config.account = account;
    config.secret = user.password;
    config.caCertificates = dovecot.caCertificates();
    config.useSystemCaCertificates = false;
    QElapsedTimer clock;
    clock.start();
    qint64 deliveredAt = 0;
    qint64 announcedAt = -1;
    qint64 pushedAt = -1;
    // The session's EXISTS push, to separate Dovecot's delay from ours (fetch + decisions).
    FolderWatcher watcher(
        {account.id, QStringLiteral("INBOX")},
        [config, &clock, &pushedAt](QObject *parent) {
            auto *session = new ImapMailSession(config, parent);
            QObject::connect(session, &MailSession::existsIncreased, session,
                             [&clock, &pushedAt] { pushedAt = clock.nsecsElapsed(); });
            return session;
        },
        &tracker, &counter);
    QObject::connect(&watcher, &FolderWatcher::newMail, &watcher,
                     [&] { announcedAt = clock.nsecsElapsed(); });
    watcher.start();
    for (int i = 0; i < 200 && watcher.state() != FolderWatcher::State::Idling; ++i)
        spin(50);
    if (watcher.state() != FolderWatcher::State::Idling) {
        std::fprintf(stderr, "watcher did not reach IDLE\n");
        return 1;
    }

    QList<double> latencies;
    QList<double> ours;
    for (int i = 0; i < deliveries; ++i) {
        announcedAt = -1;
        pushedAt = -1;
        const QByteArray message =
            DovecotFixture::sampleMessage(QStringLiteral("latency %1").arg(i));
        if (!dovecot.deliver(user.name, message)) {
            std::fprintf(stderr, "delivery failed: %s\n", qPrintable(dovecot.errorString()));
            return 1;
        }
        deliveredAt = clock.nsecsElapsed();
        if (announcedAt < 0) {
            QEventLoop loop;
            QObject::connect(&watcher, &FolderWatcher::newMail, &loop, &QEventLoop::quit);
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (announcedAt < 0) {
            std::fprintf(stderr, "delivery %d was not announced within 5 s\n", i);
            return 1;
        }
        // doveadm returns after the save; a push may even arrive before it does.
        latencies.append(std::max<double>(0, double(announcedAt - deliveredAt) / 1e6));
        if (pushedAt >= 0)
            ours.append(double(announcedAt - pushedAt) / 1e6);
        spin(100);
    }
    const auto report = [](const char *what, QList<double> values) {
        if (values.isEmpty())
            return;
        std::sort(values.begin(), values.end());
        const auto pct = [&values](double p) {
            return values.at(
                std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
        };
        std::printf("%s over %d deliveries: min %.1f ms, p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
                    what, int(values.size()), values.first(), pct(0.5), pct(0.95), values.last());
    };
    report("push latency (doveadm save done -> newMail)", latencies);
    report("our share (EXISTS received -> newMail: fetch + decisions)", ours);

    const double cpuBefore = cpuSeconds();
    const long switchesBefore = contextSwitches();
    spin(idleSeconds * 1000);
    const double cpu = cpuSeconds() - cpuBefore;
    const long switches = contextSwitches() - switchesBefore;
    std::printf("idle %d s in IDLE: CPU %.3f s (%.3f%%), %ld context switches (%.1f/min; the "
                "fixture's Dovecot sends a keep-alive every 5 s)\n",
                idleSeconds, cpu, 100.0 * cpu / idleSeconds, switches,
                60.0 * double(switches) / idleSeconds);
    return 0;
}
