<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kopdes Desktop</source>
        <translation>About Kopdes Desktop</translation>
    </message>
    <message>
        <source>Kopdes Desktop %1</source>
        <translation>Kopdes Desktop %1</translation>
    </message>
    <message>
        <source>For the business assistants and PMOs who coach the Koperasi Desa/Kelurahan Merah Putih. Works without internet.</source>
        <translation>For the business assistants and PMOs who coach the Koperasi Desa/Kelurahan Merah Putih. Works without internet.</translation>
    </message>
    <message>
        <source>Kemendagri region codes and names of Kalimantan Barat</source>
        <translation>Kemendagri region codes and names of Kalimantan Barat</translation>
    </message>
    <message>
        <source>Map boundaries of the kabupaten, kecamatan and desa (simplified; 15 of the newest desa have none yet)</source>
        <translation>Map boundaries of the kabupaten, kecamatan and desa (simplified; 15 of the newest desa have none yet)</translation>
    </message>
    <message>
        <source>Icons: Phosphor Icons (MIT License) through QtAwesome (MIT License); see resources/icons/ICONS-LICENSE.md.</source>
        <translation>Icons: Phosphor Icons (MIT License) through QtAwesome (MIT License); see resources/icons/ICONS-LICENSE.md.</translation>
    </message>
    <message>
        <source>Data shipped with the app:</source>
        <translation>Data shipped with the app:</translation>
    </message>
    <message>
        <source>Licence of the data:</source>
        <translation>Licence of the data:</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Disk full</source>
        <translation>Disk full</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>A routine check found damage in the database file, so no new backup was made. Please close Kopdes Desktop and open it again: it will offer to restore the newest good backup.</source>
        <translation>A routine check found damage in the database file, so no new backup was made. Please close Kopdes Desktop and open it again: it will offer to restore the newest good backup.</translation>
    </message>
</context>
<context>
    <name>ClashDialog</name>
    <message>
        <source>Changed elsewhere while you were editing</source>
        <translation>Changed elsewhere while you were editing</translation>
    </message>
    <message>
        <source>Someone changed the same data while this form was open (the change came with the last sync). Nothing is saved yet. For each item, choose which one to keep.</source>
        <translation>Someone changed the same data while this form was open (the change came with the last sync). Nothing is saved yet. For each item, choose which one to keep.</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Save with these choices</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>Clashes</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>the person %1 (pengurus/pengawas)</source>
        <translation>the person %1 (pengurus/pengawas)</translation>
    </message>
    <message>
        <source>the business unit %1</source>
        <translation>the business unit %1</translation>
    </message>
    <message>
        <source>the agreed action “%1”</source>
        <translation>the agreed action “%1”</translation>
    </message>
    <message>
        <source>a photo</source>
        <translation>a photo</translation>
    </message>
    <message>
        <source>the photo taken %1</source>
        <translation>the photo taken %1</translation>
    </message>
    <message>
        <source>the caption of %1</source>
        <translation>the caption of %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>This form was restored from an earlier session: %1 is now saved as %2, the form holds %3.</source>
        <translation>This form was restored from an earlier session: %1 is now saved as %2, the form holds %3.</translation>
    </message>
    <message>
        <source>While you were editing, %1 was changed elsewhere to %2. Your value: %3.</source>
        <translation>While you were editing, %1 was changed elsewhere to %2. Your value: %3.</translation>
    </message>
    <message>
        <source>It was %1 when you opened the form.</source>
        <translation>It was %1 when you opened the form.</translation>
    </message>
    <message>
        <source>While you were editing, %1 was removed elsewhere; you had changed it.</source>
        <translation>While you were editing, %1 was removed elsewhere; you had changed it.</translation>
    </message>
    <message>
        <source>While you were editing, %1 was changed elsewhere; you had removed it.</source>
        <translation>While you were editing, %1 was changed elsewhere; you had removed it.</translation>
    </message>
    <message>
        <source>%1 is saved, but it is not in this form restored from an earlier session.</source>
        <translation>%1 is saved, but it is not in this form restored from an earlier session.</translation>
    </message>
    <message>
        <source>(The other change, by %2, arrived %1.)</source>
        <translation>(The other change, by %2, arrived %1.)</translation>
    </message>
    <message>
        <source>(The other change arrived %1.)</source>
        <translation>(The other change arrived %1.)</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Keep mine: %1</translation>
    </message>
    <message>
        <source>Take the other: %1</source>
        <translation>Take the other: %1</translation>
    </message>
    <message>
        <source>Keep my version (added back)</source>
        <translation>Keep my version (added back)</translation>
    </message>
    <message>
        <source>Leave it removed</source>
        <translation>Leave it removed</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Remove it</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The location was changed by two people. Kept: %1 (by %2). Other: %3 (by %4).</source>
        <translation>The location was changed by two people. Kept: %1 (by %2). Other: %3 (by %4).</translation>
    </message>
    <message>
        <source>This clash was recorded before the app kept a location together: putting the other one back restores its coordinates, but where they came from is not known.</source>
        <translation>This clash was recorded before the app kept a location together: putting the other one back restores its coordinates, but where they came from is not known.</translation>
    </message>
    <message>
        <source>Field %1 was changed by two people. Kept: %2 (by %3). Other: %4 (by %5).</source>
        <translation>Field %1 was changed by two people. Kept: %2 (by %3). Other: %4 (by %5).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Cooperative</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Commodity</source>
        <translation>Commodity</translation>
    </message>
    <message>
        <source>Capital needed</source>
        <translation>Capital needed</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>BA</source>
        <translation>BA</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Sample data: it stays on this laptop and is never sent.</source>
        <translation>Sample data: it stays on this laptop and is never sent.</translation>
    </message>
    <message>
        <source>It will be sent at the next sync.</source>
        <translation>It will be sent at the next sync.</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>No clashes to settle.</source>
        <translation>No clashes to settle.</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Keep the current value</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CooperativeChoice</name>
    <message>
        <source>Type part of the cooperative or village name…</source>
        <translation>Type part of the cooperative or village name…</translation>
    </message>
</context>
<context>
    <name>CooperativeEditor</name>
    <message>
        <source>Cooperative profile</source>
        <translation>Cooperative profile</translation>
    </message>
    <message>
        <source>Identity and location</source>
        <translation>Identity and location</translation>
    </message>
    <message>
        <source>Legal documents</source>
        <translation>Legal documents</translation>
    </message>
    <message>
        <source>Pengurus and pengawas</source>
        <translation>Pengurus and pengawas</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>Business units</translation>
    </message>
    <message>
        <source>Members and savings</source>
        <translation>Members and savings</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Open that cooperative instead</source>
        <translation>Open that cooperative instead</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Latitude:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;ongitude:</translation>
    </message>
    <message>
        <source>&amp;Formation model:</source>
        <translation>&amp;Formation model:</translation>
    </message>
    <message>
        <source>Operational s&amp;tatus:</source>
        <translation>Operational s&amp;tatus:</translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation>13 digits</translation>
    </message>
    <message>
        <source>15 or 16 digits</source>
        <translation>15 or 16 digits</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Deed of establishment no.:</source>
        <translation>Deed of establishment no.:</translation>
    </message>
    <message>
        <source>Deed date:</source>
        <translation>Deed date:</translation>
    </message>
    <message>
        <source>Notary:</source>
        <translation>Notary:</translation>
    </message>
    <message>
        <source>SK AHU no.:</source>
        <translation>SK AHU no.:</translation>
    </message>
    <message>
        <source>SK AHU date:</source>
        <translation>SK AHU date:</translation>
    </message>
    <message>
        <source>Cooperative reg. no. (NIK):</source>
        <translation>Cooperative reg. no. (NIK):</translation>
    </message>
    <message>
        <source>NIB:</source>
        <translation>NIB:</translation>
    </message>
    <message>
        <source>NPWP:</source>
        <translation>NPWP:</translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation>Bank account:</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Business unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add business unit</source>
        <translation>Add business unit</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Members:</translation>
    </message>
    <message>
        <source>Simpanan &amp;pokok (Rp):</source>
        <translation>Simpanan &amp;pokok (Rp):</translation>
    </message>
    <message>
        <source>Simpanan &amp;wajib (Rp):</source>
        <translation>Simpanan &amp;wajib (Rp):</translation>
    </message>
    <message>
        <source>Last &amp;RAT held (year):</source>
        <translation>Last &amp;RAT held (year):</translation>
    </message>
    <message>
        <source>&amp;Health rating:</source>
        <translation>&amp;Health rating:</translation>
    </message>
    <message>
        <source>SIMKOPDES profile updated:</source>
        <translation>SIMKOPDES profile updated:</translation>
    </message>
    <message>
        <source>Outlet land:</source>
        <translation>Outlet land:</translation>
    </message>
    <message>
        <source>Outlet construction:</source>
        <translation>Outlet construction:</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>No changes recorded yet.</translation>
    </message>
    <message>
        <source>New cooperative</source>
        <translation>New cooperative</translation>
    </message>
    <message>
        <source>Cooperative saved.</source>
        <translation>Cooperative saved.</translation>
    </message>
</context>
<context>
    <name>CooperativeListPage</name>
    <message>
        <source>No cooperatives on this laptop yet. They arrive with the first sync; to look around first, load the sample data.</source>
        <translation>No cooperatives on this laptop yet. They arrive with the first sync; to look around first, load the sample data.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Load sample data</translation>
    </message>
    <message>
        <source>Cooperatives</source>
        <translation>Cooperatives</translation>
    </message>
    <message>
        <source>Search cooperative or village name…</source>
        <translation>Search cooperative or village name…</translation>
    </message>
    <message>
        <source>&amp;New cooperative</source>
        <translation>&amp;New cooperative</translation>
    </message>
    <message>
        <source>All kabupaten/kota</source>
        <translation>All kabupaten/kota</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>No cooperatives on this laptop yet. Add the first, or sync to fetch them.</source>
        <translation>No cooperatives on this laptop yet. Add the first, or sync to fetch them.</translation>
    </message>
    <message>
        <source>New cooperative</source>
        <translation>New cooperative</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>No cooperatives on this laptop yet. They arrive with the next sync, once cooperatives are assigned to your account.</source>
        <translation>No cooperatives on this laptop yet. They arrive with the next sync, once cooperatives are assigned to your account.</translation>
    </message>
