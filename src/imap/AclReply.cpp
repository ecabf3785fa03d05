#include "imap/AclReply.h"

namespace Imap {

void AclReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *acl = response.get<Wire::Acl>()) {
        m_acl = *acl;
    } else if (const auto *rights = response.get<Wire::ListRights>()) {
        m_listRights = *rights;
    } else if (const auto *mine = response.get<Wire::MyRights>()) {
        m_myRights = *mine;
    }
}

} // namespace Imap
