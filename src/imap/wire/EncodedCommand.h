#pragma once

#include "imap/ImapExport.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>

namespace Imap::Wire {

// A command ready for the wire, without its tag (the client assigns tags when it sends,
// so a queued command never holds a tag that might be reused).
//
// parts() is split at each synchronising literal. Every part except the last ends with the
// literal's announcement "{n}\r\n"; the client sends a part, waits for the server's "+"
// continuation, then sends the next part, which starts with the literal's bytes. The last
// part ends with the command's CRLF. Non-synchronising literals ({n+}, LITERAL+/LITERAL-)
// stay inside a part. So every boundary between two parts needs exactly one continuation.
class LETTERTRAY_IMAP_EXPORT EncodedCommand
{
public:
    EncodedCommand() = default;
    static EncodedCommand failure(const QString &error);
    static EncodedCommand fromParts(const QList<QByteArray> &parts, const QByteArray &redacted,
                                    bool hasSecret);

    bool isValid() const { return m_error.isEmpty() && !m_parts.isEmpty(); }
    QString errorString() const;

    QList<QByteArray> parts() const { return m_parts; }
    // How many "+" continuations the client must wait for (parts().size() - 1).
    qsizetype continuationCount() const { return m_parts.isEmpty() ? 0 : m_parts.size() - 1; }
    // parts() with "tag SP" in front of the first; empty if the tag is not a valid IMAP tag.
    QList<QByteArray> partsWithTag(QByteArrayView tag) const;
    // All parts joined: exactly the bytes the server receives (for tests and traces).
    QByteArray wireBytes(QByteArrayView tag) const;

    // The command for logs and --trace: secret arguments are replaced by "<redacted>",
    // literals longer than a short printable preview by "<n octets>". Safe to log.
    QByteArray redacted() const { return m_redacted; }
    QByteArray redactedWithTag(QByteArrayView tag) const;
    bool containsSecret() const { return m_hasSecret; }

    // tag = 1*<any ASTRING-CHAR except "+">
    static bool isValidTag(QByteArrayView tag);

private:
    QList<QByteArray> m_parts;
    QByteArray m_redacted;
    QString m_error;
    bool m_hasSecret = false;
};

} // namespace Imap::Wire
