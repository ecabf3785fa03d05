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

    // flagsChanged() is emitted per message only while someone listens (the flag is kept from
    // connectNotify/disconnectNotify): every way of connecting and disconnecting must keep it
    // right, or a listener would silently miss updates.
    void perMessageSignalsFollowTheirListeners()
    {
        MailboxState state;
        state.beginSelect(QStringLiteral("INBOX"), false);
        state.apply(make(Wire::Exists{3}));
        const auto update = [&state](quint32 seq) {
            state.apply(make(fetch(seq, 10 * seq, {QByteArrayLiteral("\\Seen")})));
        };
        update(1); // nobody listens: nothing to see, nothing to break

        int lambdaCalls = 0;
        const auto connection =
            connect(&state, &MailboxState::flagsChanged, this, [&lambdaCalls] { ++lambdaCalls; });
        update(2);
        QCOMPARE(lambdaCalls, 1);
        {
            QSignalSpy spy(&state, &MailboxState::flagsChanged);
            update(3);
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.first().at(1).toUInt(), 30u);
        } // the spy's connection goes with it; the lambda's stays
        update(3);
        QCOMPARE(lambdaCalls, 3);
        disconnect(connection);
        update(2);
        QCOMPARE(lambdaCalls, 3);

        // A wildcard disconnect (disconnectNotify with no method), then a new listener.
        QSignalSpy modSeqs(&state, &MailboxState::modSeqChanged);
        state.disconnect();
        QSignalSpy again(&state, &MailboxState::flagsChanged);
        Wire::Fetch withModSeq = fetch(1, 10, {});
        withModSeq.modSeq = 5;
        state.apply(make(withModSeq));
        QCOMPARE(again.count(), 1);
        QCOMPARE(modSeqs.count(), 0); // disconnected by the wildcard

        // A receiver destroyed while connected: the other listener still hears every update.
        auto *receiver = new QObject;
        connect(&state, &MailboxState::flagsChanged, receiver, [] {});
        delete receiver;
        update(2);
        QCOMPARE(again.count(), 2);
    }

    void uidsInAnyOrder()
    {
        MailboxState state;
        state.beginSelect(QStringLiteral("INBOX"), false);
        state.apply(make(Wire::Exists{4}));
        state.apply(make(fetch(1, 11, {})));
        state.apply(make(fetch(2, 12, {})));
        state.apply(make(fetch(4, 14, {}))); // a gap: 3 stays unknown
        state.apply(make(fetch(3, 13, {})));
        state.apply(make(fetch(1, 11, {}))); // again
        QCOMPARE(state.uidAt(1), 11u);
        QCOMPARE(state.uidAt(3), 13u);
        QCOMPARE(state.uidAt(4), 14u);
        state.apply(make(fetch(5, 15, {}))); // beyond EXISTS: not tracked
        QCOMPARE(state.uidAt(5), 0u);
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
