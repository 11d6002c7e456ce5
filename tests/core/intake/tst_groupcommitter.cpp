#include "intake/groupcommitter.h"
#include "store/database.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// Group commits: orders arriving together share one transaction; each caller hears back only
// after that transaction is committed; one failing order does not sink the others.
class TestGroupCommitter : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineFixture> m_fx;
    Database m_view; // a second connection: it sees committed rows only

    bool visibleToOthers(const QString &orderNo)
    {
        QSqlQuery q(m_view.db());
        q.prepare(u"SELECT COUNT(*) FROM orders WHERE order_no = ?"_s);
        q.addBindValue(orderNo);
        return q.exec() && q.next() && q.value(0).toInt() == 1;
    }

private slots:
    void init()
    {
        m_fx = std::make_unique<EngineFixture>();
        PAYNUDGE_INIT_FIXTURE(*m_fx);
        QString error;
        QVERIFY2(m_view.open(m_fx->storeOptions(u"view"_s), &error), qPrintable(error));
    }

    void cleanup()
    {
        m_view.close();
        m_fx.reset();
    }

    void ordersArrivingTogetherShareOneCommit()
    {
        GroupCommitter committer(*m_fx->engine);
        committer.setWindowMs(5);
        QSignalSpy groups(&committer, &GroupCommitter::groupCommitted);
        QList<AcceptResult::Kind> kinds;
        QStringList visibleAtReply;
        for (int i = 0; i < 5; ++i) {
            const QString no = u"G%1"_s.arg(i);
            committer.submit(sampleOrder(no, kT0), [&, no](const AcceptResult &r) {
                kinds << r.kind;
                if (visibleToOthers(no))
                    visibleAtReply << no;
            });
        }
        QCOMPARE(committer.pending(), 5);
        QVERIFY(kinds.isEmpty()); // nobody hears back before the commit
        QVERIFY(!visibleToOthers(u"G0"_s));
        QTRY_COMPARE(kinds.size(), 5);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().first().toInt(), 5);
        QCOMPARE(kinds, QList<AcceptResult::Kind>(5, AcceptResult::Kind::Created));
        QCOMPARE(visibleAtReply.size(), 5); // committed, not merely written inside an open transaction
    }

    void aFullGroupIsCommittedAtOnce()
    {
        GroupCommitter committer(*m_fx->engine);
        committer.setWindowMs(60000);
        committer.setMaxGroup(3);
        int done = 0;
        for (int i = 0; i < 3; ++i)
            committer.submit(sampleOrder(u"F%1"_s.arg(i), kT0), [&](const AcceptResult &) { ++done; });
        QCOMPARE(done, 3); // no waiting for the window
        QCOMPARE(committer.pending(), 0);
    }

    void conflictsAndRetriesStandAlone()
    {
        QCOMPARE(m_fx->engine->acceptOrder(sampleOrder(u"X1"_s, kT0)).kind, AcceptResult::Kind::Created);
        OrderInput conflicting = sampleOrder(u"X1"_s, kT0);
        conflicting.amountFen = 1;
        GroupCommitter committer(*m_fx->engine);
        QHash<QString, AcceptResult::Kind> kinds;
        auto submit = [&](const OrderInput &o, const QString &label) {
            committer.submit(o, [&kinds, label](const AcceptResult &r) { kinds.insert(label, r.kind); });
        };
        submit(sampleOrder(u"X2"_s, kT0), u"new"_s);
        submit(conflicting, u"conflict"_s);
        submit(sampleOrder(u"X1"_s, kT0), u"retry"_s);
        submit(sampleOrder(u"X2"_s, kT0), u"twice in one group"_s);
        committer.flush();
        QCOMPARE(kinds.value(u"new"_s), AcceptResult::Kind::Created);
        QCOMPARE(kinds.value(u"conflict"_s), AcceptResult::Kind::Conflict);
        QCOMPARE(kinds.value(u"retry"_s), AcceptResult::Kind::Duplicate);
        QCOMPARE(kinds.value(u"twice in one group"_s), AcceptResult::Kind::Duplicate);
        QCOMPARE(m_fx->engine->orderByNo(u"X1"_s)->input.amountFen, 12850);
    }

    void anOrderTheStoreRefusesDoesNotSinkItsGroup()
    {
        GroupCommitter committer(*m_fx->engine);
        OrderInput broken = sampleOrder(u"BROKEN"_s, kT0);
        broken.amountFen = -1; // the store's CHECK refuses it (the API never lets one through)
        QHash<QString, AcceptResult::Kind> kinds;
        for (const OrderInput &o : { sampleOrder(u"OK1"_s, kT0), broken, sampleOrder(u"OK2"_s, kT0) }) {
            committer.submit(
                o, [&kinds, no = o.orderNo](const AcceptResult &r) { kinds.insert(no, r.kind); });
        }
        committer.flush();
        QCOMPARE(kinds.value(u"OK1"_s), AcceptResult::Kind::Created);
        QCOMPARE(kinds.value(u"BROKEN"_s), AcceptResult::Kind::Error);
        QCOMPARE(kinds.value(u"OK2"_s), AcceptResult::Kind::Created);
        QVERIFY(visibleToOthers(u"OK1"_s));
        QVERIFY(visibleToOthers(u"OK2"_s));
        QVERIFY(!visibleToOthers(u"BROKEN"_s));
    }

    void nothingAcceptedIsDroppedOnShutdown()
    {
        bool answered = false;
        {
            GroupCommitter committer(*m_fx->engine);
            committer.setWindowMs(60000);
            committer.submit(sampleOrder(u"LAST"_s, kT0),
                [&](const AcceptResult &r) { answered = r.kind == AcceptResult::Kind::Created; });
        }
        QVERIFY(answered);
        QVERIFY(visibleToOthers(u"LAST"_s));
    }
};

QTEST_GUILESS_MAIN(TestGroupCommitter)
#include "tst_groupcommitter.moc"
