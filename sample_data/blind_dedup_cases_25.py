"""A twenty-fifth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 100-130 chronology rows from nine to twelve services'
sheets over twelve to eighteen months, unlike each other: three children (14, 9 and 5) of a
mother with bipolar disorder and a father who is a long-distance lorry driver (a crisis team, a
section 2 Mental Health Act detention at night with an AMHP and police assisting, a ward
admission, young carers, two schools, the children with their aunt under a family arrangement
and then section 20, a family group conference, child in need meetings, the mother's discharge
and relapse, the fourteen-year-old's overdose, CAMHS); a ten-year-old boy from a Gypsy/Traveller
family moving between two local authorities (traveller education, site managers, two sets of
schools, a temporary GP registration, a dog bite seen in the emergency department and again the
next day, an early-morning eviction from an unauthorised encampment, a strategy discussion by
phone, an Early Help assessment transferred between areas, a new baby and the health visitor, a
night-time fire at the family's trailer); a six-month-old with a fractured femur and a
metaphyseal fracture (GP, health visitor, the emergency department, paediatric orthopaedics, a
skeletal survey and its repeat, a child protection medical, ophthalmology, the police Child
Abuse Investigation Team, both parents' arrests on one morning, police bail then release under
investigation, foster care, weekly supervised contact, an ICPC, an interim care order, an expert
radiologist's report and a finding-of-fact hearing).

How they were written (blind): composed from the domain brief (`/work/shared/domain/DOMAIN.md`),
the `Event` schema (`chronology/schema.py`), the shared kit (`sample_data/dedup_case_kit.py`),
the module docstring, agency constants and the thirty or so lines after them in
`sample_data/blind_dedup_cases_7.py` (for the file format only), and the last thirty lines of
`sample_data/blind_dedup_cases_14.py` (how a set module ends). The duplicate rules, their
settings, the linkage model, the bench and its results, the tests, the docs and every other
labelled set were not read, no history was looked at, and the merge (or any duplicate-detection
code) was not run on these cases (issue 12, "Generalisation practice"). Kept apart from tuning:
measure on them blind first.

The services write very differently: police logs in capitals with CAD, log, custody and crime
references; long social care narrative in the first person plural or singular; health templates
("Contact type: ... Outcome: ..."); GP "S: O: A: P:" notes; schools' CPOMS-style entries and a
young carers worker's, a foster carer's and a site manager's first-person logs; an emergency
department writing one attendance as triage, review and outcome rows in clinical shorthand; a
fire service incident log with times of call, arrival and stop message; court and legal entries
in their own register; abbreviations throughout (s2 MHA, AMHP, CRHTT, HTT, FGC, CIN, CLA, s20,
PEP, EHA, TES, CME, s47, CAIT, ICPC, RCPC, RUI, ICO, FFH, NAC, SS, CPM); wrong-by-a-day dates
and day and month swapped.

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
  discharge) records ONE occurrence; attendances on consecutive days are separate; an emergency
  department attendance and the ward or intensive care admission that follows are two
  occurrences.
- A school that writes one row per child for one event records ONE occurrence; two children's
  separate appointments in one session are separate.
- Decision for this set: the night of the section 2 detention is several occurrences. The
  police log of the 14-year-old's 999 call, the AMHP hub's note of the request for an
  assessment, the out-of-hours social worker's receipt of the police notification, the
  assessment itself (the AMHP's record and the police log of assisting it: a joint visit, one
  occurrence), the out-of-hours arrangement for the children to go to their aunt, and the ward
  admission are each their own. The admission recorded by the ward, by the AMHP ("conveyed ...
  admitted 04:20") and by the crisis team the next morning is one occurrence.
- Decision for this set: a school's per-child notes of being told by the social worker that the
  children had become looked after under section 20, or had returned home when it ended, logged
  that day or the next, are records of that change of legal status and placement (one
  occurrence with social care's entry), not separate phone calls.
- Decision for this set: a visiting service's session held in school (the young carers worker's
  1:1 in the library) and the school's note of it are one occurrence.
- Decision for this set: the two younger children's comments made together in one conversation
  at breakfast club, logged once per child, are one occurrence (a disclosure-day); the school's
  email to the social worker about them later that morning is another.
- Decision for this set: one paediatric liaison email notifying social care, the GP and the
  school nurse of an attendance is one occurrence at every end (the GP logging it next day); it
  is not the attendance. A GP consultation and the GP's phone call to the crisis team straight
  after it are two occurrences; the crisis team's call back the next day is a third. Two calls
  from the father to the crisis line on one evening are two, and the police welfare incident
  between them is a third.
- Decision for this set: the ward's note that section 2 was rescinded and the mother stayed as
  an informal patient is its own occurrence, neither the admission nor the discharge.

Everything is invented: people, workers, schools, surgeries, hospitals, wards, sites, towns,
councils, police forces, fire stations, courts, addresses, postcodes and reference numbers.
Deterministic: one fixed seed per case (it only places the routine entries and picks their
times), no set or hash ordering.

    python sample_data/blind_dedup_cases_25.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
CRISIS = "Crisis Resolution and Home Treatment Team"
AMHP = "AMHP Service"
MH_WARD = "Adult Mental Health Inpatient Ward"
YOUNG_CARERS = "Young Carers Service"
SCHOOL = "School"
ED = "Emergency Department"
CAMHS = "CAMHS"
GP = "GP"
FGC = "Family Group Conference Service"
TES = "Traveller Education Service"
SITES = "Gypsy and Traveller Site Management"
EARLY_HELP = "Early Help"
HV = "Health Visiting"
FIRE = "Fire and Rescue Service"
AMBULANCE = "Ambulance Service"
ORTHO = "Paediatric Orthopaedics"
CP_PAEDS = "Safeguarding Paediatrics"
EYES = "Paediatric Ophthalmology"
FOSTERING = "Fostering Service"
CONTACT = "Family Contact Service"
LEGAL = "Local Authority Legal Services"
CAFCASS = "Cafcass"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, TES)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Fenwright family, Stavenham. Kezia (14), Rory (9) and Poppy (5) Fenwright live
# with their mother Dawn Fenwright (bipolar affective disorder) and father Lee Fenwright, a
# long-distance lorry driver often away all week, at 22 Marlstone Avenue, Stavenham SV4 8LT.
# Maternal aunt Sharon Pettigrew, 7 Quillon Close. Rory and Poppy at Greyfield Primary, Kezia at
# Stavenham Park Academy; registered at Orchard Row Surgery. Mother's crisis, a section 2
# detention at night, the children with their aunt (family arrangement, then section 20), a
# family group conference, CIN meetings, discharge, a relapse and Kezia's overdose.
# --------------------------------------------------------------------------------------------


def _fenwright() -> BlindCase:
    f = Family(
        "fenwright",
        2501,
        {
            "police": Sheet(
                POLICE,
                "Northmarch_Police_Fenwright.xlsx",
                "Incidents",
                (("2024-01-01", "PC 4471 D HOLLOWAY"), ("2025-03-01", "PC 2290 R ASKEW")),
            ),
            "csc": Sheet(
                CSC,
                "Stavenham_CSC_Fenwright_chronology.xlsx",
                "Case notes",
                (
                    ("2024-01-01", "Bethan Corlett (SW)"),
                    ("2024-10-27", "EDT SW Marcus Veale"),
                    ("2024-10-29", "Bethan Corlett (SW)"),
                    ("2025-05-01", "Niamh Ostrowski (SW)"),
                ),
            ),
            "crisis": Sheet(
                CRISIS,
                "CRHTT_Fenwright_D.xlsx",
                "Contacts",
                (("2024-01-01", "Jo Haverstock RMN"), ("2025-04-01", "Femi Adebanjo RMN")),
            ),
            "amhp": Sheet(
                AMHP,
                "AMHP_Hub_Stavenham_Fenwright.docx",
                "Table 1",
                (("2024-01-01", "Graham Tully AMHP"),),
                typed=False,
            ),
            "ward": Sheet(
                MH_WARD,
                "Harrowfield_Unit_LindenWard_Fenwright.xlsx",
                "Inpatient",
                (("2024-01-01", "Dr P Rennison / Linden Ward"),),
            ),
            "yc": Sheet(
                YOUNG_CARERS,
                "Stavenham_Young_Carers_Kezia.xlsx",
                "Log",
                (("2024-01-01", "Abi Rowntree (YC worker)"),),
                typed=False,
            ),
            "prim": Sheet(
                SCHOOL,
                "Greyfield_Primary_Fenwright.xlsx",
                "CPOMS export",
                (("2024-01-01", "Mrs C Lindqvist (DSL)"),),
            ),
            "sec": Sheet(
                SCHOOL,
                "Stavenham_Park_Academy_Kezia_F.xlsx",
                "Safeguarding log",
                (("2024-01-01", "Mr T Okwuosa (Head of Year 10)"),),
            ),
            "ed": Sheet(
                ED,
                "Stavenham_General_ED_Fenwright_K.xlsx",
                "ED",
                (("2024-01-01", "ED / Paediatric liaison"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "Stavenham_CAMHS_Kezia.xlsx",
                "Contacts",
                (("2024-01-01", "Dr H Marchetti (Clin Psych)"),),
            ),
            "gp": Sheet(
                GP,
                "OrchardRow_Surgery_Fenwright.docx",
                "Table 1",
                (("2024-01-01", "Dr A Okafor"),),
            ),
            "fgc": Sheet(
                FGC,
                "FGC_Service_Fenwright.xlsx",
                "Referral",
                (("2024-01-01", "Lorna Maitland (FGC coordinator)"),),
            ),
        },
    )
    o = f.occ

    # -- Autumn 2024: young carers, GP and the crisis team -------------------------------------
    o(
        "2024-09-12",
        "young-carers-referral",
        R(
            "sec",
            "Referral to Stavenham Young Carers emailed by me (pastoral). Kezia (Y10) looks after "
            "Rory and Poppy most mornings as dad is away driving all week and mum has 'bad "
            "spells'. Kezia consented.",
            "14:20",
            "Referral",
        ),
        R(
            "yc",
            "Referral received by email from Stavenham Park Academy pastoral team for Kezia "
            "Fenwright, 14. Caring role: siblings 9 and 5, mum's mental health (bipolar). Dad "
            "HGV driver away Mon-Fri. Accepted for assessment.",
            "09:30",
            shift="late",
        ),
    )
    o(
        "2024-09-26",
        "yc-assessment",
        R(
            "yc",
            "Young carer's needs assessment at home with Kezia and Dawn. Kezia does the school "
            "run, cooks tea 3-4 nights a week when mum is low. Dawn open about her diagnosis, "
            "says she is 'stable on lithium'. Plan: 1:1 sessions, YC group Thursdays.",
            "16:00",
        ),
    )
    o(
        "2024-10-08",
        "gp-consultation-mother",
        R(
            "gp",
            "S: Dawn attends with Kezia. Not slept 3 nights, spending, 'full of ideas'. O: "
            "pressured speech, flight of ideas, no psychotic sx elicited, denies SI. A: likely "
            "hypomanic relapse, known BPAD. P: discuss urgently with CRHTT today.",
            "10:50",
            "Consultation",
        ),
    )
    o(
        "2024-10-08",
        "gp-phones-crisis",
        R(
            "gp",
            "Tel call to CRHTT duty worker re Dawn: referral accepted, to be seen at home today. "
            "Kezia (14) aware.",
            "11:25",
            "Telephone",
        ),
        R(
            "crisis",
            "Contact type: Telephone referral. Source: Dr Okafor, Orchard Row Surgery. Reason: "
            "?hypomanic relapse of BPAD, 3 nights no sleep. Outcome: accepted, home assessment "
            "today.",
            "11:25",
            "Referral",
        ),
    )
    o(
        "2024-10-08",
        "crisis-home-assessment",
        R(
            "crisis",
            "Contact type: Home assessment. Seen Dawn at home with Kezia present. Elated, "
            "disinhibited, agreed to olanzapine 10mg nocte and daily HTT visits. Outcome: "
            "accepted for home treatment. Lee away (Belgium) until Fri.",
            "15:40",
            "Assessment",
        ),
    )
    o(
        "2024-10-09",
        "crisis-calls-gp-back",
        R(
            "crisis",
            "Contact type: Telephone to GP. Fed back to Dr Okafor: Dawn on HTT caseload, "
            "olanzapine started, lithium level requested. Outcome: GP to do bloods.",
            "09:15",
            "Liaison",
        ),
        R(
            "gp",
            "Call back from CRHTT: accepted onto home treatment, started olanzapine. Li level "
            "to be taken here. Task to practice nurse.",
            "09:20",
            "Telephone",
        ),
    )
    o(
        "2024-10-11",
        "prim-gate-concern",
        R(
            "prim",
            "Poppy (Rec): Mum at the gate at 8.40 very animated, talking fast and loudly to "
            "other parents. Poppy not in uniform and had no breakfast. I gave her toast.",
            "08:55",
            "Wellbeing concern",
        ),
        R(
            "prim",
            "Rory (Y5): Mum at the gate at 8.40 very animated, talking fast and loudly to "
            "other parents. Rory quiet, said 'mum's gone hyper again'.",
            "08:55",
            "Wellbeing concern",
        ),
    )
    o(
        "2024-10-11",
        "prim-calls-front-door",
        R(
            "prim",
            "I phoned the Front Door re Rory and Poppy: mum appears unwell (known bipolar), dad "
            "away with work, older sister 14 doing a lot of the care. Advised contact logged.",
            "11:40",
            "Referral to CSC",
        ),
        R(
            "csc",
            "Contact received by telephone from Mrs Lindqvist, DSL Greyfield Primary, regarding "
            "Rory and Poppy Fenwright. Mother presenting as elated at the school gate, known to "
            "have bipolar disorder; father a long-distance lorry driver, away most weeks; the "
            "eldest, Kezia (14), appears to be carrying much of the care. School unaware whether "
            "mother is receiving treatment. Passed to MASH for screening.",
            "11:45",
            "Contact",
        ),
    )
    o(
        "2024-10-14",
        "mash-decision",
        R(
            "csc",
            "MASH screening completed on the contact from Greyfield Primary. Checks: CRHTT "
            "confirm mother on home treatment since 08/10; no police history. Decision: threshold "
            "met for a Child and Family Assessment under s17 (CIN) for all three children. "
            "Allocated to Assessment Team 2.",
            "15:10",
            "MASH decision",
        ),
    )

    # -- The night of 27-28 October 2024: s2 MHA -----------------------------------------------
    o(
        "2024-10-27",
        "police-call-from-kezia",
        R(
            "police",
            "CAD 2311 27/10/24. CALLER KEZIA FENWRIGHT (14) AT 22 MARLSTONE AVE. MOTHER DAWN "
            "FENWRIGHT (KNOWN BPAD) SHOUTING IN STREET, NOT SLEPT 4 DAYS, SAYING SHE MUST 'SAVE "
            "THE CHILDREN'. FATHER IN GERMANY WITH WORK. 2 UNITS DEPLOYED, ON SCENE 23:24.",
            "23:11",
            "Concern for welfare",
            ref="CAD 2311-271024",
        ),
    )
    o(
        "2024-10-27",
        "amhp-request",
        R(
            "amhp",
            "23:55 request for MHA assessment from police at scene via CRHTT out of hours. "
            "Female 38, known BPAD, on HTT caseload, acutely unwell at home, 3 children present. "
            "Section 12 doctors being sought.",
            "23:55",
        ),
    )
    o(
        "2024-10-28",
        "edt-police-notification",
        R(
            "csc",
            "EDT: notification received from Northmarch Police (CAD 2311) that officers are at "
            "the Fenwright home with mother acutely mentally unwell; three children in the "
            "house, father abroad. MHA assessment being arranged. EDT SW to attend.",
            "00:20",
            "Police notification",
        ),
    )
    o(
        "2024-10-28",
        "mha-assessment",
        R(
            "amhp",
            "MHA assessment at the home address with Dr Saleem (s12) and Dr Ferrier (FME). "
            "Dawn thought disordered, grandiose, not sleeping, no insight; refused informal "
            "admission. Both doctors recommended s2. Application for admission under section 2 "
            "MHA completed 02:35. Police present throughout at my request.",
            "01:40",
        ),
        R(
            "police",
            "OFFICERS REMAINED AT 22 MARLSTONE AVE TO ASSIST AMHP AND 2 DRS WITH MHA ASSESSMENT "
            "FROM 01:40. MOTHER DETAINED S2 MHA. NO FORCE USED. CHILDREN WITH EDT SW.",
            "01:40",
            "Assist other agency",
            ref="CAD 2311-271024",
        ),
    )
    o(
        "2024-10-28",
        "edt-family-arrangement",
        R(
            "csc",
            "EDT SW attended the home. With mother detained, spoke by phone to father Lee in "
            "Germany (returning Tuesday) who agreed the children should go to the maternal aunt, "
            "Sharon Pettigrew, 7 Quillon Close. Children taken to aunt's by EDT at 03:10; "
            "private family arrangement. Day team to follow up.",
            "02:50",
            "Placement",
        ),
    )
    o(
        "2024-10-28",
        "s2-admission",
        R(
            "ward",
            "Admitted to Linden Ward, Harrowfield Unit, under Section 2 MHA. Conveyed by "
            "ambulance with AMHP. Papers received and scrutinised. Settled after lorazepam 1mg.",
            "04:20",
            "Admission",
        ),
        R(
            "amhp",
            "Conveyed by ambulance to Linden Ward, Harrowfield Unit; admitted 04:20 under s2. "
            "Nearest relative (husband) informed by phone of the detention and his rights.",
            "04:20",
        ),
        R(
            "crisis",
            "Contact type: Information. Dawn admitted to Linden Ward overnight under s2 MHA "
            "after AMHP assessment. Outcome: HTT episode closed, in-reach to ward.",
            "09:00",
            "Admin",
            shift="late",
        ),
    )
    o(
        "2024-10-28",
        "aunt-tells-school",
        R(
            "prim",
            "Poppy brought in by her aunt Sharon, who told me mum was taken to hospital in the "
            "night and the children are staying with her. Poppy tearful at drop off.",
            "08:45",
            "Family circumstances",
        ),
        R(
            "prim",
            "Rory brought in by his aunt Sharon, who told me mum was taken to hospital in the "
            "night and the children are staying with her. Rory very tired.",
            "08:45",
            "Family circumstances",
        ),
    )
    o(
        "2024-11-05",
        "ward-family-meeting",
        R(
            "ward",
            "Family meeting on ward: Dawn, husband Lee, Dr Rennison, named nurse, children's SW "
            "Ms Corlett. Dawn less elated, agrees children stay with sister for now. Lee to ask "
            "employer about UK-only routes.",
            "14:00",
            "MDT / family meeting",
        ),
        R(
            "csc",
            "Attended a family meeting on Linden Ward with Dawn, Lee and the ward team. Dawn "
            "remains on section 2 but is calmer and was able to talk about the children. Lee "
            "cannot stop driving without losing his job; he is home Friday to Sunday. Discussed "
            "whether the aunt can keep caring without support; she has three children of her own.",
            "14:00",
            "Meeting",
        ),
    )
    o(
        "2024-11-07",
        "yc-session-at-school",
        R(
            "yc",
            "1:1 with Kezia at Stavenham Park (library, lunchtime). Talked about the night mum "
            "was sectioned; Kezia blames herself for calling police. Worry diary. Kezia wants to "
            "visit mum.",
            "12:50",
        ),
        R(
            "sec",
            "Young carers worker Abi came in and saw Kezia in the library at lunch. Kezia "
            "seemed brighter afterwards and went to period 5.",
            "13:30",
            "External agency",
        ),
    )
    o(
        "2024-11-12",
        "s20",
        R(
            "csc",
            "The aunt said yesterday she cannot keep the children long term without help. Met "
            "Lee at the office: he gave written consent to accommodation under section 20 for "
            "Kezia, Rory and Poppy. All three are now looked after and remain with Sharon "
            "Pettigrew as temporary approved connected person (Reg 24). Dawn informed on ward.",
            "15:30",
            "Section 20",
        ),
        R(
            "prim",
            "Phone call from Poppy's SW: Poppy is now looked after under section 20 and is "
            "staying with her aunt Sharon Pettigrew. PEP to be arranged.",
            "09:10",
            "Looked after",
            shift="late",
        ),
        R(
            "prim",
            "Phone call from Rory's SW: Rory is now looked after under section 20 and is "
            "staying with his aunt Sharon Pettigrew. PEP to be arranged.",
            "09:10",
            "Looked after",
            shift="late",
        ),
        R(
            "sec",
            "SW informed us Kezia became CLA (s20) yesterday, placed with aunt (Quillon Close). "
            "Designated teacher for CLA informed. Kezia's address updated.",
            "10:05",
            "CLA",
            shift="late",
        ),
    )
    o(
        "2024-11-19",
        "fgc-prep",
        R(
            "fgc",
            "Preparation visit: met Sharon and Lee at Quillon Close, then Dawn on Linden Ward "
            "(with ward agreement). Family network: maternal grandparents in Spain, paternal "
            "uncle Dean. Kezia wants Abi (YC) as her supporter.",
            "10:30",
            "Preparation",
        ),
    )
    o(
        "2024-11-20",
        "regraded-informal",
        R(
            "ward",
            "Tribunal hearing not required: RC rescinded section 2. Dawn now informal and agrees "
            "to stay on the ward. Escorted leave to continue.",
            "11:00",
            "MHA status",
        ),
    )
    o(
        "2024-11-26",
        "fgc",
        R(
            "fgc",
            "Family Group Conference held at Stavenham Family Centre 10:00-13:40. Information "
            "giving (SW, ward nurse), private family time, plan agreed: Sharon weekdays, Lee home "
            "weekends and to request UK-only runs, Uncle Dean school runs Tues/Thurs, mum's "
            "relapse signature shared with family. Plan accepted by SW.",
            "10:00",
            "FGC",
        ),
        R(
            "csc",
            "Family network meeting (FGC) at the Family Centre. The family produced a plan which "
            "I accepted in full: the children remain with Sharon during the week, Lee will have "
            "them at weekends, and the family now know Dawn's early warning signs.",
            "",
            "Meeting",
        ),
        R(
            "yc",
            "Went with Kezia to her family's FGC as her supporter. She read out her own words "
            "about wanting to be 'just a sister, not a mum'. Family listened.",
            "10:00",
        ),
    )
    o(
        "2024-12-03",
        "lac-review",
        R(
            "csc",
            "First looked after review (IRO Mr Pendry) for Kezia, Rory and Poppy, held at the "
            "aunt's home. Care plans endorsed; health assessments outstanding. IRO noted mother's "
            "progress and a plan for the children to return home on her discharge.",
            "16:00",
            "CLA review",
        ),
        R(
            "sec",
            "Attended Kezia's CLA review at her aunt's house. PEP targets agreed. Attendance 91%.",
            "16:00",
            "CLA",
            shift="swap",
        ),
        R(
            "prim",
            "Attended Poppy's looked after review (IRO Mr Pendry) at aunt's house after school.",
            "16:00",
            "Looked after",
        ),
        R(
            "prim",
            "Attended Rory's looked after review (IRO Mr Pendry) at aunt's house after school.",
            "16:00",
            "Looked after",
        ),
    )
    o(
        "2024-12-09",
        "ward-discharge",
        R(
            "ward",
            "Discharged home from Linden Ward. Mood euthymic, lithium restarted (level 0.7). "
            "CRHTT early discharge support, 72h follow up booked. Discharge summary to GP.",
            "11:30",
            "Discharge",
        ),
        R(
            "crisis",
            "Contact type: Ward liaison. Dawn discharged from Linden Ward today to HTT for early "
            "discharge support. Outcome: first visit within 72 hours.",
            "12:00",
            "Discharge",
        ),
        R(
            "csc",
            "Informed by the ward that Dawn was discharged home yesterday from Linden Ward. "
            "Children to stay with Sharon for now; gradual return to be planned.",
            "10:20",
            "Case note",
            shift="late",
        ),
    )
    o(
        "2024-12-11",
        "gp-discharge-letter",
        R(
            "gp",
            "Discharge summary received from Harrowfield Unit (Linden Ward, 28/10-09/12). Dx: "
            "BPAD, manic episode with psychotic features. Meds: lithium 800mg, olanzapine 5mg. "
            "Added to lithium monitoring recall.",
            "14:00",
            "Letter in",
        ),
    )
    o(
        "2024-12-11",
        "crisis-72h",
        R(
            "crisis",
            "Contact type: Home visit (72h follow up). Dawn at home alone, calm, sleeping 7h. "
            "Looking forward to children coming for Christmas day. Outcome: HTT for 2 weeks "
            "then care coordinator.",
            "10:00",
            "Home visit",
        ),
    )
    o(
        "2025-01-06",
        "return-home",
        R(
            "csc",
            "Section 20 accommodation ended today with Lee's and Dawn's agreement: Kezia, Rory "
            "and Poppy returned home to 22 Marlstone Avenue. Lee now on UK-only routes, home "
            "most nights. Case to continue as Child in Need.",
            "17:00",
            "Return home",
        ),
        R(
            "prim",
            "SW rang: Poppy back living at home with mum and dad from today, no longer looked "
            "after.",
            "13:15",
            "Family circumstances",
        ),
        R(
            "prim",
            "SW rang: Rory back living at home with mum and dad from today, no longer looked "
            "after.",
            "13:15",
            "Family circumstances",
        ),
        R(
            "sec",
            "Kezia moved back home to Marlstone Ave yesterday, s20 ended. Address updated, "
            "CLA designated teacher informed.",
            "08:40",
            "CLA",
            shift="late",
        ),
    )
    o(
        "2025-01-21",
        "fgc-review",
        R(
            "fgc",
            "FGC review meeting, Family Centre. Plan working; children home; Dean still doing "
            "Tues/Thurs runs. Family agreed a written crisis plan (who to ring). Closed to FGC.",
            "10:00",
            "Review",
        ),
        R(
            "csc",
            "Family group conference review: the family's plan has held since the children "
            "returned home. Crisis plan agreed by the family. FGC service to close.",
            "10:00",
            "Meeting",
        ),
    )
    o(
        "2025-02-04",
        "cin-1",
        R(
            "csc",
            "Child in Need meeting at Greyfield Primary. Present: Dawn, Lee, Greyfield DSL, "
            "Stavenham Park HoY, young carers worker, CRHTT care coordinator. Children settled; "
            "Kezia's caring role reduced. CIN plan reviewed; next meeting in 8 weeks.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "prim",
            "CIN mtg for Rory & Poppy here at school, 3.30pm. Attendance improved. I will keep "
            "a breakfast club place for both.",
            "15:30",
            "Meeting",
        ),
        R(
            "sec",
            "Attended CIN meeting at Greyfield Primary for Kezia and siblings.",
            "15:30",
            "Meeting",
            shift="+1",
        ),
        R(
            "yc",
            "CIN meeting at Greyfield. I fed back Kezia's views (wants fewer school runs). YC "
            "group place continuing.",
            "15:30",
        ),
    )
    o(
        "2025-02-27",
        "prim-attendance-letters",
        R(
            "prim",
            "Letter home re Poppy's attendance this half term (88%), with an invitation to meet.",
            "15:00",
            "Letter",
        ),
        R(
            "prim",
            "Letter home re Rory's attendance this half term (89%), with an invitation to meet.",
            "15:00",
            "Letter",
        ),
    )
    o(
        "2025-03-13",
        "prim-welfare-visit",
        R(
            "prim",
            "Home welfare visit with the learning mentor: Poppy absent 3 days, no reply to "
            "calls. Dad answered, said children had a sickness bug; Poppy seen, looked well.",
            "10:30",
            "Welfare visit",
        ),
        R(
            "prim",
            "Home welfare visit with the learning mentor: Rory absent 3 days, no reply to "
            "calls. Dad answered, said children had a sickness bug; Rory seen in pyjamas, fine.",
            "10:30",
            "Welfare visit",
        ),
    )
    o(
        "2025-04-01",
        "cin-2",
        R(
            "csc",
            "CIN review meeting at the Academy. Dawn well, taking lithium, attending her care "
            "coordinator. Kezia's mock exams went well. Agreed to consider closure at the next "
            "review if stable.",
            "14:00",
            "CIN meeting",
        ),
        R(
            "sec",
            "CIN review held here for the Fenwright children (2pm).",
            "14:00",
            "Meeting",
        ),
        R(
            "crisis",
            "Contact type: Multi-agency meeting (children's CIN review). Care coordinator "
            "attended; Dawn stable, relapse plan shared. Outcome: continue CPA.",
            "14:00",
            "Meeting",
        ),
    )

    # -- Relapse, June 2025 ---------------------------------------------------------------------
    o(
        "2025-06-10",
        "gp-relapse-consult",
        R(
            "gp",
            "S: Lee brings Dawn; she stopped lithium 3 wks ago 'because I feel fine'; sleeping "
            "4h. O: elevated mood, talkative, distractible. A: early relapse BPAD. P: restart Li, "
            "urgent CRHTT referral, safety-net.",
            "09:10",
            "Consultation",
        ),
    )
    o(
        "2025-06-10",
        "gp-email-referral",
        R(
            "gp",
            "Urgent referral to CRHTT emailed (relapse signature, stopped lithium).",
            "12:10",
            "Referral",
        ),
        R(
            "crisis",
            "Contact type: Referral (email from Orchard Row Surgery dated 10/06). Reason: "
            "relapse, stopped lithium. Outcome: triaged urgent, visit today.",
            "08:45",
            "Referral",
            shift="late",
        ),
    )
    o(
        "2025-06-12",
        "prim-disclosure-day",
        R(
            "prim",
            "Poppy told Miss Yeo at breakfast club, with Rory beside her, that mummy 'hasn't "
            "been to bed' and was shouting at the TV. DSL spoke to both children together.",
            "08:30",
            "Disclosure",
        ),
        R(
            "prim",
            "Rory told Miss Yeo at breakfast club, with Poppy beside him, that mum 'hasn't been "
            "to bed' and was shouting at the telly. DSL spoke to both children together.",
            "08:30",
            "Disclosure",
        ),
    )
    o(
        "2025-06-12",
        "prim-emails-sw",
        R(
            "prim",
            "Emailed SW Ms Ostrowski about the children's comments this morning.",
            "10:15",
            "Communication",
        ),
        R(
            "csc",
            "Email from Greyfield DSL (sent yesterday morning) reporting that Rory and Poppy "
            "said mum had not been to bed and was shouting at the television. Called Lee: CRHTT "
            "are visiting daily and he has taken leave.",
            "09:30",
            "Contact",
            shift="late",
        ),
    )
    o(
        "2025-06-13",
        "lee-calls-crisis-1",
        R(
            "crisis",
            "Contact type: Telephone (in). Lee: Dawn agitated, not slept, left the house on foot "
            "20 mins ago without phone. Outcome: advised to call police if concerned for safety; "
            "HTT to visit first thing.",
            "21:40",
            "Telephone",
        ),
    )
    o(
        "2025-06-13",
        "police-concern-welfare",
        R(
            "police",
            "LOG 1877 13/06/25. CONCERN FOR WELFARE. FEMALE (DAWN FENWRIGHT) WALKING IN "
            "CARRIAGEWAY ON STAVENHAM BYPASS. LOCATED 22:35 BY PATROL, CALM, AGREED TO BE "
            "TAKEN HOME. HANDED TO HUSBAND. PPN FOR 3 CHILDREN SUBMITTED.",
            "22:20",
            "Concern for welfare",
            ref="Log 1877-130625",
        ),
    )
    o(
        "2025-06-13",
        "lee-calls-crisis-2",
        R(
            "crisis",
            "Contact type: Telephone (in). Lee again: Dawn brought home by police, now in bed. "
            "Outcome: HTT visit 09:00 tomorrow; consider admission.",
            "23:05",
            "Telephone",
        ),
    )
    o(
        "2025-06-14",
        "edt-ppn",
        R(
            "csc",
            "EDT: police PPN received (Log 1877) regarding mother found walking on the bypass "
            "last night and returned home to father. Children at home with father. For the "
            "allocated SW on Monday.",
            "10:40",
            "Police notification",
        ),
    )
    o(
        "2025-06-16",
        "informal-admission",
        R(
            "ward",
            "Informal admission to Linden Ward from HTT. Agreed to restart lithium under "
            "supervision. Husband present.",
            "15:20",
            "Admission",
        ),
        R(
            "crisis",
            "Contact type: Transfer. Dawn agreed to informal admission, taken to Linden Ward "
            "by HTT; admitted this afternoon. Outcome: HTT closed.",
            "15:45",
            "Admission",
        ),
    )
    o(
        "2025-06-24",
        "cin-3",
        R(
            "csc",
            "Urgent CIN meeting following mother's readmission. Lee has two weeks' leave; "
            "Sharon and Dean will help after that. Kezia said she feels 'back to square one'. "
            "Young carers to increase to weekly 1:1.",
            "15:45",
            "CIN meeting",
        ),
        R(
            "prim",
            "CIN meeting (after school) re Rory and Poppy, mum back in hospital.",
            "15:45",
            "Meeting",
        ),
        R(
            "yc",
            "Child in need meeting: agreed weekly 1:1 with Kezia over summer, YC trip to the "
            "coast in August.",
            "15:45",
        ),
    )
    o(
        "2025-07-02",
        "ward-discharge-2",
        R(
            "ward",
            "Discharged from Linden Ward (informal, 16/06-02/07). Li level 0.8. CRHTT follow-up "
            "in 72h, care coordinator in 7 days.",
            "11:00",
            "Discharge",
        ),
        R(
            "crisis",
            "Contact type: Ward liaison. Dawn discharged from Linden Ward; 72h follow up booked.",
            "11:30",
            "Discharge",
            shift="-1",
        ),
    )

    # -- Kezia's overdose, July 2025 -------------------------------------------------------------
    o(
        "2025-07-05",
        "kezia-overdose-ed",
        R(
            "ed",
            "TRIAGE: 14F brought by father. Reports taking approx 24 x 500mg paracetamol at "
            "~19:30 after argument at home. Obs: HR 96, BP 112/70, GCS 15. Cat 2. Paeds ED.",
            "21:48",
            "Triage",
        ),
        R(
            "ed",
            "Dr review: staggered? no, single ingestion ~19:30. Hx low mood 'since mum got ill "
            "again', no previous SH. Denies ongoing SI. 4h level due 23:30. Safeguarding screen "
            "+ve (young carer, mum BPAD). Plan: level, LFTs, CAMHS referral.",
            "22:30",
            "Review",
        ),
        R(
            "ed",
            "4h paracetamol level 142 - above treatment line. NAC commenced 23:55. Referred to "
            "paeds, for admission to Willow Ward. CAMHS to see Mon. Dad staying.",
            "23:55",
            "Outcome",
        ),
    )
    o(
        "2025-07-07",
        "liaison-notice",
        R(
            "ed",
            "Paediatric liaison: notification of ED attendance (deliberate overdose 05/07) "
            "emailed to CSC, GP and school nurse.",
            "09:40",
            "Liaison",
        ),
        R(
            "csc",
            "Notification from Stavenham General paediatric liaison: Kezia attended ED on "
            "Saturday evening after taking around 24 paracetamol and was admitted for treatment. "
            "CAMHS to assess today. I will visit the ward.",
            "11:00",
            "Health notification",
        ),
        R(
            "gp",
            "Paeds liaison notification: ED attendance 05/07, OD paracetamol, admitted Willow "
            "Ward. Coded self-harm. Flag for review.",
            "08:30",
            "Letter in",
            shift="late",
        ),
    )
    o(
        "2025-07-07",
        "camhs-ward-assessment",
        R(
            "camhs",
            "Contact type: Psychosocial assessment on Willow Ward after OD. Kezia describes "
            "feeling trapped caring for siblings, mum's relapse. Impulsive OD, regrets it. Low "
            "ongoing risk with safety plan. Outcome: CAMHS follow up Thurs; family session.",
            "14:00",
            "Assessment",
        ),
    )
    o(
        "2025-07-08",
        "mum-tells-school",
        R(
            "sec",
            "Dawn phoned: Kezia in hospital after an overdose at the weekend, home tomorrow. "
            "Told Mr Okwuosa. Staff to be briefed; work to be sent home.",
            "09:05",
            "Parent contact",
        ),
    )
    o(
        "2025-07-15",
        "cin-4",
        R(
            "csc",
            "CIN review following Kezia's overdose. CAMHS attending, Academy, young carers, "
            "Dawn (home since 02/07) and Lee. Kezia's safety plan shared with family. Lee to stay "
            "on local routes. CIN plan to continue over summer.",
            "10:00",
            "CIN meeting",
        ),
        R(
            "camhs",
            "Contact type: Professionals' meeting (CIN review). Shared safety plan, agreed "
            "weekly CAMHS sessions. Outcome: care coordinator allocated.",
            "10:00",
            "Meeting",
        ),
        R(
            "sec",
            "CIN review meeting re Kezia, held at Marlstone Ave. I attended.",
            "10:00",
            "Meeting",
        ),
        R(
            "yc",
            "CIN review after Kezia's OD. Agreed YC respite weekend in August.",
            "",
        ),
    )
    o(
        "2025-10-14",
        "cin-closure",
        R(
            "csc",
            "Final CIN review. Dawn well for three months, lithium levels stable; Lee working "
            "local routes; Kezia engaging with CAMHS and young carers; younger two attending "
            "well. Agreed step-down to Early Help with the young carers service as lead.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "prim",
            "Final CIN meeting for Rory & Poppy at 3.30 - stepping down to Early Help.",
            "15:30",
            "Meeting",
        ),
        R(
            "sec",
            "CIN closing meeting (step down to EH), attended.",
            "15:30",
            "Meeting",
            shift="+2",
        ),
        R(
            "camhs",
            "Contact type: Multi-agency meeting (CIN, closing). Outcome: CAMHS continues to Jan.",
            "15:30",
            "Meeting",
        ),
    )

    # -- Routine single entries -----------------------------------------------------------------
    f.fill(
        "crisis",
        "2024-10-12",
        "2024-10-25",
        [
            ("Home visit", "Contact type: Home visit. Sleeping 5h, meds taken. Outcome: daily."),
            (
                "Home visit",
                "Contact type: Home visit. Irritable, declined olanzapine. Outcome: "
                "review tomorrow.",
            ),
        ],
    )
    f.fill(
        "crisis",
        "2025-01-08",
        "2025-05-30",
        [
            ("CPA", "Contact type: Care coordinator visit. Mood stable, Li 0.7. Outcome: 4 wks."),
            ("CPA", "Contact type: Care coordinator visit. Well; discussed relapse plan."),
        ],
    )
    f.fill(
        "yc",
        "2024-10-01",
        "2025-09-30",
        [
            ("", "YC group (Thursday): Kezia attended, baking session."),
            ("", "1:1 with Kezia after school: exam stress, caring tasks reduced."),
            ("", "YC group: Kezia did not attend, text sent."),
            ("", "1:1 at home: mum present, talked about Kezia having her own time."),
        ],
        timed=False,
    )
    f.fill(
        "prim",
        "2024-09-09",
        "2025-07-18",
        [
            ("Attendance", "Rory late 3 times this week - breakfast club offered."),
            ("Medical", "Poppy: nits letter sent home; mum responded."),
            ("Wellbeing", "Rory drew a picture of mum 'in the hospital with sad people'."),
        ],
    )
    f.fill(
        "sec",
        "2024-09-09",
        "2025-10-10",
        [
            ("Behaviour", "Kezia on report for homework; says she has no time at home."),
            ("Attendance", "Kezia absent - dad rang, Poppy poorly and no one else to mind her."),
            ("Pastoral", "Check-in with Kezia: OK, going to YC group."),
        ],
    )
    f.fill(
        "csc",
        "2024-10-15",
        "2025-10-10",
        [
            (
                "Home visit",
                "Statutory visit to the children at their aunt's. All three seen, Poppy seen "
                "alone in her bedroom. Sharon coping but tired.",
            ),
            ("Case note", "Child and Family Assessment completed and authorised: CIN plan."),
            (
                "Home visit",
                "CIN visit at home. Dawn well, house tidy, children seen. Lee home nightly.",
            ),
            ("Supervision", "Case supervision with team manager: plan remains CIN."),
        ],
    )
    f.fill(
        "gp",
        "2024-09-09",
        "2025-10-31",
        [
            ("Results", "Lithium level 0.72 - in range. Letter to patient."),
            ("Consultation", "Poppy: URTI, mum attends, appropriate."),
            ("Medication review", "Dawn: med review by phone, no concerns."),
        ],
    )
    f.fill(
        "camhs",
        "2025-07-16",
        "2025-10-10",
        [
            ("Appointment", "Contact type: 1:1 (CBT). Kezia engaged; no SH since July."),
            ("Appointment", "Contact type: 1:1. DNA - rebooked, text sent to mum."),
            ("Appointment", "Contact type: Family session with Dawn and Kezia. Outcome: good."),
        ],
    )
    f.fill(
        "ward",
        "2024-10-29",
        "2024-12-06",
        [
            ("Nursing", "Settled night. Took lithium. Asked about the children."),
            ("Ward round", "Ward round: less pressured speech; escorted ground leave agreed."),
        ],
    )
    return f.case()


def blind_dedup_cases_25() -> list[BlindCase]:
    """The twenty-fifth blind set's families, in the order they were written."""
    return [_fenwright()]


if __name__ == "__main__":
    summary(blind_dedup_cases_25)
