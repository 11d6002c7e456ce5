// Polling the shop's own database against a real MariaDB with the xg tables: new rows become
// reminders, the watermark survives a restart and a database outage, text is stored as written,
// a backlog comes in pages, amounts and shop tokens are read as [shopdb] and the accounts say.
#include "engine/engine.h"
#include "engineinternals.h"
#include "mariadbserver.h"
#include "scriptedsender.h"
#include "shopdb/shopdbcheck.h"
#include "shopdb/shopdbconnect.h"
#include "shopdb/shopdbpoller.h"
#include "shopdb/shopdbqueries.h"
#include "shopdbtesting.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

class TestShopDbPoller : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void newRowBecomesReminderAndIsSent();
    void paidRowIsNotPolledAndCheckSaysPaid();
    void restartPollsNoOrderTwice();
    void databaseDownAndBack();
    void textLikeSqlIsStoredLiterally();
    void catchUpInPages();
    void amountsInYuanAndFen();
    void shopTokenMapsToAccount();
    void badRowsSkippedWatermarkMoves();
    void firstReadAndCloseTime();
    void storeWriteFailureRetriesThePage();
    void watermarkPassesPaidRows();
    void passwordNotReadableIsReported();

private:
    Config configFor(const ShopDbSettings &settings) const;
    // An engine on a fresh store, started, its first poll done.
    std::unique_ptr<EngineFixture> startEngine(const Config &config);
    qint64 ordersStored(Engine &engine) { return countWhere(engine, u"SELECT COUNT(*) FROM orders"_s); }

    std::unique_ptr<MariaDbServer> m_server;
    std::unique_ptr<XgFixture> m_shop;
    QTemporaryDir m_dir;
    ShopDbSettings m_settings;
};

void TestShopDbPoller::initTestCase()
{
    m_server = std::make_unique<MariaDbServer>();
    if (!m_server->unavailableReason().isEmpty())
        QSKIP(qPrintable(m_server->unavailableReason()));
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_shop = std::make_unique<XgFixture>(*m_server);
}

void TestShopDbPoller::init()
{
    QVERIFY2(m_server->isRunning() || m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY2(fillShop(*m_shop), qPrintable(m_shop->error()));
    QString error;
    m_settings = readOnlySettings(*m_shop, m_dir, &error);
    QVERIFY2(m_settings.enabled(), qPrintable(error));
    m_settings.pollIntervalSec = 3600; // the tests poll when they want to
}

Config TestShopDbPoller::configFor(const ShopDbSettings &settings) const
{
    Config c = testConfig();
    c.shopdb = settings;
    return c;
}

std::unique_ptr<EngineFixture> TestShopDbPoller::startEngine(const Config &config)
{
    auto f = std::make_unique<EngineFixture>(config);
    if (!f->ok) {
        qWarning() << f->error;
        return {};
    }
    f->engine->start();
    if (!pollAndWait(f->engine->shopDbPoller()))
        return {};
    return f;
}

// The engine polls while it runs; a row inserted after its first read is scheduled with the time
// it was first seen (profile=xg has no creation time) and sent when due, with what the shop wrote.
void TestShopDbPoller::newRowBecomesReminderAndIsSent()
{
    auto f = startEngine(configFor(m_settings));
    QVERIFY(f);
    ScriptedSender sender;
    sender.setRule(
        [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Accepted); });
    f->engine->routeAccount(Config::implicitAccountKey(), &sender);

    const qint64 id = m_shop->insertOrder(u"SN1001"_s, 7, kToken, 1, 2, 88.10, u"2026-03-05"_s);
    QVERIFY2(id > 0, qPrintable(m_shop->error()));
    f->clock.advance(3 * kSecond);
    const qint64 seenAt = f->clock.nowMs();
    QVERIFY(pollAndWait(f->engine->shopDbPoller()));

    const auto order = f->engine->orderByNo(u"SN1001"_s);
    QVERIFY(order);
    QCOMPARE(order->input.openid, kOpenid);
    QCOMPARE(order->input.nickname, u"小王"_s);
    QCOMPARE(order->input.product, u"门票--成人票"_s);
    QCOMPARE(order->input.amountFen, 8810);
    QCOMPARE(order->input.useTime, u"2026-03-05"_s);
    QCOMPARE(order->input.placedAt, seenAt);
    const ReminderRecord r = f->onlyReminder(u"SN1001"_s);
    QCOMPARE(r.state, ReminderState::Scheduled);
    QCOMPARE(r.dueAt, seenAt + 600 * kSecond);
    QString error;
    QCOMPARE(f->engine->storeCursor(shopdb::ShopDbPoller::cursorName(m_settings), &error), id);
    QCOMPARE(f->engine->shopDbPoller()->stats().found, 1);

    QVERIFY(idleAfter(*f, 599 * kSecond));
    QCOMPARE(sender.sent.size(), 0);
    QVERIFY(idleAfter(*f, 1 * kSecond));
    QCOMPARE(sender.sent.size(), 1);
    QCOMPARE(sender.sent.first().order.input.orderNo, u"SN1001"_s);
}

