#include "doctor/shopdbcheck.h"

#include "shopdb/shopdbconnect.h"
#include "shopdb/shopdbprobe.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace paynudge {

QList<SetupCheck> checkShopDb(const ShopDbSettings &settings)
{
    if (!settings.enabled())
        return {};
    const QString id = u"shopdb"_s;
    const QString where = shopdb::describe(settings);
    QString why;
    const std::optional<QString> password = shopdb::password(settings, &why);
    if (!password)
        return { SetupCheck::problem(id,
            QCoreApplication::translate("Doctor", "The shop's database password cannot be read: %1").arg(why),
            QCoreApplication::translate("Doctor",
                "Set it again in Settings → Shop database, or fix [shopdb] passwordEnv / passwordFile.")) };
    const shopdb::ProbeResult probe = shopdb::ShopDbProbe::run(settings, *password, 3);
    if (!probe.connected())
        return { SetupCheck::problem(id, probe.connectError.text(),
            QCoreApplication::translate("Doctor",
                "Check that the shop's database runs and that host, port, user and password in Settings → "
                "Shop "
                "database are right; until then new orders are not read and reminders wait for the payment "
                "check.")) };
    const QList<Error> errors = probe.queryErrors();
    if (!errors.isEmpty())
        return { SetupCheck::problem(id, configErrorLine(errors.first(), true),
            QCoreApplication::translate("Doctor",
                "Ask the shop's developer to correct the query in Settings → Shop database (Test shows "
                "what the database says).")) };
    return { SetupCheck::ok(id,
        QCoreApplication::translate(
            "Doctor", "The shop's database %1 answers (new orders: %2 ms, payment check: %3 ms).")
            .arg(where)
            .arg(probe.orders.ran ? QString::number(probe.orders.elapsedMs) : u"—"_s)
            .arg(probe.unpaid.ran ? QString::number(probe.unpaid.elapsedMs) : u"—"_s)) };
}

} // namespace paynudge
