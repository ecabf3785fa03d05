#pragma once

#include "imap/Reply.h"
#include "imap/SignalWatch.h"

#include <QtCore/QIODevice>
#include <QtCore/QList>
#include <QtCore/QPointer>

namespace Imap {

// FETCH / UID FETCH / STORE / UID STORE: the FETCH data that arrived while the command ran.
// messageReceived() is emitted as each message streams in; setKeepMessages(false) keeps memory
// flat for large fetches that are consumed from the signal.
class LETTERTRAY_IMAP_EXPORT FetchReply : public Reply
{
    Q_OBJECT

public:
    QList<Wire::Fetch> messages() const { return m_messages; }
    void setKeepMessages(bool keep) { m_keep = keep; }

    // Streams every literal of this command larger than threshold bytes (BODY[], BINARY[],
    // RFC822... of a 100 MB message) into sink as its bytes arrive, instead of into memory.
    // Such a section then has streamedToSink set, empty data, its size, and sinkOffset: the
    // sink's pos() where it starts (sections follow one another; for a sequential sink,
    // count the sizes). Literals up to threshold stay in memory as usual.
    // Call it right after the command method returned (before the command is sent): such a
    // command runs alone among the commands that collect FETCH data (a UID FETCH with a sink
    // is not pipelined beside other UID commands), since a literal streams before the UID
    // that would say whose it is may have arrived. Called later, once the command was
    // scheduled or sent, the sink may be ignored (the literals then stay in memory). The sink
    // must be open for writing; it is not owned. Once this reply has finished or is aborted,
    // no more bytes are written to it. A sink that refuses bytes ends the connection with a
    // protocol error, since the rest of the literal can no longer be placed.
    void setBodySink(QIODevice *sink, qint64 threshold = 1024 * 1024);
    QIODevice *bodySink() const { return m_bodySink; }
    qint64 bodySinkThreshold() const { return m_bodySinkThreshold; }

Q_SIGNALS:
    void messageReceived(const Imap::Wire::Fetch &message);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    friend class Connection;
    using Reply::Reply;
    void handleUntagged(const Wire::Response &response) override;
    void takeUntagged(Wire::Response &response) override;
    bool isResult(const Wire::Fetch &fetch) const;
    bool messageReceivedConnected();

    QList<Wire::Fetch> m_messages;
    bool m_keep = true;
    QPointer<QIODevice> m_bodySink;
    qint64 m_bodySinkThreshold = 0;
    SignalWatch m_messageReceivedWatch; // emitted per message only when someone listens
};

} // namespace Imap
