#pragma once

#include "imap/sasl/Credentials.h"
#include "imap/sasl/Mechanism.h"

namespace Imap::Sasl {

// LOGIN (draft-murchison-sasl-login): the server prompts twice and the client answers with
// the user name, then the password. The prompt texts vary between servers ("Username:",
// "User Name", localised ones) and are ignored: the first challenge gets the name, the
// second the password, a third is an error. Password in the clear: TLS only.
class LETTERTRAY_IMAP_EXPORT LoginMechanism : public Mechanism
{
public:
    explicit LoginMechanism(const Credentials &credentials);
    ~LoginMechanism() override;

    QByteArray name() const override;
    bool hasInitialResponse() const override;

    Step respond(QByteArrayView challenge) override;
    bool exposesPassword() const override { return true; }

private:
    Credentials m_credentials;
    int m_step = 0;
};

} // namespace Imap::Sasl
