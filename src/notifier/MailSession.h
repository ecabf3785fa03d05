#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtNetwork/QSslCertificate>

#include <functional>
#include <optional>

namespace Notifier {

// Why a session operation failed, sorted by what the watcher must do about it.
struct SessionError
{
    enum Kind
    {
        None,
        Network,        // transient: connection refused/lost, timeout, BYE, [UNAVAILABLE]: retry
        Authentication, // the server refused the credentials: stop, ask the user once
        Certificate,   // verification failed or the pinned certificate changed: stop, offer pinning
        Security,      // STARTTLS missing/refused/tampered, PREAUTH on STARTTLS: stop
        FolderMissing, // the watched folder does not exist (any more): stop this folder
        Protocol,      // the server broke the protocol: retry (with backoff)
        Refused,       // a command was refused (NO/BAD) where that is not fatal
    };
    Kind kind = None;
    QString message;
    QByteArray certificateSha256; // Certificate: the leaf the server presented (32 bytes)
    QList<QSslCertificate> certificateChain; // Certificate: what to show before pinning

    bool isError() const { return kind != None; }
    static SessionError ok() { return {}; }
    static SessionError make(Kind kind, const QString &message,
                             const QByteArray &certificateSha256 = QByteArray())
    {
        SessionError error;
        error.kind = kind;
        error.message = message;
        error.certificateSha256 = certificateSha256;
        return error;
    }
};

// What a NOTIFY connection (RFC 5465) reports about a mailbox that is not selected: untagged
// STATUS with whichever items the server chose to send.
struct MailboxStatusEvent
{
    std::optional<quint32> uidValidity;
    std::optional<quint32> uidNext;
    std::optional<quint32> messages;
    std::optional<quint32> unseen;
};

struct FolderStatus
{
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint32 messages = 0;
    quint32 unseen = 0;
    quint64 highestModSeq = 0;
};

// One message as the watcher needs it: enough to decide whether it is new and to announce it.
struct FetchedMessage
{
    quint32 uid = 0;
    bool seen = false;
    QString from;        // display name, decoded (or the address when there is no name)
    QString fromAddress; // local@domain
    QString subject;     // decoded
    QString preview;     // decoded plain text, not yet sanitised
    QString messageId;
    QDateTime date;
    qint64 size = 0;
    quint64 gmailMessageId = 0;
};

// The few IMAP operations a folder watcher needs, on one connection. An interface so that the
// watcher's logic (what is new, when to reconnect, when to stop) is tested against a fake, and
// runs on Imap::Client in the program (ImapMailSession). Callbacks run later from the event
// loop, never inside the call; none runs after the session is destroyed.
class MailSession : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SessionError &)>;
    using StatusDone = std::function<void(const SessionError &, const FolderStatus &)>;
    using FetchDone = std::function<void(const SessionError &, const QList<FetchedMessage> &)>;
    using SearchDone = std::function<void(const SessionError &, const QSet<quint32> &)>;

    using QObject::QObject;

    // Connects and authenticates.
    virtual void open(Done done) = 0;
    virtual bool supportsIdle() const = 0;
    virtual void select(const QString &mailbox, StatusDone done) = 0;
    virtual void unselect(Done done) = 0;
    virtual void status(const QString &mailbox, StatusDone done) = 0;
    // Messages of the selected folder with a UID above `uid`.
    virtual void fetchAfter(quint32 uid, FetchDone done) = 0;
    virtual void searchUnseen(SearchDone done) = 0;
    // IDLE on the selected folder until close(); pushes arrive as signals. Commands issued
    // meanwhile are allowed (the session interrupts IDLE for them).
    virtual void startIdle() = 0;
    // Ends IDLE (for a series of commands that should not each pause and resume it);
    // startIdle() starts it again, also before the server confirmed the end.
    virtual void stopIdle() {}
    virtual void setSeen(quint32 uid, bool seen, Done done) = 0;
    // To the Trash folder (MOVE where possible), else flagged \Deleted and expunged.
    virtual void moveToTrash(quint32 uid, Done done) = 0;
    // Drops the connection (LOGOUT is not waited for).
    virtual void close() = 0;

    // NOTIFY (RFC 5465): one connection hears about several mailboxes. supportsNotify() after
    // open(); notify() asks for new, expunged and flag-changed messages of the selected
    // mailbox (as the usual pushes) and of `mailboxes` (as mailboxStatus() signals). Sessions
    // without NOTIFY refuse it.
    virtual bool supportsNotify() const { return false; }
    virtual void notify(const QStringList &mailboxes, Done done);

Q_SIGNALS:
    void existsIncreased();
    void flagsChanged(quint32 uid, bool seen);        // uid 0: unknown message
    void messagesRemoved(const QList<quint32> &uids); // empty: unknown which ones
    void activity();                                  // anything was received
    void idleRefused();                               // the server would not IDLE after all
    void highestModSeqChanged(quint64 modSeq);        // CONDSTORE: the folder's new high mark
    void lost(const Notifier::SessionError &error);   // the connection ended
    // NOTIFY: something changed in a mailbox that is not selected (name decoded for display).
    void mailboxStatus(const QString &mailbox, const Notifier::MailboxStatusEvent &status);
    // NOTIFY: the server dropped events ([NOTIFICATIONOVERFLOW]) and sends no more.
    void notifyOverflowed();
};

inline void MailSession::notify(const QStringList &, Done done)
{
    QMetaObject::invokeMethod(
        this,
        [done] {
            done(SessionError::make(SessionError::Refused,
                                    QStringLiteral("The server does not offer NOTIFY.")));
        },
        Qt::QueuedConnection);
}

} // namespace Notifier

Q_DECLARE_METATYPE(Notifier::SessionError)
