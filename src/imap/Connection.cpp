#include "imap/Connection_p.h"

#include "imap/Clock.h"
#include "imap/ClockTimer.h"
#include "imap/CompressionLayer.h"
#include "imap/FetchReply.h"
#include "imap/IdleReply.h"
#include "imap/MailboxState.h"
#include "imap/RawReply.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QMetaEnum>
#include <QtCore/QScopeGuard>
#include <QtCore/QTimer>
#include <QtCore/QVarLengthArray>
#include <QtNetwork/QSslCipher>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslSocket>

namespace Imap {

Q_LOGGING_CATEGORY(lcClient, "lettertray.imap.client", QtWarningMsg)

namespace {

// Reading in bounded pieces keeps memory flat and lets timers and other connections run
// between pieces of a 100 MB response.
constexpr qint64 kReadChunk = 64 * 1024;
constexpr qsizetype kParsePiece = 8 * 1024;

UntaggedTypes untaggedTypeOf(const Wire::Response &response)
{
    using U = UntaggedType;
    if (response.is<Wire::Capability>()) {
        return U::Capability;
    }
    if (response.is<Wire::Enabled>()) {
        return U::Enabled;
    }
    if (const auto *list = response.get<Wire::List>()) {
        return list->lsub ? U::Lsub : U::List;
    }
    if (response.is<Wire::StatusData>()) {
        return U::Status;
    }
    if (response.is<Wire::Search>() || response.is<Wire::ESearch>()) {
        return U::Search;
    }
    if (response.is<Wire::Fetch>()) {
        return U::Fetch;
    }
    if (response.is<Wire::Namespace>()) {
        return U::Namespace;
    }
    if (response.is<Wire::Id>()) {
        return U::Id;
    }
    if (response.is<Wire::Sort>()) {
        return U::Sort;
    }
    if (response.is<Wire::Thread>()) {
        return U::Thread;
    }
    if (response.is<Wire::Quota>() || response.is<Wire::QuotaRoot>()) {
        return U::Quota;
    }
    if (response.is<Wire::Acl>() || response.is<Wire::ListRights>() ||
        response.is<Wire::MyRights>()) {
        return U::Acl;
    }
    if (response.is<Wire::Metadata>()) {
        return U::Metadata;
    }
    if (response.is<Wire::Flags>() || response.is<Wire::Exists>() || response.is<Wire::Recent>() ||
        response.is<Wire::UntaggedStatus>()) {
        return U::MailboxData;
    }
    return U::None;
}

SessionStates sessionStateOf(Client::State state)
{
    switch (state) {
    case Client::State::NotAuthenticated:
        return SessionState::NotAuthenticated;
    case Client::State::Authenticated:
        return SessionState::Authenticated;
    case Client::State::Selected:
        return SessionState::Selected;
    default:
        return {};
    }
}

QString serverText(const QByteArray &text)
{
    return QString::fromUtf8(text);
}

// Before the STARTTLS upgrade anyone on the path can write the server's words: they do not
// reach the user then (issue 10, item 6), only a generic error does.
QString trustedServerText(const ConnectionSettings &settings, bool encrypted,
                          const QByteArray &text)
{
    if (settings.security == ConnectionSettings::Security::StartTls && !encrypted) {
        return QStringLiteral("(server text withheld: not encrypted yet)");
    }
    return serverText(text);
}

Reply::Status replyStatusOf(Wire::Status status)
{
    switch (status) {
    case Wire::Status::Ok:
        return Reply::Status::Ok;
    case Wire::Status::No:
        return Reply::Status::No;
    default:
        return Reply::Status::Bad;
    }
}

// A raw line's ResponseKey where the line spells it plainly: the set of "UID FETCH <set> ..."
// and "UID STORE <set> ...", the mailbox of "STATUS <atom or quoted string> (...)". Anything
// else ("$", a literal, a quoted string with escapes) gets none and is scheduled by type.
ResponseKey responseKeyOfLine(const CommandTraits &traits, QByteArrayView line)
{
    auto skipWord = [](QByteArrayView text) {
        const qsizetype space = text.indexOf(' ');
        return space < 0 ? QByteArrayView() : text.sliced(space + 1);
    };
    auto firstWord = [](QByteArrayView text) {
        const qsizetype space = text.indexOf(' ');
        return space < 0 ? text : text.first(space);
    };
    if (traits.kind == CommandKind::UidFetch || traits.kind == CommandKind::UidStore) {
        const auto set = Wire::SequenceSet::parse(firstWord(skipWord(skipWord(line))));
        return set ? ResponseKey::uids(*set) : ResponseKey();
    }
    if (traits.kind != CommandKind::Status) {
        return {};
    }
    const QByteArrayView rest = skipWord(line);
    if (rest.startsWith('"')) {
        const qsizetype close = rest.indexOf('"', 1);
        const QByteArrayView name = close < 0 ? QByteArrayView() : rest.sliced(1, close - 1);
        return close < 0 || name.contains('\\') ? ResponseKey()
                                                : ResponseKey::mailboxBytes(name.toByteArray());
    }
    const QByteArrayView atom = firstWord(rest);
    if (atom.isEmpty() || atom.contains('{') || atom.contains('(') || atom.contains('"')) {
        return {};
    }
    return ResponseKey::mailboxBytes(atom.toByteArray());
}

} // namespace

// The parser's literal sink while a FETCH with a body sink runs. It forwards every byte of a
// large literal to that reply's sink as it arrives, and swallows the bytes once the reply is
// gone or finished (aborted, deadline): the stream stays in step without holding them.
class LiteralRouter final : public QIODevice
{
public:
    explicit LiteralRouter(QObject *parent)
        : QIODevice(parent)
    {
        QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    void setReply(FetchReply *reply) { m_reply = reply; }
    bool isSequential() const override { return true; }
    // The parser records pos() as the sink offset where a streamed literal starts.
    qint64 pos() const override
    {
        const QIODevice *sink = target();
        return sink ? sink->pos() : 0;
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        QIODevice *sink = target();
        if (!sink) {
            return size;
        }
        if (sink->write(data, size) != size) {
            setErrorString(sink->errorString());
            return -1; // the parser ends the connection with SinkWriteFailed
        }
        return size;
    }

private:
    QIODevice *target() const
    {
        return m_reply && !m_reply->isFinished() ? m_reply->bodySink() : nullptr;
    }
    QPointer<FetchReply> m_reply;
};

Connection::Connection(Client *client)
    : QObject(client)
    , m_client(client)
    , m_mailbox(new MailboxState(client))
    , m_clock(Clock::system())
    , m_literalRouter(new LiteralRouter(this))
{
    createTimers();
}

void Connection::createTimers()
{
    m_setupTimer = m_clock->createTimer(this);
    m_inactivityTimer = m_clock->createTimer(this);
    m_idleRenewalTimer = m_clock->createTimer(this);
    connect(m_setupTimer, &ClockTimer::timeout, this, &Connection::onSetupTimeout);
    connect(m_inactivityTimer, &ClockTimer::timeout, this, &Connection::onInactivityTimeout);
    connect(m_idleRenewalTimer, &ClockTimer::timeout, this, &Connection::onIdleRenewal);
}

Connection::~Connection()
{
    if (m_device) {
        m_device->disconnect(this);
    }
    // Replies outlive us only as orphans; make sure none is left pending.
    for (auto &[id, command] : m_commands) {
        if (command.reply) {
            command.reply->m_connection = nullptr;
        }
    }
}

void Connection::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
    delete m_setupTimer;
    delete m_inactivityTimer;
    delete m_idleRenewalTimer;
    createTimers();
}

bool Connection::isEncrypted() const
{
    return m_ssl && m_ssl->isEncrypted();
}

bool Connection::hasCapability(QByteArrayView capability) const
{
    for (const QByteArray &known : m_capabilities) {
        if (Wire::equalsIgnoreCase(known, capability)) {
            return true;
        }
    }
    return false;
}

bool Connection::isUtf8Enabled() const
{
    for (const QByteArray &known : m_enabled) {
        if (Wire::equalsIgnoreCase(known, "UTF8=ACCEPT") ||
            Wire::equalsIgnoreCase(known, "UTF8=ONLY") ||
            Wire::equalsIgnoreCase(known, "IMAP4rev2")) {
            return true;
        }
    }
    return false;
}

// --- set-up ---------------------------------------------------------------------------------

namespace {

// Reading the system trust store parses every certificate file under /etc/ssl/certs (about
// 140 ms of CPU per call on Debian 12, the largest cost of a reconnect in the W6 benchmark),
// so it is read once per process. QSslCertificate is implicitly shared: the copies are cheap.
const QList<QSslCertificate> &systemCaCertificatesOnce()
{
    static const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
    return certificates;
}

} // namespace

void Connection::connectToHost(const ConnectionSettings &settings)
{
    if (m_state != State::Disconnected) {
        disconnectFromHost();
    }
    auto *socket = new QSslSocket(this);
    socket->setProxy(settings.proxy);
    if (settings.security != ConnectionSettings::Security::Plaintext) {
        QSslConfiguration config = socket->sslConfiguration();
        // The system store alone (the default, also with a pinned certificate): Qt's default
        // configuration lets OpenSSL look an issuer up in the system directory when it needs
        // one. A list set explicitly is added certificate by certificate to a new OpenSSL
        // store on every handshake, each addition checked against those before it: with the
        // ~140 system roots that was 2-4 ms of CPU per connection (W6, reconnect storm).
        if (!settings.useSystemCaCertificates || !settings.caCertificates.isEmpty()) {
            QList<QSslCertificate> cas;
            if (settings.useSystemCaCertificates) {
                cas = systemCaCertificatesOnce();
            }
            cas += settings.caCertificates;
            config.setCaCertificates(cas);
        }
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket->setSslConfiguration(config);
    }
    socket->setPeerVerifyName(settings.peerVerifyName.isEmpty() ? settings.host
                                                                : settings.peerVerifyName);
    m_settings = settings;
    m_ownsDevice = true;
    openDevice(socket, false);
    m_setup = Setup::Connecting;
    m_setupTimer->start(settings.connectTimeout);
    qCInfo(lcClient) << "connecting to" << settings.host << settings.effectivePort();
    if (settings.security == ConnectionSettings::Security::ImplicitTls) {
        socket->connectToHostEncrypted(settings.host, settings.effectivePort(),
                                       socket->peerVerifyName());
    } else {
        socket->connectToHost(settings.host, settings.effectivePort());
    }
}

void Connection::connectToDevice(QIODevice *device, const ConnectionSettings &settings)
{
    if (m_state != State::Disconnected) {
        disconnectFromHost();
    }
    m_settings = settings;
    m_ownsDevice = false;
    openDevice(device, true);
    auto *socket = qobject_cast<QSslSocket *>(device);
    if (socket && settings.security == ConnectionSettings::Security::ImplicitTls &&
        !socket->isEncrypted()) {
        m_setup = Setup::TlsHandshake;
        m_setupTimer->start(settings.tlsHandshakeTimeout);
        socket->startClientEncryption();
        return;
    }
    if (!socket && settings.security != ConnectionSettings::Security::Plaintext) {
        // A plain byte stream cannot do TLS; honour the caller's demand for it by failing.
        fail(ConnectionError::Kind::TlsHandshake,
             QStringLiteral("the transport cannot do TLS; choose Security::Plaintext for it"),
             Reply::Status::ConnectionLost);
        return;
    }
    m_setup = Setup::Greeting;
    m_setupTimer->start(settings.greetingTimeout);
    if (device->bytesAvailable() > 0) {
        QTimer::singleShot(0, this, &Connection::onReadyRead);
    }
}

void Connection::openDevice(QIODevice *device, bool alreadyConnected)
{
    Q_UNUSED(alreadyConnected);
    m_device = device;
    m_ssl = qobject_cast<QSslSocket *>(device);
    detachBodySink();
    m_parser.reset();
    m_compression.reset();
    m_compressPending = false;
    m_compressionStatistics = {};
    m_capabilities.clear();
    m_enabled.clear();
    m_alertsSeen.clear();
    m_byeReceived = false;
    m_preauth = false;
    m_startTlsOk = false;
    m_lastError = {};
    m_continuationOwner = 0;
    setState(State::Connecting);

    connect(device, &QIODevice::readyRead, this, &Connection::onReadyRead);
    if (auto *socket = qobject_cast<QAbstractSocket *>(device)) {
        connect(socket, &QAbstractSocket::connected, this, &Connection::onSocketConnected);
        connect(socket, &QAbstractSocket::errorOccurred, this, &Connection::onTransportError);
        connect(socket, &QAbstractSocket::disconnected, this, &Connection::onTransportError);
        // Bounded read-ahead: the parser is fed as bytes come, so Qt needs little more than a
        // read's worth. While the event loop is held up (a slow body sink), what the server
        // sends waits in the kernel, not in this process (1 MiB here let a 100 MB FETCH's RSS
        // jump by 3-4 MiB now and then).
        socket->setReadBufferSize(256 * 1024);
    } else {
        connect(device, &QIODevice::readChannelFinished, this, &Connection::onTransportError);
        connect(device, &QIODevice::aboutToClose, this, &Connection::onTransportError);
    }
    if (m_ssl) {
        connect(m_ssl, &QSslSocket::encrypted, this, &Connection::onEncrypted);
        connect(m_ssl, &QSslSocket::sslErrors, this, &Connection::onSslErrors);
    }
}

void Connection::onSocketConnected()
{
    if (auto *socket = qobject_cast<QAbstractSocket *>(m_device.data())) {
        socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    }
    if (m_settings.security == ConnectionSettings::Security::ImplicitTls) {
        m_setup = Setup::TlsHandshake;
        m_setupTimer->start(m_settings.tlsHandshakeTimeout);
    } else {
        m_setup = Setup::Greeting;
        m_setupTimer->start(m_settings.greetingTimeout);
    }
}

void Connection::onSslErrors(const QList<QSslError> &errors)
{
    const QList<QSslCertificate> chain = m_ssl->peerCertificateChain();
    const QSslCertificate leaf = chain.isEmpty() ? m_ssl->peerCertificate() : chain.first();
    const QByteArray leafSha =
        leaf.isNull() ? QByteArray() : leaf.digest(QCryptographicHash::Sha256);
    if (!m_settings.pinnedSha256.isEmpty() && leafSha == m_settings.pinnedSha256) {
        // The user trusts exactly this certificate for this host.
        qCInfo(lcClient) << "certificate errors ignored for the pinned certificate";
        m_ssl->ignoreSslErrors(errors);
        return;
    }
    QStringList texts;
    for (const QSslError &error : errors) {
        texts.append(error.errorString());
    }
    m_lastError.sslErrors = errors;
    m_lastError.certificateChain = chain;
    m_lastError.leafSha256 = leafSha;
    const bool pinned = !m_settings.pinnedSha256.isEmpty();
    const QString message =
        (pinned ? QStringLiteral("certificate does not match the pinned fingerprint; ")
                : QStringLiteral("certificate rejected: ")) +
        texts.join(QStringLiteral("; ")) + QStringLiteral(" (SHA-256 ") +
        QString::fromLatin1(leafSha.toHex(':').toUpper()) + QLatin1Char(')');
    fail(pinned ? ConnectionError::Kind::PinMismatch : ConnectionError::Kind::CertificateRejected,
         message, Reply::Status::ConnectionLost);
}

void Connection::onEncrypted()
{
    // The digest only where a pin asks for it: this runs on every connection, inside Qt's
    // completion of the handshake, and hashing the certificate is work no login needs.
    const QByteArray leafSha = m_settings.pinnedSha256.isEmpty()
                                   ? QByteArray()
                                   : m_ssl->peerCertificate().digest(QCryptographicHash::Sha256);
    if (!m_settings.pinnedSha256.isEmpty() && leafSha != m_settings.pinnedSha256) {
        m_lastError.certificateChain = m_ssl->peerCertificateChain();
        m_lastError.leafSha256 = leafSha;
        fail(ConnectionError::Kind::PinMismatch,
             QStringLiteral("certificate does not match the pinned fingerprint (SHA-256 ") +
                 QString::fromLatin1(leafSha.toHex(':').toUpper()) + QLatin1Char(')'),
             Reply::Status::ConnectionLost);
        return;
    }
    qCInfo(lcClient) << "TLS established" << m_ssl->sessionCipher().name();
    if (m_setup == Setup::Upgrading) {
        // RFC 9051 §6.2.1: forget what the server said before TLS and ask again.
        m_parser.reset();
        setCapabilities({});
        m_setup = Setup::Capability;
        m_setupTimer->start(m_settings.greetingTimeout);
        enqueueInternal(CommandKind::Capability, [this](const Wire::TaggedStatus &status) {
            if (status.status != Wire::Status::Ok || m_capabilities.isEmpty()) {
                fail(ConnectionError::Kind::ProtocolError,
                     QStringLiteral("CAPABILITY after STARTTLS failed"),
                     Reply::Status::ConnectionLost);
                return false;
            }
            sessionReady();
            return true;
        });
        return;
    }
    m_setup = Setup::Greeting;
    m_setupTimer->start(m_settings.greetingTimeout);
    if (m_device && m_device->bytesAvailable() > 0) {
        onReadyRead();
    }
}

void Connection::onTransportError()
{
    if (!m_device) {
        return;
    }
    if (m_state == State::Logout) {
        closeTransport();
        setState(State::Disconnected);
        Q_EMIT m_client->disconnected();
        return;
    }
    auto *socket = qobject_cast<QAbstractSocket *>(m_device.data());
    QString text = socket ? socket->errorString() : QStringLiteral("the stream was closed");
    ConnectionError::Kind kind = ConnectionError::Kind::ConnectionLost;
    if (m_setup == Setup::Connecting) {
        kind = ConnectionError::Kind::Network;
    } else if (m_setup == Setup::TlsHandshake || m_setup == Setup::Upgrading) {
        kind = ConnectionError::Kind::TlsHandshake;
    } else if (m_setup == Setup::Greeting) {
        kind = ConnectionError::Kind::InvalidGreeting;
        text = QStringLiteral("the server closed the connection without a greeting");
    } else if (m_byeReceived) {
        kind = ConnectionError::Kind::ServerBye;
    }
    fail(kind, text, Reply::Status::ConnectionLost);
}

void Connection::onSetupTimeout()
{
    QString what;
    switch (m_setup) {
    case Setup::Connecting:
        what = QStringLiteral("connecting");
        break;
    case Setup::TlsHandshake:
    case Setup::Upgrading:
        what = QStringLiteral("the TLS handshake");
        break;
    case Setup::Greeting:
        what = QStringLiteral("the greeting");
        break;
    default:
        what = QStringLiteral("session set-up");
        break;
    }
    fail(ConnectionError::Kind::Timeout, QStringLiteral("timeout waiting for ") + what,
         Reply::Status::Timeout);
}

void Connection::handleGreeting(const Wire::Response &response)
{
    const auto *status = response.get<Wire::UntaggedStatus>();
    if (!status) {
        fail(ConnectionError::Kind::InvalidGreeting,
             QStringLiteral("the server did not start with a greeting"),
             Reply::Status::ConnectionLost);
        return;
    }
    if (status->code.kind == Wire::ResponseCode::Kind::Capability) {
        setCapabilities(status->code.list);
    }
    if (status->code.kind == Wire::ResponseCode::Kind::Alert) {
        surfaceAlert(status->text);
    }
    switch (status->status) {
    case Wire::Status::Ok:
        break;
    case Wire::Status::PreAuth:
        if (m_settings.security == ConnectionSettings::Security::StartTls && !isEncrypted()) {
            // A PREAUTH session can never be upgraded: STARTTLS is only valid before login.
            fail(ConnectionError::Kind::PreauthNotAllowed,
                 QStringLiteral("the server sent PREAUTH, so STARTTLS is impossible"),
                 Reply::Status::ConnectionLost);
            return;
        }
        m_preauth = true;
        break;
    default:
        fail(ConnectionError::Kind::GreetingRejected,
             QStringLiteral("the server rejected the connection: ") +
                 trustedServerText(m_settings, isEncrypted(), status->text),
             Reply::Status::ConnectionLost);
        return;
    }
    continueSetup();
}

void Connection::continueSetup()
{
    m_setupTimer->stop();
    if (m_capabilities.isEmpty()) {
        m_setup = Setup::Capability;
        m_setupTimer->start(m_settings.greetingTimeout);
        enqueueInternal(CommandKind::Capability, [this](const Wire::TaggedStatus &status) {
            if (status.status != Wire::Status::Ok) {
                fail(ConnectionError::Kind::ProtocolError,
                     QStringLiteral("CAPABILITY failed: ") + serverText(status.text),
                     Reply::Status::ConnectionLost);
                return false;
            }
            continueSetup();
            return true;
        });
        return;
    }
    if (m_settings.security == ConnectionSettings::Security::StartTls && !isEncrypted()) {
        if (!hasCapability("STARTTLS")) {
            fail(ConnectionError::Kind::StartTlsUnavailable,
                 QStringLiteral("the server does not offer STARTTLS"),
                 Reply::Status::ConnectionLost);
            return;
        }
        if (!m_ssl) {
            fail(ConnectionError::Kind::StartTlsUnavailable,
                 QStringLiteral("the transport cannot do TLS"), Reply::Status::ConnectionLost);
            return;
        }
        m_setup = Setup::StartTls;
        m_setupTimer->start(m_settings.greetingTimeout);
        enqueueInternal(CommandKind::StartTls, [this](const Wire::TaggedStatus &status) {
            if (status.status != Wire::Status::Ok) {
                fail(ConnectionError::Kind::StartTlsRefused,
                     QStringLiteral("the server refused STARTTLS: ") +
                         trustedServerText(m_settings, isEncrypted(), status.text),
                     Reply::Status::ConnectionLost);
                return false;
            }
            m_startTlsOk = true; // onReadyRead() checks for injected bytes, then upgrades
            return true;
        });
        return;
    }
    sessionReady();
}

void Connection::sessionReady()
{
    m_setupTimer->stop();
    m_setup = Setup::Ready;
    setState(m_preauth ? State::Authenticated : State::NotAuthenticated);
    qCInfo(lcClient) << "session ready, encrypted:" << isEncrypted();
    Q_EMIT m_client->connected();
    for (quint64 id : std::as_const(m_notReady)) {
        if (Command *command = findCommand(id)) {
            m_scheduler.enqueue(id, *command->traits, &command->options.responseKey);
        }
    }
    m_notReady.clear();
    schedulePump();
}

void Connection::enqueueInternal(CommandKind kind, TaggedHook onTagged, bool first)
{
    Command command;
    command.id = m_nextId++;
    command.traits = &CommandTable::traits(kind);
    command.internal = true;
    command.builder = [name =
                           QByteArray(command.traits->name)](const Wire::CommandEncoder &encoder) {
        return encoder.encode(name);
    };
    command.options.onTagged = std::move(onTagged);
    const quint64 id = command.id;
    m_commands.emplace(id, std::move(command));
    if (first) {
        m_scheduler.enqueueFront(id, *m_commands.at(id).traits);
    } else {
        m_scheduler.enqueue(id, *m_commands.at(id).traits);
    }
    schedulePump();
}

// --- reading --------------------------------------------------------------------------------

void Connection::onReadyRead()
{
    QPointer<Connection> self(this);
    while (self && m_device && m_device->bytesAvailable() > 0) {
        if (m_setup == Setup::TlsHandshake || m_setup == Setup::Upgrading) {
            return; // bytes belong to the TLS layer
        }
        QByteArray chunk;
        bool reusable = false;
        if (m_setup == Setup::StartTls || m_compressPending) {
            // Line by line, so that we stop exactly after the tagged OK: after STARTTLS's to
            // see whether the server (or an attacker) sent anything before the handshake,
            // after COMPRESS's because the next byte is the first compressed one.
            chunk = m_device->canReadLine() ? m_device->readLine(kReadChunk)
                                            : m_device->read(kReadChunk);
        } else {
            chunk = std::move(m_readBuffer);
            chunk.resize(kReadChunk); // within the capacity it kept: no allocation
            const qint64 got = m_device->read(chunk.data(), kReadChunk);
            chunk.truncate(qMax<qint64>(got, 0));
            reusable = true;
        }
        // Handed back when this iteration ends, whichever way it ends (unless a handler
        // destroyed the connection meanwhile).
        const auto giveBack = qScopeGuard([this, &self, &chunk, reusable] {
            if (reusable && self && m_readBuffer.isNull()) {
                m_readBuffer = std::move(chunk);
            }
        });
        if (chunk.isEmpty()) {
            break;
        }
        if (m_inactivityTimer->isActive()) {
            m_inactivityTimer->start(m_settings.inactivityTimeout);
        }
        if (const std::shared_ptr<CompressionLayer> layer = m_compression) {
            // Inflated in bounded pieces, each parsed before the next is made.
            bool reading = true;
            const bool intact = layer->inflate(chunk, [this, &reading](QByteArrayView plain) {
                reading = consumePlain(plain);
                return reading;
            });
            if (!reading || !self || !m_device) {
                return;
            }
            if (!intact) {
                fail(ConnectionError::Kind::ProtocolError,
                     QStringLiteral("COMPRESS: ") + layer->errorString(),
                     Reply::Status::ProtocolError);
                return;
            }
            continue;
        }
        if (!consumePlain(chunk)) {
            return;
        }
    }
}

bool Connection::consumePlain(QByteArrayView bytes)
{
    QPointer<Connection> self(this);
    qCDebug(lcClient).noquote()
        << "S:" << bytes.first(std::min<qsizetype>(bytes.size(), 512)).toByteArray();
    if (m_trace) {
        Q_EMIT m_client->traceReceived(bytes.toByteArray());
    }
    // Fed a piece at a time, each piece's responses handled before the next is parsed: the
    // parser's queue then holds a few dozen responses that are still in cache when they are
    // taken, not the thousand short FETCHes of a whole read (bench-parser's flag resync taken
    // by next(): ~600 -> ~710 MB/s).
    Wire::Response response;
    QByteArrayView rest = bytes;
    do {
        const QByteArrayView piece = rest.first(std::min(rest.size(), kParsePiece));
        rest = rest.sliced(piece.size());
        m_parser.feed(piece);
        while (self && m_device && m_parser.next(response)) {
            handleResponse(response);
        }
        if (!self || !m_device) {
            return false;
        }
    } while (!rest.isEmpty() && !m_startTlsOk);
    if (m_startTlsOk) {
        m_startTlsOk = false;
        if (!rest.isEmpty() || m_device->bytesAvailable() > 0 || m_parser.isInsideResponse()) {
            fail(ConnectionError::Kind::StartTlsInjection,
                 QStringLiteral("the server sent data after the STARTTLS OK and before the "
                                "TLS handshake; possible injection attack"),
                 Reply::Status::ConnectionLost);
            return false;
        }
        m_setup = Setup::Upgrading;
        m_setupTimer->start(m_settings.tlsHandshakeTimeout);
        m_ssl->startClientEncryption();
        return false;
    }
    return true;
}

bool Connection::finishCompress(bool ok)
{
    m_compressPending = false;
    if (!ok) {
        return true;
    }
    auto layer = std::make_shared<CompressionLayer>();
    if (!layer->isValid()) {
        // The server deflates from now on; without zlib nothing it sends can be read.
        fail(ConnectionError::Kind::ProtocolError,
             QStringLiteral("COMPRESS: ") + layer->errorString(), Reply::Status::ProtocolError);
        return false;
    }
    m_compression = std::move(layer);
    qCInfo(lcClient) << "COMPRESS=DEFLATE active";
    return true;
}

Client::CompressionStatistics Connection::compressionStatistics() const
{
    if (!m_compression) {
        return m_compressionStatistics;
    }
    Client::CompressionStatistics statistics;
    statistics.active = true;
    statistics.compressedBytesRead = m_compression->compressedBytesRead();
    statistics.uncompressedBytesRead = m_compression->plainBytesRead();
    statistics.compressedBytesWritten = m_compression->compressedBytesWritten();
    statistics.uncompressedBytesWritten = m_compression->plainBytesWritten();
    return statistics;
}

void Connection::attachBodySink(const Command &command)
{
    auto *fetch = qobject_cast<FetchReply *>(command.reply.data());
    if (!fetch || !fetch->bodySink()) {
        return;
    }
    // Every large literal from now until its completion must belong to this command: the
    // parser streams a literal before it has read the rest of the response, so the UID that
    // would tell commands apart may come too late. A FETCH with a sink therefore has no
    // ResponseKey (setBodySink drops it while the command waits), and by rule 2 of the
    // scheduler no other command collecting FETCH data runs beside a keyless one.
    if (!command.options.responseKey.isNone()) {
        // setBodySink() came after the command was scheduled, maybe beside other UID
        // commands: its literals stay in memory, which is slower but never misrouted.
        qCWarning(lcClient) << "body sink set too late for" << command.traits->name
                            << "(call it right after the command method); kept in memory";
        return;
    }
    m_literalRouter->setReply(fetch);
    m_parser.setLiteralSink(m_literalRouter, fetch->bodySinkThreshold());
    m_sinkCommand = command.id;
}

void Connection::detachBodySink()
{
    if (m_sinkCommand == 0) {
        return;
    }
    m_parser.setLiteralSink(nullptr, 0);
    m_literalRouter->setReply(nullptr);
    m_sinkCommand = 0;
}

void Connection::handleResponse(Wire::Response &response)
{
    // Only when someone listens: the guard and the emission cost a tenth of the time of a
    // 100k-message FETCH otherwise.
    if (m_responseReceivedWatch.connected([this] {
            return m_client->isSignalConnected(QMetaMethod::fromSignal(&Client::responseReceived));
        })) {
        QPointer<Connection> self(this);
        Q_EMIT m_client->responseReceived(response);
        if (!self || !m_device) {
            return;
        }
    }
    if (const auto *error = response.get<Wire::ProtocolError>()) {
        qCWarning(lcClient) << "protocol error at offset" << error->offset << error->message;
        if (m_setup == Setup::Greeting) {
            fail(ConnectionError::Kind::InvalidGreeting,
                 QStringLiteral("invalid greeting: ") + QString::fromUtf8(error->message),
                 Reply::Status::ConnectionLost);
        } else if (error->fatal) {
            fail(ConnectionError::Kind::ProtocolError, QString::fromUtf8(error->message),
                 Reply::Status::ProtocolError);
        } else if (!error->tag.isEmpty() && m_tags.contains(error->tag)) {
            // The command's completion came but cannot be read: whether it succeeded, and so
            // the session's state, is unknown. Ending the connection fails it (and everything
            // queued) at once with a clear error, instead of at the inactivity timeout.
            fail(ConnectionError::Kind::ProtocolError,
                 QStringLiteral("the server's answer to %1 could not be parsed: %2")
                     .arg(QString::fromLatin1(error->tag), QString::fromUtf8(error->message)),
                 Reply::Status::ProtocolError);
        } else {
            reportSkippedResponse(*error);
        }
        return;
    }
    if (m_setup == Setup::Greeting) {
        handleGreeting(response);
        return;
    }
    if (const auto *tagged = response.get<Wire::TaggedStatus>()) {
        handleTagged(*tagged);
    } else if (const auto *continuation = response.get<Wire::ContinuationRequest>()) {
        handleContinuation(*continuation);
    } else {
        handleUntagged(response);
    }
}

void Connection::reportSkippedResponse(const Wire::ProtocolError &error)
{
    // The parser skipped an unreadable response and the stream goes on. What it carried (an
    // EXISTS, a FETCH of a running command) is lost, so whoever may be missing it is told:
    // every command on the wire, and the application through the Client signal.
    const QString message =
        QStringLiteral("unreadable server response skipped at stream offset %1: %2")
            .arg(error.offset)
            .arg(QString::fromUtf8(error.message));
    // Bounded per reply: a hostile server may send a million broken lines during one command.
    constexpr qsizetype kMaxWarnings = 64;
    for (auto &[id, command] : m_commands) {
        if (!command.sent || !command.reply || command.abandoned) {
            continue;
        }
        QStringList &warnings = command.reply->m_warnings;
        if (warnings.size() < kMaxWarnings) {
            warnings.append(message);
        } else if (warnings.size() == kMaxWarnings) {
            warnings.append(QStringLiteral("more unreadable server responses were skipped"));
        }
    }
    Q_EMIT m_client->protocolWarning(message);
}

void Connection::handleTagged(const Wire::TaggedStatus &status)
{
    const auto it = m_tags.constFind(status.tag);
    if (it == m_tags.constEnd()) {
        fail(ConnectionError::Kind::ProtocolError,
             QStringLiteral("tagged response for an unknown tag: ") +
                 QString::fromLatin1(status.tag.left(64)),
             Reply::Status::ProtocolError);
        return;
    }
    const quint64 id = it.value();
    m_tags.erase(it);
    Command *command = findCommand(id);
    if (!command) {
        return;
    }
    if (status.status == Wire::Status::Ok && command->nextPart < command->parts.size()) {
        // A server cannot have carried out a command whose literal it has not received yet
        // (NO/BAD, refusing the literal, is its right; OK is not).
        fail(ConnectionError::Kind::ProtocolError,
             QStringLiteral("tagged OK before the command's literal was sent"),
             Reply::Status::ProtocolError);
        return;
    }
    if (m_continuationOwner == id) {
        // Also when the server refused a literal: the remaining parts are never sent.
        m_continuationOwner = 0;
    }
    if (command->isIdle) {
        if (!handleIdleTagged(*command, status)) {
            return;
        }
        command = findCommand(id);
        if (!command) {
            return;
        }
    }
    if (status.status == Wire::Status::Ok && command->options.verifyOk) {
        const QString problem = command->options.verifyOk(status);
        if (!problem.isEmpty()) {
            fail(ConnectionError::Kind::ProtocolError,
                 QStringLiteral("the server's success cannot be trusted: ") + problem,
                 Reply::Status::ProtocolError);
            return;
        }
    }
    bool completeReply = true;
    if (command->options.onTagged) {
        QPointer<Connection> self(this);
        completeReply = command->options.onTagged(status);
        if (!self) {
            return;
        }
        command = findCommand(id);
        if (!command) {
            return;
        }
    }
    afterTaggedStateChange(*command, status);
    if (command->reply && !command->abandoned) {
        command->reply->handleTagged(status);
    }
    QString text;
    if (status.status != Wire::Status::Ok && command->options.localFailure) {
        // Our own reason (a cancelled SASL step) explains the failure better than the
        // server's answer to it.
        text = command->options.localFailure();
    }
    if (text.isEmpty()) {
        text = serverText(status.text);
    }
    finishCommand(id, replyStatusOf(status.status), text, status.code, completeReply);
    if (m_state == State::Logout && m_device) {
        // The server closes after LOGOUT; we do not wait for it.
        closeTransport();
        failAllCommands(Reply::Status::ConnectionLost, QStringLiteral("logged out"));
        setState(State::Disconnected);
        Q_EMIT m_client->disconnected();
        return;
    }
    flushWrites();
}

void Connection::surfaceAlert(const QByteArray &rawText)
{
    // RFC 9051 §7.1: ALERT text must be shown to the user; showing the same text on every
    // NOOP would train users to ignore it, so each distinct text is surfaced once.
    if (m_settings.security == ConnectionSettings::Security::StartTls && !isEncrypted()) {
        return; // not the server's word yet (see trustedServerText)
    }
    const QString text = serverText(rawText);
    if (!m_alertsSeen.contains(text) && m_alertsSeen.size() < 256) {
        m_alertsSeen.insert(text);
        Q_EMIT m_client->alertReceived(text);
    }
}

void Connection::afterTaggedStateChange(const Command &command, const Wire::TaggedStatus &status)
{
    const bool ok = status.status == Wire::Status::Ok;
    if (status.code.kind == Wire::ResponseCode::Kind::Alert) {
        surfaceAlert(status.text);
    }
    if (ok && status.code.kind == Wire::ResponseCode::Kind::Capability) {
        setCapabilities(status.code.list);
    }
    switch (command.traits->kind) {
    case CommandKind::Login:
    case CommandKind::Authenticate:
        if (ok) {
            setState(State::Authenticated);
            if (status.code.kind != Wire::ResponseCode::Kind::Capability) {
                // RFC 9051 §6.2.2: capabilities may change with authentication; ask again
                // when the server did not say them in the OK.
                enqueueInternal(CommandKind::Capability, {}, true);
            }
        }
        break;
    case CommandKind::Select:
    case CommandKind::Examine:
        if (ok) {
            m_mailbox->applyCode(status.code);
            setState(State::Selected);
        } else if (m_state == State::Selected || m_mailbox->isSelected()) {
            // RFC 9051 §6.3.2: a failed SELECT leaves no mailbox selected.
            m_mailbox->clear();
            setState(State::Authenticated);
        }
        break;
    case CommandKind::Close:
    case CommandKind::Unselect:
        if (ok) {
            m_mailbox->clear();
            setState(State::Authenticated);
        }
        break;
    case CommandKind::Logout:
        setState(State::Logout);
        break;
    default:
        break;
    }
}

void Connection::handleContinuation(const Wire::ContinuationRequest &request)
{
    Command *command = m_continuationOwner ? findCommand(m_continuationOwner) : nullptr;
    if (!command) {
        fail(ConnectionError::Kind::ProtocolError,
             QStringLiteral("unexpected continuation request"), Reply::Status::ProtocolError);
        return;
    }
    if (command->isIdle) {
        m_continuationOwner = 0;
        command->continued = true;
        if (m_idle && command->reply == m_idle) {
            m_idle->m_idling = true;
            if (!m_idle->m_started) {
                m_idle->m_started = true;
                Q_EMIT m_idle->started();
            }
        }
        updateInactivityTimer();
        command = findCommand(m_idleRound);
        if (!command) {
            return;
        }
        if (!m_idle || m_idle->m_stopRequested || command->abandoned ||
            m_scheduler.waitingCount() > 0) {
            sendDone(*command);
        } else {
            m_idleRenewalTimer->start(m_settings.idleRenewal);
        }
        return;
    }
    if (command->nextPart < command->parts.size()) {
        const QByteArray &part = command->parts.at(command->nextPart);
        ++command->nextPart;
        write(part, QByteArrayLiteral("<") + QByteArray::number(part.size()) +
                        QByteArrayLiteral(" bytes after continuation>"));
        if (command->nextPart >= command->parts.size()) {
            m_continuationOwner = 0;
            flushWrites();
        }
        return;
    }
    if (command->options.onContinuation) {
        const std::optional<QByteArray> answer = command->options.onContinuation(request.text);
        if (!answer) {
            // The exchange was cancelled with "*" already: answering again would let a
            // broken server keep us in a challenge loop.
            fail(ConnectionError::Kind::ProtocolError,
                 QStringLiteral("continuation request after the client cancelled the exchange"),
                 Reply::Status::ProtocolError);
            return;
        }
        // "*" (a cancel) is never a base64 response, so it alone may be traced as is.
        const bool cancel = *answer == "*";
        write(*answer + "\r\n", cancel ? QByteArrayLiteral("*") : QByteArrayLiteral("<redacted>"));
        return;
    }
    fail(ConnectionError::Kind::ProtocolError, QStringLiteral("unexpected continuation request"),
         Reply::Status::ProtocolError);
}

void Connection::handleUntagged(Wire::Response &response)
{
    if (const auto *status = response.get<Wire::UntaggedStatus>()) {
        if (status->code.kind == Wire::ResponseCode::Kind::Capability) {
            setCapabilities(status->code.list);
        }
        if (status->code.kind == Wire::ResponseCode::Kind::Alert) {
            surfaceAlert(status->text);
        }
        if (status->status == Wire::Status::Bye) {
            m_byeReceived = true;
            bool loggingOut = false;
            for (const auto &[id, command] : m_commands) {
                loggingOut =
                    loggingOut || (command.sent && command.traits->kind == CommandKind::Logout);
            }
            if (!loggingOut) {
                fail(ConnectionError::Kind::ServerBye,
                     QStringLiteral("the server ended the session: ") +
                         trustedServerText(m_settings, isEncrypted(), status->text),
                     Reply::Status::ConnectionLost);
                return;
            }
        }
    } else if (const auto *capability = response.get<Wire::Capability>()) {
        setCapabilities(capability->capabilities);
    } else if (const auto *enabled = response.get<Wire::Enabled>()) {
        for (const QByteArray &name : enabled->capabilities) {
            m_enabled.append(name);
        }
    }

    if (m_mailbox->isSelected()) {
        m_mailbox->apply(response);
    }

    const UntaggedTypes type = untaggedTypeOf(response);
    const auto *esearch = response.get<Wire::ESearch>();
    // The running commands that collect this type. Usually one, which gets the response as
    // it is; several only when each has a ResponseKey and no two keys overlap (rule 2 of the
    // scheduler), and then the response's own key picks its owner: a FETCH's UID, a STATUS's
    // mailbox. A response no key claims (a FETCH without UID, or of a UID in nobody's set) is
    // unsolicited data: the mailbox state above has it, like FETCH data with no command
    // running, and so has Client::responseReceived(); no command gets it.
    const qsizetype running = m_scheduler.runningCount();
    auto collects = [this, type](qsizetype i) {
        const CommandTraits &traits = m_scheduler.runningTraitsAt(i);
        return (traits.collects & type) || traits.kind == CommandKind::Unknown;
    };
    auto ownerAt = [this, esearch](qsizetype i) -> Reply * {
        const Command *command = findCommand(m_scheduler.runningAt(i));
        if (!command || !command->reply || command->abandoned || !command->sent) {
            return nullptr; // also when the owner was aborted: its data goes to nobody else
        }
        if (esearch && !esearch->tag.isNull() && esearch->tag != command->tag) {
            return nullptr; // ESEARCH names its command by tag
        }
        return command->reply;
    };
    const bool idlePush = m_idle && m_idle->m_started && !m_idle->isFinished();
    if (running == 1 && !idlePush) {
        // One command on the wire (a 100k-message FETCH): no keys to look at, and nothing
        // reads the response after its reply, so no guard against the reply going away.
        if (collects(0)) {
            if (Reply *reply = ownerAt(0)) {
                reply->takeUntagged(response);
            }
        }
        return;
    }
    // On the stack: guarded, since a reply's handler may end the next one.
    QVarLengthArray<QPointer<Reply>, 4> receivers;
    auto offer = [&receivers, &ownerAt](qsizetype i) {
        if (Reply *reply = ownerAt(i)) {
            receivers.append(reply);
        }
    };
    if (running == 1) {
        if (collects(0)) {
            offer(0);
        }
    } else if (running > 1) {
        qsizetype collectors = 0;
        for (qsizetype i = 0; i < running && collectors < 2; ++i) {
            collectors += collects(i) ? 1 : 0;
        }
        const auto *fetch = response.get<Wire::Fetch>();
        const auto *statusData = response.get<Wire::StatusData>();
        auto claims = [fetch, statusData](const ResponseKey *key) {
            if (!key || key->isNone()) {
                return true; // a keyless collector runs alone among those of its type
            }
            if (fetch) {
                return fetch->uid && key->containsUid(*fetch->uid);
            }
            if (statusData) {
                return key->matchesMailbox(statusData->mailbox);
            }
            return true;
        };
        for (qsizetype i = 0; i < running && collectors > 0; ++i) {
            if (collects(i) && (collectors == 1 || claims(m_scheduler.runningKeyAt(i)))) {
                offer(i);
            }
        }
    }
    for (qsizetype i = 0; i < receivers.size(); ++i) {
        Reply *reply = receivers.at(i);
        if (!reply) {
            continue;
        }
        if (i == receivers.size() - 1 && !idlePush) {
            reply->takeUntagged(response); // nobody reads the response after this one
        } else {
            reply->handleUntagged(response);
        }
    }
    if (idlePush && m_idle && m_idle->m_started && !m_idle->isFinished()) {
        Q_EMIT m_idle->pushReceived(response);
    }
}

// --- commands -------------------------------------------------------------------------------

Connection::Command *Connection::findCommand(quint64 id)
{
    const auto it = m_commands.find(id);
    return it == m_commands.end() ? nullptr : &it->second;
}

void Connection::failLater(Reply *reply, Reply::Status status, const QString &text)
{
    // finished() must never be emitted before the caller could connect to it.
    QTimer::singleShot(0, reply, [reply, status, text] { reply->complete(status, text); });
}

void Connection::enqueue(Reply *reply, const CommandTraits &traits, Builder builder,
                         CommandOptions options)
{
    const quint64 id = m_nextId++;
    reply->m_connection = this;
    reply->m_commandId = id;
    if (m_state == State::Disconnected || m_state == State::Logout || m_byeReceived) {
        failLater(reply, Reply::Status::ConnectionLost, QStringLiteral("not connected"));
        return;
    }
    Command command;
    command.id = id;
    command.traits = &traits;
    command.reply = reply;
    command.builder = std::move(builder);
    command.options = std::move(options);
    // The scheduler keeps a pointer to the key: map nodes never move, and the key stays in
    // the command until the scheduler has forgotten it (finishCommand, failAllCommands).
    Command &stored = m_commands.emplace(id, std::move(command)).first->second;
    if (m_setup != Setup::Ready) {
        m_notReady.append(id);
        return;
    }
    m_scheduler.enqueue(id, traits, &stored.options.responseKey);
    schedulePump();
}

void Connection::dropResponseKey(quint64 id)
{
    Command *command = findCommand(id);
    // Once started the key must stay: the scheduler let other commands run beside it on its
    // strength (attachBodySink then declines the sink).
    if (command && !m_scheduler.isRunning(id)) {
        command->options.responseKey = ResponseKey();
    }
}

void Connection::schedulePump()
{
    if (m_pumpScheduled) {
        return;
    }
    m_pumpScheduled = true;
    // Deferred: commands issued in one go are scheduled together, and a failure detected at
    // send time is never reported inside the call that issued the command.
    QMetaObject::invokeMethod(this, &Connection::pump, Qt::QueuedConnection);
}

QString Connection::checkSendable(const Command &command) const
{
    const CommandTraits &traits = *command.traits;
    if (!(traits.validIn & sessionStateOf(m_state))) {
        return QStringLiteral("%1 is not allowed in state %2")
            .arg(QString::fromLatin1(traits.name),
                 QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(m_state))));
    }
    return {};
}

