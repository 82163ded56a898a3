#include "importpage.h"

#include "clientcontext.h"
#include "datatableview.h"
#include "errortext.h"
#include "messages.h"
#include "net/session.h"
#include "recordtablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace Ebilim::Client::Modules {

namespace {

constexpr int ChunkRows = 2000; // one request stays well under the 1 MiB frame limit

/// Header words (ky, ru, en) that name each field, lower case.
const QHash<QString, QStringList> kHeaderWords{
    {QStringLiteral("lastName"), {QStringLiteral("фамилия"), QStringLiteral("фамилиясы"), QStringLiteral("last name"), QStringLiteral("surname")}},
    {QStringLiteral("firstName"), {QStringLiteral("имя"), QStringLiteral("аты"), QStringLiteral("first name"), QStringLiteral("name")}},
    {QStringLiteral("patronymic"), {QStringLiteral("отчество"), QStringLiteral("атасынын аты"), QStringLiteral("patronymic")}},
    {QStringLiteral("pin"), {QStringLiteral("пин"), QStringLiteral("жин"), QStringLiteral("pin"), QStringLiteral("инн")}},
    {QStringLiteral("birthDate"), {QStringLiteral("дата рождения"), QStringLiteral("туулган күнү"), QStringLiteral("date of birth"), QStringLiteral("birth")}},
    {QStringLiteral("gender"), {QStringLiteral("пол"), QStringLiteral("жынысы"), QStringLiteral("sex"), QStringLiteral("gender")}},
    {QStringLiteral("groupName"), {QStringLiteral("группа"), QStringLiteral("group")}},
    {QStringLiteral("funding"), {QStringLiteral("основа"), QStringLiteral("окуу акысы"), QStringLiteral("funding"), QStringLiteral("финансирование")}},
    {QStringLiteral("nationality"), {QStringLiteral("национальность"), QStringLiteral("улуту"), QStringLiteral("nationality")}},
    {QStringLiteral("phone"), {QStringLiteral("телефон"), QStringLiteral("phone")}},
    {QStringLiteral("soateCode"), {QStringLiteral("соато"), QStringLiteral("soate")}},
};

QString isoDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &f : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"), QStringLiteral("dd/MM/yyyy")}) {
        const QDate d = QDate::fromString(t, f);
        if (d.isValid()) {
            return d.toString(Qt::ISODate);
        }
    }
    return t; // the server names what is wrong with it
}

QString sexCode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("f") || t == QStringLiteral("ж") || t == QStringLiteral("жен") || t == QStringLiteral("женский") || t == QStringLiteral("аял")
        || t == QStringLiteral("кыз") || t == QLatin1String("female")) {
        return QStringLiteral("F");
    }
    if (t == QLatin1String("m") || t == QStringLiteral("м") || t == QStringLiteral("муж") || t == QStringLiteral("мужской") || t == QStringLiteral("э")
        || t == QStringLiteral("эр") || t == QStringLiteral("эркек") || t == QLatin1String("male")) {
        return QStringLiteral("M");
    }
    return text.trimmed();
}

QString fundingCode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.startsWith(QStringLiteral("бюдж")) || t == QLatin1String("budget") || t == QLatin1String("state-funded")) {
        return QStringLiteral("budget");
    }
    if (t.startsWith(QStringLiteral("конт")) || t.startsWith(QStringLiteral("келиш")) || t == QLatin1String("contract")) {
        return QStringLiteral("contract");
    }
    return text.trimmed();
}

QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("missing")) {
        return ImportPage::tr("missing");
    }
    if (reason == QLatin1String("unknown") || reason == QLatin1String("not_found")) {
        return ImportPage::tr("not found (no such group or SOATE code)");
    }
    if (reason == QLatin1String("not_authorized")) {
        return ImportPage::tr("the group is outside your faculty");
    }
    if (reason == QLatin1String("mixed_script")) {
        return ImportPage::tr("Latin and Cyrillic letters mixed in one name");
    }
    if (reason == QLatin1String("characters")) {
        return ImportPage::tr("characters a name cannot have");
    }
    if (reason == QLatin1String("too_long")) {
        return ImportPage::tr("too long");
    }
    if (reason == QLatin1String("wrong_length")) {
        return ImportPage::tr("a PIN has 14 digits");
    }
    if (reason == QLatin1String("not_digits")) {
        return ImportPage::tr("a PIN has digits only");
    }
    if (reason == QLatin1String("bad_gender_digit") || reason == QLatin1String("gender_mismatch")) {
        return ImportPage::tr("the first digit of the PIN does not match the sex (1 female, 2 male)");
    }
    if (reason == QLatin1String("bad_date") || reason == QLatin1String("birth_date_mismatch")) {
        return ImportPage::tr("the PIN's digits 2–9 are not the date of birth");
    }
    if (reason == QLatin1String("format") || reason == QLatin1String("type") || reason == QLatin1String("range") || reason == QLatin1String("not_allowed")) {
        return ImportPage::tr("not a valid value");
    }
    if (reason == QLatin1String("duplicate_pin")) {
        return ImportPage::tr("this PIN is already recorded");
    }
    if (reason == QLatin1String("name_birth")) {
        return ImportPage::tr("a student with this name and date of birth is already recorded");
    }
    if (reason == QLatin1String("in_file")) {
        return ImportPage::tr("the same person appears earlier in the file");
    }
    return reason;
}

} // namespace

QStringList ImportPage::fields()
{
    return {QStringLiteral("lastName"),  QStringLiteral("firstName"), QStringLiteral("patronymic"), QStringLiteral("pin"),
            QStringLiteral("birthDate"), QStringLiteral("gender"),    QStringLiteral("groupName"),  QStringLiteral("funding"),
            QStringLiteral("nationality"), QStringLiteral("phone"),   QStringLiteral("soateCode")};
}

ImportPage::ImportPage(Ui::ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_choose = new QPushButton(this);
    m_file = new QLabel(this);
    m_header = new QCheckBox(this);
    m_header->setChecked(true);
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *mappingBox = new QWidget(this);
    m_mappingLayout = new QFormLayout(mappingBox);
    for (const QString &f : fields()) {
        auto *combo = new QComboBox(mappingBox);
        auto *label = new QLabel(mappingBox);
        label->setBuddy(combo);
        m_mapping.insert(f, combo);
        m_mappingLabels.insert(f, label);
        m_mappingLayout->addRow(label, combo);
    }
    m_orderNumber = new QLineEdit(mappingBox);
    m_orderDate = new QDateEdit(QDate::currentDate(), mappingBox);
    m_orderDate->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_orderLabel = new QLabel(mappingBox);
    auto *orderRow = new QHBoxLayout;
    orderRow->addWidget(m_orderNumber);
    orderRow->addWidget(m_orderDate);
    m_mappingLayout->addRow(m_orderLabel, orderRow);
    m_check = new QPushButton(this);
    m_import = new QPushButton(this);
    m_import->setEnabled(false);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_problems = new Ui::RecordTableModel(this);
    m_problems->setColumns({{QStringLiteral("row"), [] { return tr("Row of the file"); }},
                            {QStringLiteral("field"), [] { return tr("Field"); },
                             [](const QCborMap &r) -> QVariant { return Ui::ErrorText::fieldLabel(r.value(QStringLiteral("field")).toString()); }},
                            {QStringLiteral("reason"), [] { return tr("Problem"); },
                             [](const QCborMap &r) -> QVariant { return reasonText(r.value(QStringLiteral("reason")).toString()); }}});
    m_problemTable = new Ui::DataTableView(this);
    m_problemTable->setModel(m_problems);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_header);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_check);
    actions->addWidget(m_import);
    actions->addStretch(1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_preview, 1);
    leftLayout->addWidget(m_problemTable, 1);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(mappingBox);
    split->setStretchFactor(0, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addLayout(actions);

    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import students"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                          tr("Tables (*.xlsx *.csv *.txt)"));
        if (!path.isEmpty()) {
            loadFile(path);
        }
    });
    connect(m_header, &QCheckBox::toggled, this, [this] {
        showPreview();
        guessMapping();
    });
    connect(m_check, &QPushButton::clicked, this, &ImportPage::check);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (Ui::Messages::confirm(this, tr("Import students"),
                                  tr("Import the rows without problems? Rows listed with problems are skipped."), tr("Import"))) {
            commit();
        }
    });
    retranslateUi();
}

