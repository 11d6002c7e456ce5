#include "console/listtab.h"

#include "console/consoletable.h"
#include "console/idtablemodel.h"
#include "engine/engine.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paynudge {

void fillAccountBox(QComboBox &box, const Engine &engine)
{
    const QString current = box.currentData().toString();
    box.clear();
    box.addItem(ListTab::tr("All accounts"), QString());
    for (const AccountConfig &a : engine.config().accounts)
        box.addItem(a.displayName(), a.key);
    box.setCurrentIndex(std::max(0, box.findData(current)));
}

ListTab::ListTab(Engine &engine, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(name + u"Search"_s);
    m_search->setClearButtonEnabled(true);
    m_account = new QComboBox(this);
    m_account->setObjectName(name + u"Account"_s);
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillAccountBox(*m_account, engine);
    m_summary = new QLabel(this);
    m_summary->setObjectName(name + u"Summary"_s);
    m_table = new ConsoleTable(this);
    m_table->setObjectName(name + u"Table"_s);

    m_filters = new QHBoxLayout;
    m_filters->addWidget(m_account);
    m_filters->addWidget(m_search, 1);
    m_filters->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(m_filters);
    layout->addWidget(m_table, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &ListTab::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyFilter();
    });
    connect(m_account, &QComboBox::currentIndexChanged, this, &ListTab::applyFilter);
}

void ListTab::attach(IdTableModel *model, const QList<int> &widths)
{
    m_model = model;
    m_table->setModel(model);
    m_table->horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths.at(c));
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListTab::selectionChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &ListTab::selectionChanged);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(model, signal, this, &ListTab::updateSummary);
    connect(model, &QAbstractItemModel::modelReset, this, &ListTab::updateSummary);
    connect(model, &IdTableModel::loadingChanged, this, &ListTab::updateSummary);
    updateSummary();
}

void ListTab::updateSummary()
{
    m_summary->setText(m_model->isLoading() ? tr("Loading…") : countText(m_model->rowCount()));
}

void ListTab::updateAccounts()
{
    const QSignalBlocker block(m_account);
    fillAccountBox(*m_account, m_engine);
}

void ListTab::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace paynudge
