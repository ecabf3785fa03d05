#include "imap/CommandTable.h"

#include <array>

namespace Imap {

namespace {

constexpr SessionStates Any = SessionStates(SessionState::NotAuthenticated) |
                              SessionState::Authenticated | SessionState::Selected;
constexpr SessionStates NotAuth = SessionStates(SessionState::NotAuthenticated);
constexpr SessionStates Auth = SessionStates(SessionState::Authenticated) | SessionState::Selected;
constexpr SessionStates Sel = SessionStates(SessionState::Selected);

constexpr auto Sync = Concurrency::Sync;
constexpr auto Async = Concurrency::Async;
constexpr bool Seq = true;
constexpr bool NoSeq = false;
constexpr bool Expunges = true;
constexpr bool NoExpunge = false;

using U = UntaggedType;
constexpr UntaggedTypes None = UntaggedTypes(U::None);

// clang-format off
// One row per command. Columns: kind, wire name, sync/async, untagged types it collects,
// uses sequence numbers, may see EXPUNGE while running, valid states, capability, part of
// IMAP4rev2, and why the row is what it is.
const std::array<CommandTraits, 53> kTable = {{
    {CommandKind::Capability, "CAPABILITY", Async, U::Capability, NoSeq, Expunges, Any, nullptr, true,
     "Read-only query; its * CAPABILITY data is collected by type, so only one runs at a time."},
    {CommandKind::Noop, "NOOP", Async, None, NoSeq, Expunges, Any, nullptr, true,
     "Collects nothing of its own (updates go to the mailbox state), but it exists to fetch "
     "pending EXPUNGEs, so it never runs beside a sequence-number command."},
    {CommandKind::Logout, "LOGOUT", Sync, None, NoSeq, Expunges, Any, nullptr, true,
     "Ends the session: everything before it must finish and nothing may follow it."},
    {CommandKind::StartTls, "STARTTLS", Sync, None, NoSeq, NoExpunge, NotAuth, "STARTTLS", true,
     "The TLS handshake must start right after the tagged OK with no other byte in flight."},
    {CommandKind::Authenticate, "AUTHENTICATE", Sync, U::Capability, NoSeq, NoExpunge, NotAuth, nullptr, true,
     "Owns the continuation channel for its challenge loop and changes the session state."},
    {CommandKind::Login, "LOGIN", Sync, U::Capability, NoSeq, NoExpunge, NotAuth, nullptr, true,
     "Changes the session state; later commands depend on its outcome."},
    {CommandKind::Enable, "ENABLE", Sync, U::Enabled, NoSeq, NoExpunge, Auth, "ENABLE", true,
     "Changes how the server talks (QRESYNC turns EXPUNGE into VANISHED, UTF8=ACCEPT strings): "
     "no command may straddle the change."},
    {CommandKind::Select, "SELECT", Sync, U::MailboxData, NoSeq, NoExpunge, Auth, nullptr, true,
     "Changes the selected mailbox; its untagged FLAGS/EXISTS/codes describe the new mailbox "
     "and would be misattributed if anything ran beside it."},
    {CommandKind::Examine, "EXAMINE", Sync, U::MailboxData, NoSeq, NoExpunge, Auth, nullptr, true,
     "Same as SELECT (read-only)."},
    {CommandKind::Create, "CREATE", Async, None, NoSeq, Expunges, Auth, nullptr, true,
     "Touches no message data; only the tagged result matters."},
    {CommandKind::Delete, "DELETE", Async, None, NoSeq, Expunges, Auth, nullptr, true,
     "Only the tagged result matters; mailbox-state effects arrive as untagged data."},
    {CommandKind::Rename, "RENAME", Async, None, NoSeq, Expunges, Auth, nullptr, true,
     "Only the tagged result matters."},
    {CommandKind::Subscribe, "SUBSCRIBE", Async, None, NoSeq, Expunges, Auth, nullptr, true,
     "Only the tagged result matters."},
    {CommandKind::Unsubscribe, "UNSUBSCRIBE", Async, None, NoSeq, Expunges, Auth, nullptr, true,
     "Only the tagged result matters."},
    {CommandKind::List, "LIST", Async, U::List, NoSeq, Expunges, Auth, nullptr, true,
     "Read-only; * LIST lines carry no tag, so two LISTs never overlap."},
    {CommandKind::Lsub, "LSUB", Async, U::Lsub, NoSeq, Expunges, Auth, nullptr, false,
     "As LIST, with its own response type."},
    {CommandKind::Namespace, "NAMESPACE", Async, U::Namespace, NoSeq, Expunges, Auth, "NAMESPACE", true,
     "Read-only query collected by type."},
    {CommandKind::Status, "STATUS", Async, U::Status, NoSeq, Expunges, Auth, nullptr, true,
     "Read-only; * STATUS names its mailbox (the response key), so STATUS commands of different "
     "mailboxes are pipelined and two of the same one run one after another."},
    {CommandKind::Append, "APPEND", Async, None, NoSeq, Expunges, Auth, nullptr, true,
     "Its result is the tagged response (APPENDUID); its literal is sent under the connection's "
     "one-literal-at-a-time rule, so it may be pipelined."},
    {CommandKind::Idle, "IDLE", Sync, None, NoSeq, Expunges, Auth, "IDLE", true,
     "Holds the connection until DONE: the client sends nothing else meanwhile (RFC 2177)."},
    {CommandKind::Check, "CHECK", Async, None, NoSeq, Expunges, Sel, nullptr, false,
     "Housekeeping only; may deliver pending updates like NOOP."},
    {CommandKind::Close, "CLOSE", Sync, None, NoSeq, NoExpunge, Sel, nullptr, true,
     "Silently expunges and leaves the Selected state."},
    {CommandKind::Unselect, "UNSELECT", Sync, None, NoSeq, NoExpunge, Sel, "UNSELECT", true,
     "Leaves the Selected state."},
    {CommandKind::Expunge, "EXPUNGE", Async, None, NoSeq, Expunges, Sel, nullptr, true,
     "Renumbers messages: never beside a sequence-number command (§5.5); its EXPUNGE data goes "
     "to the mailbox state."},
    {CommandKind::UidExpunge, "UID EXPUNGE", Async, None, NoSeq, Expunges, Sel, "UIDPLUS", true,
     "As EXPUNGE."},
    {CommandKind::Search, "SEARCH", Async, U::Search, Seq, NoExpunge, Sel, nullptr, true,
     "Results are sequence numbers: no expunging command beside it; * SEARCH is collected by type."},
    {CommandKind::UidSearch, "UID SEARCH", Async, U::Search, NoSeq, Expunges, Sel, nullptr, true,
     "UIDs are stable, but * SEARCH is collected by type."},
    {CommandKind::Fetch, "FETCH", Async, U::Fetch, Seq, NoExpunge, Sel, nullptr, true,
     "Addresses messages by sequence number (§5.5); * FETCH is collected by type."},
    {CommandKind::UidFetch, "UID FETCH", Async, U::Fetch, NoSeq, Expunges, Sel, nullptr, true,
     "UIDs are stable, so it may run beside EXPUNGE; its * FETCH data carries the UID (the "
     "response key), so UID commands of disjoint UID sets are pipelined."},
    {CommandKind::Store, "STORE", Async, U::Fetch, Seq, NoExpunge, Sel, nullptr, true,
     "Sequence numbers (§5.5); answers with * FETCH, so never beside a FETCH."},
    {CommandKind::UidStore, "UID STORE", Async, U::Fetch, NoSeq, Expunges, Sel, nullptr, true,
     "UIDs are stable; answers with * FETCH carrying the UID (the response key), so UID STOREs "
     "of disjoint UID sets are pipelined."},
    {CommandKind::Copy, "COPY", Async, None, Seq, Expunges, Sel, nullptr, true,
     "Sequence numbers and the server may expunge meanwhile: alone among sequence-number commands."},
    {CommandKind::UidCopy, "UID COPY", Async, None, NoSeq, Expunges, Sel, nullptr, true,
     "UIDs are stable; result is the tagged COPYUID."},
    {CommandKind::Move, "MOVE", Async, None, Seq, Expunges, Sel, "MOVE", true,
     "Sequence numbers and it expunges what it moved."},
    {CommandKind::UidMove, "UID MOVE", Async, None, NoSeq, Expunges, Sel, "MOVE", true,
     "Expunges what it moved; UIDs are stable."},
    {CommandKind::Sort, "SORT", Async, U::Sort, Seq, NoExpunge, Sel, "SORT", false,
     "Results are sequence numbers, like SEARCH."},
    {CommandKind::UidSort, "UID SORT", Async, U::Sort, NoSeq, Expunges, Sel, "SORT", false,
     "UID results; * SORT collected by type."},
    {CommandKind::Thread, "THREAD", Async, U::Thread, Seq, NoExpunge, Sel, "THREAD=", false,
     "Results are sequence numbers, like SEARCH."},
    {CommandKind::UidThread, "UID THREAD", Async, U::Thread, NoSeq, Expunges, Sel, "THREAD=", false,
     "UID results; * THREAD collected by type."},
    {CommandKind::Id, "ID", Async, U::Id, NoSeq, Expunges, Any, "ID", false,
     "Read-only query collected by type."},
    {CommandKind::Compress, "COMPRESS", Sync, None, NoSeq, NoExpunge, Auth, "COMPRESS=DEFLATE", false,
     "Switches the byte stream to deflate right after the tagged OK, like STARTTLS."},
    {CommandKind::GetQuota, "GETQUOTA", Async, U::Quota, NoSeq, Expunges, Auth, "QUOTA", false,
     "Read-only query collected by type."},
    {CommandKind::GetQuotaRoot, "GETQUOTAROOT", Async, U::Quota, NoSeq, Expunges, Auth, "QUOTA", false,
     "Read-only query collected by type (QUOTAROOT and QUOTA)."},
    {CommandKind::SetQuota, "SETQUOTA", Async, U::Quota, NoSeq, Expunges, Auth, "QUOTA", false,
     "Answers with * QUOTA, collected by type."},
    {CommandKind::GetAcl, "GETACL", Async, U::Acl, NoSeq, Expunges, Auth, "ACL", false,
     "Read-only query collected by type."},
    {CommandKind::SetAcl, "SETACL", Async, None, NoSeq, Expunges, Auth, "ACL", false,
     "Only the tagged result matters."},
    {CommandKind::DeleteAcl, "DELETEACL", Async, None, NoSeq, Expunges, Auth, "ACL", false,
     "Only the tagged result matters."},
    {CommandKind::ListRights, "LISTRIGHTS", Async, U::Acl, NoSeq, Expunges, Auth, "ACL", false,
     "Read-only query collected by type."},
    {CommandKind::MyRights, "MYRIGHTS", Async, U::Acl, NoSeq, Expunges, Auth, "ACL", false,
     "Read-only query collected by type."},
    {CommandKind::GetMetadata, "GETMETADATA", Async, U::Metadata, NoSeq, Expunges, Auth, "METADATA", false,
     "Read-only query collected by type."},
    {CommandKind::SetMetadata, "SETMETADATA", Async, None, NoSeq, Expunges, Auth, "METADATA", false,
     "Only the tagged result matters."},
    {CommandKind::Notify, "NOTIFY", Sync, None, NoSeq, Expunges, Auth, "NOTIFY", false,
     "Changes which events the server sends from then on: no command may straddle the change."},
    {CommandKind::Unknown, "", Sync, None, Seq, Expunges, Any, nullptr, false,
     "A raw command we cannot classify gets the most careful treatment: alone on the wire."},
}};
// clang-format on

} // namespace

const CommandTraits &CommandTable::traits(CommandKind kind)
{
    const auto index = static_cast<std::size_t>(kind);
    Q_ASSERT(index < kTable.size() && kTable[index].kind == kind);
    return kTable[index];
}

const CommandTraits &CommandTable::traitsForLine(QByteArrayView line)
{
    // The name is the first word, or the first two for UID commands.
    auto word = [](QByteArrayView text) {
        const qsizetype space = text.indexOf(' ');
        return space < 0 ? text : text.first(space);
    };
    QByteArrayView name = word(line);
    if (name.compare("UID", Qt::CaseInsensitive) == 0 && line.size() > 4) {
        name = line.first(4 + word(line.sliced(4)).size());
    }
    for (const CommandTraits &row : kTable) {
        if (row.kind != CommandKind::Unknown && name.compare(row.name, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return traits(CommandKind::Unknown);
}

int CommandTable::size()
{
    return static_cast<int>(kTable.size());
}

const CommandTraits &CommandTable::at(int index)
{
    return kTable[static_cast<std::size_t>(index)];
}

} // namespace Imap
