#pragma once

#include "imap/CommandTraits.h"
#include "imap/ImapExport.h"

#include <QtCore/QList>

namespace Imap {

// Decides when a queued command may go on the wire. Pure bookkeeping, no I/O, so every rule is
// unit-tested without a server:
//  1. while a sync command runs, every later command waits;
//  2. while an async command runs, later commands collecting the same untagged type wait;
//  3. other async commands start at once (pipelined);
//  4. a sync command waits until every running command has finished;
//  5. RFC 9051 §5.5: a sequence-number command never runs beside one that may expunge.
// FIFO: nothing overtakes a waiting sync command, and a command never overtakes an earlier
// waiting command it conflicts with, so conflicting commands keep their order.
class LETTERTRAY_IMAP_AUTOTEST_EXPORT CommandScheduler
{
public:
    using CommandId = quint64;

    void enqueue(CommandId id, const CommandTraits &traits);
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
    // Without building a list: the response path asks this for every untagged response.
    CommandId runningAt(qsizetype index) const { return m_running.at(index).id; }
    qsizetype waitingCount() const { return m_waiting.size(); }
    QList<CommandId> running() const;
    QList<CommandId> waiting() const;

    // True when the two may not be on the wire at the same time, whatever their order.
    static bool conflicts(const CommandTraits &a, const CommandTraits &b);

private:
    struct Entry
    {
        CommandId id;
        const CommandTraits *traits;
    };
    bool canStartBesideRunning(const CommandTraits &candidate) const;

    QList<Entry> m_waiting;
    QList<Entry> m_running;
};

} // namespace Imap
