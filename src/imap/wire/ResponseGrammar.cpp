#include "imap/wire/ResponseGrammar.h"

#include <array>
#include <cstring>
#include <string>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Imap::Wire {

namespace {

using Kind = ProtocolError::Kind;

// Thrown inside the grammar only; ResponseGrammar::parse turns it into a ProtocolError. An
// exception keeps the dozens of small grammar functions free of error plumbing.
struct ParseFailure
{
    Kind kind;
    qsizetype position;
    const char *message;
};

// Bytes that end an atom. Lenient on purpose: '\\', '*' and '%' stay inside (flags like \* or
// Yahoo's "*"), 8-bit bytes too; ']' ends an atom so codes and sections can be parsed.
constexpr std::array<bool, 256> makeAtomStops()
{
    std::array<bool, 256> stops{};
    for (int c = 0; c < 32; ++c)
        stops[size_t(c)] = true;
    stops[127] = true;
    for (unsigned char c : {' ', '(', ')', '{', '"', ']'})
        stops[c] = true;
    return stops;
}
constexpr std::array<bool, 256> AtomStops = makeAtomStops();

// Bytes that end a FETCH item name ('[' starts a section).
constexpr std::array<bool, 256> makeItemNameStops()
{
    std::array<bool, 256> stops{};
    for (unsigned char c : {' ', '[', '(', ')', '\r', '\n', '"', '{'})
        stops[c] = true;
    return stops;
}
constexpr std::array<bool, 256> ItemNameStops = makeItemNameStops();

constexpr std::array<bool, 256> makeQuotedStops()
{
    std::array<bool, 256> stops{};
    for (unsigned char c : {'"', '\\', '\r', '\n'})
        stops[c] = true;
    return stops;
}
constexpr std::array<bool, 256> QuotedStops = makeQuotedStops();

#if defined(__SSE2__)
// Index of the first byte in [p, end) that `hits` marks (a 16-bit mask per 16 bytes), or `end`.
// Sixteen bytes at a time; the last few bytes of a response are looked at through the 16 bytes
// that end at `end`, which still lie inside the buffer, so a short tail (the ")" and CRLF of a
// flag list) costs no byte loop either.
template<typename Hits>
inline qsizetype findFirst(const char *b, qsizetype p, qsizetype end, Hits hits)
{
    while (end - p >= 16) {
        const int mask = hits(_mm_loadu_si128(reinterpret_cast<const __m128i *>(b + p)));
        if (mask != 0)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
    if (p >= end)
        return end;
    if (end >= 16) {
        const qsizetype base = end - 16;
        const unsigned mask =
            unsigned(hits(_mm_loadu_si128(reinterpret_cast<const __m128i *>(b + base)))) >>
            (p - base);
        return mask != 0 ? p + __builtin_ctz(mask) : end;
    }
    return -1; // fewer than 16 bytes in the whole buffer: the caller scans them one by one
}
#endif

// Index of the first byte at or after `p` that ends the plain part of a quoted string ('"', '\\',
// CR or LF), or `end`. Quoted strings (subjects, dates, addresses) are most of an ENVELOPE's
// bytes: sixteen at a time where the machine has SSE2, instead of one table lookup per byte.
inline qsizetype findQuotedStop(const char *b, qsizetype p, qsizetype end)
{
#if defined(__SSE2__)
    const qsizetype found = findFirst(b, p, end, [](__m128i x) {
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                                      _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
                                         _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\r')),
                                                      _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))));
        return _mm_movemask_epi8(hit);
    });
    if (found >= 0)
        return found;
#endif
    while (p < end && !QuotedStops[static_cast<unsigned char>(b[p])])
        ++p;
    return p;
}

// Index of the first byte at or after `p` that ends a FETCH item name (see ItemNameStops), or
// `end`: the names are short, but a byte loop's exit is mispredicted as they change.
inline qsizetype findItemNameStop(const char *b, qsizetype p, qsizetype end)
{
#if defined(__SSE2__)
    const qsizetype found = findFirst(b, p, end, [](__m128i x) {
        auto is = [x](char c) {
            return _mm_cmpeq_epi8(x, _mm_set1_epi8(c));
        };
        const __m128i hit = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(is(' '), is('[')), _mm_or_si128(is('('), is(')'))),
            _mm_or_si128(_mm_or_si128(is('\r'), is('\n')), _mm_or_si128(is('"'), is('{'))));
        return _mm_movemask_epi8(hit);
    });
    if (found >= 0)
        return found;
#endif
    while (p < end && !ItemNameStops[static_cast<unsigned char>(b[p])])
        ++p;
    return p;
}

// Index of the first `c` in [p, end), or `end`. Inline: a flag list is a few bytes, shorter than
// the call into the C library's memchr.
inline qsizetype findByte(const char *b, qsizetype p, qsizetype end, char c)
{
#if defined(__SSE2__)
    const __m128i needle = _mm_set1_epi8(c);
    const qsizetype found = findFirst(
        b, p, end, [needle](__m128i x) { return _mm_movemask_epi8(_mm_cmpeq_epi8(x, needle)); });
    if (found >= 0)
        return found;
#endif
    while (p < end && b[p] != c)
        ++p;
    return p;
}

// Equality of n bytes, sizeof(Word) <= n <= 2 * sizeof(Word), by two overlapping word loads.
template<typename Word>
[[gnu::always_inline]] inline bool sameByTwoWords(const char *x, const char *y, qsizetype n)
{
    Word a;
    Word b;
    Word c;
    Word d;
    std::memcpy(&a, x, sizeof(Word));
    std::memcpy(&b, y, sizeof(Word));
    std::memcpy(&c, x + n - qsizetype(sizeof(Word)), sizeof(Word));
    std::memcpy(&d, y + n - qsizetype(sizeof(Word)), sizeof(Word));
    return ((a ^ b) | (c ^ d)) == 0;
}

// Equality of two byte ranges of the same length, inline for the short keys of the caches: a
// call into memcmp costs more than comparing a short host or mailbox part.
[[gnu::always_inline]] inline bool sameBytes(const char *x, const char *y, qsizetype n)
{
    if (n >= 8 && n <= 16)
        return sameByTwoWords<quint64>(x, y, n);
    if (n >= 4 && n < 8)
        return sameByTwoWords<quint32>(x, y, n);
#if defined(__SSE2__)
    if (n > 16 && n <= 32) {
        auto load = [](const char *at) {
            return _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        };
        const __m128i same = _mm_and_si128(_mm_cmpeq_epi8(load(x), load(y)),
                                           _mm_cmpeq_epi8(load(x + n - 16), load(y + n - 16)));
        return _mm_movemask_epi8(same) == 0xFFFF;
    }
#endif
    return std::memcmp(x, y, size_t(n)) == 0;
}

// Cache slot hash: looks at the length and at most 16 bytes (head and tail), so it costs the
// same for any string. Collisions only cost a cache miss; equality is always checked.
[[gnu::always_inline]] inline quint32 hashBytes(QByteArrayView v)
{
    const qsizetype n = v.size();
    const char *d = v.data();
    quint64 head = 0;
    quint64 tail = 0;
    if (n >= 8) {
        std::memcpy(&head, d, 8);
        std::memcpy(&tail, d + n - 8, 8);
    } else if (n >= 4) {
        quint32 x;
        quint32 y;
        std::memcpy(&x, d, 4);
        std::memcpy(&y, d + n - 4, 4);
        head = x;
        tail = y;
    } else if (n > 0) {
        head = quint64(quint8(d[0])) | quint64(quint8(d[n / 2])) << 8 |
               quint64(quint8(d[n - 1])) << 16;
    }
    const quint64 h = (head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xC2B2AE3D27D4EB4Full) ^
                      quint64(n) * 0x165667B1ull;
    return quint32(h >> 32) ^ quint32(h);
}

// Hash of every byte (hashBytes looks at the ends only), eight at a time.
inline quint32 hashAllBytes(QByteArrayView v)
{
    const char *d = v.data();
    qsizetype n = v.size();
    quint64 h = quint64(n) * 0x9E3779B97F4A7C15ull;
    for (; n >= 8; n -= 8, d += 8) {
        quint64 word;
        std::memcpy(&word, d, 8);
        h = (h ^ word) * 0xC2B2AE3D27D4EB4Full;
        h ^= h >> 29;
    }
    quint64 tail = 0;
    std::memcpy(&tail, d, size_t(n));
    h = (h ^ tail) * 0x165667B19E3779F9ull;
    return quint32(h >> 32) ^ quint32(h);
}

template<typename T> [[gnu::always_inline]] inline quint64 loadAs(const char *at)
{
    T v;
    std::memcpy(&v, at, sizeof(T));
    return quint64(v);
}

// The first Size (1..8) bytes at `at` as the low bytes of a word, the rest zero, read with loads
// of 1, 2, 4 or 8 bytes (two overlapping ones where needed) and never through memory.
template<qsizetype Size> [[gnu::always_inline]] inline quint64 loadLow(const char *at)
{
    static_assert(Size >= 1 && Size <= 8);
    if constexpr (Size == 8)
        return loadAs<quint64>(at);
    else if constexpr (Size >= 4)
        return loadAs<quint32>(at) | loadAs<quint32>(at + Size - 4) << (8 * (Size - 4));
    else if constexpr (Size >= 2)
        return loadAs<quint16>(at) | loadAs<quint16>(at + Size - 2) << (8 * (Size - 2));
    else
        return loadAs<quint8>(at);
}

