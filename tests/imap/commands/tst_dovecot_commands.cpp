// The command set against the real Dovecot of the session harness (extensions enabled in its
// configuration): folders, LIST-EXTENDED with SPECIAL-USE and LIST-STATUS, NAMESPACE, APPEND
// with flags/date and CATENATE, COPY/MOVE with COPYUID, UID EXPUNGE, CONDSTORE/QRESYNC resync
// after changes from a second connection, ESEARCH, SORT, THREAD, QUOTA, ACL, METADATA,
// COMPRESS for a whole session, BINARY, PREVIEW and NOTIFY on two mailboxes.

#include "imap/AclReply.h"
#include "imap/AppendReply.h"
#include "imap/Client.h"
#include "imap/CopyReply.h"
#include "imap/ESearchReply.h"
#include "imap/EnableReply.h"
#include "imap/FetchReply.h"
#include "imap/IdleReply.h"
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
#include "support/DovecotFixture.h"

#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Imap;
using Security = ConnectionSettings::Security;
using TestSupport::DovecotFixture;
using Wire::SearchKey;
using Wire::SequenceSet;

namespace {
constexpr int kWait = 10000;

QByteArray message(const QByteArray &subject, const QByteArray &extraHeaders = {},
                   const QByteArray &body = "Hello there.\r\n")
{
    return "From: Alice <alice@example.org>\r\nTo: Bob <bob@example.org>\r\nSubject: " + subject +
           "\r\nDate: Mon, 7 Feb 1994 21:52:25 -0800\r\nMessage-ID: <" + subject.toHex() +
           "@example.org>\r\n" + extraHeaders + "\r\n" + body;
}
} // namespace

#define WAIT_OK(reply)                                                                             \
    do {                                                                                           \
        auto *waited_ = (reply);                                                                   \
        QTRY_VERIFY_WITH_TIMEOUT(waited_->isFinished(), kWait);                                    \
        QVERIFY2(waited_->isOk(), qPrintable(waited_->errorString()));                             \
    } while (false)
#define WAIT_FINISHED(reply) QTRY_VERIFY_WITH_TIMEOUT((reply)->isFinished(), kWait)

class TestDovecotCommands : public QObject
{
    Q_OBJECT

private:
    DovecotFixture m_dovecot;
    DovecotFixture::User m_user;

    ConnectionSettings settings() const
    {
        ConnectionSettings s;
        s.host = m_dovecot.host();
        s.security = Security::ImplicitTls;
        s.port = m_dovecot.imapsPort();
        s.caCertificates = m_dovecot.caCertificates();
        s.useSystemCaCertificates = false;
        s.peerVerifyName = QStringLiteral("localhost");
        return s;
    }

    // A logged-in client for a fresh user (one per test keeps the tests independent).
    std::unique_ptr<Client> login(const DovecotFixture::User &user)
    {
        auto client = std::make_unique<Client>();
        QSignalSpy connected(client.get(), &Client::connected);
        client->connectToHost(settings());
        if (!connected.wait(kWait)) {
            qWarning() << client->lastError().message;
            return nullptr;
        }
        Reply *reply = client->login(user.name, user.password);
        QSignalSpy done(reply, &Reply::finished);
        if (!done.wait(kWait) || !reply->isOk()) {
            qWarning() << reply->errorString();
            return nullptr;
        }
        return client;
    }

private Q_SLOTS:
    void initTestCase() { LETTERTRAY_REQUIRE(m_dovecot.status()); }

    void init()
    {
        m_user = m_dovecot.createUser(QStringLiteral("commands"));
        QVERIFY2(!m_user.name.isEmpty(), qPrintable(m_dovecot.errorString()));
    }

