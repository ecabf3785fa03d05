// `lettertray-imap parse`: raw server bytes in, one JSON object per response out
// (docs/parse-json-schema.md). Runs the real binary.

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtTest/QTest>

class TestCliParse : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QList<QJsonObject> objects;
        QByteArray stderrText;
    };
    Run parse(const QByteArray &input, const QStringList &extra = {});

private Q_SLOTS:
    void dovecotSelect();
    void fetchItemsByName();
    void errorsAreObjectsAndParsingContinues();
    void truncatedInput();
    void bytesThatAreNotUtf8();
    void readsAFile();
    void badUsage();
};

static QString binary()
{
    const QString dir = qEnvironmentVariable("LETTERTRAY_BINARY_DIR");
    if (!dir.isEmpty())
        return dir + QStringLiteral("/bin/lettertray-imap");
    return QStringLiteral(LETTERTRAY_CLI_BINARY);
}

TestCliParse::Run TestCliParse::parse(const QByteArray &input, const QStringList &extra)
{
    Run run;
    QProcess process;
    process.start(binary(), QStringList{QStringLiteral("parse")} + extra);
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.stderrText = process.readAllStandardError();
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning() << "not a JSON object:" << line;
            run.objects.append(QJsonObject{{QStringLiteral("invalid"), true}});
            continue;
        }
        run.objects.append(document.object());
    }
    return run;
}

static QByteArray samplePayload(const char *name)
{
    QFile file(QStringLiteral(LETTERTRAY_TEST_DATA_DIR "/dovecot-2.3.19/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = file.readAll();
    while (data.startsWith('#'))
        data = data.mid(data.indexOf('\n') + 1);
    return data;
}

void TestCliParse::dovecotSelect()
{
    const QByteArray input = samplePayload("select.imap");
    QVERIFY(!input.isEmpty());
    const Run run = parse(input);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.objects.size(), 9);
    QCOMPARE(run.objects[0].value(u"kind").toString(), QStringLiteral("data"));
    QCOMPARE(run.objects[0].value(u"type").toString(), QStringLiteral("FLAGS"));
    QCOMPARE(run.objects[0].value(u"flags").toArray().size(), 6);
    QCOMPARE(run.objects[1].value(u"kind").toString(), QStringLiteral("untagged"));
    QCOMPARE(run.objects[1].value(u"code").toObject().value(u"kind").toString(),
             QStringLiteral("PERMANENTFLAGS"));
    QCOMPARE(run.objects[2].value(u"type").toString(), QStringLiteral("EXISTS"));
    QCOMPARE(run.objects[2].value(u"count").toInt(), 7);
    QCOMPARE(run.objects[5].value(u"code").toObject().value(u"number").toDouble(), 1795873217.0);
    const QJsonObject tagged = run.objects[8];
    QCOMPARE(tagged.value(u"kind").toString(), QStringLiteral("tagged"));
    QCOMPARE(tagged.value(u"tag").toString(), QStringLiteral("c26"));
    QCOMPARE(tagged.value(u"status").toString(), QStringLiteral("OK"));
    QCOMPARE(tagged.value(u"code").toObject().value(u"kind").toString(),
             QStringLiteral("READ-WRITE"));
    QCOMPARE(tagged.value(u"offset").toInt(), input.indexOf("c26 OK"));
}

void TestCliParse::fetchItemsByName()
{
    const Run run = parse("* 4 FETCH (UID 8 FLAGS (\\Seen) MODSEQ (65402) ENVELOPE (NIL {5}\r\n"
                          "Hello ((\"Al\" NIL \"al\" \"example.org\")) NIL NIL NIL NIL NIL NIL "
                          "\"<m@x>\") BODY[HEADER.FIELDS (FROM)]<0> {6}\r\nFrom:\n X-FOO 1)\r\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.objects.size(), 1);
    const QJsonObject fetch = run.objects[0];
    QCOMPARE(fetch.value(u"type").toString(), QStringLiteral("FETCH"));
    QCOMPARE(fetch.value(u"sequence").toInt(), 4);
    const QJsonObject items = fetch.value(u"items").toObject();
    QCOMPARE(items.value(u"UID").toInt(), 8);
    QCOMPARE(items.value(u"FLAGS").toArray().first().toString(), QStringLiteral("\\Seen"));
    QCOMPARE(items.value(u"MODSEQ").toInt(), 65402);
    const QJsonObject envelope = items.value(u"ENVELOPE").toObject();
    QVERIFY(envelope.value(u"date").isNull());
    QCOMPARE(envelope.value(u"subject").toString(), QStringLiteral("Hello"));
    QCOMPARE(envelope.value(u"from").toArray().first().toObject().value(u"host").toString(),
             QStringLiteral("example.org"));
    QCOMPARE(items.value(u"BODY[HEADER.FIELDS (FROM)]<0>").toObject().value(u"data").toString(),
             QStringLiteral("From:\n"));
    QCOMPARE(items.value(u"X-FOO").toObject().value(u"raw").toString(), QStringLiteral("1"));
}

void TestCliParse::errorsAreObjectsAndParsingContinues()
{
    const Run run = parse("* 1 EXISTS\r\n* SEARCH 1 x\r\n* 1 FETCH (UID 4294967296)\r\n"
                          "a1 OK done\r\n");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.objects.size(), 4);
    QCOMPARE(run.objects[1].value(u"kind").toString(), QStringLiteral("error"));
    QCOMPARE(run.objects[1].value(u"error").toString(), QStringLiteral("syntax"));
    QCOMPARE(run.objects[1].value(u"errorOffset").toInt(), 23);
    QCOMPARE(run.objects[1].value(u"responseOffset").toInt(), 12);
    QCOMPARE(run.objects[2].value(u"error").toString(), QStringLiteral("number-out-of-range"));
    QCOMPARE(run.objects[3].value(u"kind").toString(), QStringLiteral("tagged"));
}

void TestCliParse::truncatedInput()
{
    const Run run = parse("* 1 EXISTS\r\n* 1 FETCH (BODY[] {10}\r\nabc");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.objects.size(), 2);
    QCOMPARE(run.objects[1].value(u"error").toString(), QStringLiteral("truncated"));
    QCOMPARE(run.objects[1].value(u"errorOffset").toInt(), 39); // all bytes were read
}

