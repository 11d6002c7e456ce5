#pragma once

#include "commandline.h"

namespace paynudge {

// `paynudge optout-import FILE [--actor NAME] [--config FILE] [--data-dir DIR]`: adds the customers
// of a CSV file (header "openid" or "openid,reason") to the do-not-remind list in one transaction,
// each change in the audit log as NAME (default: the user running it). All or nothing: a bad line
// stores nothing. Like `import`, it writes beside a running PayNudge on the same store.
class OptOutImportCommand
{
public:
    // The exit codes of `import`: a scripted caller reads both alike.
    enum Exit
    {
        Stored = 0, // every line is on the list (new, changed, or already there alike)
        StoreFailed = 1, // the store failed: nothing was stored
        Usage = 2, // bad command line or configuration
        FileUnusable = 4, // unreadable, not text, a bad header or a bad line: nothing was stored
    };

    // Needs a QCoreApplication.
    static int run(const CommandLine &cl);
};

} // namespace paynudge
