#include "app/MessageFilterProxy.h"

#include "notifier/MessageListModel.h"
#include "notifier/MessageSummary.h"

#include <QtCore/QLocale>
#include <QtGui/QFont>

namespace App {

using Notifier::MessageListModel;

MessageFilterProxy::MessageFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MessageListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    // Sorting stays live, so new mail lands where the current order puts it.
    setDynamicSortFilter(true);
}

void MessageFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_messages = qobject_cast<const MessageListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool MessageFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_messages || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    const Notifier::MessageSummary &a = m_messages->summaryAt(left.row());
    const Notifier::MessageSummary &b = m_messages->summaryAt(right.row());
    switch (left.column()) {
    case MessageListModel::UnreadColumn:
        return !a.seen < !b.seen;
    case MessageListModel::AccountColumn:
        return m_collator.compare(a.accountName, b.accountName) < 0;
    case MessageListModel::FolderColumn:
        return m_collator.compare(a.key.folder.mailbox, b.key.folder.mailbox) < 0;
    case MessageListModel::FromColumn:
        return m_collator.compare(a.from, b.from) < 0;
    case MessageListModel::SubjectColumn:
        return m_collator.compare(a.subject, b.subject) < 0;
    case MessageListModel::DateColumn:
        return a.date < b.date;
    case MessageListModel::SizeColumn:
        return a.size < b.size;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

void MessageFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter) {
        return;
    }
    m_filter = trimmed;
    invalidateFilter();
}

bool MessageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty()) {
        return true;
    }
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex from = model->index(sourceRow, MessageListModel::FromColumn, sourceParent);
    const QModelIndex subject =
        model->index(sourceRow, MessageListModel::SubjectColumn, sourceParent);
    return from.data(MessageListModel::SortRole)
               .toString()
               .contains(m_filter, Qt::CaseInsensitive) ||
           from.data(MessageListModel::FromAddressRole)
               .toString()
               .contains(m_filter, Qt::CaseInsensitive) ||
           subject.data(MessageListModel::SortRole)
               .toString()
               .contains(m_filter, Qt::CaseInsensitive);
}

void MessageFilterProxy::retranslate()
{
    const int columns = columnCount();
    if (columns > 0) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    }
    const int rows = rowCount();
    if (rows > 0) {
        // Only the columns whose text this proxy formats; one signal for all rows is cheap,
        // the view repaints only what it shows.
        Q_EMIT dataChanged(index(0, MessageListModel::DateColumn),
                           index(rows - 1, MessageListModel::SizeColumn), {Qt::DisplayRole});
    }
}

QVariant MessageFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::FontRole && !index.data(MessageListModel::SeenRole).toBool()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::DisplayRole) {
        if (index.column() == MessageListModel::DateColumn) {
            return relativeDate(index.data(MessageListModel::SortRole).toDateTime(),
                                QDateTime::currentDateTime());
        }
        if (index.column() == MessageListModel::SizeColumn) {
            const qint64 size = index.data(MessageListModel::SortRole).toLongLong();
            return size > 0 ? QLocale().formattedDataSize(size, 0, QLocale::DataSizeSIFormat)
                            : QString();
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

QString MessageFilterProxy::relativeDate(const QDateTime &date, const QDateTime &now)
{
    if (!date.isValid()) {
        return {};
    }
    const QDateTime local = date.toLocalTime();
    const qint64 seconds = local.secsTo(now);
    if (seconds >= 0 && seconds < 60) {
        return tr("just now");
    }
    if (seconds >= 0 && seconds < 3600) {
        return tr("%n min ago", nullptr, int(seconds / 60));
    }
    const QLocale locale;
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == now.date()) {
        return time;
    }
    if (local.date() == now.date().addDays(-1)) {
        return tr("Yesterday %1").arg(time);
    }
    return locale.toString(local.date(), QLocale::ShortFormat);
}

} // namespace App
