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
//   bench-lettertray w6sys  ... as w6 with the library's default trust: the system CAs, and the
//                           server's certificate (server.pem next to ca.pem) pinned by SHA-256
//   bench-lettertray w3     <host> <port> tls <user> <password> <ca.pem> <uid set> <file>
//       UID FETCH <set> BODY.PEEK[] through Imap::Client with FetchReply::setBodySink(<file>):
//       bodies above 64 KiB stream into the file, smaller ones are written from the signal
//   bench-lettertray w3sink ... as w3, but QSslSocket + Wire::ResponseParser with its literal
//       sink set to <file>: bodies go from the socket to the file without being held
//   bench-lettertray w4store  <host> <port> plain <user> <password> - <count>
//       <count> separate "UID STORE n +FLAGS (\Seen)" commands, all issued at once
//   bench-lettertray w4status <host> <port> plain <user> <password> - <count>
//       STATUS (MESSAGES UIDNEXT UNSEEN) of the folders f000 ... f<count-1>, all issued at once
//   bench-lettertray w4storeset ... as w4store, as one "UID STORE 1:<count> +FLAGS (\Seen)"
//   bench-lettertray w4liststatus ... as w4status, as one LIST-STATUS (RFC 5819) command
//       "LIST "" (f*) RETURN (STATUS (MESSAGES UIDNEXT UNSEEN))"
//
// "phase_cpu"/"phase_wall" cover the measured command(s) only (from the request to the tagged
// OK, typed results included); the runner adds the whole process's CPU and peak RSS from
// wait4(), so start-up cost is visible separately and never hidden.
#include "imap/Client.h"
#include "imap/FetchReply.h"
#include "imap/IdleReply.h"
#include "imap/MailboxListReply.h"
#include "imap/MailboxState.h"
#include "imap/Reply.h"
#include "imap/SelectReply.h"
#include "imap/StatusReply.h"
#include "imap/wire/ResponseParser.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslSocket>

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