bool ImportPage::loadFile(const QString &path)
{
    m_data = Documents::readTableFile(path);
    m_path = path;
    m_problems->setRecords({});
    m_import->setEnabled(false);
    m_checkedOk = false;
    if (!m_data.ok()) {
        m_summary->setText(tr("The file cannot be read: %1").arg(m_data.error));
        return false;
    }
    m_file->setText(QDir::toNativeSeparators(path));
    showPreview();
    guessMapping();
    m_summary->setText(tr("%n row(s) read. Check the mapping of the columns, then press Check.", nullptr,
                          int(m_data.rows.size() - (m_header->isChecked() ? 1 : 0))));
    return true;
}

void ImportPage::showPreview()
{
    const int columns = std::accumulate(m_data.rows.begin(), m_data.rows.end(), 0, [](int m, const QStringList &r) { return std::max(m, int(r.size())); });
    const int first = m_header->isChecked() ? 1 : 0;
    const int shown = std::min(int(m_data.rows.size()) - first, 50);
    m_preview->clear();
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(std::max(0, shown));
    QStringList headers;
    for (int c = 0; c < columns; ++c) {
        headers << (first == 1 && !m_data.rows.isEmpty() ? m_data.rows.first().value(c) : tr("Column %1").arg(c + 1));
    }
    m_preview->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < shown; ++r) {
        const QStringList &row = m_data.rows.at(r + first);
        for (int c = 0; c < row.size(); ++c) {
            m_preview->setItem(r, c, new QTableWidgetItem(row.at(c)));
        }
    }
    for (auto it = m_mapping.begin(); it != m_mapping.end(); ++it) {
        QComboBox *combo = it.value();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        for (int c = 0; c < columns; ++c) {
            combo->addItem(headers.value(c), c);
        }
    }
}

void ImportPage::guessMapping()
{
    if (!m_header->isChecked() || m_data.rows.isEmpty()) {
        return;
    }
    const QStringList header = m_data.rows.first();
    QSet<int> taken;
    for (const QString &f : fields()) {
        for (int c = 0; c < header.size(); ++c) {
            const QString h = header.at(c).trimmed().toLower();
            if (!taken.contains(c) && kHeaderWords.value(f).contains(h)) {
                mapColumn(f, c);
                taken.insert(c);
                break;
            }
        }
    }
}

void ImportPage::mapColumn(const QString &field, int column)
{
    if (QComboBox *c = m_mapping.value(field)) {
        c->setCurrentIndex(std::max(0, c->findData(column)));
    }
}

int ImportPage::mappedColumn(const QString &field) const
{
    const QComboBox *c = m_mapping.value(field);
    return c ? c->currentData().toInt() : -1;
}

void ImportPage::setOrder(const QString &number, const QDate &date)
{
    m_orderNumber->setText(number);
    m_orderDate->setDate(date);
}

QCborArray ImportPage::mappedRows() const
{
    QCborArray out;
    const int first = m_header->isChecked() ? 1 : 0;
    for (int r = first; r < m_data.rows.size(); ++r) {
        const QStringList &row = m_data.rows.at(r);
        QCborMap m;
        for (const QString &f : fields()) {
            const int c = mappedColumn(f);
            if (c < 0 || c >= row.size() || row.at(c).trimmed().isEmpty()) {
                continue;
            }
            QString v = row.at(c).trimmed();
            if (f == QLatin1String("birthDate")) {
                v = isoDate(v);
            } else if (f == QLatin1String("gender")) {
                v = sexCode(v);
            } else if (f == QLatin1String("funding")) {
                v = fundingCode(v);
            }
            m.insert(f, v);
        }
        out.append(m);
    }
    return out;
}

int ImportPage::problemRows() const
{
    QSet<qint64> rows;
    for (const QCborMap &p : m_problems->records()) {
        rows.insert(p.value(QStringLiteral("row")).toInteger());
    }
    return int(rows.size());
}

void ImportPage::check()
{
    m_problems->setRecords({});
    m_checkedOk = false;
    m_import->setEnabled(false);
    send(false, 0, std::make_shared<QList<QCborMap>>(), 0);
}

void ImportPage::commit()
{
    send(true, 0, std::make_shared<QList<QCborMap>>(), 0);
}

