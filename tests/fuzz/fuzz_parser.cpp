// Any bytes from a server: the parser must not crash, hang, leak or allocate what a server
// announces. Run with ASan/UBSan.
#include "FuzzSupport.h"

using namespace FuzzSupport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Default limits (what clients get) and small ones (so limits are reached).
    for (const ParserLimits &limits : {ParserLimits{}, smallLimits()}) {
        const QList<Response> responses = parsePieces(bytes, 0, limits);
        for (const Response &r : responses) {
            if (r.offset < 0 || r.offset > qint64(size))
                failed("response offset outside the input");
            if (const ProtocolError *e = r.get<ProtocolError>()) {
                if (e->offset < 0 || e->offset > qint64(size))
                    failed("error offset outside the input");
            }
        }
    }
    return 0;
}
