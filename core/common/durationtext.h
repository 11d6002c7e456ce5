#pragma once

#include <QString>

namespace paynudge {

// A span of time for logs and the reasons stored on reminders: "40 s", "12 min", "2 h 5 min".
QString durationText(qint64 ms);

} // namespace paynudge
