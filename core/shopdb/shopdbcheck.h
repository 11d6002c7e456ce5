#pragma once

#include "config/config.h"
#include "shopdb/paymentcheck.h"

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

    void check(quint64 ticket, const QStringList &orderNos) override;
    QString describe() const override; // "shop database mysql 127.0.0.1:3306/shop"

private:
    ShopDbSettings m_settings;
    QString m_query;
    std::unique_ptr<ShopDbWorker> m_worker;
};

} // namespace paynudge::shopdb
