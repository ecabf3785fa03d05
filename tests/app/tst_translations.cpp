// Every translation is complete and keeps what the program fills in: the same %1..%9 and %n
// placeholders, an accelerator (&) where the English has one, the plural forms the language
// needs, and the compiled catalogues embedded in the program load and translate.
#include "app/Translations.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QTranslator>
#include <QtCore/QXmlStreamReader>
#include <QtTest/QTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool numerus = false;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isEndElement() && name == QLatin1String("message")) {
            messages.append(current);
            continue;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current =
                Message{context,
                        {},
                        {},
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                        false};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!current.numerus) {
                current.translations.append(xml.readElementText());
            }
        } else if (name == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:[1-9]|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured());
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString &text)
{
    return QString(text)
        .remove(QStringLiteral("&&"))
        .contains(QRegularExpression(QStringLiteral("&[^ ;]")));
}

int pluralForms(const QString &language)
{
    if (language.startsWith(QLatin1String("ru"))) {
        return 3;
    }
    if (language.startsWith(QLatin1String("zh")) || language.startsWith(QLatin1String("ja"))) {
        return 1;
    }
    return 2;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogues_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(qEnvironmentVariable("LETTERTRAY_SOURCE_DIR") +
                       QStringLiteral("/translations"));
        const QStringList files = dir.entryList({QStringLiteral("lettertray_*.ts")}, QDir::Files);
        QVERIFY(files.size() >= 8);
        for (const QString &file : files) {
            if (file != QLatin1String("lettertray_en.ts")) {
                QTest::newRow(qPrintable(file)) << dir.filePath(file);
            }
        }
    }
    void catalogues()
    {
        QFETCH(QString, path);
        QString language;
        const QList<Message> messages = readTs(path, &language);
        QVERIFY(messages.size() > 150);
        for (const Message &message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            QVERIFY2(!message.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
            if (message.numerus) {
                QVERIFY2(message.translations.size() == pluralForms(language),
                         qPrintable(QStringLiteral("plural forms: ") + where));
            }
            for (const QString &translation : message.translations) {
                QVERIFY2(!translation.trimmed().isEmpty(),
                         qPrintable(QStringLiteral("empty: ") + where));
                QVERIFY2(placeholders(translation) == placeholders(message.source),
                         qPrintable(QStringLiteral("placeholders differ: ") + where +
                                    QStringLiteral(" -> ") + translation));
                QVERIFY2(hasAccelerator(translation) == hasAccelerator(message.source),
                         qPrintable(QStringLiteral("accelerator: ") + where +
                                    QStringLiteral(" -> ") + translation));
            }
        }
    }

    void embeddedCataloguesTranslate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("quit");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Beenden");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Quitter");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Salir");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("&Выход");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("退出(&Q)");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("終了(&Q)");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("&Sair");
    }
    void embeddedCataloguesTranslate()
    {
        QFETCH(QString, language);
        QFETCH(QString, quit);
        QVERIFY(App::Translations::available().contains(language));
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/lettertray_") + language +
                                QStringLiteral(".qm")));
        QCOMPARE(translator.translate("App::TrayController", "&Quit"), quit);
        // Plural forms follow the language's rules (Russian: 1, 2–4, 5+).
        if (language == QLatin1String("ru")) {
            QCOMPARE(translator.translate("App::TrayController", "%n new message(s)", nullptr, 1),
                     QStringLiteral("%n новое письмо"));
            QCOMPARE(translator.translate("App::TrayController", "%n new message(s)", nullptr, 3),
                     QStringLiteral("%n новых письма"));
            QCOMPARE(translator.translate("App::TrayController", "%n new message(s)", nullptr, 11),
                     QStringLiteral("%n новых писем"));
        }
    }

    void englishPluralsComeFromTheirOwnCatalogue()
    {
        App::Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(
            QCoreApplication::translate("App::TrayController", "%n new message(s)", nullptr, 1),
            QStringLiteral("1 new message"));
        QCOMPARE(
            QCoreApplication::translate("App::TrayController", "%n new message(s)", nullptr, 2),
            QStringLiteral("2 new messages"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
