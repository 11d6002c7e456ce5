#include "fakewechat.h"
#include "settingsfixture.h"
#include "shell/accounteditor.h"
#include "shell/accountspage.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The account's "Test" button against the fake WeChat server: it fetches a token with the
// settings as typed, including an AppSecret not saved yet.
class TestAccountTest : public QObject
{
    Q_OBJECT

private slots:
    void accountTestFetchesAToken()
    {
        ManualClock clock(kT0);
        FakeWeChat wechat(clock);
        QVERIFY(wechat.listen());
        wechat.addAccount(u"wx0123456789abcdef"_s, u"right-secret-0123456789"_s);
        QByteArray ini = startingIni();
        ini.replace("apiBase=https://api.weixin.qq.com",
            QByteArray(QByteArray("apiBase=") + wechat.baseUrl().toString().toUtf8()));
        ini.replace("appid=                    ; e.g.", "appid=wx0123456789abcdef ; e.g.");
        DialogFixture f(ini);
        QVERIFY(f.loadErrors.isEmpty());
        AccountEditor *editor = f.dialog->accountsPage()->editor();
        f.type(editor->secretEdit(), u"wrong-secret-0123456789"_s); // typed, not saved: the test uses it
        QTest::mouseClick(editor->testButton(), Qt::LeftButton);
        QTRY_VERIFY(editor->testButton()->isEnabled());
        QVERIFY2(editor->testResult()->text().startsWith(u"✘"_s), qPrintable(editor->testResult()->text()));

        f.type(editor->secretEdit(), u"right-secret-0123456789"_s);
        QTest::mouseClick(editor->testButton(), Qt::LeftButton);
        QTRY_VERIFY(editor->testButton()->isEnabled());
        QVERIFY2(editor->testResult()->text().startsWith(u"✔"_s), qPrintable(editor->testResult()->text()));
        QCOMPARE(wechat.tokenRequestCount(), 2);
        QVERIFY(!editor->testResult()->text().contains(u"right-secret"_s));
    }
};

QTEST_MAIN(TestAccountTest)
#include "tst_accounttest.moc"
