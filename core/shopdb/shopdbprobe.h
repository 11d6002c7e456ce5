#pragma once

#include "common/error.h"
#include "config/config.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace paynudge::shopdb {

// One of the two queries as the probe ran it.
struct ProbeQuery
{
    bool ran = false; // false: not configured, or no connection to run it on
    Error error; // None: it ran and its result has what PayNudge needs
    qint64 elapsedMs = -1;
    QStringList columns; // the result's column names, as the database returned them
    QList<QStringList> rows; // the first rows, one text per column (openids not masked: the UI does)

    bool ok() const { return ran && !error; }
    QString value(int row, const QString &column) const;
};

// What the probe found: whether PayNudge reaches the shop's database and whether both queries
// run there and return what it needs.
struct ProbeResult
{
    Error connectError; // None: connected
    qint64 connectMs = -1;
    ProbeQuery orders; // ordersQuery with :after_id = 0 and :limit = ShopDbProbe::kRows
    ProbeQuery unpaid; // unpaidQuery for the order numbers of orders' rows (or one no order has)

    bool connected() const { return !connectError; }
    // The queries' errors: each a configuration error (the key in `field`, the query in args[0]).
    QList<Error> queryErrors() const;
    bool ok() const { return connected() && queryErrors().isEmpty(); }
};

// Tries the shop's database as [shopdb] describes it, on a connection of its own that it closes
// again: the settings' Test, the start's validation and `paynudge doctor` ask it. Synchronous and
// bounded by `timeoutSec`: call it from a worker thread (or at start), never the GUI thread.
// Every value is bound; the session only reads.
class ShopDbProbe
{
public:
    static constexpr int kRows = 5;
    static constexpr int kDefaultTimeoutSec = 5;

    static ProbeResult run(
        const ShopDbSettings &settings, const QString &password, int timeoutSec = kDefaultTimeoutSec);

    // The key an error of `query` names: "shopdb/profile" for the built-in queries, else
    // "shopdb/ordersQuery" or "shopdb/unpaidQuery".
    static QString ordersKey(const ShopDbSettings &settings);
    static QString unpaidKey(const ShopDbSettings &settings);
};

} // namespace paynudge::shopdb
