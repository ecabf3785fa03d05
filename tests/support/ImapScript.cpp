#include "support/ImapScript.h"

#include <QStringList>

#include <cctype>

namespace TestSupport {

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

} // namespace

bool ImapScript::fail(int line, const QString &message)
{
    m_error = QStringLiteral("script line %1: %2").arg(line).arg(message);
    return false;
}

bool ImapScript::isVariableChar(char c)
{
    if (c <= 0x20 || c >= 0x7f)
        return false;
    switch (c) {
    case '(':
    case ')':
    case '{':
    case '}':
    case '"':
    case '\\':
        return false;
    default:
        return true;
    }
}

bool ImapScript::decodeEscapes(const QString &text, QByteArray *out, QString *error)
{
    const QByteArray in = text.toUtf8();
    out->clear();
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '\\') {
            out->append(c);
            continue;
        }
        if (++i >= in.size()) {
            *error = QStringLiteral("backslash at end of line (write \\\\ for a backslash)");
            return false;
        }
        switch (in.at(i)) {
        case 'r':
            out->append('\r');
            break;
        case 'n':
            out->append('\n');
            break;
        case 't':
            out->append('\t');
            break;
        case '0':
            out->append('\0');
            break;
        case 's':
            out->append(' ');
            break;
        case '\\':
            out->append('\\');
            break;
        case 'x': {
            const auto isHex = [](char h) {
                return std::isxdigit(static_cast<unsigned char>(h));
            };
            const bool ok = i + 2 < in.size() && isHex(in.at(i + 1)) && isHex(in.at(i + 2));
            const int value = ok ? in.mid(i + 1, 2).toInt(nullptr, 16) : 0;
            if (!ok) {
                *error = QStringLiteral("\\x needs two hex digits");
                return false;
            }
            out->append(char(value));
            i += 2;
            break;
        }
        default:
            *error = QStringLiteral("unknown escape \\%1").arg(QLatin1Char(in.at(i)));
            return false;
        }
    }
    return true;
}

QString ImapScript::printable(const QByteArray &bytes, qsizetype limit)
{
    QString result;
    const qsizetype n = qMin(bytes.size(), limit);
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\r')
            result += QLatin1String("\\r");
        else if (c == '\n')
            result += QLatin1String("\\n");
        else if (c == '\\')
            result += QLatin1String("\\\\");
        else if (c >= 0x20 && c < 0x7f)
            result += QLatin1Char(char(c));
        else
            result += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > limit)
        result += QStringLiteral("... (%1 bytes)").arg(bytes.size());
    return result;
}

QList<ImapScriptStep::Segment> ImapScript::parsePattern(const QByteArray &text)
{
    QList<ImapScriptStep::Segment> segments;
    QByteArray literal;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '$' && i + 1 < text.size() && text.at(i + 1) == '$') {
            literal.append('$');
            ++i;
            continue;
        }
        if (c == '$' && i + 1 < text.size() && text.at(i + 1) == '*') {
            if (!literal.isEmpty())
                segments.append({false, literal});
            literal.clear();
            segments.append({true, QByteArrayLiteral("*")});
            ++i;
            continue;
        }
        if (c == '$' && i + 1 < text.size() && isNameChar(text.at(i + 1))) {
            qsizetype end = i + 1;
            while (end < text.size() && isNameChar(text.at(end)))
                ++end;
            if (!literal.isEmpty())
                segments.append({false, literal});
            literal.clear();
            segments.append({true, text.mid(i + 1, end - i - 1)});
            i = end - 1;
            continue;
        }
        literal.append(c);
    }
    if (!literal.isEmpty())
        segments.append({false, literal});
    return segments;
}