// A row paid before the poll is never read (profile=xg reads state = 0); one paid after it is
// "not unpaid" to the database check the gate asks right before the send.
void TestShopDbPoller::paidRowIsNotPolledAndCheckSaysPaid()
{
    auto f = startEngine(configFor(m_settings));
    QVERIFY(f);
    QVERIFY(m_shop->insertOrder(u"PAIDFIRST"_s, 7, kToken, 1, 2, 10, u""_s) > 0);
    QVERIFY(m_shop->insertOrder(u"PAIDLATER"_s, 7, kToken, 1, 2, 10, u""_s) > 0);
    QVERIFY(m_shop->insertOrder(u"STILLOPEN"_s, 7, kToken, 1, 2, 10, u""_s) > 0);
    QVERIFY(m_shop->setState(u"PAIDFIRST"_s, XgPaid));
    QVERIFY(pollAndWait(f->engine->shopDbPoller()));
    QVERIFY(!f->engine->orderByNo(u"PAIDFIRST"_s));
    QVERIFY(f->engine->orderByNo(u"PAIDLATER"_s));
    QVERIFY(f->engine->orderByNo(u"STILLOPEN"_s));

    QVERIFY(m_shop->setState(u"PAIDLATER"_s, XgPaid));
    QString why;
    const auto password = shopdb::password(m_settings, &why);
    QVERIFY2(password, qPrintable(why));
    shopdb::ShopDbCheck check(m_settings, *password);
    QSignalSpy answered(&check, &PaymentCheck::answered);
    check.check(7, { u"PAIDLATER"_s, u"STILLOPEN"_s, u"NOSUCHORDER"_s });
    QCOMPARE(answered.count(), 0); // never from inside check()
    QVERIFY(answered.wait(20000));
    QCOMPARE(answered.first().at(0).toULongLong(), 7u);
    const auto answer = answered.first().at(1).value<PaymentCheckAnswer>();
    QVERIFY2(answer.ok, qPrintable(answer.error));
    QCOMPARE(answer.unpaid, QSet<QString> { u"STILLOPEN"_s });
}

// A new engine on the same store goes on after the watermark: the orders read before are not
// read again, the ones that came meanwhile are.
void TestShopDbPoller::restartPollsNoOrderTwice()
{
    auto f = startEngine(configFor(m_settings));
    QVERIFY(f);
    for (int i = 1; i <= 3; ++i)
        QVERIFY(m_shop->insertOrder(u"R%1"_s.arg(i), 7, kToken, 1, 2, 10, u""_s) > 0);
    QVERIFY(pollAndWait(f->engine->shopDbPoller()));
    QCOMPARE(f->engine->shopDbPoller()->stats().rows, 3);
    QCOMPARE(ordersStored(*f->engine), 3);

    f->engine.reset(); // PayNudge stops
    qint64 lastId = 0;
    for (int i = 4; i <= 5; ++i)
        lastId = m_shop->insertOrder(u"R%1"_s.arg(i), 7, kToken, 1, 2, 10, u""_s);
    QVERIFY(lastId > 0);

    f->engine = std::make_unique<Engine>();
    Engine::Options options;
    options.config = configFor(m_settings);
    options.dataDir = f->dir.path();
    options.clock = &f->clock;
    QString error;
    QVERIFY2(f->engine->open(options, &error), qPrintable(error));
    f->engine->start();
    QVERIFY(pollAndWait(f->engine->shopDbPoller()));
    QCOMPARE(f->engine->shopDbPoller()->stats().rows, 2); // R4 and R5 only
    QCOMPARE(f->engine->shopDbPoller()->stats().found, 2);
    QCOMPARE(ordersStored(*f->engine), 5);
    QCOMPARE(f->engine->storeCursor(shopdb::ShopDbPoller::cursorName(m_settings), &error), lastId);
}

