#pragma once

// Typed IMAP responses produced by Imap::Wire::ResponseParser.
//
// Conventions (so that callers never re-parse strings):
// - Server text stays bytes (QByteArray). Mailbox names are the raw wire bytes (modified UTF-7,
//   or UTF-8 after ENABLE UTF8=ACCEPT); decode them with the mailbox-name codec when showing them.
// - NIL is a null QByteArray (isNull()), "" is an empty non-null one. Note that
//   QByteArray::operator== treats both as equal; check isNull() where the difference matters.
// - Atoms keep the case the server used; compare keywords case-insensitively (the helpers in
//   this header do).
// - Short values the parser copies out of a response (subjects, dates, message ids, up to 240
//   bytes) share storage blocks of about 1 KiB with neighbouring values; a block is freed with
//   the last value in it. To keep a single small value for long without its block, keep a deep
//   copy (QByteArray(value.constData(), value.size())).
// - Numbers are range-checked by the parser: 32-bit for sequence numbers, UIDs and counts,
//   63-bit for mod-sequences and sizes that may exceed 4 GiB.

#include "imap/ImapExport.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>

#include <memory>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace Imap::Wire {

enum class Status : quint8
{
    Ok,
    No,
    Bad,
    PreAuth,
    Bye
};

// A range of a sequence or UID set as the server sent it (COPYUID, VANISHED, ESEARCH ALL,
// MODIFIED). Zero stands for '*', which a server should not send but some do.
struct NumberRange
{
    quint32 first = 0;
    quint32 last = 0;
    bool operator==(const NumberRange &) const = default;
};
using NumberRanges = QList<NumberRange>;

using ByteArrayPair = std::pair<QByteArray, QByteArray>;

struct ResponseCode
{
    enum class Kind : quint8
    {
        None,  // no [code] present
        Other, // unknown code: name and rawArguments kept
        Alert,
        BadCharset,
        Capability,
        Parse,
        PermanentFlags,
        ReadOnly,
        ReadWrite,
        TryCreate,
        UidNext,
        UidValidity,
        Unseen,
        HighestModSeq,
        NoModSeq,
        Modified,
        AppendUid,
        CopyUid,
        UidNotSticky,
        Closed,
        Referral,
        AppendLimit,
        Metadata,
        // RFC 5530
        Unavailable,
        AuthenticationFailed,
        AuthorizationFailed,
        Expired,
        PrivacyRequired,
        ContactAdmin,
        NoPerm,
        InUse,
        ExpungeIssued,
        Corruption,
        ServerBug,
        ClientBug,
        CannotDo,
        Limit,
        OverQuota,
        AlreadyExists,
        NonExistent,
        // Others seen in the wild / newer RFCs
        CompressionActive,
        UseAttr,
        NotSaved,
        HasChildren,
        UnknownCte,
        MailboxId,
    };
    Kind kind = Kind::None;
    QByteArray name;         // the code atom as sent, e.g. "UIDNEXT"
    QByteArray rawArguments; // everything between the name and ']', verbatim
    // BADCHARSET charsets, CAPABILITY, PERMANENTFLAGS flags, REFERRAL URLs, METADATA arguments,
    // MAILBOXID object id.
    QList<QByteArray> list;
    // UIDNEXT, UIDVALIDITY, UNSEEN, HIGHESTMODSEQ, APPENDLIMIT, METADATA MAXSIZE/LONGENTRIES.
    std::optional<quint64> number;
    quint32 uidValidity = 0; // APPENDUID / COPYUID
    NumberRanges sourceUids; // COPYUID
    NumberRanges uids;       // APPENDUID / COPYUID destination, MODIFIED set

    bool operator==(const ResponseCode &) const = default;
};

struct TaggedStatus
{
    QByteArray tag;
    Status status = Status::Ok; // Ok, No or Bad
    ResponseCode code;
    QByteArray text;
    bool operator==(const TaggedStatus &) const = default;
};

