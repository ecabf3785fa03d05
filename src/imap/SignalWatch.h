#pragma once

#include <QtCore/QMetaMethod>

namespace Imap {

// Whether a signal has receivers, for signals emitted once per message of a large FETCH:
// emitting one nobody listens to still costs 70-100 instructions, and asking
// QObject::isSignalConnected() about 60, each time; this is a load and a branch. The sender's
// connectNotify()/disconnectNotify() call invalidate() (they must not re-enter QObject, so they
// cannot ask), and the next emission asks once. A stale "connected" (a receiver destroyed) only
// costs an emission; a missed listener cannot happen, since every connect notifies.
class SignalWatch
{
public:
    void invalidate(const QMetaMethod &changed, const QMetaMethod &signal)
    {
        // An invalid method means every signal: a wildcard disconnect.
        if (!changed.isValid() || changed == signal)
            m_known = false;
    }
    template<typename Ask> bool connected(Ask ask)
    {
        if (!m_known) {
            m_connected = ask();
            m_known = true;
        }
        return m_connected;
    }

private:
    bool m_known = false;
    bool m_connected = false;
};

} // namespace Imap
