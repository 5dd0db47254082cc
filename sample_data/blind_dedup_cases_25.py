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

The services write very differently: police logs in capitals with CAD, log, occurrence and crime
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
- Decision for this set: the night-time fire at the trailer is one occurrence as the fire
  service, the police, the ambulance crew and the out-of-hours social worker who went out with
  the police record it (like a police and ambulance call-out). The boy's emergency department
  attendance for smoke inhalation is another; the site manager's note next morning that the
  family were moved onto another pitch is a house move (another); social care's receipt of the
  police notification two days later is another.
- Decision for this set: the site manager's note of the dog bite on site is the incident and is
  not the emergency department attendance that evening (three rows, one occurrence); the
  re-attendance the next day with cellulitis is another, and the paediatric liaison notice to
  the school (logged by the school the day after it was sent) is another.
- Decision for this set: a house move recorded by the site manager and by the traveller
  education teacher on the day or the next (told by the mother on the phone) is one occurrence
  when both name the same site (the site left, or the site arrived on). The serving of the
  section 61 direction in the evening and the eviction the next morning are two police
  occurrences; the eviction and the family's arrival on the transit site that afternoon are two.
- Decision for this set: a school start or removal from roll recorded by the school and by the
  traveller education service on the same day (one day out, or with day and month swapped) is
  one occurrence; the school's earlier children-missing-education check is another. A temporary
  GP registration made with the traveller education teacher present, recorded by both, is one.
- Decision for this set: an Early Help transfer sent by one area and logged as received by the
  other the next day is one occurrence; the phone call between the two areas about it a week
  later is another, as is the transfer back months later.
- Decision for this set: the health visitor's birth notification and the GP's birth entry, both
  logged the day after the birth, are one occurrence; the baby's GP registration nine days later
  is another. The health visitor's new birth visit and the traveller education teacher's own
  visit that afternoon are two. The school's disclosure entry, its call to the front door, the
  front door decision, the telephone strategy discussion and the joint section 47 visit that
  afternoon are five occurrences.
- Decision for this set: the emergency department's row recording its telephone referral to the
  out-of-hours social worker is a record of that call (one occurrence with the social worker's
  entry), not part of the attendance written in three rows; the out-of-hours social worker's
  call to the police is another, and the ward admission that night is another.
- Decision for this set: the parents' arrests fifteen minutes apart are two occurrences; the
  ward's nursing note that the mother was arrested on the ward is a record of her arrest. Each
  parent's release on bail that evening, and each parent's release under investigation in
  August, is its own occurrence; the police call telling social care of both arrests, and the
  later email about both releases, are two more.
- Decision for this set: a ward discharge straight into foster care recorded by the ward, the
  foster carer, social care and (the next day) the health visitor is one occurrence. A hospital
  investigation or clinic attended with the foster carer (the repeat skeletal survey, the
  fracture clinic) is one occurrence as the hospital and the carer's log record it.
- Decision for this set: a foster carer's note of taking the baby to a supervised contact
  session is a record of that session; the weekly sessions are each separate, the mother's and
  the father's separate sessions on one day are two, and a session the father missed is its own
  occurrence.
- Decision for this set: the GP's note pasting the ICPC minutes the next day is a record of the
  ICPC; the GP's email of information before the strategy meeting is not the meeting. The
  expert radiologist's report served by the local authority's solicitor and logged as received
  by the guardian the next day and by social care that afternoon is one occurrence; the experts'
  meeting later is another. The legal planning meeting, the issue of the application, the
  interim care order hearing, the case management hearing, the first day of the finding-of-fact
  hearing and the reserved judgment handed down eleven days later are all separate occurrences.
