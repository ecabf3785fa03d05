#pragma once

#include "notifier/Account.h"
#include "notifier/MailSession.h"

#include <QtCore/QPointer>
#include <QtNetwork/QSslCertificate>

namespace Imap {
class Client;
class Clock;
class IdleReply;
class NotifyWatcher;
class Reply;
struct ConnectionError;
} // namespace Imap

namespace Notifier {

struct ImapSessionConfig
{
    Account account;
    QString secret; // password, or OAuth2 access token; never logged
    // Extra trust anchors (a private CA, the test fixture's CA).
    QList<QSslCertificate> caCertificates;
    bool useSystemCaCertificates = true;
    Imap::Clock *clock = nullptr; // the library's clock; nullptr: the real one
    int previewBytes = 2048;
};

// MailSession on Imap::Client: one connection of one account.
class ImapMailSession : public MailSession
{
    Q_OBJECT
public:
    explicit ImapMailSession(const ImapSessionConfig &config, QObject *parent = nullptr);
    ~ImapMailSession() override;

    Imap::Client *client() const { return m_client; }
    static SessionError classify(const Imap::ConnectionError &error);

    void open(Done done) override;
    bool supportsIdle() const override;
    void select(const QString &mailbox, StatusDone done) override;
    void unselect(Done done) override;
    void status(const QString &mailbox, StatusDone done) override;
    void fetchAfter(quint32 uid, FetchDone done) override;
    void searchUnseen(SearchDone done) override;
    void startIdle() override;
    void stopIdle() override;
    void setSeen(quint32 uid, bool seen, Done done) override;
    void moveToTrash(quint32 uid, Done done) override;
    void close() override;
    bool supportsNotify() const override;
    void notify(const QStringList &mailboxes, Done done) override;

private:
    // Runs `then` when the command has finished, unless the session was closed meanwhile; the
    // reply goes away afterwards.
    void whenFinished(Imap::Reply *reply, std::function<void()> then);
    // A command that only succeeds or fails: `done` hears which (a refusal as Refused).
    void finishWith(Imap::Reply *reply, Done done);
    void authenticate();
    void finishOpen(const SessionError &error);
    void moveTo(quint32 uid, const QByteArray &wireMailbox, Done done);
    void deleteInPlace(quint32 uid, Done done);

    ImapSessionConfig m_config;
    Imap::Client *m_client;
    Done m_openDone;
    bool m_opened = false;
    bool m_closed = false;
    bool m_selectedReady = false;
    quint32 m_lastExists = 0;
    QPointer<Imap::IdleReply> m_idle;
    QPointer<Imap::IdleReply> m_endingIdle; // stopped, the server's OK not yet read
    bool m_idleWanted = false;              // start again once m_endingIdle has finished
    Imap::NotifyWatcher *m_notifyWatcher = nullptr;
};

} // namespace Notifier
