// Takes the README's screenshots of the console: the real window over `paynudge --demo`'s data,
// each tab grabbed after the demo has run for a while, then the CSV import dialog over a sample
// file with one bad line, the detail of the order at the top of the pending list, Help → About, then
// each page of Settings. With a language ("zh_CN") the UI speaks it and the
// files are named console-pending.zh_CN.png and so on.
//
//   xvfb-run -a -s "-screen 0 1366x768x24" build/ci/tests/ui/console/console_screenshots
//       resources/screenshots [seconds] [language]
#include "common/clock.h"
#include "common/logging.h"
#include "config/config.h"
#include "console/filedialog.h"
#include "console/importdialog.h"
#include "console/mainwindow.h"
#include "console/orderdetaildialog.h"
#include "console/pendingordersmodel.h"
#include "console/pendingview.h"
#include "demo/demosession.h"
#include "engine/engine.h"
#include "shell/accountspage.h"
#include "shell/generalpage.h"
#include "shell/intakepage.h"
#include "shell/reminderpage.h"
#include "shell/settingsdialog.h"
#include "shell/settingspage.h"
#include "shell/translations.h"

#include <QApplication>
#include <QCursor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPixmap>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace paynudge;

// What a shop's spreadsheet might hold: a few orders placed just now, times as Excel writes them,
// and one line whose amount is in yuan instead of fen.
static QString writeSampleCsv(const QString &dir, Engine &engine)
{
    const QDateTime now
        = QDateTime::fromMSecsSinceEpoch(engine.clock().nowMs(), engine.config().reminder.plan.zone);
    const QString day = now.toString(u"yyyyMMdd"_s);
    const QStringList rows {
        u"001,shop1,oXl3kQ8v2Yd0PzR7mN4cTa91Bf6E,小王,有机苹果 5kg,12850,%1"_s,
        u"002,shop1,oXl3kP0aLm5sT8uV2wQ7rY4eZ1bC,陈小姐,\"云南普洱茶饼, 357g\",26800,%1"_s,
        u"003,shop2,oSy9Jr4Gd2Hk6Lm1Nq8Pt3Vw5Xz0,老周,安溪铁观音 250g,128.00,%1"_s,
        u"004,shop2,oSy9Jk2Fh7Gj3Kl5Mn9Pq1Rs4Tu6,Lily,赣南脐橙 5kg,5990,%1"_s,
        u"005,shop1,oXl3kW6eR9tY2uI5oP8aS1dF4gH7,欧阳小芸,五常大米 10kg,8990,%1"_s,
    };
    QString text = u"order_no,account,openid,nickname,product,amount_fen,placed_at\n"_s;
    for (int i = 0; i < rows.size(); ++i)
        text += u"XL"_s + day + rows.at(i).arg(now.addSecs(-60 * (3 - i / 2)).toString(u"yyyy/M/d HH:mm"_s))
            + u'\n';
    const QString path = QDir(dir).filePath(u"orders-%1.csv"_s.arg(now.toString(u"yyyy-MM-dd"_s)));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(text.toUtf8());
    return path;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString outDir = args.value(1, u"."_s);
    const int seconds = args.value(2, u"80"_s).toInt();
    const QString language = args.value(3);
    const QString suffix = language.isEmpty() ? QString() : u"."_s + language;
    Translations::install(language.isEmpty() ? u"en"_s : language);
    QDir().mkpath(outDir);

    DemoSession demo;
    QString error;
    QList<Error> errors;
    if (!demo.prepare(&error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Engine engine;
    Engine::Options options;
    options.config = Config::load(demo.configPath(), &errors);
    options.dataDir = demo.dataDir();
    if (!errors.isEmpty() || !engine.open(options, &error)) {
        fprintf(stderr, "cannot open the demo: %s\n", qPrintable(error));
        return 1;
    }
    demo.attach(engine);
    engine.start();

    MainWindow window(engine);
    window.setDemoMode(true);
    window.show(); // at the size the window picks for this screen, as an operator first sees it
    // The pointer off the window, as an operator watching the list: it re-sorts when left alone,
    // new orders since then at its end, badged.
    QCursor::setPos(window.screen()->geometry().bottomRight());

    auto save = [&](QWidget &widget, const QString &name) {
        const QString path = QDir(outDir).filePath(name + suffix + u".png"_s);
        widget.grab().save(path);
        fprintf(stderr, "saved %s\n", qPrintable(path));
    };
    std::unique_ptr<SettingsDialog> settings;
    const auto settingsPage = [&](SettingsPage *(*page)(SettingsDialog &), const QString &name) {
        return std::function<void()>([&, page, name] {
            if (!settings) {
                SettingsDialog::Context context;
                context.configPath = demo.configPath();
                context.dataDir = demo.dataDir();
                context.useKeychain = false;
                settings = std::make_unique<SettingsDialog>(engine, context, &window);
                settings->show();
            }
            settings->showPage(page(*settings));
            QTimer::singleShot(500, &window, [&, name] { save(*settings, name); });
        });
    };
    // One step per screen, 1.5 s apart so each has painted (and the demo moved on).
    const QList<std::function<void()>> steps {
        [&] { window.tabs().setCurrentIndex(0); },
        [&] { save(window, u"console-pending"_s), window.tabs().setCurrentIndex(1); },
        [&] { save(window, u"console-history"_s), window.tabs().setCurrentIndex(2); },
        [&] {
            save(window, u"console-statistics"_s), window.tabs().setCurrentIndex(0);
            FileDialog::setNextFileName(writeSampleCsv(demo.dataDir(), engine));
            window.importCsv();
        },
        [&] {
            if (auto *dialog = window.findChild<ImportDialog *>()) {
                save(*dialog, u"import-dialog"_s);
                dialog->reject();
            }
            // The detail of the order at the top of the list (a double-click on it).
            window.showOrderDetail(window.pendingView().model().idAt(0));
        },
        [&] {
            if (auto *detail = window.findChild<OrderDetailDialog *>()) {
                save(*detail, u"order-detail"_s);
                detail->close();
            }
            window.showAbout();
        },
        [&] {
            if (auto *about = window.findChild<QMessageBox *>(u"aboutBox"_s)) {
                save(*about, u"about"_s);
                about->close();
            }
        },
        settingsPage(
            [](SettingsDialog &d) -> SettingsPage * { return d.accountsPage(); }, u"settings-accounts"_s),
        settingsPage(
            [](SettingsDialog &d) -> SettingsPage * { return d.reminderPage(); }, u"settings-reminder"_s),
        settingsPage(
            [](SettingsDialog &d) -> SettingsPage * { return d.intakePage(); }, u"settings-intake"_s),
        settingsPage(
            [](SettingsDialog &d) -> SettingsPage * { return d.generalPage(); }, u"settings-general"_s),
        [&] { settings.reset(); },
    };
    qsizetype next = 0;
    QTimer shoot;
    shoot.setInterval(1500);
    QObject::connect(&shoot, &QTimer::timeout, &window, [&] {
        if (next < steps.size())
            steps.at(next++)();
        else
            QCoreApplication::quit();
    });
    QTimer::singleShot(seconds * 1000, &window, [&] { shoot.start(); });
    const int code = QApplication::exec();
    engine.stop();
    return code;
}
