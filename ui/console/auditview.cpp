#include "console/auditview.h"

#include "common/clock.h"
#include "config/configaudit.h"
#include "console/filedialog.h"
#include "console/messagebox.h"
#include "console/quickrangebox.h"
#include "engine/engine.h"
#include "readmodel/csvtable.h"
#include "readmodel/quickrange.h"
#include "readmodel/readservice.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
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
namespace {

QString kindText(const QString &kind)
{
    if (kind == QStringView(auditKind::Setting))
        return QCoreApplication::translate("paynudge::AuditView", "Setting changed");
    if (kind == QStringView(auditKind::Action))
        return QCoreApplication::translate("paynudge::AuditView", "Action");
    if (kind == QStringView(auditKind::OptOut))
        return QCoreApplication::translate("paynudge::AuditView", "Do-not-remind list");
    if (kind == QStringView(auditKind::SplitTest))
        return QCoreApplication::translate("paynudge::AuditView", "Split test");
    return kind;
}

QString actionText(const QString &action)
{
    static const QList<std::pair<const char16_t *, const char *>> words {
        { auditAction::SendNow, QT_TRANSLATE_NOOP("paynudge::AuditView", "Send now") },
        { auditAction::Skip, QT_TRANSLATE_NOOP("paynudge::AuditView", "Skip") },
        { auditAction::Resend, QT_TRANSLATE_NOOP("paynudge::AuditView", "Resend") },
        { auditAction::ResolveSent, QT_TRANSLATE_NOOP("paynudge::AuditView", "Resolved: sent") },
        { auditAction::ResolveByResend, QT_TRANSLATE_NOOP("paynudge::AuditView", "Resolved: send again") },
        { auditAction::Pause, QT_TRANSLATE_NOOP("paynudge::AuditView", "Pause sending") },
        { auditAction::Resume, QT_TRANSLATE_NOOP("paynudge::AuditView", "Resume sending") },
        { auditAction::TestMessage, QT_TRANSLATE_NOOP("paynudge::AuditView", "Test message") },
        { auditAction::Import, QT_TRANSLATE_NOOP("paynudge::AuditView", "Import orders (CSV)") },
    };
    for (const auto &[wire, text] : words)
        if (action == QStringView(wire))
            return QCoreApplication::translate("paynudge::AuditView", text);
    return action;
}
} // namespace

AuditQuery::Words AuditView::words()
{
    AuditQuery::Words w;
    w.what = [](const AuditRecord &r) -> QString {
        return r.kind == QStringView(auditKind::Action) ? kindText(r.kind) + u": "_s + actionText(r.newValue)
                                                        : kindText(r.kind);
    };
    w.change = [](const AuditRecord &r) -> QString {
        if (r.kind == QStringView(auditKind::Action))
            return QString();
        if (r.detail == QStringView(configaudit::kSecretChanged) && r.oldValue.isEmpty()
            && r.newValue.isEmpty())
            return tr("changed (secret, not shown)");
        const QString none = tr("(empty)");
        return (r.oldValue.isEmpty() ? none : r.oldValue) + u" → "_s
            + (r.newValue.isEmpty() ? none : r.newValue);
    };
    w.detail = [](const AuditRecord &r) -> QString {
        if (r.kind == QStringView(auditKind::Action))
            return r.detail.isEmpty() ? tr("Done") : tr("Refused: %1").arg(r.detail);
        return r.detail == QStringView(configaudit::kSecretChanged) ? QString() : r.detail;
    };
    return w;
}

