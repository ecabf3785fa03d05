// Proves each directive of the scripted IMAP server with raw sockets, so that conversation tests
// of the client can trust it: what it sends, what it demands, and that it notices when a
// client strays from the script or stops early.

#include "support/ImapScript.h"
#include "support/ScriptedImapServer.h"
#include "support/TestCertificates.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using TestSupport::ImapScript;
using TestSupport::ScriptedImapServer;
using TestSupport::TestCertificates;

namespace {

// A client that records every read separately, so tests can see segment boundaries.
class RecordingClient : public QObject
{
public:
    RecordingClient()
    {
        connect(&socket, &QSslSocket::readyRead, this, [this] {
            const QByteArray chunk = socket.readAll();
            if (!chunk.isEmpty()) {
                reads.append(chunk);
                all += chunk;
            }
        });
        connect(&socket, &QSslSocket::disconnected, this, [this] { disconnected = true; });
        // A reset may surface as an error without a state change.
        connect(&socket, &QSslSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError error) {
                    if (error == QAbstractSocket::RemoteHostClosedError)
                        disconnected = true;
                });
    }

    bool connectTo(const ScriptedImapServer &server)
    {
        socket.connectToHost(server.address(), server.port());
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; },
                               5000);
    }

    bool connectEncrypted(const ScriptedImapServer &server)
    {
        trustTestCa();
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
        return QTest::qWaitFor([this] { return socket.isEncrypted(); }, 5000);
    }

    void trustTestCa()
    {
        QSslConfiguration configuration = socket.sslConfiguration();
        configuration.setCaCertificates({TestCertificates::ca()});
        socket.setSslConfiguration(configuration);
        socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
    }

    bool waitFor(const QByteArray &text, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return all.contains(text); }, timeoutMs);
    }

    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }

    QSslSocket socket;
    QList<QByteArray> reads;
    QByteArray all;
    bool disconnected = false;
};

// A plain POSIX socket: the only way to tell a TCP reset from an orderly close.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    }
    ~RawClient() { ::close(m_fd); }
    bool isConnected() const { return m_connected; }

    // Reads (without blocking the event loop the server runs in) until end of stream or an
    // error; returns the bytes and sets *endErrno to 0 for an orderly close.
    QByteArray readToEnd(int *endErrno, int timeoutMs = 5000)
    {
        QByteArray data;
        bool ended = false;
        (void)QTest::qWaitFor(
            [&] {
                char buffer[4096];
                for (;;) {
                    const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
                    if (n > 0) {
                        data.append(buffer, n);
                        continue;
                    }
                    if (n == 0) {
                        *endErrno = 0;
                        ended = true;
                    } else if (errno != EAGAIN && errno != EWOULDBLOCK) {
                        *endErrno = errno;
                        ended = true;
                    }
                    return ended;
                }
            },
            timeoutMs);
        if (!ended)
            *endErrno = -1;
        return data;
    }

private:
    int m_fd = -1;
    bool m_connected = false;
};

} // namespace

class TestScriptedServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void sendLine();
    void expectBindsTag();
    void expectWaitsForAllBytes();
    void expectMatchesLiterals();
    void expectDollarEscape();
    void expectRestOfLine();
    void waitDelays();
    void rawBytesWithEscapes();
    void splitWritesSeparately();
    void rawLinesAreSeparateWrites();
    void startTls();
    void startTlsRefusesEarlyPlaintext();
    void implicitTls();
    void tlsRejectedPassesWhenClientRejects();
    void tlsRejectedFailsWhenClientAccepts();
    void closeSendsFin();
    void resetSendsRst();
    void hangKeepsConnectionOpen();
    void mismatchIsReported();
    void unconsumedScriptIsNotFinished();
    void earlyDisconnectIsReported();
    void dataAfterEndIsReported();
    void acceptScriptsSeveralConnections();
    void extraConnectionIsReported();
    void unboundVariableIsReported();
    void closeMustBeLast();
    void syntaxErrors_data();
    void syntaxErrors();
};

void TestScriptedServer::initTestCase()
{
    QVERIFY2(TestCertificates::available(), qPrintable(TestCertificates::errorString()));
}

void TestScriptedServer::sendLine()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral(R"(
        # a comment, then an empty line

        S: * OK [CAPABILITY IMAP4rev1] ready
        S: + 
    )")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
    QVERIFY(client.waitFor("+ \r\n"));
    QCOMPARE(client.all, QByteArray("* OK [CAPABILITY IMAP4rev1] ready\r\n+ \r\n"));
}

