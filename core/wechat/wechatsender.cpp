#include "wechat/wechatsender.h"

#include "common/clock.h"
#include "common/logging.h"
#include "send/messagemapping.h"
#include "send/messagerenderer.h"
#include "send/unsendable.h"
#include "wechat/errorclassifier.h"
#include "wechat/sendrequest.h"

#include <QJsonValue>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSender, "paynudge.core.wechat.sender")

namespace paynudge::wechat {
namespace {

std::optional<qint64> msgidOf(const QJsonObject &json)
{
    const QJsonValue v = json.value(u"msgid"_s);
    if (v.isString()) { // some gateways quote it
        bool ok = false;
        const qint64 id = v.toString().toLongLong(&ok);
        return ok ? std::optional<qint64>(id) : std::nullopt;
    }
    // toInteger() keeps all 64 bits; a double would be exact only up to 2^53.
    if (v.isDouble())
        return v.toInteger();
    return std::nullopt;
}

// A send that never reached WeChat: why, as the history keeps it (English) and as a code.
void sayNotSent(SendResult &r, Error why)
{
    r.errmsg = why.englishText();
    r.errmsgProblem = std::move(why);
}

} // namespace

WeChatSender::WeChatSender(const Clock &clock, QObject *parent)
    : Sender(parent)
    , m_clock(clock)
    , m_client(clock)
    , m_quota(m_client, clock)
    , m_mappings(m_client, clock)
{ }

WeChatSender::~WeChatSender() = default;

void WeChatSender::setSettings(const WeChatSettings &settings)
{
    m_settings = settings;
    m_client.setSettings(settings);
    for (auto it = m_lanes.cbegin(); it != m_lanes.cend(); ++it) // a higher bound takes effect at once
        QTimer::singleShot(0, this, [this, key = it.key()] { pump(key); });
}

void WeChatSender::setAccounts(const QList<AccountConfig> &accounts)
{
    QHash<QString, AccountConfig> previous = std::exchange(m_accounts, {});
    for (const AccountConfig &a : accounts) {
        m_accounts.insert(a.key, a);
        const AccountConfig before = previous.take(a.key);
        if (before.fields != a.fields || before.templateId != a.templateId || before.kind != a.kind
            || before.url != a.url || before.miniprogramPage != a.miniprogramPage)
            m_mistakes.forget(a.key); // a changed setup is judged afresh
    }
    for (auto it = previous.cbegin(); it != previous.cend(); ++it)
        m_mistakes.forget(it.key());
    m_client.setAccounts(accounts);
    m_quota.setAccounts(accounts);
    m_mappings.clear();
    const QStringList keys = m_lanes.keys();
    for (const QString &key : keys) {
        if (m_accounts.contains(key))
            continue;
        SendResult like;
        like.status = SendStatus::Transient;
        sayNotSent(like, ErrorCode::HistorySettingsChanged);
        settleWaiting(key, like, like.errmsg);
    }
}

int WeChatSender::inFlight(const QString &account) const
{
    return m_lanes.value(account).inFlight;
}

int WeChatSender::waiting(const QString &account) const
{
    return m_lanes.value(account).waiting;
}

SendResult WeChatSender::blankResult(const OutgoingMessage &message)
{
    SendResult r;
    r.reminderId = message.reminderId;
    r.attemptId = message.attemptId;
    r.account = message.order.input.account;
    return r;
}

void WeChatSender::finishLater(const SendResult &result)
{
    QTimer::singleShot(0, this, [this, result] { emit finished(result); });
}

void WeChatSender::send(const OutgoingMessage &message)
{
    const QString key = message.order.input.account;
    if (!m_accounts.contains(key)) {
        SendResult r = blankResult(message);
        r.status = SendStatus::Transient; // nothing was sent; the router may serve it otherwise by then
        sayNotSent(r, { ErrorCode::HistoryNotConfigured, {}, { key } });
        finishLater(r);
        return;
    }
    Lane &lane = m_lanes[key];
    const QString &openid = message.order.input.openid;
    auto &queue = lane.byOpenid[openid];
    queue.push_back(message);
    ++lane.waiting;
    if (queue.size() == 1 && !lane.busyOpenids.contains(openid))
        lane.ready.push_back(openid);
    pump(key);
}

QList<OutgoingMessage> WeChatSender::withdraw(const QString &orderNo)
{
    // Few wait at any time (the sweeper claims no more than the sends in flight leave room for).
    QList<OutgoingMessage> out;
    for (Lane &lane : m_lanes) {
        for (auto queue = lane.byOpenid.begin(); queue != lane.byOpenid.end();) {
            auto &waiting = queue.value();
            const auto first = std::stable_partition(waiting.begin(), waiting.end(),
                [&](const OutgoingMessage &m) { return m.order.input.orderNo != orderNo; });
            for (auto m = first; m != waiting.end(); ++m)
                out.append(*m);
            lane.waiting -= int(waiting.end() - first);
            waiting.erase(first, waiting.end());
            if (waiting.empty()) {
                lane.ready.erase(
                    std::remove(lane.ready.begin(), lane.ready.end(), queue.key()), lane.ready.end());
                queue = lane.byOpenid.erase(queue);
            } else {
                ++queue;
            }
        }
    }
    return out;
}

void WeChatSender::pump(const QString &accountKey)
{
    const auto account = m_accounts.constFind(accountKey);
    if (account == m_accounts.cend())
        return;
    while (true) {
        Lane &lane = m_lanes[accountKey]; // looked up again: start() may change m_lanes
        if (lane.inFlight >= m_settings.maxInFlight || lane.ready.empty())
            return;
        const QString openid = lane.ready.front();
        lane.ready.pop_front();
        auto queue = lane.byOpenid.find(openid);
        const OutgoingMessage message = queue->front();
        queue->pop_front();
        if (queue->empty())
            lane.byOpenid.erase(queue);
        --lane.waiting;
        ++lane.inFlight;
        lane.busyOpenids.insert(openid);
        start(
            message, *account, [this, message](const SendResult &r) { finish(message, r); }, true);
    }
}

void WeChatSender::sendTest(const OutgoingMessage &message, QObject *context, Done done)
{
    const QPointer<QObject> guard(context);
    Done guarded = [guard, done = std::move(done)](const SendResult &r) {
        if (guard)
            done(r);
    };
    const auto account = m_accounts.constFind(message.order.input.account);
    if (account == m_accounts.cend()) {
        SendResult r = blankResult(message);
        r.status = SendStatus::Transient;
        sayNotSent(r, { ErrorCode::HistoryNotConfigured, {}, { message.order.input.account } });
        QTimer::singleShot(0, this, [r, guarded] { guarded(r); });
        return;
    }
    start(message, *account, std::move(guarded), false);
}

void WeChatSender::start(
    const OutgoingMessage &message, const AccountConfig &configured, Done done, bool judge)
{
    // The round's and the variant's own template and fields (round2.templateId: "closes in 30 minutes");
    // every outcome of the attempt names the variant it was made in.
    const MessageMapping mapping
        = messageMappingFor(configured, message.reminder, message.order.input.orderNo);
    const AccountConfig &account = mapping.account;
    done = [done = std::move(done), variant = mapping.variant](const SendResult &result) {
        SendResult r = result;
        r.variant = variant;
        done(r);
    };
    if (!account.fields.isEmpty()) {
        startMapped(message, account, std::move(done), judge);
        return;
    }
    // No fields/…: the mapping suggested for the account's template, which WeChat must list.
    m_mappings.resolve(
        account, this, [this, message, account, done, judge](const TemplateMappings::Resolution &r) {
            if (!m_accounts.contains(account.key)
                || messageMappingFor(
                       m_accounts.value(account.key), message.reminder, message.order.input.orderNo)
                        .account.templateId
                    != account.templateId) {
                SendResult changed = blankResult(message);
                changed.status = SendStatus::Transient;
                sayNotSent(changed, ErrorCode::HistorySettingsChanged);
                done(changed);
                return;
            }
            if (r.ok()) {
                AccountConfig mapped = account;
                mapped.fields = r.fields;
                if (r.tmpl) // enum/const keys take only the template's values (a subscribe template lists
                            // them)
                    for (const TemplateKey &key : r.tmpl->keys)
                        if (!key.enumValues.isEmpty())
                            mapped.allowedValues.insert(key.name, key.enumValues);
                startMapped(message, mapped, done, judge);
                return;
            }
            SendResult failed = blankResult(message);
            failed.status = r.status; // Transient (nothing was sent) or AccountConfig (pauses the account)
            failed.errcode = r.errcode;
            sayNotSent(failed, Error(ErrorCode::NotSent).because(r.problem));
            failed.operatorHint = r.problem.englishText();
            failed.operatorProblem = r.problem;
            done(failed);
        });
}

void WeChatSender::startMapped(
    const OutgoingMessage &message, const AccountConfig &account, Done done, bool judge)
{
    const RenderedMessage rendered = MessageRenderer::render(account, message.order, m_clock.nowMs(), m_zone);
    const SendRequest request
        = SendRequest::build(account, rendered, message.order.input.openid, message.reminder.clientMsgId);
    QString detail = rendered.toText();
    if (!rendered.adjustments.isEmpty())
        detail += u" (fitted: "_s + rendered.adjustments.join(u", "_s) + u')';
    if (!rendered.sendable()) { // WeChat would refuse it (47003): not sent, the reason recorded
        SendResult r = blankResult(message);
        refuseUnsendable(rendered, r);
        r.detail = detail;
        QTimer::singleShot(0, this, [r, done] { done(r); });
        return;
    }
    qCDebug(lcSender).noquote() << "sending" << message.reminder.clientMsgId << "for account" << account.key;
    m_client.post(account, request.path, request.body, this,
        [this, message, account, request, detail, done, judge](const CallOutcome &outcome) {
            SendResult r = resultFor(message, account, request, outcome);
            r.detail = outcome.tokenRetried ? detail + u" (after one token refresh)"_s : detail;
            if (const auto mistake
                = judge ? m_mistakes.judge(account, message.order.input.openid, r) : std::nullopt) {
                // Not this order's fault: it waits with the rest for the fixed setup.
                r.status = SendStatus::AccountConfig;
                r.operatorProblem = *mistake;
                r.operatorHint = mistake->englishText();
            }
            done(r);
        });
}

SendResult WeChatSender::resultFor(const OutgoingMessage &message, const AccountConfig &account,
    const SendRequest &request, const CallOutcome &outcome) const
{
    SendResult r = blankResult(message);
    const qint64 now = m_clock.nowMs();
    r.idempotent = request.idempotent;
    if (outcome.tokenFailure) { // no token, so nothing was sent
        const TokenFailure &f = *outcome.tokenFailure;
        r.status = f.status;
        r.errcode = f.errcode;
        r.errmsg = f.errmsg.isEmpty() ? f.hint : f.errmsg;
        r.rid = f.rid;
        r.notBefore = f.notBefore;
        r.pauseUntil = f.pauseUntil;
        r.operatorHint = f.hint;
        r.operatorProblem = f.problem;
        return r;
    }
    const ApiReply &a = outcome.reply;
    r.latencyMs = a.latencyMs;
    r.errcode = a.errcode;
    r.errmsg = a.errmsg;
    r.rid = a.rid;
    switch (a.transport) {
    case ApiReply::Transport::NotSent: // refused, no such host: WeChat never saw it
        r.status = SendStatus::Transient;
        r.errmsg = u"not sent: "_s + a.problem;
        return r;
    case ApiReply::Transport::Lost:
    case ApiReply::Transport::TimedOut:
        r.status = SendStatus::OutcomeUnknown;
        r.errmsg = a.problem;
        return r;
    case ApiReply::Transport::Answered:
        break;
    }
    if (a.httpStatus >= 500) {
        // A gateway's error page: WeChat behind it may have taken the message.
        r.status = SendStatus::OutcomeUnknown;
        r.errmsg = a.problem;
        return r;
    }
    if (a.httpStatus != 200 || !a.isJson || !a.errcode) {
        r.status = SendStatus::AccountConfig;
        r.errmsg = a.problem.isEmpty() ? u"the answer carries no errcode"_s : a.problem;
        r.operatorProblem
            = Error(ErrorCode::WeChatNotLikeWeChat, {}, { logging::urlForLog(m_settings.apiBase), r.errmsg });
        r.operatorHint = r.operatorProblem.englishText();
        return r;
    }
    if (*a.errcode == 0) {
        r.status = SendStatus::Accepted;
        r.msgid = msgidOf(a.json);
        return r;
    }
    const Verdict v = classify(*a.errcode, a.errmsg, Endpoint::Send, account);
    r.status = v.status;
    r.operatorProblem = v.tokenRejected ? tokenRejectedTwiceProblem(*a.errcode, account) : v.problem;
    r.operatorHint = r.operatorProblem.englishText();
    if (*a.errcode == 45011)
        r.notBefore = nextMinute(now);
    if (v.status == SendStatus::AccountQuota)
        r.pauseUntil = nextQuotaReset(now);
    return r;
}

void WeChatSender::finish(const OutgoingMessage &message, const SendResult &result)
{
    const QString key = message.order.input.account;
    Lane &lane = m_lanes[key];
    const QString &openid = message.order.input.openid;
    --lane.inFlight;
    lane.busyOpenids.remove(openid);
    if (lane.byOpenid.contains(openid))
        lane.ready.push_back(openid);
    if (result.status != SendStatus::Accepted)
        qCInfo(lcSender).noquote() << "account" << key << message.reminder.clientMsgId << "errcode"
                                   << result.errcode.value_or(0) << result.errmsg;
    emit finished(result);
    if (result.status == SendStatus::Accepted)
        m_quota.noteSent(key);
    if (result.status == SendStatus::AccountQuota || result.status == SendStatus::AccountConfig)
        settleWaiting(key, result,
            u"not sent: "_s + (result.operatorHint.isEmpty() ? result.errmsg : result.operatorHint));
    pump(key);
}

void WeChatSender::settleWaiting(const QString &accountKey, const SendResult &like, const QString &detail)
{
    const auto lane = m_lanes.find(accountKey);
    if (lane == m_lanes.end() || lane->waiting == 0)
        return;
    QList<OutgoingMessage> waiting;
    for (const auto &queue : std::as_const(lane->byOpenid))
        waiting.append(QList<OutgoingMessage>(queue.cbegin(), queue.cend()));
    lane->byOpenid.clear();
    lane->ready.clear();
    lane->waiting = 0;
    for (const OutgoingMessage &m : std::as_const(waiting)) {
        SendResult r = like;
        r.reminderId = m.reminderId;
        r.attemptId = m.attemptId;
        r.account = accountKey;
        r.msgid.reset();
        r.latencyMs = 0;
        r.detail = detail;
        finishLater(r);
    }
}

} // namespace paynudge::wechat
