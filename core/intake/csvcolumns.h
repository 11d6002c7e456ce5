#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace paynudge::csvcolumns {

// The columns of a CSV import as a shop's export names them: the API's field names ("order_no",
// any case) and the Chinese a back office writes (订单号, 金额(元), 下单时间, 昵称, 商品, 账号/店铺 …).

// The field a header cell names: an order field ("order_no"), "vars.NAME", amountYuan() for an
// amount in yuan, or empty when it names none.
QString fieldOf(const QString &header);

// The column of an amount in yuan ("金额(元)", "amount"): its value becomes amount_fen.
QString amountYuan();

// "128.00", "¥1,280.50", "￥99", "12.5元" → fen; nothing for anything else (more than two decimals,
// a sign, letters). The sum must fit what an order's amount may be.
std::optional<qint64> parseYuan(const QString &text);

// How a field is named in a message listing columns: "order_no (订单号)".
QString describe(const QString &field);
QStringList describe(const QStringList &fields);

} // namespace paynudge::csvcolumns
