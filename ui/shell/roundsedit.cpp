#include "shell/roundsedit.h"

#include "common/durationspec.h"
#include "config/config.h"
#include "shell/durationedit.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

constexpr qint64 kFirstRound = 600; // a new plan's first round: 10 minutes
constexpr qint64 kNextRoundAfter = 3600; // an added round: an hour after the last

// "600, 1h30m" → {600, 5400}, ascending; nothing when a part does not read.
std::optional<QList<qint64>> parseRounds(const QString &text)
{
    QList<qint64> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<qint64> v = parseDurationSpec(part);
        if (!v)
            return std::nullopt;
        out << *v;
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

RoundsEdit::RoundsEdit(QWidget *parent)
    : QWidget(parent)
    , m_list(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add a round")))
{
    m_list->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_list);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch();
    layout->addLayout(addRow);
    connect(m_add, &QPushButton::clicked, this, &RoundsEdit::addRound);
    updateButtons();
}

void RoundsEdit::setRange(qint64 minSeconds, qint64 maxSeconds)
{
    m_min = minSeconds;
    m_max = maxSeconds;
    for (DurationEdit *row : std::as_const(m_rows))
        row->setRange(m_min, m_max);
}

QList<qint64> RoundsEdit::seconds() const
{
    QList<qint64> out;
    for (const DurationEdit *row : m_rows)
        out << row->seconds();
    return out;
}

void RoundsEdit::setSeconds(const QList<qint64> &seconds)
{
    while (!m_rows.isEmpty()) {
        DurationEdit *row = m_rows.takeLast();
        delete row->parentWidget(); // the row's widget: the editor and its remove button
    }
    QList<qint64> sorted = seconds;
    std::sort(sorted.begin(), sorted.end());
    for (qint64 s : std::as_const(sorted))
        appendRow(s);
    updateButtons();
}

QString RoundsEdit::iniText() const
{
    QList<qint64> now = seconds();
    std::sort(now.begin(), now.end());
    // Unchanged rounds keep the file's text, so a save elsewhere does not rewrite this line; a text
    // that does not read stays as it is until the rounds are edited (then it is reported as written).
    const std::optional<QList<qint64>> loaded = parseRounds(m_loadedText);
    if (loaded ? *loaded == now : !m_edited)
        return m_loadedText;
    QStringList parts;
    for (qint64 s : std::as_const(now))
        parts << durationSpec(s);
    return parts.join(u", "_s);
}

void RoundsEdit::setIniText(const QString &text)
{
    m_loadedText = text;
    m_edited = false;
    // A value that does not read shows no rows; saved untouched, it is reported as the file has it.
    setSeconds(parseRounds(text).value_or(QList<qint64> {}));
}

QPushButton *RoundsEdit::removeButton(int index) const
{
    const DurationEdit *row = m_rows.value(index);
    return row ? row->parentWidget()->findChild<QPushButton *>() : nullptr;
}

void RoundsEdit::addRound()
{
    if (m_rows.size() >= kMaxReminderRounds)
        return;
    const QList<qint64> now = seconds();
    const qint64 last = now.isEmpty() ? 0 : *std::max_element(now.begin(), now.end());
    DurationEdit *row = appendRow(now.isEmpty() ? kFirstRound : std::min(m_max, last + kNextRoundAfter));
    m_edited = true;
    updateButtons();
    row->setFocus(Qt::OtherFocusReason);
    emit edited();
}

void RoundsEdit::removeRound(int index)
{
    if (index < 0 || index >= m_rows.size() || m_rows.size() <= 1)
        return; // a plan has at least one round
    delete m_rows.takeAt(index)->parentWidget();
    m_edited = true;
    updateButtons();
    emit edited();
}

DurationEdit *RoundsEdit::appendRow(qint64 seconds)
{
    auto *line = new QWidget;
    auto *row = new QHBoxLayout(line);
    row->setContentsMargins(0, 0, 0, 0);
    auto *edit = new DurationEdit;
    edit->setRange(m_min, m_max);
    edit->setSeconds(seconds);
    auto *remove = new QPushButton(tr("Remove"));
    remove->setToolTip(tr("Remove this round"));
    row->addWidget(edit, 1);
    row->addWidget(remove);
    m_list->addWidget(line);
    m_rows << edit;
    connect(edit, &DurationEdit::edited, this, [this] {
        m_edited = true;
        emit edited();
    });
    connect(remove, &QPushButton::clicked, this, [this, edit] { removeRound(int(m_rows.indexOf(edit))); });
    if (m_rows.size() == 1)
        setFocusProxy(edit);
    return edit;
}

void RoundsEdit::updateButtons()
{
    m_add->setEnabled(m_rows.size() < kMaxReminderRounds);
    m_add->setToolTip(m_add->isEnabled() ? QString() : tr("At most %1 rounds").arg(kMaxReminderRounds));
    for (int i = 0; i < m_rows.size(); ++i)
        removeButton(i)->setEnabled(m_rows.size() > 1);
    setFocusProxy(m_rows.isEmpty() ? static_cast<QWidget *>(m_add) : m_rows.first());
}

} // namespace paynudge
