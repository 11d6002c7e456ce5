#include "console/optoutview.h"

#include "common/clock.h"
#include "console/consoletext.h"
#include "console/filedialog.h"
#include "console/messagebox.h"
#include "console/operatoractions.h"
#include "console/optoutdialog.h"
#include "engine/engine.h"
#include "intake/optoutcsv.h"
#include "readmodel/openidmask.h"
#include "readmodel/readservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paynudge {

OptOutView::OptOutView(Engine &engine, ReadService &reads, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_reads(reads)
{
    setObjectName(u"optOutView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"optOutSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search openid or reason"));
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(u"optOutAdd"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"optOutRemove"_s);
    auto *import = new QPushButton(tr("&Import CSV…"), this);
    import->setObjectName(u"optOutImport"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"optOutSummary"_s);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_summary);
    bar->addSpacing(12);
    bar->addWidget(add);
    bar->addWidget(m_remove);
    bar->addWidget(import);
    layout->addLayout(bar);

    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels({ tr("Customer"), tr("Reason"), tr("By"), tr("Since") });
    m_table = new QTableView(this);
    m_table->setObjectName(u"optOutTable"_s);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setColumnWidth(0, 150);
    m_table->setColumnWidth(2, 140);
    m_table->setColumnWidth(3, 140);
    layout->addWidget(m_table, 1);
    auto *hint = new QLabel(tr("Customers on this list get no reminder at all, and none can be sent to "
                               "them by hand. A CSV file to import has the header openid,reason."),
        this);
    hint->setWordWrap(true);
    hint->setStyleSheet(u"color: palette(mid)"_s);
    layout->addWidget(hint);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(&m_searchDelay, &QTimer::timeout, this, &OptOutView::refresh);
    connect(add, &QPushButton::clicked, this, [this] { addCustomer(); });
    connect(m_remove, &QPushButton::clicked, this, &OptOutView::removeSelected);
    connect(import, &QPushButton::clicked, this, &OptOutView::importCsv);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OptOutView::updateButtons);
    connect(&engine, &Engine::optOutsChanged, this, &OptOutView::refresh);
    connect(&engine, &Engine::storeChanged, this, [this](const ChangeNotice &notice) {
        if (notice.kind == ChangeNotice::Kind::OptOuts)
            refresh();
    });
    updateButtons();
    refresh();
}

void OptOutView::refresh()
{
    OptOutQuery query;
    query.search = m_search->text().trimmed();
    query.limit = kShown;
    const quint64 generation = ++m_generation;
    m_reads.optOuts(this, query, [this, generation](const std::optional<OptOutPage> &page) {
        if (generation != m_generation)
            return;
        if (!page) {
            m_summary->setText(tr("The list cannot be read now"));
            emit loaded();
            return;
        }
        display(page->entries, page->total);
        emit loaded();
    });
}

void OptOutView::display(const QList<OptOutRecord> &entries, qint64 total)
{
    const qint64 now = m_engine.clock().nowMs();
    const QTimeZone zone = m_engine.config().reminder.plan.zone;
    m_model->removeRows(0, m_model->rowCount());
    m_openids.clear();
    for (const OptOutRecord &e : entries) {
        QList<QStandardItem *> row { new QStandardItem(maskOpenid(e.openid)), new QStandardItem(e.reason),
            new QStandardItem(e.actor), new QStandardItem(ConsoleText::dateTime(e.createdAt, now, zone)) };
        row.first()->setData(e.openid, Qt::UserRole);
        row.at(1)->setToolTip(e.reason);
        m_model->appendRow(row);
        m_openids << e.openid;
    }
    m_summary->setText(total > entries.size()
            ? tr("%n customer(s), the newest %1 shown", nullptr, int(total)).arg(entries.size())
            : tr("%n customer(s)", nullptr, int(total)));
    updateButtons();
}

void OptOutView::updateButtons()
{
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}

OptOutDialog *OptOutView::addCustomer(const QString &openid, const QString &customer)
{
    auto *dialog = new OptOutDialog(m_engine, openid, customer, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OptOutDialog::listed, this, &OptOutView::message);
    dialog->open();
    return dialog;
}

int OptOutView::removeSelected()
{
    QStringList openids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(0))
        openids << index.data(Qt::UserRole).toString();
    if (openids.isEmpty())
        return 0;
    QStringList lines;
    for (const QString &openid : std::as_const(openids))
        lines << u"• "_s + maskOpenid(openid);
    if (!MessageBox::question(this, tr("Remove from the do-not-remind list"),
            tr("Remove %n customer(s) from the list? They will get reminders again for unpaid orders.",
                nullptr, int(openids.size())),
            lines.join(u'\n'), tr("Remove")))
        return 0;
    int removed = 0;
    QStringList failures;
    for (const QString &openid : std::as_const(openids)) {
        bool was = false;
        QString error;
        if (m_engine.removeOptOut(openid, OperatorActions::actor(), &was, &error))
            removed += was ? 1 : 0;
        else
            failures << u"%1: %2"_s.arg(maskOpenid(openid), error);
    }
    if (!failures.isEmpty())
        MessageBox::warning(this, tr("Some customers were not removed"), failures.join(u'\n'));
    emit message(tr("%n customer(s) removed from the do-not-remind list", nullptr, removed));
    return removed;
}

bool OptOutView::importCsv()
{
    const QString path = FileDialog::openFileName(
        this, tr("Import do-not-remind list"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    const OptOutCsv::Report report = OptOutCsv::readFile(path, OperatorActions::actor());
    if (!report.usable()) {
        MessageBox::warning(this, tr("The file was not imported"),
            tr("Nothing was added. Fix these lines and import the file again:") + u'\n'
                + report.problems(false).join(u'\n'));
        return false;
    }
    QStringList preview;
    for (qsizetype i = 0; i < report.entries.size() && i < 10; ++i)
        preview << u"• %1 %2"_s.arg(maskOpenid(report.entries.at(i).openid), report.entries.at(i).reason);
    if (report.entries.size() > 10)
        preview << tr("… and %n more", nullptr, int(report.entries.size() - 10));
    if (!MessageBox::question(this, tr("Import do-not-remind list"),
            tr("Add %n customer(s) to the do-not-remind list? Listed ones get the file's reason.", nullptr,
                int(report.entries.size())),
            preview.join(u'\n'), tr("Import")))
        return false;
    OptOutImportResult result;
    QString error;
    if (!m_engine.importOptOuts(report.entries, &result, &error)) {
        MessageBox::warning(this, tr("The file was not imported"),
            tr("The store could not save it; nothing was added: %1").arg(error));
        return false;
    }
    emit message(tr("Do-not-remind list: %1 added, %2 changed, %3 already listed")
                     .arg(result.added)
                     .arg(result.updated)
                     .arg(result.unchanged));
    return true;
}

} // namespace paynudge
