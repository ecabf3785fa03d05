#include "app/AppIcon.h"

#include "notifier/ApplicationIdentity.h"

namespace App {

QIcon AppIcon::icon()
{
    static const QIcon builtIn(QStringLiteral(":/icons/io.github.lettertray.Lettertray.svg"));
    return QIcon::fromTheme(Notifier::ApplicationIdentity::applicationId(), builtIn);
}

} // namespace App
