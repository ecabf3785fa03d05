#pragma once

#include <QtWidgets/QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace App {

// Name, version, licence and the versions of the parts Lettertray runs on (useful in bug reports).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate(); // the texts the form does not hold

    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace App
