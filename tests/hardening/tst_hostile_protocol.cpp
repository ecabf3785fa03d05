// Items 16-18: a server that breaks the protocol. Tagged responses for tags not sent yet,
// duplicates, a completion while the client waits to send a literal, unrequested '+',
// BAD to every CAPABILITY, "* 3" alone, empty lines, tagged NO without text, oversized
// INTERNALDATE and RFC822.SIZE: each ends in a clean error (the reply fails, or the
// connection closes with ProtocolError) and never in a crash or corrupted data.

#include "HardeningSupport.h"

#include "imap/CapabilityReply.h"
#include "imap/Client.h"
#include "imap/FetchReply.h"
#include "imap/MailboxState.h"
#include "imap/SelectReply.h"

#include <QtTest/QTest>

using namespace Hardening;
using namespace Imap;

namespace {

const QByteArray kGreeting = "* PREAUTH [CAPABILITY IMAP4rev1 IDLE] hi\r\n";

struct Session
{
    FakeTransport transport;
    RecordingServer server{&transport};
    Client client;

    explicit Session(RecordingServer::Responder responder = {})
    {
        server.setResponder(responder ? responder : [](const ClientCommand &) -> QByteArray {
            return QByteArray(); // the test answers
        });
    }

    bool open(const QByteArray &greeting = kGreeting)
    {
        return connectOver(&client, &transport, greeting);
    }
    bool sent(int n)
    {
        return waitFor([this, n] { return server.commands().size() >= n; });
    }
    bool closedWithProtocolError() const
    {
        return client.state() == Client::State::Disconnected &&
               client.lastError().kind == ConnectionError::Kind::ProtocolError;
    }
};

QByteArray nextTag(const QByteArray &tag, int step)
{
    // Tags look like A0001; the test only needs one the client has not used yet.
    const QByteArray digits = tag.mid(1);
    return tag.left(1) +
           QByteArray::number(digits.toInt() + step).rightJustified(digits.size(), '0');
}

} // namespace

class TestHostileProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Item 17.
    void tagNotYetSent()
    {
        Session s;
        QVERIFY(s.open());
        Reply *noop = s.client.noop();
        QVERIFY(s.sent(1));
        s.transport.serverSend(nextTag(noop->tag(), 1) + " OK from the future\r\n");
        QVERIFY(waitFor([noop] { return noop->isFinished(); }));
        QCOMPARE(noop->status(), Reply::Status::ProtocolError);
        QVERIFY(s.closedWithProtocolError());
    }

    void unknownTag()
    {
        Session s;
        QVERIFY(s.open());
        Reply *noop = s.client.noop();
        QVERIFY(s.sent(1));
        s.transport.serverSend("* OK hello\r\nZZZ OK who\r\n");
        QVERIFY(waitFor([noop] { return noop->isFinished(); }));
        QCOMPARE(noop->status(), Reply::Status::ProtocolError);
        QVERIFY(s.closedWithProtocolError());
    }

    void duplicateTag()
    {
        Session s;
        QVERIFY(s.open());
        Reply *first = s.client.noop();
        QVERIFY(s.sent(1));
        s.transport.serverSend(first->tag() + " OK once\r\n");
        QVERIFY(waitFor([first] { return first->isFinished(); }));
        QVERIFY(first->isOk());
        Reply *second = s.client.noop();
        QVERIFY(s.sent(2));
        s.transport.serverSend(first->tag() + " OK twice\r\n");
        QVERIFY(waitFor([second] { return second->isFinished(); }));
        QCOMPARE(second->status(), Reply::Status::ProtocolError);
        QVERIFY(s.closedWithProtocolError());
    }

    // The client announced a synchronising literal and waits for '+'; the server completes
    // the command instead. NO/BAD is the server's right (it refuses the literal); OK is
    // impossible (it has not seen the command) and a protocol error.
    void completionWhileLiteralPending_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<bool>("legal");
        QTest::newRow("OK") << QByteArray("OK") << false;
        QTest::newRow("NO") << QByteArray("NO") << true;
        QTest::newRow("BAD") << QByteArray("BAD") << true;
    }
    void completionWhileLiteralPending()
    {
        QFETCH(QByteArray, status);
        QFETCH(bool, legal);
        FakeTransport transport;
        Client client;
        // No LITERAL+; an 8-bit user name goes out as a synchronising literal.
        QVERIFY(connectOver(&client, &transport, "* OK [CAPABILITY IMAP4rev1] hi\r\n"));
        transport.clearWritten();
        Reply *select = client.login(QStringLiteral("j\u00fcrgen"), QStringLiteral("pw"));
        QVERIFY2(
            waitFor([&] { return transport.written().endsWith("}\r\n") || select->isFinished(); }),
            transport.written().toPercentEncoding().constData());
        if (select->isFinished()) {
            QSKIP("the client did not use a literal for this name");
        }
        const QByteArray tag = transport.written().left(transport.written().indexOf(' '));
        const qsizetype announced = transport.written().size();
        transport.serverSend(tag + ' ' + status + " literal refused\r\n");
        QVERIFY(waitFor([select] { return select->isFinished(); }));
        waitFor([] { return false; }, 20);
        // Never the literal's data after the server ended the command.
        QCOMPARE(transport.written().size(), announced);
        if (legal) {
            QCOMPARE(select->status(), status == "NO" ? Reply::Status::No : Reply::Status::Bad);
            QCOMPARE(client.state(), Client::State::NotAuthenticated);
        } else {
            QCOMPARE(select->status(), Reply::Status::ProtocolError);
            QCOMPARE(client.state(), Client::State::Disconnected);
        }
    }

    // Item 18.
    void unrequestedContinuation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("bare +") << QByteArray("+\r\n");
        QTest::newRow("+ text") << QByteArray("+ send me more\r\n");
        QTest::newRow("+ then data") << QByteArray("+ ok\r\n* 1 EXISTS\r\n");
        QTest::newRow("+ base64") << QByteArray("+ AGFsaWNlAHNlY3JldA==\r\n");
    }
    void unrequestedContinuation()
    {
        QFETCH(QByteArray, bytes);
        Session s;
        QVERIFY(s.open());
        Reply *noop = s.client.noop();
        QVERIFY(s.sent(1));
        const qsizetype written = s.transport.written().size();
        s.transport.serverSend(bytes);
        QVERIFY(waitFor([noop] { return noop->isFinished(); }));
        QCOMPARE(noop->status(), Reply::Status::ProtocolError);
        QVERIFY(s.closedWithProtocolError());
        QCOMPARE(s.transport.written().size(), written); // nothing sent in answer
    }

    void unrequestedContinuationWithNothingRunning()
    {
        Session s;
        QVERIFY(s.open());
        s.transport.serverSend("+ hello\r\n");
        QVERIFY(waitFor([&] { return s.client.state() == Client::State::Disconnected; }));
        QCOMPARE(s.client.lastError().kind, ConnectionError::Kind::ProtocolError);
    }

    // Item 16.
    void badToEveryCapability()
    {
        Session s([](const ClientCommand &c) -> QByteArray {
            return c.tag + " BAD no capabilities for you\r\n";
        });
        s.client.connectToDevice(&s.transport, plainSettings());
        bool connected = false;
        QObject::connect(&s.client, &Client::connected, [&] { connected = true; });
        s.transport.serverSend("* OK no capability here\r\n");
        QVERIFY(
            waitFor([&] { return connected || s.client.state() == Client::State::Disconnected; }));
        if (connected) {
            CapabilityReply *cap = s.client.capability();
            QVERIFY(waitFor([cap] { return cap->isFinished(); }));
            QCOMPARE(cap->status(), Reply::Status::Bad);
            QCOMPARE(s.client.state(), Client::State::NotAuthenticated);
        } else {
            QVERIFY(s.client.lastError().isError());
        }
        QVERIFY(s.server.commands().size() <= 2); // asked, not asked in a loop
    }

    void starThreeAlone_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("* 3") << QByteArray("* 3\r\n");
        QTest::newRow("* 3 ") << QByteArray("* 3 \r\n");
        QTest::newRow("*") << QByteArray("*\r\n");
        QTest::newRow("* ") << QByteArray("* \r\n");
        QTest::newRow("empty line") << QByteArray("\r\n");
        QTest::newRow("empty lines") << QByteArray("\r\n\r\n\r\n");
        QTest::newRow("bare LF") << QByteArray("\n");
        QTest::newRow("NUL") << QByteArray("* OK a\0b\r\n", 10);
        QTest::newRow("* 3 FETCH") << QByteArray("* 3 FETCH\r\n");
        QTest::newRow("* 3 FETCH (") << QByteArray("* 3 FETCH (\r\n");
    }
    void starThreeAlone()
    {
        QFETCH(QByteArray, line);
        Session s;
        QVERIFY(s.open());
        SelectReply *select = s.client.select(QStringLiteral("INBOX"));
        QVERIFY(s.sent(1));
        s.transport.serverSend("* 2 EXISTS\r\n" + select->tag() + " OK [READ-WRITE] ok\r\n");
        QVERIFY(waitFor([select] { return select->isFinished(); }));
        Reply *noop = s.client.noop();
        QVERIFY(s.sent(2));
        s.transport.serverSend(line);
        if (s.client.state() != Client::State::Disconnected) {
            s.transport.serverSend(noop->tag() + " OK done\r\n");
        }
        QVERIFY(waitFor([noop] { return noop->isFinished(); }));
        if (noop->isOk()) {
            // Skipped: the mailbox state was not disturbed.
            QCOMPARE(s.client.mailboxState()->exists(), 2u);
        } else {
            QVERIFY(noop->isLocalError());
            QVERIFY(s.client.lastError().isError());
        }
    }

    void taggedNoWithoutText_data()
    {
        QTest::addColumn<QByteArray>("completion");
        QTest::addColumn<int>("status");
        QTest::newRow("NO") << QByteArray(" NO\r\n") << int(Reply::Status::No);
        QTest::newRow("NO space") << QByteArray(" NO \r\n") << int(Reply::Status::No);
        QTest::newRow("BAD") << QByteArray(" BAD\r\n") << int(Reply::Status::Bad);
        QTest::newRow("NO [ALERT]") << QByteArray(" NO [ALERT]\r\n") << int(Reply::Status::No);
        QTest::newRow("NO [") << QByteArray(" NO [\r\n") << -1;
    }
    void taggedNoWithoutText()
    {
        QFETCH(QByteArray, completion);
        QFETCH(int, status);
        Session s;
        QVERIFY(s.open());
        Reply *noop = s.client.noop();
        QVERIFY(s.sent(1));
        s.transport.serverSend(noop->tag() + completion);
        if (status < 0 && !noop->isFinished()) {
            s.transport.serverClose();
        }
        QVERIFY(waitFor([noop] { return noop->isFinished(); }));
        if (status >= 0) {
            QCOMPARE(int(noop->status()), status);
            QVERIFY(!noop->errorString().isEmpty());
        } else {
            QVERIFY(noop->status() != Reply::Status::Ok);
        }
    }

    void oversizedFetchItems_data()
    {
        QTest::addColumn<QByteArray>("items");
        QTest::newRow("RFC822.SIZE 2^64") << QByteArray("RFC822.SIZE 18446744073709551616");
        QTest::newRow("RFC822.SIZE 10^30")
            << QByteArray("RFC822.SIZE 1000000000000000000000000000000");
        QTest::newRow("RFC822.SIZE -1") << QByteArray("RFC822.SIZE -1");
        QTest::newRow("INTERNALDATE 10 KB")
            << QByteArray("INTERNALDATE \"" + QByteArray(10240, '9') + "\"");
        QTest::newRow("INTERNALDATE year 99999")
            << QByteArray("INTERNALDATE \"17-Jul-99999 02:44:25 -0700\"");
        QTest::newRow("INTERNALDATE zone +9999")
            << QByteArray("INTERNALDATE \"17-Jul-1996 02:44:25 +9999\"");
        QTest::newRow("INTERNALDATE literal 1 MB")
            << QByteArray("INTERNALDATE {1048576}\r\n" + QByteArray(1048576, '1'));
    }
    void oversizedFetchItems()
    {
        QFETCH(QByteArray, items);
        Session s;
        QVERIFY(s.open());
        SelectReply *select = s.client.select(QStringLiteral("INBOX"));
        QVERIFY(s.sent(1));
        s.transport.serverSend("* 1 EXISTS\r\n" + select->tag() + " OK [READ-WRITE] ok\r\n");
        QVERIFY(waitFor([select] { return select->isFinished(); }));
        FetchReply *fetch = s.client.uidFetch(Wire::SequenceSet::single(5),
                                              {"FLAGS", "INTERNALDATE", "RFC822.SIZE"});
        QVERIFY(s.sent(2));
        s.transport.serverSend("* 1 FETCH (UID 5 FLAGS (\\Seen) " + items + ")\r\n" + fetch->tag() +
                               " OK done\r\n");
        QVERIFY(waitFor([fetch] { return fetch->isFinished(); }));
        if (!fetch->isOk()) {
            QVERIFY(fetch->isLocalError());
            return;
        }
        // The broken item is dropped or marked malformed; the rest of the message survives.
        for (const Wire::Fetch &m : fetch->messages()) {
            QCOMPARE(m.uid.value_or(0), 5u);
            QVERIFY(m.flags.has_value());
            if (m.rfc822Size) {
                QVERIFY(*m.rfc822Size < (quint64(1) << 63));
            }
            QVERIFY(m.internalDate.size() <= 1048576);
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileProtocol)
#include "tst_hostile_protocol.moc"
