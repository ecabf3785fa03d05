#include "imap/NamespaceReply.h"

namespace Imap {

void NamespaceReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *data = response.get<Wire::Namespace>()) {
        m_namespace = *data;
    }
}

} // namespace Imap
