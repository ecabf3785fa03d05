#include "app/CommandLine.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

#include <cstdio>

namespace App {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption minimized{
        QStringLiteral("minimized"),
        QCoreApplication::translate("CommandLine", "Start in the tray without opening a window.")};
    QCommandLineOption checkNow{
        QStringLiteral("check-now"),
        QCoreApplication::translate("CommandLine", "Check all accounts for new mail right away.")};
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Watch the demo server named by the LETTERTRAY_DEMO_HOST, "
                                    "_PORT, _USER and _PASSWORD environment variables instead "
                                    "of your accounts.")};
    QCommandLineOption selfTest{
        QStringLiteral("self-test"),
        QCoreApplication::translate("CommandLine",
                                    "Report on standard output whether the tray icon was "
                                    "shown, then quit when \"quit\" is read from standard input.")};
    QCommandLineOption language{
        QStringLiteral("language"),
        QCoreApplication::translate("CommandLine", "Use this language instead of the system's."),
        QCoreApplication::translate("CommandLine", "code")};

    Parser()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "CommandLine", "Lettertray watches your IMAP mailboxes from the system tray and tells "
                           "you about new mail."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({minimized, checkNow, demo, selfTest, language});
    }
};

} // namespace

bool CommandLine::needsNoGui(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
            argument == QLatin1String("--help-all") || argument == QLatin1String("-?") ||
            argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            return true;
        }
    }
    Parser p;
    return !p.parser.parse(arguments) || !p.parser.positionalArguments().isEmpty();
}

int CommandLine::handleWithoutGui(const QStringList &arguments)
{
    Parser p;
    // process() prints help or version and exits, or prints the error and exits with 1.
    p.parser.process(arguments);
    if (!p.parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << QCoreApplication::translate("CommandLine",
                                                           "lettertray: unexpected argument: %1")
                                   .arg(p.parser.positionalArguments().constFirst())
                            << '\n';
        return 1;
    }
    return 0;
}

std::optional<LaunchOptions> CommandLine::parse(const QStringList &arguments, QString *error)
{
    Parser p;
    if (!p.parser.parse(arguments)) {
        if (error) {
            *error = p.parser.errorText();
        }
        return std::nullopt;
    }
    LaunchOptions options;
    options.minimized = p.parser.isSet(p.minimized);
    options.checkNow = p.parser.isSet(p.checkNow);
    options.demo = p.parser.isSet(p.demo);
    options.selfTest = p.parser.isSet(p.selfTest);
    options.language = p.parser.value(p.language);
    return options;
}

QString CommandLine::commandFor(const LaunchOptions &options)
{
    // `lettertray --check-now` from a keyboard shortcut should check, not pop a window up.
    return options.checkNow ? QStringLiteral("check-now") : QStringLiteral("show");
}

} // namespace App
