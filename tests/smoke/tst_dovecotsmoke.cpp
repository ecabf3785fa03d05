// The private Dovecot of the session harness, spoken to with raw sockets (no Lettertray code):
// proves the fixture works — logins over plain, STARTTLS and implicit TLS trusting the
// fixture's CA, delivery through doveadm, independent users — and that Dovecot advertises the
// extensions later issues rely on.

#include "support/DovecotFixture.h"

#include <QSslSocket>
#include <QTest>

#include <optional>

using TestSupport::DovecotFixture;

namespace {

// Just enough IMAP to drive a conversation line by line.
class RawImap
{
public:
    QSslSocket socket;
    QByteArray buffer;
    QString error;

    bool connectPlain(const DovecotFixture &dovecot, quint16 port)
    {
        socket.connectToHost(dovecot.host(), port);
        return waitGreeting();
    }

    bool connectTls(const DovecotFixture &dovecot)
    {
        socket.setSslConfiguration(dovecot.sslConfiguration());
        socket.connectToHostEncrypted(dovecot.host(), dovecot.imapsPort());
        if (!QTest::qWaitFor([this] { return socket.isEncrypted(); }, 10000)) {
            error = QStringLiteral("no TLS: %1").arg(socket.errorString());
            return false;
        }
        return waitGreeting();
    }

    bool waitGreeting()
    {
        const QByteArray greeting = readLine().value_or(QByteArray());
        if (!greeting.startsWith("* OK")) {
            error = QStringLiteral("greeting: %1 (%2)")
                        .arg(QString::fromLatin1(greeting), socket.errorString());
            return false;
        }
        return true;
    }

