#include "notifier/MailMonitor.h"

#include "notifier/AccountStore.h"
#include "notifier/DesktopNotifier.h"
#include "notifier/ImapMailSession.h"
#include "notifier/MessageListModel.h"
#include "notifier/NetworkMonitor.h"
#include "notifier/NewMailTracker.h"
#include "notifier/NotificationRules.h"
#include "notifier/NotifyAccountWatcher.h"
#include "notifier/OAuthProvider.h"
#include "notifier/OAuthTokenRefresher.h"
#include "notifier/OAuthTokens.h"
#include "notifier/ResumeMonitor.h"
#include "notifier/SecretStore.h"
#include "notifier/UnreadCounter.h"

#include <QtCore/QLoggingCategory>

namespace Notifier {

namespace {

// How long before its expiry an access token is refreshed (OAuthTokenRefresher's default).
constexpr qint64 kRefreshMarginSeconds = 300;
// When the token endpoint could not be reached, the next try.
constexpr qint64 kRefreshRetryMs = 60 * 1000;

// A MessageSummary (message list) or a MailNotice (notification) of a fetched message: the two
// describe a message with the same fields, filled in one place.
template<typename Description>
Description describe(const Account &account, const FolderKey &folder, const FetchedMessage &message)
{
    Description description;
    description.key = {folder, message.uid};
    description.accountName = account.displayName.isEmpty() ? account.email : account.displayName;
    description.from = message.from;
    description.fromAddress = message.fromAddress;
    description.subject = message.subject;
    description.preview = message.preview;
    description.date = message.date;
    return description;
}

MessageSummary summaryOf(const Account &account, const FolderKey &folder,
                         const FetchedMessage &message)
{
    MessageSummary summary = describe<MessageSummary>(account, folder, message);
    summary.size = message.size;
    summary.seen = message.seen;
    return summary;
}

} // namespace

MailMonitor::MailMonitor(AccountStore *accounts, SecretStore *secrets,
                         const SettingsLocation &location, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_location(location)
    , m_tracker(new NewMailTracker(location.trackerStateFile(), this))
    , m_counter(new UnreadCounter(this))
    , m_messages(new MessageListModel(this))
    , m_notifier(new DesktopNotifier(this))
{
    connect(m_tracker, &NewMailTracker::saveFailed, this, &MailMonitor::trackerProblem);
    connect(m_counter, &UnreadCounter::readElsewhere, m_notifier, &DesktopNotifier::withdraw);
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, &MailMonitor::performAction);
    connect(m_notifier, &DesktopNotifier::summaryActivated, this,
            &MailMonitor::messageListRequested);
    connect(m_notifier, &DesktopNotifier::closed, m_counter,
            [this](const MessageKey &key) { m_counter->untrackNotification(key); });
    connect(m_accounts, &AccountStore::accountAdded, this, [this](const QString &id) {
        if (m_running && m_accounts->account(id))
            watchAccount(*m_accounts->account(id));
    });
    connect(m_accounts, &AccountStore::accountUpdated, this, [this](const QString &id) {
        if (!m_running)
            return;
        unwatchAccount(id, false);
        if (m_accounts->account(id))
            watchAccount(*m_accounts->account(id));
    });
    connect(m_accounts, &AccountStore::accountRemoved, this,
            [this](const QString &id) { unwatchAccount(id, true); });
}

MailMonitor::~MailMonitor()
{
    stop();
}

void MailMonitor::setCaCertificates(const QList<QSslCertificate> &certificates, bool useSystem)
{
    m_caCertificates = certificates;
    m_useSystemCa = useSystem;
}

void MailMonitor::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_tracker->load())
        Q_EMIT trackerProblem(m_tracker->errorString());
    if (m_systemMonitors) {
        m_network = new NetworkMonitor(this);
        connect(m_network, &NetworkMonitor::networkReturned, this, &MailMonitor::checkNow);
        m_network->start();
        m_resume = new ResumeMonitor(Clock::system(), this);
        connect(m_resume, &ResumeMonitor::resumed, this, &MailMonitor::checkNow);
        m_resume->start(true);
    }
    const QList<Account> accounts = m_accounts->accounts();
    for (const Account &account : accounts)
        watchAccount(account);
}