void TestScriptedServer::expectBindsTag()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral(R"(
        S: * OK ready
        C: $tag LOGIN alice secret
        S: $tag OK logged in
        C: $tag SELECT INBOX
        S: * 3 EXISTS
        S: $tag OK [READ-WRITE] done
    )")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY(client.waitFor("* OK ready\r\n"));
    client.send("x17 LOGIN alice secret\r\n");
    QVERIFY(client.waitFor("x17 OK logged in\r\n"));
    // A later C: line binds the name again.
    client.send("y.2 SELECT INBOX\r\n");
    QVERIFY(client.waitFor("y.2 OK [READ-WRITE] done\r\n"));
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
    QCOMPARE(server.received(), QByteArray("x17 LOGIN alice secret\r\ny.2 SELECT INBOX\r\n"));
}

void TestScriptedServer::expectWaitsForAllBytes()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral("C: $tag NOOP\nS: $tag OK noop\n")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    // The expectation may arrive in any pieces, even split inside the tag and the CRLF.
    for (const QByteArray &piece :
         {QByteArray("a"), QByteArray("1 NO"), QByteArray("OP\r"), QByteArray("\n")}) {
        QVERIFY(!server.finished());
        client.send(piece);
        QTest::qWait(20);
    }
    QVERIFY(client.waitFor("a1 OK noop\r\n"));
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
}

void TestScriptedServer::expectMatchesLiterals()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral(R"(
        C: $tag LOGIN {5}
        S: + go on
        C: alice {6}
        S: + go on
        C: secret
        S: $tag OK
        C: $tag APPEND INBOX {13+}
        CR: line1\r\nline2
        C: 
        S: $tag OK appended
    )")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    client.send("A1 LOGIN {5}\r\n");
    QVERIFY(client.waitFor("+ go on\r\n"));
    client.send("alice {6}\r\n");
    QVERIFY(QTest::qWaitFor([&] { return client.all.count("+ go on\r\n") == 2; }, 5000));
    client.send("secret\r\n");
    QVERIFY(client.waitFor("A1 OK\r\n"));
    client.send("A2 APPEND INBOX {13+}\r\nline1\r\nline2\r\n");
    QVERIFY(client.waitFor("A2 OK appended\r\n"));
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
}

void TestScriptedServer::expectDollarEscape()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral("C: a SEARCH $$5\nS: * SEARCH $$ ok\n")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    client.send("a SEARCH $5\r\n");
    QVERIFY(client.waitFor("* SEARCH $ ok\r\n"));
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
}

void TestScriptedServer::expectRestOfLine()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(
        QStringLiteral("C: $tag ID $*\nS: $tag OK\nC: $tag NOOP$*\nS: $tag OK\n")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    client.send("i1 ID (\"name\" \"Lettertray\" \"version\" \"0.1\")\r\n");
    QVERIFY(client.waitFor("i1 OK\r\n"));
    // It may match nothing, but not the line end: the CRLF still has to come.
    client.send("n1 NOOP");
    QTest::qWait(50);
    QVERIFY(!client.all.contains("n1 OK"));
    client.send("\r\n");
    QVERIFY(client.waitFor("n1 OK\r\n"));
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
}

void TestScriptedServer::waitDelays()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral("S: first\nW: 300\nS: second\n")));
    QVERIFY(server.listen());
    RecordingClient client;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.connectTo(server));
    QVERIFY(client.waitFor("first\r\n"));
    QVERIFY(!client.all.contains("second"));
    QVERIFY(client.waitFor("second\r\n"));
    // A lower bound only: the wait may be longer on a busy machine, never shorter.
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
}

void TestScriptedServer::rawBytesWithEscapes()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral(R"(R: * 1 EXISTS\r\n\x00\xff\\\t\s)")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    const QByteArray expected("* 1 EXISTS\r\n\0\xff\\\t ", 17);
    QVERIFY(QTest::qWaitFor([&] { return client.all.size() >= expected.size(); }, 5000));
    QCOMPARE(client.all, expected);
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
}