void Connection::pump()
{
    m_pumpScheduled = false;
    if (!m_device || m_setup == Setup::None) {
        return;
    }
    if (m_idleRound != 0 && m_scheduler.waitingCount() > 0) {
        if (Command *round = findCommand(m_idleRound);
            round && round->continued && !round->doneSent) {
            sendDone(*round);
        }
    }
    for (;;) {
        const QList<quint64> startable = m_scheduler.takeStartable();
        if (startable.isEmpty()) {
            break;
        }
        for (quint64 id : startable) {
            Command *command = findCommand(id);
            if (!command) {
                m_scheduler.finish(id);
                continue;
            }
            if (!command->internal) {
                QString refusal = checkSendable(*command);
                Reply::Status status = Reply::Status::NotAllowedInState;
                const char *capability = command->traits->capability;
                if (refusal.isEmpty() && capability) {
                    const QByteArrayView needed(capability);
                    bool present = command->traits->inRev2 && hasCapability("IMAP4rev2");
                    for (const QByteArray &known : std::as_const(m_capabilities)) {
                        present =
                            present ||
                            (needed.endsWith('=')
                                 ? known.size() > needed.size() &&
                                       Wire::equalsIgnoreCase(known.first(needed.size()), needed)
                                 : Wire::equalsIgnoreCase(known, needed));
                    }
                    if (!present) {
                        refusal = QStringLiteral("the server does not support ") +
                                  QString::fromLatin1(capability);
                        status = Reply::Status::CapabilityMissing;
                    }
                }
                if (refusal.isEmpty() && command->options.capabilityCheck) {
                    refusal = command->options.capabilityCheck();
                    status = Reply::Status::CapabilityMissing;
                }
                if (refusal.isEmpty() && command->options.stateCheck) {
                    refusal = command->options.stateCheck();
                    status = Reply::Status::NotAllowedInState;
                }
                if (refusal.isEmpty() && command->options.policyCheck) {
                    refusal = command->options.policyCheck();
                    status = Reply::Status::RefusedByPolicy;
                }
                if (!refusal.isEmpty()) {
                    qCInfo(lcClient) << "refused locally:" << refusal;
                    finishCommand(id, status, refusal);
                    continue;
                }
            }
            const auto options =
                Wire::CommandEncoder::Options::fromCapabilities(m_capabilities, isUtf8Enabled());
            command->encoded = command->builder(Wire::CommandEncoder(options));
            if (!command->encoded.isValid()) {
                finishCommand(id, Reply::Status::InvalidArgument, command->encoded.errorString());
                continue;
            }
            m_sendQueue.append(id);
        }
    }
    flushWrites();
}

