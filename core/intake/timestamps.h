#pragma once

#include <QString>
#include <QStringView>
#include <QTimeZone>
#include <optional>

namespace paynudge::timestamps {

// The times the intake accepts, as UTC epoch milliseconds. Anything outside 2000–2099 is
// refused: such a time is a unit mistake (milliseconds sent as seconds), not an order.
inline constexpr qint64 kEarliestMs = 946684800000LL; // 2000-01-01T00:00:00Z
inline constexpr qint64 kLatestMs = 4102444800000LL; // 2100-01-01T00:00:00Z

// RFC 3339 with an offset: "2026-03-02T18:00:00+08:00", "2026-03-02T10:00:00Z", fractions allowed.
// A time without an offset is ambiguous and refused.
std::optional<qint64> parseRfc3339(QStringView text);

// Whole epoch seconds, as a JSON number gives them (a double holding an integer).
std::optional<qint64> fromEpochSeconds(double seconds);

// A local time without an offset, read in `zone`: "2026-03-02 18:00[:00]" or "2026/3/2 18:00[:00]"
// (what Excel writes when it saves a CSV). Only the CSV import accepts these.
std::optional<qint64> parseLocal(QStringView text, const QTimeZone &zone);

// Epoch ms → "2026-03-02T10:00:00Z" (with milliseconds only when there are some).
QString toRfc3339(qint64 ms);

} // namespace paynudge::timestamps
