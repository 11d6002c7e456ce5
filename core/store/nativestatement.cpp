#include "store/nativestatement.h"

#include "store/sqlerror.h"
#include "store/sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace paynudge {

// A multi-row INSERT is mostly placeholders: its start says which statement failed.
constexpr qsizetype kSqlShown = 200;
constexpr qsizetype kBlockSize = 64 * 1024;

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_stmt);
}

bool NativeStatement::prepare(QSqlDatabase &db, const QString &sql, QString *error)
{
    m_db = sqliteHandle(db);
    if (!m_db) {
        *error = u"not an SQLite connection"_s;
        return false;
    }
    m_sql = sql;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(
            m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        *error = sqliteReason(m_db) + u" — preparing: "_s + sql;
        m_stmt = nullptr;
        return false;
    }
    return true;
}

void NativeStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void NativeStatement::bind(int index, const QString &text)
{
    // Qt's UTF-8 conversion is vectorised; SQLite's own UTF-16 translation allocates per value.
    char *out = textSpace(m_utf8.requiredSpace(text.size()));
    char *end = m_utf8.appendToBuffer(out, text);
    sqlite3_bind_text(m_stmt, index, out, int(end - out), SQLITE_STATIC);
}

char *NativeStatement::textSpace(qsizetype bytes)
{
    if (bytes > kBlockSize) {
        m_oversized.push_back(std::make_unique<char[]>(size_t(bytes)));
        return m_oversized.back().get();
    }
    if (m_blocks.empty()) {
        m_blocks.push_back(std::make_unique<char[]>(kBlockSize));
    } else if (kBlockSize - m_used < bytes) {
        if (++m_block == m_blocks.size())
            m_blocks.push_back(std::make_unique<char[]>(kBlockSize));
        m_used = 0;
    }
    char *space = m_blocks[m_block].get() + m_used;
    m_used += bytes; // the worst case is reserved: simpler than giving back what the text did not use
    return space;
}

void NativeStatement::bind(int index, const std::optional<qint64> &value)
{
    if (value)
        sqlite3_bind_int64(m_stmt, index, *value);
    else
        sqlite3_bind_null(m_stmt, index);
}

bool NativeStatement::exec(QString *error)
{
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    const bool ok = rc == SQLITE_DONE;
    if (!ok && error)
        *error = sqliteReason(m_db) + u" — in: "_s + m_sql.simplified().left(kSqlShown);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_block = 0;
    m_used = 0;
    m_oversized.clear();
    return ok;
}

qint64 NativeStatement::changes() const
{
    return sqlite3_changes64(m_db);
}

} // namespace paynudge
