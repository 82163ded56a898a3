#include "errortext.h"

#include <QHash>

namespace Ebilim::Client::Ui {

QStringList ErrorText::knownCodes()
{
    return {QStringLiteral("validation_failed"), QStringLiteral("not_authorized"), QStringLiteral("not_authenticated"),
            QStringLiteral("conflict"), QStringLiteral("session_expired"), QStringLiteral("throttled"),
            QStringLiteral("invalid_credentials"), QStringLiteral("account_disabled"), QStringLiteral("already_exists"),
            QStringLiteral("not_found"), QStringLiteral("invalid_state"), QStringLiteral("busy"), QStringLiteral("internal"),
            QStringLiteral("protocol_mismatch"), QStringLiteral("unknown_op"), QStringLiteral("bad_frame"),
            QStringLiteral("hello_required"), QStringLiteral("client_timeout"), QStringLiteral("connection_lost"),
            QStringLiteral("not_connected")};
}

QString ErrorText::fieldProblem(const QString &reason, qint64 limit)
{
    if (reason == QLatin1String("missing")) {
        return tr("This field is required.");
    }
    if (reason == QLatin1String("too_long")) {
        return limit >= 0 ? tr("Too long: at most %n character(s).", nullptr, int(limit)) : tr("Too long.");
    }
    if (reason == QLatin1String("too_short")) {
        return limit >= 0 ? tr("Too short: at least %n character(s).", nullptr, int(limit)) : tr("Too short.");
    }
    if (reason == QLatin1String("range")) {
        return tr("The value is out of the allowed range.");
    }
    if (reason == QLatin1String("format")) {
        return tr("The value has a wrong format.");
    }
    if (reason == QLatin1String("type")) {
        return tr("The value has a wrong type.");
    }
    if (reason == QLatin1String("not_found")) {
        return tr("The referenced record does not exist.");
    }
    if (reason == QLatin1String("not_allowed_under_parent")) {
        //: An org unit of this kind cannot be placed under the chosen parent unit.
        return tr("This kind of unit is not allowed under the chosen parent.");
    }
    if (reason == QLatin1String("cycle")) {
        return tr("A unit cannot be placed inside itself.");
    }
    if (reason == QLatin1String("taken") || reason == QLatin1String("already_exists")) {
        return tr("This value is already used.");
    }
    return tr("The value is not accepted.");
}

QString ErrorText::fieldLabel(const QString &field)
{
    // Every argument name an op may name in details.field (common/protocol/registry.cpp and
    // the modules' own checks), in the words of the forms where it is entered.
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("photo"), QT_TR_NOOP("Photo")},
        {QStringLiteral("data"), QT_TR_NOOP("File content")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("parentId"), QT_TR_NOOP("Parent unit")},
        {QStringLiteral("nameKy"), QT_TR_NOOP("Name in Kyrgyz")},
        {QStringLiteral("nameRu"), QT_TR_NOOP("Name in Russian")},
        {QStringLiteral("nameEn"), QT_TR_NOOP("Name in English")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("username"), QT_TR_NOOP("User name")},
        {QStringLiteral("user"), QT_TR_NOOP("User name")},
        {QStringLiteral("userId"), QT_TR_NOOP("User")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("fullName"), QT_TR_NOOP("Full name")},
        {QStringLiteral("password"), QT_TR_NOOP("Password")},
        {QStringLiteral("oldPassword"), QT_TR_NOOP("Current password")},
        {QStringLiteral("newPassword"), QT_TR_NOOP("New password")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("comment"), QT_TR_NOOP("Comment")},
        {QStringLiteral("rowVersion"), QT_TR_NOOP("Record version")},
        // people (students and employees)
        {QStringLiteral("lastName"), QT_TR_NOOP("Last name")},
        {QStringLiteral("firstName"), QT_TR_NOOP("First name")},
        {QStringLiteral("patronymic"), QT_TR_NOOP("Patronymic")},
        {QStringLiteral("lastNameRu"), QT_TR_NOOP("Last name (Russian)")},
        {QStringLiteral("firstNameRu"), QT_TR_NOOP("First name (Russian)")},
        {QStringLiteral("patronymicRu"), QT_TR_NOOP("Patronymic (Russian)")},
        {QStringLiteral("latinName"), QT_TR_NOOP("Name in Latin letters")},
        {QStringLiteral("pin"), QT_TR_NOOP("PIN")},
        {QStringLiteral("birthDate"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("gender"), QT_TR_NOOP("Sex")},
        {QStringLiteral("citizenship"), QT_TR_NOOP("Citizenship")},
        {QStringLiteral("nationality"), QT_TR_NOOP("Nationality")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("soateCode"), QT_TR_NOOP("SOATE code")},
        {QStringLiteral("passportSeries"), QT_TR_NOOP("Passport series")},
        {QStringLiteral("passportNumber"), QT_TR_NOOP("Passport number")},
        {QStringLiteral("passportIssuedBy"), QT_TR_NOOP("Passport issued by")},
        {QStringLiteral("passportIssuedAt"), QT_TR_NOOP("Passport issued on")},
        {QStringLiteral("education"), QT_TR_NOOP("Education")},
        {QStringLiteral("priorEducation"), QT_TR_NOOP("Prior education")},
        {QStringLiteral("degree"), QT_TR_NOOP("Academic degree")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("privileges"), QT_TR_NOOP("Privileges")},
        {QStringLiteral("guardians"), QT_TR_NOOP("Parents or guardians")},
        // study records
        {QStringLiteral("studentId"), QT_TR_NOOP("Student")},
        {QStringLiteral("groupId"), QT_TR_NOOP("Group")},
        {QStringLiteral("groupName"), QT_TR_NOOP("Group")},
        {QStringLiteral("specialtyId"), QT_TR_NOOP("Specialty")},
        {QStringLiteral("curatorId"), QT_TR_NOOP("Curator")},
        {QStringLiteral("leaderId"), QT_TR_NOOP("Group leader")},
        {QStringLiteral("course"), QT_TR_NOOP("Year of study")},
        {QStringLiteral("entryYear"), QT_TR_NOOP("Year of entry")},
        {QStringLiteral("funding"), QT_TR_NOOP("Funding")},
        {QStringLiteral("studyForm"), QT_TR_NOOP("Form of study")},
        {QStringLiteral("language"), QT_TR_NOOP("Language of instruction")},
        {QStringLiteral("budgetPlaces"), QT_TR_NOOP("State-funded places")},
        {QStringLiteral("contractPlaces"), QT_TR_NOOP("Contract places")},
        {QStringLiteral("graduationNumber"), QT_TR_NOOP("Number of the graduation order")},
        {QStringLiteral("promotionNumber"), QT_TR_NOOP("Number of the promotion order")},
        {QStringLiteral("purpose"), QT_TR_NOOP("Purpose")},
        // staff
        {QStringLiteral("employeeId"), QT_TR_NOOP("Employee")},
        {QStringLiteral("unitId"), QT_TR_NOOP("Unit")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("position"), QT_TR_NOOP("Position")},
        {QStringLiteral("fromPositionId"), QT_TR_NOOP("From position")},
        {QStringLiteral("rate"), QT_TR_NOOP("Rate")},
        {QStringLiteral("teaching"), QT_TR_NOOP("Teaching")},
        {QStringLiteral("leaveKind"), QT_TR_NOOP("Kind of leave")},
        // orders and periods
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("orderNumber"), QT_TR_NOOP("Order number")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("orderDate"), QT_TR_NOOP("Order date")},
        {QStringLiteral("basis"), QT_TR_NOOP("Grounds")},
        {QStringLiteral("items"), QT_TR_NOOP("Lines of the order")},
        {QStringLiteral("from"), QT_TR_NOOP("From")},
        {QStringLiteral("to"), QT_TR_NOOP("To")},
        {QStringLiteral("dateFrom"), QT_TR_NOOP("From")},
        {QStringLiteral("dateTo"), QT_TR_NOOP("To")},
        {QStringLiteral("signerName"), QT_TR_NOOP("Signed by")},
        {QStringLiteral("signerPosition"), QT_TR_NOOP("Signer's position")},
        {QStringLiteral("query"), QT_TR_NOOP("Search text")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(it.value());
}

QString ErrorText::fieldOf(const CallResult &outcome)
{
    return outcome.error.details.value(QStringLiteral("field")).toString();
}

QString ErrorText::describe(const CallResult &outcome)
{
    if (outcome.ok()) {
        return {};
    }
    QCborMap details = outcome.error.details;
    return describe(outcome.errorCode(), details);
}

QString ErrorText::describe(const QString &code, const QCborMap &details)
{
    if (code == QLatin1String("validation_failed")) {
        const QString field = details.value(QStringLiteral("field")).toString();
        const QString problem =
            fieldProblem(details.value(QStringLiteral("reason")).toString(), details.value(QStringLiteral("limit")).toInteger(-1));
        if (field.isEmpty()) {
            return tr("The data was not accepted. %1").arg(problem);
        }
        //: %1 is a field name, %2 what is wrong with it
        return tr("Please check the field \"%1\": %2").arg(fieldLabel(field), problem);
    }
    if (code == QLatin1String("not_authorized")) {
        return tr("You do not have the right to do this. Ask the system administrator if you need it.");
    }
    if (code == QLatin1String("not_authenticated")) {
        return tr("You are not signed in. Please sign in again.");
    }
    if (code == QLatin1String("conflict")) {
        return tr("Someone else changed this record in the meantime. Your version was kept so you can compare and "
                  "merge it.");
    }
    if (code == QLatin1String("session_expired")) {
        return tr("Your session has expired. Please sign in again.");
    }
    if (code == QLatin1String("throttled")) {
        const qint64 seconds = details.value(QStringLiteral("retryAfter")).toInteger(0);
        const int minutes = int((seconds + 59) / 60);
        if (minutes > 0) {
            return tr("Too many failed sign-in attempts. Try again in %n minute(s).", nullptr, minutes);
        }
        return tr("Too many failed sign-in attempts. Try again later.");
    }
    if (code == QLatin1String("invalid_credentials")) {
        return tr("Wrong user name or password.");
    }
    if (code == QLatin1String("account_disabled")) {
        return tr("This account is disabled. Contact the system administrator.");
    }
    if (code == QLatin1String("already_exists")) {
        const QString field = details.value(QStringLiteral("field")).toString();
        if (!field.isEmpty()) {
            return tr("A record with this value of \"%1\" already exists.").arg(fieldLabel(field));
        }
        return tr("Such a record already exists.");
    }
    if (code == QLatin1String("not_found")) {
        return tr("The record was not found. It may have been deleted.");
    }
    if (code == QLatin1String("invalid_state")) {
        const QString state = details.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("has_children")) {
            return tr("This unit still has subordinate units. Move or delete them first.");
        }
        if (state == QLatin1String("in_use")) {
            return tr("This record is still in use and cannot be removed.");
        }
        return tr("This cannot be done in the record's current state (it may already have been decided).");
    }
    if (code == QLatin1String("busy")) {
        return tr("The server is busy. Please try again in a moment.");
    }
    if (code == QLatin1String("protocol_mismatch")) {
        return tr("This program version does not match the server. Please install the current version.");
    }
    if (code == QLatin1String("client_timeout")) {
        return tr("The server did not answer in time. The change may or may not have been saved; it will be retried.");
    }
    if (code == QLatin1String("connection_lost")) {
        return tr("The connection to the server was lost. The request will be retried when the connection is back.");
    }
    if (code == QLatin1String("not_connected")) {
        return tr("There is no connection to the server.");
    }
    //: Fallback for internal or unknown errors; %1 is the technical error code
    return tr("An unexpected error occurred (%1). Please tell the system administrator.").arg(code);
}

} // namespace Ebilim::Client::Ui
