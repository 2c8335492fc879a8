"""Eclipse (OLM) source rows for synthetic children: the reporting views the eclipse templates read.

Eclipse stores descriptions where the SSD wants codes (referral source, primary need, end reason,
disability, ethnicity as an Eclipse code), and most case events as form answers
(FORMANSWERPERSONVIEW, one row per answered control) or classification assignments
(CLASSIFICATIONPERSONVIEW). This writer produces them the way Eclipse holds them, so the templates'
code mapping is exercised. Things the shared story does not say are derived deterministically
from the child number (marked "derived" below).
"""

from __future__ import annotations

from datetime import date, timedelta

from ssd_bridge.synth import eclipse_more
from ssd_bridge.synth.story import S47 as S47Enquiry  # S47 here is the Eclipse form id
from ssd_bridge.synth.story import Assessment, Child, Referral, Worker

D, I, T = "date", "bigint", "text"  # noqa: E741 - column type shorthands

TABLES: dict[str, list[tuple[str, str]]] = {
    "PERSONVIEW": [("PERSONID", I), ("DUPLICATED", T), ("FORENAME", T), ("SURNAME", T), ("CAREFIRSTID", T),
                   ("DATEOFBIRTH", D), ("GENDER", T)],
    "PERSONDEMOGRAPHICSVIEW": [("PERSONID", I), ("CAREFIRSTID", T), ("FORENAME", T), ("SURNAME", T), ("SEX", T),
                               ("GENDER", T), ("ETHNICITYCODE", T), ("DATEOFBIRTH", D), ("DUEDATE", D),
                               ("NHSNUMBER", T), ("DIEDDATE", D), ("COUNTRYOFBIRTHCODE", T)],
    "REFERENCENUMBERPERSONVIEW": [("PERSONID", I), ("REFERENCENUMBER", T), ("REFERENCETYPECODE", T),
                                  ("REFERENCETYPE", T), ("STARTDATE", D), ("ENDDATE", D)],
    "CLASSIFICATION_GROUP": [("ID", I), ("CODE", T), ("NAME", T)],
    "CLASSIFICATION": [("ID", I), ("CODE", T), ("NAME", T), ("CLASSIFICATION_GROUP_FK", I)],
    "CLASSIFICATIONPERSONVIEW": [("CLASSIFICATIONASSIGNMENTID", I), ("PERSONID", I), ("CLASSIFICATIONCODEID", I),
                                 ("CLASSIFICATIONPATHID", I), ("STATUS", T), ("STARTDATE", D), ("ENDDATE", D),
                                 ("ENDREASON", T), ("NAME", T)],
    "PERSON_PER_RELATIONSHIP": [("ROLE_A_PERSON_FK", I), ("ROLE_B_PERSON_FK", I), ("PERSON_PER_REL_TYPE_FK", I),
                                ("START_DATE", D), ("CLOSE_DATE", D)],
    "ADDRESSPERSONVIEW": [("ADDRESSID", I), ("PERSONID", I), ("TYPE", T), ("STARTDATE", D), ("ENDDATE", D),
                          ("POSTCODE", T), ("ROOMDESCRIPTION", T), ("FLOORDESCRIPTION", T),
                          ("BUILDINGNAMEORNUMBER", T), ("STREETNAME", T), ("TOWNORCITY", T), ("UPRN", T)],
    "FORMANSWERPERSONVIEW": [("INSTANCEID", I), ("ANSWERFORSUBJECTID", I), ("SUBMITTERPERSONID", I),
                             ("DESIGNGUID", T), ("DESIGNSUBNAME", T), ("INSTANCESTATE", T), ("CONTROLNAME", T),
                             ("ANSWERVALUE", T), ("SHORTANSWERVALUE", T), ("DATEANSWERVALUE", D),
                             ("DATESTARTED", D), ("DATECOMPLETED", D)],
    "CLAEPISODEOFCAREVIEW": [("EPISODEOFCAREID", I), ("PERSONID", I), ("PERIODOFCAREID", I), ("EOCSTARTDATE", D),
                             ("EOCENDDATE", D), ("EOCSTARTREASONCODE", T), ("EOCENDREASONCODE", T),
                             ("EOCENDREASON", T), ("CATEGORYOFNEED", T), ("PLACEMENTADDRESSID", I),
                             ("PLACEMENTPOSTCODE", T), ("PLACEMENTTYPECODE", T), ("PLACEMENTPROVISIONCODE", T),
                             ("PLACEMENTCHANGEREASONCODE", T), ("LEGALSTATUS", T)],
    "CLAPERIODOFCAREVIEW": [("PERSONID", I), ("PERIODOFCAREID", I), ("ADMISSIONDATE", D), ("DISCHARGEDATE", D)],
    "CLAADOPTIONSVIEW": [("ADOPTIONID", I), ("PERSONID", I), ("GENDEROFADOPTERSCODE", T),
                         ("ADOPTERSLEGALSTATUSCODE", T), ("REASONNOLONGERPLANNEDCODE", T),
                         ("DATESHOULDBEPLACED", D)],
    "CLACARELEAVERDETAILSVIEW": [("CARELEAVERID", I), ("PERSONID", I), ("ELIGIBILITY", T), ("INTOUCHCODE", T),
                                 ("CONTACTDATE", D), ("ACCOMODATIONCODE", T), ("ACCOMSUITABLE", T),
                                 ("MAINACTIVITYCODE", T)],
    "RELATIONSHIPPROFESSIONALVIEW": [("PERSONRELATIONSHIPRECORDID", I), ("PERSONID", I),
                                     ("PROFESSIONALRELATIONSHIPPERSONID", I), ("PROFESSIONALRELATIONSHIPNAME", T),
                                     ("RELATIONSHIPCLASSCODE", T), ("STARTDATE", D), ("CLOSEDATE", D),
                                     ("STARTREASONCODE", T), ("ALLOCATEDWORKERCODE", T)],
    "PERSONORGRELATIONSHIPVIEW": [("RELATIONSHIPID", I), ("PERSONID", I), ("ORGANISATIONID", I),
                                  ("DATESTARTED", D), ("DATEENDED", D), ("ALLOCATEDTEAMCODE", T)],
    **eclipse_more.TABLES,
}

