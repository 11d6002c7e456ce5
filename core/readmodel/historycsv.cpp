#include "readmodel/historycsv.h"

#include <QDateTime>
#include <QIODevice>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

constexpr qsizetype kPage = 1000;

QString timeText(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODateWithMs);
}

template<typename T> QString optionalText(const std::optional<T> &v)
{
    return v ? QString::number(*v) : QString();
}

} // namespace

QStringList HistoryCsv::header()
{
    return { u"time"_s, u"order_no"_s, u"round"_s, u"account"_s, u"outcome"_s, u"errcode"_s, u"reason"_s,
        u"msgid"_s, u"attempts"_s, u"latency_ms"_s, u"mode"_s, u"actor"_s };
}

QString HistoryCsv::escape(const QString &cell)
{
    QString text = cell;
    // A leading = + - @ makes spreadsheets evaluate the cell; order data comes from customers.
    if (!text.isEmpty()
        && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' || text.front() == u'@'))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || text != cell) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

qint64 HistoryCsv::write(
    QSqlDatabase &db, const HistoryQuery &query, const Config &config, QIODevice *out, QString *error)
{
    error->clear();
    const QTimeZone zone = config.reminder.plan.zone;
    const QList<qint64> ids = query.ids(db, error);
    if (!error->isEmpty())
        return -1;
    auto line = [out](const QStringList &cells) {
        QStringList escaped;
        escaped.reserve(cells.size());
        for (const QString &c : cells)
            escaped << escape(c);
        return out->write((escaped.join(u',') + u"\r\n"_s).toUtf8()) >= 0;
    };
    if (out->write("\xEF\xBB\xBF") < 0 || !line(header())) {
        *error = out->errorString();
        return -1;
    }
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
            const bool ok = line({ timeText(r->startedAt, zone), r->orderNo, QString::number(r->round),
                r->account, wireName(r->outcome), optionalText(r->errcode), r->reason(config),
                optionalText(r->msgid), QString::number(r->attempts), optionalText(r->latencyMs),
                r->manual ? u"manual"_s : u"automatic"_s, r->actor });
            if (!ok) {
                *error = out->errorString();
                return -1;
            }
            ++written;
        }
    }
    return written;
}

} // namespace paynudge
