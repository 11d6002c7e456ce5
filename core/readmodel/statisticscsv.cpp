#include "readmodel/statisticscsv.h"

#include "readmodel/csvtable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

constexpr char kStatisticsCsvContext[] = "paynudge::StatisticsCsv";

QStringList cells(const QString &from, const QString &to, const QString &account, const AccountStatistics &a)
{
    // The rate as a plain number with a dot, whatever the locale: a spreadsheet sums it.
    const QString rate = a.reminded > 0 ? QString::number(100.0 * a.rate(), 'f', 1) : QString();
    return { from, to, account, QString::number(a.sent), QString::number(a.failed),
        QString::number(a.reminded), QString::number(a.paidAfterReminder), rate,
        CsvTable::yuan(a.recoveredFen) };
}

} // namespace

QStringList StatisticsCsv::header()
{
    static const char *const columns[] = {
        QT_TRANSLATE_NOOP("paynudge::StatisticsCsv", "From"),
        QT_TRANSLATE_NOOP("paynudge::StatisticsCsv", "To"),
        QT_TRANSLATE_NOOP("paynudge::StatisticsCsv", "Account"),
        QT_TRANSLATE_NOOP("paynudge::StatisticsCsv", "Reminders sent"),
        QT_TRANSLATE_NOOP("paynudge::StatisticsCsv", "Failed"),
        QT_TRANSLATE_NOOP("paynudge::StatisticsCsv", "Orders first reminded"),
        QT_TRANSLATE_NOOP("paynudge::StatisticsCsv", "Orders paid after a reminder"),
        QT_TRANSLATE_NOOP("paynudge::StatisticsCsv", "Recovery rate (%)"),
        QT_TRANSLATE_NOOP("paynudge::StatisticsCsv", "Amount recovered (yuan)"),
    };
    QStringList out;
    for (const char *c : columns)
        out << QCoreApplication::translate(kStatisticsCsvContext, c);
    return out;
}

bool StatisticsCsv::write(const Statistics &s, const QTimeZone &zone, const AccountName &accountName,
    QIODevice *out, QString *error)
{
    CsvTable csv(out);
    const QString from = s.bounds.isEmpty() ? QString() : CsvTable::localTime(s.bounds.first(), zone);
    const QString to = s.bounds.isEmpty() ? QString() : CsvTable::localTime(s.bounds.last(), zone);
    bool ok = csv.begin(header());
    for (const AccountStatistics &a : s.perAccount)
        ok = ok && csv.row(cells(from, to, accountName ? accountName(a.account) : a.account, a));
    AccountStatistics total;
    total.sent = s.sent;
    total.failed = s.failed;
    total.reminded = s.reminded;
    total.paidAfterReminder = s.paidAfterReminder;
    total.recoveredFen = s.recoveredFen;
    ok = ok
        && csv.row(cells(from, to,
            QCoreApplication::translate(
                kStatisticsCsvContext, QT_TRANSLATE_NOOP("paynudge::StatisticsCsv", "All accounts")),
            total));
    if (!ok)
        *error = csv.errorString();
    return ok;
}

} // namespace paynudge
