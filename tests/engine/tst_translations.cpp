// The Chinese catalogue is complete: no unfinished or empty entries, and it loads.
#include "Localization.h"

#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noUnfinishedEntries()
    {
        QFile file(QStringLiteral(NETSMITH_SOURCE_DIR "/translations/netsmith_zh_CN.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                    type == QLatin1String("obsolete"))
                    problems << QStringLiteral("%1: %2").arg(type, source);
                else if (text.trimmed().isEmpty())
                    problems << QStringLiteral("empty: %1").arg(source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 50);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void chineseLoadsAndTranslates()
    {
        QVERIFY(netsmith::Localization::install(QStringLiteral("zh_CN")));
        QVERIFY(netsmith::Localization::availableLanguages().contains(QStringLiteral("zh_CN")));
        const QString t = QCoreApplication::translate("LayerCategory", "Convolution");
        QVERIFY(t != QStringLiteral("Convolution"));
        QVERIFY(netsmith::Localization::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("LayerCategory", "Convolution"), QStringLiteral("Convolution"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
