#include "pgteststore.h"
#include "postgresserver.h"
#include "store/changenotice.h"
#include "store/reminderqueue.h"
#include "store/sqlstore.h"
#include "testsupport.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The store's SQL on a real PostgreSQL shared by several engines: claims that never overlap,
// leases, fencing, takeover and the notices other engines and consoles wake on.
class TestPgStore : public QObject
{
    Q_OBJECT

    PgTestStore *pg = nullptr;

    // A store connection as engine `instance` on the emptied database.
    std::unique_ptr<SqlStore> openStore(const QString &instance, qint64 leaseMs = 60'000)
    {
        auto store = std::make_unique<SqlStore>();
        QString error;
        if (!store->open(pg->options(instance, {}, leaseMs), &error)) {
            qWarning().noquote() << "cannot open the store as" << instance << ":" << error;
            return nullptr;
        }
        return store;
    }

    static constexpr qint64 kDue = kT0 + 10 * kMinute; // the default plan's one round
    static constexpr qint64 kWindow = 10 * kMinute; // WeChat's dedupe window

    // `n` orders placed at kT0, each with its one round due at kDue.
    static bool addOrders(SqlStore &store, int n, const QString &prefix = u"P"_s)
    {
        const ReminderPlan plan = testConfig().reminder.plan;
        for (int from = 0; from < n; from += 500) {
            QList<OrderInput> orders;
            for (int i = from; i < std::min(n, from + 500); ++i)
                orders << sampleOrder(prefix + QString::number(i), kT0);
            bool committed = false;
            QString error;
            store.acceptMany(orders, plan, kT0, BatchMode::AllOrNothing, &committed, &error);
            if (!committed) {
                qWarning().noquote() << "cannot add orders:" << error;
                return false;
            }
        }
        return true;
    }

    static qint64 scalar(SqlStore &store, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(store.database().db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static AttemptResult sent(const ClaimedReminder &c, qint64 at)
    {
        AttemptResult r;
        r.reminderId = c.reminder.id;
        r.attemptId = c.attemptId;
        r.finishedAt = at;
        r.outcome = AttemptOutcome::Sent;
        r.nextState = ReminderState::Sent;
        r.msgid = 4242;
        return r;
    }

private slots:
    void init()
    {
        pg = PgTestStore::get();
        if (!pg->unavailableReason().isEmpty())
            QSKIP(qPrintable(pg->unavailableReason()));
        QString error;
        QVERIFY2(pg->reset(&error), qPrintable(error));
    }

    // The fixture's database is PayNudge's alone and empty after reset(): the first engine migrates
    // it, a second one finds it current; a reset drops everything again.
    void fixtureGivesAnEmptyMigratedStore()
    {
        {
            auto a = openStore(u"engine-a"_s);
            QVERIFY(a);
            QCOMPARE(a->schemaVersion(), Database::currentSchemaVersion());
            QVERIFY(a->shared());
            QCOMPARE(a->database().dialect(), SqlDialect::Postgres);
            auto b = openStore(u"engine-b"_s);
            QVERIFY(b);
            QCOMPARE(b->schemaVersion(), Database::currentSchemaVersion());
            QSqlQuery q(a->database().db());
            QVERIFY(q.exec(u"INSERT INTO cursors (name, value, updated_at) VALUES ('x', 1, 1)"_s));
        }
        QString error;
        QVERIFY2(pg->reset(&error), qPrintable(error));
        auto again = openStore(u"engine-a"_s);
        QVERIFY(again);
        QSqlQuery q(again->database().db());
        QVERIFY(q.exec(u"SELECT count(*) FROM cursors"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Several engines starting at once on an empty database: the first to take the migration lock
    // migrates, the others wait for it and find the schema current; none fails on a half-made schema.
    void enginesStartingTogetherMigrateOnce()
    {
        constexpr int kEngines = 4;
        QSemaphore ready;
        std::atomic<bool> go { false };
        QString errors[kEngines];
        int versions[kEngines] = {};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int k = 0; k < kEngines; ++k) {
            threads.emplace_back(QThread::create([&, k] {
                ready.release();
                while (!go.load())
                    QThread::yieldCurrentThread();
                SqlStore store;
                if (store.open(pg->options(u"engine-%1"_s.arg(k)), &errors[k]))
                    versions[k] = store.schemaVersion();
            }));
            threads.back()->start();
        }
        ready.acquire(kEngines);
        go = true;
        for (auto &t : threads)
            QVERIFY(t->wait(60'000));
        for (int k = 0; k < kEngines; ++k) {
            QVERIFY2(errors[k].isEmpty(), qPrintable(errors[k]));
            QCOMPARE(versions[k], Database::currentSchemaVersion());
        }
    }

    // A Config filled by the fixture names the database and an environment variable that holds
    // the password, never the password itself.
    void fixtureFillsTheStoreSection()
    {
        Config c = testConfig();
        pg->fillConfig(c, u"engine-z"_s);
        QVERIFY(c.store.shared());
        QCOMPARE(c.store.instanceName(), u"engine-z"_s);
        QCOMPARE(c.store.port, pg->server().port());
        QCOMPARE(qEnvironmentVariable(qPrintable(c.store.passwordEnv)), pg->storeServer().password);
    }

    // Two engines claim from the same 200 due reminders at the same time, 20 at a time, each on
    // its own connection in its own thread: every reminder is claimed exactly once, each claim
    // names the engine that made it and opened exactly one attempt.
    void concurrentClaimsAreDisjoint()
    {
        {
            auto setup = openStore(u"setup"_s);
            QVERIFY(setup);
            QVERIFY(addOrders(*setup, 200));
        }
        QSemaphore ready;
        std::atomic<bool> go { false };
        QList<qint64> claimed[2];
        QString errors[2];
        const QString names[2] = { u"engine-a"_s, u"engine-b"_s };
        const auto claimer = [&](int k) {
            return QThread::create([&, k] {
                SqlStore store;
                QString error;
                if (!store.open(pg->options(names[k]), &error)) {
                    errors[k] = error;
                    ready.release();
                    return;
                }
                ready.release();
                while (!go.load())
                    QThread::yieldCurrentThread();
                while (true) {
                    const ClaimReport r = store.claimDue(kDue, 20, {}, false, 0);
                    if (!r.error.isEmpty()) {
                        errors[k] = r.error;
                        return;
                    }
                    if (r.claimed.isEmpty())
                        return;
                    for (const ClaimedReminder &c : r.claimed)
                        claimed[k] << c.reminder.id;
                }
            });
        };
        std::unique_ptr<QThread> a(claimer(0));
        std::unique_ptr<QThread> b(claimer(1));
        a->start();
        b->start();
        ready.acquire(2);
        go = true;
        QVERIFY(a->wait(60'000));
        QVERIFY(b->wait(60'000));
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));

        const QSet<qint64> byA(claimed[0].cbegin(), claimed[0].cend());
        const QSet<qint64> byB(claimed[1].cbegin(), claimed[1].cend());
        QCOMPARE(byA.size(), claimed[0].size()); // nothing twice to one engine
        QCOMPARE(byB.size(), claimed[1].size());
        QVERIFY(!byA.intersects(byB)); // nothing to both
        QCOMPARE(byA.size() + byB.size(), 200);

        auto check = openStore(u"check"_s);
        QVERIFY(check);
        QCOMPARE(scalar(*check, u"SELECT count(*) FROM reminders WHERE state = 'sending'"_s), 200);
        QCOMPARE(scalar(*check, u"SELECT count(*) FROM send_attempts"_s), 200);
        QCOMPARE(scalar(*check,
                     u"SELECT count(*) FROM reminders r JOIN send_attempts a ON a.id = r.lease_token "
                     u"WHERE r.claimed_by = ? AND a.engine = ? AND r.lease_until = ?"_s,
                     { names[0], names[0], kDue + 60'000 }),
            byA.size());
        QCOMPARE(scalar(*check, u"SELECT count(*) FROM reminders WHERE claimed_by = ?"_s, { names[1] }),
            byB.size());
    }

    // Engine A's lease runs out (it stopped answering), B takes its claim over inside WeChat's
    // dedupe window: the reminder is retried with the same client_msg_id, the history names B,
    // and A's result that still comes back is fenced off and recorded nowhere.
    void aTakenOverClaimFencesTheLateResult()
    {
        auto a = openStore(u"engine-a"_s, 5'000);
        auto b = openStore(u"engine-b"_s, 5'000);
        QVERIFY(a && b);
        QVERIFY(addOrders(*a, 1));
        const ClaimReport claim = a->claimDue(kDue, 20, {}, false, 0);
        QCOMPARE(claim.claimed.size(), 1);
        const ClaimedReminder c = claim.claimed.first();

        // While the lease lives nobody takes it, nor does B's start-up recovery.
        QVERIFY(b->takeOverExpired(kDue + 4'000, kWindow, {}).retried.isEmpty());
        QVERIFY(b->recoverInterrupted(kDue + 4'000, kWindow, {}).retried.isEmpty());
        QVERIFY(a->takeOverExpired(kDue + 6'000, kWindow, {}).retried.isEmpty()); // never its own

        const RecoveryReport took = b->takeOverExpired(kDue + 6'000, kWindow, {});
        QVERIFY2(took.error.isEmpty(), qPrintable(took.error));
        QCOMPARE(took.retried, QList<qint64> { c.reminder.id });
        QVERIFY(took.unknown.isEmpty());
        QVERIFY(b->takeOverExpired(kDue + 7'000, kWindow, {}).retried.isEmpty()); // once only
        const auto attempts = b->attemptsOf(c.order.id, nullptr);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().outcome, AttemptOutcome::Retrying);
        QCOMPARE(scalar(*b,
                     u"SELECT count(*) FROM send_attempts WHERE reason_code = 'history_taken_over' "
                     u"AND errmsg LIKE '%engine-b%'"_s),
            1);

        // A's answer comes back late: nothing of it is written.
        QString error;
        QList<qint64> fenced;
        QVERIFY2(a->recordResults({ sent(c, kDue + 8'000) }, &error, &fenced), qPrintable(error));
        QCOMPARE(fenced, QList<qint64> { c.reminder.id });
        QCOMPARE(b->attemptsOf(c.order.id, nullptr).first().outcome, AttemptOutcome::Retrying);
        QCOMPARE(b->attemptsOf(c.order.id, nullptr).first().msgid, std::nullopt);
        auto reminder = b->remindersOf(c.order.id, nullptr).first();
        QCOMPARE(reminder.state, ReminderState::RetryWait);

        // B sends it again under its own claim, with the same client_msg_id, and records it.
        const ClaimReport again = b->claimDue(kDue + 8'000, 20, {}, false, 0);
        QCOMPARE(again.claimed.size(), 1);
        QCOMPARE(again.claimed.first().reminder.clientMsgId, c.reminder.clientMsgId);
        fenced.clear();
        QVERIFY2(b->recordResults({ sent(again.claimed.first(), kDue + 9'000) }, &error, &fenced),
            qPrintable(error));
        QVERIFY(fenced.isEmpty());
        reminder = b->remindersOf(c.order.id, nullptr).first();
        QCOMPARE(reminder.state, ReminderState::Sent);
        QCOMPARE(scalar(*b,
                     u"SELECT count(*) FROM send_attempts WHERE outcome = 'sent' AND engine = 'engine-b'"_s),
            1);
        // A result of the first attempt, however late, still changes nothing.
        QVERIFY(a->recordResults({ sent(c, kDue + 10'000) }, &error, &fenced));
        QCOMPARE(fenced, QList<qint64> { c.reminder.id });
        QCOMPARE(scalar(*b, u"SELECT count(*) FROM send_attempts WHERE outcome = 'sent'"_s), 1);
    }

    // A takeover is crash recovery: past the dedupe window, or for a kind without client_msg_id,
    // the reminder is left `unknown` for an operator instead of risking a second message.
    void aTakeoverOutsideTheWindowOrWithoutDedupeKeyIsUnknown()
    {
        auto a = openStore(u"engine-a"_s, 5'000);
        auto b = openStore(u"engine-b"_s, 5'000);
        QVERIFY(a && b);
        QVERIFY(addOrders(*a, 2));
        const ClaimReport claim = a->claimDue(kDue + kSecond, 20, {}, false, 0);
        QCOMPARE(claim.claimed.size(), 2);
        const qint64 first = claim.claimed.at(0).reminder.id;
        const qint64 second = claim.claimed.at(1).reminder.id;

        // The account's kind carries no dedupe key: unknown even right after the lease.
        const RecoveryReport noKey
            = b->takeOverExpired(kDue + 10 * kSecond, kWindow, { Config::implicitAccountKey() });
        QCOMPARE(noKey.unknown.size(), 2);
        QVERIFY(noKey.retried.isEmpty());
        QCOMPARE(b->remindersOf(claim.claimed.at(0).order.id, nullptr).first().state, ReminderState::Unknown);

        // Past the window: unknown as well.
        QString error;
        QVERIFY(pg->reset(&error));
        a = openStore(u"engine-a"_s, 5'000);
        b = openStore(u"engine-b"_s, 5'000);
        QVERIFY(a && b);
        QVERIFY(addOrders(*a, 1));
        QCOMPARE(a->claimDue(kDue, 20, {}, false, 0).claimed.size(), 1);
        const RecoveryReport late = b->takeOverExpired(kDue + kWindow + kSecond, kWindow, {});
        QCOMPARE(late.unknown.size(), 1);
        QVERIFY(late.retried.isEmpty());
        Q_UNUSED(first);
        Q_UNUSED(second);
    }

    // A heartbeat moves on the leases of its own engine's claims, not another engine's.
    void aHeartbeatExtendsOnlyItsOwnLeases()
    {
        auto a = openStore(u"engine-a"_s, 5'000);
        auto b = openStore(u"engine-b"_s, 5'000);
        QVERIFY(a && b);
        QVERIFY(addOrders(*a, 2));
        QCOMPARE(a->claimDue(kDue, 1, {}, false, 0).claimed.size(), 1);
        QCOMPARE(b->claimDue(kDue, 1, {}, false, 0).claimed.size(), 1);
        QString error;
        QVERIFY2(a->heartbeat(kDue + 4'000, &error), qPrintable(error));
        const QString leaseOf = u"SELECT lease_until FROM reminders WHERE claimed_by = ?"_s;
        QCOMPARE(scalar(*a, leaseOf, { u"engine-a"_s }), kDue + 9'000);
        QCOMPARE(scalar(*a, leaseOf, { u"engine-b"_s }), kDue + 5'000);
        // So at kDue + 6 s only B's claim has run out.
        const RecoveryReport took = a->takeOverExpired(kDue + 6'000, kWindow, {});
        QCOMPARE(took.retried.size(), 1);
        QVERIFY(b->takeOverExpired(kDue + 6'000, kWindow, {}).retried.isEmpty());
        const auto engines = a->engines(&error);
        QCOMPARE(engines.size(), 1);
        QCOMPARE(engines.first().instance, u"engine-a"_s);
        QCOMPARE(engines.first().heartbeatAt, kDue + 4'000);
    }

    // Starting again, an engine recovers only its own claims (and ones whose lease ran out), not
    // what another engine is sending right now.
    void recoveryOnASharedStoreLeavesLiveClaimsAlone()
    {
        auto a = openStore(u"engine-a"_s, 5'000);
        auto b = openStore(u"engine-b"_s, 5'000);
        QVERIFY(a && b);
        QVERIFY(addOrders(*a, 2));
        const qint64 ofA = a->claimDue(kDue, 1, {}, false, 0).claimed.value(0).reminder.id;
        const qint64 ofB = b->claimDue(kDue, 1, {}, false, 0).claimed.value(0).reminder.id;
        QVERIFY(ofA > 0 && ofB > 0);
        const RecoveryReport r = b->recoverInterrupted(kDue + kSecond, kWindow, {});
        QCOMPARE(r.retried, QList<qint64> { ofB });
    }

    // A committed change is announced on the change channel and reaches a listener on another
    // connection, where the change is already visible; an aborted one announces nothing.
    void aCommittedChangeIsNotified()
    {
        auto a = openStore(u"engine-a"_s);
        QVERIFY(a);
        QSqlDatabase listener = pg->connection(u"listener"_s);
        const auto closeListener = qScopeGuard([&] {
            listener.close();
            listener = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"listener"_s);
        });
        QVERIFY2(listener.open(), qPrintable(listener.lastError().text()));
        QVERIFY(listener.driver()->subscribeToNotification(Database::changeChannel()));
        QSignalSpy spy(listener.driver(),
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                &QSqlDriver::notification));

        QVERIFY(addOrders(*a, 3));
        QVERIFY(spy.wait(5'000));
        const auto notice = ChangeNotice::decode(spy.first().at(2).toString());
        QVERIFY(notice);
        QCOMPARE(notice->kind, ChangeNotice::Kind::Orders);
        QCOMPARE(notice->by, u"engine-a"_s);
        QCOMPARE(notice->ids.size(), 3);
        QSqlQuery q(listener);
        QVERIFY(q.exec(u"SELECT count(*) FROM orders"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);

        // A claim is a change of reminders, named by their ids.
        spy.clear();
        const ClaimReport claim = a->claimDue(kDue, 20, {}, false, 0);
        QCOMPARE(claim.claimed.size(), 3);
        QVERIFY(spy.wait(5'000));
        const auto claimed = ChangeNotice::decode(spy.first().at(2).toString());
        QVERIFY(claimed);
        QCOMPARE(claimed->kind, ChangeNotice::Kind::Reminders);
        QCOMPARE(claimed->ids.size(), 3);

        // The same order with different content in an all-or-nothing batch writes nothing: no notice.
        spy.clear();
        OrderInput changed = sampleOrder(u"P0"_s, kT0);
        changed.amountFen += 1;
        bool committed = true;
        QString error;
        a->acceptMany({ sampleOrder(u"N1"_s, kT0), changed }, testConfig().reminder.plan, kT0,
            BatchMode::AllOrNothing, &committed, &error);
        QVERIFY(!committed);
        a->accept(sampleOrder(u"N2"_s, kT0), testConfig().reminder.plan, kT0); // a marker that does commit
        QVERIFY(spy.wait(5'000));
        const auto marker = ChangeNotice::decode(spy.first().at(2).toString());
        QVERIFY(marker);
        QCOMPARE(marker->ids.size(), 1);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(marker->ids.first(), a->orderByNo(u"N2"_s, nullptr)->id);
    }

    // What one engine (or console) stores, another reads from the shared store: an account's pause
    // with its coded reason, a template list, a source cursor; an operator's resend gets its new
    // reminder's id back from the database and goes to the engines' queue.
    void sharedStateIsReadBackByAnotherEngine()
    {
        auto a = openStore(u"engine-a"_s);
        auto b = openStore(u"engine-b"_s);
        QVERIFY(a && b);
        QString error;
        AccountState paused { u"shop1'; --"_s, true, u"quota"_s, kT0 + kMinute, kT0 };
        paused.problem = Error(ErrorCode::HistoryTakenOver, {}, { u"engine-a"_s });
        QVERIFY2(a->saveAccountState(paused, &error), qPrintable(error));
        const auto states = b->loadAccountStates();
        QCOMPARE(states.size(), 1);
        const AccountState read = states.value(paused.account);
        QVERIFY(read.paused);
        QCOMPARE(read.until, paused.until);
        QCOMPARE(read.problem.code, ErrorCode::HistoryTakenOver);
        QCOMPARE(read.problem.args, QStringList { u"engine-a"_s });

        QVERIFY2(a->saveTemplateList(
                     { u"shop1"_s, u"wx1"_s, u"template"_s, kT0, u"{\"template_list\":[]}"_s }, &error),
            qPrintable(error));
        QVERIFY2(a->saveTemplateList({ u"shop1"_s, u"wx1"_s, u"template"_s, kT0 + 1, u"{}"_s }, &error),
            qPrintable(error));
        const auto list = b->loadTemplateList(u"shop1"_s, u"wx1"_s, u"template"_s);
        QVERIFY(list);
        QCOMPARE(list->fetchedAt, kT0 + 1);
        QVERIFY(!b->loadTemplateList(u"shop1"_s, u"wx2"_s, u"template"_s));

        bool committed = false;
        a->acceptPolled({ sampleOrder(u"C1"_s, kT0) }, testConfig().reminder.plan, kT0, { u"shopdb"_s, 77 },
            &committed, &error);
        QVERIFY2(committed, qPrintable(error));
        QCOMPARE(b->cursor(u"shopdb"_s, &error), std::optional<qint64>(77));

        const qint64 orderId = b->orderByNo(u"C1"_s, nullptr)->id;
        QVERIFY(!b->skip(b->remindersOf(orderId, nullptr).first().id, kT0 + kMinute, u"小李"_s));
        qint64 newId = 0;
        QVERIFY(!a->resend(orderId, kT0 + 2 * kMinute, u"小李"_s, &newId));
        const auto reminders = b->remindersOf(orderId, nullptr);
        QCOMPARE(reminders.size(), 2);
        QCOMPARE(reminders.last().id, newId);
        QVERIFY(reminders.last().manual);
        const ClaimReport claim = b->claimDue(kT0 + 2 * kMinute, 20, {}, false, 0);
        QCOMPARE(claim.claimed.size(), 1);
        QCOMPARE(claim.claimed.first().reminder.id, newId);
        QCOMPARE(claim.claimed.first().actor, u"小李"_s);
        QCOMPARE(
            scalar(*b, u"SELECT count(*) FROM send_attempts WHERE engine = 'engine-b' AND actor = '小李'"_s),
            2);
    }

    // The claim reads a range of reminders_state_due on PostgreSQL too, never the whole table,
    // and the superseded check reads an order's reminders by key.
    void theClaimPlanIsAnIndexRange()
    {
        auto a = openStore(u"engine-a"_s);
        QVERIFY(a);
        QVERIFY(addOrders(*a, 5'000));
        QSqlQuery q(a->database().db());
        QVERIFY(q.exec(u"ANALYZE orders, reminders"_s));
        // All 5,000 due at once: the claim still reads 20 in index order, it does not sort them all.
        const QString plan = a->queue().claimQueryPlan(kDue);
        QVERIFY2(plan.contains(u"reminders_state_due"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"Seq Scan on reminders"_s), qPrintable(plan));
        QVERIFY2(plan.contains(u"LockRows"_s), qPrintable(plan)); // FOR UPDATE … SKIP LOCKED
        QVERIFY2(!plan.contains(u"Sort"_s), qPrintable(plan)); // in index order, not sorted after
    }

    // As the bench and a fresh store have it: bulk-loaded, never analysed, the claim prepared and
    // run more than five times. A generic plan of `state = $3 AND due_at <= $4 … LIMIT $6` read
    // every due row and sorted them (21 ms at 10k pending, 205 ms at 100k): the store's session
    // plans every run with its values, so the claim stays 20 rows of reminders_state_due.
    void theClaimStaysAnIndexRangeOnceThePlanIsCached()
    {
        auto a = openStore(u"engine-a"_s);
        QVERIFY(a);
        QVERIFY(addOrders(*a, 3'000));
        const QString plan = a->queue().claimQueryPlan(kDue);
        QVERIFY2(plan.contains(u"Index Scan using reminders_state_due"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"$"_s), qPrintable(plan)); // planned with the run's values
        QVERIFY2(!plan.contains(u"Sort"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"Seq Scan"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"Hash Join"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"Bitmap Heap Scan on reminders r"_s), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
