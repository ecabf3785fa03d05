#include "imap/sasl/OAuthBearerMechanism.h"

#include "imap/sasl/SaslName_p.h"

namespace Imap::Sasl {

OAuthBearerMechanism::OAuthBearerMechanism(const Credentials &credentials)
    : m_credentials(credentials)
{}

OAuthBearerMechanism::~OAuthBearerMechanism() = default;

QByteArray OAuthBearerMechanism::name() const
{
    return QByteArrayLiteral("OAUTHBEARER");
}

bool OAuthBearerMechanism::hasInitialResponse() const
{
    return true;
}

Mechanism::Step OAuthBearerMechanism::initialResponse()
{
    if (m_sent)
        return Step::fail(QStringLiteral("OAUTHBEARER: initial response requested twice"));
    m_sent = true;
    const QByteArray token = m_credentials.accessToken.toUtf8();
    const QByteArray host = m_credentials.host.toUtf8();
    if (token.isEmpty())
        return Step::fail(QStringLiteral("OAUTHBEARER: no access token"));
    // RFC 7628 §3.1: the bearer token is b64token characters; host a plain value. Control
    // characters (^A above all) would forge key-value pairs.
    for (const QByteArray &value : {token, host, m_credentials.username.toUtf8()}) {
        for (const char c : value) {
            if (uchar(c) < 0x20 || c == 0x7f)
                return Step::fail(
                    QStringLiteral("OAUTHBEARER: control character in user name, host or token"));
        }
    }
    QByteArray message = "n,";
    if (!m_credentials.username.isEmpty())
        message += "a=" + escapeSaslName(m_credentials.username.toUtf8());
    message += ",\x01";
    if (!host.isEmpty())
        message += "host=" + host + '\x01';
    if (m_credentials.port != 0)
        message += "port=" + QByteArray::number(m_credentials.port) + '\x01';
    message += "auth=Bearer " + token + "\x01\x01";
    return Step::respond(message);
}

Mechanism::Step OAuthBearerMechanism::respond(QByteArrayView challenge)
{
    if (!m_sent && challenge.isEmpty())
        return initialResponse();
    if (m_errorAnswered)
        return Step::fail(
            QStringLiteral("OAUTHBEARER: unexpected second challenge from the server"));
    m_errorAnswered = true;
    setServerErrorDetails(challenge.toByteArray());
    return Step::respond(QByteArrayLiteral("\x01"));
}

} // namespace Imap::Sasl
