#pragma once

// Private: drives one AUTHENTICATE exchange for the connection (mechanism choice, SASL-IR, the
// challenge/response loop, server proof) over the mechanisms of src/imap/sasl.

#include "imap/sasl/Credentials.h"
#include "imap/sasl/Session.h"
#include "imap/wire/CommandArgument.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayList>
#include <QtCore/QString>

#include <memory>
#include <optional>

namespace Imap {

class SaslAuthenticator
{
public:
    SaslAuthenticator(const QString &user, const QString &secret, const QByteArray &mechanism,
                      const QString &host, quint16 port);
    ~SaslAuthenticator();

    // Chooses the mechanism from the server's capabilities when the command is about to be
    // sent; returns why AUTHENTICATE must not be sent (empty when it may).
    QString prepare(const QByteArrayList &capabilities, bool passwordExposureAllowed);
    // The AUTHENTICATE arguments (mechanism and, with SASL-IR, the initial response).
    QList<Wire::CommandArgument> arguments();
    // The line answering a continuation (base64, empty, or "*" when the step failed and the
    // exchange is cancelled); nullopt once cancelled: a cancelled exchange takes no more steps.
    std::optional<QByteArray> respond(const QByteArray &challenge);
    // After the tagged OK: non-empty when the server did not prove itself (SCRAM) or when we
    // cancelled (an OK to a cancelled exchange cannot be trusted).
    QString verifySuccess() const;
    // Why the exchange was cancelled (empty when it was not): the reply's error.
    QString cancelReason() const { return m_cancelReason; }

private:
    Sasl::Credentials m_credentials;
    QByteArray m_requested;
    std::unique_ptr<Sasl::Session> m_session;
    bool m_saslIr = false;
    QString m_cancelReason;
};

} // namespace Imap
