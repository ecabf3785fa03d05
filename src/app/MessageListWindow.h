#pragma once

#include <QtWidgets/QMainWindow>

namespace App {

// The list of new messages of all watched folders, with a preview below.
class MessageListWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MessageListWindow(QWidget *parent = nullptr);

    // Brings the window to the front, also when a second launch asks for it.
    void raiseToFront();
};

} // namespace App
