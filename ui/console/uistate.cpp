#include "console/uistate.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace paynudge {

UiState::UiState(QString path)
    : m_path(std::move(path))
{ }

void UiState::save(const QMainWindow &window, const Headers &headers, int tab) const
{
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(u"console"_s);
    s.setValue(u"geometry"_s, window.saveGeometry());
    s.setValue(u"windowState"_s, window.saveState());
    s.setValue(u"tab"_s, tab);
    for (const auto &[name, header] : headers)
        s.setValue(u"columns/"_s + name, header->saveState());
    s.endGroup();
}

QRect UiState::defaultGeometry(const QRect &available)
{
    // The window manager's frame (title bar, borders) is outside the geometry set here.
    constexpr int kFrameWidth = 24;
    constexpr int kFrameHeight = 48;
    const QSize size = QSize(1280, 800).boundedTo(available.size() - QSize(kFrameWidth, kFrameHeight));
    QRect r({}, size);
    r.moveCenter(available.center());
    r.moveTop(std::max(available.top() + kFrameHeight - kFrameWidth / 2, r.top()));
    return r;
}

bool UiState::restore(QMainWindow &window, const Headers &headers, int *tab) const
{
    QSettings s(m_path, QSettings::IniFormat);
    s.beginGroup(u"console"_s);
    if (!s.contains(u"geometry"_s))
        return false;
    window.restoreGeometry(s.value(u"geometry"_s).toByteArray());
    window.restoreState(s.value(u"windowState"_s).toByteArray());
    *tab = s.value(u"tab"_s, 0).toInt();
    for (const auto &[name, header] : headers)
        header->restoreState(s.value(u"columns/"_s + name).toByteArray());
    return true;
}

} // namespace paynudge
