#pragma once

#include "imap/ImapExport.h"
#include "imap/wire/CommandArgument.h"
#include "imap/wire/SequenceSet.h"

#include <QtCore/QByteArray>
#include <QtCore/QDate>
#include <QtCore/QList>
#include <QtCore/QString>

namespace Imap::Wire {

// A typed SEARCH program (RFC 9051 §6.4.4 plus CONDSTORE MODSEQ, WITHIN OLDER/YOUNGER,
// OBJECTID EMAILID/THREADID and Gmail's X-GM-*). Keys combine with && (all must match),
// || (OR) and ! (NOT); a combination of several keys under OR/NOT is parenthesised.
// Strings are typed arguments, so a stranger's search text can never break the command.
//
// Charset: keys whose strings are 7-bit need no CHARSET. Non-ASCII strings are sent as
// UTF-8 and need "CHARSET UTF-8" — except once UTF8=ACCEPT is enabled, when a CHARSET
// specification is forbidden (RFC 6855 §3). searchArguments() applies that rule.
class LETTERTRAY_IMAP_EXPORT SearchKey
{
public:
    SearchKey() = default; // empty: no key (SEARCH needs at least one; see isEmpty())

    static SearchKey all();
    static SearchKey answered();
    static SearchKey deleted();
    static SearchKey draft();
    static SearchKey flagged();
    static SearchKey newMessages(); // NEW
    static SearchKey old();
    static SearchKey recent();
    static SearchKey seen();
    static SearchKey unanswered();
    static SearchKey undeleted();
    static SearchKey undraft();
    static SearchKey unflagged();
    static SearchKey unseen();
    static SearchKey keyword(QByteArrayView flag);
    static SearchKey unkeyword(QByteArrayView flag);

    static SearchKey from(const QString &text);
    static SearchKey to(const QString &text);
    static SearchKey cc(const QString &text);
    static SearchKey bcc(const QString &text);
    static SearchKey subject(const QString &text);
    static SearchKey body(const QString &text);
    static SearchKey text(const QString &text);
    static SearchKey header(const QByteArray &field, const QString &value);

    static SearchKey since(QDate date);
    static SearchKey before(QDate date);
    static SearchKey on(QDate date);
    static SearchKey sentSince(QDate date);
    static SearchKey sentBefore(QDate date);
    static SearchKey sentOn(QDate date);
    static SearchKey older(quint32 seconds);   // WITHIN (RFC 5032)
    static SearchKey younger(quint32 seconds); // WITHIN (RFC 5032)

    static SearchKey larger(quint64 octets);
    static SearchKey smaller(quint64 octets);
    static SearchKey uid(const SequenceSet &set);
    static SearchKey sequence(const SequenceSet &set);

    // CONDSTORE (RFC 7162). entry e.g. "/flags/\\seen", type "priv"/"shared"/"all".
    static SearchKey modSeq(quint64 modSeq);
    static SearchKey modSeq(const QByteArray &entryName, const QByteArray &entryType,
                            quint64 modSeq);

    static SearchKey emailId(const QByteArray &id);  // OBJECTID (RFC 8474)
    static SearchKey threadId(const QByteArray &id); // OBJECTID (RFC 8474)

    static SearchKey gmailRaw(const QString &query);   // X-GM-RAW
    static SearchKey gmailMessageId(quint64 id);       // X-GM-MSGID
    static SearchKey gmailThreadId(quint64 id);        // X-GM-THRID
    static SearchKey gmailLabel(const QString &label); // X-GM-LABELS

    static SearchKey anyOf(const SearchKey &a, const SearchKey &b); // OR a b
    static SearchKey negated(const SearchKey &key);                 // NOT key
    // Every key must match; written as one parenthesised group.
    static SearchKey group(const QList<SearchKey> &keys);

    // Both must match (an implicit AND: the keys are simply written one after the other).
    static SearchKey both(const SearchKey &a, const SearchKey &b);

    friend SearchKey operator&&(const SearchKey &a, const SearchKey &b) { return both(a, b); }
    friend SearchKey operator||(const SearchKey &a, const SearchKey &b) { return anyOf(a, b); }
    friend SearchKey operator!(const SearchKey &a) { return negated(a); }

    bool isEmpty() const { return m_keys.isEmpty(); }
    bool isValid() const;
    QString errorString() const;

    // Whether a string holds non-ASCII text, so that without UTF8=ACCEPT "CHARSET UTF-8"
    // must precede the keys.
    bool needsUtf8Charset() const { return m_needsCharset; }

    // The keys as one inline argument: "FROM alice SINCE 01-Jan-2024".
    CommandArgument toArgument() const;
    // The arguments after SEARCH / UID SEARCH: ["CHARSET UTF-8"] keys, with the charset only
    // when needed and allowed (never once UTF8=ACCEPT is enabled).
    QList<CommandArgument> searchArguments(bool utf8Accepted) const;

private:
    static SearchKey simple(const char *name);
    static SearchKey withString(const char *name, const QString &value);
    static SearchKey withArgument(const char *name, const CommandArgument &argument);
    // This key as one search-key (parenthesised when it is several).
    CommandArgument single() const;

    QList<CommandArgument> m_keys; // implicit AND
    bool m_needsCharset = false;
};

} // namespace Imap::Wire
