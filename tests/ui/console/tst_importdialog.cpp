#include "console/filedialog.h"
#include "console/importdialog.h"
#include "console/mainwindow.h"
#include "console/pendingordersmodel.h"
#include "console/pendingview.h"
#include "consolefixture.h"
#include "shell/translations.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::test;

// File → Import orders from CSV, driven through the window's action and the dialog's widgets,
// offscreen. The file is chosen through FileDialog's test seam.
class TestImportDialog : public QObject
{
    Q_OBJECT

    static constexpr char kHeader[] = "order_no,account,openid,nickname,product,amount_fen,placed_at\n";
    static inline const QString kOpenid = u"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"_s;

    std::unique_ptr<ConsoleFixture> c;
    std::unique_ptr<MainWindow> w;

    void make()
    {
        c = std::make_unique<ConsoleFixture>();
        QVERIFY(c->f->ok);
        w = std::make_unique<MainWindow>(c->engine());
        w->pendingView().model().setTicking(false);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTRY_VERIFY(!pending().isLoading());
    }

    PendingOrdersModel &pending() { return w->pendingView().model(); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = c->f->dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qWarning("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

    // A row placed a minute before the fixture's clock: its reminder is still ahead.
    static QByteArray row(const QString &orderNo, const QString &account, const QString &nickname,
        const QString &product, const QString &amount)
    {
        return u"%1,%2,%3,%4,%5,%6,%7\n"_s.arg(orderNo, account, kOpenid, nickname, product, amount)
            .arg((kT0 - kMinute) / 1000)
            .toUtf8();
    }

    // Triggers the window's action for `path`; the dialog it opened.
    ImportDialog *openImport(const QString &path)
    {
        FileDialog::setNextFileName(path);
        w->action(u"importAction"_s)->trigger();
        return w->findChild<ImportDialog *>();
    }

    qint64 storedOrders() { return countWhere(c->engine(), u"SELECT COUNT(*) FROM orders"_s); }

    static QString cellText(const QTableWidget &t, int row, int column)
    {
        const QTableWidgetItem *item = t.item(row, column);
        return item ? item->text() : QString();
    }

    static int columnOf(const QTableWidget &t, const QString &header)
    {
        for (int c = 0; c < t.columnCount(); ++c)
            if (t.horizontalHeaderItem(c) && t.horizontalHeaderItem(c)->text() == header)
                return c;
        return -1;
    }

    QStringList pendingOrderNos()
    {
        QStringList out;
        for (int r = 0; r < pending().rowCount(); ++r)
            out << pending().data(pending().index(r, int(PendingColumn::OrderNo))).toString();
        out.sort();
        return out;
    }

private slots:
    // English plurals come from the English catalogue, as in the app.
    void initTestCase() { QVERIFY(Translations::install(u"en"_s)); }

    void cleanup()
    {
        w.reset();
        c.reset();
        Translations::install(u"en"_s);
    }

    void theFileMenuOffersItWithCtrlI()
    {
        make();
        QAction *import = w->action(u"importAction"_s);
        QVERIFY(import);
        QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QMenu *file = w->menuBar()->actions().first()->menu();
        QVERIFY(file->actions().contains(import));
    }

    void previewsBadLinesAndStoresTheGoodRowsOnlyOnConfirm()
    {
        make();
        const QString path = writeFile(u"orders.csv"_s,
            kHeader + row(u"CSV-1"_s, u"shop1"_s, u"小王"_s, u"有机苹果 5kg"_s, u"12850"_s)
                + row(u"CSV-2"_s, u"shop1"_s, u"李雷"_s, u"pears"_s, u"-5"_s)
                + row(u"CSV-3"_s, u"shop2"_s, u"韩梅梅"_s, u"plums"_s, u"990"_s));
        ImportDialog *d = openImport(path);
        QVERIFY(d);
        QVERIFY(d->isVisible());
        QCOMPARE(d->path(), path);
        QCOMPARE(d->encodingLabel().text(), u"Encoding: UTF-8"_s);

        // The preview: every row as read, the openid masked as the console masks it.
        const QTableWidget &preview = d->previewTable();
        QCOMPARE(preview.rowCount(), 3);
        const int orderCol = columnOf(preview, u"order_no"_s);
        const int openidCol = columnOf(preview, u"openid"_s);
        QVERIFY(orderCol > 0 && openidCol > 0);
        QCOMPARE(cellText(preview, 1, 0), u"3"_s); // the file's line
        QCOMPARE(cellText(preview, 1, orderCol), u"CSV-2"_s);
        for (int r = 0; r < preview.rowCount(); ++r)
            QCOMPARE(cellText(preview, r, openidCol), u"oUpF…eS6o"_s);

        // The bad line: its line number, field and reason.
        const QTableWidget &bad = d->badLinesTable();
        QVERIFY(bad.isVisible());
        QCOMPARE(bad.rowCount(), 1);
        QCOMPARE(cellText(bad, 0, 0), u"3"_s);
        QCOMPARE(cellText(bad, 0, 1), u"amount_fen"_s);
        QCOMPARE(cellText(bad, 0, 2), u"Invalid value"_s);
        QVERIFY2(cellText(bad, 0, 3).contains(u"negative"_s), qPrintable(cellText(bad, 0, 3)));
        QVERIFY(d->summaryLabel().text().contains(u"1 bad line, not imported"_s));

        // Nothing is stored before the operator confirms.
        QCOMPARE(d->importButton().text(), u"Import 2 orders"_s);
        QVERIFY(d->importButton().isEnabled());
        QCOMPARE(storedOrders(), 0);
        // The list reads the store again: an order stored on the way would show now.
        QSignalSpy loaded(&pending(), &PendingOrdersModel::loaded);
        pending().reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(pending().rowCount(), 0);

        QTest::mouseClick(&d->importButton(), Qt::LeftButton);
        QCOMPARE(storedOrders(), 2);
        QCOMPARE(countWhere(c->engine(), u"SELECT COUNT(*) FROM orders WHERE order_no = 'CSV-2'"_s), 0);
        QVERIFY2(d->messageLabel().text().contains(u"2 new orders stored."_s),
            qPrintable(d->messageLabel().text()));
        QVERIFY(!d->importButton().isEnabled()); // a second press would store nothing new
        QVERIFY(w->statusBar()->currentMessage().contains(u"2 new, 0 already there, 0 conflicting"_s));

        // The pending list hears of them through the engine.
        QTRY_COMPARE(pending().rowCount(), 2);
        QCOMPARE(pendingOrderNos(), (QStringList { u"CSV-1"_s, u"CSV-3"_s }));
    }

    // A shop's own export, read in the Chinese window: its Chinese headers, amounts in yuan, no
    // account column (one account would do; here two are configured, so it has one), and the
    // problems said in Chinese with the column as the file names it.
    void aShopExportWithChineseHeadersAndYuan()
    {
        QVERIFY(Translations::install(u"zh_CN"_s));
        make();
        const qint64 placed = (kT0 - kMinute) / 1000;
        const QString text = u"订单号,店铺,OpenID,昵称,商品,金额（元）,下单时间\n"_s
            + u"ZH-1,shop1,%1,小王,有机苹果 5kg,\"¥1,280.50\",%2\n"_s.arg(kOpenid).arg(placed)
            + u"ZH-2,shop1,%1,李雷,梨,十块,%2\n"_s.arg(kOpenid).arg(placed);
        ImportDialog *d = openImport(writeFile(u"shop.csv"_s, text.toUtf8()));
        QVERIFY(d);
        const QTableWidget &preview = d->previewTable();
        QCOMPARE(preview.rowCount(), 2);
        QVERIFY(columnOf(preview, u"订单号"_s) > 0);
        const int amountCol = columnOf(preview, u"金额（元）"_s);
        QVERIFY(amountCol > 0);
        QCOMPARE(cellText(preview, 0, amountCol), u"¥1,280.50"_s);
        QCOMPARE(cellText(preview, 0, columnOf(preview, u"OpenID"_s)), u"oUpF…eS6o"_s);

        const QTableWidget &bad = d->badLinesTable();
        QCOMPARE(bad.rowCount(), 1);
        QCOMPARE(cellText(bad, 0, 0), u"3"_s);
        QCOMPARE(cellText(bad, 0, 1), u"金额（元）"_s);
        const QString why = cellText(bad, 0, 3);
        QVERIFY2(why.contains(u"元"_s) && !why.contains(u"must"_s), qPrintable(why));
        QVERIFY2(!cellText(bad, 0, 2).contains(u"Invalid"_s), qPrintable(cellText(bad, 0, 2)));

        QTest::mouseClick(&d->importButton(), Qt::LeftButton);
        QCOMPARE(storedOrders(), 1);
        const auto stored = c->engine().orderByNo(u"ZH-1"_s);
        QVERIFY(stored);
        QCOMPARE(stored->input.amountFen, 128050);
        QCOMPARE(stored->input.nickname, u"小王"_s);
    }

    void storedNumbersAreReportedBeforeAndCountedAfter()
    {
        make();
        OrderInput same = sampleOrder(u"OLD-1"_s, kT0 - kMinute, u"shop1"_s);
        c->engine().acceptOrder(same);
        c->engine().acceptOrder(sampleOrder(u"OLD-2"_s, kT0 - kMinute, u"shop1"_s));
        QCOMPARE(storedOrders(), 2);

        const QString path = writeFile(u"again.csv"_s,
            kHeader
                + row(u"OLD-1"_s, u"shop1"_s, same.nickname, same.product, QString::number(same.amountFen))
                + row(u"OLD-2"_s, u"shop1"_s, u"小王"_s, u"another product"_s, u"100"_s)
                + row(u"NEW-1"_s, u"shop2"_s, u"小王"_s, u"pears"_s, u"100"_s));
        ImportDialog *d = openImport(path);
        QVERIFY(d);
        // The taken number is a bad line before anything is stored.
        QCOMPARE(d->badLinesTable().rowCount(), 1);
        QCOMPARE(cellText(d->badLinesTable(), 0, 0), u"3"_s);
        QCOMPARE(cellText(d->badLinesTable(), 0, 2), u"Order number already used"_s);
        QCOMPARE(d->importButton().text(), u"Import 2 orders"_s);

        QTest::mouseClick(&d->importButton(), Qt::LeftButton);
        QCOMPARE(storedOrders(), 3);
        const QString message = d->messageLabel().text();
        QVERIFY2(message.contains(u"1 new order stored."_s), qPrintable(message));
        QVERIFY2(message.contains(u"1 order was already there"_s), qPrintable(message));
        QVERIFY2(message.contains(u"1 line names an order number already used"_s), qPrintable(message));
        const auto old2 = c->engine().orderByNo(u"OLD-2"_s);
        QVERIFY(old2);
        QCOMPARE(old2->input.product, same.product); // the stored order is left alone
    }

    void readsGb18030AsExcelWritesIt()
    {
        make();
        const QString text = QString::fromLatin1(kHeader)
            + QString::fromUtf8(row(u"GB-1"_s, u"shop1"_s, u"小王"_s, u"有机苹果 5kg"_s, u"12850"_s));
        QStringEncoder gb18030("GB18030");
        QVERIFY(gb18030.isValid());
        const QByteArray bytes = gb18030.encode(text);
        QVERIFY(!gb18030.hasError());
        QVERIFY(bytes != text.toUtf8()); // really another encoding

        ImportDialog *d = openImport(writeFile(u"excel.csv"_s, bytes));
        QVERIFY(d);
        QCOMPARE(d->encodingLabel().text(), u"Encoding: GB18030 (GBK)"_s);
        const QTableWidget &preview = d->previewTable();
        QCOMPARE(preview.rowCount(), 1);
        QCOMPARE(cellText(preview, 0, columnOf(preview, u"nickname"_s)), u"小王"_s);
        QCOMPARE(cellText(preview, 0, columnOf(preview, u"product"_s)), u"有机苹果 5kg"_s);
        QCOMPARE(d->badLinesTable().rowCount(), 0);
        QVERIFY(!d->badLinesTable().isVisible());

        QTest::mouseClick(&d->importButton(), Qt::LeftButton);
        const auto stored = c->engine().orderByNo(u"GB-1"_s);
        QVERIFY(stored);
        QCOMPARE(stored->input.product, u"有机苹果 5kg"_s);
        QCOMPARE(stored->input.nickname, u"小王"_s);
    }

    void aFileThatCannotBeUsedOffersNoImport_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        const QByteArray good = row(u"X-1"_s, u"shop1"_s, u"w"_s, u"p"_s, u"1"_s);
        QTest::newRow("unknown column")
            << QByteArray("order_number,account,openid,product,amount_fen,placed_at\n") + good
            << u"line 1: unknown column \"order_number\""_s;
        QTest::newRow("required column missing")
            << QByteArray("order_no,account,openid,product,placed_at\nX-1,shop1,o1,p,1772445600\n")
            << u"line 1: the header has no amount_fen column"_s;
        QTest::newRow("quote never closed")
            << QByteArray(kHeader) + good + "X-2,shop1,o1,w,\"pears,1,1772445600\n"
            << u"line 3: a quoted field is never closed"_s;
        QTest::newRow("empty") << QByteArray() << u"the file is empty"_s;
        QTest::newRow("utf-16") << QByteArray("\xFF\xFE\x6f\x00") << u"the file is UTF-16"_s;
    }

    void aFileThatCannotBeUsedOffersNoImport()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        make();
        ImportDialog *d = openImport(writeFile(u"bad.csv"_s, content));
        QVERIFY(d);
        QVERIFY(d->messageLabel().isVisible());
        QVERIFY2(
            d->messageLabel().text().contains(u"cannot be imported"_s), qPrintable(d->messageLabel().text()));
        QVERIFY2(d->messageLabel().text().contains(reason), qPrintable(d->messageLabel().text()));
        QVERIFY(!d->importButton().isVisible());
        QVERIFY(!d->importButton().isEnabled());
        QVERIFY(!d->previewTable().isVisible());
        d->importRows(); // even called directly, nothing happens
        QCOMPARE(storedOrders(), 0);
    }

