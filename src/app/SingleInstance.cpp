#include "app/SingleInstance.h"

#include "notifier/ApplicationIdentity.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>

#include <unistd.h>

namespace App {

namespace {

// A command is one short line; anything longer is not from us and is dropped.
constexpr qint64 MaximumCommandLength = 256;
constexpr int MaximumAttempts = 3;

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    // Per user (several people may share a machine) and short enough for a Unix socket path.
    const QByteArray seed = Notifier::ApplicationIdentity::applicationId().toUtf8() + '-' +
                            QByteArray::number(static_cast<qulonglong>(::getuid()));
    return QStringLiteral("lettertray-") +
           QString::fromLatin1(
               QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(16));
}

void SingleInstance::start(const QString &command)
{
    m_command = command;
    m_attempts = 0;
    tryToForward();
}

void SingleInstance::tryToForward()
{
    ++m_attempts;
    if (m_socket) {
        m_socket->deleteLater();
    }
    m_socket = new QLocalSocket(this);
    QLocalSocket *socket = m_socket;
    connect(socket, &QLocalSocket::connected, this,
            [this, socket] { socket->write(m_command.toUtf8() + '\n'); });
    // The primary answers "ok" once it has read our line; only then is our job done.
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (socket->canReadLine() && socket->readLine().trimmed() == "ok") {
            m_role = Role::Secondary;
            socket->disconnectFromServer();
            Q_EMIT forwarded();
        }
    });
    connect(socket, &QLocalSocket::errorOccurred, this,
            [this, socket](QLocalSocket::LocalSocketError error) {
                if (m_role != Role::Undecided || socket != m_socket) {
                    return;
                }
                if (error == QLocalSocket::ServerNotFoundError ||
                    error == QLocalSocket::ConnectionRefusedError ||
                    error == QLocalSocket::PeerClosedError) {
                    // Queued: never delete the socket from inside its own signal.
                    QTimer::singleShot(0, this, &SingleInstance::becomePrimaryOrRetry);
                    return;
                }
                m_role = Role::Failed;
                Q_EMIT failed(socket->errorString());
            });
    socket->connectToServer(m_serverName);
}

void SingleInstance::becomePrimaryOrRetry()
{
    if (m_role != Role::Undecided) {
        return;
    }
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    }
    if (m_server->listen(m_serverName)) {
        m_role = Role::Primary;
        if (m_socket) {
            m_socket->deleteLater();
            m_socket = nullptr;
        }
        Q_EMIT becamePrimary();
        return;
    }
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Either a primary started between our connect and our listen (then the next connect
        // reaches it), or a crashed one left its socket file behind (nobody answers the
        // connect, so the file is stale and may be removed).
        if (m_attempts < MaximumAttempts) {
            if (m_attempts == MaximumAttempts - 1) {
                QLocalServer::removeServer(m_serverName);
            }
            tryToForward();
            return;
        }
    }
    m_role = Role::Failed;
    Q_EMIT failed(m_server->errorString());
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *client = m_server->nextPendingConnection()) {
        connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QLocalSocket::readyRead, this, [this, client] {
            if (!client->canReadLine()) {
                if (client->bytesAvailable() > MaximumCommandLength) {
                    client->abort();
                }
                return;
            }
            const QString command =
                QString::fromUtf8(client->readLine(MaximumCommandLength)).trimmed();
            client->write("ok\n");
            client->disconnectFromServer();
            Q_EMIT commandReceived(command);
        });
    }
}

} // namespace App
