#pragma once

#include "imap/Reply.h"

#include <QtCore/QList>

#include <optional>

namespace Imap {

// NAMESPACE (RFC 2342): the personal, other users' and shared namespaces.
class LETTERTRAY_IMAP_EXPORT NamespaceReply : public Reply
{
    Q_OBJECT

public:
    QList<Wire::NamespaceEntry> personal() const { return m_namespace.personal; }
    QList<Wire::NamespaceEntry> otherUsers() const { return m_namespace.otherUsers; }
    QList<Wire::NamespaceEntry> shared() const { return m_namespace.shared; }
    Wire::Namespace namespaces() const { return m_namespace; }

private:
    friend class Client;
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;

    Wire::Namespace m_namespace;
};

} // namespace Imap
