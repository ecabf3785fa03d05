#include "app/WelcomeDialog.h"

#include "app/AppIcon.h"
#include "ui_WelcomeDialog.h"

#include <QtCore/QEvent>
#include <QtWidgets/QPushButton>

namespace App {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WelcomeDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(AppIcon::icon().pixmap(QSize(48, 48), devicePixelRatioF()));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    connect(m_ui->laterButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT addAccountRequested();
    });
    m_ui->addButton->setFocus();
}

WelcomeDialog::~WelcomeDialog() = default;

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    QDialog::changeEvent(event);
}

} // namespace App
