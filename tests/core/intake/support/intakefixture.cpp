#include "intakefixture.h"

#include "engineinternals.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace paynudge::test {

Config intakeConfig()
{
    Config c = testConfig();
    c.accounts.clear();
    for (const QString &key : { u"shop1"_s, u"shop2"_s }) {
        AccountConfig a;
        a.key = key;
        a.name = key;
        a.dryRun = true;
        c.accounts.append(a);
    }
    return c;
}

QJsonObject orderJson(const QString &orderNo, const QString &account)
{
    return { { u"order_no"_s, orderNo }, { u"account"_s, account },
        { u"openid"_s, u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s }, { u"nickname"_s, u"小王"_s },
        { u"product"_s, u"有机苹果 5kg"_s }, { u"amount_fen"_s, 12850 },
        { u"placed_at"_s, u"2026-03-02T18:00:00+08:00"_s } }; // = kT0
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

IntakeFixture::IntakeFixture(const Config &config)
    : fx(config)
{
    if (!fx.ok) {
        error = fx.error;
        return;
    }
    IntakeToken::Options options;
    options.settings = config.intake;
    options.settings.token = QString::fromLatin1(kIntakeToken);
    options.useKeychain = false;
    const auto token = IntakeToken::resolve(options, &error);
    if (!token)
        return;
    server = std::make_unique<IntakeServer>(*fx.engine, *token);
    if (!server->start(QHostAddress::LocalHost, 0, &error))
        return;
    client = std::make_unique<HttpClient>(server->port(), QByteArray(kIntakeToken));
    ok = true;
}

IntakeFixture::~IntakeFixture()
{
    client.reset();
    server.reset();
}

QByteArray IntakeFixture::storeDigest()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlDatabase &db = EngineInternals::connection(*fx.engine);
    QSqlQuery tables(db);
    tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        hash.addData(table.toUtf8());
        QSqlQuery rows(db);
        rows.exec(u"SELECT * FROM \"%1\" ORDER BY rowid"_s.arg(table));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData((rows.value(i).toString() + u'\x1f').toUtf8());
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}

} // namespace paynudge::test
