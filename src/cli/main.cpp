#include "cli/ClientCommand.h"
#include "cli/ParseCommand.h"
#include "imap/LibraryInfo.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lettertray-imap"));
    QCoreApplication::setApplicationVersion(Imap::LibraryInfo::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Command-line IMAP client built on the Lettertray IMAP library.\n\n"
        "commands: capability | login | list [REFERENCE PATTERN] | select MAILBOX |\n"
        "          examine MAILBOX | status MAILBOX ITEMS | fetch MAILBOX SET ITEMS |\n"
        "          uid-fetch MAILBOX SET ITEMS | search MAILBOX CRITERIA... |\n"
        "          append MAILBOX FILE [FLAGS] | idle MAILBOX [--count N] [--timeout S] |\n"
        "          raw COMMAND-LINE... | parse\n\n"
        "Responses print as JSON lines, then a summary object. Exit status: 0 OK, 1 NO/BAD,\n"
        "2 local error (connection, TLS, certificate, policy, timeout)."));
    parser.addHelpOption();
    parser.addVersionOption();
    Cli::ClientCommand::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("The IMAP command to run."));
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        parser.showHelp(2);
    }
    if (arguments.first() == QLatin1String("parse"))
        return Cli::ParseCommand::run(arguments.mid(1));
    if (Cli::ClientCommand::handles(arguments.first())) {
        return Cli::ClientCommand::run(parser, arguments);
    }
    QTextStream(stderr) << "lettertray-imap: unknown command: " << arguments.first() << '\n';
    return 2;
}
