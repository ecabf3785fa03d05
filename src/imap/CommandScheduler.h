#pragma once

#include "imap/CommandTraits.h"
#include "imap/ImapExport.h"
#include "imap/wire/SequenceSet.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>

namespace Imap {

namespace Wire {
class MailboxName;
}

// Who a command's untagged responses belong to, where the responses themselves say it:
//  - `* STATUS <mailbox> (...)` names its mailbox, so a STATUS command's key is the mailbox
//    name in every form it may take on the wire (modified UTF-7 and UTF-8; a server's own
//    bytes as they are);
//  - the FETCH responses of UID FETCH and UID STORE always carry the UID (RFC 9051 §6.4.9,
//    RFC 3501 §6.4.8), so a UID command's key is its UID set.
// Two commands whose keys do not overlap can never be confused, so they may collect the same
// response type at the same time (rule 2 of the CommandScheduler). A command without a key
// (the default) conflicts with every command collecting one of its types, as before.
class LETTERTRAY_IMAP_AUTOTEST_EXPORT ResponseKey
{
public:
    ResponseKey() = default;

    // A STATUS command's mailbox. Text names are sent as modified UTF-7 or, after
    // ENABLE UTF8=ACCEPT, UTF-8; which one is decided when the command is sent, so both
    // forms are kept (a name that cannot be encoded gives no key: the command fails anyway).
    static ResponseKey mailbox(const Wire::MailboxName &name);
    // A mailbox name exactly as it goes on the wire (raw command lines).
    static ResponseKey mailboxBytes(const QByteArray &wire);
    // A UID command's set. '*' is the largest UID in use, which may be below every other
    // number of the range ("559:*" includes the last message even if its UID is 100, RFC 9051
    // §6.4.9), so a set with '*' overlaps every UID. Never expanded: a set of more than
    // kMaxRanges ranges is kept as the one range from its lowest to its highest UID, which
    // overlaps more than the set (waits more), never less.
    static ResponseKey uids(const Wire::SequenceSet &set);
    static constexpr qsizetype kMaxRanges = 64;

    bool isNone() const { return m_kind == Kind::None; }
    // Whether some response could belong to both. Keys of different kinds overlap (they
    // never meet in practice: STATUS and FETCH data are different types).
    static bool overlaps(const ResponseKey &a, const ResponseKey &b);

    // The response side. Mailbox names compare ASCII case-insensitively, like overlaps():
    // INBOX is case-insensitive (RFC 9051 §5.1), and a server with case-insensitive folder
    // names may answer in its own spelling; two running STATUS never differ only by case.
    bool matchesMailbox(QByteArrayView wire) const;
    bool containsUid(quint32 uid) const;

private:
    enum class Kind : quint8
    {
        None,
        Mailbox,
        Uids
    };
    Kind m_kind = Kind::None;
    // Mailbox: the modified UTF-7 and the UTF-8 form (the same bytes for most names).
    QByteArray m_name;
    QByteArray m_nameUtf8;
    // Uids: the lowest and highest UID; the ranges themselves only when there are several
    // (sorted and disjoint, shared with the SequenceSet they came from).
    quint32 m_low = 0;
    quint32 m_high = 0;
    QList<Wire::SequenceSet::Range> m_ranges;
};

// Decides when a queued command may go on the wire. Pure bookkeeping, no I/O, so every rule is
// unit-tested without a server:
//  1. while a sync command runs, every later command waits;
//  2. while an async command runs, later commands collecting the same untagged responses wait:
//     the same type, unless both have a ResponseKey and the keys do not overlap (untagged data
//     carries no tag; only a response that names its owner, a STATUS by its mailbox or a UID
//     command's FETCH by its UID, can be told apart);
//  3. other async commands start at once (pipelined);
//  4. a sync command waits until every running command has finished;
//  5. RFC 9051 §5.5: a sequence-number command never runs beside one that may expunge.
// FIFO: nothing overtakes a waiting sync command, and a command never overtakes an earlier
// waiting command it conflicts with, so conflicting commands keep their order.
class LETTERTRAY_IMAP_AUTOTEST_EXPORT CommandScheduler
{
public:
    using CommandId = quint64;

    // key may be null (no key); it is not copied and must stay valid, unchanged while the
    // command runs, until finish(), removeWaiting() or clear(). While the command waits, its
    // owner may clear it (a FETCH that gets a body sink, see Connection::attachBodySink).
    void enqueue(CommandId id, const CommandTraits &traits, const ResponseKey *key = nullptr);
    // Queues ahead of every waiting command: only for the connection's own follow-up queries
    // (CAPABILITY after authentication), which the waiting commands' checks depend on.
    void enqueueFront(CommandId id, const CommandTraits &traits);
    // Moves every command that may start now to the running set and returns them in order.
    QList<CommandId> takeStartable();
    // A running command completed (tagged response or failure).
    void finish(CommandId id);
    // Withdraws a waiting command; false if it was not waiting.
    bool removeWaiting(CommandId id);
    void clear();

    bool isRunning(CommandId id) const;
    bool isWaiting(CommandId id) const;
    qsizetype runningCount() const { return m_running.size(); }
    // Without building a list: the response path asks these for every untagged response.
    CommandId runningAt(qsizetype index) const { return m_running.at(index).id; }
    const CommandTraits &runningTraitsAt(qsizetype index) const
    {
        return *m_running.at(index).traits;
    }
    // Null when the command has no key.
    const ResponseKey *runningKeyAt(qsizetype index) const { return m_running.at(index).key; }
    qsizetype waitingCount() const { return m_waiting.size(); }
    QList<CommandId> running() const;
    QList<CommandId> waiting() const;

    // True when the two may not be on the wire at the same time, whatever their order.
    static bool conflicts(const CommandTraits &a, const CommandTraits &b);
    static bool conflicts(const CommandTraits &a, const ResponseKey *keyA, const CommandTraits &b,
                          const ResponseKey *keyB);

private:
    struct Entry
    {
        CommandId id;
        const CommandTraits *traits;
        const ResponseKey *key;
    };
    bool canStartBesideRunning(const Entry &candidate) const;

    QList<Entry> m_waiting;
    QList<Entry> m_running;
};

} // namespace Imap
