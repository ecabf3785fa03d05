#include "imap/LibraryInfo.h"

#include <QtTest/QTest>

class TestLibraryInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionMatchesTheProject()
    {
        QCOMPARE(Imap::LibraryInfo::version(), QStringLiteral(LETTERTRAY_VERSION));
        QVERIFY(!Imap::LibraryInfo::version().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLibraryInfo)
#include "tst_libraryinfo.moc"
