// Item 21: senders, subjects, previews and mailbox names with markup (<a href>, <img>),
// right-to-left overrides and 10 KB of text reach the user as escaped, truncated plain text:
// in the desktop notification (through a fake notification daemon that advertises
// body-markup, on the session bus), in the tray fallback, and in the message list model.

#include "notifier/DesktopNotifier.h"
#include "notifier/DisplayText.h"
#include "notifier/FallbackPresenter.h"
#include "notifier/MessageListModel.h"
#include "support/ServiceRequirement.h"

#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusConnectionInterface>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;

namespace {

const QString kMarkup = QStringLiteral(
    "<a href=\"http://evil.example/login\">Your bank</a><img src=\"http://evil.example/t.gif\">"
    "<b>urgent</b> &amp; <script>alert(1)</script>");
// "invoice" spelled so that an RLO override shows "exe.fdp" reversed.
const QString kBidi = QStringLiteral("invoice\u202Efdp.exe\u202C \u2066x\u2069 \u200F\u061C end");
const QString kControls = QStringLiteral("line1\r\nline2\tTab\u0007bell\u0000nul\u001b[31mred");

QString big()
{
    QString s;
    while (s.size() < 10 * 1024) {
        s += QStringLiteral("0123456789 <i>x</i> \u202E ");
    }
    return s;
}

bool hasBidiOrControl(const QString &text)
{
    for (const QChar c : text) {
        if (DisplayText::isBidiControl(c.unicode()) ||
            (c.unicode() < 0x20 && c != QLatin1Char('\n')) || c.unicode() == 0x7f) {
            return true;
        }
    }
    return false;
}

// What a notification daemon received.
struct Notification
{
    QString summary;
    QString body;
};

// A stand-in for org.freedesktop.Notifications on the session bus, advertising body-markup
// so that the notifier must escape.
class FakeDaemon : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<Notification> received;
    uint next = 1;

public Q_SLOTS:
    QStringList GetCapabilities() const
    {
        return {QStringLiteral("body"), QStringLiteral("body-markup"), QStringLiteral("actions")};
    }
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &, int)
    {
        received.append({summary, body});
        return next++;
    }
    void CloseNotification(uint) {}
    QString GetServerInformation(QString &vendor, QString &version, QString &spec) const
    {
        vendor = QStringLiteral("lettertray-tests");
        version = QStringLiteral("1");
        spec = QStringLiteral("1.2");
        return QStringLiteral("fake");
    }
};

class RecordingFallback : public FallbackPresenter
{
public:
    QList<Notification> shown;
    void showMessage(const QString &title, const QString &body) override
    {
        shown.append({title, body});
    }
};

MailNotice notice(const QString &from, const QString &subject, const QString &preview, int uid)
{
    MailNotice n;
    n.key = MessageKey{FolderKey{QStringLiteral("acc"), QStringLiteral("INBOX")}, quint32(uid)};
    n.accountName = QStringLiteral("Work");
    n.from = from;
    n.subject = subject;
    n.preview = preview;
    n.date = QDateTime::currentDateTimeUtc();
    return n;
}

} // namespace

class TestHostileDisplay : public QObject
{
    Q_OBJECT

    static void addSamples()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("markup") << kMarkup;
        QTest::newRow("bidi overrides") << kBidi;
        QTest::newRow("control characters") << kControls;
        QTest::newRow("10 KB") << big();
        QTest::newRow("10 KB of one word") << QString(10 * 1024, QLatin1Char('W'));
        QTest::newRow("combining marks at the cut")
            << QString(300, QChar(0x0065)).replace(119, 1, QStringLiteral("e\u0301\u0301"));
        QTest::newRow("surrogate pairs") << QStringLiteral("\U0001F600").repeated(3000);
    }

    // Markup in `text` must appear only escaped; no tag of it may survive.
    static void checkEscaped(const QString &shown, bool markupContext)
    {
        QVERIFY(!shown.contains(QStringLiteral("<a ")));
        QVERIFY(!shown.contains(QStringLiteral("<img")));
        QVERIFY(!shown.contains(QStringLiteral("<script")));
        QVERIFY(!shown.contains(QStringLiteral("<i>")));
        if (markupContext) {
            QString withoutOurTags = shown;
            withoutOurTags.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
            QVERIFY2(!withoutOurTags.contains(QLatin1Char('<')), qPrintable(shown.left(200)));
        }
    }

