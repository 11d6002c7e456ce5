#pragma once

#include "config/config.h"
#include "shopdb/paymentcheck.h"

#include <memory>

namespace paynudge::shopdb {

class ShopDbWorker;

// The payment check over the shop's own database: one unpaidQuery (or profile=xg's) for the
// whole batch, on a connection of its own (ShopDbWorker), so a poll never delays it.
class ShopDbCheck final : public PaymentCheck
{
    Q_OBJECT
public:
    // `password` as shopdb::password() resolved it on the caller's thread.
    ShopDbCheck(const ShopDbSettings &settings, const QString &password, QObject *parent = nullptr);
    ~ShopDbCheck() override;
    // The check for [shopdb], its password resolved here (shopdb::password: call on the engine's
    // thread, the keychain may block). A password that cannot be read makes a check that fails
    // each time with that reason, so the gate holds (or sends) and the health says why.
    static std::unique_ptr<ShopDbCheck> create(const ShopDbSettings &settings, QObject *parent = nullptr);

    void check(quint64 ticket, const QStringList &orderNos) override;
    QString describe() const override; // "shop database mysql 127.0.0.1:3306/shop"

private:
    ShopDbSettings m_settings;
    QString m_query;
    QString m_passwordError; // create() could not read the password: every check fails with it
    std::unique_ptr<ShopDbWorker> m_worker;
};

} // namespace paynudge::shopdb
