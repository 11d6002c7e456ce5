// Screenshots of a fresh start (issue 14): the main window with the dry-run banner and status
// bar, the setup checklist (nothing set up; then an account WeChat refused for its IP) and the
// tray menu, at 1366×768. Not a test: for looking at them.
//
//   LANG=zh_CN.UTF-8 xvfb-run -a -s "-screen 0 1366x768x24" build/ci/tests/ui/console/firstrun_screenshots
//       OUTDIR [language]
#include "console/mainwindow.h"
#include "console/setupchecklist.h"
#include "console/testmessagedialog.h"
#include "engine/engine.h"
#include "shell/settingsdialog.h"
#include "shell/translations.h"
#include "shell/traycontroller.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString outDir = app.arguments().value(1, u"."_s);
    const QString language = app.arguments().value(2, u"en"_s);
    Translations::install(language);
    const auto save = [&](QWidget &w, const QString &name) {
        test::applyLayoutRequests();
        w.grab().save(QDir(outDir).filePath(u"%1.%2.png"_s.arg(name, language)));
    };

    test::EngineFixture f;
    MainWindow window(*f.engine);
    window.setUiStatePath(f.dir.filePath(u"ui-state.ini"_s));
    window.resize(1366, 740);
    window.show();
    QSettings state(f.dir.filePath(u"tray.ini"_s), QSettings::IniFormat);
    TrayController tray(*f.engine, window, state);
    f.engine->start();
    QTest::qWait(1500); // the status bar's once-a-second update
    save(window, u"firstrun-window"_s);

    SetupChecklist *list = window.showSetupChecklist();
    save(*list, u"firstrun-checklist"_s);

    // "Send a test reminder…" of the dry-run account: it says nothing reached WeChat.
    TestMessageDialog *test = list->openTestMessage();
    test->openidEdit()->setText(u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s);
    test->sendButton()->click();
    if (!QTest::qWaitFor([&] { return test->sendButton()->isEnabled(); }, 5000))
        qWarning("the test reminder had no answer");
    save(*test, u"firstrun-testmessage"_s);
    test->close();

    tray.menu()->adjustSize();
    save(*tray.menu(), u"firstrun-traymenu"_s);

    Config c = f.engine->config();
    AccountConfig a;
    a.key = u"shop1"_s;
    a.name = u"西瓜乐园"_s;
    a.appid = u"wx0123456789abcdef"_s;
    a.secretEnv = u"PAYNUDGE_SCREENSHOT_SECRET"_s;
    a.templateId = u"TPL1"_s;
    a.fields = { { u"thing2"_s, u"{product}"_s } };
    c.accounts = { a };
    c.wechat.apiBase = QUrl(u"http://127.0.0.1:9"_s);
    f.engine->applyConfig(c);
    f.engine->pauseAccount(u"shop1"_s, Error(ErrorCode::WeChat40164Ip, {}, { u"203.0.113.7"_s }));
    list->refresh();
    save(*list, u"firstrun-checklist-problem"_s);

    // Settings → Accounts for that account, its AppSecret read from a variable: the hint offers typing one.
    SettingsDialog::Context context;
    context.configPath = f.dir.filePath(u"paynudge.ini"_s);
    context.dataDir = f.dir.path();
    context.useKeychain = false;
    SettingsDialog settings(*f.engine, context);
    settings.show();
    settings.showKey(u"accounts/shop1/appSecret"_s);
    save(settings, u"firstrun-settings-secret"_s);
    return 0;
}
