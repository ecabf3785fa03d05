#include "app/AboutDialog.h"

#include "app/AppIcon.h"
#include "imap/LibraryInfo.h"
#include "ui_AboutDialog.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEvent>
#include <QtGui/QFont>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QPushButton>

namespace App {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(AppIcon::icon().pixmap(QSize(64, 64), devicePixelRatioF()));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    retranslate();
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    m_ui->versionLabel->setText(tr("Version %1").arg(QCoreApplication::applicationVersion()));
    m_ui->detailsLabel->setText(
        tr("IMAP library %1 · Qt %2<br><a href=\"%3\">%3</a>")
            .arg(Imap::LibraryInfo::version(), QString::fromLatin1(qVersion()),
                 QStringLiteral("https://github.com/lettertray/lettertray")));
}

} // namespace App
