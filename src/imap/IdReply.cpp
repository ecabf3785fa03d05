#include "imap/IdReply.h"

namespace Imap {

void IdReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *id = response.get<Wire::Id>()) {
        m_fields = id->fields;
    }
}

} // namespace Imap
