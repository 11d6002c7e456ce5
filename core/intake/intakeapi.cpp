#include "intake/intakeapi.h"

#include "common/clock.h"
#include "common/logging.h"
#include "engine/engine.h"
#include "intake/jsonbody.h"
#include "intake/jsonwriter.h"
#include "intake/optoutentry.h"
#include "intake/orderparser.h"
#include "intake/orderview.h"
#include "intake/timestamps.h"
#include "wechat/wechatsender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIntakeApi, "paynudge.core.intake.api")

namespace paynudge {
namespace {

const QString kPrefix = u"/api/v1/"_s;
const QString kOrderNo = u"{order_no}"_s; // a route's placeholder for the order number

// The order number (empty if the route has none) when the path's segments fit the route's.
std::optional<QString> fit(const QStringList &route, const QStringList &segments)
{
    if (route.size() != segments.size())
        return std::nullopt;
    QString orderNo;
    for (qsizetype i = 0; i < route.size(); ++i) {
        if (route.at(i) == kOrderNo && !segments.at(i).isEmpty())
            orderNo = segments.at(i);
        else if (route.at(i) != segments.at(i))
            return std::nullopt;
    }
    return orderNo;
}

ApiReply errorReply(const IntakeError &e)
{
    return ApiReply::json(e.status, e.toJson());
}

ApiReply errorReply(int status, const QString &code, const QString &field, const QString &message)
{
    return errorReply({ status, code, field, message });
}

ApiReply storeFailed(const QString &error)
{
    qCWarning(lcIntakeApi).noquote() << "store error:" << error;
    return errorReply(
        503, errorcode::StoreError, {}, u"the store could not commit; nothing was changed, retry later"_s);
}

bool isJson(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.first().trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray param = parts.at(i).trimmed().toLower();
        if (param.startsWith("charset=") && param != "charset=utf-8" && param != "charset=\"utf-8\"")
            return false;
    }
    return true;
}

} // namespace

ApiReply ApiReply::json(int status, const QJsonObject &object)
{
    return { status, QJsonDocument(object).toJson(QJsonDocument::Compact), {} };
}

