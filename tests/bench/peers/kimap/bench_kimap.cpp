// KDE's KIMAP (KF5, Qt 5) as a peer for scripts/bench. Built by scripts/bench on its own with
// pkg-config (it cannot live in the Qt 6 CMake project).
//
//   bench-kimap w1|w2full|w2inc|w6 host port plain|tls user password [ca|-] [extra]
//
// KIMAP has no ENVELOPE scope: for W1 it uses FetchScope::Headers (UID, FLAGS, RFC822.SIZE,
// INTERNALDATE and BODY.PEEK[HEADER.FIELDS (...)] parsed into KMime messages), its own
// equivalent of a header sync.
#include <KIMAP/FetchJob>
#include <KIMAP/LoginJob>
#include <KIMAP/LogoutJob>
#include <KIMAP/SelectJob>
#include <KIMAP/Session>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSslCertificate>
#include <QSslConfiguration>

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

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench-kimap: %s\n", qPrintable(what));
    std::exit(2);
}

struct Options
{
    QString workload, host, user, password, extra;
    quint16 port = 0;
    bool tls = false;
};

// Runs login + select (+ a continuation) on a fresh session.
void openInbox(const Options &options, bool condstore,
               std::function<void(KIMAP::Session *, quint64)> then)
{
    auto *session = new KIMAP::Session(options.host, options.port);
    auto *login = new KIMAP::LoginJob(session);
    login->setUserName(options.user);
    login->setPassword(options.password);
    login->setEncryptionMode(options.tls ? KIMAP::LoginJob::SSLorTLS
                                         : KIMAP::LoginJob::Unencrypted);
    login->setAuthenticationMode(KIMAP::LoginJob::ClearText);
    QObject::connect(login, &KJob::result, [login](KJob *) {
        if (login->error())
            fail(QStringLiteral("login: ") + login->errorString());
    });
    login->start();
    auto *select = new KIMAP::SelectJob(session);
    select->setMailBox(QStringLiteral("INBOX"));
    select->setCondstoreEnabled(condstore);
    QObject::connect(select, &KJob::result, [select, session, then](KJob *) {
        if (select->error())
            fail(QStringLiteral("select: ") + select->errorString());
        then(session, select->highestModSequence());
    });
    select->start();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // KJob holds a QEventLoopLocker; when the last job of a cycle is gone, Qt would quit the
    // application between two cycles of the storm.
    QCoreApplication::setQuitLockEnabled(false);
    const QStringList args = app.arguments();
    if (args.size() < 7)
        fail(QStringLiteral(
            "usage: bench-kimap workload host port plain|tls user password [ca] [extra]"));
    Options options;
    options.workload = args.at(1);
    options.host = args.at(2);
    options.port = quint16(args.at(3).toUInt());
    options.tls = args.at(4) == QLatin1String("tls");
    options.user = args.at(5);
    options.password = args.at(6);
    if (args.size() > 7 && args.at(7) != QLatin1String("-")) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        auto cas = configuration.caCertificates();
        cas += QSslCertificate::fromPath(args.at(7));
        configuration.setCaCertificates(cas);
        QSslConfiguration::setDefaultConfiguration(configuration);
    }
    options.extra = args.size() > 8 ? args.at(8) : QString();

    double startCpu = 0;
    QElapsedTimer wall;

    if (options.workload == QLatin1String("w6")) {
        const int cycles = std::max(1, options.extra.toInt());
        auto done = std::make_shared<int>(0);
        auto cycle = std::make_shared<std::function<void()>>();
        *cycle = [&, done, cycle, cycles] {
            if (*done == cycles) {
                std::printf("phase_cpu=%.4f phase_wall=%.4f cycles=%d ms_per_cycle=%.3f\n",
                            cpuSeconds() - startCpu, double(wall.nsecsElapsed()) / 1e9, cycles,
                            double(wall.nsecsElapsed()) / 1e6 / cycles);
                std::fflush(stdout);
                QCoreApplication::quit();
                return;
            }
            openInbox(options, false, [done, cycle](KIMAP::Session *session, quint64) {
                auto *logout = new KIMAP::LogoutJob(session);
                QObject::connect(logout, &KJob::result, [session, done, cycle](KJob *) {
                    session->deleteLater();
                    ++*done;
                    QMetaObject::invokeMethod(QCoreApplication::instance(), *cycle,
                                              Qt::QueuedConnection);
                });
                logout->start();
            });
        };
        startCpu = cpuSeconds();
        wall.start();
        QMetaObject::invokeMethod(&app, *cycle, Qt::QueuedConnection);
        return app.exec();
    }

    auto messages = std::make_shared<qint64>(0);
    openInbox(options, options.workload == QLatin1String("w2inc"),
              [&, messages](KIMAP::Session *session, quint64) {
                  auto *fetch = new KIMAP::FetchJob(session);
                  KIMAP::ImapSet set(1, 0); // 1:*
                  fetch->setSequenceSet(set);
                  fetch->setUidBased(true);
                  KIMAP::FetchJob::FetchScope scope;
                  scope.mode = options.workload == QLatin1String("w1")
                                   ? KIMAP::FetchJob::FetchScope::Headers
                                   : KIMAP::FetchJob::FetchScope::Flags;
                  if (options.workload == QLatin1String("w2inc"))
                      scope.changedSince = options.extra.toULongLong();
                  fetch->setScope(scope);
                  QObject::connect(fetch, &KIMAP::FetchJob::messagesAvailable,
                                   [messages](const QMap<qint64, KIMAP::Message> &batch) {
                                       *messages += batch.size();
                                   });
                  QObject::connect(fetch, &KJob::result, [&, fetch, session, messages](KJob *) {
                      if (fetch->error())
                          fail(QStringLiteral("fetch: ") + fetch->errorString());
                      std::printf("phase_cpu=%.4f phase_wall=%.4f messages=%lld\n",
                                  cpuSeconds() - startCpu, double(wall.nsecsElapsed()) / 1e9,
                                  static_cast<long long>(*messages));
                      std::fflush(stdout);
                      auto *logout = new KIMAP::LogoutJob(session);
                      QObject::connect(logout, &KJob::result,
                                       [](KJob *) { QCoreApplication::quit(); });
                      logout->start();
                  });
                  startCpu = cpuSeconds();
                  wall.start();
                  fetch->start();
              });
    return app.exec();
}
