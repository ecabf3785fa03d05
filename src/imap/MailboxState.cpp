#include "imap/MailboxState.h"

#include <algorithm>

namespace Imap {

namespace {
constexpr quint32 kMaxTrackedUids = 4u * 1024u * 1024u;
}

MailboxState::MailboxState(QObject *parent)
    : QObject(parent)
{}

MailboxState::~MailboxState() = default;

quint32 MailboxState::uidAt(quint32 sequence) const
{
    if (sequence == 0 || sequence > m_uids.size()) {
        return 0;
    }
    return m_uids[sequence - 1];
}

void MailboxState::beginSelect(const QString &mailbox, bool readOnly)
{
    clear();
    m_selected = true;
    m_mailbox = mailbox;
    m_readOnly = readOnly;
    Q_EMIT selectionChanged(m_mailbox);
}

void MailboxState::clear()
{
    const bool wasSelected = m_selected;
    m_selected = false;
    m_mailbox.clear();
    m_exists = m_recent = m_uidValidity = m_uidNext = 0;
    m_highestModSeq = 0;
    m_firstUnseen.reset();
    m_flags.clear();
    m_permanentFlags.clear();
    m_readOnly = false;
    m_uids.clear();
    if (wasSelected) {
        Q_EMIT selectionChanged(QString());
    }
}

void MailboxState::connectNotify(const QMetaMethod &signal)
{
    m_flagsChangedWatch.invalidate(signal, QMetaMethod::fromSignal(&MailboxState::flagsChanged));
    m_modSeqChangedWatch.invalidate(signal, QMetaMethod::fromSignal(&MailboxState::modSeqChanged));
}

void MailboxState::disconnectNotify(const QMetaMethod &signal)
{
    connectNotify(signal);
}

void MailboxState::rememberUid(quint32 sequence, quint32 uid)
{
    if (sequence == 0 || sequence > kMaxTrackedUids || sequence > m_exists) {
        return;
    }
    if (m_uids.size() + 1 == sequence) {
        m_uids.push_back(uid); // a FETCH 1:* comes in order
        return;
    }
    if (m_uids.size() < sequence) {
        m_uids.resize(sequence, 0);
    }
    m_uids[sequence - 1] = uid;
}

void MailboxState::setExists(quint32 exists)
{
    if (m_uids.size() > exists) {
        m_uids.resize(exists);
    }
    if (exists != m_exists) {
        m_exists = exists;
        Q_EMIT existsChanged(m_exists);
    }
}

void MailboxState::applyCode(const Wire::ResponseCode &code)
{
    using Kind = Wire::ResponseCode::Kind;
    switch (code.kind) {
    case Kind::UidValidity:
        if (code.number && *code.number <= 0xffffffffu && *code.number != m_uidValidity) {
            m_uidValidity = static_cast<quint32>(*code.number);
            m_uids.clear(); // UIDs of another validity mean nothing now
            Q_EMIT uidValidityChanged(m_uidValidity);
        }
        break;
    case Kind::UidNext:
        if (code.number && *code.number <= 0xffffffffu && *code.number != m_uidNext) {
            m_uidNext = static_cast<quint32>(*code.number);
            Q_EMIT uidNextChanged(m_uidNext);
        }
        break;
    case Kind::HighestModSeq:
        if (code.number && *code.number != m_highestModSeq) {
            m_highestModSeq = *code.number;
            Q_EMIT highestModSeqChanged(m_highestModSeq);
        }
        break;
    case Kind::Unseen:
        if (code.number && *code.number <= 0xffffffffu) {
            m_firstUnseen = static_cast<quint32>(*code.number);
        }
        break;
    case Kind::PermanentFlags:
        if (code.list != m_permanentFlags) {
            m_permanentFlags = code.list;
            Q_EMIT permanentFlagsChanged(m_permanentFlags);
        }
        break;
    case Kind::ReadOnly:
    case Kind::ReadWrite:
        if (m_readOnly != (code.kind == Kind::ReadOnly)) {
            m_readOnly = code.kind == Kind::ReadOnly;
            Q_EMIT readOnlyChanged(m_readOnly);
        }
        break;
    default:
        break;
    }
}

bool MailboxState::apply(const Wire::Response &response)
{
    if (const auto *exists = response.get<Wire::Exists>()) {
        setExists(exists->count);
        return true;
    }
    if (const auto *recent = response.get<Wire::Recent>()) {
        if (recent->count != m_recent) {
            m_recent = recent->count;
            Q_EMIT recentChanged(m_recent);
        }
        return true;
    }
    if (const auto *expunge = response.get<Wire::Expunge>()) {
        const quint32 sequence = expunge->sequence;
        // A server expunging a message that does not exist is broken; keep counts sane.
        if (sequence == 0 || sequence > m_exists) {
            return false;
        }
        if (sequence <= m_uids.size()) {
            m_uids.erase(m_uids.begin() + (sequence - 1));
        }
        --m_exists;
        Q_EMIT messageExpunged(sequence);
        Q_EMIT existsChanged(m_exists);
        return true;
    }
    if (const auto *vanished = response.get<Wire::Vanished>()) {
        if (!vanished->earlier) {
            // RFC 7162 §3.2.10: VANISHED (without EARLIER) decrements EXISTS per UID that was
            // in the mailbox; without a full UID map the count of listed UIDs is the best
            // estimate, bounded by EXISTS.
            // Exact when every message's UID is known; otherwise the listed UIDs are an upper
            // bound (servers only list UIDs that existed), capped by EXISTS.
            const bool mapComplete = m_uids.size() == m_exists &&
                                     std::find(m_uids.begin(), m_uids.end(), 0u) == m_uids.end();
            quint64 listed = 0;
            quint64 removedKnown = 0;
            for (const Wire::NumberRange &range : vanished->uids) {
                const quint32 last = range.last == 0 ? range.first : range.last;
                const quint32 lo = std::min(range.first, last);
                const quint32 hi = std::max(range.first, last);
                listed += quint64(hi) - lo + 1;
                const auto end =
                    std::remove_if(m_uids.begin(), m_uids.end(), [lo, hi](quint32 uid) {
                        return uid != 0 && uid >= lo && uid <= hi;
                    });
                removedKnown += quint64(m_uids.end() - end);
                m_uids.erase(end, m_uids.end());
            }
            const quint64 removed = mapComplete ? removedKnown : listed;
            const quint32 newExists =
                removed >= m_exists ? 0 : static_cast<quint32>(m_exists - removed);
            Q_EMIT uidsVanished(vanished->uids, false);
            setExists(newExists);
        } else {
            Q_EMIT uidsVanished(vanished->uids, true);
        }
        return true;
    }
    if (const auto *fetch = response.get<Wire::Fetch>()) {
        if (fetch->uid) {
            rememberUid(fetch->sequence, *fetch->uid);
        }
        bool changed = false;
        if (fetch->flags) {
            if (m_flagsChangedWatch.connected([this] {
                    return isSignalConnected(QMetaMethod::fromSignal(&MailboxState::flagsChanged));
                })) {
                const quint32 uid = fetch->uid ? *fetch->uid : uidAt(fetch->sequence);
                Q_EMIT flagsChanged(fetch->sequence, uid, *fetch->flags);
            }
            changed = true;
        }
        if (fetch->modSeq) {
            if (m_modSeqChangedWatch.connected([this] {
                    return isSignalConnected(QMetaMethod::fromSignal(&MailboxState::modSeqChanged));
                })) {
                Q_EMIT modSeqChanged(fetch->sequence, *fetch->modSeq);
            }
            if (*fetch->modSeq > m_highestModSeq) {
                m_highestModSeq = *fetch->modSeq;
                Q_EMIT highestModSeqChanged(m_highestModSeq);
            }
            changed = true;
        }
        return changed;
    }
    if (const auto *flags = response.get<Wire::Flags>()) {
        if (flags->flags != m_flags) {
            m_flags = flags->flags;
            Q_EMIT mailboxFlagsChanged(m_flags);
        }
        return true;
    }
    if (const auto *status = response.get<Wire::UntaggedStatus>()) {
        if (status->code.kind != Wire::ResponseCode::Kind::None) {
            applyCode(status->code);
            return true;
        }
    }
    return false;
}

} // namespace Imap
