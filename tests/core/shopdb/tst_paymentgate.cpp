#include "engine/sweeper.h"
#include "engineinternals.h"
#include "scriptedsender.h"
#include "shopdb/paymentgate.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {
// The shop's books as a test scripts them: every order is unpaid unless listed in `paid`, and the
// check fails while `failing`. Answers come in the next turn (never from inside check()), or when
// the test says (answerNow = false).
class ScriptedCheck final : public PaymentCheck
{
    Q_OBJECT
public:
    using PaymentCheck::PaymentCheck;

    QSet<QString> paid;
    bool failing = false;
    bool answerNow = true;
    QList<QStringList> asked; // each check's order numbers
    QList<quint64> tickets;
    int answers = 0; // given so far (the gate has acted on each when this counts it)

    void check(quint64 ticket, const QStringList &orderNos) override
    {
        asked << orderNos;
        tickets << ticket;
        if (answerNow)
            QTimer::singleShot(0, this, [this, ticket, orderNos] { answer(ticket, orderNos); });
    }
    void answer(quint64 ticket, const QStringList &orderNos)
    {
        PaymentCheckAnswer a;
        a.ok = !failing;
        if (failing)
            a.error = u"cannot connect to the shop's database 127.0.0.1:3306/shop: Connection refused"_s;
        for (const QString &o : orderNos)
            if (!failing && !paid.contains(o))
                a.unpaid.insert(o);
        emit answered(ticket, a);
        ++answers;
    }
    void answerLast() { answer(tickets.last(), asked.last()); }
    QString describe() const override { return u"shop database 127.0.0.1:3306/shop"_s; }
};
} // namespace

// The payment check right before sending, inside a real engine: a manual clock, a scripted check
// and a sender the test answers.
class TestPaymentGate : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineFixture> f;
    std::unique_ptr<ScriptedSender> sender;
    std::unique_ptr<ScriptedCheck> check;

    void make(CheckFailurePolicy onFailure = CheckFailurePolicy::Hold,
        HealthReason::Kind kind = HealthReason::Kind::ShopDbUnreachable, Config c = testConfig())
    {
        f = std::make_unique<EngineFixture>(c);
        QVERIFY2(f->ok, qPrintable(f->error));
        sender = std::make_unique<ScriptedSender>();
        sender->setRule(
            [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Accepted); });
        f->engine->routeAccount(Config::implicitAccountKey(), sender.get());
        check = std::make_unique<ScriptedCheck>();
        gate().setCheck(check.get(), kind, onFailure);
    }

    PaymentGate &gate() { return EngineInternals::gate(*f->engine); }

    void add(int n, const QString &prefix = u"O"_s)
    {
        QList<OrderInput> orders;
        for (int i = 0; i < n; ++i)
            orders << sampleOrder(prefix + QString::number(i), kT0);
        bool committed = false;
        QString error;
        f->engine->acceptOrders(orders, BatchMode::AllOrNothing, &committed, &error);
        QVERIFY2(committed, qPrintable(error));
    }

    qint64 inState(const QString &state)
    {
        return countWhere(*f->engine, u"SELECT COUNT(*) FROM reminders WHERE state = '%1'"_s.arg(state));
    }

    // The reminder of `orderNo` (each test order has one) as the store has it.
    ReminderRecord reminderOf(const QString &orderNo)
    {
        const auto order = f->engine->orderByNo(orderNo);
        if (!order)
            return {};
        const QList<ReminderRecord> reminders = f->engine->remindersOf(order->id);
        return reminders.isEmpty() ? ReminderRecord() : reminders.first();
    }

    QSet<QString> sentOrders() const
    {
        QSet<QString> s;
        for (const OutgoingMessage &m : sender->sent)
            s.insert(m.order.input.orderNo);
        return s;
    }

    // The due reminders claimed and handed to the gate, which asked the check `asks` times by now
    // (and, when the check answers by itself, has its answers).
    void dueAndAsked(int asks = 1)
    {
        f->clock.advance(11 * kMinute);
        f->engine->start();
        QTRY_COMPARE(check->asked.size(), asks);
        if (check->answerNow)
            QTRY_COMPARE(check->answers, asks); // and the gate has acted on the answer
    }

    const HealthReason *shopReason()
    {
        static HealthReason found;
        for (const HealthReason &r : f->engine->health().reasons)
            if (r.kind == HealthReason::Kind::ShopDbUnreachable
                || r.kind == HealthReason::Kind::PrecheckFailing) {
                found = r;
                return &found;
            }
        return nullptr;
    }

