#include "support/DovecotFixture.h"

#include "notifier/AccountProbe.h"
#include "notifier/FolderWatcher.h"
#include "notifier/ImapMailSession.h"
#include "notifier/NewMailTracker.h"
#include "notifier/NotifyAccountWatcher.h"
#include "notifier/UnreadCounter.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;
using TestSupport::DovecotFixture;

// The watchers against a real Dovecot (started by scripts/lib/session.sh): delivery, restart,
// UIDVALIDITY change, read elsewhere, the notification actions, and the account-stopping
// problems (wrong password, untrusted certificate).
class TestDovecotWatcher : public QObject
{
    Q_OBJECT

    DovecotFixture m_dovecot;
    QTemporaryDir m_dir;
    DovecotFixture::User m_user;
    UnreadCounter m_counter;

    Account account(const QString &password = QString()) const
    {
        Account a;
        a.id = QStringLiteral("dovecot-") + m_user.name;
        a.email = m_user.name + QStringLiteral("@example.org");
        a.userName = m_user.name;
        a.server = m_dovecot.host();
        a.port = m_dovecot.imapsPort();
        a.security = SecurityMode::Tls;
        Q_UNUSED(password);
        return a;
    }

    FolderWatcher::SessionFactory factory(const Account &account, const QString &secret,
                                          bool trustFixtureCa = true)
    {
        const QList<QSslCertificate> ca =
            trustFixtureCa ? m_dovecot.caCertificates() : QList<QSslCertificate>();
        return [account, secret, ca](QObject *parent) -> MailSession * {
            ImapSessionConfig config;
            config.account = account;
            config.secret = secret;
            config.caCertificates = ca;
            config.useSystemCaCertificates = false;
            return new ImapMailSession(config, parent);
        };
    }

    QString stateFile() const { return m_dir.filePath(m_user.name + QStringLiteral(".json")); }

    static QStringList subjects(const QSignalSpy &spy)
    {
        QStringList result;
        for (const auto &args : spy) {
            for (const FetchedMessage &m : args.at(1).value<QList<FetchedMessage>>())
                result << m.subject;
        }
        return result;
    }

    static QByteArray richMessage(const QByteArray &subjectWord)
    {
        return "From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.de>\r\n"
               "To: test@example.org\r\n"
               "Subject: =?UTF-8?B?" +
               QByteArray("Grüße:").toBase64() + "?= " + subjectWord +
               "\r\n"
               "Message-ID: <" +
               subjectWord +
               "@lettertray.test>\r\n"
               "MIME-Version: 1.0\r\n"
               "Content-Type: multipart/alternative; boundary=\"xx\"\r\n\r\n"
               "--xx\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
               "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
               "Sch=F6ne Gr=FC=DFe aus K=F6ln\r\n--xx\r\n"
               "Content-Type: text/html\r\n\r\n<p>html</p>\r\n--xx--\r\n";
    }

    QByteArray doveadm(const QStringList &arguments)
    {
        QByteArray out;
        if (!m_dovecot.doveadm(arguments, &out))
            qWarning("doveadm failed: %s", qPrintable(m_dovecot.errorString()));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LETTERTRAY_REQUIRE(m_dovecot.status());
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<QList<FetchedMessage>>();
        qRegisterMetaType<FolderKey>();
    }

    void init()
    {
        m_user = m_dovecot.createUser(QStringLiteral("watch"));
        QVERIFY2(!m_user.name.isEmpty(), qPrintable(m_dovecot.errorString()));
    }

