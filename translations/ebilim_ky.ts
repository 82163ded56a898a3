<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en_US">
<context>
    <name>DocumentActions</name>
    <message>
        <source>Export</source>
        <translation>Экспорттоо</translation>
    </message>
    <message>
        <source>There is no template for this document.</source>
        <translation>Бул документтин үлгүсү жок.</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Башка форматта сактоо</translation>
    </message>
    <message>
        <source>The file could not be written: %1
%2</source>
        <translation>Файлды жазуу мүмкүн болгон жок: %1
%2</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Басып чыгаруудан мурун кароо</translation>
    </message>
    <message>
        <source>Export as…</source>
        <translation>Башка форматта сактоо…</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::ApprovalsScreen</name>
    <message>
        <source>Waiting</source>
        <translation>Күтүүдө</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекитилди</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Четке кагылды</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Суроо-талап</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Ким сурады</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Качан суралды</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Ким чечти</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Суроо-талапты бекитүү</translation>
    </message>
    <message>
        <source>Approve request no. %1? The change is applied at once.</source>
        <translation>№%1 суроо-талапты бекитесизби? Өзгөртүү дароо колдонулат.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Бекитүү</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Суроо-талапты четке кагуу</translation>
    </message>
    <message>
        <source>Why is request no. %1 rejected?</source>
        <translation>№%1 суроо-талап эмне үчүн четке кагылат?</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Көрсөтүү:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Баары</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Бекитүү…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Четке кагуу…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңылоо</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::AuditScreen</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Аракет</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Жазуунун түрү</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Check the log</source>
        <translation>Журналды текшерүү</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n record(s) checked.</source>
        <translation>
            <numerusform>Журнал бузулган эмес: %n жазуу текшерилди.</numerusform>
            <numerusform>Журнал бузулган эмес: %n жазуу текшерилди.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log was tampered with, starting at record no. %1. Tell the system administrator at once.</source>
        <translation>Журнал №%1 жазуудан баштап бузулган. Бул тууралуу системалык администраторго дароо билдириңиз.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңылоо</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Мурункуларды жүктөө</translation>
    </message>
    <message>
        <source>Checks that no record of the log was changed or deleted</source>
        <translation>Журналдын бир да жазуусу өзгөртүлбөгөнүн же өчүрүлбөгөнүн текшерет</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::DocumentsScreen</name>
    <message>
        <source>Group list</source>
        <translation>Группанын тизмеси</translation>
    </message>
    <message>
        <source>Sample order</source>
        <translation>Буйруктун үлгүсү</translation>
    </message>
    <message>
        <source>Study certificate</source>
        <translation>Окуган жеринен маалым кат</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ЖИН</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Окуу акысы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Каттоо номери</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берилген күнү</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Кимге берилди</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Кол койгон</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Даярдаган</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Жокко чыгарылган</translation>
    </message>
    <message>
        <source>revoked: %1</source>
        <translation>жокко чыгарылды: %1</translation>
    </message>
    <message>
        <source>Register of issued documents</source>
        <translation>Берилген документтердин реестри</translation>
    </message>
    <message>
        <source>Choose a group first.</source>
        <translation>Адегенде группаны тандаңыз.</translation>
    </message>
    <message>
        <source>Choose a student in the list first.</source>
        <translation>Адегенде тизмеден студентти тандаңыз.</translation>
    </message>
    <message>
        <source>Issue a study certificate to %1? It gets a registration number and is entered in the register.</source>
        <translation>%1 үчүн окуган жеринен маалым кат берилсинби? Ага каттоо номери ыйгарылып, реестрге жазылат.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Берүү</translation>
    </message>
    <message>
        <source>The group has no studying students.</source>
        <translation>Группада окуп жаткан студент жок.</translation>
    </message>
    <message numerus="yes">
        <source>Issue study certificates to all %n studying student(s) of %1? Each gets a registration number and is entered in the register; the PDF files are written to a folder you choose.</source>
        <translation>
            <numerusform>%1 группасынын окуп жаткан бардык %n студентине маалым кат берилсинби? Ар бирине каттоо номери ыйгарылып, реестрге жазылат; PDF файлдары сиз тандаган папкага сакталат.</numerusform>
            <numerusform>%1 группасынын окуп жаткан бардык %n студентине маалым кат берилсинби? Ар бирине каттоо номери ыйгарылып, реестрге жазылат; PDF файлдары сиз тандаган папкага сакталат.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Маалым каттар үчүн папка</translation>
    </message>
    <message>
        <source>Issuing study certificates</source>
        <translation>Маалым каттар берилүүдө</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1.</source>
        <translation>
            <numerusform>%n маалым кат %1 папкасына жазылды.</numerusform>
            <numerusform>%n маалым кат %1 папкасына жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not issued:</source>
        <translation>Берилген жок:</translation>
    </message>
    <message>
        <source>Cancelled; the rest were not issued.</source>
        <translation>Токтотулду; калгандары берилген жок.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Choose an entry of the register first.</source>
        <translation>Адегенде реестрден жазууну тандаңыз.</translation>
    </message>
    <message>
        <source>Revoke %1 issued to %2? Its verification will answer &quot;revoked&quot; from now on. Reason:</source>
        <translation>%2 үчүн берилген %1 жокко чыгарылсынбы? Мындан ары текшерүү «жокко чыгарылган» деп жооп берет. Себеби:</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Чыныгы</translation>
    </message>
    <message>
        <source>No document with this code was issued.</source>
        <translation>Мындай коду бар документ берилген эмес.</translation>
    </message>
    <message>
        <source>This is not a valid code: check it for typing mistakes.</source>
        <translation>Бул туура код эмес: жазуудагы каталарды текшериңиз.</translation>
    </message>
    <message>
        <source>The document was issued but has been revoked.</source>
        <translation>Документ берилген, бирок жокко чыгарылган.</translation>
    </message>
    <message>
        <source>The register entry of this document was altered. Tell the system administrator at once.</source>
        <translation>Бул документтин реестрдеги жазуусу өзгөртүлгөн. Дароо системалык администраторго кабарлаңыз.</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Жараксыз</translation>
    </message>
    <message>
        <source>It certifies</source>
        <translation>Эмнени тастыктайт</translation>
    </message>
    <message>
        <source>Prepare and issue</source>
        <translation>Даярдоо жана берүү</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>Документтин &amp;тили:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Кайда берилет:</translation>
    </message>
    <message>
        <source>where the certificate is to be presented (empty: where required)</source>
        <translation>маалым кат кайда көрсөтүлөт (бош болсо: талап кылынган жерге)</translation>
    </message>
    <message>
        <source>Group list…</source>
        <translation>Группанын тизмеси…</translation>
    </message>
    <message>
        <source>The list of the group&apos;s students: preview, print, export</source>
        <translation>Группанын студенттеринин тизмеси: кароо, басып чыгаруу, экспорттоо</translation>
    </message>
    <message>
        <source>Sample order…</source>
        <translation>Буйруктун үлгүсү…</translation>
    </message>
    <message>
        <source>A draft order transferring the group to the next year of study</source>
        <translation>Группаны кийинки курска которуу жөнүндө буйруктун долбоору</translation>
    </message>
    <message>
        <source>Study certificate…</source>
        <translation>Маалым кат…</translation>
    </message>
    <message>
        <source>Issues an official study certificate to the chosen student (Enter or double-click in the list)</source>
        <translation>Тандалган студентке расмий маалым кат берет (тизмеде Enter же эки жолу басуу)</translation>
    </message>
    <message>
        <source>Certificates for the whole group…</source>
        <translation>Бүт группага маалым кат…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңылоо</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Жокко чыгаруу…</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>&amp;Текшерүү коду:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Текшерүү</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::EmployeeDialog</name>
    <message>
        <source>Position</source>
        <translation>Кызматы</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлүм</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Штаттык бирдик</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Сабак берет</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Качантан бери</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Чейин</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Өргүү</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аягы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Сыйлык</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Тексти</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>Буйруктун №</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Мазмуну</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Жаңы кызматкер</translation>
    </message>
    <message>
        <source>Employee card: %1</source>
        <translation>Кызматкердин карточкасы: %1</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <source>Last name (Russian)</source>
        <translation>Фамилиясы (орусча)</translation>
    </message>
    <message>
        <source>First name (Russian)</source>
        <translation>Аты (орусча)</translation>
    </message>
    <message>
        <source>Patronymic (Russian)</source>
        <translation>Атасынын аты (орусча)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Латын тамгалары менен аты-жөнү</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ЖИН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Билими</translation>
    </message>
    <message>
        <source>Academic degree</source>
        <translation>Илимий даражасы</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Илимий наамы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондук почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>14 digits: 1 (female) or 2 (male), the date of birth ddMMyyyy, 5 more digits</source>
        <translation>14 сан: 1 (аял) же 2 (эркек), туулган күнү ккаажжжж, дагы 5 сан</translation>
    </message>
    <message>
        <source>Taken from the PIN when left empty</source>
        <translation>Бош калса, ЖИНден алынат</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Жеке маалыматтар</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Кызматтар</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Өргүүлөр</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Сыйлыктар</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарыхы</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Жаңы группа</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>%1 группасы</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Адистик</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Form of study</source>
        <translation>Окуу түрү</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Окутуу тили</translation>
    </message>
    <message>
        <source>Year of admission</source>
        <translation>Кабыл алынган жылы</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>Группа башчы</translation>
    </message>
    <message>
        <source>State-funded places</source>
        <translation>Бюджеттик орундар</translation>
    </message>
    <message>
        <source>Contract places</source>
        <translation>Келишим боюнча орундар</translation>
    </message>
    <message>
        <source>e.g. ПИ-1-26</source>
        <translation>мисалы, ПИ-1-26</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::ImportPage</name>
    <message>
        <source>missing</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation>туура эмес маани</translation>
    </message>
    <message>
        <source>this PIN is already recorded</source>
        <translation>бул ЖИН буга чейин катталган</translation>
    </message>
    <message>
        <source>a student with this name and date of birth is already recorded</source>
        <translation>ушундай аты-жөнү жана туулган күнү бар студент буга чейин катталган</translation>
    </message>
    <message>
        <source>the same person appears earlier in the file</source>
        <translation>ушул эле адам файлда жогоруда да бар</translation>
    </message>
    <message>
        <source>Row of the file</source>
        <translation>Файлдын сабы</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Көйгөй</translation>
    </message>
    <message>
        <source>Import students</source>
        <translation>Студенттерди импорттоо</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt)</source>
        <translation>Таблицалар (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Import the rows without problems? Rows listed with problems are skipped.</source>
        <translation>Көйгөйсүз саптар импорттолсунбу? Көйгөйлүү саптар өткөрүлүп жиберилет.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттоо</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Файлды окуу мүмкүн эмес: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read. Check the mapping of the columns, then press Check.</source>
        <translation>
            <numerusform>%n сап окулду. Мамычалардын дал келишин текшерип, «Текшерүү» баскычын басыңыз.</numerusform>
            <numerusform>%n сап окулду. Мамычалардын дал келишин текшерип, «Текшерүү» баскычын басыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1-мамыча</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жок)</translation>
    </message>
    <message>
        <source>Import problems: %1</source>
        <translation>Импорттогу көйгөйлөр: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported.</source>
        <translation>
            <numerusform>%n студент импорттолду.</numerusform>
            <numerusform>%n студент импорттолду.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped because of problems.</source>
        <translation>
            <numerusform>Көйгөйлөрдөн улам %n сап өткөрүлүп жиберилди.</numerusform>
            <numerusform>Көйгөйлөрдөн улам %n сап өткөрүлүп жиберилди.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked.</source>
        <translation>
            <numerusform>%n сап текшерилди.</numerusform>
            <numerusform>%n сап текшерилди.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be skipped; nothing is imported until you press Import.</source>
        <translation>
            <numerusform>%n сапта көйгөй бар, алар өткөрүлүп жиберилет; «Импорттоо» баскычын баспаганча эч нерсе жазылбайт.</numerusform>
            <numerusform>%n сапта көйгөй бар, алар өткөрүлүп жиберилет; «Импорттоо» баскычын баспаганча эч нерсе жазылбайт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working… rows %1–%2 of %3</source>
        <translation>Иштеп жатат… %3 саптын %1–%2</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Файлды тандоо…</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>Биринчи сапта мамычалардын аттары</translation>
    </message>
    <message>
        <source>XLSX or CSV; one student per row.</source>
        <translation>XLSX же CSV; ар бир сапта бир студент.</translation>
    </message>
    <message>
        <source>Admission order no. and date:</source>
        <translation>Кабыл алуу буйругунун номери жана күнү:</translation>
    </message>
    <message>
        <source>for rows with a group</source>
        <translation>группасы көрсөтүлгөн саптар үчүн</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорттоо…</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Импорттогу көйгөйлөр</translation>
    </message>
    <message>
        <source>not found (no such group or SOATE code)</source>
        <translation>табылган жок (мындай группа же СОАТЕ коду жок)</translation>
    </message>
    <message>
        <source>the group is outside your faculty</source>
        <translation>группа сиздин факультетке кирбейт</translation>
    </message>
    <message>
        <source>Latin and Cyrillic letters mixed in one name</source>
        <translation>Бир аталышта латын жана кирилл тамгалары аралашкан</translation>
    </message>
    <message>
        <source>characters a name cannot have</source>
        <translation>аталышта болбошу керек болгон белгилер</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>өтө узун</translation>
    </message>
    <message>
        <source>a PIN has 14 digits</source>
        <translation>ЖИН 14 сандан турат</translation>
    </message>
    <message>
        <source>a PIN has digits only</source>
        <translation>ЖИНде сандар гана болот</translation>
    </message>
    <message>
        <source>the first digit of the PIN does not match the sex (1 female, 2 male)</source>
        <translation>ЖИНдин биринчи саны жынысына дал келбейт (1 аял, 2 эркек)</translation>
    </message>
    <message>
        <source>the PIN&apos;s digits 2–9 are not the date of birth</source>
        <translation>ЖИНдин 2–9-сандары туулган күнү эмес</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::MyCardScreen</name>
    <message>
        <source>Whose card</source>
        <translation>Кимдин карточкасы</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::OrderEditor</name>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>%1-сап (%2): %3</translation>
    </message>
    <message>
        <source>The draft is saved.</source>
        <translation>Долбоор сакталды.</translation>
    </message>
    <message>
        <source>Save the draft first.</source>
        <translation>Адегенде долбоорду сактаңыз.</translation>
    </message>
    <message>
        <source>Sign the order</source>
        <translation>Буйрукка кол коюу</translation>
    </message>
    <message numerus="yes">
        <source>Sign order no. %1? It is applied to all %n student(s) at once and can then be undone only by cancelling it with the vice-rector&apos;s approval.</source>
        <translation>
            <numerusform>№ %1 буйрукка кол коюлсунбу? Ал бардык %n студентке бир учурда колдонулат; андан кийин аны проректордун макулдугу менен жокко чыгаруу аркылуу гана артка кайтарууга болот.</numerusform>
            <numerusform>№ %1 буйрукка кол коюлсунбу? Ал бардык %n студентке бир учурда колдонулат; андан кийин аны проректордун макулдугу менен жокко чыгаруу аркылуу гана артка кайтарууга болот.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Кол коюу</translation>
    </message>
    <message>
        <source>The order is signed and applied.</source>
        <translation>Буйрукка кол коюлуп, колдонулду.</translation>
    </message>
    <message>
        <source>Print the order</source>
        <translation>Буйрукту басып чыгаруу</translation>
    </message>
    <message>
        <source>Order no. %1</source>
        <translation>№ %1 буйрук</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Жаңы буйрук</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>Буйруктун түрү</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негиздеме</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Кол койгон</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>Кол коюучунун кызматы</translation>
    </message>
    <message>
        <source>empty: from the kind of order</source>
        <translation>бош болсо: буйруктун түрүнөн</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>To group</source>
        <translation>Кайсы группага</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Окуу акысы</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>From (dd.mm.yyyy)</source>
        <translation>Башталышы (кк.аа.жжжж)</translation>
    </message>
    <message>
        <source>To (dd.mm.yyyy)</source>
        <translation>Аягы (кк.аа.жжжж)</translation>
    </message>
    <message>
        <source>New last name</source>
        <translation>Жаңы фамилиясы</translation>
    </message>
    <message>
        <source>New first name</source>
        <translation>Жаңы аты</translation>
    </message>
    <message>
        <source>New patronymic</source>
        <translation>Жаңы атасынын аты</translation>
    </message>
    <message>
        <source>Find a student: name, PIN or group…</source>
        <translation>Студентти издөө: аты-жөнү, ЖИН же группа…</translation>
    </message>
    <message>
        <source>Add to the order</source>
        <translation>Буйрукка кошуу</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Сапты өчүрүү</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Абалы: %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Долбоорду сактоо</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Кол коюу…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::OrgScreen</name>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation>Кыргызча аталышы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орусча аталышы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Англисче аталышы</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Жогорку бөлүк</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Жаңы бөлүк</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>Өзгөртүүнү бул компьютерде сактоо мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Бөлүктү оңдоо</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Бөлүктү өчүрүү</translation>
    </message>
    <message>
        <source>This unit has not reached the server yet.</source>
        <translation>Бул бөлүк серверге азырынча жете элек.</translation>
    </message>
    <message>
        <source>Deleting &quot;%1 — %2&quot; needs the approval of the vice-rector for academic affairs. Why should it be deleted?</source>
        <translation>«%1 — %2» бөлүгүн өчүрүү үчүн окуу иштери боюнча проректордун макулдугу керек. Эмне үчүн өчүрүү керек?</translation>
    </message>
    <message>
        <source>Request no. %1 to delete the unit was sent to the vice-rector for approval. The unit stays until it is approved.</source>
        <translation>Бөлүктү өчүрүү боюнча №%1 суроо-талап проректорго макулдукка жөнөтүлдү. Бекитилгенге чейин бөлүк сакталат.</translation>
    </message>
    <message>
        <source>Faculties, colleges, departments and offices. Changes are saved on this computer first and sent to the server; they work offline too.</source>
        <translation>Факультеттер, колледждер, кафедралар жана бөлүмдөр. Өзгөртүүлөр адегенде бул компьютерде сакталып, андан кийин серверге жөнөтүлөт; туташуу жок болсо да иштейт.</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>Жаңы бөлүк…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Оңдоо…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Өчүрүү…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңылоо</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::ProfileScreen</name>
    <message>
        <source>Saved on the server.</source>
        <translation>Серверде сакталды.</translation>
    </message>
    <message>
        <source>Your earlier change conflicts with a change on the server. Resolve it in the conflicts view.</source>
        <translation>Сиздин мурунку өзгөртүүңүз сервердеги өзгөртүү менен карама-каршы келди. Аны «Карама-каршылыктар» бөлүгүндө чечиңиз.</translation>
    </message>
    <message>
        <source>Saved on this computer; it will be sent to the server.</source>
        <translation>Бул компьютерде сакталды; серверге жөнөтүлөт.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Сүрөт жок</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation>Бул файл окула турган сүрөт эмес.</translation>
    </message>
    <message>
        <source>The picture is too large even after compression.</source>
        <translation>Сүрөт кысылгандан кийин да өтө чоң.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Сүрөт тандоо</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Сүрөттөр (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Use digits, spaces and dashes, e.g. +996 555 123456.</source>
        <translation>Сандарды, боштуктарды жана сызыкчаларды колдонуңуз, мисалы +996 555 123456.</translation>
    </message>
    <message>
        <source>Enter an address like name@example.kg.</source>
        <translation>name@example.kg сыяктуу дарек жазыңыз.</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>Өзгөртүүнү бул компьютерде сактоо мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондук почта</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Сүрөт</translation>
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
        <translation>Сүрөт тандоо…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Сүрөттү алып салуу</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Кайтаруу</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::ReportsPage</name>
    <message>
        <source>year %1</source>
        <translation>%1-курс</translation>
    </message>
    <message>
        <source>Order, reason</source>
        <translation>Буйрук, себеби</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенттер</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Аял</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Эркек</translation>
    </message>
    <message>
        <source>Admitted %1, expelled %2, transferred %3, on leave %4, returned %5, reinstated %6, graduated %7.</source>
        <translation>Кабыл алынды %1, чыгарылды %2, которулду %3, өргүүгө чыкты %4, өргүүдөн кайтты %5, калыбына келтирилди %6, бүтүрдү %7.</translation>
    </message>
    <message>
        <source>Total: %1 students (state-funded %2, contract %3).</source>
        <translation>Бардыгы: %1 студент (бюджет %2, келишим %3).</translation>
    </message>
    <message>
        <source>By faculty</source>
        <translation>Факультеттер боюнча</translation>
    </message>
    <message>
        <source>By specialty</source>
        <translation>Адистиктер боюнча</translation>
    </message>
    <message>
        <source>By year of study</source>
        <translation>Курстар боюнча</translation>
    </message>
    <message>
        <source>By form of study</source>
        <translation>Окуу түрлөрү боюнча</translation>
    </message>
    <message>
        <source>By funding</source>
        <translation>Окуу акысы боюнча</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>Жашы боюнча</translation>
    </message>
    <message>
        <source>By nationality</source>
        <translation>Улуту боюнча</translation>
    </message>
    <message>
        <source>Movement for a period</source>
        <translation>Мезгил ичиндеги кыймыл</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Башталышы:</translation>
    </message>
    <message>
        <source>&amp;On date:</source>
        <translation>&amp;Күнгө карата:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Аягы:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсөтүү</translation>
    </message>
    <message>
        <source>Contingent: %1</source>
        <translation>Контингент: %1</translation>
    </message>
    <message>
        <source>Ministry return…</source>
        <translation>Министрликке маалымат…</translation>
    </message>
    <message>
        <source>The contingent return for the Ministry: by specialty, form and year; print, or export as XML or Excel</source>
        <translation>Министрликке контингент боюнча маалымат: адистик, окуу түрү жана курс боюнча; басып чыгаруу же XML, Excel форматында экспорттоо</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::StaffHrScreen</name>
    <message>
        <source>Last name</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ЖИН</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Кызматтар</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Штаттык бирдик</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Даражасы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Окутуучу</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>Өргүүдө</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Кызматкерлер</translation>
    </message>
    <message>
        <source>Employee card</source>
        <translation>Кызматкердин карточкасы</translation>
    </message>
    <message>
        <source>Staff order</source>
        <translation>Кызматкерлер боюнча буйрук</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Буйрукту жокко чыгаруу</translation>
    </message>
    <message>
        <source>Why is order No. %1 cancelled? A signed order is cancelled when the vice-rector approves; its changes are then undone.</source>
        <translation>№ %1 буйрук эмне үчүн жокко чыгарылат? Кол коюлган буйрук проректор макулдашкандан кийин жокко чыгарылат; анын өзгөртүүлөрү артка кайтарылат.</translation>
    </message>
    <message>
        <source>Why is order No. %1 cancelled?</source>
        <translation>№ %1 буйрук эмне үчүн жокко чыгарылат?</translation>
    </message>
    <message>
        <source>The request was sent to the vice-rector for approval.</source>
        <translation>Суроо-талап проректорго макулдашууга жөнөтүлдү.</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлүм</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>Өргүүнүн түрү</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аягы</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Штаттык бирдиктер</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Окутуучулар</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Аялдар</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Эркектер</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %n employee(s), %2 rate(s)</source>
        <translation>
            <numerusform>%1 карата: %n кызматкер, %2 штаттык бирдик</numerusform>
            <numerusform>%1 карата: %n кызматкер, %2 штаттык бирдик</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff orders</source>
        <translation>Кызматкерлер боюнча буйруктар</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңылоо</translation>
    </message>
    <message>
        <source>New employee…</source>
        <translation>Жаңы кызматкер…</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Карточканы ачуу</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>Бошотулгандарды көрсөтүү</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Жаңы буйрук…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Буйрукту жокко чыгаруу…</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Түзүү</translation>
    </message>
    <message>
        <source>Export as…</source>
        <translation>Башка форматта сактоо…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %n employee(s), %2 rate(s), %3 women, %4 men</source>
        <translation>
            <numerusform>%1 карата: %n кызматкер, %2 штаттык бирдик, %3 аял, %4 эркек</numerusform>
            <numerusform>%1 карата: %n кызматкер, %2 штаттык бирдик, %3 аял, %4 эркек</numerusform>
        </translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Илимий наамы</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::StaffOrderDialog</name>
    <message>
        <source>Line %1: %2</source>
        <translation>%1-сап: %2</translation>
    </message>
    <message>
        <source>The draft is saved.</source>
        <translation>Долбоор сакталды.</translation>
    </message>
    <message>
        <source>New staff order</source>
        <translation>Кызматкерлер боюнча жаңы буйрук</translation>
    </message>
    <message>
        <source>Staff order No. %1 (%2)</source>
        <translation>Кызматкерлер боюнча № %1 буйрук (%2)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негиздеме</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <source>From position</source>
        <translation>Мурунку кызматы</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлүм</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Кызматы</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Штаттык бирдик</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Сабак берет</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>Өргүүнүн түрү</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аягы</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Сыйлык</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Тексти</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Add employee</source>
        <translation>Кызматкерди кошуу</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Сапты өчүрүү</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Долбоорду сактоо</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Кол коюу</translation>
    </message>
    <message>
        <source>Signs the order: its changes apply to the employees at once</source>
        <translation>Буйрукка кол коёт: анын өзгөртүүлөрү кызматкерлерге дароо колдонулат</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::StudentCardDialog</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Size, KiB</source>
        <translation>Көлөмү, КиБ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Кошулган</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>Буйруктун №</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Буйрук</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Эмне өзгөрдү</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Кайталанышы мүмкүн</translation>
    </message>
    <message>
        <source>A student with the same name and date of birth is already recorded:
%1
Save this card anyway?</source>
        <translation>Ушундай аты-жөнү жана туулган күнү бар студент буга чейин катталган:
%1
Баары бир бул карточка сакталсынбы?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Баары бир сактоо</translation>
    </message>
    <message>
        <source>Add to the personal file</source>
        <translation>Жеке делого кошуу</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Сканерленген документтер (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The file cannot be read or is larger than 640 KiB: %1</source>
        <translation>Файлды окуу мүмкүн эмес же ал 640 КиБдан чоң: %1</translation>
    </message>
    <message>
        <source>Personal file</source>
        <translation>Жеке дело</translation>
    </message>
    <message>
        <source>Student&apos;s card: %1</source>
        <translation>Студенттин карточкасы: %1</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>Жаңы студент</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Жеке маалыматтар</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Ата-энелер</translation>
    </message>
    <message>
        <source>Record of orders</source>
        <translation>Буйруктардын тарыхы</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <source>Last name (Russian spelling)</source>
        <translation>Фамилиясы (орусча жазылышы)</translation>
    </message>
    <message>
        <source>First name (Russian spelling)</source>
        <translation>Аты (орусча жазылышы)</translation>
    </message>
    <message>
        <source>Patronymic (Russian spelling)</source>
        <translation>Атасынын аты (орусча жазылышы)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Латын тамгалары менен аты-жөнү</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ЖИН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Улуту</translation>
    </message>
    <message>
        <source>Citizenship (KG, KZ, …)</source>
        <translation>Жарандыгы (KG, KZ, …)</translation>
    </message>
    <message>
        <source>Passport series</source>
        <translation>Паспорттун сериясы</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Паспорттун номери</translation>
    </message>
    <message>
        <source>Passport issued by</source>
        <translation>Паспортту берген мекеме</translation>
    </message>
    <message>
        <source>Passport issued on</source>
        <translation>Паспорт берилген күн</translation>
    </message>
    <message>
        <source>SOATE code of the address</source>
        <translation>Даректин СОАТЕ коду</translation>
    </message>
    <message>
        <source>Street, house, flat</source>
        <translation>Көчө, үй, батир</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондук почта</translation>
    </message>
    <message>
        <source>Prior education</source>
        <translation>Мурунку билими</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Жеңилдиктер</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Окуу акысы</translation>
    </message>
    <message>
        <source>empty: made from the Kyrgyz spelling</source>
        <translation>бош болсо: кыргызча жазылышынан түзүлөт</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 сан</translation>
    </message>
    <message>
        <source>female</source>
        <translation>аял</translation>
    </message>
    <message>
        <source>male</source>
        <translation>эркек</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Тууганчылыгы</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Add a scan…</source>
        <translation>Скан кошуу…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Personal file: %1</source>
        <translation>Жеке дело: %1</translation>
    </message>
    <message>
        <source>Record of orders: %1</source>
        <translation>Буйруктардын тарыхы: %1</translation>
    </message>
    <message>
        <source>Status: %1. Group: %2. Funding: %3. These change only by orders.</source>
        <translation>Абалы: %1. Группасы: %2. Окуу акысы: %3. Булар буйрук менен гана өзгөрөт.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>A new card is not yet in any group: admission is an order.</source>
        <translation>Жаңы карточка азырынча эч бир группада эмес: кабыл алуу буйрук менен болот.</translation>
    </message>
    <message>
        <source>type a place name or the code</source>
        <translation>жердин атын же кодун жазыңыз</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Сүрөттөр (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>This is not an image: %1</source>
        <translation>Бул сүрөт эмес: %1</translation>
    </message>
    <message>
        <source>Delete the card</source>
        <translation>Карточканы өчүрүү</translation>
    </message>
    <message>
        <source>Delete this card (entered by mistake)? A card with signed orders cannot be deleted; the vice-rector approves the deletion. Reason:</source>
        <translation>Бул карточка өчүрүлсүнбү (жаңылыш киргизилген)? Кол коюлган буйруктары бар карточканы өчүрүүгө болбойт; өчүрүүнү проректор бекитет. Себеби:</translation>
    </message>
    <message>
        <source>The request to delete the card is sent to the vice-rector.</source>
        <translation>Карточканы өчүрүү боюнча суроо-талап проректорго жөнөтүлдү.</translation>
    </message>
    <message>
        <source>Delete card…</source>
        <translation>Карточканы өчүрүү…</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Сүрөт…</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>сүрөт жок</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::StudentHrScreen</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ЖИН</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Окуу акысы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенттер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Signed in the system by</source>
        <translation>Системада кол койгон</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>Жокко чыгаруунун себеби</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Эмне болот</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Издөө: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2 карата</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… дагы %n.</numerusform>
            <numerusform>… дагы %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Student orders</source>
        <translation>Студенттер боюнча буйруктар</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Буйрукту жокко чыгаруу</translation>
    </message>
    <message>
        <source>Order no. %1 is signed: cancelling it reverses what it did and needs the vice-rector&apos;s approval. Reason:</source>
        <translation>№ %1 буйрукка кол коюлган: аны жокко чыгаруу анын натыйжаларын артка кайтарат жана проректордун макулдугун талап кылат. Себеби:</translation>
    </message>
    <message>
        <source>Cancel the draft no. %1? Reason:</source>
        <translation>№ %1 долбоор жокко чыгарылсынбы? Себеби:</translation>
    </message>
    <message>
        <source>The request is sent to the vice-rector for approval.</source>
        <translation>Суроо-талап проректорго макулдашууга жөнөтүлдү.</translation>
    </message>
    <message>
        <source>year %1 → %2</source>
        <translation>%1-курс → %2-курс</translation>
    </message>
    <message>
        <source>graduates</source>
        <translation>бүтүрөт</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>өткөрүлүп жиберилди: %1</translation>
    </message>
    <message>
        <source>New academic year: preview</source>
        <translation>Жаңы окуу жылы: алдын ала кароо</translation>
    </message>
    <message>
        <source>Rolling forward promotes %1 student(s) to the next year and graduates %2, by two signed orders.</source>
        <translation>Которуу %1 студентти кийинки курска өткөрөт жана %2 студентти бүтүрөт — кол коюлган эки буйрук менен.</translation>
    </message>
    <message>
        <source>New academic year</source>
        <translation>Жаңы окуу жылы</translation>
    </message>
    <message>
        <source>Number of the promotion order (the graduation order gets the same number with &quot;-Б&quot;):</source>
        <translation>Кийинки курска которуу буйругунун номери (бүтүрүү буйругу ошол эле номерди «-Б» менен алат):</translation>
    </message>
    <message>
        <source>Done: %1 student(s) promoted, %2 graduated.</source>
        <translation>Бүттү: %1 студент которулду, %2 бүтүрдү.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Буйруктар</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттоо</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>Search all students: name in any spelling, PIN, group…</source>
        <translation>Бардык студенттерден издөө: аты-жөнү ар кандай жазылышта, ЖИН, группа…</translation>
    </message>
    <message>
        <source>&amp;On date:</source>
        <translation>&amp;Күнгө карата:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсөтүү</translation>
    </message>
    <message>
        <source>The group as it was at the end of that day, rebuilt from the signed orders</source>
        <translation>Ошол күндүн аягындагы группанын абалы, кол коюлган буйруктардан калыбына келтирилет</translation>
    </message>
    <message>
        <source>New student…</source>
        <translation>Жаңы студент…</translation>
    </message>
    <message>
        <source>Open card…</source>
        <translation>Карточканы ачуу…</translation>
    </message>
    <message>
        <source>Order for the selected…</source>
        <translation>Тандалгандарга буйрук…</translation>
    </message>
    <message>
        <source>A new order with the selected students</source>
        <translation>Тандалган студенттер менен жаңы буйрук</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Бардык буйруктар</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Жаңы буйрук…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ачуу…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Жокко чыгаруу…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала кароо</translation>
    </message>
    <message>
        <source>Roll forward…</source>
        <translation>Кийинки жылга которуу…</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Жаңы группа…</translation>
    </message>
    <message>
        <source>Group, curator, leader…</source>
        <translation>Группа, куратор, группа башчы…</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::StudyTerms</name>
    <message>
        <source>not yet admitted</source>
        <translation>азырынча кабыл алына элек</translation>
    </message>
    <message>
        <source>studying</source>
        <translation>окуйт</translation>
    </message>
    <message>
        <source>on academic leave</source>
        <translation>академиялык өргүүдө</translation>
    </message>
    <message>
        <source>expelled</source>
        <translation>чыгарылган</translation>
    </message>
    <message>
        <source>graduated</source>
        <translation>бүтүргөн</translation>
    </message>
    <message>
        <source>state-funded</source>
        <translation>бюджет</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>келишим</translation>
    </message>
    <message>
        <source>full-time</source>
        <translation>күндүзгү</translation>
    </message>
    <message>
        <source>extramural</source>
        <translation>сырттан</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>аралыктан</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>кечки</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Кабыл алуу</translation>
    </message>
    <message>
        <source>Promotion to the next year</source>
        <translation>Кийинки курска которуу</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Которуу</translation>
    </message>
    <message>
        <source>Academic leave</source>
        <translation>Академиялык өргүү</translation>
    </message>
    <message>
        <source>Return from academic leave</source>
        <translation>Академиялык өргүүдөн кайтуу</translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation>Окуудан чыгаруу</translation>
    </message>
    <message>
        <source>Reinstatement</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Бүтүрүү</translation>
    </message>
    <message>
        <source>Change of name</source>
        <translation>Аты-жөнүн өзгөртүү</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>долбоор</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>кол коюлган</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>жокко чыгарылган</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::UnitDialog</name>
    <message>
        <source>New unit</source>
        <translation>Жаңы бөлүк</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>%1 бөлүгүн оңдоо</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Жогорку бөлүк</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation>Кыргызча аталышы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орусча аталышы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Англисче аталышы</translation>
    </message>
    <message>
        <source>(none — top level)</source>
        <translation>(жок — эң жогорку деңгээл)</translation>
    </message>
    <message>
        <source>short code, e.g. FMI or FMI-INF</source>
        <translation>кыска код, мисалы FMI же FMI-INF</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::UsersScreen</name>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ролдор</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Өчүрүлгөн</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Иштеп жатат</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Эсептик жазууну күйгүзүү</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Эсептик жазууну өчүрүү</translation>
    </message>
    <message>
        <source>Disable the account of %1? All their sessions end at once.</source>
        <translation>%1 эсептик жазуусун өчүрөсүзбү? Анын бардык сеанстары дароо бүтөт.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Колдонуучулар</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңылоо</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::AboutDialog</name>
    <message>
        <source>About eBilim</source>
        <translation>eBilim жөнүндө</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>туташкан эмес</translation>
    </message>
    <message>
        <source>&lt;h2&gt;eBilim %1&lt;/h2&gt;&lt;p&gt;Information system of the university: students, staff, curricula, teaching load, grade sheets, timetable, cashier, admissions — entered once, used everywhere.&lt;/p&gt;&lt;p&gt;Protocol %2.%3. Qt %4.&lt;/p&gt;&lt;p&gt;Server: %5 %6&lt;br&gt;Certificate (SHA-256): &lt;small&gt;%7&lt;/small&gt;&lt;/p&gt;&lt;p&gt;Licence: see the LICENSE file shipped with the program.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;eBilim %1&lt;/h2&gt;&lt;p&gt;Университеттин маалыматтык системасы: студенттер, кызматкерлер, окуу пландары, окуу жүктөмү, ведомосттор, сабактардын ырааттамасы, касса, кабыл алуу — бир жолу киргизилет, бардык жерде колдонулат.&lt;/p&gt;&lt;p&gt;Протокол %2.%3. Qt %4.&lt;/p&gt;&lt;p&gt;Сервер: %5 %6&lt;br&gt;Сертификат (SHA-256): &lt;small&gt;%7&lt;/small&gt;&lt;/p&gt;&lt;p&gt;Лицензия: программа менен кошо берилген LICENSE файлын караңыз.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::ConflictsView</name>
    <message>
        <source>Mine</source>
        <translation>Меники</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Сервердеги</translation>
    </message>
    <message>
        <source>These changes were made while the record was also changed by someone else. For each one, keep your version, take the version on the server, or choose field by field and merge.</source>
        <translation>Бул өзгөртүүлөр жасалып жатканда жазууну башка бирөө да өзгөрткөн. Ар бири үчүн өз вариантыңызды калтырыңыз, сервердеги вариантты алыңыз же талаа боюнча тандап бириктириңиз.</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Жазуунун түрү</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Менин вариантым</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Сервердеги вариант</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Меникин калтыруу</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Сервердегисин алуу</translation>
    </message>
    <message>
        <source>Merge chosen fields</source>
        <translation>Тандалган талааларды бириктирүү</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::DataTableView</name>
    <message>
        <source>Search…</source>
        <translation>Издөө…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Чыпка</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Мамычалар</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Көрсөтүлө турган мамычаларды тандаңыз</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттоо</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып чыгаруу</translation>
    </message>
    <message>
        <source>Print preview of the visible table</source>
        <translation>Көрүнгөн таблицаны басып чыгаруудан мурун көрүү</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Бардык мамычалар</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n сап</numerusform>
            <numerusform>%n сап</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <extracomment>%1 rows shown after filtering, %2 rows in total</extracomment>
        <translation>%2 саптын %1</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>издөө: %1</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тизме</translation>
    </message>
    <message>
        <source>Export the visible rows and columns: Excel, Word, PDF, HTML, XML, TXT or CSV</source>
        <translation>Көрүнгөн саптарды жана мамычаларды экспорттоо: Excel, Word, PDF, HTML, XML, TXT же CSV</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::ErrorText</name>
    <message>
        <source>This field is required.</source>
        <translation>Бул талааны толтуруу милдеттүү.</translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n character(s).</source>
        <translation>
            <numerusform>Өтө узун: эң көп дегенде %n белги.</numerusform>
            <numerusform>Өтө узун: эң көп дегенде %n белги.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Өтө узун.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s).</source>
        <translation>
            <numerusform>Өтө кыска: жок дегенде %n белги.</numerusform>
            <numerusform>Өтө кыска: жок дегенде %n белги.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too short.</source>
        <translation>Өтө кыска.</translation>
    </message>
    <message>
        <source>The value is out of the allowed range.</source>
        <translation>Маани уруксат берилген чектен тышкары.</translation>
    </message>
    <message>
        <source>The value has a wrong format.</source>
        <translation>Маанинин форматы туура эмес.</translation>
    </message>
    <message>
        <source>The value has a wrong type.</source>
        <translation>Маанинин түрү туура эмес.</translation>
    </message>
    <message>
        <source>The referenced record does not exist.</source>
        <translation>Шилтеме берилген жазуу жок.</translation>
    </message>
    <message>
        <source>This kind of unit is not allowed under the chosen parent.</source>
        <extracomment>An org unit of this kind cannot be placed under the chosen parent unit.</extracomment>
        <translation>Мындай түрдөгү бөлүктү тандалган жогорку бөлүккө киргизүүгө болбойт.</translation>
    </message>
    <message>
        <source>A unit cannot be placed inside itself.</source>
        <translation>Бөлүктү өзүнүн ичине жайгаштырууга болбойт.</translation>
    </message>
    <message>
        <source>This value is already used.</source>
        <translation>Бул маани мурунтан колдонулууда.</translation>
    </message>
    <message>
        <source>The value is not accepted.</source>
        <translation>Маани кабыл алынган жок.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондук почта</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Жогорку бөлүк</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation>Кыргызча аталышы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орусча аталышы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Англисче аталышы</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Жазуунун версиясы</translation>
    </message>
    <message>
        <source>The data was not accepted. %1</source>
        <translation>Маалыматтар кабыл алынган жок. %1</translation>
    </message>
    <message>
        <source>Please check the field &quot;%1&quot;: %2</source>
        <extracomment>%1 is a field name, %2 what is wrong with it</extracomment>
        <translation>«%1» талаасын текшериңиз: %2</translation>
    </message>
    <message>
        <source>You do not have the right to do this. Ask the system administrator if you need it.</source>
        <translation>Сизде муну аткарууга укук жок. Керек болсо, системалык администраторго кайрылыңыз.</translation>
    </message>
    <message>
        <source>You are not signed in. Please sign in again.</source>
        <translation>Сиз системага кирген жоксуз. Кайра кириңиз.</translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Your version was kept so you can compare and merge it.</source>
        <translation>Ушул убакыттын ичинде бул жазууну башка бирөө өзгөрттү. Салыштырып, бириктире алышыңыз үчүн сиздин вариант сакталды.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Сеансыңыздын мөөнөтү бүттү. Кайра кириңиз.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Кирүүгө ийгиликсиз аракеттер өтө көп болду. %n мүнөттөн кийин кайра аракет кылыңыз.</numerusform>
            <numerusform>Кирүүгө ийгиликсиз аракеттер өтө көп болду. %n мүнөттөн кийин кайра аракет кылыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again later.</source>
        <translation>Кирүүгө ийгиликсиз аракеттер өтө көп болду. Кийинчерээк кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Колдонуучунун аты же сырсөз туура эмес.</translation>
    </message>
    <message>
        <source>This account is disabled. Contact the system administrator.</source>
        <translation>Бул эсептик жазуу өчүрүлгөн. Системалык администраторго кайрылыңыз.</translation>
    </message>
    <message>
        <source>A record with this value of &quot;%1&quot; already exists.</source>
        <translation>«%1» талаасы ушундай болгон жазуу мурунтан бар.</translation>
    </message>
    <message>
        <source>Such a record already exists.</source>
        <translation>Мындай жазуу мурунтан бар.</translation>
    </message>
    <message>
        <source>The record was not found. It may have been deleted.</source>
        <translation>Жазуу табылган жок. Балким, ал өчүрүлгөндүр.</translation>
    </message>
    <message>
        <source>This unit still has subordinate units. Move or delete them first.</source>
        <translation>Бул бөлүктүн ичинде дагы бөлүктөр бар. Адегенде аларды которуңуз же өчүрүңүз.</translation>
    </message>
    <message>
        <source>This record is still in use and cannot be removed.</source>
        <translation>Бул жазуу дагы эле колдонулууда, аны өчүрүүгө болбойт.</translation>
    </message>
    <message>
        <source>This cannot be done in the record&apos;s current state (it may already have been decided).</source>
        <translation>Жазуунун азыркы абалында муну аткарууга болбойт (балким, ал боюнча чечим мурунтан кабыл алынгандыр).</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>Сервер бош эмес. Бир аздан кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>This program version does not match the server. Please install the current version.</source>
        <translation>Программанын бул версиясы серверге туура келбейт. Учурдагы версиясын орнотуңуз.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The change may or may not have been saved; it will be retried.</source>
        <translation>Сервер өз убагында жооп берген жок. Өзгөртүү сакталган же сакталбаган болушу мүмкүн; ал кайра жөнөтүлөт.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. The request will be retried when the connection is back.</source>
        <translation>Сервер менен байланыш үзүлдү. Байланыш калыбына келгенде суроо-талап кайра жөнөтүлөт.</translation>
    </message>
    <message>
        <source>There is no connection to the server.</source>
        <translation>Сервер менен байланыш жок.</translation>
    </message>
    <message>
        <source>An unexpected error occurred (%1). Please tell the system administrator.</source>
        <extracomment>Fallback for internal or unknown errors; %1 is the technical error code</extracomment>
        <translation>Күтүлбөгөн ката кетти (%1). Системалык администраторго билдириңиз.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Учурдагы сырсөз</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңы сырсөз</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <source>Last name (Russian)</source>
        <translation>Фамилиясы (орусча)</translation>
    </message>
    <message>
        <source>First name (Russian)</source>
        <translation>Аты (орусча)</translation>
    </message>
    <message>
        <source>Patronymic (Russian)</source>
        <translation>Атасынын аты (орусча)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Латын тамгалары менен аты-жөнү</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ЖИН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Жарандыгы</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Улуту</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>SOATE code</source>
        <translation>СОАТЕ коду</translation>
    </message>
    <message>
        <source>Passport series</source>
        <translation>Паспорттун сериясы</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Паспорттун номери</translation>
    </message>
    <message>
        <source>Passport issued by</source>
        <translation>Паспортту берген мекеме</translation>
    </message>
    <message>
        <source>Passport issued on</source>
        <translation>Паспорт берилген күн</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Билими</translation>
    </message>
    <message>
        <source>Prior education</source>
        <translation>Мурунку билими</translation>
    </message>
    <message>
        <source>Academic degree</source>
        <translation>Илимий даражасы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Жеңилдиктер</translation>
    </message>
    <message>
        <source>Parents or guardians</source>
        <translation>Ата-энеси же камкорчулары</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Адистик</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>Группа башчы</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Year of entry</source>
        <translation>Окууга кирген жылы</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Окуу акысы</translation>
    </message>
    <message>
        <source>Form of study</source>
        <translation>Окуу түрү</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Окутуу тили</translation>
    </message>
    <message>
        <source>State-funded places</source>
        <translation>Бюджеттик орундар</translation>
    </message>
    <message>
        <source>Contract places</source>
        <translation>Келишим боюнча орундар</translation>
    </message>
    <message>
        <source>Number of the graduation order</source>
        <translation>Бүтүрүү буйругунун номери</translation>
    </message>
    <message>
        <source>Number of the promotion order</source>
        <translation>Кийинки курска которуу буйругунун номери</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Кайда берилет</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлүм</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Кызматы</translation>
    </message>
    <message>
        <source>From position</source>
        <translation>Мурунку кызматы</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Штаттык бирдик</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Сабак берет</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>Өргүүнүн түрү</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Буйруктун номери</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Буйруктун күнү</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негиздеме</translation>
    </message>
    <message>
        <source>Lines of the order</source>
        <translation>Буйруктун саптары</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аягы</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Кол койгон</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>Кол коюучунун кызматы</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Издөө тексти</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Файлдын мазмуну</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::LoginDialog</name>
    <message>
        <source>New server certificate</source>
        <translation>Сервердин жаңы сертификаты</translation>
    </message>
    <message>
        <source>This is the first connection to %1:%2 from this computer.

Its certificate fingerprint (SHA-256) is:
%3

Compare it with the fingerprint your system administrator gave you. Trust this server?</source>
        <translation>Бул компьютерден %1:%2 серверине биринчи жолу туташуу.

Анын сертификатынын манжа изи (SHA-256):
%3

Аны системалык администратор берген манжа изи менен салыштырыңыз. Бул серверге ишенесизби?</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Ишенүү жана туташуу</translation>
    </message>
    <message>
        <source>eBilim — sign in</source>
        <translation>eBilim — системага кирүү</translation>
    </message>
    <message>
        <source>Information system of the university</source>
        <translation>Университеттин маалыматтык системасы</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>host:port, e.g. ebilim.example.kg:7443</source>
        <translation>хост:порт, мисалы ebilim.example.kg:7443</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Колдонуучу:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>С&amp;ырсөз:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <source>Enter the server as host:port, for example ebilim.example.kg:7443.</source>
        <translation>Серверди хост:порт түрүндө жазыңыз, мисалы ebilim.example.kg:7443.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Колдонуучунун атын жана сырсөздү жазыңыз.</translation>
    </message>
    <message>
        <source>The list of trusted servers could not be read: %1</source>
        <translation>Ишенимдүү серверлердин тизмесин окуу мүмкүн болгон жок: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 серверине туташуу…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Системага кирүү…</translation>
    </message>
    <message>
        <source>The trusted server could not be saved: %1</source>
        <translation>Ишенимдүү серверди сактоо мүмкүн болгон жок: %1</translation>
    </message>
    <message>
        <source>The server was not trusted; no connection was made.</source>
        <translation>Серверге ишеним көрсөтүлгөн жок; туташуу болгон жок.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has CHANGED since you last connected. This may be an attack, so the connection was refused. Ask your system administrator before doing anything else.</source>
        <translation>Акыркы туташуудан бери сервердин сертификаты ӨЗГӨРДҮ. Бул чабуул болушу мүмкүн, ошондуктан туташуудан баш тартылды. Башка эч нерсе кылбастан мурун системалык администраторго кайрылыңыз.</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Сертификат өзгөрдү</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Check the address and the network. Offline sign-in is possible only after one online sign-in on this computer.</source>
        <translation>Серверге жетүү мүмкүн эмес (%1). Даректи жана тармакты текшериңиз. Туташпаган режимде кирүү бул компьютерде жок дегенде бир жолу онлайн киргенден кийин гана мүмкүн.</translation>
    </message>
    <message>
        <source>The local cache could not be opened (%1); working without it.</source>
        <translation>Жергиликтүү кэшти ачуу мүмкүн болгон жок (%1); аны колдонбой иштейбиз.</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keychain</source>
        <extracomment>Check box under the sign-in fields; the keychain is the operating system&apos;s password store.</extracomment>
        <translation>Сырсөздү ушул компьютердин &amp;сырсөз сактагычында эстеп калуу</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::MainWindow</name>
    <message>
        <source>The institution structure was changed (unit %1).</source>
        <translation>Окуу жайдын түзүмү өзгөрдү (бөлүк %1).</translation>
    </message>
    <message>
        <source>A user profile was changed.</source>
        <translation>Колдонуучунун жеке маалыматы өзгөрдү.</translation>
    </message>
    <message>
        <source>An approval request was created or decided (no. %1).</source>
        <translation>Макулдук суроо-талабы түзүлдү же чечилди (№%1).</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>Status bar: connected to the server</extracomment>
        <translation>Туташкан</translation>
    </message>
    <message>
        <source>Synchronizing</source>
        <extracomment>Status bar: sending queued edits to the server</extracomment>
        <translation>Шайкештештирүү</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Status bar: no connection; edits are kept on this computer</extracomment>
        <translation>Туташпаган</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 серверине туташкан</translation>
    </message>
    <message>
        <source>Not connected. Your edits are saved on this computer and sent when the connection is back.</source>
        <translation>Туташуу жок. Өзгөртүүлөрүңүз бул компьютерде сакталып, байланыш калыбына келгенде жөнөтүлөт.</translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation>Күтүүдөгү өзгөртүүлөр: %1</translation>
    </message>
    <message>
        <source>Edits saved on this computer and not yet accepted by the server</source>
        <translation>Бул компьютерде сакталып, сервер азырынча кабыл ала элек өзгөртүүлөр</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Карама-каршылыктар: %1</translation>
    </message>
    <message>
        <source>Open the conflicts view</source>
        <translation>Карама-каршылыктар бөлүгүн ачуу</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Билдирүүлөр (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Билдирүүлөр</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Кош келиңиз, %1</translation>
    </message>
    <message>
        <source>You are working offline. Lists show the data saved on this computer; your changes are kept and sent to the server when the connection is back.</source>
        <translation>Сиз туташпаган режимде иштеп жатасыз. Тизмелерде бул компьютерде сакталган маалыматтар көрсөтүлөт; өзгөртүүлөрүңүз сакталып, байланыш калыбына келгенде серверге жөнөтүлөт.</translation>
    </message>
    <message>
        <source>Choose a workspace on the left or below. Every list can be searched, sorted, filtered, exported and printed.</source>
        <translation>Сол жактан же төмөндөн иш бөлүгүн тандаңыз. Ар бир тизмеден издөөгө, аны иреттөөгө, чыпкалоого, экспорттоого жана басып чыгарууга болот.</translation>
    </message>
    <message>
        <source>eBilim — %1</source>
        <translation>eBilim — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Системадан &amp;чыгуу</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Өтмөктү &amp;жабуу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Программадан ч&amp;ыгуу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрүнүш</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тил</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Билдирүүлөр</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>Карама-&amp;каршылыктар</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <source>&amp;About eBilim</source>
        <translation>eBilim &amp;жөнүндө</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Башкы бет</translation>
    </message>
    <message>
        <source>A user account was changed.</source>
        <translation>Колдонуучунун эсеби өзгөртүлдү.</translation>
    </message>
    <message>
        <source>A student&apos;s card was changed.</source>
        <translation>Студенттин карточкасы өзгөртүлдү.</translation>
    </message>
    <message>
        <source>A group was changed.</source>
        <translation>Группа өзгөртүлдү.</translation>
    </message>
    <message>
        <source>A student order was saved, signed or cancelled.</source>
        <translation>Студенттер боюнча буйрук сакталды, кол коюлду же жокко чыгарылды.</translation>
    </message>
    <message>
        <source>An employee&apos;s card was changed.</source>
        <translation>Кызматкердин карточкасы өзгөртүлдү.</translation>
    </message>
    <message>
        <source>A staff order was saved, signed or cancelled.</source>
        <translation>Кызматкерлер боюнча буйрук сакталды, кол коюлду же жокко чыгарылды.</translation>
    </message>
    <message>
        <source>A document was issued or revoked.</source>
        <translation>Документ берилди же жараксыз деп табылды.</translation>
    </message>
    <message>
        <source>Data was changed on the server.</source>
        <translation>Сервердеги маалыматтар өзгөрдү.</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::Messages</name>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::ModuleCatalog</name>
    <message>
        <source>Administration</source>
        <extracomment>Navigator module: system administration (users, roles, backups, logs)</extracomment>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Institution structure</source>
        <translation>Окуу жайдын түзүмү</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>Navigator module: change requests that need the vice-rector&apos;s approval</extracomment>
        <translation>Макулдашуулар</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>Navigator module: the log of users&apos; actions</extracomment>
        <translation>Аракеттер журналы</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Staff HR office</source>
        <translation>Кызматкерлердин кадрлар бөлүмү</translation>
    </message>
    <message>
        <source>Student HR office</source>
        <translation>Студенттик кадрлар бөлүмү</translation>
    </message>
    <message>
        <source>Admissions committee</source>
        <translation>Кабыл алуу комиссиясы</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Окуу планы</translation>
    </message>
    <message>
        <source>Teaching load</source>
        <translation>Окуу жүктөмү</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Сабактардын ырааттамасы</translation>
    </message>
    <message>
        <source>Dean&apos;s office</source>
        <translation>Деканат</translation>
    </message>
    <message>
        <source>Department</source>
        <extracomment>Navigator module: an academic department (chair), Kyrgyz &quot;Кафедра&quot;
----------
Role: staff of an academic department (chair), Kyrgyz &quot;Кафедра&quot;
----------
Org unit kind: academic department (chair), Kyrgyz &quot;Кафедра&quot;</extracomment>
        <translation>Кафедра</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Колледж</translation>
    </message>
    <message>
        <source>Teacher&apos;s cabinet</source>
        <translation>Окутуучунун жеке кабинети</translation>
    </message>
    <message>
        <source>Curator&apos;s cabinet</source>
        <translation>Куратордун жеке кабинети</translation>
    </message>
    <message>
        <source>Student&apos;s cabinet</source>
        <translation>Студенттин жеке кабинети</translation>
    </message>
    <message>
        <source>Parent&apos;s cabinet</source>
        <translation>Ата-эненин кабинети</translation>
    </message>
    <message>
        <source>Applicant&apos;s cabinet</source>
        <translation>Абитуриенттин өздүк кабинети</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Жеке маалымат</translation>
    </message>
    <message>
        <source>Users, roles and access rights.</source>
        <translation>Колдонуучулар, ролдор жана кирүү укуктары.</translation>
    </message>
    <message>
        <source>Faculties, colleges, departments and offices of the university.</source>
        <translation>Университеттин факультеттери, колледждери, кафедралары жана бөлүмдөрү.</translation>
    </message>
    <message>
        <source>Deletions and drastic changes waiting for the vice-rector&apos;s decision.</source>
        <translation>Проректордун чечимин күтүп жаткан өчүрүүлөр жана кескин өзгөртүүлөр.</translation>
    </message>
    <message>
        <source>Who changed what and when.</source>
        <translation>Ким, эмнени жана качан өзгөрткөн.</translation>
    </message>
    <message>
        <source>Statistical forms and summary reports.</source>
        <translation>Статистикалык формалар жана жыйынтык отчеттор.</translation>
    </message>
    <message>
        <source>Tuition price list, payments and debts.</source>
        <translation>Окуу акысынын прейскуранты, төлөмдөр жана карыздар.</translation>
    </message>
    <message>
        <source>Personal cards of employees, hiring, transfers, leave and awards.</source>
        <translation>Кызматкерлердин өздүк карточкалары, жумушка кабыл алуу, которуу, эмгек өргүү жана сыйлыктар.</translation>
    </message>
    <message>
        <source>Groups, students&apos; records and orders from admission to graduation.</source>
        <translation>Группалар, студенттердин маалыматтары жана кабыл алуудан бүтүрүүгө чейинки буйруктар.</translation>
    </message>
    <message>
        <source>Applicants, applications, entrance exams and competition results.</source>
        <translation>Абитуриенттер, арыздар, кирүү экзамендери жана конкурстун жыйынтыктары.</translation>
    </message>
    <message>
        <source>Curricula of the credit and the linear systems, working plans.</source>
        <translation>Кредиттик жана сызыктуу системалардын окуу пландары, жумушчу пландар.</translation>
    </message>
    <message>
        <source>Teaching load of departments and teachers, calculated from the curricula.</source>
        <translation>Окуу пландарынан эсептелген кафедралардын жана окутуучулардын окуу жүктөмү.</translation>
    </message>
    <message>
        <source>Timetables by group, teacher and room, with conflict checks.</source>
        <translation>Группалар, окутуучулар жана аудиториялар боюнча ырааттама, дал келбестиктерди текшерүү менен.</translation>
    </message>
    <message>
        <source>Grade sheets, electronic journal, academic debts of the faculty.</source>
        <translation>Факультеттин ведомосттору, электрондук журналы, академиялык карыздары.</translation>
    </message>
    <message>
        <source>Teaching load and its execution by the department&apos;s teachers.</source>
        <translation>Кафедранын окутуучуларынын окуу жүктөмү жана анын аткарылышы.</translation>
    </message>
    <message>
        <source>Students, groups and records of the college.</source>
        <translation>Колледждин студенттери, группалары жана маалыматтары.</translation>
    </message>
    <message>
        <source>Own work plan, attendance journal, grade sheets and assignments.</source>
        <translation>Өздүк окуу планы, катышуу журналы, ведомосттор жана тапшырмалар.</translation>
    </message>
    <message>
        <source>Own groups: students&apos; data, progress and payments.</source>
        <translation>Өз группалары: студенттердин маалыматтары, жетишүүсү жана төлөмдөрү.</translation>
    </message>
    <message>
        <source>Grade book, transcript, timetable, assignments and requests.</source>
        <translation>Зачеттук китепче, транскрипт, ырааттама, тапшырмалар жана арыздар.</translation>
    </message>
    <message>
        <source>The child&apos;s progress, attendance and payments.</source>
        <translation>Баланын жетишүүсү, сабакка катышуусу жана төлөмдөрү.</translation>
    </message>
    <message>
        <source>Own application and competition results.</source>
        <translation>Өз арызы жана конкурстун жыйынтыктары.</translation>
    </message>
    <message>
        <source>Your phone, e-mail and photo.</source>
        <translation>Телефонуңуз, электрондук почтаңыз жана сүрөтүңүз.</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>Системалык администратор</translation>
    </message>
    <message>
        <source>Vice-rector for academic affairs</source>
        <translation>Окуу иштери боюнча проректор</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Бухгалтерия</translation>
    </message>
    <message>
        <source>Academic affairs office</source>
        <translation>Окуу бөлүмү</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Окутуучу</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ата-эне</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Абитуриент</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>Faculty</source>
        <translation>Факультет</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Бөлүм</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Карама-каршылыктар</translation>
    </message>
    <message>
        <source>Documents</source>
        <extracomment>Navigator module: printed and official documents (certificates, lists, orders), their register and verification</extracomment>
        <translation>Документтер</translation>
    </message>
    <message>
        <source>Study certificates, group lists and orders; the register of issued papers and their verification.</source>
        <translation>Маалым каттар, группалардын тизмелери жана буйруктар; берилген документтердин реестри жана аларды текшерүү.</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::Navigator</name>
    <message>
        <source>Workspaces</source>
        <translation>Иш бөлүктөрү</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Жеке</translation>
    </message>
    <message>
        <source>Your offline edits that clash with changes on the server</source>
        <translation>Туташуусуз жасалып, сервердеги өзгөртүүлөр менен карама-каршы келген өзгөртүүлөрүңүз</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::PlaceholderPage</name>
    <message>
        <source>This workspace comes in a later release of eBilim. Your access to it is already set up: it will appear here as soon as it is ready.</source>
        <translation>Бул иш бөлүгү eBilimдин кийинки чыгарылышында болот. Сизге ага кирүү укугу мурунтан берилген: ал даяр болоор замат ушул жерде пайда болот.</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::TableProxyModel</name>
    <message>
        <source>Conflict: someone else changed this record. Open the conflicts view to resolve it.</source>
        <translation>Карама-каршылык: бул жазууну башка бирөө өзгөрттү. Чечүү үчүн «Карама-каршылыктар» бөлүгүн ачыңыз.</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>Сервер бул өзгөртүүнү кабыл алган жок: %1</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to be sent to the server.</source>
        <translation>Бул компьютерде сакталды; серверге жөнөтүлүүнү күтүүдө.</translation>
    </message>
</context>
<context>
    <name>StaffTerms</name>
    <message>
        <source>Hiring</source>
        <translation>Ишке кабыл алуу</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Которуу</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Өргүү</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Сыйлык</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Иштен бошотуу</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Кол коюлган</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылган</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>Жыл сайынкы өргүү</translation>
    </message>
    <message>
        <source>Study leave</source>
        <translation>Окуу өргүүсү</translation>
    </message>
    <message>
        <source>Maternity leave</source>
        <translation>Кош бойлуулук жана төрөт боюнча өргүү</translation>
    </message>
    <message>
        <source>Unpaid leave</source>
        <translation>Акы төлөнбөгөн өргүү</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Оорулуу боюнча өргүү</translation>
    </message>
    <message>
        <source>Candidate of sciences</source>
        <translation>Илимдин кандидаты</translation>
    </message>
    <message>
        <source>Doctor of sciences</source>
        <translation>Илимдин доктору</translation>
    </message>
    <message>
        <source>PhD</source>
        <translation>PhD</translation>
    </message>
    <message>
        <source>No degree</source>
        <translation>Даражасы жок</translation>
    </message>
    <message>
        <source>Docent</source>
        <translation>Доцент</translation>
    </message>
    <message>
        <source>Professor</source>
        <translation>Профессор</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>Наамы жок</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Иштейт</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Бошотулган</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Аял</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Эркек</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>30 жашка чейин</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 жана андан улуу</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>белгисиз</translation>
    </message>
    <message>
        <source>Staff by unit</source>
        <translation>Кызматкерлер бөлүмдөр боюнча</translation>
    </message>
    <message>
        <source>Staff by academic degree</source>
        <translation>Кызматкерлер илимий даражасы боюнча</translation>
    </message>
    <message>
        <source>Staff by academic title</source>
        <translation>Кызматкерлер илимий наамы боюнча</translation>
    </message>
    <message>
        <source>Age structure of the staff</source>
        <translation>Кызматкерлердин жаш курагы боюнча түзүмү</translation>
    </message>
    <message>
        <source>Employees on leave</source>
        <translation>Өргүүдөгү кызматкерлер</translation>
    </message>
    <message>
        <source>A PIN has exactly 14 digits.</source>
        <translation>ЖИН так 14 сандан турат.</translation>
    </message>
    <message>
        <source>A PIN has only digits.</source>
        <translation>ЖИНде сандар гана болот.</translation>
    </message>
    <message>
        <source>A PIN starts with 1 (female) or 2 (male).</source>
        <translation>ЖИН 1 (аял) же 2 (эркек) менен башталат.</translation>
    </message>
    <message>
        <source>Digits 2 to 9 of the PIN are not a date (ddMMyyyy).</source>
        <translation>ЖИНдин 2–9-сандары күн эмес (ккаажжжж).</translation>
    </message>
    <message>
        <source>The first digit of the PIN does not match the gender.</source>
        <translation>ЖИНдин биринчи саны жынысына дал келбейт.</translation>
    </message>
    <message>
        <source>The date of birth does not match the PIN.</source>
        <translation>Туулган күнү ЖИН менен дал келбейт.</translation>
    </message>
    <message>
        <source>The employee is already on leave at that time.</source>
        <translation>Кызматкер ошол убакта өргүүдө.</translation>
    </message>
    <message>
        <source>The employee is dismissed.</source>
        <translation>Кызматкер иштен бошотулган.</translation>
    </message>
    <message>
        <source>The employee already holds this position.</source>
        <translation>Кызматкер бул кызматты буга чейин эле ээлейт.</translation>
    </message>
    <message>
        <source>The employee no longer holds that position.</source>
        <translation>Кызматкер ал кызматты мындан ары ээлебейт.</translation>
    </message>
    <message>
        <source>The employee is already in this order.</source>
        <translation>Кызматкер бул буйрукта мурунтан эле бар.</translation>
    </message>
</context>
</TS>
