#pragma once

#include "config/config.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace paynudge::shopdb {

// The two queries PayNudge runs in the shop's database, as configured or as the built-in
// profile=xg writes them, and how their placeholders are bound. Values are always bound;
// only the profile's column names (checked to be plain identifiers by Config) enter the text.

// New unpaid orders after the watermark: given :after_id and :limit, returns `id` (the
// watermark) and columns named like the intake API's fields (see orderColumns()).
QString ordersQuery(const ShopDbSettings &settings);
// Which of :order_nos are still unpaid: returns `order_no`.
QString unpaidQuery(const ShopDbSettings &settings);

// ordersQuery's result: what it must have, and everything it may have. `amount` is in
// [shopdb] amountUnit, `amount_fen` in fen; `shop_token` names the account by
// [accounts/KEY] shopToken; without `placed_at` the order counts as placed when first seen;
// a row whose `unpaid` is 0 (or false) is no new order, it only moves the watermark past it.
const QStringList &requiredOrderColumns(); // id, order_no, openid, product
const QStringList &orderColumns();

// Prepares `query` (which holds :order_nos) for `orderNos`: the placeholder becomes one bound
// placeholder per number. False when the text has no :order_nos.
bool prepareUnpaid(QSqlQuery &query, const QString &text, const QStringList &orderNos);
// Prepares ordersQuery with :after_id and :limit bound. False when the text lacks one of them
// (*missing names it) or the database refuses it (query.lastError()).
bool prepareOrders(QSqlQuery &query, const QString &text, qint64 afterId, int limit, QString *missing);

} // namespace paynudge::shopdb
