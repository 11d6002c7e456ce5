// "Look up at WeChat" on a failed send of the history (against the fake WeChat): the button is
// offered for the one selected failed send with a rid, the dialog shows WeChat's record of the
// request — the caller's IP that settles a 40164, the URL with its token blanked — in Chinese too;
// and the status bar shows the account's quota.
#include "console/consoletable.h"
#include "console/historymodel.h"
#include "console/historyview.h"
#include "console/mainwindow.h"
#include "console/pendingordersmodel.h"
#include "console/pendingview.h"
#include "console/quotalabel.h"
#include "console/ridlookupdialog.h"
#include "console/statusbanner.h"
#include "engine/engine.h"
#include "fakewechat.h"
#include "readmodel/openidmask.h"
#include "shell/translations.h"
#include "testsupport.h"
#include "wechat/wechatsender.h"
#include "wechattestkit.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

class TestRidLookup : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeWeChatFixture> m_wechat;
    std::unique_ptr<EngineFixture> m_f;
    std::unique_ptr<MainWindow> w;

    // One order of shop1 whose reminder WeChat refuses with 40164 (caller's IP not whitelisted).
    void make()
    {
        m_wechat = std::make_unique<FakeWeChatFixture>();
        QVERIFY(m_wechat->listening);
        m_wechat->fake.setCallerIp(u"203.0.113.7"_s);
        Config config = testConfig();
        config.wechat.apiBase = m_wechat->fake.baseUrl();
        config.wechat.timeoutOverrideMs = 2000;
        AccountConfig a = wechatAccount(u"shop1"_s, kTestAppid, QString::fromLatin1(kTestSecretEnv));
        a.name = u"西瓜乐园"_s;
        config.accounts = { a };
        m_f = std::make_unique<EngineFixture>(config);
        QVERIFY2(m_f->ok, qPrintable(m_f->error));
        m_f->engine->start();
        QCOMPARE(m_f->engine->acceptOrder(sampleOrder(u"P202603020001"_s, kT0, u"shop1"_s)).kind,
            AcceptResult::Kind::Created);
        m_wechat->fake.failNext(FakeWeChat::Api::TemplateSend, 40164);
        m_f->clock.advance(10 * 60 * 1000);
        QTRY_VERIFY_WITH_TIMEOUT(m_f->engine->isAccountPaused(u"shop1"_s), 5000);

        w = std::make_unique<MainWindow>(*m_f->engine);
        w->pendingView().model().setTicking(false);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        HistoryView &history = w->historyView();
        QTRY_COMPARE_WITH_TIMEOUT(history.model().rowCount(), 1, 5000);
    }

    RidLookupDialog *openLookup()
    {
        HistoryView &history = w->historyView();
        history.table().selectRow(0);
        if (!history.lookupButton().isEnabled())
            return nullptr;
        history.lookupButton().click();
        auto *d = w->findChild<RidLookupDialog *>();
        if (!d)
            return nullptr;
        QSignalSpy answered(d, &RidLookupDialog::answered);
        return answered.wait(5000) ? d : nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(Translations::install(u"en"_s)); }

    void cleanup()
    {
        w.reset();
        m_f.reset();
        m_wechat.reset();
        Translations::install(u"en"_s);
    }

    void offeredOnlyForAFailedSendWithARid()
    {
        make();
        HistoryView &history = w->historyView();
        QVERIFY(!history.lookupButton().isEnabled()); // nothing selected
        history.table().selectRow(0);
        QVERIFY(history.lookupButton().isEnabled());
        QVERIFY(!history.model().rowAt(0)->rid.isEmpty());
        history.table().clearSelection();
        QVERIFY(!history.lookupButton().isEnabled());
        QVERIFY(!history.lookUpAtWeChat());
    }

    void showsWeChatsRecordOfTheRequest()
    {
        make();
        RidLookupDialog *d = openLookup();
        QVERIFY(d);
        QVERIFY2(d->statusText().contains(u"203.0.113.7"_s) && d->statusText().contains(u"whitelist"_s),
            qPrintable(d->statusText()));
        QCOMPARE(d->findChild<QLabel *>(u"ridClientIp"_s)->text(), u"203.0.113.7"_s);
        QCOMPARE(d->findChild<QLabel *>(u"ridValue"_s)->text(), w->historyView().model().rowAt(0)->rid);
        const QString url = d->findChild<QLabel *>(u"ridUrl"_s)->text();
        QVERIFY2(url.contains(u"access_token=***"_s), qPrintable(url));
        for (const QString &token : m_wechat->fake.issuedTokens())
            QVERIFY(!url.contains(token));
        const QString body = d->findChild<QPlainTextEdit *>(u"ridRequestBody"_s)->toPlainText();
        QVERIFY(body.contains(u"\"touser\""_s));
        const QString openid = sampleOrder(u"P202603020001"_s, kT0, u"shop1"_s).openid;
        QVERIFY2(!body.contains(openid) && body.contains(maskOpenid(openid)),
            qPrintable(body)); // masked in the UI
        QVERIFY(d->findChild<QPlainTextEdit *>(u"ridResponseBody"_s)->toPlainText().contains(u"40164"_s));
        QCOMPARE(d->findChild<QLabel *>(u"ridTime"_s)->text(),
            QDateTime::fromMSecsSinceEpoch(
                m_wechat->clock.nowMs() / 1000 * 1000, m_f->engine->config().reminder.plan.zone)
                .toString(u"yyyy-MM-dd HH:mm:ss"_s));
    }

    void speaksChineseAndIsGrabbed()
    {
        QVERIFY(Translations::install(u"zh_CN"_s));
        make();
        RidLookupDialog *d = openLookup();
        QVERIFY(d);
        QVERIFY2(d->statusText().contains(u"白名单"_s), qPrintable(d->statusText()));
        QVERIFY(d->windowTitle().contains(u"微信"_s));
        applyLayoutRequests(); // the layout takes the answer's longer texts in
        QVERIFY(d->grab().save(u"/tmp/i11-quota-ridlookup.zh_CN.png"_s));
    }

    void statusBarShowsTheQuota()
    {
        make();
        auto *label = w->findChild<QuotaLabel *>();
        QVERIFY(label);
        m_wechat->fake.setDailyQuota(FakeWeChat::Api::TemplateSend, 1);
        QSignalSpy read(&m_f->engine->wechatSender()->quota(), &wechat::QuotaWatcher::quotaChanged);
        m_f->engine->wechatSender()->quota().refresh();
        QVERIFY(read.wait(5000));
        QVERIFY2(label->text().contains(u"西瓜乐园 0 / 1"_s), qPrintable(label->text()));
        QVERIFY(!label->warning());
        QVERIFY(!w->banner().lines().join(u'\n').contains(u"quota"_s));

        // One message of the account delivered (by another sender: WeChat counts per account):
        // 1 of 1 used, past 80 %: marked in the status bar, a line in the banner.
        wechat::WeChatSender other(m_wechat->clock);
        other.setSettings(m_f->engine->config().wechat);
        other.setAccounts(m_f->engine->config().accounts);
        QSignalSpy sent(&other, &Sender::finished);
        other.send(outgoingMessage(1, u"shop1"_s, u"oQuota"_s));
        QVERIFY(sent.wait(5000));
        QCOMPARE(sent.at(0).at(0).value<SendResult>().status, SendStatus::Accepted);
        m_f->engine->wechatSender()->quota().refresh();
        QVERIFY(read.wait(5000));
        QVERIFY(label->warning());
        QVERIFY2(label->text().contains(u"⚠ 西瓜乐园 1 / 1"_s), qPrintable(label->text()));
        const QString banner = w->banner().lines().join(u'\n');
        QVERIFY2(banner.contains(u"100 % of today's WeChat quota (1 of 1)"_s), qPrintable(banner));
    }
};

QTEST_MAIN(TestRidLookup)
#include "tst_ridlookup.moc"
