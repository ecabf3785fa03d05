#include "imap/sasl/Session.h"

#include "imap/sasl/SecureMemory.h"

namespace Imap::Sasl {

Session::Session(std::unique_ptr<Mechanism> mechanism, bool serverSupportsSaslIr)
    : m_mechanism(std::move(mechanism))
    , m_saslIr(serverSupportsSaslIr)
{}

Session::~Session() = default;

QList<Wire::CommandArgument> Session::commandArguments()
{
    QList<Wire::CommandArgument> args;
    if (!m_mechanism) {
        args.append(Wire::CommandArgument::invalid(QStringLiteral("no SASL mechanism")));
        return args;
    }
    args.append(Wire::CommandArgument::atom(m_mechanism->name()));
    if (m_saslIr && m_mechanism->hasInitialResponse() && !m_initialSent) {
        m_initialSent = true;
        Mechanism::Step step = m_mechanism->initialResponse();
        if (!step.ok()) {
            // Nothing is sent: the encoder refuses the command with this error.
            m_lastError = step.error;
            args.append(Wire::CommandArgument::invalid(step.error));
            return args;
        }
        args.append(
            Wire::CommandArgument::atom(Mechanism::encodeInitialResponse(step.response)).secret());
        SecureMemory::wipe(step.response);
    }
    return args;
}

Session::Reply Session::continuation(QByteArrayView text)
{
    Reply reply;
    auto cancel = [&](const QString &why) {
        m_lastError = why;
        reply.line = Mechanism::cancelLine();
        reply.error = why;
        return reply;
    };
    if (!m_mechanism)
        return cancel(QStringLiteral("no SASL mechanism"));
    Mechanism::Step step;
    if (m_mechanism->hasInitialResponse() && !m_initialSent) {
        // No SASL-IR: the server's first "+" invites the client's first message. Its text
        // should be empty; servers that put a greeting there are tolerated.
        m_initialSent = true;
        step = m_mechanism->initialResponse();
    } else {
        const std::optional<QByteArray> challenge = Mechanism::decodeChallenge(text);
        if (!challenge)
            return cancel(QStringLiteral("%1: the server's challenge is not valid base64")
                              .arg(QString::fromLatin1(m_mechanism->name())));
        step = m_mechanism->respond(*challenge);
    }
    if (!step.ok())
        return cancel(step.error);
    reply.line = Mechanism::encodeResponse(step.response);
    SecureMemory::wipe(step.response);
    return reply;
}

QString Session::finishSuccess() const
{
    if (!m_mechanism)
        return QStringLiteral("no SASL mechanism");
    return m_mechanism->verifyCompletion();
}

} // namespace Imap::Sasl
