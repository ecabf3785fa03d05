#pragma once

#include "imap/Reply.h"

namespace Imap {

// APPEND: with UIDPLUS the server says which UID the new message got.
class LETTERTRAY_IMAP_EXPORT AppendReply : public Reply
{
    Q_OBJECT

public:
    quint32 uidValidity() const { return m_uidValidity; }
    // 0 when the server did not say (no UIDPLUS).
    quint32 uid() const { return m_uid; }

private:
    friend class Connection;
    using Reply::Reply;
    void handleTagged(const Wire::TaggedStatus &status) override;

    quint32 m_uidValidity = 0;
    quint32 m_uid = 0;
};

} // namespace Imap
