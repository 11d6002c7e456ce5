#include "doctor/reportjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace paynudge {

QByteArray reportToJson(const DoctorReport &report)
{
    QJsonArray checks;
    for (const SetupCheck &c : report.checks)
        checks.append(QJsonObject { { u"id"_s, c.id }, { u"status"_s, SetupCheck::wireName(c.status) },
            { u"summary"_s, c.summary }, { u"action"_s, c.action } });
    const QJsonObject root { { u"checks"_s, checks }, { u"problems"_s, report.problems() },
        { u"warnings"_s, report.warnings() }, { u"config"_s, report.configPath },
        { u"dataDir"_s, report.dataDir } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace paynudge
