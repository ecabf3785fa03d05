#pragma once

#include "support/ServiceRequirement.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

namespace TestSupport {

// The private Dovecot that scripts/lib/session.sh (through scripts/lib/dovecot.sh) started,
// described by the environment:
//   LETTERTRAY_DOVECOT_HOST, _IMAP_PORT (plain + STARTTLS), _IMAPS_PORT (implicit TLS),
//   _CA (PEM of the CA that signed its certificate), _CONF (for doveadm), _USERS_DIR (one
//   passwd-file per user),
//   _USER / _PASSWORD (a ready user).
//
//     DovecotFixture dovecot;
//     LETTERTRAY_REQUIRE(dovecot.status());          // skip, or fail under scripts/test
//     const auto user = dovecot.createUser();        // fresh and empty: tests stay independent
//     QVERIFY2(dovecot.deliver(user.name, message), qPrintable(dovecot.errorString()));
//
// Users made by createUser() have unique names (test name, process id, counter), so tests in
// parallel processes never see each other's mail. Delivery and administration run doveadm as
// the user running the test (root in CI, as Dovecot's mail store belongs to `dovecot`).
class DovecotFixture
{
public:
    struct User
    {
        QString name;
        QString password;
    };

    DovecotFixture();

    ServiceStatus status() const; // for LETTERTRAY_REQUIRE
    bool isAvailable() const { return status().available; }

    QString host() const { return m_host; }
    quint16 imapPort() const { return m_imapPort; }
    quint16 imapsPort() const { return m_imapsPort; }
    QString configPath() const { return m_config; }
    QString caPath() const { return m_caPath; }
    QList<QSslCertificate> caCertificates() const;
    // A client configuration that trusts exactly the fixture's CA (not the system's).
    QSslConfiguration sslConfiguration() const;
    User defaultUser() const { return {m_user, m_password}; }

    // A new user with an empty INBOX; hint becomes part of the name ("idle" -> "idle-1234-1").
    // On failure the returned name is empty and errorString() says why.
    User createUser(const QString &hint = QString());
    // Stores an RFC 5322 message in the user's mailbox (created if missing) with doveadm save.
    bool deliver(const QString &user, const QByteArray &message,
                 const QString &mailbox = QStringLiteral("INBOX"));
    bool createMailbox(const QString &user, const QString &mailbox);
    // Runs `doveadm -c <conf> arguments...`; output gets stdout.
    bool doveadm(const QStringList &arguments, QByteArray *output = nullptr,
                 const QByteArray &input = QByteArray());

    // A small well-formed message for tests that only need "some mail".
    static QByteArray
    sampleMessage(const QString &subject,
                  const QString &from = QStringLiteral("Alice Example <alice@example.org>"));

    QString errorString() const { return m_error; }

private:
    QString m_host;
    QString m_config;
    QString m_caPath;
    QString m_usersDir;
    QString m_user;
    QString m_password;
    quint16 m_imapPort = 0;
    quint16 m_imapsPort = 0;
    QString m_error;
};

} // namespace TestSupport
