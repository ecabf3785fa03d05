#pragma once

// Private: drives one AUTHENTICATE exchange for the connection (mechanism choice, SASL-IR,
// the challenge/response loop) over the mechanisms of src/imap/sasl.

#include "imap/wire/Response.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayList>
#include <QtCore/QString>

#include <optional>

namespace Imap {

class SaslAuthenticator
{
public:
    SaslAuthenticator(const QString &user, const QString &secret, const QByteArray &mechanism);
    ~SaslAuthenticator();

    // Chooses the mechanism from the server's capabilities; returns why AUTHENTICATE must not
    // be sent (empty when it may).
    QString prepare(const QByteArrayList &capabilities, bool encrypted, bool cleartextAllowed);
    QByteArray mechanismName() const { return m_mechanism; }
    // Base64 initial response when SASL-IR may carry it, nullopt to wait for the first "+".
    std::optional<QByteArray> initialResponse(bool saslIr);
    // Base64 answer to a base64 challenge; nullopt cancels the exchange ("*").
    std::optional<QByteArray> respond(const QByteArray &challenge);
    // The tagged result; false if the mechanism says the server is not who it claims
    // (e.g. a wrong SCRAM server signature), which turns an OK into a failure.
    bool finish(const Wire::TaggedStatus &status);

private:
    QByteArray step(const QByteArray &challenge);

    QString m_user;
    QString m_secret;
    QByteArray m_requested;
    QByteArray m_mechanism;
    int m_step = 0;
    bool m_initialSent = false;
};

} // namespace Imap
