#include "readmodel/optoutquery.h"

#include "readmodel/querytools.h"
#include "store/sqlerror.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace paynudge {

OptOutPage OptOutQuery::read(QSqlDatabase &db, QString *error) const
{
    OptOutPage page;
    const SqlDialect dialect = querytools::dialectOf(db);
    QString where;
    QVariantList binds;
    if (!search.isEmpty()) {
        const QString like = querytools::likeOperator(dialect);
        where = u" WHERE openid %1 ? ESCAPE '\\' OR reason %1 ? ESCAPE '\\'"_s.arg(like);
        const QString pattern = querytools::containsPattern(search);
        binds << pattern << pattern;
    }
    QSqlQuery count(db);
    count.setForwardOnly(true);
    if (!prepareOrReport(count, u"SELECT count(*) FROM optouts"_s + where, error))
        return page;
    querytools::bindAll(count, binds);
    if (!execOrReport(count, error) || !count.next())
        return page;
    page.total = count.value(0).toLongLong();

    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The openid breaks ties, so a page never repeats or skips an entry listed in the same millisecond.
    if (!prepareOrReport(q,
            u"SELECT openid, reason, actor, created_at FROM optouts"_s + where
                + u" ORDER BY created_at DESC, "_s + querytools::sortKey(u"openid"_s, true, dialect)
                + u" LIMIT ? OFFSET ?"_s,
            error))
        return page;
    querytools::bindAll(q, binds);
    q.addBindValue(qBound(1, limit, kMaxLimit));
    q.addBindValue(qMax<qint64>(0, offset));
    if (!execOrReport(q, error))
        return page;
    while (q.next())
        page.entries << OptOutRecord { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong() };
    return page;
}

} // namespace paynudge
