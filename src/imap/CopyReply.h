#pragma once

#include "imap/Reply.h"

#include <QtCore/QList>

#include <optional>

namespace Imap {

// COPY / MOVE and their UID forms. With UIDPLUS the server says where the messages went
// ([COPYUID validity source destination], tagged for COPY, untagged before the expunges for
// MOVE).
class LETTERTRAY_IMAP_EXPORT CopyReply : public Reply
{
    Q_OBJECT

public:
    bool hasCopyUid() const { return m_uidValidity != 0; }
    quint32 uidValidity() const { return m_uidValidity; }
    Wire::NumberRanges sourceUids() const { return m_sourceUids; }
    Wire::NumberRanges destinationUids() const { return m_destinationUids; }
    // Source UID -> destination UID pairs (empty when the sets do not match in size or are
    // larger than 100000 messages).
    QList<std::pair<quint32, quint32>> uidMapping() const;

private:
    friend class Client;
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;
    void handleTagged(const Wire::TaggedStatus &status) override;
    void takeCode(const Wire::ResponseCode &code);

    quint32 m_uidValidity = 0;
    Wire::NumberRanges m_sourceUids;
    Wire::NumberRanges m_destinationUids;
};

} // namespace Imap
