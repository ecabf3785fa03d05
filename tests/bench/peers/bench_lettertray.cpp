// Lettertray side of scripts/bench: one workload per run, figures on stdout as key=value pairs.
//
//   bench-lettertray w1     <host> <port> plain|tls <user> <password> [ca.pem]
//   bench-lettertray w1stream ... as w1, results consumed from messageReceived() (not kept)
//   bench-lettertray w2full <host> <port> plain|tls <user> <password> [ca.pem]
//   bench-lettertray w2inc  <host> <port> plain|tls <user> <password> <ca.pem|-> <modseq>
//   bench-lettertray w6     <host> <port> tls       <user> <password> <ca.pem> <cycles>
//   bench-lettertray idle   <host> <port> plain|tls <user> <password> <ca.pem|->
//       prints "ready" once IDLE runs, then "exists <unix seconds>" for every EXISTS push
//       (scripts/bench delivers and takes the difference; the library's share of W5)
//   bench-lettertray w6sys  ... as w6, trusting the system CAs too (the library's default)
//
// "phase_cpu"/"phase_wall" cover the measured command(s) only (from the request to the tagged
// OK, typed results included); the runner adds the whole process's CPU and peak RSS from
// wait4(), so start-up cost is visible separately and never hidden.
#include "imap/Client.h"
#include "imap/FetchReply.h"
#include "imap/IdleReply.h"
#include "imap/MailboxState.h"
#include "imap/Reply.h"
#include "imap/SelectReply.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtNetwork/QSslCertificate>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long rssKiB()
{
    // Current (not peak) resident set, for drift over a reconnect storm.
    FILE *file = std::fopen("/proc/self/statm", "r");
    long pages = 0, resident = 0;
    if (file) {
        if (std::fscanf(file, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(file);
    }
    return resident * 4;
}

int openFds()
{
    return int(QDir(QStringLiteral("/proc/self/fd"))
                   .entryList(QDir::NoDotAndDotDot | QDir::System)
                   .size());
}

struct Phase
{
    double cpu = 0;
    QElapsedTimer wall;
    void start()
    {
        cpu = cpuSeconds();
        wall.start();
    }
    void print(const char *extra) const
    {
        std::printf("phase_cpu=%.4f phase_wall=%.4f %s\n", cpuSeconds() - cpu,
                    double(wall.nsecsElapsed()) / 1e9, extra);
        std::fflush(stdout);
    }
};

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench-lettertray: %s\n", qPrintable(what));
    std::exit(2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 7)
        fail(QStringLiteral("usage: bench-lettertray w1|w2full|w2inc|w6 host port plain|tls user "
                            "password [ca] [n]"));
    const QString workload = args.at(1);
    Imap::ConnectionSettings settings;
    settings.host = args.at(2);
    settings.port = quint16(args.at(3).toUInt());
    if (args.at(4) == QLatin1String("plain")) {
        settings.security = Imap::ConnectionSettings::Security::Plaintext;
        settings.allowCleartextPasswords = true;
    }
    if (args.size() > 7 && args.at(7) != QLatin1String("-")) {
        // Only the given CA, as every peer is configured (Python's ssl with cafile, imapflow's
        // tls.ca, KIMAP's default configuration): the system store is not loaded per connection.
        settings.caCertificates = QSslCertificate::fromPath(args.at(7));
        // "w6sys" keeps the library default (system store plus the given CA) to show its cost.
        settings.useSystemCaCertificates = workload == QLatin1String("w6sys");
    }
    const QString user = args.at(5), password = args.at(6);
    const QString extra = args.size() > 8 ? args.at(8) : QString();

    Phase phase;
    struct
    {
        qint64 count = 0, bytes = 0;
        int envelopes = 0;
    } streamed;
    Imap::Client client;
    QObject::connect(
        &client, &Imap::Client::errorOccurred, &app,
        [](const Imap::ConnectionError &) { fail(QStringLiteral("connection error")); });
    auto check = [](Imap::Reply *reply) {
        if (!reply->isOk())
            fail(QStringLiteral("command failed: ") + reply->text());
    };

    if (workload == QLatin1String("w6") || workload == QLatin1String("w6sys")) {
        // Reconnect storm: a fresh Client per cycle, as a notifier does after a network change.
        const int cycles = std::max(1, extra.toInt());
        auto done = std::make_shared<int>(0);
        auto fdsBefore = std::make_shared<int>(0);
        auto rssBefore = std::make_shared<long>(0);
        auto cycle = std::make_shared<std::function<void()>>();
        *cycle = [&, done, cycle, fdsBefore, rssBefore, cycles]() {
            if (*done == 1) {
                // After one warm cycle (TLS library and CA store loaded) the baseline is taken.
                *fdsBefore = openFds();
                *rssBefore = rssKiB();
            }
            if (*done == cycles) {
                char line[200];
                std::snprintf(line, sizeof line,
                              "cycles=%d ms_per_cycle=%.3f fd_drift=%d rss_drift_kib=%ld", cycles,
                              double(phase.wall.nsecsElapsed()) / 1e6 / cycles,
                              openFds() - *fdsBefore, rssKiB() - *rssBefore);
                phase.print(line);
                QCoreApplication::quit();
                return;
            }
            auto *c = new Imap::Client;
            QObject::connect(c, &Imap::Client::errorOccurred, c, [](const Imap::ConnectionError &) {
                fail(QStringLiteral("storm: connection error"));
            });
            QObject::connect(c, &Imap::Client::connected, c, [&, c, done, cycle] {
                auto *login = c->login(user, password);
                auto *select = c->select(QStringLiteral("INBOX"));
                auto *logout = c->logout();
                QObject::connect(logout, &Imap::Reply::finished, c, [=, &check] {
                    check(login);
                    check(select);
                    login->deleteLater();
                    select->deleteLater();
                    logout->deleteLater();
                });
            });
            QObject::connect(c, &Imap::Client::disconnected, c, [c, done, cycle] {
                c->deleteLater();
                ++*done;
                QMetaObject::invokeMethod(QCoreApplication::instance(), *cycle,
                                          Qt::QueuedConnection);
            });
            c->connectToHost(settings);
        };
        phase.start();
        QMetaObject::invokeMethod(&app, *cycle, Qt::QueuedConnection);
        return app.exec();
    }

    if (workload == QLatin1String("idle")) {
        // Only pushes during IDLE count; the EXISTS of the SELECT itself is not a delivery.
        auto idling = std::make_shared<bool>(false);
        QObject::connect(
            client.mailboxState(), &Imap::MailboxState::existsChanged, &app, [idling](quint32) {
                if (!*idling)
                    return;
                std::printf("exists %.6f\n", double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
                std::fflush(stdout);
            });
        QObject::connect(&client, &Imap::Client::connected, &app, [&, idling] {
            client.login(user, password);
            auto *select = client.select(QStringLiteral("INBOX"));
            QObject::connect(select, &Imap::Reply::finished, &app, [&, select, idling] {
                check(select);
                auto *idle = client.idle();
                QObject::connect(idle, &Imap::IdleReply::started, &app, [idling] {
                    *idling = true;
                    std::printf("ready\n");
                    std::fflush(stdout);
                });
            });
        });
        client.connectToHost(settings);
        return app.exec();
    }

    QObject::connect(&client, &Imap::Client::connected, &app, [&] {
        auto *login = client.login(user, password);
        const bool condstore = workload == QLatin1String("w2inc");
        auto *select = condstore ? client.selectCondStore(QStringLiteral("INBOX"))
                                 : client.select(QStringLiteral("INBOX"));
        QObject::connect(select, &Imap::Reply::finished, &app, [&, login, select] {
            check(login);
            check(select);
            Imap::FetchReply *fetch = nullptr;
            phase.start();
            const bool stream = workload == QLatin1String("w1stream");
            if (workload == QLatin1String("w1") || stream) {
                fetch = client.uidFetch(Imap::Wire::SequenceSet::all(),
                                        {QByteArrayLiteral("UID"), QByteArrayLiteral("FLAGS"),
                                         QByteArrayLiteral("RFC822.SIZE"),
                                         QByteArrayLiteral("INTERNALDATE"),
                                         QByteArrayLiteral("ENVELOPE")});
                if (stream) {
                    // Consumed as they stream in, as a notifier fills its own model.
                    fetch->setKeepMessages(false);
                    QObject::connect(fetch, &Imap::FetchReply::messageReceived, &app,
                                     [&streamed](const Imap::Wire::Fetch &message) {
                                         streamed.count += 1;
                                         streamed.bytes += qint64(message.rfc822Size.value_or(0));
                                         streamed.envelopes += message.envelope ? 1 : 0;
                                     });
                }
            } else if (workload == QLatin1String("w2full")) {
                fetch =
                    client.uidFetch(Imap::Wire::SequenceSet::all(), {QByteArrayLiteral("FLAGS")});
            } else if (workload == QLatin1String("w2inc")) {
                fetch =
                    client.uidFetchChangedSince(Imap::Wire::SequenceSet::all(),
                                                {QByteArrayLiteral("FLAGS")}, extra.toULongLong());
            } else {
                fail(QStringLiteral("unknown workload ") + workload);
            }
            QObject::connect(fetch, &Imap::Reply::finished, &app, [&, fetch] {
                check(fetch);
                // Touch the typed results so that nothing is measured that was not delivered.
                const QList<Imap::Wire::Fetch> messages = fetch->messages();
                qint64 bytes = streamed.bytes;
                int envelopes = streamed.envelopes;
                for (const Imap::Wire::Fetch &message : messages) {
                    bytes += qint64(message.rfc822Size.value_or(0));
                    envelopes += message.envelope ? 1 : 0;
                }
                char line[200];
                std::snprintf(line, sizeof line, "messages=%lld envelopes=%d size_sum=%lld",
                              static_cast<long long>(messages.size() + streamed.count), envelopes,
                              static_cast<long long>(bytes));
                phase.print(line);
                client.logout();
            });
        });
    });
    QObject::connect(&client, &Imap::Client::disconnected, &app, &QCoreApplication::quit);
    client.connectToHost(settings);
    return app.exec();
}
