#pragma once

// What the shop-database tests share: a read-only login on the test's server and waiting for a poll.
#include "shopdb/shopdbpoller.h"
#include "testdbserver.h"
#include "xgfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace paynudge::test {

// The buyer (user 7) and shop token of the orders the tests write.
inline const QString kOpenid = QStringLiteral("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
inline const QString kToken = QStringLiteral("tok1");

// A fresh xg shop: the tables, the buyer, product 1 of ticket type 2 (门票--成人票).
inline bool fillShop(XgFixture &shop)
{
    return shop.create() && shop.addUser(7, kToken, kOpenid, QStringLiteral("小王"))
        && shop.addProduct(1, QStringLiteral("门票")) && shop.addType(2, 1, QStringLiteral("成人票"));
}

// Quotes and a comment: a password the code must bind, never paste.
inline const QString kShopPassword = QStringLiteral("r0'pw\"--;x");
inline const QString kShopUser = QStringLiteral("paynudge_ro");

// The read-only user on `shop` and [shopdb] (profile=xg) for it, its password in an
// owner-only file in `dir`. Empty database name when something failed (*error says).
inline ShopDbSettings readOnlySettings(XgFixture &shop, const QTemporaryDir &dir, QString *error)
{
    if (!shop.createReadOnlyUser(kShopUser, kShopPassword)) {
        *error = shop.error();
        return {};
    }
    const QString path = dir.filePath(QStringLiteral("shopdb-password"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(kShopPassword.toUtf8()) < 0) {
        *error = file.errorString();
        return {};
    }
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return shop.settings(kShopUser, path);
}

// Polls now and waits until that poll (not one already running) has ended.
inline bool pollAndWait(shopdb::ShopDbPoller *poller, int timeoutMs = 30000)
{
    if (!poller)
        return false;
    QSignalSpy spy(poller, &shopdb::ShopDbPoller::polled);
    poller->pollNow();
    QElapsedTimer t;
    t.start();
    while (!(spy.count() > 0 && !poller->isPolling())) {
        if (t.elapsed() > timeoutMs)
            return false;
        spy.wait(200);
    }
    return true;
}

} // namespace paynudge::test