</context>
<context>
    <name>CoordinateEdit</name>
    <message>
        <source>e.g. -0.0263</source>
        <translation>e.g. -0.0263</translation>
    </message>
    <message>
        <source>Degrees; minus south of the equator. Comma or dot both work.</source>
        <translation>Degrees; minus south of the equator. Comma or dot both work.</translation>
    </message>
    <message>
        <source>e.g. 109.3425</source>
        <translation>e.g. 109.3425</translation>
    </message>
    <message>
        <source>Degrees east (West Kalimantan: 108 to 115). Comma or dot both work.</source>
        <translation>Degrees east (West Kalimantan: 108 to 115). Comma or dot both work.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation></message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation><numerusform>%n visit</numerusform><numerusform>%n visits</numerusform></translation></message>
    <message numerus="yes">
        <source>%n cooperative(s)</source>
        <translation><numerusform>%n cooperative</numerusform><numerusform>%n cooperatives</numerusform></translation></message>
    <message numerus="yes">
        <source>%n opportunit(y/ies)</source>
        <translation><numerusform>%n opportunity</numerusform><numerusform>%n opportunities</numerusform></translation></message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation><numerusform>%n clash</numerusform><numerusform>%n clashes</numerusform></translation></message>
    <message numerus="yes">
        <source>%n server change(s)</source>
        <translation><numerusform>%n server change</numerusform><numerusform>%n server changes</numerusform></translation></message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation></message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation><numerusform>%n problem</numerusform><numerusform>%n problems</numerusform></translation></message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation><numerusform>%n form</numerusform><numerusform>%n forms</numerusform></translation></message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation><numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation></message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation></message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation><numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation></message>
    <message numerus="yes">
        <source>%n unsent change(s)</source>
        <translation><numerusform>%n unsent change</numerusform><numerusform>%n unsent changes</numerusform></translation></message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation><numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation></message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation></message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation></message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Kopdes Desktop hit an unexpected error. Everything you saved is kept. Please send this log file to support:
%1

%2</source>
        <translation>Kopdes Desktop hit an unexpected error. Everything you saved is kept. Please send this log file to support:
%1

%2</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Under a week</source>
        <translation>Under a week</translation>
    </message>
    <message>
        <source>1–2 weeks</source>
        <translation>1–2 weeks</translation>
    </message>
    <message>
        <source>2 weeks or more</source>
        <translation>2 weeks or more</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Cooperatives by last visit, per kabupaten</source>
        <translation>Cooperatives by last visit, per kabupaten</translation>
    </message>
    <message>
        <source>Cooperatives by last visit, per BA</source>
        <translation>Cooperatives by last visit, per BA</translation>
    </message>
    <message>
        <source>Visits per BA per week</source>
        <translation>Visits per BA per week</translation>
    </message>
    <message>
        <source>Business opportunities by sector and status</source>
        <translation>Business opportunities by sector and status</translation>
    </message>
    <message>
        <source>Cooperatives by operational status</source>
        <translation>Cooperatives by operational status</translation>
    </message>
    <message>
        <source>Business units by type and status</source>
        <translation>Business units by type and status</translation>
    </message>
    <message>
        <source>Visits waiting for review, by BA</source>
        <translation>Visits waiting for review, by BA</translation>
    </message>
    <message>
        <source>Click a bar to list what is behind it.</source>
        <translation>Click a bar to list what is behind it.</translation>
    </message>
    <message>
        <source>Waiting for review: %1 (%2); the oldest for %3.</source>
        <translation>Waiting for review: %1 (%2); the oldest for %3.</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>Never visited</translation>
    </message>
    <message>
        <source>No BA assigned: %1 (list them)</source>
        <translation>No BA assigned: %1 (list them)</translation>
    </message>
    <message>
        <source>No BA assigned</source>
        <translation>No BA assigned</translation>
    </message>
    <message>
        <source>Cooperatives</source>
        <translation>Cooperatives</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>My cooperatives by last visit</source>
        <translation>My cooperatives by last visit</translation>
    </message>
    <message>
        <source>Agreed actions overdue</source>
        <translation>Agreed actions overdue</translation>
    </message>
    <message>
        <source>Agreed actions due in the next 14 days</source>
        <translation>Agreed actions due in the next 14 days</translation>
    </message>
    <message>
        <source>Visits sent back to me</source>
        <translation>Visits sent back to me</translation>
    </message>
    <message>
        <source>My cooperatives</source>
        <translation>My cooperatives</translation>
    </message>
    <message>
        <source>No agreed action is overdue.</source>
        <translation>No agreed action is overdue.</translation>
    </message>
    <message>
        <source>Nothing due in the next 14 days.</source>
        <translation>Nothing due in the next 14 days.</translation>
    </message>
    <message>
        <source>No visit is sent back to you.</source>
        <translation>No visit is sent back to you.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choose from a calendar (F4)</source>
        <translation>Choose from a calendar (F4)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>DiskFull</name>
    <message>
        <source>Disk full: there is no space left to save. What you typed stays in this form; free up space on this laptop, then save again.</source>
        <translation>Disk full: there is no space left to save. What you typed stays in this form; free up space on this laptop, then save again.</translation>
    </message>
    <message>
        <source>Disk full: the sign-in could not be kept on this laptop. Free up space, then sign in again.</source>
        <translation>Disk full: the sign-in could not be kept on this laptop. Free up space, then sign in again.</translation>
    </message>
    <message>
        <source>Disk full: the photo could not be stored. Free up space, then add it again.</source>
        <translation>Disk full: the photo could not be stored. Free up space, then add it again.</translation>
    </message>
    <message>
        <source>Disk full: the backup could not be written. Nothing was changed; free up space (or choose another drive), then back up again.</source>
        <translation>Disk full: the backup could not be written. Nothing was changed; free up space (or choose another drive), then back up again.</translation>
    </message>
    <message>
        <source>Disk full: there is no room to restore the backup. Nothing was changed; free up space, then restore again.</source>
        <translation>Disk full: there is no room to restore the backup. Nothing was changed; free up space, then restore again.</translation>
    </message>
    <message>
        <source>Disk full: the settings could not be saved. Free up space, then save again.</source>
        <translation>Disk full: the settings could not be saved. Free up space, then save again.</translation>
    </message>
    <message>
        <source>Disk full: today's automatic backup could not be made, and saving new work may fail too. Free up space on this laptop (delete or move files you no longer need).</source>
        <translation>Disk full: today's automatic backup could not be made, and saving new work may fail too. Free up space on this laptop (delete or move files you no longer need).</translation>
    </message>
    <message>
        <source>Kopdes Desktop cannot open because this laptop's disk is full. Nothing is lost. Free up space (delete or move files you no longer need), then open the app again.</source>
        <translation>Kopdes Desktop cannot open because this laptop's disk is full. Nothing is lost. Free up space (delete or move files you no longer need), then open the app again.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Something on this tab needs correcting</source>
        <translation>Something on this tab needs correcting</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>village</source>
        <translation>village</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>location source</source>
        <translation>location source</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>formation model</source>
        <translation>formation model</translation>
    </message>
    <message>
        <source>operational status</source>
        <translation>operational status</translation>
    </message>
    <message>
        <source>deed number</source>
        <translation>deed number</translation>
    </message>
    <message>
        <source>deed date</source>
        <translation>deed date</translation>
    </message>
    <message>
        <source>notary</source>
        <translation>notary</translation>
    </message>
    <message>
        <source>SK AHU number</source>
        <translation>SK AHU number</translation>
    </message>
    <message>
        <source>SK AHU date</source>
        <translation>SK AHU date</translation>
    </message>
    <message>
        <source>cooperative reg. number</source>
        <translation>cooperative reg. number</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>bank account</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>bank</translation>
    </message>
    <message>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <source>simpanan pokok</source>
        <translation>simpanan pokok</translation>
    </message>
    <message>
        <source>simpanan wajib</source>
        <translation>simpanan wajib</translation>
    </message>
    <message>
        <source>outlet land</source>
        <translation>outlet land</translation>
    </message>
    <message>
        <source>outlet construction</source>
        <translation>outlet construction</translation>
    </message>
    <message>
        <source>last RAT</source>
        <translation>last RAT</translation>
    </message>
    <message>
        <source>health rating</source>
        <translation>health rating</translation>
    </message>
    <message>
        <source>SIMKOPDES updated</source>
        <translation>SIMKOPDES updated</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>organ</source>
        <translation>organ</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>business unit</source>
        <translation>business unit</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>cooperative</source>
        <translation>cooperative</translation>
    </message>
    <message>
        <source>visit date</source>
        <translation>visit date</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>start time</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>end time</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>travel</translation>
    </message>
    <message>
        <source>people met</source>
        <translation>people met</translation>
    </message>
    <message>
        <source>number of people</source>
        <translation>number of people</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>purposes</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>findings</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problems</translation>
    </message>
    <message>
        <source>next visit plan</source>
        <translation>next visit plan</translation>
    </message>
    <message>
        <source>next visit date</source>
        <translation>next visit date</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>who</source>
        <translation>who</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>commodity</source>
        <translation>commodity</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>volume unit</source>
        <translation>volume unit</translation>
    </message>
    <message>
        <source>capital needed</source>
        <translation>capital needed</translation>
    </message>
    <message>
        <source>monthly revenue</source>
        <translation>monthly revenue</translation>
    </message>
    <message>
        <source>offtaker</source>
        <translation>offtaker</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>needs</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>caption</translation>
    </message>
    <message>
        <source>time taken</source>
        <translation>time taken</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>settled</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>This bundle was not signed by a laptop of your account (it was changed, forged, or made by a laptop that was signed out), so nothing was delivered.</source>
        <translation>This bundle was not signed by a laptop of your account (it was changed, forged, or made by a laptop that was signed out), so nothing was delivered.</translation>
    </message>
    <message>
        <source>This bundle belongs to %1: only a laptop signed in as %1 can deliver it, so nothing was delivered.</source>
        <translation>This bundle belongs to %1: only a laptop signed in as %1 can deliver it, so nothing was delivered.</translation>
    </message>
    <message>
        <source>This bundle is larger than one bundle may be, so nothing was done; sync while connected instead.</source>
        <translation>This bundle is larger than one bundle may be, so nothing was done; sync while connected instead.</translation>
    </message>
    <message>
        <source>This bundle was made by a version of Kopdes Desktop this one cannot read; update the app on both laptops, nothing was delivered.</source>
        <translation>This bundle was made by a version of Kopdes Desktop this one cannot read; update the app on both laptops, nothing was delivered.</translation>
    </message>
    <message>
        <source>This file is not a handover bundle, or it is damaged, so nothing was delivered.</source>
        <translation>This file is not a handover bundle, or it is damaged, so nothing was delivered.</translation>
    </message>
    <message>
        <source>This laptop cannot sign a bundle yet: sync once while connected, or sign in again.</source>
        <translation>This laptop cannot sign a bundle yet: sync once while connected, or sign in again.</translation>
    </message>
    <message>
        <source>The server already holds other changes under this bundle's numbers: the laptop that made it was restored from a backup or its data was copied. Nothing new was delivered; sync that laptop itself, it renumbers its changes and sends them.</source>
        <translation>The server already holds other changes under this bundle's numbers: the laptop that made it was restored from a backup or its data was copied. Nothing new was delivered; sync that laptop itself, it renumbers its changes and sends them.</translation>
    </message>
    <message>
        <source>The server is missing earlier changes of the laptop that made this bundle, so nothing was delivered; sync that laptop itself instead.</source>
        <translation>The server is missing earlier changes of the laptop that made this bundle, so nothing was delivered; sync that laptop itself instead.</translation>
    </message>
    <message>
        <source>Sign in first: a bundle is made and delivered under one account.</source>
        <translation>Sign in first: a bundle is made and delivered under one account.</translation>
    </message>
    <message>
        <source>The sample data is never handed over; sign in to use your own data.</source>
        <translation>The sample data is never handed over; sign in to use your own data.</translation>
    </message>
    <message>
        <source>The file could not be read or written there (was the USB stick removed?); choose another place.</source>
        <translation>The file could not be read or written there (was the USB stick removed?); choose another place.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Working… keep the USB stick in.</source>
        <translation>Working… keep the USB stick in.</translation>
    </message>
    <message>
        <source>Hand over by USB</source>
        <translation>Hand over by USB</translation>
    </message>
    <message>
        <source>The file holds every change of this laptop that has not reached the server yet, with its photos, signed by this laptop. Only a laptop signed in as %1, or the office, can deliver it. Save it on a USB stick.</source>
        <translation>The file holds every change of this laptop that has not reached the server yet, with its photos, signed by this laptop. Only a laptop signed in as %1, or the office, can deliver it. Save it on a USB stick.</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Save bundle</translation>
    </message>
    <message>
        <source>Save the bundle to</source>
        <translation>Save the bundle to</translation>
    </message>
    <message>
        <source>Saved to %3: %1 and %2.

