#include "imap/FetchReply.h"

namespace Imap {

void FetchReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *fetch = response.get<Wire::Fetch>()) {
        if (m_keep) {
            m_messages.append(*fetch);
        }
        Q_EMIT messageReceived(*fetch);
    }
}

} // namespace Imap
