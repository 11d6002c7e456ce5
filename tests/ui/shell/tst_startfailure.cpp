// The dialog a desktop start shows when PayNudge cannot start: in the operator's language, with
// what to do first and the technical lines after.
#include "config/config.h"
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

    // What the store said (Engine::open's Error) reads in the operator's language; the command line
    // keeps the English (tst_storestart).
    void aStoreErrorReadsInChinese()
    {
        const Error locked(
            ErrorCode::StoreLockHeld, {}, { u"4242"_s, u"host1"_s, u"/d/paynudge.sqlite.lock"_s });
        StartFailure::show(u"zh_CN"_s, StartFailure::Cause::Locked, QList<Error> { locked });
        const QString shown = MessageBox::lastWarning();
        QVERIFY2(
            shown.endsWith(
                u"另一个 PayNudge（host1 上的进程 pid 4242）正在使用这个数据库；请先停止它，或给这一个另指定 "
                u"--data-dir（锁文件：/d/paynudge.sqlite.lock）"_s),
            qPrintable(shown));
        QVERIFY2(!shown.contains(u"already using"_s), qPrintable(shown));
    }

    void theConfigurationsProblemsReadInChinese()
    {
        const QList<Error> lines { Error(
                                       ErrorCode::StartConfigProblems, {}, { u"/c/paynudge.ini"_s, u"1"_s }),
            Error(ErrorCode::ConfigNotBoolean, u"intake/enabled"_s, { u"maybe"_s }) };
        StartFailure::show(u"zh_CN"_s, StartFailure::Cause::Configuration, lines);
        const QString shown = MessageBox::lastWarning();
        QVERIFY2(shown.contains(u"配置文件 /c/paynudge.ini 有 1 个问题；没有启动任何内容：\n  "_s),
            qPrintable(shown));
        QVERIFY2(shown.endsWith(configErrorLine(lines.at(1), true)), qPrintable(shown));
        QVERIFY2(!shown.contains(u"expected"_s), qPrintable(shown));
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
