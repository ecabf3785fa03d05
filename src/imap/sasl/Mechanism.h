#pragma once

#include "imap/ImapExport.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <optional>

namespace Imap::Sasl {

// One SASL mechanism (RFC 4422) as IMAP's AUTHENTICATE uses it (RFC 9051 §6.2.2, SASL-IR
// RFC 4959). A mechanism works on raw bytes; base64 is the wire's business (see the static
// helpers, or let Sasl::Session drive the whole exchange).
//
// Why no GNU SASL: Lettertray::Imap is an installable Qt library that links QtCore and
// QtNetwork only. libgsasl would add a non-Qt run-time dependency to every consumer (and its
// own crypto backend) for a handful of mechanisms that are short and fully specified by their
// RFCs. We implement them here with QCryptographicHash, QMessageAuthenticationCode and
// QPasswordDigestor::deriveKeyPbkdf2 (QtNetwork), checked against the RFC test vectors.
//
// The client drives a mechanism like this:
//   1. if hasInitialResponse(), call initialResponse() once: with SASL-IR it goes on the
//      AUTHENTICATE line, otherwise it answers the server's first (empty) "+" challenge;
//   2. for each further "+ <base64>" continuation, call respond(decoded challenge) and send
//      the base64 of the response — or "*" to cancel when the step failed;
//   3. on the tagged OK, call verifyCompletion(): a non-empty error means the server claimed
//      success without proving itself (SCRAM server signature missing), so the session must
//      be treated as failed and the connection closed;
//   4. on the tagged NO/BAD, serverErrorDetails() holds what the server sent (OAuth error
//      JSON), for the error report. Never retry automatically.
class LETTERTRAY_IMAP_EXPORT Mechanism
{
public:
    struct Step
    {
        QByteArray response; // raw bytes to send (may be empty), meaningful when ok
        QString error;       // non-empty: cancel the exchange with "*" and report this

        bool ok() const { return error.isEmpty(); }
        static Step respond(const QByteArray &response) { return Step{response, {}}; }
        static Step fail(const QString &error) { return Step{{}, error}; }
    };

    Mechanism() = default;
    Mechanism(const Mechanism &) = delete;
    Mechanism &operator=(const Mechanism &) = delete;
    virtual ~Mechanism();

    // The IANA name, e.g. "SCRAM-SHA-256".
    virtual QByteArray name() const = 0;
    // Whether the client speaks first (PLAIN, XOAUTH2, OAUTHBEARER, SCRAM): then the first
    // message can travel as a SASL-IR initial response.
    virtual bool hasInitialResponse() const = 0;
    // The client's first message. Called at most once, only if hasInitialResponse().
    virtual Step initialResponse();
    // Answers one server challenge (already base64-decoded).
    virtual Step respond(QByteArrayView challenge) = 0;
    // Called after the server's tagged OK. Empty when the exchange is complete.
    virtual QString verifyCompletion() const;
    // Error details the server sent during a failing exchange (OAuth error JSON), if any.
    QByteArray serverErrorDetails() const { return m_serverErrorDetails; }
    // Whether this mechanism sends the password itself (PLAIN, LOGIN): such mechanisms
    // must not be used in cleartext unless the user explicitly allowed plaintext.
    virtual bool exposesPassword() const { return false; }

    // Wire helpers. An empty initial response is sent as "=" (RFC 4959); an empty later
    // response as an empty line.
    static QByteArray encodeInitialResponse(QByteArrayView raw);
    static QByteArray encodeResponse(QByteArrayView raw);
    // Strict base64 decoding of a continuation's text (surrounding spaces ignored).
    static std::optional<QByteArray> decodeChallenge(QByteArrayView base64);
    static QByteArray cancelLine() { return QByteArrayLiteral("*"); }

protected:
    void setServerErrorDetails(const QByteArray &details) { m_serverErrorDetails = details; }

private:
    QByteArray m_serverErrorDetails;
};

} // namespace Imap::Sasl