private Q_SLOTS:
    void displayTextIsPlainAndShort_data() { addSamples(); }
    void displayTextIsPlainAndShort()
    {
        QFETCH(QString, text);
        const QString plain = DisplayText::plain(text, 120);
        QVERIFY(plain.size() <= 121);
        QVERIFY(!hasBidiOrControl(plain));
        QVERIFY(!plain.contains(QLatin1Char('\n')));
        // No broken surrogate pair at the cut.
        for (qsizetype i = 0; i < plain.size(); ++i) {
            if (plain.at(i).isHighSurrogate()) {
                QVERIFY(i + 1 < plain.size() && plain.at(i + 1).isLowSurrogate());
            }
            if (plain.at(i).isLowSurrogate()) {
                QVERIFY(i > 0 && plain.at(i - 1).isHighSurrogate());
            }
        }
        const QString escaped = DisplayText::escapeMarkup(plain);
        QVERIFY(!escaped.contains(QLatin1Char('<')));
        QVERIFY(!escaped.contains(QLatin1Char('>')));
        QVERIFY(!escaped.contains(QLatin1Char('"')));
    }

    void notificationThroughDaemon_data() { addSamples(); }
    void notificationThroughDaemon()
    {
        QFETCH(QString, text);
        QDBusConnection bus = QDBusConnection::sessionBus();
        TestSupport::ServiceStatus busStatus;
        busStatus.name = QStringLiteral("a D-Bus session bus");
        busStatus.available = bus.isConnected();
        busStatus.reason = QStringLiteral("DBUS_SESSION_BUS_ADDRESS is not set or not reachable; "
                                          "run under scripts/lib/session.sh");
        LETTERTRAY_REQUIRE(busStatus);
        FakeDaemon daemon;
        const QString service =
            QStringLiteral("org.lettertray.hardening.n%1").arg(QCoreApplication::applicationPid());
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &daemon,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(service));
        {
            DesktopNotifier notifier(bus, service);
            QTRY_COMPARE(notifier.availability(), DesktopNotifier::Availability::Freedesktop);
            notifier.notify(notice(text, text, text, 1));
            QTRY_COMPARE(daemon.received.size(), 1);
            const Notification n = daemon.received.first();
            QVERIFY2(n.summary.size() <= 81, qPrintable(QString::number(n.summary.size())));
            QVERIFY(!hasBidiOrControl(n.summary));
            // The summary is plain text by the specification (never markup), so it is
            // sanitised and shortened but not escaped.
            QVERIFY2(n.body.size() <= 7 + 6 * 121 + 6 * 201,
                     qPrintable(QString::number(n.body.size()))); // tags + escaped entities
            QVERIFY(!hasBidiOrControl(n.body));
            checkEscaped(n.body, true);
        }
        bus.unregisterService(service);
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    }

    void notificationThroughTrayFallback_data() { addSamples(); }
    void notificationThroughTrayFallback()
    {
        QFETCH(QString, text);
        // A bus that is not connected: the notifier falls back to the tray.
        DesktopNotifier notifier(QDBusConnection(QStringLiteral("lettertray-no-bus")),
                                 QStringLiteral("org.freedesktop.Notifications"));
        RecordingFallback fallback;
        notifier.setFallback(&fallback);
        notifier.setShowPreview(true);
        QTRY_COMPARE(notifier.availability(), DesktopNotifier::Availability::Fallback);
        notifier.notify(notice(text, text, text, 1));
        QTRY_COMPARE(fallback.shown.size(), 1);
        const Notification n = fallback.shown.first();
        QVERIFY(n.summary.size() <= 81);
        QVERIFY(n.body.size() <= 121 + 1 + 201);
        QVERIFY(!hasBidiOrControl(n.summary));
        QVERIFY(!hasBidiOrControl(n.body));
        // A tray balloon shows plain text: nothing is escaped, nothing interpreted, and the
        // text is what the sender wrote, shortened.
        if (text == kMarkup) {
            QVERIFY(n.body.startsWith(QStringLiteral("<a href")));
        }
    }

    void messageListShowsPlainText_data() { addSamples(); }
    void messageListShowsPlainText()
    {
        QFETCH(QString, text);
        MessageListModel model;
        MessageSummary m;
        m.key = MessageKey{FolderKey{QStringLiteral("acc"), text}, 7};
        m.accountName = text;
        m.from = text;
        m.fromAddress = QStringLiteral("evil@example.org");
        m.subject = text;
        m.preview = text;
        m.date = QDateTime::currentDateTimeUtc();
        model.upsert({m});
        QCOMPARE(model.rowCount(), 1);
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role :
                 {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(MessageListModel::PreviewRole)}) {
                const QVariant value = model.data(model.index(0, column), role);
                if (value.typeId() != QMetaType::QString) {
                    continue;
                }
                const QString shown = value.toString();
                QVERIFY2(!hasBidiOrControl(shown),
                         qPrintable(QStringLiteral("column %1 role %2").arg(column).arg(role)));
                // Tooltips and the preview pane show more, but still a bounded amount.
                const int limit = role == int(Qt::ToolTipRole) ? 1001
                                  : role == MessageListModel::PreviewRole
                                      ? 2001
                                      : MessageListModel::MaxDisplayChars + 1;
                QVERIFY2(shown.size() <= limit,
                         qPrintable(QStringLiteral("column %1 role %2: %3 chars")
                                        .arg(column)
                                        .arg(role)
                                        .arg(shown.size())));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileDisplay)
#include "tst_hostile_display.moc"
