<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddressTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/address_tab.py" line="+50"/>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone and e-mail</source>
        <translation>Phone and e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Address extra:</source>
        <translation>&amp;Address extra:</translation>
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
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>c/o, building, flat</source>
        <translation>c/o, building, flat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept as typed, leading zeros included (01067).</source>
        <translation>Kept as typed, leading zeros included (01067).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. +49 341 123456</source>
        <translation>e.g. +49 341 123456</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several addresses may be separated by commas.</source>
        <translation>Several addresses may be separated by commas.</translation>
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
    <name>BudgetCategory</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="-21"/>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accommodation</source>
        <translation>Accommodation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board (meals)</source>
        <translation>Board (meals)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees and interpreters</source>
        <translation>Fees and interpreters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other costs</source>
        <translation>Other costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own share</source>
        <translation>Own share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant fees</source>
        <translation>Participant fees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town grant</source>
        <translation>Town grant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This grant</source>
        <translation>This grant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other grants</source>
        <translation>Other grants</translation>
    </message>
</context>
<context>
    <name>BudgetLineEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/budget_line_editor.py" line="+55"/>
        <source>Type amounts as 1.234,50 (or leave &apos;approved&apos; empty).</source>
        <translation>Type amounts as 1.234,50 (or leave &apos;approved&apos; empty).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New cost line</source>
        <translation>New cost line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New income line</source>
        <translation>New income line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost line</source>
        <translation>Cost line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Income line</source>
        <translation>Income line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planned ({currency})</source>
        <translation>&amp;Planned ({currency})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Approved ({currency})</source>
        <translation>&amp;Approved ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Bus Mühlenstedt – Berlin, 2 days</source>
        <translation>e.g. Bus Mühlenstedt – Berlin, 2 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Association&apos;s own funds</source>
        <translation>e.g. Association&apos;s own funds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount in the application</source>
        <translation>The amount in the application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount in the grant decision; leave empty until the funder has decided</source>
        <translation>The amount in the grant decision; leave empty until the funder has decided</translation>
    </message>