IntakeApi::IntakeApi(Engine &engine, const IntakeToken &token, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_token(token)
    , m_committer(engine)
{ }

IntakeApi::~IntakeApi() = default;

qsizetype IntakeApi::maxBodyBytes(const QString &path)
{
    return path == kPrefix + u"orders:batch"_s ? kMaxBatchBodyBytes : kMaxBodyBytes;
}

OrderParser IntakeApi::parser() const
{
    OrderParser::Options options;
    for (const AccountConfig &a : m_engine.config().accounts)
        options.accounts.insert(a.key);
    return OrderParser(options);
}

void IntakeApi::handle(const ApiRequest &request, const Reply &reply)
{
    const QByteArray given = IntakeToken::fromAuthorization(request.authorization);
    if (given.isEmpty() || !m_token.matches(given)) {
        reply(errorReply(401, errorcode::Unauthorized, {},
            given.isEmpty() ? u"send the intake token as \"Authorization: Bearer <token>\""_s
                            : u"the bearer token is not this PayNudge's intake token"_s));
        return;
    }

    const QStringList segments
        = request.path.startsWith(kPrefix) ? request.path.mid(kPrefix.size()).split(u'/') : QStringList();
    const Route *route = nullptr;
    QString orderNo;
    QByteArray allowed; // the methods of the routes whose path fits
    for (const Route &r : routes()) {
        const auto fitted = fit(r.path, segments);
        if (!fitted)
            continue;
        if (r.method == request.method) {
            route = &r;
            orderNo = *fitted;
            break;
        }
        allowed += (allowed.isEmpty() ? "" : ", ") + r.method;
    }
    if (!route && allowed.isEmpty()) {
        reply(
            errorReply(404, errorcode::NotFound, {}, u"no such endpoint: %1"_s.arg(request.path.left(200))));
        return;
    }
    if (!route) {
        ApiReply r = errorReply(405, errorcode::MethodNotAllowed, {},
            u"%1 takes %2, not %3"_s.arg(
                request.path, QString::fromLatin1(allowed), QString::fromLatin1(request.method.left(16))));
        r.allow = allowed;
        reply(r);
        return;
    }
    if (request.body.size() > maxBodyBytes(request.path)) {
        reply(errorReply(413, errorcode::TooLarge, {},
            u"the body is larger than %1 bytes"_s.arg(maxBodyBytes(request.path))));
        return;
    }
    // An event may come without a body; whatever has a body must say it is JSON.
    if ((route->bodyRequired || !request.body.isEmpty()) && !isJson(request.contentType)) {
        reply(errorReply(415, errorcode::UnsupportedMediaType, {},
            u"send the body as Content-Type: application/json (UTF-8)"_s));
        return;
    }
    route->call(*this, orderNo, request, reply);
}

const QList<IntakeApi::Route> &IntakeApi::routes()
{
    // Paths are the segments after /api/v1/; kOrderNo stands for one non-empty segment.
    static const QList<Route> table = {
        { "GET", { u"health"_s }, false,
            [](IntakeApi &api, const QString &, const ApiRequest &, const Reply &reply) {
                api.getHealth(reply);
            } },
        { "POST", { u"orders"_s }, true,
            [](IntakeApi &api, const QString &, const ApiRequest &request, const Reply &reply) {
                api.postOrder(request.body, reply);
            } },
        { "POST", { u"orders:batch"_s }, true,
            [](IntakeApi &api, const QString &, const ApiRequest &request, const Reply &reply) {
                api.postBatch(request.body, reply);
            } },
        { "GET", { u"orders"_s, kOrderNo }, false,
            [](IntakeApi &api, const QString &orderNo, const ApiRequest &, const Reply &reply) {
                api.getOrder(orderNo, reply);
            } },
        { "POST", { u"orders"_s, kOrderNo, u"paid"_s }, false,
            [](IntakeApi &api, const QString &orderNo, const ApiRequest &request, const Reply &reply) {
                api.postEvent(orderNo, true, request.body, reply);
            } },
        { "POST", { u"orders"_s, kOrderNo, u"closed"_s }, false,
            [](IntakeApi &api, const QString &orderNo, const ApiRequest &request, const Reply &reply) {
                api.postEvent(orderNo, false, request.body, reply);
            } },
        // The do-not-remind list; here kOrderNo stands for the customer's openid.
        { "PUT", { u"optout"_s, kOrderNo }, true,
            [](IntakeApi &api, const QString &openid, const ApiRequest &request, const Reply &reply) {
                api.putOptOut(openid, request.body, reply);
            } },
        { "DELETE", { u"optout"_s, kOrderNo }, false,
            [](IntakeApi &api, const QString &openid, const ApiRequest &, const Reply &reply) {
                api.deleteOptOut(openid, reply);
            } },
        { "GET", { u"optout"_s, kOrderNo }, false,
            [](IntakeApi &api, const QString &openid, const ApiRequest &, const Reply &reply) {
                api.getOptOut(openid, reply);
            } },
        { "GET", { u"optout"_s }, false,
            [](IntakeApi &api, const QString &, const ApiRequest &request, const Reply &reply) {
                api.listOptOuts(request.query, reply);
            } },
        { "GET", { u"audit"_s }, false,
            [](IntakeApi &api, const QString &, const ApiRequest &request, const Reply &reply) {
                api.getAudit(request.query, reply);
            } },
    };
    return table;
}

void IntakeApi::postOrder(const QByteArray &body, const Reply &reply)
{
    IntakeError error;
    const auto object = JsonBody::parseObject(body, &error);
    const auto order = object ? parser().parse(*object, &error) : std::nullopt;
    if (!order) {
        reply(errorReply(error));
        return;
    }
    m_committer.submit(*order, [reply](const AcceptResult &r) {
        switch (r.kind) {
        case AcceptResult::Kind::Created:
            reply({ 201, OrderView::accepted(r), {} });
            return;
        case AcceptResult::Kind::Duplicate:
            reply({ 200, OrderView::accepted(r), {} });
            return;
        case AcceptResult::Kind::Conflict:
            reply(errorReply(409, errorcode::Conflict, u"order_no"_s,
                u"order %1 already exists with different content; nothing was changed"_s.arg(
                    r.order.input.orderNo)));
            return;
        case AcceptResult::Kind::Error:
            reply(storeFailed(r.error));
            return;
        }
    });
}

void IntakeApi::postBatch(const QByteArray &body, const Reply &reply)
{
    IntakeError error;
    const auto object = JsonBody::parseObject(body, &error);
    if (!object) {
        reply(errorReply(error));
        return;
    }
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (it.key() != u"orders") {
            reply(errorReply(400, errorcode::UnknownField, it.key(),
                u"unknown field %1; a batch is {\"orders\": [...]}"_s.arg(it.key())));
            return;
        }
    }
    const QJsonValue ordersValue = object->value(u"orders"_s);
    if (ordersValue.isUndefined() || ordersValue.isNull()) {
        reply(errorReply(400, errorcode::MissingField, u"orders"_s, u"orders is required"_s));
        return;
    }
    if (!ordersValue.isArray()) {
        reply(errorReply(400, errorcode::WrongType, u"orders"_s, u"orders must be an array of orders"_s));
        return;
    }
    const QJsonArray array = ordersValue.toArray();
    if (array.isEmpty() || array.size() > kMaxBatchOrders) {
        reply(errorReply(400, errorcode::TooManyOrders, u"orders"_s,
            u"a batch holds 1 to %1 orders, this one %2"_s.arg(kMaxBatchOrders).arg(array.size())));
        return;
    }

    // Every element is checked before anything is stored.
    const OrderParser p = parser();
    QList<OrderInput> orders;
    orders.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = u"orders[%1]"_s.arg(i);
        std::optional<OrderInput> order;
        if (!array.at(i).isObject())
            error = { 400, errorcode::WrongType, {}, u"must be an order object"_s };
        else
            order = p.parse(array.at(i).toObject(), &error);
        if (!order) {
            error.field = error.field.isEmpty() ? prefix : prefix + u'.' + error.field;
            error.message = u"order %1: %2"_s.arg(i).arg(error.message);
            error.index = int(i);
            reply(errorReply(error));
            return;
        }
        orders.append(*order);
    }

    bool committed = false;
    QString storeError;
    const QList<AcceptResult> results
        = m_engine.acceptOrders(orders, BatchMode::AllOrNothing, &committed, &storeError);
    if (!committed) {
        if (!results.isEmpty() && results.last().kind == AcceptResult::Kind::Conflict) {
            const int i = int(results.size() - 1);
            IntakeError conflict { 409, errorcode::Conflict, u"orders[%1].order_no"_s.arg(i),
                u"order %1: %2 already exists with different content; nothing of the batch "
                u"was stored"_s.arg(i)
                    .arg(orders.at(i).orderNo),
                i };
            reply(errorReply(conflict));
        } else {
            reply(storeFailed(storeError));
        }
        return;
    }
    int created = 0;
    for (const AcceptResult &r : results)
        created += r.kind == AcceptResult::Kind::Created ? 1 : 0;
    JsonWriter w;
    w.beginObject();
    w.member("created"_L1, created);
    w.member("existing"_L1, int(results.size()) - created);
    w.key("orders"_L1);
    w.beginArray();
    for (const AcceptResult &r : results) {
        w.beginObject();
        w.member("order_no"_L1, r.order.input.orderNo);
        w.member("result"_L1, r.kind == AcceptResult::Kind::Created ? u"created"_s : u"existing"_s);
        w.key("due_at"_L1);
        w.beginArray();
        for (const ReminderRecord &rem : r.reminders)
            w.value(timestamps::toRfc3339(rem.dueAt));
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    reply({ created > 0 ? 201 : 200, w.take(), {} });
}

