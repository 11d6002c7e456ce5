#include "engine/sweeper.h"
#include "engineinternals.h"
#include "scriptedsender.h"
#include "send/senderrouter.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The sweeper inside a real engine, with a manual clock and a sender the test answers.
class TestSweeper : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineFixture> f;
    std::unique_ptr<ScriptedSender> sender;

    void make(Config c = testConfig())
    {
        if (!c.account(u"shop1"_s)) {
            AccountConfig a;
            a.key = u"shop1"_s;
            c.accounts << a;
            a.key = u"shop2"_s;
            c.accounts << a;
        }
        f = std::make_unique<EngineFixture>(c);
        QVERIFY2(f->ok, qPrintable(f->error));
        sender = std::make_unique<ScriptedSender>();
        for (const AccountConfig &a : c.accounts)
            f->engine->routeAccount(a.key, sender.get());
    }

    void add(int n, const QString &prefix = u"O"_s, const QString &account = Config::implicitAccountKey(),
        qint64 placedAt = kT0)
    {
        QList<OrderInput> orders;
        for (int i = 0; i < n; ++i)
            orders << sampleOrder(prefix + QString::number(i), placedAt, account);
        bool committed = false;
        QString error;
        f->engine->acceptOrders(orders, BatchMode::AllOrNothing, &committed, &error);
        QVERIFY2(committed, qPrintable(error));
    }

    qint64 inState(const QString &state)
    {
        return countWhere(*f->engine, u"SELECT COUNT(*) FROM reminders WHERE state = '%1'"_s.arg(state));
    }

    void sweepAfter(qint64 ms = 0) { QVERIFY(test::sweepAfter(*f, ms)); }

    // An engine of its own whose safety tick (an hour) sends nothing within a test; no clock
    // given means the system clock.
    static bool openWithHourlyTick(
        Engine &engine, const QString &dataDir, Clock *clock, QString *error, int safetyTickSec = 3600)
    {
        Config c = testConfig();
        c.reminder.safetyTickSec = safetyTickSec;
        Engine::Options options;
        options.config = c;
        options.dataDir = dataDir;
        options.clock = clock;
        return engine.open(options, error);
    }

