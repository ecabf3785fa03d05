#include "imap/sasl/LoginMechanism.h"

namespace Imap::Sasl {

LoginMechanism::LoginMechanism(const Credentials &credentials)
    : m_credentials(credentials)
{}

LoginMechanism::~LoginMechanism() = default;

QByteArray LoginMechanism::name() const
{
    return QByteArrayLiteral("LOGIN");
}

bool LoginMechanism::hasInitialResponse() const
{
    return false;
}

Mechanism::Step LoginMechanism::respond(QByteArrayView /*challenge: a prompt we ignore*/)
{
    switch (m_step++) {
    case 0:
        return Step::respond(m_credentials.username.toUtf8());
    case 1:
        return Step::respond(m_credentials.password.toUtf8());
    default:
        return Step::fail(QStringLiteral("LOGIN: unexpected third challenge from the server"));
    }
}

} // namespace Imap::Sasl
