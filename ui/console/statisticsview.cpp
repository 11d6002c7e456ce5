#include "console/statisticsview.h"

#include "common/clock.h"
#include "console/consoletext.h"
#include "console/filedialog.h"
#include "console/messagebox.h"
#include "console/skipcountslabel.h"
#include "console/splittestpanel.h"
#include "engine/engine.h"
#include "readmodel/readservice.h"
#include "readmodel/statisticscsv.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace paynudge {

StatisticsView::StatisticsView(Engine &engine, ReadService &reads, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_reads(reads)
{
    m_periodBox = new QComboBox(this);
    m_periodBox->setObjectName(u"statisticsPeriod"_s);
    m_periodBox->addItem(tr("Today"), int(StatisticsPeriod::Today));
    m_periodBox->addItem(tr("Last 7 days"), int(StatisticsPeriod::Last7Days));
    m_periodBox->addItem(tr("Last 30 days"), int(StatisticsPeriod::Last30Days));
    connect(m_periodBox, &QComboBox::currentIndexChanged, this,
        [this] { setPeriod(StatisticsPeriod(m_periodBox->currentData().toInt())); });

    auto *numbers = new QGroupBox(this);
    auto *grid = new QGridLayout(numbers);
    const QList<QPair<QString, QString>> figures {
        { u"sent"_s, tr("Reminders sent") },
        { u"failed"_s, tr("Failed") },
        { u"paid"_s, tr("Orders paid after a reminder") },
        { u"rate"_s, tr("Recovery rate") },
        { u"recovered"_s, tr("Amount recovered") },
    };
    for (int i = 0; i < figures.size(); ++i) {
        auto *value = new QLabel(u"—"_s, numbers);
        value->setObjectName(u"figure_"_s + figures.at(i).first);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        value->setFont(big);
        auto *caption = new QLabel(figures.at(i).second, numbers);
        grid->addWidget(value, 0, i, Qt::AlignHCenter);
        grid->addWidget(caption, 1, i, Qt::AlignHCenter);
        m_figures.insert(figures.at(i).first, value);
    }
    auto *note = new QLabel(
        tr("“Paid after a reminder” counts the orders first reminded in this period that were paid after "
           "their "
           "first accepted reminder and before their auto-close time. The rate divides them by all orders "
           "first "
           "reminded in the period; the amount is what they were worth. Dry-run reminders count as sent."),
        this);
    note->setWordWrap(true);
    note->setObjectName(u"statisticsNote"_s);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);

    m_accounts = new QTableWidget(0, 6, this);
    m_accounts->setObjectName(u"statisticsAccounts"_s);
    m_accounts->setHorizontalHeaderLabels({ tr("Account"), tr("Reminders sent"), tr("Failed"),
        tr("Orders paid after a reminder"), tr("Recovery rate"), tr("Amount recovered") });
    for (int column = 1; column < m_accounts->columnCount(); ++column)
        m_accounts->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_accounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accounts->setSelectionMode(QAbstractItemView::NoSelection);
    m_accounts->setFocusPolicy(Qt::NoFocus);
    m_accounts->verticalHeader()->setVisible(false);
    m_accounts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_accounts->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_accounts->setAlternatingRowColors(true);

    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(u"statisticsExport"_s);
    connect(exportButton, &QPushButton::clicked, this, &StatisticsView::exportCsv);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_periodBox);
    top->addStretch();
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(numbers);
    layout->addWidget(note);
    layout->addWidget(m_accounts);
    m_skips = new SkipCountsLabel(this);
    layout->addWidget(m_skips);
    layout->addWidget(m_chartView, 1);
    // Issue 17: which text of a split test works, for the same period, after the figures above.
    auto *splitTest = new SplitTestPanel(engine, reads, this);
    layout->addWidget(splitTest);
    connect(this, &StatisticsView::updated, splitTest,
        [this, splitTest] { splitTest->refresh(m_current.bounds); });

    // Bursts of sends and payments refresh the figures once, a moment later.
    m_changed.setSingleShot(true);
    m_changed.setInterval(1500);
    connect(&m_changed, &QTimer::timeout, this, &StatisticsView::refresh);
    auto changed = [this] {
        if (isVisible())
            m_changed.start();
    };
    connect(&engine, &Engine::remindersChanged, this, changed);
    connect(&engine, &Engine::orderSettled, this, changed);
    connect(&engine, &Engine::storeChanged, this, [changed](const ChangeNotice &notice) {
        if (notice.kind == ChangeNotice::Kind::Orders || notice.kind == ChangeNotice::Kind::Reminders)
            changed();
    });
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, changed);
    m_clock.start();
}

QChart &StatisticsView::chart() const
{
    return *m_chartView->chart();
}

void StatisticsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void StatisticsView::setPeriod(StatisticsPeriod period)
{
    m_period = period;
    const QSignalBlocker block(m_periodBox);
    m_periodBox->setCurrentIndex(m_periodBox->findData(int(period)));
    refresh();
}