AuditView::AuditView(Engine &engine, ReadService &reads, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_reads(reads)
{
    setObjectName(u"audit"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"auditKind"_s);
    m_kind->addItem(tr("All kinds"), QString());
    for (const char16_t *kind :
        { auditKind::Setting, auditKind::Action, auditKind::OptOut, auditKind::SplitTest })
        m_kind->addItem(kindText(QString::fromUtf16(kind)), QString::fromUtf16(kind));
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(u"auditActor"_s);
    m_actor->setPlaceholderText(tr("Who"));
    m_actor->setClearButtonEnabled(true);
    m_range = new QComboBox(this);
    m_range->setObjectName(u"auditRange"_s);
    addQuickRanges(m_range);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"auditSearch"_s);
    m_search->setPlaceholderText(tr("Setting, order, value or detail"));
    m_search->setClearButtonEnabled(true);
    auto *exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(u"auditExport"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_actor);
    filters->addWidget(m_range);
    filters->addWidget(m_search, 1);
    filters->addWidget(exportButton);

    m_model = new QStandardItemModel(0, 6, this);
    m_model->setHorizontalHeaderLabels(AuditQuery::csvHeader());
    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = { 140, 110, 170, 200, 240 };
    for (int i = 0; i < 5; ++i)
        m_table->setColumnWidth(i, widths[i]);

    m_count = new QLabel(this);
    m_count->setObjectName(u"auditCount"_s);
    m_more = new QPushButton(tr("Show older"), this);
    m_more->setObjectName(u"auditMore"_s);
    m_more->setEnabled(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_more);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    m_soon.setSingleShot(true);
    m_soon.setInterval(150);
    connect(&m_soon, &QTimer::timeout, this, [this] { load(false); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditView::refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this, &AuditView::refresh);
    connect(m_actor, &QLineEdit::textChanged, this, &AuditView::refresh);
    connect(m_search, &QLineEdit::textChanged, this, &AuditView::refresh);
    connect(m_more, &QPushButton::clicked, this, [this] { load(true); });
    connect(exportButton, &QPushButton::clicked, this, &AuditView::exportCsv);
    // Live: the engine's own lines, a reload of the file, another engine's change on a shared store.
    connect(&engine, &Engine::auditChanged, this, &AuditView::refresh);
    connect(&engine, &Engine::configApplied, this, &AuditView::refresh);
    connect(&engine, &Engine::accountStateChanged, this, &AuditView::refresh);
    connect(&engine, &Engine::storeChanged, this, &AuditView::refresh);
    load(false);
}

AuditFilter AuditView::currentFilter() const
{
    AuditFilter f;
    f.kind = m_kind->currentData().toString();
    f.actor = m_actor->text().trimmed();
    f.search = m_search->text().trimmed();
    f.limit = kPageSize;
    if (const int range = m_range->currentData().toInt(); range != kAllDates) {
        // Whole days in the shop's time zone, read when it applies (after midnight, "today" moves).
        const QTimeZone zone = m_engine.config().reminder.plan.zone;
        const auto [first, last] = quickRangeDays(QuickRange(range), m_engine.clock().nowMs(), zone);
        f.from = QDateTime(first, QTime(0, 0), zone).toMSecsSinceEpoch();
        f.to = QDateTime(last.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    }
    return f;
}

void AuditView::refresh()
{
    ++m_generation;
    m_soon.start();
}

void AuditView::load(bool more)
{
    AuditFilter filter = currentFilter();
    if (more)
        filter.beforeId = m_lastId;
    const int generation = m_generation;
    m_reads.auditPage(this, filter, [this, more, generation](const AuditQuery::Page &page) {
        if (generation == m_generation)
            showPage(page, more);
    });
}

void AuditView::showPage(const AuditQuery::Page &page, bool more)
{
    if (!more)
        m_model->removeRows(0, m_model->rowCount());
    const QTimeZone zone = m_engine.config().reminder.plan.zone;
    const AuditQuery::Words w = words();
    for (const AuditRecord &r : page.lines) {
        QList<QStandardItem *> row;
        for (const QString &cell :
            { CsvTable::localTime(r.at, zone), r.actor, w.what(r), r.subject, w.change(r), w.detail(r) }) {
            auto *item = new QStandardItem(cell);
            item->setToolTip(cell);
            row << item;
        }
        m_model->appendRow(row);
    }
    if (!page.lines.isEmpty())
        m_lastId = page.lines.last().id;
    else if (!more)
        m_lastId = 0;
    const int shown = m_model->rowCount();
    m_more->setEnabled(page.error.isEmpty() && shown < page.total);
    m_count->setText(page.error.isEmpty() ? tr("%1 of %2 lines").arg(shown).arg(page.total)
                                          : tr("The audit log could not be read: %1").arg(page.error));
    emit loaded();
}

void AuditView::exportCsv()
{
    const QString path = FileDialog::saveCsvName(
        this, tr("Export audit log"), u"audit"_s, QDateTime::fromMSecsSinceEpoch(m_engine.clock().nowMs()));
    if (path.isEmpty())
        return;
    AuditFilter filter = currentFilter();
    m_reads.exportAudit(this, filter, m_engine.config().reminder.plan.zone, path, words(),
        [this, path](const ReadService::ExportResult &r) {
            if (r.rows < 0) {
                MessageBox::warning(
                    this, tr("Export failed"), tr("%1 was not written: %2").arg(path, r.error));
                emit message(tr("Export failed"));
                return;
            }
            emit message(tr("%1 lines exported to %2").arg(r.rows).arg(QDir::toNativeSeparators(path)));
            emit exported(path, r.rows);
        });
}

} // namespace paynudge
