#include "support/ScriptedSession.h"

#include <QTimer>

#include <sys/socket.h>

namespace TestSupport {

namespace {

// A client that never sends the expected CRLF must not make a test eat all memory.
constexpr qsizetype MaxBufferedClientBytes = 64 * 1024 * 1024;

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

} // namespace

ScriptedSession::ScriptedSession(qintptr descriptor, QList<ImapScriptStep> steps,
                                 TestIdentity identity, QObject *parent)
    : QObject(parent)
    , m_socket(new QSslSocket(this))
    , m_steps(std::move(steps))
    , m_identity(std::move(identity))
{
    m_socket->setSocketDescriptor(descriptor);
    // Segment boundaries are part of what a script controls: no Nagle coalescing.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

void ScriptedSession::start()
{
    connect(m_socket, &QSslSocket::readyRead, this, &ScriptedSession::readClient);
    connect(m_socket, &QSslSocket::disconnected, this, &ScriptedSession::clientDisconnected);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        if (!m_handshaking)
            return;
        m_handshaking = false;
        m_busy = false;
        if (m_steps.at(m_position).kind == ImapScriptStep::Kind::TlsRejected) {
            fail(QStringLiteral("script line %1: the client completed the TLS handshake, but the "
                                "script expects it to reject the certificate")
                     .arg(m_steps.at(m_position).line));
            return;
        }
        ++m_position;
        run();
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_handshaking)
            handshakeFailed(m_socket->errorString());
    });
    run();
}

void ScriptedSession::run()
{
    if (m_inRun || m_busy || m_done || m_failed)
        return;
    m_inRun = true;
    bool waitForClient = false;
    while (!waitForClient && !m_busy && !m_done && !m_failed) {
        if (m_position >= m_steps.size()) {
            finish();
            break;
        }
        const ImapScriptStep &step = m_steps.at(m_position);
        switch (step.kind) {
        case ImapScriptStep::Kind::Send:
            if (send(step) && !m_busy)
                ++m_position;
            break;
        case ImapScriptStep::Kind::Expect: {
            qsizetype consumed = 0;
            QHash<QByteArray, QByteArray> bound;
            switch (match(step, &consumed, &bound)) {
            case Match::Complete:
                m_buffer.remove(0, consumed);
                m_variables.insert(bound);
                ++m_position;
                break;
            case Match::NeedMore:
                waitForClient = true;
                break;
            case Match::Mismatch: {
                const qsizetype lineEnd = m_buffer.indexOf("\r\n");
                const QByteArray actual = lineEnd >= 0 ? m_buffer.left(lineEnd + 2) : m_buffer;
                fail(QStringLiteral("script line %1: the client sent other bytes than expected\n"
                                    "  expected: %2\n  actual:   %3")
                         .arg(step.line)
                         .arg(expectedText(step), ImapScript::printable(actual)));
                break;
            }
            }
            break;
        }
        case ImapScriptStep::Kind::Wait:
            m_busy = true;
            QTimer::singleShot(step.number, this, [this] {
                m_busy = false;
                ++m_position;
                run();
            });
            break;
        case ImapScriptStep::Kind::Split:
            m_splitSize = step.number;
            m_splitPauseMs = step.pauseMs;
            ++m_position;
            break;
        case ImapScriptStep::Kind::Tls:
        case ImapScriptStep::Kind::TlsRejected:
            if (!m_buffer.isEmpty()) {
                // After STARTTLS a client must wait for the handshake; bytes sent in the clear
                // before it are exactly what a STARTTLS injection attack exploits.
                fail(QStringLiteral("script line %1: the client sent bytes before the TLS "
                                    "handshake: %2")
                         .arg(step.line)
                         .arg(ImapScript::printable(m_buffer)));
                break;
            }
            if (!m_identity.isValid()) {
                fail(QStringLiteral("script line %1: no TLS certificate: %2")
                         .arg(step.line)
                         .arg(TestCertificates::errorString()));
                break;
            }
            m_busy = true;
            m_handshaking = true;
            m_socket->setLocalCertificate(m_identity.certificate);
            m_socket->setPrivateKey(m_identity.privateKey);
            m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
            m_socket->startServerEncryption();
            break;
        case ImapScriptStep::Kind::Close:
        case ImapScriptStep::Kind::Reset:
        case ImapScriptStep::Kind::Hang:
            if (m_position + 1 != m_steps.size()) {
                fail(QStringLiteral("script line %1: \"%2\" must be the last directive of a "
                                    "connection (use ACCEPT for the next one)")
                         .arg(step.line)
                         .arg(step.source));
                break;
            }
            if (step.kind == ImapScriptStep::Kind::Close) {
                m_socket->flush();
                m_socket->disconnectFromHost();
            } else if (step.kind == ImapScriptStep::Kind::Reset) {
                resetConnection();
            } else {
                m_hanging = true;
            }
            ++m_position;
            break;
        }
    }
    m_inRun = false;
}

void ScriptedSession::readClient()
{
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    Q_EMIT bytesReceived(bytes);
    if (m_hanging || m_failed)
        return;
    if (m_done) {
        fail(QStringLiteral("the client sent bytes after the end of the script: %1")
                 .arg(ImapScript::printable(bytes)));
        return;
    }
    m_buffer.append(bytes);
    if (m_buffer.size() > MaxBufferedClientBytes) {
        fail(QStringLiteral("the client sent %1 bytes that match no C: line").arg(m_buffer.size()));
        return;
    }
    run();
}