# Form designs and classification ids: the documented defaults of the eclipse templates.
REFERRAL, ASSESSMENT, S47 = ("e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f", "94b3f530-a918-4f33-85c2-0ae355c9c2fd",
                             "fdca0a95-8578-43ca-97ff-ad3a8adf57de")
MEETING, STRATEGY, IRO = ("21e01e2e-fd65-439d-a8aa-a179106a3d45", "f9a86a19-ea09-41f0-9403-a88e2b0e738a",
                          "2d9d174f-77ed-40bd-ac2b-cae8015ad799")
SDQ, PATHWAY = "fb7f6ffc-e8a1-4b45-8eaa-356a5be33895", "c17d1557-513d-443f-8013-a31eb541455b"
CIN_PLAN_PATH, CP_PATH, CP_CATEGORY_PATH, CASE_PATH = 4, 51, 81, 23
DISABILITY_PATH, IMMIGRATION_PATH, UPN_GROUP, MOTHER_TYPE = 55, 83, 2, 17

ETHNICITY = {"WBRI": "WHITE_BRITISH", "WIRI": "WHITE_IRISH", "WIRT": "IRISHTRAVELLER", "WOTH": "OTHER_WHITE_ORIGIN",
             "WROM": "ROMA", "MWBC": "WHITE_AND_BLACK_CARIBBEAN", "MWBA": "WHITE_AND_BLACK_AFRICAN",
             "MWAS": "WHITE_AND_ASIAN", "MOTH": "OTHER_MIXED", "AIND": "INDIAN", "APKN": "PAKISTANI",
             "ABAN": "BANGLADESHI", "CHNE": "CHINESE", "AOTH": "OTHER_ASIAN", "BCRB": "BLACK_CARIBBEAN",
             "BAFR": "BLACK_AFRICAN", "BOTH": "OTHER_BLACK", "OOTH": "OTHER_ETHNIC", "REFU": "REFUSED",
             "NOBT": "NOT_KNOWN"}
