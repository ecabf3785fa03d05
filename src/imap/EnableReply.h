#pragma once

#include "imap/Reply.h"

#include <QtCore/QByteArrayList>

namespace Imap {

// ENABLE: the extensions the server actually enabled.
class LETTERTRAY_IMAP_EXPORT EnableReply : public Reply
{
    Q_OBJECT

public:
    QByteArrayList enabled() const { return m_enabled; }

private:
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;

    QByteArrayList m_enabled;
};

} // namespace Imap
