#include "console/filedialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace paynudge {

QString &FileDialog::next()
{
    static QString path;
    return path;
}

QString FileDialog::saveCsvName(
    QWidget *parent, const QString &caption, const QString &what, const QDateTime &at)
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(u"paynudge-%1-%2.csv"_s.arg(what, at.toString(u"yyyyMMdd-HHmm"_s)));
    return saveFileName(
        parent, caption, suggested, QCoreApplication::translate("paynudge::FileDialog", "CSV files (*.csv)"));
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
    const QString &filter, bool confirmOverwrite)
{
    if (!next().isEmpty())
        return std::exchange(next(), QString());
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter, nullptr,
        confirmOverwrite ? QFileDialog::Options() : QFileDialog::DontConfirmOverwrite);
}

QString FileDialog::openFileName(
    QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (!next().isEmpty())
        return std::exchange(next(), QString());
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString &path)
{
    next() = path;
}

} // namespace paynudge
