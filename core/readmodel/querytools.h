#pragma once

#include "readmodel/sortkey.h"
#include "store/database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace paynudge::querytools {

// How many ids one IN list carries: well under SQLite's limit on bound values.
inline constexpr qsizetype kInListChunk = 500;

// The dialect a connection speaks (QPSQL: PostgreSQL, anything else SQLite): the console's
// queries are written once and branch only where the two differ.
SqlDialect dialectOf(const QSqlDatabase &db);

// "LIKE" on SQLite, "ILIKE" on PostgreSQL: a search ignores the case of Latin letters on both.
QString likeOperator(SqlDialect dialect);

// A sort key in the order compareSortValues() keeps (SQLite's): text by its UTF-8 bytes
// (PostgreSQL's "C" collation, not the database's locale) and, for ORDER BY, NULL before any
// value ascending (PostgreSQL puts it last unless told). `text` says the key is a text column.
QString sortKey(const QString &expression, bool text, SqlDialect dialect);
QString sortDirection(Qt::SortOrder order, SqlDialect dialect);

// SQLite's unary + on a column keeps the planner off that column's index; PostgreSQL has no
// such operator on text (and needs no hint).
QString noIndex(const QString &column, SqlDialect dialect);

// A CASE expression mapping the text in `column` to its position in `namesInOrder`: sorts
// states and outcomes by their lifecycle instead of alphabetically.
QString rankCase(const QString &column, const QStringList &namesInOrder);

// Runs `fn` on slices of at most `chunk` ids, so an IN list never exceeds SQLite's limits.
void forEachChunk(
    const QList<qint64> &ids, qsizetype chunk, const std::function<void(const QList<qint64> &)> &fn);

// A LIKE pattern that matches `text` anywhere, with %, _ and \ taken literally (use ESCAPE '\').
QString containsPattern(const QString &text);

// Binds values in order.
void bindAll(QSqlQuery &query, const QVariantList &values);

// A reader of one row's sort key: `sql` selects the key and whether the row belongs to the
// list, with `binds` first and the row id as its last value. Prepared once, run per probe.
std::function<std::optional<SortKey>(qint64 id)> keyReader(
    QSqlDatabase &db, const QString &sql, const QVariantList &binds);

// Prepares `sqlBeforeInList` + "(?,…)" forward-only, binds `ids` (at most kInListChunk) and runs it.
bool execIn(QSqlQuery &query, const QString &sqlBeforeInList, const QList<qint64> &ids, QString *error);

// selectIds() for `sqlBeforeInList` + "(?,?,…)" over `ids`, in slices SQLite accepts.
QList<qint64> selectIdsIn(
    QSqlDatabase &db, const QString &sqlBeforeInList, const QList<qint64> &ids, QString *error);

// The first column of every row of a query that selects ids.
QList<qint64> selectIds(QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error);

} // namespace paynudge::querytools
