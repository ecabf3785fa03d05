#include "notifier/Clock.h"
#include "notifier/FolderWatcher.h"
#include "notifier/NewMailTracker.h"
#include "notifier/UnreadCounter.h"

#include <QtCore/QMap>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;

// The mailbox a fake server holds, shared by all fake sessions (connections) to it.
struct FakeMailbox
{
    quint32 uidValidity = 100;
    quint32 uidNext = 1;
    QMap<quint32, FetchedMessage> messages;
    bool exists = true;
};

class FakeServer : public QObject
{
    Q_OBJECT
public:
    FakeMailbox box;
    bool idle = true;
    SessionError openError;
    int sessionsCreated = 0;
    QList<quint32> seenStores;
    QList<quint32> trashed;
    QPointer<class FakeSession> current;

    quint32 deliver(const QString &subject, bool seen = false, quint64 gm = 0);
};

class FakeSession : public MailSession
{
    Q_OBJECT
public:
    FakeSession(FakeServer *server, QObject *parent)
        : MailSession(parent)
        , m_server(server)
    {}
    bool idling = false;
    bool closed = false;

    void later(std::function<void()> f)
    {
        QTimer::singleShot(0, this, [this, f] {
            if (!closed)
                f();
        });
    }
    void open(Done done) override
    {
        later([this, done] { done(m_server->openError); });
    }
    bool supportsIdle() const override { return m_server->idle; }
    FolderStatus currentStatus() const
    {
        FolderStatus status;
        status.uidValidity = m_server->box.uidValidity;
        status.uidNext = m_server->box.uidNext;
        status.messages = quint32(m_server->box.messages.size());
        for (const FetchedMessage &m : std::as_const(m_server->box.messages))
            status.unseen += m.seen ? 0 : 1;
        return status;
    }
    void select(const QString &, StatusDone done) override
    {
        later([this, done] {
            if (!m_server->box.exists) {
                done(SessionError::make(SessionError::FolderMissing,
                                        QStringLiteral("no such folder")),
                     {});
                return;
            }
            done({}, currentStatus());
        });
    }
    void unselect(Done done) override
    {
        later([done] { done({}); });
    }
    void status(const QString &, StatusDone done) override
    {
        later([this, done] { done({}, currentStatus()); });
    }
    void fetchAfter(quint32 uid, FetchDone done) override
    {
        later([this, uid, done] {
            QList<FetchedMessage> list;
            for (const FetchedMessage &m : std::as_const(m_server->box.messages)) {
                if (m.uid > uid)
                    list.append(m);
            }
            // Like a real server, "n:*" beyond the end returns the last message.
            if (list.isEmpty() && !m_server->box.messages.isEmpty())
                list.append(m_server->box.messages.last());
            done({}, list);
        });
    }
    void searchUnseen(SearchDone done) override
    {
        later([this, done] {
            QSet<quint32> uids;
            for (const FetchedMessage &m : std::as_const(m_server->box.messages)) {
                if (!m.seen)
                    uids.insert(m.uid);
            }
            done({}, uids);
        });
    }
    void startIdle() override { idling = true; }
    void setSeen(quint32 uid, bool seen, Done done) override
    {
        later([this, uid, seen, done] {
            m_server->box.messages[uid].seen = seen;
            m_server->seenStores.append(uid);
            done({});
        });
    }
    void moveToTrash(quint32 uid, Done done) override
    {
        later([this, uid, done] {
            m_server->box.messages.remove(uid);
            m_server->trashed.append(uid);
            done({});
        });
    }
    void close() override { closed = true; }

    // Test controls.
    void pushExists() { Q_EMIT existsIncreased(); }
    void pushFlags(quint32 uid, bool seen) { Q_EMIT flagsChanged(uid, seen); }
    void drop() { Q_EMIT lost(SessionError::make(SessionError::Network, QStringLiteral("reset"))); }
    void talk() { Q_EMIT activity(); }

private:
    FakeServer *m_server;
};

