#include "console/operatoractions.h"

#include "common/clock.h"
#include "console/consoletext.h"
#include "console/messagebox.h"
#include "console/messagecard.h"
#include "engine/engine.h"
#include "readmodel/openidmask.h"
#include "send/messagerenderer.h"

#include <QLoggingCategory>
#include <QWidget>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcActions, "paynudge.ui.console.actions")

namespace paynudge {
namespace {

constexpr int kListed = 15; // a confirmation lists this many and counts the rest

} // namespace

OperatorActions::OperatorActions(Engine &engine, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_engine(engine)
    , m_parent(dialogParent)
{ }

QString OperatorActions::actor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"operator"_s : user;
}

QString OperatorActions::accountName(const QString &key) const
{
    const AccountConfig *a = m_engine.config().account(key);
    return a ? a->displayName() : key;
}

QString OperatorActions::describe(const QList<ActionTarget> &targets, bool withMessage) const
{
    QStringList lines;
    const qint64 now = m_engine.clock().nowMs();
    bool dryRun = false; // said once, under the cards
    for (qsizetype i = 0; i < targets.size() && i < kListed; ++i) {
        const ActionTarget &t = targets.at(i);
        QString line
            = u"• %1 · %2 %3 · %4"_s.arg(t.orderNo, t.nickname, maskOpenid(t.openid), accountName(t.account));
        // The do-not-remind list refuses the send: said before the operator confirms, not only after.
        if (const auto listed = m_engine.optOut(t.openid))
            line += u"  — "_s
                + tr("on the do-not-remind list (%1): nothing will be sent")
                      .arg(listed->reason.isEmpty() ? tr("no reason given") : listed->reason);
        if (!withMessage) {
            lines << line;
            continue;
        }
        // The message as the customer will see it: WeChat's card, with the template's labels
        // when its list was read.
        lines << u"<p>%1</p>"_s.arg(line.toHtmlEscaped());
        const auto order = m_engine.orderById(t.orderId);
        if (!order)
            continue;
        lines << MessageCard::ofOrder(m_engine, *order, now).html();
        const AccountConfig *account = m_engine.config().account(t.account);
        dryRun = dryRun || !account || !account->sendsForReal();
    }
    if (dryRun)
        lines << u"<p style='color:#b35c00'>%1</p>"_s.arg(
            tr("Dry run: nothing is really sent to the customer; the message is only recorded.")
                .toHtmlEscaped());
    if (targets.size() > kListed) {
        const QString more = tr("… and %n more", nullptr, int(targets.size() - kListed));
        lines << (withMessage ? u"<p>%1</p>"_s.arg(more.toHtmlEscaped()) : more);
    }
    // Rich text in one line: a message box shows it whole (lines would move it to "details").
    return lines.join(withMessage ? QString() : u"\n"_s);
}

int OperatorActions::runEach(const QList<ActionTarget> &targets,
    const std::function<Error(const ActionTarget &)> &command, const QString &failureTitle)
{
    int ok = 0;
    QStringList failures;
    for (const ActionTarget &t : targets) {
        Error error = command(t);
        if (!error) {
            ++ok;
            continue;
        }
        error.field = t.orderNo;
        // "(this one is dry_run)": the reminder's state as the window names it, not the store's word.
        if (error.is(ErrorCode::ReminderNotSendable) || error.is(ErrorCode::ReminderNotSkippable)
            || error.is(ErrorCode::ReminderNotUnknown))
            if (const auto state = reminderStateFromString(error.args.value(0)))
                error.args[0] = ConsoleText::state(*state);
        failures << error.text();
    }
    qCInfo(lcActions).noquote() << actor() << failureTitle << "—" << ok << "of" << targets.size() << "done";
    if (!failures.isEmpty())
        MessageBox::warning(m_parent, failureTitle, failures.join(u'\n'));
    return ok;
}

QList<ActionTarget> OperatorActions::having(
    const QList<ActionTarget> &targets, qint64 ActionTarget::*reminder)
{
    QList<ActionTarget> out;
    for (const ActionTarget &t : targets)
        if (t.*reminder != 0)
            out << t;
    return out;
}

int OperatorActions::resend(const QList<ActionTarget> &targets)
{
    if (targets.isEmpty())
        return 0;
    if (!MessageBox::question(m_parent, tr("Resend reminders"),
            tr("Send %n reminder(s) now? Each is a new message to the customer, recorded as sent "
               "by hand (%1).",
                nullptr, int(targets.size()))
                .arg(actor()),
            describe(targets, true), tr("Resend")))
        return 0;
    const int ok = runEach(
        targets, [this](const ActionTarget &t) { return m_engine.resendOrder(t.orderId, actor()); },
        tr("Some reminders were not resent"));
    emit done(tr("%n reminder(s) queued to resend", nullptr, ok));
    return ok;
}

int OperatorActions::sendNow(const QList<ActionTarget> &targets)
{
    const QList<ActionTarget> due = having(targets, &ActionTarget::openReminderId);
    if (due.isEmpty())
        return 0;
    if (!MessageBox::question(m_parent, tr("Send now"),
            tr("Send the next reminder of %n order(s) now instead of at its due time?", nullptr,
                int(due.size())),
            describe(due, false), tr("Send now")))
        return 0;
    const int ok = runEach(
        due, [this](const ActionTarget &t) { return m_engine.sendNow(t.openReminderId, actor()); },
        tr("Some reminders were not sent now"));
    emit done(tr("%n reminder(s) sent now", nullptr, ok));
    return ok;
}

int OperatorActions::skip(const QList<ActionTarget> &targets)
{
    const QList<ActionTarget> open = having(targets, &ActionTarget::openReminderId);
    if (open.isEmpty())
        return 0;
    if (!MessageBox::question(m_parent, tr("Skip reminders"),
            tr("Skip the next reminder of %n order(s)? It will not be sent.", nullptr, int(open.size())),
            describe(open, false), tr("Skip")))
        return 0;
    const int ok = runEach(
        open, [this](const ActionTarget &t) { return m_engine.skipReminder(t.openReminderId, actor()); },
        tr("Some reminders were not skipped"));
    emit done(tr("%n reminder(s) skipped", nullptr, ok));
    return ok;
}

int OperatorActions::resolveUnknown(const QList<ActionTarget> &targets, bool markSent)
{
    const QList<ActionTarget> unknown = having(targets, &ActionTarget::unknownReminderId);
    if (unknown.isEmpty())
        return 0;
    const QString text = markSent ? tr("Mark %n reminder(s) as sent? Do this when the customer did get the "
                                       "message (check with them or in "
                                       "the WeChat admin console); nothing is sent.",
                             nullptr, int(unknown.size()))
                                  : tr("Send %n reminder(s) again? WeChat may already have delivered the "
                                       "first one: the customer could get "
                                       "it twice.",
                                      nullptr, int(unknown.size()));
    if (!MessageBox::question(m_parent, tr("Resolve unknown reminders"), text, describe(unknown, !markSent),
            markSent ? tr("Mark sent") : tr("Resend")))
        return 0;
    const int ok = runEach(
        unknown,
        [this, markSent](const ActionTarget &t) {
            return m_engine.resolveUnknown(t.unknownReminderId, markSent, actor());
        },
        tr("Some reminders were not resolved"));
    emit done(
        markSent ? tr("%n reminder(s) marked sent", nullptr, ok) : tr("%n reminder(s) resent", nullptr, ok));
    return ok;
}

void OperatorActions::setAllPaused(bool paused)
{
    if (paused)
        m_engine.pauseAll(Error(ErrorCode::PausedBy, {}, { actor() }));
    else
        m_engine.resumeAll(actor());
    emit done(paused ? tr("Sending paused for all accounts") : tr("Sending resumed"));
}

void OperatorActions::setAccountPaused(const QString &account, bool paused)
{
    if (paused)
        m_engine.pauseAccount(account, Error(ErrorCode::PausedBy, {}, { actor() }));
    else
        m_engine.resumeAccount(account, actor());
    emit done(
        paused ? tr("%1 paused").arg(accountName(account)) : tr("%1 resumed").arg(accountName(account)));
}

} // namespace paynudge
