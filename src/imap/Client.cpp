#include "imap/Client.h"
#include "imap/CommandBuilding_p.h"

#include "imap/AppendReply.h"
#include "imap/CapabilityReply.h"
#include "imap/Connection_p.h"
#include "imap/EnableReply.h"
#include "imap/FetchReply.h"
#include "imap/IdReply.h"
#include "imap/IdleReply.h"
#include "imap/ListReply.h"
#include "imap/MailboxState.h"
#include "imap/RawReply.h"
#include "imap/SaslAuthenticator_p.h"
#include "imap/SearchReply.h"
#include "imap/SelectReply.h"
#include "imap/StatusReply.h"
#include "imap/wire/MailboxName.h"

namespace Imap {

using namespace CommandBuilding;
using Wire::CommandArgument;
using Wire::CommandEncoder;

Client::Client(QObject *parent)
    : QObject(parent)
    , d(new Connection(this))
{}

void Client::connectNotify(const QMetaMethod &signal)
{
    d->m_responseReceivedWatch.invalidate(signal,
                                          QMetaMethod::fromSignal(&Client::responseReceived));
}

void Client::disconnectNotify(const QMetaMethod &signal)
{
    connectNotify(signal);
}

Client::~Client()
{
    // Pending replies are children of the client and go with it; fail them first so that
    // whoever waits on finished() hears about it.
    d->disconnectFromHost();
}

void Client::setClock(Clock *clock)
{
    d->setClock(clock);
}

void Client::connectToHost(const ConnectionSettings &settings)
{
    d->connectToHost(settings);
}

void Client::connectToDevice(QIODevice *device, const ConnectionSettings &settings)
{
    d->connectToDevice(device, settings);
}

void Client::disconnectFromHost()
{
    d->disconnectFromHost();
}

Client::State Client::state() const
{
    return d->state();
}

bool Client::isEncrypted() const
{
    return d->isEncrypted();
}

ConnectionSettings Client::settings() const
{
    return d->settings();
}

ConnectionError Client::lastError() const
{
    return d->lastError();
}

QByteArrayList Client::capabilities() const
{
    return d->capabilities();
}

bool Client::hasCapability(QByteArrayView capability) const
{
    return d->hasCapability(capability);
}

QByteArrayList Client::enabledCapabilities() const
{
    return d->enabled();
}

MailboxState *Client::mailboxState() const
{
    return d->mailboxState();
}

QString Client::mailboxName(const QByteArray &wireName) const
{
    const auto decoded = d->isUtf8Enabled() ? Wire::MailboxName::decodeUtf8(wireName)
                                            : Wire::MailboxName::decodeModifiedUtf7(wireName);
    // A name we cannot decode is shown as its bytes rather than hidden.
    return decoded.isValid() ? decoded.name : QString::fromLatin1(wireName);
}

void Client::setTraceEnabled(bool enabled)
{
    d->setTraceEnabled(enabled);
}

CapabilityReply *Client::capability()
{
    return d->submit<CapabilityReply>(CommandKind::Capability, build("CAPABILITY"));
}

Reply *Client::noop()
{
    return d->submit<Reply>(CommandKind::Noop, build("NOOP"));
}

Reply *Client::logout()
{
    return d->submit<Reply>(CommandKind::Logout, build("LOGOUT"));
}

Reply *Client::login(const QString &user, const QString &password)
{
    Connection::CommandOptions options;
    options.policyCheck = [this] {
        return d->cleartextPasswordPolicy();
    };
    return d->submit<Reply>(
        CommandKind::Login,
        build("LOGIN", {CommandArgument::astring(QStringView(user)),
                        CommandArgument::astring(QStringView(password)).secret()}),
        std::move(options));
}

Reply *Client::authenticate(const QString &user, const QString &secret, const QByteArray &mechanism)
{
    auto authenticator = std::make_shared<SaslAuthenticator>(
        user, secret, mechanism, d->settings().host, d->settings().effectivePort());
    Connection::CommandOptions options;
    // The mechanism is chosen when the command is sent, from the capabilities current then.
    options.policyCheck = [this, authenticator] {
        return authenticator->prepare(d->capabilities(), d->passwordExposureAllowed());
    };
    options.onContinuation = [authenticator](const QByteArray &challenge) {
        return authenticator->respond(challenge);
    };
    options.verifyOk = [authenticator](const Wire::TaggedStatus &) {
        return authenticator->verifySuccess();
    };
    options.localFailure = [authenticator] {
        return authenticator->cancelReason();
    };
    Connection::Builder builder = [authenticator](const CommandEncoder &encoder) {
        return encoder.encode("AUTHENTICATE", authenticator->arguments());
    };
    return d->submit<Reply>(CommandKind::Authenticate, std::move(builder), std::move(options));
}

SelectReply *Client::select(const Wire::MailboxName &mailbox)
{
    Connection::CommandOptions options;
    options.onSend = [this, mailbox] {
        d->mailboxState()->beginSelect(mailbox.text(), false);
    };
    return d->submit<SelectReply>(CommandKind::Select, build("SELECT", {mailboxArgument(mailbox)}),
                                  std::move(options));
}

SelectReply *Client::examine(const Wire::MailboxName &mailbox)
{
    Connection::CommandOptions options;
    options.onSend = [this, mailbox] {
        d->mailboxState()->beginSelect(mailbox.text(), true);
    };
    return d->submit<SelectReply>(CommandKind::Examine,
                                  build("EXAMINE", {mailboxArgument(mailbox)}), std::move(options));
}

Reply *Client::close()
{
    return d->submit<Reply>(CommandKind::Close, build("CLOSE"));
}

Reply *Client::unselect()
{
    return d->submit<Reply>(CommandKind::Unselect, build("UNSELECT"));
}

ListReply *Client::list(const QString &reference, const QString &pattern)
{
    return d->submit<ListReply>(
        CommandKind::List,
        build("LIST", {CommandArgument::mailbox(reference), CommandArgument::mailbox(pattern)}));
}

StatusReply *Client::status(const Wire::MailboxName &mailbox, const QByteArrayList &items)
{
    Connection::CommandOptions options;
    options.responseKey = ResponseKey::mailbox(mailbox); // * STATUS names its mailbox
    return d->submit<StatusReply>(CommandKind::Status,
                                  build("STATUS", {mailboxArgument(mailbox), atomList(items)}),
                                  std::move(options));
}

FetchReply *Client::fetch(const Wire::SequenceSet &set, const QByteArrayList &items)
{
    return d->submit<FetchReply>(
        CommandKind::Fetch, build("FETCH", {CommandArgument::sequenceSet(set), tokenList(items)}));
}

FetchReply *Client::uidFetch(const Wire::SequenceSet &set, const QByteArrayList &items)
{
    Connection::CommandOptions options;
    options.responseKey = ResponseKey::uids(set); // its FETCH data always carries the UID
    return d->submit<FetchReply>(
        CommandKind::UidFetch,
        build("UID FETCH", {CommandArgument::sequenceSet(set), tokenList(items)}),
        std::move(options));
}

FetchReply *Client::store(const Wire::SequenceSet &set, StoreMode mode, const QByteArrayList &flags,
                          bool silent)
{
    return d->submit<FetchReply>(CommandKind::Store,
                                 build("STORE", {CommandArgument::sequenceSet(set),
                                                 CommandArgument::atom(storeItem(mode, silent)),
                                                 CommandArgument::flagList(flags)}));
}

FetchReply *Client::uidStore(const Wire::SequenceSet &set, StoreMode mode,
                             const QByteArrayList &flags, bool silent)
{
    Connection::CommandOptions options;
    options.responseKey = ResponseKey::uids(set); // its FETCH data always carries the UID
    return d->submit<FetchReply>(CommandKind::UidStore,
                                 build("UID STORE", {CommandArgument::sequenceSet(set),
                                                     CommandArgument::atom(storeItem(mode, silent)),
                                                     CommandArgument::flagList(flags)}),
                                 std::move(options));
}

SearchReply *Client::search(const QList<Wire::CommandArgument> &criteria)
{
    return d->submit<SearchReply>(CommandKind::Search, build("SEARCH", criteria));
}

SearchReply *Client::uidSearch(const QList<Wire::CommandArgument> &criteria)
{
    return d->submit<SearchReply>(CommandKind::UidSearch, build("UID SEARCH", criteria));
}

Reply *Client::expunge()
{
    return d->submit<Reply>(CommandKind::Expunge, build("EXPUNGE"));
}

Reply *Client::uidExpunge(const Wire::SequenceSet &uids)
{
    return d->submit<Reply>(CommandKind::UidExpunge,
                            build("UID EXPUNGE", {CommandArgument::sequenceSet(uids)}));
}

AppendReply *Client::append(const Wire::MailboxName &mailbox, const QByteArray &message,
                            const QByteArrayList &flags, const QDateTime &internalDate)
{
    QList<CommandArgument> arguments{mailboxArgument(mailbox)};
    if (!flags.isEmpty()) {
        arguments.append(CommandArgument::flagList(flags));
    }
    if (internalDate.isValid()) {
        arguments.append(CommandArgument::dateTime(internalDate));
    }
    arguments.append(CommandArgument::literal(message));
    Connection::CommandOptions options;
    options.policyCheck = appendLimitCheck(this, quint64(message.size()));
    return d->submit<AppendReply>(CommandKind::Append, build("APPEND", arguments),
                                  std::move(options));
}

IdleReply *Client::idle()
{
    return d->startIdle();
}

IdReply *Client::id(const QList<std::pair<QByteArray, QByteArray>> &fields)
{
    // RFC 2971 §3.3: at most 30 pairs, names up to 30 octets, values up to 1024 octets. A
    // server may reject the whole command (or the session) for more, so it is never sent.
    QString tooLarge;
    if (fields.size() > 30) {
        tooLarge =
            QStringLiteral("ID allows at most 30 field-value pairs, not %1").arg(fields.size());
    }
    for (const auto &[name, value] : fields) {
        if (tooLarge.isEmpty() && name.size() > 30) {
            tooLarge = QStringLiteral("ID field names are limited to 30 octets");
        } else if (tooLarge.isEmpty() && value.size() > 1024) {
            tooLarge = QStringLiteral("ID field values are limited to 1024 octets");
        }
    }
    if (!tooLarge.isEmpty()) {
        return d->submit<IdReply>(CommandKind::Id, [tooLarge](const CommandEncoder &) {
            return Wire::EncodedCommand::failure(tooLarge);
        });
    }
    QList<CommandArgument> items;
    for (const auto &[name, value] : fields) {
        items.append(CommandArgument::string(name));
        items.append(value.isNull() ? CommandArgument::nil() : CommandArgument::string(value));
    }
    return d->submit<IdReply>(
        CommandKind::Id,
        build("ID", {items.isEmpty() ? CommandArgument::nil() : CommandArgument::list(items)}));
}

EnableReply *Client::enable(const QByteArrayList &capabilities)
{
    QList<CommandArgument> atoms;
    for (const QByteArray &name : capabilities) {
        atoms.append(CommandArgument::atom(name));
    }
    return d->submit<EnableReply>(CommandKind::Enable, build("ENABLE", atoms));
}

RawReply *Client::raw(const QByteArray &line)
{
    return d->submitRaw(line);
}

} // namespace Imap
