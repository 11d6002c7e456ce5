#pragma once

#include "engine/health.h"

#include <QFrame>
#include <QStringList>
#include <functional>

class QVBoxLayout;

namespace paynudge {

class Engine;

// The strip above the tabs for what needs the operator: the store cannot write (disk full) or
// WeChat cannot be reached, and since when; sending paused (all, or an account and
// why — "shop1 paused: WeChat refused the call from IP 1.2.3.4 … add it in the WeChat admin
// console") with a button to retry, an account whose token refresh fails (a warning: it still
// sends), the shop's database or payment check failing (with a button to its settings), other problems until
// dismissed, and the demo notice.
class StatusBanner : public QFrame
{
    Q_OBJECT
public:
    explicit StatusBanner(Engine &engine, QWidget *parent = nullptr);

    void setDemo(bool demo);
    // Re-reads the accounts' states.
    void refresh();
    void addProblem(const QString &account, const QString &message);
    // The lines shown, for tests and the tray's tooltip.
    QStringList lines() const;

signals:
    // The operator asked how to connect WeChat (the dry-run line's button).
    void setupRequested();
    // The operator asked for the settings of `key` (the shop database line's button).
    void settingsKeyRequested(const QString &key);

private:
    // The settings key a shop-check health line leads to; nullptr for other kinds.
    static const char *shopCheckKey(HealthReason::Kind kind);
    // What of the engine's status the lines show, to redraw only when that changes.
    QStringList shownStatus() const;
    void addLine(const QString &text, const QString &buttonText, const QString &objectName,
        const std::function<void()> &onClick, bool warning);

    Engine &m_engine;
    QVBoxLayout *m_layout = nullptr;
    QList<QFrame *> m_lines;
    bool m_demo = false;
    QStringList m_problems; // engine problems not tied to a paused account, until dismissed
    QStringList m_shownStatus;
};

} // namespace paynudge
