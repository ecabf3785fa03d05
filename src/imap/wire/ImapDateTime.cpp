#include "imap/wire/ImapDateTime.h"

#include <QtCore/QTimeZone>

namespace Imap::Wire {

namespace {

constexpr const char *kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

void appendTwoDigits(QByteArray &out, int value)
{
    out.append(char('0' + value / 10));
    out.append(char('0' + value % 10));
}

bool readDigits(QByteArrayView text, qsizetype &pos, int count, int *out)
{
    int value = 0;
    for (int i = 0; i < count; ++i, ++pos) {
        if (pos >= text.size() || text.at(pos) < '0' || text.at(pos) > '9')
            return false;
        value = value * 10 + (text.at(pos) - '0');
    }
    *out = value;
    return true;
}

bool expect(QByteArrayView text, qsizetype &pos, char c)
{
    if (pos >= text.size() || text.at(pos) != c)
        return false;
    ++pos;
    return true;
}

// Reads "d-Mon-yyyy" / "dd-Mon-yyyy" (or " d-Mon-yyyy" when allowSpacePad) from pos.
QDate readDate(QByteArrayView text, qsizetype &pos, bool allowSpacePad)
{
    int day = 0;
    if (allowSpacePad && pos < text.size() && text.at(pos) == ' ') {
        ++pos;
        if (!readDigits(text, pos, 1, &day))
            return {};
    } else {
        if (!readDigits(text, pos, 1, &day))
            return {};
        int second = 0;
        qsizetype probe = pos;
        if (readDigits(text, probe, 1, &second)) {
            day = day * 10 + second;
            pos = probe;
        }
    }
    if (!expect(text, pos, '-') || pos + 3 > text.size())
        return {};
    int month = 0;
    const QByteArrayView name = text.sliced(pos, 3);
    for (int m = 0; m < 12; ++m) {
        if (name.compare(QByteArrayView(kMonths[m]), Qt::CaseInsensitive) == 0)
            month = m + 1;
    }
    pos += 3;
    int year = 0;
    if (month == 0 || !expect(text, pos, '-') || !readDigits(text, pos, 4, &year))
        return {};
    return QDate(year, month, day); // invalid for 31-Feb etc.
}

} // namespace

QByteArray ImapDateTime::formatDate(QDate date)
{
    QByteArray out;
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return out;
    appendTwoDigits(out, date.day());
    out.append('-');
    out.append(kMonths[date.month() - 1]);
    out.append('-');
    out.append(QByteArray::number(date.year()).rightJustified(4, '0'));
    return out;
}

QByteArray ImapDateTime::formatDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    QByteArray out = formatDate(dateTime.date());
    if (out.isEmpty())
        return out;
    const QTime time = dateTime.time();
    out.append(' ');
    appendTwoDigits(out, time.hour());
    out.append(':');
    appendTwoDigits(out, time.minute());
    out.append(':');
    appendTwoDigits(out, time.second());
    int offsetMinutes = dateTime.offsetFromUtc() / 60;
    out.append(' ');
    out.append(offsetMinutes < 0 ? '-' : '+');
    offsetMinutes = qAbs(offsetMinutes);
    appendTwoDigits(out, (offsetMinutes / 60) % 100);
    appendTwoDigits(out, offsetMinutes % 60);
    return out;
}

QDate ImapDateTime::parseDate(QByteArrayView text)
{
    qsizetype pos = 0;
    const QDate date = readDate(text, pos, false);
    return pos == text.size() ? date : QDate();
}

QDateTime ImapDateTime::parseDateTime(QByteArrayView text)
{
    qsizetype pos = 0;
    const QDate date = readDate(text, pos, true);
    int h = 0, m = 0, s = 0, zh = 0, zm = 0;
    if (!date.isValid() || !expect(text, pos, ' ') || !readDigits(text, pos, 2, &h) ||
        !expect(text, pos, ':') || !readDigits(text, pos, 2, &m) || !expect(text, pos, ':') ||
        !readDigits(text, pos, 2, &s) || !expect(text, pos, ' ') || pos >= text.size())
        return {};
    const char sign = text.at(pos++);
    if ((sign != '+' && sign != '-') || !readDigits(text, pos, 2, &zh) ||
        !readDigits(text, pos, 2, &zm) || pos != text.size() || zm > 59)
        return {};
    const QTime time(h, m, s);
    if (!time.isValid())
        return {};
    const int offset = (sign == '-' ? -1 : 1) * (zh * 3600 + zm * 60);
    return QDateTime(date, time, QTimeZone(offset));
}

} // namespace Imap::Wire
