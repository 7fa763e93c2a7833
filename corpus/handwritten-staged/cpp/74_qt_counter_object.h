#pragma once
#include <QObject>

class Counter : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int value READ value WRITE setValue NOTIFY valueChanged)

public:
    explicit Counter(QObject *parent = nullptr) : QObject(parent) {}

    int value() const { return m_value; }

public slots:
    void setValue(int v)
    {
        if (v == m_value)
            return;
        m_value = v;
        emit valueChanged(m_value);
    }
    void increment() { setValue(m_value + 1); }
    void reset() { setValue(0); }

signals:
    void valueChanged(int newValue);

private:
    int m_value = 0;
};