// Case-insensitive match of an atom against an upper-case keyword known at compile time.
// Keywords of up to 16 bytes are compared eight bytes at a time: at a letter's position the
// 0x20 bit is cleared before comparing, so that only that letter in either case matches; other
// bytes ('.', '-', digits) compare exactly. A byte loop here cost ~230 instructions per FETCH.
template<qsizetype N>
[[gnu::always_inline]] inline bool isWord(QByteArrayView v, const char (&word)[N])
{
    constexpr qsizetype n = N - 1;
    if (v.size() != n)
        return false;
    if constexpr (n >= 1 && n <= 16) {
        // The keyword's bytes and mask fold into constants. The atom's bytes are read with
        // whole loads: a memcpy of fewer than eight bytes into a word went through the stack as
        // narrower stores and a wider load, which the processor cannot forward (a stall of ~15
        // cycles, twice per keyword; FLAGS lines parse ~17 % faster without it).
        auto word64 = [](const char *at, qsizetype size) {
            quint64 w = 0;
            for (qsizetype i = 0; i < size; ++i)
                w |= quint64(quint8(at[i])) << (8 * i);
            return w;
        };
        auto caseMask = [](const char *at, qsizetype size) {
            quint64 m = 0;
            for (qsizetype i = 0; i < size; ++i)
                m |= quint64(at[i] >= 'A' && at[i] <= 'Z' ? 0xDF : 0xFF) << (8 * i);
            return m;
        };
        constexpr qsizetype head = n < 8 ? n : 8;
        if ((loadLow<head>(v.data()) & caseMask(word, head)) != word64(word, head))
            return false;
        if constexpr (n > 8) {
            constexpr qsizetype tail = n - 8;
            return (loadLow<8>(v.data() + tail) & caseMask(word + tail, 8)) ==
                   word64(word + tail, 8);
        }
        return true;
    } else {
        for (qsizetype i = 0; i < n; ++i) {
            char c = v[i];
            if (c >= 'a' && c <= 'z')
                c = char(c - 32);
            if (c != word[i])
                return false;
        }
        return true;
    }
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Interned values: the common flags are static data, so holding them costs no allocation.
QByteArray internFlag(QByteArrayView v)
{
    static const QByteArray seen = QByteArrayLiteral("\\Seen");
    static const QByteArray answered = QByteArrayLiteral("\\Answered");
    static const QByteArray flagged = QByteArrayLiteral("\\Flagged");
    static const QByteArray deleted = QByteArrayLiteral("\\Deleted");
    static const QByteArray draft = QByteArrayLiteral("\\Draft");
    static const QByteArray recent = QByteArrayLiteral("\\Recent");
    static const QByteArray any = QByteArrayLiteral("\\*");
    static const QByteArray forwarded = QByteArrayLiteral("$Forwarded");
    static const QByteArray mdnSent = QByteArrayLiteral("$MDNSent");
    static const QByteArray junk = QByteArrayLiteral("$Junk");
    static const QByteArray notJunk = QByteArrayLiteral("$NotJunk");
    switch (v.size()) {
    case 2:
        if (v == any)
            return any;
        break;
    case 5:
        if (v == seen)
            return seen;
        if (v == junk)
            return junk;
        break;
    case 6:
        if (v == draft)
            return draft;
        break;
    case 7:
        if (v == recent)
            return recent;
        break;
    case 8:
        if (v == flagged)
            return flagged;
        if (v == deleted)
            return deleted;
        if (v == mdnSent)
            return mdnSent;
        if (v == notJunk)
            return notJunk;
        break;
    case 9:
        if (v == answered)
            return answered;
        break;
    case 10:
        if (v == forwarded)
            return forwarded;
        break;
    default:
        break;
    }
    return v.toByteArray();
}

} // namespace

namespace {

// The data pointer inside a container. QByteArray has data_ptr(); Qt 6.4's QList keeps its
// only member private, but a standard-layout class and its first member are interconvertible.
inline QByteArray::DataPointer &dataOf(QByteArray &bytes)
{
    return bytes.data_ptr();
}
template<typename T> QArrayDataPointer<T> &dataOf(QList<T> &list)
{
    static_assert(std::is_standard_layout_v<QList<T>> &&
                  sizeof(QList<T>) == sizeof(QArrayDataPointer<T>));
    return *reinterpret_cast<QArrayDataPointer<T> *>(&list);
}

// A value (byte array or list) that a cache hands out many times. Copying an implicitly shared
// Qt container is an atomic increment: a locked instruction, which also waits for every store
// before it (the parser has just written the bytes), and that was the largest single cost of
// sharing. Here the count is raised a batch at a time and each copy takes one of the spare
// references, so most copies cost no atomic at all. The spares are given back when the value is
// replaced.
template<typename Container> class Shared
{
public:
    using Element = typename Container::value_type;
    using DataPointer = QArrayDataPointer<Element>;

    Shared() = default;
    Shared(const Shared &) = delete;
    Shared &operator=(const Shared &) = delete;
    ~Shared() { release(); }

    const Container &value() const { return m_value; }
    // Whether `c` shares this value's data.
    bool holds(Container &c) { return dataOf(c).d_ptr() == dataOf(m_value).d_ptr(); }
    void set(Container value)
    {
        release();
        m_value = std::move(value);
    }
    // A container over `size` elements at `data`, which lie inside value().
    Container share(Element *data, qsizetype size)
    {
        auto *header = dataOf(m_value).d_ptr();
        if (header != nullptr) { // static or empty data has no count to keep
            if (m_spare == 0) {
                header->ref_.fetchAndAddRelaxed(Batch);
                m_spare = Batch;
            }
            --m_spare;
        }
        // Moved in: QList's constructor from a data pointer copies it (a count up and down).
        Container container;
        dataOf(container) = DataPointer(header, data, size);
        return container;
    }
    Container share()
    {
        DataPointer &d = dataOf(m_value);
        return share(d.data(), d.size);
    }
    // Takes back the reference `c` holds when it shares this value (as the parser's reused
    // response still does once the handler has looked at it): it becomes a spare, `c` is left
    // null, and neither side touches the count. The reference is ours to move, so this is safe
    // even while other threads hold copies.
    void reclaim(Container &c)
    {
        DataPointer &d = dataOf(c);
        auto *header = dataOf(m_value).d_ptr();
        if (header == nullptr || d.d_ptr() != header || m_spare >= MaxSpare)
            return;
        ++m_spare;
        d.d = nullptr;
        d.ptr = nullptr;
        d.size = 0;
    }

private:
    static constexpr int Batch = 64;
    static constexpr int MaxSpare = 1 << 20;
    void release()
    {
        if (m_spare != 0) {
            // Never the last reference: m_value still holds its own.
            dataOf(m_value).d_ptr()->ref_.fetchAndSubOrdered(m_spare);
            m_spare = 0;
        }
    }
    Container m_value;
    int m_spare = 0;
};
using SharedBytes = Shared<QByteArray>;

} // namespace

struct ResponseGrammar::Caches
{
    // Direct-mapped: a collision simply replaces the slot. Bounded memory, no rehashing.
    static constexpr quint32 StringSlots = 1024;
    static constexpr qsizetype MaxCachedLength = 64;
    static constexpr quint32 FlagListSlots = 64;
    static constexpr qsizetype MaxFlagListKey = 512;
    struct Seen
    {
        quint32 hash = 0;
        quint32 tick = 0;
    };
    SharedBytes strings[StringSlots];
    static constexpr quint32 StringsSeenSlots = 4096;
    static constexpr quint32 StringAdmitDistance = StringSlots / 2;
    Seen stringsSeen[StringsSeenSlots];
    quint32 stringTick = 0;
    QByteArray flagListKeys[FlagListSlots]; // the wire bytes, "(" to ")"; empty when unused
    Shared<QList<QByteArray>> flagLists[FlagListSlots];
    quint32 lastFlagSlot = 0;        // the slot of the last flag list handed out
    quint32 previousFlagSlot = 0;    // and of the one before, if another
    Boxed<Envelope> spareEnvelope;   // a box of an earlier message, for the next ENVELOPE
    QList<Address> spareAddressList; // empty, with the capacity of an earlier list
    // The slots of the last address lists handed out (an ENVELOPE has up to six).
    quint32 recentAddressListSlots[4] = {};
    quint32 recentAddressListNext = 0;
    // Address lists by their wire bytes: a mailbox's To (the owner), and the From of its
    // regular correspondents, come back byte for byte.
    static constexpr quint32 AddressListSlots = 256;
    static constexpr qsizetype MaxAddressListKey = 512;
    static constexpr qsizetype AddressListHashPrefix = 24;
    QByteArray addressListKeys[AddressListSlots];
    Shared<QList<Address>> addressLists[AddressListSlots];
    // Admission: a list gets a slot only if it came back within the last AdmitDistance lists
    // looked up. A sender who writes now and then would otherwise take a slot (a copy of the
    // key, the old list freed) every time and be evicted again long before it comes back.
    static constexpr quint32 AddressListsSeenSlots = 4096;
    static constexpr quint32 AdmitDistance = 2 * AddressListSlots;
    Seen addressListsSeen[AddressListsSeenSlots];
    quint32 addressListTick = 0;
    std::string unescaped; // quoted strings with escapes, reused

    // The values a response owns (subjects, dates, message ids, texts) are packed into shared
    // blocks instead of one allocation each: every value is a QByteArray that references its
    // block, so a block is freed when the last value in it is. Each value is followed by a NUL,
    // as QByteArray promises. The blocks stay below glibc's small-request size (larger
    // requests consolidate the free lists first), and larger values get their own allocation
    // so that keeping one never pins a block much larger than itself.
    static constexpr qsizetype ArenaBlockSize = 960;
    static constexpr qsizetype MaxArenaValue = 240;
    SharedBytes arenaBlock;
    char *arenaBase = nullptr;
    qsizetype arenaUsed = 0;

