"""The change-tracking table ``ssd_api_data_staging``: one row per child.

``changes.py`` is the extract side (what changed per child, written once per chunk);
``submission.py`` the submission side (what to send, DfE's answers written back, the logs).

Columns, as the extract writes them:

- ``json_payload``: the full record (canonical JSON), or the purge record of a deleted child;
  ``current_hash``: SHA-256 of exactly that text (payload.canonical_json), so a change to any
  sent field is a change (D2I defect #22).
- ``partial_json_payload``: in ``payload.mode: partial`` what to send instead (delta.py);
  NULL in full mode, and rewritten on every change, so it is never stale (D2I defect #26).
- ``payload_kind``: ``full`` / ``partial`` / ``purge``: what the row will send.
- ``row_state``: ``new`` (DfE has nothing for the child), ``updated`` (DfE has an older
  version), ``unchanged`` (DfE has this version), ``deleted`` (left the cohort; a D2I row
  marked Deleted while DfE still holds the child gets its purge queued).
- ``submission_status``: ``pending`` (to send), ``invalid`` (fails local validation, held
  back; ``validation_findings`` says why), ``withdrawn`` (left the cohort and nothing needs
  sending: DfE never had it, or ``payload.on_cohort_exit: stop``), and the submission side's
  ``sent`` / ``error``. Read case-insensitively: D2I writes 'Pending', 'Sent'.
- ``previous_json_payload`` / ``previous_hash``: the baseline, i.e. the last version DfE
  acknowledged. The extract never writes them (D2I defect #24); the submission side sets them from
  ``json_payload`` / ``current_hash`` when DfE accepts a record. A baseline left by D2I's
  builder (not sent, not hashed by us) is not used for a delta: the whole record goes.
- ``validation_findings``: ``{"rules": <rules version>, "findings": [{rule, severity, path,
  message}, ...]}`` (no values); an unchanged record keeps its verdict until the rules change.
- ``attempts``: reset to 0 whenever the content to send changes.
- ``source_fingerprint``: what the row's record was built from (the child's SSD rows and the run
  context, record/fingerprint.py); a child whose fingerprint matches is not rebuilt.

Contract for the submission side: select ``submission_status = 'pending'`` (case-insensitive;
plus ``error`` below ``payload.max_attempts``); send ``partial_json_payload`` when it is not
NULL, else ``json_payload``; on acceptance set status ``sent``, ``previous_json_payload`` =
``json_payload``, ``previous_hash`` = ``current_hash`` (the extract then marks the row
``unchanged`` on its next run if it was new/updated).

Re-extracting unchanged SSD data writes nothing. A D2I table may hold several rows for one
person; the newest (highest id) is the live one and the others are left alone.
"""

from ssd_bridge.tracking.changes import (
    FINGERPRINT,
    Planned,
    StagingRow,
    Write,
    any_fingerprint,
    apply_writes,
    current_records,
    fingerprinted,
    load_rows,
    load_sql,
    plan_child,
    plan_exit,
    plan_unchanged,
    reusable_findings,
    state_counts,
    state_counts_sql,
    update_sql,
)
from ssd_bridge.tracking.names import (
    DELETED,
    ERROR,
    INVALID,
    NEW,
    PENDING,
    RUN_LOG,
    SENT,
    STAGING_TABLE,
    SUBMISSION_LOG,
    UNCHANGED,
    UPDATED,
    WITHDRAWN,
)
from ssd_bridge.tracking.runlog import (
    close_interrupted_runs,
    finish_run_log,
    last_run,
    run_log_sql,
    start_run_log,
    utc_now,
)
from ssd_bridge.tracking.submission import (
    FETCH_ROWS,
    PendingRecord,
    count_by_sql,
    error_update_sql,
    held_back_rules,
    parked_errors,
    parked_sql,
    pending_batches,
    pending_count_sql,
    pending_counts,
    pending_rows,
    pending_sql,
    purge_guard_counts,
    recent_errors,
    recent_errors_sql,
    record_outcomes,
    row_state_counts,
    send_kind,
    sent_update_sql,
    status_counts,
    stream_sql,
    submission_statements,
)

__all__ = [
    "current_records",
    "FINGERPRINT",
    "fingerprinted",
    "DELETED",
    "FETCH_ROWS",
    "ERROR",
    "INVALID",
    "NEW",
    "PENDING",
    "PendingRecord",
    "Planned",
    "RUN_LOG",
    "SENT",
    "STAGING_TABLE",
    "SUBMISSION_LOG",
    "StagingRow",
    "UNCHANGED",
    "UPDATED",
    "WITHDRAWN",
    "Write",
    "apply_writes",
    "close_interrupted_runs",
    "count_by_sql",
    "error_update_sql",
    "finish_run_log",
    "held_back_rules",
    "last_run",
    "load_rows",
    "load_sql",
    "parked_errors",
    "parked_sql",
    "pending_batches",
    "pending_count_sql",
    "pending_counts",
    "pending_rows",
    "pending_sql",
    "purge_guard_counts",
    "plan_child",
    "plan_exit",
    "plan_unchanged",
    "recent_errors",
    "recent_errors_sql",
    "record_outcomes",
    "reusable_findings",
    "row_state_counts",
    "run_log_sql",
    "send_kind",
    "sent_update_sql",
    "start_run_log",
    "any_fingerprint",
    "state_counts",
    "state_counts_sql",
    "status_counts",
    "stream_sql",
    "submission_statements",
    "update_sql",
    "utc_now",
]
