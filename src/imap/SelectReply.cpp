#include "imap/SelectReply.h"

namespace Imap {

void SelectReply::applyCode(const Wire::ResponseCode &code)
{
    using Kind = Wire::ResponseCode::Kind;
    const bool fits32 = code.number && *code.number <= 0xffffffffu;
    switch (code.kind) {
    case Kind::UidValidity:
        if (fits32) {
            m_uidValidity = static_cast<quint32>(*code.number);
        }
        break;
    case Kind::UidNext:
        if (fits32) {
            m_uidNext = static_cast<quint32>(*code.number);
        }
        break;
    case Kind::Unseen:
        if (fits32) {
            m_firstUnseen = static_cast<quint32>(*code.number);
        }
        break;
    case Kind::HighestModSeq:
        if (code.number) {
            m_highestModSeq = *code.number;
        }
        break;
    case Kind::PermanentFlags:
        m_permanentFlags = code.list;
        break;
    case Kind::ReadOnly:
        m_readOnly = true;
        break;
    case Kind::ReadWrite:
        m_readOnly = false;
        break;
    default:
        break;
    }
}

void SelectReply::handleUntagged(const Wire::Response &response)
{
    if (const auto *exists = response.get<Wire::Exists>()) {
        m_exists = exists->count;
    } else if (const auto *recent = response.get<Wire::Recent>()) {
        m_recent = recent->count;
    } else if (const auto *flags = response.get<Wire::Flags>()) {
        m_flags = flags->flags;
    } else if (const auto *status = response.get<Wire::UntaggedStatus>()) {
        applyCode(status->code);
    }
}

void SelectReply::handleTagged(const Wire::TaggedStatus &status)
{
    applyCode(status.code);
}

} // namespace Imap
