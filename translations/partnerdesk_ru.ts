<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AddressTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/address_tab.py" line="+50"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone and e-mail</source>
        <translation>Телефон и эл. почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Street:</source>
        <translation>&amp;Улица:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Address extra:</source>
        <translation>&amp;Дополнение к адресу:</translation>
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
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mobile:</source>
        <translation>&amp;Мобильный:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>&amp;Веб-сайт:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;otes:</source>
        <translation>Пр&amp;имечания:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>c/o, building, flat</source>
        <translation>у кого, корпус, квартира</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept as typed, leading zeros included (01067).</source>
        <translation>Сохраняется так, как введено, включая ведущие нули (01067).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. +49 341 123456</source>
        <translation>напр. +49 341 123456</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>напр. name@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several addresses may be separated by commas.</source>
        <translation>Несколько адресов можно указать через запятую.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>www.example.org</source>
        <translation>напр. www.example.org</translation>
    </message>
</context>
<context>
    <name>BackupKind</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+122"/>
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
    <name>BudgetCategory</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="-21"/>
        <source>Travel</source>
        <translation>Проезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accommodation</source>
        <translation>Проживание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board (meals)</source>
        <translation>Питание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees and interpreters</source>
        <translation>Гонорары и переводчики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>Страхование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other costs</source>
        <translation>Прочие расходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own share</source>
        <translation>Собственные средства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant fees</source>
        <translation>Взносы участников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town grant</source>
        <translation>Субсидия города</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This grant</source>
        <translation>Этот грант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other grants</source>
        <translation>Другие гранты</translation>
    </message>
</context>
<context>
    <name>BudgetLineEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/budget_line_editor.py" line="+55"/>
        <source>Type amounts as 1.234,50 (or leave &apos;approved&apos; empty).</source>
        <translation>Вводите суммы в формате 1.234,50 (поле «Одобренная сумма» можно оставить пустым).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New cost line</source>
        <translation>Новая статья расходов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New income line</source>
        <translation>Новая статья доходов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost line</source>
        <translation>Статья расходов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Income line</source>
        <translation>Статья доходов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planned ({currency})</source>
        <translation>&amp;Плановая сумма ({currency})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Approved ({currency})</source>
        <translation>О&amp;добренная сумма ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Bus Mühlenstedt – Berlin, 2 days</source>
        <translation>напр. автобус Мюленштедт – Берлин, 2 дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Association&apos;s own funds</source>
        <translation>напр. собственные средства объединения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount in the application</source>
        <translation>Сумма в заявке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount in the grant decision; leave empty until the funder has decided</source>
        <translation>Сумма по решению о гранте; оставьте поле пустым, пока грантодатель не принял решение</translation>
    </message>
</context>
<context>
    <name>BudgetSide</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="-17"/>
        <source>Costs</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income</source>
        <translation>Доходы</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/budget_tab.py" line="+103"/>
        <source>Save the application first; then plan its costs and financing here.</source>
        <translation>Сначала сохраните заявку; затем здесь можно будет спланировать расходы и финансирование.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No budget lines yet. Add the costs (travel, board, programme …) and how they are financed (own share, fees, grants).</source>
        <translation>Статей сметы пока нет. Добавьте расходы (проезд, питание, программа …) и источники их финансирования (собственные средства, взносы, гранты).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Delete budget line</source>
        <translation>Удаление статьи сметы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the line “{line}” from the cost and financing plan?</source>
        <translation>Удалить статью «{line}» из сметы расходов и финансирования?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Change line…</source>
        <translation>&amp;Изменить статью…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete line…</source>
        <translation>&amp;Удалить статью…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day-&amp;rate calculator…</source>
        <translation>&amp;Калькулятор суточной ставки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants × programme days × daily rate of the funder profile; can fill the line “This grant”</source>
        <translation>Участники × дни программы × суточная ставка из профиля грантодателя; результатом можно заполнить статью «Этот грант»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cos&amp;ts</source>
        <translation>&amp;Расходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Income (financing)</source>
        <translation>До&amp;ходы (финансирование)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add c&amp;ost line…</source>
        <translation>Добавить статью р&amp;асходов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add i&amp;ncome line…</source>
        <translation>Добавить статью доходо&amp;в…</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../partnerdesk/services/calendar_export.py" line="+39"/>
        <source>Kind: {value}</source>
        <translation>Вид: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction: {value}</source>
        <translation>Направление: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: {value}</source>
        <translation>Статус: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner towns: {value}</source>
        <translation>Города-партнёры: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible: {value}</source>
        <translation>Ответственный: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk exchanges</source>
        <translation>Обмены PartnerDesk</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../partnerdesk/cli/__init__.py" line="+150"/>
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
        <location line="+57"/>
        <source>Choose the format with --format csv, xlsx or vcf.</source>
        <translation>Укажите формат параметром --format: csv, xlsx или vcf.</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <message>
        <location filename="../partnerdesk/cli/calendar_cmd.py" line="+24"/>
        <source>{count} events written to {path}.</source>
        <translation>Записано событий в {path}: {count}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/cli/report_cmd.py" line="+45"/>
        <source>Name the PDF file with -o FILE.pdf.</source>
        <translation>Укажите имя PDF-файла параметром -o ФАЙЛ.pdf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report written to {path}.</source>
        <translation>Отчёт записан в {path}.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/consents_tab.py" line="+56"/>
        <source>Data processing</source>
        <translation>Обработка данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+28"/>
        <source>Photos and publication</source>
        <translation>Фото и публикация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Newsletter</source>
        <translation>Рассылка новостей</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+2"/>
        <source>Health data for a trip</source>
        <translation>Данные о здоровье для поездки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="-3"/>
        <source>Travel of a minor</source>
        <translation>Поездка несовершеннолетнего</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+2"/>
        <source>Medical treatment</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+113"/>
        <source>The person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="-1"/>
        <source>A guardian</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="-105"/>
        <source>On paper</source>
        <translation>На бумаге</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+1"/>
        <source>By e-mail</source>
        <translation>По эл. почте</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+1"/>
        <source>Online form</source>
        <translation>Онлайн-форма</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+1"/>
        <source>Orally</source>
        <translation>Устно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given by</source>
        <translation>Кем дано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn on</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given &amp;by:</source>
        <translation>&amp;Кем дано:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guardian:</source>
        <translation>&amp;Законный представитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given &amp;on:</source>
        <translation>Дата &amp;согласия:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Channel:</source>
        <translation>С&amp;пособ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text version:</source>
        <translation>&amp;Версия текста:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Отозвано:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the exchange:</source>
        <translation>Для обмена:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose one of the guardians or type the name. The name is kept with the consent.</source>
        <translation>Выберите одного из законных представителей или введите имя. Имя сохраняется вместе с согласием.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. form 2024-01</source>
        <translation>напр. бланк 2024-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add consent</source>
        <translation>&amp;Добавить согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wit&amp;hdraw</source>
        <translation>О&amp;тозвать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the consent was withdrawn (today; the date can be changed). The consent stays in the history.</source>
        <translation>Отметить, что согласие отозвано (сегодняшним числом; дату можно изменить). Согласие остаётся в истории.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a consent not saved yet can be removed; saved consents are withdrawn instead.</source>
        <translation>Удалить можно только ещё не сохранённое согласие; сохранённые согласия вместо этого отзываются.</translation>
    </message>
</context>
<context>
    <name>ConsentRecorder</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+109"/>
        <source>Choose one of the guardians or type the name of the one who signed.</source>
        <translation>Выберите одного из законных представителей или введите имя того, кто подписал.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. form 2024-01</source>
        <translation>напр. бланк 2024-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given &amp;by</source>
        <translation>&amp;Кем дано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guardian</source>
        <translation>&amp;Законный представитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given &amp;on</source>
        <translation>Дата &amp;согласия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel</source>
        <translation>С&amp;пособ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text version</source>
        <translation>&amp;Версия текста</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record a consent – {name}</source>
        <translation>Внесение согласия – {name}</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/consents_tab.py" line="+41"/>
        <source>Consents (GDPR) with their history</source>
        <translation>Согласия (GDPR) и их история</translation>
    </message>
</context>
<context>
    <name>ContactEditing</name>
    <message>
        <location filename="../partnerdesk/dto/contact_form.py" line="+18"/>
        <source>This contact may already exist: {names}. Save anyway only if it is someone else.</source>
        <translation>Возможно, этот контакт уже существует: {names}. Всё равно сохраняйте его, только если это кто-то другой.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_editing.py" line="+52"/>
        <location filename="../partnerdesk/services/contact_editing_delete.py" line="+35"/>
        <source>This contact no longer exists. It may have been deleted or merged.</source>
        <translation>Этого контакта больше нет. Возможно, он был удалён или объединён с другим.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This contact was changed elsewhere meanwhile. Nothing was saved; your input is still in the form. Copy what you need, close the form and open the contact again.</source>
        <translation>Тем временем этот контакт был изменён в другом месте. Ничего не сохранено; введённые вами данные остаются в форме. Скопируйте то, что вам нужно, закройте форму и откройте контакт снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown kind of contact {value}.</source>
        <translation>Неизвестный вид контакта {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The member number {number} already belongs to {name}.</source>
        <translation>Членский номер {number} уже присвоен другому контакту: {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact could not be saved because it conflicts with other data (for example a link entered twice). Nothing was saved.</source>
        <translation>Не удалось сохранить контакт, так как он противоречит другим данным (например, связь введена дважды). Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_editing_delete.py" line="+2"/>
        <source>This contact was changed elsewhere meanwhile. Open it again before deleting it.</source>
        <translation>Тем временем этот контакт был изменён в другом месте. Откройте его снова, прежде чем удалять.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be deleted while taking part in these exchanges: {titles}. Remove the participation there first.</source>
        <translation>Контакт {name} нельзя удалить, пока он участвует в этих обменах: {titles}. Сначала удалите его из числа участников этих обменов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be deleted while hosting guests of these exchanges: {titles}. Remove the host placement there first.</source>
        <translation>Контакт {name} нельзя удалить, пока он принимает гостей этих обменов: {titles}. Сначала отмените там размещение гостей.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be deleted while it is the funder of these programmes: {titles}.</source>
        <translation>Контакт {name} нельзя удалить, пока он указан как грантодатель этих программ: {titles}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be deleted while it is the funder of these grant applications: {titles}.</source>
        <translation>Контакт {name} нельзя удалить, пока он указан как грантодатель в этих заявках на грант: {titles}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} cannot be deleted because other records still refer to this contact. Nothing was deleted.</source>
        <translation>Контакт {name} нельзя удалить, так как на него всё ещё ссылаются другие записи. Ничего не удалено.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_editing_passports.py" line="+22"/>
        <source>Passports can only be kept for a person that exists.</source>
        <translation>Паспорта можно хранить только для существующего лица.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passport data was changed elsewhere meanwhile. Nothing was saved; show it again to see the current data.</source>
        <translation>Тем временем паспортные данные были изменены в другом месте. Ничего не сохранено; откройте их снова, чтобы увидеть актуальные данные.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_editing_rows.py" line="+47"/>
        <source>A consent that was saved cannot be deleted; enter the day it was withdrawn instead.</source>
        <translation>Сохранённое согласие нельзя удалить; вместо этого укажите дату его отзыва.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} no longer exists or is not of the right kind to be linked here.</source>
        <translation>Контакта {name} больше нет, или его вид не подходит для этой связи.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_editing_rules.py" line="+45"/>
        <source>Please enter a family name or a given name (or the family name in native script).</source>
        <translation>Введите, пожалуйста, фамилию или имя (или фамилию в оригинальном написании).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter the organisation&apos;s name.</source>
        <translation>Введите, пожалуйста, название организации.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not an e-mail address (name@example.org).</source>
        <translation>{value} – это не адрес эл. почты (name@example.org).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a web address (www.example.org).</source>
        <translation>Это не веб-адрес (www.example.org).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date lies in the future.</source>
        <translation>Дата рождения ещё не наступила.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date lies more than 120 years back. Please check it.</source>
        <translation>Дата рождения была более 120 лет назад. Проверьте её, пожалуйста.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a two-letter country code such as DE or RU.</source>
        <translation>Укажите двухбуквенный код страны, например DE или RU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too long: at most {limit} characters.</source>
        <translation>Слишком длинный текст: допускается не более {limit} симв.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown value {value}.</source>
        <translation>Неизвестное значение {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every membership needs a member number.</source>
        <translation>Для каждого членства нужно указать членский номер.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every membership needs the date it began.</source>
        <translation>Для каждого членства нужно указать дату начала.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A membership cannot end before it began.</source>
        <translation>Членство не может закончиться раньше, чем началось.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The member number {number} is used twice.</source>
        <translation>Членский номер {number} указан дважды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the contact to link.</source>
        <translation>Выберите контакт для связи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact cannot be linked with itself.</source>
        <translation>Контакт нельзя связать с самим собой.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is linked twice with the same function.</source>
        <translation>Контакт {name} связан дважды с одной и той же функцией.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A host offers between 0 and 50 beds.</source>
        <translation>Принимающая семья может предоставить от 0 до 50 спальных мест.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every consent needs the date it was given.</source>
        <translation>Для каждого согласия нужно указать дату, когда оно было дано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consent given by a guardian needs the guardian&apos;s name.</source>
        <translation>Для согласия, данного законным представителем, нужно указать имя законного представителя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>Согласие не может быть отозвано раньше, чем оно было дано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every letter or e-mail needs its date.</source>
        <translation>Для каждого письма (бумажного или электронного) нужно указать дату.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every letter or e-mail needs a subject.</source>
        <translation>Для каждого письма (бумажного или электронного) нужно указать тему.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every passport needs its number.</source>
        <translation>Для каждого паспорта нужно указать номер.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passport must expire after the day it was issued.</source>
        <translation>Срок действия паспорта должен истекать позже даты выдачи.</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/contact_field.py" line="+78"/>
        <source>Choose a person or an organisation</source>
        <translation>Выберите лицо или организацию</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the contacts (persons and organisations)</source>
        <translation>Поиск по контактам (лица и организации)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody</source>
        <translation>Никого не выбирать</translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <location filename="../partnerdesk/ui/widgets/contact_filters.py" line="+16"/>
        <source>Active members</source>
        <translation>Действующие члены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former members</source>
        <translation>Бывшие члены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not members</source>
        <translation>Не члены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No consent: data processing</source>
        <translation>Нет согласия: обработка данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent: photos and publication</source>
        <translation>Нет согласия: фото и публикация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent: newsletter</source>
        <translation>Нет согласия: рассылка новостей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent: health data</source>
        <translation>Нет согласия: данные о здоровье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent: travel of a minor</source>
        <translation>Нет согласия: поездка несовершеннолетнего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent: medical treatment</source>
        <translation>Нет согласия: медицинская помощь</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All sides</source>
        <translation>Все стороны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All partner towns</source>
        <translation>Все города-партнёры</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any membership</source>
        <translation>Любое членство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any consents</source>
        <translation>Любые согласия</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show only contacts with this role or tag</source>
        <translation>Показывать только контакты с этой ролью или меткой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only contacts of this side of the partnership</source>
        <translation>Показывать только контакты с этой стороны партнёрства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only contacts of this partner town</source>
        <translation>Показывать только контакты из этого города-партнёра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only contacts with this membership status today</source>
        <translation>Показывать только контакты с этим статусом членства на сегодня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only contacts without a valid consent for this purpose today</source>
        <translation>Показывать только контакты без действующего на сегодня согласия на эту цель</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all contacts again (the search stays)</source>
        <translation>Снова показать все контакты (поиск сохраняется)</translation>
    </message>
</context>
<context>
    <name>ContactFormDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/dialog.py" line="+175"/>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Сохранить контакт (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contact has unsaved changes. Discard them?</source>
        <translation>В контакте есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Person</source>
        <translation>&amp;Лицо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address &amp;&amp; contact</source>
        <translation>&amp;Адрес и контакты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Roles &amp;&amp; membership</source>
        <translation>&amp;Роли и членство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lations</source>
        <translation>&amp;Связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peop&amp;le</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host profile</source>
        <translation>&amp;Профиль принимающей семьи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co&amp;nsents</source>
        <translation>Со&amp;гласия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corre&amp;spondence</source>
        <translation>П&amp;ереписка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;port</source>
        <translation>Паспор&amp;т</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} – contact</source>
        <translation>{name} – контакт</translation>
    </message>
