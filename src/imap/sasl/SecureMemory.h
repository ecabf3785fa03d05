#pragma once

#include "imap/ImapExport.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace Imap::Sasl {

// Overwrites secrets (passwords, tokens, derived keys) before their memory is released.
//
// "Where practical": Qt containers are implicitly shared, so a buffer still referenced by
// another copy is only released here, not overwritten — overwriting would detach and wipe
// a fresh copy instead. The last owner wipes it. Copies Qt makes internally (base64
// encoding, socket buffers) are outside our reach.
class LETTERTRAY_IMAP_EXPORT SecureMemory
{
public:
    static void wipe(QByteArray &bytes);
    static void wipe(QString &text);
    // Constant-time comparison, for signatures (no early exit on the first difference).
    static bool equalConstantTime(QByteArrayView a, QByteArrayView b);
};

} // namespace Imap::Sasl
