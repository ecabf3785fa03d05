#include "imap/AppendReply.h"

namespace Imap {

void AppendReply::handleTagged(const Wire::TaggedStatus &status)
{
    if (status.code.kind == Wire::ResponseCode::Kind::AppendUid && !status.code.uids.isEmpty()) {
        m_uidValidity = status.code.uidValidity;
        m_uid = status.code.uids.first().first;
    }
}

} // namespace Imap
