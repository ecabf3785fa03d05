// The transport is injectable: the whole protocol runs over any QIODevice, here an in-memory
// pipe fed one byte at a time, with no network at all.

#include "imap/Client.h"
#include "imap/FakeClock.h"
#include "imap/FetchReply.h"
#include "imap/MailboxState.h"
#include "imap/SelectReply.h"

#include <QtCore/QBuffer>
#include <QtCore/QIODevice>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Imap;
using namespace std::chrono_literals;

namespace {

// The client's side of a pipe: what the client writes is collected, what the "server" sends
// is handed over when the test says so.
class PipeDevice : public QIODevice
{
public:
    PipeDevice() { open(QIODevice::ReadWrite); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_in.size() + QIODevice::bytesAvailable(); }

    void serverSends(const QByteArray &bytes, qsizetype piece)
    {
        for (qsizetype i = 0; i < bytes.size(); i += piece) {
            m_in += bytes.mid(i, piece);
            Q_EMIT readyRead();
        }
    }
    QByteArray written() const { return m_out; }
    void clearWritten() { m_out.clear(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_in.size());
        std::memcpy(data, m_in.constData(), size_t(n));
        m_in.remove(0, n);
        return n;
    }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_out.append(data, size);
        return size;
    }

private:
    QByteArray m_in;
    QByteArray m_out;
};

// A client on a fake clock with a 60 s inactivity timeout, connected over a pipe to a server
// that greets it with PREAUTH.
struct PreauthPipeSession
{
    PreauthPipeSession()
    {
        client.setClock(&clock);
        ConnectionSettings settings;
        settings.security = ConnectionSettings::Security::Plaintext;
        settings.inactivityTimeout = 60s;
        client.connectToDevice(&pipe, settings);
        pipe.serverSends("* PREAUTH [CAPABILITY IMAP4rev1] hi\r\n", 1000);
    }

    // SELECT INBOX, answered with `exists` messages; what the client wrote is cleared.
    bool selectInbox(int exists)
    {
        SelectReply *select = client.select(QStringLiteral("INBOX"));
        if (!QTest::qWaitFor([this] { return !pipe.written().isEmpty(); }))
            return false;
        pipe.clearWritten();
        pipe.serverSends(
            "* " + QByteArray::number(exists) + " EXISTS\r\nA0001 OK [READ-WRITE] done\r\n", 1000);
        return select->isOk();
    }

    PipeDevice pipe;
    FakeClock clock;
    Client client; // destroyed first: it reads from the pipe and the clock
};

} // namespace

class TestClientTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionOverAnInjectedDevice_data()
    {
        QTest::addColumn<int>("piece");
        QTest::newRow("whole") << 100000;
        QTest::newRow("1 byte") << 1;
        QTest::newRow("7 bytes") << 7;
    }
    void sessionOverAnInjectedDevice()
    {
        QFETCH(int, piece);
        PipeDevice pipe;
        FakeClock clock;
        Client client;
        client.setClock(&clock);
        ConnectionSettings settings;
        settings.security = ConnectionSettings::Security::Plaintext;
        QSignalSpy connected(&client, &Client::connected);
        client.connectToDevice(&pipe, settings);
        pipe.serverSends("* PREAUTH [CAPABILITY IMAP4rev1] hi\r\n", piece);
        QCOMPARE(connected.count(), 1);

        SelectReply *select = client.select(QStringLiteral("INBOX"));
        FetchReply *fetch = client.uidFetch(Wire::SequenceSet::all(), {"UID", "BODY[]"});
        QTRY_COMPARE(pipe.written(), QByteArray("A0001 SELECT INBOX\r\n"));
        pipe.clearWritten();
        pipe.serverSends("* 2 EXISTS\r\n* OK [UIDVALIDITY 9] x\r\nA0001 OK [READ-WRITE] done\r\n",
                         piece);
        QVERIFY(select->isOk());
        QCOMPARE(select->exists(), 2u);
        QTRY_COMPARE(pipe.written(), QByteArray("A0002 UID FETCH 1:* (UID BODY[])\r\n"));
        pipe.serverSends("* 1 FETCH (UID 4 BODY[] {12}\r\nHello\r\nWorld)\r\n"
                         "* 3 EXISTS\r\n"
                         "A0002 OK done\r\n",
                         piece);
        QVERIFY(fetch->isOk());
        QCOMPARE(fetch->messages().size(), 1);
        QCOMPARE(fetch->messages().first().extras->sections.first().data,
                 QByteArray("Hello\r\nWorld"));
        QCOMPARE(client.mailboxState()->exists(), 3u);
        QCOMPARE(client.mailboxState()->uidAt(1), 4u);
    }

    void inactivityTimerIsResetByEveryByte()
    {
        PreauthPipeSession session;
        PipeDevice &pipe = session.pipe;
        FakeClock &clock = session.clock;
        Client &client = session.client;
        SelectReply *select = client.select(QStringLiteral("INBOX"));
        QTRY_VERIFY(!pipe.written().isEmpty());
        pipe.clearWritten();
        // A slow response: 10 pieces, 50 s apart — 500 s in all, never 60 s without a byte.
        const QByteArray response = "* 1 EXISTS\r\n* 1 RECENT\r\nA0001 OK done\r\n";
        for (qsizetype i = 0; i < response.size(); i += 5) {
            clock.advance(50s);
            QVERIFY(!select->isFinished());
            pipe.serverSends(response.mid(i, 5), 5);
        }
        QVERIFY(select->isOk());
        // Now silence while a command waits: it times out after exactly 60 s.
        Reply *noop = client.noop();
        QTRY_VERIFY(!pipe.written().isEmpty());
        clock.advance(59s);
        QVERIFY(!noop->isFinished());
        clock.advance(1s);
        QCOMPARE(noop->status(), Reply::Status::Timeout);
    }

    // A large BODY[] streams into the reply's body sink as it arrives: the sink gets exactly
    // the bytes, the reply holds none of them (a small literal of the same FETCH stays in
    // memory), and every piece restarts the inactivity timeout, so a literal that takes far
    // longer than the timeout to arrive never times out while bytes flow.
    void largeLiteralStreamsToTheBodySink()
    {
        PreauthPipeSession session;
        PipeDevice &pipe = session.pipe;
        FakeClock &clock = session.clock;
        Client &client = session.client;
        QVERIFY(session.selectInbox(2));

        FetchReply *fetch = client.uidFetch(Wire::SequenceSet::all(), {"BODY.PEEK[]"});
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        fetch->setBodySink(&sink, 64 * 1024);
        QTRY_COMPARE(pipe.written(), QByteArray("A0002 UID FETCH 1:* (BODY.PEEK[])\r\n"));

        // 6 MiB, not a multiple of the piece size, with every byte value.
        QByteArray body(6 * 1024 * 1024 + 123, Qt::Uninitialized);
        for (qsizetype i = 0; i < body.size(); ++i) {
            body[i] = char((i * 7 + i / 251) & 0xff);
        }
        pipe.serverSends("* 1 FETCH (UID 7 BODY[] {" + QByteArray::number(body.size()) + "}\r\n",
                         1000);
        constexpr qsizetype kPiece = 256 * 1024;
        for (qsizetype i = 0; i < body.size(); i += kPiece) {
            clock.advance(50s); // 25 pieces: 1250 s in all, never 60 s without a byte
            QVERIFY(!fetch->isFinished());
            pipe.serverSends(body.mid(i, kPiece), kPiece);
            QCOMPARE(sink.data().size(), std::min<qsizetype>(i + kPiece, body.size()));
        }
        pipe.serverSends(")\r\n* 2 FETCH (UID 8 BODY[] {5}\r\nsmall)\r\nA0002 OK done\r\n", 1000);
        QVERIFY(fetch->isOk());
        QVERIFY(sink.data() == body);
        const QList<Wire::Fetch> messages = fetch->messages();
        QCOMPARE(messages.size(), 2);
        const Wire::FetchSection streamed = messages.at(0).extras->sections.first();
        QVERIFY(streamed.streamedToSink);
        QVERIFY(streamed.data.isEmpty());
        QCOMPARE(streamed.size, qint64(body.size()));
        QCOMPARE(streamed.sinkOffset, qint64(0));
        QVERIFY(!messages.at(1).extras->sections.first().streamedToSink);
        QCOMPARE(messages.at(1).extras->sections.first().data, QByteArray("small"));

        // The sink belonged to that FETCH only: the next large literal is held in memory.
        FetchReply *next = client.uidFetch(Wire::SequenceSet::single(7), {"BODY.PEEK[]"});
        QTRY_VERIFY(pipe.written().endsWith("A0003 UID FETCH 7 (BODY.PEEK[])\r\n"));
        pipe.serverSends("* 1 FETCH (UID 7 BODY[] {100000}\r\n" + body.left(100000) +
                             ")\r\nA0003 OK done\r\n",
                         4096);
        QVERIFY(next->isOk());
        QCOMPARE(next->messages().first().extras->sections.first().data, body.left(100000));
        QCOMPARE(sink.data().size(), body.size());
    }

    // A read holds many responses (a 64 KiB chunk of a header sync), which the client parses
    // a piece at a time: every response arrives once and in order, also those cut by a piece
    // boundary, and a handler that closes the connection in the middle of a read stops it
    // there.
    void readsLargerThanAParsePiece_data()
    {
        QTest::addColumn<int>("disconnectAt"); // 0: never
        QTest::newRow("whole stream") << 0;
        QTest::newRow("closed by a handler mid-read") << 1234;
    }
    void readsLargerThanAParsePiece()
    {
        QFETCH(int, disconnectAt);
        PreauthPipeSession session;
        PipeDevice &pipe = session.pipe;
        Client &client = session.client;
        QVERIFY(session.selectInbox(3000));

        FetchReply *fetch = client.uidFetch(Wire::SequenceSet::all(), {"UID", "FLAGS", "ENVELOPE"});
        QList<quint32> uids;
        QObject::connect(fetch, &FetchReply::messageReceived, &client,
                         [&](const Wire::Fetch &message) {
                             uids.append(message.uid.value_or(0));
                             QCOMPARE(message.envelope->subject,
                                      "subject " + QByteArray::number(message.sequence));
                             if (int(message.sequence) == disconnectAt)
                                 client.disconnectFromHost();
                         });
        QTRY_COMPARE(pipe.written(), QByteArray("A0002 UID FETCH 1:* (UID FLAGS ENVELOPE)\r\n"));
        QByteArray stream;
        for (int i = 1; i <= 3000; ++i) {
            stream += "* " + QByteArray::number(i) + " FETCH (UID " + QByteArray::number(i + 10) +
                      " FLAGS (\\Seen) ENVELOPE (NIL \"subject " + QByteArray::number(i) +
                      "\" ((\"A\" NIL \"a\" \"example.org\")) NIL NIL NIL NIL NIL NIL NIL))\r\n";
        }
        stream += "A0002 OK done\r\n";
        QVERIFY(stream.size() > 3 * 64 * 1024);
        pipe.serverSends(stream, stream.size()); // one readyRead for all of it

        const int expected = disconnectAt ? disconnectAt : 3000;
        QCOMPARE(uids.size(), expected);
        for (int i = 0; i < expected; ++i)
            QCOMPARE(uids.at(i), quint32(i + 11));
        if (disconnectAt) {
            QCOMPARE(fetch->status(), Reply::Status::Aborted);
            QCOMPARE(client.state(), Client::State::Disconnected);
        } else {
            QVERIFY(fetch->isOk());
        }
    }

    void plainDeviceCannotDoTls()
    {
        PipeDevice pipe;
        Client client;
        QSignalSpy errors(&client, &Client::errorOccurred);
        client.connectToDevice(&pipe, ConnectionSettings{}); // implicit TLS by default
        QCOMPARE(errors.count(), 1);
        QCOMPARE(client.state(), Client::State::Disconnected);
    }
};

QTEST_GUILESS_MAIN(TestClientTransport)
#include "tst_client_transport.moc"