SOURCE = {"1A": "Family Member/Relative/Carer", "1B": "Acquaintance", "1C": "Self", "1D": "Other",
          "2A": "School", "2B": "Education Services", "3A": "GP", "3B": "Health Visitor", "3C": "School Nurse",
          "3D": "Other Primary Health Services", "3E": "A & E", "3F": "Other Health Services", "4": "Housing",
          "5A": "Social care e.g. adult social care", "5B": "Other internal e,g, BC Council",
          "5C": "External e.g. from another local authority", "5D": "Early help", "6": "Police",
          "7": "Other Legal Agency", "8": "Other - including children centres", "9": "Anonymous", "10": "Unknown"}
NEED = {"N1": "Abuse or neglect", "N2": "Child's disability", "N3": "Parental illness/disability",
        "N4": "Family in acute stress", "N5": "Family dysfunction", "N6": "Socially unacceptable behaviour",
        "N7": "Low income", "N8": "Absent parenting", "N9": "Cases other than child in need", "N0": "Not stated"}
CLOSE = {"RC1": "Adopted", "RC2": "Died", "RC3": "Child Arrangements Order", "RC4": "Special Guardianship Order",
         "RC5": "Child moved permanently from area", "RC6": "Transferred to Adult Services",
         "RC7": "Case closed", "RC8": "Case closed after assessment, no further action",
         "RC9": "Case closed after assessment, referred to early help"}
DISABILITY = {"MOB": "Mobility", "HAND": "Hand function", "PC": "Personal care", "INC": "Incontinence",
              "COMM": "Communication", "LD": "Learning Disability", "HEAR": "Hearing", "VIS": "Vision",
              "BEH": "Behaviour", "CON": "Consciousness", "AUT": "Autistic Spectrum Disorder", "DDA": "Other DDA"}
PLACEMENT = {"U1": "REL", "U3": "REL_NOT_LT_ADOPT", "U4": "LT", "U6": "NOT_LT_ADOPT", "R1": "RES_CARE",
             "K2": "CHLD_HOME", "P1": "PARENT", "H5": "NO_CHREGS", "S1": "RES_SCH", "Z1": "OTH",
             "A3": "APP_ADOPT", "A5": "ORD_ADOPT_FP"}
CP_CATEGORY = {"NEG": "Neglect", "PHY": "Physical abuse", "EMO": "Emotional abuse", "SAB": "Sexual abuse",
               "MUL": "Multiple"}
# Parental factor controls (1A..6C): topic by number, person by letter.
FACTOR_TOPICS = {"1": "alcohol", "2": "drug", "3": "domesticViolence", "4": "mentalHealth", "5": "learnDis",
                 "6": "physDis"}
FACTOR_PERSONS = {"A": "Child", "B": "Parent", "C": "OtherPersonHousehold"}
CHILD_FACTORS = {"7A": "YCarer", "8B": "PFOCIntendtoreturn", "8C": "PFOCIntendtostay", "8D": "PFUKEducation",
                 "8E": "PFUKFamily", "8F": "PFOther", "9A": "UASC", "10A": "Miss", "11A": "SexExploit",
                 "12A": "Traffic", "13A": "Gang", "14A": "Behave", "15A": "SHarm", "16A": "AbuseNeglect",
                 "17A": "EmotAbuse", "18B": "PhysAbuse", "18C": "PhysAbuse", "19B": "SexAbuse", "19C": "SexAbuse",
                 "20": "Other", "22A": "FGM", "23A": "Faith", "24A": "RAD"}


