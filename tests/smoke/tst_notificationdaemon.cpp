// The real notification daemon of the session harness (dunst on a private session bus): a
// Notify call over QtDBus is recorded on the bus and lands in the daemon's own history with the
// summary and body sent.

#include "support/NotificationDaemonProbe.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDateTime>
#include <QHash>
#include <QTest>

using TestSupport::NotificationDaemonProbe;

namespace {

// Plain method calls: QDBusInterface would introspect the daemon and keep a meta-object
// cache that LeakSanitizer reports at exit.
QDBusMessage callDaemon(const QString &method, const QVariantList &arguments = {})
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
                                       QStringLiteral("/org/freedesktop/Notifications"),
                                       QStringLiteral("org.freedesktop.Notifications"), method);
    call.setArguments(arguments);
    return QDBusConnection::sessionBus().call(call, QDBus::Block, 10000);
}

QString unique(const char *what)
{
    static int counter = 0;
    return QStringLiteral("%1 %2-%3")
        .arg(QLatin1String(what))
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

} // namespace

class TestNotificationDaemon : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    // The daemon's NotificationClosed(id, reason) signal; QtDBus connects by signature string.
    void notificationClosed(uint id, uint reason) { m_closed.insert(id, reason); }

private Q_SLOTS:
    void initTestCase();
    void serverInformation();
    void notifyReachesDaemon();
    void actionsAreRecorded();

private:
    QHash<uint, uint> m_closed; // id -> reason
};

void TestNotificationDaemon::initTestCase()
{
    LETTERTRAY_REQUIRE(NotificationDaemonProbe::status());
    QVERIFY(QDBusConnection::sessionBus().connect(QStringLiteral("org.freedesktop.Notifications"),
                                                  QStringLiteral("/org/freedesktop/Notifications"),
                                                  QStringLiteral("org.freedesktop.Notifications"),
                                                  QStringLiteral("NotificationClosed"), this,
                                                  SLOT(notificationClosed(uint, uint))));
}

void TestNotificationDaemon::serverInformation()
{
    const QDBusMessage reply = callDaemon(QStringLiteral("GetServerInformation"));
    QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
    QCOMPARE(reply.arguments().size(), 4);
    qInfo("notification daemon: %s %s", qPrintable(reply.arguments().at(0).toString()),
          qPrintable(reply.arguments().at(2).toString()));
    const QDBusReply<QStringList> capabilities = callDaemon(QStringLiteral("GetCapabilities"));
    QVERIFY2(capabilities.isValid(), qPrintable(capabilities.error().message()));
    QVERIFY2(capabilities.value().contains(QStringLiteral("body")),
             qPrintable(capabilities.value().join(QLatin1Char(' '))));
}

void TestNotificationDaemon::notifyReachesDaemon()
{
    NotificationDaemonProbe probe;
    QVERIFY2(probe.startRecording(), qPrintable(probe.errorString()));

    const QString summary = unique("New mail");
    const QString body = QStringLiteral("From: Jürgen Müller — Grüße aus Köln");
    // A short expire timeout: dunst keeps a notification in its history once it has expired.
    const QDBusReply<uint> id =
        callDaemon(QStringLiteral("Notify"),
                   {QStringLiteral("lettertray-test"), 0u, QStringLiteral("mail-unread"), summary,
                    body, QStringList(),
                    QVariantMap{{QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}}, 300});
    QVERIFY2(id.isValid(), qPrintable(id.error().message()));
    QVERIFY(id.value() > 0);

    NotificationDaemonProbe::Notification sent;
    QVERIFY(
        probe.waitForRecorded([&](const auto &n) { return n.summary == summary; }, 5000, &sent));
    QCOMPARE(sent.appName, QStringLiteral("lettertray-test"));
    QCOMPARE(sent.body, body);
    QCOMPARE(sent.expireTimeout, 300);

    NotificationDaemonProbe::Notification kept;
    QVERIFY2(probe.waitForHistory([&](const auto &n) { return n.id == id.value(); }, 15000, &kept),
             qPrintable(probe.errorString()));
    QCOMPARE(kept.summary, summary);
    QCOMPARE(kept.body, body);
    QCOMPARE(kept.appName, QStringLiteral("lettertray-test"));
    // ... and it told us so: closed because it expired (reason 1).
    QTRY_COMPARE_WITH_TIMEOUT(m_closed.value(id.value()), 1u, 5000);
}

void TestNotificationDaemon::actionsAreRecorded()
{
    NotificationDaemonProbe probe;
    QVERIFY2(probe.startRecording(), qPrintable(probe.errorString()));
    const QString summary = unique("With actions");
    const QDBusReply<uint> id = callDaemon(
        QStringLiteral("Notify"),
        {QStringLiteral("lettertray-test"), 0u, QString(), summary, QStringLiteral("body"),
         QStringList{QStringLiteral("default"), QStringLiteral("Open"), QStringLiteral("mark-read"),
                     QStringLiteral("Mark as read")},
         QVariantMap(), 300});
    QVERIFY2(id.isValid(), qPrintable(id.error().message()));
    NotificationDaemonProbe::Notification sent;
    QVERIFY(
        probe.waitForRecorded([&](const auto &n) { return n.summary == summary; }, 5000, &sent));
    QCOMPARE(sent.actions,
             (QStringList{QStringLiteral("default"), QStringLiteral("Open"),
                          QStringLiteral("mark-read"), QStringLiteral("Mark as read")}));
}

QTEST_GUILESS_MAIN(TestNotificationDaemon)
#include "tst_notificationdaemon.moc"
