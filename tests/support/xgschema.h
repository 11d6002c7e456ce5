#pragma once

#include <QStringList>

namespace paynudge::test {

// The ThinkPHP mall's tables (xg_orders, xg_user_child, xg_product, xg_product_type) as the shops
// have them, in one place for the tests and the benchmarks. The built-in profile=xg queries read
// exactly these columns.
enum class XgDialect
{
    MySql,
    Postgres
};

// xg_orders.state
enum XgState
{
    XgUnpaid = 0,
    XgPaid = 1,
    XgCancelled = 2
};

// CREATE TABLE and CREATE INDEX statements, one per entry, to run in the shop's database.
QStringList xgSchema(XgDialect dialect);

} // namespace paynudge::test
