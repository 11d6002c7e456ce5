#include "wechat/quotawatcher.h"

#include "common/clock.h"
#include "wechat/sendrequest.h"
#include "wechat/wechatclient.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcQuota, "paynudge.core.wechat.quota")

namespace paynudge::wechat {

QuotaWatcher::QuotaWatcher(WeChatClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{
    m_interval.setInterval(kIntervalMs);
    m_interval.setTimerType(Qt::CoarseTimer);
    connect(&m_interval, &QTimer::timeout, this, qOverload<>(&QuotaWatcher::refresh));
    m_afterSend.setSingleShot(true);
    m_afterSend.setInterval(kAfterSendMs);
    connect(&m_afterSend, &QTimer::timeout, this, [this] {
        for (const QString &key : std::exchange(m_sentSince, {}))
            refresh(key);
    });
}

QString QuotaWatcher::cgiPathFor(MessageKind kind)
{
    return SendRequest::pathFor(kind);
}

void QuotaWatcher::setAccounts(const QList<AccountConfig> &accounts)
{
    QHash<QString, AccountConfig> next;
    for (const AccountConfig &a : accounts)
        next.insert(a.key, a);
    for (auto it = m_quota.begin(); it != m_quota.end();) {
        const AccountConfig now = next.value(it.key());
        // Gone, or now sending through another API or appid: the old figures say nothing.
        const AccountConfig before = m_accounts.value(it.key());
        if (now.key.isEmpty() || now.appid != before.appid || now.kind != before.kind)
            it = m_quota.erase(it);
        else
            ++it;
    }
    m_accounts = next;
    m_stopped.clear();
    if (m_accounts.isEmpty()) {
        m_interval.stop();
        return;
    }
    if (!m_interval.isActive()) {
        m_interval.start();
        // Not at once: the sends of a starting engine go first.
        QTimer::singleShot(kFirstReadMs, this, qOverload<>(&QuotaWatcher::refresh));
    }
}

void QuotaWatcher::refresh()
{
    for (const AccountConfig &a : std::as_const(m_accounts))
        read(a);
}

void QuotaWatcher::refresh(const QString &accountKey)
{
    const auto it = m_accounts.constFind(accountKey);
    if (it != m_accounts.cend())
        read(*it);
}

void QuotaWatcher::noteSent(const QString &accountKey)
{
    if (!m_accounts.contains(accountKey))
        return;
    m_sentSince.insert(accountKey);
    if (!m_afterSend.isActive())
        m_afterSend.start();
}

std::optional<ApiQuota> QuotaWatcher::quota(const QString &accountKey) const
{
    const auto it = m_quota.constFind(accountKey);
    return it == m_quota.cend() ? std::nullopt : std::optional<ApiQuota>(*it);
}

void QuotaWatcher::read(const AccountConfig &account)
{
    // Never two reads of one account at once: a slow answer is waited for, not piled up on.
    if (m_stopped.contains(account.key) || m_reading.contains(account.key))
        return;
    m_reading.insert(account.key);
    emit readStarted(account.key);
    const QString path = cgiPathFor(account.kind);
    m_client.post(account, u"/cgi-bin/openapi/quota/get"_s, { { u"cgi_path"_s, path } }, this,
        [this, key = account.key, path](const CallOutcome &outcome) {
            m_reading.remove(key);
            if (!m_accounts.contains(key))
                return;
            ApiQuota q = m_quota.value(key);
            q.cgiPath = path;
            const ApiReply &r = outcome.reply;
            if (outcome.tokenFailure) {
                q.error = outcome.tokenFailure->hint;
            } else if (!r.answeredOk() || !r.errcode) {
                q.error = r.problem.isEmpty() ? u"WeChat's answer carries no errcode"_s : r.problem;
            } else if (*r.errcode == 76021 || *r.errcode == 76022) {
                q.error = *r.errcode == 76021
                    ? u"WeChat does not count %1 for this account (errcode 76021)"_s.arg(path)
                    : u"the access token is not this account's (errcode 76022)"_s;
                m_stopped.insert(key);
            } else if (*r.errcode != 0) {
                q.error = u"errcode %1: %2"_s.arg(*r.errcode).arg(r.errmsg);
            } else {
                const QJsonObject o = r.json.value(u"quota"_s).toObject();
                q.dailyLimit = o.value(u"daily_limit"_s).toInteger();
                q.used = o.value(u"used"_s).toInteger();
                q.remain = o.value(u"remain"_s).toInteger();
                q.checkedAt = m_clock.nowMs();
                q.error.clear();
            }
            if (!q.error.isEmpty())
                qCInfo(lcQuota).noquote() << "account" << key << ": quota not read:" << q.error;
            m_quota.insert(key, q);
            emit quotaChanged(key);
        });
}

} // namespace paynudge::wechat
