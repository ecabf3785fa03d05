#pragma once

#include "imap/ImapExport.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace Imap::Wire {

// Mailbox names on the wire. Without UTF8=ACCEPT a name travels in modified UTF-7
// (RFC 3501 §5.1.3); with it, as raw UTF-8 (RFC 6855). Decoding is strict and canonical:
// every name we accept re-encodes to exactly the bytes we were given. A name we cannot decode
// is reported, and the caller keeps the raw bytes (see MailboxName::Decoded::error).
//
// A MailboxName value is also what Client's commands take to address a mailbox: either
// Unicode text (what a user typed; implicit from QString), encoded when the command is sent,
// or the exact bytes a server used for a mailbox (fromWire(), from LIST / LSUB / STATUS /
// NOTIFY data), sent back byte for byte. Servers list names that no text round-trips to:
// non-canonical or invalid modified UTF-7 ("x&Jjo!-y", "x&AGE"), 8-bit bytes, even CR LF in a
// literal. Re-encoding their decoded text would address ANOTHER mailbox, so names that came
// from the server are passed back with fromWire() (the encoder sends them as an atom, quoted
// string or literal as their bytes require; a NUL fails the command with InvalidArgument).
class LETTERTRAY_IMAP_EXPORT MailboxName
{
public:
    MailboxName() = default;
    // A name as text (what a user chose). Implicit, so that every command taking a
    // MailboxName also takes a QString.
    MailboxName(const QString &text) // NOLINT(google-explicit-constructor)
        : m_text(text)
    {}
    // The exact bytes a server sent for a mailbox.
    static MailboxName fromWire(const QByteArray &bytes);

    bool isWire() const { return m_isWire; }
    bool isEmpty() const { return m_isWire ? m_wire.isEmpty() : m_text.isEmpty(); }
    // The server's bytes (wire names only; empty otherwise).
    QByteArray wireBytes() const { return m_wire; }
    // The text; for a wire name a best-effort decoding for display (modified UTF-7, leniently,
    // else UTF-8, else Latin-1), which must not be used to address the mailbox.
    QString text() const;
    bool operator==(const MailboxName &other) const = default;

    struct Encoded
    {
        QByteArray bytes;
        QString error; // empty on success
        bool isValid() const { return error.isEmpty(); }
    };
    struct Decoded
    {
        QString name;
        QString error; // empty on success
        bool isValid() const { return error.isEmpty(); }
    };

    // Unicode -> modified UTF-7. Fails only for text that is not valid UTF-16 (lone surrogates)
    // or that contains NUL, which no mailbox name may hold.
    static Encoded encodeModifiedUtf7(QStringView name);
    // Modified UTF-7 -> Unicode. Rejects 8-bit bytes, control characters, bad base64,
    // an unterminated "&...", non-zero padding bits, broken surrogate pairs and every
    // non-shortest form ("&AGE-" for "a", two adjacent shifted runs, "&" encoded inside base64).
    static Decoded decodeModifiedUtf7(QByteArrayView wire);
    // For display only: also accepts the non-shortest forms some old servers produce
    // (adjacent shifted runs, printable ASCII inside BASE64). Such a name does not re-encode
    // to the same bytes, so address the mailbox with the server's bytes
    // (CommandArgument::astring(wire)), not with this text.
    static Decoded decodeModifiedUtf7Lenient(QByteArrayView wire);

    // UTF-8 form used when UTF8=ACCEPT is enabled. Fails on NUL and invalid UTF-16.
    static Encoded encodeUtf8(QStringView name);
    // Strict UTF-8 decoding (for servers with UTF8=ACCEPT enabled).
    static Decoded decodeUtf8(QByteArrayView wire);

    // Encodes for the wire according to whether UTF8=ACCEPT is enabled on the connection.
    static Encoded encode(QStringView name, bool utf8Accepted);

    // "INBOX" is case-insensitive (RFC 3501 §5.1), every other name is case-sensitive,
    // including "inbox/child".
    static bool isInbox(QStringView name);
    // Returns "INBOX" for any spelling of it, the name unchanged otherwise.
    static QString canonical(const QString &name);

private:
    static Decoded decode(QByteArrayView wire, bool canonical);

    QString m_text;
    QByteArray m_wire;
    bool m_isWire = false;
};

} // namespace Imap::Wire
