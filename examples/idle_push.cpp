// Wait for new mail with IDLE and print each push until told to stop (Enter or end of input).

#include "ExampleSession.h"
#include "imap/IdleReply.h"
#include "imap/MailboxState.h"
#include "imap/SelectReply.h"

#include <QtCore/QSocketNotifier>

#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Example::Arguments arguments = Example::parseArguments(app.arguments());
    if (!arguments.ok) {
        return 2;
    }
    Imap::Client client;
    Imap::MailboxState *mailbox = client.mailboxState();
    QObject::connect(mailbox, &Imap::MailboxState::existsChanged, &client, [](quint32 exists) {
        QTextStream(stdout) << "EXISTS " << exists << Qt::endl;
    });
    QObject::connect(mailbox, &Imap::MailboxState::messageExpunged, &client, [](quint32 sequence) {
        QTextStream(stdout) << "EXPUNGE " << sequence << Qt::endl;
    });
    QObject::connect(mailbox, &Imap::MailboxState::flagsChanged, &client,
                     [](quint32 sequence, quint32, const QByteArrayList &flags) {
                         QTextStream(stdout) << "FLAGS " << sequence << ' '
                                             << QString::fromLatin1(flags.join(' ')) << Qt::endl;
                     });

    Example::connectAndLogin(&client, arguments, [&client] {
        Imap::SelectReply *inbox = client.select(QStringLiteral("INBOX"));
        QObject::connect(inbox, &Imap::Reply::finished, &client, [&client, inbox] {
            inbox->deleteLater();
            if (!inbox->isOk()) {
                QTextStream(stderr) << inbox->errorString() << '\n';
                QCoreApplication::exit(1);
                return;
            }
            QTextStream(stdout) << "idling on INBOX (" << inbox->exists()
                                << " messages); press Enter to stop" << Qt::endl;
            Imap::IdleReply *idle = client.idle();
            auto *input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, idle);
            QObject::connect(input, &QSocketNotifier::activated, idle, [idle, input] {
                input->setEnabled(false);
                idle->stop();
            });
            QObject::connect(idle, &Imap::Reply::finished, &client, [&client, idle] {
                idle->deleteLater();
                Imap::Reply *logout = client.logout();
                QObject::connect(logout, &Imap::Reply::finished, &client,
                                 [] { QCoreApplication::exit(0); });
            });
        });
    });
    return app.exec();
}
