<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupKind</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="+93"/>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
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
        <translation>Function</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signs</source>
        <translation>Signs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Board members in the order they sign documents such as proofs of use.</source>
        <translation>Board members in the order they sign documents such as proofs of use.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../partnerdesk/cli/__init__.py" line="+133"/>
        <source>Unexpected error. The details are in {log}.</source>
        <translation>Unexpected error. The details are in {log}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/cli/commands.py" line="+31"/>
        <source>--contacts must be between 1 and {max}.</source>
        <translation>--contacts must be between 1 and {max}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo is created in a database file.</source>
        <translation>The demo is created in a database file.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demo association created in {path}: {contacts} contacts, {exchanges} exchanges, {grants} grant applications.</source>
        <translation>Demo association created in {path}: {contacts} contacts, {exchanges} exchanges, {grants} grant applications.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{count} contacts exported to {path}.</source>
        <translation>{count} contacts exported to {path}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK: {path} (schema {revision}; {contacts} contacts, {exchanges} exchanges, {grants} grant applications)</source>
        <translation>OK: {path} (schema {revision}; {contacts} contacts, {exchanges} exchanges, {grants} grant applications)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backup written and verified: {path}</source>
        <translation>Backup written and verified: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only database files can be restored here.</source>
        <translation>Only database files can be restored here.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored {path} from {backup}.</source>
        <translation>Restored {path} from {backup}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous state was kept in {path}.</source>
        <translation>The previous state was kept in {path}.</translation>
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
        <translation>Native script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Title</source>
        <translation>Title</translation>
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
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(nothing found)</source>
        <translation>(nothing found)</translation>
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
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family</source>
        <translation>Host family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner contact</source>
        <translation>Partner contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
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
        <translation>Name in native script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <location filename="../partnerdesk/ui/pages/contacts_page.py" line="+75"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database is open. Open or create one in the File menu.</source>
        <translation>No database is open. Open or create one in the File menu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contacts yet. To try PartnerDesk, create the demo association (File → New database…). Adding and importing contacts arrives in a later version.</source>
        <translation>No contacts yet. To try PartnerDesk, create the demo association (File → New database…). Adding and importing contacts arrives in a later version.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No contact matches “{text}”.</source>
        <translation>No contact matches “{text}”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search names, towns, e-mail…</source>
        <translation>Search names, towns, e-mail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searches names in Latin and Cyrillic script, towns, e-mail addresses and phone numbers while you type.</source>
        <translation>Searches names in Latin and Cyrillic script, towns, e-mail addresses and phone numbers while you type.</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="+48"/>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Russia</translation>
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
        <translation>Poland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Czechia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Netherlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>United Kingdom</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../partnerdesk/dto/duplicates.py" line="+15"/>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same birth date</source>
        <translation>same birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail address</source>
        <translation>same e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone number</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same organisation name</source>
        <translation>same organisation name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links to organisations or people</source>
        <translation>Links to organisations or people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardians and wards</source>
        <translation>Guardians and wards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host profile</source>
        <translation>Host profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passports</source>
        <translation>Passports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents given as guardian</source>
        <translation>Consents given as guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondence</source>
        <translation>Correspondence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participations</source>
        <translation>Participations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact for</source>
        <translation>Emergency contact for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests hosted</source>
        <translation>Guests hosted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme items responsible for</source>
        <translation>Programme items responsible for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges organised</source>
        <translation>Exchanges organised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder profiles</source>
        <translation>Funder profiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant applications as funder</source>
        <translation>Grant applications as funder</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/merge.py" line="+52"/>
        <source>A contact cannot be merged with itself.</source>
        <translation>A contact cannot be merged with itself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the two contacts no longer exists. Refresh the list and look again.</source>
        <translation>One of the two contacts no longer exists. Refresh the list and look again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person and an organisation cannot be merged.</source>
        <translation>A person and an organisation cannot be merged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the two contacts was changed elsewhere meanwhile. Review both again before merging.</source>
        <translation>One of the two contacts was changed elsewhere meanwhile. Review both again before merging.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../partnerdesk/ui/errors.py" line="+30"/>
        <source>The file {path} could not be read or written: {reason}</source>
        <translation>The file {path} could not be read or written: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something unexpected went wrong. Everything saved before is safe; only the last action may not have been completed.</source>
        <translation>Something unexpected went wrong. Everything saved before is safe; only the last action may not have been completed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The details were written to the log file:
{path}</source>
        <translation>The details were written to the log file:
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
        <translation>PartnerDesk – error</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../partnerdesk/cli/commands.py" line="-5"/>
        <source>The backup {path} does not exist.</source>
        <translation>The backup {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/association.py" line="+54"/>
        <source>The association needs a name.</source>
        <translation>The association needs a name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} is not an e-mail address.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>The currency must be a three-letter code such as EUR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The country must be a two-letter code such as DE.</source>
        <translation>The country must be a two-letter code such as DE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown report language {value}.</source>
        <translation>Unknown report language {value}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every board member needs a name.</source>
        <translation>Every board member needs a name.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The profile was changed elsewhere meanwhile. Close the dialog and open it again to see the current data.</source>
        <translation>The profile was changed elsewhere meanwhile. Close the dialog and open it again to see the current data.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/demo.py" line="+98"/>
        <source>The database already holds contacts. The demo association is created only in an empty database.</source>
        <translation>The database already holds contacts. The demo association is created only in an empty database.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/maintenance.py" line="+22"/>
        <source>Backups of a database server are made on the server, not here.</source>
        <translation>Backups of a database server are made on the server, not here.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only database files can be checked here.</source>
        <translation>Only database files can be checked here.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/storage/backup.py" line="+67"/>
        <source>The backup {path} cannot be read: {reason}</source>
        <translation>The backup {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {path} is damaged: {reason}</source>
        <translation>The backup {path} is damaged: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {path} is not a PartnerDesk backup.</source>
        <translation>The file {path} is not a PartnerDesk backup.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {path} does not hold every row of the database.</source>
        <translation>The backup {path} does not hold every row of the database.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>The backup of {path} failed: {reason}</source>
        <translation>The backup of {path} failed: {reason}</translation>
    </message>
    <message>
        <location filename="../partnerdesk/storage/database.py" line="+67"/>
        <source>The database {path} does not exist.</source>
        <translation>The database {path} does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file {path} is empty, not a PartnerDesk database.</source>
        <translation>The file {path} is empty, not a PartnerDesk database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>The file {path} is not a PartnerDesk database.</source>
        <translation>The file {path} is not a PartnerDesk database.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The database {path} is damaged. It was left as it is and a copy was kept in {copy}. Restore the newest good backup.</source>
        <translation>The database {path} is damaged. It was left as it is and a copy was kept in {copy}. Restore the newest good backup.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+68"/>
        <source>The database {path} was written by a newer version of PartnerDesk. Install the newer version to open it.</source>
        <translation>The database {path} was written by a newer version of PartnerDesk. Install the newer version to open it.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The file {path} already exists.</source>
        <translation>The file {path} already exists.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/storage/engine.py" line="+81"/>
        <source>The database {path} lies on a network share, where it could be damaged. Keep it on this computer, or let several computers share a PostgreSQL server.</source>
        <translation>The database {path} lies on a network share, where it could be damaged. Keep it on this computer, or let several computers share a PostgreSQL server.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contacts.py" line="+28"/>
        <source>Unknown contact role {value}.</source>
        <translation>Unknown contact role {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown side {value}.</source>
        <translation>Unknown side {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown membership state {value}.</source>
        <translation>Unknown membership state {value}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown consent purpose {value}.</source>
        <translation>Unknown consent purpose {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind of contact {value}.</source>
        <translation>Unknown kind of contact {value}.</translation>
    </message>
</context>
<context>
    <name>ExchangeDirection</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="-94"/>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third place</source>
        <translation>Third place</translation>
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
        <translation>Citizen trip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth exchange</source>
        <translation>Youth exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School exchange</source>
        <translation>School exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional exchange</source>
        <translation>Professional exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural exchange</source>
        <translation>Cultural exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sports exchange</source>
        <translation>Sports exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conference</source>
        <translation>Conference</translation>
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
        <translation>Idea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ExchangesModel</name>
    <message>
        <location filename="../partnerdesk/ui/models/exchanges_model.py" line="+20"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner towns</source>
        <translation>Partner towns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No participants yet</source>
        <translation>No participants yet</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/exchanges_page.py" line="+31"/>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No exchanges yet. Planning exchanges arrives in a later version; the demo association (File → New database…) shows how they will look.</source>
        <translation>No exchanges yet. Planning exchanges arrives in a later version; the demo association (File → New database…) shows how they will look.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No exchange matches “{text}”.</source>
        <translation>No exchange matches “{text}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search title or place…</source>
        <translation>Search title or place…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No database is open. Open or create one in the File menu.</source>
        <translation>No database is open. Open or create one in the File menu.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../partnerdesk/services/exports/__init__.py" line="+77"/>
        <source>Unknown export format {format}.</source>
        <translation>Unknown export format {format}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>The file {path} could not be written: {reason}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../partnerdesk/ui/file_actions.py" line="+99"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>PartnerDesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent databases</source>
        <translation>No recent databases</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup written to {path}</source>
        <translation>Backup written to {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back up to file</source>
        <translation>Back up to file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PartnerDesk databases (*.sqlite)</source>
        <translation>PartnerDesk databases (*.sqlite)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {name} will be replaced by the backup of {date}. Changes made since then will be gone. A copy of the current state is kept in the backup folder first.

Restore now?</source>
        <translation>The database {name} will be replaced by the backup of {date}. Changes made since then will be gone. A copy of the current state is kept in the backup folder first.

Restore now?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About PartnerDesk</source>
        <translation>About PartnerDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;PartnerDesk {version}&lt;/h3&gt;&lt;p&gt;The office of a town-twinning association: contacts, exchanges, grants and reports.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PartnerDesk {version}&lt;/h3&gt;&lt;p&gt;The office of a town-twinning association: contacts, exchanges, grants and reports.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database or the demo association</source>
        <translation>Create an empty database or the demo association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open another database file</source>
        <translation>Open another database file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a verified backup into the backup folder</source>
        <translation>Write a verified backup into the backup folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up &amp;to file…</source>
        <translation>Back up &amp;to file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a verified backup to a file of your choice</source>
        <translation>Write a verified backup to a file of your choice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the open database by one of its backups</source>
        <translation>Replace the open database by one of its backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association &amp;profile…</source>
        <translation>Association &amp;profile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, address, logo and board of the association</source>
        <translation>Name, address, logo and board of the association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close PartnerDesk</source>
        <translation>Close PartnerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About PartnerDesk</source>
        <translation>&amp;About PartnerDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent &amp;databases</source>
        <translation>Recent &amp;databases</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/first_start.py" line="+88"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>PartnerDesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Location of the new database</source>
        <translation>Location of the new database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk databases (*.sqlite)</source>
        <translation>PartnerDesk databases (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Welcome to PartnerDesk</source>
        <translation>Welcome to PartnerDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PartnerDesk keeps the contacts, exchanges and grants of your town-twinning association in one database file on this computer. No database is open yet: create one, or open an existing file.</source>
        <translation>PartnerDesk keeps the contacts, exchanges and grants of your town-twinning association in one database file on this computer. No database is open yet: create one, or open an existing file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new database file. The open database stays as it is.</source>
        <translation>Create a new database file. The open database stays as it is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Location of the new database:</source>
        <translation>&amp;Location of the new database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the demo association</source>
        <translation>Create the demo association</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fictional association with partner towns, about 150 contacts, exchanges and grants, to look around and try things out.</source>
        <translation>A fictional association with partner towns, about 150 contacts, exchanges and grants, to look around and try things out.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create an empty database</source>
        <translation>Create an empty database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with your own association&apos;s data.</source>
        <translation>Start with your own association&apos;s data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an existing database…</source>
        <translation>Open an existing database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example a copy from another computer.</source>
        <translation>For example a copy from another computer.</translation>
    </message>
</context>
<context>
    <name>GrantStatus</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="+39"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly approved</source>
        <translation>Partly approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funds requested</source>
        <translation>Funds requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funds received</source>
        <translation>Funds received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of use submitted</source>
        <translation>Proof of use submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>GrantsModel</name>
    <message>
        <location filename="../partnerdesk/ui/models/grants_model.py" line="+20"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File reference</source>
        <translation>File reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/grants_page.py" line="+31"/>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n grant application(s)</source>
        <translation>
            <numerusform>%n grant application</numerusform>
            <numerusform>%n grant applications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No grant applications yet. Entering applications, budgets and receipts arrives in a later version; the demo association (File → New database…) shows how they will look.</source>
        <translation>No grant applications yet. Entering applications, budgets and receipts arrives in a later version; the demo association (File → New database…) shows how they will look.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No grant application matches “{text}”.</source>
        <translation>No grant application matches “{text}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search title, funder or file reference…</source>
        <translation>Search title, funder or file reference…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No database is open. Open or create one in the File menu.</source>
        <translation>No database is open. Open or create one in the File menu.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../partnerdesk/cli/contacts_io.py" line="+63"/>
        <source>The mapping file {path} cannot be read.</source>
        <translation>The mapping file {path} cannot be read.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>File: {file} ({details})</source>
        <translation>File: {file} ({details})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: {count}</source>
        <translation>Imported: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into existing contacts: {count}</source>
        <translation>Merged into existing contacts: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicates found: {count}</source>
        <translation>Duplicates found: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: {count}</source>
        <translation>Rejected: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line}: {reason}</source>
        <translation>line {line}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: nothing was saved.</source>
        <translation>Dry run: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/__init__.py" line="+47"/>
        <source>same PartnerDesk ID</source>
        <translation>same PartnerDesk ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail address</source>
        <translation>same e-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone number</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and birth date</source>
        <translation>same name and birth date</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../partnerdesk/services/imports/readers.py" line="+96"/>
        <location line="+63"/>
        <source>The file {path} cannot be read.</source>
        <translation>The file {path} cannot be read.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No column of {path} is assigned to a contact field. Choose a mapping.</source>
        <translation>No column of {path} is assigned to a contact field. Choose a mapping.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/csv_reader.py" line="+124"/>
        <source>The line cannot be read as CSV.</source>
        <translation>The line cannot be read as CSV.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The line is far too long.</source>
        <translation>The line is far too long.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A quotation mark in this line is not closed; the line was skipped.</source>
        <translation>A quotation mark in this line is not closed; the line was skipped.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/dates.py" line="+53"/>
        <source>{value} is Excel&apos;s 29 February 1900, a day that never existed.</source>
        <translation>{value} is Excel&apos;s 29 February 1900, a day that never existed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>{value} is not a valid date.</source>
        <translation>{value} is not a valid date.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The birth date {value} lies in the future.</source>
        <translation>The birth date {value} lies in the future.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The birth date {value} lies more than 120 years in the past.</source>
        <translation>The birth date {value} lies more than 120 years in the past.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/fields.py" line="+18"/>
        <source>Person or organisation</source>
        <translation>Person or organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (split)</source>
        <translation>Full name (split)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (native script)</source>
        <translation>Given name (native script)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name (native script)</source>
        <translation>Family name (native script)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name as in passport</source>
        <translation>Given name as in passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name as in passport</source>
        <translation>Family name as in passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of organisation</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth month</source>
        <translation>Birth month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth day</source>
        <translation>Birth day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth place</source>
        <translation>Birth place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House number</source>
        <translation>House number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address extra</source>
        <translation>Address extra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles (comma separated)</source>
        <translation>Roles (comma separated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member number</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member until</source>
        <translation>Member until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk ID</source>
        <translation>PartnerDesk ID</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/mapping.py" line="+40"/>
        <source>The mapping is not a saved PartnerDesk mapping.</source>
        <translation>The mapping is not a saved PartnerDesk mapping.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The mapping names an unknown field: {field}.</source>
        <translation>The mapping names an unknown field: {field}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/presets.py" line="+17"/>
        <source>Outlook (German)</source>
        <translation>Outlook (German)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook (English)</source>
        <translation>Outlook (English)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts</source>
        <translation>Google Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thunderbird</source>
        <translation>Thunderbird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member list (Excel)</source>
        <translation>Member list (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk export</source>
        <translation>PartnerDesk export</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/readers.py" line="-90"/>
        <source>The row has {count} cells but the header only {width}.</source>
        <translation>The row has {count} cells but the header only {width}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a file.</source>
        <translation>{path} is not a file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {path} is empty.</source>
        <translation>The file {path} is empty.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{path} is an old Excel file (.xls). Save it as .xlsx or CSV and import that.</source>
        <translation>{path} is an old Excel file (.xls). Save it as .xlsx or CSV and import that.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} is neither a CSV or text file, nor XLSX, nor vCard.</source>
        <translation>{path} is neither a CSV or text file, nor XLSX, nor vCard.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file {path} contains no rows.</source>
        <translation>The file {path} contains no rows.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/staging.py" line="+129"/>
        <source>The member number {value} is already taken.</source>
        <translation>The member number {value} is already taken.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/validation.py" line="+154"/>
        <source>{value} is a number Excel has shortened; format the column as text and export again.</source>
        <translation>{value} is a number Excel has shortened; format the column as text and export again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+116"/>
        <source>{field} is longer than {max} characters.</source>
        <translation>{field} is longer than {max} characters.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>{value} is not a valid e-mail address.</source>
        <translation>{value} is not a valid e-mail address.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The row has no name.</source>
        <translation>The row has no name.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{value} is not a PartnerDesk ID.</source>
        <translation>{value} is not a PartnerDesk ID.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A membership needs both a member number and the date of joining.</source>
        <translation>A membership needs both a member number and the date of joining.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The membership ends ({value}) before it begins.</source>
        <translation>The membership ends ({value}) before it begins.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/vocabulary.py" line="+123"/>
        <source>Unknown country {value}: use a two-letter code such as DE or RU.</source>
        <translation>Unknown country {value}: use a two-letter code such as DE or RU.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown gender {value}.</source>
        <translation>Unknown gender {value}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown role {value}.</source>
        <translation>Unknown role {value}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown side {value}.</source>
        <translation>Unknown side {value}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown kind of contact {value}.</source>
        <translation>Unknown kind of contact {value}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown kind of organisation {value}.</source>
        <translation>Unknown kind of organisation {value}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/imports/xlsx_reader.py" line="+47"/>
        <source>{path} cannot be read as an Excel workbook (.xlsx).</source>
        <translation>{path} cannot be read as an Excel workbook (.xlsx).</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../partnerdesk/ui/widgets/logo_picker.py" line="+69"/>
        <source>The file cannot be read: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image is larger than 2 MB; please choose a smaller one.</source>
        <translation>The image is larger than 2 MB; please choose a smaller one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not an image PartnerDesk can read.</source>
        <translation>The file is not an image PartnerDesk can read.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose image…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed in the letterhead of reports and letters.</source>
        <translation>Printed in the letterhead of reports and letters.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../partnerdesk/ui/main_window.py" line="+213"/>
        <source>The automatic backup failed; see the log.</source>
        <translation>The automatic backup failed; see the log.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backup written.</source>
        <translation>Automatic backup written.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The open database</source>
        <translation>The open database</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Backing up before closing…</source>
        <translation>Backing up before closing…</translation>
    </message>
</context>
<context>
    <name>MilestoneKind</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="+3"/>
        <source>Application deadline</source>
        <translation>Application deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fund request</source>
        <translation>Fund request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change notice</source>
        <translation>Change notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interim report</source>
        <translation>Interim report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of use due</source>
        <translation>Proof of use due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep receipts until</source>
        <translation>Keep receipts until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other deadline</source>
        <translation>Other deadline</translation>
    </message>
</context>
<context>
    <name>OpenFlow</name>
    <message>
        <location filename="../partnerdesk/ui/open_flow.py" line="+68"/>
        <source>The newest backup was taken on {date}. Restore it now? Changes made after that date are not in it; the damaged file is kept in quarantine.</source>
        <translation>The newest backup was taken on {date}. Restore it now? Changes made after that date are not in it; the damaged file is kept in quarantine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} already exists. Choose another name, or open it.</source>
        <translation>The file {path} already exists. Choose another name, or open it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Creating the demo association…</source>
        <translation>Creating the demo association…</translation>
    </message>
</context>
<context>
    <name>OpeningState</name>
    <message>
        <location filename="../partnerdesk/ui/widgets/opening_state.py" line="+36"/>
        <location line="+1"/>
        <source>Opening database…</source>
        <translation>Opening database…</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/overview_page.py" line="+89"/>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create a database in the File menu.</source>
        <translation>Open or create a database in the File menu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your association</source>
        <translation>Your association</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database is empty. Start with File → Association profile… and enter your association&apos;s name, address and board.

To look around first, create the demo association (File → New database…).</source>
        <translation>This database is empty. Start with File → Association profile… and enter your association&apos;s name, address and board.

To look around first, create the demo association (File → New database…).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n grant application(s)</source>
        <translation>
            <numerusform>%n grant application</numerusform>
            <numerusform>%n grant applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No exchanges planned.</source>
        <translation>No exchanges planned.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No partner towns yet.</source>
        <translation>No partner towns yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status} since {date}</source>
        <translation>{status} since {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upcoming exchanges</source>
        <translation>Upcoming exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner towns</source>
        <translation>Partner towns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native name</source>
        <translation>Native name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Relation</translation>
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
        <translation>Interested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>PartnerTownRelation</name>
    <message>
        <location line="+22"/>
        <source>Town partnership</source>
        <translation>Town partnership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friendship</source>
        <translation>Friendship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact only</source>
        <translation>Contact only</translation>
    </message>
</context>
<context>
    <name>PartnerTownStatus</name>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resting</source>
        <translation>Resting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/profile_dialog.py" line="+164"/>
        <source>Please enter the association&apos;s name.</source>
        <translation>Please enter the association&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address (name@example.org).</source>
        <translation>This is not an e-mail address (name@example.org).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a web address (www.example.org).</source>
        <translation>This is not a web address (www.example.org).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A German postal code has five digits.</source>
        <translation>A German postal code has five digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a three-letter currency code such as EUR.</source>
        <translation>Use a three-letter currency code such as EUR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every board member needs a name.</source>
        <translation>Every board member needs a name.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has unsaved changes. Discard them?</source>
        <translation>The profile has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Association profile</source>
        <translation>Association profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postal code:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Town:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>C&amp;ountry:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Register number:</source>
        <translation>&amp;Register number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Home town:</source>
        <translation>&amp;Home town:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Currency:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;language:</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Board members who sign</source>
        <translation>Board members who sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. VR 1234, Amtsgericht</source>
        <translation>e.g. VR 1234, Amtsgericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The German town whose partnerships the association keeps alive.</source>
        <translation>The German town whose partnerships the association keeps alive.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Save the profile (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ReportLanguage</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="+32"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German and Russian</source>
        <translation>German and Russian</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports_page.py" line="+31"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports arrive in a later version: participant lists with signature column, emergency sheets, programmes, financial statements, lists of receipts and annual reports, in German, Russian and English.</source>
        <translation>Reports arrive in a later version: participant lists with signature column, emergency sheets, programmes, financial statements, lists of receipts and annual reports, in German, Russian and English.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/restore_dialog.py" line="+83"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the backup that should replace the database {name}. You will be asked once more before anything is replaced.</source>
        <translation>Choose the backup that should replace the database {name}. You will be asked once more before anything is replaced.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no backups of the database {name} yet. Make one with File → Back up now.</source>
        <translation>There are no backups of the database {name} yet. Make one with File → Back up now.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken on</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/settings_page.py" line="+90"/>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups of a database server are made on the server.</source>
        <translation>Backups of a database server are made on the server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic &amp;backup after:</source>
        <translation>Automatic &amp;backup after:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open database:</source>
        <translation>Open database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup folder:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of menus and dialogs; applies at once.</source>
        <translation>The language of menus and dialogs; applies at once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min without changes</source>
        <translation> min without changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After changes, PartnerDesk makes a verified backup once you paused this long, and again on exit. It keeps 7 daily, 4 weekly and 12 monthly copies.</source>
        <translation>After changes, PartnerDesk makes a verified backup once you paused this long, and again on exit. It keeps 7 daily, 4 weekly and 12 monthly copies.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <location filename="../partnerdesk/ui/labels.py" line="-61"/>
        <source>Home town</source>
        <translation>Home town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner town</source>
        <translation>Partner town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
</TS>
