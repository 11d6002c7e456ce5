#include "console/consoletable.h"
#include "console/filedialog.h"
#include "console/historyview.h"
#include "console/mainwindow.h"
#include "console/messagebox.h"
#include "console/operatoractions.h"
#include "console/optoutdialog.h"
#include "console/optoutview.h"
#include "console/pendingordersmodel.h"
#include "console/pendingview.h"
#include "consolefixture.h"
#include "shell/translations.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The "Do not remind" page and the rows' "Do not remind this customer…" (issue 17), offscreen:
// listing, search, add, remove, CSV import, and what a resend's confirmation says of a listed customer.
class TestOptOutView : public QObject
{
    Q_OBJECT

    static constexpr auto kCustomer = u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"; // the fixture's orders' openid

    std::unique_ptr<ConsoleFixture> c;
    std::unique_ptr<MainWindow> w;
    QTemporaryDir m_dir;

    OptOutView &page() { return w->optOutView(); }

    void make()
    {
        c = std::make_unique<ConsoleFixture>();
        w = std::make_unique<MainWindow>(c->engine());
        w->pendingView().model().setTicking(false);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTRY_VERIFY(!w->pendingView().model().isLoading());
    }

    void put(const QString &openid, const QString &reason)
    {
        bool created = false;
        QString error;
        QVERIFY2(c->engine().putOptOut(openid, reason, u"tester"_s, &created, &error), qPrintable(error));
    }

    QString cell(int row, int column) { return page().table().model()->index(row, column).data().toString(); }

    OptOutDialog *openDialog() { return w->findChild<OptOutDialog *>(u"optOutDialog"_s); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return path;
    }

private slots:
    void initTestCase() { MessageBox::setTestMode(true); }
    void cleanup()
    {
        w.reset();
        c.reset();
    }

    void pageListsSearchesAddsAndRemoves()
    {
        make();
        put(u"oAlphaCustomer001"_s, u"complained"_s);
        c->f->clock.advance(kSecond);
        put(u"oBetaCustomer0002"_s, u"blocked us"_s);
        w->tabs().setCurrentWidget(&page());
        QTRY_COMPARE(page().shownOpenids(), QStringList({ u"oBetaCustomer0002"_s, u"oAlphaCustomer001"_s }));
        // Masked, with reason, who and when.
        QCOMPARE(cell(0, 0), u"oBet…0002"_s);
        QCOMPARE(cell(0, 1), u"blocked us"_s);
        QCOMPARE(cell(0, 2), u"tester"_s);
        QVERIFY(!cell(0, 3).isEmpty());
        QCOMPARE(page().summary().text(), u"2 customer(s)"_s);

        // The search (openid or reason) reads again after a pause in typing.
        page().searchBox().setText(u"COMPLAIN"_s);
        QTRY_COMPARE(page().shownOpenids(), QStringList({ u"oAlphaCustomer001"_s }));
        page().searchBox().clear();
        QTRY_COMPARE(page().shownOpenids().size(), 2);

        // Add…: the operator types the openid; a bad one is refused in the dialog, which stays open.
        c->f->clock.advance(kSecond); // the newest: first in the list
        page().findChild<QPushButton *>(u"optOutAdd"_s)->click();
        OptOutDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->openidEdit().setText(u"not an openid"_s);
        dialog->reasonEdit().setText(u"asked"_s);
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problem().contains(u"openid"_s), qPrintable(dialog->problem()));
        dialog->openidEdit().setText(u"oGammaCustomer003"_s);
        dialog->accept();
        QTRY_VERIFY(!openDialog());
        QTRY_COMPARE(page().shownOpenids().first(), u"oGammaCustomer003"_s);
        QCOMPARE(c->engine().optOut(u"oGammaCustomer003"_s)->reason, u"asked"_s);

