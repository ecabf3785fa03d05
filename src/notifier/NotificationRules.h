#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTime>

namespace Notifier {

// What one account's user asked for. Sender patterns are matched case-insensitively against
// the address: "alice@example.org" matches exactly, "@example.org" matches the whole domain.
struct AccountRules
{
    bool muted = false;
    QStringList mutedFolders;
    QStringList vipSenders;     // always notify, even in quiet hours and do-not-disturb
    QStringList ignoredSenders; // never notify
    QStringList ignoredSubjectWords;
    bool sound = false;

    friend bool operator==(const AccountRules &, const AccountRules &) = default;
};

// Rules that apply to all accounts.
struct GlobalRules
{
    bool quietHoursEnabled = false;
    QTime quietFrom = QTime(22, 0);
    QTime quietUntil = QTime(7, 0); // may be earlier than quietFrom: the span crosses midnight
    QDateTime doNotDisturbUntil;    // invalid = off
    bool sound = false;

    friend bool operator==(const GlobalRules &, const GlobalRules &) = default;
};

struct RuleInput
{
    QString folder;
    QString senderAddress;
    QString subject;
};

struct RuleDecision
{
    enum Verdict
    {
        Notify,
        Suppress,
    };
    Verdict verdict = Notify;
    bool playSound = false;
    QString reason; // for the debug log: which rule decided
};

// Pure decision function: the watcher asks it for every new message; the clock is passed in
// so that quiet hours across midnight are tested without waiting for midnight.
class NotificationRules
{
public:
    static RuleDecision evaluate(const GlobalRules &global, const AccountRules &account,
                                 const RuleInput &message, const QDateTime &now);
    static bool senderMatches(const QStringList &patterns, const QString &address);
    static bool inQuietHours(const GlobalRules &global, const QTime &time);
};

} // namespace Notifier
