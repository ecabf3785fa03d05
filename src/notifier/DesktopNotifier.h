#pragma once

#include "notifier/FallbackPresenter.h"
#include "notifier/FolderKey.h"
#include "notifier/MailNotice.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtCore/QTimer>
#include <QtDBus/QDBusConnection>

class QDBusMessage;

namespace Notifier {

// Shows new mail through the freedesktop notification service (org.freedesktop.Notifications)
// with actions, and through a FallbackPresenter where that service is missing.
//
// - Texts from the server are sanitised and truncated; escaped only when the daemon reads
//   markup (body-markup capability), since escaping for one that does not would show "&amp;".
// - Actions (Open, Mark as read, Delete, and the default action) only where the daemon has the
//   "actions" capability; otherwise the bubble is informational.
// - A burst (more than burstThreshold() messages, each within burstWindow() of the previous)
//   becomes one summary notification, replaced in place (replaces_id) as more arrive; the
//   single bubbles of that burst are closed into it. 200 messages give one bubble, not 200.
// - withdraw() closes a message's bubble (read elsewhere) or takes it out of the summary.
// - Signals from the bus are accepted only from the owner of the notification service.
//
// Nothing here blocks: every D-Bus call is asynchronous.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Availability
    {
        Unknown,     // asking the daemon for its capabilities
        Freedesktop, // the daemon answered
        Fallback,    // no daemon: FallbackPresenter (or nothing when none is set)
    };
    Q_ENUM(Availability)

    static constexpr int MaxSummaryLines = 5;
    static constexpr int MaxQueuedBeforeReady = 500;

    explicit DesktopNotifier(QObject *parent = nullptr);
    // Another bus or service name: for tests with a stand-in daemon.
    DesktopNotifier(const QDBusConnection &bus, const QString &service, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    void setFallback(FallbackPresenter *fallback) { m_fallback = fallback; }
    void setShowPreview(bool show) { m_showPreview = show; }
    void setBurstThreshold(int count) { m_burstThreshold = std::max(1, count); }
    int burstThreshold() const { return m_burstThreshold; }
    void setBurstWindow(int milliseconds) { m_burstWindowMs = milliseconds; }
    int burstWindow() const { return m_burstWindowMs; }

    Availability availability() const { return m_availability; }
    QStringList capabilities() const { return m_capabilities; }
    bool hasActions() const { return m_capabilities.contains(QStringLiteral("actions")); }

    void notify(const MailNotice &notice);
    void withdraw(const MessageKey &key);
    // Everything of one account (account removed, or marked all read).
    void withdrawAccount(const QString &accountId);

    // D-Bus calls sent whose answer has not come yet; 0 when settled.
    int pendingCalls() const { return m_pendingCalls; }
    // Counters for tests and the debug view.
    int notifyCallsSent() const { return m_notifyCalls; }
    int newBubblesShown() const { return m_newBubbles; }

    // Texts as they go out (public for tests).
    static QString actionKey(NotificationAction action);
    static bool actionFromKey(const QString &key, NotificationAction *action);

Q_SIGNALS:
    void availabilityChanged(Notifier::DesktopNotifier::Availability availability);
    void actionInvoked(const Notifier::MessageKey &key, Notifier::NotificationAction action);
    // The summary bubble was clicked: show the message list.
    void summaryActivated();
    void shown(const Notifier::MessageKey &key, uint notificationId);
    void closed(const Notifier::MessageKey &key);
    void settled(); // pendingCalls() dropped to 0

private Q_SLOTS:
    // Slots by name only because QDBusConnection::connect() has no function-pointer form.
    void onActionInvoked(uint id, const QString &key);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Bubble
    {
        uint id = 0; // 0 while the Notify call is on its way
        bool closeWhenKnown = false;
    };

    void init();
    void onCapabilities(const QDBusMessage &reply, bool ok);
    void present(const MailNotice &notice);
    void showSingle(const MailNotice &notice);
    void updateSummary();
    void sendSummary();
    void closeBubble(uint id);
    void callStarted();
    void callFinished();
    QString bodyText(const QString &subject, const QString &preview) const;
    QVariantMap hints(bool sound) const;
    void presentFallback(const MailNotice &notice);

    QDBusConnection m_bus;
    QString m_service;
    FallbackPresenter *m_fallback = nullptr;
    Availability m_availability = Availability::Unknown;
    QStringList m_capabilities;
    bool m_markup = false;
    bool m_showPreview = true;
    int m_burstThreshold = 3;
    int m_burstWindowMs = 2000;

    QList<MailNotice> m_queued; // until the capabilities are known
    QHash<MessageKey, Bubble> m_bubbles;
    QHash<uint, MessageKey> m_byId;

    // The current burst.
    QElapsedTimer m_lastNotice;
    QList<MailNotice> m_burstSingles;
    QList<MailNotice> m_summaryNotices; // newest last
    uint m_summaryId = 0;
    bool m_summaryInFlight = false;
    bool m_summaryDirty = false;
    bool m_summaryCloseWhenKnown = false;
    bool m_summarySound = false;

    // Fallback presenter: the rest of a burst is shown as one message after the burst.
    QTimer m_fallbackSummaryTimer;
    int m_fallbackSuppressed = 0;

    int m_pendingCalls = 0;
    int m_notifyCalls = 0;
    int m_newBubbles = 0;
};

} // namespace Notifier
