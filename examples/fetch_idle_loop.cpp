// The classic loop: fetch the flags of every message, idle until the server pushes something,
// then fetch again. Runs until interrupted.

#include "ExampleSession.h"
#include "imap/FetchReply.h"
#include "imap/IdleReply.h"
#include "imap/SelectReply.h"

#include <functional>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Example::Arguments arguments = Example::parseArguments(app.arguments());
    if (!arguments.ok) {
        return 2;
    }
    Imap::Client client;
    std::function<void()> fetchThenIdle;
    fetchThenIdle = [&client, &fetchThenIdle] {
        Imap::FetchReply *fetch = client.uidFetch(Imap::Wire::SequenceSet::all(), {"UID", "FLAGS"});
        QObject::connect(fetch, &Imap::Reply::finished, &client, [&client, &fetchThenIdle, fetch] {
            fetch->deleteLater();
            if (!fetch->isOk()) {
                QTextStream(stderr) << fetch->errorString() << '\n';
                QCoreApplication::exit(1);
                return;
            }
            for (const Imap::Wire::Fetch &message : fetch->messages()) {
                QTextStream(stdout)
                    << "UID " << message.uid.value_or(0) << ' '
                    << QString::fromLatin1(message.flags.value_or(QByteArrayList()).join(' '))
                    << '\n';
            }
            Imap::IdleReply *idle = client.idle();
            // The first change ends this IDLE and the loop fetches again; "* OK still here"
            // keep-alives are not changes.
            QObject::connect(idle, &Imap::IdleReply::pushReceived, idle,
                             [idle](const Imap::Wire::Response &push) {
                                 if (!push.is<Imap::Wire::UntaggedStatus>()) {
                                     idle->stop();
                                 }
                             });
            QObject::connect(idle, &Imap::Reply::finished, &client, [&fetchThenIdle, idle] {
                idle->deleteLater();
                if (!idle->isOk()) {
                    QTextStream(stderr) << idle->errorString() << '\n';
                    QCoreApplication::exit(1);
                    return;
                }
                fetchThenIdle();
            });
        });
    };
    Example::connectAndLogin(&client, arguments, [&client, &fetchThenIdle] {
        Imap::SelectReply *inbox = client.select(QStringLiteral("INBOX"));
        QObject::connect(inbox, &Imap::Reply::finished, &client, [&fetchThenIdle, inbox] {
            inbox->deleteLater();
            if (!inbox->isOk()) {
                QTextStream(stderr) << inbox->errorString() << '\n';
                QCoreApplication::exit(1);
                return;
            }
            fetchThenIdle();
        });
    });
    return app.exec();
}
