#pragma once

#include "imap/wire/ParserLimits.h"
#include "imap/wire/Response.h"
#include "imap/wire/ResponseGrammar.h"
#include "imap/wire/ResponseParser.h"

#include <QtCore/QByteArray>

#include <deque>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Imap::Wire {

// The responses waiting for next(), in blocks of slots that are reused: a client drains the
// queue after every feed, so a steady stream queues without allocating (a std::deque allocated
// a node for every two responses of a 100k-message FETCH), and a caller that keeps 100,000
// responses queued costs one block per 128 of them, never a move of those already queued.
class ResponseQueue
{
public:
    bool empty() const { return m_size == 0; }
    qsizetype size() const { return m_size; }
    void push(Response &&response)
    {
        nextSlot() = std::move(response);
        commitSlot();
    }
    // The slot the next response goes into, parsed there in place (commitSlot() queues it). It
    // still holds whatever response a caller handed back through take(): the grammar reuses a
    // FETCH's parts instead of allocating them anew.
    Response &nextSlot()
    {
        if (m_tail == BlockSize) {
            m_blocks.push_back(newBlock());
            m_tail = 0;
        }
        return m_blocks.back()->slots[m_tail];
    }
    void commitSlot()
    {
        ++m_tail;
        ++m_size;
    }
    void take(Response &into)
    {
        Response &slot = m_blocks.front()->slots[m_head++];
        // The caller's previous response is done with: a FETCH with an ENVELOPE goes back into
        // the slot for the grammar to refill (its envelope box, address lists and strings are
        // reused while still in cache instead of freed here and allocated again). Anything
        // else is released now: a FETCH that carries bodies, so that nothing large waits in a
        // slot, and a smaller one, for which a swap costs more than what it saves.
        if (isRecyclable(into))
            std::swap(into, slot);
        else
            into = std::move(slot);
        --m_size;
        if (m_size == 0) {
            // Drained: the last block is the next one to fill, the others are spare.
            while (m_blocks.size() > 1)
                recycleFront();
            m_head = 0;
            m_tail = 0;
        } else if (m_head == BlockSize) {
            recycleFront();
            m_head = 0;
        }
    }
    void clear()
    {
        m_blocks.clear();
        m_spare.clear();
        m_head = 0;
        m_tail = BlockSize;
        m_size = 0;
    }

private:
    static bool isRecyclable(const Response &response)
    {
        const Fetch *fetch = response.get<Fetch>();
        return fetch != nullptr && fetch->envelope && !fetch->extras.isAllocated();
    }
    static constexpr int BlockSize = 128;
    static constexpr size_t MaxSpareBlocks = 4; // after a large backlog, give the rest back
    struct Block
    {
        Response slots[BlockSize];
    };
    std::unique_ptr<Block> newBlock()
    {
        if (m_spare.empty())
            return std::make_unique<Block>();
        std::unique_ptr<Block> block = std::move(m_spare.back());
        m_spare.pop_back();
        return block;
    }
    void recycleFront()
    {
        if (m_spare.size() < MaxSpareBlocks)
            m_spare.push_back(std::move(m_blocks.front()));
        m_blocks.pop_front();
    }

    std::deque<std::unique_ptr<Block>> m_blocks; // the front one holds the oldest response
    std::vector<std::unique_ptr<Block>> m_spare;
    int m_head = 0;         // next slot to take in the front block
    int m_tail = BlockSize; // next slot to fill in the back block (BlockSize: allocate one)
    qsizetype m_size = 0;
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

    // The oldest queued response, into the caller's previous one. What that still shares with
    // the grammar's caches goes back to them first.
    void take(Response &into)
    {
        if (Fetch *previous = into.get<Fetch>())
            grammar.release(*previous);
        queue.take(into);
    }

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
    // Reports a literal that is refused (too large, too many) and skips its bytes.
    void discardLiteral(qint64 size, ProtocolError::Kind kind, qint64 offset, const char *message);
    // Reports an error the stream cannot go on after (a literal size beyond 63 bits, a sink
    // that refused bytes) and stops reading.
    void failStream(ProtocolError::Kind kind, qint64 offset, const char *message);
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
