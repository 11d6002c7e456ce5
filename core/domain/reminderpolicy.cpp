#include "domain/reminderpolicy.h"

#include "common/money.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace paynudge {
bool ReminderPolicy::productMatches(const QString &entry, const OrderRecord &order)
{
    const QString e = entry.trimmed();
    if (e.isEmpty())
        return false;
    if (order.input.product.contains(e, Qt::CaseInsensitive))
        return true;
    const QString ids = order.input.vars.value(u"product_id"_s).toString();
    for (const QString &id : ids.split(u',', Qt::SkipEmptyParts))
        if (id.trimmed() == e)
            return true;
    return false;
}

Error ReminderPolicy::orderRule(const OrderRecord &order) const
{
    const qint64 amount = order.input.amountFen;
    if (minAmountFen > 0 && amount < minAmountFen)
        return Error(ErrorCode::HistoryAmountBelowMin, {}, { yuanText(amount), yuanText(minAmountFen) });
    if (maxAmountFen > 0 && amount > maxAmountFen)
        return Error(ErrorCode::HistoryAmountAboveMax, {}, { yuanText(amount), yuanText(maxAmountFen) });
    if (!productsInclude.isEmpty()
        && std::none_of(productsInclude.cbegin(), productsInclude.cend(),
            [&](const QString &e) { return productMatches(e, order); }))
        return Error(
            ErrorCode::HistoryProductNotIncluded, {}, { order.input.product, productsInclude.join(u", "_s) });
    for (const QString &e : productsExclude)
        if (productMatches(e, order))
            return Error(ErrorCode::HistoryProductExcluded, {}, { order.input.product, e.trimmed() });
    return {};
}

bool ReminderPolicy::operator==(const ReminderPolicy &o) const
{
    return perCustomerDaily == o.perCustomerDaily && skipIfPaidWithinSec == o.skipIfPaidWithinSec
        && minAmountFen == o.minAmountFen && maxAmountFen == o.maxAmountFen
        && productsInclude == o.productsInclude && productsExclude == o.productsExclude;
}

} // namespace paynudge
