#include "intake/groupcommitter.h"

#include "engine/engine.h"

#include <QLoggingCategory>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIntakeGroup, "paynudge.core.intake.group")

namespace paynudge {

GroupCommitter::GroupCommitter(Engine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &GroupCommitter::flush);
}

GroupCommitter::~GroupCommitter()
{
    flush();
}

void GroupCommitter::submit(const OrderInput &order, Done done)
{
    m_orders.append(order);
    m_done.append(std::move(done));
    if (m_orders.size() >= m_maxGroup)
        flush();
    else if (!m_timer.isActive())
        m_timer.start(m_windowMs);
}

void GroupCommitter::flush()
{
    m_timer.stop();
    if (m_orders.isEmpty())
        return;
    // Taken out first: a reply written below may let the event loop run and bring new orders.
    const QList<OrderInput> orders = std::exchange(m_orders, {});
    const QList<Done> done = std::exchange(m_done, {});

    bool committed = false;
    QString error;
    QList<AcceptResult> results = m_engine.acceptOrders(orders, BatchMode::Independent, &committed, &error);
    if (!committed || results.size() != orders.size()) {
        // One order the store refused must not sink its neighbours: try each on its own.
        qCWarning(lcIntakeGroup).noquote()
            << "group of" << orders.size() << "orders failed (" << error << "); committing them one by one";
        results.clear();
        for (const OrderInput &order : orders) {
            bool one = false;
            QString oneError;
            QList<AcceptResult> r = m_engine.acceptOrders({ order }, BatchMode::Independent, &one, &oneError);
            AcceptResult result = one && r.size() == 1 ? r.first() : AcceptResult {};
            if (!one || r.size() != 1) {
                result.kind = AcceptResult::Kind::Error;
                result.error = oneError.isEmpty() ? u"the store did not commit"_s : oneError;
            }
            results.append(result);
        }
    } else {
        emit groupCommitted(int(orders.size()));
    }
    for (qsizetype i = 0; i < done.size(); ++i)
        done.at(i)(results.at(i));
}

} // namespace paynudge
