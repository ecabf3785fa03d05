#pragma once

#include "imap/sasl/Credentials.h"
#include "imap/sasl/Mechanism.h"

namespace Imap::Sasl {

// PLAIN (RFC 4616): authzid NUL authcid NUL password, in one client message. It hands
// the password to the server, so it belongs on TLS connections only.
class LETTERTRAY_IMAP_EXPORT PlainMechanism : public Mechanism
{
public:
    explicit PlainMechanism(const Credentials &credentials);
    ~PlainMechanism() override;

    QByteArray name() const override;
    bool hasInitialResponse() const override;
    Step initialResponse() override;
    Step respond(QByteArrayView challenge) override;
    bool exposesPassword() const override { return true; }

private:
    Credentials m_credentials;
    bool m_sent = false;
};

} // namespace Imap::Sasl
