#pragma once

#include "support/ImapScript.h"
#include "support/TestCertificates.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSslSocket>

namespace TestSupport {

// Plays one connection's part of a ScriptedImapServer script over one socket.
// Each step either completes at once (S:, matched C:) or waits for an event (more client
// bytes, a timer, the TLS handshake); run() then resumes where it stopped.
class ScriptedSession : public QObject
{
    Q_OBJECT
public:
    ScriptedSession(qintptr descriptor, QList<ImapScriptStep> steps, TestIdentity identity,
                    QObject *parent);

    void start();
    bool isDone() const { return m_done; }

Q_SIGNALS:
    void done();
    void failed(const QString &error);
    void bytesReceived(const QByteArray &bytes);

private:
    enum class Match
    {
        Complete,
        NeedMore,
        Mismatch
    };

    void run();
    void readClient();
    void clientDisconnected();
    void handshakeFailed(const QString &why);
    bool send(const ImapScriptStep &step);
    void writeNextChunk();
    bool substitute(const ImapScriptStep &step, QByteArray *out);
    Match match(const ImapScriptStep &step, qsizetype *consumed,
                QHash<QByteArray, QByteArray> *bound) const;
    void finish();
    void fail(const QString &message);
    void resetConnection();
    QString expectedText(const ImapScriptStep &step) const;
    bool onlyEndingStepsLeft() const;

    QSslSocket *m_socket;
    QList<ImapScriptStep> m_steps;
    TestIdentity m_identity;
    QHash<QByteArray, QByteArray> m_variables;
    QByteArray m_buffer;
    QList<QByteArray> m_pendingChunks;
    qsizetype m_position = 0;
    int m_splitSize = 0;
    int m_splitPauseMs = 20;
    bool m_busy = false;  // waiting for a timer or the handshake: run() must not advance
    bool m_inRun = false; // re-entrancy guard: signals emitted while writing call back in
    bool m_handshaking = false;
    bool m_done = false;
    bool m_failed = false;
    bool m_hanging = false;
};

} // namespace TestSupport
