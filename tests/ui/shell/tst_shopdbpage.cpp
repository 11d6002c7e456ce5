// Settings → Shop database: values through ConfigWriter, a typed password kept outside the INI,
// and Test against a real MariaDB (rows with openids masked). Run with the argument `screenshots`
// under a 1366×768 screen to save the page with a Test result in English and Chinese to /tmp.
#include "config/config.h"
#include "mariadbserver.h"
#include "readmodel/openidmask.h"
#include "settingsfixture.h"
#include "shell/accounteditor.h"
#include "shell/accountspage.h"
#include "shell/shopdbpage.h"
#include "shell/shopdbtestview.h"
#include "shell/translations.h"
#include "shopdb/shopdbconnect.h"
#include "xgfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {

const QString kReader = u"reader"_s;
const QString kPassword = u"page-test-pw"_s;
const QString kOpenid = u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s;

void choose(QComboBox *box, const QString &data)
{
    QVERIFY(box);
    const int index = box->findData(data);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

class TestShopDbPage : public QObject
{
    Q_OBJECT

    ShopDbPage *page() const { return m_f->dialog->shopDbPage(); }
    template<typename W> W *field(const QString &key) { return m_f->field<W>(page(), key); }

    // The form pointed at the test's MariaDB, profile xg, the password typed.
    void pointAtServer()
    {
        DialogFixture::type(field<QLineEdit>(u"shopdb/host"_s), u"127.0.0.1"_s);
        field<QSpinBox>(u"shopdb/port"_s)->setValue(m_server->port());
        DialogFixture::type(field<QLineEdit>(u"shopdb/database"_s), u"shop"_s);
        DialogFixture::type(field<QLineEdit>(u"shopdb/user"_s), kReader);
        choose(field<QComboBox>(u"shopdb/profile"_s), u"xg"_s);
        DialogFixture::type(page()->passwordEdit(), kPassword);
    }

    bool runTest()
    {
        QSignalSpy finished(page(), &ShopDbPage::testFinished);
        QTest::mouseClick(page()->testButton(), Qt::LeftButton);
        return finished.wait(30000) || finished.count() == 1;
    }

    void requireServer()
    {
        if (!m_shop)
            QSKIP(qPrintable(m_server->unavailableReason()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Translations::install(u"en"_s));
        m_server = std::make_unique<MariaDbServer>();
        if (!m_server->unavailableReason().isEmpty())
            return; // the tests that need it skip
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_shop = std::make_unique<XgFixture>(*m_server);
        QVERIFY2(m_shop->create(), qPrintable(m_shop->error()));
        QVERIFY(m_shop->addProduct(3, u"西瓜乐园门票"_s));
        QVERIFY(m_shop->addType(5, 3, u"成人票"_s));
        QVERIFY(m_shop->addUser(7, u"tok-a"_s, kOpenid, u"小王"_s));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(
                m_shop->insertOrder(u"XG2026030500%1"_s.arg(i), 7, u"tok-a"_s, 3, 5, 88.5, u"2026-03-05"_s)
                > 0);
        QVERIFY2(m_shop->createReadOnlyUser(kReader, kPassword), qPrintable(m_shop->error()));
    }

    void init() { m_f = std::make_unique<DialogFixture>(); }
    void cleanup() { m_f.reset(); }

    void valuesRoundTripThroughTheConfigurationFile()
    {
        QVERIFY(page());
        DialogFixture::type(field<QLineEdit>(u"shopdb/host"_s), u"db.shop.test"_s);
        field<QSpinBox>(u"shopdb/port"_s)->setValue(3307);
        DialogFixture::type(field<QLineEdit>(u"shopdb/database"_s), u"shop"_s);
        DialogFixture::type(field<QLineEdit>(u"shopdb/user"_s), u"paynudge_ro"_s);
        choose(field<QComboBox>(u"shopdb/profile"_s), u"custom"_s);
        const QString orders = u"SELECT id, sn AS order_no, oid AS openid, name AS product FROM t\n"
                               u"WHERE id > :after_id ORDER BY id LIMIT :limit"_s;
        field<QPlainTextEdit>(u"shopdb/ordersQuery"_s)->setPlainText(orders);
        field<QPlainTextEdit>(u"shopdb/unpaidQuery"_s)
            ->setPlainText(u"SELECT sn AS order_no FROM t WHERE sn IN (:order_nos) AND paid = 0"_s);
        field<QCheckBox>(u"shopdb/check"_s)->setChecked(true);
        choose(field<QComboBox>(u"shopdb/onCheckFailure"_s), u"send"_s);
        DialogFixture::type(field<QLineEdit>(u"precheck/url"_s), u"https://shop.test/paynudge/check"_s);
        QVERIFY2(m_f->dialog->apply(), qPrintable(m_f->dialog->errorText()));

        QList<Error> errors;
        const Config c = Config::load(m_f->configPath, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(c.shopdb.host, u"db.shop.test"_s);
        QCOMPARE(c.shopdb.port, 3307);
        QCOMPARE(c.shopdb.database, u"shop"_s);
        QCOMPARE(c.shopdb.user, u"paynudge_ro"_s);
        QCOMPARE(c.shopdb.profile, u"custom"_s);
        QCOMPARE(c.shopdb.ordersQuery.simplified(), orders.simplified());
        QCOMPARE(c.shopdb.onCheckFailure, CheckFailurePolicy::Send);
        QCOMPARE(c.precheck.url.toString(), u"https://shop.test/paynudge/check"_s);
        // The page shows what was saved, the editors enabled for the shop's own queries.
        QCOMPARE(field<QLineEdit>(u"shopdb/host"_s)->text(), u"db.shop.test"_s);
        QVERIFY(field<QPlainTextEdit>(u"shopdb/ordersQuery"_s)->isEnabled());
        choose(field<QComboBox>(u"shopdb/profile"_s), u"xg"_s);
        QVERIFY(!field<QPlainTextEdit>(u"shopdb/ordersQuery"_s)->isEnabled());
    }

    void anAccountsShopTokenRoundTrips()
    {
        m_f->dialog->showPage(m_f->dialog->accountsPage());
        auto *token
            = qobject_cast<QLineEdit *>(m_f->dialog->accountsPage()->editor()->fieldFor(u"shopToken"_s));
        QVERIFY(token);
        DialogFixture::type(token, u"tok-a"_s);
        QVERIFY2(m_f->dialog->apply(), qPrintable(m_f->dialog->errorText()));
        QList<Error> errors;
        const Config c = Config::load(m_f->configPath, &errors);
        QVERIFY(!c.accounts.isEmpty());
        QCOMPARE(c.accounts.first().shopToken, u"tok-a"_s);
    }

    void aBadValueIsRefusedAndNamed()
    {
        DialogFixture::type(field<QLineEdit>(u"shopdb/database"_s), u"shop"_s);
        choose(field<QComboBox>(u"shopdb/profile"_s), u"xg"_s);
        DialogFixture::type(field<QLineEdit>(u"shopdb/amountColumn"_s), u"price; DROP"_s);
        const QByteArray before = readFile(m_f->configPath);
        QVERIFY(!m_f->dialog->apply());
        QCOMPARE(readFile(m_f->configPath), before);
        QVERIFY2(m_f->dialog->errorText().contains(u"Amount column"_s), qPrintable(m_f->dialog->errorText()));
    }

    void aTypedPasswordGoesToTheOwnerOnlyFileNeverTheIni()
    {
        DialogFixture::type(field<QLineEdit>(u"shopdb/database"_s), u"shop"_s);
        DialogFixture::type(page()->passwordEdit(), u"typed-db-secret"_s);
        QVERIFY2(m_f->dialog->apply(), qPrintable(m_f->dialog->errorText()));
        const QString file = shopdb::fallbackPasswordFile(m_f->engine->dir.path());
        QCOMPARE(readFile(file).trimmed(), QByteArray("typed-db-secret"));
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        const QByteArray ini = readFile(m_f->configPath);
        QVERIFY(!ini.contains("typed-db-secret"));
        QVERIFY(ini.contains(file.toUtf8())); // passwordFile names where it went
        QVERIFY(page()->passwordEdit()->text().isEmpty()); // never shown back
        QVERIFY2(m_f->dialog->statusText().contains(file), qPrintable(m_f->dialog->statusText()));
        // The configuration reads it back from there.
        QList<Error> errors;
        const Config c = Config::load(m_f->configPath, &errors);
        QString why;
        QCOMPARE(shopdb::password(c.shopdb, &why).value_or(QString()), u"typed-db-secret"_s);
    }

    void testShowsTheFirstOrdersWithOpenidsMasked()
    {
        requireServer();
        pointAtServer();
        QVERIFY(runTest());
        const QString summary = page()->testView()->summary();
        QVERIFY2(summary.contains(u"Connected to the shop's database"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"New orders query: works"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"Payment check query: works"_s), qPrintable(summary));
        QTableWidget *rows = page()->testView()->rows();
        QVERIFY(!rows->isHidden());
        QCOMPARE(rows->rowCount(), 3);
        int openidColumn = -1;
        for (int c = 0; c < rows->columnCount(); ++c) {
            if (rows->horizontalHeaderItem(c)->text().endsWith(
                    u"\nopenid"_s)) // the operator's word, then the column
                openidColumn = c;
            for (int r = 0; r < rows->rowCount(); ++r)
                QVERIFY(!rows->item(r, c)->text().contains(kOpenid));
        }
        QVERIFY(openidColumn >= 0);
        QCOMPARE(rows->item(0, openidColumn)->text(), maskOpenid(kOpenid));
        // Testing saves nothing and the typed password stays in the field only.
        QList<Error> errors;
        QVERIFY(Config::load(m_f->configPath, &errors).shopdb.database.isEmpty());
        QVERIFY(!readFile(m_f->configPath).contains(kPassword.toUtf8()));
    }

    void testSaysWhatIsWrongWithAQuery()
    {
        requireServer();
        pointAtServer();
        choose(field<QComboBox>(u"shopdb/profile"_s), u"custom"_s);
        field<QPlainTextEdit>(u"shopdb/ordersQuery"_s)
            ->setPlainText(
                u"SELECT id, order_sn AS order_no, 'x' AS product FROM xg_orders WHERE id > :after_id "
                u"LIMIT :limit"_s);
        field<QPlainTextEdit>(u"shopdb/unpaidQuery"_s)
            ->setPlainText(u"SELECT order_sn AS order_no FROM xg_nothing WHERE order_sn IN (:order_nos)"_s);
        QVERIFY(runTest());
        const QString summary = page()->testView()->summary();
        QVERIFY2(summary.contains(u"has no column openid"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"xg_nothing"_s), qPrintable(summary));
        QVERIFY(page()->testView()->rows()->isHidden());
    }

    void testSaysWhenTheDatabaseCannotBeReached()
    {
        DialogFixture::type(field<QLineEdit>(u"shopdb/database"_s), u"shop"_s);
        DialogFixture::type(field<QLineEdit>(u"shopdb/host"_s), u"127.0.0.1"_s);
        field<QSpinBox>(u"shopdb/port"_s)->setValue(1); // nothing listens on port 1
        QVERIFY(runTest());
        const QString summary = page()->testView()->summary();
        QVERIFY2(summary.contains(u"cannot reach the shop's database"_s), qPrintable(summary));
        QVERIFY(page()->testButton()->isEnabled());
    }

    // Not a test: run with the argument `screenshots` (xvfb-run -s "-screen 0 1366x768x24");
    // scripts/screenshots.sh takes the README's from it.
    void screenshots()
    {
        if (!QCoreApplication::arguments().contains(u"screenshots"_s))
            QSKIP("screenshots only on request");
        requireServer();
        for (const QString &language : { u"en"_s, u"zh_CN"_s }) {
            m_f.reset();
            QVERIFY(Translations::install(language));
            m_f = std::make_unique<DialogFixture>();
            m_f->dialog->resize(1180, 720);
            m_f->dialog->showPage(page());
            pointAtServer();
            QVERIFY(runTest());
            for (int tab : { 0, 1 }) {
                page()->tabs()->setCurrentIndex(tab);
                QTest::qWait(50);
                const QString path = u"/tmp/i15-shopdb-page-%1.%2.png"_s.arg(tab).arg(language);
                QVERIFY(m_f->dialog->grab().save(path));
                qInfo("screenshot: %s", qPrintable(path));
            }
            m_f.reset();
        }
        Translations::install(u"en"_s);
    }

private:
    std::unique_ptr<DialogFixture> m_f;
    std::unique_ptr<MariaDbServer> m_server;
    std::unique_ptr<XgFixture> m_shop;
};

QTEST_MAIN(TestShopDbPage)
#include "tst_shopdbpage.moc"
