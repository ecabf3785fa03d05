#include "notifier/NetworkMonitor.h"

#include <QtNetwork/QNetworkInformation>

namespace Notifier {

NetworkMonitor::NetworkMonitor(QObject *parent)
    : QObject(parent)
{}

bool NetworkMonitor::start()
{
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return false;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info || !info->supports(QNetworkInformation::Feature::Reachability))
        return false;
    m_available = true;
    auto apply = [this](QNetworkInformation::Reachability reachability) {
        if (reachability == QNetworkInformation::Reachability::Unknown)
            return;
        setReachable(reachability != QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
    return true;
}

void NetworkMonitor::setReachable(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online)
        Q_EMIT networkReturned();
    else
        Q_EMIT networkLost();
}

} // namespace Notifier
