#pragma once

#include "notifier/MessageSummary.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QHash>
#include <QtCore/QList>

#include <functional>

namespace Notifier {

// The messages of all watched folders as a flat table for the app's message list (QtCore
// only: the app decides fonts and icons from SeenRole). Rows are kept in arrival order; the
// view sorts and filters through a QSortFilterProxyModel using SortRole. Changes are applied
// in batches with one model signal per contiguous range, so 100,000 rows load at once and a
// view keeps selection and scroll position across updates.
class MessageListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        UnreadColumn,
        AccountColumn,
        FolderColumn,
        FromColumn,
        SubjectColumn,
        DateColumn,
        SizeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: bool, QString, QDateTime, qint64
        MessageKeyRole,              // QVariant<MessageKey>
        SeenRole,
        PreviewRole,
        FromAddressRole,
        AccountIdRole,
        SummaryRole, // QVariant<MessageSummary>
    };
    Q_ENUM(Role)

    static constexpr int MaxDisplayChars = 200;
    static constexpr int MaxRemovalRunsWithoutReset = 64;

    explicit MessageListModel(QObject *parent = nullptr);

    // Adds new messages and updates those already present (same key).
    void upsert(const QList<MessageSummary> &messages);
    void remove(const QList<MessageKey> &keys);
    void setSeen(const MessageKey &key, bool seen);
    void removeFolder(const FolderKey &folder);
    void removeAccount(const QString &accountId);
    void clear();

    int indexOf(const MessageKey &key) const { return m_rowOf.value(key, -1); }
    const MessageSummary &summaryAt(int row) const { return m_rows.at(row); }
    int unreadCount() const { return m_unread; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void removeRowsWhere(const std::function<bool(const MessageSummary &)> &predicate);
    void reindexFrom(int row);

    QList<MessageSummary> m_rows;
    QHash<MessageKey, int> m_rowOf;
    int m_unread = 0;
};

} // namespace Notifier