void IntakeApi::postEvent(const QString &orderNo, bool paid, const QByteArray &body, const Reply &reply)
{
    if (!OrderParser::isValidOrderNo(orderNo)) {
        reply(errorReply(400, errorcode::InvalidValue, u"order_no"_s,
            u"order_no must be 1-64 letters, digits, '_' or '-'"_s));
        return;
    }
    const QString timeField = paid ? u"paid_at"_s : u"closed_at"_s;
    std::optional<qint64> at;
    if (!body.isEmpty()) {
        IntakeError error;
        const auto object = JsonBody::parseObject(body, &error);
        if (!object || !OrderParser::parseEvent(*object, timeField, &at, &error)) {
            reply(errorReply(error));
            return;
        }
    }
    const OrderEventResult r = paid ? m_engine.orderPaid(orderNo, at) : m_engine.orderClosed(orderNo, at);
    if (!r.ok) {
        reply(storeFailed(r.error));
        return;
    }
    QJsonObject out { { u"order_no"_s, orderNo }, { u"status"_s, wireName(r.status) },
        { u"cancelled"_s, int(r.cancelledReminderIds.size()) }, { u"in_flight"_s, r.inFlight },
        { u"known"_s, r.known } };
    if (!r.known)
        out.insert(u"message"_s,
            u"order not known yet: the event is kept, and the order schedules nothing when it arrives"_s);
    reply(ApiReply::json(r.known ? 200 : 202, out));
}

