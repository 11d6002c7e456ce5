#include "readmodel/historyquery.h"

#include "common/transporttext.h"
#include "readmodel/querytools.h"
#include "readmodel/skiprules.h"
#include "store/bindvalues.h"
#include "store/sqlerror.h"
#include "store/sqlvalue.h"
#include "store/storederror.h"
#include "wechat/errorclassifier.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <array>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

constexpr std::array kOutcomesInOrder { AttemptOutcome::InFlight, AttemptOutcome::Sent,
    AttemptOutcome::DryRun, AttemptOutcome::Failed, AttemptOutcome::Retrying, AttemptOutcome::Deferred,
    AttemptOutcome::Skipped, AttemptOutcome::Cancelled, AttemptOutcome::Unknown };

QString outcomeRank()
{
    QStringList names;
    for (AttemptOutcome o : kOutcomesInOrder)
        names << wireName(o);
    return querytools::rankCase(u"a.outcome"_s, names);
}

QString keyExpression(HistoryColumn column, SqlDialect dialect)
{
    using querytools::sortKey;
    switch (column) {
    case HistoryColumn::Time:
        return u"a.started_at"_s;
    case HistoryColumn::Order:
        return sortKey(u"o.order_no"_s, true, dialect);
    case HistoryColumn::Round:
        return u"r.round"_s;
    case HistoryColumn::Account:
        return sortKey(u"r.account"_s, true, dialect);
    case HistoryColumn::Outcome:
        return outcomeRank();
    case HistoryColumn::Errcode:
        return u"a.errcode"_s;
    case HistoryColumn::Reason:
        return sortKey(u"a.errmsg"_s, true, dialect);
    case HistoryColumn::Msgid:
        return u"a.msgid"_s;
    case HistoryColumn::Attempts:
        return u"r.attempts"_s;
    case HistoryColumn::Latency:
        return u"a.latency_ms"_s;
    case HistoryColumn::Mode:
        return u"a.manual"_s;
    case HistoryColumn::Engine:
        return sortKey(u"a.engine"_s, true, dialect);
    }
    return u"a.id"_s;
}

bool needsReminder(const HistoryQuery &q)
{
    return !q.filter.account.isEmpty() || !q.filter.search.trimmed().isEmpty()
        || q.sortColumn == HistoryColumn::Order || q.sortColumn == HistoryColumn::Round
        || q.sortColumn == HistoryColumn::Account || q.sortColumn == HistoryColumn::Attempts;
}

bool needsOrder(const HistoryQuery &q)
{
    return !q.filter.search.trimmed().isEmpty() || q.sortColumn == HistoryColumn::Order;
}

// Joins only what the filter and sort read: the default view scans the time index alone.
QString fromClause(bool reminder, bool order)
{
    QString from = u"send_attempts a"_s;
    if (reminder || order)
        from += u" JOIN reminders r ON r.id = a.reminder_id"_s;
    if (order)
        from += u" JOIN orders o ON o.id = r.order_id"_s;
    return from;
}

QString whereClause(const HistoryFilter &filter, SqlDialect dialect, QVariantList *binds)
{
    QStringList terms { u"1 = 1"_s };
    if (!filter.outcomes.isEmpty()) {
        terms << u"a.outcome IN ("_s + bind::placeholders(filter.outcomes.size()) + u')';
        for (AttemptOutcome o : filter.outcomes)
            binds->append(wireName(o));
    }
    if (!filter.account.isEmpty()) {
        terms << u"r.account = ?"_s;
        binds->append(filter.account);
    }
    if (filter.from) {
        terms << u"a.started_at >= ?"_s;
        binds->append(*filter.from);
    }
    if (filter.to) {
        terms << u"a.started_at < ?"_s;
        binds->append(*filter.to);
    }
    if (!filter.skipRule.isEmpty()) {
        // Which rule skipped it is the skip row's reason_code; a key no rule has selects nothing.
        const SkipRule *rule = skipRule(filter.skipRule);
        const QStringList codes = rule ? rule->codeNames() : QStringList { QString() };
        terms << u"a.outcome = 'skipped' AND a.reason_code IN ("_s + bind::placeholders(codes.size()) + u')';
        for (const QString &code : codes)
            binds->append(code);
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // A scan either way (a part of a word uses no index): the ids are read on a reader thread.
        terms
            << u"(o.order_no %1 ? ESCAPE '\\' OR o.nickname %1 ? ESCAPE '\\' OR o.product %1 ? ESCAPE '\\')"_s
                   .arg(querytools::likeOperator(dialect));
        const QString pattern = querytools::containsPattern(search);
        *binds << pattern << pattern << pattern;
    }
    return terms.join(u" AND "_s);
}

// What the store wrote in English for a row without an errcode (a skip, a cancel, a transport
// failure) and without a stored code (written before schema 7, or a transport failure's words),
// recognised by its code's text so the reason column can show it translated; a text no code makes
// (Qt's network words, an old version's) is none.
Error storedReason(const QString &errmsg)
{
    static const QList<std::pair<QRegularExpression, ErrorCode>> patterns = [] {
        QList<std::pair<QRegularExpression, ErrorCode>> out;
        static const QRegularExpression placeholder(u"\\\\%\\d"_s);
        for (const ErrorCode code : Error::allCodes()) {
            if (!Error::codeName(code).startsWith(u"history_"_s))
                continue; // the history group and the reasons added after it
            QString pattern = QRegularExpression::escape(QString::fromUtf8(Error::sourceText(code)));
            const bool fixed = !pattern.contains(placeholder);
            pattern.replace(placeholder, u"(.*?)"_s);
            // A fixed text ("skipped by operator") goes before the pattern it also fits ("skipped by %1").
            out.insert(fixed ? 0 : out.size(),
                { QRegularExpression(QRegularExpression::anchoredPattern(pattern)), code });
        }
        return out;
    }();
    for (const auto &[pattern, code] : patterns)
        if (const QRegularExpressionMatch m = pattern.match(errmsg); m.hasMatch())
            return Error(code, {}, m.capturedTexts().mid(1));
    return {};
}

} // namespace

