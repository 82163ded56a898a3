#include "modulecatalog.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace Ebilim::Client::Ui {

QStringList ModuleCatalog::codes()
{
    return {QStringLiteral("admin"),      QStringLiteral("org"),      QStringLiteral("approvals"),  QStringLiteral("audit"),
            QStringLiteral("reports"),    QStringLiteral("cashier"),  QStringLiteral("staffhr"),    QStringLiteral("studenthr"),
            QStringLiteral("admissions"), QStringLiteral("curriculum"), QStringLiteral("load"),    QStringLiteral("timetable"),
            QStringLiteral("dean"),       QStringLiteral("department"), QStringLiteral("college"), QStringLiteral("teacher"),
            QStringLiteral("curator"),    QStringLiteral("student"),  QStringLiteral("parent"),     QStringLiteral("applicant"),
            QStringLiteral("documents"), QStringLiteral("profile")};
}

QString ModuleCatalog::title(const QString &code)
{
    //: Navigator module: system administration (users, roles, backups, logs)
    if (code == QLatin1String("admin")) {
        return tr("Administration");
    }
    if (code == QLatin1String("org")) {
        return tr("Institution structure");
    }
    //: Navigator module: change requests that need the vice-rector's approval
    if (code == QLatin1String("approvals")) {
        return tr("Approvals");
    }
    //: Navigator module: the log of users' actions
    if (code == QLatin1String("audit")) {
        return tr("Audit log");
    }
    if (code == QLatin1String("reports")) {
        return tr("Reports");
    }
    if (code == QLatin1String("cashier")) {
        return tr("Cashier");
    }
    if (code == QLatin1String("staffhr")) {
        return tr("Staff HR office");
    }
    if (code == QLatin1String("studenthr")) {
        return tr("Student HR office");
    }
    if (code == QLatin1String("admissions")) {
        return tr("Admissions committee");
    }
    if (code == QLatin1String("curriculum")) {
        return tr("Curriculum");
    }
    if (code == QLatin1String("load")) {
        return tr("Teaching load");
    }
    if (code == QLatin1String("timetable")) {
        return tr("Timetable");
    }
    if (code == QLatin1String("dean")) {
        return tr("Dean's office");
    }
    if (code == QLatin1String("department")) {
        //: Navigator module: an academic department (chair), Kyrgyz "Кафедра"
        return tr("Department");
    }
    if (code == QLatin1String("college")) {
        return tr("College");
    }
    if (code == QLatin1String("teacher")) {
        return tr("Teacher's cabinet");
    }
    if (code == QLatin1String("curator")) {
        return tr("Curator's cabinet");
    }
    if (code == QLatin1String("student")) {
        return tr("Student's cabinet");
    }
    if (code == QLatin1String("parent")) {
        return tr("Parent's cabinet");
    }
    if (code == QLatin1String("applicant")) {
        return tr("Applicant's cabinet");
    }
    //: Navigator module: printed and official documents (certificates, lists, orders), their register and verification
    if (code == QLatin1String("documents")) {
        return tr("Documents");
    }
    if (code == QLatin1String("profile")) {
        return tr("My profile");
    }
    if (code == QLatin1String("conflicts")) {
        return tr("Conflicts");
    }
    return code;
}

QString ModuleCatalog::description(const QString &code)
{
    if (code == QLatin1String("admin")) {
        return tr("Users, roles and access rights.");
    }
    if (code == QLatin1String("org")) {
        return tr("Faculties, colleges, departments and offices of the university.");
    }
    if (code == QLatin1String("approvals")) {
        return tr("Deletions and drastic changes waiting for the vice-rector's decision.");
    }
    if (code == QLatin1String("audit")) {
        return tr("Who changed what and when.");
    }
    if (code == QLatin1String("reports")) {
        return tr("Statistical forms and summary reports.");
    }
    if (code == QLatin1String("cashier")) {
        return tr("Tuition price list, payments and debts.");
    }
    if (code == QLatin1String("staffhr")) {
        return tr("Personal cards of employees, hiring, transfers, leave and awards.");
    }
    if (code == QLatin1String("studenthr")) {
        return tr("Groups, students' records and orders from admission to graduation.");
    }
    if (code == QLatin1String("admissions")) {
        return tr("Applicants, applications, entrance exams and competition results.");
    }
    if (code == QLatin1String("curriculum")) {
        return tr("Curricula of the credit and the linear systems, working plans.");
    }
    if (code == QLatin1String("load")) {
        return tr("Teaching load of departments and teachers, calculated from the curricula.");
    }
    if (code == QLatin1String("timetable")) {
        return tr("Timetables by group, teacher and room, with conflict checks.");
    }
    if (code == QLatin1String("dean")) {
        return tr("Grade sheets, electronic journal, academic debts of the faculty.");
    }
    if (code == QLatin1String("department")) {
        return tr("Teaching load and its execution by the department's teachers.");
    }
    if (code == QLatin1String("college")) {
        return tr("Students, groups and records of the college.");
    }
    if (code == QLatin1String("teacher")) {
        return tr("Own work plan, attendance journal, grade sheets and assignments.");
    }
    if (code == QLatin1String("curator")) {
        return tr("Own groups: students' data, progress and payments.");
    }
    if (code == QLatin1String("student")) {
        return tr("Grade book, transcript, timetable, assignments and requests.");
    }
    if (code == QLatin1String("parent")) {
        return tr("The child's progress, attendance and payments.");
    }
    if (code == QLatin1String("applicant")) {
        return tr("Own application and competition results.");
    }
    if (code == QLatin1String("documents")) {
        return tr("Study certificates, group lists and orders; the register of issued papers and their verification.");
    }
    if (code == QLatin1String("profile")) {
        return tr("Your phone, e-mail and photo.");
    }
    return {};
}