    void foldersNamespaceAndListExtended()
    {
        auto client = login(m_user);
        QVERIFY(client);
        NamespaceReply *ns = client->namespaces();
        WAIT_OK(ns);
        QVERIFY(!ns->personal().isEmpty());
        const QByteArray delimiter = ns->personal().first().delimiter;
        QVERIFY(!delimiter.isEmpty());

        WAIT_OK(client->create(QStringLiteral("Projekte")));
        Reply *exists = client->create(QStringLiteral("Projekte"));
        WAIT_FINISHED(exists);
        QCOMPARE(exists->status(), Reply::Status::No);
        QCOMPARE(exists->responseCode().kind, Wire::ResponseCode::Kind::AlreadyExists);
        WAIT_OK(client->rename(QStringLiteral("Projekte"), QStringLiteral("Entwürfe alt")));
        WAIT_OK(client->subscribe(QStringLiteral("Entwürfe alt")));
        ListReply *lsub = client->lsub(QString(), QStringLiteral("Entw*"));
        WAIT_OK(lsub);
        QCOMPARE(lsub->mailboxes().size(), 1);
        QCOMPARE(client->mailboxName(lsub->mailboxes().first().mailbox),
                 QStringLiteral("Entwürfe alt"));

        AppendReply *append = client->append(QStringLiteral("INBOX"), message("one"));
        WAIT_OK(append);
        MailboxListReply *list = client->listExtended(QString(), {QStringLiteral("*")}, {},
                                                      {"SPECIAL-USE", "SUBSCRIBED"},
                                                      {"MESSAGES", "UNSEEN", "UIDNEXT", "SIZE"});
        WAIT_OK(list);
        QVERIFY(!list->specialUse("\\Sent").isEmpty());
        QVERIFY(!list->specialUse("\\Trash").isEmpty());
        const auto inbox = list->statusOf("INBOX");
        QVERIFY(inbox);
        QCOMPARE(inbox->messages, 1u);
        QCOMPARE(inbox->unseen, 1u);
        QVERIFY(inbox->size.value_or(0) > 0);
        // SUBSCRIBED as a selection option: only the subscribed folder matches the pattern.
        MailboxListReply *subscribed =
            client->listExtended(QString(), {QStringLiteral("Entw*")}, {"SUBSCRIBED"}, {});
        WAIT_OK(subscribed);
        QCOMPARE(subscribed->mailboxes().size(), 1);
        QVERIFY(subscribed->mailboxes().first().attributes.contains("\\Subscribed"));

        WAIT_OK(client->unsubscribe(QStringLiteral("Entwürfe alt")));
        WAIT_OK(client->deleteMailbox(QStringLiteral("Entwürfe alt")));
        Reply *gone = client->deleteMailbox(QStringLiteral("Entwürfe alt"));
        WAIT_FINISHED(gone);
        QCOMPARE(gone->responseCode().kind, Wire::ResponseCode::Kind::NonExistent);
    }

