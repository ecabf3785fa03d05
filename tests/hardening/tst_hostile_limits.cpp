// Items 12-14: the parser's caps against a live client. A 1 GiB line without CRLF (generated
// piece by piece, never held by the test), a response of a million one-byte literals, a large
// literal in 1-byte segments (time linear in size), and a million '(' (depth error, no stack
// overflow).
//
// LETTERTRAY_HARDENING_FULL=1 (scripts/lib/long-tests.sh) runs the literal at the full
// 64 MiB; the default is 4 MiB so that the suite stays fast under ASan.

#include "HardeningSupport.h"

#include "imap/Client.h"
#include "imap/FetchReply.h"
#include "imap/SelectReply.h"
#include "imap/wire/ResponseParser.h"

#include <QtCore/QElapsedTimer>
#include <QtTest/QTest>

#include <memory>

using namespace Hardening;
using namespace Imap;

namespace {

bool fullSize()
{
    return qEnvironmentVariableIntValue("LETTERTRAY_HARDENING_FULL") == 1;
}

struct Session
{
    FakeTransport transport;
    RecordingServer server{&transport};
    Client client;
    QList<Wire::ProtocolError> errors;

    bool open()
    {
        server.setResponder([](const ClientCommand &c) -> QByteArray {
            if (c.text.contains(" SELECT ")) {
                return "* 1 EXISTS\r\n" + c.tag + " OK [READ-WRITE] selected\r\n";
            }
            return {};
        });
        QObject::connect(&client, &Client::responseReceived, &client,
                         [this](const Wire::Response &response) {
                             if (const auto *e = response.get<Wire::ProtocolError>()) {
                                 errors.append(*e);
                             }
                         });
        if (!connectOver(&client, &transport)) {
            return false;
        }
        SelectReply *select = client.select(QStringLiteral("INBOX"));
        return waitFor([select] { return select->isFinished(); }) && select->isOk();
    }

    FetchReply *fetchBody()
    {
        FetchReply *fetch = client.uidFetch(Wire::SequenceSet::single(1), {"BODY[]"});
        waitFor([this] { return server.commands().size() == 2; });
        return fetch;
    }

    bool sawError(Wire::ProtocolError::Kind kind) const
    {
        for (const Wire::ProtocolError &e : errors) {
            if (e.kind == kind) {
                return true;
            }
        }
        return false;
    }
};

} // namespace

class TestHostileLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The line cap (8 MiB) is hit long before the gigabyte; the rest of the line is skipped
    // without being stored. By default the test streams 64 MiB past the cap (the full 1 GiB
    // with LETTERTRAY_HARDENING_FULL=1); then the line ends and the connection must still be
    // in step with the server.
    void gigabyteLineWithoutCrlf()
    {
        Session s;
        QVERIFY(s.open());
        FetchReply *fetch = s.fetchBody();
        const qint64 before = rssKiB();
        s.transport.serverSend("* 1 FETCH (UID 1 BODY[] \"");
        const QByteArray chunk(64 * 1024, 'a');
        const qint64 total = fullSize() ? qint64(1) << 30 : qint64(72) << 20;
        qint64 sent = 0;
        qint64 sentAtError = -1;
        qint64 peak = before;
        while (sent < total && s.client.state() != Client::State::Disconnected) {
            s.transport.serverSend(chunk);
            sent += chunk.size();
            if (sentAtError < 0 && s.sawError(Wire::ProtocolError::Kind::LineTooLong)) {
                sentAtError = sent;
            }
            if ((sent & ((1 << 22) - 1)) == 0) {
                peak = qMax(peak, rssKiB());
            }
        }
        qInfo("line cap hit after %lld MiB; %lld MiB streamed; RSS growth %lld KiB",
              sentAtError >> 20, sent >> 20, peak - before);
        QVERIFY(sentAtError > 0);
        QVERIFY(sentAtError <= 9 * 1024 * 1024); // maxLineLength is 8 MiB
        QVERIFY2(peak - before < 64 * 1024, qPrintable(QString::number(peak - before)));
        if (s.client.state() == Client::State::Disconnected) {
            QVERIFY(waitFor([fetch] { return fetch->isFinished(); }));
            QVERIFY(fetch->isLocalError());
            return;
        }
        // The line ends; the command completes and the connection still works.
        s.transport.serverSend("\")\r\n" + fetch->tag() + " OK done\r\n");
        QVERIFY(waitFor([fetch] { return fetch->isFinished(); }));
        QVERIFY(fetch->messages().isEmpty()); // nothing of the oversized response survives
        Reply *noop = s.client.noop();
        QVERIFY(waitFor([&] { return s.server.commands().size() == 3; }));
        s.transport.serverSend(noop->tag() + " OK still in step\r\n");
        QVERIFY(waitFor([noop] { return noop->isFinished(); }));
        QVERIFY(noop->isOk());
    }

    void millionOneByteLiterals()
    {
        Session s;
        QVERIFY(s.open());
        FetchReply *fetch = s.fetchBody();
        const qint64 before = rssKiB();
        QElapsedTimer timer;
        timer.start();
        s.transport.serverSend("* 1 FETCH (UID 1");
        QByteArray chunk;
        int sent = 0;
        const int count = 1000 * 1000;
        for (int i = 0; i < count && s.client.state() != Client::State::Disconnected; ++i) {
            chunk += " BODY[" + QByteArray::number(i % 100 + 1) + "] {1}\r\nx";
            if (chunk.size() > 60000) {
                s.transport.serverSend(chunk);
                chunk.clear();
            }
            sent = i + 1;
        }
        if (s.client.state() != Client::State::Disconnected) {
            s.transport.serverSend(chunk + ")\r\n" + fetch->tag() + " OK done\r\n");
        }
        QVERIFY(waitFor([fetch] { return fetch->isFinished(); }, 60000));
        const qint64 growth = rssKiB() - before;
        qInfo("%d literals sent in %lld ms; RSS growth %lld KiB; fetch %s", sent,
              qint64(timer.elapsed()), growth, qPrintable(fetch->errorString()));
        // The cap on literals per response stops it: nothing of it is kept, and memory stays
        // far below what a million parsed items would cost (over 160 MB before the cap).
        QVERIFY(s.sawError(Wire::ProtocolError::Kind::ResponseTooLarge));
        QVERIFY(fetch->messages().isEmpty());
        if (fetch->isOk()) // the skipped response is reported on the command that saw it
            QVERIFY(!fetch->protocolWarnings().isEmpty());
        QVERIFY2(growth < 32 * 1024, qPrintable(QString::number(growth)));
    }

    // Time for a literal of n bytes fed one byte per read, through the parser alone and
    // through a live client; 4x the size must take well under 16x the time (quadratic).
    void literalInOneByteSegmentsIsLinear_data()
    {
        QTest::addColumn<bool>("throughClient");
        QTest::newRow("parser") << false;
        QTest::newRow("client") << true;
    }
    void literalInOneByteSegmentsIsLinear()
    {
        QFETCH(bool, throughClient);
        const qint64 large =
            throughClient ? (fullSize() ? 16 << 20 : 256 << 10) : (fullSize() ? 64 << 20 : 4 << 20);
        const qint64 small = large / 4;
        auto measure = [throughClient](qint64 size) -> qint64 {
            const QByteArray head =
                "* 1 FETCH (UID 1 BODY[] {" + QByteArray::number(size) + "}\r\n";
            const QByteArray tail = ")\r\n";
            QElapsedTimer timer;
            if (!throughClient) {
                Wire::ResponseParser parser;
                timer.start();
                parser.feed(head);
                const QByteArray x(1, 'x');
                for (qint64 i = 0; i < size; ++i) {
                    parser.feed(x);
                }
                parser.feed(tail);
                const qint64 ms = timer.elapsed();
                Wire::Response response;
                if (!parser.next(response) || !response.get<Wire::Fetch>() ||
                    response.get<Wire::Fetch>()->extras->sections.value(0).data.size() != size) {
                    return -1;
                }
                return ms;
            }
            Session s;
            if (!s.open()) {
                return -1;
            }
            FetchReply *fetch = s.fetchBody();
            timer.start();
            s.transport.serverSend(head);
            const QByteArray x(1, 'x');
            for (qint64 i = 0; i < size; ++i) {
                s.transport.serverSend(x);
            }
            s.transport.serverSend(tail + fetch->tag() + " OK done\r\n");
            if (!waitFor([fetch] { return fetch->isFinished(); }) || !fetch->isOk() ||
                fetch->messages().value(0).extras->sections.value(0).data.size() != size) {
                return -1;
            }
            return timer.elapsed();
        };
        // Best of two, so that one hiccup of a shared machine does not decide.
        const qint64 tSmall = qMin(measure(small), measure(small));
        const qint64 tLarge = measure(large);
        QVERIFY(tSmall >= 0 && tLarge >= 0);
        qInfo("%lld KiB: %lld ms, %lld KiB: %lld ms", small >> 10, tSmall, large >> 10, tLarge);
        QVERIFY2(tLarge <= 8 * qMax<qint64>(tSmall, 50),
                 qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(tLarge).arg(tSmall)));
    }

    void millionOpenParentheses_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<bool>("rejected");
        QTest::newRow("BODYSTRUCTURE") << QByteArray("* 1 FETCH (UID 1 BODYSTRUCTURE ") << true;
        QTest::newRow("THREAD") << QByteArray("* THREAD ") << true;
        QTest::newRow("FLAGS list") << QByteArray("* 1 FETCH (UID 1 FLAGS ") << true;
        QTest::newRow("unknown FETCH item") << QByteArray("* 1 FETCH (UID 1 X-NESTED ") << true;
        QTest::newRow("ID") << QByteArray("* ID ") << true;
        QTest::newRow("ENVELOPE") << QByteArray("* 1 FETCH (ENVELOPE ") << true;
        // An unknown response code keeps its arguments as raw bytes (no recursion at all), so
        // it need not be rejected; it must only not crash.
        QTest::newRow("unknown response code") << QByteArray("* OK [X-CODE ") << false;
    }
    void millionOpenParentheses()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(bool, rejected);
        Session s;
        QVERIFY(s.open());
        FetchReply *fetch = s.fetchBody();
        s.transport.serverSend(prefix + QByteArray(1000 * 1000, '(') + "\r\n");
        if (s.client.state() != Client::State::Disconnected) {
            // Closed parentheses too, in a second response: still too deep.
            s.transport.serverSend(prefix + QByteArray(500 * 1000, '(') +
                                   QByteArray(500 * 1000, ')') + "\r\n");
        }
        QVERIFY2(!rejected || s.sawError(Wire::ProtocolError::Kind::NestingTooDeep) ||
                     s.sawError(Wire::ProtocolError::Kind::Syntax),
                 "no protocol error reported");
        if (s.client.state() != Client::State::Disconnected) {
            // The connection survived a response it had to reject: it still works.
            s.transport.serverSend(fetch->tag() + " OK done\r\n");
            QVERIFY(waitFor([fetch] { return fetch->isFinished(); }));
            QVERIFY(fetch->isOk());
        } else {
            QVERIFY(waitFor([fetch] { return fetch->isFinished(); }));
            QVERIFY(fetch->isLocalError());
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileLimits)
#include "tst_hostile_limits.moc"
