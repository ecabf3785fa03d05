#include "imap/wire/SearchKey.h"

namespace Imap::Wire {

namespace {

bool hasEightBit(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x80)
            return true;
    }
    return false;
}

} // namespace

SearchKey SearchKey::simple(const char *name)
{
    SearchKey key;
    key.m_keys.append(CommandArgument::atom(QByteArrayView(name)));
    return key;
}

SearchKey SearchKey::withArgument(const char *name, const CommandArgument &argument)
{
    SearchKey key;
    key.m_keys.append(
        CommandArgument::sequence({CommandArgument::atom(QByteArrayView(name)), argument}));
    return key;
}

SearchKey SearchKey::withString(const char *name, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    SearchKey key = withArgument(name, CommandArgument::astring(QByteArrayView(utf8)));
    key.m_needsCharset = hasEightBit(utf8);
    return key;
}

SearchKey SearchKey::all()
{
    return simple("ALL");
}
SearchKey SearchKey::answered()
{
    return simple("ANSWERED");
}
SearchKey SearchKey::deleted()
{
    return simple("DELETED");
}
SearchKey SearchKey::draft()
{
    return simple("DRAFT");
}
SearchKey SearchKey::flagged()
{
    return simple("FLAGGED");
}
SearchKey SearchKey::newMessages()
{
    return simple("NEW");
}
SearchKey SearchKey::old()
{
    return simple("OLD");
}
SearchKey SearchKey::recent()
{
    return simple("RECENT");
}
SearchKey SearchKey::seen()
{
    return simple("SEEN");
}
SearchKey SearchKey::unanswered()
{
    return simple("UNANSWERED");
}
SearchKey SearchKey::undeleted()
{
    return simple("UNDELETED");
}
SearchKey SearchKey::undraft()
{
    return simple("UNDRAFT");
}
SearchKey SearchKey::unflagged()
{
    return simple("UNFLAGGED");
}
SearchKey SearchKey::unseen()
{
    return simple("UNSEEN");
}

SearchKey SearchKey::keyword(QByteArrayView flag)
{
    // KEYWORD takes a flag-keyword: an atom, never a system flag.
    if (flag.startsWith('\\'))
        return withArgument("KEYWORD", CommandArgument::invalid(QStringLiteral(
                                           "KEYWORD takes a keyword, not a system flag")));
    return withArgument("KEYWORD", CommandArgument::flag(flag));
}

SearchKey SearchKey::unkeyword(QByteArrayView flag)
{
    if (flag.startsWith('\\'))
        return withArgument("UNKEYWORD", CommandArgument::invalid(QStringLiteral(
                                             "UNKEYWORD takes a keyword, not a system flag")));
    return withArgument("UNKEYWORD", CommandArgument::flag(flag));
}

SearchKey SearchKey::from(const QString &text)
{
    return withString("FROM", text);
}
SearchKey SearchKey::to(const QString &text)
{
    return withString("TO", text);
}
SearchKey SearchKey::cc(const QString &text)
{
    return withString("CC", text);
}
SearchKey SearchKey::bcc(const QString &text)
{
    return withString("BCC", text);
}
SearchKey SearchKey::subject(const QString &text)
{
    return withString("SUBJECT", text);
}
SearchKey SearchKey::body(const QString &text)
{
    return withString("BODY", text);
}
SearchKey SearchKey::text(const QString &text)
{
    return withString("TEXT", text);
}

SearchKey SearchKey::header(const QByteArray &field, const QString &value)
{
    // A header field name is printable ASCII without ':' (RFC 5322 ftext).
    for (const char c : field) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f || c == ':') {
            return withArgument(
                "HEADER", CommandArgument::invalid(QStringLiteral("invalid header field name")));
        }
    }
    if (field.isEmpty())
        return withArgument("HEADER",
                            CommandArgument::invalid(QStringLiteral("empty header field name")));
    const QByteArray utf8 = value.toUtf8();
    SearchKey key;
    key.m_keys.append(
        CommandArgument::sequence({CommandArgument::atom("HEADER"), CommandArgument::astring(field),
                                   CommandArgument::astring(QByteArrayView(utf8))}));
    key.m_needsCharset = hasEightBit(utf8);
    return key;
}

SearchKey SearchKey::since(QDate date)
{
    return withArgument("SINCE", CommandArgument::date(date));
}
SearchKey SearchKey::before(QDate date)
{
    return withArgument("BEFORE", CommandArgument::date(date));
}
SearchKey SearchKey::on(QDate date)
{
    return withArgument("ON", CommandArgument::date(date));
}
SearchKey SearchKey::sentSince(QDate date)
{
    return withArgument("SENTSINCE", CommandArgument::date(date));
}
SearchKey SearchKey::sentBefore(QDate date)
{
    return withArgument("SENTBEFORE", CommandArgument::date(date));
}
SearchKey SearchKey::sentOn(QDate date)
{
    return withArgument("SENTON", CommandArgument::date(date));
}
SearchKey SearchKey::older(quint32 seconds)
{
    return withArgument("OLDER", CommandArgument::number(seconds));
}
SearchKey SearchKey::younger(quint32 seconds)
{
    return withArgument("YOUNGER", CommandArgument::number(seconds));
}
SearchKey SearchKey::larger(quint64 octets)
{
    return withArgument("LARGER", CommandArgument::number(octets));
}
SearchKey SearchKey::smaller(quint64 octets)
{
    return withArgument("SMALLER", CommandArgument::number(octets));
}
SearchKey SearchKey::uid(const SequenceSet &set)
{
    return withArgument("UID", CommandArgument::sequenceSet(set));
}