private slots:
    void cleanup()
    {
        f.reset();
        sender.reset();
    }

    void nothingBeforeItIsDue()
    {
        make();
        add(1);
        f->engine->start();
        sweepAfter();
        sweepAfter(10 * kMinute - 1);
        QCOMPARE(sender->sent.size(), 0);
        f->clock.advance(1);
        QTRY_COMPARE(sender->sent.size(), 1);
        QCOMPARE(sender->sent[0].reminder.clientMsgId, u"pn-O0-1"_s);
        QCOMPARE(sender->sent[0].order.input.product, u"有机苹果 5kg"_s);
    }

    void drainsABacklogLargerThanABatch()
    {
        Config c = testConfig();
        c.reminder.batchSize = 20;
        c.reminder.maxInFlight = 500;
        make(c);
        sender->setRule(
            [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Accepted); });
        add(95);
        QSignalSpy claimed(&EngineInternals::sweeper(*f->engine), &Sweeper::claimed);
        f->clock.advance(11 * kMinute);
        f->engine->start();
        QTRY_COMPARE(inState(u"sent"_s), 95);
        QCOMPARE(sender->sent.size(), 95);
        QVERIFY(claimed.size() >= 5);
        for (const auto &args : claimed)
            QVERIFY(args.at(0).value<QList<ClaimedReminder>>().size() <= 20);
        // Each reminder exactly once, in due order.
        QSet<QString> ids;
        for (const auto &m : sender->sent)
            ids.insert(m.reminder.clientMsgId);
        QCOMPARE(ids.size(), 95);
    }

    void respectsTheInFlightCap()
    {
        Config c = testConfig();
        c.reminder.batchSize = 4;
        c.reminder.maxInFlight = 10;
        make(c);
        add(25);
        f->clock.advance(11 * kMinute);
        f->engine->start();
        QTRY_COMPARE(sender->sent.size(), 10);
        sweepAfter();
        QCOMPARE(sender->sent.size(), 10);
        QCOMPARE(EngineInternals::sweeper(*f->engine).inFlight(), 10);
        QCOMPARE(inState(u"sending"_s), 10);
        sender->answerAll(SendStatus::Accepted);
        QTRY_COMPARE(sender->sent.size(), 20);
        sender->answerAll(SendStatus::Accepted);
        QTRY_COMPARE(sender->sent.size(), 25);
        sender->answerAll(SendStatus::Accepted);
        QTRY_COMPARE(inState(u"sent"_s), 25);
    }

    // A finished send does not claim its freed place alone (a transaction per send on a shared
    // store): the next claim waits until a batch's room is free, then fills up to the cap.
    void refillsTheCapByTheBatch()
    {
        Config c = testConfig();
        c.reminder.batchSize = 4;
        c.reminder.maxInFlight = 10;
        make(c);
        add(25);
        f->clock.advance(11 * kMinute);
        f->engine->start();
        QTRY_COMPARE(sender->sent.size(), 10);
        for (int i = 0; i < 3; ++i)
            sender->answer(i, SendStatus::Accepted);
        QTRY_COMPARE(inState(u"sent"_s), 3);
        sweepAfter();
        QCOMPARE(sender->sent.size(), 10); // room 3 < a batch of 4: nothing claimed yet
        sender->answer(3, SendStatus::Accepted);
        QTRY_COMPARE(sender->sent.size(), 14);
        QCOMPARE(EngineInternals::sweeper(*f->engine).inFlight(), 10);
    }

    void paidBeforeDueIsNeverSent()
    {
        make();
        add(2);
        f->engine->start();
        f->engine->orderPaid(u"O0"_s);
        f->clock.advance(11 * kMinute);
        QTRY_COMPARE(sender->sent.size(), 1);
        sweepAfter();
        QCOMPARE(sender->sent.size(), 1);
        QCOMPARE(sender->sent[0].order.input.orderNo, u"O1"_s);
        QCOMPARE(inState(u"cancelled"_s), 1);
    }

    void pastCloseIsSkipped()
    {
        make();
        add(1);
        f->clock.advance(3 * 3600 * kSecond); // the engine was down past the close time
        f->engine->start();
        QTRY_COMPARE(inState(u"skipped"_s), 1);
        QCOMPARE(sender->sent.size(), 0);
    }

    void wakesAtTheDueTimeNotTheSafetyTick()
    {
        // Real time here: the precise wake, not the hour-long safety tick, sends it.
        QTemporaryDir dir;
        Engine engine;
        QString error;
        QVERIFY2(openWithHourlyTick(engine, dir.path(), nullptr, &error), qPrintable(error));
        ScriptedSender s;
        engine.routeAccount(Config::implicitAccountKey(), &s);
        QSignalSpy idle(&engine, &Engine::idle);
        engine.start();
        QVERIFY(idle.wait(5000)); // the first sweep found nothing: the sweeper sleeps
        const qint64 due = engine.clock().nowMs() + 400;
        engine.acceptOrder(sampleOrder(u"W1"_s, due - 600 * kSecond));
        QTRY_COMPARE_WITH_TIMEOUT(s.sent.size(), 1, 3000);
        const qint64 late = engine.clock().nowMs() - due;
        QVERIFY2(late >= 0 && late < 1000, qPrintable(QString::number(late)));
    }

    void dueWhileASweepWorksIsNotLeftForTheSafetyTick()
    {
        // A sweep takes time (claims are flushed to disk): a reminder that falls due between the
        // claim and the re-arm goes out at once, not at the next safety tick (an hour here).
        struct SilentClock final : Clock
        {
            qint64 now = kT0;
            qint64 nowMs() const override { return now; } // moves without `jumped`, like real time
        } clock;
        QTemporaryDir dir;
        Engine engine;
        QString error;
        QVERIFY2(openWithHourlyTick(engine, dir.path(), &clock, &error), qPrintable(error));
        ScriptedSender s;
        engine.routeAccount(Config::implicitAccountKey(), &s);
        OrderInput second = sampleOrder(u"Q2"_s, kT0 + 5 - 10 * kMinute); // due 5 ms after the first
        second.openid = u"oOtherCustomer_0000000000000"_s;
        QCOMPARE(
            engine.acceptOrder(sampleOrder(u"Q1"_s, kT0 - 10 * kMinute)).kind, AcceptResult::Kind::Created);
        QCOMPARE(engine.acceptOrder(second).kind, AcceptResult::Kind::Created);
        // Handing the first one over takes 10 ms; the answer does not come (no sweep from it).
        s.setRule([&clock](const OutgoingMessage &) {
            clock.now += 10;
            return std::optional<SendResult>();
        });
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(s.sent.size(), 2, 2000);
        QCOMPARE(s.sent[1].reminder.clientMsgId, u"pn-Q2-1"_s);
        engine.stop();
    }

    void offlineForHoursIsRetriedUntilItGoesNeverUnknown()
    {
        make();
        // Connection refused, no token, 45011…: certainly not delivered, every time.
        sender->setRule(
            [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Transient); });
        add(1);
        f->engine->start();
        f->clock.advance(10 * kMinute);
        QTRY_COMPARE(inState(u"retry_wait"_s), 1);
        for (int i = 0; i < 20; ++i) { // 100 minutes offline, far past any dedupe window
            f->clock.advance(5 * kMinute);
            QTRY_COMPARE(sender->sent.size(), i + 2);
            QTRY_COMPARE(inState(u"retry_wait"_s), 1); // recorded before the clock moves on
            QCOMPARE(inState(u"unknown"_s), 0);
        }
        sender->setRule(
            [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Accepted); });
        f->clock.advance(kMinute); // the longest backoff
        QTRY_COMPARE(inState(u"sent"_s), 1);
        for (const auto &m : sender->sent)
            QCOMPARE(m.reminder.clientMsgId, sender->sent[0].reminder.clientMsgId);
    }

    void uncertainThenTheWindowPassesEndsUnknown()
    {
        make();
        add(1);
        f->engine->start();
        f->clock.advance(10 * kMinute);
        QTRY_COMPARE(sender->sent.size(), 1);
        sender->answer(0, SendStatus::OutcomeUnknown); // the answer was lost: maybe delivered
        QTRY_COMPARE(inState(u"retry_wait"_s), 1);
        QCOMPARE(f->onlyReminder(u"O0"_s).maybeSentAt, kT0 + 10 * kMinute);
        // WeChat is then unreachable (certainly not sent) until the window has passed.
        sender->setRule(
            [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Transient); });
        for (int i = 0; i < 12 && inState(u"unknown"_s) == 0; ++i) {
            sweepAfter(kMinute);
        }
        QTRY_COMPARE(inState(u"unknown"_s), 1);
        // Every attempt started inside the 10 minutes after the one that may have been delivered.
        QVERIFY(sender->sent.size() > 3);
        QVERIFY(sender->sent.last().reminder.lastAttemptAt.value() < kT0 + 20 * kMinute);
        const qint64 sentSoFar = sender->sent.size();
        sweepAfter(30 * kMinute);
        QCOMPARE(sender->sent.size(), sentSoFar); // never a blind resend
    }

    void twoOverdueRoundsSendOneMessage()
    {
        Config c = testConfig();
        c.reminder.plan.roundOffsetsSec = { 600, 1200 };
        make(c);
        sender->setRule(
            [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Accepted); });
        add(1);
        f->engine->pauseAll();
        f->engine->start();
        sweepAfter(25 * kMinute); // paused past both rounds
        f->engine->resumeAll();
        QTRY_COMPARE(inState(u"sent"_s), 1);
        sweepAfter();
        QCOMPARE(sender->sent.size(), 1);
        QCOMPARE(sender->sent[0].reminder.round, 2); // the latest
        const auto reminders = f->engine->remindersOf(sender->sent[0].order.id);
        QCOMPARE(reminders[0].state, ReminderState::Skipped);
        QVERIFY2(reminders[0].reason.startsWith(u"superseded"_s), qPrintable(reminders[0].reason));
    }

    void lateLimitSkipsWhatWouldGoOutTooLate()
    {
        Config c = testConfig();
        c.reminder.lateLimitSec = 10 * 60;
        make(c);
        add(1, u"A"_s, Config::implicitAccountKey(), kT0); // due 10:10, 15 min late at 10:25
        add(1, u"B"_s, Config::implicitAccountKey(), kT0 + 10 * kMinute); // due 10:20, 5 min late
        f->clock.advance(25 * kMinute); // PayNudge was not running
        f->engine->start();
        QTRY_COMPARE(inState(u"skipped"_s), 1);
        QTRY_COMPARE(sender->sent.size(), 1);
        QCOMPARE(sender->sent[0].order.input.orderNo, u"B0"_s);
        const ReminderRecord a = f->onlyReminder(u"A0"_s);
        QCOMPARE(a.state, ReminderState::Skipped);
        QVERIFY2(a.reason.contains(u"lateLimit"_s) && a.reason.contains(u"15 min"_s), qPrintable(a.reason));
    }

    void resumeAfterTwoHoursSleepSendsWhatIsStillOpen()
    {
        // The system clock's way: timers count time the machine was awake, so after a sleep the
        // next safety tick finds the wall clock two hours on and nothing says "jumped".
        struct SilentClock final : Clock
        {
            qint64 now = kT0;
            qint64 nowMs() const override { return now; }
        } clock;
        QTemporaryDir dir;
        Engine engine;
        QString error;
        QVERIFY2(openWithHourlyTick(engine, dir.path(), &clock, &error, 1), qPrintable(error));
        ScriptedSender s;
        s.setRule(
            [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Accepted); });
        engine.routeAccount(Config::implicitAccountKey(), &s);
        OrderInput open = sampleOrder(u"OPEN"_s, kT0);
        open.closeAt = kT0 + 3 * 3600 * kSecond;
        OrderInput closing = sampleOrder(u"CLOSING"_s, kT0);
        closing.openid = u"oOtherCustomer_0000000000000"_s;
        closing.closeAt = kT0 + 1 * 3600 * kSecond; // closes while the laptop sleeps
        QCOMPARE(engine.acceptOrder(open).kind, AcceptResult::Kind::Created);
        QCOMPARE(engine.acceptOrder(closing).kind, AcceptResult::Kind::Created);
        QSignalSpy woke(&EngineInternals::sweeper(engine), &Sweeper::woke);
        QSignalSpy swept(&engine, &Engine::swept);
        engine.start();
        QVERIFY(swept.wait(5000)); // the sweep at 10:00 ran: the gap is measured from it
        clock.now = kT0 + 2 * 3600 * kSecond + 5 * kSecond; // the lid was shut at 10:00:00
        QTRY_COMPARE_WITH_TIMEOUT(woke.size(), 1, 3000);
        QVERIFY(woke.at(0).at(0).toLongLong() >= 2 * 3600 * kSecond);
        QTRY_COMPARE_WITH_TIMEOUT(s.sent.size(), 1, 3000);
        QCOMPARE(s.sent[0].order.input.orderNo, u"OPEN"_s);
        QCOMPARE(s.sent[0].reminder.state, ReminderState::Sending);
        QTRY_COMPARE(countWhere(engine, u"SELECT COUNT(*) FROM reminders WHERE state = 'skipped'"_s), 1);
        const auto closed = engine.orderByNo(u"CLOSING"_s);
        QCOMPARE(engine.remindersOf(closed->id).value(0).state, ReminderState::Skipped);
        engine.stop();
    }

    void quietHoursHoldSendsUntilTheyEnd()
    {
        Config c = testConfig();
        // kT0 is 10:00 UTC; orders due 10:10 fall in 10:05-10:30.
        c.reminder.plan.quietHours = QuietHours::parse(u"10:05-10:30"_s);
        make(c);
        add(1);
        const auto r = f->onlyReminder(u"O0"_s);
        QCOMPARE(r.dueAt, kT0 + 30 * kMinute); // planned for the end of the quiet window
        f->engine->start();
        sweepAfter(20 * kMinute);
        QCOMPARE(sender->sent.size(), 0);
        f->clock.advance(10 * kMinute);
        QTRY_COMPARE(sender->sent.size(), 1);
    }

    void dueRetryWaitsOutQuietHours()
    {
        Config c = testConfig();
        c.reminder.plan.quietHours = QuietHours::parse(u"10:11-10:40"_s);
        make(c);
        add(1);
        f->engine->start();
        f->clock.advance(10 * kMinute);
        QTRY_COMPARE(sender->sent.size(), 1);
        sender->answer(0, SendStatus::Transient, -1);
        sweepAfter(); // records the answer
        sweepAfter(2 * kMinute); // the retry is due at 10:10:01, now 10:12: quiet
        QCOMPARE(sender->sent.size(), 1);
        QCOMPARE(inState(u"retry_wait"_s), 1);
    }

    // Accounts: shop1 has quietHours=none, shop2 follows [reminder] quietHours (or the other way).
    Config accountQuietConfig(const QString &global, std::optional<std::optional<QuietHours>> shop1,
        std::optional<std::optional<QuietHours>> shop2)
    {
        Config c = testConfig();
        c.reminder.plan.quietHours = global.isEmpty() ? std::nullopt : QuietHours::parse(global);
        AccountConfig a;
        a.key = u"shop1"_s;
        a.overrides.quietHours = shop1;
        c.accounts << a;
        a.key = u"shop2"_s;
        a.overrides.quietHours = shop2;
        c.accounts << a;
        return c;
    }

    void accountQuietHoursOverrideAtAccept()
    {
        // kT0 is 10:00 UTC; due 10:10 falls in [reminder]'s 10:05-10:30.
        make(accountQuietConfig(u"10:05-10:30"_s, std::optional<QuietHours>(), std::nullopt));
        add(1, u"A"_s, u"shop1"_s);
        add(1, u"B"_s, u"shop2"_s);
        QCOMPARE(f->onlyReminder(u"A0"_s).dueAt, kT0 + 10 * kMinute); // quietHours=none
        QCOMPARE(f->onlyReminder(u"B0"_s).dueAt, kT0 + 30 * kMinute); // [reminder]'s
        // An account's own range instead of [reminder]'s.
        cleanup();
        make(accountQuietConfig(u"10:05-10:30"_s, QuietHours::parse(u"10:09-10:15"_s), std::nullopt));
        add(1, u"C"_s, u"shop1"_s);
        QCOMPARE(f->onlyReminder(u"C0"_s).dueAt, kT0 + 15 * kMinute);
    }

    void accountQuietHoursOverrideInTheSweeper()
    {
        // Due 10:10 before any window; at 10:12 [reminder]'s 10:11-10:40 holds, but not for shop1.
        make(accountQuietConfig(u"10:11-10:40"_s, std::optional<QuietHours>(), std::nullopt));
        sender->setRule(
            [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Accepted); });
        add(1, u"A"_s, u"shop1"_s);
        add(1, u"B"_s, u"shop2"_s);
        f->engine->start();
        sweepAfter(12 * kMinute);
        QTRY_COMPARE(sender->sent.size(), 1);
        sweepAfter(kMinute);
        QCOMPARE(sender->sent.size(), 1);
        QCOMPARE(sender->sent[0].order.input.orderNo, u"A0"_s);
        // An operator's send of the quiet account goes out all the same.
        QVERIFY(!f->engine->sendNow(f->onlyReminder(u"B0"_s).id, u"op"_s));
        sweepAfter();
        QTRY_COMPARE(sender->sent.size(), 2);
        QCOMPARE(sender->sent[1].order.input.orderNo, u"B0"_s);
    }

    void accountOwnQuietHoursHoldInTheSweeper()
    {
        // No [reminder] quietHours; shop2's own 10:11-10:40 holds its reminder, shop1's goes out.
        make(accountQuietConfig(QString(), std::nullopt, QuietHours::parse(u"10:11-10:40"_s)));
        sender->setRule(
            [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Accepted); });
        add(1, u"A"_s, u"shop1"_s);
        add(1, u"B"_s, u"shop2"_s);
        f->engine->start();
        sweepAfter(12 * kMinute);
        QTRY_COMPARE(sender->sent.size(), 1);
        sweepAfter(kMinute);
        QCOMPARE(sender->sent.size(), 1);
        QCOMPARE(sender->sent[0].order.input.orderNo, u"A0"_s);
        sweepAfter(30 * kMinute); // 10:43: the window is over
        QTRY_COMPARE(sender->sent.size(), 2);
    }

    void transientRetriesKeepTheClientMsgId()
    {
        make();
        add(1);
        f->engine->start();
        f->clock.advance(10 * kMinute);
        QTRY_COMPARE(sender->sent.size(), 1);
        sender->answer(0, SendStatus::Transient, -1);
        QTRY_COMPARE(inState(u"retry_wait"_s), 1);
        f->clock.advance(kSecond);
        QTRY_COMPARE(sender->sent.size(), 2);
        QCOMPARE(sender->sent[1].reminder.clientMsgId, sender->sent[0].reminder.clientMsgId);
        QCOMPARE(sender->sent[1].reminder.attempts, 2);
        sender->answer(1, SendStatus::Accepted);
        QTRY_COMPARE(inState(u"sent"_s), 1);
        const auto attempts = f->engine->attemptsOf(sender->sent[0].order.id);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts[0].outcome, AttemptOutcome::Retrying);
        QCOMPARE(attempts[1].outcome, AttemptOutcome::Sent);
    }

    void noAnswerForTenMinutesEndsUnknown()
    {
        make();
        sender->setRule([](const OutgoingMessage &m) {
            return ScriptedSender::resultFor(m, SendStatus::OutcomeUnknown);
        });
        add(1);
        f->engine->start();
        // Each attempt's answer is recorded (the engine idle again) before the clock moves on.
        QVERIFY(idleAfter(*f, 10 * kMinute));
        for (int i = 0; i < 40 && inState(u"unknown"_s) == 0; ++i)
            QVERIFY(idleAfter(*f, 30 * kSecond));
        QTRY_COMPARE(inState(u"unknown"_s), 1);
        const int attempts = int(sender->sent.size());
        QVERIFY(attempts > 2 && attempts < 40);
        for (const auto &m : sender->sent)
            QCOMPARE(m.reminder.clientMsgId, sender->sent[0].reminder.clientMsgId);
        // Every attempt started inside the dedupe window of the first.
        QVERIFY(sender->sent.last().reminder.lastAttemptAt.value()
                - sender->sent[0].reminder.firstAttemptAt.value()
            < 10 * kMinute);
    }

    void quotaPausesTheAccountUntilItResets()
    {
        Config c = testConfig();
        c.reminder.plan.closeAfterSec = 24 * 3600;
        make(c);
        const qint64 resetAt = kT0 + 4 * 3600 * kSecond;
        sender->setRule([resetAt](const OutgoingMessage &m) -> std::optional<SendResult> {
            if (m.order.input.account != u"shop1")
                return ScriptedSender::resultFor(m, SendStatus::Accepted);
            SendResult r = ScriptedSender::resultFor(m, SendStatus::AccountQuota, 45009);
            r.operatorHint = u"daily quota reached"_s;
            r.pauseUntil = resetAt;
            return r;
        });
        add(3, u"S"_s, u"shop1"_s);
        add(3, u"T"_s, u"shop2"_s);
        QSignalSpy problems(f->engine.get(), &Engine::problem);
        f->engine->start();
        f->clock.advance(10 * kMinute);
        QTRY_VERIFY(f->engine->isAccountPaused(u"shop1"_s));
        QTRY_COMPARE(inState(u"sent"_s), 3); // shop2 goes on
        sweepAfter();
        QCOMPARE(inState(u"scheduled"_s), 3); // shop1's reminders wait, still scheduled
        QCOMPARE(problems.size(), 1); // told once, not once per reminder
        const qint64 before = sender->sent.size();
        sweepAfter(3 * 3600 * kSecond);
        QCOMPARE(sender->sent.size(), before);
        // Past the reset the account resumes and its backlog goes out.
        sender->setRule(
            [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Accepted); });
        f->clock.advance(3600 * kSecond);
        QTRY_COMPARE(inState(u"sent"_s), 6);
        QVERIFY(!f->engine->isAccountPaused(u"shop1"_s));
    }

    void configErrorPausesUntilAnOperatorResumes()
    {
        make();
        sender->setRule([](const OutgoingMessage &m) {
            SendResult r = ScriptedSender::resultFor(m, SendStatus::AccountConfig, 40164);
            r.operatorHint = u"IP 1.2.3.4 is not whitelisted"_s;
            return r;
        });
        add(2, u"S"_s, u"shop1"_s);
        f->engine->start();
        f->clock.advance(10 * kMinute);
        QTRY_VERIFY(f->engine->isAccountPaused(u"shop1"_s));
        QCOMPARE(f->engine->accountStates().value(u"shop1"_s).reason, u"IP 1.2.3.4 is not whitelisted"_s);
        const qint64 sentSoFar = sender->sent.size();
        sweepAfter(24 * kMinute);
        QCOMPARE(sender->sent.size(), sentSoFar); // never retried in a loop
        sender->setRule(
            [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Accepted); });
        f->engine->resumeAccount(u"shop1"_s);
        QTRY_COMPARE(inState(u"sent"_s), 2);
    }

    void pauseAllStopsEverything()
    {
        make();
        sender->setRule(
            [](const OutgoingMessage &m) { return ScriptedSender::resultFor(m, SendStatus::Accepted); });
        add(3);
        f->engine->start();
        f->engine->pauseAll();
        sweepAfter(11 * kMinute);
        QCOMPARE(sender->sent.size(), 0);
        f->engine->resumeAll();
        QTRY_COMPARE(inState(u"sent"_s), 3);
    }

    void sendNowGoesBeforeItIsDue()
    {
        make();
        add(1);
        f->engine->start();
        sweepAfter();
        const auto r = f->onlyReminder(u"O0"_s);
        QCOMPARE(f->engine->sendNow(r.id, u"alice"_s).englishText(), QString());
        QTRY_COMPARE(sender->sent.size(), 1);
        QVERIFY(sender->sent[0].manual);
    }

    void stopLeavesNothingHalfWritten()
    {
        make();
        add(2);
        f->engine->start();
        f->clock.advance(11 * kMinute);
        QTRY_COMPARE(sender->sent.size(), 2);
        sender->answer(0, SendStatus::Accepted);
        f->engine->stop();
        QCOMPARE(inState(u"sent"_s), 1); // finished before the stop: recorded
        QCOMPARE(inState(u"sending"_s), 1); // still in flight: settled by recovery on the next start
    }
};

QTEST_GUILESS_MAIN(TestSweeper)
#include "tst_sweeper.moc"
