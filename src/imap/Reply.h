#pragma once

#include "imap/CommandTraits.h"
#include "imap/ImapExport.h"
#include "imap/wire/Response.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <chrono>

namespace Imap {

class Connection;

// The handle of one command, in the manner of QNetworkReply: returned at once by a Client
// method, finished() is emitted exactly once (never from inside the call that created it), and
// the caller deletes it (deleteLater() from a slot connected to finished() is the usual way).
// Deleting a reply that has not finished aborts its command.
class LETTERTRAY_IMAP_EXPORT Reply : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Pending,
        Ok,
        No,  // the server refused (tagged NO)
        Bad, // the server did not understand (tagged BAD)
        // Local errors: the command did not complete on the server's word.
        ConnectionLost,    // connection closed, BYE, or never established
        Timeout,           // inactivity timeout or this reply's deadline
        Aborted,           // abort() or the client was disconnected
        NotAllowedInState, // e.g. FETCH before SELECT, LOGIN twice
        CapabilityMissing, // the server does not advertise what the command needs
        RefusedByPolicy,   // e.g. a cleartext password over an unencrypted connection
        InvalidArgument,   // the command could not be encoded safely
        ProtocolError,     // the server broke the protocol; the connection was closed
    };
    Q_ENUM(Status)

    ~Reply() override;

    CommandKind command() const { return m_kind; }
    Status status() const { return m_status; }
    bool isFinished() const { return m_status != Status::Pending; }
    bool isOk() const { return m_status == Status::Ok; }
    bool isLocalError() const { return m_status >= Status::ConnectionLost; }
    // The tag the command went out with (empty until sent).
    QByteArray tag() const { return m_tag; }
    // The tagged response's code ([TRYCREATE], [AUTHENTICATIONFAILED], ...).
    Wire::ResponseCode responseCode() const { return m_code; }
    // The server's text, or a description of a local error.
    QString text() const { return m_text; }
    // "NO [AUTHENTICATIONFAILED] Invalid credentials" / "timeout: no data for 120 s"
    QString errorString() const;
    static QString statusName(Status status);
    // Server responses that arrived while this command was on the wire and could not be parsed
    // (e.g. "* 3 FETCH (" cut short). The parser skips such a response and the session goes
    // on, so they are reported here (and by Client::protocolWarning()) instead of silently
    // dropped: the data this command collected may be incomplete.
    QStringList protocolWarnings() const { return m_warnings; }

    // An overall deadline counted from now; the reply fails with Timeout when it passes.
    void setDeadline(std::chrono::milliseconds timeout);

public Q_SLOTS:
    // Removes the command: a queued command is never sent; a command already on the wire
    // finishes with Aborted at once and its late answer is discarded (IDLE gets DONE).
    void abort();

Q_SIGNALS:
    void finished();

protected:
    Reply(CommandKind kind, QObject *parent);

    // Untagged data routed to this command while it runs: by type (see CommandTable), and
    // among several running commands of one type by what the response names (a STATUS's
    // mailbox, a FETCH's UID; see ResponseKey in CommandScheduler.h).
    virtual void handleUntagged(const Wire::Response &response);
    // The same, when this reply is the response's last consumer: it may take the data
    // instead of copying it (a 100k-message FETCH would otherwise copy every message).
    virtual void takeUntagged(Wire::Response &response) { handleUntagged(response); }
    // The tagged completion, before finished() is emitted.
    virtual void handleTagged(const Wire::TaggedStatus &status);

    // For subclasses that talk back to the connection (IdleReply::stop()).
    QPointer<Connection> m_connection;
    quint64 m_commandId = 0;

private:
    friend class Connection;
    void complete(Status status, const QString &text, const Wire::ResponseCode &code = {});

    CommandKind m_kind;
    Status m_status = Status::Pending;
    QByteArray m_tag;
    Wire::ResponseCode m_code;
    QString m_text;
    QStringList m_warnings;
};

} // namespace Imap
