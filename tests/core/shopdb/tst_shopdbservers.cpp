// The test servers and the xg fixture the shop-database tests stand on: a real MariaDB and
// PostgreSQL start, take the xg tables, give a read-only user exactly SELECT, and come back after
// a stop or a crash on the same port with their data.
#include "mariadbserver.h"
#include "postgresserver.h"
#include "xgfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {

std::unique_ptr<TestDbServer> makeServer(const QString &kind)
{
    if (kind == u"mariadb"_s)
        return std::make_unique<MariaDbServer>();
    return std::make_unique<PostgresServer>();
}

// The server's code for "you may not": MariaDB's ER_TABLEACCESS_DENIED_ERROR, PostgreSQL's
// insufficient_privilege.
QString deniedCode(const TestDbServer &server)
{
    return server.driver() == u"QMYSQL"_s ? u"1142"_s : u"42501"_s;
}

const QString kReader = u"reader"_s;
// Quotes, a backslash, a comment and Chinese: a password the fixture must not paste into SQL.
const QString kPassword = u"p'w\"d\\;-- 密码"_s;

} // namespace

class TestShopDbServers : public QObject
{
    Q_OBJECT
private slots:
    void serverFixtureAndReadOnlyUser_data();
    void serverFixtureAndReadOnlyUser();
};

