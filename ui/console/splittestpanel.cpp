#include "console/splittestpanel.h"

#include "console/consoletext.h"
#include "console/messagebox.h"
#include "console/operatoractions.h"
#include "engine/engine.h"
#include "engine/splittestend.h"
#include "readmodel/readservice.h"
#include "readmodel/splittest.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSplitPanel, "paynudge.ui.console.splittest")

namespace paynudge {
namespace {

QString percent(double rate)
{
    return SplitTestPanel::tr("%1 %").arg(QLocale().toString(qint64(std::lround(100.0 * rate))));
}

} // namespace

SplitTestPanel::SplitTestPanel(Engine &engine, ReadService &reads, QWidget *parent)
    : QGroupBox(tr("Which text works"), parent)
    , m_engine(engine)
    , m_reads(reads)
{
    setObjectName(u"splitTestPanel"_s);
    auto *layout = new QVBoxLayout(this);
    m_blocks = new QWidget(this);
    layout->addWidget(m_blocks);
    setVisible(false); // until an account has a test to show
    // A test started or ended in the settings: its blocks and buttons follow.
    connect(&engine, &Engine::configApplied, this, [this] {
        if (!m_bounds.isEmpty())
            refresh(m_bounds);
    });
}

QString SplitTestPanel::textName(const QString &variant)
{
    return variant.size() == 1 ? variant.toUpper() : variant;
}

QString SplitTestPanel::sentence(const QList<VariantFigures> &texts)
{
    using Kind = splittest::Verdict::Kind;
    const splittest::Verdict v = splittest::judge(texts);
    if (v.best < 0)
        return {};
    const VariantFigures &best = texts.at(v.best);
    const VariantFigures &other = texts.at(v.other);
    QString s;
    switch (v.kind) {
    case Kind::NoOrders: {
        // The first text, in the configuration's order, that no order has been reminded with.
        const auto none = std::find_if(
            texts.cbegin(), texts.cend(), [](const VariantFigures &t) { return t.reminded == 0; });
        s = tr("Not enough orders yet: no order has been reminded with text %1 yet.")
                .arg(textName(none->variant));
        break;
    }
    case Kind::NoDifference:
        s = tr("No difference is visible yet: %1 and %2 both recover %3.")
                .arg(textName(best.variant), textName(other.variant), percent(best.rate()));
        break;
    case Kind::NeedMore:
        s = tr("Not enough orders yet: about %1 more needed.").arg(QLocale().toString(v.moreNeeded));
        break;
    case Kind::Significant:
        s = tr("%1 recovers more: %2 vs %3, 95 % sure.")
                .arg(textName(best.variant), percent(best.rate()), percent(other.rate()));
        break;
    }
    if (v.runnerUp)
        s += u' '
            + tr("(With three or more texts, the best, %1, is compared with the runner-up, %2.)")
                  .arg(textName(best.variant), textName(other.variant));
    return s;
}

QStringList SplitTestPanel::sentences() const
{
    QStringList out;
    for (const SplitTestFigures &f : m_shown)
        out << sentence(f.variants);
    return out;
}

void SplitTestPanel::refresh(const QList<qint64> &bounds)
{
    m_bounds = bounds;
    const quint64 generation = ++m_generation;
    m_reads.splitTest(this, bounds, [this, generation](const QList<SplitTestFigures> &read) {
        if (generation == m_generation)
            display(read);
    });
}

void SplitTestPanel::display(const QList<SplitTestFigures> &read)
{
    // Running tests in the configuration's order, each of their texts listed (a text without
    // orders yet too); then tests that ended, from what their attempts recorded.
    QList<SplitTestFigures> shown;
    QSet<QString> running;
    for (const AccountConfig &a : m_engine.config().accounts) {
        if (a.variants.size() < 2)
            continue;
        const auto r = std::find_if(
            read.cbegin(), read.cend(), [&a](const SplitTestFigures &f) { return f.account == a.key; });
        SplitTestFigures f { a.key, {} };
        QSet<QString> listed;
        for (const TextVariant &v : a.variants) {
            VariantFigures figures;
            figures.variant = v.name;
            if (r != read.cend())
                for (const VariantFigures &x : r->variants)
                    if (x.variant == v.name)
                        figures = x;
            f.variants << figures;
            listed.insert(v.name);
        }
        if (r != read.cend())
            for (const VariantFigures &x : r->variants)
                if (!listed.contains(x.variant))
                    f.variants << x;
        shown << f;
        running.insert(a.key);
    }
    for (const SplitTestFigures &f : read)
        if (!running.contains(f.account))
            shown << f;
    m_shown = shown;

    // Replaced whole: a few accounts of a few rows. Detached first, so nothing finds the old one.
    QWidget *old = m_blocks;
    m_blocks = new QWidget(this);
    auto *blocks = new QVBoxLayout(m_blocks);
    blocks->setContentsMargins(0, 0, 0, 0);
    for (const SplitTestFigures &f : std::as_const(m_shown))
        blocks->addWidget(block(f, running.contains(f.account)));
    delete layout()->replaceWidget(old, m_blocks); // the old widget's layout item is ours to delete
    old->hide();
    old->setParent(nullptr);
    old->deleteLater();
    setVisible(!m_shown.isEmpty());
    emit updated();
}

QWidget *SplitTestPanel::block(const SplitTestFigures &figures, bool running)
{
    auto *w = new QWidget;
    w->setObjectName(u"splitTest_"_s + figures.account);
    const AccountConfig *account = m_engine.config().account(figures.account);
    auto *title = new QLabel(
        u"<b>%1</b>"_s.arg((account ? account->displayName() : figures.account).toHtmlEscaped()), w);
    title->setToolTip(figures.account); // the key, as in the configuration

    auto *table = new QTableWidget(int(figures.variants.size()), 5, w);
    table->setObjectName(u"splitTestTable"_s);
    table->setHorizontalHeaderLabels({ tr("Text"), tr("Orders reminded"), tr("Paid after a reminder"),
        tr("Rate (95 % interval)"), tr("Amount recovered") });
    const QLocale locale;
    for (int row = 0; row < figures.variants.size(); ++row) {
        const VariantFigures &v = figures.variants.at(row);
        const splittest::Interval interval = splittest::wilson(v.paidAfterReminder, v.reminded);
        const QString rate = v.reminded > 0
            ? tr("%1 (%2–%3)").arg(percent(v.rate()), percent(interval.low), percent(interval.high))
            : u"—"_s;
        const QStringList cells { textName(v.variant), locale.toString(v.reminded),
            locale.toString(v.paidAfterReminder), rate, ConsoleText::amount(v.recoveredFen) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
        + table->rowCount() * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());

    auto *verdict = new QLabel(sentence(figures.variants), w);
    verdict->setObjectName(u"splitTestVerdict"_s);
    verdict->setWordWrap(true);
    auto *side = new QVBoxLayout;
    side->addWidget(verdict);
    if (running) {
        // The leader first; any text may be chosen (the shop may prefer a text for other reasons).
        QList<VariantFigures> order = figures.variants;
        const splittest::Verdict v = splittest::judge(figures.variants);
        if (v.best >= 0)
            order.move(v.best, 0);
        for (const VariantFigures &text : std::as_const(order)) {
            auto *only = new QPushButton(tr("Make %1 the only text").arg(textName(text.variant)), w);
            only->setObjectName(u"onlyText_"_s + text.variant);
            connect(
                only, &QPushButton::clicked, this, [this, account = figures.account, variant = text.variant] {
                    makeOnlyText(account, variant);
                });
            side->addWidget(only);
        }
    } else {
        auto *ended = new QLabel(tr("The test has ended; these are its figures in this period."), w);
        ended->setWordWrap(true);
        ended->setForegroundRole(QPalette::PlaceholderText);
        side->addWidget(ended);
    }
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(table, 3);
    row->addLayout(side, 2);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(row);
    return w;
}

bool SplitTestPanel::makeOnlyText(const QString &account, const QString &variant)
{
    const AccountConfig *a = m_engine.config().account(account);
    if (!a)
        return false;
    QStringList others;
    for (const TextVariant &v : a->variants)
        if (v.name != variant)
            others << textName(v.name);
    const QString name = textName(variant);
    const QString accountName = a->displayName(); // `a` goes with the configuration the end replaces
    if (!MessageBox::question(this, tr("End the split test"),
            tr("From now on %1 sends only text %2. The split test ends: text %3 is removed from the "
               "configuration. The figures so far stay on this page.")
                .arg(accountName, name, others.join(u", "_s)),
            {}, tr("Make %1 the only text").arg(name)))
        return false;
    const Error error = endSplitTest(m_engine, account, variant, OperatorActions::actor());
    if (error && error.code != ErrorCode::SplitTestNotAudited) {
        MessageBox::warning(this, tr("The split test was not ended"), error.text());
        return false;
    }
    if (error) {
        qCWarning(lcSplitPanel).noquote() << error.englishText();
        MessageBox::warning(this, tr("End the split test"), error.text());
    }
    emit message(tr("%1 now sends only text %2").arg(accountName, name));
    if (!m_bounds.isEmpty())
        refresh(m_bounds);
    return true;
}

} // namespace paynudge
