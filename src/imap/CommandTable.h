#pragma once

#include "imap/CommandTraits.h"
#include "imap/ImapExport.h"

#include <QtCore/QByteArrayView>

namespace Imap {

// The one place where every command is classified for the scheduler (docs/imap-library.md
// reproduces the table with the reason of each row).
class LETTERTRAY_IMAP_EXPORT CommandTable
{
public:
    static const CommandTraits &traits(CommandKind kind);
    // Classifies a raw command line by its name ("UID FETCH 1:* FLAGS" -> UidFetch); an
    // unknown command gets the most careful classification (sync, may expunge).
    static const CommandTraits &traitsForLine(QByteArrayView line);
    static int size();
    static const CommandTraits &at(int index);
};

} // namespace Imap
