#include "notifier/DisplayText.h"

#include <QtCore/QList>
#include <QtCore/QTextBoundaryFinder>

namespace Notifier {

bool DisplayText::isBidiControl(char32_t c)
{
    return c == 0x061C                     // Arabic letter mark
           || (c >= 0x202A && c <= 0x202E) // LRE RLE PDF LRO RLO
           || (c >= 0x2066 && c <= 0x2069) // LRI RLI FSI PDI
           || c == 0x200E || c == 0x200F;  // LRM RLM: harmless alone, but useless in one line
}

QString DisplayText::sanitize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    const auto ucs4 = text.toUcs4();
    for (char32_t c : ucs4) {
        const bool space = c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x0B ||
                           c == 0x0C || c == 0x85 || c == 0xA0 || c == 0x2028 || c == 0x2029 ||
                           (c >= 0x2000 && c <= 0x200A) || c == 0x3000;
        if (space) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || isBidiControl(c) || c == 0xFEFF ||
            (c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0xD800 && c <= 0xDFFF))
            continue;
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString DisplayText::truncate(const QString &text, int maxChars)
{
    if (maxChars <= 0)
        return QString();
    if (text.size() <= maxChars)
        return text;
    // Leave room for the ellipsis, then step back to a grapheme boundary.
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    finder.setPosition(maxChars - 1);
    if (!finder.isAtBoundary())
        finder.toPreviousBoundary();
    qsizetype cut = finder.position();
    if (cut < 0)
        cut = 0;
    QString result = text.left(cut);
    while (!result.isEmpty() && result.back().isSpace())
        result.chop(1);
    return result + QChar(0x2026);
}

QString DisplayText::escapeMarkup(const QString &text)
{
    QString out = text.toHtmlEscaped(); // & < > "
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return out;
}

QString DisplayText::plain(const QString &text, int maxChars)
{
    return truncate(sanitize(text), maxChars);
}

} // namespace Notifier
