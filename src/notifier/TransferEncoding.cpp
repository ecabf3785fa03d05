#include "notifier/TransferEncoding.h"

namespace Notifier {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QByteArray TransferEncoding::decodeBase64(const QByteArray &data)
{
    // Keep only the alphabet: line breaks, spaces and junk are common; a preview may also
    // end in the middle of a quantum, which decodes to the complete bytes before it.
    QByteArray clean;
    clean.reserve(data.size());
    for (char c : data) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '+' || c == '/')
            clean.append(c);
        else if (c == '=')
            break; // padding: the end of the data
    }
    if (clean.size() % 4 == 1)
        clean.chop(1); // one character alone carries no whole byte
    const auto result = QByteArray::fromBase64Encoding(clean, QByteArray::Base64Encoding |
                                                                  QByteArray::OmitTrailingEquals);
    return result.decoded;
}

QByteArray TransferEncoding::decodeQuotedPrintable(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data.at(i);
        if (c != '=') {
            out.append(c);
            continue;
        }
        // Soft line break: "=" then optional trailing whitespace then CRLF or LF.
        qsizetype j = i + 1;
        while (j < n && (data.at(j) == ' ' || data.at(j) == '\t'))
            ++j;
        if (j < n && (data.at(j) == '\r' || data.at(j) == '\n')) {
            if (data.at(j) == '\r' && j + 1 < n && data.at(j + 1) == '\n')
                ++j;
            i = j;
            continue;
        }
        if (j == n) {
            i = n; // "=" at the very end (a cut preview): drop it
            continue;
        }
        if (i + 2 < n) {
            const int high = hexValue(data.at(i + 1));
            const int low = hexValue(data.at(i + 2));
            if (high >= 0 && low >= 0) {
                out.append(char(high * 16 + low));
                i += 2;
                continue;
            }
        } else if (i + 1 < n && hexValue(data.at(i + 1)) >= 0 && i + 2 == n) {
            break; // "=A" cut at the end of a preview
        }
        out.append(c); // not an escape: keep the "=" as written
    }
    return out;
}

QByteArray TransferEncoding::decode(const QByteArray &data, const QByteArray &encoding)
{
    const QByteArray name = encoding.trimmed().toLower();
    if (name == "base64")
        return decodeBase64(data);
    if (name == "quoted-printable")
        return decodeQuotedPrintable(data);
    return data; // 7bit, 8bit, binary and unknown ones: as is
}

} // namespace Notifier
