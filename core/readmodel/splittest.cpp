#include "readmodel/splittest.h"

#include <algorithm>
#include <cmath>

namespace paynudge::splittest {

Interval wilson(qint64 successes, qint64 trials, double z)
{
    if (trials <= 0)
        return {};
    const double n = double(trials);
    const double p = double(successes) / n;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    return { std::max(0.0, centre - half), std::min(1.0, centre + half) };
}

double twoProportionZ(qint64 x1, qint64 n1, qint64 x2, qint64 n2)
{
    if (n1 <= 0 || n2 <= 0)
        return 0.0;
    const double pooled = double(x1 + x2) / double(n1 + n2);
    const double variance = pooled * (1.0 - pooled) * (1.0 / double(n1) + 1.0 / double(n2));
    if (variance <= 0.0)
        return 0.0;
    return (double(x1) / double(n1) - double(x2) / double(n2)) / std::sqrt(variance);
}

qint64 ordersPerTextNeeded(double p1, double p2)
{
    const double difference = std::abs(p1 - p2);
    if (difference < 1e-12)
        return 0;
    const double mean = (p1 + p2) / 2.0;
    const double root = kZ95 * std::sqrt(2.0 * mean * (1.0 - mean))
        + kZPower80 * std::sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2));
    return qint64(std::ceil(root * root / (difference * difference)));
}

qint64 roughly(qint64 n)
{
    if (n < 100)
        return n;
    qint64 step = 1;
    while (n / step >= 100)
        step *= 10;
    return (n + step - 1) / step * step;
}

Verdict judge(const QList<VariantFigures> &texts)
{
    Verdict v;
    if (texts.size() < 2)
        return v;
    // By rate, then by orders (a rate on more orders says more), then by name: a stable order.
    QList<int> order;
    for (int i = 0; i < texts.size(); ++i)
        order << i;
    std::stable_sort(order.begin(), order.end(), [&texts](int a, int b) {
        const VariantFigures &x = texts.at(a);
        const VariantFigures &y = texts.at(b);
        if ((x.reminded > 0) != (y.reminded > 0))
            return x.reminded > 0;
        if (x.rate() != y.rate())
            return x.rate() > y.rate();
        return x.reminded > y.reminded;
    });
    v.best = order.at(0);
    v.other = order.at(1);
    v.runnerUp = texts.size() > 2;
    const VariantFigures &best = texts.at(v.best);
    const VariantFigures &other = texts.at(v.other);
    if (best.reminded == 0 || other.reminded == 0) {
        v.kind = Verdict::Kind::NoOrders;
        return v;
    }
    if (best.paidAfterReminder * other.reminded == other.paidAfterReminder * best.reminded) {
        v.kind = Verdict::Kind::NoDifference;
        return v;
    }
    v.z = twoProportionZ(best.paidAfterReminder, best.reminded, other.paidAfterReminder, other.reminded);
    if (v.z >= kZ95) {
        v.kind = Verdict::Kind::Significant;
        return v;
    }
    v.kind = Verdict::Kind::NeedMore;
    const qint64 each = ordersPerTextNeeded(best.rate(), other.rate());
    const qint64 more
        = std::max<qint64>(0, each - best.reminded) + std::max<qint64>(0, each - other.reminded);
    // Not significant although each text has its share: the estimate rounds near the edge; more helps.
    v.moreNeeded = roughly(std::max<qint64>(1, more));
    return v;
}

} // namespace paynudge::splittest
