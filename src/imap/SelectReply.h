#pragma once

#include "imap/Reply.h"

#include <QtCore/QByteArrayList>

#include <optional>

namespace Imap {

// SELECT / EXAMINE: what the server said about the mailbox it opened. The same values keep
// changing afterwards in Client::mailboxState().
class LETTERTRAY_IMAP_EXPORT SelectReply : public Reply
{
    Q_OBJECT

public:
    quint32 exists() const { return m_exists; }
    quint32 recent() const { return m_recent; }
    quint32 uidValidity() const { return m_uidValidity; }
    quint32 uidNext() const { return m_uidNext; }
    quint64 highestModSeq() const { return m_highestModSeq; }
    std::optional<quint32> firstUnseen() const { return m_firstUnseen; }
    QByteArrayList flags() const { return m_flags; }
    QByteArrayList permanentFlags() const { return m_permanentFlags; }
    bool isReadOnly() const { return m_readOnly; }

private:
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;
    void handleTagged(const Wire::TaggedStatus &status) override;
    void applyCode(const Wire::ResponseCode &code);

    quint32 m_exists = 0;
    quint32 m_recent = 0;
    quint32 m_uidValidity = 0;
    quint32 m_uidNext = 0;
    quint64 m_highestModSeq = 0;
    std::optional<quint32> m_firstUnseen;
    QByteArrayList m_flags;
    QByteArrayList m_permanentFlags;
    bool m_readOnly = false;
};

} // namespace Imap
