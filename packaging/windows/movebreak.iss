; Inno Setup script for movebreak on Windows. Build the frozen app first (on Windows):
;   pyinstaller packaging\pyinstaller\movebreak.spec --noconfirm --distpath dist --workpath build\pyinstaller
;   iscc packaging\windows\movebreak.iss        -> dist\movebreak-0.1.0-setup.exe
; A per-user install (no admin rights): the run-at-login task writes HKCU\...\Run, the same
; value ("movebreak") that the app's own "Start at login" setting reads and writes.

#define AppName "movebreak"
#define AppVersion "0.1.0"
#define AppId "io.github.movebreak.Movebreak"
#define AppExe "movebreak.exe"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The movebreak authors
AppPublisherURL=https://github.com/movebreak/movebreak
AppSupportURL=https://github.com/movebreak/movebreak/issues
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=movebreak.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The tray app keeps running; close it before files are replaced or removed.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "autostart"; Description: "Start {#AppName} when I sign in"; GroupDescription: "Start at login:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\movebreak\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Short mobility routines between your deep-work blocks"
Name: "{group}\Take a break now"; Filename: "{app}\{#AppExe}"; Parameters: "break-now"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"""; Tasks: autostart; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{app}\movebreak-cli.exe"; Parameters: "quit"; Flags: runhidden skipifdoesntexist; RunOnceId: "QuitMovebreak"
