#include "imap/wire/ResponseGrammar.h"

#include <array>
#include <cstring>

namespace Imap::Wire {

namespace {

using Kind = ProtocolError::Kind;

// Thrown inside the grammar only; ResponseGrammar::parse turns it into a ProtocolError. An
// exception keeps the dozens of small grammar functions free of error plumbing.
struct ParseFailure
{
    Kind kind;
    qsizetype position;
    const char *message;
};

// Bytes that end an atom. Lenient on purpose: '\\', '*' and '%' stay inside (flags like \* or
// Yahoo's "*"), 8-bit bytes too; ']' ends an atom so codes and sections can be parsed.
constexpr std::array<bool, 256> makeAtomStops()
{
    std::array<bool, 256> stops{};
    for (int c = 0; c < 32; ++c)
        stops[size_t(c)] = true;
    stops[127] = true;
    for (unsigned char c : {' ', '(', ')', '{', '"', ']'})
        stops[c] = true;
    return stops;
}
constexpr std::array<bool, 256> AtomStops = makeAtomStops();

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Interned values: the common flags are static data, so holding them costs no allocation.
QByteArray internFlag(QByteArrayView v)
{
    static const QByteArray seen = QByteArrayLiteral("\\Seen");
    static const QByteArray answered = QByteArrayLiteral("\\Answered");
    static const QByteArray flagged = QByteArrayLiteral("\\Flagged");
    static const QByteArray deleted = QByteArrayLiteral("\\Deleted");
    static const QByteArray draft = QByteArrayLiteral("\\Draft");
    static const QByteArray recent = QByteArrayLiteral("\\Recent");
    static const QByteArray any = QByteArrayLiteral("\\*");
    static const QByteArray forwarded = QByteArrayLiteral("$Forwarded");
    static const QByteArray mdnSent = QByteArrayLiteral("$MDNSent");
    static const QByteArray junk = QByteArrayLiteral("$Junk");
    static const QByteArray notJunk = QByteArrayLiteral("$NotJunk");
    switch (v.size()) {
    case 2:
        if (v == any)
            return any;
        break;
    case 5:
        if (v == seen)
            return seen;
        if (v == junk)
            return junk;
        break;
    case 6:
        if (v == draft)
            return draft;
        break;
    case 7:
        if (v == recent)
            return recent;
        break;
    case 8:
        if (v == flagged)
            return flagged;
        if (v == deleted)
            return deleted;
        if (v == mdnSent)
            return mdnSent;
        if (v == notJunk)
            return notJunk;
        break;
    case 9:
        if (v == answered)
            return answered;
        break;
    case 10:
        if (v == forwarded)
            return forwarded;
        break;
    default:
        break;
    }
    return v.toByteArray();
}

class Grammar
{
public:
    Grammar(QByteArrayView buffer, const QList<SinkLiteral> &sinks, const ParserLimits &limits)
        : b(buffer.data())
        , end(buffer.size())
        , sinks(sinks)
        , limits(limits)
    {}

    Response::Value response();

    const char *b;
    qsizetype p = 0;
    qsizetype end;
    const QList<SinkLiteral> &sinks;
    const ParserLimits &limits;
    int depth = 0;
    // Set by literal() when the literal went to the sink.
    const SinkLiteral *lastSinkLiteral = nullptr;

    [[noreturn]] void fail(const char *message, Kind kind = Kind::Syntax) const
    {
        throw ParseFailure{kind, p, message};
    }

    char peek() const { return p < end ? b[p] : '\n'; }
    bool atLineEnd() const { return p >= end || b[p] == '\r' || b[p] == '\n'; }
    void expect(char c)
    {
        if (peek() != c) {
            switch (c) {
            case '(':
                fail("expected '('");
            case ')':
                fail("expected ')'");
            case ']':
                fail("expected ']'");
            case '>':
                fail("expected '>'");
            default:
                fail("unexpected byte");
            }
        }
        ++p;
    }
    void skipSpaces()
    {
        while (p < end && b[p] == ' ')
            ++p;
    }
    // SP, leniently one or more.
    void sp()
    {
        if (peek() != ' ')
            fail("expected a space");
        skipSpaces();
    }
    // Skips spaces; true unless a ')' or the line end follows.
    bool more()
    {
        skipSpaces();
        return !atLineEnd() && b[p] != ')';
    }
    void open()
    {
        expect('(');
        if (++depth > limits.maxNestingDepth)
            fail("nesting exceeds the depth limit", Kind::NestingTooDeep);
    }
    void close()
    {
        skipSpaces();
        expect(')');
        --depth;
    }

    QByteArrayView atomView()
    {
        const qsizetype start = p;
        while (p < end && !AtomStops[static_cast<unsigned char>(b[p])])
            ++p;
        if (p == start)
            fail("expected an atom");
        return QByteArrayView(b + start, p - start);
    }
    QByteArray atom() { return atomView().toByteArray(); }

    bool isNil() const
    {
        if (end - p < 3)
            return false;
        if ((b[p] | 0x20) != 'n' || (b[p + 1] | 0x20) != 'i' || (b[p + 2] | 0x20) != 'l')
            return false;
        return p + 3 >= end || AtomStops[static_cast<unsigned char>(b[p + 3])];
    }
    bool tryNil()
    {
        if (!isNil())
            return false;
        p += 3;
        return true;
    }

