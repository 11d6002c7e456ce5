#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace paynudge {

// Help → Manual: the README the package installs (/usr/share/doc/paynudge/README.md, found next
// to the binary's prefix so any install prefix works), else one next to the binary or in the
// source tree it was built from.
class Manual
{
    Q_DECLARE_TR_FUNCTIONS(Manual)
public:
    // Where it is looked for, in order.
    static QStringList candidates();
    // The first that exists; empty if none.
    static QString path();
    // Opens it with the desktop's program for it, or says where it should be and where to read
    // it online. Returns the path opened (empty: none).
    static QString open(QWidget *parent);
};

} // namespace paynudge
