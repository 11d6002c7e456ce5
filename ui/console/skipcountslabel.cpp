#include "console/skipcountslabel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace paynudge {

SkipCountsLabel::SkipCountsLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"statisticsSkips"_s);
    setWordWrap(true);
    setToolTip(tr("Reminders that were due in the period but not sent, by the rule that skipped them. "
                  "The Send history's \"Skipped by\" filter lists them."));
    setCounts({});
}

void SkipCountsLabel::setCounts(const QList<SkipCount> &counts)
{
    if (counts.isEmpty()) {
        setText(tr("Not reminded: none skipped by a rule."));
        return;
    }
    const QLocale locale;
    QStringList parts;
    for (const SkipCount &c : counts)
        if (const SkipRule *rule = skipRule(c.rule))
            parts << tr("%1 %2").arg(rule->text(), locale.toString(c.count));
    setText(tr("Not reminded: %1").arg(parts.join(u" · "_s)));
}

} // namespace paynudge