Next: take the file to the office, or to a connected laptop signed in with the same account, and choose "Receive a bundle" there. The changes stay on this laptop too and are sent again at its next sync; the server then counts them as duplicates.</source>
        <translation>Saved to %3: %1 and %2.

Next: take the file to the office, or to a connected laptop signed in with the same account, and choose "Receive a bundle" there. The changes stay on this laptop too and are sent again at its next sync; the server then counts them as duplicates.</translation>
    </message>
    <message>
        <source>Delivered: %1 applied, %2 already on the server (duplicates), %3 refused, %4 uploaded.

Next: the changes reach every laptop of the account, this one too, at its next sync.</source>
        <translation>Delivered: %1 applied, %2 already on the server (duplicates), %3 refused, %4 uploaded.

Next: the changes reach every laptop of the account, this one too, at its next sync.</translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation>Receive a bundle</translation>
    </message>
    <message>
        <source>Choose a handover file made by a laptop signed in as %1. The whole file is checked first (signature, account, size); then its changes and photos are sent to the server. Changes the server already has are counted as duplicates, so receiving a file twice changes nothing.</source>
        <translation>Choose a handover file made by a laptop signed in as %1. The whole file is checked first (signature, account, size); then its changes and photos are sent to the server. Changes the server already has are counted as duplicates, so receiving a file twice changes nothing.</translation>
    </message>
    <message>
        <source>Send to the server</source>
        <translation>Send to the server</translation>
    </message>
    <message>
        <source>The bundle file (*.kopdes)</source>
        <translation>The bundle file (*.kopdes)</translation>
    </message>
    <message>
        <source>Receive the bundle from</source>
        <translation>Receive the bundle from</translation>
    </message>
    <message>
        <source>Handover bundle (*.kopdes);;All files (*)</source>
        <translation>Handover bundle (*.kopdes);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>This help</translation>
    </message>
    <message>
        <source>Go to a page of the list on the left, counted from the top</source>
        <translation>Go to a page of the list on the left, counted from the top</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Next / previous field or button</source>
        <translation>Next / previous field or button</translation>
    </message>
    <message>
        <source>underlined letter</source>
        <translation>underlined letter</translation>
    </message>
    <message>
        <source>Go straight to that field or button</source>
        <translation>Go straight to that field or button</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Press the button, or tick the box, that has the focus</source>
        <translation>Press the button, or tick the box, that has the focus</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Search in the list</source>
        <translation>Search in the list</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Move in the list</translation>
    </message>
    <message>
        <source>Open the chosen row</source>
        <translation>Open the chosen row</translation>
    </message>
    <message>
        <source>Leave the list for the next field</source>
        <translation>Leave the list for the next field</translation>
    </message>
    <message>
        <source>Dashboard charts: choose a bar, list what is behind it</source>
        <translation>Dashboard charts: choose a bar, list what is behind it</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Save (a visit: save as draft)</source>
        <translation>Save (a visit: save as draft)</translation>
    </message>
    <message>
        <source>Submit the visit for review</source>
        <translation>Submit the visit for review</translation>
    </message>
    <message>
        <source>Close the form (it asks first if something is not saved)</source>
        <translation>Close the form (it asks first if something is not saved)</translation>
    </message>
    <message>
        <source>Next / previous tab of the form</source>
        <translation>Next / previous tab of the form</translation>
    </message>
    <message>
        <source>Open the calendar of a date field; arrows and Enter pick</source>
        <translation>Open the calendar of a date field; arrows and Enter pick</translation>
    </message>
    <message>
        <source>Cooperative field: show the suggestions; Enter takes one</source>
        <translation>Cooperative field: show the suggestions; Enter takes one</translation>
    </message>
    <message>
        <source>Visit form: add an agreed action</source>
        <translation>Visit form: add an agreed action</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Cooperatives</source>
        <translation>Cooperatives</translation>
    </message>
    <message>
        <source>Cooperative form</source>
        <translation>Cooperative form</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Visit form</source>
        <translation>Visit form</translation>
    </message>
    <message>
        <source>Business opportunities</source>
        <translation>Business opportunities</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <source>There is no guide for this screen yet.</source>
        <translation>There is no guide for this screen yet.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Photos tab: show the chosen photo large</source>
        <translation>Photos tab: show the chosen photo large</translation>
    </message>
    <message>
        <source>Photo shown large: zoom in / out (the mouse wheel too)</source>
        <translation>Photo shown large: zoom in / out (the mouse wheel too)</translation>
    </message>
    <message>
        <source>Photo shown large: fit the whole photo in the window</source>
        <translation>Photo shown large: fit the whole photo in the window</translation>
    </message>
    <message>
        <source>Photo shown large: move a zoomed photo (or drag it)</source>
        <translation>Photo shown large: move a zoomed photo (or drag it)</translation>
    </message>
    <message>
        <source>Close the photo</source>
        <translation>Close the photo</translation>
    </message>
    <message>
        <source>Move the map</source>
        <translation>Move the map</translation>
    </message>
    <message>
        <source>Zoom in / out (the mouse wheel too)</source>
        <translation>Zoom in / out (the mouse wheel too)</translation>
    </message>
    <message>
        <source>Find field: fly to the village typed</source>
        <translation>Find field: fly to the village typed</translation>
    </message>
    <message>
        <source>On the map: open the cooperative of that village</source>
        <translation>On the map: open the cooperative of that village</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>Menu key</translation>
    </message>
    <message>
        <source>On the map: that village's menu (its visits)</source>
        <translation>On the map: that village's menu (its visits)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;Guide to:</source>
        <translation>&amp;Guide to:</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Pengurus/pengawas</source>
        <translation>Pengurus/pengawas</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Business unit</translation>
    </message>
    <message>
        <source>on this laptop</source>
        <translation>on this laptop</translation>
    </message>
    <message>
        <source>received; last changed by %1</source>
        <translation>received; last changed by %1</translation>
    </message>
    <message>
        <source>received from the server</source>
        <translation>received from the server</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>changed by %1</translation>
    </message>
    <message>
        <source>added by %1</source>
        <translation>added by %1</translation>
    </message>
    <message>
        <source>changed by another user</source>
        <translation>changed by another user</translation>
    </message>
    <message>
        <source>by the office (data set up by an administrator)</source>
        <translation>by the office (data set up by an administrator)</translation>
    </message>
    <message>
        <source>from the server</source>
        <translation>from the server</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Sent back by the PMO (%1)</source>
        <translation>Sent back by the PMO (%1)</translation>
    </message>
    <message>
        <source>Changes to check (%1)</source>
        <translation>Changes to check (%1)</translation>
    </message>
    <message>
        <source>Agreed actions due (%1)</source>
        <translation>Agreed actions due (%1)</translation>
    </message>
    <message>
        <source>Drafts to finish (%1)</source>
        <translation>Drafts to finish (%1)</translation>
    </message>
    <message>
        <source>Visits planned this week (%1)</source>
        <translation>Visits planned this week (%1)</translation>
    </message>
    <message>
        <source>Not visited for 30 days or more (%1)</source>
        <translation>Not visited for 30 days or more (%1)</translation>
    </message>
    <message>
        <source>Visits waiting for your review (%1)</source>
        <translation>Visits waiting for your review (%1)</translation>
    </message>
    <message>
        <source>Clashes to settle (%1)</source>
        <translation>Clashes to settle (%1)</translation>
    </message>
    <message>
        <source>BAs without a visit this month (%1)</source>
        <translation>BAs without a visit this month (%1)</translation>
    </message>
    <message>
        <source>90 days or more, or never: %1 · 60–89 days: %2 · 30–59 days: %3</source>
        <translation>90 days or more, or never: %1 · 60–89 days: %2 · 30–59 days: %3</translation>
    </message>
    <message>
        <source>Fix what the PMO asks, then submit again.</source>
        <translation>Fix what the PMO asks, then submit again.</translation>
    </message>
    <message>
        <source>The server refused these changes, or this laptop could not apply them.</source>
        <translation>The server refused these changes, or this laptop could not apply them.</translation>
    </message>
    <message>
        <source>The longest waiting first.</source>
        <translation>The longest waiting first.</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <source>Show all (%1)</source>
        <translation>Show all (%1)</translation>
    </message>
    <message>
        <source>Showing the first %1.</source>
        <translation>Showing the first %1.</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Show fewer</translation>
    </message>
    <message>
        <source>(cooperative unknown)</source>
        <translation>(cooperative unknown)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>Overdue by %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Due tomorrow</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Due in %1</translation>
    </message>
    <message>
        <source>%1 — visit of %2</source>
        <translation>%1 — visit of %2</translation>
    </message>
    <message>
        <source>%1 (%2): a change from the server was not applied, %3</source>
        <translation>%1 (%2): a change from the server was not applied, %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 — never visited</source>
        <translation>%1 — never visited</translation>
    </message>
    <message>
        <source>%1 — last visit %2 (%3 ago)</source>
        <translation>%1 — last visit %2 (%3 ago)</translation>
    </message>
    <message>
        <source>%1 — %2, visit of %3</source>
        <translation>%1 — %2, visit of %3</translation>
    </message>
    <message>
        <source>a BA</source>
        <translation>a BA</translation>
    </message>
    <message>
        <source>%1 · waiting since %2 (%3)</source>
        <translation>%1 · waiting since %2 (%3)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>%1 — no visit yet</source>
        <translation>%1 — no visit yet</translation>
    </message>
    <message>
        <source>%1 — last visit %2</source>
        <translation>%1 — last visit %2</translation>
    </message>
    <message>
        <source>%1 (other value by %2)</source>
        <translation>%1 (other value by %2)</translation>
    </message>
    <message>
        <source>No cooperative is on this laptop yet. Sign in and sync to receive the cooperatives you coach, or try the sample data on the Cooperatives page.</source>
        <translation>No cooperative is on this laptop yet. Sign in and sync to receive the cooperatives you coach, or try the sample data on the Cooperatives page.</translation>
    </message>
    <message>
        <source>Nothing waits for you: no visit to review, no clash, every BA visited.</source>
        <translation>Nothing waits for you: no visit to review, no clash, every BA visited.</translation>
    </message>
    <message>
        <source>All done for now: no drafts, nothing sent back, no action due. Good work!</source>
        <translation>All done for now: no drafts, nothing sent back, no action due. Good work!</translation>
    </message>
    <message>
        <source>Go to Cooperatives</source>
        <translation>Go to Cooperatives</translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation>Open the dashboard</translation>
    </message>
    <message>
        <source>Log a new visit</source>
        <translation>Log a new visit</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The to-do list could not be read: %1</source>
        <translation>The to-do list could not be read: %1</translation>
    </message>
    <message>
        <source>Home: what to do now</source>
        <translation>Home: what to do now</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Send and receive changes now (F5)</source>
        <translation>Send and receive changes now (F5)</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Open visit</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Keep the current value</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <source>Put the values back into the form</source>
        <translation>Put the values back into the form</translation>
    </message>
    <message>
        <source>Understood, remove from inbox</source>
        <translation>Understood, remove from inbox</translation>
    </message>
    <message>
        <source>Changes the server refused (%1)</source>
        <translation>Changes the server refused (%1)</translation>
    </message>
    <message>
        <source>Visit sent back — %1 (%2)</source>
        <translation>Visit sent back — %1 (%2)</translation>
    </message>
    <message>
        <source>Change from the server not applied here — %1</source>
        <translation>Change from the server not applied here — %1</translation>
    </message>
    <message>
        <source>A change from the server (%1, %2) could not be saved on this laptop: %3. Everything else was synced. The app tries again when the record changes on the server and after an update; if this stays, tell your support person. Technical detail: %4</source>
        <translation>A change from the server (%1, %2) could not be saved on this laptop: %3. Everything else was synced. The app tries again when the record changes on the server and after an update; if this stays, tell your support person. Technical detail: %4</translation>
    </message>
    <message>
        <source>What you sent: %1</source>
        <translation>What you sent: %1</translation>
    </message>
    <message>
        <source>The record shows the server's values again; open it to go on.</source>
        <translation>The record shows the server's values again; open it to go on.</translation>
    </message>
    <message>
        <source>Open cooperative</source>
        <translation>Open cooperative</translation>
    </message>
    <message>
        <source>Open note</source>
        <translation>Open note</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Remove all like this (%1)</source>
        <translation>Remove all like this (%1)</translation>
    </message>
    <message>
        <source>Its cooperative is not on the server: it can be sent again once the PMO has assigned the cooperative to you and it has arrived with a sync.</source>
        <translation>Its cooperative is not on the server: it can be sent again once the PMO has assigned the cooperative to you and it has arrived with a sync.</translation>
    </message>
    <message>
        <source>Clash on %1: %2</source>
        <translation>Clash on %1: %2</translation>
    </message>
    <message>
        <source>Nothing needs your attention. Visits sent back to you and changes the server refused appear here after a sync.</source>
        <translation>Nothing needs your attention. Visits sent back to you and changes the server refused appear here after a sync.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>%1 — %2 refused: %3</source>
        <translation>%1 — %2 refused: %3</translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 wrote: %2</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Cannot be negative.</translation>
    </message>
    <message>
        <source>Outside the allowed range.</source>
        <translation>Outside the allowed range.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Cannot be in the future.</translation>
    </message>
    <message>
        <source>Cannot be before the start.</source>
        <translation>Cannot be before the start.</translation>
    </message>
    <message>
        <source>Fill in both latitude and longitude.</source>
        <translation>Fill in both latitude and longitude.</translation>
    </message>
    <message>
        <source>This position is outside Indonesia; check the numbers and their sign.</source>
        <translation>This position is outside Indonesia; check the numbers and their sign.</translation>
    </message>
    <message>
        <source>An NIB has 13 digits.</source>
        <translation>An NIB has 13 digits.</translation>
    </message>
    <message>
        <source>An NPWP has 15 or 16 digits.</source>
        <translation>An NPWP has 15 or 16 digits.</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>Not a phone number.</translation>
    </message>
    <message>
        <source>Choose a village from the list.</source>
        <translation>Choose a village from the list.</translation>
    </message>
    <message>
        <source>This village already has its cooperative: %1.</source>
        <translation>This village already has its cooperative: %1.</translation>
    </message>
    <message>
        <source>This village already has its cooperative.</source>
        <translation>This village already has its cooperative.</translation>
    </message>
    <message>
        <source>The same choice appears twice.</source>
        <translation>The same choice appears twice.</translation>
    </message>
    <message>
        <source>The photo file is damaged.</source>
        <translation>The photo file is damaged.</translation>
    </message>
    <message>
        <source>Character %1 cannot be saved: an invisible control character or a broken symbol, usually from copying and pasting. Delete it and type that part again.</source>
        <translation>Character %1 cannot be saved: an invisible control character or a broken symbol, usually from copying and pasting. Delete it and type that part again.</translation>
    </message>
    <message>
        <source>This value cannot be read.</source>
        <translation>This value cannot be read.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Must be between %1 and %2.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Must be at least %1.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Not a number.</translation>
    </message>
    <message>
        <source>Not a date the app can read; write it like 15/03/2025.</source>
        <translation>Not a date the app can read; write it like 15/03/2025.</translation>
    </message>
    <message>
        <source>Not a time the app can read; write it like 09:30.</source>
        <translation>Not a time the app can read; write it like 09:30.</translation>
    </message>
    <message>
        <source>Choose the cooperative from the suggestions.</source>
        <translation>Choose the cooperative from the suggestions.</translation>
    </message>
    <message>
        <source>Write the year with four digits, like 2024.</source>
        <translation>Write the year with four digits, like 2024.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Revitalisation</source>
        <translation>Revitalisation</translation>
    </message>
    <message>
        <source>Not operating</source>
        <translation>Not operating</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Operating</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Fairly healthy</source>
        <translation>Fairly healthy</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Unhealthy</translation>
    </message>
    <message>
        <source>Board (pengurus)</source>
        <translation>Board (pengurus)</translation>
    </message>
    <message>
        <source>Supervisors (pengawas)</source>
        <translation>Supervisors (pengawas)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Vice chair</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Cooperative office</source>
        <translation>Cooperative office</translation>
    </message>
    <message>
        <source>Grocery outlet (sembako)</source>
        <translation>Grocery outlet (sembako)</translation>
    </message>
    <message>
        <source>Savings and loans</source>
        <translation>Savings and loans</translation>
    </message>
    <message>
        <source>Village clinic</source>
        <translation>Village clinic</translation>
    </message>
    <message>
        <source>Village pharmacy / drug outlet</source>
        <translation>Village pharmacy / drug outlet</translation>
    </message>
    <message>
        <source>Warehouse / cold storage</source>
        <translation>Warehouse / cold storage</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <source>LPG depot</source>
        <translation>LPG depot</translation>
    </message>
    <message>
        <source>Fertiliser kiosk</source>
        <translation>Fertiliser kiosk</translation>
    </message>
    <message>
        <source>Banking agent (Laku Pandai / BRILink)</source>
        <translation>Banking agent (Laku Pandai / BRILink)</translation>
    </message>
    <message>
        <source>Farm produce offtaker</source>
        <translation>Farm produce offtaker</translation>
    </message>
    <message>
        <source>Local potential business</source>
        <translation>Local potential business</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>Not identified</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identified</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Secured</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Under construction</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Road</translation>
    </message>
    <message>
        <source>River</source>
        <translation>River</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Laptop GPS</source>
        <translation>Laptop GPS</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Typed</translation>
    </message>
    <message>
        <source>taken from the laptop's location</source>
        <translation>taken from the laptop's location</translation>
    </message>
    <message>
        <source>taken from a photo</source>
        <translation>taken from a photo</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>typed in</translation>
    </message>
    <message>
        <source>Latitude %1 · Longitude %2</source>
        <translation>Latitude %1 · Longitude %2</translation>
    </message>
    <message>
        <source>Village head</source>
        <translation>Village head</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Institutional matters</source>
        <translation>Institutional matters</translation>
    </message>
    <message>
        <source>SIMKOPDES update</source>
        <translation>SIMKOPDES update</translation>
    </message>
    <message>
        <source>Legal documents</source>
        <translation>Legal documents</translation>
    </message>
    <message>
        <source>Business plan / proposal</source>
        <translation>Business plan / proposal</translation>
    </message>
    <message>
        <source>Outlet / land readiness</source>
        <translation>Outlet / land readiness</translation>
    </message>
    <message>
        <source>Operations and bookkeeping</source>
        <translation>Operations and bookkeeping</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Needs revision</source>
        <translation>Needs revision</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Resubmitted</translation>
    </message>
    <message>
        <source>Food crops</source>
        <translation>Food crops</translation>
    </message>
    <message>
        <source>Horticulture</source>
        <translation>Horticulture</translation>
    </message>
    <message>
        <source>Plantation crops</source>
        <translation>Plantation crops</translation>
    </message>
    <message>
        <source>Livestock</source>
        <translation>Livestock</translation>
    </message>
    <message>
        <source>Capture fisheries</source>
        <translation>Capture fisheries</translation>
    </message>
    <message>
        <source>Aquaculture</source>
        <translation>Aquaculture</translation>
    </message>
    <message>
        <source>Forestry / non-timber forest products</source>
        <translation>Forestry / non-timber forest products</translation>
    </message>
    <message>
        <source>Processing industry</source>
        <translation>Processing industry</translation>
    </message>
    <message>
        <source>Crafts and creative economy</source>
        <translation>Crafts and creative economy</translation>
    </message>
    <message>
        <source>Trade / basic goods</source>
        <translation>Trade / basic goods</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Financial services</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Logistics and warehousing</source>
        <translation>Logistics and warehousing</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Tourism</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financing</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Permits</translation>
    </message>
    <message>
        <source>Market access</source>
        <translation>Market access</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Realised</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Visited in the last 30 days</source>
        <translation>Visited in the last 30 days</translation>
    </message>
    <message>
        <source>30–59 days ago</source>
        <translation>30–59 days ago</translation>
    </message>
    <message>
        <source>60–89 days ago</source>
        <translation>60–89 days ago</translation>
    </message>
    <message>
        <source>90 days or more, or never</source>
        <translation>90 days or more, or never</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2–3</source>
        <translation>2–3</translation>
    </message>
    <message>
        <source>4 or more</source>
        <translation>4 or more</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Mixed (several cooperatives)</source>
        <translation>Mixed (several cooperatives)</translation>
    </message>
    <message>
        <source>No cooperative on this laptop</source>
        <translation>No cooperative on this laptop</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kopdes Desktop</source>
        <translation>Kopdes Desktop</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Cooperatives</source>
        <translation>Cooperatives</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Business opportunities</source>
        <translation>Business opportunities</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Kopdes Desktop — sample data</source>
        <translation>Kopdes Desktop — sample data</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Help (F1)</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <source>Restore from a backup?</source>
        <translation>Restore from a backup?</translation>
    </message>
    <message>
        <source>The data on this laptop is replaced by the backup (the current database is kept in the backups folder). Changes made after the backup and not yet synced are not in it. The app closes afterwards; open it again.</source>
        <translation>The data on this laptop is replaced by the backup (the current database is kept in the backups folder). Changes made after the backup and not yet synced are not in it. The app closes afterwards; open it again.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>Not sent yet: %1. Sync first, or save them to a handover file with Settings → “Hand over by USB…”, then sign out.</source>
        <translation>Not sent yet: %1. Sync first, or save them to a handover file with Settings → “Hand over by USB…”, then sign out.</translation>
    </message>
    <message>
        <source>The app last closed unexpectedly with %1 open. Open them again with what you had typed?</source>
        <translation>The app last closed unexpectedly with %1 open. Open them again with what you had typed?</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>A guide to this screen, and the keyboard shortcuts</source>
        <translation>A guide to this screen, and the keyboard shortcuts</translation>
    </message>
    <message>
        <source>Restored from %1. Open the app again to continue.</source>
        <translation>Restored from %1. Open the app again to continue.</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Restore unsaved work?</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Loading the map…</translation>
    </message>
    <message>
        <source>Sector of the opportunities counted</source>
        <translation>Sector of the opportunities counted</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Commodity of the opportunities counted</source>
        <translation>Commodity of the opportunities counted</translation>
    </message>
    <message>
        <source>All commodities</source>
        <translation>All commodities</translation>
    </message>
    <message>
        <source>Find a village…</source>
        <translation>Find a village…</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Colour by:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>My &amp;area</source>
        <translation>My &amp;area</translation>
    </message>
    <message>
        <source>Show my area whole</source>
        <translation>Show my area whole</translation>
    </message>
    <message>
        <source>All of Kalbar</source>
        <translation>All of Kalbar</translation>
    </message>
    <message>
        <source>Visit &amp;GPS points</source>
        <translation>Visit &amp;GPS points</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>The map shows the cooperatives as they stood on the last day of the period; the GPS points and the visits waiting for review are those of the period.</source>
        <translation>The map shows the cooperatives as they stood on the last day of the period; the GPS points and the visits waiting for review are those of the period.</translation>
    </message>
    <message>
        <source>All BAs</source>
        <translation>All BAs</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;BA:</source>
        <translation>&amp;BA:</translation>
    </message>
    <message>
        <source>Click to show on the map; double-click to open the visit</source>
        <translation>Click to show on the map; double-click to open the visit</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>About…</translation>
    </message>
    <message>
        <source>Boundaries: cahyadsn/wilayah_boundaries (MIT).</source>
        <translation>Boundaries: cahyadsn/wilayah_boundaries (MIT).</translation>
    </message>
    <message>
        <source>Up to today</source>
        <translation>Up to today</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Days since the last visit</source>
        <translation>Days since the last visit</translation>
    </message>
    <message>
        <source>Operational status</source>
        <translation>Operational status</translation>
    </message>
    <message>
        <source>Open business opportunities</source>
        <translation>Open business opportunities</translation>
    </message>
    <message>
        <source>Visits waiting for review</source>
        <translation>Visits waiting for review</translation>
    </message>
    <message>
        <source>The map could not be shown: %1</source>
        <translation>The map could not be shown: %1</translation>
    </message>
    <message>
        <source>◆ village without a boundary: at its kecamatan</source>
        <translation>◆ village without a boundary: at its kecamatan</translation>
    </message>
    <message>
        <source>● GPS of a visit</source>
        <translation>● GPS of a visit</translation>
    </message>
    <message>
        <source>✕ GPS more than %1 km outside its village</source>
        <translation>✕ GPS more than %1 km outside its village</translation>
    </message>
    <message>
        <source>Grey: not %1's cooperatives</source>
        <translation>Grey: not %1's cooperatives</translation>
    </message>
    <message>
        <source>Grey: outside my area</source>
        <translation>Grey: outside my area</translation>
    </message>
    <message>
        <source>%4 coaches %1 (as of %2); %3 never visited.</source>
        <translation>%4 coaches %1 (as of %2); %3 never visited.</translation>
    </message>
    <message>
        <source>In my area: %1 (as of %2); %3 never visited.</source>
        <translation>In my area: %1 (as of %2); %3 never visited.</translation>
    </message>
    <message>
        <source>Visits with GPS far outside their village (%1):</source>
        <translation>Visits with GPS far outside their village (%1):</translation>
    </message>
    <message>
        <source>No visit of the period has GPS far outside its village.</source>
        <translation>No visit of the period has GPS far outside its village.</translation>
    </message>
    <message>
        <source>%1 km outside</source>
        <translation>%1 km outside</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>position %1</translation>
    </message>
    <message>
        <source>No boundary yet: shown at its kecamatan</source>
        <translation>No boundary yet: shown at its kecamatan</translation>
    </message>
    <message>
        <source>No cooperative on this laptop</source>
        <translation>No cooperative on this laptop</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>Never visited</translation>
    </message>
    <message>
        <source>Last visit: %1 (%2 ago)</source>
        <translation>Last visit: %1 (%2 ago)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Open business opportunities: %1</source>
        <translation>Open business opportunities: %1</translation>
    </message>
    <message>
        <source>Visits waiting for review: %1</source>
        <translation>Visits waiting for review: %1</translation>
    </message>
    <message>
        <source>No village is called “%1”.</source>
        <translation>No village is called “%1”.</translation>
    </message>
    <message>
        <source>No cooperative of %1 is on this laptop.</source>
        <translation>No cooperative of %1 is on this laptop.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Visits of %1</source>
        <translation>Visits of %1</translation>
    </message>
    <message>
        <source>Kopdes Desktop · as of %1 · boundaries © Cahya DSN (MIT)</source>
        <translation>Kopdes Desktop · as of %1 · boundaries © Cahya DSN (MIT)</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>could not write %1</translation>
    </message>
    <message>
        <source>Map saved: %1</source>
        <translation>Map saved: %1</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Save the map</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
