#pragma once

#include "config/config.h"
#include "wechat/accesstokens.h"
#include "wechat/apicall.h"
#include "wechat/reachability.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <functional>
#include <optional>

namespace paynudge {
class Clock;
}

namespace paynudge::wechat {

// How one authorised call ended.
struct CallOutcome
{
    std::optional<TokenFailure> tokenFailure; // no token could be had: nothing was sent
    ApiReply reply; // the API's answer to the last attempt (when a token was had)
    bool tokenRetried = false; // a rejected token was refreshed and the call made once more
};

// The WeChat API client: one keep-alive QNetworkAccessManager, the access tokens of every
// account, and calls that carry a token. A call whose token WeChat rejects (40001/40014/42001)
// expires that token (only if still cached), fetches a new one and is made once more — never
// twice; the caller sees the second answer.
//
// Account test (for the settings dialog):
//     auto *client = new WeChatClient(engine.clock(), dialog);
//     client->setSettings(config.wechat);
//     connect(client, &WeChatClient::accountTested, dialog, [](const QString &key, bool ok, const QString
//     &msg) {…}); client->testAccount(editedAccount);
// It fetches one token (never from or into the cache; with tokenSource=classic this rotates the
// account's classic token, as any /cgi-bin/token call does) and reports ok or an operator-readable
// error, e.g. which IP to whitelist. A keychain-held AppSecret is read at that moment (blocking).
class WeChatClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const CallOutcome &)>;

    explicit WeChatClient(const Clock &clock, QObject *parent = nullptr);
    ~WeChatClient() override;

    void setSettings(const WeChatSettings &settings);
    const WeChatSettings &settings() const { return m_settings; }
    // The accounts that send for real (see AccessTokens::setAccounts).
    void setAccounts(const QList<AccountConfig> &accounts);
    AccessTokens &tokens() { return m_tokens; }
    // Whether WeChat answered the latest request (of a send, a token fetch or a lookup).
    Reachability &reachability() { return m_reach; }

    // POSTs `body` as JSON to apiBase + path?access_token=…; `done` runs later on `context`.
    void post(const AccountConfig &account, const QString &path, const QJsonObject &body, QObject *context,
        Done done);
    // GETs apiBase + path?access_token=… (a list, a lookup) with the same token handling.
    void get(const AccountConfig &account, const QString &path, QObject *context, Done done);

    void testAccount(const AccountConfig &account);

signals:
    // `message` in English (logs, the command line); `problem` the same as a code where it has
    // one, for the UI's language.
    void accountTested(
        const QString &accountKey, bool ok, const QString &message, const paynudge::Error &problem);

private:
    // `body` absent: a GET.
    void attempt(const AccountConfig &account, const QString &path, const std::optional<QJsonObject> &body,
        QObject *context, Done done, bool retry);

    WeChatSettings m_settings;
    QNetworkAccessManager m_nam;
    Reachability m_reach;
    AccessTokens m_tokens;
};

} // namespace paynudge::wechat
