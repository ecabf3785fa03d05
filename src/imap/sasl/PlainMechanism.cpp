#include "imap/sasl/PlainMechanism.h"

#include "imap/sasl/SecureMemory.h"

namespace Imap::Sasl {

PlainMechanism::PlainMechanism(const Credentials &credentials)
    : m_credentials(credentials)
{}

PlainMechanism::~PlainMechanism() = default;

QByteArray PlainMechanism::name() const
{
    return QByteArrayLiteral("PLAIN");
}

bool PlainMechanism::hasInitialResponse() const
{
    return true;
}

Mechanism::Step PlainMechanism::initialResponse()
{
    if (m_sent)
        return Step::fail(QStringLiteral("PLAIN: initial response requested twice"));
    m_sent = true;
    QByteArray authzid = m_credentials.authorizationId.toUtf8();
    QByteArray user = m_credentials.username.toUtf8();
    QByteArray password = m_credentials.password.toUtf8();
    Step step;
    // NUL separates the three fields: one inside a field would shift them (RFC 4616 §2).
    if (authzid.contains('\0') || user.contains('\0') || password.contains('\0')) {
        step = Step::fail(QStringLiteral("PLAIN: user name or password contains NUL"));
    } else if (user.isEmpty()) {
        step = Step::fail(QStringLiteral("PLAIN: empty user name"));
    } else {
        QByteArray message;
        message.reserve(authzid.size() + user.size() + password.size() + 2);
        message.append(authzid).append('\0').append(user).append('\0').append(password);
        step = Step::respond(message);
    }
    SecureMemory::wipe(password);
    return step;
}

Mechanism::Step PlainMechanism::respond(QByteArrayView challenge)
{
    // Without SASL-IR the server first sends an empty challenge; PLAIN then speaks.
    if (!m_sent && challenge.isEmpty())
        return initialResponse();
    return Step::fail(QStringLiteral("PLAIN: unexpected challenge from the server"));
}

} // namespace Imap::Sasl
