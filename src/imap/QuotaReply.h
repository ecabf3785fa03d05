#pragma once

#include "imap/Reply.h"

#include <QtCore/QList>

#include <optional>

namespace Imap {

// GETQUOTA / GETQUOTAROOT / SETQUOTA (RFC 9208): quota roots and their resources.
class LETTERTRAY_IMAP_EXPORT QuotaReply : public Reply
{
    Q_OBJECT

public:
    // QUOTAROOT: the roots of the mailbox asked about (GETQUOTAROOT only).
    QList<QByteArray> roots() const { return m_roots; }
    QList<Wire::Quota> quotas() const { return m_quotas; }
    // The resource of that name in the first root that has it.
    std::optional<Wire::QuotaResource> resource(QByteArrayView name) const;

private:
    friend class Client;
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;

    QList<QByteArray> m_roots;
    QList<Wire::Quota> m_quotas;
};

} // namespace Imap
