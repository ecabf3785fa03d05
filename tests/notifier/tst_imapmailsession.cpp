#include "WatcherTestSupport.h"

#include "support/ScriptedImapServer.h"

#include "notifier/ImapMailSession.h"

#include <QtCore/QCoreApplication>
#include <QtTest/QTest>

#include <memory>

using namespace Notifier;
using namespace WatcherTest;
using TestSupport::ScriptedImapServer;

// ImapMailSession's promise that no callback runs once close() was called: close() drops the
// connection, which ends every command still waiting for its answer at once (as aborted); the
// watcher that closed the session has moved on and must not hear of them.
class TestImapMailSession : public QObject
{
    Q_OBJECT

    enum class Command
    {
        Open,
        Select,
        Unselect,
        Status,
        FetchAfter,
        SearchUnseen,
        SetSeen,
        MoveToTrash,
        Notify,
    };

    // Runs `command` (with `done` as its callback) on a session that is open and has INBOX
    // selected, except for Open, which is the command itself.
    static void run(ImapMailSession &session, Command command, const std::function<void()> &done)
    {
        const auto plain = [done](const SessionError &) {
            done();
        };
        const auto withStatus = [done](const SessionError &, const FolderStatus &) {
            done();
        };
        switch (command) {
        case Command::Open:
            session.open(plain);
            break;
        case Command::Select:
            session.select(QStringLiteral("Lists"), withStatus);
            break;
        case Command::Unselect:
            session.unselect(plain);
            break;
        case Command::Status:
            session.status(QStringLiteral("Lists"), withStatus);
            break;
        case Command::FetchAfter:
            session.fetchAfter(
                3, [done](const SessionError &, const QList<FetchedMessage> &) { done(); });
            break;
        case Command::SearchUnseen:
            session.searchUnseen([done](const SessionError &, const QSet<quint32> &) { done(); });
            break;
        case Command::SetSeen:
            session.setSeen(2, true, plain);
            break;
        case Command::MoveToTrash:
            session.moveToTrash(2, plain);
            break;
        case Command::Notify:
            session.notify({QStringLiteral("INBOX")}, plain);
            break;
        }
    }

    static QString trashList(const char *trashAttribute)
    {
        return QStringLiteral("C: $t LIST \"\" \"*\"\n"
                              "S: * LIST () \"/\" INBOX\n"
                              "S: * LIST (%1) \"/\" Bin\n"
                              "S: $t OK listed\n")
            .arg(QLatin1String(trashAttribute));
    }

private Q_SLOTS:
    void init() { qRegisterMetaType<SessionError>(); }