    QByteArray arenaBytes(const char *data, qsizetype size)
    {
        if (size == 0)
            return QByteArray("", 0);
        if (size > MaxArenaValue)
            return QByteArray(data, size);
        if (arenaBase == nullptr || arenaUsed + size + 1 > ArenaBlockSize) {
            // The old block lives on while values reference it.
            QByteArray block(ArenaBlockSize, Qt::Uninitialized);
            arenaBase = block.data(); // new and not shared: no detach
            arenaBlock.set(std::move(block));
            arenaUsed = 0;
        }
        char *value = arenaBase + arenaUsed;
        std::memcpy(value, data, size_t(size));
        value[size] = '\0';
        arenaUsed += size + 1;
        return arenaBlock.share(value, size);
    }

    // Before the framer's reused Fetch is cleared: the values it still shares with the caches
    // go back to them without an atomic decrement each.
    void reclaim(Fetch &f)
    {
        if (f.flags)
            flagLists[lastFlagSlot].reclaim(*f.flags);
        arenaBlock.reclaim(f.internalDate);
        if (f.envelope) {
            Envelope &e = *f.envelope;
            for (QByteArray *value : {&e.date, &e.subject, &e.inReplyTo, &e.messageId})
                arenaBlock.reclaim(*value);
            recycleAddressList(e);
            for (QList<Address> *list : {&e.from, &e.sender, &e.replyTo, &e.to, &e.cc, &e.bcc}) {
                if (list->isEmpty())
                    continue;
                for (quint32 slot : recentAddressListSlots)
                    addressLists[slot].reclaim(*list);
            }
            // The box itself is reused for the next ENVELOPE (its other values are released
            // as they are overwritten).
            if (!spareEnvelope)
                spareEnvelope = std::move(f.envelope);
        }
    }

    // The From list of the last message, when it was parsed (not cached) and nothing but the
    // reused Fetch holds it (Sender and Reply-To are usually copies): its strings go back to
    // the string cache and its storage is kept for the next list, instead of a free, a malloc
    // and an atomic decrement per reference and per string.
    void recycleAddressList(Envelope &e)
    {
        QArrayDataPointer<Address> &from = dataOf(e.from);
        QArrayData *header = from.d_ptr();
        if (header == nullptr || dataOf(spareAddressList).d_ptr() != nullptr)
            return;
        QList<Address> *lists[] = {&e.from, &e.sender, &e.replyTo, &e.to, &e.cc, &e.bcc};
        int ours = 0;
        for (QList<Address> *list : lists)
            ours += dataOf(*list).d_ptr() == header;
        // Only our references: no other thread can take one meanwhile (it would need one of
        // ours to copy), so the count can be set without a locked instruction.
        // Acquire: a copy another thread dropped just before is done with the elements.
        if (header->ref_.loadAcquire() != ours)
            return;
        for (QList<Address> *list : lists) {
            QArrayDataPointer<Address> &d = dataOf(*list);
            if (list != &e.from && d.d_ptr() == header) {
                // Dropped in place: assigning an empty list would decrement the count.
                d.d = nullptr;
                d.ptr = nullptr;
                d.size = 0;
            }
        }
        header->ref_.storeRelaxed(1);
        for (Address *a = from.data(), *last = a + from.size; a != last; ++a) {
            for (QByteArray *v : {&a->name, &a->adl, &a->mailbox, &a->host})
                reclaimString(*v);
        }
        e.from.clear(); // not shared: keeps its capacity
        spareAddressList = std::move(e.from);
    }
    void reclaimString(QByteArray &v)
    {
        if (v.isNull() || v.size() > MaxCachedLength)
            return;
        arenaBlock.reclaim(v);
        strings[hashBytes(v) % StringSlots].reclaim(v);
    }

    QByteArray string(QByteArrayView v)
    {
        if (v.size() > MaxCachedLength)
            return v.toByteArray();
        const quint32 hash = hashBytes(v);
        SharedBytes &slot = strings[hash % StringSlots];
        const QByteArray &cached = slot.value();
        if (cached.size() == v.size() && !cached.isNull() &&
            sameBytes(cached.constData(), v.data(), v.size()))
            return slot.share();
        // A miss takes an occupied slot only for a string that came back within the last
        // StringAdmitDistance misses; others are copied into the arena. Replacing a slot costs
        // a malloc, a free and three atomics, and a string seen once in a thousand messages
        // (the mailbox of an occasional sender) would be evicted again before it came back.
        const quint32 tick = ++stringTick;
        Seen &seen = stringsSeen[hash % StringsSeenSlots];
        const bool admit =
            cached.isNull() || (seen.hash == (hash | 1) && tick - seen.tick <= StringAdmitDistance);
        seen = {hash | 1, tick};
        if (!admit)
            return arenaBytes(v.data(), v.size());
        slot.set(v.toByteArray());
        return slot.share();
    }
};

namespace {

void clearFetch(Fetch &f);

class Grammar
{
public:
    Grammar(QByteArrayView buffer, const QList<SinkLiteral> &sinks, const ParserLimits &limits,
            ResponseGrammar::Caches &caches)
        : b(buffer.data())
        , end(buffer.size())
        , sinks(sinks)
        , limits(limits)
        , caches(caches)
    {}

    void response(Response::Value &out);

    const char *b;
    qsizetype p = 0;
    qsizetype end;
    const QList<SinkLiteral> &sinks;
    const ParserLimits &limits;
    ResponseGrammar::Caches &caches;
    int depth = 0;
    // Set by literal() when the literal went to the sink.
    const SinkLiteral *lastSinkLiteral = nullptr;

    // Out of line and cold: keeps the hot token functions small enough to inline.
    [[noreturn, gnu::noinline, gnu::cold]] void fail(const char *message,
                                                     Kind kind = Kind::Syntax) const
    {
        throw ParseFailure{kind, p, message};
    }

    [[gnu::always_inline]] char peek() const { return p < end ? b[p] : '\n'; }
    [[gnu::always_inline]] bool atLineEnd() const
    {
        return p >= end || b[p] == '\r' || b[p] == '\n';
    }
    [[gnu::always_inline]] void expect(char c)
    {
        if (peek() != c) {
            switch (c) {
            case '(':
                fail("expected '('");
            case ')':
                fail("expected ')'");
            case ']':
                fail("expected ']'");
            case '>':
                fail("expected '>'");
            default:
                fail("unexpected byte");
            }
        }
        ++p;
    }
    // The hot loops scan with a local index: `b` is a char pointer, which may alias the member
    // `p`, so a loop on `p` itself stores it to memory at every byte.
    [[gnu::always_inline]] void skipSpaces()
    {
        qsizetype i = p;
        while (i < end && b[i] == ' ')
            ++i;
        p = i;
    }
    // SP, leniently one or more.
    [[gnu::always_inline]] void sp()
    {
        if (p >= end || b[p] != ' ') [[unlikely]]
            fail("expected a space");
        ++p;
        while (p < end && b[p] == ' ')
            [[unlikely]]++ p;
    }
    // Skips spaces; true unless a ')' or the line end follows.
    [[gnu::always_inline]] bool more()
    {
        skipSpaces();
        return !atLineEnd() && b[p] != ')';
    }
    [[gnu::always_inline]] void open()
    {
        expect('(');
        if (++depth > limits.maxNestingDepth)
            fail("nesting exceeds the depth limit", Kind::NestingTooDeep);
    }
    [[gnu::always_inline]] void close()
    {
        skipSpaces();
        expect(')');
        --depth;
    }

    QByteArrayView atomView()
    {
        const qsizetype start = p;
        qsizetype i = start;
        while (i < end && !AtomStops[static_cast<unsigned char>(b[i])])
            ++i;
        if (i == start)
            fail("expected an atom");
        p = i;
        return QByteArrayView(b + start, i - start);
    }
    QByteArray atom()
    {
        const QByteArrayView view = atomView();
        return bytes(view.data(), view.size());
    }

    [[gnu::always_inline]] bool isNil() const
    {
        if (end - p < 3)
            return false;
        if ((b[p] | 0x20) != 'n' || (b[p + 1] | 0x20) != 'i' || (b[p + 2] | 0x20) != 'l')
            return false;
        return p + 3 >= end || AtomStops[static_cast<unsigned char>(b[p + 3])];
    }
    [[gnu::always_inline]] bool tryNil()
    {
        if (!isNil())
            return false;
        p += 3;
        return true;
    }