long peakRssKiB()
{
    // VmHWM: the process's peak resident set so far (for the growth over a W3 fetch).
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
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
        settings.useSystemCaCertificates = false;
        if (workload == QLatin1String("w6sys")) {
            // What the app does: the system store (the library default) and, for a server
            // whose certificate no public CA signed, that certificate pinned by SHA-256 once
            // the user trusted it (the fixture's server.pem lies next to its CA).
            settings.caCertificates.clear();
            settings.useSystemCaCertificates = true;
            const QString leafPath =
                QFileInfo(args.at(7)).dir().filePath(QStringLiteral("server.pem"));
            const QList<QSslCertificate> leaf = QSslCertificate::fromPath(leafPath);
            if (leaf.isEmpty())
                fail(QStringLiteral("w6sys: no server certificate at ") + leafPath);
            settings.pinnedSha256 = leaf.first().digest(QCryptographicHash::Sha256);
        }
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

    if (workload == QLatin1String("w3sink")) {
        // The library's streaming path below Imap::Client: a QSslSocket feeding the response
        // parser, whose literal sink is the output file. Commands are written by hand (the
        // Client API has no sink yet), responses are the parser's typed Responses.
        const auto set = Imap::Wire::SequenceSet::parse(extra.toLatin1());
        if (!set || args.size() < 10)
            fail(QStringLiteral("w3sink needs <uid set> <file>"));
        auto *file = new QFile(args.at(9), &app);
        if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(QStringLiteral("cannot write ") + file->fileName());
        auto *socket = new QSslSocket(&app);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(settings.caCertificates);
        socket->setSslConfiguration(tls);
        // As Imap::Connection configures its socket: at most 256 KiB buffered.
        socket->setReadBufferSize(256 * 1024);
        auto parser = std::make_shared<Imap::Wire::ResponseParser>();
        auto rssBefore = std::make_shared<long>(0);
        auto bodies = std::make_shared<qint64>(0);
        auto bytes = std::make_shared<qint64>(0);
        parser->setHandler(
            [&, socket, file, parser, rssBefore, bodies, bytes](Imap::Wire::Response &&response) {
                if (const auto *fetch = response.get<Imap::Wire::Fetch>()) {
                    for (const Imap::Wire::FetchSection &section : fetch->extras->sections) {
                        *bodies += 1;
                        *bytes += section.size;
                        if (!section.streamedToSink) // small literals stay in memory
                            file->write(section.data);
                    }
                    return;
                }
                if (const auto *error = response.get<Imap::Wire::ProtocolError>())
                    fail(QStringLiteral("protocol error: ") + QString::fromUtf8(error->message));
                const auto *tagged = response.get<Imap::Wire::TaggedStatus>();
                if (!tagged)
                    return;
                const QByteArray tag = tagged->tag;
                if (tagged->status != Imap::Wire::Status::Ok)
                    fail(QStringLiteral("command %1 failed").arg(QString::fromLatin1(tag)));
                if (tag == "b") {
                    *rssBefore = rssKiB();
                    phase.start();
                    socket->write("c UID FETCH " + set->toImapString() + " BODY.PEEK[]\r\n");
                } else if (tag == "c") {
                    file->flush();
                    char line[200];
                    std::snprintf(line, sizeof line, "messages=%lld bytes=%lld rss_growth_kib=%ld",
                                  static_cast<long long>(*bodies), static_cast<long long>(*bytes),
                                  peakRssKiB() - *rssBefore);
                    phase.print(line);
                    QCoreApplication::quit();
                }
            });
        // Literals above 64 KiB go straight to the file.
        parser->setLiteralSink(file, 64 * 1024);
        QObject::connect(socket, &QSslSocket::readyRead, &app,
                         [socket, parser] { parser->feed(socket->readAll()); });
        QObject::connect(socket, &QSslSocket::encrypted, &app, [socket, &user, &password] {
            socket->write("a LOGIN \"" + user.toUtf8() + "\" \"" + password.toUtf8() +
                          "\"\r\nb SELECT INBOX\r\n");
        });
        QObject::connect(socket, &QSslSocket::errorOccurred, &app,
                         [socket] { fail(socket->errorString()); });
        socket->connectToHostEncrypted(settings.host, settings.port);
        return app.exec();
    }

    if (workload == QLatin1String("w4storeset") || workload == QLatin1String("w4liststatus")) {
        // The same work as one command each: what a caller can do today in one round trip.
        const int count = std::max(1, extra.toInt());
        const bool store = workload == QLatin1String("w4storeset");
        QObject::connect(&client, &Imap::Client::connected, &app, [&, count, store] {
            client.login(user, password);
            auto *select = client.select(QStringLiteral("INBOX"));
            QObject::connect(select, &Imap::Reply::finished, &app, [&, select, count, store] {
                check(select);
                phase.start();
                if (store) {
                    auto *reply = client.uidStore(Imap::Wire::SequenceSet::range(1, quint32(count)),
                                                  Imap::Client::StoreMode::Add,
                                                  {QByteArrayLiteral("\\Seen")});
                    QObject::connect(reply, &Imap::Reply::finished, &app, [&, reply] {
                        check(reply);
                        char line[100];
                        std::snprintf(line, sizeof line, "commands=1 responses=%lld",
                                      static_cast<long long>(reply->messages().size()));
                        phase.print(line);
                        client.logout();
                    });
                    return;
                }
                auto *reply = client.listExtended(QString(), {QStringLiteral("f*")}, {}, {},
                                                  {QByteArrayLiteral("MESSAGES"),
                                                   QByteArrayLiteral("UIDNEXT"),
                                                   QByteArrayLiteral("UNSEEN")});
                QObject::connect(reply, &Imap::Reply::finished, &app, [&, reply] {
                    check(reply);
                    char line[100];
                    std::snprintf(line, sizeof line, "commands=1 responses=%lld",
                                  static_cast<long long>(reply->statuses().size()));
                    phase.print(line);
                    client.logout();
                });
            });
        });
        QObject::connect(&client, &Imap::Client::disconnected, &app, &QCoreApplication::quit);
        client.connectToHost(settings);
        return app.exec();
    }

    if (workload == QLatin1String("w4store") || workload == QLatin1String("w4status")) {
        // Everything is issued at once; the scheduler decides what may be in flight together.
        const int count = std::max(1, extra.toInt());
        const bool store = workload == QLatin1String("w4store");
        QObject::connect(&client, &Imap::Client::connected, &app, [&, count, store] {
            client.login(user, password);
            auto *select = client.select(QStringLiteral("INBOX"));
            QObject::connect(select, &Imap::Reply::finished, &app, [&, select, count, store] {
                check(select);
                auto remaining = std::make_shared<int>(count);
                phase.start();
                for (int i = 0; i < count; ++i) {
                    Imap::Reply *reply =
                        store ? static_cast<Imap::Reply *>(client.uidStore(
                                    Imap::Wire::SequenceSet::single(quint32(i + 1)),
                                    Imap::Client::StoreMode::Add, {QByteArrayLiteral("\\Seen")}))
                              : client.status(QStringLiteral("f%1").arg(i, 3, 10, QLatin1Char('0')),
                                              {QByteArrayLiteral("MESSAGES"),
                                               QByteArrayLiteral("UIDNEXT"),
                                               QByteArrayLiteral("UNSEEN")});
                    QObject::connect(reply, &Imap::Reply::finished, &app,
                                     [&, reply, remaining, count] {
                                         check(reply);
                                         if (--*remaining > 0)
                                             return;
                                         char line[100];
                                         std::snprintf(line, sizeof line, "commands=%d", count);
                                         phase.print(line);
                                         client.logout();
                                     });
                }
            });
        });
        QObject::connect(&client, &Imap::Client::disconnected, &app, &QCoreApplication::quit);
        client.connectToHost(settings);
        return app.exec();
    }

    if (workload == QLatin1String("w3")) {
        const auto set = Imap::Wire::SequenceSet::parse(extra.toLatin1());
        if (!set || args.size() < 10)
            fail(QStringLiteral("w3 needs <uid set> <file>"));
        auto *file = new QFile(args.at(9), &app);
        if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(QStringLiteral("cannot write ") + file->fileName());
        long rssBefore = 0;
        auto measured = [&, file] {
            rssBefore = rssKiB();
            phase.start();
            auto *fetch = client.uidFetch(*set, {QByteArrayLiteral("BODY.PEEK[]")});
            fetch->setKeepMessages(false);
            // Bodies above 64 KiB go from the socket straight into the file; smaller ones
            // arrive in memory and are written from the signal.
            fetch->setBodySink(file, 64 * 1024);
            QObject::connect(fetch, &Imap::FetchReply::messageReceived, &app,
                             [&streamed, file](const Imap::Wire::Fetch &message) {
                                 for (const auto &section : message.extras->sections) {
                                     streamed.count += 1;
                                     streamed.bytes += section.size;
                                     if (!section.streamedToSink)
                                         file->write(section.data);
                                 }
                             });
            QObject::connect(fetch, &Imap::Reply::finished, &app, [&, fetch, file] {
                check(fetch);
                file->flush();
                char line[200];
                std::snprintf(line, sizeof line, "messages=%lld bytes=%lld rss_growth_kib=%ld",
                              static_cast<long long>(streamed.count),
                              static_cast<long long>(streamed.bytes), peakRssKiB() - rssBefore);
                phase.print(line);
                client.logout();
            });
        };
        QObject::connect(&client, &Imap::Client::connected, &app, [&] {
            client.login(user, password);
            client.select(QStringLiteral("INBOX")); // a failure fails the FETCH after it
            // A small FETCH first, as in w3sink: first-use pages are not growth.
            auto *warm = client.uidFetch(Imap::Wire::SequenceSet::single(2),
                                         {QByteArrayLiteral("BODY.PEEK[]")});
            QObject::connect(warm, &Imap::Reply::finished, &app, [&, warm] {
                check(warm);
                measured();
            });
        });
        QObject::connect(&client, &Imap::Client::disconnected, &app, &QCoreApplication::quit);
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
