#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace paynudge {

// A span of time as a shop writes it in the configuration: whole seconds as ever ("600"), or
// with units — "90s", "10m", "1.5h", "2h30m", "1d", also 秒/分钟/小时/天 ("10分钟"). Each unit at
// most once, largest first; the total must be whole seconds. Nothing else parses.
std::optional<qint64> parseDurationSpec(QStringView text);

// The shortest such text for `seconds` that reads back to it: "10m", "1h15m", "90s" → "1m30s",
// "0" for none. What the settings write into the file.
QString durationSpec(qint64 seconds);

} // namespace paynudge
