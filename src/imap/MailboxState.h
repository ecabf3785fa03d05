#pragma once

#include "imap/ImapExport.h"
#include "imap/SignalWatch.h"
#include "imap/wire/Response.h"

#include <QtCore/QByteArrayList>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <optional>
#include <vector>

namespace Imap {

// What the client knows about the selected mailbox, kept current from every untagged response
// whichever command is running or none (pushes after a command and during IDLE included).
// Owned by the Client; lives in the Client's thread.
class LETTERTRAY_IMAP_EXPORT MailboxState : public QObject
{
    Q_OBJECT

public:
    explicit MailboxState(QObject *parent = nullptr);
    ~MailboxState() override;

    bool isSelected() const { return m_selected; }
    QString mailbox() const { return m_mailbox; }
    quint32 exists() const { return m_exists; }
    quint32 recent() const { return m_recent; }
    quint32 uidValidity() const { return m_uidValidity; }
    quint32 uidNext() const { return m_uidNext; }
    quint64 highestModSeq() const { return m_highestModSeq; }
    std::optional<quint32> firstUnseen() const { return m_firstUnseen; }
    QByteArrayList flags() const { return m_flags; }
    QByteArrayList permanentFlags() const { return m_permanentFlags; }
    bool isReadOnly() const { return m_readOnly; }
    // The UID of a message by sequence number, 0 when not (yet) known. Known UIDs come from
    // FETCH responses and follow EXPUNGE renumbering.
    quint32 uidAt(quint32 sequence) const;

    // --- fed by the connection ---------------------------------------------------------
    // A SELECT/EXAMINE starts: everything learned about the previous mailbox is forgotten.
    void beginSelect(const QString &mailbox, bool readOnly);
    // The selection ended (CLOSE, UNSELECT, failed SELECT, disconnect).
    void clear();
    // Applies one untagged response; returns true when it changed anything.
    bool apply(const Wire::Response &response);
    // Tagged OK codes of SELECT/EXAMINE ([READ-ONLY]/[READ-WRITE]).
    void applyCode(const Wire::ResponseCode &code);

Q_SIGNALS:
    void selectionChanged(const QString &mailbox);
    void existsChanged(quint32 exists);
    void recentChanged(quint32 recent);
    // A message went away; later messages moved down by one.
    void messageExpunged(quint32 sequence);
    void uidsVanished(const Imap::Wire::NumberRanges &uids, bool earlier);
    void flagsChanged(quint32 sequence, quint32 uid, const QByteArrayList &flags);
    void modSeqChanged(quint32 sequence, quint64 modSeq);
    void uidValidityChanged(quint32 uidValidity);
    void uidNextChanged(quint32 uidNext);
    void highestModSeqChanged(quint64 highestModSeq);
    void mailboxFlagsChanged(const QByteArrayList &flags);
    void permanentFlagsChanged(const QByteArrayList &flags);
    void readOnlyChanged(bool readOnly);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    void rememberUid(quint32 sequence, quint32 uid);
    void setExists(quint32 exists);

    bool m_selected = false;
    QString m_mailbox;
    quint32 m_exists = 0;
    quint32 m_recent = 0;
    quint32 m_uidValidity = 0;
    quint32 m_uidNext = 0;
    quint64 m_highestModSeq = 0;
    std::optional<quint32> m_firstUnseen;
    QByteArrayList m_flags;
    QByteArrayList m_permanentFlags;
    bool m_readOnly = false;
    // Sequence number - 1 -> UID (0 unknown). Bounded: a server claiming 4 billion messages
    // must not make us allocate for them, so only the first kMaxTrackedUids are tracked.
    std::vector<quint32> m_uids;
    // Emitted per message of a FETCH only when someone listens.
    SignalWatch m_flagsChangedWatch;
    SignalWatch m_modSeqChangedWatch;
};

} // namespace Imap
