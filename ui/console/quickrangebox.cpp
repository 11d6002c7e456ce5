#include "console/quickrangebox.h"

#include "readmodel/quickrange.h"

#include <QComboBox>
#include <QCoreApplication>

namespace paynudge {

void addQuickRanges(QComboBox *box)
{
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("paynudge::QuickRangeBox", text); };
    box->addItem(tr(QT_TRANSLATE_NOOP("paynudge::QuickRangeBox", "All dates")), kAllDates);
    box->addItem(tr(QT_TRANSLATE_NOOP("paynudge::QuickRangeBox", "Today")), int(QuickRange::Today));
    box->addItem(tr(QT_TRANSLATE_NOOP("paynudge::QuickRangeBox", "Yesterday")), int(QuickRange::Yesterday));
    box->addItem(tr(QT_TRANSLATE_NOOP("paynudge::QuickRangeBox", "Last 7 days")), int(QuickRange::Last7Days));
    box->addItem(
        tr(QT_TRANSLATE_NOOP("paynudge::QuickRangeBox", "Last 30 days")), int(QuickRange::Last30Days));
}

} // namespace paynudge
