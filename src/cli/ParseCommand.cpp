#include "cli/ParseCommand.h"

#include "cli/ResponseJson.h"
#include "imap/wire/ResponseParser.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>

#include <cstdio>

namespace Cli {

int ParseCommand::run(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
        return 2;
    bool errors = false;
    Imap::Wire::ResponseParser parser;
    parser.setHandler([&](Imap::Wire::Response &&response) {
        if (response.is<Imap::Wire::ProtocolError>())
            errors = true;
        out.write(QJsonDocument(ResponseJson::toJson(response)).toJson(QJsonDocument::Compact));
        out.write("\n");
    });
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = in.read(chunk, sizeof chunk);
        if (n <= 0)
            break;
        parser.feed(QByteArrayView(chunk, n));
    }
    out.flush();
    return (errors || parser.isInsideResponse()) ? 1 : 0;
}

} // namespace Cli
