#pragma once

#include "config/config.h"
#include "domain/order.h"
#include "shopdb/shoplinkstate.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>
#include <optional>

namespace paynudge {

class Engine;

namespace shopdb {

class ShopDbWorker;
struct QueryResult;

// Reads new orders from the shop's own database ([shopdb] ordersQuery or profile=xg) every
// pollInterval and stores them through the engine, page by page after the watermark: each page
// and the id of its last row are stored in one transaction (Engine::acceptPolledOrders), so a
// restart neither misses nor repeats an order. A page as long as pageSize is followed at once by
// the next (catch-up after downtime). Rows are read by the intake API's rules (OrderParser); a
// row that fails them is logged with its order number and skipped without holding the
// watermark. Lives on the engine's thread; the queries run on a worker thread of its own.
class ShopDbPoller : public QObject
{
    Q_OBJECT
public:
    struct Stats
    {
        std::optional<qint64> lastPollAt; // the last poll that reached the database (engine clock)
        qint64 rows = 0; // rows read since start
        qint64 pages = 0; // page queries answered since start
        qint64 found = 0; // orders stored (new) since start
        qint64 skipped
            = 0; // rows not scheduled since start: bad, unknown shop token, past close, already there
        qint64 pastClose = 0; // of those, orders already past their close time
    };

    // `password` as shopdb::password() resolved it on the engine's thread.
    ShopDbPoller(
        Engine &engine, const ShopDbSettings &settings, const QString &password, QObject *parent = nullptr);
    ~ShopDbPoller() override;

    // The store cursor of this database: "shopdb/" + describe() ("shopdb/mysql 127.0.0.1:3306/shop").
    // Another database (driver, host, port or name) has its own watermark, so pointing PayNudge
    // at another one neither skips its orders nor rereads the old one's.
    static QString cursorName(const ShopDbSettings &settings);

    // Polls now, then every pollInterval (after each poll ends: polls never overlap).
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isPolling() const { return m_polling; }
    // A poll now (a running one is followed by another at once).
    void pollNow();
    // The password could not be read (shopdb::password's reason): every poll fails with it, so
    // failingSince()/lastError() say why no orders come, instead of the database refusing a login.
    void setPasswordProblem(const QString &why) { m_passwordProblem = why; }

    // Since when (engine clock) the database cannot be read, and why (English, no password);
    // nothing while it answers.
    std::optional<qint64> failingSince() const { return m_link.since; }
    QString lastError() const { return m_link.error; }
    const ShopLinkState &linkState() const { return m_link; }
    Stats stats() const { return m_stats; }
    const ShopDbSettings &settings() const { return m_settings; }

signals:
    // failingSince() / lastError() changed: the database stopped or started answering.
    void reachabilityChanged();
    // A poll ended (all its pages, or at the failure that stopped it).
    void polled();

private:
    void beginPoll();
    void queryPage(qint64 afterId);
    void onPage(qint64 afterId, const QueryResult &result);
    void endPoll();
    void setFailing(const QString &error);
    void setReachable();
    // The rows of a page as orders; *skipped counts the rows left out.
    QList<OrderInput> ordersOf(const QueryResult &page, qint64 *lastId, int *skipped, int *pastClose);
    // The account a row belongs to (account column, else shop_token); empty: skipped (*why says).
    QString accountOf(const QString &account, const QString &shopToken, QString *why);

    Engine &m_engine;
    ShopDbSettings m_settings;
    QString m_cursor;
    QString m_ordersQuery;
    std::unique_ptr<ShopDbWorker> m_worker;
    QTimer m_timer;
    bool m_running = false;
    bool m_polling = false;
    bool m_again = false;
    bool m_firstRead = false; // no watermark yet: this database is read for the first time
    ShopLinkState m_link;
    QString m_passwordProblem;
    Stats m_stats;
    QSet<QString> m_unknownTokens; // logged once each
};

} // namespace shopdb
} // namespace paynudge
