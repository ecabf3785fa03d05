// Soak program (not a ctest test; run by scripts/lib/long-tests.sh inside the session harness):
// N connect/login/select/idle/logout cycles against the harness' Dovecot, then M forced drops
// (the socket is aborted under a selected, idling session), printing RSS and open file
// descriptors after a warm-up and at the end.
//
//   soak_client [--cycles 10000] [--drops 1000]
//
// Exit status 0 when RSS grew by less than 1 MiB and the descriptor count is flat, 1 when
// not, 2 when Dovecot is missing (LETTERTRAY_DOVECOT_* not set).

#include "HardeningSupport.h"

#include "imap/Client.h"
#include "imap/IdleReply.h"
#include "imap/SelectReply.h"
#include "support/DovecotFixture.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtNetwork/QSslSocket>

#include <cstdio>

using namespace Imap;
using Hardening::waitFor;

namespace {

struct Figures
{
    qint64 rss = 0;
    int fds = 0;
};

Figures sample()
{
    return {Hardening::rssKiB(), Hardening::openFileDescriptors()};
}

// One cycle; `drop` aborts the socket while idling instead of logging out.
bool cycle(const ConnectionSettings &settings, const QString &user, const QString &password,
           bool drop)
{
    Client client;
    bool ready = false;
    bool failed = false;
    QObject::connect(&client, &Client::connected, [&ready] { ready = true; });
    QObject::connect(&client, &Client::errorOccurred,
                     [&failed](const ConnectionError &) { failed = true; });
    client.connectToHost(settings);
    if (!waitFor([&] { return ready || failed; }, 10000) || !ready) {
        std::fprintf(stderr, "connect failed: %s\n", qPrintable(client.lastError().message));
        return false;
    }
    Reply *login = client.login(user, password);
    SelectReply *select = client.select(QStringLiteral("INBOX"));
    if (!waitFor([select] { return select->isFinished(); }, 10000) || !login->isOk() ||
        !select->isOk()) {
        std::fprintf(stderr, "login/select failed: %s\n", qPrintable(select->errorString()));
        return false;
    }
    IdleReply *idle = client.idle();
    if (!waitFor([idle] { return idle->isIdling() || idle->isFinished(); }, 10000) ||
        !idle->isIdling()) {
        std::fprintf(stderr, "IDLE failed: %s\n", qPrintable(idle->errorString()));
        return false;
    }
    if (drop) {
        auto *socket = client.findChild<QSslSocket *>();
        if (!socket) {
            std::fprintf(stderr, "no socket to drop\n");
            return false;
        }
        socket->abort();
        if (!waitFor([&] { return client.state() == Client::State::Disconnected; }, 10000) ||
            !idle->isFinished()) {
            std::fprintf(stderr, "the client did not notice the drop\n");
            return false;
        }
        return true;
    }
    idle->stop();
    Reply *logout = client.logout();
    return waitFor([logout] { return logout->isFinished(); }, 10000) && logout->isOk() &&
           idle->isOk();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "lettertray.*=false");
    int cycles = 10000;
    int drops = 1000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--cycles")) {
            cycles = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--drops")) {
            drops = args[i + 1].toInt();
        }
    }
    TestSupport::DovecotFixture dovecot;
    if (!dovecot.isAvailable()) {
        std::fprintf(stderr, "soak_client: %s\n",
                     qPrintable(TestSupport::ServiceRequirement::message(dovecot.status())));
        return 2;
    }
    ConnectionSettings settings;
    settings.host = dovecot.host();
    settings.port = dovecot.imapsPort();
    settings.security = ConnectionSettings::Security::ImplicitTls;
    settings.caCertificates = dovecot.caCertificates();
    settings.useSystemCaCertificates = false;
    const auto user = dovecot.defaultUser();

    const int warmup = qMin(50, cycles);
    for (int i = 0; i < warmup; ++i) {
        if (!cycle(settings, user.name, user.password, false)) {
            return 1;
        }
    }
    const Figures start = sample();
    QElapsedTimer timer;
    timer.start();
    int failures = 0;
    for (int i = warmup; i < cycles; ++i) {
        failures += cycle(settings, user.name, user.password, false) ? 0 : 1;
        if (i % 1000 == 0) {
            std::printf("  cycle %d: RSS %lld KiB, %d fds\n", i, Hardening::rssKiB(),
                        Hardening::openFileDescriptors());
            std::fflush(stdout);
        }
    }
    const qint64 cycleMs = timer.restart();
    const Figures afterCycles = sample();
    for (int i = 0; i < drops; ++i) {
        failures += cycle(settings, user.name, user.password, true) ? 0 : 1;
    }
    const qint64 dropMs = timer.elapsed();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const Figures end = sample();
    std::printf("soak: %d cycles in %lld ms (%.1f ms each), %d forced drops in %lld ms\n", cycles,
                cycleMs, cycles > warmup ? double(cycleMs) / (cycles - warmup) : 0.0, drops,
                dropMs);
    std::printf("soak: RSS %lld -> %lld -> %lld KiB (growth %lld KiB); fds %d -> %d -> %d; "
                "failures %d\n",
                start.rss, afterCycles.rss, end.rss, end.rss - start.rss, start.fds,
                afterCycles.fds, end.fds, failures);
    const bool ok = failures == 0 && end.rss - start.rss < 1024 && end.fds <= start.fds;
    std::printf("soak: %s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
