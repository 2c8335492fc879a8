<#
.SYNOPSIS
    Run the nightly DfE feed (ssd-bridge run) from Windows Task Scheduler.

.DESCRIPTION
    Runs `ssd-bridge run --json` (optionally with --refresh-ssd), keeps a dated log and a JSON
    summary per run in -LogDirectory, deletes those older than -RetentionDays, acts on the exit
    code and exits with that same code, so Task Scheduler's "Last Run Result" is the truth:

      0  done                             quiet
      1  some records failed or invalid   alert
      2  configuration or credentials     alert
      3  database or DfE unreachable      retry once after -RetryAfterMinutes, then leave it for
                                          the next run (alert only with -AlertOnUnavailable)
      4  unexpected error                 alert
      5  another run holds the lock       quiet: nothing was done

    No SQL and no business logic here: everything else is in ssd-bridge itself.

    Secrets never appear on a command line or in this script's parameters. ssd-bridge reads
    SSD_BRIDGE_CLIENT_SECRET, SSD_BRIDGE_SUPPLIER_KEY and SSD_BRIDGE_DB_PASSWORD from the
    environment, or from Windows Credential Manager with -UseCredentialManager. The alert secrets
    (SSD_BRIDGE_ALERT_WEBHOOK_URL, SSD_BRIDGE_ALERT_SMTP_PASSWORD) are read the same way by this
    script and removed from the environment before ssd-bridge starts. -EnvFile loads KEY=VALUE
    lines from a file that only the service account can read (for gMSAs, which cannot use
    Credential Manager interactively).

    Works in Windows PowerShell 5.1 and PowerShell 7. See examples/overnight.md.

.PARAMETER SsdBridge
    The ssd-bridge executable, e.g. C:\ssd-bridge\venv\Scripts\ssd-bridge.exe.

.PARAMETER ConfigFile
    ssd-bridge.yaml to use (sets SSD_BRIDGE_CONFIG); default: ssd-bridge.yaml in the task's
    "Start in" folder.

.PARAMETER LogDirectory
    Folder for the dated run logs, the JSON summaries and ssd-bridge.log.

.PARAMETER RetentionDays
    Days of logs kept (dated logs here; ssd-bridge.log keeps its own rotated files for the same
    number of days via SSD_BRIDGE_LOGGING_RETENTION_DAYS).

.PARAMETER RefreshSsd
    Refresh the SSD from the case-management system before extracting (ssd-bridge run --refresh-ssd).

.PARAMETER RetryAfterMinutes
    On exit 3 (unreachable), wait this long and run once more; 0 leaves it for the next night.

.PARAMETER AlertOnUnavailable
    Also alert when exit 3 remains after the retry.

.PARAMETER EnvFile
    KEY=VALUE file (e.g. C:\ProgramData\ssd-bridge\ssd-bridge.env) loaded into this process's
    environment; ACL it to the service account and Administrators only.

.PARAMETER UseCredentialManager
    Read secrets from the service account's Windows Credential Manager (service 'ssd-bridge',
    user name = the variable name, as `python -m keyring set ssd-bridge NAME` stores them).

.PARAMETER SmtpServer
    Send alerts by e-mail through this SMTP server (needs -AlertFrom and -AlertTo).

.PARAMETER SmtpPort
    SMTP port; 587 (STARTTLS) by default.

.PARAMETER SmtpUser
    SMTP user name, if the server needs one; the password is SSD_BRIDGE_ALERT_SMTP_PASSWORD.

.PARAMETER NoSmtpTls
    Do not use TLS for SMTP (only for an internal relay that does not offer it).

.PARAMETER AlertFrom
    Sender address of alert e-mails.

.PARAMETER AlertTo
    Recipient addresses of alert e-mails.

