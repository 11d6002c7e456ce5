#include "readmodel/skiprules.h"

#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace paynudge {

QString SkipRule::text() const
{
    return QCoreApplication::translate("paynudge::SkipRule", label);
}

QStringList SkipRule::codeNames() const
{
    QStringList out;
    for (ErrorCode c : codes)
        out << Error::codeName(c);
    return out;
}

const QList<SkipRule> &skipRules()
{
    static const QList<SkipRule> rules {
        { u"optout"_s, QT_TRANSLATE_NOOP("paynudge::SkipRule", "do-not-remind list"),
            { ErrorCode::HistoryOptedOut } },
        { u"daily_cap"_s, QT_TRANSLATE_NOOP("paynudge::SkipRule", "daily limit"),
            { ErrorCode::HistoryDailyCap } },
        { u"paid_recently"_s, QT_TRANSLATE_NOOP("paynudge::SkipRule", "paid recently"),
            { ErrorCode::HistoryPaidRecently } },
        { u"amount"_s, QT_TRANSLATE_NOOP("paynudge::SkipRule", "amount"),
            { ErrorCode::HistoryAmountBelowMin, ErrorCode::HistoryAmountAboveMax } },
        { u"product"_s, QT_TRANSLATE_NOOP("paynudge::SkipRule", "product"),
            { ErrorCode::HistoryProductNotIncluded, ErrorCode::HistoryProductExcluded } },
        { u"late"_s, QT_TRANSLATE_NOOP("paynudge::SkipRule", "late"), { ErrorCode::HistoryLate } },
        { u"closed"_s, QT_TRANSLATE_NOOP("paynudge::SkipRule", "order closed first"),
            { ErrorCode::HistoryClosedBeforeSent } },
        { u"superseded"_s, QT_TRANSLATE_NOOP("paynudge::SkipRule", "superseded by another send"),
            { ErrorCode::HistorySupersededByOperator, ErrorCode::HistorySupersededByRound,
                ErrorCode::HistoryMaybeDeliveredBefore } },
        { u"earlier_round"_s, QT_TRANSLATE_NOOP("paynudge::SkipRule", "before an earlier round"),
            { ErrorCode::HistoryBeforeEarlierRound } },
        { u"operator"_s, QT_TRANSLATE_NOOP("paynudge::SkipRule", "an operator"),
            { ErrorCode::HistorySkippedBy, ErrorCode::HistorySkippedByOperator } },
    };
    return rules;
}

const SkipRule *skipRule(const QString &key)
{
    for (const SkipRule &r : skipRules())
        if (r.key == key)
            return &r;
    return nullptr;
}

namespace {
// Binds: from, to.
constexpr char16_t kSkipCountsSql[]
    = u"SELECT reason_code, count(*) FROM send_attempts WHERE outcome = "
      u"'skipped' AND finished_at >= ? AND finished_at < ? GROUP BY reason_code";
} // namespace

QString skipCountsQueryPlan(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(u"EXPLAIN QUERY PLAN "_s + QString::fromUtf16(kSkipCountsSql));
    q.addBindValue(0);
    q.addBindValue(1);
    QStringList details;
    if (execOrReport(q, nullptr))
        while (q.next())
            details << q.value(3).toString();
    return details.join(u'\n');
}

QList<SkipCount> countSkipsByRule(QSqlDatabase &db, qint64 from, qint64 to, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareOrReport(q, QString::fromUtf16(kSkipCountsSql), error))
        return {};
    q.addBindValue(from);
    q.addBindValue(to);
    if (!execOrReport(q, error))
        return {};
    QHash<QString, qint64> byCode;
    while (q.next())
        byCode.insert(q.value(0).toString(), q.value(1).toLongLong());
    QList<SkipCount> out;
    for (const SkipRule &r : skipRules()) {
        qint64 n = 0;
        for (const QString &code : r.codeNames())
            n += byCode.value(code);
        if (n > 0)
            out.append({ r.key, n });
    }
    return out;
}

} // namespace paynudge
