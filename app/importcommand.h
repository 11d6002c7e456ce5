#pragma once

#include "commandline.h"

namespace paynudge {

// `paynudge import FILE [--dry-run] [--config FILE] [--data-dir DIR]`: reads a CSV file of
// orders, prints a preview and every bad line, then stores the good rows in one transaction.
//
// It writes to the store directly, beside a running PayNudge if there is one: SQLite's WAL and
// BEGIN IMMEDIATE let the two processes take turns, and no intake token or running API is
// needed. It never settles another engine's in-flight sends (see Engine::Options); the running
// engine picks the new reminders up at its next safety sweep.
class ImportCommand
{
public:
    enum Exit
    {
        Stored = 0, // every row is stored (new, or already there identically)
        StoreFailed = 1, // the store failed: nothing was stored
        Usage = 2, // bad command line or configuration
        FileUnusable = 4, // unreadable, undecodable, or a bad header: nothing was stored
        BadLines = 5, // some lines were bad and skipped; the good rows were stored
    };

    // Needs a QCoreApplication.
    static int run(const CommandLine &cl);
};

} // namespace paynudge
