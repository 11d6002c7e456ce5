#include "appprocess.h"
#include "store/database.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// `paynudge optout-import FILE [--actor NAME]` (issue 17): the real binary, its exit codes (import's),
// all or nothing, and the audit lines in the actor's name.
class TestOptOutImportCommand : public QObject
{
    Q_OBJECT

    static QString writeFile(const AppProcess &app, const QString &name, const QByteArray &content)
    {
        const QString path = QFileInfo(app.configPath()).absolutePath() + u'/' + name;
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(content);
        return path;
    }

    static int run(AppProcess &app, const QStringList &args)
    {
        if (!app.start(args) || !app.waitForExit(60000))
            return -1;
        return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    }

    static qint64 scalar(const QString &storePath, const QString &sql)
    {
        static int n = 0;
        Database db;
        QString error;
        if (!db.open({ storePath, u"check%1"_s.arg(++n), true }, &error))
            return -1;
        QSqlQuery q(db.db());
        const qint64 v = q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        q.finish();
        return v;
    }

private slots:
    void storesTheFileInOneGoAsTheActor()
    {
        AppProcess app;
        app.writeConfig(u"[reminder]\nrounds=600\n"_s);
        const QString csv = writeFile(app, u"optouts.csv"_s, "openid,reason\noA1,complained\noB2,\n");
        QCOMPARE(run(app, { u"optout-import"_s, csv, u"--actor"_s, u"crm-sync"_s }), 0);
        const QString out = app.output();
        QVERIFY2(out.contains(u"2 added, 0 changed, 0 already listed alike (as crm-sync"_s), qPrintable(out));
        QCOMPARE(scalar(app.storePath(), u"SELECT COUNT(*) FROM optouts"_s), 2);
        QCOMPARE(scalar(app.storePath(),
                     u"SELECT COUNT(*) FROM audit_log WHERE kind = 'optout' AND actor = 'crm-sync'"_s),
            2);
        // Again with a changed reason: one changed, one alike.
        writeFile(app, u"optouts.csv"_s, "openid,reason\noA1,asked\noB2,\n");
        QCOMPARE(run(app, { u"optout-import"_s, csv }), 0);
        QVERIFY2(
            app.output().contains(u"0 added, 1 changed, 1 already listed alike"_s), qPrintable(app.output()));
    }

    void aBadLineStoresNothingAndExits4()
    {
        AppProcess app;
        app.writeConfig(u"[reminder]\nrounds=600\n"_s);
        const QString csv = writeFile(app, u"bad.csv"_s, "openid,reason\noA1,fine\no.bad,dots\n");
        QCOMPARE(run(app, { u"optout-import"_s, csv }), 4);
        const QString out = app.output();
        QVERIFY2(out.contains(u"line 3, openid: openid must be"_s), qPrintable(out));
        QVERIFY(out.contains(u"nothing was stored"_s));
        QVERIFY(scalar(app.storePath(), u"SELECT COUNT(*) FROM optouts"_s) <= 0); // no store, or empty
        QCOMPARE(run(app, { u"optout-import"_s, writeFile(app, u"h.csv"_s, "order_no\nA1\n") }), 4);
        QCOMPARE(run(app, { u"optout-import"_s, u"/nonexistent/x.csv"_s }), 4);
    }

    void usageMistakesExit2()
    {
        AppProcess app;
        app.writeConfig(u"[reminder]\nrounds=600\n"_s);
        QCOMPARE(run(app, { u"optout-import"_s }), 2);
        QCOMPARE(
            run(app, { u"import"_s, u"x.csv"_s, u"--actor"_s, u"me"_s }), 2); // --actor is optout-import's
        QVERIFY(app.output().contains(u"--actor goes with the optout-import command"_s));
        app.writeConfig(u"[reminder]\nrounds=banana\n"_s);
        QCOMPARE(run(app, { u"optout-import"_s, writeFile(app, u"ok.csv"_s, "openid\noA1\n") }), 2);
    }

    void aStoreThatCannotOpenExits1()
    {
        AppProcess app;
        app.writeConfig(u"[reminder]\nrounds=600\n"_s);
        const QString csv = writeFile(app, u"ok.csv"_s, "openid\noA1\n");
        QFile blocker(app.dataDir()); // a file where the data folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QCOMPARE(run(app, { u"optout-import"_s, csv }), 1);
        QVERIFY(app.output().contains(u"nothing was stored"_s));
    }
};

QTEST_GUILESS_MAIN(TestOptOutImportCommand)
#include "tst_optoutimportcommand.moc"
