#include "imap/ThreadReply.h"

namespace Imap {

QList<qsizetype> ThreadReply::roots() const
{
    QList<qsizetype> result;
    for (qsizetype i = 0; i < m_thread.nodes.size(); ++i) {
        if (m_thread.nodes.at(i).parent < 0) {
            result.append(i);
        }
    }
    return result;
}

void ThreadReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *thread = response.get<Wire::Thread>()) {
        // Several * THREAD lines are concatenated; parent indexes shift with the offset.
        const auto offset = static_cast<qint32>(m_thread.nodes.size());
        for (Wire::ThreadNode node : thread->nodes) {
            if (node.parent >= 0) {
                node.parent += offset;
            }
            m_thread.nodes.append(node);
        }
    }
}

} // namespace Imap
