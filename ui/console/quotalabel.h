#pragma once

#include <QLabel>

namespace paynudge {

class Engine;

// The status bar's account quota: "Quota today: shop1 1,234 / 100,000" for each account that
// sends for real, as WeChat last counted it, marked from 80 % used (at 100 % every send fails
// with 45009 until midnight). The tooltip names the API and when WeChat was asked.
class QuotaLabel : public QLabel
{
    Q_OBJECT
public:
    explicit QuotaLabel(Engine &engine, QWidget *parent = nullptr);

    void refresh();
    bool warning() const { return m_warning; }

signals:
    void changed(); // after each refresh: the status banner's quota warnings follow

private:
    void watch();

    Engine &m_engine;
    bool m_warning = false;
    QObject *m_watched = nullptr;
};

} // namespace paynudge
