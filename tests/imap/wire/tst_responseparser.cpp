// Data-driven tests of Imap::Wire::ResponseParser. Every row is parsed whole, at every split
// point, byte by byte, and written back with ResponseWriter and parsed again.
//
// Row sources are named in the row: "rfc3501: ..." = example from the RFC text, "dovecot: ..."
// = bytes captured from Dovecot 2.3.19 (files in tests/data/dovecot-2.3.19), "quirk <server>:"
// = the deviation a server is documented or widely reported to send (rewritten, not captured).

#include "ParserTestSupport.h"

#include <QtCore/QBuffer>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtTest/QTest>

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#define LETTERTRAY_TEST_VECTOR_STATE 1
#endif

using namespace Imap::Wire;
using namespace ParserTestSupport;

class TestResponseParser : public QObject
{
    Q_OBJECT

private:
    // Checks that every way of feeding `input` gives the responses of the whole-buffer parse,
    // and that writing and re-parsing each response is exact.
    void checkInvariants(const QByteArray &input, const QList<Response> &whole);

private Q_SLOTS:
    void rows_data();
    void rows();
    void realSamples_data();
    void realSamples();
    void fetchTypedFields();
    void envelopeGroupsFromDovecot();
    void bodyStructureFromDovecot();
    void binaryLiteralWithNul();
    void responseCodesTyped();
    void threadTree();
    void lineTooLong();
    void literalTooLarge();
    void hugeLiteralAllocatesNothing();
    void literalSizeBeyond63Bits();
    void responseTooLarge();
    void tooManyLiterals();
    void literalBeyondResponseSize();
    void sinkLiteralTooLarge();
    void literalBeyond63BitsInDiscardedLine();
    void nestingTooDeep_data();
    void nestingTooDeep();
    void numbersOutOfRange_data();
    void numbersOutOfRange();
    void errorsCarryOffsets();
    void literalSink();
    void literalSinkWriteFailure();
    void handlerMode();
    void handlerKeepingNothingGetsFreshFetches();
    void ownedValuesAreIndependentAndTerminated();
    void repeatedAddressListsParseAlike();
    void repeatedFlagListsParseAlike();
    void reusedEnvelopesKeepWhatHandlersKeep();
    void responsesHandedBackToNextKeepWhatCallersKeep();
    void feedStartsWithCleanUpperVectorState();
    void numbersOfEveryLength();
    void fetchListsGrowByRelocation();
    void headerItemsAllocateNoExtras();
    void queueKeepsOrderAcrossBlocks();
    void resetForgetsPartialResponse();
    void parseOne();
};

static QString dataDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("LETTERTRAY_SOURCE_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment + QStringLiteral("/tests/data");
    return QStringLiteral(LETTERTRAY_TEST_DATA_DIR);
}

static void row(const char *name, const QByteArray &input, const QByteArray &expected = {})
{
    QTest::newRow(name) << input << (expected.isNull() ? input : expected);
}

