#include "console/messagecard.h"

#include "engine/engine.h"
#include "send/messagemapping.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace paynudge {

MessageCard::MessageCard(const RenderedMessage &message, const WeChatTemplate *tmpl,
    const QHash<QString, QString> &notes, const QList<QPair<QString, QString>> &fields)
    : m_labelled(tmpl != nullptr)
{
    m_title = tmpl && !tmpl->title.isEmpty() ? tmpl->title : tr("Order payment reminder");
    if (tmpl) {
        // The lines WeChat shows, in the template's order.
        QHash<QString, QString> values;
        for (const auto &[key, value] : message.data)
            values.insert(key, value);
        for (const TemplateKey &k : tmpl->keys) {
            Line line;
            line.key = k.name;
            line.label = k.label.isEmpty() ? k.name : k.label;
            const bool filled = values.contains(k.name);
            line.value = values.value(k.name);
            if (!k.displayed()) {
                if (!filled)
                    continue;
                line.hidden = true;
                line.note = tr("no longer displayed by WeChat");
            } else if (!filled) {
                line.missing = true;
                line.note = tr("WeChat refuses the message (47003)");
            } else {
                line.note = notes.value(k.name);
            }
            m_lines << line;
        }
    } else {
        QHash<QString, QString> patterns;
        for (const auto &[key, pattern] : fields)
            patterns.insert(key, pattern);
        for (const auto &[key, value] : message.data) {
            const QString label = labelOfPattern(patterns.value(key));
            m_lines << Line { key, label.isEmpty() ? key : label, value, notes.value(key), false, false };
        }
    }
    m_miniProgram = !message.miniprogramPage.isEmpty();
    m_link = m_miniProgram ? message.miniprogramPage : message.url;
}

MessageCard MessageCard::ofOrder(Engine &engine, const OrderRecord &order, qint64 at,
    RenderedMessage *rendered, const ReminderRecord *reminder)
{
    AccountConfig configured;
    if (const AccountConfig *a = engine.config().account(order.input.account))
        configured = *a;
    else
        configured.key = order.input.account;
    // The round's and the variant's own text, as the sender picks it; without a reminder what a resend
    // sends (the account's mapping in the order's variant).
    AccountConfig account = reminder ? messageMappingFor(configured, *reminder, order.input.orderNo).account
                                     : configured.forMessage(0, configured.variantOf(order.input.orderNo));
    account.fields = engine.previewFields(account);
    const RenderedMessage message
        = MessageRenderer::render(account, order, at, engine.config().reminder.plan.zone);
    if (rendered)
        *rendered = message;
    const std::optional<TemplateCatalog> catalog = engine.templateCatalog(account);
    const WeChatTemplate *tmpl = catalog ? catalog->find(account.templateId) : nullptr;
    return MessageCard(message, tmpl, {}, account.fields);
}

QString MessageCard::labelOfPattern(const QString &pattern)
{
    static const QRegularExpression placeholder(u"\\{([a-z_]+)"_s);
    const QString name = placeholder.match(pattern).captured(1);
    if (name == u"order_no")
        return tr("Order number");
    if (name == u"product")
        return tr("Product");
    if (name == u"amount" || name == u"amount_yuan" || name == u"amount_fen")
        return tr("Amount");
    if (name == u"placed_at")
        return tr("Order time");
    if (name == u"close_at" || name == u"close_after")
        return tr("Pay before");
    if (name == u"close_in")
        return tr("Note"); // a sentence: "please pay within 2 hours"
    if (name == u"nickname")
        return tr("Customer");
    if (name == u"use_time")
        return tr("Use time");
    return {};
}

QString MessageCard::html() const
{
    // WeChat's card: a white box, the title on top, grey labels before the values, a rule, then
    // "详情 >" when the message opens something.
    QString html
        = u"<table width='400' cellspacing='0' cellpadding='10' style='background:#ffffff; color:#1a1a1a; "
          u"border:1px solid #dcdcdc'><tr><td>"_s;
    html += u"<div style='font-size:large; font-weight:600'>%1</div>"_s.arg(m_title.toHtmlEscaped());
    html += u"<table cellspacing='0' cellpadding='2' style='margin-top:6px'>"_s;
    for (const Line &l : m_lines) {
        QString value = l.missing ? tr("(empty)") : l.value;
        value = value.toHtmlEscaped();
        if (l.hidden)
            value = u"<s>%1</s>"_s.arg(value);
        else if (l.missing)
            value = u"<span style='color:#c62828'>%1</span>"_s.arg(value);
        // The label centred on its value's line: a Latin label on top of a Chinese value sits high.
        html += u"<tr><td style='color:#888888; padding-right:12px; white-space:nowrap; "
                u"vertical-align:middle'>%1</td><td>%2</td>"
                u"<td style='color:#b35c00; padding-left:12px'>%3</td></tr>"_s.arg(
                    l.label.toHtmlEscaped(), value, l.note.toHtmlEscaped());
    }
    html += u"</table>"_s;
    // The rule as the top border of its own row: an <hr> after a nested table is drawn beside
    // the table's last line in a QTextBrowser (the order detail).
    if (!m_link.isEmpty())
        html += u"</td></tr><tr><td style='border-top:1px solid #eeeeee'>"
                u"<table width='100%' cellspacing='0' cellpadding='0'><tr><td>%1</td>"
                u"<td align='right' style='color:#888888'>&gt;</td></tr></table>"
                u"<div style='color:#888888; font-size:small'>%2</div>"_s.arg(
                    // WeChat's own words on the customer's card, whatever the window's language
                    m_miniProgram ? u"进入小程序查看"_s : u"详情"_s, m_link.toHtmlEscaped());
    html += u"</td></tr></table>"_s;
    return html;
}

QString MessageCard::plainText() const
{
    QStringList plain;
    for (const Line &l : m_lines) {
        if (!m_labelled)
            plain << l.key + u" = "_s + l.value;
        else if (l.hidden)
            plain << tr("%1: %2 (no longer displayed)").arg(l.label, l.value);
        else
            plain << l.label + u": "_s + (l.missing ? tr("(empty: WeChat refuses the message)") : l.value);
    }
    if (!m_link.isEmpty())
        plain << (m_miniProgram ? u"page = "_s : u"url = "_s) + m_link;
    return plain.join(u'\n');
}

} // namespace paynudge
