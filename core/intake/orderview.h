#pragma once

#include "domain/order.h"
#include "store/orderstore.h"

#include <QJsonObject>

namespace paynudge {

// Stored records as the intake API returns them: the same field names an order is sent with,
// times as RFC 3339 UTC strings.
class OrderView
{
public:
    static QJsonObject order(const OrderRecord &order);
    static QJsonObject reminder(const ReminderRecord &reminder);
    static QJsonObject attempt(const AttemptRecord &attempt);
    // The planned reminder as an accepted order's reply names it: round, due_at, state,
    // client_msg_id and, when it will not be sent, why (GET on the order has the rest).
    static QJsonObject planned(const ReminderRecord &reminder);
    // {"order": {...}, "reminders": [...]}: the reply to an accepted (or identical) order.
    static QJsonObject accepted(const AcceptResult &result);
};

} // namespace paynudge
