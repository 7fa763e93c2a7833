#include "taskmodel.h"

#include <QBrush>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

TaskModel::TaskModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_tasks.size();
}

int TaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};

    const Task &t = m_tasks.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:    return t.title;
        case DueColumn:      return t.due;
        case PriorityColumn: return t.priority;
        default:             return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == DoneColumn)
            return t.done ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (!t.done && t.due.isValid() && t.due < QDate::currentDate())
            return QBrush(Qt::red);
        return {};
    case Qt::FontRole:
        if (t.done) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    }
    return {};
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case TitleColumn:    return tr("Title");
    case DueColumn:      return tr("Due");
    case PriorityColumn: return tr("Priority");
    case DoneColumn:     return tr("Done");
    }
    return {};
}

bool TaskModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;

    Task &t = m_tasks[index.row()];
    if (role == Qt::CheckStateRole && index.column() == DoneColumn) {
        t.done = value.toInt() == Qt::Checked;
        emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(DoneColumn));
        emit openCountChanged(openCount());
        return true;
    }
    if (role != Qt::EditRole)
        return false;

    switch (index.column()) {
    case TitleColumn:    t.title = value.toString().trimmed(); break;
    case DueColumn:      t.due = value.toDate(); break;
    case PriorityColumn: t.priority = qBound(1, value.toInt(), 5); break;
    default:             return false;
    }
    emit dataChanged(index, index, {role});
    return true;
}

Qt::ItemFlags TaskModel::flags(const QModelIndex &index) const
{
    auto f = QAbstractTableModel::flags(index);
    if (index.column() == DoneColumn)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

void TaskModel::addTask(const Task &task)
{
    const int row = m_tasks.size();
    beginInsertRows(QModelIndex(), row, row);
    m_tasks.append(task);
    endInsertRows();
    emit openCountChanged(openCount());
}

bool TaskModel::removeTasks(int row, int count)
{
    if (row < 0 || count <= 0 || row + count > m_tasks.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_tasks.remove(row, count);
    endRemoveRows();
    emit openCountChanged(openCount());
    return true;
}

int TaskModel::openCount() const
{
    return std::count_if(m_tasks.cbegin(), m_tasks.cend(),
                         [](const Task &t) { return !t.done; });
}

bool TaskModel::save(const QString &path) const
{
    QJsonArray arr;
    for (const Task &t : m_tasks) {
        arr.append(QJsonObject{
            {"title", t.title},
            {"due", t.due.toString(Qt::ISODate)},
            {"priority", t.priority},
            {"done", t.done},
        });
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(QJsonDocument(arr).toJson());
    return true;
}

bool TaskModel::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const auto doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isArray())
        return false;

    beginResetModel();
    m_tasks.clear();
    for (const auto &v : doc.array()) {
        const auto o = v.toObject();
        m_tasks.append({o["title"].toString(),
                        QDate::fromString(o["due"].toString(), Qt::ISODate),
                        o["priority"].toInt(2),
                        o["done"].toBool()});
    }
    endResetModel();
    emit openCountChanged(openCount());
    return true;
}
