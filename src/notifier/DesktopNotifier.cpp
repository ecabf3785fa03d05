#include "notifier/DesktopNotifier.h"

#include "notifier/ApplicationIdentity.h"
#include "notifier/DisplayText.h"

#include <QtCore/QCoreApplication>
#include <QtDBus/QDBusConnectionInterface>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusPendingCallWatcher>
#include <QtDBus/QDBusPendingReply>

namespace Notifier {

namespace {

// Without a loaded translation, tr() returns the English source with "(s)" untouched.
QString english(QString text, int n)
{
    return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

const QString notificationsPath = QStringLiteral("/org/freedesktop/Notifications");
const QString notificationsInterface = QStringLiteral("org.freedesktop.Notifications");
constexpr int SummaryMaxChars = 80;
constexpr int SubjectMaxChars = 120;
constexpr int PreviewMaxChars = 200;

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), notificationsInterface, parent)
{}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, const QString &service,
                                 QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_service(service)
{
    m_fallbackSummaryTimer.setSingleShot(true);
    connect(&m_fallbackSummaryTimer, &QTimer::timeout, this, [this] {
        if (m_fallback && m_fallbackSuppressed > 0) {
            m_fallback->showMessage(
                english(tr("%n more new message(s)", nullptr, m_fallbackSuppressed),
                        m_fallbackSuppressed),
                QString());
        }
        m_fallbackSuppressed = 0;
    });
    init();
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::init()
{
    if (!m_bus.isConnected()) {
        // Delivered from the event loop, like the answer of a real daemon would be.
        QMetaObject::invokeMethod(
            this, [this] { onCapabilities(QDBusMessage(), false); }, Qt::QueuedConnection);
        return;
    }
    // Connecting by service name: Qt then delivers only signals sent by the name's owner, so
    // another program on the bus cannot forge an ActionInvoked ("delete this message").
    m_bus.connect(m_service, notificationsPath, notificationsInterface,
                  QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(m_service, notificationsPath, notificationsInterface,
                  QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));

    const QDBusMessage call = QDBusMessage::createMethodCall(
        m_service, notificationsPath, notificationsInterface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    callStarted();
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *done) {
                done->deleteLater();
                const QDBusMessage reply = done->reply();
                onCapabilities(reply, !done->isError());
                callFinished();
            });
}

void DesktopNotifier::onCapabilities(const QDBusMessage &reply, bool ok)
{
    if (ok && !reply.arguments().isEmpty()) {
        m_capabilities = reply.arguments().first().toStringList();
        m_markup = m_capabilities.contains(QStringLiteral("body-markup"));
        m_availability = Availability::Freedesktop;
    } else {
        m_availability = Availability::Fallback;
    }
    Q_EMIT availabilityChanged(m_availability);
    const QList<MailNotice> queued = std::exchange(m_queued, {});
    for (const MailNotice &notice : queued)
        present(notice);
}

QString DesktopNotifier::actionKey(NotificationAction action)
{
    switch (action) {
    case NotificationAction::Open:
        return QStringLiteral("open");
    case NotificationAction::MarkAsRead:
        return QStringLiteral("mark-read");
    case NotificationAction::Delete:
        return QStringLiteral("delete");
    }
    return QString();
}

bool DesktopNotifier::actionFromKey(const QString &key, NotificationAction *action)
{
    if (key == QLatin1String("default") || key == QLatin1String("open")) {
        *action = NotificationAction::Open;
        return true;
    }
    if (key == QLatin1String("mark-read")) {
        *action = NotificationAction::MarkAsRead;
        return true;
    }
    if (key == QLatin1String("delete")) {
        *action = NotificationAction::Delete;
        return true;
    }
    return false;
}

void DesktopNotifier::notify(const MailNotice &notice)
{
    if (m_availability == Availability::Unknown) {
        if (m_queued.size() < MaxQueuedBeforeReady)
            m_queued.append(notice);
        return;
    }
    present(notice);
}

void DesktopNotifier::present(const MailNotice &notice)
{
    const bool sameBurst = m_lastNotice.isValid() && m_lastNotice.elapsed() <= m_burstWindowMs;
    m_lastNotice.start();
    if (!sameBurst) {
        m_burstSingles.clear();
        m_summaryNotices.clear();
        m_summaryId = 0; // the previous summary stays on screen as it is
        m_summaryDirty = false;
        m_summarySound = false;
    }
    if (m_availability != Availability::Freedesktop) {
        presentFallback(notice);
        return;
    }
    if (m_summaryNotices.isEmpty() && m_burstSingles.size() < m_burstThreshold) {
        m_burstSingles.append(notice);
        showSingle(notice);
        return;
    }
    // Into the summary: the single bubbles of this burst fold into it (and count in it).
    for (const MailNotice &single : std::as_const(m_burstSingles)) {
        const auto it = m_bubbles.find(single.key);
        if (it == m_bubbles.end())
            continue; // closed meanwhile (read elsewhere, or dismissed): not counted
        m_summaryNotices.append(single);
        if (it->id != 0)
            closeBubble(it->id);
        else
            it->closeWhenKnown = true;
    }
    m_burstSingles.clear();
    m_summaryNotices.append(notice);
    m_summarySound = m_summarySound || notice.playSound;
    updateSummary();
}

QString DesktopNotifier::bodyText(const QString &subject, const QString &preview) const
{
    const QString cleanSubject = DisplayText::plain(subject, SubjectMaxChars);
    const QString cleanPreview =
        m_showPreview ? DisplayText::plain(preview, PreviewMaxChars) : QString();
    if (!m_capabilities.contains(QStringLiteral("body")))
        return QString();
    if (m_markup) {
        QString body = QStringLiteral("<b>") + DisplayText::escapeMarkup(cleanSubject) +
                       QStringLiteral("</b>");
        if (!cleanPreview.isEmpty())
            body += QLatin1Char('\n') + DisplayText::escapeMarkup(cleanPreview);
        return body;
    }
    return cleanPreview.isEmpty() ? cleanSubject : cleanSubject + QLatin1Char('\n') + cleanPreview;
}

QVariantMap DesktopNotifier::hints(bool sound) const
{
    QVariantMap hints;
    hints.insert(QStringLiteral("category"), QStringLiteral("email.arrived"));
    hints.insert(QStringLiteral("desktop-entry"), ApplicationIdentity::applicationId());
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1)));
    if (sound)
        hints.insert(QStringLiteral("sound-name"), QStringLiteral("message-new-email"));
    else
        hints.insert(QStringLiteral("suppress-sound"), true);
    return hints;
}

