#include "imap/wire/SequenceSet.h"

#include <algorithm>

namespace Imap::Wire {

namespace {

bool hasStar(const SequenceSet::Range &r)
{
    return r.first == SequenceSet::Star || r.last == SequenceSet::Star;
}

void appendRange(QByteArray &out, const SequenceSet::Range &r)
{
    auto number = [&out](quint32 n) {
        if (n == SequenceSet::Star)
            out.append('*');
        else
            out.append(QByteArray::number(n));
    };
    number(r.first);
    if (r.first != r.last) {
        out.append(':');
        number(r.last);
    }
}

} // namespace

SequenceSet SequenceSet::single(quint32 number)
{
    return SequenceSet().add(number);
}

SequenceSet SequenceSet::range(quint32 first, quint32 last)
{
    return SequenceSet().addRange(first, last);
}

SequenceSet SequenceSet::from(quint32 first)
{
    return SequenceSet().addFrom(first);
}

SequenceSet SequenceSet::all()
{
    return from(1);
}

SequenceSet SequenceSet::fromNumbers(const QList<quint32> &numbers)
{
    SequenceSet set;
    if (std::find(numbers.begin(), numbers.end(), 0u) != numbers.end()) {
        set.m_error = QStringLiteral("0 is not a valid message number or UID");
        return set;
    }
    QList<quint32> sorted = numbers;
    std::sort(sorted.begin(), sorted.end());
    // Linear compression of the sorted list: no per-element insert, so a million UIDs
    // cost one sort.
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        while (j + 1 < sorted.size() &&
               (sorted[j + 1] == sorted[j] || sorted[j + 1] == sorted[j] + 1))
            ++j;
        set.m_ranges.append(Range{sorted[i], sorted[j]});
        i = j + 1;
    }
    return set;
}

std::optional<SequenceSet> SequenceSet::parse(QByteArrayView text, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<SequenceSet> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(QStringLiteral("empty sequence set"));
    SequenceSet set;
    qsizetype i = 0;
    auto readNumber = [&](quint32 *out) -> bool {
        if (i < text.size() && text.at(i) == '*') {
            *out = Star;
            ++i;
            return true;
        }
        quint64 value = 0;
        const qsizetype start = i;
        while (i < text.size() && text.at(i) >= '0' && text.at(i) <= '9') {
            value = value * 10 + quint64(text.at(i) - '0');
            if (value > 0xffffffffu)
                return false;
            ++i;
        }
        if (i == start || value == 0 || text.at(start) == '0')
            return false; // empty, zero, or leading zero (nz-number)
        *out = quint32(value);
        return true;
    };
    while (true) {
        Range r;
        const qsizetype elementStart = i;
        if (!readNumber(&r.first))
            return fail(
                QStringLiteral("invalid number at offset %1 of sequence set").arg(elementStart));
        r.last = r.first;
        if (i < text.size() && text.at(i) == ':') {
            ++i;
            const qsizetype secondStart = i;
            if (!readNumber(&r.last))
                return fail(
                    QStringLiteral("invalid number at offset %1 of sequence set").arg(secondStart));
        }
        set.insert(r);
        if (i == text.size())
            break;
        if (text.at(i) != ',')
            return fail(QStringLiteral("unexpected character at offset %1 of sequence set").arg(i));
        ++i;
    }
    return set;
}

void SequenceSet::insert(Range r)
{
    if (hasStar(r)) {
        // Normalise "*:5" to "5:*" (the same set) and drop exact duplicates.
        if (r.first == Star)
            std::swap(r.first, r.last);
        if (!m_ranges.contains(r))
            m_ranges.append(r);
        return;
    }
    if (r.first > r.last)
        std::swap(r.first, r.last); // "5:1" is the same set as "1:5"
    // Finite ranges are m_ranges[0, finiteEnd), sorted and non-adjacent.
    const auto finiteEnd = std::find_if(m_ranges.begin(), m_ranges.end(), hasStar);
    auto it = std::lower_bound(m_ranges.begin(), finiteEnd, r, [](const Range &a, const Range &b) {
        return a.last < b.first && quint64(a.last) + 1 < b.first;
    });
    // 'it' is the first range that overlaps or touches r (or lies after it).
    auto last = it;
    while (last != finiteEnd && quint64(last->first) <= quint64(r.last) + 1) {
        r.first = std::min(r.first, last->first);
        r.last = std::max(r.last, last->last);
        ++last;
    }
    it = m_ranges.erase(it, last);
    m_ranges.insert(it, r);
}

