#include "config/config.h"
#include "config/configkeys.h"
#include "shell/translations.h"
#include "shell/traycontroller.h"
#include "testconfig.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(u"en"_s); }

    void theSystemLocaleChoosesAndTheSettingOverrides_data()
    {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("chosen");
        QTest::newRow("chinese system") << QString() << u"zh_CN"_s << u"zh_CN"_s;
        QTest::newRow("taiwan system reads simplified") << QString() << u"zh_TW"_s << u"zh_CN"_s;
        QTest::newRow("english system") << QString() << u"en_GB"_s << u"en"_s;
        QTest::newRow("unshipped system") << QString() << u"de_DE"_s << u"en"_s;
        QTest::newRow("setting wins") << u"en"_s << u"zh_CN"_s << u"en"_s;
        QTest::newRow("setting zh") << u"zh"_s << u"en_US"_s << u"zh_CN"_s;
        QTest::newRow("setting zh_CN") << u"zh_CN"_s << u"de_DE"_s << u"zh_CN"_s;
        QTest::newRow("unknown setting") << u"tlh"_s << u"zh_CN"_s << u"zh_CN"_s;
    }

    void theSystemLocaleChoosesAndTheSettingOverrides()
    {
        QFETCH(QString, configured);
        QFETCH(QString, system);
        QFETCH(QString, chosen);
        QCOMPARE(Translations::choose(configured, QLocale(system)), chosen);
    }

    void chineseTranslatesTheShellAndTheConsole()
    {
        QVERIFY(Translations::install(u"zh_CN"_s));
        QCOMPARE(QCoreApplication::translate("paynudge::TrayController", "Quit PayNudge"), u"退出催付助手"_s);
        QCOMPARE(
            QCoreApplication::translate("paynudge::SettingsDialog", "PayNudge Settings"), u"催付助手设置"_s);
        QCOMPARE(QCoreApplication::translate(
                     "paynudge::TrayController", "%n order(s) awaiting payment", nullptr, 3),
            u"3 个订单待付款"_s);

        // Widgets built now speak Chinese.
        test::EngineFixture engine;
        QWidget window;
        QSettings state(engine.dir.filePath(u"state.ini"_s), QSettings::IniFormat);
        TrayController tray(*engine.engine, window, state);
        QCOMPARE(tray.pauseAction()->text(), u"暂停发送"_s);

        // Qt's own buttons and file dialogs too: scripts/install-deps.sh installs Qt's translations
        // (qt6-translations-l10n) with what running PayNudge needs, and the package recommends them.
        QVERIFY2(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_zh_CN.qm"_s),
            "Qt's own Chinese translation is missing: install qt6-translations-l10n");
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
    }

    void configErrorsAndKeyHelpReadInChinese()
    {
        QVERIFY(Translations::install(u"zh_CN"_s));
        const Error outOfRange(
            ErrorCode::ConfigOutOfRange, u"reminder/batchSize"_s, { u"0"_s, u"1"_s, u"1000"_s });
        QCOMPARE(outOfRange.text(), u"reminder/batchSize：应为 1 到 1000 之间的整数"_s);
        QCOMPARE(
            configErrorLine(outOfRange, true), u"[reminder/batchSize] = \"0\"：应为 1 到 1000 之间的整数"_s);
        // The command line and the log keep English.
        QCOMPARE(configErrorLine(outOfRange),
            u"[reminder/batchSize] = \"0\": expected a whole number from 1 to 1000"_s);
        QCOMPARE(
            ConfigKey::get(ConfigKeyId::ReminderBatchSize).helpText(), u"每批从数据库领取的提醒数量。"_s);
        for (const ConfigKey &k : ConfigKey::all())
            QVERIFY2(k.helpText() != k.englishHelp(), qPrintable(k.path(u"a"_s)));
    }

    void theAccountMadeWhenNoneIsConfiguredIsNamedInTheUisLanguage()
    {
        // A first start has no account in the file; the one PayNudge makes is shown by name,
        // never as "default" or in the other language.
        const Config none = Config::defaults();
        QCOMPARE(none.accounts.size(), 1);
        QVERIFY(Translations::install(u"zh_CN"_s));
        QCOMPARE(none.accounts.first().displayName(), u"默认店铺"_s);
        QVERIFY(Translations::install(u"en"_s));
        QCOMPARE(none.accounts.first().displayName(), u"Default shop"_s);
        AccountConfig named = none.accounts.first();
        named.name = u"西瓜乐园"_s; // a name the shop gave is shown as given
        QCOMPARE(named.displayName(), u"西瓜乐园"_s);
    }

    void englishUsesPluralsAndReplacesChinese()
    {
        QVERIFY(Translations::install(u"zh_CN"_s));
        QVERIFY(Translations::install(u"en"_s)); // the earlier catalogue goes
        QCOMPARE(
            QCoreApplication::translate("paynudge::TrayController", "Quit PayNudge"), u"Quit PayNudge"_s);
        QCOMPARE(QCoreApplication::translate(
                     "paynudge::TrayController", "%n order(s) awaiting payment", nullptr, 1),
            u"1 order awaiting payment"_s);
        QCOMPARE(QCoreApplication::translate(
                     "paynudge::TrayController", "%n order(s) awaiting payment", nullptr, 2),
            u"2 orders awaiting payment"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    }

    void everyStringHasAChineseTranslation()
    {
        // The shipped catalogue is complete: no message left unfinished or empty.
        QFile ts(QStringLiteral(PAYNUDGE_SOURCE_DIR "/resources/translations/paynudge_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        QVERIFY(text.count(u"<message"_s) > 100);
        QCOMPARE(text.count(u"type=\"unfinished\""_s), 0);
        QCOMPARE(text.count(u"<translation></translation>"_s), 0);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
