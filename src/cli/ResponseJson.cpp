#include "cli/ResponseJson.h"

namespace Cli {

QJsonObject ResponseJson::toJson(const Imap::Wire::Response &response)
{
    QJsonObject object = toJson(response.value);
    object.insert(QStringLiteral("offset"), double(response.offset));
    return object;
}

QJsonObject ResponseJson::toJson(const Imap::Wire::Response::Value &value)
{
    Q_UNUSED(value)
    return {};
}

} // namespace Cli
