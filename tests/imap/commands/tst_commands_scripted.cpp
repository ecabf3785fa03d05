// The full command set against the scripted server: for each command and extension the exact
// bytes the client sends, the typed result of the server's answer (conversations taken from
// the RFCs' examples where they have one), the NO answers with their response codes, and the
// commands refused locally because the server lacks the capability.

#include "imap/AclReply.h"
#include "imap/AppendReply.h"
#include "imap/Client.h"
#include "imap/CopyReply.h"
#include "imap/ESearchReply.h"
#include "imap/EnableReply.h"
#include "imap/FetchReply.h"
#include "imap/IdReply.h"
#include "imap/ListReply.h"
#include "imap/MailboxListReply.h"
#include "imap/MailboxState.h"
#include "imap/MetadataReply.h"
#include "imap/NamespaceReply.h"
#include "imap/NotifyWatcher.h"
#include "imap/QuotaReply.h"
#include "imap/SearchReply.h"
#include "imap/SelectReply.h"
#include "imap/SortReply.h"
#include "imap/StatusReply.h"
#include "imap/ThreadReply.h"
#include "imap/wire/SearchKey.h"
#include "support/ScriptDeflate.h"
#include "support/ScriptedClientTest.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using IdFields = QList<std::pair<QByteArray, QByteArray>>;

using namespace Imap;
using TestSupport::Deflater;
using TestSupport::escapedScriptBytes;
using TestSupport::ScriptedImapServer;
using Wire::SearchKey;
using Wire::SequenceSet;

namespace {
bool s_split = false; // second run: the server's bytes arrive in 3-byte pieces
constexpr int kWait = 5000;
using Ranges = Wire::NumberRanges;

} // namespace

// Each macro evaluates its argument once: WAIT_OK(m_client->noop()) issues one NOOP.
#define WAIT_FINISHED(reply)                                                                       \
    do {                                                                                           \
        auto *waited_ = (reply);                                                                   \
        QTRY_VERIFY_WITH_TIMEOUT(waited_->isFinished(), kWait);                                    \
    } while (false)
#define WAIT_OK(reply)                                                                             \
    do {                                                                                           \
        auto *waited_ = (reply);                                                                   \
        QTRY_VERIFY_WITH_TIMEOUT(waited_->isFinished(), kWait);                                    \
        QVERIFY2(waited_->isOk(),                                                                  \
                 qPrintable(waited_->errorString() + QStringLiteral(" / server: ") +               \
                            m_server->errorString()));                                             \
    } while (false)
#define SERVER_DONE()                                                                              \
    QVERIFY2(m_server->waitForFinished(kWait), qPrintable(m_server->errorString()))

class TestCommandsScripted : public TestSupport::ScriptedClientTest
{
    Q_OBJECT

    // A pre-authenticated session with these capabilities, then the script.
    bool start(const QByteArray &capabilities, const QString &script, bool selectInbox = false)
    {
        QString full = s_split ? QStringLiteral("SPLIT: 3 1\n") : QString();
        full += QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1 %1] ready\n")
                    .arg(QString::fromLatin1(capabilities));
        if (selectInbox) {
            full += QStringLiteral("C: $s SELECT INBOX\n"
                                   "S: * 4 EXISTS\n"
                                   "S: * OK [UIDVALIDITY 3857529045] UIDs valid\n"
                                   "S: $s OK [READ-WRITE] SELECT completed\n");
        }
        full += script;
        if (!listen(full)) {
            return false;
        }
        ConnectionSettings s = settings();
        s.allowCleartextPasswords = false; // these sessions never log in
        if (!connectWith(s, kWait)) {
            return false;
        }
        if (selectInbox) {
            SelectReply *select = m_client->select(QStringLiteral("INBOX"));
            QSignalSpy done(select, &Reply::finished);
            return done.wait(kWait) && select->isOk();
        }
        return true;
    }

