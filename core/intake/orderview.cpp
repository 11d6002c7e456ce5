#include "intake/orderview.h"

#include "intake/jsonwriter.h"
#include "intake/timestamps.h"

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

void time(JsonWriter &w, QLatin1StringView name, const std::optional<qint64> &ms)
{
    w.key(name);
    if (ms)
        w.value(timestamps::toRfc3339(*ms));
    else
        w.null();
}

template<typename T> void number(JsonWriter &w, QLatin1StringView name, const std::optional<T> &v)
{
    w.key(name);
    if (v)
        w.value(qint64(*v));
    else
        w.null();
}

// msgid is 64-bit: as text, so JavaScript clients read it whole.
void msgid(JsonWriter &w, const std::optional<qint64> &v)
{
    w.key("msgid"_L1);
    if (v)
        w.value(QString::number(*v));
    else
        w.null();
}

} // namespace

void OrderView::order(JsonWriter &w, const OrderRecord &o)
{
    const OrderInput &in = o.input;
    w.beginObject();
    w.member("order_no"_L1, in.orderNo);
    w.member("account"_L1, in.account);
    w.member("openid"_L1, in.openid);
    w.member("nickname"_L1, in.nickname);
    w.member("product"_L1, in.product);
    w.member("amount_fen"_L1, in.amountFen);
    w.member("placed_at"_L1, timestamps::toRfc3339(in.placedAt));
    w.member("close_at"_L1, timestamps::toRfc3339(o.closeAt));
    w.member("use_time"_L1, in.useTime);
    w.member("url"_L1, in.url);
    w.member("vars"_L1, in.vars);
    w.member("status"_L1, wireName(o.status));
    time(w, "status_at"_L1, o.statusAt);
    w.member("created_at"_L1, timestamps::toRfc3339(o.createdAt));
    w.endObject();
}

void OrderView::reminder(JsonWriter &w, const ReminderRecord &r)
{
    w.beginObject();
    w.member("id"_L1, r.id);
    w.member("round"_L1, r.round);
    w.member("manual"_L1, r.manual);
    w.member("due_at"_L1, timestamps::toRfc3339(r.dueAt));
    w.member("state"_L1, wireName(r.state));
    w.member("client_msg_id"_L1, r.clientMsgId);
    w.member("attempts"_L1, r.attempts);
    w.member("reason"_L1, r.reason);
    number(w, "errcode"_L1, r.errcode);
    msgid(w, r.msgid);
    w.member("updated_at"_L1, timestamps::toRfc3339(r.updatedAt));
    w.endObject();
}

void OrderView::attempt(JsonWriter &w, const AttemptRecord &a)
{
    w.beginObject();
    w.member("reminder_id"_L1, a.reminderId);
    w.member("started_at"_L1, timestamps::toRfc3339(a.startedAt));
    time(w, "finished_at"_L1, a.finishedAt);
    w.member("outcome"_L1, wireName(a.outcome));
    number(w, "errcode"_L1, a.errcode);
    w.member("errmsg"_L1, a.errmsg);
    msgid(w, a.msgid);
    number(w, "latency_ms"_L1, a.latencyMs);
    w.member("manual"_L1, a.manual);
    w.member("actor"_L1, a.actor);
    w.endObject();
}

void OrderView::planned(JsonWriter &w, const ReminderRecord &r)
{
    w.beginObject();
    w.member("round"_L1, r.round);
    w.member("due_at"_L1, timestamps::toRfc3339(r.dueAt));
    w.member("state"_L1, wireName(r.state));
    w.member("client_msg_id"_L1, r.clientMsgId);
    if (!r.reason.isEmpty())
        w.member("reason"_L1, r.reason);
    w.endObject();
}

QByteArray OrderView::accepted(const AcceptResult &result)
{
    JsonWriter w;
    w.beginObject();
    w.key("order"_L1);
    order(w, result.order);
    w.key("reminders"_L1);
    w.beginArray();
    for (const ReminderRecord &r : result.reminders)
        planned(w, r);
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray OrderView::detail(
    const OrderRecord &o, const QList<ReminderRecord> &reminders, const QList<AttemptRecord> &attempts)
{
    JsonWriter w;
    w.beginObject();
    w.key("order"_L1);
    order(w, o);
    w.key("reminders"_L1);
    w.beginArray();
    for (const ReminderRecord &r : reminders)
        reminder(w, r);
    w.endArray();
    w.key("attempts"_L1);
    w.beginArray();
    for (const AttemptRecord &a : attempts)
        attempt(w, a);
    w.endArray();
    w.endObject();
    return w.take();
}

} // namespace paynudge
