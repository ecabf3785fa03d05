#include "imap/sasl/ScramMechanism.h"

#include "imap/sasl/SaslName_p.h"
#include "imap/sasl/SaslPrep.h"
#include "imap/sasl/SecureMemory.h"

#include <QtCore/QList>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QPasswordDigestor>

namespace Imap::Sasl {

namespace {

// Splits "a=1,b=2" into attributes; a value may itself contain '=' (base64).
struct Attribute
{
    char name;
    QByteArray value;
};

bool parseAttributes(QByteArrayView message, QList<Attribute> *out)
{
    for (const QByteArray &part : message.toByteArray().split(',')) {
        if (part.size() < 2 || part.at(1) != '=' ||
            !((part.at(0) >= 'a' && part.at(0) <= 'z') || (part.at(0) >= 'A' && part.at(0) <= 'Z')))
            return false;
        out->append(Attribute{part.at(0), part.mid(2)});
    }
    return true;
}

std::optional<QByteArray> strictBase64(const QByteArray &text)
{
    if (text.isEmpty() || text.size() % 4 != 0)
        return std::nullopt;
    const QByteArray::FromBase64Result r =
        QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    return r.decoded;
}

} // namespace

ScramMechanism::ScramMechanism(Hash hash, const Credentials &credentials, const Policy &policy)
    : m_hash(hash)
    , m_credentials(credentials)
    , m_policy(policy)
{}

ScramMechanism::~ScramMechanism()
{
    SecureMemory::wipe(m_expectedServerSignature);
}

QByteArray ScramMechanism::name() const
{
    return m_hash == Hash::Sha256 ? QByteArrayLiteral("SCRAM-SHA-256")
                                  : QByteArrayLiteral("SCRAM-SHA-1");
}

bool ScramMechanism::hasInitialResponse() const
{
    return true;
}

QByteArray ScramMechanism::hmac(const QByteArray &key, const QByteArray &message) const
{
    return QMessageAuthenticationCode::hash(message, key,
                                            m_hash == Hash::Sha256 ? QCryptographicHash::Sha256
                                                                   : QCryptographicHash::Sha1);
}

QByteArray ScramMechanism::hash(const QByteArray &data) const
{
    return QCryptographicHash::hash(data, m_hash == Hash::Sha256 ? QCryptographicHash::Sha256
                                                                 : QCryptographicHash::Sha1);
}

Mechanism::Step ScramMechanism::fail(const QString &why)
{
    m_state = State::Failed;
    return Step::fail(QStringLiteral("%1: %2").arg(QString::fromLatin1(name()), why));
}

Mechanism::Step ScramMechanism::initialResponse()
{
    if (m_state != State::Initial)
        return fail(QStringLiteral("initial response requested twice"));
    const SaslPrep::Result user = SaslPrep::prepare(m_credentials.username);
    if (!user.isValid())
        return fail(QStringLiteral("user name rejected by SASLprep (%1)").arg(user.error));
    if (user.text.isEmpty())
        return fail(QStringLiteral("empty user name"));
    QByteArray authzid;
    if (!m_credentials.authorizationId.isEmpty()) {
        const SaslPrep::Result a = SaslPrep::prepare(m_credentials.authorizationId);
        if (!a.isValid())
            return fail(QStringLiteral("authorization id rejected by SASLprep (%1)").arg(a.error));
        authzid = "a=" + escapeSaslName(a.text.toUtf8());
    }
    if (m_clientNonce.isEmpty()) {
        // 18 random bytes -> 24 base64 characters, none of them ','.
        quint32 words[5];
        QRandomGenerator::system()->fillRange(words);
        const QByteArray random(reinterpret_cast<const char *>(words), 18);
        m_clientNonce = random.toBase64();
    }
    m_gs2Header = "n," + authzid + ',';
    m_clientFirstBare = "n=" + escapeSaslName(user.text.toUtf8()) + ",r=" + m_clientNonce;
    m_state = State::SentClientFirst;
    return Step::respond(m_gs2Header + m_clientFirstBare);
}

Mechanism::Step ScramMechanism::respond(QByteArrayView challenge)
{
    switch (m_state) {
    case State::Initial:
        if (challenge.isEmpty())
            return initialResponse(); // no SASL-IR: the server's empty "+" lets us start
        return fail(QStringLiteral("server spoke first"));
    case State::SentClientFirst:
        return handleServerFirst(challenge);
    case State::SentClientFinal:
        return handleServerFinal(challenge);
    case State::Verified:
        return fail(QStringLiteral("unexpected challenge after the server signature"));
    case State::Failed:
        break;
    }
    return fail(QStringLiteral("exchange already failed"));
}

Mechanism::Step ScramMechanism::handleServerFirst(QByteArrayView message)
{
    QList<Attribute> attrs;
    if (!parseAttributes(message, &attrs) || attrs.size() < 3)
        return fail(QStringLiteral("malformed server-first-message"));
    if (attrs.at(0).name == 'm')
        return fail(QStringLiteral("server requires an unsupported mandatory extension"));
    if (attrs.at(0).name != 'r' || attrs.at(1).name != 's' || attrs.at(2).name != 'i')
        return fail(QStringLiteral("malformed server-first-message"));
    const QByteArray nonce = attrs.at(0).value;
    // The server's nonce must extend ours, or the exchange could be replayed.
    if (!nonce.startsWith(m_clientNonce) || nonce.size() <= m_clientNonce.size())
        return fail(QStringLiteral("server nonce does not extend the client nonce"));
    for (const char c : nonce) {
        if (uchar(c) < 0x21 || uchar(c) > 0x7e || c == ',')
            return fail(QStringLiteral("invalid character in server nonce"));
    }
    const std::optional<QByteArray> salt = strictBase64(attrs.at(1).value);
    if (!salt || salt->isEmpty())
        return fail(QStringLiteral("invalid salt"));
    const QByteArray iterText = attrs.at(2).value;
    bool numeric = !iterText.isEmpty() && iterText.size() <= 10 && iterText.at(0) != '0';
    for (const char c : iterText)
        numeric = numeric && c >= '0' && c <= '9';
    const qint64 iterations = numeric ? iterText.toLongLong() : -1;
    if (iterations <= 0)
        return fail(QStringLiteral("invalid iteration count"));
    if (iterations < m_policy.minIterations)
        return fail(QStringLiteral("iteration count %1 is below the minimum %2")
                        .arg(iterations)
                        .arg(m_policy.minIterations));
    if (iterations > m_policy.maxIterations)
        return fail(QStringLiteral("iteration count %1 is above the allowed maximum %2")
                        .arg(iterations)
                        .arg(m_policy.maxIterations));

    const SaslPrep::Result prepared = SaslPrep::prepare(m_credentials.password);
    if (!prepared.isValid())
        return fail(QStringLiteral("password rejected by SASLprep (%1)").arg(prepared.error));
    QByteArray password = prepared.text.toUtf8();
    QString preparedText = prepared.text;
    SecureMemory::wipe(preparedText);

    const auto algorithm =
        m_hash == Hash::Sha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
    const int hashLength = QCryptographicHash::hashLength(algorithm);
    QByteArray saltedPassword = QPasswordDigestor::deriveKeyPbkdf2(
        algorithm, password, *salt, int(iterations), quint64(hashLength));
    SecureMemory::wipe(password);
    if (saltedPassword.size() != hashLength)
        return fail(QStringLiteral("key derivation failed"));

    QByteArray clientKey = hmac(saltedPassword, QByteArrayLiteral("Client Key"));
    QByteArray storedKey = hash(clientKey);
    const QByteArray clientFinalWithoutProof = "c=" + m_gs2Header.toBase64() + ",r=" + nonce;
    const QByteArray authMessage =
        m_clientFirstBare + ',' + message.toByteArray() + ',' + clientFinalWithoutProof;
    QByteArray clientSignature = hmac(storedKey, authMessage);
    QByteArray proof = clientKey;
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = char(proof.at(i) ^ clientSignature.at(i));
    QByteArray serverKey = hmac(saltedPassword, QByteArrayLiteral("Server Key"));
    m_expectedServerSignature = hmac(serverKey, authMessage);

    for (QByteArray *secret :
         {&saltedPassword, &clientKey, &storedKey, &clientSignature, &serverKey})
        SecureMemory::wipe(*secret);
    const QByteArray clientFinal = clientFinalWithoutProof + ",p=" + proof.toBase64();
    SecureMemory::wipe(proof);
    m_state = State::SentClientFinal;
    return Step::respond(clientFinal);
}

Mechanism::Step ScramMechanism::handleServerFinal(QByteArrayView message)
{
    QList<Attribute> attrs;
    if (!parseAttributes(message, &attrs) || attrs.isEmpty())
        return fail(QStringLiteral("malformed server-final-message"));
    if (attrs.at(0).name == 'e')
        return fail(QStringLiteral("server reported %1").arg(QString::fromUtf8(attrs.at(0).value)));
    if (attrs.at(0).name != 'v')
        return fail(QStringLiteral("malformed server-final-message"));
    const std::optional<QByteArray> signature = strictBase64(attrs.at(0).value);
    if (!signature || !SecureMemory::equalConstantTime(*signature, m_expectedServerSignature))
        return fail(QStringLiteral(
            "server signature does not match: the server does not know the password"));
    m_state = State::Verified;
    return Step::respond(
        QByteArray()); // RFC 9051: the client answers the final data with an empty line
}

QString ScramMechanism::verifyCompletion() const
{
    if (m_state == State::Verified)
        return {};
    return QStringLiteral("%1: the server reported success without proving its identity (no valid "
                          "server signature)")
        .arg(QString::fromLatin1(name()));
}

} // namespace Imap::Sasl
