// The payment check over the shop's own database (ShopDbCheck on its ShopDbWorker) against a
// real MariaDB: one query for a batch, what it says when the database is down and that it comes
// back; and one smoke test of polling and the check with PostgreSQL as the shop's database.
#include "engine/engine.h"
#include "mariadbserver.h"
#include "postgresserver.h"
#include "shopdb/shopdbcheck.h"
#include "shopdb/shopdbconnect.h"
#include "shopdb/shopdbpoller.h"
#include "shopdbtesting.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {

// The check's answer to one batch, waited for.
std::optional<PaymentCheckAnswer> ask(PaymentCheck &check, const QStringList &orderNos, int timeoutMs = 20000)
{
    static quint64 ticket = 0;
    const quint64 mine = ++ticket;
    QSignalSpy spy(&check, &PaymentCheck::answered);
    check.check(mine, orderNos);
    if (!spy.wait(timeoutMs) || spy.first().at(0).toULongLong() != mine)
        return std::nullopt;
    return spy.first().at(1).value<PaymentCheckAnswer>();
}

} // namespace

class TestShopDbCheck : public QObject
{
    Q_OBJECT
private slots:
    void batchOfTwenty();
    void databaseDownThenBack();
    void postgresPollAndCheck();
};

// One query answers for a batch of 20; the connection stays open between batches, so a warm
// check costs a round trip or two on loopback (target < 5 ms; the bound here only catches a
// check that reconnects or serialises behind something).
void TestShopDbCheck::batchOfTwenty()
{
    MariaDbServer server;
    if (!server.unavailableReason().isEmpty())
        QSKIP(qPrintable(server.unavailableReason()));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    XgFixture shop(server);
    QVERIFY2(fillShop(shop), qPrintable(shop.error()));
    QTemporaryDir dir;
    QString error;
    const ShopDbSettings settings = readOnlySettings(shop, dir, &error);
    QVERIFY2(settings.enabled(), qPrintable(error));

    QStringList batch;
    QSet<QString> unpaid;
    for (int i = 0; i < 20; ++i) {
        const QString no = u"B%1"_s.arg(i);
        batch << no;
        QVERIFY(shop.insertOrder(no, 7, kToken, 1, 2, 10, u""_s) > 0);
        if (i % 4 == 0)
            QVERIFY(shop.setState(no, i % 8 == 0 ? XgPaid : XgCancelled));
        else
            unpaid.insert(no);
    }
    const auto password = shopdb::password(settings, &error);
    QVERIFY2(password, qPrintable(error));
    shopdb::ShopDbCheck check(settings, *password);
    QVERIFY(check.describe().contains(u"shop database mysql"_s));
    QVERIFY(!check.describe().contains(kShopPassword));

    const auto first = ask(check, batch);
    QVERIFY(first);
    QVERIFY2(first->ok, qPrintable(first->error));
    QCOMPARE(first->unpaid, unpaid);

    QList<qint64> costs;
    for (int i = 0; i < 15; ++i) {
        const auto answer = ask(check, batch);
        QVERIFY(answer && answer->ok);
        QCOMPARE(answer->unpaid.size(), 15);
        costs << answer->elapsedMs;
    }
    std::sort(costs.begin(), costs.end());
    qInfo() << "payment check, batch of 20, warm connection: median" << costs.at(costs.size() / 2)
            << "ms, max" << costs.last() << "ms";
    QVERIFY2(costs.at(costs.size() / 2) < 50, qPrintable(u"median %1 ms"_s.arg(costs.at(costs.size() / 2))));

    const auto none = ask(check, {});
    QVERIFY(none && none->ok && none->unpaid.isEmpty());
}

