#pragma once

// Private: not part of the installed API. COMPRESS=DEFLATE is Client::compress().

#include "imap/ImapExport.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QString>

#include <functional>
#include <memory>

namespace Imap {

// The deflate layer of COMPRESS=DEFLATE (RFC 4978): raw deflate (no zlib header) in both
// directions. The connection puts it between its socket (TLS stays below it) and the parser
// from the byte after the tagged OK on. Writes are deflated with a sync flush each, so the
// server sees every command whole at once; reads are inflated in bounded pieces, so a small
// "bomb" never becomes one huge buffer. Byte counters show what compression saved.
class LETTERTRAY_IMAP_AUTOTEST_EXPORT CompressionLayer
{
public:
    CompressionLayer();
    ~CompressionLayer();
    CompressionLayer(const CompressionLayer &) = delete;
    CompressionLayer &operator=(const CompressionLayer &) = delete;

    // False when zlib could not start (errorString() says why).
    bool isValid() const;
    QString errorString() const { return m_error; }

    // The bytes to put on the wire for plain.
    QByteArray deflate(QByteArrayView plain);
    // Inflates compressed and hands the plain bytes to sink in pieces of at most pieceSize;
    // sink returns false to stop (the rest of the input is dropped). Returns false when the
    // stream is corrupt (errorString() says so).
    bool inflate(QByteArrayView compressed, const std::function<bool(QByteArrayView)> &sink,
                 qsizetype pieceSize = 64 * 1024);

    qint64 compressedBytesRead() const { return m_compressedRead; }
    qint64 plainBytesRead() const { return m_plainRead; }
    qint64 compressedBytesWritten() const { return m_compressedWritten; }
    qint64 plainBytesWritten() const { return m_plainWritten; }

private:
    struct Streams;
    std::unique_ptr<Streams> m_streams;
    QString m_error;
    bool m_ended = false; // the server's deflate stream ended; more input is an error
    qint64 m_compressedRead = 0;
    qint64 m_plainRead = 0;
    qint64 m_compressedWritten = 0;
    qint64 m_plainWritten = 0;
};

} // namespace Imap