void IntakeApi::getOrder(const QString &orderNo, const Reply &reply)
{
    // A read that failed is a 503, never "no such order".
    const OrderDetail d
        = OrderParser::isValidOrderNo(orderNo) ? m_engine.orderDetail(orderNo) : OrderDetail();
    if (!d.order && d.readError.isEmpty()) {
        reply(errorReply(404, errorcode::NotFound, u"order_no"_s, u"no order %1"_s.arg(orderNo.left(64))));
        return;
    }
    if (!d.readError.isEmpty()) {
        qCWarning(lcIntakeApi).noquote() << "store read error:" << d.readError;
        reply(errorReply(
            503, errorcode::StoreError, {}, u"the store could not be read: %1"_s.arg(d.readError)));
        return;
    }
    reply({ 200, OrderView::detail(*d.order, d.reminders, d.attempts), {} });
}

namespace {

QJsonObject optOutJson(const OptOutRecord &entry)
{
    return { { u"openid"_s, entry.openid }, { u"reason"_s, entry.reason }, { u"actor"_s, entry.actor },
        { u"created_at"_s, timestamps::toRfc3339(entry.createdAt) } };
}

// A bad openid in the path is refused before the store is asked.
std::optional<ApiReply> badOpenid(const QString &openid)
{
    const Error e = optoutentry::check(openid, {});
    if (!e)
        return std::nullopt;
    return errorReply(400, errorcode::InvalidValue, u"openid"_s, e.englishMessage());
}

ApiReply storeUnreadable(const QString &error)
{
    qCWarning(lcIntakeApi).noquote() << "store read error:" << error;
    return errorReply(503, errorcode::StoreError, {}, u"the store could not be read: %1"_s.arg(error));
}

} // namespace

