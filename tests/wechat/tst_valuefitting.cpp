// PayNudge's value fitting (MessageRenderer::fit) checked against the fake's reading of
// WeChat's keyword type table: whatever a shop's data looks like, the fitted value must be one
// WeChat accepts, so a send is never rejected with 47003 for its form.
#include "fakevaluerules.h"
#include "send/messagerenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

class TestValueFitting : public QObject
{
    Q_OBJECT

private slots:
    void fittedValuesAreAccepted_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("raw");
        const QStringList products {
            u"有机苹果 5kg"_s,
            u"新疆阿克苏冰糖心苹果礼盒装十斤装特级大果现摘现发顺丰包邮"_s,
            u"苹果🍎\n好吃👍🏻\t限时"_s,
            u"Organic apples, 5 kg — family box with a very long English description"_s,
            u"  "_s,
            QString(),
        };
        for (const QString &p : products) {
            QTest::addRow("thing %s", qPrintable(p.left(8))) << u"thing2"_s << p;
            QTest::addRow("keyword %s", qPrintable(p.left(8))) << u"keyword2"_s << p;
        }
        const QStringList orderNumbers { u"202410010001"_s, u"XG-2024-10-01-000123456789012345678"_s,
            u"订单202410010001"_s, u"A 1\n2"_s };
        for (const QString &n : orderNumbers)
            QTest::addRow("character_string %s", qPrintable(n.left(8))) << u"character_string1"_s << n;
        QTest::newRow("amount formatted") << u"amount3"_s << MessageRenderer::formatAmount(12850);
        QTest::newRow("amount plain") << u"amount3"_s << u"128.50"_s;
        QTest::newRow("amount big") << u"amount3"_s << MessageRenderer::formatAmount(99999999);
        QTest::newRow("time") << u"time4"_s << u"2026-03-02 18:00"_s;
        QTest::newRow("date") << u"date5"_s << u"2026-03-02"_s;
        QTest::newRow("number") << u"number6"_s << u"12 件"_s;
        QTest::newRow("phrase long") << u"phrase7"_s << u"待支付订单提醒"_s;
        QTest::newRow("phrase mixed") << u"phrase7"_s << u"待付 款!"_s;
        QTest::newRow("name cjk") << u"name8"_s << u"欧阳上官司马诸葛东方慕容"_s;
        QTest::newRow("name latin") << u"name8"_s << u"Wang Xiaoming of the Eastern Hills"_s;
        QTest::newRow("phone") << u"phone_number9"_s << u"+86-0766-66888866-1234567"_s;
    }

    void fittedValuesAreAccepted()
    {
        QFETCH(QString, key);
        QFETCH(QString, raw);
        const QString fitted = MessageRenderer::fit(key, raw);
        const auto problem = FakeValueRules::check(key, fitted);
        QVERIFY2(!problem, qPrintable(u"%1 → \"%2\": %3"_s.arg(raw, fitted, problem.value_or(QString()))));
    }
};

QTEST_GUILESS_MAIN(TestValueFitting)
#include "tst_valuefitting.moc"