    void appendCatenateCopyMoveExpunge()
    {
        auto client = login(m_user);
        QVERIFY(client);
        WAIT_OK(client->create(QStringLiteral("Archive2")));
        const QDateTime date(QDate(2021, 3, 4), QTime(5, 6, 7), Qt::UTC);
        AppendReply *first = client->append(QStringLiteral("INBOX"), message("first"),
                                            {"\\Flagged", "$Label1"}, date);
        WAIT_OK(first);
        QVERIFY(first->uid() > 0);
        // CATENATE: the header of the first message, then new text.
        const QByteArray url = "/INBOX;UIDVALIDITY=" + QByteArray::number(first->uidValidity()) +
                               "/;UID=" + QByteArray::number(first->uid()) + "/;SECTION=HEADER";
        AppendReply *joined = client->appendCatenate(
            QStringLiteral("INBOX"), {{true, url}, {false, "Joined body.\r\n"}}, {"\\Seen"});
        WAIT_OK(joined);
        QCOMPARE(joined->uid(), first->uid() + 1);

        WAIT_OK(client->select(QStringLiteral("INBOX")));
        FetchReply *fetch =
            client->uidFetch(SequenceSet::all(), {"FLAGS", "INTERNALDATE", "BODY.PEEK[TEXT]",
                                                  "BODY.PEEK[HEADER.FIELDS (SUBJECT)]"});
        WAIT_OK(fetch);
        QCOMPARE(fetch->messages().size(), 2);
        const Wire::Fetch one = fetch->messages().at(0);
        QVERIFY(one.flags->contains("$Label1"));
        QCOMPARE(one.internalDate, QByteArray("04-Mar-2021 05:06:07 +0000"));
        const Wire::Fetch two = fetch->messages().at(1);
        QCOMPARE(two.extras->sections.at(0).data, QByteArray("Joined body.\r\n"));
        QVERIFY(two.extras->sections.at(1).data.contains("Subject: first"));

        CopyReply *copy =
            client->uidCopy(SequenceSet::single(first->uid()), QStringLiteral("Archive2"));
        WAIT_OK(copy);
        QVERIFY(copy->hasCopyUid());
        QCOMPARE(copy->uidMapping().size(), 1);
        CopyReply *missing =
            client->uidCopy(SequenceSet::single(first->uid()), QStringLiteral("Nowhere"));
        WAIT_FINISHED(missing);
        QCOMPARE(missing->responseCode().kind, Wire::ResponseCode::Kind::TryCreate);

        QSignalSpy expunged(client->mailboxState(), &MailboxState::messageExpunged);
        CopyReply *move =
            client->uidMove(SequenceSet::single(joined->uid()), QStringLiteral("Archive2"));
        WAIT_OK(move);
        QVERIFY(move->hasCopyUid());
        QCOMPARE(move->sourceUids(), (Wire::NumberRanges{{joined->uid(), joined->uid()}}));
        QCOMPARE(expunged.count(), 1);
        QCOMPARE(client->mailboxState()->exists(), 1u);

        // UID EXPUNGE removes only the UIDs named, even with other \Deleted messages.
        AppendReply *third =
            client->append(QStringLiteral("INBOX"), message("third"), {"\\Deleted"});
        WAIT_OK(third);
        WAIT_OK(client->uidStore(SequenceSet::single(first->uid()), Client::StoreMode::Add,
                                 {"\\Deleted"}));
        WAIT_OK(client->uidExpunge(SequenceSet::single(first->uid())));
        SearchReply *left = client->uidSearch(SearchKey::all());
        WAIT_OK(left);
        QCOMPARE(left->numbers(), QList<quint32>{third->uid()});

        // Archive2 holds the copy and the moved message.
        SelectReply *archive = client->select(QStringLiteral("Archive2"));
        WAIT_OK(archive);
        QCOMPARE(archive->exists(), 2u);
    }

    void condStoreAndQResyncAfterChangesElsewhere()
    {
        auto client = login(m_user);
        QVERIFY(client);
        for (int i = 0; i < 4; ++i) {
            WAIT_OK(client->append(QStringLiteral("INBOX"), message("m" + QByteArray::number(i))));
        }
        WAIT_OK(client->enable({"QRESYNC"}));
        SelectReply *select = client->selectCondStore(QStringLiteral("INBOX"));
        WAIT_OK(select);
        const quint32 validity = select->uidValidity();
        const quint64 modSeq = select->highestModSeq();
        QVERIFY(modSeq > 0);
        WAIT_OK(client->unselect());

        // A second connection flags message 2 and expunges message 3.
        {
            auto other = login(m_user);
            QVERIFY(other);
            WAIT_OK(other->select(QStringLiteral("INBOX")));
            WAIT_OK(other->uidStore(SequenceSet::single(2), Client::StoreMode::Add, {"\\Flagged"}));
            WAIT_OK(other->uidStore(SequenceSet::single(3), Client::StoreMode::Add, {"\\Deleted"}));
            WAIT_OK(other->uidExpunge(SequenceSet::single(3)));
            WAIT_OK(other->logout());
        }

        QSignalSpy vanished(client->mailboxState(), &MailboxState::uidsVanished);
        QSignalSpy flags(client->mailboxState(), &MailboxState::flagsChanged);
        SelectReply *resync = client->selectQResync(QStringLiteral("INBOX"), validity, modSeq,
                                                    SequenceSet::range(1, 4));
        WAIT_OK(resync);
        QVERIFY(resync->highestModSeq() > modSeq);
        QCOMPARE(vanished.count(), 1);
        QCOMPARE(vanished.first().at(0).value<Wire::NumberRanges>(), (Wire::NumberRanges{{3, 3}}));
        QVERIFY(vanished.first().at(1).toBool()); // EARLIER
        QCOMPARE(flags.count(), 1);
        QCOMPARE(flags.first().at(1).toUInt(), 2u);

        FetchReply *changed =
            client->uidFetchChangedSince(SequenceSet::all(), {"FLAGS"}, modSeq, true);
        WAIT_OK(changed);
        QCOMPARE(changed->messages().size(), 1);
        QCOMPARE(changed->messages().first().uid, 2u);

        // UNCHANGEDSINCE: a store conditioned on an old modseq is refused for what changed.
        FetchReply *conditional = client->uidStoreUnchangedSince(
            SequenceSet::range(1, 2), modSeq, Client::StoreMode::Add, {"\\Answered"});
        WAIT_OK(conditional);
        QCOMPARE(conditional->responseCode().kind, Wire::ResponseCode::Kind::Modified);
        QCOMPARE(conditional->responseCode().uids, (Wire::NumberRanges{{2, 2}}));
    }