void StatisticsView::refresh()
{
    const quint64 generation = ++m_generation;
    QElapsedTimer took;
    took.start();
    const QList<qint64> bounds
        = statisticsBounds(m_period, m_engine.clock().nowMs(), m_engine.config().reminder.plan.zone);
    m_reads.statistics(this, bounds, [this, generation, took](const Statistics &s) {
        // A month of a million reminders takes seconds: refresh on changes at most a fifth
        // of the time, so a busy shop's statistics tab never keeps the reader busy.
        m_changed.setInterval(int(std::max<qint64>(1500, 5 * took.elapsed())));
        if (generation == m_generation)
            display(s);
    });
}

QString StatisticsView::figure(const QString &name) const
{
    const QLabel *label = m_figures.value(name);
    return label ? label->text() : QString();
}

void StatisticsView::display(const Statistics &s)
{
    m_current = s;
    const QLocale locale;
    m_figures.value(u"sent"_s)->setText(locale.toString(s.sent));
    m_figures.value(u"failed"_s)->setText(locale.toString(s.failed));
    m_figures.value(u"paid"_s)->setText(
        tr("%1 of %2").arg(locale.toString(s.paidAfterReminder), locale.toString(s.reminded)));
    m_figures.value(u"rate"_s)->setText(
        s.reminded > 0 ? locale.toString(100.0 * s.rate(), 'f', 1) + u" %"_s : u"—"_s);
    m_figures.value(u"recovered"_s)->setText(ConsoleText::amount(s.recoveredFen));
    updateAccounts(s);
    m_skips->setCounts(s.skipsByRule);
    updateChart(s);
    emit updated();
}

void StatisticsView::updateChart(const Statistics &s)
{
    QChart &c = chart();
    c.removeAllSeries();
    for (QAbstractAxis *axis : c.axes()) {
        c.removeAxis(axis); // gives the axis back: it is ours to delete
        delete axis;
    }
    auto *sent = new QBarSet(tr("Reminders sent"));
    auto *paid = new QBarSet(tr("Paid after a reminder"));
    QStringList categories;
    const QTimeZone zone = m_engine.config().reminder.plan.zone;
    const bool hourly = m_period == StatisticsPeriod::Today;
    qint64 highest = 1;
    for (qsizetype i = 0; i < s.sentPerBucket.size(); ++i) {
        *sent << double(s.sentPerBucket.at(i));
        *paid << double(s.paidPerBucket.value(i));
        highest = std::max({ highest, s.sentPerBucket.at(i), s.paidPerBucket.value(i) });
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(s.bounds.at(i), zone);
        categories << start.toString(hourly ? u"HH:00"_s : u"MM-dd"_s);
    }
    auto *series = new QBarSeries;
    series->append(sent);
    series->append(paid);
    c.addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, double(highest));
    y->setLabelFormat(u"%d"_s);
    y->applyNiceNumbers();
    c.addAxis(x, Qt::AlignBottom);
    c.addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    c.setTitle(hourly ? tr("Reminders and recoveries per hour") : tr("Reminders and recoveries per day"));
}

QString StatisticsView::accountName(const QString &key) const
{
    const AccountConfig *a = m_engine.config().account(key);
    return a ? a->displayName() : key;
}

void StatisticsView::updateAccounts(const Statistics &s)
{
    const QLocale locale;
    m_accounts->setRowCount(int(s.perAccount.size()));
    for (int row = 0; row < s.perAccount.size(); ++row) {
        const AccountStatistics &a = s.perAccount.at(row);
        const QStringList cells { accountName(a.account), locale.toString(a.sent), locale.toString(a.failed),
            tr("%1 of %2").arg(locale.toString(a.paidAfterReminder), locale.toString(a.reminded)),
            a.reminded > 0 ? locale.toString(100.0 * a.rate(), 'f', 1) + u" %"_s : u"—"_s,
            ConsoleText::amount(a.recoveredFen) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == 0 ? a.account : QString()); // the key, as in the config
            if (column > 0) // figures line up on their digits
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_accounts->setItem(row, column, item);
        }
    }
    // As tall as its rows (a shop has a few accounts), up to five before it scrolls.
    const int shown = std::clamp(m_accounts->rowCount(), 1, 5);
    m_accounts->setFixedHeight(m_accounts->horizontalHeader()->sizeHint().height()
        + shown * m_accounts->verticalHeader()->defaultSectionSize() + 2 * m_accounts->frameWidth());
}

void StatisticsView::exportCsv()
{
    const QDateTime now
        = QDateTime::fromMSecsSinceEpoch(m_engine.clock().nowMs(), m_engine.config().reminder.plan.zone);
    const QString path = FileDialog::saveCsvName(this, tr("Export statistics"), u"statistics"_s, now);
    if (path.isEmpty())
        return;
    // A few lines from what is on screen: written here, at once.
    QSaveFile file(path);
    QString error;
    const bool ok = file.open(QIODevice::WriteOnly)
        && StatisticsCsv::write(
            m_current, m_engine.config().reminder.plan.zone,
            [this](const QString &key) { return accountName(key); }, &file, &error)
        && file.commit();
    if (!ok) {
        const QString why = error.isEmpty() ? file.errorString() : error;
        MessageBox::warning(this, tr("Export failed"), tr("%1 was not written: %2").arg(path, why));
        emit message(tr("Export failed"));
        return;
    }
    emit message(tr("Statistics exported to %1").arg(QDir::toNativeSeparators(path)));
    emit exported(path);
}

} // namespace paynudge
