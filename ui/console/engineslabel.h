#pragma once

#include "readmodel/engineliveness.h"

#include <QLabel>
#include <QTimer>

namespace paynudge {

class Engine;

// The status bar's engines on a shared store: "3 engines: pc1 (now), pc2 (12 s ago), pc3
// stopped", one whose heartbeat is older than the lease marked as not answering (it has lost its
// claims to the others). Read through the read service every few seconds and when an engine
// starts or stops; hidden on a single-file store, which has one engine.
class EnginesLabel : public QLabel
{
    Q_OBJECT
public:
    explicit EnginesLabel(Engine &engine, QWidget *parent = nullptr);

    // Reads the engines again (the timer and the change notices call it).
    void refresh();
    // Shows `engines` as of `now` (what a read delivers; tests call it too).
    void display(const QList<EngineRecord> &engines, qint64 now);
    const QList<EngineLiveness> &engines() const { return m_engines; }

    static constexpr int kRefreshMs = 5000;

private:
    Engine &m_engine;
    QTimer m_timer;
    bool m_reading = false;
    QList<EngineLiveness> m_engines;
};

} // namespace paynudge
