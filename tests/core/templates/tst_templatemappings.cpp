// Templates read from WeChat, end to end against the fake (issue 11): an account without
// fields/… sends the mapping suggested for its template — never the legacy first/keyword1/remark
// layout —, its template list is read once and kept in the store, a template WeChat does not
// list pauses the account, subscribe kinds read /wxaapi/newtmpl/gettemplate, and the check at
// load names what a mapping misses.
#include "common/clock.h"
#include "engineinternals.h"
#include "fakewechat.h"
#include "store/database.h"
#include "templates/mappingcheck.h"
#include "templates/mappingsuggester.h"
#include "templates/templatecache.h"
#include "templates/templatefetch.h"
#include "testsupport.h"
#include "wechat/wechatclient.h"
#include "wechattestkit.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

namespace {
constexpr qint64 kRound = 600 * kSecond;
const QStringList kCategoryKeys { u"character_string1"_s, u"thing2"_s, u"amount3"_s, u"time4"_s, u"time5"_s };
} // namespace

class TestTemplateMappings : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineFixture> m_f;
    std::unique_ptr<FakeWeChat> m_fake;
    QStringList m_problems;

    Engine &engine() { return *m_f->engine; }
    qint64 now() const { return m_f->clock.nowMs(); }

    // shop1 names its template (a category one, without first/remark) and no fields/….
    static AccountConfig unmapped(MessageKind kind = MessageKind::Template)
    {
        AccountConfig a = wechatAccount(u"shop1"_s, kTestAppid, QString::fromLatin1(kTestSecretEnv), kind);
        a.fields.clear();
        return a;
    }

    void makeFake()
    {
        m_f = std::make_unique<EngineFixture>();
        QVERIFY2(m_f->ok, qPrintable(m_f->error));
        m_fake = std::make_unique<FakeWeChat>(m_f->clock);
        m_fake->addAccount(kTestAppid, kTestSecret);
        QVERIFY(m_fake->listen());
    }

    void start(const QList<AccountConfig> &accounts)
    {
        Config c = testConfig();
        c.accounts = accounts;
        c.wechat.apiBase = m_fake->baseUrl();
        c.wechat.timeoutOverrideMs = 500;
        connect(&engine(), &Engine::problem, this, [this](const QString &account, const QString &message) {
            m_problems << account + u": "_s + message;
        });
        engine().applyConfig(c);
        engine().start();
    }

    void placeDue(const QString &orderNo, const QString &openid = u"oCustomer1"_s)
    {
        OrderInput o = sampleOrder(orderNo, now() - kRound, u"shop1"_s);
        o.openid = openid;
        o.closeAt = now() + 3600 * kSecond;
        QCOMPARE(engine().acceptOrder(o).kind, AcceptResult::Kind::Created);
    }

    ReminderState state(const QString &orderNo) { return m_f->onlyReminder(orderNo).state; }