private Q_SLOTS:
    void init() { createClient(Timers::Real); }
    void cleanup() { destroyClient(); }

    // --- mailboxes (RFC 9051 §6.3) ---------------------------------------------------------

    void mailboxManagement()
    {
        QVERIFY(start("", QStringLiteral("C: $a CREATE Entw&APw-rfe\n"
                                         "S: $a OK CREATE completed\n"
                                         "C: $b CREATE INBOX\n"
                                         "S: $b NO [ALREADYEXISTS] Mailbox already exists\n"
                                         "C: $c RENAME Entw&APw-rfe \"Old drafts\"\n"
                                         "S: $c OK RENAME completed\n"
                                         "C: $d SUBSCRIBE \"Old drafts\"\n"
                                         "S: $d OK SUBSCRIBE completed\n"
                                         "C: $e LSUB \"\" \"*\"\n"
                                         "S: * LSUB () \"/\" \"Old drafts\"\n"
                                         "S: $e OK LSUB completed\n"
                                         "C: $f UNSUBSCRIBE \"Old drafts\"\n"
                                         "S: $f OK UNSUBSCRIBE completed\n"
                                         "C: $g DELETE \"Old drafts\"\n"
                                         "S: $g OK DELETE completed\n"
                                         "C: $h DELETE nothere\n"
                                         "S: $h NO [NONEXISTENT] No such mailbox\n")));
        // Issued one after another: the scheduler may pipeline them, the script reads in order.
        Reply *create = m_client->create(QStringLiteral("Entwürfe"));
        WAIT_OK(create);
        Reply *again = m_client->create(QStringLiteral("INBOX"));
        WAIT_FINISHED(again);
        QCOMPARE(again->status(), Reply::Status::No);
        QCOMPARE(again->responseCode().kind, Wire::ResponseCode::Kind::AlreadyExists);
        Reply *rename = m_client->rename(QStringLiteral("Entwürfe"), QStringLiteral("Old drafts"));
        WAIT_OK(rename);
        Reply *subscribe = m_client->subscribe(QStringLiteral("Old drafts"));
        WAIT_OK(subscribe);
        ListReply *lsub = m_client->lsub(QString(), QStringLiteral("*"));
        WAIT_OK(lsub);
        QCOMPARE(lsub->mailboxes().size(), 1);
        QCOMPARE(lsub->mailboxes().first().mailbox, QByteArray("Old drafts"));
        QVERIFY(lsub->mailboxes().first().lsub);
        WAIT_OK(m_client->unsubscribe(QStringLiteral("Old drafts")));
        WAIT_OK(m_client->deleteMailbox(QStringLiteral("Old drafts")));
        Reply *missing = m_client->deleteMailbox(QStringLiteral("nothere"));
        WAIT_FINISHED(missing);
        QCOMPARE(missing->responseCode().kind, Wire::ResponseCode::Kind::NonExistent);
        SERVER_DONE();
    }

    void mailboxCommandsNeedAuthentication()
    {
        QVERIFY(m_server->setScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1] hi\n")));
        QVERIFY(m_server->listen());
        ConnectionSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = m_server->port();
        s.security = ConnectionSettings::Security::Plaintext;
        m_client->connectToHost(s);
        Reply *create = m_client->create(QStringLiteral("x"));
        WAIT_FINISHED(create);
        QCOMPARE(create->status(), Reply::Status::NotAllowedInState);
        SERVER_DONE();
    }

    // RFC 5258 §5 / RFC 6154 §5.1 / RFC 5819 §3 examples, combined.
    void listExtendedWithSpecialUseAndStatus()
    {
        QVERIFY(start("LIST-EXTENDED SPECIAL-USE LIST-STATUS",
                      QStringLiteral("C: $a LIST (SUBSCRIBED) \"\" (INBOX \"Sent%\") RETURN "
                                     "(SPECIAL-USE STATUS (MESSAGES UNSEEN))\n"
                                     "S: * LIST (\\Subscribed) \".\" INBOX\n"
                                     "S: * STATUS INBOX (MESSAGES 17 UNSEEN 16)\n"
                                     "S: * LIST (\\Subscribed \\Sent) \".\" \"Sent Mail\"\n"
                                     "S: * STATUS \"Sent Mail\" (MESSAGES 3 UNSEEN 0)\n"
                                     "S: $a OK List completed.\n")));
        MailboxListReply *list =
            m_client->listExtended(QString(), {QStringLiteral("INBOX"), QStringLiteral("Sent%")},
                                   {"SUBSCRIBED"}, {"SPECIAL-USE"}, {"MESSAGES", "UNSEEN"});
        WAIT_OK(list);
        QCOMPARE(list->mailboxes().size(), 2);
        QCOMPARE(list->specialUse("\\sent"), QByteArray("Sent Mail"));
        QCOMPARE(list->statuses().size(), 2);
        QCOMPARE(list->statusOf("Sent Mail")->messages, 3u);
        QCOMPARE(list->statusOf("INBOX")->unseen, 16u);
        SERVER_DONE();
    }

    void listStatusRefusedWithoutCapability()
    {
        QVERIFY(start("LIST-EXTENDED", QString()));
        MailboxListReply *list =
            m_client->listExtended(QString(), {QStringLiteral("*")}, {}, {}, {"MESSAGES"});
        WAIT_FINISHED(list);
        QCOMPARE(list->status(), Reply::Status::CapabilityMissing);
        MailboxListReply *special =
            m_client->listExtended(QString(), {QStringLiteral("*")}, {}, {"SPECIAL-USE"});
        WAIT_FINISHED(special);
        QCOMPARE(special->status(), Reply::Status::CapabilityMissing);
        SERVER_DONE();
    }

    // RFC 2342 §5 example 5.4 (personal and other users' namespaces).
    void namespaces()
    {
        QVERIFY(
            start("NAMESPACE", QStringLiteral("C: $a NAMESPACE\n"
                                              "S: * NAMESPACE ((\"\" \"/\")) ((\"~\" \"/\")) NIL\n"
                                              "S: $a OK NAMESPACE command completed\n")));
        NamespaceReply *reply = m_client->namespaces();
        WAIT_OK(reply);
        QCOMPARE(reply->personal().size(), 1);
        QCOMPARE(reply->personal().first().delimiter, QByteArray("/"));
        QCOMPARE(reply->otherUsers().first().prefix, QByteArray("~"));
        QVERIFY(reply->shared().isEmpty());
        SERVER_DONE();
    }

    void namespaceRefusedWithoutCapability()
    {
        QVERIFY(start("", QString()));
        NamespaceReply *reply = m_client->namespaces();
        WAIT_FINISHED(reply);
        QCOMPARE(reply->status(), Reply::Status::CapabilityMissing);
        SERVER_DONE();
    }

    // --- CHECK, COPY, MOVE (RFC 9051, RFC 4315, RFC 6851) ---------------------------------

    void checkAndCopyWithCopyUid()
    {
        QVERIFY(start("UIDPLUS",
                      QStringLiteral("C: $a CHECK\n"
                                     "S: $a OK CHECK Completed\n"
                                     "C: $b UID COPY 304,319:320 meeting\n"
                                     "S: $b OK [COPYUID 38505 304,319:320 3956:3958] Done\n"
                                     "C: $c COPY 2:4 MEETING\n"
                                     "S: $c NO [TRYCREATE] Mailbox does not exist\n"),
                      true));
        WAIT_OK(m_client->check());
        CopyReply *copy =
            m_client->uidCopy(*SequenceSet::parse("304,319:320"), QStringLiteral("meeting"));
        WAIT_OK(copy);
        QVERIFY(copy->hasCopyUid());
        QCOMPARE(copy->uidValidity(), 38505u);
        const QList<std::pair<quint32, quint32>> expected{{304, 3956}, {319, 3957}, {320, 3958}};
        QCOMPARE(copy->uidMapping(), expected);
        CopyReply *failed = m_client->copy(SequenceSet::range(2, 4), QStringLiteral("MEETING"));
        WAIT_FINISHED(failed);
        QCOMPARE(failed->status(), Reply::Status::No);
        QCOMPARE(failed->responseCode().kind, Wire::ResponseCode::Kind::TryCreate);
        QVERIFY(!failed->hasCopyUid());
        SERVER_DONE();
    }

    // RFC 6851 §4.3: COPYUID in an untagged OK before the expunges.
    void moveWithUntaggedCopyUid()
    {
        QVERIFY(start("UIDPLUS MOVE",
                      QStringLiteral("C: $a UID MOVE 42:43 foo\n"
                                     "S: * OK [COPYUID 432432 42:43 11:12]\n"
                                     "S: * 2 EXPUNGE\n"
                                     "S: * 1 EXPUNGE\n"
                                     "S: $a OK Move completed\n"
                                     "C: $b MOVE 1 Trash\n"
                                     "S: $b NO [CANNOT] not here\n"),
                      true));
        QSignalSpy expunged(m_client->mailboxState(), &MailboxState::messageExpunged);
        CopyReply *move = m_client->uidMove(SequenceSet::range(42, 43), QStringLiteral("foo"));
        WAIT_OK(move);
        QCOMPARE(move->uidValidity(), 432432u);
        QCOMPARE(move->destinationUids(), (Ranges{{11, 12}}));
        QCOMPARE(expunged.count(), 2);
        QCOMPARE(m_client->mailboxState()->exists(), 2u);
        CopyReply *refused = m_client->move(SequenceSet::single(1), QStringLiteral("Trash"));
        WAIT_FINISHED(refused);
        QCOMPARE(refused->responseCode().kind, Wire::ResponseCode::Kind::CannotDo);
        SERVER_DONE();
    }

    void moveWithoutCapabilityIsRefusedLocally()
    {
        QVERIFY(start("UIDPLUS", QString(), true));
        CopyReply *move = m_client->uidMove(SequenceSet::single(7), QStringLiteral("foo"));
        WAIT_FINISHED(move);
        QCOMPARE(move->status(), Reply::Status::CapabilityMissing);
        SERVER_DONE();
    }

    void moveFallbackCopiesDeletesExpunges()
    {
        QVERIFY(start("UIDPLUS",
                      QStringLiteral("C: $a UID COPY 7 foo\n"
                                     "S: $a OK [COPYUID 9 7 100] copied\n"
                                     "C: $b UID STORE 7 +FLAGS.SILENT (\\Deleted)\n"
                                     "S: $b OK stored\n"
                                     "C: $c UID EXPUNGE 7\n"
                                     "S: * 3 EXPUNGE\n"
                                     "S: $c OK expunged\n"),
                      true));
        CopyReply *move = m_client->uidMove(SequenceSet::single(7), QStringLiteral("foo"),
                                            Client::MoveFallback::CopyDeleteUidExpunge);
        WAIT_OK(move);
        QCOMPARE(move->uidValidity(), 9u);
        QCOMPARE(move->destinationUids(), (Ranges{{100, 100}}));
        QCOMPARE(m_client->mailboxState()->exists(), 3u);
        SERVER_DONE();
    }

    void moveFallbackDeletesNothingWhenCopyFails()
    {
        QVERIFY(start("UIDPLUS",
                      QStringLiteral("C: $a UID COPY 7 foo\n"
                                     "S: $a NO [OVERQUOTA] quota exceeded\n"
                                     "C: $b NOOP\n"
                                     "S: $b OK nothing\n"),
                      true));
        CopyReply *move = m_client->uidMove(SequenceSet::single(7), QStringLiteral("foo"),
                                            Client::MoveFallback::CopyDeleteUidExpunge);
        WAIT_FINISHED(move);
        QCOMPARE(move->status(), Reply::Status::RefusedByPolicy);
        QVERIFY2(move->text().contains(QLatin1String("OVERQUOTA")), qPrintable(move->text()));
        // The next command the server sees is the NOOP: no STORE, no EXPUNGE.
        WAIT_OK(m_client->noop());
        SERVER_DONE();
    }

    // --- SEARCH charset rules ------------------------------------------------------------

    void searchCharsetOnlyWhenNeededAndRetriedOnBadCharset()
    {
        QVERIFY(start("",
                      QStringLiteral("C: $a UID SEARCH FROM alice UNSEEN\n"
                                     "S: * SEARCH 3 5\n"
                                     "S: $a OK done\n"
                                     "C: $b SEARCH CHARSET UTF-8 SUBJECT {6}\n"
                                     "S: + go\n"
                                     "CR: gr\\xc3\\xbc\\xc3\\x9f\\r\\n\n"
                                     "S: $b NO [BADCHARSET (US-ASCII)] unsupported charset\n"
                                     "C: $c SEARCH SUBJECT {6}\n"
                                     "S: + go\n"
                                     "CR: gr\\xc3\\xbc\\xc3\\x9f\\r\\n\n"
                                     "S: * SEARCH 2\n"
                                     "S: $c OK done\n"),
                      true));
        SearchReply *ascii =
            m_client->uidSearch(SearchKey::from(QStringLiteral("alice")) && SearchKey::unseen());
        WAIT_OK(ascii);
        QCOMPARE(ascii->numbers(), (QList<quint32>{3, 5}));
        SearchReply *utf8 = m_client->search(SearchKey::subject(QStringLiteral("grüß")));
        WAIT_OK(utf8);
        QCOMPARE(utf8->numbers(), (QList<quint32>{2}));
        SERVER_DONE();
    }

    // RFC 6855 §3: after ENABLE UTF8=ACCEPT no CHARSET, and UTF-8 goes as a quoted string.
    void searchAfterUtf8AcceptHasNoCharset()
    {
        QVERIFY(start("ENABLE UTF8=ACCEPT", QStringLiteral("C: $e ENABLE UTF8=ACCEPT\n"
                                                           "S: * ENABLED UTF8=ACCEPT\n"
                                                           "S: $e OK enabled\n"
                                                           "C: $s SELECT INBOX\n"
                                                           "S: * 1 EXISTS\n"
                                                           "S: $s OK [READ-WRITE] selected\n"
                                                           "C: $a SEARCH SUBJECT \"grüß\"\n"
                                                           "S: * SEARCH 1\n"
                                                           "S: $a OK done\n"
                                                           "C: $b CREATE \"Entwürfe\"\n"
                                                           "S: $b OK done\n")));
        WAIT_OK(m_client->enable({"UTF8=ACCEPT"}));
        WAIT_OK(m_client->select(QStringLiteral("INBOX")));
        SearchReply *search = m_client->search(SearchKey::subject(QStringLiteral("grüß")));
        WAIT_OK(search);
        QCOMPARE(search->numbers(), (QList<quint32>{1}));
        WAIT_OK(m_client->create(QStringLiteral("Entwürfe")));
        SERVER_DONE();
    }

    // --- ESEARCH, SEARCHRES (RFC 4731 §4, RFC 5182) ----------------------------------------

    void esearchAndSavedResult()
    {
        QVERIFY(start(
            "ESEARCH SEARCHRES",
            QStringLiteral(
                "C: $a UID SEARCH RETURN (MIN COUNT ALL) FLAGGED SINCE 01-Feb-1994 NOT FROM Smith\n"
                "S: * ESEARCH (TAG \"$a\") UID MIN 7 COUNT 3 ALL 7,11:12\n"
                "S: $a OK done\n"
                "C: $b UID SEARCH RETURN (SAVE) UNSEEN\n"
                "S: $b OK saved\n"
                "C: $c UID FETCH $$ (FLAGS)\n"
                "S: * 2 FETCH (UID 11 FLAGS ())\n"
                "S: $c OK done\n"),
            true));
        ESearchReply *reply =
            m_client->esearch(SearchKey::flagged() && SearchKey::since(QDate(1994, 2, 1)) &&
                                  !SearchKey::from(QStringLiteral("Smith")),
                              {"MIN", "COUNT", "ALL"});
        WAIT_OK(reply);
        QCOMPARE(reply->min(), 7u);
        QCOMPARE(reply->count(), 3u);
        QCOMPARE(reply->all(), (Ranges{{7, 7}, {11, 12}}));
        QVERIFY(reply->result().uid);
        ESearchReply *save = m_client->esearch(SearchKey::unseen(), {"SAVE"});
        WAIT_OK(save);
        FetchReply *fetch = m_client->uidFetchSaved({"FLAGS"});
        WAIT_OK(fetch);
        QCOMPARE(fetch->messages().size(), 1);
        SERVER_DONE();
    }

    void esearchRefusedWithoutCapability()
    {
        QVERIFY(start("", QString(), true));
        ESearchReply *reply = m_client->esearch(SearchKey::all(), {"COUNT"});
        WAIT_FINISHED(reply);
        QCOMPARE(reply->status(), Reply::Status::CapabilityMissing);
        SERVER_DONE();
    }

    // --- SORT, THREAD (RFC 5256 §5 examples) ----------------------------------------------

    void sortAndThread()
    {
        QVERIFY(start(
            "SORT THREAD=ORDEREDSUBJECT THREAD=REFERENCES",
            QStringLiteral("C: $a UID SORT (SUBJECT) UTF-8 SINCE 01-Feb-1994\n"
                           "S: * SORT 2 84 882\n"
                           "S: $a OK SORT completed\n"
                           "C: $b THREAD ORDEREDSUBJECT UTF-8 SINCE 05-Jan-1996\n"
                           "S: * THREAD (166)(167)(168)(169)(172)(170)(171)(173)(174 "
                           "(175)(176)(178)(181)(180))(179)(177 "
                           "(183)(182)(188)(184)(185)(186)(187)(189))(190)(191)(192)(193)(194 "
                           "195)(196 (197)(198))(199)(200 202)(201)(203)(204)(205)(206 207)(208)\n"
                           "S: $b OK THREAD completed\n"
                           "C: $c UID SORT (REVERSE DATE) UTF-8 ALL\n"
                           "S: $c NO [BADCHARSET] no\n"),
            true));
        SortReply *sort = m_client->sort({"SUBJECT"}, SearchKey::since(QDate(1994, 2, 1)));
        WAIT_OK(sort);
        QCOMPARE(sort->numbers(), (QList<quint32>{2, 84, 882}));
        ThreadReply *thread =
            m_client->threads("ORDEREDSUBJECT", SearchKey::since(QDate(1996, 1, 5)), false);
        WAIT_OK(thread);
        const Wire::Thread threads = thread->threads();
        QCOMPARE(threads.nodes.first().number, 166u);
        QCOMPARE(thread->roots().size(), 25);
        // "(174 (175)(176)...)": 175 hangs under 174.
        qsizetype n174 = -1;
        for (qsizetype i = 0; i < threads.nodes.size(); ++i) {
            if (threads.nodes.at(i).number == 174) {
                n174 = i;
            }
            if (threads.nodes.at(i).number == 175) {
                QCOMPARE(threads.nodes.at(i).parent, n174);
            }
        }
        SortReply *failed = m_client->sort({"REVERSE", "DATE"}, SearchKey::all());
        WAIT_FINISHED(failed);
        QCOMPARE(failed->responseCode().kind, Wire::ResponseCode::Kind::BadCharset);
        SERVER_DONE();
    }

    void threadAlgorithmMustBeOffered()
    {
        QVERIFY(start("THREAD=ORDEREDSUBJECT", QString(), true));
        ThreadReply *thread = m_client->threads("REFERENCES", SearchKey::all());
        WAIT_FINISHED(thread);
        QCOMPARE(thread->status(), Reply::Status::CapabilityMissing);
        SortReply *sort = m_client->sort({"DATE"}, SearchKey::all());
        WAIT_FINISHED(sort);
        QCOMPARE(sort->status(), Reply::Status::CapabilityMissing);
        SERVER_DONE();
    }

    // --- CONDSTORE / QRESYNC (RFC 7162 §3.1.3, §3.1.4, §3.2.5.1 examples) -------------------

    void condStore()
    {
        QVERIFY(start(
            "CONDSTORE",
            QStringLiteral("C: $s SELECT INBOX (CONDSTORE)\n"
                           "S: * 7 EXISTS\n"
                           "S: * OK [HIGHESTMODSEQ 715194045007] Highest\n"
                           "S: $s OK [READ-WRITE] SELECT completed, CONDSTORE is now enabled\n"
                           "C: $a UID FETCH 1:* (FLAGS) (CHANGEDSINCE 12345)\n"
                           "S: * 1 FETCH (UID 4 MODSEQ (65402) FLAGS (\\Seen))\n"
                           "S: * 2 FETCH (UID 6 MODSEQ (75403) FLAGS (\\Deleted))\n"
                           "S: $a OK Fetch completed\n"
                           "C: $b UID STORE 4,6 (UNCHANGEDSINCE 65402) +FLAGS (\\Deleted)\n"
                           "S: * 1 FETCH (UID 4 MODSEQ (65403) FLAGS (\\Deleted \\Seen))\n"
                           "S: $b OK [MODIFIED 6] Conditional STORE failed\n")));
        SelectReply *select = m_client->selectCondStore(QStringLiteral("INBOX"));
        WAIT_OK(select);
        QCOMPARE(select->highestModSeq(), 715194045007ull);
        FetchReply *changes = m_client->uidFetchChangedSince(SequenceSet::all(), {"FLAGS"}, 12345);
        WAIT_OK(changes);
        QCOMPARE(changes->messages().size(), 2);
        QCOMPARE(changes->messages().at(1).modSeq, 75403ull);
        FetchReply *store = m_client->uidStoreUnchangedSince(*SequenceSet::parse("4,6"), 65402,
                                                             Client::StoreMode::Add, {"\\Deleted"});
        WAIT_OK(store);
        QCOMPARE(store->responseCode().kind, Wire::ResponseCode::Kind::Modified);
        QCOMPARE(store->responseCode().uids, (Ranges{{6, 6}}));
        SERVER_DONE();
    }

    void qresyncSelectWithVanished()
    {
        QVERIFY(start(
            "CONDSTORE QRESYNC ENABLE",
            QStringLiteral(
                "C: $e ENABLE QRESYNC\n"
                "S: * ENABLED QRESYNC\n"
                "S: $e OK enabled\n"
                "C: $s SELECT INBOX (QRESYNC (67890007 20050715194045000 41,43:211,214:541))\n"
                "S: * 314 EXISTS\n"
                "S: * OK [UIDVALIDITY 67890007] UIDVALIDITY\n"
                "S: * OK [HIGHESTMODSEQ 20050715194045319] Highest\n"
                "S: * VANISHED (EARLIER) 41,43:116,118,120:211,214:540\n"
                "S: * 49 FETCH (UID 117 FLAGS (\\Seen \\Answered) MODSEQ (20050715194045140))\n"
                "S: $s OK [READ-WRITE] mailbox selected\n")));
        SelectReply *early = m_client->selectQResync(QStringLiteral("INBOX"), 1, 1);
        WAIT_FINISHED(early);
        QCOMPARE(early->status(), Reply::Status::NotAllowedInState); // not enabled yet
        WAIT_OK(m_client->enable({"QRESYNC"}));
        QSignalSpy vanished(m_client->mailboxState(), &MailboxState::uidsVanished);
        QSignalSpy flags(m_client->mailboxState(), &MailboxState::flagsChanged);
        SelectReply *select =
            m_client->selectQResync(QStringLiteral("INBOX"), 67890007, 20050715194045000ull,
                                    *SequenceSet::parse("41,43:211,214:541"));
        WAIT_OK(select);
        QCOMPARE(select->highestModSeq(), 20050715194045319ull);
        QCOMPARE(vanished.count(), 1);
        QCOMPARE(vanished.first().at(1).toBool(), true);
        QCOMPARE(vanished.first().at(0).value<Wire::NumberRanges>().size(), 5);
        QCOMPARE(flags.count(), 1);
        SERVER_DONE();
    }

    // --- QUOTA (RFC 9208 §4 examples) -----------------------------------------------------

    void quota()
    {
        QVERIFY(start("QUOTA QUOTA=RES-STORAGE",
                      QStringLiteral("C: $a GETQUOTAROOT INBOX\n"
                                     "S: * QUOTAROOT INBOX \"#user/alice\" \"!partition/sda4\"\n"
                                     "S: * QUOTA \"#user/alice\" (STORAGE 10 512)\n"
                                     "S: * QUOTA \"!partition/sda4\" (STORAGE 99 500)\n"
                                     "S: $a OK Getquotaroot complete\n"
                                     "C: $b GETQUOTA #user/alice\n"
                                     "S: * QUOTA \"#user/alice\" (STORAGE 54 111 MESSAGE 42 1000)\n"
                                     "S: $b OK Getquota completed\n"
                                     "C: $c SETQUOTA #user/alice (STORAGE 510)\n"
                                     "S: * QUOTA \"#user/alice\" (STORAGE 58 512)\n"
                                     "S: $c OK Rounded quota\n"
                                     "C: $d SETQUOTA \"\" (STORAGE 1)\n"
                                     "S: $d NO [NOPERM] not an admin\n")));
        QuotaReply *roots = m_client->getQuotaRoot(QStringLiteral("INBOX"));
        WAIT_OK(roots);
        QCOMPARE(roots->roots(), (QByteArrayList{"#user/alice", "!partition/sda4"}));
        QCOMPARE(roots->quotas().size(), 2);
        QCOMPARE(roots->resource("storage")->limit, 512u);
        QuotaReply *get = m_client->getQuota("#user/alice");
        WAIT_OK(get);
        QCOMPARE(get->resource("MESSAGE")->usage, 42u);
        QuotaReply *set = m_client->setQuota("#user/alice", {{"STORAGE", 510}});
        WAIT_OK(set);
        QCOMPARE(set->resource("STORAGE")->limit, 512u);
        QuotaReply *denied = m_client->setQuota("", {{"STORAGE", 1}});
        WAIT_FINISHED(denied);
        QCOMPARE(denied->responseCode().kind, Wire::ResponseCode::Kind::NoPerm);
        SERVER_DONE();
    }

    // --- ACL (RFC 4314 §3 examples) -------------------------------------------------------

    void acl()
    {
        QVERIFY(start("ACL", QStringLiteral("C: $a SETACL INBOX/Drafts Fred +rwipslxetad\n"
                                            "S: $a OK Setacl complete\n"
                                            "C: $b GETACL INBOX/Drafts\n"
                                            "S: * ACL INBOX/Drafts Fred rwipslxetad Chris lrswi\n"
                                            "S: $b OK Getacl complete\n"
                                            "C: $c LISTRIGHTS ~/Mail/saved smith\n"
                                            "S: * LISTRIGHTS ~/Mail/saved smith la r swicdkxte\n"
                                            "S: $c OK Listrights completed\n"
                                            "C: $d MYRIGHTS INBOX\n"
                                            "S: * MYRIGHTS INBOX rwiptsldaex\n"
                                            "S: $d OK Myrights complete\n"
                                            "C: $e DELETEACL INBOX/Drafts Chris\n"
                                            "S: $e OK Deleteacl complete\n"
                                            "C: $f SETACL Secret Fred r\n"
                                            "S: $f NO [NOPERM] You lack the a right\n")));
        WAIT_OK(m_client->setAcl(QStringLiteral("INBOX/Drafts"), "Fred", "+rwipslxetad"));
        AclReply *get = m_client->getAcl(QStringLiteral("INBOX/Drafts"));
        WAIT_OK(get);
        QCOMPARE(get->entries().size(), 2);
        QCOMPARE(get->entries().at(1), (Wire::ByteArrayPair{"Chris", "lrswi"}));
        AclReply *list = m_client->listRights(QStringLiteral("~/Mail/saved"), "smith");
        WAIT_OK(list);
        QCOMPARE(list->requiredRights(), QByteArray("la"));
        QCOMPARE(list->optionalRights(), (QByteArrayList{"r", "swicdkxte"}));
        AclReply *mine = m_client->myRights(QStringLiteral("INBOX"));
        WAIT_OK(mine);
        QCOMPARE(mine->myRights(), QByteArray("rwiptsldaex"));
        WAIT_OK(m_client->deleteAcl(QStringLiteral("INBOX/Drafts"), "Chris"));
        Reply *denied = m_client->setAcl(QStringLiteral("Secret"), "Fred", "r");
        WAIT_FINISHED(denied);
        QCOMPARE(denied->responseCode().kind, Wire::ResponseCode::Kind::NoPerm);
        SERVER_DONE();
    }

    // --- METADATA (RFC 5464 §4 examples) --------------------------------------------------

    void metadata()
    {
        QVERIFY(start(
            "METADATA",
            QStringLiteral(
                "C: $a SETMETADATA INBOX (/private/comment \"My new comment\" /shared/x NIL)\n"
                "S: $a OK SETMETADATA complete\n"
                "C: $b GETMETADATA (MAXSIZE 1024) \"\" /shared/comment\n"
                "S: * METADATA \"\" (/shared/comment \"Shared comment\")\n"
                "S: $b OK [METADATA LONGENTRIES 2199] GETMETADATA complete\n"
                "C: $c GETMETADATA INBOX (/private/comment /shared/comment)\n"
                "S: * METADATA INBOX (/private/comment \"My own comment\" /shared/comment NIL)\n"
                "S: $c OK GETMETADATA complete\n"
                "C: $d SETMETADATA INBOX (/private/comment \"x\")\n"
                "S: $d NO [METADATA TOOMANY] Too many annotations\n")));
        WAIT_OK(m_client->setMetadata(QStringLiteral("INBOX"),
                                      {{"/private/comment", "My new comment"}, {"/shared/x", {}}}));
        MetadataReply *server = m_client->getMetadata(QString(), {"/shared/comment"}, 1024);
        WAIT_OK(server);
        QCOMPARE(server->value("/shared/comment"), QByteArray("Shared comment"));
        QCOMPARE(server->longEntries(), 2199u);
        MetadataReply *inbox =
            m_client->getMetadata(QStringLiteral("INBOX"), {"/private/comment", "/shared/comment"});
        WAIT_OK(inbox);
        QCOMPARE(inbox->entries().size(), 2);
        QVERIFY(inbox->value("/shared/comment").isNull());
        Reply *tooMany =
            m_client->setMetadata(QStringLiteral("INBOX"), {{"/private/comment", "x"}});
        WAIT_FINISHED(tooMany);
        QCOMPARE(tooMany->responseCode().kind, Wire::ResponseCode::Kind::Metadata);
        QCOMPARE(tooMany->responseCode().list.first(), QByteArray("TOOMANY"));
        SERVER_DONE();
    }

    // --- CATENATE (RFC 4469 §5 example), APPENDLIMIT (RFC 7889) ---------------------------

    void catenate()
    {
        QVERIFY(start(
            "CATENATE UIDPLUS",
            QStringLiteral("C: $a APPEND Drafts (\\Seen \\Draft $MDNSent) CATENATE (URL "
                           "/Drafts;UIDVALIDITY=385759045/;UID=20/;section=HEADER TEXT {42}\n"
                           "S: + Ready for literal data\n"
                           "CR: \\r\\n--------------030308070208000400050907\\r\\n URL "
                           "/Drafts;UIDVALIDITY=385759045/;UID=20/;section=1.MIME)\\r\\n\n"
                           "S: $a OK [APPENDUID 385759045 45] append Completed\n"
                           "C: $b APPEND Drafts CATENATE (URL /INBOX;UIDVALIDITY=1/;UID=9)\n"
                           "S: $b NO [BADURL \"/INBOX;UIDVALIDITY=1/;UID=9\"] no such message\n")));
        const QByteArray text = "\r\n--------------030308070208000400050907\r\n";
        QCOMPARE(text.size(), 42);
        AppendReply *append = m_client->appendCatenate(
            QStringLiteral("Drafts"),
            {{true, "/Drafts;UIDVALIDITY=385759045/;UID=20/;section=HEADER"},
             {false, text},
             {true, "/Drafts;UIDVALIDITY=385759045/;UID=20/;section=1.MIME"}},
            {"\\Seen", "\\Draft", "$MDNSent"});
        WAIT_OK(append);
        QCOMPARE(append->uid(), 45u);
        AppendReply *bad = m_client->appendCatenate(QStringLiteral("Drafts"),
                                                    {{true, "/INBOX;UIDVALIDITY=1/;UID=9"}});
        WAIT_FINISHED(bad);
        QCOMPARE(bad->status(), Reply::Status::No);
        QCOMPARE(bad->responseCode().name, QByteArray("BADURL"));
        SERVER_DONE();
    }

    void catenateAndAppendLimitRefusedLocally()
    {
        QVERIFY(start("APPENDLIMIT=20", QString()));
        QCOMPARE(m_client->appendLimit(), 20u);
        AppendReply *noCatenate =
            m_client->appendCatenate(QStringLiteral("Drafts"), {{false, "short"}});
        WAIT_FINISHED(noCatenate);
        QCOMPARE(noCatenate->status(), Reply::Status::CapabilityMissing);
        SERVER_DONE();
    }

    // RFC 7889 §3: APPENDLIMIT with a value, STATUS APPENDLIMIT per mailbox, [TOOBIG] answer.
    void appendLimitFromRfcExample()
    {
        QVERIFY(start("APPENDLIMIT=257890 CATENATE",
                      QStringLiteral("C: $a STATUS INBOX (APPENDLIMIT)\n"
                                     "S: * STATUS INBOX (APPENDLIMIT 257890)\n"
                                     "S: $a OK STATUS completed\n"
                                     "C: $b APPEND INBOX {5}\n"
                                     "S: $b NO [TOOBIG] Message too large\n")));
        QCOMPARE(m_client->appendLimit(), 257890u);
        StatusReply *status = m_client->status(QStringLiteral("INBOX"), {"APPENDLIMIT"});
        WAIT_OK(status);
        QCOMPARE(status->status().appendLimit, 257890u);
        AppendReply *append = m_client->append(QStringLiteral("INBOX"), "Hello");
        WAIT_FINISHED(append);
        QCOMPARE(append->status(), Reply::Status::No);
        QCOMPARE(append->responseCode().name, QByteArray("TOOBIG"));
        // Over the limit: refused before a byte is sent.
        AppendReply *huge =
            m_client->appendCatenate(QStringLiteral("INBOX"), {{false, QByteArray(300000, 'x')}});
        WAIT_FINISHED(huge);
        QCOMPARE(huge->status(), Reply::Status::RefusedByPolicy);
        AppendReply *hugePlain = m_client->append(QStringLiteral("INBOX"), QByteArray(257891, 'x'));
        WAIT_FINISHED(hugePlain);
        QCOMPARE(hugePlain->status(), Reply::Status::RefusedByPolicy);
        SERVER_DONE();
    }

    // RFC 2971 §3.3 limits are checked before sending: nothing reaches the server.
    void idFieldLimitsCheckedBeforeSending_data()
    {
        QTest::addColumn<IdFields>("fields");
        IdFields manyPairs;
        for (int i = 0; i < 31; ++i) {
            manyPairs.append({"field" + QByteArray::number(i), "v"});
        }
        QTest::newRow("31 pairs") << manyPairs;
        QTest::newRow("31-octet name") << IdFields{{QByteArray(31, 'n'), "v"}};
        QTest::newRow("1025-octet value") << IdFields{{"name", QByteArray(1025, 'v')}};
    }

    void idFieldLimitsCheckedBeforeSending()
    {
        QFETCH(IdFields, fields);
        QVERIFY(start("ID", QStringLiteral("C: $a ID (\"name\" \"Lettertray\")\n"
                                           "S: * ID NIL\n"
                                           "S: $a OK ID completed\n")));
        IdReply *refused = m_client->id(fields);
        WAIT_FINISHED(refused);
        QCOMPARE(refused->status(), Reply::Status::InvalidArgument);
        QVERIFY(refused->errorString().contains(QStringLiteral("ID")));
        // A valid ID still goes out afterwards; the script proves the refused one never did.
        WAIT_OK(m_client->id({{"name", "Lettertray"}}));
        SERVER_DONE();
    }

    // --- IMAP4rev2 (RFC 9051 §6.3.1 example) ----------------------------------------------

    void enableImap4rev2()
    {
        QVERIFY(start("IMAP4rev2", QStringLiteral("C: $a ENABLE IMAP4rev2\n"
                                                  "S: * ENABLED IMAP4rev2\n"
                                                  "S: $a OK ENABLE command completed\n"
                                                  "C: $b NAMESPACE\n"
                                                  "S: * NAMESPACE ((\"\" \"/\")) NIL NIL\n"
                                                  "S: $b OK done\n")));
        EnableReply *enable = m_client->enableImap4rev2();
        WAIT_OK(enable);
        QVERIFY(m_client->enabledCapabilities().contains("IMAP4rev2"));
        // NAMESPACE is part of IMAP4rev2 without its own capability.
        WAIT_OK(m_client->namespaces());
        SERVER_DONE();
    }

    void enableImap4rev2RefusedWhenNotOffered()
    {
        QVERIFY(start("ENABLE", QString()));
        EnableReply *enable = m_client->enableImap4rev2();
        WAIT_FINISHED(enable);
        QCOMPARE(enable->status(), Reply::Status::CapabilityMissing);
        SERVER_DONE();
    }

    // --- OBJECTID (RFC 8474 §5, §7 examples), PREVIEW, STATUS=SIZE, BINARY --------------

    void objectIdPreviewSizeBinary()
    {
        QVERIFY(
            start("OBJECTID PREVIEW STATUS=SIZE BINARY",
                  QStringLiteral(
                      "C: $a CREATE foo\n"
                      "S: $a OK [MAILBOXID (F2212ea87-6097-4256-9d51-71338625)] Completed\n"
                      "C: $b FETCH 1:2 (EMAILID THREADID PREVIEW BINARY.SIZE[1] BINARY.PEEK[1])\n"
                      "S: * 1 FETCH (EMAILID (M6d99ac3275bb4e) THREADID (T64b478a75b7ea9) PREVIEW "
                      "\"Hello\" BINARY.SIZE[1] 3 BINARY[1] {3}\n"
                      "R: a\\x00b)\\r\\n\n"
                      "S: * 2 FETCH (EMAILID (M5fdc09b49ea703) THREADID NIL PREVIEW NIL)\n"
                      "S: $b OK done\n"
                      "C: $c STATUS INBOX (SIZE)\n"
                      "S: * STATUS INBOX (SIZE 44421)\n"
                      "S: $c OK done\n"),
                  true));
        Reply *create = m_client->create(QStringLiteral("foo"));
        WAIT_OK(create);
        QCOMPARE(create->responseCode().kind, Wire::ResponseCode::Kind::MailboxId);
        QCOMPARE(create->responseCode().list.first(),
                 QByteArray("F2212ea87-6097-4256-9d51-71338625"));
        FetchReply *fetch =
            m_client->fetch(SequenceSet::range(1, 2),
                            {"EMAILID", "THREADID", "PREVIEW", "BINARY.SIZE[1]", "BINARY.PEEK[1]"});
        WAIT_OK(fetch);
        const QList<Wire::Fetch> messages = fetch->messages();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).extras->emailId, QByteArray("M6d99ac3275bb4e"));
        QCOMPARE(messages.at(0).extras->threadId, QByteArray("T64b478a75b7ea9"));
        QCOMPARE(*messages.at(0).extras->preview, QByteArray("Hello"));
        QCOMPARE(messages.at(0).extras->sections.first().data, QByteArray("a\0b", 3));
        QCOMPARE(messages.at(0).extras->binarySizes.first().size, 3u);
        QVERIFY(messages.at(1).extras->threadId.isNull());
        StatusReply *status = m_client->status(QStringLiteral("INBOX"), {"SIZE"});
        WAIT_OK(status);
        QCOMPARE(status->status().size, 44421u);
        SERVER_DONE();
    }

    // --- NOTIFY (RFC 5465 §5 examples) ----------------------------------------------------

    void notify()
    {
        QVERIFY(start("NOTIFY", QStringLiteral(
                                    "C: $a NOTIFY SET STATUS (SELECTED (MessageExpunge MessageNew "
                                    "(UID FLAGS))) (MAILBOXES (INBOX Lists) (MessageNew "
                                    "MessageExpunge)) (PERSONAL (MailboxName SubscriptionChange))\n"
                                    "S: * STATUS Lists (MESSAGES 3 UIDNEXT 7)\n"
                                    "S: $a OK NOTIFY completed\n"
                                    "S: * STATUS INBOX (MESSAGES 12 UIDNEXT 50)\n"
                                    "S: * LIST () \"/\" NewFolder\n"
                                    "C: $b NOTIFY NONE\n"
                                    "S: $b OK done\n"
                                    "C: $c NOTIFY SET (MAILBOXES (Lists) (MessageNew))\n"
                                    "S: $c NO [BADEVENT (MessageNew MessageExpunge)] MessageNew "
                                    "needs MessageExpunge\n")));
        NotifyWatcher watcher(m_client.get());
        QSignalSpy status(&watcher, &NotifyWatcher::statusChanged);
        QSignalSpy mailboxes(&watcher, &NotifyWatcher::mailboxChanged);
        Reply *notify =
            m_client->notify({{"SELECTED", {}, {"MessageExpunge", "MessageNew (UID FLAGS)"}},
                              {"MAILBOXES",
                               {QStringLiteral("INBOX"), QStringLiteral("Lists")},
                               {"MessageNew", "MessageExpunge"}},
                              {"PERSONAL", {}, {"MailboxName", "SubscriptionChange"}}},
                             true);
        WAIT_OK(notify);
        QTRY_COMPARE_WITH_TIMEOUT(status.count(), 2, kWait);
        QCOMPARE(status.at(0).at(0).toString(), QStringLiteral("Lists"));
        QCOMPARE(status.at(1).at(1).value<Wire::StatusData>().uidNext, 50u);
        QTRY_COMPARE_WITH_TIMEOUT(mailboxes.count(), 1, kWait);
        QCOMPARE(mailboxes.at(0).at(0).toString(), QStringLiteral("NewFolder"));
        WAIT_OK(m_client->notifyNone());
        Reply *bad = m_client->notify({{"MAILBOXES", {QStringLiteral("Lists")}, {"MessageNew"}}});
        WAIT_FINISHED(bad);
        QCOMPARE(bad->status(), Reply::Status::No);
        QCOMPARE(bad->responseCode().name, QByteArray("BADEVENT"));
        SERVER_DONE();
    }

    void notifyRefusedWithoutCapability()
    {
        QVERIFY(start("", QString()));
        Reply *notify = m_client->notifyNone();
        WAIT_FINISHED(notify);
        QCOMPARE(notify->status(), Reply::Status::CapabilityMissing);
        Reply *compress = m_client->compress();
        WAIT_FINISHED(compress);
        QCOMPARE(compress->status(), Reply::Status::CapabilityMissing);
        SERVER_DONE();
    }

    // A command that needs a capability besides the one of its command table row (a THREAD
    // algorithm, SEARCHRES's ESEARCH, CONDSTORE modifiers, CATENATE, IMAP4rev2) is refused with
    // CapabilityMissing, like a missing table capability, and not as a policy decision.
    void secondCapabilityMissing_data()
    {
        QTest::addColumn<QByteArray>("capabilities");
        QTest::addColumn<bool>("selected");
        QTest::addColumn<int>("which");
        QTest::newRow("THREAD=REFERENCES") << QByteArray("THREAD=ORDEREDSUBJECT") << true << 0;
        QTest::newRow("SAVE without ESEARCH") << QByteArray("SEARCHRES") << true << 1;
        QTest::newRow("SELECT (CONDSTORE)") << QByteArray() << false << 2;
        QTest::newRow("FETCH (CHANGEDSINCE)") << QByteArray() << true << 3;
        QTest::newRow("STORE (UNCHANGEDSINCE)") << QByteArray() << true << 4;
        QTest::newRow("ENABLE IMAP4rev2") << QByteArray("ENABLE") << false << 5;
        QTest::newRow("CATENATE") << QByteArray("APPENDLIMIT=100") << false << 6;
    }
    void secondCapabilityMissing()
    {
        QFETCH(QByteArray, capabilities);
        QFETCH(bool, selected);
        QFETCH(int, which);
        QVERIFY(start(capabilities, QString(), selected));
        Reply *reply = nullptr;
        switch (which) {
        case 0:
            reply = m_client->threads("REFERENCES", SearchKey::all());
            break;
        case 1:
            reply = m_client->esearch(SearchKey::all(), {"SAVE"});
            break;
        case 2:
            reply = m_client->selectCondStore(QStringLiteral("INBOX"));
            break;
        case 3:
            reply = m_client->uidFetchChangedSince(SequenceSet::all(), {"FLAGS"}, 1);
            break;
        case 4:
            reply = m_client->uidStoreUnchangedSince(SequenceSet::single(1), 5,
                                                     Client::StoreMode::Add, {"\\Seen"});
            break;
        case 5:
            reply = m_client->enableImap4rev2();
            break;
        default:
            reply = m_client->appendCatenate(QStringLiteral("Drafts"), {{false, "short"}});
            break;
        }
        WAIT_FINISHED(reply);
        QCOMPARE(reply->status(), Reply::Status::CapabilityMissing);
        QVERIFY2(reply->text().contains(QLatin1String("does not support")),
                 qPrintable(reply->text()));
        SERVER_DONE(); // nothing was sent
    }

    // --- COMPRESS=DEFLATE (RFC 4978) --------------------------------------------------------

    // The exact bytes both ways: the switch happens at the byte after the tagged OK, also when
    // the first compressed bytes come in the same segment as the OK (and, in the split run,
    // in 3-byte pieces); every later command is deflated with a sync flush; a second COMPRESS
    // is refused locally.
    void compressExactBytes()
    {
        Deflater server;
        Deflater client;
        const QByteArray serverFirst = "* OK [ALERT] compressed hello\r\n";
        const QByteArray noop = "A0002 NOOP\r\n";
        const QByteArray serverSecond = "* 1 RECENT\r\nA0002 OK NOOP done\r\n";
        const QByteArray noop2 = "A0003 NOOP\r\n";
        const QByteArray serverLast = "* 3 RECENT\r\nA0003 OK NOOP done\r\n";
        const QByteArray first = server(serverFirst);
        const QByteArray noopWire = client(noop);
        const QByteArray second = server(serverSecond);
        const QByteArray noop2Wire = client(noop2);
        const QByteArray last = server(serverLast);
        QVERIFY(start("COMPRESS=DEFLATE",
                      QStringLiteral("C: A0001 COMPRESS DEFLATE\n"
                                     "R: A0001 OK DEFLATE active\\r\\n%1\n"
                                     "CR: %2\n"
                                     "R: %3\n"
                                     "CR: %4\n"
                                     "R: %5\n")
                          .arg(escapedScriptBytes(first), escapedScriptBytes(noopWire),
                               escapedScriptBytes(second), escapedScriptBytes(noop2Wire),
                               escapedScriptBytes(last))));
        QSignalSpy alerts(m_client.get(), &Client::alertReceived);
        QVERIFY(!m_client->isCompressed());
        Reply *compress = m_client->compress();
        WAIT_OK(compress);
        QVERIFY(m_client->isCompressed());
        QTRY_COMPARE_WITH_TIMEOUT(alerts.count(), 1, kWait); // inflated and parsed
        QCOMPARE(alerts.first().first().toString(), QStringLiteral("compressed hello"));
        WAIT_OK(m_client->noop());
        // The flush marker after the tagged OK may still be on its way.
        QTRY_COMPARE_WITH_TIMEOUT(m_client->compressionStatistics().compressedBytesRead,
                                  qint64(first.size() + second.size()), kWait);
        Client::CompressionStatistics statistics = m_client->compressionStatistics();
        QVERIFY(statistics.active);
        QCOMPARE(statistics.uncompressedBytesRead,
                 qint64(serverFirst.size() + serverSecond.size()));
        QCOMPARE(statistics.compressedBytesWritten, qint64(noopWire.size()));
        QCOMPARE(statistics.uncompressedBytesWritten, qint64(noop.size()));
        Reply *again = m_client->compress();
        WAIT_FINISHED(again);
        QCOMPARE(again->status(), Reply::Status::NotAllowedInState);
        WAIT_OK(m_client->noop());
        SERVER_DONE();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->compressionStatistics().compressedBytesRead,
                                  qint64(first.size() + second.size() + last.size()), kWait);
        m_client->disconnectFromHost();
        // Kept after the connection closed.
        statistics = m_client->compressionStatistics();
        QVERIFY(!statistics.active);
        QCOMPARE(statistics.compressedBytesWritten, qint64(noopWire.size() + noop2Wire.size()));
        QCOMPARE(statistics.uncompressedBytesWritten, qint64(noop.size() + noop2.size()));
        QCOMPARE(statistics.uncompressedBytesRead,
                 qint64(serverFirst.size() + serverSecond.size() + serverLast.size()));
    }

    void compressRefusedStaysPlain()
    {
        QVERIFY(start("COMPRESS=DEFLATE",
                      QStringLiteral("C: $a COMPRESS DEFLATE\n"
                                     "S: $a NO [COMPRESSIONACTIVE] DEFLATE active via TLS\n"
                                     "C: $b NOOP\n"
                                     "S: $b OK still plain\n")));
        Reply *compress = m_client->compress();
        WAIT_FINISHED(compress);
        QCOMPARE(compress->status(), Reply::Status::No);
        QCOMPARE(compress->responseCode().name, QByteArray("COMPRESSIONACTIVE"));
        QVERIFY(!m_client->isCompressed());
        WAIT_OK(m_client->noop());
        SERVER_DONE();
    }

    // A corrupt deflate stream from the server ends the connection with a clear error.
    void compressCorruptStreamFails()
    {
        QVERIFY(start("COMPRESS=DEFLATE", QStringLiteral("C: $a COMPRESS DEFLATE\n"
                                                         "S: $a OK DEFLATE active\n"
                                                         "R: \\xff\\xff\\xff\\xffgarbage\n"
                                                         "HANG\n")));
        QSignalSpy errors(m_client.get(), &Client::errorOccurred);
        WAIT_OK(m_client->compress());
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kWait);
        QCOMPARE(m_client->lastError().kind, ConnectionError::Kind::ProtocolError);
        QVERIFY2(m_client->lastError().message.contains(QLatin1String("corrupt")),
                 qPrintable(m_client->lastError().message));
    }

    // --- X-GM-EXT-1 (Gmail's documented examples) ------------------------------------------

    void gmailExtensions()
    {
        QVERIFY(
            start("X-GM-EXT-1",
                  QStringLiteral(
                      "C: $a UID FETCH 1:* (X-GM-MSGID X-GM-THRID X-GM-LABELS)\n"
                      "S: * 1 FETCH (X-GM-MSGID 1278455344230334865 X-GM-THRID 1266894439832287888 "
                      "X-GM-LABELS (\\Inbox \\Sent Important \"Muy Importante\") UID 4)\n"
                      "S: $a OK FETCH (Success)\n"
                      "C: $b UID SEARCH X-GM-RAW \"has:attachment in:unread\"\n"
                      "S: * SEARCH 123 12344 5992\n"
                      "S: $b OK SEARCH (Success)\n"),
                  true));
        FetchReply *fetch =
            m_client->uidFetch(SequenceSet::all(), {"X-GM-MSGID", "X-GM-THRID", "X-GM-LABELS"});
        WAIT_OK(fetch);
        const Wire::Fetch message = fetch->messages().first();
        QCOMPARE(message.extras->gmailMessageId, 1278455344230334865ull);
        QCOMPARE(message.extras->gmailThreadId, 1266894439832287888ull);
        QCOMPARE(message.extras->gmailLabels->size(), 4);
        SearchReply *search =
            m_client->uidSearch(SearchKey::gmailRaw(QStringLiteral("has:attachment in:unread")));
        WAIT_OK(search);
        QCOMPARE(search->numbers(), (QList<quint32>{123, 12344, 5992}));
        SERVER_DONE();
    }

    // --- LITERAL+ / LITERAL- (RFC 7888) ---------------------------------------------------

    void nonSynchronisingLiterals_data()
    {
        QTest::addColumn<QByteArray>("capability");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("nonSync");
        QTest::newRow("LITERAL+ small") << QByteArray("LITERAL+") << 10 << true;
        QTest::newRow("LITERAL+ large") << QByteArray("LITERAL+") << 5000 << true;
        QTest::newRow("LITERAL- small") << QByteArray("LITERAL-") << 4096 << true;
        QTest::newRow("LITERAL- large") << QByteArray("LITERAL-") << 4097 << false;
        QTest::newRow("neither") << QByteArray() << 10 << false;
    }
    void nonSynchronisingLiterals()
    {
        QFETCH(QByteArray, capability);
        QFETCH(int, size);
        QFETCH(bool, nonSync);
        const QString body = QString(size, QLatin1Char('m'));
        const QString script =
            nonSync ? QStringLiteral("C: $a APPEND INBOX {%1+}\nC: %2\nS: $a OK appended\n")
                          .arg(size)
                          .arg(body)
                    : QStringLiteral("C: $a APPEND INBOX {%1}\nS: + go\nC: %2\nS: $a OK appended\n")
                          .arg(size)
                          .arg(body);
        QVERIFY(start(capability, script));
        AppendReply *append = m_client->append(QStringLiteral("INBOX"), QByteArray(size, 'm'));
        WAIT_OK(append);
        SERVER_DONE();
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestCommandsScripted test;
    int result = QTest::qExec(&test, argc, argv);
    s_split = true; // every conversation again, with the server's bytes split
    result |= QTest::qExec(&test, argc, argv);
    return result;
}
#include "tst_commands_scripted.moc"