.EXAMPLE
    powershell.exe -NoProfile -NonInteractive -File C:\ssd-bridge\deploy\ssd-bridge-nightly.ps1 -SsdBridge C:\ssd-bridge\venv\Scripts\ssd-bridge.exe -RefreshSsd -UseCredentialManager -SmtpServer mail.example.gov.uk -AlertFrom ssd-bridge@example.gov.uk -AlertTo csc-data@example.gov.uk
#>
[CmdletBinding()]
param(
    [string] $SsdBridge = 'ssd-bridge',
    [string] $ConfigFile,
    [string] $LogDirectory = (Join-Path $env:ProgramData 'ssd-bridge\logs'),
    [ValidateRange(1, 3650)] [int] $RetentionDays = 30,
    [switch] $RefreshSsd,
    [ValidateRange(0, 720)] [int] $RetryAfterMinutes = 10,
    [switch] $AlertOnUnavailable,
    [string] $EnvFile,
    [switch] $UseCredentialManager,
    [string] $SmtpServer,
    [ValidateRange(1, 65535)] [int] $SmtpPort = 587,
    [string] $SmtpUser,
    [switch] $NoSmtpTls,
    [string] $AlertFrom,
    [string[]] $AlertTo
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 2.0
# PowerShell 7.4+: a native command's non-zero exit must not throw; we act on it ourselves.
$PSNativeCommandUseErrorActionPreference = $false

$Stamp = Get-Date -Format 'yyyyMMdd-HHmmss'
$RunLog = Join-Path $LogDirectory "ssd-bridge-nightly-$Stamp.log"
$Summary = Join-Path $LogDirectory "ssd-bridge-summary-$Stamp.json"
$BridgeLog = Join-Path $LogDirectory 'ssd-bridge.log'

function Write-RunLog([string] $Message) {
    $line = '{0} {1}' -f (Get-Date -Format 'yyyy-MM-dd HH:mm:ss'), $Message
    Add-Content -LiteralPath $RunLog -Value $line -Encoding UTF8
}

function Import-EnvFile([string] $Path) {
    # KEY=VALUE lines; blank lines and # comments skipped; optional matching quotes removed.
    foreach ($line in Get-Content -LiteralPath $Path -Encoding UTF8) {
        if ($line -match '^\s*(#|$)') { continue }
        if ($line -notmatch '^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$') {
            throw "$Path holds a line that is not KEY=VALUE (starting '$($line.Substring(0, [Math]::Min(12, $line.Length)))')."
        }
        $name = $Matches[1]
        $value = $Matches[2]
        if ($value -match '^"(.*)"$' -or $value -match "^'(.*)'$") { $value = $Matches[1] }
        [Environment]::SetEnvironmentVariable($name, $value, 'Process')
    }
}

function Read-StoredSecret([string] $Name) {
    # Windows Credential Manager, laid out as Python's keyring stores it: target 'NAME@ssd-bridge',
    # or target 'ssd-bridge' with user name NAME.
    if (-not ('SsdBridgeCredentials' -as [type])) {
        Add-Type -TypeDefinition @'
using System;
using System.Runtime.InteropServices;
public static class SsdBridgeCredentials {
    [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
    private struct CREDENTIAL {
        public int Flags; public int Type; public string TargetName; public string Comment;
        public System.Runtime.InteropServices.ComTypes.FILETIME LastWritten;
        public int CredentialBlobSize; public IntPtr CredentialBlob; public int Persist;
        public int AttributeCount; public IntPtr Attributes; public string TargetAlias; public string UserName;
    }
    [DllImport("advapi32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
    private static extern bool CredRead(string target, int type, int flags, out IntPtr credential);
    [DllImport("advapi32.dll")]
    private static extern void CredFree(IntPtr buffer);
    public static string Read(string target, string userName) {
        IntPtr found;
        if (!CredRead(target, 1, 0, out found)) { return null; }
        try {
            CREDENTIAL c = (CREDENTIAL)Marshal.PtrToStructure(found, typeof(CREDENTIAL));
            if (userName != null && !String.Equals(c.UserName, userName, StringComparison.OrdinalIgnoreCase)) { return null; }
            if (c.CredentialBlobSize == 0) { return ""; }
            return Marshal.PtrToStringUni(c.CredentialBlob, c.CredentialBlobSize / 2);
        } finally { CredFree(found); }
    }
}
'@
    }
    $value = [SsdBridgeCredentials]::Read("$Name@ssd-bridge", $null)
    if ($null -eq $value) { $value = [SsdBridgeCredentials]::Read('ssd-bridge', $Name) }
    return $value
}

function Get-Secret([string] $Name) {
    # The environment first, then Credential Manager; the variable is then removed so that
    # ssd-bridge (which does not need it) never holds it.
    $value = [Environment]::GetEnvironmentVariable($Name, 'Process')
    [Environment]::SetEnvironmentVariable($Name, $null, 'Process')
    if (-not $value -and $UseCredentialManager) { $value = Read-StoredSecret $Name }
    return $value
}

function Get-Meaning([int] $Code) {
    switch ($Code) {
        0 { 'done' }
        1 { "ran to the end but some records failed or are invalid: see 'ssd-bridge status'" }
        2 { 'configuration or credentials error: nothing was sent; fix the setting named in the log' }
        3 { 'database or DfE API unreachable or timed out: safe to retry; the next run picks up' }
        4 { "unexpected error (the database refused a statement, or a fault in ssd-bridge): read the Error line; if unclear, run 'ssd-bridge diagnose' for D2I support" }
        5 { 'another run holds the lock: nothing was done' }
        default { "ended unexpectedly (exit $Code): see the log" }
    }
}

function Invoke-Bridge {
    $bridgeArgs = @('run', '--json', '--json-file', $Summary, '--log-file', $BridgeLog)
    if ($RefreshSsd) { $bridgeArgs += '--refresh-ssd' }
    Write-RunLog ("running: $SsdBridge " + ($bridgeArgs -join ' '))
    # Native stderr lines would become terminating errors under 'Stop' in Windows PowerShell 5.1.
    $ErrorActionPreference = 'Continue'
    & $SsdBridge @bridgeArgs 2>&1 | ForEach-Object { "$_" } |
        Add-Content -LiteralPath $RunLog -Encoding UTF8
    $code = $LASTEXITCODE
    $ErrorActionPreference = 'Stop'
    return [int] $code
}

function Send-Alert([int] $Code, [string] $WebhookUrl, [string] $SmtpPassword) {
    $subject = "Nightly ssd-bridge run on $($env:COMPUTERNAME): exit $Code, $(Get-Meaning $Code)"
    $tail = (Get-Content -LiteralPath $RunLog -Tail 20 -Encoding UTF8) -join "`n"
    $body = "$subject`n`nRun log: $RunLog`nSummary: $Summary`n`nLast lines of the run log:`n$tail`n"
    Write-Warning $subject
    if ($WebhookUrl) {
        try {
            # Windows PowerShell 5.1 may default to TLS 1.0; webhooks need TLS 1.2.
            [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
            # "text" for Slack-style and generic receivers; an Adaptive Card for Teams Workflows webhooks.
            $card = @{ type = 'AdaptiveCard'; version = '1.4'; body = @(@{ type = 'TextBlock'; wrap = $true; text = $body }) }
            $json = @{ text = $body; type = 'message'; attachments = @(@{ contentType = 'application/vnd.microsoft.card.adaptive'; content = $card }) } |
                ConvertTo-Json -Compress -Depth 8
            Invoke-RestMethod -Uri $WebhookUrl -Method Post -ContentType 'application/json; charset=utf-8' `
                -Body ([Text.Encoding]::UTF8.GetBytes($json)) -TimeoutSec 30 | Out-Null
            Write-RunLog 'alert sent to the webhook'
        } catch {
            Write-RunLog "warning: the alert webhook did not accept the message ($($_.Exception.GetType().Name))"
        }
    }
    if ($SmtpServer) {
        try {
            $mail = @{
                SmtpServer = $SmtpServer; Port = $SmtpPort; From = $AlertFrom; To = $AlertTo
                Subject = $subject; Body = $body; UseSsl = (-not $NoSmtpTls); Encoding = [Text.Encoding]::UTF8
            }
            if ($SmtpUser) {
                $secure = New-Object Security.SecureString
                foreach ($ch in $SmtpPassword.ToCharArray()) { $secure.AppendChar($ch) }
                $mail.Credential = New-Object Management.Automation.PSCredential($SmtpUser, $secure)
            }
            # Send-MailMessage is marked obsolete in PowerShell 7 but works in both editions.
            Send-MailMessage @mail -WarningAction SilentlyContinue
            Write-RunLog "alert e-mailed to $($AlertTo -join ', ')"
        } catch {
            Write-RunLog "warning: the alert e-mail could not be sent ($($_.Exception.Message))"
        }
    }
}

$code = 2
$ran = $false
$webhookUrl = $null
$smtpPassword = $null
try {
    New-Item -ItemType Directory -Force -Path $LogDirectory | Out-Null
    Write-RunLog "nightly wrapper started (log retention $RetentionDays days)"
    if ($EnvFile) { Import-EnvFile $EnvFile }
    if ($ConfigFile) { $env:SSD_BRIDGE_CONFIG = $ConfigFile }
    if ($UseCredentialManager) { $env:SSD_BRIDGE_KEYRING = '1' }
    $env:SSD_BRIDGE_LOGGING_RETENTION_DAYS = "$RetentionDays"
    $env:PYTHONIOENCODING = 'utf-8'
    $webhookUrl = Get-Secret 'SSD_BRIDGE_ALERT_WEBHOOK_URL'
    $smtpPassword = Get-Secret 'SSD_BRIDGE_ALERT_SMTP_PASSWORD'
    if ($SmtpServer -and (-not $AlertFrom -or -not $AlertTo)) {
        throw '-SmtpServer needs -AlertFrom and -AlertTo.'
    }

    $cutoff = (Get-Date).AddDays(-$RetentionDays)
    Get-ChildItem -LiteralPath $LogDirectory -File |
        Where-Object { $_.Name -like 'ssd-bridge-nightly-*.log' -or $_.Name -like 'ssd-bridge-summary-*.json' } |
        Where-Object { $_.LastWriteTime -lt $cutoff } |
        ForEach-Object { Remove-Item -LiteralPath $_.FullName; Write-RunLog "removed old log $($_.Name)" }

    if (-not (Get-Command $SsdBridge -ErrorAction SilentlyContinue)) {
        throw "cannot find '$SsdBridge'; pass -SsdBridge with the full path to ssd-bridge.exe."
    }
    $code = Invoke-Bridge
    $ran = $true
    if ($code -eq 3 -and $RetryAfterMinutes -gt 0) {
        Write-RunLog "exit 3: $(Get-Meaning 3); retrying once in $RetryAfterMinutes minutes"
        Start-Sleep -Seconds ($RetryAfterMinutes * 60)
        $code = Invoke-Bridge
    }
    Write-RunLog "exit ${code}: $(Get-Meaning $code)"
    if ($code -notin 0, 5 -and ($code -ne 3 -or $AlertOnUnavailable)) {
        Send-Alert $code $webhookUrl $smtpPassword
    }
} catch {
    # The wrapper itself failed (log folder, env file, missing executable, alert set-up). Before
    # ssd-bridge ran that is a set-up problem (2); after, ssd-bridge's own exit code stands.
    if (-not $ran) { $code = 2 }
    $message = "ssd-bridge-nightly.ps1 could not finish: $($_.Exception.Message)"
    Write-Warning $message
    try {
        Write-RunLog $message
        Send-Alert $code $webhookUrl $smtpPassword
    } catch {
        Write-Warning "the run log or the alert failed too: $($_.Exception.Message)"
    }
}
exit $code
