#pragma once

// The base of the Qt Test classes that drive an Imap::Client against a ScriptedImapServer
// (tests/imap/client, tests/hardening): the server, the client and its clock, made fresh for
// each test function, and the settings that reach the server on loopback. Header only, as it
// needs Lettertray::Imap, which LettertrayTestSupport itself does not link.

#include "imap/Client.h"
#include "imap/FakeClock.h"
#include "support/ScriptedImapServer.h"
#include "support/TestCertificates.h"

#include <QtTest/QSignalSpy>

#include <memory>

namespace TestSupport {

// The derived class has the Q_OBJECT and the slots; it calls createClient() from its init()
// and destroyClient() from its cleanup(). This class declares no slots of its own, so it needs
// no Q_OBJECT (and no moc run on this header).
class ScriptedClientTest : public QObject
{
protected:
    enum class Timers
    {
        Fake, // the client's timeouts fire only when the test advances m_clock
        Real, // the client's own clock: a server that hangs ends in a timeout by itself
    };

    void createClient(Timers timers = Timers::Fake)
    {
        m_server = std::make_unique<ScriptedImapServer>();
        m_client = std::make_unique<Imap::Client>();
        if (timers == Timers::Fake) {
            m_clock = std::make_unique<Imap::FakeClock>();
            m_client->setClock(m_clock.get());
        }
    }
    // The client goes first: it uses the clock and may still talk to the server.
    void destroyClient()
    {
        m_client.reset();
        m_server.reset();
        m_clock.reset();
    }

    // The server plays the script on its next connections; on failure, says why.
    bool listen(const QString &script)
    {
        if (!m_server->setScript(script) || !m_server->listen()) {
            qWarning() << m_server->errorString();
            return false;
        }
        return true;
    }

    // The scripted server, trusted through the test CA alone (not the machine's store);
    // passwords go in the clear only on a connection without TLS.
    Imap::ConnectionSettings settings(Imap::ConnectionSettings::Security security =
                                          Imap::ConnectionSettings::Security::Plaintext) const
    {
        Imap::ConnectionSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = m_server->port();
        s.security = security;
        s.allowCleartextPasswords = security == Imap::ConnectionSettings::Security::Plaintext;
        s.caCertificates = {TestCertificates::ca()};
        s.useSystemCaCertificates = false;
        return s;
    }

    // Connects and waits until the session is ready (greeting, TLS and capabilities done).
    bool connectWith(const Imap::ConnectionSettings &settings, int timeoutMs)
    {
        QSignalSpy connected(m_client.get(), &Imap::Client::connected);
        m_client->connectToHost(settings);
        return connected.wait(timeoutMs);
    }

    std::unique_ptr<ScriptedImapServer> m_server;
    std::unique_ptr<Imap::FakeClock> m_clock; // null with Timers::Real
    std::unique_ptr<Imap::Client> m_client;
};

} // namespace TestSupport
