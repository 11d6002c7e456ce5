#include "console/orderdetaildialog.h"

#include "common/clock.h"
#include "console/consoletext.h"
#include "console/messagecard.h"
#include "console/pendingview.h"
#include "engine/engine.h"
#include "readmodel/openidmask.h"
#include "readmodel/readservice.h"
#include "send/messagerenderer.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextLayout>
#include <QVBoxLayout>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A whole date and time in the shop's zone: the detail is read later, not at a glance.
QString when(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

// The ascent of `text`'s line as drawn, fallback fonts included.
qreal lineAscent(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    return line.ascent();
}

} // namespace

OrderDetailDialog::OrderDetailDialog(
    Engine &engine, OperatorActions *actions, qint64 orderId, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_actions(actions)
    , m_orderId(orderId)
{
    setObjectName(u"orderDetailDialog"_s);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"orderDetailHeading"_s);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    // The order's facts as a form (labels and values on one baseline), its reminders below.
    m_facts = new QFormLayout;
    m_facts->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_body = new QTextBrowser(this);
    m_body->setObjectName(u"orderDetailBody"_s);
    m_body->setOpenLinks(false);
    // WeChat's grey behind the reminders' white cards, as the customer sees them in the chat.
    QPalette chat = m_body->palette();
    chat.setColor(QPalette::Base, QColor(0xed, 0xed, 0xed));
    m_body->setPalette(chat);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_sendNow = buttons->addButton(tr("Send now"), QDialogButtonBox::ActionRole);
    m_skip = buttons->addButton(tr("Skip reminder"), QDialogButtonBox::ActionRole);
    m_resend = buttons->addButton(tr("Resend…"), QDialogButtonBox::ActionRole);
    m_sendNow->setObjectName(u"detailSendNow"_s);
    m_skip->setObjectName(u"detailSkip"_s);
    m_resend->setObjectName(u"detailResend"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The commands are the menus' own, confirmed the same way; the target is this order, read now.
    connect(m_sendNow, &QPushButton::clicked, this, [this] {
        if (m_actions)
            m_actions->sendNow({ target() });
        refresh();
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        if (m_actions)
            m_actions->skip({ target() });
        refresh();
    });
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (m_actions)
            m_actions->resend({ target() });
        refresh();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_facts);
    layout->addWidget(m_body, 1);
    layout->addWidget(buttons);

    // Engine changes come in bursts (a batch of results): read the order once per turn.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &OrderDetailDialog::refresh);
    connect(&engine, &Engine::remindersChanged, this, [this](const QList<qint64> &reminderIds) {
        if (m_engine.reads().ordersOfReminders(reminderIds).contains(m_orderId))
            m_refresh.start();
    });
    connect(&engine, &Engine::orderSettled, this, [this](qint64 id) {
        if (id == m_orderId)
            m_refresh.start();
    });
    // Another engine on a shared store saw this order paid or closed (its sends come as
    // remindersChanged(), above); a notice without ids may be about it too.
    connect(&engine, &Engine::storeChanged, this, [this](const ChangeNotice &notice) {
        const bool about
            = notice.kind == ChangeNotice::Kind::Orders || notice.kind == ChangeNotice::Kind::Reminders;
        if (about
            && (notice.ids.isEmpty()
                || (notice.kind == ChangeNotice::Kind::Orders && notice.ids.contains(m_orderId))))
            m_refresh.start();
    });
    resize(640, 560);
    refresh();
}

