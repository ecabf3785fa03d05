#pragma once

#include "imap/ImapExport.h"

#include <QtCore/QString>

namespace Imap {

// What a program linked against Lettertray::Imap can ask about the library it got at run time.
class LETTERTRAY_IMAP_EXPORT LibraryInfo
{
public:
    static QString version();
    static QString userAgentName();
};

} // namespace Imap
