#pragma once

#include <QtCore/QLocale>
#include <QtCore/QString>
#include <QtCore/QStringList>

class QCoreApplication;

namespace App {

// Loads Lettertray's translations (compiled into the program under :/i18n) and Qt's own for
// the system language, or for the language the user chose in Settings or with --language.
struct Translations
{
    // languageOverride: "" for the system language, else a code such as "de" or "pt_BR".
    // Replaces the translators an earlier call installed, so the language can change while
    // the program runs: every widget gets QEvent::LanguageChange before this returns (not
    // only at the next turn of the event loop), so callers and tests see the new texts at once.
    static void install(QCoreApplication *app, const QString &languageOverride);
    // The languages Lettertray ships, as codes ("de", "fr", ...), English first.
    static QStringList available();
    static QLocale localeFor(const QString &languageOverride);
};

} // namespace App
