#pragma once

#include <QCborMap>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace Ebilim::Server {

class OpContext;

/**
 * Which students' records the caller may read under one permission: everything (unscoped
 * roles), the faculties/colleges of scoped roles (dean, college), and for curators their
 * own groups. Used by the student records ops and by the documents made from them.
 */
struct RecordScope
{
    bool all = false;
    QList<qint64> units;   ///< scope units of scoped roles
    qint64 curatorUserId = 0; ///< > 0: groups curated by this user's employee record

    static RecordScope of(const OpContext &ctx, const QString &permission);
    bool isEmpty() const { return !all && units.isEmpty() && curatorUserId == 0; }

    /// SQL condition over a group: @p unitExpr is the group's specialty unit, @p groupIdExpr the group id.
    /// Binds: binds() in order.
    QString condition(const QString &unitExpr, const QString &groupIdExpr) const;
    QVariantList binds() const;

    /// True when the group with this specialty unit and id is visible.
    bool allows(const QSqlDatabase &db, qint64 unitId, qint64 groupId) const;
    /// Throws not_authorized unless allows().
    void require(const QSqlDatabase &db, const QString &permission, qint64 unitId, qint64 groupId) const;
};

/// A study group with its specialty, faculty (or college) and university, as documents need it.
struct GroupInfo
{
    qint64 id = 0;
    QString name;
    int course = 0;
    QString studyForm;
    QString language;
    int entryYear = 0;
    qint64 specialtyId = 0;
    QString specialtyCode;
    QString specialtyName[3]; ///< ky, ru, en (en falls back to ru)
    QString level;
    int years = 0;
    qint64 unitId = 0;        ///< the specialty's faculty or college
    QString unitCode;
    QString unitName[3];
    QString universityName[3];

    /// "2026-2027": the academic year the group is in now (entry year + course − 1).
    QString academicYear() const;
    /// Index into the name arrays for "ky", "ru", "en".
    static int langIndex(const QString &lang);
};

/// Loads a group; throws not_found.
GroupInfo loadGroup(const QSqlDatabase &db, qint64 groupId);
/// Name of the nearest university or branch containing @p unitId, in ky/ru/en.
void universityNames(const QSqlDatabase &db, qint64 unitId, QString (&out)[3]);

/// Localised names of the codes stored in studenthr tables (ky, ru, en).
namespace StudyTerms {
QString studyForm(const QString &code, const QString &lang);
QString funding(const QString &code, const QString &lang);
/// @p gender F or M (Russian forms agree with it).
QString status(const QString &code, const QString &lang, const QString &gender = {});
QString level(const QString &code, const QString &lang);
} // namespace StudyTerms

/// "Last First Patronymic" without a trailing space when there is no patronymic.
QString fullName(const QString &last, const QString &first, const QString &patronymic);

} // namespace Ebilim::Server
