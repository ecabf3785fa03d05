// The "raw floor" of W3 (scripts/bench): how fast this machine's QSslSocket delivers a FETCH's
// bytes when nothing parses them. It connects with TLS, logs in, selects INBOX, sends
//   c UID FETCH <set> BODY.PEEK[]
// (after one small warm-up FETCH of UID 2) and reads every byte into one reused buffer that is
// written to /dev/null, until the tagged "c OK" ends the stream. No Lettertray code is linked: it
// is the bound Lettertray is measured against (target: >= 60% of this read rate).
//
//   bench-rawtls <host> <port> <user> <password> <ca.pem> <uid set>
//
// Prints phase_cpu / phase_wall (from sending the FETCH to the tagged OK), bytes and the peak
// RSS growth over that phase.
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslSocket>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix(field);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench-rawtls: %s\n", qPrintable(what));
    std::exit(2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7)
        fail(QStringLiteral("usage: bench-rawtls host port user password ca.pem uid-set"));
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(args.at(5)));
    socket.setSslConfiguration(tls);
    // As Imap::Connection configures its socket: at most 1 MiB decrypted data buffered.
    socket.setReadBufferSize(1024 * 1024);
    QFile sink(QStringLiteral("/dev/null"));
    if (!sink.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot open /dev/null"));

    // A small FETCH first (UID 2) touches every code path once, so that the RSS baseline taken
    // before the measured FETCH does not count first-use pages of Qt and OpenSSL as growth.
    enum
    {
        LoggingIn,
        WarmingUp,
        Fetching
    } state = LoggingIn;
    QByteArray tail; // the last bytes seen, to find a tagged completion across reads
    std::vector<char> buffer(256 * 1024);
    qint64 bytes = 0;
    double cpuStart = 0;
    long rssBefore = 0;
    QElapsedTimer wall;

    QObject::connect(&socket, &QSslSocket::encrypted, &app, [&] {
        socket.write("a LOGIN \"" + args.at(3).toUtf8() + "\" \"" + args.at(4).toUtf8() +
                     "\"\r\nb SELECT INBOX\r\n");
    });
    QObject::connect(&socket, &QSslSocket::readyRead, &app, [&] {
        for (;;) {
            const qint64 got = socket.read(buffer.data(), qint64(buffer.size()));
            if (got <= 0)
                break;
            sink.write(buffer.data(), got);
            if (state == Fetching)
                bytes += got;
            tail.append(buffer.data() + std::max<qint64>(0, got - 200), std::min<qint64>(got, 200));
            if (tail.size() > 400)
                tail.remove(0, tail.size() - 400);
            if (state == LoggingIn && tail.contains("\r\nb OK")) {
                state = WarmingUp;
                tail.clear();
                socket.write("w UID FETCH 2 BODY.PEEK[]\r\n");
            } else if (state == WarmingUp && tail.contains("\r\nw OK")) {
                state = Fetching;
                tail.clear();
                rssBefore = statusKiB("VmRSS:");
                cpuStart = cpuSeconds();
                wall.start();
                socket.write("c UID FETCH " + args.at(6).toLatin1() + " BODY.PEEK[]\r\n");
            } else if (state == LoggingIn && tail.contains("\r\nb NO")) {
                fail(QStringLiteral("SELECT failed"));
            } else if (state == Fetching && tail.contains("\r\nc ")) {
                if (!tail.contains("\r\nc OK"))
                    fail(QStringLiteral("FETCH failed"));
                std::printf("phase_cpu=%.4f phase_wall=%.4f bytes=%lld rss_growth_kib=%ld\n",
                            cpuSeconds() - cpuStart, double(wall.nsecsElapsed()) / 1e9,
                            static_cast<long long>(bytes), statusKiB("VmHWM:") - rssBefore);
                std::fflush(stdout);
                std::exit(0);
            }
        }
    });
    QObject::connect(&socket, &QSslSocket::errorOccurred, &app,
                     [&] { fail(socket.errorString()); });
    socket.connectToHostEncrypted(args.at(1), quint16(args.at(2).toUInt()));
    return app.exec();
}