void TestResponseParser::rows_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    // --- status responses (RFC 3501 / RFC 9051 examples) ---
    row("rfc3501: greeting", "* OK IMAP4rev1 Service Ready\r\n");
    row("rfc3501: tagged ok", "a001 OK LOGIN completed\r\n");
    row("rfc3501: bye", "* BYE Autologout; idle for too long\r\n");
    row("rfc3501: preauth", "* PREAUTH IMAP4rev1 server logged in as Smith\r\n");
    row("rfc3501: tagged no", "A223 NO COPY failed: disk is full\r\n");
    row("rfc3501: tagged bad", "A443 BAD Command unknown or arguments invalid\r\n");
    row("rfc3501: continuation", "+ Ready for additional command text\r\n");
    row("rfc3501: untagged bad", "* BAD Disk crash, attempting salvage to a new disk!\r\n");
    row("rfc4959: sasl continuation base64",
        "+ YGgGCSqGSIb3EgECAgIBAAD/////6jcyG4GE3KkTzBeBiVHeceP2CWY0SR0fAQAgAAQEBAQ=\r\n");
    row("quirk: continuation without text", "+\r\n", "+ \r\n");
    row("quirk: continuation without SP", "+Ready\r\n", "+ Ready\r\n");
    row("quirk: tagged ok without text", "a1 OK\r\n", "a1 OK \r\n");
    row("quirk: lower-case status", "a1 ok done\r\n", "a1 OK done\r\n");
    row("quirk: bare LF line end", "* 3 EXISTS\n", "* 3 EXISTS\r\n");
    row("quirk: text with bracket but no code", "* OK [not a code\r\n");
    row("quirk gmail: greeting", "* OK Gimap ready for requests from 192.0.2.1 a1mb123456wri\r\n");
    row("quirk exchange: greeting", "* OK The Microsoft Exchange IMAP4 service is ready. "
                                    "[TQBXADIAUABSADAANQBDAEEAMAAwADAA]\r\n");
    row("several responses", "* 1 EXISTS\r\n* 0 RECENT\r\na2 OK done\r\n");
    row("fuzzer: status text ending in a literal announcement", "a1 OK done {3}\r\nabc tail\r\n");

    // --- response codes ---
    row("rfc3501: READ-WRITE", "a003 OK [READ-WRITE] SELECT completed\r\n");
    row("rfc3501: READ-ONLY", "A142 OK [READ-ONLY] EXAMINE completed\r\n");
    row("rfc3501: UNSEEN", "* OK [UNSEEN 12] Message 12 is first unseen\r\n");
    row("rfc3501: UIDVALIDITY", "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n");
    row("rfc3501: UIDNEXT", "* OK [UIDNEXT 4392] Predicted next UID\r\n");
    row("rfc3501: PERMANENTFLAGS", "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n");
    row("rfc3501: TRYCREATE", "A003 NO [TRYCREATE] No such mailbox\r\n");
    row("rfc3501: ALERT", "* NO [ALERT] System shutdown in 10 minutes\r\n");
    row("rfc3501: PARSE", "* NO [PARSE] Invalid header in message 7\r\n");
    row("rfc3501: BADCHARSET list", "A1 NO [BADCHARSET (UTF-8 US-ASCII)] unsupported charset\r\n");
    row("rfc3501: CAPABILITY code",
        "* OK [CAPABILITY IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE "
        "AUTH=PLAIN] ready\r\n");
    row("rfc4315: APPENDUID", "A003 OK [APPENDUID 38505 3955] APPEND completed\r\n");
    row("rfc4315: COPYUID", "A004 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n");
    row("rfc4315: UIDNOTSTICKY", "* NO [UIDNOTSTICKY] Non-persistent UIDs\r\n");
    row("rfc7162: HIGHESTMODSEQ", "* OK [HIGHESTMODSEQ 715194045007] Highest\r\n");
    row("rfc7162: NOMODSEQ",
        "* OK [NOMODSEQ] Sorry, this mailbox format doesn't support modsequences\r\n");
    row("rfc7162: MODIFIED", "d105 OK [MODIFIED 7,9] Conditional STORE failed\r\n");
    row("rfc7162: CLOSED", "* OK [CLOSED] Previous mailbox closed\r\n");
    row("rfc2221: REFERRAL", "A001 NO [REFERRAL IMAP://user;AUTH=*@SERVER2/] Remote Server\r\n");
    row("rfc7889: APPENDLIMIT", "* OK [APPENDLIMIT 257890] Maximum message size\r\n");
    row("rfc5464: METADATA LONGENTRIES",
        "a OK [METADATA LONGENTRIES 2199] GETMETADATA complete\r\n");
    row("rfc5464: METADATA TOOMANY", "a NO [METADATA TOOMANY] Too many annotations\r\n");
    row("rfc8474: MAILBOXID", "3 OK [MAILBOXID (F2212ea87-6097-4256-9d51-71338625)] Completed\r\n");
    row("rfc4978: COMPRESSIONACTIVE", "a NO [COMPRESSIONACTIVE] DEFLATE active via TLS\r\n");
    row("rfc6154: USEATTR", "t3 NO [USEATTR] An \\Important mailbox already exists\r\n");
    row("rfc8970 / unknown code kept raw", "* OK [XYZZY foo (bar)] hm\r\n");
    row("quirk cyrus: URLMECH code", "* OK [URLMECH INTERNAL] Ok\r\n");
    row("quirk: lower-case code name", "* OK [uidnext 5] predicted\r\n");
    row("quirk: code without text", "* OK [READ-WRITE]\r\n", "* OK [READ-WRITE] \r\n");
    row("quirk: UIDNEXT with garbage kept raw", "* OK [UIDNEXT abc] x\r\n");
    for (const char *code : {"UNAVAILABLE", "AUTHENTICATIONFAILED", "AUTHORIZATIONFAILED",
                             "EXPIRED", "PRIVACYREQUIRED", "CONTACTADMIN", "NOPERM", "INUSE",
                             "EXPUNGEISSUED", "CORRUPTION", "SERVERBUG", "CLIENTBUG", "CANNOT",
                             "LIMIT", "OVERQUOTA", "ALREADYEXISTS", "NONEXISTENT"}) {
        const QByteArray line = "a1 NO [" + QByteArray(code) + "] rfc5530 example\r\n";
        QTest::newRow(qPrintable(QStringLiteral("rfc5530: %1").arg(QLatin1String(code))))
            << line << line;
    }

    // --- untagged data ---
    row("rfc3501: CAPABILITY", "* CAPABILITY IMAP4rev1 STARTTLS AUTH=GSSAPI LOGINDISABLED\r\n");
    row("quirk: CAPABILITY trailing space", "* CAPABILITY IMAP4rev1 IDLE \r\n",
        "* CAPABILITY IMAP4rev1 IDLE\r\n");
    row("quirk icloud: CAPABILITY",
        "* CAPABILITY XAPPLEPUSHSERVICE IMAP4 IMAP4rev1 SASL-IR AUTH=ATOKEN AUTH=PLAIN\r\n");
    row("rfc5161: ENABLED", "* ENABLED CONDSTORE QRESYNC\r\n");
    row("rfc3501: FLAGS", "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n");
    row("quirk yahoo: '*' flag without backslash",
        "* FLAGS (\\Answered \\Deleted \\Draft \\Flagged \\Seen $Forwarded *)\r\n");
    row("rfc3501: EXISTS", "* 23 EXISTS\r\n");
    row("rfc3501: RECENT", "* 5 RECENT\r\n");
    row("rfc3501: EXPUNGE", "* 44 EXPUNGE\r\n");
    row("quirk: lower-case EXISTS", "* 2 exists\r\n", "* 2 EXISTS\r\n");
    row("rfc3501: LIST atom mailbox", "* LIST (\\Noselect) \"/\" ~/Mail/foo\r\n",
        "* LIST (\\Noselect) \"/\" \"~/Mail/foo\"\r\n");
    row("rfc3501: LIST NIL delimiter", "* LIST (\\Noselect) NIL \"\"\r\n");
    row("rfc3501: LSUB", "* LSUB () \".\" #news.comp.mail.misc\r\n",
        "* LSUB () \".\" \"#news.comp.mail.misc\"\r\n");
    row("rfc5258: LIST CHILDINFO", "* LIST () \"/\" \"Foo\" (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n",
        "* LIST () \"/\" \"Foo\" (CHILDINFO (\"SUBSCRIBED\"))\r\n");
    row("rfc5258: LIST NonExistent",
        "* LIST (\\Subscribed \\NonExistent) \"/\" \"Fruit/Peach\"\r\n");
    row("rfc9051: LIST OLDNAME",
        "* LIST () \"/\" \"NewMailbox\" (\"OLDNAME\" (\"OldMailbox\"))\r\n",
        "* LIST () \"/\" \"NewMailbox\" (OLDNAME (\"OldMailbox\"))\r\n");
    row("rfc6154: LIST special-use", "* LIST (\\HasNoChildren \\Sent) \"/\" \"Sent Mail\"\r\n");
    row("quirk: LIST 8-bit quoted name", "* LIST () \"/\" \"Entw\xc3\xbcrfe\"\r\n");
    row("quirk: LIST literal name", "* LIST () \"/\" {9}\r\nwith\"quot\r\n",
        "* LIST () \"/\" \"with\\\"quot\"\r\n");
    row("quirk: LIST escaped delimiter", "* LIST () \"\\\\\" Sent\r\n",
        "* LIST () \"\\\\\" \"Sent\"\r\n");
    row("rfc3501: STATUS", "* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\n",
        "* STATUS \"blurdybloop\" (MESSAGES 231 UIDNEXT 44292)\r\n");
    row("rfc8438: STATUS SIZE", "* STATUS \"INBOX\" (MESSAGES 3 SIZE 5612345678)\r\n");
    row("rfc7889: STATUS APPENDLIMIT NIL", "* STATUS \"INBOX\" (APPENDLIMIT NIL UNSEEN 1)\r\n",
        "* STATUS \"INBOX\" (UNSEEN 1)\r\n");
    row("rfc9051: STATUS DELETED", "* STATUS \"INBOX\" (DELETED 2 UIDVALIDITY 1)\r\n",
        "* STATUS \"INBOX\" (UIDVALIDITY 1 DELETED 2)\r\n");
    row("quirk: STATUS unknown item", "* STATUS \"INBOX\" (X-GUID 12)\r\n");
    row("rfc3501: SEARCH", "* SEARCH 2 84 882\r\n");
    row("rfc3501: SEARCH empty", "* SEARCH\r\n");
    row("rfc7162: SEARCH MODSEQ", "* SEARCH 2 5 6 7 11 12 18 19 20 23 (MODSEQ 917162500)\r\n");
    row("quirk: SEARCH double and trailing spaces", "* SEARCH 1  2 \r\n", "* SEARCH 1 2\r\n");
    row("rfc5256: SORT", "* SORT 2 84 882\r\n");
    row("rfc4731: ESEARCH MIN COUNT", "* ESEARCH (TAG \"A282\") MIN 2 COUNT 3\r\n");
    row("rfc4731: ESEARCH ALL", "* ESEARCH (TAG \"A283\") ALL 2,10:11\r\n");
    row("rfc4731: ESEARCH UID", "* ESEARCH (TAG \"A285\") UID MIN 7 MAX 3800\r\n");
    row("rfc4731: ESEARCH nothing", "* ESEARCH (TAG \"A284\")\r\n");
    row("rfc5267: ESEARCH unknown return data", "* ESEARCH (TAG \"A1\") UID PARTIAL (1:2 4)\r\n");
    row("rfc5256: THREAD", "* THREAD (2)(3 6 (4 23)(44 7 96))\r\n");
    row("rfc5256: THREAD missing parent", "* THREAD ((3)(5))\r\n");
    row("rfc5256: THREAD empty", "* THREAD\r\n");
    row("rfc5256: THREAD nested chain", "* THREAD (1 (2 3))\r\n", "* THREAD (1 2 3)\r\n");
    row("rfc7162: VANISHED EARLIER", "* VANISHED (EARLIER) 300:310,405,411\r\n");
    row("rfc7162: VANISHED", "* VANISHED 405,407,410,425\r\n");
    row("rfc2342: NAMESPACE simple", "* NAMESPACE ((\"\" \"/\")) NIL NIL\r\n");
    row("rfc2342: NAMESPACE full",
        "* NAMESPACE ((\"\" \"/\")(\"#mh/\" \"/\" \"X-PARAM\" (\"FLAG1\" \"FLAG2\"))) "
        "((\"~\" \"/\")) ((\"#shared/\" \"/\")(\"#public/\" \"/\")(\"#ftp/\" \"/\")(\"#news.\" "
        "\".\"))\r\n");
    row("rfc2971: ID",
        "* ID (\"name\" \"Cyrus\" \"version\" \"1.5\" \"os\" \"sunos\" \"os-version\" "
        "\"5.5\" \"support-url\" \"mailto:cyrus-bugs+@andrew.cmu.edu\")\r\n");
    row("rfc2971: ID NIL", "* ID NIL\r\n");
    row("quirk: ID NIL value", "* ID (\"name\" NIL)\r\n");
    row("rfc2087: QUOTA", "* QUOTA \"\" (STORAGE 10 512)\r\n");
    row("rfc9208: QUOTA several", "* QUOTA \"#user/alice\" (STORAGE 54 111 MESSAGE 42 1000)\r\n");
    row("rfc2087: QUOTAROOT", "* QUOTAROOT INBOX \"\"\r\n", "* QUOTAROOT \"INBOX\" \"\"\r\n");
    row("rfc4314: ACL", "* ACL INBOX Fred rwipsldexta\r\n",
        "* ACL \"INBOX\" \"Fred\" \"rwipsldexta\"\r\n");
    row("rfc4314: LISTRIGHTS", "* LISTRIGHTS ~/Mail/saved smith la r swicdkxte\r\n",
        "* LISTRIGHTS \"~/Mail/saved\" \"smith\" \"la\" \"r\" \"swicdkxte\"\r\n");
    row("rfc4314: MYRIGHTS", "* MYRIGHTS INBOX rwiptsldaex\r\n",
        "* MYRIGHTS \"INBOX\" \"rwiptsldaex\"\r\n");
    row("rfc5464: METADATA values", "* METADATA \"\" (/shared/comment \"Shared comment\")\r\n",
        "* METADATA \"\" (\"/shared/comment\" \"Shared comment\")\r\n");
    row("rfc5464: METADATA unsolicited", "* METADATA \"\" /shared/comment /private/comment\r\n",
        "* METADATA \"\" \"/shared/comment\" \"/private/comment\"\r\n");
    row("unknown untagged kept raw", "* XAPPLEPUSHSERVICE \"aps-version\" \"2\"\r\n");
    row("unknown numbered kept raw", "* 3 XMOVED 5\r\n");
    row("unknown untagged with literal", "* XFOO {3}\r\nabc tail\r\n");

    // --- FETCH ---
    row("rfc3501: FETCH flags uid", "* 23 FETCH (FLAGS (\\Seen) UID 4827313)\r\n",
        "* 23 FETCH (UID 4827313 FLAGS (\\Seen))\r\n");
    row("rfc3501: FETCH envelope and body",
        "* 12 FETCH (FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" RFC822.SIZE 4286 "
        "ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev1 WG mtg summary and "
        "minutes\" ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL "
        "\"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
        "((NIL NIL \"imap\" \"cac.washington.edu\")) ((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")"
        "(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL "
        "\"<B27397-0100000@cac.washington.edu>\") BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" "
        "\"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\n",
        "* 12 FETCH (FLAGS (\\Seen) RFC822.SIZE 4286 INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" "
        "ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev1 WG mtg summary and "
        "minutes\" ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL "
        "\"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
        "((NIL NIL \"imap\" \"cac.washington.edu\")) ((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")"
        "(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL "
        "\"<B27397-0100000@cac.washington.edu>\") BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" "
        "\"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\n");
    row("rfc3501: FETCH BODY[] literal", "* 1 FETCH (BODY[] {3}\r\nabc)\r\n",
        "* 1 FETCH (BODY[] \"abc\")\r\n");
    row("rfc3501: FETCH partial origin", "* 1 FETCH (BODY[TEXT]<0> {3}\r\nabc UID 2)\r\n",
        "* 1 FETCH (UID 2 BODY[TEXT]<0> \"abc\")\r\n");
    row("rfc3501: FETCH header fields",
        "* 2 FETCH (BODY[HEADER.FIELDS (DATE FROM)] {8}\r\nDate: x\n)\r\n",
        "* 2 FETCH (BODY[HEADER.FIELDS (DATE FROM)] {8}\r\nDate: x\n)\r\n");
    row("rfc3501: FETCH BODY[] NIL", "* 1 FETCH (BODY[1] NIL)\r\n");
    row("rfc3501: FETCH RFC822.HEADER", "* 1 FETCH (RFC822.HEADER {2}\r\n\r\n)\r\n");
    row("rfc3501: FETCH RFC822.TEXT", "* 1 FETCH (RFC822.TEXT \"hi\")\r\n");
    row("rfc3501: FETCH empty literal", "* 1 FETCH (BODY[1] {0}\r\n)\r\n",
        "* 1 FETCH (BODY[1] \"\")\r\n");
    row("rfc3516: FETCH BINARY.SIZE", "* 1 FETCH (BINARY.SIZE[1] 2012)\r\n");
    row("rfc7162: FETCH MODSEQ", "* 4 FETCH (UID 8 MODSEQ (65402) FLAGS (\\Seen))\r\n",
        "* 4 FETCH (UID 8 FLAGS (\\Seen) MODSEQ (65402))\r\n");
    row("rfc7162: FETCH MODSEQ 63 bits", "* 4 FETCH (MODSEQ (9223372036854775807))\r\n");
    row("rfc8970: FETCH PREVIEW", "* 1 FETCH (PREVIEW \"Hello, this is a sample.\")\r\n");
    row("rfc8970: FETCH PREVIEW NIL", "* 2 FETCH (PREVIEW NIL)\r\n");
    row("draft preview: FETCH PREVIEW (FUZZY)", "* 2 FETCH (PREVIEW (FUZZY) \"x\")\r\n",
        "* 2 FETCH (PREVIEW \"x\")\r\n");
    row("rfc8474: FETCH EMAILID THREADID",
        "* 3 FETCH (EMAILID (M6d99ac3275bb4e) THREADID (T64b478a75b7ea9))\r\n");
    row("rfc8474: FETCH THREADID NIL", "* 2 FETCH (THREADID NIL UID 1)\r\n",
        "* 2 FETCH (UID 1)\r\n");
    row("gmail docs: X-GM-* items",
        "* 1 FETCH (X-GM-THRID 1278455344230334865 X-GM-MSGID 1278455344230334865 UID 5 "
        "X-GM-LABELS (\\Inbox \\Sent Important \"Muy Importante\") FLAGS ())\r\n",
        "* 1 FETCH (UID 5 FLAGS () X-GM-MSGID 1278455344230334865 X-GM-THRID 1278455344230334865 "
        "X-GM-LABELS (\"\\\\Inbox\" \"\\\\Sent\" \"Important\" \"Muy Importante\"))\r\n");
    row("quirk: FETCH lower-case items", "* 1 fetch (uid 5 flags (\\seen))\r\n",
        "* 1 FETCH (UID 5 FLAGS (\\seen))\r\n");
    row("quirk: FETCH mixed-case item names of every length",
        "* 1 FETCH (Uid 7 Rfc822.Size 44 InternalDate \"17-Jul-1996 02:44:25 -0700\" "
        "x-Gm-MsgId 9 EnvelopE (NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL) ModSeq (12))\r\n",
        "* 1 FETCH (UID 7 RFC822.SIZE 44 INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" ENVELOPE (NIL "
        "NIL NIL NIL NIL NIL NIL NIL NIL NIL) MODSEQ (12) X-GM-MSGID 9)\r\n");
    // Case folding applies to letters only: a byte that differs from '.' in the 0x20 bit is
    // another name, kept raw as an unknown item.
    row("FETCH item name that only case-folds to RFC822.SIZE", "* 1 FETCH (RFC822\x0eSIZE 44)\r\n");
    row("quirk: RFC822.SIZE -1", "* 1 FETCH (UID 1 RFC822.SIZE -1)\r\n", "* 1 FETCH (UID 1)\r\n");
    row("quirk: FETCH extra spaces", "* 1 FETCH ( UID 1  FLAGS ( \\Seen ) )\r\n",
        "* 1 FETCH (UID 1 FLAGS (\\Seen))\r\n");
    row("quirk: spaces between addresses",
        "* 1 FETCH (ENVELOPE (NIL NIL ((NIL NIL \"a\" \"b\") (NIL NIL \"c\" \"d\")) NIL NIL NIL "
        "NIL "
        "NIL NIL NIL))\r\n",
        "* 1 FETCH (ENVELOPE (NIL NIL ((NIL NIL \"a\" \"b\")(NIL NIL \"c\" \"d\")) NIL NIL NIL NIL "
        "NIL NIL NIL))\r\n");
    row("quirk: 8-bit subject in quoted string",
        "* 1 FETCH (ENVELOPE (NIL \"Gr\xfc\xdf\x65\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n");
    row("quirk: envelope address as empty list",
        "* 1 FETCH (ENVELOPE (NIL NIL () NIL NIL NIL NIL NIL NIL NIL))\r\n",
        "* 1 FETCH (ENVELOPE (NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL))\r\n");
    row("quirk exchange: bodystructure -1 sizes and NIL params",
        "* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" -1 -1 NIL NIL NIL "
        "NIL))\r\n",
        "* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 0 NIL NIL NIL "
        "NIL))\r\n");
    row("quirk: bodystructure text without lines",
        "* 1 FETCH (BODY (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 10))\r\n");
    row("quirk: message/rfc822 without envelope",
        "* 1 FETCH (BODY (\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 10))\r\n");
    row("quirk: single language as string",
        "* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 3 1 NIL NIL \"en\" "
        "NIL))\r\n",
        "* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 3 1 NIL NIL (\"en\") "
        "NIL))\r\n");
    row("rfc3501: bodystructure extension data kept",
        "* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 3 1 NIL NIL NIL NIL "
        "(1 2) \"x\"))\r\n");
    row("rfc3501: multipart without extension", "* 1 FETCH (BODY ((\"TEXT\" \"PLAIN\" NIL NIL NIL "
                                                "\"7BIT\" 1 1)(\"TEXT\" \"HTML\" NIL NIL NIL "
                                                "\"7BIT\" 1 1) \"ALTERNATIVE\"))\r\n");
    row("malformed item does not lose the rest",
        "* 1 FETCH (UID 7 ENVELOPE (garbage) FLAGS (\\Seen) RFC822.SIZE 10)\r\n",
        "* 1 FETCH (UID 7 FLAGS (\\Seen) RFC822.SIZE 10 ENVELOPE (garbage))\r\n");
    row("malformed BODYSTRUCTURE kept raw", "* 2 FETCH (BODYSTRUCTURE (\"text\") UID 9)\r\n",
        "* 2 FETCH (UID 9 BODYSTRUCTURE (\"text\"))\r\n");
    row("malformed UID kept raw", "* 2 FETCH (UID abc FLAGS ())\r\n",
        "* 2 FETCH (FLAGS () UID abc)\r\n");
    row("fuzzer: malformed item without a space",
        "* 4 FETCH (UID 4 FAL\\(G SSeen) MODSEQ (12))\r\n",
        "* 4 FETCH (UID 4 MODSEQ (12) FAL\\(G SSeen))\r\n");
    row("quirk: section data as atom", "* 4 FETCH (BODY[1] text UID 2)\r\n",
        "* 4 FETCH (UID 2 BODY[1] \"text\")\r\n");
    row("malformed section item", "* 4 FETCH (BODY[1] (x) UID 2)\r\n",
        "* 4 FETCH (UID 2 BODY[1] (x))\r\n");
    row("unknown FETCH item kept raw", "* 1 FETCH (X-FOO (1 2 \"x\") UID 3)\r\n",
        "* 1 FETCH (UID 3 X-FOO (1 2 \"x\"))\r\n");
    row("unknown FETCH item with section", "* 1 FETCH (X-SNIPPET[1]<0> \"x\" UID 3)\r\n",
        "* 1 FETCH (UID 3 X-SNIPPET[1]<0> \"x\")\r\n");

    // --- errors: the stream goes on after them ---
    row("error: unknown tagged status", "a1 FOO bar\r\n* 1 EXISTS\r\n",
        "!syntax\r\n* 1 EXISTS\r\n");
    row("error: empty line", "\r\n* 1 EXISTS\r\n", "!syntax\r\n* 1 EXISTS\r\n");
    row("error: garbage line", "hello\r\n", "!syntax\r\n");
    row("error: unterminated FETCH", "* 1 FETCH (UID 5\r\n", "!syntax\r\n");
    row("error: FETCH without list", "* 1 FETCH UID 5)\r\n", "!syntax\r\n");
    row("error: SEARCH with atom", "* SEARCH 1 x\r\n", "!syntax\r\n");
    row("error: LIST without mailbox", "* LIST (\\Noselect) \"/\"\r\n", "!syntax\r\n");
    row("error: unterminated quoted", "* LIST () \"/\" \"abc\r\n", "!syntax\r\n");
    row("error: THREAD zero", "* THREAD (0)\r\n", "!syntax\r\n");
    row("error: THREAD unbalanced", "* THREAD (1\r\n", "!syntax\r\n");
    row("error: THREAD empty list", "* THREAD ()\r\n", "!syntax\r\n");
    row("error: trailing garbage", "* 1 EXISTS now\r\n", "!syntax\r\n");
    row("error: UID out of range", "* 1 FETCH (UID 4294967296)\r\n", "!number-out-of-range\r\n");
    row("error: EXISTS out of range", "* 4294967296 EXISTS\r\n", "!number-out-of-range\r\n");
    row("error: MODSEQ out of range", "* 1 FETCH (MODSEQ (9223372036854775808))\r\n",
        "!number-out-of-range\r\n");
    row("error: UIDNEXT out of range", "* OK [UIDNEXT 99999999999] x\r\n",
        "!number-out-of-range\r\n");
    row("error: literal beyond 63 bits is fatal",
        "* 1 FETCH (BODY[] {99999999999999999999}\r\nabc\r\n* 1 EXISTS\r\n",
        "!literal-too-large\r\n");
}

