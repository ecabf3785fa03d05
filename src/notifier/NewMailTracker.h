#pragma once

#include "notifier/FolderKey.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>

namespace Notifier {

// What the watcher learned about one message that may be new.
struct ArrivedMessage
{
    quint32 uid = 0;
    bool seen = false;          // \Seen already set when we first saw it (read on another device)
    quint64 gmailMessageId = 0; // X-GM-MSGID where the server has it; 0 otherwise
    QString messageId;          // the Message-ID header, as sent
};

// Decides which messages are new, and remembers it across restarts.
//
// Per folder it stores UIDVALIDITY, the highest UID already handled and HIGHESTMODSEQ. A
// message is new when its UID is above the highest handled for the same UIDVALIDITY. The first
// time a folder is seen, and whenever its UIDVALIDITY changes, the baseline is set to the
// folder's current end (UIDNEXT - 1) without announcing anything: old mail is never presented
// as new. The same message seen in several folders of one account (Gmail labels) is announced
// once, recognised by X-GM-MSGID, else by Message-ID.
//
// The state is written (atomically, QSaveFile) after every change -- for new messages from the
// event loop right after the decision, so that the notification does not wait for fsync; a
// restart or a crash never announces a message twice, short of a crash in that millisecond.
class NewMailTracker : public QObject
{
    Q_OBJECT
public:
    enum class Verdict
    {
        New,
        AlreadySeen, // arrived \Seen: not announced
        Old,         // at or below the baseline: handled before
        Duplicate,   // announced already through another folder
    };
    Q_ENUM(Verdict)

    enum class OpenResult
    {
        FirstSight,  // no state yet: baselined at the folder's end
        Continued,   // same UIDVALIDITY: messages above highestHandledUid are candidates
        Rebaselined, // UIDVALIDITY changed: old UIDs mean nothing any more; baselined silently
    };
    Q_ENUM(OpenResult)

    struct FolderState
    {
        quint32 uidValidity = 0;
        quint32 highestHandledUid = 0;
        quint64 highestModSeq = 0;
    };

    // Deduplication keys kept per account; older ones are forgotten first. A duplicate arrives
    // within seconds of the original, so a few thousand is plenty and bounds the file.
    static constexpr int MaxDedupeKeysPerAccount = 5000;

    explicit NewMailTracker(const QString &stateFile, QObject *parent = nullptr);
    ~NewMailTracker() override;

    // Reads the state file. A missing file is a first run. A damaged one is reported (false,
    // errorString()) and treated as "no state": every folder is then baselined at its current
    // end, which announces nothing old -- the safe side.
    bool load();
    QString errorString() const { return m_error; }

    // Called when a watcher (re)opens a folder. uidNext is the folder's UIDNEXT (from SELECT or
    // STATUS). Returns what happened; fetch UIDs above state(folder).highestHandledUid.
    OpenResult openFolder(const FolderKey &folder, quint32 uidValidity, quint32 uidNext,
                          quint64 highestModSeq = 0);

    // The verdicts for candidate messages of an opened folder, in the same order.
    QList<Verdict> consider(const FolderKey &folder, const QList<ArrivedMessage> &messages);
    Verdict consider(const FolderKey &folder, const ArrivedMessage &message);

    void setHighestModSeq(const FolderKey &folder, quint64 modSeq);
    bool knows(const FolderKey &folder) const { return m_folders.contains(folder); }
    FolderState state(const FolderKey &folder) const { return m_folders.value(folder); }
    // Writes pending changes now (consider() writes from the event loop right after it
    // returns, so that announcing a message never waits for the disk).
    bool flush();
    void forgetFolder(const FolderKey &folder);
    void forgetAccount(const QString &accountId);

    static QString dedupeKey(const ArrivedMessage &message);

Q_SIGNALS:
    void saveFailed(const QString &message);

private:
    bool save();
    void saveSoon();
    bool rememberDedupeKey(const QString &accountId, const QString &key);

    QString m_stateFile;
    QString m_error;
    QHash<FolderKey, FolderState> m_folders;
    struct DedupeSet
    {
        QList<QString> order; // oldest first
        QHash<QString, bool> keys;
    };
    QHash<QString, DedupeSet> m_dedupe;
    bool m_savePending = false;
};

} // namespace Notifier
