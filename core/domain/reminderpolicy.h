#pragma once

#include "common/error.h"
#include "domain/order.h"

#include <QString>
#include <QStringList>

namespace paynudge {

// Who is reminded ([policy], issue 17; an account may override each rule). The rules that need other
// orders (the daily cap, a recent payment, the do-not-remind list) are judged where the reminders are
// claimed, from the store; those on the order's own data here.
struct ReminderPolicy
{
    int perCustomerDaily = 2; // reminders to one openid per local day, all orders and rounds; 0 = no cap
    qint64 skipIfPaidWithinSec = 0; // 0 = off
    qint64 minAmountFen = 0; // 0 = no minimum
    qint64 maxAmountFen = 0; // 0 = no maximum
    QStringList productsInclude; // empty = every product
    QStringList productsExclude;

    // The rule the order's own amount or product breaks (a History… skip reason), or none.
    Error orderRule(const OrderRecord &order) const;
    // An entry of a products list matches a product name containing it (case-blind) or the order's
    // vars product_id (one id, or several separated by commas) equal to it.
    static bool productMatches(const QString &entry, const OrderRecord &order);

    bool operator==(const ReminderPolicy &o) const;
};

} // namespace paynudge
