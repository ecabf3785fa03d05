#pragma once

#include "imap/Reply.h"

#include <QtCore/QList>

#include <optional>

namespace Imap {

// SORT / UID SORT (RFC 5256): numbers in the requested order.
class LETTERTRAY_IMAP_EXPORT SortReply : public Reply
{
    Q_OBJECT

public:
    QList<quint32> numbers() const { return m_numbers; }
    std::optional<quint64> highestModSeq() const { return m_modSeq; }

private:
    friend class Client;
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;

    QList<quint32> m_numbers;
    std::optional<quint64> m_modSeq;
};

} // namespace Imap
