#include "appprocess.h"
#include "store/database.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// `paynudge import FILE`: the real binary, its report and exit codes, and importing beside a
// running PayNudge on the same store.
class TestImportCommand : public QObject
{
    Q_OBJECT

    static constexpr char kConfig[] = "[accounts/shop1]\nname=店1\n[accounts/shop2]\nname=店2\n";

    static QString writeCsv(const AppProcess &app, const QString &name, const QByteArray &content)
    {
        const QString path = QFileInfo(app.configPath()).absolutePath() + u'/' + name;
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(content);
        return path;
    }

    static int run(AppProcess &app, const QStringList &args)
    {
        if (!app.start(args) || !app.waitForExit(60000))
            return -1;
        return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    }

    // An import with the given store, beside whatever else uses it.
    static int runOn(const AppProcess &owner, const QStringList &args, QString *output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(AppProcess::binary(),
            args + QStringList { u"--config"_s, owner.configPath(), u"--data-dir"_s, owner.dataDir() });
        if (!p.waitForFinished(60000))
            return -1;
        *output = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    static qint64 scalar(const QString &storePath, const QString &sql)
    {
        static int n = 0;
        Database db;
        QString error;
        if (!db.open({ storePath, u"check%1"_s.arg(++n), true }, &error))
            return -1;
        QSqlQuery q(db.db());
        const qint64 v = q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        q.finish();
        return v;
    }

private slots:
    void reportsBadLinesAndStoresTheGoodRows()
    {
        AppProcess app;
        app.writeConfig(QString::fromLatin1(kConfig));
        const QString csv = writeCsv(app, u"orders.csv"_s,
            "order_no,account,openid,nickname,product,amount_fen,placed_at\n"
            "I1,shop1,oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,Wang,apples,12850,2026-03-02T18:00:00+08:00\n"
            "I2,shop1,oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,,pears,-5,2026-03-02T18:00:00+08:00\n"
            "I3,shop2,oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,,plums,990,1772445600\n"
            "I4,shop7,oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,,figs,990,1772445600\n");
        QCOMPARE(run(app, { u"import"_s, csv }), 5); // some lines bad, the good rows stored
        const QString out = app.output();
        QVERIFY2(out.contains(u"Reading orders.csv (UTF-8, 4 rows)"_s), qPrintable(out));
        QVERIFY(out.contains(u"line 2: order_no=I1"_s));
        QVERIFY(out.contains(u"openid=oUpF…eS6o"_s)); // masked in the preview, as in the window
        QVERIFY(!out.contains(u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s)); // never in full
        QVERIFY(out.contains(u"Bad lines (2), not stored:"_s));
        QVERIFY(out.contains(u"line 3, amount_fen: amount_fen must not be negative [invalid_value]"_s));
        QVERIFY(out.contains(u"line 5, account:"_s));
        QVERIFY(out.contains(u"Stored 2 new orders in one transaction"_s));
        QCOMPARE(scalar(app.storePath(), u"SELECT COUNT(*) FROM orders"_s), 2);
        QCOMPARE(scalar(app.storePath(), u"SELECT COUNT(*) FROM orders WHERE order_no IN ('I1','I3')"_s), 2);

        // The same file again: nothing new, nothing doubled.
        QCOMPARE(run(app, { u"import"_s, csv }), 5);
        QVERIFY(app.output().contains(u"Stored 0 new orders in one transaction; 2 were already stored"_s));
        QCOMPARE(scalar(app.storePath(), u"SELECT COUNT(*) FROM orders"_s), 2);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        const QByteArray good
            = "order_no,account,openid,product,amount_fen,placed_at\nE1,shop1,oA,p,1,1772445600\n";
        QTest::newRow("all good") << QStringList { u"import"_s, u"CSV"_s } << good << 0
                                  << u"Stored 1 new orders"_s;
        QTest::newRow("a shop's export: Chinese headers, yuan")
            << QStringList { u"import"_s, u"CSV"_s }
            << u"订单号,店铺,OpenID,商品,金额（元）,下单时间\nE1,shop1,oA,p,¥0.01,1772445600\n"_s.toUtf8()
            << 0 << u"Stored 1 new orders"_s;
        QTest::newRow("dry run") << QStringList { u"import"_s, u"CSV"_s, u"--dry-run"_s } << good << 0
                                 << u"nothing was stored"_s;
        QTest::newRow("bad header") << QStringList { u"import"_s, u"CSV"_s }
                                    << QByteArray("order_no,shop\nE1,x\n") << 4
                                    << u"line 1: unknown column \"shop\""_s;
        QTest::newRow("missing file") << QStringList { u"import"_s, u"/nonexistent/orders.csv"_s }
                                      << QByteArray() << 4 << u"cannot read"_s;
        QTest::newRow("no file") << QStringList { u"import"_s } << QByteArray() << 2 << u"usage"_s;
        QTest::newRow("unknown command")
            << QStringList { u"export"_s } << QByteArray() << 2 << u"unknown command"_s;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, csv);
        QFETCH(int, code);
        QFETCH(QString, says);
        AppProcess app;
        app.writeConfig(QString::fromLatin1(kConfig));
        const QString path = writeCsv(app, u"in.csv"_s, csv);
        args.replaceInStrings(u"CSV"_s, path);
        QCOMPARE(run(app, args), code);
        QVERIFY2(app.output().contains(says), qPrintable(app.output()));
        const bool stores = code == 0 && !args.contains(u"--dry-run"_s);
        if (QFile::exists(app.storePath()))
            QCOMPARE(scalar(app.storePath(), u"SELECT COUNT(*) FROM orders"_s), stores ? 1 : 0);
        else
            QVERIFY(!stores);
    }

