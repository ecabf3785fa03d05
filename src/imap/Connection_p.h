#pragma once

// Private: not part of the installed API. The protocol engine behind Imap::Client.

#include "imap/Client.h"
#include "imap/CommandScheduler.h"
#include "imap/CommandTable.h"
#include "imap/CommandTraits.h"
#include "imap/ConnectionError.h"
#include "imap/ConnectionSettings.h"
#include "imap/ImapExport.h"
#include "imap/Reply.h"
#include "imap/SignalWatch.h"
#include "imap/wire/CommandEncoder.h"
#include "imap/wire/EncodedCommand.h"
#include "imap/wire/ResponseParser.h"

#include <QtCore/QByteArrayList>
#include <QtCore/QHash>
#include <QtCore/QLoggingCategory>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>

#include <functional>
#include <map>
#include <memory>

class QIODevice;
class QSslSocket;

namespace Imap {

Q_DECLARE_LOGGING_CATEGORY(lcClient)

class Clock;
class ClockTimer;
class CompressionLayer;
class IdleReply;
class LiteralRouter;
class MailboxState;
class RawReply;

// Owns the transport, the parser, the scheduler and every in-flight command. Protocol rules
// live here; Client is a thin public facade and replies only collect results.
class LETTERTRAY_IMAP_AUTOTEST_EXPORT Connection : public QObject
{
    Q_OBJECT

public:
    using State = Client::State;
    using Builder = std::function<Wire::EncodedCommand(const Wire::CommandEncoder &)>;
    // Called with the server's continuation text; returns the line to send (without CRLF; "*"
    // cancels the exchange), or nullopt when the exchange is already over (a protocol error).
    using ContinuationHandler = std::function<std::optional<QByteArray>(const QByteArray &)>;
    // Called with the tagged completion before the reply sees it; returns false to keep the
    // reply pending (IDLE rounds).
    using TaggedHook = std::function<bool(const Wire::TaggedStatus &)>;

    struct CommandOptions
    {
        TaggedHook onTagged;
        ContinuationHandler onContinuation; // AUTHENTICATE
        // Checked at send time, in this order, after the command table's capability; a
        // non-empty result refuses the command with CapabilityMissing (a capability the
        // command needs besides its table row's, e.g. THREAD=REFERENCES, CATENATE),
        // NotAllowedInState or RefusedByPolicy (e.g. a cleartext password).
        std::function<QString()> capabilityCheck;
        std::function<QString()> stateCheck;
        std::function<QString()> policyCheck;
        std::function<void()> onSend; // runs when the command goes on the wire
        // On a tagged OK: a non-empty result means the OK cannot be trusted (a SASL server
        // that did not prove itself); the connection is closed as a protocol error.
        std::function<QString(const Wire::TaggedStatus &)> verifyOk;
        // On a tagged NO/BAD: a non-empty result replaces the server's text in the reply.
        std::function<QString()> localFailure;
        // Whose untagged responses are whose (scheduler rule 2): a STATUS command's mailbox,
        // a UID FETCH / UID STORE's UID set. Commands of the same type whose keys do not
        // overlap run together and their responses are routed by key; none: by type alone.
        ResponseKey responseKey;
    };

    Connection(Client *client);
    ~Connection() override;

    void setClock(Clock *clock);
    void connectToHost(const ConnectionSettings &settings);
    void connectToDevice(QIODevice *device, const ConnectionSettings &settings);
    void disconnectFromHost();

    State state() const { return m_state; }
    bool isEncrypted() const;
    const ConnectionSettings &settings() const { return m_settings; }
    const ConnectionError &lastError() const { return m_lastError; }
    const QByteArrayList &capabilities() const { return m_capabilities; }
    bool hasCapability(QByteArrayView capability) const;
    const QByteArrayList &enabled() const { return m_enabled; }
    bool isUtf8Enabled() const;
    MailboxState *mailboxState() const { return m_mailbox; }
    void setTraceEnabled(bool enabled) { m_trace = enabled; }

    // COMPRESS=DEFLATE (Client::compress()). While the command's answer is outstanding the
    // stream is read line by line, so that the byte after the tagged OK is the first one that
    // goes through the deflate layer; on OK the layer starts (returns false when zlib cannot,
    // after failing the connection).
    bool isCompressed() const { return m_compression != nullptr; }
    Client::CompressionStatistics compressionStatistics() const;
    void beginCompress() { m_compressPending = true; }
    bool finishCompress(bool ok);

    // Queues a command; the reply is parented to the client.
    template<typename R> R *submit(CommandKind kind, Builder builder, CommandOptions options = {})
    {
        auto *reply = new R(kind, m_client);
        enqueue(reply, CommandTable::traits(kind), std::move(builder), std::move(options));
        return reply;
    }
    void enqueue(Reply *reply, const CommandTraits &traits, Builder builder,
                 CommandOptions options);
    // A line as typed, classified by its command name.
    RawReply *submitRaw(const QByteArray &line);
    // Submits IDLE; its rounds are managed here.
    IdleReply *startIdle();

    // Reply callbacks.
    void abortCommand(quint64 id);
    // FetchReply::setBodySink(): the command's large literals go to a sink as they arrive,
    // before the response's UID may have been read, so it must run alone among the commands
    // collecting FETCH data: its ResponseKey is dropped while it still waits.
    void dropResponseKey(quint64 id);
    void forgetReply(quint64 id);
    void setDeadline(quint64 id, std::chrono::milliseconds timeout);
    void stopIdle(IdleReply *reply);

