<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>BackupKind</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="+93"/>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Еженедельная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Ежемесячная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
</context>
<context>
    <name>BoardTable</name>
    <message>
        <location filename="../partnerdesk/ui/widgets/board_table.py" line="+105"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signs</source>
        <translation>Подписывает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add member</source>
        <translation>Добавить члена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove member</source>
        <translation>Удалить члена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Board members in the order they sign documents such as proofs of use.</source>
        <translation>Члены правления в том порядке, в котором они подписывают документы, например отчёты об использовании средств.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../partnerdesk/cli/__init__.py" line="+133"/>
        <source>Unexpected error. The details are in {log}.</source>
        <translation>Непредвиденная ошибка. Подробности в {log}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/cli/commands.py" line="+31"/>
        <source>--contacts must be between 1 and {max}.</source>
        <translation>--contacts должно быть от 1 до {max}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo is created in a database file.</source>
        <translation>Демонстрационные данные создаются в файле базы данных.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demo association created in {path}: {contacts} contacts, {exchanges} exchanges, {grants} grant applications.</source>
        <translation>Демонстрационное объединение создано в {path}: контактов – {contacts}, обменов – {exchanges}, заявок на грант – {grants}.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{count} contacts exported to {path}.</source>
        <translation>Экспортировано контактов: {count}, файл {path}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK: {path} (schema {revision}; {contacts} contacts, {exchanges} exchanges, {grants} grant applications)</source>
        <translation>В порядке: {path} (схема {revision}; контактов – {contacts}, обменов – {exchanges}, заявок на грант – {grants})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backup written and verified: {path}</source>
        <translation>Резервная копия записана и проверена: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only database files can be restored here.</source>
        <translation>Здесь можно восстанавливать только файлы баз данных.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored {path} from {backup}.</source>
        <translation>{path} восстановлен из {backup}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous state was kept in {path}.</source>
        <translation>Предыдущее состояние сохранено в {path}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/cli/output.py" line="+18"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native script</source>
        <translation>Оригинальное написание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Funder</source>
        <translation>Грантодатель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(nothing found)</source>
        <translation>(ничего не найдено)</translation>
    </message>
