<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AddressTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/address_tab.py" line="+50"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone and e-mail</source>
        <translation>Telefon und E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Address extra:</source>
        <translation>Adressz&amp;usatz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postal code:</source>
        <translation>P&amp;LZ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Town:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobil:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>&amp;Webseite:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;otes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>c/o, building, flat</source>
        <translation>c/o, Gebäude, Wohnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept as typed, leading zeros included (01067).</source>
        <translation>Wird wie eingegeben gespeichert, auch mit führenden Nullen (01067).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. +49 341 123456</source>
        <translation>z. B. +49 341 123456</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several addresses may be separated by commas.</source>
        <translation>Mehrere Adressen können durch Kommas getrennt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>www.example.org</source>
        <translation>www.example.org</translation>
    </message>
</context>
<context>
    <name>BackupKind</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+122"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>BoardTable</name>
    <message>
        <location filename="../partnerdesk/ui/widgets/board_table.py" line="+105"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signs</source>
        <translation>Unterschreibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Board members in the order they sign documents such as proofs of use.</source>
        <translation>Vorstandsmitglieder in der Reihenfolge, in der sie Dokumente wie Verwendungsnachweise unterschreiben.</translation>
    </message>
</context>
<context>
    <name>BudgetCategory</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="-21"/>
        <source>Travel</source>
        <translation>Reisekosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accommodation</source>
        <translation>Unterkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board (meals)</source>
        <translation>Verpflegung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programmkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees and interpreters</source>
        <translation>Honorare und Sprachmittlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other costs</source>
        <translation>Sonstige Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own share</source>
        <translation>Eigenanteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant fees</source>
        <translation>Teilnehmerbeiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town grant</source>
        <translation>Zuschuss der Stadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This grant</source>
        <translation>Diese Förderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other grants</source>
        <translation>Andere Förderungen</translation>
    </message>
</context>
<context>
    <name>BudgetLineEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/budget_line_editor.py" line="+55"/>
        <source>Type amounts as 1.234,50 (or leave &apos;approved&apos; empty).</source>
        <translation>Geben Sie Beträge als 1.234,50 ein (oder lassen Sie „Bewilligt“ leer).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New cost line</source>
        <translation>Neue Ausgabenposition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New income line</source>
        <translation>Neue Einnahmenposition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost line</source>
        <translation>Ausgabenposition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Income line</source>
        <translation>Einnahmenposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planned ({currency})</source>
        <translation>&amp;Geplant ({currency})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Approved ({currency})</source>
        <translation>Be&amp;willigt ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Bus Mühlenstedt – Berlin, 2 days</source>
        <translation>z. B. Bus Mühlenstedt – Berlin, 2 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Association&apos;s own funds</source>
        <translation>z. B. Eigenmittel des Vereins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount in the application</source>
        <translation>Der Betrag im Antrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount in the grant decision; leave empty until the funder has decided</source>
        <translation>Der Betrag im Bewilligungsbescheid; leer lassen, bis der Fördergeber entschieden hat</translation>
    </message>
