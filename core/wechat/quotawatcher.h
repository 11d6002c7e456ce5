#pragma once

#include "config/config.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <optional>

namespace paynudge {
class Clock;
}

namespace paynudge::wechat {

class WeChatClient;

// Today's quota of the API an account sends with, as WeChat counts it
// (POST /cgi-bin/openapi/quota/get, wechat-api.md §5).
struct ApiQuota
{
    QString cgiPath; // the API it counts, e.g. /cgi-bin/message/template/send
    qint64 dailyLimit = 0;
    qint64 used = 0;
    qint64 remain = 0;
    qint64 checkedAt = 0; // when WeChat said so (0 = never)
    QString error; // the last read failed: why (the figures above are the last good ones)

    bool known() const { return checkedAt > 0; }
    // The operator is warned from 80 % on: at 100 % every send fails with 45009 until midnight.
    bool nearLimit() const { return dailyLimit > 0 && used * 100 >= dailyLimit * 80; }
    int percentUsed() const { return dailyLimit > 0 ? int(used * 100 / dailyLimit) : 0; }
};

// Reads the quota of every account that sends for real, in the background: a while after the
// accounts are set, every few minutes, and shortly after sends went out (coalesced: a burst of
// sends costs one read). The call is cheap and does not count against the send quota.
// 76021 (WeChat does not know the path) and 76022 (the token is not this account's) stop the
// reads of that account until its settings change: asking again would get the same answer.
class QuotaWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFirstReadMs = 15 * 1000;
    static constexpr int kIntervalMs = 5 * 60 * 1000;
    static constexpr int kAfterSendMs = 30 * 1000;

    QuotaWatcher(WeChatClient &client, const Clock &clock, QObject *parent = nullptr);

    void setAccounts(const QList<AccountConfig> &accounts);
    // Reads now (all accounts, or one); quotaChanged follows each answer.
    void refresh();
    void refresh(const QString &accountKey);
    // A send of the account went out: read again soon.
    void noteSent(const QString &accountKey);

    std::optional<ApiQuota> quota(const QString &accountKey) const;

    static QString cgiPathFor(MessageKind kind); // the send API an account kind uses

signals:
    void quotaChanged(const QString &accountKey);
    // A read of the account's quota went out (none is asked while one is in flight or stopped).
    void readStarted(const QString &accountKey);

private:
    void read(const AccountConfig &account);

    WeChatClient &m_client;
    const Clock &m_clock;
    QHash<QString, AccountConfig> m_accounts;
    QHash<QString, ApiQuota> m_quota;
    QSet<QString> m_stopped; // 76021/76022: not asked again until the settings change
    QSet<QString> m_reading; // a read is in flight
    QSet<QString> m_sentSince; // accounts with sends since the last after-send read
    QTimer m_interval;
    QTimer m_afterSend;
};

} // namespace paynudge::wechat
