#include "console/aboutbox.h"

#include "engine/engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

QString path(const QString &p)
{
    return QDir::toNativeSeparators(p).toHtmlEscaped();
}

} // namespace

QString AboutBox::text(const Engine &engine, const QString &dataDir)
{
    // The version is the build's (the project version CMake compiles in), as `paynudge --version` says.
    return u"<h3>%1</h3><p>%2</p><p>%3<br>%4<br>%5</p><p>%6</p>"_s.arg(
        tr("PayNudge — 催付助手").toHtmlEscaped(), tr("Version %1").arg(QStringLiteral(PAYNUDGE_VERSION)),
        tr("Qt %1").arg(QString::fromLatin1(qVersion())), tr("Data folder: %1").arg(path(dataDir)),
        tr("Store: %1").arg(path(engine.storePath())),
        tr("PayNudge is built with Qt, used under the GNU LGPL version 3. The manual is in "
           "Help → Manual."));
}

QMessageBox *AboutBox::show(QWidget *parent, const Engine &engine, const QString &dataDir)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(u"aboutBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About PayNudge"));
    box->setIcon(QMessageBox::Information);
    box->setTextFormat(Qt::RichText);
    box->setText(text(engine, dataDir));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setStandardButtons(QMessageBox::Close);
    box->show();
    return box;
}

} // namespace paynudge
