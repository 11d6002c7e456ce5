// The real binary with [shopdb] set: a query the shop's database refuses, or one without a column
// or placeholder PayNudge needs, stops the start as a configuration error (exit code 2, the key and
// what the database said); a database that cannot be reached does not — PayNudge starts and says so.
#include "appprocess.h"
#include "mariadbserver.h"
#include "xgfixture.h"

#include <QFile>
#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {

const QString kReader = u"reader"_s;
const QString kPassword = u"start-check-pw"_s;

} // namespace

class TestShopDbStart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_server = std::make_unique<MariaDbServer>();
        if (!m_server->unavailableReason().isEmpty())
            return; // the tests that need it skip; the unreachable one runs
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_shop = std::make_unique<XgFixture>(*m_server);
        QVERIFY2(m_shop->create(), qPrintable(m_shop->error()));
        QVERIFY(m_shop->addUser(7, u"tok-a"_s, u"o-openid-7"_s, u"小王"_s));
        QVERIFY(m_shop->insertOrder(u"SN-1"_s, 7, u"tok-a"_s, 3, 5, 88.5, u"2026-03-05"_s) > 0);
        QVERIFY2(m_shop->createReadOnlyUser(kReader, kPassword), qPrintable(m_shop->error()));
    }

    void aBadOrdersQueryIsAConfigurationError()
    {
        requireServer();
        AppProcess app;
        writeConfig(app, m_server->port(),
            u"ordersQuery=SELECT id FROM xg_nothing WHERE id > :after_id LIMIT :limit\n"
            u"unpaidQuery=SELECT order_sn AS order_no FROM xg_orders WHERE order_sn IN (:order_nos)\n"_s);
        QVERIFY(app.start());
        QVERIFY(app.waitForExit(30000));
        const QString out = app.output();
        QCOMPARE(app.exitCode(), 2);
        QVERIFY2(out.contains(u"shopdb/ordersQuery"_s), qPrintable(out));
        // What the database said: MariaDB names the table it does not have.
        QVERIFY2(out.contains(u"xg_nothing' doesn't exist"_s), qPrintable(out));
        QVERIFY(!QFile::exists(app.storePath())); // nothing was started
    }

    void aQueryWithoutOpenidIsAConfigurationError()
    {
        requireServer();
        AppProcess app;
        writeConfig(app, m_server->port(),
            u"ordersQuery=SELECT id, order_sn AS order_no, 'ticket' AS product FROM xg_orders WHERE id > "
            u":after_id ORDER BY id LIMIT :limit\n"
            u"unpaidQuery=SELECT order_sn AS order_no FROM xg_orders WHERE order_sn IN (:order_nos)\n"_s);
        QVERIFY(app.start());
        QVERIFY(app.waitForExit(30000));
        const QString out = app.output();
        QCOMPARE(app.exitCode(), 2);
        QVERIFY2(out.contains(u"shopdb/ordersQuery"_s), qPrintable(out));
        QVERIFY2(out.contains(u"has no column openid"_s), qPrintable(out));
    }

    void doctorReportsTheRefusedQuery()
    {
        requireServer();
        AppProcess app;
        writeConfig(app, m_server->port(),
            u"ordersQuery=SELECT id FROM xg_nothing WHERE id > :after_id LIMIT :limit\n"
            u"unpaidQuery=SELECT order_sn AS order_no FROM xg_orders WHERE order_sn IN (:order_nos)\n"_s);
        QVERIFY(app.start({ u"doctor"_s }));
        QVERIFY(app.waitForExit(60000));
        const QString out = app.output();
        QCOMPARE(app.exitCode(), 6); // a problem that stops reminders
        QVERIFY2(out.contains(u"shopdb/ordersQuery"_s) && out.contains(u"xg_nothing"_s), qPrintable(out));
    }

    void doctorSaysTheXgProfileAnswers()
    {
        requireServer();
        AppProcess app;
        writeConfig(app, m_server->port(), u"profile=xg\n"_s);
        QVERIFY(app.start({ u"doctor"_s }));
        QVERIFY(app.waitForExit(60000));
        const QString out = app.output();
        QVERIFY2(out.contains(u"The shop's database mysql 127.0.0.1:"_s) && out.contains(u" answers"_s),
            qPrintable(out));
    }

    void theXgProfileStarts()
    {
        requireServer();
        AppProcess app;
        writeConfig(app, m_server->port(), u"profile=xg\n"_s);
        QVERIFY(app.start());
        QVERIFY2(app.waitUntilReady(30000), qPrintable(app.output()));
        QVERIFY2(app.output().contains(u"answers PayNudge's queries"_s), qPrintable(app.output()));
        QVERIFY(app.waitUntilRunning(30000)); // SIGTERM is handled from here on
        app.terminate();
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 0);
    }

    void anUnreachableDatabaseStartsWithAWarning()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const int port = probe.serverPort();
        probe.close(); // nothing answers there now
        AppProcess app;
        writeConfig(app, port, u"profile=xg\n"_s);
        QVERIFY(app.start());
        QVERIFY2(app.waitUntilReady(30000), qPrintable(app.output()));
        QVERIFY2(app.output().contains(u"starting without the shop's database for now"_s),
            qPrintable(app.output()));
        QVERIFY(app.waitUntilRunning(30000)); // SIGTERM is handled from here on
        app.terminate();
        QVERIFY(app.waitForExit());
        QCOMPARE(app.exitCode(), 0);
    }

private:
    void requireServer()
    {
        if (!m_shop)
            QSKIP(qPrintable(m_server->unavailableReason()));
    }

    // [shopdb] for the test's `shop` as the read-only user, its password in an owner-only file.
    void writeConfig(AppProcess &app, int port, const QString &queries)
    {
        const QString passwordFile = app.dataDir() + u"-shopdb-password"_s;
        QFile f(passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPassword.toUtf8());
        f.close();
        QFile::setPermissions(passwordFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        app.writeConfig(u"[shopdb]\ndriver=mysql\nhost=127.0.0.1\nport=%1\ndatabase=shop\nuser=%2\n"
                        u"passwordFile=%3\n%4"_s.arg(port)
                            .arg(kReader, passwordFile, queries));
    }

    std::unique_ptr<MariaDbServer> m_server;
    std::unique_ptr<XgFixture> m_shop;
};

QTEST_GUILESS_MAIN(TestShopDbStart)
#include "tst_shopdbstart.moc"
