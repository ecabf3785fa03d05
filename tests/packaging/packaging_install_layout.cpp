// packaging_install_layout: `cmake --install` of this build puts every file the packages need
// where distributions expect it, split into the "app" and "dev" components that become the
// lettertray and lettertray-imap-dev packages.
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

class PackagingInstallLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;

    QStringList install(const QString &component)
    {
        const QString prefix = m_root.filePath(component);
        QProcess cmake;
        cmake.setProcessChannelMode(QProcess::MergedChannels);
        cmake.start(QStringLiteral(LETTERTRAY_CMAKE_COMMAND),
                    {QStringLiteral("--install"), QStringLiteral(LETTERTRAY_BUILD_DIR),
                     QStringLiteral("--prefix"), prefix, QStringLiteral("--component"), component});
        if (!cmake.waitForFinished(120000) || cmake.exitCode() != 0) {
            qWarning("%s", cmake.readAll().constData());
            return {};
        }
        QStringList files;
        QDirIterator it(prefix, QDir::Files | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(it.next().mid(prefix.size() + 1));
        }
        files.sort();
        return files;
    }

private Q_SLOTS:
    void appComponent()
    {
        const QStringList files = install(QStringLiteral("app"));
        const QString lib = QStringLiteral(LETTERTRAY_LIBDIR);
        const QStringList expected{
            QStringLiteral("bin/lettertray"),
            QStringLiteral("bin/lettertray-imap"),
            lib + QStringLiteral("/liblettertray-imap.so.0"),
            lib + QStringLiteral("/liblettertray-imap.so." LETTERTRAY_VERSION),
            QStringLiteral("share/applications/io.github.lettertray.Lettertray.desktop"),
            QStringLiteral("share/metainfo/io.github.lettertray.Lettertray.metainfo.xml"),
            QStringLiteral("share/icons/hicolor/scalable/apps/io.github.lettertray.Lettertray.svg"),
            QStringLiteral(
                "share/icons/hicolor/symbolic/apps/io.github.lettertray.Lettertray-symbolic.svg"),
            QStringLiteral("share/icons/hicolor/scalable/status/lettertray-tray-dark-panel.svg"),
            QStringLiteral("share/icons/hicolor/scalable/status/lettertray-tray-light-panel.svg"),
            QStringLiteral("share/man/man1/lettertray.1.gz"),
            QStringLiteral("share/man/man1/lettertray-imap.1.gz"),
            QStringLiteral("share/doc/lettertray/copyright"),
            QStringLiteral("share/doc/lettertray/changelog.Debian.gz"),
        };
        for (const QString &path : expected) {
            QVERIFY2(files.contains(path), qPrintable(path + QStringLiteral(" missing from:\n") +
                                                      files.join(QLatin1Char('\n'))));
        }
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QString png =
                QStringLiteral("share/icons/hicolor/%1x%1/apps/io.github.lettertray.Lettertray.png")
                    .arg(size);
            QVERIFY2(files.contains(png), qPrintable(png));
        }
        // Nothing of the development package leaks into the program's.
        for (const QString &file : files) {
            QVERIFY2(!file.startsWith(QLatin1String("include/")) &&
                         !file.endsWith(QLatin1String(".pc")) &&
                         !file.endsWith(QLatin1String("/liblettertray-imap.so")),
                     qPrintable(file));
        }
    }

    void devComponent()
    {
        const QStringList files = install(QStringLiteral("dev"));
        const QString lib = QStringLiteral(LETTERTRAY_LIBDIR);
        const QStringList expected{
            QStringLiteral("include/lettertray/imap/ImapExport.h"),
            QStringLiteral("include/lettertray/imap/LibraryInfo.h"),
            QStringLiteral("include/lettertray/imap/Client.h"),
            lib + QStringLiteral("/liblettertray-imap.so"),
            lib + QStringLiteral("/cmake/LettertrayImap/LettertrayImapConfig.cmake"),
            lib + QStringLiteral("/cmake/LettertrayImap/LettertrayImapConfigVersion.cmake"),
            lib + QStringLiteral("/cmake/LettertrayImap/LettertrayImapTargets.cmake"),
            lib + QStringLiteral("/pkgconfig/lettertray-imap.pc"),
        };
        for (const QString &path : expected) {
            QVERIFY2(files.contains(path), qPrintable(path + QStringLiteral(" missing from:\n") +
                                                      files.join(QLatin1Char('\n'))));
        }
        QVERIFY(!files.contains(QStringLiteral("bin/lettertray")));
    }
};

QTEST_GUILESS_MAIN(PackagingInstallLayout)
#include "packaging_install_layout.moc"
