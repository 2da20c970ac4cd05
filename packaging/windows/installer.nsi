; Mail Wizard per-user installer (NSIS 3, built by packaging/windows/build.sh or the
; windows-release workflow). No administrator rights: installs into
; %LOCALAPPDATA%\Programs\Mail Wizard and registers itself under HKCU "Apps & features".
;
; makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DSTAGE=<install tree> -DICON=<.ico>
;          -DSIZE_KB=<installed size> -DOUTFILE=<setup.exe> -DLICENSE_PAGE=<text>
;          [-DBRAND_NSH=<brand.nsh>] installer.nsi
; An ISP's own edition (build.sh --brand DIR) includes BRAND_NSH, written by brand.py: its name
; (APPNAME), the shortcut's file name (SHORTCUT), its own install folder (INSTALL_FOLDER) and
; uninstall key (UNINSTALL_ID), so that it installs beside the generic wizard.
;
; Command line (besides NSIS's own /S and /D=<folder>):
;   /DESKTOP=0        no desktop shortcut (the default creates one)
;   /PRESET=<file>    after installing, apply an administrator's preset: the installer runs
;                     mailwizard run --preset <file> (hidden) and ends with its exit code

Unicode true
!ifdef TARGET
  Target ${TARGET}  ; the official Windows NSIS build has x86 stubs only
!else
  Target amd64-unicode
!endif
SetCompressor /SOLID /FINAL lzma
SetCompressorDictSize 64
ManifestDPIAware true
RequestExecutionLevel user

!macro Require NAME
  !ifndef ${NAME}
    !error "define ${NAME} (see build.sh)"
  !endif
!macroend
!insertmacro Require VERSION
!insertmacro Require VERSION4
!insertmacro Require STAGE
!insertmacro Require ICON
!insertmacro Require SIZE_KB
!insertmacro Require OUTFILE
!insertmacro Require LICENSE_PAGE

!ifdef BRAND_NSH
  !include "${BRAND_NSH}"
!else
  !define APPNAME "Mail Wizard"
  !define SHORTCUT "Mail Wizard"
  !define INSTALL_FOLDER "Mail Wizard"
  !define UNINSTALL_ID "MailWizard"
!endif
!define PUBLISHER "Mail Wizard developers"
!define GUI_EXE "mailwizard-gui.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${UNINSTALL_ID}"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${INSTALL_FOLDER}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!define MUI_FINISHPAGE_NOREBOOTSUPPORT

!insertmacro MUI_PAGE_WELCOME
; NOTICE (GPL for Mail Wizard, LGPL for Qt, where their source is) and the GPL's text. The GPL
; asks nothing of someone who only runs the program: the page informs, Next goes on.
!define MUI_LICENSEPAGE_BUTTON "$(^NextBtn)"
!define MUI_LICENSEPAGE_TEXT_BOTTOM "$(LicenseBottom)"
!insertmacro MUI_PAGE_LICENSE "${LICENSE_PAGE}"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The installer's own pages follow the Windows display language (NSIS picks the match).
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "Lithuanian"
!insertmacro MUI_LANGUAGE "Swedish"
!insertmacro MUI_LANGUAGE "Czech"

; The product name stays as it is in every language (translations/GLOSSARY.md): Mail Wizard,
; or the brand's name.
LangString SecApp ${LANG_ENGLISH} "${APPNAME}"
LangString SecApp ${LANG_RUSSIAN} "${APPNAME}"
LangString SecApp ${LANG_LITHUANIAN} "${APPNAME}"
LangString SecApp ${LANG_SWEDISH} "${APPNAME}"
LangString SecApp ${LANG_CZECH} "${APPNAME}"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktop ${LANG_RUSSIAN} "Ярлык на рабочем столе"
LangString SecDesktop ${LANG_LITHUANIAN} "Nuoroda darbalaukyje"
LangString SecDesktop ${LANG_SWEDISH} "Genväg på skrivbordet"
LangString SecDesktop ${LANG_CZECH} "Zástupce na ploše"
; GPL-3.0 section 9: running the program needs no acceptance.
LangString LicenseBottom ${LANG_ENGLISH} "You need not accept anything to use ${APPNAME}: the licence says what you may do when you pass it on."
LangString LicenseBottom ${LANG_RUSSIAN} "Чтобы пользоваться ${APPNAME}, ничего принимать не нужно: лицензия говорит о том, что можно делать, передавая программу другим."
LangString LicenseBottom ${LANG_LITHUANIAN} "Norint naudotis ${APPNAME}, nieko priimti nereikia: licencija nurodo, ką galima daryti perduodant programą kitiems."
LangString LicenseBottom ${LANG_SWEDISH} "Du behöver inte godkänna något för att använda ${APPNAME}: licensen säger vad du får göra när du ger programmet vidare."
LangString LicenseBottom ${LANG_CZECH} "K používání programu ${APPNAME} nemusíte nic přijímat: licence říká, co smíte dělat, když program předáváte dál."
LangString AppRunning ${LANG_ENGLISH} "${APPNAME} is running. Close it and click Retry."
LangString AppRunning ${LANG_RUSSIAN} "Программа ${APPNAME} запущена. Закройте её и нажмите «Повторить»."
LangString AppRunning ${LANG_LITHUANIAN} "Programa ${APPNAME} veikia. Uždarykite ją ir spustelėkite „Kartoti“."
LangString AppRunning ${LANG_SWEDISH} "${APPNAME} körs. Stäng programmet och klicka på Försök igen."
LangString AppRunning ${LANG_CZECH} "Program ${APPNAME} je spuštěn. Zavřete jej a klikněte na Opakovat."

; Program files are replaced wholesale on an upgrade; only our own names are ever deleted,
; never the whole folder (the user may have chosen a folder that holds other things).
!macro RemoveProgramFiles
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\licenses"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\mailwizard.exe"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\NOTICE.txt"
  Delete "$INSTDIR\THIRD-PARTY-NOTICES.txt"
!macroend

; A running launcher keeps its .exe locked: ask the user to close the app (silent: give up).
!macro WaitUntilClosed un
  Function ${un}WaitUntilClosed
    retry:
    ClearErrors
    ${If} ${FileExists} "$INSTDIR\${GUI_EXE}"
      Rename "$INSTDIR\${GUI_EXE}" "$INSTDIR\${GUI_EXE}.check"
      ${If} ${Errors}
        MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
        Abort
      ${EndIf}
      Rename "$INSTDIR\${GUI_EXE}.check" "$INSTDIR\${GUI_EXE}"
    ${EndIf}
  FunctionEnd
!macroend
!insertmacro WaitUntilClosed ""
!insertmacro WaitUntilClosed "un."

Section "!$(SecApp)" SecAppId
  SectionIn RO
  Call WaitUntilClosed
  SetOutPath "$INSTDIR"
  !insertmacro RemoveProgramFiles
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  ; Byte-compile the app's modules now (hidden, a second or two) so the first start is as
  ; quick as later ones; __pycache__ lives under python\ and goes with it on uninstall.
  nsExec::Exec '"$INSTDIR\python\python.exe" -X utf8 -c "import _mailwizard_boot as b; b.warm()"'
  Pop $0

  SetShellVarContext current
  CreateShortcut "$SMPROGRAMS\${SHORTCUT}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "$(SecDesktop)" SecDesktopId
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${SHORTCUT}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
SectionEnd

; An administrator's preset (/PRESET=<file>), applied once the program is in place.
Var Preset
Section "-ApplyPreset"
  ${If} $Preset != ""
    DetailPrint "mailwizard run --preset $Preset"
    nsExec::ExecToLog '"$INSTDIR\mailwizard.exe" run --preset "$Preset"'
    Pop $0
    DetailPrint "mailwizard run --preset: $0"
    ${If} $0 != 0
      SetErrorLevel 3  ; installed, but the preset failed (its sentence is in the details and the log)
    ${EndIf}
  ${EndIf}
SectionEnd

Function .onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DESKTOP=" $R1
  ${IfNot} ${Errors}
  ${AndIf} $R1 == "0"
    !insertmacro UnselectSection ${SecDesktopId}
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/PRESET=" $R1
  ${IfNot} ${Errors}
  ${AndIf} $R1 != ""
    GetFullPathName $Preset $R1  ; relative to where the installer was started
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Call un.WaitUntilClosed
  SetShellVarContext current
  Delete "$SMPROGRAMS\${SHORTCUT}.lnk"
  Delete "$DESKTOP\${SHORTCUT}.lnk"
  !insertmacro RemoveProgramFiles
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  RMDir "$LOCALAPPDATA\Programs"  ; only if empty: the installer may have created it
  ; Only the launcher's start-up error note; the user's settings and saved files stay in the
  ; app's folder (removed only when nothing else is left in it).
  Delete "$LOCALAPPDATA\mailwizard\startup-error.txt"
  RMDir "$LOCALAPPDATA\mailwizard"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