    // Password policy: cleartext credentials need an encrypted link or an explicit opt-in.
    QString cleartextPasswordPolicy() const;
    // Whether mechanisms that send the password itself (PLAIN, LOGIN) may be used.
    bool passwordExposureAllowed() const;

private:
    struct Command
    {
        quint64 id = 0;
        const CommandTraits *traits = nullptr;
        QPointer<Reply> reply;
        Builder builder;
        CommandOptions options;
        Wire::EncodedCommand encoded;
        QList<QByteArray> parts;
        QByteArray tag;
        qsizetype nextPart = 0;
        bool sent = false;
        bool abandoned = false; // reply gone or failed locally; the server's answer is discarded
        bool internal = false;
        bool isIdle = false;
        bool doneSent = false;
        bool continued = false; // IDLE: the server sent "+"
        bool renewing = false;  // IDLE: DONE sent for a renewal
        ClockTimer *deadline = nullptr;
    };

    // Setup
    void openDevice(QIODevice *device, bool alreadyConnected);
    void onSocketConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onTransportError();
    void onReadyRead();
    // Feeds plain (decrypted, inflated) server bytes to the parser and handles what it
    // completes. Returns false when reading must stop (connection gone, STARTTLS upgrade).
    bool consumePlain(QByteArrayView bytes);
    void attachBodySink(const Command &command);
    void detachBodySink();
    // The setup, inactivity and IDLE renewal timers, from the current clock.
    void createTimers();
    void onSetupTimeout();
    void handleGreeting(const Wire::Response &response);
    void continueSetup();
    void sessionReady();
    void enqueueInternal(CommandKind kind, TaggedHook onTagged, bool first = false);

    // Running
    void handleResponse(Wire::Response &response);
    void handleTagged(const Wire::TaggedStatus &status);
    void reportSkippedResponse(const Wire::ProtocolError &error);
    void handleUntagged(Wire::Response &response);
    void handleContinuation(const Wire::ContinuationRequest &request);
    void schedulePump();
    void pump();
    void startCommand(Command &command);
    void flushWrites();
    void write(const QByteArray &bytes, const QByteArray &traceText);
    void finishCommand(quint64 id, Reply::Status status, const QString &text,
                       const Wire::ResponseCode &code = {}, bool completeReply = true);
    void failLater(Reply *reply, Reply::Status status, const QString &text);
    QString checkSendable(const Command &command) const;
    void updateInactivityTimer();
    void onInactivityTimeout();
    void enqueueIdleRound();
    bool handleIdleTagged(Command &command, const Wire::TaggedStatus &status);
    void onIdleRenewal();
    Command *findCommand(quint64 id);
    void sendDone(Command &command);
    void setState(State state);
    void setCapabilities(const QByteArrayList &capabilities);
    void surfaceAlert(const QByteArray &text);
    void afterTaggedStateChange(const Command &command, const Wire::TaggedStatus &status);

    // Ends the connection: every pending and queued command fails with status.
    void fail(ConnectionError::Kind kind, const QString &message, Reply::Status status);
    void failAllCommands(Reply::Status status, const QString &text);
    void closeTransport();

    Client *m_client;
    MailboxState *m_mailbox;
    Clock *m_clock;
    ConnectionSettings m_settings;
    ConnectionError m_lastError;
    State m_state = State::Disconnected;

    QPointer<QIODevice> m_device;
    QSslSocket *m_ssl = nullptr; // m_device when it is a QSslSocket
    bool m_ownsDevice = false;
    Wire::ResponseParser m_parser;
    // Client::responseReceived() is offered every response only when someone listens (Client's
    // connectNotify()/disconnectNotify() invalidate it).
    SignalWatch m_responseReceivedWatch;
    friend class Client; // invalidates m_responseReceivedWatch
    // Reused for every read: a fresh 64 KiB block per read made glibc consolidate its free
    // lists each time (a tenth of a 100k-message FETCH's client CPU). Taken while in use, so a
    // nested read gets its own.
    QByteArray m_readBuffer;
    // Between the socket and the parser once COMPRESS succeeded. Shared so that a read in
    // progress keeps it alive when a response it inflated closes the connection.
    std::shared_ptr<CompressionLayer> m_compression;
    bool m_compressPending = false;
    Client::CompressionStatistics m_compressionStatistics; // of the last compressed session
    // The parser's literal sink while a FETCH with a body sink runs (FetchReply::setBodySink).
    LiteralRouter *m_literalRouter = nullptr;
    quint64 m_sinkCommand = 0;

    enum class Setup
    {
        None,
        Connecting,
        TlsHandshake,
        Greeting,
        Capability,
        StartTls,
        Upgrading,
        Ready
    };
    Setup m_setup = Setup::None;
    bool m_startTlsOk = false;
    ClockTimer *m_setupTimer;
    ClockTimer *m_inactivityTimer;
    ClockTimer *m_idleRenewalTimer;

    QByteArrayList m_capabilities;
    QByteArrayList m_enabled;
    QSet<QString> m_alertsSeen;
    bool m_byeReceived = false;
    bool m_preauth = false;
    bool m_trace = false;

    CommandScheduler m_scheduler;
    std::map<quint64, Command> m_commands;
    QList<quint64> m_notReady;  // user commands issued before the session was ready
    QList<quint64> m_sendQueue; // started, not yet (fully) written, in order
    QHash<QByteArray, quint64> m_tags;
    quint64 m_nextId = 1;
    quint64 m_tagCounter = 0;
    quint64 m_continuationOwner = 0; // command whose next part / SASL step waits for "+"
    bool m_pumpScheduled = false;

    QPointer<IdleReply> m_idle; // the active IDLE reply, across rounds
    quint64 m_idleRound = 0;    // command id of the current IDLE round
};

} // namespace Imap
