#include "imap/wire/ResponseGrammar.h"

namespace Imap::Wire {

Response ResponseGrammar::parse(QByteArrayView buffer, const QList<SinkLiteral> &sinkLiterals,
                                const ParserLimits &limits, qint64 streamOffset)
{
    Q_UNUSED(sinkLiterals)
    Q_UNUSED(limits)
    return Response{UnknownData{{}, {}, buffer.toByteArray()}, streamOffset, buffer.size()};
}

} // namespace Imap::Wire
