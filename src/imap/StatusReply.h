#pragma once

#include "imap/Reply.h"

namespace Imap {

// STATUS: the counters the server reported for the mailbox.
class LETTERTRAY_IMAP_EXPORT StatusReply : public Reply
{
    Q_OBJECT

public:
    Wire::StatusData status() const { return m_status; }

private:
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;

    Wire::StatusData m_status;
};

} // namespace Imap
