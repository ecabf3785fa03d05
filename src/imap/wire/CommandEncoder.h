#pragma once

#include "imap/ImapExport.h"
#include "imap/wire/CommandArgument.h"
#include "imap/wire/EncodedCommand.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>

namespace Imap::Wire {

// Turns a command name and typed arguments into the bytes of one IMAP command.
//
// The guarantee: CR, LF and NUL never appear outside a literal, and a literal is always
// announced with its exact length. Strings choose their form from their bytes:
//   - atom when the bytes are ATOM-CHARs (not for String arguments, nor for "NIL");
//   - quoted when they are 7-bit printable (or valid UTF-8 with UTF8=ACCEPT enabled) and at
//     most Options::maxQuotedLength bytes; '"' and '\' are escaped;
//   - a literal otherwise (CR, LF, other control characters, 8-bit bytes, long text).
// NUL: RFC 9051 literals are CHAR8 (%x01-ff), so NUL has no place in any string. Only a
// literal8 (RFC 3516 BINARY, accepted by APPEND) may carry it; any other argument with a NUL
// makes the command fail locally with a clear error instead of being silently altered.
class LETTERTRAY_IMAP_EXPORT CommandEncoder
{
public:
    enum class NonSyncLiterals
    {
        None,         // every literal is synchronising {n}
        LiteralPlus,  // RFC 7888 LITERAL+: every literal may be {n+}
        LiteralMinus, // RFC 7888 LITERAL-: {n+} for literals up to 4096 bytes
    };

    struct Options
    {
        NonSyncLiterals nonSyncLiterals = NonSyncLiterals::None;
        bool utf8Accepted = false; // ENABLE UTF8=ACCEPT succeeded (RFC 6855 / IMAP4rev2)
        bool binary = false;       // BINARY advertised: literal8 allowed
        qsizetype maxQuotedLength = 1024;

        // Options from the server's capability list (case-insensitive). UTF8=ACCEPT only
        // counts once enabled, so it is a separate argument.
        static Options fromCapabilities(const QList<QByteArray> &capabilities, bool utf8Enabled);
    };

    CommandEncoder() = default;
    explicit CommandEncoder(const Options &options)
        : m_options(options)
    {}

    Options options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    // name: one or more atoms separated by single spaces ("UID FETCH").
    EncodedCommand encode(QByteArrayView name, const QList<CommandArgument> &arguments = {}) const;

    // For the "raw" command a user types: refuses CR, LF, NUL and a trailing literal
    // announcement (the server would wait for bytes we are not going to send).
    EncodedCommand encodeRawLine(QByteArrayView line) const;

    // Whether a literal of this size may be sent non-synchronising under these options.
    bool mayUseNonSyncLiteral(qsizetype size) const;

private:
    Options m_options;
};

} // namespace Imap::Wire
