#include "app/Translations.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QLibraryInfo>
#include <QtCore/QPointer>
#include <QtCore/QTranslator>

namespace App {

namespace {

// The translators of the language in use; a language change removes exactly these (a test or
// a plugin may have installed others, which stay).
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

bool installFrom(QCoreApplication *app, const QLocale &locale, const QString &name,
                 const QString &directory)
{
    auto *translator = new QTranslator(app);
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installedTranslators().append(translator);
    return true;
}

} // namespace

QLocale Translations::localeFor(const QString &languageOverride)
{
    return languageOverride.isEmpty() ? QLocale::system() : QLocale(languageOverride);
}

void Translations::install(QCoreApplication *app, const QString &languageOverride)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();

    const QLocale locale = localeFor(languageOverride);
    // Dates, numbers and Qt's own dialogs follow the chosen language too (and the system's
    // again when the override is taken back).
    QLocale::setDefault(locale);
    installFrom(app, locale, QStringLiteral("qtbase"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English plural forms first ("1 new message", "2 new messages"): the source strings say
    // "message(s)". Translators installed later take precedence, so a real language wins.
    installFrom(app, QLocale(QLocale::English), QStringLiteral("lettertray"),
                QStringLiteral(":/i18n"));
    if (locale.language() != QLocale::English) {
        installFrom(app, locale, QStringLiteral("lettertray"), QStringLiteral(":/i18n"));
    }
    // QApplication posts LanguageChange to every top-level widget; deliver them now, so the
    // whole user interface has changed language when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
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
