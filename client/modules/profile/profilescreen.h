#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Ebilim::Client::Ui {
class ClientContext;
class RecordForm;
} // namespace Ebilim::Client::Ui

namespace Ebilim::Client::Modules {

/**
 * My profile: phone, e-mail and photo of the signed-in user (profile.get / profile.save).
 * Read from the local cache, saved through the outbox (works offline); the photo is
 * scaled and compressed to fit the server's 512 KiB limit before it is queued.
 */
class ProfileScreen : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileScreen(Ui::ClientContext *context, QWidget *parent = nullptr);

    Ui::RecordForm *form() const { return m_form; }
    void setPhone(const QString &phone);
    void setEmail(const QString &email);
    /// Sets the photo from an image file (scaled, JPEG); false if it is not an image.
    bool setPhotoFile(const QString &path);
    /// Sets the photo from encoded image bytes (tests).
    void setPhotoData(const QByteArray &bytes);

public Q_SLOTS:
    /// Checks the fields and queues profile.save; false if something is wrong.
    bool save();
    void reload();
    void choosePhoto();
    void removePhoto();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showPhoto();

    Ui::ClientContext *m_context;
    Ui::RecordForm *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_fullName = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_photo = nullptr;
    QPushButton *m_choosePhoto = nullptr;
    QPushButton *m_removePhoto = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QCborMap m_row;
    QByteArray m_photoBytes;
    bool m_photoChanged = false;
    bool m_awaitingServer = false;
};

} // namespace Ebilim::Client::Modules
