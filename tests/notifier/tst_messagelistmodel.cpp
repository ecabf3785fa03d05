#include "notifier/MessageListModel.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QSortFilterProxyModel>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;

class TestMessageListModel : public QObject
{
    Q_OBJECT

    static MessageSummary message(const QString &account, const QString &folder, quint32 uid,
                                  bool seen = false)
    {
        MessageSummary m;
        m.key = {{account, folder}, uid};
        m.accountName = account.toUpper();
        m.from = QStringLiteral("Sender %1").arg(uid);
        m.fromAddress = QStringLiteral("s%1@example.org").arg(uid);
        m.subject = QStringLiteral("Subject %1").arg(uid);
        m.date = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(uid);
        m.size = 1000 + uid;
        m.seen = seen;
        return m;
    }

    static QList<MessageSummary> many(int count, const QString &account = QStringLiteral("a"))
    {
        QList<MessageSummary> list;
        list.reserve(count);
        for (int i = 1; i <= count; ++i)
            list.append(message(account, i % 2 ? QStringLiteral("INBOX") : QStringLiteral("Lists"),
                                quint32(i), i % 3 == 0));
        return list;
    }

private Q_SLOTS:
    void modelTesterThroughMutations()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert(many(500));
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(model.columnCount(), int(MessageListModel::ColumnCount));
        model.setSeen(message(QStringLiteral("a"), QStringLiteral("INBOX"), 1).key, true);
        model.remove({message(QStringLiteral("a"), QStringLiteral("INBOX"), 5).key,
                      message(QStringLiteral("a"), QStringLiteral("INBOX"), 7).key,
                      message(QStringLiteral("a"), QStringLiteral("Lists"), 6).key});
        QCOMPARE(model.rowCount(), 497);
        model.removeFolder({QStringLiteral("a"), QStringLiteral("Lists")});
        QCOMPARE(model.rowCount(), 248);
        model.upsert(many(10, QStringLiteral("b")));
        model.removeAccount(QStringLiteral("a"));
        QCOMPARE(model.rowCount(), 10);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void indexStaysConsistent()
    {
        MessageListModel model;
        model.upsert(many(100));
        model.remove({message(QStringLiteral("a"), QStringLiteral("INBOX"), 1).key,
                      message(QStringLiteral("a"), QStringLiteral("Lists"), 50).key});
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.indexOf(model.summaryAt(row).key), row);
        QCOMPARE(model.indexOf(message(QStringLiteral("a"), QStringLiteral("INBOX"), 1).key), -1);
    }

    void unreadCountAndUpdates()
    {
        MessageListModel model;
        QList<MessageSummary> list = many(30); // every third is seen: 20 unread
        model.upsert(list);
        QCOMPARE(model.unreadCount(), 20);
        QSignalSpy changed(&model, &MessageListModel::dataChanged);
        QSignalSpy inserted(&model, &MessageListModel::rowsInserted);
        MessageSummary updated = list.first();
        updated.seen = true;
        updated.subject = QStringLiteral("changed");
        model.upsert({updated}); // same key: updated in place, not added
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.unreadCount(), 19);
        model.setSeen(updated.key, true); // no change, no signal
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, MessageListModel::SubjectColumn).data().toString(),
                 QStringLiteral("changed"));
        model.remove({updated.key});
        QCOMPARE(model.unreadCount(), 19);
    }

    void displayIsSafe()
    {
        MessageListModel model;
        MessageSummary m = message(QStringLiteral("a"), QStringLiteral("INBOX"), 1);
        m.subject = QStringLiteral("Pay\u202Etxt.exe\nnow ") + QString(500, QLatin1Char('x'));
        model.upsert({m});
        const QString shown = model.index(0, MessageListModel::SubjectColumn).data().toString();
        QVERIFY(!shown.contains(QChar(0x202E)));
        QVERIFY(!shown.contains(QLatin1Char('\n')));
        QVERIFY(shown.size() <= MessageListModel::MaxDisplayChars);
        QCOMPARE(model.index(0, MessageListModel::DateColumn)
                     .data(MessageListModel::SortRole)
                     .toDateTime(),
                 m.date);
        QCOMPARE(model.index(0, 0).data(MessageListModel::MessageKeyRole).value<MessageKey>(),
                 m.key);
        QCOMPARE(model.headerData(MessageListModel::FromColumn, Qt::Horizontal).toString(),
                 QStringLiteral("From"));
    }

    void sortsThroughProxy()
    {
        MessageListModel model;
        model.upsert(many(50));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(MessageListModel::SortRole);
        proxy.sort(MessageListModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, MessageListModel::SizeColumn)
                     .data(MessageListModel::SortRole)
                     .toLongLong(),
                 1050);
    }

    void hundredThousandRows()
    {
        const QList<MessageSummary> list = many(100000);
        qint64 bareFill = 0;
        {
            MessageListModel bare;
            QElapsedTimer timer;
            timer.start();
            bare.upsert(list);
            bareFill = timer.elapsed();
            QCOMPARE(bare.rowCount(), 100000);
        }
        MessageListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &MessageListModel::rowsInserted);
        QElapsedTimer timer;
        timer.start();
        model.upsert(list);
        const qint64 fill = timer.elapsed();
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(inserted.count(), 1); // one batch, one signal
        timer.restart();
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(MessageListModel::SortRole);
        proxy.sort(MessageListModel::DateColumn, Qt::DescendingOrder);
        const qint64 sort = timer.elapsed();
        timer.restart();
        QList<MessageKey> half;
        for (int i = 0; i < list.size(); i += 2)
            half.append(list.at(i).key);
        model.remove(half);
        const qint64 removeHalf = timer.elapsed();
        QCOMPARE(model.rowCount(), 50000);
        QCOMPARE(proxy.rowCount(), 50000);
        for (int row = 0; row < model.rowCount(); row += 997)
            QCOMPARE(model.indexOf(model.summaryAt(row).key), row);
        qInfo("100,000 rows: fill %lld ms (%lld ms under the model tester), proxy sort by date "
              "%lld ms, remove every 2nd %lld ms",
              bareFill, fill, sort, removeHalf);
    }
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
