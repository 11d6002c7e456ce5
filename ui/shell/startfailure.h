#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace paynudge {

// Why PayNudge did not start, shown in a dialog before it exits: an operator who starts it from
// the desktop reads no terminal, and would otherwise see nothing happen at all.
class StartFailure
{
    Q_DECLARE_TR_FUNCTIONS(StartFailure)
public:
    enum class Cause
    {
        Configuration, // the configuration file has problems
        Locked, // another PayNudge uses this store
        Store, // the store or a service could not start (damaged, vanished, lock not replaceable…)
    };

    // `details`: what was printed, as PayNudge's log says it. Speaks `language` ([ui] language).
    static void show(const QString &language, Cause cause, const QStringList &details);
    // The same with the lines as errors, shown in `language` (Error::text()); for Configuration the
    // lines after the first are the file's problems, shown as their key lines.
    static void show(const QString &language, Cause cause, const QList<Error> &details);
    static QString heading(Cause cause);
};

} // namespace paynudge
