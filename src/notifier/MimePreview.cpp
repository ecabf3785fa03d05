#include "notifier/MimePreview.h"

#include "notifier/Charset.h"
#include "notifier/TransferEncoding.h"

#include <QtCore/QRegularExpression>

namespace Notifier {

namespace {

struct Entity
{
    QByteArray type = "text/plain"; // RFC 2045 default
    QByteArray charset;
    QByteArray encoding;
    QByteArray boundary;
    bool attachment = false;
    QByteArray body;
};

// Splits "header CRLF CRLF body"; a message cut inside its header has an empty body.
void splitEntity(const QByteArray &raw, QByteArray *header, QByteArray *body)
{
    qsizetype split = -1;
    qsizetype skip = 0;
    if (raw.startsWith("\r\n")) {
        split = 0;
        skip = 2;
    } else if (raw.startsWith('\n')) {
        split = 0;
        skip = 1;
    } else {
        const qsizetype crlf = raw.indexOf("\r\n\r\n");
        const qsizetype lf = raw.indexOf("\n\n");
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            split = crlf;
            skip = 4;
        } else if (lf >= 0) {
            split = lf;
            skip = 2;
        }
    }
    if (split < 0) {
        *header = raw;
        body->clear();
        return;
    }
    *header = raw.left(split);
    *body = raw.mid(split + skip);
}

Entity parseEntity(const QByteArray &raw, const QByteArray &defaultType)
{
    Entity entity;
    entity.type = defaultType;
    QByteArray header;
    splitEntity(raw, &header, &entity.body);
    const auto fields = MimePreview::parseHeader(header);
    for (const auto &field : fields) {
        if (field.first == "content-type") {
            entity.type = MimePreview::contentTypeOf(field.second);
            entity.charset = MimePreview::parameterOf(field.second, "charset");
            entity.boundary = MimePreview::parameterOf(field.second, "boundary");
        } else if (field.first == "content-transfer-encoding") {
            entity.encoding = field.second.trimmed().toLower();
        } else if (field.first == "content-disposition") {
            entity.attachment = field.second.trimmed().toLower().startsWith("attachment");
        }
    }
    return entity;
}

// The parts of a multipart body. The closing delimiter may be missing (cut preview).
QList<QByteArray> splitMultipart(const QByteArray &body, const QByteArray &boundary)
{
    QList<QByteArray> parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype position = 0;
    qsizetype partStart = -1;
    while (position <= body.size() && parts.size() < MimePreview::MaxParts) {
        const qsizetype found = body.indexOf(delimiter, position);
        if (found < 0)
            break;
        // A delimiter counts only at the start of a line.
        if (found != 0 && body.at(found - 1) != '\n') {
            position = found + 1;
            continue;
        }
        if (partStart >= 0) {
            qsizetype end = found;
            if (end > 0 && body.at(end - 1) == '\n')
                --end;
            if (end > 0 && body.at(end - 1) == '\r')
                --end;
            parts.append(body.mid(partStart, end - partStart));
        }
        const qsizetype after = found + delimiter.size();
        if (body.mid(after, 2) == "--")
            return parts; // closing delimiter
        const qsizetype lineEnd = body.indexOf('\n', after);
        if (lineEnd < 0)
            return parts;
        partStart = lineEnd + 1;
        position = partStart;
    }
    if (partStart >= 0 && partStart < body.size() && parts.size() < MimePreview::MaxParts)
        parts.append(body.mid(partStart)); // unterminated last part of a cut message
    return parts;
}

struct Found
{
    QString plain;
    QString html;
    bool havePlain = false;
    bool haveHtml = false;
};

void walk(const QByteArray &raw, const QByteArray &defaultType, int depth, Found *found)
{
    if (found->havePlain || depth > MimePreview::MaxDepth)
        return;
    const Entity entity = parseEntity(raw, defaultType);
    if (entity.type.startsWith("multipart/")) {
        if (entity.boundary.isEmpty())
            return;
        // In multipart/digest the default type of a part is message/rfc822.
        const QByteArray childDefault =
            entity.type == "multipart/digest" ? QByteArray("message/rfc822") : "text/plain";
        const QList<QByteArray> parts = splitMultipart(entity.body, entity.boundary);
        for (const QByteArray &part : parts) {
            walk(part, childDefault, depth + 1, found);
            if (found->havePlain)
                return;
        }
        return;
    }
    if (entity.attachment)
        return;
    if (entity.type == "text/plain") {
        found->plain =
            MimePreview::fromPart(entity.body, entity.type, entity.charset, entity.encoding);
        found->havePlain = true;
    } else if (entity.type == "text/html" && !found->haveHtml) {
        found->html =
            MimePreview::fromPart(entity.body, entity.type, entity.charset, entity.encoding);
        found->haveHtml = true;
    }
}

} // namespace

