// Fault tests of the notifier's folder watcher on a manual clock: a server that refuses the
// connection eight times (backoff with jitter, reset after success, immediate retry when the
// network returns), an authentication failure (no retry loop), a UIDVALIDITY change (no
// announcement flood), resume and network change (reconnect at once, no duplicates), and a
// NAT that silently drops the IDLE connection (the watchdog replaces it).

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

namespace {

// The server side shared by all connections a watcher opens.
struct Mailbox
{
    quint32 uidValidity = 1;
    quint32 uidNext = 1;
    QMap<quint32, FetchedMessage> messages;
    SessionError openError;
    int sessions = 0;
    int opens = 0;
    QList<qint64> openTimes;
    class Session *current = nullptr;

    quint32 deliver(const QString &subject);
};

class Session : public MailSession
{
    Q_OBJECT
public:
    Session(Mailbox *box, Clock *clock, QObject *parent)
        : MailSession(parent)
        , m_box(box)
        , m_clock(clock)
    {
        box->current = this;
    }
    ~Session() override
    {
        if (m_box->current == this) {
            m_box->current = nullptr;
        }
    }
    bool idling = false;
    bool closed = false;

    void later(std::function<void()> f)
    {
        QTimer::singleShot(0, this, [this, f] {
            if (!closed) {
                f();
            }
        });
    }
    FolderStatus currentStatus() const
    {
        FolderStatus s;
        s.uidValidity = m_box->uidValidity;
        s.uidNext = m_box->uidNext;
        s.messages = quint32(m_box->messages.size());
        for (const FetchedMessage &m : std::as_const(m_box->messages)) {
            s.unseen += m.seen ? 0 : 1;
        }
        return s;
    }
    void open(Done done) override
    {
        ++m_box->opens;
        m_box->openTimes.append(m_clock->monotonicMs());
        later([this, done] { done(m_box->openError); });
    }
    bool supportsIdle() const override { return true; }
    void select(const QString &, StatusDone done) override
    {
        later([this, done] { done({}, currentStatus()); });
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
            for (const FetchedMessage &m : std::as_const(m_box->messages)) {
                if (m.uid > uid) {
                    list.append(m);
                }
            }
            done({}, list);
        });
    }
    void searchUnseen(SearchDone done) override
    {
        later([this, done] {
            QSet<quint32> uids;
            for (const FetchedMessage &m : std::as_const(m_box->messages)) {
                if (!m.seen) {
                    uids.insert(m.uid);
                }
            }
            done({}, uids);
        });
    }
    void startIdle() override { idling = true; }
    void setSeen(quint32, bool, Done done) override
    {
        later([done] { done({}); });
    }
    void moveToTrash(quint32, Done done) override
    {
        later([done] { done({}); });
    }
    void close() override { closed = true; }

    void pushExists() { Q_EMIT existsIncreased(); }
    void drop()
    {
        Q_EMIT lost({SessionError::Network, QStringLiteral("connection reset"), {}, {}});
    }

private:
    Mailbox *m_box;
    Clock *m_clock;
};

quint32 Mailbox::deliver(const QString &subject)
{
    FetchedMessage m;
    m.uid = uidNext++;
    m.subject = subject;
    m.from = QStringLiteral("Alice");
    messages.insert(m.uid, m);
    if (current && current->idling) {
        current->pushExists();
    }
    return m.uid;
}

QStringList subjects(const QSignalSpy &spy)
{
    QStringList result;
    for (const auto &args : spy) {
        for (const FetchedMessage &m : args.at(1).value<QList<FetchedMessage>>()) {
            result << m.subject;
        }
    }
    return result;
}

} // namespace

class TestFaultsNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const FolderKey m_inbox{QStringLiteral("account"), QStringLiteral("INBOX")};

    FolderWatcher::SessionFactory factory(Mailbox *box, Clock *clock)
    {
        return [box, clock](QObject *parent) -> MailSession * {
            ++box->sessions;
            return new Session(box, clock, parent);
        };
    }
    QString stateFile() const { return m_dir.filePath(QStringLiteral("state.json")); }

