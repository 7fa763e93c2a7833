#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>

struct Task
{
    QString title;
    QDate due;
    int priority = 2;
    bool done = false;
};

class TaskModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(int openCount READ openCount NOTIFY openCountChanged)

public:
    enum Column { TitleColumn, DueColumn, PriorityColumn, DoneColumn, ColumnCount };

    explicit TaskModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value,
                 int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void addTask(const Task &task);
    bool removeTasks(int row, int count);
    int openCount() const;

    bool load(const QString &path);
    bool save(const QString &path) const;

signals:
    void openCountChanged(int count);

private:
    QList<Task> m_tasks;
};
