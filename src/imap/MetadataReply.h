#pragma once

#include "imap/Reply.h"

#include <QtCore/QList>

#include <optional>

namespace Imap {

// GETMETADATA (RFC 5464): entry names and values (null for NIL). When a value was larger
// than the MAXSIZE asked for, longEntries() is the server's [METADATA LONGENTRIES n].
class LETTERTRAY_IMAP_EXPORT MetadataReply : public Reply
{
    Q_OBJECT

public:
    QList<Wire::ByteArrayPair> entries() const { return m_entries; }
    QByteArray value(QByteArrayView entry) const;
    std::optional<quint64> longEntries() const { return m_longEntries; }

private:
    friend class Client;
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;
    void handleTagged(const Wire::TaggedStatus &status) override;

    QList<Wire::ByteArrayPair> m_entries;
    std::optional<quint64> m_longEntries;
};

} // namespace Imap