private Q_SLOTS:
    void init()
    {
        QFile::remove(stateFile());
        qRegisterMetaType<QList<FetchedMessage>>();
        qRegisterMetaType<FolderKey>();
    }

    void connectionRefusedEightTimes()
    {
        Mailbox box;
        box.openError = {SessionError::Network, QStringLiteral("connection refused"), {}, {}};
        NewMailTracker tracker(stateFile());
        UnreadCounter counter;
        ManualClock clock;
        FolderWatcher watcher(m_inbox, factory(&box, &clock), &tracker, &counter, &clock);
        watcher.start();
        QList<qint64> delays;
        for (int i = 0; i < 8; ++i) {
            QTRY_COMPARE(watcher.state(), FolderWatcher::State::Waiting);
            const qint64 delay = watcher.reconnectPolicy()->currentDelay();
            delays.append(delay);
            const int opens = box.opens;
            clock.advance(delay - 1);
            QCoreApplication::processEvents();
            QCOMPARE(box.opens, opens); // not a millisecond early
            clock.advance(1);
            QTRY_COMPARE(box.opens, opens + 1);
        }
        // 5 s doubling to the 5-minute cap, each within +/-20 % jitter.
        const QList<qint64> nominal = {5000, 10000, 20000, 40000, 80000, 160000, 300000, 300000};
        bool jittered = false;
        for (int i = 0; i < 8; ++i) {
            QVERIFY2(delays[i] >= nominal[i] * 8 / 10 && delays[i] <= nominal[i] * 12 / 10,
                     qPrintable(QStringLiteral("attempt %1: %2 ms").arg(i + 1).arg(delays[i])));
            jittered |= delays[i] != nominal[i];
        }
        QVERIFY(jittered);
        qInfo() << "backoff delays (ms):" << delays;

        // The server comes back (after the eighth refusal): success resets the schedule.
        QTRY_COMPARE(watcher.state(), FolderWatcher::State::Waiting);
        box.openError = {};
        clock.advance(watcher.reconnectPolicy()->currentDelay());
        QTRY_COMPARE(watcher.state(), FolderWatcher::State::Idling);
        QCOMPARE(watcher.reconnectPolicy()->failures(), 0);
        // A later drop starts the schedule from the beginning again (5 s, not 5 min).
        const int opensBeforeDrop = box.opens;
        box.current->drop();
        clock.advance(6000);
        QTRY_VERIFY(box.opens > opensBeforeDrop);
        QTRY_COMPARE(watcher.state(), FolderWatcher::State::Idling);

        // The network goes away again (refused), then returns while the watcher waits:
        // retry at once, no clock advance needed.
        box.openError = {SessionError::Network, QStringLiteral("network unreachable"), {}, {}};
        box.current->drop();
        clock.advance(6000);
        QTRY_COMPARE(watcher.state(), FolderWatcher::State::Waiting);
        box.openError = {};
        // The network returns while waiting: retry at once, no clock advance needed.
        const int opens = box.opens;
        watcher.triggerNow();
        QTRY_COMPARE(box.opens, opens + 1);
        QTRY_COMPARE(watcher.state(), FolderWatcher::State::Idling);
    }

    void authenticationFailureDoesNotLoop()
    {
        Mailbox box;
        box.openError = {
            SessionError::Authentication, QStringLiteral("[AUTHENTICATIONFAILED]"), {}, {}};
        NewMailTracker tracker(stateFile());
        UnreadCounter counter;
        ManualClock clock;
        FolderWatcher watcher(m_inbox, factory(&box, &clock), &tracker, &counter, &clock);
        QSignalSpy authFailed(&watcher, &FolderWatcher::authenticationFailed);
        watcher.start();
        QTRY_COMPARE(watcher.state(), FolderWatcher::State::AuthenticationFailed);
        for (int i = 0; i < 24; ++i) {
            clock.advance(3600 * 1000);
            QCoreApplication::processEvents();
        }
        watcher.triggerNow(); // network change, resume: still no retry with a bad password
        QTest::qWait(20);
        QCOMPARE(box.opens, 1);
        QCOMPARE(authFailed.count(), 1);
        QCOMPARE(watcher.state(), FolderWatcher::State::AuthenticationFailed);
    }

    void uidValidityChangeDoesNotFlood()
    {
        Mailbox box;
        for (int i = 0; i < 200; ++i) {
            box.deliver(QStringLiteral("old %1").arg(i));
        }
        NewMailTracker tracker(stateFile());
        UnreadCounter counter;
        ManualClock clock;
        FolderWatcher watcher(m_inbox, factory(&box, &clock), &tracker, &counter, &clock);
        QSignalSpy newMail(&watcher, &FolderWatcher::newMail);
        QSignalSpy reset(&watcher, &FolderWatcher::folderReset);
        watcher.start();
        QTRY_COMPARE(watcher.state(), FolderWatcher::State::Idling);
        box.deliver(QStringLiteral("real news"));
        QTRY_COMPARE(newMail.count(), 1);

        // The server rebuilt its index: new UIDVALIDITY, every message renumbered from 1.
        QMap<quint32, FetchedMessage> renumbered;
        quint32 uid = 1;
        for (FetchedMessage m : std::as_const(box.messages)) {
            m.uid = uid++;
            renumbered.insert(m.uid, m);
        }
        box.messages = renumbered;
        box.uidNext = uid;
        box.uidValidity = 2;
        box.current->drop();
        clock.advance(10000);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 2000);
        QTRY_COMPARE(reset.count(), 1);
        QCOMPARE(subjects(newMail), QStringList{QStringLiteral("real news")});
        // And later mail is announced again normally.
        box.deliver(QStringLiteral("after the change"));
        QTRY_COMPARE(newMail.count(), 2);
        QCOMPARE(subjects(newMail).last(), QStringLiteral("after the change"));
    }

    void resumeAndNetworkChangeReconnectWithoutDuplicates()
    {
        Mailbox box;
        box.deliver(QStringLiteral("old"));
        NewMailTracker tracker(stateFile());
        UnreadCounter counter;
        ManualClock clock;
        FolderWatcher watcher(m_inbox, factory(&box, &clock), &tracker, &counter, &clock);
        QSignalSpy newMail(&watcher, &FolderWatcher::newMail);
        watcher.start();
        QTRY_COMPARE(watcher.state(), FolderWatcher::State::Idling);
        box.deliver(QStringLiteral("one"));
        QTRY_COMPARE(newMail.count(), 1);
        for (int i = 0; i < 5; ++i) {
            // Resume from suspend: the wall clock jumped, the connection may be dead.
            clock.jumpWallClock(3600 * 1000);
            const int sessions = box.sessions;
            watcher.triggerNow();
            QTRY_VERIFY(box.sessions > sessions || watcher.state() == FolderWatcher::State::Idling);
            QTRY_COMPARE(watcher.state(), FolderWatcher::State::Idling);
            if (i == 2) {
                box.deliver(QStringLiteral("while asleep")); // arrives between reconnects
            }
        }
        QTRY_COMPARE(newMail.count(), 2);
        QTest::qWait(50);
        QCOMPARE(subjects(newMail),
                 QStringList({QStringLiteral("one"), QStringLiteral("while asleep")}));
    }

    void natDropDetectedByWatchdog()
    {
        Mailbox box;
        NewMailTracker tracker(stateFile());
        UnreadCounter counter;
        ManualClock clock;
        WatcherSettings settings;
        settings.watchdogMs = 5 * 60 * 1000;
        FolderWatcher watcher(m_inbox, factory(&box, &clock), &tracker, &counter, &clock, settings);
        QSignalSpy newMail(&watcher, &FolderWatcher::newMail);
        watcher.start();
        QTRY_COMPARE(watcher.state(), FolderWatcher::State::Idling);
        QCOMPARE(box.sessions, 1);
        // Silence: the NAT box dropped the mapping; no FIN, no RST, no byte.
        box.current->idling = false; // the dead connection would not deliver pushes
        box.deliver(QStringLiteral("lost in the NAT"));
        qint64 silentMs = 0;
        while (watcher.state() == FolderWatcher::State::Idling &&
               silentMs < 3 * settings.watchdogMs) {
            clock.advance(10000);
            silentMs += 10000;
            QCoreApplication::processEvents();
        }
        qInfo("dead connection detected after %lld s of silence", silentMs / 1000);
        QVERIFY(silentMs <= settings.watchdogMs + 10000);
        clock.advance(10000); // the first backoff step (5 s +/- 20 %)
        QTRY_VERIFY_WITH_TIMEOUT(box.sessions >= 2, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 2000);
        QTRY_COMPARE(subjects(newMail), QStringList{QStringLiteral("lost in the NAT")});
    }
};

QTEST_GUILESS_MAIN(TestFaultsNotifier)
#include "tst_faults_notifier.moc"
