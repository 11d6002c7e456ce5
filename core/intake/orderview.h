#pragma once

#include "domain/order.h"
#include "store/storetypes.h"

#include <QByteArray>
#include <QList>

namespace paynudge {

class JsonWriter;

// Stored records as the intake API returns them: the same field names an order is sent with,
// times as RFC 3339 UTC strings.
class OrderView
{
public:
    static void order(JsonWriter &w, const OrderRecord &order);
    static void reminder(JsonWriter &w, const ReminderRecord &reminder);
    static void attempt(JsonWriter &w, const AttemptRecord &attempt);
    // The planned reminder as an accepted order's reply names it: round, due_at, state,
    // client_msg_id and, when it will not be sent, why (GET on the order has the rest).
    static void planned(JsonWriter &w, const ReminderRecord &reminder);

    // {"order": {...}, "reminders": [planned...]}: the reply to an accepted (or identical) order.
    static QByteArray accepted(const AcceptResult &result);
    // {"order": {...}, "reminders": [...], "attempts": [...]}: GET on an order.
    static QByteArray detail(const OrderRecord &order, const QList<ReminderRecord> &reminders,
        const QList<AttemptRecord> &attempts);
};

} // namespace paynudge
