#pragma once

#include "imap/ImapExport.h"
#include "imap/sasl/Mechanism.h"
#include "imap/wire/CommandArgument.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>

#include <memory>

namespace Imap::Sasl {

// Drives one AUTHENTICATE exchange over a Mechanism, so that the client only moves lines:
//
//   Session s(std::move(mechanism), serverHasSaslIr);
//   send encoder.encode("AUTHENTICATE", s.commandArguments())     (initial response secret)
//   on "+ <text>":      send s.continuation(text).line + CRLF      (log it as "<redacted>")
//   on tagged OK:       if (!s.finishSuccess().isEmpty()) fail and close the connection
//   on tagged NO/BAD:   report, with s.mechanism()->serverErrorDetails()
//
// A failing step answers "*" (RFC 9051 §6.2.2: the client cancels), and the server then
// completes with a tagged BAD; the step's error is the one to report.
class LETTERTRAY_IMAP_EXPORT Session
{
public:
    Session(std::unique_ptr<Mechanism> mechanism, bool serverSupportsSaslIr);
    ~Session();

    Mechanism *mechanism() const { return m_mechanism.get(); }

    // "NAME" or "NAME <base64 initial response>" (the response marked secret), as typed
    // arguments for the encoder. Call once.
    QList<Wire::CommandArgument> commandArguments();

    struct Reply
    {
        QByteArray line; // to send, without CRLF: base64, empty, or "*"
        QString error;   // non-empty when line is "*": why we cancelled
        bool cancelled() const { return !error.isEmpty(); }
    };
    // text: what follows "+ " on the continuation line.
    Reply continuation(QByteArrayView text);

    // After the tagged OK. Empty when the exchange really completed.
    QString finishSuccess() const;
    // The error of a cancelled step, if any (for the report after the tagged BAD).
    QString lastError() const { return m_lastError; }

private:
    std::unique_ptr<Mechanism> m_mechanism;
    bool m_saslIr = false;
    bool m_initialSent = false;
    QString m_lastError;
};

} // namespace Imap::Sasl
