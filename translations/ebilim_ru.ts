<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>DocumentActions</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>There is no template for this document.</source>
        <translation>Для этого документа нет шаблона.</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Экспортировать как</translation>
    </message>
    <message>
        <source>The file could not be written: %1
%2</source>
        <translation>Не удалось записать файл: %1
%2</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Export as…</source>
        <translation>Экспортировать как…</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::ApprovalsScreen</name>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Кто запросил</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Когда запрошено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Кто решил</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Одобрение запроса</translation>
    </message>
    <message>
        <source>Approve request no. %1? The change is applied at once.</source>
        <translation>Одобрить запрос №%1? Изменение будет применено сразу.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Отклонение запроса</translation>
    </message>
    <message>
        <source>Why is request no. %1 rejected?</source>
        <translation>Почему запрос №%1 отклоняется?</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Одобрить…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Check the log</source>
        <translation>Проверить журнал</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n record(s) checked.</source>
        <translation>
            <numerusform>Журнал не нарушен: проверена %n запись.</numerusform>
            <numerusform>Журнал не нарушен: проверено %n записи.</numerusform>
            <numerusform>Журнал не нарушен: проверено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log was tampered with, starting at record no. %1. Tell the system administrator at once.</source>
        <translation>Журнал был изменён, начиная с записи №%1. Немедленно сообщите системному администратору.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Загрузить более ранние</translation>
    </message>
    <message>
        <source>Checks that no record of the log was changed or deleted</source>
        <translation>Проверяет, что ни одна запись журнала не изменена и не удалена</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::DocumentsScreen</name>
    <message>
        <source>Group list</source>
        <translation>Список группы</translation>
    </message>
    <message>
        <source>Sample order</source>
        <translation>Образец приказа</translation>
    </message>
    <message>
        <source>Study certificate</source>
        <translation>Справка с места учёбы</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Основа обучения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Кому выдан</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Подготовил</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Аннулирован</translation>
    </message>
    <message>
        <source>revoked: %1</source>
        <translation>аннулирован: %1</translation>
    </message>
    <message>
        <source>Register of issued documents</source>
        <translation>Реестр выданных документов</translation>
    </message>
    <message>
        <source>Choose a group first.</source>
        <translation>Сначала выберите группу.</translation>
    </message>
    <message>
        <source>Choose a student in the list first.</source>
        <translation>Сначала выберите студента в списке.</translation>
    </message>
    <message>
        <source>Issue a study certificate to %1? It gets a registration number and is entered in the register.</source>
        <translation>Выдать справку с места учёбы: %1? Ей будет присвоен регистрационный номер, и она будет внесена в реестр.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <source>The group has no studying students.</source>
        <translation>В группе нет обучающихся студентов.</translation>
    </message>
    <message numerus="yes">
        <source>Issue study certificates to all %n studying student(s) of %1? Each gets a registration number and is entered in the register; the PDF files are written to a folder you choose.</source>
        <translation>
            <numerusform>Выдать справки всем %n обучающемуся студенту группы %1? Каждой будет присвоен регистрационный номер и запись в реестре; PDF-файлы будут записаны в выбранную папку.</numerusform>
            <numerusform>Выдать справки всем %n обучающимся студентам группы %1? Каждой будет присвоен регистрационный номер и запись в реестре; PDF-файлы будут записаны в выбранную папку.</numerusform>
            <numerusform>Выдать справки всем %n обучающимся студентам группы %1? Каждой будет присвоен регистрационный номер и запись в реестре; PDF-файлы будут записаны в выбранную папку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Папка для справок</translation>
    </message>
    <message>
        <source>Issuing study certificates</source>
        <translation>Выдача справок</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1.</source>
        <translation>
            <numerusform>%n справка записана в %1.</numerusform>
            <numerusform>%n справки записаны в %1.</numerusform>
            <numerusform>%n справок записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not issued:</source>
        <translation>Не выданы:</translation>
    </message>
    <message>
        <source>Cancelled; the rest were not issued.</source>
        <translation>Отменено; остальные справки не выданы.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Аннулировать</translation>
    </message>
    <message>
        <source>Choose an entry of the register first.</source>
        <translation>Сначала выберите запись реестра.</translation>
    </message>
    <message>
        <source>Revoke %1 issued to %2? Its verification will answer &quot;revoked&quot; from now on. Reason:</source>
        <translation>Аннулировать %1, выданный: %2? Проверка будет отвечать «аннулирован». Причина:</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Подлинный</translation>
    </message>
    <message>
        <source>No document with this code was issued.</source>
        <translation>Документ с таким кодом не выдавался.</translation>
    </message>
    <message>
        <source>This is not a valid code: check it for typing mistakes.</source>
        <translation>Это неверный код: проверьте, нет ли опечаток.</translation>
    </message>
    <message>
        <source>The document was issued but has been revoked.</source>
        <translation>Документ был выдан, но аннулирован.</translation>
    </message>
    <message>
        <source>The register entry of this document was altered. Tell the system administrator at once.</source>
        <translation>Запись реестра об этом документе была изменена. Немедленно сообщите системному администратору.</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Недействителен</translation>
    </message>
    <message>
        <source>It certifies</source>
        <translation>Что удостоверяет</translation>
    </message>
    <message>
        <source>Prepare and issue</source>
        <translation>Подготовка и выдача</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Для предъявления:</translation>
    </message>
    <message>
        <source>where the certificate is to be presented (empty: where required)</source>
        <translation>куда предъявляется справка (пусто: по месту требования)</translation>
    </message>
    <message>
        <source>Group list…</source>
        <translation>Список группы…</translation>
    </message>
    <message>
        <source>The list of the group&apos;s students: preview, print, export</source>
        <translation>Список студентов группы: просмотр, печать, экспорт</translation>
    </message>
    <message>
        <source>Sample order…</source>
        <translation>Образец приказа…</translation>
    </message>
    <message>
        <source>A draft order transferring the group to the next year of study</source>
        <translation>Проект приказа о переводе группы на следующий курс</translation>
    </message>
    <message>
        <source>Study certificate…</source>
        <translation>Справка…</translation>
    </message>
    <message>
        <source>Issues an official study certificate to the chosen student (Enter or double-click in the list)</source>
        <translation>Выдаёт официальную справку выбранному студенту (Enter или двойной щелчок в списке)</translation>
    </message>
    <message>
        <source>Certificates for the whole group…</source>
        <translation>Справки на всю группу…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Аннулировать…</translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation>&amp;Код проверки:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::EmployeeDialog</name>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Преподаёт</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Отпуск</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Награда</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>№ приказа</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>Employee card: %1</source>
        <translation>Карточка сотрудника: %1</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Last name (Russian)</source>
        <translation>Фамилия (по-русски)</translation>
    </message>
    <message>
        <source>First name (Russian)</source>
        <translation>Имя (по-русски)</translation>
    </message>
    <message>
        <source>Patronymic (Russian)</source>
        <translation>Отчество (по-русски)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ФИО латиницей</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Academic degree</source>
        <translation>Учёная степень</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Учёное звание</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>14 digits: 1 (female) or 2 (male), the date of birth ddMMyyyy, 5 more digits</source>
        <translation>14 цифр: 1 (жен.) или 2 (муж.), дата рождения ддммгггг, ещё 5 цифр</translation>
    </message>
    <message>
        <source>Taken from the PIN when left empty</source>
        <translation>Если пусто, берётся из ПИН</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Должности</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Отпуска</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Награды</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Группа %1</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Form of study</source>
        <translation>Форма обучения</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Язык обучения</translation>
    </message>
    <message>
        <source>Year of admission</source>
        <translation>Год поступления</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>Староста</translation>
    </message>
    <message>
        <source>State-funded places</source>
        <translation>Бюджетных мест</translation>
    </message>
    <message>
        <source>Contract places</source>
        <translation>Контрактных мест</translation>
    </message>
    <message>
        <source>e.g. ПИ-1-26</source>
        <translation>напр., ПИ-1-26</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::ImportPage</name>
    <message>
        <source>missing</source>
        <translation>не заполнено</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation>недопустимое значение</translation>
    </message>
    <message>
        <source>this PIN is already recorded</source>
        <translation>этот ПИН уже есть в базе</translation>
    </message>
    <message>
        <source>a student with this name and date of birth is already recorded</source>
        <translation>студент с такими ФИО и датой рождения уже есть в базе</translation>
    </message>
    <message>
        <source>the same person appears earlier in the file</source>
        <translation>этот же человек встречается в файле выше</translation>
    </message>
    <message>
        <source>Row of the file</source>
        <translation>Строка файла</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Import students</source>
        <translation>Импорт студентов</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Import the rows without problems? Rows listed with problems are skipped.</source>
        <translation>Импортировать строки без проблем? Строки с проблемами будут пропущены.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read. Check the mapping of the columns, then press Check.</source>
        <translation>
            <numerusform>Прочитана %n строка. Проверьте сопоставление столбцов и нажмите «Проверить».</numerusform>
            <numerusform>Прочитано %n строки. Проверьте сопоставление столбцов и нажмите «Проверить».</numerusform>
            <numerusform>Прочитано %n строк. Проверьте сопоставление столбцов и нажмите «Проверить».</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Import problems: %1</source>
        <translation>Проблемы импорта: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported.</source>
        <translation>
            <numerusform>Импортирован %n студент.</numerusform>
            <numerusform>Импортировано %n студента.</numerusform>
            <numerusform>Импортировано %n студентов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped because of problems.</source>
        <translation>
            <numerusform>Из-за проблем пропущена %n строка.</numerusform>
            <numerusform>Из-за проблем пропущено %n строки.</numerusform>
            <numerusform>Из-за проблем пропущено %n строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked.</source>
        <translation>
            <numerusform>Проверена %n строка.</numerusform>
            <numerusform>Проверено %n строки.</numerusform>
            <numerusform>Проверено %n строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be skipped; nothing is imported until you press Import.</source>
        <translation>
            <numerusform>В %n строке есть проблемы, она будет пропущена; ничего не записывается, пока вы не нажмёте «Импорт».</numerusform>
            <numerusform>В %n строках есть проблемы, они будут пропущены; ничего не записывается, пока вы не нажмёте «Импорт».</numerusform>
            <numerusform>В %n строках есть проблемы, они будут пропущены; ничего не записывается, пока вы не нажмёте «Импорт».</numerusform>
        </translation>
    </message>
    <message>
        <source>Working… rows %1–%2 of %3</source>
        <translation>Обработка… строки %1–%2 из %3</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>В первой строке названия столбцов</translation>
    </message>
    <message>
        <source>XLSX or CSV; one student per row.</source>
        <translation>XLSX или CSV; по одному студенту в строке.</translation>
    </message>
    <message>
        <source>Admission order no. and date:</source>
        <translation>Номер и дата приказа о зачислении:</translation>
    </message>
    <message>
        <source>for rows with a group</source>
        <translation>для строк с группой</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Проблемы импорта</translation>
    </message>
    <message>
        <source>not found (no such group or SOATE code)</source>
        <translation>не найдено (нет такой группы или кода СОАТЕ)</translation>
    </message>
    <message>
        <source>the group is outside your faculty</source>
        <translation>группа вне вашего факультета</translation>
    </message>
    <message>
        <source>Latin and Cyrillic letters mixed in one name</source>
        <translation>В одном имени смешаны латиница и кириллица</translation>
    </message>
    <message>
        <source>characters a name cannot have</source>
        <translation>символы, недопустимые в имени</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>слишком длинно</translation>
    </message>
    <message>
        <source>a PIN has 14 digits</source>
        <translation>ПИН состоит из 14 цифр</translation>
    </message>
    <message>
        <source>a PIN has digits only</source>
        <translation>ПИН содержит только цифры</translation>
    </message>
    <message>
        <source>the first digit of the PIN does not match the sex (1 female, 2 male)</source>
        <translation>первая цифра ПИН не соответствует полу (1 жен., 2 муж.)</translation>
    </message>
    <message>
        <source>the PIN&apos;s digits 2–9 are not the date of birth</source>
        <translation>цифры 2–9 ПИН не совпадают с датой рождения</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::MyCardScreen</name>
    <message>
        <source>Whose card</source>
        <translation>Чья карточка</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::OrderEditor</name>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Строка %1 (%2): %3</translation>
    </message>
    <message>
        <source>The draft is saved.</source>
        <translation>Черновик сохранён.</translation>
    </message>
    <message>
        <source>Save the draft first.</source>
        <translation>Сначала сохраните черновик.</translation>
    </message>
    <message>
        <source>Sign the order</source>
        <translation>Подписать приказ</translation>
    </message>
    <message numerus="yes">
        <source>Sign order no. %1? It is applied to all %n student(s) at once and can then be undone only by cancelling it with the vice-rector&apos;s approval.</source>
        <translation>
            <numerusform>Подписать приказ № %1? Он сразу применяется к %n студенту, и отменить его можно только аннулированием с одобрения проректора.</numerusform>
            <numerusform>Подписать приказ № %1? Он сразу применяется ко всем %n студентам, и отменить его можно только аннулированием с одобрения проректора.</numerusform>
            <numerusform>Подписать приказ № %1? Он сразу применяется ко всем %n студентам, и отменить его можно только аннулированием с одобрения проректора.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>The order is signed and applied.</source>
        <translation>Приказ подписан и применён.</translation>
    </message>
    <message>
        <source>Print the order</source>
        <translation>Печать приказа</translation>
    </message>
    <message>
        <source>Order no. %1</source>
        <translation>Приказ № %1</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Новый приказ</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>Вид приказа</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>Должность подписывающего</translation>
    </message>
    <message>
        <source>empty: from the kind of order</source>
        <translation>пусто: по виду приказа</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Студент</translation>
    </message>
    <message>
        <source>To group</source>
        <translation>В группу</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Основа обучения</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>From (dd.mm.yyyy)</source>
        <translation>С (дд.мм.гггг)</translation>
    </message>
    <message>
        <source>To (dd.mm.yyyy)</source>
        <translation>По (дд.мм.гггг)</translation>
    </message>
    <message>
        <source>New last name</source>
        <translation>Новая фамилия</translation>
    </message>
    <message>
        <source>New first name</source>
        <translation>Новое имя</translation>
    </message>
    <message>
        <source>New patronymic</source>
        <translation>Новое отчество</translation>
    </message>
    <message>
        <source>Find a student: name, PIN or group…</source>
        <translation>Найти студента: ФИО, ПИН или группа…</translation>
    </message>
    <message>
        <source>Add to the order</source>
        <translation>Добавить в приказ</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Подписать…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::OrgScreen</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation>Название на кыргызском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Вышестоящее подразделение</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Новое подразделение</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>Не удалось сохранить изменение на этом компьютере.</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Изменение подразделения</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Удаление подразделения</translation>
    </message>
    <message>
        <source>This unit has not reached the server yet.</source>
        <translation>Это подразделение ещё не передано на сервер.</translation>
    </message>
    <message>
        <source>Deleting &quot;%1 — %2&quot; needs the approval of the vice-rector for academic affairs. Why should it be deleted?</source>
        <translation>Удаление «%1 — %2» требует согласия проректора по учебной работе. Почему его нужно удалить?</translation>
    </message>
    <message>
        <source>Request no. %1 to delete the unit was sent to the vice-rector for approval. The unit stays until it is approved.</source>
        <translation>Запрос №%1 на удаление подразделения отправлен проректору на согласование. До одобрения подразделение остаётся.</translation>
    </message>
    <message>
        <source>Faculties, colleges, departments and offices. Changes are saved on this computer first and sent to the server; they work offline too.</source>
        <translation>Факультеты, колледжи, кафедры и отделы. Изменения сначала сохраняются на этом компьютере и затем отправляются на сервер; работает и без связи.</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>Новое подразделение…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::ProfileScreen</name>
    <message>
        <source>Saved on the server.</source>
        <translation>Сохранено на сервере.</translation>
    </message>
    <message>
        <source>Your earlier change conflicts with a change on the server. Resolve it in the conflicts view.</source>
        <translation>Ваше прежнее изменение конфликтует с изменением на сервере. Разрешите конфликт в разделе «Конфликты».</translation>
    </message>
    <message>
        <source>Saved on this computer; it will be sent to the server.</source>
        <translation>Сохранено на этом компьютере; будет отправлено на сервер.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read.</source>
        <translation>Этот файл не является читаемым изображением.</translation>
    </message>
    <message>
        <source>The picture is too large even after compression.</source>
        <translation>Изображение слишком велико даже после сжатия.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Выбор фотографии</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Изображения (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Use digits, spaces and dashes, e.g. +996 555 123456.</source>
        <translation>Используйте цифры, пробелы и дефисы, например +996 555 123456.</translation>
    </message>
    <message>
        <source>Enter an address like name@example.kg.</source>
        <translation>Введите адрес вида name@example.kg.</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>Не удалось сохранить изменение на этом компьютере.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
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
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::ReportsPage</name>
    <message>
        <source>year %1</source>
        <translation>%1 курс</translation>
    </message>
    <message>
        <source>Order, reason</source>
        <translation>Приказ, причина</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Жен.</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Муж.</translation>
    </message>
    <message>
        <source>Admitted %1, expelled %2, transferred %3, on leave %4, returned %5, reinstated %6, graduated %7.</source>
        <translation>Зачислено %1, отчислено %2, переведено %3, ушли в отпуск %4, вернулись %5, восстановлено %6, выпущено %7.</translation>
    </message>
    <message>
        <source>Total: %1 students (state-funded %2, contract %3).</source>
        <translation>Всего: %1 студентов (бюджет %2, контракт %3).</translation>
    </message>
    <message>
        <source>By faculty</source>
        <translation>По факультетам</translation>
    </message>
    <message>
        <source>By specialty</source>
        <translation>По специальностям</translation>
    </message>
    <message>
        <source>By year of study</source>
        <translation>По курсам</translation>
    </message>
    <message>
        <source>By form of study</source>
        <translation>По формам обучения</translation>
    </message>
    <message>
        <source>By funding</source>
        <translation>По основе обучения</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>По возрасту</translation>
    </message>
    <message>
        <source>By nationality</source>
        <translation>По национальности</translation>
    </message>
    <message>
        <source>Movement for a period</source>
        <translation>Движение за период</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;On date:</source>
        <translation>&amp;На дату:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Contingent: %1</source>
        <translation>Контингент: %1</translation>
    </message>
    <message>
        <source>Ministry return…</source>
        <translation>Сведения для министерства…</translation>
    </message>
    <message>
        <source>The contingent return for the Ministry: by specialty, form and year; print, or export as XML or Excel</source>
        <translation>Сведения о контингенте для министерства: по специальностям, формам обучения и курсам; печать или экспорт в XML и Excel</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::StaffHrScreen</name>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Должности</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Степень</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Преподаватель</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>В отпуске</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Employee card</source>
        <translation>Карточка сотрудника</translation>
    </message>
    <message>
        <source>Staff order</source>
        <translation>Приказ по личному составу</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Отмена приказа</translation>
    </message>
    <message>
        <source>Why is order No. %1 cancelled? A signed order is cancelled when the vice-rector approves; its changes are then undone.</source>
        <translation>Почему отменяется приказ № %1? Подписанный приказ отменяется после одобрения проректора; его изменения откатываются.</translation>
    </message>
    <message>
        <source>Why is order No. %1 cancelled?</source>
        <translation>Почему отменяется приказ № %1?</translation>
    </message>
    <message>
        <source>The request was sent to the vice-rector for approval.</source>
        <translation>Запрос отправлен проректору на одобрение.</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>Вид отпуска</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Ставки</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Преподаватели</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %n employee(s), %2 rate(s)</source>
        <translation>
            <numerusform>На %1: %n сотрудник, ставок %2</numerusform>
            <numerusform>На %1: %n сотрудника, ставок %2</numerusform>
            <numerusform>На %1: %n сотрудников, ставок %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff orders</source>
        <translation>Приказы по личному составу</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>New employee…</source>
        <translation>Новый сотрудник…</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>Показывать уволенных</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Новый приказ…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Отменить приказ…</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Построить</translation>
    </message>
    <message>
        <source>Export as…</source>
        <translation>Экспортировать как…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %n employee(s), %2 rate(s), %3 women, %4 men</source>
        <translation>
            <numerusform>На %1: %n сотрудник, ставок %2, женщин %3, мужчин %4</numerusform>
            <numerusform>На %1: %n сотрудника, ставок %2, женщин %3, мужчин %4</numerusform>
            <numerusform>На %1: %n сотрудников, ставок %2, женщин %3, мужчин %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Учёное звание</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::StaffOrderDialog</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>The draft is saved.</source>
        <translation>Черновик сохранён.</translation>
    </message>
    <message>
        <source>New staff order</source>
        <translation>Новый приказ по личному составу</translation>
    </message>
    <message>
        <source>Staff order No. %1 (%2)</source>
        <translation>Приказ по личному составу № %1 (%2)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>From position</source>
        <translation>С должности</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Преподаёт</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>Вид отпуска</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Награда</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Add employee</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>Signs the order: its changes apply to the employees at once</source>
        <translation>Подписывает приказ: изменения сразу применяются к сотрудникам</translation>
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
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size, KiB</source>
        <translation>Размер, КиБ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>№ приказа</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>A student with the same name and date of birth is already recorded:
%1
Save this card anyway?</source>
        <translation>Студент с такими же ФИО и датой рождения уже есть:
%1
Всё равно сохранить эту карточку?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Add to the personal file</source>
        <translation>Добавить в личное дело</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Сканы (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The file cannot be read or is larger than 640 KiB: %1</source>
        <translation>Файл не читается или больше 640 КиБ: %1</translation>
    </message>
    <message>
        <source>Personal file</source>
        <translation>Личное дело</translation>
    </message>
    <message>
        <source>Student&apos;s card: %1</source>
        <translation>Карточка студента: %1</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>Новый студент</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Родители</translation>
    </message>
    <message>
        <source>Record of orders</source>
        <translation>История приказов</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Last name (Russian spelling)</source>
        <translation>Фамилия (по-русски)</translation>
    </message>
    <message>
        <source>First name (Russian spelling)</source>
        <translation>Имя (по-русски)</translation>
    </message>
    <message>
        <source>Patronymic (Russian spelling)</source>
        <translation>Отчество (по-русски)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ФИО латиницей</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <source>Citizenship (KG, KZ, …)</source>
        <translation>Гражданство (KG, KZ, …)</translation>
    </message>
    <message>
        <source>Passport series</source>
        <translation>Серия паспорта</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <source>Passport issued by</source>
        <translation>Кем выдан паспорт</translation>
    </message>
    <message>
        <source>Passport issued on</source>
        <translation>Дата выдачи паспорта</translation>
    </message>
    <message>
        <source>SOATE code of the address</source>
        <translation>Код СОАТЕ адреса</translation>
    </message>
    <message>
        <source>Street, house, flat</source>
        <translation>Улица, дом, квартира</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Prior education</source>
        <translation>Предыдущее образование</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Льготы</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Основа обучения</translation>
    </message>
    <message>
        <source>empty: made from the Kyrgyz spelling</source>
        <translation>пусто: из кыргызского написания</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 цифр</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add a scan…</source>
        <translation>Добавить скан…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Personal file: %1</source>
        <translation>Личное дело: %1</translation>
    </message>
    <message>
        <source>Record of orders: %1</source>
        <translation>История приказов: %1</translation>
    </message>
    <message>
        <source>Status: %1. Group: %2. Funding: %3. These change only by orders.</source>
        <translation>Статус: %1. Группа: %2. Основа: %3. Они меняются только приказами.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>A new card is not yet in any group: admission is an order.</source>
        <translation>Новая карточка пока ни в какой группе: зачисление делается приказом.</translation>
    </message>
    <message>
        <source>type a place name or the code</source>
        <translation>введите название места или код</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Изображения (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>This is not an image: %1</source>
        <translation>Это не изображение: %1</translation>
    </message>
    <message>
        <source>Delete the card</source>
        <translation>Удаление карточки</translation>
    </message>
    <message>
        <source>Delete this card (entered by mistake)? A card with signed orders cannot be deleted; the vice-rector approves the deletion. Reason:</source>
        <translation>Удалить эту карточку (введена по ошибке)? Карточку с подписанными приказами удалить нельзя; удаление одобряет проректор. Причина:</translation>
    </message>
    <message>
        <source>The request to delete the card is sent to the vice-rector.</source>
        <translation>Запрос на удаление карточки отправлен проректору.</translation>
    </message>
    <message>
        <source>Delete card…</source>
        <translation>Удалить карточку…</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Фото…</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>нет фото</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::StudentHrScreen</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Основа обучения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Signed in the system by</source>
        <translation>Подписал в системе</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>Причина отмены</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Поиск: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Student orders</source>
        <translation>Приказы по студентам</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Отмена приказа</translation>
    </message>
    <message>
        <source>Order no. %1 is signed: cancelling it reverses what it did and needs the vice-rector&apos;s approval. Reason:</source>
        <translation>Приказ № %1 подписан: его отмена откатывает сделанное и требует одобрения проректора. Причина:</translation>
    </message>
    <message>
        <source>Cancel the draft no. %1? Reason:</source>
        <translation>Отменить черновик № %1? Причина:</translation>
    </message>
    <message>
        <source>The request is sent to the vice-rector for approval.</source>
        <translation>Запрос отправлен проректору на одобрение.</translation>
    </message>
    <message>
        <source>year %1 → %2</source>
        <translation>%1 курс → %2 курс</translation>
    </message>
    <message>
        <source>graduates</source>
        <translation>выпускается</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <source>New academic year: preview</source>
        <translation>Новый учебный год: предпросмотр</translation>
    </message>
    <message>
        <source>Rolling forward promotes %1 student(s) to the next year and graduates %2, by two signed orders.</source>
        <translation>Перевод переведёт на следующий курс %1 студентов и выпустит %2 — двумя подписанными приказами.</translation>
    </message>
    <message>
        <source>New academic year</source>
        <translation>Новый учебный год</translation>
    </message>
    <message>
        <source>Number of the promotion order (the graduation order gets the same number with &quot;-Б&quot;):</source>
        <translation>Номер приказа о переводе (приказ о выпуске получит тот же номер с «-Б»):</translation>
    </message>
    <message>
        <source>Done: %1 student(s) promoted, %2 graduated.</source>
        <translation>Готово: переведено %1, выпущено %2.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Приказы</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>Search all students: name in any spelling, PIN, group…</source>
        <translation>Поиск по всем студентам: ФИО в любом написании, ПИН, группа…</translation>
    </message>
    <message>
        <source>&amp;On date:</source>
        <translation>&amp;На дату:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>The group as it was at the end of that day, rebuilt from the signed orders</source>
        <translation>Группа на конец того дня, восстановленная по подписанным приказам</translation>
    </message>
    <message>
        <source>New student…</source>
        <translation>Новый студент…</translation>
    </message>
    <message>
        <source>Open card…</source>
        <translation>Открыть карточку…</translation>
    </message>
    <message>
        <source>Order for the selected…</source>
        <translation>Приказ на выбранных…</translation>
    </message>
    <message>
        <source>A new order with the selected students</source>
        <translation>Новый приказ с выбранными студентами</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Все приказы</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Новый приказ…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Отменить…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Roll forward…</source>
        <translation>Перевести на новый год…</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <source>Group, curator, leader…</source>
        <translation>Группа, куратор, староста…</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::StudyTerms</name>
    <message>
        <source>not yet admitted</source>
        <translation>ещё не зачислен</translation>
    </message>
    <message>
        <source>studying</source>
        <translation>обучается</translation>
    </message>
    <message>
        <source>on academic leave</source>
        <translation>в академическом отпуске</translation>
    </message>
    <message>
        <source>expelled</source>
        <translation>отчислен</translation>
    </message>
    <message>
        <source>graduated</source>
        <translation>окончил</translation>
    </message>
    <message>
        <source>state-funded</source>
        <translation>бюджет</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>контракт</translation>
    </message>
    <message>
        <source>full-time</source>
        <translation>очная</translation>
    </message>
    <message>
        <source>extramural</source>
        <translation>заочная</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>дистанционная</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>вечерняя</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Зачисление</translation>
    </message>
    <message>
        <source>Promotion to the next year</source>
        <translation>Перевод на следующий курс</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Academic leave</source>
        <translation>Академический отпуск</translation>
    </message>
    <message>
        <source>Return from academic leave</source>
        <translation>Выход из академического отпуска</translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation>Отчисление</translation>
    </message>
    <message>
        <source>Reinstatement</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <source>Change of name</source>
        <translation>Смена ФИО</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписан</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::UnitDialog</name>
    <message>
        <source>New unit</source>
        <translation>Новое подразделение</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>Изменение подразделения %1</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Вышестоящее подразделение</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation>Название на кыргызском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>(none — top level)</source>
        <translation>(нет — верхний уровень)</translation>
    </message>
    <message>
        <source>short code, e.g. FMI or FMI-INF</source>
        <translation>краткий код, например FMI или FMI-INF</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Modules::UsersScreen</name>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Включить учётную запись</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Отключить учётную запись</translation>
    </message>
    <message>
        <source>Disable the account of %1? All their sessions end at once.</source>
        <translation>Отключить учётную запись %1? Все её сеансы сразу завершатся.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::AboutDialog</name>
    <message>
        <source>About eBilim</source>
        <translation>О программе eBilim</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>нет подключения</translation>
    </message>
    <message>
        <source>&lt;h2&gt;eBilim %1&lt;/h2&gt;&lt;p&gt;Information system of the university: students, staff, curricula, teaching load, grade sheets, timetable, cashier, admissions — entered once, used everywhere.&lt;/p&gt;&lt;p&gt;Protocol %2.%3. Qt %4.&lt;/p&gt;&lt;p&gt;Server: %5 %6&lt;br&gt;Certificate (SHA-256): &lt;small&gt;%7&lt;/small&gt;&lt;/p&gt;&lt;p&gt;Licence: see the LICENSE file shipped with the program.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;eBilim %1&lt;/h2&gt;&lt;p&gt;Информационная система университета: студенты, сотрудники, учебные планы, учебная нагрузка, ведомости, расписание, касса, приём — вводится один раз, используется везде.&lt;/p&gt;&lt;p&gt;Протокол %2.%3. Qt %4.&lt;/p&gt;&lt;p&gt;Сервер: %5 %6&lt;br&gt;Сертификат (SHA-256): &lt;small&gt;%7&lt;/small&gt;&lt;/p&gt;&lt;p&gt;Лицензия: см. файл LICENSE, поставляемый с программой.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::ConflictsView</name>
    <message>
        <source>Mine</source>
        <translation>Моя</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Серверная</translation>
    </message>
    <message>
        <source>These changes were made while the record was also changed by someone else. For each one, keep your version, take the version on the server, or choose field by field and merge.</source>
        <translation>Эти изменения сделаны, когда запись одновременно изменил кто-то другой. Для каждого оставьте свою версию, примите версию с сервера или выберите по полям и объедините.</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Моя версия</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Версия на сервере</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Использовать</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мою</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Принять серверную</translation>
    </message>
    <message>
        <source>Merge chosen fields</source>
        <translation>Объединить выбранные поля</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::DataTableView</name>
    <message>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Выберите отображаемые столбцы</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print preview of the visible table</source>
        <translation>Предварительный просмотр печати видимой таблицы</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Все столбцы</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <extracomment>%1 rows shown after filtering, %2 rows in total</extracomment>
        <translation>%1 из %2 строк</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>поиск: %1</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Export the visible rows and columns: Excel, Word, PDF, HTML, XML, TXT or CSV</source>
        <translation>Экспорт видимых строк и столбцов: Excel, Word, PDF, HTML, XML, TXT или CSV</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::ErrorText</name>
    <message>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n character(s).</source>
        <translation>
            <numerusform>Слишком длинно: не более %n символа.</numerusform>
            <numerusform>Слишком длинно: не более %n символов.</numerusform>
            <numerusform>Слишком длинно: не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Слишком длинно.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n character(s).</source>
        <translation>
            <numerusform>Слишком коротко: не менее %n символа.</numerusform>
            <numerusform>Слишком коротко: не менее %n символов.</numerusform>
            <numerusform>Слишком коротко: не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too short.</source>
        <translation>Слишком коротко.</translation>
    </message>
    <message>
        <source>The value is out of the allowed range.</source>
        <translation>Значение вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>The value has a wrong format.</source>
        <translation>Неверный формат значения.</translation>
    </message>
    <message>
        <source>The value has a wrong type.</source>
        <translation>Неверный тип значения.</translation>
    </message>
    <message>
        <source>The referenced record does not exist.</source>
        <translation>Указанная запись не существует.</translation>
    </message>
    <message>
        <source>This kind of unit is not allowed under the chosen parent.</source>
        <extracomment>An org unit of this kind cannot be placed under the chosen parent unit.</extracomment>
        <translation>Подразделение такого вида нельзя поместить в выбранное вышестоящее.</translation>
    </message>
    <message>
        <source>A unit cannot be placed inside itself.</source>
        <translation>Подразделение нельзя поместить внутрь самого себя.</translation>
    </message>
    <message>
        <source>This value is already used.</source>
        <translation>Это значение уже используется.</translation>
    </message>
    <message>
        <source>The value is not accepted.</source>
        <translation>Значение не принято.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Вышестоящее подразделение</translation>
    </message>
    <message>
        <source>Name in Kyrgyz</source>
        <translation>Название на кыргызском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Версия записи</translation>
    </message>
    <message>
        <source>The data was not accepted. %1</source>
        <translation>Данные не приняты. %1</translation>
    </message>
    <message>
        <source>Please check the field &quot;%1&quot;: %2</source>
        <extracomment>%1 is a field name, %2 what is wrong with it</extracomment>
        <translation>Проверьте поле «%1»: %2</translation>
    </message>
    <message>
        <source>You do not have the right to do this. Ask the system administrator if you need it.</source>
        <translation>У вас нет права на это действие. Если оно нужно, обратитесь к системному администратору.</translation>
    </message>
    <message>
        <source>You are not signed in. Please sign in again.</source>
        <translation>Вы не вошли в систему. Войдите снова.</translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Your version was kept so you can compare and merge it.</source>
        <translation>Тем временем эту запись изменил кто-то другой. Ваша версия сохранена, чтобы вы могли сравнить и объединить их.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Срок вашего сеанса истёк. Войдите снова.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Повторите через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again later.</source>
        <translation>Слишком много неудачных попыток входа. Повторите позже.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>This account is disabled. Contact the system administrator.</source>
        <translation>Эта учётная запись отключена. Обратитесь к системному администратору.</translation>
    </message>
    <message>
        <source>A record with this value of &quot;%1&quot; already exists.</source>
        <translation>Запись с таким значением поля «%1» уже существует.</translation>
    </message>
    <message>
        <source>Such a record already exists.</source>
        <translation>Такая запись уже существует.</translation>
    </message>
    <message>
        <source>The record was not found. It may have been deleted.</source>
        <translation>Запись не найдена. Возможно, она удалена.</translation>
    </message>
    <message>
        <source>This unit still has subordinate units. Move or delete them first.</source>
        <translation>У этого подразделения ещё есть подчинённые подразделения. Сначала перенесите или удалите их.</translation>
    </message>
    <message>
        <source>This record is still in use and cannot be removed.</source>
        <translation>Эта запись ещё используется и не может быть удалена.</translation>
    </message>
    <message>
        <source>This cannot be done in the record&apos;s current state (it may already have been decided).</source>
        <translation>В текущем состоянии записи это невозможно (возможно, решение уже принято).</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>Сервер занят. Повторите чуть позже.</translation>
    </message>
    <message>
        <source>This program version does not match the server. Please install the current version.</source>
        <translation>Эта версия программы не совпадает с сервером. Установите актуальную версию.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The change may or may not have been saved; it will be retried.</source>
        <translation>Сервер не ответил вовремя. Изменение могло сохраниться, а могло и нет; оно будет отправлено повторно.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. The request will be retried when the connection is back.</source>
        <translation>Связь с сервером потеряна. Запрос будет повторён, когда связь восстановится.</translation>
    </message>
    <message>
        <source>There is no connection to the server.</source>
        <translation>Нет связи с сервером.</translation>
    </message>
    <message>
        <source>An unexpected error occurred (%1). Please tell the system administrator.</source>
        <extracomment>Fallback for internal or unknown errors; %1 is the technical error code</extracomment>
        <translation>Произошла непредвиденная ошибка (%1). Сообщите системному администратору.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Last name (Russian)</source>
        <translation>Фамилия (по-русски)</translation>
    </message>
    <message>
        <source>First name (Russian)</source>
        <translation>Имя (по-русски)</translation>
    </message>
    <message>
        <source>Patronymic (Russian)</source>
        <translation>Отчество (по-русски)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ФИО латиницей</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>SOATE code</source>
        <translation>Код СОАТЕ</translation>
    </message>
    <message>
        <source>Passport series</source>
        <translation>Серия паспорта</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <source>Passport issued by</source>
        <translation>Кем выдан паспорт</translation>
    </message>
    <message>
        <source>Passport issued on</source>
        <translation>Дата выдачи паспорта</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Prior education</source>
        <translation>Предыдущее образование</translation>
    </message>
    <message>
        <source>Academic degree</source>
        <translation>Учёная степень</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>Льготы</translation>
    </message>
    <message>
        <source>Parents or guardians</source>
        <translation>Родители или опекуны</translation>
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
        <translation>Специальность</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>Староста</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Year of entry</source>
        <translation>Год поступления</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Основа обучения</translation>
    </message>
    <message>
        <source>Form of study</source>
        <translation>Форма обучения</translation>
    </message>
    <message>
        <source>Language of instruction</source>
        <translation>Язык обучения</translation>
    </message>
    <message>
        <source>State-funded places</source>
        <translation>Бюджетных мест</translation>
    </message>
    <message>
        <source>Contract places</source>
        <translation>Контрактных мест</translation>
    </message>
    <message>
        <source>Number of the graduation order</source>
        <translation>Номер приказа о выпуске</translation>
    </message>
    <message>
        <source>Number of the promotion order</source>
        <translation>Номер приказа о переводе на следующий курс</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Для предъявления</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>From position</source>
        <translation>С должности</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Преподаёт</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>Вид отпуска</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер приказа</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата приказа</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Lines of the order</source>
        <translation>Строки приказа</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписывает</translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation>Должность подписывающего</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Текст поиска</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Содержимое файла</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::LoginDialog</name>
    <message>
        <source>New server certificate</source>
        <translation>Новый сертификат сервера</translation>
    </message>
    <message>
        <source>This is the first connection to %1:%2 from this computer.

Its certificate fingerprint (SHA-256) is:
%3

Compare it with the fingerprint your system administrator gave you. Trust this server?</source>
        <translation>Это первое подключение к %1:%2 с этого компьютера.

Отпечаток его сертификата (SHA-256):
%3

Сравните его с отпечатком, который дал вам системный администратор. Доверять этому серверу?</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Доверять и подключиться</translation>
    </message>
    <message>
        <source>eBilim — sign in</source>
        <translation>eBilim — вход</translation>
    </message>
    <message>
        <source>Information system of the university</source>
        <translation>Информационная система университета</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>host:port, e.g. ebilim.example.kg:7443</source>
        <translation>хост:порт, например ebilim.example.kg:7443</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Enter the server as host:port, for example ebilim.example.kg:7443.</source>
        <translation>Укажите сервер в виде хост:порт, например ebilim.example.kg:7443.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>The list of trusted servers could not be read: %1</source>
        <translation>Не удалось прочитать список доверенных серверов: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>The trusted server could not be saved: %1</source>
        <translation>Не удалось сохранить доверенный сервер: %1</translation>
    </message>
    <message>
        <source>The server was not trusted; no connection was made.</source>
        <translation>Сервер не признан доверенным; подключение не выполнено.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has CHANGED since you last connected. This may be an attack, so the connection was refused. Ask your system administrator before doing anything else.</source>
        <translation>Сертификат сервера ИЗМЕНИЛСЯ с момента последнего подключения. Это может быть атакой, поэтому подключение отклонено. Прежде чем что-либо делать, обратитесь к системному администратору.</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Сертификат изменился</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Check the address and the network. Offline sign-in is possible only after one online sign-in on this computer.</source>
        <translation>Сервер недоступен (%1). Проверьте адрес и сеть. Вход без связи возможен только после одного входа с подключением на этом компьютере.</translation>
    </message>
    <message>
        <source>The local cache could not be opened (%1); working without it.</source>
        <translation>Не удалось открыть локальный кэш (%1); работа без него.</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keychain</source>
        <extracomment>Check box under the sign-in fields; the keychain is the operating system&apos;s password store.</extracomment>
        <translation>&amp;Запомнить пароль в хранилище паролей этого компьютера</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::MainWindow</name>
    <message>
        <source>The institution structure was changed (unit %1).</source>
        <translation>Изменена структура учебного заведения (подразделение %1).</translation>
    </message>
    <message>
        <source>A user profile was changed.</source>
        <translation>Изменён профиль пользователя.</translation>
    </message>
    <message>
        <source>An approval request was created or decided (no. %1).</source>
        <translation>Запрос на согласование создан или решён (№%1).</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>Status bar: connected to the server</extracomment>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Synchronizing</source>
        <extracomment>Status bar: sending queued edits to the server</extracomment>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Status bar: no connection; edits are kept on this computer</extracomment>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Подключено к %1</translation>
    </message>
    <message>
        <source>Not connected. Your edits are saved on this computer and sent when the connection is back.</source>
        <translation>Нет подключения. Ваши изменения сохраняются на этом компьютере и будут отправлены, когда связь восстановится.</translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation>Ожидающие изменения: %1</translation>
    </message>
    <message>
        <source>Edits saved on this computer and not yet accepted by the server</source>
        <translation>Изменения, сохранённые на этом компьютере и ещё не принятые сервером</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Конфликты: %1</translation>
    </message>
    <message>
        <source>Open the conflicts view</source>
        <translation>Открыть раздел конфликтов</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Уведомления (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Добро пожаловать, %1</translation>
    </message>
    <message>
        <source>You are working offline. Lists show the data saved on this computer; your changes are kept and sent to the server when the connection is back.</source>
        <translation>Вы работаете без связи. В списках показаны данные, сохранённые на этом компьютере; ваши изменения сохраняются и будут отправлены на сервер, когда связь восстановится.</translation>
    </message>
    <message>
        <source>Choose a workspace on the left or below. Every list can be searched, sorted, filtered, exported and printed.</source>
        <translation>Выберите рабочий раздел слева или ниже. Любой список можно искать, сортировать, фильтровать, экспортировать и печатать.</translation>
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
        <translation>&amp;Выйти из системы</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Закрыть вкладку</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Уведомления</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Конфликты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About eBilim</source>
        <translation>&amp;О программе eBilim</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>A user account was changed.</source>
        <translation>Изменена учётная запись пользователя.</translation>
    </message>
    <message>
        <source>A student&apos;s card was changed.</source>
        <translation>Изменена карточка студента.</translation>
    </message>
    <message>
        <source>A group was changed.</source>
        <translation>Изменена группа.</translation>
    </message>
    <message>
        <source>A student order was saved, signed or cancelled.</source>
        <translation>Приказ по студентам сохранён, подписан или отменён.</translation>
    </message>
    <message>
        <source>An employee&apos;s card was changed.</source>
        <translation>Изменена карточка сотрудника.</translation>
    </message>
    <message>
        <source>A staff order was saved, signed or cancelled.</source>
        <translation>Приказ по сотрудникам сохранён, подписан или отменён.</translation>
    </message>
    <message>
        <source>A document was issued or revoked.</source>
        <translation>Документ выдан или аннулирован.</translation>
    </message>
    <message>
        <source>Data was changed on the server.</source>
        <translation>Данные на сервере изменились.</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::Messages</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::ModuleCatalog</name>
    <message>
        <source>Administration</source>
        <extracomment>Navigator module: system administration (users, roles, backups, logs)</extracomment>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Institution structure</source>
        <translation>Структура учебного заведения</translation>
    </message>
    <message>
        <source>Approvals</source>
        <extracomment>Navigator module: change requests that need the vice-rector&apos;s approval</extracomment>
        <translation>Согласования</translation>
    </message>
    <message>
        <source>Audit log</source>
        <extracomment>Navigator module: the log of users&apos; actions</extracomment>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Staff HR office</source>
        <translation>Отдел кадров сотрудников</translation>
    </message>
    <message>
        <source>Student HR office</source>
        <translation>Студенческий отдел кадров</translation>
    </message>
    <message>
        <source>Admissions committee</source>
        <translation>Приёмная комиссия</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Учебный план</translation>
    </message>
    <message>
        <source>Teaching load</source>
        <translation>Учебная нагрузка</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Расписание</translation>
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
        <translation>Кабинет преподавателя</translation>
    </message>
    <message>
        <source>Curator&apos;s cabinet</source>
        <translation>Кабинет куратора</translation>
    </message>
    <message>
        <source>Student&apos;s cabinet</source>
        <translation>Кабинет студента</translation>
    </message>
    <message>
        <source>Parent&apos;s cabinet</source>
        <translation>Кабинет родителя</translation>
    </message>
    <message>
        <source>Applicant&apos;s cabinet</source>
        <translation>Кабинет абитуриента</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Мой профиль</translation>
    </message>
    <message>
        <source>Users, roles and access rights.</source>
        <translation>Пользователи, роли и права доступа.</translation>
    </message>
    <message>
        <source>Faculties, colleges, departments and offices of the university.</source>
        <translation>Факультеты, колледжи, кафедры и отделы университета.</translation>
    </message>
    <message>
        <source>Deletions and drastic changes waiting for the vice-rector&apos;s decision.</source>
        <translation>Удаления и существенные изменения, ожидающие решения проректора.</translation>
    </message>
    <message>
        <source>Who changed what and when.</source>
        <translation>Кто, что и когда изменил.</translation>
    </message>
    <message>
        <source>Statistical forms and summary reports.</source>
        <translation>Статистические формы и сводные отчёты.</translation>
    </message>
    <message>
        <source>Tuition price list, payments and debts.</source>
        <translation>Прейскурант оплаты обучения, платежи и задолженности.</translation>
    </message>
    <message>
        <source>Personal cards of employees, hiring, transfers, leave and awards.</source>
        <translation>Личные карточки сотрудников, приём, переводы, отпуска и награды.</translation>
    </message>
    <message>
        <source>Groups, students&apos; records and orders from admission to graduation.</source>
        <translation>Группы, данные студентов и приказы от зачисления до выпуска.</translation>
    </message>
    <message>
        <source>Applicants, applications, entrance exams and competition results.</source>
        <translation>Абитуриенты, заявления, вступительные экзамены и итоги конкурса.</translation>
    </message>
    <message>
        <source>Curricula of the credit and the linear systems, working plans.</source>
        <translation>Учебные планы кредитной и линейной систем, рабочие планы.</translation>
    </message>
    <message>
        <source>Teaching load of departments and teachers, calculated from the curricula.</source>
        <translation>Учебная нагрузка кафедр и преподавателей, рассчитанная по учебным планам.</translation>
    </message>
    <message>
        <source>Timetables by group, teacher and room, with conflict checks.</source>
        <translation>Расписание по группам, преподавателям и аудиториям с проверкой накладок.</translation>
    </message>
    <message>
        <source>Grade sheets, electronic journal, academic debts of the faculty.</source>
        <translation>Ведомости, электронный журнал, академические задолженности факультета.</translation>
    </message>
    <message>
        <source>Teaching load and its execution by the department&apos;s teachers.</source>
        <translation>Учебная нагрузка преподавателей кафедры и её выполнение.</translation>
    </message>
    <message>
        <source>Students, groups and records of the college.</source>
        <translation>Студенты, группы и данные колледжа.</translation>
    </message>
    <message>
        <source>Own work plan, attendance journal, grade sheets and assignments.</source>
        <translation>Индивидуальный план, журнал посещаемости, ведомости и задания.</translation>
    </message>
    <message>
        <source>Own groups: students&apos; data, progress and payments.</source>
        <translation>Свои группы: данные студентов, успеваемость и оплата.</translation>
    </message>
    <message>
        <source>Grade book, transcript, timetable, assignments and requests.</source>
        <translation>Зачётная книжка, транскрипт, расписание, задания и заявки.</translation>
    </message>
    <message>
        <source>The child&apos;s progress, attendance and payments.</source>
        <translation>Успеваемость, посещаемость и оплата ребёнка.</translation>
    </message>
    <message>
        <source>Own application and competition results.</source>
        <translation>Своё заявление и итоги конкурса.</translation>
    </message>
    <message>
        <source>Your phone, e-mail and photo.</source>
        <translation>Ваш телефон, электронная почта и фото.</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>Системный администратор</translation>
    </message>
    <message>
        <source>Vice-rector for academic affairs</source>
        <translation>Проректор по учебной работе</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Бухгалтерия</translation>
    </message>
    <message>
        <source>Academic affairs office</source>
        <translation>Учебный отдел</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Преподаватель</translation>
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
        <translation>Родитель</translation>
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
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Documents</source>
        <extracomment>Navigator module: printed and official documents (certificates, lists, orders), their register and verification</extracomment>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Study certificates, group lists and orders; the register of issued papers and their verification.</source>
        <translation>Справки, списки групп и приказы; реестр выданных документов и их проверка.</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::Navigator</name>
    <message>
        <source>Workspaces</source>
        <translation>Рабочие разделы</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Личное</translation>
    </message>
    <message>
        <source>Your offline edits that clash with changes on the server</source>
        <translation>Ваши изменения без связи, противоречащие изменениям на сервере</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::PlaceholderPage</name>
    <message>
        <source>This workspace comes in a later release of eBilim. Your access to it is already set up: it will appear here as soon as it is ready.</source>
        <translation>Этот раздел появится в следующем выпуске eBilim. Доступ к нему у вас уже настроен: он откроется здесь, как только будет готов.</translation>
    </message>
</context>
<context>
    <name>Ebilim::Client::Ui::TableProxyModel</name>
    <message>
        <source>Conflict: someone else changed this record. Open the conflicts view to resolve it.</source>
        <translation>Конфликт: эту запись изменил кто-то другой. Откройте раздел «Конфликты», чтобы разрешить его.</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>Сервер отклонил это изменение: %1</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to be sent to the server.</source>
        <translation>Сохранено на этом компьютере; ожидает отправки на сервер.</translation>
    </message>
</context>
<context>
    <name>StaffTerms</name>
    <message>
        <source>Hiring</source>
        <translation>Приём на работу</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Отпуск</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Награда</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Увольнение</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>Ежегодный отпуск</translation>
    </message>
    <message>
        <source>Study leave</source>
        <translation>Учебный отпуск</translation>
    </message>
    <message>
        <source>Maternity leave</source>
        <translation>Декретный отпуск</translation>
    </message>
    <message>
        <source>Unpaid leave</source>
        <translation>Отпуск без содержания</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Больничный</translation>
    </message>
    <message>
        <source>Candidate of sciences</source>
        <translation>Кандидат наук</translation>
    </message>
    <message>
        <source>Doctor of sciences</source>
        <translation>Доктор наук</translation>
    </message>
    <message>
        <source>PhD</source>
        <translation>PhD</translation>
    </message>
    <message>
        <source>No degree</source>
        <translation>Без степени</translation>
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
        <translation>Без звания</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Уволен</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Жен.</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Муж.</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>до 30</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 и старше</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>не известно</translation>
    </message>
    <message>
        <source>Staff by unit</source>
        <translation>Персонал по подразделениям</translation>
    </message>
    <message>
        <source>Staff by academic degree</source>
        <translation>Персонал по учёным степеням</translation>
    </message>
    <message>
        <source>Staff by academic title</source>
        <translation>Персонал по учёным званиям</translation>
    </message>
    <message>
        <source>Age structure of the staff</source>
        <translation>Возрастная структура персонала</translation>
    </message>
    <message>
        <source>Employees on leave</source>
        <translation>Сотрудники в отпуске</translation>
    </message>
    <message>
        <source>A PIN has exactly 14 digits.</source>
        <translation>ПИН состоит ровно из 14 цифр.</translation>
    </message>
    <message>
        <source>A PIN has only digits.</source>
        <translation>ПИН содержит только цифры.</translation>
    </message>
    <message>
        <source>A PIN starts with 1 (female) or 2 (male).</source>
        <translation>ПИН начинается с 1 (жен.) или 2 (муж.).</translation>
    </message>
    <message>
        <source>Digits 2 to 9 of the PIN are not a date (ddMMyyyy).</source>
        <translation>Цифры 2–9 ПИН не являются датой (ддммгггг).</translation>
    </message>
    <message>
        <source>The first digit of the PIN does not match the gender.</source>
        <translation>Первая цифра ПИН не соответствует полу.</translation>
    </message>
    <message>
        <source>The date of birth does not match the PIN.</source>
        <translation>Дата рождения не совпадает с ПИН.</translation>
    </message>
    <message>
        <source>The employee is already on leave at that time.</source>
        <translation>Сотрудник в это время уже в отпуске.</translation>
    </message>
    <message>
        <source>The employee is dismissed.</source>
        <translation>Сотрудник уволен.</translation>
    </message>
    <message>
        <source>The employee already holds this position.</source>
        <translation>Сотрудник уже занимает эту должность.</translation>
    </message>
    <message>
        <source>The employee no longer holds that position.</source>
        <translation>Сотрудник больше не занимает эту должность.</translation>
    </message>
    <message>
        <source>The employee is already in this order.</source>
        <translation>Сотрудник уже есть в этом приказе.</translation>
    </message>
</context>
</TS>
