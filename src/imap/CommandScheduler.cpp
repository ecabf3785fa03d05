#include "imap/CommandScheduler.h"

#include "imap/wire/MailboxName.h"
#include "imap/wire/Response.h"

#include <algorithm>
#include <limits>

namespace Imap {

// --- ResponseKey ----------------------------------------------------------------------------

ResponseKey ResponseKey::mailbox(const Wire::MailboxName &name)
{
    if (name.isWire()) {
        return mailboxBytes(name.wireBytes());
    }
    const Wire::MailboxName::Encoded utf7 = Wire::MailboxName::encodeModifiedUtf7(name.text());
    const Wire::MailboxName::Encoded utf8 = Wire::MailboxName::encodeUtf8(name.text());
    if (!utf7.isValid() || !utf8.isValid()) {
        return {};
    }
    ResponseKey key;
    key.m_kind = Kind::Mailbox;
    key.m_name = utf7.bytes;
    key.m_nameUtf8 = utf8.bytes;
    return key;
}

ResponseKey ResponseKey::mailboxBytes(const QByteArray &wire)
{
    ResponseKey key;
    key.m_kind = Kind::Mailbox;
    key.m_name = wire;
    key.m_nameUtf8 = wire;
    return key;
}

ResponseKey ResponseKey::uids(const Wire::SequenceSet &set)
{
    if (!set.isValid()) {
        return {}; // the command fails when it is encoded; until then it conflicts by type
    }
    const QList<Wire::SequenceSet::Range> ranges = set.ranges();
    ResponseKey key;
    key.m_kind = Kind::Uids;
    const bool star = std::any_of(ranges.cbegin(), ranges.cend(), [](const auto &range) {
        return range.first == Wire::SequenceSet::Star || range.last == Wire::SequenceSet::Star;
    });
    if (star) {
        key.m_low = 1;
        key.m_high = std::numeric_limits<quint32>::max();
        return key;
    }
    // SequenceSet keeps finite ranges sorted and disjoint.
    key.m_low = ranges.constFirst().first;
    key.m_high = ranges.constLast().last;
    if (ranges.size() > 1 && ranges.size() <= kMaxRanges) {
        key.m_ranges = ranges;
    }
    return key;
}

namespace {

using Range = Wire::SequenceSet::Range;

// The ranges of a UID key: its list, or its one range.
struct RangeView
{
    const Range *begin;
    const Range *end;
};

} // namespace

bool ResponseKey::overlaps(const ResponseKey &a, const ResponseKey &b)
{
    if (a.m_kind != b.m_kind || a.m_kind == Kind::None) {
        return true;
    }
    if (a.m_kind == Kind::Mailbox) {
        return Wire::equalsIgnoreCase(a.m_name, b.m_name) ||
               Wire::equalsIgnoreCase(a.m_name, b.m_nameUtf8) ||
               Wire::equalsIgnoreCase(a.m_nameUtf8, b.m_name) ||
               Wire::equalsIgnoreCase(a.m_nameUtf8, b.m_nameUtf8);
    }
    if (a.m_high < b.m_low || b.m_high < a.m_low) {
        return false;
    }
    if (a.m_ranges.isEmpty() && b.m_ranges.isEmpty()) {
        return true; // two intervals that intersect
    }
    const Range hullA{a.m_low, a.m_high};
    const Range hullB{b.m_low, b.m_high};
    auto view = [](const ResponseKey &key, const Range &hull) {
        return key.m_ranges.isEmpty() ? RangeView{&hull, &hull + 1}
                                      : RangeView{key.m_ranges.constData(),
                                                  key.m_ranges.constData() + key.m_ranges.size()};
    };
    RangeView x = view(a, hullA);
    RangeView y = view(b, hullB);
    // Both sorted: one walk, at most kMaxRanges steps each.
    while (x.begin != x.end && y.begin != y.end) {
        if (x.begin->last < y.begin->first) {
            ++x.begin;
        } else if (y.begin->last < x.begin->first) {
            ++y.begin;
        } else {
            return true;
        }
    }
    return false;
}

bool ResponseKey::matchesMailbox(QByteArrayView wire) const
{
    return m_kind == Kind::Mailbox &&
           (Wire::equalsIgnoreCase(m_name, wire) || Wire::equalsIgnoreCase(m_nameUtf8, wire));
}

bool ResponseKey::containsUid(quint32 uid) const
{
    if (m_kind != Kind::Uids || uid < m_low || uid > m_high) {
        return false;
    }
    if (m_ranges.isEmpty()) {
        return true;
    }
    // The first range that ends at or after uid.
    const auto it =
        std::lower_bound(m_ranges.cbegin(), m_ranges.cend(), uid,
                         [](const Range &range, quint32 value) { return range.last < value; });
    return it != m_ranges.cend() && it->first <= uid;
}

// --- CommandScheduler -----------------------------------------------------------------------

void CommandScheduler::enqueue(CommandId id, const CommandTraits &traits, const ResponseKey *key)
{
    m_waiting.append(Entry{id, &traits, key});
}

void CommandScheduler::enqueueFront(CommandId id, const CommandTraits &traits)
{
    m_waiting.prepend(Entry{id, &traits, nullptr});
}

bool CommandScheduler::conflicts(const CommandTraits &a, const CommandTraits &b)
{
    return conflicts(a, nullptr, b, nullptr);
}

bool CommandScheduler::conflicts(const CommandTraits &a, const ResponseKey *keyA,
                                 const CommandTraits &b, const ResponseKey *keyB)
{
    if (a.concurrency == Concurrency::Sync || b.concurrency == Concurrency::Sync) {
        return true;
    }
    if (a.collects & b.collects) {
        // Rule 2: the same type is told apart only when both responses name their owner.
        if (!keyA || !keyB || keyA->isNone() || keyB->isNone() ||
            ResponseKey::overlaps(*keyA, *keyB)) {
            return true;
        }
    }
    return (a.usesSequenceNumbers && b.mayExpunge) || (b.usesSequenceNumbers && a.mayExpunge);
}

bool CommandScheduler::canStartBesideRunning(const Entry &candidate) const
{
    for (const Entry &entry : m_running) {
        if (conflicts(*entry.traits, entry.key, *candidate.traits, candidate.key)) {
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
            if (conflicts(*earlier.traits, earlier.key, *entry.traits, entry.key)) {
                conflictsWithEarlier = true;
                break;
            }
        }
        if (!conflictsWithEarlier && canStartBesideRunning(entry)) {
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