void Connection::flushWrites()
{
    while (!m_sendQueue.isEmpty() && m_continuationOwner == 0 && m_device) {
        const quint64 id = m_sendQueue.takeFirst();
        Command *command = findCommand(id);
        if (!command) {
            continue;
        }
        command->tag =
            QByteArrayLiteral("A") + QByteArray::number(++m_tagCounter).rightJustified(4, '0');
        m_tags.insert(command->tag, id);
        command->parts = command->encoded.partsWithTag(command->tag);
        command->sent = true;
        command->nextPart = 1;
        if (command->reply) {
            command->reply->m_tag = command->tag;
        }
        if (command->options.onSend) {
            command->options.onSend();
        }
        attachBodySink(*command);
        write(command->parts.first(), command->encoded.redactedWithTag(command->tag));
        if (command->isIdle) {
            m_idleRound = id;
            m_continuationOwner = id;
        } else if (command->parts.size() > 1 || command->options.onContinuation) {
            m_continuationOwner = id;
        }
    }
    updateInactivityTimer();
}

void Connection::write(const QByteArray &bytes, const QByteArray &traceText)
{
    if (!m_device) {
        return;
    }
    qCDebug(lcClient).noquote() << "C:" << traceText.trimmed();
    if (m_trace) {
        Q_EMIT m_client->traceSent(traceText.endsWith('\n') ? traceText : traceText + "\r\n");
    }
    if (m_compression) {
        m_device->write(m_compression->deflate(bytes));
    } else {
        m_device->write(bytes);
    }
}

