#pragma once

#include "notifier/Account.h"
#include "notifier/SrvResolver.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>

namespace Notifier {

struct ServerSuggestion
{
    enum Source
    {
        DnsSrv,        // RFC 6186 records published by the domain
        ProviderTable, // our built-in table of large providers
        Guess,         // imap.<domain>, last resort, to be confirmed by "Test connection"
    };
    QString host;
    quint16 port = 993;
    SecurityMode security = SecurityMode::Tls;
    AuthMethod auth = AuthMethod::Password;
    Source source = Guess;
    QString providerName;
    QUrl webmail;

    friend bool operator==(const ServerSuggestion &, const ServerSuggestion &) = default;
};

// Finds IMAP server settings from an email address: first the domain's own SRV records
// (_imaps._tcp, then _imap._tcp; RFC 6186, with RFC 8314's preference for implicit TLS), then
// the built-in provider table, then a guess. A server found over _imap._tcp is always used
// with STARTTLS, never in plaintext.
class ServerDiscovery : public QObject
{
    Q_OBJECT
public:
    // resolver == nullptr: the real DNS (DnsSrvResolver).
    explicit ServerDiscovery(SrvResolver *resolver = nullptr, QObject *parent = nullptr);

    // Starts a discovery; a previous one still running is abandoned. finished() follows.
    void discover(const QString &emailAddress);
    bool isRunning() const { return m_pending > 0; }

    static QString domainOf(const QString &emailAddress);
    static QList<ServerSuggestion> fromProviderTable(const QString &domain);
    static bool isPlausibleHostName(const QString &host);
    // Sorted by priority, then heavier weight first; "." (service not offered) and invalid
    // targets dropped.
    static QList<SrvRecord> usableRecords(QList<SrvRecord> records);

Q_SIGNALS:
    // Best first. Empty when nothing was found (the user enters the server by hand).
    void finished(const QList<Notifier::ServerSuggestion> &suggestions);

private:
    void onResolved(const QString &name, const QList<SrvRecord> &records, bool ok);
    void complete();

    SrvResolver *m_resolver;
    QString m_domain;
    QString m_implicitTlsName;
    QString m_startTlsName;
    QList<SrvRecord> m_implicitTls;
    QList<SrvRecord> m_startTls;
    int m_pending = 0;
};

} // namespace Notifier

Q_DECLARE_METATYPE(Notifier::ServerSuggestion)