void IntakeApi::putOptOut(const QString &openid, const QByteArray &body, const Reply &reply)
{
    if (auto bad = badOpenid(openid)) {
        reply(*bad);
        return;
    }
    IntakeError error;
    const auto object = JsonBody::parseObject(body, &error);
    if (!object) {
        reply(errorReply(error));
        return;
    }
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (it.key() != u"reason" && it.key() != u"actor") {
            reply(errorReply(400, errorcode::UnknownField, it.key(),
                u"unknown field %1; the fields are reason and actor"_s.arg(it.key().left(64))));
            return;
        }
    }
    const QJsonValue reasonValue = object->value(u"reason"_s);
    if (reasonValue.isUndefined() || reasonValue.isNull()) {
        reply(
            errorReply(400, errorcode::MissingField, u"reason"_s, u"reason is required (it may be \"\")"_s));
        return;
    }
    const QJsonValue actorValue = object->value(u"actor"_s);
    if (!reasonValue.isString()
        || !(actorValue.isUndefined() || actorValue.isNull() || actorValue.isString())) {
        const QString field = reasonValue.isString() ? u"actor"_s : u"reason"_s;
        reply(errorReply(400, errorcode::WrongType, field, u"%1 must be a string"_s.arg(field)));
        return;
    }
    const QString reason = reasonValue.toString().trimmed();
    if (const Error e = optoutentry::check(openid, reason)) {
        reply(errorReply(400, errorcode::InvalidValue, e.field, e.englishMessage()));
        return;
    }
    // Who made the change, as the audit log shows it: always marked as the API's.
    const QString named = actorValue.toString().trimmed();
    static const QRegularExpression actorRe(u"^[A-Za-z0-9_.@-]{1,64}$"_s);
    if (!named.isEmpty() && !actorRe.match(named).hasMatch()) {
        reply(errorReply(400, errorcode::InvalidValue, u"actor"_s,
            u"actor must be 1-64 letters, digits, '_', '.', '@' or '-'"_s));
        return;
    }
    const QString actor = named.isEmpty() ? u"api"_s : u"api:"_s + named;
    bool created = false;
    QString storeError;
    if (!m_engine.putOptOut(openid, reason, actor, &created, &storeError)) {
        reply(storeFailed(storeError));
        return;
    }
    const auto entry = m_engine.optOut(openid, &storeError);
    if (!entry) {
        reply(storeUnreadable(storeError)); // committed, but it cannot be shown
        return;
    }
    QJsonObject out = optOutJson(*entry);
    out.insert(u"result"_s, created ? u"created"_s : u"updated"_s);
    reply(ApiReply::json(created ? 201 : 200, out));
}

void IntakeApi::deleteOptOut(const QString &openid, const Reply &reply)
{
    if (auto bad = badOpenid(openid)) {
        reply(*bad);
        return;
    }
    bool removed = false;
    QString error;
    if (!m_engine.removeOptOut(openid, u"api"_s, &removed, &error)) {
        reply(storeFailed(error));
        return;
    }
    if (!removed) {
        reply(errorReply(
            404, errorcode::NotFound, u"openid"_s, u"this openid is not on the do-not-remind list"_s));
        return;
    }
    reply({ 204, {}, {} });
}

void IntakeApi::getOptOut(const QString &openid, const Reply &reply)
{
    if (auto bad = badOpenid(openid)) {
        reply(*bad);
        return;
    }
    QString error;
    const auto entry = m_engine.optOut(openid, &error);
    if (!error.isEmpty()) {
        reply(storeUnreadable(error));
        return;
    }
    if (!entry) {
        reply(errorReply(
            404, errorcode::NotFound, u"openid"_s, u"this openid is not on the do-not-remind list"_s));
        return;
    }
    reply(ApiReply::json(200, optOutJson(*entry)));
}

void IntakeApi::listOptOuts(const QUrlQuery &query, const Reply &reply)
{
    OptOutQuery q;
    q.search = query.queryItemValue(u"search"_s, QUrl::FullyDecoded).trimmed();
    // Paging values are checked, never guessed: a typo must not read as "the first page".
    const auto number = [&query, &reply](const QString &name, qint64 lowest, qint64 highest, qint64 *value) {
        if (!query.hasQueryItem(name))
            return true;
        bool ok = false;
        const qint64 v = query.queryItemValue(name).toLongLong(&ok);
        if (!ok || v < lowest || v > highest) {
            reply(errorReply(400, errorcode::InvalidValue, name,
                u"%1 must be a whole number from %2 to %3"_s.arg(name).arg(lowest).arg(highest)));
            return false;
        }
        *value = v;
        return true;
    };
    qint64 limit = q.limit;
    if (!number(u"limit"_s, 1, OptOutQuery::kMaxLimit, &limit)
        || !number(u"offset"_s, 0, std::numeric_limits<qint32>::max(), &q.offset))
        return;
    q.limit = int(limit);
    QString error;
    const OptOutPage page = m_engine.optOuts(q, &error);
    if (!error.isEmpty()) {
        reply(storeUnreadable(error));
        return;
    }
    QJsonArray entries;
    for (const OptOutRecord &e : page.entries)
        entries.append(optOutJson(e));
    reply(ApiReply::json(200,
        { { u"total"_s, double(page.total) }, { u"limit"_s, q.limit }, { u"offset"_s, double(q.offset) },
            { u"entries"_s, entries } }));
}

