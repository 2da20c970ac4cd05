# Native smoke test of the installer on real Windows (the windows-release workflow runs it).
# The same checks as the Wine smoke test (smoke-wine.sh): silent install; files, shortcuts and
# the "Apps & features" entry; the installed CLI; the GUI's first page (screenshot); upgrade in
# place; silent uninstall leaving nothing behind.
#   powershell -File packaging\windows\smoke-windows.ps1 -Installer dist\MailWizard-Setup-X.exe -Version X -OutDir out
param(
    [Parameter(Mandatory = $true)][string]$Installer,
    [Parameter(Mandatory = $true)][string]$Version,
    [string]$OutDir = "smoke-out"
)
$ErrorActionPreference = "Stop"
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$OutDir = (Resolve-Path $OutDir).Path
$Installer = (Resolve-Path $Installer).Path
$failures = New-Object System.Collections.Generic.List[string]
function Check([bool]$ok, [string]$message) { if (-not $ok) { $failures.Add($message); Write-Host "FAIL: $message" } }

$installDir = Join-Path $env:LOCALAPPDATA "Programs\Mail Wizard"
$startMenu = Join-Path ([Environment]::GetFolderPath("Programs")) "Mail Wizard.lnk"
$desktop = Join-Path ([Environment]::GetFolderPath("Desktop")) "Mail Wizard.lnk"
$uninstallKey = "HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\MailWizard"

Write-Host "== silent install"
$watch = [Diagnostics.Stopwatch]::StartNew()
$p = Start-Process -FilePath $Installer -ArgumentList "/S" -Wait -PassThru
Write-Host ("   {0:N1} s, exit {1}" -f $watch.Elapsed.TotalSeconds, $p.ExitCode)
Check ($p.ExitCode -eq 0) "installer exited $($p.ExitCode)"
foreach ($f in @("mailwizard-gui.exe", "mailwizard.exe", "uninstall.exe", "LICENSE.txt", "NOTICE.txt",
                 "THIRD-PARTY-NOTICES.txt", "licenses\LGPL-3.0.txt", "python\python313.dll",
                 "python\Lib\site-packages\wizard\__init__.py",
                 "python\Lib\site-packages\PySide6\plugins\platforms\qwindows.dll")) {
    Check (Test-Path (Join-Path $installDir $f)) "not installed: $f"
}
Check ((Get-ChildItem -Recurse $installDir -Include icuuc.dll, mscms.dll | Measure-Object).Count -eq 0) "a Wine stub DLL was shipped"
Check (Test-Path $startMenu) "no Start-menu shortcut"
Check (Test-Path $desktop) "no desktop shortcut"
$key = Get-ItemProperty -Path $uninstallKey -ErrorAction SilentlyContinue
Check ($null -ne $key) "no uninstall registry key"
if ($key) {
    Check ($key.DisplayName -eq "Mail Wizard") "DisplayName is '$($key.DisplayName)'"
    Check ($key.DisplayVersion -eq $Version) "DisplayVersion is '$($key.DisplayVersion)'"
    foreach ($v in @("Publisher", "DisplayIcon", "EstimatedSize", "UninstallString", "QuietUninstallString")) {
        Check ($null -ne $key.$v) "uninstall key lacks $v"
    }
}

Write-Host "== command line"
$cli = Join-Path $installDir "mailwizard.exe"
$out = & $cli --version 2>&1 | Out-String
Check ($out.Trim() -eq "mailwizard $Version") "--version printed '$($out.Trim())'"
$detect = & $cli detect someone@ovh.net --offline --json 2>&1 | Out-String
Set-Content -Path (Join-Path $OutDir "cli-detect.txt") -Value $detect -Encoding utf8
try {
    $json = $detect | ConvertFrom-Json
    Check ($json.email -eq "someone@ovh.net") "detect: wrong email"
    Check ($null -ne $json.provider) "detect: ovh.net not in the bundled catalog"
    Check ($json.incoming.Count -gt 0) "detect: no incoming server"
} catch { Check $false "detect --json did not print JSON: $detect" }

Write-Host "== GUI"
Add-Type -AssemblyName System.Drawing
Add-Type @"
using System; using System.Runtime.InteropServices;
public static class Win { [DllImport("user32.dll")] public static extern bool GetWindowRect(IntPtr h, out RECT r);
  [StructLayout(LayoutKind.Sequential)] public struct RECT { public int Left, Top, Right, Bottom; } }
"@
$env:MAILWIZARD_NO_ERROR_DIALOG = "1"
$watch = [Diagnostics.Stopwatch]::StartNew()
$gui = Start-Process -FilePath (Join-Path $installDir "mailwizard-gui.exe") -PassThru
$handle = [IntPtr]::Zero
while ($watch.Elapsed.TotalSeconds -lt 60 -and -not $gui.HasExited) {
    $gui.Refresh()
    if ($gui.MainWindowHandle -ne [IntPtr]::Zero) { $handle = $gui.MainWindowHandle; break }
    Start-Sleep -Milliseconds 50
}
Check ($handle -ne [IntPtr]::Zero) "the GUI showed no window"
if ($handle -ne [IntPtr]::Zero) {
    Write-Host ("   window after {0:N2} s: '{1}'" -f $watch.Elapsed.TotalSeconds, $gui.MainWindowTitle)
    Start-Sleep -Seconds 2
    $r = New-Object Win+RECT
    [Win]::GetWindowRect($handle, [ref]$r) | Out-Null
    $bmp = New-Object Drawing.Bitmap ($r.Right - $r.Left), ($r.Bottom - $r.Top)
    [Drawing.Graphics]::FromImage($bmp).CopyFromScreen($r.Left, $r.Top, 0, 0, $bmp.Size)
    $bmp.Save((Join-Path $OutDir "windows-first-page.png"), [Drawing.Imaging.ImageFormat]::Png)
    $gui.CloseMainWindow() | Out-Null
    if (-not $gui.WaitForExit(10000)) { $gui.Kill(); Check $false "the GUI did not close on WM_CLOSE" }
}
$errorNote = Join-Path $env:LOCALAPPDATA "mailwizard\startup-error.txt"  # the app's own folder
if (Test-Path $errorNote) { Get-Content $errorNote | Write-Host; Check $false "the GUI wrote a start-up error" }

Write-Host "== upgrade in place"
$p = Start-Process -FilePath $Installer -ArgumentList "/S", "/DESKTOP=0" -Wait -PassThru
Check ($p.ExitCode -eq 0 -and (Test-Path (Join-Path $installDir "mailwizard-gui.exe"))) "upgrade in place failed"

Write-Host "== silent uninstall"
$p = Start-Process -FilePath (Join-Path $installDir "uninstall.exe") -ArgumentList "/S" -Wait -PassThru
Check ($p.ExitCode -eq 0) "uninstaller exited $($p.ExitCode)"
# The uninstaller re-launches itself from %TEMP% and returns at once: wait for it to finish.
$deadline = (Get-Date).AddSeconds(60)
while ((Test-Path $installDir) -and (Get-Date) -lt $deadline) { Start-Sleep -Milliseconds 200 }
Check (-not (Test-Path $installDir)) "uninstall left $installDir"
Check (-not (Test-Path $startMenu)) "uninstall left the Start-menu shortcut"
Check (-not (Test-Path $desktop)) "uninstall left the desktop shortcut"
Check (-not (Test-Path $uninstallKey)) "uninstall left the registry key"

if ($failures.Count -gt 0) { Write-Host "FAILED: $($failures.Count) check(s)"; exit 1 }
Write-Host "passed"
