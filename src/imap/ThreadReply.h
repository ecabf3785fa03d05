#pragma once

#include "imap/Reply.h"

#include <QtCore/QList>

#include <optional>

namespace Imap {

// THREAD / UID THREAD (RFC 5256): the threads, flat in pre-order with parent indexes (see
// Wire::Thread); a node numbered 0 is a placeholder for a missing parent.
class LETTERTRAY_IMAP_EXPORT ThreadReply : public Reply
{
    Q_OBJECT

public:
    Wire::Thread threads() const { return m_thread; }
    // Indexes of the root nodes.
    QList<qsizetype> roots() const;

private:
    friend class Client;
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;

    Wire::Thread m_thread;
};

} // namespace Imap
