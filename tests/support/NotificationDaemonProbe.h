#pragma once

#include "support/ServiceRequirement.h"

#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace TestSupport {

// Lets a test see what reached the real notification daemon of the session harness (dunst on
// the private session bus of scripts/lib/session.sh), in two ways:
//
// 1. Recording (any daemon, disturbs nothing): startRecording() runs `dbus-monitor` on the
//    Notify calls of the session bus; recorded() returns every call's arguments. Use it to check
//    what the application sent (summary, body, actions, replaces id).
//
// 2. The daemon's own memory (dunst only): history() reads `dunstctl history`. Dunst keeps a
//    notification there once it is closed by timeout or by the user (not by CloseNotification),
//    so a test either sends with a short expire timeout or calls closeAllInDaemon() (which
//    closes the notifications of tests running in parallel too: prefer the timeout).
//
//     NotificationDaemonProbe probe;
//     LETTERTRAY_REQUIRE(probe.status());
//     QVERIFY2(probe.startRecording(), qPrintable(probe.errorString()));
//     ... the code under test notifies ...
//     QVERIFY(probe.waitForRecorded([](const auto &n) { return n.summary == "New mail"; }));
class NotificationDaemonProbe : public QObject
{
    Q_OBJECT
public:
    struct Notification
    {
        uint id = 0; // history(): the daemon's id; recorded(): 0 (not known)
        QString appName;
        uint replacesId = 0; // recorded() only
        QString appIcon;     // recorded() only
        QString summary;
        QString body;
        QStringList actions;    // recorded() only: key, label, key, label, ...
        int expireTimeout = -1; // recorded() only
    };
    using Predicate = std::function<bool(const Notification &)>;

    explicit NotificationDaemonProbe(QObject *parent = nullptr);
    ~NotificationDaemonProbe() override;

    static ServiceStatus status() { return ServiceRequirement::notificationDaemon(); }

    bool startRecording(int timeoutMs = 5000);
    QList<Notification> recorded();
    bool waitForRecorded(const Predicate &predicate, int timeoutMs = 5000,
                         Notification *found = nullptr);

    QList<Notification> history();
    bool waitForHistory(const Predicate &predicate, int timeoutMs = 5000,
                        Notification *found = nullptr);
    bool closeAllInDaemon();

    QString errorString() const { return m_error; }

    // Parsers, public for their own tests.
    static QList<Notification> parseMonitorOutput(const QByteArray &text);
    static QList<Notification> parseDunstHistory(const QByteArray &json, QString *error = nullptr);

private:
    QProcess m_monitor;
    QByteArray m_output;
    QString m_error;
};

} // namespace TestSupport
