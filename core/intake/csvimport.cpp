#include "intake/csvimport.h"

#include "config/config.h"
#include "intake/intakeerror.h"
#include "intake/orderparser.h"

#include <QFile>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

// Column names as the API spells its fields; matched without regard to case ("Order_No").
// "vars.NAME" keeps NAME as written.
QString normalizedColumn(const QString &header)
{
    const QString h = header.trimmed();
    const QString prefix = OrderParser::varsColumnPrefix();
    if (h.startsWith(prefix, Qt::CaseInsensitive))
        return prefix + h.mid(prefix.size());
    return h.toLower();
}

} // namespace

void CsvImport::Report::addBad(const BadLine &line)
{
    const auto at = std::upper_bound(
        bad.begin(), bad.end(), line.line, [](int l, const BadLine &b) { return l < b.line; });
    bad.insert(at, line);
}

CsvImport::Options CsvImport::optionsFor(const Config &config)
{
    Options o;
    for (const AccountConfig &a : config.accounts)
        o.accounts.insert(a.key);
    o.zone = config.reminder.plan.zone;
    return o;
}

CsvImport::Report CsvImport::readFile(const QString &path, const Options &options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Report r;
        r.fatal = { ErrorCode::CsvCannotRead, {}, { path, f.errorString() } };
        return r;
    }
    return read(f.readAll(), options);
}

CsvImport::Report CsvImport::read(const QByteArray &bytes, const Options &options)
{
    Report report;
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    const auto text = CsvReader::decode(bytes, &encoding, &report.fatal);
    if (!text)
        return report;
    report.encoding = CsvReader::encodingName(encoding);
    const auto records = CsvReader::parse(*text, &report.fatal, &report.fatalLine);
    if (!records)
        return report;
    if (records->isEmpty()) {
        report.fatal = ErrorCode::CsvEmpty;
        return report;
    }

    // The header.
    const CsvReader::Record &header = records->first();
    report.fatalLine = header.line;
    QStringList known = OrderParser::fieldNames();
    known.removeAll(u"vars"_s); // vars come as vars.NAME columns
    for (const QString &cell : header.fields) {
        const QString column = normalizedColumn(cell);
        const bool isVar = column.startsWith(OrderParser::varsColumnPrefix())
            && column.size() > OrderParser::varsColumnPrefix().size();
        if (!isVar && !known.contains(column)) {
            report.fatal = { ErrorCode::CsvUnknownColumn, {}, { cell.left(64), known.join(u", "_s) } };
            return report;
        }
        if (report.columns.contains(column)) {
            report.fatal = { ErrorCode::CsvColumnTwice, {}, { column } };
            return report;
        }
        report.columns.append(column);
    }
    for (const QString &required : OrderParser::requiredFields()) {
        if (!report.columns.contains(required)) {
            report.fatal = { ErrorCode::CsvMissingColumn, {},
                { required, OrderParser::requiredFields().join(u", "_s) } };
            return report;
        }
    }
    report.fatalLine = 0;

    OrderParser::Options parserOptions;
    parserOptions.accounts = options.accounts;
    parserOptions.textValues = true;
    parserOptions.localZone = options.zone;
    const OrderParser parser(parserOptions);

    struct Seen
    {
        int line;
        QString fingerprint;
    };
    QHash<QString, Seen> seen; // order_no → first line with it
    for (qsizetype i = 1; i < records->size(); ++i) {
        const CsvReader::Record &rec = records->at(i);
        ++report.dataRows;
        if (report.preview.size() < options.previewRows)
            report.preview.append(rec);
        if (rec.fields.size() > report.columns.size()) {
            report.bad.append({ rec.line, errorcode::InvalidValue,
                { ErrorCode::CsvTooManyCells, {},
                    { QString::number(rec.fields.size()), QString::number(report.columns.size()) } } });
            continue;
        }
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < rec.fields.size(); ++c)
            row.insert(report.columns.at(c), rec.fields.at(c));
        IntakeError error;
        const auto order = parser.parseText(row, &error);
        if (!order) {
            report.bad.append({ rec.line, error.code, error.problem });
            continue;
        }
        const QString fingerprint = order->fingerprint();
        const auto earlier = seen.constFind(order->orderNo);
        if (earlier != seen.constEnd()) {
            if (earlier->fingerprint == fingerprint)
                ++report.repeated;
            else
                report.bad.append({ rec.line, errorcode::Conflict,
                    { ErrorCode::CsvOrderNoRepeated, u"order_no"_s, { QString::number(earlier->line) } } });
            continue;
        }
        seen.insert(order->orderNo, { rec.line, fingerprint });
        report.good.append({ rec.line, *order });
    }
    return report;
}

} // namespace paynudge
