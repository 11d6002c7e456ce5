#pragma once

#include "testdbserver.h"

#include <sys/types.h>

namespace paynudge::test {

// The test's own PostgreSQL (Debian's postgresql-15): initdb into a temporary directory, then
// postgres on a free port of 127.0.0.1 with its socket in that directory. PostgreSQL refuses to
// run as root, so under root the server and its tools run as the system user `postgres` (the
// temporary directory is handed to it). The superuser `postgres` has a random password; every
// login over TCP checks its password (scram-sha-256), so a wrong one is refused as on a shop's
// server. synchronous_commit is on: a committed row survives a kill() (not a power cut: fsync is off).
class PostgresServer final : public TestDbServer
{
public:
    PostgresServer();

    QString driver() const override;
    QString adminUser() const override;
    QString defaultDatabase() const override;

protected:
    bool initialize(QString *error) override;
    QString serverProgram() const override;
    QStringList serverArguments() const override;
    void configure(QSqlDatabase &db, const QString &user, const QString &password, const QString &database,
        bool admin) const override;
    std::function<void()> childSetup() const override;

private:
    QString m_binDir;
    bool m_dropRoot = false;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
};

} // namespace paynudge::test
