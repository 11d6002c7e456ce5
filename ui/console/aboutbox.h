#pragma once

#include <QCoreApplication>
#include <QString>

class QMessageBox;
class QWidget;

namespace paynudge {

class Engine;

// Help → About: the version this build is, the Qt it runs on, where its data and store are,
// and the licence — what an operator reads out when asking for help.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)
public:
    // The text shown (rich text), for the box and tests.
    static QString text(const Engine &engine, const QString &dataDir);
    // Shows the box, not modal; deleted when closed.
    static QMessageBox *show(QWidget *parent, const Engine &engine, const QString &dataDir);
};

} // namespace paynudge