void Connection::finishCommand(quint64 id, Reply::Status status, const QString &text,
                               const Wire::ResponseCode &code, bool completeReply)
{
    const auto it = m_commands.find(id);
    if (it == m_commands.end()) {
        return;
    }
    Command command = std::move(it->second);
    m_commands.erase(it);
    m_scheduler.finish(id);
    m_scheduler.removeWaiting(id);
    m_sendQueue.removeAll(id);
    m_notReady.removeAll(id);
    if (!command.tag.isEmpty()) {
        m_tags.remove(command.tag);
    }
    if (m_continuationOwner == id) {
        m_continuationOwner = 0;
    }
    if (m_idleRound == id) {
        m_idleRound = 0;
        m_idleRenewalTimer->stop();
    }
    if (m_sinkCommand == id) {
        detachBodySink();
    }
    delete command.deadline;
    schedulePump();
    updateInactivityTimer();
    if (completeReply && command.reply && !command.abandoned) {
        command.reply->complete(status, text, code);
    }
}

void Connection::updateInactivityTimer()
{
    bool waitingForServer = false;
    for (const auto &[id, command] : m_commands) {
        if (command.sent && (!command.isIdle || !command.continued || command.doneSent)) {
            waitingForServer = true;
            break;
        }
    }
    if (!waitingForServer) {
        m_inactivityTimer->stop();
    } else if (!m_inactivityTimer->isActive()) {
        m_inactivityTimer->start(m_settings.inactivityTimeout);
    }
}