// The database stops: the poller says since when and why (no password), tries again each
// interval, and once the database is back reads what it missed, once.
void TestShopDbPoller::databaseDownAndBack()
{
    ShopDbSettings settings = m_settings;
    settings.pollIntervalSec = 1;
    auto f = startEngine(configFor(settings));
    QVERIFY(f);
    shopdb::ShopDbPoller *poller = f->engine->shopDbPoller();
    QVERIFY(m_shop->insertOrder(u"D1"_s, 7, kToken, 1, 2, 10, u""_s) > 0);
    QVERIFY(pollAndWait(poller));
    QVERIFY(!poller->failingSince());
    QVERIFY(m_shop->insertOrder(u"D2"_s, 7, kToken, 1, 2, 10, u""_s) > 0);
    QVERIFY(m_shop->insertOrder(u"D3"_s, 7, kToken, 1, 2, 10, u""_s) > 0);

    QSignalSpy reach(poller, &shopdb::ShopDbPoller::reachabilityChanged);
    QVERIFY2(m_server->stop(), qPrintable(m_server->errorString()));
    QVERIFY(pollAndWait(poller));
    QVERIFY(poller->failingSince());
    QCOMPARE(*poller->failingSince(), f->clock.nowMs());
    QVERIFY(!poller->lastError().isEmpty());
    QVERIFY2(!poller->lastError().contains(kShopPassword), qPrintable(poller->lastError()));
    QVERIFY(reach.count() >= 1);
    QVERIFY(!f->engine->orderByNo(u"D2"_s));

    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!poller->failingSince(), 60000); // its own retries, each interval
    QTRY_VERIFY_WITH_TIMEOUT(f->engine->orderByNo(u"D3"_s).has_value(), 10000);
    QVERIFY(poller->lastError().isEmpty());
    QCOMPARE(ordersStored(*f->engine), 3);
    QCOMPARE(poller->stats().rows, 3); // D1, then D2 and D3: none read twice
}