    void esearchSortThread()
    {
        auto client = login(m_user);
        QVERIFY(client);
        // Distinct arrival times, so that ARRIVAL has no ties.
        const QList<QByteArray> mails{
            message("Zebra"), message("apple"),
            message("Re: Zebra",
                    "In-Reply-To: <" + QByteArray("Zebra").toHex() + "@example.org>\r\n"),
            message("Grüße", {}, "Grüße\r\n")};
        for (qsizetype i = 0; i < mails.size(); ++i) {
            const QDateTime arrival(QDate(2024, 1, 1 + int(i)), QTime(12, 0), Qt::UTC);
            WAIT_OK(client->append(QStringLiteral("INBOX"), mails.at(i), {}, arrival));
        }
        WAIT_OK(client->select(QStringLiteral("INBOX")));

        ESearchReply *esearch = client->esearch(SearchKey::all(), {"MIN", "MAX", "COUNT", "ALL"});
        WAIT_OK(esearch);
        QCOMPARE(esearch->count(), 4u);
        QCOMPARE(esearch->min(), 1u);
        QCOMPARE(esearch->max(), 4u);
        QCOMPARE(esearch->all(), (Wire::NumberRanges{{1, 4}}));
        ESearchReply *save = client->esearch(SearchKey::subject(QStringLiteral("zebra")), {"SAVE"});
        WAIT_OK(save);
        FetchReply *saved = client->uidFetchSaved({"UID"});
        WAIT_OK(saved);
        QCOMPARE(saved->messages().size(), 2);

        // Non-ASCII text: CHARSET UTF-8 is sent, Dovecot accepts it.
        SearchReply *utf8 = client->uidSearch(SearchKey::body(QStringLiteral("grüße")));
        WAIT_OK(utf8);
        QCOMPARE(utf8->numbers(), QList<quint32>{4});

        SortReply *sort = client->sort({"SUBJECT"}, SearchKey::all());
        WAIT_OK(sort);
        // Base subjects: apple, Grüße, Zebra, Zebra (Re: removed); ties by sequence.
        QCOMPARE(sort->numbers(), (QList<quint32>{2, 4, 1, 3}));
        SortReply *reverse = client->sort({"REVERSE", "ARRIVAL"}, SearchKey::all(), false);
        WAIT_OK(reverse);
        QCOMPARE(reverse->numbers(), (QList<quint32>{4, 3, 2, 1}));

        ThreadReply *references = client->threads("REFERENCES", SearchKey::all());
        WAIT_OK(references);
        QCOMPARE(references->roots().size(), 3);
        const Wire::Thread threads = references->threads();
        bool replyUnderZebra = false;
        for (const Wire::ThreadNode &node : threads.nodes) {
            if (node.number == 3 && node.parent >= 0) {
                replyUnderZebra = threads.nodes.at(node.parent).number == 1;
            }
        }
        QVERIFY(replyUnderZebra);
        ThreadReply *ordered = client->threads("ORDEREDSUBJECT", SearchKey::all());
        WAIT_OK(ordered);
        QCOMPARE(ordered->roots().size(), 3);
    }

