#include "imap/sasl/SaslPrep.h"

#include <QtCore/QList>

namespace Imap::Sasl {

namespace {

// RFC 3454 table C.1.2: non-ASCII space characters.
bool isNonAsciiSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

// RFC 3454 table B.1: commonly mapped to nothing.
bool isMappedToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) ||
           (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) ||
           c == 0xFEFF;
}

// RFC 4013 §2.3 prohibited output (the tables it lists), minus C.1.2 which was mapped.
bool isProhibited(char32_t c)
{
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) // C.2.1, C.2.2
        return true;
    if (c == 0x06DD || c == 0x070F || c == 0x180E || (c >= 0x200C && c <= 0x200D) || c == 0x2028 ||
        c == 0x2029 || (c >= 0x2060 && c <= 0x2063) || (c >= 0x206A && c <= 0x206F) ||
        c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFC) || (c >= 0x1D173 && c <= 0x1D17A)) // C.2.2
        return true;
    if ((c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0xFFFFD) ||
        (c >= 0x100000 && c <= 0x10FFFD))
        return true;                                            // C.3 private use
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) // C.4 non-characters
        return true;
    if (c >= 0xD800 && c <= 0xDFFF) // C.5 surrogates
        return true;
    if (c >= 0xFFF9 && c <= 0xFFFD) // C.6, C.7
        return true;
    if (c >= 0x2FF0 && c <= 0x2FFB) // C.7 ideographic description
        return true;
    if (c == 0x0340 || c == 0x0341 || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
        (c >= 0x206A && c <= 0x206F)) // C.8
        return true;
    if (c == 0xE0001 || (c >= 0xE0020 && c <= 0xE007F)) // C.9 tagging
        return true;
    return false;
}

} // namespace

SaslPrep::Result SaslPrep::prepare(const QString &input)
{
    Result result;
    QString mapped;
    mapped.reserve(input.size());
    const QList<uint> codePoints = input.toUcs4();
    for (const uint cp : codePoints) {
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            result.error = QStringLiteral("unpaired surrogate");
            return result;
        }
        if (isMappedToNothing(cp))
            continue;
        const char32_t c = isNonAsciiSpace(cp) ? char32_t(0x20) : char32_t(cp);
        mapped.append(QString::fromUcs4(&c, 1));
    }
    result.text = mapped.normalized(QString::NormalizationForm_KC);
    for (const uint cp : result.text.toUcs4()) {
        if (isProhibited(cp)) {
            result.error =
                QStringLiteral("prohibited character U+%1").arg(cp, 4, 16, QLatin1Char('0'));
            break;
        }
        if (QChar::category(char32_t(cp)) == QChar::Other_NotAssigned) {
            result.error =
                QStringLiteral("unassigned character U+%1").arg(cp, 4, 16, QLatin1Char('0'));
            break;
        }
    }
    if (!result.isValid())
        result.text.clear();
    return result;
}

} // namespace Imap::Sasl
