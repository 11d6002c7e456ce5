#include "intake/csvimport.h"

#include "config/config.h"
#include "intake/csvcolumns.h"
#include "intake/intakeerror.h"
#include "intake/orderparser.h"

#include <QFile>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

// A problem as the file words it: the field a parser names is the column as the header writes it
// ("金额(元)", not amount_fen), in the field and in the text.
Error inFileTerms(Error problem, const QHash<QString, QString> &headerOf)
{
    const QString field = problem.field;
    problem.field = headerOf.value(field, field);
    for (QString &arg : problem.args)
        if (arg == field)
            arg = problem.field;
    return problem;
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
    Report r;
    const std::optional<QByteArray> bytes = CsvReader::readFile(path, &r.fatal);
    return bytes ? read(*bytes, options) : r;
}

CsvImport::Report CsvImport::read(const QByteArray &bytes, const Options &options)
{
    Report report;
    const auto records = CsvReader::records(bytes, &report.encoding, &report.fatal, &report.fatalLine);
    if (!records)
        return report;

    // The header.
    const CsvReader::Record &header = records->first();
    report.fatalLine = header.line;
    QStringList known = OrderParser::fieldNames();
    known.removeAll(u"vars"_s); // vars come as vars.NAME columns
    known.insert(known.indexOf(u"amount_fen"_s), csvcolumns::amountYuan());
    QHash<QString, QString> headerOf; // field → the header cell that names it
    for (const QString &cell : header.fields) {
        const QString column = csvcolumns::fieldOf(cell);
        const bool isVar = column.startsWith(OrderParser::varsColumnPrefix())
            && column.size() > OrderParser::varsColumnPrefix().size();
        if (!isVar && !known.contains(column)) {
            report.fatal = { ErrorCode::CsvUnknownColumn, {},
                { cell.left(64), csvcolumns::describe(known).join(u", "_s) } };
            return report;
        }
        // Two names of one amount (fen and yuan) would disagree as easily as one named twice.
        const bool amountTwice
            = (column == u"amount_fen" && report.columns.contains(csvcolumns::amountYuan()))
            || (column == csvcolumns::amountYuan() && report.columns.contains(u"amount_fen"_s));
        if (report.columns.contains(column) || amountTwice) {
            report.fatal = { ErrorCode::CsvColumnTwice, {}, { cell.trimmed().left(64) } };
            return report;
        }
        report.columns.append(column);
        report.headers.append(cell.trimmed());
        // A problem names the column as the header does when it is not the field's own name.
        if (cell.trimmed().compare(column, Qt::CaseInsensitive) != 0)
            headerOf.insert(column, cell.trimmed());
    }
    const bool inYuan = report.columns.contains(csvcolumns::amountYuan());
    if (inYuan)
        headerOf.insert(u"amount_fen"_s, headerOf.value(csvcolumns::amountYuan(), csvcolumns::amountYuan()));
    // A shop with one account needs no account column: its orders are that account's.
    const QString onlyAccount = options.accounts.size() == 1 ? *options.accounts.cbegin() : QString();
    for (const QString &required : OrderParser::requiredFields()) {
        const bool given = report.columns.contains(required) || (required == u"amount_fen" && inYuan)
            || (required == u"account" && !onlyAccount.isEmpty());
        if (!given) {
            report.fatal = { ErrorCode::CsvMissingColumn, {},
                { required, csvcolumns::describe(OrderParser::requiredFields()).join(u", "_s) } };
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
        if (!row.contains(u"account"_s) && !onlyAccount.isEmpty())
            row.insert(u"account"_s, onlyAccount);
        if (inYuan) {
            const QString yuan = row.take(csvcolumns::amountYuan());
            if (!yuan.trimmed().isEmpty()) {
                const std::optional<qint64> fen = csvcolumns::parseYuan(yuan);
                if (!fen) {
                    const QString column = headerOf.value(csvcolumns::amountYuan(), csvcolumns::amountYuan());
                    report.bad.append({ rec.line, errorcode::InvalidValue,
                        { ErrorCode::CsvAmountNotYuan, column, { column } } });
                    continue;
                }
                row.insert(u"amount_fen"_s, QString::number(*fen));
            }
        }
        IntakeError error;
        const auto order = parser.parseText(row, &error);
        if (!order) {
            report.bad.append({ rec.line, error.code, inFileTerms(error.problem, headerOf) });
            continue;
        }
        const QString fingerprint = order->fingerprint();
        const auto earlier = seen.constFind(order->orderNo);
        if (earlier != seen.constEnd()) {
            if (earlier->fingerprint == fingerprint)
                ++report.repeated;
            else
                report.bad.append({ rec.line, errorcode::Conflict,
                    { ErrorCode::CsvOrderNoRepeated, headerOf.value(u"order_no"_s, u"order_no"_s),
                        { QString::number(earlier->line) } } });
            continue;
        }
        seen.insert(order->orderNo, { rec.line, fingerprint });
        report.good.append({ rec.line, *order });
    }
    return report;
}

} // namespace paynudge
