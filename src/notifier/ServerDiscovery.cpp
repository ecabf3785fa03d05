#include "notifier/ServerDiscovery.h"

#include <QtCore/QRegularExpression>

#include <algorithm>

namespace Notifier {

namespace {

struct Provider
{
    const char *name;
    const char *domains; // space separated
    const char *host;
    AuthMethod auth;
    const char *webmail;
};

// Settings published by the providers themselves (their help pages on IMAP access). All of
// them offer implicit TLS on 993. Google and Microsoft are listed with OAuth2 because they
// refuse plain passwords for most accounts.
const Provider providers[] = {
    {"Gmail", "gmail.com googlemail.com", "imap.gmail.com", AuthMethod::OAuth2Google,
     "https://mail.google.com/"},
    {"Outlook.com",
     "outlook.com hotmail.com hotmail.co.uk hotmail.de hotmail.fr live.com "
     "live.de live.fr msn.com passport.com",
     "outlook.office365.com", AuthMethod::OAuth2Microsoft, "https://outlook.live.com/mail/"},
    {"Office 365", "office365.com onmicrosoft.com", "outlook.office365.com",
     AuthMethod::OAuth2Microsoft, "https://outlook.office.com/mail/"},
    {"Yahoo", "yahoo.com yahoo.co.uk yahoo.de yahoo.fr yahoo.co.jp ymail.com rocketmail.com",
     "imap.mail.yahoo.com", AuthMethod::Password, "https://mail.yahoo.com/"},
    {"AOL", "aol.com aim.com", "imap.aol.com", AuthMethod::Password, "https://mail.aol.com/"},
    {"iCloud", "icloud.com me.com mac.com", "imap.mail.me.com", AuthMethod::Password,
     "https://www.icloud.com/mail/"},
    {"Fastmail", "fastmail.com fastmail.fm fastmail.net messagingengine.com", "imap.fastmail.com",
     AuthMethod::Password, "https://app.fastmail.com/"},
    {"GMX", "gmx.net gmx.de gmx.at gmx.ch", "imap.gmx.net", AuthMethod::Password,
     "https://www.gmx.net/"},
    {"GMX", "gmx.com gmx.us gmx.co.uk gmx.fr", "imap.gmx.com", AuthMethod::Password,
     "https://www.gmx.com/"},
    {"WEB.DE", "web.de", "imap.web.de", AuthMethod::Password, "https://web.de/"},
    {"Mail.ru", "mail.ru inbox.ru list.ru bk.ru internet.ru", "imap.mail.ru", AuthMethod::Password,
     "https://e.mail.ru/"},
    {"Yandex", "yandex.ru yandex.com yandex.by yandex.kz yandex.ua ya.ru narod.ru",
     "imap.yandex.com", AuthMethod::Password, "https://mail.yandex.com/"},
    {"Zoho", "zoho.com zohomail.com", "imap.zoho.com", AuthMethod::Password,
     "https://mail.zoho.com/"},
    {"Zoho (EU)", "zoho.eu zohomail.eu", "imap.zoho.eu", AuthMethod::Password,
     "https://mail.zoho.eu/"},
    {"mailbox.org", "mailbox.org", "imap.mailbox.org", AuthMethod::Password,
     "https://login.mailbox.org/"},
    {"Posteo", "posteo.de posteo.net posteo.org posteo.eu", "posteo.de", AuthMethod::Password,
     "https://posteo.de/webmail/"},
    {"Telekom", "t-online.de magenta.de", "secureimap.t-online.de", AuthMethod::Password,
     "https://email.t-online.de/"},
    {"Rambler", "rambler.ru lenta.ru", "imap.rambler.ru", AuthMethod::Password,
     "https://mail.rambler.ru/"},
    {"QQ Mail", "qq.com foxmail.com", "imap.qq.com", AuthMethod::Password, "https://mail.qq.com/"},
    {"NetEase 163", "163.com", "imap.163.com", AuthMethod::Password, "https://mail.163.com/"},
    {"Free", "free.fr", "imap.free.fr", AuthMethod::Password, "https://webmail.free.fr/"},
    {"Orange", "orange.fr wanadoo.fr", "imap.orange.fr", AuthMethod::Password,
     "https://messagerie.orange.fr/"},
    {"Libero", "libero.it", "imapmail.libero.it", AuthMethod::Password, "https://mail.libero.it/"},
    {"Seznam", "seznam.cz email.cz", "imap.seznam.cz", AuthMethod::Password,
     "https://email.seznam.cz/"},
    {"Comcast", "comcast.net", "imap.comcast.net", AuthMethod::Password,
     "https://connect.xfinity.com/"},
};

} // namespace

ServerDiscovery::ServerDiscovery(SrvResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver ? resolver : new DnsSrvResolver(this))
{
    connect(m_resolver, &SrvResolver::resolved, this, &ServerDiscovery::onResolved);
}

QString ServerDiscovery::domainOf(const QString &emailAddress)
{
    const QString trimmed = emailAddress.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == trimmed.size() - 1)
        return QString();
    QString domain = trimmed.mid(at + 1).toLower();
    while (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    return isPlausibleHostName(domain) ? domain : QString();
}

bool ServerDiscovery::isPlausibleHostName(const QString &host)
{
    // Letters, digits, hyphens, dots; 253 characters at most; labels 1..63. Anything else
    // coming from DNS or a user is not used as a host name.
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}"
                                                         "[A-Za-z0-9])?$"));
    QString name = host;
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253 || !name.contains(QLatin1Char('.')))
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    return std::all_of(labels.begin(), labels.end(),
                       [](const QString &part) { return label.match(part).hasMatch(); });
}

