#include "imap/CompressionLayer.h"

#include <zlib.h>

namespace Imap {

struct CompressionLayer::Streams
{
    z_stream deflater{};
    z_stream inflater{};
    bool deflaterReady = false;
    bool inflaterReady = false;
    ~Streams()
    {
        if (deflaterReady) {
            deflateEnd(&deflater);
        }
        if (inflaterReady) {
            inflateEnd(&inflater);
        }
    }
};

CompressionLayer::CompressionLayer()
    : m_streams(std::make_unique<Streams>())
{
    // Negative window bits: raw deflate, as RFC 4978 §4 requires (no zlib header/trailer).
    m_streams->deflaterReady = deflateInit2(&m_streams->deflater, Z_DEFAULT_COMPRESSION, Z_DEFLATED,
                                            -15, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    m_streams->inflaterReady = inflateInit2(&m_streams->inflater, -15) == Z_OK;
    if (!isValid()) {
        m_error = QStringLiteral("zlib failed to start");
    }
}

CompressionLayer::~CompressionLayer() = default;

bool CompressionLayer::isValid() const
{
    return m_streams->deflaterReady && m_streams->inflaterReady;
}

QByteArray CompressionLayer::deflate(QByteArrayView plain)
{
    QByteArray out;
    if (!isValid()) {
        return out;
    }
    z_stream &stream = m_streams->deflater;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.data()));
    stream.avail_in = uInt(plain.size());
    do {
        char buffer[16384];
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        // A sync flush per write: the server must be able to act on each command at once.
        ::deflate(&stream, Z_SYNC_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    } while (stream.avail_out == 0);
    m_plainWritten += plain.size();
    m_compressedWritten += out.size();
    return out;
}

bool CompressionLayer::inflate(QByteArrayView compressed,
                               const std::function<bool(QByteArrayView)> &sink, qsizetype pieceSize)
{
    if (!isValid()) {
        return false;
    }
    m_compressedRead += compressed.size();
    if (compressed.isEmpty()) {
        return true;
    }
    if (m_ended) {
        m_error = QStringLiteral("the server sent data after the end of its deflate stream");
        return false;
    }
    z_stream &stream = m_streams->inflater;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    stream.avail_in = uInt(compressed.size());
    QByteArray out(pieceSize, Qt::Uninitialized);
    for (;;) {
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        const int result = ::inflate(&stream, Z_SYNC_FLUSH);
        if (result != Z_OK && result != Z_BUF_ERROR && result != Z_STREAM_END) {
            m_error = QStringLiteral("the server's deflate stream is corrupt");
            return false;
        }
        const qsizetype produced = out.size() - qsizetype(stream.avail_out);
        if (produced > 0) {
            m_plainRead += produced;
            if (!sink(QByteArrayView(out.constData(), produced))) {
                return true;
            }
        }
        if (result == Z_STREAM_END) {
            m_ended = true;
            if (stream.avail_in > 0) {
                m_error = QStringLiteral("the server sent data after the end of its deflate "
                                         "stream");
                return false;
            }
            return true;
        }
        // Done when the input is used up and the output had room to spare (nothing held back).
        if (stream.avail_in == 0 && stream.avail_out > 0) {
            return true;
        }
        if (produced == 0 && result == Z_BUF_ERROR) {
            return true; // needs more input
        }
    }
}

} // namespace Imap
