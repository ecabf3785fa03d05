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
    parser.setApplicationDescription(
        QStringLiteral("Command-line IMAP client built on the Lettertray IMAP library."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The IMAP command to run."));
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        parser.showHelp(2);
    }
    if (arguments.first() == QLatin1String("parse"))
        return Cli::ParseCommand::run(arguments.mid(1));
    QTextStream(stderr) << "lettertray-imap: unknown command: " << arguments.first() << '\n';
    return 2;
}
