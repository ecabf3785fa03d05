#pragma once

#include "imap/ImapExport.h"

#include <QtCore/QByteArray>
#include <QtCore/QDate>
#include <QtCore/QDateTime>

namespace Imap::Wire {

// IMAP dates ("01-Jan-2024", used by SEARCH SINCE/BEFORE/ON) and date-times
// ("01-Jan-2024 10:00:00 +0000", used by APPEND and INTERNALDATE). Month names are the
// fixed English abbreviations of RFC 9051, never the locale's.
class LETTERTRAY_IMAP_EXPORT ImapDateTime
{
public:
    // "01-Jan-2024"; empty for an invalid date or a year outside 1..9999.
    static QByteArray formatDate(QDate date);
    // "01-Jan-2024 10:00:00 +0100" without the quotes, in the zone of the QDateTime
    // (its offset from UTC). Empty for an invalid date-time.
    static QByteArray formatDateTime(const QDateTime &dateTime);

    // Parses a date ("1-Jan-2024" or "01-Jan-2024", month case-insensitive).
    static QDate parseDate(QByteArrayView text);
    // Parses a date-time without quotes; accepts a space-padded day (" 1-Jan-2024 ...").
    // The result carries the parsed UTC offset. Invalid QDateTime on any error.
    static QDateTime parseDateTime(QByteArrayView text);
};

} // namespace Imap::Wire
