#include "app/SelfTest.h"

#include "app/TrayController.h"

#include <QtCore/QSocketNotifier>
#include <QtCore/QTextStream>
#include <QtWidgets/QSystemTrayIcon>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace App {

namespace {
// An XEmbed tray usually embeds within a few hundred milliseconds; past this it never will.
constexpr int EmbedTimeoutMs = 10000;
} // namespace

SelfTest::SelfTest(TrayController *tray, bool usingFallbackWindow, QObject *parent)
    : QObject(parent)
    , m_tray(tray)
    , m_fallback(usingFallbackWindow)
{
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &SelfTest::poll);
}

void SelfTest::start()
{
    report(QStringLiteral("started pid=%1").arg(::getpid()));
    report(
        QStringLiteral("tray-available=%1").arg(QSystemTrayIcon::isSystemTrayAvailable() ? 1 : 0));
    m_inputFd = STDIN_FILENO;
    const QByteArray input = qgetenv("LETTERTRAY_SELF_TEST_INPUT");
    if (!input.isEmpty()) {
        const int fd = ::open(input.constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            m_inputFd = fd;
        } else {
            report(QStringLiteral("cannot open %1").arg(QString::fromLocal8Bit(input)));
        }
    }
    m_stdin = new QSocketNotifier(m_inputFd, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &SelfTest::readStdin);
    if (m_fallback) {
        report(QStringLiteral("fallback-window=1"));
        return;
    }
    m_elapsed.start();
    m_poll.start();
    poll();
}

void SelfTest::poll()
{
    QSystemTrayIcon *icon = m_tray->trayIcon();
    // The geometry becomes valid once the tray host has embedded our icon window.
    const QRect geometry = icon ? icon->geometry() : QRect();
    if (icon && icon->isVisible() && geometry.isValid() && !geometry.isEmpty()) {
        m_poll.stop();
        report(QStringLiteral("tray-icon-visible=1 geometry=%1x%2+%3+%4")
                   .arg(geometry.width())
                   .arg(geometry.height())
                   .arg(geometry.x())
                   .arg(geometry.y()));
        return;
    }
    if (m_elapsed.elapsed() > EmbedTimeoutMs) {
        m_poll.stop();
        report(QStringLiteral("tray-icon-visible=0"));
    }
}

void SelfTest::readStdin()
{
    char buffer[256];
    const ssize_t count = ::read(m_inputFd, buffer, sizeof buffer);
    if (count <= 0) {
        // End of input: whoever drove the self-test is gone, so is our reason to run.
        m_stdin->setEnabled(false);
        requestQuit();
        return;
    }
    m_input.append(buffer, count);
    if (m_input.size() > 4096) {
        m_input.clear();
    }
    while (m_input.contains('\n')) {
        const qsizetype end = m_input.indexOf('\n');
        const QByteArray line = m_input.left(end).trimmed();
        m_input.remove(0, end + 1);
        if (line == "quit") {
            requestQuit();
        } else if (line == "tray-tone light" || line == "tray-tone dark") {
            report(QString::fromLatin1(line));
            Q_EMIT trayToneRequested(line.endsWith("light"));
        } else if (line.startsWith("show ")) {
            const QString window = QString::fromLatin1(line.mid(5).trimmed());
            report(QStringLiteral("showing %1").arg(window));
            Q_EMIT showRequested(window);
        }
    }
}

void SelfTest::requestQuit()
{
    if (m_quitting) {
        return;
    }
    m_quitting = true;
    report(QStringLiteral("quitting"));
    Q_EMIT quitRequested();
}

void SelfTest::report(const QString &line)
{
    QTextStream out(stdout);
    out << "lettertray-self-test: " << line << Qt::endl;
}

} // namespace App