QIcon ModuleCatalog::icon(const QString &code)
{
    // Calm, flat icons drawn here: a coloured rounded square with the module's initials,
    // so they stay sharp at any DPI and need no image files.
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("admin"), QColor(0x5b, 0x6b, 0x7d)},      {QStringLiteral("org"), QColor(0x2e, 0x7d, 0x6b)},
        {QStringLiteral("approvals"), QColor(0xb0, 0x7a, 0x1f)},  {QStringLiteral("audit"), QColor(0x6d, 0x5b, 0x8c)},
        {QStringLiteral("reports"), QColor(0x3a, 0x6e, 0xa5)},    {QStringLiteral("cashier"), QColor(0x3f, 0x8a, 0x3a)},
        {QStringLiteral("staffhr"), QColor(0x8c, 0x4b, 0x5e)},    {QStringLiteral("studenthr"), QColor(0xa5, 0x4e, 0x3a)},
        {QStringLiteral("admissions"), QColor(0x2f, 0x7f, 0x9e)}, {QStringLiteral("curriculum"), QColor(0x55, 0x7a, 0x2e)},
        {QStringLiteral("load"), QColor(0x7a, 0x5a, 0x2e)},       {QStringLiteral("timetable"), QColor(0x2e, 0x5a, 0x7a)},
        {QStringLiteral("dean"), QColor(0x6a, 0x3d, 0x7a)},       {QStringLiteral("department"), QColor(0x3d, 0x6a, 0x7a)},
        {QStringLiteral("college"), QColor(0x7a, 0x3d, 0x4f)},    {QStringLiteral("teacher"), QColor(0x2e, 0x6b, 0x4f)},
        {QStringLiteral("curator"), QColor(0x4f, 0x5e, 0x8c)},    {QStringLiteral("student"), QColor(0x1f, 0x6f, 0xb0)},
        {QStringLiteral("parent"), QColor(0x8c, 0x6d, 0x3a)},     {QStringLiteral("applicant"), QColor(0x3a, 0x8c, 0x7f)},
        {QStringLiteral("profile"), QColor(0x4a, 0x4a, 0x4a)},    {QStringLiteral("conflicts"), QColor(0xb0, 0x3a, 0x2e)},
        {QStringLiteral("documents"), QColor(0x2e, 0x4f, 0x8c)},
    };
    const QColor colour = colours.value(code, QColor(0x60, 0x60, 0x60));
    const QString t = title(code);
    const QStringList words = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString initials = words.isEmpty() ? code.left(1) : words.first().left(1);
    if (words.size() > 1 && words.at(1).at(0).isLetter()) {
        initials += words.at(1).left(1);
    }
    initials = initials.toUpper();
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size * 0.22, size * 0.22);
        QFont f;
        f.setBold(true);
        f.setPixelSize(int(size * (initials.size() > 1 ? 0.42 : 0.55)));
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initials);
        icon.addPixmap(pm);
    }
    return icon;
}

QString ModuleCatalog::roleTitle(const QString &role)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("sysadmin"), QT_TR_NOOP("System administrator")},
        {QStringLiteral("vicerector"), QT_TR_NOOP("Vice-rector for academic affairs")},
        {QStringLiteral("accounting"), QT_TR_NOOP("Accounting")},
        {QStringLiteral("staffhr"), QT_TR_NOOP("Staff HR office")},
        {QStringLiteral("studenthr"), QT_TR_NOOP("Student HR office")},
        {QStringLiteral("admissions"), QT_TR_NOOP("Admissions committee")},
        {QStringLiteral("academic"), QT_TR_NOOP("Academic affairs office")},
        {QStringLiteral("dean"), QT_TR_NOOP("Dean's office")},
        //: Role: staff of an academic department (chair), Kyrgyz "Кафедра"
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("college"), QT_TR_NOOP("College")},
        {QStringLiteral("teacher"), QT_TR_NOOP("Teacher")},
        {QStringLiteral("curator"), QT_TR_NOOP("Curator")},
        {QStringLiteral("student"), QT_TR_NOOP("Student")},
        {QStringLiteral("parent"), QT_TR_NOOP("Parent")},
        {QStringLiteral("applicant"), QT_TR_NOOP("Applicant")},
    };
    const auto it = titles.constFind(role);
    return it == titles.constEnd() ? role : tr(it.value());
}

QString ModuleCatalog::unitKindTitle(const QString &kind)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("university"), QT_TR_NOOP("University")},
        {QStringLiteral("branch"), QT_TR_NOOP("Branch")},
        {QStringLiteral("faculty"), QT_TR_NOOP("Faculty")},
        {QStringLiteral("college"), QT_TR_NOOP("College")},
        //: Org unit kind: academic department (chair), Kyrgyz "Кафедра"
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("office"), QT_TR_NOOP("Office")},
    };
    const auto it = titles.constFind(kind);
    return it == titles.constEnd() ? kind : tr(it.value());
}

namespace {
QHash<QString, ScreenRegistry::Factory> &factories()
{
    static QHash<QString, ScreenRegistry::Factory> f;
    return f;
}
} // namespace

void ScreenRegistry::add(const QString &code, const Factory &factory)
{
    factories().insert(code, factory);
}

ScreenRegistry::Factory ScreenRegistry::find(const QString &code)
{
    return factories().value(code);
}

bool ScreenRegistry::has(const QString &code)
{
    return factories().contains(code);
}

} // namespace Ebilim::Client::Ui
