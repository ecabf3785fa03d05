#include "imap/wire/EncodedCommand.h"

#include "imap/wire/CommandArgument.h"

namespace Imap::Wire {

EncodedCommand EncodedCommand::failure(const QString &error)
{
    EncodedCommand c;
    c.m_error = error.isEmpty() ? QStringLiteral("command could not be encoded") : error;
    return c;
}

EncodedCommand EncodedCommand::fromParts(const QList<QByteArray> &parts, const QByteArray &redacted,
                                         bool hasSecret)
{
    EncodedCommand c;
    c.m_parts = parts;
    c.m_redacted = redacted;
    c.m_hasSecret = hasSecret;
    return c;
}

QString EncodedCommand::errorString() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_parts.isEmpty())
        return QStringLiteral("empty command");
    return {};
}

bool EncodedCommand::isValidTag(QByteArrayView tag)
{
    if (tag.isEmpty())
        return false;
    for (const char c : tag) {
        // ASTRING-CHAR = ATOM-CHAR / "]"
        if (c == '+' || (c != ']' && !CommandArgument::isAtom(QByteArrayView(&c, 1))))
            return false;
    }
    return true;
}

QList<QByteArray> EncodedCommand::partsWithTag(QByteArrayView tag) const
{
    if (!isValid() || !isValidTag(tag))
        return {};
    QList<QByteArray> out = m_parts;
    out.first().prepend(' ').prepend(tag.toByteArray());
    return out;
}

QByteArray EncodedCommand::wireBytes(QByteArrayView tag) const
{
    return partsWithTag(tag).join();
}

QByteArray EncodedCommand::redactedWithTag(QByteArrayView tag) const
{
    return tag.toByteArray() + ' ' + m_redacted;
}

} // namespace Imap::Wire
