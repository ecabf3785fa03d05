#pragma once

#include <QtCore/QCollator>
#include <QtCore/QSortFilterProxyModel>

namespace Notifier {
class MessageListModel;
}

namespace App {

// Sits between the notifier's MessageListModel and the view: filters by sender and subject,
// sorts by the model's raw SortRole values, shows recent dates relatively ("10 min ago") and
// sizes in kB/MB, and makes unread rows bold.
class MessageFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MessageFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // After a language change: the column titles and the texts this proxy makes ("just now",
    // sizes) are translated when asked for, so views are told that all of them changed.
    void retranslate();

    // "just now", "5 min ago", "14:02", "Yesterday 14:02", else the short date.
    static QString relativeDate(const QDateTime &date, const QDateTime &now);

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Compares the messages' fields directly: going through data() and QVariant (and
    // QVariant::toString for every text comparison) was most of the time of sorting 100,000
    // rows. Text columns compare with the locale's collation, ignoring case.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filter;
    const Notifier::MessageListModel *m_messages = nullptr; // the source, when it is one
    QCollator m_collator;
};

} // namespace App
