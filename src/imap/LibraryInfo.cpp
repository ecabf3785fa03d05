#include "imap/LibraryInfo.h"

namespace Imap {

QString LibraryInfo::version()
{
    return QStringLiteral(LETTERTRAY_VERSION);
}

QString LibraryInfo::userAgentName()
{
    return QStringLiteral("Lettertray");
}

} // namespace Imap
