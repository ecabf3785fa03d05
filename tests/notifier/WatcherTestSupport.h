#pragma once

// What the watcher tests (notifier and hardening) set up alike: the tracker's state file, a
// FolderWatcher wired as the program wires it, reading the announcements a QSignalSpy
// recorded, and the account, sessions and IMAP conversation of a scripted server.

#include "notifier/FolderWatcher.h"
#include "notifier/ImapMailSession.h"
#include "notifier/NewMailTracker.h"
#include "notifier/UnreadCounter.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QSslCertificate>
#include <QtTest/QSignalSpy>

namespace WatcherTest {

// The file a test's NewMailTracker keeps its state in, in a directory of its own.
class TrackerState
{
public:
    QString path() const { return m_dir.filePath(QStringLiteral("state.json")); }

    // From init(): each test function starts as the program's first run (no state yet), and
    // QSignalSpy can record the types the watchers' signals carry.
    void startTest() const
    {
        QFile::remove(path());
        qRegisterMetaType<QList<Notifier::FetchedMessage>>();
        qRegisterMetaType<Notifier::FolderKey>();
    }

private:
    QTemporaryDir m_dir;
};

// One FolderWatcher with its own tracker and unread counter, as the program wires it. The
// tracker loads the state file before the watcher exists, as at the program's start, so a
// second WatchedFolder on the same file is the program started again.
struct WatchedFolder
{
    WatchedFolder(const Notifier::FolderKey &folder, Notifier::MailWatcher::SessionFactory factory,
                  const QString &stateFile, Notifier::Clock *clock,
                  const Notifier::WatcherSettings &settings = {})
        : tracker(stateFile)
        , stateLoaded(tracker.load())
        , watcher(folder, std::move(factory), &tracker, &counter, clock, settings)
    {}

    Notifier::NewMailTracker tracker;
    const bool stateLoaded; // what load() said: false before the first save
    Notifier::UnreadCounter counter;
    Notifier::FolderWatcher watcher;
};

// The subjects of every message a newMail spy recorded, in order.
inline QStringList announcedSubjects(const QSignalSpy &newMail)
{
    QStringList result;
    for (const auto &args : newMail) {
        for (const Notifier::FetchedMessage &m :
             args.at(1).value<QList<Notifier::FetchedMessage>>())
            result << m.subject;
    }
    return result;
}

// The UIDs a newMail spy recorded for one folder, in order.
inline QList<quint32> announcedUids(const QSignalSpy &newMail, const Notifier::FolderKey &folder)
{
    QList<quint32> result;
    for (const auto &args : newMail) {
        if (args.at(0).value<Notifier::FolderKey>() != folder)
            continue;
        for (const Notifier::FetchedMessage &m :
             args.at(1).value<QList<Notifier::FetchedMessage>>())
            result << m.uid;
    }
    return result;
}

// alice (password "secret") on a ScriptedImapServer, which speaks plain IMAP on loopback.
inline Notifier::Account scriptedAccount(const QString &id, quint16 port)
{
    Notifier::Account a;
    a.id = id;
    a.email = QStringLiteral("alice@example.org");
    a.userName = QStringLiteral("alice");
    a.server = QStringLiteral("127.0.0.1");
    a.port = port;
    a.security = Notifier::SecurityMode::PlainExplicit;
    return a;
}

// Real ImapMailSessions for the account; counts them in *count when given. Only the given CA
// is trusted, so a TLS test does not depend on the machine's trust store.
inline Notifier::MailWatcher::SessionFactory
scriptedSessionFactory(const Notifier::Account &account, int *count = nullptr,
                       const QList<QSslCertificate> &ca = {})
{
    return [account, count, ca](QObject *parent) -> Notifier::MailSession * {
        if (count)
            ++*count;
        Notifier::ImapSessionConfig config;
        config.account = account;
        config.secret = QStringLiteral("secret");
        config.caCertificates = ca;
        config.useSystemCaCertificates = false;
        return new Notifier::ImapMailSession(config, parent);
    };
}

// Script lines (tests/support/ScriptedImapServer.h) of the conversation an ImapMailSession
// holds, so each test writes only where its conversation differs.

// The greeting with these capabilities and alice's LOGIN.
inline QString loginScript(const char *capabilities)
{
    return QStringLiteral("S: * OK [CAPABILITY %1] ready\n"
                          "C: $t LOGIN alice secret\n"
                          "S: $t OK [CAPABILITY %1] logged in\n")
        .arg(QLatin1String(capabilities));
}

// SELECT of a folder and the search for its unseen messages (unseenUids: "2 5", or empty).
inline QString selectScript(const QString &folder, quint32 exists, quint32 uidValidity,
                            quint32 uidNext, const QString &unseenUids)
{
    return QStringLiteral("C: $t SELECT %1\n"
                          "S: * %2 EXISTS\n"
                          "S: * OK [UIDVALIDITY %3] ok\n"
                          "S: * OK [UIDNEXT %4] ok\n"
                          "S: $t OK [READ-WRITE] selected\n"
                          "C: $t UID SEARCH UNSEEN\n"
                          "S: * SEARCH%5\n"
                          "S: $t OK searched\n")
        .arg(folder)
        .arg(exists)
        .arg(uidValidity)
        .arg(uidNext)
        .arg(unseenUids.isEmpty() ? QString() : QLatin1Char(' ') + unseenUids);
}

// The fetch of the messages from this UID on, answered with these FETCH lines.
inline QString fetchScript(quint32 fromUid, const QString &replies)
{
    return QStringLiteral("C: $t UID FETCH %1:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
                          "BODY.PEEK[HEADER.FIELDS (CONTENT-TYPE CONTENT-TRANSFER-ENCODING)] "
                          "BODY.PEEK[TEXT]<0.2048>)\n")
               .arg(fromUid) +
           replies + QStringLiteral("S: $t OK fetched\n");
}

// A FETCH reply with the envelope of a message from Bob Example.
inline QString envelopeReply(quint32 uid, const char *subject)
{
    return QStringLiteral("S: * %1 FETCH (UID %1 FLAGS () RFC822.SIZE 120 ENVELOPE (NIL \"%2\" "
                          "((\"Bob Example\" NIL \"bob\" \"example.org\")) NIL NIL NIL NIL NIL "
                          "NIL \"<m%1@example.org>\"))\n")
        .arg(uid)
        .arg(QLatin1String(subject));
}

// IDLE under the tag variable given (a new one for each IDLE the test ends).
inline QString idleScript(const char *tag = "$i")
{
    return QStringLiteral("C: %1 IDLE\nS: + idling\n").arg(QLatin1String(tag));
}

} // namespace WatcherTest
