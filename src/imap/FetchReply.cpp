#include "imap/FetchReply.h"

namespace Imap {

void FetchReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *fetch = response.get<Wire::Fetch>()) {
        // RFC 9051 §6.4.9: a UID command's FETCH data always carries the UID; one without
        // it is an unsolicited update (already applied to the mailbox state), not a result.
        const bool uidCommand =
            command() == CommandKind::UidFetch || command() == CommandKind::UidStore;
        if (uidCommand && !fetch->uid) {
            return;
        }
        if (m_keep) {
            m_messages.append(*fetch);
        }
        Q_EMIT messageReceived(*fetch);
    }
}

} // namespace Imap
