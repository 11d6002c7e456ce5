#include "common/durationspec.h"
#include "config/config.h"
#include "testconfig.h"

#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

class TestConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &ini)
    {
        static int n = 0;
        const QString path = m_dir.filePath(u"c%1.ini"_s.arg(++n));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(ini.toUtf8());
        return path;
    }

private slots:
    void closeRoundsAndRoundKeysParse()
    {
        QList<Error> errors;
        const Config c = Config::load(write(uR"([reminder]
rounds=600, close-30m, close-1h
[accounts/shop1]
appid=wx0123456789abcdef
templateId=BASE
fields/thing1={product}
fields/time2={close_at}
round3.templateId=LAST
round3.fields/thing9=closes in 30 minutes
round2.fields/thing1=again: {product}
)"_s),
            &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).englishText()));
        QCOMPARE(c.reminder.plan.roundOffsetsSec, QList<qint64> { 600 });
        QCOMPARE(c.reminder.plan.closeRoundsSec, (QList<qint64> { 3600, 1800 })); // the farthest first
        QCOMPARE(c.reminder.plan.roundCount(), 3);
        const AccountConfig *a = c.account(u"shop1"_s);
        QVERIFY(a);
        QCOMPARE(a->rounds.value(3).templateId, u"LAST"_s);
        QCOMPARE(a->rounds.value(3).fields,
            (QList<QPair<QString, QString>> { { u"thing9"_s, u"closes in 30 minutes"_s } }));
        QCOMPARE(a->rounds.value(2).fields.value(0).second, u"again: {product}"_s);
    }

    void roundKeyOutsideThePlanIsAnError()
    {
        QList<Error> errors;
        const Config c = Config::load(write(uR"([reminder]
rounds=600, close-30m
[accounts/shop1]
appid=wx0123456789abcdef
templateId=BASE
round3.templateId=LAST
)"_s),
            &errors);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].code, ErrorCode::ConfigRoundNotInPlan);
        QCOMPARE(errors[0].field, u"accounts/shop1/round3"_s);
        QVERIFY(c.account(u"shop1"_s) == nullptr || c.account(u"shop1"_s)->rounds.isEmpty()); // nothing used
    }

    // forMessage: a round's own template replaces the account's mapping; its fields alone replace the
    // fields; a variant's fields overlay; a variant's template replaces.
    void forMessagePicksTheRoundsAndTheVariantsText()
    {
        AccountConfig a;
        a.key = u"shop1"_s;
        a.templateId = u"BASE"_s;
        a.fields = { { u"thing1"_s, u"{product}"_s }, { u"time2"_s, u"{close_at}"_s } };
        a.rounds[2].fields = { { u"thing1"_s, u"again: {product}"_s } };
        a.rounds[3].templateId = u"LAST"_s;
        a.rounds[3].fields = { { u"thing9"_s, u"closes soon"_s } };
        TextVariant va;
        va.name = u"a"_s;
        TextVariant vb;
        vb.name = u"b"_s;
        vb.fields = { { u"time2"_s, u"by {close_at}"_s }, { u"thing4"_s, u"extra"_s } };
        TextVariant vc;
        vc.name = u"c"_s;
        vc.templateId = u"OTHER"_s;
        vc.fields = { { u"thing7"_s, u"c"_s } };
        a.variants = { va, vb, vc };

        const AccountConfig r1 = a.forMessage(1, u"a"_s);
        QCOMPARE(r1.templateId, u"BASE"_s);
        QCOMPARE(r1.fields, a.fields);
        const AccountConfig r2 = a.forMessage(2, u"a"_s);
        QCOMPARE(r2.templateId, u"BASE"_s);
        QCOMPARE(r2.fields, a.rounds[2].fields); // round fields only replace the fields
        const AccountConfig r3 = a.forMessage(3, u"a"_s);
        QCOMPARE(r3.templateId, u"LAST"_s);
        QCOMPARE(r3.fields, a.rounds[3].fields);
        const AccountConfig b1 = a.forMessage(1, u"b"_s);
        QCOMPARE(b1.templateId, u"BASE"_s);
        QCOMPARE(b1.fields,
            (QList<QPair<QString, QString>> { { u"thing1"_s, u"{product}"_s }, { u"thing4"_s, u"extra"_s },
                { u"time2"_s, u"by {close_at}"_s } }));
        const AccountConfig c3 = a.forMessage(3, u"c"_s);
        QCOMPARE(c3.templateId, u"OTHER"_s);
        QCOMPARE(c3.fields, vc.fields);
    }

    void missingFileGivesDefaults()
    {
        QList<Error> errors;
        const Config c = Config::load(m_dir.filePath(u"nope.ini"_s), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(c.reminder.plan.roundOffsetsSec, QList<qint64> { 600 });
        QCOMPARE(c.reminder.plan.closeAfterSec, 7200);
        QCOMPARE(c.reminder.batchSize, 20);
        QCOMPARE(c.reminder.safetyTickSec, 7);
        QCOMPARE(c.reminder.lateLimitSec, 0); // no limit: after a sleep whatever is still open goes out
        QCOMPARE(c.store.backupDays, 7);
        QCOMPARE(c.intake.port, quint16(8787));
        QCOMPARE(c.intake.address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(c.intake.maxConnections, 512);
        QCOMPARE(c.wechat.apiBase, QUrl(u"https://api.weixin.qq.com"_s));
        QCOMPARE(c.wechat.maxInFlight, 8);
        // A fresh install runs end to end on an implicit dry-run account.
        QCOMPARE(c.accounts.size(), 1);
        QVERIFY(!c.accounts.first().sendsForReal());
    }

    void designExampleParses()
    {
        // The keys exactly as DESIGN.md documents them, comments and all.
        const QString path = write(uR"([reminder]
rounds=600, 5400      ; seconds after placed_at
closeAfter=3600       ; seconds
quietHours=22:00-08:00
quietPolicy=skip
batchSize=50
safetyTick=3
lateLimit=0           ; seconds; a reminder later than this after a sleep/outage is skipped (0 = no limit)
[store]
path=/tmp/x.sqlite
backupDays=0
[intake]
listen=0.0.0.0:9000
token=abcdefghijklmnopqrstuvwx
[wechat]
apiBase=http://127.0.0.1:1234
timeout=5
maxInFlight=4
[accounts/shop1]      ; one section per account
name=西瓜乐园
appid=wx0123456789abcdef
secretEnv=SHOP1_SECRET
tokenSource=stable
kind=template
templateId=TEMPLATE_ID
url=https://shop.example/order/{order_no}
fields/character_string1={order_no}
fields/thing2={product}
fields/amount3={amount}
fields/time4={placed_at:yyyy-MM-dd HH:mm}
)"_s);
        QList<Error> errors;
        const Config c = Config::load(path, &errors);
        for (const auto &e : errors)
            qWarning() << configErrorLine(e);
        QVERIFY(errors.isEmpty());
        QCOMPARE(c.reminder.plan.roundOffsetsSec, (QList<qint64> { 600, 5400 }));
        QCOMPARE(c.reminder.plan.closeAfterSec, 3600);
        QVERIFY(c.reminder.plan.quietHours.has_value());
        QCOMPARE(c.reminder.plan.quietHours->start, QTime(22, 0));
        QCOMPARE(c.reminder.plan.quietHours->end, QTime(8, 0));
        QCOMPARE(c.reminder.plan.quietPolicy, QuietPolicy::Skip);
        QCOMPARE(c.reminder.batchSize, 50);
        QCOMPARE(c.reminder.safetyTickSec, 3);
        QCOMPARE(c.store.path, u"/tmp/x.sqlite"_s);
        QCOMPARE(c.store.backupDays, 0);
        QCOMPARE(c.intake.address, QHostAddress(u"0.0.0.0"_s));
        QCOMPARE(c.intake.port, quint16(9000));
        QCOMPARE(c.wechat.apiBase, QUrl(u"http://127.0.0.1:1234"_s));
        QCOMPARE(c.wechat.timeoutSec, 5);
        QCOMPARE(c.accounts.size(), 1);
        const AccountConfig &a = c.accounts.first();
        QCOMPARE(a.key, u"shop1"_s);
        QCOMPARE(a.name, u"西瓜乐园"_s);
        QVERIFY(a.sendsForReal());
        QCOMPARE(a.url, u"https://shop.example/order/{order_no}"_s);
        QCOMPARE(a.fields.size(), 4);
        QVERIFY(a.fields.contains(qMakePair(u"time4"_s, u"{placed_at:yyyy-MM-dd HH:mm}"_s)));
    }

    void shippedExampleParses()
    {
        QList<Error> errors;
        const Config c
            = Config::load(QStringLiteral(PAYNUDGE_SOURCE_DIR "/resources/paynudge.example.ini"), &errors);
        for (const auto &e : errors)
            qWarning() << configErrorLine(e);
        QVERIFY(errors.isEmpty());
        QVERIFY(!c.accounts.isEmpty());
    }

    void maxConnectionsIsRead()
    {
        QList<Error> errors;
        const Config c = Config::load(write(u"[intake]\nmaxConnections=2000\n"_s), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(c.intake.maxConnections, 2000);
    }

    void lateLimitIsRead()
    {
        QList<Error> errors;
        const Config c = Config::load(write(u"[reminder]\nlateLimit=1800\n"_s), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(c.reminder.lateLimitSec, 1800);
    }

    // Durations as a shop writes them: seconds as ever, or with units; each key reads the same
    // seconds either way.
    void durationsTakeUnits_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QList<qint64>>("rounds");
        QTest::addColumn<qint64>("closeAfter");
        QTest::addColumn<int>("lateLimit");
        QTest::addColumn<int>("safetyTick");
        QTest::addColumn<int>("timeout");
        QTest::newRow("seconds as ever")
            << u"[reminder]\nrounds=600, 5400\ncloseAfter=7200\nlateLimit=900\nsafetyTick=7\n[wechat]\ntimeout=10"_s
            << QList<qint64> { 600, 5400 } << qint64(7200) << 900 << 7 << 10;
        QTest::newRow("units")
            << u"[reminder]\nrounds=10m, 1.5h\ncloseAfter=2h30m\nlateLimit=15m\nsafetyTick=90s\n[wechat]\ntimeout=30s"_s
            << QList<qint64> { 600, 5400 } << qint64(9000) << 900 << 90 << 30;
        QTest::newRow("spaces, capitals, days")
            << u"[reminder]\nrounds=\"1H 15M, 90 s\"\ncloseAfter=1d\nlateLimit=0\n"_s
            << QList<qint64> { 90, 4500 } << qint64(86400) << 0 << 7 << 10;
        QTest::newRow("chinese units")
            << u"[reminder]\nrounds=10分钟, 1小时\ncloseAfter=2小时\nlateLimit=30秒\n"_s
            << QList<qint64> { 600, 3600 } << qint64(7200) << 30 << 7 << 10;
    }

    void durationsTakeUnits()
    {
        QFETCH(QString, ini);
        QList<Error> errors;
        const Config c = Config::load(write(ini), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(configErrorLine(errors.value(0))));
        QTEST(c.reminder.plan.roundOffsetsSec, "rounds");
        QTEST(c.reminder.plan.closeAfterSec, "closeAfter");
        QTEST(c.reminder.lateLimitSec, "lateLimit");
        QTEST(c.reminder.safetyTickSec, "safetyTick");
        QTEST(c.wechat.timeoutSec, "timeout");
    }

    // A duration that does not read names its key and the forms it takes — not placed_at nor
    // "whole numbers" alone, which is what "10m" met before.
    void badDurationsSayWhatIsAccepted_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("code");
        const int rounds = int(ErrorCode::ConfigBadRounds), duration = int(ErrorCode::ConfigBadDuration);
        QTest::newRow("unknown unit") << u"[reminder]\nrounds=10x"_s << u"reminder/rounds"_s << rounds;
        QTest::newRow("units out of order")
            << u"[reminder]\nrounds=30m2h"_s << u"reminder/rounds"_s << rounds;
        QTest::newRow("unit twice") << u"[reminder]\nrounds=1h1h"_s << u"reminder/rounds"_s << rounds;
        QTest::newRow("same round twice")
            << u"[reminder]\nrounds=10m, 600"_s << u"reminder/rounds"_s << rounds;
        QTest::newRow("over a month") << u"[reminder]\nrounds=31d"_s << u"reminder/rounds"_s << rounds;
        QTest::newRow("half a second")
            << u"[reminder]\ncloseAfter=1.5s"_s << u"reminder/closeAfter"_s << duration;
        QTest::newRow("under a minute")
            << u"[reminder]\ncloseAfter=30s"_s << u"reminder/closeAfter"_s << duration;
        QTest::newRow("no number") << u"[reminder]\nlateLimit=h"_s << u"reminder/lateLimit"_s << duration;
        QTest::newRow("too long") << u"[wechat]\ntimeout=10m"_s << u"wechat/timeout"_s << duration;
        QTest::newRow("close without a time")
            << u"[reminder]\nrounds=10m, close-"_s << u"reminder/rounds"_s << rounds;
        QTest::newRow("close with a bad unit")
            << u"[reminder]\nrounds=10m, close-30x"_s << u"reminder/rounds"_s << rounds;
        QTest::newRow("close twice the same")
            << u"[reminder]\nrounds=10m, close-30m, close-1800"_s << u"reminder/rounds"_s << rounds;
    }

    void badDurationsSayWhatIsAccepted()
    {
        QFETCH(QString, ini);
        QFETCH(QString, key);
        QFETCH(int, code);
        QList<Error> errors;
        const Config c = Config::load(write(ini), &errors);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, key);
        QCOMPARE(int(errors.first().code), code);
        const QString line = configErrorLine(errors.first());
        QVERIFY2(line.contains(key) && line.contains(u"10m"_s), qPrintable(line));
        QVERIFY2(!line.contains(u"placed_at"_s), qPrintable(line));
        QCOMPARE(c.reminder.plan.roundOffsetsSec, QList<qint64> { 600 }); // nothing of the file is used
    }

    void durationSpecReadsBack_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("spec");
        QTest::newRow("none") << qint64(0) << u"0"_s;
        QTest::newRow("seconds") << qint64(45) << u"45s"_s;
        QTest::newRow("minutes and seconds") << qint64(90) << u"1m30s"_s;
        QTest::newRow("minutes") << qint64(600) << u"10m"_s;
        QTest::newRow("hours and minutes") << qint64(4500) << u"1h15m"_s;
        QTest::newRow("days") << qint64(2 * 86400 + 3600) << u"2d1h"_s;
    }

    void durationSpecReadsBack()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, spec);
        QCOMPARE(durationSpec(seconds), spec);
        QCOMPARE(parseDurationSpec(spec), std::optional<qint64>(seconds));
    }

    void badValues_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QString>("key");
        QTest::newRow("rounds text") << u"[reminder]\nrounds=abc"_s << u"reminder/rounds"_s;
        QTest::newRow("rounds zero") << u"[reminder]\nrounds=0"_s << u"reminder/rounds"_s;
        QTest::newRow("rounds negative") << u"[reminder]\nrounds=600, -5"_s << u"reminder/rounds"_s;
        QTest::newRow("rounds repeated") << u"[reminder]\nrounds=600, 600"_s << u"reminder/rounds"_s;
        QTest::newRow("closeAfter") << u"[reminder]\ncloseAfter=soon"_s << u"reminder/closeAfter"_s;
        QTest::newRow("quietHours") << u"[reminder]\nquietHours=22-8"_s << u"reminder/quietHours"_s;
        QTest::newRow("quietHours equal")
            << u"[reminder]\nquietHours=08:00-08:00"_s << u"reminder/quietHours"_s;
        QTest::newRow("quietPolicy") << u"[reminder]\nquietPolicy=later"_s << u"reminder/quietPolicy"_s;
        QTest::newRow("batchSize") << u"[reminder]\nbatchSize=0"_s << u"reminder/batchSize"_s;
        QTest::newRow("safetyTick") << u"[reminder]\nsafetyTick=0"_s << u"reminder/safetyTick"_s;
        QTest::newRow("backupDays negative") << u"[store]\nbackupDays=-1"_s << u"store/backupDays"_s;
        QTest::newRow("backupDays over a year") << u"[store]\nbackupDays=366"_s << u"store/backupDays"_s;
        QTest::newRow("lateLimit negative") << u"[reminder]\nlateLimit=-60"_s << u"reminder/lateLimit"_s;
        QTest::newRow("lateLimit text") << u"[reminder]\nlateLimit=soon"_s << u"reminder/lateLimit"_s;
        QTest::newRow("timeZone") << u"[reminder]\ntimeZone=Mars/Olympus"_s << u"reminder/timeZone"_s;
        QTest::newRow("listen") << u"[intake]\nlisten=localhost"_s << u"intake/listen"_s;
        QTest::newRow("listen port") << u"[intake]\nlisten=127.0.0.1:99999"_s << u"intake/listen"_s;
        QTest::newRow("short token") << u"[intake]\ntoken=abc"_s << u"intake/token"_s;
        QTest::newRow("maxConnections low") << u"[intake]\nmaxConnections=7"_s << u"intake/maxConnections"_s;
        QTest::newRow("maxConnections text")
            << u"[intake]\nmaxConnections=many"_s << u"intake/maxConnections"_s;
        QTest::newRow("apiBase") << u"[wechat]\napiBase=ftp://x"_s << u"wechat/apiBase"_s;
        QTest::newRow("timeout") << u"[wechat]\ntimeout=0"_s << u"wechat/timeout"_s;
        QTest::newRow("appid") << u"[accounts/s]\nappid=123\ntemplateId=t"_s << u"accounts/s/appid"_s;
        QTest::newRow("kind") << u"[accounts/s]\nkind=sms"_s << u"accounts/s/kind"_s;
        QTest::newRow("tokenSource") << u"[accounts/s]\ntokenSource=magic"_s << u"accounts/s/tokenSource"_s;
        QTest::newRow("tokenUrl missing") << u"[accounts/s]\ntokenSource=url"_s << u"accounts/s/tokenUrl"_s;
        QTest::newRow("no template") << u"[accounts/s]\nappid=wx0123456789abcdef"_s
                                     << u"accounts/s/templateId"_s;
        QTest::newRow("two secrets") << u"[accounts/s]\nsecretEnv=A\nsecretFile=/x"_s
                                     << u"accounts/s/secretFile"_s;
        QTest::newRow("bool") << u"[accounts/s]\ndryRun=maybe"_s << u"accounts/s/dryRun"_s;
        QTest::newRow("lang") << u"[accounts/s]\nlang=fr_FR"_s << u"accounts/s/lang"_s;
        QTest::newRow("tooLong") << u"[accounts/s]\ntooLong=cut"_s << u"accounts/s/tooLong"_s;
        QTest::newRow("shopdb driver") << u"[shopdb]\ndriver=oracle"_s << u"shopdb/driver"_s;
        QTest::newRow("shopdb two passwords")
            << u"[shopdb]\ndatabase=shop\npasswordEnv=P\npasswordFile=/p"_s << u"shopdb/passwordFile"_s;
        QTest::newRow("shopdb query without database")
            << u"[shopdb]\nordersQuery=SELECT 1"_s << u"shopdb/database"_s;
        QTest::newRow("shopdb polling without a payment check query")
            << u"[shopdb]\ndatabase=shop\nordersQuery=SELECT 1"_s << u"shopdb/unpaidQuery"_s;
        // The profile's column names go into its SQL: nothing but a plain name gets there.
        QTest::newRow("shopdb column with SQL")
            << u"[shopdb]\ndatabase=shop\nprofile=xg\namountColumn=price FROM x; --"_s
            << u"shopdb/amountColumn"_s;
        QTest::newRow("shopdb placedAt column")
            << u"[shopdb]\nplacedAtColumn=a.b"_s << u"shopdb/placedAtColumn"_s;
        QTest::newRow("shopdb pollInterval") << u"[shopdb]\npollInterval=0"_s << u"shopdb/pollInterval"_s;
        QTest::newRow("precheck url") << u"[precheck]\nurl=ftp://x"_s << u"precheck/url"_s;
        QTest::newRow("precheck two tokens")
            << u"[precheck]\ntokenEnv=T\ntokenFile=/t"_s << u"precheck/tokenFile"_s;
        QTest::newRow("store backend") << u"[store]\nbackend=mysql"_s << u"store/backend"_s;
        QTest::newRow("store two passwords")
            << u"[store]\nbackend=postgres\npasswordEnv=P\npasswordFile=/p"_s << u"store/passwordFile"_s;

        QTest::newRow("store sslMode") << u"[store]\nsslMode=always"_s << u"store/sslMode"_s;
        QTest::newRow("store lease too short") << u"[store]\nleaseSeconds=2s"_s << u"store/leaseSeconds"_s;
        QTest::newRow("store port") << u"[store]\nport=0"_s << u"store/port"_s;
    }

    // A shared store: the file's keys, the defaults, and the engine's name.
    void storeIsRead()
    {
        QList<Error> errors;
        Config c
            = Config::load(write(u"[store]\nbackend=postgres\nhost=/run/postgresql\nport=5433\n"
                                 u"database=shop_reminders\nuser=pn\npasswordEnv=PN_PW\nsslMode=verify-full\n"
                                 u"instance= front-desk \nleaseSeconds=2m\n"_s),
                &errors);
        QVERIFY(errors.isEmpty());
        QVERIFY(c.store.shared());
        QCOMPARE(c.store.host, u"/run/postgresql"_s);
        QCOMPARE(c.store.port, 5433);
        QCOMPARE(c.store.database, u"shop_reminders"_s);
        QCOMPARE(c.store.user, u"pn"_s);
        QCOMPARE(c.store.passwordEnv, u"PN_PW"_s);
        QCOMPARE(c.store.sslMode, u"verify-full"_s);
        QCOMPARE(c.store.instanceName(), u"front-desk"_s);
        QCOMPARE(c.store.leaseSeconds, 120);

        // The default is the file on this computer, named after the computer; an empty key is its default.
        c = Config::load(write(u"[store]\ndatabase=\n"_s), &errors);
        QVERIFY(errors.isEmpty());
        QVERIFY(!c.store.shared());
        QCOMPARE(c.store.database, u"paynudge"_s);
        QVERIFY(!Config::defaults().store.shared());
        QCOMPARE(Config::defaults().store.leaseSeconds, 60);
        QCOMPARE(Config::defaults().store.instanceName(), QSysInfo::machineHostName());
    }

    // What turns the shop database on and what each part needs.
    void shopDbIsRead()
    {
        QList<Error> errors;
        Config c = Config::load(write(u"[shopdb]\ndatabase=shop\nprofile=xg\nuser=ro\npollInterval=2m\n"
                                      u"placedAtColumn=create_time\n[accounts/a]\nshopToken=t1\n"_s),
            &errors);
        QVERIFY(errors.isEmpty());
        QVERIFY(c.shopdb.polls());
        QVERIFY(c.shopdb.checks());
        QCOMPARE(c.shopdb.pollIntervalSec, 120);
        QCOMPARE(c.shopdb.effectivePort(), 3306);
        QCOMPARE(c.shopdb.placedAtColumn, u"create_time"_s);
        QCOMPARE(c.shopdb.onCheckFailure, CheckFailurePolicy::Hold);
        QCOMPARE(c.account(u"a"_s)->shopToken, u"t1"_s);

        // Orders pushed over the API, only the check against the database.
        c = Config::load(write(u"[shopdb]\ndriver=postgres\ndatabase=shop\nunpaidQuery=SELECT x\n"
                               u"onCheckFailure=send\n"_s),
            &errors);
        QVERIFY(errors.isEmpty());
        QVERIFY(!c.shopdb.polls());
        QVERIFY(c.shopdb.checks());
        QCOMPARE(c.shopdb.effectivePort(), 5432);
        QCOMPARE(c.shopdb.onCheckFailure, CheckFailurePolicy::Send);

        // No database: nothing of it runs, and the defaults need nothing.
        c = Config::load(write(u"[shopdb]\nprofile=xg\n"_s), &errors);
        QVERIFY(errors.isEmpty());
        QVERIFY(!c.shopdb.polls() && !c.shopdb.checks());
        QVERIFY(!Config::defaults().shopdb.enabled());
        QVERIFY(!Config::defaults().precheck.enabled());
    }

    void badValues()
    {
        QFETCH(QString, ini);
        QFETCH(QString, key);
        QList<Error> errors;
        const Config c = Config::load(write(ini), &errors);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, key);
        QVERIFY(!errors.first().englishMessage().isEmpty());
        // The message names the key, the value and what is expected.
        QVERIFY(configErrorLine(errors.first()).contains(key));
        QVERIFY(configErrorLine(errors.first()).contains(u"expected"_s));
        // Nothing of a bad file is used.
        QCOMPARE(c.reminder.batchSize, 20);
    }

    void tooLongIsRead()
    {
        QList<Error> errors;
        const Config c
            = Config::load(write(u"[accounts/a]\nname=A\n[accounts/b]\ntooLong=fail\n"_s), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(c.account(u"a"_s)->tooLong, TooLongPolicy::Shorten); // the default: sent, visibly shortened
        QCOMPARE(c.account(u"b"_s)->tooLong, TooLongPolicy::Fail);
    }

    void legacyFieldsAreRead()
    {
        QList<Error> errors;
        const Config c = Config::load(write(u"[accounts/a]\nfields/first=x\nfields/keyword1={order_no}\n"
                                            u"fields/keyword2={product}\nfields/remark=r\n"_s),
            &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(c.accounts.first().fields.size(), 4);
        QVERIFY(!c.accounts.first().sendsForReal()); // no appid: dry run
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
