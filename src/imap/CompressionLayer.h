#pragma once

#include "imap/ImapExport.h"

#include <QtCore/QByteArray>
#include <QtCore/QIODevice>
#include <QtCore/QPointer>

#include <memory>

namespace Imap {

// COMPRESS=DEFLATE (RFC 4978) as a byte-stream layer between the transport and the client:
//
//     auto *layer = new Imap::CompressionLayer(socket, &client);
//     client.connectToDevice(layer, settings);
//     ... login ...
//     client.compress(layer);
//
// Until the server's tagged OK to COMPRESS the layer passes bytes through unchanged. It finds
// that OK itself, in the incoming stream, so that compressed bytes arriving in the same read
// as the OK are inflated too; from then on everything written is deflated (raw deflate,
// flushed per write) and everything read is inflated before the parser sees it. Inflated data
// is produced only as fast as it is read, so a small "bomb" cannot fill memory.
//
// Limits: the layer reads the transport as plain lines while it waits for the OK, so no
// literal may arrive during the COMPRESS command (the command runs alone and servers send
// none). Over TLS, give it the QSslSocket after the handshake; the client then counts the
// link as unencrypted, so allow cleartext passwords only if you know the layer is on TLS.
class LETTERTRAY_IMAP_EXPORT CompressionLayer : public QIODevice
{
    Q_OBJECT

public:
    // inner must be open; it is not owned.
    explicit CompressionLayer(QIODevice *inner, QObject *parent = nullptr);
    ~CompressionLayer() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    void close() override;

    bool isCompressing() const { return m_compressing; }
    // Bytes on the wire and bytes the client saw, both directions.
    qint64 wireBytesRead() const { return m_wireRead; }
    qint64 plainBytesRead() const { return m_plainRead; }
    qint64 wireBytesWritten() const { return m_wireWritten; }
    qint64 plainBytesWritten() const { return m_plainWritten; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void onInnerReadyRead();
    void scanForCompressOk(const QByteArray &bytes);
    void inflateSome(qint64 wanted);
    void fail(const QString &message);

    struct Streams;
    QPointer<QIODevice> m_inner;
    std::unique_ptr<Streams> m_streams;
    QByteArray m_plainIn;      // ready for the client
    QByteArray m_compressedIn; // not yet inflated
    QByteArray m_line;         // the incomplete line while looking for the tagged OK
    QByteArray m_tag;          // tag of the COMPRESS command once seen
    bool m_compressing = false;
    bool m_failed = false;
    qint64 m_wireRead = 0;
    qint64 m_plainRead = 0;
    qint64 m_wireWritten = 0;
    qint64 m_plainWritten = 0;
};

} // namespace Imap
