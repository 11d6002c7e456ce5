#include "console/engineslabel.h"

#include "common/clock.h"
#include "console/consoletext.h"
#include "engine/engine.h"
#include "readmodel/readservice.h"

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

// "now" within a heartbeat's jitter, else "12 s ago", "3 min ago", "2 h ago".
QString ago(qint64 ms)
{
    if (ms < 2000)
        return EnginesLabel::tr("now");
    if (ms < 60'000)
        return EnginesLabel::tr("%1 s ago").arg(ms / 1000);
    if (ms < 3'600'000)
        return EnginesLabel::tr("%1 min ago").arg(ms / 60'000);
    return EnginesLabel::tr("%1 h ago").arg(ms / 3'600'000);
}

} // namespace

EnginesLabel::EnginesLabel(Engine &engine, QWidget *parent)
    : QLabel(parent)
    , m_engine(engine)
{
    setObjectName(u"enginesStatus"_s);
    setTextFormat(Qt::RichText);
    const bool shared = engine.config().store.shared();
    setVisible(shared);
    if (!shared)
        return;
    connect(&engine, &Engine::storeChanged, this, [this](const ChangeNotice &notice) {
        if (notice.kind == ChangeNotice::Kind::Engines)
            refresh();
    });
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &EnginesLabel::refresh);
    m_timer.start();
    refresh();
}

void EnginesLabel::refresh()
{
    if (m_reading)
        return; // the read under way answers soon enough
    m_reading = true;
    m_engine.reads().engines(this, [this](const QList<EngineRecord> &engines) {
        m_reading = false;
        display(engines, m_engine.clock().nowMs());
    });
}

void EnginesLabel::display(const QList<EngineRecord> &engines, qint64 now)
{
    m_engines = EngineLiveness::of(engines, now, qint64(m_engine.config().store.leaseSeconds) * 1000);
    QStringList parts;
    QStringList tips;
    const QTimeZone zone = m_engine.config().reminder.plan.zone;
    for (const EngineLiveness &e : std::as_const(m_engines)) {
        const QString name = e.record.instance.toHtmlEscaped();
        switch (e.state) {
        case EngineLiveness::State::Alive:
            parts << tr("%1 (%2)").arg(name, ago(e.sinceMs));
            break;
        case EngineLiveness::State::NotAnswering:
            parts << u"<span style='color:#c0392b'>%1</span>"_s.arg(
                tr("%1 not answering (%2)").arg(name, ago(e.sinceMs)));
            break;
        case EngineLiveness::State::Stopped:
            parts << u"<span style='color:gray'>%1</span>"_s.arg(tr("%1 stopped").arg(name));
            break;
        }
        tips << tr("%1 on %2 (process %3, version %4), started %5, last heartbeat %6")
                    .arg(e.record.instance, e.record.host)
                    .arg(e.record.pid)
                    .arg(e.record.version, ConsoleText::time(e.record.startedAt, now, zone),
                        ConsoleText::time(e.record.heartbeatAt, now, zone));
    }
    if (m_engines.isEmpty()) {
        setText(tr("No engine has signed in to the shared store"));
        setToolTip({});
        return;
    }
    setText(tr("%n engine(s): %1", nullptr, int(m_engines.size()))
                .arg(parts.join(tr(", ", "between the engines in the status bar"))));
    setToolTip(tips.join(u'\n'));
}

} // namespace paynudge