    void quotaAclMetadata()
    {
        auto client = login(m_user);
        QVERIFY(client);
        WAIT_OK(client->append(QStringLiteral("INBOX"), message("sized")));
        QuotaReply *roots = client->getQuotaRoot(QStringLiteral("INBOX"));
        WAIT_OK(roots);
        QCOMPARE(roots->roots().size(), 1);
        const auto storage = roots->resource("STORAGE");
        QVERIFY(storage);
        QCOMPARE(storage->limit, 1024u * 1024u); // quota_rule = *:storage=1G, in KiB
        QVERIFY(storage->usage >= 1);
        QuotaReply *byRoot = client->getQuota(roots->roots().first());
        WAIT_OK(byRoot);
        QCOMPARE(byRoot->quotas().size(), 1);
        // Users may not raise their own quota: Dovecot refuses SETQUOTA.
        QuotaReply *set = client->setQuota(roots->roots().first(), {{"STORAGE", 10}});
        WAIT_FINISHED(set);
        QVERIFY(set->status() == Reply::Status::No || set->status() == Reply::Status::Bad);

        // ACL round trip on a folder of our own.
        WAIT_OK(client->create(QStringLiteral("Shared")));
        AclReply *mine = client->myRights(QStringLiteral("Shared"));
        WAIT_OK(mine);
        QVERIFY(mine->myRights().contains('a'));
        WAIT_OK(client->setAcl(QStringLiteral("Shared"), "bob", "lr"));
        AclReply *acl = client->getAcl(QStringLiteral("Shared"));
        WAIT_OK(acl);
        QVERIFY2(acl->entries().contains(Wire::ByteArrayPair("bob", "lr")),
                 qPrintable(QString::number(acl->entries().size())));
        AclReply *rights = client->listRights(QStringLiteral("Shared"), "bob");
        WAIT_OK(rights);
        QVERIFY(!rights->optionalRights().isEmpty());
        WAIT_OK(client->deleteAcl(QStringLiteral("Shared"), "bob"));
        AclReply *after = client->getAcl(QStringLiteral("Shared"));
        WAIT_OK(after);
        for (const auto &entry : after->entries()) {
            QVERIFY(entry.first != "bob");
        }

        // METADATA round trip: set, read, remove.
        WAIT_OK(client->setMetadata(QStringLiteral("Shared"),
                                    {{"/private/comment", "Lettertray was here"}}));
        MetadataReply *get =
            client->getMetadata(QStringLiteral("Shared"), {"/private/comment", "/shared/comment"});
        WAIT_OK(get);
        QCOMPARE(get->value("/private/comment"), QByteArray("Lettertray was here"));
        MetadataReply *small =
            client->getMetadata(QStringLiteral("Shared"), {"/private/comment"}, 5);
        WAIT_OK(small);
        QCOMPARE(small->longEntries(), 19u);
        WAIT_OK(client->setMetadata(QStringLiteral("Shared"), {{"/private/comment", {}}}));
        MetadataReply *removed =
            client->getMetadata(QStringLiteral("Shared"), {"/private/comment"});
        WAIT_OK(removed);
        QVERIFY(removed->value("/private/comment").isNull());
    }

    void binaryAndPreview()
    {
        auto client = login(m_user);
        QVERIFY(client);
        const QByteArray payload("\x00\x01\x02 binary \xff\xfe", 13);
        const QByteArray mime = message(
            "attachment", "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n",
            "--b1\r\nContent-Type: text/plain\r\n\r\nSee the attachment, please.\r\n"
            "--b1\r\nContent-Type: application/octet-stream\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n" +
                payload.toBase64() + "\r\n--b1--\r\n");
        WAIT_OK(client->append(QStringLiteral("INBOX"), mime));
        WAIT_OK(client->select(QStringLiteral("INBOX")));
        FetchReply *fetch =
            client->fetch(SequenceSet::single(1), {"BINARY.PEEK[2]", "BINARY.SIZE[2]"});
        WAIT_OK(fetch);
        const Wire::Fetch message = fetch->messages().first();
        QCOMPARE(message.extras->sections.first().data, payload);
        QCOMPARE(message.extras->binarySizes.first().size, quint64(payload.size()));
        if (!client->hasCapability("PREVIEW")) {
            QSKIP("this Dovecot does not offer PREVIEW");
        }
        FetchReply *preview = client->fetch(SequenceSet::single(1), {"PREVIEW"});
        WAIT_OK(preview);
        QVERIFY(preview->messages().first().extras->preview);
        QVERIFY2(preview->messages().first().extras->preview->contains("See the attachment"),
                 preview->messages().first().extras->preview->constData());
    }