void MailMonitor::stop()
{
    if (!m_running)
        return;
    m_running = false;
    const QStringList ids = m_entries.keys();
    for (const QString &id : ids)
        unwatchAccount(id, false);
    delete m_network;
    m_network = nullptr;
    delete m_resume;
    m_resume = nullptr;
}

void MailMonitor::checkNow()
{
    for (const AccountEntry &entry : std::as_const(m_entries)) {
        for (FolderWatcher *watcher : entry.watchers)
            watcher->triggerNow();
        if (entry.notifyWatcher)
            entry.notifyWatcher->triggerNow();
    }
}

void MailMonitor::watchAccount(const Account &account)
{
    AccountEntry &entry = m_entries[account.id];
    entry.account = account;
    entry.watchers.clear();
    entry.notifyWatcher = nullptr;
    entry.secret.clear();
    entry.problem.clear();
    entry.problemReported = false;
    if (!account.enabled) {
        entry.state = AccountState::Disabled;
        Q_EMIT accountStateChanged(account.id, entry.state);
        return;
    }
    entry.state = AccountState::Connecting;
    Q_EMIT accountStateChanged(account.id, entry.state);
    const quint64 request = m_nextRequest++;
    entry.secretRequest = request;
    const SecretStore::Kind kind = account.auth == AuthMethod::Password
                                       ? SecretStore::Kind::Password
                                       : SecretStore::Kind::OAuth2Tokens;
    SecretReply *reply = m_secrets->read(account.id, kind);
    const QString id = account.id;
    connect(reply, &SecretReply::finished, this, [this, reply, id, request] {
        reply->deleteLater();
        const auto it = m_entries.find(id);
        if (!m_running || it == m_entries.end() || it->secretRequest != request)
            return; // the account changed or went away meanwhile
        if (reply->error() != SecretReply::Error::NoError) {
            it->state = AccountState::MissingSecret;
            it->problem = reply->errorString().isEmpty()
                              ? tr("No password is stored for this account.")
                              : reply->errorString();
            Q_EMIT accountStateChanged(id, it->state);
            return;
        }
        if (it->account.auth == AuthMethod::Password)
            startWatchers(id, reply->secret());
        else
            startOAuth(id, reply->secret());
    });
}

FolderWatcher::SessionFactory MailMonitor::sessionFactory(const QString &accountId) const
{
    ImapSessionConfig base;
    base.caCertificates = m_caCertificates;
    base.useSystemCaCertificates = m_useSystemCa;
    // The account and secret are read when a connection is made, so that a refreshed access
    // token is what the next connection logs in with.
    return [this, accountId, base](QObject *parent) -> MailSession * {
        ImapSessionConfig config = base;
        const AccountEntry entry = m_entries.value(accountId);
        config.account = entry.account;
        config.secret = entry.secret;
        return new ImapMailSession(config, parent);
    };
}

void MailMonitor::startWatchers(const QString &accountId, const QString &secret)
{
    AccountEntry &entry = m_entries[accountId];
    entry.secret = secret;
    entry.watchersStarted = true;
    // One connection for all folders is worth a try only when there are several.
    if (m_watcherSettings.useNotify && entry.account.watchedFolders.size() > 1 &&
        !entry.notifyUnavailable)
        startNotifyWatcher(accountId);
    else
        startFolderWatchers(accountId);
}