    // Fewer than eight digits, read with one load where eight bytes remain: the length is found
    // and the digits converted without a loop, whose exit (a number's length changes from message
    // to message) is a branch the processor mispredicts. -1 when this does not apply.
    [[gnu::always_inline]] qsizetype shortNumber(quint64 *value) const
    {
        if (end - p < 8)
            return -1;
        quint64 w;
        std::memcpy(&w, b + p, 8);
        // Per byte, non-zero unless it is '0'..'9': the high nibble must be 3, the low one < 10.
        const quint64 nonDigit =
            ((w & 0xF0F0F0F0F0F0F0F0ull) ^ 0x3030303030303030ull) |
            (((w & 0x0F0F0F0F0F0F0F0Full) + 0x0606060606060606ull) & 0xF0F0F0F0F0F0F0F0ull);
        if (nonDigit == 0)
            return -1;
        const int digits = __builtin_ctzll(nonDigit) >> 3;
        if (digits == 0)
            return -1;
        // The digits to the top of the word (the first one is the lowest byte): the bytes
        // shifted in are leading zeros. Then pairs, quads and eights are combined.
        quint64 v = (w & 0x0F0F0F0F0F0F0F0Full) << (8 * (8 - digits));
        v = (v * 10 + (v >> 8)) & 0x00FF00FF00FF00FFull;
        v = (v * 100 + (v >> 16)) & 0x0000FFFF0000FFFFull;
        v = (v * 10000 + (v >> 32)) & 0xFFFFFFFFull;
        *value = v;
        return digits;
    }
    quint64 numberUpTo(quint64 max, const char *what)
    {
        // Every max is above 99,999,999: a short number is always in range.
        quint64 shortValue;
        const qsizetype digits = shortNumber(&shortValue);
        if (digits > 0) [[likely]] {
            p += digits;
            return shortValue;
        }
        const qsizetype start = p;
        quint64 value = 0;
        // Every max is below 2^63: stopping before 64-bit overflow is the only check needed per
        // digit; the range of the type is checked once at the end.
        constexpr quint64 guard = ~quint64(0) / 10;
        qsizetype i = start;
        while (i < end && isDigit(b[i])) {
            if (value >= guard)
                fail(what, Kind::NumberOutOfRange); // p is still at the start
            value = value * 10 + quint64(b[i] - '0');
            ++i;
        }
        if (i == start)
            fail("expected a number");
        p = i;
        if (value > max) {
            p = start;
            fail(what, Kind::NumberOutOfRange);
        }
        return value;
    }
    [[gnu::always_inline]] quint32 number32()
    {
        quint64 shortValue;
        const qsizetype digits = shortNumber(&shortValue);
        if (digits > 0) [[likely]] {
            p += digits;
            return quint32(shortValue);
        }
        // Near the end of the response: up to 9 digits cannot exceed 32 bits, so no per-digit
        // check is needed.
        quint32 value = 0;
        qsizetype i = p;
        const qsizetype limit = qMin(end, p + 9);
        while (i < limit && isDigit(b[i])) {
            value = value * 10 + quint32(b[i] - '0');
            ++i;
        }
        if (i > p && i < limit) [[likely]] {
            p = i;
            return value;
        }
        return quint32(numberUpTo(0xffffffffu, "number exceeds 32 bits"));
    }
    quint64 number63() { return numberUpTo((quint64(1) << 63) - 1, "number exceeds 63 bits"); }
    // Sizes: "-1" and NIL from broken servers read as absent.
    std::optional<quint64> lenientSize()
    {
        if (peek() == '-') {
            ++p;
            number63();
            return std::nullopt;
        }
        if (tryNil())
            return std::nullopt;
        return number63();
    }

    // A copy of bytes of the response, for a value that the response owns.
    QByteArray bytes(const char *data, qsizetype size) { return caches.arenaBytes(data, size); }

    QByteArray quoted(bool shared = false)
    {
        ++p; // opening quote
        const qsizetype start = p;
        // Fast path: no escapes, the common case.
        p = findQuotedStop(b, p, end);
        if (p < end && b[p] == '"') {
            const QByteArrayView view(b + start, p - start);
            ++p;
            return shared ? caches.string(view) : bytes(view.data(), view.size());
        }
        // Escapes: unescaped into a reused buffer, a run of plain bytes at a time.
        std::string &text = caches.unescaped;
        text.assign(b + start, size_t(p - start));
        while (p < end) {
            const char c = b[p];
            if (c == '"') {
                ++p;
                const QByteArrayView view(text.data(), qsizetype(text.size()));
                return shared ? caches.string(view) : bytes(view.data(), view.size());
            }
            if (c == '\r' || c == '\n')
                break;
            // A backslash. Only \\ and \" are defined; other escapes keep the backslash
            // (lenient).
            if (p + 1 < end && (b[p + 1] == '"' || b[p + 1] == '\\'))
                ++p;
            text.push_back(b[p]);
            ++p;
            const qsizetype run = p;
            p = findQuotedStop(b, p, end);
            text.append(b + run, size_t(p - run));
        }
        fail("unterminated quoted string");
    }
    // Moves past a quoted string whose value is not needed (raw values keep the wire bytes).
    void skipQuoted()
    {
        ++p;
        for (;;) {
            p = findQuotedStop(b, p, end);
            if (p >= end || b[p] == '\r' || b[p] == '\n')
                break;
            if (b[p] == '"') {
                ++p;
                return;
            }
            if (p + 1 < end && (b[p + 1] == '"' || b[p + 1] == '\\'))
                ++p;
            ++p;
        }
        fail("unterminated quoted string");
    }

    // Moves past a literal and returns its bytes; an empty view with lastSinkLiteral set when
    // the literal went to the sink.
    QByteArrayView literalView()
    {
        lastSinkLiteral = nullptr;
        if (peek() == '~')
            ++p;
        expect('{');
        const quint64 size = numberUpTo(quint64(1) << 62, "literal size out of range");
        if (peek() == '+' || peek() == '-')
            ++p;
        expect('}');
        if (peek() == '\r')
            ++p;
        expect('\n');
        for (const SinkLiteral &sink : sinks) {
            if (sink.bufferPosition == p) {
                lastSinkLiteral = &sink;
                return QByteArrayView("", 0);
            }
        }
        if (quint64(end - p) < size)
            fail("literal exceeds the response");
        const QByteArrayView view(b + p, qsizetype(size));
        p += qsizetype(size);
        return view;
    }
    QByteArray literal()
    {
        const QByteArrayView view = literalView();
        return bytes(view.data(), view.size());
    }

    // string; leniently also an atom where a string belongs.
    QByteArray string()
    {
        const char c = peek();
        if (c == '"')
            return quoted();
        if (c == '{' || (c == '~' && p + 1 < end && b[p + 1] == '{'))
            return literal();
        return atom();
    }
    // The quoted string first: it is what most nstrings of an ENVELOPE are.
    QByteArray nstring()
    {
        if (peek() == '"')
            return quoted();
        if (tryNil())
            return QByteArray();
        return string();
    }
    QByteArray astring() { return string(); }
    // For values a mailbox repeats (address parts, MIME types): shared through the cache.
    QByteArray nstringShared()
    {
        const char c = peek();
        if (c == '"')
            return quoted(true);
        if (tryNil())
            return QByteArray();
        if (c == '{' || (c == '~' && p + 1 < end && b[p + 1] == '{'))
            return literal();
        return caches.string(atomView());
    }

    // Everything up to the final CRLF, literals included (unknown responses may carry them).
    QByteArray restOfResponse()
    {
        const qsizetype start = p;
        qsizetype stop = end;
        if (stop > start && b[stop - 1] == '\n')
            --stop;
        if (stop > start && b[stop - 1] == '\r')
            --stop;
        p = stop;
        return bytes(b + start, stop - start);
    }

    void expectLineEnd()
    {
        skipSpaces();
        if (p < end && b[p] == '\r')
            ++p;
        if (p < end && b[p] == '\n')
            ++p;
        if (p != end)
            fail("unexpected data at the end of the response");
    }

    QList<QByteArray> flagList()
    {
        // The same flag list comes back for most messages of a resync: reuse the parsed list.
        // Not where the depth limit would refuse the list (the parse would fail there).
        using C = ResponseGrammar::Caches;
        if (peek() == '(' && depth < limits.maxNestingDepth) {
            // The last two lists first, by their bytes alone: a key holds exactly one ')', its
            // last byte, so equal bytes at p are the same list, whatever follows.
            for (const quint32 slot : {caches.lastFlagSlot, caches.previousFlagSlot}) {
                const QByteArray &key = caches.flagListKeys[slot];
                const qsizetype size = key.size();
                if (size != 0 && size <= end - p && sameBytes(key.constData(), b + p, size)) {
                    p += size;
                    return handOutFlagList(slot);
                }
            }
            const qsizetype limit = qMin(end, p + C::MaxFlagListKey);
            const qsizetype close = findByte(b, p, limit, ')');
            if (close < limit) {
                const qsizetype size = close - p + 1;
                const quint32 slot = hashBytes(QByteArrayView(b + p, size)) % C::FlagListSlots;
                const QByteArray &cachedKey = caches.flagListKeys[slot];
                if (cachedKey.size() == size && sameBytes(cachedKey.constData(), b + p, size)) {
                    p = close + 1;
                    return handOutFlagList(slot);
                }
                const qsizetype start = p;
                QList<QByteArray> flags = parseFlagList();
                if (p == close + 1) {
                    caches.flagListKeys[slot] = QByteArray(b + start, size);
                    caches.flagLists[slot].set(flags);
                }
                return flags;
            }
        }
        return parseFlagList();
    }
    QList<QByteArray> handOutFlagList(quint32 slot)
    {
        if (slot != caches.lastFlagSlot) {
            caches.previousFlagSlot = caches.lastFlagSlot;
            caches.lastFlagSlot = slot;
        }
        return caches.flagLists[slot].share();
    }
    QList<QByteArray> parseFlagList()
    {
        open();
        QList<QByteArray> flags;
        while (more())
            flags.append(internFlag(atomView()));
        close();
        return flags;
    }

    QList<QByteArray> atomsToLineEnd()
    {
        QList<QByteArray> atoms;
        while (more())
            atoms.append(atom());
        return atoms;
    }

    NumberRanges sequenceSet()
    {
        NumberRanges ranges;
        for (;;) {
            NumberRange range;
            range.first = seqNumber();
            range.last = range.first;
            if (peek() == ':') {
                ++p;
                range.last = seqNumber();
            }
            ranges.append(range);
            if (peek() != ',')
                break;
            ++p;
        }
        return ranges;
    }
    quint32 seqNumber()
    {
        if (peek() == '*') {
            ++p;
            return 0;
        }
        return number32();
    }

