// Takes the README's screenshot of Help → Check setup: the real dialog over a running engine and
// the fake WeChat, with one account set up right, one whose template has a key its mapping leaves
// empty and one that runs dry. With a language ("zh_CN") the UI speaks it and the file is named
// setup-check.zh_CN.png.
//
//   xvfb-run -a -s "-screen 0 1366x768x24" build/ci/tests/ui/console/setupcheck_screenshots
//       resources/screenshots [language]
#include "common/clock.h"
#include "console/setupcheckdialog.h"
#include "engine/engine.h"
#include "fakewechat.h"
#include "shell/translations.h"
#include "wechattestkit.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString outDir = args.value(1, u"."_s);
    const QString language = args.value(2, u"en"_s);
    Translations::install(language);

    FakeWeChatFixture wechat;
    wechat.clock.setNow(QDateTime::currentMSecsSinceEpoch());
    const QString appid2 = u"wx2f0c4d8e9a1b3c57"_s;
    wechat.fake.addAccount(appid2, kTestSecret);
    const QStringList keys { u"character_string1"_s, u"thing2"_s, u"amount3"_s, u"time4"_s };
    wechat.fake.addTemplate(kTestAppid, u"Kq3xV7bN_order_unpaid"_s, keys, u"订单待付款提醒"_s);
    wechat.fake.addTemplate(
        appid2, u"Zp8LmT2c_pay_reminder"_s, keys + QStringList { u"thing5"_s }, u"待支付提醒"_s);

    QTemporaryDir dir;
    const QString configPath = dir.filePath(u"paynudge.ini"_s);
    const QString dataDir = dir.filePath(u"data"_s);
    QFile f(configPath);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    const QString mapping
        = u"fields/character_string1={order_no}\nfields/thing2={product}\nfields/amount3={amount}\n"
          u"fields/time4={placed_at:yyyy-MM-dd HH:mm}\n"_s;
    f.write(
        (u"[wechat]\napiBase=%1\ntimeout=3\n[intake]\nlisten=127.0.0.1:0\n\n"
         u"[accounts/shop1]\nname=西瓜乐园\nappid=%2\nsecretEnv=%3\ntemplateId=Kq3xV7bN_order_unpaid\n%5\n"
         u"[accounts/shop2]\nname=果园2号\nappid=%4\nsecretEnv=%3\ntemplateId=Zp8LmT2c_pay_reminder\n%5\n"
         u"[accounts/shop3]\nname=茶叶小铺\n"_s)
            .arg(wechat.fake.baseUrl().toString(), kTestAppid, QString::fromLatin1(kTestSecretEnv), appid2,
                mapping)
            .toUtf8());
    f.close();
    QFile::setPermissions(configPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QDir().mkpath(dataDir);
    QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // The window's engine holds the store, as in the app.
    SystemClock clock;
    Engine engine;
    Engine::Options options;
    QList<Error> errors;
    options.config = Config::load(configPath, &errors);
    options.dataDir = dataDir;
    options.clock = &clock;
    QString error;
    if (!errors.isEmpty() || !engine.open(options, &error)) {
        std::fprintf(stderr, "cannot open the engine: %s\n", qPrintable(error));
        return 1;
    }

    SetupCheckDialog dialog({ configPath, dataDir, &clock });
    dialog.resize(900, 640);
    dialog.show();
    QObject::connect(&dialog, &SetupCheckDialog::checked, &dialog, [&] {
        QTimer::singleShot(300, &dialog, [&] {
            const QString name
                = language == u"en" ? u"setup-check.png"_s : u"setup-check.%1.png"_s.arg(language);
            const QString path = QDir(outDir).filePath(name);
            if (!dialog.grab().save(path))
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            else
                std::printf("%s\n", qPrintable(path));
            QApplication::quit();
        });
    });
    dialog.run();
    return QApplication::exec();
}
