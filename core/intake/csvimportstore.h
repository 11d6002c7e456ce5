#pragma once

#include "intake/csvimport.h"

namespace paynudge {

class Engine;

// The store side of a CSV import: finding rows whose order number is taken, and writing the
// good rows of a CsvImport::Report in one transaction.
class CsvImportStore
{
public:
    struct Outcome
    {
        bool committed = false;
        int created = 0;
        int existing = 0; // identical orders that were already stored
        QString error;
    };

    // Moves rows whose order number is already stored with different content to the bad lines.
    // Reads only: run it before showing the report.
    static void checkAgainstStore(Engine &engine, CsvImport::Report &report);

    // Stores the good rows in one transaction, all or nothing. A row that turns out to conflict
    // (another writer stored its number meanwhile) moves to the bad lines and the rest is retried.
    static Outcome store(Engine &engine, CsvImport::Report &report);
};

} // namespace paynudge
