#include "languagemanager.h"

#include "tableexport.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Ebilim::Client::Ui {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_app(new QTranslator(this))
    , m_qt(new QTranslator(this))
{
}

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
}

QStringList LanguageManager::codes()
{
    return {QStringLiteral("ky"), QStringLiteral("ru"), QStringLiteral("en")};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("ky")) {
        return QStringLiteral("Кыргызча");
    }
    if (code == QLatin1String("ru")) {
        return QStringLiteral("Русский");
    }
    return QStringLiteral("English");
}

QLocale LanguageManager::localeFor(const QString &code)
{
    if (code == QLatin1String("ky")) {
        return QLocale(QStringLiteral("ky_KG"));
    }
    if (code == QLatin1String("ru")) {
        return QLocale(QStringLiteral("ru_RU"));
    }
    return QLocale(QStringLiteral("en_US"));
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!codes().contains(code)) {
        return false;
    }
    if (code == m_code) {
        return true;
    }
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    // The .qm files are compiled into the program (qt_add_translations, prefix /i18n).
    if (m_app->load(QStringLiteral(":/i18n/ebilim_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(m_app);
    }
    // Qt's own strings: Russian ships with Qt (embedded when found at build time); Qt has no Kyrgyz.
    if (code == QLatin1String("ru")
        && (m_qt->load(QStringLiteral(":/i18n/qtbase_ru.qm"))
            || m_qt->load(QStringLiteral("qtbase_ru"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))) {
        QCoreApplication::installTranslator(m_qt);
    }
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    m_code = code;
    Q_EMIT languageChanged(code);
    return true;
}

QString LanguageManager::localName(const QCborMap &record)
{
    const QString lang = TableExport::currentLanguage();
    const QString key = lang == QLatin1String("ru")   ? QStringLiteral("nameRu")
                        : lang == QLatin1String("en") ? QStringLiteral("nameEn")
                                                      : QStringLiteral("nameKy");
    const QString name = record.value(key).toString();
    return name.isEmpty() ? record.value(QStringLiteral("nameKy")).toString() : name;
}

} // namespace Ebilim::Client::Ui
