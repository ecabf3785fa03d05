// bench-parser: how fast ResponseParser turns a large FETCH backlog into typed responses.
//
// Generates the two streams of issue 3 (a 100,000-message ENVELOPE fetch, ~45 MB, and a
// 100,000-line (UID FLAGS) resync), parses them whole and in 16 KiB pieces, with results kept
// or consumed as they come, and prints MB/s, responses/s and peak memory next to a memchr line
// scan of the same bytes (the physical floor: touching every byte once).
//
//   bench-parser [messages=100000] [repeat=3] [envelope|flags|file:<path>[-kept]]
//
// With a third argument only that stream (or the bytes of a file) is parsed, `repeat` times,
// whole buffer, results consumed (or kept with -kept): for perf or callgrind, without the
// generation and the other runs in the profile.

#include "imap/wire/ResponseParser.h"

#include <QtCore/QByteArray>
#include <QtCore/QFile>

#include <cstdio>
#include <cstring>
#include <malloc.h>
#include <time.h>

using namespace Imap::Wire;

namespace {

QByteArray envelopeStream(int messages)
{
    static const char *const names[] = {"Alice Example", "Bob Builder", "Carol \\\"C\\\" Jones",
                                        "=?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?="};
    static const char *const subjects[] = {
        "Quarterly report draft for review", "Re: Lunch on Friday?",
        "=?UTF-8?B?UmU6IFF1YXJ0YWxzYmVyaWNodCDwn5OI?=", "Invoice 2026-11 from Example Hosting"};
    QByteArray out;
    out.reserve(qsizetype(messages) * 470);
    char line[2048];
    for (int i = 1; i <= messages; ++i) {
        const char *name = names[i % 4];
        const char *subject = subjects[i % 4];
        const int n = std::snprintf(
            line, sizeof line,
            "* %d FETCH (UID %d FLAGS (%s) RFC822.SIZE %d INTERNALDATE \"%02d-Nov-2026 "
            "13:%02d:%02d +0100\" ENVELOPE (\"Mon, %d Nov 2026 10:15:%02d +0100\" \"%s\" "
            "((\"%s\" NIL \"sender%d\" \"example.org\")) ((\"%s\" NIL \"sender%d\" "
            "\"example.org\")) ((\"%s\" NIL \"sender%d\" \"example.org\")) ((NIL NIL \"bob\" "
            "\"example.net\")(\"Team Lead\" NIL \"lead\" \"example.net\")) %s NIL %s "
            "\"<%d.%d@mail.example.org>\"))\r\n",
            i, i + 1000, (i % 3) ? "\\Seen" : "\\Seen \\Answered $Forwarded", 1000 + i % 90000,
            1 + i % 28, i % 60, (i * 7) % 60, 1 + i % 28, i % 60, subject, name, i % 977, name,
            i % 977, name, i % 977, (i % 5) ? "NIL" : "((NIL NIL \"cc\" \"example.com\"))",
            (i % 2) ? "\"<parent@example.org>\"" : "NIL", i, i * 31);
        out.append(line, n);
    }
    return out;
}

QByteArray flagsStream(int messages)
{
    QByteArray out;
    out.reserve(qsizetype(messages) * 48);
    char line[256];
    for (int i = 1; i <= messages; ++i) {
        const int n = std::snprintf(line, sizeof line, "* %d FETCH (UID %d FLAGS (%s))\r\n", i,
                                    i + 1000, (i % 3) ? "\\Seen" : "\\Seen \\Answered $Forwarded");
        out.append(line, n);
    }
    return out;
}

// CPU time of this thread: the machine is shared, wall time would measure the neighbours.
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Heap bytes in use (glibc): small blocks plus mmapped ones.
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

struct Result
{
    double seconds = 0;
    qint64 responses = 0;
    qint64 errors = 0;
    qint64 peakHeap = 0; // heap in use above the start, bytes (measured in a separate run)
};

void print(const char *label, const QByteArray &input, const Result &r, double floorSeconds)
{
    const double mb = double(input.size()) / 1e6;
    std::printf("  %-32s %7.1f MB/s %9.0f responses/s %6.2fx memchr  peak heap %7.1f MB "
                "(%.2fx input)%s\n",
                label, mb / r.seconds, double(r.responses) / r.seconds, r.seconds / floorSeconds,
                double(r.peakHeap) / 1e6, double(r.peakHeap) / double(input.size()),
                r.errors ? "  (ERRORS!)" : "");
}

double memchrScan(const QByteArray &input, qint64 *lines)
{
    const double start = cpuSeconds();
    const char *p = input.constData();
    const char *end = p + input.size();
    qint64 count = 0;
    while (p < end) {
        const void *lf = std::memchr(p, '\n', size_t(end - p));
        if (!lf)
            break;
        ++count;
        p = static_cast<const char *>(lf) + 1;
    }
    *lines = count;
    return cpuSeconds() - start;
}

// Imap::Client feeds each socket read to the parser in pieces of this size and takes the
// responses with next() after each (Connection::consumePlain).
constexpr qsizetype NextPiece = 8 * 1024;

enum class Take
{
    Handler, // a handler consumes each response as it completes
    Next,    // next() after every piece, into one reused Response (what Imap::Client does)
    Keep,    // results stay in the parser's queue until the end (what a caller that collects does)
};

// `measureMemory` samples the heap (in its own run, so the samples do not disturb the timing).
Result run(const QByteArray &input, qsizetype chunk, Take take, bool measureMemory = false)
{
    const bool keep = take == Take::Keep;
    // Every run starts from a heap handed back to the system, as a fresh fetch in a new
    // process would: otherwise a kept run reuses the pages the previous run faulted in, and
    // how much it can reuse depends on how the allocator happened to trim, not on the parser.
    malloc_trim(0);
    Result result;
    const qint64 base = heapInUse();
    qint64 peak = base;
    const double start = cpuSeconds();
    {
        ResponseParser parser;
        Response taken;
        if (take == Take::Handler) {
            parser.setHandler([&](Response &&r) {
                ++result.responses;
                if (r.is<ProtocolError>())
                    ++result.errors;
                if (measureMemory && result.responses % 1000 == 0)
                    peak = qMax(peak, heapInUse());
            });
        }
        if (chunk <= 0)
            chunk = input.size();
        for (qsizetype i = 0; i < input.size(); i += chunk) {
            parser.feed(QByteArrayView(input).sliced(i, qMin(chunk, input.size() - i)));
            if (measureMemory)
                peak = qMax(peak, heapInUse());
            while (take == Take::Next && parser.next(taken)) {
                ++result.responses;
                if (taken.is<ProtocolError>())
                    ++result.errors;
            }
        }
        if (keep) {
            result.responses = parser.pendingCount();
            result.seconds = cpuSeconds() - start;
            result.peakHeap = peak - base;
            Response r;
            while (parser.next(r)) {
                if (r.is<ProtocolError>())
                    ++result.errors;
            }
            return result;
        }
    }
    result.seconds = cpuSeconds() - start;
    result.peakHeap = peak - base;
    return result;
}

Result best(const QByteArray &input, qsizetype chunk, Take take, int repeat)
{
    Result bestResult;
    for (int i = 0; i < repeat; ++i) {
        const Result r = run(input, chunk, take);
        if (i == 0 || r.seconds < bestResult.seconds)
            bestResult = r;
    }
    bestResult.peakHeap = run(input, chunk, take, true).peakHeap;
    return bestResult;
}

void benchmark(const char *title, const QByteArray &input, int repeat)
{
    qint64 lines = 0;
    double floorSeconds = 1e9;
    for (int i = 0; i < repeat; ++i)
        floorSeconds = std::min(floorSeconds, memchrScan(input, &lines));
    std::printf("%s: %.1f MB, %lld lines\n", title, double(input.size()) / 1e6,
                static_cast<long long>(lines));
    std::printf("  %-32s %7.1f MB/s\n", "memchr line scan (floor)",
                double(input.size()) / 1e6 / floorSeconds);
    print("whole buffer, results consumed", input, best(input, 0, Take::Handler, repeat),
          floorSeconds);
    print("16 KiB pieces, results consumed", input, best(input, 16 * 1024, Take::Handler, repeat),
          floorSeconds);
    print("8 KiB pieces, taken by next()", input, best(input, NextPiece, Take::Next, repeat),
          floorSeconds);
    print("whole buffer, results kept", input, best(input, 0, Take::Keep, 1), floorSeconds);
    print("16 KiB pieces, results kept", input, best(input, 16 * 1024, Take::Keep, 1),
          floorSeconds);
}

} // namespace

