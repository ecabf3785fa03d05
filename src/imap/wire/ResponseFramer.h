#pragma once

#include "imap/wire/ParserLimits.h"
#include "imap/wire/Response.h"
#include "imap/wire/ResponseGrammar.h"
#include "imap/wire/ResponseParser.h"

#include <QtCore/QByteArray>

#include <vector>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Imap::Wire {

// The responses waiting for next(): a vector read from a moving head. A client drains it after
// every feed, and then its storage is reused, so a steady stream queues without allocating (a
// std::deque allocated a node for every two responses of a 100k-message FETCH).
class ResponseQueue
{
public:
    bool empty() const { return m_head == m_items.size(); }
    qsizetype size() const { return qsizetype(m_items.size() - m_head); }
    void push(Response &&response)
    {
        // A consumer that never drains completely: drop the taken front now and then, so the
        // vector holds at most twice what waits.
        if (m_head >= 1024 && 2 * m_head >= m_items.size()) {
            m_items.erase(m_items.begin(), m_items.begin() + std::ptrdiff_t(m_head));
            m_head = 0;
        }
        m_items.push_back(std::move(response));
    }
    void take(Response &into)
    {
        into = std::move(m_items[m_head++]);
        if (m_head == m_items.size())
            clear(); // keeps the capacity
    }
    void clear()
    {
        m_items.clear();
        m_head = 0;
    }

private:
    std::vector<Response> m_items;
    size_t m_head = 0;
};

// The first stage of ResponseParser: finds where each response ends (CRLF that is not followed
// by a literal) by looking at every byte exactly once, keeps the bytes of the current response
// and enforces the size limits before anything is stored.
class ResponseFramer
{
public:
    explicit ResponseFramer(const ParserLimits &limits);

    void feed(QByteArrayView bytes);
    void reset();

    ParserLimits limits;
    QIODevice *sink = nullptr;
    qint64 sinkThreshold = 0;
    ResponseParser::Handler handler;
    ResponseQueue queue;
    qint64 streamOffset = 0;
    bool failed = false;

    bool insideResponse() const { return state != State::Line || !buffer.isEmpty() || discarding; }

private:
    enum class State : quint8
    {
        Line,
        Literal,
        DiscardLine,
        DiscardLiteral
    };

    qsizetype feedLine(const char *data, qsizetype size);
    qsizetype feedLiteral(const char *data, qsizetype size);
    qsizetype feedDiscardLine(const char *data, qsizetype size);
    qsizetype feedDiscardLiteral(qsizetype size);
    // Looks for "{n}" / "{n+}" / "~{n}" before the line end; -1 when the line has none, -2 when
    // the announced size does not fit 63 bits.
    static qint64 literalSuffix(QByteArrayView lineWithoutLf);
    void startLiteral(qint64 size, qint64 offset);
    void completeResponse();
    void parseResponse(QByteArrayView bytes, const QList<SinkLiteral> &sinks);
    void beginDiscard(ProtocolError::Kind kind, qint64 offset, const char *message);
    void finishDiscard();
    void emitResponse(Response &&response);
    void clearResponse();

    ResponseGrammar grammar;
    Response scratch; // moved from after each response, reused for the next
    State state = State::Line;
    QByteArray buffer; // lines and in-memory literals of the current response
    QList<SinkLiteral> sinkLiterals;
    qint64 responseStart = 0; // stream offset of the current response
    qsizetype lineStart = 0;  // index in buffer of the current line
    qint64 lineLength = 0;    // bytes of the current line seen so far
    qint64 literalRemaining = 0;
    int literalCount = 0; // literals announced in the current response
    bool literalToSink = false;
    qint64 responseBytes = 0; // bytes of the current response seen so far (also when discarding)
    bool discarding = false;
    ProtocolError pendingError;
    QByteArray discardTail; // last bytes of a discarded line, to spot a literal announcement
};

} // namespace Imap::Wire
