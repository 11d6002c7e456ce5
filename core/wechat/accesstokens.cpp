#include "wechat/accesstokens.h"

#include "common/backoff.h"
#include "common/clock.h"
#include "common/logging.h"
#include "wechat/apicall.h"
#include "wechat/appsecret.h"
#include "wechat/errorclassifier.h"
#include "wechat/reachability.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTokens, "paynudge.core.wechat.tokens")

namespace paynudge::wechat {
namespace {

bool sameIdentity(const AccountConfig &a, const AccountConfig &b)
{
    return a.appid == b.appid && a.tokenSource == b.tokenSource && a.tokenUrl == b.tokenUrl
        && a.secretEnv == b.secretEnv && a.secretFile == b.secretFile;
}

QString sourceName(const AccountConfig &a)
{
    switch (a.tokenSource) {
    case TokenSource::Stable:
        return u"WeChat's stable_token API"_s;
    case TokenSource::Classic:
        return u"WeChat's token API"_s;
    case TokenSource::Url:
        return u"the shop's token service"_s;
    }
    return {};
}

// No token came from the account's source: `said` is what came instead (a transport error, HTTP 502).
Error unreachable(const AccountConfig &a, const QString &said)
{
    switch (a.tokenSource) {
    case TokenSource::Stable:
        return Error(ErrorCode::TokenStableUnreachable, {}, { said });
    case TokenSource::Classic:
        return Error(ErrorCode::TokenClassicUnreachable, {}, { said });
    case TokenSource::Url:
        break;
    }
    return Error(ErrorCode::TokenUrlUnreachable, {}, { said });
}

TokenFailure configFailure(const QString &hint)
{
    TokenFailure f;
    f.status = SendStatus::AccountConfig;
    f.hint = hint;
    return f;
}

} // namespace

AccessTokens::AccessTokens(QNetworkAccessManager &nam, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{ }

AccessTokens::~AccessTokens() = default;

void AccessTokens::setApi(const QUrl &apiBase, int timeoutMs)
{
    m_timeoutMs = timeoutMs;
    if (apiBase == m_apiBase)
        return;
    m_apiBase = apiBase;
    for (State &s : m_states) { // tokens of another server are worthless here
        s.token.clear();
        s.expiresAt = s.refreshAt = 0;
        s.refreshFailures = 0;
        ++s.generation;
    }
    for (const QString &key : m_states.keys()) // what failed against the old server says nothing now
        setRefreshProblem(key, {});
}

bool AccessTokens::fetching(const QString &accountKey) const
{
    const auto it = m_states.constFind(accountKey);
    return it != m_states.cend() && it->fetching;
}

QString AccessTokens::refreshProblem(const QString &accountKey) const
{
    const auto it = m_states.constFind(accountKey);
    return it == m_states.cend() ? QString() : it->refreshProblem;
}

void AccessTokens::setRefreshProblem(const QString &accountKey, const QString &problem, const Error &error)
{
    const auto it = m_states.find(accountKey);
    if (it == m_states.end() || it->refreshProblem == problem)
        return;
    it->refreshProblem = problem;
    it->refreshProblemError = error;
    emit refreshProblemChanged(accountKey, problem, error);
}

qint64 AccessTokens::refreshRetryDelay(int failures) const
{
    const qint64 base = doublingDelay(kRefreshRetryFirstMs, kRefreshRetryMaxMs, failures);
    const double jitter = std::clamp(m_jitter ? m_jitter() : 0.0, 0.0, 1.0);
    return base + qint64(double(base) * 0.25 * jitter); // spread, so accounts and restarts do not ask in step
}

void AccessTokens::setAccounts(const QList<AccountConfig> &accounts)
{
    QSet<QString> keep;
    QStringList cleared; // accounts whose refresh problem no longer applies
    for (const AccountConfig &a : accounts) {
        keep.insert(a.key);
        State &s = m_states[a.key];
        const bool changed = !sameIdentity(s.account, a) || s.account.key.isEmpty();
        s.account = a;
        if (!changed)
            continue;
        if (!s.token.isEmpty())
            logging::forgetSecret(s.token);
        s.token.clear();
        s.expiresAt = s.refreshAt = 0;
        ++s.generation;
        s.refreshFailures = 0;
        cleared << a.key;
        s.keychainSecret.reset();
        s.keychainError.clear();
        if (AppSecret::fromKeychain(a))
            s.keychainSecret = AppSecret::resolve(a, &s.keychainError);
    }
    for (auto it = m_states.begin(); it != m_states.end();) {
        if (keep.contains(it.key())) {
            ++it;
            continue;
        }
        const QList<Waiter> waiters = std::exchange(it->waiters, {});
        const QString key = it.key();
        const bool hadProblem = !it->refreshProblem.isEmpty();
        it = m_states.erase(it);
        if (hadProblem)
            emit refreshProblemChanged(key, {}, {});
        TokenResult r;
        r.failure = configFailure(u"account %1 is no longer configured to send"_s.arg(key));
        for (const Waiter &w : waiters)
            if (w.context)
                deliverLater(w.context, w.done, r);
    }
    for (const QString &key : std::as_const(cleared))
        setRefreshProblem(key, {});
}

void AccessTokens::deliverLater(QObject *context, Done done, const TokenResult &result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

void AccessTokens::get(const QString &accountKey, QObject *context, Done done)
{
    const auto it = m_states.find(accountKey);
    if (it == m_states.end()) {
        TokenResult r;
        r.failure = configFailure(
            u"account %1 is not configured to send (no appid, or dryRun=true)"_s.arg(accountKey));
        deliverLater(context, std::move(done), r);
        return;
    }
    const qint64 now = m_clock.nowMs();
    if (!it->token.isEmpty() && now < it->expiresAt) {
        const bool refresh = now >= it->refreshAt && !it->fetching;
        TokenResult r;
        r.token = it->token;
        r.expiresInSec = (it->expiresAt - now) / 1000;
        if (refresh) // still valid: refresh in the background, nobody waits
            startFetch(accountKey);
        done(r);
        return;
    }
    it->waiters.append({ context, std::move(done) });
    if (!it->fetching)
        startFetch(accountKey);
}

void AccessTokens::secretChanged(const QString &accountKey)
{
    const auto it = m_states.find(accountKey);
    if (it == m_states.end())
        return;
    if (!it->token.isEmpty())
        logging::forgetSecret(it->token);
    it->token.clear();
    it->expiresAt = it->refreshAt = 0;
    ++it->generation; // a fetch under way used the old secret: its answer is dropped, its waiters served anew
    it->keychainSecret.reset();
    it->keychainError.clear();
    if (AppSecret::fromKeychain(it->account))
        it->keychainSecret = AppSecret::resolve(it->account, &it->keychainError);
}

void AccessTokens::expire(const QString &accountKey, const QString &failedToken)
{
    const auto it = m_states.find(accountKey);
    if (it == m_states.end() || it->token != failedToken || failedToken.isEmpty())
        return;
    qCInfo(lcTokens).noquote() << "access token of account" << accountKey
                               << "rejected by WeChat; fetching a new one";
    logging::forgetSecret(it->token);
    it->token.clear();
    it->expiresAt = it->refreshAt = 0;
}

void AccessTokens::startFetch(const QString &accountKey)
{
    State &s = m_states[accountKey];
    s.fetching = true;
    const quint64 generation = s.generation;
    request(s.account, s.keychainSecret, s.keychainError,
        [this, accountKey, generation](const TokenResult &result) {
            const auto it = m_states.find(accountKey);
            if (it == m_states.end())
                return; // removed; its waiters were told
            it->fetching = false;
            if (it->generation
                != generation) { // the account changed while this fetch ran: its answer is stale
                if (!it->waiters.isEmpty())
                    startFetch(accountKey);
                return;
            }
            const qint64 now = m_clock.nowMs();
            QString problem; // for refreshProblemChanged, once the waiters are served
            Error problemError;
            if (result.ok()) {
                const qint64 lifetime = result.expiresInSec * 1000;
                if (!it->token.isEmpty() && it->token != result.token)
                    logging::forgetSecret(it->token);
                it->token = result.token;
                it->expiresAt = now + lifetime;
                // A short lifetime (stable_token near its rotation) must not refresh in a loop.
                it->refreshAt = now + lifetime - std::min(kRefreshMarginMs, lifetime / 4);
                it->refreshFailures = 0;
                qCInfo(lcTokens).noquote()
                    << "access token of account" << accountKey << "valid for" << result.expiresInSec << "s";
            } else if (!it->token.isEmpty() && now < it->expiresAt) {
                // A background refresh: sends keep the valid token, and the next try waits
                // instead of coming with the next send.
                const qint64 delay = refreshRetryDelay(++it->refreshFailures);
                it->refreshAt = std::max(now + delay, result.failure->notBefore.value_or(0));
                problem = result.failure->hint;
                problem.remove(u", then resume the account"_s); // nothing is paused (yet)
                // The code's words fit only where nothing was cut from them (else the English says it).
                if (result.failure->problem.englishText() == problem)
                    problemError = result.failure->problem;
                qCWarning(lcTokens).noquote() << "refreshing the access token of account" << accountKey
                                              << "failed (" << it->refreshFailures << "in a row), next try in"
                                              << (it->refreshAt - now) / 1000 << "s:" << result.failure->hint;
            } else {
                problem = it->refreshProblem; // the token ran out meanwhile: the sends now say why
                problemError = it->refreshProblemError;
                qCWarning(lcTokens).noquote()
                    << "no access token for account" << accountKey << ":" << result.failure->hint;
            }
            const QList<Waiter> waiters = std::exchange(it->waiters, {});
            for (const Waiter &w : waiters) // `it` may be invalid once a callback ran
                if (w.context)
                    w.done(result);
            setRefreshProblem(accountKey, problem, problemError);
        });
}

void AccessTokens::fetchOnce(const AccountConfig &account, QObject *context, Done done)
{
    std::optional<QString> keychainSecret;
    QString keychainError;
    if (AppSecret::fromKeychain(account))
        keychainSecret = AppSecret::resolve(account, &keychainError);
    QPointer<QObject> guard(context);
    request(account, keychainSecret, keychainError, [guard, done = std::move(done)](const TokenResult &r) {
        if (guard)
            done(r);
    });
}

void AccessTokens::request(const AccountConfig &account, const std::optional<QString> &keychainSecret,
    const QString &keychainError, std::function<void(const TokenResult &)> done)
{
    std::optional<QString> secret;
    if (AppSecret::needed(account)) {
        QString error = keychainError;
        secret = AppSecret::fromKeychain(account) ? keychainSecret : AppSecret::resolve(account, &error);
        if (!secret) {
            TokenResult r;
            r.failure = configFailure(error);
            deliverLater(this, std::move(done), r);
            return;
        }
    }
    ++m_fetches;
    qCDebug(lcTokens).noquote() << "fetching an access token for account" << account.key << "from"
                                << sourceName(account);
    auto onReply = [this, account, done = std::move(done)](const ApiReply &reply) {
        if (m_reach && account.tokenSource != TokenSource::Url)
            m_reach->note(reply);
        done(interpret(account, reply));
    };
    switch (account.tokenSource) {
    case TokenSource::Stable: {
        const QJsonObject body { { u"grant_type"_s, u"client_credential"_s }, { u"appid"_s, account.appid },
            { u"secret"_s, *secret },
            { u"force_refresh"_s, false } }; // never routinely: 20 a day, and it kills the old token
        ApiCall::postJson(m_nam, ApiCall::endpoint(m_apiBase, u"/cgi-bin/stable_token"_s), body, m_timeoutMs,
            this, std::move(onReply));
        return;
    }
    case TokenSource::Classic: {
        QUrlQuery query;
        query.addQueryItem(u"grant_type"_s, u"client_credential"_s);
        query.addQueryItem(u"appid"_s, account.appid);
        query.addQueryItem(u"secret"_s, QString::fromLatin1(QUrl::toPercentEncoding(*secret)));
        ApiCall::get(m_nam, ApiCall::endpoint(m_apiBase, u"/cgi-bin/token"_s, query), m_timeoutMs, this,
            std::move(onReply));
        return;
    }
    case TokenSource::Url:
        ApiCall::get(m_nam, account.tokenUrl, m_timeoutMs, this, std::move(onReply));
        return;
    }
}

TokenResult AccessTokens::interpret(const AccountConfig &account, const ApiReply &reply) const
{
    TokenResult r;
    TokenFailure f;
    f.errcode = reply.errcode;
    f.errmsg = reply.errmsg;
    f.rid = reply.rid;
    const QString where = sourceName(account);
    if (reply.transport != ApiReply::Transport::Answered || reply.httpStatus >= 500) {
        // No token means nothing was sent: safe to retry later.
        f.status = SendStatus::Transient;
        f.problem = unreachable(account, reply.problem);
        f.hint = f.problem.englishText();
        f.errmsg = f.hint;
        r.failure = f;
        return r;
    }
    if (reply.errcode && *reply.errcode != 0) {
        const Verdict v = classify(*reply.errcode, reply.errmsg, Endpoint::Token, account);
        f.status = v.status;
        f.hint = v.hint;
        f.problem = v.problem;
        const qint64 now = m_clock.nowMs();
        if (*reply.errcode == 45011)
            f.notBefore = nextMinute(now);
        if (v.status == SendStatus::AccountQuota)
            f.pauseUntil = nextQuotaReset(now);
        r.failure = f;
        return r;
    }
    const QString token = reply.json.value(u"access_token"_s).toString();
    const qint64 expiresIn = reply.json.value(u"expires_in"_s).toInteger(7200);
    if (reply.httpStatus != 200 || !reply.isJson || token.isEmpty() || expiresIn <= 0) {
        const QString what
            = !reply.problem.isEmpty() ? reply.problem : u"no access_token/expires_in in the answer"_s;
        f = configFailure(
            u"%1 gave no usable access token for account %2 (%3): check %4"_s.arg(where, account.key, what,
                account.tokenSource == TokenSource::Url ? u"tokenUrl in [accounts/%1]"_s.arg(account.key)
                                                        : u"apiBase in [wechat]"_s));
        f.errmsg = what;
        r.failure = f;
        return r;
    }
    logging::registerSecret(token);
    r.token = token;
    r.expiresInSec = expiresIn;
    return r;
}

} // namespace paynudge::wechat
