#include "mycardscreen.h"

#include "clientcontext.h"
#include "errortext.h"
#include "net/session.h"
#include "studentcarddialog.h"

#include <QCborArray>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Ebilim::Client::Modules {

MyCardScreen::MyCardScreen(Ui::ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_child = new QComboBox(this);
    m_child->setVisible(false);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_card = new StudentCardDialog(context, 0, this);
    m_card->setWindowFlags(Qt::Widget); // embedded, not a window
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_child);
    layout->addWidget(m_error);
    layout->addWidget(m_card, 1);
    m_card->hide();
    connect(m_child, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_cards.size()) {
            m_card->showReadOnly(m_cards.at(i));
        }
    });
    Job *job = context->session()->call(QStringLiteral("studenthr.students.mine"));
    connect(job, &Job::finished, this, [this](Job *j) {
        if (!j->ok()) {
            m_error->setText(Ui::ErrorText::describe(j->outcome()));
            m_error->setVisible(true);
            Q_EMIT loaded(false);
            return;
        }
        // A student gets one card; a parent an array of their children's.
        const QCborValue r = j->result();
        if (r.isArray()) {
            for (const QCborValue &v : r.toArray()) {
                m_cards << v.toMap();
            }
        } else {
            m_cards << r.toMap();
        }
        for (const QCborMap &c : std::as_const(m_cards)) {
            m_child->addItem(QStringLiteral("%1 %2").arg(c.value(QStringLiteral("lastName")).toString(), c.value(QStringLiteral("firstName")).toString()));
        }
        m_child->setVisible(m_cards.size() > 1);
        if (!m_cards.isEmpty()) {
            m_card->showReadOnly(m_cards.first());
            m_card->show();
        }
        Q_EMIT loaded(true);
    });
    retranslateUi();
}

void MyCardScreen::retranslateUi()
{
    m_child->setToolTip(tr("Whose card"));
}

void MyCardScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
