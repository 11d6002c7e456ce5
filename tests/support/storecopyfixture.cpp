#include "storecopyfixture.h"

#include "postgresserver.h"
#include "store/auditlog.h"
#include "store/sqlstore.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace paynudge::test::storecopy {
namespace {

int serial = 0;

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text() + u" — in: "_s + q.lastQuery();
    return false;
}

// The varied rows, through the store's own writes.
bool writeThroughStore(SqlStore &store, QString *error)
{
    const ReminderPlan plan; // one round, 10 minutes after the order
    OrderInput quoted = sampleOrder(u"S-1"_s, kT0);
    quoted.nickname = u"王小明 \"O'Brien\" \\ 100%"_s;
    quoted.product = u"苹果 × 2, it's 'fresh'"_s;
    quoted.vars = QJsonObject { { u"thing1"_s, u"值"_s } };
    quoted.closeAt = kT0 + 3 * 3600 * 1000;
    OrderInput plain = sampleOrder(u"S-2"_s, kT0 + kSecond, u"shop2"_s);
    OrderInput paid = sampleOrder(u"S-3"_s, kT0 + 2 * kSecond);
    OrderInput sending = sampleOrder(u"S-4"_s, kT0 + 3 * kSecond);
    for (const OrderInput &o : { quoted, plain, paid, sending }) {
        if (store.accept(o, plan, kT0 + 5 * kSecond).kind != AcceptResult::Kind::Created) {
            *error = u"cannot accept "_s + o.orderNo;
            return false;
        }
    }
    if (!store.markPaid(u"S-3"_s, kT0 + kMinute, kT0 + kMinute, {}, ErrorCode::None).ok) {
        *error = u"cannot mark S-3 paid"_s;
        return false;
    }
    // A payment that came before its order.
    store.markPaid(u"S-EARLY"_s, kT0 + kMinute, kT0 + kMinute, {}, ErrorCode::None);

    const qint64 due = kT0 + 11 * kMinute;
    ClaimReport claim = store.claimDue(due, 20, {}, false, 0);
    if (!claim.error.isEmpty() || claim.claimed.size() != 3) {
        *error = u"claimed %1 of 3: %2"_s.arg(claim.claimed.size()).arg(claim.error);
        return false;
    }
    QList<AttemptResult> results;
    for (const ClaimedReminder &c : std::as_const(claim.claimed)) {
        if (c.order.input.orderNo == u"S-4")
            continue; // stays 'sending': the engine stopped mid-send
        AttemptResult r;
        r.reminderId = c.reminder.id;
        r.attemptId = c.attemptId;
        r.finishedAt = due + 300;
        r.latencyMs = 300;
        if (c.order.input.orderNo == u"S-1") {
            r.outcome = AttemptOutcome::Sent;
            r.nextState = ReminderState::Sent;
            r.msgid = 4000000001LL;
            r.rid = u"rid-1"_s;
        } else {
            r.outcome = AttemptOutcome::Failed;
            r.nextState = ReminderState::Failed;
            r.errcode = 43101;
            r.errmsg = u"user refuse to accept the msg"_s;
        }
        results << r;
    }
    if (!store.recordResults(results, error))
        return false;

    AccountState paused;
    paused.account = u"shop2"_s;
    paused.paused = true;
    paused.reason = u"quota used up"_s;
    paused.until = kT0 + 14 * 3600 * 1000;
    paused.updatedAt = kT0 + kMinute;
    if (!store.saveAccountState(paused, error))
        return false;
    if (!store.saveTemplateList(
            { u"shop2"_s, u"wx0123"_s, u"template"_s, kT0, u"{\"template_list\":[]}"_s }, error))
        return false;
    bool committed = false;
    store.acceptPolled({ sampleOrder(u"S-POLLED"_s, kT0 + 4 * kSecond) }, plan, kT0 + 5 * kSecond,
        { u"shopdb/xg"_s, 4711 }, &committed, error);
    if (!committed)
        return false;
    // A customer on the do-not-remind list and the audit line of it (issue 17).
    QSqlQuery optout(store.database().db());
    optout.prepare(u"INSERT INTO optouts (openid, reason, actor, created_at) VALUES (?, ?, ?, ?)"_s);
    optout.addBindValue(u"oOptedOut"_s);
    optout.addBindValue(u"asked not to be reminded, it's \"final\""_s);
    optout.addBindValue(u"alice@shop-pc"_s);
    optout.addBindValue(kT0 + kMinute);
    if (!optout.exec()) {
        *error = optout.lastError().text();
        return false;
    }
    return AuditLog(store.database())
        .append({ { 0, kT0 + kMinute, u"alice@shop-pc"_s, QString::fromUtf16(auditKind::OptOut),
                    u"oOptedOut"_s, {}, u"asked not to be reminded"_s, {} } },
            error);
}

