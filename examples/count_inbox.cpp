// Connect, log in and print how many messages INBOX has.

#include "ExampleSession.h"
#include "imap/SelectReply.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Example::Arguments arguments = Example::parseArguments(app.arguments());
    if (!arguments.ok) {
        return 2;
    }
    Imap::Client client;
    Example::connectAndLogin(&client, arguments, [&client] {
        Imap::SelectReply *inbox = client.examine(QStringLiteral("INBOX"));
        QObject::connect(inbox, &Imap::Reply::finished, &client, [&client, inbox] {
            inbox->deleteLater();
            if (!inbox->isOk()) {
                QTextStream(stderr) << inbox->errorString() << '\n';
                QCoreApplication::exit(1);
                return;
            }
            QTextStream(stdout) << "INBOX has " << inbox->exists() << " messages\n";
            Imap::Reply *logout = client.logout();
            QObject::connect(logout, &Imap::Reply::finished, &client,
                             [] { QCoreApplication::exit(0); });
        });
    });
    return app.exec();
}
