// Item 11: literal sizes a server merely announces ({4294967295}, {18446744073709551616},
// {-1}, {}, {2147483648}) followed by EOF end in a clean error, and the client never
// allocates what was announced: peak RSS grows by less than 1 MiB.

#include "HardeningSupport.h"

#include "imap/Client.h"
#include "imap/FetchReply.h"
#include "imap/ListReply.h"
#include "imap/SelectReply.h"

#include <QtTest/QTest>

#include <memory>

using namespace Hardening;
using namespace Imap;

class TestHostileLiterals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void announcedSizesThenEof_data()
    {
        QTest::addColumn<QByteArray>("announcement");
        QTest::addColumn<QByteArray>("where");
        const QList<QByteArray> sizes = {
            "{4294967295}",  "{18446744073709551616}",   "{-1}", "{}", "{2147483648}",
            "{4294967295+}", "{99999999999999999999999}"};
        for (const QByteArray &size : sizes) {
            QTest::addRow("%s in FETCH BODY[]", size.constData()) << size << QByteArray("fetch");
            QTest::addRow("%s as LIST name", size.constData()) << size << QByteArray("list");
            QTest::addRow("%s in greeting", size.constData()) << size << QByteArray("greeting");
        }
    }
    void announcedSizesThenEof()
    {
        QFETCH(QByteArray, announcement);
        QFETCH(QByteArray, where);
        FakeTransport transport;
        RecordingServer server(&transport);
        server.setResponder([](const ClientCommand &c) -> QByteArray {
            if (c.text.contains(" SELECT ")) {
                return "* 1 EXISTS\r\n" + c.tag + " OK [READ-WRITE] selected\r\n";
            }
            return {}; // the hostile answer is sent by the test
        });
        Client client;
        Reply *pending = nullptr;
        const qint64 before = rssKiB();
        const bool peakResettable = resetPeak();
        if (where == "greeting") {
            client.connectToDevice(&transport, plainSettings());
            pending = client.noop();
            transport.serverSend("* OK [CAPABILITY IMAP4rev1 X-" + announcement + "\r\nabc");
        } else {
            QVERIFY(connectOver(&client, &transport));
            SelectReply *select = client.select(QStringLiteral("INBOX"));
            QVERIFY(waitFor([select] { return select->isFinished(); }));
            QVERIFY(select->isOk());
            if (where == "fetch") {
                pending = client.uidFetch(Wire::SequenceSet::single(1), {"BODY[]"});
                QVERIFY(waitFor([&] { return server.commands().size() == 2; }));
                transport.serverSend("* 1 FETCH (UID 1 BODY[] " + announcement +
                                     "\r\nFrom: a@b\r\n");
            } else {
                pending = client.list(QString(), QStringLiteral("*"));
                QVERIFY(waitFor([&] { return server.commands().size() == 2; }));
                transport.serverSend("* LIST () \"/\" " + announcement + "\r\nINBOX");
            }
        }
        transport.serverClose();
        QVERIFY(waitFor([&] { return pending->isFinished(); }));
        QVERIFY2(pending->isLocalError(), qPrintable(pending->errorString()));
        QCOMPARE(client.state(), Client::State::Disconnected);
        QVERIFY(client.lastError().isError());
        QVERIFY(!client.lastError().message.isEmpty());
        const qint64 growth = (peakResettable ? peakRssKiB() : rssKiB()) - before;
        qInfo("peak RSS growth %lld KiB (%s)", growth, peakResettable ? "VmHWM" : "VmRSS");
        QVERIFY2(growth < 1024, qPrintable(QString::number(growth)));
        // A new command fails at once: the connection is gone.
        Reply *after = client.noop();
        QVERIFY(waitFor([after] { return after->isFinished(); }));
        QCOMPARE(after->status(), Reply::Status::ConnectionLost);
    }

    // The same announcements followed by a megabyte of data: the data is skipped or refused,
    // never stored, and the reply ends in a local error when the server goes away.
    void announcedSizeFailsWithoutWaitingForData_data()
    {
        QTest::addColumn<QByteArray>("announcement");
        QTest::newRow("4 GiB") << QByteArray("{4294967295}");
        QTest::newRow("2^64") << QByteArray("{18446744073709551616}");
        QTest::newRow("2 GiB") << QByteArray("{2147483648}");
    }
    void announcedSizeFailsWithoutWaitingForData()
    {
        QFETCH(QByteArray, announcement);
        FakeTransport transport;
        RecordingServer server(&transport);
        server.setResponder([](const ClientCommand &c) -> QByteArray {
            if (c.text.contains(" SELECT ")) {
                return "* 1 EXISTS\r\n" + c.tag + " OK [READ-WRITE] selected\r\n";
            }
            return {};
        });
        Client client;
        QVERIFY(connectOver(&client, &transport));
        SelectReply *select = client.select(QStringLiteral("INBOX"));
        QVERIFY(waitFor([select] { return select->isFinished(); }));
        FetchReply *fetch = client.uidFetch(Wire::SequenceSet::single(1), {"BODY[]"});
        QVERIFY(waitFor([&] { return server.commands().size() == 2; }));
        const qint64 before = rssKiB();
        transport.serverSend("* 1 FETCH (UID 1 BODY[] " + announcement + "\r\n");
        // Then a megabyte of data arrives: it must be skipped, not stored.
        const QByteArray chunk(64 * 1024, 'x');
        for (int i = 0; i < 16 && !fetch->isFinished(); ++i) {
            transport.serverSend(chunk);
        }
        const qint64 growth = rssKiB() - before;
        transport.serverClose();
        QVERIFY(waitFor([fetch] { return fetch->isFinished(); }));
        QVERIFY2(fetch->isLocalError(), qPrintable(fetch->errorString()));
        QVERIFY2(growth < 1024, qPrintable(QString::number(growth)));
    }
};

QTEST_GUILESS_MAIN(TestHostileLiterals)
#include "tst_hostile_literals.moc"