</context>
<context>
    <name>NotApplied</name>
    <message>
        <source>it holds a value this version of the app cannot read</source>
        <translation>it holds a value this version of the app cannot read</translation>
    </message>
    <message>
        <source>it holds a number too large to store</source>
        <translation>it holds a number too large to store</translation>
    </message>
    <message>
        <source>the record it belongs to is not on this laptop</source>
        <translation>the record it belongs to is not on this laptop</translation>
    </message>
    <message>
        <source>the laptop's database refused it</source>
        <translation>the laptop's database refused it</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>an unexpected error</translation>
    </message>
    <message>
        <source>cooperative profile</source>
        <translation>cooperative profile</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>business unit</source>
        <translation>business unit</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visit</translation>
    </message>
    <message>
        <source>agreed action</source>
        <translation>agreed action</translation>
    </message>
    <message>
        <source>review comment</source>
        <translation>review comment</translation>
    </message>
    <message>
        <source>business opportunity</source>
        <translation>business opportunity</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>clash record</source>
        <translation>clash record</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
</context>
<context>
    <name>OpportunityEditor</name>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>&amp;Cooperative:</source>
        <translation>&amp;Cooperative:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Co&amp;mmodity:</source>
        <translation>Co&amp;mmodity:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Estimated &amp;volume:</source>
        <translation>Estimated &amp;volume:</translation>
    </message>
    <message>
        <source>Volume &amp;unit:</source>
        <translation>Volume &amp;unit:</translation>
    </message>
    <message>
        <source>Capital needed (Rp):</source>
        <translation>Capital needed (Rp):</translation>
    </message>
    <message>
        <source>Monthly revenue (Rp):</source>
        <translation>Monthly revenue (Rp):</translation>
    </message>
    <message>
        <source>Offtaker / &amp;partner:</source>
        <translation>Offtaker / &amp;partner:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Needs:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riority:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>New business opportunity</source>
        <translation>New business opportunity</translation>
    </message>
    <message>
        <source>Opportunity saved.</source>
        <translation>Opportunity saved.</translation>
    </message>
