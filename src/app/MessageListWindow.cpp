#include "app/MessageListWindow.h"

#include "app/AppIcon.h"
#include "app/MessageFilterProxy.h"
#include "notifier/MessageListModel.h"

#include <QtGui/QAction>
#include <QtGui/QKeySequence>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QTreeView>

namespace App {

using Notifier::MessageListModel;

MessageListWindow::MessageListWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_proxy(new MessageFilterProxy(this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_preview(new QPlainTextEdit(this))
    , m_previewHeader(new QLabel(this))
{
    setWindowIcon(AppIcon::icon());
    setObjectName(QStringLiteral("MessageListWindow"));

    m_markRead = new QAction(QIcon::fromTheme(QStringLiteral("mail-mark-read")), QString(), this);
    m_markRead->setShortcut(QKeySequence(Qt::Key_R));
    m_markUnread =
        new QAction(QIcon::fromTheme(QStringLiteral("mail-mark-unread")), QString(), this);
    m_markUnread->setShortcut(QKeySequence(Qt::Key_U));
    m_delete = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), QString(), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_open = new QAction(QIcon::fromTheme(QStringLiteral("mail-message")), QString(), this);
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    for (QAction *action : {m_markRead, m_markUnread, m_delete, m_open}) {
        // Shortcuts act on the list, not while typing in the filter box.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(findAction);

    QToolBar *toolBar = addToolBar(QString());
    m_toolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("actions"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_open);
    toolBar->addAction(m_markRead);
    toolBar->addAction(m_markUnread);
    toolBar->addAction(m_delete);
    toolBar->addSeparator();
    m_filter->setClearButtonEnabled(true);
    toolBar->addWidget(m_filter);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // keeps 100,000 rows cheap to lay out
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);

    m_preview->setReadOnly(true);
    m_previewHeader->setTextFormat(Qt::PlainText);
    m_previewHeader->setWordWrap(true);
    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewHeader);
    previewLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &MessageFilterProxy::setFilterText);
    connect(m_view, &QTreeView::activated, this, [this] { Q_EMIT openRequested(selectedKeys()); });
    connect(m_markRead, &QAction::triggered, this,
            [this] { Q_EMIT markReadRequested(selectedKeys()); });
    connect(m_markUnread, &QAction::triggered, this,
            [this] { Q_EMIT markUnreadRequested(selectedKeys()); });
    connect(m_delete, &QAction::triggered, this,
            [this] { Q_EMIT deleteRequested(selectedKeys()); });
    connect(m_open, &QAction::triggered, this, [this] { Q_EMIT openRequested(selectedKeys()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MessageListWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                // The view makes the first row current when it gets the focus, without
                // selecting it; select it, so that the previewed message is the highlighted
                // one the actions act on.
                QItemSelectionModel *selection = m_view->selectionModel();
                if (current.isValid() && !selection->hasSelection()) {
                    selection->select(current,
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
                }
                updatePreview();
            });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MessageListWindow::updatePreview);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MessageListWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MessageListWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MessageListWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            &MessageListWindow::updateEmptyState);

    retranslate();
    updateActions();
    resize(900, 560);
}

void MessageListWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MessageListWindow::retranslate()
{
    m_markRead->setText(tr("Mark as &Read"));
    m_markUnread->setText(tr("Mark as &Unread"));
    m_delete->setText(tr("&Delete"));
    m_open->setText(tr("&Open"));
    m_toolBar->setWindowTitle(tr("Actions"));
    m_filter->setPlaceholderText(tr("Filter by sender or subject (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter"));
    m_view->setAccessibleName(tr("Messages"));
    m_preview->setAccessibleName(tr("Preview"));
    // The model's column titles and the proxy's relative dates ("5 min ago") are translated
    // when they are asked for: tell the view to ask again.
    m_proxy->retranslate();
    if (m_model) {
        resizeTextColumns();
    }
    updateEmptyState();
    updatePreview();
}

void MessageListWindow::setModel(Notifier::MessageListModel *model)
{
    m_model = model;
    // The order is chosen before the rows arrive, so the proxy sorts 100,000 rows once, not
    // once by the view's default column and again by date.
    if (model && m_view->header()->sortIndicatorSection() != MessageListModel::DateColumn)
        m_view->sortByColumn(MessageListModel::DateColumn, Qt::DescendingOrder);
    m_proxy->setSourceModel(model);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    if (model) {
        header->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
        header->resizeSection(MessageListModel::UnreadColumn, 28);
        header->resizeSection(MessageListModel::AccountColumn, 160);
        header->resizeSection(MessageListModel::FolderColumn, 90);
        header->resizeSection(MessageListModel::FromColumn, 180);
        resizeTextColumns();
        m_view->sortByColumn(MessageListModel::DateColumn, Qt::DescendingOrder);
    }
    updateEmptyState();
}

void MessageListWindow::resizeTextColumns()
{
    QHeaderView *header = m_view->header();
    // Fixed widths, not ResizeToContents: that measures rows on every change, which 100,000
    // rows cannot afford. Date and size fit their longest usual text in this language.
    QFont bold = m_view->font(); // unread rows are bold
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const QLocale locale;
    const int padding = 4 * m_view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_view);
    header->resizeSection(
        MessageListModel::DateColumn,
        std::max(120, metrics.horizontalAdvance(MessageFilterProxy::relativeDate(
                          QDateTime::currentDateTime().addDays(-1), QDateTime::currentDateTime())) +
                          padding));
    header->resizeSection(MessageListModel::SizeColumn,
                          std::max(metrics.horizontalAdvance(
                                       locale.formattedDataSize(999, 0, QLocale::DataSizeSIFormat)),
                                   metrics.horizontalAdvance(locale.formattedDataSize(
                                       999'000'000, 0, QLocale::DataSizeSIFormat))) +
                              padding);
}

void MessageListWindow::raiseToFront()
{
    if (isMinimized()) {
        showNormal();
    } else {
        show();
    }
    raise();
    activateWindow();
}

QList<Notifier::MessageKey> MessageListWindow::selectedKeys() const
{
    QList<Notifier::MessageKey> keys;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        keys.append(row.data(MessageListModel::MessageKeyRole).value<Notifier::MessageKey>());
    }
    if (keys.isEmpty() && m_view->currentIndex().isValid()) {
        keys.append(m_view->currentIndex()
                        .data(MessageListModel::MessageKeyRole)
                        .value<Notifier::MessageKey>());
    }
    return keys;
}

void MessageListWindow::updateActions()
{
    const bool any = m_view->selectionModel()->hasSelection();
    for (QAction *action : {m_markRead, m_markUnread, m_delete, m_open}) {
        action->setEnabled(any);
    }
}

void MessageListWindow::updatePreview()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_previewHeader->clear();
        m_preview->clear();
        return;
    }
    const QModelIndex row = current.siblingAtColumn(MessageListModel::FromColumn);
    m_previewHeader->setText(tr("From: %1\nSubject: %2")
                                 .arg(row.data(Qt::ToolTipRole).toString(),
                                      row.siblingAtColumn(MessageListModel::SubjectColumn)
                                          .data(Qt::DisplayRole)
                                          .toString()));
    m_preview->setPlainText(row.data(MessageListModel::PreviewRole).toString());
}

void MessageListWindow::updateEmptyState()
{
    const int count = m_proxy->rowCount();
    setWindowTitle(count == 0 ? tr("New Mail") : tr("New Mail (%n)", nullptr, count));
}

} // namespace App
