// libFuzzer target: server bytes into a live Imap::Client through an injected transport.
//
// Each input is one connection. The client has a set of commands queued (LOGIN, SELECT, UID
// FETCH, LIST, STATUS, SEARCH, STORE, IDLE, NOOP, LOGOUT; tags are A0001, A0002, ... so that
// seeds can answer them), and the input is played as the server's side, in pieces whose size
// the first byte chooses, with the event loop running between pieces. Then the server closes.
//
// Invariants checked beyond "no crash, no leak, no UB":
//  - once the transport is closed, every reply has finished (nothing hangs forever);
//  - a finished reply never finishes again, and the client ends Disconnected;
//  - the client never wrote CR, LF or NUL outside a literal (every command is well framed).

#include "HardeningSupport.h"

#include "imap/Client.h"
#include "imap/FetchReply.h"
#include "imap/IdleReply.h"
#include "imap/ListReply.h"
#include "imap/SearchReply.h"
#include "imap/SelectReply.h"
#include "imap/StatusReply.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QPointer>

#include <cstdio>
#include <cstdlib>

using namespace Imap;

namespace {

QCoreApplication *s_app = nullptr;

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

void spin(int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Quiet: the client warns on every protocol error, which is the normal case here.
    qputenv("QT_LOGGING_RULES", "lettertray.*=false");
    s_app = new QCoreApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 64 * 1024) {
        return 0;
    }
    const int piece = 1 + (data[0] % 64);
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    auto *transport = new Hardening::FakeTransport;
    auto *client = new Client;
    Imap::ConnectionSettings settings = Hardening::plainSettings();
    client->connectToDevice(transport, settings);

    QList<QPointer<Reply>> replies;
    replies.append(client->login(QStringLiteral("alice"), QStringLiteral("secret")));
    replies.append(client->select(QStringLiteral("INBOX")));
    replies.append(client->uidFetch(Wire::SequenceSet::all(),
                                    {"UID", "FLAGS", "ENVELOPE", "BODYSTRUCTURE", "BODY.PEEK[]"}));
    replies.append(client->list(QString(), QStringLiteral("*")));
    replies.append(client->status(QStringLiteral("Sent"), {"MESSAGES", "UIDNEXT", "UIDVALIDITY"}));
    replies.append(client->uidSearch({Wire::CommandArgument::atom("UNSEEN")}));
    replies.append(
        client->uidStore(Wire::SequenceSet::single(1), Client::StoreMode::Add, {"\\Seen"}));
    replies.append(client->idle());
    replies.append(client->noop());
    replies.append(client->logout());
    QList<int> finishedCount(replies.size(), 0);
    for (qsizetype i = 0; i < replies.size(); ++i) {
        QObject::connect(replies[i].data(), &Reply::finished,
                         [&finishedCount, i] { ++finishedCount[i]; });
    }

    for (qsizetype at = 0; at < input.size(); at += piece) {
        transport->serverSend(input.mid(at, piece));
        spin(2);
    }
    spin(4);
    transport->serverClose();
    spin(4);

    for (qsizetype i = 0; i < replies.size(); ++i) {
        if (!replies[i]) {
            broken("a reply was deleted by the library");
        }
        if (!replies[i]->isFinished()) {
            broken("a reply is still pending after the connection closed");
        }
        if (finishedCount[i] > 1) {
            broken("finished() emitted twice");
        }
    }
    if (client->state() != Client::State::Disconnected) {
        broken("the client is not disconnected after the server closed");
    }
    QList<Hardening::ClientCommand> commands;
    if (!Hardening::splitCommands(transport->written(), &commands)) {
        broken("the client wrote CR, LF or NUL outside a literal");
    }

    delete client; // deletes the replies, its children
    delete transport;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    spin(1);
    return 0;
}
