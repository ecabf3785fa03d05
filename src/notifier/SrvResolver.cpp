#include "notifier/SrvResolver.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QDnsLookup>

namespace Notifier {

DnsSrvResolver::DnsSrvResolver(QObject *parent)
    : SrvResolver(parent)
{}

void DnsSrvResolver::lookup(const QString &name)
{
    auto *dns = new QDnsLookup(QDnsLookup::SRV, name, this);
    auto *timer = new QTimer(dns);
    timer->setSingleShot(true);
    // QDnsLookup has no timeout of its own; a resolver that never answers must not leave the
    // account dialog waiting forever.
    connect(timer, &QTimer::timeout, dns, [this, dns, name] {
        dns->disconnect(this);
        dns->abort();
        dns->deleteLater();
        Q_EMIT resolved(name, {}, false);
    });
    connect(dns, &QDnsLookup::finished, this, [this, dns, name] {
        dns->deleteLater();
        QList<SrvRecord> records;
        const bool ok =
            dns->error() == QDnsLookup::NoError || dns->error() == QDnsLookup::NotFoundError;
        if (dns->error() == QDnsLookup::NoError) {
            const auto answers = dns->serviceRecords();
            for (const QDnsServiceRecord &answer : answers) {
                // Only answers for the name asked; anything else in the reply is ignored.
                if (answer.name().compare(name, Qt::CaseInsensitive) != 0 &&
                    answer.name().compare(name + QLatin1Char('.'), Qt::CaseInsensitive) != 0)
                    continue;
                records.append(
                    {answer.target(), answer.port(), answer.priority(), answer.weight()});
            }
        }
        Q_EMIT resolved(name, records, ok);
    });
    timer->start(m_timeoutMs);
    dns->lookup();
}

} // namespace Notifier