void MailMonitor::startOAuth(const QString &accountId, const QString &storedTokens)
{
    AccountEntry &entry = m_entries[accountId];
    OAuthTokens tokens;
    if (!OAuthTokens::fromJson(storedTokens, &tokens) || !tokens.isValid()) {
        signInNeeded(accountId, tr("The stored sign-in of this account is unreadable. Sign in "
                                   "again in the account settings."));
        return;
    }
    auto *refresher =
        new OAuthTokenRefresher(OAuthProvider::configured(entry.account.auth), m_clock, this);
    refresher->setSecretStore(m_secrets, accountId);
    entry.refresher = refresher;
    connect(refresher, &OAuthTokenRefresher::tokensRefreshed, this,
            [this, accountId](const OAuthTokens &fresh) { onTokensRefreshed(accountId, fresh); });
    connect(refresher, &OAuthTokenRefresher::storeFailed, this, [](const QString &message) {
        // The new token still works until it expires; the next start signs in again.
        qWarning("lettertray: the refreshed sign-in could not be stored: %s", qPrintable(message));
    });
    connect(refresher, &OAuthTokenRefresher::refreshFailed, this,
            [this, accountId, refresher](OAuthSignIn::Error error, const QString &message) {
                const auto it = m_entries.find(accountId);
                if (it == m_entries.end() || it->refresher != refresher)
                    return;
                if (error == OAuthSignIn::Error::NetworkError) {
                    // The provider is out of reach, not the grant refused: try again later.
                    m_clock->schedule(kRefreshRetryMs, refresher,
                                      [refresher] { refresher->refreshNow(); });
                    return;
                }
                signInNeeded(accountId, message);
            });
    // Planned refresh a margin before expiry (OAuthTokenRefresher's timer).
    refresher->setTokens(tokens);
    const bool expiring = tokens.expiresAt.isValid() &&
                          m_clock->wallTime().secsTo(tokens.expiresAt) <= kRefreshMarginSeconds;
    if (expiring && !tokens.refreshToken.isEmpty()) {
        // Logging in with a token about to expire would only be refused: refresh first, the
        // watchers start with the new token.
        refresher->refreshNow();
        return;
    }
    startWatchers(accountId, tokens.accessToken);
}

void MailMonitor::onTokensRefreshed(const QString &accountId, const OAuthTokens &tokens)
{
    const auto it = m_entries.find(accountId);
    if (it == m_entries.end())
        return;
    // Connections already logged in stay valid; new ones log in with the new token.
    it->secret = tokens.accessToken;
    if (!it->watchersStarted) {
        startWatchers(accountId, tokens.accessToken);
        return;
    }
    if (it->refreshAfterRefusal) {
        it->refreshAfterRefusal = false;
        it->refreshedAfterRefusal = true;
        restartWatchers(accountId);
    }
}

void MailMonitor::restartWatchers(const QString &accountId)
{
    AccountEntry &entry = m_entries[accountId];
    entry.problem.clear();
    for (FolderWatcher *watcher : std::as_const(entry.watchers))
        watcher->restart();
    if (entry.notifyWatcher)
        entry.notifyWatcher->restart();
    updateState(accountId);
}

void MailMonitor::signInNeeded(const QString &accountId, const QString &message)
{
    const auto it = m_entries.find(accountId);
    if (it == m_entries.end())
        return;
    it->signInNeeded = true;
    it->refreshAfterRefusal = false;
    it->problem = message;
    stopAccountWatchers(accountId, FolderWatcher::State::AuthenticationFailed);
    if (!it->problemReported) {
        it->problemReported = true;
        Q_EMIT authenticationFailed(accountId, message);
    }
    updateState(accountId);
}

void MailMonitor::startNotifyWatcher(const QString &accountId)
{
    AccountEntry &entry = m_entries[accountId];
    auto *watcher =
        new NotifyAccountWatcher(accountId, entry.account.watchedFolders, sessionFactory(accountId),
                                 m_tracker, m_counter, Clock::system(), m_watcherSettings, this);
    entry.notifyWatcher = watcher;
    connectWatcher(watcher, accountId);
    connect(watcher, &NotifyAccountWatcher::notifyUnavailable, this, [this, accountId, watcher] {
        const auto it = m_entries.find(accountId);
        if (it == m_entries.end() || it->notifyWatcher != watcher)
            return;
        // Remembered while the account is watched: reconnects go straight to one watcher
        // per folder instead of asking the server again.
        it->notifyUnavailable = true;
        it->notifyWatcher = nullptr;
        watcher->disconnect(this);
        watcher->deleteLater();
        startFolderWatchers(accountId);
    });
    connect(watcher, &NotifyAccountWatcher::folderMissing, this,
            [this, accountId](const FolderKey &, const QString &message) {
                m_entries[accountId].problem = message;
                updateState(accountId);
            });
    watcher->start();
}