void TestResponseParser::checkInvariants(const QByteArray &input, const QList<Response> &whole)
{
    for (qsizetype at = 0; at <= input.size(); ++at) {
        if (!identical(parseSplitAt(input, at), whole))
            QFAIL(qPrintable(QStringLiteral("different result when split at %1").arg(at)));
    }
    QVERIFY2(identical(parseChunked(input, 1), whole), "byte by byte differs");
    QVERIFY2(identical(parseChunked(input, 7), whole), "7-byte pieces differ");
    for (const Response &r : whole) {
        if (r.is<ProtocolError>())
            continue;
        const QByteArray written = ResponseWriter::write(r);
        const QList<Response> again = parseChunked(written, 0);
        QCOMPARE(again.size(), 1);
        if (!(again.first() == r))
            QFAIL(QByteArray("round trip differs: " + written).constData());
    }
}

void TestResponseParser::rows()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QList<Response> whole = parseChunked(input, 0);
    QCOMPARE(render(whole), expected);
    checkInvariants(input, whole);
}

// Real server bytes from tests/data: each file names its source and the number of responses.
void TestResponseParser::realSamples_data()
{
    QTest::addColumn<QString>("path");
    const QString root = dataDirectory();
    QDirIterator it(root, {QStringLiteral("*.imap")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    if (files.isEmpty())
        QTest::newRow("no samples found") << QString();
    for (const QString &file : files)
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(file))) << file;
}

static QByteArray headerValue(const QByteArray &data, const QByteArray &name)
{
    for (const QByteArray &line : data.split('\n')) {
        if (!line.startsWith('#'))
            break;
        if (line.startsWith(QByteArray("# " + name + ":")))
            return line.mid(name.size() + 3).trimmed();
    }
    return {};
}

static QByteArray payloadOf(const QByteArray &data)
{
    qsizetype pos = 0;
    while (pos < data.size() && data[pos] == '#') {
        const qsizetype lf = data.indexOf('\n', pos);
        if (lf < 0)
            return {};
        pos = lf + 1;
    }
    return data.mid(pos);
}

