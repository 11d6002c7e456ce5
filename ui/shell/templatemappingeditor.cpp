#include "shell/templatemappingeditor.h"

#include "console/messagecard.h"
#include "domain/order.h"
#include "send/messagerenderer.h"
#include "templates/mappingcheck.h"
#include "templates/mappingsuggester.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

// MessageRenderer describes what fitting changed in fixed English phrases (they also go to the
// history); the preview shows them in the UI's language.
QString describeAdjustment(const QString &text)
{
    QStringList out;
    static const QRegularExpression cut(u"^cut to (\\d+) characters$"_s);
    for (const QString &part : text.split(u"; "_s)) {
        if (const auto m = cut.match(part); m.hasMatch())
            out << TemplateMappingEditor::tr("cut to %1 characters").arg(m.captured(1));
        else if (part == u"line breaks/emoji removed")
            out << TemplateMappingEditor::tr("line breaks/emoji removed");
        else if (part == u"currency symbol added")
            out << TemplateMappingEditor::tr("currency symbol added");
        else if (part == u"kept digits only")
            out << TemplateMappingEditor::tr("kept digits only");
        else if (part == u"empty, sent as \"-\"")
            out << TemplateMappingEditor::tr("empty, sent as \"-\"");
        else
            out << part;
    }
    return out.join(u"; "_s);
}

} // namespace

TemplateMappingEditor::TemplateMappingEditor(QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({ tr("Template key"), tr("Value"), tr("WeChat shows it as") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(150);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 2)
            return; // what WeChat shows is ours, not the operator's
        if (item->column() == 0)
            updateShownAs();
        updatePreview();
        emit edited();
    });

    auto *add = new QPushButton(tr("Add field"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(QString(), QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    auto *remove = new QPushButton(tr("Remove field"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        updatePreview();
        emit edited();
    });
    auto *suggest = new QPushButton(tr("Suggest a mapping"), this);
    suggest->setToolTip(tr("Fills each key of the template by its type and label: order number, product, "
                           "amount, order or close time, the call to pay"));
    connect(suggest, &QPushButton::clicked, this, [this] {
        applySuggestion();
        emit edited();
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(suggest);
    buttons->addStretch();
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(buttons);

    auto *placeholders
        = new QLabel(tr("Placeholders: {order_no} {product} {amount} {placed_at:HH:mm} {close_in} …"), this);
    placeholders->setToolTip(tr(
        "Placeholders: {order_no} {product} {amount} {amount_yuan} {nickname} {use_time} "
        "{placed_at:yyyy-MM-dd HH:mm} {close_at:HH:mm} {close_after} {close_in}, and any name from the "
        "order's vars. Values are fitted to each key's type: thing ≤ 20 characters, character_string ≤ 32, "
        "amount as ¥128.50."));
    placeholders->setForegroundRole(QPalette::PlaceholderText);

    m_sampleProduct = new QLineEdit(u"有机红富士苹果 5kg 家庭装 新鲜当季水果 产地直发 顺丰包邮"_s, this);
    connect(m_sampleProduct, &QLineEdit::textChanged, this, &TemplateMappingEditor::updatePreview);

    m_preview = new QLabel(this);
    m_preview->setObjectName(u"messageCard"_s);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setMinimumHeight(110);

    m_check = new QLabel(this);
    m_check->setTextFormat(Qt::RichText);
    m_check->setWordWrap(true);
    m_check->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_check->hide();

    auto *previewBox = new QGroupBox(tr("Preview — what a customer would receive for a sample order"), this);
    auto *previewForm = new QFormLayout(previewBox);
    previewForm->addRow(tr("Sample product:"), m_sampleProduct);
    previewForm->addRow(m_preview);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tableRow, 1);
    layout->addWidget(m_check);
    layout->addWidget(placeholders);
    layout->addWidget(previewBox);
    updatePreview();
}

void TemplateMappingEditor::setTemplate(const std::optional<WeChatTemplate> &tmpl)
{
    m_template = tmpl;
    updateShownAs();
    updatePreview();
}

void TemplateMappingEditor::applySuggestion()
{
    setFields(m_template ? suggestMapping(*m_template) : genericMapping());
    // Keys the suggestion cannot fill still get a row, so the operator sees what is missing.
    if (m_template) {
        const auto filled = fields();
        for (const TemplateKey &k : m_template->keys)
            if (std::none_of(
                    filled.cbegin(), filled.cend(), [&k](const auto &f) { return f.first == k.name; }))
                addRow(k.name, QString());
        updateShownAs();
        updatePreview();
    }
}

void TemplateMappingEditor::addRow(const QString &key, const QString &pattern)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(pattern));
    auto *shown = new QTableWidgetItem;
    shown->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, 2, shown);
}

