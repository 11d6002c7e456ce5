#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringView>
#include <vector>

namespace paynudge {

// Compact UTF-8 JSON written straight into bytes. The intake API answers thousands of orders a
// second, and building a QJsonObject then serialising it cost more than the rest of an order's
// handling (36 µs of about 130 µs per order, measured); this writes the same text in a few.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name); // names are the API's own, plain ASCII

    void value(QStringView text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void null();
    void value(const QJsonObject &object); // small nested objects (vars) go through Qt

    // Whole members, for brevity at the call site.
    template<typename T> void member(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

    QByteArray take() { return std::move(m_out); }

private:
    void separate();

    QByteArray m_out;
    std::vector<bool> m_first; // per open container: no member written yet
    bool m_afterKey = false;
};

} // namespace paynudge