void ScriptedSession::clientDisconnected()
{
    if (m_handshaking) {
        handshakeFailed(QStringLiteral("the client closed the connection during the handshake"));
        return;
    }
    if (m_done || m_failed)
        return;
    if (m_buffer.isEmpty() && onlyEndingStepsLeft()) {
        finish();
        return;
    }
    const ImapScriptStep &step = m_steps.at(m_position);
    fail(QStringLiteral("script line %1: the client closed the connection, but the script "
                        "expects: %2%3")
             .arg(step.line)
             .arg(step.source, m_buffer.isEmpty() ? QString()
                                                  : QStringLiteral(" (unmatched bytes: %1)")
                                                        .arg(ImapScript::printable(m_buffer))));
}

void ScriptedSession::handshakeFailed(const QString &why)
{
    if (!m_handshaking)
        return;
    m_handshaking = false;
    m_busy = false;
    const ImapScriptStep &step = m_steps.at(m_position);
    if (step.kind == ImapScriptStep::Kind::TlsRejected) {
        // Expected: the connection is dead now, so this ends the connection's script.
        // (Finish first: abort() emits disconnected() at once.)
        m_position = m_steps.size();
        finish();
        m_socket->abort();
        return;
    }
    fail(QStringLiteral("script line %1: the TLS handshake failed: %2").arg(step.line).arg(why));
}

bool ScriptedSession::onlyEndingStepsLeft() const
{
    for (qsizetype i = m_position; i < m_steps.size(); ++i) {
        switch (m_steps.at(i).kind) {
        case ImapScriptStep::Kind::Wait:
        case ImapScriptStep::Kind::Split:
        case ImapScriptStep::Kind::Close:
        case ImapScriptStep::Kind::Reset:
        case ImapScriptStep::Kind::Hang:
            break;
        default:
            return false;
        }
    }
    return true;
}

bool ScriptedSession::substitute(const ImapScriptStep &step, QByteArray *out)
{
    if (!step.substitute) {
        *out = step.data;
        return true;
    }
    out->clear();
    const QByteArray &in = step.data;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '$' || i + 1 >= in.size()) {
            out->append(c);
        } else if (in.at(i + 1) == '$') {
            out->append('$');
            ++i;
        } else if (isNameChar(in.at(i + 1))) {
            qsizetype end = i + 1;
            while (end < in.size() && isNameChar(in.at(end)))
                ++end;
            const QByteArray name = in.mid(i + 1, end - i - 1);
            const auto found = m_variables.constFind(name);
            if (found == m_variables.constEnd()) {
                fail(QStringLiteral("script line %1: $%2 is used before a C: line bound it")
                         .arg(step.line)
                         .arg(QString::fromUtf8(name)));
                return false;
            }
            out->append(*found);
            i = end - 1;
        } else {
            out->append(c);
        }
    }
    return true;
}

bool ScriptedSession::send(const ImapScriptStep &step)
{
    QByteArray data;
    if (!substitute(step, &data))
        return false;
    if (m_splitSize <= 0) {
        m_socket->write(data);
        m_socket->flush();
        return true;
    }
    for (qsizetype i = 0; i < data.size(); i += m_splitSize)
        m_pendingChunks.append(data.mid(i, m_splitSize));
    writeNextChunk();
    if (!m_pendingChunks.isEmpty())
        m_busy = true;
    return true;
}

void ScriptedSession::writeNextChunk()
{
    if (m_pendingChunks.isEmpty() || m_failed)
        return;
    m_socket->write(m_pendingChunks.takeFirst());
    m_socket->flush();
    if (!m_pendingChunks.isEmpty()) {
        QTimer::singleShot(m_splitPauseMs, this, [this] {
            writeNextChunk();
            if (m_pendingChunks.isEmpty() && m_busy) {
                m_busy = false;
                ++m_position;
                run();
            }
        });
    }
}

ScriptedSession::Match ScriptedSession::match(const ImapScriptStep &step, qsizetype *consumed,
                                              QHash<QByteArray, QByteArray> *bound) const
{
    qsizetype pos = 0;
    for (const ImapScriptStep::Segment &segment : step.pattern) {
        if (!segment.isVariable) {
            const QByteArray available = m_buffer.mid(pos, segment.bytes.size());
            if (!segment.bytes.startsWith(available))
                return Match::Mismatch;
            if (available.size() < segment.bytes.size())
                return Match::NeedMore;
            pos += segment.bytes.size();
            continue;
        }
        if (segment.bytes == "*") {
            // The rest of the line: everything up to the CRLF that the next segment matches.
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return Match::NeedMore;
            pos = lineEnd;
            continue;
        }
        qsizetype end = pos;
        while (end < m_buffer.size() && ImapScript::isVariableChar(m_buffer.at(end)))
            ++end;
        if (end == m_buffer.size())
            return Match::NeedMore;
        if (end == pos)
            return Match::Mismatch;
        bound->insert(segment.bytes, m_buffer.mid(pos, end - pos));
        pos = end;
    }
    *consumed = pos;
    return Match::Complete;
}

QString ScriptedSession::expectedText(const ImapScriptStep &step) const
{
    QString text;
    for (const ImapScriptStep::Segment &segment : step.pattern) {
        if (segment.isVariable)
            text += QLatin1Char('$') + QString::fromUtf8(segment.bytes);
        else
            text += ImapScript::printable(segment.bytes);
    }
    return text;
}

void ScriptedSession::resetConnection()
{
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN: the client sees
    // "connection reset by peer", as when a server or a middlebox drops the connection.
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor >= 0) {
        struct linger option = {1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
    m_socket->abort();
}

void ScriptedSession::finish()
{
    if (m_done || m_failed)
        return;
    m_done = true;
    Q_EMIT done();
}

void ScriptedSession::fail(const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_pendingChunks.clear();
    m_socket->abort();
    Q_EMIT failed(message);
}

} // namespace TestSupport
