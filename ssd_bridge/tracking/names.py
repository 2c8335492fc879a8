"""Names shared by both sides of the tracking table: tables, submission statuses, row states."""

STAGING_TABLE = "ssd_api_data_staging"
SUBMISSION_LOG = "ssd_api_submission_log"
RUN_LOG = "ssd_api_run_log"

PENDING, SENT, ERROR, INVALID, WITHDRAWN = "pending", "sent", "error", "invalid", "withdrawn"
NEW, UPDATED, UNCHANGED, DELETED = "new", "updated", "unchanged", "deleted"
