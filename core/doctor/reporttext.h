#pragma once

#include "doctor/setupcheck.h"

#include <QString>

namespace paynudge {

// The report as plain text, in the UI's language: what the command prints and what the window's
// Copy button puts on the clipboard (for a message to whoever helps the shop).
QString reportToText(const DoctorReport &report);

// The closing line: "2 problems, 1 warning" / "Everything is set up".
QString reportVerdict(const DoctorReport &report);

} // namespace paynudge
