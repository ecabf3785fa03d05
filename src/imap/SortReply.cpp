#include "imap/SortReply.h"

namespace Imap {

void SortReply::handleUntagged(const Wire::Response &response)
{
    // Like SEARCH, a server may split the result over several lines.
    if (const auto *sort = response.get<Wire::Sort>()) {
        m_numbers += sort->numbers;
        if (sort->modSeq) {
            m_modSeq = sort->modSeq;
        }
    }
}

} // namespace Imap
