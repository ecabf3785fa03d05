#pragma once

#include "notifier/Clock.h"
#include "notifier/OAuthSignIn.h"
#include "notifier/OAuthTokens.h"

#include <QtCore/QObject>

namespace Notifier {

class SecretStore;

// Keeps one account's access token fresh: refreshes it a margin before it expires (on the
// injectable Clock), and writes every new token set to the keychain through SecretStore —
// the only place tokens are kept. A refused refresh (revoked grant) is reported once and not
// retried: only the user can sign in again.
class OAuthTokenRefresher : public QObject
{
    Q_OBJECT
public:
    OAuthTokenRefresher(const OAuthProvider &provider, Clock *clock, QObject *parent = nullptr);

    // Where new tokens are stored; without a store they are kept in memory only.
    void setSecretStore(SecretStore *store, const QString &accountId);
    void setRefreshMarginSeconds(qint64 seconds) { m_marginSeconds = seconds; }

    // Takes tokens from a sign-in (or the keychain) and schedules their refresh. Does not
    // store them: call store() after a sign-in.
    void setTokens(const OAuthTokens &tokens);
    OAuthTokens tokens() const { return m_tokens; }
    // Writes the current tokens to the SecretStore; stored() or storeFailed() follows.
    void store();
    void refreshNow();

Q_SIGNALS:
    void tokensRefreshed(const Notifier::OAuthTokens &tokens);
    void refreshFailed(Notifier::OAuthSignIn::Error error, const QString &message);
    void stored();
    void storeFailed(const QString &message);

private:
    void schedule();

    OAuthSignIn m_signIn;
    Clock *m_clock;
    SecretStore *m_secrets = nullptr;
    QString m_accountId;
    OAuthTokens m_tokens;
    qint64 m_marginSeconds = 300;
    Clock::Handle m_timer = 0;
};

} // namespace Notifier
