#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>

namespace Notifier {

// A short plain-text preview of a message: the first text part (text/plain preferred, else
// text/html reduced to text), with transfer encoding and charset decoded. Works on the first
// few kilobytes of a message as fetched for a preview, so a cut-off part or a missing closing
// boundary is normal, not an error. Nesting depth and part count are bounded.
class MimePreview
{
public:
    static constexpr int MaxDepth = 8;
    static constexpr int MaxParts = 64;

    // raw: the start of the whole message (header and body, as BODY.PEEK[]<0.n> returns it).
    static QString fromMessage(const QByteArray &raw);
    // One body part whose type and encoding are known (from BODYSTRUCTURE).
    static QString fromPart(const QByteArray &bytes, const QByteArray &mimeType,
                            const QByteArray &charset, const QByteArray &transferEncoding);
    static QString htmlToText(const QString &html);

    // Helpers, public for tests: header fields of a MIME entity (unfolded, names lower case).
    static QList<QPair<QByteArray, QByteArray>> parseHeader(const QByteArray &header);
    // "text/plain; charset="utf-8"" -> type "text/plain", parameter lookup by lower-case name.
    static QByteArray contentTypeOf(const QByteArray &value);
    static QByteArray parameterOf(const QByteArray &value, const QByteArray &name);
};

} // namespace Notifier