    quint64 numberUpTo(quint64 max, const char *what)
    {
        const qsizetype start = p;
        quint64 value = 0;
        while (p < end && isDigit(b[p])) {
            const quint64 digit = quint64(b[p] - '0');
            if (value > (max - digit) / 10) {
                p = start;
                fail(what, Kind::NumberOutOfRange);
            }
            value = value * 10 + digit;
            ++p;
        }
        if (p == start)
            fail("expected a number");
        return value;
    }
    quint32 number32() { return quint32(numberUpTo(0xffffffffu, "number exceeds 32 bits")); }
    quint64 number63() { return numberUpTo((quint64(1) << 63) - 1, "number exceeds 63 bits"); }
    // Sizes: "-1" and NIL from broken servers read as absent.
    std::optional<quint64> lenientSize()
    {
        if (peek() == '-') {
            ++p;
            number63();
            return std::nullopt;
        }
        if (tryNil())
            return std::nullopt;
        return number63();
    }

    QByteArray quoted()
    {
        ++p; // opening quote
        const qsizetype start = p;
        // Fast path: no escapes, the common case.
        while (p < end) {
            const char c = b[p];
            if (c == '"') {
                QByteArray result(b + start, p - start);
                ++p;
                return result;
            }
            if (c == '\\' || c == '\r' || c == '\n')
                break;
            ++p;
        }
        QByteArray result(b + start, p - start);
        while (p < end) {
            const char c = b[p];
            if (c == '"') {
                ++p;
                return result;
            }
            if (c == '\r' || c == '\n')
                break;
            if (c == '\\' && p + 1 < end && b[p + 1] != '\r' && b[p + 1] != '\n') {
                // Only \\ and \" are defined; other escapes keep the backslash (lenient).
                if (b[p + 1] == '"' || b[p + 1] == '\\')
                    ++p;
            }
            result.append(b[p]);
            ++p;
        }
        fail("unterminated quoted string");
    }

    QByteArray literal()
    {
        lastSinkLiteral = nullptr;
        if (peek() == '~')
            ++p;
        expect('{');
        const quint64 size = numberUpTo(quint64(1) << 62, "literal size out of range");
        if (peek() == '+' || peek() == '-')
            ++p;
        expect('}');
        if (peek() == '\r')
            ++p;
        expect('\n');
        for (const SinkLiteral &sink : sinks) {
            if (sink.bufferPosition == p) {
                lastSinkLiteral = &sink;
                return QByteArray("", 0);
            }
        }
        if (quint64(end - p) < size)
            fail("literal exceeds the response");
        QByteArray result(b + p, qsizetype(size));
        p += qsizetype(size);
        return result;
    }

    // string; leniently also an atom where a string belongs.
    QByteArray string()
    {
        const char c = peek();
        if (c == '"')
            return quoted();
        if (c == '{' || (c == '~' && p + 1 < end && b[p + 1] == '{'))
            return literal();
        return atom();
    }
    QByteArray nstring()
    {
        if (tryNil())
            return QByteArray();
        return string();
    }
    QByteArray astring() { return string(); }

    QByteArray restOfLine()
    {
        const qsizetype start = p;
        const void *lf = std::memchr(b + p, '\n', size_t(end - p));
        qsizetype stop = lf ? static_cast<const char *>(lf) - b : end;
        p = stop;
        if (stop > start && b[stop - 1] == '\r')
            --stop;
        return QByteArray(b + start, stop - start);
    }

    // Everything up to the final CRLF, literals included (unknown responses may carry them).
    QByteArray restOfResponse()
    {
        const qsizetype start = p;
        qsizetype stop = end;
        if (stop > start && b[stop - 1] == '\n')
            --stop;
        if (stop > start && b[stop - 1] == '\r')
            --stop;
        p = stop;
        return QByteArray(b + start, stop - start);
    }

    void expectLineEnd()
    {
        skipSpaces();
        if (p < end && b[p] == '\r')
            ++p;
        if (p < end && b[p] == '\n')
            ++p;
        if (p != end)
            fail("unexpected data at the end of the response");
    }

    QList<QByteArray> flagList()
    {
        open();
        QList<QByteArray> flags;
        while (more())
            flags.append(internFlag(atomView()));
        close();
        return flags;
    }

    QList<QByteArray> atomsToLineEnd()
    {
        QList<QByteArray> atoms;
        while (more())
            atoms.append(atom());
        return atoms;
    }

    NumberRanges sequenceSet()
    {
        NumberRanges ranges;
        for (;;) {
            NumberRange range;
            range.first = seqNumber();
            range.last = range.first;
            if (peek() == ':') {
                ++p;
                range.last = seqNumber();
            }
            ranges.append(range);
            if (peek() != ',')
                break;
            ++p;
        }
        return ranges;
    }
    quint32 seqNumber()
    {
        if (peek() == '*') {
            ++p;
            return 0;
        }
        return number32();
    }

