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
    CommandArgument a;
    a.m_kind = Kind::Atom;
    a.m_bytes = atom.toByteArray();
    return a;
}

CommandArgument CommandArgument::number(quint64 value)
{
    CommandArgument a;
    a.m_kind = Kind::Number;
    a.m_bytes = QByteArray::number(value);
    return a;
}

CommandArgument CommandArgument::astring(QByteArrayView bytes)
{
    CommandArgument a;
    a.m_kind = Kind::AString;
    a.m_bytes = bytes.toByteArray();
    return a;
}

CommandArgument CommandArgument::astring(QStringView text)
{
    return astring(QByteArrayView(text.toUtf8()));
}

CommandArgument CommandArgument::string(QByteArrayView bytes)
{
    CommandArgument a;
    a.m_kind = Kind::String;
    a.m_bytes = bytes.toByteArray();
    return a;
}

CommandArgument CommandArgument::string(QStringView text)
{
    return string(QByteArrayView(text.toUtf8()));
}

CommandArgument CommandArgument::nil()
{
    CommandArgument a;
    a.m_kind = Kind::Nil;
    return a;
}

CommandArgument CommandArgument::literal(QByteArrayView bytes)
{
    CommandArgument a;
    a.m_kind = Kind::Literal;
    a.m_bytes = bytes.toByteArray();
    return a;
}

CommandArgument CommandArgument::literal8(QByteArrayView bytes)
{
    CommandArgument a;
    a.m_kind = Kind::Literal8;
    a.m_bytes = bytes.toByteArray();
    return a;
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
    CommandArgument a;
    a.m_kind = Kind::List;
    a.m_children.assign(items.begin(), items.end());
    return a;
}

CommandArgument CommandArgument::sequence(const QList<CommandArgument> &items)
{
    CommandArgument a;
    a.m_kind = Kind::Sequence;
    a.m_children.assign(items.begin(), items.end());
    return a;
}

CommandArgument CommandArgument::sequenceSet(const SequenceSet &set)
{
    if (!set.isValid())
        return invalid(set.errorString());
    CommandArgument a;
    a.m_kind = Kind::Token;
    a.m_bytes = set.toImapString();
    return a;
}

CommandArgument CommandArgument::date(QDate date)
{
    const QByteArray text = ImapDateTime::formatDate(date);
    if (text.isEmpty())
        return invalid(QStringLiteral("invalid date"));
    CommandArgument a;
    a.m_kind = Kind::Token;
    a.m_bytes = text;
    return a;
}

CommandArgument CommandArgument::dateTime(const QDateTime &dateTime)
{
    const QByteArray text = ImapDateTime::formatDateTime(dateTime);
    if (text.isEmpty())
        return invalid(QStringLiteral("invalid date-time"));
    CommandArgument a;
    a.m_kind = Kind::Token;
    a.m_bytes = '"' + text + '"';
    return a;
}

CommandArgument CommandArgument::flag(QByteArrayView flag)
{
    static const char *const systemFlags[] = {"\\Answered", "\\Flagged", "\\Deleted", "\\Seen",
                                              "\\Draft"};
    if (flag.startsWith('\\')) {
        for (const char *known : systemFlags) {
            if (flag.compare(QByteArrayView(known), Qt::CaseInsensitive) == 0) {
                CommandArgument a;
                a.m_kind = Kind::Atom;
                a.m_bytes = QByteArray(known);
                return a;
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
    CommandArgument a;
    a.m_kind = Kind::Atom;
    a.m_bytes = flag.toByteArray();
    return a;
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
    CommandArgument a;
    a.m_kind = Kind::Token;
    a.m_bytes = token.toByteArray();
    return a;
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
