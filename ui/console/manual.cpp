#include "console/manual.h"

#include "console/messagebox.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace paynudge {
QStringList Manual::candidates()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    return { QDir::cleanPath(bin.filePath(u"../share/doc/paynudge/README.md"_s)),
        u"/usr/share/doc/paynudge/README.md"_s, bin.filePath(u"README.md"_s),
        // A build tree: build/<preset>/app/paynudge next to the sources' README.
        QDir::cleanPath(bin.filePath(u"../../../README.md"_s)) };
}

QString Manual::path()
{
    for (const QString &candidate : candidates())
        if (QFileInfo(candidate).isFile())
            return candidate;
    return {};
}

QString Manual::open(QWidget *parent)
{
    const QString found = path();
    if (!found.isEmpty() && QDesktopServices::openUrl(QUrl::fromLocalFile(found)))
        return found;
    MessageBox::warning(parent, tr("Manual"),
        found.isEmpty() ? tr("The manual (README.md) was not found. The package installs it as %1.")
                              .arg(QDir::toNativeSeparators(u"/usr/share/doc/paynudge/README.md"_s))
                        : tr("No program on this computer opens %1. Open it with a text editor.")
                              .arg(QDir::toNativeSeparators(found)));
    return {};
}

} // namespace paynudge
