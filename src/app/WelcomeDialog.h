#pragma once

#include <QtWidgets/QDialog>

#include <memory>

namespace Ui {
class WelcomeDialog;
}

namespace App {

// The first run: what Lettertray does, and the way to add the first account.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(QWidget *parent = nullptr);
    ~WelcomeDialog() override;

Q_SIGNALS:
    void addAccountRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::WelcomeDialog> m_ui;
};

} // namespace App
