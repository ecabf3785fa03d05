#include "imap/Reply.h"

#include "imap/Connection_p.h"

#include <QtCore/QMetaEnum>

namespace Imap {

Reply::Reply(CommandKind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{}

Reply::~Reply()
{
    if (m_status == Status::Pending && m_connection) {
        m_connection->forgetReply(m_commandId);
    }
}

QString Reply::statusName(Status status)
{
    return QString::fromLatin1(QMetaEnum::fromType<Status>().valueToKey(static_cast<int>(status)));
}

QString Reply::errorString() const
{
    switch (m_status) {
    case Status::Pending:
    case Status::Ok:
        return {};
    case Status::No:
    case Status::Bad: {
        QString result = m_status == Status::No ? QStringLiteral("NO") : QStringLiteral("BAD");
        if (m_code.kind != Wire::ResponseCode::Kind::None) {
            result += QStringLiteral(" [") + QString::fromLatin1(m_code.name) + QLatin1Char(']');
        }
        return result + QLatin1Char(' ') + m_text;
    }
    default:
        return statusName(m_status) + QStringLiteral(": ") + m_text;
    }
}

void Reply::setDeadline(std::chrono::milliseconds timeout)
{
    if (m_connection && !isFinished()) {
        m_connection->setDeadline(m_commandId, timeout);
    }
}

void Reply::abort()
{
    if (isFinished()) {
        return;
    }
    if (m_connection) {
        m_connection->abortCommand(m_commandId);
    } else {
        complete(Status::Aborted, QStringLiteral("aborted"));
    }
}

void Reply::handleUntagged(const Wire::Response &) {}

void Reply::handleTagged(const Wire::TaggedStatus &) {}

void Reply::complete(Status status, const QString &text, const Wire::ResponseCode &code)
{
    if (isFinished()) {
        return;
    }
    m_status = status;
    m_text = text;
    m_code = code;
    Q_EMIT finished();
}

} // namespace Imap
