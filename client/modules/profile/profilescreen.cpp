#include "profilescreen.h"

#include "cache/localstore.h"
#include "clientcontext.h"
#include "messages.h"
#include "modulecatalog.h"
#include "net/job.h"
#include "protocol/registry.h"
#include "recordform.h"
#include "sync/syncworker.h"

#include <QBuffer>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Ebilim::Client::Modules {

namespace {
constexpr int MaxPhotoBytes = 512 * 1024;
constexpr QSize PhotoPreview(150, 190);

qint64 userId(Ui::ClientContext *c)
{
    return c->user().value(QStringLiteral("id")).toInteger();
}
} // namespace

ProfileScreen::ProfileScreen(Ui::ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_title = new QLabel(this);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setBold(true);
    m_title->setFont(tf);
    m_form = new Ui::RecordForm(this);
    m_fullName = new QLabel(this);
    m_fullName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_phone = new QLineEdit(this);
    m_phone->setMaxLength(32);
    m_email = new QLineEdit(this);
    m_email->setMaxLength(254);
    m_photo = new QLabel(this);
    m_photo->setFixedSize(PhotoPreview);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_choosePhoto = new QPushButton(this);
    m_removePhoto = new QPushButton(this);
    auto *photoBox = new QWidget(this);
    auto *photoButtons = new QVBoxLayout;
    photoButtons->addWidget(m_choosePhoto);
    photoButtons->addWidget(m_removePhoto);
    photoButtons->addStretch(1);
    auto *photoLayout = new QHBoxLayout(photoBox);
    photoLayout->setContentsMargins(0, 0, 0, 0);
    photoLayout->addWidget(m_photo);
    photoLayout->addLayout(photoButtons);
    photoLayout->addStretch(1);

    m_form->addField(QStringLiteral("fullName"), m_fullName);
    m_form->addField(QStringLiteral("phone"), m_phone);
    m_form->addField(QStringLiteral("email"), m_email);
    m_form->addField(QStringLiteral("photo"), photoBox);
    m_form->setMaximumWidth(640);

    m_save = new QPushButton(this);
    m_save->setDefault(true);
    m_revert = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &ProfileScreen::save);
    connect(m_revert, &QPushButton::clicked, this, &ProfileScreen::reload);
    connect(m_choosePhoto, &QPushButton::clicked, this, &ProfileScreen::choosePhoto);
    connect(m_removePhoto, &QPushButton::clicked, this, &ProfileScreen::removePhoto);
    if (LocalStore *store = m_context->store()) {
        connect(store, &LocalStore::rowsChanged, this, [this](const QString &entity) {
            if (entity == QLatin1String("profile") && !m_photoChanged && !m_phone->isModified() && !m_email->isModified()) {
                reload();
            }
        });
        connect(store, &LocalStore::outboxChanged, this, [this] {
            if (m_awaitingServer && m_context->store()->pendingCount() == 0) {
                m_awaitingServer = false;
                m_form->setMessage(tr("Saved on the server."));
            }
        });
    }
    if (m_context->sync()) {
        m_context->sync()->refresh(QStringLiteral("profile"));
    }
    retranslateUi();
    reload();
}

void ProfileScreen::setPhone(const QString &phone)
{
    m_phone->setText(phone);
    m_phone->setModified(true);
}

void ProfileScreen::setEmail(const QString &email)
{
    m_email->setText(email);
    m_email->setModified(true);
}

void ProfileScreen::reload()
{
    m_form->clearErrors();
    LocalStore *store = m_context->store();
    const std::optional<QCborMap> row = store ? store->row(QStringLiteral("profile"), userId(m_context)) : std::nullopt;
    m_row = row.value_or(QCborMap());
    m_fullName->setText(m_row.value(QStringLiteral("fullName")).toString().isEmpty() ? m_context->fullName()
                                                                                       : m_row.value(QStringLiteral("fullName")).toString());
    m_phone->setText(m_row.value(QStringLiteral("phone")).toString());
    m_email->setText(m_row.value(QStringLiteral("email")).toString());
    m_phone->setModified(false);
    m_email->setModified(false);
    m_photoBytes = QByteArray::fromBase64(m_row.value(QStringLiteral("photo")).toString().toLatin1());
    m_photoChanged = false;
    if (m_row.value(QStringLiteral("_conflict")).toBool()) {
        m_form->setMessage(tr("Your earlier change conflicts with a change on the server. Resolve it in the conflicts view."),
                           Ui::RecordForm::MessageKind::Error);
    } else if (m_row.value(QStringLiteral("_pending")).toBool()) {
        m_form->setMessage(tr("Saved on this computer; it will be sent to the server."));
    }
    showPhoto();
}