void TestResponseParser::realSamples()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), "sample missing: check tests/data");
    const QByteArray data = file.readAll();
    QVERIFY2(!headerValue(data, "source").isEmpty(), "sample without a source line");
    const QByteArray payload = payloadOf(data);
    const QList<Response> whole = parseChunked(payload, 0);
    const int expectedErrors = headerValue(data, "errors").toInt();
    int errors = 0;
    for (const Response &r : whole) {
        if (const auto *error = r.get<ProtocolError>()) {
            ++errors;
            qWarning() << "protocol error" << error->message << "at" << error->offset;
        }
    }
    QCOMPARE(errors, expectedErrors);
    QCOMPARE(whole.size(), headerValue(data, "responses").toInt());
    checkInvariants(payload, whole);
}

void TestResponseParser::fetchTypedFields()
{
    const Response r = ResponseParser::parseOne(
        "* 12 FETCH (FLAGS (\\Seen $Forwarded) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" "
        "RFC822.SIZE 4286 UID 99 MODSEQ (12345678901) ENVELOPE (\"Wed, 17 Jul 1996\" {5}\r\n"
        "Hello ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) NIL NIL NIL NIL NIL "
        "\"<a@b>\" \"<c@d>\") BODY[HEADER]<10> {4}\r\nabcd)\r\n");
    const Fetch *fetch = r.get<Fetch>();
    QVERIFY(fetch);
    QCOMPARE(fetch->sequence, 12u);
    QCOMPARE(fetch->uid, std::optional<quint32>(99));
    QCOMPARE(*fetch->flags, (QList<QByteArray>{"\\Seen", "$Forwarded"}));
    QCOMPARE(fetch->rfc822Size, std::optional<quint64>(4286));
    QCOMPARE(fetch->modSeq, std::optional<quint64>(12345678901ull));
    QCOMPARE(fetch->internalDate, QByteArray("17-Jul-1996 02:44:25 -0700"));
    QVERIFY(fetch->envelope);
    QCOMPARE(fetch->envelope->subject, QByteArray("Hello"));
    QCOMPARE(fetch->envelope->from.size(), 1);
    QCOMPARE(fetch->envelope->from[0].name, QByteArray("Terry Gray"));
    QVERIFY(fetch->envelope->from[0].adl.isNull());
    QCOMPARE(fetch->envelope->from[0].host, QByteArray("cac.washington.edu"));
    QVERIFY(fetch->envelope->sender.isEmpty());
    QCOMPARE(fetch->envelope->inReplyTo, QByteArray("<a@b>"));
    QCOMPARE(fetch->envelope->messageId, QByteArray("<c@d>"));
    QCOMPARE(fetch->extras->sections.size(), 1);
    QCOMPARE(fetch->extras->sections[0].item, QByteArray("BODY"));
    QCOMPARE(fetch->extras->sections[0].section, QByteArray("HEADER"));
    QCOMPARE(fetch->extras->sections[0].origin, std::optional<quint32>(10));
    QCOMPARE(fetch->extras->sections[0].data, QByteArray("abcd"));
    QCOMPARE(r.offset, 0);
}

static QList<Response> sample(const char *name)
{
    QFile file(dataDirectory() + QStringLiteral("/dovecot-2.3.19/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseChunked(payloadOf(file.readAll()), 0);
}

void TestResponseParser::envelopeGroupsFromDovecot()
{
    const QList<Response> responses = sample("fetch-envelope.imap");
    QVERIFY(responses.size() >= 4);
    const Fetch *fetch = responses[1].get<Fetch>();
    QVERIFY(fetch && fetch->envelope);
    // To: undisclosed-recipients:;  -> group start + group end
    const QList<Address> &to = fetch->envelope->to;
    QCOMPARE(to.size(), 2);
    QCOMPARE(to[0].mailbox, QByteArray("undisclosed-recipients"));
    QVERIFY(to[0].host.isNull());
    QVERIFY(to[1].mailbox.isNull() && to[1].host.isNull());
    // Cc: Team: dave@..., "Eve \"E\" Doe" <eve@...>;  (the name came as a literal)
    const QList<Address> &cc = fetch->envelope->cc;
    QCOMPARE(cc.size(), 4);
    QCOMPARE(cc[0].mailbox, QByteArray("Team"));
    QCOMPARE(cc[2].name, QByteArray("Eve \"E\" Doe"));
    QCOMPARE(cc[2].host, QByteArray("example.com"));
    // Subject with tab, quotes and backslash came as a literal too.
    const Fetch *fourth = responses[3].get<Fetch>();
    QVERIFY(fourth && fourth->envelope);
    // Dovecot turns the tab into a space; the quotes and the backslash forced a literal.
    QCOMPARE(fourth->envelope->subject, QByteArray("tab here \"quoted\" \\ backslash"));
    QCOMPARE(fourth->envelope->from[0].name, QByteArray("Odd {5} Name"));
}

void TestResponseParser::bodyStructureFromDovecot()
{
    const QList<Response> responses = sample("fetch-bodystructure.imap");
    QVERIFY(responses.size() >= 3);
    const Fetch *fetch = responses[2].get<Fetch>();
    QVERIFY(fetch && fetch->extras->bodyStructure);
    const BodyStructure &root = *fetch->extras->bodyStructure;
    QVERIFY(root.multipart);
    QCOMPARE(root.subtype, QByteArray("mixed"));
    QCOMPARE(root.parameters, (QList<ByteArrayPair>{{"boundary", "mix"}}));
    QCOMPARE(root.parts.size(), size_t(3));
    const BodyStructure &pdf = root.parts[1];
    QCOMPARE(pdf.type, QByteArray("application"));
    QCOMPARE(pdf.encoding, QByteArray("base64"));
    QCOMPARE(pdf.size, 72u);
    QCOMPARE(pdf.md5, QByteArray("Q2hlY2sgSW50ZWdyaXR5IQ=="));
    QVERIFY(pdf.disposition);
    QCOMPARE(pdf.disposition->type, QByteArray("attachment"));
    QCOMPARE(pdf.disposition->parameters, (QList<ByteArrayPair>{{"filename", "report.pdf"}}));
    QCOMPARE(pdf.language, (QList<QByteArray>{"en", "de"}));
    QCOMPARE(pdf.location, QByteArray("http://example.com/report.pdf"));
    const BodyStructure &message = root.parts[2];
    QVERIFY(message.envelope);
    QCOMPARE(message.envelope->subject, QByteArray("Forwarded inner message"));
    QCOMPARE(message.parts.size(), size_t(1));
    QCOMPARE(message.parts[0].lines, std::optional<quint64>(1));
    QCOMPARE(message.lines, std::optional<quint64>(8));
}

void TestResponseParser::binaryLiteralWithNul()
{
    const QByteArray input("* 1 FETCH (BINARY[1] ~{3}\r\na\0b)\r\n", 33);
    const QList<Response> responses = parseChunked(input, 0);
    QCOMPARE(responses.size(), 1);
    const Fetch *fetch = responses[0].get<Fetch>();
    QVERIFY(fetch);
    QCOMPARE(fetch->extras->sections[0].item, QByteArray("BINARY"));
    QCOMPARE(fetch->extras->sections[0].data, QByteArray("a\0b", 3));
    checkInvariants(input, responses);
}

void TestResponseParser::responseCodesTyped()
{
    using K = ResponseCode::Kind;
    Response r = ResponseParser::parseOne("A004 OK [COPYUID 38505 304,319:320 3956:3958] Done");
    const TaggedStatus *tagged = r.get<TaggedStatus>();
    QVERIFY(tagged);
    QCOMPARE(tagged->tag, QByteArray("A004"));
    QCOMPARE(tagged->code.kind, K::CopyUid);
    QCOMPARE(tagged->code.uidValidity, 38505u);
    QCOMPARE(tagged->code.sourceUids, (NumberRanges{{304, 304}, {319, 320}}));
    QCOMPARE(tagged->code.uids, (NumberRanges{{3956, 3958}}));
    QCOMPARE(tagged->text, QByteArray("Done"));

    r = ResponseParser::parseOne("* OK [PERMANENTFLAGS (\\Deleted \\*)] Limited");
    const UntaggedStatus *untagged = r.get<UntaggedStatus>();
    QVERIFY(untagged);
    QCOMPARE(untagged->code.kind, K::PermanentFlags);
    QCOMPARE(untagged->code.list, (QList<QByteArray>{"\\Deleted", "\\*"}));

    r = ResponseParser::parseOne("* OK [HIGHESTMODSEQ 715194045007] x");
    QCOMPARE(r.get<UntaggedStatus>()->code.number, std::optional<quint64>(715194045007ull));

    r = ResponseParser::parseOne("a NO [BADCHARSET (UTF-8 \"US ASCII\")] no");
    QCOMPARE(r.get<TaggedStatus>()->code.list, (QList<QByteArray>{"UTF-8", "US ASCII"}));

    r = ResponseParser::parseOne("* OK [XFOO a b] x");
    QCOMPARE(r.get<UntaggedStatus>()->code.kind, K::Other);
    QCOMPARE(r.get<UntaggedStatus>()->code.name, QByteArray("XFOO"));
    QCOMPARE(r.get<UntaggedStatus>()->code.rawArguments, QByteArray("a b"));

    r = ResponseParser::parseOne("a NO [AUTHENTICATIONFAILED] Authentication failed.");
    QCOMPARE(r.get<TaggedStatus>()->code.kind, K::AuthenticationFailed);
    QCOMPARE(r.get<TaggedStatus>()->status, Status::No);

    r = ResponseParser::parseOne("+ [ALERT] look");
    QCOMPARE(r.get<ContinuationRequest>()->code.kind, K::Alert);
    QCOMPARE(r.get<ContinuationRequest>()->text, QByteArray("look"));
}

void TestResponseParser::threadTree()
{
    const Response r = ResponseParser::parseOne("* THREAD (2)(3 6 (4 23)(44 7 96))((1)(5))");
    const Thread *thread = r.get<Thread>();
    QVERIFY(thread);
    const QList<ThreadNode> expected{{2, -1}, {3, -1}, {6, 1},  {4, 2}, {23, 3}, {44, 2},
                                     {7, 5},  {96, 6}, {0, -1}, {1, 8}, {5, 8}};
    QCOMPARE(thread->nodes, expected);
}

void TestResponseParser::lineTooLong()
{
    ParserLimits limits;
    limits.maxLineLength = 100;
    const QByteArray longLine = "* OK " + QByteArray(200, 'x') + "\r\n";
    const QByteArray input = longLine + "* 1 EXISTS\r\n";
    const QList<Response> responses = parseChunked(input, 0, limits);
    QCOMPARE(render(responses), QByteArray("!line-too-long\r\n* 1 EXISTS\r\n"));
    QCOMPARE(responses[0].get<ProtocolError>()->offset, 102);
    for (qsizetype chunk : {1, 3, 64})
        QVERIFY(identical(parseChunked(input, chunk, limits), responses));
    // Exactly at the limit is fine.
    const QByteArray atLimit = "* OK " + QByteArray(95, 'x') + "\r\n";
    QVERIFY(parseChunked(atLimit, 0, limits).first().is<UntaggedStatus>());
    // A too-long line announcing a literal: the literal is skipped too, framing holds.
    const QByteArray withLiteral = "* 1 FETCH (BODY[] " + QByteArray(200, 'x') +
                                   " {5}\r\n)\r\n)\r\n"
                                   "* 2 EXISTS\r\n";
    QCOMPARE(render(parseChunked(withLiteral, 0, limits)),
             QByteArray("!line-too-long\r\n* 2 EXISTS\r\n"));
    QCOMPARE(render(parseChunked(withLiteral, 1, limits)),
             QByteArray("!line-too-long\r\n* 2 EXISTS\r\n"));
}

void TestResponseParser::literalTooLarge()
{
    ParserLimits limits;
    limits.maxLiteralSize = 10;
    const QByteArray input =
        "* 1 FETCH (BODY[] {20}\r\n" + QByteArray(20, 'a') + ")\r\n* 3 EXISTS\r\n";
    const QList<Response> responses = parseChunked(input, 0, limits);
    QCOMPARE(render(responses), QByteArray("!literal-too-large\r\n* 3 EXISTS\r\n"));
    QCOMPARE(responses[0].get<ProtocolError>()->offset, 24);
    for (qsizetype at = 0; at <= input.size(); ++at)
        QVERIFY(identical(parseSplitAt(input, at, limits), responses));
}

void TestResponseParser::hugeLiteralAllocatesNothing()
{
    // The server announces 4 GiB and sends 1 MiB: the error is immediate, memory stays small
    // (the parser skips, it does not store), and after the announced bytes framing resumes.
    ResponseParser parser;
    parser.feed("* 1 FETCH (BODY[] {4294967295}\r\n");
    Response response;
    QVERIFY(parser.next(response));
    QCOMPARE(response.get<ProtocolError>()->kind, ProtocolError::Kind::LiteralTooLarge);
    QVERIFY(!response.get<ProtocolError>()->fatal);
    const QByteArray megabyte(1024 * 1024, 'z');
    for (int i = 0; i < 4; ++i)
        parser.feed(megabyte);
    QVERIFY(parser.isInsideResponse());
    QVERIFY(!parser.next(response));
}

void TestResponseParser::literalSizeBeyond63Bits()
{
    ResponseParser parser;
    parser.feed("* 1 FETCH (BODY[] {18446744073709551616}\r\n* 1 EXISTS\r\n");
    const QList<Response> responses = drain(parser);
    QCOMPARE(responses.size(), 1);
    QVERIFY(responses[0].get<ProtocolError>()->fatal);
    QVERIFY(parser.hasFailed());
    parser.feed("* 2 EXISTS\r\n");
    QCOMPARE(parser.pendingCount(), 0);
}

void TestResponseParser::responseTooLarge()
{
    ParserLimits limits;
    limits.maxResponseSize = 64;
    QByteArray input = "* 1 FETCH (BODY[1] {30}\r\n" + QByteArray(30, 'a') + " BODY[2] {30}\r\n" +
                       QByteArray(30, 'b') + ")\r\n* 4 EXISTS\r\n";
    const QList<Response> responses = parseChunked(input, 0, limits);
    QCOMPARE(render(responses), QByteArray("!response-too-large\r\n* 4 EXISTS\r\n"));
    for (qsizetype at = 0; at <= input.size(); ++at)
        QVERIFY(identical(parseSplitAt(input, at, limits), responses));
    // Many short lines of one response count too.
    QByteArray lines = "* 1 FETCH (BODY[1] {1}\r\nx";
    for (int i = 0; i < 20; ++i)
        lines += " X {1}\r\nx";
    lines += ")\r\n";
    QCOMPARE(render(parseChunked(lines, 0, limits)), QByteArray("!response-too-large\r\n"));
}

void TestResponseParser::tooManyLiterals()
{
    ParserLimits limits;
    limits.maxLiteralsPerResponse = 3;
    auto fetchWith = [](int literals, const char *size) -> QByteArray {
        QByteArray input = "* 1 FETCH (UID 1";
        for (int i = 1; i <= literals; ++i)
            input += " BODY[" + QByteArray::number(i) + "] {" + size + "}\r\n" +
                     (qstrcmp(size, "0") == 0 ? QByteArray() : QByteArray("x"));
        return input + ")\r\n* 4 EXISTS\r\n";
    };
    // At the limit the response is whole; one more literal (also an empty one) is an error and
    // the stream resumes with the next response.
    const QList<Response> atLimit = parseChunked(fetchWith(3, "1"), 0, limits);
    QCOMPARE(atLimit.size(), 2);
    QVERIFY(atLimit[0].is<Fetch>());
    for (const char *size : {"1", "0"}) {
        const QByteArray input = fetchWith(4, size);
        const QList<Response> responses = parseChunked(input, 0, limits);
        QCOMPARE(render(responses), QByteArray("!response-too-large\r\n* 4 EXISTS\r\n"));
        for (qsizetype at = 0; at <= input.size(); ++at)
            QVERIFY(identical(parseSplitAt(input, at, limits), responses));
    }
}

// Literal bytes that hold a line of their own: read as lines instead of skipped as a
// literal, they would give a response (* 9 EXISTS) the server never sent.
static QByteArray literal(qsizetype size)
{
    const QByteArray line = "\r\n* 9 EXISTS\r\n";
    return line + QByteArray(size - line.size(), 'a');
}

void TestResponseParser::literalBeyondResponseSize()
{
    // The line fits, the literal it announces would not: refused before its bytes arrive,
    // then skipped.
    ParserLimits limits;
    limits.maxResponseSize = 64;
    const QByteArray input = "* 1 FETCH (BODY[] {50}\r\n" + literal(50) + ")\r\n* 3 EXISTS\r\n";
    const QList<Response> responses = parseChunked(input, 0, limits);
    QCOMPARE(render(responses), QByteArray("!response-too-large\r\n* 3 EXISTS\r\n"));
    const ProtocolError *error = responses[0].get<ProtocolError>();
    QCOMPARE(error->offset, 24);
    QVERIFY(!error->fatal);
    QCOMPARE(error->message, QByteArray("literal exceeds the response size limit"));
    for (qsizetype at = 0; at <= input.size(); ++at)
        QVERIFY(identical(parseSplitAt(input, at, limits), responses));
}

void TestResponseParser::sinkLiteralTooLarge()
{
    // A literal bound for the sink has its own limit; beyond it nothing reaches the sink and
    // the stream goes on after the literal.
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::ReadWrite));
    ParserLimits limits;
    limits.maxSinkLiteralSize = 10;
    ResponseParser parser(limits);
    parser.setLiteralSink(&sink, 1);
    const QByteArray input = "* 1 FETCH (BODY[] {20}\r\n" + literal(20) + ")\r\n* 3 EXISTS\r\n";
    parser.feed(input);
    const QList<Response> responses = drain(parser);
    QCOMPARE(render(responses), QByteArray("!literal-too-large\r\n* 3 EXISTS\r\n"));
    const ProtocolError *error = responses[0].get<ProtocolError>();
    QCOMPARE(error->offset, 24);
    QVERIFY(!error->fatal);
    QCOMPARE(error->message, QByteArray("literal exceeds the sink literal size limit"));
    QVERIFY(sink.data().isEmpty());
    QVERIFY(!parser.hasFailed());
}

