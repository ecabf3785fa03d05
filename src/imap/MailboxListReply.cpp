#include "imap/MailboxListReply.h"

namespace Imap {

namespace {
// Big accounts have thousands of folders; the cap only stops a server that never ends.
constexpr qsizetype kMaxMailboxes = 200000;
} // namespace

std::optional<Wire::StatusData> MailboxListReply::statusOf(const QByteArray &wireName) const
{
    for (const Wire::StatusData &data : m_statuses) {
        if (data.mailbox == wireName) {
            return data;
        }
    }
    return std::nullopt;
}

QByteArray MailboxListReply::specialUse(QByteArrayView attribute) const
{
    for (const Wire::List &entry : m_mailboxes) {
        for (const QByteArray &known : entry.attributes) {
            if (Wire::equalsIgnoreCase(known, attribute)) {
                return entry.mailbox;
            }
        }
    }
    return {};
}

void MailboxListReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *list = response.get<Wire::List>()) {
        if (!list->lsub && m_mailboxes.size() < kMaxMailboxes) {
            m_mailboxes.append(*list);
        }
    } else if (const auto *status = response.get<Wire::StatusData>()) {
        if (m_statuses.size() < kMaxMailboxes) {
            m_statuses.append(*status);
        }
    }
}

} // namespace Imap