</context>
<context>
    <name>BudgetSide</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="-17"/>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income</source>
        <translation>Income</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/budget_tab.py" line="+103"/>
        <source>Save the application first; then plan its costs and financing here.</source>
        <translation>Save the application first; then plan its costs and financing here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No budget lines yet. Add the costs (travel, board, programme …) and how they are financed (own share, fees, grants).</source>
        <translation>No budget lines yet. Add the costs (travel, board, programme …) and how they are financed (own share, fees, grants).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Delete budget line</source>
        <translation>Delete budget line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the line “{line}” from the cost and financing plan?</source>
        <translation>Delete the line “{line}” from the cost and financing plan?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Change line…</source>
        <translation>&amp;Change line…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete line…</source>
        <translation>&amp;Delete line…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day-&amp;rate calculator…</source>
        <translation>Day-&amp;rate calculator…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants × programme days × daily rate of the funder profile; can fill the line “This grant”</source>
        <translation>Participants × programme days × daily rate of the funder profile; can fill the line “This grant”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cos&amp;ts</source>
        <translation>Cos&amp;ts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Income (financing)</source>
        <translation>&amp;Income (financing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add c&amp;ost line…</source>
        <translation>Add c&amp;ost line…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add i&amp;ncome line…</source>
        <translation>Add i&amp;ncome line…</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../partnerdesk/services/calendar_export.py" line="+39"/>
        <source>Kind: {value}</source>
        <translation>Kind: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction: {value}</source>
        <translation>Direction: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: {value}</source>
        <translation>Status: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner towns: {value}</source>
        <translation>Partner towns: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible: {value}</source>
        <translation>Responsible: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PartnerDesk exchanges</source>
        <translation>PartnerDesk exchanges</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../partnerdesk/cli/__init__.py" line="+150"/>
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
        <location line="+57"/>
        <source>Choose the format with --format csv, xlsx or vcf.</source>
        <translation>Choose the format with --format csv, xlsx or vcf.</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <message>
        <location filename="../partnerdesk/cli/calendar_cmd.py" line="+24"/>
        <source>{count} events written to {path}.</source>
        <translation>{count} events written to {path}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/cli/report_cmd.py" line="+45"/>
        <source>Name the PDF file with -o FILE.pdf.</source>
        <translation>Name the PDF file with -o FILE.pdf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report written to {path}.</source>
        <translation>Report written to {path}.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/consents_tab.py" line="+56"/>
        <source>Data processing</source>
        <translation>Data processing</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+28"/>
        <source>Photos and publication</source>
        <translation>Photos and publication</translation>
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
        <translation>Health data for a trip</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="-3"/>
        <source>Travel of a minor</source>
        <translation>Travel of a minor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+2"/>
        <source>Medical treatment</source>
        <translation>Medical treatment</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+113"/>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="-1"/>
        <source>A guardian</source>
        <translation>A guardian</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="-105"/>
        <source>On paper</source>
        <translation>On paper</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+1"/>
        <source>By e-mail</source>
        <translation>By e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+1"/>
        <source>Online form</source>
        <translation>Online form</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+1"/>
        <source>Orally</source>
        <translation>Orally</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given &amp;by:</source>
        <translation>Given &amp;by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guardian:</source>
        <translation>&amp;Guardian:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given &amp;on:</source>
        <translation>Given &amp;on:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text version:</source>
        <translation>&amp;Text version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Withdrawn on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the exchange:</source>
        <translation>For the exchange:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose one of the guardians or type the name. The name is kept with the consent.</source>
        <translation>Choose one of the guardians or type the name. The name is kept with the consent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. form 2024-01</source>
        <translation>e.g. form 2024-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add consent</source>
        <translation>&amp;Add consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wit&amp;hdraw</source>
        <translation>Wit&amp;hdraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the consent was withdrawn (today; the date can be changed). The consent stays in the history.</source>
        <translation>Record that the consent was withdrawn (today; the date can be changed). The consent stays in the history.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a consent not saved yet can be removed; saved consents are withdrawn instead.</source>
        <translation>Only a consent not saved yet can be removed; saved consents are withdrawn instead.</translation>
    </message>
</context>
<context>
    <name>ConsentRecorder</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="+109"/>
        <source>Choose one of the guardians or type the name of the one who signed.</source>
        <translation>Choose one of the guardians or type the name of the one who signed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. form 2024-01</source>
        <translation>e.g. form 2024-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given &amp;by</source>
        <translation>Given &amp;by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guardian</source>
        <translation>&amp;Guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given &amp;on</source>
        <translation>Given &amp;on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text version</source>
        <translation>&amp;Text version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record a consent – {name}</source>
        <translation>Record a consent – {name}</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/consents_tab.py" line="+41"/>
        <source>Consents (GDPR) with their history</source>
        <translation>Consents (GDPR) with their history</translation>
    </message>
</context>
<context>
    <name>ContactEditing</name>
    <message>
        <location filename="../partnerdesk/dto/contact_form.py" line="+18"/>
        <source>This contact may already exist: {names}. Save anyway only if it is someone else.</source>
        <translation>This contact may already exist: {names}. Save anyway only if it is someone else.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_editing.py" line="+52"/>
        <location filename="../partnerdesk/services/contact_editing_delete.py" line="+35"/>
        <source>This contact no longer exists. It may have been deleted or merged.</source>
        <translation>This contact no longer exists. It may have been deleted or merged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This contact was changed elsewhere meanwhile. Nothing was saved; your input is still in the form. Copy what you need, close the form and open the contact again.</source>
        <translation>This contact was changed elsewhere meanwhile. Nothing was saved; your input is still in the form. Copy what you need, close the form and open the contact again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown kind of contact {value}.</source>
        <translation>Unknown kind of contact {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The member number {number} already belongs to {name}.</source>
        <translation>The member number {number} already belongs to {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact could not be saved because it conflicts with other data (for example a link entered twice). Nothing was saved.</source>
        <translation>The contact could not be saved because it conflicts with other data (for example a link entered twice). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_editing_delete.py" line="+2"/>
        <source>This contact was changed elsewhere meanwhile. Open it again before deleting it.</source>
        <translation>This contact was changed elsewhere meanwhile. Open it again before deleting it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be deleted while taking part in these exchanges: {titles}. Remove the participation there first.</source>
        <translation>{name} cannot be deleted while taking part in these exchanges: {titles}. Remove the participation there first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be deleted while hosting guests of these exchanges: {titles}. Remove the host placement there first.</source>
        <translation>{name} cannot be deleted while hosting guests of these exchanges: {titles}. Remove the host placement there first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be deleted while it is the funder of these programmes: {titles}.</source>
        <translation>{name} cannot be deleted while it is the funder of these programmes: {titles}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be deleted while it is the funder of these grant applications: {titles}.</source>
        <translation>{name} cannot be deleted while it is the funder of these grant applications: {titles}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} cannot be deleted because other records still refer to this contact. Nothing was deleted.</source>
        <translation>{name} cannot be deleted because other records still refer to this contact. Nothing was deleted.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_editing_passports.py" line="+22"/>
        <source>Passports can only be kept for a person that exists.</source>
        <translation>Passports can only be kept for a person that exists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passport data was changed elsewhere meanwhile. Nothing was saved; show it again to see the current data.</source>
        <translation>The passport data was changed elsewhere meanwhile. Nothing was saved; show it again to see the current data.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_editing_rows.py" line="+47"/>
        <source>A consent that was saved cannot be deleted; enter the day it was withdrawn instead.</source>
        <translation>A consent that was saved cannot be deleted; enter the day it was withdrawn instead.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} no longer exists or is not of the right kind to be linked here.</source>
        <translation>{name} no longer exists or is not of the right kind to be linked here.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_editing_rules.py" line="+45"/>
        <source>Please enter a family name or a given name (or the family name in native script).</source>
        <translation>Please enter a family name or a given name (or the family name in native script).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter the organisation&apos;s name.</source>
        <translation>Please enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not an e-mail address (name@example.org).</source>
        <translation>{value} is not an e-mail address (name@example.org).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a web address (www.example.org).</source>
        <translation>This is not a web address (www.example.org).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date lies in the future.</source>
        <translation>The birth date lies in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date lies more than 120 years back. Please check it.</source>
        <translation>The birth date lies more than 120 years back. Please check it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a two-letter country code such as DE or RU.</source>
        <translation>Use a two-letter country code such as DE or RU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too long: at most {limit} characters.</source>
        <translation>This is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown value {value}.</source>
        <translation>Unknown value {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every membership needs a member number.</source>
        <translation>Every membership needs a member number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every membership needs the date it began.</source>
        <translation>Every membership needs the date it began.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A membership cannot end before it began.</source>
        <translation>A membership cannot end before it began.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The member number {number} is used twice.</source>
        <translation>The member number {number} is used twice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the contact to link.</source>
        <translation>Choose the contact to link.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact cannot be linked with itself.</source>
        <translation>A contact cannot be linked with itself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is linked twice with the same function.</source>
        <translation>{name} is linked twice with the same function.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A host offers between 0 and 50 beds.</source>
        <translation>A host offers between 0 and 50 beds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every consent needs the date it was given.</source>
        <translation>Every consent needs the date it was given.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consent given by a guardian needs the guardian&apos;s name.</source>
        <translation>A consent given by a guardian needs the guardian&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>A consent cannot be withdrawn before it was given.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every letter or e-mail needs its date.</source>
        <translation>Every letter or e-mail needs its date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every letter or e-mail needs a subject.</source>
        <translation>Every letter or e-mail needs a subject.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every passport needs its number.</source>
        <translation>Every passport needs its number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A passport must expire after the day it was issued.</source>
        <translation>A passport must expire after the day it was issued.</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/contact_field.py" line="+78"/>
        <source>Choose a person or an organisation</source>
        <translation>Choose a person or an organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the contacts (persons and organisations)</source>
        <translation>Search the contacts (persons and organisations)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <location filename="../partnerdesk/ui/widgets/contact_filters.py" line="+16"/>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former members</source>
        <translation>Former members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not members</source>
        <translation>Not members</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No consent: data processing</source>
        <translation>No consent: data processing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent: photos and publication</source>
        <translation>No consent: photos and publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent: newsletter</source>
        <translation>No consent: newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent: health data</source>
        <translation>No consent: health data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent: travel of a minor</source>
        <translation>No consent: travel of a minor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent: medical treatment</source>
        <translation>No consent: medical treatment</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All sides</source>
        <translation>All sides</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All partner towns</source>
        <translation>All partner towns</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any membership</source>
        <translation>Any membership</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any consents</source>
        <translation>Any consents</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show only contacts with this role or tag</source>
        <translation>Show only contacts with this role or tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only contacts of this side of the partnership</source>
        <translation>Show only contacts of this side of the partnership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only contacts of this partner town</source>
        <translation>Show only contacts of this partner town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only contacts with this membership status today</source>
        <translation>Show only contacts with this membership status today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only contacts without a valid consent for this purpose today</source>
        <translation>Show only contacts without a valid consent for this purpose today</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all contacts again (the search stays)</source>
        <translation>Show all contacts again (the search stays)</translation>
    </message>
</context>
<context>
    <name>ContactFormDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/dialog.py" line="+175"/>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Save the contact (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contact has unsaved changes. Discard them?</source>
        <translation>This contact has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address &amp;&amp; contact</source>
        <translation>&amp;Address &amp;&amp; contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Roles &amp;&amp; membership</source>
        <translation>&amp;Roles &amp;&amp; membership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lations</source>
        <translation>Re&amp;lations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peop&amp;le</source>
        <translation>Peop&amp;le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host profile</source>
        <translation>&amp;Host profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co&amp;nsents</source>
        <translation>Co&amp;nsents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corre&amp;spondence</source>
        <translation>Corre&amp;spondence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;port</source>
        <translation>Pass&amp;port</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} – contact</source>
        <translation>{name} – contact</translation>
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
        <translation>Choose an organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a part of the organisation&apos;s name.</source>
        <translation>Type a part of the organisation&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a person</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a part of the name, in any script or spelling.</source>
        <translation>Type a part of the name, in any script or spelling.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+3"/>
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
        <location filename="../partnerdesk/ui/models/contacts_model.py" line="+95"/>
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
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <location filename="../partnerdesk/ui/pages/contacts_page.py" line="+161"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database is open. Open or create one in the File menu.</source>
        <translation>No database is open. Open or create one in the File menu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts yet — add one with “New person” or “New organisation”, or import a list with “Import…” (CSV, Excel or vCard).</source>
        <translation>No contacts yet — add one with “New person” or “New organisation”, or import a list with “Import…” (CSV, Excel or vCard).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact matches “{text}”.</source>
        <translation>No contact matches “{text}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact matches these filters. “Clear filters” shows all contacts again.</source>
        <translation>No contact matches these filters. “Clear filters” shows all contacts again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact matches “{text}” with these filters.</source>
        <translation>No contact matches “{text}” with these filters.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search names, towns, e-mail…</source>
        <translation>Search names, towns, e-mail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searches names in Latin and Cyrillic script, towns, e-mail addresses and phone numbers while you type (Ctrl+F).</source>
        <translation>Searches names in Latin and Cyrillic script, towns, e-mail addresses and phone numbers while you type (Ctrl+F).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a new person</source>
        <translation>Enter a new person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a new organisation, school or club</source>
        <translation>Enter a new organisation, school or club</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected contact (Enter or double-click)</source>
        <translation>Open the selected contact (Enter or double-click)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contacts from a CSV, Excel or vCard file</source>
        <translation>Import contacts from a CSV, Excel or vCard file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the contacts shown (or the selected ones) as CSV, Excel or vCard</source>
        <translation>Export the contacts shown (or the selected ones) as CSV, Excel or vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find duplicates…</source>
        <translation>Find duplicates…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find contacts entered twice and merge them</source>
        <translation>Find contacts entered twice and merge them</translation>
    </message>
</context>
<context>
    <name>CorrespondenceEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/correspondence_tab.py" line="+53"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the attached file</source>
        <translation>Choose the attached file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rection:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Su&amp;mmary:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttachment:</source>
        <translation>A&amp;ttachment:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the letter or e-mail is filed; only the path is kept, not the file.</source>
        <translation>Where the letter or e-mail is filed; only the path is kept, not the file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add letter or e-mail</source>
        <translation>&amp;Add letter or e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>CorrespondenceTab</name>
    <message>
        <location line="+39"/>
        <source>Letters and e-mails</source>
        <translation>Letters and e-mails</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+56"/>
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
    <name>DateField</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/fields.py" line="+121"/>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date as DD.MM.YYYY or pick it from the calendar.</source>
        <translation>Type the date as DD.MM.YYYY or pick it from the calendar.</translation>
    </message>
</context>
<context>
    <name>DayRateDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/day_rate_dialog.py" line="+70"/>
        <source>Type the daily rate, e.g. 30,00</source>
        <translation>Type the daily rate, e.g. 30,00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{participants} × {days} × {rate} = {amount}</source>
        <translation>{participants} × {days} × {rate} = {amount}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the daily rate as an amount, e.g. 30,00.</source>
        <translation>Type the daily rate as an amount, e.g. 30,00.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day-rate calculator</source>
        <translation>Day-rate calculator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme &amp;days</source>
        <translation>Programme &amp;days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;rate per participant ({currency})</source>
        <translation>Daily &amp;rate per participant ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Budget &amp;line</source>
        <translation>Budget &amp;line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants of the linked exchanges who have not cancelled</source>
        <translation>Participants of the linked exchanges who have not cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days of the programme; the day of arrival and of departure count as one</source>
        <translation>Days of the programme; the day of arrival and of departure count as one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the funder profile; check it against the funder&apos;s current guidelines</source>
        <translation>From the funder profile; check it against the funder&apos;s current guidelines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The figures come from the linked exchanges and the funder profile. Change them where the funder counts differently.</source>
        <translation>The figures come from the linked exchanges and the funder profile. Change them where the funder counts differently.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This grant</source>
        <translation>This grant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new income line “This grant”</source>
        <translation>A new income line “This grant”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount becomes this line&apos;s planned amount</source>
        <translation>The amount becomes this line&apos;s planned amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill budget line</source>
        <translation>&amp;Fill budget line</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message numerus="yes">
        <location filename="../partnerdesk/ui/pages/overview_sections.py" line="+98"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>No grant deadlines in the next %n day(s), and none overdue.</source>
        <translation>
            <numerusform>No grant deadlines in the next %n day, and none overdue.</numerusform>
            <numerusform>No grant deadlines in the next %n days, and none overdue.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant application</source>
        <translation>Grant application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a deadline (or press Enter) to open its grant application on the Milestones tab.</source>
        <translation>Double-click a deadline (or press Enter) to open its grant application on the Milestones tab.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/documents_tab.py" line="+139"/>
        <source>Not needed</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Does not travel abroad for this exchange</source>
        <translation>Does not travel abroad for this exchange</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No participants yet. Add them on the Participants tab; their passports and visas are checked here.</source>
        <translation>No participants yet. Add them on the Participants tab; their passports and visas are checked here.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Nobody travels abroad for this exchange, so no travel documents are needed. Tick “Show everyone” to see the %n participant(s) anyway.</source>
        <translation>
            <numerusform>Nobody travels abroad for this exchange, so no travel documents are needed. Tick “Show everyone” to see the %n participant anyway.</numerusform>
            <numerusform>Nobody travels abroad for this exchange, so no travel documents are needed. Tick “Show everyone” to see the %n participants anyway.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Passports must be valid until the return plus the margin the partner town requires (6 months unless set otherwise). Only the expiry date is shown.</source>
        <translation>Passports must be valid until the return plus the margin the partner town requires (6 months unless set otherwise). Only the expiry date is shown.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;visa…</source>
        <translation>Change &amp;visa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;everyone</source>
        <translation>Show &amp;everyone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list the participants who do not travel abroad: for an outgoing trip the home side travels, for an incoming one the partner side, for a third place both</source>
        <translation>Also list the participants who do not travel abroad: for an outgoing trip the home side travels, for an incoming one the partner side, for a third place both</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name as in passport</source>
        <translation>Name as in passport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Travels</source>
        <translation>Travels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport valid until</source>
        <translation>Passport valid until</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Problems</translation>
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
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/duplicates_dialog.py" line="+98"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Looking for contacts entered twice…</source>
        <translation>Looking for contacts entered twice…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n pair(s) of contacts may be duplicates. Select one and choose “Review…” to compare and merge them.</source>
        <translation>
            <numerusform>%n pair of contacts may be duplicates. Select one and choose “Review…” to compare and merge them.</numerusform>
            <numerusform>%n pairs of contacts may be duplicates. Select one and choose “Review…” to compare and merge them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No possible duplicates found.</source>
        <translation>No possible duplicates found.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Find duplicates</source>
        <translation>Find duplicates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts that may be the same person or organisation entered twice — by name in any script or spelling, birth date, e-mail and phone — most likely first.</source>
        <translation>Contacts that may be the same person or organisation entered twice — by name in any script or spelling, birth date, e-mail and phone — most likely first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the two contacts and merge them</source>
        <translation>Compare the two contacts and merge them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search again</source>
        <translation>Search again</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/duplicates_panel.py" line="+61"/>
        <source>born {date}</source>
        <translation>born {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This contact may already be in the address book. Save it only if it is someone else:</source>
        <translation>This contact may already be in the address book. Save it only if it is someone else:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is a different person or organisation: save it as a new contact.</source>
        <translation>It is a different person or organisation: save it as a new contact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not save now; check the existing contact first.</source>
        <translation>Do not save now; check the existing contact first.</translation>
    </message>
</context>
<context>
    <name>EmergencyEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="-87"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another person among the contacts</source>
        <translation>Choose another person among the contacts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the contact chosen above</source>
        <translation>from the contact chosen above</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. health insurer and policy number</source>
        <translation>e.g. health insurer and policy number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insurance</source>
        <translation>&amp;Insurance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emergency contact and insurance – {name}</source>
        <translation>Emergency contact and insurance – {name}</translation>
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
        <location filename="../partnerdesk/storage/database.py" line="+66"/>
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
        <location filename="../partnerdesk/storage/engine.py" line="+88"/>
        <source>The database {path} lies on a network share, where it could be damaged. Keep it on this computer, or let several computers share a PostgreSQL server.</source>
        <translation>The database {path} lies on a network share, where it could be damaged. Keep it on this computer, or let several computers share a PostgreSQL server.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contacts.py" line="+30"/>
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
        <location filename="../partnerdesk/vocabulary.py" line="-123"/>
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
    <name>ExchangeWorkspaceDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/dialog.py" line="+141"/>
        <source>New exchange</source>
        <translation>New exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange – {title}</source>
        <translation>Exchange – {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Chec&amp;ks (%n)</source>
        <translation>
            <numerusform>Chec&amp;ks (%n)</numerusform>
            <numerusform>Chec&amp;ks (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chec&amp;ks</source>
        <translation>Chec&amp;ks</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange has changes that are not saved yet. Discard them?</source>
        <translation>The exchange has changes that are not saved yet. Discard them?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Youth</source>
        <translation>&amp;Youth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Travel &amp;documents</source>
        <translation>Travel &amp;documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;gramme</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Host families</source>
        <translation>&amp;Host families</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is off in this exchange, most urgent first. Double-click a finding to go where it is fixed; the list updates after every change.</source>
        <translation>What is off in this exchange, most urgent first. Double-click a finding to go where it is fixed; the list updates after every change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the exchange&apos;s fields (Ctrl+S)</source>
        <translation>Save the exchange&apos;s fields (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>Exchanges</name>
    <message>
        <location filename="../partnerdesk/services/exchange_editing.py" line="+33"/>
        <source>This exchange no longer exists.</source>
        <translation>This exchange no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This exchange was changed elsewhere meanwhile. Nothing was saved; open it again to see the current data.</source>
        <translation>This exchange was changed elsewhere meanwhile. Nothing was saved; open it again to see the current data.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exchange needs a title.</source>
        <translation>The exchange needs a title.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange needs a start and an end date.</source>
        <translation>The exchange needs a start and an end date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange cannot end before it starts.</source>
        <translation>The exchange cannot end before it starts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The capacity cannot be negative.</source>
        <translation>The capacity cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The participant fee must be an amount of 0 or more.</source>
        <translation>The participant fee must be an amount of 0 or more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>The currency must be a three-letter code such as EUR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../partnerdesk/services/participants.py" line="+59"/>
        <source>Unknown value {value} for {field}.</source>
        <translation>Unknown value {value} for {field}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A chosen partner town no longer exists.</source>
        <translation>A chosen partner town no longer exists.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/hosting.py" line="+60"/>
        <source>{host} has {guests} guests on {day} but only {beds} beds.</source>
        <translation>{host} has {guests} guests on {day} but only {beds} beds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} keeps pets ({pets}) and {guest} has an allergy to animals.</source>
        <translation>{host} keeps pets ({pets}) and {guest} has an allergy to animals.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} ({host_languages}) and {guest} ({guest_languages}) share no language.</source>
        <translation>{host} ({host_languages}) and {guest} ({guest_languages}) share no language.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} hosts {guest} but travels with {exchange} at the same time.</source>
        <translation>{host} hosts {guest} but travels with {exchange} at the same time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This participant is no longer listed.</source>
        <translation>This participant is no longer listed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This host no longer exists.</source>
        <translation>This host no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This host placement no longer exists.</source>
        <translation>This host placement no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This host placement was changed elsewhere meanwhile. Nothing was changed.</source>
        <translation>This host placement was changed elsewhere meanwhile. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cancelled participant cannot be placed.</source>
        <translation>A cancelled participant cannot be placed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A guest cannot be their own host.</source>
        <translation>A guest cannot be their own host.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stay must lie within the exchange ({start} – {end}) and end after it starts.</source>
        <translation>The stay must lie within the exchange ({start} – {end}) and end after it starts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{guest} already stays with {host} during these days.</source>
        <translation>{guest} already stays with {host} during these days.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/participants.py" line="-6"/>
        <source>This contact no longer exists.</source>
        <translation>This contact no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already takes part in this exchange.</source>
        <translation>{name} already takes part in this exchange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This participant was changed elsewhere meanwhile. Nothing was saved; open the list again to see the current data.</source>
        <translation>This participant was changed elsewhere meanwhile. Nothing was saved; open the list again to see the current data.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arrival and departure must lie within the exchange ({start} – {end}).</source>
        <translation>Arrival and departure must lie within the exchange ({start} – {end}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The departure cannot be before the arrival.</source>
        <translation>The departure cannot be before the arrival.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees must be amounts of 0 or more.</source>
        <translation>Fees must be amounts of 0 or more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new person needs a name.</source>
        <translation>The new person needs a name.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/programme.py" line="+23"/>
        <source>This programme item no longer exists.</source>
        <translation>This programme item no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This programme item was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>This programme item was changed elsewhere meanwhile. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme item needs a title.</source>
        <translation>The programme item needs a title.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The programme item needs a day.</source>
        <translation>The programme item needs a day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day must lie within the exchange ({start} – {end}).</source>
        <translation>The day must lie within the exchange ({start} – {end}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item cannot end before it starts.</source>
        <translation>The item cannot end before it starts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An end time needs a start time.</source>
        <translation>An end time needs a start time.</translation>
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
        <location filename="../partnerdesk/ui/pages/exchanges_page.py" line="+36"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No participants yet</source>
        <translation>No participants yet</translation>
    </message>
    <message>
        <location filename="../partnerdesk/ui/pages/exchanges_page.py" line="-2"/>
        <source>Home side</source>
        <translation>Home side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner side</source>
        <translation>Partner side</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <location line="+153"/>
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
        <location line="-106"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cancel exchange</source>
        <translation>Cancel exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel “{title}”? Its participants and programme stay; the exchange is marked as cancelled and leaves the open checks.</source>
        <translation>Cancel “{title}”? Its participants and programme stay; the exchange is marked as cancelled and leaves the open checks.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New exchange</source>
        <translation>New exchange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan a new exchange</source>
        <translation>Plan a new exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected exchange&apos;s workspace (Enter or double-click)</source>
        <translation>Open the selected exchange&apos;s workspace (Enter or double-click)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel exchange…</source>
        <translation>Cancel exchange…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected exchange as cancelled</source>
        <translation>Mark the selected exchange as cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same trip next year</source>
        <translation>Same trip next year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected exchange with its programme one year later</source>
        <translation>Copy the selected exchange with its programme one year later</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Partner town:</source>
        <translation>&amp;Partner town:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No exchange matches these filters. Choose “All” to see more.</source>
        <translation>No exchange matches these filters. Choose “All” to see more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exchanges yet. Plan the first one with “New exchange” (Ctrl+N).</source>
        <translation>No exchanges yet. Plan the first one with “New exchange” (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../partnerdesk/services/exports/__init__.py" line="+68"/>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/export_dialog.py" line="+150"/>
        <location line="+22"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
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
        <translation>Export contacts</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n contact(s) exported to:</source>
        <translation>
            <numerusform>%n contact exported to:</numerusform>
            <numerusform>%n contacts exported to:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts:</source>
        <translation>Contacts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV for Excel (semicolons, UTF-8)</source>
        <translation>CSV for Excel (semicolons, UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 3.0 (address books, phones)</source>
        <translation>vCard 3.0 (address books, phones)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n contact(s) the list shows (search and filters)</source>
        <translation>
            <numerusform>All %n contact the list shows (search and filters)</numerusform>
            <numerusform>All %n contacts the list shows (search and filters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Only the %n selected contact(s)</source>
        <translation>
            <numerusform>Only the %n selected contact</numerusform>
            <numerusform>Only the %n selected contacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the selected contacts (select them in the list first)</source>
        <translation>Only the selected contacts (select them in the list first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to save the file</source>
        <translation>Where to save the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../partnerdesk/ui/file_actions.py" line="+100"/>
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
    <name>FilePage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/file_pages.py" line="+83"/>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact files (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)</source>
        <translation>Contact files (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file with contacts: a CSV file (saved from Excel, Outlook, Google Contacts or Thunderbird), an Excel workbook (XLSX) or a vCard file (VCF). Nothing is imported before the last step.</source>
        <translation>Choose a file with contacts: a CSV file (saved from Excel, Outlook, Google Contacts or Thunderbird), an Excel workbook (XLSX) or a vCard file (VCF). Nothing is imported before the last step.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path of the file</source>
        <translation>Path of the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../partnerdesk/cli/findings_cmd.py" line="+23"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(no findings)</source>
        <translation>(no findings)</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/checks/__init__.py" line="+61"/>
        <source>There is no exchange with the ID {id}.</source>
        <translation>There is no exchange with the ID {id}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/checks/base.py" line="+15"/>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/checks/group.py" line="+68"/>
        <source>The exchange has {days} programme days; “{programme}” requires at least {min_days}.</source>
        <translation>The exchange has {days} programme days; “{programme}” requires at least {min_days}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} participants on the {side} side; “{programme}” allows at most {max}.</source>
        <translation>{count} participants on the {side} side; “{programme}” allows at most {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} leaders on the {side} side; “{programme}” allows at most {max}.</source>
        <translation>{count} leaders on the {side} side; “{programme}” allows at most {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} participants on the {side} side need at least {needed} leaders under “{programme}” (one per {ratio}); there are {leaders}.</source>
        <translation>{count} participants on the {side} side need at least {needed} leaders under “{programme}” (one per {ratio}); there are {leaders}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} is {age} at the start, younger than the minimum age {min_age} of “{programme}”.</source>
        <translation>{name} is {age} at the start, younger than the minimum age {min_age} of “{programme}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is {age} at the start, older than the maximum age {max_age} of “{programme}”.</source>
        <translation>{name} is {age} at the start, older than the maximum age {max_age} of “{programme}”.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{minors} minors on the {side} side need at least {needed} leaders (one per {ratio}); there are {leaders}.</source>
        <translation>{minors} minors on the {side} side need at least {needed} leaders (one per {ratio}); there are {leaders}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The birth date of {name} is missing; the age at the start cannot be checked.</source>
        <translation>The birth date of {name} is missing; the age at the start cannot be checked.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{first}” ({first_start}–{first_end}) and “{second}” ({second_start}–{second_end}) overlap on {day}.</source>
        <translation>“{first}” ({first_start}–{first_end}) and “{second}” ({second_start}–{second_end}) overlap on {day}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/checks/people.py" line="+49"/>
        <source>{name} is a minor and has no valid guardian&apos;s consent to travel for this exchange.</source>
        <translation>{name} is a minor and has no valid guardian&apos;s consent to travel for this exchange.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is a minor and has no guardian recorded.</source>
        <translation>{name} is a minor and has no guardian recorded.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is a minor and has no emergency contact for this exchange.</source>
        <translation>{name} is a minor and has no emergency contact for this exchange.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} has not paid the fee of {due} yet.</source>
        <translation>{name} has not paid the fee of {due} yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has paid {paid} of {due}; {open} are still open.</source>
        <translation>{name} has paid {paid} of {due}; {open} are still open.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The visa for {name} was refused.</source>
        <translation>The visa for {name} was refused.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} needs a visa, which has not been applied for yet (needed by {needed_by}).</source>
        <translation>{name} needs a visa, which has not been applied for yet (needed by {needed_by}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The visa for {name}, applied for on {applied_on}, has not been issued yet (needed by {needed_by}).</source>
        <translation>The visa for {name}, applied for on {applied_on}, has not been issued yet (needed by {needed_by}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The name as in the passport is missing for {name}.</source>
        <translation>The name as in the passport is missing for {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} travels abroad, but no passport with an expiry date is recorded.</source>
        <translation>{name} travels abroad, but no passport with an expiry date is recorded.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passport of {name} expired on {expires_on}; it must be valid until {needed} (return on {return_on} plus {months} months).</source>
        <translation>The passport of {name} expired on {expires_on}; it must be valid until {needed} (return on {return_on} plus {months} months).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passport of {name} expires on {expires_on}; it must be valid until {needed} (return on {return_on} plus {months} months).</source>
        <translation>The passport of {name} expires on {expires_on}; it must be valid until {needed} (return on {return_on} plus {months} months).</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/findings_view.py" line="+81"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{date} (overdue)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{date} (in %n day(s))</source>
        <translation>
            <numerusform>{date} (in %n day)</numerusform>
            <numerusform>{date} (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is off</source>
        <translation>What is off</translation>
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
    <name>FunderProfileEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/funder_profiles_form.py" line="+152"/>
        <source>– choose a funder –</source>
        <translation>– choose a funder –</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Type the daily rate as 30,00 (or leave it empty).</source>
        <translation>Type the daily rate as 30,00 (or leave it empty).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Example values — verify against the funder&apos;s current guidelines before applying.</source>
        <translation>Example values — verify against the funder&apos;s current guidelines before applying.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funder and programme</source>
        <translation>Funder and programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents and notes</source>
        <translation>Documents and notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Funder</source>
        <translation>&amp;Funder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum &amp;age (years)</source>
        <translation>Minimum &amp;age (years)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ma&amp;ximum age</source>
        <translation>Ma&amp;ximum age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum programme &amp;days</source>
        <translation>Minimum programme &amp;days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants per &amp;side (max.)</source>
        <translation>Participants per &amp;side (max.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leaders per side (max.)</source>
        <translation>&amp;Leaders per side (max.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants per l&amp;eader</source>
        <translation>Participants per l&amp;eader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;rate per participant</source>
        <translation>Daily &amp;rate per participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>C&amp;urrency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;weeks before the start</source>
        <translation>Apply &amp;weeks before the start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of use &amp;months after the end</source>
        <translation>Proof of use &amp;months after the end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep receipts (years)</source>
        <translation>&amp;Keep receipts (years)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required d&amp;ocuments</source>
        <translation>Required d&amp;ocuments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example values, not yet checked</source>
        <translation>Example values, not yet checked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick once the values have been checked against the funder&apos;s current guidelines</source>
        <translation>Untick once the values have been checked against the funder&apos;s current guidelines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“–”: the funder sets no such rule</source>
        <translation>“–”: the funder sets no such rule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival and departure day count as one day (“–”: no minimum)</source>
        <translation>Arrival and departure day count as one day (“–”: no minimum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the funder pays per participant and programme day (empty: no day rate)</source>
        <translation>What the funder pays per participant and programme day (empty: no day rate)</translation>
    </message>
</context>
<context>
    <name>FunderProfilesDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/funder_profiles.py" line="+126"/>
        <location line="+148"/>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message numerus="yes">
        <location line="-139"/>
        <source>Used by %n application(s)</source>
        <translation>
            <numerusform>Used by %n application</numerusform>
            <numerusform>Used by %n applications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Delete funder profile</source>
        <translation>Delete funder profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the funder profile “{programme}”?</source>
        <translation>Delete the funder profile “{programme}”?</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n example profile(s) added. Check their values against the funders&apos; current guidelines before applying.</source>
        <translation>
            <numerusform>%n example profile added. Check their values against the funders&apos; current guidelines before applying.</numerusform>
            <numerusform>%n example profiles added. Check their values against the funders&apos; current guidelines before applying.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The example profiles are already there.</source>
        <translation>The example profiles are already there.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The funder profile has changes that are not saved yet. Discard them?</source>
        <translation>The funder profile has changes that are not saved yet. Discard them?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Funder profiles</source>
        <translation>Funder profiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible while applications use the profile</source>
        <translation>Not possible while applications use the profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;example profiles</source>
        <translation>Add &amp;example profiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add example profiles of common funders (and the funders as organisations); profiles already there stay as they are</source>
        <translation>Add example profiles of common funders (and the funders as organisations); profiles already there stay as they are</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the funder profile (Ctrl+S)</source>
        <translation>Save the funder profile (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No funder profiles yet. Add the example profiles and adapt them, or enter one with “New” — the funder must be an organisation in the contacts.</source>
        <translation>No funder profiles yet. Add the example profiles and adapt them, or enter one with “New” — the funder must be an organisation in the contacts.</translation>
    </message>
</context>
<context>
    <name>GrantResultBox</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/budget_views.py" line="+237"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant approved</source>
        <translation>Grant approved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual costs</source>
        <translation>Actual costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actual income</source>
        <translation>Other actual income</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grant the costs entitle to</source>
        <translation>Grant the costs entitle to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant received</source>
        <translation>Grant received</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not decided yet (the requested amount counts)</source>
        <translation>not decided yet (the requested amount counts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The approved grant, at most what the actual costs leave uncovered by the other actual income</source>
        <translation>The approved grant, at most what the actual costs leave uncovered by the other actual income</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surplus to repay: {amount}</source>
        <translation>Surplus to repay: {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still outstanding (to request): {amount}</source>
        <translation>Still outstanding (to request): {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received and entitled match: nothing to repay, nothing outstanding</source>
        <translation>Received and entitled match: nothing to repay, nothing outstanding</translation>
    </message>
</context>
<context>
    <name>GrantStatus</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+3"/>
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
    <name>GrantWorkspaceDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/dialog.py" line="+124"/>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant application – {title}</source>
        <translation>Grant application – {title}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the date of the step.</source>
        <translation>Enter the date of the step.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grant application has changes that are not saved yet. Discard them?</source>
        <translation>The grant application has changes that are not saved yet. Discard them?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Milestones</source>
        <translation>&amp;Milestones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost and &amp;financing plan</source>
        <translation>Cost and &amp;financing plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Receipts</source>
        <translation>&amp;Receipts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yments</source>
        <translation>Pa&amp;yments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the application&apos;s fields (Ctrl+S)</source>
        <translation>Save the application&apos;s fields (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>Grants</name>
    <message>
        <location filename="../partnerdesk/services/budget.py" line="+57"/>
        <source>This budget line no longer exists.</source>
        <translation>This budget line no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This budget line was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>This budget line was changed elsewhere meanwhile. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown side {side} of the plan.</source>
        <translation>Unknown side {side} of the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category {category} does not belong on this side of the plan.</source>
        <translation>The category {category} does not belong on this side of the plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The planned amount must be 0 or more, with at most two decimal places.</source>
        <translation>The planned amount must be 0 or more, with at most two decimal places.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The approved amount must be empty or 0 or more, with at most two decimal places.</source>
        <translation>The approved amount must be empty or 0 or more, with at most two decimal places.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is too long (at most 300 characters).</source>
        <translation>The description is too long (at most 300 characters).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This budget line cannot be deleted while receipts are booked to it ({count}). Book them to another line or delete them first.</source>
        <translation>This budget line cannot be deleted while receipts are booked to it ({count}). Book them to another line or delete them first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This budget line cannot be deleted: receipts are booked to it. Nothing was deleted.</source>
        <translation>This budget line cannot be deleted: receipts are booked to it. Nothing was deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipts are booked to this line ({count}); it cannot become the line of this grant, whose money is recorded as payments received.</source>
        <translation>Receipts are booked to this line ({count}); it cannot become the line of this grant, whose money is recorded as payments received.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount {amount} is too large.</source>
        <translation>The amount {amount} is too large.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/day_rate.py" line="+37"/>
        <source>The application has no funder profile, so there is no daily rate to use.</source>
        <translation>The application has no funder profile, so there is no daily rate to use.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The funder profile “{programme}” has no daily rate. Enter it in the profile or type the rate into the calculator.</source>
        <translation>The funder profile “{programme}” has no daily rate. Enter it in the profile or type the rate into the calculator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daily rate is in {rate_currency}, the application in {currency}.</source>
        <translation>The daily rate is in {rate_currency}, the application in {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants and programme days must be whole numbers of 0 or more, the rate an amount of 0 or more with at most two decimal places.</source>
        <translation>Participants and programme days must be whole numbers of 0 or more, the rate an amount of 0 or more with at most two decimal places.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/funders.py" line="+27"/>
        <source>This funder profile no longer exists.</source>
        <translation>This funder profile no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This funder profile was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>This funder profile was changed elsewhere meanwhile. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The funder profile needs the programme&apos;s name.</source>
        <translation>The funder profile needs the programme&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This funder already has a profile for the programme “{programme}”.</source>
        <translation>This funder already has a profile for the programme “{programme}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minimum age cannot be above the maximum age.</source>
        <translation>The minimum age cannot be above the maximum age.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ages, days, group sizes and periods cannot be negative.</source>
        <translation>Ages, days, group sizes and periods cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The daily rate must be an amount of 0 or more, to the cent.</source>
        <translation>The daily rate must be an amount of 0 or more, to the cent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This funder profile cannot be deleted: applications use it ({count}). Choose another profile for them first.</source>
        <translation>This funder profile cannot be deleted: applications use it ({count}). Choose another profile for them first.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/grant_editing.py" line="+39"/>
        <source>This grant application no longer exists.</source>
        <translation>This grant application no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This grant application was changed elsewhere meanwhile. Nothing was saved; open it again to see the current data.</source>
        <translation>This grant application was changed elsewhere meanwhile. Nothing was saved; open it again to see the current data.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application needs a title.</source>
        <translation>The application needs a title.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the funder the application goes to.</source>
        <translation>Choose the funder the application goes to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen funder no longer exists.</source>
        <translation>The chosen funder no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A funder must be an organisation, not a person.</source>
        <translation>A funder must be an organisation, not a person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen funder profile no longer exists.</source>
        <translation>The chosen funder profile no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen funder profile belongs to another funder.</source>
        <translation>The chosen funder profile belongs to another funder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A linked exchange no longer exists.</source>
        <translation>A linked exchange no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts must be 0 or more, to the cent (at most two decimal places).</source>
        <translation>Amounts must be 0 or more, to the cent (at most two decimal places).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>The currency must be a three-letter code such as EUR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant money was received for this application, so it cannot be deleted. Withdraw or close it instead.</source>
        <translation>Grant money was received for this application, so it cannot be deleted. Withdraw or close it instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This application has receipts ({count}), so it cannot be deleted. Withdraw or close it instead.</source>
        <translation>This application has receipts ({count}), so it cannot be deleted. Withdraw or close it instead.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/grant_workflow.py" line="+50"/>
        <source>An application that is “{current}” cannot become “{target}”. Possible next: {allowed}.</source>
        <translation>An application that is “{current}” cannot become “{target}”. Possible next: {allowed}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An application that is “{current}” is final: its status cannot change any more.</source>
        <translation>An application that is “{current}” is final: its status cannot change any more.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown application status {value}.</source>
        <translation>Unknown application status {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status change needs a date.</source>
        <translation>The status change needs a date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A status change cannot be dated in the future.</source>
        <translation>A status change cannot be dated in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A status change cannot be dated before the last one ({last}).</source>
        <translation>A status change cannot be dated before the last one ({last}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partial approval needs the approved amount.</source>
        <translation>A partial approval needs the approved amount.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount of a partial approval must be below the requested amount.</source>
        <translation>The amount of a partial approval must be below the requested amount.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/milestones.py" line="+32"/>
        <source>This milestone no longer exists.</source>
        <translation>This milestone no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This milestone was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>This milestone was changed elsewhere meanwhile. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The milestone needs a due date.</source>
        <translation>The milestone needs a due date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A milestone cannot be done on a future day.</source>
        <translation>A milestone cannot be done on a future day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind of milestone {value}.</source>
        <translation>Unknown kind of milestone {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application has no funder profile, so there is nothing to take the deadlines from. Choose a profile first.</source>
        <translation>The application has no funder profile, so there is nothing to take the deadlines from. Choose a profile first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application is not linked to an exchange, so there are no dates to count the deadlines from. Link an exchange first.</source>
        <translation>The application is not linked to an exchange, so there are no dates to count the deadlines from. Link an exchange first.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/receipts.py" line="+41"/>
        <source>This receipt no longer exists.</source>
        <translation>This receipt no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This receipt was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>This receipt was changed elsewhere meanwhile. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another receipt or its budget line was changed at the same time. Nothing was saved; please save again.</source>
        <translation>Another receipt or its budget line was changed at the same time. Nothing was saved; please save again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt needs a date.</source>
        <translation>The receipt needs a date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the budget line the receipt is booked to.</source>
        <translation>Choose the budget line the receipt is booked to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts cannot be booked to the line of this grant: record the grant money received as a payment.</source>
        <translation>Receipts cannot be booked to the line of this grant: record the grant money received as a payment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount must not be 0 and may have at most two decimal places (a refund is negative).</source>
        <translation>The amount must not be 0 and may have at most two decimal places (a refund is negative).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount in {currency} must not be 0 and may have at most two decimal places.</source>
        <translation>The amount in {currency} must not be 0 and may have at most two decimal places.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A receipt in another currency needs the amount in that currency, the exchange rate and the date of the rate.</source>
        <translation>A receipt in another currency needs the amount in that currency, the exchange rate and the date of the rate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The currency must be a three-letter code such as RUB.</source>
        <translation>The currency must be a three-letter code such as RUB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{currency} is the application&apos;s own currency: enter the amount directly.</source>
        <translation>{currency} is the application&apos;s own currency: enter the amount directly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange rate must be more than 0 with at most six decimal places: units of {original_currency} for 1 {currency}.</source>
        <translation>The exchange rate must be more than 0 with at most six decimal places: units of {original_currency} for 1 {currency}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{original} {original_currency} is less than one cent in {currency}.</source>
        <translation>{original} {original_currency} is less than one cent in {currency}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payee or payer is too long (at most 200 characters).</source>
        <translation>The payee or payer is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The purpose is too long (at most 300 characters).</source>
        <translation>The purpose is too long (at most 300 characters).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This payment no longer exists.</source>
        <translation>This payment no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This payment was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>This payment was changed elsewhere meanwhile. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment needs the date it was received.</source>
        <translation>The payment needs the date it was received.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payment must be an amount of more than 0 with at most two decimal places.</source>
        <translation>The payment must be an amount of more than 0 with at most two decimal places.</translation>
    </message>
</context>
<context>
    <name>GrantsModel</name>
    <message>
        <location filename="../partnerdesk/ui/models/grants_model.py" line="+29"/>
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
        <source>Exchanges</source>
        <translation>Exchanges</translation>
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
    <message>
        <location line="+47"/>
        <source>File reference: {reference}</source>
        <translation>File reference: {reference}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/grants_page.py" line="+149"/>
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
        <location line="-96"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete grant application</source>
        <translation>Delete grant application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}” with its milestones, cost and financing plan and status history? This cannot be undone.</source>
        <translation>Delete “{title}” with its milestones, cost and financing plan and status history? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a new grant application</source>
        <translation>Enter a new grant application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected application&apos;s workspace (Enter or double-click)</source>
        <translation>Open the selected application&apos;s workspace (Enter or double-click)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected application (not possible once money was received or receipts are booked)</source>
        <translation>Delete the selected application (not possible once money was received or receipts are booked)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funder profiles…</source>
        <translation>Funder profiles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The funders&apos; programmes and rules: ages, group sizes, daily rates, deadlines</source>
        <translation>The funders&apos; programmes and rules: ages, group sizes, daily rates, deadlines</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funder:</source>
        <translation>&amp;Funder:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No grant application matches these filters. Choose “All” to see more.</source>
        <translation>No grant application matches these filters. Choose “All” to see more.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No grant applications yet. Enter the first one with “New application” (Ctrl+N), or from an exchange&apos;s workspace. Under “Funder profiles…” you can add example profiles of common funders and adapt them.</source>
        <translation>No grant applications yet. Enter the first one with “New application” (Ctrl+N), or from an exchange&apos;s workspace. Under “Funder profiles…” you can add example profiles of common funders and adapt them.</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>HealthEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_editors.py" line="-52"/>
        <source>&amp;Allergies</source>
        <translation>&amp;Allergies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medication</source>
        <translation>&amp;Medication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diet</source>
        <translation>&amp;Diet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health data – {name}</source>
        <translation>Health data – {name}</translation>
    </message>
</context>
<context>
    <name>HostTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/host_tab.py" line="+79"/>
        <source>&amp;Hosts guests (host family)</source>
        <translation>&amp;Hosts guests (host family)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick to keep what this household offers to guests of an exchange.</source>
        <translation>Tick to keep what this household offers to guests of an exchange.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the household offers</source>
        <translation>What the household offers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Beds:</source>
        <translation>&amp;Beds:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pets:</source>
        <translation>&amp;Pets:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Smoking:</source>
        <translation>&amp;Smoking:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages at home:</source>
        <translation>&amp;Languages at home:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone smokes in the household</source>
        <translation>Someone smokes in the household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. a cat, a dog</source>
        <translation>e.g. a cat, a dog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. de, ru, en</source>
        <translation>e.g. de, ru, en</translation>
    </message>
</context>
<context>
    <name>HostsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/hosts_tab.py" line="+116"/>
        <source>No warnings about the host families.</source>
        <translation>No warnings about the host families.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove placement</source>
        <translation>Remove placement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{guest} will no longer stay with {host}. Remove this placement?</source>
        <translation>{guest} will no longer stay with {host}. Remove this placement?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Guest</source>
        <translation>&amp;Guest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the guest with the host for these days</source>
        <translation>Place the guest with the host for these days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove placement…</source>
        <translation>&amp;Remove placement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../partnerdesk/cli/contacts_io.py" line="+73"/>
        <source>The mapping file {path} cannot be read.</source>
        <translation>The mapping file {path} cannot be read.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>File: {file} ({details})</source>
        <translation>File: {file} ({details})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported: {count}</source>
        <translation>Imported: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged into existing contacts: {count}</source>
        <translation>Merged into existing contacts: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicates found: {count}</source>
        <translation>Duplicates found: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../partnerdesk/services/imports/__init__.py" line="+48"/>
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
        <location line="+70"/>
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
        <location filename="../partnerdesk/services/imports/csv_reader.py" line="+114"/>
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
        <location filename="../partnerdesk/services/imports/dates.py" line="+54"/>
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
        <location line="+5"/>
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
        <location filename="../partnerdesk/services/imports/presets.py" line="+18"/>
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
    <name>ImportDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/dialog.py" line="+141"/>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Checking {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step 1 of 5: choose the file</source>
        <translation>Step 1 of 5: choose the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 2 of 5: check what was read</source>
        <translation>Step 2 of 5: check what was read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3 of 5: assign the columns to contact fields</source>
        <translation>Step 3 of 5: assign the columns to contact fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 4 of 5: duplicates and dry run</source>
        <translation>Step 4 of 5: duplicates and dry run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 5 of 5: importing</source>
        <translation>Step 5 of 5: importing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 5 of 5: result</source>
        <translation>Step 5 of 5: result</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import now</source>
        <translation>Import now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the import; nothing is imported</source>
        <translation>Stops the import; nothing is imported</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/result_pages.py" line="+28"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty fields filled in</source>
        <translation>Empty fields filled in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created anyway</source>
        <translation>Created anyway</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+13"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Existing contact</source>
        <translation>Existing contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it matches</source>
        <translation>Why it matches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an earlier row of this file</source>
        <translation>an earlier row of this file</translation>
    </message>
</context>
<context>
    <name>LabelOptions</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/options.py" line="+95"/>
        <source>Label &amp;sheet:</source>
        <translation>Label &amp;sheet:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First free label:</source>
        <translation>&amp;First free label:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer offset →:</source>
        <translation>Printer offset →:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printer offset ↓:</source>
        <translation>Printer offset ↓:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n labels per sheet</source>
        <translation>
            <numerusform>%n label per sheet</numerusform>
            <numerusform>%n labels per sheet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet in the printer: Avery L7160 has 21 labels (63.5 × 38.1 mm), Zweckform 3490 has 24 (70 × 36 mm)</source>
        <translation>The sheet in the printer: Avery L7160 has 21 labels (63.5 × 38.1 mm), Zweckform 3490 has 24 (70 × 36 mm)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Start on this label of the first sheet (counted left to right, top to bottom), so a partly used sheet can be used up; 1 to %n</source>
        <translation>
            <numerusform>Start on this label of the first sheet (counted left to right, top to bottom), so a partly used sheet can be used up; 1 to %n</numerusform>
            <numerusform>Start on this label of the first sheet (counted left to right, top to bottom), so a partly used sheet can be used up; 1 to %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the printer prints everything a little shifted, correct it here: positive values move the print right (→) or down (↓)</source>
        <translation>If the printer prints everything a little shifted, correct it here: positive values move the print right (→) or down (↓)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw the label edges (test print)</source>
        <translation>Draw the label edges (test print)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print on plain paper first and hold it against a label sheet to check the printer offset</source>
        <translation>Print on plain paper first and hold it against a label sheet to check the printer offset</translation>
    </message>
</context>
<context>
    <name>LatinSuggestionDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/latin_dialog.py" line="+80"/>
        <source>Latin spelling</source>
        <translation>Latin spelling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed Latin spellings of “{name}”. They are suggestions only: the name as in the passport must be typed exactly as the passport writes it.</source>
        <translation>Proposed Latin spellings of “{name}”. They are suggestions only: the name as in the passport must be typed exactly as the passport writes it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ICAO 9303 (passports):</source>
        <translation>ICAO 9303 (passports):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German spelling (letters):</source>
        <translation>German spelling (letters):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use as passport name</source>
        <translation>Use as passport name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use as Latin name</source>
        <translation>Use as Latin name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fills the fields; check them against the passport.</source>
        <translation>Fills the fields; check them against the passport.</translation>
    </message>
</context>
<context>
    <name>LetterOptions</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/options.py" line="+74"/>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Templates…</source>
        <translation>&amp;Templates…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the letter templates: text, subject, fields</source>
        <translation>Edit the letter templates: text, subject, fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter template; its fields are filled in for each contact</source>
        <translation>The letter template; its fields are filled in for each contact</translation>
    </message>
</context>
<context>
    <name>LetterTemplatesDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/letter_templates.py" line="+154"/>
        <source>An example; adapt it to your association</source>
        <translation>An example; adapt it to your association</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No letter templates yet. Add the examples and adapt them, or write one with “New”.</source>
        <translation>No letter templates yet. Add the examples and adapt them, or write one with “New”.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Delete letter template</source>
        <translation>Delete letter template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the letter template “{name}”?</source>
        <translation>Delete the letter template “{name}”?</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n example template(s) added.</source>
        <translation>
            <numerusform>%n example template added.</numerusform>
            <numerusform>%n example templates added.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The example templates are already there.</source>
        <translation>The example templates are already there.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter template has changes that are not saved yet. Discard them?</source>
        <translation>The letter template has changes that are not saved yet. Discard them?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Letter templates</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Needs the exchange the letter is about</source>
        <translation>Needs the exchange the letter is about</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a field to insert it. Add _de, _ru or _en to write it in that language, e.g. {salutation_ru} in the Russian part of a bilingual letter.</source>
        <translation>Double-click a field to insert it. Add _de, _ru or _en to write it in that language, e.g. {salutation_ru} in the Russian part of a bilingual letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert field</source>
        <translation>&amp;Insert field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w</source>
        <translation>Ne&amp;w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;examples</source>
        <translation>Add &amp;examples</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the example templates (invitation for a visa, general letter) in German, Russian and English; templates already there stay as they are</source>
        <translation>Add the example templates (invitation for a visa, general letter) in German, Russian and English; templates already there stay as they are</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the letter template (Ctrl+S)</source>
        <translation>Save the letter template (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letter&apos;s text, with fields such as {salutation}</source>
        <translation>The letter&apos;s text, with fields such as {salutation}</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../partnerdesk/services/letter_fields.py" line="+37"/>
        <source>Opening by gender and language, e.g. “Sehr geehrte Frau Iwanowa,”</source>
        <translation>Opening by gender and language, e.g. “Sehr geehrte Frau Iwanowa,”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Academic title, e.g. Dr.</source>
        <translation>Academic title, e.g. Dr.</translation>
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
        <source>Full name with title</source>
        <translation>Full name with title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as in the passport</source>
        <translation>Name as in the passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
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
        <source>Passport number</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport valid until</source>
        <translation>Passport valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the exchange</source>
        <translation>Title of the exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the exchange</source>
        <translation>First day of the exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the exchange</source>
        <translation>Last day of the exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of the exchange</source>
        <translation>Place of the exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family during the exchange, with address</source>
        <translation>Host family during the exchange, with address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the association</source>
        <translation>Name of the association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the letter</source>
        <translation>Date of the letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board member who signs</source>
        <translation>Board member who signs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function of the board member</source>
        <translation>Function of the board member</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/letters.py" line="+57"/>
        <source>This letter template no longer exists.</source>
        <translation>This letter template no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This letter template was changed elsewhere meanwhile. Nothing was saved.</source>
        <translation>This letter template was changed elsewhere meanwhile. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter template needs a name.</source>
        <translation>The letter template needs a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown language of a letter template: {value}.</source>
        <translation>Unknown language of a letter template: {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There already is a letter template named “{name}” in this language.</source>
        <translation>There already is a letter template named “{name}” in this language.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter uses unknown fields: {fields}. Known fields: {known}.</source>
        <translation>The letter uses unknown fields: {fields}. Known fields: {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter template uses fields of an exchange ({fields}): choose the exchange the letter is about.</source>
        <translation>The letter template uses fields of an exchange ({fields}): choose the exchange the letter is about.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no exchange with the id {id}.</source>
        <translation>There is no exchange with the id {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no letter template in the language {language}. Add one, or install the examples, on the Reports page.</source>
        <translation>There is no letter template in the language {language}. Add one, or install the examples, on the Reports page.</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/links_tab.py" line="+122"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;guardian…</source>
        <translation>Add &amp;guardian…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents or other guardians of a minor. Double-click the relation to edit it (e.g. mother).</source>
        <translation>Parents or other guardians of a minor. Double-click the relation to edit it (e.g. mother).</translation>
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
        <translation>Function</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add &amp;organisation…</source>
        <translation>Add &amp;organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click the function to edit it (e.g. head teacher, mayor).</source>
        <translation>Double-click the function to edit it (e.g. head teacher, mayor).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;person…</source>
        <translation>Add &amp;person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click the function to edit it.</source>
        <translation>Double-click the function to edit it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location line="+68"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardians</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian of: {names}</source>
        <translation>Guardian of: {names}</translation>
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
        <location filename="../partnerdesk/ui/main_window.py" line="+217"/>
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
    <name>MappingPage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/mapping_page.py" line="+156"/>
        <source>Save mapping</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the mapping:</source>
        <translation>Name of the mapping:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete mapping</source>
        <translation>Delete mapping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved mapping “{name}”?</source>
        <translation>Delete the saved mapping “{name}”?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Suggested: {preset}</source>
        <translation>Suggested: {preset}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested from the column names</source>
        <translation>Suggested from the column names</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assignment:</source>
        <translation>Assignment:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The suggestion for this file, the preset of a program&apos;s export, or a mapping you saved</source>
        <translation>The suggestion for this file, the preset of a program&apos;s export, or a mapping you saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save mapping…</source>
        <translation>Save mapping…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this assignment under a name for the next file</source>
        <translation>Keep this assignment under a name for the next file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the saved mapping chosen on the left</source>
        <translation>Forget the saved mapping chosen on the left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact field</source>
        <translation>Contact field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column is assigned to a contact field yet. Choose a field for at least the name columns.</source>
        <translation>No column is assigned to a contact field yet. Choose a field for at least the name columns.</translation>
    </message>
</context>
<context>
    <name>MembershipEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/roles_tab.py" line="+31"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Joined on:</source>
        <translation>&amp;Joined on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;eft on:</source>
        <translation>L&amp;eft on:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add membership</source>
        <translation>&amp;Add membership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each member number is used once.</source>
        <translation>Each member number is used once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty while the membership lasts.</source>
        <translation>Leave empty while the membership lasts.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/merge_dialog.py" line="+35"/>
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
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner town</source>
        <translation>Partner town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Street</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverse</source>
        <translation>diverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Town administration</source>
        <translation>Town administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club or association</source>
        <translation>Club or association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Keep “{name}”</source>
        <translation>Keep “{name}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record kept; the other one is removed</source>
        <translation>The record kept; the other one is removed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked records</source>
        <translation>Linked records</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>both texts</source>
        <translation>both texts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Merge: “{kept}” will be kept, “{removed}” removed; all references move to “{kept}”. This cannot be undone.</source>
        <translation>Merge: “{kept}” will be kept, “{removed}” removed; all references move to “{kept}”. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge contacts</source>
        <translation>Merge contacts</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Merge two contacts</source>
        <translation>Merge two contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the record to keep and, for each field that differs, the value it keeps. Everything linked to the other record — participations, consents, correspondence and more — moves to the record kept.</source>
        <translation>Choose the record to keep and, for each field that differs, the value it keeps. Everything linked to the other record — participations, consents, correspondence and more — moves to the record kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/milestone_editor.py" line="+65"/>
        <source>New milestone</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Due on</source>
        <translation>&amp;Due on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;one on</source>
        <translation>D&amp;one on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty while the milestone is open</source>
        <translation>Empty while the milestone is open</translation>
    </message>
</context>
<context>
    <name>MilestoneKind</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+48"/>
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
    <name>MilestonesTab</name>
    <message numerus="yes">
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/milestones_tab.py" line="+98"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the new application first; then add its milestones here or generate them from the funder profile.</source>
        <translation>Save the new application first; then add its milestones here or generate them from the funder profile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No milestones yet. Add them one by one, or generate them from the funder profile and the dates of the linked exchanges.</source>
        <translation>No milestones yet. Add them one by one, or generate them from the funder profile and the dates of the linked exchanges.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Red: overdue. Yellow: due within %n days.</source>
        <translation>
            <numerusform>Red: overdue. Yellow: due within %n day.</numerusform>
            <numerusform>Red: overdue. Yellow: due within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Delete milestone</source>
        <translation>Delete milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the milestone “{title}”?</source>
        <translation>Delete the milestone “{title}”?</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n milestone(s) added from the funder profile.</source>
        <translation>
            <numerusform>%n milestone added from the funder profile.</numerusform>
            <numerusform>%n milestones added from the funder profile.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The application already has every milestone the funder profile defines.</source>
        <translation>The application already has every milestone the funder profile defines.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected milestone as done today</source>
        <translation>Mark the selected milestone as done today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate from funder profile</source>
        <translation>&amp;Generate from funder profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the application deadline, proof of use and keep-receipts dates from the funder profile and the linked exchanges&apos; dates; milestones already there stay</source>
        <translation>Add the application deadline, proof of use and keep-receipts dates from the funder profile and the linked exchanges&apos; dates; milestones already there stay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>NewPersonEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/new_person_editor.py" line="+63"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name</source>
        <translation>&amp;Given name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Family name</source>
        <translation>&amp;Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name (&amp;native)</source>
        <translation>Given name (&amp;native)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family name (n&amp;ative)</source>
        <translation>Family name (n&amp;ative)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>G&amp;ender</source>
        <translation>G&amp;ender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Side</source>
        <translation>&amp;Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diverse</source>
        <translation>Diverse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>in Latin letters</source>
        <translation>in Latin letters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. in Cyrillic</source>
        <translation>optional, e.g. in Cyrillic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; leave it empty when unknown</source>
        <translation>Optional; leave it empty when unknown</translation>
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
    <name>OptionsPage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/result_pages.py" line="-77"/>
        <source>When a row matches a contact already there</source>
        <translation>When a row matches a contact already there</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the row (the contact stays as it is)</source>
        <translation>Skip the row (the contact stays as it is)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the empty fields of the existing contact</source>
        <translation>Fill in the empty fields of the existing contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new contact anyway</source>
        <translation>Create a new contact anyway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run: check the whole file and show what would happen, without importing anything</source>
        <translation>Dry run: check the whole file and show what would happen, without importing anything</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import is all or nothing: either every accepted row is imported or, if it is cancelled or fails, none. Rejected rows are listed with their line number and reason afterwards.</source>
        <translation>The import is all or nothing: either every accepted row is imported or, if it is cancelled or fails, none. Rejected rows are listed with their line number and reason afterwards.</translation>
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
        <translation>Partnership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Side:</source>
        <translation>&amp;Side:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;town:</source>
        <translation>Partner &amp;town:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Gymnasium am Markt, Stadtverwaltung Musterstadt</source>
        <translation>e.g. Gymnasium am Markt, Stadtverwaltung Musterstadt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town administration</source>
        <translation>Town administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/overview_page.py" line="+265"/>
        <source>No database is open</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create a database in the File menu.</source>
        <translation>Open or create a database in the File menu.</translation>
    </message>
    <message>
        <location line="-44"/>
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
        <location line="+11"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No exchanges planned.</source>
        <translation>No exchanges planned.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No partner towns yet.</source>
        <translation>No partner towns yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The overview could not be loaded.</source>
        <translation>The overview could not be loaded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{status} since {date}</source>
        <translation>{status} since {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upcoming exchanges</source>
        <translation>Upcoming exchanges</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Grant deadlines — overdue and the next %n day(s); double-click to open</source>
        <translation>
            <numerusform>Grant deadlines — overdue and the next %n day; double-click to open</numerusform>
            <numerusform>Grant deadlines — overdue and the next %n days; double-click to open</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner towns</source>
        <translation>Partner towns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open findings — most urgent first; double-click to fix</source>
        <translation>Open findings — most urgent first; double-click to fix</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+1"/>
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
        <translation>Start a grant application for this exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the exchange first</source>
        <translation>Save the exchange first</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No grant application linked yet</source>
        <translation>No grant application linked yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} — {status}</source>
        <translation>{title} — {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to open the grant application</source>
        <translation>Double-click to open the grant application</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n further grant application(s) linked</source>
        <translation>
            <numerusform>%n further grant application linked</numerusform>
            <numerusform>%n further grant applications linked</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/overview_tab.py" line="+215"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;o</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;pacity</source>
        <translation>Ca&amp;pacity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participant &amp;fee</source>
        <translation>Participant &amp;fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/overview_tab.py" line="+2"/>
        <source>C&amp;urrency</source>
        <translation>C&amp;urrency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner to&amp;wns</source>
        <translation>Partner to&amp;wns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many people can take part (– : not set)</source>
        <translation>How many people can take part (– : not set)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 150,00</source>
        <translation>e.g. 150,00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person or organisation who organises the exchange</source>
        <translation>The person or organisation who organises the exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New grant &amp;application…</source>
        <translation>New grant &amp;application…</translation>
    </message>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/overview_tab.py" line="-100"/>
        <source>– choose a funder –</source>
        <translation>– choose a funder –</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>– no profile –</source>
        <translation>– no profile –</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{programme} (example)</source>
        <translation>{programme} (example)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Type amounts as 1.234,50 (or leave them empty).</source>
        <translation>Type amounts as 1.234,50 (or leave them empty).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Funder</source>
        <translation>&amp;Funder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder p&amp;rofile</source>
        <translation>Funder p&amp;rofile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;gramme</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;reference</source>
        <translation>File &amp;reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quested</source>
        <translation>Re&amp;quested</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;pproved</source>
        <translation>A&amp;pproved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linked e&amp;xchanges</source>
        <translation>Linked e&amp;xchanges</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The funder&apos;s programme with its rules (ages, group sizes, daily rates, deadlines); edit profiles on the Grants page under “Funder profiles…”.</source>
        <translation>The funder&apos;s programme with its rules (ages, group sizes, daily rates, deadlines); edit profiles on the Grants page under “Funder profiles…”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The funder&apos;s file number (Aktenzeichen)</source>
        <translation>The funder&apos;s file number (Aktenzeichen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the funder granted; set by the status step “Approved” or “Partly approved”</source>
        <translation>What the funder granted; set by the status step “Approved” or “Partly approved”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the exchanges this application pays for</source>
        <translation>Tick the exchanges this application pays for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not decided yet</source>
        <translation>not decided yet</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/participant_editor.py" line="+60"/>
        <source>Participant – {name}</source>
        <translation>Participant – {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Side</source>
        <translation>&amp;Side</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrives</source>
        <translation>&amp;Arrives</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Departs</source>
        <translation>&amp;Departs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee &amp;due</source>
        <translation>Fee &amp;due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee &amp;paid</source>
        <translation>Fee &amp;paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 150,00</source>
        <translation>e.g. 150,00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: from the start of the exchange</source>
        <translation>Empty: from the start of the exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: until the end of the exchange</source>
        <translation>Empty: until the end of the exchange</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/participants_tab.py" line="+116"/>
        <source>Minor at the start of the exchange</source>
        <translation>Minor at the start of the exchange</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>whole exchange</source>
        <translation>whole exchange</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;{total}&lt;/b&gt; taking part — by side: {sides} — by role: {roles}</source>
        <translation>&lt;b&gt;{total}&lt;/b&gt; taking part — by side: {sides} — by role: {roles}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Cancel participant</source>
        <translation>Cancel participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the participation of {name}? They stay in the list as cancelled; their host placements are removed.</source>
        <translation>Cancel the participation of {name}? They stay in the list as cancelled; their host placements are removed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add from contacts…</source>
        <translation>&amp;Add from contacts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search a person among the contacts and add them</source>
        <translation>Search a person among the contacts and add them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a person who is not among the contacts yet and add them</source>
        <translation>Create a person who is not among the contacts yet and add them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role, side, status, attendance or fees (Enter or double-click)</source>
        <translation>Change role, side, status, attendance or fees (Enter or double-click)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;participant…</source>
        <translation>Cancel &amp;participant…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native name</source>
        <translation>Native name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee due</source>
        <translation>Fee due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee paid</source>
        <translation>Fee paid</translation>
    </message>
</context>
<context>
    <name>ParticipationRole</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="-44"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
</context>
<context>
    <name>ParticipationStatus</name>
    <message>
        <location line="-13"/>
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
        <location line="+31"/>
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
    <name>PassportEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/passport_tab.py" line="+32"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Issued on:</source>
        <translation>&amp;Issued on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires on:</source>
        <translation>&amp;Expires on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing &amp;country:</source>
        <translation>Issuing &amp;country:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add passport</source>
        <translation>&amp;Add passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>PassportTab</name>
    <message>
        <location line="+70"/>
        <source>Passport data is sensitive personal data. It is shown only when you ask for it, and only what a trip needs should be kept (visa, insurance, border lists).</source>
        <translation>Passport data is sensitive personal data. It is shown only when you ask for it, and only what a trip needs should be kept (visa, insurance, border lists).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide passport data</source>
        <translation>Hide passport data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show passport data</source>
        <translation>&amp;Show passport data</translation>
    </message>
</context>
<context>
    <name>PaymentEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/payment_editor.py" line="+38"/>
        <source>Type the amount as 1.234,50.</source>
        <translation>Type the amount as 1.234,50.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New payment received</source>
        <translation>New payment received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment received</source>
        <translation>Payment received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on</source>
        <translation>&amp;Received on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Amount ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1st tranche</source>
        <translation>e.g. 1st tranche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount credited to the association&apos;s account</source>
        <translation>The amount credited to the association&apos;s account</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/payments_tab.py" line="+90"/>
        <source>Total received: {amount}</source>
        <translation>Total received: {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the application first; then record here the grant money the funder pays.</source>
        <translation>Save the application first; then record here the grant money the funder pays.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No payments received yet. Record each tranche the funder pays with “Add payment…”.</source>
        <translation>No payments received yet. Record each tranche the funder pays with “Add payment…”.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete payment</source>
        <translation>Delete payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the payment of {amount} received on {date}?</source>
        <translation>Delete the payment of {amount} received on {date}?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add payment…</source>
        <translation>&amp;Add payment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a tranche of grant money received</source>
        <translation>Record a tranche of grant money received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <location filename="../partnerdesk/ui/pages/reports/preview.py" line="+245"/>
        <source>of %n</source>
        <translation>
            <numerusform>of %n</numerusform>
            <numerusform>of %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to width</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The page shown; type a number to go there</source>
        <translation>The page shown; type a number to go there</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Page</translation>
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
        <translation>Name in native script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name as in the passport</source>
        <translation>Name as in the passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sa&amp;lutation:</source>
        <translation>Sa&amp;lutation:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gi&amp;ven name:</source>
        <translation>Gi&amp;ven name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fa&amp;mily name:</source>
        <translation>Fa&amp;mily name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given na&amp;me:</source>
        <translation>Given na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family nam&amp;e:</source>
        <translation>Family nam&amp;e:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ge&amp;nder:</source>
        <translation>Ge&amp;nder:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth &amp;place:</source>
        <translation>Birth &amp;place:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nati&amp;onality:</source>
        <translation>Nati&amp;onality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Side:</source>
        <translation>&amp;Side:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner &amp;town:</source>
        <translation>Partner &amp;town:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As letters use it, e.g. Frau or Herr.</source>
        <translation>As letters use it, e.g. Frau or Herr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Dr.</source>
        <translation>e.g. Dr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name in the person&apos;s own script, e.g. Cyrillic.</source>
        <translation>The name in the person&apos;s own script, e.g. Cyrillic.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the name exactly as the passport writes it (visas, insurance, lists for border crossings). It is never computed.</source>
        <translation>Type the name exactly as the passport writes it (visas, insurance, lists for border crossings). It is never computed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggest Latin spelling…</source>
        <translation>Suggest Latin spelling…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposes the ICAO 9303 spelling (passports) and the German spelling (letters) of a Cyrillic name. You decide which one to use, if any.</source>
        <translation>Proposes the ICAO 9303 spelling (passports) and the German spelling (letters) of a Cyrillic name. You decide which one to use, if any.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. de, ru, en</source>
        <translation>e.g. de, ru, en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diverse</source>
        <translation>Diverse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the person belongs to the home town, a partner town or neither.</source>
        <translation>Whether the person belongs to the home town, a partner town or neither.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>in Latin letters</source>
        <translation>in Latin letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Иванова</source>
        <translation>e.g. Иванова</translation>
    </message>
</context>
<context>
    <name>PlanChecks</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/budget_views.py" line="-92"/>
        <source>costs and income balance</source>
        <translation>costs and income balance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>income is {amount} short of the costs</source>
        <translation>income is {amount} short of the costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>income exceeds the costs by {amount}</source>
        <translation>income exceeds the costs by {amount}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share of this grant in the costs: planned {planned} · approved {approved} · actual {actual}</source>
        <translation>Share of this grant in the costs: planned {planned} · approved {approved} · actual {actual}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{amount} of grant money received count as income although the plan has no line “This grant”.</source>
        <translation>{amount} of grant money received count as income although the plan has no line “This grant”.</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message numerus="yes">
        <location line="-115"/>
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n receipt</numerusform>
            <numerusform>%n receipts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments received</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of planned</source>
        <translation>% of planned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts booked to the line; for “This grant”: the payments received</source>
        <translation>Receipts booked to the line; for “This grant”: the payments received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount in the grant decision; the total counts the planned amount of a line without one</source>
        <translation>The amount in the grant decision; the total counts the planned amount of a line without one</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/file_pages.py" line="+40"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CSV (text with separators)</source>
        <translation>CSV (text with separators)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma ( , )</source>
        <translation>comma ( , )</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolon ( ; )</source>
        <translation>semicolon ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (vCard fields)</source>
        <translation>none (vCard fields)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first {count} rows as read (the line numbers are those of the file). “Check” says whether a row would be imported with the suggested assignment of the columns, which you can change in the next step.</source>
        <translation>The first {count} rows as read (the line numbers are those of the file). “Check” says whether a row would be imported with the suggested assignment of the columns, which you can change in the next step.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separator:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header row:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../partnerdesk/services/privacy.py" line="+60"/>
        <source>The number of days must not be negative.</source>
        <translation>The number of days must not be negative.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Exchange {id} does not exist.</source>
        <translation>Exchange {id} does not exist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The health data of “{title}” can be deleted only after the exchange has ended ({end}).</source>
        <translation>The health data of “{title}” can be deleted only after the exchange has ended ({end}).</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/profile_dialog.py" line="+155"/>
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
        <location line="+27"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile has unsaved changes. Discard them?</source>
        <translation>The profile has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <name>ProgrammeItemEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/programme_item_editor.py" line="+62"/>
        <source>Type times as HH:MM, e.g. 09:30.</source>
        <translation>Type times as HH:MM, e.g. 09:30.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New programme item</source>
        <translation>New programme item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme item</source>
        <translation>Programme item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Starts</source>
        <translation>&amp;Starts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Ends</source>
        <translation>&amp;Ends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title in the &amp;partner&apos;s language</source>
        <translation>Title in the &amp;partner&apos;s language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Responsible</translation>
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
        <translation>Empty: an item for the whole day (e.g. arrival)</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/programme_tab.py" line="+80"/>
        <source>Overlaps another item on the same day</source>
        <translation>Overlaps another item on the same day</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) overlap another one</source>
        <translation>
            <numerusform>%n item overlap another one</numerusform>
            <numerusform>%n items overlap another one</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Delete programme item</source>
        <translation>Delete programme item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}” from the programme?</source>
        <translation>Delete “{title}” from the programme?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add item…</source>
        <translation>&amp;Add item…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Native title</source>
        <translation>Native title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
</context>
<context>
    <name>PurgeNotice</name>
    <message>
        <location filename="../partnerdesk/ui/pages/overview_purge.py" line="+60"/>
        <location line="+16"/>
        <source>Delete health data</source>
        <translation>Delete health data</translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>Delete the allergies, medication and diet of %n participant(s) of these past exchanges? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the allergies, medication and diet of %n participant of these past exchanges? This cannot be undone.</numerusform>
            <numerusform>Delete the allergies, medication and diet of %n participants of these past exchanges? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The allergies, medication and diet of %n participant(s) were deleted.</source>
        <translation>
            <numerusform>The allergies, medication and diet of %n participant were deleted.</numerusform>
            <numerusform>The allergies, medication and diet of %n participants were deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleting health data…</source>
        <translation>Deleting health data…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Health data of %n past exchange(s) is due for deletion: the exchanges ended more than the set number of days ago.</source>
        <translation>
            <numerusform>Health data of %n past exchange is due for deletion: the exchanges ended more than the set number of days ago.</numerusform>
            <numerusform>Health data of %n past exchanges is due for deletion: the exchanges ended more than the set number of days ago.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete health data…</source>
        <translation>Delete health data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes the allergies, medication and diet of the participants of these past exchanges, after asking. The log notes which exchanges, never what was deleted.</source>
        <translation>Deletes the allergies, medication and diet of the participants of these past exchanges, after asking. The log notes which exchanges, never what was deleted.</translation>
    </message>
</context>
<context>
    <name>ReceiptEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/receipt_editor.py" line="+137"/>
        <source>Type the original amount and the rate</source>
        <translation>Type the original amount and the rate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{foreign} per 1 {currency}</source>
        <translation>{foreign} per 1 {currency}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the amount as 1.234,50.</source>
        <translation>Type the amount as 1.234,50.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the original amount as 18.450,00 and the rate as 98,45 (at most six decimals).</source>
        <translation>Type the original amount as 18.450,00 and the rate as 98,45 (at most six decimals).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>given when saved (no. {number} was saved)</source>
        <translation>given when saved (no. {number} was saved)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New receipt</source>
        <translation>New receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt no. {number}</source>
        <translation>Receipt no. {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>given when saved</source>
        <translation>given when saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pa&amp;yee / payer</source>
        <translation>Pa&amp;yee / payer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Budget line</source>
        <translation>&amp;Budget line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Amount ({currency})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid o&amp;n</source>
        <translation>Paid o&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Original amount</source>
        <translation>&amp;Original amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;urrency</source>
        <translation>C&amp;urrency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rate</source>
        <translation>&amp;Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate &amp;of</source>
        <translation>Rate &amp;of</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In {currency}</source>
        <translation>In {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid in another &amp;currency</source>
        <translation>Paid in another &amp;currency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For receipts paid abroad, e.g. in roubles: the amount in {currency} is computed from the rate and rounded to the cent</source>
        <translation>For receipts paid abroad, e.g. in roubles: the amount in {currency} is computed from the rate and rounded to the cent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units of the other currency per 1 {currency}, e.g. roubles per 1 euro: 98,45</source>
        <translation>Units of the other currency per 1 {currency}, e.g. roubles per 1 euro: 98,45</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day the rate applies to (e.g. of the bank statement or the exchange receipt)</source>
        <translation>The day the rate applies to (e.g. of the bank statement or the exchange receipt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who was paid (costs) or who paid (income)</source>
        <translation>Who was paid (costs) or who paid (income)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line of the cost and financing plan this receipt counts for</source>
        <translation>The line of the cost and financing plan this receipt counts for</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty while the receipt is not paid yet</source>
        <translation>Empty while the receipt is not paid yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and &amp;next</source>
        <translation>Save and &amp;next</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this receipt and start the next one with the same date, line and rate</source>
        <translation>Save this receipt and start the next one with the same date, line and rate</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/receipts_tab.py" line="+100"/>
        <source>Units of the other currency per 1 {currency}, e.g. roubles per 1 euro: 98,45</source>
        <translation>Units of the other currency per 1 {currency}, e.g. roubles per 1 euro: 98,45</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rate of {date}</source>
        <translation>Rate of {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n receipt</numerusform>
            <numerusform>%n receipts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>costs {costs} · income {income}</source>
        <translation>costs {costs} · income {income}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the application first; then list its receipts here.</source>
        <translation>Save the application first; then list its receipts here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan the budget lines first (tab “Budget”): every receipt is booked to a line of the cost and financing plan.</source>
        <translation>Plan the budget lines first (tab “Budget”): every receipt is booked to a line of the cost and financing plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No receipts yet. Add each invoice, ticket or cash receipt with “Add receipt…”; it is numbered automatically.</source>
        <translation>No receipts yet. Add each invoice, ticket or cash receipt with “Add receipt…”; it is numbered automatically.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{rate} {foreign}/{currency}</source>
        <translation>{rate} {foreign}/{currency}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Receipt no. {number} saved</source>
        <translation>Receipt no. {number} saved</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete receipt</source>
        <translation>Delete receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete receipt no. {number} ({counterparty}, {amount})? Its number will not be given again.</source>
        <translation>Delete receipt no. {number} ({counterparty}, {amount})? Its number will not be given again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add receipt…</source>
        <translation>&amp;Add receipt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an invoice, ticket or cash receipt; it gets the next number</source>
        <translation>Record an invoice, ticket or cash receipt; it gets the next number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payee / payer</source>
        <translation>Payee / payer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original amount</source>
        <translation>Original amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/record_editor.py" line="+237"/>
        <source>Row {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
</context>
<context>
    <name>ReportLanguage</name>
    <message>
        <location filename="../partnerdesk/vocabulary.py" line="+40"/>
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
    <name>ReportList</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/report_list.py" line="+82"/>
        <source>For an exchange</source>
        <translation>For an exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a grant application</source>
        <translation>For a grant application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a year</source>
        <translation>For a year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For contacts</source>
        <translation>For contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For one person</source>
        <translation>For one person</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title} (confidential)</source>
        <translation>{title} (confidential)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds sensitive personal data (health, passports): share it only with the people who need it</source>
        <translation>Holds sensitive personal data (health, passports): share it only with the people who need it</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/output.py" line="+59"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing page {page} of {count}…</source>
        <translation>Printing page {page} of {count}…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save confidential report</source>
        <translation>Save confidential report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report holds sensitive personal data (health, passport or other personal details). Save it only where no one else can read it, and do not send it unencrypted.

Save it anyway?</source>
        <translation>This report holds sensitive personal data (health, passport or other personal details). Save it only where no one else can read it, and do not send it unencrypted.

Save it anyway?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save report as PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report saved to {path}.</source>
        <translation>Report saved to {path}.</translation>
    </message>
</context>
<context>
    <name>ReportParameters</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/parameters.py" line="+153"/>
        <source>(no exchange)</source>
        <translation>(no exchange)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>E&amp;xchange:</source>
        <translation>E&amp;xchange:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Grant:</source>
        <translation>&amp;Grant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conta&amp;cts:</source>
        <translation>Conta&amp;cts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange the report is about</source>
        <translation>The exchange the report is about</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grant application the report is about</source>
        <translation>The grant application the report is about</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year the report covers</source>
        <translation>The year the report covers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All contacts — or search by name, town…</source>
        <translation>All contacts — or search by name, town…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contacts in the report: those matching this search (like on the Contacts page), all when empty</source>
        <translation>The contacts in the report: those matching this search (like on the Contacts page), all when empty</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Only the %n contact(s) selected on the Contacts page</source>
        <translation>
            <numerusform>Only the %n contact selected on the Contacts page</numerusform>
            <numerusform>Only the %n contacts selected on the Contacts page</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the contacts selected on the Contacts page</source>
        <translation>Only the contacts selected on the Contacts page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select contacts on the Contacts page (Ctrl+click, Shift+click) to make the report for just them</source>
        <translation>Select contacts on the Contacts page (Ctrl+click, Shift+click) to make the report for just them</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtered as on the Contacts page: {filters}</source>
        <translation>Filtered as on the Contacts page: {filters}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtered as on the Contacts page (no filter set)</source>
        <translation>Filtered as on the Contacts page (no filter set)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the contacts the filters on the Contacts page let through (role, side, partner town, membership, consent)</source>
        <translation>Only the contacts the filters on the Contacts page let through (role, side, partner town, membership, consent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language the report is written in; the association&apos;s default report language is set in File → Association profile</source>
        <translation>The language the report is written in; the association&apos;s default report language is set in File → Association profile</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../partnerdesk/reports/annual_report.py" line="+32"/>
        <source>Annual report</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual report {year}</source>
        <translation>Annual report {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges, participants, grants and partner towns</source>
        <translation>Exchanges, participants, grants and partner towns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different people</source>
        <translation>Different people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant-days</source>
        <translation>Participant-days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants approved</source>
        <translation>Grants approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant money received</source>
        <translation>Grant money received</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="+104"/>
        <location line="+29"/>
        <location filename="../partnerdesk/reports/financial_statement.py" line="+34"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/participant_list.py" line="+48"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner towns</source>
        <translation>Partner towns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exchanges in {year}.</source>
        <translation>No exchanges in {year}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="+39"/>
        <location filename="../partnerdesk/reports/receipts.py" line="+40"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age at the start</source>
        <translation>Age at the start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants per year by side</source>
        <translation>Participants per year by side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants {year} by age band and side</source>
        <translation>Participants {year} by age band and side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grants won</source>
        <translation>Grants won</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="+44"/>
        <location filename="../partnerdesk/reports/financial_statement.py" line="-3"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="-7"/>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="+1"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/financial_statement.py" line="+9"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="+3"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/grant_overview.py" line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No grant was approved for {year}.</source>
        <translation>No grant was approved for {year}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="-64"/>
        <source>Partner town</source>
        <translation>Partner town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="-18"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status at the end of the year</source>
        <translation>Status at the end of the year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} since {date}</source>
        <translation>{status} since {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under 14</source>
        <translation>under 14</translation>
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
        <translation>60 and over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diverse</source>
        <translation>Diverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/birthdays.py" line="+27"/>
        <source>Birthdays {year}</source>
        <translation>Birthdays {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday list</source>
        <translation>Birthday list</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="+19"/>
        <location filename="../partnerdesk/reports/letter.py" line="+52"/>
        <location filename="../partnerdesk/reports/receipts.py" line="-8"/>
        <source>Date</source>
        <translation>Date</translation>
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
        <translation>Turns</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../partnerdesk/reports/participant_list.py" line="+3"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/contact_list.py" line="+1"/>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays: {count}</source>
        <translation>Birthdays: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the chosen people has a birth date.</source>
        <translation>None of the chosen people has a birth date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year must be a number such as 2026.</source>
        <translation>The year must be a number such as 2026.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>July</translation>
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
        <translation>October</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/catalogue.py" line="+54"/>
        <source>There is no report named “{name}”.</source>
        <translation>There is no report named “{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report “{name}” is available in: {languages}.</source>
        <translation>The report “{name}” is available in: {languages}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the exchange for this report.</source>
        <translation>Choose the exchange for this report.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the grant application for this report.</source>
        <translation>Choose the grant application for this report.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the year for this report.</source>
        <translation>Choose the year for this report.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the person for this report.</source>
        <translation>Choose the person for this report.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/contact_list.py" line="-3"/>
        <source>Contact list</source>
        <translation>Contact list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="-92"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+41"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts: {count}</source>
        <translation>Contacts: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search: “{search}”</source>
        <translation>Search: “{search}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen contacts</source>
        <translation>Chosen contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/letter.py" line="+4"/>
        <source>No contacts match.</source>
        <translation>No contacts match.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/data_disclosure.py" line="-25"/>
        <source>Personal data disclosure</source>
        <translation>Personal data disclosure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information under Art. 15 GDPR for {name}</source>
        <translation>Information under Art. 15 GDPR for {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are all the personal data {association} stores about you. We keep them to organise the work of the town partnership: contacts, exchanges and visits, memberships and grants; the consents below name further purposes. They are passed on only to partners, funders and insurers of the exchanges you take part in.</source>
        <translation>These are all the personal data {association} stores about you. We keep them to organise the work of the town partnership: contacts, exchanges and visits, memberships and grants; the consents below name further purposes. They are passed on only to partners, funders and insurers of the exchanges you take part in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To find you and to notice entries made twice, PartnerDesk also keeps search forms of your name, e-mail address and phone numbers, derived from the data above.</source>
        <translation>To find you and to notice entries made twice, PartnerDesk also keeps search forms of your name, e-mail address and phone numbers, derived from the data above.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You may ask us to correct these data (Art. 16 GDPR), to delete them (Art. 17), to restrict their processing (Art. 18) and to hand them over (Art. 20), and you may withdraw a consent at any time for the future. You may also lodge a complaint with a data protection supervisory authority (Art. 77).</source>
        <translation>You may ask us to correct these data (Art. 16 GDPR), to delete them (Art. 17), to restrict their processing (Art. 18) and to hand them over (Art. 20), and you may withdraw a consent at any time for the future. You may also lodge a complaint with a data protection supervisory authority (Art. 77).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry {number}</source>
        <translation>Entry {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your contact data</source>
        <translation>Your contact data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations you belong to</source>
        <translation>Organisations you belong to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of the organisation</source>
        <translation>People of the organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+1"/>
        <source>Guardians</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children you are a guardian of</source>
        <translation>Children you are a guardian of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host family profile</source>
        <translation>Host family profile</translation>
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
        <source>Consents given as a guardian</source>
        <translation>Consents given as a guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondence</source>
        <translation>Correspondence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking part in exchanges</source>
        <translation>Taking part in exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health data for exchanges</source>
        <translation>Health data for exchanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays with host families</source>
        <translation>Stays with host families</translation>
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
        <source>Programme items you are responsible for</source>
        <translation>Programme items you are responsible for</translation>
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
        <source>Grant applications to you as a funder</source>
        <translation>Grant applications to you as a funder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries merged into yours</source>
        <translation>Entries merged into yours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board of the association</source>
        <translation>Board of the association</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../partnerdesk/reports/participant_list.py" line="+2"/>
        <source>Role</source>
        <translation>Role</translation>
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
        <source>Passport number</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <translation>Function</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child (ward)</source>
        <translation>Child (ward)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beds</source>
        <translation>Beds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pets</source>
        <translation>Pets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoking</source>
        <translation>Smoking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/receipts.py" line="+2"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s name</source>
        <translation>Guardian&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given how</source>
        <translation>Given how</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text version</source>
        <translation>Text version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person concerned</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Side</translation>
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
        <translation>Arrives on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaves on</source>
        <translation>Leaves on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee due</source>
        <translation>Fee due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee paid</source>
        <translation>Fee paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed the participant list</source>
        <translation>Signed the participant list</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+1"/>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact&apos;s name</source>
        <translation>Emergency contact&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact&apos;s phone</source>
        <translation>Emergency contact&apos;s phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+4"/>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/travel_list.py" line="+47"/>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa applied for on</source>
        <translation>Visa applied for on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa issued on</source>
        <translation>Visa issued on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>Host</translation>
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
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="-3"/>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+1"/>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="+1"/>
        <source>Diet</source>
        <translation>Diet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/programme.py" line="+30"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/participant_list.py" line="-6"/>
        <location filename="../partnerdesk/reports/programme.py" line="-1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/programme.py" line="-3"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/financial_statement.py" line="-3"/>
        <source>File reference</source>
        <translation>File reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged on</source>
        <translation>Merged on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged entry</source>
        <translation>Merged entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data of the merged entry</source>
        <translation>Data of the merged entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries joined into yours</source>
        <translation>Entries joined into yours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs documents</source>
        <translation>Signs documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored since</source>
        <translation>Stored since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diverse</source>
        <translation>diverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town administration</source>
        <translation>Town administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Club</source>
        <translation>Club</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other organisation</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data processing</source>
        <translation>Data processing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and publication</source>
        <translation>Photos and publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health data for a trip</source>
        <translation>Health data for a trip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel of a minor</source>
        <translation>Travel of a minor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical treatment</source>
        <translation>Medical treatment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the person</source>
        <translation>the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a guardian</source>
        <translation>a guardian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on paper</source>
        <translation>on paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by e-mail</source>
        <translation>by e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by form</source>
        <translation>by form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orally</source>
        <translation>orally</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not needed</source>
        <translation>not needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needed</source>
        <translation>needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied for</source>
        <translation>applied for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/emergency_sheet.py" line="-11"/>
        <source>Emergency sheet</source>
        <translation>Emergency sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health data of the participants: keep this sheet with you during the trip, show it to nobody else and destroy it afterwards.</source>
        <translation>Health data of the participants: keep this sheet with you during the trip, show it to nobody else and destroy it afterwards.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age (born)</source>
        <translation>Age (born)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../partnerdesk/reports/host_families.py" line="+29"/>
        <source>Host family</source>
        <translation>Host family</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/exchange_head.py" line="+23"/>
        <source>Nobody to list yet.</source>
        <translation>Nobody to list yet.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/financial_statement.py" line="-4"/>
        <source>Financial statement</source>
        <translation>Financial statement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost and financing plan: planned, approved, actual</source>
        <translation>Cost and financing plan: planned, approved, actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding programme</source>
        <translation>Funding programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../partnerdesk/reports/receipts.py" line="+1"/>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total costs</source>
        <translation>Total costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total income</source>
        <translation>Total income</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant money received (no line in the plan)</source>
        <translation>Grant money received (no line in the plan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget lines yet.</source>
        <translation>No budget lines yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference (income − costs)</source>
        <translation>Difference (income − costs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of this grant in the costs</source>
        <translation>Share of this grant in the costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance and result</source>
        <translation>Balance and result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant approved</source>
        <translation>Grant approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant received</source>
        <translation>Grant received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual costs</source>
        <translation>Actual costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other income</source>
        <translation>Other income</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant due for the actual costs</source>
        <translation>Grant due for the actual costs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surplus to repay</source>
        <translation>Surplus to repay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant still outstanding</source>
        <translation>Grant still outstanding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to repay, nothing outstanding</source>
        <translation>Nothing to repay, nothing outstanding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We confirm that the expenditure was necessary, that we managed economically and sparingly, and that the figures agree with the books and the receipts.</source>
        <translation>We confirm that the expenditure was necessary, that we managed economically and sparingly, and that the figures agree with the books and the receipts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place, date</source>
        <translation>Place, date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/participant_list.py" line="+7"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/grant_overview.py" line="-7"/>
        <source>Grant overview</source>
        <translation>Grant overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant overview {year}</source>
        <translation>Grant overview {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications for {year}: those whose first exchange starts in {year} (without an exchange: submitted or, as drafts, created in {year}).</source>
        <translation>Applications for {year}: those whose first exchange starts in {year} (without an exchange: submitted or, as drafts, created in {year}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No grant applications for {year}.</source>
        <translation>No grant applications for {year}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant money by funder ({currency})</source>
        <translation>Grant money by funder ({currency})</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/host_families.py" line="-2"/>
        <source>Host families</source>
        <translation>Host families</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address and phone</source>
        <translation>Address and phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From – to</source>
        <translation>From – to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age {age}</source>
        <translation>age {age}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No guest is placed with a host family yet.</source>
        <translation>No guest is placed with a host family yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not placed yet: {names}</source>
        <translation>Not placed yet: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host families: {hosts} · guests placed: {guests}</source>
        <translation>Host families: {hosts} · guests placed: {guests}</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/labels.py" line="+40"/>
        <source>Address labels</source>
        <translation>Address labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown label sheet “{sheet}”. Known: {known}.</source>
        <translation>Unknown label sheet “{sheet}”. Known: {known}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first free label must be a position from 1 to {last} on this sheet.</source>
        <translation>The first free label must be a position from 1 to {last} on this sheet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer offset must be a number of millimetres from -20 to 20.</source>
        <translation>The printer offset must be a number of millimetres from -20 to 20.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the chosen contacts has a postal address.</source>
        <translation>None of the chosen contacts has a postal address.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/letter.py" line="-6"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letter template “{name}” is written in {language}: write the letter in that language.</source>
        <translation>The letter template “{name}” is written in {language}: write the letter in that language.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/participant_list.py" line="-12"/>
        <source>Participant list</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder&apos;s file no.</source>
        <translation>Funder&apos;s file no.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme days</source>
        <translation>Programme days</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../partnerdesk/reports/receipts.py" line="-4"/>
        <location filename="../partnerdesk/reports/travel_list.py" line="-6"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f/m/d</source>
        <translation>f/m/d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Town, country</source>
        <translation>Town, country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days present</source>
        <translation>Days present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>f</source>
        <translation>f</translation>
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
        <translation>Participants: {people} · participant-days: {days}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date, signature of the leader</source>
        <translation>Date, signature of the leader</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/programme.py" line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme item</source>
        <translation>Programme item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No programme items yet.</source>
        <translation>No programme items yet.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/exchange_head.py" line="+1"/>
        <source>There is no exchange with the id {id}.</source>
        <translation>There is no exchange with the id {id}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/programme.py" line="+2"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/receipts.py" line="-2"/>
        <source>List of receipts</source>
        <translation>List of receipts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts in date order, per side of the plan</source>
        <translation>Receipts in date order, per side of the plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payee / payer</source>
        <translation>Payee / payer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in {currency}: {amount} · rate 1 {base} = {rate} {currency} of {date}</source>
        <translation>Paid in {currency}: {amount} · rate 1 {base} = {rate} {currency} of {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No receipts.</source>
        <translation>No receipts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant payments received</source>
        <translation>Grant payments received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No grant money received yet.</source>
        <translation>No grant money received yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs (receipts)</source>
        <translation>Costs (receipts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income (receipts)</source>
        <translation>Income (receipts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income in total</source>
        <translation>Income in total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance (income − costs)</source>
        <translation>Balance (income − costs)</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/styles.py" line="+60"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on {date}</source>
        <translation>Printed on {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../partnerdesk/reports/travel_list.py" line="-3"/>
        <source>Travel list</source>
        <translation>Travel list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name as in passport</source>
        <translation>Name as in passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born on, in</source>
        <translation>Born on, in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport no.</source>
        <translation>Passport no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued / expires</source>
        <translation>Issued / expires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not needed</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed, not applied for</source>
        <translation>Needed, not applied for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied for on {applied}</source>
        <translation>Applied for on {applied}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on {issued}</source>
        <translation>Issued on {issued}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied for</source>
        <translation>Applied for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>* Not yet typed from the passport: the name as in the contact.</source>
        <translation>* Not yet typed from the passport: the name as in the contact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires before the return</source>
        <translation>Expires before the return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travellers: {count}</source>
        <translation>Travellers: {count}</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/contact_reports.py" line="+25"/>
        <location filename="../partnerdesk/services/disclosure.py" line="+33"/>
        <source>There is no contact with the id {id}.</source>
        <translation>There is no contact with the id {id}.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/services/report_files.py" line="+12"/>
        <source>There is no PDF to save.</source>
        <translation>There is no PDF to save.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../partnerdesk/ui/pages/reports_page.py" line="+231"/>
        <source>Cancelled. Press F5 to make the report again.</source>
        <translation>Cancelled. Press F5 to make the report again.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a report on the left: participant lists, programmes, financial statements, address labels, letters…</source>
        <translation>Choose a report on the left: participant lists, programmes, financial statements, address labels, letters…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the report again from the current data</source>
        <translation>Make the report again from the current data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report with the system&apos;s print dialog</source>
        <translation>Print the report with the system&apos;s print dialog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as a PDF file</source>
        <translation>Save the report as a PDF file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop making or printing the report</source>
        <translation>Stop making or printing the report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidential: this report holds sensitive personal data (health, passport or other personal details). Hand it only to those who need it, keep printouts safe and do not send the file unencrypted.</source>
        <translation>Confidential: this report holds sensitive personal data (health, passport or other personal details). Hand it only to those who need it, keep printouts safe and do not send the file unencrypted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No database is open. Open or create a database in the File menu.</source>
        <translation>No database is open. Open or create a database in the File menu.</translation>
    </message>
    <message>
        <location filename="../partnerdesk/ui/pages/reports/pdf.py" line="+24"/>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
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
    <name>ResultPage</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/import_wizard/result_pages.py" line="+115"/>
        <source>Rejected rows ({count})</source>
        <translation>Rejected rows ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates ({count})</source>
        <translation>Duplicates ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import was cancelled. Nothing was imported; the database is unchanged.</source>
        <translation>The import was cancelled. Nothing was imported; the database is unchanged.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dry run — nothing was imported.</source>
        <translation>Dry run — nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+6"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform>
            <numerusform>%n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%n contact(s) would be imported.</source>
        <translation>
            <numerusform>%n contact would be imported.</numerusform>
            <numerusform>%n contacts would be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n existing contact(s) would be completed.</source>
        <translation>
            <numerusform>%n existing contact would be completed.</numerusform>
            <numerusform>%n existing contacts would be completed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contact(s) imported.</source>
        <translation>
            <numerusform>%n contact imported.</numerusform>
            <numerusform>%n contacts imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n existing contact(s) completed.</source>
        <translation>
            <numerusform>%n existing contact completed.</numerusform>
            <numerusform>%n existing contacts completed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) rejected — see the list below.</source>
        <translation>
            <numerusform>%n row rejected — see the list below.</numerusform>
            <numerusform>%n rows rejected — see the list below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) match contacts already there.</source>
        <translation>
            <numerusform>%n row match contacts already there.</numerusform>
            <numerusform>%n rows match contacts already there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/contact_form/roles_tab.py" line="+52"/>
        <source>Roles and tags</source>
        <translation>Roles and tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memberships</source>
        <translation>Memberships</translation>
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
        <location filename="../partnerdesk/vocabulary.py" line="-69"/>
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
<context>
    <name>StatusBox</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/status_box.py" line="+61"/>
        <source>submitted on {date}</source>
        <translation>submitted on {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decided on {date}</source>
        <translation>decided on {date}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the new application first.</source>
        <translation>Save the new application first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{status}” is final: no further step is possible.</source>
        <translation>“{status}” is final: no further step is possible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible next steps: {steps}</source>
        <translation>Possible next steps: {steps}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No status history yet</source>
        <translation>No status history yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange status…</source>
        <translation>C&amp;hange status…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step with its date, newest first</source>
        <translation>Every step with its date, newest first</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/grant_workspace/status_dialog.py" line="+72"/>
        <source>Type the amount as 1.234,50.</source>
        <translation>Type the amount as 1.234,50.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current status</source>
        <translation>Current status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New status</source>
        <translation>&amp;New status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;On</source>
        <translation>&amp;On</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount &amp;approved</source>
        <translation>Amount &amp;approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. letter of 12.03., file number</source>
        <translation>e.g. letter of 12.03., file number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened (not in the future, not before the last step)</source>
        <translation>When it happened (not in the future, not before the last step)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Less than the amount requested ({amount}).</source>
        <translation>Less than the amount requested ({amount}).</translation>
    </message>
</context>
<context>
    <name>VisaEditor</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/documents_tab.py" line="-162"/>
        <source>Visa &amp;status</source>
        <translation>Visa &amp;status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applied on</source>
        <translation>&amp;Applied on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issued on</source>
        <translation>&amp;Issued on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa – {name}</source>
        <translation>Visa – {name}</translation>
    </message>
</context>
<context>
    <name>YouthTab</name>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_tab.py" line="+146"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>&amp;Show health data</source>
        <translation>&amp;Show health data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Age at the start of the exchange; minors in bold, participants with a problem in red (hover for details). Double-click a consent to record it. Health data is sensitive and only shown on request.</source>
        <translation>Age at the start of the exchange; minors in bold, participants with a problem in red (hover for details). Double-click a consent to record it. Health data is sensitive and only shown on request.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;consent…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a consent for this exchange, given by a guardian or the person</source>
        <translation>Record a consent for this exchange, given by a guardian or the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emergency contact and insurance…</source>
        <translation>&amp;Emergency contact and insurance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open con&amp;tact…</source>
        <translation>Open con&amp;tact…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the participant&apos;s contact on its consents: guardians, withdrawals, history</source>
        <translation>Open the participant&apos;s contact on its consents: guardians, withdrawals, history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it health data…</source>
        <translation>Ed&amp;it health data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardians</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medical treatment</source>
        <translation>Medical treatment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health data</source>
        <translation>Health data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diet</source>
        <translation>Diet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to the travel of a minor</source>
        <translation>Consent to the travel of a minor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to photos and their publication</source>
        <translation>Consent to photos and their publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to medical treatment</source>
        <translation>Consent to medical treatment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to processing health data for the trip</source>
        <translation>Consent to processing health data for the trip</translation>
    </message>
    <message>
        <location filename="../partnerdesk/ui/dialogs/exchange_workspace/youth_cells.py" line="+28"/>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the person</source>
        <translation>the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on {date} by {by} ({channel})</source>
        <translation>Given on {date} by {by} ({channel})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn on {date}</source>
        <translation>Withdrawn on {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Needed: a minor travelling abroad needs a guardian&apos;s consent. Double-click to record it.</source>
        <translation>Needed: a minor travelling abroad needs a guardian&apos;s consent. Double-click to record it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not needed</source>
        <translation>not needed</translation>
    </message>
</context>
</TS>