</context>
<context>
    <name>OpportunityListPage</name>
    <message>
        <source>Business opportunities</source>
        <translation>Business opportunities</translation>
    </message>
    <message>
        <source>Search title, commodity or cooperative…</source>
        <translation>Search title, commodity or cooperative…</translation>
    </message>
    <message>
        <source>&amp;New opportunity</source>
        <translation>&amp;New opportunity</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>Any sector</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Any priority</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>S&amp;ector:</translation>
    </message>
    <message>
        <source>No business opportunities on this laptop yet. They come with sync.</source>
        <translation>No business opportunities on this laptop yet. They come with sync.</translation>
    </message>
    <message>
        <source>No business opportunities yet. Note one when a cooperative sees a chance.</source>
        <translation>No business opportunities yet. Note one when a cooperative sees a chance.</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>New opportunity</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only the person who wrote it can change it.</source>
        <translation>Only the person who wrote it can change it.</translation>
    </message>
    <message>
        <source>The visit is waiting for review or was approved; it can be changed again if the PMO sends it back.</source>
        <translation>The visit is waiting for review or was approved; it can be changed again if the PMO sends it back.</translation>
    </message>
    <message>
        <source>Only a draft visit can be deleted.</source>
        <translation>Only a draft visit can be deleted.</translation>
    </message>
    <message>
        <source>The visit's status does not allow this now.</source>
        <translation>The visit's status does not allow this now.</translation>
    </message>
    <message>
        <source>This is outside your kabupaten/kota.</source>
        <translation>This is outside your kabupaten/kota.</translation>
    </message>
    <message>
        <source>This is written by the server, not on a laptop.</source>
        <translation>This is written by the server, not on a laptop.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>New cooperatives are added by the PMO. Ask your PMO to assign this cooperative to you.</source>
        <translation>New cooperatives are added by the PMO. Ask your PMO to assign this cooperative to you.</translation>
    </message>
    <message>
        <source>You add cooperatives in your own kabupaten/kota: choose a village there. Elsewhere, the PMO of that area adds them.</source>
        <translation>You add cooperatives in your own kabupaten/kota: choose a village there. Elsewhere, the PMO of that area adds them.</translation>
    </message>
    <message>
        <source>Only an admin can move a cooperative to another village.</source>
        <translation>Only an admin can move a cooperative to another village.</translation>
    </message>
    <message>
        <source>Only an admin can delete a cooperative.</source>
        <translation>Only an admin can delete a cooperative.</translation>
    </message>
    <message>
        <source>Visits are reviewed by the PMO of their kabupaten/kota.</source>
        <translation>Visits are reviewed by the PMO of their kabupaten/kota.</translation>
    </message>
    <message>
        <source>Only a PMO of this visit's kabupaten/kota can review it.</source>
        <translation>Only a PMO of this visit's kabupaten/kota can review it.</translation>
    </message>
    <message>
        <source>This visit was written by someone else; only they can change it.</source>
        <translation>This visit was written by someone else; only they can change it.</translation>
    </message>
    <message>
        <source>This visit was written by someone else; only they can submit it.</source>
        <translation>This visit was written by someone else; only they can submit it.</translation>
    </message>
    <message>
        <source>This note was written by someone else; only they can change it.</source>
        <translation>This note was written by someone else; only they can change it.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>e.g. Rice stock in the cooperative's warehouse</source>
        <translation>e.g. Rice stock in the cooperative's warehouse</translation>
    </message>
    <message>
        <source>What the selected photo shows; it syncs with the photo</source>
        <translation>What the selected photo shows; it syncs with the photo</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Caption:</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Photo #%1</source>
        <translation>Photo #%1</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Adding %1…</translation>
    </message>
    <message>
        <source>The photos could not be added; details are in the log.</source>
        <translation>The photos could not be added; details are in the log.</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Pictures (%1)</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(no caption)</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>Taken %1</translation>
    </message>
    <message>
        <source>Double-click or Enter to view large</source>
        <translation>Double-click or Enter to view large</translation>
    </message>
    <message>
        <source>Not a picture the app can read: %1</source>
        <translation>Not a picture the app can read: %1</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Wheel or + and − zoom, 0 fits the window, drag or arrow keys move the photo</source>
        <translation>Wheel or + and − zoom, 0 fits the window, drag or arrow keys move the photo</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <source>Fit (0)</source>
        <translation>Fit (0)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Downloading the photo…</source>
        <translation>Downloading the photo…</translation>
    </message>
    <message>
        <source>This photo is not on this laptop yet. Sign in to download it.</source>
        <translation>This photo is not on this laptop yet. Sign in to download it.</translation>
    </message>
    <message>
        <source>This photo is not on this laptop yet and the server cannot be reached now. Try again when the connection is back.</source>
        <translation>This photo is not on this laptop yet and the server cannot be reached now. Try again when the connection is back.</translation>
    </message>
    <message>
        <source>This photo has not reached the server yet: its author's laptop still has to send it.</source>
        <translation>This photo has not reached the server yet: its author's laptop still has to send it.</translation>
    </message>
    <message>
        <source>The downloaded photo was damaged. Try again.</source>
        <translation>The downloaded photo was damaged. Try again.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>While this form was open, the visit became "%1": it can no longer be changed here. What you typed is kept in this form.</source>
        <translation>While this form was open, the visit became "%1": it can no longer be changed here. What you typed is kept in this form.</translation>
    </message>
    <message>
        <source>While this form was open, the record was deleted elsewhere, so it cannot be saved. What you typed is kept in this form.</source>
        <translation>While this form was open, the record was deleted elsewhere, so it cannot be saved. What you typed is kept in this form.</translation>
    </message>
    <message>
        <source>Could not save: %1. What you typed is kept in this form.</source>
        <translation>Could not save: %1. What you typed is kept in this form.</translation>
    </message>
    <message>
        <source>Not saved yet: someone changed the same data while you were editing. Choose which values to keep.</source>
        <translation>Not saved yet: someone changed the same data while you were editing. Choose which values to keep.</translation>
    </message>
    <message>
        <source>Please correct %1 marked in red.</source>
        <translation>Please correct %1 marked in red.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Close the form and discard them?</source>
        <translation>You have changes that are not saved. Close the form and discard them?</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>Nothing matches the search and filters.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Cooperative</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Business unit</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Agreed action</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Review comment</translation>
    </message>
    <message>
        <source>Business opportunity</source>
        <translation>Business opportunity</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>status changed</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database needs to be recovered</source>
        <translation>The database needs to be recovered</translation>
    </message>
    <message>
        <source>Kopdes Desktop found damage in its database file, probably after a power cut or a disk error. The damaged file is kept as it is, whatever you choose, so support staff can still rescue data from it.</source>
        <translation>Kopdes Desktop found damage in its database file, probably after a power cut or a disk error. The damaged file is kept as it is, whatever you choose, so support staff can still rescue data from it.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <source>Technical details for support:</source>
        <translation>Technical details for support:</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Start with an empty database</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>There is no good backup on this laptop. You can start with an empty database and receive your data again at the next sync; changes that were never sent will have to be entered again.</source>
        <translation>There is no good backup on this laptop. You can start with an empty database and receive your data again at the next sync; changes that were never sent will have to be entered again.</translation>
    </message>
    <message>
        <source>The newest good backup was made on %1. Restoring it brings back everything saved up to then.</source>
        <translation>The newest good backup was made on %1. Restoring it brings back everything saved up to then.</translation>
    </message>
    <message>
        <source>Not yet sent and not in the backup: %1 in the damaged file. Please note them now and enter them again after recovering:</source>
        <translation>Not yet sent and not in the backup: %1 in the damaged file. Please note them now and enter them again after recovering:</translation>
    </message>
    <message>
        <source>No unsent change is lost: the backup holds all of them.</source>
        <translation>No unsent change is lost: the backup holds all of them.</translation>
    </message>
    <message>
        <source>Part of the damaged file could not be read, so there may be more unsent changes than listed here.</source>
        <translation>Part of the damaged file could not be read, so there may be more unsent changes than listed here.</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>Recovery failed</translation>
    </message>
    <message>
        <source>The recovery did not work: %1
