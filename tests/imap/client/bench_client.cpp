// The response path through Imap::Client, without a network or a server process: a generated
// UID FETCH answer of N messages is fed to the client through an in-memory transport in
// 64 KiB reads (what a socket delivers), and the client's CPU time is measured from the
// command to its completion.
//
//   bench-client [N=100000] [w1|w2|both]
//     W1: UID FETCH 1:* (UID FLAGS RFC822.SIZE INTERNALDATE ENVELOPE)   (~45 MB at 100k)
//     W2: UID FETCH 1:* (FLAGS)

#include "imap/Client.h"
#include "imap/FetchReply.h"
#include "imap/SelectReply.h"
#include "imap/wire/SequenceSet.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QIODevice>
#include <QtCore/QTimer>

#include <sys/resource.h>

#include <cstdio>

namespace {

constexpr qint64 kReadChunk = 64 * 1024;

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// A server in memory: answers each tagged command line the client writes with the byte arrays
// the responder returns, and hands them out in socket-sized reads. The arrays are queued as
// they are (shared, not concatenated), so that building the answer costs the measured client
// nothing: a 45 MB answer copied into one buffer was 5% of the client's CPU time.
class FeedDevice : public QIODevice
{
public:
    std::function<QByteArrayList(const QByteArray &tag, const QByteArray &command)> responder;

