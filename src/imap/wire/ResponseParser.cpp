#include "imap/wire/ResponseParser.h"

#include "imap/wire/ResponseFramer.h"

#include <QtCore/QIODevice>

#include <cstring>

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define LETTERTRAY_CLEAR_UPPER_VECTOR_STATE 1
#endif

namespace Imap::Wire {

namespace {

#ifdef LETTERTRAY_CLEAR_UPPER_VECTOR_STATE
// The grammar's vector code is SSE2 (the x86-64 baseline). While the upper halves of the AVX
// registers are marked in use, every legacy SSE instruction pays for merging them. Code that ran
// before a feed can leave them so: in Imap::Client's event loop the string copies of a header
// sync took five times their cycles (30 % of its CPU time), which a parse on its own in the same
// process does not show. VZEROUPPER marks them unused; it needs AVX and the operating system's
// support for its state, which the check includes.
[[gnu::target("avx")]] void clearUpperVectorState()
{
    _mm256_zeroupper();
}
const bool cpuHasAvx = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx") != 0;
}();
#endif

// A discarded line only needs its end kept, to see whether it announces a literal.
constexpr qsizetype DiscardTailSize = 32;
// Past this, a finished response's buffer is released instead of reused.
constexpr qsizetype KeptBufferCapacity = 1024 * 1024;
} // namespace

ResponseFramer::ResponseFramer(const ParserLimits &l)
    : limits(l)
{}

void ResponseFramer::reset()
{
    queue.clear();
    streamOffset = 0;
    failed = false;
    state = State::Line;
    buffer = QByteArray();
    sinkLiterals.clear();
    responseStart = 0;
    lineStart = 0;
    lineLength = 0;
    literalRemaining = 0;
    literalCount = 0;
    literalToSink = false;
    responseBytes = 0;
    discarding = false;
    pendingError = {};
    discardTail.clear();
}

void ResponseFramer::feed(QByteArrayView bytes)
{
    const char *data = bytes.data();
    qsizetype size = bytes.size();
    while (size > 0 && !failed) {
        qsizetype used = 0;
        switch (state) {
        case State::Line:
            used = feedLine(data, size);
            break;
        case State::Literal:
            used = feedLiteral(data, size);
            break;
        case State::DiscardLine:
            used = feedDiscardLine(data, size);
            break;
        case State::DiscardLiteral:
            used = feedDiscardLiteral(size);
            break;
        }
        data += used;
        size -= used;
        streamOffset += used;
    }
}

qsizetype ResponseFramer::feedLine(const char *data, qsizetype size)
{
    const void *lf = std::memchr(data, '\n', size_t(size));
    const qsizetype take = lf ? static_cast<const char *>(lf) - data + 1 : size;
    // The line limit counts the line without its CRLF.
    const qint64 lineLimit = limits.maxLineLength + 2;
    if (lineLength + take > lineLimit) {
        const qint64 offset = streamOffset + (lineLimit - lineLength);
        beginDiscard(ProtocolError::Kind::LineTooLong, offset,
                     "line exceeds the line length limit");
        return 0;
    }
    if (responseBytes + take > limits.maxResponseSize) {
        const qint64 offset = streamOffset + (limits.maxResponseSize - responseBytes);
        beginDiscard(ProtocolError::Kind::ResponseTooLarge, offset,
                     "response exceeds the response size limit");
        return 0;
    }
    if (buffer.isEmpty() && sinkLiterals.isEmpty()) {
        responseStart = streamOffset;
        if (lf && literalSuffix(QByteArrayView(data, take - 1)) == -1) {
            // The whole response is inside the bytes handed over (the common case for a
            // backlog or a full socket read): parse it where it is instead of copying it into
            // the buffer first. The typed response never points into these bytes.
            responseBytes = take;
            parseResponse(QByteArrayView(data, take), {});
            lineLength = 0;
            responseBytes = 0;
            return take;
        }
    }
    buffer.append(data, take);
    lineLength += take;
    responseBytes += take;
    if (!lf)
        return take;

    const QByteArrayView line(buffer.constData() + lineStart, buffer.size() - lineStart - 1);
    const qint64 literal = literalSuffix(line);
    if (literal == -2) {
        // A size beyond 63 bits cannot even be skipped: the stream is lost.
        failStream(ProtocolError::Kind::LiteralTooLarge, streamOffset + take - 1,
                   "literal size does not fit 63 bits");
        return take;
    }
    if (literal >= 0) {
        startLiteral(literal, streamOffset + take);
        return take;
    }
    completeResponse();
    return take;
}