void TestResponseParser::literalBeyond63BitsInDiscardedLine()
{
    // A line already being skipped (too long) that ends announcing a literal beyond 63 bits:
    // its size cannot be skipped either, so the stream is lost.
    ParserLimits limits;
    limits.maxLineLength = 100;
    const QByteArray input = "* 1 FETCH (BODY[] " + QByteArray(200, 'x') +
                             " {99999999999999999999}\r\nabc\r\n* 1 EXISTS\r\n";
    for (qsizetype chunk : {0, 1, 7}) {
        ResponseParser parser(limits);
        const qsizetype step = chunk > 0 ? chunk : input.size();
        for (qsizetype i = 0; i < input.size(); i += step)
            parser.feed(QByteArrayView(input).sliced(i, qMin(step, input.size() - i)));
        const QList<Response> responses = drain(parser);
        QCOMPARE(render(responses), QByteArray("!line-too-long\r\n!literal-too-large\r\n"));
        const ProtocolError *error = responses[1].get<ProtocolError>();
        QVERIFY(error->fatal);
        QCOMPARE(error->message, QByteArray("literal size does not fit 63 bits"));
        QCOMPARE(error->offset, input.indexOf("\r\nabc") + 1);
        QVERIFY(parser.hasFailed());
    }
}

void TestResponseParser::nestingTooDeep_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("suffix");
    QTest::newRow("fetch unknown item") << QByteArray("* 1 FETCH (X-FOO ") << QByteArray(")");
    QTest::newRow("bodystructure") << QByteArray("* 1 FETCH (BODYSTRUCTURE ") << QByteArray(")");
    QTest::newRow("thread") << QByteArray("* THREAD ") << QByteArray();
    QTest::newRow("list attributes") << QByteArray("* LIST ") << QByteArray(" \"/\" x");
    QTest::newRow("esearch other") << QByteArray("* ESEARCH XFOO ") << QByteArray();
}

void TestResponseParser::nestingTooDeep()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, suffix);
    // A million '(' must end in an error, not in a stack overflow.
    const QByteArray input = prefix + QByteArray(1000000, '(') + suffix + "\r\n* 1 EXISTS\r\n";
    const QList<Response> responses = parseChunked(input, 0);
    QCOMPARE(responses.size(), 2);
    const ProtocolError *error = responses[0].get<ProtocolError>();
    QVERIFY(error);
    QVERIFY2(error->kind == ProtocolError::Kind::NestingTooDeep ||
                 error->kind == ProtocolError::Kind::Syntax,
             error->message.constData());
    QVERIFY(responses[1].is<Exists>());
    // Within the limit is fine.
    ParserLimits limits;
    limits.maxNestingDepth = 5;
    const QList<Response> shallow =
        parseChunked("* 1 FETCH (X-FOO ((((1)))))\r\n* 1 FETCH (X-FOO (((((1))))))\r\n", 0, limits);
    QVERIFY(shallow[0].is<Fetch>());
    QCOMPARE(shallow[1].get<ProtocolError>()->kind, ProtocolError::Kind::NestingTooDeep);
}