Details are in the log file:
%2</source>
        <translation>The recovery did not work: %1
Details are in the log file:
%2</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Visit of %1 to %2</source>
        <translation>Visit of %1 to %2</translation>
    </message>
    <message>
        <source>Business note %1 (%2)</source>
        <translation>Business note %1 (%2)</translation>
    </message>
    <message>
        <source>A cooperative</source>
        <translation>A cooperative</translation>
    </message>
    <message>
        <source>The server refused the last change: %1 See the inbox.</source>
        <translation>The server refused the last change: %1 See the inbox.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Pengurus/pengawas</source>
        <translation>Pengurus/pengawas</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Business unit</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Agreed action</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Business note</source>
        <translation>Business note</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Clash</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Type a village name to find it…</source>
        <translation>Type a village name to find it…</translation>
    </message>
</context>
<context>
    <name>Rejections</name>
    <message>
        <source>The values do not pass the checks</source>
        <translation>The values do not pass the checks</translation>
    </message>
    <message>
        <source>The change was malformed</source>
        <translation>The change was malformed</translation>
    </message>
    <message>
        <source>This cooperative is no longer assigned to you</source>
        <translation>This cooperative is no longer assigned to you</translation>
    </message>
    <message>
        <source>Only its author may change this record</source>
        <translation>Only its author may change this record</translation>
    </message>
    <message>
        <source>Your role may not make this change</source>
        <translation>Your role may not make this change</translation>
    </message>
    <message>
        <source>The visit was already submitted or reviewed</source>
        <translation>The visit was already submitted or reviewed</translation>
    </message>
    <message>
        <source>This field cannot be changed here</source>
        <translation>This field cannot be changed here</translation>
    </message>
    <message>
        <source>The record is not on the server</source>
        <translation>The record is not on the server</translation>
    </message>
    <message>
        <source>The record it belongs to is not on the server (it was refused too, or not sent yet)</source>
        <translation>The record it belongs to is not on the server (it was refused too, or not sent yet)</translation>
    </message>
    <message>
        <source>Someone deleted the record meanwhile</source>
        <translation>Someone deleted the record meanwhile</translation>
    </message>
    <message>
        <source>Another record already has this id</source>
        <translation>Another record already has this id</translation>
    </message>
    <message>
        <source>The visit's status changed meanwhile</source>
        <translation>The visit's status changed meanwhile</translation>
    </message>
    <message>
        <source>That status change is not allowed</source>
        <translation>That status change is not allowed</translation>
    </message>
    <message>
        <source>A comment is required</source>
        <translation>A comment is required</translation>
    </message>
    <message>
        <source>The app is too old for the server</source>
        <translation>The app is too old for the server</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Monthly activity report of a BA (PDF)</source>
        <translation>Monthly activity report of a BA (PDF)</translation>
    </message>
    <message>
        <source>Monthly recap of a kabupaten (PDF)</source>
        <translation>Monthly recap of a kabupaten (PDF)</translation>
    </message>
    <message>
        <source>Cooperatives (spreadsheet)</source>
        <translation>Cooperatives (spreadsheet)</translation>
    </message>
    <message>
        <source>Visits (spreadsheet)</source>
        <translation>Visits (spreadsheet)</translation>
    </message>
    <message>
        <source>Business opportunities (spreadsheet)</source>
        <translation>Business opportunities (spreadsheet)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
        <source>Only visits and notes of this month</source>
        <translation>Only visits and notes of this month</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Kabupaten:</source>
        <translation>&amp;Kabupaten:</translation>
    </message>
    <message>
        <source>&amp;BA:</source>
        <translation>&amp;BA:</translation>
    </message>
    <message>
        <source>All kabupaten</source>
        <translation>All kabupaten</translation>
    </message>
    <message>
        <source>No BA with visits yet</source>
        <translation>No BA with visits yet</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>PDF document (.pdf)</translation>
    </message>
    <message>
        <source>Choose the kabupaten of the recap.</source>
        <translation>Choose the kabupaten of the recap.</translation>
    </message>
    <message>
        <source>Choose the BA of the report.</source>
        <translation>Choose the BA of the report.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Saved %1 (%2).</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>BA %1</source>
        <translation>BA %1</translation>
    </message>
    <message>
        <source>Choose a visit in the list to review it.</source>
        <translation>Choose a visit in the list to review it.</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>BA</source>
        <translation>BA</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Travel by</source>
        <translation>Travel by</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Agreed actions</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>(photo not downloaded yet)</source>
        <translation>(photo not downloaded yet)</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Review history</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Visits to review</source>
        <translation>Visits to review</translation>
    </message>
    <message>
        <source>Clashes to settle</source>
        <translation>Clashes to settle</translation>
    </message>
    <message>
        <source>&amp;BA:</source>
        <translation>&amp;BA:</translation>
    </message>
    <message>
        <source>&amp;Kabupaten:</source>
        <translation>&amp;Kabupaten:</translation>
    </message>
    <message>
        <source>&amp;Cooperative:</source>
        <translation>&amp;Cooperative:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>All BAs</source>
        <translation>All BAs</translation>
    </message>
    <message>
        <source>All kabupaten</source>
        <translation>All kabupaten</translation>
    </message>
    <message>
        <source>All cooperatives</source>
        <translation>All cooperatives</translation>
    </message>
    <message>
        <source>What should the BA fix? (required to send a visit back)</source>
        <translation>What should the BA fix? (required to send a visit back)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Needs &amp;revision</source>
        <translation>Needs &amp;revision</translation>
    </message>
    <message>
        <source>Only a PMO of this kabupaten can review visits.</source>
        <translation>Only a PMO of this kabupaten can review visits.</translation>
    </message>
    <message>
        <source>%1 waiting for review</source>
        <translation>%1 waiting for review</translation>
    </message>
    <message>
        <source>No visit waiting for review matches these filters.</source>
        <translation>No visit waiting for review matches these filters.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>No visits wait for your review. Visits the BAs submit come with sync.</source>
        <translation>No visits wait for your review. Visits the BAs submit come with sync.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>Visit sent back to the BA for revision; they see your comment.</source>
        <translation>Visit sent back to the BA for revision; they see your comment.</translation>
    </message>
    <message>
        <source>Visit approved.</source>
        <translation>Visit approved.</translation>
    </message>
    <message>
        <source>Write what the BA should fix before sending it back.</source>
        <translation>Write what the BA should fix before sending it back.</translation>
    </message>
    <message>
        <source>Only a PMO of this kabupaten can review this visit.</source>
        <translation>Only a PMO of this kabupaten can review this visit.</translation>
    </message>
    <message>
        <source>This visit is no longer waiting for review.</source>
        <translation>This visit is no longer waiting for review.</translation>
    </message>
    <message>
        <source>The decision was not saved: %1</source>
        <translation>The decision was not saved: %1</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>&lt;b&gt;Sample data&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sample data&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Made-up cooperatives, visits and notes for trying the app. They stay on this laptop and are never sent to a server.</source>
        <translation>Made-up cooperatives, visits and notes for trying the app. They stay on this laptop and are never sent to a server.</translation>
    </message>
    <message>
        <source>Sign in with your account</source>
        <translation>Sign in with your account</translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation>Remove sample data</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Photos of your own records always come with sync. Photos of others' records come with sync when they were added in the last days set here (0: none); any other photo is downloaded when you open it.</source>
        <translation>Photos of your own records always come with sync. Photos of others' records come with sync when they were added in the last days set here (0: none); any other photo is downloaded when you open it.</translation>
    </message>
    <message>
        <source>The most space photos of others' records may take on this laptop. When it is full, the photos opened longest ago are removed (their small previews stay).</source>
        <translation>The most space photos of others' records may take on this laptop. When it is full, the photos opened longest ago are removed (their small previews stay).</translation>
    </message>
    <message>
        <source>Only for a server with a private certificate</source>
        <translation>Only for a server with a private certificate</translation>
    </message>
    <message>
        <source>Allow unencrypted http:// servers (test servers only)</source>
        <translation>Allow unencrypted http:// servers (test servers only)</translation>
    </message>
    <message>
        <source>Over http:// your password and data can be read and changed on the way. Servers on this computer are always allowed.</source>
        <translation>Over http:// your password and data can be read and changed on the way. Servers on this computer are always allowed.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Appearance:</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sync &amp;every:</translation>
    </message>
    <message>
        <source>&amp;Photos of others that come with sync:</source>
        <translation>&amp;Photos of others that come with sync:</translation>
    </message>
    <message>
        <source>Space for others' p&amp;hotos:</source>
        <translation>Space for others' p&amp;hotos:</translation>
    </message>
    <message>
        <source>CA &amp;certificate file:</source>
        <translation>CA &amp;certificate file:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Security:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Save settings (Ctrl+S)</source>
        <translation>Save settings (Ctrl+S)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Changes at once and is kept for the next start.</source>
        <translation>Changes at once and is kept for the next start.</translation>
    </message>
    <message>
        <source>Hand over by USB…</source>
        <translation>Hand over by USB…</translation>
    </message>
    <message>
        <source>Receive a bundle…</source>
        <translation>Receive a bundle…</translation>
    </message>
    <message>
        <source>No signal for a long time? Save the unsent changes to a file for the office.</source>
        <translation>No signal for a long time? Save the unsent changes to a file for the office.</translation>
    </message>
    <message>
        <source>Handover:</source>
        <translation>Handover:</translation>
    </message>
    <message>
        <source>About Kopdes Desktop…</source>
        <translation>About Kopdes Desktop…</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Backups:</translation>
    </message>
    <message>
        <source>Not signed in. Sign in once to sync.</source>
        <translation>Not signed in. Sign in once to sync.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3</source>
        <translation>Signed in as %1 (%2) at %3</translation>
    </message>
    <message>
        <source>The window shows the sample data. Sign in to switch to your own data; the sample data is then removed.</source>
        <translation>The window shows the sample data. Sign in to switch to your own data; the sample data is then removed.</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>Back up the database to</translation>
    </message>
    <message>
        <source>Kopdes database (*.sqlite)</source>
        <translation>Kopdes database (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore the database from</source>
        <translation>Restore the database from</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>The settings could not be saved: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the server</source>
        <translation>Sign in to the server</translation>
    </message>
    <message>
        <source>Sign in once while you have a connection; the app then syncs for weeks without asking again.</source>
        <translation>Sign in once while you have a connection; the app then syncs for weeks without asking again.</translation>
    </message>
    <message>
        <source>Warning: this address starts with http://, so the connection is not encrypted. Your password and data can be read on the way.</source>
        <translation>Warning: this address starts with http://, so the connection is not encrypted. Your password and data can be read on the way.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Fill in the server, your username and your password.</source>
        <translation>Fill in the server, your username and your password.</translation>
    </message>
    <message>
        <source>This address uses http://, which sends your password unencrypted. Use https://, or allow unencrypted connections in Settings (test servers only).</source>
        <translation>This address uses http://, which sends your password unencrypted. Use https://, or allow unencrypted connections in Settings (test servers only).</translation>
    </message>
    <message>
        <source>This laptop still holds %1 of another account. Sync or export them first.</source>
        <translation>This laptop still holds %1 of another account. Sync or export them first.</translation>
    </message>
    <message>
        <source>Sign-in failed. The details are in the log file: %1</source>
        <translation>Sign-in failed. The details are in the log file: %1</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1.</source>
        <translation>Too many attempts. Try again in %1.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the connection.</source>
        <translation>The server cannot be reached. Check the address and the connection.</translation>
    </message>
    <message>
        <source>This server needs a newer version of the app.</source>
        <translation>This server needs a newer version of the app.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>Arrow keys choose a bar, Enter lists what is behind it</source>
        <translation>Arrow keys choose a bar, Enter lists what is behind it</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Kopdes Desktop needs a graphical desktop, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it from the desktop, or use the command-line tools: kopdes-desktop --help.</source>
        <translation>Kopdes Desktop needs a graphical desktop, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). Start it from the desktop, or use the command-line tools: kopdes-desktop --help.</translation>
    </message>
    <message>
        <source>Kopdes Desktop cannot open its window because a system library is missing: %1. On Debian or Ubuntu, install what the window needs with:
  sudo apt-get install %2</source>
        <translation>Kopdes Desktop cannot open its window because a system library is missing: %1. On Debian or Ubuntu, install what the window needs with:
  sudo apt-get install %2</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connection lost during sync; will retry</source>
        <translation>Connection lost during sync; will retry</translation>
    </message>
    <message>
        <source>Server busy; will retry</source>
        <translation>Server busy; will retry</translation>
    </message>
    <message>
        <source>Data synced; photos still waiting</source>
        <translation>Data synced; photos still waiting</translation>
    </message>
    <message>
        <source>Sign in again to sync</source>
        <translation>Sign in again to sync</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Update the app to sync</source>
        <translation>Update the app to sync</translation>
    </message>
    <message>
        <source>Disk full: free up space to sync</source>
        <translation>Disk full: free up space to sync</translation>
    </message>
    <message>
        <source>Changes not sent yet</source>
        <translation>Changes not sent yet</translation>
    </message>
    <message>
        <source>The server refused the sync</source>
        <translation>The server refused the sync</translation>
    </message>
    <message>
        <source>Server address not encrypted (http); see Settings</source>
        <translation>Server address not encrypted (http); see Settings</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sync cancelled</translation>
    </message>
    <message>
        <source>Sync failed (details in the log)</source>
        <translation>Sync failed (details in the log)</translation>
    </message>
    <message>
        <source>The server cannot be reached: this laptop has no connection to it, or the server is down. Unsent changes (%1) are kept on this laptop and go out at the next sync.</source>
        <translation>The server cannot be reached: this laptop has no connection to it, or the server is down. Unsent changes (%1) are kept on this laptop and go out at the next sync.</translation>
    </message>
    <message>
        <source>The connection to the server was lost in the middle of the sync. Nothing is lost: what reached the server is recorded there, and the rest (%1) continues at the next sync.</source>
        <translation>The connection to the server was lost in the middle of the sync. Nothing is lost: what reached the server is recorded there, and the rest (%1) continues at the next sync.</translation>
    </message>
    <message>
        <source>The server is busy or having trouble and could not finish the sync. Try again in a few minutes; unsent changes (%1) are kept.</source>
        <translation>The server is busy or having trouble and could not finish the sync. Try again in a few minutes; unsent changes (%1) are kept.</translation>
    </message>
    <message>
        <source>The server no longer accepts this laptop's sign-in (the device was signed out, or the account changed). Sign in again; unsent changes (%1) are kept.</source>
        <translation>The server no longer accepts this laptop's sign-in (the device was signed out, or the account changed). Sign in again; unsent changes (%1) are kept.</translation>
    </message>
    <message>
        <source>This laptop is not signed in to a server yet. Sign in once while online.</source>
        <translation>This laptop is not signed in to a server yet. Sign in once while online.</translation>
    </message>
    <message>
        <source>The server needs a newer version of Kopdes Desktop. Update the app; unsent changes (%1) are kept and go out after the update.</source>
        <translation>The server needs a newer version of Kopdes Desktop. Update the app; unsent changes (%1) are kept and go out after the update.</translation>
    </message>
    <message>
        <source>Disk full: this laptop has no storage space left, so the sync stopped. Nothing is lost. Free up space (delete or move files you no longer need), then sync again.</source>
        <translation>Disk full: this laptop has no storage space left, so the sync stopped. Nothing is lost. Free up space (delete or move files you no longer need), then sync again.</translation>
    </message>
    <message>
        <source>The server refused this sync request. Unsent changes (%1) are kept; the details are in the log file for support staff.</source>
        <translation>The server refused this sync request. Unsent changes (%1) are kept; the details are in the log file for support staff.</translation>
    </message>
    <message>
        <source>The server address starts with http://, so the password and every record would cross the network unencrypted. Use the https:// address, or allow plain http in Settings for a test server only.</source>
        <translation>The server address starts with http://, so the password and every record would cross the network unencrypted. Use the https:// address, or allow plain http in Settings for a test server only.</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing is lost.</source>
        <translation>Sync cancelled. Nothing is lost.</translation>
    </message>
    <message>
        <source>The sync stopped because of an unexpected error. Unsent changes (%1) are kept. Details for support staff are in the log file: %2</source>
        <translation>The sync stopped because of an unexpected error. Unsent changes (%1) are kept. Details for support staff are in the log file: %2</translation>
    </message>
    <message>
        <source>Your changes and the server's are synced. The server takes no more photos for now (its storage is full, or this account's photo allowance is used up); they stay on this laptop and go out later.</source>
        <translation>Your changes and the server's are synced. The server takes no more photos for now (its storage is full, or this account's photo allowance is used up); they stay on this laptop and go out later.</translation>
    </message>
    <message>
        <source>Photos still to send: %1, to receive: %2.</source>
        <translation>Photos still to send: %1, to receive: %2.</translation>
    </message>
    <message>
        <source>Your changes and the server's are synced. Only photos did not finish moving (the connection is slow or dropped); they continue at the next sync.</source>
        <translation>Your changes and the server's are synced. Only photos did not finish moving (the connection is slow or dropped); they continue at the next sync.</translation>
    </message>
    <message>
        <source>The server did not accept this username and password.</source>
        <translation>The server did not accept this username and password.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this account: wait 15 minutes, then try again.</source>
        <translation>Too many failed sign-ins for this account: wait 15 minutes, then try again.</translation>
    </message>
    <message>
        <source>Run: kopdes-desktop login --server URL --username NAME</source>
        <translation>Run: kopdes-desktop login --server URL --username NAME</translation>
    </message>
    <message>
        <source>Or add --allow-insecure-http to the command, for a test server only.</source>
        <translation>Or add --allow-insecure-http to the command, for a test server only.</translation>
    </message>
    <message>
        <source>Synced: nothing refused, no clashes.</source>
        <translation>Synced: nothing refused, no clashes.</translation>
    </message>
    <message>
        <source>%1 refused by the server</source>
        <translation>%1 refused by the server</translation>
    </message>
    <message>
        <source>%1 to settle</source>
        <translation>%1 to settle</translation>
    </message>
    <message>
        <source>%1 not applied on this laptop (tried again when they change or after an update)</source>
        <translation>%1 not applied on this laptop (tried again when they change or after an update)</translation>
    </message>
    <message>
        <source>%1 sent (%2 refused), %3 received; photos: %4 sent, %5 received.</source>
        <translation>%1 sent (%2 refused), %3 received; photos: %4 sent, %5 received.</translation>
    </message>
    <message>
        <source>Needs attention: %1; see Kotak Masuk in the window.</source>
        <translation>Needs attention: %1; see Kotak Masuk in the window.</translation>
    </message>
    <message>
        <source>Not sent to the server yet: %1. Sync first (or save them with export-bundle), then sign out.</source>
        <translation>Not sent to the server yet: %1. Sync first (or save them with export-bundle), then sign out.</translation>
    </message>
    <message>
        <source>Saving %1 of %2</source>
        <translation>Saving %1 of %2</translation>
    </message>
    <message>
        <source>Downloading %1 of %2</source>
        <translation>Downloading %1 of %2</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Downloading %1</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>about %1 left</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Send and receive changes now (F5)</source>
        <translation>Send and receive changes now (F5)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Not encrypted (http)</source>
        <translation>Not encrypted (http)</translation>
    </message>
    <message>
        <source>Sample data · never synced</source>
        <translation>Sample data · never synced</translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <translation>Syncing %1%</translation>
    </message>
    <message>
        <source>Not signed in · %1</source>
        <translation>Not signed in · %1</translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation>Offline · %1</translation>
    </message>
    <message>
        <source>Not synced yet · %1</source>
        <translation>Not synced yet · %1</translation>
    </message>
    <message>
        <source>%1 · see the inbox</source>
        <translation>%1 · see the inbox</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synced just now</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 refused</translation>
    </message>
    <message>
        <source>%1 to settle</source>
        <translation>%1 to settle</translation>
    </message>
    <message>
        <source>%1 not applied</source>
        <translation>%1 not applied</translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation>Synced on %1</translation>
    </message>
    <message>
        <source>Synced %1 ago</source>
        <translation>Synced %1 ago</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <source>Account: %1