    // Skips one value of any shape (atom, string, literal, list, bracketed section) without
    // recursion and returns its bytes verbatim.
    QByteArray rawValue()
    {
        const qsizetype start = p;
        int level = 0;
        for (;;) {
            if (atLineEnd()) {
                if (level > 0)
                    fail("unterminated list");
                break;
            }
            const char c = b[p];
            if (c == '(') {
                if (depth + ++level > limits.maxNestingDepth)
                    fail("nesting exceeds the depth limit", Kind::NestingTooDeep);
                ++p;
                continue;
            }
            if (c == ')') {
                if (level == 0)
                    break;
                ++p;
                if (--level == 0)
                    break;
                continue;
            }
            if (c == ' ') {
                if (level == 0)
                    break;
                ++p;
                continue;
            }
            if (c == '"')
                quoted();
            else if (c == '{' || (c == '~' && p + 1 < end && b[p + 1] == '{'))
                literal();
            else
                bracketedAtom();
            if (level == 0)
                break;
        }
        if (p == start)
            fail("expected a value");
        return QByteArray(b + start, p - start);
    }
    // An atom that may carry "[...]" (with spaces inside) and "<...>", e.g. BODY[HEADER (A B)]<0>
    void bracketedAtom()
    {
        const qsizetype start = p;
        while (p < end) {
            const char c = b[p];
            if (c == '[') {
                const void *close = std::memchr(b + p, ']', size_t(end - p));
                const void *lf = std::memchr(b + p, '\n', size_t(end - p));
                if (!close || (lf && lf < close))
                    fail("unterminated section");
                p = static_cast<const char *>(close) - b + 1;
                continue;
            }
            if (c == ']' || c == '(' || c == ')' || c == ' ' || c == '"' || c == '{' || c == '\r' ||
                c == '\n')
                break;
            ++p;
        }
        if (p == start)
            fail("expected a value");
    }

