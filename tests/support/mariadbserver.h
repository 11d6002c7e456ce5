#pragma once

#include "testdbserver.h"

namespace paynudge::test {

// The test's own MariaDB (Debian's mariadb-server): mariadb-install-db into a temporary
// directory, then mariadbd on a free port of 127.0.0.1 and a socket in that directory, as the
// current user. The superuser is root without a password, over the socket; other users log in
// over TCP with their passwords, as a shop's PayNudge would.
class MariaDbServer final : public TestDbServer
{
public:
    MariaDbServer();

    QString driver() const override;
    QString adminUser() const override;
    QString defaultDatabase() const override { return {}; }

protected:
    bool initialize(QString *error) override;
    QString serverProgram() const override { return m_server; }
    QStringList serverArguments() const override;
    void configure(QSqlDatabase &db, const QString &user, const QString &password, const QString &database,
        bool admin) const override;

private:
    QString m_installDb;
    QString m_server;
};

} // namespace paynudge::test