    // COMPRESS=DEFLATE over implicit TLS: TLS stays (isEncrypted()), the deflate layer sits
    // between it and the parser, and the byte counts show that the session was compressed.
    void compressWholeSession()
    {
        Client client;
        QSignalSpy connected(&client, &Client::connected);
        client.connectToHost(settings());
        QVERIFY(connected.wait(kWait));
        QVERIFY(client.isEncrypted());
        WAIT_OK(client.login(m_user.name, m_user.password));
        QVERIFY(client.hasCapability("COMPRESS=DEFLATE"));
        Reply *compress = client.compress();
        WAIT_OK(compress);
        QVERIFY(client.isCompressed());
        QVERIFY(client.isEncrypted());
        Reply *again = client.compress();
        WAIT_FINISHED(again);
        QCOMPARE(again->status(), Reply::Status::NotAllowedInState);

        // Repetitive mail compresses well: a whole session of appends and fetches.
        const QByteArray body =
            QByteArray("All work and no play makes Jack a dull boy.\r\n").repeated(200);
        for (int i = 0; i < 5; ++i) {
            WAIT_OK(client.append(QStringLiteral("INBOX"), message("big", {}, body)));
        }
        WAIT_OK(client.select(QStringLiteral("INBOX")));
        FetchReply *fetch = client.fetch(SequenceSet::all(), {"BODY.PEEK[TEXT]", "ENVELOPE"});
        WAIT_OK(fetch);
        QCOMPARE(fetch->messages().size(), 5);
        QCOMPARE(fetch->messages().last().extras->sections.first().data, body);
        const Client::CompressionStatistics live = client.compressionStatistics();
        QVERIFY(live.active);
        WAIT_OK(client.logout());

        const Client::CompressionStatistics s = client.compressionStatistics();
        qInfo("COMPRESS over TLS: read %lld bytes on the wire for %lld bytes of IMAP; "
              "wrote %lld for %lld",
              s.compressedBytesRead, s.uncompressedBytesRead, s.compressedBytesWritten,
              s.uncompressedBytesWritten);
        QVERIFY(s.uncompressedBytesRead > 5 * body.size());
        QVERIFY2(s.compressedBytesRead * 10 < s.uncompressedBytesRead,
                 "the server's stream was not compressed");
        QVERIFY(s.uncompressedBytesWritten > 5 * body.size());
        QVERIFY2(s.compressedBytesWritten * 5 < s.uncompressedBytesWritten,
                 "the client's stream was not compressed");
    }

    void notifyTwoMailboxes()
    {
        auto client = login(m_user);
        QVERIFY(client);
        WAIT_OK(client->create(QStringLiteral("Lists")));
        NotifyWatcher watcher(client.get());
        QSignalSpy status(&watcher, &NotifyWatcher::statusChanged);
        WAIT_OK(client->notify({{"MAILBOXES",
                                 {QStringLiteral("INBOX"), QStringLiteral("Lists")},
                                 {"MessageNew", "MessageExpunge"}}}));
        QVERIFY2(m_dovecot.deliver(m_user.name, message("to inbox")),
                 qPrintable(m_dovecot.errorString()));
        QVERIFY2(m_dovecot.deliver(m_user.name, message("to lists"), QStringLiteral("Lists")),
                 qPrintable(m_dovecot.errorString()));
        // Dovecot sends NOTIFY events while idling (and after commands).
        IdleReply *idle = client->idle();
        QSet<QString> seen;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QList<QVariant> &event : std::as_const(status)) {
                    seen.insert(event.at(0).toString());
                }
                return seen.contains(QStringLiteral("INBOX")) &&
                       seen.contains(QStringLiteral("Lists"));
            }(),
            kWait);
        Q_UNUSED(idle);
        WAIT_OK(client->logout());
    }
};

QTEST_GUILESS_MAIN(TestDovecotCommands)
#include "tst_dovecot_commands.moc"
