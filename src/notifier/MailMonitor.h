#pragma once

#include "notifier/Account.h"
#include "notifier/Clock.h"
#include "notifier/FolderKey.h"
#include "notifier/FolderWatcher.h"
#include "notifier/MailNotice.h"
#include "notifier/SettingsLocation.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtNetwork/QSslCertificate>

namespace Notifier {

class AccountStore;
class DesktopNotifier;
class MessageListModel;
class NetworkMonitor;
class NewMailTracker;
class NotifyAccountWatcher;
class OAuthTokenRefresher;
struct OAuthTokens;
class ResumeMonitor;
class SecretStore;
class UnreadCounter;
struct FetchedMessage;

// The notifier core as the app uses it: watches every enabled account of the AccountStore
// (one FolderWatcher per watched folder, secrets from the SecretStore), decides what is new,
// applies the notification rules, shows notifications, keeps the message list and the unread
// counts current, and carries out the notification actions on the server. Network return and
// resume from suspend make every account check at once. Problems that need the user
// (password refused, certificate not trusted) stop that account and are reported once.
class MailMonitor : public QObject
{
    Q_OBJECT
public:
    enum class AccountState
    {
        Disabled,
        MissingSecret, // no password/token in the keychain
        Connecting,
        Online,  // every folder watched
        Waiting, // some folder waits for a reconnect
        AuthenticationFailed,
        CertificateProblem,
        SecurityProblem,
        FolderMissing,
    };
    Q_ENUM(AccountState)

    MailMonitor(AccountStore *accounts, SecretStore *secrets, const SettingsLocation &location,
                QObject *parent = nullptr);
    ~MailMonitor() override;

    // Extra trust anchors for every connection (the demo server's CA, test fixtures).
    void setCaCertificates(const QList<QSslCertificate> &certificates, bool useSystem = true);
    void setWatcherSettings(const WatcherSettings &settings) { m_watcherSettings = settings; }
    // The clock of the OAuth2 token refreshes (the system clock unless a test sets one).
    void setClock(Clock *clock) { m_clock = clock; }
    // Watch for network return and resume (on by default; tests switch it off).
    void setSystemMonitorsEnabled(bool enabled) { m_systemMonitors = enabled; }

    MessageListModel *messages() const { return m_messages; }
    UnreadCounter *unreadCounter() const { return m_counter; }
    DesktopNotifier *desktopNotifier() const { return m_notifier; }
    NewMailTracker *tracker() const { return m_tracker; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // "Check now": reconnect waiting accounts, poll polled folders.
    void checkNow();

    AccountState accountState(const QString &accountId) const;
    QString accountProblem(const QString &accountId) const;
    // After the user fixed the password or trusted the certificate (AccountStore updated).
    void restartAccount(const QString &accountId);

    // Actions (notification buttons, message list). done(ok) may be omitted.
    void setSeen(const MessageKey &key, bool seen, std::function<void(bool)> done = {});
    void moveToTrash(const MessageKey &key, std::function<void(bool)> done = {});
    void performAction(const MessageKey &key, NotificationAction action);

Q_SIGNALS:
    void accountStateChanged(const QString &accountId, Notifier::MailMonitor::AccountState state);
    void authenticationFailed(const QString &accountId, const QString &message);
    void certificateProblem(const QString &accountId, const QString &message,
                            const QByteArray &sha256);
    void newMailAnnounced(const Notifier::MailNotice &notice);
    // "Open" on a notification: the app starts the mail client / webmail for this message.
    void openRequested(const Notifier::MessageKey &key);
    // The summary bubble was clicked.
    void messageListRequested();
    void trackerProblem(const QString &message);

private:
    struct AccountEntry
    {
        Account account;
        QString secret; // what new connections log in with (password or access token)
        QList<FolderWatcher *> watchers;
        NotifyAccountWatcher *notifyWatcher = nullptr; // all folders on one connection
        bool notifyUnavailable = false; // the server lacks NOTIFY: one watcher per folder
        // OAuth2 accounts: keeps the access token fresh and in the keychain.
        OAuthTokenRefresher *refresher = nullptr;
        bool watchersStarted = false;
        bool refreshAfterRefusal = false;   // the one refresh a refused login gets is under way
        bool refreshedAfterRefusal = false; // ...and was used: the next refusal stops the account
        bool signInNeeded = false;          // the refresh was refused: only the user can help
        AccountState state = AccountState::Connecting;
        QString problem;
        bool problemReported = false;
        quint64 secretRequest = 0;
    };

    void watchAccount(const Account &account);
    void unwatchAccount(const QString &accountId, bool forget);
    void startWatchers(const QString &accountId, const QString &secret);
    void startFolderWatchers(const QString &accountId);
    void startOAuth(const QString &accountId, const QString &storedTokens);
    void onTokensRefreshed(const QString &accountId, const OAuthTokens &tokens);
    void signInNeeded(const QString &accountId, const QString &message);
    void restartWatchers(const QString &accountId);
    void startNotifyWatcher(const QString &accountId);
    FolderWatcher::SessionFactory sessionFactory(const QString &accountId) const;
    void connectWatcher(MailWatcher *watcher, const QString &accountId);
    void stopAccountWatchers(const QString &accountId, FolderWatcher::State except);
    void updateState(const QString &accountId);
    void onNewMail(const Account &account, const FolderKey &folder,
                   const QList<FetchedMessage> &messages);
    FolderWatcher *watcherFor(const FolderKey &folder) const;
    // Hands a message action to the watcher that has the folder: the account's NOTIFY watcher
    // where it watches it, else the folder's own one; done(false) when no watcher has it.
    void routeAction(const FolderKey &folder, const std::function<void(bool)> &done,
                     const std::function<void(NotifyAccountWatcher *)> &viaShared,
                     const std::function<void(FolderWatcher *)> &viaOwn) const;

    AccountStore *m_accounts;
    SecretStore *m_secrets;
    SettingsLocation m_location;
    NewMailTracker *m_tracker;
    UnreadCounter *m_counter;
    MessageListModel *m_messages;
    DesktopNotifier *m_notifier;
    NetworkMonitor *m_network = nullptr;
    ResumeMonitor *m_resume = nullptr;
    QHash<QString, AccountEntry> m_entries;
    QList<QSslCertificate> m_caCertificates;
    bool m_useSystemCa = true;
    bool m_systemMonitors = true;
    bool m_running = false;
    quint64 m_nextRequest = 1;
    WatcherSettings m_watcherSettings;
    Clock *m_clock = Clock::system();
};

} // namespace Notifier
