#include "imap/SearchReply.h"

namespace Imap {

void SearchReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *search = response.get<Wire::Search>()) {
        m_numbers += search->numbers;
        if (search->modSeq) {
            m_modSeq = search->modSeq;
        }
    }
}

} // namespace Imap