private slots:
    void cleanup()
    {
        f.reset();
        sender.reset();
        check.reset();
    }

    void asksOnceForAClaimedBatch()
    {
        Config c = testConfig();
        c.reminder.batchSize = 20;
        make(CheckFailurePolicy::Hold, HealthReason::Kind::ShopDbUnreachable, c);
        add(20);
        dueAndAsked();
        QCOMPARE(check->asked.first().size(), 20);
        QCOMPARE(QSet<QString>(check->asked.first().cbegin(), check->asked.first().cend()).size(), 20);
        QTRY_COMPARE(inState(u"sent"_s), 20);
        QCOMPARE(sender->sent.size(), 20);
        QCOMPARE(check->asked.size(), 1); // one check for the batch, not one per message
        QVERIFY(f->engine->health().ok());
    }

    void paidBetweenClaimAndSendIsCancelledAndNeverSent()
    {
        make();
        add(3);
        check->paid = { u"O1"_s };
        QSignalSpy settled(f->engine.get(), &Engine::orderSettled);
        dueAndAsked();
        QTRY_COMPARE(inState(u"sent"_s), 2);
        QTRY_COMPARE(settled.size(), 1);
        QCOMPARE(sentOrders(), (QSet<QString> { u"O0"_s, u"O2"_s }));
        const ReminderRecord r = reminderOf(u"O1"_s);
        QCOMPARE(r.state, ReminderState::Cancelled);
        QCOMPARE(r.reason, u"paid — shop check"_s);
        QCOMPARE(f->engine->orderByNo(u"O1"_s)->status, OrderStatus::Paid);
        const QList<AttemptRecord> attempts = f->engine->attemptsOf(f->engine->orderByNo(u"O1"_s)->id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().outcome, AttemptOutcome::Cancelled);
        QCOMPARE(attempts.first().errmsg, u"paid — shop check"_s);
        QVERIFY(test::idleAfter(*f));
        QCOMPARE(gate().waiting(), 0);
        QCOMPARE(EngineInternals::sweeper(*f->engine).inFlight(), 0);
    }

    void heldWhileTheCheckFailsThenSentOnce()
    {
        make(CheckFailurePolicy::Hold, HealthReason::Kind::ShopDbUnreachable);
        add(5);
        check->failing = true;
        QSignalSpy health(f->engine.get(), &Engine::healthChanged);
        dueAndAsked();
        const qint64 failedAt = f->clock.nowMs();
        QTRY_VERIFY(shopReason());
        QCOMPARE(shopReason()->kind, HealthReason::Kind::ShopDbUnreachable);
        QCOMPARE(shopReason()->since, failedAt);
        QCOMPARE(shopReason()->problem.code, ErrorCode::ShopDbUnreachable);
        QCOMPARE(shopReason()->text,
            u"shop database unreachable since 2026-03-02 10:11: cannot connect to the shop's database "
            u"127.0.0.1:3306/shop: Connection refused; reminders wait for the payment check"_s);
        QVERIFY(shopReason()->stopsEveryAccount());
        QVERIFY(health.size() >= 1);
        QCOMPARE(sender->sent.size(), 0);
        QCOMPARE(inState(u"sending"_s), 5);
        QCOMPARE(EngineInternals::sweeper(*f->engine).inFlight(), 5); // held ones count: back-pressure

        // Not before the backoff's first second; then again, still failing: the spell goes on.
        QVERIFY(test::sweepAfter(*f, 999));
        QCOMPARE(check->asked.size(), 1);
        f->clock.advance(1);
        QTRY_COMPARE(check->answers, 2); // its wait is counted from this failure
        QCOMPARE(check->asked.last().size(), 5); // all held ones in one check
        QCOMPARE(shopReason()->since, failedAt);
        // The wait doubles: 2 s now.
        QVERIFY(test::sweepAfter(*f, 1999));
        QCOMPARE(check->asked.size(), 2);

        check->failing = false;
        health.clear();
        f->clock.advance(1);
        QTRY_COMPARE(inState(u"sent"_s), 5);
        QCOMPARE(check->asked.size(), 3);
        QCOMPARE(sender->sent.size(), 5);
        QCOMPARE(sentOrders().size(), 5); // none lost, none twice
        QVERIFY(!shopReason());
        QVERIFY(f->engine->health().ok());
        QVERIFY(health.size() >= 1);
    }

    void heldUntilTheOrderClosesIsSkipped()
    {
        make();
        add(2);
        check->failing = true;
        dueAndAsked();
        QCOMPARE(inState(u"sending"_s), 2);
        f->clock.setNow(kT0 + 2 * 3600 * kSecond); // the plan's close time
        QTRY_COMPARE(inState(u"skipped"_s), 2);
        QCOMPARE(sender->sent.size(), 0);
        const ReminderRecord r = reminderOf(u"O0"_s);
        QCOMPARE(r.reason, u"skipped: the order closed while the shop's payment check could not run"_s);
        const QList<AttemptRecord> attempts = f->engine->attemptsOf(f->engine->orderByNo(u"O0"_s)->id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().outcome, AttemptOutcome::Skipped);
        QCOMPARE(gate().waiting(), 0);
        QCOMPARE(EngineInternals::sweeper(*f->engine).inFlight(), 0);
    }

    void sendPolicySendsUnchecked()
    {
        make(CheckFailurePolicy::Send, HealthReason::Kind::PrecheckFailing);
        add(3);
        check->failing = true;
        dueAndAsked();
        QTRY_COMPARE(inState(u"sent"_s), 3);
        QCOMPARE(sender->sent.size(), 3);
        QVERIFY(shopReason());
        QCOMPARE(shopReason()->kind, HealthReason::Kind::PrecheckFailing);
        QCOMPARE(shopReason()->problem.code, ErrorCode::PrecheckFailingSending);
        QVERIFY(shopReason()->text.endsWith(u"; reminders go out without it"_s));
        QVERIFY(!shopReason()->stopsEveryAccount());
    }

    void paidEventWhileHeldCancels()
    {
        make();
        add(2);
        check->failing = true;
        dueAndAsked();
        QCOMPARE(gate().waiting(), 2);
        const OrderEventResult paid = f->engine->orderPaid(u"O0"_s);
        QVERIFY2(paid.ok, qPrintable(paid.error));
        QCOMPARE(paid.cancelledReminderIds.size(), 1);
        QCOMPARE(paid.inFlight, 0);
        QCOMPARE(reminderOf(u"O0"_s).state, ReminderState::Cancelled);
        QCOMPARE(gate().waiting(), 1);
        QCOMPARE(EngineInternals::sweeper(*f->engine).inFlight(), 1);

        check->failing = false;
        f->clock.advance(kSecond);
        QTRY_COMPARE(inState(u"sent"_s), 1);
        QCOMPARE(sentOrders(), QSet<QString> { u"O1"_s });
        QCOMPARE(check->asked.last(), QStringList { u"O1"_s });
    }

    void paidByTheShopButTheStoreFailsWaitsAndNeverSends()
    {
        make();
        add(1);
        check->paid = { u"O0"_s };
        check->answerNow = false;
        dueAndAsked();
        QSqlQuery q(EngineInternals::connection(*f->engine));
        QVERIFY(q.exec(u"PRAGMA query_only = ON"_s)); // the store cannot write
        check->answerLast();
        QCOMPARE(sender->sent.size(), 0);
        QCOMPARE(gate().waiting(), 1); // given back by the failed settle: it waits in the gate
        QCOMPARE(reminderOf(u"O0"_s).state, ReminderState::Sending);
        QVERIFY(q.exec(u"PRAGMA query_only = OFF"_s));
        f->clock.advance(kSecond);
        QTRY_COMPARE(reminderOf(u"O0"_s).state, ReminderState::Cancelled);
        QCOMPARE(reminderOf(u"O0"_s).reason, u"paid — shop check"_s);
        QCOMPARE(sender->sent.size(), 0);
        QCOMPARE(check->asked.size(), 1); // settled again, not asked again
        QCOMPARE(gate().waiting(), 0);
    }

    void stopWhileHeldRecordsNotSent()
    {
        make();
        add(1);
        check->failing = true;
        dueAndAsked();
        f->engine->stop();
        // Not left `sending` (a restart would take it for a send that may have gone out).
        QCOMPARE(reminderOf(u"O0"_s).state, ReminderState::RetryWait);
        const QList<AttemptRecord> attempts = f->engine->attemptsOf(f->engine->orderByNo(u"O0"_s)->id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().outcome, AttemptOutcome::Retrying);
        QCOMPARE(sender->sent.size(), 0);
        QCOMPARE(gate().waiting(), 0);
    }

    void withoutACheckEverythingPassesStraightThrough()
    {
        make();
        gate().setCheck(nullptr, HealthReason::Kind::ShopDbUnreachable, CheckFailurePolicy::Hold);
        add(2);
        f->clock.advance(11 * kMinute);
        f->engine->start();
        QTRY_COMPARE(inState(u"sent"_s), 2);
        QCOMPARE(check->asked.size(), 0);
    }

    void replacingTheCheckAsksTheNewOne()
    {
        make();
        add(2);
        check->answerNow = false;
        dueAndAsked();
        ScriptedCheck other;
        other.paid = { u"O0"_s };
        gate().setCheck(&other, HealthReason::Kind::PrecheckFailing, CheckFailurePolicy::Hold);
        QTRY_COMPARE(other.asked.size(), 1);
        QCOMPARE(other.asked.first().size(), 2);
        QTRY_COMPARE(inState(u"sent"_s), 1);
        QCOMPARE(sentOrders(), QSet<QString> { u"O1"_s });
        check->answerLast(); // the old check's late answer changes nothing
        QVERIFY(test::idleAfter(*f));
        QCOMPARE(sender->sent.size(), 1);
        QCOMPARE(reminderOf(u"O0"_s).state, ReminderState::Cancelled);
        gate().setCheck(nullptr, HealthReason::Kind::ShopDbUnreachable, CheckFailurePolicy::Hold);
    }
};

QTEST_GUILESS_MAIN(TestPaymentGate)
#include "tst_paymentgate.moc"
