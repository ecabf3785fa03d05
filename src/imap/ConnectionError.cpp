#include "imap/ConnectionError.h"

namespace Imap {

QString ConnectionError::leafFingerprint() const
{
    return QString::fromLatin1(leafSha256.toHex(':').toUpper());
}

QString ConnectionError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network error");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::TlsHandshake:
        return QStringLiteral("TLS handshake failed");
    case Kind::CertificateRejected:
        return QStringLiteral("certificate rejected");
    case Kind::PinMismatch:
        return QStringLiteral("certificate does not match the pinned fingerprint");
    case Kind::StartTlsUnavailable:
        return QStringLiteral("STARTTLS not offered");
    case Kind::StartTlsRefused:
        return QStringLiteral("STARTTLS refused");
    case Kind::StartTlsInjection:
        return QStringLiteral("plaintext injected after STARTTLS");
    case Kind::PreauthNotAllowed:
        return QStringLiteral("PREAUTH while STARTTLS is required");
    case Kind::GreetingRejected:
        return QStringLiteral("server rejected the connection");
    case Kind::InvalidGreeting:
        return QStringLiteral("invalid greeting");
    case Kind::ServerBye:
        return QStringLiteral("server closed the session (BYE)");
    case Kind::ProtocolError:
        return QStringLiteral("protocol error");
    case Kind::ConnectionLost:
        return QStringLiteral("connection lost");
    case Kind::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

} // namespace Imap