void Connection::onInactivityTimeout()
{
    fail(ConnectionError::Kind::Timeout,
         QStringLiteral("no data from the server for %1 s")
             .arg(double(m_settings.inactivityTimeout.count()) / 1000.0),
         Reply::Status::Timeout);
}

void Connection::abortCommand(quint64 id)
{
    Command *command = findCommand(id);
    if (!command) {
        return;
    }
    QPointer<Reply> reply = command->reply;
    if (!command->sent) {
        finishCommand(id, Reply::Status::Aborted, QStringLiteral("aborted"));
        if (m_idle == reply) {
            m_idle = nullptr;
        }
        return;
    }
    // On the wire already: the server will still answer; that answer is discarded, and the
    // scheduler keeps the command's slot until then so ordering rules still hold.
    command->abandoned = true;
    command->reply = nullptr;
    if (command->isIdle) {
        if (m_idle == reply) {
            m_idle = nullptr;
        }
        if (command->continued && !command->doneSent) {
            sendDone(*command);
        }
    }
    if (reply) {
        reply->complete(Reply::Status::Aborted, QStringLiteral("aborted"));
    }
}

void Connection::forgetReply(quint64 id)
{
    Command *command = findCommand(id);
    if (!command) {
        return;
    }
    command->reply = nullptr;
    if (!command->sent) {
        finishCommand(id, Reply::Status::Aborted, {}, {}, false);
        return;
    }
    command->abandoned = true;
    if (command->isIdle) {
        m_idle = nullptr;
        if (command->continued && !command->doneSent) {
            sendDone(*command);
        }
    }
}

