#pragma once

#include "imap/ImapExport.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace Imap::Wire {

// A set of message sequence numbers or UIDs (RFC 9051 sequence-set), kept compact:
// numbers are merged into ranges and never expanded, so "1:4294967295" costs two numbers.
//
// '*' ("the largest number in use") is kept apart from plain numbers: "5:*" and "7" are not
// merged, because when the mailbox holds only 3 messages "5:*" means 3:5 and would no
// longer contain 7. Finite ranges are sorted and merged; '*' ranges follow them.
class LETTERTRAY_IMAP_EXPORT SequenceSet
{
public:
    // 0 is not a valid message number; in a Range it stands for '*'. The add functions
    // refuse 0 (the set becomes invalid): '*' is only ever added through from()/addStar().
    static constexpr quint32 Star = 0;

    struct Range
    {
        quint32 first = 1;
        quint32 last = 1; // Star means '*'
        friend bool operator==(const Range &, const Range &) = default;
    };

    SequenceSet() = default;

    static SequenceSet single(quint32 number);
    static SequenceSet range(quint32 first, quint32 last);
    static SequenceSet fromNumber(quint32 first) { return single(first); }
    // "first:*"
    static SequenceSet from(quint32 first);
    // "1:*"
    static SequenceSet all();
    // Any numbers in any order, duplicates allowed; compressed into ranges. A 0 makes the
    // set invalid.
    static SequenceSet fromNumbers(const QList<quint32> &numbers);
    // Parses "1:5,7,9:*". Returns nothing (and sets *error) on 0, numbers above 2^32-1,
    // empty elements, spaces or any other character.
    static std::optional<SequenceSet> parse(QByteArrayView text, QString *error = nullptr);

    SequenceSet &add(quint32 number);
    SequenceSet &addRange(quint32 first, quint32 last);
    // "first:*"
    SequenceSet &addFrom(quint32 first);
    // "*"
    SequenceSet &addStar();
    SequenceSet &add(const SequenceSet &other);

    bool isEmpty() const { return m_ranges.isEmpty() && m_error.isEmpty(); }
    // False after a 0 was given; errorString() says why. An invalid set never encodes.
    bool isValid() const { return m_error.isEmpty() && !m_ranges.isEmpty(); }
    QString errorString() const;

    // Whether a number is in the set, given the largest number in use (what '*' means now).
    bool contains(quint32 number, quint32 largestInUse) const;
    // Number of elements when '*' means largestInUse (64-bit: 1:4294967295 has 2^32-1).
    quint64 count(quint32 largestInUse) const;

    QList<Range> ranges() const { return m_ranges; }
    // "1:5,7,9:*". Empty for an empty or invalid set.
    QByteArray toImapString() const;

    // Splits into sets whose rendering is at most maxBytes long (at least one range each),
    // for servers that limit command length.
    QList<SequenceSet> split(qsizetype maxBytes) const;

    friend bool operator==(const SequenceSet &, const SequenceSet &) = default;

private:
    void insert(Range r);
    QList<Range> m_ranges; // finite ranges sorted and disjoint, then '*' ranges
    QString m_error;
};

} // namespace Imap::Wire
