#include "imap/ESearchReply.h"

namespace Imap {

void ESearchReply::handleUntagged(const Wire::Response &response)
{
    // The connection already routes an ESEARCH by its (TAG ...) correlator.
    if (const auto *esearch = response.get<Wire::ESearch>()) {
        m_result = *esearch;
    }
}

} // namespace Imap
