#include "intake/csvimportstore.h"
#include "support/intakefixture.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// CSV import: encodings Excel writes, the RFC 4180 details, the report of bad lines, and that
// only good rows are stored, in one transaction.
class TestCsvImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineFixture> m_fx;

    static const QString &header()
    {
        static const QString h = u"order_no,account,openid,nickname,product,amount_fen,placed_at\n"_s;
        return h;
    }

    static CsvImport::Options options()
    {
        CsvImport::Options o = CsvImport::optionsFor(intakeConfig());
        o.zone = QTimeZone("Asia/Shanghai");
        return o;
    }

    Engine &engine() { return *m_fx->engine; }
    qint64 orders() { return countWhere(engine(), u"SELECT COUNT(*) FROM orders"_s); }

private slots:
    void init()
    {
        m_fx = std::make_unique<EngineFixture>(intakeConfig());
        QVERIFY2(m_fx->ok, qPrintable(m_fx->error));
    }

    void cleanup() { m_fx.reset(); }

    void utf8WithAndWithoutBom_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::newRow("without BOM") << false;
        QTest::newRow("with BOM") << true;
    }

    void utf8WithAndWithoutBom()
    {
        QFETCH(bool, bom);
        const QString text = header()
            + u"U1,shop1,oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,小王,西瓜 🍉 5kg,12850,2026-03-02T18:00:00+08:00\r\n"_s
            + u"U2,shop2,oUpF8uMuAJO_M2pxb1Q9zNjWeS6p,,\"苹果, 红富士\",990,1772445600\r\n"_s;
        const QByteArray bytes = (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
        CsvImport::Report report = CsvImport::read(bytes, options());
        QVERIFY2(report.usable(), qPrintable(report.fatal.englishText()));
        QCOMPARE(report.encoding, bom ? u"UTF-8 (with BOM)"_s : u"UTF-8"_s);
        QCOMPARE(report.columns.first(), u"order_no"_s); // the BOM is not part of the first column's name
        QCOMPARE(report.dataRows, 2);
        QCOMPARE(report.good.size(), 2);
        QVERIFY(report.bad.isEmpty());
        const CsvImportStore::Outcome outcome = CsvImportStore::store(engine(), report);
        QVERIFY2(outcome.committed, qPrintable(outcome.error));
        QCOMPARE(outcome.created, 2);
        QCOMPARE(engine().orderByNo(u"U1"_s)->input.product, u"西瓜 🍉 5kg"_s);
        QCOMPARE(engine().orderByNo(u"U1"_s)->input.nickname, u"小王"_s);
        QCOMPARE(engine().orderByNo(u"U2"_s)->input.product, u"苹果, 红富士"_s);
        QCOMPARE(engine().orderByNo(u"U2"_s)->input.placedAt, kT0);
    }

    void gb18030()
    {
        // What Excel on Chinese Windows saves: GBK for common characters, four-byte GB18030 for rare ones.
        const QString text = header()
            + u"G1,shop1,oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,王小明,有机苹果 5kg,12850,2026/3/2 18:00\r\n"_s
            + u"G2,shop1,oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,𠮷野家,鲜榨橙汁,1500,2026/3/2 18:05\r\n"_s;
        QStringEncoder encoder("GB18030");
        QVERIFY(encoder.isValid());
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(!encoder.hasError());
        QVERIFY(bytes != text.toUtf8());
        QVERIFY(bytes.contains("\xD3\xD0\xBB\xFA")); // 有机 in GBK

        CsvImport::Report report = CsvImport::read(bytes, options());
        QVERIFY2(report.usable(), qPrintable(report.fatal.englishText()));
        QCOMPARE(report.encoding, u"GB18030/GBK"_s);
        QCOMPARE(report.good.size(), 2);
        QVERIFY(CsvImportStore::store(engine(), report).committed);
        const auto g1 = engine().orderByNo(u"G1"_s);
        QCOMPARE(g1->input.product, u"有机苹果 5kg"_s);
        QCOMPARE(g1->input.nickname, u"王小明"_s);
        QCOMPARE(g1->input.placedAt, kT0); // Excel's local time, read in the shop's zone
        QCOMPARE(engine().orderByNo(u"G2"_s)->input.nickname, u"𠮷野家"_s);
    }

    // A shop's export as its back office writes it: Chinese headers (with full-width brackets),
    // amounts in yuan with a currency sign and thousands separators, extra spaces.
    void chineseHeadersAndAmountsInYuan()
    {
        const QString text = u"订单号,账号,OpenID,昵称,商品,金额（元）,下单时间\n"_s
            + u"C1,shop1,oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,小王,西瓜 5kg,128.00,2026-03-02 18:00\n"_s
            + u"C2,shop2,oUpF8uMuAJO_M2pxb1Q9zNjWeS6p,,苹果,\"¥1,280.50\",2026-03-02 18:00\n"_s
            + u"C3,shop1,oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,,梨, 9.9 ,2026-03-02 18:00\n"_s
            + u"C4,shop1,oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,,桃,12.345,2026-03-02 18:00\n"_s
            + u"C5,shop1,oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,,,5,2026-03-02 18:00\n"_s;
        CsvImport::Report report = CsvImport::read(text.toUtf8(), options());
        QVERIFY2(report.usable(), qPrintable(report.fatal.englishText()));
        QCOMPARE(report.headers,
            (QStringList {
                u"订单号"_s, u"账号"_s, u"OpenID"_s, u"昵称"_s, u"商品"_s, u"金额（元）"_s, u"下单时间"_s }));
        QCOMPARE(report.columns.first(), u"order_no"_s);
        QCOMPARE(report.good.size(), 3);
        QCOMPARE(report.good.at(0).order.amountFen, 12800);
        QCOMPARE(report.good.at(1).order.amountFen, 128050);
        QCOMPARE(report.good.at(2).order.amountFen, 990);
        QCOMPARE(report.good.at(0).order.placedAt, kT0);
        QCOMPARE(report.good.at(0).order.nickname, u"小王"_s);

        // The problems name the columns as the file does.
        QCOMPARE(report.bad.size(), 2);
        QCOMPARE(report.bad.at(0).line, 5);
        QCOMPARE(report.bad.at(0).problem.code, ErrorCode::CsvAmountNotYuan);
        QCOMPARE(report.bad.at(0).problem.englishText(),
            u"金额（元）: 金额（元） must be an amount in yuan such as 128.00 or ¥1,280.50"_s);
        QCOMPARE(report.bad.at(1).line, 6);
        QCOMPARE(report.bad.at(1).problem.field, u"商品"_s);

        QVERIFY(CsvImportStore::store(engine(), report).committed);
        QCOMPARE(engine().orderByNo(u"C2"_s)->input.amountFen, 128050);
    }

    // One account configured: its export needs no account column.
    void oneAccountNeedsNoAccountColumn()
    {
        CsvImport::Options one = options();
        one.accounts = { u"shop1"_s };
        const QString text
            = u"订单号,openid,商品,金额,下单时间\nD1,oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,梨,3.5,1772445600\n"_s;
        const CsvImport::Report report = CsvImport::read(text.toUtf8(), one);
        QVERIFY2(report.usable(), qPrintable(report.fatal.englishText()));
        QCOMPARE(report.good.size(), 1);
        QCOMPARE(report.good.first().order.account, u"shop1"_s);
        QCOMPARE(report.good.first().order.amountFen, 350);
        // With two, the column is required, and the message names it both ways.
        const CsvImport::Report two = CsvImport::read(text.toUtf8(), options());
        QVERIFY(!two.usable());
        QVERIFY2(two.fatal.englishText().contains(u"account (账号)"_s), qPrintable(two.fatal.englishText()));
    }

    void badLinesAreReportedAndNotStored()
    {
        const QString text = u"Order_No,ACCOUNT,openid,product,amount_fen,placed_at,vars.coupon\n"_s // line 1
                             u"OK1,shop1,oA,苹果,100,2026-03-02T10:00:00Z,满100减10\n"_s // 2
                             u"NEG,shop1,oA,苹果,-5,2026-03-02T10:00:00Z,\n"_s // 3
                             u"\n"_s // 4 (blank)
                             u"ACC,shop9,oA,苹果,100,2026-03-02T10:00:00Z,\n"_s // 5
                             u"\"MULTI\",shop1,oA,\"多行\n商品\",100,2026-03-02T10:00:00Z,\n"_s // 6-7
                             u"TIME,shop1,oA,苹果,100,yesterday,\n"_s // 8
                             u"NOID,shop1,,苹果,100,2026-03-02T10:00:00Z,\n"_s // 9
                             u"CELLS,shop1,oA,苹果,100,2026-03-02T10:00:00Z,x,extra\n"_s // 10
                             u"OK1,shop1,oA,苹果,100,2026-03-02T10:00:00Z,满100减10\n"_s // 11 same as 2
                             u"OK1,shop1,oA,梨,100,2026-03-02T10:00:00Z,满100减10\n"_s // 12 differs from 2
                             u"OK2,shop2,oB,梨,0,1772445600,\n"_s; // 13
        const QByteArray before = QByteArray::number(orders());
        CsvImport::Report report = CsvImport::read(text.toUtf8(), options());
        QVERIFY2(report.usable(), qPrintable(report.fatal.englishText()));
        QCOMPARE(QByteArray::number(orders()), before); // reading stores nothing
        QCOMPARE(report.dataRows, 10); // the blank line is not a row
        QCOMPARE(report.repeated, 1);

        struct Expected
        {
            int line;
            QString field;
            QString code;
        };
        const QList<Expected> expected {
            { 3, u"amount_fen"_s, u"invalid_value"_s },
            { 5, u"account"_s, u"unknown_account"_s },
            { 6, u"product"_s, u"invalid_value"_s },
            { 8, u"placed_at"_s, u"invalid_value"_s },
            { 9, u"openid"_s, u"missing_field"_s },
            { 10, QString(), u"invalid_value"_s },
            { 12, u"order_no"_s, u"conflict"_s },
        };
        QCOMPARE(report.bad.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(report.bad.at(i).line, expected.at(i).line);
            QCOMPARE(report.bad.at(i).problem.field, expected.at(i).field);
            QCOMPARE(report.bad.at(i).code, expected.at(i).code);
            QVERIFY(!report.bad.at(i).problem.englishMessage().isEmpty());
        }
        QVERIFY(report.bad.at(6).problem.englishMessage().contains(u"line 2"_s));
        QCOMPARE(report.good.size(), 2);
        QCOMPARE(report.good.at(0).line, 2);
        QCOMPARE(report.good.at(1).line, 13);

        const CsvImportStore::Outcome outcome = CsvImportStore::store(engine(), report);
        QVERIFY(outcome.committed);
        QCOMPARE(outcome.created, 2);
        QCOMPARE(orders(), 2);
        QVERIFY(engine().orderByNo(u"OK2"_s));
        QCOMPARE(engine().orderByNo(u"OK1"_s)->input.vars.value(u"coupon"_s).toString(), u"满100减10"_s);
        QCOMPARE(engine().orderByNo(u"OK1"_s)->input.product, u"苹果"_s);
        for (const QString &no : { u"NEG"_s, u"ACC"_s, u"MULTI"_s, u"TIME"_s, u"NOID"_s, u"CELLS"_s })
            QVERIFY2(!engine().orderByNo(no), qPrintable(no));
    }

    void previewShowsTheFirstRows()
    {
        QString text = header();
        for (int i = 0; i < 8; ++i)
            text += u"P%1,shop1,oA,,苹果,%1,2026-03-02T10:00:00Z\n"_s.arg(i);
        CsvImport::Options o = options();
        o.previewRows = 3;
        const CsvImport::Report report = CsvImport::read(text.toUtf8(), o);
        QCOMPARE(report.preview.size(), 3);
        QCOMPARE(report.preview.at(2).line, 4);
        QCOMPARE(report.preview.at(2).fields.first(), u"P2"_s);
        QCOMPARE(report.dataRows, 8);
        QCOMPARE(report.good.size(), 8);
    }

    void unusableFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");
        QTest::addColumn<int>("line");
        QTest::newRow("empty") << QByteArray("\n\n") << u"empty"_s << 0;
        QTest::newRow("unknown column")
            << (header().trimmed() + u",remark\nA,shop1,o,,p,1,1772445600,x\n"_s).toUtf8()
            << u"unknown column \"remark\""_s << 1;
        QTest::newRow("missing column")
            << QByteArray("order_no,account,openid,product,placed_at\n") << u"amount_fen"_s << 1;
        QTest::newRow("column twice") << QByteArray("order_no,account,order_no\n") << u"twice"_s << 1;
        QTest::newRow("amount in fen and in yuan")
            << (header().trimmed() + u",金额(元)\n"_s).toUtf8() << u"金额(元) appears twice"_s << 1;
        QTest::newRow("vars column") << (header().trimmed() + u",vars\n"_s).toUtf8() << u"vars.NAME"_s << 1;
        QTest::newRow("open quote") << (header() + u"A,shop1,o,,\"p,1,1772445600\n"_s).toUtf8()
                                    << u"never closed"_s << 2;
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFEo\0r\0", 6) << u"UTF-16"_s << 0;
        QTest::newRow("bad UTF-8 after BOM")
            << QByteArray("\xEF\xBB\xBF\xFF\xFF") << u"not valid UTF-8"_s << 0;
        QTest::newRow("binary") << QByteArray("\x81\x20\x81\x20\xFF") << u"neither UTF-8 nor GB18030"_s << 0;
    }

    void unusableFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        QFETCH(int, line);
        const CsvImport::Report report = CsvImport::read(bytes, options());
        QVERIFY(!report.usable());
        QVERIFY2(report.fatal.englishText().contains(why), qPrintable(report.fatal.englishText()));
        QCOMPARE(report.fatalLine, line);
        QVERIFY(report.good.isEmpty());
    }

    void conflictsWithStoredOrdersAreBadLines()
    {
        QCOMPARE(
            engine().acceptOrder(sampleOrder(u"S1"_s, kT0, u"shop1"_s)).kind, AcceptResult::Kind::Created);
        const OrderInput same = sampleOrder(u"S1"_s, kT0, u"shop1"_s);
        const QString sameRow
            = u"S1,shop1,%1,%2,%3,%4,2026-03-02T10:00:00Z\n"_s.arg(same.openid, same.nickname, same.product)
                  .arg(same.amountFen);
        const QString text = header() + sameRow + u"S2,shop1,oA,,苹果,1,2026-03-02T10:00:00Z\n"_s
            + u"S1X,shop1,oA,,苹果,1,2026-03-02T10:00:00Z\n"_s;
        QCOMPARE(
            engine().acceptOrder(sampleOrder(u"S1X"_s, kT0, u"shop1"_s)).kind, AcceptResult::Kind::Created);

        // Found before storing, when checked...
        CsvImport::Report checked = CsvImport::read(text.toUtf8(), options());
        CsvImportStore::checkAgainstStore(engine(), checked);
        QCOMPARE(checked.bad.size(), 1);
        QCOMPARE(checked.bad.first().line, 4);
        QCOMPARE(checked.bad.first().code, u"conflict"_s);
        QCOMPARE(checked.good.size(), 2); // S1 identical to the stored one is not a conflict

        // ...and while storing, when another writer got there first: that row goes, the rest is stored.
        CsvImport::Report unchecked = CsvImport::read(text.toUtf8(), options());
        const CsvImportStore::Outcome outcome = CsvImportStore::store(engine(), unchecked);
        QVERIFY(outcome.committed);
        QCOMPARE(outcome.created, 1);
        QCOMPARE(outcome.existing, 1);
        QCOMPARE(unchecked.bad.size(), 1);
        QCOMPARE(unchecked.bad.first().line, 4);
        QCOMPARE(engine().orderByNo(u"S1X"_s)->input.openid, same.openid); // untouched
        QCOMPARE(orders(), 3);
    }

    void storingIsOneTransaction()
    {
        QString text = header();
        for (int i = 0; i < 500; ++i)
            text += u"T%1,shop1,oA,,苹果,%1,2026-03-02T10:00:00Z\n"_s.arg(i);
        CsvImport::Report report = CsvImport::read(text.toUtf8(), options());
        QCOMPARE(report.good.size(), 500);
        // A row the store itself refuses sinks the whole file: nothing half-imported.
        report.good[250].order.amountFen = -1;
        const CsvImportStore::Outcome outcome = CsvImportStore::store(engine(), report);
        QVERIFY(!outcome.committed);
        QVERIFY(!outcome.error.isEmpty());
        QCOMPARE(orders(), 0);
        report.good[250].order.amountFen = 250;
        QCOMPARE(CsvImportStore::store(engine(), report).created, 500);
        QCOMPARE(orders(), 500);
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
