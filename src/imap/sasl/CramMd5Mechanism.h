#pragma once

#include "imap/sasl/Credentials.h"
#include "imap/sasl/Mechanism.h"

namespace Imap::Sasl {

// CRAM-MD5 (RFC 2195): answers the server's challenge with the user name and the hex
// HMAC-MD5 of the challenge keyed by the password. The password never crosses the wire,
// but MD5 and the server's need for the plain password make it weaker than SCRAM.
class LETTERTRAY_IMAP_EXPORT CramMd5Mechanism : public Mechanism
{
public:
    explicit CramMd5Mechanism(const Credentials &credentials);
    ~CramMd5Mechanism() override;

    QByteArray name() const override;
    bool hasInitialResponse() const override;

    Step respond(QByteArrayView challenge) override;

private:
    Credentials m_credentials;
    bool m_answered = false;
};

} // namespace Imap::Sasl
