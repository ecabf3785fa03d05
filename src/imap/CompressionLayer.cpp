#include "imap/CompressionLayer.h"

#include <zlib.h>

namespace Imap {

namespace {
constexpr qint64 kInflateStep = 64 * 1024;
constexpr qsizetype kMaxLine = 64 * 1024;
} // namespace

struct CompressionLayer::Streams
{
    z_stream deflater{};
    z_stream inflater{};
    bool ready = false;
    ~Streams()
    {
        if (ready) {
            deflateEnd(&deflater);
            inflateEnd(&inflater);
        }
    }
};

CompressionLayer::CompressionLayer(QIODevice *inner, QObject *parent)
    : QIODevice(parent)
    , m_inner(inner)
    , m_streams(std::make_unique<Streams>())
{
    // Unbuffered: QIODevice must not read ahead of the layer's own buffers.
    QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    if (inner) {
        connect(inner, &QIODevice::readyRead, this, &CompressionLayer::onInnerReadyRead);
        connect(inner, &QIODevice::readChannelFinished, this, &QIODevice::readChannelFinished);
        connect(inner, &QIODevice::aboutToClose, this, &CompressionLayer::close);
    }
}

CompressionLayer::~CompressionLayer() = default;

qint64 CompressionLayer::bytesAvailable() const
{
    // Pending compressed input counts as one byte: reading inflates it on demand.
    if (m_failed) {
        return 0;
    }
    return m_plainIn.size() + (m_compressedIn.isEmpty() ? 0 : 1);
}

void CompressionLayer::close()
{
    if (!isOpen()) {
        return;
    }
    QIODevice::close();
    if (m_inner && m_inner->isOpen()) {
        m_inner->close();
    }
}

void CompressionLayer::fail(const QString &message)
{
    m_failed = true;
    setErrorString(message);
    m_plainIn.clear();
    m_compressedIn.clear();
    // Deferred: this may run inside readData(), under QIODevice::read(), which must not see
    // the device close beneath it.
    QMetaObject::invokeMethod(this, &CompressionLayer::close, Qt::QueuedConnection);
}

void CompressionLayer::onInnerReadyRead()
{
    if (!m_inner || m_failed) {
        return;
    }
    const QByteArray bytes = m_inner->readAll();
    if (bytes.isEmpty()) {
        return;
    }
    m_wireRead += bytes.size();
    if (m_compressing) {
        m_compressedIn += bytes;
    } else {
        scanForCompressOk(bytes);
    }
    if (!m_failed) {
        Q_EMIT readyRead();
    }
}

void CompressionLayer::scanForCompressOk(const QByteArray &bytes)
{
    if (m_tag.isEmpty()) {
        m_plainIn += bytes;
        return;
    }
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', start);
        if (newline < 0) {
            m_line += bytes.mid(start);
            m_plainIn += bytes.mid(start);
            if (m_line.size() > kMaxLine) {
                fail(QStringLiteral("compression layer: line too long while waiting for "
                                    "the COMPRESS answer"));
            }
            return;
        }
        const QByteArray piece = bytes.mid(start, newline + 1 - start);
        m_plainIn += piece;
        const QByteArray line = m_line + piece;
        m_line.clear();
        start = newline + 1;
        if (line.startsWith(QByteArray(m_tag + ' '))) {
            const QByteArray status = line.mid(m_tag.size() + 1, 3).toUpper();
            m_tag.clear();
            if (status.startsWith("OK")) {
                // Everything after the OK's line end is deflate data (RFC 4978 §3).
                m_compressing = true;
                m_compressedIn += bytes.mid(start);
            } else {
                m_plainIn += bytes.mid(start);
            }
            return;
        }
    }
}

void CompressionLayer::inflateSome(qint64 wanted)
{
    z_stream &stream = m_streams->inflater;
    while (!m_compressedIn.isEmpty() && m_plainIn.size() < wanted && !m_failed) {
        QByteArray out(kInflateStep, Qt::Uninitialized);
        stream.next_in = reinterpret_cast<Bytef *>(m_compressedIn.data());
        stream.avail_in = uInt(m_compressedIn.size());
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        const int result = inflate(&stream, Z_SYNC_FLUSH);
        if (result != Z_OK && result != Z_BUF_ERROR && result != Z_STREAM_END) {
            fail(QStringLiteral("compression layer: the server's deflate stream is corrupt"));
            return;
        }
        m_compressedIn.remove(0, m_compressedIn.size() - qsizetype(stream.avail_in));
        const qsizetype produced = out.size() - qsizetype(stream.avail_out);
        m_plainIn += out.first(produced);
        if (produced == 0 && result == Z_BUF_ERROR) {
            break; // needs more input
        }
    }
}

qint64 CompressionLayer::readData(char *data, qint64 maxSize)
{
    if (m_failed) {
        return -1;
    }
    if (m_compressing) {
        inflateSome(std::max<qint64>(maxSize, 1));
        if (m_failed) {
            return -1;
        }
    }
    const qint64 count = std::min<qint64>(maxSize, m_plainIn.size());
    memcpy(data, m_plainIn.constData(), size_t(count));
    m_plainIn.remove(0, qsizetype(count));
    m_plainRead += count;
    return count;
}

qint64 CompressionLayer::writeData(const char *data, qint64 size)
{
    if (!m_inner || m_failed) {
        return -1;
    }
    const QByteArrayView bytes(data, size);
    m_plainWritten += size;
    if (!m_compressing) {
        // "<tag> COMPRESS DEFLATE\r\n" (typed or raw): remember the tag to find its answer.
        {
            const qsizetype at = bytes.toByteArray().toUpper().indexOf(" COMPRESS DEFLATE\r\n");
            if (at > 0) {
                const qsizetype lineStart = bytes.first(at).lastIndexOf('\n') + 1;
                m_tag = bytes.sliced(lineStart, at - lineStart).toByteArray();
                if (!m_streams->ready) {
                    if (deflateInit2(&m_streams->deflater, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15,
                                     8, Z_DEFAULT_STRATEGY) != Z_OK ||
                        inflateInit2(&m_streams->inflater, -15) != Z_OK) {
                        fail(QStringLiteral("compression layer: zlib failed to start"));
                        return -1;
                    }
                    m_streams->ready = true;
                }
            }
        }
        m_wireWritten += size;
        return m_inner->write(data, size);
    }
    z_stream &stream = m_streams->deflater;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    stream.avail_in = uInt(size);
    QByteArray out;
    do {
        char buffer[16384];
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        // A sync flush per write: the server must see each command whole at once.
        if (deflate(&stream, Z_SYNC_FLUSH) == Z_STREAM_ERROR) {
            fail(QStringLiteral("compression layer: deflate failed"));
            return -1;
        }
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    } while (stream.avail_out == 0);
    m_wireWritten += out.size();
    if (m_inner->write(out) != out.size()) {
        fail(QStringLiteral("compression layer: the transport refused data"));
        return -1;
    }
    return size;
}

} // namespace Imap
