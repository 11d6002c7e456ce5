#include "config/configwriter.h"
#include "console/messagebox.h"
#include "console/splittestpanel.h"
#include "console/statisticsview.h"
#include "consolefixture.h"
#include "engine/engine.h"
#include "engineinternals.h"
#include "readmodel/splittest.h"
#include "testsupport.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The statistics page's "Which text works": the figures and the verdict of a running test, and
// "Make B the only text" ending it — the configuration file, the engine, the audit log.
class TestSplitTestPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleFixture> c;
    std::unique_ptr<StatisticsView> view;
    QString path;

    static Config splitConfig()
    {
        Config config = ConsoleFixture::consoleConfig();
        AccountConfig &a = config.accounts[0];
        a.templateId = u"TPL_BASE"_s;
        a.fields = { { u"thing1"_s, u"{product}"_s } };
        a.variants = { TextVariant { u"a"_s, 1, {}, { { u"thing1"_s, u"A: {product}"_s } } },
            TextVariant { u"b"_s, 1, {}, { { u"thing1"_s, u"B: {product}"_s } } } };
        return config;
    }

    QByteArray fileText() const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    qint64 auditCount()
    {
        QSqlQuery q(EngineInternals::connection(c->engine()));
        return q.exec(u"SELECT COUNT(*) FROM audit_log WHERE kind = 'split_test'"_s) && q.next()
            ? q.value(0).toLongLong()
            : -1;
    }

    void sentWith(const QString &orderNo, const QString &variant)
    {
        QSqlQuery q(EngineInternals::connection(c->engine()));
        QVERIFY(q.prepare(u"UPDATE send_attempts SET variant = ? WHERE reminder_id IN "
                          u"(SELECT id FROM reminders WHERE order_id = ?)"_s));
        q.addBindValue(variant);
        q.addBindValue(c->orderId(orderNo));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    SplitTestPanel &panel() { return *view->findChild<SplitTestPanel *>(); }

    // Refreshes the page and waits for the panel to show what it read.
    bool refreshed()
    {
        QSignalSpy updated(&panel(), &SplitTestPanel::updated);
        view->refresh();
        return updated.wait(5000) || !updated.isEmpty();
    }

private slots:
    void initTestCase() { MessageBox::setTestMode(true); }

    void init()
    {
        c = std::make_unique<ConsoleFixture>(splitConfig());
        PAYNUDGE_INIT_FIXTURE(*c->f);
        path = c->f->dir.filePath(u"paynudge.ini"_s);
        Config config = c->engine().config();
        config.sourcePath = path;
        QString error;
        QVERIFY2(ConfigWriter::write(path, config, &error), qPrintable(error));
        c->engine().applyConfig(config);
        view = std::make_unique<StatisticsView>(c->engine(), c->engine().reads());
        QVERIFY(view->findChild<SplitTestPanel *>());
    }
    void cleanup()
    {
        view.reset();
        c.reset();
    }

    // A: 1 of 3 paid after the reminder, B: 2 of 3 — a difference, not yet a sure one.
    void showsTheFiguresAndEndsTheTest()
    {
        for (const QString &no : { u"A1"_s, u"A2"_s, u"A3"_s, u"B1"_s, u"B2"_s, u"B3"_s })
            c->add(no, kT0, no == u"B1"_s ? 30000 : 10000);
        c->engine().start();
        QVERIFY(c->advance(11 * kMinute));
        for (const QString &no : { u"A1"_s, u"A2"_s, u"A3"_s })
            sentWith(no, u"a"_s);
        for (const QString &no : { u"B1"_s, u"B2"_s, u"B3"_s })
            sentWith(no, u"b"_s);
        for (const QString &no : { u"A1"_s, u"B1"_s, u"B2"_s })
            c->engine().orderPaid(no);

        QVERIFY(refreshed());
        QVERIFY(!panel().isHidden());
        const qint64 more
            = splittest::roughly(2 * (splittest::ordersPerTextNeeded(2.0 / 3.0, 1.0 / 3.0) - 3));
        QCOMPARE(
            panel().sentences(), QStringList { u"Not enough orders yet: about %1 more needed."_s.arg(more) });
        auto *table = panel().findChild<QTableWidget *>(u"splitTestTable"_s);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), u"B"_s);
        QCOMPARE(table->item(1, 1)->text(), u"3"_s);
        QCOMPARE(table->item(1, 2)->text(), u"2"_s);
        const splittest::Interval interval = splittest::wilson(2, 3);
        QCOMPARE(table->item(1, 3)->text(),
            u"67 % (%1 %–%2 %)"_s.arg(std::lround(100 * interval.low)).arg(std::lround(100 * interval.high)));
        QCOMPARE(table->item(1, 4)->text(), u"¥400.00"_s);
        // PAYNUDGE_GRAB=file.png: the page as an operator sees it at 1366×768 (for a look, not a check).
        if (const QString grab = qEnvironmentVariable("PAYNUDGE_GRAB"); !grab.isEmpty()) {
            view->resize(1346, 640);
            view->show();
            applyLayoutRequests();
            QVERIFY(view->grab().save(grab));
        }
        // The leader's button first; either text may be chosen.
        const QList<QPushButton *> buttons = panel().findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 2);
        QCOMPARE(buttons.at(0)->text(), u"Make B the only text"_s);

        // "No" changes nothing.
        const QByteArray before = fileText();
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        panel().findChild<QPushButton *>(u"onlyText_b"_s)->click();
        QCOMPARE(fileText(), before);
        QCOMPARE(auditCount(), 0);

        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        QSignalSpy updated(&panel(), &SplitTestPanel::updated);
        panel().findChild<QPushButton *>(u"onlyText_b"_s)->click();
        QVERIFY2(MessageBox::lastQuestion().contains(u"text A is removed"_s),
            qPrintable(MessageBox::lastQuestion()));
        QVERIFY(!fileText().contains("variants"));
        QVERIFY(fileText().contains("B: {product}"));
        QVERIFY(c->engine().config().account(u"shop1"_s)->variants.isEmpty());
        QCOMPARE(auditCount(), 1);
        // The figures of the ended test stay, without the buttons.
        QVERIFY(updated.wait(5000) || !updated.isEmpty());
        QTRY_VERIFY(panel().findChildren<QPushButton *>().isEmpty());
        QCOMPARE(panel().shown().size(), 1);
        QCOMPARE(panel().sentences().size(), 1);
        QVERIFY(panel().sentences().at(0).startsWith(u"Not enough orders yet"_s));
    }

    // A test just configured shows its texts before any order; without a test the section goes.
    void aRunningTestShowsBeforeItsFirstOrder()
    {
        QVERIFY(refreshed());
        QVERIFY(!panel().isHidden());
        QCOMPARE(panel().shown().size(), 1);
        QCOMPARE(panel().shown().at(0).variants.size(), 2);
        QCOMPARE(panel().sentences(),
            QStringList { u"Not enough orders yet: no order has been reminded with text A yet."_s });
        c->engine().applyConfig(ConsoleFixture::consoleConfig());
        QVERIFY(refreshed());
        QVERIFY(panel().isHidden());
        QVERIFY(panel().shown().isEmpty());
    }

    // The verdict's words for each case.
    void sentences()
    {
        QCOMPARE(SplitTestPanel::sentence({ { u"a"_s, 1000, 240, 0 }, { u"b"_s, 1000, 310, 0 } }),
            u"B recovers more: 31 % vs 24 %, 95 % sure."_s);
        QCOMPARE(SplitTestPanel::sentence({ { u"a"_s, 100, 20, 0 }, { u"b"_s, 50, 10, 0 } }),
            u"No difference is visible yet: A and B both recover 20 %."_s);
        QCOMPARE(SplitTestPanel::sentence({ { u"a"_s, 0, 0, 0 }, { u"b"_s, 50, 10, 0 } }),
            u"Not enough orders yet: no order has been reminded with text A yet."_s);
        QCOMPARE(SplitTestPanel::sentence(
                     { { u"short"_s, 1000, 100, 0 }, { u"b"_s, 1000, 310, 0 }, { u"c"_s, 1000, 240, 0 } }),
            u"B recovers more: 31 % vs 24 %, 95 % sure. (With three or more texts, the best, B, is compared "
            u"with "
            u"the runner-up, C.)"_s);
        QCOMPARE(SplitTestPanel::sentence({ { u"a"_s, 10, 1, 0 } }), QString());
    }
};

QTEST_MAIN(TestSplitTestPanel)
#include "tst_splittestpanel.moc"
