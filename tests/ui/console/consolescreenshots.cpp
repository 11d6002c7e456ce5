// Takes the README's screenshots of the console: the real window over `paynudge --demo`'s data,
// each tab grabbed after the demo has run for a while.
//
//   xvfb-run -a -s "-screen 0 1400x900x24" build/default/tests/ui/console/console_screenshots
//       resources/screenshots [seconds]
#include "common/logging.h"
#include "config/config.h"
#include "demo/demosession.h"
#include "engine/engine.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace paynudge;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString outDir = args.value(1, u"."_s);
    const int seconds = args.value(2, u"80"_s).toInt();
    QDir().mkpath(outDir);

    DemoSession demo;
    QString error;
    QList<ConfigError> errors;
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
    window.resize(1360, 820);
    window.show();

    const QStringList names { u"console-pending"_s, u"console-history"_s, u"console-statistics"_s };
    int tab = -1;
    QTimer shoot;
    shoot.setInterval(1500);
    QObject::connect(&shoot, &QTimer::timeout, &window, [&] {
        if (tab >= 0) {
            const QString path = QDir(outDir).filePath(names.at(tab) + u".png"_s);
            window.grab().save(path);
            fprintf(stderr, "saved %s\n", qPrintable(path));
        }
        if (++tab == names.size()) {
            QCoreApplication::quit();
            return;
        }
        window.tabs().setCurrentIndex(tab);
    });
    QTimer::singleShot(seconds * 1000, &window, [&] { shoot.start(); });
    const int code = QApplication::exec();
    engine.stop();
    return code;
}