    void deliveryToTwoFoldersRestartAndUidValidity()
    {
        QVERIFY(m_dovecot.createMailbox(m_user.name, QStringLiteral("Lists")));
        QVERIFY(m_dovecot.deliver(
            m_user.name, DovecotFixture::sampleMessage(QStringLiteral("before we started"))));
        const Account acc = account();
        const FolderKey inbox{acc.id, QStringLiteral("INBOX")};
        const FolderKey lists{acc.id, QStringLiteral("Lists")};
        {
            NewMailTracker tracker(stateFile());
            tracker.load();
            FolderWatcher inboxWatcher(inbox, factory(acc, m_user.password), &tracker, &m_counter);
            FolderWatcher listsWatcher(lists, factory(acc, m_user.password), &tracker, &m_counter);
            QSignalSpy inboxNew(&inboxWatcher, &FolderWatcher::newMail);
            QSignalSpy listsNew(&listsWatcher, &FolderWatcher::newMail);
            inboxWatcher.start();
            listsWatcher.start();
            QTRY_COMPARE_WITH_TIMEOUT(inboxWatcher.state(), FolderWatcher::State::Idling, 10000);
            QTRY_COMPARE_WITH_TIMEOUT(listsWatcher.state(), FolderWatcher::State::Idling, 10000);
            QCOMPARE(inboxNew.count(), 0);
            QCOMPARE(m_counter.unread(inbox), 1);

            QVERIFY(m_dovecot.deliver(m_user.name, richMessage("inbox-one")));
            QTRY_COMPARE_WITH_TIMEOUT(inboxNew.count(), 1, 10000);
            const FetchedMessage m = inboxNew.first().at(1).value<QList<FetchedMessage>>().first();
            QCOMPARE(m.subject, QStringLiteral("Grüße: inbox-one"));
            QCOMPARE(m.from, QStringLiteral("Jürgen Müller"));
            QCOMPARE(m.fromAddress, QStringLiteral("juergen@example.de"));
            QVERIFY2(m.preview.startsWith(QStringLiteral("Schöne Grüße aus Köln")),
                     qPrintable(m.preview));
            QVERIFY(!m.seen);
            QVERIFY(m.size > 0);
            QVERIFY(m.date.isValid());

            QVERIFY(
                m_dovecot.deliver(m_user.name, richMessage("lists-one"), QStringLiteral("Lists")));
            QTRY_COMPARE_WITH_TIMEOUT(listsNew.count(), 1, 10000);
            QCOMPARE(subjects(listsNew), QStringList{QStringLiteral("Grüße: lists-one")});
            QCOMPARE(inboxNew.count(), 1); // exactly one each
            QCOMPARE(m_counter.unreadForAccount(acc.id), 3);
        }
        // Restart: nothing is announced again.
        {
            NewMailTracker tracker(stateFile());
            QVERIFY(tracker.load());
            FolderWatcher inboxWatcher(inbox, factory(acc, m_user.password), &tracker, &m_counter);
            QSignalSpy inboxNew(&inboxWatcher, &FolderWatcher::newMail);
            inboxWatcher.start();
            QTRY_COMPARE_WITH_TIMEOUT(inboxWatcher.state(), FolderWatcher::State::Idling, 10000);
            QTest::qWait(300);
            QCOMPARE(inboxNew.count(), 0);
        }
        // The folder is recreated (new UIDVALIDITY) with old mail in it: no flood.
        doveadm({QStringLiteral("mailbox"), QStringLiteral("delete"), QStringLiteral("-u"),
                 m_user.name, QStringLiteral("Lists")});
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_dovecot.deliver(
                m_user.name, DovecotFixture::sampleMessage(QStringLiteral("restored %1").arg(i)),
                QStringLiteral("Lists")));
        {
            NewMailTracker tracker(stateFile());
            QVERIFY(tracker.load());
            const quint32 oldValidity = tracker.state(lists).uidValidity;
            FolderWatcher listsWatcher(lists, factory(acc, m_user.password), &tracker, &m_counter);
            QSignalSpy listsNew(&listsWatcher, &FolderWatcher::newMail);
            QSignalSpy reset(&listsWatcher, &FolderWatcher::folderReset);
            listsWatcher.start();
            QTRY_COMPARE_WITH_TIMEOUT(listsWatcher.state(), FolderWatcher::State::Idling, 10000);
            QCOMPARE(listsNew.count(), 0);
            QCOMPARE(reset.count(), 1);
            QVERIFY(tracker.state(lists).uidValidity != oldValidity);
            QCOMPARE(m_counter.unread(lists), 5);
        }
    }

    // Where the server offers NOTIFY (Dovecot does), one connection watches both folders:
    // each delivery is announced once, read-elsewhere in the folder that is not selected
    // lowers its count, and a restart announces nothing again.
    void notifyWatchesTwoFoldersOnOneConnection()
    {
        QVERIFY(m_dovecot.createMailbox(m_user.name, QStringLiteral("Lists")));
        QVERIFY(m_dovecot.deliver(
            m_user.name, DovecotFixture::sampleMessage(QStringLiteral("before we started"))));
        const Account acc = account();
        const FolderKey inbox{acc.id, QStringLiteral("INBOX")};
        const FolderKey lists{acc.id, QStringLiteral("Lists")};
        const QStringList folders{QStringLiteral("INBOX"), QStringLiteral("Lists")};
        UnreadCounter counter;
        int sessions = 0;
        const auto inner = factory(acc, m_user.password);
        const auto counting = [&sessions, inner](QObject *parent) {
            ++sessions;
            return inner(parent);
        };
        // Connections of this user as Dovecot counts them (one line per connection).
        const auto connections = [this] {
            const QByteArray out =
                doveadm({QStringLiteral("who"), QStringLiteral("-1"), m_user.name});
            int count = 0;
            for (const QByteArray &line : out.split('\n')) {
                if (line.contains("imap"))
                    ++count;
            }
            return count;
        };
        QList<quint32> inboxUids;
        {
            NewMailTracker tracker(stateFile());
            tracker.load();
            NotifyAccountWatcher watcher(acc.id, folders, counting, &tracker, &counter);
            QSignalSpy newMail(&watcher, &NotifyAccountWatcher::newMail);
            QSignalSpy unavailable(&watcher, &NotifyAccountWatcher::notifyUnavailable);
            watcher.start();
            QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 10000);
            QCOMPARE(unavailable.count(), 0);
            QCOMPARE(counter.unread(inbox), 1);
            QCOMPARE(counter.unread(lists), 0);

            QVERIFY(m_dovecot.deliver(m_user.name, richMessage("inbox-one")));
            QVERIFY(
                m_dovecot.deliver(m_user.name, richMessage("lists-one"), QStringLiteral("Lists")));
            QTRY_COMPARE_WITH_TIMEOUT(newMail.count(), 2, 10000);
            QTest::qWait(1500); // Dovecot reports changes ~0.5 s late: room for a repeat
            QCOMPARE(newMail.count(), 2);
            QStringList announced = subjects(newMail);
            announced.sort();
            QCOMPARE(announced, (QStringList{QStringLiteral("Grüße: inbox-one"),
                                             QStringLiteral("Grüße: lists-one")}));
            QList<quint32> listsUids;
            for (const auto &args : newMail) {
                const FolderKey folder = args.at(0).value<FolderKey>();
                for (const FetchedMessage &m : args.at(1).value<QList<FetchedMessage>>())
                    (folder == inbox ? inboxUids : listsUids).append(m.uid);
            }
            QCOMPARE(inboxUids.size(), 1);
            QCOMPARE(listsUids.size(), 1);
            QCOMPARE(counter.unread(lists), 1);
            QCOMPARE(counter.unreadForAccount(acc.id), 3);
            QCOMPARE(sessions, 1);
            QCOMPARE(connections(), 1);

            // Read on another device in the folder that is not selected.
            doveadm({QStringLiteral("flags"), QStringLiteral("add"), QStringLiteral("-u"),
                     m_user.name, QStringLiteral("\\Seen"), QStringLiteral("mailbox"),
                     QStringLiteral("Lists"), QStringLiteral("uid"),
                     QString::number(listsUids.first())});
            QTRY_COMPARE_WITH_TIMEOUT(counter.unread(lists), 0, 10000);
            QCOMPARE(watcher.state(), FolderWatcher::State::Idling);
            QCOMPARE(sessions, 1);

            // The actions on a message of the folder that is not selected: the watcher selects
            // it for the command and returns home, on the same connection.
            QVERIFY(m_dovecot.deliver(m_user.name, richMessage("lists-action"),
                                      QStringLiteral("Lists")));
            QTRY_COMPARE_WITH_TIMEOUT(newMail.count(), 3, 10000);
            const quint32 actionUid =
                newMail.last().at(1).value<QList<FetchedMessage>>().first().uid;
            QCOMPARE(counter.unread(lists), 1);
            bool ok = false;
            watcher.setSeen(lists, actionUid, true, [&ok](bool result) { ok = result; });
            QTRY_VERIFY_WITH_TIMEOUT(ok, 10000);
            QCOMPARE(counter.unread(lists), 0);
            const QByteArray flags = doveadm({QStringLiteral("fetch"), QStringLiteral("-u"),
                                              m_user.name, QStringLiteral("flags"),
                                              QStringLiteral("mailbox"), QStringLiteral("Lists"),
                                              QStringLiteral("uid"), QString::number(actionUid)});
            QVERIFY2(flags.contains("\\Seen"), flags.constData());
            ok = false;
            watcher.moveToTrash(lists, actionUid, [&ok](bool result) { ok = result; });
            QTRY_VERIFY_WITH_TIMEOUT(ok, 10000);
            const QByteArray trash =
                doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), m_user.name,
                         QStringLiteral("hdr.subject"), QStringLiteral("mailbox"),
                         QStringLiteral("Trash"), QStringLiteral("ALL")});
            QVERIFY2(trash.contains("lists-action"), trash.constData());
            // Back home: a delivery to INBOX is still announced, once.
            QVERIFY(m_dovecot.deliver(m_user.name, richMessage("inbox-two")));
            QTRY_COMPARE_WITH_TIMEOUT(newMail.count(), 4, 10000);
            QCOMPARE(newMail.last().at(0).value<FolderKey>(), inbox);
            QTest::qWait(1000);
            QCOMPARE(newMail.count(), 4);
            QCOMPARE(sessions, 1);
            QCOMPARE(watcher.state(), FolderWatcher::State::Idling);
        }
        // Restart: nothing is announced again, in either folder.
        {
            NewMailTracker tracker(stateFile());
            QVERIFY(tracker.load());
            NotifyAccountWatcher watcher(acc.id, folders, counting, &tracker, &counter);
            QSignalSpy newMail(&watcher, &NotifyAccountWatcher::newMail);
            watcher.start();
            QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 10000);
            QTest::qWait(1000);
            QCOMPARE(newMail.count(), 0);
            QCOMPARE(sessions, 2);
            QTRY_COMPARE_WITH_TIMEOUT(connections(), 1, 5000); // the first one is gone

            // Still watching: a new delivery to Lists is announced once.
            QVERIFY(
                m_dovecot.deliver(m_user.name, richMessage("lists-two"), QStringLiteral("Lists")));
            QTRY_COMPARE_WITH_TIMEOUT(newMail.count(), 1, 10000);
            QCOMPARE(subjects(newMail), QStringList{QStringLiteral("Grüße: lists-two")});
        }
    }

    void readElsewhereAndActions()
    {
        const Account acc = account();
        const FolderKey inbox{acc.id, QStringLiteral("INBOX")};
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        FolderWatcher watcher(inbox, factory(acc, m_user.password), &tracker, &counter);
        QSignalSpy newMail(&watcher, &FolderWatcher::newMail);
        QSignalSpy withdrawn(&counter, &UnreadCounter::readElsewhere);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 10000);
        for (const char *word : {"first", "second", "third"})
            QVERIFY(m_dovecot.deliver(m_user.name, richMessage(word)));
        QTRY_COMPARE_WITH_TIMEOUT(subjects(newMail).size(), 3, 10000);
        QList<quint32> uids;
        for (const auto &args : newMail) {
            for (const FetchedMessage &m : args.at(1).value<QList<FetchedMessage>>()) {
                uids.append(m.uid);
                counter.trackNotification({inbox, m.uid});
            }
        }
        QCOMPARE(counter.unread(inbox), 3);

        // Read on another device (another connection): count drops, notification withdrawn.
        doveadm({QStringLiteral("flags"), QStringLiteral("add"), QStringLiteral("-u"), m_user.name,
                 QStringLiteral("\\Seen"), QStringLiteral("mailbox"), QStringLiteral("INBOX"),
                 QStringLiteral("uid"), QString::number(uids.at(0))});
        QTRY_COMPARE_WITH_TIMEOUT(counter.unread(inbox), 2, 10000);
        QCOMPARE(withdrawn.count(), 1);
        QCOMPARE(withdrawn.first().first().value<MessageKey>().uid, uids.at(0));

        // "Mark as read": \Seen on the server.
        bool ok = false;
        watcher.setSeen(uids.at(1), true, [&ok](bool result) { ok = result; });
        QTRY_VERIFY_WITH_TIMEOUT(ok, 10000);
        const QByteArray flags =
            doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), m_user.name,
                     QStringLiteral("flags"), QStringLiteral("mailbox"), QStringLiteral("INBOX"),
                     QStringLiteral("uid"), QString::number(uids.at(1))});
        QVERIFY2(flags.contains("\\Seen"), flags.constData());
        QCOMPARE(counter.unread(inbox), 1);

        // "Delete": into Trash.
        ok = false;
        watcher.moveToTrash(uids.at(2), [&ok](bool result) { ok = result; });
        QTRY_VERIFY_WITH_TIMEOUT(ok, 10000);
        const QByteArray trash =
            doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), m_user.name,
                     QStringLiteral("hdr.subject"), QStringLiteral("mailbox"),
                     QStringLiteral("Trash"), QStringLiteral("ALL")});
        QVERIFY2(trash.contains("third"), trash.constData());
        const QByteArray inboxLeft =
            doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), m_user.name,
                     QStringLiteral("uid"), QStringLiteral("mailbox"), QStringLiteral("INBOX"),
                     QStringLiteral("uid"), QString::number(uids.at(2))});
        QVERIFY2(inboxLeft.trimmed().isEmpty(), inboxLeft.constData());
        QTRY_COMPARE_WITH_TIMEOUT(counter.unread(inbox), 0, 10000);
        QCOMPARE(watcher.state(), FolderWatcher::State::Idling);
    }

    void wrongPasswordStopsOnce()
    {
        const Account acc = account();
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        int sessions = 0;
        auto inner = factory(acc, QStringLiteral("wrong password"));
        FolderWatcher watcher(
            {acc.id, QStringLiteral("INBOX")},
            [&sessions, inner](QObject *parent) {
                ++sessions;
                return inner(parent);
            },
            &tracker, &counter);
        QSignalSpy failed(&watcher, &FolderWatcher::authenticationFailed);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::AuthenticationFailed,
                                  15000);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().contains(QStringLiteral("wrong password")));
        watcher.triggerNow();
        QTest::qWait(500);
        QCOMPARE(sessions, 1);
    }

    void probeListsFoldersAndShowsCertificate()
    {
        QVERIFY(m_dovecot.createMailbox(m_user.name, QStringLiteral("Projects/Ünïcode")));
        ImapSessionConfig config;
        config.account = account();
        config.secret = m_user.password;
        config.caCertificates = m_dovecot.caCertificates();
        config.useSystemCaCertificates = false;
        AccountProbe probe;
        QSignalSpy done(&probe, &AccountProbe::finished);
        probe.start(config);
        QVERIFY(done.wait(10000));
        ProbeResult result = done.first().first().value<ProbeResult>();
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QVERIFY(result.supportsIdle);
        QVERIFY(!result.folders.isEmpty());
        QCOMPARE(result.folders.first().name, QStringLiteral("INBOX"));
        QHash<QString, QString> uses;
        for (const FolderInfo &folder : result.folders)
            uses.insert(folder.name, folder.specialUse);
        QCOMPARE(uses.value(QStringLiteral("Trash")), QStringLiteral("\\Trash"));
        QCOMPARE(uses.value(QStringLiteral("Sent")), QStringLiteral("\\Sent"));
        QVERIFY(uses.contains(QStringLiteral("Projects/Ünïcode")));

        // Untrusted certificate: the chain and fingerprint for the certificate dialog.
        config.caCertificates.clear();
        done.clear();
        probe.start(config);
        QVERIFY(done.wait(10000));
        result = done.first().first().value<ProbeResult>();
        QCOMPARE(result.error.kind, SessionError::Certificate);
        QCOMPARE(result.error.certificateSha256.size(), 32);
        QVERIFY(!result.error.certificateChain.isEmpty());
        QCOMPARE(result.error.certificateChain.first().digest(QCryptographicHash::Sha256),
                 result.error.certificateSha256);

        // Wrong password: said so, not a network problem.
        config.caCertificates = m_dovecot.caCertificates();
        config.secret = QStringLiteral("wrong");
        done.clear();
        probe.start(config);
        QVERIFY(done.wait(15000));
        QCOMPARE(done.first().first().value<ProbeResult>().error.kind,
                 SessionError::Authentication);
    }

    void untrustedCertificateStopsThenPinningWorks()
    {
        Account acc = account();
        NewMailTracker tracker(stateFile());
        tracker.load();
        UnreadCounter counter;
        QByteArray presented;
        {
            FolderWatcher watcher({acc.id, QStringLiteral("INBOX")},
                                  factory(acc, m_user.password, false), &tracker, &counter);
            QSignalSpy problem(&watcher, &FolderWatcher::certificateProblem);
            watcher.start();
            QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::CertificateProblem,
                                      10000);
            QCOMPARE(problem.count(), 1);
            presented = problem.first().at(1).toByteArray();
            QCOMPARE(presented.size(), 32);
        }
        // The user trusts exactly this certificate for this server.
        acc.pinnedCertificateSha256 = presented;
        FolderWatcher watcher({acc.id, QStringLiteral("INBOX")},
                              factory(acc, m_user.password, false), &tracker, &counter);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), FolderWatcher::State::Idling, 10000);
        // A different pin (certificate changed) stops the account again.
        acc.pinnedCertificateSha256 = QByteArray(32, '\x01');
        FolderWatcher changed({acc.id, QStringLiteral("INBOX")},
                              factory(acc, m_user.password, false), &tracker, &counter);
        changed.start();
        QTRY_COMPARE_WITH_TIMEOUT(changed.state(), FolderWatcher::State::CertificateProblem, 10000);
    }
};

QTEST_GUILESS_MAIN(TestDovecotWatcher)
#include "tst_dovecotwatcher.moc"
