#include "console/historyview.h"

#include "common/clock.h"
#include "console/consoletable.h"
#include "console/consoletext.h"
#include "console/filedialog.h"
#include "console/historymodel.h"
#include "console/messagebox.h"
#include "console/quickrangebox.h"
#include "console/ridlookupdialog.h"
#include "engine/engine.h"
#include "readmodel/quickrange.h"
#include "readmodel/readservice.h"
#include "readmodel/skiprules.h"
#include "wechat/wechatsender.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

// The range box's entries: all dates, the quick ranges, then the from/to fields.
constexpr int kCustomRange = -2;

constexpr AttemptOutcome kFilterOutcomes[] = { AttemptOutcome::Sent, AttemptOutcome::DryRun,
    AttemptOutcome::Failed, AttemptOutcome::Retrying, AttemptOutcome::Deferred, AttemptOutcome::Skipped,
    AttemptOutcome::Cancelled, AttemptOutcome::Unknown, AttemptOutcome::InFlight };

} // namespace

HistoryView::HistoryView(Engine &engine, ReadService &reads, QWidget *parent)
    : ListTab(engine, u"history"_s, parent)
    , m_reads(reads)
{
    m_model = new HistoryModel(engine, reads, this);
    m_search->setPlaceholderText(tr("Order number, customer or product (Ctrl+F)"));

    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(u"historyOutcome"_s);
    m_outcome->addItem(tr("All outcomes"), QString());
    for (AttemptOutcome o : kFilterOutcomes)
        m_outcome->addItem(ConsoleText::outcome(o), wireName(o));
    m_skipRule = new QComboBox(this);
    m_skipRule->setObjectName(u"historySkipRule"_s);
    m_skipRule->addItem(tr("Any reason"), QString());
    for (const SkipRule &rule : skipRules())
        m_skipRule->addItem(tr("Skipped by: %1").arg(rule.text()), rule.key);
    m_skipRule->setToolTip(tr("Only the reminders a rule skipped: which rule is the reason of each row."));
    const QDate today
        = QDateTime::fromMSecsSinceEpoch(engine.clock().nowMs(), engine.config().reminder.plan.zone).date();
    m_range = new QComboBox(this);
    m_range->setObjectName(u"historyRange"_s);
    addQuickRanges(m_range);
    m_range->addItem(tr("From … to …"), kCustomRange);
    m_fromOn = new QCheckBox(tr("From"), this);
    m_from = new QDateEdit(today.addDays(-7), this);
    m_toOn = new QCheckBox(tr("To"), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
    }
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(u"historyExport"_s);
    int at = 0;
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_outcome, m_skipRule, m_account, m_range, m_fromOn, m_from, m_toOn, m_to })
        m_filters->insertWidget(at++, w);
    m_filters->addWidget(exportButton);
    m_lookup = new QPushButton(tr("Look up at WeChat…"), this);
    m_lookup->setObjectName(u"historyLookup"_s);
    m_lookup->setToolTip(
        tr("WeChat's own record of the selected failed send: when it arrived, from which IP, "
           "what WeChat received and answered (settles a 40164 at once)."));
    m_lookup->setEnabled(false);
    m_filters->addWidget(m_lookup);
    attach(m_model, { 125, 145, 50, 100, 80, 65, 330, 100, 65, 70, 90, 110 });

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilter);
    connect(m_skipRule, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilter);
    for (QCheckBox *check : { m_fromOn, m_toOn })
        connect(check, &QCheckBox::toggled, this, &HistoryView::datesEdited);
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &HistoryView::datesEdited);
    connect(m_range, &QComboBox::currentIndexChanged, this, &HistoryView::rangeChosen);
    m_dayCheck.setInterval(60 * 1000);
    connect(&m_dayCheck, &QTimer::timeout, this, &HistoryView::followQuickRange);
    m_dayCheck.start();
    for (QWidget *w : std::initializer_list<QWidget *> { m_fromOn, m_from, m_toOn, m_to })
        w->setVisible(false); // until "From … to …" is chosen
    connect(exportButton, &QPushButton::clicked, this, &HistoryView::exportCsv);
    connect(m_lookup, &QPushButton::clicked, this, &HistoryView::lookUpAtWeChat);
    connect(this, &ListTab::selectionChanged, this, [this] { m_lookup->setEnabled(lookupRow() != nullptr); });
}

const HistoryRow *HistoryView::lookupRow() const
{
    const QList<int> rows = m_table->selectedRows();
    if (rows.size() != 1 || !m_engine.wechatSender())
        return nullptr;
    const HistoryRow *r = m_model->rowAt(rows.first());
    // Only a call WeChat answered with an error carries a rid; only its own account may ask.
    if (!r || r->rid.isEmpty() || r->outcome == AttemptOutcome::Sent)
        return nullptr;
    const AccountConfig *a = m_engine.config().account(r->account);
    return a && a->sendsForReal() ? r : nullptr;
}

