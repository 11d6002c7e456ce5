#pragma once

#include <QSpinBox>

namespace paynudge {

// An amount as the operator thinks of it, in yuan ("¥ 128.50"), holding fen as its value: the
// configuration keeps fen (minAmountFen), so FieldBindings reads and writes it like any spin box
// and the key table's range applies as it is.
class YuanSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit YuanSpinBox(QWidget *parent = nullptr);

protected:
    QString textFromValue(int fen) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;

private:
    QString bare(const QString &text) const; // without prefix and suffix
};

} // namespace paynudge
