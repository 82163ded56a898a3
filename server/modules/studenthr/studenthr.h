#pragma once
// Shared pieces of the student HR office module (cards, orders, contingent, import,
// reports): argument helpers, the student reference used for scope checks, the card, the
// contingent-at-a-date query and the order engine other parts (roll-forward, import) reuse.

#include <QCborArray>
#include <QCborMap>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace Ebilim::Server {

class OpContext;

namespace StudentHr {

/// validation_failed with details {field, reason, …extra}.
[[noreturn]] void invalid(const QString &field, const QString &reason, const QString &message, QCborMap extra = {});
/// not_found with details {entity, id}.
[[noreturn]] void notFound(const QString &entity, qint64 id);
/// invalid_state with details {state}.
[[noreturn]] void invalidState(const QString &state, const QString &message, QCborMap extra = {});

/// A NULL text bind (QPSQL binds a null QString as NULL; this makes it explicit).
QVariant nullText();
QVariant nullId();
/// The trimmed string argument, or NULL when absent or blank.
QVariant optText(const OpContext &ctx, const QString &name);
/// The date argument (yyyy-MM-dd); invalid QDate when absent; validation_failed when malformed.
QDate dateArg(const OpContext &ctx, const QString &name);
QDate parseIsoDate(const QString &text);
/// Today in the server's time zone (from the op's clock).
QDate today(const OpContext &ctx);

/// Where a student stands, for scope checks and order rules.
struct StudentRef
{
    qint64 id = 0;
    qint64 groupId = 0;  ///< 0: no group (candidate)
    qint64 unitId = 0;   ///< the group's specialty unit
    int course = 0;
    int years = 0;       ///< the specialty's length
    QString status;
    QString funding;
    QString gender;
    QString lastName, firstName, patronymic;
    QDate leaveFrom, leaveUntil;
};
/// Why @p pin does not fit (wrong_length, not_digits, bad_gender_digit, bad_date, gender_mismatch,
/// birth_date_mismatch), or an empty string when it is a valid PIN of this gender and birth date.
QString pinProblem(const QString &pin, const QString &gender, const QDate &birthDate);
/// Letters of any script, spaces, hyphens, apostrophes and dots, starting with a letter.
bool plausibleName(const QString &s);

/// Loads a student (FOR UPDATE when @p lock); throws not_found.
StudentRef studentRef(const QSqlDatabase &db, qint64 id, bool lock = false);
/// Throws not_authorized unless the caller's scope under the op's permission covers the student's group.
void requireStudentScope(const OpContext &ctx, const StudentRef &s);
/// Throws not_authorized unless the caller's scope covers the group (not_found when it does not exist).
void requireGroupScope(const OpContext &ctx, qint64 groupId);

/// The whole card (studenthr.students.get); @p withBlobs false leaves out the photo (for audit records).
QCborMap loadCard(const QSqlDatabase &db, qint64 id, bool withBlobs = true);

/**
 * The contingent at a date: a CTE named `at` (student_id, group_id, course, status,
 * funding, last_name, first_name, patronymic) with one bind, the date. Every student's
 * latest history row valid on that date, from signed orders or the initial import.
 */
QString contingentAtCte();

// --- the order engine (studentorders.cpp) -----------------------------------------------------

/// Creates a draft order; throws already_exists when the number is taken in that year.
qint64 createOrder(const OpContext &ctx, const QString &kind, const QString &number, const QDate &date, const QString &title,
                   const QString &basis, const QString &signerName, const QString &signerPosition);
/// Checks and stores the items of a draft order (replacing any). Throws validation_failed with details.item.
void storeItems(const OpContext &ctx, qint64 orderId, const QString &kind, const QCborArray &items);
/// Signs a draft order: applies every item (all or nothing), writes history. Returns the number of items.
int signOrder(OpContext &ctx, qint64 orderId);
/**
 * Applies the items at positions >= @p fromPosition of an admission, graduation or promotion
 * (without target groups) order set-based: locks the students, checks every item in one query,
 * remembers their previous state, writes the students and their history. Returns the number of
 * items, or -1 with nothing written when the kind does not fit or any item fails its check (the
 * item-by-item signOrder then names it). Does not change the order's state.
 */
qint64 applyItemsInBulk(OpContext &ctx, qint64 orderId, int fromPosition);
/// The default title of an order kind (Kyrgyz).
QString defaultTitle(const QString &kind);

void registerCards();
void registerOrders();
void registerImport();
void registerReports();

} // namespace StudentHr
} // namespace Ebilim::Server
