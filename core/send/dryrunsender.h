#pragma once

#include "send/sender.h"

#include <QHash>
#include <QTimeZone>

namespace paynudge {

class Clock;
class TemplateCache;

// Renders what would be sent and reports it as a dry run. What PayNudge uses for an account
// until it has an appid, so a fresh install runs end to end.
class DryRunSender final : public Sender
{
    Q_OBJECT
public:
    DryRunSender(const Clock &clock, QObject *parent = nullptr);

    void setAccounts(const QList<AccountConfig> &accounts);
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    // Where an account without fields/… finds its template's mapping (not owned; may be null).
    void setTemplateCache(TemplateCache *cache) { m_templates = cache; }

    void send(const OutgoingMessage &message) override;

private:
    const Clock &m_clock;
    QHash<QString, AccountConfig> m_accounts;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_latencyMs = 0;
    TemplateCache *m_templates = nullptr;
};

} // namespace paynudge
