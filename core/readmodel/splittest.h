#pragma once

#include <QList>
#include <QString>

namespace paynudge {

// The figures of one text of a split test over a period (core/readmodel/splittestquery.h reads them).
struct VariantFigures
{
    QString variant; // its name in the configuration ("a", "b")
    qint64 reminded = 0; // orders first reminded with this text in the period
    qint64 paidAfterReminder = 0; // of those, paid after that reminder and before their close time
    qint64 recoveredFen = 0; // what those paid orders were worth

    double rate() const { return reminded > 0 ? double(paidAfterReminder) / double(reminded) : 0.0; }
};

// The statistics of a split test: plain maths on counts, no store, no clock.
namespace splittest {

inline constexpr double kZ95 = 1.959963984540054; // two-sided 95 %
inline constexpr double kZPower80 = 0.8416212335729143; // one-sided 80 %

struct Interval
{
    double low = 0.0;
    double high = 0.0;
};

// The Wilson score interval of `successes` out of `trials` (95 % by default); [0, 0] for no trials.
Interval wilson(qint64 successes, qint64 trials, double z = kZ95);

// The pooled two-proportion z statistic of x1/n1 against x2/n2 (positive: the first is higher);
// 0 when either has no trials or both rates are 0 or 1.
double twoProportionZ(qint64 x1, qint64 n1, qint64 x2, qint64 n2);

// Orders each of two texts needs for a difference between rates p1 and p2 to show at 95 %
// confidence with 80 % power (Fleiss, without continuity correction); 0 when p1 == p2.
qint64 ordersPerTextNeeded(double p1, double p2);

// "about N": rounded up to two significant digits (387 → 390, 1234 → 1300, 45 → 45).
qint64 roughly(qint64 n);

struct Verdict
{
    enum class Kind
    {
        NoOrders, // a compared text reminded no order yet (`best` or `other` says which)
        NoDifference, // the rates are equal (both 0 included)
        NeedMore, // a difference, not significant yet: about `moreNeeded` more orders
        Significant // `best` recovers more than `other`, 95 % sure
    };
    Kind kind = Kind::NoOrders;
    int best = -1; // index into the figures; the highest rate
    int other = -1; // the one it is compared with: the other text, or with 3+ the runner-up
    double z = 0.0;
    qint64 moreNeeded = 0; // NeedMore: orders the two texts still need between them (rounded)
    bool runnerUp = false; // three or more texts: best against the runner-up only
};

// Judges the texts of one account's split test: the best rate against the next best.
Verdict judge(const QList<VariantFigures> &texts);

} // namespace splittest
} // namespace paynudge
