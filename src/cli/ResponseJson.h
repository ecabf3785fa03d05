#pragma once

#include "imap/wire/Response.h"

#include <QtCore/QJsonObject>

namespace Cli {

// Turns a typed response into the JSON object documented in docs/parse-json-schema.md.
// Bytes become JSON strings: valid UTF-8 is kept, other bytes are escaped as \u00XX of Latin-1
// so nothing is lost silently; NIL becomes null.
class ResponseJson
{
public:
    static QJsonObject toJson(const Imap::Wire::Response &response);
    static QJsonObject toJson(const Imap::Wire::Response::Value &value);
};

} // namespace Cli
