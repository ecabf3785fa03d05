#include "notifier/ImapMailSession.h"

#include "notifier/EncodedWords.h"
#include "notifier/MimePreview.h"

#include "imap/Client.h"
#include "imap/ConnectionError.h"
#include "imap/FetchReply.h"
#include "imap/IdleReply.h"
#include "imap/ListReply.h"
#include "imap/MailboxState.h"
#include "imap/NotifyWatcher.h"
#include "imap/RawReply.h"
#include "imap/Reply.h"
#include "imap/SearchReply.h"
#include "imap/SelectReply.h"
#include "imap/StatusReply.h"
#include "imap/wire/ImapDateTime.h"

namespace Notifier {

namespace {

bool hasFlag(const QList<QByteArray> &flags, QByteArrayView flag)
{
    for (const QByteArray &f : flags) {
        if (f.compare(flag, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// IMAP quoted string for a wire mailbox name (already modified UTF-7 or UTF-8 ASCII-safe).
// Empty when the name cannot be sent quoted (control characters): the caller falls back.
QByteArray quoted(const QByteArray &name)
{
    QByteArray out = "\"";
    for (char c : name) {
        if (uchar(c) < 0x20 || c == 0x7f)
            return QByteArray();
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

SessionError fromReply(const Imap::Reply *reply, SessionError::Kind refusedAs)
{
    using Status = Imap::Reply::Status;
    SessionError error;
    error.message = reply->errorString();
    switch (reply->status()) {
    case Status::Ok:
        return {};
    case Status::No:
    case Status::Bad:
        error.kind = reply->responseCode().kind == Imap::Wire::ResponseCode::Kind::Unavailable
                         ? SessionError::Network
                         : refusedAs;
        return error;
    case Status::RefusedByPolicy:
        error.kind = SessionError::Security;
        return error;
    case Status::ProtocolError:
        error.kind = SessionError::Protocol;
        return error;
    default:
        error.kind = SessionError::Network;
        return error;
    }
}

} // namespace

void ImapMailSession::whenFinished(Imap::Reply *reply, std::function<void()> then)
{
    connect(reply, &Imap::Reply::finished, this, [this, reply, then] {
        reply->deleteLater();
        if (!m_closed)
            then();
    });
}

void ImapMailSession::finishWith(Imap::Reply *reply, Done done)
{
    whenFinished(reply, [reply, done] { done(fromReply(reply, SessionError::Refused)); });
}

ImapMailSession::ImapMailSession(const ImapSessionConfig &config, QObject *parent)
    : MailSession(parent)
    , m_config(config)
    , m_client(new Imap::Client(this))
{
    if (config.clock)
        m_client->setClock(config.clock);
    connect(m_client, &Imap::Client::errorOccurred, this,
            [this](const Imap::ConnectionError &error) {
                if (m_closed || error.kind == Imap::ConnectionError::Kind::Closed)
                    return;
                const SessionError mapped = classify(error);
                if (!m_opened) {
                    finishOpen(mapped);
                    return;
                }
                m_closed = true;
                Q_EMIT lost(mapped);
            });
    Imap::MailboxState *state = m_client->mailboxState();
    connect(state, &Imap::MailboxState::existsChanged, this, [this](quint32 exists) {
        if (!m_selectedReady) {
            m_lastExists = exists;
            return;
        }
        const bool grew = exists > m_lastExists;
        m_lastExists = exists;
        if (grew)
            Q_EMIT existsIncreased();
    });
    connect(state, &Imap::MailboxState::messageExpunged, this, [this](quint32) {
        if (m_selectedReady)
            Q_EMIT messagesRemoved({});
    });
    connect(state, &Imap::MailboxState::uidsVanished, this,
            [this](const Imap::Wire::NumberRanges &ranges, bool earlier) {
                if (!m_selectedReady || earlier)
                    return;
                QList<quint32> uids;
                for (const Imap::Wire::NumberRange &range : ranges) {
                    // A hostile range must not make us allocate billions of numbers.
                    if (quint64(range.last) - range.first + uids.size() > 10000) {
                        Q_EMIT messagesRemoved({});
                        return;
                    }
                    for (quint32 uid = range.first; uid <= range.last && uid != 0; ++uid)
                        uids.append(uid);
                }
                Q_EMIT messagesRemoved(uids);
            });
    connect(state, &Imap::MailboxState::highestModSeqChanged, this, [this](quint64 modSeq) {
        if (m_selectedReady)
            Q_EMIT highestModSeqChanged(modSeq);
    });
    connect(state, &Imap::MailboxState::flagsChanged, this,
            [this](quint32, quint32 uid, const QByteArrayList &flags) {
                if (m_selectedReady)
                    Q_EMIT flagsChanged(uid, hasFlag(flags, "\\Seen"));
            });
}

ImapMailSession::~ImapMailSession()
{
    m_closed = true;
}

SessionError ImapMailSession::classify(const Imap::ConnectionError &error)
{
    using Kind = Imap::ConnectionError::Kind;
    SessionError mapped;
    mapped.message = error.message;
    switch (error.kind) {
    case Kind::None:
    case Kind::Closed:
        return {};
    case Kind::CertificateRejected:
    case Kind::PinMismatch:
        mapped.kind = SessionError::Certificate;
        mapped.certificateSha256 = error.leafSha256;
        mapped.certificateChain = error.certificateChain;
        break;
    case Kind::StartTlsUnavailable:
    case Kind::StartTlsRefused:
    case Kind::StartTlsInjection:
    case Kind::PreauthNotAllowed:
        mapped.kind = SessionError::Security;
        break;
    case Kind::ProtocolError:
    case Kind::InvalidGreeting:
        mapped.kind = SessionError::Protocol;
        break;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::TlsHandshake:
    case Kind::GreetingRejected:
    case Kind::ServerBye:
    case Kind::ConnectionLost:
        mapped.kind = SessionError::Network;
        break;
    }
    return mapped;
}

void ImapMailSession::finishOpen(const SessionError &error)
{
    if (!m_openDone)
        return;
    Done done = std::exchange(m_openDone, {});
    if (error.isError()) {
        m_closed = true;
        m_client->disconnectFromHost();
    } else {
        m_opened = true;
    }
    done(error);
}

void ImapMailSession::open(Done done)
{
    m_openDone = std::move(done);
    const Account &account = m_config.account;
    Imap::ConnectionSettings settings;
    settings.host = account.server;
    settings.port = account.port;
    switch (account.security) {
    case SecurityMode::Tls:
        settings.security = Imap::ConnectionSettings::Security::ImplicitTls;
        break;
    case SecurityMode::StartTls:
        settings.security = Imap::ConnectionSettings::Security::StartTls;
        break;
    case SecurityMode::PlainExplicit:
        settings.security = Imap::ConnectionSettings::Security::Plaintext;
        settings.allowCleartextPasswords = true; // the user chose plaintext explicitly
        break;
    }
    settings.pinnedSha256 = account.pinnedCertificateSha256;
    settings.caCertificates = m_config.caCertificates;
    settings.useSystemCaCertificates = m_config.useSystemCaCertificates;
    connect(m_client, &Imap::Client::connected, this, &ImapMailSession::authenticate,
            Qt::SingleShotConnection);
    m_client->connectToHost(settings);
}

void ImapMailSession::authenticate()
{
    if (m_closed)
        return;
    const Account &account = m_config.account;
    Imap::Reply *reply = nullptr;
    if (account.auth == AuthMethod::OAuth2Google || account.auth == AuthMethod::OAuth2Microsoft) {
        // XOAUTH2 is what Gmail and Outlook document; OAUTHBEARER (RFC 7628) is the standard
        // one, used where a server offers only that.
        const bool bearerOnly =
            m_client->hasCapability("AUTH=OAUTHBEARER") && !m_client->hasCapability("AUTH=XOAUTH2");
        reply = m_client->authenticate(account.effectiveUserName(), m_config.secret,
                                       bearerOnly ? QByteArrayLiteral("OAUTHBEARER")
                                                  : QByteArrayLiteral("XOAUTH2"));
    } else {
        bool saslOffered = false;
        for (const QByteArray &capability : m_client->capabilities()) {
            if (capability.startsWith("AUTH="))
                saslOffered = true;
        }
        reply = saslOffered ? m_client->authenticate(account.effectiveUserName(), m_config.secret)
                            : m_client->login(account.effectiveUserName(), m_config.secret);
    }
    whenFinished(reply, [this, reply] {
        // Any refusal of the credentials stops the account: retrying a wrong password in a
        // loop locks accounts and looks like an attack to the server.
        finishOpen(fromReply(reply, SessionError::Authentication));
    });
}

bool ImapMailSession::supportsIdle() const
{
    return m_client->hasCapability("IDLE");
}

void ImapMailSession::select(const QString &mailbox, StatusDone done)
{
    m_selectedReady = false;
    Imap::SelectReply *reply = m_client->select(mailbox);
    whenFinished(reply, [this, reply, mailbox, done] {
        const SessionError error = fromReply(reply, SessionError::FolderMissing);
        if (error.isError()) {
            done(error, {});
            return;
        }
        FolderStatus status;
        status.uidValidity = reply->uidValidity();
        status.uidNext = reply->uidNext();
        status.messages = reply->exists();
        status.highestModSeq = reply->highestModSeq();
        m_lastExists = reply->exists();
        if (status.uidNext != 0) {
            m_selectedReady = true;
            done({}, status);
            return;
        }
        // No UIDNEXT in the SELECT answer (old servers): without it "new" has no start, so
        // ask STATUS rather than take every message for new.
        this->status(mailbox, [this, status, done](const SessionError &e, const FolderStatus &s) {
            FolderStatus merged = status;
            merged.uidNext = s.uidNext;
            if (!e.isError() && s.uidNext == 0)
                merged.uidNext = std::numeric_limits<quint32>::max(); // nothing will be new
            m_selectedReady = !e.isError();
            done(e, merged);
        });
    });
}

void ImapMailSession::unselect(Done done)
{
    m_selectedReady = false;
    Imap::Reply *reply =
        m_client->hasCapability("UNSELECT") ? m_client->unselect() : m_client->close();
    finishWith(reply, done);
}

void ImapMailSession::status(const QString &mailbox, StatusDone done)
{
    Imap::StatusReply *reply =
        m_client->status(mailbox, {"MESSAGES", "UIDNEXT", "UIDVALIDITY", "UNSEEN"});
    whenFinished(reply, [reply, done] {
        const SessionError error = fromReply(reply, SessionError::FolderMissing);
        FolderStatus status;
        const Imap::Wire::StatusData data = reply->status();
        status.messages = data.messages.value_or(0);
        status.uidNext = data.uidNext.value_or(0);
        status.uidValidity = data.uidValidity.value_or(0);
        status.unseen = data.unseen.value_or(0);
        status.highestModSeq = data.highestModSeq.value_or(0);
        done(error, status);
    });
}

void ImapMailSession::fetchAfter(quint32 uid, FetchDone done)
{
    if (uid == std::numeric_limits<quint32>::max()) {
        QMetaObject::invokeMethod(
            this,
            [this, done] {
                if (!m_closed)
                    done({}, {});
            },
            Qt::QueuedConnection);
        return;
    }
    QByteArrayList items = {"UID", "FLAGS", "ENVELOPE", "INTERNALDATE", "RFC822.SIZE"};
    const bool gmail = m_client->hasCapability("X-GM-EXT-1");
    if (gmail)
        items << "X-GM-MSGID";
    const bool serverPreview = m_client->hasCapability("PREVIEW");
    if (serverPreview) {
        items << "PREVIEW";
    } else {
        // The MIME header of the message and the start of its body: enough to find the first
        // text part of most messages without fetching attachments.
        items << "BODY.PEEK[HEADER.FIELDS (CONTENT-TYPE CONTENT-TRANSFER-ENCODING)]"
              << "BODY.PEEK[TEXT]<0." + QByteArray::number(m_config.previewBytes) + ">";
    }
    Imap::FetchReply *reply = m_client->uidFetch(Imap::Wire::SequenceSet::from(uid + 1), items);
    whenFinished(reply, [reply, done] {
        const SessionError error = fromReply(reply, SessionError::Protocol);
        if (error.isError()) {
            done(error, {});
            return;
        }
        QList<FetchedMessage> messages;
        const QList<Imap::Wire::Fetch> fetched = reply->messages();
        for (const Imap::Wire::Fetch &fetch : fetched) {
            if (!fetch.uid)
                continue;
            FetchedMessage message;
            message.uid = *fetch.uid;
            message.seen = fetch.flags && hasFlag(*fetch.flags, "\\Seen");
            message.size = qint64(fetch.rfc822Size.value_or(0));
            message.gmailMessageId = fetch.extras->gmailMessageId.value_or(0);
            message.date = Imap::Wire::ImapDateTime::parseDateTime(fetch.internalDate);
            if (fetch.envelope) {
                const Imap::Wire::Envelope &envelope = *fetch.envelope;
                message.subject = EncodedWords::decode(envelope.subject);
                message.messageId = QString::fromLatin1(envelope.messageId);
                if (!envelope.from.isEmpty()) {
                    const Imap::Wire::Address &from = envelope.from.first();
                    message.fromAddress =
                        QString::fromUtf8(from.mailbox + '@' + from.host).toLower();
                    message.from = EncodedWords::decode(from.name);
                    if (message.from.trimmed().isEmpty())
                        message.from = message.fromAddress;
                }
            }
            if (fetch.extras->preview) {
                message.preview = QString::fromUtf8(*fetch.extras->preview);
            } else {
                QByteArray header;
                QByteArray text;
                for (const Imap::Wire::FetchSection &section : fetch.extras->sections) {
                    if (section.section.startsWith("HEADER"))
                        header = section.data;
                    else if (section.section == "TEXT")
                        text = section.data;
                }
                if (!header.endsWith("\r\n\r\n"))
                    header += "\r\n";
                message.preview = MimePreview::fromMessage(header + text);
            }
            messages.append(message);
        }
        done({}, messages);
    });
}

void ImapMailSession::searchUnseen(SearchDone done)
{
    Imap::SearchReply *reply = m_client->uidSearch({Imap::Wire::CommandArgument::atom("UNSEEN")});
    whenFinished(reply, [reply, done] {
        const SessionError error = fromReply(reply, SessionError::Refused);
        QSet<quint32> uids;
        if (!error.isError()) {
            const QList<quint32> numbers = reply->numbers();
            uids = QSet<quint32>(numbers.begin(), numbers.end());
        }
        done(error, uids);
    });
}

void ImapMailSession::startIdle()
{
    if (m_idle)
        return;
    if (m_endingIdle && !m_endingIdle->isFinished()) {
        // The client allows one IDLE at a time: the next one starts when this one has ended.
        m_idleWanted = true;
        return;
    }
    m_idleWanted = false;
    m_idle = m_client->idle();
    Imap::IdleReply *idle = m_idle;
    connect(idle, &Imap::IdleReply::pushReceived, this, [this] { Q_EMIT activity(); });
    connect(idle, &Imap::IdleReply::started, this, [this] { Q_EMIT activity(); });
    whenFinished(idle, [this, idle] {
        if (idle->status() == Imap::Reply::Status::No || idle->status() == Imap::Reply::Status::Bad)
            Q_EMIT idleRefused();
        else if (idle == m_endingIdle && m_idleWanted)
            startIdle();
        // Local errors (connection lost) arrive through errorOccurred as well.
    });
}

void ImapMailSession::stopIdle()
{
    m_idleWanted = false;
    if (!m_idle)
        return;
    m_endingIdle = m_idle;
    m_idle = nullptr;
    m_endingIdle->stop();
}

void ImapMailSession::setSeen(quint32 uid, bool seen, Done done)
{
    Imap::FetchReply *reply = m_client->uidStore(
        Imap::Wire::SequenceSet::single(uid),
        seen ? Imap::Client::StoreMode::Add : Imap::Client::StoreMode::Remove, {"\\Seen"}, true);
    finishWith(reply, done);
}

void ImapMailSession::moveToTrash(quint32 uid, Done done)
{
    // The Trash is the folder marked \Trash (RFC 6154); failing that, the usual names.
    Imap::ListReply *reply = m_client->list(QString(), QStringLiteral("*"));
    whenFinished(reply, [this, reply, uid, done] {
        QByteArray trash;
        const QList<Imap::Wire::List> mailboxes = reply->mailboxes();
        for (const Imap::Wire::List &entry : mailboxes) {
            if (hasFlag(entry.attributes, "\\Trash")) {
                trash = entry.mailbox;
                break;
            }
        }
        if (trash.isEmpty()) {
            for (const char *name : {"Trash", "Deleted Items", "Deleted Messages", "INBOX.Trash"}) {
                for (const Imap::Wire::List &entry : mailboxes) {
                    if (entry.mailbox.compare(name, Qt::CaseInsensitive) == 0)
                        trash = entry.mailbox;
                }
                if (!trash.isEmpty())
                    break;
            }
        }
        if (trash.isEmpty() || quoted(trash).isEmpty()) {
            deleteInPlace(uid, done);
            return;
        }
        moveTo(uid, trash, done);
    });
}

void ImapMailSession::moveTo(quint32 uid, const QByteArray &wireMailbox, Done done)
{
    const QByteArray target = quoted(wireMailbox);
    if (m_client->hasCapability("MOVE")) {
        Imap::RawReply *reply = m_client->raw("UID MOVE " + QByteArray::number(uid) + ' ' + target);
        finishWith(reply, done);
        return;
    }
    Imap::RawReply *copy = m_client->raw("UID COPY " + QByteArray::number(uid) + ' ' + target);
    whenFinished(copy, [this, copy, uid, done] {
        const SessionError error = fromReply(copy, SessionError::Refused);
        if (error.isError()) {
            done(error);
            return;
        }
        deleteInPlace(uid, done);
    });
}

void ImapMailSession::deleteInPlace(quint32 uid, Done done)
{
    Imap::FetchReply *store = m_client->uidStore(Imap::Wire::SequenceSet::single(uid),
                                                 Imap::Client::StoreMode::Add, {"\\Deleted"}, true);
    whenFinished(store, [this, store, uid, done] {
        const SessionError error = fromReply(store, SessionError::Refused);
        // Only UID EXPUNGE removes exactly this message; a plain EXPUNGE would also remove
        // whatever else the user marked deleted elsewhere, so without UIDPLUS it stays marked.
        if (error.isError() || !m_client->hasCapability("UIDPLUS")) {
            done(error);
            return;
        }
        Imap::Reply *expunge = m_client->uidExpunge(Imap::Wire::SequenceSet::single(uid));
        finishWith(expunge, done);
    });
}

bool ImapMailSession::supportsNotify() const
{
    return m_client->hasCapability("NOTIFY");
}

void ImapMailSession::notify(const QStringList &mailboxes, Done done)
{
    if (!m_notifyWatcher) {
        m_notifyWatcher = new Imap::NotifyWatcher(m_client, this);
        connect(m_notifyWatcher, &Imap::NotifyWatcher::statusChanged, this,
                [this](const QString &mailbox, const Imap::Wire::StatusData &data) {
                    if (m_closed)
                        return;
                    MailboxStatusEvent event;
                    event.uidValidity = data.uidValidity;
                    event.uidNext = data.uidNext;
                    event.messages = data.messages;
                    event.unseen = data.unseen;
                    Q_EMIT activity();
                    Q_EMIT mailboxStatus(mailbox, event);
                });
        connect(m_notifyWatcher, &Imap::NotifyWatcher::overflowed, this, [this] {
            if (!m_closed)
                Q_EMIT notifyOverflowed();
        });
    }
    // The selected mailbox reports through the usual EXISTS / EXPUNGE / FETCH; the others
    // through STATUS. RFC 5465 lets SELECTED take precedence for the mailbox that is
    // selected, so listing every watched mailbox under MAILBOXES too keeps the home mailbox
    // reported while another one is briefly selected to fetch from it.
    const QByteArrayList events{"MessageNew", "MessageExpunge", "FlagChange"};
    Imap::Reply *reply =
        m_client->notify({{"SELECTED", {}, events}, {"MAILBOXES", mailboxes, events}});
    finishWith(reply, done);
}

void ImapMailSession::close()
{
    m_closed = true; // no callback runs from here on
    if (m_client->state() != Imap::Client::State::Disconnected)
        m_client->disconnectFromHost();
}

} // namespace Notifier
