#include "store/storecopysource.h"

#include "store/sqlerror.h"
#include "store/storebackup.h"
#include "store/storeintegrity.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <limits>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

std::atomic<int> serial { 0 };

// The schema version in the snapshot's meta table, read before Database migrates it: 0 when it has
// none (not a PayNudge store), -1 with *why when SQLite cannot read it.
int schemaVersionOf(const QString &path, QString *why)
{
    const QString connection = u"store-copy-version-%1"_s.arg(++serial);
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            *why = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'"_s)
                || !q.next()) {
                *why = sqliteReason(q.driver(), q.lastError());
            } else if (q.value(0).toInt() == 0) {
                version = 0;
            } else if (!q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s)) {
                *why = sqliteReason(q.driver(), q.lastError());
            } else {
                version = q.next() ? q.value(0).toInt() : 0;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

} // namespace

StoreCopySource::StoreCopySource() = default;

StoreCopySource::~StoreCopySource()
{
    m_db.close(); // before its folder goes
}

bool StoreCopySource::open(const QString &file, Error *error)
{
    m_file = QFileInfo(file).absoluteFilePath();
    const auto unreadable = [&](const QString &why) {
        *error = Error(ErrorCode::StoreCopySourceUnreadable, {}, { m_file, why });
        return false;
    };
    const auto unreadableBecause = [&](Error cause) {
        *error = Error(ErrorCode::StoreCopySourceUnreadable, {}, { m_file }).because(std::move(cause));
        return false;
    };
    const QFileInfo info(m_file);
    if (!info.exists() || !info.isFile()) {
        *error = Error(ErrorCode::StoreCopySourceMissing, {}, { m_file });
        return false;
    }
    if (info.size() == 0) {
        *error = Error(ErrorCode::StoreCopySourceNotAStore, {}, { m_file });
        return false;
    }
    if (const QString header = storeintegrity::headerProblem(m_file); !header.isEmpty())
        return unreadableBecause(Error(ErrorCode::StoreDamaged, {}, { m_file, header }));

    // Owner-only folder (QTemporaryDir makes it 0700) for a copy that holds every customer's openid.
    m_dir = std::make_unique<QTemporaryDir>(QDir(QDir::tempPath()).filePath(u"paynudge-store-copy-XXXXXX"_s));
    if (!m_dir->isValid())
        return unreadable(u"cannot make a temporary folder for its snapshot: "_s + m_dir->errorString());
    const QString snapshot = m_dir->filePath(u"snapshot.sqlite"_s);
    QString why;
    if (!StoreBackup::copyStore(m_file, snapshot, &why))
        return unreadable(why);

    m_fileSchema = schemaVersionOf(snapshot, &why);
    if (m_fileSchema < 0)
        return unreadable(why);
    if (m_fileSchema == 0) {
        *error = Error(ErrorCode::StoreCopySourceNotAStore, {}, { m_file });
        return false;
    }
    const int current = Database::currentSchemaVersion();
    if (m_fileSchema > current)
        return unreadableBecause(Error(ErrorCode::StoreSchemaTooNew, {},
            { m_file, QString::number(m_fileSchema), QString::number(current) }));

    Database::Options options;
    options.path = snapshot;
    options.connectionName = u"store-copy-source-%1"_s.arg(++serial);
    options.durable = false; // a throw-away copy
    // Every page is read by the copy anyway: the whole check, not the start-up's budget.
    options.integrityBudgetMs = std::numeric_limits<int>::max();
    Error opened;
    if (!m_db.open(options, &opened)) {
        if (opened.is(ErrorCode::StoreDamaged))
            return unreadableBecause(Error(ErrorCode::StoreDamaged, {}, { m_file, opened.args.value(1) }));
        return unreadableBecause(opened);
    }
    return true;
}

} // namespace paynudge
