#include "console/filedialog.h"

#include <QFileDialog>

namespace paynudge {

QString &FileDialog::next()
{
    static QString path;
    return path;
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
