#include "app/SingleInstance.h"

#include <QtCore/QUuid>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using App::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    static QString uniqueName()
    {
        return QStringLiteral("lettertray-test-") +
               QUuid::createUuid().toString(QUuid::Id128).left(12);
    }

private Q_SLOTS:
    void defaultNameIsPerUserAndStable()
    {
        QCOMPARE(SingleInstance::defaultServerName(), SingleInstance::defaultServerName());
        QVERIFY(SingleInstance::defaultServerName().startsWith(QLatin1String("lettertray-")));
        QVERIFY(SingleInstance::defaultServerName().size() < 40);
    }

    void firstLaunchBecomesPrimary()
    {
        SingleInstance first(uniqueName());
        QSignalSpy primary(&first, &SingleInstance::becamePrimary);
        first.start(QStringLiteral("show"));
        QVERIFY(primary.wait(5000));
        QCOMPARE(first.role(), SingleInstance::Role::Primary);
    }

    void secondLaunchForwardsItsCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("show") << QStringLiteral("show");
        QTest::newRow("check-now") << QStringLiteral("check-now");
    }
    void secondLaunchForwardsItsCommand()
    {
        QFETCH(QString, command);
        const QString name = uniqueName();
        SingleInstance first(name);
        QSignalSpy primary(&first, &SingleInstance::becamePrimary);
        QSignalSpy received(&first, &SingleInstance::commandReceived);
        first.start(QStringLiteral("show"));
        QVERIFY(primary.wait(5000));

        SingleInstance second(name);
        QSignalSpy forwarded(&second, &SingleInstance::forwarded);
        QSignalSpy secondPrimary(&second, &SingleInstance::becamePrimary);
        second.start(command);
        QVERIFY(forwarded.wait(5000));
        QCOMPARE(second.role(), SingleInstance::Role::Secondary);
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toString(), command);
        QCOMPARE(secondPrimary.count(), 0);
    }

    void manyLaunchesAreAllServed()
    {
        const QString name = uniqueName();
        SingleInstance first(name);
        QSignalSpy primary(&first, &SingleInstance::becamePrimary);
        QSignalSpy received(&first, &SingleInstance::commandReceived);
        first.start(QStringLiteral("show"));
        QVERIFY(primary.wait(5000));
        std::vector<std::unique_ptr<SingleInstance>> later;
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (int i = 0; i < 5; ++i) {
            later.push_back(std::make_unique<SingleInstance>(name));
            spies.push_back(
                std::make_unique<QSignalSpy>(later.back().get(), &SingleInstance::forwarded));
            later.back()->start(QStringLiteral("show"));
        }
        QTRY_COMPARE(received.count(), 5);
        for (const auto &spy : spies) {
            QTRY_COMPARE(spy->count(), 1);
        }
    }

    // A primary that died leaves nothing that blocks the next launch.
    void primaryGoneMeansNextLaunchIsPrimary()
    {
        const QString name = uniqueName();
        {
            SingleInstance first(name);
            QSignalSpy primary(&first, &SingleInstance::becamePrimary);
            first.start(QStringLiteral("show"));
            QVERIFY(primary.wait(5000));
        }
        SingleInstance next(name);
        QSignalSpy primary(&next, &SingleInstance::becamePrimary);
        next.start(QStringLiteral("show"));
        QVERIFY(primary.wait(5000));
    }

    // A peer that sends a huge line without a newline is cut off; the primary keeps serving.
    void garbageFromAStrangerIsDropped()
    {
        const QString name = uniqueName();
        SingleInstance first(name);
        QSignalSpy primary(&first, &SingleInstance::becamePrimary);
        QSignalSpy received(&first, &SingleInstance::commandReceived);
        first.start(QStringLiteral("show"));
        QVERIFY(primary.wait(5000));

        QLocalSocket stranger;
        QSignalSpy gone(&stranger, &QLocalSocket::disconnected);
        stranger.connectToServer(name);
        QTRY_COMPARE(stranger.state(), QLocalSocket::ConnectedState);
        stranger.write(QByteArray(10000, 'x'));
        QVERIFY(gone.wait(5000));
        QCOMPARE(received.count(), 0);

        SingleInstance second(name);
        QSignalSpy forwarded(&second, &SingleInstance::forwarded);
        second.start(QStringLiteral("show"));
        QVERIFY(forwarded.wait(5000));
        QTRY_COMPARE(received.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