void DesktopNotifier::showSingle(const MailNotice &notice)
{
    // Without a body capability the subject has to go into the summary line.
    QString summary = DisplayText::plain(notice.from, SummaryMaxChars);
    if (summary.isEmpty())
        summary = tr("New message");
    if (!m_capabilities.contains(QStringLiteral("body")))
        summary = DisplayText::plain(notice.from + QStringLiteral(": ") + notice.subject,
                                     SummaryMaxChars);
    QStringList actions;
    if (hasActions()) {
        actions << QStringLiteral("default") << tr("Open") << actionKey(NotificationAction::Open)
                << tr("Open") << actionKey(NotificationAction::MarkAsRead) << tr("Mark as read")
                << actionKey(NotificationAction::Delete) << tr("Delete");
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        m_service, notificationsPath, notificationsInterface, QStringLiteral("Notify"));
    call << ApplicationIdentity::displayName() << uint(0) << ApplicationIdentity::applicationId()
         << summary << bodyText(notice.subject, notice.preview) << actions
         << hints(notice.playSound) << int(-1);
    m_bubbles.insert(notice.key, Bubble{});
    ++m_notifyCalls;
    callStarted();
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const MessageKey key = notice.key;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key](QDBusPendingCallWatcher *done) {
                done->deleteLater();
                QDBusPendingReply<uint> reply = *done;
                const auto it = m_bubbles.find(key);
                if (reply.isError() || it == m_bubbles.end()) {
                    if (it != m_bubbles.end() && it->id == 0)
                        m_bubbles.erase(it);
                    callFinished();
                    return;
                }
                const uint id = reply.value();
                it->id = id;
                m_byId.insert(id, key);
                ++m_newBubbles;
                Q_EMIT shown(key, id);
                if (it->closeWhenKnown)
                    closeBubble(id);
                callFinished();
            });
}

void DesktopNotifier::updateSummary()
{
    if (m_summaryInFlight) {
        // The id of the summary is not known yet; one more update follows the answer. This
        // also coalesces a fast burst into few D-Bus calls.
        m_summaryDirty = true;
        return;
    }
    sendSummary();
}

