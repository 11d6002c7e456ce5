#include "orderview.h"

#include "timestamps.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

QJsonValue time(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(timestamps::toRfc3339(*ms)) : QJsonValue();
}

template<typename T> QJsonValue optionalNumber(const std::optional<T> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

} // namespace

QJsonObject OrderView::order(const OrderRecord &o)
{
    const OrderInput &in = o.input;
    return {
        { u"order_no"_s, in.orderNo },
        { u"account"_s, in.account },
        { u"openid"_s, in.openid },
        { u"nickname"_s, in.nickname },
        { u"product"_s, in.product },
        { u"amount_fen"_s, double(in.amountFen) },
        { u"placed_at"_s, timestamps::toRfc3339(in.placedAt) },
        { u"close_at"_s, timestamps::toRfc3339(o.closeAt) },
        { u"use_time"_s, in.useTime },
        { u"url"_s, in.url },
        { u"vars"_s, in.vars },
        { u"status"_s, wireName(o.status) },
        { u"status_at"_s, time(o.statusAt) },
        { u"created_at"_s, timestamps::toRfc3339(o.createdAt) },
    };
}

QJsonObject OrderView::reminder(const ReminderRecord &r)
{
    return {
        { u"id"_s, double(r.id) },
        { u"round"_s, r.round },
        { u"manual"_s, r.manual },
        { u"due_at"_s, timestamps::toRfc3339(r.dueAt) },
        { u"state"_s, wireName(r.state) },
        { u"client_msg_id"_s, r.clientMsgId },
        { u"attempts"_s, r.attempts },
        { u"reason"_s, r.reason },
        { u"errcode"_s, optionalNumber(r.errcode) },
        { u"msgid"_s, r.msgid ? QJsonValue(QString::number(*r.msgid)) : QJsonValue() }, // 64-bit: as text
        { u"updated_at"_s, timestamps::toRfc3339(r.updatedAt) },
    };
}

QJsonObject OrderView::attempt(const AttemptRecord &a)
{
    return {
        { u"reminder_id"_s, double(a.reminderId) },
        { u"started_at"_s, timestamps::toRfc3339(a.startedAt) },
        { u"finished_at"_s, time(a.finishedAt) },
        { u"outcome"_s, wireName(a.outcome) },
        { u"errcode"_s, optionalNumber(a.errcode) },
        { u"errmsg"_s, a.errmsg },
        { u"msgid"_s, a.msgid ? QJsonValue(QString::number(*a.msgid)) : QJsonValue() },
        { u"latency_ms"_s, optionalNumber(a.latencyMs) },
        { u"manual"_s, a.manual },
        { u"actor"_s, a.actor },
    };
}

QJsonObject OrderView::planned(const ReminderRecord &r)
{
    QJsonObject o { { u"round"_s, r.round }, { u"due_at"_s, timestamps::toRfc3339(r.dueAt) },
        { u"state"_s, wireName(r.state) }, { u"client_msg_id"_s, r.clientMsgId } };
    if (!r.reason.isEmpty())
        o.insert(u"reason"_s, r.reason);
    return o;
}

QJsonObject OrderView::accepted(const AcceptResult &result)
{
    QJsonArray reminders;
    for (const ReminderRecord &r : result.reminders)
        reminders.append(planned(r));
    return { { u"order"_s, order(result.order) }, { u"reminders"_s, reminders } };
}

} // namespace paynudge
