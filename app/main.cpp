#include "backupcommand.h"
#include "bootstrap.h"
#include "commandline.h"
#include "common/descriptorlimit.h"
#include "common/privatefiles.h"
#include "console/mainwindow.h"
#include "demo/demosession.h"
#include "doctorcommand.h"
#include "engine/engine.h"
#include "importcommand.h"
#include "intake/intakeserver.h"
#include "optoutimportcommand.h"
#include "shell/autostart.h"
#include "shell/settingsdialog.h"
#include "shell/singleinstance.h"
#include "shell/startfailure.h"
#include "shell/translations.h"
#include "shell/traycontroller.h"
#include "storecopycommand.h"
#include "unixsignals.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QIcon>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTimer>
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
    // From the first turn of the event loop on, SIGTERM stops cleanly: says so to whoever waits.
    QTimer::singleShot(0, QCoreApplication::instance(), [] { qDebug("event loop running"); });
    const int code = QCoreApplication::exec();
    engine.stop();
    qInfo("stopped");
    return code;
}

// How a login entry starts this PayNudge: in the tray, with the paths in use unless they are the defaults.
QStringList autostartArguments(const paynudge::CommandLine &cl, const QString &program)
{
    const paynudge::CommandLine defaults = paynudge::CommandLine::parse({ program });
    QStringList args { u"--tray"_s };
    if (cl.configPath != defaults.configPath)
        args << u"--config"_s << cl.configPath;
    if (cl.dataDir != defaults.dataDir)
        args << u"--data-dir"_s << cl.dataDir;
    return args;
}

// A changed [intake] takes effect at once: the API listens again with the new address and token
// source. Returns why it could not, or "".
QString restartIntakeIfChanged(
    paynudge::Bootstrap &boot, const paynudge::CommandLine &cl, const paynudge::IntakeSettings &was)
{
    const paynudge::IntakeSettings &now = boot.engine->config().intake;
    if (now.enabled == was.enabled && now.address == was.address && now.port == was.port
        && now.token == was.token && now.tokenFile == was.tokenFile)
        return {};
    boot.intake.reset(); // frees the port first
    if (!now.enabled)
        return {};
    QString error;
    bool bindFailed = false;
    boot.intake = paynudge::IntakeServer::startConfigured(*boot.engine, cl.dataDir, &error, &bindFailed);
    return boot.intake ? QString() : u"the intake API did not start: "_s + error;
}

