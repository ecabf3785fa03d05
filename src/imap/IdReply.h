#pragma once

#include "imap/Reply.h"

#include <QtCore/QList>

namespace Imap {

// ID (RFC 2971): the server's identification fields (empty when it answered NIL).
class LETTERTRAY_IMAP_EXPORT IdReply : public Reply
{
    Q_OBJECT

public:
    QList<Wire::ByteArrayPair> serverId() const { return m_fields; }

private:
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;

    QList<Wire::ByteArrayPair> m_fields;
};

} // namespace Imap