    void anUnreadableFileSaysWhy()
    {
        make();
        ImportDialog *d = openImport(c->f->dir.filePath(u"missing.csv"_s));
        QVERIFY(d);
        QVERIFY2(d->messageLabel().text().contains(u"cannot read"_s), qPrintable(d->messageLabel().text()));
        QVERIFY(!d->importButton().isVisible());
    }

    void choosingAnotherFileReplacesThePreview()
    {
        make();
        ImportDialog *d = openImport(writeFile(u"bad.csv"_s, "nonsense\n"));
        QVERIFY(d);
        QVERIFY(!d->importButton().isVisible());
        FileDialog::setNextFileName(
            writeFile(u"good.csv"_s, kHeader + row(u"G-1"_s, u"shop1"_s, u"w"_s, u"p"_s, u"1"_s)));
        QTest::mouseClick(d->findChild<QPushButton *>(u"importChoose"_s), Qt::LeftButton);
        QVERIFY(!d->messageLabel().isVisible());
        QVERIFY(d->importButton().isVisible());
        QCOMPARE(d->importButton().text(), u"Import 1 order"_s);
        QCOMPARE(d->previewTable().rowCount(), 1);
    }

    void speaksChinese()
    {
        make();
        QVERIFY(Translations::install(u"zh_CN"_s));
        ImportDialog *d = openImport(writeFile(u"orders.csv"_s,
            kHeader + row(u"ZH-1"_s, u"shop1"_s, u"w"_s, u"p"_s, u"1"_s)
                + row(u"ZH-2"_s, u"shop9"_s, u"w"_s, u"p"_s, u"1"_s)));
        QVERIFY(d);
        QCOMPARE(d->windowTitle(), u"从 CSV 导入订单"_s);
        QCOMPARE(d->importButton().text(), u"导入 1 个订单"_s);
        QCOMPARE(d->encodingLabel().text(), u"编码：UTF-8"_s);
        QCOMPARE(cellText(d->badLinesTable(), 0, 2), u"账号未配置"_s);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
