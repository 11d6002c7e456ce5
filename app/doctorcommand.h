#pragma once

#include "commandline.h"

namespace paynudge {

// `paynudge doctor [--config FILE] [--data-dir DIR] [--json]`: runs every setup check (see
// core/doctor) and prints one line per check with what to do, in the system's language (or
// [ui] language); --json prints the same report for scripts, in English. Exit code 0 when
// nothing is a problem, ExitDoctorProblem (6) otherwise.
//
// It only reads: beside a running PayNudge it neither takes the store's lock nor its port, and on
// a fresh machine it creates no store, data folder or token.
class DoctorCommand
{
public:
    // Needs a QCoreApplication.
    static int run(const CommandLine &cl);
};

} // namespace paynudge
