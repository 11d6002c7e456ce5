#pragma once

#include "common/error.h"
#include "store/storetypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace paynudge {

// A do-not-remind list from a CSV file (the window's import and `paynudge optout-import FILE`):
// a header "openid" or "openid,reason", then one customer per line, UTF-8 with or without a BOM
// (or GB18030, as Excel saves on Chinese Windows). All or nothing: one bad line and the file is
// not used, every bad line named, so the operator fixes the file once.
class OptOutCsv
{
public:
    struct Report
    {
        Error fatal; // the file as a whole (unreadable, no text, a wrong header)
        QString encoding;
        int dataRows = 0;
        QList<OptOutRecord> entries; // openid and reason; an openid given twice alike appears once
        QList<Error> bad; // one per bad line, its field "line N, openid" / "line N, reason"

        bool usable() const { return !fatal && bad.isEmpty(); }
        // What is wrong, one line each (fatal first), in English or (translated) the operator's language.
        QStringList problems(bool english) const;
    };

    // `actor` goes into each entry (who imported it).
    static Report read(const QByteArray &bytes, const QString &actor);
    static Report readFile(const QString &path, const QString &actor);
};

} // namespace paynudge
