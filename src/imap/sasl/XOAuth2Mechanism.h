#pragma once

#include "imap/sasl/Credentials.h"
#include "imap/sasl/Mechanism.h"

namespace Imap::Sasl {

// XOAUTH2 (Google/Microsoft): "user=U ^Aauth=Bearer T ^A^A" as the client's first message.
// When the token is refused the server sends a base64 JSON error as a challenge and waits:
// the client answers with an empty response, then gets the tagged NO. The JSON is kept in
// serverErrorDetails() for the report.
class LETTERTRAY_IMAP_EXPORT XOAuth2Mechanism : public Mechanism
{
public:
    explicit XOAuth2Mechanism(const Credentials &credentials);
    ~XOAuth2Mechanism() override;

    QByteArray name() const override;
    bool hasInitialResponse() const override;
    Step initialResponse() override;
    Step respond(QByteArrayView challenge) override;

private:
    Credentials m_credentials;
    bool m_sent = false;
    bool m_errorAnswered = false;
};

} // namespace Imap::Sasl
