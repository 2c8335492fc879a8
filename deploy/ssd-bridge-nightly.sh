#!/usr/bin/env bash
# ssd-bridge-nightly.sh: run the nightly DfE feed (`ssd-bridge run`) from cron or a systemd timer.
#
# It runs `ssd-bridge run --json`, keeps a dated log and JSON summary per run, deletes those
# older than the retention period, acts on ssd-bridge's exit code and exits with that same code:
#   0 done                              quiet
#   1 some records failed or invalid    alert
#   2 configuration or credentials      alert
#   3 database or DfE unreachable       retry once after a pause, then leave it for the next
#                                       run (alert only if SSD_BRIDGE_ALERT_ON_UNAVAILABLE=1)
#   4 unexpected error                  alert
#   5 another run holds the lock        quiet: nothing was done
# It holds no SQL and no business logic: everything else is in ssd-bridge itself.
#
# Example crontab line (crontab -u ssd-bridge -e), every night at 02:00:
#   0 2 * * * /opt/ssd-bridge/deploy/ssd-bridge-nightly.sh --env-file /etc/ssd-bridge/ssd-bridge.env
# cron does not prevent overlapping runs, ssd-bridge's database lock does (the second exits 5).
# With systemd, use deploy/systemd/ssd-bridge.service and .timer instead of cron.
#
# Settings come from the environment, or from the --env-file (KEY=VALUE lines, read as data, never
# run as shell). Keep secrets in that file, owned by the service account and chmod 600:
#   SSD_BRIDGE_CONFIG                 ssd-bridge.yaml (or set SSD_BRIDGE_* settings directly)
#   SSD_BRIDGE_CLIENT_SECRET, SSD_BRIDGE_SUPPLIER_KEY, SSD_BRIDGE_DB_PASSWORD   ssd-bridge's secrets
#   SSD_BRIDGE_BIN                    command to run (default: ssd-bridge; may be "python -m ssd_bridge")
#   SSD_BRIDGE_LOG_DIR                folder for the logs (default: /var/log/ssd-bridge)
#   SSD_BRIDGE_LOGGING_RETENTION_DAYS days of logs kept (default: 30; ssd-bridge reads it too)
#   SSD_BRIDGE_REFRESH_SSD=1          refresh the SSD from the CMS before extracting
#   SSD_BRIDGE_RETRY_AFTER_SECONDS    pause before the one retry after exit 3 (default 600; 0 = none)
#   SSD_BRIDGE_MAX_HOURS              stop a run that takes longer than this (default: no limit)
#   SSD_BRIDGE_ALERT_ON_UNAVAILABLE=1 alert on exit 3 too (after the retry)
# Alerts (any, all or none of):
#   SSD_BRIDGE_ALERT_COMMAND          a program run with the subject as its argument, message on stdin
#   SSD_BRIDGE_ALERT_WEBHOOK_URL      a Teams Workflows, Slack or other incoming webhook (JSON with
#                                     "text" and a Teams Adaptive Card)
#   SSD_BRIDGE_ALERT_SMTP_URL         e.g. smtp://mail.example.gov.uk:587 (STARTTLS) or smtps://...
#   SSD_BRIDGE_ALERT_SMTP_USER, SSD_BRIDGE_ALERT_SMTP_PASSWORD (optional), SSD_BRIDGE_ALERT_FROM,
#   SSD_BRIDGE_ALERT_TO
# The webhook URL and SMTP password reach curl on its standard input, never its command line,
# and are removed from the environment ssd-bridge runs in.
#
# Usage: ssd-bridge-nightly.sh [--env-file FILE] [--refresh-ssd]
set -uo pipefail
umask 027

die() {
    echo "ssd-bridge-nightly: $*" >&2
    exit 2
}

