#pragma once

#include "imap/ImapExport.h"
#include "imap/wire/ParserLimits.h"
#include "imap/wire/Response.h"

#include <QtCore/QByteArrayView>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Imap::Wire {

class ResponseFramer;

// Incremental IMAP response parser.
//
// feed() accepts the server stream in any pieces; the sequence of responses is the same for
// every split. Work is done in two steps so that nothing is ever rescanned: a framer walks each
// byte once to find where a response (its lines and literals) ends, then the complete response
// is parsed once into a typed Response. Responses (and ProtocolErrors, in stream order) are
// queued for next(), or handed to a handler if one is set.
//
// The parser never blocks and never throws. It is not thread-safe; use one per connection.
class LETTERTRAY_IMAP_EXPORT ResponseParser
{
public:
    using Handler = std::function<void(Response &&)>;

    explicit ResponseParser(const ParserLimits &limits = {});
    ~ResponseParser();
    ResponseParser(const ResponseParser &) = delete;
    ResponseParser &operator=(const ResponseParser &) = delete;

    const ParserLimits &limits() const;
    void setLimits(const ParserLimits &limits);

    // Literals larger than `threshold` bytes are written to `sink` instead of memory; the
    // FetchSection then says streamedToSink with the sink offset. The sink is not owned and
    // must outlive the parser or be reset with setLiteralSink(nullptr).
    void setLiteralSink(QIODevice *sink, qint64 threshold);

    // When set, every response is passed to the handler as soon as it is complete (inside
    // feed()), and next() stays empty. The handler must not call feed().
    void setHandler(Handler handler);

    // Hands over more bytes of the stream. Any split is fine.
    void feed(QByteArrayView bytes);

    // Takes the oldest complete response. Returns false when none is queued.
    bool next(Response &response);
    qsizetype pendingCount() const;

    // Bytes fed so far (stream offset of the next byte).
    qint64 streamOffset() const;
    // True while a response is partially received.
    bool isInsideResponse() const;
    // True after a fatal ProtocolError: further input is ignored.
    bool hasFailed() const;

    // Forgets all state (e.g. after a reconnect or after COMPRESS/STARTTLS restarts a stream).
    void reset();

    // Parses one complete response (lines and literals, final CRLF optional). Convenience for
    // tests and tools; same result as feeding it.
    static Response parseOne(QByteArrayView completeResponse, const ParserLimits &limits = {});

private:
    std::unique_ptr<ResponseFramer> d;
};

} // namespace Imap::Wire
