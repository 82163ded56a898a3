#pragma once

// Sample documents of every kind for the engine tests and the benchmark: the same shape
// the server's data functions return, with Kyrgyz letters (ң ө ү) and hostile text.

#include "documents/document.h"

namespace Ebilim::Test {

Documents::Document sampleGroupList(const QString &lang, int students = 120);
Documents::Document sampleCertificate(const QString &lang, int serial = 1);
Documents::Document sampleOrder(const QString &lang);
Documents::Document sampleStudentOrder(const QString &lang);
Documents::Document sampleContingentForm(const QString &lang);
/// A generic table export: @p rows rows of every column type.
Documents::Document sampleTable(const QString &lang, int rows);
Documents::Document sample(const QString &kind, const QString &lang);

/// The student name every sample carries (tests look for it in every format).
QString sampleName();

} // namespace Ebilim::Test
