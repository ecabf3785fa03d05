#pragma once

#include <QtCore/QStringList>

namespace Cli {

// `lettertray-imap parse`: reads raw server bytes on stdin and prints one JSON object per
// response (and per protocol error) on stdout. The schema is in docs/parse-json-schema.md.
class ParseCommand
{
public:
    // Returns the process exit code: 0 when every response parsed, 1 when there were protocol
    // errors or the input ended inside a response, 2 on bad usage.
    static int run(const QStringList &arguments);
};

} // namespace Cli
