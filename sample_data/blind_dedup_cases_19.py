"""A nineteenth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 100-130 chronology rows from eleven or twelve services'
sheets over twelve to eighteen months: a baby born with neonatal abstinence syndrome to a mother
on a methadone programme (a pre-birth child protection plan, the neonatal unit, a pre-discharge
planning meeting, a residential mother-and-baby assessment, the mother's relapse and overdose
there, accommodation, care proceedings, both parents' arrests on one morning and a special
guardianship order to the grandmother).

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
different sheets; some dates are a day out, some have day and month swapped, one is written
as a month only, and calls, emails and life events are sometimes logged by the receiving
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

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, SCHOOL_NURSE, TES)

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


def blind_dedup_cases_19() -> list[BlindCase]:
    """The nineteenth blind set's families, in the order they were written."""
    return [_pellow()]


if __name__ == "__main__":
    summary(blind_dedup_cases_19)
