#pragma once

#include "documents/document.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Ebilim::Server {

class OpContext;

/// What a document is about: a student or a group, with the unit that scopes access to it.
struct DocumentSubject
{
    QString kind;        ///< "student" or "group"
    qint64 id = 0;
    QString name;        ///< student's full name or group name (stored in the register)
    qint64 unitId = 0;   ///< the faculty/college of the subject's specialty (0: none)
    qint64 groupId = 0;  ///< the group (itself, or the student's)
};

/// Who signs a paper.
struct DocumentSigner
{
    QString name;
    QString position;
};

/// Everything a data function gets.
struct DocumentRequest
{
    OpContext &ctx;
    DocumentSubject subject;
    QString lang;      ///< ky, ru or en
    QString purpose;   ///< official papers: where it is to be presented (empty: the default)
    QDate date;        ///< today, in the server's time zone
};

using DocumentDataFunction = std::function<Documents::Document(const DocumentRequest &)>;

/**
 * One kind of document. Adding a kind is one entry here (plus its data function) and a
 * template per language under resources/documents/<kind>/; the registry's list of kinds
 * (common/protocol/registry.cpp) names the same kinds.
 */
struct DocumentKind
{
    QString name;
    bool official = false;     ///< registered with a number and a verification code (documents.issue)
    QString subjectKind;       ///< "student" or "group"
    QString regPrefix;         ///< official kinds: registration number prefix (МК → МК-2026-000123)
    QString signerKind;        ///< key into documents.signers
    DocumentDataFunction data;
};

class DocumentKinds
{
public:
    static const QList<DocumentKind> &all();
    static const DocumentKind *find(const QString &name);
};

/// Loads the subject; throws not_found.
DocumentSubject loadDocumentSubject(const QSqlDatabase &db, const QString &subjectKind, qint64 id);

/// The signer of @p signerKind papers for a subject in @p unitId: the most specific row of
/// documents.signers whose unit contains it (or a university-wide row); without one, the
/// issuing user as registrar.
DocumentSigner findSigner(const QSqlDatabase &db, const QString &signerKind, qint64 unitId, const QString &lang, qint64 userId);

} // namespace Ebilim::Server