// Volume, in three statements: orders, two reminders each, one or two attempts per first round.
bool writeInBulk(QSqlDatabase &db, int orders, QString *error)
{
    QSqlQuery q(db);
    q.prepare(
        u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        u"INSERT INTO orders (order_no, account, openid, nickname, product, amount_fen, placed_at, "
        u"close_at, use_time, url, vars, status, status_at, created_at) "
        u"SELECT 'B' || i, CASE i % 5 WHEN 0 THEN 'shop2' ELSE 'default' END, 'oOpenId' || i, '客户' || i, "
        u"'商品 ' || i, i * 7, ? + i * 1000, ? + i * 1000 + 7200000, '', '', '{}', "
        u"CASE i % 3 WHEN 0 THEN 'paid' ELSE 'unpaid' END, CASE i % 3 WHEN 0 THEN ? + i * 1000 END, "
        u"? + i * 1000 FROM n"_s);
    q.addBindValue(orders);
    for (int i = 0; i < 4; ++i)
        q.addBindValue(kT0);
    if (!exec(q, error))
        return false;
    q.prepare(
        u"INSERT INTO reminders (order_id, account, round, due_at, state, client_msg_id, attempts, "
        u"first_attempt_at, last_attempt_at, msgid, updated_at) "
        u"SELECT id, account, r.round, placed_at + r.round * 600000, "
        u"CASE r.round WHEN 1 THEN 'sent' ELSE 'scheduled' END, order_no || '-' || r.round, "
        u"2 - r.round, CASE r.round WHEN 1 THEN placed_at + 600000 END, "
        u"CASE r.round WHEN 1 THEN placed_at + 600500 END, CASE r.round WHEN 1 THEN id + 9000000000 END, "
        u"placed_at FROM orders, (SELECT 1 AS round UNION ALL SELECT 2) AS r "
        u"WHERE order_no LIKE 'B%' ORDER BY id, r.round"_s);
    if (!exec(q, error))
        return false;
    q.prepare(
        u"INSERT INTO send_attempts (reminder_id, started_at, finished_at, outcome, errcode, errmsg, rid, "
        u"msgid, latency_ms, engine) "
        u"SELECT id, first_attempt_at + a.n * 100, first_attempt_at + a.n * 100 + 40, "
        u"CASE a.n WHEN 0 THEN 'retrying' ELSE 'sent' END, CASE a.n WHEN 0 THEN -1 END, "
        u"CASE a.n WHEN 0 THEN 'system busy' ELSE '' END, 'rid-' || id, "
        u"CASE a.n WHEN 1 THEN msgid END, 40, '' "
        u"FROM reminders, (SELECT 0 AS n UNION ALL SELECT 1) AS a "
        u"WHERE state = 'sent' AND client_msg_id LIKE 'B%' AND (a.n = 1 OR order_id % 4 = 0) "
        u"ORDER BY id, a.n"_s);
    return exec(q, error);
}

} // namespace

bool makeSource(const QString &path, int bulkOrders, QString *error)
{
    SqlStore store;
    Database::Options options;
    options.path = path;
    options.connectionName = u"store-copy-fixture-%1"_s.arg(++serial);
    options.durable = false;
    if (!store.open(options, error))
        return false;
    if (!writeThroughStore(store, error))
        return false;
    if (bulkOrders <= 0)
        return true;
    QSqlDatabase &db = store.database().db();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!writeInBulk(db, bulkOrders, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool createDatabase(PostgresServer &server, const QString &name, StoreServer *out, QString *error)
{
    // CREATE DATABASE takes no parameters; the name is the test's own constant.
    if (!server.exec(u"CREATE DATABASE "_s + name)) {
        *error = server.errorString();
        return false;
    }
    out->host = server.host();
    out->port = server.port();
    out->database = name;
    out->user = server.adminUser();
    out->password = server.adminPassword();
    out->sslMode = u"disable"_s;
    return true;
}

QStringList rowsOf(QSqlDatabase &db, const QString &table, const QString &where)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT * FROM "_s + table + (where.isEmpty() ? QString() : u" WHERE "_s + where)))
        return { u"<cannot read %1: %2>"_s.arg(table, q.lastError().text()) };
    const QSqlRecord record = q.record();
    QStringList names;
    for (int c = 0; c < record.count(); ++c)
        names << record.fieldName(c);
    const int id = int(names.indexOf(u"id"_s));
    QList<QPair<qint64, QString>> rows;
    while (q.next()) {
        // By column name, sorted: the two stores may list columns in another order.
        QStringList cells;
        for (int c = 0; c < names.size(); ++c) {
            const QVariant v = q.value(c);
            cells << names[c] + u'=' + (v.isNull() ? u"<null>"_s : v.toString());
        }
        cells.sort();
        rows.append({ id >= 0 ? q.value(id).toLongLong() : 0, cells.join(u" | "_s) });
    }
    std::sort(rows.begin(), rows.end());
    QStringList out;
    for (const auto &r : std::as_const(rows))
        out << r.second;
    return out;
}

qint64 countOf(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace paynudge::test::storecopy
