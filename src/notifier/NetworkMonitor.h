#pragma once

#include <QtCore/QObject>

namespace Notifier {

// Tells when the network comes back (QNetworkInformation reachability), so that waiting
// accounts reconnect at once. Where Qt has no reachability backend the monitor stays silent
// and the backoff alone brings connections back.
class NetworkMonitor : public QObject
{
    Q_OBJECT
public:
    explicit NetworkMonitor(QObject *parent = nullptr);

    bool start();
    bool isAvailable() const { return m_available; }
    bool isOnline() const { return m_online; }

    // Where the reachability comes from; public so that tests can feed it.
    void setReachable(bool online);

Q_SIGNALS:
    void networkReturned();
    void networkLost();

private:
    bool m_available = false;
    bool m_online = true; // unknown counts as online: never hold connections back on a guess
};

} // namespace Notifier