def reference_rows(workers: list[Worker]) -> dict[str, list[tuple]]:
    """Classification lookups and the workers' Social Work England numbers."""
    groups = [(1, "DIS", "Disability"), (UPN_GROUP, "UPN", "UPN unknown"), (3, "ASY_STAT", "Asylum status")]
    classes = [(500 + n, code, name, 1) for n, (code, name) in enumerate(sorted(DISABILITY.items()))]
    classes += [(600 + n, f"UN{n}", f"UN{n} reason", UPN_GROUP) for n in range(1, 6)]
    classes += [(423, "UASC", "Unaccompanied asylum seeking child", 3)]
    refs = [(w.worker_id, w.swe_number, "SWE", "Social Work England number", date(2015, 1, 1), None)
            for w in workers if w.swe_number]
    return {"CLASSIFICATION_GROUP": groups, "CLASSIFICATION": classes, "REFERENCENUMBERPERSONVIEW": refs,
            **eclipse_more.reference_rows(workers)}


class _Rows:
    """Collects one child's rows; ``form`` writes one row per answered control of a form instance."""

    def __init__(self, child: Child) -> None:
        self.child = child
        self.rows: dict[str, list[tuple]] = {name: [] for name in TABLES}
        # derived ids for rows the story has no id for, apart from the story's n * 1000 + k ids
        self.serial = 5_000_000_000 + (child.person_id - 100000) * 1000

    def next_id(self) -> int:
        self.serial += 1
        return self.serial

    def form(self, instance: int, guid: str, submitter: int | None, completed: date | None, answers: dict,
             subname: str | None = None) -> None:
        state = "COMPLETE" if completed else "INPROGRESS"
        started = completed - timedelta(days=3) if completed else None
        for control, value in answers.items():
            if value is None:
                continue
            text, short, when = (None, None, value) if isinstance(value, date) else (value, value, None)
            if isinstance(value, tuple):
                text, short = value
            self.rows["FORMANSWERPERSONVIEW"].append(
                (instance, self.child.person_id, submitter, guid, subname, state, control,
                 when.isoformat() if when else text, short, when, started, completed))

    def classification(self, assignment: int, path: int, start: date, end: date | None, name: str,
                       code_id: int | None = None, end_reason: str | None = None) -> None:
        self.rows["CLASSIFICATIONPERSONVIEW"].append(
            (assignment, self.child.person_id, code_id, path, "ACTIVE", start, end, end_reason, name))


def child_rows(child: Child) -> dict[str, list[tuple]]:
    """The Eclipse rows of one synthetic child."""
    out = _Rows(child)
    _person(out, child)
    for referral in child.referrals:
        _referral(out, child, referral)
    _looked_after(out, child)
    eclipse_more.add_child_rows(out, child)
    return out.rows


