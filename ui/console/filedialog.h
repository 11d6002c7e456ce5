#pragma once

#include <QDateTime>
#include <QString>

class QWidget;

namespace paynudge {

// The console's and the shell's file choosers, with a seam for GUI tests (KeePassXC's
// fileDialog()->setNextFileName).
class FileDialog
{
public:
    // Empty when the user cancelled. Without `confirmOverwrite` an existing file may be chosen
    // as is (a store to open, not a file to replace).
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
        const QString &filter, bool confirmOverwrite = true);
    // Asks where to export a CSV, suggesting paynudge-<what>-<yyyyMMdd-HHmm>.csv in Documents (`at`: the
    // local time of the export). Empty when the user cancelled.
    static QString saveCsvName(
        QWidget *parent, const QString &caption, const QString &what, const QDateTime &at);
    // An existing file to read; empty when the user cancelled.
    static QString openFileName(
        QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    // Tests: the next call (save or open) returns `path` without a dialog.
    static void setNextFileName(const QString &path);

private:
    static QString &next();
};

} // namespace paynudge
