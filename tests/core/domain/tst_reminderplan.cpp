#include "domain/clientmsgid.h"
#include "domain/reminderplan.h"
#include "testsupport.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

class TestReminderPlan : public QObject
{
    Q_OBJECT

    static qint64 utc(int h, int m, int day = 2)
    {
        return QDateTime(QDate(2026, 3, day), QTime(h, m), QTimeZone::utc()).toMSecsSinceEpoch();
    }

private slots:
    void defaultIsOneRoundAtTenMinutes()
    {
        const ReminderPlan plan;
        const qint64 placed = utc(10, 0);
        const QList<PlannedReminder> r = plan.plan(placed, plan.effectiveCloseAt(placed, std::nullopt));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].round, 1);
        QCOMPARE(r[0].dueAt, placed + 600 * 1000);
        QCOMPARE(r[0].state, ReminderState::Scheduled);
        QCOMPARE(plan.effectiveCloseAt(placed, std::nullopt), placed + 7200 * 1000);
    }

    void givenCloseTimeWins()
    {
        const ReminderPlan plan;
        QCOMPARE(plan.effectiveCloseAt(1000, 5000), 5000);
    }

    void severalRoundsEachOffsetFromPlacement()
    {
        ReminderPlan plan;
        plan.roundOffsetsSec = { 600, 1800, 5400 };
        const qint64 placed = utc(10, 0);
        const auto r = plan.plan(placed, placed + 7200 * 1000);
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[1].round, 2);
        QCOMPARE(r[1].dueAt, placed + 1800 * 1000);
        QCOMPARE(r[2].dueAt, placed + 5400 * 1000);
        for (const auto &p : r)
            QCOMPARE(p.state, ReminderState::Scheduled);
    }

    void roundAtOrAfterCloseIsSkipped()
    {
        ReminderPlan plan;
        plan.roundOffsetsSec = { 600, 3600 };
        const qint64 placed = utc(10, 0);
        const auto r = plan.plan(placed, placed + 3600 * 1000); // closes exactly at round 2
        QCOMPARE(r[0].state, ReminderState::Scheduled);
        QCOMPARE(r[1].state, ReminderState::Skipped);
        QVERIFY(!r[1].reason.isEmpty());
    }

    void quietHoursDeferToTheirEnd()
    {
        ReminderPlan plan;
        plan.zone = QTimeZone::utc();
        plan.quietHours = QuietHours::parse(u"22:00-08:00"_s);
        plan.closeAfterSec = 12 * 3600;
        const qint64 placed = utc(23, 0);
        const auto r = plan.plan(placed, plan.effectiveCloseAt(placed, std::nullopt));
        QCOMPARE(r[0].state, ReminderState::Scheduled);
        QCOMPARE(r[0].dueAt, utc(8, 0, 3)); // next morning
    }

    void quietHoursSkipWhenTheOrderClosesFirst()
    {
        ReminderPlan plan;
        plan.zone = QTimeZone::utc();
        plan.quietHours = QuietHours::parse(u"22:00-08:00"_s);
        const qint64 placed = utc(23, 0); // closes 01:00, quiet until 08:00
        const auto r = plan.plan(placed, plan.effectiveCloseAt(placed, std::nullopt));
        QCOMPARE(r[0].state, ReminderState::Skipped);
        QCOMPARE(r[0].reason, QString::fromUtf16(skipReason::QuietHoursPastClose));
    }

    void quietPolicySkip()
    {
        ReminderPlan plan;
        plan.zone = QTimeZone::utc();
        plan.quietHours = QuietHours::parse(u"12:00-13:00"_s);
        plan.quietPolicy = QuietPolicy::Skip;
        const qint64 placed = utc(11, 55);
        const auto r = plan.plan(placed, plan.effectiveCloseAt(placed, std::nullopt));
        QCOMPARE(r[0].state, ReminderState::Skipped);
        QCOMPARE(r[0].reason, QString::fromUtf16(skipReason::QuietHoursSkip));
    }

    void outsideQuietHoursUnchanged()
    {
        ReminderPlan plan;
        plan.zone = QTimeZone::utc();
        plan.quietHours = QuietHours::parse(u"22:00-08:00"_s);
        const qint64 placed = utc(8, 0); // due 08:10: the window has just ended
        const auto r = plan.plan(placed, plan.effectiveCloseAt(placed, std::nullopt));
        QCOMPARE(r[0].dueAt, utc(8, 10));
    }

    void closeRoundOfAShortOrderIsSkippedWithItsReason()
    {
        // close-1800 of an order that closes in 20 minutes would fall 10 minutes before it was placed.
        ReminderPlan plan;
        plan.roundOffsetsSec = { 600 };
        plan.closeRoundsSec = { 1800 };
        const qint64 placed = utc(10, 0);
        const auto r = plan.plan(placed, placed + 1200 * 1000);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].state, ReminderState::Scheduled);
        QCOMPARE(r[1].round, 2);
        QCOMPARE(r[1].state, ReminderState::Skipped);
        QCOMPARE(r[1].problem.code, ErrorCode::HistoryBeforePlaced);
        QCOMPARE(r[1].reason, r[1].problem.englishText());
        QVERIFY(!r[1].reason.isEmpty());
    }

    void afterPlacedAndBeforeCloseOnATwoHourOrder()
    {
        ReminderPlan plan;
        plan.roundOffsetsSec = { 600 };
        plan.closeRoundsSec = { 1800 };
        const qint64 placed = utc(10, 0);
        const qint64 close = placed + 7200 * 1000;
        const auto r = plan.plan(placed, close);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].dueAt, placed + 600 * 1000);
        QCOMPARE(r[1].round, 2);
        QCOMPARE(r[1].dueAt, close - 1800 * 1000);
        QCOMPARE(r[1].state, ReminderState::Scheduled);
        QVERIFY(!r[1].problem);
    }

    void closeRoundBeforeAnEarlierRoundIsSkipped()
    {
        // Round 1 at +50 min, close-1800 at +30 min on a one-hour order: sent, it would come first.
        ReminderPlan plan;
        plan.roundOffsetsSec = { 3000 };
        plan.closeRoundsSec = { 1800 };
        const qint64 placed = utc(10, 0);
        const auto r = plan.plan(placed, placed + 3600 * 1000);
        QCOMPARE(r[0].state, ReminderState::Scheduled);
        QCOMPARE(r[1].state, ReminderState::Skipped);
        QCOMPARE(r[1].problem.code, ErrorCode::HistoryBeforeEarlierRound);
        // Two close rounds, the farthest first: both after round 1 on a long order.
        plan.closeRoundsSec = { 1800, 600 };
        const auto r2 = plan.plan(placed, placed + 7200 * 1000);
        QCOMPARE(r2.size(), 3);
        QCOMPARE(r2[1].dueAt, placed + 5400 * 1000);
        QCOMPARE(r2[2].dueAt, placed + 6600 * 1000);
        QCOMPARE(r2[2].state, ReminderState::Scheduled);
    }

    void pastCloseAndQuietSkipsCarryTheirCodes()
    {
        ReminderPlan plan;
        plan.roundOffsetsSec = { 600, 3600 };
        const qint64 placed = utc(10, 0);
        const auto r = plan.plan(placed, placed + 3600 * 1000);
        QCOMPARE(r[1].problem.code, ErrorCode::HistoryPastClose);
        QCOMPARE(r[1].reason, QString::fromUtf16(skipReason::PastClose)); // older rows read as the code
        plan.zone = QTimeZone::utc();
        plan.quietHours = QuietHours::parse(u"10:05-10:20"_s);
        plan.quietPolicy = QuietPolicy::Skip;
        QCOMPARE(plan.plan(placed, placed + 7200 * 1000)[0].problem.code, ErrorCode::HistoryQuietHoursSkip);
    }

    void accountPlansFallBackForAnAccountNotListed()
    {
        ReminderPlan global;
        global.quietHours = QuietHours::parse(u"22:00-08:00"_s);
        AccountPlans plans = global; // one plan converts
        ReminderPlan quietless = global;
        quietless.quietHours.reset();
        plans.own.insert(u"night"_s, quietless);
        QVERIFY(!plans.of(u"night"_s).quietHours);
        QVERIFY(plans.of(u"other"_s).quietHours);
    }

    void quietWindowWithinOneDay()
    {
        const auto q = QuietHours::parse(u"12:00-13:30"_s);
        QVERIFY(q);
        QCOMPARE(q->endIfInside(utc(12, 0), QTimeZone::utc()), utc(13, 30));
        QCOMPARE(q->endIfInside(utc(13, 29), QTimeZone::utc()), utc(13, 30));
        QVERIFY(!q->endIfInside(utc(13, 30), QTimeZone::utc()));
        QVERIFY(!q->endIfInside(utc(11, 59), QTimeZone::utc()));
    }

    void quietWindowFollowsTheShopsZone()
    {
        // 22:00-08:00 in Shanghai (UTC+8) is 14:00-00:00 UTC.
        const auto q = QuietHours::parse(u"22:00-08:00"_s);
        const QTimeZone shanghai("Asia/Shanghai");
        QVERIFY(shanghai.isValid());
        QCOMPARE(q->endIfInside(utc(15, 0), shanghai), utc(0, 0, 3));
        QVERIFY(!q->endIfInside(utc(10, 0), shanghai));
    }

    void parseRejectsNonsense()
    {
        QVERIFY(!QuietHours::parse(u"22:00"_s));
        QVERIFY(!QuietHours::parse(u"25:00-08:00"_s));
        QVERIFY(!QuietHours::parse(u"08:00-08:00"_s));
        QCOMPARE(QuietHours::parse(u" 7:05 - 9:00 "_s)->toString(), u"07:05-09:00"_s);
    }

    void clientMsgIdIsStableShortAndDistinct()
    {
        QCOMPARE(clientMsgIdFor(u"202410010001"_s, 1), u"pn-202410010001-1"_s);
        QCOMPARE(clientMsgIdFor(u"202410010001"_s, 1), clientMsgIdFor(u"202410010001"_s, 1));
        QVERIFY(clientMsgIdFor(u"202410010001"_s, 1) != clientMsgIdFor(u"202410010001"_s, 2));
        QVERIFY(clientMsgIdFor(u"202410010001"_s, 2) != clientMsgIdFor(u"202410010001"_s, 2, true));
        const QString longNo(64, u'A');
        const QString id = clientMsgIdFor(longNo, 3);
        QVERIFY(id.size() <= kClientMsgIdMaxLength);
        QVERIFY(id.endsWith(u"-3"_s));
        QVERIFY(id != clientMsgIdFor(QString(63, u'A') + u'B', 3));
        QVERIFY(clientMsgIdFor(longNo, 12, true).size() <= kClientMsgIdMaxLength);
    }
};

QTEST_GUILESS_MAIN(TestReminderPlan)
#include "tst_reminderplan.moc"
