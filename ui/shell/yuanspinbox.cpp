#include "shell/yuanspinbox.h"

#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace paynudge {

YuanSpinBox::YuanSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    setPrefix(u"¥ "_s);
    setSingleStep(100); // the arrows move by a yuan
    setAccelerated(true);
    setMinimumWidth(160);
    setMaximumWidth(220);
}

QString YuanSpinBox::textFromValue(int fen) const
{
    return u"%1.%2"_s.arg(fen / 100).arg(fen % 100, 2, 10, QChar(u'0'));
}

int YuanSpinBox::valueFromText(const QString &text) const
{
    const QString t = bare(text);
    if (!specialValueText().isEmpty() && text == specialValueText())
        return minimum();
    // Whole fen: "10.5" is 1050, never 1049 from a binary fraction.
    return int(std::llround(t.toDouble() * 100));
}

QValidator::State YuanSpinBox::validate(QString &text, int &) const
{
    if (!specialValueText().isEmpty() && text == specialValueText())
        return QValidator::Acceptable;
    const QString t = bare(text);
    static const QRegularExpression re(u"^[0-9]{0,8}(\\.[0-9]{0,2})?$"_s);
    if (!re.match(t).hasMatch())
        return QValidator::Invalid;
    if (t.isEmpty() || t == u".")
        return QValidator::Intermediate;
    const qint64 fen = std::llround(t.toDouble() * 100);
    return fen >= minimum() && fen <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

QString YuanSpinBox::bare(const QString &text) const
{
    QString t = text;
    if (t.startsWith(prefix()))
        t = t.mid(prefix().size());
    if (!suffix().isEmpty() && t.endsWith(suffix()))
        t.chop(suffix().size());
    return t.trimmed();
}

} // namespace paynudge
