// The three catalogues are complete: no unfinished or empty translation in ky, ru or en
// (vanished/obsolete entries are ignored), and Kyrgyz is really Kyrgyz, not a copy of Russian.
#include <QFile>
#include <QHash>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QStringList translations; ///< one, or one per plural form
        QString type;
    };

    static QList<Message> read(const QString &lang, QString *error)
    {
        QList<Message> out;
        QFile f(QStringLiteral(EBILIM_TRANSLATIONS_DIR "/ebilim_%1.ts").arg(lang));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return out;
        }
        QXmlStreamReader xml(&f);
        QString context;
        Message m;
        bool inMessage = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto n = xml.name();
                if (n == QLatin1String("name") && !inMessage) {
                    context = xml.readElementText();
                } else if (n == QLatin1String("message")) {
                    inMessage = true;
                    m = Message{context, {}, {}, {}};
                } else if (n == QLatin1String("source") && inMessage) {
                    m.source = xml.readElementText();
                } else if (n == QLatin1String("translation") && inMessage) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    // Plural forms come as <numerusform> children.
                    QString text;
                    while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                        xml.readNext();
                        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                            m.translations << xml.readElementText();
                        } else if (xml.isCharacters()) {
                            text += xml.text();
                        }
                    }
                    if (m.translations.isEmpty()) {
                        m.translations << text;
                    }
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                inMessage = false;
                out << m;
            }
        }
        if (xml.hasError()) {
            *error = xml.errorString();
        }
        return out;
    }

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("Kyrgyz") << QStringLiteral("ky");
        QTest::newRow("Russian") << QStringLiteral("ru");
        QTest::newRow("English") << QStringLiteral("en");
    }

    void complete()
    {
        QFETCH(QString, lang);
        QString error;
        const QList<Message> messages = read(lang, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 100, "the catalogue looks empty: run the lupdate target");
        QStringList problems;
        for (const Message &m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
                continue;
            }
            if (m.type == QLatin1String("unfinished")) {
                problems << QStringLiteral("unfinished: [%1] %2").arg(m.context, m.source);
                continue;
            }
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty: [%1] %2").arg(m.context, m.source);
                    break;
                }
            }
            // Placeholders must survive translation.
            for (const QString &ph : {QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%3"), QStringLiteral("%n")}) {
                if (m.source.contains(ph)) {
                    for (const QString &t : m.translations) {
                        if (!t.contains(ph)) {
                            problems << QStringLiteral("lost %1: [%2] %3").arg(ph, m.context, m.source);
                            break;
                        }
                    }
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))
                                                + QStringLiteral("\n(%1 problems)").arg(problems.size())));
    }

    void sameMessagesEverywhere()
    {
        QString error;
        QSet<QString> keys[3];
        int i = 0;
        for (const char *lang : {"ky", "ru", "en"}) {
            for (const Message &m : read(QString::fromLatin1(lang), &error)) {
                if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete")) {
                    keys[i].insert(m.context + QLatin1Char('|') + m.source);
                }
            }
            ++i;
        }
        QCOMPARE(keys[0], keys[1]);
        QCOMPARE(keys[0], keys[2]);
    }

    void kyrgyzIsNotRussian()
    {
        QString error;
        QHash<QString, QString> ky, ru;
        for (const Message &m : read(QStringLiteral("ky"), &error)) {
            ky.insert(m.context + QLatin1Char('|') + m.source, m.translations.value(0));
        }
        for (const Message &m : read(QStringLiteral("ru"), &error)) {
            ru.insert(m.context + QLatin1Char('|') + m.source, m.translations.value(0));
        }
        const QStringList keyStrings = {
            QStringLiteral("Ebilim::Client::Ui::LoginDialog|Sign in"),
            QStringLiteral("Ebilim::Client::Ui::LoginDialog|&Password:"),
            QStringLiteral("Ebilim::Client::Ui::ModuleCatalog|Institution structure"),
            QStringLiteral("Ebilim::Client::Ui::ModuleCatalog|Staff HR office"),
            QStringLiteral("Ebilim::Client::Ui::ModuleCatalog|My profile"),
            QStringLiteral("Ebilim::Client::Ui::MainWindow|Online"),
            QStringLiteral("Ebilim::Client::Ui::MainWindow|Offline"),
            QStringLiteral("Ebilim::Client::Ui::Messages|Cancel"),
            QStringLiteral("Ebilim::Client::Ui::DataTableView|Search…"),
        };
        for (const QString &k : keyStrings) {
            QVERIFY2(ky.contains(k), qPrintable(k));
            QVERIFY2(ky.value(k) != ru.value(k), qPrintable(QStringLiteral("ky equals ru for ") + k));
        }
        // Kyrgyz text uses the Kyrgyz letters somewhere (ң, ө, ү).
        int kyrgyzLetters = 0;
        for (const QString &t : std::as_const(ky)) {
            for (QChar c : t) {
                const char16_t u = c.toLower().unicode();
                kyrgyzLetters += (u == 0x04A3 || u == 0x04E9 || u == 0x04AF) ? 1 : 0;
            }
        }
        QVERIFY(kyrgyzLetters > 50);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_ui_translations.moc"
