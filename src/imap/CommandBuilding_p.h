#pragma once

// Small helpers the Client's command methods (Client.cpp, ClientCommands.cpp) build their
// commands with. Private to the library: not installed.

#include "imap/Client.h"
#include "imap/Connection_p.h"
#include "imap/wire/CommandArgument.h"
#include "imap/wire/CommandEncoder.h"
#include "imap/wire/MailboxName.h"

namespace Imap::CommandBuilding {

// A builder the connection calls when the command is sent: encoding then sees the capabilities
// (LITERAL+, UTF8=ACCEPT) of that moment, not of the moment the command was queued.
inline Connection::Builder build(QByteArray name, QList<Wire::CommandArgument> arguments = {})
{
    return [name = std::move(name),
            arguments = std::move(arguments)](const Wire::CommandEncoder &encoder) {
        return encoder.encode(name, arguments);
    };
}

// "(A B C)" of atoms, e.g. STATUS items or selection options.
inline Wire::CommandArgument atomList(const QByteArrayList &items)
{
    QList<Wire::CommandArgument> list;
    for (const QByteArray &item : items) {
        list.append(Wire::CommandArgument::atom(item));
    }
    return Wire::CommandArgument::list(list);
}

// "(A B[] C)" of FETCH items, which may hold brackets and need not be atoms.
inline Wire::CommandArgument tokenList(const QByteArrayList &items)
{
    QList<Wire::CommandArgument> list;
    for (const QByteArray &item : items) {
        list.append(Wire::CommandArgument::token(item));
    }
    return Wire::CommandArgument::list(list);
}

// A mailbox argument: text is encoded (modified UTF-7, or UTF-8 after UTF8=ACCEPT) when the
// command is sent; a server's own bytes go back unchanged (see Wire::MailboxName).
inline Wire::CommandArgument mailboxArgument(const Wire::MailboxName &name)
{
    return name.isWire() ? Wire::CommandArgument::astring(QByteArrayView(name.wireBytes()))
                         : Wire::CommandArgument::mailbox(name.text());
}

// The STORE data item of a mode: FLAGS, +FLAGS or -FLAGS; .SILENT when the untagged FETCH
// the server would answer with is not wanted.
inline QByteArray storeItem(Client::StoreMode mode, bool silent = false)
{
    QByteArray item = mode == Client::StoreMode::Add      ? QByteArrayLiteral("+FLAGS")
                      : mode == Client::StoreMode::Remove ? QByteArrayLiteral("-FLAGS")
                                                          : QByteArrayLiteral("FLAGS");
    return silent ? item + ".SILENT" : item;
}

// RFC 7889: a message over the server's APPENDLIMIT is refused before its bytes are sent. The
// limit is read when the command is about to go, as the capabilities stand then.
inline std::function<QString()> appendLimitCheck(const Client *client, quint64 size)
{
    return [client, size]() -> QString {
        const std::optional<quint64> limit = client->appendLimit();
        if (limit && size > *limit) {
            return QStringLiteral("the message is larger than the server's APPENDLIMIT (%1)")
                .arg(*limit);
        }
        return QString();
    };
}

} // namespace Imap::CommandBuilding