        // Remove: confirmed with the customers listed masked; "no" keeps them.
        page().table().selectRow(1); // oBeta
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        QCOMPARE(page().removeSelected(), 0);
        QVERIFY(c->engine().optOut(u"oBetaCustomer0002"_s));
        QVERIFY(MessageBox::lastQuestion().contains(u"oBet…0002"_s));
        QVERIFY(!MessageBox::lastQuestion().contains(u"oBetaCustomer0002"_s));
        page().table().selectRow(1);
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        page().findChild<QPushButton *>(u"optOutRemove"_s)->click();
        QVERIFY(!c->engine().optOut(u"oBetaCustomer0002"_s));
        QTRY_COMPARE(page().shownOpenids(), QStringList({ u"oGammaCustomer003"_s, u"oAlphaCustomer001"_s }));
    }

    void rowMenuPutsTheRowsCustomerOnTheListAndResendSaysSo()
    {
        make();
        c->add(u"ROW-1"_s, kT0);
        QTRY_COMPARE(w->pendingView().model().rowCount(), 1);
        w->tabs().setCurrentWidget(&w->pendingView());
        w->pendingView().table().selectRow(0);
        QAction *action = w->action(u"optOutCustomerAction"_s);
        QVERIFY(action);
        QVERIFY(w->pendingView().table().actions().contains(action)); // in the row's context menu
        QVERIFY(w->historyView().table().actions().contains(action));
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        OptOutDialog *dialog = openDialog();
        QVERIFY(dialog);
        // The row's customer, by nickname and masked openid; never the whole openid.
        QCOMPARE(dialog->customerLabel().text(), u"小王 (oUpF…eS6o)"_s);
        QVERIFY(!dialog->openidEdit().isVisible());
        dialog->reasonEdit().setText(u"投诉过"_s);
        dialog->accept();
        QTRY_VERIFY(!openDialog());
        const auto entry = c->engine().optOut(QString::fromUtf16(kCustomer));
        QVERIFY(entry);
        QCOMPARE(entry->reason, u"投诉过"_s);
        QCOMPARE(entry->actor, OperatorActions::actor());

        // The resend's confirmation says the customer is listed; the refusal follows.
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        w->action(u"resendAction"_s)->trigger();
        QVERIFY2(MessageBox::lastQuestion().contains(u"on the do-not-remind list (投诉过)"_s),
            qPrintable(MessageBox::lastQuestion()));
        QVERIFY2(MessageBox::lastWarning().contains(u"do-not-remind list"_s),
            qPrintable(MessageBox::lastWarning()));
        QVERIFY(MessageBox::lastWarning().contains(u"oUpF…eS6o"_s));
        QCOMPARE(countWhere(c->engine(), u"SELECT COUNT(*) FROM reminders WHERE manual = 1"_s), 0);
    }

    void importCsvChecksTheWholeFileFirst()
    {
        make();
        w->tabs().setCurrentWidget(&page());
        // One bad line: nothing is added, and the warning names the line.
        FileDialog::setNextFileName(writeFile(u"bad.csv"_s, "openid,reason\noOne,a\no.two,b\n"));
        QVERIFY(!page().importCsv());
        QVERIFY2(
            MessageBox::lastWarning().contains(u"line 3, openid"_s), qPrintable(MessageBox::lastWarning()));
        QVERIFY(!c->engine().optOut(u"oOne"_s));

        FileDialog::setNextFileName(writeFile(u"good.csv"_s, "\xEF\xBB\xBFopenid,reason\noOne,a\noTwo,b\n"));
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        QVERIFY(page().importCsv());
        QVERIFY2(MessageBox::lastQuestion().contains(u"Add 2 customer(s)"_s),
            qPrintable(MessageBox::lastQuestion()));
        QCOMPARE(c->engine().optOut(u"oTwo"_s)->reason, u"b"_s);
        QTRY_COMPARE(page().shownOpenids().size(), 2);
        // File → Import do-not-remind list… is the same.
        QVERIFY(w->action(u"importOptOutsAction"_s));
    }

    // With PAYNUDGE_SCREENSHOT_DIR set: the page at 1366×768 in English and Chinese, for a person to look at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PAYNUDGE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("PAYNUDGE_SCREENSHOT_DIR is not set");
        for (const QString &language : { u"en"_s, u"zh_CN"_s }) {
            QVERIFY(Translations::install(language));
            make();
            put(u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s, u"投诉：一天收到三条催付"_s);
            put(u"oX7a9Kd2LmQp0sTuVwXyZ12345"_s, u"asked by phone not to be reminded"_s);
            put(u"oCrm00000000000000000000042"_s, QString());
            w->resize(1366, 740);
            w->tabs().setCurrentWidget(&page());
            QTRY_COMPARE(page().shownOpenids().size(), 3);
            applyLayoutRequests();
            QVERIFY(w->grab().save(QDir(dir).filePath(u"optout-page.%1.png"_s.arg(language))));
            c->add(u"ROW-1"_s, kT0);
            w->tabs().setCurrentWidget(&w->pendingView());
            QTRY_COMPARE(w->pendingView().model().rowCount(), 1);
            w->pendingView().table().selectRow(0);
            w->action(u"optOutCustomerAction"_s)->trigger();
            QTRY_VERIFY(openDialog() && openDialog()->isVisible());
            applyLayoutRequests();
            QVERIFY(openDialog()->grab().save(QDir(dir).filePath(u"optout-dialog.%1.png"_s.arg(language))));
            openDialog()->reject();
            cleanup();
        }
        Translations::install(u"en"_s);
    }
};

QTEST_MAIN(TestOptOutView)
#include "tst_optoutview.moc"