</context>
<context>
    <name>BudgetSide</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="-17"/>
        <source>Costs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income</source>
        <translation>Finanzierung</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/budget_tab.py" line="+103"/>
        <source>Save the application first; then plan its costs and financing here.</source>
        <translation>Speichern Sie zuerst den Antrag; planen Sie dann hier seine Kosten und Finanzierung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No budget lines yet. Add the costs (travel, board, programme …) and how they are financed (own share, fees, grants).</source>
        <translation>Noch keine Budgetpositionen. Tragen Sie die Ausgaben ein (Reise, Verpflegung, Programm …) und wie sie finanziert werden (Eigenanteil, Beiträge, Förderungen).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Delete budget line</source>
        <translation>Budgetposition löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the line “{line}” from the cost and financing plan?</source>
        <translation>Die Position „{line}“ aus dem Kosten- und Finanzierungsplan löschen?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Change line…</source>
        <translation>Position &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete line…</source>
        <translation>Position &amp;löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day-&amp;rate calculator…</source>
        <translation>&amp;Tagessatz-Rechner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants × programme days × daily rate of the funder profile; can fill the line “This grant”</source>
        <translation>Teilnehmende × Programmtage × Tagessatz des Förderprofils; kann die Position „Diese Förderung“ ausfüllen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cos&amp;ts</source>
        <translation>&amp;Ausgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Income (financing)</source>
        <translation>Ei&amp;nnahmen (Finanzierung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add c&amp;ost line…</source>
        <translation>Ausgabenposition &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add i&amp;ncome line…</source>
        <translation>Einnahmenposition hinzu&amp;fügen…</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../partnerdesk/services/calendar_export.py" line="+39"/>
        <source>Kind: {value}</source>
        <translation>Art: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction: {value}</source>
        <translation>Richtung: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: {value}</source>
        <translation>Status: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner towns: {value}</source>
        <translation>Partnerstädte: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible: {value}</source>
        <translation>Verantwortlich: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk exchanges</source>
        <translation>PartnerDesk-Begegnungen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../partnerdesk/cli/__init__.py" line="+150"/>
        <source>Unexpected error. The details are in {log}.</source>
        <translation>Unerwarteter Fehler. Die Einzelheiten stehen in {log}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/cli/commands.py" line="+31"/>
        <source>--contacts must be between 1 and {max}.</source>
        <translation>--contacts muss zwischen 1 und {max} liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo is created in a database file.</source>
        <translation>Die Demo wird in einer Datenbankdatei angelegt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demo association created in {path}: {contacts} contacts, {exchanges} exchanges, {grants} grant applications.</source>
        <translation>Demo-Verein in {path} angelegt: {contacts} Kontakte, {exchanges} Begegnungen, {grants} Förderanträge.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Choose the format with --format csv, xlsx or vcf.</source>
        <translation>Wählen Sie das Format mit --format csv, xlsx oder vcf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} contacts exported to {path}.</source>
        <translation>{count} Kontakte nach {path} exportiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK: {path} (schema {revision}; {contacts} contacts, {exchanges} exchanges, {grants} grant applications)</source>
        <translation>OK: {path} (Schema {revision}; {contacts} Kontakte, {exchanges} Begegnungen, {grants} Förderanträge)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backup written and verified: {path}</source>
        <translation>Sicherung geschrieben und geprüft: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only database files can be restored here.</source>
        <translation>Hier lassen sich nur Datenbankdateien wiederherstellen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored {path} from {backup}.</source>
        <translation>{path} aus {backup} wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous state was kept in {path}.</source>
        <translation>Der vorige Stand wurde in {path} aufbewahrt.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native script</source>
        <translation>Originalschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Funder</source>
        <translation>Fördergeber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(nothing found)</source>
        <translation>(nichts gefunden)</translation>
    </message>
    <message>
        <location filename="../partnerdesk/cli/calendar_cmd.py" line="+24"/>
        <source>{count} events written to {path}.</source>
        <translation>{count} Termine nach {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/cli/report_cmd.py" line="+45"/>
        <source>Name the PDF file with -o FILE.pdf.</source>
        <translation>Geben Sie die PDF-Datei mit -o DATEI.pdf an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report written to {path}.</source>
        <translation>Bericht nach {path} geschrieben.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/consents_tab.py" line="+56"/>
        <source>Data processing</source>
        <translation>Datenverarbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+28"/>
        <source>Photos and publication</source>
        <translation>Fotos und Veröffentlichung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+2"/>
        <source>Health data for a trip</source>
        <translation>Gesundheitsdaten für eine Reise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="-3"/>
        <source>Travel of a minor</source>
        <translation>Reise von Minderjährigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+2"/>
        <source>Medical treatment</source>
        <translation>Medizinische Behandlung</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+113"/>
        <source>The person</source>
        <translation>Die Person selbst</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="-1"/>
        <source>A guardian</source>
        <translation>Erziehungsberechtigte/r</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="-105"/>
        <source>On paper</source>
        <translation>Auf Papier</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+1"/>
        <source>By e-mail</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+1"/>
        <source>Online form</source>
        <translation>Online-Formular</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+1"/>
        <source>Orally</source>
        <translation>Mündlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given by</source>
        <translation>Erteilt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Purpose:</source>
        <translation>Zwe&amp;ck:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given &amp;by:</source>
        <translation>Erteilt &amp;von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guardian:</source>
        <translation>Erziehungs&amp;berechtigte/r:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given &amp;on:</source>
        <translation>Erteilt a&amp;m:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Channel:</source>
        <translation>Kana&amp;l:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text version:</source>
        <translation>&amp;Textfassung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Widerrufen am:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the exchange:</source>
        <translation>Für die Begegnung:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose one of the guardians or type the name. The name is kept with the consent.</source>
        <translation>Wählen Sie eine erziehungsberechtigte Person aus oder geben Sie den Namen ein. Der Name wird mit der Einwilligung gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. form 2024-01</source>
        <translation>z. B. Formular 2024-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add consent</source>
        <translation>Einwilligung &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wit&amp;hdraw</source>
        <translation>Wi&amp;derrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the consent was withdrawn (today; the date can be changed). The consent stays in the history.</source>
        <translation>Vermerken, dass die Einwilligung widerrufen wurde (heute; das Datum lässt sich ändern). Die Einwilligung bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a consent not saved yet can be removed; saved consents are withdrawn instead.</source>
        <translation>Nur eine noch nicht gespeicherte Einwilligung kann entfernt werden; gespeicherte Einwilligungen werden stattdessen widerrufen.</translation>
    </message>
</context>
<context>
    <name>ConsentRecorder</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+109"/>
        <source>Choose one of the guardians or type the name of the one who signed.</source>
        <translation>Wählen Sie eine erziehungsberechtigte Person aus oder geben Sie den Namen der Person ein, die unterschrieben hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. form 2024-01</source>
        <translation>z. B. Formular 2024-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Purpose</source>
        <translation>Zwe&amp;ck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given &amp;by</source>
        <translation>Erteilt &amp;von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guardian</source>
        <translation>Erziehungs&amp;berechtigte/r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given &amp;on</source>
        <translation>Erteilt a&amp;m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel</source>
        <translation>Kana&amp;l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text version</source>
        <translation>&amp;Textfassung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record a consent – {name}</source>
        <translation>Einwilligung erfassen – {name}</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/consents_tab.py" line="+41"/>
        <source>Consents (GDPR) with their history</source>
        <translation>Einwilligungen (DSGVO) mit Verlauf</translation>
    </message>
</context>
<context>
    <name>ContactEditing</name>
    <message>
        <location filename="../partnerdesk/dto/contact_form.py" line="+18"/>
        <source>This contact may already exist: {names}. Save anyway only if it is someone else.</source>
        <translation>Diesen Kontakt gibt es möglicherweise schon: {names}. Speichern Sie trotzdem nur, wenn es sich um jemand anderen handelt.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_editing.py" line="+52"/>
        <location filename="../partnerdesk/services/contact_editing_delete.py" line="+35"/>
        <source>This contact no longer exists. It may have been deleted or merged.</source>
        <translation>Diesen Kontakt gibt es nicht mehr. Er wurde möglicherweise gelöscht oder zusammengeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This contact was changed elsewhere meanwhile. Nothing was saved; your input is still in the form. Copy what you need, close the form and open the contact again.</source>
        <translation>Dieser Kontakt wurde inzwischen an anderer Stelle geändert. Es wurde nichts gespeichert; Ihre Eingaben stehen noch im Formular. Kopieren Sie, was Sie brauchen, schließen Sie das Formular und öffnen Sie den Kontakt erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown kind of contact {value}.</source>
        <translation>Unbekannte Kontaktart {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The member number {number} already belongs to {name}.</source>
        <translation>Die Mitgliedsnummer {number} gehört bereits zu {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact could not be saved because it conflicts with other data (for example a link entered twice). Nothing was saved.</source>
        <translation>Der Kontakt konnte nicht gespeichert werden, weil er mit anderen Daten in Konflikt steht (zum Beispiel eine doppelt eingetragene Verknüpfung). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_editing_delete.py" line="+2"/>
        <source>This contact was changed elsewhere meanwhile. Open it again before deleting it.</source>
        <translation>Dieser Kontakt wurde inzwischen an anderer Stelle geändert. Öffnen Sie ihn erneut, bevor Sie ihn löschen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be deleted while taking part in these exchanges: {titles}. Remove the participation there first.</source>
        <translation>{name} nimmt an diesen Begegnungen teil und kann daher nicht gelöscht werden: {titles}. Entfernen Sie dort zuerst die Teilnahme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be deleted while hosting guests of these exchanges: {titles}. Remove the host placement there first.</source>
        <translation>{name} beherbergt Gäste dieser Begegnungen und kann daher nicht gelöscht werden: {titles}. Entfernen Sie dort zuerst die Unterbringung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be deleted while it is the funder of these programmes: {titles}.</source>
        <translation>{name} ist Fördergeber dieser Programme und kann daher nicht gelöscht werden: {titles}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be deleted while it is the funder of these grant applications: {titles}.</source>
        <translation>{name} ist Fördergeber dieser Förderanträge und kann daher nicht gelöscht werden: {titles}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} cannot be deleted because other records still refer to this contact. Nothing was deleted.</source>
        <translation>{name} kann nicht gelöscht werden, weil andere Einträge noch auf diesen Kontakt verweisen. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_editing_passports.py" line="+22"/>
        <source>Passports can only be kept for a person that exists.</source>
        <translation>Reisepässe können nur für eine vorhandene Person gespeichert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passport data was changed elsewhere meanwhile. Nothing was saved; show it again to see the current data.</source>
        <translation>Die Passdaten wurden inzwischen an anderer Stelle geändert. Es wurde nichts gespeichert; zeigen Sie sie erneut an, um die aktuellen Daten zu sehen.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_editing_rows.py" line="+47"/>
        <source>A consent that was saved cannot be deleted; enter the day it was withdrawn instead.</source>
        <translation>Eine gespeicherte Einwilligung kann nicht gelöscht werden; tragen Sie stattdessen den Tag des Widerrufs ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} no longer exists or is not of the right kind to be linked here.</source>
        <translation>{name} gibt es nicht mehr, oder der Kontakt hat nicht die passende Art, um hier verknüpft zu werden.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_editing_rules.py" line="+45"/>
        <source>Please enter a family name or a given name (or the family name in native script).</source>
        <translation>Bitte geben Sie einen Nachnamen oder einen Vornamen ein (oder den Nachnamen in Originalschrift).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter the organisation&apos;s name.</source>
        <translation>Bitte geben Sie den Namen der Organisation ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not an e-mail address (name@example.org).</source>
        <translation>{value} ist keine E-Mail-Adresse (name@example.org).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a web address (www.example.org).</source>
        <translation>Das ist keine Webadresse (www.example.org).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date lies in the future.</source>
        <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date lies more than 120 years back. Please check it.</source>
        <translation>Das Geburtsdatum liegt mehr als 120 Jahre zurück. Bitte prüfen Sie es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a two-letter country code such as DE or RU.</source>
        <translation>Verwenden Sie einen zweistelligen Ländercode wie DE oder RU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too long: at most {limit} characters.</source>
        <translation>Das ist zu lang: höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown value {value}.</source>
        <translation>Unbekannter Wert {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every membership needs a member number.</source>
        <translation>Jede Mitgliedschaft braucht eine Mitgliedsnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every membership needs the date it began.</source>
        <translation>Jede Mitgliedschaft braucht ein Eintrittsdatum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A membership cannot end before it began.</source>
        <translation>Eine Mitgliedschaft kann nicht enden, bevor sie begonnen hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The member number {number} is used twice.</source>
        <translation>Die Mitgliedsnummer {number} wird doppelt verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the contact to link.</source>
        <translation>Wählen Sie den Kontakt, der verknüpft werden soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact cannot be linked with itself.</source>
        <translation>Ein Kontakt kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is linked twice with the same function.</source>
        <translation>{name} ist zweimal mit derselben Funktion verknüpft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A host offers between 0 and 50 beds.</source>
        <translation>Eine Gastfamilie bietet zwischen 0 und 50 Betten an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every consent needs the date it was given.</source>
        <translation>Jede Einwilligung braucht das Datum, an dem sie erteilt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consent given by a guardian needs the guardian&apos;s name.</source>
        <translation>Eine von Erziehungsberechtigten erteilte Einwilligung braucht den Namen der/des Erziehungsberechtigten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>Eine Einwilligung kann nicht widerrufen werden, bevor sie erteilt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every letter or e-mail needs its date.</source>
        <translation>Jeder Brief und jede E-Mail braucht ein Datum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every letter or e-mail needs a subject.</source>
        <translation>Jeder Brief und jede E-Mail braucht einen Betreff.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every passport needs its number.</source>
        <translation>Jeder Reisepass braucht eine Nummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passport must expire after the day it was issued.</source>
        <translation>Ein Reisepass muss nach dem Ausstellungsdatum ablaufen.</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/contact_field.py" line="+78"/>
        <source>Choose a person or an organisation</source>
        <translation>Person oder Organisation auswählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>Auswä&amp;hlen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the contacts (persons and organisations)</source>
        <translation>Kontakte durchsuchen (Personen und Organisationen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody</source>
        <translation>Auswahl aufheben</translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <location filename="../partnerdesk/ui/widgets/contact_filters.py" line="+16"/>
        <source>Active members</source>
        <translation>Aktive Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former members</source>
        <translation>Ehemalige Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not members</source>
        <translation>Nichtmitglieder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No consent: data processing</source>
        <translation>Keine Einwilligung: Datenverarbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent: photos and publication</source>
        <translation>Keine Einwilligung: Fotos und Veröffentlichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent: newsletter</source>
        <translation>Keine Einwilligung: Newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent: health data</source>
        <translation>Keine Einwilligung: Gesundheitsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent: travel of a minor</source>
        <translation>Keine Einwilligung: Reise von Minderjährigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent: medical treatment</source>
        <translation>Keine Einwilligung: medizinische Behandlung</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All sides</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All partner towns</source>
        <translation>Alle Partnerstädte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any membership</source>
        <translation>Mit und ohne Mitgliedschaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any consents</source>
        <translation>Alle Einwilligungen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show only contacts with this role or tag</source>
        <translation>Nur Kontakte mit dieser Rolle oder diesem Schlagwort anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only contacts of this side of the partnership</source>
        <translation>Nur Kontakte dieser Seite der Partnerschaft anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only contacts of this partner town</source>
        <translation>Nur Kontakte dieser Partnerstadt anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only contacts with this membership status today</source>
        <translation>Nur Kontakte mit diesem Mitgliedschaftsstatus (Stand heute) anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only contacts without a valid consent for this purpose today</source>
        <translation>Nur Kontakte ohne gültige Einwilligung für diesen Zweck (Stand heute) anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all contacts again (the search stays)</source>
        <translation>Wieder alle Kontakte anzeigen (die Suche bleibt bestehen)</translation>
    </message>
</context>
<context>
    <name>ContactFormDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/dialog.py" line="+175"/>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Kontakt speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contact has unsaved changes. Discard them?</source>
        <translation>Dieser Kontakt hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Organisation</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address &amp;&amp; contact</source>
        <translation>&amp;Adresse &amp;&amp; Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Roles &amp;&amp; membership</source>
        <translation>&amp;Rollen &amp;&amp; Mitgliedschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lations</source>
        <translation>Be&amp;ziehungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peop&amp;le</source>
        <translation>Perso&amp;nen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host profile</source>
        <translation>&amp;Gastgeberprofil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co&amp;nsents</source>
        <translation>Ei&amp;nwilligungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corre&amp;spondence</source>
        <translation>Schriftver&amp;kehr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;port</source>
        <translation>Re&amp;isepass</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} – contact</source>
        <translation>{name} – Kontakt</translation>
    </message>
</context>
<context>
    <name>ContactKind</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="-34"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/picker.py" line="+86"/>
        <source>Choose an organisation</source>
        <translation>Organisation auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a part of the organisation&apos;s name.</source>
        <translation>Geben Sie einen Teil des Organisationsnamens ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a person</source>
        <translation>Person auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a part of the name, in any script or spelling.</source>
        <translation>Geben Sie einen Teil des Namens ein, in beliebiger Schrift oder Schreibweise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+3"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>Vorstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family</source>
        <translation>Gastfamilie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner contact</source>
        <translation>Partnerkontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Dolmetscher/in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>Ehrenamtliche/r</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../partnerdesk/ui/models/contacts_model.py" line="+95"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in native script</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <location filename="../partnerdesk/ui/pages/contacts_page.py" line="+161"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database is open. Open or create one in the File menu.</source>
        <translation>Es ist keine Datenbank geöffnet. Öffnen oder erstellen Sie eine im Menü „Datei“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts yet — add one with “New person” or “New organisation”, or import a list with “Import…” (CSV, Excel or vCard).</source>
        <translation>Noch keine Kontakte – legen Sie einen mit „Neue Person“ oder „Neue Organisation“ an oder importieren Sie eine Liste mit „Importieren…“ (CSV, Excel oder vCard).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact matches “{text}”.</source>
        <translation>Kein Kontakt passt zu „{text}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact matches these filters. “Clear filters” shows all contacts again.</source>
        <translation>Kein Kontakt passt zu diesen Filtern. „Filter zurücksetzen“ zeigt wieder alle Kontakte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact matches “{text}” with these filters.</source>
        <translation>Kein Kontakt passt mit diesen Filtern zu „{text}“.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search names, towns, e-mail…</source>
        <translation>Namen, Orte, E-Mail suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searches names in Latin and Cyrillic script, towns, e-mail addresses and phone numbers while you type (Ctrl+F).</source>
        <translation>Sucht schon beim Tippen in Namen in lateinischer und kyrillischer Schrift, Orten, E-Mail-Adressen und Telefonnummern (Strg+F).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a new person</source>
        <translation>Eine neue Person erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a new organisation, school or club</source>
        <translation>Eine neue Organisation, Schule oder einen neuen Verein erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected contact (Enter or double-click)</source>
        <translation>Den ausgewählten Kontakt öffnen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contacts from a CSV, Excel or vCard file</source>
        <translation>Kontakte aus einer CSV-, Excel- oder vCard-Datei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the contacts shown (or the selected ones) as CSV, Excel or vCard</source>
        <translation>Die angezeigten (oder die ausgewählten) Kontakte als CSV, Excel oder vCard exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find duplicates…</source>
        <translation>Dubletten suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find contacts entered twice and merge them</source>
        <translation>Doppelt erfasste Kontakte finden und zusammenführen</translation>
    </message>
</context>
<context>
    <name>CorrespondenceEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/correspondence_tab.py" line="+53"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the attached file</source>
        <translation>Angehängte Datei auswählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Di&amp;rection:</source>
        <translation>Ri&amp;chtung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Su&amp;mmary:</source>
        <translation>Zusammen&amp;fassung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttachment:</source>
        <translation>An&amp;hang:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the letter or e-mail is filed; only the path is kept, not the file.</source>
        <translation>Wo der Brief oder die E-Mail abgelegt ist; gespeichert wird nur der Pfad, nicht die Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add letter or e-mail</source>
        <translation>Brief oder E-&amp;Mail hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>CorrespondenceTab</name>
    <message>
        <location line="+39"/>
        <source>Letters and e-mails</source>
        <translation>Briefe und E-Mails</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+56"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Russland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/fields.py" line="+121"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date as DD.MM.YYYY or pick it from the calendar.</source>
        <translation>Geben Sie das Datum als TT.MM.JJJJ ein oder wählen Sie es im Kalender aus.</translation>
    </message>
</context>
<context>
    <name>DayRateDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/day_rate_dialog.py" line="+70"/>
        <source>Type the daily rate, e.g. 30,00</source>
        <translation>Geben Sie den Tagessatz ein, z. B. 30,00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{participants} × {days} × {rate} = {amount}</source>
        <translation>{participants} × {days} × {rate} = {amount}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the daily rate as an amount, e.g. 30,00.</source>
        <translation>Geben Sie den Tagessatz als Betrag ein, z. B. 30,00.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day-rate calculator</source>
        <translation>Tagessatz-Rechner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Participants</source>
        <translation>Teil&amp;nehmende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme &amp;days</source>
        <translation>Programm&amp;tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;rate per participant ({currency})</source>
        <translation>Tages&amp;satz pro Teilnehmer/in ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget &amp;line</source>
        <translation>Budget&amp;position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants of the linked exchanges who have not cancelled</source>
        <translation>Teilnehmende der verknüpften Begegnungen, die nicht abgesagt haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days of the programme; the day of arrival and of departure count as one</source>
        <translation>Tage des Programms; An- und Abreisetag zählen zusammen als ein Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the funder profile; check it against the funder&apos;s current guidelines</source>
        <translation>Aus dem Förderprofil; prüfen Sie den Satz anhand der aktuellen Richtlinien des Fördergebers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The figures come from the linked exchanges and the funder profile. Change them where the funder counts differently.</source>
        <translation>Die Zahlen stammen aus den verknüpften Begegnungen und dem Förderprofil. Ändern Sie sie, wo der Fördergeber anders zählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This grant</source>
        <translation>Diese Förderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new income line “This grant”</source>
        <translation>Eine neue Einnahmenposition „Diese Förderung“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount becomes this line&apos;s planned amount</source>
        <translation>Der Betrag wird als geplanter Betrag dieser Position übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill budget line</source>
        <translation>Budgetposition &amp;ausfüllen</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message numerus="yes">
        <location filename="../partnerdesk/ui/pages/overview_sections.py" line="+98"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag überfällig</numerusform>
            <numerusform>seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>No grant deadlines in the next %n day(s), and none overdue.</source>
        <translation>
            <numerusform>Keine Fristen für Förderanträge innerhalb von %n Tag und keine überfälligen.</numerusform>
            <numerusform>Keine Fristen für Förderanträge innerhalb von %n Tagen und keine überfälligen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant application</source>
        <translation>Förderantrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a deadline (or press Enter) to open its grant application on the Milestones tab.</source>
        <translation>Doppelklicken Sie auf eine Frist (oder drücken Sie die Eingabetaste), um den zugehörigen Förderantrag auf der Registerkarte „Fristen“ zu öffnen.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/documents_tab.py" line="+139"/>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed</source>
        <translation>Nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>keiner erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Does not travel abroad for this exchange</source>
        <translation>Reist für diese Begegnung nicht ins Ausland</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No participants yet. Add them on the Participants tab; their passports and visas are checked here.</source>
        <translation>Noch keine Teilnehmenden. Fügen Sie sie auf der Registerkarte „Teilnehmende“ hinzu; hier werden ihre Pässe und Visa geprüft.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Nobody travels abroad for this exchange, so no travel documents are needed. Tick “Show everyone” to see the %n participant(s) anyway.</source>
        <translation>
            <numerusform>Für diese Begegnung reist niemand ins Ausland, daher sind keine Reisedokumente nötig. Aktivieren Sie „Alle anzeigen“, um die %n teilnehmende Person trotzdem zu sehen.</numerusform>
            <numerusform>Für diese Begegnung reist niemand ins Ausland, daher sind keine Reisedokumente nötig. Aktivieren Sie „Alle anzeigen“, um die %n Teilnehmenden trotzdem zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Passports must be valid until the return plus the margin the partner town requires (6 months unless set otherwise). Only the expiry date is shown.</source>
        <translation>Reisepässe müssen bis zur Rückreise plus der Frist gültig sein, die die Partnerstadt verlangt (6 Monate, sofern nicht anders eingestellt). Angezeigt wird nur das Ablaufdatum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;visa…</source>
        <translation>&amp;Visum ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;everyone</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list the participants who do not travel abroad: for an outgoing trip the home side travels, for an incoming one the partner side, for a third place both</source>
        <translation>Auch die Teilnehmenden auflisten, die nicht ins Ausland reisen: Bei einer Entsendung reist die Heimatseite, bei einem Empfang die Partnerseite, bei einem Drittort beide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name as in passport</source>
        <translation>Name laut Pass</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Travels</source>
        <translation>Reist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport valid until</source>
        <translation>Pass gültig bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visa</source>
        <translation>Visum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applied on</source>
        <translation>Beantragt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../partnerdesk/dto/duplicates.py" line="+15"/>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same birth date</source>
        <translation>gleiches Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone number</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same organisation name</source>
        <translation>gleicher Organisationsname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links to organisations or people</source>
        <translation>Verknüpfungen mit Organisationen oder Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardians and wards</source>
        <translation>Erziehungsberechtigte und Schutzbefohlene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host profile</source>
        <translation>Gastfamilienprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passports</source>
        <translation>Pässe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents given as guardian</source>
        <translation>Einwilligungen als Erziehungsberechtigte/r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondence</source>
        <translation>Schriftverkehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participations</source>
        <translation>Teilnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact for</source>
        <translation>Notfallkontakt für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests hosted</source>
        <translation>Aufgenommene Gäste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme items responsible for</source>
        <translation>Verantwortlich für Programmpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges organised</source>
        <translation>Organisierte Begegnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder profiles</source>
        <translation>Förderprofile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant applications as funder</source>
        <translation>Förderanträge als Fördergeber</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/merge.py" line="+52"/>
        <source>A contact cannot be merged with itself.</source>
        <translation>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the two contacts no longer exists. Refresh the list and look again.</source>
        <translation>Einen der beiden Kontakte gibt es nicht mehr. Aktualisieren Sie die Liste und sehen Sie erneut nach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person and an organisation cannot be merged.</source>
        <translation>Eine Person und eine Organisation können nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the two contacts was changed elsewhere meanwhile. Review both again before merging.</source>
        <translation>Einer der beiden Kontakte wurde inzwischen an anderer Stelle geändert. Prüfen Sie beide noch einmal, bevor Sie sie zusammenführen.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/duplicates_dialog.py" line="+98"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicate</source>
        <translation>Mögliche Dublette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Looking for contacts entered twice…</source>
        <translation>Suche nach doppelt erfassten Kontakten…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n pair(s) of contacts may be duplicates. Select one and choose “Review…” to compare and merge them.</source>
        <translation>
            <numerusform>%n Kontaktpaar ist möglicherweise eine Dublette. Wählen Sie es aus und klicken Sie auf „Prüfen…“, um die Kontakte zu vergleichen und zusammenzuführen.</numerusform>
            <numerusform>%n Kontaktpaare sind möglicherweise Dubletten. Wählen Sie eines aus und klicken Sie auf „Prüfen…“, um die Kontakte zu vergleichen und zusammenzuführen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No possible duplicates found.</source>
        <translation>Keine möglichen Dubletten gefunden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Find duplicates</source>
        <translation>Dubletten suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts that may be the same person or organisation entered twice — by name in any script or spelling, birth date, e-mail and phone — most likely first.</source>
        <translation>Kontakte, die möglicherweise dieselbe Person oder Organisation sind und doppelt erfasst wurden – nach Name in beliebiger Schrift oder Schreibweise, Geburtsdatum, E-Mail und Telefon –, die wahrscheinlichsten zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the two contacts and merge them</source>
        <translation>Die beiden Kontakte vergleichen und zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search again</source>
        <translation>Erneut suchen</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/duplicates_panel.py" line="+61"/>
        <source>born {date}</source>
        <translation>geb. {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This contact may already be in the address book. Save it only if it is someone else:</source>
        <translation>Dieser Kontakt ist möglicherweise schon im Adressbuch. Speichern Sie ihn nur, wenn es sich um jemand anderen handelt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is a different person or organisation: save it as a new contact.</source>
        <translation>Es ist eine andere Person oder Organisation: als neuen Kontakt speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the form</source>
        <translation>Zurück zum Formular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not save now; check the existing contact first.</source>
        <translation>Jetzt nicht speichern; erst den vorhandenen Kontakt prüfen.</translation>
    </message>
</context>
<context>
    <name>EmergencyEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="-87"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another person among the contacts</source>
        <translation>Eine andere Person aus den Kontakten auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the contact chosen above</source>
        <translation>aus dem oben gewählten Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. health insurer and policy number</source>
        <translation>z. B. Krankenkasse und Versicherungsnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insurance</source>
        <translation>&amp;Versicherung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emergency contact and insurance – {name}</source>
        <translation>Notfallkontakt und Versicherung – {name}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../partnerdesk/ui/errors.py" line="+30"/>
        <source>The file {path} could not be read or written: {reason}</source>
        <translation>Die Datei {path} konnte nicht gelesen oder geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something unexpected went wrong. Everything saved before is safe; only the last action may not have been completed.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Alles bisher Gespeicherte ist sicher; nur die letzte Aktion wurde womöglich nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details were written to the log file:
{path}</source>
        <translation>Die Einzelheiten stehen in der Protokolldatei:
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
        <translation>PartnerDesk – Fehler</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../partnerdesk/cli/commands.py" line="-5"/>
        <source>The backup {path} does not exist.</source>
        <translation>Die Sicherung {path} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/association.py" line="+54"/>
        <source>The association needs a name.</source>
        <translation>Der Verein braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>Die Währung muss ein dreistelliger Code wie EUR sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The country must be a two-letter code such as DE.</source>
        <translation>Das Land muss ein zweistelliger Code wie DE sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown report language {value}.</source>
        <translation>Unbekannte Berichtssprache {value}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every board member needs a name.</source>
        <translation>Jedes Vorstandsmitglied braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The profile was changed elsewhere meanwhile. Close the dialog and open it again to see the current data.</source>
        <translation>Das Profil wurde inzwischen an anderer Stelle geändert. Schließen Sie den Dialog und öffnen Sie ihn erneut, um die aktuellen Daten zu sehen.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/demo.py" line="+98"/>
        <source>The database already holds contacts. The demo association is created only in an empty database.</source>
        <translation>Die Datenbank enthält bereits Kontakte. Der Demo-Verein wird nur in einer leeren Datenbank angelegt.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/maintenance.py" line="+22"/>
        <source>Backups of a database server are made on the server, not here.</source>
        <translation>Sicherungen eines Datenbankservers werden auf dem Server gemacht, nicht hier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only database files can be checked here.</source>
        <translation>Hier lassen sich nur Datenbankdateien prüfen.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/storage/backup.py" line="+67"/>
        <source>The backup {path} cannot be read: {reason}</source>
        <translation>Die Sicherung {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {path} is damaged: {reason}</source>
        <translation>Die Sicherung {path} ist beschädigt: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {path} is not a PartnerDesk backup.</source>
        <translation>Die Datei {path} ist keine PartnerDesk-Sicherung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {path} does not hold every row of the database.</source>
        <translation>Die Sicherung {path} enthält nicht alle Zeilen der Datenbank.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>The backup of {path} failed: {reason}</source>
        <translation>Die Sicherung von {path} ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../partnerdesk/storage/database.py" line="+66"/>
        <source>The database {path} does not exist.</source>
        <translation>Die Datenbank {path} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {path} is empty, not a PartnerDesk database.</source>
        <translation>Die Datei {path} ist leer und keine PartnerDesk-Datenbank.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>The file {path} is not a PartnerDesk database.</source>
        <translation>Die Datei {path} ist keine PartnerDesk-Datenbank.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The database {path} is damaged. It was left as it is and a copy was kept in {copy}. Restore the newest good backup.</source>
        <translation>Die Datenbank {path} ist beschädigt. Sie wurde unverändert gelassen, und eine Kopie wurde in {copy} abgelegt. Stellen Sie die neueste intakte Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+68"/>
        <source>The database {path} was written by a newer version of PartnerDesk. Install the newer version to open it.</source>
        <translation>Die Datenbank {path} wurde von einer neueren Version von PartnerDesk geschrieben. Installieren Sie die neuere Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The file {path} already exists.</source>
        <translation>Die Datei {path} gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/storage/engine.py" line="+88"/>
        <source>The database {path} lies on a network share, where it could be damaged. Keep it on this computer, or let several computers share a PostgreSQL server.</source>
        <translation>Die Datenbank {path} liegt auf einem Netzlaufwerk, wo sie beschädigt werden könnte. Legen Sie sie auf diesem Computer ab oder lassen Sie mehrere Computer einen PostgreSQL-Server gemeinsam nutzen.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contacts.py" line="+30"/>
        <source>Unknown contact role {value}.</source>
        <translation>Unbekannte Kontaktrolle {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown side {value}.</source>
        <translation>Unbekannte Seite {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown membership state {value}.</source>
        <translation>Unbekannter Mitgliedschaftsstatus {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown consent purpose {value}.</source>
        <translation>Unbekannter Einwilligungszweck {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind of contact {value}.</source>
        <translation>Unbekannte Kontaktart {value}.</translation>
    </message>
</context>
<context>
    <name>ExchangeDirection</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="-123"/>
        <source>Incoming</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Entsendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third place</source>
        <translation>Drittort</translation>
    </message>
</context>
<context>
    <name>ExchangeKind</name>
    <message>
        <location line="-13"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen trip</source>
        <translation>Bürgerreise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth exchange</source>
        <translation>Jugendbegegnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School exchange</source>
        <translation>Schüleraustausch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional exchange</source>
        <translation>Fachaustausch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural exchange</source>
        <translation>Kulturaustausch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sports exchange</source>
        <translation>Sportbegegnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online / hybrid</source>
        <translation>Online / hybrid</translation>
    </message>
</context>
<context>
    <name>ExchangeStatus</name>
    <message>
        <location line="+8"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning</source>
        <translation>In Planung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>ExchangeWorkspaceDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/dialog.py" line="+141"/>
        <source>New exchange</source>
        <translation>Neue Begegnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange – {title}</source>
        <translation>Begegnung – {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Chec&amp;ks (%n)</source>
        <translation>
            <numerusform>Prü&amp;fungen (%n)</numerusform>
            <numerusform>Prü&amp;fungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chec&amp;ks</source>
        <translation>Prü&amp;fungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange has changes that are not saved yet. Discard them?</source>
        <translation>Die Begegnung hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Overview</source>
        <translation>Übersi&amp;cht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Participants</source>
        <translation>Teil&amp;nehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Youth</source>
        <translation>&amp;Jugend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Travel &amp;documents</source>
        <translation>Reise&amp;dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;gramme</source>
        <translation>Pro&amp;gramm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Host families</source>
        <translation>&amp;Gastfamilien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is off in this exchange, most urgent first. Double-click a finding to go where it is fixed; the list updates after every change.</source>
        <translation>Was bei dieser Begegnung nicht stimmt, das Dringendste zuerst. Doppelklicken Sie auf einen Befund, um dorthin zu gelangen, wo er behoben wird; die Liste wird nach jeder Änderung aktualisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the exchange&apos;s fields (Ctrl+S)</source>
        <translation>Angaben der Begegnung speichern (Strg+S)</translation>
    </message>
</context>
<context>
    <name>Exchanges</name>
    <message>
        <location filename="../partnerdesk/services/exchange_editing.py" line="+33"/>
        <source>This exchange no longer exists.</source>
        <translation>Diese Begegnung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exchange was changed elsewhere meanwhile. Nothing was saved; open it again to see the current data.</source>
        <translation>Diese Begegnung wurde inzwischen an anderer Stelle geändert. Es wurde nichts gespeichert; öffnen Sie sie erneut, um die aktuellen Daten zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exchange needs a title.</source>
        <translation>Die Begegnung braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange needs a start and an end date.</source>
        <translation>Die Begegnung braucht ein Anfangs- und ein Enddatum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange cannot end before it starts.</source>
        <translation>Die Begegnung kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The capacity cannot be negative.</source>
        <translation>Die Zahl der Plätze darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The participant fee must be an amount of 0 or more.</source>
        <translation>Der Teilnahmebeitrag muss 0 oder mehr betragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>Die Währung muss ein dreistelliger Code wie EUR sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../partnerdesk/services/participants.py" line="+59"/>
        <source>Unknown value {value} for {field}.</source>
        <translation>Unbekannter Wert {value} für {field}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A chosen partner town no longer exists.</source>
        <translation>Eine der gewählten Partnerstädte gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/hosting.py" line="+60"/>
        <source>{host} has {guests} guests on {day} but only {beds} beds.</source>
        <translation>{host} hat am {day} {guests} Gäste, aber nur {beds} Betten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} keeps pets ({pets}) and {guest} has an allergy to animals.</source>
        <translation>{host} hält Haustiere ({pets}), und {guest} ist gegen Tiere allergisch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} ({host_languages}) and {guest} ({guest_languages}) share no language.</source>
        <translation>{host} ({host_languages}) und {guest} ({guest_languages}) haben keine gemeinsame Sprache.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} hosts {guest} but travels with {exchange} at the same time.</source>
        <translation>{host} nimmt {guest} auf, reist aber zur selben Zeit mit {exchange}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This participant is no longer listed.</source>
        <translation>Diese Person steht nicht mehr auf der Teilnehmerliste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This host no longer exists.</source>
        <translation>Diese/n Gastgeber/in gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This host placement no longer exists.</source>
        <translation>Diese Unterbringung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This host placement was changed elsewhere meanwhile. Nothing was changed.</source>
        <translation>Diese Unterbringung wurde inzwischen an anderer Stelle geändert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cancelled participant cannot be placed.</source>
        <translation>Abgesagte Teilnehmende können nicht untergebracht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A guest cannot be their own host.</source>
        <translation>Gäste können nicht bei sich selbst untergebracht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stay must lie within the exchange ({start} – {end}) and end after it starts.</source>
        <translation>Der Aufenthalt muss innerhalb der Begegnung ({start} – {end}) liegen und nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{guest} already stays with {host} during these days.</source>
        <translation>{guest} ist in diesen Tagen bereits bei {host} untergebracht.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/participants.py" line="-6"/>
        <source>This contact no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already takes part in this exchange.</source>
        <translation>{name} nimmt bereits an dieser Begegnung teil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This participant was changed elsewhere meanwhile. Nothing was saved; open the list again to see the current data.</source>
        <translation>Diese Teilnahme wurde inzwischen an anderer Stelle geändert. Es wurde nichts gespeichert; öffnen Sie die Liste erneut, um die aktuellen Daten zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arrival and departure must lie within the exchange ({start} – {end}).</source>
        <translation>An- und Abreise müssen innerhalb der Begegnung ({start} – {end}) liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The departure cannot be before the arrival.</source>
        <translation>Die Abreise kann nicht vor der Anreise liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees must be amounts of 0 or more.</source>
        <translation>Die Beiträge müssen 0 oder mehr betragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new person needs a name.</source>
        <translation>Die neue Person braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/programme.py" line="+23"/>
        <source>This programme item no longer exists.</source>
        <translation>Diesen Programmpunkt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This programme item was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>Dieser Programmpunkt wurde inzwischen an anderer Stelle geändert. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme item needs a title.</source>
        <translation>Der Programmpunkt braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The programme item needs a day.</source>
        <translation>Der Programmpunkt braucht einen Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day must lie within the exchange ({start} – {end}).</source>
        <translation>Der Tag muss innerhalb der Begegnung ({start} – {end}) liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item cannot end before it starts.</source>
        <translation>Der Programmpunkt kann nicht enden, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An end time needs a start time.</source>
        <translation>Eine Endzeit setzt eine Anfangszeit voraus.</translation>
    </message>
</context>
<context>
    <name>ExchangesModel</name>
    <message>
        <location filename="../partnerdesk/ui/models/exchanges_model.py" line="+20"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner towns</source>
        <translation>Partnerstädte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/pages/exchanges_page.py" line="+36"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No participants yet</source>
        <translation>Noch keine Teilnehmenden</translation>
    </message>
    <message>
        <location filename="../partnerdesk/ui/pages/exchanges_page.py" line="-2"/>
        <source>Home side</source>
        <translation>Heimatseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner side</source>
        <translation>Partnerseite</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <location line="+153"/>
        <source>Exchanges</source>
        <translation>Begegnungen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n Begegnung</numerusform>
            <numerusform>%n Begegnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-106"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancel exchange</source>
        <translation>Begegnung absagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel “{title}”? Its participants and programme stay; the exchange is marked as cancelled and leaves the open checks.</source>
        <translation>„{title}“ absagen? Teilnehmende und Programm bleiben erhalten; die Begegnung wird als abgesagt markiert und bei den offenen Prüfungen nicht mehr berücksichtigt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New exchange</source>
        <translation>Neue Begegnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan a new exchange</source>
        <translation>Eine neue Begegnung planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected exchange&apos;s workspace (Enter or double-click)</source>
        <translation>Den Arbeitsbereich der ausgewählten Begegnung öffnen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel exchange…</source>
        <translation>Begegnung absagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected exchange as cancelled</source>
        <translation>Die ausgewählte Begegnung als abgesagt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same trip next year</source>
        <translation>Gleiche Reise nächstes Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected exchange with its programme one year later</source>
        <translation>Die ausgewählte Begegnung samt Programm ein Jahr später kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Partner town:</source>
        <translation>&amp;Partnerstadt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>R&amp;ichtung:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No exchange matches these filters. Choose “All” to see more.</source>
        <translation>Keine Begegnung passt zu diesen Filtern. Wählen Sie „Alle“, um mehr zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exchanges yet. Plan the first one with “New exchange” (Ctrl+N).</source>
        <translation>Noch keine Begegnungen. Planen Sie die erste mit „Neue Begegnung“ (Strg+N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No exchange matches “{text}”.</source>
        <translation>Keine Begegnung passt zu „{text}“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search title or place…</source>
        <translation>Titel oder Ort suchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No database is open. Open or create one in the File menu.</source>
        <translation>Es ist keine Datenbank geöffnet. Öffnen oder erstellen Sie eine im Menü „Datei“.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../partnerdesk/services/exports/__init__.py" line="+68"/>
        <source>Unknown export format {format}.</source>
        <translation>Unbekanntes Exportformat {format}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>Die Datei {path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/export_dialog.py" line="+150"/>
        <location line="+22"/>
        <source>contacts</source>
        <translation>kontakte</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n contact(s) exported to:</source>
        <translation>
            <numerusform>%n Kontakt exportiert nach:</numerusform>
            <numerusform>%n Kontakte exportiert nach:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV for Excel (semicolons, UTF-8)</source>
        <translation>CSV für Excel (Semikolons, UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 3.0 (address books, phones)</source>
        <translation>vCard 3.0 (Adressbücher, Telefone)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n contact(s) the list shows (search and filters)</source>
        <translation>
            <numerusform>Den %n Kontakt, den die Liste zeigt (Suche und Filter)</numerusform>
            <numerusform>Alle %n Kontakte, die die Liste zeigt (Suche und Filter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Only the %n selected contact(s)</source>
        <translation>
            <numerusform>Nur den %n ausgewählten Kontakt</numerusform>
            <numerusform>Nur die %n ausgewählten Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the selected contacts (select them in the list first)</source>
        <translation>Nur die ausgewählten Kontakte (wählen Sie sie zuerst in der Liste aus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to save the file</source>
        <translation>Speicherort der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../partnerdesk/ui/file_actions.py" line="+100"/>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>PartnerDesk-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup written to {path}</source>
        <translation>Sicherung geschrieben: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back up to file</source>
        <translation>In Datei sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PartnerDesk databases (*.sqlite)</source>
        <translation>PartnerDesk-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup was restored.</source>
        <translation>Die Sicherung wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {name} will be replaced by the backup of {date}. Changes made since then will be gone. A copy of the current state is kept in the backup folder first.

Restore now?</source>
        <translation>Die Datenbank {name} wird durch die Sicherung vom {date} ersetzt. Änderungen seitdem gehen verloren. Vorher wird eine Kopie des jetzigen Stands im Sicherungsordner abgelegt.

Jetzt wiederherstellen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About PartnerDesk</source>
        <translation>Über PartnerDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;PartnerDesk {version}&lt;/h3&gt;&lt;p&gt;The office of a town-twinning association: contacts, exchanges, grants and reports.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerDesk {version}&lt;/h3&gt;&lt;p&gt;Das Büro eines Städtepartnerschaftsvereins: Kontakte, Begegnungen, Förderanträge und Berichte.&lt;/p&gt;&lt;p&gt;Lizenz: GNU GPL Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database or the demo association</source>
        <translation>Eine leere Datenbank oder den Demo-Verein anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open another database file</source>
        <translation>Eine andere Datenbankdatei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a verified backup into the backup folder</source>
        <translation>Eine geprüfte Sicherung in den Sicherungsordner schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up &amp;to file…</source>
        <translation>In &amp;Datei sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a verified backup to a file of your choice</source>
        <translation>Eine geprüfte Sicherung in eine Datei Ihrer Wahl schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the open database by one of its backups</source>
        <translation>Die geöffnete Datenbank durch eine ihrer Sicherungen ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association &amp;profile…</source>
        <translation>&amp;Vereinsprofil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, address, logo and board of the association</source>
        <translation>Name, Anschrift, Logo und Vorstand des Vereins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close PartnerDesk</source>
        <translation>PartnerDesk schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About PartnerDesk</source>
        <translation>&amp;Über PartnerDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent &amp;databases</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/file_pages.py" line="+83"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact files (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)</source>
        <translation>Kontaktdateien (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file with contacts: a CSV file (saved from Excel, Outlook, Google Contacts or Thunderbird), an Excel workbook (XLSX) or a vCard file (VCF). Nothing is imported before the last step.</source>
        <translation>Wählen Sie eine Datei mit Kontakten: eine CSV-Datei (gespeichert aus Excel, Outlook, Google Kontakte oder Thunderbird), eine Excel-Arbeitsmappe (XLSX) oder eine vCard-Datei (VCF). Importiert wird erst im letzten Schritt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path of the file</source>
        <translation>Pfad der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../partnerdesk/cli/findings_cmd.py" line="+23"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Begegnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(no findings)</source>
        <translation>(keine Befunde)</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/checks/__init__.py" line="+61"/>
        <source>There is no exchange with the ID {id}.</source>
        <translation>Es gibt keine Begegnung mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/checks/base.py" line="+15"/>
        <source>home</source>
        <translation>Heimatstadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/checks/group.py" line="+68"/>
        <source>The exchange has {days} programme days; “{programme}” requires at least {min_days}.</source>
        <translation>Die Begegnung hat {days} Programmtage; „{programme}“ verlangt mindestens {min_days}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} participants on the {side} side; “{programme}” allows at most {max}.</source>
        <translation>{count} Teilnehmende auf der Seite {side}; „{programme}“ erlaubt höchstens {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} leaders on the {side} side; “{programme}” allows at most {max}.</source>
        <translation>{count} Betreuer/innen auf der Seite {side}; „{programme}“ erlaubt höchstens {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} participants on the {side} side need at least {needed} leaders under “{programme}” (one per {ratio}); there are {leaders}.</source>
        <translation>{count} Teilnehmende auf der Seite {side} brauchen laut „{programme}“ mindestens {needed} Betreuer/innen (eine/n je {ratio}); vorhanden sind {leaders}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} is {age} at the start, younger than the minimum age {min_age} of “{programme}”.</source>
        <translation>{name} ist zu Beginn {age} Jahre alt und damit jünger als das Mindestalter von {min_age} Jahren bei „{programme}“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is {age} at the start, older than the maximum age {max_age} of “{programme}”.</source>
        <translation>{name} ist zu Beginn {age} Jahre alt und damit älter als das Höchstalter von {max_age} Jahren bei „{programme}“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{minors} minors on the {side} side need at least {needed} leaders (one per {ratio}); there are {leaders}.</source>
        <translation>{minors} Minderjährige auf der Seite {side} brauchen mindestens {needed} Betreuer/innen (eine/n je {ratio}); vorhanden sind {leaders}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The birth date of {name} is missing; the age at the start cannot be checked.</source>
        <translation>Das Geburtsdatum von {name} fehlt; das Alter zu Beginn lässt sich nicht prüfen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{first}” ({first_start}–{first_end}) and “{second}” ({second_start}–{second_end}) overlap on {day}.</source>
        <translation>„{first}“ ({first_start}–{first_end}) und „{second}“ ({second_start}–{second_end}) überschneiden sich am {day}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/checks/people.py" line="+49"/>
        <source>{name} is a minor and has no valid guardian&apos;s consent to travel for this exchange.</source>
        <translation>{name} ist minderjährig; für diese Begegnung liegt keine gültige Reiseeinwilligung der Erziehungsberechtigten vor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is a minor and has no guardian recorded.</source>
        <translation>{name} ist minderjährig, aber es ist kein/e Erziehungsberechtigte/r eingetragen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is a minor and has no emergency contact for this exchange.</source>
        <translation>{name} ist minderjährig und hat für diese Begegnung keinen Notfallkontakt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} has not paid the fee of {due} yet.</source>
        <translation>{name} hat den Teilnahmebeitrag von {due} noch nicht bezahlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has paid {paid} of {due}; {open} are still open.</source>
        <translation>{name} hat {paid} von {due} bezahlt; {open} sind noch offen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The visa for {name} was refused.</source>
        <translation>Das Visum für {name} wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} needs a visa, which has not been applied for yet (needed by {needed_by}).</source>
        <translation>{name} braucht ein Visum, das noch nicht beantragt wurde (benötigt bis zum {needed_by}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The visa for {name}, applied for on {applied_on}, has not been issued yet (needed by {needed_by}).</source>
        <translation>Das am {applied_on} beantragte Visum für {name} wurde noch nicht erteilt (benötigt bis zum {needed_by}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The name as in the passport is missing for {name}.</source>
        <translation>Für {name} fehlt der Name laut Pass.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} travels abroad, but no passport with an expiry date is recorded.</source>
        <translation>{name} reist ins Ausland, aber es ist kein Reisepass mit Ablaufdatum eingetragen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passport of {name} expired on {expires_on}; it must be valid until {needed} (return on {return_on} plus {months} months).</source>
        <translation>Der Reisepass von {name} ist am {expires_on} abgelaufen; er muss bis zum {needed} gültig sein (Rückreise am {return_on} plus {months} Monate).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passport of {name} expires on {expires_on}; it must be valid until {needed} (return on {return_on} plus {months} months).</source>
        <translation>Der Reisepass von {name} läuft am {expires_on} ab; er muss bis zum {needed} gültig sein (Rückreise am {return_on} plus {months} Monate).</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/findings_view.py" line="+81"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{date} (overdue)</source>
        <translation>{date} (überfällig)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{date} (in %n day(s))</source>
        <translation>
            <numerusform>{date} (in %n Tag)</numerusform>
            <numerusform>{date} (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Severity</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Begegnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is off</source>
        <translation>Was fehlt</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/first_start.py" line="+88"/>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>PartnerDesk-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Location of the new database</source>
        <translation>Speicherort der neuen Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk databases (*.sqlite)</source>
        <translation>PartnerDesk-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Welcome to PartnerDesk</source>
        <translation>Willkommen bei PartnerDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PartnerDesk keeps the contacts, exchanges and grants of your town-twinning association in one database file on this computer. No database is open yet: create one, or open an existing file.</source>
        <translation>PartnerDesk verwaltet Kontakte, Begegnungen und Förderanträge Ihres Städtepartnerschaftsvereins in einer Datenbankdatei auf diesem Computer. Noch ist keine Datenbank geöffnet: Legen Sie eine an oder öffnen Sie eine vorhandene Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new database file. The open database stays as it is.</source>
        <translation>Eine neue Datenbankdatei anlegen. Die geöffnete Datenbank bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Location of the new database:</source>
        <translation>&amp;Speicherort der neuen Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the demo association</source>
        <translation>Demo-Verein anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fictional association with partner towns, about 150 contacts, exchanges and grants, to look around and try things out.</source>
        <translation>Ein erfundener Verein mit Partnerstädten, rund 150 Kontakten, Begegnungen und Förderanträgen – zum Umsehen und Ausprobieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create an empty database</source>
        <translation>Leere Datenbank anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with your own association&apos;s data.</source>
        <translation>Mit den Daten Ihres eigenen Vereins beginnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an existing database…</source>
        <translation>Vorhandene Datenbank öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example a copy from another computer.</source>
        <translation>Zum Beispiel eine Kopie von einem anderen Computer.</translation>
    </message>
</context>
<context>
    <name>FunderProfileEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/funder_profiles_form.py" line="+152"/>
        <source>– choose a funder –</source>
        <translation>– Fördergeber wählen –</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Type the daily rate as 30,00 (or leave it empty).</source>
        <translation>Geben Sie den Tagessatz als 30,00 ein (oder lassen Sie ihn leer).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Example values — verify against the funder&apos;s current guidelines before applying.</source>
        <translation>Beispielwerte – prüfen Sie sie vor der Antragstellung anhand der aktuellen Richtlinien des Fördergebers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funder and programme</source>
        <translation>Fördergeber und Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Money</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents and notes</source>
        <translation>Unterlagen und Notizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Funder</source>
        <translation>&amp;Fördergeber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum &amp;age (years)</source>
        <translation>&amp;Mindestalter (Jahre)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ma&amp;ximum age</source>
        <translation>&amp;Höchstalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum programme &amp;days</source>
        <translation>Mindestzahl Pro&amp;grammtage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants per &amp;side (max.)</source>
        <translation>Teilnehmende pro Seit&amp;e (max.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leaders per side (max.)</source>
        <translation>Betreuer/&amp;innen pro Seite (max.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants per l&amp;eader</source>
        <translation>Teilnehmende pro Betreue&amp;r/in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;rate per participant</source>
        <translation>&amp;Tagessatz pro Teilnehmer/in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;weeks before the start</source>
        <translation>&amp;Antragsfrist (Wochen vor Beginn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of use &amp;months after the end</source>
        <translation>&amp;Verwendungsnachweis (Monate nach Ende)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep receipts (years)</source>
        <translation>Belege aufbewahren (&amp;Jahre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required d&amp;ocuments</source>
        <translation>Erforderliche &amp;Unterlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example values, not yet checked</source>
        <translation>Beispielwerte, noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick once the values have been checked against the funder&apos;s current guidelines</source>
        <translation>Häkchen entfernen, sobald die Werte anhand der aktuellen Richtlinien des Fördergebers geprüft sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“–”: the funder sets no such rule</source>
        <translation>„–“: Der Fördergeber macht dazu keine Vorgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival and departure day count as one day (“–”: no minimum)</source>
        <translation>An- und Abreisetag zählen zusammen als ein Tag („–“: kein Minimum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the funder pays per participant and programme day (empty: no day rate)</source>
        <translation>Was der Fördergeber pro Teilnehmer/in und Programmtag zahlt (leer: kein Tagessatz)</translation>
    </message>
</context>
<context>
    <name>FunderProfilesDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/funder_profiles.py" line="+126"/>
        <location line="+148"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message numerus="yes">
        <location line="-139"/>
        <source>Used by %n application(s)</source>
        <translation>
            <numerusform>Von %n Antrag verwendet</numerusform>
            <numerusform>Von %n Anträgen verwendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Delete funder profile</source>
        <translation>Förderprofil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the funder profile “{programme}”?</source>
        <translation>Das Förderprofil „{programme}“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n example profile(s) added. Check their values against the funders&apos; current guidelines before applying.</source>
        <translation>
            <numerusform>%n Beispielprofil hinzugefügt. Prüfen Sie die Werte vor der Antragstellung anhand der aktuellen Richtlinien des Fördergebers.</numerusform>
            <numerusform>%n Beispielprofile hinzugefügt. Prüfen Sie die Werte vor der Antragstellung anhand der aktuellen Richtlinien der Fördergeber.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The example profiles are already there.</source>
        <translation>Die Beispielprofile sind bereits vorhanden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The funder profile has changes that are not saved yet. Discard them?</source>
        <translation>Das Förderprofil hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Funder profiles</source>
        <translation>Förderprofile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funder</source>
        <translation>Fördergeber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible while applications use the profile</source>
        <translation>Nicht möglich, solange Anträge das Profil verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;example profiles</source>
        <translation>&amp;Beispielprofile hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add example profiles of common funders (and the funders as organisations); profiles already there stay as they are</source>
        <translation>Beispielprofile gängiger Fördergeber hinzufügen (und die Fördergeber als Organisationen); vorhandene Profile bleiben unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the funder profile (Ctrl+S)</source>
        <translation>Förderprofil speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No funder profiles yet. Add the example profiles and adapt them, or enter one with “New” — the funder must be an organisation in the contacts.</source>
        <translation>Noch keine Förderprofile. Fügen Sie die Beispielprofile hinzu und passen Sie sie an, oder legen Sie mit „Neu“ ein Profil an – der Fördergeber muss als Organisation in den Kontakten stehen.</translation>
    </message>
</context>
<context>
    <name>GrantResultBox</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/budget_views.py" line="+237"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant approved</source>
        <translation>Bewilligte Förderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual costs</source>
        <translation>Tatsächliche Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actual income</source>
        <translation>Sonstige tatsächliche Einnahmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grant the costs entitle to</source>
        <translation>Zustehende Förderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant received</source>
        <translation>Erhaltene Förderung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not decided yet (the requested amount counts)</source>
        <translation>noch nicht entschieden (es zählt der beantragte Betrag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The approved grant, at most what the actual costs leave uncovered by the other actual income</source>
        <translation>Die bewilligte Förderung, höchstens aber der Teil der tatsächlichen Kosten, der nicht durch die sonstigen tatsächlichen Einnahmen gedeckt ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surplus to repay: {amount}</source>
        <translation>Zurückzuzahlender Überschuss: {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still outstanding (to request): {amount}</source>
        <translation>Noch offen (abzurufen): {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received and entitled match: nothing to repay, nothing outstanding</source>
        <translation>Erhaltene und zustehende Förderung stimmen überein: keine Rückzahlung, nichts offen</translation>
    </message>
</context>
<context>
    <name>GrantStatus</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+3"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly approved</source>
        <translation>Teilweise bewilligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funds requested</source>
        <translation>Mittel abgerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funds received</source>
        <translation>Mittel erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of use submitted</source>
        <translation>Verwendungsnachweis eingereicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>GrantWorkspaceDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/dialog.py" line="+124"/>
        <source>New application</source>
        <translation>Neuer Förderantrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant application – {title}</source>
        <translation>Förderantrag – {title}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the date of the step.</source>
        <translation>Geben Sie das Datum des Schritts ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grant application has changes that are not saved yet. Discard them?</source>
        <translation>Der Förderantrag hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Overview</source>
        <translation>Übersi&amp;cht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Milestones</source>
        <translation>Fr&amp;isten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost and &amp;financing plan</source>
        <translation>&amp;Kosten- und Finanzierungsplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Receipts</source>
        <translation>Bel&amp;ege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yments</source>
        <translation>&amp;Zahlungseingänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the application&apos;s fields (Ctrl+S)</source>
        <translation>Angaben des Antrags speichern (Strg+S)</translation>
    </message>
</context>
<context>
    <name>Grants</name>
    <message>
        <location filename="../partnerdesk/services/budget.py" line="+57"/>
        <source>This budget line no longer exists.</source>
        <translation>Diese Budgetposition gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This budget line was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>Diese Budgetposition wurde inzwischen an anderer Stelle geändert. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown side {side} of the plan.</source>
        <translation>Unbekannte Seite {side} des Plans.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category {category} does not belong on this side of the plan.</source>
        <translation>Die Kategorie {category} gehört nicht auf diese Seite des Plans.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The planned amount must be 0 or more, with at most two decimal places.</source>
        <translation>Der geplante Betrag muss 0 oder mehr betragen, mit höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The approved amount must be empty or 0 or more, with at most two decimal places.</source>
        <translation>Der bewilligte Betrag muss leer sein oder 0 oder mehr betragen, mit höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is too long (at most 300 characters).</source>
        <translation>Die Beschreibung ist zu lang (höchstens 300 Zeichen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This budget line cannot be deleted while receipts are booked to it ({count}). Book them to another line or delete them first.</source>
        <translation>Diese Budgetposition kann nicht gelöscht werden, solange Belege auf sie gebucht sind ({count}). Buchen Sie die Belege zuerst auf eine andere Position um oder löschen Sie sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This budget line cannot be deleted: receipts are booked to it. Nothing was deleted.</source>
        <translation>Diese Budgetposition kann nicht gelöscht werden: Es sind Belege auf sie gebucht. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipts are booked to this line ({count}); it cannot become the line of this grant, whose money is recorded as payments received.</source>
        <translation>Auf diese Position sind Belege gebucht ({count}); sie kann daher nicht die Position dieser Förderung werden, deren Mittel als Zahlungseingänge erfasst werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount {amount} is too large.</source>
        <translation>Der Betrag {amount} ist zu groß.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/day_rate.py" line="+37"/>
        <source>The application has no funder profile, so there is no daily rate to use.</source>
        <translation>Der Antrag hat kein Förderprofil, daher ist kein Tagessatz verfügbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The funder profile “{programme}” has no daily rate. Enter it in the profile or type the rate into the calculator.</source>
        <translation>Das Förderprofil „{programme}“ hat keinen Tagessatz. Tragen Sie ihn im Profil ein oder geben Sie den Satz in den Rechner ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daily rate is in {rate_currency}, the application in {currency}.</source>
        <translation>Der Tagessatz ist in {rate_currency} angegeben, der Antrag in {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants and programme days must be whole numbers of 0 or more, the rate an amount of 0 or more with at most two decimal places.</source>
        <translation>Teilnehmende und Programmtage müssen ganze Zahlen ab 0 sein, der Satz ein Betrag ab 0 mit höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/funders.py" line="+27"/>
        <source>This funder profile no longer exists.</source>
        <translation>Dieses Förderprofil gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This funder profile was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>Dieses Förderprofil wurde inzwischen an anderer Stelle geändert. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The funder profile needs the programme&apos;s name.</source>
        <translation>Das Förderprofil braucht den Namen des Programms.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This funder already has a profile for the programme “{programme}”.</source>
        <translation>Dieser Fördergeber hat bereits ein Profil für das Programm „{programme}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minimum age cannot be above the maximum age.</source>
        <translation>Das Mindestalter darf nicht über dem Höchstalter liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ages, days, group sizes and periods cannot be negative.</source>
        <translation>Alter, Tage, Gruppengrößen und Zeiträume dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The daily rate must be an amount of 0 or more, to the cent.</source>
        <translation>Der Tagessatz muss ein Betrag ab 0 sein, auf den Cent genau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This funder profile cannot be deleted: applications use it ({count}). Choose another profile for them first.</source>
        <translation>Dieses Förderprofil kann nicht gelöscht werden: Anträge verwenden es ({count}). Wählen Sie für diese Anträge zuerst ein anderes Profil.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/grant_editing.py" line="+39"/>
        <source>This grant application no longer exists.</source>
        <translation>Diesen Förderantrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This grant application was changed elsewhere meanwhile. Nothing was saved; open it again to see the current data.</source>
        <translation>Dieser Förderantrag wurde inzwischen an anderer Stelle geändert. Es wurde nichts gespeichert; öffnen Sie ihn erneut, um die aktuellen Daten zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application needs a title.</source>
        <translation>Der Antrag braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the funder the application goes to.</source>
        <translation>Wählen Sie den Fördergeber, an den der Antrag geht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen funder no longer exists.</source>
        <translation>Den gewählten Fördergeber gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A funder must be an organisation, not a person.</source>
        <translation>Ein Fördergeber muss eine Organisation sein, keine Person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen funder profile no longer exists.</source>
        <translation>Das gewählte Förderprofil gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen funder profile belongs to another funder.</source>
        <translation>Das gewählte Förderprofil gehört zu einem anderen Fördergeber.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A linked exchange no longer exists.</source>
        <translation>Eine verknüpfte Begegnung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts must be 0 or more, to the cent (at most two decimal places).</source>
        <translation>Beträge müssen 0 oder mehr betragen, auf den Cent genau (höchstens zwei Nachkommastellen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>Die Währung muss ein dreistelliger Code wie EUR sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant money was received for this application, so it cannot be deleted. Withdraw or close it instead.</source>
        <translation>Für diesen Antrag sind bereits Fördermittel eingegangen, daher kann er nicht gelöscht werden. Ziehen Sie ihn stattdessen zurück oder schließen Sie ihn ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This application has receipts ({count}), so it cannot be deleted. Withdraw or close it instead.</source>
        <translation>Dieser Antrag hat Belege ({count}), daher kann er nicht gelöscht werden. Ziehen Sie ihn stattdessen zurück oder schließen Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/grant_workflow.py" line="+50"/>
        <source>An application that is “{current}” cannot become “{target}”. Possible next: {allowed}.</source>
        <translation>Ein Antrag im Status „{current}“ kann nicht in den Status „{target}“ wechseln. Als Nächstes möglich: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An application that is “{current}” is final: its status cannot change any more.</source>
        <translation>Ein Antrag im Status „{current}“ ist endgültig: Sein Status kann sich nicht mehr ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown application status {value}.</source>
        <translation>Unbekannter Antragsstatus {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status change needs a date.</source>
        <translation>Der Statuswechsel braucht ein Datum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A status change cannot be dated in the future.</source>
        <translation>Ein Statuswechsel darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A status change cannot be dated before the last one ({last}).</source>
        <translation>Ein Statuswechsel darf nicht vor dem letzten ({last}) liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partial approval needs the approved amount.</source>
        <translation>Eine Teilbewilligung braucht den bewilligten Betrag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount of a partial approval must be below the requested amount.</source>
        <translation>Der Betrag einer Teilbewilligung muss unter dem beantragten Betrag liegen.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/milestones.py" line="+32"/>
        <source>This milestone no longer exists.</source>
        <translation>Diese Frist gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This milestone was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>Diese Frist wurde inzwischen an anderer Stelle geändert. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The milestone needs a due date.</source>
        <translation>Die Frist braucht ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A milestone cannot be done on a future day.</source>
        <translation>Das Erledigungsdatum einer Frist darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind of milestone {value}.</source>
        <translation>Unbekannte Fristart {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application has no funder profile, so there is nothing to take the deadlines from. Choose a profile first.</source>
        <translation>Der Antrag hat kein Förderprofil, aus dem die Fristen übernommen werden könnten. Wählen Sie zuerst ein Profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application is not linked to an exchange, so there are no dates to count the deadlines from. Link an exchange first.</source>
        <translation>Der Antrag ist mit keiner Begegnung verknüpft, daher gibt es kein Datum, ab dem die Fristen berechnet werden könnten. Verknüpfen Sie zuerst eine Begegnung.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/receipts.py" line="+41"/>
        <source>This receipt no longer exists.</source>
        <translation>Diesen Beleg gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This receipt was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>Dieser Beleg wurde inzwischen an anderer Stelle geändert. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another receipt or its budget line was changed at the same time. Nothing was saved; please save again.</source>
        <translation>Ein anderer Beleg oder seine Budgetposition wurde gleichzeitig geändert. Es wurde nichts gespeichert; bitte speichern Sie erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt needs a date.</source>
        <translation>Der Beleg braucht ein Datum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the budget line the receipt is booked to.</source>
        <translation>Wählen Sie die Budgetposition, auf die der Beleg gebucht wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts cannot be booked to the line of this grant: record the grant money received as a payment.</source>
        <translation>Belege können nicht auf die Position dieser Förderung gebucht werden: Erfassen Sie die erhaltenen Fördermittel als Zahlung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount must not be 0 and may have at most two decimal places (a refund is negative).</source>
        <translation>Der Betrag darf nicht 0 sein und höchstens zwei Nachkommastellen haben (eine Erstattung ist negativ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount in {currency} must not be 0 and may have at most two decimal places.</source>
        <translation>Der Betrag in {currency} darf nicht 0 sein und höchstens zwei Nachkommastellen haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A receipt in another currency needs the amount in that currency, the exchange rate and the date of the rate.</source>
        <translation>Ein Beleg in einer anderen Währung braucht den Betrag in dieser Währung, den Wechselkurs und das Datum des Kurses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The currency must be a three-letter code such as RUB.</source>
        <translation>Die Währung muss ein dreistelliger Code wie RUB sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} is the application&apos;s own currency: enter the amount directly.</source>
        <translation>{currency} ist die Währung des Antrags selbst: Geben Sie den Betrag direkt ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange rate must be more than 0 with at most six decimal places: units of {original_currency} for 1 {currency}.</source>
        <translation>Der Wechselkurs muss größer als 0 sein und darf höchstens sechs Nachkommastellen haben: Einheiten {original_currency} für 1 {currency}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{original} {original_currency} is less than one cent in {currency}.</source>
        <translation>{original} {original_currency} ergeben weniger als einen Cent in {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payee or payer is too long (at most 200 characters).</source>
        <translation>Die Angabe zu Empfänger oder Zahler ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The purpose is too long (at most 300 characters).</source>
        <translation>Der Verwendungszweck ist zu lang (höchstens 300 Zeichen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This payment no longer exists.</source>
        <translation>Diese Zahlung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This payment was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>Diese Zahlung wurde inzwischen an anderer Stelle geändert. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment needs the date it was received.</source>
        <translation>Die Zahlung braucht das Datum des Eingangs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payment must be an amount of more than 0 with at most two decimal places.</source>
        <translation>Die Zahlung muss ein Betrag über 0 mit höchstens zwei Nachkommastellen sein.</translation>
    </message>
</context>
<context>
    <name>GrantsModel</name>
    <message>
        <location filename="../partnerdesk/ui/models/grants_model.py" line="+29"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Fördergeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>Begegnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next deadline</source>
        <translation>Nächste Frist</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>File reference: {reference}</source>
        <translation>Aktenzeichen: {reference}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/grants_page.py" line="+149"/>
        <source>Grants</source>
        <translation>Förderanträge</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n grant application(s)</source>
        <translation>
            <numerusform>%n Förderantrag</numerusform>
            <numerusform>%n Förderanträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="-96"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete grant application</source>
        <translation>Förderantrag löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}” with its milestones, cost and financing plan and status history? This cannot be undone.</source>
        <translation>„{title}“ samt Fristen, Kosten- und Finanzierungsplan und Statusverlauf löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New application</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a new grant application</source>
        <translation>Einen neuen Förderantrag erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected application&apos;s workspace (Enter or double-click)</source>
        <translation>Den Arbeitsbereich des ausgewählten Antrags öffnen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected application (not possible once money was received or receipts are booked)</source>
        <translation>Den ausgewählten Antrag löschen (nicht möglich, sobald Mittel eingegangen oder Belege gebucht sind)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funder profiles…</source>
        <translation>Förderprofile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The funders&apos; programmes and rules: ages, group sizes, daily rates, deadlines</source>
        <translation>Programme und Vorgaben der Fördergeber: Alter, Gruppengrößen, Tagessätze, Fristen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funder:</source>
        <translation>&amp;Fördergeber:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No grant application matches these filters. Choose “All” to see more.</source>
        <translation>Kein Förderantrag passt zu diesen Filtern. Wählen Sie „Alle“, um mehr zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No grant applications yet. Enter the first one with “New application” (Ctrl+N), or from an exchange&apos;s workspace. Under “Funder profiles…” you can add example profiles of common funders and adapt them.</source>
        <translation>Noch keine Förderanträge. Erfassen Sie den ersten mit „Neuer Antrag“ (Strg+N) oder aus dem Arbeitsbereich einer Begegnung. Unter „Förderprofile…“ können Sie Beispielprofile gängiger Fördergeber hinzufügen und anpassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No grant application matches “{text}”.</source>
        <translation>Kein Förderantrag passt zu „{text}“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search title, funder or file reference…</source>
        <translation>Titel, Fördergeber oder Aktenzeichen suchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No database is open. Open or create one in the File menu.</source>
        <translation>Es ist keine Datenbank geöffnet. Öffnen oder erstellen Sie eine im Menü „Datei“.</translation>
    </message>
</context>
<context>
    <name>HealthEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="-52"/>
        <source>&amp;Allergies</source>
        <translation>&amp;Allergien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medication</source>
        <translation>&amp;Medikamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diet</source>
        <translation>&amp;Ernährung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health data – {name}</source>
        <translation>Gesundheitsdaten – {name}</translation>
    </message>
</context>
<context>
    <name>HostTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/host_tab.py" line="+79"/>
        <source>&amp;Hosts guests (host family)</source>
        <translation>Nimmt Gäste a&amp;uf (Gastfamilie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick to keep what this household offers to guests of an exchange.</source>
        <translation>Ankreuzen, um festzuhalten, was dieser Haushalt Gästen einer Begegnung bietet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the household offers</source>
        <translation>Was der Haushalt bietet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beds:</source>
        <translation>&amp;Betten:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pets:</source>
        <translation>&amp;Haustiere:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Smoking:</source>
        <translation>Rau&amp;chen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages at home:</source>
        <translation>&amp;Sprachen zu Hause:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone smokes in the household</source>
        <translation>Im Haushalt wird geraucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. a cat, a dog</source>
        <translation>z. B. eine Katze, ein Hund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. de, ru, en</source>
        <translation>z. B. de, ru, en</translation>
    </message>
</context>
<context>
    <name>HostsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/hosts_tab.py" line="+116"/>
        <source>No warnings about the host families.</source>
        <translation>Keine Warnungen zu den Gastfamilien.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove placement</source>
        <translation>Unterbringung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{guest} will no longer stay with {host}. Remove this placement?</source>
        <translation>{guest} wohnt dann nicht mehr bei {host}. Diese Unterbringung entfernen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Guest</source>
        <translation>G&amp;ast</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Host</source>
        <translation>&amp;Gastgeber/in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Assign</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the guest with the host for these days</source>
        <translation>Den Gast für diese Tage bei der Gastfamilie unterbringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove placement…</source>
        <translation>Unterbringung &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>Gastgeber/in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../partnerdesk/cli/contacts_io.py" line="+73"/>
        <source>The mapping file {path} cannot be read.</source>
        <translation>Die Zuordnungsdatei {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>File: {file} ({details})</source>
        <translation>Datei: {file} ({details})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported: {count}</source>
        <translation>Importiert: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged into existing contacts: {count}</source>
        <translation>Mit vorhandenen Kontakten zusammengeführt: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicates found: {count}</source>
        <translation>Gefundene Dubletten: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: {count}</source>
        <translation>Abgelehnt: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: nothing was saved.</source>
        <translation>Probelauf: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/__init__.py" line="+48"/>
        <source>same PartnerDesk ID</source>
        <translation>gleiche PartnerDesk-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail address</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone number</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and birth date</source>
        <translation>gleicher Name und gleiches Geburtsdatum</translation>
    </message>
    <message>
        <location line="+70"/>
        <location filename="../partnerdesk/services/imports/readers.py" line="+96"/>
        <location line="+63"/>
        <source>The file {path} cannot be read.</source>
        <translation>Die Datei {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No column of {path} is assigned to a contact field. Choose a mapping.</source>
        <translation>Keine Spalte von {path} ist einem Kontaktfeld zugeordnet. Wählen Sie eine Zuordnung.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/csv_reader.py" line="+114"/>
        <source>The line cannot be read as CSV.</source>
        <translation>Die Zeile kann nicht als CSV gelesen werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The line is far too long.</source>
        <translation>Die Zeile ist viel zu lang.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A quotation mark in this line is not closed; the line was skipped.</source>
        <translation>Ein Anführungszeichen in dieser Zeile wird nicht geschlossen; die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/dates.py" line="+54"/>
        <source>{value} is Excel&apos;s 29 February 1900, a day that never existed.</source>
        <translation>{value} ist der 29. Februar 1900 von Excel – ein Tag, den es nie gab.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>{value} is not a valid date.</source>
        <translation>{value} ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The birth date {value} lies in the future.</source>
        <translation>Das Geburtsdatum {value} liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The birth date {value} lies more than 120 years in the past.</source>
        <translation>Das Geburtsdatum {value} liegt mehr als 120 Jahre zurück.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/fields.py" line="+18"/>
        <source>Person or organisation</source>
        <translation>Person oder Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (split)</source>
        <translation>Vollständiger Name (wird aufgeteilt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (native script)</source>
        <translation>Vorname (Originalschrift)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (native script)</source>
        <translation>Nachname (Originalschrift)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name as in passport</source>
        <translation>Vorname laut Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name as in passport</source>
        <translation>Nachname laut Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of organisation</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth month</source>
        <translation>Geburtsmonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth day</source>
        <translation>Geburtstag (Tag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth place</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address extra</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles (comma separated)</source>
        <translation>Rollen (durch Komma getrennt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member number</source>
        <translation>Mitgliedsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member until</source>
        <translation>Mitglied bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk ID</source>
        <translation>PartnerDesk-ID</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/mapping.py" line="+40"/>
        <source>The mapping is not a saved PartnerDesk mapping.</source>
        <translation>Die Zuordnung ist keine gespeicherte PartnerDesk-Zuordnung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The mapping names an unknown field: {field}.</source>
        <translation>Die Zuordnung nennt ein unbekanntes Feld: {field}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/presets.py" line="+18"/>
        <source>Outlook (German)</source>
        <translation>Outlook (deutsch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook (English)</source>
        <translation>Outlook (englisch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts</source>
        <translation>Google Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird</source>
        <translation>Thunderbird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member list (Excel)</source>
        <translation>Mitgliederliste (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk export</source>
        <translation>PartnerDesk-Export</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/readers.py" line="-90"/>
        <source>The row has {count} cells but the header only {width}.</source>
        <translation>Die Zeile hat {count} Zellen, die Kopfzeile aber nur {width}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file {path} does not exist.</source>
        <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a file.</source>
        <translation>{path} ist keine Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {path} is empty.</source>
        <translation>Die Datei {path} ist leer.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{path} is an old Excel file (.xls). Save it as .xlsx or CSV and import that.</source>
        <translation>{path} ist eine alte Excel-Datei (.xls). Speichern Sie sie als .xlsx oder CSV und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} is neither a CSV or text file, nor XLSX, nor vCard.</source>
        <translation>{path} ist weder eine CSV- oder Textdatei noch XLSX oder vCard.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file {path} contains no rows.</source>
        <translation>Die Datei {path} enthält keine Zeilen.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/staging.py" line="+129"/>
        <source>The member number {value} is already taken.</source>
        <translation>Die Mitgliedsnummer {value} ist bereits vergeben.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/validation.py" line="+154"/>
        <source>{value} is a number Excel has shortened; format the column as text and export again.</source>
        <translation>{value} ist eine von Excel gekürzte Zahl; formatieren Sie die Spalte als Text und exportieren Sie erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+116"/>
        <source>{field} is longer than {max} characters.</source>
        <translation>„{field}“ ist länger als {max} Zeichen.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>{value} is not a valid e-mail address.</source>
        <translation>{value} ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The row has no name.</source>
        <translation>Die Zeile enthält keinen Namen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{value} is not a PartnerDesk ID.</source>
        <translation>{value} ist keine PartnerDesk-ID.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A membership needs both a member number and the date of joining.</source>
        <translation>Eine Mitgliedschaft braucht sowohl eine Mitgliedsnummer als auch das Eintrittsdatum.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The membership ends ({value}) before it begins.</source>
        <translation>Die Mitgliedschaft endet ({value}), bevor sie beginnt.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/vocabulary.py" line="+123"/>
        <source>Unknown country {value}: use a two-letter code such as DE or RU.</source>
        <translation>Unbekanntes Land {value}: Verwenden Sie einen zweistelligen Code wie DE oder RU.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown gender {value}.</source>
        <translation>Unbekanntes Geschlecht {value}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown role {value}.</source>
        <translation>Unbekannte Rolle {value}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown side {value}.</source>
        <translation>Unbekannte Seite {value}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown kind of contact {value}.</source>
        <translation>Unbekannte Kontaktart {value}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown kind of organisation {value}.</source>
        <translation>Unbekannte Organisationsart {value}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/xlsx_reader.py" line="+47"/>
        <source>{path} cannot be read as an Excel workbook (.xlsx).</source>
        <translation>{path} kann nicht als Excel-Arbeitsmappe (.xlsx) gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/dialog.py" line="+141"/>
        <source>The file does not exist.</source>
        <translation>Die Datei gibt es nicht.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Checking {name}…</source>
        <translation>{name} wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step 1 of 5: choose the file</source>
        <translation>Schritt 1 von 5: Datei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 5: check what was read</source>
        <translation>Schritt 2 von 5: Gelesenes prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 5: assign the columns to contact fields</source>
        <translation>Schritt 3 von 5: Spalten den Kontaktfeldern zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 4 of 5: duplicates and dry run</source>
        <translation>Schritt 4 von 5: Dubletten und Probelauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 5 of 5: importing</source>
        <translation>Schritt 5 von 5: Import läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 5 of 5: result</source>
        <translation>Schritt 5 von 5: Ergebnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt; Back</source>
        <translation>&lt; Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import now</source>
        <translation>Jetzt importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next &gt;</source>
        <translation>Weiter &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the import; nothing is imported</source>
        <translation>Bricht den Import ab; es wird nichts importiert</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/result_pages.py" line="+28"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty fields filled in</source>
        <translation>Leere Felder ergänzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created anyway</source>
        <translation>Trotzdem angelegt</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+13"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Existing contact</source>
        <translation>Vorhandener Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it matches</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an earlier row of this file</source>
        <translation>eine frühere Zeile dieser Datei</translation>
    </message>
</context>
<context>
    <name>LabelOptions</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/options.py" line="+95"/>
        <source>Label &amp;sheet:</source>
        <translation>&amp;Etikettenbogen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First free label:</source>
        <translation>Erstes fre&amp;ies Etikett:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer offset →:</source>
        <translation>Druckerversatz →:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printer offset ↓:</source>
        <translation>Druckerversatz ↓:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n labels per sheet</source>
        <translation>
            <numerusform>%n Etikett pro Bogen</numerusform>
            <numerusform>%n Etiketten pro Bogen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet in the printer: Avery L7160 has 21 labels (63.5 × 38.1 mm), Zweckform 3490 has 24 (70 × 36 mm)</source>
        <translation>Der Bogen im Drucker: Avery L7160 hat 21 Etiketten (63,5 × 38,1 mm), Zweckform 3490 hat 24 (70 × 36 mm)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Start on this label of the first sheet (counted left to right, top to bottom), so a partly used sheet can be used up; 1 to %n</source>
        <translation>
            <numerusform>Auf diesem Etikett des ersten Bogens beginnen (von links nach rechts und von oben nach unten gezählt), damit sich ein angebrochener Bogen aufbrauchen lässt; 1 bis %n</numerusform>
            <numerusform>Auf diesem Etikett des ersten Bogens beginnen (von links nach rechts und von oben nach unten gezählt), damit sich ein angebrochener Bogen aufbrauchen lässt; 1 bis %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the printer prints everything a little shifted, correct it here: positive values move the print right (→) or down (↓)</source>
        <translation>Wenn der Drucker alles etwas verschoben druckt, korrigieren Sie das hier: Positive Werte verschieben den Druck nach rechts (→) bzw. nach unten (↓)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw the label edges (test print)</source>
        <translation>Etikettenränder einzeichnen (Probedruck)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print on plain paper first and hold it against a label sheet to check the printer offset</source>
        <translation>Drucken Sie zuerst auf Normalpapier und halten Sie das Blatt gegen einen Etikettenbogen, um den Druckerversatz zu prüfen</translation>
    </message>
</context>
<context>
    <name>LatinSuggestionDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/latin_dialog.py" line="+80"/>
        <source>Latin spelling</source>
        <translation>Lateinische Schreibweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed Latin spellings of “{name}”. They are suggestions only: the name as in the passport must be typed exactly as the passport writes it.</source>
        <translation>Vorgeschlagene lateinische Schreibweisen von „{name}“. Es sind nur Vorschläge: Der Name laut Pass muss genau so eingegeben werden, wie er im Pass steht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ICAO 9303 (passports):</source>
        <translation>ICAO 9303 (Pässe):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German spelling (letters):</source>
        <translation>Deutsche Schreibweise (Briefe):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use as passport name</source>
        <translation>Als Name laut Pass übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use as Latin name</source>
        <translation>Als lateinischen Namen übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fills the fields; check them against the passport.</source>
        <translation>Füllt die Felder aus; prüfen Sie sie anhand des Passes.</translation>
    </message>
</context>
<context>
    <name>LetterOptions</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/options.py" line="+74"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Templates…</source>
        <translation>V&amp;orlagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the letter templates: text, subject, fields</source>
        <translation>Briefvorlagen bearbeiten: Text, Betreff, Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter template; its fields are filled in for each contact</source>
        <translation>Die Briefvorlage; ihre Felder werden für jeden Kontakt ausgefüllt</translation>
    </message>
</context>
<context>
    <name>LetterTemplatesDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/letter_templates.py" line="+154"/>
        <source>An example; adapt it to your association</source>
        <translation>Ein Beispiel; passen Sie es an Ihren Verein an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No letter templates yet. Add the examples and adapt them, or write one with “New”.</source>
        <translation>Noch keine Briefvorlagen. Fügen Sie die Beispiele hinzu und passen Sie sie an, oder schreiben Sie mit „Neu“ eine eigene.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Delete letter template</source>
        <translation>Briefvorlage löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the letter template “{name}”?</source>
        <translation>Die Briefvorlage „{name}“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n example template(s) added.</source>
        <translation>
            <numerusform>%n Beispielvorlage hinzugefügt.</numerusform>
            <numerusform>%n Beispielvorlagen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The example templates are already there.</source>
        <translation>Die Beispielvorlagen sind bereits vorhanden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter template has changes that are not saved yet. Discard them?</source>
        <translation>Die Briefvorlage hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Letter templates</source>
        <translation>Briefvorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Needs the exchange the letter is about</source>
        <translation>Erfordert die Begegnung, um die es in dem Brief geht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a field to insert it. Add _de, _ru or _en to write it in that language, e.g. {salutation_ru} in the Russian part of a bilingual letter.</source>
        <translation>Doppelklicken Sie auf ein Feld, um es einzufügen. Hängen Sie _de, _ru oder _en an, um es in dieser Sprache auszugeben, z. B. {salutation_ru} im russischen Teil eines zweisprachigen Briefs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert field</source>
        <translation>Feld &amp;einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;examples</source>
        <translation>Beispiele &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the example templates (invitation for a visa, general letter) in German, Russian and English; templates already there stay as they are</source>
        <translation>Die Beispielvorlagen (Einladung für ein Visum, allgemeiner Brief) auf Deutsch, Russisch und Englisch hinzufügen; vorhandene Vorlagen bleiben unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the letter template (Ctrl+S)</source>
        <translation>Briefvorlage speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter&apos;s text, with fields such as {salutation}</source>
        <translation>Der Text des Briefs, mit Feldern wie {salutation}</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../partnerdesk/services/letter_fields.py" line="+37"/>
        <source>Opening by gender and language, e.g. “Sehr geehrte Frau Iwanowa,”</source>
        <translation>Anrede nach Geschlecht und Sprache, z. B. „Sehr geehrte Frau Iwanowa,“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Academic title, e.g. Dr.</source>
        <translation>Akademischer Titel, z. B. Dr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name with title</source>
        <translation>Vollständiger Name mit Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as in the passport</source>
        <translation>Name laut Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth place</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport number</source>
        <translation>Passnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport valid until</source>
        <translation>Pass gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the exchange</source>
        <translation>Titel der Begegnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the exchange</source>
        <translation>Erster Tag der Begegnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the exchange</source>
        <translation>Letzter Tag der Begegnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of the exchange</source>
        <translation>Ort der Begegnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family during the exchange, with address</source>
        <translation>Gastfamilie während der Begegnung, mit Anschrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the association</source>
        <translation>Name des Vereins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the letter</source>
        <translation>Datum des Briefs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board member who signs</source>
        <translation>Unterzeichnendes Vorstandsmitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function of the board member</source>
        <translation>Funktion des Vorstandsmitglieds</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/letters.py" line="+57"/>
        <source>This letter template no longer exists.</source>
        <translation>Diese Briefvorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This letter template was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>Diese Briefvorlage wurde inzwischen an anderer Stelle geändert. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter template needs a name.</source>
        <translation>Die Briefvorlage braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown language of a letter template: {value}.</source>
        <translation>Unbekannte Sprache einer Briefvorlage: {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There already is a letter template named “{name}” in this language.</source>
        <translation>In dieser Sprache gibt es bereits eine Briefvorlage namens „{name}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter uses unknown fields: {fields}. Known fields: {known}.</source>
        <translation>Der Brief verwendet unbekannte Felder: {fields}. Bekannte Felder: {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter template uses fields of an exchange ({fields}): choose the exchange the letter is about.</source>
        <translation>Die Briefvorlage verwendet Felder einer Begegnung ({fields}): Wählen Sie die Begegnung, um die es in dem Brief geht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no exchange with the id {id}.</source>
        <translation>Es gibt keine Begegnung mit der ID {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no letter template in the language {language}. Add one, or install the examples, on the Reports page.</source>
        <translation>Es gibt keine Briefvorlage in der Sprache {language}. Legen Sie auf der Seite „Berichte“ eine an oder installieren Sie dort die Beispiele.</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/links_tab.py" line="+122"/>
        <source>Guardian</source>
        <translation>Erziehungsberechtigte/r</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;guardian…</source>
        <translation>&amp;Erziehungsberechtigte/n hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents or other guardians of a minor. Double-click the relation to edit it (e.g. mother).</source>
        <translation>Eltern oder andere Erziehungsberechtigte eines Minderjährigen. Doppelklicken Sie auf die Beziehung, um sie zu bearbeiten (z. B. Mutter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add &amp;organisation…</source>
        <translation>&amp;Organisation hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click the function to edit it (e.g. head teacher, mayor).</source>
        <translation>Doppelklicken Sie auf die Funktion, um sie zu bearbeiten (z. B. Schulleiter/in, Bürgermeister/in).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;person…</source>
        <translation>&amp;Person hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click the function to edit it.</source>
        <translation>Doppelklicken Sie auf die Funktion, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location line="+68"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardians</source>
        <translation>Erziehungsberechtigte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian of: {names}</source>
        <translation>Erziehungsberechtigte/r von: {names}</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../partnerdesk/ui/widgets/logo_picker.py" line="+69"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image is larger than 2 MB; please choose a smaller one.</source>
        <translation>Das Bild ist größer als 2 MB; bitte wählen Sie ein kleineres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not an image PartnerDesk can read.</source>
        <translation>Die Datei ist kein Bild, das PartnerDesk lesen kann.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose image…</source>
        <translation>Bild auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed in the letterhead of reports and letters.</source>
        <translation>Erscheint im Briefkopf von Berichten und Briefen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../partnerdesk/ui/main_window.py" line="+217"/>
        <source>The automatic backup failed; see the log.</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen; siehe Protokoll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backup written.</source>
        <translation>Automatische Sicherung geschrieben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exchanges</source>
        <translation>Begegnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants</source>
        <translation>Förderanträge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The open database</source>
        <translation>Die geöffnete Datenbank</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Backing up before closing…</source>
        <translation>Sicherung vor dem Schließen…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/mapping_page.py" line="+156"/>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the mapping:</source>
        <translation>Name der Zuordnung:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete mapping</source>
        <translation>Zuordnung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved mapping “{name}”?</source>
        <translation>Die gespeicherte Zuordnung „{name}“ löschen?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>— not imported —</source>
        <translation>– nicht importiert –</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suggested: {preset}</source>
        <translation>Vorschlag: {preset}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the column names</source>
        <translation>Vorschlag anhand der Spaltennamen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved: {name}</source>
        <translation>Gespeichert: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assignment:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The suggestion for this file, the preset of a program&apos;s export, or a mapping you saved</source>
        <translation>Der Vorschlag für diese Datei, die Vorlage für den Export eines Programms oder eine von Ihnen gespeicherte Zuordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save mapping…</source>
        <translation>Zuordnung speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this assignment under a name for the next file</source>
        <translation>Diese Zuordnung unter einem Namen für die nächste Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the saved mapping chosen on the left</source>
        <translation>Die links ausgewählte gespeicherte Zuordnung löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact field</source>
        <translation>Kontaktfeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column is assigned to a contact field yet. Choose a field for at least the name columns.</source>
        <translation>Noch ist keine Spalte einem Kontaktfeld zugeordnet. Wählen Sie mindestens für die Namensspalten ein Feld.</translation>
    </message>
</context>
<context>
    <name>MembershipEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/roles_tab.py" line="+31"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Joined</source>
        <translation>Eintritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Joined on:</source>
        <translation>E&amp;intritt am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;eft on:</source>
        <translation>A&amp;ustritt am:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add membership</source>
        <translation>Mitgliedschaft &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each member number is used once.</source>
        <translation>Jede Mitgliedsnummer wird nur einmal vergeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty while the membership lasts.</source>
        <translation>Leer lassen, solange die Mitgliedschaft besteht.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/merge_dialog.py" line="+35"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (native script)</source>
        <translation>Vorname (Originalschrift)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (native script)</source>
        <translation>Nachname (Originalschrift)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name as in passport</source>
        <translation>Vorname laut Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name as in passport</source>
        <translation>Nachname laut Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth place</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of organisation</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner town</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address extra</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town administration</source>
        <translation>Stadtverwaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club or association</source>
        <translation>Verein oder Verband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Fördergeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Keep “{name}”</source>
        <translation>„{name}“ behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record kept; the other one is removed</source>
        <translation>Dieser Datensatz bleibt erhalten; der andere wird entfernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked records</source>
        <translation>Verknüpfte Datensätze</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>both texts</source>
        <translation>beide Texte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge: “{kept}” will be kept, “{removed}” removed; all references move to “{kept}”. This cannot be undone.</source>
        <translation>Zusammenführen: „{kept}“ bleibt erhalten, „{removed}“ wird entfernt; alle Verweise gehen auf „{kept}“ über. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Merge two contacts</source>
        <translation>Zwei Kontakte zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the record to keep and, for each field that differs, the value it keeps. Everything linked to the other record — participations, consents, correspondence and more — moves to the record kept.</source>
        <translation>Wählen Sie den Datensatz, der erhalten bleiben soll, und für jedes abweichende Feld den Wert, den er behält. Alles, was mit dem anderen Datensatz verknüpft ist – Teilnahmen, Einwilligungen, Schriftverkehr und mehr –, geht auf den erhaltenen Datensatz über.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/milestone_editor.py" line="+65"/>
        <source>New milestone</source>
        <translation>Neue Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Due on</source>
        <translation>&amp;Fällig am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;one on</source>
        <translation>&amp;Erledigt am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty while the milestone is open</source>
        <translation>Leer, solange die Frist offen ist</translation>
    </message>
</context>
<context>
    <name>MilestoneKind</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+48"/>
        <source>Application deadline</source>
        <translation>Antragsfrist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fund request</source>
        <translation>Mittelabruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change notice</source>
        <translation>Änderungsmitteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interim report</source>
        <translation>Zwischenbericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of use due</source>
        <translation>Verwendungsnachweis fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep receipts until</source>
        <translation>Belege aufbewahren bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other deadline</source>
        <translation>Sonstige Frist</translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message numerus="yes">
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/milestones_tab.py" line="+98"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Fällig in %n Tag</numerusform>
            <numerusform>Fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the new application first; then add its milestones here or generate them from the funder profile.</source>
        <translation>Speichern Sie zuerst den neuen Antrag; fügen Sie dann hier seine Fristen hinzu oder erzeugen Sie sie aus dem Förderprofil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No milestones yet. Add them one by one, or generate them from the funder profile and the dates of the linked exchanges.</source>
        <translation>Noch keine Fristen. Fügen Sie sie einzeln hinzu oder erzeugen Sie sie aus dem Förderprofil und den Daten der verknüpften Begegnungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Red: overdue. Yellow: due within %n days.</source>
        <translation>
            <numerusform>Rot: überfällig. Gelb: innerhalb von %n Tag fällig.</numerusform>
            <numerusform>Rot: überfällig. Gelb: innerhalb von %n Tagen fällig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Delete milestone</source>
        <translation>Frist löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the milestone “{title}”?</source>
        <translation>Die Frist „{title}“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n milestone(s) added from the funder profile.</source>
        <translation>
            <numerusform>%n Frist aus dem Förderprofil übernommen.</numerusform>
            <numerusform>%n Fristen aus dem Förderprofil übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application already has every milestone the funder profile defines.</source>
        <translation>Der Antrag enthält bereits alle Fristen, die das Förderprofil vorsieht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected milestone as done today</source>
        <translation>Die ausgewählte Frist mit heutigem Datum als erledigt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate from funder profile</source>
        <translation>&amp;Aus Förderprofil übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the application deadline, proof of use and keep-receipts dates from the funder profile and the linked exchanges&apos; dates; milestones already there stay</source>
        <translation>Antragsfrist, Frist für den Verwendungsnachweis und Aufbewahrungsfrist der Belege aus dem Förderprofil und den Terminen der verknüpften Begegnungen ergänzen; vorhandene Fristen bleiben erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>NewPersonEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/new_person_editor.py" line="+63"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Family name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (&amp;native)</source>
        <translation>Vorname (&amp;Originalschrift)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family name (n&amp;ative)</source>
        <translation>Nachname (Ori&amp;ginalschrift)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G&amp;ender</source>
        <translation>G&amp;eschlecht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Side</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stated</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diverse</source>
        <translation>Divers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in Latin letters</source>
        <translation>in lateinischen Buchstaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. in Cyrillic</source>
        <translation>optional, z. B. in kyrillischer Schrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; leave it empty when unknown</source>
        <translation>Optional; leer lassen, wenn unbekannt</translation>
    </message>
</context>
<context>
    <name>OpenFlow</name>
    <message>
        <location filename="../partnerdesk/ui/open_flow.py" line="+68"/>
        <source>The newest backup was taken on {date}. Restore it now? Changes made after that date are not in it; the damaged file is kept in quarantine.</source>
        <translation>Die neueste Sicherung stammt vom {date}. Jetzt wiederherstellen? Spätere Änderungen sind darin nicht enthalten; die beschädigte Datei bleibt in der Quarantäne erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Damaged database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} already exists. Choose another name, or open it.</source>
        <translation>Die Datei {path} gibt es bereits. Wählen Sie einen anderen Namen oder öffnen Sie sie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Creating the demo association…</source>
        <translation>Demo-Verein wird angelegt…</translation>
    </message>
</context>
<context>
    <name>OpeningState</name>
    <message>
        <location filename="../partnerdesk/ui/widgets/opening_state.py" line="+36"/>
        <location line="+1"/>
        <source>Opening database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/result_pages.py" line="-77"/>
        <source>When a row matches a contact already there</source>
        <translation>Wenn eine Zeile zu einem vorhandenen Kontakt passt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the row (the contact stays as it is)</source>
        <translation>Zeile überspringen (der Kontakt bleibt unverändert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the empty fields of the existing contact</source>
        <translation>Leere Felder des vorhandenen Kontakts ergänzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new contact anyway</source>
        <translation>Trotzdem einen neuen Kontakt anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run: check the whole file and show what would happen, without importing anything</source>
        <translation>Probelauf: die ganze Datei prüfen und zeigen, was geschehen würde, ohne etwas zu importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import is all or nothing: either every accepted row is imported or, if it is cancelled or fails, none. Rejected rows are listed with their line number and reason afterwards.</source>
        <translation>Der Import erfolgt ganz oder gar nicht: Entweder werden alle akzeptierten Zeilen importiert oder – bei Abbruch oder Fehler – keine. Abgelehnte Zeilen werden anschließend mit Zeilennummer und Grund aufgelistet.</translation>
    </message>
</context>
<context>
    <name>OrganisationTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/organisation_tab.py" line="+41"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Side:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;town:</source>
        <translation>Partnersta&amp;dt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Gymnasium am Markt, Stadtverwaltung Musterstadt</source>
        <translation>z. B. Gymnasium am Markt, Stadtverwaltung Musterstadt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town administration</source>
        <translation>Stadtverwaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Club</source>
        <translation>Verein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Fördergeber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/overview_page.py" line="+265"/>
        <source>No database is open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create a database in the File menu.</source>
        <translation>Öffnen oder erstellen Sie eine Datenbank im Menü „Datei“.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Your association</source>
        <translation>Ihr Verein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database is empty. Start with File → Association profile… and enter your association&apos;s name, address and board.

To look around first, create the demo association (File → New database…).</source>
        <translation>Diese Datenbank ist leer. Beginnen Sie mit Datei → Vereinsprofil… und tragen Sie Name, Anschrift und Vorstand Ihres Vereins ein.

Um sich zuerst umzusehen, legen Sie den Demo-Verein an (Datei → Neue Datenbank…).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n Begegnung</numerusform>
            <numerusform>%n Begegnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n grant application(s)</source>
        <translation>
            <numerusform>%n Förderantrag</numerusform>
            <numerusform>%n Förderanträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer/in</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No exchanges planned.</source>
        <translation>Keine Begegnungen geplant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No partner towns yet.</source>
        <translation>Noch keine Partnerstädte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The overview could not be loaded.</source>
        <translation>Die Übersicht konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{status} since {date}</source>
        <translation>{status} seit {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upcoming exchanges</source>
        <translation>Nächste Begegnungen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Grant deadlines — overdue and the next %n day(s); double-click to open</source>
        <translation>
            <numerusform>Fristen der Förderanträge – überfällige und innerhalb von %n Tag fällige; Doppelklick zum Öffnen</numerusform>
            <numerusform>Fristen der Förderanträge – überfällige und innerhalb von %n Tagen fällige; Doppelklick zum Öffnen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner towns</source>
        <translation>Partnerstädte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open findings — most urgent first; double-click to fix</source>
        <translation>Offene Befunde – das Dringendste zuerst; Doppelklick zum Beheben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exchange</source>
        <translation>Begegnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native name</source>
        <translation>Name in Landessprache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/overview_tab.py" line="+214"/>
        <source>Start a grant application for this exchange</source>
        <translation>Einen Förderantrag für diese Begegnung anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the exchange first</source>
        <translation>Zuerst die Begegnung speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No grant application linked yet</source>
        <translation>Noch kein Förderantrag verknüpft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} — {status}</source>
        <translation>{title} – {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to open the grant application</source>
        <translation>Doppelklicken, um den Förderantrag zu öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n further grant application(s) linked</source>
        <translation>
            <numerusform>%n weiterer Förderantrag verknüpft</numerusform>
            <numerusform>%n weitere Förderanträge verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/overview_tab.py" line="+215"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;o</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;pacity</source>
        <translation>&amp;Plätze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participant &amp;fee</source>
        <translation>Teilnahmebe&amp;itrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/overview_tab.py" line="+2"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner to&amp;wns</source>
        <translation>Partnerstä&amp;dte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants</source>
        <translation>Förderanträge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organiser</source>
        <translation>Organisator/in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many people can take part (– : not set)</source>
        <translation>Wie viele Personen teilnehmen können (– : nicht festgelegt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 150,00</source>
        <translation>z. B. 150,00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person or organisation who organises the exchange</source>
        <translation>Die Person oder Organisation, die die Begegnung organisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New grant &amp;application…</source>
        <translation>N&amp;euer Förderantrag…</translation>
    </message>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/overview_tab.py" line="-100"/>
        <source>– choose a funder –</source>
        <translation>– Fördergeber wählen –</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>– no profile –</source>
        <translation>– kein Profil –</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{programme} (example)</source>
        <translation>{programme} (Beispiel)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Type amounts as 1.234,50 (or leave them empty).</source>
        <translation>Geben Sie Beträge als 1.234,50 ein (oder lassen Sie die Felder leer).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Funder</source>
        <translation>&amp;Fördergeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder p&amp;rofile</source>
        <translation>Förder&amp;profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;gramme</source>
        <translation>Pro&amp;gramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;reference</source>
        <translation>&amp;Aktenzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quested</source>
        <translation>&amp;Beantragt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;pproved</source>
        <translation>B&amp;ewilligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked e&amp;xchanges</source>
        <translation>&amp;Verknüpfte Begegnungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The funder&apos;s programme with its rules (ages, group sizes, daily rates, deadlines); edit profiles on the Grants page under “Funder profiles…”.</source>
        <translation>Das Programm des Fördergebers mit seinen Regeln (Alter, Gruppengrößen, Tagessätze, Fristen); Profile bearbeiten Sie auf der Seite „Förderanträge“ unter „Förderprofile…“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The funder&apos;s file number (Aktenzeichen)</source>
        <translation>Das Aktenzeichen des Fördergebers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the funder granted; set by the status step “Approved” or “Partly approved”</source>
        <translation>Was der Fördergeber bewilligt hat; wird durch den Statusschritt „Bewilligt“ oder „Teilweise bewilligt“ gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the exchanges this application pays for</source>
        <translation>Kreuzen Sie die Begegnungen an, die dieser Antrag finanziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not decided yet</source>
        <translation>noch nicht entschieden</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/participant_editor.py" line="+60"/>
        <source>Participant – {name}</source>
        <translation>Teilnahme – {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Side</source>
        <translation>&amp;Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrives</source>
        <translation>&amp;Anreise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Departs</source>
        <translation>A&amp;breise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee &amp;due</source>
        <translation>Beitrag &amp;fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee &amp;paid</source>
        <translation>Beitrag be&amp;zahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 150,00</source>
        <translation>z. B. 150,00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: from the start of the exchange</source>
        <translation>Leer: ab Beginn der Begegnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: until the end of the exchange</source>
        <translation>Leer: bis zum Ende der Begegnung</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/participants_tab.py" line="+116"/>
        <source>Minor at the start of the exchange</source>
        <translation>Zu Beginn der Begegnung minderjährig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>whole exchange</source>
        <translation>ganze Begegnung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;{total}&lt;/b&gt; taking part — by side: {sides} — by role: {roles}</source>
        <translation>&lt;b&gt;{total}&lt;/b&gt; Teilnehmende – nach Seite: {sides} – nach Rolle: {roles}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Cancel participant</source>
        <translation>Teilnahme absagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the participation of {name}? They stay in the list as cancelled; their host placements are removed.</source>
        <translation>Die Teilnahme von {name} absagen? Die Person bleibt als abgesagt in der Liste; ihre Unterbringungen werden entfernt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add from contacts…</source>
        <translation>Aus Kontakten &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search a person among the contacts and add them</source>
        <translation>Eine Person in den Kontakten suchen und hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New person…</source>
        <translation>&amp;Neue Person…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a person who is not among the contacts yet and add them</source>
        <translation>Eine Person anlegen, die noch nicht bei den Kontakten ist, und sie hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role, side, status, attendance or fees (Enter or double-click)</source>
        <translation>Rolle, Seite, Status, Anwesenheit oder Beiträge ändern (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;participant…</source>
        <translation>Teilnahme &amp;absagen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native name</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee due</source>
        <translation>Beitrag fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee paid</source>
        <translation>Beitrag bezahlt</translation>
    </message>
</context>
<context>
    <name>ParticipationRole</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="-44"/>
        <source>Participant</source>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Betreuer/in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Dolmetscher/in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Gastgeber/in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Organisator/in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Fahrer/in</translation>
    </message>
</context>
<context>
    <name>ParticipationStatus</name>
    <message>
        <location line="-13"/>
        <source>Interested</source>
        <translation>Interessiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>PartnerTownRelation</name>
    <message>
        <location line="+31"/>
        <source>Town partnership</source>
        <translation>Städtepartnerschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friendship</source>
        <translation>Freundschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact only</source>
        <translation>Nur Kontakt</translation>
    </message>
</context>
<context>
    <name>PartnerTownStatus</name>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resting</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>PassportEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/passport_tab.py" line="+32"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Issued on:</source>
        <translation>&amp;Ausgestellt am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires on:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing &amp;country:</source>
        <translation>Ausstellungs&amp;land:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add passport</source>
        <translation>Reisepass &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>PassportTab</name>
    <message>
        <location line="+70"/>
        <source>Passport data is sensitive personal data. It is shown only when you ask for it, and only what a trip needs should be kept (visa, insurance, border lists).</source>
        <translation>Passdaten sind sensible personenbezogene Daten. Sie werden nur auf Ihren Wunsch angezeigt, und es sollte nur gespeichert werden, was eine Reise erfordert (Visum, Versicherung, Listen für den Grenzübertritt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide passport data</source>
        <translation>Passdaten ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show passport data</source>
        <translation>Passdaten an&amp;zeigen</translation>
    </message>
</context>
<context>
    <name>PaymentEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/payment_editor.py" line="+38"/>
        <source>Type the amount as 1.234,50.</source>
        <translation>Geben Sie den Betrag als 1.234,50 ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New payment received</source>
        <translation>Neuer Zahlungseingang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment received</source>
        <translation>Zahlungseingang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on</source>
        <translation>&amp;Eingegangen am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Betrag ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Vermerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1st tranche</source>
        <translation>z. B. 1. Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount credited to the association&apos;s account</source>
        <translation>Der Betrag, der dem Konto des Vereins gutgeschrieben wurde</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/payments_tab.py" line="+90"/>
        <source>Total received: {amount}</source>
        <translation>Insgesamt eingegangen: {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the application first; then record here the grant money the funder pays.</source>
        <translation>Speichern Sie zuerst den Antrag; danach erfassen Sie hier die Fördermittel, die der Fördergeber auszahlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payments received yet. Record each tranche the funder pays with “Add payment…”.</source>
        <translation>Noch keine Zahlungseingänge. Erfassen Sie jede Rate, die der Fördergeber auszahlt, mit „Zahlungseingang hinzufügen…“.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete payment</source>
        <translation>Zahlungseingang löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the payment of {amount} received on {date}?</source>
        <translation>Den Zahlungseingang über {amount} vom {date} löschen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add payment…</source>
        <translation>Zahlungseingang &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a tranche of grant money received</source>
        <translation>Eine eingegangene Rate der Fördermittel erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Vermerk</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <location filename="../partnerdesk/ui/pages/reports/preview.py" line="+245"/>
        <source>of %n</source>
        <translation>
            <numerusform>von %n</numerusform>
            <numerusform>von %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to width</source>
        <translation>An Seitenbreite anpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The page shown; type a number to go there</source>
        <translation>Die angezeigte Seite; geben Sie eine Nummer ein, um dorthin zu springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/person_tab.py" line="+132"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in native script</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as in the passport</source>
        <translation>Name laut Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Persönliche Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sa&amp;lutation:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gi&amp;ven name:</source>
        <translation>V&amp;orname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fa&amp;mily name:</source>
        <translation>Nac&amp;hname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given na&amp;me:</source>
        <translation>Vorna&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family nam&amp;e:</source>
        <translation>Nachnam&amp;e:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ge&amp;nder:</source>
        <translation>&amp;Geschlecht:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Birth date:</source>
        <translation>Geb&amp;urtsdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth &amp;place:</source>
        <translation>Geburtso&amp;rt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nati&amp;onality:</source>
        <translation>Staatsangehörig&amp;keit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>Spra&amp;chen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Side:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;town:</source>
        <translation>Partnersta&amp;dt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As letters use it, e.g. Frau or Herr.</source>
        <translation>Wie in Briefen verwendet, z. B. Frau oder Herr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Dr.</source>
        <translation>z. B. Dr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name in the person&apos;s own script, e.g. Cyrillic.</source>
        <translation>Der Name in der eigenen Schrift der Person, z. B. Kyrillisch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the name exactly as the passport writes it (visas, insurance, lists for border crossings). It is never computed.</source>
        <translation>Geben Sie den Namen genau so ein, wie er im Pass steht (Visa, Versicherung, Listen für den Grenzübertritt). Er wird nie automatisch erzeugt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggest Latin spelling…</source>
        <translation>Lateinische Schreibweise vorschlagen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposes the ICAO 9303 spelling (passports) and the German spelling (letters) of a Cyrillic name. You decide which one to use, if any.</source>
        <translation>Schlägt für einen kyrillischen Namen die Schreibweise nach ICAO 9303 (Pässe) und die deutsche Schreibweise (Briefe) vor. Sie entscheiden, ob und welche Sie verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. de, ru, en</source>
        <translation>z. B. de, ru, en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stated</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diverse</source>
        <translation>Divers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the person belongs to the home town, a partner town or neither.</source>
        <translation>Ob die Person zur Heimatstadt, zu einer Partnerstadt oder zu keiner von beiden gehört.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>in Latin letters</source>
        <translation>in lateinischen Buchstaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Иванова</source>
        <translation>z. B. Иванова</translation>
    </message>
</context>
<context>
    <name>PlanChecks</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/budget_views.py" line="-92"/>
        <source>costs and income balance</source>
        <translation>Kosten und Finanzierung sind ausgeglichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>income is {amount} short of the costs</source>
        <translation>Finanzierung liegt um {amount} unter den Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>income exceeds the costs by {amount}</source>
        <translation>Finanzierung übersteigt die Kosten um {amount}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share of this grant in the costs: planned {planned} · approved {approved} · actual {actual}</source>
        <translation>Anteil dieser Förderung an den Kosten: geplant {planned} · bewilligt {approved} · tatsächlich {actual}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{amount} of grant money received count as income although the plan has no line “This grant”.</source>
        <translation>{amount} erhaltene Fördermittel zählen zur Finanzierung, obwohl der Plan keine Position „Diese Förderung“ enthält.</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message numerus="yes">
        <location line="-115"/>
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments received</source>
        <translation>Zahlungseingänge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of planned</source>
        <translation>% vom Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts booked to the line; for “This grant”: the payments received</source>
        <translation>Auf die Position gebuchte Belege; bei „Diese Förderung“: die Zahlungseingänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount in the grant decision; the total counts the planned amount of a line without one</source>
        <translation>Der Betrag laut Bewilligungsbescheid; in der Summe zählt bei Positionen ohne diesen Betrag der geplante Betrag</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/file_pages.py" line="+40"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CSV (text with separators)</source>
        <translation>CSV (Text mit Trennzeichen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (vCard fields)</source>
        <translation>keine (vCard-Felder)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first {count} rows as read (the line numbers are those of the file). “Check” says whether a row would be imported with the suggested assignment of the columns, which you can change in the next step.</source>
        <translation>Die ersten {count} Zeilen, wie sie gelesen wurden (mit den Zeilennummern der Datei). „Prüfung“ zeigt, ob eine Zeile mit der vorgeschlagenen Zuordnung der Spalten importiert würde; diese können Sie im nächsten Schritt ändern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encoding:</source>
        <translation>Zeichenkodierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header row:</source>
        <translation>Kopfzeile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../partnerdesk/services/privacy.py" line="+60"/>
        <source>The number of days must not be negative.</source>
        <translation>Die Zahl der Tage darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Exchange {id} does not exist.</source>
        <translation>Die Begegnung {id} gibt es nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The health data of “{title}” can be deleted only after the exchange has ended ({end}).</source>
        <translation>Die Gesundheitsdaten von „{title}“ können erst nach dem Ende der Begegnung ({end}) gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/profile_dialog.py" line="+155"/>
        <source>Please enter the association&apos;s name.</source>
        <translation>Bitte geben Sie den Namen des Vereins ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address (name@example.org).</source>
        <translation>Das ist keine E-Mail-Adresse (name@example.org).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a web address (www.example.org).</source>
        <translation>Das ist keine Webadresse (www.example.org).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A German postal code has five digits.</source>
        <translation>Eine deutsche Postleitzahl hat fünf Ziffern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a three-letter currency code such as EUR.</source>
        <translation>Verwenden Sie einen dreistelligen Währungscode wie EUR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every board member needs a name.</source>
        <translation>Jedes Vorstandsmitglied braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has unsaved changes. Discard them?</source>
        <translation>Das Profil hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Association profile</source>
        <translation>Vereinsprofil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Town:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Register number:</source>
        <translation>&amp;Registernummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Home town:</source>
        <translation>&amp;Heimatstadt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Website:</source>
        <translation>&amp;Webseite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Berichtssprache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Board members who sign</source>
        <translation>Vorstand mit Unterschriftsberechtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. VR 1234, Amtsgericht</source>
        <translation>z. B. VR 1234, Amtsgericht Leipzig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The German town whose partnerships the association keeps alive.</source>
        <translation>Die deutsche Stadt, deren Partnerschaften der Verein lebendig hält.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Profil speichern (Strg+S)</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/programme_item_editor.py" line="+62"/>
        <source>Type times as HH:MM, e.g. 09:30.</source>
        <translation>Geben Sie Uhrzeiten als HH:MM ein, z. B. 09:30.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New programme item</source>
        <translation>Neuer Programmpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Starts</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ends</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title in the &amp;partner&apos;s language</source>
        <translation>Titel in &amp;Partnersprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: an item for the whole day (e.g. arrival)</source>
        <translation>Leer: ein Programmpunkt für den ganzen Tag (z. B. Anreise)</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/programme_tab.py" line="+80"/>
        <source>Overlaps another item on the same day</source>
        <translation>Überschneidet sich mit einem anderen Programmpunkt am selben Tag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) overlap another one</source>
        <translation>
            <numerusform>%n Programmpunkt überschneidet sich mit einem anderen</numerusform>
            <numerusform>%n Programmpunkte überschneiden sich mit anderen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete programme item</source>
        <translation>Programmpunkt löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}” from the programme?</source>
        <translation>„{title}“ aus dem Programm löschen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add item…</source>
        <translation>Programmpunkt &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native title</source>
        <translation>Titel in Partnersprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
</context>
<context>
    <name>PurgeNotice</name>
    <message>
        <location filename="../partnerdesk/ui/pages/overview_purge.py" line="+60"/>
        <location line="+16"/>
        <source>Delete health data</source>
        <translation>Gesundheitsdaten löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>Delete the allergies, medication and diet of %n participant(s) of these past exchanges? This cannot be undone.</source>
        <translation>
            <numerusform>Allergien, Medikamente und Ernährungsangaben von %n Teilnehmenden dieser vergangenen Begegnungen löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Allergien, Medikamente und Ernährungsangaben von %n Teilnehmenden dieser vergangenen Begegnungen löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The allergies, medication and diet of %n participant(s) were deleted.</source>
        <translation>
            <numerusform>Die Allergien, Medikamente und Ernährungsangaben von %n Teilnehmenden wurden gelöscht.</numerusform>
            <numerusform>Die Allergien, Medikamente und Ernährungsangaben von %n Teilnehmenden wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleting health data…</source>
        <translation>Gesundheitsdaten werden gelöscht…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Health data of %n past exchange(s) is due for deletion: the exchanges ended more than the set number of days ago.</source>
        <translation>
            <numerusform>Die Gesundheitsdaten von %n vergangenen Begegnung sind zur Löschung fällig: Ihr Ende liegt länger zurück als die eingestellte Zahl von Tagen.</numerusform>
            <numerusform>Die Gesundheitsdaten von %n vergangenen Begegnungen sind zur Löschung fällig: Ihr Ende liegt länger zurück als die eingestellte Zahl von Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete health data…</source>
        <translation>Gesundheitsdaten löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes the allergies, medication and diet of the participants of these past exchanges, after asking. The log notes which exchanges, never what was deleted.</source>
        <translation>Löscht nach Rückfrage die Allergien, Medikamente und Ernährungsangaben der Teilnehmenden dieser vergangenen Begegnungen. Das Protokoll vermerkt, welche Begegnungen betroffen waren, nie aber, was gelöscht wurde.</translation>
    </message>
</context>
<context>
    <name>ReceiptEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/receipt_editor.py" line="+137"/>
        <source>Type the original amount and the rate</source>
        <translation>Originalbetrag und Kurs eingeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{foreign} per 1 {currency}</source>
        <translation>{foreign} je 1 {currency}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the amount as 1.234,50.</source>
        <translation>Geben Sie den Betrag als 1.234,50 ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the original amount as 18.450,00 and the rate as 98,45 (at most six decimals).</source>
        <translation>Geben Sie den Originalbetrag als 18.450,00 und den Kurs als 98,45 ein (höchstens sechs Nachkommastellen).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>given when saved (no. {number} was saved)</source>
        <translation>wird beim Speichern vergeben (Nr. {number} wurde gespeichert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New receipt</source>
        <translation>Neuer Beleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt no. {number}</source>
        <translation>Beleg Nr. {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>given when saved</source>
        <translation>wird beim Speichern vergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pa&amp;yee / payer</source>
        <translation>&amp;Empfänger / Zahler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose</source>
        <translation>Zwe&amp;ck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Budget line</source>
        <translation>&amp;Budgetposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount ({currency})</source>
        <translation>Betr&amp;ag ({currency})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid o&amp;n</source>
        <translation>Bezahlt a&amp;m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Original amount</source>
        <translation>&amp;Originalbetrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rate</source>
        <translation>&amp;Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate &amp;of</source>
        <translation>Kurs &amp;vom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In {currency}</source>
        <translation>In {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid in another &amp;currency</source>
        <translation>In &amp;Fremdwährung bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For receipts paid abroad, e.g. in roubles: the amount in {currency} is computed from the rate and rounded to the cent</source>
        <translation>Für im Ausland bezahlte Belege, z. B. in Rubel: Der Betrag in {currency} wird aus dem Kurs berechnet und auf den Cent gerundet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units of the other currency per 1 {currency}, e.g. roubles per 1 euro: 98,45</source>
        <translation>Einheiten der anderen Währung je 1 {currency}, z. B. Rubel je 1 Euro: 98,45</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day the rate applies to (e.g. of the bank statement or the exchange receipt)</source>
        <translation>Der Tag, für den der Kurs gilt (z. B. laut Kontoauszug oder Wechselbeleg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who was paid (costs) or who paid (income)</source>
        <translation>Wer das Geld erhalten hat (Ausgaben) oder wer gezahlt hat (Einnahmen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line of the cost and financing plan this receipt counts for</source>
        <translation>Die Position des Kosten- und Finanzierungsplans, auf die dieser Beleg gebucht wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty while the receipt is not paid yet</source>
        <translation>Leer, solange der Beleg noch nicht bezahlt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and &amp;next</source>
        <translation>Speichern und &amp;neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this receipt and start the next one with the same date, line and rate</source>
        <translation>Diesen Beleg speichern und den nächsten mit gleichem Datum, gleicher Position und gleichem Kurs anlegen</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/receipts_tab.py" line="+100"/>
        <source>Units of the other currency per 1 {currency}, e.g. roubles per 1 euro: 98,45</source>
        <translation>Einheiten der anderen Währung je 1 {currency}, z. B. Rubel je 1 Euro: 98,45</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rate of {date}</source>
        <translation>Kurs vom {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>costs {costs} · income {income}</source>
        <translation>Ausgaben {costs} · Einnahmen {income}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the application first; then list its receipts here.</source>
        <translation>Speichern Sie zuerst den Antrag; danach erfassen Sie hier seine Belege.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan the budget lines first (tab “Budget”): every receipt is booked to a line of the cost and financing plan.</source>
        <translation>Legen Sie zuerst die Budgetpositionen an (Registerkarte „Kosten- und Finanzierungsplan“): Jeder Beleg wird auf eine Position des Kosten- und Finanzierungsplans gebucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No receipts yet. Add each invoice, ticket or cash receipt with “Add receipt…”; it is numbered automatically.</source>
        <translation>Noch keine Belege. Erfassen Sie jede Rechnung, Fahrkarte oder Quittung mit „Beleg hinzufügen…“; sie wird automatisch nummeriert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{rate} {foreign}/{currency}</source>
        <translation>{rate} {foreign}/{currency}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Receipt no. {number} saved</source>
        <translation>Beleg Nr. {number} gespeichert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete receipt</source>
        <translation>Beleg löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete receipt no. {number} ({counterparty}, {amount})? Its number will not be given again.</source>
        <translation>Beleg Nr. {number} ({counterparty}, {amount}) löschen? Seine Nummer wird nicht erneut vergeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add receipt…</source>
        <translation>Beleg &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an invoice, ticket or cash receipt; it gets the next number</source>
        <translation>Eine Rechnung, Fahrkarte oder Quittung erfassen; der Beleg erhält die nächste Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payee / payer</source>
        <translation>Empfänger / Zahler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget line</source>
        <translation>Budgetposition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original amount</source>
        <translation>Originalbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/record_editor.py" line="+237"/>
        <source>Row {row}: {message}</source>
        <translation>Zeile {row}: {message}</translation>
    </message>
</context>
<context>
    <name>ReportLanguage</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+40"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German and Russian</source>
        <translation>Deutsch und Russisch</translation>
    </message>
</context>
<context>
    <name>ReportList</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/report_list.py" line="+82"/>
        <source>For an exchange</source>
        <translation>Zu einer Begegnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a grant application</source>
        <translation>Zu einem Förderantrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a year</source>
        <translation>Für ein Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For contacts</source>
        <translation>Zu Kontakten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For one person</source>
        <translation>Zu einer Person</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title} (confidential)</source>
        <translation>{title} (vertraulich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds sensitive personal data (health, passports): share it only with the people who need it</source>
        <translation>Enthält sensible personenbezogene Daten (Gesundheit, Pässe): Geben Sie ihn nur an Personen weiter, die ihn benötigen</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/output.py" line="+59"/>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing page {page} of {count}…</source>
        <translation>Seite {page} von {count} wird gedruckt…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet.</numerusform>
            <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing was cancelled.</source>
        <translation>Der Druck wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save confidential report</source>
        <translation>Vertraulichen Bericht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report holds sensitive personal data (health, passport or other personal details). Save it only where no one else can read it, and do not send it unencrypted.

Save it anyway?</source>
        <translation>Dieser Bericht enthält sensible personenbezogene Daten (Gesundheit, Pass oder andere persönliche Angaben). Speichern Sie ihn nur dort, wo niemand sonst ihn lesen kann, und versenden Sie ihn nicht unverschlüsselt.

Trotzdem speichern?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report saved to {path}.</source>
        <translation>Bericht unter {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>ReportParameters</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/parameters.py" line="+153"/>
        <source>(no exchange)</source>
        <translation>(keine Begegnung)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>E&amp;xchange:</source>
        <translation>&amp;Begegnung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Grant:</source>
        <translation>&amp;Förderantrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Person:</source>
        <translation>Pe&amp;rson:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conta&amp;cts:</source>
        <translation>&amp;Kontakte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange the report is about</source>
        <translation>Die Begegnung, um die es im Bericht geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grant application the report is about</source>
        <translation>Der Förderantrag, um den es im Bericht geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year the report covers</source>
        <translation>Das Jahr, das der Bericht umfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All contacts — or search by name, town…</source>
        <translation>Alle Kontakte – oder Suche nach Name, Ort…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contacts in the report: those matching this search (like on the Contacts page), all when empty</source>
        <translation>Die Kontakte im Bericht: die zu dieser Suche passenden (wie auf der Seite „Kontakte“), bei leerem Feld alle</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Only the %n contact(s) selected on the Contacts page</source>
        <translation>
            <numerusform>Nur der %n auf der Seite „Kontakte“ ausgewählte Kontakt</numerusform>
            <numerusform>Nur die %n auf der Seite „Kontakte“ ausgewählten Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the contacts selected on the Contacts page</source>
        <translation>Nur die auf der Seite „Kontakte“ ausgewählten Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select contacts on the Contacts page (Ctrl+click, Shift+click) to make the report for just them</source>
        <translation>Wählen Sie auf der Seite „Kontakte“ Kontakte aus (Strg+Klick, Umschalt+Klick), um den Bericht nur für diese zu erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtered as on the Contacts page: {filters}</source>
        <translation>Gefiltert wie auf der Seite „Kontakte“: {filters}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtered as on the Contacts page (no filter set)</source>
        <translation>Gefiltert wie auf der Seite „Kontakte“ (kein Filter gesetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the contacts the filters on the Contacts page let through (role, side, partner town, membership, consent)</source>
        <translation>Nur die Kontakte, die die Filter auf der Seite „Kontakte“ durchlassen (Rolle, Seite, Partnerstadt, Mitgliedschaft, Einwilligung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language the report is written in; the association&apos;s default report language is set in File → Association profile</source>
        <translation>Die Sprache, in der der Bericht verfasst wird; die Standard-Berichtssprache des Vereins legen Sie unter Datei → Vereinsprofil fest</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../partnerdesk/reports/annual_report.py" line="+32"/>
        <source>Annual report</source>
        <translation>Jahresbericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual report {year}</source>
        <translation>Jahresbericht {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges, participants, grants and partner towns</source>
        <translation>Begegnungen, Teilnehmende, Förderungen und Partnerstädte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>Begegnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different people</source>
        <translation>Verschiedene Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant-days</source>
        <translation>Teilnehmertage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants approved</source>
        <translation>Bewilligte Förderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant money received</source>
        <translation>Erhaltene Fördermittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="+104"/>
        <location line="+29"/>
        <location filename="../partnerdesk/reports/financial_statement.py" line="+34"/>
        <source>Exchange</source>
        <translation>Begegnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/participant_list.py" line="+48"/>
        <source>Dates</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner towns</source>
        <translation>Partnerstädte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exchanges in {year}.</source>
        <translation>Keine Begegnungen im Jahr {year}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="+39"/>
        <location filename="../partnerdesk/reports/receipts.py" line="+40"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age at the start</source>
        <translation>Alter bei Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants per year by side</source>
        <translation>Teilnehmende je Jahr nach Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants {year} by age band and side</source>
        <translation>Teilnehmende {year} nach Altersgruppe und Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants won</source>
        <translation>Erhaltene Förderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="+44"/>
        <location filename="../partnerdesk/reports/financial_statement.py" line="-3"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="-7"/>
        <source>Funder</source>
        <translation>Fördergeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="+1"/>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/financial_statement.py" line="+9"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="+3"/>
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="+1"/>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No grant was approved for {year}.</source>
        <translation>Für {year} wurde keine Förderung bewilligt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="-64"/>
        <source>Partner town</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="-18"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status at the end of the year</source>
        <translation>Stand zum Jahresende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} since {date}</source>
        <translation>{status} seit {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under 14</source>
        <translation>unter 14</translation>
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
        <translation>60 und älter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/birthdays.py" line="+27"/>
        <source>Birthdays {year}</source>
        <translation>Geburtstage {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday list</source>
        <translation>Geburtstagsliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="+19"/>
        <location filename="../partnerdesk/reports/letter.py" line="+52"/>
        <location filename="../partnerdesk/reports/receipts.py" line="-8"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../partnerdesk/reports/contact_list.py" line="+33"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="+38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turns</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../partnerdesk/reports/participant_list.py" line="+3"/>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/contact_list.py" line="+1"/>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays: {count}</source>
        <translation>Geburtstage: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the chosen people has a birth date.</source>
        <translation>Für keine der ausgewählten Personen ist ein Geburtsdatum eingetragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year must be a number such as 2026.</source>
        <translation>Das Jahr muss eine Zahl wie 2026 sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/catalogue.py" line="+54"/>
        <source>There is no report named “{name}”.</source>
        <translation>Es gibt keinen Bericht namens „{name}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report “{name}” is available in: {languages}.</source>
        <translation>Der Bericht „{name}“ ist verfügbar auf: {languages}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the exchange for this report.</source>
        <translation>Wählen Sie die Begegnung für diesen Bericht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the grant application for this report.</source>
        <translation>Wählen Sie den Förderantrag für diesen Bericht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the year for this report.</source>
        <translation>Wählen Sie das Jahr für diesen Bericht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the person for this report.</source>
        <translation>Wählen Sie die Person für diesen Bericht.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/contact_list.py" line="-3"/>
        <source>Contact list</source>
        <translation>Kontaktliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member no.</source>
        <translation>Mitgl.-Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="-92"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+41"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts: {count}</source>
        <translation>Kontakte: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search: “{search}”</source>
        <translation>Suche: „{search}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen contacts</source>
        <translation>Ausgewählte Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/letter.py" line="+4"/>
        <source>No contacts match.</source>
        <translation>Keine passenden Kontakte.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="-25"/>
        <source>Personal data disclosure</source>
        <translation>Auskunft über personenbezogene Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information under Art. 15 GDPR for {name}</source>
        <translation>Auskunft nach Art. 15 DSGVO für {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are all the personal data {association} stores about you. We keep them to organise the work of the town partnership: contacts, exchanges and visits, memberships and grants; the consents below name further purposes. They are passed on only to partners, funders and insurers of the exchanges you take part in.</source>
        <translation>Dies sind alle personenbezogenen Daten, die {association} über Sie gespeichert hat. Wir speichern sie, um die Arbeit der Städtepartnerschaft zu organisieren: Kontakte, Begegnungen und Besuche, Mitgliedschaften und Förderungen; weitere Zwecke ergeben sich aus den unten aufgeführten Einwilligungen. Die Daten werden nur an Partner, Fördergeber und Versicherer der Begegnungen weitergegeben, an denen Sie teilnehmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To find you and to notice entries made twice, PartnerDesk also keeps search forms of your name, e-mail address and phone numbers, derived from the data above.</source>
        <translation>Um Sie zu finden und doppelt angelegte Einträge zu erkennen, speichert PartnerDesk außerdem aus den obigen Daten abgeleitete Suchformen Ihres Namens, Ihrer E-Mail-Adresse und Ihrer Telefonnummern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You may ask us to correct these data (Art. 16 GDPR), to delete them (Art. 17), to restrict their processing (Art. 18) and to hand them over (Art. 20), and you may withdraw a consent at any time for the future. You may also lodge a complaint with a data protection supervisory authority (Art. 77).</source>
        <translation>Sie können von uns die Berichtigung dieser Daten (Art. 16 DSGVO), ihre Löschung (Art. 17), die Einschränkung ihrer Verarbeitung (Art. 18) und ihre Herausgabe (Art. 20) verlangen, und Sie können eine Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen. Außerdem haben Sie das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren (Art. 77).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry {number}</source>
        <translation>Eintrag {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your contact data</source>
        <translation>Ihre Kontaktdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations you belong to</source>
        <translation>Organisationen, denen Sie angehören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of the organisation</source>
        <translation>Personen der Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+1"/>
        <source>Guardians</source>
        <translation>Erziehungsberechtigte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children you are a guardian of</source>
        <translation>Kinder, für die Sie erziehungsberechtigt sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family profile</source>
        <translation>Angaben als Gastfamilie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passports</source>
        <translation>Pässe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents given as a guardian</source>
        <translation>Als Erziehungsberechtigte/r erteilte Einwilligungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondence</source>
        <translation>Schriftverkehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking part in exchanges</source>
        <translation>Teilnahme an Begegnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health data for exchanges</source>
        <translation>Gesundheitsdaten für Begegnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays with host families</source>
        <translation>Aufenthalte in Gastfamilien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact for</source>
        <translation>Notfallkontakt für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests hosted</source>
        <translation>Aufgenommene Gäste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme items you are responsible for</source>
        <translation>Programmpunkte in Ihrer Verantwortung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges organised</source>
        <translation>Organisierte Begegnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder profiles</source>
        <translation>Förderprofile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant applications to you as a funder</source>
        <translation>Förderanträge an Sie als Fördergeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries merged into yours</source>
        <translation>Mit Ihrem Eintrag zusammengeführte Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board of the association</source>
        <translation>Vorstand des Vereins</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../partnerdesk/reports/participant_list.py" line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member number</source>
        <translation>Mitgliedsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member until</source>
        <translation>Mitglied bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport number</source>
        <translation>Passnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation>Erziehungsberechtigte/r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child (ward)</source>
        <translation>Kind (Schutzbefohlene/r)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beds</source>
        <translation>Betten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pets</source>
        <translation>Haustiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoking</source>
        <translation>Raucherhaushalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation>Gesprochene Sprachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Ausstellungsstaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/receipts.py" line="+2"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given by</source>
        <translation>Erteilt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s name</source>
        <translation>Name der/des Erziehungsberechtigten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given how</source>
        <translation>Art der Erteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text version</source>
        <translation>Textfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person concerned</source>
        <translation>Betroffene Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/financial_statement.py" line="-4"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="-3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrives on</source>
        <translation>Anreise am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaves on</source>
        <translation>Abreise am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee due</source>
        <translation>Beitrag fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee paid</source>
        <translation>Beitrag bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed the participant list</source>
        <translation>Teilnehmerliste unterschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+1"/>
        <source>Emergency contact</source>
        <translation>Notfallkontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact&apos;s name</source>
        <translation>Name des Notfallkontakts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact&apos;s phone</source>
        <translation>Telefon des Notfallkontakts</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+4"/>
        <source>Insurance</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/travel_list.py" line="+47"/>
        <source>Visa</source>
        <translation>Visum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa applied for on</source>
        <translation>Visum beantragt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa issued on</source>
        <translation>Visum erteilt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>Gastgeber/in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="-3"/>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+1"/>
        <source>Medication</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+1"/>
        <source>Diet</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/programme.py" line="+30"/>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/participant_list.py" line="-6"/>
        <location filename="../partnerdesk/reports/programme.py" line="-1"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/programme.py" line="-3"/>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/financial_statement.py" line="-3"/>
        <source>File reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged on</source>
        <translation>Zusammengeführt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged entry</source>
        <translation>Zusammengeführter Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data of the merged entry</source>
        <translation>Daten des zusammengeführten Eintrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries joined into yours</source>
        <translation>Mit Ihren Einträgen zusammengefasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs documents</source>
        <translation>Unterzeichnet Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored since</source>
        <translation>Gespeichert seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not stated</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town administration</source>
        <translation>Stadtverwaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club</source>
        <translation>Verein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other organisation</source>
        <translation>Sonstige Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data processing</source>
        <translation>Datenverarbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and publication</source>
        <translation>Fotos und Veröffentlichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health data for a trip</source>
        <translation>Gesundheitsdaten für eine Reise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel of a minor</source>
        <translation>Reise von Minderjährigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical treatment</source>
        <translation>Medizinische Behandlung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the person</source>
        <translation>die Person selbst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a guardian</source>
        <translation>eine erziehungsberechtigte Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on paper</source>
        <translation>auf Papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by e-mail</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by form</source>
        <translation>per Formular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orally</source>
        <translation>mündlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needed</source>
        <translation>nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied for</source>
        <translation>beantragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="-11"/>
        <source>Emergency sheet</source>
        <translation>Notfallblatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health data of the participants: keep this sheet with you during the trip, show it to nobody else and destroy it afterwards.</source>
        <translation>Gesundheitsdaten der Teilnehmenden: Führen Sie dieses Blatt während der Reise bei sich, zeigen Sie es niemand anderem und vernichten Sie es danach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age (born)</source>
        <translation>Alter (geb.)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../partnerdesk/reports/host_families.py" line="+29"/>
        <source>Host family</source>
        <translation>Gastfamilie</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/exchange_head.py" line="+23"/>
        <source>Nobody to list yet.</source>
        <translation>Noch niemand eingetragen.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/financial_statement.py" line="-4"/>
        <source>Financial statement</source>
        <translation>Zahlenmäßiger Nachweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost and financing plan: planned, approved, actual</source>
        <translation>Kosten- und Finanzierungsplan: Plan, Bewilligung, Ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../partnerdesk/reports/receipts.py" line="+1"/>
        <source>Budget line</source>
        <translation>Budgetposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total costs</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total income</source>
        <translation>Gesamtfinanzierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant money received (no line in the plan)</source>
        <translation>Erhaltene Fördermittel (ohne Budgetposition)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget lines yet.</source>
        <translation>Noch keine Budgetpositionen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference (income − costs)</source>
        <translation>Differenz (Finanzierung − Kosten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of this grant in the costs</source>
        <translation>Anteil dieser Förderung an den Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance and result</source>
        <translation>Saldo und Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant approved</source>
        <translation>Bewilligte Förderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant received</source>
        <translation>Erhaltene Förderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual costs</source>
        <translation>Tatsächliche Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other income</source>
        <translation>Sonstige Einnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant due for the actual costs</source>
        <translation>Zuwendung nach tatsächlichen Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surplus to repay</source>
        <translation>Rückzahlung (Überschuss)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant still outstanding</source>
        <translation>Noch abzurufende Förderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to repay, nothing outstanding</source>
        <translation>Keine Rückzahlung, nichts offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We confirm that the expenditure was necessary, that we managed economically and sparingly, and that the figures agree with the books and the receipts.</source>
        <translation>Es wird bestätigt, dass die Ausgaben notwendig waren, dass wirtschaftlich und sparsam verfahren worden ist und die Angaben mit den Büchern und den Belegen übereinstimmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place, date</source>
        <translation>Ort, Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/participant_list.py" line="+7"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/grant_overview.py" line="-7"/>
        <source>Grant overview</source>
        <translation>Förderübersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant overview {year}</source>
        <translation>Förderübersicht {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications for {year}: those whose first exchange starts in {year} (without an exchange: submitted or, as drafts, created in {year}).</source>
        <translation>Anträge für {year}: deren erste Begegnung {year} beginnt (ohne Begegnung: {year} eingereicht oder, als Entwurf, angelegt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next deadline</source>
        <translation>Nächste Frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No grant applications for {year}.</source>
        <translation>Keine Förderanträge für {year}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant money by funder ({currency})</source>
        <translation>Fördermittel nach Fördergeber ({currency})</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/host_families.py" line="-2"/>
        <source>Host families</source>
        <translation>Gastfamilien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address and phone</source>
        <translation>Anschrift und Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From – to</source>
        <translation>Von – bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age {age}</source>
        <translation>{age} Jahre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No guest is placed with a host family yet.</source>
        <translation>Noch sind keine Gäste in Gastfamilien untergebracht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not placed yet: {names}</source>
        <translation>Noch nicht untergebracht: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host families: {hosts} · guests placed: {guests}</source>
        <translation>Gastfamilien: {hosts} · untergebrachte Gäste: {guests}</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/labels.py" line="+40"/>
        <source>Address labels</source>
        <translation>Adressetiketten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown label sheet “{sheet}”. Known: {known}.</source>
        <translation>Unbekannter Etikettenbogen „{sheet}“. Bekannt: {known}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first free label must be a position from 1 to {last} on this sheet.</source>
        <translation>Das erste freie Etikett muss eine Position von 1 bis {last} auf diesem Bogen sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer offset must be a number of millimetres from -20 to 20.</source>
        <translation>Der Druckerversatz muss eine Zahl in Millimetern von -20 bis 20 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the chosen contacts has a postal address.</source>
        <translation>Keiner der ausgewählten Kontakte hat eine Postanschrift.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/letter.py" line="-6"/>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letter template “{name}” is written in {language}: write the letter in that language.</source>
        <translation>Die Briefvorlage „{name}“ ist auf {language} verfasst: Erstellen Sie den Brief in dieser Sprache.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/participant_list.py" line="-12"/>
        <source>Participant list</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association</source>
        <translation>Verein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder&apos;s file no.</source>
        <translation>Aktenzeichen des Fördergebers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme days</source>
        <translation>Programmtage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/receipts.py" line="-4"/>
        <location filename="../partnerdesk/reports/travel_list.py" line="-6"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f/m/d</source>
        <translation>w/m/d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Town, country</source>
        <translation>Wohnort, Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days present</source>
        <translation>Tage vor Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>f</source>
        <translation>w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants: {people} · participant-days: {days}</source>
        <translation>Teilnehmende: {people} · Teilnehmertage: {days}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date, signature of the leader</source>
        <translation>Datum, Unterschrift der Leitung</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/programme.py" line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No programme items yet.</source>
        <translation>Noch keine Programmpunkte.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/exchange_head.py" line="+1"/>
        <source>There is no exchange with the id {id}.</source>
        <translation>Es gibt keine Begegnung mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/programme.py" line="+2"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/receipts.py" line="-2"/>
        <source>List of receipts</source>
        <translation>Belegliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts in date order, per side of the plan</source>
        <translation>Belege nach Datum, je Seite des Finanzierungsplans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payee / payer</source>
        <translation>Empfänger / Zahler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in {currency}: {amount} · rate 1 {base} = {rate} {currency} of {date}</source>
        <translation>Bezahlt in {currency}: {amount} · Kurs 1 {base} = {rate} {currency} vom {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No receipts.</source>
        <translation>Keine Belege.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant payments received</source>
        <translation>Erhaltene Zahlungen der Förderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No grant money received yet.</source>
        <translation>Noch keine Fördermittel eingegangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs (receipts)</source>
        <translation>Ausgaben (Belege)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income (receipts)</source>
        <translation>Einnahmen (Belege)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income in total</source>
        <translation>Einnahmen insgesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance (income − costs)</source>
        <translation>Saldo (Einnahmen − Ausgaben)</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/styles.py" line="+60"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on {date}</source>
        <translation>Gedruckt am {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/travel_list.py" line="-3"/>
        <source>Travel list</source>
        <translation>Reiseliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name as in passport</source>
        <translation>Name laut Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born on, in</source>
        <translation>Geboren am, in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport no.</source>
        <translation>Pass-Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued / expires</source>
        <translation>Ausgestellt / gültig bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed, not applied for</source>
        <translation>Nötig, nicht beantragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied for on {applied}</source>
        <translation>Beantragt am {applied}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on {issued}</source>
        <translation>Erteilt am {issued}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied for</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>* Not yet typed from the passport: the name as in the contact.</source>
        <translation>* Noch nicht aus dem Pass übernommen: Name laut Kontaktdaten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires before the return</source>
        <translation>Läuft vor der Rückreise ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travellers: {count}</source>
        <translation>Reisende: {count}</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_reports.py" line="+25"/>
        <location filename="../partnerdesk/services/disclosure.py" line="+33"/>
        <source>There is no contact with the id {id}.</source>
        <translation>Es gibt keinen Kontakt mit der ID {id}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/report_files.py" line="+12"/>
        <source>There is no PDF to save.</source>
        <translation>Es gibt kein PDF zum Speichern.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports_page.py" line="+231"/>
        <source>Cancelled. Press F5 to make the report again.</source>
        <translation>Abgebrochen. Drücken Sie F5, um den Bericht erneut zu erstellen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a report on the left: participant lists, programmes, financial statements, address labels, letters…</source>
        <translation>Wählen Sie links einen Bericht: Teilnehmerlisten, Programme, zahlenmäßige Nachweise, Adressetiketten, Briefe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Making the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the report again from the current data</source>
        <translation>Bericht aus den aktuellen Daten neu erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report with the system&apos;s print dialog</source>
        <translation>Bericht über den Druckdialog des Systems drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as a PDF file</source>
        <translation>Bericht als PDF-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop making or printing the report</source>
        <translation>Erstellen oder Drucken des Berichts abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidential: this report holds sensitive personal data (health, passport or other personal details). Hand it only to those who need it, keep printouts safe and do not send the file unencrypted.</source>
        <translation>Vertraulich: Dieser Bericht enthält sensible personenbezogene Daten (Gesundheit, Pass oder andere persönliche Angaben). Geben Sie ihn nur an Personen weiter, die ihn benötigen, bewahren Sie Ausdrucke sicher auf und versenden Sie die Datei nicht unverschlüsselt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database is open. Open or create a database in the File menu.</source>
        <translation>Es ist keine Datenbank geöffnet. Öffnen oder erstellen Sie eine im Menü „Datei“.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/pdf.py" line="+24"/>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/restore_dialog.py" line="+83"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the backup that should replace the database {name}. You will be asked once more before anything is replaced.</source>
        <translation>Wählen Sie die Sicherung, die die Datenbank {name} ersetzen soll. Bevor etwas ersetzt wird, werden Sie noch einmal gefragt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no backups of the database {name} yet. Make one with File → Back up now.</source>
        <translation>Von der Datenbank {name} gibt es noch keine Sicherungen. Legen Sie eine an mit Datei → Jetzt sichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/result_pages.py" line="+115"/>
        <source>Rejected rows ({count})</source>
        <translation>Abgelehnte Zeilen ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates ({count})</source>
        <translation>Dubletten ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import was cancelled. Nothing was imported; the database is unchanged.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts importiert; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run — nothing was imported.</source>
        <translation>Probelauf – es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+6"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n Zeile gelesen.</numerusform>
            <numerusform>%n Zeilen gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%n contact(s) would be imported.</source>
        <translation>
            <numerusform>%n Kontakt würde importiert.</numerusform>
            <numerusform>%n Kontakte würden importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n existing contact(s) would be completed.</source>
        <translation>
            <numerusform>%n vorhandener Kontakt würde ergänzt.</numerusform>
            <numerusform>%n vorhandene Kontakte würden ergänzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contact(s) imported.</source>
        <translation>
            <numerusform>%n Kontakt importiert.</numerusform>
            <numerusform>%n Kontakte importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n existing contact(s) completed.</source>
        <translation>
            <numerusform>%n vorhandener Kontakt ergänzt.</numerusform>
            <numerusform>%n vorhandene Kontakte ergänzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) rejected — see the list below.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt – siehe Liste unten.</numerusform>
            <numerusform>%n Zeilen abgelehnt – siehe Liste unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) match contacts already there.</source>
        <translation>
            <numerusform>%n Zeile passt zu einem vorhandenen Kontakt.</numerusform>
            <numerusform>%n Zeilen passen zu vorhandenen Kontakten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/roles_tab.py" line="+52"/>
        <source>Roles and tags</source>
        <translation>Rollen und Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/settings_page.py" line="+90"/>
        <source>No database is open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups of a database server are made on the server.</source>
        <translation>Sicherungen eines Datenbankservers werden auf dem Server gemacht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic &amp;backup after:</source>
        <translation>Automatische &amp;Sicherung nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open database:</source>
        <translation>Geöffnete Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup folder:</source>
        <translation>Sicherungsordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file:</source>
        <translation>Protokolldatei:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of menus and dialogs; applies at once.</source>
        <translation>Die Sprache von Menüs und Dialogen; gilt sofort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min without changes</source>
        <translation> Min. ohne Änderungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After changes, PartnerDesk makes a verified backup once you paused this long, and again on exit. It keeps 7 daily, 4 weekly and 12 monthly copies.</source>
        <translation>Nach Änderungen legt PartnerDesk eine geprüfte Sicherung an, sobald Sie so lange pausiert haben, und noch einmal beim Beenden. Es behält 7 tägliche, 4 wöchentliche und 12 monatliche Kopien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="-69"/>
        <source>Home town</source>
        <translation>Heimatstadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner town</source>
        <translation>Partnerstadt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>StatusBox</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/status_box.py" line="+61"/>
        <source>submitted on {date}</source>
        <translation>eingereicht am {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decided on {date}</source>
        <translation>entschieden am {date}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the new application first.</source>
        <translation>Speichern Sie zuerst den neuen Antrag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{status}” is final: no further step is possible.</source>
        <translation>„{status}“ ist endgültig: Kein weiterer Schritt ist möglich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible next steps: {steps}</source>
        <translation>Mögliche nächste Schritte: {steps}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No status history yet</source>
        <translation>Noch kein Statusverlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange status…</source>
        <translation>Status än&amp;dern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step with its date, newest first</source>
        <translation>Alle Schritte mit Datum, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/status_dialog.py" line="+72"/>
        <source>Type the amount as 1.234,50.</source>
        <translation>Geben Sie den Betrag als 1.234,50 ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current status</source>
        <translation>Aktueller Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New status</source>
        <translation>&amp;Neuer Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;On</source>
        <translation>&amp;Am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>&amp;Vermerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount &amp;approved</source>
        <translation>&amp;Bewilligter Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. letter of 12.03., file number</source>
        <translation>z. B. Schreiben vom 12.03., Aktenzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened (not in the future, not before the last step)</source>
        <translation>Datum des Schritts (nicht in der Zukunft, nicht vor dem letzten Schritt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Less than the amount requested ({amount}).</source>
        <translation>Weniger als der beantragte Betrag ({amount}).</translation>
    </message>
</context>
<context>
    <name>VisaEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/documents_tab.py" line="-162"/>
        <source>Visa &amp;status</source>
        <translation>Visum&amp;status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applied on</source>
        <translation>&amp;Beantragt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issued on</source>
        <translation>&amp;Erteilt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa – {name}</source>
        <translation>Visum – {name}</translation>
    </message>
</context>
<context>
    <name>YouthTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_tab.py" line="+146"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>&amp;Show health data</source>
        <translation>Gesundheitsdaten &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minor</source>
        <translation>Minderjährig</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>none recorded</source>
        <translation>keiner erfasst</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Age at the start of the exchange; minors in bold, participants with a problem in red (hover for details). Double-click a consent to record it. Health data is sensitive and only shown on request.</source>
        <translation>Alter zu Beginn der Begegnung; Minderjährige fett, Teilnehmende mit einem Problem rot (Details beim Überfahren mit der Maus). Doppelklicken Sie auf eine Einwilligung, um sie zu erfassen. Gesundheitsdaten sind sensibel und werden nur auf Wunsch angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;consent…</source>
        <translation>&amp;Einwilligung erfassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a consent for this exchange, given by a guardian or the person</source>
        <translation>Eine Einwilligung für diese Begegnung erfassen, erteilt von Erziehungsberechtigten oder der Person selbst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emergency contact and insurance…</source>
        <translation>Notfall&amp;kontakt und Versicherung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open con&amp;tact…</source>
        <translation>Kon&amp;takt öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the participant&apos;s contact on its consents: guardians, withdrawals, history</source>
        <translation>Den Kontakt der teilnehmenden Person bei den Einwilligungen öffnen: Erziehungsberechtigte, Widerrufe, Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it health data…</source>
        <translation>Gesundheitsdaten &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardians</source>
        <translation>Erziehungsberechtigte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>Reise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medical treatment</source>
        <translation>Medizinische Behandlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact</source>
        <translation>Notfallkontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insurance</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health data</source>
        <translation>Gesundheitsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medication</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diet</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to the travel of a minor</source>
        <translation>Einwilligung zur Reise von Minderjährigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to photos and their publication</source>
        <translation>Einwilligung zu Fotos und deren Veröffentlichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to medical treatment</source>
        <translation>Einwilligung zur medizinischen Behandlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to processing health data for the trip</source>
        <translation>Einwilligung zur Verarbeitung von Gesundheitsdaten für die Reise</translation>
    </message>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_cells.py" line="+28"/>
        <source>given</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the person</source>
        <translation>die Person selbst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on {date} by {by} ({channel})</source>
        <translation>Erteilt am {date} von {by} ({channel})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn on {date}</source>
        <translation>Widerrufen am {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Needed: a minor travelling abroad needs a guardian&apos;s consent. Double-click to record it.</source>
        <translation>Nötig: Minderjährige, die ins Ausland reisen, brauchen die Einwilligung der Erziehungsberechtigten. Doppelklicken Sie, um sie zu erfassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
</context>
</TS>