    // One line without its CRLF; nullopt when the connection ended or nothing came in time.
    std::optional<QByteArray> readLine(int timeoutMs = 10000)
    {
        (void)QTest::qWaitFor(
            [this] {
                buffer += socket.readAll();
                return buffer.contains("\r\n") ||
                       socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        const qsizetype end = buffer.indexOf("\r\n");
        if (end < 0)
            return std::nullopt;
        const QByteArray line = buffer.left(end);
        buffer.remove(0, end + 2);
        return line;
    }

    // Sends "tag command" and returns the untagged lines; false unless the tagged reply is OK.
    bool command(const QByteArray &command, QList<QByteArray> *untagged = nullptr)
    {
        const QByteArray tag = "t" + QByteArray::number(++m_tag);
        socket.write(tag + ' ' + command + "\r\n");
        for (;;) {
            const std::optional<QByteArray> next = readLine();
            if (!next) {
                error = QStringLiteral("%1: no reply (%2)")
                            .arg(QString::fromLatin1(command), socket.errorString());
                return false;
            }
            const QByteArray &line = *next;
            if (line.startsWith(QByteArray(tag + ' '))) {
                if (line.startsWith(QByteArray(tag + " OK")))
                    return true;
                error = QStringLiteral("%1: %2").arg(QString::fromLatin1(command),
                                                     QString::fromLatin1(line));
                return false;
            }
            if (untagged)
                untagged->append(line);
        }
    }

private:
    int m_tag = 0;
};

QByteArray quoted(const QString &text)
{
    return '"' + text.toUtf8() + '"';
}

} // namespace

class TestDovecotSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void plainLoginSelectSeesDeliveredMessage();
    void implicitTlsTrustsFixtureCa();
    void startTls();
    void advertisedExtensions_data();
    void advertisedExtensions();
    void usersAreIndependent();
    void deliverToOtherMailbox();

private:
    DovecotFixture m_dovecot;
    QList<QByteArray> m_capabilities; // after login, asked once
};

void TestDovecotSmoke::initTestCase()
{
    LETTERTRAY_REQUIRE(m_dovecot.status());
}

void TestDovecotSmoke::plainLoginSelectSeesDeliveredMessage()
{
    const auto user = m_dovecot.createUser();
    QVERIFY2(!user.name.isEmpty(), qPrintable(m_dovecot.errorString()));
    const QString subject = QStringLiteral("Smoke %1").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(m_dovecot.deliver(user.name, DovecotFixture::sampleMessage(subject)),
             qPrintable(m_dovecot.errorString()));

    RawImap imap;
    QVERIFY2(imap.connectPlain(m_dovecot, m_dovecot.imapPort()), qPrintable(imap.error));
    QVERIFY2(imap.command("LOGIN " + quoted(user.name) + ' ' + quoted(user.password)),
             qPrintable(imap.error));
    QList<QByteArray> untagged;
    QVERIFY2(imap.command("SELECT INBOX", &untagged), qPrintable(imap.error));
    QVERIFY2(untagged.contains("* 1 EXISTS"), untagged.join('\n').constData());
    untagged.clear();
    QVERIFY2(imap.command("FETCH 1 (BODY.PEEK[HEADER.FIELDS (SUBJECT)])", &untagged),
             qPrintable(imap.error));
    QVERIFY2(untagged.join('\n').contains(QByteArray("Subject: " + subject.toUtf8())),
             untagged.join('\n').constData());
    QVERIFY2(imap.command("LOGOUT"), qPrintable(imap.error));
}

void TestDovecotSmoke::implicitTlsTrustsFixtureCa()
{
    const auto user = m_dovecot.defaultUser();
    RawImap imap;
    QVERIFY2(imap.connectTls(m_dovecot), qPrintable(imap.error));
    QVERIFY(imap.socket.sslHandshakeErrors().isEmpty());
    // The server certificate is signed by the fixture CA, for 127.0.0.1.
    QCOMPARE(imap.socket.peerCertificateChain().constLast().issuerInfo(QSslCertificate::CommonName),
             m_dovecot.caCertificates().constFirst().subjectInfo(QSslCertificate::CommonName));
    QVERIFY2(imap.command("LOGIN " + quoted(user.name) + ' ' + quoted(user.password)),
             qPrintable(imap.error));
    QVERIFY2(imap.command("SELECT INBOX"), qPrintable(imap.error));
    QVERIFY2(imap.command("LOGOUT"), qPrintable(imap.error));
}

void TestDovecotSmoke::startTls()
{
    RawImap imap;
    QVERIFY2(imap.connectPlain(m_dovecot, m_dovecot.imapPort()), qPrintable(imap.error));
    QList<QByteArray> untagged;
    QVERIFY2(imap.command("CAPABILITY", &untagged), qPrintable(imap.error));
    QVERIFY2(untagged.join(' ').contains(" STARTTLS"), untagged.join(' ').constData());
    QVERIFY2(imap.command("STARTTLS"), qPrintable(imap.error));
    imap.socket.setSslConfiguration(m_dovecot.sslConfiguration());
    imap.socket.setPeerVerifyName(m_dovecot.host());
    imap.socket.startClientEncryption();
    QVERIFY2(QTest::qWaitFor([&] { return imap.socket.isEncrypted(); }, 10000),
             qPrintable(imap.socket.errorString()));
    const auto user = m_dovecot.defaultUser();
    QVERIFY2(imap.command("LOGIN " + quoted(user.name) + ' ' + quoted(user.password)),
             qPrintable(imap.error));
    QVERIFY2(imap.command("LOGOUT"), qPrintable(imap.error));
}

void TestDovecotSmoke::advertisedExtensions_data()
{
    QTest::addColumn<QByteArray>("capability");
    // What later issues build on (see the Dovecot notes in shared/).
    for (const char *name : {"IMAP4rev1",
                             "SORT",
                             "THREAD=REFERENCES",
                             "THREAD=ORDEREDSUBJECT",
                             "MULTIAPPEND",
                             "CATENATE",
                             "UNSELECT",
                             "CHILDREN",
                             "NAMESPACE",
                             "UIDPLUS",
                             "LIST-EXTENDED",
                             "CONDSTORE",
                             "QRESYNC",
                             "ESEARCH",
                             "ESORT",
                             "SEARCHRES",
                             "WITHIN",
                             "CONTEXT=SEARCH",
                             "LIST-STATUS",
                             "BINARY",
                             "MOVE",
                             "PREVIEW",
                             "STATUS=SIZE",
                             "SAVEDATE",
                             "LITERAL+",
                             "NOTIFY",
                             "METADATA",
                             "SPECIAL-USE",
                             "COMPRESS=DEFLATE",
                             "QUOTA",
                             "ACL",
                             "IDLE",
                             "ID",
                             "ENABLE",
                             "SASL-IR"})
        QTest::newRow(name) << QByteArray(name);
}

void TestDovecotSmoke::advertisedExtensions()
{
    QFETCH(QByteArray, capability);
    if (m_capabilities.isEmpty()) {
        const auto user = m_dovecot.defaultUser();
        RawImap imap;
        QVERIFY2(imap.connectTls(m_dovecot), qPrintable(imap.error));
        QVERIFY2(imap.command("LOGIN " + quoted(user.name) + ' ' + quoted(user.password)),
                 qPrintable(imap.error));
        QList<QByteArray> untagged;
        QVERIFY2(imap.command("CAPABILITY", &untagged), qPrintable(imap.error));
        QCOMPARE(untagged.size(), 1);
        QVERIFY(untagged.constFirst().startsWith("* CAPABILITY "));
        m_capabilities = untagged.constFirst().split(' ');
    }
    QVERIFY2(m_capabilities.contains(capability), m_capabilities.join(' ').constData());
}

void TestDovecotSmoke::usersAreIndependent()
{
    const auto alice = m_dovecot.createUser(QStringLiteral("alice"));
    const auto bob = m_dovecot.createUser(QStringLiteral("bob"));
    QVERIFY2(!alice.name.isEmpty() && !bob.name.isEmpty(), qPrintable(m_dovecot.errorString()));
    QVERIFY(alice.name != bob.name);
    QVERIFY2(
        m_dovecot.deliver(alice.name, DovecotFixture::sampleMessage(QStringLiteral("for Alice"))),
        qPrintable(m_dovecot.errorString()));

    RawImap imap;
    QVERIFY2(imap.connectPlain(m_dovecot, m_dovecot.imapPort()), qPrintable(imap.error));
    QVERIFY2(imap.command("LOGIN " + quoted(bob.name) + ' ' + quoted(bob.password)),
             qPrintable(imap.error));
    QList<QByteArray> untagged;
    QVERIFY2(imap.command("SELECT INBOX", &untagged), qPrintable(imap.error));
    QVERIFY2(untagged.contains("* 0 EXISTS"), untagged.join('\n').constData());
    // A wrong password is refused: the passwd file is really consulted.
    RawImap wrong;
    QVERIFY2(wrong.connectPlain(m_dovecot, m_dovecot.imapPort()), qPrintable(wrong.error));
    QVERIFY(!wrong.command("LOGIN " + quoted(alice.name) + " \"not-the-password\""));
}

void TestDovecotSmoke::deliverToOtherMailbox()
{
    const auto user = m_dovecot.createUser();
    QVERIFY2(!user.name.isEmpty(), qPrintable(m_dovecot.errorString()));
    const QString mailbox = QStringLiteral("Lists/Qt");
    QVERIFY2(
        m_dovecot.deliver(user.name, DovecotFixture::sampleMessage(QStringLiteral("one")), mailbox),
        qPrintable(m_dovecot.errorString()));
    QVERIFY2(
        m_dovecot.deliver(user.name, DovecotFixture::sampleMessage(QStringLiteral("two")), mailbox),
        qPrintable(m_dovecot.errorString()));
    QByteArray output;
    QVERIFY2(
        m_dovecot.doveadm({QStringLiteral("mailbox"), QStringLiteral("status"),
                           QStringLiteral("-u"), user.name, QStringLiteral("messages"), mailbox},
                          &output),
        qPrintable(m_dovecot.errorString()));
    QVERIFY2(output.trimmed().endsWith(" messages=2"), output.constData());
}

QTEST_GUILESS_MAIN(TestDovecotSmoke)
#include "tst_dovecotsmoke.moc"
