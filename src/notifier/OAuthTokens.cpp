#include "notifier/OAuthTokens.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace Notifier {

QString OAuthTokens::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("access_token"), accessToken);
    object.insert(QStringLiteral("refresh_token"), refreshToken);
    if (expiresAt.isValid())
        object.insert(QStringLiteral("expires_at"), expiresAt.toSecsSinceEpoch());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool OAuthTokens::fromJson(const QString &json, OAuthTokens *tokens)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    const QJsonValue access = object.value(QStringLiteral("access_token"));
    if (!access.isString())
        return false;
    OAuthTokens result;
    result.accessToken = access.toString();
    result.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    const QJsonValue expiry = object.value(QStringLiteral("expires_at"));
    if (expiry.isDouble())
        result.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(expiry.toDouble()), Qt::UTC);
    *tokens = result;
    return true;
}

} // namespace Notifier