</context>
<context>
    <name>ContactKind</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="-50"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <location line="+3"/>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>Правление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family</source>
        <translation>Принимающая семья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner contact</source>
        <translation>Контакт в городе-партнёре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor</source>
        <translation>Спонсор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <translation>Пресса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../partnerdesk/ui/models/contacts_model.py" line="+29"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Имя в оригинале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <location filename="../partnerdesk/ui/pages/contacts_page.py" line="+75"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database is open. Open or create one in the File menu.</source>
        <translation>Нет открытой базы данных. Откройте или создайте её в меню «Файл».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contacts yet. To try PartnerDesk, create the demo association (File → New database…). Adding and importing contacts arrives in a later version.</source>
        <translation>Контактов пока нет. Чтобы попробовать PartnerDesk, создайте демонстрационное объединение (Файл → Создать базу данных…). Добавление и импорт контактов появятся в одной из следующих версий.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No contact matches “{text}”.</source>
        <translation>Нет контактов, соответствующих «{text}».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search names, towns, e-mail…</source>
        <translation>Поиск по именам, городам, эл. почте…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searches names in Latin and Cyrillic script, towns, e-mail addresses and phone numbers while you type.</source>
        <translation>Ищет уже во время ввода: имена латиницей и кириллицей, города, адреса эл. почты и номера телефонов.</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="+48"/>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Австрия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Швейцария</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Чехия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Нидерланды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../partnerdesk/dto/duplicates.py" line="+15"/>
        <source>same name</source>
        <translation>совпадает имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same birth date</source>
        <translation>совпадает дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail address</source>
        <translation>совпадает адрес эл. почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone number</source>
        <translation>совпадает номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same organisation name</source>
        <translation>совпадает название организации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memberships</source>
        <translation>Членство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links to organisations or people</source>
        <translation>Связи с организациями или людьми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardians and wards</source>
        <translation>Законные представители и подопечные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host profile</source>
        <translation>Профиль принимающей семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passports</source>
        <translation>Паспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents given as guardian</source>
        <translation>Согласия, данные как законный представитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondence</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participations</source>
        <translation>Участие в обменах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact for</source>
        <translation>Контакт для экстренной связи других лиц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests hosted</source>
        <translation>Принятые гости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme items responsible for</source>
        <translation>Ответственность за пункты программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges organised</source>
        <translation>Организованные обмены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder profiles</source>
        <translation>Профили грантодателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant applications as funder</source>
        <translation>Заявки на грант в качестве грантодателя</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/merge.py" line="+52"/>
        <source>A contact cannot be merged with itself.</source>
        <translation>Контакт нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the two contacts no longer exists. Refresh the list and look again.</source>
        <translation>Одного из двух контактов больше нет. Обновите список и проверьте ещё раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person and an organisation cannot be merged.</source>
        <translation>Лицо и организацию объединить нельзя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the two contacts was changed elsewhere meanwhile. Review both again before merging.</source>
        <translation>Тем временем один из двух контактов был изменён в другом месте. Перед объединением проверьте оба ещё раз.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../partnerdesk/ui/errors.py" line="+30"/>
        <source>The file {path} could not be read or written: {reason}</source>
        <translation>Не удалось прочитать или записать файл {path}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something unexpected went wrong. Everything saved before is safe; only the last action may not have been completed.</source>
        <translation>Произошла непредвиденная ошибка. Всё, что было сохранено ранее, в сохранности; не выполнено могло быть только последнее действие.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details were written to the log file:
{path}</source>
        <translation>Подробности записаны в файл журнала:
{path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PartnerDesk – error</source>
        <translation>PartnerDesk – ошибка</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../partnerdesk/cli/commands.py" line="-5"/>
        <source>The backup {path} does not exist.</source>
        <translation>Резервной копии {path} не существует.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/association.py" line="+54"/>
        <source>The association needs a name.</source>
        <translation>У объединения должно быть название.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} – это не адрес эл. почты.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>Валюта должна быть указана трёхбуквенным кодом, например EUR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The country must be a two-letter code such as DE.</source>
        <translation>Страна должна быть указана двухбуквенным кодом, например DE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown report language {value}.</source>
        <translation>Неизвестный язык отчётов {value}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every board member needs a name.</source>
        <translation>У каждого члена правления должно быть имя.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The profile was changed elsewhere meanwhile. Close the dialog and open it again to see the current data.</source>
        <translation>Тем временем профиль был изменён в другом месте. Закройте диалог и откройте его снова, чтобы увидеть актуальные данные.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/demo.py" line="+98"/>
        <source>The database already holds contacts. The demo association is created only in an empty database.</source>
        <translation>В базе данных уже есть контакты. Демонстрационное объединение создаётся только в пустой базе данных.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/maintenance.py" line="+22"/>
        <source>Backups of a database server are made on the server, not here.</source>
        <translation>Резервные копии сервера баз данных создаются на самом сервере, а не здесь.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only database files can be checked here.</source>
        <translation>Здесь можно проверять только файлы баз данных.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/storage/backup.py" line="+67"/>
        <source>The backup {path} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать резервную копию {path}: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {path} is damaged: {reason}</source>
        <translation>Резервная копия {path} повреждена: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {path} is not a PartnerDesk backup.</source>
        <translation>Файл {path} не является резервной копией PartnerDesk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {path} does not hold every row of the database.</source>
        <translation>Резервная копия {path} содержит не все строки базы данных.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>The backup of {path} failed: {reason}</source>
        <translation>Не удалось создать резервную копию {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../partnerdesk/storage/database.py" line="+67"/>
        <source>The database {path} does not exist.</source>
        <translation>База данных {path} не существует.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} – это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {path} is empty, not a PartnerDesk database.</source>
        <translation>Файл {path} пуст и не является базой данных PartnerDesk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>The file {path} is not a PartnerDesk database.</source>
        <translation>Файл {path} не является базой данных PartnerDesk.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The database {path} is damaged. It was left as it is and a copy was kept in {copy}. Restore the newest good backup.</source>
        <translation>База данных {path} повреждена. Она оставлена без изменений, а её копия сохранена в {copy}. Восстановите последнюю исправную резервную копию.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+68"/>
        <source>The database {path} was written by a newer version of PartnerDesk. Install the newer version to open it.</source>
        <translation>База данных {path} записана более новой версией PartnerDesk. Установите более новую версию, чтобы открыть её.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The file {path} already exists.</source>
        <translation>Файл {path} уже существует.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/storage/engine.py" line="+81"/>
        <source>The database {path} lies on a network share, where it could be damaged. Keep it on this computer, or let several computers share a PostgreSQL server.</source>
        <translation>База данных {path} находится на сетевом диске, где она может быть повреждена. Храните её на этом компьютере или используйте общий сервер PostgreSQL для нескольких компьютеров.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contacts.py" line="+28"/>
        <source>Unknown contact role {value}.</source>
        <translation>Неизвестная роль контакта {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown side {value}.</source>
        <translation>Неизвестная сторона {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown membership state {value}.</source>
        <translation>Неизвестный статус членства {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown consent purpose {value}.</source>
        <translation>Неизвестная цель согласия {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind of contact {value}.</source>
        <translation>Неизвестный вид контакта {value}.</translation>
    </message>
</context>
<context>
    <name>ExchangeDirection</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="-94"/>
        <source>Incoming</source>
        <translation>Приём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third place</source>
        <translation>Третье место</translation>
    </message>
</context>
<context>
    <name>ExchangeKind</name>
    <message>
        <location line="-13"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen trip</source>
        <translation>Поездка граждан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth exchange</source>
        <translation>Молодёжный обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School exchange</source>
        <translation>Школьный обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional exchange</source>
        <translation>Профессиональный обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural exchange</source>
        <translation>Культурный обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sports exchange</source>
        <translation>Спортивный обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online / hybrid</source>
        <translation>Онлайн / гибридный</translation>
    </message>
</context>
<context>
    <name>ExchangeStatus</name>
    <message>
        <location line="+8"/>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning</source>
        <translation>Планируется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Проведён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
</context>
<context>
    <name>ExchangesModel</name>
    <message>
        <location filename="../partnerdesk/ui/models/exchanges_model.py" line="+20"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner towns</source>
        <translation>Города-партнёры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No participants yet</source>
        <translation>Участников пока нет</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/exchanges_page.py" line="+31"/>
        <source>Exchanges</source>
        <translation>Обмены</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n обмен</numerusform>
            <numerusform>%n обмена</numerusform>
            <numerusform>%n обменов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No exchanges yet. Planning exchanges arrives in a later version; the demo association (File → New database…) shows how they will look.</source>
        <translation>Обменов пока нет. Планирование обменов появится в одной из следующих версий; демонстрационное объединение (Файл → Создать базу данных…) показывает, как это будет выглядеть.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No exchange matches “{text}”.</source>
        <translation>Нет обменов, соответствующих «{text}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search title or place…</source>
        <translation>Поиск по названию или месту…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No database is open. Open or create one in the File menu.</source>
        <translation>Нет открытой базы данных. Откройте или создайте её в меню «Файл».</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../partnerdesk/services/exports/__init__.py" line="+77"/>
        <source>Unknown export format {format}.</source>
        <translation>Неизвестный формат экспорта {format}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Не удалось записать файл {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../partnerdesk/ui/file_actions.py" line="+99"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных PartnerDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent databases</source>
        <translation>Нет недавних баз данных</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup written to {path}</source>
        <translation>Резервная копия записана: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back up to file</source>
        <translation>Сохранить копию в файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PartnerDesk databases (*.sqlite)</source>
        <translation>Базы данных PartnerDesk (*.sqlite)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup was restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {name} will be replaced by the backup of {date}. Changes made since then will be gone. A copy of the current state is kept in the backup folder first.

Restore now?</source>
        <translation>База данных {name} будет заменена резервной копией от {date}. Изменения, сделанные после этого, будут потеряны. Перед этим копия текущего состояния сохраняется в папке резервных копий.

Восстановить сейчас?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About PartnerDesk</source>
        <translation>О программе PartnerDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;PartnerDesk {version}&lt;/h3&gt;&lt;p&gt;The office of a town-twinning association: contacts, exchanges, grants and reports.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerDesk {version}&lt;/h3&gt;&lt;p&gt;Офис общества побратимских связей: контакты, обмены, гранты и отчёты.&lt;/p&gt;&lt;p&gt;Лицензия: GNU GPL версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database or the demo association</source>
        <translation>Создать пустую базу данных или демонстрационное объединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open another database file</source>
        <translation>Открыть другой файл базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a verified backup into the backup folder</source>
        <translation>Записать проверенную резервную копию в папку резервных копий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up &amp;to file…</source>
        <translation>Сохранить копию в &amp;файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a verified backup to a file of your choice</source>
        <translation>Записать проверенную резервную копию в выбранный файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the open database by one of its backups</source>
        <translation>Заменить открытую базу данных одной из её резервных копий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association &amp;profile…</source>
        <translation>&amp;Профиль объединения…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, address, logo and board of the association</source>
        <translation>Название, адрес, логотип и правление объединения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close PartnerDesk</source>
        <translation>Закрыть PartnerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About PartnerDesk</source>
        <translation>О &amp;программе PartnerDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent &amp;databases</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/first_start.py" line="+88"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных PartnerDesk (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Location of the new database</source>
        <translation>Расположение новой базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk databases (*.sqlite)</source>
        <translation>Базы данных PartnerDesk (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Welcome to PartnerDesk</source>
        <translation>Добро пожаловать в PartnerDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PartnerDesk keeps the contacts, exchanges and grants of your town-twinning association in one database file on this computer. No database is open yet: create one, or open an existing file.</source>
        <translation>PartnerDesk хранит контакты, обмены и гранты вашего общества побратимских связей в одном файле базы данных на этом компьютере. Пока ни одна база данных не открыта: создайте новую или откройте существующий файл.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new database file. The open database stays as it is.</source>
        <translation>Создать новый файл базы данных. Открытая база данных остаётся без изменений.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Location of the new database:</source>
        <translation>&amp;Расположение новой базы данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the demo association</source>
        <translation>Создать демонстрационное объединение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fictional association with partner towns, about 150 contacts, exchanges and grants, to look around and try things out.</source>
        <translation>Вымышленное объединение с городами-партнёрами, примерно 150 контактами, обменами и грантами – чтобы осмотреться и всё попробовать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create an empty database</source>
        <translation>Создать пустую базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with your own association&apos;s data.</source>
        <translation>Начать с данных вашего объединения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an existing database…</source>
        <translation>Открыть существующую базу данных…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example a copy from another computer.</source>
        <translation>Например, копию с другого компьютера.</translation>
    </message>
</context>
<context>
    <name>GrantStatus</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="+39"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Одобрена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly approved</source>
        <translation>Одобрена частично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funds requested</source>
        <translation>Средства запрошены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funds received</source>
        <translation>Средства получены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of use submitted</source>
        <translation>Отчёт об использовании средств сдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
</context>
<context>
    <name>GrantsModel</name>
    <message>
        <location filename="../partnerdesk/ui/models/grants_model.py" line="+20"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Грантодатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/grants_page.py" line="+31"/>
        <source>Grants</source>
        <translation>Гранты</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n grant application(s)</source>
        <translation>
            <numerusform>%n заявка на грант</numerusform>
            <numerusform>%n заявки на грант</numerusform>
            <numerusform>%n заявок на грант</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No grant applications yet. Entering applications, budgets and receipts arrives in a later version; the demo association (File → New database…) shows how they will look.</source>
        <translation>Заявок на грант пока нет. Ввод заявок, смет и платёжных документов появится в одной из следующих версий; демонстрационное объединение (Файл → Создать базу данных…) показывает, как это будет выглядеть.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No grant application matches “{text}”.</source>
        <translation>Нет заявок на грант, соответствующих «{text}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search title, funder or file reference…</source>
        <translation>Поиск по названию, грантодателю или номеру дела…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No database is open. Open or create one in the File menu.</source>
        <translation>Нет открытой базы данных. Откройте или создайте её в меню «Файл».</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../partnerdesk/cli/contacts_io.py" line="+63"/>
        <source>The mapping file {path} cannot be read.</source>
        <translation>Не удаётся прочитать файл сопоставления {path}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>File: {file} ({details})</source>
        <translation>Файл: {file} ({details})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: {count}</source>
        <translation>Импортировано: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into existing contacts: {count}</source>
        <translation>Объединено с существующими контактами: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicates found: {count}</source>
        <translation>Найдено дубликатов: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: {count}</source>
        <translation>Отклонено: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {reason}</source>
        <translation>строка {line}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: nothing was saved.</source>
        <translation>Пробный запуск: ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/__init__.py" line="+47"/>
        <source>same PartnerDesk ID</source>
        <translation>совпадает ID PartnerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail address</source>
        <translation>совпадает адрес эл. почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone number</source>
        <translation>совпадает номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and birth date</source>
        <translation>совпадают имя и дата рождения</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../partnerdesk/services/imports/readers.py" line="+96"/>
        <location line="+63"/>
        <source>The file {path} cannot be read.</source>
        <translation>Не удаётся прочитать файл {path}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No column of {path} is assigned to a contact field. Choose a mapping.</source>
        <translation>Ни один столбец файла {path} не сопоставлен с полем контакта. Выберите сопоставление.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/csv_reader.py" line="+124"/>
        <source>The line cannot be read as CSV.</source>
        <translation>Не удаётся прочитать строку как CSV.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The line is far too long.</source>
        <translation>Строка слишком длинная.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A quotation mark in this line is not closed; the line was skipped.</source>
        <translation>В этой строке не закрыта кавычка; строка пропущена.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/dates.py" line="+53"/>
        <source>{value} is Excel&apos;s 29 February 1900, a day that never existed.</source>
        <translation>{value} – это 29 февраля 1900 года из Excel: такого дня никогда не было.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>{value} is not a valid date.</source>
        <translation>{value} – недопустимая дата.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The birth date {value} lies in the future.</source>
        <translation>Дата рождения {value} ещё не наступила.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The birth date {value} lies more than 120 years in the past.</source>
        <translation>Дата рождения {value} была более 120 лет назад.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/fields.py" line="+18"/>
        <source>Person or organisation</source>
        <translation>Лицо или организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (split)</source>
        <translation>Полное имя (будет разделено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (native script)</source>
        <translation>Имя (оригинальное написание)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (native script)</source>
        <translation>Фамилия (оригинальное написание)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name as in passport</source>
        <translation>Имя как в паспорте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name as in passport</source>
        <translation>Фамилия как в паспорте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of organisation</source>
        <translation>Вид организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth month</source>
        <translation>Месяц рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth day</source>
        <translation>День рождения (число)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth place</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House number</source>
        <translation>Номер дома</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address extra</source>
        <translation>Дополнение к адресу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles (comma separated)</source>
        <translation>Роли (через запятую)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member number</source>
        <translation>Членский номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member since</source>
        <translation>Член с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member until</source>
        <translation>Член до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk ID</source>
        <translation>ID PartnerDesk</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/mapping.py" line="+40"/>
        <source>The mapping is not a saved PartnerDesk mapping.</source>
        <translation>Это не сохранённое сопоставление PartnerDesk.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The mapping names an unknown field: {field}.</source>
        <translation>В сопоставлении указано неизвестное поле: {field}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/presets.py" line="+17"/>
        <source>Outlook (German)</source>
        <translation>Outlook (немецкий)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook (English)</source>
        <translation>Outlook (английский)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts</source>
        <translation>Google Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird</source>
        <translation>Адресная книга Thunderbird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member list (Excel)</source>
        <translation>Список членов (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard</source>
        <translation>Файл vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk export</source>
        <translation>Экспорт PartnerDesk</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/readers.py" line="-90"/>
        <source>The row has {count} cells but the header only {width}.</source>
        <translation>В строке больше ячеек ({count}), чем в заголовке ({width}).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file {path} does not exist.</source>
        <translation>Файл {path} не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a file.</source>
        <translation>{path} – это не файл.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {path} is empty.</source>
        <translation>Файл {path} пуст.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{path} is an old Excel file (.xls). Save it as .xlsx or CSV and import that.</source>
        <translation>{path} – это файл старого формата Excel (.xls). Сохраните его как .xlsx или CSV и импортируйте полученный файл.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} is neither a CSV or text file, nor XLSX, nor vCard.</source>
        <translation>{path} не является ни файлом CSV или текстовым файлом, ни XLSX, ни vCard.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file {path} contains no rows.</source>
        <translation>Файл {path} не содержит строк.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/staging.py" line="+129"/>
        <source>The member number {value} is already taken.</source>
        <translation>Членский номер {value} уже занят.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/validation.py" line="+154"/>
        <source>{value} is a number Excel has shortened; format the column as text and export again.</source>
        <translation>{value} – это число, которое Excel сократил; задайте для столбца текстовый формат и выполните экспорт ещё раз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+116"/>
        <source>{field} is longer than {max} characters.</source>
        <translation>Поле «{field}» длиннее допустимого (макс. {max} симв.).</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>{value} is not a valid e-mail address.</source>
        <translation>{value} – недопустимый адрес эл. почты.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The row has no name.</source>
        <translation>В строке нет имени.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{value} is not a PartnerDesk ID.</source>
        <translation>{value} – это не ID PartnerDesk.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A membership needs both a member number and the date of joining.</source>
        <translation>Для членства нужны и членский номер, и дата вступления.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The membership ends ({value}) before it begins.</source>
        <translation>Членство заканчивается ({value}) раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/vocabulary.py" line="+123"/>
        <source>Unknown country {value}: use a two-letter code such as DE or RU.</source>
        <translation>Неизвестная страна {value}: укажите двухбуквенный код, например DE или RU.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown gender {value}.</source>
        <translation>Неизвестное значение пола {value}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown role {value}.</source>
        <translation>Неизвестная роль {value}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown side {value}.</source>
        <translation>Неизвестная сторона {value}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown kind of contact {value}.</source>
        <translation>Неизвестный вид контакта {value}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown kind of organisation {value}.</source>
        <translation>Неизвестный вид организации {value}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/xlsx_reader.py" line="+47"/>
        <source>{path} cannot be read as an Excel workbook (.xlsx).</source>
        <translation>Не удаётся прочитать {path} как книгу Excel (.xlsx).</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../partnerdesk/ui/widgets/logo_picker.py" line="+69"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Не удаётся прочитать файл: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image is larger than 2 MB; please choose a smaller one.</source>
        <translation>Изображение больше 2 МБ; выберите, пожалуйста, изображение меньшего размера.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not an image PartnerDesk can read.</source>
        <translation>Этот файл не является изображением, которое PartnerDesk может прочитать.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose image…</source>
        <translation>Выбрать изображение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove logo</source>
        <translation>Удалить логотип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed in the letterhead of reports and letters.</source>
        <translation>Печатается в шапке отчётов и писем.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../partnerdesk/ui/main_window.py" line="+213"/>
        <source>The automatic backup failed; see the log.</source>
        <translation>Автоматическое резервное копирование не удалось; см. журнал.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backup written.</source>
        <translation>Автоматическая резервная копия записана.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exchanges</source>
        <translation>Обмены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants</source>
        <translation>Гранты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The open database</source>
        <translation>Открытая база данных</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Backing up before closing…</source>
        <translation>Резервное копирование перед закрытием…</translation>
    </message>
</context>
<context>
    <name>MilestoneKind</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="+3"/>
        <source>Application deadline</source>
        <translation>Срок подачи заявки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fund request</source>
        <translation>Запрос средств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change notice</source>
        <translation>Уведомление об изменениях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interim report</source>
        <translation>Промежуточный отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of use due</source>
        <translation>Срок отчёта об использовании средств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep receipts until</source>
        <translation>Хранить платёжные документы до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other deadline</source>
        <translation>Другой срок</translation>
    </message>
</context>
<context>
    <name>OpenFlow</name>
    <message>
        <location filename="../partnerdesk/ui/open_flow.py" line="+68"/>
        <source>The newest backup was taken on {date}. Restore it now? Changes made after that date are not in it; the damaged file is kept in quarantine.</source>
        <translation>Последняя резервная копия сделана {date}. Восстановить её сейчас? Изменений, сделанных позже, в ней нет; повреждённый файл сохраняется в карантине.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Damaged database</source>
        <translation>Повреждённая база данных</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} already exists. Choose another name, or open it.</source>
        <translation>Файл {path} уже существует. Выберите другое имя или откройте его.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Creating the demo association…</source>
        <translation>Создаётся демонстрационное объединение…</translation>
    </message>
</context>
<context>
    <name>OpeningState</name>
    <message>
        <location filename="../partnerdesk/ui/widgets/opening_state.py" line="+36"/>
        <location line="+1"/>
        <source>Opening database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/overview_page.py" line="+89"/>
        <source>No database is open</source>
        <translation>Нет открытой базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create a database in the File menu.</source>
        <translation>Откройте или создайте базу данных в меню «Файл».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your association</source>
        <translation>Ваше объединение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database is empty. Start with File → Association profile… and enter your association&apos;s name, address and board.

To look around first, create the demo association (File → New database…).</source>
        <translation>Эта база данных пуста. Начните с меню Файл → Профиль объединения… и введите название, адрес и правление вашего объединения.

Чтобы сначала осмотреться, создайте демонстрационное объединение (Файл → Создать базу данных…).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n обмен</numerusform>
            <numerusform>%n обмена</numerusform>
            <numerusform>%n обменов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n grant application(s)</source>
        <translation>
            <numerusform>%n заявка на грант</numerusform>
            <numerusform>%n заявки на грант</numerusform>
            <numerusform>%n заявок на грант</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No exchanges planned.</source>
        <translation>Обменов не запланировано.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No partner towns yet.</source>
        <translation>Городов-партнёров пока нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status} since {date}</source>
        <translation>{status} с {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upcoming exchanges</source>
        <translation>Предстоящие обмены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner towns</source>
        <translation>Города-партнёры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native name</source>
        <translation>Название на местном языке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ParticipationStatus</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="-54"/>
        <source>Interested</source>
        <translation>Проявил интерес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting list</source>
        <translation>Лист ожидания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отказался</translation>
    </message>
</context>
<context>
    <name>PartnerTownRelation</name>
    <message>
        <location line="+22"/>
        <source>Town partnership</source>
        <translation>Партнёрство городов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friendship</source>
        <translation>Дружба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact only</source>
        <translation>Только контакт</translation>
    </message>
</context>
<context>
    <name>PartnerTownStatus</name>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resting</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Прекращено</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/profile_dialog.py" line="+164"/>
        <source>Please enter the association&apos;s name.</source>
        <translation>Введите, пожалуйста, название объединения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address (name@example.org).</source>
        <translation>Это не адрес эл. почты (name@example.org).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a web address (www.example.org).</source>
        <translation>Это не веб-адрес (www.example.org).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A German postal code has five digits.</source>
        <translation>Почтовый индекс в Германии состоит из пяти цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a three-letter currency code such as EUR.</source>
        <translation>Укажите трёхбуквенный код валюты, например EUR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every board member needs a name.</source>
        <translation>У каждого члена правления должно быть имя.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has unsaved changes. Discard them?</source>
        <translation>В профиле есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Association profile</source>
        <translation>Профиль объединения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Street:</source>
        <translation>&amp;Улица:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;Почтовый индекс:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Town:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Register number:</source>
        <translation>Р&amp;егистрационный номер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Home town:</source>
        <translation>Р&amp;одной город:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Website:</source>
        <translation>&amp;Веб-сайт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Currency:</source>
        <translation>Вал&amp;юта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Язык отчётов:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Board members who sign</source>
        <translation>Члены правления с правом подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. VR 1234, Amtsgericht</source>
        <translation>напр. VR 1234, участковый суд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The German town whose partnerships the association keeps alive.</source>
        <translation>Немецкий город, партнёрские связи которого поддерживает объединение.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Сохранить профиль (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ReportLanguage</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="+32"/>
        <source>German</source>
        <translation>Немецкий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German and Russian</source>
        <translation>Немецкий и русский</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports_page.py" line="+31"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports arrive in a later version: participant lists with signature column, emergency sheets, programmes, financial statements, lists of receipts and annual reports, in German, Russian and English.</source>
        <translation>Отчёты появятся в одной из следующих версий: списки участников с графой для подписи, листы экстренной информации, программы, финансовые отчёты, реестры документов и годовые отчёты – на немецком, русском и английском.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/restore_dialog.py" line="+83"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the backup that should replace the database {name}. You will be asked once more before anything is replaced.</source>
        <translation>Выберите резервную копию, которая заменит базу данных {name}. Перед заменой вас ещё раз спросят.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no backups of the database {name} yet. Make one with File → Back up now.</source>
        <translation>Резервных копий базы данных {name} пока нет. Создайте её: Файл → Создать резервную копию.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken on</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/settings_page.py" line="+90"/>
        <source>No database is open</source>
        <translation>Нет открытой базы данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups of a database server are made on the server.</source>
        <translation>Резервные копии сервера баз данных создаются на самом сервере.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic &amp;backup after:</source>
        <translation>&amp;Автоматическая копия через:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open database:</source>
        <translation>Открытая база данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup folder:</source>
        <translation>Папка резервных копий:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file:</source>
        <translation>Файл журнала:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of menus and dialogs; applies at once.</source>
        <translation>Язык меню и диалогов; применяется сразу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min without changes</source>
        <translation> мин без изменений</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After changes, PartnerDesk makes a verified backup once you paused this long, and again on exit. It keeps 7 daily, 4 weekly and 12 monthly copies.</source>
        <translation>После изменений PartnerDesk создаёт проверенную резервную копию, как только вы сделаете паузу такой длины, и ещё раз при выходе. Хранятся 7 ежедневных, 4 еженедельные и 12 ежемесячных копий.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="-61"/>
        <source>Home town</source>
        <translation>Наш город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner town</source>
        <translation>Город-партнёр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
</TS>
