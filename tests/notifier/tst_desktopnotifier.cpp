#include "support/ServiceRequirement.h"

#include "notifier/ApplicationIdentity.h"
#include "notifier/DesktopNotifier.h"

#include <QtCore/QCoreApplication>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusConnectionInterface>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusReply>
#include <QtDBus/QDBusVariant>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;

// A stand-in notification daemon with chosen capabilities, on its own bus connection (so that
// calls really travel through the bus), under a private service name.
class FakeDaemon : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        uint replacesId;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QStringList caps;
    QList<Call> calls;
    uint nextId = 1;

public Q_SLOTS:
    QStringList GetCapabilities() { return caps; }
    uint Notify(const QString &, uint replacesId, const QString &, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int)
    {
        calls.append({replacesId, summary, body, actions, hints});
        return replacesId ? replacesId : nextId++;
    }
    void CloseNotification(uint) {}
};

class RecordingFallback : public FallbackPresenter
{
public:
    QList<QPair<QString, QString>> shown;
    void showMessage(const QString &title, const QString &body) override
    {
        shown.append({title, body});
    }
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

    static MailNotice notice(quint32 uid, const QString &from = QStringLiteral("Alice Example"),
                             const QString &subject = QStringLiteral("Lunch?"),
                             const QString &preview = QStringLiteral("Shall we meet at noon?"))
    {
        MailNotice n;
        n.key = {{QStringLiteral("acc"), QStringLiteral("INBOX")}, uid};
        n.from = from;
        n.subject = subject;
        n.preview = preview;
        return n;
    }