int main(int argc, char **argv)
{
    std::printf("CPU time of the parsing thread (the machine is shared); best of the runs.\n");
    const int messages = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int repeat = argc > 2 ? std::atoi(argv[2]) : 3;

    if (argc > 3) {
        // A suffix picks how results are taken: "-kept" (queued until the end), "-next" (8 KiB
        // pieces, next() after each), otherwise a handler.
        const QByteArray which(argv[3]);
        const Take take = which.endsWith("-kept")   ? Take::Keep
                          : which.endsWith("-next") ? Take::Next
                                                    : Take::Handler;
        QByteArray input;
        if (which.startsWith("file:")) {
            // Recorded server bytes, e.g. scripts/bench's w1.bin (Dovecot's answer to W1).
            QFile file(
                QString::fromLocal8Bit(which.mid(5).replace("-kept", "").replace("-next", "")));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", which.constData() + 5);
                return 1;
            }
            input = file.readAll();
        } else {
            input = which.startsWith("flags") ? flagsStream(messages) : envelopeStream(messages);
        }
        double seconds = 0;
        for (int i = 0; i < repeat; ++i)
            seconds += run(input, take == Take::Next ? NextPiece : 0, take).seconds;
        std::printf("%s: %.1f MB/s\n", argv[3], double(input.size()) * repeat / 1e6 / seconds);
        return 0;
    }

    const QByteArray envelopes = envelopeStream(messages);
    benchmark("UID FETCH 1:* (UID FLAGS RFC822.SIZE INTERNALDATE ENVELOPE)", envelopes, repeat);
    const QByteArray flags = flagsStream(messages);
    benchmark("UID FETCH 1:* (UID FLAGS) resync", flags, repeat);

    // Linearity: a backlog twice as large, handed over at once, must cost the same per byte.
    QByteArray backlog;
    backlog.reserve(2 * envelopes.size());
    backlog.append(envelopes);
    backlog.append(envelopes);
    qint64 lines = 0;
    double floorSeconds = 1e9;
    for (int i = 0; i < repeat; ++i)
        floorSeconds = std::min(floorSeconds, memchrScan(backlog, &lines));
    std::printf("Backlog of %.1f MB (%lld lines) handed over at once:\n",
                double(backlog.size()) / 1e6, static_cast<long long>(lines));
    std::printf("  %-32s %7.1f MB/s\n", "memchr line scan (floor)",
                double(backlog.size()) / 1e6 / floorSeconds);
    print("whole buffer, results consumed", backlog, best(backlog, 0, Take::Handler, repeat),
          floorSeconds);
    return 0;
}
