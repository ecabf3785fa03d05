#include "imap/sasl/MechanismChooser.h"
#include "imap/sasl/Session.h"
#include "imap/wire/CommandEncoder.h"
#include "support/DovecotFixture.h"

#include <QtNetwork/QSslSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

using namespace Imap::Sasl;
using Imap::Wire::CommandEncoder;
using TestSupport::DovecotFixture;

namespace {

// A bare line reader over the socket: this test checks the mechanisms against a real server,
// independently of Imap::Client.
class Wire
{
public:
    explicit Wire(QSslSocket *socket)
        : m_socket(socket)
    {}

    QByteArray readLine()
    {
        while (!m_socket->canReadLine()) {
            QSignalSpy spy(m_socket, &QIODevice::readyRead);
            if (!spy.wait(10000))
                return QByteArray();
        }
        QByteArray line = m_socket->readLine();
        if (line.endsWith("\r\n"))
            line.chop(2);
        return line;
    }

    // Reads until the tagged response of tag; returns it (empty on timeout).
    QByteArray readTagged(const QByteArray &tag, QList<QByteArray> *untagged = nullptr)
    {
        while (true) {
            const QByteArray line = readLine();
            if (line.isEmpty() || line.startsWith(QByteArray(tag + ' ')))
                return line;
            if (untagged)
                untagged->append(line);
        }
    }

    void write(const QByteArray &bytes) { m_socket->write(bytes); }

private:
    QSslSocket *m_socket;
};

} // namespace

class TestDovecotSasl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { LETTERTRAY_REQUIRE(m_dovecot.status()); }

    void authenticate_data()
    {
        QTest::addColumn<QByteArray>("mechanism");
        QTest::addColumn<bool>("saslIr");
        QTest::addColumn<bool>("rightPassword");
        for (const char *mech : {"SCRAM-SHA-256", "SCRAM-SHA-1", "PLAIN", "LOGIN", "CRAM-MD5"}) {
            for (const bool ir : {true, false})
                QTest::addRow("%s-%s", mech, ir ? "ir" : "no-ir") << QByteArray(mech) << ir << true;
        }
        // No wrong-password rows here: after a failed login Dovecot delays every login from
        // the same address for seconds, which would slow (or time out) other tests that share
        // this Dovecot. Failures are covered by the unit tests (tst_scram, tst_session).
    }

    void authenticate()
    {
        QFETCH(QByteArray, mechanism);
        QFETCH(bool, saslIr);
        QFETCH(bool, rightPassword);

        QSslSocket socket;
        socket.setSslConfiguration(m_dovecot.sslConfiguration());
        socket.connectToHostEncrypted(m_dovecot.host(), m_dovecot.imapsPort());
        Wire wire(&socket);
        const QByteArray greeting = wire.readLine();
        QVERIFY2(greeting.startsWith("* OK"), greeting.constData());

        wire.write("C1 CAPABILITY\r\n");
        QList<QByteArray> untagged;
        QVERIFY(wire.readTagged("C1", &untagged).startsWith("C1 OK"));
        QList<QByteArray> capabilities;
        for (const QByteArray &line : untagged) {
            if (line.startsWith("* CAPABILITY "))
                capabilities = line.mid(13).split(' ');
        }

        Credentials credentials;
        credentials.username = m_dovecot.defaultUser().name;
        credentials.password =
            m_dovecot.defaultUser().password + (rightPassword ? QString() : QStringLiteral("x"));
        MechanismChooser::Options options;
        options.preferred = mechanism;
        MechanismChooser::Choice choice =
            MechanismChooser::choose(capabilities, credentials, options);
        QVERIFY2(choice.mechanism, qPrintable(choice.error));
        Session session(std::move(choice.mechanism), saslIr && capabilities.contains("SASL-IR"));

        const auto command = CommandEncoder().encode("AUTHENTICATE", session.commandArguments());
        QVERIFY2(command.isValid(), qPrintable(command.errorString()));
        QCOMPARE(command.continuationCount(), 0);
        wire.write(command.partsWithTag("A1").first());
        QByteArray tagged;
        for (int round = 0; round < 10 && tagged.isEmpty(); ++round) {
            const QByteArray line = wire.readLine();
            QVERIFY2(!line.isEmpty(), "no answer from Dovecot");
            if (line.startsWith("+")) {
                const Session::Reply reply =
                    session.continuation(line.mid(line.startsWith("+ ") ? 2 : 1));
                QVERIFY2(!reply.cancelled(), qPrintable(reply.error));
                wire.write(reply.line + "\r\n");
            } else if (line.startsWith("A1 ")) {
                tagged = line;
            }
        }
        if (rightPassword) {
            QVERIFY2(tagged.startsWith("A1 OK"), tagged.constData());
            QCOMPARE(session.finishSuccess(), QString()); // SCRAM: Dovecot proved itself
        } else {
            QVERIFY2(tagged.startsWith("A1 NO"), tagged.constData());
            QVERIFY(tagged.contains("AUTHENTICATIONFAILED"));
        }
        wire.write("Z LOGOUT\r\n");
        wire.readTagged("Z");
    }

private:
    DovecotFixture m_dovecot;
};

QTEST_GUILESS_MAIN(TestDovecotSasl)
#include "tst_dovecot_sasl.moc"
