#include "bootstrap.h"
#include "commandline.h"
#include "importcommand.h"
#include "unixsignals.h"

#include "demo/demosession.h"
#include "engine/engine.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

int runHeadless(paynudge::Engine &engine)
{
    paynudge::UnixSignals unixSignals;
    // Not qApp: with <QApplication> included it casts to QApplication, which headless has not (UB).
    QObject::connect(&unixSignals, &paynudge::UnixSignals::terminationRequested, QCoreApplication::instance(),
                     [](int number) {
                         qInfo("signal %d received: stopping", number);
                         QCoreApplication::quit();
                     });
    engine.start();
    const int code = QCoreApplication::exec();
    engine.stop();
    qInfo("stopped");
    return code;
}

int runWindow(paynudge::Engine &engine, const paynudge::CommandLine &cl)
{
    paynudge::MainWindow window(engine);
    window.setDemoMode(cl.demo);
    if (!cl.tray)
        window.show();
    engine.start();
    const int code = QApplication::exec();
    engine.stop();
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(u"paynudge"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYNUDGE_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    paynudge::CommandLine cl = paynudge::CommandLine::parse(arguments);
    switch (cl.action) {
    case paynudge::CommandLine::Action::Help:
        print(stdout, cl.helpText);
        return paynudge::ExitOk;
    case paynudge::CommandLine::Action::Version:
        print(stdout, u"paynudge "_s + QStringLiteral(PAYNUDGE_VERSION) + u'\n');
        return paynudge::ExitOk;
    case paynudge::CommandLine::Action::Error:
        print(stderr, u"paynudge: "_s + cl.error + u"\n\n"_s + cl.helpText);
        return paynudge::ExitUsage;
    case paynudge::CommandLine::Action::Run:
        break;
    }

    if (!cl.positional.isEmpty()) { // a command such as `import FILE`: no engine of its own, no display
        QCoreApplication app(argc, argv);
        return paynudge::ImportCommand::run(cl);
    }

    // Headless never touches a display: a server has none.
    std::unique_ptr<QCoreApplication> app = cl.headless ? std::make_unique<QCoreApplication>(argc, argv)
                                                        : std::make_unique<QApplication>(argc, argv);
    // --demo: a data dir and configuration of its own, deleted on exit, and a stream of sample orders.
    std::unique_ptr<paynudge::DemoSession> demo;
    if (cl.demo) {
        demo = std::make_unique<paynudge::DemoSession>();
        QString error;
        if (!demo->prepare(&error)) {
            print(stderr, u"paynudge: "_s + error + u'\n');
            return paynudge::ExitRuntimeError;
        }
        cl.configPath = demo->configPath();
        cl.dataDir = demo->dataDir();
    }
    paynudge::Bootstrap boot;
    if (const int code = boot.run(cl); code != paynudge::ExitOk)
        return code;
    if (demo)
        demo->attach(*boot.engine);
    return cl.headless ? runHeadless(*boot.engine) : runWindow(*boot.engine, cl);
}
