#pragma once

#include "imap/ImapExport.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslError>

namespace Imap {

// Why a connection failed or ended. For certificate problems it carries what a user needs to
// decide whether to pin this exact certificate for this host.
struct LETTERTRAY_IMAP_EXPORT ConnectionError
{
    enum class Kind
    {
        None,
        Network,             // host not found, refused, reset, proxy failure
        Timeout,             // connect, TLS handshake, greeting or inactivity timeout
        TlsHandshake,        // TLS failed for another reason than the certificate
        CertificateRejected, // verification failed; see sslErrors, chain and leafSha256
        PinMismatch,         // the leaf is not the pinned certificate
        StartTlsUnavailable, // STARTTLS chosen but not offered
        StartTlsRefused,     // STARTTLS answered with NO/BAD
        StartTlsInjection,   // bytes followed the STARTTLS OK before the handshake
        PreauthNotAllowed,   // PREAUTH greeting while STARTTLS is required
        GreetingRejected,    // * BYE / * NO greeting
        InvalidGreeting,     // garbage or an unexpected response instead of a greeting
        ServerBye,           // * BYE during the session
        ProtocolError,       // the server broke the protocol; we closed the connection
        ConnectionLost,      // the connection closed unexpectedly
        Closed,              // closed by the application
    };

    Kind kind = Kind::None;
    QString message;
    QList<QSslError> sslErrors;
    QList<QSslCertificate> certificateChain;
    QByteArray leafSha256; // raw 32 bytes; see leafFingerprint()

    bool isError() const { return kind != Kind::None; }
    // "AB:CD:..." form of leafSha256, the form users paste into a pin setting.
    QString leafFingerprint() const;
    static QString kindName(Kind kind);
};

} // namespace Imap
