<#
.SYNOPSIS
    Create (or replace) the Windows scheduled task that runs ssd-bridge-nightly.ps1 every night.

.DESCRIPTION
    The task runs as a service account whether or not anyone is logged on, once a day at -At,
    and is stopped if it runs longer than -StopAfterHours. A second start while one is running
    is ignored (ssd-bridge's own database lock also guards against overlaps, exit 5).

    No password is ever passed on a command line. For an ordinary service account you are
    prompted for its password (Get-Credential, a secure prompt) and Task Scheduler stores it.
    For a group Managed Service Account (a name ending in '$') there is no password at all:
    Windows fetches it from Active Directory.

    Run from an elevated PowerShell (Windows PowerShell 5.1 or PowerShell 7) on the server.
    The service account needs "Log on as a batch job", read access to the ssd-bridge folder
    and write access to the log folder: see examples/overnight.md.

.PARAMETER ServiceAccount
    DOMAIN\svc-ssd-bridge, or a gMSA such as DOMAIN\gmsa-ssdbridge$.

.PARAMETER At
    Daily start time, e.g. 02:00.

.PARAMETER StopAfterHours
    Task Scheduler stops the run after this many hours.

.PARAMETER NightlyScript
    Full path of ssd-bridge-nightly.ps1 (default: next to this script).

.PARAMETER WorkingDirectory
    The task's "Start in" folder: where ssd-bridge.yaml lives.

.PARAMETER NightlyArguments
    Extra arguments for ssd-bridge-nightly.ps1, e.g. '-SsdBridge', 'C:\ssd-bridge\venv\Scripts\ssd-bridge.exe', '-RefreshSsd'.
    Never a secret: the arguments are visible in the task definition.

.PARAMETER TaskName
    Name of the task.

.PARAMETER TaskFolder
    Task Scheduler folder for the task.

.PARAMETER UsePwsh
    Run the script with PowerShell 7 (pwsh.exe) instead of Windows PowerShell 5.1.

.PARAMETER ExecutionPolicy
    Execution policy for the task's PowerShell process. RemoteSigned needs the script unblocked
    (Unblock-File) or signed; AllSigned needs it signed by a publisher you trust.

.PARAMETER Force
    Replace an existing task of the same name.

.EXAMPLE
    .\register-scheduled-task.ps1 -ServiceAccount 'LA\svc-ssd-bridge' -At '02:00' -StopAfterHours 2 -WorkingDirectory 'C:\ProgramData\ssd-bridge' -NightlyArguments '-SsdBridge', 'C:\ssd-bridge\venv\Scripts\ssd-bridge.exe', '-RefreshSsd', '-UseCredentialManager'

.EXAMPLE
    .\register-scheduled-task.ps1 -ServiceAccount 'LA\gmsa-ssdbridge$' -At '01:30' -Force
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)] [string] $ServiceAccount,
    [ValidatePattern('^([01]?\d|2[0-3]):[0-5]\d$')] [string] $At = '02:00',
    [ValidateRange(1, 23)] [int] $StopAfterHours = 2,
    [string] $NightlyScript = (Join-Path $PSScriptRoot 'ssd-bridge-nightly.ps1'),
    [string] $WorkingDirectory = (Join-Path $env:ProgramData 'ssd-bridge'),
    [string[]] $NightlyArguments = @(),
    [string] $TaskName = 'ssd-bridge-nightly',
    [string] $TaskFolder = '\ssd-bridge\',
    [switch] $UsePwsh,
    [ValidateSet('RemoteSigned', 'AllSigned', 'Bypass')] [string] $ExecutionPolicy = 'RemoteSigned',
    [switch] $Force
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 2.0