    // Skips one value of any shape (atom, string, literal, list, bracketed section) without
    // recursion and returns its bytes verbatim.
    QByteArray rawValue()
    {
        const qsizetype start = p;
        int level = 0;
        for (;;) {
            if (atLineEnd()) {
                if (level > 0)
                    fail("unterminated list");
                break;
            }
            const char c = b[p];
            if (c == '(') {
                if (depth + ++level > limits.maxNestingDepth)
                    fail("nesting exceeds the depth limit", Kind::NestingTooDeep);
                ++p;
                continue;
            }
            if (c == ')') {
                if (level == 0)
                    break;
                ++p;
                if (--level == 0)
                    break;
                continue;
            }
            if (c == ' ') {
                if (level == 0)
                    break;
                ++p;
                continue;
            }
            if (c == '"')
                skipQuoted();
            else if (c == '{' || (c == '~' && p + 1 < end && b[p + 1] == '{'))
                literalView();
            else
                bracketedAtom();
            if (level == 0)
                break;
        }
        if (p == start)
            fail("expected a value");
        return bytes(b + start, p - start);
    }
    // An atom that may carry "[...]" (with spaces inside) and "<...>", e.g. BODY[HEADER (A B)]<0>
    void bracketedAtom()
    {
        const qsizetype start = p;
        while (p < end) {
            const char c = b[p];
            if (c == '[') {
                const void *close = std::memchr(b + p, ']', size_t(end - p));
                const void *lf = std::memchr(b + p, '\n', size_t(end - p));
                if (!close || (lf && lf < close))
                    fail("unterminated section");
                p = static_cast<const char *>(close) - b + 1;
                continue;
            }
            if (c == ']' || c == '(' || c == ')' || c == ' ' || c == '"' || c == '{' || c == '\r' ||
                c == '\n')
                break;
            ++p;
        }
        if (p == start)
            fail("expected a value");
    }

