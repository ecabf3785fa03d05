#include "support/DovecotFixture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTest>

#include <atomic>

namespace TestSupport {

DovecotFixture::DovecotFixture()
    : m_host(qEnvironmentVariable("LETTERTRAY_DOVECOT_HOST"))
    , m_config(qEnvironmentVariable("LETTERTRAY_DOVECOT_CONF"))
    , m_caPath(qEnvironmentVariable("LETTERTRAY_DOVECOT_CA"))
    , m_usersDir(qEnvironmentVariable("LETTERTRAY_DOVECOT_USERS_DIR"))
    , m_user(qEnvironmentVariable("LETTERTRAY_DOVECOT_USER"))
    , m_password(qEnvironmentVariable("LETTERTRAY_DOVECOT_PASSWORD"))
    , m_imapPort(qEnvironmentVariable("LETTERTRAY_DOVECOT_IMAP_PORT").toUShort())
    , m_imapsPort(qEnvironmentVariable("LETTERTRAY_DOVECOT_IMAPS_PORT").toUShort())
{
    if (m_usersDir.isEmpty() && !m_config.isEmpty())
        m_usersDir = QFileInfo(m_config).absolutePath() + QStringLiteral("/users.d");
}

ServiceStatus DovecotFixture::status() const
{
    ServiceStatus status = ServiceRequirement::dovecot();
    if (status.available && (m_imapsPort == 0 || !QFileInfo::exists(m_caPath))) {
        status.available = false;
        status.reason = QStringLiteral("LETTERTRAY_DOVECOT_IMAPS_PORT or _CA is missing");
    }
    return status;
}

QList<QSslCertificate> DovecotFixture::caCertificates() const
{
    return QSslCertificate::fromPath(m_caPath);
}

QSslConfiguration DovecotFixture::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(caCertificates());
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

DovecotFixture::User DovecotFixture::createUser(const QString &hint)
{
    static std::atomic<int> counter{0};
    QString base = hint;
    if (base.isEmpty()) {
        // The test function's name says in Dovecot's log whose user this is.
        base = QString::fromLatin1(QTest::currentTestFunction() ? QTest::currentTestFunction()
                                                                : "user");
    }
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    if (base.startsWith(QLatin1Char('.')))
        base.prepend(QLatin1Char('u'));
    User user;
    const QString name = QStringLiteral("%1-%2-%3")
                             .arg(base.left(40).toLower()) // Dovecot lower-cases logins
                             .arg(QCoreApplication::applicationPid())
                             .arg(++counter);
    const QString password =
        QStringLiteral("pw-%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    if (m_usersDir.isEmpty()) {
        m_error = QStringLiteral("LETTERTRAY_DOVECOT_USERS_DIR is not set");
        return user;
    }
    // One passwd-file per user (see scripts/lib/dovecot.sh), written whole and then renamed:
    // Dovecot opens it at the user's first login, never half-written.
    QSaveFile file(m_usersDir + QLatin1Char('/') + name);
    const QByteArray line = name.toUtf8() + ":{PLAIN}" + password.toUtf8() + "::::::\n";
    if (!file.open(QIODevice::WriteOnly) || file.write(line) != line.size()) {
        m_error = QStringLiteral("cannot add a user in %1: %2").arg(m_usersDir, file.errorString());
        return user;
    }
    if (!file.commit()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return user;
    }
    // Dovecot's auth process runs as `dovecot`, not as the test's user.
    QFile::setPermissions(file.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadGroup | QFileDevice::ReadOther);
    user.name = name;
    user.password = password;
    return user;
}

bool DovecotFixture::doveadm(const QStringList &arguments, QByteArray *output,
                             const QByteArray &input)
{
    if (m_config.isEmpty()) {
        m_error = QStringLiteral("LETTERTRAY_DOVECOT_CONF is not set");
        return false;
    }
    QProcess process;
    process.start(QStringLiteral("doveadm"),
                  QStringList{QStringLiteral("-c"), m_config} + arguments);
    if (!process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot run doveadm: %1").arg(process.errorString());
        return false;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(1000);
        m_error = QStringLiteral("doveadm %1 timed out").arg(arguments.join(QLatin1Char(' ')));
        return false;
    }
    const QByteArray out = process.readAllStandardOutput();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("doveadm %1 failed (exit %2): %3")
                      .arg(arguments.join(QLatin1Char(' ')))
                      .arg(process.exitCode())
                      .arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool DovecotFixture::createMailbox(const QString &user, const QString &mailbox)
{
    QByteArray list;
    if (!doveadm({QStringLiteral("mailbox"), QStringLiteral("list"), QStringLiteral("-u"), user},
                 &list))
        return false;
    for (const QByteArray &existing : list.split('\n')) {
        if (QString::fromUtf8(existing.trimmed()) == mailbox)
            return true;
    }
    return doveadm(
        {QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), user, mailbox});
}

bool DovecotFixture::deliver(const QString &user, const QByteArray &message, const QString &mailbox)
{
    if (mailbox.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) != 0 &&
        !createMailbox(user, mailbox))
        return false;
    return doveadm(
        {QStringLiteral("save"), QStringLiteral("-u"), user, QStringLiteral("-m"), mailbox},
        nullptr, message);
}

QByteArray DovecotFixture::sampleMessage(const QString &subject, const QString &from)
{
    static std::atomic<int> counter{0};
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"));
    QByteArray message;
    message += "From: " + from.toUtf8() + "\r\n";
    message += "To: Test User <test@example.org>\r\n";
    message += "Subject: " + subject.toUtf8() + "\r\n";
    message += "Date: " + date.toUtf8() + "\r\n";
    message += "Message-ID: <" + QByteArray::number(QCoreApplication::applicationPid()) + "." +
               QByteArray::number(++counter) + "@lettertray.test>\r\n";
    message += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n";
    message += "This is a test message about: " + subject.toUtf8() + "\r\n";
    return message;
}

} // namespace TestSupport