Error HistoryRow::problem(const Config &config) const
{
    if (!errcode || *errcode == 0)
        return {};
    AccountConfig fallback;
    fallback.key = account;
    const AccountConfig *a = config.account(account);
    return wechat::classify(*errcode, errmsg, wechat::Endpoint::Send, a ? *a : fallback).problem;
}

QString HistoryRow::reason(const Config &config) const
{
    const Error e = problem(config);
    return e ? e.englishText() : errmsg;
}

QString HistoryRow::reasonText(const Config &config) const
{
    if (const Error e = problem(config))
        return e.text();
    if (stored)
        return stored.text();
    // WeChat's "ok" of an accepted send says nothing the outcome column does not.
    if (errcode && *errcode == 0)
        return {};
    // A row of an older version: its English, recognised.
    const Error recognised = storedReason(errmsg);
    if (recognised)
        return recognised.text();
    const Error transport = transportProblem(errmsg); // Qt's words alone, as older rows have them
    return transport ? transport.text() : errmsg;
}

QList<qint64> HistoryQuery::ids(QSqlDatabase &db, QString *error) const
{
    const SqlDialect dialect = querytools::dialectOf(db);
    QVariantList binds;
    const QString where = whereClause(filter, dialect, &binds);
    const QString dir = querytools::sortDirection(order, dialect);
    return querytools::selectIds(db,
        u"SELECT a.id FROM "_s + fromClause(needsReminder(*this), needsOrder(*this)) + u" WHERE "_s + where
            + u" ORDER BY "_s + keyExpression(sortColumn, dialect) + u' ' + dir + u", a.id "_s + dir,
        binds, error);
}

std::function<std::optional<SortKey>(qint64)> HistoryQuery::keyReader(QSqlDatabase &db) const
{
    const SqlDialect dialect = querytools::dialectOf(db);
    QVariantList binds;
    const QString where = whereClause(filter, dialect, &binds);
    return querytools::keyReader(db,
        u"SELECT "_s + keyExpression(sortColumn, dialect) + u", ("_s + where + u") FROM "_s
            + fromClause(true, true) + u" WHERE a.id = ?"_s,
        binds);
}

QList<HistoryRow> HistoryQuery::rows(QSqlDatabase &db, const QList<qint64> &ids, QString *error)
{
    QList<HistoryRow> out;
    out.reserve(ids.size());
    querytools::forEachChunk(ids, querytools::kInListChunk, [&](const QList<qint64> &chunk) {
        QSqlQuery q(db);
        if (!querytools::execIn(q,
                u"SELECT a.id, a.reminder_id, r.order_id, o.order_no, o.nickname, r.account, r.round, "
                u"a.started_at, a.finished_at, a.outcome, a.errcode, a.errmsg, a.detail, a.msgid, "
                u"r.attempts, a.latency_ms, a.manual, a.actor, r.state, a.rid, a.reason_code, a.reason_args, "
                u"o.product, o.amount_fen, a.engine "
                u"FROM send_attempts a JOIN reminders r ON r.id = a.reminder_id "
                u"JOIN orders o ON o.id = r.order_id WHERE a.id IN "_s,
                chunk, error))
            return;
        while (q.next()) {
            HistoryRow h;
            h.attemptId = q.value(0).toLongLong();
            h.reminderId = q.value(1).toLongLong();
            h.orderId = q.value(2).toLongLong();
            h.orderNo = q.value(3).toString();
            h.nickname = q.value(4).toString();
            h.account = q.value(5).toString();
            h.round = q.value(6).toInt();
            h.startedAt = q.value(7).toLongLong();
            h.finishedAt = optionalValue<qint64>(q, 8);
            h.outcome = attemptOutcomeFromString(q.value(9).toString()).value_or(AttemptOutcome::Unknown);
            h.errcode = optionalValue<int>(q, 10);
            h.errmsg = q.value(11).toString();
            h.detail = q.value(12).toString();
            h.msgid = optionalValue<qint64>(q, 13);
            h.attempts = q.value(14).toInt();
            h.latencyMs = optionalValue<qint64>(q, 15);
            h.manual = q.value(16).toBool();
            h.actor = q.value(17).toString();
            h.reminderState
                = reminderStateFromString(q.value(18).toString()).value_or(ReminderState::Unknown);
            h.rid = q.value(19).toString();
            h.stored = storedError::read(q.value(20).toString(), q.value(21).toString());
            h.product = q.value(22).toString();
            h.amountFen = q.value(23).toLongLong();
            h.engine = q.value(24).toString();
            out.append(h);
        }
    });
    return out;
}

QList<qint64> HistoryQuery::attemptsAfter(QSqlDatabase &db, qint64 id, QString *error)
{
    return querytools::selectIds(
        db, u"SELECT a.id FROM send_attempts a WHERE a.id > ? ORDER BY a.id"_s, { id }, error);
}

QList<qint64> HistoryQuery::attemptsOfReminders(
    QSqlDatabase &db, const QList<qint64> &reminderIds, QString *error)
{
    return querytools::selectIdsIn(
        db, u"SELECT a.id FROM send_attempts a WHERE a.reminder_id IN "_s, reminderIds, error);
}

qint64 HistoryQuery::lastAttemptId(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT COALESCE(MAX(id), 0) FROM send_attempts"_s) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace paynudge
