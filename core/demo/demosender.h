#pragma once

#include "send/sender.h"

#include <QSet>

namespace paynudge {

// Stands in for WeChat in the demo: a customer who does not follow the official account gets
// what WeChat answers then (errcode 43004), everyone else goes to the dry-run sender, so the
// history shows failures next to dry runs and nothing is ever sent.
class DemoSender final : public Sender
{
    Q_OBJECT
public:
    // `dryRun` answers through its own finished() signal (the engine listens to it already).
    explicit DemoSender(Sender &dryRun, QObject *parent = nullptr);

    void setUnfollowed(const QSet<QString> &openids) { m_unfollowed = openids; }
    void send(const OutgoingMessage &message) override;

private:
    Sender &m_dryRun;
    QSet<QString> m_unfollowed;
};

} // namespace paynudge