void Connection::setDeadline(quint64 id, std::chrono::milliseconds timeout)
{
    Command *command = findCommand(id);
    if (!command) {
        return;
    }
    delete command->deadline;
    command->deadline = m_clock->createTimer(this);
    connect(command->deadline, &ClockTimer::timeout, this, [this, id, timeout] {
        Command *expired = findCommand(id);
        if (!expired) {
            return;
        }
        QPointer<Reply> reply = expired->reply;
        const QString text = QStringLiteral("no answer within the deadline of %1 s")
                                 .arg(double(timeout.count()) / 1000.0);
        if (!expired->sent) {
            finishCommand(id, Reply::Status::Timeout, text);
            return;
        }
        expired->abandoned = true;
        expired->reply = nullptr;
        if (reply) {
            reply->complete(Reply::Status::Timeout, text);
        }
    });
    command->deadline->start(timeout);
}

QString Connection::cleartextPasswordPolicy() const
{
    if (hasCapability("LOGINDISABLED")) {
        return QStringLiteral("the server advertises LOGINDISABLED");
    }
    if (!isEncrypted() && !(m_settings.security == ConnectionSettings::Security::Plaintext &&
                            m_settings.allowCleartextPasswords)) {
        return QStringLiteral("refusing to send a password over an unencrypted connection");
    }
    return {};
}

