#include "imap/wire/ResponseWriter.h"

namespace Imap::Wire {

namespace {

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

// Appends the bytes of one response. Strings are written quoted when that is exact, as a
// literal otherwise (CR, LF, NUL, or very long values), so the parser reads back the same bytes.
class Writer
{
public:
    QByteArray out;

    void raw(QByteArrayView bytes) { out.append(bytes.data(), bytes.size()); }
    void ch(char c) { out.append(c); }
    void num(quint64 n) { out.append(QByteArray::number(n)); }

    void string(const QByteArray &s)
    {
        bool needsLiteral = s.size() > 4000;
        for (qsizetype i = 0; i < s.size() && !needsLiteral; ++i) {
            const char c = s[i];
            needsLiteral = c == '\r' || c == '\n' || c == '\0';
        }
        if (needsLiteral) {
            ch('{');
            num(quint64(s.size()));
            raw("}\r\n");
            raw(s);
            return;
        }
        ch('"');
        for (char c : s) {
            if (c == '"' || c == '\\')
                ch('\\');
            ch(c);
        }
        ch('"');
    }
    void nstring(const QByteArray &s)
    {
        if (s.isNull())
            raw("NIL");
        else
            string(s);
    }
    void atoms(const QList<QByteArray> &list)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i)
                ch(' ');
            raw(list[i]);
        }
    }
    void atomList(const QList<QByteArray> &list)
    {
        ch('(');
        atoms(list);
        ch(')');
    }
    void stringList(const QList<QByteArray> &list)
    {
        ch('(');
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i)
                ch(' ');
            string(list[i]);
        }
        ch(')');
    }
    void ranges(const NumberRanges &set)
    {
        for (qsizetype i = 0; i < set.size(); ++i) {
            if (i)
                ch(',');
            seq(set[i].first);
            if (set[i].last != set[i].first) {
                ch(':');
                seq(set[i].last);
            }
        }
    }
    // The space between the items of a parenthesised list that began at `start`: none
    // before the first.
    void separate(qsizetype start)
    {
        if (out.size() != start)
            ch(' ');
    }
    void seq(quint32 n)
    {
        if (n == 0)
            ch('*');
        else
            num(n);
    }

    void code(const ResponseCode &code)
    {
        if (code.kind == ResponseCode::Kind::None)
            return;
        ch('[');
        raw(code.name);
        if (!code.rawArguments.isEmpty()) {
            ch(' ');
            raw(code.rawArguments);
        }
        raw("] ");
    }
    void statusText(Status status, const ResponseCode &c, const QByteArray &text)
    {
        raw(statusName(status));
        ch(' ');
        code(c);
        raw(text);
    }

    // "(name value name value)" with NIL for a null value (body parameters, ID, METADATA).
    void pairList(const QList<ByteArrayPair> &pairs)
    {
        ch('(');
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            if (i)
                ch(' ');
            string(pairs[i].first);
            ch(' ');
            nstring(pairs[i].second);
        }
        ch(')');
    }
    // A pair list, or NIL when there are none.
    void parameters(const QList<ByteArrayPair> &params)
    {
        if (params.isEmpty())
            raw("NIL");
        else
            pairList(params);
    }
    void addresses(const QList<Address> &list)
    {
        if (list.isEmpty()) {
            raw("NIL");
            return;
        }
        ch('(');
        for (const Address &a : list) {
            ch('(');
            nstring(a.name);
            ch(' ');
            nstring(a.adl);
            ch(' ');
            nstring(a.mailbox);
            ch(' ');
            nstring(a.host);
            ch(')');
        }
        ch(')');
    }
    void envelope(const Envelope &e)
    {
        ch('(');
        nstring(e.date);
        ch(' ');
        nstring(e.subject);
        for (const QList<Address> *list : {&e.from, &e.sender, &e.replyTo, &e.to, &e.cc, &e.bcc}) {
            ch(' ');
            addresses(*list);
        }
        ch(' ');
        nstring(e.inReplyTo);
        ch(' ');
        nstring(e.messageId);
        ch(')');
    }
    void extensionTail(const BodyStructure &b)
    {
        ch(' ');
        if (b.disposition) {
            ch('(');
            nstring(b.disposition->type);
            ch(' ');
            parameters(b.disposition->parameters);
            ch(')');
        } else {
            raw("NIL");
        }
        ch(' ');
        if (b.language.isEmpty())
            raw("NIL");
        else
            stringList(b.language);
        ch(' ');
        nstring(b.location);
        if (!b.extensionRaw.isEmpty()) {
            ch(' ');
            raw(b.extensionRaw);
        }
    }
    // Recursion depth follows the parsed structure, which the parser bounded.
    void body(const BodyStructure &b)
    {
        ch('(');
        if (b.multipart) {
            for (const BodyStructure &part : b.parts)
                body(part);
            ch(' ');
            nstring(b.subtype);
            if (b.hasExtension) {
                ch(' ');
                parameters(b.parameters);
                extensionTail(b);
            }
            ch(')');
            return;
        }
        nstring(b.type);
        ch(' ');
        nstring(b.subtype);
        ch(' ');
        parameters(b.parameters);
        ch(' ');
        nstring(b.id);
        ch(' ');
        nstring(b.description);
        ch(' ');
        nstring(b.encoding);
        ch(' ');
        num(b.size);
        if (b.envelope) {
            ch(' ');
            envelope(*b.envelope);
            ch(' ');
            if (!b.parts.empty())
                body(b.parts.front());
            if (b.lines) {
                ch(' ');
                num(*b.lines);
            }
        } else if (b.lines) {
            ch(' ');
            num(*b.lines);
        }
        if (b.hasExtension) {
            ch(' ');
            nstring(b.md5);
            extensionTail(b);
        }
        ch(')');
    }

    void fetch(const Fetch &f)
    {
        raw("* ");
        num(f.sequence);
        raw(" FETCH (");
        const qsizetype start = out.size();
        auto item = [&](const char *name) {
            separate(start);
            raw(name);
            ch(' ');
        };
        if (f.uid) {
            item("UID");
            num(*f.uid);
        }
        if (f.flags) {
            item("FLAGS");
            atomList(*f.flags);
        }
        if (f.rfc822Size) {
            item("RFC822.SIZE");
            num(*f.rfc822Size);
        }
        if (!f.internalDate.isNull()) {
            item("INTERNALDATE");
            string(f.internalDate);
        }
        if (f.envelope) {
            item("ENVELOPE");
            envelope(*f.envelope);
        }
        if (f.extras->body) {
            item("BODY");
            body(*f.extras->body);
        }
        if (f.extras->bodyStructure) {
            item("BODYSTRUCTURE");
            body(*f.extras->bodyStructure);
        }
        if (f.modSeq) {
            item("MODSEQ");
            ch('(');
            num(*f.modSeq);
            ch(')');
        }
        if (!f.extras->emailId.isNull()) {
            item("EMAILID");
            ch('(');
            raw(f.extras->emailId);
            ch(')');
        }
        if (!f.extras->threadId.isNull()) {
            item("THREADID");
            ch('(');
            raw(f.extras->threadId);
            ch(')');
        }
        if (f.extras->preview) {
            item("PREVIEW");
            nstring(*f.extras->preview);
        }
        if (f.extras->gmailMessageId) {
            item("X-GM-MSGID");
            num(*f.extras->gmailMessageId);
        }
        if (f.extras->gmailThreadId) {
            item("X-GM-THRID");
            num(*f.extras->gmailThreadId);
        }
        if (f.extras->gmailLabels) {
            item("X-GM-LABELS");
            stringList(*f.extras->gmailLabels);
        }
        for (const FetchSection &s : f.extras->sections) {
            separate(start);
            raw(s.item);
            if (s.item == "BODY" || s.item == "BINARY") {
                ch('[');
                raw(s.section);
                ch(']');
            }
            if (s.origin) {
                ch('<');
                num(*s.origin);
                ch('>');
            }
            ch(' ');
            nstring(s.data);
        }
        for (const BinarySize &s : f.extras->binarySizes) {
            separate(start);
            raw("BINARY.SIZE[");
            raw(s.section);
            raw("] ");
            num(s.size);
        }
        for (const ByteArrayPair &u : f.extras->unknown) {
            separate(start);
            raw(u.first);
            if (!u.second.isEmpty()) {
                ch(' ');
                raw(u.second);
            }
        }
        // Malformed items keep the bytes after the name verbatim, separator included.
        for (const ByteArrayPair &m : f.extras->malformed) {
            separate(start);
            raw(m.first);
            raw(m.second);
        }
        ch(')');
    }

    void thread(const Thread &t)
    {
        // Children per node, then a walk with an explicit stack: a long reply chain is a long
        // list of single children and must not recurse.
        const qsizetype n = t.nodes.size();
        QList<QList<qint32>> children(n);
        QList<qint32> roots;
        for (qsizetype i = 0; i < n; ++i) {
            const qint32 parent = t.nodes[i].parent;
            if (parent < 0 || parent >= i)
                roots.append(qint32(i));
            else
                children[parent].append(qint32(i));
        }
        raw("* THREAD");
        if (!roots.isEmpty())
            ch(' ');
        struct Frame
        {
            const QList<qint32> *list;
            qsizetype index;
        };
        QList<Frame> stack;
        stack.append(Frame{&roots, 0});
        while (!stack.isEmpty()) {
            Frame &frame = stack.last();
            if (frame.index == frame.list->size()) {
                stack.removeLast();
                if (!stack.isEmpty())
                    ch(')');
                continue;
            }
            qint32 node = frame.list->at(frame.index++);
            ch('(');
            // Write a chain of single children inline.
            for (;;) {
                const bool placeholder = t.nodes[node].number == 0;
                if (!placeholder)
                    num(t.nodes[node].number);
                const QList<qint32> &kids = children[node];
                if (!placeholder && kids.size() == 1 && t.nodes[kids[0]].number != 0) {
                    ch(' ');
                    node = kids[0];
                    continue;
                }
                if (!kids.isEmpty()) {
                    if (!placeholder)
                        ch(' ');
                    stack.append(Frame{&kids, 0});
                } else {
                    ch(')');
                }
                break;
            }
        }
    }

    void namespaces(const QList<NamespaceEntry> &list)
    {
        if (list.isEmpty()) {
            raw("NIL");
            return;
        }
        ch('(');
        for (const NamespaceEntry &e : list) {
            ch('(');
            string(e.prefix);
            ch(' ');
            nstring(e.delimiter);
            for (const auto &[name, values] : e.extensions) {
                ch(' ');
                string(name);
                ch(' ');
                stringList(values);
            }
            ch(')');
        }
        ch(')');
    }

    // SEARCH and SORT data: the numbers, then (MODSEQ n) when there is one.
    void numbers(const char *name, const QList<quint32> &list, std::optional<quint64> modSeq)
    {
        raw(name);
        for (quint32 n : list) {
            ch(' ');
            num(n);
        }
        if (modSeq) {
            raw(" (MODSEQ ");
            num(*modSeq);
            ch(')');
        }
    }
    // "* n EXISTS" and the other message-data that is a number then a name.
    void counted(quint32 n, const char *name)
    {
        raw("* ");
        num(n);
        raw(name);
    }

    void value(const Response::Value &v);
};

