#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace paynudge {

// A statement prepared directly on the SQLite connection behind a QSqlDatabase (Qt documents
// QSqlDriver::handle() for this). Used only where bulk intake is bound by per-row overhead:
// the connection, its transaction and every other statement stay with Qt Sql. Values are
// always bound, never formatted into the SQL.
class NativeStatement
{
public:
    NativeStatement() = default;
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    bool prepare(QSqlDatabase &db, const QString &sql, QString *error);

    void bind(int index, qint64 value);
    void bind(int index, const QString &text); // a null QString binds as '' (text columns are NOT NULL)
    void bind(int index, const std::optional<qint64> &value);

    // Runs it to completion and makes it ready for the next bind. Returns false with the
    // SQLite message (and the statement) in *error.
    bool exec(QString *error);

    qint64 changes() const; // rows the last exec wrote

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;

    // UTF-8 of the bound texts, alive until exec (SQLite reads them in place). Written into blocks
    // kept from run to run: a multi-row insert binds hundreds of texts, and one allocation each
    // showed up in the profile.
    char *textSpace(qsizetype bytes);
    QStringEncoder m_utf8 { QStringEncoder::Utf8, QStringConverter::Flag::Stateless };
    std::vector<std::unique_ptr<char[]>> m_blocks;
    size_t m_block = 0; // the block being filled
    qsizetype m_used = 0; // bytes of it taken
    std::vector<std::unique_ptr<char[]>> m_oversized; // texts larger than a block, freed at exec
};

} // namespace paynudge
