#pragma once

#include "commandline.h"

namespace paynudge {

// `paynudge backup FILE [--config FILE] [--data-dir DIR]`: a consistent copy of the store in
// FILE (0600), made with SQLite's online backup API. It runs beside a running PayNudge: it
// takes no lock and changes nothing in the store.
class BackupCommand
{
public:
    enum Exit
    {
        Written = 0, // FILE holds a whole copy of the store
        StoreFailed = 1, // no store, a damaged one, or the copy failed: FILE was not written
        Usage = 2, // bad command line or configuration, or FILE exists already
    };

    // Needs a QCoreApplication.
    static int run(const CommandLine &cl);
};

} // namespace paynudge
