#pragma once

#include "readmodel/splittestquery.h"

#include <QGroupBox>
#include <QList>
#include <QStringList>

namespace paynudge {

class Engine;
class ReadService;

// The statistics page's "Which text works" section: per account with a split test (running, or
// ended within the period), a row per text — orders reminded, paid after a reminder, the rate with
// its 95 % interval, the amount recovered — the verdict in plain words, and "Make B the only text",
// which ends the test (confirmed, written to the configuration, applied, audited). Hidden while no
// account has a test to show.
class SplitTestPanel : public QGroupBox
{
    Q_OBJECT
public:
    SplitTestPanel(Engine &engine, ReadService &reads, QWidget *parent = nullptr);

    // Reads the figures of the period [bounds.first(), bounds.last()) on the reader thread.
    void refresh(const QList<qint64> &bounds);
    // Asks, then ends the split test of `account` with `variant` as its only text; true when ended.
    bool makeOnlyText(const QString &account, const QString &variant);

    // What is shown, per account in order (tests).
    const QList<SplitTestFigures> &shown() const { return m_shown; }
    QStringList sentences() const;

    // The verdict on one account's texts in the operator's words ("" for fewer than two texts).
    static QString sentence(const QList<VariantFigures> &texts);
    // A text as the page names it: "a" → "A"; a longer name as it is.
    static QString textName(const QString &variant);

signals:
    void updated();
    // One line for the status bar.
    void message(const QString &text);

private:
    void display(const QList<SplitTestFigures> &read);
    QWidget *block(const SplitTestFigures &figures, bool running);

    Engine &m_engine;
    ReadService &m_reads;
    QList<qint64> m_bounds;
    QList<SplitTestFigures> m_shown;
    QWidget *m_blocks = nullptr;
    quint64 m_generation = 0;
};

} // namespace paynudge