struct UntaggedStatus
{
    Status status = Status::Ok; // Ok, No, Bad, PreAuth or Bye
    ResponseCode code;
    QByteArray text;
    bool operator==(const UntaggedStatus &) const = default;
};

// "+ text" or "+ base64". For SASL the payload is `text` (base64, possibly empty).
struct ContinuationRequest
{
    ResponseCode code;
    QByteArray text;
    bool operator==(const ContinuationRequest &) const = default;
};

struct Capability
{
    QList<QByteArray> capabilities;
    bool operator==(const Capability &) const = default;
};

struct Enabled
{
    QList<QByteArray> capabilities;
    bool operator==(const Enabled &) const = default;
};

struct List
{
    bool lsub = false;                  // LSUB instead of LIST
    QList<QByteArray> attributes;       // \HasNoChildren, \Sent, ...
    QByteArray delimiter;               // one byte, or null for NIL
    QByteArray mailbox;                 // raw wire bytes
    QList<QByteArray> childInfo;        // LIST-EXTENDED CHILDINFO ("SUBSCRIBED")
    QByteArray oldName;                 // LIST-EXTENDED OLDNAME, null when absent
    QList<ByteArrayPair> otherExtended; // unknown extended items, value kept raw
    bool operator==(const List &) const = default;
};

struct StatusData
{
    QByteArray mailbox;
    std::optional<quint32> messages, recent, uidNext, uidValidity, unseen, deleted;
    std::optional<quint64> highestModSeq, size, appendLimit;
    QList<std::pair<QByteArray, quint64>> other; // unknown numeric items
    bool operator==(const StatusData &) const = default;
};

struct Search
{
    QList<quint32> numbers;
    std::optional<quint64> modSeq; // (MODSEQ n) of RFC 7162
    bool operator==(const Search &) const = default;
};

struct ESearch
{
    QByteArray tag; // correlator, null when absent
    bool uid = false;
    std::optional<quint32> min, max, count;
    NumberRanges all;
    std::optional<quint64> modSeq;
    QList<ByteArrayPair> other; // unknown return data, value kept raw
    bool operator==(const ESearch &) const = default;
};

struct Sort
{
    QList<quint32> numbers;
    std::optional<quint64> modSeq;
    bool operator==(const Sort &) const = default;
};

// THREAD is kept flat (pre-order, parent index) so that deep threads never recurse when they
// are built, copied or destroyed. A node with number 0 is a placeholder parent "((1)(2))".
struct ThreadNode
{
    quint32 number = 0;
    qint32 parent = -1; // index into Thread::nodes, -1 for a root
    bool operator==(const ThreadNode &) const = default;
};

struct Thread
{
    QList<ThreadNode> nodes;
    bool operator==(const Thread &) const = default;
};

struct Flags
{
    QList<QByteArray> flags;
    bool operator==(const Flags &) const = default;
};

struct Exists
{
    quint32 count = 0;
    bool operator==(const Exists &) const = default;
};

struct Recent
{
    quint32 count = 0;
    bool operator==(const Recent &) const = default;
};

struct Expunge
{
    quint32 sequence = 0;
    bool operator==(const Expunge &) const = default;
};

struct Vanished
{
    bool earlier = false;
    NumberRanges uids;
    bool operator==(const Vanished &) const = default;
};

struct NamespaceEntry
{
    QByteArray prefix;
    QByteArray delimiter; // null for NIL
    QList<std::pair<QByteArray, QList<QByteArray>>> extensions;
    bool operator==(const NamespaceEntry &) const = default;
};

struct Namespace
{
    QList<NamespaceEntry> personal, otherUsers, shared; // empty list for NIL
    bool operator==(const Namespace &) const = default;
};

struct Id
{
    QList<ByteArrayPair> fields; // empty for NIL; values may be null (NIL)
    bool operator==(const Id &) const = default;
};

struct QuotaResource
{
    QByteArray name; // STORAGE, MESSAGE, ...
    quint64 usage = 0;
    quint64 limit = 0;
    bool operator==(const QuotaResource &) const = default;
};

