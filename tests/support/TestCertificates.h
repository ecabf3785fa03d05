#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace TestSupport {

// A certificate with its private key, as a TLS server needs it.
struct TestIdentity
{
    QSslCertificate certificate;
    QSslKey privateKey;
    QString certificatePath; // PEM file, for tools and for clients that read files
    QString keyPath;

    bool isValid() const { return !certificate.isNull() && !privateKey.isNull(); }
    // The SHA-256 fingerprint a user would pin (hex, lower case, no separators).
    QByteArray sha256() const { return certificate.digest(QCryptographicHash::Sha256).toHex(); }
};

// Certificates made for this test run with the openssl command (EC P-256, so it is quick),
// once per process, in a temporary directory that lives until the process ends:
//   ca()          a CA a test adds to its client's trusted CAs
//   server()      127.0.0.1 / localhost, signed by ca(): the normal, trusted server
//   otherServer() also signed by ca() and valid, but a different key: "the certificate changed"
//   selfSigned()  127.0.0.1 / localhost, self-signed, trusted by nobody
// Nothing is read from or written to the user's system trust store.
class TestCertificates
{
public:
    static bool available(); // false if openssl failed; errorString() says why
    static QString errorString();

    static QSslCertificate ca();
    static QString caPath();
    static TestIdentity server();
    static TestIdentity otherServer();
    static TestIdentity selfSigned();
};

} // namespace TestSupport