    static bool daemonPresent()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        return bus.isConnected() && bus.interface() &&
               bus.interface()->isServiceRegistered(
                   QStringLiteral("org.freedesktop.Notifications"));
    }

    static bool waitReady(DesktopNotifier &notifier)
    {
        if (notifier.availability() == DesktopNotifier::Availability::Unknown) {
            QSignalSpy spy(&notifier, &DesktopNotifier::availabilityChanged);
            if (!spy.wait(5000))
                return false;
        }
        return true;
    }

    static bool settle(DesktopNotifier &notifier)
    {
        if (notifier.pendingCalls() == 0)
            return true;
        QSignalSpy spy(&notifier, &DesktopNotifier::settled);
        return spy.wait(10000);
    }

    // dunst keeps closed notifications in its history; read it over its own interface.
    static QList<QVariantMap> dunstHistory()
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.Notifications"),
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.dunstproject.cmd0"), QStringLiteral("NotificationCloseAll"));
        QDBusConnection::sessionBus().call(call);
        call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
                                              QStringLiteral("/org/freedesktop/Notifications"),
                                              QStringLiteral("org.dunstproject.cmd0"),
                                              QStringLiteral("NotificationListHistory"));
        const QDBusMessage reply = QDBusConnection::sessionBus().call(call);
        QList<QVariantMap> result;
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return result;
        const QDBusArgument argument = reply.arguments().first().value<QDBusArgument>();
        argument.beginArray();
        while (!argument.atEnd()) {
            QVariantMap entry;
            argument >> entry;
            QVariantMap flat;
            for (auto it = entry.begin(); it != entry.end(); ++it) {
                QVariant value = it.value();
                if (value.canConvert<QDBusVariant>())
                    value = value.value<QDBusVariant>().variant();
                flat.insert(it.key(), value);
            }
            result.append(flat);
        }
        argument.endArray();
        return result;
    }

    static TestSupport::ServiceStatus sessionBus()
    {
        return {QStringLiteral("D-Bus session bus"), QDBusConnection::sessionBus().isConnected(),
                QStringLiteral("DBUS_SESSION_BUS_ADDRESS is not set")};
    }

    static bool isDunst()
    {
        QDBusMessage call =
            QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
                                           QStringLiteral("/org/freedesktop/Notifications"),
                                           QStringLiteral("org.freedesktop.Notifications"),
                                           QStringLiteral("GetServerInformation"));
        const QDBusMessage reply = QDBusConnection::sessionBus().call(call);
        return reply.type() == QDBusMessage::ReplyMessage &&
               reply.arguments().value(0).toString() == QLatin1String("dunst");
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<MessageKey>();
        qRegisterMetaType<NotificationAction>();
    }

    // --- against the real daemon of the session (dunst under scripts/test) ---

    void realDaemonShowsAndWithdraws()
    {
        LETTERTRAY_REQUIRE(TestSupport::ServiceRequirement::notificationDaemon());
        QVERIFY(daemonPresent());
        DesktopNotifier notifier;
        QVERIFY(waitReady(notifier));
        QCOMPARE(notifier.availability(), DesktopNotifier::Availability::Freedesktop);
        QVERIFY(notifier.capabilities().contains(QStringLiteral("body")));

        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy closed(&notifier, &DesktopNotifier::closed);
        notifier.notify(notice(1, QStringLiteral("Bob <b>Bold</b> \u202Egnp.exe"),
                               QStringLiteral("Report & figures"),
                               QStringLiteral("Line one\nline two")));
        QVERIFY(shown.wait(5000));
        QVERIFY(shown.first().at(1).toUInt() > 0);
        notifier.withdraw(notice(1).key);
        // The daemon confirms with NotificationClosed, which the notifier turns into closed().
        QVERIFY(closed.wait(5000));
        QCOMPARE(closed.first().first().value<MessageKey>(), notice(1).key);

        if (!isDunst())
            return;
        // Other tests may notify in parallel: find ours by its sender.
        QVariantMap latest;
        const QList<QVariantMap> history = dunstHistory();
        for (const QVariantMap &entry : history) {
            if (entry.value(QStringLiteral("summary"))
                    .toString()
                    .startsWith(QStringLiteral("Bob"))) {
                latest = entry;
                break;
            }
        }
        QVERIFY(!latest.isEmpty());
        QCOMPARE(latest.value(QStringLiteral("appname")).toString(),
                 ApplicationIdentity::displayName());
        const QString summary = latest.value(QStringLiteral("summary")).toString();
        QVERIFY2(!summary.contains(QChar(0x202E)), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("<b>Bold</b>")) ||
                     summary.contains(QStringLiteral("Bold")),
                 qPrintable(summary));
        const QString body = latest.value(QStringLiteral("body")).toString();
        QVERIFY2(body.contains(QStringLiteral("Report")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("Line one line two")), qPrintable(body));
        QCOMPARE(latest.value(QStringLiteral("category")).toString(),
                 QStringLiteral("email.arrived"));
    }

    void realDaemonBurstOfTwoHundred()
    {
        LETTERTRAY_REQUIRE(TestSupport::ServiceRequirement::notificationDaemon());
        QVERIFY(daemonPresent());
        const qsizetype historyBefore = isDunst() ? dunstHistory().size() : 0;
        DesktopNotifier notifier;
        notifier.setBurstWindow(60000); // the test must not depend on how fast the loop runs
        QVERIFY(waitReady(notifier));
        for (quint32 uid = 1; uid <= 200; ++uid)
            notifier.notify(notice(uid, QStringLiteral("Sender %1").arg(uid),
                                   QStringLiteral("Subject %1").arg(uid)));
        QVERIFY(settle(notifier));
        qInfo("200 deliveries: %d Notify calls, %d new bubbles", notifier.notifyCallsSent(),
              notifier.newBubblesShown());
        // At most the first burstThreshold() singles, then one summary, updated in place.
        QVERIFY2(notifier.newBubblesShown() <= notifier.burstThreshold() + 1,
                 qPrintable(QString::number(notifier.newBubblesShown())));
        QVERIFY2(notifier.notifyCallsSent() < 50,
                 qPrintable(QString::number(notifier.notifyCallsSent())));

        if (!isDunst())
            return;
        // Newest first: the entries this test added are the first ones.
        const QList<QVariantMap> all = dunstHistory();
        // Other tests may notify in parallel: count only this burst's bubbles.
        QList<QVariantMap> history;
        QStringList summaries;
        for (const QVariantMap &entry : all.mid(0, all.size() - historyBefore)) {
            const QString summary = entry.value(QStringLiteral("summary")).toString();
            if (summary.startsWith(QStringLiteral("Sender ")) ||
                summary.endsWith(QStringLiteral(" new messages"))) {
                history.append(entry);
                summaries << summary;
            }
        }
        QVERIFY2(summaries.contains(QStringLiteral("200 new messages")),
                 qPrintable(summaries.join(QLatin1Char('|'))));
        QVERIFY2(history.size() <= notifier.burstThreshold() + 1,
                 qPrintable(summaries.join(QLatin1Char('|'))));
        for (const QVariantMap &entry : history) {
            if (entry.value(QStringLiteral("summary")).toString() ==
                QLatin1String("200 new messages")) {
                QVERIFY(entry.value(QStringLiteral("body"))
                            .toString()
                            .contains(QStringLiteral("Sender 200")));
            }
        }
    }

    void realDaemonDefaultActionAndForgedSignal()
    {
        LETTERTRAY_REQUIRE(TestSupport::ServiceRequirement::notificationDaemon());
        QVERIFY(daemonPresent());
        if (!isDunst())
            QSKIP("invoking an action needs dunst's control interface");
        dunstHistory();
        DesktopNotifier notifier;
        QVERIFY(waitReady(notifier));
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy actions(&notifier, &DesktopNotifier::actionInvoked);
        notifier.notify(notice(7));
        QVERIFY(shown.wait(5000));
        const uint id = shown.first().at(1).toUInt();

        // Another program on the bus forges "delete" for our notification: ignored.
        QDBusMessage forged = QDBusMessage::createSignal(
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        forged << id << QStringLiteral("delete");
        QDBusConnection forger =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("forger"));
        QVERIFY(forger.send(forged));

        // The user clicks the bubble: dunst invokes its default action.
        QDBusMessage click = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.Notifications"),
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.dunstproject.cmd0"), QStringLiteral("NotificationAction"));
        click << uint(0);
        QDBusConnection::sessionBus().call(click);
        QVERIFY(actions.wait(5000));
        QTest::qWait(200); // a forged signal would have arrived by now, before or after
        QCOMPARE(actions.count(), 1);
        QCOMPARE(actions.first().first().value<MessageKey>(), notice(7).key);
        QCOMPARE(actions.first().at(1).value<NotificationAction>(), NotificationAction::Open);
        QDBusConnection::disconnectFromBus(QStringLiteral("forger"));
    }

    // --- stand-in daemons with chosen capabilities (any session bus) ---

    void degradesWithoutActionsOrMarkup_data()
    {
        QTest::addColumn<QStringList>("caps");
        QTest::newRow("body only") << QStringList{QStringLiteral("body")};
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("everything") << QStringList{
            QStringLiteral("body"), QStringLiteral("actions"), QStringLiteral("body-markup")};
    }

    void degradesWithoutActionsOrMarkup()
    {
        QFETCH(QStringList, caps);
        LETTERTRAY_REQUIRE(sessionBus());
        const QString connectionName = QStringLiteral("fake-daemon-%1")
                                           .arg(QString::fromLatin1(QTest::currentDataTag())
                                                    .replace(QLatin1Char(' '), QLatin1Char('_')));
        QDBusConnection daemonBus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName);
        const QString service = QStringLiteral("org.lettertray.test.Notifications%1")
                                    .arg(QCoreApplication::applicationPid());
        FakeDaemon daemon;
        daemon.caps = caps;
        QVERIFY(daemonBus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &daemon,
                                         QDBusConnection::ExportAllSlots));
        QVERIFY(daemonBus.registerService(service));

        {
            DesktopNotifier notifier(QDBusConnection::sessionBus(), service);
            QVERIFY(waitReady(notifier));
            QCOMPARE(notifier.availability(), DesktopNotifier::Availability::Freedesktop);
            notifier.notify(notice(1, QStringLiteral("Tom & Jerry"), QStringLiteral("a < b"),
                                   QStringLiteral("x\u202Ey")));
            QVERIFY(settle(notifier));
        }
        daemonBus.unregisterService(service);
        QDBusConnection::disconnectFromBus(connectionName);

        QCOMPARE(daemon.calls.size(), 1);
        const FakeDaemon::Call call = daemon.calls.first();
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.hints.value(QStringLiteral("category")).toString(),
                 QStringLiteral("email.arrived"));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 ApplicationIdentity::applicationId());
        if (caps.contains(QStringLiteral("actions"))) {
            QVERIFY(call.actions.contains(QStringLiteral("default")));
            QVERIFY(call.actions.contains(QStringLiteral("mark-read")));
            QVERIFY(call.actions.contains(QStringLiteral("delete")));
        } else {
            QVERIFY(call.actions.isEmpty());
        }
        if (caps.contains(QStringLiteral("body-markup"))) {
            QCOMPARE(call.body, QStringLiteral("<b>a &lt; b</b>\nxy"));
        } else if (caps.contains(QStringLiteral("body"))) {
            QCOMPARE(call.body, QStringLiteral("a < b\nxy"));
        } else {
            QVERIFY(call.body.isEmpty());
            QCOMPARE(call.summary, QStringLiteral("Tom & Jerry: a < b"));
        }
    }

    void summaryIsReplacedInPlaceAndShrinks()
    {
        LETTERTRAY_REQUIRE(sessionBus());
        QDBusConnection daemonBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                                  QStringLiteral("fake-summary"));
        const QString service =
            QStringLiteral("org.lettertray.test.Summary%1").arg(QCoreApplication::applicationPid());
        FakeDaemon daemon;
        daemon.caps = {QStringLiteral("body"), QStringLiteral("actions")};
        QVERIFY(daemonBus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &daemon,
                                         QDBusConnection::ExportAllSlots));
        QVERIFY(daemonBus.registerService(service));
        {
            DesktopNotifier notifier(QDBusConnection::sessionBus(), service);
            notifier.setBurstWindow(60000);
            QVERIFY(waitReady(notifier));
            for (quint32 uid = 1; uid <= 10; ++uid)
                notifier.notify(notice(uid));
            QVERIFY(settle(notifier));
            notifier.withdraw(notice(10).key); // read elsewhere: the count goes down
            QVERIFY(settle(notifier));
        }
        daemonBus.unregisterService(service);
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-summary"));

        const int singles = 3;
        QVERIFY(daemon.calls.size() > singles + 1);
        for (int i = 0; i < singles; ++i)
            QCOMPARE(daemon.calls.at(i).replacesId, 0u);
        const uint summaryId = singles + 1;
        QCOMPARE(daemon.calls.at(singles).replacesId, 0u);
        for (qsizetype i = singles + 1; i < daemon.calls.size(); ++i)
            QCOMPARE(daemon.calls.at(i).replacesId, summaryId);
        QCOMPARE(daemon.calls.at(daemon.calls.size() - 2).summary,
                 QStringLiteral("10 new messages"));
        QCOMPARE(daemon.calls.last().summary, QStringLiteral("9 new messages"));
        QVERIFY(daemon.calls.last().body.contains(QStringLiteral("and 4 more")));
        QVERIFY(!daemon.calls.last().body.contains(QStringLiteral("\n\n")));
    }

    // --- no daemon at all ---

    void fallbackWithoutDaemon()
    {
        QDBusConnection none = QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent"), QStringLiteral("none"));
        QVERIFY(!none.isConnected());
        RecordingFallback fallback;
        DesktopNotifier notifier(none, QStringLiteral("org.freedesktop.Notifications"));
        notifier.setFallback(&fallback);
        notifier.setBurstWindow(100);
        notifier.notify(notice(1, QStringLiteral("Alice\nExample"))); // queued until known
        QVERIFY(waitReady(notifier));
        QCOMPARE(notifier.availability(), DesktopNotifier::Availability::Fallback);
        QCOMPARE(fallback.shown.size(), 1);
        QCOMPARE(fallback.shown.first().first, QStringLiteral("Alice Example"));
        QCOMPARE(fallback.shown.first().second, QStringLiteral("Lunch?\nShall we meet at noon?"));
        for (quint32 uid = 2; uid <= 20; ++uid)
            notifier.notify(notice(uid));
        QCOMPARE(fallback.shown.size(), 3);
        QTRY_COMPARE(fallback.shown.size(), 4);
        QCOMPARE(fallback.shown.last().first, QStringLiteral("17 more new messages"));
        QDBusConnection::disconnectFromBus(QStringLiteral("none"));
    }

    void actionKeys()
    {
        NotificationAction action;
        QVERIFY(DesktopNotifier::actionFromKey(QStringLiteral("default"), &action));
        QCOMPARE(action, NotificationAction::Open);
        for (NotificationAction a : {NotificationAction::Open, NotificationAction::MarkAsRead,
                                     NotificationAction::Delete}) {
            QVERIFY(DesktopNotifier::actionFromKey(DesktopNotifier::actionKey(a), &action));
            QCOMPARE(action, a);
        }
        QVERIFY(!DesktopNotifier::actionFromKey(QStringLiteral("rm -rf"), &action));
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