def _person(out: _Rows, child: Child) -> None:
    pid, n = child.person_id, child.person_id - 100000
    sex = {"M": "Male", "F": "Female"}.get(child.sex, "Unknown")
    gender = {"M": "Man", "F": "Woman"}.get(child.sex) if n % 9 else None
    duplicated = "DUPLICATE" if n % 997 == 0 else None  # derived: a few duplicate records to exclude
    out.rows["PERSONVIEW"].append((pid, duplicated, child.forename, child.surname, child.legacy_id, child.dob, sex))
    out.rows["PERSONDEMOGRAPHICSVIEW"].append(
        (pid, child.legacy_id, child.forename, child.surname, sex, gender, ETHNICITY[child.ethnicity], child.dob,
         child.expected_dob, f"999{n:07d}", None, "GB" if n % 7 else "SY"))
    if child.upn:
        out.rows["REFERENCENUMBERPERSONVIEW"].append((pid, child.upn, "UPN", "Unique Pupil Number", child.dob, None))
    if child.former_upn and child.dob:  # the story gives a former UPN only to a born child
        out.rows["REFERENCENUMBERPERSONVIEW"].append(
            (pid, child.former_upn, "UPN", "Unique Pupil Number", child.dob, child.dob + timedelta(days=1500)))
    if child.upn_unknown:
        unknown = int(child.upn_unknown[2:])
        out.classification(out.next_id(), 0, child.dob or date(2020, 1, 1), None, child.upn_unknown, 600 + unknown)
    for number, (address_id, start, end, postcode) in enumerate(child.addresses):
        out.rows["ADDRESSPERSONVIEW"].append(
            (address_id, pid, "Home" if number == len(child.addresses) - 1 else "Previous", start, end,
             postcode, None, None, str(10 + number), "Synthetic Street", "Synthtown", f"9{address_id:011d}"))
    codes = sorted(DISABILITY)
    for assignment, code in child.disabilities:
        out.classification(assignment, DISABILITY_PATH, child.dob or date(2020, 1, 1), None, DISABILITY[code],
                           500 + codes.index(code))
    for assignment, _status, start, end in child.immigration:
        out.classification(assignment, IMMIGRATION_PATH, start, end, "Unaccompanied asylum seeking child", 423)
    known = max([a[1] for a in child.addresses] + [r.date for r in child.referrals], default=None)
    baby_dob = child.dob + timedelta(days=6000) if child.dob else None
    if child.sex == "F" and baby_dob and known and baby_dob <= known and n % 5 == 0:
        baby = 50_000_000 + n  # derived: a young mother, her baby a non-client person
        out.rows["PERSONVIEW"].append((baby, None, "Baby", child.surname, None, baby_dob, "Male"))
        out.rows["PERSON_PER_RELATIONSHIP"].append((pid, baby, MOTHER_TYPE, baby_dob, None))
    for sdq_id, when, score in child.sdqs:
        out.form(sdq_id, SDQ, None, when, {"903Return_dateOfLatestSDQRecord": when,
                                            "youngPersonsStrengthsAndDifficultiesQuestionnaireScore": str(score)})


def _referral(out: _Rows, child: Child, r: Referral) -> None:
    pid = child.person_id
    worker = r.involvements[0].worker_id
    steps = "No further action" if r.nfa else ("Strategy Discussion/Meeting" if r.s47s else "Assessment")
    out.form(r.referral_id, REFERRAL, worker, r.date + timedelta(days=1), {
        "CINCensus_DateOfReferral": r.date, "CINCensus_ReferralSource": SOURCE[r.source],
        "CINCensus_primaryNeedCategory": NEED[r.primary_need], "AnnexAReturn_nextSteps_agreed": steps})
    out.classification(out.next_id(), CASE_PATH, r.date, r.close_date, "Open case",
                       end_reason=CLOSE[r.close_reason] if r.close_reason else None)
    for inv in r.involvements:
        allocated = "AW" if inv.role == "CW" else None
        out.rows["RELATIONSHIPPROFESSIONALVIEW"].append(
            (inv.involvement_id, pid, inv.worker_id, f"Synth Worker {inv.worker_id}",
             "SOCWORKER" if inv.role == "CW" else "TEAMMANAGER", inv.start, inv.end, "NEWREF", allocated))
        if allocated:
            out.rows["PERSONORGRELATIONSHIPVIEW"].append(
                (out.next_id(), pid, 500 + inv.worker_id % 12, inv.start, inv.end, "AT"))
    for a in r.assessments:
        _assessment(out, a, worker)
    for plan in r.cin_plans:
        out.classification(plan.plan_id, CIN_PLAN_PATH, plan.start, plan.end, "Child in need plan")
    for s in r.s47s:
        _s47(out, s, worker)
    for plan in r.cp_plans:
        out.classification(plan.plan_id, CP_PATH, plan.start, plan.end, "Child protection plan")
        out.classification(out.next_id(), CP_CATEGORY_PATH, plan.start, plan.end,
                           CP_CATEGORY.get(plan.category or "", "Neglect"))