private slots:
    void initTestCase() { qputenv(kTestSecretEnv, kTestSecret.toUtf8()); }

    void cleanup()
    {
        m_f.reset();
        m_fake.reset();
        m_problems.clear();
    }

    void anAccountWithoutFieldsSendsTheSuggestedMapping()
    {
        makeFake();
        m_fake->addTemplate(kTestAppid, u"TPL"_s, kCategoryKeys, u"订单待付款提醒"_s);
        m_fake->setKeyLabel(u"TPL"_s, u"time5"_s, u"关闭时间"_s);
        start({ unmapped() });
        placeDue(u"N1"_s);
        QTRY_COMPARE(state(u"N1"_s), ReminderState::Sent);
        QCOMPARE(m_fake->deliveries().size(), 1);
        const QJsonObject data = m_fake->deliveries().first().body.value(u"data"_s).toObject();
        // Exactly the template's keys: no first, keyword1 or remark a category template lacks.
        QStringList sent = data.keys();
        QStringList expected = kCategoryKeys;
        sent.sort();
        expected.sort();
        QCOMPARE(sent, expected);
        QCOMPARE(data.value(u"character_string1"_s).toObject().value(u"value"_s).toString(), u"N1"_s);
        QCOMPARE(data.value(u"time5"_s).toObject().value(u"value"_s).toString(),
            QDateTime::fromMSecsSinceEpoch(now() + 3600 * kSecond, testConfig().reminder.plan.zone)
                .toString(u"yyyy-MM-dd HH:mm"_s)); // 关闭时间 carries the close time
        QVERIFY(m_problems.isEmpty());

        // The list was read once (at load) and kept in the store; the next send asks nothing.
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateList), 1);
        QCOMPARE(countWhere(engine(), u"SELECT count(*) FROM template_catalog WHERE account = 'shop1'"_s), 1);
        placeDue(u"N2"_s, u"oCustomer2"_s);
        QTRY_COMPARE(state(u"N2"_s), ReminderState::Sent);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateList), 1);
    }

    void aCachedListServesTheNextStartWithoutARequest()
    {
        makeFake();
        m_fake->addTemplate(kTestAppid, u"TPL"_s, kCategoryKeys);
        TemplateCache cache(EngineInternals::store(engine()));
        wechat::WeChatClient client(m_f->clock);
        WeChatSettings settings;
        settings.apiBase = m_fake->baseUrl();
        client.setSettings(settings);
        client.setAccounts({ unmapped() });
        std::optional<TemplateFetchResult> fetched;
        fetchTemplateCatalog(
            client, m_f->clock, unmapped(), this, [&](const TemplateFetchResult &r) { fetched = r; });
        QTRY_VERIFY(fetched);
        QVERIFY2(fetched->ok(), qPrintable(fetched->problem));
        QString error;
        QVERIFY(cache.save(unmapped(), *fetched->catalog, &error));
        const int listed = m_fake->requestCount(FakeWeChat::Api::TemplateList);

        start({ unmapped() });
        placeDue(u"C1"_s);
        QTRY_COMPARE(state(u"C1"_s), ReminderState::Sent);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateList), listed);
    }

    void aTemplateWeChatDoesNotListPausesTheAccount()
    {
        makeFake();
        m_fake->addTemplate(kTestAppid, u"SOME-OTHER"_s, kCategoryKeys);
        start({ unmapped() });
        QTRY_VERIFY(engine().isAccountPaused(u"shop1"_s));
        const QString reason = engine().accountStates().value(u"shop1"_s).reason;
        QVERIFY2(reason.contains(u"TPL"_s) && reason.contains(u"fields/"_s), qPrintable(reason));
        QCOMPARE(m_problems.size(), 1);
        // Stored with its code, so the console words it in its language; the English is its text.
        const Error problem = engine().accountStates().value(u"shop1"_s).problem;
        QVERIFY(problem.is(ErrorCode::TemplateNotListedNoFields));
        QCOMPARE(problem.args.value(1), u"TPL"_s);
        QCOMPARE(reason, problem.englishText());
        placeDue(u"P1"_s);
        QVERIFY(idleAfter(*m_f));
        QCOMPARE(state(u"P1"_s), ReminderState::Scheduled); // waits for the operator, nothing burnt
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::AnySend), 0);
    }

    void aSendBeforeTheListIsKnownPausesInsteadOfGuessing()
    {
        makeFake();
        m_fake->addTemplate(kTestAppid, u"SOME-OTHER"_s, kCategoryKeys);
        m_fake->delayNext(FakeWeChat::Api::TemplateList, 100); // the send comes before the load's answer
        start({ unmapped() });
        placeDue(u"S1"_s);
        QTRY_VERIFY(engine().isAccountPaused(u"shop1"_s));
        QTRY_COMPARE(state(u"S1"_s), ReminderState::Scheduled);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::AnySend), 0);
        QVERIFY(m_fake->requestCount(FakeWeChat::Api::TemplateList) >= 1);
    }

    void subscribeKindsReadGetTemplate()
    {
        makeFake();
        FakeWeChat::SubscribeTemplate t;
        t.id = u"TPL"_s;
        t.title = u"待支付提醒"_s;
        t.keys = { { u"character_string1"_s, u"订单号"_s }, { u"thing2"_s, u"商品"_s },
            { u"phrase3"_s, u"状态"_s }, { u"enum4"_s, u"支付状态"_s }, { u"time5"_s, u"截止时间"_s } };
        t.enumValues.insert(u"enum4"_s, { u"已支付"_s, u"待支付"_s });
        m_fake->addSubscribeTemplate(kTestAppid, t);
        start({ unmapped(MessageKind::Subscribe) });
        placeDue(u"B1"_s);
        QTRY_COMPARE(state(u"B1"_s), ReminderState::Sent);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::SubscribeTemplateList), 1);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateList), 0);
        const QJsonObject data = m_fake->deliveries().first().body.value(u"data"_s).toObject();
        QCOMPARE(data.value(u"enum4"_s).toObject().value(u"value"_s).toString(), u"待支付"_s);
        QCOMPARE(data.value(u"phrase3"_s).toObject().value(u"value"_s).toString(), u"待支付"_s);
        QCOMPARE(data.size(), 5);
    }

    void aMappedAccountsListIsReadAfterItsFirstSend()
    {
        makeFake();
        // DESIGN.md's mapping fits this template, but shows no deadline.
        m_fake->addTemplate(
            kTestAppid, u"TPL"_s, { u"character_string1"_s, u"thing2"_s, u"amount3"_s, u"time4"_s });
        QSignalSpy idle(&engine(), &Engine::idle);
        start({ wechatAccount(u"shop1"_s, kTestAppid, QString::fromLatin1(kTestSecretEnv)) });
        QTRY_VERIFY(!idle.isEmpty()); // started, swept, nothing due: whatever start asks is asked
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateList), 0); // not before a send
        QCOMPARE(m_fake->tokenRequestCount(), 0); // nor on its way (a list read needs a token first)
        QVERIFY(engine().templateFindings(u"shop1"_s).isEmpty());
        placeDue(u"F1"_s);
        QTRY_COMPARE(state(u"F1"_s), ReminderState::Sent);
        QTRY_VERIFY(!engine().templateFindings(u"shop1"_s).isEmpty());
        const QString findings = engine().templateFindings(u"shop1"_s).join(u'\n');
        QVERIFY2(findings.contains(u"{close_in}"_s), qPrintable(findings));
        QVERIFY(m_problems.isEmpty()); // a warning, not a problem
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateList), 1);
        QCOMPARE(m_fake->tokenRequestCount(), 1); // the send's token served the list too
        QCOMPARE(countWhere(engine(), u"SELECT count(*) FROM template_catalog"_s), 1);
        placeDue(u"F2"_s, u"oCustomer2"_s);
        QTRY_COMPARE(state(u"F2"_s), ReminderState::Sent);
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateList), 1); // once per run
    }

    void aDryRunAccountWithoutTemplateStillReadsLikeAReminder()
    {
        makeFake();
        AccountConfig dry = unmapped();
        dry.appid.clear(); // runs dry: nothing to read a template with
        dry.templateId.clear();
        start({ dry });
        placeDue(u"D1"_s);
        QTRY_COMPARE(state(u"D1"_s), ReminderState::DryRun);
        QSqlQuery q(EngineInternals::connection(engine()));
        QVERIFY(q.exec(u"SELECT detail FROM send_attempts"_s) && q.next());
        const QString detail = q.value(0).toString();
        // The order, its amount and the call to pay with the deadline; no legacy first/remark.
        QVERIFY2(detail.contains(u"character_string1=D1"_s) && detail.contains(u"请于"_s)
                && detail.contains(u"amount3=¥"_s) && !detail.contains(u"first="_s),
            qPrintable(detail));
        QCOMPARE(m_fake->requestCount(FakeWeChat::Api::TemplateList), 0);
    }

    void theLoadCheckNamesAMappingsMissingKey()
    {
        makeFake();
        m_fake->addTemplate(kTestAppid, u"TPL"_s, kCategoryKeys);
        AccountConfig mapped = wechatAccount(u"shop1"_s, kTestAppid, QString::fromLatin1(kTestSecretEnv));
        // The list is in the store (the settings read it); the mapping leaves time5 empty.
        TemplateCache cache(EngineInternals::store(engine()));
        QJsonObject answer;
        {
            wechat::WeChatClient client(m_f->clock);
            WeChatSettings settings;
            settings.apiBase = m_fake->baseUrl();
            client.setSettings(settings);
            client.setAccounts({ mapped });
            std::optional<TemplateFetchResult> fetched;
            fetchTemplateCatalog(
                client, m_f->clock, mapped, this, [&](const TemplateFetchResult &r) { fetched = r; });
            QTRY_VERIFY(fetched && fetched->ok());
            QString error;
            QVERIFY(cache.save(mapped, *fetched->catalog, &error));
        }
        start({ mapped });
        QTRY_COMPARE(m_problems.size(), 1);
        QVERIFY2(m_problems.first().contains(u"time5"_s) && m_problems.first().contains(u"47003"_s),
            qPrintable(m_problems.first()));
        const QString findings = engine().templateFindings(u"shop1"_s).join(u'\n');
        QVERIFY2(findings.contains(u"time5"_s), qPrintable(findings));
        QVERIFY2(findings.contains(u"{close_in}"_s), qPrintable(findings)); // and no deadline is shown
        QVERIFY(!engine().isAccountPaused(u"shop1"_s)); // a warning, the send itself will tell
    }
};

QTEST_GUILESS_MAIN(TestTemplateMappings)
#include "tst_templatemappings.moc"
