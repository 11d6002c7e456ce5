#include "readmodel/auditquery.h"

#include "readmodel/csvtable.h"
#include "store/auditlog.h"

#include <QCoreApplication>

namespace paynudge {

AuditQuery::Page AuditQuery::page(QSqlDatabase &db, const AuditFilter &filter)
{
    Page p;
    p.lines = AuditLog::read(db, filter, &p.total, &p.error);
    return p;
}

QStringList AuditQuery::csvHeader()
{
    return { QCoreApplication::translate("paynudge::AuditQuery", "Time"),
        QCoreApplication::translate("paynudge::AuditQuery", "Who"),
        QCoreApplication::translate("paynudge::AuditQuery", "What"),
        QCoreApplication::translate("paynudge::AuditQuery", "Subject"),
        QCoreApplication::translate("paynudge::AuditQuery", "Old → new"),
        QCoreApplication::translate("paynudge::AuditQuery", "Detail") };
}

qint64 AuditQuery::writeCsv(QSqlDatabase &db, const AuditFilter &filter, const QTimeZone &zone,
    const Words &words, QIODevice *out, QString *error)
{
    CsvTable csv(out);
    if (!csv.begin(csvHeader())) {
        *error = csv.errorString();
        return -1;
    }
    // In pages, so a long log is never held whole.
    AuditFilter pageFilter = filter;
    pageFilter.limit = 1000;
    pageFilter.beforeId = 0;
    qint64 rows = 0;
    for (;;) {
        const QList<AuditRecord> lines = AuditLog::read(db, pageFilter, nullptr, error);
        if (!error->isEmpty())
            return -1;
        for (const AuditRecord &r : lines) {
            if (!csv.row({ CsvTable::localTime(r.at, zone), r.actor, words.what(r), r.subject,
                    words.change(r), words.detail(r) })) {
                *error = csv.errorString();
                return -1;
            }
            ++rows;
        }
        if (lines.size() < pageFilter.limit)
            return rows;
        pageFilter.beforeId = lines.last().id;
    }
}

} // namespace paynudge