void ImportPage::send(bool commit, int chunk, std::shared_ptr<QList<QCborMap>> found, int importedSoFar)
{
    const QCborArray all = mappedRows();
    const int firstFileRow = (m_header->isChecked() ? 2 : 1); // people count file rows from 1, the header included
    if (chunk * ChunkRows >= all.size()) {
        // Done. Problems are shown with the file's row numbers.
        std::sort(found->begin(), found->end(), [](const QCborMap &a, const QCborMap &b) {
            return a.value(QStringLiteral("row")).toInteger() < b.value(QStringLiteral("row")).toInteger();
        });
        m_problems->setRecords(*found);
        m_problemTable->setTitle(tr("Import problems: %1").arg(QFileInfo(m_path).fileName()));
        const int bad = problemRows();
        if (commit) {
            m_imported = importedSoFar;
            m_summary->setText(tr("%n student(s) imported.", nullptr, importedSoFar) + QLatin1Char(' ')
                               + tr("%n row(s) skipped because of problems.", nullptr, bad));
            m_import->setEnabled(false);
            Q_EMIT committed(true, importedSoFar);
        } else {
            m_checkedOk = true;
            m_checkedRows = int(all.size());
            m_summary->setText(tr("%n row(s) checked.", nullptr, int(all.size())) + QLatin1Char(' ')
                               + tr("%n row(s) have problems and will be skipped; nothing is imported until you press Import.", nullptr, bad));
            m_import->setEnabled(int(all.size()) > bad && m_context->can(QStringLiteral("studenthr.write")));
            Q_EMIT checked(true, int(all.size()), bad);
        }
        return;
    }
    QCborArray rows;
    for (int i = chunk * ChunkRows; i < std::min(int(all.size()), (chunk + 1) * ChunkRows); ++i) {
        rows.append(all.at(i));
    }
    QCborMap args{{QStringLiteral("rows"), rows}, {QStringLiteral("commit"), commit}};
    if (!m_orderNumber->text().trimmed().isEmpty()) {
        args.insert(QStringLiteral("orderNumber"), m_orderNumber->text().trimmed());
        args.insert(QStringLiteral("orderDate"), m_orderDate->date().toString(Qt::ISODate));
    }
    m_summary->setText(tr("Working… rows %1–%2 of %3").arg(chunk * ChunkRows + 1).arg(chunk * ChunkRows + rows.size()).arg(all.size()));
    Job *job = m_context->session()->call(QStringLiteral("studenthr.import"), args);
    connect(job, &Job::finished, this, [this, commit, chunk, found, importedSoFar, firstFileRow](Job *j) {
        if (!j->ok()) {
            m_summary->setText(Ui::ErrorText::describe(j->outcome()));
            if (commit) {
                Q_EMIT committed(false, importedSoFar);
            } else {
                Q_EMIT checked(false, 0, 0);
            }
            return;
        }
        const QCborMap r = j->result().toMap();
        const int offset = chunk * ChunkRows + firstFileRow;
        for (const QCborValue &v : r.value(QStringLiteral("errors")).toArray()) {
            QCborMap p = v.toMap();
            p.insert(QStringLiteral("row"), p.value(QStringLiteral("row")).toInteger() + offset);
            found->append(p);
        }
        for (const QCborValue &v : r.value(QStringLiteral("duplicates")).toArray()) {
            QCborMap p = v.toMap();
            p.insert(QStringLiteral("row"), p.value(QStringLiteral("row")).toInteger() + offset);
            if (!p.contains(QStringLiteral("field"))) {
                p.insert(QStringLiteral("field"), p.value(QStringLiteral("reason")).toString() == QLatin1String("pin") ? QStringLiteral("pin")
                                                                                                                      : QStringLiteral("lastName"));
            }
            if (p.value(QStringLiteral("reason")).toString() == QLatin1String("pin")) {
                p.insert(QStringLiteral("reason"), QStringLiteral("duplicate_pin"));
            }
            found->append(p);
        }
        send(commit, chunk + 1, found, importedSoFar + int(r.value(QStringLiteral("imported")).toInteger()));
    });
}

void ImportPage::retranslateUi()
{
    m_choose->setText(tr("Choose file…"));
    m_header->setText(tr("The first row holds the column names"));
    if (m_path.isEmpty()) {
        m_file->setText(tr("XLSX or CSV; one student per row."));
    }
    for (const QString &f : fields()) {
        m_mappingLabels.value(f)->setText(Ui::ErrorText::fieldLabel(f) + QLatin1Char(':'));
    }
    m_orderLabel->setText(tr("Admission order no. and date:"));
    m_orderNumber->setPlaceholderText(tr("for rows with a group"));
    m_check->setText(tr("Check"));
    m_import->setText(tr("Import…"));
    m_problemTable->setTitle(tr("Import problems"));
    m_problems->retranslate();
}

void ImportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
