#include "engineinternals.h"
#include "store/database.h"
#include "store/orderstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

class TestOrderStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineFixture> f;
    qint64 count(const QString &sql) { return countWhere(*f->engine, sql); }

private slots:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        PAYNUDGE_INIT_FIXTURE(*f);
    }
    void cleanup() { f.reset(); }

    void acceptStoresOrderAndPlannedReminders()
    {
        QSignalSpy accepted(f->engine.get(), &Engine::ordersAccepted);
        const AcceptResult r = f->engine->acceptOrder(sampleOrder(u"A1"_s, kT0));
        QCOMPARE(r.kind, AcceptResult::Kind::Created);
        QVERIFY(r.order.id > 0);
        QCOMPARE(r.order.closeAt, kT0 + 7200 * kSecond);
        QCOMPARE(r.reminders.size(), 1);
        QCOMPARE(r.reminders[0].dueAt, kT0 + 10 * kMinute);
        QCOMPARE(r.reminders[0].clientMsgId, u"pn-A1-1"_s);
        QCOMPARE(accepted.size(), 1);

        const auto stored = f->engine->orderByNo(u"A1"_s);
        QVERIFY(stored);
        QCOMPARE(stored->input.product, u"有机苹果 5kg"_s);
        QCOMPARE(stored->input.amountFen, 12850);
        QCOMPARE(stored->status, OrderStatus::Unpaid);
        QCOMPARE(f->engine->remindersOf(stored->id).size(), 1);
    }

    void identicalOrderTwiceIsStoredOnce()
    {
        OrderInput o = sampleOrder(u"A2"_s, kT0);
        o.vars = QJsonObject { { u"b"_s, u"2"_s }, { u"a"_s, u"1"_s } };
        QCOMPARE(f->engine->acceptOrder(o).kind, AcceptResult::Kind::Created);
        QSignalSpy accepted(f->engine.get(), &Engine::ordersAccepted);
        const AcceptResult again = f->engine->acceptOrder(o);
        QCOMPARE(again.kind, AcceptResult::Kind::Duplicate);
        QCOMPARE(again.reminders.size(), 1);
        QCOMPARE(accepted.size(), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM reminders"_s), 1);
    }

    void sameNumberDifferentContentIsAConflict()
    {
        QCOMPARE(f->engine->acceptOrder(sampleOrder(u"A3"_s, kT0)).kind, AcceptResult::Kind::Created);
        OrderInput changed = sampleOrder(u"A3"_s, kT0);
        changed.amountFen = 1;
        const AcceptResult r = f->engine->acceptOrder(changed);
        QCOMPARE(r.kind, AcceptResult::Kind::Conflict);
        QCOMPARE(r.order.input.amountFen, 12850); // the caller sees what is stored
        QCOMPARE(count(u"SELECT amount_fen FROM orders WHERE order_no = 'A3'"_s), 12850);
    }

    void sqlTextIsStoredLiterally()
    {
        OrderInput o = sampleOrder(u"A4"_s, kT0);
        o.product = u"x'); DROP TABLE orders; --"_s;
        o.nickname = u"Robert'); --"_s;
        QCOMPARE(f->engine->acceptOrder(o).kind, AcceptResult::Kind::Created);
        QCOMPARE(f->engine->orderByNo(u"A4"_s)->input.product, o.product);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 1);
    }

    void paidCancelsScheduledReminders()
    {
        Config c = testConfig();
        c.reminder.plan.roundOffsetsSec = { 600, 1800 };
        f = std::make_unique<EngineFixture>(c);
        f->engine->acceptOrder(sampleOrder(u"P1"_s, kT0));
        QSignalSpy settled(f->engine.get(), &Engine::orderSettled);
        const OrderEventResult r = f->engine->orderPaid(u"P1"_s, kT0 + kMinute);
        QVERIFY(r.ok);
        QVERIFY(r.known);
        QCOMPARE(r.cancelledReminderIds.size(), 2);
        QCOMPARE(settled.size(), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM reminders WHERE state = 'cancelled'"_s), 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM send_attempts WHERE outcome = 'cancelled'"_s), 2);
        const auto o = f->engine->orderByNo(u"P1"_s);
        QCOMPARE(o->status, OrderStatus::Paid);
        QCOMPARE(o->statusAt, kT0 + kMinute);
        // Paying twice changes nothing.
        const OrderEventResult again = f->engine->orderPaid(u"P1"_s);
        QVERIFY(again.ok);
        QCOMPARE(again.cancelledReminderIds.size(), 0);
    }

    void closedCancelsToo()
    {
        f->engine->acceptOrder(sampleOrder(u"C1"_s, kT0));
        const OrderEventResult r = f->engine->orderClosed(u"C1"_s);
        QCOMPARE(r.cancelledReminderIds.size(), 1);
        QCOMPARE(f->engine->orderByNo(u"C1"_s)->status, OrderStatus::Closed);
        // A later payment of a closed order does not reopen it.
        QCOMPARE(f->engine->orderPaid(u"C1"_s).status, OrderStatus::Closed);
    }

    void paidBeforeCreatedSchedulesNothing()
    {
        const OrderEventResult early = f->engine->orderPaid(u"E1"_s, kT0 + 5 * kSecond);
        QVERIFY(early.ok);
        QVERIFY(!early.known);
        QCOMPARE(count(u"SELECT COUNT(*) FROM early_events"_s), 1);

        const AcceptResult r = f->engine->acceptOrder(sampleOrder(u"E1"_s, kT0));
        QCOMPARE(r.kind, AcceptResult::Kind::Created);
        QCOMPARE(r.order.status, OrderStatus::Paid);
        QCOMPARE(r.order.statusAt, kT0 + 5 * kSecond);
        QCOMPARE(r.reminders.size(), 1);
        QCOMPARE(r.reminders[0].state, ReminderState::Cancelled);
        QCOMPARE(count(u"SELECT COUNT(*) FROM reminders WHERE state IN ('scheduled','retry_wait')"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM early_events"_s), 0); // consumed
        QVERIFY(!EngineInternals::queue(*f->engine).nextDueAt({}));
    }

    void closedBeforeCreatedToo()
    {
        f->engine->orderClosed(u"E2"_s);
        QCOMPARE(f->engine->acceptOrder(sampleOrder(u"E2"_s, kT0)).order.status, OrderStatus::Closed);
    }

    void roundAfterCloseIsSkippedWithHistory()
    {
        OrderInput o = sampleOrder(u"S1"_s, kT0);
        o.closeAt = kT0 + 5 * kMinute; // closes before the 10-minute reminder
        const AcceptResult r = f->engine->acceptOrder(o);
        QCOMPARE(r.reminders[0].state, ReminderState::Skipped);
        QCOMPARE(count(u"SELECT COUNT(*) FROM send_attempts WHERE outcome = 'skipped'"_s), 1);
    }

    void batchAllOrNothing()
    {
        f->engine->acceptOrder(sampleOrder(u"B2"_s, kT0));
        OrderInput conflicting = sampleOrder(u"B2"_s, kT0);
        conflicting.product = u"different"_s;
        bool committed = false;
        QString error;
        const auto results
            = f->engine->acceptOrders({ sampleOrder(u"B1"_s, kT0), conflicting, sampleOrder(u"B3"_s, kT0) },
                BatchMode::AllOrNothing, &committed, &error);
        QVERIFY(!committed);
        QVERIFY(error.contains(u"index 1"_s));
        QCOMPARE(results.last().kind, AcceptResult::Kind::Conflict);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 1); // only B2 from before
    }

    void batchIndependentKeepsTheGoodOnes()
    {
        f->engine->acceptOrder(sampleOrder(u"I2"_s, kT0));
        OrderInput conflicting = sampleOrder(u"I2"_s, kT0);
        conflicting.product = u"different"_s;
        bool committed = false;
        QString error;
        const auto results
            = f->engine->acceptOrders({ sampleOrder(u"I1"_s, kT0), conflicting, sampleOrder(u"I1"_s, kT0) },
                BatchMode::Independent, &committed, &error);
        QVERIFY(committed);
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].kind, AcceptResult::Kind::Created);
        QCOMPARE(results[1].kind, AcceptResult::Kind::Conflict);
        QCOMPARE(results[2].kind, AcceptResult::Kind::Duplicate); // the same order twice in one group
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 2);
    }

    // Many orders go in a few multi-row statements with ids chosen up front: every result must
    // still name the rows that were stored for it, across statement sizes, retries, in-call
    // repeats, early payments and skipped rounds.
    void largeBatchKeepsEveryIdStraight()
    {
        Config config = testConfig();
        config.reminder.plan.roundOffsetsSec = { 600, 1800, 3600 };
        f = std::make_unique<EngineFixture>(config);
        QVERIFY2(f->ok, qPrintable(f->error));
        QCOMPARE(f->engine->acceptOrder(sampleOrder(u"L40"_s, kT0)).kind, AcceptResult::Kind::Created);
        QVERIFY(f->engine->orderPaid(u"L100"_s, kT0 + kSecond).ok);

        QList<OrderInput> batch;
        for (int i = 0; i < 149; ++i) // 64 + 64 + 16 + 4 + 1 rows per statement
            batch << sampleOrder(u"L%1"_s.arg(i), kT0 + i * kSecond);
        batch[7].closeAt = kT0 + 20 * kMinute; // its last two rounds come after it closes
        batch[3].product = QString(30000, u'果'); // larger than a block of bound text
        batch[5].product = QString(20000, u'苹'); // fills most of one: the next text takes a new block
        batch[5].nickname = u"小李"_s;
        batch[40] = sampleOrder(u"L40"_s, kT0); // a retry of one stored before
        batch[120] = sampleOrder(u"L10"_s, kT0 + 10 * kSecond); // the same order twice in one call
        bool committed = false;
        QString error;
        const auto results = f->engine->acceptOrders(batch, BatchMode::Independent, &committed, &error);
        QVERIFY2(committed, qPrintable(error));
        QCOMPARE(results.size(), 149);

        int created = 0;
        for (qsizetype i = 0; i < results.size(); ++i) {
            const AcceptResult &r = results.at(i);
            const auto stored = f->engine->orderByNo(batch.at(i).orderNo);
            QVERIFY(stored);
            QCOMPARE(r.order.id, stored->id);
            QCOMPARE(r.order.input.placedAt, stored->input.placedAt);
            QCOMPARE(stored->input.product, batch.at(i).product);
            QCOMPARE(stored->input.nickname, batch.at(i).nickname);
            QCOMPARE(stored->input.openid, batch.at(i).openid);
            const QList<ReminderRecord> rems = f->engine->remindersOf(stored->id);
            QCOMPARE(r.reminders.size(), rems.size());
            for (qsizetype k = 0; k < rems.size(); ++k) {
                QCOMPARE(r.reminders.at(k).id, rems.at(k).id);
                QCOMPARE(rems.at(k).orderId, stored->id);
                QCOMPARE(r.reminders.at(k).state, rems.at(k).state);
                QCOMPARE(rems.at(k).clientMsgId, u"pn-%1-%2"_s.arg(batch.at(i).orderNo).arg(k + 1));
            }
            if (i == 40 || i == 120) {
                QCOMPARE(r.kind, AcceptResult::Kind::Duplicate);
                continue;
            }
            QCOMPARE(r.kind, AcceptResult::Kind::Created);
            ++created;
        }
        QCOMPARE(created, 147);
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 148);
        QCOMPARE(count(u"SELECT COUNT(*) FROM reminders"_s), 148 * 3);
        QCOMPARE(results[100].order.status, OrderStatus::Paid);
        QCOMPARE(count(u"SELECT COUNT(*) FROM reminders r JOIN orders o ON o.id = r.order_id "
                       u"WHERE o.order_no = 'L100' AND r.state = 'cancelled'"_s),
            3);
        QCOMPARE(results[7].reminders[1].state, ReminderState::Skipped);
        // History for what was decided without a send: L100's three cancels, L7's two skips.
        QCOMPARE(count(u"SELECT COUNT(*) FROM send_attempts"_s), 5);
        QCOMPARE(count(u"SELECT COUNT(*) FROM early_events"_s), 0);
    }

    void acceptedIsDurableAcrossReopen()
    {
        const QString dir = f->dir.path();
        f->engine->acceptOrder(sampleOrder(u"D1"_s, kT0));
        f->engine.reset(); // no explicit flush: the commit already made it durable
        Engine reopened;
        Engine::Options options;
        options.config = f->openedWith;
        options.dataDir = dir;
        options.clock = &f->clock;
        QString error;
        QVERIFY2(reopened.open(options, &error), qPrintable(error));
        QVERIFY(reopened.orderByNo(u"D1"_s));
    }

    // Polled orders and how far the source was read are one write: after a crash either both are
    // there or neither, so the next poll neither skips nor repeats an order.
    void polledOrdersMoveTheirCursorInTheSameTransaction()
    {
        QString error;
        QVERIFY(!f->engine->storeCursor(u"shopdb/a"_s, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // never set is not a read error
        bool committed = false;
        const QList<AcceptResult> results
            = f->engine->acceptPolledOrders({ sampleOrder(u"P1"_s, kT0), sampleOrder(u"P2"_s, kT0) },
                { u"shopdb/a"_s, 41 }, &committed, &error);
        QVERIFY2(committed, qPrintable(error));
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[1].kind, AcceptResult::Kind::Created);
        QCOMPARE(f->engine->storeCursor(u"shopdb/a"_s, &error), std::optional<qint64>(41));

        // A page of orders the store has already (a repeated poll) still moves the cursor.
        f->engine->acceptPolledOrders(
            { sampleOrder(u"P2"_s, kT0) }, { u"shopdb/a"_s, 42 }, &committed, &error);
        QVERIFY(committed);
        QCOMPARE(f->engine->storeCursor(u"shopdb/a"_s, &error), std::optional<qint64>(42));
        QCOMPARE(f->engine->storeCursor(u"shopdb/b"_s, &error), std::nullopt); // cursors are by name
        QCOMPARE(count(u"SELECT COUNT(*) FROM orders"_s), 2);

        // An order the store refuses (its CHECK) rolls the page back, cursor included.
        OrderInput bad = sampleOrder(u"P3"_s, kT0);
        bad.amountFen = -1;
        f->engine->acceptPolledOrders(
            { sampleOrder(u"P4"_s, kT0), bad }, { u"shopdb/a"_s, 44 }, &committed, &error);
        QVERIFY(!committed);
        QVERIFY(!error.isEmpty());
        QCOMPARE(f->engine->storeCursor(u"shopdb/a"_s, &error), std::optional<qint64>(42));
        QVERIFY(!f->engine->orderByNo(u"P4"_s));
    }

    // "paid — shop check": the shop's own books settled the order right before a send.
    void paidByShopCheckSaysSoInTheHistory()
    {
        f->engine->acceptOrder(sampleOrder(u"S1"_s, kT0));
        const OrderEventResult r = f->engine->orderPaidByShopCheck(u"S1"_s);
        QVERIFY2(r.ok && r.known, qPrintable(r.error));
        QCOMPARE(r.status, OrderStatus::Paid);
        QCOMPARE(r.cancelledReminderIds.size(), 1);
        QCOMPARE(f->engine->orderByNo(u"S1"_s)->status, OrderStatus::Paid);
        const QList<AttemptRecord> history = f->engine->attemptsOf(f->engine->orderByNo(u"S1"_s)->id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].outcome, AttemptOutcome::Cancelled);
        QCOMPARE(history[0].errmsg, u"paid — shop check"_s);
        QCOMPARE(f->onlyReminder(u"S1"_s).reason, u"paid — shop check"_s);
    }

    void pendingCountSeesOnlyOpenOrders()
    {
        f->engine->acceptOrder(sampleOrder(u"N1"_s, kT0));
        f->engine->acceptOrder(sampleOrder(u"N2"_s, kT0));
        f->engine->acceptOrder(sampleOrder(u"N3"_s, kT0 - 3 * 3600 * kSecond)); // already past close
        f->engine->orderPaid(u"N2"_s);
        QCOMPARE(f->engine->pendingCount(kT0), 1);
    }
};

QTEST_GUILESS_MAIN(TestOrderStore)
#include "tst_orderstore.moc"
