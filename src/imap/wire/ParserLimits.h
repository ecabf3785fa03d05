#pragma once

#include <QtCore/QtGlobal>

namespace Imap::Wire {

// Bounds on what a server can make the parser hold. Exceeding one is a ProtocolError for that
// response; the parser then skips the rest of the response without storing it, so memory never
// follows a size the server merely announced.
struct ParserLimits
{
    // One line of a response, without its literals (a 100k-UID SEARCH is ~700 KB).
    qint64 maxLineLength = 8 * 1024 * 1024;
    // One literal held in memory. Larger ones need a literal sink (see ResponseParser).
    qint64 maxLiteralSize = 64 * 1024 * 1024;
    // One literal written to the literal sink.
    qint64 maxSinkLiteralSize = qint64(1) << 40;
    // All lines and in-memory literals of one response together.
    qint64 maxResponseSize = 128 * 1024 * 1024;
    // Literals in one response. A message's FETCH carries a handful; each becomes a typed item
    // costing far more than its bytes, so a million one-byte literals (8 MB on the wire) would
    // otherwise cost over 100 MB once parsed.
    int maxLiteralsPerResponse = 10000;
    // Parentheses (BODYSTRUCTURE, THREAD, nested lists). Real mail stays far below.
    int maxNestingDepth = 100;
};

} // namespace Imap::Wire
