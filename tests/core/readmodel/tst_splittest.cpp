#include "config/config.h"
#include "readmodel/splittest.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace paynudge;
using namespace paynudge::splittest;

// The split test's maths against values computed here another way (or printed in the literature),
// and how orders are split between the texts.
class TestSplitTest : public QObject
{
    Q_OBJECT

    static AccountConfig withVariants(int weightA, int weightB)
    {
        AccountConfig a;
        a.key = u"shop1"_s;
        a.variants = { TextVariant { u"a"_s, weightA, {}, {} }, TextVariant { u"b"_s, weightB, {}, {} } };
        return a;
    }

    // The Wilson bounds as the roots of (p̂ − p)² = z² p (1 − p) / n, a quadratic in p.
    static QPair<double, double> quadraticRoots(double x, double n, double z)
    {
        const double ph = x / n;
        const double a = 1.0 + z * z / n;
        const double b = -(2.0 * ph + z * z / n);
        const double c = ph * ph;
        const double d = std::sqrt(b * b - 4.0 * a * c);
        return { (-b - d) / (2.0 * a), (-b + d) / (2.0 * a) };
    }

    // Simulated split tests: how often the pooled test finds the difference at 95 %.
    static double simulatedPower(double p1, double p2, qint64 n, int runs)
    {
        std::mt19937_64 random(17);
        std::binomial_distribution<qint64> first(n, p1);
        std::binomial_distribution<qint64> second(n, p2);
        int found = 0;
        for (int i = 0; i < runs; ++i)
            if (std::abs(twoProportionZ(first(random), n, second(random), n)) >= kZ95)
                ++found;
        return double(found) / runs;
    }

private slots:
    void wilsonMatchesTheQuadraticsRoots()
    {
        for (const auto &[x, n] :
            QList<QPair<int, int>> { { 31, 100 }, { 1, 7 }, { 240, 1000 }, { 99, 100 } }) {
            const Interval w = wilson(x, n);
            const auto [low, high] = quadraticRoots(x, n, kZ95);
            QVERIFY2(std::abs(w.low - low) < 1e-12, qPrintable(u"%1/%2"_s.arg(x).arg(n)));
            QVERIFY2(std::abs(w.high - high) < 1e-12, qPrintable(u"%1/%2"_s.arg(x).arg(n)));
        }
        // 31 of 100: 22.8 % to 40.6 %, around 31 % but not centred on it.
        const Interval w = wilson(31, 100);
        QCOMPARE(std::round(w.low * 1000), 228.0);
        QCOMPARE(std::round(w.high * 1000), 406.0);
    }

    // Newcombe (1998), "Two-sided confidence intervals for the single proportion", table I, method 3.
    void wilsonMatchesNewcombesTable()
    {
        const auto rounded = [](double v) { return std::round(v * 10000) / 10000; };
        QCOMPARE(rounded(wilson(81, 263).low), 0.2553);
        QCOMPARE(rounded(wilson(81, 263).high), 0.3662);
        QCOMPARE(rounded(wilson(15, 148).low), 0.0624);
        QCOMPARE(rounded(wilson(15, 148).high), 0.1605);
        QCOMPARE(rounded(wilson(0, 20).low), 0.0);
        QCOMPARE(rounded(wilson(0, 20).high), 0.1611);
        QCOMPARE(rounded(wilson(1, 29).low), 0.0061);
        QCOMPARE(rounded(wilson(1, 29).high), 0.1718);
        QCOMPARE(wilson(0, 0).high, 0.0); // no orders: no interval
    }

    // z² of the pooled test is Pearson's χ² of the 2×2 table (no continuity correction).
    void zIsTheSquareRootOfTheTablesChiSquare()
    {
        const auto chiSquare = [](double a, double b, double c, double d) {
            const double n = a + b + c + d;
            return n * std::pow(a * d - b * c, 2) / ((a + b) * (c + d) * (a + c) * (b + d));
        };
        const double z = twoProportionZ(310, 1000, 240, 1000);
        QVERIFY(std::abs(z * z - chiSquare(310, 690, 240, 760)) < 1e-9);
        QVERIFY(std::abs(z - 3.5055) < 1e-4);
        QVERIFY(twoProportionZ(240, 1000, 310, 1000) < 0); // the first is lower
        const double unequal = twoProportionZ(31, 100, 72, 300);
        QVERIFY(std::abs(unequal * unequal - chiSquare(31, 69, 72, 228)) < 1e-9);
        QCOMPARE(twoProportionZ(0, 50, 0, 80), 0.0);
        QCOMPARE(twoProportionZ(5, 0, 3, 10), 0.0);
    }