def _assessment(out: _Rows, a: Assessment, worker: int) -> None:
    answers: dict = {"CINCensus_startDateOfForm": a.start,
                     "SeenAlone": "Child seen alone" if a.child_seen else "Child not seen",
                     "WorkerOutcome": "Recommend Child in Need planning"}
    specific = []
    for code in a.factors:
        if code[0].isdigit() and code[-1] in FACTOR_PERSONS and code[:-1] in FACTOR_TOPICS:
            person = FACTOR_PERSONS[code[-1]]
            if code[:-1] == "4" and code[-1] == "C":
                person = "OtherPerson"
            answers[f"CINCensus_{FACTOR_TOPICS[code[:-1]]}{person}"] = "Yes"
        elif code in CHILD_FACTORS:
            specific.append(CHILD_FACTORS[code])
            if code in ("18B", "18C"):
                answers["CINCensus_allegedPerpetratorOfPhysicalAbuse"] = code
            if code in ("19B", "19C"):
                answers["CINCensus_allegedPerpetratorOfSexualAbuse"] = code
            if code == "8F":
                answers["CINCensus_childSpecificFactorOther"] = "Privately fostered - Other"
    if specific:
        joined = ",".join(dict.fromkeys(specific))
        answers["CINCensus_childSpecificFactor"] = (joined, joined)
    out.form(a.assessment_id, ASSESSMENT, worker, a.authorised, answers, subname="Single assessment")


def _s47(out: _Rows, s: S47Enquiry, worker: int) -> None:
    next_step = "Convene initial child protection conference" if s.conference_needed else "No further action"
    out.form(out.next_id(), STRATEGY, worker, s.start, {"dateOfMeeting": s.start})
    out.form(s.s47_id, S47, worker, s.end, {
        "AnnexAReturn_dateOfStratMeeting": s.start, "CINCensus_whatNeedsToHappenNext": next_step,
        "CINCensus_outcomeOfSection47Enquiry": "Concerns substantiated" if s.conference_needed else "Not substantiated"})
    if s.icpc_id:
        out.form(s.icpc_id, MEETING, worker, s.icpc_date, {
            "AnnexAReturn_typeOfMeeting": "Child Protection (Initial child protection conference)",
            "903Return_dateOfMeetingConference": s.icpc_date,
            "ChildProtectionNextStep": "Set next review" if s.icpc_cp_plan else "CIN"},
            subname="Child Protection - Initial Conference")


def _looked_after(out: _Rows, child: Child) -> None:
    pid = child.person_id
    for r in child.referrals:
        for period in r.care_periods:
            out.rows["CLAPERIODOFCAREVIEW"].append((pid, period.period_id, period.start, period.end))
            previous = None
            for p in period.placements:
                last = p is period.placements[-1]
                out.rows["CLAEPISODEOFCAREVIEW"].append(
                    (p.placement_id, pid, period.period_id, p.start, p.end,
                     period.start_reason if previous is None else "P", period.end_reason if last else "X1",
                     None, NEED[period.need_code], p.placement_id + 500_000_000, p.postcode,
                     PLACEMENT.get(p.placement_type, p.placement_type), "PR1", p.change_reason,
                     eclipse_more.legal_status_on(child, period.period_id, p.start)))
                previous = p
            iro = period.start + timedelta(days=20)
            if period.end is None or iro <= period.end:
                out.form(out.next_id(), IRO, None, iro, {"dateOfMeeting": iro})
    if child.adoption:
        a = child.adoption
        out.rows["CLAADOPTIONSVIEW"].append((a.adoption_id, pid, "MF", "L12", None, a.decision_date))
    if child.care_leaver:
        leaver_id, contact, activity, accommodation = child.care_leaver
        out.rows["CLACARELEAVERDETAILSVIEW"].append(
            (leaver_id, pid, "Former relevant", "YES", contact, accommodation,
             "Accommodation considered suitable", activity))
        plan = contact - timedelta(days=30)
        out.form(out.next_id(), PATHWAY, None, plan, {"dateOfPathwayPlan": plan})
