#include "readmodel/splittestquery.h"

#include "readmodel/querytools.h"
#include "store/bindvalues.h"
#include "store/sqlerror.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace paynudge {

QString splitTestAttemptsSql(SqlDialect dialect)
{
    // `variant <> ''` spelled out lets both planners take the partial index. An accepted attempt
    // of the text that no earlier one of the same order and text precedes is the order's first
    // reminder with it (checked per attempt by the order's index, as the statistics do); the
    // outcomes' `+` keeps SQLite on the variant index, not on the period's every attempt.
    return u"SELECT r.account, CASE WHEN o.status = 'paid' AND o.status_at >= a.finished_at"_s
           u" AND o.status_at < o.close_at THEN o.amount_fen ELSE -1 END"
           u" FROM send_attempts a JOIN reminders r ON r.id = a.reminder_id JOIN orders o ON o.id = "
           u"r.order_id"
           u" WHERE a.variant = ? AND a.variant <> '' AND a.finished_at >= ? AND a.finished_at < ? AND "_s
        + querytools::noIndex(u"a.outcome"_s, dialect)
        + u" IN ('sent','dry_run') AND NOT EXISTS (SELECT 1 FROM reminders r2"
          u" JOIN send_attempts a2 ON a2.reminder_id = r2.id"
          u" WHERE r2.order_id = r.order_id AND a2.variant = a.variant AND "_s
        + querytools::noIndex(u"a2.outcome"_s, dialect)
        + u" IN ('sent','dry_run') AND (a2.finished_at < a.finished_at"
          u" OR (a2.finished_at = a.finished_at AND a2.id < a.id)))"_s;
}

QList<SplitTestFigures> computeSplitTestFigures(QSqlDatabase &db, qint64 from, qint64 to, QString *error)
{
    // The texts ever sent, one index probe each (a loose index scan): a handful of names, never
    // the attempts themselves.
    QStringList names;
    QSqlQuery next(db);
    next.setForwardOnly(true);
    if (!prepareOrReport(
            next, u"SELECT MIN(variant) FROM send_attempts WHERE variant <> '' AND variant > ?"_s, error))
        return {};
    for (QString after;;) {
        next.addBindValue(bind::text(after)); // the first probe: after '', not after NULL
        if (!execOrReport(next, error))
            return {};
        if (!next.next() || next.value(0).isNull())
            break;
        after = next.value(0).toString();
        names << after;
        next.finish();
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareOrReport(q, splitTestAttemptsSql(querytools::dialectOf(db)), error))
        return {};
    QMap<QString, QMap<QString, VariantFigures>> accounts; // account → text → figures
    for (const QString &name : std::as_const(names)) {
        q.addBindValue(name);
        q.addBindValue(from);
        q.addBindValue(to);
        if (!execOrReport(q, error))
            return {};
        while (q.next()) {
            VariantFigures &f = accounts[q.value(0).toString()][name];
            f.variant = name;
            ++f.reminded;
            if (const qint64 amount = q.value(1).toLongLong(); amount >= 0) {
                ++f.paidAfterReminder;
                f.recoveredFen += amount;
            }
        }
        q.finish();
    }
    QList<SplitTestFigures> out;
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it)
        out << SplitTestFigures { it.key(), it->values() };
    return out;
}

} // namespace paynudge
