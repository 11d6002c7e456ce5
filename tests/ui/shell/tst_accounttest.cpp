#include "fakewechat.h"
#include "settingsfixture.h"
#include "shell/accounteditor.h"
#include "shell/accountspage.h"
#include "shell/translations.h"
#include "wechat/appsecret.h"
#include "wechat/wechatsender.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
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

    // The Test button's result is in the UI's language: WeChat's refusal as its code's text.
    void theTestResultIsInTheUisLanguage()
    {
        ManualClock clock(kT0);
        FakeWeChat wechat(clock);
        QVERIFY(wechat.listen());
        wechat.addAccount(u"wx0123456789abcdef"_s, u"right-secret-0123456789"_s);
        wechat.setCallerIp(u"198.51.100.23"_s);
        wechat.setWhitelist({ u"192.0.2.1"_s });
        Translations::install(u"zh_CN"_s);
        DialogFixture f(connectedIni(QString(), wechat.baseUrl().toString()));
        AccountEditor *editor = f.dialog->accountsPage()->editor();
        QTest::mouseClick(
            editor->testButton(), Qt::LeftButton); // no AppSecret yet: said before asking WeChat
        const QString missing = editor->testResult()->text();
        f.type(editor->secretEdit(), u"right-secret-0123456789"_s);
        QTest::mouseClick(editor->testButton(), Qt::LeftButton);
        QTRY_VERIFY(editor->testButton()->isEnabled());
        const QString refused = editor->testResult()->text();
        Translations::install(u"en"_s);
        QVERIFY2(missing.contains(u"AppSecret"_s) && missing.contains(u"请"_s), qPrintable(missing));
        QCOMPARE(wechat.tokenRequestCount(), 1);
        QVERIFY2(refused.contains(u"微信拒绝了来自 IP 198.51.100.23 的调用"_s), qPrintable(refused));
    }

    // No keychain here (the fixture uses none, as a server or a desktop without Secret Service):
    // the typed AppSecret goes to an owner-only file in the data folder, the account is pointed
    // at it, the engine reads it, and the dialog says where it went.
    void aSecretTypedWithoutKeychainGoesToAnOwnerOnlyFile()
    {
        DialogFixture f(connectedIni(QString()));
        QVERIFY(f.loadErrors.isEmpty());
        AccountEditor *editor = f.dialog->accountsPage()->editor();
        const QString secret = u"right-secret-0123456789"_s;
        f.type(editor->secretEdit(), secret);
        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));

        const QString file = wechat::AppSecret::fallbackFile(f.engine->dir.path(), u"shop1"_s);
        QCOMPARE(readFile(file).trimmed(), secret.toUtf8());
        QCOMPARE(QFile::permissions(file) & 0x0077, QFileDevice::Permissions());
        const QByteArray ini = readFile(f.configPath);
        QVERIFY2(ini.contains(QByteArray(QByteArray("secretFile=") + file.toUtf8())), ini.constData());
        QVERIFY(!ini.contains(secret.toUtf8()));
        const AccountConfig *account = f.engine->engine->config().account(u"shop1"_s);
        QVERIFY(account);
        QCOMPARE(account->secretFile, file);
        QCOMPARE(wechat::AppSecret::resolve(*account, nullptr), std::optional<QString>(secret));
        QVERIFY2(f.dialog->statusText().contains(u"no keychain"_s) && f.dialog->statusText().contains(file),
            qPrintable(f.dialog->statusText()));
        QVERIFY(!f.dialog->statusText().contains(secret));
        QVERIFY2(editor->secretHint()->text().contains(file), qPrintable(editor->secretHint()->text()));
    }

    // A variable chosen for the AppSecret is no dead end: typing one replaces that choice,
    // emptying the field again brings it back.
    void aTypedSecretReplacesTheVariable()
    {
        DialogFixture f(connectedIni(u"PAYNUDGE_TEST_NO_SUCH_VARIABLE"_s));
        QVERIFY(f.loadErrors.isEmpty());
        AccountEditor *editor = f.dialog->accountsPage()->editor();
        auto *env = qobject_cast<QLineEdit *>(editor->fieldFor(u"secretEnv"_s));
        QVERIFY(editor->secretEdit()->isEnabled());
        QVERIFY(editor->secretHint()->text().contains(u"PAYNUDGE_TEST_NO_SUCH_VARIABLE"_s));
        f.type(editor->secretEdit(), u"right-secret-0123456789"_s);
        QVERIFY(env->text().isEmpty());
        QVERIFY(editor->secretHint()->text().contains(u"no longer read"_s));
        f.type(editor->secretEdit(), QString());
        QCOMPARE(env->text(), u"PAYNUDGE_TEST_NO_SUCH_VARIABLE"_s);

        f.type(editor->secretEdit(), u"right-secret-0123456789"_s);
        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));
        const AccountConfig *account = f.engine->engine->config().account(u"shop1"_s);
        QVERIFY(account->secretEnv.isEmpty());
        QCOMPARE(wechat::AppSecret::resolve(*account, nullptr),
            std::optional<QString>(u"right-secret-0123456789"_s));
    }

    // Paused because WeChat rejected the AppSecret (40125): a new one saved in Settings is tried
    // at once with a token fetch — still wrong, it stays paused; right, it resumes, no Retry.
    void aPausedAccountIsTriedAgainOnceItsSecretIsFixed()
    {
        ManualClock clock(kT0);
        FakeWeChat wechat(clock);
        QVERIFY(wechat.listen());
        wechat.addAccount(u"wx0123456789abcdef"_s, u"right-secret-0123456789"_s);
        DialogFixture f(connectedIni(QString(), wechat.baseUrl().toString()));
        QVERIFY(f.loadErrors.isEmpty());
        Engine &engine = *f.engine->engine;
        const Error rejected(
            ErrorCode::WeChat40125, {}, { u"shop1"_s, u"wx0123456789abcdef"_s, {}, u"the keychain"_s });
        engine.pauseAccount(u"shop1"_s, rejected);
        QVERIFY(engine.isAccountPaused(u"shop1"_s));
        AccountEditor *editor = f.dialog->accountsPage()->editor();

        f.type(editor->secretEdit(), u"still-wrong-0123456789"_s);
        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));
        QTRY_COMPARE(wechat.tokenRequestCount(), 1);
        QTRY_VERIFY(!engine.wechatSender()->client().tokens().fetching(u"shop1"_s));
        QVERIFY(engine.isAccountPaused(u"shop1"_s));
        QCOMPARE(engine.accountStates().value(u"shop1"_s).problem.code, ErrorCode::WeChat40125);

        // The same file again: the configuration does not change, the secret does.
        f.type(editor->secretEdit(), u"right-secret-0123456789"_s);
        QVERIFY2(f.dialog->apply(), qPrintable(f.dialog->errorText()));
        QTRY_VERIFY(!engine.isAccountPaused(u"shop1"_s));
        QCOMPARE(wechat.tokenRequestCount(), 2);
    }

private:
    // shop1 connected (AppID set) against `apiBase`, its AppSecret from `secretEnv` or (empty) nowhere yet.
    static QByteArray connectedIni(const QString &secretEnv, const QString &apiBase = u"http://127.0.0.1:9"_s)
    {
        QByteArray ini = startingIni();
        ini.replace("apiBase=https://api.weixin.qq.com", QByteArray("apiBase=" + apiBase.toUtf8()));
        ini.replace("appid=                    ; e.g.", "appid=wx0123456789abcdef ; e.g.");
        ini.replace("secretEnv=    ", QByteArray("secretEnv=" + secretEnv.toUtf8() + "    "));
        return ini; // mapped (fields/…): nothing is read from WeChat at load
    }
};

QTEST_MAIN(TestAccountTest)
#include "tst_accounttest.moc"
