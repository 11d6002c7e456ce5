#include "shell/shopdbtestview.h"

#include "readmodel/openidmask.h"

#include <QCoreApplication>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

// A result column as the operator reads it, with the query's own name under it for the developer.
QString columnTitle(const QString &column)
{
    static const QHash<QString, const char *> words {
        { u"id"_s, QT_TRANSLATE_NOOP("paynudge::ShopDbTestView", "Row") },
        { u"order_no"_s, QT_TRANSLATE_NOOP("paynudge::ShopDbTestView", "Order number") },
        { u"account"_s, QT_TRANSLATE_NOOP("paynudge::ShopDbTestView", "Account") },
        { u"shop_token"_s, QT_TRANSLATE_NOOP("paynudge::ShopDbTestView", "Shop token") },
        { u"openid"_s, QT_TRANSLATE_NOOP("paynudge::ShopDbTestView", "Customer") },
        { u"nickname"_s, QT_TRANSLATE_NOOP("paynudge::ShopDbTestView", "Nickname") },
        { u"product"_s, QT_TRANSLATE_NOOP("paynudge::ShopDbTestView", "Product") },
        { u"amount"_s, QT_TRANSLATE_NOOP("paynudge::ShopDbTestView", "Amount") },
        { u"amount_fen"_s, QT_TRANSLATE_NOOP("paynudge::ShopDbTestView", "Amount (fen)") },
        { u"placed_at"_s, QT_TRANSLATE_NOOP("paynudge::ShopDbTestView", "Placed at") },
        { u"close_at"_s, QT_TRANSLATE_NOOP("paynudge::ShopDbTestView", "Closes at") },
        { u"use_time"_s, QT_TRANSLATE_NOOP("paynudge::ShopDbTestView", "Date of use") },
        { u"url"_s, QT_TRANSLATE_NOOP("paynudge::ShopDbTestView", "Link") },
    };
    const char *word = words.value(column.toLower());
    return word ? QCoreApplication::translate("paynudge::ShopDbTestView", word) + u'\n' + column : column;
}

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
    m_rows->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows);
    layout->addStretch();
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
    // A query may also return paid rows to move its watermark on (profile=xg's newest row, with
    // `unpaid` = 0): the operator sees the orders that would be reminded, and not that column.
    const qsizetype unpaidColumn = orders.columns.indexOf(u"unpaid"_s);
    QList<QStringList> shown;
    for (const QStringList &row : orders.rows)
        if (unpaidColumn < 0 || row.value(unpaidColumn) != u"0")
            shown << row;
    QStringList columns = orders.columns;
    if (unpaidColumn >= 0) {
        columns.removeAt(unpaidColumn);
        for (QStringList &row : shown)
            row.removeAt(unpaidColumn);
    }
    if (!orders.ran)
        lines << tr("New orders: not read from the database (no query set); orders come from the shop's "
                    "system or a CSV import.");
    else if (orders.error)
        lines << mark(false) + tr("New orders query: %1").arg(orders.error.message());
    else if (shown.isEmpty())
        lines << mark(true)
                + tr("New orders query: works (%1 ms); the shop has no unpaid orders now.")
                      .arg(orders.elapsedMs);
    else
        lines << mark(true)
                + tr("New orders query: works (%1 ms); the first %n unpaid order(s) are below.", nullptr,
                    int(shown.size()))
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

    if (!orders.ok() || shown.isEmpty()) {
        m_rows->hide();
        return;
    }
    m_rows->clear();
    m_rows->setColumnCount(int(columns.size()));
    m_rows->setRowCount(int(shown.size()));
    QStringList titles;
    for (const QString &c : std::as_const(columns))
        titles << columnTitle(c);
    m_rows->setHorizontalHeaderLabels(titles);
    int openidColumn = -1;
    for (int c = 0; c < columns.size(); ++c)
        if (columns.at(c).compare(u"openid"_s, Qt::CaseInsensitive) == 0)
            openidColumn = c;
    for (int r = 0; r < shown.size(); ++r) {
        const QStringList &row = shown.at(r);
        for (int c = 0; c < row.size(); ++c) {
            // A customer's openid is personal data: the UI never shows it whole.
            const QString text = c == openidColumn ? maskOpenid(row.at(c)) : row.at(c);
            m_rows->setItem(r, c, new QTableWidgetItem(text));
        }
    }
    m_rows->resizeColumnsToContents();
    // As tall as its few rows (and a scroll bar for wide results): the settings above keep the room.
    int height = m_rows->horizontalHeader()->sizeHint().height() + 2 * m_rows->frameWidth()
        + m_rows->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    for (int r = 0; r < m_rows->rowCount(); ++r)
        height += m_rows->rowHeight(r);
    m_rows->setFixedHeight(height);
    m_rows->show();
}

QString ShopDbTestView::summary() const
{
    return m_summary->text();
}

} // namespace paynudge
