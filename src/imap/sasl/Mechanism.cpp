#include "imap/sasl/Mechanism.h"

namespace Imap::Sasl {

Mechanism::~Mechanism() = default;

Mechanism::Step Mechanism::initialResponse()
{
    return Step::fail(
        QStringLiteral("%1 has no initial response").arg(QString::fromLatin1(name())));
}

QString Mechanism::verifyCompletion() const
{
    return {};
}

QByteArray Mechanism::encodeInitialResponse(QByteArrayView raw)
{
    if (raw.isEmpty())
        return QByteArrayLiteral("=");
    return raw.toByteArray().toBase64();
}

QByteArray Mechanism::encodeResponse(QByteArrayView raw)
{
    return raw.toByteArray().toBase64();
}

std::optional<QByteArray> Mechanism::decodeChallenge(QByteArrayView base64)
{
    const QByteArray trimmed = base64.trimmed().toByteArray();
    if (trimmed.isEmpty())
        return QByteArray();
    // Base64 text is a multiple of 4 characters; anything else is not what RFC 9051 allows.
    if (trimmed.size() % 4 != 0)
        return std::nullopt;
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace Imap::Sasl
