#pragma once

#include "shell/autostart.h"
#include "shell/settingsdialog.h"
#include "shell/settingspage.h"
#include "testsupport.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class QLineEdit;
class QMessageBox;
class QPushButton;

namespace paynudge::test {

QByteArray readFile(const QString &path);
// The example configuration with the AppSecret taken from nowhere, as a shop would start from.
QByteArray startingIni();
QPushButton *buttonWithText(QWidget *parent, const QString &text);
QMessageBox *openMessageBox();

// A settings dialog over an engine whose configuration came from a real file, with start on
// login in a temporary folder and no keychain.
struct DialogFixture
{
    explicit DialogFixture(const QByteArray &ini = startingIni());

    template<typename W> W *field(SettingsPage *page, const QString &key)
    {
        return qobject_cast<W *>(page->fieldFor(key));
    }
    // As a user types (textEdited fires); Chinese arrives as an input method commits it.
    static void type(QLineEdit *edit, const QString &text);

    QTemporaryDir dir;
    QString configPath;
    QList<Error> loadErrors;
    std::unique_ptr<EngineFixture> engine;
    std::unique_ptr<Autostart> autostart;
    std::unique_ptr<SettingsDialog> dialog;
    QStringList replacedTokens;
    // What the application does after a save (restarting the intake API); empty: nothing.
    std::function<QString(const Config &previous)> afterApply;
    bool activated = false;
};

} // namespace paynudge::test
