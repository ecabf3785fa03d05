#include "imap/StatusReply.h"

namespace Imap {

void StatusReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *status = response.get<Wire::StatusData>()) {
        m_status = *status;
    }
}

} // namespace Imap
