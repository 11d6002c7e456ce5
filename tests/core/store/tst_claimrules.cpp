#include "engineinternals.h"
#include "pgteststore.h"
#include "store/claimjudge.h"
#include "store/database.h"
#include "store/reminderqueue.h"
#include "store/sqlstore.h"
#include "testsupport.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {
const QString kAlice = u"oAlice_0000000000000000000001"_s;
const QString kBob = u"oBob_00000000000000000000000002"_s;
} // namespace

// Who is reminded (issue 17): the rules of [policy] as the claim applies them, on the queue itself
// (the sweeper is not started) with the engine's rules from the config and times given by the test.
class TestClaimRules : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineFixture> f;
    ReminderQueue &queue() { return EngineInternals::queue(*f->engine); }
    qint64 count(const QString &sql) { return countWhere(*f->engine, sql); }

    void open(const Config &config)
    {
        f = std::make_unique<EngineFixture>(config);
        PAYNUDGE_INIT_FIXTURE(*f);
    }
    static Config rulesConfig(int perCustomerDaily = 2)
    {
        Config c = testConfig();
        c.policy.perCustomerDaily = perCustomerDaily;
        return c;
    }
    OrderRecord add(const QString &orderNo, qint64 placedAt, const QString &openid, qint64 amountFen = 12850,
        const QString &product = u"有机苹果 5kg"_s, const QJsonObject &vars = {})
    {
        OrderInput o = sampleOrder(orderNo, placedAt);
        o.openid = openid;
        o.amountFen = amountFen;
        o.product = product;
        o.vars = vars;
        const AcceptResult r = f->engine->acceptOrder(o);
        if (r.kind != AcceptResult::Kind::Created)
            qWarning().noquote() << "order" << orderNo << "not stored:" << r.error;
        return r.order;
    }
    static QStringList orderNos(const QList<ClaimedReminder> &claimed)
    {
        QStringList out;
        for (const ClaimedReminder &c : claimed)
            out << c.order.input.orderNo;
        return out;
    }
    void sent(const QList<ClaimedReminder> &claimed, qint64 at)
    {
        QList<AttemptResult> results;
        for (const ClaimedReminder &c : claimed) {
            AttemptResult r;
            r.reminderId = c.reminder.id;
            r.attemptId = c.attemptId;
            r.finishedAt = at;
            r.outcome = AttemptOutcome::Sent;
            r.nextState = ReminderState::Sent;
            results << r;
        }
        QString error;
        QVERIFY2(queue().recordResults(results, &error), qPrintable(error));
    }
    // The skip rows of `orderNo`'s reminders: "reason_code reason_args" each, oldest first.
    QStringList skipsOf(const QString &orderNo)
    {
        StoreReader reader(f->engine->storePath());
        QSqlQuery q(reader.db());
        q.prepare(u"SELECT a.reason_code, a.reason_args, a.manual FROM send_attempts a JOIN reminders r ON "
                  u"r.id = a.reminder_id JOIN orders o ON o.id = r.order_id WHERE o.order_no = ? AND "
                  u"a.outcome = 'skipped' ORDER BY a.id"_s);
        q.addBindValue(orderNo);
        QStringList out;
        if (q.exec())
            while (q.next())
                out << q.value(0).toString() + u' ' + q.value(1).toString()
                        + (q.value(2).toInt() == 1 ? u" manual"_s : QString());
        return out;
    }

