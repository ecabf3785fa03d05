#pragma once

#include "imap/ImapExport.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QSslCertificate>

#include <chrono>

namespace Imap {

// How to reach a server and how careful to be. The defaults are the safe choice: implicit TLS
// on port 993, certificate verified against the system CAs, no cleartext passwords.
struct LETTERTRAY_IMAP_EXPORT ConnectionSettings
{
    enum class Security
    {
        ImplicitTls, // TLS from the first byte (port 993)
        StartTls,    // plaintext greeting, then STARTTLS, which is then mandatory (port 143)
        Plaintext,   // no encryption: only when chosen explicitly
    };

    QString host;
    quint16 port = 0; // 0: 993 for ImplicitTls, 143 otherwise
    Security security = Security::ImplicitTls;

    // Extra trust anchors (e.g. a private CA), added to the system's unless told otherwise.
    QList<QSslCertificate> caCertificates;
    bool useSystemCaCertificates = true;
    // SHA-256 of the leaf certificate the user pinned for this host (32 raw bytes; use
    // parseFingerprint() for "AB:CD:..." text). When set, the leaf must match on every
    // connection, and a match is trusted even when the chain does not verify.
    QByteArray pinnedSha256;
    // Name to verify the certificate against when it differs from host (e.g. host is an IP).
    QString peerVerifyName;
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);

    // Passwords (LOGIN, AUTHENTICATE PLAIN/LOGIN) over an unencrypted connection are refused
    // unless this is set as well as Security::Plaintext.
    bool allowCleartextPasswords = false;

    std::chrono::milliseconds connectTimeout{30000};
    std::chrono::milliseconds tlsHandshakeTimeout{30000};
    std::chrono::milliseconds greetingTimeout{30000};
    // Fails the commands on the wire when the server sends nothing for this long; every
    // received byte restarts it, so a slow large literal never times out while bytes flow.
    std::chrono::milliseconds inactivityTimeout{std::chrono::minutes(2)};
    // IDLE is renewed (DONE + IDLE) after this long; RFC 9051 servers may drop an IDLE after
    // 30 minutes, and NAT boxes much sooner.
    std::chrono::milliseconds idleRenewal{std::chrono::minutes(29)};

    quint16 effectivePort() const;
    // "AB:CD:..." or "abcd..." (64 hex digits, optional colons/spaces) -> 32 bytes; empty if
    // the text is not a SHA-256 fingerprint.
    static QByteArray parseFingerprint(QStringView text);
};

} // namespace Imap
