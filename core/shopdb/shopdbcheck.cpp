#include "shopdb/shopdbcheck.h"

#include "shopdb/shopdbconnect.h"
#include "shopdb/shopdbqueries.h"
#include "shopdb/shopdbworker.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace paynudge::shopdb {

ShopDbCheck::ShopDbCheck(const ShopDbSettings &settings, const QString &password, QObject *parent)
    : PaymentCheck(parent)
    , m_settings(settings)
    , m_query(unpaidQuery(settings))
    , m_worker(std::make_unique<ShopDbWorker>(settings, password, u"check"_s))
{
    qRegisterMetaType<paynudge::PaymentCheckAnswer>();
}

ShopDbCheck::~ShopDbCheck() = default;

std::unique_ptr<ShopDbCheck> ShopDbCheck::create(const ShopDbSettings &settings, QObject *parent)
{
    QString why;
    const std::optional<QString> password = shopdb::password(settings, &why);
    auto check = std::make_unique<ShopDbCheck>(settings, password.value_or(QString()), parent);
    if (!password)
        check->m_passwordError = why;
    return check;
}

QString ShopDbCheck::describe() const
{
    return u"shop database "_s + shopdb::describe(m_settings);
}

void ShopDbCheck::check(quint64 ticket, const QStringList &orderNos)
{
    if (!m_passwordError.isEmpty()) {
        PaymentCheckAnswer answer;
        answer.error = m_passwordError;
        QMetaObject::invokeMethod(
            this, [this, ticket, answer] { emit answered(ticket, answer); }, Qt::QueuedConnection);
        return;
    }
    m_worker->run(
        [text = m_query, orderNos](QSqlQuery &query, QString *error) {
            if (prepareUnpaid(query, text, orderNos))
                return true;
            if (!text.contains(u":order_nos"_s))
                *error = u"unpaidQuery has no :order_nos"_s;
            return false;
        },
        [this, ticket](const QueryResult &r) {
            PaymentCheckAnswer answer;
            answer.ok = r.ok;
            answer.error = r.error;
            answer.elapsedMs = r.elapsedMs;
            if (r.ok) {
                // The column named order_no, else the only one there is.
                const int c = r.column(u"order_no"_s) >= 0 ? r.column(u"order_no"_s) : 0;
                for (const QVariantList &row : r.rows)
                    answer.unpaid.insert(row.value(c).toString().trimmed());
            }
            emit answered(ticket, answer);
        });
}

} // namespace paynudge::shopdb
