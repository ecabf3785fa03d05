#include "imap/SaslAuthenticator_p.h"

namespace Imap {

SaslAuthenticator::SaslAuthenticator(const QString &user, const QString &secret,
                                     const QByteArray &mechanism)
    : m_user(user)
    , m_secret(secret)
    , m_requested(mechanism.toUpper())
{}

SaslAuthenticator::~SaslAuthenticator() = default;

QString SaslAuthenticator::prepare(const QByteArrayList &capabilities, bool encrypted,
                                   bool cleartextAllowed)
{
    Q_UNUSED(encrypted);
    QByteArrayList offered;
    for (const QByteArray &capability : capabilities) {
        if (capability.size() > 5 && capability.first(5).toUpper() == "AUTH=") {
            offered.append(capability.mid(5).toUpper());
        }
    }
    const QByteArrayList supported{QByteArrayLiteral("PLAIN")};
    if (!m_requested.isEmpty()) {
        if (!supported.contains(m_requested)) {
            return QStringLiteral("unsupported SASL mechanism ") + QString::fromLatin1(m_requested);
        }
        m_mechanism = m_requested;
    } else {
        for (const QByteArray &candidate : supported) {
            if (offered.contains(candidate)) {
                m_mechanism = candidate;
                break;
            }
        }
        if (m_mechanism.isEmpty()) {
            return QStringLiteral("no SASL mechanism in common with the server");
        }
    }
    if (m_mechanism == "PLAIN" && !cleartextAllowed) {
        return QStringLiteral("refusing to send a password over an unencrypted connection");
    }
    return {};
}

QByteArray SaslAuthenticator::step(const QByteArray &challenge)
{
    Q_UNUSED(challenge);
    ++m_step;
    if (m_mechanism == "PLAIN") {
        return QByteArray("\0", 1) + m_user.toUtf8() + QByteArray("\0", 1) + m_secret.toUtf8();
    }
    return {};
}

std::optional<QByteArray> SaslAuthenticator::initialResponse(bool saslIr)
{
    if (!saslIr || m_mechanism != "PLAIN") {
        return std::nullopt;
    }
    m_initialSent = true;
    return step({}).toBase64();
}

std::optional<QByteArray> SaslAuthenticator::respond(const QByteArray &challenge)
{
    if (m_step > 0) {
        // PLAIN is one step; a further challenge (e.g. an error detail) gets an empty answer.
        return QByteArray();
    }
    const auto decoded = QByteArray::fromBase64Encoding(challenge);
    if (!decoded) {
        return std::nullopt;
    }
    return step(*decoded).toBase64();
}

bool SaslAuthenticator::finish(const Wire::TaggedStatus &status)
{
    Q_UNUSED(status);
    return true;
}

} // namespace Imap
