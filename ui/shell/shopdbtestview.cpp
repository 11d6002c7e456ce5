#include "shell/shopdbtestview.h"

#include "readmodel/openidmask.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

QString mark(bool ok)
{
    return ok ? u"✔ "_s : u"✘ "_s;
}

} // namespace

ShopDbTestView::ShopDbTestView(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rows = new QTableWidget;
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionMode(QAbstractItemView::NoSelection);
    m_rows->verticalHeader()->hide();
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->setMinimumHeight(120);
    m_rows->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 1);
}

void ShopDbTestView::showRunning()
{
    m_summary->setText(tr("Asking the shop's database…"));
    m_rows->hide();
}

void ShopDbTestView::showProblem(const QString &text)
{
    m_summary->setText(mark(false) + text);
    m_rows->hide();
}

void ShopDbTestView::showResult(const shopdb::ProbeResult &result)
{
    QStringList lines;
    if (!result.connected()) {
        lines << mark(false)
                + tr("PayNudge cannot reach the shop's database: %1").arg(result.connectError.message());
        lines << tr("Check the server, port, database name, user and password. Until it is reachable, no new "
                    "orders are read and reminders wait for the payment check.");
        m_summary->setText(lines.join(u'\n'));
        m_rows->hide();
        return;
    }
    lines << mark(true) + tr("Connected to the shop's database (%1 ms).").arg(result.connectMs);

    const shopdb::ProbeQuery &orders = result.orders;
    if (!orders.ran)
        lines << tr("New orders: not read from the database (no query set); orders come from the shop's "
                    "system or a CSV import.");
    else if (orders.error)
        lines << mark(false) + tr("New orders query: %1").arg(orders.error.message());
    else if (orders.rows.isEmpty())
        lines << mark(true)
                + tr("New orders query: works (%1 ms); the shop has no unpaid orders now.")
                      .arg(orders.elapsedMs);
    else
        lines << mark(true)
                + tr("New orders query: works (%1 ms); the first %n unpaid order(s) are below.", nullptr,
                    int(orders.rows.size()))
                      .arg(orders.elapsedMs);

    const shopdb::ProbeQuery &unpaid = result.unpaid;
    if (!unpaid.ran)
        lines << tr("Payment check: not asked of the database.");
    else if (unpaid.error)
        lines << mark(false) + tr("Payment check query: %1").arg(unpaid.error.message());
    else
        lines << mark(true)
                + tr("Payment check query: works (%1 ms); it runs right before each reminder.")
                      .arg(unpaid.elapsedMs);
    if (!result.queryErrors().isEmpty())
        lines << tr("PayNudge does not start with a query the database refuses: ask the shop's developer to "
                    "correct it.");
    m_summary->setText(lines.join(u'\n'));

    if (!orders.ok() || orders.rows.isEmpty()) {
        m_rows->hide();
        return;
    }
    m_rows->clear();
    m_rows->setColumnCount(int(orders.columns.size()));
    m_rows->setRowCount(int(orders.rows.size()));
    m_rows->setHorizontalHeaderLabels(orders.columns);
    int openidColumn = -1;
    for (int c = 0; c < orders.columns.size(); ++c)
        if (orders.columns.at(c).compare(u"openid"_s, Qt::CaseInsensitive) == 0)
            openidColumn = c;
    for (int r = 0; r < orders.rows.size(); ++r) {
        const QStringList &row = orders.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            // A customer's openid is personal data: the UI never shows it whole.
            const QString text = c == openidColumn ? maskOpenid(row.at(c)) : row.at(c);
            m_rows->setItem(r, c, new QTableWidgetItem(text));
        }
    }
    m_rows->resizeColumnsToContents();
    m_rows->show();
}

QString ShopDbTestView::summary() const
{
    return m_summary->text();
}

} // namespace paynudge
