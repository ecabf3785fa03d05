#pragma once

#include "imap/ConnectionError.h"
#include "imap/ConnectionSettings.h"
#include "imap/ImapExport.h"
#include "imap/wire/CommandArgument.h"
#include "imap/wire/MailboxName.h"
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
    // Decodes a mailbox name from the wire (modified UTF-7, or UTF-8 after UTF8=ACCEPT) for
    // display. To address that mailbox pass Wire::MailboxName::fromWire(wireName) instead:
    // names that are not canonical do not re-encode to the same bytes.
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
    SelectReply *select(const Wire::MailboxName &mailbox);
    SelectReply *examine(const Wire::MailboxName &mailbox);
    Reply *close();
    Reply *unselect();
    ListReply *list(const QString &reference, const QString &pattern);
    // items: MESSAGES, UIDNEXT, UIDVALIDITY, UNSEEN, RECENT, HIGHESTMODSEQ, SIZE, DELETED...
    StatusReply *status(const Wire::MailboxName &mailbox, const QByteArrayList &items);
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
    AppendReply *append(const Wire::MailboxName &mailbox, const QByteArray &message,
                        const QByteArrayList &flags = {}, const QDateTime &internalDate = {});
    IdleReply *idle();
    // ID (RFC 2971); fields are name/value pairs (an empty list sends NIL).
    IdReply *id(const QList<std::pair<QByteArray, QByteArray>> &fields);
    EnableReply *enable(const QByteArrayList &capabilities);
    // A command line as the user typed it, without tag and CRLF. Lines with CR, LF, NUL or a
    // literal announcement are refused (InvalidArgument).
    RawReply *raw(const QByteArray &line);

    // --- The full command set and extensions (ClientCommands.cpp) ---
    // Methods needing an extension fail locally with CapabilityMissing when the server does
    // not advertise it (also when it is a second capability besides the command's own, e.g.
    // THREAD=REFERENCES or CATENATE), with NotAllowedInState when the connection is not in
    // the state the command needs (e.g. QRESYNC not ENABLEd); see docs/imap-commands.md for
    // the list with RFCs and what Dovecot 2.3 offers.
    Reply *create(const Wire::MailboxName &mailbox);
    Reply *deleteMailbox(const Wire::MailboxName &mailbox);
    Reply *rename(const Wire::MailboxName &from, const Wire::MailboxName &to);
    Reply *subscribe(const Wire::MailboxName &mailbox);
    Reply *unsubscribe(const Wire::MailboxName &mailbox);
    ListReply *lsub(const QString &reference, const QString &pattern);
    // LIST-EXTENDED (RFC 5258): selection options (SUBSCRIBED, REMOTE, RECURSIVEMATCH,
    // SPECIAL-USE), return options (SUBSCRIBED, CHILDREN, SPECIAL-USE) and, with LIST-STATUS
    // (RFC 5819), STATUS items returned with each mailbox.
    class MailboxListReply *listExtended(const QString &reference, const QList<QString> &patterns,
                                         const QByteArrayList &selectionOptions,
                                         const QByteArrayList &returnOptions,
                                         const QByteArrayList &statusItems = {});
    class NamespaceReply *namespaces();
    Reply *check();
    class CopyReply *copy(const Wire::SequenceSet &set, const Wire::MailboxName &mailbox);
    class CopyReply *uidCopy(const Wire::SequenceSet &uids, const Wire::MailboxName &mailbox);
    class CopyReply *move(const Wire::SequenceSet &set, const Wire::MailboxName &mailbox);
    // Without MOVE the caller may choose a fallback, decided when this is called:
    // UID COPY, then UID STORE +FLAGS.SILENT (\Deleted), then UID EXPUNGE (UIDPLUS) or EXPUNGE
    // (which also removes other messages already marked \Deleted). Each step runs only if
    // the previous one succeeded.
    enum class MoveFallback
    {
        None,
        CopyDeleteUidExpunge,
        CopyDeleteExpunge
    };
    class CopyReply *uidMove(const Wire::SequenceSet &uids, const Wire::MailboxName &mailbox,
                             MoveFallback fallback = MoveFallback::None);
    // SEARCH with a typed program (Key = Wire::SearchKey, a template only so that this header
    // needs no include): CHARSET UTF-8 only when a string needs it (never after UTF8=ACCEPT),
    // retried once without CHARSET when the server answers [BADCHARSET].
    template<typename Key> SearchReply *search(const Key &key)
    {
        return searchProgram(key.toArgument(), key.needsUtf8Charset(), false);
    }
    template<typename Key> SearchReply *uidSearch(const Key &key)
    {
        return searchProgram(key.toArgument(), key.needsUtf8Charset(), true);
    }
    SearchReply *searchProgram(const Wire::CommandArgument &program, bool needsCharset, bool uid);
    // ESEARCH (RFC 4731): returnOptions MIN, MAX, COUNT, ALL, and SAVE (SEARCHRES, RFC 5182).
    template<typename Key>
    class ESearchReply *esearch(const Key &key, const QByteArrayList &returnOptions,
                                bool uid = true)
    {
        return esearchProgram(key.toArgument(), key.needsUtf8Charset(), returnOptions, uid);
    }
    class ESearchReply *esearchProgram(const Wire::CommandArgument &program, bool needsCharset,
                                       const QByteArrayList &returnOptions, bool uid);
    // Fetch by the saved SEARCHRES result "$".
    FetchReply *uidFetchSaved(const QByteArrayList &items);
    // SORT (RFC 5256): criteria such as {"REVERSE", "DATE"}; THREAD (named threads() so as not
    // to hide QObject::thread()): "ORDEREDSUBJECT",
    // "REFERENCES".
    template<typename Key>
    class SortReply *sort(const QByteArrayList &criteria, const Key &key, bool uid = true)
    {
        return sortProgram(criteria, key.toArgument(), uid);
    }
    template<typename Key>
    class ThreadReply *threads(const QByteArray &algorithm, const Key &key, bool uid = true)
    {
        return threadProgram(algorithm, key.toArgument(), uid);
    }
    // SORT and THREAD always name a charset (RFC 5256): UTF-8 (omitted after UTF8=ACCEPT).
    class SortReply *sortProgram(const QByteArrayList &criteria,
                                 const Wire::CommandArgument &program, bool uid);
    class ThreadReply *threadProgram(const QByteArray &algorithm,
                                     const Wire::CommandArgument &program, bool uid);
    // CONDSTORE / QRESYNC (RFC 7162). selectCondStore: SELECT mailbox (CONDSTORE).
    // selectQResync needs ENABLE QRESYNC first; the VANISHED (EARLIER) and FETCH data it
    // brings go to mailboxState() (uidsVanished, flagsChanged) as they arrive.
    SelectReply *selectCondStore(const Wire::MailboxName &mailbox);
    SelectReply *selectQResync(const Wire::MailboxName &mailbox, quint32 uidValidity,
                               quint64 modSeq, const Wire::SequenceSet &knownUids = {});
    FetchReply *uidFetchChangedSince(const Wire::SequenceSet &uids, const QByteArrayList &items,
                                     quint64 modSeq, bool vanished = false);
    // STORE (UNCHANGEDSINCE n): messages changed since are left alone and reported in the
    // reply's [MODIFIED set] response code.
    FetchReply *uidStoreUnchangedSince(const Wire::SequenceSet &uids, quint64 unchangedSince,
                                       StoreMode mode, const QByteArrayList &flags);
    // ENABLE IMAP4rev2 (RFC 9051) — refused locally unless the server offers it.
    EnableReply *enableImap4rev2();
    // APPENDLIMIT (RFC 7889): the server's global limit, if it announced one.
    std::optional<quint64> appendLimit() const;
    // CATENATE (RFC 4469): parts are message text or IMAP URLs of existing parts.
    struct CatenatePart
    {
        bool isUrl = false;
        QByteArray data; // text bytes, or an IMAP URL ("/INBOX;UIDVALIDITY=1/;UID=2/;SECTION=1")
    };
    AppendReply *appendCatenate(const Wire::MailboxName &mailbox, const QList<CatenatePart> &parts,
                                const QByteArrayList &flags = {},
                                const QDateTime &internalDate = {});
    // QUOTA (RFC 9208)
    class QuotaReply *getQuota(const QByteArray &root);
    class QuotaReply *getQuotaRoot(const Wire::MailboxName &mailbox);
    class QuotaReply *setQuota(const QByteArray &root,
                               const QList<std::pair<QByteArray, quint64>> &limits);
    // ACL (RFC 4314)
    Reply *setAcl(const Wire::MailboxName &mailbox, const QByteArray &identifier,
                  const QByteArray &rights);
    Reply *deleteAcl(const Wire::MailboxName &mailbox, const QByteArray &identifier);
    class AclReply *getAcl(const Wire::MailboxName &mailbox);
    class AclReply *listRights(const Wire::MailboxName &mailbox, const QByteArray &identifier);
    class AclReply *myRights(const Wire::MailboxName &mailbox);
    // METADATA (RFC 5464); an empty mailbox means server annotations. A null value removes.
    class MetadataReply *getMetadata(const Wire::MailboxName &mailbox,
                                     const QByteArrayList &entries,
                                     std::optional<quint64> maxSize = {}, QByteArray depth = {});
    Reply *setMetadata(const Wire::MailboxName &mailbox,
                       const QList<std::pair<QByteArray, QByteArray>> &entries);
    // NOTIFY (RFC 5465): one connection watches several mailboxes; events arrive as untagged
    // STATUS / LIST / FETCH / EXPUNGE data (see NotifyWatcher).
    struct NotifyEventGroup
    {
        // SELECTED, SELECTED-DELAYED, INBOXES, PERSONAL, SUBSCRIBED, SUBTREE, MAILBOXES
        QByteArray filter;
        QList<QString> mailboxes; // for SUBTREE / MAILBOXES
        // e.g. "MessageNew", "MessageExpunge", "FlagChange", "MailboxName"; empty: NONE
        QByteArrayList events;
    };
    Reply *notify(const QList<NotifyEventGroup> &groups, bool sendStatus = false);
    Reply *notifyNone();
    // COMPRESS=DEFLATE (RFC 4978): from the byte after the server's tagged OK on, both
    // directions are deflated, between the socket (TLS stays beneath: isEncrypted() does not
    // change) and the parser. Refused with NotAllowedInState when compression is already
    // active. compressionStatistics() shows what it saved.
    Reply *compress();
    bool isCompressed() const;
    struct CompressionStatistics
    {
        bool active = false; // false: the figures are those of the last compressed session
        qint64 compressedBytesRead = 0;    // on the wire (inside TLS), from the server
        qint64 uncompressedBytesRead = 0;  // what the parser saw
        qint64 compressedBytesWritten = 0; // on the wire, to the server
        qint64 uncompressedBytesWritten = 0;
    };
    // Counted from the COMPRESS OK on (bytes before it are not included).
    CompressionStatistics compressionStatistics() const;
    // --- end of the command set ---

Q_SIGNALS:
    void stateChanged(Imap::Client::State state);
    // The session is ready for commands (greeting read; TLS up when required).
    void connected();
    void disconnected();
    void errorOccurred(const Imap::ConnectionError &error);
    void capabilitiesChanged(const QByteArrayList &capabilities);
    // [ALERT] text, once per distinct text on a connection (RFC 9051 asks clients to show it).
    void alertReceived(const QString &text);
    // A server response that could not be parsed and was skipped while the session went on
    // (whether or not a command was running; running commands also list it in
    // Reply::protocolWarnings()). Responses that end the connection come as errorOccurred().
    void protocolWarning(const QString &message);
    // Every response as parsed, in stream order (for tools and debugging).
    void responseReceived(const Imap::Wire::Response &response);
    // Incoming raw bytes and outgoing (redacted) command lines, when tracing is enabled.
    void traceReceived(const QByteArray &bytes);
    void traceSent(const QByteArray &redactedLine);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    friend class Connection;
    Connection *d;
};

} // namespace Imap
