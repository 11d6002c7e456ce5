#include "config/configaudit.h"
#include "engine/testmessage.h"
#include "engineinternals.h"
#include "pgteststore.h"
#include "store/auditlog.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The audit log (issue 17) on both stores: reading it by filter and page, the engine's audit of
// operator actions, of settings saved by the dialog and of hand edits of the configuration file.
class TestAuditLog : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineFixture> f;

    Store &store() { return EngineInternals::store(*f->engine); }
    QList<AuditRecord> all(const QString &kind = {})
    {
        AuditFilter filter;
        filter.kind = kind;
        QString error;
        const QList<AuditRecord> lines = f->engine->auditLines(filter, nullptr, &error);
        if (!error.isEmpty())
            qWarning().noquote() << error;
        return lines;
    }
    static AuditRecord line(qint64 at, const QString &actor, const char16_t *kind, const QString &subject,
        const QString &oldValue = {}, const QString &newValue = {}, const QString &detail = {})
    {
        return { 0, at, actor, QString::fromUtf16(kind), subject, oldValue, newValue, detail };
    }
    // The engine opened again on its store with `config` (a restart after a hand edit of the file).
    void restartWith(const Config &config)
    {
        f->engine.reset();
        f->engine = std::make_unique<Engine>();
        Engine::Options options;
        options.config = f->onSameStore(config);
        options.dataDir = f->dir.path();
        options.clock = &f->clock;
        QVERIFY2(f->engine->open(options, &f->error), qPrintable(f->error));
    }

