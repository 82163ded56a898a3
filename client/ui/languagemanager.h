#pragma once

#include <QCborMap>
#include <QLocale>
#include <QObject>
#include <QStringList>

class QTranslator;

namespace Ebilim::Client::Ui {

/**
 * The interface language: Kyrgyz (`ky`), Russian (`ru`) or English (`en`), switchable at
 * run time. setLanguage() swaps the application's translators (every widget then gets
 * QEvent::LanguageChange and retranslates itself) and makes the language's locale the
 * default, so dates, numbers and sorting follow it.
 */
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList codes();
    /// The language's own name: Кыргызча, Русский, English.
    static QString nativeName(const QString &code);
    /// ky_KG, ru_RU, en_US.
    static QLocale localeFor(const QString &code);
    /// A record's name in the interface language, from its nameKy / nameRu / nameEn (the
    /// Kyrgyz name when the one asked for is empty).
    static QString localName(const QCborMap &record);

    QString language() const { return m_code; }
    /// False for unknown codes; the previous language stays.
    bool setLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString m_code;
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace Ebilim::Client::Ui
