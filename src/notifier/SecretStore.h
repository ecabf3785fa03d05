#pragma once

#include <QtCore/QObject>
#include <QtCore/QString>

namespace Notifier {

// The result of one keychain operation, in the manner of QNetworkReply: finished() is emitted
// once, from the event loop (never from inside the call that created it). The reply belongs to
// the SecretStore; the caller may delete it after finished() (deleteLater) or leave it to the
// store.
class SecretReply : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        NoError,
        NotFound,
        AccessDenied, // the user or the system refused
        NoBackend,    // no Secret Service / KWallet / platform store
        Other,
    };
    Q_ENUM(Error)

    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    // Never contains the secret: safe to show and to log.
    QString errorString() const { return m_errorString; }
    // The secret read by SecretStore::read(); empty for other operations.
    QString secret() const { return m_secret; }

Q_SIGNALS:
    void finished();

private:
    friend class SecretStore;
    explicit SecretReply(QObject *parent);
    void finish(Error error, const QString &errorString, const QString &secret = QString());

    bool m_finished = false;
    Error m_error = Error::NoError;
    QString m_errorString;
    QString m_secret;
};

// Passwords and OAuth2 tokens of the accounts, kept only in the system keychain through
// QtKeychain (Secret Service or KWallet on Linux, the platform stores elsewhere). QtKeychain's
// insecure plaintext fallback is switched off: without a keychain, storing fails visibly.
// Entries are named "<account id>/<kind>" under the service name of the SettingsLocation, so
// that demo mode and tests never meet the user's real entries.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Password,
        OAuth2Tokens, // JSON of access token, refresh token and expiry
    };

    explicit SecretStore(const QString &serviceName, QObject *parent = nullptr);

    QString serviceName() const { return m_service; }
    static QString entryKey(const QString &accountId, Kind kind);

    SecretReply *write(const QString &accountId, Kind kind, const QString &secret);
    SecretReply *read(const QString &accountId, Kind kind);
    // Removing an entry that does not exist succeeds: the goal "no such secret" is reached.
    SecretReply *remove(const QString &accountId, Kind kind);
    // Removes every kind of secret of one account (when the account is deleted).
    SecretReply *removeAccount(const QString &accountId);

private:
    QString m_service;
};

} // namespace Notifier
