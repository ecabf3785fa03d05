#pragma once

#include "imap/Reply.h"

#include <QtCore/QList>

namespace Imap {

// FETCH / UID FETCH / STORE / UID STORE: the FETCH data that arrived while the command ran.
// messageReceived() is emitted as each message streams in; setKeepMessages(false) keeps memory
// flat for large fetches that are consumed from the signal.
class LETTERTRAY_IMAP_EXPORT FetchReply : public Reply
{
    Q_OBJECT

public:
    QList<Wire::Fetch> messages() const { return m_messages; }
    void setKeepMessages(bool keep) { m_keep = keep; }

Q_SIGNALS:
    void messageReceived(const Imap::Wire::Fetch &message);

private:
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;
    void takeUntagged(Wire::Response &response) override;
    bool isResult(const Wire::Fetch &fetch) const;

    QList<Wire::Fetch> m_messages;
    bool m_keep = true;
};

} // namespace Imap
