#pragma once

#include "imap/Reply.h"

#include <QtCore/QList>

namespace Imap {

// LIST / LSUB: one entry per mailbox. Mailbox names are the wire bytes; Client::mailboxName()
// decodes them (modified UTF-7 or UTF-8).
class LETTERTRAY_IMAP_EXPORT ListReply : public Reply
{
    Q_OBJECT

public:
    QList<Wire::List> mailboxes() const { return m_mailboxes; }

private:
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;

    QList<Wire::List> m_mailboxes;
};

} // namespace Imap