    // Each row: the capabilities, the command, and the conversation after SELECT INBOX up to
    // the command left unanswered (the server then says nothing more). Every reply handler of
    // the session is reached: moving to the Trash has a step for each of LIST, MOVE, COPY,
    // STORE \Deleted and UID EXPUNGE.
    void closedSessionHearsNothing_data()
    {
        QTest::addColumn<QString>("capabilities");
        QTest::addColumn<int>("command");
        QTest::addColumn<QString>("conversation");
        const QString base = QStringLiteral("IMAP4rev1 IDLE UNSELECT NOTIFY");
        QTest::newRow("login") << base << int(Command::Open)
                               << QStringLiteral("C: $t LOGIN alice secret\n");
        QTest::newRow("select") << base << int(Command::Select)
                                << QStringLiteral("C: $t SELECT Lists\n");
        QTest::newRow("unselect") << base << int(Command::Unselect)
                                  << QStringLiteral("C: $t UNSELECT\n");
        QTest::newRow("status")
            << base << int(Command::Status)
            << QStringLiteral("C: $t STATUS Lists (MESSAGES UIDNEXT UIDVALIDITY UNSEEN)\n");
        QTest::newRow("fetch") << base << int(Command::FetchAfter)
                               << fetchScript(4, QString()).section(QLatin1Char('\n'), 0, 0) +
                                      QLatin1Char('\n');
        QTest::newRow("search unseen")
            << base << int(Command::SearchUnseen) << QStringLiteral("C: $t UID SEARCH UNSEEN\n");
        QTest::newRow("set seen") << base << int(Command::SetSeen)
                                  << QStringLiteral("C: $t UID STORE 2 +FLAGS.SILENT (\\Seen)\n");
        QTest::newRow("trash: list")
            << base << int(Command::MoveToTrash) << QStringLiteral("C: $t LIST \"\" \"*\"\n");
        QTest::newRow("trash: move")
            << base + QStringLiteral(" MOVE") << int(Command::MoveToTrash)
            << trashList("\\Trash") + QStringLiteral("C: $t UID MOVE 2 \"Bin\"\n");
        QTest::newRow("trash: copy")
            << base << int(Command::MoveToTrash)
            << trashList("\\Trash") + QStringLiteral("C: $t UID COPY 2 \"Bin\"\n");
        QTest::newRow("trash: store deleted")
            << base << int(Command::MoveToTrash)
            << trashList("") + QStringLiteral("C: $t UID STORE 2 +FLAGS.SILENT (\\Deleted)\n");
        QTest::newRow("trash: uid expunge")
            << base + QStringLiteral(" UIDPLUS") << int(Command::MoveToTrash)
            << trashList("") + QStringLiteral("C: $t UID STORE 2 +FLAGS.SILENT (\\Deleted)\n"
                                              "S: $t OK stored\n"
                                              "C: $t UID EXPUNGE 2\n");
        QTest::newRow("notify")
            << base << int(Command::Notify)
            << QStringLiteral("C: $t NOTIFY SET (SELECTED (MessageNew MessageExpunge FlagChange)) "
                              "(MAILBOXES (INBOX) (MessageNew MessageExpunge FlagChange))\n");
    }

    void closedSessionHearsNothing()
    {
        QFETCH(QString, capabilities);
        QFETCH(int, command);
        QFETCH(QString, conversation);
        const auto which = Command(command);
        const QByteArray caps = capabilities.toLatin1();
        QString script;
        if (which == Command::Open) {
            script =
                QStringLiteral("S: * OK [CAPABILITY %1] ready\n").arg(capabilities) + conversation;
        } else {
            script = loginScript(caps.constData()) +
                     QStringLiteral("C: $t SELECT INBOX\n"
                                    "S: * 3 EXISTS\n"
                                    "S: * OK [UIDVALIDITY 7] ok\n"
                                    "S: * OK [UIDNEXT 4] ok\n"
                                    "S: $t OK [READ-WRITE] selected\n") +
                     conversation;
        }
        ScriptedImapServer server;
        QVERIFY2(server.setScript(script + QStringLiteral("HANG\n")),
                 qPrintable(server.errorString()));
        QVERIFY(server.listen());
        ImapSessionConfig config;
        config.account = scriptedAccount(QStringLiteral("acc"), server.port());
        config.secret = QStringLiteral("secret");
        config.useSystemCaCertificates = false;
        auto session = std::make_unique<ImapMailSession>(config);

        if (which != Command::Open) {
            bool opened = false;
            session->open([&opened](const SessionError &error) {
                QVERIFY2(!error.isError(), qPrintable(error.message));
                opened = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(opened, 5000);
            bool selected = false;
            session->select(QStringLiteral("INBOX"),
                            [&selected](const SessionError &error, const FolderStatus &) {
                                QVERIFY2(!error.isError(), qPrintable(error.message));
                                selected = true;
                            });
            QTRY_VERIFY_WITH_TIMEOUT(selected, 5000);
        }

        int heard = 0;
        run(*session, which, [&heard] { ++heard; });
        // The command is on the wire and unanswered (the script ends with it).
        QVERIFY2(server.waitForFinished(5000), qPrintable(server.errorString()));
        QCOMPARE(heard, 0);
        session->close();
        // The aborted replies are finished by now; let anything queued after them run too.
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(heard, 0);
        session.reset();
        QCoreApplication::processEvents();
        QCOMPARE(heard, 0);
    }
};

QTEST_GUILESS_MAIN(TestImapMailSession)
#include "tst_imapmailsession.moc"
