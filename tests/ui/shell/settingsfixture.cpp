#include "settingsfixture.h"

#include "intake/intaketoken.h"
#include "shell/settingspage.h"
#include "testconfig.h"

#include <QApplication>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace paynudge::test {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray startingIni()
{
    return readFile(QStringLiteral(PAYNUDGE_SOURCE_DIR "/resources/paynudge.example.ini"))
        .replace("secretEnv=SHOP1_SECRET", "secretEnv=")
        .replace("timeZone=  ", "timeZone=UTC");
}

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text().remove(u'&') == text)
            return b;
    return nullptr;
}

QMessageBox *openMessageBox()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            return box;
    return nullptr;
}

DialogFixture::DialogFixture(const QByteArray &ini)
{
    configPath = dir.filePath(u"paynudge.ini"_s);
    QFile f(configPath);
    if (f.open(QIODevice::WriteOnly))
        f.write(ini);
    f.close();
    const Config config = Config::load(configPath, &loadErrors);
    engine = std::make_unique<EngineFixture>(config);
    autostart = std::make_unique<Autostart>(dir.filePath(u"autostart"_s));
    SettingsDialog::Context context;
    context.configPath = configPath;
    context.dataDir = engine->dir.path();
    context.useKeychain = false;
    context.autostart = autostart.get();
    context.autostartArguments = { u"--tray"_s };
    context.intakeTokenReplaced = [this](const IntakeToken &token) { replacedTokens << token.value(); };
    context.afterApply
        = [this](const Config &previous) { return afterApply ? afterApply(previous) : QString(); };
    dialog = std::make_unique<SettingsDialog>(*engine->engine, context);
    dialog->show();
    dialog->activateWindow();
    activated = QTest::qWaitForWindowActive(dialog.get());
}

void DialogFixture::type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty()) {
        QTest::keyClick(edit, Qt::Key_Delete);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(edit, &commit);
}

} // namespace paynudge::test
