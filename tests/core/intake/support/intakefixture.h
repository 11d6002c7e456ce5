#pragma once

#include "httpclient.h"
#include "intake/intakeserver.h"
#include "testsupport.h"

#include <QJsonObject>
#include <memory>

namespace paynudge::test {

inline constexpr char kIntakeToken[] = "intake-test-token-0123456789abcdef";

// Accounts shop1 and shop2 (both dry run) on the test defaults.
Config intakeConfig();

// An order as the shop's backend would post it (valid; tests break one field at a time).
QJsonObject orderJson(const QString &orderNo, const QString &account = QStringLiteral("shop1"));
QByteArray toBytes(const QJsonObject &object);

// An engine on a temporary store with the intake API on 127.0.0.1 (any free port) and a client
// holding the token, on one keep-alive connection.
struct IntakeFixture
{
    explicit IntakeFixture(const Config &config = intakeConfig());
    ~IntakeFixture();

    EngineFixture fx;
    std::unique_ptr<IntakeServer> server;
    std::unique_ptr<HttpClient> client;
    bool ok = false;
    QString error;

    Engine &engine() { return *fx.engine; }
    // Every row of every table, hashed: equal digests mean the store did not change.
    QByteArray storeDigest();
};

} // namespace paynudge::test
