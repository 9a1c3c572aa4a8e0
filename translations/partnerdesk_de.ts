<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BackupKind</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="+93"/>
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
    <name>Cli</name>
    <message>
        <location filename="../partnerdesk/cli/__init__.py" line="+133"/>
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
        <location line="+58"/>
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
</context>
<context>
    <name>ContactKind</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="-50"/>
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
    <name>ContactRole</name>
    <message>
        <location line="+3"/>
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
        <location filename="../partnerdesk/ui/models/contacts_model.py" line="+29"/>
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
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <location filename="../partnerdesk/ui/pages/contacts_page.py" line="+75"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database is open. Open or create one in the File menu.</source>
        <translation>Es ist keine Datenbank geöffnet. Öffnen oder erstellen Sie eine im Menü „Datei“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contacts yet. To try PartnerDesk, create the demo association (File → New database…). Adding and importing contacts arrives in a later version.</source>
        <translation>Noch keine Kontakte. Zum Ausprobieren legen Sie den Demo-Verein an (Datei → Neue Datenbank…). Kontakte anlegen und importieren kommt in einer späteren Version.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No contact matches “{text}”.</source>
        <translation>Kein Kontakt passt zu „{text}“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search names, towns, e-mail…</source>
        <translation>Namen, Orte, E-Mail suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searches names in Latin and Cyrillic script, towns, e-mail addresses and phone numbers while you type.</source>
        <translation>Sucht schon beim Tippen in Namen in lateinischer und kyrillischer Schrift, Orten, E-Mail-Adressen und Telefonnummern.</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="+48"/>
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
        <translation>Fördergeberprofile</translation>
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
        <location filename="../partnerdesk/storage/database.py" line="+67"/>
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
        <location filename="../partnerdesk/storage/engine.py" line="+81"/>
        <source>The database {path} lies on a network share, where it could be damaged. Keep it on this computer, or let several computers share a PostgreSQL server.</source>
        <translation>Die Datenbank {path} liegt auf einem Netzlaufwerk, wo sie beschädigt werden könnte. Legen Sie sie auf diesem Computer ab oder lassen Sie mehrere Computer einen PostgreSQL-Server gemeinsam nutzen.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contacts.py" line="+28"/>
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
        <location filename="../partnerdesk/ui/labels.py" line="-94"/>
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
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No participants yet</source>
        <translation>Noch keine Teilnehmenden</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/exchanges_page.py" line="+31"/>
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
        <location line="+5"/>
        <source>No exchanges yet. Planning exchanges arrives in a later version; the demo association (File → New database…) shows how they will look.</source>
        <translation>Noch keine Begegnungen. Das Planen von Begegnungen kommt in einer späteren Version; der Demo-Verein (Datei → Neue Datenbank…) zeigt, wie es aussehen wird.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../partnerdesk/services/exports/__init__.py" line="+77"/>
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
    <name>FileActions</name>
    <message>
        <location filename="../partnerdesk/ui/file_actions.py" line="+99"/>
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
    <name>GrantStatus</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="+39"/>
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
    <name>GrantsModel</name>
    <message>
        <location filename="../partnerdesk/ui/models/grants_model.py" line="+20"/>
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
        <source>File reference</source>
        <translation>Aktenzeichen</translation>
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
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/grants_page.py" line="+31"/>
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
        <location line="+5"/>
        <source>No grant applications yet. Entering applications, budgets and receipts arrives in a later version; the demo association (File → New database…) shows how they will look.</source>
        <translation>Noch keine Förderanträge. Das Erfassen von Anträgen, Finanzplänen und Belegen kommt in einer späteren Version; der Demo-Verein (Datei → Neue Datenbank…) zeigt, wie es aussehen wird.</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>Import</name>
    <message>
        <location filename="../partnerdesk/cli/contacts_io.py" line="+63"/>
        <source>The mapping file {path} cannot be read.</source>
        <translation>Die Zuordnungsdatei {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>File: {file} ({details})</source>
        <translation>Datei: {file} ({details})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: {count}</source>
        <translation>Importiert: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into existing contacts: {count}</source>
        <translation>Mit vorhandenen Kontakten zusammengeführt: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicates found: {count}</source>
        <translation>Gefundene Dubletten: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../partnerdesk/services/imports/__init__.py" line="+47"/>
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
        <location line="+74"/>
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
        <location filename="../partnerdesk/services/imports/csv_reader.py" line="+124"/>
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
        <location filename="../partnerdesk/services/imports/dates.py" line="+53"/>
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
        <location line="+9"/>
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
        <location filename="../partnerdesk/services/imports/presets.py" line="+17"/>
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
        <location filename="../partnerdesk/ui/main_window.py" line="+213"/>
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
    <name>MilestoneKind</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="+3"/>
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
    <name>OverviewPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/overview_page.py" line="+89"/>
        <source>No database is open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create a database in the File menu.</source>
        <translation>Öffnen oder erstellen Sie eine Datenbank im Menü „Datei“.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+10"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer/in</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No exchanges planned.</source>
        <translation>Keine Begegnungen geplant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No partner towns yet.</source>
        <translation>Noch keine Partnerstädte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status} since {date}</source>
        <translation>{status} seit {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upcoming exchanges</source>
        <translation>Nächste Begegnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner towns</source>
        <translation>Partnerstädte</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+0"/>
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
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ParticipationStatus</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="-54"/>
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
        <location line="+22"/>
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
    <name>ProfileDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/profile_dialog.py" line="+164"/>
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
        <location line="+36"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has unsaved changes. Discard them?</source>
        <translation>Das Profil hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <location line="+22"/>
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
    <name>ReportLanguage</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="+32"/>
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
    <name>ReportsPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports_page.py" line="+31"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports arrive in a later version: participant lists with signature column, emergency sheets, programmes, financial statements, lists of receipts and annual reports, in German, Russian and English.</source>
        <translation>Berichte kommen in einer späteren Version: Teilnehmerlisten mit Unterschriftsspalte, Notfallblätter, Programme, Finanzberichte, Beleglisten und Jahresberichte – auf Deutsch, Russisch und Englisch.</translation>
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
        <location filename="../partnerdesk/ui/labels.py" line="-61"/>
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
</TS>
