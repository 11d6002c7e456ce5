// The dialog a desktop start shows when PayNudge cannot start: in the operator's language, with
// what to do first and the technical lines after.
#include "console/messagebox.h"
#include "shell/startfailure.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

class TestStartFailure : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { MessageBox::setTestMode(true); }

    void aDamagedStoreIsExplainedInChinese()
    {
        const QString detail = u"the store /d/paynudge.sqlite is damaged (SQLite: file is not a database)"_s;
        StartFailure::show(u"zh_CN"_s, StartFailure::Cause::Store, { detail });
        const QString shown = MessageBox::lastWarning();
        QVERIFY2(shown.startsWith(u"PayNudge 没有启动"_s), qPrintable(shown));
        QVERIFY(shown.endsWith(detail));
    }

    void eachCauseHasItsOwnWords_data()
    {
        QTest::addColumn<int>("cause");
        QTest::addColumn<QString>("words");
        QTest::newRow("configuration") << int(StartFailure::Cause::Configuration) << u"configuration file"_s;
        QTest::newRow("locked") << int(StartFailure::Cause::Locked) << u"another PayNudge"_s;
        QTest::newRow("store") << int(StartFailure::Cause::Store) << u"store of orders"_s;
    }

    void eachCauseHasItsOwnWords()
    {
        QFETCH(int, cause);
        QFETCH(QString, words);
        StartFailure::show(u"en"_s, StartFailure::Cause(cause), { u"line one"_s, u"line two"_s });
        const QString shown = MessageBox::lastWarning();
        QVERIFY2(shown.contains(words), qPrintable(shown));
        QVERIFY(shown.endsWith(u"line one\nline two"_s));
    }
};

QTEST_MAIN(TestStartFailure)
#include "tst_startfailure.moc"