QDialog *HistoryView::lookUpAtWeChat()
{
    const HistoryRow *r = lookupRow();
    if (!r)
        return nullptr;
    auto *dialog = new RidLookupDialog(m_engine.wechatSender()->client(),
        *m_engine.config().account(r->account), r->rid, m_engine.config().reminder.plan.zone, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void HistoryView::rangeChosen()
{
    const int range = m_range->currentData().toInt();
    // The from/to fields take room in the filter row: shown when the operator picks them.
    for (QWidget *w : std::initializer_list<QWidget *> { m_fromOn, m_from, m_toOn, m_to })
        w->setVisible(range == kCustomRange);
    if (range != kCustomRange) {
        const QSignalBlocker blockFrom(m_fromOn);
        const QSignalBlocker blockTo(m_toOn);
        m_fromOn->setChecked(range != kAllDates);
        m_toOn->setChecked(range != kAllDates);
    }
    m_from->setEnabled(m_fromOn->isChecked());
    m_to->setEnabled(m_toOn->isChecked());
    applyFilter();
}

void HistoryView::datesEdited()
{
    // Dates set by hand are a range of their own.
    if (m_range->currentData().toInt() != kCustomRange) {
        const QSignalBlocker block(m_range);
        m_range->setCurrentIndex(m_range->findData(kCustomRange));
        for (QWidget *w : std::initializer_list<QWidget *> { m_fromOn, m_from, m_toOn, m_to })
            w->setVisible(true);
    }
    m_from->setEnabled(m_fromOn->isChecked());
    m_to->setEnabled(m_toOn->isChecked());
    applyFilter();
}

void HistoryView::followQuickRange()
{
    const int range = m_range->currentData().toInt();
    if (range < 0)
        return;
    const auto days
        = quickRangeDays(QuickRange(range), m_engine.clock().nowMs(), m_engine.config().reminder.plan.zone);
    if (days != std::pair(m_from->date(), m_to->date()))
        applyFilter();
}

HistoryFilter HistoryView::currentFilter() const
{
    HistoryFilter f;
    if (const auto o = attemptOutcomeFromString(m_outcome->currentData().toString()))
        f.outcomes = { *o };
    f.skipRule = m_skipRule->currentData().toString();
    f.account = m_account->currentData().toString();
    // Whole days in the shop's time zone: "to" includes that day.
    const QTimeZone zone = m_engine.config().reminder.plan.zone;
    if (const int range = m_range->currentData().toInt(); range >= 0) {
        // A quick range is days before now, read when it applies (after midnight, "today" moves).
        const auto [first, last] = quickRangeDays(QuickRange(range), m_engine.clock().nowMs(), zone);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(first);
        m_to->setDate(last);
    }
    if (m_fromOn->isChecked())
        f.from = QDateTime(m_from->date(), QTime(0, 0), zone).toMSecsSinceEpoch();
    if (m_toOn->isChecked())
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    f.search = m_search->text().trimmed();
    return f;
}

void HistoryView::applyFilter()
{
    m_model->setFilter(currentFilter());
}

QString HistoryView::countText(int rows) const
{
    return tr("%n row(s)", nullptr, rows);
}

QList<ActionTarget> HistoryView::selectedTargets() const
{
    QList<ActionTarget> out;
    QSet<qint64> orders;
    for (int row : m_table->selectedRows()) {
        const HistoryRow *r = m_model->rowAt(row);
        if (!r)
            continue;
        const qint64 unknown = r->reminderState == ReminderState::Unknown ? r->reminderId : 0;
        if (orders.contains(r->orderId) && unknown == 0)
            continue; // one target per order, unless another row of it names an unknown reminder
        orders.insert(r->orderId);
        const bool open
            = r->reminderState == ReminderState::Scheduled || r->reminderState == ReminderState::RetryWait;
        out << ActionTarget { r->orderId, r->orderNo, r->nickname, {}, r->account, open ? r->reminderId : 0,
            unknown };
    }
    return out;
}

void HistoryView::exportCsv()
{
    const QString path = FileDialog::saveCsvName(this, tr("Export send history"), u"history"_s,
        QDateTime::fromMSecsSinceEpoch(m_engine.clock().nowMs()));
    if (path.isEmpty())
        return;
    emit message(tr("Exporting the send history…"));
    m_reads.exportHistory(
        this, m_model->query(), m_engine.config(), path,
        [this, path](const ReadService::ExportResult &r) {
            if (r.rows < 0) {
                MessageBox::warning(
                    this, tr("Export failed"), tr("%1 was not written: %2").arg(path, r.error));
                emit message(tr("Export failed"));
                return;
            }
            emit message(
                tr("%n row(s) exported to %1", nullptr, int(r.rows)).arg(QDir::toNativeSeparators(path)));
            emit exported(path, r.rows);
        },
        &ConsoleText::outcome);
}

} // namespace paynudge