void TestScriptedServer::splitWritesSeparately()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral(R"(
        SPLIT: 4 100
        S: * OK hello
        SPLIT: off
        S: * after
    )")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY(client.waitFor("* after\r\n"));
    QCOMPARE(client.all, QByteArray("* OK hello\r\n* after\r\n"));
    // 12 bytes in 4-byte writes 100 ms apart: the client reads them in pieces. (Only a client
    // stalled for longer than a pause would see two pieces in one read, never all of them.)
    QVERIFY2(client.reads.size() >= 2, qPrintable(QString::number(client.reads.size())));
    QVERIFY(client.reads.at(0).startsWith("* OK"));
    QVERIFY(client.reads.at(0).size() < 12);
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
}

void TestScriptedServer::rawLinesAreSeparateWrites()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral("R: * 2 EXI\nW: 150\nR: STS\\r\\n\n")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY(client.waitFor("* 2 EXISTS\r\n"));
    QCOMPARE(client.reads.size(), 2);
    QCOMPARE(client.reads.at(0), QByteArray("* 2 EXI"));
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
}

void TestScriptedServer::startTls()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral(R"(
        S: * OK [CAPABILITY IMAP4rev1 STARTTLS] plain
        C: $tag STARTTLS
        S: $tag OK begin TLS now
        STARTTLS
        C: $tag NOOP
        S: $tag OK over TLS
    )")));
    QVERIFY(server.listen());
    RecordingClient client;
    client.trustTestCa();
    QVERIFY(client.connectTo(server));
    client.send("t1 STARTTLS\r\n");
    QVERIFY(client.waitFor("t1 OK begin TLS now\r\n"));
    client.socket.startClientEncryption();
    QVERIFY(QTest::qWaitFor([&] { return client.socket.isEncrypted(); }, 5000));
    QCOMPARE(client.socket.peerCertificate(), TestCertificates::server().certificate);
    client.send("t2 NOOP\r\n");
    QVERIFY(client.waitFor("t2 OK over TLS\r\n"));
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
}

void TestScriptedServer::startTlsRefusesEarlyPlaintext()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral(R"(
        C: $tag STARTTLS
        S: $tag OK begin
        STARTTLS
        C: $tag NOOP
    )")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    // Pipelining a command behind STARTTLS in the clear is the injection pattern of
    // CVE-2011-0411; the server must notice it.
    client.send("t1 STARTTLS\r\nt2 NOOP\r\n");
    QVERIFY(QTest::qWaitFor([&] { return server.failed(); }, 5000));
    QVERIFY2(server.errorString().contains(QLatin1String("before the TLS handshake")),
             qPrintable(server.errorString()));
    QVERIFY(!server.finished());
}

void TestScriptedServer::implicitTls()
{
    ScriptedImapServer server;
    server.setImplicitTls(true);
    QVERIFY(server.setScript(
        QStringLiteral("S: * OK over TLS\nC: $tag LOGOUT\nS: * BYE\nS: $tag OK\nCLOSE\n")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectEncrypted(server));
    QCOMPARE(client.socket.peerCertificate(), TestCertificates::server().certificate);
    QVERIFY(client.waitFor("* OK over TLS\r\n"));
    client.send("z LOGOUT\r\n");
    QVERIFY(client.waitFor("z OK\r\n"));
    QVERIFY(QTest::qWaitFor([&] { return client.disconnected; }, 5000));
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
}

void TestScriptedServer::tlsRejectedPassesWhenClientRejects()
{
    ScriptedImapServer server;
    server.setImplicitTls(true);
    server.setIdentity(TestCertificates::selfSigned());
    QVERIFY(server.setScript(QStringLiteral("TLS-REJECTED\n")));
    QVERIFY(server.listen());
    RecordingClient client;
    QSignalSpy sslErrors(&client.socket, &QSslSocket::sslErrors);
    client.trustTestCa(); // trusts the CA, not the self-signed certificate
    client.socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(sslErrors.wait(5000));
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
    QVERIFY(!client.socket.isEncrypted());
}

void TestScriptedServer::tlsRejectedFailsWhenClientAccepts()
{
    ScriptedImapServer server;
    server.setImplicitTls(true);
    server.setIdentity(TestCertificates::otherServer()); // valid, signed by the test CA
    QVERIFY(server.setScript(QStringLiteral("TLS-REJECTED\n")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectEncrypted(server));
    QCOMPARE(client.socket.peerCertificate(), TestCertificates::otherServer().certificate);
    QVERIFY(QTest::qWaitFor([&] { return server.failed(); }, 5000));
    QVERIFY2(server.errorString().contains(QLatin1String("completed the TLS handshake")),
             qPrintable(server.errorString()));
}

void TestScriptedServer::closeSendsFin()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral("S: * BYE going away\nCLOSE\n")));
    QVERIFY(server.listen());
    RawClient client(server.port());
    QVERIFY(client.isConnected());
    int endErrno = -1;
    QCOMPARE(client.readToEnd(&endErrno), QByteArray("* BYE going away\r\n"));
    QCOMPARE(endErrno, 0); // orderly end of stream
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
}