void TestCliParse::bytesThatAreNotUtf8()
{
    const Run run =
        parse("* LIST () \"/\" \"Entw\xfcrfe\"\r\n* LIST () \"/\" \"Entw\xc3\xbcrfe\"\r\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.objects.size(), 2);
    // Invalid UTF-8 is shown byte for byte (Latin-1), valid UTF-8 as text.
    QCOMPARE(run.objects[0].value(u"mailbox").toString(), QStringLiteral(u"Entw\u00fcrfe"));
    QCOMPARE(run.objects[1].value(u"mailbox").toString(), QStringLiteral(u"Entw\u00fcrfe"));
}

void TestCliParse::readsAFile()
{
    const Run run = parse(
        {}, {QStringLiteral(LETTERTRAY_TEST_DATA_DIR "/dovecot-2.3.19/fetch-bodystructure.imap")});
    // The file starts with '#' source lines, which are not IMAP: one syntax error per line.
    QVERIFY(run.objects.size() >= 5);
    QCOMPARE(run.objects.last().value(u"kind").toString(), QStringLiteral("tagged"));
    const QJsonObject third = run.objects[run.objects.size() - 3];
    const QJsonObject body = third.value(u"items").toObject().value(u"BODYSTRUCTURE").toObject();
    QCOMPARE(body.value(u"subtype").toString(), QStringLiteral("mixed"));
    QCOMPARE(body.value(u"parts").toArray().size(), 3);
}

void TestCliParse::badUsage()
{
    QVERIFY(parse({}, {QStringLiteral("--nope")}).exitCode != 0);
    QCOMPARE(parse({}, {QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
    QCOMPARE(parse({}, {QStringLiteral("/nonexistent/file")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliParse)
#include "tst_cli_parse.moc"
