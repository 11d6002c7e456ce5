#include "shopdb/shopdbpoller.h"

#include "common/clock.h"
#include "engine/engine.h"
#include "intake/csvcolumns.h"
#include "intake/orderparser.h"
#include "intake/timestamps.h"
#include "shopdb/shopdbconnect.h"
#include "shopdb/shopdbqueries.h"
#include "shopdb/shopdbworker.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcShopDbPoller, "paynudge.core.shopdb.poller")

namespace paynudge::shopdb {
namespace {

// A value as the CSV import would have it: text. A database time without a zone (MySQL
// DATETIME) is the shop's wall clock, read in the shop's zone like a CSV's.
QString textOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (value.metaType().id()) {
    case QMetaType::QDateTime: {
        const QDateTime t = value.toDateTime();
        if (t.timeSpec() == Qt::LocalTime)
            return t.toString(u"yyyy-MM-dd HH:mm:ss"_s);
        return timestamps::toRfc3339(t.toMSecsSinceEpoch());
    }
    case QMetaType::QDate:
        return value.toDate().toString(u"yyyy-MM-dd"_s);
    case QMetaType::QByteArray:
        return QString::fromUtf8(value.toByteArray());
    default:
        return value.toString();
    }
}

} // namespace

ShopDbPoller::ShopDbPoller(
    Engine &engine, const ShopDbSettings &settings, const QString &password, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_settings(settings)
    , m_cursor(cursorName(settings))
    , m_ordersQuery(ordersQuery(settings))
    , m_worker(std::make_unique<ShopDbWorker>(settings, password, u"poller"_s))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ShopDbPoller::beginPoll);
}

ShopDbPoller::~ShopDbPoller() = default;

QString ShopDbPoller::cursorName(const ShopDbSettings &settings)
{
    return u"shopdb/"_s + describe(settings);
}

void ShopDbPoller::start()
{
    if (m_running)
        return;
    m_running = true;
    qCInfo(lcShopDbPoller).noquote() << "reading new orders from" << describe(m_settings) << "every"
                                     << m_settings.pollIntervalSec << "s";
    pollNow();
}

void ShopDbPoller::stop()
{
    m_running = false;
    m_again = false;
    m_timer.stop();
}

void ShopDbPoller::pollNow()
{
    if (m_polling) {
        m_again = true;
        return;
    }
    m_timer.stop();
    beginPoll();
}

void ShopDbPoller::beginPoll()
{
    m_polling = true;
    m_again = false;
    if (!m_passwordProblem.isEmpty()) {
        setFailing(m_passwordProblem);
        endPoll();
        return;
    }
    QString error;
    const std::optional<qint64> cursor = m_engine.storeCursor(m_cursor, &error);
    if (!error.isEmpty()) {
        qCWarning(lcShopDbPoller).noquote()
            << "cannot read how far the shop's database was read; next poll:" << error;
        endPoll();
        return;
    }
    m_firstRead = !cursor.has_value();
    queryPage(cursor.value_or(0));
}

void ShopDbPoller::queryPage(qint64 afterId)
{
    m_worker->run(
        [text = m_ordersQuery, afterId, limit = m_settings.pageSize](QSqlQuery &query, QString *error) {
            QString missing;
            if (prepareOrders(query, text, afterId, limit, &missing))
                return true;
            if (!missing.isEmpty())
                *error = u"ordersQuery has no %1"_s.arg(missing);
            return false;
        },
        [this, afterId](const QueryResult &r) { onPage(afterId, r); });
}