// Values are bound, never pasted: what looks like SQL is an ordinary nickname and product.
void TestShopDbPoller::textLikeSqlIsStoredLiterally()
{
    const QString nickname = u"'); DROP TABLE xg_orders; --"_s;
    const QString product = u"O'Brien \"Deluxe\" \\ 票"_s;
    QVERIFY(m_shop->addUser(8, kToken, u"o_sql-user"_s, nickname));
    QVERIFY(m_shop->addProduct(3, product));
    QVERIFY(m_shop->addType(4, 3, u"a'b"_s));
    auto f = startEngine(configFor(m_settings));
    QVERIFY(f);
    QVERIFY(m_shop->insertOrder(u"SQL1"_s, 8, kToken, 3, 4, 1, u"x' OR '1'='1"_s) > 0);
    QVERIFY(pollAndWait(f->engine->shopDbPoller()));
    const auto order = f->engine->orderByNo(u"SQL1"_s);
    QVERIFY(order);
    QCOMPARE(order->input.nickname, nickname);
    QCOMPARE(order->input.product, product + u"--a'b"_s);
    QCOMPARE(order->input.useTime, u"x' OR '1'='1"_s);
    QSqlQuery q(m_shop->db());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM xg_orders"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

// 1,200 orders that came while PayNudge was away: one poll reads them in pages of 500.
void TestShopDbPoller::catchUpInPages()
{
    ShopDbSettings settings = m_settings;
    settings.pageSize = 500;
    auto f = startEngine(configFor(settings));
    QVERIFY(f);
    const qint64 pagesBefore = f->engine->shopDbPoller()->stats().pages;
    QSqlDatabase db = m_shop->db();
    QVERIFY(db.transaction());
    qint64 lastId = 0;
    for (int i = 0; i < 1200; ++i)
        lastId = m_shop->insertOrder(u"C%1"_s.arg(i, 5, 10, QLatin1Char('0')), 7, kToken, 1, 2, 1, u""_s);
    QVERIFY(db.commit());
    QVERIFY(lastId > 0);
    QVERIFY(pollAndWait(f->engine->shopDbPoller(), 120000));
    const auto stats = f->engine->shopDbPoller()->stats();
    QCOMPARE(stats.pages - pagesBefore, 3); // 500, 500, 200
    QCOMPARE(stats.found, 1200);
    QCOMPARE(ordersStored(*f->engine), 1200);
    QString error;
    QCOMPARE(f->engine->storeCursor(shopdb::ShopDbPoller::cursorName(settings), &error), lastId);
}

// profile=xg's price is in yuan ([shopdb] amountUnit); a query's amount_fen is taken as it is.
void TestShopDbPoller::amountsInYuanAndFen()
{
    auto f = startEngine(configFor(m_settings));
    QVERIFY(f);
    QVERIFY(m_shop->insertOrder(u"Y1"_s, 7, kToken, 1, 2, 128.5, u""_s) > 0);
    QVERIFY(m_shop->insertOrder(u"Y2"_s, 7, kToken, 1, 2, 0.07, u""_s) > 0);
    QVERIFY(pollAndWait(f->engine->shopDbPoller()));
    QCOMPARE(f->engine->orderByNo(u"Y1"_s)->input.amountFen, 12850);
    QCOMPARE(f->engine->orderByNo(u"Y2"_s)->input.amountFen, 7);

    ShopDbSettings custom = m_settings;
    custom.profile = u"custom"_s;
    custom.ordersQuery = uR"(SELECT o.id, o.order_sn AS order_no, u.openid, p.name AS product,
        CAST(o.price * 100 AS SIGNED) AS amount_fen FROM xg_orders o
        JOIN xg_user_child u ON u.user_id = o.user_id AND u.token = o.token
        JOIN xg_product p ON p.id = o.product_id
        WHERE o.id > :after_id AND o.state = 0 ORDER BY o.id LIMIT :limit)"_s;
    custom.unpaidQuery = shopdb::unpaidQuery(m_settings);
    Config c = f->engine->config();
    c.shopdb = custom;
    f->engine->applyConfig(c); // another [shopdb]: a new poller
    QVERIFY(f->engine->shopDbPoller());
    QVERIFY(f->engine->shopDbPoller()->settings().ordersQuery == custom.ordersQuery);
    QVERIFY(pollAndWait(f->engine->shopDbPoller()));
    QVERIFY(m_shop->insertOrder(u"F1"_s, 7, kToken, 1, 2, 99.99, u""_s) > 0);
    QVERIFY(pollAndWait(f->engine->shopDbPoller()));
    QCOMPARE(f->engine->orderByNo(u"F1"_s)->input.amountFen, 9999);
    QCOMPARE(f->engine->orderByNo(u"F1"_s)->input.product, u"门票"_s);
}

// [accounts/KEY] shopToken names the account of a row; a token no account has is skipped.
void TestShopDbPoller::shopTokenMapsToAccount()
{
    QVERIFY(m_shop->addUser(7, u"tok2"_s, u"o_second"_s, u"老李"_s));
    QVERIFY(m_shop->addUser(7, u"tok3"_s, u"o_third"_s, u"老张"_s));
    Config c = configFor(m_settings);
    AccountConfig a;
    a.key = u"north"_s;
    a.shopToken = kToken;
    AccountConfig b;
    b.key = u"south"_s;
    b.shopToken = u"tok2"_s;
    c.accounts = { a, b };
    auto f = startEngine(c);
    QVERIFY(f);
    QVERIFY(m_shop->insertOrder(u"T1"_s, 7, kToken, 1, 2, 1, u""_s) > 0);
    QVERIFY(m_shop->insertOrder(u"T2"_s, 7, u"tok2"_s, 1, 2, 1, u""_s) > 0);
    QVERIFY(m_shop->insertOrder(u"T3"_s, 7, u"tok3"_s, 1, 2, 1, u""_s) > 0);
    QVERIFY(m_shop->insertOrder(u"T4"_s, 7, u"tok3"_s, 1, 2, 1, u""_s) > 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"shop token tok3 are skipped"_s));
    QVERIFY(pollAndWait(f->engine->shopDbPoller()));
    QCOMPARE(f->engine->orderByNo(u"T1"_s)->input.account, u"north"_s);
    QCOMPARE(f->engine->orderByNo(u"T2"_s)->input.account, u"south"_s);
    QCOMPARE(f->engine->orderByNo(u"T2"_s)->input.openid, u"o_second"_s);
    QVERIFY(!f->engine->orderByNo(u"T3"_s));
    QVERIFY(!f->engine->orderByNo(u"T4"_s));
    QCOMPARE(f->engine->shopDbPoller()->stats().skipped, 2); // logged once (ignoreMessage fails on a second)
}

