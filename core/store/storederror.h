#pragma once

#include "common/error.h"

#include <QString>

class QSqlQuery;

namespace paynudge {

// What a history row says: the English it keeps (errmsg: the export, the log) and the same as a
// code where it has one (reason_code, reason_args: the console words it).
struct StoredReason
{
    QString text;
    Error problem;

    StoredReason(const QString &words)
        : text(words)
    { }
    StoredReason(const Error &error)
        : text(error.englishText())
        , problem(error)
    { }
    StoredReason(ErrorCode code)
        : StoredReason(Error(code))
    { }
};

// An error as the store keeps it beside its English words: the code's stable name and its args as
// a JSON array, the error it words around (its cause) as an object at the array's end. A name this
// version does not know (a later one wrote it) reads as no code, and the stored words show.
namespace storedError {

QString code(const Error &error);
QString args(const Error &error);
Error read(const QString &codeName, const QString &args);
// Binds code(error) and args(error), in that order, as the next two values of `query`.
void bind(QSqlQuery &query, const Error &error);

} // namespace storedError
} // namespace paynudge