load_env_file() {
    # KEY=VALUE lines; blank lines and # comments skipped; optional matching quotes removed.
    local file=$1 line key value
    [ -r "$file" ] || die "cannot read the env file $file (check it exists and the service account owns it)."
    if [ -n "$(find "$file" -maxdepth 0 -perm /o+r 2>/dev/null)" ]; then
        echo "ssd-bridge-nightly: warning: $file is readable by every user; run: chmod 600 $file" >&2
    fi
    while IFS= read -r line || [ -n "$line" ]; do
        line=${line%$'\r'}
        [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
        [[ $line =~ ^[[:space:]]*(export[[:space:]]+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]] \
            || die "$file: not a KEY=VALUE line (line starting '${line:0:12}')."
        key=${BASH_REMATCH[2]}
        value=${BASH_REMATCH[3]}
        if [[ $value =~ ^\"(.*)\"$ ]] || [[ $value =~ ^\'(.*)\'$ ]]; then
            value=${BASH_REMATCH[1]}
        fi
        export "$key=$value"
    done <"$file"
}

REFRESH=
while [ $# -gt 0 ]; do
    case $1 in
        --env-file) [ $# -ge 2 ] || die "--env-file needs a file name."; load_env_file "$2"; shift 2 ;;
        --env-file=*) load_env_file "${1#*=}"; shift ;;
        --refresh-ssd) REFRESH=1; shift ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)." ;;
    esac
done
REFRESH=${REFRESH:-${SSD_BRIDGE_REFRESH_SSD:-0}}  # the option wins over the env file

LOG_DIR=${SSD_BRIDGE_LOG_DIR:-/var/log/ssd-bridge}
RETENTION_DAYS=${SSD_BRIDGE_LOGGING_RETENTION_DAYS:-30}
RETRY_AFTER=${SSD_BRIDGE_RETRY_AFTER_SECONDS:-600}
MAX_HOURS=${SSD_BRIDGE_MAX_HOURS:-0}
[[ $RETENTION_DAYS =~ ^[1-9][0-9]*$ ]] || die "SSD_BRIDGE_LOGGING_RETENTION_DAYS must be a whole number of days, 1 or more."
[[ $RETRY_AFTER =~ ^[0-9]+$ ]] || die "SSD_BRIDGE_RETRY_AFTER_SECONDS must be a whole number of seconds."
[[ $MAX_HOURS =~ ^[0-9]+$ ]] || die "SSD_BRIDGE_MAX_HOURS must be a whole number of hours."
read -r -a BRIDGE <<<"${SSD_BRIDGE_BIN:-ssd-bridge}"

# Wrapper-only secrets stay here; ssd-bridge never sees them.
ALERT_WEBHOOK_URL=${SSD_BRIDGE_ALERT_WEBHOOK_URL:-}
ALERT_SMTP_PASSWORD=${SSD_BRIDGE_ALERT_SMTP_PASSWORD:-}
unset SSD_BRIDGE_ALERT_WEBHOOK_URL SSD_BRIDGE_ALERT_SMTP_PASSWORD

mkdir -p "$LOG_DIR" || die "cannot create the log folder $LOG_DIR (give the service account write access)."
STAMP=$(date +%Y%m%d-%H%M%S)
RUN_LOG="$LOG_DIR/ssd-bridge-nightly-$STAMP.log"
SUMMARY="$LOG_DIR/ssd-bridge-summary-$STAMP.json"
: >>"$RUN_LOG" || die "cannot write $RUN_LOG (give the service account write access to $LOG_DIR)."

say() {
    printf '%s %s\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$*" >>"$RUN_LOG"
}

prune_old_logs() {
    # Dated run logs and summaries older than the retention period; ssd-bridge.log rotates itself.
    find "$LOG_DIR" -maxdepth 1 -type f \
        \( -name 'ssd-bridge-nightly-*.log' -o -name 'ssd-bridge-summary-*.json' \) \
        -mmin "+$((RETENTION_DAYS * 1440))" -print -delete 2>>"$RUN_LOG" |
        while IFS= read -r old; do say "removed old log ${old##*/}"; done
}

run_bridge() {
    local args=(run --json --json-file "$SUMMARY" --log-file "$LOG_DIR/ssd-bridge.log")
    [ "$REFRESH" = 1 ] && args+=(--refresh-ssd)
    local limit=()
    [ "$MAX_HOURS" -gt 0 ] && limit=(timeout --kill-after=60 "${MAX_HOURS}h")
    say "running: ${BRIDGE[*]} ${args[*]}"
    "${limit[@]}" "${BRIDGE[@]}" "${args[@]}" >>"$RUN_LOG" 2>&1
}

meaning() {
    case $1 in
        0) echo "done" ;;
        1) echo "ran to the end but some records failed or are invalid: see 'ssd-bridge status'" ;;
        2) echo "configuration or credentials error: nothing was sent; fix the setting named in the log" ;;
        3) echo "database or DfE API unreachable or timed out: safe to retry; the next run picks up" ;;
        4) echo "unexpected error (the database refused a statement, or a fault in ssd-bridge): read the Error line; if unclear, run 'ssd-bridge diagnose' for D2I support" ;;
        5) echo "another run holds the lock: nothing was done" ;;
        124|137) echo "stopped after ${MAX_HOURS} hours (SSD_BRIDGE_MAX_HOURS): the run took too long" ;;
        *) echo "ended unexpectedly (exit $1): see the log" ;;
    esac
}

