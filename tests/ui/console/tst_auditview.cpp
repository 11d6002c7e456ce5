#include "console/auditview.h"
#include "console/filedialog.h"
#include "engine/engine.h"
#include "engineinternals.h"
#include "readmodel/readservice.h"
#include "testsupport.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// The "Audit log" page (issue 17): its filters, paging, CSV export and live refresh.
class TestAuditView : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineFixture> f;

    static QStringList column(const AuditView &view, int c)
    {
        QStringList out;
        for (int r = 0; r < view.model()->rowCount(); ++r)
            out << view.model()->item(r, c)->text();
        return out;
    }
    // Waits for the next read after `change` and its rows.
    static bool reloadAfter(AuditView &view, const std::function<void()> &change)
    {
        QSignalSpy loaded(&view, &AuditView::loaded);
        change();
        return loaded.wait(5000);
    }

private slots:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        PAYNUDGE_INIT_FIXTURE(*f);
        // Yesterday a setting and a secret, today two actions (times in UTC, the test's zone).
        const qint64 yesterday = kT0 - 24 * 3600 * kSecond;
        QString error;
        QVERIFY2(EngineInternals::store(*f->engine)
                     .appendAudit({ { 0, yesterday, u"alice"_s, u"setting"_s, u"policy/perCustomerDaily"_s,
                                        u"2"_s, u"3"_s, {} },
                                      { 0, yesterday + kSecond, u"alice"_s, u"setting"_s,
                                          u"accounts/shop1/secret"_s, {}, {}, u"changed"_s },
                                      { 0, kT0, u"bob"_s, u"action"_s, u"A1 #1"_s, {}, u"skip"_s, {} },
                                      { 0, kT0 + kSecond, u"bob"_s, u"action"_s, u"A2 #2"_s, {},
                                          u"send_now"_s, u"the reminder is not open"_s } },
                         &error),
            qPrintable(error));
    }
    void cleanup() { f.reset(); }

    void showsFiltersAndExports()
    {
        AuditView view(*f->engine, f->engine->reads());
        QSignalSpy loaded(&view, &AuditView::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(column(view, 3),
            QStringList(
                { u"A2 #2"_s, u"A1 #1"_s, u"accounts/shop1/secret"_s, u"policy/perCustomerDaily"_s }));
        QCOMPARE(column(view, 1).first(), u"bob"_s);
        QCOMPARE(column(view, 2).first(), u"Action: Send now"_s);
        QCOMPARE(column(view, 5).first(), u"Refused: the reminder is not open"_s);
        QCOMPARE(column(view, 5).at(1), u"Done"_s);
        QCOMPARE(column(view, 4).at(2), u"changed (secret, not shown)"_s);
        QCOMPARE(column(view, 4).at(3), u"2 → 3"_s);
        QCOMPARE(view.countLabel()->text(), u"4 of 4 lines"_s);
        QVERIFY(!view.moreButton()->isEnabled());

        QVERIFY(reloadAfter(
            view, [&] { view.kindBox()->setCurrentIndex(view.kindBox()->findData(u"setting"_s)); }));
        QCOMPARE(view.model()->rowCount(), 2);
        QVERIFY(reloadAfter(
            view, [&] { view.rangeBox()->setCurrentIndex(view.rangeBox()->findData(0)); })); // Today
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(reloadAfter(
            view, [&] { view.rangeBox()->setCurrentIndex(view.rangeBox()->findData(1)); })); // Yesterday
        QCOMPARE(view.model()->rowCount(), 2);
        QVERIFY(reloadAfter(view, [&] {
            view.kindBox()->setCurrentIndex(0);
            view.rangeBox()->setCurrentIndex(0);
            view.actorEdit()->setText(u"bob"_s);
            view.searchEdit()->setText(u"a1"_s);
        }));
        QCOMPARE(column(view, 3), QStringList({ u"A1 #1"_s }));

        // The export writes what the filters select, in the page's words.
        const QString path = f->dir.filePath(u"audit.csv"_s);
        FileDialog::setNextFileName(path);
        QSignalSpy exported(&view, &AuditView::exported);
        view.exportCsv();
        QVERIFY(exported.wait(5000));
        QCOMPARE(exported.first().at(1).toLongLong(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY2(csv.contains(u"Time,Who,What,Subject,Old → new,Detail"_s), qPrintable(csv));
        QVERIFY2(csv.contains(u"2026-03-02 10:00:00,bob,Action: Skip,A1 #1,,Done"_s), qPrintable(csv));
        QVERIFY(!csv.contains(u"A2"_s));
    }

    void pagesAndFollowsNewLines()
    {
        AuditView view(*f->engine, f->engine->reads());
        QSignalSpy loaded(&view, &AuditView::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(view.model()->rowCount(), 4);
        // An operator's action elsewhere appears without a click.
        f->clock.advance(10 * kMinute);
        QVERIFY(
            reloadAfter(view, [&] { f->engine->pauseAll(Error(ErrorCode::PausedBy, {}, { u"carol"_s })); }));
        QCOMPARE(view.model()->rowCount(), 5);
        QCOMPARE(view.model()->item(0, 1)->text(), u"carol"_s);
        QCOMPARE(view.model()->item(0, 2)->text(), u"Action: Pause sending"_s);

        // More lines than a page: the rest on "Show older", none twice.
        QList<AuditRecord> many;
        for (int i = 0; i < AuditView::kPageSize; ++i)
            many << AuditRecord { 0, kT0 + kMinute + i, u"dave"_s, u"action"_s, u"X%1"_s.arg(i), {},
                u"skip"_s, {} };
        QString error;
        QVERIFY(EngineInternals::store(*f->engine).appendAudit(many, &error));
        QVERIFY(reloadAfter(view, [&] { view.refresh(); }));
        QCOMPARE(view.model()->rowCount(), AuditView::kPageSize);
        QVERIFY(view.moreButton()->isEnabled());
        QVERIFY(reloadAfter(view, [&] { view.moreButton()->click(); }));
        QCOMPARE(view.model()->rowCount(), AuditView::kPageSize + 5);
        QVERIFY(!view.moreButton()->isEnabled());
        QCOMPARE(view.model()->item(view.model()->rowCount() - 1, 3)->text(), u"policy/perCustomerDaily"_s);
    }

    // Not a check: with PAYNUDGE_AUDIT_SCREENSHOT=<file.png> the page as a 1366×768 window shows it.
    void screenshot()
    {
        const QString path = qEnvironmentVariable("PAYNUDGE_AUDIT_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("PAYNUDGE_AUDIT_SCREENSHOT not set");
        AuditView view(*f->engine, f->engine->reads());
        QSignalSpy loaded(&view, &AuditView::loaded);
        QVERIFY(loaded.wait(5000));
        view.resize(1366, 700);
        view.show();
        QVERIFY(view.grab().save(path));
    }
};

QTEST_MAIN(TestAuditView)
#include "tst_auditview.moc"