// quota {daily_limit, used, remain} as WeChat last said (absent until read), quota_checked_at,
// quota_warning from 80 % used, quota_error when the last read failed.
void IntakeApi::addQuota(QJsonObject &account, const QString &key) const
{
    wechat::WeChatSender *sender = m_engine.wechatSender();
    const auto q = sender ? sender->quota().quota(key) : std::nullopt;
    if (!q)
        return;
    if (q->known()) {
        account.insert(u"quota"_s,
            QJsonObject { { u"daily_limit"_s, double(q->dailyLimit) }, { u"used"_s, double(q->used) },
                { u"remain"_s, double(q->remain) } });
        account.insert(u"quota_checked_at"_s, timestamps::toRfc3339(q->checkedAt));
        if (q->nearLimit())
            account.insert(u"quota_warning"_s,
                u"%1 % of today's %2 calls of %3 used; at 100 % every send fails (45009) until midnight"_s
                    .arg(q->percentUsed())
                    .arg(q->dailyLimit)
                    .arg(q->cgiPath));
    }
    if (!q->error.isEmpty())
        account.insert(u"quota_error"_s, logging::redact(q->error));
}

// GET /api/v1/audit: its parameters, judged before anything is read.
namespace {
constexpr int kAuditDefaultLimit = 100;
constexpr int kAuditMaxLimit = 1000;
constexpr qsizetype kAuditMaxText = 200;

// A time as epoch milliseconds ("1772445600000") or RFC 3339 with an offset.
std::optional<qint64> auditTime(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{1,16}$"_s);
    if (digits.match(text).hasMatch()) {
        const qint64 ms = text.toLongLong();
        if (ms >= timestamps::kEarliestMs && ms < timestamps::kLatestMs)
            return ms;
        return std::nullopt;
    }
    return timestamps::parseRfc3339(text);
}

// The filter the query asks for; nullopt and *error (400) when a parameter is wrong or unknown.
std::optional<AuditFilter> auditFilterOf(const QUrlQuery &query, IntakeError *error)
{
    const auto bad = [error](const QString &field, const QString &message) {
        *error = { 400, errorcode::InvalidValue, field, message };
        return std::nullopt;
    };
    AuditFilter filter;
    filter.limit = kAuditDefaultLimit;
    QSet<QString> seen;
    for (const auto &[name, encoded] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = encoded;
        if (seen.contains(name))
            return bad(name, u"%1 is given twice"_s.arg(name.left(40)));
        seen.insert(name);
        if (name == u"from" || name == u"to") {
            const std::optional<qint64> at = auditTime(value);
            if (!at)
                return bad(name,
                    u"%1 must be epoch milliseconds or an ISO 8601 time with an offset "
                    u"(2026-03-02T18:00:00+08:00)"_s.arg(name));
            (name == u"from" ? filter.from : filter.to) = *at;
        } else if (name == u"kind") {
            if (value != QStringView(auditKind::Setting) && value != QStringView(auditKind::Action)
                && value != QStringView(auditKind::OptOut) && value != QStringView(auditKind::SplitTest))
                return bad(name, u"kind must be setting, action, optout or split_test"_s);
            filter.kind = value;
        } else if (name == u"actor" || name == u"search") {
            if (value.isEmpty() || value.size() > kAuditMaxText)
                return bad(name, u"%1 must have 1 to %2 characters"_s.arg(name).arg(kAuditMaxText));
            (name == u"actor" ? filter.actor : filter.search) = value;
        } else if (name == u"limit") {
            bool ok = false;
            filter.limit = value.toInt(&ok);
            if (!ok || filter.limit < 1 || filter.limit > kAuditMaxLimit)
                return bad(name, u"limit must be a whole number from 1 to %1"_s.arg(kAuditMaxLimit));
        } else if (name == u"before") {
            bool ok = false;
            filter.beforeId = value.toLongLong(&ok);
            if (!ok || filter.beforeId < 1)
                return bad(name, u"before must be the next cursor of an earlier page"_s);
        } else {
            *error = { 400, errorcode::UnknownField, name.left(40),
                u"unknown parameter; the audit takes from, to, kind, actor, search, limit and before"_s };
            return std::nullopt;
        }
    }
    if (filter.from && filter.to && *filter.from >= *filter.to)
        return bad(u"to"_s, u"to must be later than from"_s);
    return filter;
}
} // namespace

