#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace paynudge {

// The keys a template message's content fills: its {{key.DATA}} placeholders, in order
// ("{{first.DATA}}\n订单编号：{{character_string1.DATA}}" → first, character_string1).
QStringList templateKeys(const QString &content);

// How an account's field mapping (fields/KEY=) fits a template's keys.
struct MappingFit
{
    QStringList notInTemplate; // mapped keys the template lacks: their values never show
    QStringList leftEmpty; // template keys nothing fills: WeChat answers 47003 to every send
    bool fits() const { return notInTemplate.isEmpty() && leftEmpty.isEmpty(); }
};
// `first` and `remark` may stay empty: WeChat drops them since 2023-05-04 (wechat-api.md §2.4).
MappingFit fitMapping(const QStringList &templateKeys, const QList<QPair<QString, QString>> &fields);

} // namespace paynudge
