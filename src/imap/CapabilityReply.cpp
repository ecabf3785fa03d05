#include "imap/CapabilityReply.h"

namespace Imap {

void CapabilityReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *capability = response.get<Wire::Capability>()) {
        m_capabilities = capability->capabilities;
    }
}

} // namespace Imap
