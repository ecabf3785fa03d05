#include "support/ScriptedImapServer.h"

#include "support/ScriptedSession.h"

#include <QTcpSocket>
#include <QTest>

namespace TestSupport {

// QTcpServer hands over the raw descriptor, so each session can wrap it in a QSslSocket.
class ScriptedImapServer::Listener : public QTcpServer
{
public:
    explicit Listener(ScriptedImapServer *owner)
        : QTcpServer(owner)
        , m_owner(owner)
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_owner->accept(descriptor); }

private:
    ScriptedImapServer *m_owner;
};

ScriptedImapServer::ScriptedImapServer(QObject *parent)
    : QObject(parent)
    , m_listener(new Listener(this))
{}

ScriptedImapServer::~ScriptedImapServer() = default;

bool ScriptedImapServer::setScript(const QString &script)
{
    ImapScript parsed;
    m_parsed = parsed.parse(script);
    m_scripts = parsed.connections();
    m_error = parsed.errorString();
    return m_parsed;
}

bool ScriptedImapServer::listen(quint16 port)
{
    if (!m_parsed) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("listen() before setScript()");
        return false;
    }
    if (!m_listener->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        m_error = QStringLiteral("cannot listen: %1").arg(m_listener->errorString());
        return false;
    }
    return true;
}

quint16 ScriptedImapServer::port() const
{
    return m_listener->serverPort();
}

bool ScriptedImapServer::finished() const
{
    return m_parsed && m_error.isEmpty() && m_done == m_scripts.size();
}

QString ScriptedImapServer::errorString() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (!finished()) {
        return QStringLiteral("the script is not finished: %1 of %2 connection(s) accepted, %3 "
                              "done; the client sent so far: %4")
            .arg(m_accepted)
            .arg(m_scripts.size())
            .arg(m_done)
            .arg(ImapScript::printable(m_received, 400));
    }
    return {};
}

bool ScriptedImapServer::waitForFinished(int timeoutMs)
{
    return QTest::qWaitFor([this] { return finished() || failed(); }, timeoutMs) && finished();
}

void ScriptedImapServer::accept(qintptr descriptor)
{
    const int index = m_accepted++;
    if (index >= m_scripts.size()) {
        auto *extra = new QTcpSocket(this);
        extra->setSocketDescriptor(descriptor);
        extra->abort();
        extra->deleteLater();
        sessionFailed(QStringLiteral("unexpected connection #%1: the script has %2 (add ACCEPT "
                                     "for more)")
                          .arg(index + 1)
                          .arg(m_scripts.size()));
        return;
    }
    QList<ImapScriptStep> steps = m_scripts.at(index);
    const bool startsWithTls =
        !steps.isEmpty() && (steps.first().kind == ImapScriptStep::Kind::Tls ||
                             steps.first().kind == ImapScriptStep::Kind::TlsRejected);
    if (m_implicitTls && !startsWithTls) {
        ImapScriptStep tls;
        tls.kind = ImapScriptStep::Kind::Tls;
        tls.source = QStringLiteral("(implicit TLS)");
        steps.prepend(tls);
    }
    TestIdentity identity = m_identity.isValid() ? m_identity : TestCertificates::server();
    auto *session = new ScriptedSession(descriptor, std::move(steps), std::move(identity), this);
    m_sessions.append(session);
    connect(session, &ScriptedSession::bytesReceived, this,
            [this](const QByteArray &bytes) { m_received.append(bytes); });
    connect(session, &ScriptedSession::done, this, &ScriptedImapServer::sessionDone);
    connect(session, &ScriptedSession::failed, this, &ScriptedImapServer::sessionFailed);
    session->start();
}

void ScriptedImapServer::sessionDone()
{
    ++m_done;
    if (finished())
        Q_EMIT scriptFinished();
}

void ScriptedImapServer::sessionFailed(const QString &error)
{
    // The first failure is the cause; later ones are usually its consequences.
    if (m_error.isEmpty()) {
        m_error = error;
        Q_EMIT scriptFailed(error);
    }
}

} // namespace TestSupport
