// packaging_desktop_files: the desktop entry, the AppStream metainfo and the man pages that
// the package installs are valid by the tools distributions use (desktop-file-validate,
// appstreamcli --pedantic, groff warnings), and they agree with the program: the same
// reverse-DNS id, icon name, version and binaries.
#include "notifier/ApplicationIdentity.h"

#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QXmlStreamReader>
#include <QtTest/QTest>

namespace {

QString resources()
{
    return qEnvironmentVariable("LETTERTRAY_SOURCE_DIR") + QStringLiteral("/resources");
}

QString desktopPath()
{
    return resources() + QStringLiteral("/desktop/") +
           Notifier::ApplicationIdentity::desktopEntryName();
}

QString metainfoPath()
{
    return resources() + QStringLiteral("/desktop/") +
           Notifier::ApplicationIdentity::applicationId() + QStringLiteral(".metainfo.xml");
}

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAll()};
}

} // namespace

#define REQUIRE_TOOL(name)                                                                         \
    const QString name##Path = QStandardPaths::findExecutable(QStringLiteral(#name));              \
    if (name##Path.isEmpty()) {                                                                    \
        if (qEnvironmentVariable("LETTERTRAY_REQUIRE_SERVICES") == QLatin1String("1"))             \
            QFAIL(#name " is not installed");                                                      \
        QSKIP(#name " is not installed");                                                          \
    }

class PackagingDesktopFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopEntryIsValid()
    {
        const QString desktop_file_validate =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (desktop_file_validate.isEmpty()) {
            if (qEnvironmentVariable("LETTERTRAY_REQUIRE_SERVICES") == QLatin1String("1"))
                QFAIL("desktop-file-validate (desktop-file-utils) is not installed");
            QSKIP("desktop-file-validate (desktop-file-utils) is not installed");
        }
        const Run result = run(desktop_file_validate, {desktopPath()});
        QVERIFY2(result.exitCode == 0 && result.output.trimmed().isEmpty(),
                 result.output.constData());
    }

    void desktopEntryMatchesTheProgram()
    {
        // Read by hand: QSettings would take the ';' of list values for comments.
        QFile file(desktopPath());
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        QHash<QString, QString> entry;
        bool mainGroup = false;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.startsWith(QLatin1Char('['))) {
                mainGroup = line == QLatin1String("[Desktop Entry]");
            } else if (mainGroup && line.contains(QLatin1Char('='))) {
                entry.insert(line.section(QLatin1Char('='), 0, 0),
                             line.section(QLatin1Char('='), 1));
            }
        }
        QCOMPARE(entry.value(QStringLiteral("Icon")),
                 Notifier::ApplicationIdentity::applicationId());
        QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("lettertray"));
        QVERIFY(entry.value(QStringLiteral("Categories"))
                    .split(QLatin1Char(';'))
                    .contains(QStringLiteral("Email")));
        QVERIFY(QFile::exists(resources() + QStringLiteral("/icons/") +
                              Notifier::ApplicationIdentity::applicationId() +
                              QStringLiteral(".svg")));
    }

    void metainfoIsValid()
    {
        REQUIRE_TOOL(appstreamcli);
        const Run result =
            run(appstreamcliPath, {QStringLiteral("validate"), QStringLiteral("--pedantic"),
                                   QStringLiteral("--no-net"), metainfoPath()});
        QVERIFY2(result.exitCode == 0, result.output.constData());
        // The one pedantic note accepted: the id's capital letter, which the reverse-DNS id of
        // the app (and its D-Bus and keychain names) has had from the start.
        const QStringList notes = QString::fromUtf8(result.output).split(QLatin1Char('\n'));
        for (const QString &line : notes) {
            if (line.startsWith(QLatin1String("E:")) || line.startsWith(QLatin1String("W:")) ||
                line.startsWith(QLatin1String("I:"))) {
                QFAIL(qPrintable(line));
            }
            if (line.startsWith(QLatin1String("P:"))) {
                QVERIFY2(line.contains(QLatin1String("cid-contains-uppercase-letter")),
                         qPrintable(line));
            }
        }
    }

    void metainfoMatchesTheProgram()
    {
        QFile file(metainfoPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString id, launchable, firstRelease;
        int screenshots = 0;
        bool contentRating = false;
        QStringList binaries;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            const auto name = xml.name();
            if (name == QLatin1String("id")) {
                id = xml.readElementText();
            } else if (name == QLatin1String("launchable")) {
                launchable = xml.readElementText();
            } else if (name == QLatin1String("release") && firstRelease.isEmpty()) {
                firstRelease = xml.attributes().value(QLatin1String("version")).toString();
            } else if (name == QLatin1String("screenshot")) {
                ++screenshots;
            } else if (name == QLatin1String("content_rating")) {
                contentRating = true;
            } else if (name == QLatin1String("binary")) {
                binaries.append(xml.readElementText());
            }
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(id, Notifier::ApplicationIdentity::applicationId());
        QCOMPARE(launchable, Notifier::ApplicationIdentity::desktopEntryName());
        QCOMPARE(firstRelease, QStringLiteral(LETTERTRAY_VERSION)); // newest release first
        QVERIFY(screenshots >= 1);
        QVERIFY(contentRating);
        QCOMPARE(binaries,
                 (QStringList{QStringLiteral("lettertray"), QStringLiteral("lettertray-imap")}));
    }

    void manPagesFormatWithoutWarnings_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("lettertray.1") << QStringLiteral("lettertray.1");
        QTest::newRow("lettertray-imap.1") << QStringLiteral("lettertray-imap.1");
    }
    void manPagesFormatWithoutWarnings()
    {
        QFETCH(QString, page);
        REQUIRE_TOOL(groff);
        const QString path = resources() + QStringLiteral("/man/") + page;
        const Run result = run(
            groffPath, {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"), path});
        QVERIFY2(result.exitCode == 0 && result.output.trimmed().isEmpty(),
                 result.output.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header =
            QByteArray(".TH ") + page.section(QLatin1Char('.'), 0, 0).toUpper().toUtf8() + " 1";
        QVERIFY(file.readAll().contains(header));
    }
};

QTEST_GUILESS_MAIN(PackagingDesktopFiles)
#include "packaging_desktop_files.moc"