    // --- responses ---
    ResponseCode responseCode();
    void responseText(ResponseCode &code, QByteArray &text);
    void untagged(Response::Value &out);
    Response::Value untaggedData(QByteArrayView name);
    void numbered(quint32 number, Response::Value &out);
    Response::Value listResponse(bool lsub);
    Response::Value statusResponse();
    Response::Value searchResponse(bool sort);
    Response::Value esearchResponse();
    Response::Value threadResponse();
    Response::Value namespaceResponse();
    QList<NamespaceEntry> namespaceList();
    Response::Value idResponse();
    Response::Value quotaResponse();
    Response::Value metadataResponse();
    void fetch(quint32 number, Fetch &fetch);
    void fetchItem(Fetch &fetch, QByteArrayView name);
    Envelope envelope();
    void envelope(Envelope &envelope);
    QList<Address> copyOfList(QList<Address> &list, int held);
    QList<Address> addressList();
    QList<Address> parseAddressList();
    BodyStructure body(bool structure);
    QList<ByteArrayPair> bodyParameters();
    std::optional<BodyDisposition> disposition();
    QList<QByteArray> language();
    void bodyExtensionTail(BodyStructure &body);
};

void Grammar::response(Response::Value &out)
{
    const char first = peek();
    if (first == '+') {
        ++p;
        ContinuationRequest &continuation = out.emplace<ContinuationRequest>();
        responseText(continuation.code, continuation.text);
        p = end;
        return;
    }
    if (first == '*') {
        ++p;
        sp();
        untagged(out);
        expectLineEnd();
        return;
    }
    TaggedStatus &tagged = out.emplace<TaggedStatus>();
    tagged.tag = atom();
    sp();
    const QByteArrayView status = atomView();
    if (isWord(status, "OK"))
        tagged.status = Status::Ok;
    else if (isWord(status, "NO"))
        tagged.status = Status::No;
    else if (isWord(status, "BAD"))
        tagged.status = Status::Bad;
    else
        fail("tagged response without OK, NO or BAD");
    responseText(tagged.code, tagged.text);
}

void Grammar::responseText(ResponseCode &code, QByteArray &text)
{
    // Lenient: "+" or "OK" directly followed by the line end, or text without the SP.
    if (peek() == ' ')
        ++p;
    if (peek() == '[') {
        const qsizetype save = p;
        try {
            code = responseCode();
            if (peek() == ' ')
                ++p;
        } catch (const ParseFailure &failure) {
            if (failure.kind != Kind::Syntax)
                throw;
            // Not a code after all ("[" in free text): keep the whole thing as text.
            p = save;
            code = ResponseCode();
        }
    }
    // The rest of the response: normally one line, but a server that ends its text with
    // "{n}" made the framer read a literal, and those bytes belong to the text too.
    text = restOfResponse();
}

ResponseCode Grammar::responseCode()
{
    using K = ResponseCode::Kind;
    ++p; // '['
    ResponseCode code;
    code.kind = K::Other;
    const QByteArrayView name = atomView();
    code.name = name.toByteArray();
    // The arguments end at the first ']' outside a quoted string.
    qsizetype closeBracket = p;
    bool inQuote = false;
    while (closeBracket < end && b[closeBracket] != '\n') {
        const char c = b[closeBracket];
        if (inQuote && c == '\\')
            ++closeBracket;
        else if (c == '"')
            inQuote = !inQuote;
        else if (c == ']' && !inQuote)
            break;
        ++closeBracket;
    }
    if (closeBracket >= end || b[closeBracket] != ']')
        fail("unterminated response code");
    qsizetype argsStart = p;
    while (argsStart < closeBracket && b[argsStart] == ' ')
        ++argsStart;
    code.rawArguments = QByteArray(b + argsStart, closeBracket - argsStart);

    struct Known
    {
        const char *name;
        K kind;
    };
    static const Known known[] = {
        {"ALERT", K::Alert},
        {"BADCHARSET", K::BadCharset},
        {"CAPABILITY", K::Capability},
        {"PARSE", K::Parse},
        {"PERMANENTFLAGS", K::PermanentFlags},
        {"READ-ONLY", K::ReadOnly},
        {"READ-WRITE", K::ReadWrite},
        {"TRYCREATE", K::TryCreate},
        {"UIDNEXT", K::UidNext},
        {"UIDVALIDITY", K::UidValidity},
        {"UNSEEN", K::Unseen},
        {"HIGHESTMODSEQ", K::HighestModSeq},
        {"NOMODSEQ", K::NoModSeq},
        {"MODIFIED", K::Modified},
        {"APPENDUID", K::AppendUid},
        {"COPYUID", K::CopyUid},
        {"UIDNOTSTICKY", K::UidNotSticky},
        {"CLOSED", K::Closed},
        {"REFERRAL", K::Referral},
        {"APPENDLIMIT", K::AppendLimit},
        {"METADATA", K::Metadata},
        {"UNAVAILABLE", K::Unavailable},
        {"AUTHENTICATIONFAILED", K::AuthenticationFailed},
        {"AUTHORIZATIONFAILED", K::AuthorizationFailed},
        {"EXPIRED", K::Expired},
        {"PRIVACYREQUIRED", K::PrivacyRequired},
        {"CONTACTADMIN", K::ContactAdmin},
        {"NOPERM", K::NoPerm},
        {"INUSE", K::InUse},
        {"EXPUNGEISSUED", K::ExpungeIssued},
        {"CORRUPTION", K::Corruption},
        {"SERVERBUG", K::ServerBug},
        {"CLIENTBUG", K::ClientBug},
        {"CANNOT", K::CannotDo},
        {"LIMIT", K::Limit},
        {"OVERQUOTA", K::OverQuota},
        {"ALREADYEXISTS", K::AlreadyExists},
        {"NONEXISTENT", K::NonExistent},
        {"COMPRESSIONACTIVE", K::CompressionActive},
        {"USEATTR", K::UseAttr},
        {"NOTSAVED", K::NotSaved},
        {"HASCHILDREN", K::HasChildren},
        {"UNKNOWN-CTE", K::UnknownCte},
        {"MAILBOXID", K::MailboxId},
    };
    for (const Known &k : known) {
        if (equalsIgnoreCase(name, k.name)) {
            code.kind = k.kind;
            break;
        }
    }

    // Typed arguments are parsed inside [argsStart, closeBracket); a shape we do not expect leaves
    // the code with its raw arguments only, but an out-of-range number is still an error.
    const qsizetype savedEnd = end;
    p = argsStart;
    end = closeBracket;
    try {
        switch (code.kind) {
        case K::BadCharset:
            if (peek() == '(') {
                open();
                while (more())
                    code.list.append(astring());
                close();
            }
            break;
        case K::Capability:
        case K::Referral:
            code.list = atomsToLineEnd();
            break;
        case K::PermanentFlags:
            code.list = flagList();
            break;
        case K::UidNext:
        case K::UidValidity:
        case K::Unseen:
            code.number = number32();
            break;
        case K::HighestModSeq:
            code.number = number63();
            break;
        case K::AppendLimit:
            if (!atLineEnd() && !tryNil())
                code.number = number63();
            break;
        case K::Modified:
            code.uids = sequenceSet();
            break;
        case K::AppendUid:
            code.uidValidity = number32();
            sp();
            code.uids = sequenceSet();
            break;
        case K::CopyUid:
            code.uidValidity = number32();
            sp();
            code.sourceUids = sequenceSet();
            sp();
            code.uids = sequenceSet();
            break;
        case K::Metadata:
            code.list.append(atom());
            if (more())
                code.number = number63();
            break;
        case K::MailboxId:
            open();
            code.list.append(atom());
            close();
            break;
        default:
            break;
        }
        skipSpaces();
        if (p != end)
            fail("unexpected response code arguments");
    } catch (const ParseFailure &failure) {
        if (failure.kind != Kind::Syntax) {
            end = savedEnd;
            throw;
        }
        // Known name, unexpected shape: keep it as an unknown code with its raw arguments.
        ResponseCode raw;
        raw.kind = K::Other;
        raw.name = code.name;
        raw.rawArguments = code.rawArguments;
        code = raw;
    }
    end = savedEnd;
    p = closeBracket + 1;
    return code;
}

void Grammar::untagged(Response::Value &out)
{
    if (isDigit(peek())) {
        const quint32 number = number32();
        sp();
        numbered(number, out);
        return;
    }
    out = untaggedData(atomView());
}

Response::Value Grammar::untaggedData(QByteArrayView name)
{
    auto is = [&]<qsizetype N>(const char(&word)[N]) {
        return isWord(name, word);
    };
    auto statusOf = [&](Status status) -> Response::Value {
        UntaggedStatus untagged;
        untagged.status = status;
        responseText(untagged.code, untagged.text);
        return untagged;
    };
    if (is("OK"))
        return statusOf(Status::Ok);
    if (is("NO"))
        return statusOf(Status::No);
    if (is("BAD"))
        return statusOf(Status::Bad);
    if (is("BYE"))
        return statusOf(Status::Bye);
    if (is("PREAUTH"))
        return statusOf(Status::PreAuth);
    if (is("CAPABILITY"))
        return Capability{atomsToLineEnd()};
    if (is("ENABLED"))
        return Enabled{atomsToLineEnd()};
    if (is("FLAGS")) {
        sp();
        return Flags{flagList()};
    }
    if (is("LIST"))
        return listResponse(false);
    if (is("LSUB"))
        return listResponse(true);
    if (is("STATUS"))
        return statusResponse();
    if (is("SEARCH"))
        return searchResponse(false);
    if (is("SORT"))
        return searchResponse(true);
    if (is("ESEARCH"))
        return esearchResponse();
    if (is("THREAD"))
        return threadResponse();
    if (is("VANISHED")) {
        Vanished vanished;
        sp();
        if (peek() == '(') {
            open();
            if (!isWord(atomView(), "EARLIER"))
                fail("expected EARLIER");
            close();
            vanished.earlier = true;
            sp();
        }
        vanished.uids = sequenceSet();
        return vanished;
    }
    if (is("NAMESPACE"))
        return namespaceResponse();
    if (is("ID"))
        return idResponse();
    if (is("QUOTA"))
        return quotaResponse();
    if (is("QUOTAROOT")) {
        QuotaRoot root;
        sp();
        root.mailbox = astring();
        while (more())
            root.roots.append(astring());
        return root;
    }
    if (is("ACL")) {
        Acl acl;
        sp();
        acl.mailbox = astring();
        while (more()) {
            QByteArray identifier = astring();
            sp();
            acl.entries.append({identifier, astring()});
        }
        return acl;
    }
    if (is("LISTRIGHTS")) {
        ListRights rights;
        sp();
        rights.mailbox = astring();
        sp();
        rights.identifier = astring();
        sp();
        rights.required = astring();
        while (more())
            rights.optional.append(astring());
        return rights;
    }
    if (is("MYRIGHTS")) {
        MyRights rights;
        sp();
        rights.mailbox = astring();
        sp();
        rights.rights = astring();
        return rights;
    }
    if (is("METADATA"))
        return metadataResponse();
    UnknownData unknown;
    unknown.name = name.toByteArray();
    skipSpaces();
    unknown.raw = restOfResponse();
    return unknown;
}

void Grammar::numbered(quint32 number, Response::Value &out)
{
    // Most numbered responses are FETCHes: "FETCH" (any case) ending the atom is recognised
    // with two compares instead of scanning the atom and comparing it a byte at a time.
    bool isFetch = false;
    if (end - p >= 6) {
        quint32 word;
        std::memcpy(&word, b + p, 4);
        constexpr quint32 fetc =
            quint32('F') | quint32('E') << 8 | quint32('T') << 16 | quint32('C') << 24;
        isFetch = (word & 0xDFDFDFDFu) == fetc && (b[p + 4] & 0xDF) == 'H' &&
                  AtomStops[static_cast<unsigned char>(b[p + 5])];
    }
    const QByteArrayView name = isFetch ? (p += 5, QByteArrayView(b + p - 5, 5)) : atomView();
    if (isFetch || isWord(name, "FETCH")) {
        if (Fetch *reused = std::get_if<Fetch>(&out)) {
            caches.reclaim(*reused);
            clearFetch(*reused);
            fetch(number, *reused);
        } else {
            fetch(number, out.emplace<Fetch>());
        }
        return;
    }
    if (isWord(name, "EXISTS")) {
        out = Exists{number};
        return;
    }
    if (isWord(name, "RECENT")) {
        out = Recent{number};
        return;
    }
    if (isWord(name, "EXPUNGE")) {
        out = Expunge{number};
        return;
    }
    UnknownData &unknown = out.emplace<UnknownData>();
    unknown.name = name.toByteArray();
    unknown.number = number;
    skipSpaces();
    unknown.raw = restOfResponse();
}

Response::Value Grammar::listResponse(bool lsub)
{
    List list;
    list.lsub = lsub;
    sp();
    list.attributes = flagList();
    sp();
    if (tryNil())
        list.delimiter = QByteArray();
    else
        list.delimiter = string();
    sp();
    list.mailbox = astring();
    if (more()) {
        open();
        while (more()) {
            const QByteArray tag = astring();
            sp();
            if (isWord(tag, "CHILDINFO")) {
                open();
                while (more())
                    list.childInfo.append(astring());
                close();
            } else if (isWord(tag, "OLDNAME")) {
                open();
                list.oldName = astring();
                close();
            } else {
                list.otherExtended.append({tag, rawValue()});
            }
        }
        close();
    }
    return list;
}

Response::Value Grammar::statusResponse()
{
    StatusData status;
    sp();
    status.mailbox = astring();
    sp();
    open();
    while (more()) {
        const QByteArrayView item = atomView();
        sp();
        auto is = [&]<qsizetype N>(const char(&word)[N]) {
            return isWord(item, word);
        };
        if (is("MESSAGES"))
            status.messages = number32();
        else if (is("RECENT"))
            status.recent = number32();
        else if (is("UIDNEXT"))
            status.uidNext = number32();
        else if (is("UIDVALIDITY"))
            status.uidValidity = number32();
        else if (is("UNSEEN"))
            status.unseen = number32();
        else if (is("DELETED"))
            status.deleted = number32();
        else if (is("HIGHESTMODSEQ"))
            status.highestModSeq = number63();
        else if (is("SIZE"))
            status.size = lenientSize();
        else if (is("APPENDLIMIT"))
            status.appendLimit = lenientSize();
        else if (tryNil())
            continue;
        else
            status.other.append({item.toByteArray(), number63()});
    }
    close();
    return status;
}

Response::Value Grammar::searchResponse(bool sort)
{
    QList<quint32> numbers;
    std::optional<quint64> modSeq;
    while (more()) {
        if (peek() == '(') {
            open();
            if (!isWord(atomView(), "MODSEQ"))
                fail("expected MODSEQ");
            sp();
            modSeq = number63();
            close();
            continue;
        }
        numbers.append(number32());
    }
    if (sort)
        return Sort{numbers, modSeq};
    return Search{numbers, modSeq};
}

Response::Value Grammar::esearchResponse()
{
    ESearch search;
    skipSpaces();
    if (peek() == '(') {
        open();
        if (!isWord(atomView(), "TAG"))
            fail("expected TAG");
        sp();
        search.tag = string();
        close();
    }
    while (more()) {
        const QByteArrayView name = atomView();
        if (isWord(name, "UID")) {
            search.uid = true;
            continue;
        }
        sp();
        if (isWord(name, "MIN"))
            search.min = number32();
        else if (isWord(name, "MAX"))
            search.max = number32();
        else if (isWord(name, "COUNT"))
            search.count = number32();
        else if (isWord(name, "ALL"))
            search.all = sequenceSet();
        else if (isWord(name, "MODSEQ"))
            search.modSeq = number63();
        else
            search.other.append({name.toByteArray(), rawValue()});
    }
    return search;
}

Response::Value Grammar::threadResponse()
{
    // Iterative: one stack entry per open parenthesis, bounded by the nesting limit.
    struct Group
    {
        qint32 current; // node new members attach to
        bool hasNode;
    };
    Thread thread;
    QList<Group> stack;
    skipSpaces();
    while (!atLineEnd()) {
        const char c = b[p];
        if (c == ' ') {
            ++p;
        } else if (c == '(') {
            if (stack.size() >= limits.maxNestingDepth)
                fail("nesting exceeds the depth limit", Kind::NestingTooDeep);
            qint32 parent = -1;
            if (!stack.isEmpty()) {
                Group &top = stack.last();
                if (!top.hasNode) {
                    // "((1)(2))": the thread's root is missing; a placeholder node 0 holds it.
                    thread.nodes.append(ThreadNode{0, top.current});
                    top.current = qint32(thread.nodes.size() - 1);
                    top.hasNode = true;
                }
                parent = top.current;
            }
            stack.append(Group{parent, false});
            ++p;
        } else if (c == ')') {
            if (stack.isEmpty())
                fail("unbalanced ')' in THREAD");
            if (!stack.last().hasNode)
                fail("empty THREAD list");
            stack.removeLast();
            ++p;
        } else if (isDigit(c)) {
            if (stack.isEmpty())
                fail("THREAD number outside parentheses");
            Group &top = stack.last();
            const quint32 number = number32();
            if (number == 0)
                fail("THREAD numbers are non-zero");
            thread.nodes.append(ThreadNode{number, top.current});
            top.current = qint32(thread.nodes.size() - 1);
            top.hasNode = true;
        } else {
            fail("unexpected byte in THREAD");
        }
    }
    if (!stack.isEmpty())
        fail("unterminated THREAD");
    return thread;
}

QList<NamespaceEntry> Grammar::namespaceList()
{
    QList<NamespaceEntry> entries;
    if (tryNil())
        return entries;
    open();
    while (more()) {
        NamespaceEntry entry;
        open();
        entry.prefix = string();
        sp();
        entry.delimiter = nstring();
        while (more()) {
            QByteArray name = string();
            sp();
            QList<QByteArray> values;
            open();
            while (more())
                values.append(string());
            close();
            entry.extensions.append({name, values});
        }
        close();
        entries.append(entry);
    }
    close();
    return entries;
}

Response::Value Grammar::namespaceResponse()
{
    Namespace ns;
    sp();
    ns.personal = namespaceList();
    sp();
    ns.otherUsers = namespaceList();
    sp();
    ns.shared = namespaceList();
    return ns;
}

Response::Value Grammar::idResponse()
{
    Id id;
    sp();
    if (tryNil())
        return id;
    open();
    while (more()) {
        QByteArray field = string();
        sp();
        id.fields.append({field, nstring()});
    }
    close();
    return id;
}

Response::Value Grammar::quotaResponse()
{
    Quota quota;
    sp();
    quota.root = astring();
    sp();
    open();
    while (more()) {
        QuotaResource resource;
        resource.name = atom();
        sp();
        resource.usage = number63();
        sp();
        resource.limit = number63();
        quota.resources.append(resource);
    }
    close();
    return quota;
}

Response::Value Grammar::metadataResponse()
{
    Metadata metadata;
    sp();
    metadata.mailbox = astring();
    sp();
    if (peek() == '(') {
        open();
        while (more()) {
            QByteArray entry = astring();
            sp();
            metadata.entries.append({entry, nstring()});
        }
        close();
    } else {
        metadata.namesOnly = true;
        do {
            metadata.entries.append({astring(), QByteArray()});
        } while (more());
    }
    return metadata;
}

// --- FETCH -----------------------------------------------------------------------------------

// Makes the framer's reused Fetch (left moved-from, or as the handler left it) equal to Fetch{}
// again. Cheaper than destroying and constructing one: zeroing and destroying all of a Fetch's
// members for each message was a tenth of a flag resync, and most members are already empty.
void clearFetch(Fetch &f)
{
    static_assert(sizeof(void *) != 8 || sizeof(Fetch) == 120,
                  "Fetch changed: clear the new members here");
    f.sequence = 0;
    f.uid.reset();
    f.flags.reset();
    f.rfc822Size.reset();
    if (!f.internalDate.isNull())
        f.internalDate = QByteArray();
    f.envelope.reset();
    f.modSeq.reset();
    f.extras.reset();
}

void Grammar::fetch(quint32 number, Fetch &fetch)
{
    fetch.sequence = number;
    sp();
    open();
    while (more()) {
        // Item names: letters, digits, '.', '-'; a '[' starts a section.
        const qsizetype nameStart = p;
        p = findItemNameStop(b, p, end);
        if (p == nameStart)
            fail("expected a FETCH item name");
        const QByteArrayView name(b + nameStart, p - nameStart);
        const qsizetype valueStart = p;
        const int depthBefore = depth;
        try {
            fetchItem(fetch, name);
        } catch (const ParseFailure &failure) {
            if (failure.kind != Kind::Syntax)
                throw;
            // Keep the rest of the FETCH: skip this item's value by its shape alone. The raw
            // bytes are kept exactly as sent after the name (separator included), so that
            // writing them back reproduces the same item.
            p = valueStart;
            depth = depthBefore;
            if (peek() == '[')
                bracketedAtom();
            skipSpaces();
            if (!atLineEnd() && peek() != ')')
                rawValue();
            fetch.extras.edit().malformed.append(
                {name.toByteArray(), QByteArray(b + valueStart, p - valueStart)});
        }
    }
    close();
}

void Grammar::fetchItem(Fetch &fetch, QByteArrayView name)
{
    auto is = [&]<qsizetype N>(const char(&word)[N]) {
        return isWord(name, word);
    };
    if (peek() == '[') {
        if (is("BINARY.SIZE")) {
            BinarySize size;
            ++p;
            const qsizetype start = p;
            while (p < end && b[p] != ']' && b[p] != '\n')
                ++p;
            size.section = QByteArray(b + start, p - start);
            expect(']');
            sp();
            size.size = number63();
            fetch.extras.edit().binarySizes.append(size);
            return;
        }
        if (!is("BODY") && !is("BINARY") && !is("BODY.PEEK") && !is("BINARY.PEEK")) {
            const QByteArray rawName = name.toByteArray();
            const qsizetype start = p;
            bracketedAtom();
            const QByteArray fullName = rawName + QByteArrayView(b + start, p - start);
            sp();
            fetch.extras.edit().unknown.append({fullName, rawValue()});
            return;
        }
        FetchSection section;
        section.item =
            is("BODY") || is("BODY.PEEK") ? QByteArrayLiteral("BODY") : QByteArrayLiteral("BINARY");
        ++p;
        const qsizetype start = p;
        // Header field lists may sit inside: "HEADER.FIELDS (FROM TO)".
        while (p < end && b[p] != ']' && b[p] != '\n')
            ++p;
        section.section = QByteArray(b + start, p - start);
        expect(']');
        if (peek() == '<') {
            ++p;
            section.origin = number32();
            expect('>');
        }
        sp();
        section.data = nstring();
        if (lastSinkLiteral && !section.data.isNull() && section.data.isEmpty()) {
            section.streamedToSink = true;
            section.sinkOffset = lastSinkLiteral->sinkOffset;
            section.size = lastSinkLiteral->size;
            lastSinkLiteral = nullptr;
        } else {
            section.size = section.data.size();
        }
        fetch.extras.edit().sections.append(section);
        return;
    }
    sp();
    switch (name.size()) {
    case 3:
        if (is("UID")) {
            fetch.uid = number32();
            return;
        }
        break;
    case 5:
        if (is("FLAGS")) {
            fetch.flags = flagList();
            return;
        }
        break;
    case 4:
        if (is("BODY")) {
            fetch.extras.edit().body = body(false);
            return;
        }
        break;
    case 6:
        if (is("MODSEQ")) {
            open();
            fetch.modSeq = number63();
            close();
            return;
        }
        if (is("RFC822")) {
            FetchSection section;
            section.item = QByteArrayLiteral("RFC822");
            section.data = nstring();
            section.size = section.data.size();
            fetch.extras.edit().sections.append(section);
            return;
        }
        break;
    case 7:
        if (is("EMAILID")) {
            if (!tryNil()) {
                open();
                fetch.extras.edit().emailId = atom();
                close();
            }
            return;
        }
        if (is("PREVIEW")) {
            // An early draft sent "(FUZZY)" or similar before the text; skip it.
            if (peek() == '(') {
                rawValue();
                sp();
            }
            fetch.extras.edit().preview = nstring();
            return;
        }
        break;
    case 8:
        if (is("ENVELOPE")) {
            // Parsed into the box of an earlier message when the caches hold one, and only
            // then put in place: a malformed ENVELOPE leaves the item as it was.
            Boxed<Envelope> box = std::move(caches.spareEnvelope);
            if (!box)
                box.emplace();
            envelope(*box);
            fetch.envelope = std::move(box);
            return;
        }
        if (is("THREADID")) {
            if (!tryNil()) {
                open();
                fetch.extras.edit().threadId = atom();
                close();
            }
            return;
        }
        break;
    case 10:
        if (is("X-GM-MSGID")) {
            fetch.extras.edit().gmailMessageId = number63();
            return;
        }
        if (is("X-GM-THRID")) {
            fetch.extras.edit().gmailThreadId = number63();
            return;
        }
        break;
    case 11:
        if (is("RFC822.SIZE")) {
            fetch.rfc822Size = lenientSize();
            return;
        }
        if (is("RFC822.TEXT")) {
            FetchSection section;
            section.item = QByteArrayLiteral("RFC822.TEXT");
            section.data = nstring();
            section.size = section.data.size();
            fetch.extras.edit().sections.append(section);
            return;
        }
        if (is("X-GM-LABELS")) {
            QList<QByteArray> labels;
            open();
            while (more())
                labels.append(astring());
            close();
            fetch.extras.edit().gmailLabels = labels;
            return;
        }
        break;
    case 12:
        if (is("INTERNALDATE")) {
            fetch.internalDate = nstring();
            return;
        }
        break;
    case 13:
        if (is("BODYSTRUCTURE")) {
            fetch.extras.edit().bodyStructure = body(true);
            return;
        }
        if (is("RFC822.HEADER")) {
            FetchSection section;
            section.item = QByteArrayLiteral("RFC822.HEADER");
            section.data = nstring();
            section.size = section.data.size();
            fetch.extras.edit().sections.append(section);
            return;
        }
        break;
    default:
        break;
    }
    fetch.extras.edit().unknown.append({name.toByteArray(), rawValue()});
}

void Grammar::envelope(Envelope &envelope)
{
    // Every member is assigned: `envelope` may be a recycled one.
    static_assert(sizeof(void *) != 8 || sizeof(Envelope) == 240,
                  "Envelope changed: assign the new members here");
    open();
    envelope.date = nstring();
    sp();
    envelope.subject = nstring();
    sp();
    const qsizetype fromStart = p;
    envelope.from = addressList();
    const QByteArrayView fromBytes(b + fromStart, p - fromStart);
    sp();
    // Sender and Reply-To usually repeat From byte for byte: share the parsed list.
    auto sameAsFrom = [&]() {
        if (!sinks.isEmpty() || envelope.from.isEmpty() || end - p < fromBytes.size() ||
            std::memcmp(b + p, fromBytes.data(), size_t(fromBytes.size())) != 0)
            return false;
        p += fromBytes.size();
        return true;
    };
    if (sameAsFrom())
        envelope.sender = copyOfList(envelope.from, 1);
    else
        envelope.sender = addressList();
    sp();
    if (sameAsFrom())
        envelope.replyTo =
            copyOfList(envelope.from, envelope.sender.isSharedWith(envelope.from) ? 2 : 1);
    else
        envelope.replyTo = addressList();
    sp();
    envelope.to = addressList();
    sp();
    envelope.cc = addressList();
    sp();
    envelope.bcc = addressList();
    sp();
    envelope.inReplyTo = nstring();
    sp();
    envelope.messageId = nstring();
    close();
}

Envelope Grammar::envelope()
{
    Envelope envelope;
    this->envelope(envelope);
    return envelope;
}

// A copy of `list`, of which this parse holds `held` references.
QList<Address> Grammar::copyOfList(QList<Address> &list, int held)
{
    QArrayDataPointer<Address> &d = dataOf(list);
    QArrayData *header = d.d_ptr();
    if (header != nullptr && header->ref_.loadAcquire() == held) {
        // Built by this parse and held only by the envelope being built: no other thread can
        // see it, so the count needs no locked instruction.
        header->ref_.storeRelaxed(held + 1);
        QList<Address> copy;
        dataOf(copy) = QArrayDataPointer<Address>(d.d_ptr(), d.data(), d.size);
        return copy;
    }
    for (quint32 slot : caches.recentAddressListSlots) {
        if (header != nullptr && caches.addressLists[slot].holds(list))
            return caches.addressLists[slot].share();
    }
    return list;
}

QList<Address> Grammar::addressList()
{
    if (tryNil())
        return {};
    // A list whose bytes were parsed before parses the same way: the grammar looks at nothing
    // past its closing parenthesis. Not with a literal sink (positions matter then), nor where
    // the depth limit could be reached inside the list.
    using C = ResponseGrammar::Caches;
    const bool cacheable = sinks.isEmpty() && depth + 2 <= limits.maxNestingDepth;
    quint32 slot = 0;
    if (cacheable) {
        slot =
            hashBytes(QByteArrayView(b + p, qMin<qsizetype>(end - p, C::AddressListHashPrefix))) %
            C::AddressListSlots;
        const QByteArray &key = caches.addressListKeys[slot];
        if (!key.isNull() && key.size() <= end - p &&
            sameBytes(key.constData(), b + p, key.size())) {
            p += key.size();
            caches.recentAddressListSlots[caches.recentAddressListNext++ % 4] = slot;
            return caches.addressLists[slot].share();
        }
    }
    const qsizetype start = p;
    QList<Address> addresses = parseAddressList();
    if (cacheable && p - start <= C::MaxAddressListKey) {
        const QByteArrayView bytes(b + start, p - start);
        const quint32 full = hashAllBytes(bytes) | 1;
        const quint32 tick = ++caches.addressListTick;
        C::Seen &seen = caches.addressListsSeen[full % C::AddressListsSeenSlots];
        if (caches.addressListKeys[slot].isNull() ||
            (seen.hash == full && tick - seen.tick <= C::AdmitDistance)) {
            caches.addressListKeys[slot] = bytes.toByteArray();
            caches.addressLists[slot].set(addresses);
        }
        seen = {full, tick};
    }
    return addresses;
}

QList<Address> Grammar::parseAddressList()
{
    QList<Address> addresses = std::move(caches.spareAddressList);
    open();
    // Lenient: some servers put spaces between addresses.
    while (more()) {
        Address address;
        open();
        address.name = nstringShared();
        sp();
        address.adl = nstringShared();
        sp();
        address.mailbox = nstringShared();
        sp();
        address.host = nstringShared();
        close();
        addresses.append(std::move(address));
    }
    close();
    return addresses;
}

QList<ByteArrayPair> Grammar::bodyParameters()
{
    QList<ByteArrayPair> parameters;
    if (tryNil())
        return parameters;
    open();
    while (more()) {
        QByteArray name = nstringShared();
        sp();
        parameters.append({name, nstringShared()});
    }
    close();
    return parameters;
}

std::optional<BodyDisposition> Grammar::disposition()
{
    if (tryNil())
        return std::nullopt;
    BodyDisposition disposition;
    open();
    disposition.type = nstring();
    if (more())
        disposition.parameters = bodyParameters();
    close();
    return disposition;
}

QList<QByteArray> Grammar::language()
{
    QList<QByteArray> languages;
    if (tryNil())
        return languages;
    if (peek() != '(') {
        languages.append(string());
        return languages;
    }
    open();
    while (more())
        languages.append(string());
    close();
    return languages;
}

void Grammar::bodyExtensionTail(BodyStructure &part)
{
    // disposition, language, location, then anything else verbatim.
    if (!more())
        return;
    part.disposition = disposition();
    if (!more())
        return;
    part.language = language();
    if (!more())
        return;
    part.location = nstring();
    if (!more())
        return;
    const qsizetype start = p;
    while (more())
        rawValue();
    part.extensionRaw = QByteArray(b + start, p - start);
}

BodyStructure Grammar::body(bool structure)
{
    Q_UNUSED(structure)
    BodyStructure part;
    open();
    skipSpaces();
    if (peek() == '(') {
        part.multipart = true;
        part.type = QByteArrayLiteral("MULTIPART");
        while (peek() == '(') {
            part.parts.push_back(body(structure));
            skipSpaces();
        }
        part.subtype = nstring();
        if (more()) {
            part.hasExtension = true;
            part.parameters = bodyParameters();
            bodyExtensionTail(part);
        }
        close();
        return part;
    }
    part.type = nstringShared();
    sp();
    part.subtype = nstringShared();
    sp();
    part.parameters = bodyParameters();
    sp();
    part.id = nstring();
    sp();
    part.description = nstring();
    sp();
    part.encoding = nstringShared();
    sp();
    part.size = lenientSize().value_or(0);
    const bool message = isWord(part.type, "MESSAGE") &&
                         (isWord(part.subtype, "RFC822") || isWord(part.subtype, "GLOBAL"));
    if (message && more() && peek() == '(') {
        part.envelope = envelope();
        sp();
        part.parts.push_back(body(structure));
        if (more() && (isDigit(peek()) || peek() == '-'))
            part.lines = lenientSize();
    } else if (isWord(part.type, "TEXT") && more() && (isDigit(peek()) || peek() == '-')) {
        part.lines = lenientSize();
    }
    if (more()) {
        part.hasExtension = true;
        part.md5 = nstring();
        bodyExtensionTail(part);
    }
    close();
    return part;
}

qint64 streamPosition(qint64 streamOffset, qsizetype position, const QList<SinkLiteral> &sinks)
{
    qint64 offset = streamOffset + position;
    for (const SinkLiteral &sink : sinks) {
        if (sink.bufferPosition <= position)
            offset += sink.size;
    }
    return offset;
}

} // namespace