void TestScriptedServer::resetSendsRst()
{
    ScriptedImapServer server;
    // The wait lets the client read the greeting first: a reset discards unread data.
    QVERIFY(server.setScript(QStringLiteral("S: * OK ready\nW: 150\nRST\n")));
    QVERIFY(server.listen());
    RawClient client(server.port());
    QVERIFY(client.isConnected());
    int endErrno = -1;
    const QByteArray data = client.readToEnd(&endErrno);
    QCOMPARE(endErrno, ECONNRESET);
    QCOMPARE(data, QByteArray("* OK ready\r\n"));
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
}

void TestScriptedServer::hangKeepsConnectionOpen()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral("S: * OK ready\nC: $tag NOOP\nHANG\n")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    client.send("n1 NOOP\r\n");
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
    // Whatever the client does now, the server says nothing and keeps the connection.
    client.send("n2 NOOP\r\n");
    QTest::qWait(300);
    QCOMPARE(client.all, QByteArray("* OK ready\r\n"));
    QVERIFY(!client.disconnected);
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    QVERIFY2(server.finished(), qPrintable(server.errorString()));
}

void TestScriptedServer::mismatchIsReported()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral("S: * OK\nC: $tag LOGIN alice secret\nS: $tag OK\n")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    client.send("a1 LOGIN alice wrong\r\n");
    QVERIFY(QTest::qWaitFor([&] { return server.failed(); }, 5000));
    QVERIFY(!server.finished());
    QVERIFY(!server.waitForFinished(100));
    const QString error = server.errorString();
    QVERIFY2(error.contains(QLatin1String("script line 2")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("expected: $tag LOGIN alice secret\\r\\n")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("actual:   a1 LOGIN alice wrong\\r\\n")),
             qPrintable(error));
    // The conversation ends at once, so the client under test fails fast too.
    QVERIFY(QTest::qWaitFor([&] { return client.disconnected; }, 5000));
    QVERIFY(!client.all.contains("a1 OK"));
}

void TestScriptedServer::unconsumedScriptIsNotFinished()
{
    ScriptedImapServer server;
    QVERIFY(
        server.setScript(QStringLiteral("C: $tag NOOP\nS: $tag OK\nC: $tag LOGOUT\nS: $tag OK\n")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    client.send("a NOOP\r\n");
    QVERIFY(client.waitFor("a OK\r\n"));
    QVERIFY(!server.waitForFinished(200));
    QVERIFY(!server.failed());
    QVERIFY2(server.errorString().contains(QLatin1String("not finished")),
             qPrintable(server.errorString()));
    QVERIFY2(server.errorString().contains(QLatin1String("a NOOP")),
             qPrintable(server.errorString()));
}

void TestScriptedServer::earlyDisconnectIsReported()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral("S: * OK\nC: $tag LOGOUT\nS: $tag OK\n")));
    QVERIFY(server.listen());
    {
        RecordingClient client;
        QVERIFY(client.connectTo(server));
        QVERIFY(client.waitFor("* OK\r\n"));
        client.socket.disconnectFromHost();
    }
    QVERIFY(QTest::qWaitFor([&] { return server.failed(); }, 5000));
    QVERIFY2(server.errorString().contains(QLatin1String("closed the connection")) &&
                 server.errorString().contains(QLatin1String("script line 2")),
             qPrintable(server.errorString()));
}

void TestScriptedServer::dataAfterEndIsReported()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral("S: * OK\n")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
    client.send("x CAPABILITY\r\n");
    QVERIFY(QTest::qWaitFor([&] { return server.failed(); }, 5000));
    QVERIFY(!server.finished());
    QVERIFY2(
        server.errorString().contains(QLatin1String("after the end of the script: x CAPABILITY")),
        qPrintable(server.errorString()));
}