void ResponseFramer::startLiteral(qint64 size, qint64 offset)
{
    lineLength = 0;
    if (++literalCount > limits.maxLiteralsPerResponse) {
        discardLiteral(size, ProtocolError::Kind::ResponseTooLarge, offset,
                       "response exceeds the limit on literals per response");
        return;
    }
    if (size == 0) {
        lineStart = buffer.size();
        return;
    }
    if (sink && size > sinkThreshold) {
        if (size > limits.maxSinkLiteralSize) {
            discardLiteral(size, ProtocolError::Kind::LiteralTooLarge, offset,
                           "literal exceeds the sink literal size limit");
            return;
        }
        sinkLiterals.append(SinkLiteral{buffer.size(), size, sink->pos()});
        literalToSink = true;
    } else {
        if (size > limits.maxLiteralSize) {
            discardLiteral(size, ProtocolError::Kind::LiteralTooLarge, offset,
                           "literal exceeds the literal size limit");
            return;
        }
        if (responseBytes + size > limits.maxResponseSize) {
            discardLiteral(size, ProtocolError::Kind::ResponseTooLarge, offset,
                           "literal exceeds the response size limit");
            return;
        }
        literalToSink = false;
    }
    state = State::Literal;
    literalRemaining = size;
}

qsizetype ResponseFramer::feedLiteral(const char *data, qsizetype size)
{
    const qsizetype take = qsizetype(qMin<qint64>(literalRemaining, size));
    if (literalToSink) {
        if (sink->write(data, take) != take) {
            failStream(ProtocolError::Kind::SinkWriteFailed, streamOffset,
                       "the literal sink did not accept the bytes");
            return take;
        }
    } else {
        // Memory grows with bytes that really arrived, never with the announced size.
        buffer.append(data, take);
        responseBytes += take;
    }
    literalRemaining -= take;
    if (literalRemaining == 0) {
        state = State::Line;
        lineStart = buffer.size();
        lineLength = 0;
    }
    return take;
}

void ResponseFramer::beginDiscard(ProtocolError::Kind kind, qint64 offset, const char *message)
{
    if (buffer.isEmpty() && sinkLiterals.isEmpty() && !discarding)
        responseStart = streamOffset;
    discarding = true;
    pendingError = {kind, offset, responseStart, QByteArray(message), false, QByteArray()};
    // Reported at once, so a client can give up on the connection before the skipped bytes
    // arrive (or never arrive).
    emitResponse(Response{pendingError, responseStart, offset - responseStart});
    // Keep the tail of the current line: it may announce a literal that must be skipped.
    const qsizetype keep = qMin<qsizetype>(DiscardTailSize, buffer.size() - lineStart);
    discardTail = QByteArray(buffer.constData() + buffer.size() - keep, keep);
    buffer = QByteArray();
    sinkLiterals.clear();
    lineStart = 0;
    state = State::DiscardLine;
}

void ResponseFramer::discardLiteral(qint64 size, ProtocolError::Kind kind, qint64 offset,
                                    const char *message)
{
    beginDiscard(kind, offset, message);
    // An empty literal has no bytes to skip: the line goes on right after its announcement.
    state = size > 0 ? State::DiscardLiteral : State::DiscardLine;
    literalRemaining = size;
}

void ResponseFramer::failStream(ProtocolError::Kind kind, qint64 offset, const char *message)
{
    pendingError = {kind, offset, responseStart, QByteArray(message), true, QByteArray()};
    emitResponse(Response{pendingError, responseStart, responseBytes});
    failed = true;
}

qsizetype ResponseFramer::feedDiscardLine(const char *data, qsizetype size)
{
    const void *lf = std::memchr(data, '\n', size_t(size));
    const qsizetype take = lf ? static_cast<const char *>(lf) - data + 1 : size;
    responseBytes += take;
    const qsizetype keep = qMin<qsizetype>(DiscardTailSize, take);
    discardTail.append(data + take - keep, keep);
    if (discardTail.size() > DiscardTailSize)
        discardTail.remove(0, discardTail.size() - DiscardTailSize);
    if (!lf)
        return take;
    const qint64 literal =
        literalSuffix(QByteArrayView(discardTail.constData(), discardTail.size() - 1));
    discardTail.clear();
    if (literal == -2) {
        failStream(ProtocolError::Kind::LiteralTooLarge, streamOffset + take - 1,
                   "literal size does not fit 63 bits");
        return take;
    }
    if (literal > 0) {
        state = State::DiscardLiteral;
        literalRemaining = literal;
        return take;
    }
    if (literal == 0)
        return take;
    finishDiscard();
    return take;
}

qsizetype ResponseFramer::feedDiscardLiteral(qsizetype size)
{
    const qsizetype take = qsizetype(qMin<qint64>(literalRemaining, size));
    literalRemaining -= take;
    responseBytes += take;
    if (literalRemaining == 0)
        state = State::DiscardLine;
    return take;
}

