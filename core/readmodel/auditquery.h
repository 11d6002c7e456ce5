#pragma once

#include "store/storetypes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <functional>

class QIODevice;

namespace paynudge {

// The console's audit page (issue 17): a page of the audit log by filter, and the whole of it
// as CSV, read on a reader thread's connection (store/auditlog.h holds the SQL).
class AuditQuery
{
public:
    struct Page
    {
        QList<AuditRecord> lines; // newest first
        qint64 total = 0; // lines the filter matches, all pages
        QString error; // not empty: the store could not be read
    };
    // The words of a line's columns in the UI's language; runs on the reader thread (translations only).
    struct Words
    {
        std::function<QString(const AuditRecord &)> what; // the kind, and the action for an action line
        std::function<QString(const AuditRecord &)> change; // old → new, or "changed" for a secret
        std::function<QString(const AuditRecord &)> detail;
    };

    static Page page(QSqlDatabase &db, const AuditFilter &filter);
    // Every line `filter` matches (its limit and cursor ignored), newest first, as CSV: time (in
    // `zone`), who, what, subject, change, detail. Rows written, or -1 (and *error).
    static qint64 writeCsv(QSqlDatabase &db, const AuditFilter &filter, const QTimeZone &zone,
        const Words &words, QIODevice *out, QString *error);
    static QStringList csvHeader();
};

} // namespace paynudge
