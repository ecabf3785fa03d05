#pragma once

#include "imap/sasl/Credentials.h"
#include "imap/sasl/Mechanism.h"

namespace Imap::Sasl {

// OAUTHBEARER (RFC 7628): a GS2 header with the user as authzid, then host, port and the
// bearer token as ^A-separated key-value pairs. On failure the server sends a JSON error
// as a challenge; the client must answer with a single ^A (kvsep, RFC 7628 §3.2.3) and then
// gets the tagged NO. The JSON is kept in serverErrorDetails().
class LETTERTRAY_IMAP_EXPORT OAuthBearerMechanism : public Mechanism
{
public:
    explicit OAuthBearerMechanism(const Credentials &credentials);
    ~OAuthBearerMechanism() override;

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
