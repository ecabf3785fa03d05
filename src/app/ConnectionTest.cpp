#include "app/ConnectionTest.h"

#include "imap/Client.h"
#include "imap/ListReply.h"
#include "imap/Reply.h"

#include <algorithm>

namespace App {

namespace {

Imap::ConnectionSettings settingsFor(const Notifier::Account &account)
{
    Imap::ConnectionSettings settings;
    settings.host = account.server.trimmed();
    settings.port = account.port;
    switch (account.security) {
    case Notifier::SecurityMode::Tls:
        settings.security = Imap::ConnectionSettings::Security::ImplicitTls;
        break;
    case Notifier::SecurityMode::StartTls:
        settings.security = Imap::ConnectionSettings::Security::StartTls;
        break;
    case Notifier::SecurityMode::PlainExplicit:
        // The user chose "None" explicitly in the dialog, which said what that means.
        settings.security = Imap::ConnectionSettings::Security::Plaintext;
        settings.allowCleartextPasswords = true;
        break;
    }
    settings.pinnedSha256 = account.pinnedCertificateSha256;
    settings.connectTimeout = std::chrono::seconds(15);
    settings.greetingTimeout = std::chrono::seconds(15);
    settings.tlsHandshakeTimeout = std::chrono::seconds(15);
    settings.inactivityTimeout = std::chrono::seconds(30);
    return settings;
}

const QList<QByteArray> &specialUses()
{
    static const QList<QByteArray> uses{"\\All",  "\\Archive", "\\Drafts", "\\Flagged",
                                        "\\Junk", "\\Sent",    "\\Trash"};
    return uses;
}

} // namespace

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{}

ConnectionTest::~ConnectionTest()
{
    cancel();
}

void ConnectionTest::start(const Notifier::Account &account, const QString &password)
{
    cancel();
    m_account = account;
    m_password = password;
    m_client = new Imap::Client(this);
    Imap::Client *client = m_client;
    connect(client, &Imap::Client::connected, this, &ConnectionTest::login);
    connect(client, &Imap::Client::errorOccurred, this,
            [this, client](const Imap::ConnectionError &error) {
                if (client != m_client) {
                    return;
                }
                ConnectionTestResult result;
                result.error = error;
                result.message = describe(error);
                finish(result);
            });
    Q_EMIT progress(tr("Connecting to %1…").arg(account.server));
    client->connectToHost(settingsFor(account));
}

void ConnectionTest::cancel()
{
    if (m_client) {
        Imap::Client *client = m_client;
        m_client = nullptr;
        client->disconnect(this);
        client->disconnectFromHost();
        client->deleteLater();
    }
}

void ConnectionTest::login()
{
    Q_EMIT progress(tr("Signing in…"));
    Imap::Reply *reply = m_client->login(m_account.effectiveUserName(), m_password);
    connect(reply, &Imap::Reply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!m_client) {
            return;
        }
        if (!reply->isOk()) {
            ConnectionTestResult result;
            result.message = reply->isLocalError()
                                 ? tr("Signing in failed: %1").arg(reply->errorString())
                                 : tr("The server did not accept the user name or password (%1).")
                                       .arg(reply->text());
            finish(result);
            return;
        }
        listFolders();
    });
}

void ConnectionTest::listFolders()
{
    Q_EMIT progress(tr("Reading the folder list…"));
    Imap::ListReply *reply = m_client->list(QString(), QStringLiteral("*"));
    connect(reply, &Imap::Reply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!m_client) {
            return;
        }
        ConnectionTestResult result;
        if (!reply->isOk()) {
            result.message = tr("Signed in, but the folder list could not be read: %1")
                                 .arg(reply->errorString());
            finish(result);
            return;
        }
        const auto mailboxes = reply->mailboxes();
        for (const auto &mailbox : mailboxes) {
            ServerFolder folder;
            folder.name = m_client->mailboxName(mailbox.mailbox);
            for (const QByteArray &attribute : mailbox.attributes) {
                if (attribute.compare("\\Noselect", Qt::CaseInsensitive) == 0 ||
                    attribute.compare("\\NonExistent", Qt::CaseInsensitive) == 0) {
                    folder.selectable = false;
                }
                for (const QByteArray &use : specialUses()) {
                    if (attribute.compare(use, Qt::CaseInsensitive) == 0) {
                        folder.specialUse = QString::fromLatin1(use);
                    }
                }
            }
            result.folders.append(folder);
        }
        // INBOX first, then alphabetically: the order a folder picker is read in.
        std::sort(result.folders.begin(), result.folders.end(),
                  [](const ServerFolder &a, const ServerFolder &b) {
                      const bool aInbox =
                          a.name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0;
                      const bool bInbox =
                          b.name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0;
                      if (aInbox != bInbox) {
                          return aInbox;
                      }
                      return a.name.localeAwareCompare(b.name) < 0;
                  });
        result.ok = true;
        result.message =
            tr("Connected and signed in; %n folder(s) found.", nullptr, int(result.folders.size()));
        m_client->logout();
        finish(result);
    });
}

void ConnectionTest::finish(ConnectionTestResult result)
{
    cancel();
    m_password.clear();
    Q_EMIT finished(result);
}

QString ConnectionTest::describe(const Imap::ConnectionError &error)
{
    using Kind = Imap::ConnectionError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("The server could not be reached: %1").arg(error.message);
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::TlsHandshake:
        return tr("The secure connection could not be set up: %1").arg(error.message);
    case Kind::CertificateRejected:
        return tr("The server's certificate could not be verified.");
    case Kind::PinMismatch:
        return tr("The server's certificate is not the one you trusted before.");
    case Kind::StartTlsUnavailable:
    case Kind::StartTlsRefused:
    case Kind::StartTlsInjection:
    case Kind::PreauthNotAllowed:
        return tr(
            "The server did not set up STARTTLS properly, so nothing was sent. Try TLS instead.");
    case Kind::GreetingRejected:
    case Kind::InvalidGreeting:
    case Kind::ServerBye:
    case Kind::ProtocolError:
    case Kind::ConnectionLost:
    case Kind::Closed:
        break;
    }
    return tr("The connection failed: %1").arg(error.message);
}

} // namespace App