void TestScriptedServer::acceptScriptsSeveralConnections()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral(R"(
        S: * OK first
        C: $tag LOGOUT
        RST
        ACCEPT
        S: * OK second
        C: $tag NOOP
        S: $tag OK
    )")));
    QVERIFY(server.listen());
    {
        RecordingClient first;
        QVERIFY(first.connectTo(server));
        QVERIFY(first.waitFor("* OK first\r\n"));
        first.send("a LOGOUT\r\n");
        QVERIFY(QTest::qWaitFor([&] { return first.disconnected; }, 5000));
    }
    QVERIFY(!server.finished());
    RecordingClient second;
    QVERIFY(second.connectTo(server));
    QVERIFY(second.waitFor("* OK second\r\n"));
    second.send("b NOOP\r\n");
    QVERIFY(second.waitFor("b OK\r\n"));
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
    QCOMPARE(server.connectionCount(), 2);
}

void TestScriptedServer::extraConnectionIsReported()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral("S: * OK\nHANG\n")));
    QVERIFY(server.listen());
    RecordingClient first;
    QVERIFY(first.connectTo(server));
    QVERIFY2(server.waitForFinished(), qPrintable(server.errorString()));
    RecordingClient second;
    second.socket.connectToHost(server.address(), server.port());
    QVERIFY(QTest::qWaitFor([&] { return server.failed(); }, 5000));
    QVERIFY2(server.errorString().contains(QLatin1String("unexpected connection #2")),
             qPrintable(server.errorString()));
}

void TestScriptedServer::unboundVariableIsReported()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral("S: $tag OK\n")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY(QTest::qWaitFor([&] { return server.failed(); }, 5000));
    QVERIFY2(server.errorString().contains(QLatin1String("$tag is used before")),
             qPrintable(server.errorString()));
}

void TestScriptedServer::closeMustBeLast()
{
    ScriptedImapServer server;
    QVERIFY(server.setScript(QStringLiteral("CLOSE\nS: * OK\n")));
    QVERIFY(server.listen());
    RecordingClient client;
    QVERIFY(client.connectTo(server));
    QVERIFY(QTest::qWaitFor([&] { return server.failed(); }, 5000));
    QVERIFY2(server.errorString().contains(QLatin1String("must be the last directive")),
             qPrintable(server.errorString()));
}

void TestScriptedServer::syntaxErrors_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown directive")
        << QStringLiteral("S: ok\nX: what\n") << QStringLiteral("line 2: unknown directive");
    QTest::newRow("wait without number")
        << QStringLiteral("W: soon") << QStringLiteral("W: needs milliseconds");
    QTest::newRow("negative wait")
        << QStringLiteral("W: -5") << QStringLiteral("W: needs milliseconds");
    QTest::newRow("bad escape") << QStringLiteral("R: \\q") << QStringLiteral("unknown escape \\q");
    QTest::newRow("short hex escape")
        << QStringLiteral("R: \\x4") << QStringLiteral("two hex digits");
    QTest::newRow("non-hex escape")
        << QStringLiteral("R: \\xzz") << QStringLiteral("two hex digits");
    QTest::newRow("trailing backslash")
        << QStringLiteral("R: abc\\") << QStringLiteral("backslash at end");
    QTest::newRow("split zero") << QStringLiteral("SPLIT: 0") << QStringLiteral("SPLIT: needs");
    QTest::newRow("split words") << QStringLiteral("SPLIT: a lot")
                                 << QStringLiteral("SPLIT: needs");
    QTest::newRow("empty raw expect") << QStringLiteral("CR: ") << QStringLiteral("CR: needs");
    QTest::newRow("rest of line not at end")
        << QStringLiteral("C: a $* b") << QStringLiteral("$* must end");
    QTest::newRow("close with argument")
        << QStringLiteral("CLOSE now") << QStringLiteral("unknown directive");
}

void TestScriptedServer::syntaxErrors()
{
    QFETCH(QString, script);
    QFETCH(QString, message);
    ScriptedImapServer server;
    QVERIFY(!server.setScript(script));
    QVERIFY(!server.listen());
    QVERIFY2(server.errorString().contains(message), qPrintable(server.errorString()));
    QVERIFY(server.errorString().startsWith(QLatin1String("script line ")));
    QVERIFY(!server.finished());
}

QTEST_GUILESS_MAIN(TestScriptedServer)
#include "tst_scriptedserver.moc"
