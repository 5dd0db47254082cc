"""A thirty-second set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 116-124 chronology rows from ten to twelve services
(eleven or twelve sheets; two schools' returns in the third case) over twelve to sixteen months,
unlike each other and unlike the earlier blind sets' families: a twelve-year-old girl with type 1
diabetes and three admissions with diabetic ketoacidosis (clinics not attended, the school's
individual healthcare plan, her mother's drinking, her seven-year-old brother found alone at night
while she was in the emergency department, a medical neglect strategy discussion, child
protection plans, eight months in foster care under s20, home under a child in need plan); a
newborn with neonatal abstinence syndrome whose parents are both on methadone (a late booking, a
pre-birth assessment, a strategy discussion and a pre-birth child protection conference,
pre-proceedings, the birth, the neonatal unit and oral morphine, the father's arrest on the unit,
a parent-and-child foster placement that breaks down when the mother leaves, care proceedings
ending in care and placement orders, both parents' arrests on one drugs warrant, an eviction); a
fourteen-year-old boy's harmful sexual behaviour towards his eight-year-old brother (the younger
boy's disclosure at school, a same-day strategy discussion and safety plan, the older boy moving
to his grandfather's, an ABE interview and a medical at a sexual assault referral centre, the
older boy's voluntary interview with an appropriate adult, the Youth Justice Service's AIM3
assessment and an out-of-court outcome, a missing episode in breach of the safety plan, an
assault on the older boy, therapeutic work for both boys). Written blind: composed from the
domain brief, the `Event` schema, the shared kit (`dedup_case_kit.py`), the opening of the seventh
blind set (its docstring and the way it declares agencies, sheets and a family; none of its
families, wordings or places reused) and the labelling rules and ending of the fourteenth, without
reading the duplicate rules, their settings, the linkage model, any test, bench or result or any
other labelled set, and without running the merge on these cases (issue 12, "Generalisation
practice"). Kept apart from tuning: measure on them blind first.

The services write very differently: police logs in capitals with occurrence references
(Niche, Athena, "NP/24/118832"); social care narrative, with EDT entries at night; "Contact type:
... Outcome: ..." (the diabetes team), "Antenatal contact - Gestation: ... Discussion: ... Plan:"
(midwifery), "Contact: ... | Seen: ... | Plan:" (health visiting) and "Appointment type: ... |
Summary:" (CAMHS) templates; GP notes three ways (S/O/A/P, "Consultation (Freya): ...",
"History: ... Plan:"); school safeguarding logs with a category or type (CPOMS-style) and a school
that keys one disclosure twice; emergency department, ward and neonatal unit notes in clinical
shorthand (VBG pH, FRIII, Finnegan 9, D2); ambulance incident logs with CAD numbers; first-person
notes (a recovery worker, a supervising social worker and a parent-and-child foster carer, a
harmful sexual behaviour practitioner, a children's counsellor); formal legal and Cafcass
entries (LPM, C110A, CMH, IRH); housing tenancy notes; probation contacts; a minute pasted into
another service's return under its own preface; dates written inside the text ("last night",
"Saturday").

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email or referral was logged by the receiving service on the next day.

How the rows were labelled (the rules given for this set, applied throughout):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, core group, CIN meeting, MARAC, looked-after
  review, family group conference, professionals' meeting, court hearing), in whatever words,
  with whatever time or none, is one occurrence. A minute pasted into another service's return
  under its own preface is a record of the same meeting.
- Both ends of one phone call (or one referral, notification, letter or email sent and
  received) are one occurrence, even when the receiving service logs it the next day. A later
  call back, another attempt to reach the same person, or a letter sent after the call is not.
- A joint visit recorded by both agencies that made it is one occurrence. Visits by two agencies
  on one day that each made alone are two.
- A police incident and the Children's Social Care entry recording that the police notification
  was received are DIFFERENT occurrences, even on the same day; so are the MASH screening
  decision and the contact it screens, and a hospital's notice of an attendance to the health
  visitor, family nurse, GP or school. An incident attended by police and ambulance together is
  one occurrence; the emergency department attendance that follows is another.
- Life events (a birth, a death, a house move, a placement start, a GP registration, an
  admission or discharge, an arrest, a charge, a court result or order) recorded by two services
  on the same day, or by one of them the next day, are one occurrence when they name the same
  specifics. Two people's arrests on one day are two occurrences; so are an arrest and a charge.
- An entry typed twice on one sheet (the same words or nearly) is one occurrence.
- An emergency department that writes one attendance as several rows (triage, review,
  discharge) records ONE occurrence; attendances on consecutive days are separate; an
  emergency department attendance and the ward or intensive care admission that follows are
  two occurrences.
- Decision for this set: a specialist team's row noting that the child was admitted to, or
  discharged from, the ward ("admitted to Kestrel 22/01 with DKA", "d/c from Kestrel 24/1") is a
  record of that admission or discharge, as is its row noting the change of carer on the day the
  child went into, or came home from, foster care (each logged the same or the next day).
- Decision for this set: a letter telling the GP of a clinic not attended, a hospital discharge
  or a service's closure is its own occurrence (a letter), not the clinic, discharge or closure;
  so is a GP's emailed information or written report for a strategy discussion or conference.
- Decision for this set: an emergency department nurse's call to the police about a sibling at
  home, made during an attendance, is one occurrence with the police log of that call, apart from
  the attendance; the officers' visit to the home after midnight is another, and so is the
  emergency department's safeguarding referral the next morning.
- Decision for this set: a school's 999 call for a child collapsing in class and the ambulance's
  record of that call-out are one occurrence (like a police and ambulance call-out); the
  emergency department attendance that follows is another.
- Decision for this set: a foster carer's or supervising social worker's log recording that a
  professional's appointment or visit took place (the diabetes clinic the carer took the child
  to, the health visitor's new birth visit at the foster home, the GP registration the carer made)
  is a record of that appointment or visit; a contact session the carer's log and the social
  worker both describe is one occurrence.
- Decision for this set: the discharge of a baby from a neonatal unit with her mother into a
  parent-and-child foster placement is one occurrence when the unit, social care, the fostering
  service and the health visitor record it; the mother leaving that placement weeks later (the
  placement ending) is another, recorded by social care, the fostering service and the drug
  service the next day.
- Decision for this set: an order made at a hearing is part of that hearing's occurrence (the
  local authority's lawyer, social care and Cafcass noting an interim care order, or care and
  placement orders, that day); the issue of the application a few weeks earlier, the legal
  planning meeting that decided it and the guardian's allocation are separate occurrences.
- Decision for this set: a probation officer's row on the Monday recording a named arrest on
  the Saturday (the same man, offence and address) is a record of that arrest (two days out, in
  `noise`); the same-day arrest of the other parent on the same warrant stays apart.
- Decision for this set: the evening safety-planning visit (social care and police together) and
  the older boy's move to his grandfather's later that evening are two occurrences; the move is
  recorded by social care that night and by his school the next morning.
- Decision for this set: the younger boy's ABE interview and his school's row that his mother
  collected him that morning for an 'appointment' are two occurrences; so are the police
  referral to the Youth Justice Service (one occurrence with the service's receipt of it) and
  the AIM3 report the service emailed to social care weeks later (one occurrence with social
  care's receipt of that email).
- Decision for this set: a school taking a pupil off roll on transfer and social care noting on
  the same day that he has started at the new school record one school change (one occurrence).
- Decision for this set: a Youth Justice Service appropriate adult's row for a voluntary
  interview is a record of the interview (like a joint visit).
- Look-alikes kept apart: a clinic not attended and the GP's letter about it; a home visit with
  no access, the call that afternoon and the call the next day; consecutive-day emergency
  department attendances; the MASH decision and the contact; the police notification received
  and the manager's s47 decision typed the same day; a strategy discussion and a ward discharge
  planning meeting the same day; a legal planning meeting and a neonatal unit family meeting the
  same day; an RCPC and the core group straight after it; a strategy discussion and the GP's
  email for it; a conference and the GP's report for it; a domestic incident and the two arrests
  that followed it, and the charge the next day; two parents' arrests on one warrant; two
  youths' arrests for one assault on one morning; an assault and the GP consultation two days
  later; separate visits by social care and the diabetes nurse (or the Youth Justice Service) on
  one day; a baby's 6-8 week check and the mother's postnatal check ten minutes apart; a foster
  carer's call to the out-of-hours team at night and the mother's return the next morning; a
  missing report, the child found at night and the out-of-hours notification the next morning;
  a letter before proceedings and the PLO meeting; an arrest on the neonatal unit and the call
  from the unit that brought the police; a children's ISVA's two unanswered calls and the call
  back the next day; weekly check-in calls, keywork sessions and therapy sessions that read
  alike.

Everything is invented: people, workers, schools, surgeries, hospitals, wards, towns, courts,
police forces, services, addresses, postcodes and reference numbers. Deterministic: one fixed
seed per case (it only places the routine entries and picks their times), no set or hash
ordering.

    python sample_data/blind_dedup_cases_32.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
ED = "Emergency Department"
GP = "GP"
SCHOOL = "School"
SCHOOL_NURSE = "School Nursing"
AMBULANCE = "Ambulance Service"
WARD = "Paediatric Ward"
DIABETES = "Paediatric Diabetes Team"
ALCOHOL = "Adult Alcohol and Drug Service"
FOSTERING = "Fostering Service"
MIDWIFERY = "Midwifery"
NEONATAL = "Neonatal Unit"
HV = "Health Visiting"
DRUG_SERVICE = "Drug and Alcohol Service"
LEGAL = "Local Authority Legal Services"
CAFCASS = "Cafcass"
HOUSING = "Housing"
PROBATION = "Probation Service"
YJS = "Youth Justice Service"
CAMHS = "CAMHS"
HSB_SERVICE = "Harbour Project (harmful sexual behaviour service)"
CHILD_THERAPY = "Bluebell Children's Counselling"
SARC = "Sexual Assault Referral Centre"
ISVA = "Children's ISVA Service"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, SCHOOL_NURSE, CHILD_THERAPY, ISVA)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Brennock family, Culverstone. Kacey Brennock (b. 14/03/2012), type 1 diabetes, and
# her brother Tyler (b. 02/08/2016) live with their mother Leanne Brennock (b. 1987) at 22
# Pennyfield Walk, Culverstone CU6 3RD; Kacey's father Darren Pyott (b. 1984) lives apart;
# maternal grandmother Pauline Brennock nearby. Registered at Millbrook Surgery; Kacey at Hallam
# Ridge Academy, Tyler at Brookfold Primary. Three admissions with diabetic ketoacidosis to
# Kestrel Ward, Culverstone General Hospital; clinics not attended; the mother's drinking; a
# strategy discussion for medical neglect, child protection plans, Kacey looked after under s20
# with foster carers Sharon and Mick Ashdown for eight months, then home under a CIN plan.
# --------------------------------------------------------------------------------------------


def _brennock() -> BlindCase:
    f = Family(
        "brennock",
        3201,
        {
            "amb": Sheet(AMBULANCE, "WSAS_incidents_Brennock.xlsx", "Incidents"),
            "ed": Sheet(
                ED,
                "CGH_ED_safeguarding_return.xlsx",
                "ED attendances",
                (("2024-01-01", "ED safeguarding nurse K. Ollerenshaw"),),
            ),
            "ward": Sheet(
                WARD,
                "CGH_KestrelWard_chronology.xlsx",
                "Inpatient episodes",
                (("2024-01-01", "Ward sister D. Mbeki"),),
            ),
            "pdt": Sheet(
                DIABETES,
                "CGH_PaedDiabetes_IMR.xlsx",
                "Contacts",
                (
                    ("2024-01-01", "Claire Haverstock (DSN)"),
                    ("2024-09-01", "Priya Lakhani (DSN)"),
                ),
            ),
            "gp": Sheet(
                GP,
                "Millbrook_Surgery_chronology.xlsx",
                "Kacey",
                (("2024-01-01", "Dr S. Avery"),),
                typed=False,
            ),
            "school": Sheet(
                SCHOOL,
                "HallamRidge_safeguarding_log.csv",
                "",
                (("2024-01-01", "G. Lowry (DSL)"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "SchoolNursing_Brennock.xlsx",
                "Chronology",
                (("2024-01-01", "Ruth Marchbank SN"),),
            ),
            "csc": Sheet(
                CSC,
                "CSC_Brennock_chronology.xlsx",
                "Kacey B",
                (
                    ("2024-01-01", "Joanne Tabbert (SW)"),
                    ("2024-10-01", "Marcus Oyelaran (SW)"),
                ),
            ),
            "police": Sheet(POLICE, "WessendenPolice_Brennock.xlsx", "Niche extract"),
            "alc": Sheet(
                ALCOHOL,
                "CRP_Leanne_Brennock.docx",
                "Table 1",
                (("2024-01-01", "Nell Garside, recovery worker"),),
                typed=False,
            ),
            "fost": Sheet(
                FOSTERING,
                "Fostering_SSW_log_Ashdown.xlsx",
                "Supervising SW log",
                (("2024-01-01", "Tanya Beeston (SSW)"),),
            ),
        },
    )
    o = f.occ
    # --- Early 2024: clinics not attended, first DKA admission -----------------------------
    o(
        "2024-01-10",
        "clinic-wnb-1",
        R(
            "pdt",
            "Contact type: Consultant clinic (Dr Strachan/DSN). Outcome: WAS NOT BROUGHT - 2nd "
            "consecutive. Last HbA1c 96 mmol/mol (Oct). Rebooked 4/52. Pump pathway deferred.",
            kind="Clinic",
        ),
    )
    o(
        "2024-01-12",
        "gp-letter-wnb",
        R(
            "gp",
            "Letter in from paediatric diabetes (Dr Strachan): K not brought to clinic on 10th, "
            "HbA1c 96. Read, coded 'child not brought to appointment'. For awareness, no action.",
        ),
    )
    o(
        "2024-01-22",
        "amb-999-dka1",
        R(
            "amb",
            "999 call from mother. 11yo female, known T1DM, vomiting since yesterday, drowsy, deep "
            "sighing resps. CBG HI, ketones 5.8. Pre-alert, conveyed CGH ED.",
            "06:41",
            "Emergency call",
            ref="CAD 0412-22Jan",
        ),
    )
    o(
        "2024-01-22",
        "ed-dka1",
        R(
            "ed",
            "Triage: arr by amb with mum. T1DM ?DKA. GCS 14. Cat 2. Bloods + VBG sent.",
            "07:12",
            "ED attendance",
        ),
        R(
            "ed",
            "Reg review: VBG pH 7.14, HCO3 9, ketones 5.2 = moderate DKA. DKA pathway, FRIII "
            "started. Mum: long-acting pen 'ran out' approx 3 days ago. Paeds accepted.",
            "08:05",
            "ED attendance",
        ),
    )
    o(
        "2024-01-22",
        "ward-adm-dka1",
        R(
            "ward",
            "Admitted to Kestrel Ward (HDU bay) from ED. Moderate DKA on FRIII. Mum resident "
            "first night then went home to Tyler.",
            "10:30",
            "Admission",
        ),
        R(
            "pdt",
            "Contact type: Inpatient. Outcome: Kacey admitted to Kestrel 22/01 with DKA - 2nd DKA "
            "in 12 months. Seen on ward; mum says pens ran out, no repeat ordered.",
            kind="Inpatient",
        ),
    )
    o(
        "2024-01-24",
        "ward-dis-dka1",
        R(
            "ward",
            "Discharged home with mother. Sick-day rules and ketone testing re-taught. TTO pens "
            "x5, needles, ketone strips. DSN to follow up at home.",
            "15:00",
            "Discharge",
        ),
        R(
            "pdt",
            "Contact type: Inpatient. Outcome: d/c from Kestrel 24/1 to mum. HV by DSN to book.",
            kind="Inpatient",
            shift="late",
        ),
    )
    o(
        "2024-01-26",
        "gp-dsum-dka1",
        R(
            "gp",
            "Discharge summary CGH (Kestrel) rec'd: DKA 22-24/01, precipitant missed basal "
            "insulin. Repeat template updated, basal insulin added to repeats.",
        ),
    )
    o(
        "2024-01-31",
        "ihp-meeting-1",
        R(
            "school",
            "Category: Medical / IHP. Individual Healthcare Plan meeting in school - DSN (Claire "
            "H), Mrs Okafor (SENCo), mum came for last 10 mins. Hypo box restocked, K to test "
            "before PE and lunch, staff to text mum if ketones > 1.5.",
            kind="Meeting",
        ),
        R(
            "pdt",
            "Contact type: School visit. Outcome: IHP rewritten with SENCo at Hallam Ridge. Mum "
            "attended part. 3 staff trained on pens and ketone meter.",
            kind="School visit",
        ),
    )
    o(
        "2024-02-07",
        "pdt-hv-noaccess",
        R(
            "pdt",
            "Contact type: Home visit (planned). Outcome: No access at 10:00, knocked x2, car on "
            "drive. Card left.",
            "10:00",
            "Home visit",
        ),
    )
    o(
        "2024-02-07",
        "pdt-call-1",
        R(
            "pdt",
            "Contact type: Telephone. Outcome: call to mum - no answer, voicemail left asking her "
            "to ring DSN line.",
            "14:20",
            "Telephone",
        ),
    )
    o(
        "2024-02-08",
        "pdt-call-2",
        R(
            "pdt",
            "Contact type: Telephone. Outcome: spoke to mum. Says she 'forgot' the visit, was at "
            "her mum's. HV rebooked for 14/02.",
            "11:05",
            "Telephone",
        ),
    )
    o(
        "2024-02-14",
        "pdt-hv-done",
        R(
            "pdt",
            "Contact type: Home visit. Outcome: seen K and mum. Libre readings mostly 15-25. "
            "Basal pen in fridge in date. Mum presented tired, kitchen cluttered with empties.",
            "10:30",
            "Home visit",
        ),
    )
    o(
        "2024-02-26",
        "ed-ketones-a",
        R(
            "ed",
            "Self-presented with mum. Ketones 1.9, CBG 24, vomited x1. Not in DKA (pH 7.33). "
            "Oral fluids, correction dose. D/c home, advice re sick-day rules.",
            "19:40",
            "ED attendance",
        ),
    )
    o(
        "2024-02-27",
        "ed-ketones-b",
        R(
            "ed",
            "Re-attends (seen here last night). Ketones 2.6, abdo pain. pH 7.30 - mild, treated "
            "with SC insulin + fluids in ED, observed 4 hrs, home with mum. DSN emailed.",
            "21:15",
            "ED attendance",
        ),
    )
    o(
        "2024-03-12",
        "school-call-gp",
        R(
            "school",
            "Category: Medical / Safeguarding. K says there's no long-acting insulin at home, "
            "'mum hasn't picked it up'. I (DSL) rang Millbrook Surgery, spoke to practice nurse. "
            "Action: monitor, log.",
            kind="Phone call",
        ),
        R(
            "gp",
            "Telephone: Mr Lowry, DSL Hallam Ridge - concern K has no basal insulin at home. Rx "
            "issued 05/03 not collected. Pharmacy asked to deliver, mum texted.",
            shift="swap",
        ),
    )
    o(
        "2024-03-13",
        "clinic-wnb-3",
        R(
            "pdt",
            "Contact type: Clinic. Outcome: WNB - 3rd in 6 months. Discussed with trust named "
            "nurse safeguarding; referral to MASH to be made.",
            kind="Clinic",
        ),
    )
    o(
        "2024-03-14",
        "pdt-referral-mash",
        R(
            "pdt",
            "Contact type: Safeguarding. Outcome: referral to Culverstone MASH (online form) re "
            "medical neglect: 3 WNB, 2 DKAs, 2 ED visits Feb, insulin not collected.",
            kind="Referral",
        ),
        R(
            "csc",
            "Contact received from CGH paediatric diabetes nurse regarding Kacey: repeated missed "
            "clinics, two DKA admissions, insulin not collected from pharmacy. Passed to MASH.",
            kind="Contact",
        ),
    )
    o(
        "2024-03-15",
        "mash-decision-1",
        R(
            "csc",
            "MASH decision: concerns about medical neglect meet threshold for a child and family "
            "assessment (step up). Not s47 at this stage. Allocated to Joanne Tabbert.",
            kind="MASH decision",
        ),
    )
    # --- Second DKA: the night of 18/19 March, strategy discussion ------------------------
    o(
        "2024-03-18",
        "ed-dka2",
        R(
            "ed",
            "Triage: brought in by mum by taxi. Drowsy, vomiting, Kussmaul. Cat 1 - resus.",
            "22:10",
            "ED attendance",
        ),
        R(
            "ed",
            "Reg: severe DKA, pH 6.98, K+ 5.9. PICU outreach informed. Mum smelt strongly of "
            "alcohol, unsteady, slurred speech. Says 7yo brother at home 'asleep'.",
            "23:20",
            "ED attendance",
        ),
    )
    o(
        "2024-03-18",
        "ed-call-police",
        R(
            "ed",
            "NIC rang police (101) re 7yo sibling possibly alone at home - log ref 0841 given.",
            "23:35",
            "Telephone",
        ),
        R(
            "police",
            "CONCERN FOR WELFARE. CALL FROM NURSE IN CHARGE CGH ED. MOTHER IN ED WITH DAUGHTER, "
            "INTOX. 7YR OLD SON BELIEVED ALONE AT 22 PENNYFIELD WALK. GRADED IMMEDIATE.",
            "23:38",
            "Incident",
            ref="WP-20240318-0841",
        ),
    )
    o(
        "2024-03-19",
        "police-attend-home",
        R(
            "police",
            "OFFICERS ON SCENE 22 PENNYFIELD WALK. TYLER BRENNOCK (7) FOUND ASLEEP ALONE, NO "
            "ADULT IN ADDRESS. CONVEYED TO MGM PAULINE BRENNOCK. PPN1 SUBMITTED.",
            "00:25",
            "Incident",
            ref="WP-20240318-0841",
        ),
    )
    o(
        "2024-03-19",
        "ward-adm-dka2",
        R(
            "ward",
            "Admitted Kestrel HDU from ED, severe DKA, 2-hourly obs. Mum left ward 03:00. MGM "
            "Pauline to be main contact.",
            "02:10",
            "Admission",
        ),
        R(
            "pdt",
            "Contact type: Inpatient. Outcome: 2nd DKA admission this year (severe). DSN saw K on "
            "Kestrel. ED report mum intoxicated on arrival.",
            kind="Inpatient",
        ),
    )
    o(
        "2024-03-19",
        "ed-referral-csc",
        R(
            "ed",
            "Safeguarding referral to MASH submitted by ED safeguarding nurse: parent intoxicated "
            "with child in severe DKA, sibling left home alone.",
            "09:30",
            "Referral",
        ),
        R(
            "csc",
            "Contact from CGH ED safeguarding nurse: mother attended ED drunk with Kacey in severe "
            "DKA last night, Tyler left at home alone. Linked to open C&F assessment.",
            kind="Contact",
            shift="late",
        ),
    )
    o(
        "2024-03-20",
        "csc-ppn-rec",
        R(
            "csc",
            "PPN received from Wessenden Police re 18-19/03: Tyler (7) found alone at home by "
            "officers, taken to maternal grandmother's.",
            kind="Police notification",
        ),
    )
    o(
        "2024-03-20",
        "csc-s47-decision",
        R(
            "csc",
            "Management decision (TM Fran Idowu): threshold for s47 met for both children. "
            "Strategy discussion to be held 21/03.",
            kind="Management oversight",
        ),
    )
    o(
        "2024-03-21",
        "gp-email-strat",
        R(
            "gp",
            "Email to MASH for strategy discussion: 3x child not brought, basal Rx uncollected "
            "twice, mother AUDIT-C 11 (2022), declined alcohol service then.",
        ),
    )
    o(
        "2024-03-21",
        "strat-1",
        R(
            "csc",
            "Strategy discussion held on Teams, chaired by Fran Idowu (TM). Present: SW, DC "
            "Hollis, DSN Haverstock, Mr Lowry (DSL). Agreed single-agency s47 by CSC for both "
            "children; police to check Leanne's history; MGM to stay at home as safety plan.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "police",
            "S47 STRAT MTG 1400HRS (TEAMS) RE KACEY & TYLER BRENNOCK. DC 4471 HOLLIS. OUTCOME: "
            "SINGLE AGENCY S47 CSC. NO POLICE INVESTIGATION AT THIS TIME. NFA POLICE.",
            "14:00",
            "Strategy",
            ref="WP-20240318-0841",
        ),
        R(
            "pdt",
            "Contact type: MDT. Outcome: discussion with police and social care re Kacey's "
            "diabetes care and mum's drinking - gave clinic history, DKA x2, WNB x3.",
            kind="MDT",
        ),
        R(
            "school",
            "Category: Safeguarding. Strat - I dialled in. S47 going ahead. School to share "
            "attendance and hypo log with SW by Friday.",
            kind="Meeting",
            shift="+1",
        ),
    )
    o(
        "2024-03-22",
        "ward-dis-dka2",
        R(
            "ward",
            "Discharged home. Per safety plan from strategy discussion, MGM Pauline staying at "
            "home. Insulin handed to Pauline, technique checked.",
            "16:30",
            "Discharge",
        ),
        R(
            "csc",
            "Kacey discharged from Kestrel Ward home; maternal grandmother Pauline moving into the "
            "home for now as agreed at the strategy discussion.",
            kind="Hospital discharge",
        ),
    )
    o(
        "2024-03-25",
        "csc-s47-visit",
        R(
            "csc",
            "S47 home visit. Saw Kacey alone in her bedroom: she said she does her own injections "
            "'mostly' and mum 'sleeps a lot'. Tyler seen with MGM. Leanne agreed to self-refer "
            "to CRP. Gin bottles in recycling.",
            kind="Home visit",
        ),
    )
    o(
        "2024-03-25",
        "pdt-hv-solo",
        R(
            "pdt",
            "Contact type: Home visit. Outcome: K and MGM seen. Libre fitted; readings 8-14 since "
            "d/c. Mum sober, apologetic. Pens checked, in date.",
            "13:45",
            "Home visit",
        ),
    )
    o(
        "2024-03-27",
        "crp-selfref",
        R(
            "alc",
            "Leanne self-referred by phone. She told me social services 'want me to sort my "
            "drinking out'. Triage booked for 3 April at Cobden House.",
        ),
    )
    o(
        "2024-04-11",
        "gp-report-icpc",
        R(
            "gp",
            "Report for initial child protection conference completed and sent to CP admin "
            "(both children). Dr Avery unable to attend.",
        ),
    )
    o(
        "2024-04-15",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference chaired by IRO Hannah Pelling. Kacey and Tyler "
            "made subject to child protection plans under the category of neglect. First core "
            "group within 10 working days.",
            "10:00",
            "ICPC",
        ),
        R(
            "police",
            "ICPC ATTENDED BY DC 4471 HOLLIS. BOTH CHILDREN SUBJECT TO CP PLAN - NEGLECT. POLICE "
            "INFO SHARED (ONE PREVIOUS DOMESTIC 2021).",
            "10:00",
            "Conference",
            ref="WP-20240318-0841",
        ),
        R(
            "school",
            "Category: Safeguarding. Case conf (initial) - DSL attended. K and Tyler on CP plans "
            "(neglect). Our actions: daily BG check at break, attendance and hypo log weekly to "
            "SW.",
            kind="Meeting",
        ),
        R(
            "pdt",
            "Contact type: Meeting. Outcome: ICPC - DSN attended and presented report. CP plan "
            "(neglect). DSN weekly contact written into plan.",
            kind="Meeting",
        ),
    )
    o(
        "2024-04-29",
        "core-group-1",
        R(
            "csc",
            "First core group at Hallam Ridge Academy. Plan reviewed line by line. Leanne has "
            "attended CRP triage and 2 sessions. Pauline still staying.",
            kind="Core group",
        ),
        R(
            "school",
            "Category: Safeguarding. Core group mtg in school (SW, DSN, school nurse, mum, "
            "Pauline). K's BG log shared - better since Easter.",
            kind="Meeting",
        ),
        R(
            "sn",
            "Core grp attended (Hallam Ridge). SN to offer K drop-in weekly. Next CG 3/6.",
            kind="Core group",
        ),
    )
    # --- May 2024: a domestic incident, third DKA, Kacey becomes looked after -------------
    o(
        "2024-05-18",
        "police-domestic",
        R(
            "police",
            "DOMESTIC - CRIMINAL DAMAGE. 22 PENNYFIELD WALK. CALLER MGM PAULINE BRENNOCK: EX "
            "PARTNER DARREN PYOTT BANGING ON DOOR, SMASHED FRONT WINDOW. LEANNE INTOX. 2 CHILDREN "
            "PRESENT. DASH MEDIUM.",
            "19:32",
            "Incident",
            ref="WP-20240518-1377",
        ),
    )
    o(
        "2024-05-18",
        "arrest-darren",
        R(
            "police",
            "ARREST: PYOTT DARREN (DOB 1984) - CRIMINAL DAMAGE, COMMON ASSAULT (ON LEANNE). "
            "CONVEYED CULVERSTONE CUSTODY.",
            "19:58",
            "Arrest",
            ref="WP-20240518-1377",
        ),
    )
    o(
        "2024-05-18",
        "arrest-leanne",
        R(
            "police",
            "ARREST: BRENNOCK LEANNE (DOB 1987) - ASSAULT EMERGENCY WORKER (KICKED PC 2290). "
            "CONVEYED CULVERSTONE CUSTODY. CHILDREN LEFT WITH MGM.",
            "20:15",
            "Arrest",
            ref="WP-20240518-1377",
        ),
    )
    o(
        "2024-05-19",
        "charge-darren",
        R(
            "police",
            "PYOTT DARREN CHARGED: CRIMINAL DAMAGE + COMMON ASSAULT. BAILED TO CULVERSTONE MC "
            "25/06 WITH CONDITIONS NOT TO ATTEND PENNYFIELD WALK.",
            "11:40",
            "Charge",
            ref="WP-20240518-1377",
        ),
    )
    o(
        "2024-05-20",
        "csc-ppn-dom",
        R(
            "csc",
            "Police notification received: domestic incident 18/05, Darren Pyott and Leanne both "
            "arrested; children stayed with Pauline. Passed to allocated SW.",
            kind="Police notification",
        ),
    )
    o(
        "2024-05-21",
        "school-999",
        R(
            "school",
            "Category: Medical emergency. K collapsed in Science, vomiting, meter reading ketones "
            "HI. 999 called 10:52. Paramedics arrived 11:10 and took K to CGH. Mum not answering; "
            "Pauline told.",
            "10:52",
            "Medical",
        ),
        R(
            "amb",
            "Call from Hallam Ridge Academy. 12yo F T1DM, vomiting, drowsy, ketones >6. On scene "
            "11:08. IV access, conveyed CGH ED with teacher.",
            "10:53",
            "Emergency call",
            ref="CAD 1187-21May",
        ),
    )
    o(
        "2024-05-21",
        "ed-dka3",
        R(
            "ed",
            "Arr by amb from school. DKA pH 7.09. K told triage nurse 'mum's drinking again, "
            "nobody does my insulin at night'. Paeds reg informed, safeguarding team aware.",
            "11:34",
            "ED attendance",
        ),
    )
    o(
        "2024-05-21",
        "ward-adm-dka3",
        R(
            "ward",
            "Admitted Kestrel, 3rd DKA 2024. Social worker informed by ward. No parent present "
            "until 18:00.",
            "14:20",
            "Admission",
        ),
        R(
            "pdt",
            "Contact type: Inpatient. Outcome: 3rd DKA admission. Discussed with consultant - "
            "request strategy discussion.",
            kind="Inpatient",
            shift="late",
        ),
    )
    o(
        "2024-05-23",
        "strat-2",
        R(
            "csc",
            "Second strategy discussion (Teams): 3rd DKA, domestic incident 18/05, Kacey's "
            "disclosure in ED. Agreed: s20 accommodation to be discussed with Leanne today; "
            "legal gateway if she does not agree.",
            "09:00",
            "Strategy discussion",
        ),
        R(
            "police",
            "STRAT DISC 0900 RE KACEY BRENNOCK. DC HOLLIS. POLICE TO SHARE 18/05 DOMESTIC. CSC "
            "LEAD, NO CRIME FOR NEGLECT AT THIS STAGE.",
            "09:00",
            "Strategy",
            ref="WP-20240518-1377",
        ),
        R(
            "pdt",
            "Contact type: MDT. Outcome: strat mtg by phone - Dr Strachan and I gave medical "
            "opinion: K not safe to go home without adult supervising insulin.",
            kind="MDT",
        ),
        R(
            "school",
            "Category: Safeguarding. s47 strat meeting - DSL attended by phone. Likely K to go "
            "into care from hospital.",
            kind="Meeting",
        ),
    )
    o(
        "2024-05-23",
        "ward-dc-planning",
        R(
            "ward",
            "Discharge planning meeting on ward: mum, SW Joanne, DSN, NIC. Mum agreed K will go "
            "to foster carers when medically fit.",
            "14:00",
            "Meeting",
        ),
        R(
            "csc",
            "Met Leanne at CGH on Kestrel Ward with the nurse in charge and DSN. Leanne signed s20 "
            "consent, very tearful; says she cannot stop drinking on her own.",
            kind="Meeting",
        ),
    )
    o(
        "2024-05-28",
        "placement-start",
        R(
            "ward",
            "Discharged from Kestrel to foster carers (Mr & Mrs Ashdown), collected by SW. "
            "Insulin + Libre supplies given.",
            "13:00",
            "Discharge",
        ),
        R(
            "csc",
            "Kacey discharged from CGH and placed with foster carers Sharon and Mick Ashdown "
            "(s20). Became looked after today. Tyler remains with Pauline.",
            kind="Placement",
        ),
        R(
            "fost",
            "Placement started today - Kacey (12) straight from hospital, s20. I visited the "
            "carers at 5pm to go through the placement plan and the diabetes kit.",
            kind="Placement start",
        ),
        R(
            "pdt",
            "Contact type: Admin. Outcome: change of carer - K now in foster care (s20) with "
            "the Ashdowns. Carer training to arrange.",
            kind="Admin",
            shift="late",
        ),
    )
    o(
        "2024-05-30",
        "carer-training-joint",
        R(
            "pdt",
            "Contact type: Home visit. Outcome: trained foster carers on pens, Libre app and "
            "ketone testing; SSW present.",
            kind="Home visit",
        ),
        R(
            "fost",
            "Joint visit with Claire (diabetes nurse) - she trained Sharon and Mick on K's "
            "insulin and ketone meter; I sat in and updated the safe care plan.",
            kind="Visit",
        ),
    )
    o(
        "2024-06-10",
        "pep-1",
        R(
            "school",
            "Category: CLA. Initial PEP meeting - DT, SW, foster carer Sharon. Targets: "
            "attendance, catch-up maths. PP+ for tutor.",
            kind="PEP",
        ),
        R(
            "csc",
            "Initial Personal Education Plan meeting at Hallam Ridge with the designated teacher "
            "and Sharon.",
            kind="PEP",
            shift="swap",
        ),
    )
    o(
        "2024-06-20",
        "cla-review-1",
        R(
            "csc",
            "First looked after review (IRO Hannah Pelling) at foster home. Plan: remain in "
            "placement; family time weekly supervised at the Linden Centre; mum to engage CRP.",
            kind="CLA review",
        ),
        R(
            "fost",
            "LAC review held at carers' house. K said she likes it here 'because dinner is at the "
            "same time every day'. IRO happy with placement.",
            kind="Meeting",
        ),
        R(
            "school",
            "Category: CLA. CLA review - Head of Year report sent, DSL attended.",
            kind="Meeting",
        ),
    )
    o(
        "2024-06-25",
        "darren-court",
        R(
            "police",
            "RESULT: PYOTT DARREN @ CULVERSTONE MC - GP CRIMINAL DAMAGE + COMMON ASSAULT. 12 MTH "
            "COMMUNITY ORDER, RESTRAINING ORDER 2 YRS (LEANNE BRENNOCK).",
            "15:10",
            "Court result",
            ref="WP-20240518-1377",
        ),
        R(
            "csc",
            "Darren Pyott pleaded guilty at Culverstone Magistrates today: community order and a "
            "two-year restraining order protecting Leanne.",
            kind="Court",
        ),
    )
    o(
        "2024-07-03",
        "clinic-fc",
        R(
            "pdt",
            "Contact type: Clinic. Outcome: attended with foster carer Sharon. HbA1c 71 (was 98). "
            "No hypos > level 1. K engaged, asked about pump.",
            kind="Clinic",
        ),
        R(
            "fost",
            "Sharon took K to diabetes clinic - HbA1c down to 71. Consultant very pleased.",
            kind="Health",
        ),
    )
    o(
        "2024-07-08",
        "rcpc",
        R(
            "csc",
            "Review Child Protection Conference: Kacey's CP plan ended as she is looked after and "
            "safe in placement. Tyler remains subject to a CP plan (neglect).",
            "10:00",
            "RCPC",
        ),
        R(
            "school",
            "Category: Safeguarding. RCPC - attended. K off CP plan (CLA now). Tyler stays on.",
            kind="Meeting",
        ),
        R(
            "alc",
            "Went with Leanne to the review conference. She has cut down but not stopped; she "
            "was upset that Kacey's plan ended 'because they've taken her'.",
        ),
    )
    o(
        "2024-07-08",
        "core-tyler",
        R(
            "csc",
            "Core group for Tyler straight after RCPC, same room. Brookfold Primary, SN, MGM.",
            "11:45",
            "Core group",
        ),
        R(
            "sn",
            "Core group (Tyler B) following RCPC. SN to see Tyler in school for wellbeing.",
            kind="Core group",
        ),
    )
    o(
        "2024-07-16",
        "family-time-cancelled",
        R(
            "csc",
            "Family time at the Linden Centre cancelled: Leanne arrived smelling of alcohol and "
            "slurring. Kacey taken back to carers by the contact worker.",
            kind="Family time",
        ),
        R(
            "fost",
            "Contact didn't go ahead today - mum drunk per the contact worker. K quiet on return, "
            "went straight to her room. Sharon sat with her later.",
            kind="Contact",
        ),
    )
    o(
        "2024-08-06",
        "joint-gp-crp",
        R(
            "gp",
            "S: joint appt with Nell (CRP worker). Drinking 3-4 cans/day now. O: no tremor, LFTs "
            "GGT 142. A: alcohol dependence. P: community detox planned from 02/09, shared care.",
        ),
        R(
            "alc",
            "Joint appointment at Millbrook with Dr Avery and Leanne to plan a community detox "
            "starting 2 September. Bloods taken.",
        ),
    )
    o(
        "2024-09-10",
        "ihp-meeting-2",
        R(
            "school",
            "Category: Medical / IHP. IHP review for Y8 - Sharon (FC), DSN Priya, SENCo. K to "
            "carry own hypo kit. Staff briefing done.",
            kind="Meeting",
        ),
        R(
            "pdt",
            "Contact type: School visit. Outcome: IHP updated for Y8 with foster carer and SENCo.",
            kind="School visit",
            shift="swap",
        ),
    )
    o(
        "2024-09-19",
        "cla-review-2",
        R(
            "csc",
            "Second CLA review. Leanne completed detox and is attending groups. Plan: overnight "
            "stays to be considered after three months' abstinence.",
            kind="CLA review",
        ),
        R(
            "fost",
            "LAC review (2nd). Placement stable, HbA1c 63. Carers would support return home.",
            kind="Meeting",
        ),
        R(
            "school",
            "Category: CLA. Minutes of CLA review pasted from IRO: 'Kacey remains accommodated "
            "under s20. Mother has completed a community detox...'",
            kind="Minutes",
            shift="late",
        ),
    )
    o(
        "2024-11-14",
        "profs-meeting",
        R(
            "csc",
            "Professionals' meeting (no family) about a plan for Kacey to return home. Views "
            "sought from CRP, diabetes team, school.",
            kind="Professionals meeting",
        ),
        R(
            "pdt",
            "Contact type: MDT. Outcome: prof mtg re rehab home. DSN view: supervision of "
            "evening basal is key; suggest Libre follow app for mum.",
            kind="MDT",
        ),
        R(
            "alc",
            "Professionals meeting about Kacey going home. I reported Leanne is ten weeks alcohol "
            "free, breath tests all 0.00, attending SMART group.",
        ),
    )
    o(
        "2025-01-09",
        "cla-review-3",
        R(
            "csc",
            "Third CLA review: agreed Kacey returns home on 20/01, s20 to end, CIN plan to follow.",
            kind="CLA review",
        ),
        R(
            "fost",
            "LAC review 3 - return home agreed for the 20th. Sharon and Mick mixed feelings.",
            kind="Meeting",
        ),
    )
    o(
        "2025-01-20",
        "return-home",
        R(
            "csc",
            "Kacey returned home to her mother's care today; s20 ended, no longer looked after. "
            "Case stepped down to child in need.",
            kind="Placement end",
        ),
        R(
            "fost",
            "Placement ended - K moved home to mum's. Carers took her and stayed for tea.",
            kind="Placement end",
        ),
        R(
            "school",
            "Category: CLA. K now back living with mum at Pennyfield Walk - SIMS address and "
            "contacts updated. No longer CLA.",
            kind="Admin",
        ),
        R(
            "pdt",
            "Contact type: Admin. Outcome: K home with mum from 20/01 - carer details updated.",
            kind="Admin",
            shift="late",
        ),
    )
    o(
        "2025-02-05",
        "cin-1",
        R(
            "csc",
            "First CIN meeting at home. Kacey settled; Leanne five months sober.",
            kind="CIN meeting",
        ),
        R(
            "school",
            "Category: Safeguarding. CIN mtg - HoY attended. Attendance 96% this half term.",
            kind="Meeting",
        ),
        R(
            "pdt",
            "Contact type: Meeting. Outcome: child in need meeting; Libre data reviewed with mum, "
            "TIR 58%.",
            kind="Meeting",
        ),
    )
    o(
        "2025-04-14",
        "crp-close",
        R(
            "alc",
            "Closed today - Leanne completed her treatment, six months alcohol free. She will "
            "keep going to SMART on Thursdays.",
        ),
    )
    o(
        "2025-04-17",
        "gp-letter-crp",
        R(
            "gp",
            "Letter from CRP: Leanne discharged from treatment, abstinent. Filed to Kacey's notes "
            "(family context).",
        ),
    )
    # --- Routine single entries ----------------------------------------------------------
    f.fill(
        "school",
        "2024-01-08",
        "2025-03-28",
        [
            ("Medical", "Hypo at break (3.4) - treated per IHP, back to lesson 20 mins."),
            ("Attendance", "K late x3 this week, no note. Mum texted."),
            ("Medical", "Ketones 0.8 before PE - sat out, water, rechecked 0.4."),
        ],
    )
    f.fill(
        "pdt",
        "2024-01-08",
        "2025-04-30",
        [
            ("Telephone", "Libre data reviewed remotely; basal increased by 1 unit."),
            ("Telephone", "Weekly DSN check-in call - no concerns reported."),
            ("Telephone", "Weekly DSN check-in call - 2 hypos overnight, advised."),
        ],
    )
    f.fill(
        "csc",
        "2024-04-01",
        "2025-04-30",
        [
            ("Home visit", "Statutory visit to Kacey at the Ashdowns'. Seen alone; happy."),
            ("Home visit", "Home visit to Leanne. House tidy, no alcohol seen."),
        ],
    )
    f.fill(
        "alc",
        "2024-04-04",
        "2025-04-10",
        [
            (
                "",
                "Keywork session with Leanne - breathalyser 0.21, said she had a drink last night.",
            ),
            ("", "Keywork session - breath test 0.00. Talked about triggers."),
        ],
        timed=False,
    )
    f.fill(
        "fost",
        "2024-06-01",
        "2025-01-15",
        [("Supervision", "Supervision visit to Sharon. Log reviewed, K's diet and sleep good.")],
    )
    f.fill(
        "sn",
        "2024-05-01",
        "2025-03-28",
        [("Drop-in", "K came to drop-in, talked about friendships. BG log fine.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Aldous-Rooksby family, Threlford. Freya Aldous-Rooksby (b. 14/10/2024), born to
# Shannon Aldous (b. 1996) and Craig Rooksby (b. 1990), both prescribed methadone by the
# Threlford Recovery Hub, living at Flat 4, Canning Court, Threlford TH3 8LW (a Threlford Homes
# tenancy); registered at Wyvern Street Health Centre; Craig on a community order. Late booking,
# pre-birth assessment, strategy discussion and pre-birth child protection conference, PLO,
# birth at Threlford Royal Infirmary, neonatal abstinence syndrome on the Wren Neonatal Unit, a
# parent-and-child foster placement with Gwen Tallis that breaks down when Shannon leaves,
# care proceedings ending in care and placement orders; both parents' arrests; eviction.
# --------------------------------------------------------------------------------------------


def _aldous_rooksby() -> BlindCase:
    f = Family(
        "aldous_rooksby",
        3202,
        {
            "mw": Sheet(
                MIDWIFERY,
                "TRI_Maternity_safeguarding.xlsx",
                "Antenatal-postnatal",
                (("2024-01-01", "Becca Lintott, specialist midwife (substance use)"),),
            ),
            "nnu": Sheet(
                NEONATAL,
                "TRI_WrenNNU_chronology.xlsx",
                "NNU",
                (("2024-01-01", "Dr F. Achebe, neonatal registrar"),),
            ),
            "csc": Sheet(
                CSC,
                "Threlford_CSC_chronology_Freya.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "Aisha Mahmood (SW)"),
                    ("2025-03-01", "Connor Fitzwalter (SW)"),
                ),
            ),
            "drug": Sheet(
                DRUG_SERVICE,
                "TRH_return_Aldous_Rooksby.docx",
                "Table 1",
                (("2024-01-01", "Dean Costigan, recovery coordinator"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "WyvernStreetHC_IMR.xlsx",
                "Consultations",
                (("2024-01-01", "Dr M. Penhaligon"),),
            ),
            "hv": Sheet(
                HV,
                "HealthVisiting_Threlford.xlsx",
                "Freya",
                (("2024-01-01", "Olu Adeyemi HV"),),
            ),
            "police": Sheet(POLICE, "NorthmoorPolice_return.xlsx", "Occurrences"),
            "legal": Sheet(
                LEGAL,
                "Threlford_Legal_chronology.xlsx",
                "Freya A-R",
                (("2024-01-01", "Harriet Doyle, solicitor"),),
            ),
            "cafcass": Sheet(
                CAFCASS,
                "Cafcass_Freya.xlsx",
                "Case log",
                (("2024-01-01", "Rhiannon Mould, Children's Guardian"),),
            ),
            "fost": Sheet(
                FOSTERING,
                "Fostering_Tallis_PandC.xlsx",
                "Placement log",
                (("2024-01-01", "Luke Farrant (SSW)"),),
            ),
            "housing": Sheet(HOUSING, "ThrelfordHomes_tenancy_notes.csv", ""),
            "prob": Sheet(
                PROBATION,
                "Probation_Rooksby_nDelius.xlsx",
                "Contacts",
                (("2024-01-01", "Karen Swithenbank, probation officer"),),
            ),
        },
    )
    o = f.occ
    # --- Pregnancy: booking, referral, pre-birth assessment -------------------------------
    o(
        "2024-05-29",
        "booking",
        R(
            "mw",
            "Antenatal booking (late) - Gestation 19+3. Discussion: on methadone 60ml daily via "
            "TRH, partner Craig also on script. Smokes 15/day. Plan: specialist MW caseload, "
            "pre-birth referral to CSC, growth scans.",
            "10:15",
            "Booking",
        ),
    )
    o(
        "2024-05-30",
        "mw-referral",
        R(
            "mw",
            "Referral sent to Threlford Children's Services front door (pre-birth): both parents "
            "on methadone, late booking, Craig on community order.",
            "09:40",
            "Referral",
        ),
        R(
            "csc",
            "Contact received from TRI specialist midwife: unborn baby of Shannon Aldous, EDD "
            "11/10/2024. Both parents on methadone. Passed to MASH for screening.",
            kind="Contact",
            shift="late",
        ),
    )
    o(
        "2024-06-03",
        "mash-decision",
        R(
            "csc",
            "MASH screening outcome: pre-birth single assessment; allocated to Aisha Mahmood. "
            "Consent from Shannon obtained by phone.",
            kind="MASH decision",
        ),
    )
    o(
        "2024-06-12",
        "joint-an-clinic",
        R(
            "mw",
            "Antenatal contact (joint clinic at TRH) - Gestation 21+3. Discussion: methadone "
            "stable 60ml, on top-up heroin 'once or twice a week'. Plan: NAS leaflet given, "
            "NNU tour offered.",
            kind="Antenatal",
        ),
        R(
            "drug",
            "Joint antenatal clinic here at the Hub with Becca (specialist midwife). Shannon "
            "honest about using on top. We agreed supervised consumption daily.",
        ),
    )
    o(
        "2024-06-20",
        "joint-visit-prebirth",
        R(
            "csc",
            "Joint home visit with the specialist midwife to start the pre-birth assessment. "
            "Both parents present. One-bed flat, damp in bedroom, no cot. Methadone kept on "
            "kitchen worktop, no lockbox.",
            kind="Home visit",
        ),
        R(
            "mw",
            "Home visit with SW Aisha (joint) - Gestation 22+4. Discussion: safe storage of "
            "methadone, safe sleep. Plan: lockbox via TRH.",
            kind="Home visit",
        ),
    )
    o(
        "2024-06-21",
        "hv-an-notification",
        R(
            "hv",
            "Contact: Antenatal notification | Received from midwifery (specialist MW) | Plan: "
            "antenatal contact at 28 wks, universal partnership plus.",
            kind="Notification",
        ),
    )
    o(
        "2024-07-06",
        "arrest-craig-theft",
        R(
            "police",
            "ARREST ROOKSBY CRAIG 1990 - THEFT FROM SHOP (MEAT, £86) @ VALUESAVE HIGH ST "
            "THRELFORD. DETAINED BY SECURITY. CUSTODY THRELFORD.",
            "14:20",
            "Arrest",
            ref="NP/24/118832",
        ),
        R(
            "prob",
            "Police custody notified: Craig arrested for shop theft. Possible breach of CO "
            "considered; OM to discuss at next appointment.",
            kind="Third party",
            shift="late",
        ),
    )
    o(
        "2024-07-07",
        "charge-craig-theft",
        R(
            "police",
            "ROOKSBY CRAIG CHARGED THEFT FROM SHOP. RIU TO THRELFORD MC 02/08/24.",
            "10:05",
            "Charge",
            ref="NP/24/118832",
        ),
    )
    o(
        "2024-07-15",
        "urine-positive",
        R(
            "drug",
            "Shannon's urine screen today positive for opiates (non-prescribed, morphine) and "
            "cocaine. I talked it through with her - she says Craig brings it home.",
        ),
    )
    o(
        "2024-07-16",
        "email-drug-csc",
        R(
            "drug",
            "I emailed Aisha (SW) with yesterday's screen result as agreed in the information "
            "sharing consent.",
        ),
        R(
            "csc",
            "Email from TRH recovery coordinator: Shannon's drug screen 15/07 positive for "
            "heroin and cocaine.",
            kind="Email",
        ),
    )
    o(
        "2024-07-24",
        "mw-visit-solo",
        R(
            "mw",
            "Home visit - Gestation 27+3. Discussion: fetal movements good, BP 118/72. Craig "
            "asleep on sofa at 11am. Plan: growth scan 30/40.",
            kind="Home visit",
        ),
    )
    o(
        "2024-07-24",
        "hv-an-visit-solo",
        R(
            "hv",
            "Contact: Antenatal home visit | Seen: Shannon alone (Craig out) | Concerns: no "
            "baby equipment, flat damp | Plan: referral for cot via Baby Basics.",
            "15:30",
            "Antenatal",
        ),
    )
    o(
        "2024-07-30",
        "housing-nsp",
        R(
            "housing",
            "Tenancy: Notice of Seeking Possession served by hand, rent arrears £1,140. Action: "
            "referred to tenancy sustainment; tenant pregnant - CSC informed.",
            kind="Arrears",
        ),
    )
    o(
        "2024-08-07",
        "gp-info-strat",
        R(
            "gp",
            "Admin: information for strategy discussion emailed to Children's Services (both "
            "parents' consultation history, Craig's overdose 2021).",
            kind="Admin",
        ),
    )
    o(
        "2024-08-08",
        "strat-prebirth",
        R(
            "csc",
            "Strategy discussion regarding the unborn baby, chaired by TM Glyn Porteous: parents' "
            "ongoing heroin and cocaine use on top of methadone, Craig's offending. Outcome: "
            "s47 enquiry and pre-birth ICPC.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "police",
            "STRATEGY DISCUSSION (UNBORN ALDOUS) - DS 2207 JENNER. S47 AGREED, CSC LEAD. POLICE "
            "INTEL SHARED: ROOKSBY 3 X POSS CL A 2019-2022.",
            "11:00",
            "Strategy",
            ref="NP/24/131104",
        ),
        R(
            "mw",
            "Discussion with police and social care re unborn (Gestation 29+5): I shared "
            "antenatal history. S47 to proceed.",
            kind="Safeguarding",
        ),
        R(
            "drug",
            "Took part in the strat by phone - shared both scripts and Shannon's screens.",
        ),
    )
    o(
        "2024-08-13",
        "s47-visit",
        R(
            "csc",
            "S47 home visit, both parents seen. Lockbox now in use. Craig minimised his use; "
            "Shannon tearful, says she wants to be 'clean by the birth'.",
            kind="Home visit",
        ),
    )
    o(
        "2024-08-27",
        "gp-report-icpc",
        R(
            "gp",
            "Report: conference report for pre-birth ICPC sent to CP unit.",
            kind="Report",
        ),
    )
    o(
        "2024-08-29",
        "icpc-prebirth",
        R(
            "csc",
            "Pre-birth Initial Child Protection Conference. Unborn baby made subject to a child "
            "protection plan under neglect. Plan: no discharge from hospital without agreement "
            "of CSC; referral to legal gateway.",
            "13:30",
            "ICPC",
        ),
        R(
            "police",
            "PRE-BIRTH ICPC ATTENDED - DS JENNER. CP PLAN (NEGLECT) FOR UNBORN.",
            "13:30",
            "Conference",
            ref="NP/24/131104",
        ),
        R(
            "mw",
            "Pre-birth case conf (Gestation 32+5). CP plan. Birth plan to include NNU alert "
            "and 5-day stay.",
            kind="Conference",
        ),
        R(
            "hv",
            "Contact: Meeting | ICPC (pre-birth) | Outcome: CP plan - neglect | Plan: HV "
            "contact fortnightly after birth.",
            kind="Meeting",
        ),
        R(
            "drug",
            "Initial conference for the baby. I went with Shannon and Craig. They were angry "
            "about the word 'neglect'.",
        ),
        R(
            "prob",
            "Attended pre-birth child protection conference re Craig's unborn child; CP plan "
            "made. Craig's OM to share attendance record monthly.",
            kind="Meeting",
        ),
    )
    o(
        "2024-09-10",
        "core-group-1",
        R(
            "csc",
            "First core group at the Hub. Both parents attended. Plan reviewed.",
            kind="Core group",
        ),
        R(
            "mw",
            "Core group (Gestation 34+3). Cot now in place; Craig declined reduction plan.",
            kind="Meeting",
            shift="swap",
        ),
        R(
            "drug",
            "Core group held here at the Hub this afternoon. Shannon's last two screens "
            "negative for heroin.",
        ),
    )
    o(
        "2024-09-18",
        "lpm-1",
        R(
            "legal",
            "Legal Planning Meeting. Advice: threshold met on likely significant harm (parental "
            "substance misuse). Recommend PLO; letter before proceedings to issue.",
            kind="LPM",
        ),
        R(
            "csc",
            "Legal gateway meeting with Harriet Doyle (legal): agreed to enter pre-proceedings "
            "(PLO).",
            kind="Legal",
        ),
    )
    o(
        "2024-09-19",
        "lbp",
        R(
            "legal",
            "Letter before proceedings approved and issued to both parents, with list of "
            "solicitors. PLO meeting listed 30/09.",
            kind="Correspondence",
        ),
    )
    o(
        "2024-09-26",
        "prebirth-assessment",
        R(
            "csc",
            "Pre-birth single assessment completed and shared with parents: recommendation that "
            "baby and Shannon go to a parent-and-child placement after birth; Craig not assessed "
            "as a carer until he engages.",
            kind="Assessment",
        ),
    )
    o(
        "2024-09-30",
        "plo-meeting",
        R(
            "csc",
            "PLO meeting at Threlford Civic Centre with parents and their solicitors. Written "
            "agreement signed by Shannon; Craig refused to sign.",
            kind="PLO",
        ),
        R(
            "legal",
            "Pre-proceedings meeting attended. Written agreement: Shannon signed. Mr Rooksby did "
            "not sign. Review in 6 weeks.",
            kind="PLO meeting",
        ),
        R(
            "drug",
            "Went with Shannon to the PLO meeting at the Civic Centre.",
            shift="month",
        ),
    )
    o(
        "2024-10-08",
        "core-group-2",
        R(
            "csc",
            "Core group 2. Baby due this week. P&C placement identified with Gwen Tallis.",
            kind="Core group",
        ),
        R(
            "hv",
            "Contact: Meeting | Core group | Outcome: P&C placement found | Plan: HV to "
            "transfer to foster address at birth.",
            kind="Meeting",
        ),
        R(
            "mw",
            "Core grp (Gestation 38+3). Birth plan shared with NNU and delivery suite.",
            kind="Meeting",
        ),
    )
    # --- Birth and the neonatal unit -----------------------------------------------------
    o(
        "2024-10-14",
        "birth",
        R(
            "mw",
            "Delivery: SVD 03:47 at 38+5, live female, 2.61kg, Apgars 9/9. Shannon's "
            "methadone given on delivery suite. Baby to postnatal ward with NAS scoring.",
            "03:47",
            "Birth",
        ),
        R(
            "csc",
            "Baby Freya born at Threlford Royal Infirmary this morning, 2.61kg. Shannon and baby "
            "on the postnatal ward; hospital alert in place.",
            kind="Birth",
        ),
        R(
            "hv",
            "Contact: Birth notification | Freya, born 14/10 TRI, 2.61kg, on NAS obs | Plan: "
            "new birth visit on discharge.",
            kind="Notification",
            shift="late",
        ),
        R(
            "drug",
            "Shannon gave birth to a girl (Freya) in the early hours - Craig rang me.",
            shift="late",
        ),
    )
    o(
        "2024-10-15",
        "nnu-admission",
        R(
            "nnu",
            "Adm to NNU from PN ward at 31 hrs. Finnegan 9, 10, 11. High-pitched cry, loose "
            "stools, poor feeding. NAS. Plan: morphine if persists.",
            "10:45",
            "Admission",
        ),
        R(
            "mw",
            "Postnatal: baby transferred to Wren NNU for NAS. Shannon stays on PN ward, "
            "expressing.",
            kind="Postnatal",
        ),
        R(
            "csc",
            "Freya moved to the neonatal unit yesterday morning with withdrawal symptoms.",
            kind="Hospital",
            shift="late",
        ),
    )
    o(
        "2024-10-16",
        "morphine",
        R(
            "nnu",
            "D2. Finnegan >8 x3. Oral morphine 40mcg/kg 4-hrly commenced. Mum visiting, Dad "
            "not seen today.",
            "09:00",
            "Treatment",
        ),
    )
    o(
        "2024-10-17",
        "lpm-2",
        R(
            "legal",
            "Legal Planning Meeting (2). Advice: no application at present; P&C placement for "
            "mother and baby on discharge under s20 with agreement; issue if it breaks down.",
            "10:00",
            "LPM",
        ),
        R(
            "csc",
            "Legal gateway 2: proceedings not issued for now; parent-and-child placement agreed.",
            kind="Legal",
        ),
    )
    o(
        "2024-10-17",
        "nnu-family-meeting",
        R(
            "nnu",
            "Family meeting NNU: consultant, SW, Shannon. Explained morphine wean ~2 wks. "
            "Craig did not attend.",
            "14:00",
            "Meeting",
        ),
        R(
            "csc",
            "Meeting on the neonatal unit with the consultant and Shannon about Freya's weaning "
            "plan.",
            kind="Meeting",
        ),
    )
    o(
        "2024-10-21",
        "nnu-incident",
        R(
            "nnu",
            "Father arrived 20:00 ?intoxicated, shouting at staff when asked to leave. Security "
            "attended, police called 20:10. Baby unaffected.",
            "20:10",
            "Incident",
        ),
        R(
            "police",
            "CALL FROM TRI WREN NEONATAL UNIT: MALE SHOUTING, REFUSING TO LEAVE. UNITS DISPATCHED.",
            "20:11",
            "Incident",
            ref="NP/24/179450",
        ),
    )
    o(
        "2024-10-21",
        "arrest-craig-nnu",
        R(
            "police",
            "ARREST ROOKSBY CRAIG - S5 PUBLIC ORDER AT TRI. CONVEYED THRELFORD CUSTODY. "
            "PPN COMPLETED (CHILD IN NNU).",
            "20:40",
            "Arrest",
            ref="NP/24/179450",
        ),
    )
    o(
        "2024-10-22",
        "csc-ppn",
        R(
            "csc",
            "Police notification received: Craig arrested on the neonatal unit last night for a "
            "public order offence. Hospital to restrict his visits to supervised only.",
            kind="Police notification",
        ),
    )
    o(
        "2024-11-04",
        "pandc-start",
        R(
            "nnu",
            "D21. Morphine stopped 31/10, Finnegan <8 since. Discharged with mother to "
            "parent-and-child foster placement (Mrs Tallis). Discharge summary to GP/HV.",
            "12:30",
            "Discharge",
        ),
        R(
            "csc",
            "Freya discharged from NNU; she and Shannon moved into a parent-and-child foster "
            "placement with Gwen Tallis. Freya accommodated under s20.",
            kind="Placement",
        ),
        R(
            "fost",
            "P&C placement started: Shannon and baby Freya arrived from hospital at 2pm. Gwen "
            "went through house rules and the methadone pick-up plan.",
            kind="Placement start",
            shift="swap",
        ),
        R(
            "hv",
            "Contact: Transfer | Freya d/c from NNU to P&C foster placement | Plan: NBV.",
            kind="Transfer",
            shift="late",
        ),
    )
    o(
        "2024-11-06",
        "new-birth-visit",
        R(
            "hv",
            "Contact: New birth visit (at foster home) | Seen: Freya, Shannon, carer | "
            "Concerns: irritable after feeds | Plan: weekly weigh.",
            "10:00",
            "New birth visit",
        ),
        R(
            "fost",
            "Health visitor came for the new birth visit this morning - weighed Freya 2.74kg.",
            kind="Health",
        ),
    )
    o(
        "2024-11-07",
        "mw-discharge",
        R(
            "mw",
            "Postnatal: final midwifery contact, day 24. Discharged to HV. Shannon's perineum "
            "healed, mood low-ish, EPDS 11.",
            kind="Postnatal",
        ),
    )
    o(
        "2024-11-12",
        "gp-registration",
        R(
            "gp",
            "Registration: new patient Freya Aldous-Rooksby (14/10/24), address c/o foster "
            "carer, looked after child.",
            kind="Registration",
        ),
        R(
            "fost",
            "Registered Freya with Wyvern Street Health Centre today (Shannon and Gwen went in).",
            kind="Health",
        ),
    )
    o(
        "2024-11-25",
        "gp-6wk-baby",
        R(
            "gp",
            "Consultation (Freya): 6-8 week check. Weight 3.4kg, hips NAD, red reflex present. "
            "Jittery when unsettled. Immunisations booked.",
            "10:20",
            "Child health",
        ),
    )
    o(
        "2024-11-25",
        "gp-6wk-mother",
        R(
            "gp",
            "Consultation (Shannon): postnatal check. Mood low, EPDS 13. Methadone 55ml via TRH. "
            "Contraception: implant booked.",
            "10:30",
            "Postnatal",
        ),
    )
    o(
        "2024-11-26",
        "rcpc-1",
        R(
            "csc",
            "Review Child Protection Conference: Freya remains on a CP plan (neglect) while in "
            "the parent-and-child placement; Craig to have supervised time only.",
            kind="RCPC",
        ),
        R(
            "hv",
            "Contact: Meeting | RCPC | Outcome: CP plan continues | Plan: fortnightly HV.",
            kind="Meeting",
        ),
        R(
            "drug",
            "Review conference. Craig didn't come. I reported Shannon's screens mostly clear.",
        ),
        R(
            "police",
            "RCPC - PC 5120 ATTENDED FOR DS JENNER. POLICE REPORT UPDATED RE 21/10 ARREST.",
            "13:00",
            "Conference",
            ref="NP/24/131104",
        ),
    )
    o(
        "2024-11-28",
        "cla-review-1",
        R(
            "csc",
            "Freya's first looked after review (IRO) at the foster home. Shannon engaging, but "
            "missed two methadone pick-ups.",
            kind="CLA review",
        ),
        R(
            "fost",
            "LAC review here at Gwen's. IRO reminded Shannon of the placement agreement.",
            kind="Meeting",
        ),
        R(
            "hv",
            "Contact: Meeting | LAC review | Weight 3.6kg, feeding well.",
            kind="Meeting",
        ),
    )
    # --- The parent-and-child placement breaks down; proceedings --------------------------
    o(
        "2024-12-13",
        "fc-call-edt",
        R(
            "fost",
            "Shannon went out at 7pm to 'get cigarettes', left Freya with me. Not back by 11. I "
            "rang EDT at 23:30 as agreed in the placement plan.",
            "23:30",
            "Concern",
        ),
        R(
            "csc",
            "EDT: call from P&C carer Gwen Tallis - mother left placement 19:00, not returned, "
            "phone off. Freya safe with carer. Advised to ring police if not back by morning.",
            "23:32",
            "Out of hours",
        ),
    )
    o(
        "2024-12-14",
        "shannon-returns",
        R(
            "fost",
            "Shannon back at 08:10, pinned pupils, slurring. Said she stayed at Craig's. I kept "
            "Freya with me and rang EDT again.",
            "08:10",
            "Concern",
        ),
    )
    o(
        "2024-12-16",
        "pandc-breakdown",
        R(
            "csc",
            "Parent-and-child placement ended: Shannon left the placement saying she would not "
            "keep to the rules. Freya remains with Gwen Tallis as a foster placement (s20, "
            "mother's consent confirmed).",
            kind="Placement change",
        ),
        R(
            "fost",
            "Shannon packed up and left at 11am. Placement now Freya only. Gwen upset.",
            kind="Placement change",
        ),
        R(
            "drug",
            "Shannon rang: she's left the mother and baby placement and is back at Craig's flat.",
            shift="late",
        ),
    )
    o(
        "2024-12-18",
        "lpm-3",
        R(
            "legal",
            "LPM (3) - urgent. Advice: issue care proceedings; seek ICO, plan foster care with "
            "current carer.",
            kind="LPM",
        ),
        R(
            "csc",
            "Legal planning meeting: decision to issue care proceedings.",
            kind="Legal",
        ),
    )
    o(
        "2024-12-20",
        "issue",
        R(
            "legal",
            "C110A issued at Threlford Family Court. First hearing listed 07/01/25.",
            kind="Proceedings",
        ),
        R(
            "csc",
            "Care proceedings issued today; parents served by SW at Canning Court.",
            kind="Court",
        ),
    )
    o(
        "2024-12-23",
        "cafcass-alloc",
        R(
            "cafcass",
            "New public law case received (Freya A-R). Children's Guardian allocated; "
            "solicitor for the child appointed.",
            kind="Allocation",
        ),
    )
    o(
        "2025-01-07",
        "cmh-ico",
        R(
            "legal",
            "Case Management Hearing before DJ Okonkwo-Hale. ICO granted (s38), not opposed. "
            "Directions: hair strand testing both parents; IRH 13/05/25.",
            kind="Hearing",
        ),
        R(
            "csc",
            "Court today (CMH): interim care order made. Freya stays with Gwen.",
            kind="Court",
        ),
        R(
            "csc",
            "Court today - CMH; interim care order made, Freya stays with Gwen.",
            kind="Court",
        ),
        R(
            "cafcass",
            "Attended CMH. Guardian supported ICO and placement. Analysis due 28 days pre-IRH.",
            kind="Hearing",
        ),
    )
    o(
        "2025-02-08",
        "arrest-craig-pwits",
        R(
            "police",
            "WARRANT S23 MDA @ FLAT 4 CANNING COURT. ARREST ROOKSBY CRAIG - PWITS CLASS A "
            "(HEROIN, 14 WRAPS). CUSTODY.",
            "18:40",
            "Arrest",
            ref="NP/25/022913",
        ),
        R(
            "prob",
            "Police notification: Craig arrested Saturday at home on drugs warrant (PWITS). OM "
            "to consider breach and risk review.",
            kind="Third party",
            shift="+2",
        ),
    )
    o(
        "2025-02-08",
        "arrest-shannon-poss",
        R(
            "police",
            "ARREST ALDOUS SHANNON - POSS CLASS A (HEROIN, 1 WRAP ON PERSON). CUSTODY.",
            "18:55",
            "Arrest",
            ref="NP/25/022913",
        ),
    )
    o(
        "2025-02-20",
        "cla-review-2",
        R(
            "csc",
            "Second CLA review. Freya thriving with Gwen. Parents' family time reduced to "
            "fortnightly after missed sessions.",
            kind="CLA review",
        ),
        R(
            "fost",
            "LAC review 2 - Gwen attended, said Freya now sleeping through.",
            kind="Meeting",
        ),
        R(
            "cafcass",
            "Guardian attended looked after review (IRO). Parents absent.",
            kind="Meeting",
        ),
    )
    o(
        "2025-02-27",
        "hair-strand",
        R(
            "legal",
            "Hair strand test reports filed: both parents positive for heroin and cocaine "
            "over 3 months; methadone consistent with script.",
            kind="Expert report",
        ),
    )
    o(
        "2025-03-10",
        "possession-order",
        R(
            "housing",
            "Tenancy: Possession hearing, Threlford County Court - outright order, 28 days. "
            "Tenants did not attend.",
            kind="Court",
        ),
    )
    o(
        "2025-04-07",
        "eviction",
        R(
            "housing",
            "Tenancy: Eviction carried out by county court bailiffs 10:00. Mr Rooksby present; "
            "keys recovered. Ms Aldous not present. Tenancy ended.",
            "10:00",
            "Eviction",
        ),
        R(
            "prob",
            "Craig evicted from Canning Court today by bailiffs. NFA - sofa surfing at a "
            "friend's (address to be verified).",
            kind="Accommodation",
        ),
    )
    o(
        "2025-05-13",
        "irh",
        R(
            "legal",
            "Issues Resolution Hearing: parents oppose plan of adoption. Final hearing listed "
            "1 July (1 day).",
            kind="Hearing",
        ),
        R(
            "csc",
            "IRH - parents not agreeing the plan; final hearing 01/07.",
            kind="Court",
        ),
        R(
            "cafcass",
            "IRH attended. Guardian's final analysis supports care and placement orders.",
            kind="Hearing",
        ),
    )
    o(
        "2025-05-15",
        "cla-review-3",
        R(
            "csc",
            "Third CLA review: plan for adoption endorsed by the IRO subject to the court.",
            kind="CLA review",
        ),
        R(
            "fost",
            "LAC review 3. Gwen asked about staying in touch after adoption.",
            kind="Meeting",
        ),
    )
    o(
        "2025-07-01",
        "final-hearing",
        R(
            "legal",
            "Final hearing (HHJ Ransome): care order and placement order made. Parents attended "
            "with counsel; Mr Rooksby produced from custody.",
            kind="Hearing",
        ),
        R(
            "csc",
            "Final hearing: care order and placement order granted for Freya.",
            kind="Court",
        ),
        R(
            "cafcass",
            "Final hearing - orders made as sought. Guardian's case closing.",
            kind="Hearing",
        ),
    )
    # --- Routine single entries ----------------------------------------------------------
    f.fill(
        "drug",
        "2024-06-01",
        "2025-06-30",
        [
            ("", "Keywork with Shannon - screen negative for opiates (other than methadone)."),
            ("", "Saw Craig for his script review, 70ml, no change. He didn't want to talk."),
            ("", "Shannon DNA'd her keywork session. Text sent."),
        ],
        timed=False,
    )
    f.fill(
        "csc",
        "2024-11-08",
        "2025-06-30",
        [
            (
                "Family time",
                "Supervised family time at the Ashgrove Centre - both parents, "
                "positive, Freya settled.",
            ),
            ("Family time", "Family time cancelled - parents did not confirm by 10am."),
            ("Statutory visit", "Statutory visit to Freya at the foster home. Seen awake."),
        ],
    )
    f.fill(
        "fost",
        "2024-11-08",
        "2024-12-12",
        [
            (
                "Parenting assessment",
                "Week 3 observations: Shannon fed and changed Freya with "
                "prompting; missed 2am feed.",
            )
        ],
    )
    f.fill(
        "hv",
        "2024-11-10",
        "2025-06-30",
        [
            ("Clinic", "Contact: Baby clinic weigh | Freya 4.9kg, 50th centile | Carer present."),
            ("Clinic", "Contact: Baby clinic weigh | gaining well."),
        ],
    )
    f.fill(
        "prob",
        "2024-06-01",
        "2025-03-31",
        [
            ("Supervision", "Reporting appt - Craig attended, drug test not done (no kit)."),
            ("Supervision", "Reporting appt - Craig failed to attend, warning letter sent."),
        ],
    )
    f.fill(
        "housing",
        "2024-06-01",
        "2025-02-28",
        [("Visit", "Tenancy sustainment visit - no answer, card left.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Marrable family, Sallowfield. Ethan Marrable (b. 22/06/2010) and his brother Alfie
# (b. 11/02/2016) live with their mother Gemma Marrable (b. 1984) at 9 Cressbrook Close,
# Sallowfield XF4 2NB; their father Stuart lives in another town; maternal grandfather Dennis
# Yapp (b. 1953) at 2 Mill Row, Eastholme. Registered at Riverside Lane Practice; Alfie at
# Orchard Vale Primary, Ethan at Kingsmere Community College. Alfie discloses at school that
# Ethan (14) has been sexually harming him; strategy discussion, Ethan to his grandfather's
# under a safety plan, Alfie's ABE interview and medical at the Sycamore Centre SARC, Ethan's
# voluntary interview, a child protection plan for Alfie, the Youth Justice Service's AIM
# assessment and an out-of-court outcome, a missing episode, therapeutic work for both boys.
# --------------------------------------------------------------------------------------------


def _marrable() -> BlindCase:
    f = Family(
        "marrable",
        3203,
        {
            "prim": Sheet(
                SCHOOL,
                "OrchardVale_CPOMS_Alfie.csv",
                "",
                (("2024-01-01", "H. Greatorex (DSL)"),),
            ),
            "sec": Sheet(
                SCHOOL,
                "Kingsmere_safeguarding_Ethan.xlsx",
                "Log",
                (("2024-01-01", "K. Osei (DSL)"),),
            ),
            "csc": Sheet(
                CSC,
                "Sallowfield_CSC_Marrable.xlsx",
                "Case chronology",
                (
                    ("2024-01-01", "Priti Chaudhry (SW)"),
                    ("2025-06-01", "Daniel Oakes (SW)"),
                ),
            ),
            "police": Sheet(POLICE, "EastmarchConstabulary_Marrable.xlsx", "Athena"),
            "yjs": Sheet(
                YJS,
                "YJS_Ethan_Marrable.xlsx",
                "ChildView contacts",
                (("2024-01-01", "Lewis Brayshaw (YJS, AIM)"),),
            ),
            "gp": Sheet(
                GP,
                "RiversideLane_chronology.xlsx",
                "Entries",
                (("2024-01-01", "Dr J. Bhogal"),),
                typed=False,
            ),
            "camhs": Sheet(
                CAMHS,
                "Sallowfield_CAMHS_Ethan.xlsx",
                "Contacts",
                (("2024-01-01", "Tom Ridd, CAMHS practitioner"),),
            ),
            "harbour": Sheet(
                HSB_SERVICE,
                "HarbourProject_Ethan.docx",
                "Table 1",
                (("2024-01-01", "Jo Venn"),),
                typed=False,
            ),
            "bluebell": Sheet(
                CHILD_THERAPY,
                "Bluebell_Alfie_sessions.docx",
                "Table 1",
                (("2024-01-01", "Sian Ferris, counsellor"),),
                typed=False,
            ),
            "sarc": Sheet(
                SARC,
                "SycamoreCentre_SARC.xlsx",
                "Paediatric",
                (("2024-01-01", "Dr L. Okwu, paediatrician"),),
            ),
            "cisva": Sheet(
                ISVA,
                "CHISVA_Marrable.xlsx",
                "Case notes",
                (("2024-01-01", "Maddie Crane (ChISVA)"),),
            ),
        },
    )
    o = f.occ
    # --- 8 October 2024: the disclosure and the first day ----------------------------------
    o(
        "2024-10-08",
        "disclosure",
        R(
            "prim",
            "Type: Disclosure. During PSHE (PANTS rule) Alfie (Y4) told Miss Pryor that Ethan "
            "makes him play a 'secret game' in his bed at night and touches his privates. Exact "
            "words recorded on body map sheet. Passed to DSL 10:45.",
            "10:40",
            "Disclosure",
        ),
        R(
            "prim",
            "Type: Disclosure. Alfie (Y4) told Miss Pryor in PSHE that Ethan makes him play a "
            "'secret game' in his bed at night and touches his privates. Passed to DSL.",
            "10:52",
            "Disclosure",
        ),
    )
    o(
        "2024-10-08",
        "dsl-call-frontdoor",
        R(
            "prim",
            "Type: Referral. DSL phoned Children's Front Door, spoke to duty SW. Advised not to "
            "tell mum yet; keep Alfie in school.",
            "11:05",
            "Phone call",
        ),
        R(
            "csc",
            "Contact by telephone from Hannah Greatorex, DSL Orchard Vale Primary: Alfie (8) has "
            "disclosed sexual touching by his brother Ethan (14) at home.",
            "11:06",
            "Contact",
        ),
    )
    o(
        "2024-10-08",
        "mash-rag",
        R(
            "csc",
            "Front Door decision (TM Rob Keighley): RAG red. Immediate strategy discussion; "
            "police CRU to be informed now.",
            "11:30",
            "MASH decision",
        ),
    )
    o(
        "2024-10-08",
        "csc-to-police",
        R(
            "csc",
            "Referral made by phone to police Child Abuse Referral Unit; DS Amadi to join strat "
            "at 2pm.",
            "11:45",
            "Referral",
        ),
        R(
            "police",
            "REFERRAL FROM CSC FRONT DOOR: ALLEGATION SEXUAL ASSAULT BY 14YR OLD ON 8YR OLD "
            "BROTHER IN FAMILY HOME. CRIME RECORDED. ALLOCATED CAIU DS 1874 AMADI.",
            "11:47",
            "Crime report",
            ref="EC/24/60217",
        ),
    )
    o(
        "2024-10-08",
        "strat-1",
        R(
            "csc",
            "Strategy meeting (Teams) chaired by Rob Keighley. Present: DS Amadi, both schools' "
            "DSLs, SW. Agreed: joint s47 investigation, ABE for Alfie, Ethan not to sleep at home "
            "tonight - grandfather to be approached; consider CP medical.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "police",
            "STRAT MTG 1400. CAIU DS AMADI. JOINT S47/CRIMINAL INVESTIGATION. ABE TO BE "
            "ARRANGED. SUSPECT (14) TO BE VOLUNTARILY INTERVIEWED WITH AA.",
            "14:00",
            "Strategy",
            ref="EC/24/60217",
        ),
        R(
            "prim",
            "Type: Meeting. Strategy discussion - DSL attended. Plan: Alfie to go home with mum "
            "once SW and police have spoken to her.",
            "14:00",
            "Meeting",
        ),
        R(
            "sec",
            "Strat mtg re Ethan (alleged harmer) - DSL dialled in. Ethan kept in school until "
            "collected; not told why.",
            kind="Safeguarding",
        ),
    )
    o(
        "2024-10-08",
        "joint-visit-safetyplan",
        R(
            "csc",
            "Joint home visit with DS Amadi. Gemma shocked, agreed Ethan will stay with her "
            "father Dennis Yapp at Eastholme; safety plan signed (no unsupervised contact, no "
            "overnights at home).",
            "17:30",
            "Home visit",
        ),
        R(
            "police",
            "JOINT VISIT WITH CSC TO 9 CRESSBROOK CLOSE 1730. MOTHER INFORMED. SAFETY PLAN - "
            "SUSPECT TO RESIDE WITH MGF IN EASTHOLME.",
            "17:30",
            "Visit",
            ref="EC/24/60217",
        ),
    )
    o(
        "2024-10-08",
        "ethan-moves-mgf",
        R(
            "csc",
            "Ethan taken to his grandfather's (2 Mill Row, Eastholme) at 7.30pm by Gemma; Dennis "
            "rang to confirm he had arrived.",
            "19:30",
            "Change of address",
        ),
        R(
            "sec",
            "Ethan now living with grandfather (Dennis Yapp, 2 Mill Row, Eastholme) from last "
            "night per SW. Contacts updated.",
            kind="Admin",
            shift="late",
        ),
    )
    o(
        "2024-10-10",
        "abe-alfie",
        R(
            "police",
            "ABE INTERVIEW - VICTIM ALFIE MARRABLE (8) @ LARCH SUITE SALLOWFIELD. DC 3318 "
            "WHITLOCK, SW OBSERVING. FULL ACCOUNT GIVEN, CONSISTENT WITH DISCLOSURE.",
            "10:00",
            "ABE",
            ref="EC/24/60217",
        ),
        R(
            "csc",
            "Alfie's ABE interview at the Larch Suite, joint with DC Whitlock; I monitored. "
            "Alfie described repeated touching since the summer.",
            "10:00",
            "ABE interview",
        ),
    )
    o(
        "2024-10-10",
        "alfie-collected",
        R(
            "prim",
            "Type: Attendance. Mum collected Alfie 09:15 for an 'appointment' (authorised). Back "
            "13:30, quiet, ate lunch alone.",
            "09:15",
            "Attendance",
        ),
    )
    o(
        "2024-10-11",
        "cp-medical",
        R(
            "sarc",
            "Paediatric CP medical (non-acute). Hx per SW. Exam: no injuries, genital exam "
            "declined by child - respected. Reassurance given. Referral to ChISVA.",
            "13:00",
            "CP medical",
        ),
        R(
            "csc",
            "Accompanied Alfie and Gemma to the Sycamore Centre for a child protection medical. "
            "No findings. ChISVA referral made.",
            kind="Medical",
        ),
    )
    o(
        "2024-10-14",
        "ethan-va-interview",
        R(
            "police",
            "VOLUNTARY ATTENDANCE INTERVIEW ETHAN MARRABLE (14) @ SALLOWFIELD PS. AA FROM YJS, "
            "DUTY SOL. ADMITTED TOUCHING, SAID 'IT WAS A GAME'. RUI.",
            "16:00",
            "Interview",
            ref="EC/24/60217",
        ),
        R(
            "yjs",
            "Appropriate adult for Ethan's voluntary interview at Sallowfield police station. "
            "Grandfather present. Ethan distressed afterwards.",
            "16:00",
            "Appropriate adult",
        ),
        R(
            "csc",
            "Ethan interviewed voluntarily by police yesterday afternoon (YJS appropriate adult). "
            "He made admissions.",
            kind="Police",
            shift="late",
        ),
    )
    o(
        "2024-10-16",
        "cisva-call-1",
        R(
            "cisva",
            "Referral from SARC. Tel to Gemma - no answer. VM.",
            "10:20",
            "Telephone",
        ),
    )
    o(
        "2024-10-16",
        "cisva-call-2",
        R(
            "cisva",
            "2nd attempt to Gemma - no answer, text sent with my details.",
            "15:10",
            "Telephone",
        ),
    )
    o(
        "2024-10-17",
        "cisva-callback",
        R(
            "cisva",
            "Gemma rang back. Explained ChISVA role. Agreed to meet with Alfie after half term.",
            "09:40",
            "Telephone",
        ),
    )
    o(
        "2024-10-18",
        "gp-address",
        R(
            "gp",
            "Admin: temporary address for Ethan recorded - c/o maternal grandfather, 2 Mill Row, "
            "Eastholme. Safeguarding alert added to both boys' records.",
        ),
    )
    o(
        "2024-10-21",
        "police-ref-yjs",
        R(
            "police",
            "REFERRAL TO YJS FOR AIM3 ASSESSMENT TO INFORM OUTCOME DECISION (JOINT DECISION "
            "PANEL).",
            "09:30",
            "Referral",
            ref="EC/24/60217",
        ),
        R(
            "yjs",
            "Referral received from police CAIU for AIM3 assessment of Ethan pre-decision.",
            kind="Referral",
            shift="late",
        ),
    )
    o(
        "2024-10-22",
        "gp-report-icpc",
        R(
            "gp",
            "Report for ICPC (Alfie) sent; nil of note in health record except eczema.",
        ),
    )
    o(
        "2024-10-24",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference for Alfie. Subject to a CP plan, category sexual "
            "abuse. Ethan's needs to be met through a child in need plan alongside the YJS AIM "
            "assessment.",
            "10:00",
            "ICPC",
        ),
        R(
            "police",
            "ICPC - DS AMADI ATTENDED. VICTIM ALFIE MARRABLE SUBJECT OF CP PLAN (SEXUAL ABUSE). "
            "CRIMINAL INVESTIGATION ONGOING.",
            "10:00",
            "Conference",
            ref="EC/24/60217",
        ),
        R(
            "prim",
            "Type: Meeting. Initial case conference for Alfie - DSL and class teacher attended. "
            "CP plan. School to provide weekly wellbeing check-ins.",
            "10:00",
            "Meeting",
        ),
        R(
            "yjs",
            "Attended initial conference (for Alfie) to explain the AIM3 process for Ethan.",
            kind="Meeting",
        ),
        R(
            "cisva",
            "ICPC - attended with Gemma as her support. CP plan for Alfie.",
            kind="Meeting",
            shift="+1",
        ),
    )
    o(
        "2024-11-05",
        "core-group-1",
        R(
            "csc",
            "First core group at Orchard Vale. Safety plan reviewed; Gemma keeping to it.",
            kind="Core group",
        ),
        R(
            "prim",
            "Type: Meeting. Core group mtg - in school. Alfie's check-ins going well; some "
            "wetting at home reported by mum.",
            kind="Meeting",
        ),
        R(
            "cisva",
            "Core group - first meeting. I'll see Alfie fortnightly at school.",
            kind="Meeting",
            shift="swap",
        ),
    )
    o(
        "2024-11-07",
        "gp-ethan-consult",
        R(
            "gp",
            "History: Ethan with grandfather. Poor sleep, low mood, 'everyone hates me'. Denies "
            "self-harm or suicidal thoughts. Plan: CAMHS referral, safety-net advice given.",
        ),
    )
    o(
        "2024-11-07",
        "gp-ref-camhs",
        R(
            "gp",
            "Referral letter to CAMHS (routine): low mood in context of police investigation for "
            "harmful sexual behaviour.",
        ),
        R(
            "camhs",
            "Appointment type: Referral received (GP) | Summary: low mood, HSB context. Triaged "
            "routine - choice appt.",
            kind="Referral",
            shift="late",
        ),
    )
    o(
        "2024-11-12",
        "csc-visit-ethan",
        R(
            "csc",
            "Visit to Ethan at his grandfather's. Seen alone in his room. He says he misses his "
            "mum and Alfie; understands why he can't go home.",
            kind="Home visit",
        ),
    )
    o(
        "2024-11-12",
        "yjs-aim-session",
        R(
            "yjs",
            "AIM3 session 2 at Mill Row with Ethan and Dennis - developmental history, "
            "sexual knowledge. Ethan more open.",
            "16:30",
            "AIM3 session",
        ),
    )
    o(
        "2024-11-23",
        "misper",
        R(
            "police",
            "MISPER - ETHAN MARRABLE (14) FROM 2 MILL ROW EASTHOLME. REPORTED BY MGF DENNIS YAPP. "
            "LAST SEEN 18:30. GRADED MEDIUM RISK.",
            "22:15",
            "Missing",
            ref="EC/24/71488",
        ),
    )
    o(
        "2024-11-24",
        "misper-found",
        R(
            "police",
            "MISPER FOUND: ETHAN LOCATED AT MOTHER'S ADDRESS 9 CRESSBROOK CLOSE (8YR OLD "
            "BROTHER IN ADDRESS). RETURNED TO MGF. PPN SUBMITTED - SAFETY PLAN BREACH.",
            "01:30",
            "Missing",
            ref="EC/24/71488",
        ),
    )
    o(
        "2024-11-24",
        "edt-ppn",
        R(
            "csc",
            "EDT: notification from police - Ethan reported missing by his grandfather last "
            "night, found at his mother's address with Alfie there; returned to Eastholme.",
            "09:10",
            "Police notification",
        ),
    )
    o(
        "2024-11-25",
        "prim-email",
        R(
            "prim",
            "Type: Concern. Alfie said Ethan was 'in our house on Saturday night'. DSL emailed SW "
            "straight away.",
            "09:05",
            "Email",
        ),
        R(
            "csc",
            "Email from Orchard Vale DSL: Alfie told staff Ethan was at home on Saturday night.",
            "09:20",
            "Email",
        ),
    )
    o(
        "2024-11-26",
        "strat-2",
        R(
            "csc",
            "Second strategy discussion following the missing episode and breach of the safety "
            "plan. Agreed: written agreement with Gemma; Ethan's mobile contact with Alfie to be "
            "supervised; police to consider further offences - none disclosed.",
            "15:00",
            "Strategy discussion",
        ),
        R(
            "police",
            "S47 STRATEGY DISCUSSION (2) 1500 - DS AMADI. NO NEW OFFENCES DISCLOSED. RETURN "
            "INTERVIEW TO BE COMPLETED BY CSC.",
            "15:00",
            "Strategy",
            ref="EC/24/71488",
        ),
        R(
            "prim",
            "Type: Meeting. Strat discussion re Ethan being at home on Sat - DSL attended.",
            kind="Meeting",
        ),
        R(
            "yjs",
            "Strategy meeting (missing episode) - I shared that Ethan told me he 'just wanted to "
            "see mum'.",
            kind="Meeting",
        ),
    )
    o(
        "2024-11-28",
        "rhi-agreement",
        R(
            "csc",
            "Return home interview with Ethan at Mill Row; he walked to Sallowfield. Written "
            "agreement signed by Gemma at a separate visit later the same day.",
            kind="Return interview",
        ),
    )
    o(
        "2024-12-17",
        "aim3-report",
        R(
            "yjs",
            "AIM3 assessment completed and emailed to SW and CAIU. Summary: low-moderate "
            "concern; strengths - family support, engagement. Recommends specialist HSB "
            "intervention (Harbour Project).",
            kind="Assessment",
        ),
        R(
            "csc",
            "AIM3 assessment report received by email from YJS.",
            kind="Assessment",
            shift="late",
        ),
    )
    o(
        "2025-01-08",
        "camhs-choice",
        R(
            "camhs",
            "Appointment type: Choice (1st) | Summary: Ethan attended with grandfather. Low mood, "
            "shame. No risk to self. Offered 6 x CBT-informed sessions.",
            "14:00",
            "Choice",
        ),
    )
    o(
        "2025-01-16",
        "jdp",
        R(
            "police",
            "JOINT DECISION PANEL (POLICE/YJS) RE ETHAN MARRABLE: OUTCOME 22 - DEFERRED "
            "PROSECUTION WITH YJS INTERVENTION 6 MTHS. VICTIM'S MOTHER CONSULTED.",
            "11:00",
            "Outcome",
            ref="EC/24/60217",
        ),
        R(
            "yjs",
            "Out-of-court disposal panel: Outcome 22 agreed for Ethan with 6-month intervention "
            "including Harbour Project work.",
            "11:00",
            "OOCD panel",
        ),
    )
    o(
        "2025-01-23",
        "rcpc-1",
        R(
            "csc",
            "Review CP conference for Alfie: CP plan continues (sexual abuse). Outcome 22 for "
            "Ethan noted.",
            kind="RCPC",
        ),
        R(
            "prim",
            "Type: Meeting. RCPC - DSL attended. Alfie stays on plan. Therapy at Bluebell to "
            "start Feb.",
            kind="Meeting",
        ),
        R(
            "cisva",
            "Review case conf - attended for Gemma.",
            kind="Meeting",
        ),
    )
    o(
        "2025-01-28",
        "ref-harbour",
        R(
            "yjs",
            "Referral to Harbour Project for HSB intervention sent (with AIM3).",
            kind="Referral",
        ),
        R(
            "harbour",
            "We received a referral from YJS (Lewis) for Ethan, 14, AIM3 attached.",
            shift="late",
        ),
    )
    o(
        "2025-02-04",
        "bluebell-first",
        R(
            "bluebell",
            "First session with Alfie at school. He drew his family and left Ethan out, then "
            "added him 'far away'. We agreed his safe words.",
        ),
    )
    o(
        "2025-02-11",
        "harbour-first",
        R(
            "harbour",
            "I met Ethan and Dennis at Mill Row for the first session - contracting, explained "
            "the Good Lives model. Ethan quiet but stayed the full hour.",
        ),
    )
    o(
        "2025-02-15",
        "assault-ethan",
        R(
            "police",
            "ASSAULT - VICTIM ETHAN MARRABLE (14) @ EASTHOLME REC GROUND. 2 YOUTHS PUNCHED/KICKED "
            "VICTIM AFTER RUMOURS ON SNAPCHAT. MGF COLLECTED. CRIME RECORDED.",
            "16:20",
            "Incident",
            ref="EC/25/09935",
        ),
    )
    o(
        "2025-02-17",
        "arrest-youth-a",
        R(
            "police",
            "ARREST YOUTH A (15) - S39 ASSAULT ON ETHAN MARRABLE 15/02. HOME ADDRESS EASTHOLME. "
            "INTERVIEWED WITH AA.",
            "07:10",
            "Arrest",
            ref="EC/25/09935",
        ),
    )
    o(
        "2025-02-17",
        "arrest-youth-b",
        R(
            "police",
            "ARREST YOUTH B (16) - S39 ASSAULT ON ETHAN MARRABLE 15/02. DENIES.",
            "07:45",
            "Arrest",
            ref="EC/25/09935",
        ),
    )
    o(
        "2025-02-17",
        "gp-bruising",
        R(
            "gp",
            "History: Ethan assaulted Sat at the rec, kicked to head and ribs. No LOC. Exam: "
            "bruise L cheek, tender ribs, no deformity. Plan: analgesia, head injury advice.",
        ),
    )
    o(
        "2025-03-06",
        "hsb-safety-meeting",
        R(
            "csc",
            "Professionals' meeting under the harmful sexual behaviour protocol: safety plan "
            "reviewed; supervised sibling contact at Dennis's to be considered from May.",
            kind="Professionals meeting",
        ),
        R(
            "yjs",
            "HSB safety planning mtg - Outcome 22 conditions going well, 5/6 sessions done.",
            kind="Meeting",
        ),
        R(
            "harbour",
            "Minutes received from SW (copied in): 'Professionals meeting re Ethan and Alfie, HSB "
            "protocol. Present: SW, YJS, Harbour, Kingsmere DSL...'",
            shift="late",
        ),
        R(
            "sec",
            "Prof mtg (HSB safety plan) - DSL attended. No concerns in school; Ethan's "
            "attendance 91%.",
            kind="Safeguarding",
        ),
    )
    o(
        "2025-04-24",
        "rcpc-2",
        R(
            "csc",
            "Second review conference: Alfie's CP plan ended; stepped down to child in need.",
            kind="RCPC",
        ),
        R(
            "prim",
            "Type: Meeting. RCPC 2 - Alfie off CP plan, now CIN. Check-ins continue.",
            kind="Meeting",
        ),
        R(
            "bluebell",
            "Went to Alfie's review conference and gave my report - he is sleeping better and "
            "the wetting has stopped.",
        ),
        R(
            "police",
            "RCPC ATTENDED BY PC 4410 FOR DS AMADI. VICTIM'S CP PLAN ENDED - CIN.",
            "10:00",
            "Conference",
            ref="EC/24/60217",
        ),
    )
    o(
        "2025-05-20",
        "cin-1",
        R(
            "csc",
            "First CIN meeting (both boys). Sibling contact at Dennis's on Sundays, supervised "
            "by Dennis and Gemma, started 11/05 and going well.",
            kind="CIN meeting",
        ),
        R(
            "prim",
            "Type: Meeting. CIN mtg - Alfie happy about seeing Ethan at grandad's.",
            kind="Meeting",
        ),
        R(
            "bluebell",
            "CIN meeting - I said Alfie should lead on how much time he spends with Ethan.",
        ),
    )
    o(
        "2025-07-08",
        "cin-2",
        R(
            "csc",
            "CIN review. Ethan to remain at Dennis's and start at Eastholme Academy in September.",
            kind="CIN meeting",
        ),
        R(
            "sec",
            "CIN meeting - DSL attended. Managed transfer to Eastholme Academy agreed for Sept.",
            kind="Safeguarding",
        ),
        R(
            "harbour",
            "CIN review today. I said Ethan has completed the core modules.",
            shift="swap",
        ),
    )
    o(
        "2025-07-15",
        "yjs-completion",
        R(
            "yjs",
            "Outcome 22 intervention completed. Notification sent to CAIU for file closure.",
            kind="Closure",
        ),
        R(
            "police",
            "YJS CONFIRM OUTCOME 22 CONDITIONS COMPLETED BY ETHAN MARRABLE. NFA. FILE CLOSED.",
            "12:15",
            "Outcome",
            ref="EC/24/60217",
        ),
    )
    o(
        "2025-09-03",
        "school-transfer",
        R(
            "sec",
            "Ethan off roll today - transferred to Eastholme Academy. CP file sent securely.",
            kind="Transfer",
        ),
        R(
            "csc",
            "Ethan started at Eastholme Academy today.",
            kind="Education",
        ),
    )
    o(
        "2025-09-16",
        "camhs-discharge",
        R(
            "camhs",
            "Appointment type: Final session | Summary: mood improved, discharged to GP.",
            "15:00",
            "Discharge",
        ),
    )
    o(
        "2025-09-19",
        "gp-camhs-letter",
        R(
            "gp",
            "Letter from CAMHS: Ethan discharged after 6 sessions, mood improved.",
        ),
    )
    o(
        "2025-10-09",
        "cin-close",
        R(
            "csc",
            "Final CIN meeting: agreed to close. Ethan to stay at Dennis's long-term; Gemma to "
            "apply for child arrangements order in Dennis's favour.",
            kind="CIN meeting",
        ),
        R(
            "prim",
            "Type: Meeting. Closing CIN meeting - DSL attended. Alfie to keep weekly check-in "
            "with ELSA.",
            kind="Meeting",
        ),
        R(
            "harbour",
            "Final CIN (closing). Our work with Ethan ends this month.",
        ),
    )
    # --- Routine single entries ----------------------------------------------------------
    f.fill(
        "prim",
        "2024-10-14",
        "2025-10-03",
        [
            ("Wellbeing", "Type: Check-in. Weekly check-in with Alfie (ELSA) - 'happy face'."),
            ("Wellbeing", "Type: Check-in. Weekly check-in - tired, said he had a bad dream."),
            ("Wellbeing", "Type: Check-in. Weekly check-in - chatty, talked about football."),
            ("Attendance", "Type: Attendance. Alfie late 9:20, mum said he wouldn't get up."),
        ],
    )
    f.fill(
        "sec",
        "2024-10-14",
        "2025-07-18",
        [
            ("Behaviour", "Detention - Ethan refused to hand in phone in maths."),
            ("Attendance", "Ethan absent, grandad rang in - 'stomach bug'."),
            ("Safeguarding", "Ethan came to see DSL - worried people 'know'. Reassured."),
            ("Behaviour", "Ethan removed from PE for swearing at a peer; restorative chat."),
        ],
    )
    f.fill(
        "yjs",
        "2024-11-01",
        "2025-07-10",
        [
            ("AIM3 session", "AIM3 session with Ethan at Mill Row - family relationships."),
            ("Intervention", "Outcome 22 session - consent and boundaries worksheet."),
            ("Intervention", "Outcome 22 session - victim empathy letter (not sent)."),
        ],
    )
    f.fill(
        "harbour",
        "2025-02-15",
        "2025-10-05",
        [
            ("", "Session with Ethan - understanding what happened and its impact on Alfie."),
            ("", "Session with Ethan and Dennis - updating the family safety plan."),
            ("", "Session with Ethan - Good Lives goals, football club."),
        ],
        timed=False,
    )
    f.fill(
        "bluebell",
        "2025-02-06",
        "2025-10-03",
        [
            ("", "Session with Alfie - sand tray, a 'scary monster' buried and then dug up."),
            ("", "Session with Alfie - feelings thermometer, calmer this week."),
        ],
        timed=False,
    )
    f.fill(
        "csc",
        "2024-10-15",
        "2025-10-03",
        [
            ("Home visit", "Statutory visit to Alfie at home - seen alone, bedroom now his own."),
            ("Home visit", "Visit to Gemma - talked about her guilt; offered parents' group."),
        ],
    )
    f.fill(
        "cisva",
        "2024-10-28",
        "2025-04-30",
        [
            ("Session", "Session with Alfie at school - explained what happens next with police."),
            ("Telephone", "Check-in call with Gemma - anxious about the police decision."),
        ],
    )
    f.fill(
        "camhs",
        "2025-01-20",
        "2025-09-05",
        [
            ("Treatment", "Appointment type: Treatment (2) | Summary: thought diary, sleep plan."),
            ("Treatment", "Appointment type: Treatment (4) | Summary: shame and self-talk."),
            ("Treatment", "Appointment type: DNA | Summary: not brought; grandfather unwell."),
        ],
    )
    f.fill(
        "gp",
        "2024-10-15",
        "2025-06-30",
        [("", "Gemma: low mood, not sleeping since 'what happened'. Sertraline 50mg started.")],
        timed=False,
    )
    return f.case()


def blind_dedup_cases_32() -> list[BlindCase]:
    """The thirty-second blind set's families, in the order they were written."""
    return [_brennock(), _aldous_rooksby(), _marrable()]


if __name__ == "__main__":
    summary(blind_dedup_cases_32)