void TestShopDbServers::serverFixtureAndReadOnlyUser_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("mariadb") << u"mariadb"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void TestShopDbServers::serverFixtureAndReadOnlyUser()
{
    QFETCH(QString, kind);
    std::unique_ptr<TestDbServer> server = makeServer(kind);
    if (!server->unavailableReason().isEmpty())
        QSKIP(qPrintable(server->unavailableReason()));
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    const int port = server->port();
    QVERIFY(port > 0);

    XgFixture shop(*server);
    QVERIFY2(shop.create(), qPrintable(shop.error()));
    QVERIFY2(shop.addProduct(3, u"西瓜乐园门票"_s), qPrintable(shop.error()));
    QVERIFY2(shop.addType(5, 3, u"成人票"_s), qPrintable(shop.error()));
    QVERIFY2(shop.addUser(7, u"tok-a"_s, u"o-openid-7"_s, u"小王😀"_s), qPrintable(shop.error()));
    const qint64 first = shop.insertOrder(u"SN-1"_s, 7, u"tok-a"_s, 3, 5, 88.5, u"2026-03-05"_s, 1772445600);
    QVERIFY2(first > 0, qPrintable(shop.error()));
    // Text that looks like SQL is a value like any other.
    const QString sqlLike = u"SN-2'); DROP TABLE xg_orders; --"_s;
    QCOMPARE(shop.insertOrder(sqlLike, 7, u"tok-a"_s, 3, 5, 10, u"2026-03-06"_s), first + 1);
    QVERIFY2(shop.setState(u"SN-1"_s, XgPaid), qPrintable(shop.error()));
    QVERIFY(!shop.setState(u"SN-none"_s, XgPaid));
    QVERIFY2(shop.createReadOnlyUser(kReader, kPassword), qPrintable(shop.error()));
    QVERIFY(!shop.createReadOnlyUser(u"reader; DROP"_s, kPassword));

    const QString connectionName = u"tst_shopdbservers-"_s + kind;
    {
        QSqlDatabase wrong
            = server->connection(connectionName + u"-wrong"_s, kReader, u"not it"_s, u"shop"_s);
        QVERIFY(!wrong.open());
    }
    QSqlDatabase::removeDatabase(connectionName + u"-wrong"_s);
    {
        QSqlDatabase reader = server->connection(connectionName, kReader, kPassword, u"shop"_s);
        QVERIFY2(reader.open(), qPrintable(reader.lastError().text()));

        {
            // The joins profile=xg makes, as the read-only user (its queries end before the restarts:
            // a PostgreSQL session's prepared statements go with it).
            QSqlQuery q(reader);
            QVERIFY(q.prepare(u"SELECT o.order_sn, o.state, o.price, u.openid, u.nickname, p.name, t.name, "
                              "o.use_time, o.create_time FROM xg_orders o "
                              "JOIN xg_user_child u ON u.user_id = o.user_id AND u.token = o.token "
                              "JOIN xg_product p ON p.id = o.product_id "
                              "JOIN xg_product_type t ON t.id = o.type_id WHERE o.id > ? ORDER BY o.id"_s));
            q.addBindValue(0);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"SN-1"_s);
            QCOMPARE(q.value(1).toInt(), int(XgPaid));
            QCOMPARE(q.value(2).toDouble(), 88.5);
            QCOMPARE(q.value(3).toString(), u"o-openid-7"_s);
            QCOMPARE(q.value(4).toString(), u"小王😀"_s);
            QCOMPARE(q.value(5).toString(), u"西瓜乐园门票"_s);
            QCOMPARE(q.value(6).toString(), u"成人票"_s);
            QCOMPARE(q.value(7).toString(), u"2026-03-05"_s);
            QCOMPARE(q.value(8).toLongLong(), 1772445600LL);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), sqlLike);
            QCOMPARE(q.value(1).toInt(), int(XgUnpaid));
            QVERIFY(!q.next());

            // It reads, and nothing more.
            QSqlQuery insert(reader);
            insert.prepare(u"INSERT INTO xg_orders (order_sn, state) VALUES (?, ?)"_s);
            insert.addBindValue(u"SN-by-reader"_s);
            insert.addBindValue(0);
            QVERIFY(!insert.exec());
            QCOMPARE(insert.lastError().nativeErrorCode(), deniedCode(*server));
            QSqlQuery update(reader);
            update.prepare(u"UPDATE xg_orders SET state = ? WHERE order_sn = ?"_s);
            update.addBindValue(int(XgUnpaid));
            update.addBindValue(u"SN-1"_s);
            QVERIFY(!update.exec());
            QCOMPARE(update.lastError().nativeErrorCode(), deniedCode(*server));
        }

        // Down: nobody gets in. Back: the same port, the same rows.
        QVERIFY2(server->stop(), qPrintable(server->errorString()));
        QVERIFY(!server->isRunning());
        reader.close();
        QVERIFY(!reader.open());
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        QCOMPARE(server->port(), port);
        QVERIFY2(reader.open(), qPrintable(reader.lastError().text()));
        QSqlQuery count(reader);
        QVERIFY(count.exec(u"SELECT COUNT(*), SUM(state) FROM xg_orders"_s));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 2);
        QCOMPARE(count.value(1).toInt(), 1);

        // A crash keeps what was committed.
        const qint64 third = shop.insertOrder(u"SN-3"_s, 7, u"tok-a"_s, 3, 5, 1, u"2026-03-07"_s);
        QCOMPARE(third, first + 2);
        server->kill();
        QVERIFY(!server->isRunning());
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        QCOMPARE(server->port(), port);
        reader.close();
        QVERIFY2(reader.open(), qPrintable(reader.lastError().text()));
        QSqlQuery last(reader);
        QVERIFY(last.exec(u"SELECT MAX(id) FROM xg_orders"_s));
        QVERIFY(last.next());
        QCOMPARE(last.value(0).toLongLong(), third);
    }
    QSqlDatabase::removeDatabase(connectionName);

    // Made anew (as each test of a class starts): empty tables, ids from 1, the fixture still writes.
    QVERIFY2(shop.create(), qPrintable(shop.error()));
    QCOMPARE(shop.insertOrder(u"SN-1"_s, 7, u"tok-a"_s, 3, 5, 1, u"2026-03-07"_s), 1);
}

QTEST_GUILESS_MAIN(TestShopDbServers)
#include "tst_shopdbservers.moc"
