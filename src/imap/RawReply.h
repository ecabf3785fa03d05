#pragma once

#include "imap/Reply.h"

#include <QtCore/QList>

namespace Imap {

// A command sent as typed. It collects the untagged data of the types its command name is
// classified for (all untagged data for a command the library does not know).
class LETTERTRAY_IMAP_EXPORT RawReply : public Reply
{
    Q_OBJECT

public:
    QList<Wire::Response> responses() const { return m_responses; }

Q_SIGNALS:
    void responseReceived(const Imap::Wire::Response &response);

private:
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;

    QList<Wire::Response> m_responses;
};

} // namespace Imap
