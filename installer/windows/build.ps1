# Builds the Windows MSI (per-user install, fixed upgrade UUID) into installer\out\windows.
# Needs: JDK 17+ (jlink, jpackage), Maven, and the WiX Toolset 3.x on PATH (jpackage uses it for MSI).
# Usage: powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
$ErrorActionPreference = 'Stop'
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root
$Common = "$Root\installer\common"
$Out = "$Root\installer\out\windows"
$Work = "$Root\target\installer"
# Never change: Windows recognises upgrades of Sổ Dân Vận by this code.
$UpgradeUuid = '6f1d2c3a-8b4e-4d7a-9c61-2e5b7a0d9f14'

if (-not (Test-Path 'target\danvan-desk.jar') -or -not (Test-Path 'target\lib')) {
    mvn -q -B package -DskipTests
    if ($LASTEXITCODE -ne 0) { throw 'Maven build failed' }
}
$Version = (Select-String -Path 'target\classes\version.properties' -Pattern '^version=(.*)$').Matches[0].Groups[1].Value
$AppVersion = $Version.Split('-')[0]

Remove-Item -Recurse -Force $Work, $Out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$Work\input", $Out | Out-Null
Copy-Item 'target\danvan-desk.jar' "$Work\input\"
Get-ChildItem 'target\lib\*.jar' | Where-Object { $_.Name -notlike 'javafx-*' } | Copy-Item -Destination "$Work\input\"

$FxModules = (Get-ChildItem 'target\lib\javafx-*-win.jar' | ForEach-Object { $_.FullName }) -join ';'
$Modules = (Get-Content "$Common\modules.txt" -Raw).Trim()
$JlinkVersion = (& jlink --version)
$Compress = if ([int]($JlinkVersion.Split('.')[0]) -ge 21) { '--compress=zip-6' } else { '--compress=2' }
& jlink --module-path $FxModules --add-modules $Modules --strip-debug --no-header-files --no-man-pages `
    --generate-cds-archive $Compress --output "$Work\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }
# see linux/build.sh: the JDK's class-data archive is written by the runtime's java, then the commands go
Remove-Item -Recurse -Force "$Work\runtime\bin\*.exe", "$Work\runtime\bin\server\classes_nocoops.jsa" -ErrorAction SilentlyContinue

$JavaOptions = @()
Get-Content "$Common\java-options.txt" | Where-Object { $_.Trim() } | ForEach-Object { $JavaOptions += @('--java-options', $_) }

& jpackage --type msi --name danvan-desk --app-version $AppVersion --vendor 'Sổ Dân Vận' `
    --description 'Sổ Dân Vận: register of citizen dialogues and petitions' `
    --input "$Work\input" --main-jar danvan-desk.jar --main-class vn.danvan.desk.Launcher `
    --runtime-image "$Work\runtime" --icon "$Common\danvan-desk.ico" @JavaOptions `
    --win-per-user-install --win-upgrade-uuid $UpgradeUuid --win-menu --win-menu-group 'Sổ Dân Vận' `
    --win-shortcut --win-dir-chooser --license-file "$Root\LICENSE" --dest $Out
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem "$Out\*.msi"
