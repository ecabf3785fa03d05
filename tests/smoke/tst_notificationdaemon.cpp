// The real notification daemon of the session harness (dunst on a private session bus): a
// Notify call over QtDBus is recorded on the bus and lands in the daemon's own history with the
// summary and body sent.

#include "support/NotificationDaemonProbe.h"

#include <QCoreApplication>
#include <QDBusInterface>
#include <QDBusReply>
#include <QDateTime>
#include <QTest>

using TestSupport::NotificationDaemonProbe;

namespace {

QDBusInterface notifications()
{
    return QDBusInterface(QStringLiteral("org.freedesktop.Notifications"),
                          QStringLiteral("/org/freedesktop/Notifications"),
                          QStringLiteral("org.freedesktop.Notifications"),
                          QDBusConnection::sessionBus());
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
private Q_SLOTS:
    void initTestCase();
    void serverInformation();
    void notifyReachesDaemon();
    void actionsAreRecorded();
};

void TestNotificationDaemon::initTestCase()
{
    LETTERTRAY_REQUIRE(NotificationDaemonProbe::status());
}

void TestNotificationDaemon::serverInformation()
{
    auto interface = notifications();
    const QDBusMessage reply = interface.call(QStringLiteral("GetServerInformation"));
    QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
    QCOMPARE(reply.arguments().size(), 4);
    qInfo("notification daemon: %s %s", qPrintable(reply.arguments().at(0).toString()),
          qPrintable(reply.arguments().at(2).toString()));
    const QDBusReply<QStringList> capabilities = interface.call(QStringLiteral("GetCapabilities"));
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
    auto interface = notifications();
    // A short expire timeout: dunst keeps a notification in its history once it has expired.
    const QDBusReply<uint> id = interface.call(
        QStringLiteral("Notify"), QStringLiteral("lettertray-test"), 0u,
        QStringLiteral("mail-unread"), summary, body, QStringList(),
        QVariantMap{{QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}}, 300);
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
}

void TestNotificationDaemon::actionsAreRecorded()
{
    NotificationDaemonProbe probe;
    QVERIFY2(probe.startRecording(), qPrintable(probe.errorString()));
    const QString summary = unique("With actions");
    auto interface = notifications();
    const QDBusReply<uint> id =
        interface.call(QStringLiteral("Notify"), QStringLiteral("lettertray-test"), 0u, QString(),
                       summary, QStringLiteral("body"),
                       QStringList{QStringLiteral("default"), QStringLiteral("Open"),
                                   QStringLiteral("mark-read"), QStringLiteral("Mark as read")},
                       QVariantMap(), 300);
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