RawReply *Connection::submitRaw(const QByteArray &line)
{
    const CommandTraits &traits = CommandTable::traitsForLine(line);
    auto *reply = new RawReply(traits.kind, m_client);
    CommandOptions options;
    options.responseKey = responseKeyOfLine(traits, line);
    if (traits.kind == CommandKind::Select || traits.kind == CommandKind::Examine) {
        options.onSend = [this, readOnly = traits.kind == CommandKind::Examine] {
            m_mailbox->beginSelect(QString(), readOnly);
        };
    }
    enqueue(
        reply, traits,
        [line](const Wire::CommandEncoder &encoder) { return encoder.encodeRawLine(line); },
        std::move(options));
    return reply;
}

bool Connection::passwordExposureAllowed() const
{
    return isEncrypted() || (m_settings.security == ConnectionSettings::Security::Plaintext &&
                             m_settings.allowCleartextPasswords);
}

// --- IDLE -----------------------------------------------------------------------------------

IdleReply *Connection::startIdle()
{
    auto *reply = new IdleReply(CommandKind::Idle, m_client);
    reply->m_connection = this;
    if (m_idle && !m_idle->isFinished()) {
        failLater(reply, Reply::Status::NotAllowedInState,
                  QStringLiteral("IDLE is already active"));
        return reply;
    }
    if (m_state == State::Disconnected || m_state == State::Logout || m_byeReceived) {
        failLater(reply, Reply::Status::ConnectionLost, QStringLiteral("not connected"));
        return reply;
    }
    m_idle = reply;
    enqueueIdleRound();
    return reply;
}