void Writer::value(const Response::Value &v)
{
    std::visit(Overloaded{
                   [&](const TaggedStatus &r) {
                       raw(r.tag);
                       ch(' ');
                       statusText(r.status, r.code, r.text);
                   },
                   [&](const UntaggedStatus &r) {
                       raw("* ");
                       statusText(r.status, r.code, r.text);
                   },
                   [&](const ContinuationRequest &r) {
                       raw("+ ");
                       code(r.code);
                       raw(r.text);
                   },
                   [&](const Capability &r) {
                       raw("* CAPABILITY ");
                       atoms(r.capabilities);
                   },
                   [&](const Enabled &r) {
                       raw("* ENABLED ");
                       atoms(r.capabilities);
                   },
                   [&](const List &r) {
                       raw(r.lsub ? "* LSUB " : "* LIST ");
                       atomList(r.attributes);
                       ch(' ');
                       nstring(r.delimiter);
                       ch(' ');
                       string(r.mailbox);
                       if (!r.childInfo.isEmpty() || !r.oldName.isNull() ||
                           !r.otherExtended.isEmpty()) {
                           raw(" (");
                           const qsizetype start = out.size();
                           if (!r.childInfo.isEmpty()) {
                               raw("CHILDINFO ");
                               stringList(r.childInfo);
                           }
                           if (!r.oldName.isNull()) {
                               separate(start);
                               raw("OLDNAME (");
                               string(r.oldName);
                               ch(')');
                           }
                           for (const ByteArrayPair &e : r.otherExtended) {
                               separate(start);
                               string(e.first);
                               ch(' ');
                               raw(e.second);
                           }
                           ch(')');
                       }
                   },
                   [&](const StatusData &r) {
                       raw("* STATUS ");
                       string(r.mailbox);
                       raw(" (");
                       const qsizetype start = out.size();
                       auto item = [&](const char *name, auto value) {
                           if (!value)
                               return;
                           separate(start);
                           raw(name);
                           ch(' ');
                           num(quint64(*value));
                       };
                       item("MESSAGES", r.messages);
                       item("RECENT", r.recent);
                       item("UIDNEXT", r.uidNext);
                       item("UIDVALIDITY", r.uidValidity);
                       item("UNSEEN", r.unseen);
                       item("DELETED", r.deleted);
                       item("HIGHESTMODSEQ", r.highestModSeq);
                       item("SIZE", r.size);
                       item("APPENDLIMIT", r.appendLimit);
                       for (const auto &[name, n] : r.other) {
                           separate(start);
                           raw(name);
                           ch(' ');
                           num(n);
                       }
                       ch(')');
                   },
                   [&](const Search &r) { numbers("* SEARCH", r.numbers, r.modSeq); },
                   [&](const ESearch &r) {
                       raw("* ESEARCH");
                       if (!r.tag.isNull()) {
                           raw(" (TAG ");
                           string(r.tag);
                           ch(')');
                       }
                       if (r.uid)
                           raw(" UID");
                       auto item = [&](const char *name, auto value) {
                           if (!value)
                               return;
                           ch(' ');
                           raw(name);
                           ch(' ');
                           num(quint64(*value));
                       };
                       item("MIN", r.min);
                       item("MAX", r.max);
                       item("COUNT", r.count);
                       if (!r.all.isEmpty()) {
                           raw(" ALL ");
                           ranges(r.all);
                       }
                       item("MODSEQ", r.modSeq);
                       for (const ByteArrayPair &o : r.other) {
                           ch(' ');
                           raw(o.first);
                           ch(' ');
                           raw(o.second);
                       }
                   },
                   [&](const Sort &r) { numbers("* SORT", r.numbers, r.modSeq); },
                   [&](const Thread &r) { thread(r); },
                   [&](const Flags &r) {
                       raw("* FLAGS ");
                       atomList(r.flags);
                   },
                   [&](const Exists &r) { counted(r.count, " EXISTS"); },
                   [&](const Recent &r) { counted(r.count, " RECENT"); },
                   [&](const Expunge &r) { counted(r.sequence, " EXPUNGE"); },
                   [&](const Vanished &r) {
                       raw(r.earlier ? "* VANISHED (EARLIER) " : "* VANISHED ");
                       ranges(r.uids);
                   },
                   [&](const Namespace &r) {
                       raw("* NAMESPACE ");
                       namespaces(r.personal);
                       ch(' ');
                       namespaces(r.otherUsers);
                       ch(' ');
                       namespaces(r.shared);
                   },
                   [&](const Id &r) {
                       raw("* ID ");
                       parameters(r.fields);
                   },
                   [&](const Quota &r) {
                       raw("* QUOTA ");
                       string(r.root);
                       raw(" (");
                       for (qsizetype i = 0; i < r.resources.size(); ++i) {
                           if (i)
                               ch(' ');
                           raw(r.resources[i].name);
                           ch(' ');
                           num(r.resources[i].usage);
                           ch(' ');
                           num(r.resources[i].limit);
                       }
                       ch(')');
                   },
                   [&](const QuotaRoot &r) {
                       raw("* QUOTAROOT ");
                       string(r.mailbox);
                       for (const QByteArray &root : r.roots) {
                           ch(' ');
                           string(root);
                       }
                   },
                   [&](const Acl &r) {
                       raw("* ACL ");
                       string(r.mailbox);
                       for (const ByteArrayPair &e : r.entries) {
                           ch(' ');
                           string(e.first);
                           ch(' ');
                           string(e.second);
                       }
                   },
                   [&](const ListRights &r) {
                       raw("* LISTRIGHTS ");
                       string(r.mailbox);
                       ch(' ');
                       string(r.identifier);
                       ch(' ');
                       string(r.required);
                       for (const QByteArray &o : r.optional) {
                           ch(' ');
                           string(o);
                       }
                   },
                   [&](const MyRights &r) {
                       raw("* MYRIGHTS ");
                       string(r.mailbox);
                       ch(' ');
                       string(r.rights);
                   },
                   [&](const Metadata &r) {
                       raw("* METADATA ");
                       string(r.mailbox);
                       if (r.namesOnly) {
                           for (const ByteArrayPair &e : r.entries) {
                               ch(' ');
                               string(e.first);
                           }
                           return;
                       }
                       ch(' ');
                       pairList(r.entries);
                   },
                   [&](const Fetch &r) { fetch(r); },
                   [&](const UnknownData &r) {
                       raw("* ");
                       if (r.number) {
                           num(*r.number);
                           ch(' ');
                       }
                       raw(r.name);
                       if (!r.raw.isEmpty()) {
                           ch(' ');
                           raw(r.raw);
                       }
                   },
                   [&](const ProtocolError &) {},
                   [&](const std::monostate &) {},
               },
               v);
}

} // namespace

QByteArray ResponseWriter::write(const Response &response)
{
    return write(response.value);
}

QByteArray ResponseWriter::write(const Response::Value &value)
{
    if (std::holds_alternative<ProtocolError>(value) ||
        std::holds_alternative<std::monostate>(value))
        return {};
    Writer writer;
    writer.value(value);
    writer.out.append("\r\n");
    return writer.out;
}

} // namespace Imap::Wire
