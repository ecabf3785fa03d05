#include "imap/ListReply.h"

namespace Imap {

void ListReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *list = response.get<Wire::List>()) {
        m_mailboxes.append(*list);
    }
}

} // namespace Imap