// A row that fails the intake rules (no openid) is skipped and logged by its number; the rows
// after it come in and the watermark passes it.
void TestShopDbPoller::badRowsSkippedWatermarkMoves()
{
    auto f = startEngine(configFor(m_settings));
    QVERIFY(f);
    QVERIFY(m_shop->insertOrder(u"NOBUYER"_s, 99, kToken, 1, 2, 1, u""_s) > 0); // user 99 has no openid
    const qint64 last = m_shop->insertOrder(u"GOOD"_s, 7, kToken, 1, 2, 1, u""_s);
    QVERIFY(last > 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"order NOBUYER .*skipped: .*openid"_s));
    QVERIFY(pollAndWait(f->engine->shopDbPoller()));
    QVERIFY(!f->engine->orderByNo(u"NOBUYER"_s));
    QVERIFY(f->engine->orderByNo(u"GOOD"_s));
    QString error;
    QCOMPARE(f->engine->storeCursor(shopdb::ShopDbPoller::cursorName(m_settings), &error), last);
    QCOMPARE(f->engine->shopDbPoller()->stats().skipped, 1);
}

// The first read of a database: undated rows already there are not reminded (they may be long
// abandoned); with a creation time ([shopdb] placedAtColumn) the close time decides, and an
// order already past it is not scheduled.
void TestShopDbPoller::firstReadAndCloseTime()
{
    QVERIFY(m_shop->insertOrder(u"OLD1"_s, 7, kToken, 1, 2, 1, u""_s, kT0 / 1000 - 3 * 3600) > 0);
    QVERIFY(m_shop->insertOrder(u"RECENT1"_s, 7, kToken, 1, 2, 1, u""_s, kT0 / 1000 - 60) > 0);
    {
        auto f = startEngine(configFor(m_settings)); // no placedAtColumn: first seen
        QVERIFY(f);
        QCOMPARE(ordersStored(*f->engine), 0);
        QCOMPARE(f->engine->shopDbPoller()->stats().skipped, 2);
        QVERIFY(m_shop->insertOrder(u"NEW1"_s, 7, kToken, 1, 2, 1, u""_s) > 0);
        QVERIFY(pollAndWait(f->engine->shopDbPoller()));
        QVERIFY(f->engine->orderByNo(u"NEW1"_s)); // after the first read: new
    }
    ShopDbSettings dated = m_settings;
    dated.placedAtColumn = u"create_time"_s;
    auto f = startEngine(configFor(dated));
    QVERIFY(f);
    QVERIFY(!f->engine->orderByNo(u"OLD1"_s)); // closed an hour ago (closeAfter 2 h)
    const auto recent = f->engine->orderByNo(u"RECENT1"_s);
    QVERIFY(recent);
    QCOMPARE(recent->input.placedAt, kT0 - kMinute);
    QCOMPARE(f->engine->shopDbPoller()->stats().pastClose, 1); // OLD1
    QCOMPARE(f->onlyReminder(u"RECENT1"_s).dueAt, kT0 - kMinute + 600 * kSecond);
}

