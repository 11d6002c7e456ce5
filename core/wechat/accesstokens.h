#pragma once

#include "config/config.h"
#include "send/sender.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace paynudge {
class Clock;
}

namespace paynudge::wechat {

struct ApiReply;
class Reachability;

// Why no token could be had, already classified for the engine.
struct TokenFailure
{
    SendStatus status = SendStatus::AccountConfig;
    std::optional<int> errcode;
    QString errmsg; // without rid, redacted
    QString rid;
    QString hint; // in words an operator can act on
    Error problem; // the same as a code where it has one (its English is hint)
    std::optional<qint64> notBefore;
    std::optional<qint64> pauseUntil;
};

struct TokenResult
{
    QString token;
    qint64 expiresInSec = 0;
    std::optional<TokenFailure> failure;
    bool ok() const { return !failure; }
};

// Access tokens per account (wechat-api.md §1): stable_token in normal mode (default), classic
// /cgi-bin/token, or the shop's own token service (GET tokenUrl → {access_token, expires_in}).
// A token is cached until expires_in minus a margin, then refreshed in the background while it
// is still valid; without a valid token one fetch per account serves every waiting send. A
// token a send reports rejected is dropped only if it is still the cached one (compare and
// expire), so a late failure never throws away a newer token. A failed background refresh is
// tried again after a jittered, doubling, capped delay while sends keep the still valid token;
// refreshProblemChanged() tells the operator before that token runs out.
class AccessTokens : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const TokenResult &)>;

    AccessTokens(QNetworkAccessManager &nam, const Clock &clock, QObject *parent = nullptr);
    ~AccessTokens() override;

    void setApi(const QUrl &apiBase, int timeoutMs);
    // Adopts the accounts that send for real. An account whose appid, token source or secret
    // source changed loses its cached token. Keychain secrets are read here (blocking), so a
    // send never waits on the keychain.
    void setAccounts(const QList<AccountConfig> &accounts);

    // Gives a valid token of the account: from the cache at once (`done` runs before get()
    // returns), otherwise when the account's single fetch ends. Failures always arrive later.
    void get(const QString &accountKey, QObject *context, Done done);
    // The account's AppSecret was replaced where the configuration cannot tell (the keychain):
    // reads it again and forgets the cached token, so the next get() fetches with the new one.
    void secretChanged(const QString &accountKey);
    // Compare and expire: forgets `failedToken` only if it is still the account's cached token.
    void expire(const QString &accountKey, const QString &failedToken);

    // One fetch that neither reads nor fills the cache: the settings dialog's account test.
    void fetchOnce(const AccountConfig &account, QObject *context, Done done);

    // Token requests sent so far (tests and the benchmark count them).
    int fetchCount() const { return m_fetches; }

    // A token request of the account is under way (tests wait for it to end).
    bool fetching(const QString &accountKey) const;
    // Why the background refresh of the account's token fails, empty while it does not.
    QString refreshProblem(const QString &accountKey) const;
    // A fraction in [0, 1) that spreads the retries of a failed refresh; tests fix it.
    using Jitter = std::function<double()>;
    void setJitter(Jitter jitter) { m_jitter = std::move(jitter); }
    // Told of every answer (or none) from WeChat's token endpoints; the shop's tokenUrl is not WeChat.
    void setReachability(Reachability *reachability) { m_reach = reachability; }
    // The wait before the next try after `failures` failed refreshes in a row (1, 2, …):
    // kRefreshRetryFirstMs doubling up to kRefreshRetryMaxMs, plus up to a quarter of that.
    qint64 refreshRetryDelay(int failures) const;

    // Refresh this long before expiry: WxJava uses 200 s, silenceper 300 s; stable_token itself
    // rotates about 5 minutes before expiry, so 300 s fetches the rotated token.
    static constexpr qint64 kRefreshMarginMs = 300 * 1000;
    // A handful of tries in those 5 minutes (30 s, 60 s, 120 s, 120 s …), not one per send.
    static constexpr qint64 kRefreshRetryFirstMs = 30 * 1000;
    static constexpr qint64 kRefreshRetryMaxMs = 120 * 1000;

signals:
    // The background refresh of an account's token started failing (`problem` says why, in
    // words an operator can act on; `error` the same as a code where it has one) or works again
    // (`problem` empty).
    void refreshProblemChanged(
        const QString &accountKey, const QString &problem, const paynudge::Error &error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };
    struct State
    {
        AccountConfig account;
        QString token;
        qint64 expiresAt = 0;
        qint64 refreshAt = 0;
        bool fetching = false;
        quint64 generation = 0; // bumped when the account's identity changes: stale fetches are ignored
        int refreshFailures = 0; // failed background refreshes in a row
        QString refreshProblem;
        Error refreshProblemError;
        std::optional<QString> keychainSecret;
        QString keychainError;
        QList<Waiter> waiters;
    };

    void startFetch(const QString &accountKey);
    void request(const AccountConfig &account, const std::optional<QString> &keychainSecret,
        const QString &keychainError, std::function<void(const TokenResult &)> done);
    TokenResult interpret(const AccountConfig &account, const ApiReply &reply) const;
    static void deliverLater(QObject *context, Done done, const TokenResult &result);
    void setRefreshProblem(const QString &accountKey, const QString &problem, const Error &error = {});

    QNetworkAccessManager &m_nam;
    const Clock &m_clock;
    QUrl m_apiBase;
    int m_timeoutMs = 10000;
    QHash<QString, State> m_states;
    int m_fetches = 0;
    Jitter m_jitter;
    Reachability *m_reach = nullptr;
};

} // namespace paynudge::wechat
