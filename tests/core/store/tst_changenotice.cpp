#include "store/changenotice.h"

#include <QTest>

using namespace paynudge;
using namespace Qt::StringLiterals;

// The payload one engine's NOTIFY carries to the others' sweepers and consoles.
class TestChangeNotice : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips()
    {
        ChangeNotice n;
        n.kind = ChangeNotice::Kind::Orders;
        n.by = u"front desk"_s; // a space would split the payload: it travels as _
        n.ids = { 7, 12, 9000000000LL };
        const auto back = ChangeNotice::decode(n.encode());
        QVERIFY(back);
        QCOMPARE(back->kind, ChangeNotice::Kind::Orders);
        QCOMPARE(back->by, u"front_desk"_s);
        QCOMPARE(back->ids, n.ids);

        n.kind = ChangeNotice::Kind::Engines;
        n.ids.clear();
        const auto none = ChangeNotice::decode(n.encode());
        QVERIFY(none);
        QCOMPARE(none->kind, ChangeNotice::Kind::Engines);
        QVERIFY(none->ids.isEmpty());
    }

    // PostgreSQL refuses a payload of 8000 bytes; a big change says "many" instead of its ids.
    void manyIdsBecomeNone()
    {
        ChangeNotice n;
        n.by = u"a"_s;
        for (qint64 id = 1'000'000; id < 1'002'000; ++id)
            n.ids << id;
        const QString payload = n.encode();
        QVERIFY(payload.toUtf8().size() < 8000);
        const auto back = ChangeNotice::decode(payload);
        QVERIFY(back);
        QCOMPARE(back->kind, ChangeNotice::Kind::Reminders);
        QVERIFY(back->ids.isEmpty());
    }

    void refusesWhatItDidNotWrite()
    {
        QVERIFY(!ChangeNotice::decode(QString()));
        QVERIFY(!ChangeNotice::decode(u"orders a"_s));
        QVERIFY(!ChangeNotice::decode(u"payments a 1"_s));
        QVERIFY(!ChangeNotice::decode(u"orders a 1,x"_s));
        QVERIFY(!ChangeNotice::decode(u"orders a 1 2"_s));
    }
};

QTEST_GUILESS_MAIN(TestChangeNotice)
#include "tst_changenotice.moc"
