#include "shell/roundsedit.h"

#include "common/durationspec.h"
#include "config/config.h"
#include "shell/durationedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

constexpr qint64 kFirstRound = 600; // a new plan's first round: 10 minutes
constexpr qint64 kNextRoundAfter = 3600; // an added round: an hour after the last

// The rounds after the order is placed (ascending) and before it closes (the farthest first).
struct Rounds
{
    QList<qint64> after;
    QList<qint64> beforeClose;
    bool operator==(const Rounds &o) const { return after == o.after && beforeClose == o.beforeClose; }
};

// "600, 1h30m, close-30m" → {600, 5400} and {1800}; nothing when a part does not read.
std::optional<Rounds> parseRounds(const QString &text)
{
    Rounds out;
    for (const QString &raw : text.split(u',', Qt::SkipEmptyParts)) {
        QString part = raw.trimmed();
        const bool close = part.startsWith(u"close-"_s, Qt::CaseInsensitive);
        const std::optional<qint64> v = parseDurationSpec(close ? part.mid(6) : part);
        if (!v)
            return std::nullopt;
        (close ? out.beforeClose : out.after) << *v;
    }
    std::sort(out.after.begin(), out.after.end());
    std::sort(out.beforeClose.begin(), out.beforeClose.end(), std::greater<qint64>());
    return out;
}

} // namespace

RoundsEdit::RoundsEdit(QWidget *parent)
    : QWidget(parent)
    , m_list(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add a round")))
    , m_error(new QLabel)
{
    m_list->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color:#c0392b"_s);
    m_error->hide();
    layout->addWidget(m_error);
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
    QList<qint64> sorted = seconds;
    std::sort(sorted.begin(), sorted.end());
    setRounds(sorted, {});
}

void RoundsEdit::setRounds(const QList<qint64> &after, const QList<qint64> &beforeClose)
{
    while (!m_rows.isEmpty()) {
        DurationEdit *row = m_rows.takeLast();
        delete row->parentWidget(); // the row's widget: the editor, its anchor and its remove button
    }
    for (qint64 s : after)
        appendRow(s);
    for (qint64 s : beforeClose)
        appendRow(s, true);
    updateButtons();
}

QList<qint64> RoundsEdit::closeSeconds() const
{
    QList<qint64> out;
    for (int i = 0; i < m_rows.size(); ++i)
        if (beforeClose(i))
            out << m_rows.at(i)->seconds();
    return out;
}

QComboBox *RoundsEdit::anchorBox(int index) const
{
    const DurationEdit *row = m_rows.value(index);
    return row ? row->parentWidget()->findChild<QComboBox *>(u"anchor"_s) : nullptr;
}

bool RoundsEdit::beforeClose(int index) const
{
    const QComboBox *box = anchorBox(index);
    return box && box->currentData().toBool();
}

void RoundsEdit::setBeforeClose(int index, bool close)
{
    if (QComboBox *box = anchorBox(index))
        box->setCurrentIndex(close ? 1 : 0);
}

QString RoundsEdit::iniText() const
{
    Rounds now;
    for (int i = 0; i < m_rows.size(); ++i)
        (beforeClose(i) ? now.beforeClose : now.after) << m_rows.at(i)->seconds();
    std::sort(now.after.begin(), now.after.end());
    std::sort(now.beforeClose.begin(), now.beforeClose.end(), std::greater<qint64>());
    // Unchanged rounds keep the file's text, so a save elsewhere does not rewrite this line; a text
    // that does not read stays as it is until the rounds are edited (then it is reported as written).
    const std::optional<Rounds> loaded = parseRounds(m_loadedText);
    if (loaded ? *loaded == now : !m_edited)
        return m_loadedText;
    QStringList parts;
    for (qint64 s : std::as_const(now.after))
        parts << durationSpec(s);
    for (qint64 s : std::as_const(now.beforeClose))
        parts << u"close-"_s + durationSpec(s);
    return parts.join(u", "_s);
}

void RoundsEdit::setIniText(const QString &text)
{
    m_loadedText = text;
    m_edited = false;
    // A value that does not read shows no rows and says so; saved untouched, it is reported as the file
    // has it.
    const std::optional<Rounds> rounds = parseRounds(text);
    setRounds(rounds ? rounds->after : QList<qint64> {}, rounds ? rounds->beforeClose : QList<qint64> {});
    const Error bad(ErrorCode::ConfigBadRounds, {},
        { text, QString::number(kMaxReminderRounds), durationSpec(m_min), durationSpec(m_max) });
    m_error->setText(
        rounds ? QString() : tr("The file's value \"%1\" cannot be read: %2").arg(text, bad.message()));
    m_error->setVisible(!rounds);
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
    QList<qint64> now; // the rounds after the placing: a new one comes after them
    for (int i = 0; i < m_rows.size(); ++i)
        if (!beforeClose(i))
            now << m_rows.at(i)->seconds();
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

DurationEdit *RoundsEdit::appendRow(qint64 seconds, bool beforeClose)
{
    auto *line = new QWidget;
    auto *row = new QHBoxLayout(line);
    row->setContentsMargins(0, 0, 0, 0);
    auto *edit = new DurationEdit;
    edit->setRange(m_min, m_max);
    edit->setSeconds(seconds);
    auto *anchor = new QComboBox;
    anchor->setObjectName(u"anchor"_s);
    anchor->addItem(tr("after the order is placed"), false);
    anchor->addItem(tr("before the order closes"), true);
    anchor->setCurrentIndex(beforeClose ? 1 : 0);
    auto *remove = new QPushButton(tr("Remove"));
    remove->setToolTip(tr("Remove this round"));
    row->addWidget(edit);
    row->addWidget(anchor);
    row->addWidget(remove); // beside its round, not at the far edge of the page
    row->addStretch();
    m_list->addWidget(line);
    m_rows << edit;
    connect(edit, &DurationEdit::edited, this, [this] {
        m_edited = true;
        emit edited();
    });
    connect(anchor, &QComboBox::currentIndexChanged, this, [this] {
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
