#pragma once

#include "imap/Reply.h"

namespace Imap {

// IDLE (RFC 2177). The reply lives from idle() until stop(): the connection renews IDLE before
// the server's 30-minute limit (ConnectionSettings::idleRenewal) and, when other commands are
// issued meanwhile, sends DONE, runs them and resumes IDLE. Every untagged response that
// arrives while the reply is active — also in those gaps — is emitted as pushReceived() and
// applied to the mailbox state. finished() comes after stop() (OK), or at once when the server
// refuses IDLE (NO/BAD) or the connection ends.
class LETTERTRAY_IMAP_EXPORT IdleReply : public Reply
{
    Q_OBJECT

public:
    // True while the server has confirmed IDLE (between "+ idling" and DONE).
    bool isIdling() const { return m_idling; }
    int renewalCount() const { return m_renewals; }

public Q_SLOTS:
    // Sends DONE; finished() follows the server's tagged answer.
    void stop();

Q_SIGNALS:
    // The server accepted IDLE (the first time; renewals do not repeat it).
    void started();
    void pushReceived(const Imap::Wire::Response &response);

private:
    friend class Connection;
    using Reply::Reply;

    bool m_idling = false;
    bool m_stopRequested = false;
    bool m_started = false;
    int m_renewals = 0;
};

} // namespace Imap
