#include "templatemappingeditor.h"

#include "domain/order.h"
#include "send/messagerenderer.h"

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
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({ tr("Template key"), tr("Value") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(150);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
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
    auto *suggest = new QPushButton(tr("Use the usual mapping"), this);
    suggest->setToolTip(
        tr("Order number, product, amount and order time, for a template from the category library"));
    connect(suggest, &QPushButton::clicked, this, [this] {
        setFields(suggestedFields());
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
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setMinimumHeight(110);

    auto *previewBox = new QGroupBox(tr("Preview — what a customer would receive for a sample order"), this);
    auto *previewForm = new QFormLayout(previewBox);
    previewForm->addRow(tr("Sample product:"), m_sampleProduct);
    previewForm->addRow(m_preview);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tableRow, 1);
    layout->addWidget(placeholders);
    layout->addWidget(previewBox);
    updatePreview();
}

QList<QPair<QString, QString>> TemplateMappingEditor::suggestedFields()
{
    return { { u"character_string1"_s, u"{order_no}"_s }, { u"thing2"_s, u"{product}"_s },
        { u"amount3"_s, u"{amount}"_s }, { u"time4"_s, u"{placed_at:yyyy-MM-dd HH:mm}"_s } };
}

void TemplateMappingEditor::addRow(const QString &key, const QString &pattern)
{
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(pattern));
}

void TemplateMappingEditor::setFields(const QList<QPair<QString, QString>> &fields)
{
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
    }
    for (const auto &[key, pattern] : fields)
        addRow(key, pattern);
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
    account.fields = fields();
    const RenderedMessage message = MessageRenderer::render(account, order, m_context.now, m_context.zone);

    QHash<QString, QString> notes;
    for (const QString &a : message.adjustments) {
        const qsizetype colon = a.indexOf(u": "_s);
        if (colon > 0)
            notes.insert(a.left(colon), describeAdjustment(a.mid(colon + 2)));
    }
    QStringList plain;
    QString html = u"<table cellspacing='0' cellpadding='3'>"_s;
    for (const auto &[key, value] : message.data) {
        plain << key + u" = "_s + value;
        html += u"<tr><td style='color:#808080'>%1</td><td><b>%2</b></td><td "
                u"style='color:#b35c00'>%3</td></tr>"_s.arg(
                    key.toHtmlEscaped(), value.toHtmlEscaped(), notes.value(key).toHtmlEscaped());
    }
    html += u"</table>"_s;
    if (account.fields.isEmpty())
        html += u"<p>%1</p>"_s.arg(
            tr("No fields mapped: the legacy template keys first, keyword1, keyword2 and "
               "remark are filled.")
                .toHtmlEscaped());
    if (!message.url.isEmpty()) {
        plain << u"url = "_s + message.url;
        html += u"<p>%1 %2</p>"_s.arg(tr("Opens:").toHtmlEscaped(), message.url.toHtmlEscaped());
    }
    if (!message.miniprogramPage.isEmpty()) {
        plain << u"page = "_s + message.miniprogramPage;
        html += u"<p>%1 %2</p>"_s.arg(
            tr("Opens the mini program page:").toHtmlEscaped(), message.miniprogramPage.toHtmlEscaped());
    }
    // What would stop or change the send for some orders, said before the first one goes out.
    QStringList warnings;
    if (!message.sendable())
        warnings << tr("Not sent: %1").arg(message.error);
    const QStringList risky = MessageRenderer::tooLongRisks(account);
    if (!risky.isEmpty())
        warnings << (account.tooLong == TooLongPolicy::Fail
                ? tr("%1 holds the order number: WeChat takes 32 characters there; a longer order number fails "
                     "its send (tooLong=fail).")
                : tr("%1 holds the order number: WeChat takes 32 characters there; a longer one is sent as its "
                     "first 29 characters and \"...\" (tooLong=shorten)."))
                        .arg(risky.join(u", "_s));
    for (const QString &w : std::as_const(warnings)) {
        plain << w;
        html += u"<p style='color:#b35c00'>%1</p>"_s.arg(w.toHtmlEscaped());
    }
    m_previewText = plain.join(u'\n');
    m_preview->setText(html);
}

} // namespace paynudge
