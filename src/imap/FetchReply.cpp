#include "imap/FetchReply.h"

#include "imap/Connection_p.h"

#include <QtCore/QIODevice>

namespace Imap {

void FetchReply::setBodySink(QIODevice *sink, qint64 threshold)
{
    m_bodySink = sink;
    m_bodySinkThreshold = std::max<qint64>(threshold, 0);
    if (sink && m_connection) {
        m_connection->dropResponseKey(m_commandId);
    }
}

bool FetchReply::isResult(const Wire::Fetch &fetch) const
{
    // RFC 9051 §6.4.9: a UID command's FETCH data always carries the UID; one without
    // it is an unsolicited update (already applied to the mailbox state), not a result.
    const bool uidCommand =
        command() == CommandKind::UidFetch || command() == CommandKind::UidStore;
    return !uidCommand || fetch.uid;
}

void FetchReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *fetch = response.get<Wire::Fetch>()) {
        if (!isResult(*fetch)) {
            return;
        }
        if (m_keep) {
            m_messages.append(*fetch);
        }
        if (messageReceivedConnected()) {
            Q_EMIT messageReceived(*fetch);
        }
    }
}

void FetchReply::connectNotify(const QMetaMethod &signal)
{
    m_messageReceivedWatch.invalidate(signal,
                                      QMetaMethod::fromSignal(&FetchReply::messageReceived));
}

void FetchReply::disconnectNotify(const QMetaMethod &signal)
{
    connectNotify(signal);
}

bool FetchReply::messageReceivedConnected()
{
    return m_messageReceivedWatch.connected([this] {
        return isSignalConnected(QMetaMethod::fromSignal(&FetchReply::messageReceived));
    });
}

void FetchReply::takeUntagged(Wire::Response &response)
{
    auto *fetch = response.get<Wire::Fetch>();
    if (!fetch || !m_keep) {
        handleUntagged(response);
        return;
    }
    if (!isResult(*fetch)) {
        return;
    }
    m_messages.append(std::move(*fetch));
    if (messageReceivedConnected()) {
        Q_EMIT messageReceived(m_messages.constLast());
    }
}

} // namespace Imap
