#pragma once

#include "imap/Reply.h"

#include <QtCore/QList>

#include <optional>

namespace Imap {

// GETACL / LISTRIGHTS / MYRIGHTS (RFC 4314).
class LETTERTRAY_IMAP_EXPORT AclReply : public Reply
{
    Q_OBJECT

public:
    // GETACL: identifier and rights pairs.
    QList<Wire::ByteArrayPair> entries() const { return m_acl.entries; }
    // LISTRIGHTS
    QByteArray requiredRights() const { return m_listRights.required; }
    QList<QByteArray> optionalRights() const { return m_listRights.optional; }
    // MYRIGHTS
    QByteArray myRights() const { return m_myRights.rights; }

private:
    friend class Client;
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;

    Wire::Acl m_acl;
    Wire::ListRights m_listRights;
    Wire::MyRights m_myRights;
};

} // namespace Imap