void IntakeApi::getAudit(const QUrlQuery &query, const Reply &reply)
{
    IntakeError invalid;
    std::optional<AuditFilter> filter = auditFilterOf(query, &invalid);
    if (!filter) {
        reply(errorReply(invalid));
        return;
    }
    const int limit = filter->limit;
    filter->limit = limit + 1; // one more says whether a next page exists
    qint64 total = 0;
    QString error;
    QList<AuditRecord> lines = m_engine.auditLines(*filter, &total, &error);
    if (!error.isEmpty()) {
        qCWarning(lcIntakeApi).noquote() << "store error:" << error;
        reply(errorReply(503, errorcode::StoreError, {}, u"the store could not be read; retry later"_s));
        return;
    }
    const bool more = lines.size() > limit;
    if (more)
        lines.resize(limit);
    QJsonArray out;
    for (const AuditRecord &r : std::as_const(lines))
        out.append(QJsonObject { { u"id"_s, QString::number(r.id) }, { u"at"_s, timestamps::toRfc3339(r.at) },
            { u"at_ms"_s, r.at }, { u"actor"_s, r.actor }, { u"kind"_s, r.kind }, { u"subject"_s, r.subject },
            { u"old"_s, r.oldValue }, { u"new"_s, r.newValue }, { u"detail"_s, r.detail } });
    reply(ApiReply::json(200,
        QJsonObject { { u"lines"_s, out }, { u"total"_s, total },
            { u"next"_s, more ? QJsonValue(QString::number(lines.last().id)) : QJsonValue() } }));
}

void IntakeApi::getHealth(const Reply &reply)
{
    const qint64 now = m_engine.clock().nowMs();
    const QHash<QString, AccountState> states = m_engine.accountStates();
    QJsonArray accounts;
    for (const AccountConfig &a : m_engine.config().accounts) {
        const bool paused = m_engine.isAccountPaused(a.key);
        const AccountState s = states.value(a.key);
        QJsonObject o { { u"account"_s, a.key }, { u"name"_s, a.displayName() },
            { u"state"_s, paused ? u"paused"_s : u"ok"_s }, { u"dry_run"_s, !a.sendsForReal() } };
        if (paused) {
            o.insert(u"reason"_s, logging::redact(s.reason));
            o.insert(u"until"_s, s.until ? QJsonValue(timestamps::toRfc3339(*s.until)) : QJsonValue());
        }
        addQuota(o, a.key);
        accounts.append(o);
    }
    // `ok` only while reminders can go out; `paused` (all sending) keeps its old name; anything else
    // that stops or threatens sends is `degraded`, each reason in `reasons`.
    const Health health = m_engine.health();
    QJsonArray reasons;
    for (const HealthReason &r : health.reasons) {
        QJsonObject o { { u"kind"_s, wireName(r.kind) }, { u"text"_s, r.text },
            { u"since"_s, r.since > 0 ? QJsonValue(timestamps::toRfc3339(r.since)) : QJsonValue() } };
        if (!r.account.isEmpty())
            o.insert(u"account"_s, r.account);
        reasons.append(o);
    }
    const QString status = m_engine.isPaused() ? u"paused"_s : health.ok() ? u"ok"_s : u"degraded"_s;
    reply(ApiReply::json(200,
        { { u"status"_s, status }, { u"reasons"_s, reasons },
            { u"version"_s, QStringLiteral(PAYNUDGE_VERSION) }, { u"time"_s, timestamps::toRfc3339(now) },
            { u"pending"_s, double(m_engine.pendingCount(now)) }, { u"accounts"_s, accounts } }));
}

} // namespace paynudge
