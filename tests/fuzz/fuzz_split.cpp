// Split invariance: the first two bytes choose a split point and a piece size; the rest is
// the stream. Whole, split and piecewise feeding must give identical responses and offsets.
#include "FuzzSupport.h"

using namespace FuzzSupport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const ParserLimits limits = smallLimits();
    const QList<Response> whole = parsePieces(bytes, 0, limits);
    const qsizetype piece = 1 + data[1] % 17;
    if (!identical(whole, parsePieces(bytes, piece, limits)))
        failed("piecewise feeding differs");
    const qsizetype at = bytes.isEmpty() ? 0 : data[0] % (bytes.size() + 1);
    ResponseParser parser(limits);
    parser.feed(bytes.first(at));
    parser.feed(bytes.sliced(at));
    QList<Response> split;
    Response r;
    while (parser.next(r))
        split.append(std::move(r));
    if (!identical(whole, split))
        failed("split feeding differs");
    return 0;
}