// PayNudge's store cannot write: neither the page nor the watermark is kept, and the next poll
// reads the same rows again.
void TestShopDbPoller::storeWriteFailureRetriesThePage()
{
    auto f = startEngine(configFor(m_settings));
    QVERIFY(f);
    QString error;
    const auto before = f->engine->storeCursor(shopdb::ShopDbPoller::cursorName(m_settings), &error);
    QVERIFY(before);
    const qint64 id = m_shop->insertOrder(u"W1"_s, 7, kToken, 1, 2, 1, u""_s);
    QVERIFY(id > 0);
    auto queryOnly = [&](bool on) {
        QSqlQuery q(EngineInternals::connection(*f->engine));
        return q.exec(on ? u"PRAGMA query_only = ON"_s : u"PRAGMA query_only = OFF"_s);
    };
    QVERIFY(queryOnly(true));
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(u"cannot store orders read from the shop's database"_s));
    QVERIFY(pollAndWait(f->engine->shopDbPoller()));
    QVERIFY(!f->engine->orderByNo(u"W1"_s));
    QCOMPARE(f->engine->storeCursor(shopdb::ShopDbPoller::cursorName(m_settings), &error), before);

    QVERIFY(queryOnly(false));
    QVERIFY(pollAndWait(f->engine->shopDbPoller()));
    QVERIFY(f->engine->orderByNo(u"W1"_s));
    QCOMPARE(f->engine->storeCursor(shopdb::ShopDbPoller::cursorName(m_settings), &error), id);
    QCOMPARE(f->engine->shopDbPoller()->stats().found, 1);
}

// Orders paid before any poll saw them (a buyer who pays within pollInterval) are not orders to
// remind, and the watermark passes them: the next poll does not read them again.
void TestShopDbPoller::watermarkPassesPaidRows()
{
    auto f = startEngine(configFor(m_settings));
    QVERIFY(f);
    qint64 last = 0;
    for (int i = 0; i < 5; ++i) {
        last = m_shop->insertOrder(u"QUICK%1"_s.arg(i), 7, kToken, 1, 2, 1, u""_s);
        QVERIFY(last > 0);
        QVERIFY(m_shop->setState(u"QUICK%1"_s.arg(i), XgPaid));
    }
    shopdb::ShopDbPoller *poller = f->engine->shopDbPoller();
    const qint64 rowsBefore = poller->stats().rows;
    QVERIFY(pollAndWait(poller));
    QCOMPARE(ordersStored(*f->engine), 0);
    QCOMPARE(poller->stats().skipped, 0); // paid is not a problem to report
    QString error;
    QCOMPARE(f->engine->storeCursor(shopdb::ShopDbPoller::cursorName(m_settings), &error), last);
    QCOMPARE(poller->stats().rows - rowsBefore, 1); // the newest row only, to move the watermark
    QVERIFY(pollAndWait(poller));
    QCOMPARE(poller->stats().rows - rowsBefore, 1); // nothing read again

    const qint64 open = m_shop->insertOrder(u"OPEN1"_s, 7, kToken, 1, 2, 1, u""_s);
    QVERIFY(pollAndWait(poller));
    QVERIFY(f->engine->orderByNo(u"OPEN1"_s));
    QCOMPARE(f->engine->storeCursor(shopdb::ShopDbPoller::cursorName(m_settings), &error), open);
}

// The password's variable is not set: the poller says so as its failure, and reads nothing.
void TestShopDbPoller::passwordNotReadableIsReported()
{
    ShopDbSettings settings = m_settings;
    settings.passwordFile.clear();
    settings.passwordEnv = u"PAYNUDGE_TEST_SHOPDB_PASSWORD_UNSET"_s;
    qunsetenv("PAYNUDGE_TEST_SHOPDB_PASSWORD_UNSET");
    QVERIFY(m_shop->insertOrder(u"NP1"_s, 7, kToken, 1, 2, 1, u""_s) > 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot read new orders: no password"_s));
    auto f = startEngine(configFor(settings));
    QVERIFY(f);
    shopdb::ShopDbPoller *poller = f->engine->shopDbPoller();
    QVERIFY(poller->failingSince());
    QVERIFY2(poller->lastError().contains(u"PAYNUDGE_TEST_SHOPDB_PASSWORD_UNSET"_s),
        qPrintable(poller->lastError()));
    QCOMPARE(ordersStored(*f->engine), 0);
}

QTEST_GUILESS_MAIN(TestShopDbPoller)
#include "tst_shopdbpoller.moc"
