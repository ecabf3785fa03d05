#include "HardeningSupport.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QThread>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LETTERTRAY_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(LETTERTRAY_UNDER_ASAN)
#define LETTERTRAY_UNDER_ASAN 1
#endif
#ifdef LETTERTRAY_UNDER_ASAN
#include <sanitizer/allocator_interface.h>

#include <atomic>

namespace {

// Under AddressSanitizer the RSS holds the allocator's quarantine and shadow memory, several
// MiB that have nothing to do with the code under test. ASan's allocation hooks give the exact
// live heap and its peak instead: what the code allocated, and what a hostile size could make
// it allocate.
std::atomic<qint64> g_liveHeap{0};
std::atomic<qint64> g_peakHeap{0};

void raisePeak(qint64 now)
{
    qint64 peak = g_peakHeap.load(std::memory_order_relaxed);
    while (now > peak && !g_peakHeap.compare_exchange_weak(peak, now)) {
    }
}

void onMalloc(const volatile void *, size_t size)
{
    raisePeak(g_liveHeap.fetch_add(qint64(size)) + qint64(size));
}

void onFree(const volatile void *pointer)
{
    // Called before the chunk is released, so its size is still known.
    g_liveHeap.fetch_sub(qint64(__sanitizer_get_allocated_size(const_cast<const void *>(pointer))));
}

const int g_heapHooksInstalled = __sanitizer_install_malloc_and_free_hooks(onMalloc, onFree);

} // namespace
#endif

namespace Hardening {

namespace {

// "{123}" or "{123+}" at the end of a line part: the literal's size, or -1.
qint64 literalAnnouncement(QByteArrayView line, bool *nonSync)
{
    if (!line.endsWith('}')) {
        return -1;
    }
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0) {
        return -1;
    }
    QByteArrayView digits = line.sliced(open + 1, line.size() - open - 2);
    *nonSync = digits.endsWith('+');
    if (*nonSync) {
        digits.chop(1);
    }
    if (digits.isEmpty() || digits.size() > 12) {
        return -1;
    }
    qint64 n = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') {
            return -1;
        }
        n = n * 10 + (c - '0');
    }
    return n;
}

[[maybe_unused]] QByteArray procStatusField(const char *name)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray key = QByteArray(name) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(key.size()).trimmed();
        }
    }
    return {};
}

} // namespace

bool splitCommands(const QByteArray &stream, QList<ClientCommand> *commands, QByteArray *incomplete,
                   QString *why)
{
    qsizetype pos = 0;
    while (pos < stream.size()) {
        ClientCommand command;
        qsizetype cursor = pos;
        bool complete = false;
        while (true) {
            const qsizetype crlf = stream.indexOf("\r\n", cursor);
            if (crlf < 0) {
                break;
            }
            const QByteArray part = stream.mid(cursor, crlf - cursor);
            for (char c : part) {
                if (c == '\r' || c == '\n' || c == '\0') {
                    if (why) {
                        *why = QStringLiteral("CR, LF or NUL outside a literal in: ") +
                               QString::fromLatin1(part.toPercentEncoding());
                    }
                    return false;
                }
            }
            command.lineParts.append(part);
            command.text += part;
            bool nonSync = false;
            const qint64 size = literalAnnouncement(part, &nonSync);
            if (size < 0) {
                cursor = crlf + 2;
                complete = true;
                break;
            }
            const qsizetype dataStart = crlf + 2;
            if (stream.size() - dataStart < size) {
                break;
            }
            const QByteArray literal = stream.mid(dataStart, size);
            command.literals.append(literal);
            command.text += "\r\n" + literal;
            cursor = dataStart + size;
        }
        if (!complete) {
            if (incomplete) {
                *incomplete = stream.mid(pos);
            }
            return true;
        }
        const qsizetype space = command.text.indexOf(' ');
        command.tag = space < 0 ? command.text : command.text.left(space);
        commands->append(command);
        pos = cursor;
    }
    if (incomplete) {
        incomplete->clear();
    }
    return true;
}

