// parse -> ResponseWriter -> parse: every response the parser accepts must be written back in a
// form that parses to the same typed value (what test servers built on ResponseWriter rely on).
#include "FuzzSupport.h"

using namespace FuzzSupport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<Response> responses = parsePieces(bytes, 0, ParserLimits{});
    for (const Response &r : responses) {
        if (r.is<ProtocolError>())
            continue;
        const QByteArray written = ResponseWriter::write(r);
        const QList<Response> again = parsePieces(written, 0, ParserLimits{});
        if (again.size() != 1 || !(again.first() == r)) {
            std::fprintf(stderr, "written: %s\n", written.constData());
            failed("round trip changed the response");
        }
    }
    return 0;
}