void ProfileScreen::showPhoto()
{
    QImage img;
    if (!m_photoBytes.isEmpty() && img.loadFromData(m_photoBytes)) {
        m_photo->setPixmap(QPixmap::fromImage(img.scaled(PhotoPreview - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_photo->setPixmap({});
        m_photo->setText(tr("No photo"));
    }
    m_removePhoto->setEnabled(!m_photoBytes.isEmpty());
}

void ProfileScreen::setPhotoData(const QByteArray &bytes)
{
    m_photoBytes = bytes;
    m_photoChanged = true;
    showPhoto();
}

bool ProfileScreen::setPhotoFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage img = reader.read();
    if (img.isNull()) {
        m_form->setFieldError(QStringLiteral("photo"), tr("This file is not a picture that can be read."));
        return false;
    }
    // Passport-style photos need no more than 600 px; shrink and re-encode until it fits the limit.
    if (img.width() > 600 || img.height() > 800) {
        img = img.scaled(600, 800, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QByteArray bytes;
    for (int quality = 85; quality >= 40; quality -= 15) {
        bytes.clear();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        img.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", quality);
        if (bytes.size() <= MaxPhotoBytes) {
            break;
        }
    }
    if (bytes.size() > MaxPhotoBytes) {
        m_form->setFieldError(QStringLiteral("photo"), tr("The picture is too large even after compression."));
        return false;
    }
    m_form->setFieldError(QStringLiteral("photo"), {});
    setPhotoData(bytes);
    return true;
}

void ProfileScreen::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a photo"),
                                                      QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                      tr("Pictures (*.jpg *.jpeg *.png)"));
    if (!path.isEmpty()) {
        setPhotoFile(path);
    }
}

void ProfileScreen::removePhoto()
{
    setPhotoData({});
}

bool ProfileScreen::save()
{
    m_form->clearErrors();
    QCborMap args;
    args.insert(QStringLiteral("phone"), m_phone->text().trimmed());
    args.insert(QStringLiteral("email"), m_email->text().trimmed());
    if (m_photoChanged) {
        args.insert(QStringLiteral("photo"), QString::fromLatin1(m_photoBytes.toBase64()));
    }
    args.insert(QStringLiteral("rowVersion"), m_row.value(QStringLiteral("rowVersion")).toInteger());
    const Protocol::OpSpec *spec = Protocol::Registry::find(QStringLiteral("profile.save"));
    if (spec) {
        if (const std::optional<Protocol::Error> e = Protocol::Registry::validate(*spec, args)) {
            CallResult r;
            r.failure = Failure::Refused;
            r.error = *e;
            m_form->showError(r);
            return false;
        }
    }
    // The same shape checks as the server, so obvious typos are caught while offline too.
    static const QRegularExpression phoneRe(QStringLiteral("^\\+?[0-9 ()-]{5,32}$"));
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    bool ok = true;
    if (!m_phone->text().trimmed().isEmpty() && !phoneRe.match(m_phone->text().trimmed()).hasMatch()) {
        m_form->setFieldError(QStringLiteral("phone"), tr("Use digits, spaces and dashes, e.g. +996 555 123456."));
        ok = false;
    }
    if (!m_email->text().trimmed().isEmpty() && !emailRe.match(m_email->text().trimmed()).hasMatch()) {
        m_form->setFieldError(QStringLiteral("email"), tr("Enter an address like name@example.kg."));
        ok = false;
    }
    if (!ok) {
        return false;
    }
    LocalStore *store = m_context->store();
    if (!store) {
        m_form->setMessage(tr("The change could not be saved on this computer."), Ui::RecordForm::MessageKind::Error);
        return false;
    }
    QCborMap local = m_row;
    local.insert(QStringLiteral("id"), userId(m_context));
    local.insert(QStringLiteral("phone"), args.value(QStringLiteral("phone")));
    local.insert(QStringLiteral("email"), args.value(QStringLiteral("email")));
    if (m_photoChanged) {
        local.insert(QStringLiteral("photo"), args.value(QStringLiteral("photo")));
    }
    if (store->enqueueEdit(QStringLiteral("profile.save"), args, QStringLiteral("profile"), userId(m_context), local) < 0) {
        m_form->setMessage(tr("The change could not be saved on this computer."), Ui::RecordForm::MessageKind::Error);
        return false;
    }
    m_phone->setModified(false);
    m_email->setModified(false);
    m_photoChanged = false;
    m_awaitingServer = true;
    m_form->setMessage(tr("Saved on this computer; it will be sent to the server."));
    return true;
}

void ProfileScreen::retranslateUi()
{
    m_title->setText(Ui::ModuleCatalog::title(QStringLiteral("profile")));
    m_form->setLabel(QStringLiteral("fullName"), tr("Full name"));
    m_form->setLabel(QStringLiteral("phone"), tr("Phone"));
    m_form->setLabel(QStringLiteral("email"), tr("E-mail"));
    m_form->setLabel(QStringLiteral("photo"), tr("Photo"));
    m_phone->setPlaceholderText(tr("+996 555 123456"));
    m_email->setPlaceholderText(tr("name@example.kg"));
    m_choosePhoto->setText(tr("Choose photo…"));
    m_removePhoto->setText(tr("Remove photo"));
    m_save->setText(Ui::Messages::saveText());
    m_revert->setText(tr("Revert"));
    showPhoto();
}

void ProfileScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace Ebilim::Client::Modules
