#include "engineinternals.h"
#include "store/database.h"
#include "store/sqlstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The do-not-remind list (issue 17) on both stores: its changes with their audit lines in one
// transaction, the search and paging, the import's all or nothing, the refusal of an operator's send
// to a listed customer, and the notice another console on a shared store gets.
class TestOptOutList : public QObject
{
    Q_OBJECT

    static constexpr auto kCustomer = u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"; // sampleOrder's openid

    std::unique_ptr<EngineFixture> f;
    Engine &engine() { return *f->engine; }
    qint64 count(const QString &sql) { return countWhere(engine(), sql); }
    qint64 auditLines() { return count(u"SELECT COUNT(*) FROM audit_log WHERE kind = 'optout'"_s); }

    bool put(const QString &openid, const QString &reason, bool *created = nullptr)
    {
        bool isNew = false;
        QString error;
        const bool ok = engine().putOptOut(openid, reason, u"tester"_s, &isNew, &error);
        if (!ok)
            qWarning().noquote() << error;
        if (created)
            *created = isNew;
        return ok;
    }

    // The audit line written last: actor, subject, old → new, detail.
    QStringList lastAudit()
    {
        QSqlQuery q(EngineInternals::connection(engine()));
        if (!q.exec(u"SELECT actor, subject, old_value, new_value, detail, at FROM audit_log "
                    u"WHERE kind = 'optout' ORDER BY id DESC LIMIT 1"_s)
            || !q.next())
            return {};
        return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString() };
    }

    void exec(const QString &sql)
    {
        QSqlQuery q(EngineInternals::connection(engine()));
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u" — "_s + sql));
    }

    bool postgres() { return EngineInternals::database(engine()).dialect() == SqlDialect::Postgres; }