// Column 2: the key's label and type as WeChat lists them, or why the customer never sees it.
void TemplateMappingEditor::updateShownAs()
{
    const QSignalBlocker block(m_table);
    m_table->setColumnHidden(2, !m_template);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, 2);
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (!item || !m_template)
            continue;
        const TemplateKey *k = m_template->key(key);
        QString text;
        if (!k)
            text = tr("not in the template");
        else if (!k->displayed())
            text = tr("%1 — no longer displayed").arg(k->type);
        else
            text = (k->label.isEmpty() ? k->type : k->label + u" · "_s + k->type)
                + (k->enumValues.isEmpty() ? QString() : u" ("_s + k->enumValues.join(u" / "_s) + u')');
        item->setText(text);
        item->setForeground(!k || !k->displayed() ? QBrush(QColor(0xb3, 0x5c, 0x00)) : QBrush());
    }
}

void TemplateMappingEditor::setFields(const QList<QPair<QString, QString>> &fields)
{
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
    }
    for (const auto &[key, pattern] : fields)
        addRow(key, pattern);
    updateShownAs();
    updatePreview();
}

QList<QPair<QString, QString>> TemplateMappingEditor::fields() const
{
    QList<QPair<QString, QString>> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString pattern = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (!key.isEmpty())
            out.append({ key, pattern });
    }
    return out;
}

void TemplateMappingEditor::setPreviewContext(const PreviewContext &context)
{
    m_context = context;
    updatePreview();
}

void TemplateMappingEditor::updatePreview()
{
    OrderRecord order;
    order.id = 1;
    order.input.orderNo = u"P20260302100000123"_s;
    order.input.account = m_context.account.key;
    order.input.nickname = u"小王"_s;
    order.input.product = m_sampleProduct->text();
    order.input.amountFen = 12850;
    order.input.useTime = u"2026-03-03 14:00"_s;
    order.input.placedAt = m_context.now - 10 * kMinuteMs;
    order.closeAt = order.input.placedAt + m_context.closeAfterSec * 1000;
    order.createdAt = order.input.placedAt;

    AccountConfig account = m_context.account;
    const auto own = fields();
    // Without fields/… a send uses the mapping suggested for the template: show that one.
    account.fields = own.isEmpty() && m_template ? suggestMapping(*m_template) : own;
    const RenderedMessage message = MessageRenderer::render(account, order, m_context.now, m_context.zone);

    QHash<QString, QString> notes;
    for (const QString &a : message.adjustments) {
        const qsizetype colon = a.indexOf(u": "_s);
        if (colon > 0)
            notes.insert(a.left(colon), describeAdjustment(a.mid(colon + 2)));
    }
    const MessageCard card(message, m_template ? &*m_template : nullptr, notes, account.fields);
    QStringList plain { card.plainText() };
    QString html = card.html();
    if (own.isEmpty())
        html += u"<p>%1</p>"_s.arg(
            tr("No fields mapped: PayNudge sends the mapping it suggests for the template WeChat lists "
               "under this ID (or pauses the account when WeChat does not list it).")
                .toHtmlEscaped());
    // What would stop or change the send for some orders, said before the first one goes out.
    QStringList warnings;
    if (!message.sendable())
        warnings << tr("Not sent: %1").arg(message.problem.text());
    const QStringList risky = MessageRenderer::tooLongRisks(account);
    if (!risky.isEmpty())
        warnings << (account.tooLong == TooLongPolicy::Fail
                ? tr("%1 holds the order number: WeChat takes 32 characters there; a longer order number "
                     "fails "
                     "its send (tooLong=fail).")
                : tr("%1 holds the order number: WeChat takes 32 characters there; a longer one is sent as "
                     "its "
                     "first 29 characters and \"...\" (tooLong=shorten)."))
                        .arg(risky.join(u", "_s));
    for (const QString &w : std::as_const(warnings)) {
        plain << w;
        html += u"<p style='color:#b35c00'>%1</p>"_s.arg(w.toHtmlEscaped());
    }
    m_previewText = plain.join(u'\n');
    m_preview->setText(html);
    updateCheck(own);
}

void TemplateMappingEditor::updateCheck(const QList<QPair<QString, QString>> &fields)
{
    if (!m_template) {
        m_checkText.clear();
        m_check->hide();
        return;
    }
    const MappingCheck check
        = checkMapping(*m_template, fields.isEmpty() ? suggestMapping(*m_template) : fields);
    const QStringList problems = check.problems();
    const QStringList warnings = check.warnings();
    m_checkText = (problems + warnings).join(u'\n');
    QString html;
    for (const QString &p : problems)
        html += u"<div style='color:#c62828'>✘ %1</div>"_s.arg(p.toHtmlEscaped());
    for (const QString &w : warnings)
        html += u"<div style='color:#b35c00'>⚠ %1</div>"_s.arg(w.toHtmlEscaped());
    if (html.isEmpty())
        html = u"<div style='color:#1a7f37'>✔ %1</div>"_s.arg(
            tr("Every key of the template is filled; the customer sees the order and its deadline.")
                .toHtmlEscaped());
    m_check->setText(html);
    m_check->show();
}

} // namespace paynudge
