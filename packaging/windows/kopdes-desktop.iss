; Inno Setup script for Kopdes Desktop on Windows (Inno Setup 6). Steps: docs/packaging.md.
;
;   iscc packaging\windows\kopdes-desktop.iss            (after the PyInstaller build)
;   iscc /DAppVersion=0.2.0 packaging\windows\kopdes-desktop.iss
;
; - Installs per user, without administrator rights (PrivilegesRequired=lowest): into
;   %LOCALAPPDATA%\Programs\Kopdes Desktop, with a Start-menu shortcut. IT staff may still
;   install for all users from the command line with /ALLUSERS.
; - Indonesian and English; the language of Windows picks the default.
; - Never touches the user's data: the database, backups, photos and settings live in
;   %LOCALAPPDATA%\kopdes-desktop (see kopdes_desktop/paths.py), outside {app}, so uninstalling
;   or upgrading leaves them exactly as they were.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Kopdes Desktop"
#define AppExe "kopdes-desktop.exe"
#define CliExe "kopdes-desktop-cli.exe"
#define BundleDir "..\..\dist\kopdes-desktop"

[Setup]
; The AppId identifies the program across versions: never change it.
AppId={{8E4C3A52-6F1B-4D7E-9A0C-2B5D7F3E1A64}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Kopdes Desktop
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=kopdes-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\kopdes-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; An open window holds its files; ask to close it rather than fail halfway through an upgrade.
CloseApplications=yes
RestartApplications=no

[Languages]
; Indonesian first: it is the default when Windows' language is not English. Inno Setup keeps
; Indonesian.isl among its community ("unofficial") translations; put it beside this script or
; in the compiler's Languages\Unofficial folder (docs/packaging.md says where to get it).
#if FileExists(AddBackslash(SourcePath) + "Indonesian.isl")
Name: "id"; MessagesFile: "Indonesian.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\Indonesian.isl")
Name: "id"; MessagesFile: "compiler:Languages\Unofficial\Indonesian.isl"
#else
  #error Indonesian.isl not found: copy it beside this script (see docs/packaging.md)
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.LaunchApp=Jalankan Kopdes Desktop
en.LaunchApp=Start Kopdes Desktop
id.CheckingInstall=Memeriksa hasil instalasi...
en.CheckingInstall=Checking the installation...
id.SelfTestFailed=Pemeriksaan instalasi gagal (kode %1). Aplikasi mungkin tidak dapat berjalan di komputer ini. Hubungi tim dukungan dan sebutkan kode ini.
en.SelfTestFailed=The installation check failed (code %1). The app may not run on this computer. Please contact support and mention this code.
id.DataKept=Data Anda (basis data, cadangan, foto) tetap tersimpan di %1.
en.DataKept=Your data (database, backups, photos) is kept in %1.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program folder's libraries wholesale, so no file of an older version
; is left to be loaded by mistake. User data is never in {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: uninstalling removes only what setup installed. The data folder
; %LOCALAPPDATA%\kopdes-desktop is kept on purpose (unsent work must never be lost).

[Code]
// After copying, run the bundle's own self-test (offscreen, in a temporary folder) so a broken
// install is reported here rather than on the BA's first day in a village.
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    WizardForm.StatusLabel.Caption := CustomMessage('CheckingInstall');
    if not Exec(ExpandConstant('{app}\{#CliExe}'), '--self-test', '', SW_HIDE,
                ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
      SuppressibleMsgBox(FmtMessage(CustomMessage('SelfTestFailed'), [IntToStr(ResultCode)]),
                         mbError, MB_OK, IDOK);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    if not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'),
                        [ExpandConstant('{localappdata}\kopdes-desktop')]), mbInformation, MB_OK);
end;