void TestResponseParser::numbersOutOfRange_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("uid 2^32") << QByteArray("* 1 FETCH (UID 4294967296)");
    QTest::newRow("sequence 2^32") << QByteArray("* 4294967296 FETCH (UID 1)");
    QTest::newRow("expunge 2^64") << QByteArray("* 18446744073709551616 EXPUNGE");
    QTest::newRow("search") << QByteArray("* SEARCH 1 99999999999");
    QTest::newRow("modseq 2^63") << QByteArray("* 1 FETCH (MODSEQ (9223372036854775808))");
    QTest::newRow("highestmodseq 2^64")
        << QByteArray("* OK [HIGHESTMODSEQ 18446744073709551616] x");
    QTest::newRow("status uidnext") << QByteArray("* STATUS x (UIDNEXT 4294967296)");
    QTest::newRow("vanished") << QByteArray("* VANISHED 1:4294967296");
    QTest::newRow("copyuid") << QByteArray("a OK [COPYUID 4294967296 1 1] x");
    QTest::newRow("esearch count") << QByteArray("* ESEARCH COUNT 4294967296");
    QTest::newRow("many digits") << QByteArray(
        "* 1 FETCH (UID 000000000000000000000000004294967296)");
}

void TestResponseParser::numbersOutOfRange()
{
    QFETCH(QByteArray, input);
    const Response r = ResponseParser::parseOne(input);
    const ProtocolError *error = r.get<ProtocolError>();
    QVERIFY(error);
    QCOMPARE(error->kind, ProtocolError::Kind::NumberOutOfRange);
}

void TestResponseParser::errorsCarryOffsets()
{
    const QByteArray input = "* 1 EXISTS\r\n* SEARCH 1 x\r\n* 2 EXISTS\r\n";
    const QList<Response> responses = parseChunked(input, 0);
    QCOMPARE(responses.size(), 3);
    const ProtocolError *error = responses[1].get<ProtocolError>();
    QVERIFY(error);
    QCOMPARE(error->responseOffset, 12);
    QCOMPARE(error->offset, 12 + 11); // the 'x'
    QCOMPARE(responses[1].offset, 12);
    QCOMPARE(responses[2].offset, 26);
}

void TestResponseParser::literalSink()
{
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    ResponseParser parser;
    parser.setLiteralSink(&sink, 16);
    const QByteArray big(100, 'B');
    const QByteArray input = "* 1 FETCH (BODY[1] {4}\r\nsmal BODY[2] {100}\r\n" + big +
                             " UID 3)\r\n* 2 FETCH (BODY[] {100}\r\n" + big + ")\r\n";
    for (char c : input)
        parser.feed(QByteArrayView(&c, 1));
    const QList<Response> responses = drain(parser);
    QCOMPARE(responses.size(), 2);
    const Fetch *first = responses[0].get<Fetch>();
    QVERIFY(first);
    QCOMPARE(first->uid, std::optional<quint32>(3));
    QCOMPARE(first->extras->sections.size(), 2);
    QCOMPARE(first->extras->sections[0].data, QByteArray("smal"));
    QVERIFY(!first->extras->sections[0].streamedToSink);
    QVERIFY(first->extras->sections[1].streamedToSink);
    QCOMPARE(first->extras->sections[1].size, 100);
    QCOMPARE(first->extras->sections[1].sinkOffset, 0);
    QVERIFY(first->extras->sections[1].data.isEmpty());
    const Fetch *second = responses[1].get<Fetch>();
    QVERIFY(second && second->extras->sections[0].streamedToSink);
    QCOMPARE(second->extras->sections[0].sinkOffset, 100);
    QCOMPARE(sink.data(), big + big);
}

void TestResponseParser::literalSinkWriteFailure()
{
    QBuffer sink; // not open: every write fails
    ResponseParser parser;
    parser.setLiteralSink(&sink, 1);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
    parser.feed("* 1 FETCH (BODY[] {10}\r\n0123456789)\r\n");
    const QList<Response> responses = drain(parser);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses[0].get<ProtocolError>()->kind, ProtocolError::Kind::SinkWriteFailed);
    QVERIFY(parser.hasFailed());
}

void TestResponseParser::handlerMode()
{
    ResponseParser parser;
    QList<Response> seen;
    parser.setHandler([&](Response &&r) { seen.append(std::move(r)); });
    parser.feed("* 1 EXISTS\r\n* 2 EX");
    QCOMPARE(seen.size(), 1);
    QVERIFY(parser.isInsideResponse());
    parser.feed("ISTS\r\n");
    QCOMPARE(seen.size(), 2);
    QCOMPARE(parser.pendingCount(), 0);
    QVERIFY(!parser.isInsideResponse());
    QCOMPARE(parser.streamOffset(), 24);
}

// A handler that only looks leaves the parser's reused response as it was: the next FETCH
// must still start empty (no item of the previous message may leak into it).
void TestResponseParser::handlerKeepingNothingGetsFreshFetches()
{
    const QByteArray rich =
        "* 1 FETCH (UID 5 FLAGS (\\Seen) RFC822.SIZE 10 INTERNALDATE \"17-Jul-1996 02:44:25 "
        "-0700\" MODSEQ (7) EMAILID (M1) THREADID (T1) PREVIEW \"hi\" X-GM-MSGID 9 X-GM-THRID 8 "
        "X-GM-LABELS (\\Inbox) BINARY.SIZE[1] 3 BODY[1] {3}\r\nabc X-FOO (bar) "
        "ENVELOPE (NIL \"s\" NIL NIL NIL NIL NIL NIL NIL NIL) BODY (\"TEXT\" \"PLAIN\" NIL NIL "
        "NIL \"7BIT\" 3 1) BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 3 1 NIL NIL NIL "
        "NIL) RFC822.HEADER \"x\" UID)\r\n";
    const QByteArray plain = "* 2 FETCH (FLAGS ())\r\n";
    ResponseParser parser;
    QList<Response> seen;
    parser.setHandler([&](Response &&r) { seen.append(r); }); // a copy: r stays as it was
    parser.feed(QByteArray(rich + plain + rich));
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen[1].value, ResponseParser::parseOne(plain).value);
    QCOMPARE(seen[2].value, seen[0].value);
    const Fetch *first = seen[0].get<Fetch>();
    QVERIFY(first);
    QCOMPARE(first->extras->sections.size(), 2);
    QCOMPARE(first->extras->malformed.size(), 1); // the trailing "UID" without a number
    QCOMPARE(first->extras->unknown.size(), 1);
    QCOMPARE(first->extras->emailId, QByteArray("M1"));
}

// Strings a response owns share storage blocks inside the parser: each must still be a
// NUL-terminated QByteArray of its own, unaffected by later responses and by changes to another.
void TestResponseParser::ownedValuesAreIndependentAndTerminated()
{
    ResponseParser parser;
    QByteArray stream;
    for (int i = 0; i < 500; ++i) {
        stream += "* " + QByteArray::number(i + 1) + " FETCH (INTERNALDATE \"" +
                  QByteArray::number(i) + "-Nov-2026\" ENVELOPE (\"date " + QByteArray::number(i) +
                  "\" \"subject\\\\ \\\"" + QByteArray::number(i) +
                  "\\\"\" NIL NIL NIL NIL NIL NIL NIL \"<" + QByteArray::number(i) + "@x>\"))\r\n";
    }
    parser.feed(stream);
    QList<Response> responses = drain(parser);
    QCOMPARE(responses.size(), 500);
    for (int i = 0; i < 500; ++i) {
        Fetch *fetch = responses[i].get<Fetch>();
        QVERIFY(fetch && fetch->envelope);
        const QByteArray n = QByteArray::number(i);
        QCOMPARE(fetch->internalDate, n + "-Nov-2026");
        QCOMPARE(fetch->envelope->date, "date " + n);
        QCOMPARE(fetch->envelope->subject, "subject\\ \"" + n + "\"");
        QCOMPARE(fetch->envelope->messageId, "<" + n + "@x>");
        for (const QByteArray *value : {&fetch->internalDate, &fetch->envelope->date,
                                        &fetch->envelope->subject, &fetch->envelope->messageId})
            QCOMPARE(value->constData()[value->size()], '\0');
        // Growing one value in place must not overwrite its neighbours.
        fetch->envelope->date.append("XXXXXXXXXXXXXXXX");
        fetch->envelope->date[0] = 'D';
    }
    for (int i = 0; i < 500; ++i) {
        const Fetch *fetch = responses[i].get<Fetch>();
        const QByteArray n = QByteArray::number(i);
        QCOMPARE(fetch->internalDate, n + "-Nov-2026");
        QCOMPARE(fetch->envelope->subject, "subject\\ \"" + n + "\"");
        QCOMPARE(fetch->envelope->date, "Date " + n + "XXXXXXXXXXXXXXXX");
    }
    responses.clear();
    // Values outlive the parser and the rest of their response.
    QByteArray kept;
    {
        ResponseParser other;
        other.feed("* 1 FETCH (ENVELOPE (\"d\" \"kept subject\" NIL NIL NIL NIL NIL NIL NIL "
                   "NIL))\r\n");
        Response r;
        QVERIFY(other.next(r));
        kept = r.get<Fetch>()->envelope->subject;
    }
    QCOMPARE(kept, QByteArray("kept subject"));
}

// Address lists are reused by their wire bytes: the same bytes must give the same addresses,
// and a list that only starts like a known one must be parsed on its own.
void TestResponseParser::repeatedAddressListsParseAlike()
{
    const QByteArray one = "((\"A\" NIL \"a\" \"x.org\"))";
    const QByteArray two = "((\"A\" NIL \"a\" \"x.org\")(\"B\" NIL \"b\" \"y.org\"))";
    auto envelopeWith = [](const QByteArray &to) -> QByteArray {
        return "* 1 FETCH (ENVELOPE (NIL NIL NIL NIL NIL " + to + " NIL NIL NIL NIL))\r\n";
    };
    ResponseParser parser;
    for (int i = 0; i < 4; ++i)
        parser.feed(QByteArray(envelopeWith(one) + envelopeWith(two) + envelopeWith("NIL")));
    const QList<Response> responses = drain(parser);
    QCOMPARE(responses.size(), 12);
    for (int i = 0; i < 12; i += 3) {
        const QList<Address> &a = responses[i].get<Fetch>()->envelope->to;
        const QList<Address> &b = responses[i + 1].get<Fetch>()->envelope->to;
        QCOMPARE(a.size(), 1);
        QCOMPARE(b.size(), 2);
        QCOMPARE(a[0].mailbox, QByteArray("a"));
        QCOMPARE(b[1].host, QByteArray("y.org"));
        QVERIFY(responses[i + 2].get<Fetch>()->envelope->to.isEmpty());
        QCOMPARE(responses[i].value, ResponseParser::parseOne(envelopeWith(one)).value);
        QCOMPARE(responses[i + 1].value, ResponseParser::parseOne(envelopeWith(two)).value);
    }
    // Known to the cache or not, a list still obeys the depth limit.
    ResponseParser shallow;
    shallow.feed(QByteArray(envelopeWith(one) + envelopeWith(one) + envelopeWith(one)));
    QCOMPARE(drain(shallow).size(), 3);
    ParserLimits limits;
    limits.maxNestingDepth = 3;
    shallow.setLimits(limits);
    shallow.feed(envelopeWith(one));
    const QList<Response> limited = drain(shallow);
    QCOMPARE(limited.size(), 1);
    QVERIFY(limited[0].is<ProtocolError>());
    QCOMPARE(limited[0].get<ProtocolError>()->kind, ProtocolError::Kind::NestingTooDeep);
}

