#include "imap/sasl/XOAuth2Mechanism.h"

namespace Imap::Sasl {

XOAuth2Mechanism::XOAuth2Mechanism(const Credentials &credentials)
    : m_credentials(credentials)
{}

XOAuth2Mechanism::~XOAuth2Mechanism() = default;

QByteArray XOAuth2Mechanism::name() const
{
    return QByteArrayLiteral("XOAUTH2");
}

bool XOAuth2Mechanism::hasInitialResponse() const
{
    return true;
}

Mechanism::Step XOAuth2Mechanism::initialResponse()
{
    if (m_sent)
        return Step::fail(QStringLiteral("XOAUTH2: initial response requested twice"));
    m_sent = true;
    const QByteArray user = m_credentials.username.toUtf8();
    const QByteArray token = m_credentials.accessToken.toUtf8();
    // ^A separates the fields; one inside a value would forge a field.
    if (user.contains('\x01') || token.contains('\x01'))
        return Step::fail(QStringLiteral("XOAUTH2: user name or token contains ^A"));
    if (token.isEmpty())
        return Step::fail(QStringLiteral("XOAUTH2: no access token"));
    return Step::respond("user=" + user +
                         "\x01"
                         "auth=Bearer " +
                         token + "\x01\x01");
}

Mechanism::Step XOAuth2Mechanism::respond(QByteArrayView challenge)
{
    if (!m_sent && challenge.isEmpty())
        return initialResponse();
    if (m_errorAnswered)
        return Step::fail(QStringLiteral("XOAUTH2: unexpected second challenge from the server"));
    // The only challenge XOAUTH2 knows is the error JSON; an empty answer lets the server
    // finish with its tagged NO instead of waiting for us.
    m_errorAnswered = true;
    setServerErrorDetails(challenge.toByteArray());
    return Step::respond(QByteArray());
}

} // namespace Imap::Sasl
