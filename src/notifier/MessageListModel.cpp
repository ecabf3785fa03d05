#include "notifier/MessageListModel.h"

#include "notifier/DisplayText.h"

#include <QtCore/QLocale>

namespace Notifier {

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QModelIndex MessageListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex MessageListModel::parent(const QModelIndex &) const
{
    return {};
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    // Computed on demand: nothing per row is prepared in advance, which keeps 100,000 rows
    // cheap; a view asks only for the rows it shows.
    const MessageSummary &message = m_rows.at(index.row());
    switch (role) {
    case MessageKeyRole:
        return QVariant::fromValue(message.key);
    case SeenRole:
        return message.seen;
    case PreviewRole:
        return DisplayText::plain(message.preview, 2000);
    case FromAddressRole:
        return message.fromAddress;
    case AccountIdRole:
        return message.key.folder.accountId;
    case SummaryRole:
        return QVariant::fromValue(message);
    default:
        break;
    }
    if (role == SortRole) {
        switch (index.column()) {
        case UnreadColumn:
            return !message.seen;
        case AccountColumn:
            return message.accountName;
        case FolderColumn:
            return message.key.folder.mailbox;
        case FromColumn:
            return message.from;
        case SubjectColumn:
            return message.subject;
        case DateColumn:
            return message.date;
        case SizeColumn:
            return message.size;
        }
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const int limit = role == Qt::ToolTipRole ? 1000 : MaxDisplayChars;
        switch (index.column()) {
        case UnreadColumn:
            return message.seen ? QString() : QStringLiteral("\u25CF");
        case AccountColumn:
            return DisplayText::plain(message.accountName, limit);
        case FolderColumn:
            return DisplayText::plain(message.key.folder.mailbox, limit);
        case FromColumn:
            if (role == Qt::ToolTipRole && !message.fromAddress.isEmpty())
                return DisplayText::plain(message.from + QStringLiteral(" <") +
                                              message.fromAddress + QLatin1Char('>'),
                                          limit);
            return DisplayText::plain(message.from, limit);
        case SubjectColumn:
            return DisplayText::plain(message.subject, limit);
        case DateColumn:
            return QLocale().toString(message.date.toLocalTime(), QLocale::ShortFormat);
        case SizeColumn:
            return QLocale().formattedDataSize(message.size);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnreadColumn:
        return QString();
    case AccountColumn:
        return tr("Account");
    case FolderColumn:
        return tr("Folder");
    case FromColumn:
        return tr("From");
    case SubjectColumn:
        return tr("Subject");
    case DateColumn:
        return tr("Date");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(MessageKeyRole, "messageKey");
    names.insert(SeenRole, "seen");
    names.insert(PreviewRole, "preview");
    names.insert(FromAddressRole, "fromAddress");
    names.insert(AccountIdRole, "accountId");
    names.insert(SummaryRole, "summary");
    return names;
}

void MessageListModel::upsert(const QList<MessageSummary> &messages)
{
    QList<MessageSummary> added;
    for (const MessageSummary &message : messages) {
        const int row = m_rowOf.value(message.key, -1);
        if (row < 0) {
            // Also deduplicates keys repeated within the same batch.
            m_rowOf.insert(message.key, int(m_rows.size() + added.size()));
            added.append(message);
            continue;
        }
        MessageSummary &existing = m_rows[row];
        m_unread += (existing.seen ? 0 : -1) + (message.seen ? 0 : 1);
        existing = message;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(added);
    for (const MessageSummary &message : std::as_const(added))
        m_unread += message.seen ? 0 : 1;
    endInsertRows();
}

void MessageListModel::setSeen(const MessageKey &key, bool seen)
{
    const int row = m_rowOf.value(key, -1);
    if (row < 0 || m_rows.at(row).seen == seen)
        return;
    m_rows[row].seen = seen;
    m_unread += seen ? -1 : 1;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MessageListModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).key, i);
}

void MessageListModel::removeRowsWhere(const std::function<bool(const MessageSummary &)> &predicate)
{
    // Count the contiguous runs first. A few runs get one signal pair each (views keep their
    // selection and scroll position); very many (e.g. half of 100,000 rows, scattered) would
    // cost a proxy model O(rows) per run, so those become one reset instead.
    int runs = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (predicate(m_rows.at(row)) && (row == 0 || !predicate(m_rows.at(row - 1))))
            ++runs;
    }
    if (runs == 0)
        return;
    if (runs > MaxRemovalRunsWithoutReset) {
        beginResetModel();
        m_rows.removeIf([&predicate](const MessageSummary &m) { return predicate(m); });
        m_rowOf.clear();
        m_unread = 0;
        for (int i = 0; i < m_rows.size(); ++i) {
            m_rowOf.insert(m_rows.at(i).key, i);
            m_unread += m_rows.at(i).seen ? 0 : 1;
        }
        endResetModel();
        return;
    }
    // From the end so that earlier row numbers stay valid; the index is rebuilt once.
    int lowest = -1;
    int row = int(m_rows.size()) - 1;
    while (row >= 0) {
        if (!predicate(m_rows.at(row))) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && predicate(m_rows.at(row - 1)))
            --row;
        beginRemoveRows({}, row, last);
        for (int i = row; i <= last; ++i) {
            m_rowOf.remove(m_rows.at(i).key);
            m_unread -= m_rows.at(i).seen ? 0 : 1;
        }
        m_rows.remove(row, last - row + 1);
        endRemoveRows();
        lowest = row;
        --row;
    }
    if (lowest >= 0)
        reindexFrom(lowest);
}

void MessageListModel::remove(const QList<MessageKey> &keys)
{
    QSet<MessageKey> doomed;
    for (const MessageKey &key : keys) {
        if (m_rowOf.contains(key))
            doomed.insert(key);
    }
    if (doomed.isEmpty())
        return;
    removeRowsWhere([&doomed](const MessageSummary &m) { return doomed.contains(m.key); });
}

void MessageListModel::removeFolder(const FolderKey &folder)
{
    removeRowsWhere([&folder](const MessageSummary &m) { return m.key.folder == folder; });
}

void MessageListModel::removeAccount(const QString &accountId)
{
    removeRowsWhere(
        [&accountId](const MessageSummary &m) { return m.key.folder.accountId == accountId; });
}

void MessageListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_unread = 0;
    endResetModel();
}

} // namespace Notifier
