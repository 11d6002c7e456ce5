#include "shopdb/shopdbprobe.h"

#include "common/logging.h"
#include "config/configkeys.h"
#include "shopdb/shopdbconnect.h"
#include "shopdb/shopdbqueries.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace paynudge::shopdb {
namespace {

// What the error's args[0] shows as the key's value: the query on one line, or the profile's name.
QString shownValue(const ShopDbSettings &settings, const QString &text)
{
    return settings.xgProfile() ? settings.profile : text.simplified();
}

QString databaseSaid(const QSqlError &error)
{
    const QString said = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return logging::redact(said.simplified());
}

// The server went away mid-query (or its read timeout passed): the database is unreachable, which
// is not a fault of the query.
bool lostConnection(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return error.type() == QSqlError::ConnectionError || code == u"2006" || code == u"2013"
        || code.startsWith(u"08"); // MySQL's server gone / lost; PostgreSQL's connection exceptions
}

// Why the database did not run `query`: a configuration error naming `key`, or the connection lost.
Error refused(
    const ShopDbSettings &settings, const QSqlQuery &query, const QString &key, const QString &value)
{
    const QSqlError error = query.lastError();
    if (lostConnection(error))
        return Error(ErrorCode::ShopDbCannotConnect, {}, { describe(settings), databaseSaid(error) });
    return Error(ErrorCode::ConfigShopDbQueryRefused, key, { value, databaseSaid(error) });
}

// Runs the prepared `query` and keeps its columns and first rows in `out`.
void execInto(const ShopDbSettings &settings, QSqlQuery &query, const QString &key, const QString &value,
    const QElapsedTimer &timer, ProbeQuery &out)
{
    if (!query.exec()) {
        out.elapsedMs = timer.elapsed();
        out.error = refused(settings, query, key, value);
        return;
    }
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        out.columns << record.fieldName(i);
    while (out.rows.size() < ShopDbProbe::kRows && query.next()) {
        QStringList row;
        for (int i = 0; i < record.count(); ++i)
            row << query.value(i).toString();
        out.rows << row;
    }
    out.elapsedMs = timer.elapsed();
}

// The first of `required` that `columns` lacks (databases differ in the case they return).
QString firstMissing(const QStringList &columns, const QStringList &required)
{
    for (const QString &c : required)
        if (!columns.contains(c, Qt::CaseInsensitive))
            return c;
    return {};
}

void probeOrders(QSqlDatabase &db, const ShopDbSettings &settings, ProbeQuery &out)
{
    const QString key = ShopDbProbe::ordersKey(settings);
    const QString text = ordersQuery(settings);
    const QString value = shownValue(settings, text);
    out.ran = true;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(db);
    QString missing;
    if (!prepareOrders(query, text, 0, ShopDbProbe::kRows, &missing)) {
        out.elapsedMs = timer.elapsed();
        out.error = missing.isEmpty()
            ? refused(settings, query, key, value)
            : Error(ErrorCode::ConfigShopDbPlaceholderMissing, key, { value, missing });
        return;
    }
    execInto(settings, query, key, value, timer, out);
    if (out.error)
        return;
    const QStringList &required = requiredOrderColumns();
    if (const QString column = firstMissing(out.columns, required); !column.isEmpty())
        out.error
            = Error(ErrorCode::ConfigShopDbColumnMissing, key, { value, column, required.join(u", "_s) });
}

void probeUnpaid(
    QSqlDatabase &db, const ShopDbSettings &settings, const QStringList &orderNos, ProbeQuery &out)
{
    const QString key = ShopDbProbe::unpaidKey(settings);
    const QString text = unpaidQuery(settings);
    const QString value = shownValue(settings, text);
    out.ran = true;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(db);
    if (!prepareUnpaid(query, text, orderNos)) {
        out.elapsedMs = timer.elapsed();
        // prepareUnpaid fails before the database sees the text only when :order_nos is missing.
        out.error = query.lastError().isValid()
            ? refused(settings, query, key, value)
            : Error(ErrorCode::ConfigShopDbPlaceholderMissing, key, { value, u":order_nos"_s });
        return;
    }
    execInto(settings, query, key, value, timer, out);
    if (out.error)
        return;
    const QStringList required { u"order_no"_s };
    if (const QString column = firstMissing(out.columns, required); !column.isEmpty())
        out.error
            = Error(ErrorCode::ConfigShopDbColumnMissing, key, { value, column, required.join(u", "_s) });
}

} // namespace

QString ProbeQuery::value(int row, const QString &column) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).compare(column, Qt::CaseInsensitive) == 0)
            return rows.value(row).value(i);
    return {};
}

QList<Error> ProbeResult::queryErrors() const
{
    QList<Error> errors;
    for (const ProbeQuery *q : { &orders, &unpaid })
        if (q->error)
            errors << q->error;
    return errors;
}

QString ShopDbProbe::ordersKey(const ShopDbSettings &settings)
{
    return ConfigKey::get(settings.xgProfile() ? ConfigKeyId::ShopDbProfile : ConfigKeyId::ShopDbOrdersQuery)
        .path();
}

QString ShopDbProbe::unpaidKey(const ShopDbSettings &settings)
{
    return ConfigKey::get(settings.xgProfile() ? ConfigKeyId::ShopDbProfile : ConfigKeyId::ShopDbUnpaidQuery)
        .path();
}

ProbeResult ShopDbProbe::run(const ShopDbSettings &settings, const QString &password, int timeoutSec)
{
    static QAtomicInteger<int> serial;
    // Its own connection, so a Test never disturbs the poller's or the check's.
    const QString name = u"paynudge-probe-%1"_s.arg(serial.fetchAndAddRelaxed(1));
    ProbeResult result;
    {
        QElapsedTimer timer;
        timer.start();
        if (!open(settings, password, name, timeoutSec, &result.connectError)) {
            result.connectMs = timer.elapsed();
        } else {
            result.connectMs = timer.elapsed();
            QSqlDatabase db = QSqlDatabase::database(name, false);
            QStringList orderNos;
            if (settings.polls()) {
                probeOrders(db, settings, result.orders);
                for (int i = 0; i < result.orders.rows.size(); ++i)
                    if (const QString no = result.orders.value(i, u"order_no"_s); !no.isEmpty())
                        orderNos << no;
            }
            if (settings.xgProfile() || !settings.unpaidQuery.isEmpty())
                probeUnpaid(db, settings, orderNos, result.unpaid);
            // Lost on the way: the whole result says "not connected", as a failed open would.
            for (const ProbeQuery *q : { &result.orders, &result.unpaid })
                if (q->error.is(ErrorCode::ShopDbCannotConnect) && !result.connectError)
                    result.connectError = q->error;
            if (result.connectError)
                result.orders = result.unpaid = ProbeQuery();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace paynudge::shopdb