void Connection::enqueueIdleRound()
{
    const quint64 id = m_nextId++;
    m_idle->m_commandId = id;
    Command command;
    command.id = id;
    command.traits = &CommandTable::traits(CommandKind::Idle);
    command.reply = m_idle;
    command.isIdle = true;
    command.builder = [](const Wire::CommandEncoder &encoder) {
        return encoder.encode("IDLE");
    };
    m_commands.emplace(id, std::move(command));
    if (m_setup != Setup::Ready) {
        m_notReady.append(id);
        return;
    }
    m_scheduler.enqueue(id, CommandTable::traits(CommandKind::Idle));
    schedulePump();
}

bool Connection::handleIdleTagged(Command &command, const Wire::TaggedStatus &status)
{
    // Returns true when the reply should complete with this status.
    QPointer<IdleReply> idle = m_idle;
    if (idle && command.reply == idle) {
        idle->m_idling = false;
    }
    if (status.status != Wire::Status::Ok || !idle || command.reply != idle ||
        idle->m_stopRequested) {
        if (idle && command.reply == idle) {
            m_idle = nullptr;
        }
        return true;
    }
    // A renewal or a pause for other commands: this round ends, the reply goes on, and the
    // next round queues behind whatever is waiting (IDLE resumes after them).
    if (command.renewing) {
        ++idle->m_renewals;
    }
    finishCommand(command.id, Reply::Status::Ok, {}, {}, false);
    enqueueIdleRound();
    return false;
}

void Connection::onIdleRenewal()
{
    Command *round = m_idleRound ? findCommand(m_idleRound) : nullptr;
    if (round && round->continued && !round->doneSent) {
        round->renewing = true;
        sendDone(*round);
    }
}

void Connection::sendDone(Command &command)
{
    if (command.doneSent) {
        return;
    }
    command.doneSent = true;
    m_idleRenewalTimer->stop();
    if (command.reply) {
        if (auto *idle = qobject_cast<IdleReply *>(command.reply.data())) {
            idle->m_idling = false;
        }
    }
    write(QByteArrayLiteral("DONE\r\n"), QByteArrayLiteral("DONE"));
    updateInactivityTimer();
}

void Connection::stopIdle(IdleReply *reply)
{
    if (reply != m_idle) {
        return;
    }
    Command *round = m_idleRound ? findCommand(m_idleRound) : findCommand(reply->m_commandId);
    if (!round) {
        return;
    }
    if (!round->sent) {
        m_idle = nullptr;
        finishCommand(round->id, Reply::Status::Ok, QStringLiteral("IDLE stopped"));
        return;
    }
    if (round->continued) {
        sendDone(*round);
    } // else: DONE follows the server's "+" (handleContinuation checks m_stopRequested)
}

// --- state ----------------------------------------------------------------------------------

void Connection::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    qCInfo(lcClient) << "state" << state;
    Q_EMIT m_client->stateChanged(state);
}

void Connection::setCapabilities(const QByteArrayList &capabilities)
{
    if (capabilities == m_capabilities) {
        return;
    }
    m_capabilities = capabilities;
    Q_EMIT m_client->capabilitiesChanged(m_capabilities);
}

void Connection::fail(ConnectionError::Kind kind, const QString &message, Reply::Status status)
{
    if (!m_device && m_state == State::Disconnected) {
        return;
    }
    qCWarning(lcClient).noquote() << ConnectionError::kindName(kind) << ":" << message;
    const bool wasConnected = m_setup == Setup::Ready;
    ConnectionError error = m_lastError;
    error.kind = kind;
    error.message = message;
    m_lastError = error;
    closeTransport();
    m_mailbox->clear();
    setState(State::Disconnected);
    failAllCommands(status, message);
    Q_EMIT m_client->errorOccurred(m_lastError);
    if (wasConnected) {
        Q_EMIT m_client->disconnected();
    }
}

void Connection::failAllCommands(Reply::Status status, const QString &text)
{
    std::map<quint64, Command> commands;
    commands.swap(m_commands);
    m_scheduler.clear();
    m_sendQueue.clear();
    m_notReady.clear();
    m_tags.clear();
    m_continuationOwner = 0;
    m_idleRound = 0;
    m_idle = nullptr;
    QList<QPointer<Reply>> replies;
    for (auto &[id, command] : commands) {
        delete command.deadline;
        if (command.reply && !command.abandoned) {
            replies.append(command.reply);
        }
    }
    for (const QPointer<Reply> &reply : replies) {
        if (reply) {
            reply->complete(status, text);
        }
    }
}

void Connection::closeTransport()
{
    m_setupTimer->stop();
    m_inactivityTimer->stop();
    m_idleRenewalTimer->stop();
    m_setup = Setup::None;
    m_startTlsOk = false;
    detachBodySink();
    if (m_compression) {
        m_compressionStatistics = compressionStatistics();
        m_compressionStatistics.active = false;
        m_compression.reset();
    }
    m_compressPending = false;
    if (!m_device) {
        return;
    }
    QIODevice *device = m_device;
    m_device = nullptr;
    m_ssl = nullptr;
    device->disconnect(this);
    if (m_ownsDevice) {
        if (auto *socket = qobject_cast<QAbstractSocket *>(device)) {
            socket->abort();
        } else {
            device->close();
        }
        device->deleteLater();
    }
}

void Connection::disconnectFromHost()
{
    if (m_state == State::Disconnected && !m_device) {
        return;
    }
    const bool wasConnected = m_setup == Setup::Ready;
    m_lastError = ConnectionError{
        ConnectionError::Kind::Closed, QStringLiteral("closed by the application"), {}, {}, {}};
    closeTransport();
    m_mailbox->clear();
    setState(State::Disconnected);
    failAllCommands(Reply::Status::Aborted, QStringLiteral("disconnected by the application"));
    if (wasConnected) {
        Q_EMIT m_client->disconnected();
    }
}

} // namespace Imap