    void importsBesideARunningPayNudge()
    {
        // The running engine's dry-run sends take a minute: its reminder stays in flight meanwhile.
        AppProcess engine;
        engine.writeConfig(QString::fromLatin1(kConfig)
            + u"[reminder]\nrounds=1\nsafetyTick=1\n[dryrun]\nlatencyMs=60000\n"_s);
        QVERIFY(engine.start());
        QVERIFY2(engine.waitUntilReady(), qPrintable(engine.output()));

        const qint64 placed = QDateTime::currentSecsSinceEpoch() - 10; // due already
        const QByteArray head = "order_no,account,openid,product,amount_fen,placed_at\n";
        const QString first
            = writeCsv(engine, u"first.csv"_s, head + "W1,shop1,oA,p,1," + QByteArray::number(placed) + "\n");
        QString out;
        QCOMPARE(runOn(engine, { u"import"_s, first }, &out), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(engine.storePath(), u"SELECT COUNT(*) FROM reminders WHERE state = 'sending'"_s), 1,
            15000);

        // A second import while that send is in flight: stored, and the in-flight send left alone
        // (an importer that "recovered" it as a crash's would have it retried or marked unknown).
        QString rows;
        for (int i = 0; i < 50; ++i) // 50 customers: [policy] perCustomerDaily would stop one at 2
            rows += u"W2-%1,shop2,oB%1,p,1,%2\n"_s.arg(i).arg(placed);
        const QString second = writeCsv(engine, u"second.csv"_s, head + rows.toUtf8());
        QCOMPARE(runOn(engine, { u"import"_s, second }, &out), 0);
        QVERIFY2(out.contains(u"Stored 50 new orders"_s), qPrintable(out));
        QCOMPARE(scalar(engine.storePath(), u"SELECT COUNT(*) FROM orders"_s), 51);
        QCOMPARE(scalar(engine.storePath(),
                     u"SELECT COUNT(*) FROM reminders r JOIN orders o ON o.id = r.order_id "
                     u"WHERE o.order_no = 'W1' AND r.state = 'sending'"_s),
            1);
        QCOMPARE(scalar(engine.storePath(), u"SELECT COUNT(*) FROM send_attempts"_s),
            scalar(engine.storePath(), u"SELECT COUNT(*) FROM reminders WHERE state = 'sending'"_s));
        // The running engine finds the imported orders on its own (next safety sweep).
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(engine.storePath(), u"SELECT COUNT(*) FROM reminders WHERE state = 'sending'"_s), 51,
            15000);
        QCOMPARE(engine.process().state(), QProcess::Running);
        engine.terminate();
        QVERIFY(engine.waitForExit());
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