private slots:
    void cleanup() { f.reset(); }

    void dailyCapAcrossTwoOrdersOfOneCustomer()
    {
        open(rulesConfig(2));
        add(u"A"_s, kT0, kAlice);
        add(u"B"_s, kT0, kAlice);
        add(u"C"_s, kT0 + 30 * kMinute, kAlice);
        add(u"D"_s, kT0 + 30 * kMinute, kBob);
        const ClaimReport first = queue().claimDue(kT0 + 10 * kMinute, 20, {});
        QCOMPARE(orderNos(first.claimed), (QStringList { u"A"_s, u"B"_s }));
        sent(first.claimed, kT0 + 10 * kMinute);
        const ClaimReport later = queue().claimDue(kT0 + 40 * kMinute, 20, {});
        QCOMPARE(orderNos(later.claimed), QStringList { u"D"_s }); // another customer: not capped
        QCOMPARE(later.skipped.size(), 1);
        QCOMPARE(skipsOf(u"C"_s), QStringList { uR"(history_daily_cap ["2","2"])"_s });
        QCOMPARE(count(u"SELECT COUNT(*) FROM reminders WHERE state = 'skipped'"_s), 1);
    }

    void dailyCapCountsClaimedReminders()
    {
        open(rulesConfig(2));
        add(u"A"_s, kT0, kAlice);
        add(u"B"_s, kT0, kAlice);
        add(u"C"_s, kT0 + kMinute, kAlice);
        // A and B are on their way (sending, no answer yet) when C falls due.
        QCOMPARE(queue().claimDue(kT0 + 10 * kMinute, 20, {}).claimed.size(), 2);
        const ClaimReport r = queue().claimDue(kT0 + 11 * kMinute, 20, {});
        QVERIFY(r.claimed.isEmpty());
        QCOMPARE(skipsOf(u"C"_s), QStringList { uR"(history_daily_cap ["2","2"])"_s });
    }

    void dailyCapInOneBatch()
    {
        open(rulesConfig(2));
        for (const QString &no : { u"A"_s, u"B"_s, u"C"_s })
            add(no, kT0, kAlice);
        add(u"D"_s, kT0, kBob);
        const ClaimReport r = queue().claimDue(kT0 + 10 * kMinute, 20, {});
        QCOMPARE(r.claimed.size(), 3); // two of Alice's, Bob's
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(r.skipped[0].orderNo, u"C"_s); // the third of Alice's in due order
        QVERIFY(orderNos(r.claimed).contains(u"D"_s));
        QCOMPARE(skipsOf(r.skipped[0].orderNo), QStringList { uR"(history_daily_cap ["2","2"])"_s });
        // A cap of 0 is no cap.
        cleanup();
        open(rulesConfig(0));
        for (const QString &no : { u"A"_s, u"B"_s, u"C"_s })
            add(no, kT0, kAlice);
        QCOMPARE(queue().claimDue(kT0 + 10 * kMinute, 20, {}).claimed.size(), 3);
    }

    // kT0 is 18:00 in Shanghai (10:00 UTC): two reminders then, and a third at 00:50 the next day
    // in Shanghai, which is still the same day in UTC.
    void dailyCapAcrossMidnight_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("newDay");
        QTest::newRow("Asia/Shanghai") << u"Asia/Shanghai"_s << true;
        QTest::newRow("UTC") << u"UTC"_s << false;
    }
    void dailyCapAcrossMidnight()
    {
        QFETCH(QString, zone);
        QFETCH(bool, newDay);
        Config c = rulesConfig(2);
        c.reminder.plan.zone = QTimeZone(zone.toUtf8());
        QVERIFY(c.reminder.plan.zone.isValid());
        open(c);
        add(u"A"_s, kT0, kAlice);
        add(u"B"_s, kT0, kAlice);
        const qint64 third = kT0 + 6 * 60 * kMinute + 40 * kMinute; // 16:40 UTC = 00:40 in Shanghai
        add(u"C"_s, third, kAlice);
        sent(queue().claimDue(kT0 + 10 * kMinute, 20, {}).claimed, kT0 + 10 * kMinute);
        const ClaimReport r = queue().claimDue(third + 10 * kMinute, 20, {});
        QCOMPARE(r.claimed.size(), newDay ? 1 : 0);
        QCOMPARE(skipsOf(u"C"_s).size(), newDay ? 0 : 1);
        // The boundary is the zone's midnight, computed from the zone (not a fixed offset).
        const auto [start, end] = ClaimJudge::localDay(third, c.reminder.plan.zone);
        QCOMPARE(start, newDay ? kT0 + 6 * 60 * kMinute : kT0 - 10 * 60 * kMinute);
        QCOMPARE(end - start, 24 * 60 * kMinute);
    }

    void manualSendCountsButIsNotCapped()
    {
        open(rulesConfig(2));
        const OrderRecord a = add(u"A"_s, kT0, kAlice);
        add(u"B"_s, kT0, kAlice);
        add(u"C"_s, kT0 + 10 * kMinute, kAlice);
        sent(queue().claimDue(kT0 + 10 * kMinute, 20, {}).claimed, kT0 + 10 * kMinute);
        qint64 resent = 0;
        QVERIFY(!queue().resend(a.id, kT0 + 16 * kMinute, u"op"_s, &resent));
        const ClaimReport manual = queue().claimDue(kT0 + 16 * kMinute, 20, {});
        QCOMPARE(manual.claimed.size(), 1); // over the cap: an operator's decision goes out
        QCOMPARE(manual.claimed[0].reminder.id, resent);
        const ClaimReport r = queue().claimDue(kT0 + 20 * kMinute, 20, {});
        QVERIFY(r.claimed.isEmpty());
        QCOMPARE(skipsOf(u"C"_s), QStringList { uR"(history_daily_cap ["3","2"])"_s }); // it counted
    }

    void paidOrderSuppressesTheCustomersOthers()
    {
        Config c = rulesConfig(0);
        c.policy.skipIfPaidWithinSec = 3600;
        open(c);
        add(u"A"_s, kT0, kAlice);
        add(u"B"_s, kT0, kAlice);
        add(u"E"_s, kT0, kBob);
        add(u"C"_s, kT0 + 60 * kMinute, kAlice); // due 70 min after A, 65 min after its payment
        QVERIFY(f->engine->orderPaid(u"A"_s, kT0 + 5 * kMinute).ok);
        const ClaimReport r = queue().claimDue(kT0 + 10 * kMinute, 20, {});
        QCOMPARE(orderNos(r.claimed), QStringList { u"E"_s });
        QCOMPARE(skipsOf(u"B"_s), QStringList { uR"(history_paid_recently ["A","5 min","60 min"])"_s });
        const ClaimReport later = queue().claimDue(kT0 + 70 * kMinute, 20, {});
        QCOMPARE(orderNos(later.claimed), QStringList { u"C"_s });
    }

    void amountRules()
    {
        Config c = rulesConfig(0);
        c.policy.minAmountFen = 10000;
        c.policy.maxAmountFen = 20000;
        open(c);
        add(u"LOW"_s, kT0, kAlice, 5000);
        add(u"HIGH"_s, kT0, kAlice, 25000);
        add(u"OK"_s, kT0, kAlice, 12850);
        const ClaimReport r = queue().claimDue(kT0 + 10 * kMinute, 20, {});
        QCOMPARE(orderNos(r.claimed), QStringList { u"OK"_s });
        QCOMPARE(skipsOf(u"LOW"_s).size(), 1);
        QVERIFY(skipsOf(u"LOW"_s)[0].startsWith(u"history_amount_below_min "_s));
        QVERIFY(skipsOf(u"HIGH"_s)[0].startsWith(u"history_amount_above_max "_s));
    }

    void productRules()
    {
        Config c = rulesConfig(0);
        c.policy.productsInclude = QStringList { u"苹果"_s, u"P-7"_s };
        c.policy.productsExclude = QStringList { u"P-9"_s };
        open(c);
        add(u"APPLE"_s, kT0, kAlice);
        add(u"BANANA7"_s, kT0, kAlice, 12850, u"香蕉"_s, QJsonObject { { u"product_id"_s, u"P-7"_s } });
        add(u"BANANA"_s, kT0, kAlice, 12850, u"香蕉"_s);
        add(u"APPLE9"_s, kT0, kAlice, 12850, u"有机苹果"_s,
            QJsonObject { { u"product_id"_s, u"P-8, P-9"_s } });
        const ClaimReport r = queue().claimDue(kT0 + 10 * kMinute, 20, {});
        QCOMPARE(orderNos(r.claimed), (QStringList { u"APPLE"_s, u"BANANA7"_s }));
        QVERIFY(skipsOf(u"BANANA"_s)[0].startsWith(u"history_product_not_included "_s));
        QCOMPARE(skipsOf(u"APPLE9"_s), QStringList { uR"(history_product_excluded ["有机苹果","P-9"])"_s });
    }

    // An account's own policy replaces [policy] for its reminders only.
    void perAccountPolicy()
    {
        open(rulesConfig(0));
        ClaimRules rules = queue().claimRules();
        QVERIFY(rules.enabled);
        ReminderPolicy strict = rules.defaults;
        strict.maxAmountFen = 10000;
        rules.accounts.insert(u"shop1"_s, strict);
        queue().setClaimRules(rules);
        OrderInput o = sampleOrder(u"S1"_s, kT0, u"shop1"_s);
        OrderInput p = sampleOrder(u"S2"_s, kT0);
        QCOMPARE(f->engine->acceptOrder(o).kind, AcceptResult::Kind::Created);
        QCOMPARE(f->engine->acceptOrder(p).kind, AcceptResult::Kind::Created);
        const ClaimReport r = queue().claimDue(kT0 + 10 * kMinute, 20, {});
        QCOMPARE(orderNos(r.claimed), QStringList { u"S2"_s });
        QVERIFY(skipsOf(u"S1"_s)[0].startsWith(u"history_amount_above_max "_s));
    }

    void optedOutIsSkippedInEveryRound()
    {
        Config c = rulesConfig(0);
        c.reminder.plan.roundOffsetsSec = { 600, 1800 };
        open(c);
        const OrderRecord m = add(u"M"_s, kT0, kAlice);
        add(u"A"_s, kT0, kAlice);
        add(u"B"_s, kT0, kBob);
        // An operator's send asked for before Alice was listed: the claim still does not send it.
        QVERIFY(!queue().resend(m.id, kT0, u"op"_s, nullptr));
        {
            QSqlQuery q(EngineInternals::database(*f->engine).db());
            q.prepare(u"INSERT INTO optouts (openid, reason, actor, created_at) VALUES (?, ?, ?, ?)"_s);
            q.addBindValue(kAlice);
            q.addBindValue(u"complained"_s);
            q.addBindValue(u"op"_s);
            q.addBindValue(kT0 - 24 * 60 * kMinute);
            QVERIFY(q.exec());
        }
        QVERIFY(queue().claimDue(kT0 + kMinute, 20, {}).claimed.isEmpty());
        QCOMPARE(orderNos(queue().claimDue(kT0 + 10 * kMinute, 20, {}).claimed), QStringList { u"B"_s });
        QCOMPARE(orderNos(queue().claimDue(kT0 + 30 * kMinute, 20, {}).claimed), QStringList { u"B"_s });
        const QString why = uR"(history_opted_out ["2026-03-01 10:00","op","complained"])"_s;
        QCOMPARE(skipsOf(u"A"_s), (QStringList { why, why }));
        QCOMPARE(skipsOf(u"M"_s), (QStringList { why + u" manual"_s, why, why }));
        QCOMPARE(
            count(
                u"SELECT COUNT(*) FROM send_attempts a JOIN reminders r ON r.id = a.reminder_id "
                u"JOIN orders o ON o.id = r.order_id WHERE (o.order_no = 'A' OR o.order_no = 'M') AND a.outcome <> 'skipped'"_s),
            0);
    }

    // The rules' statements read the customers' rows through indexes, never a table scan.
    void ruleQueriesUseIndexes()
    {
        open(rulesConfig(2));
        Database &db = EngineInternals::database(*f->engine);
        if (db.dialect() == SqlDialect::Postgres)
            QSKIP("PostgreSQL plans an empty table as it likes: bench_store checks the plans at scale");
        const QString plan = ClaimJudge::queryPlans(db, kT0);
        QVERIFY2(plan.contains(u"orders_openid"_s), qPrintable(plan));
        QVERIFY2(plan.contains(u"sqlite_autoindex_optouts_1"_s), qPrintable(plan));
        QVERIFY2(plan.contains(u"sqlite_autoindex_reminders_1"_s), qPrintable(plan));
        for (const QString &scan :
            { u"SCAN o"_s, u"SCAN r"_s, u"SCAN orders"_s, u"SCAN optouts"_s, u"SCAN reminders"_s })
            QVERIFY2(!plan.contains(scan + u'\n') && !plan.endsWith(scan) && !plan.contains(scan + u' '),
                qPrintable(plan));
    }

    // Another engine claims two of Alice's reminders and has not committed yet: this engine's claim of
    // her other two waits for it and then counts them, instead of both passing the cap.
    void racingEnginesStayUnderTheCap()
    {
        open(rulesConfig(2));
        if (!testStoreIsPostgres())
            QSKIP("one engine on a file store: the race is PostgreSQL's");
        for (const QString &no : { u"A"_s, u"B"_s, u"C"_s, u"D"_s })
            add(no, kT0, kAlice);
        const qint64 now = kT0 + 10 * kMinute;
        PgTestStore *pg = PgTestStore::get();
        QSqlDatabase other = pg->connection(u"other-engine"_s);
        QVERIFY2(other.open(), qPrintable(other.lastError().text()));
        const auto closeOther = qScopeGuard([&] {
            other.close();
            other = {};
            QSqlDatabase::removeDatabase(u"other-engine"_s);
        });
        QSqlQuery q(other);
        QVERIFY(q.exec(u"BEGIN"_s));
        q.prepare(u"SELECT pg_advisory_xact_lock(hashtext(?))"_s);
        q.addBindValue(kAlice);
        QVERIFY(q.exec());
        q.prepare(u"UPDATE reminders SET state = 'sending', first_attempt_at = ?, last_attempt_at = ? WHERE "
                  u"order_id IN (SELECT id FROM orders WHERE order_no = 'A' OR order_no = 'B')"_s);
        q.addBindValue(now);
        q.addBindValue(now);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 2);

        ClaimReport report;
        QString error;
        const ClaimRules rules = queue().claimRules();
        std::unique_ptr<QThread> engine(QThread::create([&] {
            SqlStore store;
            if (!store.open(pg->options(u"engine-b"_s), &error))
                return;
            store.setClaimRules(rules);
            report = store.claimDue(now, 20, {}, false, 0);
        }));
        engine->start();
        QVERIFY2(!engine->wait(500), qPrintable(error)); // waiting on Alice's lock
        QVERIFY(q.exec(u"COMMIT"_s));
        QVERIFY(engine->wait(30'000));
        QVERIFY2(error.isEmpty() && report.error.isEmpty(), qPrintable(error + report.error));
        QVERIFY(report.claimed.isEmpty());
        QCOMPARE(report.skipped.size(), 2);
        QCOMPARE(skipsOf(u"C"_s), QStringList { uR"(history_daily_cap ["2","2"])"_s });
        QCOMPARE(skipsOf(u"D"_s), QStringList { uR"(history_daily_cap ["2","2"])"_s });
    }
};

QTEST_GUILESS_MAIN(TestClaimRules)
#include "tst_claimrules.moc"
