#include "xgfixture.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace paynudge::test {

namespace {

QString shop()
{
    return QString::fromLatin1(XgFixture::kDatabase);
}

} // namespace

XgFixture::XgFixture(TestDbServer &server)
    : m_server(server)
    , m_dialect(server.driver() == u"QPSQL"_s ? XgDialect::Postgres : XgDialect::MySql)
{ }

QSqlDatabase XgFixture::db()
{
    return m_server.admin(shop());
}

bool XgFixture::run(const QString &sql, const QVariantList &values)
{
    if (m_server.exec(sql, values, shop()))
        return true;
    m_error = m_server.errorString();
    return false;
}

bool XgFixture::create()
{
    // Ours goes first: PostgreSQL drops no database someone is connected to, and a MariaDB session
    // whose database was dropped has none selected afterwards.
    m_server.closeAdmin(shop());
    if (m_dialect == XgDialect::MySql) {
        if (!m_server.exec(u"DROP DATABASE IF EXISTS shop"_s)
            || !m_server.exec(u"CREATE DATABASE shop CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"_s)) {
            m_error = m_server.errorString();
            return false;
        }
    } else if (!m_server.exec(u"DROP DATABASE IF EXISTS shop WITH (FORCE)"_s)
        || !m_server.exec(u"CREATE DATABASE shop ENCODING 'UTF8'"_s)) {
        m_error = m_server.errorString();
        return false;
    }
    const QStringList statements = xgSchema(m_dialect);
    for (const QString &sql : statements) {
        if (!run(sql))
            return false;
    }
    return true;
}

qint64 XgFixture::insertOrder(const QString &orderSn, int userId, const QString &token, int productId,
    int typeId, double priceYuan, const QString &useTime, qint64 createTime)
{
    QSqlQuery q(db());
    const QString returning = m_dialect == XgDialect::Postgres ? u" RETURNING id"_s : QString();
    q.prepare(u"INSERT INTO xg_orders (order_sn, user_id, token, product_id, type_id, num, price, state, "
              "use_time, create_time) VALUES (?, ?, ?, ?, ?, 1, ?, 0, ?, ?)"_s
        + returning);
    q.addBindValue(orderSn);
    q.addBindValue(userId);
    q.addBindValue(token);
    q.addBindValue(productId);
    q.addBindValue(typeId);
    q.addBindValue(priceYuan);
    q.addBindValue(useTime);
    q.addBindValue(createTime < 0 ? QDateTime::currentSecsSinceEpoch() : createTime);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return -1;
    }
    if (m_dialect == XgDialect::Postgres)
        return q.next() ? q.value(0).toLongLong() : -1;
    return q.lastInsertId().toLongLong();
}

bool XgFixture::setState(const QString &orderSn, int state)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE xg_orders SET state = ? WHERE order_sn = ?"_s);
    q.addBindValue(state);
    q.addBindValue(orderSn);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        m_error = u"no order "_s + orderSn + u" in xg_orders"_s;
        return false;
    }
    return true;
}

bool XgFixture::addUser(int userId, const QString &token, const QString &openid, const QString &nickname)
{
    return run(u"INSERT INTO xg_user_child (user_id, token, openid, nickname) VALUES (?, ?, ?, ?)"_s,
        { userId, token, openid, nickname });
}

bool XgFixture::addProduct(int id, const QString &name)
{
    return run(u"INSERT INTO xg_product (id, name) VALUES (?, ?)"_s, { id, name });
}

bool XgFixture::addType(int id, int productId, const QString &name)
{
    return run(
        u"INSERT INTO xg_product_type (id, product_id, name) VALUES (?, ?, ?)"_s, { id, productId, name });
}

bool XgFixture::runComposed(const QString &composer, const QVariantList &values)
{
    QSqlQuery q(db());
    q.prepare(composer);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    return run(q.value(0).toString());
}

bool XgFixture::createReadOnlyUser(const QString &name, const QString &password)
{
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]{0,31}$"_s);
    if (!identifier.match(name).hasMatch()) {
        m_error = u"not a plain user name: "_s + name;
        return false;
    }
    if (m_dialect == XgDialect::MySql) {
        return runComposed(u"SELECT CONCAT('DROP USER IF EXISTS ', QUOTE(?), '@''%''')"_s, { name })
            && runComposed(u"SELECT CONCAT('CREATE USER ', QUOTE(?), '@''%'' IDENTIFIED BY ', QUOTE(?))"_s,
                { name, password })
            && runComposed(u"SELECT CONCAT('GRANT SELECT ON shop.* TO ', QUOTE(?), '@''%''')"_s, { name });
    }
    return runComposed(u"SELECT format('DROP ROLE IF EXISTS %I', CAST(? AS text))"_s, { name })
        && runComposed(
            u"SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', CAST(? AS text), CAST(? AS text))"_s,
            { name, password })
        && runComposed(u"SELECT format('GRANT CONNECT ON DATABASE shop TO %I', CAST(? AS text))"_s, { name })
        && runComposed(u"SELECT format('GRANT USAGE ON SCHEMA public TO %I', CAST(? AS text))"_s, { name })
        && runComposed(
            u"SELECT format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', CAST(? AS text))"_s,
            { name });
}

ShopDbSettings XgFixture::settings(const QString &user, const QString &passwordFile) const
{
    ShopDbSettings s;
    s.driver = m_dialect == XgDialect::Postgres ? u"postgres"_s : u"mysql"_s;
    s.host = m_server.host();
    s.port = m_server.port();
    s.database = shop();
    s.user = user;
    s.passwordFile = passwordFile;
    s.profile = u"xg"_s;
    return s;
}

} // namespace paynudge::test
