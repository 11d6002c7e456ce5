// Access tokens per account against the fake WeChat server: caching, refresh before expiry,
// one fetch however many wait, compare-and-expire, the three token sources, classified errors.
#include "common/logging.h"
#include "fakewechat.h"
#include "testsupport.h"
#include "wechat/accesstokens.h"
#include "wechat/errorclassifier.h"
#include "wechat/wechatclient.h"
#include "wechattestkit.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;
using namespace paynudge::wechat;

class TestAccessTokens : public FakeWeChatTest
{
    Q_OBJECT

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<AccessTokens> m_tokens;

    AccountConfig account(TokenSource source = TokenSource::Stable) const
    {
        AccountConfig a = wechatAccount(u"shop1"_s, kTestAppid, QString::fromLatin1(kTestSecretEnv));
        a.tokenSource = source;
        if (source == TokenSource::Url) {
            a.secretEnv.clear();
            a.tokenUrl = m_fake->baseUrl();
            a.tokenUrl.setPath(FakeWeChat::path(FakeWeChat::Api::ShopToken));
            a.tokenUrl.setQuery(u"appid="_s + kTestAppid);
        }
        return a;
    }

    TokenResult get(const QString &key = u"shop1"_s)
    {
        std::optional<TokenResult> result;
        m_tokens->get(key, this, [&](const TokenResult &r) { result = r; });
        if (!result)
            [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000); }();
        return result.value_or(TokenResult {});
    }

