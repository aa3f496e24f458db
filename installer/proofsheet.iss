; Inno Setup 6 script for 校样 Proofsheet: packs the PyInstaller bundle (dist\Proofsheet) into one setup .exe.
;
;   iscc /DAppVersion=0.1.0 installer\proofsheet.iss        (after `pyinstaller build.spec`; writes dist\installer\)
;
; Per-user install into %LOCALAPPDATA%\Programs\Proofsheet without administrator rights by default
; (the wizard offers "install for all users" when the user can elevate), Start-menu shortcut, optional
; desktop shortcut, "Open with" entries for .txt and .docx, and an uninstaller that keeps the user's
; database, settings and logs (%LOCALAPPDATA%\Proofsheet) unless the user asks to delete them.
; This file is UTF-8 with a byte-order mark, so Inno Setup reads the Chinese text correctly.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<version from pyproject.toml> installer\proofsheet.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\Proofsheet"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist\installer"
#endif
; Windows' file version needs four numbers: 0.1.0rc1 -> 0.1.0
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif

#define AppName "校样 Proofsheet"
#define AppExe "Proofsheet.exe"
#define ProgId "Proofsheet.Page"
; Where the app keeps the editor's database, settings, caches and logs (platformdirs' user data folder).
#define UserDataDir "{localappdata}\Proofsheet"

[Setup]
; Never change AppId: it is how Windows recognises upgrades and the uninstaller of this app.
AppId={{5A5B1458-B4B8-460D-A2D3-17213537B2E6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Proofsheet developers
VersionInfoVersion={#NumericVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
DefaultDirName={autopf}\Proofsheet
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; the wizard lets a user who can elevate install for everyone instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=Proofsheet-{#AppVersion}-setup
SetupIconFile=..\resources\icons\proofsheet.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ChangesAssociations=yes
CloseApplications=yes
; Code signing: when a certificate is available, configure a sign tool named "signtool" in the
; Inno Setup IDE (or iscc /Ssigntool=...) and uncomment the next line; see the workflow's signing step.
; SignTool=signtool

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.OpenWithName=Proofsheet page
english.DeleteUserData=Also delete your Proofsheet data (the database with pages, edits and the reporter roster, settings and logs) in %1?%n%nChoose No to keep it for a later installation.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
chinesesimplified.OpenWithName=校样版面
chinesesimplified.DeleteUserData=是否同时删除校样的用户数据（数据库：版面、修改记录和记者名单；设置；日志），位于 %1？%n%n选择“否”则保留，以后重新安装时可继续使用。
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle wholesale, so no module from an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Open with Proofsheet" for .txt and .docx, without taking over the default program.  HKA is
; HKCU\Software\Classes for a per-user install (HKLM for an all-users install).
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueData: "{cm:OpenWithName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.txt\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.docx\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\DefaultIcon"; ValueType: string; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".txt"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Code]
// The editor's database, settings, caches and logs live outside {app} and survive an uninstall,
// unless the user says otherwise.  Silent uninstalls (/SILENT, /VERYSILENT) always keep them.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DataDir := ExpandConstant('{#UserDataDir}');
  if not DirExists(DataDir) then
    exit;
  if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteUserData'), [DataDir]),
                        mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
  begin
    if not DelTree(DataDir, True, True, True) then
      SuppressibleMsgBox(DataDir, mbError, MB_OK, IDOK);
  end;
end;