    // --- responses ---
    ResponseCode responseCode();
    void responseText(ResponseCode &code, QByteArray &text);
    Response::Value untagged();
    Response::Value numbered(quint32 number);
    Response::Value listResponse(bool lsub);
    Response::Value statusResponse();
    Response::Value searchResponse(bool sort);
    Response::Value esearchResponse();
    Response::Value threadResponse();
    Response::Value namespaceResponse();
    QList<NamespaceEntry> namespaceList();
    Response::Value idResponse();
    Response::Value quotaResponse();
    Response::Value metadataResponse();
    Fetch fetch(quint32 number);
    void fetchItem(Fetch &fetch, QByteArrayView name);
    Envelope envelope();
    QList<Address> addressList();
    BodyStructure body(bool structure);
    QList<ByteArrayPair> bodyParameters();
    std::optional<BodyDisposition> disposition();
    QList<QByteArray> language();
    void bodyExtensionTail(BodyStructure &body);
};

Response::Value Grammar::response()
{
    const char first = peek();
    if (first == '+') {
        ++p;
        ContinuationRequest continuation;
        responseText(continuation.code, continuation.text);
        p = end;
        return continuation;
    }
    if (first == '*') {
        ++p;
        sp();
        Response::Value value = untagged();
        expectLineEnd();
        return value;
    }
    TaggedStatus tagged;
    tagged.tag = atom();
    sp();
    const QByteArrayView status = atomView();
    if (equalsIgnoreCase(status, "OK"))
        tagged.status = Status::Ok;
    else if (equalsIgnoreCase(status, "NO"))
        tagged.status = Status::No;
    else if (equalsIgnoreCase(status, "BAD"))
        tagged.status = Status::Bad;
    else
        fail("tagged response without OK, NO or BAD");
    responseText(tagged.code, tagged.text);
    return tagged;
}

void Grammar::responseText(ResponseCode &code, QByteArray &text)
{
    // Lenient: "+" or "OK" directly followed by the line end, or text without the SP.
    if (peek() == ' ')
        ++p;
    if (peek() == '[') {
        const qsizetype save = p;
        try {
            code = responseCode();
            if (peek() == ' ')
                ++p;
        } catch (const ParseFailure &failure) {
            if (failure.kind != Kind::Syntax)
                throw;
            // Not a code after all ("[" in free text): keep the whole thing as text.
            p = save;
            code = ResponseCode();
        }
    }
    text = restOfLine();
}

ResponseCode Grammar::responseCode()
{
    using K = ResponseCode::Kind;
    ++p; // '['
    ResponseCode code;
    code.kind = K::Other;
    const QByteArrayView name = atomView();
    code.name = name.toByteArray();
    // The arguments end at the first ']' outside a quoted string.
    qsizetype closeBracket = p;
    bool inQuote = false;
    while (closeBracket < end && b[closeBracket] != '\n') {
        const char c = b[closeBracket];
        if (inQuote && c == '\\')
            ++closeBracket;
        else if (c == '"')
            inQuote = !inQuote;
        else if (c == ']' && !inQuote)
            break;
        ++closeBracket;
    }
    if (closeBracket >= end || b[closeBracket] != ']')
        fail("unterminated response code");
    qsizetype argsStart = p;
    while (argsStart < closeBracket && b[argsStart] == ' ')
        ++argsStart;
    code.rawArguments = QByteArray(b + argsStart, closeBracket - argsStart);

    struct Known
    {
        const char *name;
        K kind;
    };
    static const Known known[] = {
        {"ALERT", K::Alert},
        {"BADCHARSET", K::BadCharset},
        {"CAPABILITY", K::Capability},
        {"PARSE", K::Parse},
        {"PERMANENTFLAGS", K::PermanentFlags},
        {"READ-ONLY", K::ReadOnly},
        {"READ-WRITE", K::ReadWrite},
        {"TRYCREATE", K::TryCreate},
        {"UIDNEXT", K::UidNext},
        {"UIDVALIDITY", K::UidValidity},
        {"UNSEEN", K::Unseen},
        {"HIGHESTMODSEQ", K::HighestModSeq},
        {"NOMODSEQ", K::NoModSeq},
        {"MODIFIED", K::Modified},
        {"APPENDUID", K::AppendUid},
        {"COPYUID", K::CopyUid},
        {"UIDNOTSTICKY", K::UidNotSticky},
        {"CLOSED", K::Closed},
        {"REFERRAL", K::Referral},
        {"APPENDLIMIT", K::AppendLimit},
        {"METADATA", K::Metadata},
        {"UNAVAILABLE", K::Unavailable},
        {"AUTHENTICATIONFAILED", K::AuthenticationFailed},
        {"AUTHORIZATIONFAILED", K::AuthorizationFailed},
        {"EXPIRED", K::Expired},
        {"PRIVACYREQUIRED", K::PrivacyRequired},
        {"CONTACTADMIN", K::ContactAdmin},
        {"NOPERM", K::NoPerm},
        {"INUSE", K::InUse},
        {"EXPUNGEISSUED", K::ExpungeIssued},
        {"CORRUPTION", K::Corruption},
        {"SERVERBUG", K::ServerBug},
        {"CLIENTBUG", K::ClientBug},
        {"CANNOT", K::CannotDo},
        {"LIMIT", K::Limit},
        {"OVERQUOTA", K::OverQuota},
        {"ALREADYEXISTS", K::AlreadyExists},
        {"NONEXISTENT", K::NonExistent},
        {"COMPRESSIONACTIVE", K::CompressionActive},
        {"USEATTR", K::UseAttr},
        {"NOTSAVED", K::NotSaved},
        {"HASCHILDREN", K::HasChildren},
        {"UNKNOWN-CTE", K::UnknownCte},
        {"MAILBOXID", K::MailboxId},
    };
    for (const Known &k : known) {
        if (equalsIgnoreCase(name, k.name)) {
            code.kind = k.kind;
            break;
        }
    }

    // Typed arguments are parsed inside [argsStart, closeBracket); a shape we do not expect leaves
    // the code with its raw arguments only, but an out-of-range number is still an error.
    const qsizetype savedEnd = end;
    p = argsStart;
    end = closeBracket;
    try {
        switch (code.kind) {
        case K::BadCharset:
            if (peek() == '(') {
                open();
                while (more())
                    code.list.append(astring());
                close();
            }
            break;
        case K::Capability:
        case K::Referral:
            code.list = atomsToLineEnd();
            break;
        case K::PermanentFlags:
            code.list = flagList();
            break;
        case K::UidNext:
        case K::UidValidity:
        case K::Unseen:
            code.number = number32();
            break;
        case K::HighestModSeq:
            code.number = number63();
            break;
        case K::AppendLimit:
            if (!atLineEnd() && !tryNil())
                code.number = number63();
            break;
        case K::Modified:
            code.uids = sequenceSet();
            break;
        case K::AppendUid:
            code.uidValidity = number32();
            sp();
            code.uids = sequenceSet();
            break;
        case K::CopyUid:
            code.uidValidity = number32();
            sp();
            code.sourceUids = sequenceSet();
            sp();
            code.uids = sequenceSet();
            break;
        case K::Metadata:
            code.list.append(atom());
            if (more())
                code.number = number63();
            break;
        case K::MailboxId:
            open();
            code.list.append(atom());
            close();
            break;
        default:
            break;
        }
        skipSpaces();
        if (p != end)
            fail("unexpected response code arguments");
    } catch (const ParseFailure &failure) {
        if (failure.kind != Kind::Syntax) {
            end = savedEnd;
            throw;
        }
        // Known name, unexpected shape: keep it as an unknown code with its raw arguments.
        ResponseCode raw;
        raw.kind = K::Other;
        raw.name = code.name;
        raw.rawArguments = code.rawArguments;
        code = raw;
    }
    end = savedEnd;
    p = closeBracket + 1;
    return code;
}

Response::Value Grammar::untagged()
{
    if (isDigit(peek())) {
        const quint32 number = number32();
        sp();
        return numbered(number);
    }
    const QByteArrayView name = atomView();
    auto is = [&](const char *word) {
        return equalsIgnoreCase(name, word);
    };
    auto statusOf = [&](Status status) -> Response::Value {
        UntaggedStatus untagged;
        untagged.status = status;
        responseText(untagged.code, untagged.text);
        return untagged;
    };
    if (is("OK"))
        return statusOf(Status::Ok);
    if (is("NO"))
        return statusOf(Status::No);
    if (is("BAD"))
        return statusOf(Status::Bad);
    if (is("BYE"))
        return statusOf(Status::Bye);
    if (is("PREAUTH"))
        return statusOf(Status::PreAuth);
    if (is("CAPABILITY"))
        return Capability{atomsToLineEnd()};
    if (is("ENABLED"))
        return Enabled{atomsToLineEnd()};
    if (is("FLAGS")) {
        sp();
        return Flags{flagList()};
    }
    if (is("LIST"))
        return listResponse(false);
    if (is("LSUB"))
        return listResponse(true);
    if (is("STATUS"))
        return statusResponse();
    if (is("SEARCH"))
        return searchResponse(false);
    if (is("SORT"))
        return searchResponse(true);
    if (is("ESEARCH"))
        return esearchResponse();
    if (is("THREAD"))
        return threadResponse();
    if (is("VANISHED")) {
        Vanished vanished;
        sp();
        if (peek() == '(') {
            open();
            if (!equalsIgnoreCase(atomView(), "EARLIER"))
                fail("expected EARLIER");
            close();
            vanished.earlier = true;
            sp();
        }
        vanished.uids = sequenceSet();
        return vanished;
    }
    if (is("NAMESPACE"))
        return namespaceResponse();
    if (is("ID"))
        return idResponse();
    if (is("QUOTA"))
        return quotaResponse();
    if (is("QUOTAROOT")) {
        QuotaRoot root;
        sp();
        root.mailbox = astring();
        while (more())
            root.roots.append(astring());
        return root;
    }
    if (is("ACL")) {
        Acl acl;
        sp();
        acl.mailbox = astring();
        while (more()) {
            QByteArray identifier = astring();
            sp();
            acl.entries.append({identifier, astring()});
        }
        return acl;
    }
    if (is("LISTRIGHTS")) {
        ListRights rights;
        sp();
        rights.mailbox = astring();
        sp();
        rights.identifier = astring();
        sp();
        rights.required = astring();
        while (more())
            rights.optional.append(astring());
        return rights;
    }
    if (is("MYRIGHTS")) {
        MyRights rights;
        sp();
        rights.mailbox = astring();
        sp();
        rights.rights = astring();
        return rights;
    }
    if (is("METADATA"))
        return metadataResponse();
    UnknownData unknown;
    unknown.name = name.toByteArray();
    skipSpaces();
    unknown.raw = restOfResponse();
    return unknown;
}

Response::Value Grammar::numbered(quint32 number)
{
    const QByteArrayView name = atomView();
    if (equalsIgnoreCase(name, "FETCH"))
        return fetch(number);
    if (equalsIgnoreCase(name, "EXISTS"))
        return Exists{number};
    if (equalsIgnoreCase(name, "RECENT"))
        return Recent{number};
    if (equalsIgnoreCase(name, "EXPUNGE"))
        return Expunge{number};
    UnknownData unknown;
    unknown.name = name.toByteArray();
    unknown.number = number;
    skipSpaces();
    unknown.raw = restOfResponse();
    return unknown;
}

Response::Value Grammar::listResponse(bool lsub)
{
    List list;
    list.lsub = lsub;
    sp();
    list.attributes = flagList();
    sp();
    if (tryNil())
        list.delimiter = QByteArray();
    else
        list.delimiter = string();
    sp();
    list.mailbox = astring();
    if (more()) {
        open();
        while (more()) {
            const QByteArray tag = astring();
            sp();
            if (equalsIgnoreCase(tag, "CHILDINFO")) {
                open();
                while (more())
                    list.childInfo.append(astring());
                close();
            } else if (equalsIgnoreCase(tag, "OLDNAME")) {
                open();
                list.oldName = astring();
                close();
            } else {
                list.otherExtended.append({tag, rawValue()});
            }
        }
        close();
    }
    return list;
}

Response::Value Grammar::statusResponse()
{
    StatusData status;
    sp();
    status.mailbox = astring();
    sp();
    open();
    while (more()) {
        const QByteArrayView item = atomView();
        sp();
        auto is = [&](const char *word) {
            return equalsIgnoreCase(item, word);
        };
        if (is("MESSAGES"))
            status.messages = number32();
        else if (is("RECENT"))
            status.recent = number32();
        else if (is("UIDNEXT"))
            status.uidNext = number32();
        else if (is("UIDVALIDITY"))
            status.uidValidity = number32();
        else if (is("UNSEEN"))
            status.unseen = number32();
        else if (is("DELETED"))
            status.deleted = number32();
        else if (is("HIGHESTMODSEQ"))
            status.highestModSeq = number63();
        else if (is("SIZE"))
            status.size = lenientSize();
        else if (is("APPENDLIMIT"))
            status.appendLimit = lenientSize();
        else if (tryNil())
            continue;
        else
            status.other.append({item.toByteArray(), number63()});
    }
    close();
    return status;
}

Response::Value Grammar::searchResponse(bool sort)
{
    QList<quint32> numbers;
    std::optional<quint64> modSeq;
    while (more()) {
        if (peek() == '(') {
            open();
            if (!equalsIgnoreCase(atomView(), "MODSEQ"))
                fail("expected MODSEQ");
            sp();
            modSeq = number63();
            close();
            continue;
        }
        numbers.append(number32());
    }
    if (sort)
        return Sort{numbers, modSeq};
    return Search{numbers, modSeq};
}

Response::Value Grammar::esearchResponse()
{
    ESearch search;
    skipSpaces();
    if (peek() == '(') {
        open();
        if (!equalsIgnoreCase(atomView(), "TAG"))
            fail("expected TAG");
        sp();
        search.tag = string();
        close();
    }
    while (more()) {
        const QByteArrayView name = atomView();
        if (equalsIgnoreCase(name, "UID")) {
            search.uid = true;
            continue;
        }
        sp();
        if (equalsIgnoreCase(name, "MIN"))
            search.min = number32();
        else if (equalsIgnoreCase(name, "MAX"))
            search.max = number32();
        else if (equalsIgnoreCase(name, "COUNT"))
            search.count = number32();
        else if (equalsIgnoreCase(name, "ALL"))
            search.all = sequenceSet();
        else if (equalsIgnoreCase(name, "MODSEQ"))
            search.modSeq = number63();
        else
            search.other.append({name.toByteArray(), rawValue()});
    }
    return search;
}

Response::Value Grammar::threadResponse()
{
    // Iterative: one stack entry per open parenthesis, bounded by the nesting limit.
    struct Group
    {
        qint32 current; // node new members attach to
        bool hasNode;
    };
    Thread thread;
    QList<Group> stack;
    skipSpaces();
    while (!atLineEnd()) {
        const char c = b[p];
        if (c == ' ') {
            ++p;
        } else if (c == '(') {
            if (stack.size() >= limits.maxNestingDepth)
                fail("nesting exceeds the depth limit", Kind::NestingTooDeep);
            qint32 parent = -1;
            if (!stack.isEmpty()) {
                Group &top = stack.last();
                if (!top.hasNode) {
                    // "((1)(2))": the thread's root is missing; a placeholder node 0 holds it.
                    thread.nodes.append(ThreadNode{0, top.current});
                    top.current = qint32(thread.nodes.size() - 1);
                    top.hasNode = true;
                }
                parent = top.current;
            }
            stack.append(Group{parent, false});
            ++p;
        } else if (c == ')') {
            if (stack.isEmpty())
                fail("unbalanced ')' in THREAD");
            if (!stack.last().hasNode)
                fail("empty THREAD list");
            stack.removeLast();
            ++p;
        } else if (isDigit(c)) {
            if (stack.isEmpty())
                fail("THREAD number outside parentheses");
            Group &top = stack.last();
            const quint32 number = number32();
            if (number == 0)
                fail("THREAD numbers are non-zero");
            thread.nodes.append(ThreadNode{number, top.current});
            top.current = qint32(thread.nodes.size() - 1);
            top.hasNode = true;
        } else {
            fail("unexpected byte in THREAD");
        }
    }
    if (!stack.isEmpty())
        fail("unterminated THREAD");
    return thread;
}

QList<NamespaceEntry> Grammar::namespaceList()
{
    QList<NamespaceEntry> entries;
    if (tryNil())
        return entries;
    open();
    while (more()) {
        NamespaceEntry entry;
        open();
        entry.prefix = string();
        sp();
        entry.delimiter = nstring();
        while (more()) {
            QByteArray name = string();
            sp();
            QList<QByteArray> values;
            open();
            while (more())
                values.append(string());
            close();
            entry.extensions.append({name, values});
        }
        close();
        entries.append(entry);
    }
    close();
    return entries;
}

Response::Value Grammar::namespaceResponse()
{
    Namespace ns;
    sp();
    ns.personal = namespaceList();
    sp();
    ns.otherUsers = namespaceList();
    sp();
    ns.shared = namespaceList();
    return ns;
}

Response::Value Grammar::idResponse()
{
    Id id;
    sp();
    if (tryNil())
        return id;
    open();
    while (more()) {
        QByteArray field = string();
        sp();
        id.fields.append({field, nstring()});
    }
    close();
    return id;
}

Response::Value Grammar::quotaResponse()
{
    Quota quota;
    sp();
    quota.root = astring();
    sp();
    open();
    while (more()) {
        QuotaResource resource;
        resource.name = atom();
        sp();
        resource.usage = number63();
        sp();
        resource.limit = number63();
        quota.resources.append(resource);
    }
    close();
    return quota;
}

Response::Value Grammar::metadataResponse()
{
    Metadata metadata;
    sp();
    metadata.mailbox = astring();
    sp();
    if (peek() == '(') {
        open();
        while (more()) {
            QByteArray entry = astring();
            sp();
            metadata.entries.append({entry, nstring()});
        }
        close();
    } else {
        metadata.namesOnly = true;
        do {
            metadata.entries.append({astring(), QByteArray()});
        } while (more());
    }
    return metadata;
}

// --- FETCH -----------------------------------------------------------------------------------

Fetch Grammar::fetch(quint32 number)
{
    Fetch fetch;
    fetch.sequence = number;
    sp();
    open();
    while (more()) {
        // Item names: letters, digits, '.', '-'; a '[' starts a section.
        const qsizetype nameStart = p;
        while (p < end) {
            const char c = b[p];
            if (c == ' ' || c == '[' || c == '(' || c == ')' || c == '\r' || c == '\n' ||
                c == '"' || c == '{')
                break;
            ++p;
        }
        if (p == nameStart)
            fail("expected a FETCH item name");
        const QByteArrayView name(b + nameStart, p - nameStart);
        const qsizetype valueStart = p;
        try {
            fetchItem(fetch, name);
        } catch (const ParseFailure &failure) {
            if (failure.kind != Kind::Syntax)
                throw;
            // Keep the rest of the FETCH: skip this item's value by its shape alone.
            p = valueStart;
            const int savedDepth = depth;
            if (peek() == '[')
                bracketedAtom();
            if (peek() == ' ')
                ++p;
            QByteArray raw = atLineEnd() || peek() == ')' ? QByteArray() : rawValue();
            depth = savedDepth;
            fetch.malformed.append({name.toByteArray(), raw});
        }
    }
    close();
    return fetch;
}

void Grammar::fetchItem(Fetch &fetch, QByteArrayView name)
{
    auto is = [&](const char *word) {
        return equalsIgnoreCase(name, word);
    };
    if (peek() == '[') {
        if (is("BINARY.SIZE")) {
            BinarySize size;
            ++p;
            const qsizetype start = p;
            while (p < end && b[p] != ']' && b[p] != '\n')
                ++p;
            size.section = QByteArray(b + start, p - start);
            expect(']');
            sp();
            size.size = number63();
            fetch.binarySizes.append(size);
            return;
        }
        if (!is("BODY") && !is("BINARY") && !is("BODY.PEEK") && !is("BINARY.PEEK")) {
            const QByteArray rawName = name.toByteArray();
            const qsizetype start = p;
            bracketedAtom();
            const QByteArray fullName = rawName + QByteArrayView(b + start, p - start);
            sp();
            fetch.unknown.append({fullName, rawValue()});
            return;
        }
        FetchSection section;
        section.item =
            is("BODY") || is("BODY.PEEK") ? QByteArrayLiteral("BODY") : QByteArrayLiteral("BINARY");
        ++p;
        const qsizetype start = p;
        // Header field lists may sit inside: "HEADER.FIELDS (FROM TO)".
        while (p < end && b[p] != ']' && b[p] != '\n')
            ++p;
        section.section = QByteArray(b + start, p - start);
        expect(']');
        if (peek() == '<') {
            ++p;
            section.origin = number32();
            expect('>');
        }
        sp();
        section.data = nstring();
        if (lastSinkLiteral && !section.data.isNull() && section.data.isEmpty()) {
            section.streamedToSink = true;
            section.sinkOffset = lastSinkLiteral->sinkOffset;
            section.size = lastSinkLiteral->size;
            lastSinkLiteral = nullptr;
        } else {
            section.size = section.data.size();
        }
        fetch.sections.append(section);
        return;
    }
    sp();
    switch (name.size()) {
    case 3:
        if (is("UID")) {
            fetch.uid = number32();
            return;
        }
        break;
    case 5:
        if (is("FLAGS")) {
            fetch.flags = flagList();
            return;
        }
        break;
    case 4:
        if (is("BODY")) {
            fetch.body = body(false);
            return;
        }
        break;
    case 6:
        if (is("MODSEQ")) {
            open();
            fetch.modSeq = number63();
            close();
            return;
        }
        if (is("RFC822")) {
            FetchSection section;
            section.item = QByteArrayLiteral("RFC822");
            section.data = nstring();
            section.size = section.data.size();
            fetch.sections.append(section);
            return;
        }
        break;
    case 7:
        if (is("EMAILID")) {
            if (!tryNil()) {
                open();
                fetch.emailId = atom();
                close();
            }
            return;
        }
        if (is("PREVIEW")) {
            // An early draft sent "(FUZZY)" or similar before the text; skip it.
            if (peek() == '(') {
                rawValue();
                sp();
            }
            fetch.preview = nstring();
            return;
        }
        break;
    case 8:
        if (is("ENVELOPE")) {
            fetch.envelope = envelope();
            return;
        }
        if (is("THREADID")) {
            if (!tryNil()) {
                open();
                fetch.threadId = atom();
                close();
            }
            return;
        }
        break;
    case 10:
        if (is("X-GM-MSGID")) {
            fetch.gmailMessageId = number63();
            return;
        }
        if (is("X-GM-THRID")) {
            fetch.gmailThreadId = number63();
            return;
        }
        break;
    case 11:
        if (is("RFC822.SIZE")) {
            fetch.rfc822Size = lenientSize();
            return;
        }
        if (is("RFC822.TEXT")) {
            FetchSection section;
            section.item = QByteArrayLiteral("RFC822.TEXT");
            section.data = nstring();
            section.size = section.data.size();
            fetch.sections.append(section);
            return;
        }
        if (is("X-GM-LABELS")) {
            QList<QByteArray> labels;
            open();
            while (more())
                labels.append(astring());
            close();
            fetch.gmailLabels = labels;
            return;
        }
        break;
    case 12:
        if (is("INTERNALDATE")) {
            fetch.internalDate = nstring();
            return;
        }
        break;
    case 13:
        if (is("BODYSTRUCTURE")) {
            fetch.bodyStructure = body(true);
            return;
        }
        if (is("RFC822.HEADER")) {
            FetchSection section;
            section.item = QByteArrayLiteral("RFC822.HEADER");
            section.data = nstring();
            section.size = section.data.size();
            fetch.sections.append(section);
            return;
        }
        break;
    default:
        break;
    }
    fetch.unknown.append({name.toByteArray(), rawValue()});
}

Envelope Grammar::envelope()
{
    Envelope envelope;
    open();
    envelope.date = nstring();
    sp();
    envelope.subject = nstring();
    sp();
    envelope.from = addressList();
    sp();
    envelope.sender = addressList();
    sp();
    envelope.replyTo = addressList();
    sp();
    envelope.to = addressList();
    sp();
    envelope.cc = addressList();
    sp();
    envelope.bcc = addressList();
    sp();
    envelope.inReplyTo = nstring();
    sp();
    envelope.messageId = nstring();
    close();
    return envelope;
}

QList<Address> Grammar::addressList()
{
    QList<Address> addresses;
    if (tryNil())
        return addresses;
    open();
    // Lenient: some servers put spaces between addresses.
    while (more()) {
        Address address;
        open();
        address.name = nstring();
        sp();
        address.adl = nstring();
        sp();
        address.mailbox = nstring();
        sp();
        address.host = nstring();
        close();
        addresses.append(std::move(address));
    }
    close();
    return addresses;
}

QList<ByteArrayPair> Grammar::bodyParameters()
{
    QList<ByteArrayPair> parameters;
    if (tryNil())
        return parameters;
    open();
    while (more()) {
        QByteArray name = string();
        sp();
        parameters.append({name, nstring()});
    }
    close();
    return parameters;
}

std::optional<BodyDisposition> Grammar::disposition()
{
    if (tryNil())
        return std::nullopt;
    BodyDisposition disposition;
    open();
    disposition.type = nstring();
    if (more())
        disposition.parameters = bodyParameters();
    close();
    return disposition;
}

QList<QByteArray> Grammar::language()
{
    QList<QByteArray> languages;
    if (tryNil())
        return languages;
    if (peek() != '(') {
        languages.append(string());
        return languages;
    }
    open();
    while (more())
        languages.append(string());
    close();
    return languages;
}

void Grammar::bodyExtensionTail(BodyStructure &part)
{
    // disposition, language, location, then anything else verbatim.
    if (!more())
        return;
    part.disposition = disposition();
    if (!more())
        return;
    part.language = language();
    if (!more())
        return;
    part.location = nstring();
    if (!more())
        return;
    const qsizetype start = p;
    while (more())
        rawValue();
    part.extensionRaw = QByteArray(b + start, p - start);
}

BodyStructure Grammar::body(bool structure)
{
    Q_UNUSED(structure)
    BodyStructure part;
    open();
    skipSpaces();
    if (peek() == '(') {
        part.multipart = true;
        part.type = QByteArrayLiteral("MULTIPART");
        while (peek() == '(') {
            part.parts.push_back(body(structure));
            skipSpaces();
        }
        part.subtype = nstring();
        if (more()) {
            part.hasExtension = true;
            part.parameters = bodyParameters();
            bodyExtensionTail(part);
        }
        close();
        return part;
    }
    part.type = nstring();
    sp();
    part.subtype = nstring();
    sp();
    part.parameters = bodyParameters();
    sp();
    part.id = nstring();
    sp();
    part.description = nstring();
    sp();
    part.encoding = nstring();
    sp();
    part.size = lenientSize().value_or(0);
    const bool message =
        equalsIgnoreCase(part.type, "MESSAGE") &&
        (equalsIgnoreCase(part.subtype, "RFC822") || equalsIgnoreCase(part.subtype, "GLOBAL"));
    if (message && more() && peek() == '(') {
        part.envelope = envelope();
        sp();
        part.parts.push_back(body(structure));
        if (more() && (isDigit(peek()) || peek() == '-'))
            part.lines = lenientSize();
    } else if (equalsIgnoreCase(part.type, "TEXT") && more() &&
               (isDigit(peek()) || peek() == '-')) {
        part.lines = lenientSize();
    }
    if (more()) {
        part.hasExtension = true;
        part.md5 = nstring();
        bodyExtensionTail(part);
    }
    close();
    return part;
}

qint64 streamPosition(qint64 streamOffset, qsizetype position, const QList<SinkLiteral> &sinks)
{
    qint64 offset = streamOffset + position;
    for (const SinkLiteral &sink : sinks) {
        if (sink.bufferPosition <= position)
            offset += sink.size;
    }
    return offset;
}

} // namespace

Response ResponseGrammar::parse(QByteArrayView buffer, const QList<SinkLiteral> &sinkLiterals,
                                const ParserLimits &limits, qint64 streamOffset)
{
    Grammar grammar(buffer, sinkLiterals, limits);
    Response response;
    response.offset = streamOffset;
    response.size = buffer.size();
    try {
        response.value = grammar.response();
    } catch (const ParseFailure &failure) {
        ProtocolError error;
        error.kind = failure.kind;
        error.offset = streamPosition(streamOffset, failure.position, sinkLiterals);
        error.responseOffset = streamOffset;
        error.message = QByteArray(failure.message);
        response.value = std::move(error);
    }
    return response;
}

} // namespace Imap::Wire