    // At the estimate, about 80 % of simulated tests find the difference; at half of it, far fewer.
    void ordersNeededGiveEightyPercentPower()
    {
        const qint64 n = ordersPerTextNeeded(0.31, 0.24);
        QVERIFY2(n > 600 && n < 680, qPrintable(QString::number(n)));
        const double power = simulatedPower(0.31, 0.24, n, 4000);
        QVERIFY2(std::abs(power - 0.80) < 0.03, qPrintable(QString::number(power)));
        QVERIFY(simulatedPower(0.31, 0.24, n / 2, 4000) < 0.6);
        const qint64 small = ordersPerTextNeeded(0.10, 0.30);
        QVERIFY(std::abs(simulatedPower(0.10, 0.30, small, 4000) - 0.80) < 0.03);
        QCOMPARE(ordersPerTextNeeded(0.2, 0.2), 0);
        QCOMPARE(ordersPerTextNeeded(0.3, 0.2), ordersPerTextNeeded(0.2, 0.3));
    }

    void roughlyKeepsTwoDigits()
    {
        QCOMPARE(roughly(45), 45);
        QCOMPARE(roughly(387), 390);
        QCOMPARE(roughly(390), 390);
        QCOMPARE(roughly(1234), 1300);
        QCOMPARE(roughly(100), 100);
    }

    void judgeSaysWhichTextAndHowSure()
    {
        // B recovers more: 310 of 1000 against 240 of 1000 is significant.
        Verdict v = judge({ { u"a"_s, 1000, 240, 0 }, { u"b"_s, 1000, 310, 0 } });
        QCOMPARE(v.kind, Verdict::Kind::Significant);
        QCOMPARE(v.best, 1);
        QCOMPARE(v.other, 0);
        QVERIFY(!v.runnerUp);
        // The same rates on 100 orders each are not: about 2 × (n − 100) more, rounded.
        v = judge({ { u"a"_s, 100, 24, 0 }, { u"b"_s, 100, 31, 0 } });
        QCOMPARE(v.kind, Verdict::Kind::NeedMore);
        QCOMPARE(v.best, 1);
        QCOMPARE(v.moreNeeded, roughly(2 * (ordersPerTextNeeded(0.31, 0.24) - 100)));
        // Equal rates, or none paid at all: no difference to wait for.
        QCOMPARE(judge({ { u"a"_s, 100, 20, 0 }, { u"b"_s, 50, 10, 0 } }).kind, Verdict::Kind::NoDifference);
        QCOMPARE(judge({ { u"a"_s, 30, 0, 0 }, { u"b"_s, 40, 0, 0 } }).kind, Verdict::Kind::NoDifference);
        // A text without orders cannot be judged.
        v = judge({ { u"a"_s, 0, 0, 0 }, { u"b"_s, 40, 9, 0 } });
        QCOMPARE(v.kind, Verdict::Kind::NoOrders);
        QCOMPARE(v.other, 0);
        // Three texts: the best against the runner-up, not the worst.
        v = judge({ { u"a"_s, 1000, 100, 0 }, { u"b"_s, 1000, 310, 0 }, { u"c"_s, 1000, 300, 0 } });
        QVERIFY(v.runnerUp);
        QCOMPARE(v.best, 1);
        QCOMPARE(v.other, 2);
        QCOMPARE(v.kind, Verdict::Kind::NeedMore);
    }

    void variantsSplitFiftyFifty()
    {
        const AccountConfig a = withVariants(1, 1);
        int b = 0;
        for (int i = 0; i < 10000; ++i)
            b += a.variantOf(u"XG%1"_s.arg(20260302000000LL + i)) == u"b"_s;
        QVERIFY2(std::abs(b - 5000) <= 300, qPrintable(QString::number(b)));
    }

    void weightsOneToThreeSplitAQuarter()
    {
        const AccountConfig a = withVariants(1, 3);
        int first = 0;
        for (int i = 0; i < 10000; ++i)
            first += a.variantOf(u"ORDER-%1"_s.arg(i)) == u"a"_s;
        QVERIFY2(std::abs(first - 2500) <= 300, qPrintable(QString::number(first)));
    }

    // An order keeps its text: a resend, a restart, another engine all hash the same number.
    void anOrderAlwaysGetsTheSameText()
    {
        const AccountConfig a = withVariants(1, 1);
        const AccountConfig again = withVariants(1, 1);
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString no = u"XG-%1"_s.arg(i);
            const QString first = a.variantOf(no);
            QCOMPARE(a.variantOf(no), first);
            QCOMPARE(again.variantOf(no), first);
            seen << first;
        }
        QCOMPARE(seen, (QSet<QString> { u"a"_s, u"b"_s }));
        QCOMPARE(AccountConfig().variantOf(u"XG-1"_s), QString()); // no split test
    }
};

QTEST_APPLESS_MAIN(TestSplitTest)
#include "tst_splittest.moc"
