#include "imap/sasl/CramMd5Mechanism.h"

#include "imap/sasl/SecureMemory.h"

#include <QtCore/QMessageAuthenticationCode>

namespace Imap::Sasl {

CramMd5Mechanism::CramMd5Mechanism(const Credentials &credentials)
    : m_credentials(credentials)
{}

CramMd5Mechanism::~CramMd5Mechanism() = default;

QByteArray CramMd5Mechanism::name() const
{
    return QByteArrayLiteral("CRAM-MD5");
}

bool CramMd5Mechanism::hasInitialResponse() const
{
    return false;
}

Mechanism::Step CramMd5Mechanism::respond(QByteArrayView challenge)
{
    if (m_answered)
        return Step::fail(QStringLiteral("CRAM-MD5: unexpected second challenge from the server"));
    m_answered = true;
    if (challenge.isEmpty())
        return Step::fail(QStringLiteral("CRAM-MD5: empty challenge"));
    QByteArray key = m_credentials.password.toUtf8();
    const QByteArray digest =
        QMessageAuthenticationCode::hash(challenge.toByteArray(), key, QCryptographicHash::Md5)
            .toHex();
    SecureMemory::wipe(key);
    return Step::respond(m_credentials.username.toUtf8() + ' ' + digest);
}

} // namespace Imap::Sasl
