#include "common/error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

class TestError : public QObject
{
    Q_OBJECT

private slots:
    void argsFillInOnePass_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("in order") << u"%1 to %2"_s << QStringList { u"1"_s, u"10"_s } << u"1 to 10"_s;
        QTest::newRow("reordered") << u"%2 before %1"_s << QStringList { u"a"_s, u"b"_s } << u"b before a"_s;
        QTest::newRow("an arg holding %2 stays")
            << u"%1 and %2"_s << QStringList { u"%2"_s, u"x"_s } << u"%2 and x"_s;
        QTest::newRow("missing arg kept") << u"%1 %3"_s << QStringList { u"a"_s } << u"a %3"_s;
        QTest::newRow("two digits") << u"%10"_s << QStringList(10, u"z"_s) << u"z"_s;
        QTest::newRow("percent sign") << u"100% of %1"_s << QStringList { u"it"_s } << u"100% of it"_s;
    }
    void argsFillInOnePass()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QCOMPARE(fillArgs(pattern, args), expected);
    }

    // An error worded around another: the other's text is the arg after the given ones, with its
    // own field, in the same language.
    void aCauseIsWordedAsTheLastArg()
    {
        const Error refused(ErrorCode::RenderEmpty, u"number2"_s, { u"number"_s });
        const Error pause = Error(ErrorCode::RenderSetupError, {}, { u"number2"_s }).because(refused);
        QCOMPARE(pause.englishText(),
            u"number2: empty, and WeChat refuses an empty number. Every reminder of the account would be "
            u"refused the same way: fix fields/number2 of the account, then resume it."_s);
        QCOMPARE(Error(ErrorCode::NotSent).because(refused).englishText(),
            u"not sent: number2: empty, and WeChat refuses an empty number"_s);
        QCOMPARE(pause.text(), pause.englishText()); // no translator installed
    }

    void noErrorIsFalse()
    {
        QVERIFY(!Error());
        QVERIFY(Error().is(ErrorCode::None));
        QVERIFY(!Error::allCodes().contains(ErrorCode::None));
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
