#pragma once

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

namespace paynudge::dialectsql {

// A set of ids bound as one value, for `id IN (<idSet>)`: SQLite reads a JSON array with
// json_each, PostgreSQL a BIGINT[] literal. Bind idArray(ids) at its place.
inline QString idSet(SqlDialect d)
{
    return d == SqlDialect::Postgres ? QStringLiteral("SELECT unnest(CAST(? AS BIGINT[]))")
                                     : QStringLiteral("SELECT value FROM json_each(?)");
}

inline QString idArray(const QList<qint64> &ids, SqlDialect d)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (qint64 id : ids)
        texts << QString::number(id);
    const QString joined = texts.join(u',');
    return d == SqlDialect::Postgres ? u'{' + joined + u'}' : u'[' + joined + u']';
}

// `column` is one of a set of texts bound as one value (the openids of a claim's batch): a JSON array
// of strings, which both read without any quoting of ours. Bind textArray(texts) at its place.
// PostgreSQL gets the set as one array, read once, so `column`'s index drives the query; as an IN
// (SELECT …) it re-read the JSON for every row of a plan that started elsewhere.
inline QString inTextSet(const QString &column, SqlDialect d)
{
    return d == SqlDialect::Postgres
        ? column + QStringLiteral(" = ANY (ARRAY(SELECT json_array_elements_text(CAST(? AS json))))")
        : column + QStringLiteral(" IN (SELECT value FROM json_each(?))");
}

inline QString textArray(const QStringList &texts)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

// The smaller of two values: SQLite's scalar min(a, b) is PostgreSQL's least(a, b).
inline QString least(SqlDialect d)
{
    return d == SqlDialect::Postgres ? QStringLiteral("least") : QStringLiteral("min");
}

// What a claim's SELECT adds on a shared store so engines claiming at once never take the same
// row: the rows it will update stay locked to it, and rows another engine holds are passed over.
inline QString claimLock(SqlDialect d)
{
    return d == SqlDialect::Postgres ? QStringLiteral(" FOR UPDATE OF r SKIP LOCKED") : QString();
}

} // namespace paynudge::dialectsql
