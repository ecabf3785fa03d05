#pragma once

#include "imap/ImapExport.h"
#include "imap/wire/Response.h"

namespace Imap::Wire {

// Serialises typed responses back to wire bytes, the way a well-behaved server would send them.
// Used by test servers and by the parse -> write -> parse round-trip fuzzer: for every Response
// r the parser produces, parse(write(r)) == r. Strings go as atoms, quoted strings or literals,
// whichever represents them exactly.
class LETTERTRAY_IMAP_EXPORT ResponseWriter
{
public:
    static QByteArray write(const Response &response);
    static QByteArray write(const Response::Value &value);
};

} // namespace Imap::Wire