bool decodeAstring(QByteArrayView text, const QList<QByteArray> &literals, int *literalIndex,
                   QByteArray *value, QByteArrayView *rest)
{
    value->clear();
    if (text.isEmpty()) {
        return false;
    }
    if (text.front() == '"') {
        qsizetype i = 1;
        while (i < text.size()) {
            const char c = text[i];
            if (c == '\\') {
                if (i + 1 >= text.size()) {
                    return false;
                }
                value->append(text[i + 1]);
                i += 2;
                continue;
            }
            if (c == '"') {
                *rest = text.sliced(i + 1);
                return true;
            }
            value->append(c);
            ++i;
        }
        return false;
    }
    if (text.front() == '{' || text.startsWith("~{")) {
        const qsizetype close = text.indexOf('}');
        if (close < 0 || *literalIndex >= literals.size()) {
            return false;
        }
        *value = literals.at((*literalIndex)++);
        // In ClientCommand::text the literal follows its announcement after CRLF.
        const QByteArrayView after = text.sliced(close + 1);
        if (!after.startsWith("\r\n") || after.size() < 2 + value->size()) {
            return false;
        }
        *rest = after.sliced(2 + value->size());
        return true;
    }
    qsizetype end = 0;
    while (end < text.size() && text[end] != ' ' && text[end] != ')' && text[end] != '(') {
        const char c = text[end];
        if (c == '"' || c == '{' || c == '\\' || uchar(c) < 0x20 || uchar(c) >= 0x7f) {
            return false;
        }
        ++end;
    }
    if (end == 0) {
        return false;
    }
    *value = text.first(end).toByteArray();
    *rest = text.sliced(end);
    return true;
}

RecordingServer::RecordingServer(FakeTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_respond(&RecordingServer::ok)
{
    connect(transport, &FakeTransport::clientWrote, this, &RecordingServer::onClientWrote,
            Qt::QueuedConnection);
}

QByteArray RecordingServer::ok(const ClientCommand &command)
{
    return command.tag + " OK done\r\n";
}

void RecordingServer::onClientWrote()
{
    if (m_inHandler || !m_error.isEmpty()) {
        return;
    }
    m_inHandler = true;
    const QByteArray all = m_transport->written();
    QList<ClientCommand> parsed;
    QByteArray tail;
    QString why;
    if (!splitCommands(all.mid(m_consumed), &parsed, &tail, &why)) {
        m_error = why;
        m_inHandler = false;
        return;
    }
    m_consumed = all.size() - tail.size();
    for (const ClientCommand &command : parsed) {
        m_commands.append(command);
        const QByteArray answer = m_respond(command);
        if (!answer.isNull()) {
            m_transport->serverSend(answer);
        }
    }
    // A synchronising literal announcement waits for our "+".
    if (!tail.isEmpty() && tail.endsWith("}\r\n") && !tail.endsWith("+}\r\n")) {
        const qsizetype announced = tail.size();
        if (m_lastContinuationAt != m_consumed + announced) {
            m_lastContinuationAt = m_consumed + announced;
            m_transport->serverSend("+ go\r\n");
        }
    }
    m_inHandler = false;
}

Imap::ConnectionSettings plainSettings()
{
    Imap::ConnectionSettings settings;
    settings.host = QStringLiteral("fake.invalid");
    settings.security = Imap::ConnectionSettings::Security::Plaintext;
    settings.allowCleartextPasswords = true;
    return settings;
}

bool connectOver(Imap::Client *client, FakeTransport *transport, const QByteArray &greeting)
{
    bool ready = false;
    bool failed = false;
    const auto c1 = QObject::connect(client, &Imap::Client::connected, [&ready] { ready = true; });
    const auto c2 = QObject::connect(client, &Imap::Client::errorOccurred,
                                     [&failed](const Imap::ConnectionError &) { failed = true; });
    client->connectToDevice(transport, plainSettings());
    transport->serverSend(greeting);
    waitFor([&] { return ready || failed; }, 2000);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return ready;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

[[maybe_unused]] static qint64 kiB(const QByteArray &field)
{
    // "1234 kB"
    return field.split(' ').value(0).toLongLong();
}

qint64 rssKiB()
{
#ifdef LETTERTRAY_UNDER_ASAN
    return g_liveHeap.load() / 1024;
#else
    return kiB(procStatusField("VmRSS"));
#endif
}

qint64 peakRssKiB()
{
#ifdef LETTERTRAY_UNDER_ASAN
    return g_peakHeap.load() / 1024;
#else
    return kiB(procStatusField("VmHWM"));
#endif
}

bool resetPeak()
{
#ifdef LETTERTRAY_UNDER_ASAN
    (void)g_heapHooksInstalled;
    g_peakHeap.store(g_liveHeap.load());
    return true;
#endif
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    return file.write("5") == 1;
}

int openFileDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd"))
                   .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)
                   .size());
}

} // namespace Hardening
