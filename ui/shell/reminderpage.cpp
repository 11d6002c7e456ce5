#include "shell/reminderpage.h"

#include "shell/durationedit.h"
#include "shell/roundsedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

// Its range comes with its key (FieldBindings applies the key table's).
QSpinBox *spinBox(const QString &suffix)
{
    auto *s = new QSpinBox;
    s->setSuffix(suffix);
    s->setAccelerated(true);
    s->setMinimumWidth(140);
    s->setMaximumWidth(200);
    return s;
}

} // namespace

ReminderPage::ReminderPage(QWidget *parent)
    : SettingsPage(parent)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_rounds = new RoundsEdit;
    m_roundsHint = formHint();
    addField(form, u"reminder/rounds"_s, tr("Remind after"), m_rounds);
    form->addRow(QString(), m_roundsHint);

    m_closeAfter = new DurationEdit;
    m_closeHint = formHint();
    addField(form, u"reminder/closeAfter"_s, tr("Orders close after"), m_closeAfter);
    form->addRow(QString(), m_closeHint);

    auto *quiet = new QLineEdit;
    quiet->setPlaceholderText(tr("e.g. 22:00-08:00; empty: none"));
    addField(form, u"reminder/quietHours"_s, tr("Quiet hours"), quiet);

    auto *policy = new QComboBox;
    policy->addItem(tr("Send when quiet hours end (unless the order has closed)"), u"defer"_s);
    policy->addItem(tr("Skip the reminder"), u"skip"_s);
    addField(form, u"reminder/quietPolicy"_s, tr("Due in quiet hours"), policy);

    auto *lateLimit = new DurationEdit;
    lateLimit->setSpecialValueText(tr("No limit"));
    addField(form, u"reminder/lateLimit"_s, tr("Skip reminders late by more than"), lateLimit);

    auto *zone = new QComboBox;
    zone->addItem(
        tr("System time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    addField(form, u"reminder/timeZone"_s, tr("Shop time zone"), zone);

    // The engine's tuning: the defaults suit a shop; kept apart so the plan reads plainly.
    m_advanced = new QGroupBox(tr("Advanced (engine tuning; the defaults suit most shops)"));
    auto *advanced = new QFormLayout(m_advanced);
    advanced->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(advanced, u"reminder/batchSize"_s, tr("Reminders per batch"), spinBox(QString()));
    addField(advanced, u"reminder/safetyTick"_s, tr("Safety sweep every"), new DurationEdit);
    addField(advanced, u"reminder/maxInFlight"_s, tr("Sends in flight at most"), spinBox(QString()));

    auto *note
        = new QLabel(tr("Changes apply to orders that arrive after saving; reminders already planned keep "
                        "their times."));
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_advanced);
    layout->addStretch();

    connect(m_rounds, &RoundsEdit::edited, this, &ReminderPage::updateHints);
    connect(m_closeAfter, &DurationEdit::edited, this, &ReminderPage::updateHints);
}

void ReminderPage::load(const ConfigValues &values)
{
    SettingsPage::load(values);
    updateHints();
}

QString ReminderPage::describeSeconds(qint64 seconds)
{
    const qint64 d = seconds / 86400, h = (seconds % 86400) / 3600, m = (seconds % 3600) / 60,
                 s = seconds % 60;
    QStringList parts;
    if (d)
        parts << tr("%n day(s)", nullptr, int(d));
    if (h)
        parts << tr("%1 h").arg(h);
    if (m)
        parts << tr("%1 min").arg(m);
    if (s || parts.isEmpty())
        parts << tr("%1 s").arg(s);
    return parts.join(u' ');
}

void ReminderPage::updateHints()
{
    // The rounds in words, in the order they go out; two the same cannot be saved, so say so here.
    QList<qint64> rounds, close;
    for (int i = 0; i < m_rounds->count(); ++i)
        (m_rounds->beforeClose(i) ? close : rounds) << m_rounds->round(i)->seconds();
    std::sort(rounds.begin(), rounds.end());
    std::sort(close.begin(), close.end(), std::greater<qint64>());
    QStringList parts, closeParts;
    for (qint64 r : std::as_const(rounds))
        parts << describeSeconds(r);
    for (qint64 r : std::as_const(close))
        closeParts << describeSeconds(r);
    QStringList lines;
    if (!parts.isEmpty())
        lines << tr("After the order is placed: %1").arg(parts.join(tr(", ")));
    if (!closeParts.isEmpty())
        lines << tr("Before the order closes: %1 (skipped when that is before an earlier round)")
                     .arg(closeParts.join(tr(", ")));
    if (std::adjacent_find(rounds.begin(), rounds.end()) != rounds.end()
        || std::adjacent_find(close.begin(), close.end()) != close.end())
        lines << tr("Two rounds at the same time: change or remove one.");
    QString hint = lines.join(u'\n');
    m_roundsHint->setText(hint);
    m_closeHint->setText(tr("= %1 after the order is placed, when the order gives no close time")
                             .arg(describeSeconds(m_closeAfter->seconds())));
}

} // namespace paynudge
