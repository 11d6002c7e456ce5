#include "shell/reminderpage.h"

#include "common/durationspec.h"
#include "shell/durationedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

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

    m_rounds = new QLineEdit;
    m_rounds->setPlaceholderText(tr("e.g. 10m, 1h30m"));
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

    connect(m_rounds, &QLineEdit::textChanged, this, &ReminderPage::updateHints);
    connect(m_closeAfter, &DurationEdit::edited, this, &ReminderPage::updateHints);
}

namespace {

// "600, 5400" → {600, 5400}; nothing when a part does not read.
std::optional<QList<qint64>> roundsOf(const QString &text)
{
    QList<qint64> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<qint64> v = parseDurationSpec(part);
        if (!v)
            return std::nullopt;
        out << *v;
    }
    return out;
}

} // namespace

void ReminderPage::load(const ConfigValues &values)
{
    SettingsPage::load(values);
    // Shown in a shop's words ("10m, 1h30m") however the file writes them.
    m_loadedRounds = values.value(u"reminder/rounds"_s);
    if (const auto rounds = roundsOf(m_loadedRounds); rounds && !rounds->isEmpty()) {
        QStringList shown;
        for (qint64 r : *rounds)
            shown << durationSpec(r);
        const QSignalBlocker block(m_rounds);
        m_rounds->setText(shown.join(u", "_s));
    }
    updateHints();
}

void ReminderPage::save(ConfigValues &values) const
{
    SettingsPage::save(values);
    // Unchanged rounds keep the file's text, so a save elsewhere does not rewrite this line.
    const auto shown = roundsOf(m_rounds->text());
    if (shown && shown == roundsOf(m_loadedRounds))
        values.insert(u"reminder/rounds"_s, m_loadedRounds);
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
    QStringList parts;
    for (const QString &p : m_rounds->text().split(u',', Qt::SkipEmptyParts)) {
        const std::optional<qint64> v = parseDurationSpec(p);
        parts << (v && *v > 0 ? describeSeconds(*v) : u"?"_s);
    }
    // What was typed, in words, then how to write it: one hint, so the row stays compact.
    const QString howTo = tr("10m is 10 minutes, 1h30m an hour and a half, 90s 90 seconds; several rounds "
                             "separated by commas.");
    m_roundsHint->setText(parts.isEmpty()
            ? howTo
            : tr("After the order is placed: %1").arg(parts.join(tr(", "))) + u'\n' + howTo);
    m_closeHint->setText(tr("= %1 after the order is placed, when the order gives no close time")
                             .arg(describeSeconds(m_closeAfter->seconds())));
}

} // namespace paynudge
