#include "notifier/NotificationRules.h"

namespace Notifier {

bool NotificationRules::senderMatches(const QStringList &patterns, const QString &address)
{
    const QString needle = address.trimmed().toCaseFolded();
    if (needle.isEmpty())
        return false;
    for (const QString &raw : patterns) {
        const QString pattern = raw.trimmed().toCaseFolded();
        if (pattern.isEmpty())
            continue;
        if (pattern.startsWith(QLatin1Char('@'))) {
            if (needle.endsWith(pattern))
                return true;
        } else if (needle == pattern) {
            return true;
        }
    }
    return false;
}

bool NotificationRules::inQuietHours(const GlobalRules &global, const QTime &time)
{
    if (!global.quietHoursEnabled || !global.quietFrom.isValid() || !global.quietUntil.isValid())
        return false;
    if (global.quietFrom == global.quietUntil)
        return false; // an empty span, not "always quiet"
    if (global.quietFrom < global.quietUntil)
        return time >= global.quietFrom && time < global.quietUntil;
    return time >= global.quietFrom || time < global.quietUntil; // across midnight
}

RuleDecision NotificationRules::evaluate(const GlobalRules &global, const AccountRules &account,
                                         const RuleInput &message, const QDateTime &now)
{
    RuleDecision decision;
    decision.playSound = global.sound || account.sound;

    // The ignore list wins over everything, VIP wins over every kind of silence.
    if (senderMatches(account.ignoredSenders, message.senderAddress)) {
        decision.verdict = RuleDecision::Suppress;
        decision.reason = QStringLiteral("ignored sender");
        return decision;
    }
    if (senderMatches(account.vipSenders, message.senderAddress)) {
        decision.reason = QStringLiteral("vip sender");
        return decision;
    }
    for (const QString &word : account.ignoredSubjectWords) {
        if (!word.trimmed().isEmpty() &&
            message.subject.contains(word.trimmed(), Qt::CaseInsensitive)) {
            decision.verdict = RuleDecision::Suppress;
            decision.reason = QStringLiteral("ignored subject");
            return decision;
        }
    }
    if (account.muted) {
        decision.verdict = RuleDecision::Suppress;
        decision.reason = QStringLiteral("account muted");
        return decision;
    }
    if (account.mutedFolders.contains(message.folder)) {
        decision.verdict = RuleDecision::Suppress;
        decision.reason = QStringLiteral("folder muted");
        return decision;
    }
    if (global.doNotDisturbUntil.isValid() && now < global.doNotDisturbUntil) {
        decision.verdict = RuleDecision::Suppress;
        decision.reason = QStringLiteral("do not disturb");
        return decision;
    }
    if (inQuietHours(global, now.toLocalTime().time())) {
        decision.verdict = RuleDecision::Suppress;
        decision.reason = QStringLiteral("quiet hours");
        return decision;
    }
    decision.reason = QStringLiteral("default");
    return decision;
}

} // namespace Notifier
