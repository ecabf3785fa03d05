#include "support/ScriptDeflate.h"

#include <zlib.h>

namespace TestSupport {

Deflater::Deflater()
    : m_stream(std::make_unique<z_stream_s>())
{
    deflateInit2(m_stream.get(), Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}

Deflater::~Deflater()
{
    deflateEnd(m_stream.get());
}

QByteArray Deflater::operator()(const QByteArray &plain)
{
    m_stream->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    m_stream->avail_in = uInt(plain.size());
    QByteArray out;
    do {
        char buffer[4096];
        m_stream->next_out = reinterpret_cast<Bytef *>(buffer);
        m_stream->avail_out = sizeof buffer;
        deflate(m_stream.get(), Z_SYNC_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - m_stream->avail_out));
    } while (m_stream->avail_out == 0);
    return out;
}

QString escapedScriptBytes(const QByteArray &bytes)
{
    QString text;
    for (const char c : bytes) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            text += QLatin1Char(c);
        } else {
            text += QStringLiteral("\\x%1").arg(uint(uchar(c)), 2, 16, QLatin1Char('0'));
        }
    }
    return text;
}

} // namespace TestSupport
