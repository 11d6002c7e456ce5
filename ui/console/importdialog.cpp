#include "console/importdialog.h"

#include "console/filedialog.h"
#include "console/operatoractions.h"
#include "engine/engine.h"
#include "intake/csvimportstore.h"
#include "intake/intakeerror.h"
#include "readmodel/openidmask.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcImportDialog, "paynudge.ui.console.import")

namespace paynudge {
namespace {

// Reading a large file and checking each number against the store takes a moment.
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

const QColor kProblemBackground(0xfd, 0xec, 0xea);
const QColor kProblemText(0x8a, 0x1f, 0x11);
const QColor kDoneBackground(0xe8, 0xf1, 0xfb);
const QColor kDoneText(0x1a, 0x3e, 0x6e);

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8); // as dense as the lists
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

ImportDialog::ImportDialog(Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import orders from CSV"));

    m_file = new QLineEdit(this);
    m_file->setObjectName(u"importFile"_s);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    auto *choose = new QPushButton(tr("&Choose file…"), this);
    choose->setObjectName(u"importChoose"_s);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_encoding = new QLabel(this);
    m_encoding->setObjectName(u"importEncoding"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    auto *infoRow = new QHBoxLayout;
    infoRow->addWidget(m_encoding);
    infoRow->addSpacing(16);
    infoRow->addWidget(m_summary, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"importMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAutoFillBackground(true);
    m_message->setMargin(8);
    m_message->hide();

    m_previewBox = new QGroupBox(this);
    m_preview = makeTable(m_previewBox, u"importPreview"_s);
    (new QVBoxLayout(m_previewBox))->addWidget(m_preview);
    m_badBox = new QGroupBox(this);
    m_badLines = makeTable(m_badBox, u"importBadLines"_s);
    m_badLines->setColumnCount(4);
    m_badLines->setHorizontalHeaderLabels({ tr("Line"), tr("Field"), tr("Problem"), tr("Details") });
    m_badLines->setColumnWidth(0, 60);
    m_badLines->setColumnWidth(1, 110);
    m_badLines->setColumnWidth(2, 170);
    (new QVBoxLayout(m_badBox))->addWidget(m_badLines);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(infoRow);
    layout->addWidget(m_message);
    layout->addWidget(m_previewBox, 3);
    layout->addWidget(m_badBox, 2);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importRows);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(980, 640);
    showReport();
}

bool ImportDialog::chooseFile()
{
    const QString dir = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                         : QFileInfo(m_path).absolutePath();
    // Before the dialog is shown (the window's first question) the chooser belongs to the window.
    const QString path = FileDialog::openFileName(isVisible() ? this : parentWidget(),
        tr("Import orders from CSV"), dir, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    load(path);
    return true;
}

void ImportDialog::load(const QString &path)
{
    const WaitCursor wait;
    m_path = QFileInfo(path).absoluteFilePath();
    m_stored = false;
    CsvImport::Options options = CsvImport::optionsFor(m_engine.config());
    options.previewRows = 10;
    m_report = CsvImport::readFile(m_path, options);
    // Numbers already stored with other content are bad lines too, shown before anything is stored.
    if (m_report->usable())
        CsvImportStore::checkAgainstStore(m_engine, *m_report);
    showReport();
}

void ImportDialog::importRows()
{
    if (!m_report || !m_report->usable() || m_report->good.isEmpty() || m_stored)
        return;
    CsvImportStore::Outcome outcome;
    {
        const WaitCursor wait;
        outcome = CsvImportStore::store(m_engine, *m_report);
    }
    // The audit log (issue 17): who imported which file, and what it stored or why not.
    const QString file = QFileInfo(m_path).fileName();
    m_engine.auditAction(OperatorActions::actor(), QString::fromUtf16(auditAction::Import),
        outcome.committed
            ? u"%1: %2 new, %3 already stored"_s.arg(file).arg(outcome.created).arg(outcome.existing)
            : file,
        outcome.committed ? QString() : outcome.error);
    if (!outcome.committed) {
        qCWarning(lcImportDialog).noquote() << "import of" << m_path << "failed:" << outcome.error;
        showReport(); // rows found conflicting meanwhile have moved to the bad lines
        showMessage(tr("The store failed; nothing was stored: %1").arg(outcome.error), true);
        return;
    }
    m_stored = true;
    int conflicts = 0;
    for (const CsvImport::BadLine &b : std::as_const(m_report->bad))
        conflicts += b.code == errorcode::Conflict ? 1 : 0;
    const QString summary = tr("Imported %1: %2 new, %3 already there, %4 conflicting")
                                .arg(QFileInfo(m_path).fileName())
                                .arg(outcome.created)
                                .arg(outcome.existing)
                                .arg(conflicts);
    showReport();
    QString text = tr("%n new order(s) stored.", nullptr, outcome.created);
    if (outcome.existing > 0)
        text += u' '
            + tr("%n order(s) were already there and were left as they are.", nullptr, outcome.existing);
    if (conflicts > 0)
        text += u' '
            + tr("%n line(s) name an order number already used for another order; they were not stored.",
                nullptr, conflicts);
    showMessage(text, false);
    emit imported(summary);
}

void ImportDialog::showReport()
{
    m_file->setText(QDir::toNativeSeparators(m_path));
    const bool usable = m_report && m_report->usable();
    const int good = usable ? int(m_report->good.size()) : 0;
    m_encoding->setVisible(usable);
    m_encoding->setText(tr("Encoding: %1").arg(encodingText()));
    m_previewBox->setVisible(usable);
    m_badBox->setVisible(usable && !m_report->bad.isEmpty());
    // A file that cannot be used offers no import at all.
    m_import->setVisible(usable);
    m_import->setEnabled(usable && good > 0 && !m_stored);
    m_import->setText(tr("Import %n order(s)", nullptr, good));

    if (!m_report) {
        m_summary->setText(
            tr("Choose a CSV file of orders, such as the unpaid orders exported from the shop's "
               "back office. Its header row names the columns: 订单号, OpenID, 商品, 金额(元), "
               "下单时间, and 昵称, 账号 if there is more than one account (or order_no, "
               "account, openid, product, amount_fen, placed_at, …)."));
        m_message->hide();
        return;
    }
    if (!usable) {
        m_summary->clear();
        const QString where = m_report->fatalLine > 0 ? tr("line %1: ").arg(m_report->fatalLine) : QString();
        showMessage(tr("This file cannot be imported; nothing was stored.") + u"\n"_s + where
                + m_report->fatal.text() + u"\n"_s
                + tr("Correct the file (in Excel, save it again as \"CSV UTF-8\") and choose it again."),
            true);
        return;
    }
    QStringList parts { tr("%n row(s) in the file", nullptr, m_report->dataRows),
        tr("%n ready to import", nullptr, good) };
    if (!m_report->bad.isEmpty())
        parts << tr("%n bad line(s), not imported", nullptr, int(m_report->bad.size()));
    if (m_report->repeated > 0)
        parts << tr("%n repeated row(s) counted once", nullptr, m_report->repeated);
    m_summary->setText(parts.join(u" · "_s));
    if (!m_stored)
        m_message->hide();
    fillPreview();
    fillBadLines();
}

void ImportDialog::fillPreview()
{
    const CsvImport::Report &r = *m_report;
    m_previewBox->setTitle(tr("Preview — the first %n row(s) as read", nullptr, int(r.preview.size())));
    m_preview->clear();
    m_preview->setColumnCount(int(r.columns.size()) + 1);
    m_preview->setHorizontalHeaderLabels(QStringList { tr("Line") } + r.headers);
    m_preview->setRowCount(int(r.preview.size()));
    QHash<int, const CsvImport::BadLine *> badAt;
    for (const CsvImport::BadLine &b : r.bad)
        badAt.insert(b.line, &b);
    for (int row = 0; row < r.preview.size(); ++row) {
        const CsvReader::Record &rec = r.preview.at(row);
        m_preview->setItem(row, 0, cell(QString::number(rec.line)));
        for (int c = 0; c < rec.fields.size() && c < r.columns.size(); ++c) {
            const QString value = rec.fields.at(c).trimmed();
            // An openid is shown as everywhere in the console: never whole.
            m_preview->setItem(row, c + 1, cell(r.columns.at(c) == u"openid" ? maskOpenid(value) : value));
        }
        if (const CsvImport::BadLine *bad = badAt.value(rec.line)) {
            for (int c = 0; c < m_preview->columnCount(); ++c) {
                if (!m_preview->item(row, c))
                    m_preview->setItem(row, c, cell({}));
                m_preview->item(row, c)->setBackground(kProblemBackground);
                m_preview->item(row, c)->setToolTip(
                    problemText(bad->code) + u": "_s + bad->problem.message());
            }
        }
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 240));
}

void ImportDialog::fillBadLines()
{
    const QList<CsvImport::BadLine> &bad = m_report->bad;
    m_badBox->setVisible(!bad.isEmpty());
    m_badBox->setTitle(
        tr("Bad lines — not imported (%1); correct them in the file and import it again: orders "
           "already imported are not stored twice")
            .arg(bad.size()));
    m_badLines->setRowCount(int(bad.size()));
    for (int row = 0; row < bad.size(); ++row) {
        const CsvImport::BadLine &b = bad.at(row);
        m_badLines->setItem(row, 0, cell(QString::number(b.line)));
        m_badLines->setItem(row, 1, cell(b.problem.field.isEmpty() ? tr("(whole row)") : b.problem.field));
        m_badLines->setItem(row, 2, cell(problemText(b.code)));
        m_badLines->setItem(row, 3, cell(b.problem.message()));
    }
}

void ImportDialog::showMessage(const QString &text, bool problem)
{
    QPalette p = m_message->palette();
    p.setColor(QPalette::Window, problem ? kProblemBackground : kDoneBackground);
    p.setColor(QPalette::WindowText, problem ? kProblemText : kDoneText);
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->show();
}

QString ImportDialog::encodingText() const
{
    if (!m_report)
        return {};
    // The core names the encoding in English; the operator reads it in the UI's language.
    const QString &name = m_report->encoding;
    if (name == CsvReader::encodingName(CsvReader::Encoding::Utf8))
        return tr("UTF-8");
    if (name == CsvReader::encodingName(CsvReader::Encoding::Utf8WithBom))
        return tr("UTF-8 with BOM");
    if (name == CsvReader::encodingName(CsvReader::Encoding::Gb18030))
        return tr("GB18030 (GBK)");
    return name;
}

QString ImportDialog::problemText(const QString &code)
{
    // The details stay as the core words them (the API returns the same text); the kind of
    // problem is said in the UI's language.
    if (code == errorcode::MissingField)
        return tr("Missing value");
    if (code == errorcode::WrongType)
        return tr("Wrong kind of value");
    if (code == errorcode::InvalidValue)
        return tr("Invalid value");
    if (code == errorcode::InvalidUtf8)
        return tr("Invalid text");
    if (code == errorcode::UnknownField)
        return tr("Unknown column");
    if (code == errorcode::UnknownAccount)
        return tr("Account not configured");
    if (code == errorcode::Conflict)
        return tr("Order number already used");
    return code;
}

} // namespace paynudge
