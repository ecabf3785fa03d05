#pragma once

#include "imap/Reply.h"

#include <QtCore/QByteArrayList>

namespace Imap {

// CAPABILITY: the server's capability list as it answered.
class LETTERTRAY_IMAP_EXPORT CapabilityReply : public Reply
{
    Q_OBJECT

public:
    QByteArrayList capabilities() const { return m_capabilities; }

private:
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;

    QByteArrayList m_capabilities;
};

} // namespace Imap