private slots:
    void init()
    {
        QVERIFY(startFake());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_tokens = std::make_unique<AccessTokens>(*m_nam, *m_clock);
        m_tokens->setApi(m_fake->baseUrl(), 2000);
        m_tokens->setAccounts({ account() });
    }

    void cleanup()
    {
        m_tokens.reset();
        m_nam.reset();
        stopFake();
    }

    void tokenUrlCredentialsNeverReachTheLog()
    {
        // A shop's token service may take a password and a key in its URL; debug logging of the
        // request (paynudge.core.wechat.http) must show neither.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        logging::install({ dir.path(), false });
        QLoggingCategory::setFilterRules(u"paynudge.*.debug=true"_s);
        AccountConfig a = account(TokenSource::Url);
        a.tokenUrl.setUserName(u"shopuser"_s);
        a.tokenUrl.setPassword(u"pa55-w0rd"_s);
        a.tokenUrl.setQuery(u"appid="_s + kTestAppid + u"&key=K3Y0123456789"_s);
        m_tokens->setAccounts({ a });
        const bool ok = get().ok();
        QLoggingCategory::setFilterRules({});
        logging::uninstall();
        QVERIFY(ok);
        QFile log(dir.filePath(u"paynudge.log"_s));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(log.readAll());
        QVERIFY2(text.contains(u"GET http://***:***@127.0.0.1:"_s), qPrintable(text)); // the line is there
        QVERIFY2(text.contains(u"?***"_s), qPrintable(text));
        for (const QString &leak : { u"shopuser"_s, u"pa55-w0rd"_s, u"K3Y0123456789"_s, u"appid="_s })
            QVERIFY2(!text.contains(leak), qPrintable(leak + u" in: "_s + text));
    }

    void cachesAndRefreshesBeforeExpiry()
    {
        const TokenResult first = get();
        QVERIFY(first.ok());
        QCOMPARE(first.token, m_fake->issuedTokens().value(0));
        QCOMPARE(m_fake->tokenRequestCount(), 1);

        bool immediate = false;
        m_tokens->get(u"shop1"_s, this, [&](const TokenResult &r) { immediate = r.token == first.token; });
        QVERIFY(immediate); // from the cache, at once
        m_clock->advance(6899 * kSecond);
        QCOMPARE(get().token, first.token);
        QCOMPARE(m_fake->tokenRequestCount(), 1);

        // 300 s before expiry: the still-valid token serves, a refresh runs in the background.
        m_clock->advance(1 * kSecond);
        QCOMPARE(get().token, first.token);
        QTRY_COMPARE(m_fake->tokenRequestCount(), 2);
        QTRY_VERIFY(get().token != first.token); // stable_token rotated near expiry
        QCOMPARE(m_fake->tokenRequestCount(), 2);
    }

    // Gets a token the way each send does, then waits for a refresh it may have started.
    QString sendsToken()
    {
        const TokenResult r = get();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!m_tokens->fetching(u"shop1"_s), 5000); }();
        return r.token;
    }

    void failingRefreshBacksOffWhileTheTokenServes()
    {
        m_tokens->setJitter([] { return 0.0; }); // the shortest waits: the most tries
        QList<QPair<qint64, QString>> told; // when, what
        connect(m_tokens.get(), &AccessTokens::refreshProblemChanged, this,
            [&](const QString &key, const QString &problem) {
                QCOMPARE(key, u"shop1"_s);
                told.append({ m_clock->nowMs(), problem });
            });
        const QString token = get().token;
        const qint64 expiry = m_clock->nowMs() + 7200 * kSecond;
        QCOMPARE(m_fake->tokenRequestCount(), 1);
        m_clock->advance(6900 * kSecond); // the token's last five minutes
        m_fake->setWhitelist({ u"198.51.100.1"_s }); // every token request is now refused (40164)

        // A send every second until the token runs out; the whitelist is fixed half-way.
        QStringList served;
        for (int s = 0; s < 299; ++s) {
            if (s == 150)
                m_fake->setWhitelist({});
            served << sendsToken();
            m_clock->advance(1 * kSecond);
        }
        // Tries at 0 s, 30 s, 90 s (refused) and 210 s (fine): a handful, not one per send,
        // and not given up either.
        const int asked = m_fake->tokenRequestCount() - 1;
        QVERIFY2(asked >= 3 && asked <= 5, qPrintable(QString::number(asked)));
        QCOMPARE(served.count(token), 211); // sends kept the valid token until the refresh worked
        QVERIFY(served.last() != token);

        QCOMPARE(told.size(), 2); // failing (once, not per try), then fine again — before expiry
        QVERIFY2(told.first().second.contains(u"40164"_s) && told.first().second.contains(u"127.0.0.1"_s),
            qPrintable(told.first().second));
        QVERIFY(told.first().first < expiry);
        QVERIFY(told.last().second.isEmpty());
        QVERIFY(told.last().first < expiry);
        QVERIFY(m_tokens->refreshProblem(u"shop1"_s).isEmpty());
    }

    void problemShowsUntilTheRefreshWorks()
    {
        m_tokens->setJitter([] { return 0.0; });
        QList<Error> told; // the refresh problem as a code, for the console's language
        connect(m_tokens.get(), &AccessTokens::refreshProblemChanged, this,
            [&](const QString &, const QString &problem, const Error &error) {
                QCOMPARE(error ? error.englishText() : problem, problem);
                told << error;
            });
        QVERIFY(get().ok());
        m_clock->advance(6900 * kSecond);
        m_fake->failNext(FakeWeChat::Api::AnyToken, -1, 100);
        QVERIFY(sendsToken().size() > 0);
        QVERIFY2(m_tokens->refreshProblem(u"shop1"_s).contains(u"errcode -1"_s),
            qPrintable(m_tokens->refreshProblem(u"shop1"_s)));
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().code, ErrorCode::WeChatMinus1);
        m_clock->advance(29 * kSecond);
        sendsToken();
        QCOMPARE(m_fake->tokenRequestCount(), 2); // not yet: the first retry waits 30 s
        QVERIFY(!m_tokens->refreshProblem(u"shop1"_s).isEmpty());
        m_fake->clearFaults();
        m_clock->advance(1 * kSecond);
        sendsToken();
        QCOMPARE(m_fake->tokenRequestCount(), 3);
        QVERIFY(m_tokens->refreshProblem(u"shop1"_s).isEmpty());
        QCOMPARE(told.size(), 2);
        QVERIFY(!told.last()); // fine again: nothing to say
    }

    void refreshRetriesDoubleUpToACapWithJitter()
    {
        m_tokens->setJitter([] { return 0.0; });
        QCOMPARE(m_tokens->refreshRetryDelay(1), AccessTokens::kRefreshRetryFirstMs);
        QCOMPARE(m_tokens->refreshRetryDelay(2), 2 * AccessTokens::kRefreshRetryFirstMs);
        QCOMPARE(m_tokens->refreshRetryDelay(3), AccessTokens::kRefreshRetryMaxMs);
        QCOMPARE(m_tokens->refreshRetryDelay(40), AccessTokens::kRefreshRetryMaxMs);
        m_tokens->setJitter([] { return 0.5; });
        QCOMPARE(m_tokens->refreshRetryDelay(1), AccessTokens::kRefreshRetryFirstMs * 9 / 8);
        QCOMPARE(m_tokens->refreshRetryDelay(40), AccessTokens::kRefreshRetryMaxMs * 9 / 8);
    }

    void oneFetchServesEveryWaiter()
    {
        QList<QString> tokens;
        for (int i = 0; i < 50; ++i)
            m_tokens->get(u"shop1"_s, this, [&](const TokenResult &r) { tokens << r.token; });
        QVERIFY(tokens.isEmpty()); // nothing cached: all wait
        QTRY_COMPARE(tokens.size(), 50);
        QCOMPARE(m_fake->tokenRequestCount(), 1);
        QCOMPARE(m_tokens->fetchCount(), 1);
        QCOMPARE(QSet<QString>(tokens.cbegin(), tokens.cend()).size(), 1);

        // Expired: again one fetch for everybody.
        m_clock->advance(7200 * kSecond);
        tokens.clear();
        for (int i = 0; i < 50; ++i)
            m_tokens->get(u"shop1"_s, this, [&](const TokenResult &r) { tokens << r.token; });
        QTRY_COMPARE(tokens.size(), 50);
        QCOMPARE(m_fake->tokenRequestCount(), 2);
    }

    void expiresOnlyTheTokenThatFailed()
    {
        const QString t1 = get().token;
        m_tokens->expire(u"shop1"_s, u"some-older-token"_s);
        QCOMPARE(get().token, t1);
        QCOMPARE(m_fake->tokenRequestCount(), 1);

        m_fake->invalidateTokens(kTestAppid); // someone force-refreshed
        m_tokens->expire(u"shop1"_s, t1);
        const QString t2 = get().token;
        QVERIFY(t2 != t1);
        QCOMPARE(m_fake->tokenRequestCount(), 2);
        // A late failure report about t1 must not throw t2 away.
        m_tokens->expire(u"shop1"_s, t1);
        QCOMPARE(get().token, t2);
        QCOMPARE(m_fake->tokenRequestCount(), 2);
    }

    void stableSourceAsksNormalMode()
    {
        QVERIFY(get().ok());
        const FakeWeChat::Request r = m_fake->requests().constLast();
        QCOMPARE(r.api, FakeWeChat::Api::StableToken);
        QCOMPARE(r.method, QByteArray("POST"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(u"grant_type"_s).toString(), u"client_credential"_s);
        QCOMPARE(body.value(u"appid"_s).toString(), kTestAppid);
        QCOMPARE(body.value(u"secret"_s).toString(), kTestSecret);
        QCOMPARE(body.value(u"force_refresh"_s), QJsonValue(false));
    }

    void classicAndUrlSources()
    {
        m_tokens->setAccounts({ account(TokenSource::Classic) });
        QVERIFY(get().ok());
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::Token), 1);
        const FakeWeChat::Request classic = m_fake->requests().constLast();
        QCOMPARE(classic.method, QByteArray("GET"));
        QCOMPARE(classic.query.queryItemValue(u"grant_type"_s), u"client_credential"_s);
        QCOMPARE(classic.query.queryItemValue(u"appid"_s), kTestAppid);

        // The shop keeps its secret: PayNudge needs none and asks the shop's service.
        qunsetenv(kTestSecretEnv);
        m_tokens->setAccounts({ account(TokenSource::Url) });
        const TokenResult viaShop = get();
        qputenv(kTestSecretEnv, kTestSecret.toUtf8());
        QVERIFY2(viaShop.ok(), qPrintable(viaShop.failure ? viaShop.failure->hint : QString()));
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::ShopToken), 1);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::StableToken), 0);
    }

    void changedAccountLosesItsToken()
    {
        const QString t1 = get().token;
        m_tokens->setAccounts({ account() }); // unchanged: kept
        QCOMPARE(get().token, t1);
        QCOMPARE(m_fake->tokenRequestCount(), 1);
        m_tokens->setAccounts({ account(TokenSource::Classic) });
        QVERIFY(get().token != t1);
        QCOMPARE(m_fake->tokenRequestCount(), 2);
    }

    void failuresAreClassified()
    {
        m_fake->setCallerIp(u"203.0.113.7"_s);
        m_fake->setWhitelist({ u"198.51.100.1"_s });
        TokenResult r = get();
        QVERIFY(!r.ok());
        QCOMPARE(r.failure->status, SendStatus::AccountConfig);
        QCOMPARE(r.failure->errcode, 40164);
        QVERIFY2(
            r.failure->hint.contains(u"add 203.0.113.7 to the IP whitelist"_s), qPrintable(r.failure->hint));
        QVERIFY(!r.failure->rid.isEmpty());
        QVERIFY(!r.failure->errmsg.contains(u"rid"_s));
        m_fake->setWhitelist({});

        m_fake->failNext(FakeWeChat::Api::AnyToken, 45009);
        r = get();
        QCOMPARE(r.failure->status, SendStatus::AccountQuota);
        QCOMPARE(r.failure->pauseUntil, wechat::nextQuotaReset(m_clock->nowMs()));

        m_fake->failNext(FakeWeChat::Api::AnyToken, 45011);
        r = get();
        QCOMPARE(r.failure->status, SendStatus::Transient);
        QCOMPARE(r.failure->notBefore, wechat::nextMinute(m_clock->nowMs()));

        m_fake->httpErrorNext(FakeWeChat::Api::AnyToken, 503);
        QCOMPARE(get().failure->status, SendStatus::Transient);

        m_fake->failNext(FakeWeChat::Api::AnyToken, 40125);
        r = get();
        QCOMPARE(r.failure->status, SendStatus::AccountConfig);
        QVERIFY(r.failure->hint.contains(
            QString::fromLatin1(kTestSecretEnv))); // says where the secret comes from
        QVERIFY(get().ok()); // failures are not cached
    }

    void wrongSecretOnTheClassicEndpointIsConfiguration()
    {
        qputenv(kTestSecretEnv, "wrong-secret-value");
        m_tokens->setAccounts({ account(TokenSource::Classic) });
        const TokenResult r = get();
        qputenv(kTestSecretEnv, kTestSecret.toUtf8());
        QCOMPARE(r.failure->errcode, 40001);
        QCOMPARE(r.failure->status, SendStatus::AccountConfig); // not a token to refresh: a wrong AppSecret
        QVERIFY(r.failure->hint.contains(u"AppSecret"_s));
    }

    void missingSecretNeverCallsWeChat()
    {
        qunsetenv(kTestSecretEnv);
        const TokenResult r = get();
        qputenv(kTestSecretEnv, kTestSecret.toUtf8());
        QCOMPARE(r.failure->status, SendStatus::AccountConfig);
        QVERIFY2(r.failure->hint.contains(QString::fromLatin1(kTestSecretEnv)), qPrintable(r.failure->hint));
        QCOMPARE(m_fake->tokenRequestCount(), 0);
        QCOMPARE(m_tokens->fetchCount(), 0);
    }

    void unreachableServerIsTransient()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        QUrl nowhere(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        m_tokens->setApi(nowhere, 500);
        const TokenResult r = get();
        QCOMPARE(r.failure->status, SendStatus::Transient);
        QVERIFY(r.failure->hint.contains(u"could not get an access token"_s));
        // The same as a code, for the console's language; its English is the hint.
        QCOMPARE(r.failure->problem.code, ErrorCode::TokenStableUnreachable);
        QCOMPARE(r.failure->problem.englishText(), r.failure->hint);
    }

    void shopServiceWithoutATokenIsConfiguration()
    {
        AccountConfig a = account(TokenSource::Url);
        a.tokenUrl.setPath(u"/no/such/service"_s);
        m_tokens->setAccounts({ a });
        const TokenResult r = get();
        QCOMPARE(r.failure->status, SendStatus::AccountConfig);
        QVERIFY(r.failure->hint.contains(u"tokenUrl"_s));
    }

    void unknownAccountFailsLater()
    {
        bool called = false;
        m_tokens->get(u"nope"_s, this, [&](const TokenResult &r) { called = !r.ok(); });
        QVERIFY(!called); // never inside get()
        QTRY_VERIFY(called);
    }

    void secretsAndTokensAreRegisteredForRedaction()
    {
        const QString token = get().token;
        QCOMPARE(logging::redact(u"x "_s + token + u" y"_s), u"x *** y"_s);
        QCOMPARE(logging::redact(kTestSecret), u"***"_s);
    }

    void accountTestReportsOkOrWhatToFix()
    {
        ManualClock clock(kT0);
        WeChatClient client(clock);
        WeChatSettings settings;
        settings.apiBase = m_fake->baseUrl();
        client.setSettings(settings);
        QSignalSpy spy(&client, &WeChatClient::accountTested);
        client.testAccount(account());
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"shop1"_s);
        QCOMPARE(spy.at(0).at(1).toBool(), true);
        QVERIFY(spy.at(0).at(2).toString().startsWith(u"ok"_s));

        m_fake->setCallerIp(u"198.51.100.23"_s);
        m_fake->setWhitelist({ u"192.0.2.1"_s });
        client.testAccount(account());
        QTRY_COMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(1).toBool(), false);
        QVERIFY(spy.at(1).at(2).toString().contains(u"198.51.100.23"_s));

        AccountConfig dry = account();
        dry.appid.clear();
        client.testAccount(dry);
        QTRY_COMPARE(spy.size(), 3);
        QCOMPARE(spy.at(2).at(1).toBool(), false);
        QCOMPARE(client.tokens().fetchCount(), 2); // the dry account asked nobody
    }
};

QTEST_GUILESS_MAIN(TestAccessTokens)
#include "tst_accesstokens.moc"