struct Quota
{
    QByteArray root;
    QList<QuotaResource> resources;
    bool operator==(const Quota &) const = default;
};

struct QuotaRoot
{
    QByteArray mailbox;
    QList<QByteArray> roots;
    bool operator==(const QuotaRoot &) const = default;
};

struct Acl
{
    QByteArray mailbox;
    QList<ByteArrayPair> entries; // identifier, rights
    bool operator==(const Acl &) const = default;
};

struct ListRights
{
    QByteArray mailbox;
    QByteArray identifier;
    QByteArray required;
    QList<QByteArray> optional;
    bool operator==(const ListRights &) const = default;
};

struct MyRights
{
    QByteArray mailbox;
    QByteArray rights;
    bool operator==(const MyRights &) const = default;
};

struct Metadata
{
    QByteArray mailbox;
    QList<ByteArrayPair> entries; // entry, value (null for NIL)
    // Unsolicited form "* METADATA mbox entry entry": only names, values null.
    bool namesOnly = false;
    bool operator==(const Metadata &) const = default;
};

// An optional value kept on the heap: used like std::optional<T> (value semantics, deep copy,
// has_value(), *, ->, emplace, reset) but costs one pointer when absent. FETCH keeps its large,
// often absent items (ENVELOPE, BODYSTRUCTURE) in Boxed so that a 100k-message flag resync does
// not carry kilobytes of empty fields per message.
template<typename T> class Boxed
{
public:
    Boxed() = default;
    Boxed(std::nullopt_t) {}
    Boxed(const T &value)
        : m_value(std::make_unique<T>(value))
    {}
    Boxed(T &&value)
        : m_value(std::make_unique<T>(std::move(value)))
    {}
    Boxed(const Boxed &other)
        : m_value(other.m_value ? std::make_unique<T>(*other.m_value) : nullptr)
    {}
    Boxed(Boxed &&) noexcept = default;
    ~Boxed() = default;
    Boxed &operator=(const Boxed &other)
    {
        if (this != &other)
            m_value = other.m_value ? std::make_unique<T>(*other.m_value) : nullptr;
        return *this;
    }
    Boxed &operator=(Boxed &&) noexcept = default;
    Boxed &operator=(std::nullopt_t)
    {
        m_value.reset();
        return *this;
    }
    Boxed &operator=(const T &value)
    {
        m_value = std::make_unique<T>(value);
        return *this;
    }
    Boxed &operator=(T &&value)
    {
        m_value = std::make_unique<T>(std::move(value));
        return *this;
    }

    bool has_value() const { return bool(m_value); }
    explicit operator bool() const { return bool(m_value); }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T *operator->() { return m_value.get(); }
    const T *operator->() const { return m_value.get(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    template<typename... Args> T &emplace(Args &&...args)
    {
        m_value = std::make_unique<T>(std::forward<Args>(args)...);
        return *m_value;
    }
    void reset() { m_value.reset(); }

    friend bool operator==(const Boxed &a, const Boxed &b)
    {
        if (a.m_value && b.m_value)
            return *a.m_value == *b.m_value;
        return !a.m_value && !b.m_value;
    }

private:
    std::unique_ptr<T> m_value;
};

// A T that is allocated only when something is written to it. Reading an absent one gives an
// empty T, and an absent one equals an empty one, so callers never ask whether it exists.
// Reading goes through ->, writing through edit(): a read can never allocate by accident.
template<typename T> class LazyBox
{
public:
    const T &operator*() const { return m_box ? *m_box : empty(); }
    const T *operator->() const { return &**this; }
    T &edit()
    {
        if (!m_box)
            m_box.emplace();
        return *m_box;
    }
    bool isAllocated() const { return m_box.has_value(); }
    void reset() { m_box.reset(); }

    friend bool operator==(const LazyBox &a, const LazyBox &b) { return *a == *b; }

private:
    static const T &empty()
    {
        static const T value;
        return value;
    }
    Boxed<T> m_box; // copies deeply, like the value it stands for
};

// --- FETCH -----------------------------------------------------------------------------------

// Address of an ENVELOPE. RFC 3501 group syntax: a group starts with mailbox = group name and
// host = NIL, and ends with mailbox = NIL and host = NIL.
struct Address
{
    QByteArray name, adl, mailbox, host;
    bool operator==(const Address &) const = default;
};

struct Envelope
{
    QByteArray date, subject;
    QList<Address> from, sender, replyTo, to, cc, bcc;
    QByteArray inReplyTo, messageId;
    bool operator==(const Envelope &) const = default;
};

struct BodyDisposition
{
    QByteArray type; // null when NIL
    QList<ByteArrayPair> parameters;
    bool operator==(const BodyDisposition &) const = default;
};

// BODY / BODYSTRUCTURE. Recursion depth is bounded by ParserLimits::maxNestingDepth.
struct BodyStructure
{
    bool multipart = false;
    QByteArray type, subtype; // multipart: type "MULTIPART", subtype e.g. "MIXED"
    QList<ByteArrayPair> parameters;
    // Single part fields
    QByteArray id, description, encoding;
    quint64 size = 0;
    std::optional<quint64> lines;     // text/* and message/rfc822
    std::optional<Envelope> envelope; // message/rfc822 (also message/global)
    std::vector<BodyStructure> parts; // multipart children, or the message/rfc822 body (one)
    // Extension data (BODYSTRUCTURE only)
    bool hasExtension = false;
    QByteArray md5; // single part
    std::optional<BodyDisposition> disposition;
    QList<QByteArray> language;
    QByteArray location;
    QByteArray extensionRaw; // further extension data, verbatim

    bool operator==(const BodyStructure &) const = default;
};

// BODY[section]<origin>, BINARY[section]<origin>, RFC822, RFC822.HEADER, RFC822.TEXT.
struct FetchSection
{
    QByteArray item;               // "BODY", "BINARY", "RFC822", "RFC822.HEADER", "RFC822.TEXT"
    QByteArray section;            // the text inside [], e.g. "HEADER.FIELDS (FROM SUBJECT)", "1.2"
    std::optional<quint32> origin; // <origin>
    QByteArray data;               // null for NIL
    // When the literal went to the parser's literal sink, data is empty and these say where.
    bool streamedToSink = false;
    qint64 sinkOffset = 0; // position in the sink where the bytes start
    qint64 size = 0;       // literal size (also set when in memory)
    bool operator==(const FetchSection &) const = default;
};

struct BinarySize
{
    QByteArray section;
    quint64 size = 0;
    bool operator==(const BinarySize &) const = default;
};

// The FETCH items a header or flag sync does not ask for. They live out of line (Fetch::extras)
// so that a Fetch stays about 120 bytes: a 100,000-message sync keeps 100,000 of them, and every
// byte of an absent field is memory the kernel must fault in and the caller must walk.
struct FetchExtras
{
    Boxed<BodyStructure> body;          // BODY (no extension data)
    Boxed<BodyStructure> bodyStructure; // BODYSTRUCTURE
    QByteArray emailId, threadId;       // RFC 8474, null when absent / NIL
    std::optional<QByteArray> preview;  // RFC 8970 (value may be null for NIL)
    std::optional<quint64> gmailMessageId, gmailThreadId;
    std::optional<QList<QByteArray>> gmailLabels;
    QList<FetchSection> sections;
    QList<BinarySize> binarySizes;
    QList<ByteArrayPair> unknown; // item name, raw value
    // Known items whose value did not parse: name, and the raw bytes that followed the name
    // (separator and any [section] included). The rest of the FETCH still
    // parses, so one broken item never loses the flags of a message.
    QList<ByteArrayPair> malformed;

    bool operator==(const FetchExtras &) const = default;
};

struct Fetch
{
    quint32 sequence = 0;
    std::optional<quint32> uid;
    std::optional<QList<QByteArray>> flags;
    std::optional<quint64> rfc822Size; // -1 from broken servers is taken as absent
    QByteArray internalDate;           // raw "17-Jul-1996 02:44:25 -0700", null when absent
    Boxed<Envelope> envelope;
    std::optional<quint64> modSeq;
    // Read with fetch.extras->sections, written with fetch.extras.edit().sections.
    LazyBox<FetchExtras> extras;

    bool operator==(const Fetch &) const = default;
};

// Untagged data the parser does not know ("* 3 XFOO bar", "* XYZ ...").
struct UnknownData
{
    QByteArray name;
    std::optional<quint32> number; // "* <number> <name> ..."
    QByteArray raw;                // the rest of the response after the name, verbatim
    bool operator==(const UnknownData &) const = default;
};

// Emitted in stream order where a response could not be parsed. The parser then continues with
// the next response (framing is never lost unless `fatal`).
struct ProtocolError
{
    enum class Kind : quint8
    {
        Syntax,           // the response did not match the grammar
        NumberOutOfRange, // a number exceeded its type (never wraps)
        LineTooLong,      // ParserLimits::maxLineLength
        LiteralTooLarge,  // ParserLimits::maxLiteralSize
        ResponseTooLarge, // ParserLimits::maxResponseSize
        NestingTooDeep,   // ParserLimits::maxNestingDepth
        SinkWriteFailed,  // the literal sink refused bytes
    };
    Kind kind = Kind::Syntax;
    qint64 offset = 0;         // stream offset of the offending byte
    qint64 responseOffset = 0; // stream offset of the first byte of the response
    QByteArray message;        // English, for logs
    bool fatal = false;        // the stream cannot be resynchronised; the parser stops
    // The tag when the broken response was a tagged completion (empty otherwise), so that the
    // command it completes is not left waiting for an answer that already came.
    QByteArray tag;
    bool operator==(const ProtocolError &) const = default;
};

struct Response
{
    // std::monostate: an empty Response (default-constructed, or after next() found nothing).
    // Starting empty keeps construction cheap: the parser builds every response in place.
    using Value =
        std::variant<std::monostate, TaggedStatus, UntaggedStatus, ContinuationRequest, Capability,
                     Enabled, List, StatusData, Search, ESearch, Sort, Thread, Flags, Exists,
                     Recent, Expunge, Vanished, Namespace, Id, Quota, QuotaRoot, Acl, ListRights,
                     MyRights, Metadata, Fetch, UnknownData, ProtocolError>;
    Value value;
    qint64 offset = 0; // stream offset of the first byte
    qint64 size = 0;   // bytes on the wire, CRLF and literals included

    template<typename T> const T *get() const { return std::get_if<T>(&value); }
    template<typename T> T *get() { return std::get_if<T>(&value); }
    template<typename T> bool is() const { return std::holds_alternative<T>(value); }
    // Value equality; offsets are not compared.
    bool operator==(const Response &other) const { return value == other.value; }
};

// Names used in logs and JSON ("TaggedStatus" -> "tagged", "Fetch" -> "FETCH", ...).
LETTERTRAY_IMAP_EXPORT QByteArray statusName(Status status);
LETTERTRAY_IMAP_EXPORT QByteArray responseCodeName(ResponseCode::Kind kind);
LETTERTRAY_IMAP_EXPORT QByteArray protocolErrorKindName(ProtocolError::Kind kind);
// Case-insensitive ASCII comparison, the way IMAP compares atoms and flags.
LETTERTRAY_IMAP_EXPORT bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b);

} // namespace Imap::Wire

// Moving these in memory is a plain copy of their bytes (no member points into the object), so a
// QList of them grows with realloc instead of moving each element: a 100,000-message FETCH
// collected into a QList<Fetch> otherwise spends a tenth of its client CPU on moves.
Q_DECLARE_TYPEINFO(Imap::Wire::Address, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Imap::Wire::FetchSection, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Imap::Wire::BinarySize, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Imap::Wire::FetchExtras, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Imap::Wire::Fetch, Q_RELOCATABLE_TYPE);
