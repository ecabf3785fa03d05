#pragma once

#include "imap/ImapExport.h"

#include <QtCore/QString>

namespace Imap::Sasl {

// SASLprep "lite" (RFC 4013 as used by SCRAM, RFC 5802 §2.2), for user names and passwords.
//
// Done: map non-ASCII spaces (C.1.2) to U+0020; drop the "commonly mapped to nothing"
// characters (B.1: soft hyphen, zero-width joiners, variation selectors, BOM...); normalise
// to NFKC; refuse control characters (C.2), private use (C.3), non-characters (C.4),
// surrogates (C.5), U+FFF9..U+FFFD (C.6/C.7), directional and tagging characters (C.8, C.9)
// and unassigned code points per Qt's Unicode tables.
// Not done: the bidirectional rule of RFC 3454 §6 (a password mixing RTL and LTR letters is
// accepted as is), and unassigned code points are judged by Qt's newer Unicode version, not
// Unicode 3.2. For ASCII input without control characters the result is the input.
//
// PLAIN, LOGIN and CRAM-MD5 send the UTF-8 text unchanged: the server compares with what
// it stored, and most servers do not apply SASLprep, so changing the bytes would only lock
// users out. SCRAM applies it because its keys depend on the exact bytes (RFC 5802).
class LETTERTRAY_IMAP_EXPORT SaslPrep
{
public:
    struct Result
    {
        QString text;
        QString error; // empty on success
        bool isValid() const { return error.isEmpty(); }
    };
    static Result prepare(const QString &input);
};

} // namespace Imap::Sasl
