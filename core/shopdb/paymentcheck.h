#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace paynudge {

// What the shop's own books said about a batch of orders right before their reminders go out.
struct PaymentCheckAnswer
{
    bool ok = false; // false: the check could not run (database down, hook failing); see error
    QSet<QString> unpaid; // the order numbers still unpaid; every other one asked for is not
    QString error; // English, secrets redacted: what failed
    qint64 elapsedMs = 0;
};

// Asks the shop which orders are still unpaid: its database (ShopDbCheck, [shopdb] unpaidQuery)
// or its HTTP hook (PrecheckHook, [precheck] url). Asynchronous: answered() follows check() with
// the same ticket, never from inside check() itself. The shop's books win over PayNudge's store.
class PaymentCheck : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~PaymentCheck() override = default;

    virtual void check(quint64 ticket, const QStringList &orderNos) = 0;
    // What is asked, for logs and the banner: "shop database 127.0.0.1:3306/shop", "payment check
    // https://shop.example/check" (no secrets).
    virtual QString describe() const = 0;

signals:
    void answered(quint64 ticket, const paynudge::PaymentCheckAnswer &answer);
};

} // namespace paynudge

Q_DECLARE_METATYPE(paynudge::PaymentCheckAnswer)