    explicit FeedDevice(const QByteArray &greeting)
        : m_chunks{greeting}
    {}

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        const qint64 queued = m_chunks.isEmpty() ? 0 : m_chunks.constFirst().size() - m_pos;
        return qMin<qint64>(queued, kReadChunk) + QIODevice::bytesAvailable();
    }
    void kick()
    {
        if (!m_chunks.isEmpty()) {
            QMetaObject::invokeMethod(
                this, [this] { Q_EMIT readyRead(); }, Qt::QueuedConnection);
        }
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        if (m_chunks.isEmpty()) {
            return 0;
        }
        const QByteArray &chunk = m_chunks.constFirst();
        const qint64 n = qMin<qint64>(qMin<qint64>(max, kReadChunk), chunk.size() - m_pos);
        memcpy(out, chunk.constData() + m_pos, size_t(n));
        m_pos += n;
        if (m_pos == chunk.size()) {
            m_chunks.removeFirst();
            m_pos = 0;
        }
        kick(); // the next "packet"
        return n;
    }
    qint64 writeData(const char *in, qint64 len) override
    {
        m_written.append(in, len);
        qsizetype eol;
        while ((eol = m_written.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_written.left(eol);
            m_written.remove(0, eol + 2);
            const qsizetype space = line.indexOf(' ');
            if (space > 0 && responder) {
                for (const QByteArray &part : responder(line.left(space), line.mid(space + 1))) {
                    if (!part.isEmpty()) {
                        m_chunks.append(part);
                    }
                }
                kick();
            }
        }
        return len;
    }

private:
    QByteArrayList m_chunks;
    qint64 m_pos = 0; // in m_chunks.first()
    QByteArray m_written;
};

QByteArray generate(int count, bool envelope)
{
    QByteArray out;
    out.reserve(qsizetype(count) * (envelope ? 470 : 50));
    for (int i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "* " + n + " FETCH (UID " + QByteArray::number(i + 1000) + " FLAGS (";
        out += (i % 3 == 0) ? "\\Seen \\Answered" : (i % 3 == 1 ? "\\Seen" : "");
        out += ")";
        if (envelope) {
            out += " RFC822.SIZE " + QByteArray::number(2000 + i % 5000) +
                   " INTERNALDATE \"17-Jul-2026 02:44:25 -0700\" ENVELOPE (\"Fri, 17 Jul 2026 "
                   "02:44:25 -0700\" \"Message number " +
                   n +
                   " about the quarterly report and other things\" ((\"Alice Example\" NIL "
                   "\"alice\" \"example.com\")) ((\"Alice Example\" NIL \"alice\" "
                   "\"example.com\")) ((\"Alice Example\" NIL \"alice\" \"example.com\")) "
                   "((\"Bob Example\" NIL \"bob\" \"example.org\")) NIL NIL "
                   "\"<parent" +
                   n + "@example.com>\" \"<msg" + n + ".1234567890@mail.example.com>\")";
        }
        out += ")\r\n";
    }
    return out;
}

struct Result
{
    double cpu = 0;
    double wall = 0;
    qsizetype bytes = 0;
    qsizetype messages = 0;
    bool ok = false;
};

Result run(int count, bool envelope)
{
    Result result;
    const QByteArray stream = generate(count, envelope);
    result.bytes = stream.size();
    FeedDevice device(QByteArrayLiteral("* PREAUTH [CAPABILITY IMAP4rev1] ready\r\n"));
    device.responder = [&](const QByteArray &tag, const QByteArray &command) -> QByteArrayList {
        if (command.startsWith("SELECT")) {
            return {"* " + QByteArray::number(count) +
                    " EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT " +
                    QByteArray::number(count + 1001) + "] ok\r\n" + tag +
                    " OK [READ-WRITE] selected\r\n"};
        }
        if (command.startsWith("UID FETCH")) {
            return {stream, tag + " OK fetched\r\n"};
        }
        return {tag + " OK\r\n"};
    };
    device.open(QIODevice::ReadWrite);
    Imap::Client client;
    Imap::ConnectionSettings settings;
    settings.security = Imap::ConnectionSettings::Security::Plaintext;
    client.connectToDevice(&device, settings);
    device.kick();
    Imap::SelectReply *select = client.select(QStringLiteral("INBOX"));
    QEventLoop loop;
    QObject::connect(select, &Imap::Reply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (select->status() != Imap::Reply::Status::Ok) {
        std::fprintf(stderr, "SELECT failed: %s\n", qPrintable(select->errorString()));
        return result;
    }
    const QByteArrayList items =
        envelope ? QByteArrayList{"UID", "FLAGS", "RFC822.SIZE", "INTERNALDATE", "ENVELOPE"}
                 : QByteArrayList{"FLAGS"};
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    Imap::FetchReply *fetch = client.uidFetch(Imap::Wire::SequenceSet::from(1), items);
    QObject::connect(fetch, &Imap::Reply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    result.wall = double(wall.nsecsElapsed()) / 1e9;
    result.cpu = cpuSeconds() - cpu0;
    result.messages = fetch->messages().size();
    result.ok = fetch->status() == Imap::Reply::Status::Ok && result.messages == count;
    if (!result.ok) {
        std::fprintf(stderr, "UID FETCH: %s, %lld messages\n", qPrintable(fetch->errorString()),
                     static_cast<long long>(result.messages));
    }
    return result;
}

void print(const char *name, const Result &r)
{
    std::printf("%s: %lld messages, %.1f MB, cpu %.3f s, wall %.3f s, %.0f MB/s (cpu)%s\n", name,
                static_cast<long long>(r.messages), double(r.bytes) / 1e6, r.cpu, r.wall,
                r.cpu > 0 ? double(r.bytes) / 1e6 / r.cpu : 0.0, r.ok ? "" : "  FAILED");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 100000;
    const QString which = args.size() > 2 ? args.at(2) : QStringLiteral("both");
    bool ok = true;
    if (which != QLatin1String("w2")) {
        const Result r = run(count, true);
        print("W1 UID FETCH (UID FLAGS RFC822.SIZE INTERNALDATE ENVELOPE)", r);
        ok = ok && r.ok;
    }
    if (which != QLatin1String("w1")) {
        const Result r = run(count, false);
        print("W2 UID FETCH (FLAGS)", r);
        ok = ok && r.ok;
    }
    return ok ? 0 : 1;
}