void ShopDbPoller::onPage(qint64 afterId, const QueryResult &page)
{
    if (!page.ok) {
        setFailing(page.error);
        endPoll();
        return;
    }
    setReachable();
    m_stats.lastPollAt = m_engine.clock().nowMs();
    qint64 lastId = afterId;
    int skipped = 0;
    int pastClose = 0;
    const QList<OrderInput> orders = ordersOf(page, &lastId, &skipped, &pastClose);
    // The first read of a database leaves a watermark even when it found nothing, so that what
    // comes later is known to be new.
    if (page.rows.isEmpty() && !m_firstRead) {
        endPoll();
        return;
    }
    bool committed = false;
    QString error;
    const QList<AcceptResult> results
        = m_engine.acceptPolledOrders(orders, { m_cursor, lastId }, &committed, &error);
    if (!committed) {
        // Nothing of the page was kept, the watermark neither: the next poll reads it again.
        qCWarning(lcShopDbPoller).noquote()
            << "cannot store orders read from the shop's database; next poll:" << error;
        endPoll();
        return;
    }
    int created = 0;
    for (const AcceptResult &r : results) {
        if (r.kind == AcceptResult::Kind::Created)
            ++created;
        else if (r.kind == AcceptResult::Kind::Conflict)
            qCWarning(lcShopDbPoller).noquote()
                << "order" << r.order.input.orderNo
                << "is already stored with other content (sent over the intake API?); the stored one stays";
    }
    m_stats.rows += page.rows.size();
    ++m_stats.pages;
    m_stats.found += created;
    m_stats.skipped += skipped;
    m_stats.pastClose += pastClose;
    if (created > 0 || skipped > 0)
        qCInfo(lcShopDbPoller).noquote()
            << u"read %1 rows after id %2: %3 new orders, %4 skipped (%5 past their close time)"_s
                   .arg(page.rows.size())
                   .arg(afterId)
                   .arg(created)
                   .arg(skipped)
                   .arg(pastClose);
    // A full page: more may be waiting (catch-up after downtime). A page whose rows carry no
    // usable id cannot move on, so the catch-up stops there.
    if (page.rows.size() >= m_settings.pageSize && lastId > afterId) {
        queryPage(lastId);
        return;
    }
    endPoll();
}

void ShopDbPoller::endPoll()
{
    m_polling = false;
    emit polled();
    if (!m_running)
        return;
    if (m_again)
        pollNow();
    else
        m_timer.start(std::max(1, m_settings.pollIntervalSec) * 1000);
}

void ShopDbPoller::setFailing(const QString &error)
{
    const bool changed = m_link.error != error;
    if (m_link.failed(error, m_engine.clock().nowMs()))
        qCWarning(lcShopDbPoller).noquote() << "cannot read new orders:" << error;
    if (changed)
        emit reachabilityChanged();
}

void ShopDbPoller::setReachable()
{
    if (!m_link.succeeded())
        return;
    qCInfo(lcShopDbPoller).noquote() << "the shop's database" << describe(m_settings) << "answers again";
    emit reachabilityChanged();
}

QString ShopDbPoller::accountOf(const QString &account, const QString &shopToken, QString *why)
{
    if (!account.isEmpty())
        return account; // the parser checks it is configured
    const QList<AccountConfig> &accounts = m_engine.config().accounts;
    for (const AccountConfig &a : accounts) {
        if (!shopToken.isEmpty() && a.shopToken == shopToken)
            return a.key;
    }
    // One shop, one account: its orders are that account's unless it names another token.
    if (accounts.size() == 1 && accounts.first().shopToken.isEmpty())
        return accounts.first().key;
    if (shopToken.isEmpty()) {
        *why = u"it names no shop token and there are several accounts"_s;
        return {};
    }
    *why = u"no account has shopToken=%1"_s.arg(shopToken);
    if (!m_unknownTokens.contains(shopToken)) {
        m_unknownTokens.insert(shopToken);
        qCWarning(lcShopDbPoller).noquote()
            << "orders with the shop token" << shopToken
            << "are skipped: no [accounts/KEY] has this shopToken (logged once per token)";
    }
    return {};
}

