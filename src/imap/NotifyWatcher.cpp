#include "imap/NotifyWatcher.h"

#include "imap/Client.h"

namespace Imap {

NotifyWatcher::NotifyWatcher(Client *client, QObject *parent)
    : QObject(parent ? parent : client)
    , m_client(client)
{
    connect(client, &Client::responseReceived, this, &NotifyWatcher::onResponse);
}

void NotifyWatcher::onResponse(const Wire::Response &response)
{
    if (!m_client) {
        return;
    }
    if (const auto *status = response.get<Wire::StatusData>()) {
        Q_EMIT statusChanged(m_client->mailboxName(status->mailbox), *status);
    } else if (const auto *list = response.get<Wire::List>()) {
        if (!list->lsub) {
            Q_EMIT mailboxChanged(m_client->mailboxName(list->mailbox), *list);
        }
    } else if (const auto *untagged = response.get<Wire::UntaggedStatus>()) {
        if (untagged->code.kind == Wire::ResponseCode::Kind::Other &&
            Wire::equalsIgnoreCase(untagged->code.name, "NOTIFICATIONOVERFLOW")) {
            Q_EMIT overflowed();
        }
    }
}

} // namespace Imap
