{#- ssd_early_help_episodes from eclipse: early help classifications (early_help_code_ids) of children in
    ssd_person, merged per child where one starts no later than a day after the running episode ends; id =
    the assignment that opened the episode, end NULL while any merged row is open. Episodes open or ended
    inside the history window. Reason: the primary need text of the child's latest completed referral form
    dated on or before the episode start. End reason: the reason on the child's completed early help or
    family help closure form whose closure date (else completion date) is the episode's end, latest form
    first. Team and worker: the allocated team / worker overlapping the episode (an open episode runs to
    today), latest started first, so each episode gets at most one of each. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set codes = param("early_help_code_ids", [699, 1271]) | list %}
{{ shared.check_param("early_help_code_ids", codes, "not_empty") }}
{% set closure = {"reason1": ("AnnexA_reasonForClosure1", "text"), "reason2": ("reasonForClosure1", "text"),
    "reason3": ("reasonForCaseClosure", "text"), "closed1": ("dateOfClosure", "date"), "closed2": ("dateCaseClosed", "date")} %}
{% call refresh(schema, table) %}
WITH {{ lib.merge_episodes("SELECT c.PERSONID AS person_id, " ~ lib.id_text("c.CLASSIFICATIONASSIGNMENTID") ~ " AS row_key,
        c.STARTDATE AS start_date, c.ENDDATE AS end_date, NULL AS end_reason
    FROM " ~ src("CLASSIFICATIONPERSONVIEW") ~ " c
    WHERE c.CLASSIFICATIONCODEID IN " ~ sql_list(codes) ~ "
        AND " ~ lib.not_deleted("c") ~ " AND c.STARTDATE IS NOT NULL
        AND " ~ shared.in_ssd_person(schema, "c.PERSONID"), tolerance_days=1) }},
eh AS (
    SELECT ep.episode_key AS event_key, ep.person_id, ep.episode_start AS event_date, ep.episode_end,
        COALESCE(ep.episode_end, {{ today() }}) AS end_or_today
    FROM episodes ep
    WHERE ep.episode_start <= {{ today() }} AND {{ shared.open_in_window("ep.episode_end") }}
),
{#- The referral forms (form_no 1) and both kinds of closure form (2, 3) in one pass over the form answers. #}
answers AS (
    {{ lib.forms_answers([
        {"form": "referral", "controls": {"referral_date": ("CINCensus_DateOfReferral", "date"),
                                          "need": ("CINCensus_primaryNeedCategory", "text")}},
        {"form": "early_help_closure", "controls": closure},
        {"form": "family_help_closure", "controls": closure}]) | indent(4) }}
),
referral_forms AS (
    SELECT fa.instance_id, fa.person_id, fa.referral_date, fa.need FROM answers fa WHERE fa.form_no = 1
),
{{ shared.latest_on_or_before("reasons", "eh", ["event_key"], "referral_forms rf", "rf.person_id = ev.person_id",
                              "rf.referral_date", "rf.instance_id", "ev.event_date", {"reason": "rf.need"}) }},
closure_forms AS (
    SELECT fa.instance_id, fa.person_id, fa.completed_date, fa.reason1, fa.reason2, fa.reason3, fa.closed1, fa.closed2
    FROM answers fa
    WHERE fa.form_no IN (2, 3)
),
{{ shared.first_match("end_reasons", "eh", ["event_key"], "closure_forms cf",
       "cf.person_id = ev.person_id AND ev.episode_end IS NOT NULL
        AND CAST(COALESCE(cf.closed1, cf.closed2, cf.completed_date) AS DATE) = CAST(ev.episode_end AS DATE)
        AND COALESCE(cf.reason1, cf.reason2, cf.reason3) IS NOT NULL",
       "cf.completed_date DESC, cf.instance_id DESC", {"end_reason": "COALESCE(cf.reason1, cf.reason2, cf.reason3)"}) }},
{{ shared.first_match("teams", "eh", ["event_key"], src("PERSONORGRELATIONSHIPVIEW") ~ " tm",
       "tm.PERSONID = ev.person_id AND " ~ code_eq("tm.ALLOCATEDTEAMCODE", param("allocated_team_code", "AT")) ~ "
        AND tm.DATESTARTED < ev.end_or_today AND COALESCE(tm.DATEENDED, " ~ today() ~ ") > ev.event_date",
       "tm.DATESTARTED DESC, tm.RELATIONSHIPID DESC", {"team_id": lib.id_text("tm.ORGANISATIONID")}) }},
{{ shared.first_match("workers", "eh", ["event_key"], src("RELATIONSHIPPROFESSIONALVIEW") ~ " aw",
       "aw.PERSONID = ev.person_id AND " ~ code_eq("aw.ALLOCATEDWORKERCODE", param("allocated_worker_code", "AW")) ~ "
        AND aw.STARTDATE < ev.end_or_today AND COALESCE(aw.CLOSEDATE, " ~ today() ~ ") > ev.event_date",
       "aw.STARTDATE DESC, aw.PERSONRELATIONSHIPRECORDID DESC",
       {"worker_id": to_text("aw.PROFESSIONALRELATIONSHIPPERSONID", 100)}) }}
{{ insert_into(schema, table) }}
SELECT
    e.event_key,
    {{ lib.id_text("e.person_id") }},
    e.event_date,
    e.episode_end,
    r.reason,
    x.end_reason,
    t.team_id,
    w.worker_id
FROM eh e
LEFT JOIN reasons r ON r.event_key = e.event_key
LEFT JOIN end_reasons x ON x.event_key = e.event_key
LEFT JOIN teams t ON t.event_key = e.event_key
LEFT JOIN workers w ON w.event_key = e.event_key
{% endcall %}