void MailMonitor::startFolderWatchers(const QString &accountId)
{
    AccountEntry &entry = m_entries[accountId];
    const FolderWatcher::SessionFactory factory = sessionFactory(accountId);
    const QStringList folders = entry.account.watchedFolders;
    for (const QString &mailbox : folders) {
        const FolderKey folder{accountId, mailbox};
        auto *watcher = new FolderWatcher(folder, factory, m_tracker, m_counter, Clock::system(),
                                          m_watcherSettings, this);
        m_entries[accountId].watchers.append(watcher);
        connectWatcher(watcher, accountId);
        watcher->start();
    }
}

void MailMonitor::stopAccountWatchers(const QString &accountId, FolderWatcher::State except)
{
    AccountEntry &e = m_entries[accountId];
    for (FolderWatcher *other : std::as_const(e.watchers)) {
        if (other->state() != except)
            other->stop();
    }
    if (e.notifyWatcher && e.notifyWatcher->state() != except)
        e.notifyWatcher->stop();
}

void MailMonitor::connectWatcher(MailWatcher *watcher, const QString &accountId)
{
    connect(watcher, &MailWatcher::stateChanged, this,
            [this, accountId] { updateState(accountId); });
    connect(watcher, &MailWatcher::newMail, this,
            [this, accountId](const FolderKey &key, const QList<FetchedMessage> &messages) {
                onNewMail(m_entries.value(accountId).account, key, messages);
            });
    connect(watcher, &MailWatcher::messagesFetched, this,
            [this, accountId](const FolderKey &key, const QList<FetchedMessage> &messages) {
                const Account account = m_entries.value(accountId).account;
                QList<MessageSummary> summaries;
                summaries.reserve(messages.size());
                for (const FetchedMessage &message : messages)
                    summaries.append(summaryOf(account, key, message));
                m_messages->upsert(summaries);
            });
    connect(watcher, &MailWatcher::flagsChanged, this,
            [this](const FolderKey &key, quint32 uid, bool seen) {
                m_messages->setSeen({key, uid}, seen);
            });
    connect(watcher, &MailWatcher::messagesRemoved, this,
            [this](const FolderKey &key, const QList<quint32> &uids) {
                QList<MessageKey> keys;
                for (quint32 uid : uids) {
                    keys.append({key, uid});
                    m_notifier->withdraw({key, uid});
                }
                m_messages->remove(keys);
            });
    connect(watcher, &MailWatcher::folderReset, this,
            [this](const FolderKey &key) { m_messages->removeFolder(key); });
    connect(watcher, &MailWatcher::authenticationFailed, this,
            [this, accountId](const QString &message) {
                AccountEntry &e = m_entries[accountId];
                if (e.refreshAfterRefusal)
                    return; // another folder's refusal of the same token: already refreshing
                e.problem = message;
                // One refusal stops every folder of the account: the others would only
                // repeat the same wrong password.
                stopAccountWatchers(accountId, FolderWatcher::State::AuthenticationFailed);
                // An access token may be refused before its announced expiry (revoked,
                // clock skew): one refresh and one more try; a second refusal asks the user.
                if (e.refresher && !e.refreshedAfterRefusal &&
                    !e.refresher->tokens().refreshToken.isEmpty()) {
                    e.refreshAfterRefusal = true;
                    stopAccountWatchers(accountId, FolderWatcher::State::Stopped);
                    e.refresher->refreshNow();
                    updateState(accountId);
                    return;
                }
                e.signInNeeded = e.refresher != nullptr;
                if (!e.problemReported) {
                    e.problemReported = true;
                    Q_EMIT authenticationFailed(accountId, message);
                }
                updateState(accountId);
            });
    connect(watcher, &MailWatcher::certificateProblem, this,
            [this, accountId](const QString &message, const QByteArray &sha256) {
                AccountEntry &e = m_entries[accountId];
                e.problem = message;
                stopAccountWatchers(accountId, FolderWatcher::State::CertificateProblem);
                if (!e.problemReported) {
                    e.problemReported = true;
                    Q_EMIT certificateProblem(accountId, message, sha256);
                }
                updateState(accountId);
            });
}