QList<OrderInput> ShopDbPoller::ordersOf(
    const QueryResult &page, qint64 *lastId, int *skipped, int *pastClose)
{
    const Config &config = m_engine.config();
    OrderParser::Options options;
    for (const AccountConfig &a : config.accounts)
        options.accounts.insert(a.key);
    options.textValues = true;
    options.localZone = config.reminder.plan.zone;
    const OrderParser parser(options);
    const qint64 now = m_engine.clock().nowMs();
    const int idColumn = page.column(u"id"_s);
    const bool amountInYuan = m_settings.amountUnit != u"fen";
    int alreadyThere = 0;

    QList<OrderInput> orders;
    for (const QVariantList &values : page.rows) {
        bool idOk = false;
        const qint64 id = idColumn >= 0 ? values.value(idColumn).toLongLong(&idOk) : 0;
        if (idOk)
            *lastId = std::max(*lastId, id);
        QHash<QString, QString> row;
        QString shopToken;
        QString amount;
        bool isPaidRow = false;
        for (int c = 0; c < page.columns.size(); ++c) {
            const QString name = page.columns.at(c);
            const QString value = textOf(values.value(c)).trimmed();
            if (name == u"shop_token")
                shopToken = value;
            else if (name == u"unpaid")
                isPaidRow = value == u"0" || value.compare(u"false", Qt::CaseInsensitive) == 0
                    || value.compare(u"f", Qt::CaseInsensitive) == 0;
            else if (name == u"amount")
                amount = value;
            else if (name != u"id"
                && (OrderParser::fieldNames().contains(name)
                    || name.startsWith(OrderParser::varsColumnPrefix())))
                row.insert(name, value);
        }
        const QString orderNo = row.value(u"order_no"_s);
        auto skip = [&](const QString &why) {
            ++*skipped;
            qCWarning(lcShopDbPoller).noquote()
                << "order" << (orderNo.isEmpty() ? u"(no order_no, id %1)"_s.arg(id) : orderNo)
                << "from the shop's database is skipped:" << why;
        };
        if (!idOk) {
            skip(u"its id is not a whole number"_s);
            continue;
        }
        if (isPaidRow)
            continue; // already paid: nothing to remind, the watermark passes it
        QString why;
        const QString account = accountOf(row.value(u"account"_s), shopToken, &why);
        if (account.isEmpty()) {
            ++*skipped; // accountOf logged it once per token
            continue;
        }
        row.insert(u"account"_s, account);
        if (!amount.isEmpty() && row.value(u"amount_fen"_s).isEmpty()) {
            if (amountInYuan) {
                const std::optional<qint64> fen = csvcolumns::parseYuan(amount);
                if (!fen) {
                    skip(u"amount %1 is not an amount in yuan"_s.arg(amount.left(32)));
                    continue;
                }
                row.insert(u"amount_fen"_s, QString::number(*fen));
            } else {
                row.insert(u"amount_fen"_s, amount);
            }
        }
        // No time of placing: the old scheme's rule, the order counts as placed when first seen.
        // Except on the first read of a database: its unpaid rows may be months old, and a
        // "please pay" for an order long abandoned is worse than none.
        const bool firstSeen = row.value(u"placed_at"_s).isEmpty();
        if (firstSeen) {
            if (m_firstRead) {
                ++alreadyThere;
                ++*skipped;
                continue;
            }
            row.insert(u"placed_at"_s, timestamps::toRfc3339(now));
        }
        IntakeError error;
        std::optional<OrderInput> order = parser.parseText(row, &error);
        if (!order) {
            skip(error.message);
            continue;
        }
        if (firstSeen)
            order->placedAt = now;
        if (config.reminder.plan.effectiveCloseAt(order->placedAt, order->closeAt) <= now) {
            ++*skipped;
            ++*pastClose;
            continue;
        }
        orders << *order;
    }
    if (alreadyThere > 0)
        qCInfo(lcShopDbPoller).noquote()
            << alreadyThere
            << "unpaid orders were in the shop's database before PayNudge first read it and have no "
               "time of placing (placed_at, [shopdb] placedAtColumn): none of them is reminded";
    return orders;
}

} // namespace paynudge::shopdb
