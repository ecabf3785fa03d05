#include "imap/wire/Response.h"

namespace Imap::Wire {

QByteArray statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QByteArrayLiteral("OK");
    case Status::No:
        return QByteArrayLiteral("NO");
    case Status::Bad:
        return QByteArrayLiteral("BAD");
    case Status::PreAuth:
        return QByteArrayLiteral("PREAUTH");
    case Status::Bye:
        return QByteArrayLiteral("BYE");
    }
    return {};
}

QByteArray responseCodeName(ResponseCode::Kind kind)
{
    using K = ResponseCode::Kind;
    switch (kind) {
    case K::None:
        return {};
    case K::Other:
        return QByteArrayLiteral("OTHER");
    case K::Alert:
        return QByteArrayLiteral("ALERT");
    case K::BadCharset:
        return QByteArrayLiteral("BADCHARSET");
    case K::Capability:
        return QByteArrayLiteral("CAPABILITY");
    case K::Parse:
        return QByteArrayLiteral("PARSE");
    case K::PermanentFlags:
        return QByteArrayLiteral("PERMANENTFLAGS");
    case K::ReadOnly:
        return QByteArrayLiteral("READ-ONLY");
    case K::ReadWrite:
        return QByteArrayLiteral("READ-WRITE");
    case K::TryCreate:
        return QByteArrayLiteral("TRYCREATE");
    case K::UidNext:
        return QByteArrayLiteral("UIDNEXT");
    case K::UidValidity:
        return QByteArrayLiteral("UIDVALIDITY");
    case K::Unseen:
        return QByteArrayLiteral("UNSEEN");
    case K::HighestModSeq:
        return QByteArrayLiteral("HIGHESTMODSEQ");
    case K::NoModSeq:
        return QByteArrayLiteral("NOMODSEQ");
    case K::Modified:
        return QByteArrayLiteral("MODIFIED");
    case K::AppendUid:
        return QByteArrayLiteral("APPENDUID");
    case K::CopyUid:
        return QByteArrayLiteral("COPYUID");
    case K::UidNotSticky:
        return QByteArrayLiteral("UIDNOTSTICKY");
    case K::Closed:
        return QByteArrayLiteral("CLOSED");
    case K::Referral:
        return QByteArrayLiteral("REFERRAL");
    case K::AppendLimit:
        return QByteArrayLiteral("APPENDLIMIT");
    case K::Metadata:
        return QByteArrayLiteral("METADATA");
    case K::Unavailable:
        return QByteArrayLiteral("UNAVAILABLE");
    case K::AuthenticationFailed:
        return QByteArrayLiteral("AUTHENTICATIONFAILED");
    case K::AuthorizationFailed:
        return QByteArrayLiteral("AUTHORIZATIONFAILED");
    case K::Expired:
        return QByteArrayLiteral("EXPIRED");
    case K::PrivacyRequired:
        return QByteArrayLiteral("PRIVACYREQUIRED");
    case K::ContactAdmin:
        return QByteArrayLiteral("CONTACTADMIN");
    case K::NoPerm:
        return QByteArrayLiteral("NOPERM");
    case K::InUse:
        return QByteArrayLiteral("INUSE");
    case K::ExpungeIssued:
        return QByteArrayLiteral("EXPUNGEISSUED");
    case K::Corruption:
        return QByteArrayLiteral("CORRUPTION");
    case K::ServerBug:
        return QByteArrayLiteral("SERVERBUG");
    case K::ClientBug:
        return QByteArrayLiteral("CLIENTBUG");
    case K::CannotDo:
        return QByteArrayLiteral("CANNOT");
    case K::Limit:
        return QByteArrayLiteral("LIMIT");
    case K::OverQuota:
        return QByteArrayLiteral("OVERQUOTA");
    case K::AlreadyExists:
        return QByteArrayLiteral("ALREADYEXISTS");
    case K::NonExistent:
        return QByteArrayLiteral("NONEXISTENT");
    case K::CompressionActive:
        return QByteArrayLiteral("COMPRESSIONACTIVE");
    case K::UseAttr:
        return QByteArrayLiteral("USEATTR");
    case K::NotSaved:
        return QByteArrayLiteral("NOTSAVED");
    case K::HasChildren:
        return QByteArrayLiteral("HASCHILDREN");
    case K::UnknownCte:
        return QByteArrayLiteral("UNKNOWN-CTE");
    case K::MailboxId:
        return QByteArrayLiteral("MAILBOXID");
    }
    return {};
}

QByteArray protocolErrorKindName(ProtocolError::Kind kind)
{
    using K = ProtocolError::Kind;
    switch (kind) {
    case K::Syntax:
        return QByteArrayLiteral("syntax");
    case K::NumberOutOfRange:
        return QByteArrayLiteral("number-out-of-range");
    case K::LineTooLong:
        return QByteArrayLiteral("line-too-long");
    case K::LiteralTooLarge:
        return QByteArrayLiteral("literal-too-large");
    case K::ResponseTooLarge:
        return QByteArrayLiteral("response-too-large");
    case K::NestingTooDeep:
        return QByteArrayLiteral("nesting-too-deep");
    case K::SinkWriteFailed:
        return QByteArrayLiteral("sink-write-failed");
    }
    return {};
}

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'a' && x <= 'z')
            x = char(x - 32);
        if (y >= 'a' && y <= 'z')
            y = char(y - 32);
        if (x != y)
            return false;
    }
    return true;
}

} // namespace Imap::Wire
