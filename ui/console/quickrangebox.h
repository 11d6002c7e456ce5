#pragma once

class QComboBox;

namespace paynudge {

// The dates the send history and the audit log filter by. Each item's data is a QuickRange
// (readmodel/quickrange.h), or kAllDates.
inline constexpr int kAllDates = -1;

// Adds "All dates", "Today", "Yesterday", "Last 7 days", "Last 30 days" to `box`.
void addQuickRanges(QComboBox *box);

} // namespace paynudge
