#pragma once

// Helpers shared by the parser tests: parse with a given split, render responses in the
// canonical form of ResponseWriter (errors as "!kind"), and check split invariance.

#include "imap/wire/ResponseParser.h"
#include "imap/wire/ResponseWriter.h"

#include <QtCore/QList>

namespace ParserTestSupport {

using namespace Imap::Wire;

inline QList<Response> drain(ResponseParser &parser)
{
    QList<Response> responses;
    Response response;
    while (parser.next(response))
        responses.append(std::move(response));
    return responses;
}

// Feeds `bytes` in pieces of `chunk` bytes (whole when chunk <= 0).
inline QList<Response> parseChunked(QByteArrayView bytes, qsizetype chunk,
                                    const ParserLimits &limits = {})
{
    ResponseParser parser(limits);
    if (chunk <= 0)
        chunk = qMax<qsizetype>(1, bytes.size());
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        parser.feed(bytes.sliced(i, qMin(chunk, bytes.size() - i)));
    return drain(parser);
}

inline QList<Response> parseSplitAt(QByteArrayView bytes, qsizetype at,
                                    const ParserLimits &limits = {})
{
    ResponseParser parser(limits);
    parser.feed(bytes.first(at));
    parser.feed(bytes.sliced(at));
    return drain(parser);
}

inline QByteArray render(const QList<Response> &responses)
{
    QByteArray out;
    for (const Response &r : responses) {
        if (const auto *error = r.get<ProtocolError>())
            out += '!' + protocolErrorKindName(error->kind) + "\r\n";
        else
            out += ResponseWriter::write(r);
    }
    return out;
}

// Same values, offsets and sizes.
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

} // namespace ParserTestSupport
