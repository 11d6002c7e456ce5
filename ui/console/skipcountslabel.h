#pragma once

#include "readmodel/skiprules.h"

#include <QLabel>

namespace paynudge {

// The statistics' line of reminders not sent and which rule skipped them (issue 17): "Not reminded:
// daily limit 12 · paid recently 3"; the history's "Skipped by" filter shows the rows.
class SkipCountsLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SkipCountsLabel(QWidget *parent = nullptr);
    void setCounts(const QList<SkipCount> &counts);
};

} // namespace paynudge
