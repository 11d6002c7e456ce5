#include "store/accountstates.h"

#include "store/bindvalues.h"
#include "store/changenotice.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "store/storederror.h"
#include "store/transaction.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace paynudge {

QHash<QString, AccountState> AccountStates::load()
{
    QHash<QString, AccountState> out;
    QSqlQuery q(m_db.db());
    q.prepare(
        u"SELECT account, paused, reason, until_at, updated_at, reason_code, reason_args FROM account_state"_s);
    if (!execOrReport(q, nullptr))
        return out;
    while (q.next()) {
        AccountState s;
        s.account = q.value(0).toString();
        s.paused = q.value(1).toBool();
        s.reason = q.value(2).toString();
        if (!q.value(3).isNull())
            s.until = q.value(3).toLongLong();
        s.updatedAt = q.value(4).toLongLong();
        s.problem = storedError::read(q.value(5).toString(), q.value(6).toString());
        out.insert(s.account, s);
    }
    return out;
}

bool AccountStates::save(const AccountState &s, QString *error)
{
    QSqlQuery q(m_db.db());
    q.prepare(u"INSERT INTO account_state (account, paused, reason, until_at, updated_at, reason_code, "
              u"reason_args) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?) "
              u"ON CONFLICT (account) DO UPDATE SET paused = excluded.paused, reason = excluded.reason, "
              u"until_at = excluded.until_at, updated_at = excluded.updated_at, reason_code = "
              u"excluded.reason_code, "
              u"reason_args = excluded.reason_args"_s);
    q.addBindValue(s.account);
    q.addBindValue(s.paused ? 1 : 0);
    q.addBindValue(bind::text(s.reason));
    q.addBindValue(s.until ? QVariant(*s.until) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(s.updatedAt);
    storedError::bind(q, s.problem);
    // On a shared store the other engines pause or resume the account too when told.
    Transaction tx(m_db.db());
    return execOrReport(q, error)
        && m_db.notify({ ChangeNotice::Kind::Accounts, m_db.options().instance, {} }, error) && tx.commit();
}

} // namespace paynudge
