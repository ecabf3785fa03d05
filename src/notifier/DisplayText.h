#pragma once

#include <QtCore/QString>

namespace Notifier {

// Server text made safe to show: senders, subjects and previews are written by strangers.
class DisplayText
{
public:
    // Control characters removed, bidirectional embeddings/overrides/isolates removed (they
    // could make "moc.elpmaxe@" read as another address), runs of whitespace (line breaks
    // included) collapsed to one space, trimmed.
    static QString sanitize(const QString &text);
    // At most maxChars characters, cut at a grapheme boundary (never inside a surrogate pair
    // or a combining sequence), with "…" when something was cut.
    static QString truncate(const QString &text, int maxChars);
    // For notification bodies that the daemon may read as markup: &, <, > and quotes escaped.
    static QString escapeMarkup(const QString &text);
    // sanitize + truncate.
    static QString plain(const QString &text, int maxChars);
    static bool isBidiControl(char32_t c);
};

} // namespace Notifier
