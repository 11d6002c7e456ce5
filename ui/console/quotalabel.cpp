#include "console/quotalabel.h"

#include "engine/engine.h"
#include "wechat/wechatsender.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace paynudge {

QuotaLabel::QuotaLabel(Engine &engine, QWidget *parent)
    : QLabel(parent)
    , m_engine(engine)
{
    setObjectName(u"quotaLabel"_s);
    // The real sender appears with the first account that sends for real.
    connect(&engine, &Engine::configApplied, this, [this] {
        watch();
        refresh();
    });
    watch();
    refresh();
}

void QuotaLabel::watch()
{
    wechat::WeChatSender *sender = m_engine.wechatSender();
    if (!sender || m_watched == &sender->quota())
        return;
    m_watched = &sender->quota();
    connect(&sender->quota(), &wechat::QuotaWatcher::quotaChanged, this, &QuotaLabel::refresh);
}

void QuotaLabel::refresh()
{
    wechat::WeChatSender *sender = m_engine.wechatSender();
    QStringList parts;
    QStringList tips;
    m_warning = false;
    const QLocale loc;
    for (const AccountConfig &a : m_engine.config().accounts) {
        const auto q = sender && a.sendsForReal() ? sender->quota().quota(a.key) : std::nullopt;
        if (!q)
            continue;
        if (q->known()) {
            const QString figures
                = tr("%1 %2 / %3").arg(a.displayName(), loc.toString(q->used), loc.toString(q->dailyLimit));
            parts << (q->nearLimit() ? u"⚠ "_s + figures : figures);
            m_warning = m_warning || q->nearLimit();
            tips << tr("%1: %2 of %3 calls of %4 used today (%5 %), %6 left; WeChat said so at %7.")
                        .arg(a.displayName(), loc.toString(q->used), loc.toString(q->dailyLimit), q->cgiPath)
                        .arg(q->percentUsed())
                        .arg(loc.toString(q->remain),
                            QDateTime::fromMSecsSinceEpoch(q->checkedAt).toString(u"HH:mm"_s));
        }
        if (!q->error.isEmpty())
            tips << tr("%1: the quota could not be read: %2").arg(a.displayName(), q->error);
    }
    if (m_warning)
        tips << tr("From 80 % used: at 100 % WeChat refuses every send (45009) until midnight Beijing time.");
    setText(parts.isEmpty() ? QString() : tr("Quota today: %1").arg(parts.join(u", "_s)));
    setToolTip(tips.join(u'\n'));
    setStyleSheet(m_warning ? u"color: #8a1f11; font-weight: bold"_s : QString());
    setVisible(!parts.isEmpty() || !tips.isEmpty());
    emit changed();
}

} // namespace paynudge
