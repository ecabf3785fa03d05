#include "imap/IdleReply.h"

#include "imap/Connection_p.h"

namespace Imap {

void IdleReply::stop()
{
    if (isFinished() || m_stopRequested) {
        return;
    }
    m_stopRequested = true;
    if (m_connection) {
        m_connection->stopIdle(this);
    }
}

} // namespace Imap
