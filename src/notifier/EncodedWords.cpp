#include "notifier/EncodedWords.h"

#include "notifier/Charset.h"
#include "notifier/TransferEncoding.h"

namespace Notifier {

namespace {

// Parses one encoded word at position i (which points at "=?"). On success returns true,
// sets end (one past "?=") and the decoded bytes and charset.
bool parseEncodedWord(const QByteArray &text, qsizetype i, qsizetype *end, QByteArray *bytes,
                      QByteArray *charset)
{
    const qsizetype charsetEnd = text.indexOf('?', i + 2);
    if (charsetEnd < 0 || charsetEnd - (i + 2) > 64 || charsetEnd == i + 2)
        return false;
    if (charsetEnd + 2 >= text.size() || text.at(charsetEnd + 2) != '?')
        return false;
    const char encoding = text.at(charsetEnd + 1);
    const qsizetype payloadStart = charsetEnd + 3;
    const qsizetype close = text.indexOf("?=", payloadStart);
    if (close < 0)
        return false;
    const QByteArray payload = text.mid(payloadStart, close - payloadStart);
    if (payload.contains(' ') || payload.contains('\t'))
        return false; // encoded words never contain whitespace
    *charset = text.mid(i + 2, charsetEnd - (i + 2));
    if (encoding == 'B' || encoding == 'b') {
        *bytes = TransferEncoding::decodeBase64(payload);
    } else if (encoding == 'Q' || encoding == 'q') {
        QByteArray q = payload;
        q.replace('_', ' ');
        *bytes = TransferEncoding::decodeQuotedPrintable(q);
    } else {
        return false;
    }
    *end = close + 2;
    return true;
}

QString decodeRaw(const QByteArray &bytes)
{
    return Charset::decode(bytes, QByteArray()); // UTF-8 when valid, else Windows-1252
}

} // namespace

QString EncodedWords::decode(const QByteArray &headerValue)
{
    // Unfold: CRLF followed by whitespace is just whitespace.
    QByteArray text = headerValue;
    text.replace("\r\n", "\n");
    text.replace('\n', ' ');

    QString result;
    QByteArray pendingWhitespace;
    QByteArray plain;
    bool lastWasEncoded = false;
    // Adjacent encoded words in the same charset are decoded together: a multi-byte character
    // may be split across two words (common with UTF-8 B-encoding from some mailers).
    QByteArray encodedRun;
    QByteArray encodedRunCharset;
    auto flushEncoded = [&] {
        if (!encodedRun.isEmpty() || !encodedRunCharset.isEmpty())
            result += Charset::decode(encodedRun, encodedRunCharset);
        encodedRun.clear();
        encodedRunCharset.clear();
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = text.at(i);
        if (c == ' ' || c == '\t') {
            pendingWhitespace.append(c);
            ++i;
            continue;
        }
        qsizetype end = 0;
        QByteArray bytes;
        QByteArray charset;
        if (c == '=' && i + 1 < n && text.at(i + 1) == '?' &&
            parseEncodedWord(text, i, &end, &bytes, &charset)) {
            if (!plain.isEmpty()) {
                result += decodeRaw(plain);
                plain.clear();
            }
            if (lastWasEncoded && charset.toLower() == encodedRunCharset.toLower()) {
                encodedRun += bytes; // whitespace between encoded words is dropped
            } else {
                flushEncoded();
                if (!lastWasEncoded)
                    result += QString::fromLatin1(pendingWhitespace);
                encodedRun = bytes;
                encodedRunCharset = charset;
            }
            pendingWhitespace.clear();
            lastWasEncoded = true;
            i = end;
            continue;
        }
        // Plain text.
        flushEncoded();
        plain += pendingWhitespace;
        pendingWhitespace.clear();
        const qsizetype start = i;
        while (i < n && text.at(i) != ' ' && text.at(i) != '\t' &&
               !(text.at(i) == '=' && i + 1 < n && text.at(i + 1) == '?' && i > start))
            ++i;
        if (i == start)
            ++i; // "=?" that is not an encoded word: take it as text
        plain += text.mid(start, i - start);
        lastWasEncoded = false;
    }
    flushEncoded();
    plain += pendingWhitespace;
    if (!plain.isEmpty())
        result += decodeRaw(plain);
    return result;
}

} // namespace Notifier
