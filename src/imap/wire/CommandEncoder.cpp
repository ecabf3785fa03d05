#include "imap/wire/CommandEncoder.h"

#include "imap/wire/MailboxName.h"

namespace Imap::Wire {

namespace {

constexpr qsizetype kLiteralMinusLimit = 4096; // RFC 7888 §4
constexpr qsizetype kRedactedPreview = 80;

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF, no
// truncated sequence. Written out because QStringDecoder does not flag a truncated tail.
bool isValidUtf8(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        const uchar lead = uchar(bytes.at(i));
        int extra = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            extra = 1;
            cp = lead & 0x1F;
            minimum = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            extra = 2;
            cp = lead & 0x0F;
            minimum = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            extra = 3;
            cp = lead & 0x07;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (i + extra >= bytes.size())
            return false;
        for (int k = 1; k <= extra; ++k) {
            const uchar cont = uchar(bytes.at(i + k));
            if ((cont & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cont & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

// Builds the parts and the redacted rendering side by side.
class Writer
{
public:
    Writer(const CommandEncoder &encoder, const CommandEncoder::Options &options)
        : m_encoder(encoder)
        , m_options(options)
    {}

    QString error;
    bool hasSecret = false;

    void text(const QByteArray &wire, bool secret)
    {
        m_current.append(wire);
        m_redacted.append(secret ? QByteArrayLiteral("<redacted>") : wire);
    }

    void raw(char c)
    {
        m_current.append(c);
        m_redacted.append(c);
    }

    void literal(const QByteArray &data, bool binary, bool secret)
    {
        const bool nonSync = m_encoder.mayUseNonSyncLiteral(data.size());
        QByteArray announce = binary ? QByteArrayLiteral("~{") : QByteArrayLiteral("{");
        announce.append(QByteArray::number(data.size()));
        if (nonSync)
            announce.append('+');
        announce.append("}\r\n");
        m_current.append(announce);
        // A secret literal hides its length too: "{8}" would tell a log reader the
        // password's length.
        m_redacted.append(
            secret ? (binary ? QByteArrayLiteral("~{*}\r\n") : QByteArrayLiteral("{*}\r\n"))
                   : announce);
        if (!nonSync) {
            m_parts.append(m_current);
            m_current.clear();
        }
        m_current.append(data);
        if (secret)
            m_redacted.append("<redacted>");
        else if (data.size() <= kRedactedPreview && isPrintable(data))
            m_redacted.append(data);
        else
            m_redacted.append('<' + QByteArray::number(data.size()) + " octets>");
    }

    void argument(const CommandArgument &arg, bool secret)
    {
        if (!error.isEmpty())
            return;
        secret = secret || arg.isSecret();
        hasSecret = hasSecret || secret;
        using Kind = CommandArgument::Kind;
        switch (arg.kind()) {
        case Kind::Invalid:
            error = arg.errorString();
            return;
        case Kind::Atom:
        case Kind::Number:
        case Kind::Token:
            text(arg.bytes(), secret);
            return;
        case Kind::Nil:
            text(QByteArrayLiteral("NIL"), secret);
            return;
        case Kind::AString:
            stringValue(arg.bytes(), true, secret);
            return;
        case Kind::String:
            stringValue(arg.bytes(), false, secret);
            return;
        case Kind::Mailbox: {
            const MailboxName::Encoded name =
                MailboxName::encode(arg.text(), m_options.utf8Accepted);
            if (!name.isValid()) {
                error = name.error;
                return;
            }
            stringValue(name.bytes, true, secret);
            return;
        }
        case Kind::Literal:
            if (arg.bytes().contains('\0')) {
                error = nulError();
                return;
            }
            literal(arg.bytes(), false, secret);
            return;
        case Kind::Literal8:
            if (!m_options.binary) {
                error = QStringLiteral("literal8 needs the BINARY extension, which the server "
                                       "does not offer");
                return;
            }
            literal(arg.bytes(), true, secret);
            return;
        case Kind::List:
            raw('(');
            children(arg, secret);
            raw(')');
            return;
        case Kind::Sequence:
            children(arg, secret);
            return;
        }
    }

    QList<QByteArray> finish()
    {
        m_current.append("\r\n");
        m_parts.append(m_current);
        return m_parts;
    }
    QByteArray redacted() const { return m_redacted; }

    // Whether the argument writes nothing (an empty sequence), so no separator is needed.
    static bool isEmptySequence(const CommandArgument &arg)
    {
        if (arg.kind() != CommandArgument::Kind::Sequence)
            return false;
        const QList<CommandArgument> items = arg.children();
        return std::all_of(items.begin(), items.end(), isEmptySequence);
    }

    void arguments(const QList<CommandArgument> &items, bool secret, bool leadingSpace)
    {
        bool needSpace = leadingSpace;
        for (const CommandArgument &item : items) {
            if (isEmptySequence(item))
                continue;
            if (needSpace)
                raw(' ');
            argument(item, secret);
            needSpace = true;
        }
    }

private:
    static QString nulError()
    {
        return QStringLiteral("a NUL byte cannot be sent in an IMAP string or literal; only a "
                              "literal8 (BINARY APPEND) may carry it");
    }

    static bool isPrintable(QByteArrayView data)
    {
        for (const char c : data) {
            if (uchar(c) < 0x20 || uchar(c) > 0x7e)
                return false;
        }
        return true;
    }

    void children(const CommandArgument &arg, bool secret)
    {
        arguments(arg.children(), secret, false);
    }

    void stringValue(const QByteArray &bytes, bool allowAtom, bool secret)
    {
        if (bytes.contains('\0')) {
            error = nulError();
            return;
        }
        if (allowAtom && CommandArgument::isAtom(bytes) &&
            bytes.compare(QByteArrayView("NIL"), Qt::CaseInsensitive) != 0) {
            text(bytes, secret);
            return;
        }
        if (canQuote(bytes)) {
            QByteArray quoted;
            quoted.reserve(bytes.size() + 2);
            quoted.append('"');
            for (const char c : bytes) {
                if (c == '"' || c == '\\')
                    quoted.append('\\');
                quoted.append(c);
            }
            quoted.append('"');
            text(quoted, secret);
            return;
        }
        literal(bytes, false, secret);
    }

    bool canQuote(const QByteArray &bytes) const
    {
        if (bytes.size() > m_options.maxQuotedLength)
            return false;
        bool eightBit = false;
        for (const char c : bytes) {
            const uchar u = uchar(c);
            // Control characters (CR and LF above all) only ever travel inside literals.
            if (u < 0x20 || u == 0x7f)
                return false;
            if (u >= 0x80)
                eightBit = true;
        }
        // 8-bit text may be quoted only as UTF-8 on a UTF8=ACCEPT connection (RFC 6855 §3).
        return !eightBit || (m_options.utf8Accepted && isValidUtf8(bytes));
    }

    const CommandEncoder &m_encoder;
    const CommandEncoder::Options &m_options;
    QList<QByteArray> m_parts;
    QByteArray m_current;
    QByteArray m_redacted;
};

bool isValidCommandName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const QByteArrayView word : QByteArray(name.toByteArray()).split(' ')) {
        if (!CommandArgument::isAtom(word))
            return false;
    }
    return true;
}

} // namespace

CommandEncoder::Options
CommandEncoder::Options::fromCapabilities(const QList<QByteArray> &capabilities, bool utf8Enabled)
{
    Options options;
    auto has = [&capabilities](const char *name) {
        return std::any_of(capabilities.begin(), capabilities.end(), [name](const QByteArray &c) {
            return c.compare(QByteArrayView(name), Qt::CaseInsensitive) == 0;
        });
    };
    if (has("LITERAL+"))
        options.nonSyncLiterals = NonSyncLiterals::LiteralPlus;
    else if (has("LITERAL-"))
        options.nonSyncLiterals = NonSyncLiterals::LiteralMinus;
    options.binary = has("BINARY");
    options.utf8Accepted = utf8Enabled;
    return options;
}

bool CommandEncoder::mayUseNonSyncLiteral(qsizetype size) const
{
    switch (m_options.nonSyncLiterals) {
    case NonSyncLiterals::None:
        return false;
    case NonSyncLiterals::LiteralPlus:
        return true;
    case NonSyncLiterals::LiteralMinus:
        return size <= kLiteralMinusLimit;
    }
    return false;
}

EncodedCommand CommandEncoder::encode(QByteArrayView name,
                                      const QList<CommandArgument> &arguments) const
{
    if (!isValidCommandName(name))
        return EncodedCommand::failure(QStringLiteral("invalid command name"));
    Writer writer(*this, m_options);
    writer.text(name.toByteArray(), false);
    writer.arguments(arguments, false, true);
    if (!writer.error.isEmpty())
        return EncodedCommand::failure(
            QStringLiteral("%1: %2").arg(QString::fromLatin1(name.toByteArray()), writer.error));
    const QList<QByteArray> parts = writer.finish();
    return EncodedCommand::fromParts(parts, writer.redacted(), writer.hasSecret);
}

EncodedCommand CommandEncoder::encodeRawLine(QByteArrayView line) const
{
    if (line.isEmpty())
        return EncodedCommand::failure(QStringLiteral("empty command"));
    for (const char c : line) {
        if (c == '\r' || c == '\n' || c == '\0')
            return EncodedCommand::failure(
                QStringLiteral("a raw command must be one line without CR, LF or NUL"));
    }
    if (line.endsWith('}'))
        return EncodedCommand::failure(
            QStringLiteral("a raw command cannot end with a literal announcement"));
    return EncodedCommand::fromParts({line.toByteArray() + "\r\n"}, line.toByteArray(), false);
}

} // namespace Imap::Wire
