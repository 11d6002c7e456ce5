#include "intake/csvimportstore.h"

#include "engine/engine.h"
#include "intake/intakeerror.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIntakeCsv, "paynudge.core.intake.csv")

namespace paynudge {
namespace {

CsvImport::BadLine takenNumber(int line)
{
    return { line, errorcode::Conflict, { ErrorCode::CsvOrderNoStored, u"order_no"_s } };
}

} // namespace

void CsvImportStore::checkAgainstStore(Engine &engine, CsvImport::Report &report)
{
    QList<CsvImport::Row> keep;
    keep.reserve(report.good.size());
    for (const CsvImport::Row &row : std::as_const(report.good)) {
        const auto stored = engine.orderByNo(row.order.orderNo);
        if (stored && stored->input.fingerprint() != row.order.fingerprint())
            report.addBad(takenNumber(row.line));
        else
            keep.append(row);
    }
    report.good = keep;
}

CsvImportStore::Outcome CsvImportStore::store(Engine &engine, CsvImport::Report &report)
{
    Outcome outcome;
    while (!report.good.isEmpty()) {
        QList<OrderInput> orders;
        orders.reserve(report.good.size());
        for (const CsvImport::Row &row : std::as_const(report.good))
            orders.append(row.order);
        bool committed = false;
        QString error;
        const QList<AcceptResult> results
            = engine.acceptOrders(orders, BatchMode::AllOrNothing, &committed, &error);
        if (committed) {
            for (const AcceptResult &r : results)
                (r.kind == AcceptResult::Kind::Created ? outcome.created : outcome.existing)++;
            outcome.committed = true;
            qCInfo(lcIntakeCsv) << "imported" << outcome.created << "orders," << outcome.existing
                                << "already stored";
            return outcome;
        }
        if (results.isEmpty() || results.last().kind != AcceptResult::Kind::Conflict) {
            outcome.error = error;
            return outcome;
        }
        const qsizetype i = results.size() - 1;
        report.addBad(takenNumber(report.good.at(i).line));
        report.good.removeAt(i);
    }
    outcome.committed = true; // nothing left to store
    return outcome;
}

} // namespace paynudge