// Flag lists are reused by their wire bytes too: lists that share a beginning must each parse
// on their own, a handler that keeps a copy keeps it intact while the parser reuses its own, and
// a known list still obeys the depth limit.
void TestResponseParser::repeatedFlagListsParseAlike()
{
    const QList<QByteArray> lists = {"()",
                                     "(\\Seen)",
                                     "(\\Seen \\Answered)",
                                     "(\\Seen \\Answered $Forwarded)",
                                     "(\\Seen \\Answered $Forwarded $Label1 $Label2 $Label3)",
                                     "(\\Seen \\Answered $Forwarded $Label1 $Label2 $Label4)",
                                     "(\\Answered \\Seen)"};
    QByteArray stream;
    QList<QByteArray> singles;
    for (int round = 0; round < 3; ++round) {
        for (const QByteArray &list : lists) {
            const QByteArray fetch = "* " + QByteArray::number(singles.size() + 1) +
                                     " FETCH (FLAGS " + list + " UID 7)\r\n";
            stream += fetch;
            singles.append(fetch);
        }
    }
    ResponseParser parser;
    QList<Response> seen;
    parser.setHandler([&](Response &&r) { seen.append(r); }); // a copy: r stays as it was
    parser.feed(stream);
    QCOMPARE(seen.size(), singles.size());
    for (qsizetype i = 0; i < singles.size(); ++i)
        QCOMPARE(seen[i].value, ResponseParser::parseOne(singles[i]).value);
    QCOMPARE(seen[4].get<Fetch>()->flags->size(), 6);
    QCOMPARE(seen[5].get<Fetch>()->flags->last(), QByteArray("$Label4"));
    QCOMPARE(seen.last().get<Fetch>()->flags->first(), QByteArray("\\Answered"));

    // A list the cache knows from a FLAGS response at depth 0 is one level too deep inside a
    // FETCH when the limit is 1.
    ParserLimits limits;
    limits.maxNestingDepth = 1;
    ResponseParser shallow(limits);
    shallow.feed("* FLAGS (\\Seen)\r\n* FLAGS (\\Seen)\r\n* 1 FETCH (FLAGS (\\Seen))\r\n");
    const QList<Response> limited = drain(shallow);
    QCOMPARE(limited.size(), 3);
    QVERIFY(limited[1].is<Flags>());
    QVERIFY(limited[2].is<ProtocolError>());
    QCOMPARE(limited[2].get<ProtocolError>()->kind, ProtocolError::Kind::NestingTooDeep);
}

// The parser reuses what its handler leaves in the response (the ENVELOPE box, the From list,
// references it shares with its caches). Whatever a handler keeps, moves out or changes must stay
// exactly as parsed while the parser goes on, and nothing may leak or be freed twice (ASan).
void TestResponseParser::reusedEnvelopesKeepWhatHandlersKeep()
{
    auto fetchLine = [](int i) -> QByteArray {
        const QByteArray n = QByteArray::number(i % 7);
        // Mailboxes recur only every 1500 messages: the string cache leaves most of them out.
        const QByteArray from = "((\"Name " + n + "\" NIL \"user" + QByteArray::number(i % 1500) +
                                "\" \"example.org\"))";
        const QByteArray to =
            (i % 3) ? QByteArray("((NIL NIL \"me\" \"example.net\"))") : QByteArray("NIL");
        return "* " + QByteArray::number(i) + " FETCH (UID " + QByteArray::number(i) +
               " FLAGS (\\Seen) INTERNALDATE \"0" + n +
               "-Nov-2026 10:00:00 +0000\" ENVELOPE (\"date " + n + "\" \"subject " +
               QByteArray::number(i) + "\" " + from + " " + (i % 2 ? from : QByteArray("NIL")) +
               " " + from + " " + to + " NIL NIL NIL \"<" + QByteArray::number(i) + "@x>\"))\r\n";
    };
    QByteArray stream;
    for (int i = 1; i <= 3000; ++i)
        stream += fetchLine(i);

    QList<Response> kept;
    QList<QList<Address>> keptFroms;
    QList<QByteArray> keptNames;
    QList<int> keptNameOf;
    QList<Envelope> movedOut;
    QList<int> movedOutOf;
    int count = 0;
    ResponseParser parser;
    parser.setHandler([&](Response &&r) {
        ++count;
        Fetch *fetch = r.get<Fetch>();
        QVERIFY(fetch && fetch->envelope);
        switch (count % 6) {
        case 0: // keeps a copy of the whole response
            kept.append(r);
            break;
        case 1: // keeps the From list only
            keptFroms.append(fetch->envelope->from);
            break;
        case 2: // keeps one string of an address
            keptNames.append(fetch->envelope->from[0].mailbox);
            keptNameOf.append(count);
            break;
        case 3: // takes the envelope away
            movedOut.append(std::move(*fetch->envelope));
            movedOutOf.append(count);
            break;
        case 4: // changes the response it was given
            fetch->envelope->from[0].name = "changed";
            fetch->envelope->subject.append(" changed");
            break;
        default: // only looks
            break;
        }
    });
    for (qsizetype at = 0; at < stream.size(); at += 1000)
        parser.feed(QByteArrayView(stream).sliced(at, qMin<qsizetype>(1000, stream.size() - at)));
    QCOMPARE(count, 3000);
    for (const Response &r : kept) {
        const quint32 i = r.get<Fetch>()->sequence;
        QCOMPARE(r.value, ResponseParser::parseOne(fetchLine(int(i))).value);
    }
    for (qsizetype k = 0; k < keptFroms.size(); ++k) {
        const int i = 1 + 6 * int(k);
        QCOMPARE(keptFroms[k], ResponseParser::parseOne(fetchLine(i)).get<Fetch>()->envelope->from);
    }
    for (qsizetype k = 0; k < keptNames.size(); ++k)
        QCOMPARE(keptNames[k], "user" + QByteArray::number(keptNameOf[k] % 1500));
    for (qsizetype k = 0; k < movedOut.size(); ++k)
        QCOMPARE(movedOut[k],
                 *ResponseParser::parseOne(fetchLine(movedOutOf[k])).get<Fetch>()->envelope);
}

// next() takes back the caller's previous FETCH into the queue slot the next response is parsed
// in, so the grammar refills it as it refills a handler's. Whatever the caller kept, moved out
// or changed before handing it back must stay exactly as parsed, no FETCH may inherit an item of
// the one it replaces, and nothing may leak or be freed twice (ASan).
void TestResponseParser::responsesHandedBackToNextKeepWhatCallersKeep()
{
    auto fetchLine = [](int i) -> QByteArray {
        const QByteArray n = QByteArray::number(i % 7);
        const QByteArray from = "((\"Name " + n + "\" NIL \"user" + QByteArray::number(i % 1500) +
                                "\" \"example.org\"))";
        // Every fifth message has a body section (kept out of the slots) and every third no
        // ENVELOPE at all: neither may carry over into the FETCH parsed where it was.
        const QByteArray body = (i % 5 == 0) ? QByteArray(" BODY[1] {2}\r\nab") : QByteArray();
        const QByteArray envelope =
            (i % 3 == 0) ? QByteArray()
                         : " ENVELOPE (\"date " + n + "\" \"subject " + QByteArray::number(i) +
                               "\" " + from + " " + (i % 2 ? from : QByteArray("NIL")) + " " +
                               from + " NIL NIL NIL NIL \"<" + QByteArray::number(i) + "@x>\")";
        return "* " + QByteArray::number(i) + " FETCH (UID " + QByteArray::number(i) +
               (i % 4 ? " FLAGS (\\Seen)" : "") + " INTERNALDATE \"0" + n +
               "-Nov-2026 10:00:00 +0000\"" + envelope + body + ")\r\n";
    };
    QByteArray stream;
    for (int i = 1; i <= 3000; ++i)
        stream += fetchLine(i);

    QList<Response> kept;
    QList<QList<Address>> keptFroms;
    QList<QByteArray> keptSubjects;
    QList<int> keptSubjectOf;
    QList<Envelope> movedOut;
    QList<int> movedOutOf;
    QList<std::pair<int, std::pair<QList<QByteArray>, QByteArray>>> keptFlags;
    int count = 0;
    ResponseParser parser;
    Response r; // one object for the whole stream, as Imap::Client drains the parser
    auto drainAll = [&] {
        while (parser.next(r)) {
            ++count;
            Fetch *fetch = r.get<Fetch>();
            QVERIFY(fetch);
            QCOMPARE(r.value, ResponseParser::parseOne(fetchLine(count)).value);
            if (!fetch->envelope) {
                // The flag list and the date come from the parser's caches and go back to them
                // when the next response overwrites this one: a copy kept here, or a list the
                // caller changed, must not be what goes back.
                if (count % 2 && fetch->flags)
                    keptFlags.append({count, {*fetch->flags, fetch->internalDate}});
                else if (fetch->flags)
                    fetch->flags->append("\\Changed");
                continue;
            }
            switch (count % 5) {
            case 0: // keeps a copy of the whole response
                kept.append(r);
                break;
            case 1: // keeps the From list and a string
                keptFroms.append(fetch->envelope->from);
                keptSubjects.append(fetch->envelope->subject);
                keptSubjectOf.append(count);
                break;
            case 2: // takes the envelope away
                movedOut.append(std::move(*fetch->envelope));
                movedOutOf.append(count);
                break;
            case 3: // changes the response it was given
                fetch->envelope->from[0].name = "changed";
                fetch->envelope->subject.append(" changed");
                fetch->internalDate[0] = 'X';
                break;
            default: // only looks
                break;
            }
        }
    };
    for (qsizetype at = 0; at < stream.size(); at += 4096) {
        parser.feed(QByteArrayView(stream).sliced(at, qMin<qsizetype>(4096, stream.size() - at)));
        drainAll();
    }
    QCOMPARE(count, 3000);
    QCOMPARE(keptFlags.size(), 500); // the odd multiples of 3
    for (const auto &[at, flagsAndDate] : keptFlags) {
        const Response expected = ResponseParser::parseOne(fetchLine(at));
        QCOMPARE(flagsAndDate.first, *expected.get<Fetch>()->flags);
        QCOMPARE(flagsAndDate.second, expected.get<Fetch>()->internalDate);
    }
    for (const Response &k : kept)
        QCOMPARE(k.value, ResponseParser::parseOne(fetchLine(int(k.get<Fetch>()->sequence))).value);
    for (qsizetype k = 0; k < keptFroms.size(); ++k) {
        const Response expected = ResponseParser::parseOne(fetchLine(keptSubjectOf[k]));
        QCOMPARE(keptFroms[k], expected.get<Fetch>()->envelope->from);
        QCOMPARE(keptSubjects[k], expected.get<Fetch>()->envelope->subject);
    }
    for (qsizetype k = 0; k < movedOut.size(); ++k)
        QCOMPARE(movedOut[k],
                 *ResponseParser::parseOne(fetchLine(movedOutOf[k])).get<Fetch>()->envelope);
}

