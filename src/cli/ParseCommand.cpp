#include "cli/ParseCommand.h"

#include "cli/ResponseJson.h"
#include "imap/wire/ResponseParser.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <cstdio>

namespace Cli {

int ParseCommand::run(const QStringList &arguments)
{
    QFile in;
    if (arguments.size() > 1 || (arguments.size() == 1 && arguments.first().startsWith(u'-'))) {
        std::fputs("usage: lettertray-imap parse [FILE]\n"
                   "Reads raw IMAP server bytes (stdin or FILE) and prints one JSON object per "
                   "response.\n",
                   stderr);
        return 2;
    }
    if (arguments.isEmpty()) {
        if (!in.open(stdin, QIODevice::ReadOnly))
            return 2;
    } else {
        in.setFileName(arguments.first());
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "lettertray-imap parse: cannot open %s\n",
                         arguments.first().toLocal8Bit().constData());
            return 2;
        }
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 2;
    bool errors = false;
    Imap::Wire::ResponseParser parser;
    auto print = [&](const QJsonObject &object) {
        out.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        out.write("\n");
    };
    parser.setHandler([&](Imap::Wire::Response &&response) {
        if (response.is<Imap::Wire::ProtocolError>())
            errors = true;
        print(ResponseJson::toJson(response));
    });
    // Unbuffered reads in pieces: the tool works on a live pipe (e.g. a tee of a session) too.
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = in.read(chunk, sizeof chunk);
        if (n <= 0)
            break;
        parser.feed(QByteArrayView(chunk, n));
        out.flush();
    }
    if (parser.isInsideResponse() && !parser.hasFailed()) {
        // The input ended in the middle of a response: say so instead of dropping it silently.
        errors = true;
        print(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("error")},
            {QStringLiteral("error"), QStringLiteral("truncated")},
            {QStringLiteral("errorOffset"), double(parser.streamOffset())},
            {QStringLiteral("message"), QStringLiteral("input ended inside a response")},
            {QStringLiteral("fatal"), true}});
    }
    out.flush();
    return errors ? 1 : 0;
}

} // namespace Cli
