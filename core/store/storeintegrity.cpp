#include "store/storeintegrity.h"

#include "store/sqlitehandle.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace paynudge::storeintegrity {
namespace {

constexpr char kMagic[] = "SQLite format 3"; // and its terminating NUL: 16 bytes
constexpr qint64 kHeaderSize = 100;

struct Budget
{
    QElapsedTimer timer;
    qint64 ms = 0;
    bool ranOut = false;
};

int stopWhenSpent(void *context)
{
    auto *budget = static_cast<Budget *>(context);
    budget->ranOut = budget->timer.hasExpired(budget->ms);
    return budget->ranOut ? 1 : 0; // non-zero interrupts the statement
}

} // namespace

QString headerProblem(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return u"cannot read it: %1"_s.arg(file.errorString());
    const QByteArray head = file.read(kHeaderSize);
    if (!head.startsWith(QByteArray(kMagic, sizeof kMagic)))
        return u"file is not a database (its first bytes are not SQLite's header)"_s;
    if (head.size() < kHeaderSize)
        return u"file is truncated (%1 bytes, shorter than SQLite's header)"_s.arg(head.size());
    return {};
}

QuickCheck quickCheck(QSqlDatabase &db, int budgetMs)
{
    sqlite3 *handle = budgetMs > 0 ? sqliteHandle(db) : nullptr;
    Budget budget;
    budget.ms = budgetMs;
    budget.timer.start();
    if (handle)
        sqlite3_progress_handler(handle, 1000, &stopWhenSpent, &budget);
    QuickCheck check;
    QSqlQuery q(db);
    QStringList findings;
    const bool ran = q.exec(u"PRAGMA quick_check"_s);
    if (ran)
        while (q.next())
            findings << q.value(0).toString();
    const QString failure
        = q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
    q.finish();
    if (handle)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (budget.ranOut) {
        check.result = QuickCheck::Result::CutShort;
        check.detail = u"stopped after %1 ms"_s.arg(budgetMs);
    } else if (!ran || (findings.isEmpty() && !failure.isEmpty())) {
        check.result = QuickCheck::Result::QueryFailed;
        check.detail = failure;
    } else if (findings != QStringList { u"ok"_s }) {
        check.result = QuickCheck::Result::Damaged;
        check.detail = findings.mid(0, 3).join(u"; "_s) + (findings.size() > 3 ? u" …"_s : QString());
    }
    return check;
}

} // namespace paynudge::storeintegrity
