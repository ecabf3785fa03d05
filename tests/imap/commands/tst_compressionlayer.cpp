// The deflate layer of COMPRESS=DEFLATE on its own, against zlib as the peer: both directions
// round-trip with raw deflate and a sync flush per write, input split anywhere inflates to
// the same bytes, a corrupt stream and data after the end of the stream are errors, and a
// "bomb" (64 MiB of zeros in about 64 KiB) comes out in bounded pieces that the consumer can
// stop. The conversation itself (the switch at the byte after the tagged OK) is tested in
// imap_commands_scripted::compressExactBytes and against Dovecot.

#include "imap/CompressionLayer.h"

#include <QtTest/QTest>

#include <zlib.h>

using Imap::CompressionLayer;

namespace {

QByteArray deflateRaw(const QByteArray &plain, int flush = Z_SYNC_FLUSH)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(plain.size())) + 64), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    stream.avail_in = uInt(plain.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, flush);
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

private Q_SLOTS:
    void writesAreRawDeflateFlushedPerWrite()
    {
        CompressionLayer layer;
        QVERIFY(layer.isValid());
        const QByteArray first = "A0002 NOOP\r\n";
        const QByteArray second = "A0003 SELECT INBOX\r\n";
        const QByteArray wireFirst = layer.deflate(first);
        // Flushed: the first command alone inflates completely, before the second exists.
        QCOMPARE(inflateRaw(wireFirst), first);
        const QByteArray wireSecond = layer.deflate(second);
        QCOMPARE(inflateRaw(wireFirst + wireSecond), first + second);
        QCOMPARE(layer.plainBytesWritten(), qint64(first.size() + second.size()));
        QCOMPARE(layer.compressedBytesWritten(), qint64(wireFirst.size() + wireSecond.size()));
    }

    void readsInflateForAnySplit_data()
    {
        QTest::addColumn<int>("piece");
        QTest::newRow("whole") << (1 << 20);
        QTest::newRow("1 byte") << 1;
        QTest::newRow("7 bytes") << 7;
    }
    void readsInflateForAnySplit()
    {
        QFETCH(int, piece);
        const QByteArray plain = QByteArray("* 1 FETCH (FLAGS (\\Seen))\r\n").repeated(500);
        const QByteArray wire = deflateRaw(plain);
        CompressionLayer layer;
        QByteArray got;
        for (qsizetype i = 0; i < wire.size(); i += piece) {
            QVERIFY(layer.inflate(wire.mid(i, piece), [&got](QByteArrayView bytes) {
                got += bytes.toByteArray();
                return true;
            }));
        }
        QCOMPARE(got, plain);
        QCOMPARE(layer.compressedBytesRead(), qint64(wire.size()));
        QCOMPARE(layer.plainBytesRead(), qint64(plain.size()));
    }

    void corruptStreamIsAnError()
    {
        CompressionLayer layer;
        const bool ok = layer.inflate(QByteArray("\xff\xff\xff\xff garbage", 12),
                                      [](QByteArrayView) { return true; });
        QVERIFY(!ok);
        QVERIFY(layer.errorString().contains(QLatin1String("corrupt")));
    }

    void dataAfterTheEndOfTheStreamIsAnError()
    {
        CompressionLayer layer;
        const QByteArray ended = deflateRaw("* OK bye\r\n", Z_FINISH);
        QVERIFY(!layer.inflate(QByteArray(ended + "more"), [](QByteArrayView) { return true; }));
        QVERIFY(layer.errorString().contains(QLatin1String("end")));
    }

    // 64 MiB of zeros deflate to about 64 KiB; they come out in pieces of the size asked for,
    // and the consumer can stop at any piece (the connection does when it closes).
    void bombComesOutInBoundedPieces()
    {
        const QByteArray bomb = deflateRaw(QByteArray(64 << 20, '\0'));
        QVERIFY(bomb.size() < 256 * 1024);
        CompressionLayer layer;
        qsizetype largest = 0;
        qint64 total = 0;
        QVERIFY(layer.inflate(
            bomb,
            [&](QByteArrayView bytes) {
                largest = std::max(largest, bytes.size());
                total += bytes.size();
                return true;
            },
            64 * 1024));
        QCOMPARE(total, qint64(64) << 20);
        QCOMPARE(largest, qsizetype(64 * 1024));

        CompressionLayer stopped;
        int pieces = 0;
        QVERIFY(stopped.inflate(bomb, [&pieces](QByteArrayView) { return ++pieces < 3; }));
        QCOMPARE(pieces, 3);
    }
};

QTEST_GUILESS_MAIN(TestCompressionLayer)
#include "tst_compressionlayer.moc"
