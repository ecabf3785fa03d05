#pragma once

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>

class QDnsLookup;

namespace Notifier {

struct SrvRecord
{
    QString target;
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
};

// Looks up SRV records. An interface so that discovery is tested with canned answers; the
// real one uses QDnsLookup. resolved() is always emitted later, never inside lookup().
class SrvResolver : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void lookup(const QString &name) = 0;

Q_SIGNALS:
    // ok is false when the lookup failed (no answer within the timeout, server failure);
    // "no such record" is ok with an empty list.
    void resolved(const QString &name, const QList<Notifier::SrvRecord> &records, bool ok);
};

class DnsSrvResolver : public SrvResolver
{
    Q_OBJECT
public:
    explicit DnsSrvResolver(QObject *parent = nullptr);
    void lookup(const QString &name) override;
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    int m_timeoutMs = 5000;
};

} // namespace Notifier
