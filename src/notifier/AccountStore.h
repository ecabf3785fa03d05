#pragma once

#include "notifier/Account.h"
#include "notifier/NotificationRules.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <optional>

namespace Notifier {

// The list of accounts and the global notification rules, persisted in one INI file through
// QSettings.
//
// Writes are atomic (QSettings writes a temporary file and renames it). Every save also stores
// a SHA-256 digest of all values, so that a file that is broken, cut short or edited by hand
// into an inconsistent state is detected on load: the store then reports LoadStatus::Corrupt,
// keeps the file untouched and refuses to save over it until the app has asked the user and
// called discardCorruptFile() (which keeps a copy). It never silently becomes an empty
// configuration.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    enum class LoadStatus
    {
        NotLoaded,
        Ok,      // read and verified (or no file yet: a first run)
        Corrupt, // unreadable syntax, digest mismatch, missing digest, invalid values
        AccessError,
        NewerFormat, // written by a newer Lettertray; left alone
    };
    Q_ENUM(LoadStatus)

    static constexpr int FormatVersion = 1;

    explicit AccountStore(const QString &filePath, QObject *parent = nullptr);

    LoadStatus load();
    LoadStatus loadStatus() const { return m_status; }
    QString errorString() const { return m_error; }
    QString filePath() const { return m_filePath; }
    bool isWritable() const;

    QList<Account> accounts() const { return m_accounts; }
    std::optional<Account> account(const QString &id) const;
    GlobalRules globalRules() const { return m_globalRules; }

    // Each change is saved at once; false (with errorString()) when it could not be.
    bool addAccount(const Account &account);
    bool updateAccount(const Account &account);
    bool removeAccount(const QString &id);
    bool setGlobalRules(const GlobalRules &rules);

    // After a Corrupt load: moves the broken file aside (returns its new path) and starts
    // with an empty, writable configuration. Only on the user's explicit request.
    QString discardCorruptFile();

Q_SIGNALS:
    void accountAdded(const QString &id);
    void accountUpdated(const QString &id);
    void accountRemoved(const QString &id);
    void globalRulesChanged();
    void errorOccurred(const QString &message);

private:
    bool save();
    bool fail(LoadStatus status, const QString &message);

    QString m_filePath;
    LoadStatus m_status = LoadStatus::NotLoaded;
    QString m_error;
    QList<Account> m_accounts;
    GlobalRules m_globalRules;
};

} // namespace Notifier
