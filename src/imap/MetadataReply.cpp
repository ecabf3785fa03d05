#include "imap/MetadataReply.h"

namespace Imap {

namespace {
constexpr qsizetype kMaxEntries = 10000;
} // namespace

QByteArray MetadataReply::value(QByteArrayView entry) const
{
    for (const auto &[name, value] : m_entries) {
        if (Wire::equalsIgnoreCase(name, entry)) {
            return value;
        }
    }
    return {};
}

void MetadataReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *metadata = response.get<Wire::Metadata>()) {
        // The unsolicited form (names only) announces changes; it is not an answer.
        if (metadata->namesOnly) {
            return;
        }
        for (const auto &entry : metadata->entries) {
            if (m_entries.size() < kMaxEntries) {
                m_entries.append(entry);
            }
        }
    } else if (const auto *status = response.get<Wire::UntaggedStatus>()) {
        handleTagged({QByteArray(), status->status, status->code, status->text});
    }
}

void MetadataReply::handleTagged(const Wire::TaggedStatus &status)
{
    // [METADATA LONGENTRIES n] comes on the tagged OK (RFC 5464 §4.2.1).
    const Wire::ResponseCode &code = status.code;
    if (code.kind == Wire::ResponseCode::Kind::Metadata && !code.list.isEmpty() &&
        Wire::equalsIgnoreCase(code.list.first(), "LONGENTRIES") && code.number) {
        m_longEntries = code.number;
    }
}

} // namespace Imap
