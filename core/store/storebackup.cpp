#include "store/storebackup.h"

#include "store/sqlitehandle.h"
#include "store/storeintegrity.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QVariant>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

// The copy holds every customer's openid and amount: created owner-only whatever the umask.
bool createPrivate(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = u"cannot create %1: %2"_s.arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    ::fchmod(fd, 0600);
    ::close(fd);
    return true;
}

} // namespace

StoreBackup::~StoreBackup()
{
    abandon();
}

bool StoreBackup::start(QSqlDatabase &source, const QString &target, QString *error)
{
    abandon();
    sqlite3 *src = sqliteHandle(source);
    if (!src) {
        *error = u"the store is not an open SQLite connection"_s;
        return false;
    }
    if (QFileInfo::exists(target)) {
        *error = u"%1 exists already; PayNudge does not overwrite a file with a backup (remove it or choose "
                 u"another name)"_s.arg(target);
        return false;
    }
    m_target = target;
    m_part = target + u".part"_s;
    QFile::remove(m_part); // what an interrupted earlier attempt left
    if (!createPrivate(m_part, error))
        return false;
    if (sqlite3_open_v2(QFile::encodeName(m_part).constData(), &m_dest, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        *error = u"cannot open %1: %2"_s.arg(m_part, QString::fromUtf8(sqlite3_errmsg(m_dest)));
        abandon();
        return false;
    }
    m_backup = sqlite3_backup_init(m_dest, "main", src, "main");
    if (!m_backup) {
        *error = u"cannot start the backup: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(m_dest)));
        abandon();
        return false;
    }
    return true;
}

StoreBackup::Step StoreBackup::step(int pages, QString *error)
{
    if (!m_backup) {
        *error = u"no backup is running"_s;
        return Step::Failed;
    }
    const int rc = sqlite3_backup_step(m_backup, pages);
    if (rc == SQLITE_OK)
        return Step::More;
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return Step::Busy;
    if (rc != SQLITE_DONE) {
        *error = u"the backup failed: %1"_s.arg(QString::fromUtf8(sqlite3_errstr(rc)));
        abandon();
        return Step::Failed;
    }
    sqlite3_backup_finish(m_backup);
    m_backup = nullptr;
    // The copy is a standalone file: its own rollback journal, not a WAL that would need its -wal.
    sqlite3_exec(m_dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    const int closed = sqlite3_close(m_dest);
    m_dest = nullptr;
    if (closed != SQLITE_OK || !QFile::rename(m_part, m_target)) {
        *error = u"cannot finish the backup %1 (is %1 there already?)"_s.arg(m_target);
        abandon();
        return Step::Failed;
    }
    m_part.clear();
    return Step::Done;
}

void StoreBackup::abandon()
{
    if (m_backup)
        sqlite3_backup_finish(m_backup);
    m_backup = nullptr;
    if (m_dest)
        sqlite3_close(m_dest);
    m_dest = nullptr;
    if (!m_part.isEmpty()) {
        QFile::remove(m_part);
        QFile::remove(m_part + u"-journal"_s);
    }
    m_part.clear();
}

bool StoreBackup::copyStore(const QString &storePath, const QString &target, QString *error)
{
    const QFileInfo info(storePath);
    if (!info.exists() || info.size() == 0) {
        *error = u"there is no store at %1 to back up"_s.arg(storePath);
        return false;
    }
    if (const QString header = storeintegrity::headerProblem(storePath); !header.isEmpty()) {
        *error
            = u"the store %1 is damaged (SQLite: %2); a backup of it would be too"_s.arg(storePath, header);
        return false;
    }
    static std::atomic<int> serial { 0 };
    const QString connection = u"backup-source-%1"_s.arg(++serial);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(storePath);
        // Never takes the store's lock or changes it: it reads beside a running engine.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            *error = u"cannot open the store %1: %2"_s.arg(storePath, db.lastError().text());
        } else {
            StoreBackup backup;
            if (backup.start(db, target, error)) {
                Step s = Step::Busy;
                for (int tries = 0; s == Step::Busy && tries < 100; ++tries) {
                    s = backup.step(-1, error); // all pages in one read transaction: one consistent version
                    if (s == Step::Busy)
                        ::usleep(100 * 1000);
                }
                ok = s == Step::Done;
                if (s == Step::Busy)
                    *error = u"the store stayed locked for 10 seconds; nothing was written"_s;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace paynudge
