// Load program (run by scripts/lib/long-tests.sh inside the session harness): one notifier
// core watching F folders of one Dovecot account over F IDLE connections (FolderWatcher +
// ImapMailSession, one per folder) while M messages are delivered across them. Every message
// must be announced exactly once; CPU time, RSS and latency are printed.
//
//   load_notifier [--folders 200] [--messages 2000]
//
// Exit status 0 on success, 1 on a lost or duplicated announcement, 2 without Dovecot.

#include "HardeningSupport.h"

#include "notifier/FolderWatcher.h"
#include "notifier/ImapMailSession.h"
#include "notifier/NewMailTracker.h"
#include "notifier/UnreadCounter.h"
#include "support/DovecotFixture.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Notifier;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "lettertray.*=false");
    int folders = 200;
    int messages = 2000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--folders")) {
            folders = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--messages")) {
            messages = args[i + 1].toInt();
        }
    }
    TestSupport::DovecotFixture dovecot;
    if (!dovecot.isAvailable()) {
        std::fprintf(stderr, "load_notifier: %s\n",
                     qPrintable(TestSupport::ServiceRequirement::message(dovecot.status())));
        return 2;
    }
    const auto user = dovecot.createUser(QStringLiteral("load"));
    if (user.name.isEmpty()) {
        std::fprintf(stderr, "createUser: %s\n", qPrintable(dovecot.errorString()));
        return 2;
    }
    QStringList names;
    for (int i = 0; i < folders; ++i) {
        const QString name = i == 0 ? QStringLiteral("INBOX") : QStringLiteral("Folder%1").arg(i);
        if (i > 0 && !dovecot.createMailbox(user.name, name)) {
            std::fprintf(stderr, "createMailbox: %s\n", qPrintable(dovecot.errorString()));
            return 2;
        }
        names.append(name);
    }

    QTemporaryDir dir;
    NewMailTracker tracker(dir.filePath(QStringLiteral("state.json")));
    tracker.load();
    UnreadCounter counter;
    ImapSessionConfig config;
    config.account.id = QStringLiteral("load");
    config.account.displayName = QStringLiteral("Load");
    config.account.userName = user.name;
    config.account.server = dovecot.host();
    config.account.port = dovecot.imapsPort();
    config.account.security = SecurityMode::Tls;
    config.secret = user.password;
    config.caCertificates = dovecot.caCertificates();
    config.useSystemCaCertificates = false;

    QHash<QString, int> announced; // subject -> times
    std::vector<std::unique_ptr<FolderWatcher>> watchers;
    const double cpuStart = cpuSeconds();
    const qint64 rssStart = Hardening::rssKiB();
    QElapsedTimer timer;
    timer.start();
    for (const QString &name : std::as_const(names)) {
        auto watcher = std::make_unique<FolderWatcher>(
            FolderKey{config.account.id, name},
            [config](QObject *parent) -> MailSession * {
                return new ImapMailSession(config, parent);
            },
            &tracker, &counter);
        QObject::connect(watcher.get(), &FolderWatcher::newMail,
                         [&announced](const FolderKey &, const QList<FetchedMessage> &list) {
                             for (const FetchedMessage &m : list) {
                                 ++announced[m.subject];
                             }
                         });
        watcher->start();
        watchers.push_back(std::move(watcher));
    }
    const bool allIdle = Hardening::waitFor(
        [&] {
            for (const auto &w : watchers) {
                if (w->state() != FolderWatcher::State::Idling) {
                    return false;
                }
            }
            return true;
        },
        120000);
    const qint64 connectMs = timer.restart();
    std::printf("load: %d watchers idling: %s after %lld ms; RSS %lld KiB, %d fds\n", folders,
                allIdle ? "all" : "NOT all", connectMs, Hardening::rssKiB(),
                Hardening::openFileDescriptors());
    std::fflush(stdout);

    for (int i = 0; i < messages; ++i) {
        const QString subject = QStringLiteral("load message %1").arg(i);
        if (!dovecot.deliver(user.name, TestSupport::DovecotFixture::sampleMessage(subject),
                             names.at(i % folders))) {
            std::fprintf(stderr, "deliver: %s\n", qPrintable(dovecot.errorString()));
            return 2;
        }
        QCoreApplication::processEvents();
    }
    const qint64 deliverMs = timer.restart();
    Hardening::waitFor([&] { return announced.size() >= messages; }, 120000);
    Hardening::waitFor([] { return false; }, 2000); // late duplicates would show now
    const qint64 drainMs = timer.elapsed();
    int duplicates = 0;
    for (auto it = announced.cbegin(); it != announced.cend(); ++it) {
        duplicates += it.value() > 1 ? 1 : 0;
    }
    const int lost = messages - int(announced.size());
    std::printf("load: %d messages delivered in %lld ms; all announced %lld ms after the last "
                "delivery\n",
                messages, deliverMs, drainMs);
    std::printf("load: announced %lld distinct, %d lost, %d duplicated; CPU %.2f s; RSS %lld -> "
                "%lld KiB; %d fds\n",
                qint64(announced.size()), lost, duplicates, cpuSeconds() - cpuStart, rssStart,
                Hardening::rssKiB(), Hardening::openFileDescriptors());
    const bool ok = allIdle && lost == 0 && duplicates == 0;
    std::printf("load: %s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
