#pragma once

#include "notifier/OAuthProvider.h"
#include "notifier/OAuthTokens.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtCore/QVariantMap>

#include <functional>

class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QAbstractOAuthReplyHandler;

namespace Notifier {

class Clock;

// One OAuth2 sign-in (authorization-code flow, RFC 6749 §4.1, with PKCE S256, RFC 7636) or one
// token refresh, on Qt Network Authorization. The browser is opened through an injected
// callback: the app passes QDesktopServices::openUrl, so the notifier stays free of QtGui, and
// a test passes a "browser" that follows the redirect itself.
//
// The redirect goes to a loopback listener on 127.0.0.1 and an ephemeral port (RFC 8252 §7.3),
// open only while a sign-in is running.
class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        NoError,
        InvalidProvider,     // no client id or endpoints
        ListenFailed,        // the loopback redirect port could not be opened
        AuthorizationDenied, // the provider redirected back with error=... (e.g. access_denied)
        StateMismatch,       // a redirect whose state is not ours: possible CSRF, refused
        TokenError,          // the token endpoint refused (invalid_grant, ...) or answered junk
        NetworkError,        // the token endpoint could not be reached
        NoRefreshToken,
    };
    Q_ENUM(Error)

    using BrowserOpener = std::function<void(const QUrl &)>;

    explicit OAuthSignIn(const OAuthProvider &provider, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }
    // Expiry times are computed from this clock's wall time (default: the system clock).
    void setClock(Clock *clock) { m_clock = clock; }

    // Starts the browser sign-in. Ends with succeeded() or failed(), once.
    void start();
    // Exchanges a refresh token for a new access token (no browser, no listener).
    void refresh(const QString &refreshToken);
    // Stops a running sign-in or refresh; emits nothing afterwards.
    void abort();

    bool isRunning() const { return m_running; }
    // The loopback redirect URI while a sign-in runs (for diagnostics and tests).
    QUrl redirectUri() const;

Q_SIGNALS:
    void succeeded(const Notifier::OAuthTokens &tokens);
    // message is for the user; it never contains a token or the code.
    void failed(Notifier::OAuthSignIn::Error error, const QString &message);

private:
    void setUpFlow(QAbstractOAuthReplyHandler *handler);
    void onCallback(const QVariantMap &values);
    void onTokens(const QVariantMap &tokens);
    void onTokenReplyFinished(QNetworkReply *reply);
    void fail(Error error, const QString &message);
    void finishWith(const OAuthTokens &tokens);
    void tearDown();

    OAuthProvider m_provider;
    BrowserOpener m_openBrowser;
    Clock *m_clock = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QPointer<QAbstractOAuthReplyHandler> m_handler;
    QByteArray m_codeVerifier;
    QString m_previousRefreshToken;
    bool m_running = false;
};

} // namespace Notifier