void ResponseFramer::finishDiscard()
{
    clearResponse();
}

qint64 ResponseFramer::literalSuffix(QByteArrayView line)
{
    qsizetype end = line.size();
    if (end > 0 && line[end - 1] == '\r')
        --end;
    if (end < 3 || line[end - 1] != '}')
        return -1;
    qsizetype i = end - 2;
    if (line[i] == '+' || line[i] == '-') // LITERAL+ / LITERAL- style, tolerated from servers
        --i;
    const qsizetype digitsEnd = i + 1;
    while (i >= 0 && line[i] >= '0' && line[i] <= '9')
        --i;
    const qsizetype digitsBegin = i + 1;
    if (i < 0 || line[i] != '{' || digitsBegin == digitsEnd)
        return -1;
    quint64 value = 0;
    for (qsizetype k = digitsBegin; k < digitsEnd; ++k) {
        const quint64 digit = quint64(line[k] - '0');
        if (value > (quint64(1) << 62) / 10)
            return -2;
        value = value * 10 + digit;
    }
    if (value >= (quint64(1) << 62))
        return -2;
    return qint64(value);
}

void ResponseFramer::completeResponse()
{
    parseResponse(QByteArrayView(buffer), sinkLiterals);
    clearResponse();
}

void ResponseFramer::parseResponse(QByteArrayView bytes, const QList<SinkLiteral> &sinks)
{
    // Parsed into a reused object: constructing a fresh Response per line costs more than the
    // parse of a short FETCH. Without a handler, that is the queue slot it waits in.
    Response &out = handler ? scratch : queue.nextSlot();
    grammar.parse(bytes, sinks, limits, responseStart, out);
    out.offset = responseStart;
    out.size = responseBytes;
    if (handler)
        handler(std::move(out));
    else
        queue.commitSlot();
}

void ResponseFramer::clearResponse()
{
    if (buffer.capacity() > KeptBufferCapacity)
        buffer = QByteArray();
    else
        buffer.resize(0);
    sinkLiterals.clear();
    lineStart = 0;
    lineLength = 0;
    literalCount = 0;
    responseBytes = 0;
    discarding = false;
    state = State::Line;
    literalRemaining = 0;
    discardTail.clear();
}

void ResponseFramer::emitResponse(Response &&response)
{
    if (handler)
        handler(std::move(response));
    else
        queue.push(std::move(response));
}

// --- ResponseParser --------------------------------------------------------------------------

ResponseParser::ResponseParser(const ParserLimits &limits)
    : d(std::make_unique<ResponseFramer>(limits))
{}

ResponseParser::~ResponseParser() = default;

const ParserLimits &ResponseParser::limits() const
{
    return d->limits;
}

void ResponseParser::setLimits(const ParserLimits &limits)
{
    d->limits = limits;
}

void ResponseParser::setLiteralSink(QIODevice *sink, qint64 threshold)
{
    d->sink = sink;
    d->sinkThreshold = threshold;
}

void ResponseParser::setHandler(Handler handler)
{
    d->handler = std::move(handler);
}

void ResponseParser::feed(QByteArrayView bytes)
{
#ifdef LETTERTRAY_CLEAR_UPPER_VECTOR_STATE
    if (cpuHasAvx)
        clearUpperVectorState();
#endif
    d->feed(bytes);
}

bool ResponseParser::next(Response &response)
{
    if (d->queue.empty())
        return false;
    d->take(response);
    return true;
}

qsizetype ResponseParser::pendingCount() const
{
    return d->queue.size();
}

qint64 ResponseParser::streamOffset() const
{
    return d->streamOffset;
}

bool ResponseParser::isInsideResponse() const
{
    return d->insideResponse();
}

bool ResponseParser::hasFailed() const
{
    return d->failed;
}

void ResponseParser::reset()
{
    const ParserLimits limits = d->limits;
    QIODevice *sink = d->sink;
    const qint64 threshold = d->sinkThreshold;
    Handler handler = std::move(d->handler);
    d->reset();
    d->limits = limits;
    d->sink = sink;
    d->sinkThreshold = threshold;
    d->handler = std::move(handler);
}

Response ResponseParser::parseOne(QByteArrayView completeResponse, const ParserLimits &limits)
{
    QByteArray bytes = completeResponse.toByteArray();
    if (!bytes.endsWith('\n'))
        bytes.append("\r\n");
    ResponseParser parser(limits);
    parser.feed(bytes);
    Response response;
    if (parser.next(response))
        return response;
    return Response{ProtocolError{ProtocolError::Kind::Syntax, bytes.size(), 0,
                                  QByteArrayLiteral("incomplete response"), false, QByteArray()},
                    0, bytes.size()};
}

} // namespace Imap::Wire
