// app_cli_options: `lettertray --version` and `--help` answer without any display (the package
// check runs them over ssh-like sessions), and a bad option is an error, not a silent start.
#include <QtCore/QProcess>
#include <QtTest/QTest>

class AppCliOptions : public QObject
{
    Q_OBJECT

    static QProcess *runWithoutDisplay(QObject *parent, const QStringList &arguments)
    {
        auto *process = new QProcess(parent);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(LETTERTRAY_APP_PATH), arguments);
        process->waitForFinished(10000);
        return process;
    }

private Q_SLOTS:
    void version()
    {
        QProcess *p = runWithoutDisplay(this, {QStringLiteral("--version")});
        QCOMPARE(p->exitCode(), 0);
        QCOMPARE(p->readAllStandardOutput().trimmed(),
                 QByteArray("lettertray " LETTERTRAY_VERSION));
    }

    void help()
    {
        QProcess *p = runWithoutDisplay(this, {QStringLiteral("--help")});
        QCOMPARE(p->exitCode(), 0);
        const QByteArray out = p->readAllStandardOutput();
        for (const char *option : {"--minimized", "--check-now", "--demo", "--version", "--help"}) {
            QVERIFY2(out.contains(option), option);
        }
    }

    void unknownOptionFails()
    {
        QProcess *p = runWithoutDisplay(this, {QStringLiteral("--no-such-option")});
        QCOMPARE(p->exitCode(), 1);
        QVERIFY(p->readAllStandardError().contains("no-such-option"));
    }
};

QTEST_GUILESS_MAIN(AppCliOptions)
#include "app_cli_options.moc"
