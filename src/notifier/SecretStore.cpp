#include "notifier/SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QtCore/QPointer>

#include <memory>

namespace Notifier {

namespace {

SecretReply::Error translate(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretReply::Error::NoError;
    case QKeychain::EntryNotFound:
        return SecretReply::Error::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretReply::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretReply::Error::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretReply::Error::Other;
}

void configure(QKeychain::Job *job, const QString &key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
}

} // namespace

SecretReply::SecretReply(QObject *parent)
    : QObject(parent)
{}

void SecretReply::finish(Error error, const QString &errorString, const QString &secret)
{
    m_finished = true;
    m_error = error;
    m_errorString = errorString;
    m_secret = secret;
    Q_EMIT finished();
}

SecretStore::SecretStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_service(serviceName)
{}

QString SecretStore::entryKey(const QString &accountId, Kind kind)
{
    return accountId +
           (kind == Kind::Password ? QStringLiteral("/password") : QStringLiteral("/oauth2"));
}

SecretReply *SecretStore::write(const QString &accountId, Kind kind, const QString &secret)
{
    auto *reply = new SecretReply(this);
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    configure(job, entryKey(accountId, kind));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, reply, [reply](QKeychain::Job *done) {
        reply->finish(translate(done->error()),
                      done->error() == QKeychain::NoError ? QString() : done->errorString());
    });
    job->start(); // QtKeychain runs the job from the event loop, so finished() comes later
    return reply;
}

SecretReply *SecretStore::read(const QString &accountId, Kind kind)
{
    auto *reply = new SecretReply(this);
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    configure(job, entryKey(accountId, kind));
    connect(job, &QKeychain::Job::finished, reply, [reply](QKeychain::Job *done) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(done);
        const bool ok = readJob->error() == QKeychain::NoError;
        reply->finish(translate(readJob->error()), ok ? QString() : readJob->errorString(),
                      ok ? readJob->textData() : QString());
    });
    job->start();
    return reply;
}

SecretReply *SecretStore::remove(const QString &accountId, Kind kind)
{
    auto *reply = new SecretReply(this);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    configure(job, entryKey(accountId, kind));
    connect(job, &QKeychain::Job::finished, reply, [reply](QKeychain::Job *done) {
        SecretReply::Error error = translate(done->error());
        if (error == SecretReply::Error::NotFound)
            error = SecretReply::Error::NoError;
        reply->finish(error,
                      error == SecretReply::Error::NoError ? QString() : done->errorString());
    });
    job->start();
    return reply;
}

SecretReply *SecretStore::removeAccount(const QString &accountId)
{
    auto *reply = new SecretReply(this);
    // Sequential on purpose: backends like KWallet serialise anyway, and the first failure
    // is the one to report.
    SecretReply *first = remove(accountId, Kind::Password);
    connect(first, &SecretReply::finished, reply, [this, reply, first, accountId] {
        first->deleteLater();
        if (first->error() != SecretReply::Error::NoError) {
            reply->finish(first->error(), first->errorString());
            return;
        }
        SecretReply *second = remove(accountId, Kind::OAuth2Tokens);
        connect(second, &SecretReply::finished, reply, [reply, second] {
            second->deleteLater();
            reply->finish(second->error(), second->errorString());
        });
    });
    return reply;
}

} // namespace Notifier
