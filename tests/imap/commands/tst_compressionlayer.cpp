// CompressionLayer on its own, against a peer that speaks raw deflate through zlib: the switch
// happens exactly after the tagged OK even when compressed bytes arrive in the same read,
// both directions are compressed afterwards, a NO keeps the stream plain, and a corrupt or
// oversized ("bomb") stream neither crashes nor fills memory.

#include "imap/CompressionLayer.h"

#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <zlib.h>

#include <memory>

using Imap::CompressionLayer;

namespace {
constexpr int kWait = 5000;

QByteArray deflateRaw(const QByteArray &plain)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(plain.size())) + 64), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    stream.avail_in = uInt(plain.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_SYNC_FLUSH);
    out.resize(out.size() - qsizetype(stream.avail_out));
    deflateEnd(&stream);
    return out;
}

QByteArray inflateRaw(const QByteArray &compressed)
{
    z_stream stream{};
    inflateInit2(&stream, -15);
    QByteArray out(1 << 20, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    inflate(&stream, Z_SYNC_FLUSH);
    out.resize(out.size() - qsizetype(stream.avail_out));
    inflateEnd(&stream);
    return out;
}
} // namespace

class TestCompressionLayer : public QObject
{
    Q_OBJECT

private:
    QTcpServer m_server;
    std::unique_ptr<QTcpSocket> m_client;
    QTcpSocket *m_peer = nullptr;
    std::unique_ptr<CompressionLayer> m_layer;

    QByteArray readFromLayer(qsizetype atLeast)
    {
        QByteArray got;
        (void)QTest::qWaitFor( // the caller compares what arrived
            [&] {
                got += m_layer->readAll();
                return got.size() >= atLeast || !m_layer->isOpen();
            },
            kWait);
        return got;
    }

    QByteArray readFromPeer(qsizetype atLeast)
    {
        QByteArray got;
        (void)QTest::qWaitFor( // the caller compares what arrived
            [&] {
                got += m_peer->readAll();
                return got.size() >= atLeast;
            },
            kWait);
        return got;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        m_client = std::make_unique<QTcpSocket>();
        m_client->connectToHost(QHostAddress::LocalHost, m_server.serverPort());
        QVERIFY(m_client->waitForConnected(kWait));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.hasPendingConnections(), kWait);
        m_peer = m_server.nextPendingConnection();
        m_layer = std::make_unique<CompressionLayer>(m_client.get());
    }
    void cleanup()
    {
        m_layer.reset();
        m_client.reset();
        delete m_peer;
        m_server.close();
    }

    void switchesExactlyAfterTheTaggedOk()
    {
        QCOMPARE(m_layer->write("A7 COMPRESS DEFLATE\r\n"), 21);
        QCOMPARE(readFromPeer(21), QByteArray("A7 COMPRESS DEFLATE\r\n"));
        const QByteArray after = "* 3 EXISTS\r\n";
        // The OK and the first compressed bytes in one write: one read on the client side.
        m_peer->write("* OK still plain\r\nA7 OK DEFLATE active\r\n" + deflateRaw(after));
        const QByteArray expected = "* OK still plain\r\nA7 OK DEFLATE active\r\n" + after;
        QCOMPARE(readFromLayer(expected.size()), expected);
        QVERIFY(m_layer->isCompressing());

        const QByteArray command = "A8 NOOP\r\n";
        QCOMPARE(m_layer->write(command), command.size());
        QTRY_VERIFY_WITH_TIMEOUT(m_peer->bytesAvailable() > 0, kWait);
        QTest::qWait(50);
        QCOMPARE(inflateRaw(m_peer->readAll()), command);
        QCOMPARE(m_layer->plainBytesWritten(), 21 + command.size());
    }

    void refusedCompressStaysPlain()
    {
        m_layer->write("A1 COMPRESS DEFLATE\r\n");
        m_peer->write("A1 NO [COMPRESSIONACTIVE] already\r\n* 1 EXISTS\r\n");
        const QByteArray expected = "A1 NO [COMPRESSIONACTIVE] already\r\n* 1 EXISTS\r\n";
        QCOMPARE(readFromLayer(expected.size()), expected);
        QVERIFY(!m_layer->isCompressing());
    }

    void corruptStreamClosesTheLayer()
    {
        m_layer->write("A1 COMPRESS DEFLATE\r\n");
        QSignalSpy closing(m_layer.get(), &QIODevice::aboutToClose);
        m_peer->write(QByteArray("A1 OK go\r\n") + QByteArray("\xff\xff\xff\xff garbage", 12));
        // Reading inflates, and finds the corruption.
        QTRY_VERIFY_WITH_TIMEOUT(!m_layer->isOpen() || ((void)m_layer->readAll(), false), kWait);
        QVERIFY(m_layer->errorString().contains(QLatin1String("corrupt")));
    }

    // 64 MiB of zeros deflate to about 64 KiB; the layer must hand them out piecewise.
    void bombIsInflatedOnlyAsFastAsItIsRead()
    {
        m_layer->write("A1 COMPRESS DEFLATE\r\n");
        const QByteArray bomb = deflateRaw(QByteArray(64 << 20, '\0'));
        m_peer->write("A1 OK go\r\n" + bomb);
        QTRY_VERIFY_WITH_TIMEOUT(m_layer->wireBytesRead() >= 10 + bomb.size(), kWait);
        char buffer[1024];
        QVERIFY(m_layer->read(buffer, sizeof buffer) > 0); // "A1 OK go\r\n" and some zeros
        // Nothing but what was asked for (plus one inflate step) has been produced.
        QVERIFY(m_layer->bytesAvailable() <= 128 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestCompressionLayer)
#include "tst_compressionlayer.moc"