private slots:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        PAYNUDGE_INIT_FIXTURE(*f);
    }
    void cleanup() { f.reset(); }

    void putAddsChangesAndAuditsEachChange()
    {
        bool created = false;
        QVERIFY(put(u"oAAA"_s, u"complained"_s, &created));
        QVERIFY(created);
        auto entry = engine().optOut(u"oAAA"_s);
        QVERIFY(entry);
        QCOMPARE(entry->reason, u"complained"_s);
        QCOMPARE(entry->actor, u"tester"_s);
        QCOMPARE(entry->createdAt, kT0);
        QCOMPARE(lastAudit(),
            QStringList(
                { u"tester"_s, u"oAAA"_s, QString(), u"complained"_s, u"added"_s, QString::number(kT0) }));
        QCOMPARE(auditLines(), 1);

        // The same reason again changes nothing and writes no line.
        f->clock.advance(kMinute);
        QVERIFY(put(u"oAAA"_s, u"complained"_s, &created));
        QVERIFY(!created);
        QCOMPARE(auditLines(), 1);
        QCOMPARE(engine().optOut(u"oAAA"_s)->createdAt, kT0);

        // A new reason: old → new in the audit, the entry dated now.
        QVERIFY(put(u"oAAA"_s, u"asked by phone"_s, &created));
        QVERIFY(!created);
        QCOMPARE(auditLines(), 2);
        QCOMPARE(lastAudit().mid(2, 3), QStringList({ u"complained"_s, u"asked by phone"_s, u"changed"_s }));
        QCOMPARE(engine().optOut(u"oAAA"_s)->createdAt, kT0 + kMinute);

        bool removed = false;
        QString error;
        QVERIFY(engine().removeOptOut(u"oAAA"_s, u"boss"_s, &removed, &error));
        QVERIFY(removed);
        QVERIFY(!engine().optOut(u"oAAA"_s));
        QCOMPARE(lastAudit().mid(0, 5),
            QStringList({ u"boss"_s, u"oAAA"_s, u"asked by phone"_s, QString(), u"removed"_s }));
        // Not listed: nothing removed, nothing audited.
        QVERIFY(engine().removeOptOut(u"oAAA"_s, u"boss"_s, &removed, &error));
        QVERIFY(!removed);
        QCOMPARE(auditLines(), 3);
    }

    void listIsNewestFirstSearchedAndPaged()
    {
        const QStringList openids { u"oAlpha1"_s, u"oBeta2"_s, u"oGamma3"_s, u"oDelta4"_s, u"oAlpha5"_s };
        const QStringList reasons { u"Complained"_s, u"100% annoyed"_s, u"blocked us"_s, u"asked"_s,
            u"COMPLAINED again"_s };
        for (int i = 0; i < openids.size(); ++i) {
            QVERIFY(put(openids.at(i), reasons.at(i)));
            f->clock.advance(kSecond);
        }
        QString error;
        OptOutPage all = engine().optOuts({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(all.total, 5);
        QStringList got;
        for (const OptOutRecord &e : all.entries)
            got << e.openid;
        QCOMPARE(got, QStringList({ u"oAlpha5"_s, u"oDelta4"_s, u"oGamma3"_s, u"oBeta2"_s, u"oAlpha1"_s }));

        // By openid substring, any case.
        OptOutQuery q;
        q.search = u"alpha"_s;
        OptOutPage page = engine().optOuts(q, &error);
        QCOMPARE(page.total, 2);
        QCOMPARE(page.entries.first().openid, u"oAlpha5"_s);
        // By reason.
        q.search = u"complained"_s;
        QCOMPARE(engine().optOuts(q, &error).total, 2);
        // A LIKE wildcard is a plain character.
        q.search = u"%"_s;
        page = engine().optOuts(q, &error);
        QCOMPARE(page.total, 1);
        QCOMPARE(page.entries.first().openid, u"oBeta2"_s);
        q.search = u"o_e"_s;
        QCOMPARE(engine().optOuts(q, &error).total, 0);

        // Paging: the total counts all matches, the page holds `limit` from `offset`.
        q = {};
        q.limit = 2;
        q.offset = 2;
        page = engine().optOuts(q, &error);
        QCOMPARE(page.total, 5);
        QCOMPARE(page.entries.size(), 2);
        QCOMPARE(page.entries.at(0).openid, u"oGamma3"_s);
        QCOMPARE(page.entries.at(1).openid, u"oBeta2"_s);
    }

    void importCountsAddedAndChangedWithAuditLines()
    {
        QVERIFY(put(u"oOld1"_s, u"before"_s));
        QVERIFY(put(u"oSame"_s, u"same"_s));
        f->clock.advance(kMinute);
        OptOutImportResult result;
        QString error;
        QVERIFY2(engine().importOptOuts({ { u"oNew1"_s, u"r1"_s, u"importer"_s, 0 },
                                            { u"oOld1"_s, u"after"_s, u"importer"_s, 0 },
                                            { u"oSame"_s, u"same"_s, u"importer"_s, 0 },
                                            { u"oNew2"_s, QString(), u"importer"_s, 0 } },
                     &result, &error),
            qPrintable(error));
        QCOMPARE(result.added, 2);
        QCOMPARE(result.updated, 1);
        QCOMPARE(result.unchanged, 1);
        QCOMPARE(engine().optOut(u"oOld1"_s)->reason, u"after"_s);
        QCOMPARE(engine().optOut(u"oNew2"_s)->createdAt, kT0 + kMinute);
        QCOMPARE(engine().optOut(u"oNew2"_s)->reason, QString());
        QCOMPARE(auditLines(), 2 + 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE actor = 'importer' AND subject = 'oOld1' "
                       u"AND old_value = 'before' AND new_value = 'after'"_s),
            1);
    }

    void failedImportLeavesNothingAndNoAudit()
    {
        QVERIFY(put(u"oOld1"_s, u"before"_s));
        // The third entry's insert fails, after the first two were written in the transaction.
        if (postgres()) {
            exec(u"CREATE FUNCTION optout_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                 u"IF NEW.openid = 'oBoom' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$"_s);
            exec(
                u"CREATE TRIGGER optout_boom BEFORE INSERT ON optouts FOR EACH ROW EXECUTE FUNCTION optout_boom()"_s);
        } else {
            exec(u"CREATE TRIGGER optout_boom BEFORE INSERT ON optouts WHEN NEW.openid = 'oBoom' "
                 u"BEGIN SELECT RAISE(ABORT, 'boom'); END"_s);
        }
        OptOutImportResult result { 9, 9, 9 };
        QString error;
        QVERIFY(!engine().importOptOuts(
            { { u"oNew1"_s, u"r1"_s, u"importer"_s, 0 }, { u"oOld1"_s, u"after"_s, u"importer"_s, 0 },
                { u"oBoom"_s, u"r3"_s, u"importer"_s, 0 } },
            &result, &error));
        QVERIFY2(error.contains(u"boom"_s), qPrintable(error));
        QCOMPARE(result.added + result.updated + result.unchanged, 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM optouts"_s), 1);
        QCOMPARE(engine().optOut(u"oOld1"_s)->reason, u"before"_s);
        QCOMPARE(auditLines(), 1); // the put's, none of the import's
    }

    void operatorSendsToAListedCustomerAreRefused()
    {
        // The test: listed (as the API does it), then a manual resend is refused, and send now too.
        const AcceptResult accepted = engine().acceptOrder(sampleOrder(u"P1"_s, kT0));
        QCOMPARE(accepted.kind, AcceptResult::Kind::Created);
        const qint64 orderId = accepted.order.id;
        const qint64 reminderId = accepted.reminders.first().id;
        QVERIFY(put(QString::fromUtf16(kCustomer), u"complained"_s));

        Error e = engine().resendOrder(orderId, u"op"_s);
        QVERIFY(e.is(ErrorCode::CustomerOptedOut));
        QCOMPARE(e.args, QStringList({ u"oUpF…eS6o"_s, u"complained"_s })); // masked, with the reason
        QVERIFY(!e.englishText().contains(QString::fromUtf16(kCustomer)));
        e = engine().sendNow(reminderId, u"op"_s);
        QVERIFY(e.is(ErrorCode::CustomerOptedOut));
        QCOMPARE(count(u"SELECT COUNT(*) FROM reminders"_s), 1); // no reminder was added
        QCOMPARE(count(u"SELECT COUNT(*) FROM reminders WHERE manual = 1"_s), 0);

        // An `unknown` reminder: "resend" is refused as well ("mark sent" sends nothing and stays allowed).
        exec(u"UPDATE reminders SET state = 'unknown' WHERE id = %1"_s.arg(reminderId));
        QVERIFY(engine().resolveUnknown(reminderId, false, u"op"_s).is(ErrorCode::CustomerOptedOut));
        exec(u"UPDATE reminders SET state = 'scheduled' WHERE id = %1"_s.arg(reminderId));

        // Off the list, the same commands go through.
        bool removed = false;
        QString error;
        QVERIFY(engine().removeOptOut(QString::fromUtf16(kCustomer), u"op"_s, &removed, &error));
        e = engine().sendNow(reminderId, u"op"_s);
        QVERIFY2(!e, qPrintable(e.englishText()));
    }

    void changesAreAnnouncedToOtherConsoles()
    {
        QSignalSpy here(&engine(), &Engine::optOutsChanged);
        QVERIFY(put(u"oLocal"_s, u"x"_s));
        QCOMPARE(here.size(), 1);
        QVERIFY(put(u"oLocal"_s, u"x"_s)); // unchanged: no news
        QCOMPARE(here.size(), 1);
        if (!postgres())
            QSKIP("a SQLite store has one engine: the notice is the shared store's");
        Engine other;
        Engine::Options o;
        o.config = f->onSameStore(testConfig());
        o.config.store.instance = u"console-b"_s;
        o.dataDir = f->dir.filePath(u"b"_s);
        o.clock = &f->clock;
        Error error;
        QVERIFY2(other.open(o, &error), qPrintable(error.englishText()));
        other.start();
        QSignalSpy there(&other, &Engine::storeChanged);
        QVERIFY(put(u"oShared"_s, u"from console A"_s));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(there.cbegin(), there.cend(),
                                     [](const QList<QVariant> &args) {
                                         return args.first().value<ChangeNotice>().kind
                                             == ChangeNotice::Kind::OptOuts;
                                     }),
            5000);
        QCOMPARE(other.optOut(u"oShared"_s)->reason, u"from console A"_s);
        other.stop();
    }
};

QTEST_GUILESS_MAIN(TestOptOutList)
#include "tst_optoutlist.moc"