</context>
<context>
    <name>ContactKind</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="-34"/>
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
    <name>ContactPickerDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/picker.py" line="+86"/>
        <source>Choose an organisation</source>
        <translation>Выбор организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a part of the organisation&apos;s name.</source>
        <translation>Введите часть названия организации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a person</source>
        <translation>Выбор человека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a part of the name, in any script or spelling.</source>
        <translation>Введите часть имени – в любом алфавите и написании.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+3"/>
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
        <location filename="../partnerdesk/ui/models/contacts_model.py" line="+95"/>
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
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <location filename="../partnerdesk/ui/pages/contacts_page.py" line="+161"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database is open. Open or create one in the File menu.</source>
        <translation>Нет открытой базы данных. Откройте или создайте её в меню «Файл».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts yet — add one with “New person” or “New organisation”, or import a list with “Import…” (CSV, Excel or vCard).</source>
        <translation>Контактов пока нет — добавьте контакт кнопкой «Новое лицо» или «Новая организация» либо импортируйте список через «Импорт…» (CSV, Excel или vCard).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact matches “{text}”.</source>
        <translation>Нет контактов, соответствующих «{text}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact matches these filters. “Clear filters” shows all contacts again.</source>
        <translation>Нет контактов, соответствующих этим фильтрам. Кнопка «Сбросить фильтры» снова покажет все контакты.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact matches “{text}” with these filters.</source>
        <translation>С этими фильтрами нет контактов, соответствующих «{text}».</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search names, towns, e-mail…</source>
        <translation>Поиск по именам, городам, эл. почте…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searches names in Latin and Cyrillic script, towns, e-mail addresses and phone numbers while you type (Ctrl+F).</source>
        <translation>Ищет уже во время ввода: имена латиницей и кириллицей, города, адреса эл. почты и номера телефонов (Ctrl+F).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a new person</source>
        <translation>Добавить новое лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a new organisation, school or club</source>
        <translation>Добавить новую организацию, школу или клуб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected contact (Enter or double-click)</source>
        <translation>Открыть выбранный контакт (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contacts from a CSV, Excel or vCard file</source>
        <translation>Импортировать контакты из файла CSV, Excel или vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the contacts shown (or the selected ones) as CSV, Excel or vCard</source>
        <translation>Экспортировать показанные (или выбранные) контакты в CSV, Excel или vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find duplicates…</source>
        <translation>Найти дубликаты…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find contacts entered twice and merge them</source>
        <translation>Найти контакты, введённые дважды, и объединить их</translation>
    </message>
</context>
<context>
    <name>CorrespondenceEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/correspondence_tab.py" line="+53"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received</source>
        <translation>Входящее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Исходящее</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the attached file</source>
        <translation>Выбор вложенного файла</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Di&amp;rection:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Краткое содержание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttachment:</source>
        <translation>&amp;Вложение:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the letter or e-mail is filed; only the path is kept, not the file.</source>
        <translation>Где хранится письмо; сохраняется только путь, а не сам файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add letter or e-mail</source>
        <translation>Доб&amp;авить письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>CorrespondenceTab</name>
    <message>
        <location line="+39"/>
        <source>Letters and e-mails</source>
        <translation>Бумажные и электронные письма</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+56"/>
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
    <name>DateField</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/fields.py" line="+121"/>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date as DD.MM.YYYY or pick it from the calendar.</source>
        <translation>Введите дату в формате ДД.ММ.ГГГГ или выберите её в календаре.</translation>
    </message>
</context>
<context>
    <name>DayRateDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/day_rate_dialog.py" line="+70"/>
        <source>Type the daily rate, e.g. 30,00</source>
        <translation>Введите суточную ставку, напр. 30,00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{participants} × {days} × {rate} = {amount}</source>
        <translation>{participants} × {days} × {rate} = {amount}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the daily rate as an amount, e.g. 30,00.</source>
        <translation>Введите суточную ставку в виде суммы, напр. 30,00.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day-rate calculator</source>
        <translation>Калькулятор суточной ставки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Participants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme &amp;days</source>
        <translation>&amp;Дни программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;rate per participant ({currency})</source>
        <translation>&amp;Суточная ставка на участника ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget &amp;line</source>
        <translation>Статья с&amp;меты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants of the linked exchanges who have not cancelled</source>
        <translation>Участники связанных обменов, которые не отказались от участия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days of the programme; the day of arrival and of departure count as one</source>
        <translation>Дни программы; день приезда и день отъезда считаются за один день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the funder profile; check it against the funder&apos;s current guidelines</source>
        <translation>Из профиля грантодателя; сверьте её с действующими требованиями грантодателя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The figures come from the linked exchanges and the funder profile. Change them where the funder counts differently.</source>
        <translation>Данные взяты из связанных обменов и профиля грантодателя. Измените их, если грантодатель считает иначе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This grant</source>
        <translation>Этот грант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new income line “This grant”</source>
        <translation>Новая статья доходов «Этот грант»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount becomes this line&apos;s planned amount</source>
        <translation>Сумма станет плановой суммой этой статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill budget line</source>
        <translation>&amp;Заполнить статью сметы</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message numerus="yes">
        <location filename="../partnerdesk/ui/pages/overview_sections.py" line="+98"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>No grant deadlines in the next %n day(s), and none overdue.</source>
        <translation>
            <numerusform>В ближайший %n день сроков по грантам нет, просроченных тоже нет.</numerusform>
            <numerusform>В ближайшие %n дня сроков по грантам нет, просроченных тоже нет.</numerusform>
            <numerusform>В ближайшие %n дней сроков по грантам нет, просроченных тоже нет.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant application</source>
        <translation>Заявка на грант</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a deadline (or press Enter) to open its grant application on the Milestones tab.</source>
        <translation>Дважды щёлкните срок (или нажмите Enter), чтобы открыть его заявку на грант на вкладке «Сроки».</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/documents_tab.py" line="+139"/>
        <source>Not needed</source>
        <translation>Не нужна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed</source>
        <translation>Нужна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>Запрошена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Выдана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present</source>
        <translation>указано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Does not travel abroad for this exchange</source>
        <translation>Не выезжает за границу в рамках этого обмена</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No participants yet. Add them on the Participants tab; their passports and visas are checked here.</source>
        <translation>Участников пока нет. Добавьте их на вкладке «Участники»; здесь проверяются их паспорта и визы.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Nobody travels abroad for this exchange, so no travel documents are needed. Tick “Show everyone” to see the %n participant(s) anyway.</source>
        <translation>
            <numerusform>Никто не выезжает за границу в рамках этого обмена, поэтому документы для поездки не нужны. Отметьте «Показать всех», чтобы всё же увидеть %n участника.</numerusform>
            <numerusform>Никто не выезжает за границу в рамках этого обмена, поэтому документы для поездки не нужны. Отметьте «Показать всех», чтобы всё же увидеть %n участников.</numerusform>
            <numerusform>Никто не выезжает за границу в рамках этого обмена, поэтому документы для поездки не нужны. Отметьте «Показать всех», чтобы всё же увидеть %n участников.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Passports must be valid until the return plus the margin the partner town requires (6 months unless set otherwise). Only the expiry date is shown.</source>
        <translation>Паспорт должен действовать до возвращения плюс срок, который требует город-партнёр (6 месяцев, если не указано иное). Показывается только дата окончания действия.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;visa…</source>
        <translation>Изменить &amp;визу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;everyone</source>
        <translation>Показать &amp;всех</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list the participants who do not travel abroad: for an outgoing trip the home side travels, for an incoming one the partner side, for a third place both</source>
        <translation>Показывать также участников, которые не выезжают за границу: при выезде едет своя сторона, при приёме — сторона города-партнёра, при встрече на нейтральной территории — обе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name as in passport</source>
        <translation>Имя как в паспорте</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Travels</source>
        <translation>Выезжает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport valid until</source>
        <translation>Паспорт действует до</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applied on</source>
        <translation>Запрошена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Выдана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Замечания</translation>
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
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/duplicates_dialog.py" line="+98"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Looking for contacts entered twice…</source>
        <translation>Поиск контактов, введённых дважды…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n pair(s) of contacts may be duplicates. Select one and choose “Review…” to compare and merge them.</source>
        <translation>
            <numerusform>%n пара контактов может оказаться дубликатами. Выберите пару и нажмите «Проверить…», чтобы сравнить и объединить контакты.</numerusform>
            <numerusform>%n пары контактов могут оказаться дубликатами. Выберите пару и нажмите «Проверить…», чтобы сравнить и объединить контакты.</numerusform>
            <numerusform>%n пар контактов могут оказаться дубликатами. Выберите пару и нажмите «Проверить…», чтобы сравнить и объединить контакты.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No possible duplicates found.</source>
        <translation>Возможных дубликатов не найдено.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Find duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts that may be the same person or organisation entered twice — by name in any script or spelling, birth date, e-mail and phone — most likely first.</source>
        <translation>Контакты, которые могут оказаться одним и тем же лицом или организацией, введёнными дважды, — по имени в любом алфавите и написании, дате рождения, эл. почте и телефону; сначала наиболее вероятные.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review…</source>
        <translation>Проверить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the two contacts and merge them</source>
        <translation>Сравнить два контакта и объединить их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search again</source>
        <translation>Искать снова</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/duplicates_panel.py" line="+61"/>
        <source>born {date}</source>
        <translation>род. {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This contact may already be in the address book. Save it only if it is someone else:</source>
        <translation>Возможно, этот контакт уже есть в адресной книге. Сохраняйте его, только если это кто-то другой:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is a different person or organisation: save it as a new contact.</source>
        <translation>Это другое лицо или другая организация: сохранить как новый контакт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the form</source>
        <translation>Вернуться к форме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not save now; check the existing contact first.</source>
        <translation>Пока не сохранять; сначала проверить существующий контакт.</translation>
    </message>
</context>
<context>
    <name>EmergencyEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="-87"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Search…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another person among the contacts</source>
        <translation>Выбрать другое лицо среди контактов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the contact chosen above</source>
        <translation>из контакта, выбранного выше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. health insurer and policy number</source>
        <translation>напр. медицинская страховая компания и номер полиса</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Contact</source>
        <translation>&amp;Контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insurance</source>
        <translation>&amp;Страховка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emergency contact and insurance – {name}</source>
        <translation>Контакт для экстренной связи и страховка – {name}</translation>
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
        <location filename="../partnerdesk/storage/database.py" line="+66"/>
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
        <location filename="../partnerdesk/storage/engine.py" line="+88"/>
        <source>The database {path} lies on a network share, where it could be damaged. Keep it on this computer, or let several computers share a PostgreSQL server.</source>
        <translation>База данных {path} находится на сетевом диске, где она может быть повреждена. Храните её на этом компьютере или используйте общий сервер PostgreSQL для нескольких компьютеров.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contacts.py" line="+30"/>
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
        <location filename="../partnerdesk/vocabulary.py" line="-123"/>
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
    <name>ExchangeWorkspaceDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/dialog.py" line="+141"/>
        <source>New exchange</source>
        <translation>Новый обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange – {title}</source>
        <translation>Обмен – {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Chec&amp;ks (%n)</source>
        <translation>
            <numerusform>Провер&amp;ки (%n)</numerusform>
            <numerusform>Провер&amp;ки (%n)</numerusform>
            <numerusform>Провер&amp;ки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chec&amp;ks</source>
        <translation>Провер&amp;ки</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange has changes that are not saved yet. Discard them?</source>
        <translation>В обмене есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Participants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Youth</source>
        <translation>&amp;Молодёжь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Travel &amp;documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;gramme</source>
        <translation>&amp;Программа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Host families</source>
        <translation>Принимающие &amp;семьи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is off in this exchange, most urgent first. Double-click a finding to go where it is fixed; the list updates after every change.</source>
        <translation>Что не в порядке в этом обмене — сначала самое срочное. Дважды щёлкните по замечанию, чтобы перейти туда, где его можно исправить; список обновляется после каждого изменения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the exchange&apos;s fields (Ctrl+S)</source>
        <translation>Сохранить поля обмена (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>Exchanges</name>
    <message>
        <location filename="../partnerdesk/services/exchange_editing.py" line="+33"/>
        <source>This exchange no longer exists.</source>
        <translation>Этого обмена больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exchange was changed elsewhere meanwhile. Nothing was saved; open it again to see the current data.</source>
        <translation>Тем временем этот обмен был изменён в другом месте. Ничего не сохранено; откройте его снова, чтобы увидеть актуальные данные.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exchange needs a title.</source>
        <translation>Укажите название обмена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange needs a start and an end date.</source>
        <translation>Укажите даты начала и окончания обмена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange cannot end before it starts.</source>
        <translation>Обмен не может закончиться раньше, чем начнётся.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The capacity cannot be negative.</source>
        <translation>Число мест не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The participant fee must be an amount of 0 or more.</source>
        <translation>Взнос участника должен быть суммой не меньше 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>Валюту нужно указать трёхбуквенным кодом, например EUR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../partnerdesk/services/participants.py" line="+59"/>
        <source>Unknown value {value} for {field}.</source>
        <translation>Неизвестное значение {value} для поля {field}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A chosen partner town no longer exists.</source>
        <translation>Одного из выбранных городов-партнёров больше нет.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/hosting.py" line="+60"/>
        <source>{host} has {guests} guests on {day} but only {beds} beds.</source>
        <translation>{host}, {day}: гостей — {guests}, а спальных мест — только {beds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} keeps pets ({pets}) and {guest} has an allergy to animals.</source>
        <translation>{host} держит домашних животных ({pets}), а у гостя {guest} аллергия на животных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} ({host_languages}) and {guest} ({guest_languages}) share no language.</source>
        <translation>Нет общего языка: {host} ({host_languages}) и {guest} ({guest_languages}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} hosts {guest} but travels with {exchange} at the same time.</source>
        <translation>{host}: приём гостя {guest} совпадает по времени с собственной поездкой по обмену «{exchange}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This participant is no longer listed.</source>
        <translation>Этого участника больше нет в списке.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This host no longer exists.</source>
        <translation>Этой принимающей стороны больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This host placement no longer exists.</source>
        <translation>Этого размещения больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This host placement was changed elsewhere meanwhile. Nothing was changed.</source>
        <translation>Тем временем это размещение было изменено в другом месте. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cancelled participant cannot be placed.</source>
        <translation>Участника, отменившего участие, нельзя разместить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A guest cannot be their own host.</source>
        <translation>Гость не может быть принимающей стороной для самого себя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stay must lie within the exchange ({start} – {end}) and end after it starts.</source>
        <translation>Проживание должно укладываться в сроки обмена ({start} – {end}) и заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{guest} already stays with {host} during these days.</source>
        <translation>Гость {guest} в эти дни уже размещён у принимающей стороны {host}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/participants.py" line="-6"/>
        <source>This contact no longer exists.</source>
        <translation>Этого контакта больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already takes part in this exchange.</source>
        <translation>{name} уже участвует в этом обмене.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This participant was changed elsewhere meanwhile. Nothing was saved; open the list again to see the current data.</source>
        <translation>Тем временем этот участник был изменён в другом месте. Ничего не сохранено; откройте список снова, чтобы увидеть актуальные данные.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arrival and departure must lie within the exchange ({start} – {end}).</source>
        <translation>Прибытие и отъезд должны укладываться в сроки обмена ({start} – {end}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The departure cannot be before the arrival.</source>
        <translation>Отъезд не может быть раньше прибытия.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees must be amounts of 0 or more.</source>
        <translation>Взносы должны быть суммами не меньше 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new person needs a name.</source>
        <translation>Укажите имя нового человека.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/programme.py" line="+23"/>
        <source>This programme item no longer exists.</source>
        <translation>Этого пункта программы больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This programme item was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>Тем временем этот пункт программы был изменён в другом месте. Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme item needs a title.</source>
        <translation>Укажите название пункта программы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The programme item needs a day.</source>
        <translation>Укажите день пункта программы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day must lie within the exchange ({start} – {end}).</source>
        <translation>День должен приходиться на сроки обмена ({start} – {end}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item cannot end before it starts.</source>
        <translation>Пункт программы не может закончиться раньше, чем начнётся.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An end time needs a start time.</source>
        <translation>Если указано время окончания, укажите и время начала.</translation>
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
        <location filename="../partnerdesk/ui/pages/exchanges_page.py" line="+36"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No participants yet</source>
        <translation>Участников пока нет</translation>
    </message>
    <message>
        <location filename="../partnerdesk/ui/pages/exchanges_page.py" line="-2"/>
        <source>Home side</source>
        <translation>Наша сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner side</source>
        <translation>Сторона партнёра</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <location line="+153"/>
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
        <location line="-106"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancel exchange</source>
        <translation>Отмена обмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel “{title}”? Its participants and programme stay; the exchange is marked as cancelled and leaves the open checks.</source>
        <translation>Отменить обмен «{title}»? Участники и программа сохранятся; обмен будет отмечен как отменённый и исключён из открытых проверок.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New exchange</source>
        <translation>Новый обмен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan a new exchange</source>
        <translation>Запланировать новый обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected exchange&apos;s workspace (Enter or double-click)</source>
        <translation>Открыть рабочую область выбранного обмена (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel exchange…</source>
        <translation>Отменить обмен…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected exchange as cancelled</source>
        <translation>Отметить выбранный обмен как отменённый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same trip next year</source>
        <translation>Такая же поездка в следующем году</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected exchange with its programme one year later</source>
        <translation>Скопировать выбранный обмен вместе с программой на год позже</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>Ви&amp;д:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Partner town:</source>
        <translation>Город-&amp;партнёр:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No exchange matches these filters. Choose “All” to see more.</source>
        <translation>Нет обменов, соответствующих этим фильтрам. Выберите «Все», чтобы увидеть больше.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exchanges yet. Plan the first one with “New exchange” (Ctrl+N).</source>
        <translation>Обменов пока нет. Запланируйте первый с помощью кнопки «Новый обмен» (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../partnerdesk/services/exports/__init__.py" line="+68"/>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/export_dialog.py" line="+150"/>
        <location line="+22"/>
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard (*.vcf)</source>
        <translation>Файл vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Export contacts</source>
        <translation>Экспорт контактов</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Exporting…</source>
        <translation>Выполняется экспорт…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n contact(s) exported to:</source>
        <translation>
            <numerusform>Экспортирован %n контакт в файл:</numerusform>
            <numerusform>Экспортировано %n контакта в файл:</numerusform>
            <numerusform>Экспортировано %n контактов в файл:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>Отмена экспорта…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts:</source>
        <translation>Контакты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV for Excel (semicolons, UTF-8)</source>
        <translation>CSV для Excel (точка с запятой, UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 3.0 (address books, phones)</source>
        <translation>vCard 3.0 (адресные книги, телефоны)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n contact(s) the list shows (search and filters)</source>
        <translation>
            <numerusform>Все %n контакт из списка (с учётом поиска и фильтров)</numerusform>
            <numerusform>Все %n контакта из списка (с учётом поиска и фильтров)</numerusform>
            <numerusform>Все %n контактов из списка (с учётом поиска и фильтров)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Only the %n selected contact(s)</source>
        <translation>
            <numerusform>Только %n выбранный контакт</numerusform>
            <numerusform>Только %n выбранных контакта</numerusform>
            <numerusform>Только %n выбранных контактов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the selected contacts (select them in the list first)</source>
        <translation>Только выбранные контакты (сначала выделите их в списке)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to save the file</source>
        <translation>Куда сохранить файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../partnerdesk/ui/file_actions.py" line="+100"/>
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
    <name>FilePage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/file_pages.py" line="+83"/>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact files (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)</source>
        <translation>Файлы контактов (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file with contacts: a CSV file (saved from Excel, Outlook, Google Contacts or Thunderbird), an Excel workbook (XLSX) or a vCard file (VCF). Nothing is imported before the last step.</source>
        <translation>Выберите файл с контактами: файл CSV (сохранённый из Excel, Outlook, Google Контактов или Thunderbird), книгу Excel (XLSX) или файл vCard (VCF). До последнего шага ничего не импортируется.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path of the file</source>
        <translation>Путь к файлу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../partnerdesk/cli/findings_cmd.py" line="+23"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(no findings)</source>
        <translation>(замечаний нет)</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/checks/__init__.py" line="+61"/>
        <source>There is no exchange with the ID {id}.</source>
        <translation>Обмен с идентификатором {id} не найден.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/checks/base.py" line="+15"/>
        <source>home</source>
        <translation>наш город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner</source>
        <translation>город-партнёр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>прочие</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/checks/group.py" line="+68"/>
        <source>The exchange has {days} programme days; “{programme}” requires at least {min_days}.</source>
        <translation>Дней программы в обмене: {days}; «{programme}» требует не менее {min_days}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} participants on the {side} side; “{programme}” allows at most {max}.</source>
        <translation>Участников со стороны «{side}»: {count}; «{programme}» допускает не более {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} leaders on the {side} side; “{programme}” allows at most {max}.</source>
        <translation>Сопровождающих со стороны «{side}»: {count}; «{programme}» допускает не более {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} participants on the {side} side need at least {needed} leaders under “{programme}” (one per {ratio}); there are {leaders}.</source>
        <translation>Участников со стороны «{side}»: {count}; по условиям «{programme}» нужно сопровождающих не менее {needed} (один на {ratio}), а есть: {leaders}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} is {age} at the start, younger than the minimum age {min_age} of “{programme}”.</source>
        <translation>{name}: возраст на начало обмена — {age}, это меньше минимального возраста для «{programme}» ({min_age}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is {age} at the start, older than the maximum age {max_age} of “{programme}”.</source>
        <translation>{name}: возраст на начало обмена — {age}, это больше максимального возраста для «{programme}» ({max_age}).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{minors} minors on the {side} side need at least {needed} leaders (one per {ratio}); there are {leaders}.</source>
        <translation>Несовершеннолетних со стороны «{side}»: {minors}; нужно сопровождающих не менее {needed} (один на {ratio}), а есть: {leaders}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The birth date of {name} is missing; the age at the start cannot be checked.</source>
        <translation>{name}: не указана дата рождения, поэтому проверить возраст на начало обмена нельзя.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{first}” ({first_start}–{first_end}) and “{second}” ({second_start}–{second_end}) overlap on {day}.</source>
        <translation>«{first}» ({first_start}–{first_end}) и «{second}» ({second_start}–{second_end}) пересекаются по времени {day}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/checks/people.py" line="+49"/>
        <source>{name} is a minor and has no valid guardian&apos;s consent to travel for this exchange.</source>
        <translation>{name}: несовершеннолетний участник без действительного согласия законного представителя на поездку по этому обмену.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is a minor and has no guardian recorded.</source>
        <translation>{name}: несовершеннолетний участник, законный представитель не указан.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is a minor and has no emergency contact for this exchange.</source>
        <translation>{name}: несовершеннолетний участник, контакт для экстренной связи на этот обмен не указан.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} has not paid the fee of {due} yet.</source>
        <translation>{name}: взнос {due} ещё не оплачен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has paid {paid} of {due}; {open} are still open.</source>
        <translation>{name}: оплачено {paid} из {due}, осталось оплатить {open}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The visa for {name} was refused.</source>
        <translation>{name}: в выдаче визы отказано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} needs a visa, which has not been applied for yet (needed by {needed_by}).</source>
        <translation>{name}: нужна виза, но заявление на неё ещё не подано (виза требуется к {needed_by}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The visa for {name}, applied for on {applied_on}, has not been issued yet (needed by {needed_by}).</source>
        <translation>{name}: виза, заявление на которую подано {applied_on}, ещё не выдана (требуется к {needed_by}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The name as in the passport is missing for {name}.</source>
        <translation>{name}: не указано имя как в паспорте.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} travels abroad, but no passport with an expiry date is recorded.</source>
        <translation>{name}: поездка за границу, но паспорт с датой окончания срока действия не внесён.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passport of {name} expired on {expires_on}; it must be valid until {needed} (return on {return_on} plus {months} months).</source>
        <translation>{name}: срок действия паспорта истёк {expires_on}; паспорт должен быть действителен до {needed} (возвращение {return_on} плюс {months} мес.).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passport of {name} expires on {expires_on}; it must be valid until {needed} (return on {return_on} plus {months} months).</source>
        <translation>{name}: срок действия паспорта истекает {expires_on}; паспорт должен быть действителен до {needed} (возвращение {return_on} плюс {months} мес.).</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/findings_view.py" line="+81"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{date} (overdue)</source>
        <translation>{date} (просрочено)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{date} (in %n day(s))</source>
        <translation>
            <numerusform>{date} (через %n день)</numerusform>
            <numerusform>{date} (через %n дня)</numerusform>
            <numerusform>{date} (через %n дней)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is off</source>
        <translation>Замечание</translation>
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
    <name>FunderProfileEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/funder_profiles_form.py" line="+152"/>
        <source>– choose a funder –</source>
        <translation>– выберите грантодателя –</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Type the daily rate as 30,00 (or leave it empty).</source>
        <translation>Введите суточную ставку в формате 30,00 (или оставьте поле пустым).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Example values — verify against the funder&apos;s current guidelines before applying.</source>
        <translation>Примерные значения — перед подачей заявки сверьте их с действующими требованиями грантодателя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funder and programme</source>
        <translation>Грантодатель и программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Money</source>
        <translation>Финансы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents and notes</source>
        <translation>Документы и примечания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Funder</source>
        <translation>&amp;Грантодатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Programme</source>
        <translation>&amp;Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum &amp;age (years)</source>
        <translation>Минимальный &amp;возраст (лет)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ma&amp;ximum age</source>
        <translation>&amp;Максимальный возраст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum programme &amp;days</source>
        <translation>Минимум &amp;дней программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants per &amp;side (max.)</source>
        <translation>&amp;Участников от стороны (макс.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leaders per side (max.)</source>
        <translation>&amp;Руководителей от стороны (макс.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants per l&amp;eader</source>
        <translation>Участников на &amp;одного руководителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;rate per participant</source>
        <translation>Суточная ставка на участни&amp;ка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>Вал&amp;юта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;weeks before the start</source>
        <translation>Подача &amp;заявки (недель до начала)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of use &amp;months after the end</source>
        <translation>Отчёт об &amp;использовании средств (месяцев после окончания)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep receipts (years)</source>
        <translation>&amp;Хранить платёжные документы (лет)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required d&amp;ocuments</source>
        <translation>&amp;Требуемые документы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes</source>
        <translation>Приме&amp;чания</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example values, not yet checked</source>
        <translation>Примерные значения, ещё не проверены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick once the values have been checked against the funder&apos;s current guidelines</source>
        <translation>Снимите отметку, когда значения будут сверены с действующими требованиями грантодателя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“–”: the funder sets no such rule</source>
        <translation>«–»: у грантодателя нет такого правила</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival and departure day count as one day (“–”: no minimum)</source>
        <translation>День приезда и день отъезда считаются за один день («–»: без минимума)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the funder pays per participant and programme day (empty: no day rate)</source>
        <translation>Сколько грантодатель платит за одного участника в день программы (пусто: без суточной ставки)</translation>
    </message>
</context>
<context>
    <name>FunderProfilesDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/funder_profiles.py" line="+126"/>
        <location line="+148"/>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message numerus="yes">
        <location line="-139"/>
        <source>Used by %n application(s)</source>
        <translation>
            <numerusform>Используется в %n заявке</numerusform>
            <numerusform>Используется в %n заявках</numerusform>
            <numerusform>Используется в %n заявках</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Delete funder profile</source>
        <translation>Удаление профиля грантодателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the funder profile “{programme}”?</source>
        <translation>Удалить профиль грантодателя «{programme}»?</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n example profile(s) added. Check their values against the funders&apos; current guidelines before applying.</source>
        <translation>
            <numerusform>Добавлен %n пример профиля. Перед подачей заявки сверьте значения с действующими требованиями грантодателей.</numerusform>
            <numerusform>Добавлено %n примера профилей. Перед подачей заявки сверьте значения с действующими требованиями грантодателей.</numerusform>
            <numerusform>Добавлено %n примеров профилей. Перед подачей заявки сверьте значения с действующими требованиями грантодателей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The example profiles are already there.</source>
        <translation>Примеры профилей уже добавлены.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The funder profile has changes that are not saved yet. Discard them?</source>
        <translation>В профиле грантодателя есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Funder profiles</source>
        <translation>Профили грантодателей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funder</source>
        <translation>Грантодатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Уд&amp;алить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible while applications use the profile</source>
        <translation>Невозможно, пока профиль используется в заявках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;example profiles</source>
        <translation>Добавить прим&amp;еры профилей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add example profiles of common funders (and the funders as organisations); profiles already there stay as they are</source>
        <translation>Добавить примеры профилей распространённых грантодателей (и самих грантодателей как организации); уже имеющиеся профили остаются без изменений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the funder profile (Ctrl+S)</source>
        <translation>Сохранить профиль грантодателя (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No funder profiles yet. Add the example profiles and adapt them, or enter one with “New” — the funder must be an organisation in the contacts.</source>
        <translation>Профилей грантодателей пока нет. Добавьте примеры профилей и адаптируйте их или создайте профиль кнопкой «Новый» — грантодатель должен быть организацией в контактах.</translation>
    </message>
</context>
<context>
    <name>GrantResultBox</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/budget_views.py" line="+237"/>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant approved</source>
        <translation>Одобренный грант</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual costs</source>
        <translation>Фактические расходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actual income</source>
        <translation>Прочие фактические доходы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grant the costs entitle to</source>
        <translation>Причитающийся грант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant received</source>
        <translation>Полученный грант</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not decided yet (the requested amount counts)</source>
        <translation>решение ещё не принято (учитывается запрошенная сумма)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The approved grant, at most what the actual costs leave uncovered by the other actual income</source>
        <translation>Одобренный грант, но не больше той части фактических расходов, которая не покрыта прочими фактическими доходами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surplus to repay: {amount}</source>
        <translation>Излишек к возврату: {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still outstanding (to request): {amount}</source>
        <translation>Ещё не получено (к запросу): {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received and entitled match: nothing to repay, nothing outstanding</source>
        <translation>Полученная и причитающаяся суммы совпадают: возвращать и запрашивать нечего</translation>
    </message>
</context>
<context>
    <name>GrantStatus</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+3"/>
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
    <name>GrantWorkspaceDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/dialog.py" line="+124"/>
        <source>New application</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant application – {title}</source>
        <translation>Заявка на грант – {title}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the date of the step.</source>
        <translation>Укажите дату смены статуса.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grant application has changes that are not saved yet. Discard them?</source>
        <translation>В заявке на грант есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Milestones</source>
        <translation>&amp;Сроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost and &amp;financing plan</source>
        <translation>Смета расходов и &amp;финансирования</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Receipts</source>
        <translation>Платёжные &amp;документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yments</source>
        <translation>&amp;Поступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the application&apos;s fields (Ctrl+S)</source>
        <translation>Сохранить поля заявки (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>Grants</name>
    <message>
        <location filename="../partnerdesk/services/budget.py" line="+57"/>
        <source>This budget line no longer exists.</source>
        <translation>Этой статьи сметы больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This budget line was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>Тем временем эта статья сметы была изменена в другом месте. Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown side {side} of the plan.</source>
        <translation>Неизвестная сторона сметы: {side}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category {category} does not belong on this side of the plan.</source>
        <translation>Категория {category} не относится к этой стороне сметы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The planned amount must be 0 or more, with at most two decimal places.</source>
        <translation>Плановая сумма должна быть не меньше 0 и иметь не более двух знаков после запятой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The approved amount must be empty or 0 or more, with at most two decimal places.</source>
        <translation>Одобренная сумма должна быть либо не указана, либо не меньше 0 и иметь не более двух знаков после запятой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is too long (at most 300 characters).</source>
        <translation>Описание слишком длинное (не более 300 символов).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This budget line cannot be deleted while receipts are booked to it ({count}). Book them to another line or delete them first.</source>
        <translation>Эту статью сметы нельзя удалить, пока на неё отнесены платёжные документы ({count}). Сначала отнесите их на другую статью или удалите.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This budget line cannot be deleted: receipts are booked to it. Nothing was deleted.</source>
        <translation>Эту статью сметы нельзя удалить: на неё отнесены платёжные документы. Ничего не удалено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipts are booked to this line ({count}); it cannot become the line of this grant, whose money is recorded as payments received.</source>
        <translation>На эту статью отнесены платёжные документы ({count}); она не может стать статьёй этого гранта, средства которого учитываются как полученные платежи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount {amount} is too large.</source>
        <translation>Сумма {amount} слишком велика.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/day_rate.py" line="+37"/>
        <source>The application has no funder profile, so there is no daily rate to use.</source>
        <translation>У заявки нет профиля грантодателя, поэтому неоткуда взять суточную ставку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The funder profile “{programme}” has no daily rate. Enter it in the profile or type the rate into the calculator.</source>
        <translation>В профиле грантодателя «{programme}» не указана суточная ставка. Внесите её в профиль или введите ставку в калькуляторе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daily rate is in {rate_currency}, the application in {currency}.</source>
        <translation>Дневная ставка указана в {rate_currency}, а заявка составлена в {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants and programme days must be whole numbers of 0 or more, the rate an amount of 0 or more with at most two decimal places.</source>
        <translation>Число участников и дней программы должно быть целым и не меньше 0, ставка — суммой не меньше 0 и не более чем с двумя знаками после запятой.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/funders.py" line="+27"/>
        <source>This funder profile no longer exists.</source>
        <translation>Этого профиля грантодателя больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This funder profile was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>Тем временем этот профиль грантодателя был изменён в другом месте. Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The funder profile needs the programme&apos;s name.</source>
        <translation>Для профиля грантодателя нужно указать название программы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This funder already has a profile for the programme “{programme}”.</source>
        <translation>У этого грантодателя уже есть профиль для программы «{programme}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minimum age cannot be above the maximum age.</source>
        <translation>Минимальный возраст не может быть больше максимального.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ages, days, group sizes and periods cannot be negative.</source>
        <translation>Возраст, число дней, размеры групп и сроки не могут быть отрицательными.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The daily rate must be an amount of 0 or more, to the cent.</source>
        <translation>Дневная ставка должна быть суммой не меньше 0 с точностью до цента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This funder profile cannot be deleted: applications use it ({count}). Choose another profile for them first.</source>
        <translation>Этот профиль грантодателя нельзя удалить: он используется в заявках ({count}). Сначала выберите для них другой профиль.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/grant_editing.py" line="+39"/>
        <source>This grant application no longer exists.</source>
        <translation>Этой заявки на грант больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This grant application was changed elsewhere meanwhile. Nothing was saved; open it again to see the current data.</source>
        <translation>Тем временем эта заявка на грант была изменена в другом месте. Ничего не сохранено; откройте её снова, чтобы увидеть актуальные данные.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application needs a title.</source>
        <translation>Для заявки нужно указать название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the funder the application goes to.</source>
        <translation>Выберите грантодателя, которому подаётся заявка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen funder no longer exists.</source>
        <translation>Выбранного грантодателя больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A funder must be an organisation, not a person.</source>
        <translation>Грантодателем может быть только организация, а не физическое лицо.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen funder profile no longer exists.</source>
        <translation>Выбранного профиля грантодателя больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen funder profile belongs to another funder.</source>
        <translation>Выбранный профиль грантодателя относится к другому грантодателю.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A linked exchange no longer exists.</source>
        <translation>Одного из связанных обменов больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts must be 0 or more, to the cent (at most two decimal places).</source>
        <translation>Суммы должны быть не меньше 0 с точностью до цента (не более двух знаков после запятой).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>Валюта должна быть указана трёхбуквенным кодом, например EUR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant money was received for this application, so it cannot be deleted. Withdraw or close it instead.</source>
        <translation>По этой заявке уже получены средства гранта, поэтому её нельзя удалить. Вместо этого отзовите или закройте её.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This application has receipts ({count}), so it cannot be deleted. Withdraw or close it instead.</source>
        <translation>По этой заявке есть платёжные документы ({count}), поэтому её нельзя удалить. Вместо этого отзовите или закройте её.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/grant_workflow.py" line="+50"/>
        <source>An application that is “{current}” cannot become “{target}”. Possible next: {allowed}.</source>
        <translation>Заявку со статусом «{current}» нельзя перевести в статус «{target}». Возможные следующие статусы: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An application that is “{current}” is final: its status cannot change any more.</source>
        <translation>Статус заявки «{current}» окончательный: его больше нельзя изменить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown application status {value}.</source>
        <translation>Неизвестный статус заявки: {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status change needs a date.</source>
        <translation>Для смены статуса нужно указать дату.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A status change cannot be dated in the future.</source>
        <translation>Смену статуса нельзя датировать будущим числом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A status change cannot be dated before the last one ({last}).</source>
        <translation>Смену статуса нельзя датировать раньше предыдущей ({last}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partial approval needs the approved amount.</source>
        <translation>Для частичного одобрения нужно указать одобренную сумму.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount of a partial approval must be below the requested amount.</source>
        <translation>При частичном одобрении одобренная сумма должна быть меньше запрошенной.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/milestones.py" line="+32"/>
        <source>This milestone no longer exists.</source>
        <translation>Этого срока больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This milestone was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>Тем временем этот срок был изменён в другом месте. Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The milestone needs a due date.</source>
        <translation>Для срока нужно указать дату.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A milestone cannot be done on a future day.</source>
        <translation>Срок нельзя отметить выполненным будущим числом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind of milestone {value}.</source>
        <translation>Неизвестный вид срока: {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application has no funder profile, so there is nothing to take the deadlines from. Choose a profile first.</source>
        <translation>У заявки нет профиля грантодателя, поэтому сроки неоткуда взять. Сначала выберите профиль.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application is not linked to an exchange, so there are no dates to count the deadlines from. Link an exchange first.</source>
        <translation>Заявка не связана с обменом, поэтому нет дат, от которых можно отсчитать сроки. Сначала свяжите заявку с обменом.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/receipts.py" line="+41"/>
        <source>This receipt no longer exists.</source>
        <translation>Этого платёжного документа больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This receipt was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>Тем временем этот платёжный документ был изменён в другом месте. Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another receipt or its budget line was changed at the same time. Nothing was saved; please save again.</source>
        <translation>Одновременно был изменён другой платёжный документ или его статья сметы. Ничего не сохранено; сохраните ещё раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt needs a date.</source>
        <translation>Для платёжного документа нужно указать дату.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the budget line the receipt is booked to.</source>
        <translation>Выберите статью сметы, на которую относится платёжный документ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts cannot be booked to the line of this grant: record the grant money received as a payment.</source>
        <translation>Платёжные документы нельзя относить на статью этого гранта: полученные средства гранта вносите как платёж.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount must not be 0 and may have at most two decimal places (a refund is negative).</source>
        <translation>Сумма не должна быть равна 0 и может иметь не более двух знаков после запятой (возврат указывается со знаком минус).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount in {currency} must not be 0 and may have at most two decimal places.</source>
        <translation>Сумма в {currency} не должна быть равна 0 и может иметь не более двух знаков после запятой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A receipt in another currency needs the amount in that currency, the exchange rate and the date of the rate.</source>
        <translation>Для платёжного документа в другой валюте нужны сумма в этой валюте, обменный курс и дата курса.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The currency must be a three-letter code such as RUB.</source>
        <translation>Валюта должна быть указана трёхбуквенным кодом, например RUB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} is the application&apos;s own currency: enter the amount directly.</source>
        <translation>{currency} — собственная валюта заявки: введите сумму напрямую.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange rate must be more than 0 with at most six decimal places: units of {original_currency} for 1 {currency}.</source>
        <translation>Обменный курс должен быть больше 0 и иметь не более шести знаков после запятой: число единиц {original_currency} за 1 {currency}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{original} {original_currency} is less than one cent in {currency}.</source>
        <translation>{original} {original_currency} — это меньше 0,01 {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payee or payer is too long (at most 200 characters).</source>
        <translation>Имя получателя или плательщика слишком длинное (не более 200 символов).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The purpose is too long (at most 300 characters).</source>
        <translation>Назначение слишком длинное (не более 300 символов).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This payment no longer exists.</source>
        <translation>Этого платежа больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This payment was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>Тем временем этот платёж был изменён в другом месте. Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment needs the date it was received.</source>
        <translation>Для платежа нужно указать дату поступления.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payment must be an amount of more than 0 with at most two decimal places.</source>
        <translation>Сумма платежа должна быть больше 0 и иметь не более двух знаков после запятой.</translation>
    </message>
</context>
<context>
    <name>GrantsModel</name>
    <message>
        <location filename="../partnerdesk/ui/models/grants_model.py" line="+29"/>
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
        <source>Exchanges</source>
        <translation>Обмены</translation>
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
    <message>
        <location line="+47"/>
        <source>File reference: {reference}</source>
        <translation>Номер дела: {reference}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/grants_page.py" line="+149"/>
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
        <location line="-96"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete grant application</source>
        <translation>Удаление заявки на грант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}” with its milestones, cost and financing plan and status history? This cannot be undone.</source>
        <translation>Удалить «{title}» вместе со сроками, сметой расходов и финансирования и историей статусов? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New application</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a new grant application</source>
        <translation>Добавить новую заявку на грант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected application&apos;s workspace (Enter or double-click)</source>
        <translation>Открыть рабочую область выбранной заявки (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected application (not possible once money was received or receipts are booked)</source>
        <translation>Удалить выбранную заявку (невозможно, если средства уже получены или учтены платёжные документы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funder profiles…</source>
        <translation>Профили грантодателей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The funders&apos; programmes and rules: ages, group sizes, daily rates, deadlines</source>
        <translation>Программы и правила грантодателей: возраст, размер групп, суточные ставки, сроки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funder:</source>
        <translation>Г&amp;рантодатель:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No grant application matches these filters. Choose “All” to see more.</source>
        <translation>Нет заявок на грант, соответствующих этим фильтрам. Выберите «Все», чтобы увидеть больше.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No grant applications yet. Enter the first one with “New application” (Ctrl+N), or from an exchange&apos;s workspace. Under “Funder profiles…” you can add example profiles of common funders and adapt them.</source>
        <translation>Заявок на грант пока нет. Добавьте первую с помощью кнопки «Новая заявка» (Ctrl+N) или из рабочей области обмена. В разделе «Профили грантодателей…» можно добавить примеры профилей распространённых грантодателей и адаптировать их.</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>HealthEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="-52"/>
        <source>&amp;Allergies</source>
        <translation>&amp;Аллергии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medication</source>
        <translation>&amp;Лекарства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diet</source>
        <translation>&amp;Питание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health data – {name}</source>
        <translation>Данные о здоровье – {name}</translation>
    </message>
</context>
<context>
    <name>HostTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/host_tab.py" line="+79"/>
        <source>&amp;Hosts guests (host family)</source>
        <translation>&amp;Принимает гостей (принимающая семья)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick to keep what this household offers to guests of an exchange.</source>
        <translation>Отметьте, чтобы указать, что эта семья может предложить гостям обмена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the household offers</source>
        <translation>Что может предложить семья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beds:</source>
        <translation>&amp;Спальные места:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pets:</source>
        <translation>&amp;Домашние животные:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Smoking:</source>
        <translation>&amp;Курение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages at home:</source>
        <translation>&amp;Языки в семье:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>Пр&amp;имечания:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone smokes in the household</source>
        <translation>В доме кто-то курит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. a cat, a dog</source>
        <translation>напр. кошка, собака</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. de, ru, en</source>
        <translation>напр. de, ru, en</translation>
    </message>
</context>
<context>
    <name>HostsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/hosts_tab.py" line="+116"/>
        <source>No warnings about the host families.</source>
        <translation>Замечаний по принимающим семьям нет.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove placement</source>
        <translation>Удалить размещение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{guest} will no longer stay with {host}. Remove this placement?</source>
        <translation>{guest} больше не будет жить у {host}. Удалить это размещение?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Guest</source>
        <translation>&amp;Гость</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Host</source>
        <translation>&amp;Принимающая сторона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>П&amp;о</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Assign</source>
        <translation>&amp;Разместить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the guest with the host for these days</source>
        <translation>Разместить гостя в этой семье на эти дни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove placement…</source>
        <translation>&amp;Удалить размещение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>По</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../partnerdesk/cli/contacts_io.py" line="+73"/>
        <source>The mapping file {path} cannot be read.</source>
        <translation>Не удаётся прочитать файл сопоставления {path}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>File: {file} ({details})</source>
        <translation>Файл: {file} ({details})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported: {count}</source>
        <translation>Импортировано: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged into existing contacts: {count}</source>
        <translation>Объединено с существующими контактами: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicates found: {count}</source>
        <translation>Найдено дубликатов: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../partnerdesk/services/imports/__init__.py" line="+48"/>
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
        <location line="+70"/>
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
        <location filename="../partnerdesk/services/imports/csv_reader.py" line="+114"/>
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
        <location filename="../partnerdesk/services/imports/dates.py" line="+54"/>
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
        <location line="+5"/>
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
        <location filename="../partnerdesk/services/imports/presets.py" line="+18"/>
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
    <name>ImportDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/dialog.py" line="+141"/>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Checking {name}…</source>
        <translation>Проверка {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {name}…</source>
        <translation>Импорт {name}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step 1 of 5: choose the file</source>
        <translation>Шаг 1 из 5: выбор файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 5: check what was read</source>
        <translation>Шаг 2 из 5: проверка прочитанных данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 5: assign the columns to contact fields</source>
        <translation>Шаг 3 из 5: сопоставление столбцов с полями контакта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 4 of 5: duplicates and dry run</source>
        <translation>Шаг 4 из 5: дубликаты и пробный запуск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 5 of 5: importing</source>
        <translation>Шаг 5 из 5: импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 5 of 5: result</source>
        <translation>Шаг 5 из 5: результат</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import now</source>
        <translation>Импортировать сейчас</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the import; nothing is imported</source>
        <translation>Останавливает импорт; ничего не будет импортировано</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/result_pages.py" line="+28"/>
        <source>Skipped</source>
        <translation>Строка пропущена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty fields filled in</source>
        <translation>Пустые поля заполнены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created anyway</source>
        <translation>Создан новый контакт</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+13"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Existing contact</source>
        <translation>Существующий контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it matches</source>
        <translation>Признаки совпадения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an earlier row of this file</source>
        <translation>одна из предыдущих строк этого файла</translation>
    </message>
</context>
<context>
    <name>LabelOptions</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/options.py" line="+95"/>
        <source>Label &amp;sheet:</source>
        <translation>&amp;Лист этикеток:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First free label:</source>
        <translation>&amp;Первая свободная этикетка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer offset →:</source>
        <translation>Смещение печати →:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printer offset ↓:</source>
        <translation>Смещение печати ↓:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n labels per sheet</source>
        <translation>
            <numerusform>%n этикетка на листе</numerusform>
            <numerusform>%n этикетки на листе</numerusform>
            <numerusform>%n этикеток на листе</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet in the printer: Avery L7160 has 21 labels (63.5 × 38.1 mm), Zweckform 3490 has 24 (70 × 36 mm)</source>
        <translation>Лист, вложенный в принтер: на Avery L7160 — 21 этикетка (63,5 × 38,1 мм), на Zweckform 3490 — 24 (70 × 36 мм)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Start on this label of the first sheet (counted left to right, top to bottom), so a partly used sheet can be used up; 1 to %n</source>
        <translation>
            <numerusform>Начать с этой этикетки первого листа (счёт слева направо, сверху вниз), чтобы использовать частично израсходованный лист; от 1 до %n</numerusform>
            <numerusform>Начать с этой этикетки первого листа (счёт слева направо, сверху вниз), чтобы использовать частично израсходованный лист; от 1 до %n</numerusform>
            <numerusform>Начать с этой этикетки первого листа (счёт слева направо, сверху вниз), чтобы использовать частично израсходованный лист; от 1 до %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the printer prints everything a little shifted, correct it here: positive values move the print right (→) or down (↓)</source>
        <translation>Если принтер печатает всё с небольшим смещением, исправьте это здесь: положительные значения сдвигают печать вправо (→) или вниз (↓)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw the label edges (test print)</source>
        <translation>Рисовать границы этикеток (пробная печать)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print on plain paper first and hold it against a label sheet to check the printer offset</source>
        <translation>Сначала напечатайте на обычной бумаге и приложите её к листу этикеток, чтобы проверить смещение печати</translation>
    </message>
</context>
<context>
    <name>LatinSuggestionDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/latin_dialog.py" line="+80"/>
        <source>Latin spelling</source>
        <translation>Написание латиницей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed Latin spellings of “{name}”. They are suggestions only: the name as in the passport must be typed exactly as the passport writes it.</source>
        <translation>Предлагаемые варианты написания «{name}» латиницей. Это лишь подсказки: имя как в паспорте нужно вводить точно так, как оно написано в паспорте.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ICAO 9303 (passports):</source>
        <translation>ICAO 9303 (паспорта):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German spelling (letters):</source>
        <translation>Немецкое написание (письма):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use as passport name</source>
        <translation>Использовать как имя в паспорте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use as Latin name</source>
        <translation>Использовать как имя латиницей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fills the fields; check them against the passport.</source>
        <translation>Заполняет поля; сверьте их с паспортом.</translation>
    </message>
</context>
<context>
    <name>LetterOptions</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/options.py" line="+74"/>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Templates…</source>
        <translation>Ш&amp;аблоны…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the letter templates: text, subject, fields</source>
        <translation>Изменить шаблоны писем: текст, тему, поля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter template; its fields are filled in for each contact</source>
        <translation>Шаблон письма; его поля заполняются для каждого контакта</translation>
    </message>
</context>
<context>
    <name>LetterTemplatesDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/letter_templates.py" line="+154"/>
        <source>An example; adapt it to your association</source>
        <translation>Пример; адаптируйте его для своего объединения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No letter templates yet. Add the examples and adapt them, or write one with “New”.</source>
        <translation>Шаблонов писем пока нет. Добавьте примеры и адаптируйте их или создайте шаблон кнопкой «Новый».</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Delete letter template</source>
        <translation>Удаление шаблона письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the letter template “{name}”?</source>
        <translation>Удалить шаблон письма «{name}»?</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n example template(s) added.</source>
        <translation>
            <numerusform>Добавлен %n пример шаблона.</numerusform>
            <numerusform>Добавлено %n примера шаблонов.</numerusform>
            <numerusform>Добавлено %n примеров шаблонов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The example templates are already there.</source>
        <translation>Примеры шаблонов уже добавлены.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter template has changes that are not saved yet. Discard them?</source>
        <translation>В шаблоне письма есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Letter templates</source>
        <translation>Шаблоны писем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Text:</source>
        <translation>Те&amp;кст:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Needs the exchange the letter is about</source>
        <translation>Требуется обмен, к которому относится письмо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a field to insert it. Add _de, _ru or _en to write it in that language, e.g. {salutation_ru} in the Russian part of a bilingual letter.</source>
        <translation>Дважды щёлкните поле, чтобы вставить его. Добавьте _de, _ru или _en, чтобы вывести его на этом языке, например {salutation_ru} в русской части двуязычного письма.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert field</source>
        <translation>&amp;Вставить поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w</source>
        <translation>Н&amp;овый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Уд&amp;алить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;examples</source>
        <translation>Добавить &amp;примеры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the example templates (invitation for a visa, general letter) in German, Russian and English; templates already there stay as they are</source>
        <translation>Добавить примеры шаблонов (приглашение для оформления визы, обычное письмо) на немецком, русском и английском языках; уже имеющиеся шаблоны остаются без изменений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the letter template (Ctrl+S)</source>
        <translation>Сохранить шаблон письма (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter&apos;s text, with fields such as {salutation}</source>
        <translation>Текст письма с полями, например {salutation}</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../partnerdesk/services/letter_fields.py" line="+37"/>
        <source>Opening by gender and language, e.g. “Sehr geehrte Frau Iwanowa,”</source>
        <translation>Обращение с учётом пола и языка, например «Sehr geehrte Frau Iwanowa,»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Academic title, e.g. Dr.</source>
        <translation>Учёная степень, например Dr.</translation>
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
        <source>Full name with title</source>
        <translation>Полное имя с учёной степенью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as in the passport</source>
        <translation>Имя как в паспорте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
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
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport valid until</source>
        <translation>Паспорт действует до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the exchange</source>
        <translation>Название обмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the exchange</source>
        <translation>Первый день обмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the exchange</source>
        <translation>Последний день обмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of the exchange</source>
        <translation>Место проведения обмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family during the exchange, with address</source>
        <translation>Принимающая семья на время обмена, с адресом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the association</source>
        <translation>Название объединения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the letter</source>
        <translation>Дата письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board member who signs</source>
        <translation>Член правления, подписывающий письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function of the board member</source>
        <translation>Должность члена правления</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/letters.py" line="+57"/>
        <source>This letter template no longer exists.</source>
        <translation>Этого шаблона письма больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This letter template was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>Тем временем этот шаблон письма был изменён в другом месте. Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter template needs a name.</source>
        <translation>Для шаблона письма нужно указать название.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown language of a letter template: {value}.</source>
        <translation>Неизвестный язык шаблона письма: {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There already is a letter template named “{name}” in this language.</source>
        <translation>Шаблон письма с названием «{name}» на этом языке уже есть.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter uses unknown fields: {fields}. Known fields: {known}.</source>
        <translation>В письме используются неизвестные поля: {fields}. Известные поля: {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter template uses fields of an exchange ({fields}): choose the exchange the letter is about.</source>
        <translation>В шаблоне письма используются поля обмена ({fields}): выберите обмен, к которому относится письмо.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no exchange with the id {id}.</source>
        <translation>Обмена с ID {id} нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no letter template in the language {language}. Add one, or install the examples, on the Reports page.</source>
        <translation>Для языка {language} шаблона письма нет. Добавьте его или установите примеры на странице «Отчёты».</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/links_tab.py" line="+122"/>
        <source>Guardian</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;guardian…</source>
        <translation>Добавить &amp;законного представителя…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents or other guardians of a minor. Double-click the relation to edit it (e.g. mother).</source>
        <translation>Родители или другие законные представители несовершеннолетнего. Чтобы указать, кем приходится представитель (например, мать), дважды щёлкните по этой ячейке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add &amp;organisation…</source>
        <translation>Добавить &amp;организацию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click the function to edit it (e.g. head teacher, mayor).</source>
        <translation>Чтобы изменить должность (например, директор школы, мэр), дважды щёлкните по ней.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;person…</source>
        <translation>Добавить &amp;человека…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click the function to edit it.</source>
        <translation>Чтобы изменить должность, дважды щёлкните по ней.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location line="+68"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardians</source>
        <translation>Законные представители</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian of: {names}</source>
        <translation>Является законным представителем: {names}</translation>
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
        <location filename="../partnerdesk/ui/main_window.py" line="+217"/>
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
    <name>MappingPage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/mapping_page.py" line="+156"/>
        <source>Save mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the mapping:</source>
        <translation>Название сопоставления:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete mapping</source>
        <translation>Удалить сопоставление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved mapping “{name}”?</source>
        <translation>Удалить сохранённое сопоставление «{name}»?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suggested: {preset}</source>
        <translation>Предложено: {preset}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the column names</source>
        <translation>Предложено по названиям столбцов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved: {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assignment:</source>
        <translation>Сопоставление:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The suggestion for this file, the preset of a program&apos;s export, or a mapping you saved</source>
        <translation>Предложение для этого файла, шаблон экспорта из другой программы или сохранённое вами сопоставление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save mapping…</source>
        <translation>Сохранить сопоставление…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this assignment under a name for the next file</source>
        <translation>Сохранить это сопоставление под названием для следующих файлов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the saved mapping chosen on the left</source>
        <translation>Удалить сохранённое сопоставление, выбранное слева</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column in the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact field</source>
        <translation>Поле контакта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column is assigned to a contact field yet. Choose a field for at least the name columns.</source>
        <translation>Ни один столбец ещё не сопоставлен с полем контакта. Выберите поля хотя бы для столбцов с именем.</translation>
    </message>
</context>
<context>
    <name>MembershipEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/roles_tab.py" line="+31"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Joined</source>
        <translation>Вступление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Joined on:</source>
        <translation>Дата &amp;вступления:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;eft on:</source>
        <translation>Дата в&amp;ыхода:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add membership</source>
        <translation>&amp;Добавить членство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each member number is used once.</source>
        <translation>Каждый членский номер используется только один раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty while the membership lasts.</source>
        <translation>Оставьте пустым, пока членство действует.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/merge_dialog.py" line="+35"/>
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
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner town</source>
        <translation>Город-партнёр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Улица</translation>
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
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverse</source>
        <translation>другой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town administration</source>
        <translation>Городская администрация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club or association</source>
        <translation>Клуб или объединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Грантодатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Keep “{name}”</source>
        <translation>Оставить «{name}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record kept; the other one is removed</source>
        <translation>Эта запись сохраняется, другая удаляется</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked records</source>
        <translation>Связанные записи</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>both texts</source>
        <translation>оба текста</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge: “{kept}” will be kept, “{removed}” removed; all references move to “{kept}”. This cannot be undone.</source>
        <translation>Объединение: «{kept}» сохраняется, «{removed}» удаляется; все ссылки переносятся на «{kept}». Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge contacts</source>
        <translation>Объединение контактов</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Merge two contacts</source>
        <translation>Объединение двух контактов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the record to keep and, for each field that differs, the value it keeps. Everything linked to the other record — participations, consents, correspondence and more — moves to the record kept.</source>
        <translation>Выберите запись, которую нужно сохранить, а для каждого различающегося поля — значение, которое в ней останется. Всё, что связано с другой записью (участие в обменах, согласия, переписка и прочее), переносится в сохраняемую запись.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/milestone_editor.py" line="+65"/>
        <source>New milestone</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Due on</source>
        <translation>&amp;Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;one on</source>
        <translation>Вып&amp;олнено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty while the milestone is open</source>
        <translation>Пусто, пока срок не выполнен</translation>
    </message>
</context>
<context>
    <name>MilestoneKind</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+48"/>
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
    <name>MilestonesTab</name>
    <message numerus="yes">
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/milestones_tab.py" line="+98"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Срок через %n день</numerusform>
            <numerusform>Срок через %n дня</numerusform>
            <numerusform>Срок через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the new application first; then add its milestones here or generate them from the funder profile.</source>
        <translation>Сначала сохраните новую заявку; затем здесь можно будет добавить её сроки или сформировать их по профилю грантодателя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No milestones yet. Add them one by one, or generate them from the funder profile and the dates of the linked exchanges.</source>
        <translation>Сроков пока нет. Добавьте их по одному или сформируйте по профилю грантодателя и датам связанных обменов.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Red: overdue. Yellow: due within %n days.</source>
        <translation>
            <numerusform>Красным — просроченные, жёлтым — со сроком в ближайший %n день.</numerusform>
            <numerusform>Красным — просроченные, жёлтым — со сроком в ближайшие %n дня.</numerusform>
            <numerusform>Красным — просроченные, жёлтым — со сроком в ближайшие %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Delete milestone</source>
        <translation>Удалить срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the milestone “{title}”?</source>
        <translation>Удалить срок «{title}»?</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n milestone(s) added from the funder profile.</source>
        <translation>
            <numerusform>По профилю грантодателя добавлен %n срок.</numerusform>
            <numerusform>По профилю грантодателя добавлено %n срока.</numerusform>
            <numerusform>По профилю грантодателя добавлено %n сроков.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application already has every milestone the funder profile defines.</source>
        <translation>В заявке уже есть все сроки, предусмотренные профилем грантодателя.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>Отметить &amp;выполненным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected milestone as done today</source>
        <translation>Отметить выбранный срок как выполненный сегодняшним числом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Уд&amp;алить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate from funder profile</source>
        <translation>&amp;Сформировать по профилю грантодателя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the application deadline, proof of use and keep-receipts dates from the funder profile and the linked exchanges&apos; dates; milestones already there stay</source>
        <translation>Добавить срок подачи заявки, срок отчёта об использовании средств и срок хранения платёжных документов по профилю грантодателя и датам связанных обменов; уже имеющиеся сроки сохраняются</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>NewPersonEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/new_person_editor.py" line="+63"/>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Family name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (&amp;native)</source>
        <translation>Имя (в &amp;оригинале)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family name (n&amp;ative)</source>
        <translation>Фамилия (в ори&amp;гинале)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Дата рождения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G&amp;ender</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Side</source>
        <translation>&amp;Сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stated</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diverse</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in Latin letters</source>
        <translation>латиницей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. in Cyrillic</source>
        <translation>необязательно, например кириллицей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; leave it empty when unknown</source>
        <translation>Необязательно; оставьте пустым, если неизвестно</translation>
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
    <name>OptionsPage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/result_pages.py" line="-77"/>
        <source>When a row matches a contact already there</source>
        <translation>Если строка совпадает с уже имеющимся контактом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the row (the contact stays as it is)</source>
        <translation>Пропустить строку (контакт остаётся без изменений)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the empty fields of the existing contact</source>
        <translation>Заполнить пустые поля существующего контакта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new contact anyway</source>
        <translation>Всё равно создать новый контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run: check the whole file and show what would happen, without importing anything</source>
        <translation>Пробный запуск: проверить весь файл и показать, что произойдёт, ничего не импортируя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import is all or nothing: either every accepted row is imported or, if it is cancelled or fails, none. Rejected rows are listed with their line number and reason afterwards.</source>
        <translation>Импорт выполняется по принципу «всё или ничего»: либо импортируются все принятые строки, либо — при отмене или ошибке — ни одна. Отклонённые строки затем выводятся списком с номером строки и причиной.</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/organisation_tab.py" line="+41"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Side:</source>
        <translation>&amp;Сторона:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;town:</source>
        <translation>Город-па&amp;ртнёр:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Gymnasium am Markt, Stadtverwaltung Musterstadt</source>
        <translation>напр. Gymnasium am Markt, Stadtverwaltung Musterstadt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town administration</source>
        <translation>Городская администрация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Club</source>
        <translation>Клуб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Грантодатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/overview_page.py" line="+265"/>
        <source>No database is open</source>
        <translation>Нет открытой базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create a database in the File menu.</source>
        <translation>Откройте или создайте базу данных в меню «Файл».</translation>
    </message>
    <message>
        <location line="-44"/>
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
        <location line="+11"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No exchanges planned.</source>
        <translation>Обменов не запланировано.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No partner towns yet.</source>
        <translation>Городов-партнёров пока нет.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The overview could not be loaded.</source>
        <translation>Не удалось загрузить обзор.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{status} since {date}</source>
        <translation>{status} с {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upcoming exchanges</source>
        <translation>Предстоящие обмены</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Grant deadlines — overdue and the next %n day(s); double-click to open</source>
        <translation>
            <numerusform>Сроки по грантам — просроченные и на ближайший %n день; дважды щёлкните, чтобы открыть</numerusform>
            <numerusform>Сроки по грантам — просроченные и на ближайшие %n дня; дважды щёлкните, чтобы открыть</numerusform>
            <numerusform>Сроки по грантам — просроченные и на ближайшие %n дней; дважды щёлкните, чтобы открыть</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner towns</source>
        <translation>Города-партнёры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open findings — most urgent first; double-click to fix</source>
        <translation>Открытые замечания — сначала самые срочные; дважды щёлкните, чтобы исправить</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+1"/>
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
        <location line="-4"/>
        <location line="+5"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/overview_tab.py" line="+214"/>
        <source>Start a grant application for this exchange</source>
        <translation>Создать заявку на грант для этого обмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the exchange first</source>
        <translation>Сначала сохраните обмен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No grant application linked yet</source>
        <translation>Связанных заявок на грант пока нет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} — {status}</source>
        <translation>{title}: {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to open the grant application</source>
        <translation>Дважды щёлкните, чтобы открыть заявку на грант</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n further grant application(s) linked</source>
        <translation>
            <numerusform>Связана ещё %n заявка на грант</numerusform>
            <numerusform>Связаны ещё %n заявки на грант</numerusform>
            <numerusform>Связано ещё %n заявок на грант</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/overview_tab.py" line="+215"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>Нап&amp;равление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Дата начала</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;o</source>
        <translation>Дата окон&amp;чания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;pacity</source>
        <translation>Чис&amp;ло мест</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participant &amp;fee</source>
        <translation>Взнос уч&amp;астника</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/overview_tab.py" line="+2"/>
        <source>C&amp;urrency</source>
        <translation>Вал&amp;юта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner to&amp;wns</source>
        <translation>&amp;Города-партнёры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants</source>
        <translation>Гранты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many people can take part (– : not set)</source>
        <translation>Сколько человек может участвовать (– : не задано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 150,00</source>
        <translation>напр. 150,00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person or organisation who organises the exchange</source>
        <translation>Лицо или организация, которые организуют обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New grant &amp;application…</source>
        <translation>Новая &amp;заявка на грант…</translation>
    </message>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/overview_tab.py" line="-100"/>
        <source>– choose a funder –</source>
        <translation>– выберите грантодателя –</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>– no profile –</source>
        <translation>– без профиля –</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{programme} (example)</source>
        <translation>{programme} (пример)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Type amounts as 1.234,50 (or leave them empty).</source>
        <translation>Вводите суммы в формате 1.234,50 (или оставьте поля пустыми).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Funder</source>
        <translation>&amp;Грантодатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder p&amp;rofile</source>
        <translation>Про&amp;филь грантодателя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;gramme</source>
        <translation>&amp;Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;reference</source>
        <translation>Номер &amp;дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quested</source>
        <translation>&amp;Запрошено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;pproved</source>
        <translation>&amp;Одобрено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>Приме&amp;чания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked e&amp;xchanges</source>
        <translation>Связанные о&amp;бмены</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The funder&apos;s programme with its rules (ages, group sizes, daily rates, deadlines); edit profiles on the Grants page under “Funder profiles…”.</source>
        <translation>Программа грантодателя и её правила (возраст, размер групп, суточные ставки, сроки); профили можно изменить на странице «Гранты» в разделе «Профили грантодателей…».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The funder&apos;s file number (Aktenzeichen)</source>
        <translation>Номер дела, присвоенный грантодателем (Aktenzeichen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the funder granted; set by the status step “Approved” or “Partly approved”</source>
        <translation>Сумма, выделенная грантодателем; заполняется при смене статуса на «Одобрена» или «Одобрена частично»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the exchanges this application pays for</source>
        <translation>Отметьте обмены, которые финансируются по этой заявке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not decided yet</source>
        <translation>решение ещё не принято</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/participant_editor.py" line="+60"/>
        <source>Participant – {name}</source>
        <translation>Участник – {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Side</source>
        <translation>&amp;Сторона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrives</source>
        <translation>&amp;Прибытие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Departs</source>
        <translation>&amp;Отъезд</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee &amp;due</source>
        <translation>&amp;Взнос к оплате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee &amp;paid</source>
        <translation>Опла&amp;чено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 150,00</source>
        <translation>напр. 150,00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: from the start of the exchange</source>
        <translation>Пусто: с начала обмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: until the end of the exchange</source>
        <translation>Пусто: до конца обмена</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/participants_tab.py" line="+116"/>
        <source>Minor at the start of the exchange</source>
        <translation>Несовершеннолетний на начало обмена</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>whole exchange</source>
        <translation>весь обмен</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;{total}&lt;/b&gt; taking part — by side: {sides} — by role: {roles}</source>
        <translation>Участвуют: &lt;b&gt;{total}&lt;/b&gt; — по сторонам: {sides} — по ролям: {roles}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Cancel participant</source>
        <translation>Отмена участия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the participation of {name}? They stay in the list as cancelled; their host placements are removed.</source>
        <translation>Отменить участие: {name}? Участник останется в списке с пометкой об отмене, а его размещения у принимающих сторон будут удалены.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add from contacts…</source>
        <translation>&amp;Добавить из контактов…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search a person among the contacts and add them</source>
        <translation>Найти человека среди контактов и добавить его</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New person…</source>
        <translation>&amp;Новое лицо…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a person who is not among the contacts yet and add them</source>
        <translation>Создать человека, которого ещё нет среди контактов, и добавить его</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role, side, status, attendance or fees (Enter or double-click)</source>
        <translation>Изменить роль, сторону, статус, период участия или взносы (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;participant…</source>
        <translation>Отменить у&amp;частие…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native name</source>
        <translation>Имя в оригинале</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance</source>
        <translation>Период участия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee due</source>
        <translation>Взнос к оплате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee paid</source>
        <translation>Оплачено</translation>
    </message>
</context>
<context>
    <name>ParticipationRole</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="-44"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Сопровождающий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Водитель</translation>
    </message>
</context>
<context>
    <name>ParticipationStatus</name>
    <message>
        <location line="-13"/>
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
        <location line="+31"/>
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
    <name>PassportEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/passport_tab.py" line="+32"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Issued on:</source>
        <translation>Дата &amp;выдачи:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires on:</source>
        <translation>&amp;Действителен до:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing &amp;country:</source>
        <translation>&amp;Страна выдачи:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add passport</source>
        <translation>Добавить &amp;паспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>PassportTab</name>
    <message>
        <location line="+70"/>
        <source>Passport data is sensitive personal data. It is shown only when you ask for it, and only what a trip needs should be kept (visa, insurance, border lists).</source>
        <translation>Паспортные данные — это персональные данные особой важности. Они показываются только по вашему запросу, и хранить следует лишь то, что нужно для поездки (виза, страховка, списки для пересечения границы).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide passport data</source>
        <translation>Скрыть паспортные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show passport data</source>
        <translation>&amp;Показать паспортные данные</translation>
    </message>
</context>
<context>
    <name>PaymentEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/payment_editor.py" line="+38"/>
        <source>Type the amount as 1.234,50.</source>
        <translation>Введите сумму в формате 1.234,50.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New payment received</source>
        <translation>Новое поступление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment received</source>
        <translation>Поступление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on</source>
        <translation>&amp;Дата поступления</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Сумма ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1st tranche</source>
        <translation>напр. 1-й транш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount credited to the association&apos;s account</source>
        <translation>Сумма, зачисленная на счёт объединения</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/payments_tab.py" line="+90"/>
        <source>Total received: {amount}</source>
        <translation>Всего поступило: {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the application first; then record here the grant money the funder pays.</source>
        <translation>Сначала сохраните заявку; затем вносите здесь средства гранта, перечисленные грантодателем.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payments received yet. Record each tranche the funder pays with “Add payment…”.</source>
        <translation>Поступлений пока нет. Вносите каждый транш от грантодателя кнопкой «Добавить поступление…».</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete payment</source>
        <translation>Удалить поступление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the payment of {amount} received on {date}?</source>
        <translation>Удалить поступление на сумму {amount} от {date}?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add payment…</source>
        <translation>&amp;Добавить поступление…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a tranche of grant money received</source>
        <translation>Внести полученный транш средств гранта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Уд&amp;алить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <location filename="../partnerdesk/ui/pages/reports/preview.py" line="+245"/>
        <source>of %n</source>
        <translation>
            <numerusform>из %n</numerusform>
            <numerusform>из %n</numerusform>
            <numerusform>из %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to width</source>
        <translation>Подогнать по ширине</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The page shown; type a number to go there</source>
        <translation>Текущая страница; введите номер, чтобы перейти к другой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/person_tab.py" line="+132"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in native script</source>
        <translation>Имя в оригинальном написании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as in the passport</source>
        <translation>Имя как в паспорте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sa&amp;lutation:</source>
        <translation>&amp;Обращение:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title:</source>
        <translation>&amp;Звание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gi&amp;ven name:</source>
        <translation>И&amp;мя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fa&amp;mily name:</source>
        <translation>Ф&amp;амилия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given na&amp;me:</source>
        <translation>Им&amp;я:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family nam&amp;e:</source>
        <translation>Фами&amp;лия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ge&amp;nder:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth &amp;place:</source>
        <translation>Мес&amp;то рождения:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nati&amp;onality:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>Язы&amp;ки:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Side:</source>
        <translation>&amp;Сторона:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;town:</source>
        <translation>Город-па&amp;ртнёр:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As letters use it, e.g. Frau or Herr.</source>
        <translation>Как в письмах, например Frau или Herr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Dr.</source>
        <translation>напр. Dr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name in the person&apos;s own script, e.g. Cyrillic.</source>
        <translation>Имя в оригинальном написании, например кириллицей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the name exactly as the passport writes it (visas, insurance, lists for border crossings). It is never computed.</source>
        <translation>Введите имя точно так, как оно написано в паспорте (визы, страховка, списки для пересечения границы). Оно никогда не заполняется автоматически.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggest Latin spelling…</source>
        <translation>Предложить написание латиницей…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposes the ICAO 9303 spelling (passports) and the German spelling (letters) of a Cyrillic name. You decide which one to use, if any.</source>
        <translation>Предлагает написание кириллического имени по ICAO 9303 (паспорта) и по немецким правилам (письма). Использовать ли одно из них и какое, решаете вы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. de, ru, en</source>
        <translation>напр. de, ru, en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stated</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diverse</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the person belongs to the home town, a partner town or neither.</source>
        <translation>Относится ли человек к родному городу, к городу-партнёру или ни к тому, ни к другому.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>in Latin letters</source>
        <translation>латиницей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Иванова</source>
        <translation>напр. Иванова</translation>
    </message>
</context>
<context>
    <name>PlanChecks</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/budget_views.py" line="-92"/>
        <source>costs and income balance</source>
        <translation>расходы и доходы сбалансированы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>income is {amount} short of the costs</source>
        <translation>доходы меньше расходов на {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>income exceeds the costs by {amount}</source>
        <translation>доходы превышают расходы на {amount}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share of this grant in the costs: planned {planned} · approved {approved} · actual {actual}</source>
        <translation>Доля этого гранта в расходах: план {planned} · утверждено {approved} · факт {actual}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{amount} of grant money received count as income although the plan has no line “This grant”.</source>
        <translation>Полученные средства гранта ({amount}) учтены как доходы, хотя в смете нет статьи «Этот грант».</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message numerus="yes">
        <location line="-115"/>
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n платёжный документ</numerusform>
            <numerusform>%n платёжных документа</numerusform>
            <numerusform>%n платёжных документов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments received</source>
        <translation>Поступления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of planned</source>
        <translation>% от плана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts booked to the line; for “This grant”: the payments received</source>
        <translation>Платёжные документы, отнесённые на статью; для статьи «Этот грант» — поступления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount in the grant decision; the total counts the planned amount of a line without one</source>
        <translation>Сумма по решению о предоставлении гранта; если у статьи её нет, в итог входит плановая сумма</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/file_pages.py" line="+40"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>В порядке</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CSV (text with separators)</source>
        <translation>CSV (текст с разделителями)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vCard</source>
        <translation>vCard (электронные визитки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma ( , )</source>
        <translation>запятая ( , )</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolon ( ; )</source>
        <translation>точка с запятой ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line {line}</source>
        <translation>строка {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (vCard fields)</source>
        <translation>нет (поля vCard)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first {count} rows as read (the line numbers are those of the file). “Check” says whether a row would be imported with the suggested assignment of the columns, which you can change in the next step.</source>
        <translation>Начало файла в прочитанном виде, строк: {count} (номера строк — как в файле). В столбце «Проверка» видно, будет ли строка импортирована при предложенном сопоставлении столбцов; его можно изменить на следующем шаге.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separator:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header row:</source>
        <translation>Строка заголовков:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../partnerdesk/services/privacy.py" line="+60"/>
        <source>The number of days must not be negative.</source>
        <translation>Число дней не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Exchange {id} does not exist.</source>
        <translation>Обмена {id} не существует.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The health data of “{title}” can be deleted only after the exchange has ended ({end}).</source>
        <translation>Данные о здоровье по обмену «{title}» можно удалить только после его окончания ({end}).</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/profile_dialog.py" line="+155"/>
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
        <location line="+27"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has unsaved changes. Discard them?</source>
        <translation>В профиле есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <name>ProgrammeItemEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/programme_item_editor.py" line="+62"/>
        <source>Type times as HH:MM, e.g. 09:30.</source>
        <translation>Вводите время в формате ЧЧ:ММ, например 09:30.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New programme item</source>
        <translation>Новый пункт программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme item</source>
        <translation>Пункт программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Starts</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ends</source>
        <translation>О&amp;кончание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>Наз&amp;вание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title in the &amp;partner&apos;s language</source>
        <translation>Название на &amp;языке партнёра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: an item for the whole day (e.g. arrival)</source>
        <translation>Пусто: пункт на весь день (например, приезд)</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/programme_tab.py" line="+80"/>
        <source>Overlaps another item on the same day</source>
        <translation>Пересекается по времени с другим пунктом в тот же день</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) overlap another one</source>
        <translation>
            <numerusform>%n пункт пересекается по времени с другим</numerusform>
            <numerusform>%n пункта пересекаются по времени с другими</numerusform>
            <numerusform>%n пунктов пересекаются по времени с другими</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete programme item</source>
        <translation>Удаление пункта программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}” from the programme?</source>
        <translation>Удалить «{title}» из программы?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add item…</source>
        <translation>&amp;Добавить пункт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Уд&amp;алить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native title</source>
        <translation>Название на языке партнёра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
</context>
<context>
    <name>PurgeNotice</name>
    <message>
        <location filename="../partnerdesk/ui/pages/overview_purge.py" line="+60"/>
        <location line="+16"/>
        <source>Delete health data</source>
        <translation>Удаление данных о здоровье</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>Delete the allergies, medication and diet of %n participant(s) of these past exchanges? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить сведения об аллергиях, лекарствах и особенностях питания %n участника этих прошедших обменов? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить сведения об аллергиях, лекарствах и особенностях питания %n участников этих прошедших обменов? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить сведения об аллергиях, лекарствах и особенностях питания %n участников этих прошедших обменов? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The allergies, medication and diet of %n participant(s) were deleted.</source>
        <translation>
            <numerusform>Сведения об аллергиях, лекарствах и особенностях питания %n участника удалены.</numerusform>
            <numerusform>Сведения об аллергиях, лекарствах и особенностях питания %n участников удалены.</numerusform>
            <numerusform>Сведения об аллергиях, лекарствах и особенностях питания %n участников удалены.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleting health data…</source>
        <translation>Удаление данных о здоровье…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Health data of %n past exchange(s) is due for deletion: the exchanges ended more than the set number of days ago.</source>
        <translation>
            <numerusform>Данные о здоровье по %n прошедшему обмену подлежат удалению: после окончания прошло больше установленного числа дней.</numerusform>
            <numerusform>Данные о здоровье по %n прошедшим обменам подлежат удалению: после окончания прошло больше установленного числа дней.</numerusform>
            <numerusform>Данные о здоровье по %n прошедшим обменам подлежат удалению: после окончания прошло больше установленного числа дней.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete health data…</source>
        <translation>Удалить данные о здоровье…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes the allergies, medication and diet of the participants of these past exchanges, after asking. The log notes which exchanges, never what was deleted.</source>
        <translation>Удаляет сведения об аллергиях, лекарствах и особенностях питания участников этих прошедших обменов (после подтверждения). В журнале отмечается, какие обмены затронуты, но не то, что было удалено.</translation>
    </message>
</context>
<context>
    <name>ReceiptEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/receipt_editor.py" line="+137"/>
        <source>Type the original amount and the rate</source>
        <translation>Введите исходную сумму и курс</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{foreign} per 1 {currency}</source>
        <translation>{foreign} за 1 {currency}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the amount as 1.234,50.</source>
        <translation>Введите сумму в формате 1.234,50.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the original amount as 18.450,00 and the rate as 98,45 (at most six decimals).</source>
        <translation>Введите исходную сумму в формате 18.450,00, а курс — в формате 98,45 (не более шести знаков после запятой).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>given when saved (no. {number} was saved)</source>
        <translation>присваивается при сохранении (сохранён № {number})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New receipt</source>
        <translation>Новый платёжный документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt no. {number}</source>
        <translation>Платёжный документ № {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>given when saved</source>
        <translation>присваивается при сохранении</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pa&amp;yee / payer</source>
        <translation>&amp;Получатель / плательщик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Назначение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Budget line</source>
        <translation>&amp;Статья сметы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount ({currency})</source>
        <translation>С&amp;умма ({currency})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid o&amp;n</source>
        <translation>Дата &amp;оплаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Original amount</source>
        <translation>&amp;Исходная сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;urrency</source>
        <translation>Вал&amp;юта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rate</source>
        <translation>&amp;Курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate &amp;of</source>
        <translation>Дата ку&amp;рса</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In {currency}</source>
        <translation>В {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid in another &amp;currency</source>
        <translation>Оплачено в другой &amp;валюте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For receipts paid abroad, e.g. in roubles: the amount in {currency} is computed from the rate and rounded to the cent</source>
        <translation>Для документов, оплаченных за границей, например в рублях: сумма в {currency} рассчитывается по курсу и округляется до цента</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units of the other currency per 1 {currency}, e.g. roubles per 1 euro: 98,45</source>
        <translation>Число единиц другой валюты за 1 {currency}, например рублей за 1 евро: 98,45</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day the rate applies to (e.g. of the bank statement or the exchange receipt)</source>
        <translation>Дата, на которую действует курс (например, дата банковской выписки или справки об обмене валюты)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who was paid (costs) or who paid (income)</source>
        <translation>Кому заплатили (расходы) или кто заплатил (доходы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line of the cost and financing plan this receipt counts for</source>
        <translation>Статья сметы расходов и финансирования, на которую относится этот документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty while the receipt is not paid yet</source>
        <translation>Пусто, пока документ не оплачен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and &amp;next</source>
        <translation>Сохранить и сл&amp;едующий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this receipt and start the next one with the same date, line and rate</source>
        <translation>Сохранить этот документ и начать следующий с той же датой, статьёй и курсом</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/receipts_tab.py" line="+100"/>
        <source>Units of the other currency per 1 {currency}, e.g. roubles per 1 euro: 98,45</source>
        <translation>Число единиц другой валюты за 1 {currency}, например рублей за 1 евро: 98,45</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rate of {date}</source>
        <translation>Курс на {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n платёжный документ</numerusform>
            <numerusform>%n платёжных документа</numerusform>
            <numerusform>%n платёжных документов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>costs {costs} · income {income}</source>
        <translation>расходы {costs} · доходы {income}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the application first; then list its receipts here.</source>
        <translation>Сначала сохраните заявку; затем вносите здесь её платёжные документы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan the budget lines first (tab “Budget”): every receipt is booked to a line of the cost and financing plan.</source>
        <translation>Сначала составьте смету (вкладка «Смета расходов и финансирования»): каждый платёжный документ относится на одну из её статей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No receipts yet. Add each invoice, ticket or cash receipt with “Add receipt…”; it is numbered automatically.</source>
        <translation>Платёжных документов пока нет. Вносите каждый счёт, билет или кассовый чек кнопкой «Добавить документ…»; номер присваивается автоматически.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{rate} {foreign}/{currency}</source>
        <translation>{rate} {foreign}/{currency}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Receipt no. {number} saved</source>
        <translation>Платёжный документ № {number} сохранён</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete receipt</source>
        <translation>Удалить платёжный документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete receipt no. {number} ({counterparty}, {amount})? Its number will not be given again.</source>
        <translation>Удалить платёжный документ № {number} ({counterparty}, {amount})? Его номер не будет присвоен повторно.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add receipt…</source>
        <translation>&amp;Добавить документ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an invoice, ticket or cash receipt; it gets the next number</source>
        <translation>Внести счёт, билет или кассовый чек; ему присваивается следующий номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Уд&amp;алить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payee / payer</source>
        <translation>Получатель / плательщик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget line</source>
        <translation>Статья сметы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original amount</source>
        <translation>Исходная сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid on</source>
        <translation>Оплачено</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/record_editor.py" line="+237"/>
        <source>Row {row}: {message}</source>
        <translation>Строка {row}: {message}</translation>
    </message>
</context>
<context>
    <name>ReportLanguage</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+40"/>
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
    <name>ReportList</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/report_list.py" line="+82"/>
        <source>For an exchange</source>
        <translation>По обмену</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a grant application</source>
        <translation>По заявке на грант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a year</source>
        <translation>За год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For contacts</source>
        <translation>По контактам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For one person</source>
        <translation>По одному лицу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title} (confidential)</source>
        <translation>{title} (конфиденциально)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds sensitive personal data (health, passports): share it only with the people who need it</source>
        <translation>Содержит персональные данные особой важности (здоровье, паспорта): передавайте отчёт только тем, кому он нужен</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/output.py" line="+59"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing page {page} of {count}…</source>
        <translation>Печать страницы {page} из {count}…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>На принтер отправлена %n страница.</numerusform>
            <numerusform>На принтер отправлено %n страницы.</numerusform>
            <numerusform>На принтер отправлено %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing was cancelled.</source>
        <translation>Печать отменена.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save confidential report</source>
        <translation>Сохранение конфиденциального отчёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report holds sensitive personal data (health, passport or other personal details). Save it only where no one else can read it, and do not send it unencrypted.

Save it anyway?</source>
        <translation>Этот отчёт содержит персональные данные особой важности (сведения о здоровье, паспортные и другие личные данные). Сохраняйте его только там, где никто другой не сможет его прочитать, и не пересылайте в незашифрованном виде.

Всё равно сохранить?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report saved to {path}.</source>
        <translation>Отчёт сохранён: {path}.</translation>
    </message>
</context>
<context>
    <name>ReportParameters</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/parameters.py" line="+153"/>
        <source>(no exchange)</source>
        <translation>(без обмена)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>E&amp;xchange:</source>
        <translation>&amp;Обмен:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Grant:</source>
        <translation>&amp;Заявка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Person:</source>
        <translation>&amp;Лицо:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conta&amp;cts:</source>
        <translation>&amp;Контакты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange the report is about</source>
        <translation>Обмен, к которому относится отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grant application the report is about</source>
        <translation>Заявка на грант, к которой относится отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year the report covers</source>
        <translation>Год, за который составляется отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All contacts — or search by name, town…</source>
        <translation>Все контакты — или поиск по имени, городу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contacts in the report: those matching this search (like on the Contacts page), all when empty</source>
        <translation>Контакты в отчёте: соответствующие этому поиску (как на странице «Контакты»), а если поле пусто — все</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Only the %n contact(s) selected on the Contacts page</source>
        <translation>
            <numerusform>Только %n контакт, выбранный на странице «Контакты»</numerusform>
            <numerusform>Только %n контакта, выбранных на странице «Контакты»</numerusform>
            <numerusform>Только %n контактов, выбранных на странице «Контакты»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the contacts selected on the Contacts page</source>
        <translation>Только контакты, выбранные на странице «Контакты»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select contacts on the Contacts page (Ctrl+click, Shift+click) to make the report for just them</source>
        <translation>Выделите контакты на странице «Контакты» (Ctrl+щелчок, Shift+щелчок), чтобы составить отчёт только по ним</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtered as on the Contacts page: {filters}</source>
        <translation>С фильтрами как на странице «Контакты»: {filters}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtered as on the Contacts page (no filter set)</source>
        <translation>С фильтрами как на странице «Контакты» (фильтры не заданы)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the contacts the filters on the Contacts page let through (role, side, partner town, membership, consent)</source>
        <translation>Только контакты, отобранные фильтрами на странице «Контакты» (роль, сторона, город-партнёр, членство, согласие)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language the report is written in; the association&apos;s default report language is set in File → Association profile</source>
        <translation>Язык отчёта; язык отчётов по умолчанию для объединения задаётся в меню Файл → Профиль объединения</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../partnerdesk/reports/annual_report.py" line="+32"/>
        <source>Annual report</source>
        <translation>Годовой отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual report {year}</source>
        <translation>Годовой отчёт за {year} год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges, participants, grants and partner towns</source>
        <translation>Обмены, участники, гранты и города-партнёры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>Обмены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different people</source>
        <translation>Разных людей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant-days</source>
        <translation>Человеко-дни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants approved</source>
        <translation>Утверждено грантов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant money received</source>
        <translation>Получено средств</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="+104"/>
        <location line="+29"/>
        <location filename="../partnerdesk/reports/financial_statement.py" line="+34"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/participant_list.py" line="+48"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner towns</source>
        <translation>Города-партнёры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exchanges in {year}.</source>
        <translation>В {year} году обменов не было.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="+39"/>
        <location filename="../partnerdesk/reports/receipts.py" line="+40"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age at the start</source>
        <translation>Возраст на начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants per year by side</source>
        <translation>Участники по годам и сторонам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants {year} by age band and side</source>
        <translation>Участники {year} года по возрасту и сторонам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants won</source>
        <translation>Полученные гранты</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="+44"/>
        <location filename="../partnerdesk/reports/financial_statement.py" line="-3"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="-7"/>
        <source>Funder</source>
        <translation>Грантодатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="+1"/>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/financial_statement.py" line="+9"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="+3"/>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="+1"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No grant was approved for {year}.</source>
        <translation>На {year} год гранты не утверждены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="-64"/>
        <source>Partner town</source>
        <translation>Город-партнёр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="-18"/>
        <source>Relation</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status at the end of the year</source>
        <translation>Статус на конец года</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} since {date}</source>
        <translation>{status} с {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under 14</source>
        <translation>до 14</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14–17</source>
        <translation>14–17</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18–26</source>
        <translation>18–26</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>27–59</source>
        <translation>27–59</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 and over</source>
        <translation>60 и старше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diverse</source>
        <translation>другой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/birthdays.py" line="+27"/>
        <source>Birthdays {year}</source>
        <translation>Дни рождения в {year} году</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday list</source>
        <translation>Список дней рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="+19"/>
        <location filename="../partnerdesk/reports/letter.py" line="+52"/>
        <location filename="../partnerdesk/reports/receipts.py" line="-8"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../partnerdesk/reports/contact_list.py" line="+33"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="+38"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turns</source>
        <translation>Лет</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../partnerdesk/reports/participant_list.py" line="+3"/>
        <source>Born</source>
        <translation>Дата рожд.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/contact_list.py" line="+1"/>
        <source>Town</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays: {count}</source>
        <translation>Дней рождения: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the chosen people has a birth date.</source>
        <translation>Ни у одного из выбранных людей не указана дата рождения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year must be a number such as 2026.</source>
        <translation>Год нужно указать числом, например 2026.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>January</source>
        <translation>Январь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>February</source>
        <translation>Февраль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>Март</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>Апрель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>Май</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>June</source>
        <translation>Июнь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>Июль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>August</source>
        <translation>Август</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>Сентябрь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>October</source>
        <translation>Октябрь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>Ноябрь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>December</source>
        <translation>Декабрь</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/catalogue.py" line="+54"/>
        <source>There is no report named “{name}”.</source>
        <translation>Отчёта с названием «{name}» нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report “{name}” is available in: {languages}.</source>
        <translation>Отчёт «{name}» доступен на языках: {languages}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the exchange for this report.</source>
        <translation>Выберите обмен для этого отчёта.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the grant application for this report.</source>
        <translation>Выберите заявку на грант для этого отчёта.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the year for this report.</source>
        <translation>Выберите год для этого отчёта.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the person for this report.</source>
        <translation>Выберите человека для этого отчёта.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/contact_list.py" line="-3"/>
        <source>Contact list</source>
        <translation>Список контактов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member no.</source>
        <translation>№ члена</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="-92"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+41"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts: {count}</source>
        <translation>Контактов: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search: “{search}”</source>
        <translation>Поиск: «{search}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen contacts</source>
        <translation>Выбранные контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/letter.py" line="+4"/>
        <source>No contacts match.</source>
        <translation>Подходящих контактов нет.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="-25"/>
        <source>Personal data disclosure</source>
        <translation>Информация о персональных данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information under Art. 15 GDPR for {name}</source>
        <translation>Предоставление информации согласно ст. 15 GDPR: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are all the personal data {association} stores about you. We keep them to organise the work of the town partnership: contacts, exchanges and visits, memberships and grants; the consents below name further purposes. They are passed on only to partners, funders and insurers of the exchanges you take part in.</source>
        <translation>Здесь приведены все персональные данные, которые {association} хранит о вас. Мы храним их для организации работы в рамках партнёрства городов: контакты, обмены и визиты, членство и гранты; другие цели указаны в приведённых ниже согласиях. Данные передаются только партнёрам, грантодателям и страховым компаниям тех обменов, в которых вы участвуете.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To find you and to notice entries made twice, PartnerDesk also keeps search forms of your name, e-mail address and phone numbers, derived from the data above.</source>
        <translation>Чтобы находить ваши данные и выявлять повторно внесённые записи, PartnerDesk также хранит поисковые формы вашего имени, адреса электронной почты и номеров телефонов, полученные из приведённых выше данных.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You may ask us to correct these data (Art. 16 GDPR), to delete them (Art. 17), to restrict their processing (Art. 18) and to hand them over (Art. 20), and you may withdraw a consent at any time for the future. You may also lodge a complaint with a data protection supervisory authority (Art. 77).</source>
        <translation>Вы вправе потребовать от нас исправления этих данных (ст. 16 GDPR), их удаления (ст. 17), ограничения их обработки (ст. 18) и их передачи (ст. 20), а также в любое время отозвать согласие с действием на будущее. Кроме того, вы вправе подать жалобу в надзорный орган по защите данных (ст. 77).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry {number}</source>
        <translation>Запись {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your contact data</source>
        <translation>Ваши контактные данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memberships</source>
        <translation>Членство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations you belong to</source>
        <translation>Организации, к которым вы относитесь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of the organisation</source>
        <translation>Лица, связанные с организацией</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+1"/>
        <source>Guardians</source>
        <translation>Законные представители</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children you are a guardian of</source>
        <translation>Дети, законным представителем которых вы являетесь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family profile</source>
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
        <source>Consents given as a guardian</source>
        <translation>Согласия, данные вами как законным представителем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondence</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking part in exchanges</source>
        <translation>Участие в обменах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health data for exchanges</source>
        <translation>Данные о здоровье для обменов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays with host families</source>
        <translation>Проживание в принимающих семьях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact for</source>
        <translation>Контакт для экстренной связи участников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests hosted</source>
        <translation>Принятые гости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme items you are responsible for</source>
        <translation>Пункты программы, за которые вы отвечаете</translation>
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
        <source>Grant applications to you as a funder</source>
        <translation>Заявки на грант, поданные вам как грантодателю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries merged into yours</source>
        <translation>Записи, объединённые с вашей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board of the association</source>
        <translation>Правление объединения</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../partnerdesk/reports/participant_list.py" line="+2"/>
        <source>Role</source>
        <translation>Роль</translation>
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
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child (ward)</source>
        <translation>Ребёнок (подопечный)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beds</source>
        <translation>Спальные места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pets</source>
        <translation>Домашние животные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoking</source>
        <translation>Курение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation>Языки общения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Страна выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/receipts.py" line="+2"/>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given by</source>
        <translation>Кем дано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s name</source>
        <translation>Имя законного представителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given how</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text version</source>
        <translation>Версия текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn on</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person concerned</source>
        <translation>Субъект данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/financial_statement.py" line="-4"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="-3"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrives on</source>
        <translation>Дата прибытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaves on</source>
        <translation>Дата отъезда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee due</source>
        <translation>Взнос к оплате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed the participant list</source>
        <translation>Подпись в списке участников</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+1"/>
        <source>Emergency contact</source>
        <translation>Контакт для экстренной связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact&apos;s name</source>
        <translation>Имя контакта для экстренной связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact&apos;s phone</source>
        <translation>Телефон контакта для экстренной связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+4"/>
        <source>Insurance</source>
        <translation>Страховка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/travel_list.py" line="+47"/>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa applied for on</source>
        <translation>Дата запроса визы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa issued on</source>
        <translation>Дата выдачи визы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>Принимающая сторона</translation>
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
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="-3"/>
        <source>Allergies</source>
        <translation>Аллергии</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+1"/>
        <source>Medication</source>
        <translation>Лекарства</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+1"/>
        <source>Diet</source>
        <translation>Питание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/programme.py" line="+30"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/participant_list.py" line="-6"/>
        <location filename="../partnerdesk/reports/programme.py" line="-1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/programme.py" line="-3"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/financial_statement.py" line="-3"/>
        <source>File reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged on</source>
        <translation>Дата объединения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged entry</source>
        <translation>Объединённая запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data of the merged entry</source>
        <translation>Данные объединённой записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries joined into yours</source>
        <translation>Записи, объединённые с вашей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs documents</source>
        <translation>Подписывает документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored since</source>
        <translation>Хранится с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverse</source>
        <translation>другой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town administration</source>
        <translation>Городская администрация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club</source>
        <translation>Клуб</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other organisation</source>
        <translation>Другая организация</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data processing</source>
        <translation>Обработка данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and publication</source>
        <translation>Фото и публикация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter</source>
        <translation>Рассылка новостей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health data for a trip</source>
        <translation>Данные о здоровье для поездки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel of a minor</source>
        <translation>Поездка несовершеннолетнего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical treatment</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the person</source>
        <translation>лично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a guardian</source>
        <translation>законным представителем</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on paper</source>
        <translation>на бумаге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by e-mail</source>
        <translation>по эл. почте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by form</source>
        <translation>через онлайн-форму</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orally</source>
        <translation>устно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>received</source>
        <translation>входящее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>исходящее</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not needed</source>
        <translation>не требуется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needed</source>
        <translation>требуется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied for</source>
        <translation>запрошена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued</source>
        <translation>выдана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="-11"/>
        <source>Emergency sheet</source>
        <translation>Лист экстренной информации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health data of the participants: keep this sheet with you during the trip, show it to nobody else and destroy it afterwards.</source>
        <translation>Сведения о здоровье участников: храните этот лист при себе во время поездки, никому его не показывайте и уничтожьте после её окончания.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age (born)</source>
        <translation>Возраст (дата рождения)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../partnerdesk/reports/host_families.py" line="+29"/>
        <source>Host family</source>
        <translation>Принимающая семья</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/exchange_head.py" line="+23"/>
        <source>Nobody to list yet.</source>
        <translation>Список пока пуст.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/financial_statement.py" line="-4"/>
        <source>Financial statement</source>
        <translation>Финансовый отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost and financing plan: planned, approved, actual</source>
        <translation>Смета расходов и финансирования: план, утверждено, факт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding programme</source>
        <translation>Программа финансирования</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../partnerdesk/reports/receipts.py" line="+1"/>
        <source>Budget line</source>
        <translation>Статья сметы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total costs</source>
        <translation>Итого расходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total income</source>
        <translation>Итого доходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant money received (no line in the plan)</source>
        <translation>Полученные средства гранта (вне сметы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget lines yet.</source>
        <translation>Статей сметы пока нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference (income − costs)</source>
        <translation>Разница (доходы − расходы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of this grant in the costs</source>
        <translation>Доля этого гранта в расходах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance and result</source>
        <translation>Баланс и итог</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant approved</source>
        <translation>Утверждённый грант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant received</source>
        <translation>Полученный грант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual costs</source>
        <translation>Фактические расходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other income</source>
        <translation>Прочие доходы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant due for the actual costs</source>
        <translation>Грант по фактическим расходам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surplus to repay</source>
        <translation>К возврату (излишек)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant still outstanding</source>
        <translation>Ещё не полученная часть гранта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to repay, nothing outstanding</source>
        <translation>Возврат не требуется, задолженности нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We confirm that the expenditure was necessary, that we managed economically and sparingly, and that the figures agree with the books and the receipts.</source>
        <translation>Подтверждаем, что расходы были необходимы, средства использованы экономно и рационально, а данные соответствуют бухгалтерским книгам и платёжным документам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place, date</source>
        <translation>Место, дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/participant_list.py" line="+7"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/grant_overview.py" line="-7"/>
        <source>Grant overview</source>
        <translation>Обзор грантов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant overview {year}</source>
        <translation>Обзор грантов за {year} год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications for {year}: those whose first exchange starts in {year} (without an exchange: submitted or, as drafts, created in {year}).</source>
        <translation>Заявки на {year} год: первый обмен начинается в {year} году (без обмена: поданы или, как черновики, созданы в {year} году).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No grant applications for {year}.</source>
        <translation>Заявок на {year} год нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant money by funder ({currency})</source>
        <translation>Средства грантов по грантодателям ({currency})</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/host_families.py" line="-2"/>
        <source>Host families</source>
        <translation>Принимающие семьи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address and phone</source>
        <translation>Адрес и телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From – to</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age {age}</source>
        <translation>возраст: {age}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No guest is placed with a host family yet.</source>
        <translation>Пока ни один гость не размещён в принимающей семье.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not placed yet: {names}</source>
        <translation>Ещё не размещены: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host families: {hosts} · guests placed: {guests}</source>
        <translation>Принимающих семей: {hosts} · размещено гостей: {guests}</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/labels.py" line="+40"/>
        <source>Address labels</source>
        <translation>Адресные этикетки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown label sheet “{sheet}”. Known: {known}.</source>
        <translation>Неизвестный лист этикеток «{sheet}». Известные: {known}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first free label must be a position from 1 to {last} on this sheet.</source>
        <translation>Номер первой свободной этикетки на этом листе должен быть от 1 до {last}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer offset must be a number of millimetres from -20 to 20.</source>
        <translation>Смещение печати должно быть числом миллиметров от -20 до 20.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the chosen contacts has a postal address.</source>
        <translation>Ни у одного из выбранных контактов нет почтового адреса.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/letter.py" line="-6"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letter template “{name}” is written in {language}: write the letter in that language.</source>
        <translation>Язык шаблона письма «{name}»: {language}. Составьте письмо на этом языке.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/participant_list.py" line="-12"/>
        <source>Participant list</source>
        <translation>Список участников</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder&apos;s file no.</source>
        <translation>Номер дела у грантодателя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme days</source>
        <translation>Дней программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/receipts.py" line="-4"/>
        <location filename="../partnerdesk/reports/travel_list.py" line="-6"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f/m/d</source>
        <translation>ж/м/д</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Town, country</source>
        <translation>Город, страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days present</source>
        <translation>Дней участия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>f</source>
        <translation>ж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d</source>
        <translation>д</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants: {people} · participant-days: {days}</source>
        <translation>Участников: {people} · человеко-дней: {days}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date, signature of the leader</source>
        <translation>Дата, подпись руководителя группы</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/programme.py" line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme item</source>
        <translation>Пункт программы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No programme items yet.</source>
        <translation>Пунктов программы пока нет.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/exchange_head.py" line="+1"/>
        <source>There is no exchange with the id {id}.</source>
        <translation>Обмена с ID {id} нет.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/programme.py" line="+2"/>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/receipts.py" line="-2"/>
        <source>List of receipts</source>
        <translation>Реестр платёжных документов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts in date order, per side of the plan</source>
        <translation>Документы по дате, отдельно по расходам и доходам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payee / payer</source>
        <translation>Получатель / плательщик</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in {currency}: {amount} · rate 1 {base} = {rate} {currency} of {date}</source>
        <translation>Оплачено в {currency}: {amount} · курс 1 {base} = {rate} {currency} на {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No receipts.</source>
        <translation>Документов нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant payments received</source>
        <translation>Полученные выплаты гранта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No grant money received yet.</source>
        <translation>Средства гранта ещё не поступали.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs (receipts)</source>
        <translation>Расходы (документы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income (receipts)</source>
        <translation>Доходы (документы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income in total</source>
        <translation>Доходы всего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance (income − costs)</source>
        <translation>Сальдо (доходы − расходы)</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/styles.py" line="+60"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on {date}</source>
        <translation>Напечатано {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/travel_list.py" line="-3"/>
        <source>Travel list</source>
        <translation>Список участников поездки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name as in passport</source>
        <translation>Имя как в паспорте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born on, in</source>
        <translation>Дата и место рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport no.</source>
        <translation>№ паспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued / expires</source>
        <translation>Выдан / действителен до</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not needed</source>
        <translation>Не требуется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed, not applied for</source>
        <translation>Требуется, не запрошена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied for on {applied}</source>
        <translation>Запрошена {applied}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on {issued}</source>
        <translation>Выдана {issued}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied for</source>
        <translation>Запрошена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Выдана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>* Not yet typed from the passport: the name as in the contact.</source>
        <translation>* Данные паспорта ещё не внесены: имя указано по данным контакта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires before the return</source>
        <translation>Истекает до возвращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travellers: {count}</source>
        <translation>Участников поездки: {count}</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_reports.py" line="+25"/>
        <location filename="../partnerdesk/services/disclosure.py" line="+33"/>
        <source>There is no contact with the id {id}.</source>
        <translation>Контакта с ID {id} нет.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/report_files.py" line="+12"/>
        <source>There is no PDF to save.</source>
        <translation>Нет PDF-файла для сохранения.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports_page.py" line="+231"/>
        <source>Cancelled. Press F5 to make the report again.</source>
        <translation>Отменено. Нажмите F5, чтобы снова составить отчёт.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a report on the left: participant lists, programmes, financial statements, address labels, letters…</source>
        <translation>Выберите отчёт слева: списки участников, программы, финансовые отчёты, адресные этикетки, письма…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Making the report…</source>
        <translation>Составление отчёта…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the report again from the current data</source>
        <translation>Заново составить отчёт по текущим данным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report with the system&apos;s print dialog</source>
        <translation>Напечатать отчёт через системный диалог печати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as a PDF file</source>
        <translation>Сохранить отчёт в виде PDF-файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop making or printing the report</source>
        <translation>Прервать составление или печать отчёта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidential: this report holds sensitive personal data (health, passport or other personal details). Hand it only to those who need it, keep printouts safe and do not send the file unencrypted.</source>
        <translation>Конфиденциально: этот отчёт содержит персональные данные особой важности (сведения о здоровье, паспортные и другие личные данные). Передавайте его только тем, кому он нужен, храните распечатки в надёжном месте и не пересылайте файл в незашифрованном виде.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database is open. Open or create a database in the File menu.</source>
        <translation>Нет открытой базы данных. Откройте или создайте её в меню «Файл».</translation>
    </message>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/pdf.py" line="+24"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить принтер.</translation>
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
    <name>ResultPage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/result_pages.py" line="+115"/>
        <source>Rejected rows ({count})</source>
        <translation>Отклонённые строки ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates ({count})</source>
        <translation>Дубликаты ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import was cancelled. Nothing was imported; the database is unchanged.</source>
        <translation>Импорт отменён. Ничего не импортировано; база данных не изменилась.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run — nothing was imported.</source>
        <translation>Пробный запуск — ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+6"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n строка прочитана.</numerusform>
            <numerusform>%n строки прочитаны.</numerusform>
            <numerusform>%n строк прочитано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%n contact(s) would be imported.</source>
        <translation>
            <numerusform>%n контакт будет импортирован.</numerusform>
            <numerusform>%n контакта будут импортированы.</numerusform>
            <numerusform>%n контактов будет импортировано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n existing contact(s) would be completed.</source>
        <translation>
            <numerusform>%n существующий контакт будет дополнен.</numerusform>
            <numerusform>%n существующих контакта будут дополнены.</numerusform>
            <numerusform>%n существующих контактов будет дополнено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contact(s) imported.</source>
        <translation>
            <numerusform>%n контакт импортирован.</numerusform>
            <numerusform>%n контакта импортированы.</numerusform>
            <numerusform>%n контактов импортировано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n existing contact(s) completed.</source>
        <translation>
            <numerusform>%n существующий контакт дополнен.</numerusform>
            <numerusform>%n существующих контакта дополнены.</numerusform>
            <numerusform>%n существующих контактов дополнено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) rejected — see the list below.</source>
        <translation>
            <numerusform>%n строка отклонена — см. список ниже.</numerusform>
            <numerusform>%n строки отклонены — см. список ниже.</numerusform>
            <numerusform>%n строк отклонено — см. список ниже.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) match contacts already there.</source>
        <translation>
            <numerusform>%n строка совпадает с уже имеющимися контактами.</numerusform>
            <numerusform>%n строки совпадают с уже имеющимися контактами.</numerusform>
            <numerusform>%n строк совпадают с уже имеющимися контактами.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/roles_tab.py" line="+52"/>
        <source>Roles and tags</source>
        <translation>Роли и метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memberships</source>
        <translation>Членство</translation>
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
        <location filename="../partnerdesk/vocabulary.py" line="-69"/>
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
<context>
    <name>StatusBox</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/status_box.py" line="+61"/>
        <source>submitted on {date}</source>
        <translation>подана {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decided on {date}</source>
        <translation>решение принято {date}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the new application first.</source>
        <translation>Сначала сохраните новую заявку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{status}” is final: no further step is possible.</source>
        <translation>Статус «{status}» окончательный: дальнейшие шаги невозможны.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible next steps: {steps}</source>
        <translation>Возможные следующие шаги: {steps}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No status history yet</source>
        <translation>Истории статусов пока нет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange status…</source>
        <translation>&amp;Изменить статус…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step with its date, newest first</source>
        <translation>Все шаги с датами, новые сверху</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/status_dialog.py" line="+72"/>
        <source>Type the amount as 1.234,50.</source>
        <translation>Введите сумму в формате 1.234,50.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change status</source>
        <translation>Изменение статуса</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current status</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New status</source>
        <translation>&amp;Новый статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;On</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount &amp;approved</source>
        <translation>&amp;Одобренная сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. letter of 12.03., file number</source>
        <translation>напр. письмо от 12.03., номер дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened (not in the future, not before the last step)</source>
        <translation>Когда это произошло (не в будущем и не раньше предыдущего шага)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Less than the amount requested ({amount}).</source>
        <translation>Меньше запрошенной суммы ({amount}).</translation>
    </message>
</context>
<context>
    <name>VisaEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/documents_tab.py" line="-162"/>
        <source>Visa &amp;status</source>
        <translation>&amp;Статус визы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applied on</source>
        <translation>&amp;Запрошена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issued on</source>
        <translation>&amp;Выдана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa – {name}</source>
        <translation>Виза – {name}</translation>
    </message>
</context>
<context>
    <name>YouthTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_tab.py" line="+146"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>&amp;Show health data</source>
        <translation>&amp;Показать данные о здоровье</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minor</source>
        <translation>Несовершеннолетний</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>none recorded</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Age at the start of the exchange; minors in bold, participants with a problem in red (hover for details). Double-click a consent to record it. Health data is sensitive and only shown on request.</source>
        <translation>Возраст на начало обмена; несовершеннолетние выделены жирным, участники с замечаниями — красным (наведите указатель, чтобы увидеть подробности). Дважды щёлкните согласие, чтобы внести его. Данные о здоровье конфиденциальны и показываются только по запросу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;consent…</source>
        <translation>Внести &amp;согласие…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a consent for this exchange, given by a guardian or the person</source>
        <translation>Внести согласие для этого обмена, данное законным представителем или самим участником</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emergency contact and insurance…</source>
        <translation>&amp;Контакт для экстренной связи и страховка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open con&amp;tact…</source>
        <translation>Открыть кон&amp;такт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the participant&apos;s contact on its consents: guardians, withdrawals, history</source>
        <translation>Открыть согласия в контакте участника: законные представители, отзывы, история</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it health data…</source>
        <translation>Из&amp;менить данные о здоровье…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardians</source>
        <translation>Законные представители</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>Поездка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medical treatment</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact</source>
        <translation>Контакт для экстренной связи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insurance</source>
        <translation>Страховка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health data</source>
        <translation>Данные о здоровье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies</source>
        <translation>Аллергии</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medication</source>
        <translation>Лекарства</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diet</source>
        <translation>Питание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to the travel of a minor</source>
        <translation>Согласие на поездку несовершеннолетнего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to photos and their publication</source>
        <translation>Согласие на фотосъёмку и публикацию фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to medical treatment</source>
        <translation>Согласие на медицинскую помощь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to processing health data for the trip</source>
        <translation>Согласие на обработку данных о здоровье для поездки</translation>
    </message>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_cells.py" line="+28"/>
        <source>given</source>
        <translation>дано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the person</source>
        <translation>сам участник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on {date} by {by} ({channel})</source>
        <translation>Дано {date}, кем: {by} ({channel})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn on {date}</source>
        <translation>Отозвано {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Needed: a minor travelling abroad needs a guardian&apos;s consent. Double-click to record it.</source>
        <translation>Требуется: несовершеннолетнему, выезжающему за границу, нужно согласие законного представителя. Дважды щёлкните, чтобы внести его.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not needed</source>
        <translation>не требуется</translation>
    </message>
</context>
</TS>
