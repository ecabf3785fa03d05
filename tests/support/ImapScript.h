#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace TestSupport {

// One parsed directive of a ScriptedImapServer script (see ScriptedImapServer.h for the
// language). Parsing is separate from running so that a typo in a script is reported with its
// line number before any client connects.
struct ImapScriptStep
{
    enum class Kind
    {
        Send,        // S: / R:
        Expect,      // C: / CR:
        Wait,        // W:
        Split,       // SPLIT:
        Tls,         // TLS / STARTTLS
        TlsRejected, // TLS-REJECTED
        Close,       // CLOSE
        Reset,       // RST
        Hang,        // HANG
    };

    // A piece of an expectation: literal bytes, or a $variable that binds what the client sent.
    struct Segment
    {
        bool isVariable = false;
        QByteArray bytes; // the literal bytes, or the variable's name
    };

    Kind kind = Kind::Send;
    int line = 0;            // 1-based line in the script text, for error messages
    QString source;          // the line as written, for error messages
    QByteArray data;         // Send: bytes (variables not yet substituted)
    bool substitute = false; // Send: whether $variables in data are replaced (S: lines)
    QList<Segment> pattern;  // Expect: what the client must send
    int number = 0;          // Wait: milliseconds; Split: chunk size (0 = off)
    int pauseMs = 0;         // Split: pause between chunks
};

// A script: the steps for each accepted connection, in order (ACCEPT starts the next one).
class ImapScript
{
public:
    // Parses text; on error returns false and sets errorString() ("line N: ...").
    bool parse(const QString &text);

    QList<QList<ImapScriptStep>> connections() const { return m_connections; }
    QString errorString() const { return m_error; }

    // Decodes \r \n \t \0 \\ \s (space) and \xHH; returns false on a bad escape.
    static bool decodeEscapes(const QString &text, QByteArray *out, QString *error);
    // Shows bytes readably for messages: printable ASCII as is, everything else escaped.
    static QString printable(const QByteArray &bytes, qsizetype limit = 200);
    // A variable may match these bytes: printable ASCII except space and IMAP's
    // structural characters, so that "$tag" stops at the space after an IMAP tag.
    static bool isVariableChar(char c);

private:
    bool fail(int line, const QString &message);
    static QList<ImapScriptStep::Segment> parsePattern(const QByteArray &text);

    QList<QList<ImapScriptStep>> m_connections;
    QString m_error;
};

} // namespace TestSupport
