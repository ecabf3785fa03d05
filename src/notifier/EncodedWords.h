#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace Notifier {

// Header text to Unicode: RFC 2047 encoded words ("=?charset?B|Q?...?="), with whitespace
// between adjacent encoded words dropped as the RFC says, and raw 8-bit header bytes (which
// many mailers send) read as UTF-8 when valid. Folded lines are unfolded.
class EncodedWords
{
public:
    static QString decode(const QByteArray &headerValue);
};

} // namespace Notifier
