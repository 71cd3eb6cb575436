; Inno Setup 6 script: the per-user installer of OCOP Desk for Windows.
; Built by packaging\build.ps1 (ISCC /DAppVersion=X.Y.Z packaging\windows\ocop-desk.iss) from dist\ocop-desk\.
; Why Inno Setup: it installs per user without administrator rights (PrivilegesRequired=lowest), is one
; small free tool on the Windows runners (choco install innosetup), and its scripts are plain text.
; NOT RUN HERE: written and wired into .github/workflows/windows-bundle.yml, never executed on this project's
; Linux machines.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F1C2E0B-4C1D-4C55-9B0E-0C0D0E5A7D31}
AppName=OCOP Desk
AppVersion={#AppVersion}
AppPublisher=OCOP Desk
DefaultDirName={localappdata}\Programs\OCOP Desk
DefaultGroupName=OCOP Desk
DisableProgramGroupPage=yes
; per user, no administrator rights, no UAC prompt
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ocop-desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=OCOP Desk {#AppVersion}
UninstallDisplayIcon={app}\ocop-desk-window.exe

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.StartMenuName=Điều phối chợ phiên OCOP (OCOP Desk)
english.StartMenuComment=Điểm danh gian hàng, in tem truy xuất QR, ghi số liệu livestream, xuất báo cáo Excel
english.DemoName=OCOP Desk – chợ phiên mẫu
english.DesktopIcon=Tạo biểu tượng trên màn hình nền

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "..\..\dist\ocop-desk\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
; the Start-menu entry, in Vietnamese, opening the window without a console
Name: "{userprograms}\{cm:StartMenuName}"; Filename: "{app}\ocop-desk-window.exe"; Comment: "{cm:StartMenuComment}"
Name: "{userprograms}\{cm:DemoName}"; Filename: "{app}\ocop-desk-window.exe"; Parameters: "--demo"
Name: "{userdesktop}\OCOP Desk"; Filename: "{app}\ocop-desk-window.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ocop-desk-window.exe"; Description: "Mở OCOP Desk"; Flags: nowait postinstall skipifsilent

; The data folder (%LOCALAPPDATA%\ocop-desk: the database, its backups, the logs) is never part of the
; installation, so uninstalling leaves it as it is: no [UninstallDelete] entry touches it.
