// app_dovecot_live_delivery: the whole tray application against the real Dovecot of
// scripts/lib/session.sh, on the X display with its tray host, driven the way a user drives it.
// First run: the welcome dialog leads to the account dialog, where the address, server and
// password are typed, "Test Connection" brings up the certificate dialog for Dovecot's
// self-made certificate, "Trust" pins it, the folders appear and Save adds the account.
// Then mail delivered to the server appears in the message list, the tray badge and tooltip
// count it, a selected row stays selected and in view while new mail arrives, and "Mark as
// Read" in the window sets \Seen on the server (checked over a second IMAP connection) and
// lowers the badge.
#include "app/AccountDialog.h"
#include "app/Application.h"
#include "app/CertificateDialog.h"
#include "app/MessageListWindow.h"
#include "app/WelcomeDialog.h"
#include "notifier/AccountStore.h"
#include "notifier/MailMonitor.h"
#include "notifier/MessageListModel.h"
#include "support/DovecotFixture.h"
#include "support/ServiceRequirement.h"
#include "ui_AccountDialog.h"

#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtNetwork/QSslSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QTreeView>

#include <cstdlib>
#include <memory>
#include <optional>

using Notifier::MessageKey;
using Notifier::MessageListModel;
using TestSupport::DovecotFixture;

