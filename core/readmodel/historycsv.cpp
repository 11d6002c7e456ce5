#include "readmodel/historycsv.h"

#include "readmodel/csvtable.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

constexpr qsizetype kPage = 1000;
constexpr char kHistoryCsvContext[] = "paynudge::HistoryCsv";

template<typename T> QString optionalText(const std::optional<T> &v)
{
    return v ? QString::number(*v) : QString();
}

QString words(const char *source)
{
    return QCoreApplication::translate(kHistoryCsvContext, source);
}

} // namespace

QStringList HistoryCsv::header()
{
    static const char *const columns[] = {
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "Time"),
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "Order number"),
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "Customer"),
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "Product"),
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "Amount (yuan)"),
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "Round"),
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "Account"),
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "Outcome"),
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "Errcode"),
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "Reason"),
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "Msgid"),
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "HTTP attempts"),
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "Latency (ms)"),
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "Mode"),
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "By"),
        QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "Sent by engine"),
    };
    QStringList out;
    for (const char *c : columns)
        out << words(c);
    return out;
}

qint64 HistoryCsv::write(QSqlDatabase &db, const HistoryQuery &query, const Config &config, QIODevice *out,
    QString *error, const OutcomeText &outcomeText)
{
    error->clear();
    const QTimeZone zone = config.reminder.plan.zone;
    const QList<qint64> ids = query.ids(db, error);
    if (!error->isEmpty())
        return -1;
    CsvTable csv(out);
    if (!csv.begin(header())) {
        *error = csv.errorString();
        return -1;
    }
    const QString automatic = words(QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "automatic"));
    const QString manual = words(QT_TRANSLATE_NOOP("paynudge::HistoryCsv", "manual"));
    qint64 written = 0;
    for (qsizetype i = 0; i < ids.size(); i += kPage) {
        const QList<qint64> page = ids.mid(i, kPage);
        const QList<HistoryRow> rows = HistoryQuery::rows(db, page, error);
        if (!error->isEmpty())
            return -1;
        QHash<qint64, const HistoryRow *> byId;
        for (const HistoryRow &r : rows)
            byId.insert(r.attemptId, &r);
        for (qint64 id : page) { // the query's order, not the IN list's
            const HistoryRow *r = byId.value(id);
            if (!r)
                continue;
            const AccountConfig *account = config.account(r->account);
            const bool ok = csv.row({ CsvTable::localTime(r->startedAt, zone), r->orderNo, r->nickname,
                r->product, CsvTable::yuan(r->amountFen), QString::number(r->round),
                account ? account->displayName() : r->account,
                outcomeText ? outcomeText(r->outcome) : wireName(r->outcome), optionalText(r->errcode),
                r->reasonText(config), optionalText(r->msgid), QString::number(r->attempts),
                optionalText(r->latencyMs), r->manual ? manual : automatic, r->actor, r->engine });
            if (!ok) {
                *error = csv.errorString();
                return -1;
            }
            ++written;
        }
    }
    return written;
}

} // namespace paynudge
