#include "doctor/ordernocheck.h"

#include "send/messagerenderer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace paynudge {

QList<SetupCheck> checkOrderNumberLength(const QList<AccountConfig> &accounts)
{
    QList<SetupCheck> lines;
    for (const AccountConfig &a : accounts) {
        const QStringList keys = MessageRenderer::tooLongRisks(a);
        if (keys.isEmpty())
            continue;
        const QString id = u"account.%1.ordernumber"_s.arg(a.key);
        const QString where = keys.join(u", "_s);
        // tooLong=shorten still sends: said, not warned about (a warning no setting can clear
        // would be noise on every correct setup). tooLong=fail loses such reminders: a warning.
        if (a.tooLong == TooLongPolicy::Shorten)
            lines << SetupCheck::ok(id,
                QCoreApplication::translate("Doctor",
                    "Account %1 puts the order number into %2, which WeChat takes up to 32 characters (order "
                    "numbers may have 64): a longer one is sent as its first 29 characters and \"...\" "
                    "(tooLong=shorten).")
                    .arg(a.key, where));
        else
            lines << SetupCheck::warning(id,
                QCoreApplication::translate("Doctor",
                    "Account %1 puts the order number into %2, which WeChat takes up to 32 characters (order "
                    "numbers may have 64): the reminder of a longer one is not sent (tooLong=fail).")
                    .arg(a.key, where),
                QCoreApplication::translate("Doctor",
                    "Nothing to do if the shop's order numbers have at most 32 characters; otherwise set "
                    "tooLong=shorten in [accounts/%1] or choose a template with a longer order number key.")
                    .arg(a.key));
    }
    return lines;
}

} // namespace paynudge
