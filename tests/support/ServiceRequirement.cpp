#include "support/ServiceRequirement.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>

namespace TestSupport {

namespace {

ServiceStatus busName(const QString &serviceName, const QString &busService)
{
    ServiceStatus status{serviceName, false, {}};
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        status.reason = QStringLiteral("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS unset)");
        return status;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        status.reason =
            QStringLiteral("cannot connect to the session bus: %1").arg(bus.lastError().message());
        return status;
    }
    const QDBusReply<bool> owned = bus.interface()->isServiceRegistered(busService);
    status.available = owned.isValid() && owned.value();
    if (!status.available)
        status.reason = QStringLiteral("nobody owns %1 on the session bus").arg(busService);
    return status;
}

} // namespace

bool ServiceRequirement::servicesRequired()
{
    return qEnvironmentVariable("LETTERTRAY_REQUIRE_SERVICES") == QLatin1String("1");
}

QString ServiceRequirement::message(const ServiceStatus &status)
{
    QString text = QStringLiteral("needs %1").arg(status.name);
    if (!status.reason.isEmpty())
        text += QStringLiteral(": ") + status.reason;
    text += servicesRequired()
                ? QStringLiteral(" (LETTERTRAY_REQUIRE_SERVICES=1: a missing service is a failure)")
                : QStringLiteral(" (run the test under scripts/lib/session.sh or scripts/test)");
    return text;
}

ServiceStatus ServiceRequirement::dovecot()
{
    ServiceStatus status{QStringLiteral("Dovecot"), false, {}};
    const QString host = qEnvironmentVariable("LETTERTRAY_DOVECOT_HOST");
    const QString port = qEnvironmentVariable("LETTERTRAY_DOVECOT_IMAP_PORT");
    if (host.isEmpty() || port.isEmpty() ||
        qEnvironmentVariableIsEmpty("LETTERTRAY_DOVECOT_CONF")) {
        status.reason = QStringLiteral("LETTERTRAY_DOVECOT_HOST/_IMAP_PORT/_CONF are not set");
        return status;
    }
    QTcpSocket probe;
    probe.connectToHost(host, port.toUShort());
    status.available = probe.waitForConnected(3000);
    if (!status.available)
        status.reason =
            QStringLiteral("%1:%2 does not answer: %3").arg(host, port, probe.errorString());
    return status;
}

ServiceStatus ServiceRequirement::keyring()
{
    return busName(QStringLiteral("the Secret Service (gnome-keyring)"),
                   QStringLiteral("org.freedesktop.secrets"));
}

ServiceStatus ServiceRequirement::notificationDaemon()
{
    return busName(QStringLiteral("a notification daemon (dunst)"),
                   QStringLiteral("org.freedesktop.Notifications"));
}

ServiceStatus ServiceRequirement::display()
{
    ServiceStatus status{QStringLiteral("an X display (Xvfb)"), false, {}};
    const QString display = qEnvironmentVariable("DISPLAY");
    if (display.isEmpty()) {
        status.reason = QStringLiteral("DISPLAY is not set");
        return status;
    }
    const QString xdpyinfo = QStandardPaths::findExecutable(QStringLiteral("xdpyinfo"));
    if (xdpyinfo.isEmpty()) {
        // Without the tool, the local socket of ":N" is the next best sign of life.
        const QString number =
            display.mid(display.indexOf(QLatin1Char(':')) + 1).section(QLatin1Char('.'), 0, 0);
        status.available = QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X") + number);
    } else {
        QProcess probe;
        probe.start(xdpyinfo, {});
        status.available = probe.waitForFinished(5000) &&
                           probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    }
    if (!status.available)
        status.reason = QStringLiteral("cannot open display %1").arg(display);
    return status;
}

} // namespace TestSupport
