#include "notifier/OAuthTokenRefresher.h"

#include "notifier/SecretStore.h"

namespace Notifier {

OAuthTokenRefresher::OAuthTokenRefresher(const OAuthProvider &provider, Clock *clock,
                                         QObject *parent)
    : QObject(parent)
    , m_signIn(provider)
    , m_clock(clock ? clock : Clock::system())
{
    m_signIn.setClock(m_clock);
    connect(&m_signIn, &OAuthSignIn::succeeded, this, [this](const OAuthTokens &tokens) {
        setTokens(tokens);
        store();
        Q_EMIT tokensRefreshed(tokens);
    });
    connect(&m_signIn, &OAuthSignIn::failed, this, &OAuthTokenRefresher::refreshFailed);
}

void OAuthTokenRefresher::setSecretStore(SecretStore *store, const QString &accountId)
{
    m_secrets = store;
    m_accountId = accountId;
}

void OAuthTokenRefresher::setTokens(const OAuthTokens &tokens)
{
    m_tokens = tokens;
    schedule();
}

void OAuthTokenRefresher::schedule()
{
    if (m_timer) {
        m_clock->cancel(m_timer);
        m_timer = 0;
    }
    // Without an expiry or a refresh token there is nothing to plan: the server will say when
    // the token stops working.
    if (!m_tokens.expiresAt.isValid() || m_tokens.refreshToken.isEmpty())
        return;
    const qint64 dueInMs = m_clock->wallTime().msecsTo(m_tokens.expiresAt) - m_marginSeconds * 1000;
    m_timer = m_clock->schedule(qMax<qint64>(0, dueInMs), this, [this] {
        m_timer = 0;
        refreshNow();
    });
}

void OAuthTokenRefresher::refreshNow()
{
    if (m_signIn.isRunning())
        return;
    m_signIn.refresh(m_tokens.refreshToken);
}

void OAuthTokenRefresher::store()
{
    if (!m_secrets) {
        Q_EMIT storeFailed(tr("No keychain configured: the sign-in is kept only until exit."));
        return;
    }
    SecretReply *reply =
        m_secrets->write(m_accountId, SecretStore::Kind::OAuth2Tokens, m_tokens.toJson());
    connect(reply, &SecretReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() == SecretReply::Error::NoError)
            Q_EMIT stored();
        else
            Q_EMIT storeFailed(reply->errorString());
    });
}

} // namespace Notifier