int runWindow(paynudge::Bootstrap &boot, const paynudge::CommandLine &cl, paynudge::SingleInstance *instance)
{
    paynudge::Engine &engine = *boot.engine;
    paynudge::Translations::install(paynudge::Translations::choose(boot.config.language));
    QApplication::setWindowIcon(QIcon::fromTheme(u"paynudge"_s, QIcon(u":/icons/paynudge.svg"_s)));
    // The installed desktop entry's id (packaging/): Wayland desktops match the window to it.
    QApplication::setDesktopFileName(u"io.github.paynudge.PayNudge"_s);

    paynudge::MainWindow window(engine);
    window.setDemoMode(cl.demo);
    window.setSetupCheckPaths(cl.configPath, cl.dataDir);
    window.setIntakePort(boot.intake ? boot.intake->port() : 0); // listen=…:0 takes any free port
    QSettings uiState(QDir(cl.dataDir).filePath(u"ui-state.ini"_s), QSettings::IniFormat);
    paynudge::TrayController tray(engine, window, uiState);
    QObject::connect(
        &tray, &paynudge::TrayController::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    QObject::connect(
        &window, &paynudge::MainWindow::quitRequested, &tray, &paynudge::TrayController::confirmQuit);
    if (instance)
        QObject::connect(instance, &paynudge::SingleInstance::activationRequested, &tray,
            &paynudge::TrayController::showWindow);
    paynudge::UnixSignals unixSignals; // a logout's SIGTERM quits like the menu does
    QObject::connect(
        &unixSignals, &paynudge::UnixSignals::terminationRequested, &tray, &paynudge::TrayController::quit);

    paynudge::Autostart autostart;
    QPointer<paynudge::SettingsDialog> settings;
    const auto openSettings = [&] {
        if (!settings) {
            paynudge::SettingsDialog::Context context;
            context.configPath = cl.configPath;
            context.dataDir = cl.dataDir;
            context.autostart = &autostart;
            context.autostartArguments = autostartArguments(cl, QCoreApplication::applicationFilePath());
            context.intakeTokenReplaced = [&boot](const paynudge::IntakeToken &token) {
                if (boot.intake)
                    boot.intake->api().setToken(token); // the old token stops working at once
            };
            context.afterApply = [&boot, &cl, &window](const paynudge::Config &previous) {
                const QString error = restartIntakeIfChanged(boot, cl, previous.intake);
                window.setIntakePort(boot.intake ? boot.intake->port() : 0);
                return error;
            };
            settings = new paynudge::SettingsDialog(engine, context, &window);
            settings->setAttribute(Qt::WA_DeleteOnClose);
        }
        settings->open();
        settings->raise();
        settings->activateWindow();
    };
    QObject::connect(&tray, &paynudge::TrayController::settingsRequested, &window, openSettings);
    QObject::connect(&window, &paynudge::MainWindow::settingsRequested, &window, openSettings);
    QObject::connect(&window, &paynudge::MainWindow::settingsKeyRequested, &window, [&](const QString &key) {
        openSettings();
        settings->showKey(key);
    });

    tray.start(cl.tray);
    engine.start();
    if (!cl.tray) // started at login in the tray: nothing pops up
        window.offerSetupChecklist();
    const int code = QApplication::exec();
    engine.stop();
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    paynudge::privatefiles::restrictNewFiles(); // before anything is written: store, logs, token
    // Every connection, file and thread wakeup takes a descriptor; the common soft limit (1,024)
    // is far below what the system allows.
    const paynudge::descriptorlimit::Raise descriptors = paynudge::descriptorlimit::raiseToHard();
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
        const QString command = cl.positional.first();
        if (command == u"doctor")
            return paynudge::DoctorCommand::run(cl);
        if (command == u"backup")
            return paynudge::BackupCommand::run(cl);
        if (command == u"store-copy")
            return paynudge::StoreCopyCommand::run(cl);
        if (command == u"optout-import")
            return paynudge::OptOutImportCommand::run(cl);
        if (command != u"import") {
            print(stderr,
                u"paynudge: unknown command \"%1\"; the commands are: import FILE, doctor, backup FILE, "
                u"store-copy --from FILE, optout-import FILE\n\n"_s.arg(command)
                    + cl.helpText);
            return paynudge::ExitUsage;
        }
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
    // One window per user and data dir: a second launch brings the first one forward and ends,
    // before it would open (and be refused) the store.
    std::unique_ptr<paynudge::SingleInstance> instance;
    if (!cl.headless) {
        instance
            = std::make_unique<paynudge::SingleInstance>(paynudge::SingleInstance::serverNameFor(cl.dataDir));
        QString error;
        switch (instance->claim(arguments, &error)) {
        case paynudge::SingleInstance::Role::Primary:
            break;
        case paynudge::SingleInstance::Role::Secondary:
            print(stdout,
                u"PayNudge is already running for %1; its window was brought to the front.\n"_s.arg(
                    cl.dataDir));
            return paynudge::ExitOk;
        case paynudge::SingleInstance::Role::Failed:
            print(stderr, u"paynudge: %1 (starting anyway)\n"_s.arg(error));
            instance.reset();
            break;
        }
    }

    paynudge::Bootstrap boot;
    if (const int code = boot.run(cl); code != paynudge::ExitOk) {
        if (!cl.headless) {
            using Cause = paynudge::StartFailure::Cause;
            paynudge::StartFailure::show(boot.config.language,
                code == paynudge::ExitUsage        ? Cause::Configuration
                    : code == paynudge::ExitLocked ? Cause::Locked
                                                   : Cause::Store,
                boot.failureErrors);
        }
        return code;
    }
    if (!descriptors.error.isEmpty())
        qWarning().noquote() << u"cannot raise the open-file limit from %1 to %2: %3"_s
                                    .arg(descriptors.before.soft)
                                    .arg(descriptors.before.hard)
                                    .arg(descriptors.error);
    else
        qInfo().noquote()
            << u"open-file limit %1 (was %2)"_s.arg(descriptors.after.soft).arg(descriptors.before.soft);
    if (demo)
        demo->attach(*boot.engine);
    return cl.headless ? runHeadless(*boot.engine) : runWindow(boot, cl, instance.get());
}
