#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace Notifier {

// Bytes in a MIME charset to text. Unknown or missing charsets do not lose the text: valid
// UTF-8 is read as UTF-8 (what unlabelled mail mostly is), anything else as Windows-1252, the
// superset of Latin-1 that mislabelled Western mail really uses.
class Charset
{
public:
    static QString decode(const QByteArray &bytes, const QByteArray &charset);
    static bool isKnown(const QByteArray &charset);
    static bool isValidUtf8(const QByteArray &bytes);
};

} // namespace Notifier