namespace {

constexpr int DeliveryTimeoutMs = 30000;
constexpr int FirstBatch = 40; // more rows than the list shows, so that it scrolls

template<typename Dialog> Dialog *waitForModal(int timeoutMs = 20000)
{
    Dialog *found = nullptr;
    (void)QTest::qWaitFor(
        [&found] {
            found = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            return found != nullptr;
        },
        timeoutMs);
    return found;
}

// Types into a line edit as a user does: select what is there, then the new text.
void typeInto(QWidget *field, const QString &text)
{
    field->setFocus(Qt::TabFocusReason);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

// A second IMAP connection, independent of the code under test: reads a message's flags.
class SecondConnection
{
public:
    QString error;

    bool open(const DovecotFixture &dovecot, const DovecotFixture::User &user)
    {
        m_socket.setSslConfiguration(dovecot.sslConfiguration());
        m_socket.connectToHostEncrypted(dovecot.host(), dovecot.imapsPort());
        if (!QTest::qWaitFor([this] { return m_socket.isEncrypted(); }, 10000)) {
            error = QStringLiteral("no TLS connection: %1").arg(m_socket.errorString());
            return false;
        }
        const std::optional<QByteArray> greeting = line();
        if (!greeting || !greeting->startsWith("* OK")) {
            error = QStringLiteral("no greeting");
            return false;
        }
        return command("LOGIN \"" + user.name.toUtf8() + "\" \"" + user.password.toUtf8() + '"') &&
               command("EXAMINE INBOX"); // read-only: this connection changes nothing
    }

    // The FLAGS of one message, e.g. "(\Seen \Recent)"; empty on failure.
    QByteArray flags(quint32 uid)
    {
        QList<QByteArray> untagged;
        if (!command("UID FETCH " + QByteArray::number(uid) + " (FLAGS)", &untagged)) {
            return {};
        }
        for (const QByteArray &reply : std::as_const(untagged)) {
            const qsizetype at = reply.indexOf("FLAGS (");
            if (reply.contains(" FETCH ") && at >= 0) {
                return reply.mid(at + 6, reply.indexOf(')', at) - at - 5);
            }
        }
        error = QStringLiteral("no FLAGS for UID %1").arg(uid);
        return {};
    }

private:
    std::optional<QByteArray> line()
    {
        (void)QTest::qWaitFor(
            [this] {
                m_buffer += m_socket.readAll();
                return m_buffer.contains("\r\n") ||
                       m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            10000);
        const qsizetype end = m_buffer.indexOf("\r\n");
        if (end < 0) {
            return std::nullopt;
        }
        QByteArray result = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        return result;
    }

    bool command(const QByteArray &text, QList<QByteArray> *untagged = nullptr)
    {
        const QByteArray tag = "c" + QByteArray::number(++m_tag);
        m_socket.write(tag + ' ' + text + "\r\n");
        while (const std::optional<QByteArray> reply = line()) {
            if (reply->startsWith(QByteArray(tag + ' '))) {
                if (reply->startsWith(QByteArray(tag + " OK"))) {
                    return true;
                }
                error = QString::fromUtf8(*reply);
                return false;
            }
            if (untagged) {
                untagged->append(*reply);
            }
        }
        error = QStringLiteral("no reply to %1").arg(QString::fromUtf8(text.left(12)));
        return false;
    }

    QSslSocket m_socket;
    QByteArray m_buffer;
    int m_tag = 0;
};

} // namespace

class AppDovecotLiveDelivery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DovecotFixture m_dovecot;
    DovecotFixture::User m_user;
    std::unique_ptr<App::Application> m_app;
    MessageKey m_selected;

    Notifier::MessageListModel *model() const { return m_app->messageModel(); }

    int rowOf(const QString &subject) const
    {
        const QAbstractItemModel *view = m_app->messageList()->view()->model();
        for (int row = 0; row < view->rowCount(); ++row) {
            if (view->index(row, MessageListModel::SubjectColumn).data().toString() == subject) {
                return row;
            }
        }
        return -1;
    }

    MessageKey keyAt(int row) const
    {
        return m_app->messageList()
            ->view()
            ->model()
            ->index(row, 0)
            .data(MessageListModel::MessageKeyRole)
            .value<MessageKey>();
    }

    // Scrolls to a row and clicks it, as the user would.
    void clickRow(int row)
    {
        QTreeView *view = m_app->messageList()->view();
        const QModelIndex index = view->model()->index(row, MessageListModel::SubjectColumn);
        view->scrollTo(index, QAbstractItemView::PositionAtCenter);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    // The account dialog runs modally (exec) from the welcome dialog's button: this fills it
    // in from inside its event loop. Returns an empty string or what went wrong; on failure
    // the dialog is closed so that the test does not hang in exec().
    QString fillAccountDialog()
    {
        auto *dialog = waitForModal<App::AccountDialog>();
        if (!dialog) {
            return QStringLiteral("the account dialog did not open");
        }
        const auto fail = [dialog](const QString &why) {
            dialog->reject();
            return why;
        };
        Ui::AccountDialog *ui = dialog->ui();
        typeInto(ui->emailEdit, m_user.name + QStringLiteral("@lettertray.test"));
        typeInto(ui->serverEdit, m_dovecot.host());
        ui->securityCombo->setCurrentIndex(0); // TLS on connect
        typeInto(ui->portSpin, QString::number(m_dovecot.imapsPort()));
        typeInto(ui->userNameEdit, m_user.name);
        typeInto(ui->passwordEdit, m_user.password);

        // Dovecot's certificate is made for the test run and trusted by nobody: the
        // certificate dialog asks, and the user trusts it.
        bool certificateShown = false;
        QString certificateProblem;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *question =
                qobject_cast<App::CertificateDialog *>(QApplication::activeModalWidget());
            if (!question) {
                return;
            }
            answer.stop();
            certificateShown = true;
            if (question->fingerprint().size() != 32) {
                certificateProblem = QStringLiteral("no SHA-256 in the certificate dialog");
            }
            QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("trustButton")),
                              Qt::LeftButton);
        });
        answer.start();
        QSignalSpy tested(dialog, &App::AccountDialog::testFinished);
        QTest::mouseClick(ui->testButton, Qt::LeftButton);
        if (!QTest::qWaitFor([&tested] { return !tested.isEmpty(); }, DeliveryTimeoutMs)) {
            return fail(QStringLiteral("the connection test did not finish"));
        }
        answer.stop();
        if (!certificateShown || !certificateProblem.isEmpty()) {
            return fail(QStringLiteral("certificate dialog: shown %1 %2")
                            .arg(certificateShown)
                            .arg(certificateProblem));
        }
        if (!tested.first().first().toBool()) {
            return fail(QStringLiteral("connection test failed: ") + dialog->testResultText());
        }
        if (ui->foldersList->count() < 1 ||
            ui->foldersList->item(0)->data(Qt::UserRole).toString() != QLatin1String("INBOX") ||
            ui->foldersList->item(0)->checkState() != Qt::Checked) {
            return fail(QStringLiteral("INBOX is not offered and checked"));
        }
        QTest::mouseClick(ui->buttonBox->button(QDialogButtonBox::Save), Qt::LeftButton);
        if (dialog->isVisible()) {
            return fail(QStringLiteral("Save did not close the dialog: ") + dialog->errorText());
        }
        return {};
    }

    // Clicks the row of `subject`, as the user would: the message's key, or nothing when the
    // row is not there or the click did not select it alone.
    std::optional<MessageKey> selectMessage(const QString &subject)
    {
        const int row = rowOf(subject);
        if (row < 0) {
            return std::nullopt;
        }
        clickRow(row);
        const MessageKey key = keyAt(row);
        if (m_app->messageList()->selectedKeys() != QList<MessageKey>{key}) {
            return std::nullopt;
        }
        return key;
    }

    void deliver(const QString &subject)
    {
        QVERIFY2(m_dovecot.deliver(m_user.name, DovecotFixture::sampleMessage(subject)),
                 qPrintable(m_dovecot.errorString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        LETTERTRAY_REQUIRE(m_dovecot.status());
        LETTERTRAY_REQUIRE(TestSupport::ServiceRequirement::keyring());
        LETTERTRAY_REQUIRE(TestSupport::ServiceRequirement::display());
        QVERIFY(m_dir.isValid());
        // The app's accounts, settings and autostart entry live here, not in the user's files.
        qputenv("LETTERTRAY_CONFIG_DIR", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
        m_user = m_dovecot.createUser(QStringLiteral("live"));
        QVERIFY2(!m_user.name.isEmpty(), qPrintable(m_dovecot.errorString()));
        // Mail that was there before the account was added is not "new".
        deliver(QStringLiteral("Old news"));
    }

    void cleanupTestCase() { m_app.reset(); }

    void firstRunAddsTheAccountThroughTheDialogs()
    {
        App::LaunchOptions options;
        options.language = QStringLiteral("en");
        m_app = std::make_unique<App::Application>(options);
        m_app->start();
        QVERIFY(m_app->tray()->isInTray());
        App::WelcomeDialog *welcome = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&welcome] {
                for (QWidget *widget : QApplication::topLevelWidgets()) {
                    if (auto *found = qobject_cast<App::WelcomeDialog *>(widget);
                        found && found->isVisible()) {
                        welcome = found;
                    }
                }
                return welcome != nullptr;
            },
            5000));
        QVERIFY(QTest::qWaitForWindowExposed(welcome));

        QString problem = QStringLiteral("the account dialog was never filled in");
        QTimer::singleShot(0, this, [this, &problem] { problem = fillAccountDialog(); });
        QTest::mouseClick(welcome->findChild<QPushButton *>(QStringLiteral("addButton")),
                          Qt::LeftButton);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Saved once the password is in the keychain (SettingsDialog stores it first).
        QTRY_COMPARE_WITH_TIMEOUT(m_app->accountStore()->accounts().size(), 1, 10000);
        const QList<Notifier::Account> accounts = m_app->accountStore()->accounts();
        QCOMPARE(accounts.first().userName, m_user.name);
        QCOMPARE(accounts.first().pinnedCertificateSha256.size(), 32);
        QCOMPARE(accounts.first().watchedFolders, QStringList{QStringLiteral("INBOX")});
        // The account is watched, signed in with the password the dialog put in the keychain.
        Notifier::MailMonitor *monitor = m_app->monitor();
        const QString id = accounts.first().id;
        QTRY_COMPARE_WITH_TIMEOUT(monitor->accountState(id),
                                  Notifier::MailMonitor::AccountState::Online, DeliveryTimeoutMs);
        QVERIFY2(monitor->accountProblem(id).isEmpty(), qPrintable(monitor->accountProblem(id)));
        QVERIFY2(m_app->tray()->toolTip().contains(QStringLiteral("No new mail")),
                 qPrintable(m_app->tray()->toolTip()));
        QCOMPARE(model()->rowCount(), 0); // "Old news" was there before: not new
    }

    void deliveriesAppearInListAndBadge()
    {
        QVERIFY(m_app && m_app->accountStore()->accounts().size() == 1);
        m_app->showMessageList();
        App::MessageListWindow *window = m_app->messageList();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QSignalSpy iconChanged(m_app->tray(), &App::TrayController::iconChanged);
        qRegisterMetaType<Notifier::MailNotice>();
        QSignalSpy announced(m_app->monitor(), &Notifier::MailMonitor::newMailAnnounced);

        deliver(QStringLiteral("First of many"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 1, DeliveryTimeoutMs);
        // The notification and the list row describe the message alike: what was delivered,
        // under the account's name.
        QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 1, DeliveryTimeoutMs);
        const auto notice = announced.first().first().value<Notifier::MailNotice>();
        const Notifier::Account account = m_app->accountStore()->accounts().first();
        QVERIFY(!notice.accountName.isEmpty());
        QCOMPARE(notice.accountName,
                 account.displayName.isEmpty() ? account.email : account.displayName);
        QCOMPARE(notice.subject, QStringLiteral("First of many"));
        QCOMPARE(notice.from, QStringLiteral("Alice Example"));
        QCOMPARE(notice.fromAddress, QStringLiteral("alice@example.org"));
        QVERIFY2(notice.preview.startsWith(
                     QStringLiteral("This is a test message about: First of many")),
                 qPrintable(notice.preview));
        QVERIFY(notice.date.isValid());
        const auto summary = model()
                                 ->index(model()->indexOf(notice.key), 0)
                                 .data(MessageListModel::SummaryRole)
                                 .value<Notifier::MessageSummary>();
        QCOMPARE(summary.key, notice.key);
        QCOMPARE(summary.accountName, notice.accountName);
        QCOMPARE(summary.from, notice.from);
        QCOMPARE(summary.fromAddress, notice.fromAddress);
        QCOMPARE(summary.subject, notice.subject);
        QCOMPARE(summary.preview, notice.preview);
        QCOMPARE(summary.date, notice.date);
        QVERIFY(summary.size > 0);
        QVERIFY(!summary.seen);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->tray()->iconState().unreadCount, 1, 5000);
        QVERIFY(!iconChanged.isEmpty()); // the badge was redrawn
        QVERIFY2(m_app->tray()->toolTip().contains(QStringLiteral("1 new message")),
                 qPrintable(m_app->tray()->toolTip()));
        QVERIFY(rowOf(QStringLiteral("First of many")) >= 0);
        QCOMPARE(window->view()->model()->rowCount(), 1);

        for (int i = 2; i <= FirstBatch; ++i) {
            deliver(QStringLiteral("Message %1").arg(i));
        }
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), FirstBatch, DeliveryTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->tray()->iconState().unreadCount, FirstBatch, 5000);
        QVERIFY2(
            m_app->tray()->toolTip().contains(QStringLiteral("%1 new messages").arg(FirstBatch)),
            qPrintable(m_app->tray()->toolTip()));
        QCOMPARE(window->view()->model()->rowCount(), FirstBatch);
        QCOMPARE(window->windowTitle(), QStringLiteral("New Mail (%1)").arg(FirstBatch));
    }

    void newMailKeepsSelectionAndScrollPosition()
    {
        QVERIFY(m_app && m_app->messageList());
        App::MessageListWindow *window = m_app->messageList();
        QTreeView *view = window->view();
        QVERIFY2(view->verticalScrollBar()->maximum() > 0,
                 "the list must be long enough to scroll");

        clickRow(FirstBatch / 2);
        m_selected = keyAt(FirstBatch / 2);
        QCOMPARE(window->selectedKeys(), QList<MessageKey>{m_selected});
        const int scroll = view->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        const QString preview = window->preview()->toPlainText();

        deliver(QStringLiteral("Arrives while you read"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), FirstBatch + 1, DeliveryTimeoutMs);
        QVERIFY(rowOf(QStringLiteral("Arrives while you read")) >= 0);
        // Still the same message selected, current and previewed, and still in view.
        QCOMPARE(window->selectedKeys(), QList<MessageKey>{m_selected});
        QCOMPARE(view->currentIndex().data(MessageListModel::MessageKeyRole).value<MessageKey>(),
                 m_selected);
        QCOMPARE(window->preview()->toPlainText(), preview);
        QVERIFY(std::abs(view->verticalScrollBar()->value() - scroll) <= 1);
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(view->currentIndex())));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->tray()->iconState().unreadCount, FirstBatch + 1, 5000);
    }

    void markReadInTheWindowSetsSeenOnTheServer()
    {
        QVERIFY(m_app && m_app->messageList());
        App::MessageListWindow *window = m_app->messageList();
        const std::optional<MessageKey> selected =
            selectMessage(QStringLiteral("Arrives while you read"));
        QVERIFY(selected);
        const MessageKey key = *selected;
        QVERIFY(!model()->summaryAt(model()->indexOf(key)).seen);

        SecondConnection server;
        QVERIFY2(server.open(m_dovecot, m_user), qPrintable(server.error));
        QVERIFY(!server.flags(key.uid).contains("\\Seen"));

        // The toolbar's "Mark as Read" button.
        auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("actions"));
        QVERIFY(toolBar);
        QWidget *button = toolBar->widgetForAction(window->markReadAction());
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(model()->summaryAt(model()->indexOf(key)).seen, DeliveryTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->tray()->iconState().unreadCount, FirstBatch, 5000);
        QVERIFY2(
            m_app->tray()->toolTip().contains(QStringLiteral("%1 new messages").arg(FirstBatch)),
            qPrintable(m_app->tray()->toolTip()));
        QTRY_VERIFY_WITH_TIMEOUT(server.flags(key.uid).contains("\\Seen"), 10000);
        QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
    }

    void deleteInTheWindowTakesTheMessageOutOfTheInbox()
    {
        QVERIFY(m_app && m_app->messageList());
        App::MessageListWindow *window = m_app->messageList();
        const std::optional<MessageKey> selected = selectMessage(QStringLiteral("First of many"));
        QVERIFY(selected);
        const MessageKey key = *selected;
        const int rows = model()->rowCount();

        SecondConnection server;
        QVERIFY2(server.open(m_dovecot, m_user), qPrintable(server.error));
        QVERIFY(!server.flags(key.uid).isEmpty());

        window->deleteAction()->trigger();

        QTRY_COMPARE_WITH_TIMEOUT(model()->indexOf(key), -1, DeliveryTimeoutMs);
        QCOMPARE(model()->rowCount(), rows - 1);
        // Gone from INBOX on the server (moved to Trash, or expunged where there is none).
        QTRY_VERIFY_WITH_TIMEOUT(server.flags(key.uid).isEmpty(), 10000);
    }

    void actionOnAFolderNobodyWatchesFails()
    {
        QVERIFY(m_app);
        Notifier::MailMonitor *monitor = m_app->monitor();
        const MessageKey nowhere{{QStringLiteral("no-such-account"), QStringLiteral("INBOX")}, 1};
        std::optional<bool> trashed;
        monitor->moveToTrash(nowhere, [&trashed](bool ok) { trashed = ok; });
        QCOMPARE(trashed, std::optional<bool>(false));
        std::optional<bool> marked;
        monitor->setSeen(nowhere, true, [&marked](bool ok) { marked = ok; });
        QCOMPARE(marked, std::optional<bool>(false));
    }
};

QTEST_MAIN(AppDovecotLiveDelivery)
#include "app_dovecot_live_delivery.moc"