// The database stops: the check answers ok=false with the reason (no password), quickly while
// its reconnect waits; once the database is back, it answers again.
void TestShopDbCheck::databaseDownThenBack()
{
    MariaDbServer server;
    if (!server.unavailableReason().isEmpty())
        QSKIP(qPrintable(server.unavailableReason()));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    XgFixture shop(server);
    QVERIFY2(fillShop(shop), qPrintable(shop.error()));
    QVERIFY(shop.insertOrder(u"A1"_s, 7, kToken, 1, 2, 10, u""_s) > 0);
    QTemporaryDir dir;
    QString error;
    const ShopDbSettings settings = readOnlySettings(shop, dir, &error);
    QVERIFY2(settings.enabled(), qPrintable(error));
    const auto password = shopdb::password(settings, &error);
    QVERIFY(password);
    shopdb::ShopDbCheck check(settings, *password);
    auto answer = ask(check, { u"A1"_s });
    QVERIFY(answer && answer->ok);

    QVERIFY2(server.stop(), qPrintable(server.errorString()));
    answer = ask(check, { u"A1"_s });
    QVERIFY(answer);
    QVERIFY(!answer->ok);
    QVERIFY(answer->unpaid.isEmpty());
    QVERIFY2(answer->error.contains(shopdb::describe(settings)), qPrintable(answer->error));
    QVERIFY2(!answer->error.contains(kShopPassword), qPrintable(answer->error));
    // Within the backoff the last error comes back at once, not after another connect timeout.
    QElapsedTimer t;
    t.start();
    answer = ask(check, { u"A1"_s });
    QVERIFY(answer && !answer->ok);
    QVERIFY2(t.elapsed() < 900, qPrintable(u"%1 ms"_s.arg(t.elapsed())));

    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto a = ask(check, { u"A1"_s });
            return a && a->ok && a->unpaid == QSet<QString> { u"A1"_s };
        }(),
        60000);
}

// PostgreSQL as the shop's database: the engine polls a new row in, and the check sees it paid.
void TestShopDbCheck::postgresPollAndCheck()
{
    PostgresServer server;
    if (!server.unavailableReason().isEmpty())
        QSKIP(qPrintable(server.unavailableReason()));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    XgFixture shop(server);
    QVERIFY2(fillShop(shop), qPrintable(shop.error()));
    QTemporaryDir dir;
    QString error;
    ShopDbSettings settings = readOnlySettings(shop, dir, &error);
    QVERIFY2(settings.enabled(), qPrintable(error));
    QCOMPARE(settings.driver, u"postgres"_s);
    settings.pollIntervalSec = 3600;

    Config config = testConfig();
    config.shopdb = settings;
    EngineFixture f(config);
    QVERIFY2(f.ok, qPrintable(f.error));
    f.engine->start();
    QVERIFY(pollAndWait(f.engine->shopDbPoller()));
    QVERIFY2(!f.engine->shopDbPoller()->failingSince(), qPrintable(f.engine->shopDbPoller()->lastError()));
    const qint64 id = shop.insertOrder(u"PG1"_s, 7, kToken, 1, 2, 66.6, u"2026-03-05"_s);
    QVERIFY2(id > 0, qPrintable(shop.error()));
    QVERIFY(pollAndWait(f.engine->shopDbPoller()));
    const auto order = f.engine->orderByNo(u"PG1"_s);
    QVERIFY2(order, qPrintable(f.engine->shopDbPoller()->lastError()));
    QCOMPARE(order->input.amountFen, 6660);
    QCOMPARE(order->input.product, u"门票--成人票"_s);
    QCOMPARE(f.engine->storeCursor(shopdb::ShopDbPoller::cursorName(settings), &error), id);

    const auto password = shopdb::password(settings, &error);
    QVERIFY(password);
    shopdb::ShopDbCheck check(settings, *password);
    auto answer = ask(check, { u"PG1"_s });
    QVERIFY(answer);
    QVERIFY2(answer->ok, qPrintable(answer->error));
    QCOMPARE(answer->unpaid, QSet<QString> { u"PG1"_s });
    QVERIFY(shop.setState(u"PG1"_s, XgPaid));
    answer = ask(check, { u"PG1"_s });
    QVERIFY(answer && answer->ok);
    QVERIFY(answer->unpaid.isEmpty());
}

QTEST_GUILESS_MAIN(TestShopDbCheck)
#include "tst_shopdbcheck.moc"
