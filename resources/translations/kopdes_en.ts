<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Backups</name>
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
        <source>Search cooperative or village name…</source>
        <translation>Search cooperative or village name…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
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
        <source>%1 cooperatives</source>
        <translation>%1 cooperatives</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
</context>
<context>
    <name>CooperativeTableModel</name>
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
    <name>HomePage</name>
    <message>
        <source>Welcome to Kopdes Desktop</source>
        <translation>Welcome to Kopdes Desktop</translation>
    </message>
    <message>
        <source>Cooperative profiles, visit logs and business opportunities, kept on this laptop and usable without a signal.</source>
        <translation>Cooperative profiles, visit logs and business opportunities, kept on this laptop and usable without a signal.</translation>
    </message>
    <message>
        <source>Cooperatives:</source>
        <translation>Cooperatives:</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Visits:</translation>
    </message>
    <message>
        <source>Business opportunities:</source>
        <translation>Business opportunities:</translation>
    </message>
    <message>
        <source>Changes waiting to be sent:</source>
        <translation>Changes waiting to be sent:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
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
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>%1 changes waiting to be sent</source>
        <translation>%1 changes waiting to be sent</translation>
    </message>
    <message>
        <source>Sample data loaded: %1 cooperatives.</source>
        <translation>Sample data loaded: %1 cooperatives.</translation>
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
        <source>%1 changes in the damaged file were not yet sent and are not in the backup. Please note them now and enter them again after recovering:</source>
        <translation>%1 changes in the damaged file were not yet sent and are not in the backup. Please note them now and enter them again after recovering:</translation>
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
</TS>