bool ImapScript::parse(const QString &text)
{
    m_connections = {QList<ImapScriptStep>()};
    m_error.clear();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int index = 0; index < lines.size(); ++index) {
        const int lineNumber = index + 1;
        QString line = lines.at(index);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        // Leading indentation is layout (scripts live in indented raw strings); trailing
        // spaces are data, since "+ " continuations and empty-text responses need them.
        qsizetype start = 0;
        while (start < line.size() && line.at(start).isSpace())
            ++start;
        line = line.mid(start);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;

        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString keyword = (colon > 0 ? line.left(colon) : line).trimmed().toUpper();
        QString argument;
        if (colon > 0) {
            argument = line.mid(colon + 1);
            if (argument.startsWith(QLatin1Char(' ')))
                argument.remove(0, 1);
        }

        ImapScriptStep step;
        step.line = lineNumber;
        step.source = line;
        const bool hasColon = colon > 0 && !keyword.contains(QLatin1Char(' '));

        if (hasColon && keyword == QLatin1String("S")) {
            step.kind = ImapScriptStep::Kind::Send;
            step.data = argument.toUtf8() + "\r\n";
            step.substitute = true;
        } else if (hasColon && keyword == QLatin1String("R")) {
            step.kind = ImapScriptStep::Kind::Send;
            QString error;
            if (!decodeEscapes(argument, &step.data, &error))
                return fail(lineNumber, error);
        } else if (hasColon && keyword == QLatin1String("C")) {
            step.kind = ImapScriptStep::Kind::Expect;
            step.pattern = parsePattern(argument.toUtf8() + "\r\n");
            // "$*" matches the rest of the line, so it can only stand at its end.
            for (qsizetype i = 0; i < step.pattern.size(); ++i) {
                const bool atEnd =
                    i + 2 == step.pattern.size() && step.pattern.last().bytes == "\r\n";
                if (step.pattern.at(i).isVariable && step.pattern.at(i).bytes == "*" && !atEnd)
                    return fail(lineNumber, QStringLiteral("$* must end the C: line"));
            }
        } else if (hasColon && keyword == QLatin1String("CR")) {
            step.kind = ImapScriptStep::Kind::Expect;
            QByteArray bytes;
            QString error;
            if (!decodeEscapes(argument, &bytes, &error))
                return fail(lineNumber, error);
            if (bytes.isEmpty())
                return fail(lineNumber, QStringLiteral("CR: needs at least one byte"));
            step.pattern = {{false, bytes}};
        } else if (hasColon && keyword == QLatin1String("W")) {
            step.kind = ImapScriptStep::Kind::Wait;
            bool ok = false;
            step.number = argument.trimmed().toInt(&ok);
            if (!ok || step.number < 0)
                return fail(lineNumber,
                            QStringLiteral("W: needs milliseconds, got \"%1\"").arg(argument));
        } else if (hasColon && keyword == QLatin1String("SPLIT")) {
            step.kind = ImapScriptStep::Kind::Split;
            const QStringList parts = argument.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            bool ok = !parts.isEmpty() && parts.size() <= 2;
            if (ok && parts.at(0).compare(QLatin1String("off"), Qt::CaseInsensitive) == 0) {
                step.number = 0;
            } else if (ok) {
                step.number = parts.at(0).toInt(&ok);
                ok = ok && step.number > 0;
            }
            step.pauseMs = 20;
            if (ok && parts.size() == 2) {
                step.pauseMs = parts.at(1).toInt(&ok);
                ok = ok && step.pauseMs >= 0;
            }
            if (!ok)
                return fail(lineNumber, QStringLiteral("SPLIT: needs <bytes> [pause ms] or off"));
        } else if (!hasColon && colon < 0 &&
                   (keyword == QLatin1String("TLS") || keyword == QLatin1String("STARTTLS"))) {
            step.kind = ImapScriptStep::Kind::Tls;
        } else if (!hasColon && colon < 0 && keyword == QLatin1String("TLS-REJECTED")) {
            step.kind = ImapScriptStep::Kind::TlsRejected;
        } else if (!hasColon && colon < 0 && keyword == QLatin1String("CLOSE")) {
            step.kind = ImapScriptStep::Kind::Close;
        } else if (!hasColon && colon < 0 && keyword == QLatin1String("RST")) {
            step.kind = ImapScriptStep::Kind::Reset;
        } else if (!hasColon && colon < 0 && keyword == QLatin1String("HANG")) {
            step.kind = ImapScriptStep::Kind::Hang;
        } else if (!hasColon && colon < 0 && keyword == QLatin1String("ACCEPT")) {
            m_connections.append(QList<ImapScriptStep>());
            continue;
        } else {
            return fail(lineNumber, QStringLiteral("unknown directive \"%1\"").arg(line));
        }
        m_connections.last().append(step);
    }
    return true;
}

} // namespace TestSupport
