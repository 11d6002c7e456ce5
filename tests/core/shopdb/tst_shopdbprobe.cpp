// ShopDbProbe against a real MariaDB with the xg tables: what the settings' Test and the start's
// validation see — the connection, each query's columns and placeholders, the first rows, the time.
#include "mariadbserver.h"
#include "postgresserver.h"
#include "shopdb/shopdbprobe.h"
#include "xgfixture.h"

#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::shopdb;
using namespace paynudge::test;

namespace {

const QString kReader = u"reader"_s;
const QString kPassword = u"rd-pw'; --"_s;

// A custom ordersQuery over the xg tables, with `columns` as its select list.
QString ordersSelecting(const QString &columns)
{
    return u"SELECT %1 FROM xg_orders o LEFT JOIN xg_user_child u ON u.user_id = o.user_id AND u.token = "
           u"o.token WHERE o.id > :after_id AND o.state = 0 ORDER BY o.id LIMIT :limit"_s.arg(columns);
}

const QString kGoodColumns = u"o.id AS id, o.order_sn AS order_no, u.openid AS openid, 'ticket' AS product"_s;
const QString kGoodUnpaid
    = u"SELECT order_sn AS order_no FROM xg_orders WHERE order_sn IN (:order_nos) AND state = 0"_s;

} // namespace

