"""Synthetic Liquid Logic rows for the rest of the SSD, from a child's extended history (``Child.extra``).

Contacts with their source and outcome flags and family of residence, early help episodes, visit
case notes (CIN, CP with their FACT_CP_VISIT link, CLA with their FACT_CLA_VISIT row), CP and CLA
reviews with their meetings, subjects and outcome forms, health checks, immunisation status on the
period of care, legal statuses, missing episodes, a mother's children, offences, substance misuse,
previous permanence and care-plan forms. Rows of tables the DfE record already reads keep their
values: they only gain the new columns (NULL unless the history says something about them).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from ssd_bridge.synth.care_events import LEGAL_STATUSES
from ssd_bridge.synth.event_types import Contact, History
from ssd_bridge.synth.events import CONTACT_OUTCOME_FLAGS, CONTACT_SOURCES, Team
from ssd_bridge.synth.liquid_logic_tables import TABLES
from ssd_bridge.synth.story import Child

CONTACT_SOURCE_IDS = {desc: 200 + n for n, desc in enumerate(dict.fromkeys(d for _c, d in CONTACT_SOURCES))}
PARTICIPATION_TEXT = {
    "PN0": "Child under 4 at the time of the review", "PN1": "Child attended and spoke for self",
    "PN2": "Child attended, an advocate spoke for them", "PN3": "Child attended and conveyed views non-verbally",
    "PN4": "Child attended but did not contribute", "PN5": "Child absent, briefed an advocate",
    "PN6": "Child absent, views conveyed by another medium", "PN7": "Child absent, views not conveyed",
}
CARE_PLAN_QUESTIONS = {key: f"CPFUP{n}" for n, key in enumerate(
    ("REMAINSUP", "RETURN1M", "RETURN6M", "RETURNEV", "LTRELFR", "LTFOST18", "RESPLMT", "SUPPLIV", "ADOPTION",
     "OTHERPLN"), start=1)}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# Source.params that turn these synthetic descriptions into codes (merged into liquid_logic.SOURCE_PARAMS).
MORE_PARAMS: dict[str, dict[str, str]] = {
    "legal_status_codes": {text: code for code, text in LEGAL_STATUSES.items()},
    "review_participation_codes": {text: code for code, text in PARTICIPATION_TEXT.items()},
}
CIN_VISIT, CP_VISIT, CLA_VISIT = "CNSTAT", "STVC", "STVL"
CONTACT = 200  # liquid_logic.CONTACT: the contact row written before each referral


def _ts(day: date | None) -> datetime | None:
    return datetime.combine(day, time(9, 30)) if day else None


def _yn(flag: bool | None) -> str | None:
    return None if flag is None else ("Y" if flag else "N")


def department_rows(teams: list[Team]) -> list[tuple]:
    """DIM_DEPARTMENT: the -1 "no value" row and one row per team (code and type, no parent column)."""
    return [(-1, None, None, None)] + [
        (t.team_id, t.name, f"T{t.team_id}", "Team" if t.parent_id else "Service area") for t in teams]


def add_history(child: Child, rows: dict[str, list[tuple]]) -> None:
    """Add ``child.extra`` to ``rows`` and widen the rows of tables that gained columns (NULL-padded)."""
    extra = child.extra
    pid = child.person_id
    _contacts(child, extra, rows)
    _cla_rows(child, extra, rows)
    for eh in extra.early_help:
        rows["FACT_CAF_EPISODE"].append((eh.episode_id, pid, _ts(eh.start), _ts(eh.end), eh.reason, eh.end_reason,
                                         f"ORG{eh.team_id}"))
    for v in extra.cin_visits:
        rows["FACT_CASENOTES"].append((v.visit_id, pid, CIN_VISIT, _ts(v.date), _yn(v.seen), _yn(v.seen_alone),
                                       _yn(v.bedroom_seen)))
    for cpv in extra.cp_visits:
        rows["FACT_CASENOTES"].append((cpv.visit_id, pid, CP_VISIT, _ts(cpv.date), _yn(cpv.seen),
                                       _yn(cpv.seen_alone), _yn(cpv.bedroom_seen)))
        rows["FACT_CP_VISIT"].append((cpv.visit_id, cpv.visit_id, cpv.plan_id))
    for clv in extra.cla_visits:
        rows["FACT_CASENOTES"].append((clv.visit_id, pid, CLA_VISIT, _ts(clv.date), _yn(clv.seen),
                                       _yn(clv.seen_alone), None))
        rows["FACT_CLA_VISIT"].append((clv.visit_id, clv.period_id, clv.visit_id, pid))
    _reviews(pid, extra, rows)
    _care(pid, extra, rows)
    for m in extra.mother:
        rows["FACT_PERSON_RELATION"].append((m.relation_id, pid, "CHI", m.baby_person_id, _ts(m.baby_dob), None))
    for table, table_rows in rows.items():
        width = len(TABLES[table])
        for n, row in enumerate(table_rows):
            if len(row) < width:
                table_rows[n] = row + (None,) * (width - len(row))


def _contacts(child: Child, extra: History, rows: dict[str, list[tuple]]) -> None:
    pid, family = child.person_id, extra.family_id

    def details(c: Contact) -> tuple:
        flags = tuple("Y" if f in c.outcomes else "N" for f in CONTACT_OUTCOME_FLAGS)
        comment = 'Caller said "urgent"\nfollow up' if c.contact_id % 11 == 0 else None
        return (CONTACT_SOURCE_IDS[c.source_desc], c.source_desc) + flags + (len(c.outcomes), comment, family)

    by_referral = {c.referral_id: c for c in extra.contacts if c.referral_id is not None}
    contacts = rows["FACT_CONTACTS"]
    for n, row in enumerate(contacts):
        # the contact before each referral gains the history's source and outcomes for that referral
        contact = by_referral.get(row[0] - CONTACT)
        contacts[n] = row + (details(contact) if contact else (None,) * 14 + (family,))
    for c in extra.contacts:
        if c.referral_id is None:
            contacts.append((c.contact_id, pid, _ts(c.date)) + details(c))


def _cla_rows(child: Child, extra: History, rows: dict[str, list[tuple]]) -> None:
    """FACT_CLA gains the person and, on the latest period, the immunisation status."""
    imm = extra.immunisation
    cla = rows["FACT_CLA"]
    latest = max(range(len(cla)), key=lambda n: cla[n][2]) if cla else None
    for n, row in enumerate(cla):
        if imm is not None and n == latest:
            cla[n] = row + (child.person_id, _yn(imm.up_to_date), _ts(imm.date))
        else:
            start = row[2].date()
            updated = min(start, imm.date - timedelta(days=1)) if imm is not None else start
            cla[n] = row + (child.person_id, None, _ts(updated))


def _reviews(pid: int, extra: History, rows: dict[str, list[tuple]]) -> None:
    for r in extra.cp_reviews:
        rows["FACT_CP_REVIEW"].append((r.review_id, r.plan_id, pid, _ts(r.due), _ts(r.date), r.meeting_id,
                                       _yn(r.continue_cp)))
        rows["FACT_MEETINGS"].append((r.meeting_id, _ts(r.date), "CPReview", "N"))
        rows["FACT_MEETING_SUBJECTS"].append((r.meeting_id, r.meeting_id, pid, r.review_id,
                                              PARTICIPATION_TEXT[r.participation]))
        rows["FACT_FORMS"].append((r.review_id, pid, "CPREV"))
        rows["FACT_FORM_ANSWERS"].append((r.review_id * 100 + 1, r.review_id, "WasConf", _yn(r.quorate),
                                          _ts(r.date), "Child Protection Review Record"))
    for c in extra.cla_reviews:
        rows["FACT_CLA_REVIEW"].append((c.review_id, c.period_id, pid, _ts(c.due), _ts(c.date), c.review_id))
        rows["FACT_MEETINGS"].append((c.review_id, _ts(c.date), "CLAReview", _yn(c.cancelled)))
        rows["FACT_MEETING_SUBJECTS"].append((c.review_id, c.review_id, pid, c.review_id,
                                              PARTICIPATION_TEXT[c.participation] if c.participation else None))
        rows["FACT_FORMS"].append((c.review_id, pid, "CLAREV"))


def _care(pid: int, extra: History, rows: dict[str, list[tuple]]) -> None:
    for h in extra.health_checks:
        rows["FACT_HEALTH_CHECK"].append((h.check_id, pid, h.check_type, _ts(h.date), h.status))
    for s in extra.legal_statuses:
        rows["FACT_LEGAL_STATUS"].append((s.status_id, pid, LEGAL_STATUSES[s.status], _ts(s.start), _ts(s.end)))
    for m in extra.missing:
        rows["FACT_MISSING_PERSON"].append((m.missing_id, pid, _ts(m.start), _ts(m.end), m.missing_type,
                                            _answer(m.rhi_offered, m.missing_id), _answer(m.rhi_accepted, m.missing_id)))
    for o in extra.convictions:
        rows["FACT_OFFENCE"].append((o.conviction_id, pid, _ts(o.date), o.offence))
    for sm in extra.substance_misuse:
        rows["FACT_SUBSTANCE_MISUSE"].append((sm.misuse_id, pid, _ts(sm.date), sm.substance, _yn(sm.intervention)))
    for p in extra.previous_permanence:
        rows["FACT_FORMS"].append((p.permanence_id, pid, "OUTCM"))
        day, month, _year = p.date_text.split("/") if p.date_text else ("", "", "")
        answers = [("PREVADOPTORD", p.option), ("INENG", p.la)]
        if p.order_date is not None:
            name = MONTHS[p.order_date.month - 1]
            answers += [("ORDERDATE", str(p.order_date.day) if day != "zz" else "Unknown"),
                        ("ORDERMONTH", (name if p.permanence_id % 2 else name[:3]) if month != "zz" else None),
                        ("ORDERYEAR", str(p.order_date.year))]
        for n, (number, answer) in enumerate(answers, start=1):
            if answer is not None:
                rows["FACT_FORM_ANSWERS"].append((p.permanence_id * 100 + n, p.permanence_id, number, answer, None,
                                                  "Child Looked After Outcome"))
    for plan in extra.care_plans:
        rows["FACT_CARE_PLANS"].append((plan.plan_id, -1, pid, -1, -1, "CLA", _ts(plan.start), _ts(plan.start),
                                        _ts(plan.end), "A"))
        rows["FACT_FORMS"].append((plan.plan_id, pid, "CPFU"))
        for n, key in enumerate(plan.plans, start=1):
            rows["FACT_FORM_ANSWERS"].append((plan.plan_id * 100 + n, plan.plan_id, CARE_PLAN_QUESTIONS[key], "Y",
                                              _ts(plan.start), "Care Plan Follow Up"))


def _answer(flag: bool | None, key: int) -> str | None:
    """A return-interview answer as Liquid Logic may hold it: Yes / NO (mixed case), blank or NULL when unknown."""
    if flag is None:
        return "" if key % 2 else None
    text = "Yes" if flag else "No"
    return text.upper() if key % 3 == 0 else text