Open conflicts: %2
Rejected changes: %3
Server changes not applied here: %4</source>
        <translation>Account: %1
Open conflicts: %2
Rejected changes: %3
Server changes not applied here: %4</translation>
    </message>
    <message>
        <source>The connection to the server is not encrypted: passwords and data can be read on the way. Ask for its https:// address.</source>
        <translation>The connection to the server is not encrypted: passwords and data can be read on the way. Ask for its https:// address.</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Agreed actions</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Submit for review (Ctrl+Enter)</source>
        <translation>Submit for review (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Cooperative:</source>
        <translation>&amp;Cooperative:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>&amp;Travel by:</source>
        <translation>&amp;Travel by:</translation>
    </message>
    <message>
        <source>People met:</source>
        <translation>People met:</translation>
    </message>
    <message>
        <source>Number of &amp;people:</source>
        <translation>Number of &amp;people:</translation>
    </message>
    <message>
        <source>Purposes:</source>
        <translation>Purposes:</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Latitude:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;ongitude:</translation>
    </message>
    <message>
        <source>The position a photo's GPS recorded; check it is where the visit was</source>
        <translation>The position a photo's GPS recorded; check it is where the visit was</translation>
    </message>
    <message>
        <source>Cooperative not in the list? %1</source>
        <translation>Cooperative not in the list? %1</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problems:</translation>
    </message>
    <message>
        <source>&amp;Next visit plan:</source>
        <translation>&amp;Next visit plan:</translation>
    </message>
    <message>
        <source>Next visit &amp;date:</source>
        <translation>Next visit &amp;date:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>Resubmit</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1 wrote on %2: %3</source>
        <translation>%1 wrote on %2: %3</translation>
    </message>
    <message>
        <source>(read-only while it is reviewed)</source>
        <translation>(read-only while it is reviewed)</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>Visit submitted.</source>
        <translation>Visit submitted.</translation>
    </message>
    <message>
        <source>Visit resubmitted.</source>
        <translation>Visit resubmitted.</translation>
    </message>
    <message>
        <source>Changes saved. Resubmit the visit when the PMO's points are fixed.</source>
        <translation>Changes saved. Resubmit the visit when the PMO's points are fixed.</translation>
    </message>
    <message>
        <source>Visit draft saved. Submit it when it is complete, for the PMO's review.</source>
        <translation>Visit draft saved. Submit it when it is complete, for the PMO's review.</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <source>Search cooperative, findings or problems…</source>
        <translation>Search cooperative, findings or problems…</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;New visit</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>&amp;Cooperative:</source>
        <translation>&amp;Cooperative:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>No visits on this laptop yet. They come with sync.</source>
        <translation>No visits on this laptop yet. They come with sync.</translation>
    </message>
    <message>
        <source>No visits yet. After meeting a cooperative, write down what you found.</source>
        <translation>No visits yet. After meeting a cooperative, write down what you found.</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>All cooperatives</source>
        <translation>All cooperatives</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
</context>
<context>
    <name>YearEdit</name>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
</context>
</TS>
