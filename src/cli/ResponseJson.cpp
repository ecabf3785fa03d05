#include "cli/ResponseJson.h"

#include <QtCore/QJsonArray>
#include <QtCore/QStringDecoder>

using namespace Imap::Wire;

namespace Cli {

namespace {

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// Server bytes as a JSON string: UTF-8 when valid, else Latin-1 so every byte stays visible.
QJsonValue bytes(const QByteArray &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(value);
    if (!decoder.hasError())
        return text;
    return QString::fromLatin1(value);
}

// 64-bit values beyond 2^53 would lose digits as JSON numbers; those become decimal strings.
QJsonValue number(quint64 value)
{
    if (value <= (quint64(1) << 53))
        return double(value);
    return QString::number(value);
}

template<typename T>
void insertOptional(QJsonObject &object, const char *name, const std::optional<T> &value)
{
    if (value)
        object.insert(key(name), number(quint64(*value)));
}

QJsonArray byteList(const QList<QByteArray> &list)
{
    QJsonArray array;
    for (const QByteArray &item : list)
        array.append(bytes(item));
    return array;
}

QJsonObject pairObject(const QList<ByteArrayPair> &pairs)
{
    QJsonObject object;
    for (const ByteArrayPair &pair : pairs)
        object.insert(QString::fromLatin1(pair.first), bytes(pair.second));
    return object;
}

QJsonArray pairArray(const QList<ByteArrayPair> &pairs)
{
    QJsonArray array;
    for (const ByteArrayPair &pair : pairs)
        array.append(QJsonArray{bytes(pair.first), bytes(pair.second)});
    return array;
}

QJsonValue ranges(const NumberRanges &ranges)
{
    QByteArray text;
    for (const NumberRange &range : ranges) {
        if (!text.isEmpty())
            text.append(',');
        auto one = [](quint32 n) {
            return n == 0 ? QByteArrayLiteral("*") : QByteArray::number(n);
        };
        text.append(one(range.first));
        if (range.last != range.first)
            text.append(':').append(one(range.last));
    }
    return QString::fromLatin1(text);
}

QJsonValue codeJson(const ResponseCode &code)
{
    if (code.kind == ResponseCode::Kind::None)
        return QJsonValue::Null;
    QJsonObject object;
    object.insert(key("name"), bytes(code.name));
    object.insert(key("kind"), QString::fromLatin1(responseCodeName(code.kind)));
    if (!code.rawArguments.isEmpty())
        object.insert(key("raw"), bytes(code.rawArguments));
    if (!code.list.isEmpty())
        object.insert(key("list"), byteList(code.list));
    insertOptional(object, "number", code.number);
    if (code.kind == ResponseCode::Kind::AppendUid || code.kind == ResponseCode::Kind::CopyUid)
        object.insert(key("uidValidity"), double(code.uidValidity));
    if (!code.sourceUids.isEmpty())
        object.insert(key("sourceUids"), ranges(code.sourceUids));
    if (!code.uids.isEmpty())
        object.insert(key("uids"), ranges(code.uids));
    return object;
}

QJsonArray numberList(const QList<quint32> &numbers)
{
    QJsonArray array;
    for (quint32 n : numbers)
        array.append(double(n));
    return array;
}

QJsonValue addresses(const QList<Address> &list)
{
    if (list.isEmpty())
        return QJsonValue::Null;
    QJsonArray array;
    for (const Address &a : list) {
        array.append(QJsonObject{{key("name"), bytes(a.name)},
                                 {key("adl"), bytes(a.adl)},
                                 {key("mailbox"), bytes(a.mailbox)},
                                 {key("host"), bytes(a.host)}});
    }
    return array;
}

QJsonObject envelopeJson(const Envelope &e)
{
    return QJsonObject{
        {key("date"), bytes(e.date)},           {key("subject"), bytes(e.subject)},
        {key("from"), addresses(e.from)},       {key("sender"), addresses(e.sender)},
        {key("replyTo"), addresses(e.replyTo)}, {key("to"), addresses(e.to)},
        {key("cc"), addresses(e.cc)},           {key("bcc"), addresses(e.bcc)},
        {key("inReplyTo"), bytes(e.inReplyTo)}, {key("messageId"), bytes(e.messageId)}};
}

// Iterative would be overkill: depth is bounded by ParserLimits::maxNestingDepth.
QJsonObject bodyJson(const BodyStructure &body)
{
    QJsonObject object;
    object.insert(key("type"), bytes(body.type));
    object.insert(key("subtype"), bytes(body.subtype));
    if (!body.parameters.isEmpty())
        object.insert(key("parameters"), pairObject(body.parameters));
    if (body.multipart) {
        QJsonArray parts;
        for (const BodyStructure &part : body.parts)
            parts.append(bodyJson(part));
        object.insert(key("parts"), parts);
    } else {
        object.insert(key("id"), bytes(body.id));
        object.insert(key("description"), bytes(body.description));
        object.insert(key("encoding"), bytes(body.encoding));
        object.insert(key("size"), number(body.size));
        insertOptional(object, "lines", body.lines);
        if (body.envelope)
            object.insert(key("envelope"), envelopeJson(*body.envelope));
        if (!body.parts.empty())
            object.insert(key("body"), bodyJson(body.parts.front()));
        if (!body.md5.isNull())
            object.insert(key("md5"), bytes(body.md5));
    }
    if (body.disposition) {
        object.insert(key("disposition"),
                      QJsonObject{{key("type"), bytes(body.disposition->type)},
                                  {key("parameters"), pairObject(body.disposition->parameters)}});
    }
    if (!body.language.isEmpty())
        object.insert(key("language"), byteList(body.language));
    if (!body.location.isNull())
        object.insert(key("location"), bytes(body.location));
    if (!body.extensionRaw.isEmpty())
        object.insert(key("extension"), bytes(body.extensionRaw));
    return object;
}

QJsonObject fetchJson(const Fetch &f)
{
    QJsonObject items;
    insertOptional(items, "UID", f.uid);
    if (f.flags)
        items.insert(key("FLAGS"), byteList(*f.flags));
    insertOptional(items, "RFC822.SIZE", f.rfc822Size);
    if (!f.internalDate.isNull())
        items.insert(key("INTERNALDATE"), bytes(f.internalDate));
    if (f.envelope)
        items.insert(key("ENVELOPE"), envelopeJson(*f.envelope));
    if (f.extras->body)
        items.insert(key("BODY"), bodyJson(*f.extras->body));
    if (f.extras->bodyStructure)
        items.insert(key("BODYSTRUCTURE"), bodyJson(*f.extras->bodyStructure));
    insertOptional(items, "MODSEQ", f.modSeq);
    if (!f.extras->emailId.isNull())
        items.insert(key("EMAILID"), bytes(f.extras->emailId));
    if (!f.extras->threadId.isNull())
        items.insert(key("THREADID"), bytes(f.extras->threadId));
    if (f.extras->preview)
        items.insert(key("PREVIEW"), bytes(*f.extras->preview));
    insertOptional(items, "X-GM-MSGID", f.extras->gmailMessageId);
    insertOptional(items, "X-GM-THRID", f.extras->gmailThreadId);
    if (f.extras->gmailLabels)
        items.insert(key("X-GM-LABELS"), byteList(*f.extras->gmailLabels));
    for (const FetchSection &s : f.extras->sections) {
        QByteArray name = s.item;
        if (s.item == "BODY" || s.item == "BINARY")
            name += '[' + s.section + ']';
        if (s.origin)
            name += '<' + QByteArray::number(*s.origin) + '>';
        QJsonObject section{{key("data"), bytes(s.data)}, {key("size"), double(s.size)}};
        if (s.streamedToSink)
            section.insert(key("sinkOffset"), double(s.sinkOffset));
        items.insert(QString::fromLatin1(name), section);
    }
    for (const BinarySize &s : f.extras->binarySizes)
        items.insert(QString::fromLatin1("BINARY.SIZE[" + s.section + ']'), number(s.size));
    for (const ByteArrayPair &u : f.extras->unknown)
        items.insert(QString::fromLatin1(u.first), QJsonObject{{key("raw"), bytes(u.second)}});
    QJsonObject object{{key("sequence"), double(f.sequence)}, {key("items"), items}};
    if (!f.extras->malformed.isEmpty())
        object.insert(key("malformed"), pairArray(f.extras->malformed));
    return object;
}

QJsonArray namespaces(const QList<NamespaceEntry> &entries)
{
    QJsonArray array;
    for (const NamespaceEntry &e : entries) {
        QJsonObject object{{key("prefix"), bytes(e.prefix)},
                           {key("delimiter"), bytes(e.delimiter)}};
        if (!e.extensions.isEmpty()) {
            QJsonObject ext;
            for (const auto &[name, values] : e.extensions)
                ext.insert(QString::fromLatin1(name), byteList(values));
            object.insert(key("extensions"), ext);
        }
        array.append(object);
    }
    return array;
}

QJsonObject data(const char *type, QJsonObject fields)
{
    fields.insert(key("kind"), key("data"));
    fields.insert(key("type"), key(type));
    return fields;
}

} // namespace

QJsonObject ResponseJson::toJson(const Response &response)
{
    QJsonObject object = toJson(response.value);
    object.insert(key("offset"), double(response.offset));
    object.insert(key("size"), double(response.size));
    return object;
}

QJsonObject ResponseJson::toJson(const Response::Value &value)
{
    return std::visit(
        Overloaded{
            [](const TaggedStatus &r) {
                return QJsonObject{{key("kind"), key("tagged")},
                                   {key("tag"), bytes(r.tag)},
                                   {key("status"), QString::fromLatin1(statusName(r.status))},
                                   {key("code"), codeJson(r.code)},
                                   {key("text"), bytes(r.text)}};
            },
            [](const UntaggedStatus &r) {
                return QJsonObject{{key("kind"), key("untagged")},
                                   {key("status"), QString::fromLatin1(statusName(r.status))},
                                   {key("code"), codeJson(r.code)},
                                   {key("text"), bytes(r.text)}};
            },
            [](const ContinuationRequest &r) {
                return QJsonObject{{key("kind"), key("continuation")},
                                   {key("code"), codeJson(r.code)},
                                   {key("text"), bytes(r.text)}};
            },
            [](const Capability &r) {
                return data("CAPABILITY", {{key("capabilities"), byteList(r.capabilities)}});
            },
            [](const Enabled &r) {
                return data("ENABLED", {{key("capabilities"), byteList(r.capabilities)}});
            },
            [](const List &r) {
                QJsonObject o{{key("attributes"), byteList(r.attributes)},
                              {key("delimiter"), bytes(r.delimiter)},
                              {key("mailbox"), bytes(r.mailbox)}};
                if (!r.childInfo.isEmpty())
                    o.insert(key("childInfo"), byteList(r.childInfo));
                if (!r.oldName.isNull())
                    o.insert(key("oldName"), bytes(r.oldName));
                if (!r.otherExtended.isEmpty())
                    o.insert(key("extended"), pairObject(r.otherExtended));
                return data(r.lsub ? "LSUB" : "LIST", o);
            },
            [](const StatusData &r) {
                QJsonObject items;
                insertOptional(items, "MESSAGES", r.messages);
                insertOptional(items, "RECENT", r.recent);
                insertOptional(items, "UIDNEXT", r.uidNext);
                insertOptional(items, "UIDVALIDITY", r.uidValidity);
                insertOptional(items, "UNSEEN", r.unseen);
                insertOptional(items, "DELETED", r.deleted);
                insertOptional(items, "HIGHESTMODSEQ", r.highestModSeq);
                insertOptional(items, "SIZE", r.size);
                insertOptional(items, "APPENDLIMIT", r.appendLimit);
                for (const auto &[name, n] : r.other)
                    items.insert(QString::fromLatin1(name), number(n));
                return data("STATUS", {{key("mailbox"), bytes(r.mailbox)}, {key("items"), items}});
            },
            [](const Search &r) {
                QJsonObject o{{key("numbers"), numberList(r.numbers)}};
                insertOptional(o, "modSeq", r.modSeq);
                return data("SEARCH", o);
            },
            [](const ESearch &r) {
                QJsonObject o{{key("tag"), bytes(r.tag)}, {key("uid"), r.uid}};
                insertOptional(o, "min", r.min);
                insertOptional(o, "max", r.max);
                insertOptional(o, "count", r.count);
                if (!r.all.isEmpty())
                    o.insert(key("all"), ranges(r.all));
                insertOptional(o, "modSeq", r.modSeq);
                if (!r.other.isEmpty())
                    o.insert(key("other"), pairObject(r.other));
                return data("ESEARCH", o);
            },
            [](const Sort &r) {
                QJsonObject o{{key("numbers"), numberList(r.numbers)}};
                insertOptional(o, "modSeq", r.modSeq);
                return data("SORT", o);
            },
            [](const Thread &r) {
                QJsonArray nodes;
                for (const ThreadNode &n : r.nodes)
                    nodes.append(QJsonArray{double(n.number), double(n.parent)});
                return data("THREAD", {{key("nodes"), nodes}});
            },
            [](const Flags &r) {
                return data("FLAGS", {{key("flags"), byteList(r.flags)}});
            },
            [](const Exists &r) {
                return data("EXISTS", {{key("count"), double(r.count)}});
            },
            [](const Recent &r) {
                return data("RECENT", {{key("count"), double(r.count)}});
            },
            [](const Expunge &r) {
                return data("EXPUNGE", {{key("sequence"), double(r.sequence)}});
            },
            [](const Vanished &r) {
                return data("VANISHED",
                            {{key("earlier"), r.earlier}, {key("uids"), ranges(r.uids)}});
            },
            [](const Namespace &r) {
                return data("NAMESPACE", {{key("personal"), namespaces(r.personal)},
                                          {key("otherUsers"), namespaces(r.otherUsers)},
                                          {key("shared"), namespaces(r.shared)}});
            },
            [](const Id &r) {
                return data("ID", {{key("fields"), pairArray(r.fields)}});
            },
            [](const Quota &r) {
                QJsonArray resources;
                for (const QuotaResource &q : r.resources) {
                    resources.append(QJsonObject{{key("name"), bytes(q.name)},
                                                 {key("usage"), number(q.usage)},
                                                 {key("limit"), number(q.limit)}});
                }
                return data("QUOTA", {{key("root"), bytes(r.root)}, {key("resources"), resources}});
            },
            [](const QuotaRoot &r) {
                return data("QUOTAROOT", {{key("mailbox"), bytes(r.mailbox)},
                                          {key("roots"), byteList(r.roots)}});
            },
            [](const Acl &r) {
                return data("ACL", {{key("mailbox"), bytes(r.mailbox)},
                                    {key("entries"), pairArray(r.entries)}});
            },
            [](const ListRights &r) {
                return data("LISTRIGHTS", {{key("mailbox"), bytes(r.mailbox)},
                                           {key("identifier"), bytes(r.identifier)},
                                           {key("required"), bytes(r.required)},
                                           {key("optional"), byteList(r.optional)}});
            },
            [](const MyRights &r) {
                return data("MYRIGHTS",
                            {{key("mailbox"), bytes(r.mailbox)}, {key("rights"), bytes(r.rights)}});
            },
            [](const Metadata &r) {
                return data("METADATA", {{key("mailbox"), bytes(r.mailbox)},
                                         {key("entries"), pairArray(r.entries)},
                                         {key("namesOnly"), r.namesOnly}});
            },
            [](const Fetch &r) { return data("FETCH", fetchJson(r)); },
            [](const UnknownData &r) {
                QJsonObject o{{key("name"), bytes(r.name)}, {key("raw"), bytes(r.raw)}};
                insertOptional(o, "number", r.number);
                return data("UNKNOWN", o);
            },
            [](const std::monostate &) {
                return QJsonObject{{key("kind"), key("empty")}};
            },
            [](const ProtocolError &r) {
                return QJsonObject{
                    {key("kind"), key("error")},
                    {key("error"), QString::fromLatin1(protocolErrorKindName(r.kind))},
                    {key("errorOffset"), double(r.offset)},
                    {key("responseOffset"), double(r.responseOffset)},
                    {key("message"), bytes(r.message)},
                    {key("fatal"), r.fatal}};
            },
        },
        value);
}

} // namespace Cli
