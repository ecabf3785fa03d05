#include "app/CommandLine.h"

#include <QtTest/QTest>

using App::CommandLine;

class TestCommandLine : public QObject
{
    Q_OBJECT

    static QStringList args(std::initializer_list<const char *> list)
    {
        QStringList result{QStringLiteral("lettertray")};
        for (const char *a : list) {
            result.append(QString::fromUtf8(a));
        }
        return result;
    }

private Q_SLOTS:
    void needsNoGui_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("noGui");
        QTest::newRow("plain") << args({}) << false;
        QTest::newRow("version") << args({"--version"}) << true;
        QTest::newRow("-v") << args({"-v"}) << true;
        QTest::newRow("help") << args({"--help"}) << true;
        QTest::newRow("help among others") << args({"--minimized", "-h"}) << true;
        QTest::newRow("unknown option") << args({"--frobnicate"}) << true;
        QTest::newRow("stray argument") << args({"inbox"}) << true;
        QTest::newRow("options") << args({"--minimized", "--check-now", "--demo"}) << false;
    }
    void needsNoGui()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, noGui);
        QCOMPARE(CommandLine::needsNoGui(arguments), noGui);
    }

    void parse()
    {
        QString error;
        auto options =
            CommandLine::parse(args({"--minimized", "--demo", "--language", "pt_BR"}), &error);
        QVERIFY(options);
        QVERIFY(options->minimized);
        QVERIFY(options->demo);
        QVERIFY(!options->checkNow);
        QVERIFY(!options->selfTest);
        QCOMPARE(options->language, QStringLiteral("pt_BR"));
        QCOMPARE(CommandLine::commandFor(*options), QStringLiteral("show"));

        options = CommandLine::parse(args({"--check-now"}), &error);
        QVERIFY(options);
        QCOMPARE(CommandLine::commandFor(*options), QStringLiteral("check-now"));

        QVERIFY(!CommandLine::parse(args({"--language"}), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
