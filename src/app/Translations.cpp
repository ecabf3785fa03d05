#include "app/Translations.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QLibraryInfo>
#include <QtCore/QTranslator>

namespace App {

QLocale Translations::localeFor(const QString &languageOverride)
{
    return languageOverride.isEmpty() ? QLocale::system() : QLocale(languageOverride);
}

void Translations::install(QCoreApplication *app, const QString &languageOverride)
{
    const QLocale locale = localeFor(languageOverride);
    if (!languageOverride.isEmpty()) {
        // Dates, numbers and Qt's own dialogs follow the chosen language too.
        QLocale::setDefault(locale);
    }
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }
    // English plural forms first ("1 new message", "2 new messages"): the source strings say
    // "message(s)". Translators installed later take precedence, so a real language wins.
    auto *englishPlurals = new QTranslator(app);
    if (englishPlurals->load(QStringLiteral(":/i18n/lettertray_en.qm"))) {
        QCoreApplication::installTranslator(englishPlurals);
    } else {
        delete englishPlurals;
    }
    auto *ownTranslator = new QTranslator(app);
    if (ownTranslator->load(locale, QStringLiteral("lettertray"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ownTranslator);
    } else {
        delete ownTranslator;
    }
}

QStringList Translations::available()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files =
        QDir(QStringLiteral(":/i18n"))
            .entryList({QStringLiteral("lettertray_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (file == QLatin1String("lettertray_en.qm")) {
            continue;
        }
        codes.append(file.mid(11, file.size() - 11 - 3)); // "lettertray_" … ".qm"
    }
    return codes;
}

} // namespace App
