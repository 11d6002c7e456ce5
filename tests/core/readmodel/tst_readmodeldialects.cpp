// The console's queries on both stores: one data set written into a SQLite file and into a real
// PostgreSQL 15, then every list, sort, search, total, page of rows, statistic and the engines
// compared. The queries are written once; where the dialects differ (LIKE's case, text order,
// NULL order, SQLite's index hints, SUM's type) the answers must still be the same.
#include "postgresserver.h"
#include "readmodel/engineliveness.h"
#include "readmodel/historyquery.h"
#include "readmodel/pendingquery.h"
#include "readmodel/readservice.h"
#include "readmodel/skiprules.h"
#include "readmodel/sortkey.h"
#include "readmodel/statisticsquery.h"
#include "store/database.h"
#include "store/engineregistry.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

class TestReadmodelDialects : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_dir;
    Database m_lite;
    Database m_pg;
    static constexpr qint64 kNow = kT0 + 3600 * kSecond;

    bool exec(Database &db, const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(db.db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    // The same rows into both stores: names whose byte order differs from a locale's (case,
    // Chinese, punctuation), LIKE's wildcards in the data, NULLs in sortable columns.
    bool fill(Database &db)
    {
        struct Order
        {
            const char *no;
            const char *account;
            const char16_t *nick;
            const char16_t *product;
            qint64 fen;
            qint64 placed;
            const char *status;
        };
        const Order orders[] = {
            { "ab-100", "shop1", u"小王", u"有机苹果 5kg", 12850, 0, "unpaid" },
            { "AB-200", "shop2", u"Alice", u"Tea", 900, 5, "unpaid" },
            { "Zed-3", "shop1", u"100%满意", u"apple pie", 50, 10, "unpaid" },
            { "_under", "shop2", u"bob_x", u"橙子", 77, 15, "unpaid" },
            { "中文-9", "shop1", u"", u"Bücher", 10000, 20, "unpaid" },
            { "PAID-1", "shop1", u"老周", u"Tea", 5000, 25, "paid" },
            { "b-closed", "shop2", u"closed", u"x", 1, 30, "closed" },
        };
        qint64 id = 0;
        for (const Order &o : orders) {
            ++id;
            const qint64 placed = kT0 + o.placed * kSecond;
            const bool settled = QByteArray(o.status) != "unpaid";
            if (!exec(db,
                    u"INSERT INTO orders (id, order_no, account, openid, nickname, product, amount_fen, "
                    u"placed_at, "
                    u"close_at, status, status_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    { id, QString::fromUtf8(o.no), QString::fromLatin1(o.account), u"oUpF8-openid"_s,
                        QString::fromUtf16(o.nick), QString::fromUtf16(o.product), o.fen, placed,
                        placed + 7200 * kSecond, QString::fromLatin1(o.status),
                        settled ? QVariant(kT0 + 1800 * kSecond) : QVariant(QMetaType::fromType<qint64>()),
                        placed }))
                return false;
        }
        struct Reminder
        {
            qint64 order;
            int round;
            const char *state;
            qint64 due;
        };
        const Reminder reminders[] = {
            { 1, 1, "sent", 600 },
            { 1, 2, "scheduled", 4000 },
            { 2, 1, "unknown", 600 },
            { 3, 1, "scheduled", 4200 },
            { 4, 1, "failed", 620 },
            { 4, 2, "retry_wait", 3900 },
            { 5, 1, "dry_run", 630 },
            { 6, 1, "sent", 640 },
            { 7, 1, "cancelled", 650 },
        };
        qint64 rid = 0;
        for (const Reminder &r : reminders) {
            ++rid;
            if (!exec(db,
                    u"INSERT INTO reminders (id, order_id, account, round, due_at, state, client_msg_id, "
                    u"updated_at) "
                    u"SELECT ?, id, account, ?, ?, ?, ?, ? FROM orders WHERE id = ?"_s,
                    { rid, r.round, kT0 + r.due * kSecond, QString::fromLatin1(r.state), u"cm-%1"_s.arg(rid),
                        kT0, r.order }))
                return false;
        }
        struct Attempt
        {
            qint64 reminder;
            qint64 started;
            const char *outcome;
            QVariant errcode;
            const char *errmsg;
            QVariant msgid;
            QVariant latency;
            int manual;
            const char *engine;
        };
        const QVariant none(QMetaType::fromType<qint64>());
        const Attempt attempts[] = {
            { 1, 600, "sent", 0, "ok", 9001, 120, 0, "engine-b" },
            { 3, 600, "unknown", none, "PayNudge stopped while this request was in flight", none, none, 0,
                "Engine-A" },
            { 5, 620, "failed", 43004, "require subscribe", none, 300, 0, "engine-b" },
            { 7, 630, "dry_run", 0, "", 9003, 3, 1, "" },
            { 8, 640, "sent", 0, "ok", 9004, 45, 0, "engine-c" },
            { 9, 650, "cancelled", none, "order paid", none, none, 0, "Engine-A" },
        };
        qint64 aid = 0;
        for (const Attempt &a : attempts) {
            ++aid;
            const qint64 started = kT0 + a.started * kSecond;
            if (!exec(db,
                    u"INSERT INTO send_attempts (id, reminder_id, started_at, finished_at, outcome, errcode, "
                    u"errmsg, "
                    u"msgid, latency_ms, manual, engine) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    { aid, a.reminder, started, started + 1, QString::fromLatin1(a.outcome), a.errcode,
                        QString::fromUtf8(a.errmsg), a.msgid, a.latency, a.manual,
                        QString::fromUtf8(a.engine) }))
                return false;
        }
        // Three engines: one alive, one silent past its lease, one stopped.
        return exec(db,
            u"INSERT INTO engines (instance, host, pid, version, started_at, heartbeat_at, stopped_at) "
            u"VALUES ('engine-b', 'pc2', 12, '1.0', ?, ?, NULL), ('Engine-A', 'pc1', 11, '1.0', ?, ?, NULL), "
            u"('engine-c', 'pc3', 13, '1.0', ?, ?, ?)"_s,
            { kT0, kNow - 5 * kSecond, kT0, kNow - 90 * kSecond, kT0, kNow - 600 * kSecond,
                kNow - 600 * kSecond });
    }

    // The ids agree, and the key reader's keys are in the order the ids are (the binary search
    // that places a changed row relies on it).
    template<typename Query, typename... Now> void compareLists(const Query &query, Now... now)
    {
        QString error;
        const QList<qint64> lite = query.ids(m_lite.db(), now..., &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<qint64> pg = query.ids(m_pg.db(), now..., &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pg, lite);
        const auto keyOf = query.keyReader(m_pg.db(), now...);
        std::optional<SortKey> previous;
        for (qint64 id : pg) {
            const std::optional<SortKey> key = keyOf(id);
            QVERIFY2(key, qPrintable(u"no key for %1"_s.arg(id)));
            if (previous)
                QVERIFY2(compareSortKeys(*previous, *key, query.order) < 0,
                    qPrintable(u"%1 before %2"_s.arg(previous->value.toString(), key->value.toString())));
            previous = key;
        }
    }

private slots:
    void initTestCase()
    {
        if (!m_server.unavailableReason().isEmpty())
            QSKIP(qPrintable(m_server.unavailableReason()));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        // A shop's database sorts text by its language (ICU here; the test server's own locale is C):
        // the lists must still sort as SQLite does, by bytes.
        if (!m_server.exec(
                u"CREATE DATABASE readmodel TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' "
                u"LOCALE 'C'"_s))
            QVERIFY2(m_server.exec(u"CREATE DATABASE readmodel"_s), qPrintable(m_server.errorString()));
        Database::Options o;
        o.connectionName = u"readmodel-lite"_s;
        o.path = m_dir.filePath(u"store.db"_s);
        QString error;
        QVERIFY2(m_lite.open(o, &error), qPrintable(error));
        o.connectionName = u"readmodel-pg"_s;
        o.server = StoreServer { m_server.host(), m_server.port(), u"readmodel"_s, m_server.adminUser(),
            m_server.adminPassword(), u"disable"_s };
        QVERIFY2(m_pg.open(o, &error), qPrintable(error));
        QCOMPARE(m_pg.dialect(), SqlDialect::Postgres);
        QSqlQuery collation(m_pg.db());
        QVERIFY(collation.exec(u"SELECT 'a' < 'B'"_s) && collation.next());
        qInfo() << "the database sorts text by language:" << collation.value(0).toBool();
        QVERIFY(fill(m_lite));
        QVERIFY(fill(m_pg));
    }

    void cleanupTestCase()
    {
        m_pg.close();
        m_server.stop();
    }

    void pendingListsAgree_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("ascending");
        for (int c = 0; c < kPendingColumnCount; ++c)
            for (bool up : { true, false })
                QTest::addRow("%d-%s", c, up ? "asc" : "desc") << c << up;
    }
    void pendingListsAgree()
    {
        QFETCH(int, column);
        QFETCH(bool, ascending);
        PendingQuery q;
        q.sortColumn = PendingColumn(column);
        q.order = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
        compareLists(q, kNow);
    }

    void pendingSearchIgnoresCaseAndTakesWildcardsLiterally()
    {
        PendingQuery q;
        q.sortColumn = PendingColumn::OrderNo;
        QString error;
        for (const QString &search : { u"ab"_s, u"AB-"_s, u"%"_s, u"_"_s, u"满意"_s, u"ALICE"_s, u"zed"_s }) {
            q.filter.search = search;
            const QList<qint64> lite = q.ids(m_lite.db(), kNow, &error);
            QCOMPARE(q.ids(m_pg.db(), kNow, &error), lite);
            QCOMPARE(q.totalFen(m_pg.db(), kNow, &error), q.totalFen(m_lite.db(), kNow, &error));
        }
        q.filter.search = u"ab"_s;
        QCOMPARE(q.ids(m_pg.db(), kNow, &error), (QList<qint64> { 2, 1 })); // "AB-200" < "ab-100" bytewise
        q.filter.search = u"_"_s;
        QCOMPARE(q.ids(m_pg.db(), kNow, &error), (QList<qint64> { 4 }));
        q.filter = {};
        QCOMPARE(q.totalFen(m_pg.db(), kNow, &error), 12850 + 900 + 50 + 77 + 10000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void pendingRowsAgree()
    {
        QString error;
        const QList<qint64> ids { 1, 2, 3, 4, 5 };
        const QList<PendingRow> lite = PendingQuery::rows(m_lite.db(), ids, &error);
        const QList<PendingRow> pg = PendingQuery::rows(m_pg.db(), ids, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pg.size(), lite.size());
        for (qsizetype i = 0; i < pg.size(); ++i) {
            QCOMPARE(pg[i].orderNo, lite[i].orderNo);
            QCOMPARE(pg[i].nickname, lite[i].nickname);
            QCOMPARE(pg[i].amountFen, lite[i].amountFen);
            QCOMPARE(pg[i].state, lite[i].state);
            QCOMPARE(pg[i].roundsSent, lite[i].roundsSent);
            QCOMPARE(pg[i].nextDueAt, lite[i].nextDueAt);
            QCOMPARE(pg[i].unknownReminderId, lite[i].unknownReminderId);
        }
        QCOMPARE(PendingQuery::closingBetween(m_pg.db(), kT0, kT0 + 7210 * kSecond, &error),
            PendingQuery::closingBetween(m_lite.db(), kT0, kT0 + 7210 * kSecond, &error));
        QCOMPARE(PendingQuery::ordersOfReminders(m_pg.db(), { 5, 6 }, &error), QList<qint64> { 4 });
        QCOMPARE(PendingQuery::lastOrderId(m_pg.db()), 7);
    }

    void historyListsAgree_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("ascending");
        for (int c = 0; c < kHistoryColumnCount; ++c)
            for (bool up : { true, false })
                QTest::addRow("%d-%s", c, up ? "asc" : "desc") << c << up;
    }
    void historyListsAgree()
    {
        QFETCH(int, column);
        QFETCH(bool, ascending);
        HistoryQuery q;
        q.sortColumn = HistoryColumn(column);
        q.order = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
        compareLists(q);
        q.filter.search = u"TEA"_s; // the product, whatever its case
        compareLists(q);
        q.filter = {};
        q.filter.outcomes = { AttemptOutcome::Sent, AttemptOutcome::Failed };
        q.filter.account = u"shop1"_s;
        compareLists(q);
    }

    void historyRowsNameTheEngine()
    {
        QString error;
        const QList<HistoryRow> lite = HistoryQuery::rows(m_lite.db(), { 1, 2, 3, 4 }, &error);
        const QList<HistoryRow> pg = HistoryQuery::rows(m_pg.db(), { 1, 2, 3, 4 }, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pg.size(), 4);
        for (qsizetype i = 0; i < pg.size(); ++i) {
            QCOMPARE(pg[i].engine, lite[i].engine);
            QCOMPARE(pg[i].errcode, lite[i].errcode);
            QCOMPARE(pg[i].msgid, lite[i].msgid);
            QCOMPARE(pg[i].manual, lite[i].manual);
            QCOMPARE(pg[i].outcome, lite[i].outcome);
        }
        QCOMPARE(pg[0].engine, u"engine-b"_s);
        QCOMPARE(pg[1].engine, u"Engine-A"_s);
        QCOMPARE(pg[3].engine, QString()); // an attempt of an older version names none
        QCOMPARE(HistoryQuery::attemptsAfter(m_pg.db(), 4, &error), (QList<qint64> { 5, 6 }));
        QCOMPARE(HistoryQuery::attemptsOfReminders(m_pg.db(), { 3 }, &error), QList<qint64> { 2 });
        QCOMPARE(HistoryQuery::lastAttemptId(m_pg.db()), 6);
    }

    void statisticsAgree()
    {
        const QList<qint64> bounds { kT0, kT0 + 1800 * kSecond, kT0 + 3600 * kSecond };
        QString error;
        const Statistics lite = computeStatistics(m_lite.db(), bounds, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Statistics pg = computeStatistics(m_pg.db(), bounds, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pg.sent, 3); // accepted: two sent, one dry run
        QCOMPARE(pg.failed, 1);
        QCOMPARE(pg.sent, lite.sent);
        QCOMPARE(pg.failed, lite.failed);
        QCOMPARE(pg.reminded, lite.reminded);
        QCOMPARE(pg.paidAfterReminder, lite.paidAfterReminder);
        QCOMPARE(pg.recoveredFen, lite.recoveredFen);
        QCOMPARE(pg.sentPerBucket, lite.sentPerBucket);
        QCOMPARE(pg.paidPerBucket, lite.paidPerBucket);
    }

    void enginesAreReadAndJudgedByTheLease()
    {
        QString error;
        const QList<EngineRecord> pg = EngineRegistry::read(m_pg.db(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pg.size(), EngineRegistry::read(m_lite.db(), &error).size());
        const QList<EngineLiveness> live = EngineLiveness::of(pg, kNow, 60'000);
        QCOMPARE(live.size(), 3);
        QCOMPARE(live[0].record.instance, u"engine-b"_s);
        QCOMPARE(live[0].state, EngineLiveness::State::Alive);
        QCOMPARE(live[0].sinceMs, 5 * kSecond);
        QCOMPARE(live[1].record.instance, u"Engine-A"_s);
        QCOMPARE(live[1].state, EngineLiveness::State::NotAnswering); // 90 s > a 60 s lease
        QCOMPARE(live[2].state, EngineLiveness::State::Stopped);
        QCOMPARE(EngineLiveness::of(pg, kNow, 120'000).at(0).state, EngineLiveness::State::Alive);
    }

    // The read service's lanes open connections of their own to the server (clones of the
    // engine's) and answer as the engine's connection does.
    void readServiceReadsOnItsOwnConnections()
    {
        ReadService reads(m_pg.db(), m_pg.path());
        QList<qint64> ids;
        QList<EngineRecord> engines;
        Statistics stats;
        bool gotIds = false;
        bool gotEngines = false;
        bool gotStats = false;
        PendingQuery q;
        q.sortColumn = PendingColumn::Customer;
        reads.pendingIds(this, q, kNow, [&](const QList<qint64> &v) {
            ids = v;
            gotIds = true;
        });
        reads.engines(this, [&](const std::optional<QList<EngineRecord>> &v) {
            engines = v.value_or(QList<EngineRecord>());
            gotEngines = true;
        });
        reads.statistics(this, { kT0, kT0 + 3600 * kSecond }, [&](const Statistics &s) {
            stats = s;
            gotStats = true;
        });
        QTRY_VERIFY(gotIds && gotEngines && gotStats);
        QString error;
        QCOMPARE(ids, q.ids(m_lite.db(), kNow, &error));
        QCOMPARE(engines.size(), 3);
        QCOMPARE(stats.sent, 3);
    }

    // Last: it adds rows the tests above count. Skipped reminders with the rule that skipped them
    // (reason_code), one of them outside the period and one of an older version (no code): the
    // history's "skipped by" filter and the statistics' count per rule agree on both stores.
    void skipsByRuleAgree()
    {
        struct Skip
        {
            qint64 order;
            int round;
            qint64 finished;
            const char *code;
        };
        const Skip skips[] = {
            { 3, 2, 700, "history_daily_cap" }, { 5, 2, 710, "history_daily_cap" },
            { 1, 3, 720, "history_opted_out" }, { 2, 2, 730, "history_amount_below_min" },
            { 2, 3, 740, "history_amount_above_max" }, { 4, 3, 750, "" },
            { 3, 3, 5000, "history_daily_cap" }, // after the period below
        };
        qint64 id = 100;
        for (Database *db : { &m_lite, &m_pg }) {
            id = 100;
            for (const Skip &k : skips) {
                ++id;
                QVERIFY(exec(*db,
                    u"INSERT INTO reminders (id, order_id, account, round, due_at, state, client_msg_id, "
                    u"updated_at) SELECT ?, id, account, ?, ?, 'skipped', ?, ? FROM orders WHERE id = ?"_s,
                    { id, k.round, kT0 + k.finished * kSecond, u"cm-%1"_s.arg(id), kT0, k.order }));
                QVERIFY(exec(*db,
                    u"INSERT INTO send_attempts (id, reminder_id, started_at, finished_at, outcome, errmsg, "
                    u"reason_code) VALUES (?, ?, ?, ?, 'skipped', 'skipped', ?)"_s,
                    { id, id, kT0 + k.finished * kSecond, kT0 + k.finished * kSecond,
                        QString::fromLatin1(k.code) }));
            }
        }
        HistoryQuery q;
        q.filter.skipRule = u"daily_cap"_s;
        compareLists(q);
        QString error;
        QCOMPARE(q.ids(m_pg.db(), &error), (QList<qint64> { 107, 102, 101 }));
        q.filter.skipRule = u"amount"_s;
        compareLists(q);
        QCOMPARE(q.ids(m_pg.db(), &error), (QList<qint64> { 105, 104 }));
        q.filter.outcomes = { AttemptOutcome::Sent }; // and the other filters still apply
        QCOMPARE(q.ids(m_pg.db(), &error), QList<qint64> {});
        q.filter = {};
        q.filter.skipRule = u"no-such-rule"_s;
        QCOMPARE(q.ids(m_lite.db(), &error), QList<qint64> {});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QList<qint64> bounds { kT0, kT0 + 3600 * kSecond };
        const QString expected = u"optout 1, daily_cap 2, amount 2"_s;
        for (Database *db : { &m_lite, &m_pg }) {
            const Statistics s = computeStatistics(db->db(), bounds, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QStringList got;
            for (const SkipCount &c : s.skipsByRule)
                got << c.rule + u' ' + QString::number(c.count);
            QCOMPARE(got.join(u", "_s), expected);
            QCOMPARE(s.sent, 3); // skips are not sends
        }
        // A range of the (outcome, finished_at) index, never a scan of the history.
        const QString plan = skipCountsQueryPlan(m_lite.db());
        QVERIFY2(plan.contains(u"send_attempts_outcome_finished"_s), qPrintable(plan));
        QVERIFY2(!plan.contains(u"SCAN send_attempts"_s), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestReadmodelDialects)
#include "tst_readmodeldialects.moc"
