#pragma once

#include "imap/wire/ResponseParser.h"
#include "imap/wire/ResponseWriter.h"

#include <QtCore/QList>

#include <cstdio>
#include <cstdlib>

namespace FuzzSupport {

using namespace Imap::Wire;

// Small limits so that the fuzzer reaches them with short inputs.
inline ParserLimits smallLimits()
{
    ParserLimits limits;
    limits.maxLineLength = 4096;
    limits.maxLiteralSize = 4096;
    limits.maxResponseSize = 16384;
    limits.maxNestingDepth = 20;
    return limits;
}

inline QList<Response> parsePieces(QByteArrayView data, qsizetype piece, const ParserLimits &limits)
{
    ResponseParser parser(limits);
    if (piece <= 0)
        piece = qMax<qsizetype>(1, data.size());
    for (qsizetype i = 0; i < data.size(); i += piece)
        parser.feed(data.sliced(i, qMin(piece, data.size() - i)));
    QList<Response> out;
    Response r;
    while (parser.next(r))
        out.append(std::move(r));
    return out;
}

inline bool identical(const QList<Response> &a, const QList<Response> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!(a[i] == b[i]) || a[i].offset != b[i].offset || a[i].size != b[i].size)
            return false;
    }
    return true;
}

[[noreturn]] inline void failed(const char *what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

} // namespace FuzzSupport
