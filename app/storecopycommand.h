#pragma once

#include "commandline.h"

#include <QCoreApplication>

namespace paynudge {

// `paynudge store-copy --from FILE [--config FILE] [--data-dir DIR]`: moves a shop from its SQLite store to
// the shared PostgreSQL store that [store] backend=postgres names. Every order, reminder, history row, paused
// account, early event, template list and cursor of FILE goes into the (empty) PostgreSQL store in one
// transaction, with progress on stderr (StoreCopier). FILE is read through a snapshot and never changed; a
// PayNudge still running on it is refused, so nothing it accepts is left behind.
class StoreCopyCommand
{
    Q_DECLARE_TR_FUNCTIONS(paynudge::StoreCopyCommand)

public:
    enum Exit
    {
        Copied = 0, // the PostgreSQL store holds all of FILE
        Failed = 1, // FILE unreadable or in use, the server unreachable, the target not empty, or the
                    // copy failed: the PostgreSQL store holds nothing of FILE
        Usage = 2, // bad command line or configuration (not backend=postgres, an unreadable password)
    };

    // Needs a QCoreApplication.
    static int run(const CommandLine &cl);
};

} // namespace paynudge
