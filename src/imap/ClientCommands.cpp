// The full command set and extensions (issue 5): mailbox management, COPY/MOVE, SORT/THREAD,
// ESEARCH, CONDSTORE/QRESYNC, CATENATE, QUOTA, ACL, METADATA, NOTIFY, COMPRESS. Each method
// builds its command from typed arguments and hands it to the connection's scheduler; a
// command whose extension the server lacks is refused there, locally, before it is sent.

#include "imap/AclReply.h"
#include "imap/AppendReply.h"
#include "imap/Client.h"
#include "imap/CommandBuilding_p.h"
#include "imap/Connection_p.h"
#include "imap/CopyReply.h"
#include "imap/ESearchReply.h"
#include "imap/EnableReply.h"
#include "imap/FetchReply.h"
#include "imap/ListReply.h"
#include "imap/MailboxListReply.h"
#include "imap/MailboxState.h"
#include "imap/MetadataReply.h"
#include "imap/NamespaceReply.h"
#include "imap/QuotaReply.h"
#include "imap/SearchReply.h"
#include "imap/SelectReply.h"
#include "imap/SortReply.h"
#include "imap/ThreadReply.h"

#include <QtCore/QMutex>

#include <map>
#include <tuple>

namespace Imap {

using namespace CommandBuilding;
using Wire::CommandArgument;
using Wire::CommandEncoder;

namespace {

bool containsIgnoreCase(const QByteArrayList &list, QByteArrayView item)
{
    return std::any_of(list.cbegin(), list.cend(), [item](const QByteArray &known) {
        return Wire::equalsIgnoreCase(known, item);
    });
}

// A command table row with a different capability, extra untagged types or concurrency.
// The connection keeps a pointer to the traits of each command, so variants live for the
// whole program, one per distinct combination (a handful).
const CommandTraits &variant(CommandKind kind, const char *capability, bool inRev2,
                             UntaggedTypes extraCollects = {},
                             std::optional<Concurrency> concurrency = std::nullopt)
{
    static QMutex mutex;
    static std::map<std::tuple<int, QByteArray, bool, int, int>, CommandTraits> variants;
    CommandTraits traits = CommandTable::traits(kind);
    if (capability) {
        traits.capability = capability;
        traits.inRev2 = inRev2;
    }
    traits.collects |= extraCollects;
    if (concurrency) {
        traits.concurrency = *concurrency;
    }
    const auto key = std::make_tuple(int(kind), QByteArray(traits.capability), traits.inRev2,
                                     int(traits.collects.toInt()), int(traits.concurrency));
    const QMutexLocker locker(&mutex);
    return variants.try_emplace(key, traits).first->second;
}

template<typename R>
R *send(Connection *connection, R *reply, const CommandTraits &traits, Connection::Builder builder,
        Connection::CommandOptions options = {})
{
    connection->enqueue(reply, traits, std::move(builder), std::move(options));
    return reply;
}

// RFC 5256 / RFC 6855: SORT and THREAD name a charset unless UTF8=ACCEPT is enabled, when a
// charset is not allowed at all.
void appendCharset(QList<CommandArgument> &arguments, const CommandEncoder &encoder, bool mandatory)
{
    if (!encoder.options().utf8Accepted || mandatory) {
        arguments.append(CommandArgument::atom("UTF-8"));
    }
}

} // namespace

// --- mailboxes ------------------------------------------------------------------------------

Reply *Client::create(const Wire::MailboxName &mailbox)
{
    return d->submit<Reply>(CommandKind::Create, build("CREATE", {mailboxArgument(mailbox)}));
}

Reply *Client::deleteMailbox(const Wire::MailboxName &mailbox)
{
    return d->submit<Reply>(CommandKind::Delete, build("DELETE", {mailboxArgument(mailbox)}));
}

Reply *Client::rename(const Wire::MailboxName &from, const Wire::MailboxName &to)
{
    return d->submit<Reply>(CommandKind::Rename,
                            build("RENAME", {mailboxArgument(from), mailboxArgument(to)}));
}

Reply *Client::subscribe(const Wire::MailboxName &mailbox)
{
    return d->submit<Reply>(CommandKind::Subscribe, build("SUBSCRIBE", {mailboxArgument(mailbox)}));
}

Reply *Client::unsubscribe(const Wire::MailboxName &mailbox)
{
    return d->submit<Reply>(CommandKind::Unsubscribe,
                            build("UNSUBSCRIBE", {mailboxArgument(mailbox)}));
}

ListReply *Client::lsub(const QString &reference, const QString &pattern)
{
    return d->submit<ListReply>(
        CommandKind::Lsub,
        build("LSUB", {CommandArgument::mailbox(reference), CommandArgument::mailbox(pattern)}));
}

MailboxListReply *Client::listExtended(const QString &reference, const QList<QString> &patterns,
                                       const QByteArrayList &selectionOptions,
                                       const QByteArrayList &returnOptions,
                                       const QByteArrayList &statusItems)
{
    // The most specific capability gates the command; LIST-STATUS and SPECIAL-USE servers
    // implement LIST-EXTENDED, whose options they extend.
    const bool extended =
        !selectionOptions.isEmpty() || !returnOptions.isEmpty() || patterns.size() != 1;
    const bool specialUse = containsIgnoreCase(selectionOptions, "SPECIAL-USE") ||
                            containsIgnoreCase(returnOptions, "SPECIAL-USE");
    const char *capability = !statusItems.isEmpty() ? "LIST-STATUS"
                             : specialUse           ? "SPECIAL-USE"
                             : extended             ? "LIST-EXTENDED"
                                                    : nullptr;
    QList<CommandArgument> arguments;
    if (!selectionOptions.isEmpty()) {
        arguments.append(atomList(selectionOptions));
    }
    arguments.append(CommandArgument::mailbox(reference));
    if (patterns.size() == 1) {
        arguments.append(CommandArgument::mailbox(patterns.first()));
    } else {
        QList<CommandArgument> list;
        for (const QString &pattern : patterns) {
            list.append(CommandArgument::mailbox(pattern));
        }
        arguments.append(CommandArgument::list(list));
    }
    if (!returnOptions.isEmpty() || !statusItems.isEmpty()) {
        QList<CommandArgument> options;
        for (const QByteArray &option : returnOptions) {
            options.append(CommandArgument::atom(option));
        }
        if (!statusItems.isEmpty()) {
            options.append(CommandArgument::atom("STATUS"));
            options.append(atomList(statusItems));
        }
        arguments.append(CommandArgument::atom("RETURN"));
        arguments.append(CommandArgument::list(options));
    }
    // * STATUS of LIST-STATUS arrives beside * LIST, so this LIST collects both types.
    const CommandTraits &traits =
        variant(CommandKind::List, capability, true,
                statusItems.isEmpty() ? UntaggedTypes() : UntaggedTypes(UntaggedType::Status));
    return send(d, new MailboxListReply(CommandKind::List, this), traits, build("LIST", arguments));
}

NamespaceReply *Client::namespaces()
{
    return send(d, new NamespaceReply(CommandKind::Namespace, this),
                CommandTable::traits(CommandKind::Namespace), build("NAMESPACE"));
}

Reply *Client::check()
{
    return d->submit<Reply>(CommandKind::Check, build("CHECK"));
}

// --- copy and move --------------------------------------------------------------------------

CopyReply *Client::copy(const Wire::SequenceSet &set, const Wire::MailboxName &mailbox)
{
    return send(d, new CopyReply(CommandKind::Copy, this), CommandTable::traits(CommandKind::Copy),
                build("COPY", {CommandArgument::sequenceSet(set), mailboxArgument(mailbox)}));
}

CopyReply *Client::uidCopy(const Wire::SequenceSet &uids, const Wire::MailboxName &mailbox)
{
    return send(d, new CopyReply(CommandKind::UidCopy, this),
                CommandTable::traits(CommandKind::UidCopy),
                build("UID COPY", {CommandArgument::sequenceSet(uids), mailboxArgument(mailbox)}));
}

CopyReply *Client::move(const Wire::SequenceSet &set, const Wire::MailboxName &mailbox)
{
    // MOVE's COPYUID comes in an untagged OK, which is "mailbox data" for the router.
    return send(d, new CopyReply(CommandKind::Move, this),
                variant(CommandKind::Move, nullptr, true, UntaggedType::MailboxData),
                build("MOVE", {CommandArgument::sequenceSet(set), mailboxArgument(mailbox)}));
}

CopyReply *Client::uidMove(const Wire::SequenceSet &uids, const Wire::MailboxName &mailbox,
                           MoveFallback fallback)
{
    const QList<CommandArgument> arguments{CommandArgument::sequenceSet(uids),
                                           mailboxArgument(mailbox)};
    if (fallback == MoveFallback::None || hasCapability("MOVE") || hasCapability("IMAP4rev2")) {
        return send(d, new CopyReply(CommandKind::UidMove, this),
                    variant(CommandKind::UidMove, nullptr, true, UntaggedType::MailboxData),
                    build("UID MOVE", arguments));
    }

    // The fallback's steps are made sync so that each is sent only after the previous one
    // finished: the STORE checks the COPY, the EXPUNGE checks both, and nothing is deleted
    // unless it was copied.
    auto *copyStep = send(d, new CopyReply(CommandKind::UidCopy, this),
                          variant(CommandKind::UidCopy, nullptr, true, {}, Concurrency::Sync),
                          build("UID COPY", arguments));
    QPointer<CopyReply> copied(copyStep);
    Connection::CommandOptions storeOptions;
    storeOptions.responseKey = ResponseKey::uids(uids);
    storeOptions.policyCheck = [copied]() -> QString {
        return copied && copied->isOk() ? QString()
                                        : QStringLiteral("not deleting: COPY failed: ") +
                                              (copied ? copied->errorString() : QString());
    };
    auto *storeStep = d->submit<FetchReply>(
        CommandKind::UidStore,
        build("UID STORE",
              {CommandArgument::sequenceSet(uids), CommandArgument::atom("+FLAGS.SILENT"),
               CommandArgument::flagList({QByteArrayLiteral("\\Deleted")})}),
        std::move(storeOptions));
    QPointer<FetchReply> stored(storeStep);

    const bool byUid = fallback == MoveFallback::CopyDeleteUidExpunge;
    auto *result = new CopyReply(CommandKind::UidMove, this);
    Connection::CommandOptions expungeOptions;
    expungeOptions.policyCheck = [copied, stored, result]() -> QString {
        if (!copied || !copied->isOk()) {
            return QStringLiteral("COPY failed: ") + (copied ? copied->errorString() : QString());
        }
        if (!stored || !stored->isOk()) {
            return QStringLiteral("STORE \\Deleted failed: ") +
                   (stored ? stored->errorString() : QString());
        }
        result->m_uidValidity = copied->m_uidValidity;
        result->m_sourceUids = copied->m_sourceUids;
        result->m_destinationUids = copied->m_destinationUids;
        return QString();
    };
    // The helpers go when the whole move is over.
    connect(result, &Reply::finished, copyStep, &QObject::deleteLater);
    connect(result, &Reply::finished, storeStep, &QObject::deleteLater);
    const CommandKind expungeKind = byUid ? CommandKind::UidExpunge : CommandKind::Expunge;
    return send(d, result, variant(expungeKind, nullptr, true, {}, Concurrency::Sync),
                byUid ? build("UID EXPUNGE", {CommandArgument::sequenceSet(uids)})
                      : build("EXPUNGE"),
                std::move(expungeOptions));
}

// --- search, sort, thread -------------------------------------------------------------------

SearchReply *Client::searchProgram(const Wire::CommandArgument &program, bool needsCharset,
                                   bool uid)
{
    // Yahoo and Exchange refuse "CHARSET UTF-8" with [BADCHARSET]; the search is then sent
    // once more without it (UTF-8 text as a literal), which they accept.
    auto withoutCharset = std::make_shared<bool>(false);
    auto charsetSent = std::make_shared<bool>(false);
    Connection::Builder builder = [=](const CommandEncoder &encoder) {
        QList<CommandArgument> arguments;
        *charsetSent = needsCharset && !*withoutCharset && !encoder.options().utf8Accepted;
        if (*charsetSent) {
            arguments << CommandArgument::atom("CHARSET") << CommandArgument::atom("UTF-8");
        }
        arguments.append(program);
        return encoder.encode(uid ? "UID SEARCH" : "SEARCH", arguments);
    };
    const CommandKind kind = uid ? CommandKind::UidSearch : CommandKind::Search;
    auto holder = std::make_shared<QPointer<SearchReply>>();
    Connection::CommandOptions options;
    options.onTagged = [this, holder, builder, withoutCharset, charsetSent,
                        kind](const Wire::TaggedStatus &status) {
        if (status.status != Wire::Status::No ||
            status.code.kind != Wire::ResponseCode::Kind::BadCharset || !*charsetSent || !*holder) {
            return true;
        }
        *withoutCharset = true;
        d->enqueue(holder->data(), CommandTable::traits(kind), builder, {});
        return false;
    };
    auto *reply = d->submit<SearchReply>(kind, builder, std::move(options));
    *holder = reply;
    return reply;
}

ESearchReply *Client::esearchProgram(const Wire::CommandArgument &program, bool needsCharset,
                                     const QByteArrayList &returnOptions, bool uid)
{
    const bool save = containsIgnoreCase(returnOptions, "SAVE");
    Connection::Builder builder = [=](const CommandEncoder &encoder) {
        QList<CommandArgument> arguments{CommandArgument::atom("RETURN"), atomList(returnOptions)};
        if (needsCharset && !encoder.options().utf8Accepted) {
            arguments << CommandArgument::atom("CHARSET") << CommandArgument::atom("UTF-8");
        }
        arguments.append(program);
        return encoder.encode(uid ? "UID SEARCH" : "SEARCH", arguments);
    };
    Connection::CommandOptions options;
    if (save) {
        // SAVE is SEARCHRES, the rest ESEARCH; the command is gated on SEARCHRES.
        options.capabilityCheck = [this]() -> QString {
            return hasCapability("ESEARCH") || hasCapability("IMAP4rev2")
                       ? QString()
                       : QStringLiteral("the server does not support ESEARCH");
        };
    }
    const CommandKind kind = uid ? CommandKind::UidSearch : CommandKind::Search;
    return send(d, new ESearchReply(kind, this),
                variant(kind, save ? "SEARCHRES" : "ESEARCH", true), std::move(builder),
                std::move(options));
}

FetchReply *Client::uidFetchSaved(const QByteArrayList &items)
{
    // "$" is the saved result (RFC 5182); it is a token, not a sequence set.
    return d->submit<FetchReply>(
        CommandKind::UidFetch, build("UID FETCH", {CommandArgument::token("$"), tokenList(items)}));
}

SortReply *Client::sortProgram(const QByteArrayList &criteria, const Wire::CommandArgument &program,
                               bool uid)
{
    Connection::Builder builder = [=](const CommandEncoder &encoder) {
        QList<CommandArgument> arguments{atomList(criteria)};
        appendCharset(arguments, encoder, true);
        arguments.append(program);
        return encoder.encode(uid ? "UID SORT" : "SORT", arguments);
    };
    const CommandKind kind = uid ? CommandKind::UidSort : CommandKind::Sort;
    return send(d, new SortReply(kind, this), CommandTable::traits(kind), std::move(builder));
}

ThreadReply *Client::threadProgram(const QByteArray &algorithm,
                                   const Wire::CommandArgument &program, bool uid)
{
    Connection::Builder builder = [=](const CommandEncoder &encoder) {
        QList<CommandArgument> arguments{CommandArgument::atom(algorithm)};
        appendCharset(arguments, encoder, true);
        arguments.append(program);
        return encoder.encode(uid ? "UID THREAD" : "THREAD", arguments);
    };
    // THREAD=<algorithm> is the capability for this very algorithm.
    Connection::CommandOptions options;
    options.capabilityCheck = [this, algorithm]() -> QString {
        return hasCapability(QByteArray("THREAD=" + algorithm))
                   ? QString()
                   : QStringLiteral("the server does not support THREAD=") +
                         QString::fromLatin1(algorithm);
    };
    const CommandKind kind = uid ? CommandKind::UidThread : CommandKind::Thread;
    return send(d, new ThreadReply(kind, this), CommandTable::traits(kind), std::move(builder),
                std::move(options));
}

// --- CONDSTORE / QRESYNC --------------------------------------------------------------------

SelectReply *Client::selectCondStore(const Wire::MailboxName &mailbox)
{
    Connection::CommandOptions options;
    options.onSend = [this, mailbox] {
        d->mailboxState()->beginSelect(mailbox.text(), false);
    };
    options.capabilityCheck = [this]() -> QString {
        return hasCapability("CONDSTORE") || hasCapability("QRESYNC")
                   ? QString()
                   : QStringLiteral("the server does not support CONDSTORE");
    };
    return d->submit<SelectReply>(
        CommandKind::Select,
        build("SELECT", {mailboxArgument(mailbox),
                         CommandArgument::list({CommandArgument::atom("CONDSTORE")})}),
        std::move(options));
}

SelectReply *Client::selectQResync(const Wire::MailboxName &mailbox, quint32 uidValidity,
                                   quint64 modSeq, const Wire::SequenceSet &knownUids)
{
    Connection::CommandOptions options;
    options.onSend = [this, mailbox] {
        d->mailboxState()->beginSelect(mailbox.text(), false);
    };
    // RFC 7162 §3.2.5: QRESYNC parameters are an error unless ENABLE QRESYNC succeeded.
    options.stateCheck = [this]() -> QString {
        return containsIgnoreCase(enabledCapabilities(), "QRESYNC")
                   ? QString()
                   : QStringLiteral("QRESYNC is not enabled on this connection (ENABLE QRESYNC)");
    };
    QList<CommandArgument> parameters{CommandArgument::number(uidValidity),
                                      CommandArgument::number(modSeq)};
    if (!knownUids.isEmpty()) {
        parameters.append(CommandArgument::sequenceSet(knownUids));
    }
    return d->submit<SelectReply>(
        CommandKind::Select,
        build("SELECT", {mailboxArgument(mailbox),
                         CommandArgument::list({CommandArgument::atom("QRESYNC"),
                                                CommandArgument::list(parameters)})}),
        std::move(options));
}

FetchReply *Client::uidFetchChangedSince(const Wire::SequenceSet &uids, const QByteArrayList &items,
                                         quint64 modSeq, bool vanished)
{
    QList<CommandArgument> modifiers{CommandArgument::atom("CHANGEDSINCE"),
                                     CommandArgument::number(modSeq)};
    if (vanished) {
        modifiers.append(CommandArgument::atom("VANISHED"));
    }
    Connection::CommandOptions options;
    options.capabilityCheck = [this]() -> QString {
        return hasCapability("CONDSTORE") || hasCapability("QRESYNC")
                   ? QString()
                   : QStringLiteral("the server does not support CONDSTORE");
    };
    options.stateCheck = [this, vanished]() -> QString {
        return vanished && !containsIgnoreCase(enabledCapabilities(), "QRESYNC")
                   ? QStringLiteral("VANISHED needs ENABLE QRESYNC")
                   : QString();
    };
    // Its FETCH data carries the UID; VANISHED (EARLIER) goes to the mailbox state.
    options.responseKey = ResponseKey::uids(uids);
    return d->submit<FetchReply>(
        CommandKind::UidFetch,
        build("UID FETCH", {CommandArgument::sequenceSet(uids), tokenList(items),
                            CommandArgument::list(modifiers)}),
        std::move(options));
}

FetchReply *Client::uidStoreUnchangedSince(const Wire::SequenceSet &uids, quint64 unchangedSince,
                                           StoreMode mode, const QByteArrayList &flags)
{
    Connection::CommandOptions options;
    options.capabilityCheck = [this]() -> QString {
        return hasCapability("CONDSTORE") || hasCapability("QRESYNC")
                   ? QString()
                   : QStringLiteral("the server does not support CONDSTORE");
    };
    options.responseKey = ResponseKey::uids(uids);
    return d->submit<FetchReply>(
        CommandKind::UidStore,
        build("UID STORE",
              {CommandArgument::sequenceSet(uids),
               CommandArgument::list({CommandArgument::atom("UNCHANGEDSINCE"),
                                      CommandArgument::number(unchangedSince)}),
               CommandArgument::atom(storeItem(mode)), CommandArgument::flagList(flags)}),
        std::move(options));
}

EnableReply *Client::enableImap4rev2()
{
    Connection::CommandOptions options;
    options.capabilityCheck = [this]() -> QString {
        return hasCapability("IMAP4rev2") ? QString()
                                          : QStringLiteral("the server does not support IMAP4rev2");
    };
    return d->submit<EnableReply>(CommandKind::Enable,
                                  build("ENABLE", {CommandArgument::atom("IMAP4rev2")}),
                                  std::move(options));
}

std::optional<quint64> Client::appendLimit() const
{
    for (const QByteArray &capability : capabilities()) {
        if (capability.size() > 12 &&
            Wire::equalsIgnoreCase(capability.first(12), "APPENDLIMIT=")) {
            bool ok = false;
            const quint64 limit = capability.mid(12).toULongLong(&ok);
            if (ok) {
                return limit;
            }
        }
    }
    return std::nullopt;
}

AppendReply *Client::appendCatenate(const Wire::MailboxName &mailbox,
                                    const QList<CatenatePart> &parts, const QByteArrayList &flags,
                                    const QDateTime &internalDate)
{
    QList<CommandArgument> arguments{mailboxArgument(mailbox)};
    if (!flags.isEmpty()) {
        arguments.append(CommandArgument::flagList(flags));
    }
    if (internalDate.isValid()) {
        arguments.append(CommandArgument::dateTime(internalDate));
    }
    QList<CommandArgument> catenate;
    quint64 textSize = 0;
    for (const CatenatePart &part : parts) {
        if (part.isUrl) {
            // An IMAP URL is an astring; the encoder quotes or literals it as its bytes need.
            catenate << CommandArgument::atom("URL") << CommandArgument::astring(part.data);
        } else {
            catenate << CommandArgument::atom("TEXT") << CommandArgument::literal(part.data);
            textSize += quint64(part.data.size());
        }
    }
    arguments << CommandArgument::atom("CATENATE") << CommandArgument::list(catenate);
    Connection::CommandOptions options;
    options.capabilityCheck = [this]() -> QString {
        return hasCapability("CATENATE") ? QString()
                                         : QStringLiteral("the server does not support CATENATE");
    };
    options.policyCheck = appendLimitCheck(this, textSize);
    return d->submit<AppendReply>(CommandKind::Append, build("APPEND", arguments),
                                  std::move(options));
}

// --- QUOTA, ACL, METADATA -------------------------------------------------------------------

QuotaReply *Client::getQuota(const QByteArray &root)
{
    return send(d, new QuotaReply(CommandKind::GetQuota, this),
                CommandTable::traits(CommandKind::GetQuota),
                build("GETQUOTA", {CommandArgument::astring(root)}));
}

QuotaReply *Client::getQuotaRoot(const Wire::MailboxName &mailbox)
{
    return send(d, new QuotaReply(CommandKind::GetQuotaRoot, this),
                CommandTable::traits(CommandKind::GetQuotaRoot),
                build("GETQUOTAROOT", {mailboxArgument(mailbox)}));
}

QuotaReply *Client::setQuota(const QByteArray &root,
                             const QList<std::pair<QByteArray, quint64>> &limits)
{
    QList<CommandArgument> list;
    for (const auto &[resource, limit] : limits) {
        list << CommandArgument::atom(resource) << CommandArgument::number(limit);
    }
    return send(d, new QuotaReply(CommandKind::SetQuota, this),
                CommandTable::traits(CommandKind::SetQuota),
                build("SETQUOTA", {CommandArgument::astring(root), CommandArgument::list(list)}));
}

Reply *Client::setAcl(const Wire::MailboxName &mailbox, const QByteArray &identifier,
                      const QByteArray &rights)
{
    return d->submit<Reply>(
        CommandKind::SetAcl,
        build("SETACL", {mailboxArgument(mailbox), CommandArgument::astring(identifier),
                         CommandArgument::astring(rights)}));
}

Reply *Client::deleteAcl(const Wire::MailboxName &mailbox, const QByteArray &identifier)
{
    return d->submit<Reply>(
        CommandKind::DeleteAcl,
        build("DELETEACL", {mailboxArgument(mailbox), CommandArgument::astring(identifier)}));
}

AclReply *Client::getAcl(const Wire::MailboxName &mailbox)
{
    return send(d, new AclReply(CommandKind::GetAcl, this),
                CommandTable::traits(CommandKind::GetAcl),
                build("GETACL", {mailboxArgument(mailbox)}));
}

AclReply *Client::listRights(const Wire::MailboxName &mailbox, const QByteArray &identifier)
{
    return send(
        d, new AclReply(CommandKind::ListRights, this),
        CommandTable::traits(CommandKind::ListRights),
        build("LISTRIGHTS", {mailboxArgument(mailbox), CommandArgument::astring(identifier)}));
}

AclReply *Client::myRights(const Wire::MailboxName &mailbox)
{
    return send(d, new AclReply(CommandKind::MyRights, this),
                CommandTable::traits(CommandKind::MyRights),
                build("MYRIGHTS", {mailboxArgument(mailbox)}));
}

namespace {
// RFC 5464: the empty string names the server itself, not a mailbox.
CommandArgument metadataMailbox(const Wire::MailboxName &mailbox)
{
    return mailbox.isEmpty() ? CommandArgument::string(QByteArrayView("", 0))
                             : mailboxArgument(mailbox);
}
} // namespace

MetadataReply *Client::getMetadata(const Wire::MailboxName &mailbox, const QByteArrayList &entries,
                                   std::optional<quint64> maxSize, QByteArray depth)
{
    QList<CommandArgument> arguments{metadataMailbox(mailbox)};
    QList<CommandArgument> options;
    if (maxSize) {
        options << CommandArgument::atom("MAXSIZE") << CommandArgument::number(*maxSize);
    }
    if (!depth.isEmpty()) {
        options << CommandArgument::atom("DEPTH") << CommandArgument::atom(depth);
    }
    if (!options.isEmpty()) {
        arguments.insert(0, CommandArgument::list(options));
    }
    QList<CommandArgument> names;
    for (const QByteArray &entry : entries) {
        names.append(CommandArgument::astring(entry));
    }
    arguments.append(names.size() == 1 ? names.first() : CommandArgument::list(names));
    return send(d, new MetadataReply(CommandKind::GetMetadata, this),
                CommandTable::traits(CommandKind::GetMetadata), build("GETMETADATA", arguments));
}

Reply *Client::setMetadata(const Wire::MailboxName &mailbox,
                           const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QList<CommandArgument> list;
    for (const auto &[entry, value] : entries) {
        list << CommandArgument::astring(entry)
             << (value.isNull() ? CommandArgument::nil() : CommandArgument::string(value));
    }
    return d->submit<Reply>(
        CommandKind::SetMetadata,
        build("SETMETADATA", {metadataMailbox(mailbox), CommandArgument::list(list)}));
}

// --- NOTIFY, COMPRESS -----------------------------------------------------------------------

Reply *Client::notify(const QList<NotifyEventGroup> &groups, bool sendStatus)
{
    QList<CommandArgument> arguments{CommandArgument::atom("SET")};
    if (sendStatus) {
        arguments.append(CommandArgument::atom("STATUS"));
    }
    for (const NotifyEventGroup &group : groups) {
        QList<CommandArgument> item{CommandArgument::atom(group.filter)};
        if (!group.mailboxes.isEmpty()) {
            QList<CommandArgument> names;
            for (const QString &name : group.mailboxes) {
                names.append(CommandArgument::mailbox(name));
            }
            item.append(CommandArgument::list(names));
        }
        item.append(group.events.isEmpty() ? CommandArgument::atom("NONE")
                                           : tokenList(group.events));
        arguments.append(CommandArgument::list(item));
    }
    return d->submit<Reply>(CommandKind::Notify, build("NOTIFY", arguments));
}

Reply *Client::notifyNone()
{
    return d->submit<Reply>(CommandKind::Notify, build("NOTIFY", {CommandArgument::atom("NONE")}));
}

Reply *Client::compress()
{
    Connection::CommandOptions options;
    options.stateCheck = [this]() -> QString {
        return isCompressed() ? QStringLiteral("compression is already active on this connection")
                              : QString();
    };
    options.onSend = [this] {
        d->beginCompress();
    };
    // Runs also when the reply was aborted meanwhile: the server switches either way.
    options.onTagged = [this](const Wire::TaggedStatus &status) {
        return d->finishCompress(status.status == Wire::Status::Ok);
    };
    return d->submit<Reply>(CommandKind::Compress,
                            build("COMPRESS", {CommandArgument::atom("DEFLATE")}),
                            std::move(options));
}

bool Client::isCompressed() const
{
    return d->isCompressed();
}

Client::CompressionStatistics Client::compressionStatistics() const
{
    return d->compressionStatistics();
}

} // namespace Imap