namespace {

// The tag of a tagged completion, read with the tag grammar's own limits (any ASTRING-CHAR
// except '+'); '*' and '+' lines, and anything else, give an empty tag.
QByteArray completionTag(QByteArrayView buffer)
{
    constexpr qsizetype MaxTagLength = 64;
    qsizetype end = 0;
    while (end < buffer.size() && end <= MaxTagLength) {
        const char c = buffer[end];
        if (c == ' ') {
            break;
        }
        const bool allowed = c > 0x20 && c < 0x7f && c != '(' && c != ')' && c != '{' && c != '%' &&
                             c != '*' && c != '"' && c != '\\' && c != '+';
        if (!allowed) {
            return {};
        }
        ++end;
    }
    if (end == 0 || end > MaxTagLength || end >= buffer.size()) {
        return {};
    }
    return buffer.first(end).toByteArray();
}

} // namespace

ResponseGrammar::ResponseGrammar()
    : m_caches(std::make_unique<Caches>())
{}

ResponseGrammar::~ResponseGrammar() = default;

void ResponseGrammar::release(Fetch &fetch)
{
    Caches &caches = *m_caches;
    if (fetch.flags) {
        // A resync alternates between a few lists; the caller's is one of the last two.
        for (const quint32 slot : {caches.lastFlagSlot, caches.previousFlagSlot})
            caches.flagLists[slot].reclaim(*fetch.flags);
    }
    caches.arenaBlock.reclaim(fetch.internalDate);
}

void ResponseGrammar::parse(QByteArrayView buffer, const QList<SinkLiteral> &sinkLiterals,
                            const ParserLimits &limits, qint64 streamOffset, Response &out)
{
    Grammar grammar(buffer, sinkLiterals, limits, *m_caches);
    out.offset = streamOffset;
    out.size = buffer.size();
    try {
        grammar.response(out.value);
    } catch (const ParseFailure &failure) {
        ProtocolError error;
        error.kind = failure.kind;
        error.offset = streamPosition(streamOffset, failure.position, sinkLiterals);
        error.responseOffset = streamOffset;
        error.message = QByteArray(failure.message);
        error.tag = completionTag(buffer);
        out.value = std::move(error);
    }
}

Response ResponseGrammar::parse(QByteArrayView buffer, const QList<SinkLiteral> &sinkLiterals,
                                const ParserLimits &limits, qint64 streamOffset)
{
    ResponseGrammar grammar;
    Response response;
    grammar.parse(buffer, sinkLiterals, limits, streamOffset, response);
    return response;
}

} // namespace Imap::Wire
