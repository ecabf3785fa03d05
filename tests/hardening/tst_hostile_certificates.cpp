// Item 8: certificate problems fail closed, with implicit TLS and with STARTTLS: self-signed,
// wrong host name, expired, unknown CA. The error carries the presented leaf's SHA-256; a pin
// of exactly that certificate lets the connection through, and a changed certificate is
// refused even when its chain is valid. Credentials queued before the handshake never leave.

#include "imap/Client.h"
#include "imap/Reply.h"
#include "support/ScriptedClientTest.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QSslKey>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Imap;
using TestSupport::ScriptedImapServer;
using TestSupport::TestCertificates;
using TestSupport::TestIdentity;

namespace {
constexpr int kWait = 8000;
const QByteArray kPassword = "pw-never-on-the-wire";
} // namespace

class TestHostileCertificates : public TestSupport::ScriptedClientTest
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestIdentity m_expired;
    QSslCertificate m_expiredCa;

    bool run(const QStringList &args, QString *error)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            *error = QString::fromLocal8Bit(p.readAllStandardError());
            return false;
        }
        return true;
    }

    // An expired leaf for 127.0.0.1, signed by a CA of its own (trusted by the test), so that
    // expiry is the only thing wrong with it. OpenSSL's "ca" command can set past dates.
    bool makeExpired(QString *error)
    {
        const QString d = m_dir.path();
        QFile cnf(d + QStringLiteral("/ca.cnf"));
        if (!cnf.open(QIODevice::WriteOnly)) {
            return false;
        }
        cnf.write("[ca]\ndefault_ca = test\n[test]\ndir = " + d.toUtf8() +
                  "\ndatabase = $dir/index.txt\nnew_certs_dir = $dir\nserial = $dir/serial\n"
                  "default_md = sha256\npolicy = any\ncopy_extensions = copy\n"
                  "unique_subject = no\n[any]\ncommonName = supplied\n");
        cnf.close();
        QFile(d + QStringLiteral("/index.txt")).open(QIODevice::WriteOnly);
        QFile serial(d + QStringLiteral("/serial"));
        serial.open(QIODevice::WriteOnly);
        serial.write("1000\n");
        serial.close();
        const QString ec = QStringLiteral("ec");
        if (!run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), ec,
                  QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                  QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=Lettertray Expired Test CA"), QStringLiteral("-days"),
                  QStringLiteral("3650")},
                 error) ||
            !run({QStringLiteral("req"), QStringLiteral("-newkey"), ec, QStringLiteral("-pkeyopt"),
                  QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                  QStringLiteral("-keyout"), QStringLiteral("leaf.key"), QStringLiteral("-out"),
                  QStringLiteral("leaf.csr"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                  QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")},
                 error) ||
            !run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                  QStringLiteral("ca.cnf"), QStringLiteral("-cert"), QStringLiteral("ca.pem"),
                  QStringLiteral("-keyfile"), QStringLiteral("ca.key"), QStringLiteral("-in"),
                  QStringLiteral("leaf.csr"), QStringLiteral("-out"), QStringLiteral("leaf.pem"),
                  QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
                  QStringLiteral("-enddate"), QStringLiteral("20200201000000Z"),
                  QStringLiteral("-notext")},
                 error)) {
            return false;
        }
        const auto read = [&](const QString &name) {
            QFile f(d + QLatin1Char('/') + name);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        };
        m_expiredCa = QSslCertificate(read(QStringLiteral("ca.pem")));
        m_expired.certificate = QSslCertificate(read(QStringLiteral("leaf.pem")));
        m_expired.privateKey = QSslKey(read(QStringLiteral("leaf.key")), QSsl::Ec);
        m_expired.certificatePath = d + QStringLiteral("/leaf.pem");
        m_expired.keyPath = d + QStringLiteral("/leaf.key");
        return m_expired.isValid() && !m_expiredCa.isNull();
    }

    // The expired leaf's own CA is trusted too, so that expiry is all that is wrong with it.
    ConnectionSettings settings(ConnectionSettings::Security security)
    {
        ConnectionSettings s = ScriptedClientTest::settings(security);
        s.caCertificates.append(m_expiredCa);
        return s;
    }

    QString script(bool implicitTls, bool rejected)
    {
        const QString end = rejected ? QStringLiteral("TLS-REJECTED\n")
                                     : QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] hi\n");
        if (implicitTls) {
            return end;
        }
        return QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                              "C: $t STARTTLS\nS: $t OK go\n") +
               (rejected ? end
                         : QStringLiteral("STARTTLS\nC: $c CAPABILITY\n"
                                          "S: * CAPABILITY IMAP4rev1\nS: $c OK\n"));
    }

    void listen(const TestIdentity &identity, bool implicitTls, bool rejected)
    {
        m_server->setImplicitTls(implicitTls);
        m_server->setIdentity(identity);
        QVERIFY(m_server->setScript(script(implicitTls, rejected)));
        QVERIFY(m_server->listen());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestCertificates::available()) {
            QSKIP(qPrintable(TestCertificates::errorString()));
        }
        QString error;
        QVERIFY2(makeExpired(&error), qPrintable(error));
    }
    void init() { createClient(Timers::Real); }
    void cleanup() { destroyClient(); }

    void badCertificateFailsClosed_data()
    {
        QTest::addColumn<bool>("implicitTls");
        QTest::addColumn<QString>("problem");
        for (bool implicitTls : {true, false}) {
            const char *mode = implicitTls ? "implicit TLS" : "STARTTLS";
            for (const char *problem : {"self-signed", "wrong host", "expired", "unknown CA"}) {
                QTest::addRow("%s, %s", mode, problem)
                    << implicitTls << QString::fromLatin1(problem);
            }
        }
    }
    void badCertificateFailsClosed()
    {
        QFETCH(bool, implicitTls);
        QFETCH(QString, problem);
        TestIdentity identity = TestCertificates::server();
        if (problem == QLatin1String("self-signed")) {
            identity = TestCertificates::selfSigned();
        } else if (problem == QLatin1String("expired")) {
            identity = m_expired;
        }
        listen(identity, implicitTls, true);
        ConnectionSettings s = settings(implicitTls ? ConnectionSettings::Security::ImplicitTls
                                                    : ConnectionSettings::Security::StartTls);
        if (problem == QLatin1String("wrong host")) {
            s.peerVerifyName = QStringLiteral("imap.example.org");
        } else if (problem == QLatin1String("unknown CA")) {
            s.caCertificates.clear();
        }
        QSignalSpy errors(m_client.get(), &Client::errorOccurred);
        QSignalSpy connected(m_client.get(), &Client::connected);
        m_client->connectToHost(s);
        Reply *login = m_client->login(QStringLiteral("alice"), QString::fromLatin1(kPassword));
        QVERIFY(errors.wait(kWait));
        const ConnectionError error = m_client->lastError();
        QCOMPARE(error.kind, ConnectionError::Kind::CertificateRejected);
        QCOMPARE(error.leafSha256.toHex(), identity.sha256());
        QVERIFY(!error.sslErrors.isEmpty());
        QVERIFY(error.message.contains(error.leafFingerprint()));
        QTRY_VERIFY(login->isFinished());
        QVERIFY(!login->isOk());
        QVERIFY(connected.isEmpty());
        QVERIFY(!m_server->received().contains(kPassword));
        QVERIFY(!m_server->received().contains("LOGIN"));
    }

    // The fingerprint from the error, pinned, is what lets exactly that certificate through.
    void pinAcceptsExactlyThatCertificate_data()
    {
        QTest::addColumn<bool>("implicitTls");
        QTest::addColumn<QString>("presented");
        QTest::addColumn<bool>("accepted");
        for (bool implicitTls : {true, false}) {
            const char *mode = implicitTls ? "implicit TLS" : "STARTTLS";
            QTest::addRow("%s, the pinned self-signed", mode)
                << implicitTls << QStringLiteral("self-signed") << true;
            QTest::addRow("%s, changed to a valid chain", mode)
                << implicitTls << QStringLiteral("other") << false;
            QTest::addRow("%s, changed to another CA-signed", mode)
                << implicitTls << QStringLiteral("server") << false;
            QTest::addRow("%s, changed to an expired", mode)
                << implicitTls << QStringLiteral("expired") << false;
        }
    }
    void pinAcceptsExactlyThatCertificate()
    {
        QFETCH(bool, implicitTls);
        QFETCH(QString, presented);
        QFETCH(bool, accepted);
        const TestIdentity pinned = TestCertificates::selfSigned();
        TestIdentity identity = pinned;
        if (presented == QLatin1String("other")) {
            identity = TestCertificates::otherServer();
        } else if (presented == QLatin1String("server")) {
            identity = TestCertificates::server();
        } else if (presented == QLatin1String("expired")) {
            identity = m_expired;
        }
        // A valid chain that does not match the pin is refused during the handshake (no
        // TLS-REJECTED needed then: the server sees the client drop).
        listen(identity, implicitTls, !accepted && presented == QLatin1String("expired"));
        if (!accepted && presented != QLatin1String("expired")) {
            // The server completes its side; the client closes afterwards.
            m_server.reset(new ScriptedImapServer);
            m_server->setImplicitTls(implicitTls);
            m_server->setIdentity(identity);
            QVERIFY(m_server->setScript(
                implicitTls ? QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] hi\nHANG\n")
                            : QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] hi\n"
                                             "C: $t STARTTLS\nS: $t OK go\nSTARTTLS\nHANG\n")));
            QVERIFY(m_server->listen());
        }
        ConnectionSettings s = settings(implicitTls ? ConnectionSettings::Security::ImplicitTls
                                                    : ConnectionSettings::Security::StartTls);
        s.pinnedSha256 = QByteArray::fromHex(pinned.sha256());
        QSignalSpy errors(m_client.get(), &Client::errorOccurred);
        QSignalSpy connected(m_client.get(), &Client::connected);
        m_client->connectToHost(s);
        Reply *login = m_client->login(QStringLiteral("alice"), QString::fromLatin1(kPassword));
        if (accepted) {
            QVERIFY2(connected.wait(kWait), qPrintable(m_client->lastError().message));
            QVERIFY(m_client->isEncrypted());
            return;
        }
        QVERIFY(errors.wait(kWait) || !errors.isEmpty());
        QCOMPARE(m_client->lastError().kind, ConnectionError::Kind::PinMismatch);
        QCOMPARE(m_client->lastError().leafSha256.toHex(), identity.sha256());
        QTRY_VERIFY(login->isFinished());
        QVERIFY(connected.isEmpty());
        QVERIFY(!m_server->received().contains(kPassword));
    }
};

QTEST_GUILESS_MAIN(TestHostileCertificates)
#include "tst_hostile_certificates.moc"
