#include "Localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace netsmith {

namespace {

QTranslator& appTranslator()
{
    static QTranslator t;
    return t;
}

QTranslator& qtTranslator()
{
    static QTranslator t;
    return t;
}

QString& current()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

bool Localization::install(const QString& language)
{
    QString lang = language.isEmpty() ? QLocale::system().name() : language;
    QCoreApplication::removeTranslator(&appTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    if (lang.startsWith(QLatin1String("en")) || lang == QLatin1String("C")) {
        current() = QStringLiteral("en");
        return true;
    }
    if (!appTranslator().load(QStringLiteral(":/i18n/netsmith_%1.qm").arg(lang))) {
        current() = QStringLiteral("en");
        return false;
    }
    QCoreApplication::installTranslator(&appTranslator());
    if (qtTranslator().load(QStringLiteral("qtbase_%1").arg(lang),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator());
    current() = lang;
    return true;
}

QString Localization::currentLanguage()
{
    return current();
}

QStringList Localization::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    for (const QString& f : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("netsmith_*.qm")}))
        languages << f.mid(9, f.size() - 12);
    return languages;
}

} // namespace netsmith
