#include "consolefixture.h"
#include "engineinternals.h"
#include "readmodel/querytools.h"
#include "readmodel/splittestquery.h"
#include "readmodel/statisticsquery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The split test's figures per account and text, read from the attempts on either store.
class TestSplitTestQuery : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleFixture> c;

    QSqlDatabase &db() { return EngineInternals::connection(c->engine()); }

    // What the senders record once they know the text (another part of issue 17): the order's
    // attempts carry its variant.
    void sentWith(const QString &orderNo, const QString &variant)
    {
        QSqlQuery q(db());
        QVERIFY(q.prepare(u"UPDATE send_attempts SET variant = ? WHERE reminder_id IN "
                          u"(SELECT id FROM reminders WHERE order_id = ?)"_s));
        q.addBindValue(variant);
        q.addBindValue(c->orderId(orderNo));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.numRowsAffected() > 0);
    }

    // The order reminded once more, a minute after its first reminder, with the same text.
    void remindedAgain(const QString &orderNo)
    {
        QSqlQuery q(db());
        QVERIFY(q.prepare(
            u"INSERT INTO send_attempts (reminder_id, started_at, finished_at, outcome, variant) "
            u"SELECT reminder_id, started_at + 60000, finished_at + 60000, outcome, variant "
            u"FROM send_attempts WHERE reminder_id IN (SELECT id FROM reminders WHERE order_id = ?)"_s));
        q.addBindValue(c->orderId(orderNo));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    QList<SplitTestFigures> figures(qint64 now)
    {
        const QList<qint64> bounds = statisticsBounds(StatisticsPeriod::Today, now, QTimeZone::utc());
        QString error;
        const QList<SplitTestFigures> out
            = computeSplitTestFigures(db(), bounds.first(), bounds.last(), &error);
        [&] { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
        return out;
    }

private slots:
    void init()
    {
        c = std::make_unique<ConsoleFixture>();
        PAYNUDGE_INIT_FIXTURE(*c->f);
    }
    void cleanup() { c.reset(); }

    // shop1 text a: A1 paid after its reminder, A2 never, F failed (not reminded);
    // shop1 text b: B1 paid after, B2 reminded twice (counted once), B3 paid before its reminder
    // (the paid event came late), B4 paid after its close time; shop2 text a: S1 paid after;
    // D sent without a split test.
    void figuresPerAccountAndText()
    {
        c->add(u"A1"_s, kT0, 10000);
        c->add(u"A2"_s, kT0, 20000);
        c->add(u"F"_s, kT0, 30000, u"shop1"_s, u"阿明"_s, u"unfollowed-1"_s);
        c->add(u"B1"_s, kT0, 40000);
        c->add(u"B2"_s, kT0, 50000);
        c->add(u"B3"_s, kT0, 60000);
        c->add(u"B4"_s, kT0, 70000);
        c->add(u"S1"_s, kT0, 80000, u"shop2"_s);
        c->add(u"D"_s, kT0, 90000);
        c->engine().start();
        QVERIFY(c->advance(11 * kMinute)); // 10:10: all reminded (dry run), F failed
        for (const QString &no : { u"A1"_s, u"A2"_s, u"F"_s, u"S1"_s })
            sentWith(no, u"a"_s);
        for (const QString &no : { u"B1"_s, u"B2"_s, u"B3"_s, u"B4"_s })
            sentWith(no, u"b"_s);
        remindedAgain(u"B2"_s);
        c->engine().orderPaid(u"A1"_s);
        c->engine().orderPaid(u"B1"_s);
        c->engine().orderPaid(u"S1"_s);
        c->engine().orderPaid(u"D"_s);
        c->engine().orderPaid(u"B3"_s, kT0 + 5 * kMinute); // at 10:05, before its reminder
        c->engine().orderPaid(u"B4"_s, kT0 + 3 * 3600 * kSecond); // after it closed at 12:00

        const QList<SplitTestFigures> today = figures(c->f->clock.nowMs());
        QCOMPARE(today.size(), 2);
        QCOMPARE(today.at(0).account, u"shop1"_s);
        QCOMPARE(today.at(0).variants.size(), 2);
        const VariantFigures &a = today.at(0).variants.at(0);
        QCOMPARE(a.variant, u"a"_s);
        QCOMPARE(a.reminded, 2);
        QCOMPARE(a.paidAfterReminder, 1);
        QCOMPARE(a.recoveredFen, 10000);
        const VariantFigures &b = today.at(0).variants.at(1);
        QCOMPARE(b.variant, u"b"_s);
        QCOMPARE(b.reminded, 4);
        QCOMPARE(b.paidAfterReminder, 1);
        QCOMPARE(b.recoveredFen, 40000);
        QCOMPARE(today.at(1).account, u"shop2"_s);
        QCOMPARE(today.at(1).variants.size(), 1);
        QCOMPARE(today.at(1).variants.at(0).variant, u"a"_s);
        QCOMPARE(today.at(1).variants.at(0).reminded, 1);
        QCOMPARE(today.at(1).variants.at(0).recoveredFen, 80000);

        // Tomorrow nothing was reminded; the period before the first reminder holds nothing either.
        QVERIFY(figures(kT0 + 24 * 3600 * kSecond).isEmpty());
        QString error;
        QVERIFY(computeSplitTestFigures(db(), kT0, kT0 + 5 * kMinute, &error).isEmpty());
        QVERIFY(error.isEmpty());
    }

    // An order whose first reminder with the text was yesterday is not "first reminded" today.
    void anOrderCountsInThePeriodOfItsFirstReminder()
    {
        c->add(u"A1"_s, kT0, 10000);
        c->engine().start();
        QVERIFY(c->advance(11 * kMinute));
        sentWith(u"A1"_s, u"a"_s);
        QSqlQuery q(db());
        QVERIFY(
            q.prepare(u"INSERT INTO send_attempts (reminder_id, started_at, finished_at, outcome, variant) "
                      u"SELECT reminder_id, ?, ?, outcome, variant FROM send_attempts"_s));
        const qint64 tomorrow = kT0 + 24 * 3600 * kSecond;
        q.addBindValue(tomorrow);
        q.addBindValue(tomorrow);
        QVERIFY(q.exec());
        QCOMPARE(figures(c->f->clock.nowMs()).value(0).variants.value(0).reminded, 1);
        QVERIFY(figures(tomorrow).isEmpty());
    }

    // Each text is a range of the partial index on (variant, finished_at), never a scan.
    void readsThroughTheVariantIndex()
    {
        if (querytools::dialectOf(db()) != SqlDialect::Sqlite)
            QSKIP("the plan is SQLite's (PostgreSQL picks by its statistics)");
        QSqlQuery q(db());
        QVERIFY(q.prepare(u"EXPLAIN QUERY PLAN "_s + splitTestAttemptsSql(SqlDialect::Sqlite)));
        q.addBindValue(u"a"_s);
        q.addBindValue(kT0);
        q.addBindValue(kT0 + 1);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString text = plan.join(u'\n');
        QVERIFY2(plan.value(0).contains(
                     u"send_attempts_variant (variant=? AND finished_at>? AND finished_at<?)"_s),
            qPrintable(text));
        QVERIFY2(!text.contains(u"SCAN"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestSplitTestQuery)
#include "tst_splittestquery.moc"
