#include "grouppicker.h"

#include "clientcontext.h"
#include "errortext.h"
#include "net/session.h"
#include "tableexport.h"

#include <QCborArray>
#include <QCompleter>
#include <QEvent>

namespace Ebilim::Client::Modules {

GroupPicker::GroupPicker(Ui::ClientContext *context, QWidget *parent)
    : QComboBox(parent)
    , m_context(context)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    setMinimumWidth(360);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT groupChanged(groupId()); });
    reload();
}

QString GroupPicker::label(const QCborMap &g)
{
    const QString lang = Ui::TableExport::currentLanguage();
    const QString suffix = lang == QLatin1String("ru") ? QStringLiteral("Ru") : lang == QLatin1String("en") ? QStringLiteral("En") : QStringLiteral("Ky");
    QString faculty = g.value(QStringLiteral("facultyName") + suffix).toString();
    if (faculty.isEmpty()) {
        faculty = g.value(QStringLiteral("facultyCode")).toString();
    }
    return QStringLiteral("%1 — %2 (%3)").arg(g.value(QStringLiteral("name")).toString(), g.value(QStringLiteral("specialtyCode")).toString(), faculty);
}

void GroupPicker::reload(qint64 prefer)
{
    Job *job = m_context->session()->call(QStringLiteral("studenthr.groups.list"));
    connect(job, &Job::finished, this, [this, prefer](Job *j) {
        if (!j->ok()) {
            Q_EMIT loaded(false, Ui::ErrorText::describe(j->outcome()));
            return;
        }
        const qint64 keep = prefer > 0 ? prefer : groupId();
        m_groups.clear();
        for (const QCborValue &v : j->result().toArray()) {
            m_groups << v.toMap();
        }
        {
            const QSignalBlocker block(this);
            fill();
            setCurrentIndex(m_groups.isEmpty() ? -1 : 0);
            selectGroup(keep);
        }
        Q_EMIT loaded(true, QString());
        Q_EMIT groupChanged(groupId());
    });
}

void GroupPicker::fill()
{
    const int index = currentIndex();
    clear();
    for (const QCborMap &g : m_groups) {
        addItem(label(g));
    }
    setCurrentIndex(index);
}

qint64 GroupPicker::groupId() const
{
    const int i = currentIndex();
    return i >= 0 && i < m_groups.size() ? m_groups.at(i).value(QStringLiteral("id")).toInteger() : 0;
}

QCborMap GroupPicker::group() const
{
    const int i = currentIndex();
    return i >= 0 && i < m_groups.size() ? m_groups.at(i) : QCborMap();
}

bool GroupPicker::selectGroup(qint64 id)
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).value(QStringLiteral("id")).toInteger() == id) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void GroupPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Faculty names follow the interface language.
        const QSignalBlocker block(this);
        fill();
    }
    QComboBox::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
