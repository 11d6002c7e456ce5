#include "engine/storemarker.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

const QString kStoreKey = u"store/path"_s;
const QString kCreatedKey = u"store/firstOpened"_s;

} // namespace

StoreMarker::StoreMarker(const QString &dataDir, const QString &storePath)
    : m_markerPath(QDir(dataDir).filePath(u"store-marker.ini"_s))
    , m_storePath(QFileInfo(storePath).absoluteFilePath())
{ }

Error StoreMarker::vanishedProblem() const
{
    if (!QFileInfo::exists(m_markerPath))
        return {};
    const QSettings marker(m_markerPath, QSettings::IniFormat);
    if (marker.value(kStoreKey).toString() != m_storePath)
        return {}; // it remembers another store ([store] path changed): nothing is known about this one
    const QFileInfo store(m_storePath);
    if (store.exists() && store.size() > 0)
        return {};
    return Error(store.exists() ? ErrorCode::StoreEmptied : ErrorCode::StoreMissing, {},
        { m_storePath, marker.value(kCreatedKey).toString(),
            QFileInfo(m_markerPath).dir().filePath(u"backups"_s) });
}

bool StoreMarker::remember(QString *error) const
{
    if (QFileInfo::exists(m_markerPath)
        && QSettings(m_markerPath, QSettings::IniFormat).value(kStoreKey).toString() == m_storePath)
        return true;
    // Written whole or not at all: a half-written marker must not refuse a good store later.
    QSaveFile file(m_markerPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const QString text
        = u"; PayNudge: the store below was created here. If it goes missing or becomes empty,\n"
          u"; PayNudge refuses to start (see --start-empty).\n[store]\npath=%1\nfirstOpened=%2\n"_s.arg(
              m_storePath, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace paynudge
