#include "shopdb/shopdbqueries.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace paynudge::shopdb {
namespace {

const auto kOrderNos = ":order_nos"_L1;

// Where a placeholder stands in the text: not followed by more of a name (":order_nos_x").
qsizetype placeholderAt(const QString &text, QLatin1StringView name)
{
    const QRegularExpression re(QRegularExpression::escape(name) + u"(?![A-Za-z0-9_])"_s);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.capturedStart() : -1;
}

} // namespace

QString ordersQuery(const ShopDbSettings &s)
{
    if (!s.xgProfile())
        return s.ordersQuery;
    // The xg mall: the buyer's openid and nickname sit in xg_user_child (one per user and shop
    // token), the product is "<product>--<ticket type>". LEFT JOINs: an order whose buyer has no
    // openid still advances the watermark and is reported, not silently lost. Besides the unpaid
    // rows, the newest row comes too (paid or not, `unpaid` says): the watermark then passes the
    // orders paid before any poll saw them, instead of every poll reading them again.
    const QString placedAt
        = s.placedAtColumn.isEmpty() ? QString() : u", o.%1 AS placed_at"_s.arg(s.placedAtColumn);
    return uR"(SELECT o.id AS id, o.order_sn AS order_no, o.token AS shop_token, u.openid AS openid,
       u.nickname AS nickname, CONCAT_WS('--', p.name, t.name) AS product, o.%1 AS amount,
       o.use_time AS use_time, CASE WHEN o.state = 0 THEN 1 ELSE 0 END AS unpaid%2
FROM xg_orders o
LEFT JOIN xg_user_child u ON u.user_id = o.user_id AND u.token = o.token
LEFT JOIN xg_product p ON p.id = o.product_id
LEFT JOIN xg_product_type t ON t.id = o.type_id
WHERE o.id > :after_id AND (o.state = 0 OR o.id = (SELECT MAX(id) FROM xg_orders))
ORDER BY o.id
LIMIT :limit)"_s.arg(s.amountColumn, placedAt);
}

QString unpaidQuery(const ShopDbSettings &s)
{
    if (!s.xgProfile())
        return s.unpaidQuery;
    return u"SELECT order_sn AS order_no FROM xg_orders WHERE order_sn IN (:order_nos) AND state = 0"_s;
}

const QStringList &requiredOrderColumns()
{
    static const QStringList columns { u"id"_s, u"order_no"_s, u"openid"_s, u"product"_s };
    return columns;
}

const QStringList &orderColumns()
{
    static const QStringList columns { u"id"_s, u"order_no"_s, u"account"_s, u"shop_token"_s, u"openid"_s,
        u"nickname"_s, u"product"_s, u"amount"_s, u"amount_fen"_s, u"placed_at"_s, u"close_at"_s,
        u"use_time"_s, u"url"_s, u"unpaid"_s };
    return columns;
}

bool prepareUnpaid(QSqlQuery &query, const QString &text, const QStringList &orderNos)
{
    const qsizetype at = placeholderAt(text, kOrderNos);
    if (at < 0)
        return false;
    QStringList names;
    for (qsizetype i = 0; i < std::max<qsizetype>(1, orderNos.size()); ++i)
        names << u":order_nos_%1"_s.arg(i);
    QString sql = text;
    sql.replace(at, kOrderNos.size(), names.join(u", "_s));
    if (!query.prepare(sql))
        return false;
    // IN () is not SQL: an empty batch asks for a number no order has.
    for (qsizetype i = 0; i < names.size(); ++i)
        query.bindValue(names.at(i), orderNos.value(i));
    return true;
}

bool prepareOrders(QSqlQuery &query, const QString &text, qint64 afterId, int limit, QString *missing)
{
    for (QLatin1StringView name : { ":after_id"_L1, ":limit"_L1 }) {
        if (placeholderAt(text, name) < 0) {
            if (missing)
                *missing = name;
            return false;
        }
    }
    if (!query.prepare(text))
        return false;
    query.bindValue(u":after_id"_s, afterId);
    query.bindValue(u":limit"_s, limit);
    return true;
}

} // namespace paynudge::shopdb
