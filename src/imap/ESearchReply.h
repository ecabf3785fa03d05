#pragma once

#include "imap/Reply.h"

#include <QtCore/QList>

#include <optional>

namespace Imap {

// ESEARCH (RFC 4731): MIN, MAX, COUNT, ALL as asked in RETURN (...). With RETURN (SAVE)
// (SEARCHRES, RFC 5182) the server keeps the result as "$" and may send no data at all.
class LETTERTRAY_IMAP_EXPORT ESearchReply : public Reply
{
    Q_OBJECT

public:
    Wire::ESearch result() const { return m_result; }
    std::optional<quint32> min() const { return m_result.min; }
    std::optional<quint32> max() const { return m_result.max; }
    std::optional<quint32> count() const { return m_result.count; }
    Wire::NumberRanges all() const { return m_result.all; }

private:
    friend class Client;
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;

    Wire::ESearch m_result;
};

} // namespace Imap
