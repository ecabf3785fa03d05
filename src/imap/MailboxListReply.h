#pragma once

#include "imap/Reply.h"

#include <QtCore/QList>

#include <optional>

namespace Imap {

// LIST-EXTENDED (RFC 5258) with SPECIAL-USE (RFC 6154) and LIST-STATUS (RFC 5819): each
// mailbox with its attributes and, when asked, its STATUS.
class LETTERTRAY_IMAP_EXPORT MailboxListReply : public Reply
{
    Q_OBJECT

public:
    QList<Wire::List> mailboxes() const { return m_mailboxes; }
    QList<Wire::StatusData> statuses() const { return m_statuses; }
    // STATUS of a mailbox by its wire name.
    std::optional<Wire::StatusData> statusOf(const QByteArray &wireName) const;
    // The wire name of the mailbox with that special-use attribute ("\\Sent").
    QByteArray specialUse(QByteArrayView attribute) const;

private:
    friend class Client;
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;

    QList<Wire::List> m_mailboxes;
    QList<Wire::StatusData> m_statuses;
};

} // namespace Imap
