#include "support/NotificationDaemonProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace TestSupport {

namespace {

bool runTool(const QString &program, const QStringList &arguments, QByteArray *output,
             QString *error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(5000)) {
        *error = QStringLiteral("cannot run %1: %2").arg(program, process.errorString());
        return false;
    }
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, arguments.join(QLatin1Char(' ')),
                          QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

// One top-level argument of a dbus-monitor message: its type and its lines (first line without
// the type word).
struct MonitorArgument
{
    QString type;
    QStringList lines;
};

QString stringValue(const MonitorArgument &argument)
{
    // dbus-monitor prints strings unescaped between quotes and keeps newlines, so the value
    // runs from the first quote to the last quote of the argument's lines.
    QString text = argument.lines.join(QLatin1Char('\n')).trimmed();
    if (text.startsWith(QLatin1Char('"')))
        text.remove(0, 1);
    if (text.endsWith(QLatin1Char('"')))
        text.chop(1);
    return text;
}

} // namespace

NotificationDaemonProbe::NotificationDaemonProbe(QObject *parent)
    : QObject(parent)
{
    connect(&m_monitor, &QProcess::readyReadStandardOutput, this,
            [this] { m_output += m_monitor.readAllStandardOutput(); });
}

NotificationDaemonProbe::~NotificationDaemonProbe()
{
    if (m_monitor.state() != QProcess::NotRunning) {
        m_monitor.terminate();
        if (!m_monitor.waitForFinished(2000)) {
            m_monitor.kill();
            m_monitor.waitForFinished(2000);
        }
    }
}

bool NotificationDaemonProbe::startRecording(int timeoutMs)
{
    m_output.clear();
    m_monitor.start(QStringLiteral("dbus-monitor"),
                    {QStringLiteral("type='method_call',interface='org.freedesktop.Notifications',"
                                    "member='Notify'")});
    if (!m_monitor.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot run dbus-monitor (apt-get install dbus): %1")
                      .arg(m_monitor.errorString());
        return false;
    }
    // dbus-monitor first reports losing its own unique name when it becomes a monitor; from
    // then on it sees every matching call.
    if (!QTest::qWaitFor([this] { return m_output.contains("member=NameLost"); }, timeoutMs)) {
        m_error = QStringLiteral("dbus-monitor did not become a monitor: %1")
                      .arg(QString::fromLocal8Bit(m_output + m_monitor.readAllStandardError()));
        return false;
    }
    return true;
}

QList<NotificationDaemonProbe::Notification> NotificationDaemonProbe::recorded()
{
    m_output += m_monitor.readAllStandardOutput();
    return parseMonitorOutput(m_output);
}

bool NotificationDaemonProbe::waitForRecorded(const Predicate &predicate, int timeoutMs,
                                              Notification *found)
{
    return QTest::qWaitFor(
        [&] {
            for (const Notification &notification : recorded()) {
                if (predicate(notification)) {
                    if (found)
                        *found = notification;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
}

QList<NotificationDaemonProbe::Notification> NotificationDaemonProbe::history()
{
    QByteArray json;
    if (!runTool(QStringLiteral("dunstctl"), {QStringLiteral("history")}, &json, &m_error))
        return {};
    return parseDunstHistory(json, &m_error);
}

bool NotificationDaemonProbe::waitForHistory(const Predicate &predicate, int timeoutMs,
                                             Notification *found)
{
    return QTest::qWaitFor(
        [&] {
            for (const Notification &notification : history()) {
                if (predicate(notification)) {
                    if (found)
                        *found = notification;
                    return true;
                }
            }
            QTest::qWait(100); // dunstctl is a process: do not spin it
            return false;
        },
        timeoutMs);
}

bool NotificationDaemonProbe::closeAllInDaemon()
{
    return runTool(QStringLiteral("dunstctl"), {QStringLiteral("close-all")}, nullptr, &m_error);
}

QList<NotificationDaemonProbe::Notification>
NotificationDaemonProbe::parseMonitorOutput(const QByteArray &text)
{
    static const QRegularExpression argumentStart(QStringLiteral("^   ([a-z0-9]+) ?(.*)$"));
    static const QRegularExpression header(
        QStringLiteral("^(method call|method return|signal|error) time="));
    QList<Notification> result;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(QLatin1String("method call ")) ||
            !lines.at(i).contains(QLatin1String("member=Notify")))
            continue;
        // A message's lines run to the next header; strings may hold newlines, so a line that
        // starts no argument continues the previous one.
        QList<MonitorArgument> arguments;
        qsizetype j = i + 1;
        for (; j < lines.size() && !header.match(lines.at(j)).hasMatch(); ++j) {
            const auto matched = argumentStart.match(lines.at(j));
            if (matched.hasMatch())
                arguments.append({matched.captured(1), {matched.captured(2)}});
            else if (!arguments.isEmpty())
                arguments.last().lines.append(lines.at(j));
        }
        i = j - 1;
        if (arguments.size() < 8)
            continue; // a message still being written
        Notification notification;
        notification.appName = stringValue(arguments.at(0));
        notification.replacesId = arguments.at(1).lines.value(0).trimmed().toUInt();
        notification.appIcon = stringValue(arguments.at(2));
        notification.summary = stringValue(arguments.at(3));
        notification.body = stringValue(arguments.at(4));
        for (const QString &line : arguments.at(5).lines.mid(1)) {
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(QLatin1String("string \"")))
                notification.actions.append(trimmed.mid(8).chopped(1));
        }
        notification.expireTimeout = arguments.at(7).lines.value(0).trimmed().toInt();
        result.append(notification);
    }
    return result;
}

QList<NotificationDaemonProbe::Notification>
NotificationDaemonProbe::parseDunstHistory(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        if (error)
            *error =
                QStringLiteral("dunstctl history is not JSON: %1").arg(parseError.errorString());
        return {};
    }
    QList<Notification> result;
    // {"type": "aa{sv}", "data": [[{"summary": {"type": "s", "data": "..."}, ...}, ...]]}
    const QJsonArray outer = document.object().value(QLatin1String("data")).toArray();
    for (const QJsonValue &group : outer) {
        for (const QJsonValue &entry : group.toArray()) {
            const QJsonObject object = entry.toObject();
            const auto field = [&object](const char *name) {
                return object.value(QLatin1String(name)).toObject().value(QLatin1String("data"));
            };
            Notification notification;
            notification.id = uint(field("id").toInteger());
            notification.appName = field("appname").toString();
            notification.summary = field("summary").toString();
            notification.body = field("body").toString();
            result.append(notification);
        }
    }
    return result;
}

} // namespace TestSupport
