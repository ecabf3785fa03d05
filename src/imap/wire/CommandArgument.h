#pragma once

#include "imap/ImapExport.h"
#include "imap/wire/SequenceSet.h"

#include <QtCore/QByteArray>
#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

#include <vector>

namespace Imap::Wire {

// One typed argument of an IMAP command. Arguments say what a value IS (an atom, a string,
// a mailbox name, a flag...), never how it is written: the CommandEncoder picks atom, quoted
// string or literal from the bytes and the connection's capabilities, so a value that came
// from a stranger can never end a line, open an unannounced literal or break out of quotes.
//
// Constructors validate what they can without the connection's options; an invalid argument
// remembers why and makes the whole command fail to encode (nothing is sent).
class LETTERTRAY_IMAP_EXPORT CommandArgument
{
public:
    enum class Kind
    {
        Invalid,
        Atom,     // validated ATOM-CHARs, written as is (command keywords, fetch items)
        Number,   // 64-bit unsigned decimal
        AString,  // atom, quoted or literal: whichever the bytes allow
        String,   // quoted or literal, never an atom (ID values, search strings that must not
                  // be read as keywords)
        Nil,      // NIL
        Literal,  // always a literal {n} (or {n+} where allowed)
        Literal8, // ~{n}: BINARY data that may hold NUL (APPEND only, RFC 3516)
        Mailbox,  // Unicode name: modified UTF-7, or UTF-8 when UTF8=ACCEPT is enabled
        List,     // "(" children ")"
        Sequence, // children inline, separated by spaces (a search program, FETCH items...)
        Token,    // pre-formatted protocol syntax such as BODY.PEEK[HEADER.FIELDS (FROM)]
    };

    CommandArgument() = default; // Invalid

    static CommandArgument atom(QByteArrayView atom);
    static CommandArgument number(quint64 value);
    static CommandArgument astring(QByteArrayView bytes);
    static CommandArgument astring(QStringView text); // UTF-8
    static CommandArgument string(QByteArrayView bytes);
    static CommandArgument string(QStringView text); // UTF-8
    static CommandArgument nil();
    static CommandArgument literal(QByteArrayView bytes);
    static CommandArgument literal8(QByteArrayView bytes);
    static CommandArgument mailbox(const QString &name);
    static CommandArgument list(const QList<CommandArgument> &items);
    static CommandArgument sequence(const QList<CommandArgument> &items);
    static CommandArgument sequenceSet(const SequenceSet &set);
    // date: 01-Jan-2024 (SEARCH); dateTime: "01-Jan-2024 10:00:00 +0000" (APPEND)
    static CommandArgument date(QDate date);
    static CommandArgument dateTime(const QDateTime &dateTime);
    // A system flag (\Seen, \Answered, \Flagged, \Deleted, \Draft, written in canonical
    // case) or a keyword atom ($Forwarded, NonJunk). \Recent cannot be set by a client and
    // \* only appears in server responses: both are refused, as is any other backslash name.
    static CommandArgument flag(QByteArrayView flag);
    static CommandArgument flagList(const QList<QByteArray> &flags);
    // Printable ASCII only; '{', '"', '\\' are refused so a token can never announce a
    // literal or open a quoted string. Use for fetch attributes and similar fixed syntax.
    static CommandArgument token(QByteArrayView token);
    static CommandArgument invalid(const QString &why);

    // A secret argument (LOGIN password, SASL initial response) is replaced by a marker in
    // EncodedCommand::redacted(); a list or sequence passes the mark to its children.
    CommandArgument &setSecret(bool secret = true);
    CommandArgument secret() const;
    bool isSecret() const { return m_secret; }

    Kind kind() const { return m_kind; }
    bool isValid() const;
    // Why this argument (or the first invalid child) is invalid.
    QString errorString() const;

    QByteArray bytes() const { return m_bytes; }
    QString text() const { return m_text; }
    QList<CommandArgument> children() const;

    // Whether the bytes form an IMAP atom (1*ATOM-CHAR).
    static bool isAtom(QByteArrayView bytes);

private:
    // An argument of a kind whose value is its bytes, and one whose value is its children.
    static CommandArgument ofBytes(Kind kind, QByteArray bytes);
    static CommandArgument ofChildren(Kind kind, const QList<CommandArgument> &children);

    Kind m_kind = Kind::Invalid;
    bool m_secret = false;
    QByteArray m_bytes;
    QString m_text; // mailbox name, or the error of an Invalid argument
    std::vector<CommandArgument> m_children;
};

} // namespace Imap::Wire
