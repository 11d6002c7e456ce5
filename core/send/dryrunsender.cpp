#include "send/dryrunsender.h"

#include "common/clock.h"
#include "send/messagemapping.h"
#include "send/messagerenderer.h"
#include "send/unsendable.h"
#include "templates/templatecache.h"

#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDryRun, "paynudge.core.send.dryrun")

namespace paynudge {

DryRunSender::DryRunSender(const Clock &clock, QObject *parent)
    : Sender(parent)
    , m_clock(clock)
{ }

void DryRunSender::setAccounts(const QList<AccountConfig> &accounts)
{
    m_accounts.clear();
    for (const AccountConfig &a : accounts)
        m_accounts.insert(a.key, a);
}

void DryRunSender::send(const OutgoingMessage &message)
{
    const qint64 started = m_clock.nowMs();
    AccountConfig configured = m_accounts.value(message.order.input.account);
    if (configured.key.isEmpty()) {
        configured.key = message.order.input.account;
        configured.dryRun = true;
    }
    const MessageMapping mapping
        = messageMappingFor(configured, message.reminder, message.order.input.orderNo);
    AccountConfig account = mapping.account;
    account.fields = previewMapping(account, m_templates); // its template's keys when known
    const RenderedMessage rendered = MessageRenderer::render(account, message.order, started, m_zone);

    SendResult r;
    r.reminderId = message.reminderId;
    r.attemptId = message.attemptId;
    r.account = account.key;
    r.status = SendStatus::DryRun;
    r.variant = mapping.variant;
    r.detail = u"[%1 %2] "_s.arg(
                   wireName(account.kind), account.templateId.isEmpty() ? u"-"_s : account.templateId)
        + rendered.toText();
    if (!rendered.adjustments.isEmpty())
        r.detail += u" (fitted: "_s + rendered.adjustments.join(u", "_s) + u')';
    if (!rendered.sendable())
        refuseUnsendable(rendered, r);
    qCDebug(lcDryRun).noquote() << "dry run" << message.reminder.clientMsgId << r.detail;

    // Always asynchronous, as a real send is: the caller's bookkeeping never sees re-entry.
    QTimer::singleShot(m_latencyMs, this, [this, r, started]() mutable {
        r.latencyMs = m_clock.nowMs() - started;
        emit finished(r);
    });
}

} // namespace paynudge