void OrderDetailDialog::refresh()
{
    m_refresh.stop();
    m_readError.clear();
    m_order = m_engine.orderById(m_orderId);
    m_reminders = m_order ? m_engine.remindersOf(m_orderId, &m_readError) : QList<ReminderRecord> {};
    const QString no = m_order ? m_order->input.orderNo : QString();
    setWindowTitle(m_order ? tr("Order %1").arg(no) : tr("Order"));
    m_heading->setText(m_order ? tr("Order %1").arg(no) : tr("This order is not in the store."));
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    for (const auto &[label, value] : facts()) {
        auto *name = new QLabel(label, this);
        auto *field = new QLabel(value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Chinese in a value (or a label) comes from a taller fallback font, which lowers its
        // line's baseline: the other one is lowered as much, so label and value share a baseline
        // (centred, an English label stood a few pixels above a Chinese value).
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        field->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        const int lower = qRound(lineAscent(value, field->font()) - lineAscent(label, name->font()));
        (lower > 0 ? name : field)->setContentsMargins(0, qAbs(lower), 0, 0);
        m_facts->addRow(name, field);
    }
    const int scroll = m_body->verticalScrollBar()->value();
    m_body->setHtml(html());
    m_body->verticalScrollBar()->setValue(scroll); // a refresh under the reader keeps the place

    const ActionTarget t = target();
    const bool actions = m_actions && m_order && m_order->status == OrderStatus::Unpaid;
    m_sendNow->setVisible(m_actions);
    m_skip->setVisible(m_actions);
    m_resend->setVisible(m_actions);
    m_sendNow->setEnabled(actions && t.openReminderId != 0);
    m_skip->setEnabled(actions && t.openReminderId != 0);
    m_resend->setEnabled(actions);
}

ActionTarget OrderDetailDialog::target() const
{
    if (!m_order)
        return {};
    // The pending list's own rule, read for this order alone.
    const QList<PendingRow> rows = m_engine.reads().pendingRows({ m_orderId });
    return rows.isEmpty() ? ActionTarget {} : PendingView::targetOf(rows.first());
}

QString OrderDetailDialog::reminderMessage(const ReminderRecord &reminder) const
{
    // As it went out (its first attempt) or as it will go out (its due time), drawn as the card
    // the customer sees.
    RenderedMessage message;
    const MessageCard card = MessageCard::ofOrder(
        m_engine, *m_order, reminder.firstAttemptAt.value_or(reminder.dueAt), &message, &reminder);
    QString out;
    if (!message.sendable())
        out += u"<p style='color:#c0392b'>%1</p>"_s.arg(
            esc(message.problem ? message.problem.text() : message.error));
    if (!message.data.isEmpty())
        out += card.html();
    return out;
}

QList<QPair<QString, QString>> OrderDetailDialog::facts() const
{
    if (!m_order)
        return {};
    const OrderRecord &o = *m_order;
    const QTimeZone zone = m_engine.config().reminder.plan.zone;
    const AccountConfig *account = m_engine.config().account(o.input.account);
    QString state = ConsoleText::orderStatus(o.status, o.closeAt, m_engine.clock().nowMs());
    if (o.statusAt)
        state += u" · "_s + when(*o.statusAt, zone);
    return {
        { tr("Order number"), o.input.orderNo },
        { tr("Customer"), o.input.nickname + u"  "_s + maskOpenid(o.input.openid) },
        { tr("Account"), account ? account->displayName() : o.input.account },
        { tr("Product"), o.input.product },
        { tr("Amount"), ConsoleText::amount(o.input.amountFen) },
        { tr("Placed at"), when(o.input.placedAt, zone) },
        { tr("Closes at"), when(o.closeAt, zone) },
        { tr("State"), state },
    };
}

QString OrderDetailDialog::html() const
{
    if (!m_order)
        return m_readError.isEmpty() ? QString() : esc(m_readError);
    const OrderRecord &o = *m_order;
    const QTimeZone zone = m_engine.config().reminder.plan.zone;
    QString out;
    // Every attempt, read with its stored reason so it is worded in the UI's language.
    QString error;
    QList<qint64> attemptIds;
    for (const AttemptRecord &a : m_engine.attemptsOf(o.id, &error))
        attemptIds << a.id;
    QHash<qint64, QList<HistoryRow>> attemptsOf;
    for (const HistoryRow &row : m_engine.reads().historyRows(attemptIds))
        attemptsOf[row.reminderId].append(row);

    out += u"<h3 style='margin-top:0'>%1</h3>"_s.arg(esc(tr("Reminders")));
    if (m_reminders.isEmpty())
        out += u"<p>%1</p>"_s.arg(esc(tr("No reminder is planned for this order.")));
    for (const ReminderRecord &r : m_reminders) {
        const QString title = r.manual ? tr("Resent by hand") : tr("Round %1").arg(r.round);
        out += u"<p><b>%1</b> · %2 %3 · %4</p>"_s.arg(
            esc(title), esc(tr("due")), esc(when(r.dueAt, zone)), esc(ConsoleText::state(r.state)));
        out += u"<blockquote>%1</blockquote>"_s.arg(reminderMessage(r));
        QList<HistoryRow> attempts = attemptsOf.value(r.id);
        std::sort(attempts.begin(), attempts.end(), [](const HistoryRow &a, const HistoryRow &b) {
            return std::tie(a.startedAt, a.attemptId) < std::tie(b.startedAt, b.attemptId);
        });
        if (attempts.isEmpty())
            continue;
        out += u"<blockquote><table cellspacing='0' cellpadding='2'>"_s;
        for (const HistoryRow &a : attempts) {
            QString reason;
            if (a.outcome != AttemptOutcome::Sent && a.outcome != AttemptOutcome::DryRun)
                reason = a.reasonText(m_engine.config());
            if (a.manual && !a.actor.isEmpty())
                reason = reason.isEmpty() ? tr("by %1").arg(a.actor) : tr("by %1: %2").arg(a.actor, reason);
            // On a shared store: which engine made the attempt.
            const QString engine = m_engine.config().store.shared() && !a.engine.isEmpty()
                ? tr("via %1").arg(a.engine)
                : QString();
            out += u"<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>"_s.arg(
                esc(when(a.startedAt, zone)), esc(ConsoleText::outcome(a.outcome)), esc(reason), esc(engine));
        }
        out += u"</table></blockquote>"_s;
    }
    if (!error.isEmpty() || !m_readError.isEmpty())
        out += u"<p style='color:#c0392b'>%1</p>"_s.arg(
            esc(tr("Part of this order could not be read from the store.")));
    return out;
}

QString OrderDetailDialog::text() const
{
    QString out = m_heading->text() + u'\n';
    for (const auto &[label, value] : facts())
        out += label + u' ' + value + u'\n';
    return out + m_body->toPlainText();
}

} // namespace paynudge
