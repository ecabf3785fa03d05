#include "imap/EnableReply.h"

namespace Imap {

void EnableReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *enabled = response.get<Wire::Enabled>()) {
        m_enabled += enabled->capabilities;
    }
}

} // namespace Imap
