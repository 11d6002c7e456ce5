// Screenshots of the console on a shared PostgreSQL store (issue 16): the pending list and the
// send history with the status bar naming the engines on the store (one of them not answering)
// and the history's "sent by" column. The test's own PostgreSQL 15 holds the store; the other
// engines are rows in its `engines` table and names on the attempts. Not a test: for looking at
// them. Files: shared-pending[.LANG].png, shared-history[.LANG].png.
//
//   QT_QPA_PLATFORM=offscreen build/ci/tests/ui/console/shared_screenshots OUTDIR [language [draft.qm]]
#include "console/historyview.h"
#include "console/mainwindow.h"
#include "console/pendingordersmodel.h"
#include "console/pendingview.h"
#include "consolefixture.h"
#include "engine/engine.h"
#include "engineinternals.h"
#include "postgresserver.h"
#include "shell/translations.h"

#include <QApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

static bool write(Engine &engine, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(EngineInternals::connection(engine));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString outDir = app.arguments().value(1, u"."_s);
    const QString language = app.arguments().value(2);
    const QString suffix = language.isEmpty() ? QString() : u"."_s + language;
    Translations::install(language.isEmpty() ? u"en"_s : language);
    // A draft of strings not yet in the shipped translations, to see them in place (optional).
    QTranslator draft;
    if (const QString qm = app.arguments().value(3); !qm.isEmpty() && draft.load(qm))
        QCoreApplication::installTranslator(&draft);
    QDir().mkpath(outDir);

    PostgresServer server;
    if (!server.unavailableReason().isEmpty() || !server.start() || !server.exec(u"CREATE DATABASE shop"_s)) {
        fprintf(stderr, "no PostgreSQL: %s %s\n", qPrintable(server.unavailableReason()),
            qPrintable(server.errorString()));
        return 1;
    }
    qputenv("PAYNUDGE_SHOTS_PASSWORD", server.adminPassword().toUtf8());
    Config config = ConsoleFixture::consoleConfig();
    config.store.backend = u"postgres"_s;
    config.store.host = server.host();
    config.store.port = server.port();
    config.store.database = u"shop"_s;
    config.store.user = server.adminUser();
    config.store.passwordEnv = u"PAYNUDGE_SHOTS_PASSWORD"_s;
    config.store.sslMode = u"disable"_s;
    config.store.instance = u"前台电脑"_s;
    ConsoleFixture c(config);
    if (!c.f->ok) {
        fprintf(stderr, "cannot open the store: %s\n", qPrintable(c.f->error));
        return 1;
    }
    struct Sample
    {
        const char16_t *nick;
        const char16_t *product;
        qint64 fen;
        const char *account;
    };
    const Sample samples[] = {
        { u"小王", u"有机苹果 5kg", 12850, "shop1" },
        { u"陈小姐", u"云南普洱茶饼 357g", 26800, "shop2" },
        { u"老周", u"安溪铁观音 250g", 12800, "shop2" },
        { u"Lily", u"赣南脐橙 5kg", 5990, "shop1" },
        { u"欧阳小芸", u"五常大米 10kg", 8990, "shop1" },
        { u"阿明", u"蜂蜜 500g", 6800, "shop2" },
        { u"张先生", u"核桃 1kg", 9900, "shop1" },
        { u"小李", u"龙井茶 100g", 15800, "shop2" },
    };
    int n = 0;
    for (const Sample &s : samples) {
        c.add(u"XL2026030%1"_s.arg(100 + n), kT0 - (40 - 4 * n) * 60 * kSecond, s.fen,
            QString::fromLatin1(s.account), QString::fromUtf16(s.nick),
            u"oXl3kQ8v2Yd0PzR7mN4cTa91Bf%1"_s.arg(n));
        // The fixture's orders all sell one product; a shop's list does not.
        write(c.engine(), u"UPDATE orders SET product = ? WHERE order_no = ?"_s,
            { QString::fromUtf16(s.product), u"XL2026030%1"_s.arg(100 + n) });
        ++n;
    }
    c.engine().start();
    if (!c.advance(kSecond))
        fprintf(stderr, "the first sends were not recorded in time\n");
    // Who sent what: three engines on the shop's PCs, one of them gone quiet.
    const QStringList engines { u"前台电脑"_s, u"仓库电脑"_s, u"客服-小张"_s };
    QSqlQuery ids(EngineInternals::connection(c.engine()));
    ids.exec(u"SELECT id FROM send_attempts ORDER BY id"_s);
    QList<qint64> attemptIds;
    while (ids.next())
        attemptIds << ids.value(0).toLongLong();
    for (qsizetype i = 0; i < attemptIds.size(); ++i)
        write(c.engine(), u"UPDATE send_attempts SET engine = ? WHERE id = ?"_s,
            { engines.at(i % engines.size()), attemptIds.at(i) });
    const qint64 now = c.f->clock.nowMs();
    write(c.engine(), u"DELETE FROM engines"_s);
    write(c.engine(),
        u"INSERT INTO engines (instance, host, pid, version, started_at, heartbeat_at, stopped_at) VALUES "
        u"(?, 'pc-front', 4120, '1.0', ?, ?, NULL), (?, 'pc-store', 3312, '1.0', ?, ?, NULL), "
        u"(?, 'pc-service', 2875, '1.0', ?, ?, NULL)"_s,
        { engines.at(0), now - 7200'000, now, engines.at(1), now - 7200'000, now - 12'000, engines.at(2),
            now - 7200'000, now - 185'000 });

    MainWindow window(c.engine());
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTest::qWait(1500);
    const auto save = [&](const QString &name) {
        const QString path = QDir(outDir).filePath(name + suffix + u".png"_s);
        window.grab().save(path);
        fprintf(stderr, "saved %s\n", qPrintable(path));
    };
    window.tabs().setCurrentIndex(0);
    QTest::qWait(700);
    save(u"shared-pending"_s);
    window.tabs().setCurrentIndex(1);
    QTest::qWait(700);
    save(u"shared-history"_s);
    c.engine().stop();
    return 0;
}
