<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>Ebilim::Client::Modules::ApprovalsScreen</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve request no. %1? The change is applied at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is request no. %1 rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::AuditScreen</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n record(s) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The log was tampered with, starting at record no. %1. Tell the system administrator at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that no record of the log was changed or deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::OrgScreen</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit has not reached the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting &quot;%1 — %2&quot; needs the approval of the vice-rector for academic affairs. Why should it be deleted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request no. %1 to delete the unit was sent to the vice-rector for approval. The unit stays until it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faculties, colleges, departments and offices. Changes are saved on this computer first and sent to the server; they work offline too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::ProfileScreen</name>
    <message>
        <source>Saved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier change conflicts with a change on the server. Resolve it in the conflicts view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; it will be sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is too large even after compression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits, spaces and dashes, e.g. +996 555 123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address like name@example.kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+996 555 123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::UnitDialog</name>
    <message>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none — top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short code, e.g. FMI or FMI-INF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::UsersScreen</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account of %1? All their sessions end at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::AboutDialog</name>
    <message>
        <source>About eBilim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;eBilim %1&lt;/h2&gt;&lt;p&gt;Information system of the university: students, staff, curricula, teaching load, grade sheets, timetable, cashier, admissions — entered once, used everywhere.&lt;/p&gt;&lt;p&gt;Protocol %2.%3. Qt %4.&lt;/p&gt;&lt;p&gt;Server: %5 %6&lt;br&gt;Certificate (SHA-256): &lt;small&gt;%7&lt;/small&gt;&lt;/p&gt;&lt;p&gt;Licence: see the LICENSE file shipped with the program.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::ConflictsView</name>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes were made while the record was also changed by someone else. For each one, keep your version, take the version on the server, or choose field by field and merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge chosen fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::DataTableView</name>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the visible rows and columns to a CSV file (opens in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the visible table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <extracomment>%1 rows shown after filtering, %2 rows in total</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::ErrorText</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is out of the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has a wrong format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has a wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referenced record does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of unit is not allowed under the chosen parent.</source>
        <extracomment>An org unit of this kind cannot be placed under the chosen parent unit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot be placed inside itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was not accepted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the field &quot;%1&quot;: %2</source>
        <extracomment>%1 is a field name, %2 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the right to do this. Ask the system administrator if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Your version was kept so you can compare and merge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Contact the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with this value of &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such a record already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit still has subordinate units. Move or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is still in use and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done in the record&apos;s current state (it may already have been decided).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program version does not match the server. Please install the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. The change may or may not have been saved; it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost. The request will be retried when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred (%1). Please tell the system administrator.</source>
        <extracomment>Fallback for internal or unknown errors; %1 is the technical error code</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::LoginDialog</name>
    <message>
        <source>New server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first connection to %1:%2 from this computer.

Its certificate fingerprint (SHA-256) is:
%3

Compare it with the fingerprint your system administrator gave you. Trust this server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eBilim — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information system of the university</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port, e.g. ebilim.example.kg:7443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server as host:port, for example ebilim.example.kg:7443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of trusted servers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted server could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was not trusted; no connection was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has CHANGED since you last connected. This may be an attack, so the connection was refused. Ask your system administrator before doing anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Check the address and the network. Offline sign-in is possible only after one online sign-in on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be opened (%1); working without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::MainWindow</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution structure was changed (unit %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user profile was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval request was created or decided (no. %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data was changed on the server (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>Status bar: connected to the server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronizing</source>
        <extracomment>Status bar: sending queued edits to the server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Status bar: no connection; edits are kept on this computer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Your edits are saved on this computer and sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits saved on this computer and not yet accepted by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the conflicts view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are working offline. Lists show the data saved on this computer; your changes are kept and sent to the server when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a workspace on the left or below. Every list can be searched, sorted, filtered, exported and printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eBilim — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About eBilim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::Messages</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::ModuleCatalog</name>
    <message>
        <source>Administration</source>
        <extracomment>Navigator module: system administration (users, roles, backups, logs)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>Navigator module: change requests that need the vice-rector&apos;s approval</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>Navigator module: the log of users&apos; actions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff HR office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student HR office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dean&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <extracomment>Navigator module: an academic department (chair), Kyrgyz &quot;Кафедра&quot;
----------
Role: staff of an academic department (chair), Kyrgyz &quot;Кафедра&quot;
----------
Org unit kind: academic department (chair), Kyrgyz &quot;Кафедра&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curator&apos;s cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student&apos;s cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users, roles and access rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faculties, colleges, departments and offices of the university.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletions and drastic changes waiting for the vice-rector&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistical forms and summary reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuition price list, payments and debts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal cards of employees, hiring, transfers, leave and awards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups, students&apos; records and orders from admission to graduation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants, applications, entrance exams and competition results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curricula of the credit and the linear systems, working plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching load of departments and teachers, calculated from the curricula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetables by group, teacher and room, with conflict checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade sheets, electronic journal, academic debts of the faculty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching load and its execution by the department&apos;s teachers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students, groups and records of the college.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own work plan, attendance journal, grade sheets and assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own groups: students&apos; data, progress and payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade book, transcript, timetable, assignments and requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s progress, attendance and payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own application and competition results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone, e-mail and photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice-rector for academic affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic affairs office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faculty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::Navigator</name>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your offline edits that clash with changes on the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::PlaceholderPage</name>
    <message>
        <source>This workspace comes in a later release of eBilim. Your access to it is already set up: it will appear here as soon as it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::TableProxyModel</name>
    <message>
        <source>Conflict: someone else changed this record. Open the conflicts view to resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to be sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
