#pragma once

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QTimer>

class QSocketNotifier;

namespace App {

class TrayController;

// `lettertray --self-test`: tells a test (or a packager) on stdout whether the tray icon really
// got a place in the tray, in lines starting "lettertray-self-test:", and quits cleanly when
// it reads "quit" on stdin. The app runs normally meanwhile, so the test can inspect it, and
// "show list|settings|about|account|welcome" on stdin opens that window (scripts/screenshots);
// "show certificate", while the account dialog is open, fills it in with the demo server and
// tests the connection, which brings up the certificate question; "tray-tone light|dark"
// picks the tray glyph for a light or dark panel, as Settings does (the test session's trayer
// panel is light grey).
// LETTERTRAY_SELF_TEST_INPUT names a fifo to read instead of stdin, for launchers that start
// the app in the background with stdin closed (scripts/lib/demo.sh).
class SelfTest : public QObject
{
    Q_OBJECT

public:
    SelfTest(TrayController *tray, bool usingFallbackWindow, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void quitRequested();
    void showRequested(const QString &window);
    void trayToneRequested(bool lightPanel);

private:
    void poll();
    void readStdin();
    void requestQuit();
    static void report(const QString &line);

    TrayController *m_tray;
    bool m_fallback;
    QTimer m_poll;
    QElapsedTimer m_elapsed;
    QSocketNotifier *m_stdin = nullptr;
    int m_inputFd = 0; // stdin, or the LETTERTRAY_SELF_TEST_INPUT fifo
    QByteArray m_input;
    bool m_quitting = false;
};

} // namespace App
