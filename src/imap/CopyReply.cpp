#include "imap/CopyReply.h"

namespace Imap {

namespace {
constexpr quint64 kMaxMapping = 100000;

// Expands ranges into numbers, or nothing when that would exceed the cap.
QList<quint32> expand(const Wire::NumberRanges &ranges)
{
    quint64 total = 0;
    for (const Wire::NumberRange &range : ranges) {
        if (range.first == 0 || range.last == 0) {
            return {}; // '*' has no meaning in a COPYUID
        }
        const quint32 low = std::min(range.first, range.last);
        const quint32 high = std::max(range.first, range.last);
        total += quint64(high) - low + 1;
        if (total > kMaxMapping) {
            return {};
        }
    }
    QList<quint32> numbers;
    numbers.reserve(qsizetype(total));
    for (const Wire::NumberRange &range : ranges) {
        // RFC 4315: "3:1" lists the same UIDs as "1:3", in the server's order.
        if (range.first <= range.last) {
            for (quint64 n = range.first; n <= range.last; ++n) {
                numbers.append(quint32(n));
            }
        } else {
            for (quint64 n = range.first; n >= range.last; --n) {
                numbers.append(quint32(n));
            }
        }
    }
    return numbers;
}
} // namespace

QList<std::pair<quint32, quint32>> CopyReply::uidMapping() const
{
    const QList<quint32> source = expand(m_sourceUids);
    const QList<quint32> destination = expand(m_destinationUids);
    QList<std::pair<quint32, quint32>> mapping;
    if (source.isEmpty() || source.size() != destination.size()) {
        return mapping;
    }
    for (qsizetype i = 0; i < source.size(); ++i) {
        mapping.append({source.at(i), destination.at(i)});
    }
    return mapping;
}

void CopyReply::takeCode(const Wire::ResponseCode &code)
{
    if (code.kind == Wire::ResponseCode::Kind::CopyUid) {
        m_uidValidity = code.uidValidity;
        m_sourceUids = code.sourceUids;
        m_destinationUids = code.uids;
    }
}

void CopyReply::handleUntagged(const Wire::Response &response)
{
    // MOVE reports COPYUID in an untagged OK before its EXPUNGE/VANISHED (RFC 6851 §4.3).
    if (const auto *status = response.get<Wire::UntaggedStatus>()) {
        if (status->status == Wire::Status::Ok) {
            takeCode(status->code);
        }
    }
}

void CopyReply::handleTagged(const Wire::TaggedStatus &status)
{
    if (status.status == Wire::Status::Ok) {
        takeCode(status.code);
    }
}

} // namespace Imap