void DesktopNotifier::sendSummary()
{
    m_summaryDirty = false;
    const int count = int(m_summaryNotices.size());
    if (count == 0) {
        if (m_summaryId != 0)
            closeBubble(m_summaryId);
        m_summaryId = 0;
        return;
    }
    const QString summary = english(tr("%n new message(s)", nullptr, count), count);
    QStringList lines;
    for (qsizetype i = m_summaryNotices.size() - 1; i >= 0 && lines.size() < MaxSummaryLines; --i) {
        const MailNotice &notice = m_summaryNotices.at(i);
        const QString line = DisplayText::plain(notice.from, 40) + QStringLiteral(": ") +
                             DisplayText::plain(notice.subject, 60);
        lines << (m_markup ? DisplayText::escapeMarkup(line) : line);
    }
    if (count > MaxSummaryLines)
        lines << tr("and %n more", nullptr, count - MaxSummaryLines);
    QStringList actions;
    if (hasActions())
        actions << QStringLiteral("default") << tr("Show messages");

    QDBusMessage call = QDBusMessage::createMethodCall(
        m_service, notificationsPath, notificationsInterface, QStringLiteral("Notify"));
    // Sound once per burst, on the first showing, not on every update.
    const bool sound = m_summaryId == 0 && m_summarySound;
    call << ApplicationIdentity::displayName() << m_summaryId
         << ApplicationIdentity::applicationId() << summary
         << (m_capabilities.contains(QStringLiteral("body")) ? lines.join(QLatin1Char('\n'))
                                                             : QString())
         << actions << hints(sound) << int(-1);
    m_summaryInFlight = true;
    ++m_notifyCalls;
    callStarted();
    const bool replacing = m_summaryId != 0;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, replacing](QDBusPendingCallWatcher *done) {
                done->deleteLater();
                m_summaryInFlight = false;
                QDBusPendingReply<uint> reply = *done;
                if (!reply.isError()) {
                    if (!replacing)
                        ++m_newBubbles;
                    if (m_summaryId != 0 && m_summaryId != reply.value())
                        m_byId.remove(m_summaryId);
                    m_summaryId = reply.value();
                }
                if (m_summaryDirty)
                    sendSummary();
                callFinished();
            });
}

void DesktopNotifier::closeBubble(uint id)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        m_service, notificationsPath, notificationsInterface, QStringLiteral("CloseNotification"));
    call << id;
    callStarted();
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *done) {
                done->deleteLater();
                callFinished();
            });
}

void DesktopNotifier::withdraw(const MessageKey &key)
{
    m_queued.removeIf([&key](const MailNotice &notice) { return notice.key == key; });
    const auto it = m_bubbles.find(key);
    if (it != m_bubbles.end()) {
        if (it->id != 0)
            closeBubble(it->id);
        else
            it->closeWhenKnown = true;
    }
    const qsizetype before = m_summaryNotices.size();
    m_summaryNotices.removeIf([&key](const MailNotice &notice) { return notice.key == key; });
    if (m_summaryNotices.size() != before)
        updateSummary();
}

void DesktopNotifier::withdrawAccount(const QString &accountId)
{
    const QList<MessageKey> keys = m_bubbles.keys();
    for (const MessageKey &key : keys) {
        if (key.folder.accountId == accountId)
            withdraw(key);
    }
    QList<MessageKey> inSummary;
    for (const MailNotice &notice : std::as_const(m_summaryNotices)) {
        if (notice.key.folder.accountId == accountId)
            inSummary.append(notice.key);
    }
    for (const MessageKey &key : std::as_const(inSummary))
        withdraw(key);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &key)
{
    if (id != 0 && id == m_summaryId) {
        Q_EMIT summaryActivated();
        return;
    }
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return; // another application's notification, or one we forgot
    NotificationAction action;
    if (!actionFromKey(key, &action))
        return;
    Q_EMIT actionInvoked(*it, action);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    if (id != 0 && id == m_summaryId) {
        m_summaryId = 0;
        m_summaryNotices.clear();
        return;
    }
    const auto it = m_byId.find(id);
    if (it == m_byId.end())
        return;
    const MessageKey key = *it;
    m_byId.erase(it);
    m_bubbles.remove(key);
    m_burstSingles.removeIf([&key](const MailNotice &notice) { return notice.key == key; });
    Q_EMIT closed(key);
}

void DesktopNotifier::presentFallback(const MailNotice &notice)
{
    if (!m_fallback)
        return;
    if (m_burstSingles.size() < m_burstThreshold) {
        m_burstSingles.append(notice);
        const QString title = DisplayText::plain(notice.from, SummaryMaxChars);
        QString body = DisplayText::plain(notice.subject, SubjectMaxChars);
        if (m_showPreview && !notice.preview.isEmpty())
            body += QLatin1Char('\n') + DisplayText::plain(notice.preview, PreviewMaxChars);
        m_fallback->showMessage(title.isEmpty() ? tr("New message") : title, body);
        return;
    }
    // A tray balloon cannot be updated; the rest of the burst is told once, when it is over.
    ++m_fallbackSuppressed;
    m_fallbackSummaryTimer.start(m_burstWindowMs);
}

void DesktopNotifier::callStarted()
{
    ++m_pendingCalls;
}

void DesktopNotifier::callFinished()
{
    if (--m_pendingCalls == 0)
        Q_EMIT settled();
}

} // namespace Notifier
