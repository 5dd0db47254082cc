"""A nineteenth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 100-130 chronology rows from twelve services'
sheets over twelve to eighteen months: a baby born with neonatal abstinence syndrome to a mother
on a methadone programme (a pre-birth child protection plan, the neonatal unit, a pre-discharge
planning meeting, a residential mother-and-baby assessment, the mother's relapse and overdose
there, accommodation, care proceedings, both parents' arrests on one morning and a special
guardianship order to the grandmother); a fourteen-year-old girl with anorexia nervosa whose
separated parents disagree over her treatment (school and school nurse concerns, the GP's urgent
referral, the community eating disorder service, emergency department attendances on consecutive
days, a paediatric ward admission under a nasogastric tube plan, a Mental Health Act assessment
and detention, a Tier 4 bed seventy miles away, the father's private law application, Cafcass's
safeguarding checks and section 7 report, the family court's hearings); and a Traveller family
moving from a council site to the roadside, a relative's driveway, a house and a private site
across three counties (health visiting handed over between three areas, parents who cannot read
the letters sent to them though no interpreter is needed, a six-month-old baby's broken femur,
strategy discussions, a joint police and social work visit, child protection plans, a domestic
abuse call to the house with an Operation Encompass notification to the school, and an appeal
for a school place).

Written blind: composed from the domain brief (DOMAIN.md), the `Event` schema, the shared kit
(`dedup_case_kit.py`), the module docstring and agency constants of the seventh blind set (read
for the file's format only; none of its families, wordings or places reused) and the last
thirty lines of the fourteenth set (for how a set module ends). Not read: the duplicate rules,
their settings, the linkage model, the bench, the tests, any result or any other labelled set's
families. The merge, the command line and the bench were not run on these cases. Kept apart
from tuning: measure on them blind first.

The services write very differently: police logs in capitals with log, CAD and crime numbers;
long social care narrative; health visiting "Contact type: ... Outcome: ..." templates; GP
"S: O: A: P:" notes and letters filed; school and residential unit logs in the first person
with no event-type column; emergency department and ward shorthand; ambulance patient report
summaries; first-person notes by a drug service recovery worker, a children's guardian, a
Traveller education officer and others. Meetings carry different names and times (or none) on
different sheets; some dates are a day or two out, some have day and month swapped, a few are
written as a month only, and calls, emails and life events are sometimes logged by the receiving
service the next day.

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date.

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
- A school that writes one row per child for one event records ONE occurrence; two children's
  separate appointments in one session are separate.
- Decision for this set: the health visitor's entry of a birth notification that gives the
  birth's specifics (date, time, weight, place) is a record of the birth (a life event noted
  the next day), not a separate notice; it is in `noise`.
- Decision for this set: a discharge from hospital straight into a residential unit or
  placement is one occurrence, whoever records it (the discharging unit, the receiving unit,
  social care); a baby's admission to the neonatal unit from the delivery suite is a different
  occurrence from her birth, though hours apart.
- Decision for this set: an order made at a hearing is part of that hearing's occurrence (the
  local authority's lawyer, social care, the guardian and a health visitor noting "SGO granted"
  the next day all record the one hearing). The issue of an application is its own occurrence.
- Decision for this set: a report sent for a conference, and a letter telling the GP of a
  conference's outcome, are each their own occurrence, not the conference.
- Decision for this set: a residential unit's record of an incident on its premises (an
  overdose found by night staff) and the ambulance crew's record of the 999 call-out to it are
  one occurrence, as an incident attended by police and ambulance together is; the emergency
  department attendance that follows is another, and the unit's call to the emergency duty
  team about it is another.
- Decision for this set: social care recording a charge as a plain fact on the day it is made
  records the charge (life event); social care recording that a police notification of
  arrests was received is the notification, a different occurrence from the arrests.
- Decision for this set: a Mental Health Act assessment is one occurrence however many services
  record it (the AMHP, the ward, the psychiatrist who made a medical recommendation), and the
  detention made at its end belongs to it; the request to the AMHP hub the day before, the
  AMHP's call to a parent afterwards and a later assessment for a different section are each
  their own occurrence.
- Decision for this set: a transfer from the paediatric ward to a Tier 4 unit is one occurrence
  (one move, like a discharge into a placement), recorded by the ward, the unit, the care
  coordinator and social care (one the next day); but an emergency department's row
  "transferred to the ward" belongs to the attendance, and the ward admission is another
  occurrence, as the rules say.
- Decision for this set: an incident at a unit (a parent refusing to leave) recorded by the unit
  and by the police who attended is one occurrence; social care's receipt of the police
  notification the next morning is another.
- Decision for this set: a visit to a child in hospital by an outside worker (a Cafcass
  officer), recorded by the worker and noted by the unit, is one occurrence.
- Decision for this set: a Cafcass safeguarding check is two exchanges: the request (sent and
  received, one occurrence) and the reply (sent and received, the next day, another).
- Decision for this set: attending a meeting by Teams is attending it; a school's entry that it
  joined a hospital's CPA review online is a record of that review.
- Decision for this set: a handover between two areas' health visitors by phone (or by an
  email the receiving team logs the next day) is one occurrence; the records posted after the
  call are another.
- Decision for this set: an in-year school application made online by the Traveller education
  officer for the parent and logged by admissions the next day is one occurrence (sent and
  received); the officer's home visit that morning, at which she explained the process, is
  another; so are the appeal lodged, the social worker's supporting letter, the appeal hearing
  and the decision letter.
- Decision for this set: a police log of a domestic incident that records the arrest made at
  the scene in the same row is one occurrence; the release the next day, the Operation
  Encompass notification to the school (the police's sending and the school's row for each
  child, one occurrence) and social care's receipt of the police notification are each
  another.
- Decision for this set: two parents' voluntary interviews under caution on one day are two
  occurrences, as two arrests are.
- Decision for this set: a paediatrician who joins a strategy meeting and notes it on the ward
  record records that meeting; a hospital paediatric liaison notice to the health visitor of
  the attendance is its own occurrence, as the rules say.
- Decision for this set: the housing officer's entry that the keys were returned and the house
  vacated, and social care's entry the next day that the family left it for a named site, are
  one occurrence (a house move); the school's call to the mother when the children were
  missing the next day is another.
- Look-alikes kept apart, Pellow: the booking and the midwife's referral the next day; the
  referral and the MASH screening decision; the MASH check call and the drug service's call
  back with results (and the call back and the screening decision on the same day); a social
  worker's home visit and an antenatal clinic on one day; the report for the ICPC, the ICPC and
  the outcome letter to the GP; the legal gateway meeting, the letter before proceedings and
  the PLO meeting; a core group and the PLO meeting in one week; the birth and the neonatal
  admission the same morning; the neonatal unit's unanswered call to the social worker, its
  call to the duty desk and the social worker's call back, all one afternoon; the health
  visitor's and the recovery worker's separate visits on one day; the pre-discharge planning
  meeting and the core group the next day; the mother leaving the unit and returning
  intoxicated, her overdose three hours later, the emergency department attendance and the
  unit's call to the emergency duty team; the strategy meeting and the s20 placement on one
  day; the care application and the first hearing; the hearing and the guardian's visit the
  next day; both parents' arrests at one address in one morning and social care's receipt of
  the police notification; the arrest and the charge; two looked-after reviews; the sentence
  and the charge.
- Look-alikes kept apart, Ashdown-Reilly: the school nurse's contact with Niamh and her letter
  to the GP the same day; the GP's consultation and the referral sent after it; the referral
  and the eating disorder service's triage; the father's call and the clinician's call back;
  emergency department attendances on consecutive days; the ambulance call to the school, the
  emergency department attendance, the ward admission and the mother's call to the clinician,
  all one day; the nasogastric tube passed and the ward's safeguarding referral the same day;
  the referral and the front door's screening decision; the consent meeting, the request to
  the AMHP hub and the assessment; two Mental Health Act assessments (section 2, section 3);
  the assessment and the AMHP's call to the father; the incident at the unit and social care's
  receipt of the notification; a CPA review and a CIN meeting on consecutive days; two CPA
  reviews; the police check request and the reply; Cafcass's call to the father, its
  unanswered call to the mother and her call back the next day; the safeguarding letter, a
  consultant's letter to the court, the FHDRA, the section 7 report and the final hearing; the
  final hearing and the father's call to the school the next day; a doorstep argument logged by
  police and social care's receipt of the notification three days later; the Larkhill
  discharge and the GP's filing of its summary (typed twice) six days later.
- Look-alikes kept apart, Quilley: a health visitor's unanswered call and the mother's call
  back the next day (in two areas); the phone handover and the records posted the next day;
  the homeless presentation, the health visitor's and the housing officer's separate visits on
  one day two days later; the Traveller education officer's visit and the application she
  made the same morning; the accommodation offer and the move; the refusal letter and the
  mother's call about it; the appeal lodged, the social worker's supporting letter, the appeal
  hearing and the decision letter two days later; the emergency department attendance (three
  rows), the ward admission and the registrar's call to the emergency duty team, all one
  evening, and the liaison notice to the health visitor the next morning; the strategy
  discussion and the joint visit that afternoon; two strategy meetings in one week; the second
  and the siblings' move to their aunt the same day; the two parents' interviews on one day;
  the GP's report and the ICPC; Levi's school start and Kezia's nursery start a week apart;
  the police decision of no further action; the domestic incident, the release, the Operation
  Encompass notification and social care's receipt of the notification; the health visitor's
  and the social worker's separate visits on one day; the RCPC and the core group straight
  after it; the house vacated and the school's call to the mother; the handover back to East
  Fennick; the missing education referral; the transfer-in conference and the case closure.

Everything is invented: people, workers, schools, surgeries, hospitals, wards, units, towns,
counties, sites, addresses, postcodes, case, log and crime numbers. Deterministic: one fixed
seed per case (it only places the routine entries and picks their times), no set or hash
ordering.

    python sample_data/blind_dedup_cases_19.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
HV = "Health Visiting"
MW = "Midwifery"
ED = "Emergency Department"
GP = "GP"
NICU = "Neonatal Unit"
DRUGS = "Drug and Alcohol Service"
RESIDENTIAL = "Residential Family Assessment Centre"
AMBULANCE = "Ambulance Service"
LEGAL = "Local Authority Legal Services"
CAFCASS = "Cafcass"
SCHOOL = "School"
SCHOOL_NURSE = "School Nursing"
CAMHS = "CAMHS Eating Disorder Service"
WARD = "Paediatric Ward"
AMHP = "AMHP Service"
TIER4 = "Adolescent Inpatient Unit (Tier 4)"
HV_MARL = "Health Visiting (Marlshire)"
HV_FENN = "Health Visiting (East Fennick)"
HV_BRACK = "Health Visiting (Brackenshire)"
TES = "Traveller Education Service"
ADMISSIONS = "School Admissions and Appeals"
HOUSING = "Housing Options"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, SCHOOL_NURSE)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# ---------------------------------------------------------------------------------------------
# Case 1: Pellow. A baby born with neonatal abstinence syndrome to a mother on a methadone
# programme; a pre-birth child protection plan, the neonatal unit, a pre-discharge planning
# meeting, a residential mother-and-baby assessment, the mother's relapse and overdose there,
# accommodation, care proceedings, both parents' arrests, and a special guardianship order.
# ---------------------------------------------------------------------------------------------


def _pellow() -> BlindCase:
    f = Family(
        "pellow",
        1907,
        {
            "mw": Sheet(
                MW,
                "Midwifery_Pellow.xlsx",
                "Vulnerabilities team",
                (("2024-01-01", "Orla Fenwick, Specialist MW"),),
            ),
            "nnu": Sheet(
                NICU,
                "HGH_Kestrel_NNU_Pellow.xlsx",
                "Nursing and medical",
                (("2024-01-01", "Kestrel NNU"),),
            ),
            "sms": Sheet(
                DRUGS,
                "Pathways_DAS_Pellow.docx",
                "Table 1",
                (("2024-01-01", "Jade Mercer, recovery worker"),),
            ),
            "csc": Sheet(
                CSC,
                "CSC_Chronology_Pellow.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "MASH"),
                    ("2024-01-29", "Priya Lanchester SW"),
                ),
            ),
            "hv": Sheet(
                HV,
                "HV_Pellow.xlsx",
                "Contacts",
                (("2024-01-01", "Becky Saunderson HV"),),
            ),
            "gp": Sheet(
                GP,
                "GP_Marlpit_Lane_Pellow.csv",
                "",
                (("2024-01-01", "Dr A Hussain"),),
            ),
            "pol": Sheet(POLICE, "Police_Pellow.xlsx", "PND extract", typed=False),
            "fern": Sheet(
                RESIDENTIAL,
                "Fernlea_Daily_Log_Pellow.xlsx",
                "Log",
                (("2024-01-01", "Fernlea staff team"),),
                typed=False,
            ),
            "amb": Sheet(AMBULANCE, "Ambulance_PCR_Pellow.xlsx", "Incidents"),
            "ed": Sheet(
                ED,
                "HGH_ED_Pellow.xlsx",
                "Attendances",
                (("2024-01-01", "ED"),),
            ),
            "legal": Sheet(
                LEGAL,
                "Legal_Pellow.xlsx",
                "Matter LS-CP-24-0117",
                (("2024-01-01", "Fiona Castell, solicitor"),),
            ),
            "caf": Sheet(
                CAFCASS,
                "Cafcass_Pellow.xlsx",
                "Case notes",
                (("2024-01-01", "Gareth Moyles, Children's Guardian"),),
            ),
        },
    )

    # --- Pregnancy: booking, referral, MASH --------------------------------------------------
    f.occ(
        "2024-01-17",
        "late-booking",
        R(
            "mw",
            "Late booking at 22+1/40 (EDD 21/05/2024). Shannon Pellow, 27, G2P0 (1 TOP 2019). On "
            "methadone 70ml daily, supervised consumption at Quayside Pharmacy via Pathways. "
            "Reports on-top heroin use 'a couple of times a month' until Christmas. FOB Dean "
            "Garside, 'on and off', also known to Pathways. Lives alone Flat 3, 27 Sorrel Street, "
            "Hollinbury HL4 2TW. Hep C Ab positive 2021. Booking bloods taken.",
            "10:15",
            "Antenatal booking",
            "Referral to MASH to be made. Consultant-led care. Neonatal alert to be raised.",
        ),
    )
    f.occ(
        "2024-01-18",
        "mw-referral-mash",
        R(
            "mw",
            "Referral to MASH completed online (pre-birth): maternal opiate dependency on "
            "methadone with recent on-top use, late booking, FOB drug use. Shannon aware and "
            "consented.",
            "11:40",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Contact received from Hollinbury General maternity (specialist midwife O Fenwick): "
            "unborn baby of Shannon PELLOW, EDD 21/05/24. Mother on methadone programme, on-top "
            "heroin use until Dec 23, booked at 22 weeks. Father Dean GARSIDE, drug use. Mother "
            "consents to referral.",
            "12:02",
            "Contact",
            "Passed to MASH for checks.",
        ),
    )
    f.occ(
        "2024-01-19",
        "mash-call-pathways",
        R(
            "csc",
            "MASH partner check by phone with Pathways (Jade Mercer). Shannon engaged since 2021, "
            "on 70ml methadone, attends most keywork. Last three tox to be sent.",
            "14:20",
            "MASH check",
        ),
        R(
            "sms",
            "Phone call from MASH (Hollinbury CSC) re pregnancy referral. Gave overview of "
            "treatment and engagement. Agreed to send recent tox results once I had checked them "
            "with Dr Okafor.",
            "14:20",
            "Telephone - professional",
        ),
    )
    f.occ(
        "2024-01-22",
        "pathways-callback-mash",
        R(
            "sms",
            "Rang MASH back as agreed. Read out tox: 04/12 morphine+ methadone+; 18/12 methadone+ "
            "cocaine+; 08/01 methadone only.",
            "09:50",
            "Telephone - professional",
        ),
        R(
            "csc",
            "Call back from Pathways worker with tox results: cocaine and morphine positive in "
            "December, methadone only 08/01.",
            "09:55",
            "MASH check",
        ),
    )
    f.occ(
        "2024-01-22",
        "mash-decision",
        R(
            "csc",
            "MASH screening decision (TM R Tennant): threshold for statutory assessment met. "
            "Pre-birth Child and Family Assessment to be allocated to Assessment Team 2. "
            "Consider strategy discussion once allocated.",
            "15:30",
            "MASH decision",
            "Allocated to Priya Lanchester.",
        ),
    )
    f.occ(
        "2024-02-06",
        "sw-prebirth-visit",
        R(
            "csc",
            "Pre-birth assessment home visit to Shannon at Sorrel Street. Flat clean but sparse, "
            "no baby items yet. Shannon open about her history: heroin from 19, methadone since "
            "2021, says last used 'a bit of brown' at Christmas after a row with Dean. Dean not "
            "present; Shannon says he is 'not really around'. Discussed what social care needs "
            "to see: clean tox, antenatal attendance, Dean's involvement.",
            "10:00",
            "Home visit",
            "Genogram started. Next visit 20/02.",
        ),
    )
    f.occ(
        "2024-02-06",
        "anc-clinic",
        R(
            "mw",
            "ANC with specialist MW, attended alone. 25+0/40. BP 112/70, urine NAD, SFH 25cm, FH "
            "heard. Discussed NAS, neonatal observation and that baby is likely to need the "
            "neonatal unit. Shannon tearful.",
            "14:30",
            "Antenatal appointment",
            "Neonatal alert completed. Growth scan booked for 28/40.",
        ),
    )
    f.occ(
        "2024-02-20",
        "strat-prebirth",
        R(
            "csc",
            "Strategy discussion (pre-birth) via Teams, chaired by R Tennant TM. Present: P "
            "Lanchester SW, DS Kerr (police CAIT), O Fenwick (maternity), J Mercer (Pathways), B "
            "Saunderson (HV). Police: Dean GARSIDE has previous for possession with intent "
            "(2017) and is currently of interest to the drugs team. Agreed criteria for S47 met: "
            "single agency S47 by CSC, ICPC to be convened.",
            "10:00",
            "Strategy discussion",
            "S47 enquiry to commence; ICPC request sent.",
        ),
        R(
            "pol",
            "STRAT DISC ATTENDED BY DS 1182 KERR RE UNBORN CHILD OF SHANNON PELLOW. INFO SHARED "
            "ON NOMINAL GARSIDE DEAN (DOB 02/09/1990) - PWITS 2017, CURRENT INT. S47 SINGLE "
            "AGENCY CSC. LOG 0412 20/02/24.",
            "10:00",
            ref="LOG 0412 20/02/24",
        ),
        R(
            "mw",
            "Strat meeting by Teams re unborn. OF attended. Outcome S47 and ICPC.",
            "",
            "Multi-agency meeting",
        ),
        R(
            "sms",
            "Strategy meeting - I attended for Pathways. Shared engagement and tox. Outcome: "
            "section 47, conference to be booked.",
            "10:00",
            "Meeting",
            shift="+1",
        ),
        R(
            "hv",
            "Contact type: Multi-agency strategy discussion (antenatal). HV attended by Teams. "
            "Outcome: S47 to proceed, ICPC.",
            "",
            "Professional meeting",
        ),
    )
    f.occ(
        "2024-03-07",
        "gp-icpc-report",
        R(
            "gp",
            "Report for initial child protection conference completed (Dr Hussain) and emailed to "
            "the conference unit. Summary: methadone prescribing via Pathways, no shared care; "
            "hep C; anxiety; 2 DNAs 2023.",
            "",
            "Safeguarding report",
        ),
    )
    f.occ(
        "2024-03-12",
        "icpc-prebirth",
        R(
            "csc",
            "Initial Child Protection Conference (pre-birth), Hollinbury Civic Centre, chair "
            "Helen Brightwater (IRO). Shannon attended with Pathways worker; Dean did not attend. "
            "Unborn baby made subject of a child protection plan under NEGLECT. First core group "
            "within 10 working days. Pre-birth plan: no discharge home until plan agreed.",
            "13:30",
            "ICPC",
            "CP plan (neglect). Core group 21/03.",
        ),
        R(
            "mw",
            "Initial case conference (unborn). Attended. CP plan - neglect. Birth plan: alert on "
            "delivery suite, no discharge without SW agreement.",
            "13:30",
            "Case conference",
        ),
        R(
            "hv",
            "Contact type: ICPC (pre-birth). Outcome: CP plan category neglect. HV to do "
            "antenatal contact and to attend core groups.",
            "",
            "Child protection conference",
        ),
        R(
            "sms",
            "ICPC today. Unborn on CP plan (neglect). Tox and keywork to be shared weekly with SW.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-03-19",
        "gp-icpc-letter",
        R(
            "gp",
            "Letter filed: outcome of ICPC 12/03 from conference unit. Unborn child of this "
            "patient subject to CP plan (neglect). Read code added to mother's record.",
            "",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-03-21",
        "cg-1",
        R(
            "csc",
            "First core group, Sorrel Street children's centre. Shannon, SW, HV, specialist MW, "
            "Pathways. Plan reviewed; Shannon agreed to weekly tox and to a pre-birth parenting "
            "session. Dean's assessment: he has not returned calls.",
            "10:30",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: Core group. Outcome: plan agreed. Antenatal HV visit booked 04/04.",
            "10:30",
            "Professional meeting",
        ),
    )
    f.occ(
        "2024-04-10",
        "tox-email",
        R(
            "sms",
            "Emailed SW: tox 09/04 positive for cocaine and morphine alongside methadone. "
            "Shannon says she used with Dean at the weekend. Dose review with Dr Okafor booked.",
            "16:05",
            "Email",
        ),
        R(
            "csc",
            "Email from Pathways (J Mercer): Shannon's tox of 09/04 positive for cocaine and "
            "morphine; says she used with Dean at the weekend.",
            "",
            "Information received",
            "Discuss with TM: legal gateway.",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-16",
        "legal-gateway",
        R(
            "csc",
            "Legal gateway meeting (Legal Planning Meeting) with TM, Head of Service and "
            "Fiona Castell (legal). Threshold met. Agreed: enter pre-proceedings (PLO), letter "
            "before proceedings, propose residential parenting assessment after the birth.",
            "14:00",
            "Legal gateway meeting",
        ),
        R(
            "legal",
            "LPM attended. Advice: threshold crossed on likely significant harm (neglect, "
            "parental substance misuse). PLO. LBP to issue this week.",
            "14:00",
            "Legal planning meeting",
        ),
    )
    f.occ(
        "2024-04-18",
        "lbp",
        R(
            "legal",
            "Letter before proceedings sent to Shannon Pellow by recorded delivery and by hand "
            "via SW, copy to Dean Garside at last known address. PLO meeting 25/04 10:00.",
            "",
            "Letter before proceedings",
        ),
        R(
            "csc",
            "Letter before proceedings sent today by legal (recorded delivery). I took a copy "
            "round and read it through with Shannon; she will ring Hartley & Co solicitors.",
            "15:45",
            "Pre-proceedings",
        ),
    )
    f.occ(
        "2024-04-23",
        "cg-2",
        R(
            "csc",
            "Core group 2. Positive tox discussed. Shannon open about using with Dean; has "
            "asked Dean to stay away. PLO explained again by SW.",
            "10:00",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: Core group. Outcome: HV to refer to infant feeding (breastfeeding "
            "and methadone). Shannon engaged.",
            "09:30",
            "Professional meeting",
        ),
        R(
            "sms",
            "Core group (Civic Centre). Dose increase to 80ml agreed with prescriber.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-04-25",
        "plo-meeting",
        R(
            "csc",
            "PLO meeting at Hollinbury Civic Centre. Shannon with her solicitor (Hartley & Co) "
            "and Pathways worker; Dean did not attend. Pre-proceedings plan: residential "
            "assessment at Fernlea Family Assessment Centre on discharge from hospital; weekly "
            "tox; engagement with Pathways. Shannon signed the agreement.",
            "10:00",
            "PLO meeting",
        ),
        R(
            "legal",
            "PLO meeting attended. Mother represented. Residential assessment (Fernlea, 12 "
            "weeks) agreed in principle; funding to be approved. Review at 6 weeks.",
            "10:00",
            "PLO meeting",
        ),
        R(
            "sms",
            "Went to the PLO meeting with Shannon to support her. She was anxious but did well.",
            "10:00",
            "Meeting",
        ),
    )

    # --- Birth and neonatal unit -------------------------------------------------------------
    f.occ(
        "2024-05-13",
        "birth",
        R(
            "mw",
            "SVD 03:52 at 38+6/40, live female, 2640g, Apgars 8/9. Mother had methadone 80ml "
            "yesterday. Baby to NNU for NAS monitoring as per birth plan. Safeguarding alert "
            "actioned.",
            "03:52",
            "Birth",
        ),
        R(
            "csc",
            "Baby born this morning at Hollinbury General, girl, Ava-Rose PELLOW, 2.64kg. "
            "Mother well. Baby on the neonatal unit for NAS observation. Birth plan stands: no "
            "discharge without social care agreement.",
            "09:20",
            "Birth",
        ),
        R(
            "hv",
            "Birth notification: female infant Ava-Rose born 13/05/24 03:52 at HGH, 2640g, SVD. "
            "Mother on methadone; baby on NNU. CP plan transfers to baby.",
            "",
            "Birth notification",
            shift="late",
        ),
    )
    f.occ(
        "2024-05-13",
        "nnu-admission",
        R(
            "nnu",
            "Admission to Kestrel NNU from delivery suite at 2 hrs of age. Term female 2.64kg. "
            "Maternal methadone 80ml plus on-top opiates/cocaine in pregnancy; Hep C Ab pos. "
            "Finnegan scoring 4-hourly. Cot 7. Parents' room offered to mum.",
            "06:05",
            "Admission",
        ),
    )
    f.occ(
        "2024-05-15",
        "morphine-start",
        R(
            "nnu",
            "Finnegan 11, 12, 12 - oral morphine commenced per NAS guideline. Feeding poorly, "
            "loose stools, high-pitched cry. Mum not present overnight.",
            "08:00",
            "Medical review",
        ),
    )
    f.occ(
        "2024-05-17",
        "nnu-call-sw-voicemail",
        R(
            "nnu",
            "Rang allocated SW (Priya) re concerns: no answer, left voicemail.",
            "15:20",
            "Telephone",
        ),
    )
    f.occ(
        "2024-05-17",
        "nnu-call-duty",
        R(
            "nnu",
            "Rang CSC duty desk: mum visited 13:30 smelling of alcohol, unsteady, tried to lift "
            "Ava out of the cot with the NG tube in. Asked to leave by nurse in charge. Duty SW "
            "to pass on to allocated SW.",
            "15:40",
            "Safeguarding",
        ),
        R(
            "csc",
            "Duty: call from Kestrel NNU nurse in charge. Shannon came on to the unit at 13:30 "
            "smelling of alcohol and unsteady; tried to pick baby up; asked to leave. Message "
            "left for allocated SW.",
            "15:42",
            "Information received",
        ),
    )
    f.occ(
        "2024-05-17",
        "sw-callback-nnu",
        R(
            "csc",
            "I returned the call to Kestrel NNU after picking up messages. Agreed visits by "
            "Shannon to be supervised by nursing staff over the weekend. Rang Shannon - no reply.",
            "17:10",
            "Telephone",
        ),
        R(
            "nnu",
            "SW called back. Supervised visits only until Monday. Security and night team "
            "informed.",
            "17:15",
            "Telephone",
        ),
    )
    f.occ(
        "2024-05-22",
        "hv-nnu-contact",
        R(
            "hv",
            "Contact type: New birth contact (on NNU, Kestrel). Seen: mother and baby. Ava on "
            "weaning morphine dose, feeding 60ml 3-hourly by bottle. Mum calm, talked about "
            "Friday and said she had 'two cans'. Outcome: HV to visit at Fernlea after discharge.",
            "11:00",
            "New birth visit",
        ),
    )
    f.occ(
        "2024-05-22",
        "pathways-hospital-visit",
        R(
            "sms",
            "Saw Shannon in the NNU parents' room on my own (hospital pharmacy dispensing her "
            "methadone while she is resident). Breathalyser 0.00. Talked through Friday.",
            "15:00",
            "Keywork session",
        ),
    )
    f.occ(
        "2024-05-29",
        "pre-discharge-meeting",
        R(
            "nnu",
            "Discharge planning meeting held in the NNU seminar room: neonatal consultant Dr "
            "Vasquez, nurse in charge, SW, HV, Pathways, Fernlea manager, Shannon. Ava off "
            "morphine 27/05; aim discharge 05/06 to Fernlea with mum if scores stay low.",
            "13:30",
            "Meeting",
        ),
        R(
            "csc",
            "Pre-discharge planning meeting at Kestrel NNU. Discharge to Fernlea Family "
            "Assessment Centre with mother planned for 05/06. Written agreement for Fernlea "
            "signed; Dean not to visit the unit.",
            "13:30",
            "Pre-discharge planning meeting",
        ),
        R(
            "hv",
            "Contact type: Discharge planning meeting (NNU). Outcome: transfer to Fernlea "
            "05/06, HV to visit within 7 days of arrival.",
            "14:00",
            "Professional meeting",
        ),
        R(
            "fern",
            "Our manager (Lorraine) went to the pre-admission planning meeting on Kestrel ward "
            "for Shannon and Ava. Admission agreed for 5 June, room 4.",
            "",
        ),
    )
    f.occ(
        "2024-05-30",
        "cg-3",
        R(
            "csc",
            "Core group 3 (NNU family room). Plan updated for Ava now born. Shannon attending "
            "the unit daily, tox 28/05 methadone only.",
            "11:00",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: Core group. Outcome: plan updated post birth.",
            "11:00",
            "Professional meeting",
        ),
        R(
            "sms",
            "CG on neonatal unit, attended.",
            "11:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-06-05",
        "discharge-to-fernlea",
        R(
            "nnu",
            "Discharged from Kestrel NNU with mother to Fernlea Family Assessment Centre, "
            "Castlebridge. Wt 2.92kg. Off morphine 9 days. Discharge summary to GP and HV.",
            "14:10",
            "Discharge",
        ),
        R(
            "fern",
            "Shannon and Ava arrived at 15:30 by taxi with the SW. Shown room 4 and the house "
            "rules. Residential assessment starts today (12 weeks).",
            "15:30",
        ),
        R(
            "csc",
            "Ava discharged from the neonatal unit today and placed with mother at Fernlea "
            "(residential parenting assessment). I transported them.",
            "",
            "Placement",
        ),
    )
    f.occ(
        "2024-06-10",
        "gp-registration",
        R(
            "gp",
            "New patient registration: Ava-Rose PELLOW (DOB 13/05/2024), temporary address "
            "Fernlea Family Assessment Centre. Flag: CP plan. Linked to mother.",
            "",
            "Registration",
        ),
        R(
            "fern",
            "I took Shannon and Ava to Marlpit Lane Surgery to register Ava. Done.",
            "",
        ),
    )
    f.occ(
        "2024-06-19",
        "fernlea-2wk-review",
        R(
            "fern",
            "Two-week review meeting at Fernlea: our manager, SW, HV, Pathways, Shannon. "
            "Shannon doing well with routines, needs prompting with night feeds.",
            "10:00",
        ),
        R(
            "csc",
            "Fernlea 2 week review. Positive start; concerns about night-time care and Shannon's "
            "phone contact with Dean.",
            "10:00",
            "Review meeting",
        ),
        R(
            "hv",
            "Contact type: Review meeting at residential unit. Outcome: weight 3.4kg, on 10th "
            "centile. HV to weigh fortnightly.",
            "",
            "Professional meeting",
        ),
        R(
            "sms",
            "Fernlea review - attended. Methadone dispensed on site.",
            "10:00",
            "Meeting",
        ),
    )

    # --- Relapse at Fernlea and accommodation ------------------------------------------------
    f.occ(
        "2024-07-06",
        "left-unit-intoxicated",
        R(
            "fern",
            "Shannon went out at 18:00 'to the shop', not back by 21:00 curfew; did not answer "
            "her phone. Returned 23:40 unsteady, pinned pupils. Ava cared for by night staff in "
            "the night nursery. Shannon went to bed.",
            "23:40",
        ),
    )
    f.occ(
        "2024-07-07",
        "overdose-ambulance",
        R(
            "fern",
            "02:15 night worker checked room 4: Shannon unresponsive, breathing shallow. 999 "
            "called. Paramedics gave naloxone and took her to Hollinbury General. Ava stayed "
            "with night staff, not harmed.",
            "02:15",
        ),
        R(
            "amb",
            "Cat 1. 28F at residential unit, found unresponsive by staff, RR 6, pinpoint pupils. "
            "Suspected opiate OD. Naloxone 400mcg IM x2 with good response. GCS 14. Conveyed to "
            "HGH ED. Infant on premises cared for by staff.",
            "02:19",
            "999 call",
            "Conveyed",
            ref="CAD 24-118830",
        ),
    )
    f.occ(
        "2024-07-07",
        "ed-attendance-mother",
        R(
            "ed",
            "Triage: 28F BIBA, opiate OD at mother and baby unit, naloxone x2 pre hospital. "
            "GCS 14, RR 14. Cat 2.",
            "03:05",
            "Triage",
        ),
        R(
            "ed",
            "Dr review: admits heroin and 'a few tablets' on top of methadone. Obs stable. Plan "
            "observe 6 hrs post naloxone, liaison psychiatry. Has 8/52 baby - safeguarding "
            "form, baby with staff at unit.",
            "04:10",
            "Medical review",
        ),
        R(
            "ed",
            "Self-discharged against medical advice at 06:30 before liaison psych review. "
            "Capacity assessed. Safeguarding form completed.",
            "06:30",
            "Discharge",
        ),
    )
    f.occ(
        "2024-07-07",
        "fernlea-call-edt",
        R(
            "fern",
            "Night manager rang EDT to report the overdose and that Ava is with us.",
            "06:45",
        ),
        R(
            "csc",
            "EDT: call from Fernlea night manager. Mother found unresponsive at 02:15, naloxone "
            "by paramedics, in ED. Baby safe with staff. Allocated SW and TM to be informed "
            "first thing Monday.",
            "06:45",
            "Out of hours",
        ),
    )
    f.occ(
        "2024-07-08",
        "strat-relapse",
        R(
            "csc",
            "Strategy meeting (Teams) following Shannon's overdose at Fernlea. Present: TM, SW, "
            "DS Kerr, Fernlea manager, Pathways, HV. Threshold for S47 met. Shannon agrees "
            "to Ava being accommodated (s20) while proceedings are considered.",
            "09:30",
            "Strategy discussion",
            "S47. s20 placement today. Legal to issue.",
        ),
        R(
            "pol",
            "STRATEGY MTG - OD OF SHANNON PELLOW AT FERNLEA 07/07. NO OFFENCES IDENTIFIED AT "
            "THIS TIME. CAIT DS KERR. LOG 0217 08/07/24.",
            "09:30",
            ref="LOG 0217 08/07/24",
        ),
        R(
            "fern",
            "Lorraine and I attended the strategy meeting by Teams. Assessment ended.",
            "09:30",
        ),
        R(
            "hv",
            "Contact type: Strat disc. Outcome: S47; baby to be accommodated.",
            "",
            "Professional meeting",
        ),
    )
    f.occ(
        "2024-07-08",
        "s20-placement",
        R(
            "csc",
            "Ava accommodated under s20 with mother's signed consent. Placed with foster carers "
            "Mr and Mrs Abara, 3 Wren Row, Castlebridge. Shannon left Fernlea to return to "
            "Sorrel Street.",
            "16:00",
            "Became looked after",
        ),
        R(
            "fern",
            "Ava left with the SW at 4pm to foster carers. Shannon packed her things and left "
            "at 5pm. Residential placement ended.",
            "16:00",
        ),
        R(
            "hv",
            "Ava accommodated s20 08/07 and placed with foster carers at 3 Wren Row, "
            "Castlebridge. Transfer to LAC health pathway.",
            "",
            "Change of address",
            shift="late",
        ),
    )
    f.occ(
        "2024-07-11",
        "care-application",
        R(
            "legal",
            "C110A care application issued at Castlebridge Family Court. Interim care order "
            "sought. First hearing listed 16/07.",
            "",
            "Application issued",
            ref="CB24C00412",
        ),
        R(
            "csc",
            "Care proceedings issued today. Shannon and Dean served via solicitors.",
            "",
            "Court",
        ),
    )
    f.occ(
        "2024-07-16",
        "ico-hearing",
        R(
            "legal",
            "CMH/ICO hearing, Castlebridge Family Court (DJ Pennock). ICO granted to LA by "
            "consent of mother; father did not attend. Placement with foster carers approved. "
            "Viability of MGM Linda Pellow to be filed by 06/08. IRH 15/10.",
            "10:30",
            "Hearing",
        ),
        R(
            "csc",
            "First hearing in care proceedings - ICO granted. Ava now looked after under s38.",
            "",
            "Court hearing",
        ),
        R(
            "caf",
            "First hearing. Guardian supported the ICO and the foster placement. Asked for "
            "hair strand testing of both parents.",
            "10:30",
            "Court",
        ),
    )
    f.occ(
        "2024-07-17",
        "guardian-visit",
        R(
            "caf",
            "Visit to Ava at the foster home (3 Wren Row). Settled, feeding well, good eye "
            "contact with carer. Discussed contact with the carer.",
            "11:00",
            "Visit",
        ),
    )
    f.occ(
        "2024-08-01",
        "arrest-dean",
        R(
            "pol",
            "WARRANT EXECUTED 44 BRINDLE COURT HL2 9AF 06:05. GARSIDE DEAN ARRESTED PWITS CLASS "
            "A (HEROIN/CRACK) - 31 WRAPS AND £1,240 CASH. CONVEYED HOLLINBURY CUSTODY. CRN "
            "24/081177.",
            "06:10",
            ref="CRN 24/081177",
        ),
    )
    f.occ(
        "2024-08-01",
        "arrest-shannon",
        R(
            "pol",
            "SAME ADDRESS - PELLOW SHANNON (DOB 11/03/1996) PRESENT IN BEDROOM, ARRESTED "
            "POSSESSION CLASS A (2 WRAPS). CONVEYED HOLLINBURY CUSTODY. CRN 24/081178.",
            "06:15",
            ref="CRN 24/081178",
        ),
    )
    f.occ(
        "2024-08-01",
        "csc-police-notification",
        R(
            "csc",
            "Police notification (PPN) received: warrant at Dean's flat this morning; Dean and "
            "Shannon both arrested (Class A). No children present.",
            "11:20",
            "Police notification",
        ),
    )
    f.occ(
        "2024-08-02",
        "dean-charged",
        R(
            "pol",
            "GARSIDE DEAN CHARGED PWITS CLASS A X2 AND POCA. REMANDED TO HOLLINBURY MC "
            "03/08/24. PELLOW S RELEASED UNDER INVESTIGATION.",
            "18:40",
            ref="CRN 24/081177",
        ),
        R(
            "csc",
            "Dean Garside charged with possession with intent to supply Class A, remanded in "
            "custody. Shannon released under investigation.",
            "",
            "Criminal proceedings",
        ),
    )
    f.occ(
        "2024-08-05",
        "cla-review-1",
        R(
            "csc",
            "First CLA review (IRO H Brightwater) at the foster home. Care plan: assess MGM as "
            "connected carer; contact with mother 3x weekly supervised at Castlebridge family "
            "centre; health assessment done 25/07.",
            "14:00",
            "LAC review",
        ),
        R(
            "hv",
            "Contact type: LAC review. Outcome: Ava well, weight 4.6kg (25th). HV continues "
            "universal plus.",
            "14:00",
            "Professional meeting",
        ),
        R(
            "caf",
            "Attended Ava's first looked after review at the carers' home.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-09-24",
        "move-to-mgm",
        R(
            "csc",
            "Ava moved from foster carers to MGM Linda Pellow, 9 Thistle Walk, Castlebridge "
            "CB3 6RU, under Reg 24 (connected person) placement after positive viability.",
            "12:00",
            "Change of placement",
        ),
        R(
            "hv",
            "Contact type: Change of address - Ava now placed with MGM at 9 Thistle Walk. "
            "Outcome: visit booked.",
            "",
            "Change of address",
        ),
    )
    f.occ(
        "2024-10-15",
        "irh",
        R(
            "legal",
            "IRH, Castlebridge Family Court. Mother supports SGO to MGM; father (produced from "
            "HMP Ashgrove by video) neutral. Final hearing listed 21/01/25.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "IRH: final hearing 21/01/25. SGO assessment of Linda to be filed by 29/11.",
            "",
            "Court hearing",
        ),
        R(
            "caf",
            "Issues resolution hearing. Guardian supports SGO plan subject to the SGA.",
            "10:00",
            "Court",
        ),
    )
    f.occ(
        "2024-11-05",
        "cla-review-2",
        R(
            "csc",
            "Second CLA review at Thistle Walk. Ava thriving with MGM. Mother's contact now 2x "
            "weekly at MGM's, supervised by Linda.",
            "10:00",
            "LAC review",
        ),
        R(
            "hv",
            "LAC review 2 - HV attended.",
            "",
            "Professional meeting",
            shift="month",
        ),
    )
    f.occ(
        "2024-12-13",
        "dean-sentenced",
        R(
            "pol",
            "GARSIDE DEAN SENTENCED HOLLINBURY CROWN COURT - 4 YRS 3 MTHS IMPRISONMENT (PWITS). "
            "CRN 24/081177 FINALISED.",
            "",
            ref="CRN 24/081177",
        ),
    )
    f.occ(
        "2025-01-21",
        "final-hearing-sgo",
        R(
            "legal",
            "Final hearing, Castlebridge Family Court (HHJ Orme). Special guardianship order "
            "made to Linda Pellow. ICO discharged; care proceedings concluded.",
            "10:00",
            "Final hearing",
        ),
        R(
            "csc",
            "Final hearing: SGO granted to MGM. Ava no longer looked after. Case to close to "
            "SGO support team.",
            "",
            "Court order",
        ),
        R(
            "caf",
            "Final hearing attended. SGO to maternal grandmother. Guardian's work complete.",
            "10:00",
            "Court",
        ),
        R(
            "hv",
            "SGO granted to MGM yesterday per SW. Ava remains at 9 Thistle Walk.",
            "",
            "Legal status",
            shift="late",
        ),
    )

    f.occ(
        "2025-03-04",
        "csc-closure",
        R(
            "csc",
            "Case closed to children's social care; transferred to SGO support team. Closing "
            "summary sent to Linda and to Shannon.",
            "",
            "Case closure",
        ),
    )

    # --- Typed twice, Pathways ---------------------------------------------------------------
    f.occ(
        "2024-09-10",
        "tox-negative-typed-twice",
        R(
            "sms",
            "Tox screen today: methadone only. Sixth negative in a row. Shannon pleased.",
            "11:30",
            "Tox result",
        ),
        R(
            "sms",
            "Tox screen today - methadone only. 6th negative in a row, Shannon pleased.",
            "11:30",
            "Tox result",
        ),
    )

    # --- Routine entries ----------------------------------------------------------------------
    f.fill(
        "mw",
        "2024-01-24",
        "2024-05-10",
        [
            (
                "Antenatal appointment",
                "ANC - growth scan normal, EFW 50th centile. FH heard. Tox discussed.",
            ),
            ("Did not attend", "DNA ANC. Rang Shannon - overslept. Rebooked for Thursday."),
        ],
    )
    f.fill(
        "hv",
        "2024-03-25",
        "2024-05-10",
        [
            (
                "Antenatal contact",
                "Contact type: Antenatal HV visit at Sorrel St. Outcome: safe sleep and NAS "
                "discussed; cot and moses basket bought.",
            )
        ],
    )
    f.fill(
        "hv",
        "2024-06-06",
        "2024-07-04",
        [("Home visit", "Contact type: Visit at Fernlea. Outcome: wt 3.9kg; settled.")],
    )
    f.fill(
        "hv",
        "2024-07-10",
        "2024-09-20",
        [
            (
                "Home visit",
                "Contact type: Visit to foster home. Outcome: growth on 25th centile; carer "
                "managing well; Ava smiling and fixing.",
            )
        ],
    )
    f.fill(
        "hv",
        "2024-09-26",
        "2025-03-14",
        [
            (
                "Home visit",
                "Contact type: Visit at 9 Thistle Walk. Outcome: Ava weaning, MGM coping; mum "
                "present, calm.",
            )
        ],
    )
    f.fill(
        "gp",
        "2024-01-24",
        "2024-05-10",
        [
            (
                "Consultation",
                "S: Shannon - low mood, poor sleep. O: tearful, no thoughts of self-harm. A: "
                "anxiety in pregnancy. P: perinatal MH referral offered, declined.",
            )
        ],
    )
    f.fill(
        "gp",
        "2024-07-10",
        "2024-09-20",
        [("Immunisation", "Ava - primary immunisations given by PN, foster carer present.")],
    )
    f.fill(
        "sms",
        "2024-01-24",
        "2025-02-28",
        [
            ("Keywork session", "Keywork at Pathways. Dose 80ml. Talked about triggers - Dean."),
            ("Did not attend", "DNA keywork. Text sent."),
        ],
    )
    f.fill(
        "sms",
        "2024-07-10",
        "2025-02-28",
        [("Keywork session", "Keywork. Mood better; going to SMART recovery group Tuesdays.")],
    )
    f.fill(
        "csc",
        "2024-02-07",
        "2024-05-10",
        [
            (
                "Home visit",
                "Statutory visit (CP) to Shannon at Sorrel Street. Cot set up in her bedroom; "
                "talked about the birth plan. Dean not seen.",
            )
        ],
    )
    f.fill(
        "csc",
        "2024-07-10",
        "2024-09-20",
        [
            (
                "Statutory visit",
                "CLA visit to Ava at the foster carers'. Ava seen awake, smiling, cot in "
                "carers' room.",
            ),
            (
                "Contact supervision",
                "Family time at Castlebridge family centre: Shannon on time, warm and "
                "attentive, changed and fed Ava.",
            ),
        ],
    )
    f.fill(
        "fern",
        "2024-06-06",
        "2024-07-04",
        [
            ("", "Observed bath time. Shannon needed prompting to check the water."),
            ("", "Handover from night staff: Shannon did both night feeds without prompting."),
        ],
    )
    f.fill(
        "nnu",
        "2024-05-14",
        "2024-06-04",
        [("Nursing", "Finnegan 6, 5, 7. Morphine weaned by 10%. Mum did cares.")],
        weekdays=False,
    )
    f.fill(
        "caf",
        "2024-09-26",
        "2025-01-17",
        [("Visit", "Visited Ava at MGM's. Observed Linda's handling: calm, responsive.")],
    )
    f.fill(
        "legal",
        "2024-07-17",
        "2024-08-06",
        [("Filing", "Viability assessment of MGM filed and served.")],
    )
    return f.case()


# ---------------------------------------------------------------------------------------------
# Case 2: Ashdown-Reilly. A fourteen-year-old girl with anorexia nervosa; school and school
# nurse concerns, the GP's urgent referral, the community eating disorder service, two
# emergency department attendances on consecutive days, a paediatric ward admission under a
# nasogastric tube plan, a Mental Health Act assessment, a Tier 4 bed far from home, and
# separated parents who disagree over her treatment (a private law application, Cafcass
# safeguarding checks, a section 7 report and the family court's hearings)).
# ---------------------------------------------------------------------------------------------


def _ashdown_reilly() -> BlindCase:
    f = Family(
        "ashdown-reilly",
        1914,
        {
            "sch": Sheet(
                SCHOOL,
                "Kingsmere_Academy_DSL_log.xlsx",
                "Safeguarding log",
                (("2024-01-01", "J Pryce (DSL)"),),
                typed=False,
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "SchoolNursing_AshdownReilly.xlsx",
                "Contacts",
                (("2024-01-01", "Tasha Obi, SN"),),
            ),
            "gp": Sheet(
                GP,
                "GP_QuarryHill_Niamh.csv",
                "",
                (("2024-01-01", "Dr L Bamford"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "CEDS_Niamh_AR.xlsx",
                "Clinical contacts",
                (("2024-01-01", "Sam Kitteridge, family therapist"),),
            ),
            "ed": Sheet(
                ED,
                "AGH_ED_Niamh.xlsx",
                "ED episodes",
                (("2024-01-01", "AGH ED"),),
            ),
            "ward": Sheet(
                WARD,
                "AGH_PuffinWard_Niamh.xlsx",
                "Inpatient notes",
                (("2024-01-01", "Puffin Ward"),),
            ),
            "amhp": Sheet(
                AMHP,
                "AMHP_Hub_Aldenbury.xlsx",
                "Referrals and assessments",
                (("2024-01-01", "Neil Capstick AMHP"),),
            ),
            "t4": Sheet(
                TIER4,
                "Larkhill_AU_Niamh.xlsx",
                "Chronology",
                (("2024-01-01", "Larkhill Adolescent Unit"),),
            ),
            "csc": Sheet(
                CSC,
                "Aldenbury_CSC_AshdownReilly.xlsx",
                "Case chronology",
                (("2024-01-01", "Front Door"), ("2024-11-19", "Hannah Vickery SW")),
            ),
            "caf": Sheet(
                CAFCASS,
                "Cafcass_Private_Law_AR.xlsx",
                "Case notes",
                (("2024-01-01", "Dominic Sheard FCA"),),
            ),
            "pol": Sheet(POLICE, "Police_AshdownReilly.csv", "", typed=False),
            "amb": Sheet(AMBULANCE, "Ambulance_Niamh.xlsx", "Incidents"),
        },
    )

    # --- First concerns ----------------------------------------------------------------------
    f.occ(
        "2024-06-04",
        "friend-disclosure",
        R(
            "sch",
            "Niamh's friend (Y9) came to see me at break: Niamh has been putting her lunch in the "
            "bin for weeks and 'goes running every night'. I spoke to Niamh, who said she is "
            "fine and 'just eating healthily'. I rang mum (Claire Ashdown), who said she had "
            "noticed she had lost weight and would book the GP.",
            "",
        ),
    )
    f.occ(
        "2024-06-11",
        "gp-first-consult",
        R(
            "gp",
            "S: Seen with mother. Periods stopped 4/12, wt loss ~4kg since Jan, running daily, "
            "cutting out carbs. Parents separated, lives with mum, weekends with dad. O: wt "
            "45.1kg ht 162cm, HR 58, BP 98/60, no postural drop. A: weight loss ?restrictive "
            "eating. P: FBC U&E bone LFT TFTs coeliac; review 4/52; SCOFF 3/5.",
            "16:40",
            "Consultation",
        ),
    )
    f.occ(
        "2024-09-12",
        "pe-faint",
        R(
            "sch",
            "PE (Mr Drinkwater) told me Niamh fainted in the changing room after netball and "
            "looks 'skeletal'. First aider saw her: pale, cold hands. I rang mum, who came to "
            "collect her. Mum told me the GP had 'said to keep an eye'. I asked the school "
            "nurse to see Niamh.",
            "",
        ),
    )
    f.occ(
        "2024-09-16",
        "sn-drop-in",
        R(
            "sn",
            "Seen in school at request of DSL. Wt 41.2kg, ht 163cm, BMI 15.5 (77% mBMI). Cold "
            "peripheries, lanugo on forearms. Niamh said she wants to 'lose a bit more'. "
            "Discussed with mum by phone.",
            "10:20",
            "School contact",
            "Letter to GP today requesting urgent review.",
        ),
    )
    f.occ(
        "2024-09-16",
        "sn-letter-gp",
        R(
            "sn",
            "Letter to GP (Quarry Hill) re Niamh: BMI 15.5, %mBMI 77, lanugo, fainting episode "
            "12/09. Urgent review and CEDS referral requested.",
            "14:00",
            "Letter",
        ),
        R(
            "gp",
            "Letter filed from school nursing service: Niamh, wt 41.2kg, BMI 15.5, faint at "
            "school 12/09. Requests urgent review. Appointment booked.",
            "",
            "Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-19",
        "gp-urgent-consult",
        R(
            "gp",
            "S: Seen with mum. Restricting to ~600kcal/day, running, dizzy on standing. O: wt "
            "40.8kg, HR 48 lying 66 standing, BP 92/54, temp 35.6, cap refill 3s. ECG: sinus "
            "brady, QTc 430. A: anorexia nervosa, MEED amber. P: urgent CEDS referral today, "
            "bloods, safety-net advice to mum re ED.",
            "09:10",
            "Consultation",
        ),
    )
    f.occ(
        "2024-09-19",
        "gp-referral-ceds",
        R(
            "gp",
            "Urgent referral to CAMHS Community Eating Disorder Service sent (e-referral), "
            "copy to mother and father.",
            "12:30",
            "Referral",
        ),
        R(
            "camhs",
            "Referral received from GP (Dr Bamford): 14F, wt 40.8kg, BMI 15.4, HR 48, "
            "restricting and over-exercising.",
            "",
            "Referral received",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-23",
        "ceds-triage",
        R(
            "camhs",
            "Triage (Dr R Anand, consultant): URGENT - assessment within 1 week; weekly "
            "physical monitoring with GP until seen.",
            "11:00",
            "Triage decision",
        ),
    )
    f.occ(
        "2024-09-27",
        "ceds-assessment",
        R(
            "camhs",
            "Assessment: Niamh with mother; father joined by phone for 20 mins and disagreed "
            "that Niamh is unwell ('this is her mother's obsession with food'). Dx anorexia "
            "nervosa, restrictive. FT-AN offered weekly; meal plan; MEED amber.",
            "14:00",
            "Assessment",
            "FT-AN start 04/10. Weekly obs.",
        ),
    )
    f.occ(
        "2024-10-03",
        "father-calls-ceds",
        R(
            "camhs",
            "Tel call from father (Martin Reilly): angry he was not in the room at assessment; "
            "does not agree with the diagnosis; wants a second opinion and Niamh seen without "
            "her mother. Said I would ring him back after speaking to the team.",
            "16:30",
            "Telephone",
        ),
    )
    f.occ(
        "2024-10-04",
        "ceds-calls-father-back",
        R(
            "camhs",
            "Rang father back. Explained FT-AN needs both parents and invited him to Tuesday's "
            "session. He agreed to come to alternate sessions.",
            "12:15",
            "Telephone",
        ),
    )
    f.occ(
        "2024-10-08",
        "father-emails-school",
        R(
            "sch",
            "Mr Reilly emailed me asking for copies of everything the school holds on Niamh "
            "and saying school must not 'make her eat in front of people'. I replied "
            "acknowledging and forwarded the records request to the data protection officer.",
            "",
        ),
    )
    f.occ(
        "2024-10-15",
        "school-support-meeting",
        R(
            "sch",
            "I chaired a support meeting with mum, Niamh, Sam (CEDS), Tasha (school nurse) and "
            "Niamh's head of year. Agreed: lunch in the pastoral room with a member of staff, "
            "no PE for now, snack at break. Dad invited, did not attend.",
            "",
        ),
        R(
            "camhs",
            "School meeting at Kingsmere Academy with DSL, school nurse, mother, Niamh. "
            "Supported lunch plan agreed.",
            "13:30",
            "School liaison",
        ),
        R(
            "sn",
            "Attended school support meeting re Niamh. SN to weigh fortnightly in school "
            "(blind weights) and share with CEDS.",
            "13:30",
            "Meeting",
        ),
    )

    # --- Two attendances and the ward --------------------------------------------------------
    f.occ(
        "2024-11-11",
        "ed-1",
        R(
            "ed",
            "Triage 19:42: 14F, known AN (CEDS), dizzy and near-syncope at home. HR 44, BP "
            "90/55, BM 4.1. Cat 3.",
            "19:42",
            "Triage",
        ),
        R(
            "ed",
            "Seen by paeds SHO: lying/standing HR 44/70, bloods normal, ECG sinus brady QTc "
            "440. Not meeting admission criteria. Dc home with mum, CEDS to review tomorrow.",
            "23:10",
            "Discharge",
        ),
    )
    f.occ(
        "2024-11-12",
        "collapse-at-school",
        R(
            "sch",
            "Niamh collapsed in Maths at 10:45. I called 999 at 10:50 and rang mum. Paramedics "
            "arrived at 11:08 and took her to Aldenbury General with mum. Finn was told by his "
            "form tutor that his sister was OK.",
            "10:50",
        ),
        R(
            "amb",
            "Cat 2: 14F collapse at school. Known eating disorder. HR 38, BP 84/50, BM 3.6, "
            "temp 35.1. Glucose gel given. Conveyed to AGH ED with mother.",
            "10:52",
            "999 call",
            "Conveyed",
            ref="Inc 24-3318207",
        ),
    )
    f.occ(
        "2024-11-12",
        "ed-2",
        R(
            "ed",
            "Triage 11:35 BIBA from school after collapse. HR 38, temp 35.1. Seen here "
            "yesterday. Cat 2.",
            "11:35",
            "Triage",
        ),
        R(
            "ed",
            "Paeds reg: HR 36 lying, K 2.9, PO4 0.71, MEED RED. High refeeding risk. Admit "
            "under paeds (Dr Halvorsen). CEDS informed.",
            "13:05",
            "Medical review",
        ),
        R(
            "ed",
            "Transferred to Puffin Ward 16:20. Cardiac monitoring in situ.",
            "16:20",
            "Discharge",
        ),
    )
    f.occ(
        "2024-11-12",
        "ward-admission",
        R(
            "ward",
            "Admitted to Puffin Ward from ED 16:40. AN with bradycardia, hypokalaemia, "
            "hypophosphataemia. Plan: MEED high-risk refeeding, start 1400kcal, bloods BD, "
            "cardiac monitor, bed rest. NG tube plan if <75% of any meal. 1:1 RMN.",
            "16:40",
            "Admission",
        ),
    )
    f.occ(
        "2024-11-12",
        "mother-calls-ceds",
        R(
            "camhs",
            "Mum rang: Niamh admitted to Puffin Ward after collapsing at school. Clinician to "
            "visit ward tomorrow.",
            "17:35",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-13",
        "ward-mdt",
        R(
            "ward",
            "MDT: Dr Halvorsen, dietitian, CEDS (Sam K, Dr Anand), nurse in charge. Meal "
            "plan 1400kcal rising 200kcal/48h. If <75% of meal -> NG top-up. Both parents "
            "to be told the plan; father not present.",
            "11:00",
            "MDT",
        ),
        R(
            "camhs",
            "Ward professionals' meeting on Puffin Ward. NG tube plan agreed. CEDS to attend "
            "ward round weekly.",
            "11:00",
            "Professionals meeting",
        ),
    )
    f.occ(
        "2024-11-14",
        "father-at-reception",
        R(
            "sch",
            "(Niamh's log) Mr Reilly arrived at reception at 15:10 and asked to see me about "
            "Niamh's 'forced feeding'. He was shouting in front of students and said school "
            "had 'reported him'. I spoke with him in the meeting room; he left at 15:40.",
            "15:10",
        ),
        R(
            "sch",
            "(Finn's log) Mr Reilly came to reception 15:10 asking to take Finn; Thursday is "
            "mum's day. He was raised-voiced about Niamh's treatment. Finn went home with mum "
            "as arranged. I spoke to Finn, who said he was 'used to it'.",
            "15:10",
        ),
    )
    f.occ(
        "2024-11-15",
        "ngt-passed",
        R(
            "ward",
            "Refused 3 consecutive meals. NGT passed 11:50 (pH 4.5) with mother's consent. "
            "Father rang the ward at 10:30 and said he does not consent; consultant discussed "
            "with him. Niamh distressed, needed holding by 2 staff.",
            "11:50",
            "Nursing",
        ),
    )
    f.occ(
        "2024-11-15",
        "ward-referral-csc",
        R(
            "ward",
            "Safeguarding referral to Aldenbury Front Door (named nurse): parental conflict "
            "over treatment affecting care; father's behaviour at school and to staff; "
            "restraint needed for NG feeding.",
            "15:30",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Contact from Aldenbury General (safeguarding named nurse) re Niamh ASHDOWN-REILLY, "
            "14, inpatient with anorexia. Parents disagree over treatment; father refusing "
            "consent to NG feeds; needs holding for feeds.",
            "15:34",
            "Contact",
        ),
    )
    f.occ(
        "2024-11-17",
        "argument-on-ward",
        R(
            "ward",
            "Visiting: parents arrived together and argued loudly by Niamh's bed about the tube. "
            "Security called 18:20; father escorted off the ward. Niamh tearful, pulled at NGT.",
            "18:20",
            "Incident",
        ),
    )
    f.occ(
        "2024-11-18",
        "csc-screening",
        R(
            "csc",
            "Front Door decision: s17 Child and Family Assessment (child in need). No "
            "significant harm threshold for S47 at this time. Allocate to Assessment Team 1.",
            "10:00",
            "Screening decision",
        ),
    )
    f.occ(
        "2024-11-20",
        "ngt-pulled",
        R(
            "ward",
            "NGT pulled out x2 overnight (01:30, 04:10). Re-passed 09:15 with holding (5 staff). "
            "Niamh says she 'would rather die than be fat'. Discussed MHA with Dr Anand.",
            "09:15",
            "Nursing",
        ),
    )
    f.occ(
        "2024-11-22",
        "consent-meeting",
        R(
            "ward",
            "Professionals' meeting re legal framework for NG feeding: Dr Halvorsen, Dr Anand, "
            "SW H Vickery, trust solicitor. Parental consent unreliable (parents disagree); "
            "Niamh lacks capacity re feeding. Agreed to request MHA assessment.",
            "14:00",
            "Meeting",
        ),
        R(
            "camhs",
            "Consent/capacity professionals meeting on Puffin Ward - MHA assessment to be "
            "requested by ward consultant.",
            "14:00",
            "Professionals meeting",
        ),
        R(
            "csc",
            "Professionals meeting at AGH about consent to treatment. I attended. Outcome: "
            "Mental Health Act assessment to be requested.",
            "",
            "Professionals meeting",
        ),
    )
    f.occ(
        "2024-11-25",
        "ward-requests-mha",
        R(
            "ward",
            "Dr Halvorsen rang AMHP hub to request MHA assessment. Booked for tomorrow 14:00.",
            "10:05",
            "Telephone",
        ),
        R(
            "amhp",
            "Request for MHA assessment from Dr Halvorsen, Puffin Ward AGH: 14F, AN, refusing "
            "NG feeds, needing restraint. Allocated N Capstick. Nearest relative: mother "
            "(elder parent).",
            "10:05",
            "Referral",
        ),
    )
    f.occ(
        "2024-11-26",
        "mha-assessment-1",
        R(
            "amhp",
            "MHA assessment on Puffin Ward with Dr Anand (s12) and Dr Fitzgerald (s12, "
            "independent). Niamh interviewed; mother (NR) consulted, does not object. Application "
            "made under s2. Bed search for Tier 4 to follow.",
            "14:00",
            "MHA assessment",
            "Detained s2 at 16:45.",
        ),
        R(
            "ward",
            "MHA assessment completed on the ward this afternoon. Niamh now detained under "
            "section 2. Rights read (s132).",
            "16:50",
            "MHA",
        ),
        R(
            "camhs",
            "Attended MHA assessment as s12 doctor (Dr Anand). Medical recommendation "
            "completed. Section 2.",
            "14:00",
            "MHA assessment",
        ),
    )
    f.occ(
        "2024-11-26",
        "amhp-tells-father",
        R(
            "amhp",
            "Phoned father to inform him of the detention. He was angry and said he would "
            "'take this to court'. Gave him information about the Tribunal and advocacy.",
            "17:20",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-27",
        "tier4-referral",
        R(
            "camhs",
            "Tier 4 referral to the provider collaborative (general adolescent unit with "
            "eating disorder beds). Nearest available may be out of area.",
            "",
            "Tier 4 referral",
        ),
    )
    f.occ(
        "2024-12-12",
        "transfer-larkhill",
        R(
            "ward",
            "Transferred to Larkhill Adolescent Unit, Drayford, by secure patient transport "
            "10:30, with s2 papers and NG plan. Discharge letter to GP.",
            "10:30",
            "Transfer",
        ),
        R(
            "t4",
            "Admission: Niamh ASHDOWN-REILLY 14F, detained s2 MHA, transferred from Puffin "
            "Ward AGH, arrived 14:20. Wt 40.2kg. NG feeds continued. Mother accompanied.",
            "14:20",
            "Admission",
        ),
        R(
            "camhs",
            "Niamh transferred to Larkhill (Drayford) today. CEDS to remain care "
            "coordinator for CPA.",
            "",
            "Update",
        ),
        R(
            "csc",
            "Niamh moved from Aldenbury General to the Tier 4 bed at Larkhill Adolescent Unit, "
            "Drayford (68 miles away).",
            "",
            "Change of address",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-18",
        "father-at-larkhill",
        R(
            "t4",
            "19:40 father arrived outside visiting hours demanding to see Niamh and take her "
            "home 'for Christmas'. Refused to leave reception. Police called 20:05. Left with "
            "officers 20:40. Niamh not aware.",
            "19:40",
            "Incident",
        ),
        R(
            "pol",
            "CAD 2231 18/12/24 LARKHILL ADOLESCENT UNIT DRAYFORD. MALE (REILLY MARTIN) REFUSING "
            "TO LEAVE RECEPTION, DAUGHTER DETAINED PATIENT. NO OFFENCES. WORDS OF ADVICE, LEFT "
            "VOLUNTARILY. CHILD PPN SUBMITTED.",
            "20:05",
            ref="CAD 2231 18/12/24",
        ),
    )
    f.occ(
        "2024-12-19",
        "csc-police-notification",
        R(
            "csc",
            "Police child notification received: father attended Larkhill unit last night "
            "and refused to leave; words of advice.",
            "09:40",
            "Police notification",
        ),
    )
    f.occ(
        "2024-12-20",
        "mha-assessment-s3",
        R(
            "amhp",
            "MHA assessment at Larkhill for s3 (s2 expires 23/12). Dr Mbeki (RC) and Dr Anand. "
            "Mother (NR) consulted, no objection. Application under s3 completed.",
            "11:00",
            "MHA assessment",
        ),
        R(
            "t4",
            "MHA assessment today by AMHP and two doctors. Detained s3 from 13:05.",
            "13:05",
            "MHA",
        ),
    )

    # --- Private law and Tier 4 --------------------------------------------------------------
    f.occ(
        "2025-01-07",
        "c100-received",
        R(
            "caf",
            "C100 received from Aldenbury Family Court: father applies for a specific issue "
            "order (Niamh's treatment to be closer to home; father to be consulted on medical "
            "decisions) and a child arrangements order for Finn. FHDRA listed 04/02/25.",
            "",
            "Application received",
            ref="AB25P00031",
        ),
    )
    f.occ(
        "2025-01-08",
        "cpa-review-1",
        R(
            "t4",
            "CPA review (ward round room, Teams link). RC, key nurse, CEDS, SW, school DSL, "
            "both parents (separately). Wt 44.0kg. Leave: escorted ground leave. Parents to "
            "attend family sessions separately.",
            "10:00",
            "CPA review",
        ),
        R(
            "camhs",
            "CPA review at Larkhill attended by Teams (care coordinator).",
            "10:00",
            "CPA",
            shift="swap",
        ),
        R(
            "csc",
            "Attended Niamh's CPA review at Larkhill via Teams. Good weight gain. Father "
            "challenged the plan throughout.",
            "",
            "Meeting",
        ),
        R(
            "sch",
            "I joined the Larkhill CPA meeting on Teams. Hospital school is teaching Niamh "
            "English, maths and science. We will send work.",
            "10:00",
        ),
    )
    f.occ(
        "2025-01-09",
        "cin-meeting-1",
        R(
            "csc",
            "CIN meeting 1 at Kingsmere Academy: SW, DSL, school nurse, mother; father by phone. "
            "CIN plan: Niamh's treatment; Finn's wellbeing; parental conflict - parents "
            "referred to Reducing Parental Conflict programme.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "sch",
            "CIN meeting here after school. Finn's form tutor reports he is quiet but OK.",
            "15:30",
        ),
        R(
            "sn",
            "CIN meeting attended (school).",
            "",
            "Meeting",
            shift="month",
        ),
    )
    f.occ(
        "2025-01-10",
        "cafcass-police-check",
        R(
            "caf",
            "Police safeguarding check request emailed to the force disclosure unit.",
            "09:15",
            "Safeguarding checks",
        ),
        R(
            "pol",
            "CAFCASS CHECK REQUEST RECEIVED (EMAIL) RE REILLY MARTIN / ASHDOWN CLAIRE. "
            "ALLOCATED DISCLOSURE UNIT.",
            "",
        ),
    )
    f.occ(
        "2025-01-13",
        "cafcass-la-check",
        R(
            "caf",
            "LA check: phoned Aldenbury Front Door, put through to SW Hannah Vickery. Open as "
            "CIN; concerns are parental conflict and father's behaviour at school and units.",
            "11:40",
            "Safeguarding checks",
        ),
        R(
            "csc",
            "Call from Cafcass FCA for LA safeguarding check (father's C100). Shared CIN "
            "involvement and the Larkhill incident.",
            "11:40",
            "Telephone",
        ),
    )
    f.occ(
        "2025-01-14",
        "police-check-reply",
        R(
            "pol",
            "CAFCASS CHECK RESPONSE SENT: 1 X CONCERN FOR WELFARE / PATIENT UNIT 18/12/24 (CAD "
            "2231). NO CONVICTIONS EITHER PARTY.",
            "",
        ),
        R(
            "caf",
            "Police check result received by email: one incident 18/12/24 at Larkhill (words "
            "of advice). No convictions.",
            "",
            "Safeguarding checks",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-15",
        "cafcass-calls-father",
        R(
            "caf",
            "Safeguarding telephone interview with father (applicant). He wants Niamh moved "
            "nearer home and says mother has 'turned doctors against him'. Denies any abuse.",
            "10:00",
            "Telephone interview",
        ),
    )
    f.occ(
        "2025-01-15",
        "cafcass-tries-mother",
        R(
            "caf",
            "Rang mother for safeguarding interview - no answer, voicemail left.",
            "14:00",
            "Telephone",
        ),
    )
    f.occ(
        "2025-01-16",
        "mother-calls-cafcass",
        R(
            "caf",
            "Mother rang back. Safeguarding interview done: describes father's shouting at "
            "school and at the unit; no physical abuse; supports Larkhill plan.",
            "09:30",
            "Telephone interview",
        ),
    )
    f.occ(
        "2025-01-20",
        "safeguarding-letter",
        R(
            "caf",
            "Safeguarding letter filed with the court and sent to parties. Recommends a "
            "section 7 report given the disagreement about treatment.",
            "",
            "Safeguarding letter",
        ),
    )
    f.occ(
        "2025-01-28",
        "consultant-letter-court",
        R(
            "camhs",
            "Letter from Dr Anand to the court (at mother's solicitor's request) setting out "
            "diagnosis, risk and why Tier 4 care was needed.",
            "",
            "Letter",
        ),
    )
    f.occ(
        "2025-02-04",
        "fhdra",
        R(
            "caf",
            "FHDRA at Aldenbury Family Court (DJ Maitland). No agreement. Section 7 report "
            "ordered (Cafcass) by 21/03. Interim: medical decisions to follow the treating "
            "team's advice; father to be sent the CPA minutes. Final hearing 13/05/25.",
            "10:00",
            "Court",
        ),
    )
    f.occ(
        "2025-02-18",
        "fca-visit-larkhill",
        R(
            "caf",
            "Visited Niamh at Larkhill for the s7 report. Seen alone in the family room. She "
            "wants to stay 'until I am better' and then live with mum, see dad at weekends.",
            "13:00",
            "Visit",
        ),
        R(
            "t4",
            "Cafcass officer visited Niamh 13:00-14:15 in the family room. Niamh low afterwards, "
            "completed her snack.",
            "13:00",
            "Visitor",
        ),
    )
    f.occ(
        "2025-03-05",
        "cpa-review-2",
        R(
            "t4",
            "CPA review. Wt 48.3kg (92% mBMI). NGT removed 10/02. Home leave weekends to "
            "mother's; day leave with father. Discharge planning to start.",
            "10:00",
            "CPA review",
        ),
        R(
            "camhs",
            "CPA review (Teams). Plan: step-down to CEDS intensive home treatment on discharge.",
            "10:00",
            "CPA",
        ),
        R(
            "csc",
            "CPA review - discharge planning started.",
            "",
            "Meeting",
            shift="-1",
        ),
    )
    f.occ(
        "2025-03-11",
        "cin-meeting-2",
        R(
            "csc",
            "CIN review meeting at school. Parents attended separately (mother 15:30, father "
            "16:15). Reducing Parental Conflict sessions: mother 3/6, father 1/6.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "sch",
            "Second CIN meeting. I updated on Finn: attendance 97%, settled.",
            "15:30",
        ),
    )
    f.occ(
        "2025-03-20",
        "s7-filed",
        R(
            "caf",
            "Section 7 report filed: recommends no specific issue order; treatment decisions "
            "to follow clinical advice; child arrangements order for Finn as now.",
            "",
            "Report filed",
        ),
    )
    f.occ(
        "2025-04-16",
        "discharge-larkhill",
        R(
            "t4",
            "Discharged home to mother's address, 27 Orchard Rise, Pennington Vale. s3 "
            "discharged by RC. s117 aftercare. Wt 50.1kg.",
            "11:00",
            "Discharge",
        ),
        R(
            "camhs",
            "Niamh discharged from Larkhill today to mum's. CEDS intensive home treatment from "
            "tomorrow; 7-day follow-up booked.",
            "",
            "Discharge",
        ),
        R(
            "csc",
            "Niamh home from Larkhill yesterday (discharged 16/04).",
            "",
            "Change of address",
            shift="late",
        ),
    )
    f.occ(
        "2025-04-22",
        "gp-discharge-letter-typed-twice",
        R(
            "gp",
            "Letter filed: Larkhill discharge summary - AN, detained s2 then s3, discharged "
            "16/04, wt 50.1kg, s117. Medication: nil.",
            "",
            "Correspondence",
        ),
        R(
            "gp",
            "Letter filed: Larkhill discharge summary. AN, s2 then s3, discharged 16/04, wt "
            "50.1kg, s117 aftercare. Meds nil.",
            "",
            "Correspondence",
        ),
    )
    f.occ(
        "2025-04-29",
        "reintegration-meeting",
        R(
            "sch",
            "Return to school meeting: Niamh, mum, Sam (CEDS), Tasha (SN), head of year and me. "
            "Part-time timetable mornings only for 2 weeks; supported snack and lunch.",
            "",
        ),
        R(
            "camhs",
            "School reintegration meeting at Kingsmere.",
            "09:00",
            "School liaison",
        ),
        R(
            "sn",
            "School reintegration meeting - SN to resume fortnightly weights in school.",
            "09:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-05-13",
        "final-hearing",
        R(
            "caf",
            "Final hearing. Father withdrew the specific issue application with the court's "
            "permission. Child arrangements order (Finn): lives with mother, alternate weekends "
            "with father. Recital: parents to follow CEDS advice.",
            "10:00",
            "Court",
        ),
        R(
            "camhs",
            "Dr Anand attended the family court (final hearing) to give evidence; not called. "
            "Application withdrawn.",
            "10:00",
            "Court",
        ),
        R(
            "csc",
            "Final hearing in the private law case: father's application withdrawn; CAO for "
            "Finn made.",
            "",
            "Court",
        ),
    )
    f.occ(
        "2025-05-14",
        "father-rings-school",
        R(
            "sch",
            "Mr Reilly rang me, angry about yesterday's court outcome and saying the school's "
            "evidence was 'lies'. I listened, explained our role and logged it.",
            "",
        ),
    )
    f.occ(
        "2025-05-24",
        "doorstep-argument",
        R(
            "pol",
            "LOG 0713 24/05/25 27 ORCHARD RISE PENNINGTON VALE. CALLER ASHDOWN CLAIRE - EX "
            "PARTNER REILLY MARTIN SHOUTING ON DOORSTEP AT HANDOVER OF SON. GONE ON POLICE "
            "ARRIVAL. VERBAL ONLY. DASH STANDARD. 2 CHILDREN PRESENT (15, 12). PPN.",
            "18:05",
            ref="LOG 0713 24/05/25",
        ),
    )
    f.occ(
        "2025-05-27",
        "csc-police-notification-2",
        R(
            "csc",
            "Police notification: verbal argument at handover on 24/05, children present. "
            "Passed to allocated SW.",
            "10:15",
            "Police notification",
        ),
    )
    f.occ(
        "2025-06-17",
        "cin-closure",
        R(
            "csc",
            "CIN review: agreed to close to social care. Niamh maintaining weight with CEDS; "
            "Finn settled. Step down to school pastoral support.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "sch",
            "Final CIN meeting - case to close. I will keep a watching brief for both children.",
            "",
            shift="+2",
        ),
        R(
            "camhs",
            "CIN closure meeting attended by phone.",
            "15:30",
            "Meeting",
        ),
    )

    # --- Routine entries ----------------------------------------------------------------------
    f.fill(
        "gp",
        "2024-06-12",
        "2024-09-10",
        [
            (
                "Consultation",
                "S: Review with mum. Eating 'a bit more'. O: wt 44.9kg, HR 60. A: weight "
                "stable, bloods normal. P: mum to monitor; return if further loss.",
            )
        ],
    )
    f.fill(
        "gp",
        "2024-09-24",
        "2024-11-08",
        [
            ("Physical monitoring", "Weekly obs for CEDS: wt 40.5kg, HR 50, BP 94/58. Sent."),
            ("Physical monitoring", "Weekly obs: wt 40.1kg, HR 47, lying/standing HR 47/68."),
        ],
    )
    f.fill(
        "camhs",
        "2024-10-05",
        "2024-11-08",
        [
            ("FT-AN session", "FT-AN session with mum and Niamh. Father DNA, no message."),
            ("FT-AN session", "FT-AN session: both parents. Tension between them, Niamh silent."),
            ("Did not attend", "Session cancelled by mum - Niamh refused to get in the car."),
        ],
    )
    f.fill(
        "camhs",
        "2025-04-24",
        "2025-07-11",
        [
            ("Home treatment", "Intensive home treatment visit: lunch observed, completed."),
            ("FT-AN session", "Family session with mum. Niamh planning summer job."),
        ],
    )
    f.fill(
        "sn",
        "2024-10-16",
        "2024-11-08",
        [("School contact", "Blind weight in school 40.6kg, shared with CEDS.")],
    )
    f.fill(
        "sn",
        "2025-05-01",
        "2025-07-11",
        [("School contact", "Blind weight in school, shared with CEDS. Niamh chatty.")],
    )
    f.fill(
        "sch",
        "2024-10-16",
        "2024-11-08",
        [("", "Lunch in pastoral room: Niamh ate half a sandwich and an apple. Logged.")],
        timed=False,
    )
    f.fill(
        "sch",
        "2025-01-20",
        "2025-03-28",
        [("", "Sent Niamh's work pack to Larkhill hospital school.")],
        timed=False,
    )
    f.fill(
        "ward",
        "2024-11-23",
        "2024-12-11",
        [
            ("Nursing", "Meal plan 1800kcal: completed 2/3 meals, NG top-up x1. Obs stable."),
            ("Medical review", "Ward round: HR 52, K 3.8, PO4 1.0. Increase to 2000kcal."),
        ],
        weekdays=False,
    )
    f.fill(
        "t4",
        "2024-12-21",
        "2025-02-07",
        [
            ("Ward round", "Ward round: wt 45.7kg. NG feeds reduced to overnight only."),
            ("Family session", "Family session with father (separate). Engaged, calmer."),
        ],
    )
    f.fill(
        "t4",
        "2025-03-07",
        "2025-04-14",
        [("Leave", "Home leave to mother's Sat-Sun: went well, ate all meals.")],
        weekdays=False,
    )
    f.fill(
        "csc",
        "2024-11-19",
        "2025-06-13",
        [
            (
                "Home visit",
                "Visit to mother and Finn at Orchard Rise. Finn's room, school and worries "
                "discussed.",
            ),
            ("Home visit", "Visit to father at Holbeck House. Conflict and its impact discussed."),
        ],
    )
    f.fill(
        "csc",
        "2024-12-13",
        "2025-04-15",
        [("Statutory visit", "Visit to Niamh at Larkhill. Seen alone; wishes and feelings.")],
    )
    return f.case()


# ---------------------------------------------------------------------------------------------
# Case 3: Quilley. A Traveller family who move from a council site in Marlshire to the roadside
# in East Fennick, a relative's driveway and then a house in Brackenshire, and back to a private
# site in East Fennick; health visiting handed over between three areas; parents who cannot
# read the letters sent to them (English-speaking, no interpreter needed); a six-month-old
# baby's broken femur, strategy discussions, a joint visit and a child protection plan; a
# domestic abuse call to the house; and an appeal for a school place.
# ---------------------------------------------------------------------------------------------


def _quilley() -> BlindCase:
    f = Family(
        "quilley",
        1921,
        {
            "hv_m": Sheet(
                HV_MARL,
                "Marlshire_0-19_Quilley.xlsx",
                "HV contacts",
                (("2024-01-01", "Gemma Trelawney HV"),),
            ),
            "hv_e": Sheet(
                HV_FENN,
                "EastFennick_HV_Quilley.xlsx",
                "Sheet1",
                (("2024-01-01", "Anjali Desai HV"),),
            ),
            "hv_b": Sheet(
                HV_BRACK,
                "Brackenshire_HCS_Quilley.xlsx",
                "Chronology",
                (("2024-01-01", "Kirsty Oduya HV"),),
            ),
            "gp": Sheet(
                GP,
                "GP_AshcombeRegisHC_Quilley.csv",
                "",
                (("2024-01-01", "Dr P Whitlock"),),
            ),
            "ed": Sheet(
                ED,
                "BRH_ED_Shiloh.xlsx",
                "Paeds ED",
                (("2024-01-01", "BRH Paediatric ED"),),
            ),
            "ward": Sheet(
                WARD,
                "BRH_OtterWard_Shiloh.xlsx",
                "Notes",
                (("2024-01-01", "Otter Ward"),),
            ),
            "csc": Sheet(
                CSC,
                "Brackenshire_CSC_Quilley.xlsx",
                "Chronology",
                (("2024-01-01", "Callum Fairweather SW"),),
            ),
            "pol": Sheet(POLICE, "Brackenshire_Police_Quilley.xlsx", "Occurrences", typed=False),
            "tes": Sheet(
                TES,
                "TES_Quilley.docx",
                "Table 1",
                (("2024-01-01", "Sue Lavington, TES officer"),),
            ),
            "sch": Sheet(
                SCHOOL,
                "StAldhelms_CPOMS_Quilley.xlsx",
                "Export",
                (("2024-01-01", "Ian Corbridge (DSL)"),),
                typed=False,
            ),
            "adm": Sheet(
                ADMISSIONS,
                "Admissions_Appeals_Levi_Quilley.xlsx",
                "Casework",
                (("2024-01-01", "Admissions team"),),
            ),
            "hsg": Sheet(
                HOUSING,
                "HousingOptions_Quilley.xlsx",
                "Case log",
                (("2024-01-01", "Dan Pryor, housing officer"),),
            ),
        },
    )

    # --- Marlshire site and the roadside in East Fennick -------------------------------------
    f.occ(
        "2024-04-09",
        "hv-m-review",
        R(
            "hv_m",
            "Contact type: 6-8 week review, home visit to trailer, Pitch 9, Coldharbour Lane "
            "Travellers' Site, Stoweford. Seen: Shiloh (7 wks, born 19/02), mum Bridget, Kezia "
            "(3). Wt 4.9kg. Mum says she cannot read - red book "
            "and leaflets talked through verbally; English first language, no interpreter "
            "needed. Outcome: 8 wk imms to be booked by phone, not letter.",
            "11:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-04-22",
        "hv-m-call-mum",
        R(
            "hv_m",
            "Contact type: Telephone. Rang mum re DNA 8 wk imms at Stoweford surgery - no "
            "answer, voicemail left (mum does not read texts).",
            "14:10",
            "Telephone",
        ),
    )
    f.occ(
        "2024-04-23",
        "mum-calls-hv-m",
        R(
            "hv_m",
            "Contact type: Telephone (incoming). Bridget rang back: had not known about the "
            "appointment as the letter went to the site office. Rebooked imms for Friday and "
            "told her the date twice.",
            "09:40",
            "Telephone",
        ),
    )
    f.occ(
        "2024-05-20",
        "left-site",
        R(
            "hv_m",
            "Contact type: Information from site warden. Quilley family left Pitch 9 over the "
            "weekend after a dispute with another family on site. Destination not known.",
            "10:05",
            "Information received",
        ),
    )
    f.occ(
        "2024-06-03",
        "handover-m-to-e",
        R(
            "hv_m",
            "Contact type: Telephone handover to East Fennick 0-19 duty HV. Family believed to "
            "be on roadside at Tilbrook Common. Shared: low literacy, missed imms, baby 3 months. "
            "Outcome: transfer out.",
            "11:15",
            "Transfer out",
        ),
        R(
            "hv_e",
            "Phone handover (transfer in) from Marlshire HV: Quilley family, 3 children, now on "
            "the lay-by at Tilbrook Common. Parents cannot read - phone or visit only.",
            "11:15",
            "Transfer in",
        ),
    )
    f.occ(
        "2024-06-04",
        "hv-m-records-sent",
        R(
            "hv_m",
            "Contact type: Admin. Records transferred to East Fennick by secure email; paper "
            "red book copies posted.",
            "",
            "Admin",
        ),
    )
    f.occ(
        "2024-06-06",
        "hv-e-roadside-visit",
        R(
            "hv_e",
            "Visit to lay-by, B4417 Tilbrook Common. 3 trailers. Dad (Tommy) would not let me "
            "into the trailer; saw Shiloh at the door in mum's arms - alert, well wrapped. Kezia "
            "running on the verge near traffic. Not weighed. Imms offered at the mobile clinic.",
            "10:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-06-14",
        "moved-on",
        R(
            "hv_e",
            "East Fennick GRT liaison officer rang: encampment at Tilbrook Common moved on "
            "under police direction yesterday. Family's whereabouts not known.",
            "15:00",
            "Information received",
        ),
    )
    f.occ(
        "2024-06-25",
        "hv-e-call-mum",
        R(
            "hv_e",
            "Rang mum on mobile - no answer.",
            "13:00",
            "Telephone",
        ),
    )
    f.occ(
        "2024-06-26",
        "mum-calls-hv-e",
        R(
            "hv_e",
            "Mum rang back: staying on Tommy's sister's driveway at Pound Lane, Ashcombe Regis "
            "(Brackenshire). Told her I would pass her to the Brackenshire health visitors.",
            "10:20",
            "Telephone",
        ),
    )
    f.occ(
        "2024-06-27",
        "handover-e-to-b",
        R(
            "hv_e",
            "Transfer out: email to Brackenshire Healthy Child Service single point of access "
            "with summary and records. Case closed to East Fennick.",
            "16:10",
            "Transfer out",
        ),
        R(
            "hv_b",
            "Transfer in by email from East Fennick HV (received late yesterday): Shiloh 4/12, "
            "Kezia 3, Levi 6. Traveller family now on a driveway, Pound Lane. Parents unable to "
            "read. Imms outstanding.",
            "09:00",
            "Transfer in",
            shift="late",
        ),
    )

    # --- Brackenshire: homelessness, GP, a house, a school place ------------------------------
    f.occ(
        "2024-07-03",
        "homeless-presentation",
        R(
            "hsg",
            "Homeless presentation at Ashcombe Regis office: Bridget and Tommy Quilley, 3 "
            "children, living in a touring caravan on a relative's driveway (Pound Lane), told "
            "to leave by 31/07. Bridget cannot read or write - I completed the application with "
            "her and read back each section.",
            "10:00",
            "Homeless application",
            "Prevention duty accepted. Visit booked.",
        ),
    )
    f.occ(
        "2024-07-05",
        "hv-b-first-visit",
        R(
            "hv_b",
            "Contact type: First visit (transfer in), caravan at Pound Lane. Seen: Shiloh, "
            "Kezia, mum. Shiloh wt 7.1kg, rolling, not sitting. Imms not given since 8 wks. "
            "Outcome: catch-up imms booked with GP once registered; mum asked me to ring, not "
            "write.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-07-05",
        "housing-visit",
        R(
            "hsg",
            "Visit to Pound Lane to see the caravan: cramped, no running water in the van, "
            "family using the house bathroom. Photos taken.",
            "14:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-07-10",
        "gp-registration",
        R(
            "gp",
            "New patient registrations x5 (QUILLEY family), address c/o Pound Lane, Ashcombe "
            "Regis. GRT flag. Note: parents cannot read - phone for appointments.",
            "",
            "Registration",
        ),
        R(
            "hv_b",
            "Family registered with Ashcombe Regis Health Centre on 10/07.",
            "",
            "Registration",
            shift="late",
        ),
    )
    f.occ(
        "2024-07-16",
        "tes-visit",
        R(
            "tes",
            "I visited Bridget at Pound Lane. Levi has not been in school since they left "
            "Marlshire in May. Talked through the in-year admission process and nursery for "
            "Kezia.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-07-16",
        "in-year-application",
        R(
            "tes",
            "I completed the in-year application online for Levi with Bridget (on my laptop, "
            "read every question to her): 1st St Aldhelm's CE Primary, 2nd Marsh Lane Primary.",
            "11:15",
            "Application",
        ),
        R(
            "adm",
            "In-year application received online for Levi QUILLEY (Y2). Preferences: 1 St "
            "Aldhelm's CE Primary, 2 Marsh Lane Primary. Submitted by TES on parent's behalf.",
            "",
            "Application received",
            shift="late",
            ref="IYA-24-03317",
        ),
    )
    f.occ(
        "2024-07-30",
        "ta-offer",
        R(
            "hsg",
            "Temporary accommodation offered: 2-bed house, 12 Saddler's Row, Ashcombe Regis AR7 "
            "2PX. I read the offer letter and licence to Bridget and Tommy; they accepted.",
            "",
            "Offer",
        ),
    )
    f.occ(
        "2024-08-05",
        "move-saddlers-row",
        R(
            "hsg",
            "Family moved into 12 Saddler's Row today. Keys handed over; licence signed "
            "(Tommy signed with an X, witnessed).",
            "12:00",
            "Move in",
            shift="-2",
        ),
        R(
            "hv_b",
            "Contact type: Change of address. Family moved into a house, 12 Saddler's Row, "
            "Ashcombe Regis. Outcome: visit to be arranged.",
            "",
            "Change of address",
        ),
        R(
            "gp",
            "Change of address for all 5 family members: 12 Saddler's Row, Ashcombe Regis AR7 2PX.",
            "",
            "Admin",
            shift="late",
        ),
    )
    f.occ(
        "2024-08-14",
        "admission-refused",
        R(
            "adm",
            "Decision letter: St Aldhelm's CE Primary refused (Y2 at PAN 30, no vacancy). Place "
            "offered at Marsh Lane Primary. Right of appeal explained in letter.",
            "",
            "Decision letter",
            ref="IYA-24-03317",
        ),
    )
    f.occ(
        "2024-08-19",
        "mum-calls-tes-letter",
        R(
            "tes",
            "Bridget phoned me: she had a letter from the council she could not read. She "
            "photographed it and sent it by WhatsApp and I read it to her - St Aldhelm's "
            "refused. Marsh Lane is 2.6 miles away and she has no car in the week. She wants to "
            "appeal.",
            "15:30",
            "Telephone",
        ),
    )
    f.occ(
        "2024-08-22",
        "appeal-lodged",
        R(
            "tes",
            "Appeal lodged online for Levi with Bridget; I wrote the grounds as she told them "
            "(transport, family nearby, Kezia for nursery, previous school disruption).",
            "14:00",
            "Appeal",
        ),
        R(
            "adm",
            "Appeal form received (completed by TES officer for parent). Admission appeal to be "
            "listed.",
            "",
            "Appeal received",
            shift="late",
            ref="APL-24-0188",
        ),
    )

    # --- The fracture --------------------------------------------------------------------------
    f.occ(
        "2024-09-10",
        "ed-femur",
        R(
            "ed",
            "Triage 19:52. 6/12 M BIBM. Crying when L leg moved since this afternoon. Mum says "
            "Kezia (3) climbed into the cot and fell on him. L thigh swollen. Pain score high. "
            "Oramorph given.",
            "19:52",
            "Triage",
        ),
        R(
            "ed",
            "XR L femur: spiral fracture mid-shaft femur. Non-mobile infant - mechanism not "
            "consistent. Paeds reg reviewed: CP concern.",
            "20:50",
            "Imaging",
        ),
        R(
            "ed",
            "Plan: admit Otter Ward for skeletal survey, CT head, bloods, CP medical in the "
            "morning. Ortho: gallows traction. Mum and dad (arrived 21:00) told of plan; dad "
            "angry but stayed calm. Safeguarding form done.",
            "22:40",
            "Outcome",
        ),
    )
    f.occ(
        "2024-09-10",
        "ward-admission",
        R(
            "ward",
            "Admitted from ED 23:05. 6/12 M, spiral # L femur, for gallows traction. CP "
            "concerns - parents' visits supervised by nursing staff pending strategy "
            "discussion.",
            "23:05",
            "Admission",
        ),
    )
    f.occ(
        "2024-09-10",
        "ed-calls-edt",
        R(
            "ed",
            "Paeds reg rang EDT to report unexplained femur fracture in 6 month old; 2 "
            "siblings at home.",
            "23:20",
            "Safeguarding",
        ),
        R(
            "csc",
            "EDT: call from BRH paediatric registrar. Shiloh QUILLEY, 6 months, spiral fracture "
            "of the left femur, explanation that 3-year-old sister fell on him. Admitted. "
            "Siblings Levi (6) and Kezia (3) at home with father and aunt. Strategy discussion "
            "to be convened in the morning.",
            "23:25",
            "Out of hours",
        ),
    )
    f.occ(
        "2024-09-11",
        "hv-ed-notice",
        R(
            "hv_b",
            "Contact type: ED attendance notification (paediatric liaison). Shiloh attended BRH "
            "ED 10/09 with fractured femur; admitted Otter Ward. Outcome: HV to attend strategy "
            "discussion.",
            "08:45",
            "Liaison notification",
        ),
    )
    f.occ(
        "2024-09-11",
        "strat-1",
        R(
            "csc",
            "Strategy discussion (Teams) chaired by TM Ruth Okonjo. Present: SW C Fairweather, "
            "DC Marchbank (CAIT), Dr Sandhu (paediatrician), HV K Oduya. Spiral femoral fracture "
            "in a non-mobile infant, account not consistent. S47 joint enquiry. Skeletal survey "
            "and CP medical today. Siblings to be seen today jointly. Reconvene Friday.",
            "10:00",
            "Strategy discussion",
            "Joint S47 (police/CSC).",
        ),
        R(
            "pol",
            "STRAT DISC 11/09/24 1000 - 6 MONTH OLD QUILLEY SHILOH # FEMUR. JOINT S47 AGREED. "
            "OIC DC 4471 MARCHBANK. CRN 24/0093410 (GBH - UNEXPLAINED INJURY CHILD).",
            "10:00",
            ref="CRN 24/0093410",
        ),
        R(
            "ward",
            "Dr Sandhu attended strategy meeting by Teams. Skeletal survey booked for tomorrow, "
            "CT head today.",
            "10:00",
            "Safeguarding",
        ),
        R(
            "hv_b",
            "Contact type: Strategy meeting. Outcome: joint S47. HV shared transfer history and "
            "missed imms; no previous concerns about injury.",
            "10:30",
            "Professional meeting",
        ),
    )
    f.occ(
        "2024-09-11",
        "joint-visit",
        R(
            "csc",
            "Joint visit with DC Marchbank to 12 Saddler's Row. Saw Levi and Kezia: no marks "
            "seen; Levi said Kezia 'always climbs in the baby's cot'. Tommy and his sister Marie "
            "present. Home cluttered, cot side broken. Parents told of next steps; I read the "
            "safety plan to them as they cannot read it.",
            "15:00",
            "Home visit",
        ),
        R(
            "pol",
            "JOINT VISIT WITH CSC 12 SADDLERS ROW 1500. SIBLINGS SEEN, NO INJURIES NOTED. COT "
            "PHOTOGRAPHED AND SEIZED (EXHIBIT RM/1). CRN 24/0093410.",
            "15:00",
            ref="CRN 24/0093410",
        ),
    )
    f.occ(
        "2024-09-12",
        "skeletal-survey-cp-medical",
        R(
            "ward",
            "CP medical (Dr Sandhu) and skeletal survey: spiral # L femur; ?healing metaphyseal "
            "lesion R distal tibia (2-3 wks) - radiology to review; CT head normal; bloods "
            "normal incl bone profile. Opinion: femur fracture unexplained; tibial finding "
            "needs second opinion.",
            "16:00",
            "CP medical",
        ),
    )
    f.occ(
        "2024-09-13",
        "strat-2",
        R(
            "csc",
            "Strategy meeting 2 (reconvened). Skeletal survey: possible older tibial injury. "
            "Agreed: Levi and Kezia to stay with paternal aunt Marie Quilley under a safety "
            "plan; parents' contact with children supervised; Shiloh to the aunt on discharge. "
            "ICPC to be convened.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT MTG 2 - SKELETAL SURVEY RESULTS SHARED. VOLUNTARY INTERVIEWS BOTH PARENTS "
            "17/09. CRN 24/0093410.",
            "14:00",
            ref="CRN 24/0093410",
        ),
        R(
            "ward",
            "Second strategy meeting - Dr Sandhu attended. Shiloh's discharge to be to the aunt.",
            "",
            "Safeguarding",
        ),
    )
    f.occ(
        "2024-09-13",
        "siblings-to-aunt",
        R(
            "csc",
            "Levi and Kezia moved to paternal aunt Marie Quilley, Plot 3, Meadowgate Yard, "
            "Ashcombe Regis, under a safety plan (family arrangement, not looked after). "
            "Parents agreed; plan read to them and signed.",
            "17:30",
            "Family arrangement",
        ),
    )
    f.occ(
        "2024-09-17",
        "interview-tommy",
        R(
            "pol",
            "VOLUNTARY INTERVIEW UNDER CAUTION - QUILLEY THOMAS (DOB 14/02/1997) - ASHCOMBE "
            "REGIS PS 1000. SOLICITOR PRESENT. DENIES HARMING CHILD. NOT AT HOME AT TIME OF "
            "INJURY. RUI.",
            "10:00",
            ref="CRN 24/0093410",
        ),
    )
    f.occ(
        "2024-09-17",
        "interview-bridget",
        R(
            "pol",
            "VOLUNTARY INTERVIEW UNDER CAUTION - QUILLEY BRIDGET (DOB 30/06/1999) 1400. "
            "APPROPRIATE ADULT NOT REQUIRED. STATES UNABLE TO READ - CAUTION AND DOCUMENTS READ "
            "TO HER. ACCOUNT: KEZIA FELL INTO COT. RUI.",
            "14:00",
            ref="CRN 24/0093410",
        ),
    )
    f.occ(
        "2024-09-18",
        "ward-discharge",
        R(
            "ward",
            "Discharged home in hip spica to the care of paternal aunt (Meadowgate Yard) per "
            "CSC safety plan. Fracture clinic 2/52. Community nursing for spica care.",
            "15:00",
            "Discharge",
        ),
        R(
            "csc",
            "Shiloh discharged from Otter Ward to Marie's at Meadowgate Yard. I was present; "
            "spica care shown to Marie and Bridget.",
            "15:00",
            "Discharge",
        ),
        R(
            "hv_b",
            "Contact type: Discharge. Shiloh discharged from BRH 18/09 to aunt's address, Plot 3 "
            "Meadowgate Yard. Outcome: HV visit within 7 days.",
            "",
            "Hospital discharge",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-30",
        "gp-icpc-report",
        R(
            "gp",
            "Report for ICPC (Shiloh, Levi, Kezia) sent to Brackenshire conference service. "
            "Imms incomplete for all 3 children; no previous injuries on record.",
            "",
            "Safeguarding report",
        ),
    )
    f.occ(
        "2024-10-02",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference. Bridget and Tommy attended with Marie; reports "
            "were read aloud to the parents before the meeting as they cannot read them. All 3 "
            "children made subject to CP plans, category physical abuse (Shiloh) and neglect "
            "(Levi, Kezia). Children remain with aunt pending police enquiry.",
            "10:00",
            "ICPC",
            "CP plans. Core group within 10 days.",
        ),
        R(
            "hv_b",
            "Contact type: Initial case conference. Outcome: CP plans x3. HV to visit fortnightly.",
            "10:00",
            "Child protection conference",
        ),
        R(
            "pol",
            "ICPC ATTENDED - QUILLEY CHILDREN X3 - CP PLANS. INVESTIGATION ONGOING.",
            "",
            shift="swap",
        ),
        R(
            "tes",
            "I attended the initial case conference for education (Levi still has no school "
            "place). Told conference about the appeal.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-10",
        "cg-1",
        R(
            "csc",
            "Core group 1 at Meadowgate Yard (Marie's). Plan: parents' supervised contact daily "
            "at Marie's; imms catch-up; TES to chase appeal date; SW to read all letters with "
            "parents on visits.",
            "13:00",
            "Core group",
        ),
        R(
            "hv_b",
            "Contact type: Core group. Outcome: imms booked for all 3 children 17/10.",
            "13:00",
            "Core group",
        ),
        R(
            "tes",
            "First core group - attended.",
            "13:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-16",
        "sw-support-letter",
        R(
            "csc",
            "Letter in support of Levi's school admission appeal emailed to admissions "
            "(child on CP plan, stability needed, sibling nursery place).",
            "16:00",
            "Letter",
        ),
        R(
            "adm",
            "Supporting letter from children's social worker received for appeal bundle.",
            "",
            "Correspondence",
            shift="late",
            ref="APL-24-0188",
        ),
    )
    f.occ(
        "2024-10-22",
        "appeal-hearing",
        R(
            "adm",
            "Admission appeal hearing (independent panel), County Hall. Levi QUILLEY v St "
            "Aldhelm's CE Primary. Parent attended with TES officer. Panel: prejudice to school "
            "outweighed by child's case - APPEAL UPHELD.",
            "14:00",
            "Appeal hearing",
            ref="APL-24-0188",
        ),
        R(
            "tes",
            "Went with Bridget to Levi's appeal hearing at County Hall and read the panel's "
            "papers to her beforehand. Panel said they would write, but the clerk told us on "
            "the day it was upheld.",
            "14:00",
            "Appeal",
        ),
    )
    f.occ(
        "2024-10-24",
        "appeal-decision-letter",
        R(
            "adm",
            "Appeal decision letter sent to parent (copy to TES by email at parent's request): "
            "appeal upheld, place at St Aldhelm's.",
            "",
            "Decision letter",
            ref="APL-24-0188",
        ),
    )
    f.occ(
        "2024-11-04",
        "levi-starts-school",
        R(
            "sch",
            "Levi started in Year 2 (Oak class) today. Mum brought him; she told me she can't "
            "read so I have set the office up to phone her rather than send letters or texts.",
            "",
        ),
        R(
            "tes",
            "Levi started at St Aldhelm's today. I met Bridget at the gate.",
            "08:45",
            "School start",
        ),
    )
    f.occ(
        "2024-11-11",
        "kezia-starts-nursery",
        R(
            "sch",
            "Kezia started in our nursery class (mornings). Settled well after 10 minutes.",
            "",
        ),
    )
    f.occ(
        "2024-11-12",
        "police-nfa",
        R(
            "pol",
            "CRN 24/0093410 - NFA. SECOND OPINION RADIOLOGY: TIBIAL FINDING NORMAL VARIANT. "
            "INSUFFICIENT EVIDENCE TO IDENTIFY OFFENDER OR OFFENCE. CSC INFORMED.",
            "",
            ref="CRN 24/0093410",
        ),
    )
    f.occ(
        "2024-11-18",
        "children-home",
        R(
            "csc",
            "Children returned to parents' care at 12 Saddler's Row under a written agreement; "
            "paternal grandmother Kathleen Quilley moved in to help. Agreement read to the "
            "parents and signed (Tommy with an X).",
            "11:00",
            "Change of address",
        ),
        R(
            "hv_b",
            "Contact type: Change of address - children back at Saddler's Row with parents and "
            "paternal GM. Outcome: visit booked.",
            "",
            "Change of address",
        ),
    )

    # --- Domestic abuse call ------------------------------------------------------------------
    f.occ(
        "2024-12-07",
        "da-incident",
        R(
            "pol",
            "CAD 3312 07/12/24 2320 12 SADDLERS ROW AR7 2PX. NEIGHBOUR REPORTS SHOUTING AND "
            "SCREAMING. ON ARRIVAL QUILLEY BRIDGET CUT LIP, STATES PARTNER PUSHED HER INTO "
            "DOOR. QUILLEY THOMAS INTOX. 3 CHILDREN IN BED, GM PRESENT. THOMAS ARRESTED S39 "
            "ASSAULT. DASH MEDIUM (9). CRN 24/0119822.",
            "23:20",
            ref="CRN 24/0119822",
        ),
    )
    f.occ(
        "2024-12-08",
        "tommy-released",
        R(
            "pol",
            "QUILLEY THOMAS RELEASED NFA 1530 - VICTIM DECLINES TO SUPPORT PROSECUTION, NO "
            "INDEPENDENT WITNESS. CRN 24/0119822.",
            "15:30",
            ref="CRN 24/0119822",
        ),
    )
    f.occ(
        "2024-12-09",
        "encompass",
        R(
            "pol",
            "OP ENCOMPASS NOTIFICATION SENT TO ST ALDHELMS DSL 0805 RE LEVI AND KEZIA QUILLEY "
            "(DA INCIDENT 07/12).",
            "08:05",
            ref="CRN 24/0119822",
        ),
        R(
            "sch",
            "(Levi) Operation Encompass call from police at 08:05: domestic incident at home on "
            "Saturday night. Levi in class, quiet. Class teacher told to keep an eye.",
            "08:05",
        ),
        R(
            "sch",
            "(Kezia) Operation Encompass notification 08:05 - DA at home Sat night. Nursery "
            "staff informed. Kezia came in with nan, happy.",
            "08:05",
        ),
    )
    f.occ(
        "2024-12-09",
        "csc-notification",
        R(
            "csc",
            "Police notification received: domestic incident 07/12 at Saddler's Row, Tommy "
            "arrested, released NFA. Children in bed. DASH medium. Breach of written agreement "
            "(no alcohol). TM informed.",
            "10:30",
            "Police notification",
        ),
    )
    f.occ(
        "2024-12-10",
        "hv-visit-da",
        R(
            "hv_b",
            "Contact type: Home visit (alone). Saw Bridget and Shiloh: bruised lip healing. "
            "Bridget said Tommy 'was drunk, it won't happen again'. DA helpline number given "
            "verbally and saved in her phone. Outcome: Shiloh wt 8.6kg, spica off, crawling.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-12-10",
        "sw-visit-da",
        R(
            "csc",
            "Unannounced visit after the DA incident. Tommy and Bridget both home, Kathleen "
            "present. Tommy admitted drinking; agreed to alcohol service referral. Written "
            "agreement reviewed and read to them again.",
            "14:30",
            "Home visit",
        ),
    )
    f.occ(
        "2025-01-08",
        "rcpc",
        R(
            "csc",
            "Review Child Protection Conference. Progress: children home, school and nursery "
            "attendance good, imms up to date. Concern: DA incident 07/12 and Tommy's drinking. "
            "Plans continue (Shiloh: physical abuse; all: emotional abuse added for DA).",
            "10:00",
            "RCPC",
        ),
        R(
            "hv_b",
            "Contact type: RCPC. Outcome: CP plans continue.",
            "10:00",
            "Child protection conference",
        ),
        R(
            "sch",
            "I attended the review conference for Levi and Kezia and gave the school report: "
            "Levi 96% attendance, Kezia settled in nursery.",
            "10:00",
            shift="+1",
        ),
        R(
            "pol",
            "RCPC ATTENDED BY DS 2290 VINES - QUILLEY CHILDREN - DA 07/12 SHARED. CP PLANS "
            "CONTINUE.",
            "",
        ),
    )
    f.occ(
        "2025-01-08",
        "cg-after-rcpc",
        R(
            "csc",
            "Core group held straight after the RCPC: plan updated - alcohol service, DA "
            "support for Bridget, SW to read all letters with parents.",
            "12:00",
            "Core group",
        ),
        R(
            "hv_b",
            "Contact type: Core group (following RCPC). Outcome: HV fortnightly visits continue.",
            "12:15",
            "Core group",
        ),
    )
    f.occ(
        "2025-02-04",
        "cg-feb",
        R(
            "csc",
            "Core group at school. Tommy has had 2 sessions with the alcohol service. Parents "
            "talking about moving back to a site.",
            "15:30",
            "Core group",
        ),
        R(
            "sch",
            "Core group here after school. Parents said they may go back 'on the road' in the "
            "spring. I explained what that would mean for Levi's place.",
            "15:30",
        ),
        R(
            "hv_b",
            "Contact type: CG. Outcome: plan reviewed.",
            "",
            "Core group",
        ),
    )

    # --- Back to East Fennick -----------------------------------------------------------------
    f.occ(
        "2025-03-03",
        "left-house",
        R(
            "hsg",
            "Keys posted back through the office door. 12 Saddler's Row vacated over the "
            "weekend; family said by phone they have a pitch on a private site in East Fennick. "
            "Temporary accommodation duty ended.",
            "09:30",
            "Move out",
        ),
        R(
            "csc",
            "Family have left Saddler's Row and moved to a private site, Greenacre Paddock, "
            "Tilbrook, East Fennick (pitch 2). Bridget rang me yesterday to tell me.",
            "",
            "Change of address",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-04",
        "school-rings-mum",
        R(
            "sch",
            "(Levi) Levi not in school yesterday or today. I rang mum at 9:30: they have moved "
            "to Tilbrook and she wants to keep his place 'for when we come back'. Explained I "
            "must tell the local authority (CME).",
            "09:30",
        ),
        R(
            "sch",
            "(Kezia) Not in nursery. Rang mum 9:30 - family moved to Tilbrook. Same call as "
            "Levi's entry.",
            "09:30",
        ),
    )
    f.occ(
        "2025-03-06",
        "handover-b-to-e",
        R(
            "hv_b",
            "Contact type: Telephone handover to East Fennick 0-19 (HV Anjali Desai, who knew "
            "the family in 2024). CP plans x3, low literacy, DA. Outcome: transfer out; records "
            "sent same day.",
            "11:00",
            "Transfer out",
        ),
        R(
            "hv_e",
            "Transfer in by phone from Brackenshire HV: family back in East Fennick at "
            "Greenacre Paddock, Tilbrook. Children on CP plans. Visit to be arranged.",
            "11:00",
            "Transfer in",
        ),
    )
    f.occ(
        "2025-03-11",
        "tes-cme-referral",
        R(
            "tes",
            "Children missing education referral for Levi to Brackenshire CME officer, and "
            "emailed East Fennick TES to help with a school place near Tilbrook.",
            "",
            "Referral",
        ),
    )
    f.occ(
        "2025-03-26",
        "transfer-in-conference",
        R(
            "csc",
            "Transfer-in child protection conference held by East Fennick children's services "
            "(Teams). I presented. East Fennick accepted the plans; case transfers to them.",
            "10:00",
            "Transfer-in conference",
        ),
        R(
            "hv_e",
            "Attended transfer-in CP conference (East Fennick). Plans continue, new SW allocated.",
            "10:00",
            "CP conference",
        ),
        R(
            "hv_b",
            "Transfer in conference - attended by Teams to hand over.",
            "",
            "Professional meeting",
            shift="month",
        ),
    )
    f.occ(
        "2025-04-02",
        "csc-closure",
        R(
            "csc",
            "Case closed to Brackenshire - transferred to East Fennick children's services.",
            "",
            "Case closure",
        ),
    )

    # --- Routine entries ----------------------------------------------------------------------
    f.fill(
        "hv_m",
        "2024-04-10",
        "2024-05-17",
        [
            (
                "Clinic",
                "Contact type: Clinic (Stoweford). Shiloh weighed 5.6kg. Outcome: imms given.",
            )
        ],
    )
    f.fill(
        "hv_e",
        "2024-06-07",
        "2024-06-12",
        [("Telephone", "Rang mum to offer mobile clinic - she will come if Tommy has the van.")],
    )
    f.fill(
        "hv_b",
        "2024-08-06",
        "2024-09-06",
        [
            (
                "Home visit",
                "Contact type: Home visit, Saddler's Row. Outcome: settling in; safe "
                "sleep discussed - Shiloh in travel cot.",
            )
        ],
    )
    f.fill(
        "hv_b",
        "2024-09-19",
        "2024-11-15",
        [
            (
                "Home visit",
                "Contact type: Visit at Meadowgate Yard (aunt). Outcome: spica care "
                "good; Shiloh content.",
            ),
            (
                "Home visit",
                "Contact type: Visit (aunt's). Outcome: parents present for "
                "supervised contact, warm with children.",
            ),
        ],
    )
    f.fill(
        "hv_b",
        "2024-11-19",
        "2025-02-28",
        [("Home visit", "Contact type: Home visit. Outcome: Shiloh pulling to stand; home tidy.")],
    )
    f.fill(
        "gp",
        "2024-07-11",
        "2024-09-06",
        [
            (
                "Immunisation",
                "Shiloh - catch-up imms (1st/2nd dose) given by PN. Mum given dates verbally.",
            )
        ],
    )
    f.fill(
        "gp",
        "2024-09-19",
        "2025-02-28",
        [
            (
                "Consultation",
                "S: Levi - earache 2/7. O: L TM red, bulging. A: AOM. P: "
                "amoxicillin; dose explained verbally to mum.",
            ),
            (
                "Consultation",
                "S: Bridget - contraception. P: implant fitted. Info leaflet read to her.",
            ),
        ],
    )
    f.fill(
        "csc",
        "2024-09-19",
        "2024-11-15",
        [
            (
                "Statutory visit",
                "CP visit at Marie's: all 3 children seen; Levi seen alone, says "
                "he likes it at Aunty Marie's but misses his dad.",
            )
        ],
    )
    f.fill(
        "csc",
        "2024-11-19",
        "2025-02-28",
        [
            (
                "Statutory visit",
                "CP visit at Saddler's Row. Children seen, bedrooms seen. "
                "Letters from school read with mum.",
            ),
            (
                "Statutory visit",
                "CP visit after school: Levi seen alone in his room. Happy, has a best friend.",
            ),
        ],
    )
    f.fill(
        "tes",
        "2024-11-05",
        "2025-02-28",
        [
            ("School visit", "Visited St Aldhelm's: Levi settling; phonics catch-up group."),
            (
                "Home visit",
                "Helped Bridget apply for free school meals and uniform grant "
                "(I filled in the forms with her).",
            ),
        ],
    )
    f.fill(
        "sch",
        "2024-11-19",
        "2025-02-28",
        [
            ("", "(Levi) Levi upset at lunch - said 'Dad shouts'. Comforted, logged, DSL aware."),
            ("", "(Kezia) Nursery: Kezia's nan collected, no concerns."),
        ],
        timed=False,
    )
    f.fill(
        "hsg",
        "2024-08-06",
        "2025-02-28",
        [
            (
                "Benefits",
                "Housing benefit claim completed with Bridget and Tommy (I filled in "
                "the form and read it back).",
            ),
            ("Repair", "Boiler repair reported for 12 Saddler's Row."),
        ],
    )
    f.fill(
        "hv_e",
        "2025-03-27",
        "2025-05-16",
        [
            (
                "Home visit",
                "Visit to Greenacre Paddock, pitch 2. Shiloh walking round furniture, wt 10.2kg. "
                "Dad let me in this time. Told mum dates twice and wrote them as pictures.",
            )
        ],
    )
    f.fill(
        "ward",
        "2024-09-14",
        "2024-09-16",
        [
            (
                "Nursing",
                "Gallows traction. Parents visited 14:00-16:00 supervised; gentle and "
                "appropriate with Shiloh.",
            )
        ],
        weekdays=False,
    )
    return f.case()


def blind_dedup_cases_19() -> list[BlindCase]:
    """The nineteenth blind set's families, in the order they were written."""
    return [_pellow(), _ashdown_reilly(), _quilley()]


if __name__ == "__main__":
    summary(blind_dedup_cases_19)
