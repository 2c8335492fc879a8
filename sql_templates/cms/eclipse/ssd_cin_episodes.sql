{#- ssd_cin_episodes from eclipse: CIN, CP and case classifications (cin_episode_path_ids /
    cin_episode_code_ids) and CLA episodes merged per child into episodes (overlapping or within a
    day), each with the completed Referral form that opened it. A referral form outside every
    episode (e.g. no further action) is a referral of its own, closed when the form was completed.
    Episodes open or closed inside the history window. Other tables take their referral id from
    here, so every referral id in the SSD is one of these. -#}
{% import "cms/_shared/lib.sql" as shared with context %}
{% import "cms/eclipse/_lib.sql" as lib with context %}
{% set needs = {
    "Abuse or neglect": "N1", "Child's disability": "N2", "Parental illness/disability": "N3",
    "Family in acute stress": "N4", "Family dysfunction": "N5", "Socially unacceptable behaviour": "N6",
    "Low income": "N7", "Absent parenting": "N8", "Cases other than child in need": "N9", "Not stated": "N0"} %}
{% set steps = {
    "OUTCOME_SINGLE_ASSESSMENT_FLAG": ["Assessment", "Family Help Discussion (10 days)",
        "Family Help Discussion (CAT) -10 days", "Family Help Discussion (DCYP)- 10 days"],
    "OUTCOME_NFA_FLAG": ["No further action", "Signpost"],
    "OUTCOME_STRATEGY_DISCUSSION_FLAG": ["Strategy Discussion/Meeting"],
    "OUTCOME_CLA_REQUEST_FLAG": [],
    "OUTCOME_NON_AGENCY_ADOPTION_FLAG": ["Adoption or Special Guardianship support"],
    "OUTCOME_PRIVATE_FOSTERING_FLAG": ["Private Fostering"],
    "OUTCOME_CP_TRANSFER_IN_FLAG": ["Transfer in child protection conference"],
    "OUTCOME_CP_CONFERENCE_FLAG": [],
    "OUTCOME_CARE_LEAVER_FLAG": [],
    "OTHER_OUTCOMES_EXIST_FLAG": ["Asylum seeker", "Court Report Request Section 7/Section 37",
        "Disabled children service", "No recourse to public funds", "Family Help Discussion(45 Day)",
        "Family Help Discussion (45 days)", "Early Intervention", "Universal Services"]} %}
{% call refresh(schema, table) %}
WITH {{ lib.merge_episodes("SELECT c.PERSONID AS person_id, CONCAT('C', c.CLASSIFICATIONASSIGNMENTID) AS row_key,
        c.STARTDATE AS start_date, c.ENDDATE AS end_date, c.ENDREASON AS end_reason
    FROM " ~ src("CLASSIFICATIONPERSONVIEW") ~ " c
    WHERE " ~ lib.classified("c", "cin_episode_path_ids", "cin_episode_code_ids") ~ "
        AND " ~ lib.not_deleted("c") ~ " AND c.STARTDATE IS NOT NULL
        AND " ~ shared.in_ssd_person(schema, "c.PERSONID") ~ "
    UNION ALL
    SELECT e.PERSONID, CONCAT('L', e.EPISODEOFCAREID), e.EOCSTARTDATE, e.EOCENDDATE, e.EOCENDREASON
    FROM " ~ src("CLAEPISODEOFCAREVIEW") ~ " e
    WHERE e.EOCSTARTDATE IS NOT NULL AND " ~ shared.in_ssd_person(schema, "e.PERSONID")) }},
spans AS (
    SELECT ep.person_id, ep.episode_key, ep.episode_start, ep.episode_end, ep.close_reason,
        LAG(ep.episode_end) OVER (PARTITION BY ep.person_id ORDER BY ep.episode_start) AS previous_end
    FROM episodes ep
),
referral_forms AS (
    {{ lib.form_answers("referral", {
        "referral_date": ("CINCensus_DateOfReferral", "date"),
        "source_text": ("CINCensus_ReferralSource", "text"),
        "need_text": ("CINCensus_primaryNeedCategory", "text"),
        "next_steps": ("AnnexAReturn_nextSteps_agreed", "text")}) | indent(4) }}
),
forms AS (
    SELECT rf.instance_id, rf.person_id, rf.submitter_id, rf.completed_date, rf.source_text, rf.need_text,
        rf.next_steps, COALESCE(rf.referral_date, rf.completed_date) AS referral_date
    FROM referral_forms rf
),
{#- The form that opened an episode: the latest dated on/before its start (after the previous
    episode ended), else the earliest dated inside it. Each form opens at most one episode. #}
attached AS (
    SELECT ax.person_id, ax.episode_key, ax.instance_id
    FROM (
        SELECT s.person_id, s.episode_key, fm.instance_id,
            ROW_NUMBER() OVER (PARTITION BY s.person_id, s.episode_key ORDER BY
                CASE WHEN fm.referral_date <= s.episode_start THEN 0 ELSE 1 END,
                CASE WHEN fm.referral_date <= s.episode_start THEN fm.referral_date END DESC,
                fm.referral_date, fm.instance_id) AS pick
        FROM spans s
        JOIN forms fm ON fm.person_id = s.person_id
            AND (s.previous_end IS NULL OR fm.referral_date > s.previous_end)
            AND fm.referral_date <= COALESCE(s.episode_end, {{ today() }})
    ) ax
    WHERE ax.pick = 1
),
referrals AS (
    SELECT CONCAT(s.person_id, '-', COALESCE({{ lib.id_text("a.instance_id") }}, s.episode_key)) AS referral_id,
        s.person_id, COALESCE(fm.referral_date, s.episode_start) AS referral_date,
        fm.source_text, fm.need_text, fm.next_steps, fm.submitter_id, s.episode_end AS close_date,
        CASE WHEN s.episode_end IS NULL THEN NULL
            ELSE COALESCE({{ lib.close_reason_code("s.close_reason") }}, 'RC7') END AS close_code
    FROM spans s
    LEFT JOIN attached a ON a.person_id = s.person_id AND a.episode_key = s.episode_key
    LEFT JOIN forms fm ON fm.person_id = a.person_id AND fm.instance_id = a.instance_id
    UNION ALL
    SELECT CONCAT(fm.person_id, '-', fm.instance_id), fm.person_id, fm.referral_date,
        fm.source_text, fm.need_text, fm.next_steps, fm.submitter_id, COALESCE(fm.completed_date, fm.referral_date),
        CASE WHEN {{ code_in("fm.next_steps", steps["OUTCOME_NFA_FLAG"]) }} THEN 'RC8' ELSE 'RC7' END
    FROM forms fm
    WHERE {{ shared.in_ssd_person(schema, "fm.person_id") }}
        AND NOT EXISTS (SELECT 1 FROM attached a2 WHERE a2.person_id = fm.person_id AND a2.instance_id = fm.instance_id)
        {#- A further referral form during an open episode belongs to that episode. #}
        AND NOT EXISTS (SELECT 1 FROM spans s2 WHERE s2.person_id = fm.person_id
            AND fm.referral_date >= s2.episode_start AND fm.referral_date <= COALESCE(s2.episode_end, {{ today() }}))
),
{# The referrals kept, with the event columns team_on_date reads: read once, not joined back to referrals. #}
in_window AS (
    SELECT r.referral_id, r.person_id, r.referral_date, r.source_text, r.need_text, r.next_steps, r.submitter_id,
        r.close_date, r.close_code, r.referral_date AS event_date, r.referral_id AS event_key
    FROM referrals r
    WHERE {{ shared.open_in_window("r.close_date") }}
),
{{ lib.team_on_date("teams", "in_window") }}
{{ insert_into(schema, table) }}
SELECT
    r.referral_id,
    {{ lib.id_text("r.person_id") }},
    r.referral_date,
    CASE WHEN {{ code_in("r.need_text", needs.values() | unique | list) }} THEN UPPER(LTRIM(RTRIM(r.need_text)))
        ELSE {{ lib.map_text("r.need_text", needs) }} END,
    {{ lib.referral_source_code("r.source_text") }},
    LEFT(r.source_text, 255),
    CASE WHEN r.next_steps IS NULL THEN NULL ELSE CONCAT('{'
{% for key, texts in steps.items() %}
        , '{{ ", " if not loop.first }}"{{ key }}": "', {% if texts %}{{ lib.yn("r.next_steps", texts) }}{% else %}'N'{% endif %}, '"'
{% endfor %}
        , '}') END,
    CASE WHEN {{ code_eq('r.next_steps', 'No further action') }} THEN 'Y' ELSE 'N' END,
    r.close_code,
    r.close_date,
    t.team_id,
    {{ lib.id_text("r.submitter_id") }}
FROM in_window r
LEFT JOIN teams t ON t.event_key = r.referral_id
{% endcall %}