SequenceSet &SequenceSet::add(quint32 number)
{
    return addRange(number, number);
}

SequenceSet &SequenceSet::addRange(quint32 first, quint32 last)
{
    if (first == 0 || last == 0) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("0 is not a valid message number or UID");
        return *this;
    }
    insert(Range{first, last});
    return *this;
}

SequenceSet &SequenceSet::addFrom(quint32 first)
{
    if (first == 0)
        return addRange(0, 0); // records the error
    insert(Range{first, Star});
    return *this;
}

SequenceSet &SequenceSet::addStar()
{
    insert(Range{Star, Star});
    return *this;
}

SequenceSet &SequenceSet::add(const SequenceSet &other)
{
    if (!other.m_error.isEmpty() && m_error.isEmpty())
        m_error = other.m_error;
    for (const Range &r : other.m_ranges)
        insert(r);
    return *this;
}

QString SequenceSet::errorString() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_ranges.isEmpty())
        return QStringLiteral("empty sequence set");
    return {};
}

bool SequenceSet::contains(quint32 number, quint32 largestInUse) const
{
    for (const Range &r : m_ranges) {
        quint32 a = r.first == Star ? largestInUse : r.first;
        quint32 b = r.last == Star ? largestInUse : r.last;
        if (a > b)
            std::swap(a, b);
        if (number >= a && number <= b)
            return true;
    }
    return false;
}

quint64 SequenceSet::count(quint32 largestInUse) const
{
    // Star ranges may overlap finite ones once '*' is resolved; count exactly by merging.
    QList<std::pair<quint32, quint32>> resolved;
    resolved.reserve(m_ranges.size());
    for (const Range &r : m_ranges) {
        quint32 a = r.first == Star ? largestInUse : r.first;
        quint32 b = r.last == Star ? largestInUse : r.last;
        if (a > b)
            std::swap(a, b);
        if (a == 0)
            a = 1; // '*' in an empty mailbox
        if (b == 0)
            continue;
        resolved.append({a, b});
    }
    std::sort(resolved.begin(), resolved.end());
    quint64 total = 0;
    quint64 coveredUpTo = 0;
    for (const auto &[a, b] : resolved) {
        const quint64 start = std::max<quint64>(a, coveredUpTo + 1);
        if (b >= start)
            total += b - start + 1;
        coveredUpTo = std::max<quint64>(coveredUpTo, b);
    }
    return total;
}

QByteArray SequenceSet::toImapString() const
{
    QByteArray out;
    if (!isValid())
        return out;
    for (const Range &r : m_ranges) {
        if (!out.isEmpty())
            out.append(',');
        appendRange(out, r);
    }
    return out;
}

QList<SequenceSet> SequenceSet::split(qsizetype maxBytes) const
{
    QList<SequenceSet> parts;
    if (!isValid())
        return parts;
    SequenceSet current;
    qsizetype length = 0;
    for (const Range &r : m_ranges) {
        QByteArray piece;
        appendRange(piece, r);
        const qsizetype added = piece.size() + (current.m_ranges.isEmpty() ? 0 : 1);
        if (!current.m_ranges.isEmpty() && length + added > maxBytes) {
            parts.append(current);
            current = SequenceSet();
            length = 0;
        }
        length += piece.size() + (current.m_ranges.isEmpty() ? 0 : 1);
        current.m_ranges.append(r);
    }
    if (!current.m_ranges.isEmpty())
        parts.append(current);
    return parts;
}

} // namespace Imap::Wire