#ifdef LETTERTRAY_TEST_VECTOR_STATE
namespace {
// XINUSE (XGETBV with ECX = 1): which register states are in use; bit 2 is the upper halves of
// the AVX registers.
bool upperVectorStateInUse()
{
    unsigned lo = 0;
    unsigned hi = 0;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(1));
    return (lo & 4u) != 0;
}
// Writes all 256 bits of ymm0, as AVX code that returns without VZEROUPPER does. In assembly, so
// that the compiler does not add the VZEROUPPER it puts after its own AVX code.
void dirtyUpperVectorState()
{
    __asm__ volatile("vpcmpeqd %%ymm0, %%ymm0, %%ymm0" ::: "xmm0");
}
} // namespace
#endif

// The grammar's SSE2 code runs at a fraction of its speed while the upper halves of the AVX
// registers are in use (Imap::Client's header sync spent 30 % of its CPU on that): feed() must
// start by clearing them, whatever the caller ran before.
void TestResponseParser::feedStartsWithCleanUpperVectorState()
{
#ifdef LETTERTRAY_TEST_VECTOR_STATE
    unsigned eax = 0;
    unsigned ebx = 0;
    unsigned ecx = 0;
    unsigned edx = 0;
    if (!__get_cpuid_count(0xd, 1, &eax, &ebx, &ecx, &edx) || (eax & 4u) == 0 ||
        !__builtin_cpu_supports("avx"))
        QSKIP("this processor cannot report which register states are in use");
    // The architecture lets a processor report the state as in use when it is not: the check
    // means something only where VZEROUPPER is seen to clear it.
    dirtyUpperVectorState();
    QVERIFY(upperVectorStateInUse()); // the check sees what it is meant to see
    __asm__ volatile("vzeroupper" ::: "xmm0");
    if (upperVectorStateInUse())
        QSKIP("this processor does not report when the upper halves are unused again");
    ResponseParser parser;
    Response r;
    // Nothing else between dirtying, feeding and checking: QVERIFY itself may run code that
    // changes the state.
    dirtyUpperVectorState();
    const bool inUseBeforeFeed = upperVectorStateInUse();
    parser.feed("* 1 FETCH (UID 7 FLAGS (\\Seen) ENVELOPE (\"d\" \"s\" NIL NIL NIL NIL NIL NIL "
                "NIL NIL))\r\n");
    const bool inUseAfterFeed = upperVectorStateInUse();
    QVERIFY(inUseBeforeFeed);
    QVERIFY(!inUseAfterFeed);
    QVERIFY(parser.next(r));
    QCOMPARE(r.get<Fetch>()->uid, std::optional<quint32>(7));
#else
    QSKIP("x86 only: other processors have no such penalty");
#endif
}

// Numbers are read eight bytes at a time where the response has eight more bytes: every length,
// with and without room behind it, must give the same value or the same range error.
void TestResponseParser::numbersOfEveryLength()
{
    for (int digits = 1; digits <= 12; ++digits) {
        QByteArray number(digits, '0');
        for (int i = 0; i < digits; ++i)
            number[i] = char('0' + (i * 7 + digits) % 10);
        const quint64 value = number.toULongLong();
        for (const QByteArray &tail : {QByteArray(")"), QByteArray(" FLAGS (\\Seen))")}) {
            const QByteArray input =
                "* " + number + " FETCH (UID " + number + " RFC822.SIZE " + number + tail;
            const Response r = ResponseParser::parseOne(input);
            if (value > 0xffffffffu) {
                QVERIFY(r.is<ProtocolError>());
                QCOMPARE(r.get<ProtocolError>()->kind, ProtocolError::Kind::NumberOutOfRange);
                continue;
            }
            const Fetch *fetch = r.get<Fetch>();
            QVERIFY2(fetch, number.constData());
            QCOMPARE(fetch->sequence, quint32(value));
            QCOMPARE(fetch->uid, std::optional<quint32>(quint32(value)));
            QCOMPARE(fetch->rfc822Size, std::optional<quint64>(value));
        }
    }
    // Leading zeros, and a number cut short by the end of the response.
    QCOMPARE(ResponseParser::parseOne("* 0000007 EXISTS").get<Exists>()->count, 7u);
    QCOMPARE(ResponseParser::parseOne("* 42 EXISTS").get<Exists>()->count, 42u);
    QVERIFY(ResponseParser::parseOne("* 1 FETCH (UID x)").get<Fetch>()->extras->malformed.size() ==
            1);
}

// Fetch is declared relocatable, so a QList<Fetch> grows by moving bytes (realloc): every
// member must survive that, including the boxed ENVELOPE and the shared strings.
void TestResponseParser::fetchListsGrowByRelocation()
{
    static_assert(QTypeInfo<Fetch>::isRelocatable);
    static_assert(QTypeInfo<Address>::isRelocatable);
    ResponseParser parser;
    QList<Fetch> kept;
    for (int i = 0; i < 3000; ++i) {
        const QByteArray n = QByteArray::number(i);
        parser.feed(QByteArray("* " + n + " FETCH (UID " + n + " FLAGS (\\Seen k" + n +
                               ") BODY[1] {2}\r\nab ENVELOPE (\"d\" \"s" + n +
                               "\" ((\"N\" NIL \"m" + n +
                               "\" \"h\")) NIL NIL NIL NIL NIL NIL NIL))\r\n"));
        Response r;
        QVERIFY(parser.next(r));
        kept.append(std::move(*r.get<Fetch>()));
    }
    for (int i = 0; i < 3000; ++i) {
        const QByteArray n = QByteArray::number(i);
        const Fetch &f = kept.at(i);
        QCOMPARE(f.uid, std::optional<quint32>(quint32(i)));
        QCOMPARE(f.flags->value(1), "k" + n);
        QCOMPARE(f.extras->sections.value(0).data, QByteArray("ab"));
        QCOMPARE(f.envelope->subject, "s" + n);
        QCOMPARE(f.envelope->from.value(0).mailbox, "m" + n);
    }
}

// A header or flag sync keeps 100,000 Fetch objects: the rarely used items live in a box that
// only exists when one of them was in the response.
void TestResponseParser::headerItemsAllocateNoExtras()
{
    ResponseParser parser;
    parser.feed("* 1 FETCH (UID 7 FLAGS (\\Seen) RFC822.SIZE 9 MODSEQ (5) INTERNALDATE "
                "\"17-Jul-1996 02:44:25 -0700\" ENVELOPE (NIL \"s\" NIL NIL NIL NIL NIL NIL NIL "
                "NIL))\r\n* 2 FETCH (UID 8 EMAILID (M1))\r\n* 3 FETCH (UID 9)\r\n");
    Response r;
    QVERIFY(parser.next(r));
    QVERIFY(!r.get<Fetch>()->extras.isAllocated());
    QCOMPARE(r.get<Fetch>()->envelope->subject, QByteArray("s"));
    QVERIFY(parser.next(r));
    QVERIFY(r.get<Fetch>()->extras.isAllocated());
    QCOMPARE(r.get<Fetch>()->extras->emailId, QByteArray("M1"));
    // The parser reuses its Fetch: the third one must not inherit the second one's box.
    QVERIFY(parser.next(r));
    QVERIFY(!r.get<Fetch>()->extras.isAllocated());
    QVERIFY(r.get<Fetch>()->extras->emailId.isNull());
    // An absent box equals an empty one, so comparing with an expected Fetch stays simple.
    Fetch expected;
    expected.sequence = 3;
    expected.uid = 9;
    expected.extras.edit();
    QCOMPARE(*r.get<Fetch>(), expected);
    QVERIFY(sizeof(Fetch) <= 128);
}

// The queue reuses blocks of 128 slots: taking part, feeding more and taking the rest must keep
// stream order, also when it drains in the middle of a block and across spare blocks.
void TestResponseParser::queueKeepsOrderAcrossBlocks()
{
    ResponseParser parser;
    quint32 fed = 0;
    quint32 taken = 0;
    auto feed = [&](int count) {
        QByteArray bytes;
        for (int i = 0; i < count; ++i)
            bytes += "* " + QByteArray::number(++fed) + " EXISTS\r\n";
        parser.feed(bytes);
    };
    auto take = [&](int count) {
        Response r;
        for (int i = 0; i < count; ++i) {
            QVERIFY(parser.next(r));
            QCOMPARE(r.get<Exists>()->count, ++taken);
        }
    };
    for (const auto &[feedCount, takeCount] :
         {std::pair{1000, 300}, {1000, 1700}, {5, 5}, {129, 1}, {700, 828}, {1, 1}}) {
        feed(feedCount);
        take(takeCount);
        QCOMPARE(parser.pendingCount(), qsizetype(fed - taken));
    }
    Response r;
    QVERIFY(!parser.next(r));
}

void TestResponseParser::resetForgetsPartialResponse()
{
    ResponseParser parser;
    parser.feed("* 1 FETCH (BODY[] {100}\r\nabc");
    QVERIFY(parser.isInsideResponse());
    parser.reset();
    QVERIFY(!parser.isInsideResponse());
    parser.feed("* 5 EXISTS\r\n");
    const QList<Response> responses = drain(parser);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses[0].get<Exists>()->count, 5u);
    QCOMPARE(responses[0].offset, 0);
}

void TestResponseParser::parseOne()
{
    QCOMPARE(ResponseParser::parseOne("* 7 EXISTS").get<Exists>()->count, 7u);
    QVERIFY(ResponseParser::parseOne("* 1 FETCH (BODY[] {10}\r\nabc").is<ProtocolError>());
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
