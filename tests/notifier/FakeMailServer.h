#pragma once

// An in-memory mail server for FolderWatcher tests on a manual clock (tst_folderwatcher and
// the hardening fault tests): the watcher's MailSession without a socket, so that a test can
// refuse, drop, push and change the folder at the exact step it wants.

#include "notifier/MailSession.h"
#include "notifier/MailWatcher.h"

#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>

#include <functional>
#include <utility>

namespace WatcherTest {

class FakeMailSession;

// The one folder the server holds, shared by all the sessions (connections) to it.
struct FakeMailbox
{
    quint32 uidValidity = 100;
    quint32 uidNext = 1;
    QMap<quint32, Notifier::FetchedMessage> messages;
    bool exists = true;
};

struct FakeMailServer
{
    FakeMailbox box;
    bool idle = true;
    Notifier::SessionError openError;  // what every open() answers until a test clears it
    int sessionsCreated = 0;           // sessions the watcher's factory made
    int opens = 0;                     // connection attempts (open() calls)
    QList<quint32> seenStores;         // setSeen() calls, by UID
    QList<quint32> trashed;            // moveToTrash() calls, by UID
    QPointer<FakeMailSession> current; // the newest session, null once it is deleted

    // A new message; the session in IDLE is told at once, as a server pushes EXISTS.
    quint32 deliver(const QString &subject, bool seen = false, quint64 gmailMessageId = 0);
    Notifier::MailWatcher::SessionFactory factory();
};

// Each answer comes on a later turn of the event loop, as after a network round trip, and
// not at all after close(), as on a closed connection. It declares no signals of its own, so
// it needs no Q_OBJECT (and no moc run on this header).
class FakeMailSession : public Notifier::MailSession
{
public:
    FakeMailSession(FakeMailServer *server, QObject *parent)
        : MailSession(parent)
        , m_server(server)
    {}
    bool idling = false;
    bool closed = false;

    void open(Done done) override
    {
        ++m_server->opens;
        later([this, done] { done(m_server->openError); });
    }
    bool supportsIdle() const override { return m_server->idle; }
    void select(const QString &, StatusDone done) override
    {
        later([this, done] {
            if (!m_server->box.exists) {
                done(Notifier::SessionError::make(Notifier::SessionError::FolderMissing,
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
            QList<Notifier::FetchedMessage> list;
            for (const Notifier::FetchedMessage &m : std::as_const(m_server->box.messages)) {
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
            for (const Notifier::FetchedMessage &m : std::as_const(m_server->box.messages)) {
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
    // Messages gone from the folder: by UID as VANISHED says, or none named (an empty list) as
    // after an EXPUNGE, which gives sequence numbers only.
    void pushRemoved(const QList<quint32> &uids) { Q_EMIT messagesRemoved(uids); }
    void pushHighestModSeq(quint64 modSeq) { Q_EMIT highestModSeqChanged(modSeq); }
    void drop()
    {
        Q_EMIT lost(Notifier::SessionError::make(Notifier::SessionError::Network,
                                                 QStringLiteral("connection reset")));
    }
    void talk() { Q_EMIT activity(); }

private:
    void later(std::function<void()> f)
    {
        QTimer::singleShot(0, this, [this, f] {
            if (!closed)
                f();
        });
    }
    Notifier::FolderStatus currentStatus() const
    {
        Notifier::FolderStatus status;
        status.uidValidity = m_server->box.uidValidity;
        status.uidNext = m_server->box.uidNext;
        status.messages = quint32(m_server->box.messages.size());
        for (const Notifier::FetchedMessage &m : std::as_const(m_server->box.messages))
            status.unseen += m.seen ? 0 : 1;
        return status;
    }

    FakeMailServer *m_server;
};

inline quint32 FakeMailServer::deliver(const QString &subject, bool seen, quint64 gmailMessageId)
{
    Notifier::FetchedMessage m;
    m.uid = box.uidNext++;
    m.subject = subject;
    m.seen = seen;
    m.gmailMessageId = gmailMessageId;
    m.from = QStringLiteral("Alice");
    box.messages.insert(m.uid, m);
    if (current && current->idling)
        current->pushExists();
    return m.uid;
}

inline Notifier::MailWatcher::SessionFactory FakeMailServer::factory()
{
    return [this](QObject *parent) -> Notifier::MailSession * {
        ++sessionsCreated;
        auto *session = new FakeMailSession(this, parent);
        current = session;
        return session;
    };
}

} // namespace WatcherTest