class TestShopDbProbe : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_server = std::make_unique<MariaDbServer>();
        if (!m_server->unavailableReason().isEmpty())
            QSKIP(qPrintable(m_server->unavailableReason()));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_shop = std::make_unique<XgFixture>(*m_server);
        QVERIFY2(m_shop->create(), qPrintable(m_shop->error()));
        QVERIFY(m_shop->addProduct(3, u"西瓜乐园门票"_s));
        QVERIFY(m_shop->addType(5, 3, u"成人票"_s));
        QVERIFY(m_shop->addUser(7, u"tok-a"_s, u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s, u"小王"_s));
        // Seven unpaid orders and one paid: the probe shows the first five unpaid.
        for (int i = 1; i <= 8; ++i)
            QVERIFY2(m_shop->insertOrder(u"SN-%1"_s.arg(i), 7, u"tok-a"_s, 3, 5, 88.5, u"2026-03-05"_s) > 0,
                qPrintable(m_shop->error()));
        QVERIFY(m_shop->setState(u"SN-2"_s, XgPaid));
        QVERIFY2(m_shop->createReadOnlyUser(kReader, kPassword), qPrintable(m_shop->error()));
    }

    void xgProfileShowsTheFirstUnpaidOrdersAndTimesBothQueries()
    {
        const ProbeResult r = ShopDbProbe::run(xg(), kPassword);
        QVERIFY2(r.connected(), qPrintable(r.connectError.englishText()));
        QVERIFY2(r.ok(), qPrintable(texts(r.queryErrors()).join(u'\n')));
        QVERIFY(r.orders.ran && r.unpaid.ran);
        QVERIFY(r.orders.elapsedMs >= 0 && r.unpaid.elapsedMs >= 0 && r.connectMs >= 0);
        for (const QString &c :
            { u"id"_s, u"order_no"_s, u"openid"_s, u"product"_s, u"amount"_s, u"shop_token"_s })
            QVERIFY2(r.orders.columns.contains(c), qPrintable(c));
        QCOMPARE(r.orders.rows.size(), ShopDbProbe::kRows);
        // In order of id, the paid SN-2 left out; the core result is unmasked (the UI masks).
        QCOMPARE(r.orders.value(0, u"order_no"_s), u"SN-1"_s);
        QCOMPARE(r.orders.value(1, u"order_no"_s), u"SN-3"_s);
        QCOMPARE(r.orders.value(0, u"openid"_s), u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s);
        QCOMPARE(r.orders.value(0, u"product"_s), u"西瓜乐园门票--成人票"_s);
        // The payment check was asked about exactly those orders, all still unpaid.
        QCOMPARE(r.unpaid.rows.size(), ShopDbProbe::kRows);
        QCOMPARE(r.unpaid.columns, QStringList { u"order_no"_s });
    }

    void aQueryTheDatabaseRefusesSaysWhatItSaid()
    {
        ShopDbSettings s
            = custom(u"SELECT id FROM xg_nothing WHERE id > :after_id LIMIT :limit"_s, kGoodUnpaid);
        const ProbeResult r = ShopDbProbe::run(s, kPassword);
        QVERIFY(r.connected());
        QCOMPARE(r.orders.error.code, ErrorCode::ConfigShopDbQueryRefused);
        QCOMPARE(r.orders.error.field, u"shopdb/ordersQuery"_s);
        QVERIFY2(
            r.orders.error.englishText().contains(u"xg_nothing"_s), qPrintable(r.orders.error.englishText()));
        QVERIFY(r.unpaid.ok()); // still tried: the check works without polling
        QCOMPARE(r.queryErrors().size(), 1);
        QVERIFY(!r.ok());
    }

    void aMissingColumnIsNamed()
    {
        const ProbeResult r = ShopDbProbe::run(
            custom(
                ordersSelecting(u"o.id AS id, o.order_sn AS order_no, 'ticket' AS product"_s), kGoodUnpaid),
            kPassword);
        QCOMPARE(r.orders.error.code, ErrorCode::ConfigShopDbColumnMissing);
        QCOMPARE(r.orders.error.args.value(1), u"openid"_s);
        QCOMPARE(r.orders.error.field, u"shopdb/ordersQuery"_s);

        const ProbeResult u = ShopDbProbe::run(
            custom(ordersSelecting(kGoodColumns),
                u"SELECT order_sn FROM xg_orders WHERE order_sn IN (:order_nos) AND state = 0"_s),
            kPassword);
        QVERIFY(u.orders.ok());
        QCOMPARE(u.unpaid.error.code, ErrorCode::ConfigShopDbColumnMissing);
        QCOMPARE(u.unpaid.error.args.value(1), u"order_no"_s);
        QCOMPARE(u.unpaid.error.field, u"shopdb/unpaidQuery"_s);
    }

    void aMissingPlaceholderIsNamed()
    {
        const QString noLimit
            = u"SELECT o.id AS id, o.order_sn AS order_no, 'x' AS openid, 'p' AS product FROM "
              u"xg_orders o WHERE o.id > :after_id ORDER BY o.id"_s;
        const ProbeResult r = ShopDbProbe::run(
            custom(noLimit, u"SELECT order_sn AS order_no FROM xg_orders WHERE state = 0"_s), kPassword);
        QCOMPARE(r.orders.error.code, ErrorCode::ConfigShopDbPlaceholderMissing);
        QCOMPARE(r.orders.error.args.value(1), u":limit"_s);
        QCOMPARE(r.unpaid.error.code, ErrorCode::ConfigShopDbPlaceholderMissing);
        QCOMPARE(r.unpaid.error.args.value(1), u":order_nos"_s);
    }

    void theProfilesErrorsNameTheProfileKey()
    {
        ShopDbSettings s = xg();
        s.amountColumn = u"no_such_column"_s;
        const ProbeResult r = ShopDbProbe::run(s, kPassword);
        QCOMPARE(r.orders.error.code, ErrorCode::ConfigShopDbQueryRefused);
        QCOMPARE(r.orders.error.field, u"shopdb/profile"_s);
        QVERIFY(r.orders.error.englishText().contains(u"no_such_column"_s));
    }

    void aWrongPasswordIsNotConnected()
    {
        const ProbeResult r = ShopDbProbe::run(xg(), u"wrong"_s);
        QVERIFY(!r.connected());
        QCOMPARE(r.connectError.code, ErrorCode::ShopDbCannotConnect);
        QVERIFY(!r.orders.ran && !r.unpaid.ran);
        QVERIFY(r.queryErrors().isEmpty()); // not a configuration error of the queries
    }

    void nothingListeningIsNotConnected()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        ShopDbSettings s = xg();
        s.port = probe.serverPort();
        probe.close(); // a port that was free a moment ago: nothing answers there
        const ProbeResult r = ShopDbProbe::run(s, kPassword, 2);
        QVERIFY(!r.connected());
        QVERIFY(!r.orders.ran);
    }

    // The same probe with PostgreSQL as the shop's database: the profile's SQL runs there too, and a
    // query it refuses (QPSQL reports it when the statement runs, not when it is prepared) is named.
    void postgresSmoke()
    {
        PostgresServer server;
        if (!server.unavailableReason().isEmpty())
            QSKIP(qPrintable(server.unavailableReason()));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        XgFixture shop(server);
        QVERIFY2(shop.create(), qPrintable(shop.error()));
        QVERIFY(shop.addProduct(3, u"西瓜乐园门票"_s));
        QVERIFY(shop.addType(5, 3, u"成人票"_s));
        QVERIFY(shop.addUser(7, u"tok-a"_s, u"o-pg-openid"_s, u"小王"_s));
        QVERIFY(shop.insertOrder(u"PG-1"_s, 7, u"tok-a"_s, 3, 5, 88.5, u"2026-03-05"_s) > 0);
        QVERIFY2(shop.createReadOnlyUser(kReader, kPassword), qPrintable(shop.error()));
        ShopDbSettings s = shop.settings(kReader, QString());
        const ProbeResult r = ShopDbProbe::run(s, kPassword);
        QVERIFY2(r.ok(), qPrintable(r.connectError.englishText() + texts(r.queryErrors()).join(u'\n')));
        QCOMPARE(r.orders.rows.size(), 1);
        QCOMPARE(r.orders.value(0, u"order_no"_s), u"PG-1"_s);
        QCOMPARE(r.orders.value(0, u"product"_s), u"西瓜乐园门票--成人票"_s);
        QCOMPARE(r.unpaid.rows.size(), 1);

        s.profile = u"custom"_s;
        s.ordersQuery = u"SELECT id FROM xg_nothing WHERE id > :after_id LIMIT :limit"_s;
        s.unpaidQuery = kGoodUnpaid;
        const ProbeResult bad = ShopDbProbe::run(s, kPassword);
        QCOMPARE(bad.orders.error.code, ErrorCode::ConfigShopDbQueryRefused);
        QVERIFY2(bad.orders.error.englishText().contains(u"xg_nothing"_s),
            qPrintable(bad.orders.error.englishText()));
        QVERIFY(bad.unpaid.ok());
    }

private:
    ShopDbSettings xg() const { return m_shop->settings(kReader, QString()); }
    ShopDbSettings custom(const QString &orders, const QString &unpaid) const
    {
        ShopDbSettings s = xg();
        s.profile = u"custom"_s;
        s.ordersQuery = orders;
        s.unpaidQuery = unpaid;
        return s;
    }

    std::unique_ptr<MariaDbServer> m_server;
    std::unique_ptr<XgFixture> m_shop;
};

QTEST_GUILESS_MAIN(TestShopDbProbe)
#include "tst_shopdbprobe.moc"
