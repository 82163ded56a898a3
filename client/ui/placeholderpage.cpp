#include "placeholderpage.h"

#include "modulecatalog.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Ebilim::Client::Ui {

PlaceholderPage::PlaceholderPage(const QString &code, QWidget *parent)
    : QWidget(parent)
    , m_code(code)
{
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_text = new QLabel(this);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    // Side margins keep the lines short; a word-wrapped label must not get an alignment
    // in the layout (its height would then be computed for the wrong width).
    layout->setContentsMargins(120, 24, 120, 24);
    layout->addWidget(m_text);
    layout->addStretch(2);
    retranslateUi();
}

void PlaceholderPage::retranslateUi()
{
    m_icon->setPixmap(ModuleCatalog::icon(m_code).pixmap(64, 64));
    m_title->setText(ModuleCatalog::title(m_code));
    m_text->setText(ModuleCatalog::description(m_code) + QStringLiteral("\n\n")
                    + tr("This workspace comes in a later release of eBilim. Your access to it is already set up: "
                         "it will appear here as soon as it is ready."));
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace Ebilim::Client::Ui
