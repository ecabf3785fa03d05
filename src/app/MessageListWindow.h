#pragma once

#include "notifier/FolderKey.h"

#include <QtCore/QList>
#include <QtWidgets/QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolBar;
class QTreeView;

namespace Notifier {
class MessageListModel;
}

namespace App {

class MessageFilterProxy;

// The list of new messages of all watched folders, with a filter box and the preview of the
// current message below. It only shows the notifier's MessageListModel and turns the user's
// actions into requests with the keys of the selected messages; the model's live updates keep
// selection and scroll position because the view works through a proxy.
class MessageListWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MessageListWindow(QWidget *parent = nullptr);

    void setModel(Notifier::MessageListModel *model);
    // Brings the window to the front, also when a second launch asks for it.
    void raiseToFront();

    QList<Notifier::MessageKey> selectedKeys() const;
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPlainTextEdit *preview() const { return m_preview; }
    MessageFilterProxy *proxy() const { return m_proxy; }
    QAction *markReadAction() const { return m_markRead; }
    QAction *markUnreadAction() const { return m_markUnread; }
    QAction *deleteAction() const { return m_delete; }
    QAction *openAction() const { return m_open; }

Q_SIGNALS:
    void markReadRequested(const QList<Notifier::MessageKey> &keys);
    void markUnreadRequested(const QList<Notifier::MessageKey> &keys);
    void deleteRequested(const QList<Notifier::MessageKey> &keys);
    void openRequested(const QList<Notifier::MessageKey> &keys);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void resizeTextColumns(); // date and size: wide enough for their texts in this language
    void updateActions();
    void updatePreview();
    void updateEmptyState();

    Notifier::MessageListModel *m_model = nullptr;
    MessageFilterProxy *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QPlainTextEdit *m_preview;
    QLabel *m_previewHeader;
    QToolBar *m_toolBar = nullptr;
    QAction *m_markRead;
    QAction *m_markUnread;
    QAction *m_delete;
    QAction *m_open;
};

} // namespace App
