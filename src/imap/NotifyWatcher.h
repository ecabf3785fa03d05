#pragma once

#include "imap/ImapExport.h"
#include "imap/wire/Response.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QString>

namespace Imap {

class Client;

// Turns what a NOTIFY (RFC 5465) connection pushes into signals per mailbox. Events of the
// selected mailbox also reach Client::mailboxState(); events of other mailboxes arrive as
// untagged STATUS (new or expunged messages, counters) and LIST (created, renamed, deleted,
// subscription changed), which the watcher reports whatever command is running or none.
//
//     Imap::NotifyWatcher watcher(&client);
//     connect(&watcher, &Imap::NotifyWatcher::statusChanged, ...);
//     client.notify({{"MAILBOXES", {"INBOX", "Lists"}, {"MessageNew", "MessageExpunge"}}});
class LETTERTRAY_IMAP_EXPORT NotifyWatcher : public QObject
{
    Q_OBJECT

public:
    explicit NotifyWatcher(Client *client, QObject *parent = nullptr);

Q_SIGNALS:
    // mailbox is decoded for display; data.mailbox keeps the wire bytes.
    void statusChanged(const QString &mailbox, const Imap::Wire::StatusData &data);
    void mailboxChanged(const QString &mailbox, const Imap::Wire::List &data);
    // The server gave up on events ([NOTIFICATIONOVERFLOW]): resynchronise and NOTIFY again.
    void overflowed();

private:
    void onResponse(const Wire::Response &response);

    QPointer<Client> m_client;
};

} // namespace Imap
