"""For the data-quality section: where each DfE field comes from in the SSD, and what each rule means.

Which SSD column feeds each field is ssd_bridge.record.field_sources' one map; this module adds
what each rule means and what to fix. Paths are written with ``[]`` for any list index.
"""

from __future__ import annotations

import re

from ssd_bridge.record.field_sources import ssd_column

_INDEX = re.compile(r"\[\d+\]")
# A JSON path as DfE and our findings write it; nothing else of a message is ever kept.
JSON_PATH = re.compile(r"\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d*\])*")

# rule (or rule prefix ending in '.') -> (what it means, what to fix in the CMS)
_RULES: dict[str, tuple[str, str]] = {
    "schema.": ("The value does not have the form DfE's record requires (type, length, pattern or date format).",
                "Correct the value in the CMS so it has the form DfE asks for; the field says which one."),
    "code.": ("The code is not on the CiN census / SSDA903 code list; DfE may not recognise it (a warning: "
              "the record is still sent).",
              "Record the code from the national list, or map the local code to it in the CMS lookup."),
    "dates.closure_before_referral": ("The episode closes before its referral date.",
                                      "Correct the referral or closure date of the episode."),
    "dates.end_before_start": ("An end date is before its start date.", "Correct the start or end date."),
    "dates.authorised_before_start": ("An assessment is authorised before it started.",
                                      "Correct the assessment's start or authorisation date."),
    "dates.s47_end_before_icpc": ("A section 47 enquiry ends before its initial child protection conference.",
                                  "Check the enquiry's end date and the conference date."),
    "dates.uasc_end_before_birth": ("UASC status ends before the child was born.",
                                    "Correct the immigration status end date or the date of birth."),
    "upn.is_unknown_code": ("The UPN field holds a 'UPN unknown' code (UN1-UN10) instead of a UPN.",
                            "Record the UN code as the UPN-unknown reason and leave the UPN empty."),
    "upn.with_unknown_reason": ("A UPN-unknown reason is recorded although the child has a UPN.",
                                "Remove the unknown reason, or the UPN if it is not the child's."),
    "upn.former_equals_current": ("The former UPN is the same as the current UPN.",
                                  "Remove the former UPN record, or correct it."),
    "uasc.end_without_flag": ("A UASC end date is sent for a child who is not flagged UASC.",
                              "Check the child's immigration status records."),
    "dob.missing": ("Neither a date of birth nor an expected date of birth is recorded.",
                    "Record the date of birth (an approximate one if unknown) or the expected date of birth."),
    "ids.duplicate": ("Two items of the same list share an id.", "Remove the duplicate record in the CMS."),
    "source.dob_estimated": ("The date of birth sent is the estimated one (no actual date of birth recorded).",
                             "Record the actual date of birth once known."),
    "source.factors_unreadable": ("The assessment factors could not be read, so none were sent.",
                                  "Check the assessment's factor answers in the CMS."),
    "source.s47_outcome_unreadable": ("The section 47 outcome could not be read; the 'ICPC required' flag "
                                      "was left out.", "Check the enquiry's outcome form in the CMS."),
    "source.worker_without_id": ("A care worker has neither a Social Work England number nor a staff id.",
                                 "Record the worker's SWE registration number (or staff id)."),
    "dfe.rejected": ("DfE's API rejected the record and named this field.",
                     "Check the field in the CMS; the record is sent again on the next run."),
}


def normalised(path: str) -> str:
    """The path with every list index written as ``[]``."""
    return _INDEX.sub("[]", path)


def ssd_source(path: str) -> tuple[str, str] | None:
    """(SSD table, column) the field at ``path`` is built from, or None when it has no one column."""
    column = ssd_column(path)
    return (column.split(".", 1)[0], column.split(".", 1)[1]) if column else None


def rule_text(rule: str) -> tuple[str, str]:
    """(what the rule means, what to fix in the CMS), in plain English."""
    if rule in _RULES:
        return _RULES[rule]
    for prefix, text in _RULES.items():
        if prefix.endswith(".") and rule.startswith(prefix):
            return text
    return "A DfE rule is broken.", "Check the field named in the CMS."

