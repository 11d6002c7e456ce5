#pragma once

#include "config/config.h"
#include "testdbserver.h"
#include "xgschema.h"

namespace paynudge::test {

// The shop's database `shop` with the xg tables (xgschema.h) on a test's own server, and the rows
// a test needs, written as the shop's PHP would write them. Every value is bound.
//
//   XgFixture shop(server);
//   QVERIFY2(shop.create(), qPrintable(shop.error()));
//   shop.addUser(7, u"tok"_s, u"o-openid"_s, u"小王"_s);
//   const qint64 id = shop.insertOrder(u"SN1"_s, 7, u"tok"_s, 1, 2, 88.00, u"2026-03-05"_s);
class XgFixture
{
public:
    static constexpr const char *kDatabase = "shop";

    explicit XgFixture(TestDbServer &server);

    XgDialect dialect() const { return m_dialect; }
    // Why the last call failed.
    QString error() const { return m_error; }

    // (Re)creates the database `shop` with empty xg tables.
    bool create();
    // The superuser's connection to `shop`.
    QSqlDatabase db();

    // A new unpaid order; its id (the poll's watermark), or -1. createTime in unix seconds,
    // -1 for now.
    qint64 insertOrder(const QString &orderSn, int userId, const QString &token, int productId, int typeId,
        double priceYuan, const QString &useTime, qint64 createTime = -1);
    bool setState(const QString &orderSn, int state);
    bool addUser(int userId, const QString &token, const QString &openid, const QString &nickname);
    bool addProduct(int id, const QString &name);
    bool addType(int id, int productId, const QString &name);

    // A login that may only read the xg tables (SELECT on shop.* / on the tables): what the README
    // tells a shop to create for PayNudge. `name` is a plain identifier; the password may be anything.
    bool createReadOnlyUser(const QString &name, const QString &password);

    // [shopdb] for this server's `shop`, profile=xg, as `user` whose password is in `passwordFile`.
    ShopDbSettings settings(const QString &user, const QString &passwordFile) const;

private:
    bool run(const QString &sql, const QVariantList &values = {});
    // A statement made by the server from bound values (it quotes them), for the statements that
    // take no parameters (CREATE USER, GRANT).
    bool runComposed(const QString &composer, const QVariantList &values);

    TestDbServer &m_server;
    XgDialect m_dialect;
    QString m_error;
};

} // namespace paynudge::test
