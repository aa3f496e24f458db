; Inno Setup 6 script for 校样 Proofsheet: packs the PyInstaller bundle (dist\Proofsheet) into one setup .exe.
;
;   iscc /DAppVersion=0.1.0 installer\proofsheet.iss        (after `pyinstaller build.spec`; writes dist\installer\)
;
; AppVersion is pyproject.toml's version in any form the project uses (0.2.0, 0.2.0rc1, 0.2.0.post1).
; Per-user install into %LOCALAPPDATA%\Programs\Proofsheet without administrator rights by default
; (the wizard offers "install for all users" when the user can elevate), Start-menu shortcut, optional
; desktop shortcut, "Open with" entries for .txt and .docx, and an uninstaller that keeps the user's
; database, settings and logs (%LOCALAPPDATA%\Proofsheet) unless the user asks to delete them.
; The wizard speaks Simplified Chinese (installer\ChineseSimplified.isl, ours: Inno Setup has none)
; on a Chinese Windows, English on an English one, and offers both, Chinese first, elsewhere.
; .ci/installer.bash compiles, installs, upgrades and uninstalls this script under Wine in CI.
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
; CI (.ci/installer.bash) passes /DCompression=none: lzma2/max takes minutes under Wine.
#ifndef Compression
  #define Compression "lzma2/max"
#endif
; Windows' file version takes numbers only: the version's leading numbers and dots, as build.spec
; does for the exe (0.2.0 -> 0.2.0, 0.2.0rc1 -> 0.2.0, 0.2.0.post1 -> 0.2.0).
#ifndef NumericVersion
  #define NumericVersion ""
  #define VersionChar 1
  #for {VersionChar = 1; VersionChar <= Len(AppVersion) && Pos(Copy(AppVersion, VersionChar, 1), "0123456789.") > 0; VersionChar++} NumericVersion = NumericVersion + Copy(AppVersion, VersionChar, 1)
  #if Copy(NumericVersion, Len(NumericVersion), 1) == "."
    #define NumericVersion Copy(NumericVersion, 1, Len(NumericVersion) - 1)
  #endif
  #if NumericVersion == ""
    #error AppVersion must start with a number, like 0.2.0 or 0.2.0rc1
  #endif
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
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
#ifdef WineUserProgramsDir
; TEST ONLY (.ci/installer.bash): Wine cannot expand {autopf} in a per-user install (it has no
; FOLDERID_UserProgramFiles), so CI tests the per-user path by naming the folder Windows uses.
DefaultDirName={code:WineTestAppDir}
#else
DefaultDirName={autopf}\Proofsheet
#endif
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
; The language dialog only when Windows' display language is neither Chinese nor English.
ShowLanguageDialog=auto
Compression={#Compression}
SolidCompression=yes
ChangesAssociations=yes
CloseApplications=yes
; Code signing: when a certificate is available, configure a sign tool named "signtool" in the
; Inno Setup IDE (or iscc /Ssigntool=...) and uncomment the next line; see the workflow's signing step.
; SignTool=signtool

[Languages]
; The first language is also the one used when Windows' language matches none.
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.OpenWithName=校样版面
chinesesimplified.DeleteUserData=是否同时删除校样的用户数据（数据库：版面、修改记录和记者名单；设置；日志），位于 %1？%n%n选择“否”则保留，以后重新安装时可继续使用。
english.OpenWithName=Proofsheet page
english.DeleteUserData=Also delete your Proofsheet data (the database with pages, edits and the reporter roster, settings and logs) in %1?%n%nChoose No to keep it for a later installation.

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
; HKCU\Software\Classes for a per-user install (HKLM for an all-users install).  An uninstall
; removes our values, then each key it leaves empty (a per-user .txt key is usually ours alone).
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueData: "{cm:OpenWithName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.txt"; Flags: uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.txt\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.docx"; Flags: uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.docx\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
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
// The install log names the wizard's language and one of its lines, so a check can read which
// language a silent install would have shown.
function InitializeSetup: Boolean;
begin
  Log('Wizard language: ' + ActiveLanguage + '; welcome: ' + SetupMessage(msgWelcomeLabel1));
  Result := True;
end;

#ifdef WineUserProgramsDir
function WineTestAppDir(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{autopf}\Proofsheet')
  else
    Result := ExpandConstant('{localappdata}\Programs\Proofsheet');
end;
#endif

// The editor's database, settings, caches and logs live outside {app} and survive an uninstall
// unless the user, asked, says otherwise.  A silent uninstall never asks and always keeps them:
// QuietUninstallString (what winget and desk management tools run) is "/SILENT" without
// /SUPPRESSMSGBOXES, and a question there would wait for an answer nobody can give.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DataDir := ExpandConstant('{#UserDataDir}');
  if not DirExists(DataDir) then
    exit;
  if UninstallSilent then
  begin
    Log('Silent uninstall: keeping ' + DataDir);
    exit;
  end;
  if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteUserData'), [DataDir]),
                        mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
  begin
    if not DelTree(DataDir, True, True, True) then
      SuppressibleMsgBox(DataDir, mbError, MB_OK, IDOK);
  end;
end;