void MailMonitor::unwatchAccount(const QString &accountId, bool forget)
{
    const auto it = m_entries.find(accountId);
    if (it != m_entries.end()) {
        for (FolderWatcher *watcher : std::as_const(it->watchers)) {
            watcher->disconnect(this);
            watcher->stop();
            watcher->deleteLater();
        }
        if (it->notifyWatcher) {
            it->notifyWatcher->disconnect(this);
            it->notifyWatcher->stop();
            it->notifyWatcher->deleteLater();
        }
        if (it->refresher) {
            it->refresher->disconnect(this);
            it->refresher->deleteLater(); // may be inside its own signal
        }
        m_entries.erase(it);
    }
    if (forget) {
        m_tracker->forgetAccount(accountId);
        m_counter->removeAccount(accountId);
        m_messages->removeAccount(accountId);
        m_notifier->withdrawAccount(accountId);
    }
}

void MailMonitor::restartAccount(const QString &accountId)
{
    unwatchAccount(accountId, false);
    if (m_running && m_accounts->account(accountId))
        watchAccount(*m_accounts->account(accountId));
}

MailMonitor::AccountState MailMonitor::accountState(const QString &accountId) const
{
    const auto it = m_entries.constFind(accountId);
    return it == m_entries.cend() ? AccountState::Disabled : it->state;
}

QString MailMonitor::accountProblem(const QString &accountId) const
{
    return m_entries.value(accountId).problem;
}

void MailMonitor::updateState(const QString &accountId)
{
    const auto it = m_entries.find(accountId);
    if (it == m_entries.end())
        return;
    AccountState state = AccountState::Online;
    bool connecting = false;
    bool waiting = false;
    QList<FolderWatcher::State> states;
    for (const FolderWatcher *watcher : std::as_const(it->watchers))
        states.append(watcher->state());
    if (it->notifyWatcher) {
        states.append(it->notifyWatcher->state());
        if (!it->notifyWatcher->missingFolders().isEmpty())
            states.append(FolderWatcher::State::FolderMissing);
    }
    for (const FolderWatcher::State watcherState : std::as_const(states)) {
        switch (watcherState) {
        case FolderWatcher::State::AuthenticationFailed:
            state = AccountState::AuthenticationFailed;
            break;
        case FolderWatcher::State::CertificateProblem:
            state = AccountState::CertificateProblem;
            break;
        case FolderWatcher::State::SecurityProblem:
            state = AccountState::SecurityProblem;
            break;
        case FolderWatcher::State::FolderMissing:
            if (state == AccountState::Online)
                state = AccountState::FolderMissing;
            break;
        case FolderWatcher::State::Waiting:
            waiting = true;
            break;
        case FolderWatcher::State::Connecting:
        case FolderWatcher::State::Syncing:
            connecting = true;
            break;
        default:
            break;
        }
        if (state == AccountState::AuthenticationFailed ||
            state == AccountState::CertificateProblem || state == AccountState::SecurityProblem)
            break;
    }
    if (it->signInNeeded) {
        state = AccountState::AuthenticationFailed;
    } else if (it->refreshAfterRefusal || (it->refresher && !it->watchersStarted)) {
        connecting = true; // getting a fresh access token first
        if (state == AccountState::AuthenticationFailed)
            state = AccountState::Online;
    }
    // Logged in with the refreshed token: a later refusal may refresh again. Only a watcher
    // that got through counts; stopped ones (as during a restart) say nothing.
    bool loggedIn = false;
    for (const FolderWatcher::State watcherState : std::as_const(states))
        loggedIn |= watcherState == FolderWatcher::State::Idling ||
                    watcherState == FolderWatcher::State::Polling;
    if (loggedIn && state == AccountState::Online)
        it->refreshedAfterRefusal = false;
    if (state == AccountState::Online && waiting)
        state = AccountState::Waiting;
    else if (state == AccountState::Online && connecting)
        state = AccountState::Connecting;
    if (state == it->state)
        return;
    it->state = state;
    Q_EMIT accountStateChanged(accountId, state);
}