function Test-Administrator {
    $identity = [Security.Principal.WindowsIdentity]::GetCurrent()
    return ([Security.Principal.WindowsPrincipal] $identity).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

function ConvertTo-Argument([string] $Value) {
    # Quote an argument for the task's command line when it holds spaces.
    if ($Value -match '[\s"]') { return '"' + ($Value -replace '"', '\"') + '"' }
    return $Value
}

try {
    if (-not (Test-Administrator)) {
        throw 'run this from an elevated PowerShell (Run as administrator): registering a task for another account needs it.'
    }
    if (-not (Test-Path -LiteralPath $NightlyScript -PathType Leaf)) {
        throw "cannot find $NightlyScript; pass -NightlyScript with the full path of ssd-bridge-nightly.ps1."
    }
    if (-not (Test-Path -LiteralPath $WorkingDirectory -PathType Container)) {
        throw "the working folder $WorkingDirectory does not exist; create it and put ssd-bridge.yaml there."
    }
    foreach ($argument in $NightlyArguments) {
        if ($argument -match '(?i)password|secret|token|supplier.?key|webhook.?url|^https?://') {
            throw "the argument '$argument' looks like a secret; task arguments are visible to anyone who can read the task. Use the environment, -EnvFile or Credential Manager instead."
        }
    }
    $existing = Get-ScheduledTask -TaskName $TaskName -TaskPath $TaskFolder -ErrorAction SilentlyContinue
    if ($existing -and -not $Force) {
        throw "a task '$TaskFolder$TaskName' already exists; add -Force to replace it."
    }

    $shell = if ($UsePwsh) { 'pwsh.exe' } else { 'powershell.exe' }
    # -File (not -Command) so the task's "Last Run Result" is the script's exit code.
    $arguments = @('-NoProfile', '-NonInteractive', '-ExecutionPolicy', $ExecutionPolicy, '-File', (ConvertTo-Argument $NightlyScript)) +
        ($NightlyArguments | ForEach-Object { ConvertTo-Argument $_ })
    $action = New-ScheduledTaskAction -Execute $shell -Argument ($arguments -join ' ') -WorkingDirectory $WorkingDirectory
    $trigger = New-ScheduledTaskTrigger -Daily -At $At
    $settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Hours $StopAfterHours) `
        -MultipleInstances IgnoreNew -StartWhenAvailable -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries
    $description = 'ssd-bridge: nightly SSD extract and DfE submit. Exit codes: 0 done, 1 some records failed, ' +
        '2 configuration, 3 unreachable (retry later), 4 internal error, 5 another run held the lock. See examples/overnight.md.'

    if ($ServiceAccount.EndsWith('$')) {
        # gMSA: "run whether logged on or not" with no stored password; AD supplies it.
        $principal = New-ScheduledTaskPrincipal -UserId $ServiceAccount -LogonType Password -RunLevel Limited
        Register-ScheduledTask -TaskName $TaskName -TaskPath $TaskFolder -Action $action -Trigger $trigger `
            -Settings $settings -Principal $principal -Description $description -Force | Out-Null
    } else {
        $credential = Get-Credential -UserName $ServiceAccount -Message "Password of $ServiceAccount (stored by Task Scheduler, not shown or logged)"
        if (-not $credential) { throw 'no password given; nothing was registered.' }
        # Register-ScheduledTask takes the password as a string parameter; it stays in this
        # process's memory and never appears on a command line.
        Register-ScheduledTask -TaskName $TaskName -TaskPath $TaskFolder -Action $action -Trigger $trigger `
            -Settings $settings -User $credential.UserName -Password $credential.GetNetworkCredential().Password `
            -RunLevel Limited -Description $description -Force | Out-Null
    }
    Write-Output "Registered '$TaskFolder$TaskName': daily at $At as $ServiceAccount, stopped after $StopAfterHours h."
    Write-Output "Rehearse it now with: Start-ScheduledTask -TaskPath '$TaskFolder' -TaskName '$TaskName'"
    $code = 0
} catch {
    Write-Error -Message "register-scheduled-task.ps1: $($_.Exception.Message)" -ErrorAction Continue
    $code = 2
}
exit $code
