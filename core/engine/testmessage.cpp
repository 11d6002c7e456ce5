#include "engine/testmessage.h"

#include "common/clock.h"
#include "engine/engine.h"
#include "readmodel/openidmask.h"
#include "send/messagerenderer.h"
#include "send/unsendable.h"
#include "wechat/wechatsender.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTestMessage, "paynudge.core.engine.testmessage")

namespace paynudge {

Error TestMessage::send(Engine &engine, const QString &account, const QString &openid, QObject *context,
    Done done, const QString &actor)
{
    const Config &config = engine.config();
    const AccountConfig *a = config.account(account);
    if (!a) {
        QStringList keys;
        for (const AccountConfig &c : config.accounts)
            keys << c.key;
        return Error(ErrorCode::AccountNotConfigured, {}, { account.left(64), keys.join(u", "_s) });
    }
    // What intake accepts as an openid (OrderParser); WeChat's are 28 of these characters.
    static const QRegularExpression openidRe(u"^[A-Za-z0-9_-]{1,128}$"_s);
    if (!openidRe.match(openid).hasMatch())
        return ErrorCode::OpenidInvalid;

    const qint64 now = engine.clock().nowMs();
    const OutgoingMessage message = sample(*a, openid, now, config.reminder.plan.closeAfterSec);
    const QString masked = maskOpenid(openid);
    qCInfo(lcTestMessage).noquote() << "test message of account" << account << "to" << masked;
    Done logged = [account, masked, actor, engine = QPointer<Engine>(&engine), done = std::move(done)](
                      const SendResult &r) {
        qCInfo(lcTestMessage).noquote()
            << "test message of account" << account << "to" << masked << "ended: status" << int(r.status)
            << "errcode" << r.errcode.value_or(0) << "msgid" << r.msgid.value_or(0) << r.errmsg;
        if (engine && !actor.isEmpty()) { // the openid masked there too
            const bool went = r.status == SendStatus::Accepted || r.status == SendStatus::DryRun;
            engine->auditAction(actor, QString::fromUtf16(auditAction::TestMessage), account + u' ' + masked,
                went ? QString() : u"errcode %1: %2"_s.arg(r.errcode.value_or(0)).arg(r.errmsg));
        }
        done(r);
    };
    if (a->sendsForReal() && engine.wechatSender()) {
        engine.wechatSender()->sendTest(message, context, std::move(logged));
        return {};
    }
    // A dry run: rendered as the dry-run sender does, and said to be one.
    AccountConfig mapped = *a;
    mapped.fields = engine.previewFields(*a);
    const RenderedMessage rendered
        = MessageRenderer::render(mapped, message.order, now, config.reminder.plan.zone);
    SendResult r;
    r.account = account;
    r.status = SendStatus::DryRun;
    r.detail = rendered.toText();
    if (!rendered.sendable())
        refuseUnsendable(rendered, r);
    const QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, r, logged] {
        if (guard)
            logged(r);
    });
    return {};
}

OutgoingMessage TestMessage::sample(
    const AccountConfig &account, const QString &openid, qint64 now, qint64 closeAfterSec)
{
    OutgoingMessage m;
    m.manual = true;
    OrderInput &o = m.order.input;
    o.account = account.key;
    o.openid = openid;
    // The shop's customers read Chinese: the sample is worded as a real order is.
    o.orderNo
        = u"TEST"_s + QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).toString(u"yyyyMMddHHmmss"_s);
    o.nickname = u"测试"_s;
    o.product = u"PayNudge 测试提醒"_s;
    o.amountFen = 100;
    o.placedAt = now;
    m.order.closeAt = now + closeAfterSec * 1000;
    m.order.createdAt = now;
    m.reminder.orderNo = o.orderNo;
    m.reminder.account = account.key;
    m.reminder.round = 1;
    m.reminder.manual = true;
    // WeChat drops a repeat of a client_msg_id: each press is a message of its own.
    m.reminder.clientMsgId = u"pn-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(24);
    return m;
}

} // namespace paynudge
