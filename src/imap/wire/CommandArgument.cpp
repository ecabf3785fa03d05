#include "imap/wire/CommandArgument.h"

#include "imap/wire/ImapDateTime.h"

namespace Imap::Wire {

namespace {

bool isAtomChar(uchar c)
{
    // ATOM-CHAR = any CHAR except atom-specials: ( ) { SP CTL % * " \ ]
    if (c <= 0x20 || c >= 0x7f)
        return false;
    switch (c) {
    case '(':
    case ')':
    case '{':
    case '%':
    case '*':
    case '"':
    case '\\':
    case ']':
        return false;
    default:
        return true;
    }
}

} // namespace

CommandArgument CommandArgument::ofBytes(Kind kind, QByteArray bytes)
{
    CommandArgument a;
    a.m_kind = kind;
    a.m_bytes = std::move(bytes);
    return a;
}

CommandArgument CommandArgument::ofChildren(Kind kind, const QList<CommandArgument> &children)
{
    CommandArgument a;
    a.m_kind = kind;
    a.m_children.assign(children.begin(), children.end());
    return a;
}

bool CommandArgument::isAtom(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        if (!isAtomChar(uchar(c)))
            return false;
    }
    return true;
}

CommandArgument CommandArgument::invalid(const QString &why)
{
    CommandArgument a;
    a.m_text = why;
    return a;
}

CommandArgument CommandArgument::atom(QByteArrayView atom)
{
    if (!isAtom(atom))
        return invalid(QStringLiteral("not a valid IMAP atom: \"%1\"")
                           .arg(QString::fromLatin1(atom.first(qMin<qsizetype>(atom.size(), 64))
                                                        .toByteArray()
                                                        .toPercentEncoding())));
    return ofBytes(Kind::Atom, atom.toByteArray());
}

CommandArgument CommandArgument::number(quint64 value)
{
    return ofBytes(Kind::Number, QByteArray::number(value));
}

CommandArgument CommandArgument::astring(QByteArrayView bytes)
{
    return ofBytes(Kind::AString, bytes.toByteArray());
}

CommandArgument CommandArgument::astring(QStringView text)
{
    return astring(QByteArrayView(text.toUtf8()));
}

CommandArgument CommandArgument::string(QByteArrayView bytes)
{
    return ofBytes(Kind::String, bytes.toByteArray());
}

CommandArgument CommandArgument::string(QStringView text)
{
    return string(QByteArrayView(text.toUtf8()));
}

CommandArgument CommandArgument::nil()
{
    return ofBytes(Kind::Nil, {});
}

CommandArgument CommandArgument::literal(QByteArrayView bytes)
{
    return ofBytes(Kind::Literal, bytes.toByteArray());
}

CommandArgument CommandArgument::literal8(QByteArrayView bytes)
{
    return ofBytes(Kind::Literal8, bytes.toByteArray());
}

CommandArgument CommandArgument::mailbox(const QString &name)
{
    CommandArgument a;
    a.m_kind = Kind::Mailbox;
    a.m_text = name;
    return a;
}

CommandArgument CommandArgument::list(const QList<CommandArgument> &items)
{
    return ofChildren(Kind::List, items);
}

CommandArgument CommandArgument::sequence(const QList<CommandArgument> &items)
{
    return ofChildren(Kind::Sequence, items);
}

CommandArgument CommandArgument::sequenceSet(const SequenceSet &set)
{
    if (!set.isValid())
        return invalid(set.errorString());
    return ofBytes(Kind::Token, set.toImapString());
}

CommandArgument CommandArgument::date(QDate date)
{
    const QByteArray text = ImapDateTime::formatDate(date);
    if (text.isEmpty())
        return invalid(QStringLiteral("invalid date"));
    return ofBytes(Kind::Token, text);
}

CommandArgument CommandArgument::dateTime(const QDateTime &dateTime)
{
    const QByteArray text = ImapDateTime::formatDateTime(dateTime);
    if (text.isEmpty())
        return invalid(QStringLiteral("invalid date-time"));
    return ofBytes(Kind::Token, '"' + text + '"');
}

CommandArgument CommandArgument::flag(QByteArrayView flag)
{
    static const char *const systemFlags[] = {"\\Answered", "\\Flagged", "\\Deleted", "\\Seen",
                                              "\\Draft"};
    if (flag.startsWith('\\')) {
        for (const char *known : systemFlags) {
            if (flag.compare(QByteArrayView(known), Qt::CaseInsensitive) == 0) {
                return ofBytes(Kind::Atom, QByteArray(known));
            }
        }
        if (flag.compare(QByteArrayView("\\Recent"), Qt::CaseInsensitive) == 0)
            return invalid(QStringLiteral("\\Recent is set by the server only"));
        if (flag == QByteArrayView("\\*"))
            return invalid(QStringLiteral("\\* is not a flag a client can send"));
        return invalid(QStringLiteral("unknown system flag"));
    }
    if (!isAtom(flag))
        return invalid(QStringLiteral("keyword is not a valid IMAP atom"));
    return ofBytes(Kind::Atom, flag.toByteArray());
}

CommandArgument CommandArgument::flagList(const QList<QByteArray> &flags)
{
    QList<CommandArgument> items;
    items.reserve(flags.size());
    for (const QByteArray &f : flags)
        items.append(flag(f));
    return list(items);
}

CommandArgument CommandArgument::token(QByteArrayView token)
{
    if (token.isEmpty())
        return invalid(QStringLiteral("empty token"));
    for (const char c : token) {
        const uchar u = uchar(c);
        if (u < 0x20 || u > 0x7e || c == '{' || c == '"' || c == '\\')
            return invalid(QStringLiteral("token contains a character that needs quoting"));
    }
    return ofBytes(Kind::Token, token.toByteArray());
}

CommandArgument &CommandArgument::setSecret(bool secret)
{
    m_secret = secret;
    return *this;
}

CommandArgument CommandArgument::secret() const
{
    CommandArgument copy = *this;
    copy.m_secret = true;
    return copy;
}

bool CommandArgument::isValid() const
{
    return errorString().isEmpty();
}

QString CommandArgument::errorString() const
{
    if (m_kind == Kind::Invalid)
        return m_text.isEmpty() ? QStringLiteral("missing argument") : m_text;
    for (const CommandArgument &child : m_children) {
        const QString e = child.errorString();
        if (!e.isEmpty())
            return e;
    }
    return {};
}

QList<CommandArgument> CommandArgument::children() const
{
    return QList<CommandArgument>(m_children.begin(), m_children.end());
}

} // namespace Imap::Wire
