#include "imap/wire/MailboxName.h"

#include <QtCore/QStringDecoder>

namespace Imap::Wire {

namespace {

// RFC 3501 modified BASE64: RFC 2045 alphabet with ',' in place of '/', no padding.
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == ',')
        return 63;
    return -1;
}

// Characters that modified UTF-7 represents as themselves.
bool isDirect(char16_t c)
{
    return c >= 0x20 && c <= 0x7e;
}

QString validateUtf16(QStringView name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.unicode() == 0)
            return QStringLiteral("mailbox name contains NUL");
        if (c.isHighSurrogate()) {
            if (i + 1 >= name.size() || !name.at(i + 1).isLowSurrogate())
                return QStringLiteral("mailbox name contains an unpaired surrogate");
            ++i;
        } else if (c.isLowSurrogate()) {
            return QStringLiteral("mailbox name contains an unpaired surrogate");
        }
    }
    return {};
}

void appendShifted(QByteArray &out, QStringView run)
{
    out.append('&');
    quint32 bits = 0;
    int bitCount = 0;
    for (const QChar c : run) {
        bits = (bits << 16) | c.unicode();
        bitCount += 16;
        while (bitCount >= 6) {
            bitCount -= 6;
            out.append(kAlphabet[(bits >> bitCount) & 0x3f]);
        }
        bits &= (1u << bitCount) - 1; // keep only the bits not yet written
    }
    if (bitCount > 0)
        out.append(kAlphabet[(bits << (6 - bitCount)) & 0x3f]);
    out.append('-');
}

} // namespace

MailboxName::Encoded MailboxName::encodeModifiedUtf7(QStringView name)
{
    Encoded result;
    result.error = validateUtf16(name);
    if (!result.isValid())
        return result;
    result.bytes.reserve(name.size() + 8);
    qsizetype i = 0;
    while (i < name.size()) {
        const char16_t c = name.at(i).unicode();
        if (c == u'&') {
            result.bytes.append("&-");
            ++i;
        } else if (isDirect(c)) {
            result.bytes.append(char(c));
            ++i;
        } else {
            // One shifted run for the whole stretch of non-direct characters: adjacent runs
            // would be a non-canonical form that our own decoder rejects.
            qsizetype end = i;
            while (end < name.size() && !isDirect(name.at(end).unicode()))
                ++end;
            appendShifted(result.bytes, name.sliced(i, end - i));
            i = end;
        }
    }
    return result;
}

MailboxName::Decoded MailboxName::decodeModifiedUtf7(QByteArrayView wire)
{
    return decode(wire, true);
}

MailboxName::Decoded MailboxName::decodeModifiedUtf7Lenient(QByteArrayView wire)
{
    return decode(wire, false);
}

MailboxName::Decoded MailboxName::decode(QByteArrayView wire, bool canonical)
{
    Decoded result;
    auto fail = [&result](qsizetype offset, const char *what) {
        result.name.clear();
        result.error = QStringLiteral("invalid modified UTF-7 at byte %1: %2")
                           .arg(offset)
                           .arg(QLatin1String(what));
        return result;
    };
    result.name.reserve(wire.size());
    qsizetype i = 0;
    qsizetype lastRunEnd = -1; // index just after the '-' of the previous shifted run
    while (i < wire.size()) {
        const char c = wire.at(i);
        if (uchar(c) >= 0x80)
            return fail(i, "8-bit byte (not modified UTF-7)");
        if (!isDirect(uchar(c)))
            return fail(i, "control character");
        if (c != '&') {
            result.name.append(QLatin1Char(c));
            ++i;
            continue;
        }
        const qsizetype start = i;
        ++i;
        if (i < wire.size() && wire.at(i) == '-') {
            result.name.append(QLatin1Char('&'));
            ++i;
            continue;
        }
        if (canonical && lastRunEnd == start)
            return fail(start, "two adjacent shifted runs (non-shortest form)");
        quint32 bits = 0;
        int bitCount = 0;
        char16_t pendingHigh = 0;
        bool any = false;
        while (true) {
            if (i >= wire.size())
                return fail(start, "unterminated shifted run (missing '-')");
            const char b = wire.at(i);
            if (b == '-')
                break;
            const int v = base64Value(b);
            if (v < 0)
                return fail(i, "invalid character in modified BASE64");
            bits = (bits << 6) | quint32(v);
            bitCount += 6;
            ++i;
            if (bitCount >= 16) {
                bitCount -= 16;
                const char16_t unit = char16_t((bits >> bitCount) & 0xffff);
                bits &= (1u << bitCount) - 1;
                any = true;
                if (pendingHigh) {
                    if (!QChar::isLowSurrogate(unit))
                        return fail(i - 1, "high surrogate without low surrogate");
                    result.name.append(QChar(pendingHigh));
                    result.name.append(QChar(unit));
                    pendingHigh = 0;
                } else if (QChar::isHighSurrogate(unit)) {
                    pendingHigh = unit;
                } else if (QChar::isLowSurrogate(unit)) {
                    return fail(i - 1, "unpaired low surrogate");
                } else if (unit == 0) {
                    return fail(i - 1, "encoded NUL");
                } else if (canonical && isDirect(unit)) {
                    // Printable ASCII (including '&') must appear as itself: "&AGE-" is not
                    // the shortest form of "a" and would not survive a round trip.
                    return fail(i - 1, "printable ASCII encoded in BASE64 (non-shortest form)");
                } else {
                    result.name.append(QChar(unit));
                }
            }
        }
        if (!any)
            return fail(start, "empty shifted run");
        if (pendingHigh)
            return fail(i, "high surrogate at end of shifted run");
        // At most 4 leftover bits (16n bits in ceil(16n/6) characters), and they must be zero.
        if (bitCount >= 6 || bits != 0)
            return fail(i, "non-zero or excess padding bits");
        ++i; // the '-'
        lastRunEnd = i;
    }
    return result;
}

MailboxName::Encoded MailboxName::encodeUtf8(QStringView name)
{
    Encoded result;
    result.error = validateUtf16(name);
    if (result.isValid())
        result.bytes = name.toUtf8();
    return result;
}

MailboxName::Decoded MailboxName::decodeUtf8(QByteArrayView wire)
{
    Decoded result;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    result.name = decoder.decode(wire);
    if (decoder.hasError()) {
        result.name.clear();
        result.error = QStringLiteral("mailbox name is not valid UTF-8");
    } else if (result.name.contains(QChar(0))) {
        result.name.clear();
        result.error = QStringLiteral("mailbox name contains NUL");
    }
    return result;
}

MailboxName::Encoded MailboxName::encode(QStringView name, bool utf8Accepted)
{
    return utf8Accepted ? encodeUtf8(name) : encodeModifiedUtf7(name);
}

MailboxName MailboxName::fromWire(const QByteArray &bytes)
{
    MailboxName name;
    name.m_wire = bytes;
    name.m_isWire = true;
    return name;
}

QString MailboxName::text() const
{
    if (!m_isWire) {
        return m_text;
    }
    if (const Decoded utf7 = decodeModifiedUtf7Lenient(m_wire); utf7.isValid()) {
        return utf7.name;
    }
    if (const Decoded utf8 = decodeUtf8(m_wire); utf8.isValid()) {
        return utf8.name;
    }
    return QString::fromLatin1(m_wire);
}

bool MailboxName::isInbox(QStringView name)
{
    return name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0;
}

QString MailboxName::canonical(const QString &name)
{
    return isInbox(name) ? QStringLiteral("INBOX") : name;
}

} // namespace Imap::Wire
