#include "imap/SaslAuthenticator_p.h"

#include "imap/sasl/MechanismChooser.h"
#include "imap/wire/Response.h"

namespace Imap {

SaslAuthenticator::SaslAuthenticator(const QString &user, const QString &secret,
                                     const QByteArray &mechanism, const QString &host, quint16 port)
    : m_requested(mechanism.toUpper())
{
    m_credentials.username = user;
    // OAuth mechanisms take a bearer token; every other mechanism a password.
    if (m_requested == "XOAUTH2" || m_requested == "OAUTHBEARER") {
        m_credentials.accessToken = secret;
    } else {
        m_credentials.password = secret;
    }
    m_credentials.host = host;
    m_credentials.port = port;
}

SaslAuthenticator::~SaslAuthenticator() = default;

QString SaslAuthenticator::prepare(const QByteArrayList &capabilities, bool passwordExposureAllowed)
{
    Sasl::MechanismChooser::Options options;
    options.preferred = m_requested;
    options.allowPasswordExposure = passwordExposureAllowed;
    Sasl::MechanismChooser::Choice choice =
        Sasl::MechanismChooser::choose(capabilities, m_credentials, options);
    if (!choice.mechanism) {
        return choice.error.isEmpty() ? QStringLiteral("no usable SASL mechanism") : choice.error;
    }
    bool saslIr = false;
    for (const QByteArray &capability : capabilities) {
        saslIr = saslIr || Wire::equalsIgnoreCase(capability, "SASL-IR");
    }
    m_session = std::make_unique<Sasl::Session>(std::move(choice.mechanism), saslIr);
    return {};
}

QList<Wire::CommandArgument> SaslAuthenticator::arguments()
{
    if (!m_session) {
        return {Wire::CommandArgument::invalid(QStringLiteral("no SASL mechanism chosen"))};
    }
    return m_session->commandArguments();
}

std::optional<QByteArray> SaslAuthenticator::respond(const QByteArray &challenge)
{
    if (!m_cancelReason.isEmpty()) {
        return std::nullopt;
    }
    if (!m_session) {
        m_cancelReason = QStringLiteral("AUTHENTICATE cancelled: no SASL mechanism chosen");
        return QByteArrayLiteral("*");
    }
    const Sasl::Session::Reply reply = m_session->continuation(challenge);
    if (reply.cancelled()) {
        // RFC 9051 §6.2.2: the client cancels with "*"; the server then completes with BAD.
        m_cancelReason = QStringLiteral("AUTHENTICATE cancelled: ") + reply.error;
        return QByteArrayLiteral("*");
    }
    return reply.line;
}

QString SaslAuthenticator::verifySuccess() const
{
    if (!m_cancelReason.isEmpty()) {
        return m_cancelReason;
    }
    return m_session ? m_session->finishSuccess() : QString();
}

} // namespace Imap