json_string() {
    local s=$1
    s=${s//\\/\\\\}; s=${s//\"/\\\"}; s=${s//$'\n'/\\n}; s=${s//$'\r'/}; s=${s//$'\t'/ }
    printf '"%s"' "$(printf '%s' "$s" | tr -d '\000-\010\013\014\016-\037')"
}

curl_quote() {
    # A value inside a curl config file: backslashes and double quotes escaped.
    local s=${1//\\/\\\\}
    printf '"%s"' "${s//\"/\\\"}"
}

webhook_config() {
    printf 'url = %s\n' "$(curl_quote "$ALERT_WEBHOOK_URL")"
}

smtp_config() {
    if [ -n "${SSD_BRIDGE_ALERT_SMTP_USER:-}" ]; then
        printf 'user = %s\nssl-reqd\n' "$(curl_quote "$SSD_BRIDGE_ALERT_SMTP_USER:$ALERT_SMTP_PASSWORD")"
    fi
}

webhook_payload() {
    # "text" for Slack-style and generic receivers; an Adaptive Card for Teams Workflows webhooks.
    local text
    text=$(json_string "$1")
    printf '{"text": %s, "type": "message", "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", ' "$text"
    printf '"content": {"type": "AdaptiveCard", "version": "1.4", "body": [{"type": "TextBlock", "wrap": true, "text": %s}]}}]}' "$text"
}

alert() {
    local code=$1 subject body
    subject="Nightly ssd-bridge run on $(uname -n): exit $code, $(meaning "$code")"
    body=$(printf '%s\n\nRun log: %s\nSummary: %s\n\nLast lines of the run log:\n%s\n' \
        "$subject" "$RUN_LOG" "$SUMMARY" "$(tail -n 20 "$RUN_LOG")")
    echo "$subject" >&2  # cron mails it (MAILTO); systemd keeps it in the journal
    if [ -n "${SSD_BRIDGE_ALERT_COMMAND:-}" ]; then
        if printf '%s\n' "$body" | "$SSD_BRIDGE_ALERT_COMMAND" "$subject" >>"$RUN_LOG" 2>&1; then
            say "alert sent with SSD_BRIDGE_ALERT_COMMAND"
        else
            say "warning: SSD_BRIDGE_ALERT_COMMAND failed"
        fi
    fi
    # Secrets go to curl through -K <(...): printf is a shell builtin, so they are never in a
    # process's arguments.
    if [ -n "$ALERT_WEBHOOK_URL" ]; then
        if webhook_payload "$body" |
            curl --silent --show-error --fail --max-time 30 -H 'Content-Type: application/json' \
                --data-binary @- -o /dev/null -K <(webhook_config) 2>>"$RUN_LOG"; then
            say "alert sent to the webhook"
        else
            say "warning: the alert webhook did not accept the message"
        fi
    fi
    if [ -n "${SSD_BRIDGE_ALERT_SMTP_URL:-}" ]; then
        if printf 'From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s\r\n' "${SSD_BRIDGE_ALERT_FROM:-}" \
            "${SSD_BRIDGE_ALERT_TO:-}" "$subject" "$body" |
            curl --silent --show-error --max-time 60 --url "$SSD_BRIDGE_ALERT_SMTP_URL" \
                --mail-from "${SSD_BRIDGE_ALERT_FROM:-}" --mail-rcpt "${SSD_BRIDGE_ALERT_TO:-}" \
                --upload-file - -K <(smtp_config) 2>>"$RUN_LOG"; then
            say "alert e-mailed to ${SSD_BRIDGE_ALERT_TO:-}"
        else
            say "warning: the alert e-mail could not be sent"
        fi
    fi
}

say "nightly wrapper started (log retention $RETENTION_DAYS days)"
prune_old_logs
run_bridge
code=$?
if [ "$code" -eq 3 ] && [ "$RETRY_AFTER" -gt 0 ]; then
    say "exit 3: $(meaning 3); retrying once in $RETRY_AFTER seconds"
    sleep "$RETRY_AFTER"
    run_bridge
    code=$?
fi
say "exit $code: $(meaning "$code")"
case $code in
    0|5) ;;
    3) [ "${SSD_BRIDGE_ALERT_ON_UNAVAILABLE:-0}" = 1 ] && alert "$code" ;;
    *) alert "$code" ;;
esac
exit "$code"
