#pragma once

#include "imap/ConnectionError.h"
#include "imap/ConnectionSettings.h"
#include "imap/ImapExport.h"
#include "imap/wire/CommandArgument.h"
#include "imap/wire/Response.h"
#include "imap/wire/SequenceSet.h"

#include <QtCore/QByteArrayList>
#include <QtCore/QDateTime>
#include <QtCore/QObject>

#include <memory>

class QIODevice;

namespace Imap {

class AppendReply;
class CapabilityReply;
class Clock;
class Connection;
class EnableReply;
class FetchReply;
class IdReply;
class IdleReply;
class ListReply;
class MailboxState;
class RawReply;
class Reply;
class SearchReply;
class SelectReply;
class StatusReply;

// An asynchronous IMAP client: one connection, signals and slots, no blocking call.
//
// Every command method returns at once with a reply object (see Reply); the command is queued
// and sent when the scheduler allows (docs/imap-library.md: sync/async rules, RFC 9051 §5.5).
// Whether a command is valid in the current state is checked when it is sent, not when it is
// queued, so "login(); select(); fetch();" may be issued in one go.
//
// Thread affinity: a Client, its replies and its MailboxState live in the thread that created
// them (or the one the Client was moved to with moveToThread() while disconnected). Call its
// methods only from that thread; from other threads use queued signal/slot connections or
// QMetaObject::invokeMethod(). Signals may be connected from anywhere (auto connections queue
// across threads). Nothing in the library blocks or spins a nested event loop.
class LETTERTRAY_IMAP_EXPORT Client : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected,
        Connecting,
        NotAuthenticated,
        Authenticated,
        Selected,
        Logout
    };
    Q_ENUM(State)

    enum class StoreMode
    {
        Replace,
        Add,
        Remove
    };

    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    // The clock every timeout and the IDLE renewal reads; not owned. Default: the real clock.
    // Set it before connecting.
    void setClock(Clock *clock);

    // Connects over QSslSocket according to settings.security. connected() follows the
    // greeting (and, for StartTls, the completed TLS upgrade); errorOccurred() reports failure.
    void connectToHost(const ConnectionSettings &settings);
    // Uses an already open byte stream instead of a socket (tests, pipes, a proxy you manage).
    // A QSslSocket is used as such (STARTTLS possible); any other device counts as
    // unencrypted. The device is not owned.
    void connectToDevice(QIODevice *device, const ConnectionSettings &settings = {});
    // Closes at once: every pending command fails with Aborted.
    void disconnectFromHost();

    State state() const;
    bool isEncrypted() const;
    ConnectionSettings settings() const;
    ConnectionError lastError() const;
    QByteArrayList capabilities() const;
    bool hasCapability(QByteArrayView capability) const;
    // Capabilities ENABLEd on this connection (CONDSTORE, QRESYNC, UTF8=ACCEPT, ...).
    QByteArrayList enabledCapabilities() const;
    MailboxState *mailboxState() const;
    // Decodes a mailbox name from the wire (modified UTF-7, or UTF-8 after UTF8=ACCEPT).
    QString mailboxName(const QByteArray &wireName) const;
    // Trace lines (direction + bytes) are emitted through trace() only when enabled; secrets
    // are redacted exactly as in the debug log.
    void setTraceEnabled(bool enabled);

    // --- commands (RFC 9051 names) ---------------------------------------------------------
    CapabilityReply *capability();
    Reply *noop();
    Reply *logout();
    Reply *login(const QString &user, const QString &password);
    // AUTHENTICATE with the strongest mechanism both sides support, or the one named.
    // For OAuth mechanisms pass the access token as the secret.
    Reply *authenticate(const QString &user, const QString &secret,
                        const QByteArray &mechanism = {});
    SelectReply *select(const QString &mailbox);
    SelectReply *examine(const QString &mailbox);
    Reply *close();
    Reply *unselect();
    ListReply *list(const QString &reference, const QString &pattern);
    // items: MESSAGES, UIDNEXT, UIDVALIDITY, UNSEEN, RECENT, HIGHESTMODSEQ, SIZE, DELETED...
    StatusReply *status(const QString &mailbox, const QByteArrayList &items);
    // items: fetch attributes, e.g. {"UID", "FLAGS", "BODY.PEEK[HEADER.FIELDS (FROM)]"}.
    FetchReply *fetch(const Wire::SequenceSet &set, const QByteArrayList &items);
    FetchReply *uidFetch(const Wire::SequenceSet &set, const QByteArrayList &items);
    FetchReply *store(const Wire::SequenceSet &set, StoreMode mode, const QByteArrayList &flags,
                      bool silent = false);
    FetchReply *uidStore(const Wire::SequenceSet &set, StoreMode mode, const QByteArrayList &flags,
                         bool silent = false);
    // criteria: a search program built from typed arguments, e.g.
    // {atom("UNSEEN"), atom("FROM"), string(u"alice")}.
    SearchReply *search(const QList<Wire::CommandArgument> &criteria);
    SearchReply *uidSearch(const QList<Wire::CommandArgument> &criteria);
    Reply *expunge();
    Reply *uidExpunge(const Wire::SequenceSet &uids);
    AppendReply *append(const QString &mailbox, const QByteArray &message,
                        const QByteArrayList &flags = {}, const QDateTime &internalDate = {});
    IdleReply *idle();
    // ID (RFC 2971); fields are name/value pairs (an empty list sends NIL).
    IdReply *id(const QList<std::pair<QByteArray, QByteArray>> &fields);
    EnableReply *enable(const QByteArrayList &capabilities);
    // A command line as the user typed it, without tag and CRLF. Lines with CR, LF, NUL or a
    // literal announcement are refused (InvalidArgument).
    RawReply *raw(const QByteArray &line);

Q_SIGNALS:
    void stateChanged(Imap::Client::State state);
    // The session is ready for commands (greeting read; TLS up when required).
    void connected();
    void disconnected();
    void errorOccurred(const Imap::ConnectionError &error);
    void capabilitiesChanged(const QByteArrayList &capabilities);
    // [ALERT] text, once per distinct text on a connection (RFC 9051 asks clients to show it).
    void alertReceived(const QString &text);
    // Every response as parsed, in stream order (for tools and debugging).
    void responseReceived(const Imap::Wire::Response &response);
    // Incoming raw bytes and outgoing (redacted) command lines, when tracing is enabled.
    void traceReceived(const QByteArray &bytes);
    void traceSent(const QByteArray &redactedLine);

private:
    friend class Connection;
    Connection *d;
};

} // namespace Imap
