; The Windows installer, built with a stock makensis (Debian's nsis package
; has it) from scripts/package-windows.sh. Tauri's own NSIS bundler would
; download NSIS plugins while bundling; this script needs none beyond those
; that come with NSIS, so the installer builds offline.
;
; Installs for the current user only (no administrator prompt) into
; %LOCALAPPDATA%\Programs\meta-optout, adds a Start menu entry and an
; uninstaller (Settings > Apps), and fetches Microsoft's WebView2 bootstrapper
; when the runtime the window needs is missing.
;
;   makensis -DVERSION=0.1.0 -DSTAGE=<folder> -DOUTFILE=<setup.exe> installer.nsi
; STAGE holds meta-optout.exe, WebView2Loader.dll, LICENSE.txt and icon.ico.
;
; Options for a silent install: setup.exe /S [/NOWEBVIEW2] [/D=<folder>]
; (/NOWEBVIEW2 skips fetching the runtime, for machines without a network
; or where it is managed otherwise).

Unicode true
; The app is 64-bit only, and so is the installer: it writes the 64-bit
; registry view and refuses to run on 32-bit Windows.
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION | STAGE | OUTFILE
  !error "define VERSION, STAGE and OUTFILE (see the top of this file)"
!endif

!define APP "meta-optout"
!define DISPLAY_NAME "Meta opt-out"
!define PUBLISHER "The meta-optout project"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
; The WebView2 runtime's id; its version is under EdgeUpdate\Clients\<id>.
!define WEBVIEW2_ID "{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"
; Microsoft's evergreen bootstrapper: a small program that installs the
; current runtime.
!define WEBVIEW2_BOOTSTRAPPER_URL "https://go.microsoft.com/fwlink/p/?LinkId=2124703"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh

Name "${DISPLAY_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${DISPLAY_NAME}"
VIAddVersionKey "FileDescription" "${DISPLAY_NAME} installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "LegalCopyright" "${PUBLISHER}, GPL-3.0-or-later"

!define MUI_ICON "${STAGE}\icon.ico"
!define MUI_UNICON "${STAGE}\icon.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP}.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Open ${DISPLAY_NAME}"

!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${DISPLAY_NAME} needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

; Sets $0 to the installed WebView2 runtime's version, or "" when there is
; none. Machine-wide installs register under HKLM (the WOW6432Node path on
; 64-bit Windows), per-user ones under HKCU.
Function WebView2Version
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_ID}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_ID}" "pv"
  ${EndIf}
  ${If} $0 == "0.0.0.0"
    StrCpy $0 ""
  ${EndIf}
FunctionEnd

Function InstallWebView2
  Call WebView2Version
  ${If} $0 != ""
    DetailPrint "WebView2 runtime $0 is installed."
    Return
  ${EndIf}
  ${GetParameters} $1
  ClearErrors
  ${GetOptions} $1 "/NOWEBVIEW2" $2
  ${IfNot} ${Errors}
    DetailPrint "WebView2 runtime missing; not fetched (/NOWEBVIEW2)."
    Return
  ${EndIf}
  DetailPrint "Fetching the WebView2 runtime's bootstrapper from Microsoft..."
  StrCpy $2 "$PLUGINSDIR\MicrosoftEdgeWebview2Setup.exe"
  ; PowerShell comes with every Windows the runtime supports, and fetches
  ; over HTTPS, which NSIS's own download plugin cannot.
  nsExec::ExecToLog `powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; Invoke-WebRequest -UseBasicParsing -Uri '${WEBVIEW2_BOOTSTRAPPER_URL}' -OutFile '$2'"`
  Pop $3
  ${If} $3 == 0
  ${AndIf} ${FileExists} $2
    DetailPrint "Installing the WebView2 runtime..."
    ExecWait `"$2" /silent /install` $3
  ${EndIf}
  Call WebView2Version
  ${If} $0 == ""
    DetailPrint "The WebView2 runtime could not be installed."
    MessageBox MB_ICONEXCLAMATION "The window of ${DISPLAY_NAME} needs the Microsoft Edge WebView2 Runtime, which could not be installed now.$\r$\n$\r$\nInstall it from https://developer.microsoft.com/microsoft-edge/webview2/ and start ${DISPLAY_NAME} again. The command-line subcommands work without it." /SD IDOK
  ${EndIf}
FunctionEnd

Section "Install"
  InitPluginsDir
  SetOutPath "$INSTDIR"
  File "${STAGE}\${APP}.exe"
  File "${STAGE}\WebView2Loader.dll"
  File "${STAGE}\LICENSE.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; $SMPROGRAMS is the user's own Start menu folder: the installer runs as
  ; the user.
  CreateShortcut "$SMPROGRAMS\${DISPLAY_NAME}.lnk" "$INSTDIR\${APP}.exe"

  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${DISPLAY_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP}.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" `"$INSTDIR\uninstall.exe"`
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" `"$INSTDIR\uninstall.exe" /S`
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0

  Call InstallWebView2
SectionEnd

; Removes the program only: the person's progress and exports (in
; %LOCALAPPDATA%\meta-optout and wherever they saved them) stay.
Section "Uninstall"
  Delete "$INSTDIR\${APP}.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${DISPLAY_NAME}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
SectionEnd
