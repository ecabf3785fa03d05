// app_xvfb_start: the built `lettertray` starts on a real X display with a real tray host
// (Xvfb + trayer from scripts/lib/session.sh), its icon gets embedded in the tray, and it
// quits cleanly with exit code 0. A second case starts a private Xvfb without any tray host
// and checks that the fallback window takes the tray's place.
#include <QtCore/QElapsedTimer>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QSystemTrayIcon>

namespace {

bool servicesRequired()
{
    return qEnvironmentVariable("LETTERTRAY_REQUIRE_SERVICES") == QLatin1String("1");
}

} // namespace

#define SKIP_OR_FAIL(message)                                                                      \
    do {                                                                                           \
        if (servicesRequired())                                                                    \
            QFAIL(message);                                                                        \
        QSKIP(message);                                                                            \
    } while (false)

class AppXvfbStart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // A private configuration: the test never reads or writes the user's settings.
    QProcessEnvironment appEnvironment(const QString &display) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), display);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }

    static bool waitForLine(QProcess &process, QByteArray &output, const QByteArray &needle,
                            int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!output.contains(needle)) {
            if (timer.elapsed() > timeoutMs || process.state() == QProcess::NotRunning) {
                return false;
            }
            process.waitForReadyRead(100);
            output += process.readAllStandardOutput();
        }
        return true;
    }

    static QString run(const QString &program, const QStringList &arguments, const QString &display)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), display);
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        process.waitForFinished(10000);
        return QString::fromLocal8Bit(process.readAllStandardOutput());
    }

    // Index of the window line for WM_CLASS "lettertray" in `xwininfo -root -tree`, and whether
    // it hangs below another window than the root (i.e. it was embedded by the tray host).
    static bool embeddedInTrayHost(const QString &tree, QString *why)
    {
        const QStringList lines = tree.split(QLatin1Char('\n'));
        static const QRegularExpression classLine(
            QStringLiteral("^(\\s*)0x[0-9a-f]+ .*\\(\"lettertray\" \"lettertray\"\\)"));
        int topLevelIndent = -1;
        for (const QString &line : lines) {
            if (line.contains(QLatin1String("children:")) && topLevelIndent < 0) {
                topLevelIndent = -2; // the next window line is a top-level one
                continue;
            }
            if (topLevelIndent == -2 && line.trimmed().startsWith(QLatin1String("0x"))) {
                topLevelIndent = int(line.size() - line.trimmed().size());
            }
            const auto match = classLine.match(line);
            if (match.hasMatch() && topLevelIndent >= 0 &&
                match.captured(1).size() > topLevelIndent) {
                *why = line.trimmed();
                return true;
            }
        }
        *why = QStringLiteral("no embedded window of class lettertray in:\n") + tree;
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void trayIconIsEmbeddedAndQuitIsClean()
    {
        const QString display = qEnvironmentVariable("DISPLAY");
        if (display.isEmpty()) {
            SKIP_OR_FAIL("no X display: run under scripts/lib/session.sh (Xvfb + tray host)");
        }
        if (!QSystemTrayIcon::isSystemTrayAvailable()) {
            SKIP_OR_FAIL("no tray host on DISPLAY: run under scripts/lib/session.sh (trayer)");
        }
        const QString xwininfo = QStandardPaths::findExecutable(QStringLiteral("xwininfo"));
        if (xwininfo.isEmpty()) {
            SKIP_OR_FAIL("xwininfo (x11-utils) is not installed");
        }

        QProcess app;
        app.setProcessEnvironment(appEnvironment(display));
        app.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer started;
        started.start();
        app.start(QStringLiteral(LETTERTRAY_APP_PATH), {QStringLiteral("--self-test")});
        QVERIFY2(app.waitForStarted(5000), qPrintable(app.errorString()));

        QByteArray output;
        QVERIFY2(waitForLine(app, output, "tray-icon-visible=", 15000), output.constData());
        QVERIFY2(output.contains("tray-available=1"), output.constData());
        QVERIFY2(output.contains("tray-icon-visible=1"), output.constData());
        qInfo("tray icon embedded %lld ms after start", static_cast<long long>(started.elapsed()));

        QString why;
        QVERIFY2(
            embeddedInTrayHost(
                run(xwininfo, {QStringLiteral("-root"), QStringLiteral("-tree")}, display), &why),
            qPrintable(why));
        qInfo("%s", qPrintable(why));

        app.write("quit\n");
        app.closeWriteChannel();
        QVERIFY(app.waitForFinished(10000));
        output += app.readAllStandardOutput();
        const QByteArray errors = app.readAllStandardError();
        QVERIFY2(output.contains("quitting"), output.constData());
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, errors.constData());
    }

    // GNOME without extensions has no tray: the app must still show something useful.
    void withoutTrayHostTheFallbackWindowAppears()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        const QString xwininfo = QStandardPaths::findExecutable(QStringLiteral("xwininfo"));
        if (xvfb.isEmpty() || xwininfo.isEmpty()) {
            SKIP_OR_FAIL("Xvfb and xwininfo are needed to start a display without a tray host");
        }
        QProcess server;
        // -displayfd 1: Xvfb picks a free display number and prints it when ready.
        server.start(xvfb,
                     {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                      QStringLiteral("0"), QStringLiteral("800x600x24"),
                      QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        QVERIFY(server.waitForStarted(5000));
        QByteArray number;
        QVERIFY(waitForLine(server, number, "\n", 10000));
        const QString display = QLatin1Char(':') + QString::fromLatin1(number.trimmed());

        QProcess app;
        app.setProcessEnvironment(appEnvironment(display));
        app.start(QStringLiteral(LETTERTRAY_APP_PATH), {QStringLiteral("--self-test")});
        QVERIFY(app.waitForStarted(5000));
        QByteArray output;
        QVERIFY2(waitForLine(app, output, "fallback-window=1", 15000), output.constData());
        QVERIFY(output.contains("tray-available=0"));
        QString tree;
        QElapsedTimer timer;
        timer.start();
        do {
            tree = run(xwininfo, {QStringLiteral("-root"), QStringLiteral("-tree")}, display);
        } while (!tree.contains(QLatin1String("\"Lettertray\": (\"lettertray\" \"lettertray\")")) &&
                 timer.elapsed() < 5000);
        QVERIFY2(tree.contains(QLatin1String("\"Lettertray\": (\"lettertray\" \"lettertray\")")),
                 qPrintable(tree));

        app.write("quit\n");
        app.closeWriteChannel();
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        server.terminate();
        server.waitForFinished(5000);
    }
};

// Without a display QApplication would abort before the test could say why it skips; the
// offscreen platform lets it start and report the missing display properly.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    AppXvfbStart test;
    return QTest::qExec(&test, argc, argv);
}
#include "app_xvfb_start.moc"
