#pragma once

#include "imap/sasl/Credentials.h"
#include "imap/sasl/Mechanism.h"

#include <QtCore/QCryptographicHash>

namespace Imap::Sasl {

// SCRAM-SHA-1 (RFC 5802) and SCRAM-SHA-256 (RFC 7677), without channel binding ("n,,").
// The password never crosses the wire, and the server must prove that it knows the stored
// key: its signature is checked (constant time) before we answer, and a tagged OK without
// it fails verifyCompletion().
//
// The server chooses the PBKDF2 iteration count; a hostile one could make us burn CPU for
// minutes, a tiny one weakens the exchange. Both bounds are configurable (ScramPolicy); by
// default we refuse fewer than 4096 (the minimum of RFC 7677 §4, RFC 5802's
// recommendation, and what the RFC test vectors use) and more than 100000.
struct ScramPolicy
{
    int minIterations = 4096;
    int maxIterations = 100000;
};

class LETTERTRAY_IMAP_EXPORT ScramMechanism : public Mechanism
{
public:
    enum class Hash
    {
        Sha1,
        Sha256
    };
    using Policy = ScramPolicy;

    ScramMechanism(Hash hash, const Credentials &credentials, const Policy &policy = Policy());
    ~ScramMechanism() override;

    QByteArray name() const override;
    bool hasInitialResponse() const override;
    Step initialResponse() override;
    Step respond(QByteArrayView challenge) override;
    QString verifyCompletion() const override;

    // Fixes the client nonce (printable ASCII without ','), for the RFC test vectors.
    void setClientNonceForTesting(const QByteArray &nonce) { m_clientNonce = nonce; }

private:
    enum class State
    {
        Initial,
        SentClientFirst,
        SentClientFinal,
        Verified,
        Failed
    };
    Step handleServerFirst(QByteArrayView message);
    Step handleServerFinal(QByteArrayView message);
    Step fail(const QString &why);
    QByteArray hmac(const QByteArray &key, const QByteArray &message) const;
    QByteArray hash(const QByteArray &data) const;

    Hash m_hash;
    Credentials m_credentials;
    Policy m_policy;
    State m_state = State::Initial;
    QByteArray m_clientNonce;
    QByteArray m_gs2Header;
    QByteArray m_clientFirstBare;
    QByteArray m_expectedServerSignature;
};

} // namespace Imap::Sasl
