<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>DocumentActions</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>There is no template for this document.</source>
        <translation>There is no template for this document.</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Export as</translation>
    </message>
    <message>
        <source>The file could not be written: %1
%2</source>
        <translation>The file could not be written: %1
%2</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Export as…</source>
        <translation>Export as…</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::ApprovalsScreen</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Approve request</translation>
    </message>
    <message>
        <source>Approve request no. %1? The change is applied at once.</source>
        <translation>Approve request no. %1? The change is applied at once.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Reject request</translation>
    </message>
    <message>
        <source>Why is request no. %1 rejected?</source>
        <translation>Why is request no. %1 rejected?</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::AuditScreen</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Check the log</source>
        <translation>Check the log</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n record(s) checked.</source>
        <translation>
            <numerusform>The log is intact: %n record checked.</numerusform>
            <numerusform>The log is intact: %n records checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log was tampered with, starting at record no. %1. Tell the system administrator at once.</source>
        <translation>The log was tampered with, starting at record no. %1. Tell the system administrator at once.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Load older</translation>
    </message>
    <message>
        <source>Checks that no record of the log was changed or deleted</source>
        <translation>Checks that no record of the log was changed or deleted</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::DocumentsScreen</name>
    <message>
        <source>Group list</source>
        <translation>Group list</translation>
    </message>
    <message>
        <source>Sample order</source>
        <translation>Sample order</translation>
    </message>
    <message>
        <source>Study certificate</source>
        <translation>Study certificate</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Issued to</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>revoked: %1</source>
        <translation>revoked: %1</translation>
    </message>
    <message>
        <source>Register of issued documents</source>
        <translation>Register of issued documents</translation>
    </message>
    <message>
        <source>Choose a group first.</source>
        <translation>Choose a group first.</translation>
    </message>
    <message>
        <source>Choose a student in the list first.</source>
        <translation>Choose a student in the list first.</translation>
    </message>
    <message>
        <source>Issue a study certificate to %1? It gets a registration number and is entered in the register.</source>
        <translation>Issue a study certificate to %1? It gets a registration number and is entered in the register.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>The group has no studying students.</source>
        <translation>The group has no studying students.</translation>
    </message>
    <message numerus="yes">
        <source>Issue study certificates to all %n studying student(s) of %1? Each gets a registration number and is entered in the register; the PDF files are written to a folder you choose.</source>
        <translation>
            <numerusform>Issue a study certificate to the %n studying student of %1? It gets a registration number and is entered in the register; the PDF file is written to a folder you choose.</numerusform>
            <numerusform>Issue study certificates to all %n studying students of %1? Each gets a registration number and is entered in the register; the PDF files are written to a folder you choose.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Folder for the certificates</translation>
    </message>
    <message>
        <source>Issuing study certificates</source>
        <translation>Issuing study certificates</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1.</source>
        <translation>
            <numerusform>%n certificate written to %1.</numerusform>
            <numerusform>%n certificates written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not issued:</source>
        <translation>Not issued:</translation>
    </message>
    <message>
        <source>Cancelled; the rest were not issued.</source>
        <translation>Cancelled; the rest were not issued.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Choose an entry of the register first.</source>
        <translation>Choose an entry of the register first.</translation>
    </message>
    <message>
        <source>Revoke %1 issued to %2? Its verification will answer &quot;revoked&quot; from now on. Reason:</source>
        <translation>Revoke %1 issued to %2? Its verification will answer &quot;revoked&quot; from now on. Reason:</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Genuine</translation>
    </message>
    <message>
        <source>No document with this code was issued.</source>
        <translation>No document with this code was issued.</translation>
    </message>
    <message>
        <source>This is not a valid code: check it for typing mistakes.</source>
        <translation>This is not a valid code: check it for typing mistakes.</translation>
    </message>
    <message>
        <source>The document was issued but has been revoked.</source>
        <translation>The document was issued but has been revoked.</translation>
    </message>
    <message>
        <source>The register entry of this document was altered. Tell the system administrator at once.</source>
        <translation>The register entry of this document was altered. Tell the system administrator at once.</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <source>It certifies</source>
        <translation>It certifies</translation>
    </message>
    <message>
        <source>Prepare and issue</source>
        <translation>Prepare and issue</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Language of the document:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>where the certificate is to be presented (empty: where required)</source>
        <translation>where the certificate is to be presented (empty: where required)</translation>
    </message>
    <message>
        <source>Group list…</source>
        <translation>Group list…</translation>
    </message>
    <message>
        <source>The list of the group&apos;s students: preview, print, export</source>
        <translation>The list of the group&apos;s students: preview, print, export</translation>
    </message>
    <message>
        <source>Sample order…</source>
        <translation>Sample order…</translation>
    </message>
    <message>
        <source>A draft order transferring the group to the next year of study</source>
        <translation>A draft order transferring the group to the next year of study</translation>
    </message>
    <message>
        <source>Study certificate…</source>
        <translation>Study certificate…</translation>
    </message>
    <message>
        <source>Issues an official study certificate to the chosen student (Enter or double-click in the list)</source>
        <translation>Issues an official study certificate to the chosen student (Enter or double-click in the list)</translation>
    </message>
    <message>
        <source>Certificates for the whole group…</source>
        <translation>Certificates for the whole group…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>&amp;Verification code:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::EmployeeDialog</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>Order No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>New employee</translation>
    </message>
    <message>
        <source>Employee card: %1</source>
        <translation>Employee card: %1</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Last name (Russian)</source>
        <translation>Last name (Russian)</translation>
    </message>
    <message>
        <source>First name (Russian)</source>
        <translation>First name (Russian)</translation>
    </message>
    <message>
        <source>Patronymic (Russian)</source>
        <translation>Patronymic (Russian)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Name in Latin letters</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Academic degree</source>
        <translation>Academic degree</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>14 digits: 1 (female) or 2 (male), the date of birth ddMMyyyy, 5 more digits</source>
        <translation>14 digits: 1 (female) or 2 (male), the date of birth ddMMyyyy, 5 more digits</translation>
    </message>
    <message>
        <source>Taken from the PIN when left empty</source>
        <translation>Taken from the PIN when left empty</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Leaves</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>Year of study</translation>
    </message>
    <message>
        <source>Form of study</source>
        <translation>Form of study</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Language of instruction</translation>
    </message>
    <message>
        <source>Year of admission</source>
        <translation>Year of admission</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Curator</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>Group leader</translation>
    </message>
    <message>
        <source>State-funded places</source>
        <translation>State-funded places</translation>
    </message>
    <message>
        <source>Contract places</source>
        <translation>Contract places</translation>
    </message>
    <message>
        <source>e.g. ПИ-1-26</source>
        <translation>e.g. ПИ-1-26</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::ImportPage</name>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation>not a valid value</translation>
    </message>
    <message>
        <source>this PIN is already recorded</source>
        <translation>this PIN is already recorded</translation>
    </message>
    <message>
        <source>a student with this name and date of birth is already recorded</source>
        <translation>a student with this name and date of birth is already recorded</translation>
    </message>
    <message>
        <source>the same person appears earlier in the file</source>
        <translation>the same person appears earlier in the file</translation>
    </message>
    <message>
        <source>Row of the file</source>
        <translation>Row of the file</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import students</source>
        <translation>Import students</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt)</source>
        <translation>Tables (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Import the rows without problems? Rows listed with problems are skipped.</source>
        <translation>Import the rows without problems? Rows listed with problems are skipped.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read. Check the mapping of the columns, then press Check.</source>
        <translation>
            <numerusform>%n row read. Check the mapping of the columns, then press Check.</numerusform>
            <numerusform>%n rows read. Check the mapping of the columns, then press Check.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Import problems: %1</source>
        <translation>Import problems: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported.</source>
        <translation>
            <numerusform>%n student imported.</numerusform>
            <numerusform>%n students imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped because of problems.</source>
        <translation>
            <numerusform>%n row skipped because of problems.</numerusform>
            <numerusform>%n rows skipped because of problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked.</source>
        <translation>
            <numerusform>%n row checked.</numerusform>
            <numerusform>%n rows checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be skipped; nothing is imported until you press Import.</source>
        <translation>
            <numerusform>%n row has problems and will be skipped; nothing is imported until you press Import.</numerusform>
            <numerusform>%n rows have problems and will be skipped; nothing is imported until you press Import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working… rows %1–%2 of %3</source>
        <translation>Working… rows %1–%2 of %3</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>The first row holds the column names</translation>
    </message>
    <message>
        <source>XLSX or CSV; one student per row.</source>
        <translation>XLSX or CSV; one student per row.</translation>
    </message>
    <message>
        <source>Admission order no. and date:</source>
        <translation>Admission order no. and date:</translation>
    </message>
    <message>
        <source>for rows with a group</source>
        <translation>for rows with a group</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Import problems</translation>
    </message>
    <message>
        <source>not found (no such group or SOATE code)</source>
        <translation>not found (no such group or SOATE code)</translation>
    </message>
    <message>
        <source>the group is outside your faculty</source>
        <translation>the group is outside your faculty</translation>
    </message>
    <message>
        <source>Latin and Cyrillic letters mixed in one name</source>
        <translation>Latin and Cyrillic letters mixed in one name</translation>
    </message>
    <message>
        <source>characters a name cannot have</source>
        <translation>characters a name cannot have</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>too long</translation>
    </message>
    <message>
        <source>a PIN has 14 digits</source>
        <translation>a PIN has 14 digits</translation>
    </message>
    <message>
        <source>a PIN has digits only</source>
        <translation>a PIN has digits only</translation>
    </message>
    <message>
        <source>the first digit of the PIN does not match the sex (1 female, 2 male)</source>
        <translation>the first digit of the PIN does not match the sex (1 female, 2 male)</translation>
    </message>
    <message>
        <source>the PIN&apos;s digits 2–9 are not the date of birth</source>
        <translation>the PIN&apos;s digits 2–9 are not the date of birth</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::MyCardScreen</name>
    <message>
        <source>Whose card</source>
        <translation>Whose card</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::OrderEditor</name>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Row %1 (%2): %3</translation>
    </message>
    <message>
        <source>The draft is saved.</source>
        <translation>The draft is saved.</translation>
    </message>
    <message>
        <source>Save the draft first.</source>
        <translation>Save the draft first.</translation>
    </message>
    <message>
        <source>Sign the order</source>
        <translation>Sign the order</translation>
    </message>
    <message numerus="yes">
        <source>Sign order no. %1? It is applied to all %n student(s) at once and can then be undone only by cancelling it with the vice-rector&apos;s approval.</source>
        <translation>
            <numerusform>Sign order no. %1? It is applied to the %n student at once and can then be undone only by cancelling it with the vice-rector&apos;s approval.</numerusform>
            <numerusform>Sign order no. %1? It is applied to all %n students at once and can then be undone only by cancelling it with the vice-rector&apos;s approval.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>The order is signed and applied.</source>
        <translation>The order is signed and applied.</translation>
    </message>
    <message>
        <source>Print the order</source>
        <translation>Print the order</translation>
    </message>
    <message>
        <source>Order no. %1</source>
        <translation>Order no. %1</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>Kind of order</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>Signer&apos;s position</translation>
    </message>
    <message>
        <source>empty: from the kind of order</source>
        <translation>empty: from the kind of order</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>To group</source>
        <translation>To group</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>From (dd.mm.yyyy)</source>
        <translation>From (dd.mm.yyyy)</translation>
    </message>
    <message>
        <source>To (dd.mm.yyyy)</source>
        <translation>To (dd.mm.yyyy)</translation>
    </message>
    <message>
        <source>New last name</source>
        <translation>New last name</translation>
    </message>
    <message>
        <source>New first name</source>
        <translation>New first name</translation>
    </message>
    <message>
        <source>New patronymic</source>
        <translation>New patronymic</translation>
    </message>
    <message>
        <source>Find a student: name, PIN or group…</source>
        <translation>Find a student: name, PIN or group…</translation>
    </message>
    <message>
        <source>Add to the order</source>
        <translation>Add to the order</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::OrgScreen</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation>Name in Kyrgyz</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>The change could not be saved on this computer.</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>This unit has not reached the server yet.</source>
        <translation>This unit has not reached the server yet.</translation>
    </message>
    <message>
        <source>Deleting &quot;%1 — %2&quot; needs the approval of the vice-rector for academic affairs. Why should it be deleted?</source>
        <translation>Deleting &quot;%1 — %2&quot; needs the approval of the vice-rector for academic affairs. Why should it be deleted?</translation>
    </message>
    <message>
        <source>Request no. %1 to delete the unit was sent to the vice-rector for approval. The unit stays until it is approved.</source>
        <translation>Request no. %1 to delete the unit was sent to the vice-rector for approval. The unit stays until it is approved.</translation>
    </message>
    <message>
        <source>Faculties, colleges, departments and offices. Changes are saved on this computer first and sent to the server; they work offline too.</source>
        <translation>Faculties, colleges, departments and offices. Changes are saved on this computer first and sent to the server; they work offline too.</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>New unit…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::ProfileScreen</name>
    <message>
        <source>Saved on the server.</source>
        <translation>Saved on the server.</translation>
    </message>
    <message>
        <source>Your earlier change conflicts with a change on the server. Resolve it in the conflicts view.</source>
        <translation>Your earlier change conflicts with a change on the server. Resolve it in the conflicts view.</translation>
    </message>
    <message>
        <source>Saved on this computer; it will be sent to the server.</source>
        <translation>Saved on this computer; it will be sent to the server.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation>This file is not a picture that can be read.</translation>
    </message>
    <message>
        <source>The picture is too large even after compression.</source>
        <translation>The picture is too large even after compression.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Pictures (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Use digits, spaces and dashes, e.g. +996 555 123456.</source>
        <translation>Use digits, spaces and dashes, e.g. +996 555 123456.</translation>
    </message>
    <message>
        <source>Enter an address like name@example.kg.</source>
        <translation>Enter an address like name@example.kg.</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>The change could not be saved on this computer.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>+996 555 123456</source>
        <translation>+996 555 123456</translation>
    </message>
    <message>
        <source>name@example.kg</source>
        <translation>name@example.kg</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::ReportsPage</name>
    <message>
        <source>year %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>Order, reason</source>
        <translation>Order, reason</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Admitted %1, expelled %2, transferred %3, on leave %4, returned %5, reinstated %6, graduated %7.</source>
        <translation>Admitted %1, expelled %2, transferred %3, on leave %4, returned %5, reinstated %6, graduated %7.</translation>
    </message>
    <message>
        <source>Total: %1 students (state-funded %2, contract %3).</source>
        <translation>Total: %1 students (state-funded %2, contract %3).</translation>
    </message>
    <message>
        <source>By faculty</source>
        <translation>By faculty</translation>
    </message>
    <message>
        <source>By specialty</source>
        <translation>By specialty</translation>
    </message>
    <message>
        <source>By year of study</source>
        <translation>By year of study</translation>
    </message>
    <message>
        <source>By form of study</source>
        <translation>By form of study</translation>
    </message>
    <message>
        <source>By funding</source>
        <translation>By funding</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>By age</translation>
    </message>
    <message>
        <source>By nationality</source>
        <translation>By nationality</translation>
    </message>
    <message>
        <source>Movement for a period</source>
        <translation>Movement for a period</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;On date:</source>
        <translation>&amp;On date:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Contingent: %1</source>
        <translation>Contingent: %1</translation>
    </message>
    <message>
        <source>Ministry return…</source>
        <translation>Ministry return…</translation>
    </message>
    <message>
        <source>The contingent return for the Ministry: by specialty, form and year; print, or export as XML or Excel</source>
        <translation>The contingent return for the Ministry: by specialty, form and year; print, or export as XML or Excel</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::StaffHrScreen</name>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>On leave</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Employee card</source>
        <translation>Employee card</translation>
    </message>
    <message>
        <source>Staff order</source>
        <translation>Staff order</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancel the order</translation>
    </message>
    <message>
        <source>Why is order No. %1 cancelled? A signed order is cancelled when the vice-rector approves; its changes are then undone.</source>
        <translation>Why is order No. %1 cancelled? A signed order is cancelled when the vice-rector approves; its changes are then undone.</translation>
    </message>
    <message>
        <source>Why is order No. %1 cancelled?</source>
        <translation>Why is order No. %1 cancelled?</translation>
    </message>
    <message>
        <source>The request was sent to the vice-rector for approval.</source>
        <translation>The request was sent to the vice-rector for approval.</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>Kind of leave</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Rates</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %n employee(s), %2 rate(s)</source>
        <translation>
            <numerusform>At %1: %n employee, %2 rate(s)</numerusform>
            <numerusform>At %1: %n employees, %2 rate(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff orders</source>
        <translation>Staff orders</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>New employee…</source>
        <translation>New employee…</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Open card</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>Show dismissed</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>New order…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Cancel order…</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Export as…</source>
        <translation>Export as…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %n employee(s), %2 rate(s), %3 women, %4 men</source>
        <translation>
            <numerusform>At %1: %n employee, %2 rate(s), %3 women, %4 men</numerusform>
            <numerusform>At %1: %n employees, %2 rate(s), %3 women, %4 men</numerusform>
        </translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Academic title</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::StaffOrderDialog</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>The draft is saved.</source>
        <translation>The draft is saved.</translation>
    </message>
    <message>
        <source>New staff order</source>
        <translation>New staff order</translation>
    </message>
    <message>
        <source>Staff order No. %1 (%2)</source>
        <translation>Staff order No. %1 (%2)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>From position</source>
        <translation>From position</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>Kind of leave</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Add employee</source>
        <translation>Add employee</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Signs the order: its changes apply to the employees at once</source>
        <translation>Signs the order: its changes apply to the employees at once</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::StudentCardDialog</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size, KiB</source>
        <translation>Size, KiB</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>A student with the same name and date of birth is already recorded:
%1
Save this card anyway?</source>
        <translation>A student with the same name and date of birth is already recorded:
%1
Save this card anyway?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Add to the personal file</source>
        <translation>Add to the personal file</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The file cannot be read or is larger than 640 KiB: %1</source>
        <translation>The file cannot be read or is larger than 640 KiB: %1</translation>
    </message>
    <message>
        <source>Personal file</source>
        <translation>Personal file</translation>
    </message>
    <message>
        <source>Student&apos;s card: %1</source>
        <translation>Student&apos;s card: %1</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>New student</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Record of orders</source>
        <translation>Record of orders</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Last name (Russian spelling)</source>
        <translation>Last name (Russian spelling)</translation>
    </message>
    <message>
        <source>First name (Russian spelling)</source>
        <translation>First name (Russian spelling)</translation>
    </message>
    <message>
        <source>Patronymic (Russian spelling)</source>
        <translation>Patronymic (Russian spelling)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Name in Latin letters</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Citizenship (KG, KZ, …)</source>
        <translation>Citizenship (KG, KZ, …)</translation>
    </message>
    <message>
        <source>Passport series</source>
        <translation>Passport series</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <source>Passport issued by</source>
        <translation>Passport issued by</translation>
    </message>
    <message>
        <source>Passport issued on</source>
        <translation>Passport issued on</translation>
    </message>
    <message>
        <source>SOATE code of the address</source>
        <translation>SOATE code of the address</translation>
    </message>
    <message>
        <source>Street, house, flat</source>
        <translation>Street, house, flat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Prior education</source>
        <translation>Prior education</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Privileges</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>empty: made from the Kyrgyz spelling</source>
        <translation>empty: made from the Kyrgyz spelling</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add a scan…</source>
        <translation>Add a scan…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Personal file: %1</source>
        <translation>Personal file: %1</translation>
    </message>
    <message>
        <source>Record of orders: %1</source>
        <translation>Record of orders: %1</translation>
    </message>
    <message>
        <source>Status: %1. Group: %2. Funding: %3. These change only by orders.</source>
        <translation>Status: %1. Group: %2. Funding: %3. These change only by orders.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>A new card is not yet in any group: admission is an order.</source>
        <translation>A new card is not yet in any group: admission is an order.</translation>
    </message>
    <message>
        <source>type a place name or the code</source>
        <translation>type a place name or the code</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>This is not an image: %1</source>
        <translation>This is not an image: %1</translation>
    </message>
    <message>
        <source>Delete the card</source>
        <translation>Delete the card</translation>
    </message>
    <message>
        <source>Delete this card (entered by mistake)? A card with signed orders cannot be deleted; the vice-rector approves the deletion. Reason:</source>
        <translation>Delete this card (entered by mistake)? A card with signed orders cannot be deleted; the vice-rector approves the deletion. Reason:</translation>
    </message>
    <message>
        <source>The request to delete the card is sent to the vice-rector.</source>
        <translation>The request to delete the card is sent to the vice-rector.</translation>
    </message>
    <message>
        <source>Delete card…</source>
        <translation>Delete card…</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Photo…</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>no photo</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::StudentHrScreen</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Signed in the system by</source>
        <translation>Signed in the system by</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>Why cancelled</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Student orders</source>
        <translation>Student orders</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancel the order</translation>
    </message>
    <message>
        <source>Order no. %1 is signed: cancelling it reverses what it did and needs the vice-rector&apos;s approval. Reason:</source>
        <translation>Order no. %1 is signed: cancelling it reverses what it did and needs the vice-rector&apos;s approval. Reason:</translation>
    </message>
    <message>
        <source>Cancel the draft no. %1? Reason:</source>
        <translation>Cancel the draft no. %1? Reason:</translation>
    </message>
    <message>
        <source>The request is sent to the vice-rector for approval.</source>
        <translation>The request is sent to the vice-rector for approval.</translation>
    </message>
    <message>
        <source>year %1 → %2</source>
        <translation>year %1 → %2</translation>
    </message>
    <message>
        <source>graduates</source>
        <translation>graduates</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>skipped: %1</translation>
    </message>
    <message>
        <source>New academic year: preview</source>
        <translation>New academic year: preview</translation>
    </message>
    <message>
        <source>Rolling forward promotes %1 student(s) to the next year and graduates %2, by two signed orders.</source>
        <translation>Rolling forward promotes %1 student(s) to the next year and graduates %2, by two signed orders.</translation>
    </message>
    <message>
        <source>New academic year</source>
        <translation>New academic year</translation>
    </message>
    <message>
        <source>Number of the promotion order (the graduation order gets the same number with &quot;-Б&quot;):</source>
        <translation>Number of the promotion order (the graduation order gets the same number with &quot;-Б&quot;):</translation>
    </message>
    <message>
        <source>Done: %1 student(s) promoted, %2 graduated.</source>
        <translation>Done: %1 student(s) promoted, %2 graduated.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Search all students: name in any spelling, PIN, group…</source>
        <translation>Search all students: name in any spelling, PIN, group…</translation>
    </message>
    <message>
        <source>&amp;On date:</source>
        <translation>&amp;On date:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>The group as it was at the end of that day, rebuilt from the signed orders</source>
        <translation>The group as it was at the end of that day, rebuilt from the signed orders</translation>
    </message>
    <message>
        <source>New student…</source>
        <translation>New student…</translation>
    </message>
    <message>
        <source>Open card…</source>
        <translation>Open card…</translation>
    </message>
    <message>
        <source>Order for the selected…</source>
        <translation>Order for the selected…</translation>
    </message>
    <message>
        <source>A new order with the selected students</source>
        <translation>A new order with the selected students</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>New order…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Roll forward…</source>
        <translation>Roll forward…</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <source>Group, curator, leader…</source>
        <translation>Group, curator, leader…</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::StudyTerms</name>
    <message>
        <source>not yet admitted</source>
        <translation>not yet admitted</translation>
    </message>
    <message>
        <source>studying</source>
        <translation>studying</translation>
    </message>
    <message>
        <source>on academic leave</source>
        <translation>on academic leave</translation>
    </message>
    <message>
        <source>expelled</source>
        <translation>expelled</translation>
    </message>
    <message>
        <source>graduated</source>
        <translation>graduated</translation>
    </message>
    <message>
        <source>state-funded</source>
        <translation>state-funded</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contract</translation>
    </message>
    <message>
        <source>full-time</source>
        <translation>full-time</translation>
    </message>
    <message>
        <source>extramural</source>
        <translation>extramural</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>distance</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>evening</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Promotion to the next year</source>
        <translation>Promotion to the next year</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Academic leave</source>
        <translation>Academic leave</translation>
    </message>
    <message>
        <source>Return from academic leave</source>
        <translation>Return from academic leave</translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation>Expulsion</translation>
    </message>
    <message>
        <source>Reinstatement</source>
        <translation>Reinstatement</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Graduation</translation>
    </message>
    <message>
        <source>Change of name</source>
        <translation>Change of name</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::UnitDialog</name>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>Edit unit %1</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation>Name in Kyrgyz</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>(none — top level)</source>
        <translation>(none — top level)</translation>
    </message>
    <message>
        <source>short code, e.g. FMI or FMI-INF</source>
        <translation>short code, e.g. FMI or FMI-INF</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::UsersScreen</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Disable the account of %1? All their sessions end at once.</source>
        <translation>Disable the account of %1? All their sessions end at once.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::AboutDialog</name>
    <message>
        <source>About eBilim</source>
        <translation>About eBilim</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>&lt;h2&gt;eBilim %1&lt;/h2&gt;&lt;p&gt;Information system of the university: students, staff, curricula, teaching load, grade sheets, timetable, cashier, admissions — entered once, used everywhere.&lt;/p&gt;&lt;p&gt;Protocol %2.%3. Qt %4.&lt;/p&gt;&lt;p&gt;Server: %5 %6&lt;br&gt;Certificate (SHA-256): &lt;small&gt;%7&lt;/small&gt;&lt;/p&gt;&lt;p&gt;Licence: see the LICENSE file shipped with the program.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;eBilim %1&lt;/h2&gt;&lt;p&gt;Information system of the university: students, staff, curricula, teaching load, grade sheets, timetable, cashier, admissions — entered once, used everywhere.&lt;/p&gt;&lt;p&gt;Protocol %2.%3. Qt %4.&lt;/p&gt;&lt;p&gt;Server: %5 %6&lt;br&gt;Certificate (SHA-256): &lt;small&gt;%7&lt;/small&gt;&lt;/p&gt;&lt;p&gt;Licence: see the LICENSE file shipped with the program.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::ConflictsView</name>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>These changes were made while the record was also changed by someone else. For each one, keep your version, take the version on the server, or choose field by field and merge.</source>
        <translation>These changes were made while the record was also changed by someone else. For each one, keep your version, take the version on the server, or choose field by field and merge.</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Server version</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Merge chosen fields</source>
        <translation>Merge chosen fields</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::DataTableView</name>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Choose the columns to show</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print preview of the visible table</source>
        <translation>Print preview of the visible table</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>All columns</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <extracomment>%1 rows shown after filtering, %2 rows in total</extracomment>
        <translation>%1 of %2 rows</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>search: %1</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Export the visible rows and columns: Excel, Word, PDF, HTML, XML, TXT or CSV</source>
        <translation>Export the visible rows and columns: Excel, Word, PDF, HTML, XML, TXT or CSV</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::ErrorText</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n character(s).</source>
        <translation>
            <numerusform>Too long: at most %n character.</numerusform>
            <numerusform>Too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Too long.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s).</source>
        <translation>
            <numerusform>Too short: at least %n character.</numerusform>
            <numerusform>Too short: at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too short.</source>
        <translation>Too short.</translation>
    </message>
    <message>
        <source>The value is out of the allowed range.</source>
        <translation>The value is out of the allowed range.</translation>
    </message>
    <message>
        <source>The value has a wrong format.</source>
        <translation>The value has a wrong format.</translation>
    </message>
    <message>
        <source>The value has a wrong type.</source>
        <translation>The value has a wrong type.</translation>
    </message>
    <message>
        <source>The referenced record does not exist.</source>
        <translation>The referenced record does not exist.</translation>
    </message>
    <message>
        <source>This kind of unit is not allowed under the chosen parent.</source>
        <extracomment>An org unit of this kind cannot be placed under the chosen parent unit.</extracomment>
        <translation>This kind of unit is not allowed under the chosen parent.</translation>
    </message>
    <message>
        <source>A unit cannot be placed inside itself.</source>
        <translation>A unit cannot be placed inside itself.</translation>
    </message>
    <message>
        <source>This value is already used.</source>
        <translation>This value is already used.</translation>
    </message>
    <message>
        <source>The value is not accepted.</source>
        <translation>The value is not accepted.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation>Name in Kyrgyz</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Record version</translation>
    </message>
    <message>
        <source>The data was not accepted. %1</source>
        <translation>The data was not accepted. %1</translation>
    </message>
    <message>
        <source>Please check the field &quot;%1&quot;: %2</source>
        <extracomment>%1 is a field name, %2 what is wrong with it</extracomment>
        <translation>Please check the field &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>You do not have the right to do this. Ask the system administrator if you need it.</source>
        <translation>You do not have the right to do this. Ask the system administrator if you need it.</translation>
    </message>
    <message>
        <source>You are not signed in. Please sign in again.</source>
        <translation>You are not signed in. Please sign in again.</translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Your version was kept so you can compare and merge it.</source>
        <translation>Someone else changed this record in the meantime. Your version was kept so you can compare and merge it.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Your session has expired. Please sign in again.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-in attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many failed sign-in attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again later.</source>
        <translation>Too many failed sign-in attempts. Try again later.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>This account is disabled. Contact the system administrator.</source>
        <translation>This account is disabled. Contact the system administrator.</translation>
    </message>
    <message>
        <source>A record with this value of &quot;%1&quot; already exists.</source>
        <translation>A record with this value of &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>Such a record already exists.</source>
        <translation>Such a record already exists.</translation>
    </message>
    <message>
        <source>The record was not found. It may have been deleted.</source>
        <translation>The record was not found. It may have been deleted.</translation>
    </message>
    <message>
        <source>This unit still has subordinate units. Move or delete them first.</source>
        <translation>This unit still has subordinate units. Move or delete them first.</translation>
    </message>
    <message>
        <source>This record is still in use and cannot be removed.</source>
        <translation>This record is still in use and cannot be removed.</translation>
    </message>
    <message>
        <source>This cannot be done in the record&apos;s current state (it may already have been decided).</source>
        <translation>This cannot be done in the record&apos;s current state (it may already have been decided).</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>The server is busy. Please try again in a moment.</translation>
    </message>
    <message>
        <source>This program version does not match the server. Please install the current version.</source>
        <translation>This program version does not match the server. Please install the current version.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The change may or may not have been saved; it will be retried.</source>
        <translation>The server did not answer in time. The change may or may not have been saved; it will be retried.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. The request will be retried when the connection is back.</source>
        <translation>The connection to the server was lost. The request will be retried when the connection is back.</translation>
    </message>
    <message>
        <source>There is no connection to the server.</source>
        <translation>There is no connection to the server.</translation>
    </message>
    <message>
        <source>An unexpected error occurred (%1). Please tell the system administrator.</source>
        <extracomment>Fallback for internal or unknown errors; %1 is the technical error code</extracomment>
        <translation>An unexpected error occurred (%1). Please tell the system administrator.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Last name (Russian)</source>
        <translation>Last name (Russian)</translation>
    </message>
    <message>
        <source>First name (Russian)</source>
        <translation>First name (Russian)</translation>
    </message>
    <message>
        <source>Patronymic (Russian)</source>
        <translation>Patronymic (Russian)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Name in Latin letters</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>SOATE code</source>
        <translation>SOATE code</translation>
    </message>
    <message>
        <source>Passport series</source>
        <translation>Passport series</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <source>Passport issued by</source>
        <translation>Passport issued by</translation>
    </message>
    <message>
        <source>Passport issued on</source>
        <translation>Passport issued on</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Prior education</source>
        <translation>Prior education</translation>
    </message>
    <message>
        <source>Academic degree</source>
        <translation>Academic degree</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Privileges</translation>
    </message>
    <message>
        <source>Parents or guardians</source>
        <translation>Parents or guardians</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Curator</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>Group leader</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>Year of study</translation>
    </message>
    <message>
        <source>Year of entry</source>
        <translation>Year of entry</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Form of study</source>
        <translation>Form of study</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Language of instruction</translation>
    </message>
    <message>
        <source>State-funded places</source>
        <translation>State-funded places</translation>
    </message>
    <message>
        <source>Contract places</source>
        <translation>Contract places</translation>
    </message>
    <message>
        <source>Number of the graduation order</source>
        <translation>Number of the graduation order</translation>
    </message>
    <message>
        <source>Number of the promotion order</source>
        <translation>Number of the promotion order</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>From position</source>
        <translation>From position</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>Kind of leave</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Lines of the order</source>
        <translation>Lines of the order</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>Signer&apos;s position</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>File content</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::LoginDialog</name>
    <message>
        <source>New server certificate</source>
        <translation>New server certificate</translation>
    </message>
    <message>
        <source>This is the first connection to %1:%2 from this computer.

Its certificate fingerprint (SHA-256) is:
%3

Compare it with the fingerprint your system administrator gave you. Trust this server?</source>
        <translation>This is the first connection to %1:%2 from this computer.

Its certificate fingerprint (SHA-256) is:
%3

Compare it with the fingerprint your system administrator gave you. Trust this server?</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Trust and connect</translation>
    </message>
    <message>
        <source>eBilim — sign in</source>
        <translation>eBilim — sign in</translation>
    </message>
    <message>
        <source>Information system of the university</source>
        <translation>Information system of the university</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>host:port, e.g. ebilim.example.kg:7443</source>
        <translation>host:port, e.g. ebilim.example.kg:7443</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Enter the server as host:port, for example ebilim.example.kg:7443.</source>
        <translation>Enter the server as host:port, for example ebilim.example.kg:7443.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>The list of trusted servers could not be read: %1</source>
        <translation>The list of trusted servers could not be read: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>The trusted server could not be saved: %1</source>
        <translation>The trusted server could not be saved: %1</translation>
    </message>
    <message>
        <source>The server was not trusted; no connection was made.</source>
        <translation>The server was not trusted; no connection was made.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has CHANGED since you last connected. This may be an attack, so the connection was refused. Ask your system administrator before doing anything else.</source>
        <translation>The server&apos;s certificate has CHANGED since you last connected. This may be an attack, so the connection was refused. Ask your system administrator before doing anything else.</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Certificate changed</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Check the address and the network. Offline sign-in is possible only after one online sign-in on this computer.</source>
        <translation>The server cannot be reached (%1). Check the address and the network. Offline sign-in is possible only after one online sign-in on this computer.</translation>
    </message>
    <message>
        <source>The local cache could not be opened (%1); working without it.</source>
        <translation>The local cache could not be opened (%1); working without it.</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keychain</source>
        <extracomment>Check box under the sign-in fields; the keychain is the operating system&apos;s password store.</extracomment>
        <translation>&amp;Remember the password in this computer&apos;s keychain</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::MainWindow</name>
    <message>
        <source>The institution structure was changed (unit %1).</source>
        <translation>The institution structure was changed (unit %1).</translation>
    </message>
    <message>
        <source>A user profile was changed.</source>
        <translation>A user profile was changed.</translation>
    </message>
    <message>
        <source>An approval request was created or decided (no. %1).</source>
        <translation>An approval request was created or decided (no. %1).</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>Status bar: connected to the server</extracomment>
        <translation>Online</translation>
    </message>
    <message>
        <source>Synchronizing</source>
        <extracomment>Status bar: sending queued edits to the server</extracomment>
        <translation>Synchronizing</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Status bar: no connection; edits are kept on this computer</extracomment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>Not connected. Your edits are saved on this computer and sent when the connection is back.</source>
        <translation>Not connected. Your edits are saved on this computer and sent when the connection is back.</translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation>Pending changes: %1</translation>
    </message>
    <message>
        <source>Edits saved on this computer and not yet accepted by the server</source>
        <translation>Edits saved on this computer and not yet accepted by the server</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflicts: %1</translation>
    </message>
    <message>
        <source>Open the conflicts view</source>
        <translation>Open the conflicts view</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>You are working offline. Lists show the data saved on this computer; your changes are kept and sent to the server when the connection is back.</source>
        <translation>You are working offline. Lists show the data saved on this computer; your changes are kept and sent to the server when the connection is back.</translation>
    </message>
    <message>
        <source>Choose a workspace on the left or below. Every list can be searched, sorted, filtered, exported and printed.</source>
        <translation>Choose a workspace on the left or below. Every list can be searched, sorted, filtered, exported and printed.</translation>
    </message>
    <message>
        <source>eBilim — %1</source>
        <translation>eBilim — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About eBilim</source>
        <translation>&amp;About eBilim</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>A user account was changed.</source>
        <translation>A user account was changed.</translation>
    </message>
    <message>
        <source>A student&apos;s card was changed.</source>
        <translation>A student&apos;s card was changed.</translation>
    </message>
    <message>
        <source>A group was changed.</source>
        <translation>A group was changed.</translation>
    </message>
    <message>
        <source>A student order was saved, signed or cancelled.</source>
        <translation>A student order was saved, signed or cancelled.</translation>
    </message>
    <message>
        <source>An employee&apos;s card was changed.</source>
        <translation>An employee&apos;s card was changed.</translation>
    </message>
    <message>
        <source>A staff order was saved, signed or cancelled.</source>
        <translation>A staff order was saved, signed or cancelled.</translation>
    </message>
    <message>
        <source>A document was issued or revoked.</source>
        <translation>A document was issued or revoked.</translation>
    </message>
    <message>
        <source>Data was changed on the server.</source>
        <translation>Data was changed on the server.</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::Messages</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::ModuleCatalog</name>
    <message>
        <source>Administration</source>
        <extracomment>Navigator module: system administration (users, roles, backups, logs)</extracomment>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Institution structure</source>
        <translation>Institution structure</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>Navigator module: change requests that need the vice-rector&apos;s approval</extracomment>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>Navigator module: the log of users&apos; actions</extracomment>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Staff HR office</source>
        <translation>Staff HR office</translation>
    </message>
    <message>
        <source>Student HR office</source>
        <translation>Student HR office</translation>
    </message>
    <message>
        <source>Admissions committee</source>
        <translation>Admissions committee</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Teaching load</source>
        <translation>Teaching load</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <source>Dean&apos;s office</source>
        <translation>Dean&apos;s office</translation>
    </message>
    <message>
        <source>Department</source>
        <extracomment>Navigator module: an academic department (chair), Kyrgyz &quot;Кафедра&quot;
----------
Role: staff of an academic department (chair), Kyrgyz &quot;Кафедра&quot;
----------
Org unit kind: academic department (chair), Kyrgyz &quot;Кафедра&quot;</extracomment>
        <translation>Department</translation>
    </message>
    <message>
        <source>College</source>
        <translation>College</translation>
    </message>
    <message>
        <source>Teacher&apos;s cabinet</source>
        <translation>Teacher&apos;s cabinet</translation>
    </message>
    <message>
        <source>Curator&apos;s cabinet</source>
        <translation>Curator&apos;s cabinet</translation>
    </message>
    <message>
        <source>Student&apos;s cabinet</source>
        <translation>Student&apos;s cabinet</translation>
    </message>
    <message>
        <source>Parent&apos;s cabinet</source>
        <translation>Parent&apos;s cabinet</translation>
    </message>
    <message>
        <source>Applicant&apos;s cabinet</source>
        <translation>Applicant&apos;s cabinet</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>My profile</translation>
    </message>
    <message>
        <source>Users, roles and access rights.</source>
        <translation>Users, roles and access rights.</translation>
    </message>
    <message>
        <source>Faculties, colleges, departments and offices of the university.</source>
        <translation>Faculties, colleges, departments and offices of the university.</translation>
    </message>
    <message>
        <source>Deletions and drastic changes waiting for the vice-rector&apos;s decision.</source>
        <translation>Deletions and drastic changes waiting for the vice-rector&apos;s decision.</translation>
    </message>
    <message>
        <source>Who changed what and when.</source>
        <translation>Who changed what and when.</translation>
    </message>
    <message>
        <source>Statistical forms and summary reports.</source>
        <translation>Statistical forms and summary reports.</translation>
    </message>
    <message>
        <source>Tuition price list, payments and debts.</source>
        <translation>Tuition price list, payments and debts.</translation>
    </message>
    <message>
        <source>Personal cards of employees, hiring, transfers, leave and awards.</source>
        <translation>Personal cards of employees, hiring, transfers, leave and awards.</translation>
    </message>
    <message>
        <source>Groups, students&apos; records and orders from admission to graduation.</source>
        <translation>Groups, students&apos; records and orders from admission to graduation.</translation>
    </message>
    <message>
        <source>Applicants, applications, entrance exams and competition results.</source>
        <translation>Applicants, applications, entrance exams and competition results.</translation>
    </message>
    <message>
        <source>Curricula of the credit and the linear systems, working plans.</source>
        <translation>Curricula of the credit and the linear systems, working plans.</translation>
    </message>
    <message>
        <source>Teaching load of departments and teachers, calculated from the curricula.</source>
        <translation>Teaching load of departments and teachers, calculated from the curricula.</translation>
    </message>
    <message>
        <source>Timetables by group, teacher and room, with conflict checks.</source>
        <translation>Timetables by group, teacher and room, with conflict checks.</translation>
    </message>
    <message>
        <source>Grade sheets, electronic journal, academic debts of the faculty.</source>
        <translation>Grade sheets, electronic journal, academic debts of the faculty.</translation>
    </message>
    <message>
        <source>Teaching load and its execution by the department&apos;s teachers.</source>
        <translation>Teaching load and its execution by the department&apos;s teachers.</translation>
    </message>
    <message>
        <source>Students, groups and records of the college.</source>
        <translation>Students, groups and records of the college.</translation>
    </message>
    <message>
        <source>Own work plan, attendance journal, grade sheets and assignments.</source>
        <translation>Own work plan, attendance journal, grade sheets and assignments.</translation>
    </message>
    <message>
        <source>Own groups: students&apos; data, progress and payments.</source>
        <translation>Own groups: students&apos; data, progress and payments.</translation>
    </message>
    <message>
        <source>Grade book, transcript, timetable, assignments and requests.</source>
        <translation>Grade book, transcript, timetable, assignments and requests.</translation>
    </message>
    <message>
        <source>The child&apos;s progress, attendance and payments.</source>
        <translation>The child&apos;s progress, attendance and payments.</translation>
    </message>
    <message>
        <source>Own application and competition results.</source>
        <translation>Own application and competition results.</translation>
    </message>
    <message>
        <source>Your phone, e-mail and photo.</source>
        <translation>Your phone, e-mail and photo.</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>Vice-rector for academic affairs</source>
        <translation>Vice-rector for academic affairs</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Accounting</translation>
    </message>
    <message>
        <source>Academic affairs office</source>
        <translation>Academic affairs office</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Curator</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Faculty</source>
        <translation>Faculty</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Documents</source>
        <extracomment>Navigator module: printed and official documents (certificates, lists, orders), their register and verification</extracomment>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Study certificates, group lists and orders; the register of issued papers and their verification.</source>
        <translation>Study certificates, group lists and orders; the register of issued papers and their verification.</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::Navigator</name>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Your offline edits that clash with changes on the server</source>
        <translation>Your offline edits that clash with changes on the server</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::PlaceholderPage</name>
    <message>
        <source>This workspace comes in a later release of eBilim. Your access to it is already set up: it will appear here as soon as it is ready.</source>
        <translation>This workspace comes in a later release of eBilim. Your access to it is already set up: it will appear here as soon as it is ready.</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::TableProxyModel</name>
    <message>
        <source>Conflict: someone else changed this record. Open the conflicts view to resolve it.</source>
        <translation>Conflict: someone else changed this record. Open the conflicts view to resolve it.</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>The server refused this change: %1</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to be sent to the server.</source>
        <translation>Saved on this computer; waiting to be sent to the server.</translation>
    </message>
</context>
<context>
    <name>StaffTerms</name>
    <message>
        <source>Hiring</source>
        <translation>Hiring</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>Annual leave</translation>
    </message>
    <message>
        <source>Study leave</source>
        <translation>Study leave</translation>
    </message>
    <message>
        <source>Maternity leave</source>
        <translation>Maternity leave</translation>
    </message>
    <message>
        <source>Unpaid leave</source>
        <translation>Unpaid leave</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <source>Candidate of sciences</source>
        <translation>Candidate of sciences</translation>
    </message>
    <message>
        <source>Doctor of sciences</source>
        <translation>Doctor of sciences</translation>
    </message>
    <message>
        <source>PhD</source>
        <translation>PhD</translation>
    </message>
    <message>
        <source>No degree</source>
        <translation>No degree</translation>
    </message>
    <message>
        <source>Docent</source>
        <translation>Docent</translation>
    </message>
    <message>
        <source>Professor</source>
        <translation>Professor</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>No title</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>under 30</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 and over</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Staff by unit</source>
        <translation>Staff by unit</translation>
    </message>
    <message>
        <source>Staff by academic degree</source>
        <translation>Staff by academic degree</translation>
    </message>
    <message>
        <source>Staff by academic title</source>
        <translation>Staff by academic title</translation>
    </message>
    <message>
        <source>Age structure of the staff</source>
        <translation>Age structure of the staff</translation>
    </message>
    <message>
        <source>Employees on leave</source>
        <translation>Employees on leave</translation>
    </message>
    <message>
        <source>A PIN has exactly 14 digits.</source>
        <translation>A PIN has exactly 14 digits.</translation>
    </message>
    <message>
        <source>A PIN has only digits.</source>
        <translation>A PIN has only digits.</translation>
    </message>
    <message>
        <source>A PIN starts with 1 (female) or 2 (male).</source>
        <translation>A PIN starts with 1 (female) or 2 (male).</translation>
    </message>
    <message>
        <source>Digits 2 to 9 of the PIN are not a date (ddMMyyyy).</source>
        <translation>Digits 2 to 9 of the PIN are not a date (ddMMyyyy).</translation>
    </message>
    <message>
        <source>The first digit of the PIN does not match the gender.</source>
        <translation>The first digit of the PIN does not match the gender.</translation>
    </message>
    <message>
        <source>The date of birth does not match the PIN.</source>
        <translation>The date of birth does not match the PIN.</translation>
    </message>
    <message>
        <source>The employee is already on leave at that time.</source>
        <translation>The employee is already on leave at that time.</translation>
    </message>
    <message>
        <source>The employee is dismissed.</source>
        <translation>The employee is dismissed.</translation>
    </message>
    <message>
        <source>The employee already holds this position.</source>
        <translation>The employee already holds this position.</translation>
    </message>
    <message>
        <source>The employee no longer holds that position.</source>
        <translation>The employee no longer holds that position.</translation>
    </message>
    <message>
        <source>The employee is already in this order.</source>
        <translation>The employee is already in this order.</translation>
    </message>
</context>
</TS>
