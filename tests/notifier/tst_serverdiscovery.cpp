#include "notifier/ServerDiscovery.h"

#include <QtCore/QHash>
#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Notifier;

// Canned DNS: answers from a table, later (as the real resolver does), and records each name.
class FakeSrvResolver : public SrvResolver
{
public:
    QHash<QString, QList<SrvRecord>> answers;
    QStringList failing;
    QStringList asked;

    void lookup(const QString &name) override
    {
        asked.append(name);
        QTimer::singleShot(0, this, [this, name] {
            Q_EMIT resolved(name, answers.value(name), !failing.contains(name));
        });
    }
};

class TestServerDiscovery : public QObject
{
    Q_OBJECT

    static QList<ServerSuggestion> run(FakeSrvResolver *resolver, const QString &email)
    {
        ServerDiscovery discovery(resolver);
        QSignalSpy spy(&discovery, &ServerDiscovery::finished);
        discovery.discover(email);
        if (!spy.wait(2000))
            return {};
        return spy.first().first().value<QList<ServerSuggestion>>();
    }

private Q_SLOTS:
    void srvFirstImplicitTlsPreferred()
    {
        FakeSrvResolver resolver;
        resolver.answers[QStringLiteral("_imap._tcp.example.org")] = {
            {QStringLiteral("mail.example.org."), 143, 0, 0}};
        resolver.answers[QStringLiteral("_imaps._tcp.example.org")] = {
            {QStringLiteral("backup.example.org."), 993, 20, 0},
            {QStringLiteral("Primary.Example.org."), 9993, 10, 5}};
        const auto result = run(&resolver, QStringLiteral("Alice@Example.ORG"));
        QCOMPARE(resolver.asked, QStringList({QStringLiteral("_imaps._tcp.example.org"),
                                              QStringLiteral("_imap._tcp.example.org")}));
        QCOMPARE(result.size(), 3);
        QCOMPARE(result[0].host, QStringLiteral("primary.example.org"));
        QCOMPARE(result[0].port, quint16(9993));
        QCOMPARE(result[0].security, SecurityMode::Tls);
        QCOMPARE(result[0].source, ServerSuggestion::DnsSrv);
        QCOMPARE(result[1].host, QStringLiteral("backup.example.org"));
        // _imap._tcp means STARTTLS, never plaintext.
        QCOMPARE(result[2].host, QStringLiteral("mail.example.org"));
        QCOMPARE(result[2].security, SecurityMode::StartTls);
    }

    void dotTargetMeansNotOffered()
    {
        FakeSrvResolver resolver;
        resolver.answers[QStringLiteral("_imaps._tcp.example.net")] = {
            {QStringLiteral("."), 0, 0, 0}};
        resolver.answers[QStringLiteral("_imap._tcp.example.net")] = {
            {QStringLiteral("imap.example.net"), 143, 0, 0}};
        const auto result = run(&resolver, QStringLiteral("bob@example.net"));
        QCOMPARE(result.size(), 1);
        QCOMPARE(result[0].security, SecurityMode::StartTls);
    }

    void hostileTargetsDropped()
    {
        FakeSrvResolver resolver;
        resolver.answers[QStringLiteral("_imaps._tcp.example.com")] = {
            {QStringLiteral("evil host\r\n.example.com"), 993, 0, 0},
            {QStringLiteral("x").repeated(300) + QStringLiteral(".com"), 993, 0, 0},
            {QStringLiteral("ok.example.com"), 0, 0, 0}};
        const auto result = run(&resolver, QStringLiteral("c@example.com"));
        QCOMPARE(result.size(), 1);
        QCOMPARE(result[0].source, ServerSuggestion::Guess);
        QCOMPARE(result[0].host, QStringLiteral("imap.example.com"));
    }

