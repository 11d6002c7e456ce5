#include "shopdb/shopdbconnect.h"

#include "common/logging.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <tuple>

using namespace Qt::StringLiterals;

namespace paynudge::shopdb {
namespace {

bool isPostgres(const ShopDbSettings &s)
{
    return s.driver == u"postgres";
}

} // namespace

QString qtDriver(const ShopDbSettings &settings)
{
    return isPostgres(settings) ? u"QPSQL"_s : u"QMYSQL"_s;
}

QString driverPackage(const ShopDbSettings &settings)
{
    return isPostgres(settings) ? u"libqt6sql6-psql"_s : u"libqt6sql6-mysql"_s;
}

QString describe(const ShopDbSettings &settings)
{
    return u"%1 %2:%3/%4"_s.arg(settings.driver, settings.host)
        .arg(settings.effectivePort())
        .arg(settings.database);
}

bool sameSettings(const ShopDbSettings &a, const ShopDbSettings &b)
{
    const auto fields = [](const ShopDbSettings &s) {
        return std::tie(s.driver, s.host, s.port, s.database, s.user, s.passwordEnv, s.passwordFile,
            s.pollIntervalSec, s.pageSize, s.profile, s.ordersQuery, s.unpaidQuery, s.check, s.onCheckFailure,
            s.amountColumn, s.amountUnit, s.placedAtColumn);
    };
    return fields(a) == fields(b);
}

QString keychainKey()
{
    return u"shopdb/password"_s;
}

QString fallbackPasswordFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"secrets/shopdb-password"_s);
}

SecretStore::Source passwordSource(const ShopDbSettings &settings)
{
    return { settings.passwordEnv, settings.passwordFile, keychainKey() };
}

std::optional<QString> password(const ShopDbSettings &settings, QString *error)
{
    QString why;
    std::optional<QString> value = SecretStore::resolve(passwordSource(settings), &why);
    if (!value) {
        // A user without a password is a setup some shops have (local socket, trust): only a
        // password that was named and cannot be read is an error.
        if (settings.passwordEnv.isEmpty() && settings.passwordFile.isEmpty())
            return QString();
        if (error)
            *error = u"no password for the shop's database: %1"_s.arg(why);
        return std::nullopt;
    }
    logging::registerSecret(*value);
    return value;
}

bool open(const ShopDbSettings &settings, const QString &password, const QString &connectionName,
    int timeoutSec, Error *error)
{
    const QString driver = qtDriver(settings);
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = Error(ErrorCode::ShopDbDriverMissing, {}, { driver, driverPackage(settings) });
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
        ? QSqlDatabase::database(connectionName, false)
        : QSqlDatabase::addDatabase(driver, connectionName);
    db.setHostName(settings.host);
    db.setPort(settings.effectivePort());
    db.setDatabaseName(settings.database);
    db.setUserName(settings.user);
    db.setPassword(password);
    const int t = std::max(1, timeoutSec);
    // Without these a dead server holds a query for minutes (TCP's own timeouts).
    db.setConnectOptions(isPostgres(settings)
            ? u"connect_timeout=%1"_s.arg(t)
            : u"MYSQL_OPT_CONNECT_TIMEOUT=%1;MYSQL_OPT_READ_TIMEOUT=%2;MYSQL_OPT_WRITE_TIMEOUT=%2"_s.arg(t)
                  .arg(std::max(t, 10)));
    if (!db.open()) {
        *error = Error(ErrorCode::ShopDbCannotConnect, {},
            { describe(settings), logging::redact(db.lastError().text()) });
        return false;
    }
    // PayNudge only reads; the session says so too, so a mistaken query cannot change the shop's data.
    QSqlQuery readOnly(db);
    readOnly.exec(isPostgres(settings) ? u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s
                                       : u"SET SESSION TRANSACTION READ ONLY"_s);
    return true;
}

} // namespace paynudge::shopdb
