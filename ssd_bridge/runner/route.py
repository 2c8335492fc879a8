"""Prove the route to DfE on a night with nothing to send, and warn before the client secret ends.

A quiet night must still fail loudly when the credentials or the network are wrong: otherwise a
revoked secret or a closed firewall is found only on the first night with something to send.
The DfE receiver defines POST only (no read-back or health operation), and its array schema has
``maxItems`` but no ``minItems``, so an empty array ``[]`` is the one authenticated call that
carries no child data.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from ssd_bridge.config import DfeSettings
from ssd_bridge.dfe.client import TRANSIENT_STATUSES
from ssd_bridge.dfe.responses import request_id
from ssd_bridge.errors import ApiError, ApiUnavailable, ConfigError

log = logging.getLogger(__name__)

#: Warn this many days before dfe.secret_expires.
SECRET_WARNING_DAYS = 30

TOKEN_ONLY = "token"
TOKEN_AND_EMPTY_POST = "token and an empty POST"


def prove_route(client: Any, empty_post: bool) -> str:
    """Get a token (and, if asked, POST an empty array); return how far the route was proved.

    A refused secret raises CredentialsError (exit 2); a token server or API that cannot be
    reached raises ApiUnavailable (exit 3). Nothing about any child is sent.
    """
    client.auth.token()
    log.info("DfE token server accepted the credentials (nothing to send)")
    if not empty_post:
        return TOKEN_ONLY
    response = client.post([])
    status, rid = response.status_code, request_id(response)
    if 200 <= status < 300 or status in (400, 422):
        # A 400 for an empty array still came from behind the gateway, which checks the token first.
        log.info("DfE API answered HTTP %s to an empty POST (request id %s): the route works", status, rid)
        return TOKEN_AND_EMPTY_POST
    host = client.host
    if status in (401, 403):
        raise client.refusal(status)
    if status in TRANSIENT_STATUSES or status >= 500:
        raise ApiUnavailable(f"the DfE API at {host} answered HTTP {status} to an empty POST.",
                             "DfE is busy or down; run again later.")
    raise ApiError(f"the DfE API answered HTTP {status} to an empty POST at {client.path}.",
                   "Check dfe.base_url and dfe.la_code against the DfE portal.")


def secret_expiry_warning(dfe: DfeSettings, today: dt.date | None = None) -> str | None:
    """A warning when dfe.secret_expires is near or past, else None.

    The end date of a client secret is not in the access token (it carries only the token's own
    lifetime, about an hour), so it can be known only from the date the DfE portal showed.
    """
    if not dfe.secret_expires:
        return None
    try:
        ends = dt.date.fromisoformat(dfe.secret_expires)
    except ValueError as e:
        raise ConfigError(f"setting 'dfe.secret_expires' must be a date as YYYY-MM-DD, "
                          f"not {dfe.secret_expires!r}.",
                          "Copy the secret's expiry date from the DfE portal.") from e
    days = (ends - (today or dt.date.today())).days
    if days > SECRET_WARNING_DAYS:
        return None
    if days < 0:
        return (f"the DfE client secret expired on {ends.isoformat()} (dfe.secret_expires). "
                "Ask DfE for a new one, set SSD_BRIDGE_CLIENT_SECRET and dfe.secret_expires.")
    return (f"the DfE client secret ends on {ends.isoformat()}, in {days} days (dfe.secret_expires). "
            "Ask DfE for a new one before then, set SSD_BRIDGE_CLIENT_SECRET and dfe.secret_expires.")
