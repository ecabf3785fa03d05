#pragma once

// Shared helpers of the hardening tests: an in-memory transport that plays the server's part
// byte by byte (no sockets, no timing), a recorder that splits what the client sent into
// commands, and memory figures from /proc.

#include "imap/Client.h"
#include "imap/ConnectionSettings.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QIODevice>
#include <QtCore/QList>

#include <functional>

namespace Hardening {

// A byte stream whose far end is the test: serverSend() makes bytes readable at once (and
// emits readyRead() synchronously, so the client parses them inside the call), serverClose()
// is the server's FIN, and everything the client writes is kept in written().
class FakeTransport : public QIODevice
{
    Q_OBJECT
public:
    explicit FakeTransport(QObject *parent = nullptr)
        : QIODevice(parent)
    {
        open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return qint64(m_incoming.size() - m_readPos) + QIODevice::bytesAvailable();
    }

    void serverSend(const QByteArray &bytes)
    {
        if (!isOpen() || m_closedByServer) {
            return;
        }
        if (m_readPos > 0 && m_readPos == m_incoming.size()) {
            m_incoming.clear();
            m_readPos = 0;
        }
        m_incoming.append(bytes);
        Q_EMIT readyRead();
    }
    void serverClose()
    {
        m_closedByServer = true;
        Q_EMIT readChannelFinished();
    }

    QByteArray written() const { return m_written; }
    void clearWritten() { m_written.clear(); }
    // Bytes the client has not read yet (a bounded-memory check of the transport itself).
    qsizetype unread() const { return m_incoming.size() - m_readPos; }

Q_SIGNALS:
    void clientWrote();

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_incoming.size() - m_readPos);
        if (n <= 0) {
            return m_closedByServer ? -1 : 0;
        }
        memcpy(data, m_incoming.constData() + m_readPos, size_t(n));
        m_readPos += n;
        if (m_readPos == m_incoming.size()) {
            m_incoming.clear();
            m_readPos = 0;
        }
        return n;
    }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_written.append(data, size);
        Q_EMIT clientWrote();
        return size;
    }

private:
    QByteArray m_incoming;
    qsizetype m_readPos = 0;
    QByteArray m_written;
    bool m_closedByServer = false;
};

// One command as the client framed it: the line parts and the literal payloads, in order.
struct ClientCommand
{
    QByteArray tag;
    QByteArray text;             // the whole command with literals inlined, without the final CRLF
    QList<QByteArray> lineParts; // bytes outside literals (each ends where a literal starts)
    QList<QByteArray> literals;
};

// Splits the client's byte stream into commands, following literal announcements ({n} and
// {n+}) the way a server must. Returns false when the stream is not well framed (a bare CR or
// LF or a NUL outside a literal, a literal announcement the client did not honour).
// `incomplete` receives an unfinished tail.
bool splitCommands(const QByteArray &stream, QList<ClientCommand> *commands,
                   QByteArray *incomplete = nullptr, QString *why = nullptr);

// Decodes an IMAP astring (atom, quoted string or literal) at the start of `text`; returns
// false if it is none. `rest` gets what follows.
bool decodeAstring(QByteArrayView text, const QList<QByteArray> &literals, int *literalIndex,
                   QByteArray *value, QByteArrayView *rest);

// A server played against a FakeTransport: it answers synchronising literals with "+ go",
// hands every complete command to `respond` (which returns the server's answer, or a null
// QByteArray for none yet), and records the commands.
class RecordingServer : public QObject
{
    Q_OBJECT
public:
    using Responder = std::function<QByteArray(const ClientCommand &)>;

    explicit RecordingServer(FakeTransport *transport, QObject *parent = nullptr);
    void setResponder(Responder responder) { m_respond = std::move(responder); }
    QList<ClientCommand> commands() const { return m_commands; }
    bool framingError() const { return !m_error.isEmpty(); }
    QString framingErrorString() const { return m_error; }
    // Default answer: "<tag> OK done".
    static QByteArray ok(const ClientCommand &command);

private:
    void onClientWrote();

    FakeTransport *m_transport;
    Responder m_respond;
    QList<ClientCommand> m_commands;
    qsizetype m_consumed = 0;
    qsizetype m_lastContinuationAt = -1;
    QString m_error;
    bool m_inHandler = false;
};

// Plaintext settings with cleartext passwords allowed (the hardening tests that use the fake
// transport are about the wire, not about TLS).
Imap::ConnectionSettings plainSettings();

// Connects the client over the transport, sends `greeting` and waits until the client is
// ready. Returns false when it did not become ready.
bool connectOver(Imap::Client *client, FakeTransport *transport,
                 const QByteArray &greeting = "* PREAUTH [CAPABILITY IMAP4rev1 IDLE ID LITERAL+ "
                                              "UIDPLUS ENABLE] ready\r\n");

// Runs the event loop until `condition` holds or `timeoutMs` pass.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 5000);

// Resident set size and its peak (VmRSS / VmHWM, KiB). resetPeak() sets the peak to the
// current size (clear_refs 5) so that the peak of a single step can be measured; it returns
// false where the kernel does not allow it (the caller then samples VmRSS). Under
// AddressSanitizer (the CI build) the figures are the live heap and its peak instead, from
// ASan's allocation hooks, since its quarantine and shadow memory swamp the RSS.
qint64 rssKiB();
qint64 peakRssKiB();
bool resetPeak();
int openFileDescriptors();

} // namespace Hardening