QList<QPair<QByteArray, QByteArray>> MimePreview::parseHeader(const QByteArray &header)
{
    QList<QPair<QByteArray, QByteArray>> fields;
    const QList<QByteArray> lines = header.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if ((line.at(0) == ' ' || line.at(0) == '\t') && !fields.isEmpty()) {
            fields.last().second += ' ' + line.trimmed(); // folded continuation
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        fields.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        if (fields.size() > 500)
            break; // enough for any real header; a hostile one does not grow us further
    }
    return fields;
}

QByteArray MimePreview::contentTypeOf(const QByteArray &value)
{
    QByteArray type = value;
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    type = type.trimmed().toLower();
    return type.contains('/') ? type : QByteArray("text/plain");
}

QByteArray MimePreview::parameterOf(const QByteArray &value, const QByteArray &name)
{
    // Parameters: ; name=token or ; name="quoted \" string"; case-insensitive names.
    qsizetype i = value.indexOf(';');
    while (i >= 0 && i < value.size()) {
        ++i;
        while (i < value.size() && (value.at(i) == ' ' || value.at(i) == '\t'))
            ++i;
        const qsizetype equals = value.indexOf('=', i);
        if (equals < 0)
            return QByteArray();
        const QByteArray key = value.mid(i, equals - i).trimmed().toLower();
        qsizetype j = equals + 1;
        while (j < value.size() && (value.at(j) == ' ' || value.at(j) == '\t'))
            ++j;
        QByteArray parameter;
        if (j < value.size() && value.at(j) == '"') {
            ++j;
            while (j < value.size() && value.at(j) != '"') {
                if (value.at(j) == '\\' && j + 1 < value.size())
                    ++j;
                parameter.append(value.at(j));
                ++j;
            }
            ++j;
            const qsizetype next = value.indexOf(';', j);
            i = next;
        } else {
            const qsizetype next = value.indexOf(';', j);
            parameter = value.mid(j, next < 0 ? -1 : next - j).trimmed();
            i = next;
        }
        if (key == name)
            return parameter;
    }
    return QByteArray();
}

QString MimePreview::htmlToText(const QString &html)
{
    QString text = html;
    static const QRegularExpression invisible(
        QStringLiteral("<(head|style|script|title)\\b[^>]*>.*?(</\\1\\s*>|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<(br|p|div|tr|li|h[1-6])\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression comments(QStringLiteral("<!--.*?(-->|$)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*(>|$)"));
    text.remove(comments);
    text.remove(invisible);
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    // The entities that matter in previews; numeric ones in full.
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});"));
    QString decoded;
    qsizetype last = 0;
    auto it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        decoded += QStringView(text).mid(last, match.capturedStart() - last);
        const QString number = match.captured(1);
        bool ok = false;
        const uint code = number.startsWith(QLatin1Char('x')) ? number.mid(1).toUInt(&ok, 16)
                                                              : number.toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t ch = code;
            decoded += QString::fromUcs4(&ch, 1);
        }
        last = match.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    decoded.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    decoded.replace(QLatin1String("&lt;"), QLatin1String("<"));
    decoded.replace(QLatin1String("&gt;"), QLatin1String(">"));
    decoded.replace(QLatin1String("&quot;"), QLatin1String("\""));
    decoded.replace(QLatin1String("&apos;"), QLatin1String("'"));
    decoded.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return decoded;
}

QString MimePreview::fromPart(const QByteArray &bytes, const QByteArray &mimeType,
                              const QByteArray &charset, const QByteArray &transferEncoding)
{
    const QString text =
        Charset::decode(TransferEncoding::decode(bytes, transferEncoding), charset);
    if (mimeType.toLower() == "text/html")
        return htmlToText(text);
    return text;
}

QString MimePreview::fromMessage(const QByteArray &raw)
{
    Found found;
    walk(raw, "text/plain", 0, &found);
    if (found.havePlain)
        return found.plain;
    return found.html;
}

} // namespace Notifier
