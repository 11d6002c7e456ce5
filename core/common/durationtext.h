#pragma once

#include <QString>

namespace paynudge {

// A span of time for logs and the reasons stored on reminders: "40 s", "12 min", "2 h 5 min".
QString durationText(qint64 ms);

// What durationText wrote ("12 min", "2 h 5 min"), in the UI's language (the translator installed,
// context "paynudge::Error"): reasons store the English and are worded where they are shown. Any
// other text comes back as it is.
QString translatedDurationText(const QString &english);

} // namespace paynudge