quint32 FakeServer::deliver(const QString &subject, bool seen, quint64 gm)
{
    FetchedMessage m;
    m.uid = box.uidNext++;
    m.subject = subject;
    m.seen = seen;
    m.gmailMessageId = gm;
    m.from = QStringLiteral("Alice");
    box.messages.insert(m.uid, m);
    if (current && current->idling)
        current->pushExists();
    return m.uid;
}

class TestFolderWatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const FolderKey inbox{QStringLiteral("acc"), QStringLiteral("INBOX")};

    FolderWatcher::SessionFactory factory(FakeServer *server)
    {
        return [server](QObject *parent) -> MailSession * {
            ++server->sessionsCreated;
            auto *session = new FakeSession(server, parent);
            server->current = session;
            return session;
        };
    }

    QString stateFile() const { return m_dir.filePath(QStringLiteral("state.json")); }

    static QStringList subjects(const QSignalSpy &spy)
    {
        QStringList result;
        for (const auto &args : spy) {
            for (const FetchedMessage &m : args.at(1).value<QList<FetchedMessage>>())
                result << m.subject;
        }
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(stateFile());
        qRegisterMetaType<QList<FetchedMessage>>();
        qRegisterMetaType<FolderKey>();
    }

    void announcesOnlyWhatIsNew()
    {
        FakeServer server;
        server.deliver(QStringLiteral("old 1"));
        server.deliver(QStringLiteral("old 2"), true);
        server.deliver(QStringLiteral("old 3"));
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        ManualClock clock;
        FolderWatcher watcher(inbox, factory(&server), &tracker, &counter, &clock);
        QSignalSpy newMail(&watcher, &FolderWatcher::newMail);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 2000);
        QCOMPARE(newMail.count(), 0); // the first look baselines; old mail is not news
        QCOMPARE(counter.unread(inbox), 2);

        server.deliver(QStringLiteral("fresh"));
        QTRY_COMPARE(newMail.count(), 1);
        QCOMPARE(subjects(newMail), QStringList{QStringLiteral("fresh")});
        QCOMPARE(counter.unread(inbox), 3);

        server.deliver(QStringLiteral("read on phone"), true);
        server.deliver(QStringLiteral("second"));
        QTRY_COMPARE(subjects(newMail),
                     QStringList({QStringLiteral("fresh"), QStringLiteral("second")}));
        QCOMPARE(counter.unread(inbox), 4);
    }

    void restartAndReconnectNeverRepeat()
    {
        FakeServer server;
        server.deliver(QStringLiteral("old"));
        QStringList announced;
        {
            NewMailTracker tracker(stateFile());
            tracker.load();
            UnreadCounter counter;
            ManualClock clock;
            FolderWatcher watcher(inbox, factory(&server), &tracker, &counter, &clock);
            QSignalSpy newMail(&watcher, &FolderWatcher::newMail);
            watcher.start();
            QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 2000);
            server.deliver(QStringLiteral("one"));
            QTRY_COMPARE(newMail.count(), 1);
            // Drop mid-IDLE: the watcher waits, reconnects, and announces nothing again.
            server.current->drop();
            QCOMPARE(watcher.state(), FolderWatcher::State::Waiting);
            clock.advance(7000); // first backoff step is 5 s +/- 20%
            QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 2000);
            QCOMPARE(server.sessionsCreated, 2);
            QCOMPARE(newMail.count(), 1);
            announced = subjects(newMail);
        }
        server.deliver(QStringLiteral("while the program was closed"));
        NewMailTracker tracker(stateFile());
        QVERIFY(tracker.load());
        UnreadCounter counter;
        ManualClock clock;
        FolderWatcher watcher(inbox, factory(&server), &tracker, &counter, &clock);
        QSignalSpy newMail(&watcher, &FolderWatcher::newMail);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 2000);
        QCOMPARE(subjects(newMail), QStringList{QStringLiteral("while the program was closed")});
        QCOMPARE(announced, QStringList{QStringLiteral("one")});
    }

    void uidValidityChangeIsSilent()
    {
        FakeServer server;
        server.deliver(QStringLiteral("a"));
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        ManualClock clock;
        FolderWatcher watcher(inbox, factory(&server), &tracker, &counter, &clock);
        QSignalSpy newMail(&watcher, &FolderWatcher::newMail);
        QSignalSpy reset(&watcher, &FolderWatcher::folderReset);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 2000);
        // The folder is recreated with 50 messages and new UIDs, then we reconnect.
        server.box = FakeMailbox();
        server.box.uidValidity = 200;
        for (int i = 0; i < 50; ++i)
            server.deliver(QStringLiteral("restored %1").arg(i));
        server.current->drop();
        clock.advance(7000);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 2000);
        QCOMPARE(newMail.count(), 0);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(counter.unread(inbox), 50);
    }

    void readElsewhereDropsCountAndWithdraws()
    {
        FakeServer server;
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        ManualClock clock;
        FolderWatcher watcher(inbox, factory(&server), &tracker, &counter, &clock);
        QSignalSpy newMail(&watcher, &FolderWatcher::newMail);
        QSignalSpy withdrawn(&counter, &UnreadCounter::readElsewhere);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 2000);
        const quint32 uid = server.deliver(QStringLiteral("hello"));
        QTRY_COMPARE(newMail.count(), 1);
        counter.trackNotification({inbox, uid});
        QCOMPARE(counter.unread(inbox), 1);
        server.current->pushFlags(uid, true);
        QCOMPARE(counter.unread(inbox), 0);
        QCOMPARE(withdrawn.count(), 1);
    }

    void markReadAndDeleteActions()
    {
        FakeServer server;
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        ManualClock clock;
        FolderWatcher watcher(inbox, factory(&server), &tracker, &counter, &clock);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 2000);
        const quint32 a = server.deliver(QStringLiteral("a"));
        const quint32 b = server.deliver(QStringLiteral("b"));
        QTRY_COMPARE(counter.unread(inbox), 2);
        bool seenOk = false;
        watcher.setSeen(a, true, [&seenOk](bool ok) { seenOk = ok; });
        QTRY_VERIFY(seenOk);
        QCOMPARE(server.seenStores, QList<quint32>{a});
        QCOMPARE(counter.unread(inbox), 1);
        bool trashOk = false;
        watcher.moveToTrash(b, [&trashOk](bool ok) { trashOk = ok; });
        QTRY_VERIFY(trashOk);
        QCOMPARE(server.trashed, QList<quint32>{b});
        QCOMPARE(counter.unread(inbox), 0);
    }

    void authenticationFailureStopsWithoutLoop()
    {
        FakeServer server;
        server.openError =
            SessionError::make(SessionError::Authentication, QStringLiteral("Invalid credentials"));
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        ManualClock clock;
        FolderWatcher watcher(inbox, factory(&server), &tracker, &counter, &clock);
        QSignalSpy authFailed(&watcher, &FolderWatcher::authenticationFailed);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::AuthenticationFailed,
                                  2000);
        QCOMPARE(authFailed.count(), 1);
        clock.advance(48LL * 3600 * 1000);
        watcher.triggerNow(); // network came back: still no new attempt
        QTest::qWait(20);
        QCOMPARE(server.sessionsCreated, 1);
        QCOMPARE(authFailed.count(), 1);
        // The user fixed the password.
        server.openError = {};
        watcher.restart();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 2000);
        QCOMPARE(server.sessionsCreated, 2);
    }

    void certificateProblemStopsAndOffersPin()
    {
        FakeServer server;
        server.openError = SessionError::make(
            SessionError::Certificate, QStringLiteral("self-signed"), QByteArray(32, '\x42'));
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        ManualClock clock;
        FolderWatcher watcher(inbox, factory(&server), &tracker, &counter, &clock);
        QSignalSpy problem(&watcher, &FolderWatcher::certificateProblem);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::CertificateProblem, 2000);
        QCOMPARE(problem.count(), 1);
        QCOMPARE(problem.first().at(1).toByteArray(), QByteArray(32, '\x42'));
        clock.advance(3600 * 1000);
        QCOMPARE(server.sessionsCreated, 1);
    }

    void backoffScheduleAndNetworkReturn()
    {
        FakeServer server;
        server.openError = SessionError::make(SessionError::Network, QStringLiteral("refused"));
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        ManualClock clock;
        WatcherSettings settings;
        settings.backoff.jitterFraction = 0;
        FolderWatcher watcher(inbox, factory(&server), &tracker, &counter, &clock, settings);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Waiting, 2000);
        QCOMPARE(server.sessionsCreated, 1);
        const QList<qint64> waits = {5000, 10000, 20000, 40000};
        for (int i = 0; i < waits.size(); ++i) {
            clock.advance(waits.at(i) - 1);
            QCOMPARE(server.sessionsCreated, i + 1);
            clock.advance(1);
            QCOMPARE(server.sessionsCreated, i + 2);
            QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Waiting, 2000);
        }
        // Now 80 s to wait, but the network comes back: at once.
        server.openError = {};
        watcher.triggerNow();
        QCOMPARE(server.sessionsCreated, 6);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 2000);
        // Success resets the schedule.
        server.current->drop();
        QCOMPARE(watcher.reconnectPolicy()->currentDelay(), 5000);
    }

    void watchdogReplacesDeadConnection()
    {
        FakeServer server;
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        ManualClock clock;
        WatcherSettings settings;
        settings.watchdogMs = 60000;
        FolderWatcher watcher(inbox, factory(&server), &tracker, &counter, &clock, settings);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 2000);
        for (int i = 0; i < 5; ++i) {
            clock.advance(50000);
            server.current->talk(); // keep-alives: all is well
        }
        QCOMPARE(watcher.state(), FolderWatcher::State::Idling);
        clock.advance(60000); // silence
        QCOMPARE(watcher.state(), FolderWatcher::State::Waiting);
        clock.advance(7000);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 2000);
        QCOMPARE(server.sessionsCreated, 2);
    }

    void pollingWithoutIdle()
    {
        FakeServer server;
        server.idle = false;
        server.deliver(QStringLiteral("old"));
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        ManualClock clock;
        WatcherSettings settings;
        settings.pollIntervalMs = 60000;
        FolderWatcher watcher(inbox, factory(&server), &tracker, &counter, &clock, settings);
        QSignalSpy newMail(&watcher, &FolderWatcher::newMail);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Polling, 2000);
        QCOMPARE(newMail.count(), 0);
        QCOMPARE(counter.unread(inbox), 1);
        server.deliver(QStringLiteral("polled"));
        clock.advance(59999);
        QTest::qWait(10);
        QCOMPARE(newMail.count(), 0);
        clock.advance(1);
        QTRY_COMPARE(newMail.count(), 1);
        QCOMPARE(subjects(newMail), QStringList{QStringLiteral("polled")});
        QTRY_COMPARE(counter.unread(inbox), 2);
        // Read elsewhere: the next poll's STATUS brings the count down.
        server.box.messages.first().seen = true;
        clock.advance(60000);
        QTRY_COMPARE(counter.unread(inbox), 1);
        // "Check now" polls at once.
        server.deliver(QStringLiteral("checked"));
        QTRY_COMPARE(watcher.state(), FolderWatcher::State::Polling);
        watcher.triggerNow();
        QTRY_COMPARE(newMail.count(), 2);
    }

    void missingFolderStops()
    {
        FakeServer server;
        server.box.exists = false;
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        ManualClock clock;
        FolderWatcher watcher(inbox, factory(&server), &tracker, &counter, &clock);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::FolderMissing, 2000);
        clock.advance(3600 * 1000);
        QCOMPARE(server.sessionsCreated, 1);
    }
};

QTEST_GUILESS_MAIN(TestFolderWatcher)
#include "tst_folderwatcher.moc"