private slots:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        PAYNUDGE_INIT_FIXTURE(*f);
    }
    void cleanup() { f.reset(); }

    void firstStartKeepsTheSnapshotAndAuditsNothing()
    {
        QCOMPARE(all().size(), 0);
        QString error;
        const auto snapshot = store().configSnapshot(&error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(configaudit::valuesOfSnapshot(*snapshot)->value(u"policy/perCustomerDaily"_s),
            QString::number(testConfig().policy.perCustomerDaily));
    }

    void readsByFilterNewestFirstInPages()
    {
        QString error;
        QVERIFY2(
            store().appendAudit(
                { line(kT0, u"alice"_s, auditKind::Setting, u"policy/perCustomerDaily"_s, u"2"_s, u"3"_s),
                    line(kT0 + kMinute, u"bob"_s, auditKind::Action, u"A1 #1"_s, {}, u"skip"_s),
                    line(kT0 + 2 * kMinute, u"alice"_s, auditKind::Action, u"A2 #2"_s, {}, u"send_now"_s,
                        u"50% off"_s),
                    line(kT0 + 2 * kMinute, u"alice"_s, auditKind::OptOut, u"oX"_s),
                    line(kT0 + 3 * kMinute, u"carol"_s, auditKind::Setting, u"reminder/rounds"_s, u"600"_s,
                        u"600,close-1800"_s) },
                &error),
            qPrintable(error));

        AuditFilter filter;
        qint64 total = -1;
        QList<AuditRecord> lines = store().readAudit(filter, &total, &error);
        QCOMPARE(total, 5);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.first().actor, u"carol"_s); // newest first
        QCOMPARE(lines.at(1).kind, u"optout"_s); // same time: the later line first
        QCOMPARE(lines.last().oldValue, u"2"_s);

        filter.kind = u"action"_s;
        QCOMPARE(store().readAudit(filter, &total, &error).size(), 2);
        QCOMPARE(total, 2);
        filter.kind.clear();
        filter.actor = u"alice"_s;
        QCOMPARE(store().readAudit(filter, &total, &error).size(), 3);
        filter.actor.clear();
        filter.from = kT0 + kMinute;
        filter.to = kT0 + 3 * kMinute; // to is exclusive
        lines = store().readAudit(filter, &total, &error);
        QCOMPARE(total, 3);
        QCOMPARE(lines.first().kind, u"optout"_s);
        QCOMPARE(lines.last().actor, u"bob"_s);
        filter = {};
        filter.search = u"CLOSE-"_s; // in the values, whatever the case
        lines = store().readAudit(filter, &total, &error);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().subject, u"reminder/rounds"_s);
        filter.search = u"%"_s; // literally: only the detail that has one
        QCOMPARE(store().readAudit(filter, &total, &error).size(), 1);
        filter.search = u"_"_s; // no subject or value has an underscore but the action names
        QCOMPARE(store().readAudit(filter, &total, &error).size(), 1); // "send_now"

        // Pages of two: each older than the last line of the one before, the total for all.
        filter = {};
        filter.limit = 2;
        QStringList seen;
        for (int page = 0; page < 4; ++page) {
            lines = store().readAudit(filter, &total, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(total, 5);
            if (lines.isEmpty())
                break;
            for (const AuditRecord &r : lines)
                seen << r.actor + u':' + r.kind;
            filter.beforeId = lines.last().id;
        }
        QCOMPARE(seen,
            QStringList({ u"carol:setting"_s, u"alice:optout"_s, u"alice:action"_s, u"bob:action"_s,
                u"alice:setting"_s }));
    }

    void readUsesAnIndex()
    {
        QSqlDatabase &db = EngineInternals::connection(*f->engine);
        const bool pg = db.driverName() == u"QPSQL";
        QSqlQuery q(db);
        if (pg) // a tiny table is read whole unless the planner is told not to
            QVERIFY(q.exec(u"SET enable_seqscan = off"_s));
        const auto planOf = [&](const AuditFilter &filter) -> QString {
            QVariantList binds;
            QString sql
                = AuditLog::pageStatement(filter, pg ? SqlDialect::Postgres : SqlDialect::Sqlite, &binds);
            QSqlQuery plan(db);
            QStringList rows;
            if (pg) {
                // PostgreSQL 15 cannot PREPARE an EXPLAIN: the statement is prepared as it is, with
                // its placeholders, and explained for the test's own constants (numbers and a kind).
                QStringList args;
                for (qsizetype i = 0, n = 0; i < sql.size(); ++i)
                    if (sql.at(i) == u'?')
                        sql.replace(i, 1, u"$"_s + QString::number(++n));
                for (const QVariant &v : std::as_const(binds))
                    args << (v.typeId() == QMetaType::QString ? u"'"_s + v.toString() + u"'"_s
                                                              : v.toString());
                QSqlQuery(db).exec(u"DEALLOCATE audit_plan"_s);
                if (!plan.exec(u"PREPARE audit_plan AS "_s + sql))
                    return plan.lastError().text();
                if (!plan.exec(u"EXPLAIN EXECUTE audit_plan("_s + args.join(u", "_s) + u')'))
                    return plan.lastError().text();
                while (plan.next())
                    rows << plan.value(0).toString();
                return rows.join(u'\n');
            }
            if (!plan.prepare(u"EXPLAIN QUERY PLAN "_s + sql))
                return u"cannot prepare"_s;
            for (const QVariant &v : std::as_const(binds))
                plan.addBindValue(v);
            if (!plan.exec())
                return plan.lastError().text();
            while (plan.next())
                rows << plan.value(3).toString();
            return rows.join(u'\n');
        };
        AuditFilter range;
        range.from = kT0;
        range.to = kT0 + kMinute;
        QString plan = planOf(range);
        QVERIFY2(plan.contains(u"audit_log_at"_s), qPrintable(plan));
        AuditFilter byKind = range;
        byKind.kind = u"setting"_s;
        plan = planOf(byKind);
        QVERIFY2(plan.contains(u"audit_log_kind_at"_s), qPrintable(plan));
        if (pg)
            QVERIFY(q.exec(u"SET enable_seqscan = on"_s));
    }

    void operatorActionsAreAudited()
    {
        QCOMPARE(f->engine->acceptOrder(sampleOrder(u"A1"_s, kT0)).kind, AcceptResult::Kind::Created);
        QCOMPARE(f->engine->acceptOrder(sampleOrder(u"A2"_s, kT0)).kind, AcceptResult::Kind::Created);
        const ReminderRecord r1 = f->onlyReminder(u"A1"_s);
        const ReminderRecord r2 = f->onlyReminder(u"A2"_s);
        QSignalSpy changed(f->engine.get(), &Engine::auditChanged);

        QVERIFY(!f->engine->skipReminder(r1.id, u"alice"_s));
        QVERIFY(!f->engine->sendNow(r2.id, u"bob"_s));
        QVERIFY(!f->engine->resendOrder(r1.orderId, u"alice"_s));
        QVERIFY(f->engine->resolveUnknown(r2.id, true, u"carol"_s)); // not unknown: refused, audited so
        f->engine->pauseAll(Error(ErrorCode::PausedBy, {}, { u"dave"_s }));
        f->engine->resumeAll(u"dave"_s);
        f->engine->pauseAccount(Config::implicitAccountKey(), Error(ErrorCode::PausedBy, {}, { u"erin"_s }));
        f->engine->resumeAccount(Config::implicitAccountKey(), u"erin"_s);
        f->engine->pauseAll(Error(ErrorCode::TemplateNotListed)); // not an operator's: not audited

        const QList<AuditRecord> lines = all(u"action"_s);
        QCOMPARE(changed.size(), 8);
        QCOMPARE(lines.size(), 8);
        const auto at = [&](int i) { return lines.at(lines.size() - 1 - i); }; // oldest first
        QCOMPARE(at(0).actor, u"alice"_s);
        QCOMPARE(at(0).newValue, u"skip"_s);
        QCOMPARE(at(0).subject, u"A1 #%1"_s.arg(r1.id));
        QCOMPARE(at(0).detail, QString()); // done
        QCOMPARE(at(1).newValue, u"send_now"_s);
        QCOMPARE(at(1).subject, u"A2 #%1"_s.arg(r2.id));
        QCOMPARE(at(2).newValue, u"resend"_s);
        QCOMPARE(at(2).subject, u"A1"_s);
        QCOMPARE(at(3).newValue, u"resolve_sent"_s);
        QCOMPARE(at(3).actor, u"carol"_s);
        QVERIFY(!at(3).detail.isEmpty()); // why it was refused
        QCOMPARE(at(4).newValue, u"pause"_s);
        QCOMPARE(at(4).subject, AccountState::allAccounts());
        QCOMPARE(at(5).newValue, u"resume"_s);
        QCOMPARE(at(6).subject, Config::implicitAccountKey());
        QCOMPARE(at(7).actor, u"erin"_s);
        QCOMPARE(at(7).at, kT0);
    }

    void aTestMessageIsAuditedWithTheOpenidMasked()
    {
        const QString openid = u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s;
        QSignalSpy changed(f->engine.get(), &Engine::auditChanged);
        bool done = false;
        QVERIFY(!TestMessage::send(
            *f->engine, Config::implicitAccountKey(), openid, this, [&](const SendResult &) { done = true; },
            u"alice"_s));
        QTRY_VERIFY(done);
        const QList<AuditRecord> lines = all(u"action"_s);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().actor, u"alice"_s);
        QCOMPARE(lines.first().newValue, u"test_message"_s);
        QVERIFY(lines.first().subject.startsWith(Config::implicitAccountKey() + u' '));
        QVERIFY(!lines.first().subject.contains(openid)); // masked, as everywhere in the UI
        QCOMPARE(lines.first().detail, QString()); // a dry run went through
        // Without an operator (a test of the code, the command line), nothing is audited.
        done = false;
        QVERIFY(!TestMessage::send(*f->engine, Config::implicitAccountKey(), openid, this,
            [&](const SendResult &) { done = true; }));
        QTRY_VERIFY(done);
        QCOMPARE(all(u"action"_s).size(), 1);
    }

    void settingsSavedAreAuditedOnceWithSecretsAsChanged()
    {
        const Config before = f->engine->config();
        Config after = before;
        after.policy.perCustomerDaily = 5;
        const QString secret = u"s3cr3t-AppSecret-value-0123456789"_s;
        ConfigValues beforeValues = ConfigWriter::valuesOf(before);
        ConfigValues afterValues = ConfigWriter::valuesOf(after);
        // Even a secret that reached the values is only "changed".
        afterValues.insert(u"intake/token"_s, secret);
        QString error;
        QVERIFY2(f->engine->auditSettingsSaved(beforeValues, afterValues,
                     { u"accounts/%1/secret"_s.arg(Config::implicitAccountKey()) }, u"alice"_s, &error),
            qPrintable(error));
        f->engine->applyConfig(after); // the engine's own check of the file finds nothing new

        QList<AuditRecord> lines = all(u"setting"_s);
        QCOMPARE(lines.size(), 3);
        for (const AuditRecord &r : lines) {
            QCOMPARE(r.actor, u"alice"_s);
            QVERIFY(!QString(r.subject + r.oldValue + r.newValue + r.detail).contains(secret));
        }
        const auto find = [&](const QString &key) {
            for (const AuditRecord &r : std::as_const(lines))
                if (r.subject == key)
                    return r;
            return AuditRecord {};
        };
        QCOMPARE(find(u"policy/perCustomerDaily"_s).oldValue,
            QString::number(testConfig().policy.perCustomerDaily));
        QCOMPARE(find(u"policy/perCustomerDaily"_s).newValue, u"5"_s);
        QCOMPARE(find(u"intake/token"_s).detail, u"changed"_s);
        QCOMPARE(find(u"intake/token"_s).newValue, QString());
        QCOMPARE(find(u"accounts/%1/secret"_s.arg(Config::implicitAccountKey())).detail, u"changed"_s);
        QCOMPARE(countWhere(*f->engine,
                     u"SELECT COUNT(*) FROM audit_log WHERE old_value LIKE '%s3cr3t%' OR new_value LIKE "
                     u"'%s3cr3t%' OR detail LIKE '%s3cr3t%' OR subject LIKE '%s3cr3t%'"_s),
            0);
        QCOMPARE(countWhere(*f->engine, u"SELECT COUNT(*) FROM meta WHERE value LIKE '%s3cr3t%'"_s), 0);

        // Restarted with the same file: nothing recorded again.
        restartWith(after);
        QCOMPARE(all(u"setting"_s).size(), 3);
    }

    void handEditOfTheFileIsAuditedOnceAtTheNextStart()
    {
        Config edited = f->engine->config();
        edited.policy.perCustomerDaily = 4;
        edited.reminder.batchSize = 77;
        f->clock.advance(kMinute);
        restartWith(edited);
        QList<AuditRecord> lines = all(u"setting"_s);
        QCOMPARE(lines.size(), 2);
        QStringList got;
        for (const AuditRecord &r : std::as_const(lines)) {
            QCOMPARE(r.actor, u"config file"_s);
            QCOMPARE(r.at, kT0 + kMinute);
            got << r.subject + u':' + r.oldValue + u"->"_s + r.newValue;
        }
        got.sort();
        QCOMPARE(got,
            QStringList({ u"policy/perCustomerDaily:%1->4"_s.arg(testConfig().policy.perCustomerDaily),
                u"reminder/batchSize:%1->77"_s.arg(testConfig().reminder.batchSize) }));
        restartWith(edited); // seen: not twice
        QCOMPARE(all(u"setting"_s).size(), 2);
        // A reload of an edited file while running is audited the same way.
        edited.policy.perCustomerDaily = 0;
        f->engine->applyConfig(edited);
        lines = all(u"setting"_s);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.first().newValue, u"0"_s);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
