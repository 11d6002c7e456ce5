#include "intake/optoutcsv.h"

#include "intake/csvreader.h"
#include "intake/optoutentry.h"

#include <QFile>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace paynudge {

QStringList OptOutCsv::Report::problems(bool english) const
{
    QStringList out;
    if (fatal)
        out << (english ? fatal.englishText() : fatal.text());
    for (const Error &e : bad)
        out << (english ? e.englishText() : e.text());
    return out;
}

OptOutCsv::Report OptOutCsv::readFile(const QString &path, const QString &actor)
{
    Report r;
    const std::optional<QByteArray> bytes = CsvReader::readFile(path, &r.fatal);
    return bytes ? read(*bytes, actor) : r;
}

OptOutCsv::Report OptOutCsv::read(const QByteArray &bytes, const QString &actor)
{
    Report r;
    int openLine = 0;
    const auto records = CsvReader::records(bytes, &r.encoding, &r.fatal, &openLine);
    if (!records) {
        if (openLine > 0) // a quoted field left open
            r.fatal.field = u"line %1"_s.arg(openLine);
        return r;
    }
    QStringList header;
    for (const QString &name : records->first().fields)
        header << name.trimmed().toLower();
    const qsizetype openidAt = header.indexOf(u"openid"_s);
    const qsizetype reasonAt = header.indexOf(u"reason"_s);
    const bool known = openidAt >= 0 && header.count(u"openid"_s) == 1 && header.count(u"reason"_s) <= 1
        && header.size() == (reasonAt >= 0 ? 2 : 1);
    if (!known) {
        r.fatal = Error(ErrorCode::CsvOptOutHeader, u"line %1"_s.arg(records->first().line),
            { records->first().fields.join(u',') });
        return r;
    }

    QHash<QString, int> lineOf; // openid → the line that first gave it
    for (qsizetype i = 1; i < records->size(); ++i) {
        const CsvReader::Record &rec = records->at(i);
        ++r.dataRows;
        const QString at = u"line %1"_s.arg(rec.line);
        if (rec.fields.size() > header.size()) {
            r.bad << Error(ErrorCode::CsvTooManyCells, at,
                { QString::number(rec.fields.size()), QString::number(header.size()) });
            continue;
        }
        const QString openid = rec.fields.value(openidAt).trimmed();
        const QString reason = reasonAt >= 0 ? rec.fields.value(reasonAt).trimmed() : QString();
        if (Error e = optoutentry::check(openid, reason)) {
            e.field = at + u", "_s + e.field;
            r.bad << e;
            continue;
        }
        if (const auto seen = lineOf.constFind(openid); seen != lineOf.cend()) {
            const auto first = std::find_if(r.entries.cbegin(), r.entries.cend(),
                [&openid](const OptOutRecord &e) { return e.openid == openid; });
            if (first->reason != reason)
                r.bad << Error(ErrorCode::CsvOptOutRepeated, at + u", openid"_s, { QString::number(*seen) });
            continue;
        }
        lineOf.insert(openid, rec.line);
        r.entries << OptOutRecord { openid, reason, actor, 0 };
    }
    return r;
}

} // namespace paynudge
