#pragma once

#include "imap/ImapExport.h"
#include "imap/wire/ParserLimits.h"
#include "imap/wire/Response.h"

#include <QtCore/QByteArrayView>

#include <memory>

namespace Imap::Wire {

// A literal the framer wrote to the literal sink instead of the response buffer.
struct SinkLiteral
{
    qsizetype bufferPosition = 0; // where its bytes would have started in the buffer
    qint64 size = 0;
    qint64 sinkOffset = 0;
};

// Parses one complete, framed response (lines with their in-memory literals, exactly as on the
// wire) into a typed Response. Called once per response by the framer, so the grammar is free
// to look ahead and back inside the buffer. Errors become a ProtocolError response.
//
// An instance keeps small caches across responses (address parts, body types, flag lists) so
// that the strings a mailbox repeats thousands of times are shared instead of allocated anew.
class LETTERTRAY_IMAP_AUTOTEST_EXPORT ResponseGrammar
{
public:
    ResponseGrammar();
    ~ResponseGrammar();
    ResponseGrammar(const ResponseGrammar &) = delete;
    ResponseGrammar &operator=(const ResponseGrammar &) = delete;

    // Parses into `out` (constructed in place: a FETCH is never copied or moved here).
    void parse(QByteArrayView buffer, const QList<SinkLiteral> &sinkLiterals,
               const ParserLimits &limits, qint64 streamOffset, Response &out);

    static Response parse(QByteArrayView buffer, const QList<SinkLiteral> &sinkLiterals,
                          const ParserLimits &limits, qint64 streamOffset);

    // Takes back the references a FETCH that is about to be overwritten (a caller's previous
    // response from ResponseParser::next) holds to the cached flag lists and the current string
    // block, as spare references instead of an atomic decrement each. What it gave back is left
    // null; everything else is untouched.
    void release(Fetch &fetch);

    struct Caches;

private:
    std::unique_ptr<Caches> m_caches;
};

} // namespace Imap::Wire