    void providerTable_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("auth");
        QTest::newRow("gmail") << "x@gmail.com"
                               << "imap.gmail.com" << int(AuthMethod::OAuth2Google);
        QTest::newRow("googlemail") << "x@googlemail.com"
                                    << "imap.gmail.com" << int(AuthMethod::OAuth2Google);
        QTest::newRow("outlook") << "x@outlook.com"
                                 << "outlook.office365.com" << int(AuthMethod::OAuth2Microsoft);
        QTest::newRow("hotmail") << "x@hotmail.com"
                                 << "outlook.office365.com" << int(AuthMethod::OAuth2Microsoft);
        QTest::newRow("yahoo") << "x@yahoo.com"
                               << "imap.mail.yahoo.com" << int(AuthMethod::Password);
        QTest::newRow("icloud") << "x@me.com"
                                << "imap.mail.me.com" << int(AuthMethod::Password);
        QTest::newRow("fastmail") << "x@fastmail.com"
                                  << "imap.fastmail.com" << int(AuthMethod::Password);
        QTest::newRow("gmx") << "x@gmx.de"
                             << "imap.gmx.net" << int(AuthMethod::Password);
        QTest::newRow("mail.ru") << "x@inbox.ru"
                                 << "imap.mail.ru" << int(AuthMethod::Password);
        QTest::newRow("yandex") << "x@ya.ru"
                                << "imap.yandex.com" << int(AuthMethod::Password);
        QTest::newRow("zoho") << "x@zoho.com"
                              << "imap.zoho.com" << int(AuthMethod::Password);
    }

    void providerTable()
    {
        QFETCH(QString, email);
        QFETCH(QString, host);
        QFETCH(int, auth);
        FakeSrvResolver resolver; // no SRV records: the table answers
        const auto result = run(&resolver, email);
        QVERIFY(!result.isEmpty());
        QCOMPARE(result[0].host, host);
        QCOMPARE(result[0].port, quint16(993));
        QCOMPARE(result[0].security, SecurityMode::Tls);
        QCOMPARE(int(result[0].auth), auth);
        QCOMPARE(result[0].source, ServerSuggestion::ProviderTable);
        QVERIFY(result[0].webmail.isValid());
    }

    void srvBeforeTableAndDeduplicated()
    {
        FakeSrvResolver resolver;
        resolver.answers[QStringLiteral("_imaps._tcp.gmail.com")] = {
            {QStringLiteral("imap.gmail.com"), 993, 5, 0}};
        const auto result = run(&resolver, QStringLiteral("x@gmail.com"));
        QCOMPARE(result.size(), 1);
        QCOMPARE(result[0].source, ServerSuggestion::DnsSrv);
        QCOMPARE(result[0].auth, AuthMethod::OAuth2Google);
    }

    void dnsFailureFallsBack()
    {
        FakeSrvResolver resolver;
        resolver.answers[QStringLiteral("_imaps._tcp.fastmail.com")] = {
            {QStringLiteral("imap.elsewhere.example"), 993, 0, 0}};
        resolver.failing = {QStringLiteral("_imaps._tcp.fastmail.com"),
                            QStringLiteral("_imap._tcp.fastmail.com")};
        const auto result = run(&resolver, QStringLiteral("x@fastmail.com"));
        QCOMPARE(result.size(), 1);
        QCOMPARE(result[0].host, QStringLiteral("imap.fastmail.com"));
    }

    void invalidAddress_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("no at") << "alice";
        QTest::newRow("empty domain") << "alice@";
        QTest::newRow("no local part") << "@example.org";
        QTest::newRow("bad domain") << "a@exa mple.org";
    }

    void invalidAddress()
    {
        QFETCH(QString, email);
        FakeSrvResolver resolver;
        ServerDiscovery discovery(&resolver);
        QSignalSpy spy(&discovery, &ServerDiscovery::finished);
        discovery.discover(email);
        QCOMPARE(spy.count(), 0); // never inside the call
        QVERIFY(spy.wait(1000));
        QVERIFY(spy.first().first().value<QList<ServerSuggestion>>().isEmpty());
        QVERIFY(resolver.asked.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerDiscovery)
#include "tst_serverdiscovery.moc"
