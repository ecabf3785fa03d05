// The parsers of the notification probe, on output captured from dbus-monitor 1.14 and
// dunst 1.9 on Debian 12, and the service-requirement rule (skip by hand, fail in CI).

#include "support/NotificationDaemonProbe.h"
#include "support/ServiceRequirement.h"

#include <QTest>

using TestSupport::NotificationDaemonProbe;
using TestSupport::ServiceRequirement;
using TestSupport::ServiceStatus;

class TestSupportProbes : public QObject
{
    Q_OBJECT
private:
    void requirePresentServices();
    bool m_reachedEnd = false;

private Q_SLOTS:
    void monitorOutput();
    void monitorOutputIncompleteMessage();
    void dunstHistory();
    void dunstHistoryNotJson();
    void requirementMessage();
    void requireMacrosPassWhenAvailable();
};

void TestSupportProbes::monitorOutput()
{
    const QByteArray text =
        "signal time=1795873181.953096 sender=org.freedesktop.DBus -> destination=:1.5 serial=2 "
        "path=/org/freedesktop/DBus; interface=org.freedesktop.DBus; member=NameAcquired\n"
        "   string \":1.5\"\n"
        "method call time=1795873182.428811 sender=:1.6 -> "
        "destination=org.freedesktop.Notifications "
        "serial=3 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; "
        "member=Notify\n"
        "   string \"app\"\n"
        "   uint32 7\n"
        "   string \"mail-unread\"\n"
        "   string \"Sum mary\"\n"
        "   string \"Bo\"dy\n"
        "line2 <b>x</b> & y\"\n"
        "   array [\n"
        "      string \"default\"\n"
        "      string \"Open\"\n"
        "   ]\n"
        "   array [\n"
        "      dict entry(\n"
        "         string \"urgency\"\n"
        "         variant             byte 1\n"
        "      )\n"
        "   ]\n"
        "   int32 -1\n"
        "method call time=1795873183.1 sender=:1.6 -> destination=org.freedesktop.Notifications "
        "serial=4 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; "
        "member=Notify\n"
        "   string \"app\"\n   uint32 0\n   string \"\"\n   string \"Second\"\n   string \"\"\n"
        "   array [\n   ]\n   array [\n   ]\n   int32 5000\n";
    const auto notifications = NotificationDaemonProbe::parseMonitorOutput(text);
    QCOMPARE(notifications.size(), 2);
    const auto &first = notifications.at(0);
    QCOMPARE(first.appName, QStringLiteral("app"));
    QCOMPARE(first.replacesId, 7u);
    QCOMPARE(first.appIcon, QStringLiteral("mail-unread"));
    QCOMPARE(first.summary, QStringLiteral("Sum mary"));
    QCOMPARE(first.body, QStringLiteral("Bo\"dy\nline2 <b>x</b> & y"));
    QCOMPARE(first.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Open")}));
    QCOMPARE(first.expireTimeout, -1);
    const auto &second = notifications.at(1);
    QCOMPARE(second.summary, QStringLiteral("Second"));
    QCOMPARE(second.body, QString());
    QVERIFY(second.actions.isEmpty());
    QCOMPARE(second.expireTimeout, 5000);
}

void TestSupportProbes::monitorOutputIncompleteMessage()
{
    // dbus-monitor's output is read while it is being written.
    const QByteArray text = "method call time=1.0 sender=:1.6 -> destination=x serial=3 path=/; "
                            "interface=org.freedesktop.Notifications; member=Notify\n"
                            "   string \"app\"\n   uint32 0\n   string \"\"\n   string \"Half\"\n";
    QVERIFY(NotificationDaemonProbe::parseMonitorOutput(text).isEmpty());
}

void TestSupportProbes::dunstHistory()
{
    const QByteArray json = R"({"type" : "aa{sv}","data" : [[
        {"body" : {"type" : "s","data" : "two"},"summary" : {"type" : "s","data" : "Second"},
         "appname" : {"type" : "s","data" : "app2"},"id" : {"type" : "i","data" : 3}},
        {"body" : {"type" : "s","data" : "Bo\"dy"},"summary" : {"type" : "s","data" : "Sum mary"},
         "appname" : {"type" : "s","data" : "app"},"id" : {"type" : "i","data" : 2},
         "timeout" : {"type" : "x","data" : 10000000}}]]})";
    QString error;
    const auto history = NotificationDaemonProbe::parseDunstHistory(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).id, 3u);
    QCOMPARE(history.at(0).appName, QStringLiteral("app2"));
    QCOMPARE(history.at(1).summary, QStringLiteral("Sum mary"));
    QCOMPARE(history.at(1).body, QStringLiteral("Bo\"dy"));
}

void TestSupportProbes::dunstHistoryNotJson()
{
    QString error;
    QVERIFY(NotificationDaemonProbe::parseDunstHistory("Failed to connect", &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("not JSON")));
}

void TestSupportProbes::requirementMessage()
{
    const ServiceStatus missing{QStringLiteral("Dovecot"), false, QStringLiteral("not set")};
    const QByteArray saved = qgetenv("LETTERTRAY_REQUIRE_SERVICES");
    qputenv("LETTERTRAY_REQUIRE_SERVICES", "1");
    QVERIFY(ServiceRequirement::servicesRequired());
    QVERIFY(ServiceRequirement::message(missing).contains(QLatin1String("is a failure")));
    qputenv("LETTERTRAY_REQUIRE_SERVICES", "0");
    QVERIFY(!ServiceRequirement::servicesRequired());
    QVERIFY(
        ServiceRequirement::message(missing).startsWith(QLatin1String("needs Dovecot: not set")));
    qputenv("LETTERTRAY_REQUIRE_SERVICES", saved);
}

void TestSupportProbes::requirePresentServices()
{
    // Present services let the code go on (a missing one would return here).
    LETTERTRAY_REQUIRE((ServiceStatus{QStringLiteral("something"), true, QString()}));
    LETTERTRAY_REQUIRE_SERVICE("something else", 1 + 1 == 2);
    m_reachedEnd = true;
}

void TestSupportProbes::requireMacrosPassWhenAvailable()
{
    requirePresentServices();
    QVERIFY(m_reachedEnd);
}

QTEST_GUILESS_MAIN(TestSupportProbes)
#include "tst_supportprobes.moc"