- Look-alikes kept apart in this set: a GP consultation and the GP's call to the crisis team
  straight after it; a call and the call back the next day; two calls from one person on one
  evening and the police incident between them; a police incident and social care's receipt of
  the notification; a contact and the MASH decision on it; five CIN meetings, a family group
  conference and its review; consecutive-day emergency department attendances; a dog bite on
  site and the attendance for it; a section 61 direction and the eviction the next morning; two
  Early Help transfers and a call about one; visits by two agencies on one day; a strategy
  discussion and the joint visit after it; a skeletal survey and its repeat; two parents'
  arrests, bails and releases under investigation; weekly supervised contact sessions; an
  ICPC, a core group and an RCPC; four court hearings.

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
            ("", "YC group: Kezia attended, baking session."),
            ("", "1:1 with Kezia after school: exam stress, caring tasks reduced."),
            ("", "YC group: Kezia did not attend, text sent."),
        ],
        timed=False,
    )
    f.fill(
        "yc",
        "2025-01-13",
        "2025-05-30",
        [("", "1:1 at home: mum present, talked about Kezia having her own time.")],
        timed=False,
    )
    f.fill(
        "prim",
        "2024-09-09",
        "2025-07-18",
        [("Attendance", "Rory late 3 times this week - breakfast club offered.")],
    )
    f.fill(
        "prim",
        "2024-10-29",
        "2024-12-06",
        [("Wellbeing", "Rory drew a picture of mum 'in the hospital with sad people'.")],
    )
    f.fill(
        "prim",
        "2025-01-13",
        "2025-05-23",
        [("Medical", "Poppy: nits letter sent home; mum responded.")],
    )
    f.fill(
        "sec",
        "2024-09-16",
        "2025-10-10",
        [
            ("Behaviour", "Kezia on report for homework; says she has no time at home."),
            ("Pastoral", "Check-in with Kezia: OK, going to YC group."),
        ],
    )
    f.fill(
        "sec",
        "2025-01-13",
        "2025-05-23",
        [("Attendance", "Kezia absent - dad rang, Poppy poorly and no one else to mind her.")],
    )
    f.fill(
        "csc",
        "2024-11-13",
        "2024-12-20",
        [
            (
                "Home visit",
                "Statutory visit to the children at their aunt's. All three seen, Poppy seen "
                "alone in her bedroom. Sharon coping but tired.",
            ),
            ("Case note", "Child and Family Assessment completed and authorised: CIN plan."),
        ],
    )
    f.fill(
        "csc",
        "2025-01-13",
        "2025-05-30",
        [
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
        [("Consultation", "Poppy: URTI, mum attends, appropriate.")],
    )
    f.fill(
        "gp",
        "2025-01-08",
        "2025-05-30",
        [
            ("Results", "Lithium level 0.72 - in range. Letter to patient."),
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


# --------------------------------------------------------------------------------------------
# Case 2: the Penfold family, Hambourne and West Caddington. Rylan Penfold (b. 11/06/2014), a
# boy from a Romany Gypsy family, with his mother Shannon Penfold (pregnant; Mercy born in May
# 2025) and father Tommy Penfold. Plot 6, Oakapple Lane council site, Hambourne; then an
# unauthorised encampment on Millbrook Road recreation ground and the Fernhill transit site,
# West Caddington; back to Oakapple Lane in September 2025. Schools: St Cuthwin's CE Primary
# (Hambourne) and Brackley Moor Primary (West Caddington). Wyvern Valley Hospital.
# --------------------------------------------------------------------------------------------


def _penfold() -> BlindCase:
    f = Family(
        "penfold",
        2502,
        {
            "tes": Sheet(
                TES,
                "Wyvernshire_TES_Penfold_R.xlsx",
                "Pupil log",
                (("2024-01-01", "Carol Dimmock (TES teacher)"),),
            ),
            "sites": Sheet(
                SITES,
                "Site_Managers_Log_Penfold.xlsx",
                "Site log",
                (
                    ("2024-01-01", "Oakapple Lane site manager (K Lusted)"),
                    ("2025-03-18", "Fernhill transit site manager (R Gatward)"),
                    ("2025-09-01", "Oakapple Lane site manager (K Lusted)"),
                ),
                typed=False,
            ),
            "police": Sheet(
                POLICE,
                "Wyvernshire_Police_Penfold.xlsx",
                "Niche extract",
                (("2024-01-01", "PS 1184 J CROWTHER"), ("2025-06-01", "DC 3307 S ELPHICK")),
            ),
            "sch_a": Sheet(
                SCHOOL,
                "StCuthwins_CE_Primary_Rylan_P.xlsx",
                "Safeguarding",
                (("2024-01-01", "Mr D Fairbrother (DSL)"),),
            ),
            "sch_b": Sheet(
                SCHOOL,
                "BrackleyMoor_Primary_Penfold.xlsx",
                "CPOMS",
                (("2024-01-01", "Ms Y Adeyemi (DSL)"),),
            ),
            "gp": Sheet(
                GP,
                "CaddingtonVale_HC_Penfold.docx",
                "Table 1",
                (("2024-01-01", "Dr R Sandhu"),),
            ),
            "ed": Sheet(
                ED,
                "WyvernValley_ED_Penfold_R.xlsx",
                "Attendances",
                (("2024-01-01", "Paeds ED"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Wyvern_Ambulance_Penfold.xlsx",
                "Incidents",
                (("2024-01-01", "Paramedic crew 4417"),),
            ),
            "fire": Sheet(
                FIRE,
                "Wyvernshire_FRS_Incident_250823.xlsx",
                "Incident log",
                (("2024-01-01", "Watch Manager L Brockhurst (Caddington Red Watch)"),),
            ),
            "hv": Sheet(
                HV,
                "WestCaddington_HV_Penfold_Mercy.xlsx",
                "Contacts",
                (("2024-01-01", "Tamsin Greaves HV"),),
            ),
            "eh_a": Sheet(
                EARLY_HELP,
                "Hambourne_EarlyHelp_Penfold.xlsx",
                "EH record",
                (("2024-01-01", "Paul Ferrant (Family Support Worker)"),),
            ),
            "csc_b": Sheet(
                CSC,
                "WestCaddington_Childrens_Services_Penfold.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "Family Help Hub"),
                    ("2025-06-10", "Lydia Spurling (SW)"),
                    ("2025-08-23", "EDT SW (A Mensah)"),
                    ("2025-08-24", "Lydia Spurling (SW)"),
                ),
            ),
        },
    )
    o = f.occ

    # -- Hambourne, autumn 2024 ----------------------------------------------------------------
    o(
        "2024-09-04",
        "starts-st-cuthwins",
        R(
            "sch_a",
            "Rylan started in Y5 today (in-year admission after the family's summer travelling). "
            "Mum brought him; TES teacher came to settle him in. Reading age approx 7.",
            "09:00",
            "Admission",
        ),
        R(
            "tes",
            "Supported Rylan's admission to St Cuthwin's, first day. Stayed for the morning. "
            "Mum anxious about bullying ('they called him a pikey at his last school').",
            "09:00",
            "School admission",
        ),
    )
    o(
        "2024-11-13",
        "eha-joint-visit",
        R(
            "eh_a",
            "Joint visit with Carol Dimmock (TES) to Shannon at plot 6, Oakapple Lane. Early Help "
            "Assessment started: attendance 84%, Rylan's reading, friction with plot 9 family, "
            "Shannon 12 weeks pregnant. Shannon agreed to a TAF.",
            "13:30",
            "Home visit",
        ),
        R(
            "tes",
            "Joint home visit with Paul (Early Help) to Oakapple Lane. EHA begun. Shannon happy "
            "for me to stay involved; dad working (tarmac) so not seen.",
            "13:30",
            "Home visit",
        ),
    )
    o(
        "2024-11-27",
        "taf-1",
        R(
            "eh_a",
            "Team Around the Family meeting at St Cuthwin's. Present: Shannon, DSL, TES, FSW. "
            "Plan: reading catch-up, attendance target 92%, referral to midwife confirmed.",
            "14:00",
            "TAF meeting",
        ),
        R(
            "sch_a",
            "TAF (Early Help) meeting held here for Rylan, 2pm.",
            "14:00",
            "Meeting",
        ),
        R(
            "tes",
            "TAF meeting at school. I will do reading sessions on site on Tuesdays.",
            "14:00",
            "Meeting",
        ),
    )

    # -- Dog bite, December 2024 ----------------------------------------------------------------
    o(
        "2024-12-14",
        "dog-bite-on-site",
        R(
            "sites",
            "Dog bite on site: Rylan bitten on the arm by the dog from plot 9 (lurcher cross) by "
            "the amenity block about 4.15pm. Mum took him to Wyvern Valley. Spoke to the owner, "
            "dog to be kept tethered; told him a second incident means a licence breach.",
            "17:30",
        ),
    )
    o(
        "2024-12-14",
        "dog-bite-ed",
        R(
            "ed",
            "TRIAGE 10M. Dog bite L forearm ~16:15, neighbour's dog on travellers' site. 2 "
            "puncture wounds + 3cm lac. Bleeding controlled. Pain 6/10, calpol given. Cat 3.",
            "17:22",
            "Triage",
        ),
        R(
            "ed",
            "Seen by ED reg: wounds irrigated, lac not sutured (bite), steristrips. Tetanus hx "
            "unclear - booster given. Co-amoxiclav 5/7. Dog known, not family's. Mum present, "
            "appropriate, supervision adequate. No safeguarding concerns.",
            "18:40",
            "Review",
        ),
        R(
            "ed",
            "D/C home with mother. Wound check 48h (practice nurse / return if red). Dog bite "
            "advice leaflet. Paed liaison form completed.",
            "19:05",
            "Discharge",
        ),
    )
    o(
        "2024-12-15",
        "dog-bite-reattend",
        R(
            "ed",
            "RE-ATTENDANCE. 10M seen yesterday with dog bite L forearm. Now increasing redness "
            "and swelling, temp 38.1. Cat 3.",
            "11:10",
            "Triage",
        ),
        R(
            "ed",
            "Paeds review: early cellulitis L forearm, marked. Oral co-amoxiclav dose increased, "
            "review in 24h on Paeds Assessment Unit if worse. D/C with mum.",
            "12:35",
            "Review",
        ),
    )
    o(
        "2024-12-16",
        "ed-notice-school",
        R(
            "ed",
            "Paediatric liaison: notification of 2 ED attendances (dog bite 14/12, re-attended "
            "15/12 with cellulitis) sent to school nurse team / school (St Cuthwin's).",
            "10:15",
            "Liaison",
        ),
        R(
            "sch_a",
            "Notification from Wyvern Valley paediatric liaison: Rylan attended A&E twice at "
            "the weekend after a dog bite. Class teacher told; PE adapted.",
            "09:00",
            "Medical",
            shift="late",
        ),
    )

    # -- Leaving Oakapple Lane; the encampment and eviction, 2025 ------------------------------
    o(
        "2025-02-24",
        "leaves-oakapple",
        R(
            "sites",
            "Penfold family vacated plot 6 this morning after the licence was ended (dispute "
            "with plot 9). Trailer and 2 vans. Keys to amenity block returned. Said they are "
            "'going Caddington way'.",
            "10:00",
        ),
        R(
            "tes",
            "Shannon rang: they pulled off Oakapple Lane yesterday and are stopping on Millbrook "
            "Road rec ground in West Caddington. Rylan not in school this week.",
            "11:20",
            "Move",
            shift="late",
        ),
    )
    o(
        "2025-02-25",
        "encampment-police",
        R(
            "police",
            "UNAUTHORISED ENCAMPMENT MILLBROOK RD RECREATION GROUND, WEST CADDINGTON. 6 "
            "CARAVANS, 8 VEHICLES. WELFARE CHECKS DONE - 5 CHILDREN INCL 1 X 10YR (PENFOLD). "
            "LIAISED WITH WCDC ENFORCEMENT. NO OFFENCES.",
            "13:15",
            "Encampment",
            ref="Log 0612-250225",
        ),
    )
    o(
        "2025-02-26",
        "cme-check",
        R(
            "sch_a",
            "CME checks: Rylan absent since 21/02. Rang mum - family have moved to West "
            "Caddington, will not be returning. TES informed. Kept on roll while checks "
            "complete.",
            "10:30",
            "Attendance",
        ),
    )
    o(
        "2025-03-07",
        "off-roll-st-cuthwins",
        R(
            "sch_a",
            "Leaver: Rylan removed from roll today. CME process complete; family confirmed "
            "living in West Caddington (TES). CTF to follow once new school known.",
            "14:00",
            "Leaver",
        ),
        R(
            "tes",
            "Confirmed with St Cuthwin's: Rylan off roll today. CME notification to West "
            "Caddington education. I will help with an in-year application.",
            "14:30",
            "School change",
            shift="swap",
        ),
    )
    o(
        "2025-03-17",
        "s61-served",
        R(
            "police",
            "S61 CJPOA DIRECTION SERVED ON OCCUPANTS OF 6 CARAVANS AT MILLBROOK RD REC GROUND "
            "TO LEAVE BY 06:00 18/03. DIRECTION EXPLAINED TO T PENFOLD, WHO WAS ABUSIVE BUT "
            "COMPLIED.",
            "19:40",
            "Encampment",
            ref="Log 1455-170325",
        ),
    )
    o(
        "2025-03-18",
        "eviction",
        R(
            "police",
            "OP HAWTHORN. EVICTION OF UNAUTHORISED ENCAMPMENT MILLBROOK RD. 12 OFFICERS, WCDC "
            "ENFORCEMENT, BAILIFFS. 4 UNITS LEFT VOLUNTARILY, 2 TOWED. PENFOLD FAMILY (INCL 10YR "
            "BOY, PREGNANT FEMALE) DIRECTED TO FERNHILL TRANSIT SITE. NO ARRESTS.",
            "06:05",
            "Encampment",
            ref="Log 0218-180325",
        ),
    )
    o(
        "2025-03-18",
        "eviction-ppn",
        R(
            "csc_b",
            "Police notification received (PPN) re an early morning eviction of an unauthorised "
            "encampment on Millbrook Road; children present, including Rylan Penfold (10), whose "
            "mother is pregnant. Family believed to be moving to Fernhill transit site. No "
            "previous involvement in West Caddington; screening to check Hambourne records.",
            "11:30",
            "Contact",
        ),
    )
    o(
        "2025-03-18",
        "arrive-fernhill",
        R(
            "sites",
            "Penfold family (trailer + van) arrived on pitch 3 at 2pm after the Millbrook Rd "
            "eviction. 13-week transit licence signed by Tommy. Site rules explained.",
            "14:00",
        ),
        R(
            "tes",
            "Family now on Fernhill transit site, pitch 3 (moved on yesterday after the "
            "eviction). Visit booked.",
            "09:40",
            "Move",
            shift="late",
        ),
    )
    o(
        "2025-03-25",
        "gp-temp-registration",
        R(
            "gp",
            "Temporary resident registration (Fernhill transit site, pitch 3): Shannon Penfold "
            "(28/40, booked at Wyvern Valley) and Rylan Penfold (10). New patient checks "
            "booked. Translator not needed. Literacy support offered for forms.",
            "11:00",
            "Registration",
        ),
        R(
            "tes",
            "Went with Shannon to Caddington Vale Health Centre; she and Rylan registered as "
            "temporary residents. Helped with the forms.",
            "11:00",
            "Health",
        ),
    )
    o(
        "2025-04-02",
        "eha-transfer",
        R(
            "eh_a",
            "Early Help Assessment, plan and TAF notes sent by secure email to West Caddington "
            "Family Help Hub (transfer in: family now resident at Fernhill transit site). Case "
            "to close in Hambourne on acceptance.",
            "15:40",
            "Transfer out",
        ),
        R(
            "csc_b",
            "Family Help Hub: Early Help transfer-in received from Hambourne Early Help (EHA "
            "and plan, Rylan Penfold). Accepted; family support worker to be allocated.",
            "09:15",
            "Transfer in",
            shift="late",
        ),
    )
    o(
        "2025-04-08",
        "eha-transfer-call",
        R(
            "csc_b",
            "Telephone call with Paul Ferrant (Hambourne Early Help) about the transfer: dog "
            "bite, eviction, Rylan's reading, dad rarely available. Hambourne case closed.",
            "14:20",
            "Telephone",
        ),
        R(
            "eh_a",
            "Call from West Caddington Family Help re transfer. Handover given. Closed to "
            "Hambourne EH.",
            "14:20",
            "Telephone",
        ),
    )
    o(
        "2025-04-23",
        "starts-brackley-moor",
        R(
            "sch_b",
            "New starter: Rylan (Y5) joined us today from Fernhill. TES teacher Mrs Dimmock "
            "attended. Buddy assigned. Dog bite scar L arm noted (mum explained).",
            "08:50",
            "Admission",
        ),
        R(
            "tes",
            "Rylan started at Brackley Moor Primary. Met the class teacher; reading plan "
            "passed on.",
            "08:50",
            "School admission",
            shift="+1",
        ),
    )
    o(
        "2025-05-19",
        "mercy-born",
        R(
            "hv",
            "Birth notification: female infant Mercy Penfold born 19/05/25 14:12 at Wyvern "
            "Valley Hospital, SVD, 3.21kg. Home address Fernhill transit site pitch 3. NBV to be "
            "booked.",
            "10:00",
            "Birth notification",
            shift="late",
        ),
        R(
            "gp",
            "Birth: Mercy Penfold, born 19/05/25 Wyvern Valley, SVD, 3.21kg. Mother temp "
            "resident here.",
            "12:30",
            "Birth",
            shift="late",
        ),
    )
    o(
        "2025-05-28",
        "mercy-gp-registration",
        R(
            "gp",
            "Temporary registration: Mercy Penfold, dob 19/05/25 (Fernhill transit site). 6-8 "
            "week check to be booked.",
            "09:40",
            "Registration",
        ),
    )
    o(
        "2025-05-30",
        "hv-nbv",
        R(
            "hv",
            "Contact type: New birth visit (home, Fernhill pitch 3). Seen Mercy, Shannon, "
            "Rylan. Feeding: bottle. Weight 3.30kg. Trailer warm, gas heater - fire safety "
            "discussed, smoke alarm present. Outcome: 6-8wk contact, transfer if family move.",
            "10:30",
            "New birth visit",
        ),
    )
    o(
        "2025-05-30",
        "tes-visit-same-day",
        R(
            "tes",
            "Visit to Fernhill pitch 3 (after school) to talk about Rylan's attendance since the "
            "baby came (79%). Mum tired. Rylan showed me his sister.",
            "15:30",
            "Home visit",
        ),
    )

    # -- Rylan's disclosure; the strategy discussion by phone, June 2025 -----------------------
    o(
        "2025-06-10",
        "disclosure",
        R(
            "sch_b",
            "Rylan arrived with a bruise on his upper L arm. Said dad grabbed him and hit him "
            "with a belt last night when he would not come in. Body map done. Not questioned "
            "further.",
            "09:20",
            "Disclosure",
        ),
    )
    o(
        "2025-06-10",
        "school-calls-front-door",
        R(
            "sch_b",
            "I phoned West Caddington front door re Rylan's disclosure and bruise. Advised "
            "not to tell parents; SW to call back.",
            "10:05",
            "Referral to CSC",
        ),
        R(
            "csc_b",
            "Contact from Ms Adeyemi, DSL at Brackley Moor Primary, by telephone: Rylan (10) "
            "has a bruise to his upper arm and says his father grabbed him and hit him with a "
            "belt last night. Mother has a three-week-old baby. Family on Fernhill transit "
            "site; open to Family Help.",
            "10:05",
            "Contact",
        ),
    )
    o(
        "2025-06-10",
        "front-door-decision",
        R(
            "csc_b",
            "Front door decision: threshold met for a strategy discussion (physical harm, "
            "implement used, infant in household). Police CAIT and health to be invited to a "
            "telephone strategy discussion tomorrow morning.",
            "13:00",
            "Decision",
        ),
    )
    o(
        "2025-06-11",
        "strategy-by-phone",
        R(
            "csc_b",
            "Strategy discussion held by telephone conference (chair: team manager). Agencies: "
            "police CAIT, Brackley Moor DSL, GP, health visitor, TES. Agreed: joint s47 "
            "enquiries today, CP medical if bruise persists, safety plan for Mercy, father to "
            "leave the trailer pending enquiries.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "police",
            "STRAT DISC (TELEPHONE) 11:00. S47 JOINT INVESTIGATION AGREED. CRIME RECORDED: "
            "ABH / CHILD CRUELTY - SUSPECT FATHER TOMMY PENFOLD. VISIT TODAY WITH SW.",
            "11:00",
            "Strategy",
            ref="Crime WY/25/41187",
        ),
        R(
            "sch_b",
            "I took part in the strategy meeting over the phone (11am). Shared Rylan's account "
            "and the body map.",
            "11:00",
            "Meeting",
        ),
        R(
            "gp",
            "Telephone strategy meeting re Rylan - GP input: temp resident since March, no "
            "previous injuries recorded here, 2 ED attendances Dec (dog bite) in old records.",
            "11:00",
            "Safeguarding",
            shift="-1",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion (telephone). HV shared NBV findings for Mercy: "
            "no concerns. Outcome: HV to visit weekly during s47.",
            "11:00",
            "Safeguarding",
        ),
    )
    o(
        "2025-06-11",
        "s47-joint-visit",
        R(
            "csc_b",
            "Joint visit with DC Elphick to Fernhill pitch 3. Rylan seen alone: repeated his "
            "account. Tommy admitted 'giving him a smack with the belt' and agreed to stay with "
            "his brother on site pitch 5 while enquiries continue. Mercy seen, no marks.",
            "15:30",
            "Section 47",
        ),
        R(
            "police",
            "JOINT VISIT WITH SW TO FERNHILL TRANSIT SITE PITCH 3. CHILD SPOKEN TO. FATHER "
            "ADMITTED USING BELT. VOLUNTARY INTERVIEW TO BE ARRANGED. SAFETY PLAN IN PLACE.",
            "15:30",
            "Investigation",
            ref="Crime WY/25/41187",
        ),
    )
    o(
        "2025-06-20",
        "s47-outcome",
        R(
            "csc_b",
            "Section 47 enquiries concluded: significant harm substantiated but parents engaging "
            "and father accepts wrongdoing; not to ICPC. Child in Need plan with parenting "
            "support (Triple P) and Family Help. Father returned to the trailer with safety plan.",
            "16:00",
            "Section 47 outcome",
        ),
    )
    o(
        "2025-07-18",
        "leaves-brackley-moor",
        R(
            "sch_b",
            "Leaver: Rylan's last day. Family travelling over the summer and plan to return to "
            "Hambourne in September. CTF to St Cuthwin's when confirmed.",
            "15:15",
            "Leaver",
        ),
        R(
            "tes",
            "Rylan leaving Brackley Moor at end of term today; family hope for a plot back at "
            "Oakapple Lane. I will liaise with St Cuthwin's.",
            "15:15",
            "School change",
        ),
    )

    # -- Fire at the trailer, 23 August 2025 ----------------------------------------------------
    o(
        "2025-08-23",
        "trailer-fire",
        R(
            "fire",
            "INC 250823/0041. Time of call 02:41. Caravan/trailer fire, Fernhill Transit Site "
            "pitch 3. Mobilised Caddington P1, P2 02:42; in attendance 02:51. Touring caravan "
            "100% fire damage. 4 occupants (2 adults, 1 child, 1 infant) self-evacuated before "
            "arrival. 2 BA, 1 HRJ. Stop message 03:34. Cause: accidental - gas heater (TBC FIU).",
            "02:41",
            "Fire - dwelling (caravan)",
            ref="INC 250823/0041",
        ),
        R(
            "police",
            "LOG 0094 23/08/25. FIRE AT FERNHILL TRANSIT SITE PITCH 3. ATTENDED WITH FRS AND "
            "AMBULANCE. PENFOLD FAMILY ALL OUT, 11YR BOY TO HOSPITAL BY AMBULANCE. NO "
            "SUSPICIOUS CIRCS AT THIS TIME. EDT INFORMED.",
            "02:55",
            "Fire",
            ref="Log 0094-230825",
        ),
        R(
            "amb",
            "Cat 2 - fire, persons involved. On scene 02:58 with FRS/police. Pt 1 M 11y smoke "
            "inhalation, cough, SpO2 94% RA -> O2, conveyed Wyvern Valley ED. Pt 2 infant 3/12 "
            "assessed, obs normal, not conveyed. Adults declined.",
            "02:58",
            "Incident",
            ref="CAD 88123",
        ),
        R(
            "csc_b",
            "EDT: during the night the Penfold family's caravan at Fernhill transit site was "
            "destroyed by fire. Everyone got out; Rylan was taken to hospital with smoke "
            "inhalation and the baby was checked by paramedics. The EDT social worker went out "
            "with police; the family have somewhere to sleep on site with relatives.",
            "03:50",
            "Out of hours",
        ),
    )
    o(
        "2025-08-23",
        "fire-ed",
        R(
            "ed",
            "TRIAGE 11M smoke inhalation, caravan fire approx 02:40. BIBA with mum. Cough, SpO2 "
            "96% on O2. Soot in nares. Cat 2.",
            "03:25",
            "Triage",
        ),
        R(
            "ed",
            "Obs settled on air, CXR NAD, COHb 2%. No burns. D/C with mum 05:10, safety-netted. "
            "Paed liaison aware (house fire).",
            "05:10",
            "Discharge",
        ),
    )
    o(
        "2025-08-23",
        "pitch-move-after-fire",
        R(
            "sites",
            "Fire overnight on pitch 3 - family's tourer burnt out, area taped off for FIU. "
            "Family moved onto the empty pitch 7 with a caravan loaned by relatives.",
            "08:30",
        ),
    )
    o(
        "2025-08-25",
        "fire-ppn",
        R(
            "csc_b",
            "Police PPN received (Log 0094) about the fire at Fernhill on Saturday. Noted; "
            "allocated SW to visit.",
            "10:10",
            "Police notification",
        ),
    )

    # -- Back to Hambourne, September 2025 ------------------------------------------------------
    o(
        "2025-09-01",
        "back-to-oakapple",
        R(
            "sites",
            "Penfold family allocated plot 2, Oakapple Lane; moved on today with a borrowed "
            "trailer. New licence signed (Shannon and Tommy). Plot 9 family have left.",
            "11:00",
        ),
        R(
            "tes",
            "Family back at Oakapple Lane today (plot 2). Rylan to go back to St Cuthwin's.",
            "13:00",
            "Move",
        ),
    )
    o(
        "2025-09-03",
        "hv-transfer-out",
        R(
            "hv",
            "Contact type: Transfer out. Family moved to Hambourne (Oakapple Lane plot 2). "
            "Records and handover sent to Hambourne HV team.",
            "",
            "Transfer",
            shift="month",
        ),
    )
    o(
        "2025-09-08",
        "back-to-st-cuthwins",
        R(
            "sch_a",
            "Rylan re-admitted (Y6) today. Welcome back! Reading plan from Brackley Moor "
            "received via TES.",
            "08:50",
            "Admission",
        ),
        R(
            "tes",
            "Rylan back at St Cuthwin's today, Y6. Settled quickly.",
            "09:30",
            "School admission",
        ),
    )
    o(
        "2025-09-10",
        "transfer-back",
        R(
            "csc_b",
            "Case transfer: CIN plan, s47 outcome and Family Help record sent to Hambourne "
            "Children's Services / Early Help as the family have moved back. West Caddington "
            "case to close on acceptance.",
            "15:00",
            "Transfer out",
        ),
        R(
            "eh_a",
            "Transfer in from West Caddington (CIN plan, s47 summary) received. Re-opened to "
            "Early Help (step-down). Allocated to Paul Ferrant again.",
            "09:30",
            "Transfer in",
            shift="late",
        ),
    )
    o(
        "2025-10-08",
        "taf-2",
        R(
            "eh_a",
            "TAF review at St Cuthwin's. Present: Shannon, Tommy, DSL, TES. Attendance 95% "
            "since return; Triple P completed; fire safety visit done. Plan continues.",
            "14:00",
            "TAF meeting",
        ),
        R(
            "sch_a",
            "Early Help TAF review for Rylan held here at 2pm. Both parents came.",
            "14:00",
            "Meeting",
        ),
        R(
            "tes",
            "TAF review at St Cuthwin's. Dad attended for the first time.",
            "14:00",
            "Meeting",
        ),
    )

    # -- Routine single entries -----------------------------------------------------------------
    f.fill(
        "tes",
        "2024-09-09",
        "2025-10-17",
        [
            ("Reading", "Reading session on site with Rylan (phonics, book band 4)."),
            ("Attendance", "Attendance check with school: 88% this half term."),
            ("Home visit", "Visited family on site; mum asking about secondary schools."),
            ("Reading", "Reading session: Rylan read to his nan, proud."),
            ("Liaison", "Phoned school re Rylan's reading assessment results."),
            ("Reading", "Reading session on site: book band 6 now."),
            ("Liaison", "Termly report to Head of Virtual School re Traveller pupils."),
        ],
    )
    f.fill(
        "sites",
        "2024-09-09",
        "2025-02-21",
        [
            ("", "Pitch fee paid up to date (plot 6)."),
            ("", "Complaint from plot 9 about vans parked on the access road. Spoke to Tommy."),
            ("", "Site inspection: plot 6 tidy, gas bottles stored correctly."),
        ],
    )
    f.fill(
        "sites",
        "2025-03-19",
        "2025-08-20",
        [
            ("", "Pitch 3 fee paid for 4 weeks."),
            ("", "Water leak at the amenity block fixed."),
            ("", "Reminder to all pitches: no fires or barbecues near the tourers."),
        ],
    )
    f.fill(
        "sch_a",
        "2024-09-09",
        "2025-02-14",
        [
            ("Attendance", "Rylan absent (family at a funeral in Kent), authorised."),
            ("Behaviour", "Rylan in a fight at lunch after name-calling; both boys spoken to."),
            ("Parent contact", "Mum came in to meet the class teacher about reading."),
        ],
    )
    f.fill(
        "sch_a",
        "2025-09-15",
        "2025-10-24",
        [("Wellbeing", "Rylan talked in circle time about the fire; worry box used.")],
    )
    f.fill(
        "sch_b",
        "2025-04-28",
        "2025-07-11",
        [
            ("Attendance", "Rylan late (baby kept them up), breakfast given."),
            ("Wellbeing", "Rylan proud telling class about his baby sister."),
        ],
    )
    f.fill(
        "gp",
        "2025-03-26",
        "2025-05-09",
        [
            ("Antenatal", "Shannon: 32/40 check (shared care), BP normal, FH heard."),
            ("Consultation", "Rylan: asthma review, inhaler technique OK."),
        ],
    )
    f.fill(
        "gp",
        "2025-07-14",
        "2025-08-29",
        [
            ("Immunisation", "Mercy: 8 week immunisations given."),
            ("Postnatal", "Shannon: 6-week postnatal check, mood OK, contraception discussed."),
        ],
    )
    f.fill(
        "hv",
        "2025-06-01",
        "2025-06-27",
        [
            ("Weekly visit", "Contact type: Home visit. Mercy weight 4.1kg. Outcome: weekly."),
            ("Weekly visit", "Contact type: Home visit. No one home; card left."),
        ],
    )
    f.fill(
        "hv",
        "2025-06-30",
        "2025-07-18",
        [("6-8 week", "Contact type: 6-8 week review. Mercy thriving. Outcome: universal.")],
    )
    f.fill(
        "eh_a",
        "2024-10-01",
        "2025-02-21",
        [
            ("Home visit", "FSW visit to plot 6: routines chart; Shannon tired but coping."),
            ("Telephone", "Call with Shannon re midwife appointment transport."),
            ("Home visit", "FSW visit: no one home, text sent."),
        ],
    )
    f.fill(
        "csc_b",
        "2025-04-14",
        "2025-06-05",
        [("Family Help", "FSW visit to Fernhill: bedtime routine, school uniform grant.")],
    )
    f.fill(
        "csc_b",
        "2025-06-23",
        "2025-08-20",
        [
            ("CIN visit", "CIN visit: Rylan seen alone, says dad 'hasn't done it again'."),
            ("Case note", "Voluntary police interview of father completed - outcome awaited."),
            ("Family Help", "FSW visit: Triple P session 4, dad present."),
        ],
    )
    f.fill(
        "fire",
        "2025-09-15",
        "2025-10-31",
        [
            (
                "Safe and Well visit",
                "Safe and Well visit, Oakapple Lane plot 2: 2 smoke alarms + CO alarm fitted, "
                "heater safety and escape plan discussed with parents and Rylan.",
            )
        ],
    )
    f.fill(
        "police",
        "2024-10-01",
        "2025-01-31",
        [
            (
                "ASB",
                "REPORT OF YOUTHS (INCL R PENFOLD 10) THROWING STONES AT SITE SIGN, OAKAPPLE "
                "LANE. WORDS OF ADVICE TO PARENTS.",
            )
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Brannigan family, Wexcombe. Theo Brannigan (b. 07/11/2024) lives with his mother
# Kayleigh Dunmore (22) and father Connor Brannigan (25) at Flat 4, 19 Sorrel Street, Wexcombe
# WX2 6HD; registered at Canal Wharf Medical Practice. At six months a spiral fracture of the
# left femur and a metaphyseal fracture of the right tibia; Wexcombe Royal Infirmary (Kestrel
# Ward). Both parents arrested, bailed, then released under investigation; Theo with foster
# carers Gail and Roy Tennant under an interim care order; weekly supervised contact at
# Rushmere Family Centre; a finding-of-fact hearing at Wexcombe Family Court.
# --------------------------------------------------------------------------------------------


def _contact(f: _Family, day: str, text: str, carer: str = "", shift: str = "") -> None:
    """One supervised contact session, with the foster carer's note of it when she wrote one."""
    records = [R("contact", text, "10:00", "Supervised contact")]
    if carer:
        records.append(R("fostering", carer, "", "Contact", shift=shift))
    f.occ(day, "contact", *records)


def _brannigan() -> BlindCase:
    f = Family(
        "brannigan",
        2503,
        {
            "gp": Sheet(
                GP,
                "CanalWharf_MP_Brannigan_T.docx",
                "Table 1",
                (("2024-01-01", "Dr M Quarshie"),),
            ),
            "hv": Sheet(
                HV,
                "Wexcombe_HV_Theo_B.xlsx",
                "Contacts",
                (("2024-01-01", "Sally Prentice HV"), ("2025-05-19", "Orla Daintree HV")),
            ),
            "ed": Sheet(
                ED,
                "WRI_ChildrensED_Brannigan.xlsx",
                "ED notes",
                (("2024-01-01", "Dr F Halloran (ED StR)"),),
            ),
            "ortho": Sheet(
                ORTHO,
                "WRI_PaedOrtho_KestrelWard_Theo.xlsx",
                "Inpatient and clinic",
                (("2024-01-01", "Mr J Tobias (Cons Paed Ortho)"),),
            ),
            "cpp": Sheet(
                CP_PAEDS,
                "WRI_SafeguardingPaeds_Theo_B.xlsx",
                "CP",
                (("2024-01-01", "Dr A Oyelaran (Cons Paediatrician)"),),
            ),
            "eyes": Sheet(
                EYES,
                "WRI_Ophthalmology_Theo_B.xlsx",
                "Clinic",
                (("2024-01-01", "Miss K Draycott (Cons Ophthalmologist)"),),
            ),
            "police": Sheet(
                POLICE,
                "Wessford_Constabulary_CAIT_Brannigan.xlsx",
                "CAIT log",
                (("2024-01-01", "DC 2718 L FARRANT"),),
            ),
            "csc": Sheet(
                CSC,
                "Wexcombe_CSC_Theo_Brannigan.xlsx",
                "Chronology",
                (("2024-01-01", "EDT SW Priya Lall"), ("2025-05-12", "Rebecca Onslow (SW)")),
            ),
            "fostering": Sheet(
                FOSTERING,
                "Foster_Carer_Log_Tennant_Theo.xlsx",
                "Daily log",
                (("2024-01-01", "Gail Tennant (foster carer)"),),
                typed=False,
            ),
            "contact": Sheet(
                CONTACT,
                "Rushmere_Contact_Records_Theo.xlsx",
                "Sessions",
                (("2024-01-01", "Deborah Nkemelu (contact supervisor)"),),
                typed=False,
            ),
            "legal": Sheet(
                LEGAL,
                "Wexcombe_Legal_Brannigan_proceedings.xlsx",
                "Case log",
                (("2024-01-01", "S Marwood (LA solicitor)"),),
            ),
            "cafcass": Sheet(
                CAFCASS,
                "Cafcass_Guardian_Brannigan.xlsx",
                "Case recording",
                (("2024-01-01", "Helen Strickland (Children's Guardian)"),),
            ),
        },
    )
    o = f.occ

    # -- Birth and early months -----------------------------------------------------------------
    o(
        "2024-11-07",
        "birth",
        R(
            "hv",
            "Contact type: Birth notification. Male infant Theo born 07/11/24 at Wexcombe "
            "Royal Infirmary, 39+2, SVD, 3.42kg. Parents Kayleigh Dunmore and Connor Brannigan, "
            "Flat 4, 19 Sorrel St. Outcome: NBV to book.",
            "11:00",
            "Birth notification",
            shift="late",
        ),
        R(
            "gp",
            "Birth notification received: Theo Brannigan born 07/11/24 WRI, 3.42kg, SVD. To "
            "register.",
            "14:15",
            "Birth",
            shift="late",
        ),
    )
    o(
        "2024-11-20",
        "nbv",
        R(
            "hv",
            "Contact type: New birth visit. Theo seen, weight 3.50kg, breast and formula. Both "
            "parents present; Connor works nights at a warehouse. Small flat, tidy. Outcome: "
            "universal service.",
            "10:30",
            "New birth visit",
        ),
    )
    o(
        "2024-11-27",
        "gp-registration",
        R(
            "gp",
            "New registration: Theo Brannigan (dob 07/11/24). Linked to mother's record.",
            "09:30",
            "Registration",
        ),
    )
    o(
        "2025-01-06",
        "gp-8wk",
        R(
            "gp",
            "S: 8 week baby check, mum attends. O: hips stable, red reflex present bilat, "
            "testes descended, wt 5.1kg. A: normal check. P: imms today.",
            "10:10",
            "Baby check",
        ),
    )
    o(
        "2025-01-07",
        "hv-6-8wk",
        R(
            "hv",
            "Contact type: 6-8 week review (clinic). Wt 5.1kg (50th). Mood screen for "
            "Kayleigh: EPDS 9. Outcome: universal, 3-4 month contact.",
            "14:00",
            "6-8 week review",
        ),
    )
    o(
        "2025-03-18",
        "gp-bruise",
        R(
            "gp",
            "S: mum brings Theo (4/12) with nappy rash. O: erythematous rash nappy area, "
            "satellite lesions; incidental 1cm bruise L inner thigh, mum says from the car seat "
            "strap. A: candidal nappy rash; bruise noted. P: clotrimazole, advice.",
            "11:40",
            "Consultation",
        ),
    )
    o(
        "2025-03-20",
        "hv-3-4m",
        R(
            "hv",
            "Contact type: 3-4 month contact (home). Theo alert, rolling. Kayleigh mentioned GP "
            "had seen a bruise from the car seat. Not observed today. Outcome: universal.",
            "13:00",
            "3-4 month contact",
        ),
    )

    # -- 11 May 2025: the emergency department and the admission -------------------------------
    o(
        "2025-05-11",
        "ed-attendance",
        R(
            "ed",
            "TRIAGE: 6/12 M BIBP (both parents). Crying when L leg moved since this afternoon, "
            "swelling L thigh. Hx per father: 'rolled off the sofa' ~15:00. HR 168, T 36.9. "
            "Cat 2. Paeds ED.",
            "19:52",
            "Triage",
        ),
        R(
            "ed",
            "Reg review: XR L femur - spiral # mid-shaft L femur. Non-mobile infant; mechanism "
            "not consistent with injury. Delay ~4h. Safeguarding concern. D/W paed ortho + on "
            "call paeds consultant.",
            "20:40",
            "Review",
        ),
        R(
            "ed",
            "Oral morphine 50mcg/kg. Backslab. Plan: admit under paed ortho (Kestrel), skeletal "
            "survey + CP medical tomorrow. Parents informed of concerns - father angry.",
            "22:05",
            "Outcome",
        ),
    )
    o(
        "2025-05-11",
        "ed-refers-edt",
        R(
            "ed",
            "Telephone referral to EDT social worker (Priya) re unexplained femoral # in "
            "6/12 infant. Parents agreed to stay on ward; no unsupervised care.",
            "22:20",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Telephone referral from the registrar in the WRI children's ED: Theo Brannigan, six "
            "months, has a spiral fracture of the left femur; the explanation (rolled off a "
            "sofa) does not fit a baby who cannot crawl. Parents agreed to remain with him on "
            "the ward with nursing staff present. Strategy discussion to be held tomorrow.",
            "22:20",
            "Referral",
        ),
    )
    o(
        "2025-05-11",
        "edt-tells-police",
        R(
            "csc",
            "EDT telephoned the police CAIT on-call officer to share the ED referral.",
            "23:00",
            "Telephone",
        ),
        R(
            "police",
            "CALL FROM WEXCOMBE EDT: 6 MONTH OLD MALE, SPIRAL # FEMUR, UNEXPLAINED. PARENTS "
            "KAYLEIGH DUNMORE / CONNOR BRANNIGAN. CAIT TO ATTEND STRAT 12/05.",
            "23:05",
            "Referral",
            ref="OEL 25/9931",
        ),
    )
    o(
        "2025-05-11",
        "ward-admission",
        R(
            "ortho",
            "Admitted to Kestrel Ward under paed ortho from ED. Spiral # L femur. Plan: hip "
            "spica under GA tomorrow. Nursing: parents not to be left alone with Theo.",
            "23:40",
            "Admission",
        ),
    )

    # -- 12-13 May: strategy, surveys, medical, arrests ----------------------------------------
    o(
        "2025-05-12",
        "gp-info-for-strategy",
        R(
            "gp",
            "Safeguarding info emailed to CSC for strategy meeting: consultations incl bruise "
            "L inner thigh 18/03 (car seat explanation).",
            "09:15",
            "Safeguarding",
        ),
    )
    o(
        "2025-05-12",
        "strategy",
        R(
            "csc",
            "Strategy meeting (MS Teams), chaired by the team manager, with CAIT, the "
            "safeguarding paediatrician, the health visitor and ward staff. GP information "
            "shared, including a bruise in March. Agreed: s47 enquiries jointly with police; "
            "skeletal survey and CP medical today; ophthalmology; no unsupervised contact.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "police",
            "STRATEGY MEETING 10:00 (TEAMS). JOINT S47. CRIME RECORDED: GBH (CHILD) - "
            "SUSPECTS BOTH CARERS. ARREST STRATEGY AGREED FOR 13/05.",
            "10:00",
            "Strategy",
            ref="Crime 52/18870/25",
        ),
        R(
            "cpp",
            "Attended strategy discussion. Advised: skeletal survey (today), CT head, "
            "ophthalmology, bloods (bone profile, clotting), repeat survey 11-14 days.",
            "10:00",
            "Strategy",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion (Teams). HV shared contacts to date incl "
            "mother's report of a bruise in March. Outcome: HV to attend ICPC.",
            "10:00",
            "Safeguarding",
            shift="+1",
        ),
    )
    o(
        "2025-05-12",
        "skeletal-survey",
        R(
            "cpp",
            "Skeletal survey (SS) day 0: spiral # L femoral shaft; classic metaphyseal lesion "
            "(CML) distal R tibia; no rib fractures. CT head: normal. Bloods normal.",
            "13:30",
            "Investigation",
        ),
    )
    o(
        "2025-05-12",
        "cp-medical",
        R(
            "cpp",
            "Child protection medical (CPM) on Kestrel Ward, SW present. No bruises, no oral "
            "injury. Two fractures of different types; no explanation for the tibial CML. "
            "Opinion: highly suspicious of inflicted injury.",
            "15:30",
            "CP medical",
        ),
        R(
            "csc",
            "Attended the child protection medical on the ward with Dr Oyelaran. Theo was "
            "examined fully; no bruising. The doctor's opinion is that the two fractures are "
            "highly likely to have been inflicted.",
            "15:30",
            "Section 47",
        ),
    )
    o(
        "2025-05-12",
        "spica",
        R(
            "ortho",
            "Theatre: closed reduction and hip spica L under GA. Uneventful. Back to ward.",
            "17:10",
            "Procedure",
        ),
    )
    o(
        "2025-05-13",
        "father-arrest",
        R(
            "police",
            "ARREST: CONNOR BRANNIGAN (25) AT FLAT 4, 19 SORREL ST 07:05 ON SUSPICION OF GBH "
            "(CHILD). CONVEYED WEXCOMBE CUSTODY. FLAT SEARCHED, SOFA MEASURED.",
            "07:05",
            "Arrest",
            ref="Crime 52/18870/25",
        ),
    )
    o(
        "2025-05-13",
        "mother-arrest",
        R(
            "police",
            "ARREST: KAYLEIGH DUNMORE (22) ON KESTREL WARD, WRI 07:20 ON SUSPICION OF GBH "
            "(CHILD). CONVEYED WEXCOMBE CUSTODY.",
            "07:20",
            "Arrest",
            ref="Crime 52/18870/25",
        ),
        R(
            "ortho",
            "Nursing: mother arrested on the ward by police at 07:20 and left with officers. "
            "Theo settled, fed by HCA.",
            "07:30",
            "Nursing",
        ),
    )
    o(
        "2025-05-13",
        "police-tell-csc",
        R(
            "csc",
            "DC Farrant rang: both parents arrested this morning and in custody for interview. "
            "Ward aware; Theo's care by nursing staff.",
            "09:00",
            "Telephone",
        ),
    )
    o(
        "2025-05-13",
        "eyes",
        R(
            "eyes",
            "Dilated fundoscopy (RetCam) both eyes: no retinal haemorrhages, discs healthy. "
            "Letter to Dr Oyelaran.",
            "09:40",
            "Ophthalmology",
        ),
    )
    o(
        "2025-05-13",
        "mother-bail",
        R(
            "police",
            "DUNMORE INTERVIEWED (SOLICITOR PRESENT): ACCOUNT GIVEN, NOT PRESENT AT 15:00. "
            "RELEASED ON PRE-CHARGE BAIL TO 13/08/25. CONDS: NO UNSUPERVISED CONTACT WITH ANY "
            "CHILD U16.",
            "19:15",
            "Bail",
            ref="Crime 52/18870/25",
        ),
    )
    o(
        "2025-05-13",
        "father-bail",
        R(
            "police",
            "BRANNIGAN INTERVIEWED: NO COMMENT. RELEASED ON PRE-CHARGE BAIL TO 13/08/25. "
            "CONDS: NO UNSUPERVISED CONTACT WITH ANY CHILD U16, NOT TO ATTEND WRI EXCEPT "
            "ARRANGED VISITS.",
            "21:40",
            "Bail",
            ref="Crime 52/18870/25",
        ),
    )

    # -- Proceedings and placement --------------------------------------------------------------
    o(
        "2025-05-14",
        "legal-planning",
        R(
            "csc",
            "Legal planning meeting with the LA solicitor and service manager: threshold met; "
            "application for an interim care order to be issued; plan for foster care on "
            "discharge with supervised contact.",
            "11:00",
            "Legal planning",
        ),
        R(
            "legal",
            "Legal gateway meeting: advice given - threshold (s31) crossed; issue C110A urgently; "
            "seek ICO, Part 25 radiology expert.",
            "11:00",
            "Meeting",
        ),
    )
    o(
        "2025-05-15",
        "issue",
        R(
            "legal",
            "C110A issued, Wexcombe Family Court. First hearing (ICO) listed 16/05 at 10:00, "
            "short notice to parents' solicitors.",
            "15:20",
            "Issue",
        ),
    )
    o(
        "2025-05-15",
        "guardian-allocated",
        R(
            "cafcass",
            "Case allocated to Children's Guardian Helen Strickland. Solicitor for the child "
            "appointed (Mr O Pilbeam). Papers read.",
            "16:30",
            "Allocation",
        ),
    )
    o(
        "2025-05-16",
        "ico-hearing",
        R(
            "legal",
            "ICO hearing before DJ Amberley: interim care order (s38) made to LA, not opposed "
            "on an interim basis. Directions: Part 25 paediatric radiologist, parents' "
            "statements, supervised contact weekly. Next: CMH 20/06.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Interim care order granted at Wexcombe Family Court today. Parents did not oppose. "
            "Theo will go to foster carers on discharge.",
            "",
            "Court",
        ),
        R(
            "cafcass",
            "First hearing (ICO). Guardian supported the ICO and separation; sought expert "
            "radiology evidence. Parents represented.",
            "10:00",
            "Hearing",
        ),
    )
    o(
        "2025-05-19",
        "discharge-to-foster-care",
        R(
            "ortho",
            "Discharged in hip spica to foster carers (Mr & Mrs Tennant) with SW. Fracture "
            "clinic 2/52. Spica care leaflet given to carer.",
            "13:00",
            "Discharge",
        ),
        R(
            "fostering",
            "Theo arrived at 2pm from Kestrel Ward with his social worker. He is in a hip "
            "spica and needs careful lifting. Settled after a bottle. Night: woke twice.",
            "14:00",
        ),
        R(
            "csc",
            "Theo was discharged from Wexcombe Royal Infirmary today and placed with foster "
            "carers Gail and Roy Tennant under the interim care order. Placement plan signed.",
            "16:00",
            "Placement",
        ),
        R(
            "hv",
            "Contact type: Information. Theo discharged yesterday into foster care (Tennant, "
            "Larchmere Drive). Outcome: transferred to locality HV.",
            "09:30",
            "Change of address",
            shift="late",
        ),
    )

    # -- Supervised contact, weekly at Rushmere --------------------------------------------------
    _contact(
        f,
        "2025-05-20",
        "Session 1, 10:00-11:30. Kayleigh and Connor on time. Tearful. Supervisor helped "
        "with handling in the spica. Warm, attuned. No concerns.",
        "Took Theo to his first contact at Rushmere. Mum cried when she saw the spica.",
    )
    _contact(
        f,
        "2025-05-27",
        "Session 2, 10:00-11:30. Both parents on time. Fed and changed Theo with "
        "guidance. Connor on his phone at times - reminded.",
    )
    o(
        "2025-05-28",
        "repeat-skeletal-survey",
        R(
            "cpp",
            "Follow-up skeletal survey (day 16): healing L femur; periosteal reaction at R "
            "distal tibial CML confirming fracture. No new fractures.",
            "11:00",
            "Investigation",
        ),
        R(
            "fostering",
            "Took Theo to WRI for his repeat x-rays, he was very good.",
            "",
        ),
    )
    o(
        "2025-06-02",
        "fracture-clinic",
        R(
            "ortho",
            "Fracture clinic: spica removed. Good callus L femur, clinically united. Review 6/52. "
            "Attended with foster carer.",
            "09:30",
            "Clinic",
        ),
        R(
            "fostering",
            "Fracture clinic at WRI - spica off! Theo kicked his legs in the bath tonight.",
            "",
            shift="swap",
        ),
    )
    _contact(
        f,
        "2025-06-03",
        "Session 3, 10:00-11:30. Spica off. Parents played on the mat with Theo, "
        "appropriate. Kayleigh asked about the court date.",
        "Took Theo to contact 10-11.30. Returned settled, slept in the car.",
    )
    o(
        "2025-06-04",
        "icpc",
        R(
            "csc",
            "Initial child protection conference (chair: Ms Vardy). Both parents attended with "
            "advocates. Theo made subject to a child protection plan under the category of "
            "physical abuse; he remains looked after under the ICO.",
            "13:00",
            "ICPC",
        ),
        R(
            "police",
            "ICPC ATTENDED. CP PLAN - PHYSICAL ABUSE. BOTH PARENTS ON BAIL TO 13/08.",
            "13:00",
            "Conference",
            ref="Crime 52/18870/25",
        ),
        R(
            "hv",
            "Contact type: ICPC. HV report presented. Outcome: CP plan (physical abuse); HV "
            "core group member.",
            "13:00",
            "Conference",
        ),
        R(
            "cpp",
            "Initial case conference: presented medical findings (femur # and tibial CML, "
            "repeat SS confirms).",
            "13:00",
            "Conference",
        ),
        R(
            "gp",
            "ICPC minutes received - pasted: 'Initial Child Protection Conference 04/06/2025, "
            "chair Ms Vardy. Decision: Theo Brannigan to be subject to a CP plan, category "
            "physical abuse. Core group within 10 working days.'",
            "",
            "Minutes",
            shift="late",
        ),
    )
    _contact(
        f,
        "2025-06-10",
        "Session 4, 10:00-11:30. Both parents attended. Theo babbling, parents responsive. "
        "Good session.",
    )
    _contact(
        f,
        "2025-06-17",
        "Session 5, 10:00-11:30. Connor 20 mins late (bus). Kayleigh fed Theo. No concerns.",
        "Contact this morning at Rushmere, dad late. Theo has a cold.",
    )
    o(
        "2025-06-18",
        "lac-review",
        R(
            "csc",
            "First looked after review (IRO Mr Haddington). Care plan endorsed: remain with "
            "foster carers pending assessments and the finding of fact; contact weekly.",
            "14:00",
            "CLA review",
        ),
        R(
            "fostering",
            "Theo's LAC review at our house. IRO happy with his progress.",
            "14:00",
        ),
        R(
            "hv",
            "Contact type: CLA review. Initial health assessment done, immunisations due. "
            "Outcome: HV to do 8-month review at placement.",
            "14:00",
            "Meeting",
        ),
    )
    o(
        "2025-06-20",
        "cmh",
        R(
            "legal",
            "CMH before DJ Amberley: ICO renewed; timetable for Part 25 radiology report "
            "(08/08); FFH listed 17/11 for 3 days; PTR 03/11.",
            "14:00",
            "Hearing",
        ),
        R(
            "cafcass",
            "Case management hearing. Guardian agreed the expert timetable; FFH listed November.",
            "14:00",
            "Hearing",
        ),
        R(
            "csc",
            "Case management hearing at court: finding of fact hearing listed for three days "
            "in November; contact to stay at once a week.",
            "",
            "Court",
            shift="-1",
        ),
    )
    _contact(
        f,
        "2025-06-24",
        "Session 6, 10:00-11:30. Both on time. Parents brought a toy. Theo crawling "
        "commando-style. Warm.",
    )
    o(
        "2025-06-25",
        "core-group",
        R(
            "csc",
            "Core group meeting: CP plan reviewed. Foster carers report Theo thriving. Parents "
            "attending contact consistently.",
            "11:00",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: Core group. Outcome: plan continues.",
            "11:00",
            "Meeting",
        ),
        R(
            "fostering",
            "Core group meeting with the SW and HV (by Teams).",
            "11:00",
        ),
    )
    _contact(
        f,
        "2025-07-01",
        "Session 7, 10:00-11:30. Both parents. Some tension between parents, argued "
        "quietly about money; supervisor redirected.",
        "Contact 10-11.30. Theo a bit unsettled after.",
    )
    _contact(
        f,
        "2025-07-08",
        "Session 8, 10:00-11:30. Both parents. Played peekaboo; Theo laughing. No concerns.",
    )
    _contact(
        f,
        "2025-07-15",
        "Session 9, 10:00-11:30. Kayleigh only; Connor texted he was unwell. Good session.",
        "Took Theo to contact, only mum there.",
        "-1",
    )
    _contact(
        f,
        "2025-07-29",
        "Session 10 (now fortnightly by agreement), 10:00-11:30. Both parents. Appropriate.",
    )

    # -- August: expert report, RUI, separation, RCPC -------------------------------------------
    o(
        "2025-08-07",
        "expert-report",
        R(
            "legal",
            "Report of Dr Imogen Vasey-Clarke (cons paediatric radiologist, Part 25) filed and "
            "served on all parties by email: femoral # aged 0-2 days at 11/05; tibial CML aged "
            "approx 7-14 days - two separate occasions; no bone disease.",
            "16:10",
            "Expert report",
        ),
        R(
            "cafcass",
            "Expert radiology report (Dr Vasey-Clarke) received from LA solicitor: two "
            "occasions of injury. Discussed with child's solicitor.",
            "10:00",
            "Expert evidence",
            shift="late",
        ),
        R(
            "csc",
            "The expert radiologist's report arrived from Legal this afternoon: the two "
            "fractures happened on different occasions, the tibial one one to two weeks "
            "before the femur.",
            "16:45",
            "Court",
        ),
    )
    _contact(
        f,
        "2025-08-12",
        "Session 11, 10:00-11:30. Both parents, quiet, did not speak to each other.",
        "Contact this morning. Mum and dad not talking.",
    )
    o(
        "2025-08-13",
        "father-rui",
        R(
            "police",
            "BRANNIGAN ANSWERED BAIL 10:30. BAIL CANCELLED - RELEASED UNDER INVESTIGATION "
            "(RUI) PENDING EXPERT EVIDENCE AND CPS ADVICE.",
            "10:30",
            "RUI",
            ref="Crime 52/18870/25",
        ),
    )
    o(
        "2025-08-13",
        "mother-rui",
        R(
            "police",
            "DUNMORE ANSWERED BAIL 11:15. BAIL CANCELLED - RUI.",
            "11:15",
            "RUI",
            ref="Crime 52/18870/25",
        ),
    )
    o(
        "2025-08-13",
        "police-email-rui",
        R(
            "csc",
            "Email from DC Farrant: both parents released under investigation today; bail "
            "conditions no longer apply, but contact remains supervised under the care plan.",
            "15:45",
            "Email",
        ),
    )
    o(
        "2025-08-20",
        "separation",
        R(
            "csc",
            "Kayleigh told me she has separated from Connor and moved to her mother's at 8 "
            "Fenny Row. She asked for her own contact. Connor remains at Sorrel Street.",
            "12:00",
            "Family change",
        ),
    )
    o(
        "2025-08-26",
        "contact-mother-alone",
        R(
            "contact",
            "Session 12, 10:00-11:30 - mother's separate session. Kayleigh on time, relaxed, "
            "good play.",
            "10:00",
            "Supervised contact",
        ),
        R(
            "fostering",
            "Took Theo to see mum in the morning at Rushmere.",
            "",
        ),
    )
    o(
        "2025-08-26",
        "contact-father-alone",
        R(
            "contact",
            "Session 13, 14:00-15:30 - father's separate session. Connor on time. Handling a "
            "little rough when changing; supervisor modelled.",
            "14:00",
            "Supervised contact",
        ),
    )
    o(
        "2025-08-27",
        "rcpc",
        R(
            "csc",
            "Review child protection conference: Theo is looked after under the ICO with a "
            "care plan that protects him; the CP plan ended by unanimous decision.",
            "10:00",
            "RCPC",
        ),
        R(
            "hv",
            "Contact type: RCPC. Outcome: CP plan ended (CLA). HV continues.",
            "10:00",
            "Conference",
        ),
        R(
            "police",
            "RCPC ATTENDED - CP PLAN ENDED, CHILD LOOKED AFTER. INVESTIGATION ONGOING (RUI).",
            "10:00",
            "Conference",
        ),
    )
    o(
        "2025-09-09",
        "contact-mother-2",
        R(
            "contact",
            "Session 14, 10:00-11:30 - mother. Kayleigh brought a photo album. Lovely session.",
            "10:00",
            "Supervised contact",
        ),
    )
    o(
        "2025-09-09",
        "contact-father-dna",
        R(
            "contact",
            "Session 15, 14:00 - father did not attend, no message. Theo returned to carer.",
            "14:00",
            "Supervised contact",
        ),
    )
    o(
        "2025-09-17",
        "experts-meeting",
        R(
            "legal",
            "Experts' meeting (radiologist, orthopaedic surgeon, paediatrician) chaired by "
            "counsel: agreement on timing of both fractures; no medical explanation.",
            "14:00",
            "Experts' meeting",
        ),
        R(
            "cafcass",
            "Experts' meeting (Teams) - child's solicitor attended. Experts agree two occasions.",
            "14:00",
            "Meeting",
        ),
    )

    # -- Finding of fact ------------------------------------------------------------------------
    o(
        "2025-11-17",
        "ffh",
        R(
            "legal",
            "Finding of fact hearing (3 day listing) before HHJ Coverley began. Evidence from "
            "Dr Vasey-Clarke and Mr Tobias. Judgment reserved at end of day 3.",
            "10:00",
            "Hearing",
        ),
        R(
            "cafcass",
            "FFH day 1 of 3: attended. Parents each blaming the other for the timeline.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "The finding of fact hearing started at Wexcombe Family Court. I attended the "
            "first day.",
            "",
            "Court",
        ),
    )
    o(
        "2025-11-28",
        "judgment",
        R(
            "legal",
            "Judgment handed down: HHJ Coverley found the femoral and tibial fractures were "
            "inflicted, on two occasions, by the father; mother failed to protect after the "
            "March bruise. Final hearing to be listed.",
            "14:00",
            "Judgment",
        ),
        R(
            "cafcass",
            "FOF judgment handed down: findings against father (both fractures), failure to "
            "protect against mother.",
            "14:00",
            "Judgment",
        ),
        R(
            "csc",
            "Judgment in the finding of fact hearing was given this afternoon: the judge "
            "found that Connor caused both fractures and that Kayleigh failed to protect.",
            "",
            "Court",
        ),
    )
    o(
        "2025-12-01",
        "police-findings",
        R(
            "police",
            "FAMILY COURT FINDINGS RECEIVED VIA DISCLOSURE ORDER. FILE TO CPS FOR CHARGING "
            "ADVICE (BRANNIGAN).",
            "11:30",
            "Disclosure",
            ref="Crime 52/18870/25",
        ),
    )

    # -- Routine single entries -----------------------------------------------------------------
    f.fill(
        "hv",
        "2024-11-25",
        "2025-05-02",
        [
            ("Clinic", "Contact type: Baby clinic. Wt 6.2kg. Outcome: routine."),
            (
                "Telephone",
                "Contact type: Telephone. Kayleigh asked about weaning. Outcome: advice.",
            ),
        ],
    )
    f.fill(
        "hv",
        "2025-06-26",
        "2025-11-28",
        [
            ("Home visit", "Contact type: Home visit (foster placement). Wt 8.6kg. Outcome: OK."),
            ("Developmental review", "Contact type: 9-12 month review at placement. On track."),
        ],
    )
    f.fill(
        "gp",
        "2024-12-02",
        "2025-05-02",
        [
            ("Consultation", "Theo: coryzal, feeding well, chest clear. Mum reassured."),
            ("Immunisation", "Theo: 12 week immunisations given."),
        ],
    )
    f.fill(
        "fostering",
        "2025-05-21",
        "2025-05-30",
        [("", "Supervising social worker visit: Theo settled, spica care going well.")],
        timed=False,
    )
    f.fill(
        "fostering",
        "2025-06-05",
        "2025-12-05",
        [
            ("", "Good day. Theo tried mashed banana. Slept 7-6."),
            ("", "Bad night - teething. Calpol at 2am."),
            ("", "Theo's first tooth came through."),
        ],
        timed=False,
    )
    f.fill(
        "fostering",
        "2025-08-01",
        "2025-12-05",
        [("", "Theo pulled himself up on the sofa today!")],
        timed=False,
    )
    f.fill(
        "csc",
        "2025-05-21",
        "2025-11-14",
        [
            ("Statutory visit", "CLA statutory visit: Theo seen at placement, thriving."),
            ("Assessment", "Parenting assessment session with Kayleigh (3 of 6)."),
            ("Assessment", "Parenting assessment session with Connor: defensive, brief."),
        ],
    )
    f.fill(
        "cafcass",
        "2025-05-21",
        "2025-06-13",
        [("Analysis", "Initial analysis filed for the CMH.")],
    )
    f.fill(
        "cafcass",
        "2025-05-21",
        "2025-11-07",
        [("Visit", "Guardian visited Theo at placement; observed with carer.")],
    )
    f.fill(
        "legal",
        "2025-06-23",
        "2025-07-31",
        [
            ("Correspondence", "Agreed letter of instruction sent to Dr Vasey-Clarke."),
            ("Correspondence", "Letter to parents' solicitors re disclosure of police material."),
        ],
    )
    f.fill(
        "police",
        "2025-05-20",
        "2025-11-07",
        [
            ("Investigation", "STATEMENT OBTAINED FROM DR OYELARAN (CPM)."),
            ("Investigation", "MEDICAL RECORDS REQUESTED FROM CANAL WHARF MP AND WRI."),
        ],
    )
    f.fill(
        "contact",
        "2025-09-15",
        "2025-11-14",
        [
            ("", "Mother's session, 10:00-11:30. Positive; Theo crawling to her."),
            ("", "Father's session, 14:00-15:30. Connor attended, subdued."),
        ],
    )
    return f.case()


def blind_dedup_cases_25() -> list[BlindCase]:
    """The twenty-fifth blind set's families, in the order they were written."""
    return [_fenwright(), _penfold(), _brannigan()]


if __name__ == "__main__":
    summary(blind_dedup_cases_25)
