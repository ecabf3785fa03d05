#include "imap/MailboxState.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Imap;

namespace {
Wire::Response make(Wire::Response::Value value)
{
    Wire::Response response;
    response.value = std::move(value);
    return response;
}
Wire::Fetch fetch(quint32 sequence, std::optional<quint32> uid, QByteArrayList flags)
{
    Wire::Fetch f;
    f.sequence = sequence;
    f.uid = uid;
    f.flags = flags;
    return f;
}
} // namespace

class TestMailboxState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void existsAndExpungeRenumber()
    {
        MailboxState state;
        state.beginSelect(QStringLiteral("INBOX"), false);
        QSignalSpy exists(&state, &MailboxState::existsChanged);
        QSignalSpy expunged(&state, &MailboxState::messageExpunged);
        state.apply(make(Wire::Exists{4}));
        for (quint32 seq = 1; seq <= 4; ++seq) {
            state.apply(make(fetch(seq, 100 + seq, {})));
        }
        QCOMPARE(state.uidAt(3), 103u);
        state.apply(make(Wire::Expunge{2}));
        QCOMPARE(state.exists(), 3u);
        QCOMPARE(state.uidAt(2), 103u); // 3 moved down to 2
        QCOMPARE(state.uidAt(3), 104u);
        QCOMPARE(expunged.count(), 1);
        QCOMPARE(expunged.first().first().toUInt(), 2u);
        QCOMPARE(exists.count(), 2);
    }

    void expungeOfAMissingMessageIsIgnored()
    {
        MailboxState state;
        state.beginSelect(QStringLiteral("INBOX"), false);
        state.apply(make(Wire::Exists{1}));
        QVERIFY(!state.apply(make(Wire::Expunge{5})));
        QVERIFY(!state.apply(make(Wire::Expunge{0})));
        QCOMPARE(state.exists(), 1u);
    }

    void vanishedRemovesUidsAndCounts()
    {
        MailboxState state;
        state.beginSelect(QStringLiteral("INBOX"), false);
        state.apply(make(Wire::Exists{5}));
        for (quint32 seq = 1; seq <= 5; ++seq) {
            state.apply(make(fetch(seq, 10 * seq, {})));
        }
        QSignalSpy vanished(&state, &MailboxState::uidsVanished);
        state.apply(make(Wire::Vanished{false, {{20, 30}}}));
        QCOMPARE(state.exists(), 3u);
        QCOMPARE(state.uidAt(2), 40u);
        state.apply(make(Wire::Vanished{true, {{1, 9}}})); // EARLIER: history, no count change
        QCOMPARE(state.exists(), 3u);
        QCOMPARE(vanished.count(), 2);
    }

    void flagsAndModSeqUpdates()
    {
        MailboxState state;
        state.beginSelect(QStringLiteral("INBOX"), false);
        state.apply(make(Wire::Exists{2}));
        state.apply(make(fetch(2, 7, {})));
        QSignalSpy flags(&state, &MailboxState::flagsChanged);
        QSignalSpy highest(&state, &MailboxState::highestModSeqChanged);
        Wire::Fetch update = fetch(2, std::nullopt, {QByteArrayLiteral("\\Seen")});
        update.modSeq = 99;
        state.apply(make(update));
        QCOMPARE(flags.count(), 1);
        QCOMPARE(flags.first().at(1).toUInt(), 7u); // UID known from before
        QCOMPARE(highest.count(), 1);
        QCOMPARE(state.highestModSeq(), 99u);
    }

    void codesOfSelect()
    {
        MailboxState state;
        state.beginSelect(QStringLiteral("INBOX"), false);
        QSignalSpy validity(&state, &MailboxState::uidValidityChanged);
        QSignalSpy readOnly(&state, &MailboxState::readOnlyChanged);
        Wire::UntaggedStatus ok;
        ok.code.kind = Wire::ResponseCode::Kind::UidValidity;
        ok.code.number = 42;
        state.apply(make(ok));
        ok.code.kind = Wire::ResponseCode::Kind::UidNext;
        ok.code.number = 7;
        state.apply(make(ok));
        ok.code.kind = Wire::ResponseCode::Kind::UidNext;
        ok.code.number = quint64(1) << 40; // out of range: ignored, never truncated
        state.apply(make(ok));
        Wire::ResponseCode readOnlyCode;
        readOnlyCode.kind = Wire::ResponseCode::Kind::ReadOnly;
        state.applyCode(readOnlyCode);
        QCOMPARE(state.uidValidity(), 42u);
        QCOMPARE(state.uidNext(), 7u);
        QCOMPARE(validity.count(), 1);
        QVERIFY(state.isReadOnly());
        QCOMPARE(readOnly.count(), 1);
    }

    void hugeExistsAllocatesNothingBig()
    {
        MailboxState state;
        state.beginSelect(QStringLiteral("INBOX"), false);
        state.apply(make(Wire::Exists{0xffffffffu}));
        state.apply(make(fetch(0xfffffff0u, 5, {}))); // beyond the tracked range
        QCOMPARE(state.uidAt(0xfffffff0u), 0u);
        QCOMPARE(state.exists(), 0xffffffffu);
    }

    void clearForgetsEverything()
    {
        MailboxState state;
        state.beginSelect(QStringLiteral("INBOX"), false);
        state.apply(make(Wire::Exists{3}));
        QSignalSpy selection(&state, &MailboxState::selectionChanged);
        state.clear();
        QVERIFY(!state.isSelected());
        QCOMPARE(state.exists(), 0u);
        QCOMPARE(selection.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMailboxState)
#include "tst_mailboxstate.moc"
