#include "imap/QuotaReply.h"

namespace Imap {

namespace {
// A hostile server could send endless QUOTA lines; a mailbox has few roots.
constexpr qsizetype kMaxQuotas = 1000;
} // namespace

std::optional<Wire::QuotaResource> QuotaReply::resource(QByteArrayView name) const
{
    for (const Wire::Quota &quota : m_quotas) {
        for (const Wire::QuotaResource &resource : quota.resources) {
            if (Wire::equalsIgnoreCase(resource.name, name)) {
                return resource;
            }
        }
    }
    return std::nullopt;
}

void QuotaReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *root = response.get<Wire::QuotaRoot>()) {
        m_roots = root->roots;
    } else if (const auto *quota = response.get<Wire::Quota>()) {
        if (m_quotas.size() < kMaxQuotas) {
            m_quotas.append(*quota);
        }
    }
}

} // namespace Imap
