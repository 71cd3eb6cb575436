# Build the self-contained OCOP Desk bundle on Windows, then its per-user installer.
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
# -> dist\ocop-desk\ocop-desk.exe (the CLI and window), dist\ocop-desk\ocop-desk-window.exe (no console),
#    dist\ocop-desk-VERSION-windows-x64.zip and, when Inno Setup 6 is installed, dist\ocop-desk-VERSION-setup.exe.
# The same spec as Linux (packaging/ocop-desk.spec). NOT RUN HERE: no Windows machine was available; CI on a
# Windows runner (.github/workflows/windows-bundle.yml) is wired to run it.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$venv = "build\bundle-venv"
if (-not (Test-Path "$venv\Scripts\python.exe")) { py -3.11 -m venv $venv }
$py = "$venv\Scripts\python.exe"
& $py -m pip install --quiet --disable-pip-version-check --upgrade pip
& $py -m pip install --quiet --disable-pip-version-check -r packaging\requirements-build.txt
& $py -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps .
& $py -m pip install --quiet --disable-pip-version-check ".[postgres]"
& "$venv\Scripts\pyinstaller.exe" --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller `
    packaging\ocop-desk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$version = & $py -c "import ocop_desk; print(ocop_desk.__version__)"
& dist\ocop-desk\ocop-desk.exe --version
if ($LASTEXITCODE -ne 0) { throw "the bundled executable does not start" }
Compress-Archive -Force -Path dist\ocop-desk -DestinationPath "dist\ocop-desk-$version-windows-x64.zip"
$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
if (Test-Path $iscc) {
    & $iscc "/DAppVersion=$version" packaging\windows\ocop-desk.iss
    if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
} else {
    Write-Host "Inno Setup 6 not found: the installer was not built (choco install innosetup)"
}