void MailMonitor::onNewMail(const Account &account, const FolderKey &folder,
                            const QList<FetchedMessage> &messages)
{
    const GlobalRules global = m_accounts->globalRules();
    const QDateTime now = QDateTime::currentDateTime();
    for (const FetchedMessage &message : messages) {
        const RuleDecision decision = NotificationRules::evaluate(
            global, account.rules, {folder.mailbox, message.fromAddress, message.subject}, now);
        if (decision.verdict != RuleDecision::Notify)
            continue;
        MailNotice notice = describe<MailNotice>(account, folder, message);
        notice.playSound = decision.playSound;
        m_counter->trackNotification(notice.key);
        m_notifier->notify(notice);
        Q_EMIT newMailAnnounced(notice);
    }
}

FolderWatcher *MailMonitor::watcherFor(const FolderKey &folder) const
{
    const auto it = m_entries.constFind(folder.accountId);
    if (it == m_entries.cend())
        return nullptr;
    for (FolderWatcher *watcher : it->watchers) {
        if (watcher->folder() == folder)
            return watcher;
    }
    return nullptr;
}

void MailMonitor::routeAction(const FolderKey &folder, const std::function<void(bool)> &done,
                              const std::function<void(NotifyAccountWatcher *)> &viaShared,
                              const std::function<void(FolderWatcher *)> &viaOwn) const
{
    if (NotifyAccountWatcher *shared = m_entries.value(folder.accountId).notifyWatcher;
        shared && shared->watches(folder)) {
        viaShared(shared);
        return;
    }
    if (FolderWatcher *own = watcherFor(folder)) {
        viaOwn(own);
        return;
    }
    if (done)
        done(false);
}

void MailMonitor::setSeen(const MessageKey &key, bool seen, std::function<void(bool)> done)
{
    const auto finish = [this, key, seen, done](bool ok) {
        if (ok) {
            m_messages->setSeen(key, seen);
            if (seen)
                m_notifier->withdraw(key);
        }
        if (done)
            done(ok);
    };
    routeAction(
        key.folder, done,
        [&](NotifyAccountWatcher *shared) { shared->setSeen(key.folder, key.uid, seen, finish); },
        [&](FolderWatcher *own) { own->setSeen(key.uid, seen, finish); });
}

void MailMonitor::moveToTrash(const MessageKey &key, std::function<void(bool)> done)
{
    const auto finish = [this, key, done](bool ok) {
        if (ok) {
            m_messages->remove({key});
            m_notifier->withdraw(key);
        }
        if (done)
            done(ok);
    };
    routeAction(
        key.folder, done,
        [&](NotifyAccountWatcher *shared) { shared->moveToTrash(key.folder, key.uid, finish); },
        [&](FolderWatcher *own) { own->moveToTrash(key.uid, finish); });
}

void MailMonitor::performAction(const MessageKey &key, NotificationAction action)
{
    switch (action) {
    case NotificationAction::Open:
        Q_EMIT openRequested(key);
        return;
    case NotificationAction::MarkAsRead:
        setSeen(key, true);
        return;
    case NotificationAction::Delete:
        moveToTrash(key);
        return;
    }
}

} // namespace Notifier
