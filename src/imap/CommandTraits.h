#pragma once

#include "imap/ImapExport.h"

#include <QtCore/QFlags>

namespace Imap {

// Every command the library can send. Raw commands are classified by their command name
// through CommandTable::traitsForName(), so a typed method and a raw line behave the same.
enum class CommandKind
{
    Capability,
    Noop,
    Logout,
    StartTls,
    Authenticate,
    Login,
    Enable,
    Select,
    Examine,
    Create,
    Delete,
    Rename,
    Subscribe,
    Unsubscribe,
    List,
    Lsub,
    Namespace,
    Status,
    Append,
    Idle,
    Check,
    Close,
    Unselect,
    Expunge,
    UidExpunge,
    Search,
    UidSearch,
    Fetch,
    UidFetch,
    Store,
    UidStore,
    Copy,
    UidCopy,
    Move,
    UidMove,
    Sort,
    UidSort,
    Thread,
    UidThread,
    Id,
    Compress,
    GetQuota,
    GetQuotaRoot,
    SetQuota,
    GetAcl,
    SetAcl,
    DeleteAcl,
    ListRights,
    MyRights,
    GetMetadata,
    SetMetadata,
    Notify,
    Unknown,
};

// Sync commands own the connection: nothing runs beside them. Async commands may be pipelined.
enum class Concurrency
{
    Sync,
    Async
};

// The untagged response types a command collects. Two async commands that collect the same
// type never run together, because untagged data carries no tag to tell whose it is; unless
// the responses name their owner and the two commands' ResponseKeys (CommandScheduler.h) do
// not overlap: STATUS of different mailboxes, UID FETCH / UID STORE of disjoint UID sets.
enum class UntaggedType : quint32
{
    None = 0,
    Capability = 1u << 0,
    Enabled = 1u << 1,
    List = 1u << 2,
    Lsub = 1u << 3,
    Status = 1u << 4,
    Search = 1u << 5, // SEARCH and ESEARCH
    Fetch = 1u << 6,
    Namespace = 1u << 7,
    Id = 1u << 8,
    Sort = 1u << 9,
    Thread = 1u << 10,
    Quota = 1u << 11, // QUOTA and QUOTAROOT
    Acl = 1u << 12,   // ACL, LISTRIGHTS, MYRIGHTS
    Metadata = 1u << 13,
    MailboxData = 1u << 14, // FLAGS/EXISTS/RECENT/OK codes of a SELECT
};
Q_DECLARE_FLAGS(UntaggedTypes, UntaggedType)

// The connection states a command is valid in (RFC 9051 §3).
enum class SessionState : quint8
{
    NotAuthenticated = 1u << 0,
    Authenticated = 1u << 1,
    Selected = 1u << 2,
};
Q_DECLARE_FLAGS(SessionStates, SessionState)

struct CommandTraits
{
    CommandKind kind;
    const char *name; // as sent on the wire, e.g. "UID FETCH"
    Concurrency concurrency;
    UntaggedTypes collects;
    // RFC 9051 §5.5: the command's arguments or results are message sequence numbers.
    bool usesSequenceNumbers;
    // The server may send EXPUNGE while it runs (§7.5.1: any command except FETCH, STORE and
    // SEARCH), which renumbers messages under a pipelined sequence-number command.
    bool mayExpunge;
    SessionStates validIn;
    // Capability the server must advertise (nullptr: none). IMAP4rev2 implies the ones
    // marked inRev2.
    const char *capability;
    bool inRev2;
    const char *reason;
};

} // namespace Imap

Q_DECLARE_OPERATORS_FOR_FLAGS(Imap::UntaggedTypes)
Q_DECLARE_OPERATORS_FOR_FLAGS(Imap::SessionStates)