SearchKey SearchKey::sequence(const SequenceSet &set)
{
    SearchKey key;
    key.m_keys.append(CommandArgument::sequenceSet(set));
    return key;
}

namespace {
constexpr quint64 kMaxModSeq = (quint64(1) << 63) - 1; // mod-sequence-value is 63-bit
CommandArgument modSeqValue(quint64 value)
{
    if (value > kMaxModSeq)
        return CommandArgument::invalid(QStringLiteral("mod-sequence above 2^63-1"));
    return CommandArgument::number(value);
}
} // namespace

SearchKey SearchKey::modSeq(quint64 modSeq)
{
    return withArgument("MODSEQ", modSeqValue(modSeq));
}

SearchKey SearchKey::modSeq(const QByteArray &entryName, const QByteArray &entryType,
                            quint64 modSeq)
{
    const bool typeOk = entryType == "priv" || entryType == "shared" || entryType == "all";
    SearchKey key;
    key.m_keys.append(CommandArgument::sequence(
        {CommandArgument::atom("MODSEQ"), CommandArgument::string(entryName),
         typeOk ? CommandArgument::atom(entryType)
                : CommandArgument::invalid(
                      QStringLiteral("MODSEQ entry type must be priv, shared or all")),
         modSeqValue(modSeq)}));
    key.m_needsCharset = hasEightBit(entryName);
    return key;
}

SearchKey SearchKey::emailId(const QByteArray &id)
{
    return withArgument("EMAILID", CommandArgument::atom(id));
}

SearchKey SearchKey::threadId(const QByteArray &id)
{
    return withArgument("THREADID", CommandArgument::atom(id));
}

SearchKey SearchKey::gmailRaw(const QString &query)
{
    // Always a string: Gmail's query syntax is free text.
    const QByteArray utf8 = query.toUtf8();
    SearchKey key = withArgument("X-GM-RAW", CommandArgument::string(QByteArrayView(utf8)));
    key.m_needsCharset = hasEightBit(utf8);
    return key;
}

SearchKey SearchKey::gmailMessageId(quint64 id)
{
    return withArgument("X-GM-MSGID", CommandArgument::number(id));
}
SearchKey SearchKey::gmailThreadId(quint64 id)
{
    return withArgument("X-GM-THRID", CommandArgument::number(id));
}
SearchKey SearchKey::gmailLabel(const QString &label)
{
    return withString("X-GM-LABELS", label);
}

CommandArgument SearchKey::single() const
{
    if (m_keys.isEmpty())
        return CommandArgument::invalid(QStringLiteral("empty search key"));
    if (m_keys.size() == 1)
        return m_keys.first();
    return CommandArgument::list(m_keys);
}

SearchKey SearchKey::anyOf(const SearchKey &a, const SearchKey &b)
{
    SearchKey key;
    key.m_keys.append(
        CommandArgument::sequence({CommandArgument::atom("OR"), a.single(), b.single()}));
    key.m_needsCharset = a.m_needsCharset || b.m_needsCharset;
    return key;
}

SearchKey SearchKey::negated(const SearchKey &inner)
{
    SearchKey key;
    key.m_keys.append(CommandArgument::sequence({CommandArgument::atom("NOT"), inner.single()}));
    key.m_needsCharset = inner.m_needsCharset;
    return key;
}

SearchKey SearchKey::group(const QList<SearchKey> &keys)
{
    SearchKey combined;
    for (const SearchKey &k : keys)
        combined = combined && k;
    SearchKey key;
    key.m_keys.append(CommandArgument::list(combined.m_keys));
    if (combined.m_keys.isEmpty())
        key.m_keys = {CommandArgument::invalid(QStringLiteral("empty search group"))};
    key.m_needsCharset = combined.m_needsCharset;
    return key;
}

SearchKey SearchKey::both(const SearchKey &a, const SearchKey &b)
{
    SearchKey key = a;
    key.m_keys.append(b.m_keys);
    key.m_needsCharset = a.m_needsCharset || b.m_needsCharset;
    return key;
}

bool SearchKey::isValid() const
{
    return errorString().isEmpty();
}

QString SearchKey::errorString() const
{
    if (m_keys.isEmpty())
        return QStringLiteral("empty search key");
    for (const CommandArgument &k : m_keys) {
        const QString e = k.errorString();
        if (!e.isEmpty())
            return e;
    }
    return {};
}

CommandArgument SearchKey::toArgument() const
{
    if (m_keys.isEmpty())
        return CommandArgument::invalid(QStringLiteral("empty search key"));
    return CommandArgument::sequence(m_keys);
}

QList<CommandArgument> SearchKey::searchArguments(bool utf8Accepted) const
{
    QList<CommandArgument> args;
    if (m_needsCharset && !utf8Accepted)
        args << CommandArgument::atom("CHARSET") << CommandArgument::atom("UTF-8");
    args << toArgument();
    return args;
}

} // namespace Imap::Wire
