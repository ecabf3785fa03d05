#include "imap/CommandScheduler.h"

namespace Imap {

void CommandScheduler::enqueue(CommandId id, const CommandTraits &traits)
{
    m_waiting.append(Entry{id, &traits});
}

void CommandScheduler::enqueueFront(CommandId id, const CommandTraits &traits)
{
    m_waiting.prepend(Entry{id, &traits});
}

bool CommandScheduler::conflicts(const CommandTraits &a, const CommandTraits &b)
{
    if (a.concurrency == Concurrency::Sync || b.concurrency == Concurrency::Sync) {
        return true;
    }
    if (a.collects & b.collects) {
        return true;
    }
    return (a.usesSequenceNumbers && b.mayExpunge) || (b.usesSequenceNumbers && a.mayExpunge);
}

bool CommandScheduler::canStartBesideRunning(const CommandTraits &candidate) const
{
    for (const Entry &entry : m_running) {
        if (conflicts(*entry.traits, candidate)) {
            return false;
        }
    }
    return true;
}

QList<CommandScheduler::CommandId> CommandScheduler::takeStartable()
{
    QList<CommandId> started;
    QList<Entry> stillWaiting;
    bool blocked = false;
    for (const Entry &entry : std::as_const(m_waiting)) {
        if (blocked) {
            stillWaiting.append(entry);
            continue;
        }
        const bool isSync = entry.traits->concurrency == Concurrency::Sync;
        bool conflictsWithEarlier = false;
        for (const Entry &earlier : std::as_const(stillWaiting)) {
            if (conflicts(*earlier.traits, *entry.traits)) {
                conflictsWithEarlier = true;
                break;
            }
        }
        if (!conflictsWithEarlier && canStartBesideRunning(*entry.traits)) {
            m_running.append(entry);
            started.append(entry.id);
            continue;
        }
        stillWaiting.append(entry);
        // A waiting sync command is a barrier: nothing behind it may start (rule 1 + FIFO).
        blocked = isSync;
    }
    m_waiting = stillWaiting;
    return started;
}

void CommandScheduler::finish(CommandId id)
{
    m_running.removeIf([id](const Entry &entry) { return entry.id == id; });
}

bool CommandScheduler::removeWaiting(CommandId id)
{
    return m_waiting.removeIf([id](const Entry &entry) { return entry.id == id; }) > 0;
}

void CommandScheduler::clear()
{
    m_waiting.clear();
    m_running.clear();
}

bool CommandScheduler::isRunning(CommandId id) const
{
    return std::any_of(m_running.cbegin(), m_running.cend(),
                       [id](const Entry &entry) { return entry.id == id; });
}

bool CommandScheduler::isWaiting(CommandId id) const
{
    return std::any_of(m_waiting.cbegin(), m_waiting.cend(),
                       [id](const Entry &entry) { return entry.id == id; });
}

QList<CommandScheduler::CommandId> CommandScheduler::running() const
{
    QList<CommandId> ids;
    for (const Entry &entry : m_running) {
        ids.append(entry.id);
    }
    return ids;
}

QList<CommandScheduler::CommandId> CommandScheduler::waiting() const
{
    QList<CommandId> ids;
    for (const Entry &entry : m_waiting) {
        ids.append(entry.id);
    }
    return ids;
}

} // namespace Imap
