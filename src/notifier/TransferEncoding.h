#pragma once

#include <QtCore/QByteArray>

namespace Notifier {

// Content-Transfer-Encoding decoding for previews. Lenient the way mail readers must be:
// broken input gives the best reading of it, never an error or a crash, and output is never
// larger than the input.
class TransferEncoding
{
public:
    static QByteArray decodeBase64(const QByteArray &data);
    static QByteArray decodeQuotedPrintable(const QByteArray &data);
    // By the header's value ("base64", "quoted-printable", "7bit", "8bit", "binary", other).
    static QByteArray decode(const QByteArray &data, const QByteArray &encoding);
};

} // namespace Notifier
