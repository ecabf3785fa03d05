#include "imap/RawReply.h"

namespace Imap {

void RawReply::handleUntagged(const Wire::Response &response)
{
    // Bounded: a raw command is for interactive use, not for bulk transfers.
    if (m_responses.size() < 100000) {
        m_responses.append(response);
    }
    Q_EMIT responseReceived(response);
}

} // namespace Imap
