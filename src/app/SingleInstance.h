#pragma once

#include <QtCore/QObject>
#include <QtCore/QString>

class QLocalServer;
class QLocalSocket;

namespace App {

// Makes the first `lettertray` of a user the only one. start() either listens on a per-user
// local socket (this process is the primary) or hands its command to the running primary and
// reports forwarded(), after which the caller exits. Entirely asynchronous: no waitFor*().
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role
    {
        Undecided,
        Primary,
        Secondary,
        Failed
    };
    Q_ENUM(Role)

    // serverName: usually defaultServerName(); tests pass a unique one.
    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultServerName();

    // Tries to reach a running instance and send it `command` (one line, e.g. "show").
    void start(const QString &command);
    Role role() const { return m_role; }
    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    void becamePrimary();
    void forwarded();                             // the primary received our command
    void failed(const QString &reason);           // neither primary nor able to forward
    void commandReceived(const QString &command); // on the primary, from a later launch

private:
    void tryToForward();
    void becomePrimaryOrRetry();
    void acceptConnections();

    QString m_serverName;
    QString m_command;
    Role m_role = Role::Undecided;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_socket = nullptr;
    int m_attempts = 0;
};

} // namespace App
