#pragma once

#include "imap/Reply.h"

#include <QtCore/QList>

#include <optional>

namespace Imap {

// SEARCH / UID SEARCH: the matching sequence numbers or UIDs (several * SEARCH lines are
// merged, as RFC 9051 allows servers to split them).
class LETTERTRAY_IMAP_EXPORT SearchReply : public Reply
{
    Q_OBJECT

public:
    QList<quint32> numbers() const { return m_numbers; }
    // CONDSTORE (MODSEQ n) of the result, when the server sent it.
    std::optional<quint64> highestModSeq() const { return m_modSeq; }

private:
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;

    QList<quint32> m_numbers;
    std::optional<quint64> m_modSeq;
};

} // namespace Imap
