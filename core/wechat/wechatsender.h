#pragma once

#include "send/sender.h"
#include "templates/templatemappings.h"
#include "wechat/quotawatcher.h"
#include "wechat/setupmistakes.h"
#include "wechat/wechatclient.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <deque>
#include <functional>

namespace paynudge {
class Clock;
}

namespace paynudge::wechat {

struct SendRequest;

// The real sender: renders each reminder with the account's mapping, sends it through the
// WeChat client and reports the outcome classified for the engine (wechat-api.md §4).
// Per account at most [wechat] maxInFlight sends are in flight, and never two to the same
// openid (WeChat answers concurrent sends to one user with 43108); the rest wait in arrival
// order. When an account hits its quota or a configuration error, its waiting reminders come
// back with the same verdict at once instead of being sent into the same wall. A rejection that
// shows a mistake of the account's setup (SetupMistakes) comes back as a configuration error.
class WeChatSender final : public Sender
{
    Q_OBJECT
public:
    explicit WeChatSender(const Clock &clock, QObject *parent = nullptr);
    ~WeChatSender() override;

    void setSettings(const WeChatSettings &settings);
    // The accounts that send for real; reminders of an account dropped here come back as
    // transient (nothing was sent), so the engine hands them to whichever sender now serves it.
    void setAccounts(const QList<AccountConfig> &accounts);
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    void send(const OutgoingMessage &message) override;
    QList<OutgoingMessage> withdraw(const QString &orderNo) override;

    using Done = std::function<void(const SendResult &)>;
    // A test message (the first run's "send yourself a test reminder"): rendered and sent as a
    // reminder is, classified the same, but outside the lanes — no finished(), no verdict on the
    // account's setup (one refused openid says nothing about the others), no quota count.
    // `done` runs later on `context`, not at all once `context` is gone.
    void sendTest(const OutgoingMessage &message, QObject *context, Done done);

    WeChatClient &client() { return m_client; }
    // The accounts' send quota, read in the background (and again after sends).
    QuotaWatcher &quota() { return m_quota; }
    // Where an account without fields/… gets its mapping (the engine gives it the store's cache).
    TemplateMappings &mappings() { return m_mappings; }
    int inFlight(const QString &account) const;
    int waiting(const QString &account) const;

private:
    struct Lane
    {
        int inFlight = 0;
        int waiting = 0;
        QSet<QString> busyOpenids;
        QHash<QString, std::deque<OutgoingMessage>> byOpenid; // waiting, in arrival order per customer
        std::deque<QString> ready; // customers with waiting messages and none in flight
    };

    void pump(const QString &accountKey);
    // `judge`: a refusal is weighed as a possible mistake of the account's setup (reminders only).
    void start(const OutgoingMessage &message, const AccountConfig &account, Done done, bool judge);
    void startMapped(const OutgoingMessage &message, const AccountConfig &account, Done done, bool judge);
    void finish(const OutgoingMessage &message, const SendResult &result);
    SendResult resultFor(const OutgoingMessage &message, const AccountConfig &account,
        const SendRequest &request, const CallOutcome &outcome) const;
    void settleWaiting(const QString &accountKey, const SendResult &like, const QString &detail);
    void finishLater(const SendResult &result);
    static SendResult blankResult(const OutgoingMessage &message);

    const Clock &m_clock;
    WeChatClient m_client;
    QuotaWatcher m_quota;
    TemplateMappings m_mappings;
    WeChatSettings m_settings;
    QHash<QString, AccountConfig> m_accounts;
    QHash<QString, Lane> m_lanes;
    SetupMistakes m_mistakes;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace paynudge::wechat
