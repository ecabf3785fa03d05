#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <memory>

struct z_stream_s;

namespace TestSupport {

// One side of a raw deflate stream (RFC 4978 COMPRESS=DEFLATE) with a sync flush per message,
// as the client writes and as a server would: zlib is deterministic, so a test can put the
// exact compressed bytes into a ScriptedImapServer script.
class Deflater
{
public:
    Deflater();
    ~Deflater();
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    // The compressed bytes of `plain`, flushed so that the other side can inflate them at once.
    QByteArray operator()(const QByteArray &plain);

private:
    std::unique_ptr<z_stream_s> m_stream;
};

// `bytes` written for an R: / CR: script line: letters and digits as they are, every other
// byte as \xHH.
QString escapedScriptBytes(const QByteArray &bytes);

} // namespace TestSupport
