#include "notifier/Charset.h"

#include <QtCore/QStringDecoder>

namespace Notifier {

namespace {

QByteArray normalisedName(QByteArray name)
{
    name = name.trimmed().toLower();
    // RFC 2231 language suffix ("utf-8*en") and stray quotes.
    if (const qsizetype star = name.indexOf('*'); star >= 0)
        name.truncate(star);
    if (name.size() >= 2 && name.startsWith('"') && name.endsWith('"'))
        name = name.mid(1, name.size() - 2);
    // Labels seen in real mail that decoders do not know, mapped to what is meant. ASCII and
    // Latin-1 labels are read as Windows-1252 (as browsers do), since senders mislabel it.
    if (name == "utf8" || name == "unicode-1-1-utf-8")
        return "utf-8";
    if (name == "us-ascii" || name == "ascii" || name == "iso-8859-1" || name == "latin1" ||
        name == "iso_8859-1" || name == "ansi_x3.4-1968" || name == "cp1252")
        return "windows-1252";
    if (name == "gb2312" || name == "x-gbk" || name == "gb_2312-80")
        return "gbk";
    if (name == "ks_c_5601-1987" || name == "ks_c_5601")
        return "euc-kr";
    if (name == "x-sjis" || name == "sjis" || name == "ms_kanji")
        return "shift_jis";
    return name;
}

} // namespace

bool Charset::isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

bool Charset::isKnown(const QByteArray &charset)
{
    const QByteArray name = normalisedName(charset);
    return !name.isEmpty() && QStringDecoder(name.constData()).isValid();
}

QString Charset::decode(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray name = normalisedName(charset);
    if (!name.isEmpty() && name != "windows-1252") {
        QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    if (name != "windows-1252" && isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    QStringDecoder western("windows-1252", QStringDecoder::Flag::Stateless);
    if (western.isValid())
        return western.decode(bytes);
    return QString::fromLatin1(bytes);
}

} // namespace Notifier
