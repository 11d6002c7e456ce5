#include "readmodel/querytools.h"

#include "store/bindvalues.h"
#include "store/sqlerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <memory>

using namespace Qt::StringLiterals;

namespace paynudge::querytools {

SqlDialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL"_s ? SqlDialect::Postgres : SqlDialect::Sqlite;
}

QString likeOperator(SqlDialect dialect)
{
    return dialect == SqlDialect::Postgres ? u"ILIKE"_s : u"LIKE"_s;
}

QString sortKey(const QString &expression, bool text, SqlDialect dialect)
{
    return text && dialect == SqlDialect::Postgres ? expression + u" COLLATE \"C\""_s : expression;
}

QString sortDirection(Qt::SortOrder order, SqlDialect dialect)
{
    const bool ascending = order == Qt::AscendingOrder;
    if (dialect == SqlDialect::Postgres)
        return ascending ? u"ASC NULLS FIRST"_s : u"DESC NULLS LAST"_s;
    return ascending ? u"ASC"_s : u"DESC"_s;
}

QString noIndex(const QString &column, SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? u'+' + column : column;
}

QString rankCase(const QString &column, const QStringList &namesInOrder)
{
    QString out = u"CASE "_s + column;
    for (qsizetype i = 0; i < namesInOrder.size(); ++i)
        out += u" WHEN '%1' THEN %2"_s.arg(namesInOrder.at(i)).arg(i);
    return out + u" END"_s;
}

void forEachChunk(
    const QList<qint64> &ids, qsizetype chunk, const std::function<void(const QList<qint64> &)> &fn)
{
    for (qsizetype i = 0; i < ids.size(); i += chunk)
        fn(ids.mid(i, chunk));
}

QString containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &v : values)
        query.addBindValue(v);
}

std::function<std::optional<SortKey>(qint64 id)> keyReader(
    QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto q = std::make_shared<QSqlQuery>(db);
    if (!prepareOrReport(*q, sql, nullptr))
        return [](qint64) { return std::optional<SortKey>(); };
    return [q, binds](qint64 id) -> std::optional<SortKey> {
        bindAll(*q, binds);
        q->addBindValue(id);
        std::optional<SortKey> key;
        if (execOrReport(*q, nullptr) && q->next() && q->value(1).toBool())
            key = SortKey { q->value(0), id };
        q->finish();
        return key;
    };
}

QList<qint64> selectIds(QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QList<qint64> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareOrReport(q, sql, error))
        return out;
    bindAll(q, binds);
    if (!execOrReport(q, error))
        return out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

bool execIn(QSqlQuery &query, const QString &sqlBeforeInList, const QList<qint64> &ids, QString *error)
{
    query.setForwardOnly(true);
    if (!prepareOrReport(query, sqlBeforeInList + u'(' + bind::placeholders(ids.size()) + u')', error))
        return false;
    for (qint64 id : ids)
        query.addBindValue(id);
    return execOrReport(query, error);
}

QList<qint64> selectIdsIn(
    QSqlDatabase &db, const QString &sqlBeforeInList, const QList<qint64> &ids, QString *error)
{
    QList<qint64> out;
    forEachChunk(ids, kInListChunk, [&](const QList<qint64> &chunk) {
        QVariantList binds;
        binds.reserve(chunk.size());
        for (qint64 id : chunk)
            binds.append(id);
        out += selectIds(db, sqlBeforeInList + u'(' + bind::placeholders(chunk.size()) + u')', binds, error);
    });
    return out;
}

} // namespace paynudge::querytools