QList<SrvRecord> ServerDiscovery::usableRecords(QList<SrvRecord> records)
{
    records.removeIf([](const SrvRecord &record) {
        // RFC 2782: a target of "." says the service is decidedly not available.
        return record.port == 0 || record.target == QLatin1String(".") || record.target.isEmpty() ||
               !isPlausibleHostName(record.target);
    });
    std::stable_sort(records.begin(), records.end(), [](const SrvRecord &a, const SrvRecord &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.weight > b.weight;
    });
    for (SrvRecord &record : records) {
        if (record.target.endsWith(QLatin1Char('.')))
            record.target.chop(1);
        record.target = record.target.toLower();
    }
    return records;
}

QList<ServerSuggestion> ServerDiscovery::fromProviderTable(const QString &domain)
{
    QList<ServerSuggestion> result;
    const QString wanted = domain.toLower();
    for (const Provider &provider : providers) {
        const QStringList domains =
            QString::fromLatin1(provider.domains).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!domains.contains(wanted))
            continue;
        ServerSuggestion suggestion;
        suggestion.host = QString::fromLatin1(provider.host);
        suggestion.port = 993;
        suggestion.security = SecurityMode::Tls;
        suggestion.auth = provider.auth;
        suggestion.source = ServerSuggestion::ProviderTable;
        suggestion.providerName = QString::fromLatin1(provider.name);
        suggestion.webmail = QUrl(QString::fromLatin1(provider.webmail));
        result.append(suggestion);
    }
    return result;
}

void ServerDiscovery::discover(const QString &emailAddress)
{
    m_domain = domainOf(emailAddress);
    m_implicitTls.clear();
    m_startTls.clear();
    if (m_domain.isEmpty()) {
        m_pending = 0;
        // Emitted later so that callers see the same order of events in every case.
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished({}); }, Qt::QueuedConnection);
        return;
    }
    m_implicitTlsName = QStringLiteral("_imaps._tcp.") + m_domain;
    m_startTlsName = QStringLiteral("_imap._tcp.") + m_domain;
    m_pending = 2;
    m_resolver->lookup(m_implicitTlsName);
    m_resolver->lookup(m_startTlsName);
}

void ServerDiscovery::onResolved(const QString &name, const QList<SrvRecord> &records, bool ok)
{
    if (m_pending == 0)
        return;
    if (name.compare(m_implicitTlsName, Qt::CaseInsensitive) == 0) {
        m_implicitTls = ok ? usableRecords(records) : QList<SrvRecord>();
    } else if (name.compare(m_startTlsName, Qt::CaseInsensitive) == 0) {
        m_startTls = ok ? usableRecords(records) : QList<SrvRecord>();
    } else {
        return; // an answer to an abandoned discovery
    }
    if (--m_pending == 0)
        complete();
}

void ServerDiscovery::complete()
{
    QList<ServerSuggestion> result;
    const QList<ServerSuggestion> table = fromProviderTable(m_domain);
    auto add = [&result](const ServerSuggestion &suggestion) {
        for (const ServerSuggestion &existing : result) {
            if (existing.host == suggestion.host && existing.port == suggestion.port &&
                existing.security == suggestion.security)
                return;
        }
        result.append(suggestion);
    };
    auto fromSrv = [&](const SrvRecord &record, SecurityMode security) {
        ServerSuggestion suggestion;
        suggestion.host = record.target;
        suggestion.port = record.port;
        suggestion.security = security;
        suggestion.source = ServerSuggestion::DnsSrv;
        // The provider's authentication and webmail still apply when its domain is known.
        if (!table.isEmpty()) {
            suggestion.auth = table.first().auth;
            suggestion.providerName = table.first().providerName;
            suggestion.webmail = table.first().webmail;
        }
        add(suggestion);
    };
    for (const SrvRecord &record : std::as_const(m_implicitTls))
        fromSrv(record, SecurityMode::Tls);
    for (const SrvRecord &record : std::as_const(m_startTls))
        fromSrv(record, SecurityMode::StartTls);
    for (const ServerSuggestion &suggestion : table)
        add(suggestion);
    if (result.isEmpty()) {
        ServerSuggestion guess;
        guess.host = QStringLiteral("imap.") + m_domain;
        guess.source = ServerSuggestion::Guess;
        add(guess);
    }
    Q_EMIT finished(result);
}

} // namespace Notifier
