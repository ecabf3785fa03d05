#include "imap/ConnectionSettings.h"

#include <cctype>

namespace Imap {

quint16 ConnectionSettings::effectivePort() const
{
    if (port != 0) {
        return port;
    }
    return security == Security::ImplicitTls ? 993 : 143;
}

QByteArray ConnectionSettings::parseFingerprint(QStringView text)
{
    QByteArray hex;
    for (QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace()) {
            continue;
        }
        if (c.unicode() >= 128 || !std::isxdigit(c.unicode())) {
            return {};
        }
        hex.append(static_cast<char>(c.unicode()));
    }
    if (hex.size() != 64) {
        return {};
    }
    return QByteArray::fromHex(hex);
}

} // namespace Imap
