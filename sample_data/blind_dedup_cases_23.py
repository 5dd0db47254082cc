"""A twenty-third set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, of 127, 109 and 116 chronology rows from eleven or twelve
services' sheets (ten to twelve agencies) over twelve to seventeen months, unlike each other:
a two-year-old girl who dies after drinking her mother's take-home methadone (a mother in drug
treatment with key-worker notes, supervised consumption at a community pharmacy, take-home doses
and a locked box; a father on probation; a child in need plan closed; a police welfare check; GP
methadone reviews; the 999 call at night; the ambulance and the police at the home together;
resuscitation in the emergency department; the death; the joint agency response for a sudden
unexpected death in childhood; the coroner's officer; the child death review meeting; the
siblings placed with their grandparents; both parents' arrests on one morning; a rapid review;
the mother charged); a twelve-year-old girl withdrawn from school for elective home education
after attendance fines and then not seen (the school's deregistration, the local authority's
EHE team, letters and calls that cross, a refused home visit, repeated missed GP and dental
appointments, a children missing education referral and panel, a s437(1) school attendance
order notice, a neighbour's anonymous call to the MASH and its screening, two strategy
discussions, a refused joint visit, a police welfare check at night that finds her with severe
anorexia nervosa, an emergency department attendance, a ward admission for refeeding reported by
several services, a transfer to a tier-4 unit); a family of five whose father is a foreign
national with no recourse to public funds (weekly section 17 payments, a B&B, a private fostering
notification, a child's disclosure of domestic abuse, child protection plans, an asylum claim, a
move to a dispersal address in another local authority, a transfer-in conference, in-year school
admissions for two sisters, a baby born, an FGM risk assessment, interpreters named in the rows,
a domestic incident, the father's arrest, a MARAC, a charge and a court result).

How they were written (blind): composed from the domain brief (/work/shared/domain/DOMAIN.md),
the `Event` schema (chronology/schema.py), the shared kit (sample_data/dedup_case_kit.py), the
seventh blind set's module docstring, agency constants and the thirty lines after them (for the
file format only), and the last thirty lines of the fourteenth blind set (how a set module
ends). Beyond that only file names were seen (a listing of sample_data/ and `git status
--short`), plus a few lines of pyproject.toml found by a grep while checking how sample_data
modules are run and linted (package data and tool exclusions). The duplicate rules and their
settings, the linkage model, the bench results, the tests, the docs and every other labelled
set were not read, no commit history was looked at (except, by mistake after the last
commit, a `git log` of this file showing only its own three commits), and the merge (or any
duplicate detection) was not run on these cases (issue 12, "Generalisation practice"). Kept
apart from tuning: measure on them blind first.

The services write very differently: police logs in capitals with LOG, CAD, crime, custody and
MARAC references; long social care narrative (MASH, EDT, assessment teams, two local
authorities); "Contact type: ... Outcome: ..." templates from health visiting, midwifery and the
substance misuse service; GP "S: O: A: P:" notes and bare GP correspondence lines; schools'
first-person CPOMS-style logs, one row per child for one event; emergency department clinical
shorthand writing one attendance as several timed rows; a pharmacy's terse PMR notes; an
ambulance service's incident extract; a coroner's officer's formal notes; probation contact
logs; housing officers' tenancy notes; an NRPF team's payment log whose weekly rows differ little
beyond the week number. Abbreviations throughout (ICPC, RCPC, TICPC, CIN, CP, s47, s17, s20, s46,
PP, CME, EHE, JAR, SUDIC, CDRM, NRPF, MARAC, DASH, IDVA, IOM, UDS, KW, OST, WNB, DNA,
NG, AN, MEED); dates written inside the text ("yesterday", "on Saturday", "08/11").

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, letter,
email, referral or notification was logged by the receiving service on the next day.

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
- Decision for this set: the child died in the resuscitation room. The emergency department's
  row recording that resuscitation stopped and life was pronounced extinct is a record of the
  death, with the police's, the night social worker's, the child death review nurse's, the
  coroner's officer's and the GP's records of the death that day (the life-event rule); the
  department's triage, resuscitation and post-death care rows are its attendance, another
  occurrence.
- Decision for this set: the 999 call taken by the ambulance control room is its own occurrence
  (a call); the crew's and the police's attendance at the home together is another, and the
  emergency department attendance a third.
- Decision for this set: the joint agency response home visit made by a detective and the child
  death review service together is one occurrence (a joint visit); the night-time strategy
  discussion by phone, the Monday strategy meeting, the joint agency response meeting, the
  rapid review and the later child death review meeting are five different meetings. A forensic
  post-mortem that a detective attends is one occurrence (the coroner's officer's and the
  police's records); the inquest opening is a hearing (one occurrence for both).
- Decision for this set: the siblings' move to their grandparents that morning, recorded by the
  police (conveyed) and social care (placed under s20), is one placement start.
- Decision for this set: a service's same-day or next-day note that a named person was arrested
  or charged (the substance misuse service, probation, social care, the IDVA service, told by
  police) is a record of that arrest or charge, not a separate call; so the mother's arrest and
  the father's arrest each gather their own records, and the father's earlier shop-theft arrest
  (noted by probation the next day) is apart from his charge that evening.
- Decision for this set: a prescription sent by the drug service and received by the pharmacy
  is one occurrence (both ends); the pharmacy's later dispensing of extra take-home doses and
  the drug service's review deciding them are separate. A GP's letter after a methadone review
  is its own occurrence (with the drug service's receipt of it), not the review. The coroner's
  officer sending the final post-mortem report and the police logging its receipt the next day
  are one occurrence.
- Decision for this set: a ward admission reported by the ward, the police (an update on the
  night's log), social care and, the next day, the EHE team is one occurrence (the life-event
  rule); the GP's entry four days later recording the hospital's notification of the admission
  is a notice (another occurrence). An emergency department's safeguarding referral e-form sent
  during the attendance is a referral, one occurrence with the MASH's receipt of it, not a row
  of the attendance.
- Decision for this set: the eating disorder service's assessment on the ward, recorded by that
  service and by the ward, is one occurrence (like a joint visit); the ward discharge straight
  into the tier-4 unit, recorded by the ward, the eating disorder service and social care, is one
  occurrence (one transfer, not a discharge and a separate admission).
- Decision for this set: the school's email telling both the EHE team and the education welfare
  service that the girl was off roll is one notification (three rows: the sender and the two
  receivers). The s437(1) notice served by the education welfare service and the EHE team's
  same-day note of the same notice are one occurrence. The EHE team's second letter and the
  mother's letter that crossed with it (received the next day) are two occurrences.
- Decision for this set: a school application completed and submitted with the housing officer's
  help and the admissions team's receipt of it the next day are one occurrence (both ends); the
  admissions offer and the girls' first day at school are others. A GP registration recorded by
  the surgery and by the housing officer the same day is one occurrence.
- Decision for this set: an arrest made at a domestic call-out is a separate occurrence from the
  call-out log (a life event), as are the release on bail the next day, the charge two months
  later and the court result; the police's referral to the IDVA service and the service's receipt
  of it are one occurrence, apart from social care's receipt of the police notification that day.
- Look-alikes kept apart: weekly s17 payments (one of them typed twice, which is one
  occurrence); two calls on one day to the same person; a call and the call back (twice); a
  presentation and the B&B placement the same evening; the private fostering notification and
  the later private fostering visit; a child's disclosure and the school's call reporting it; two
  parents' arrests ten minutes apart; an arrest and the charge the same evening; an arrest and
  the release on bail; consecutive-day emergency department attendances and the HV's notice of
  the first; a police welfare check, social care's receipt of the notification, the MASH's
  calls and the screening decision (typed twice) on three days; a drug service's home visit and
  the health visitor's review the same day; a health visitor's new birth visit and a social
  worker's visit the same day; two sisters' new-patient checks ten minutes apart and two
  siblings' dental appointments ten minutes apart; an anonymous contact and its screening; the
  MASH's email to the GP and the GP's reply; a strategy discussion and the joint visit; two
  strategy discussions four days apart; the ICPC, core groups, RCPCs and the transfer-in
  conference; the birth and the postnatal discharge the next day; the joint agency response
  meeting and the post-mortem the same day.

Everything is invented: people, workers, interpreters, schools, surgeries, pharmacies,
hospitals, wards, units, towns, streets, postcodes (QB, QF and QP areas, which do not exist),
police forces, housing providers and reference numbers. Deterministic: one fixed seed per case
(it only places the routine entries and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_23.py      # prints a summary of each case
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
SCHOOL = "School"
AMBULANCE = "Ambulance Service"
PROBATION = "Probation Service"
SMS = "Substance Misuse Service"
PHARMACY = "Community Pharmacy"
CORONER = "Coroner's Officer"
CDR = "Child Death Review Service"
EWO = "Education Welfare Service"
EHE = "Elective Home Education Team"
DENTAL = "Dental Practice"
WARD = "Paediatric Ward"
CAMHS = "CAMHS Eating Disorders Service"
NRPF = "NRPF Team"
ASYLUM = "Asylum Accommodation Provider"
ADMISSIONS = "School Admissions"
DA_SERVICE = "Domestic Abuse Service"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, EWO)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Catterick family, Brackenholt. Rosie-Mae Catterick (b. 14/10/2022) lives with her
# mother Jade Catterick (b. 1995), her father Dean Hollins (b. 1991) and her half-brother Tyler
# (b. 02/06/2016) and sister Lacey (b. 20/11/2019) at 9 Sorrel Walk, Brackenholt QB3 8NL.
# Jade is on methadone from Brackenholt Recovery Partnership, dispensed at Hallam & Vine
# Pharmacy; Dean is on a community order supervised by probation. A child in need plan closes;
# take-home doses and a locked box; a police welfare check; Rosie-Mae dies after drinking her
# mother's methadone in March 2025. Maternal grandparents Sandra and Keith Catterick live at
# 41 Thrushfield Avenue, Quillerton QB7 2DS.
# --------------------------------------------------------------------------------------------


def _catterick() -> BlindCase:
    f = Family(
        "catterick",
        2301,
        {
            "pol": Sheet(
                POLICE,
                "Wessendale_Police_Catterick.xlsx",
                "Chronology",
                (("2024-01-01", "DC 2291 R Ambrose (PPU)"), ("2025-03-08", "DS 1147 C Wetherall")),
            ),
            "csc": Sheet(
                CSC,
                "Brackenholt_CSC_Catterick_chronology.xlsx",
                "Case notes",
                (("2024-01-01", "Kirsty Mallinder SW"), ("2024-08-01", "Priya Venkataraman SW")),
            ),
            "sms": Sheet(
                SMS,
                "BRP_Jade_Catterick.xlsx",
                "Key work",
                (("2024-01-01", "Nadia Pearmain, Recovery Worker"),),
            ),
            "pharm": Sheet(
                PHARMACY,
                "HallamVine_Pharmacy_JC.xlsx",
                "PMR notes",
                (("2024-01-01", "Ravi Deshmane MPharm"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "Fennimoor_HC_Catterick.docx",
                "Table 1",
                (("2024-01-01", "Dr A Sowerby"),),
            ),
            "hv": Sheet(
                HV,
                "Brackenholt_0-19_Catterick.xlsx",
                "HV record",
                (("2024-01-01", "Bethany Crane HV"),),
            ),
            "amb": Sheet(AMBULANCE, "WAS_incident_extract_250308.xlsx", "Incidents", typed=False),
            "ed": Sheet(
                ED,
                "TarrowbyGeneral_ED_RMC.xlsx",
                "ED notes",
                (("2024-01-01", "Dr L Haverstock (ED consultant)"),),
            ),
            "prob": Sheet(
                PROBATION,
                "Probation_Brackenholt_D_Hollins.xlsx",
                "Contacts",
                (("2024-01-01", "Marcus Fell, Probation Practitioner"),),
            ),
            "cor": Sheet(
                CORONER,
                "Wessendale_Coroner_Catterick.docx",
                "Table 1",
                (("2024-01-01", "Gail Threlfall, Coroner's Officer"),),
                typed=False,
            ),
            "cdr": Sheet(
                CDR,
                "CDR_Service_RMC.xlsx",
                "Chronology",
                (("2024-01-01", "Helen Ashdown, CDR Nurse"),),
            ),
            "sch": Sheet(
                SCHOOL,
                "Fennimoor_Primary_CPOMS_export.xlsx",
                "Export",
                (("2024-01-01", "Mrs J Penhallow (DSL)"),),
            ),
        },
    )

    # The child in need plan ends: the final review, then the closure letter.
    f.occ(
        "2024-02-13",
        "final-cin-review",
        R(
            "csc",
            "Final Child in Need review held at Fennimoor Primary with Jade, Dean, the school "
            "DSL, the health visitor and Jade's recovery worker. Tyler's attendance is now 94% "
            "and Lacey's 92%; Jade has been stable on her methadone prescription for eight "
            "months with urine screens negative for illicit opiates, and Dean is keeping his "
            "probation appointments. All agreed the CIN plan has met its aims and can close. "
            "Early Help offered as a step down; Jade declined, saying the family are managing.",
            "10:00",
            "CIN review",
            "CIN plan ended; case to close",
        ),
        R(
            "hv",
            "Contact type: CIN meeting (final review). Venue: Fennimoor Primary. Present: SW, "
            "DSL, recovery worker (BRP), mother, father. Outcome: CIN plan ended by agreement. "
            "HV to continue universal plus for Rosie-Mae; 2-2.5 year review due Oct 2024.",
            "10:00",
            "Meeting",
        ),
        R(
            "sch",
            "Tyler - I attended the final CIN review for Tyler and Lacey this morning. Social "
            "care are closing the plan. Tyler's attendance is 94% this year. I will keep "
            "monitoring in school and Mum knows my door is open.",
            "10:00",
            "Safeguarding - CIN",
        ),
        R(
            "sch",
            "Lacey - final CIN review attended by DSL (see Tyler's record). Plan closed today. "
            "Lacey settled in Reception, attendance 92%.",
            "10:05",
            "Safeguarding - CIN",
        ),
        R(
            "sms",
            "KW attended CIN review at the children's school. SW is closing the CIN plan. Fed "
            "back Jade's progress: stable on 70ml methadone, daily supervised consumption, UDS "
            "negative for heroin x3.",
            "",
            "Multi-agency meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2024-02-15",
        "closure-letter",
        R(
            "csc",
            "Case closure authorised by TM. Closure letters sent to Jade and Dean and to the GP "
            "(Fennimoor Health Centre) confirming the CIN plan for Tyler and Lacey has ended.",
            "15:20",
            "Case closure",
        ),
        R(
            "gp",
            "Letter from Brackenholt Children's Social Care: CIN plan for Tyler and Lacey "
            "closed 13/02/24, no further social care involvement. Filed; codes updated.",
            "",
            "Correspondence",
            shift="late",
        ),
    )

    f.occ(
        "2024-03-05",
        "gp-methadone-review-1",
        R(
            "gp",
            "S: Shared-care review. Jade reports no on-top use, sleeping better. Taking 70ml "
            "methadone daily, supervised at Hallam & Vine. O: Alert, pupils normal size, no new "
            "injection sites. BP 118/76. A: Opioid dependence, stable on OST. P: Continue. "
            "Discussed safe storage for when take-home doses start: locked box, out of the "
            "children's reach. Naloxone kit in date. Review 6 months.",
            "11:20",
            "Medication review",
        ),
    )
    f.occ(
        "2024-04-09",
        "iom-joint-visit",
        R(
            "prob",
            "Home visit, joint with IOM officer PC 3318 Garside, to 9 Sorrel Walk. Dean at home "
            "with Jade and Rosie-Mae. Accommodation suitable. Discussed start date for the "
            "thinking skills programme. Dean compliant and polite.",
            "14:00",
            "Home visit",
        ),
        R(
            "pol",
            "IOM JOINT HV WITH PROBATION (M FELL) TO HOLLINS DEAN @ 9 SORREL WALK. SUBJ IN, "
            "COMPLIANT. PARTNER JADE CATTERICK AND 1 CHILD PRESENT. NIL NEW INTEL. "
            "PC 3318 GARSIDE.",
            "14:10",
            "IOM visit",
            ref="IOM/24/0412",
        ),
    )

    # Take-home doses, the prescription, the locked box.
    f.occ(
        "2024-05-20",
        "sms-takehome-review",
        R(
            "sms",
            "Contact type: Prescribing review with Dr Olawuyi and KW. Outcome: Jade stable 12 "
            "months, UDS negative. Agreed step-down from daily supervision: supervised Mon/Wed/"
            "Fri, take-home doses Tue/Thu/Sat/Sun. Safe storage agreement signed: methadone to "
            "be kept in a lockable box out of the children's reach and never decanted into "
            "other bottles; BRP to supply the box. Naloxone re-issued.",
            "10:30",
            "Prescribing review",
        ),
    )
    f.occ(
        "2024-05-21",
        "new-prescription",
        R(
            "sms",
            "New instalment prescription (FP10MDA, 14 days) posted to Hallam & Vine Pharmacy by "
            "recorded delivery: supervised M/W/F, take-home T/Th/Sa/Su.",
            "12:15",
            "Prescription",
        ),
        R(
            "pharm",
            "Rx rec'd from BRP for J Catterick: methadone 1mg/ml 70ml daily, NEW REGIME - "
            "supervised Mon Wed Fri, TAKEAWAY Tue Thu Sat Sun. PMR updated.",
            "09:40",
            shift="late",
        ),
    )
    f.occ(
        "2024-05-28",
        "locked-box",
        R(
            "sms",
            "Home visit by KW. Lockable medication box (keyed) given to Jade and put in the top "
            "kitchen cupboard; Jade showed me the key, which she keeps on her keyring. "
            "Rosie-Mae present in high chair. Storage agreement re-read with Jade and Dean.",
            "13:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-06-18",
        "pharmacy-call-dose-withheld",
        R(
            "pharm",
            "11:20 JC presented for supervised dose appearing drowsy, slurred speech, unsteady. "
            "Dose WITHHELD. Phoned BRP, spoke to N Pearmain.",
            "11:20",
        ),
        R(
            "sms",
            "Tel call from Ravi (pharmacist, Hallam & Vine): Jade attended drowsy and slurring, "
            "dose withheld today. Agreed she returns tomorrow to be assessed.",
            "11:25",
            "Telephone",
        ),
    )
    f.occ(
        "2024-06-18",
        "sms-call-to-mother",
        R(
            "sms",
            "Tel to Jade about the withheld dose. She says she took a friend's pregabalin for "
            "back pain. Advised on the risk of combining with methadone. Rosie-Mae was with her, "
            "Dean at home. Appointment made for tomorrow.",
            "15:05",
            "Telephone",
        ),
    )

    # Rosie-Mae's head bump: two attendances on consecutive days, and the HV's notice.
    f.occ(
        "2024-07-09",
        "ed-head-bump",
        R(
            "ed",
            "18:40 Triage. 20mo F, fell from sofa ~50cm onto laminate, hit forehead. No LOC, "
            "cried immediately. Brought by M. AVPU A. Small haematoma L forehead. Cat 4.",
            "18:40",
            "Triage",
        ),
        R(
            "ed",
            "20:05 Dr review. Hx consistent with mechanism and developmental stage. No other "
            "injuries O/E, no red flags for NAI. CT criteria not met. Safeguarding check: prev "
            "CIN (closed). D/C with head injury advice. HV liaison form done.",
            "20:05",
            "Discharge",
        ),
    )
    f.occ(
        "2024-07-10",
        "hv-ed-notice",
        R(
            "hv",
            "Contact type: ED liaison notification. Outcome: Rosie-Mae attended Tarrowby "
            "General ED 09/07 with a forehead bump after falling from the sofa; discharged with "
            "advice. HV to phone mum.",
            "09:30",
            "Liaison",
        ),
    )
    f.occ(
        "2024-07-10",
        "ed-reattendance",
        R(
            "ed",
            "22:10 Re-attendance. 20mo F, vomited x2 today after head injury yesterday. Alert, "
            "playing, GCS 15, neuro obs normal. Observed 4 hrs, tolerated fluids. D/C to M.",
            "22:10",
            "Reattendance",
        ),
    )

    # The police welfare check, the notification, the calls and the screening.
    f.occ(
        "2024-08-17",
        "police-welfare-check",
        R(
            "pol",
            "LOG 2317 17/08/24. ANON CALLER (NEIGHBOUR) REPORTS SHOUTING AND CHILD SCREAMING AT "
            "9 SORREL WALK FOR OVER AN HOUR. OFFICERS ATT 23:40. DEAN HOLLINS AND JADE "
            "CATTERICK PRESENT. FEMALE DROWSY, PINPOINT PUPILS, SAYS SHE HAS TAKEN HER SCRIPT. "
            "3 CHILDREN: ELDER 2 ASLEEP, YOUNGEST AWAKE AND UPSET, NAPPY HEAVILY SOILED. MALE "
            "SOBER AND ABLE TO CARE. PPN SUBMITTED (CHILD CONCERN).",
            "23:40",
            "Welfare check",
            ref="LOG 2317 17/08/24; PPN 24/11873",
        ),
    )
    f.occ(
        "2024-08-19",
        "csc-ppn-received",
        R(
            "csc",
            "Police notification (PPN 24/11873) received in the MASH about a welfare check at "
            "9 Sorrel Walk late on Saturday night: Jade drowsy, Rosie-Mae distressed in a "
            "soiled nappy, Dean sober and caring. Case closed to CSC in February (CIN). Passed "
            "to MASH screening with a request for partner checks.",
            "09:12",
            "Contact",
        ),
    )
    f.occ(
        "2024-08-20",
        "mash-call-to-sms",
        R(
            "csc",
            "MASH: tel to Brackenholt Recovery Partnership for information on Jade's "
            "treatment. Recovery worker not available; message left with the duty worker.",
            "10:15",
            "Telephone",
        ),
        R(
            "sms",
            "Duty: call from MASH social worker asking for information on Jade after a police "
            "welfare check at the weekend. Message passed to Nadia to call back.",
            "10:18",
            "Telephone",
        ),
    )
    f.occ(
        "2024-08-20",
        "sms-call-back-to-mash",
        R(
            "sms",
            "Returned MASH call. Shared: Jade on 70ml, mixed supervised/take-home regime since "
            "May, lockable box provided, one episode of intoxication at the pharmacy in June "
            "(pregabalin). I will review Jade this week.",
            "14:40",
            "Telephone",
        ),
        R(
            "csc",
            "Call back from Nadia Pearmain (BRP recovery worker): Jade is on methadone 70ml "
            "with take-home doses since May and has a lockable box at home; one episode of "
            "intoxication at the pharmacy in June. BRP will review her this week.",
            "14:45",
            "Telephone",
        ),
    )
    f.occ(
        "2024-08-21",
        "mash-screening",
        R(
            "csc",
            "MASH screening decision: information from police, health and BRP gathered. "
            "Concerns about Jade's presentation with three children in her care; Dean present "
            "and sober; BRP reviewing her script. Threshold for CSC assessment not met. Refer "
            "to the Early Help hub; letter to parents; HV and school to be told.",
            "11:40",
            "MASH decision",
            "Step down to Early Help",
        ),
        R(
            "csc",
            "MASH screening decision: info gathered from police, health and BRP. Concerns re "
            "Jade's presentation with 3 children in her care; Dean present and sober; BRP "
            "reviewing script. Threshold for CSC not met. Refer to Early Help hub; letter to "
            "parents; HV and school told.",
            "11:42",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-08-22",
        "sms-review-after-police",
        R(
            "sms",
            "Review with Jade after the police visit. She says she was 'just tired'. UDS today "
            "positive for methadone and pregabalin. Back to daily supervised consumption for 4 "
            "weeks; take-homes suspended. New prescription to pharmacy.",
            "11:00",
            "Review",
        ),
    )

    f.occ(
        "2024-09-24",
        "probation-dna",
        R(
            "prob",
            "Failed to attend supervision. Rang later saying he overslept; not an acceptable "
            "reason. First warning letter issued.",
            "",
            "Enforcement",
        ),
    )
    f.occ(
        "2024-09-24",
        "sms-takehomes-back",
        R(
            "sms",
            "Contact type: review. Outcome: 4 weeks daily supervision completed, UDS negative "
            "x2. Take-home doses reinstated Tue and Sun. Locked box to be used; Jade agreed.",
            "14:20",
            "Review",
        ),
    )
    # Two agencies' home visits on one day, each made alone.
    f.occ(
        "2024-10-22",
        "sms-home-visit",
        R(
            "sms",
            "Home visit. Lockable box seen in the top kitchen cupboard, locked; key on Jade's "
            "keyring. Rosie-Mae present, playing with blocks. Dean out at the shops.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-22",
        "hv-two-year-review",
        R(
            "hv",
            "Contact type: 2-2.5 year review (home). Outcome: ASQ-3 communication borderline, "
            "other domains on track. Home cluttered but safe. M says methadone kept in a locked "
            "box; advised all medicines out of reach. Dental registration advised. Universal "
            "plus; review speech in 3 months.",
            "14:00",
            "Developmental review",
        ),
    )
    f.occ(
        "2024-11-12",
        "gp-methadone-review-2",
        R(
            "gp",
            "S: 6-monthly shared-care review. Jade says Dean is 'stressed' with probation; "
            "denies on-top use. Two take-home doses a week. O: Pupils normal, alert, weight "
            "61kg. A: OUD, stable. P: Continue methadone 70ml via BRP. Safe storage re-discussed "
            "- box locked, key kept on her. Letter to BRP.",
            "10:40",
            "Medication review",
        ),
    )
    f.occ(
        "2024-11-13",
        "gp-letter-to-sms",
        R(
            "gp",
            "Letter to Dr Olawuyi (BRP) re shared-care review 12/11: stable, continue.",
            "",
            "Correspondence",
        ),
        R(
            "sms",
            "Letter received from Dr Sowerby (Fennimoor HC): shared-care review on 12/11, "
            "stable, no change. Scanned to record.",
            "",
            "Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-19",
        "sms-christmas-review",
        R(
            "sms",
            "Prescribing review before Christmas: pharmacy closed 25/26 Dec and 1 Jan, so "
            "extra take-home doses to be dispensed on the 23rd and 31st. Locked-box agreement "
            "re-signed by Jade; she will tell Dean.",
            "10:15",
            "Prescribing review",
        ),
    )
    f.occ(
        "2024-12-23",
        "pharmacy-christmas-doses",
        R(
            "pharm",
            "JC supervised dose today + 2 TAKEAWAY doses (25/12, 26/12) dispensed in CR "
            "bottles, labelled. Reminded re locked box. Pt says box at home.",
            "16:10",
        ),
    )
    f.occ(
        "2025-01-16",
        "pharmacy-missed-doses",
        R(
            "pharm",
            "JC not collected Mon, Tue or Wed (3 consecutive missed doses). Cannot dispense "
            "without prescriber review. Emailed BRP.",
            "09:15",
        ),
        R(
            "sms",
            "Email from Hallam & Vine: Jade has missed 3 consecutive doses (13-15/01); pharmacy "
            "not dispensing until she is reviewed.",
            "",
            "Email",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-20",
        "sms-retitration",
        R(
            "sms",
            "Seen after missed doses; Jade says she had flu. Restarted at 40ml, titrating back "
            "to 70ml over a week, supervised daily until back at dose, then take-homes Tue/Sun "
            "to resume.",
            "11:30",
            "Prescribing review",
        ),
    )
    # Dean's shop theft: the arrest and the charge the same day.
    f.occ(
        "2025-02-11",
        "father-arrest-theft",
        R(
            "pol",
            "HOLLINS DEAN ARRESTED 14:30 @ PRICEWELL SUPERSTORE, BRACKENHOLT, THEFT FROM SHOP "
            "(MEAT AND SPIRITS, £146). CONVEYED WESSENDALE CENTRAL CUSTODY.",
            "14:30",
            "Arrest",
            ref="CRIME 47/9921/25",
        ),
        R(
            "prob",
            "Police notification: Dean arrested yesterday afternoon for theft from Pricewell "
            "Superstore. Will discuss at next supervision; breach being considered.",
            "",
            "Information received",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-11",
        "father-charge-theft",
        R(
            "pol",
            "HOLLINS DEAN CHARGED THEFT FROM SHOP x1. BAILED TO BRACKENHOLT MAGISTRATES 04/03/25.",
            "22:05",
            "Charge",
            ref="CRIME 47/9921/25",
        ),
    )

    # The night of 7-8 March 2025.
    f.occ(
        "2025-03-08",
        "999-call",
        R(
            "amb",
            "Inc 250308-0061. 999 call 02:14 from father at 9 Sorrel Walk: 2yr female not "
            "breathing, 'floppy and blue'. Cat 1. Call handler gave CPR instructions, father "
            "doing compressions. Police requested (child).",
            "02:14",
        ),
    )
    f.occ(
        "2025-03-08",
        "home-attendance-amb-police",
        R(
            "amb",
            "Crew on scene 02:23 (DCA + RRV). 2yr F in cardiac arrest, asystole, pupils "
            "pinpoint. ALS, IO access, naloxone IO x2 no response. Mother drowsy. Open pharmacy "
            "bottle (methadone) on kitchen worktop. Police on scene 02:31. Left scene 02:38 "
            "with pre-alert to Tarrowby General.",
            "02:23",
        ),
        R(
            "pol",
            "LOG 0089 08/03/25. ATT 9 SORREL WALK WITH AMBULANCE 02:31, 2YR OLD IN CARDIAC "
            "ARREST, CREW WORKING ON CHILD. MOTHER SEMI-COHERENT, FATHER DISTRESSED. GREEN "
            "PHARMACY BOTTLE (METHADONE) OPEN ON KITCHEN SIDE, LOCK BOX OPEN ON FLOOR WITH KEY "
            "IN IT. 2 OTHER CHILDREN ASLEEP UPSTAIRS. SCENE PRESERVED, PC ESCORTED AMB TO TGH.",
            "02:31",
            "Sudden death - child",
            ref="LOG 0089 08/03/25",
        ),
    )
    f.occ(
        "2025-03-08",
        "ed-resuscitation",
        R(
            "ed",
            "02:48 Pre-alerted paediatric arrest. Arr by amb, CPR in progress. 2y F, ?opioid "
            "(methadone) ingestion at home. Asystole.",
            "02:48",
            "Triage",
        ),
        R(
            "ed",
            "02:55 Resus: APLS, intubated, adrenaline x5, naloxone 400mcg IV, fluid bolus. "
            "Glucose 4.1, temp 35.2. Bloods incl tox screen sent. Parents in relatives' room "
            "with police.",
            "02:55",
            "Resuscitation",
        ),
        R(
            "ed",
            "03:50 SUDIC samples taken per protocol (bloods, urine, swabs). Parents allowed to "
            "hold Rosie-Mae with police present. To mortuary 05:10.",
            "03:50",
            "Post-death care",
        ),
    )
    f.occ(
        "2025-03-08",
        "death",
        R(
            "ed",
            "03:31 Resuscitation stopped after 68 min, consultant decision, parents told. Life "
            "pronounced extinct 03:31.",
            "03:31",
            "Death",
        ),
        R(
            "pol",
            "CHILD ROSIE-MAE CATTERICK (DOB 14/10/22) PRONOUNCED DECEASED 03:31 AT TARROWBY "
            "GENERAL ED. DI NOTIFIED. JAR/SUDIC PROTOCOL INVOKED.",
            "03:35",
            "Sudden death - child",
            ref="LOG 0089 08/03/25",
        ),
        R(
            "csc",
            "EDT: Rosie-Mae Catterick (2) died at Tarrowby General ED at 03:31 this morning "
            "after being found unresponsive at home; suspected ingestion of her mother's "
            "methadone. Tyler (8) and Lacey (5) are at the home with police.",
            "03:55",
            "Child death",
        ),
        R(
            "cdr",
            "Death: Rosie-Mae Catterick, 2y 4m, died 08/03/2025 at 03:31, Tarrowby General ED. "
            "Unexpected; JAR criteria met. Suspected methadone ingestion at home.",
            "04:00",
            "Death",
        ),
        R(
            "cor",
            "Death reported: Rosie-Mae CATTERICK, aged 2, of 9 Sorrel Walk, Brackenholt, died "
            "08/03/2025 at 03:31 in the emergency department, Tarrowby General Hospital. "
            "Sudden and unexplained; jurisdiction accepted; forensic post-mortem to be arranged.",
            "04:20",
        ),
        R(
            "gp",
            "Patient died 08/03/2025 at Tarrowby General ED, sudden unexpected death in "
            "childhood (?methadone ingestion). Coroner's case. Alerts added to Jade's, Tyler's "
            "and Lacey's records.",
            "",
            "Death",
        ),
    )
    f.occ(
        "2025-03-08",
        "edt-strategy-discussion",
        R(
            "csc",
            "Strategy discussion by telephone: EDT SW Owen Brathwaite, DS Wetherall and "
            "Dr Quayle (on-call paediatrician). Section 47 enquiries agreed for Tyler and Lacey. "
            "With the parents' agreement the children will go to their maternal grandparents "
            "under s20; no unsupervised contact with parents. JAR home visit at 05:30.",
            "04:45",
            "Strategy discussion",
        ),
        R(
            "pol",
            "04:45 STRAT DISC (TEL) WITH EDT AND PAEDS. S47 AGREED FOR 2 SIBLINGS. SIBLINGS TO "
            "MGPS. JAR HOME VISIT TO FOLLOW.",
            "04:50",
            "Strategy discussion",
            ref="LOG 0089 08/03/25",
        ),
        R(
            "cdr",
            "Strategy discussion by phone (Dr Quayle with EDT and police): s47 for the siblings; "
            "JAR home visit to go ahead at 05:30.",
            "04:45",
            "Strategy discussion",
        ),
    )
    f.occ(
        "2025-03-08",
        "jar-home-visit",
        R(
            "pol",
            "05:30 JAR HOME VISIT 9 SORREL WALK WITH DR QUAYLE AND CDR NURSE. PARENTS' ACCOUNT: "
            "CHILD WOKE ABOUT 23:00, MOTHER GAVE HER SQUASH IN A BEAKER; TAKE-HOME DOSE LEFT "
            "ON THE SIDE. 2 METHADONE BOTTLES (1 EMPTY) AND BEAKER SEIZED. PHOTOS TAKEN.",
            "05:30",
            "JAR visit",
            ref="LOG 0089 08/03/25",
        ),
        R(
            "cdr",
            "Joint Agency Response home visit with DS Wetherall: parents' accounts taken, "
            "sleeping arrangements seen (cot in parents' room). Pharmacy-labelled methadone "
            "bottles on the kitchen worktop; the lockable box was open with the key in it.",
            "05:30",
            "JAR home visit",
        ),
    )
    f.occ(
        "2025-03-08",
        "siblings-to-grandparents",
        R(
            "csc",
            "Tyler and Lacey taken by EDT to their maternal grandparents, Sandra and Keith "
            "Catterick, 41 Thrushfield Avenue, Quillerton, under s20 with Jade and Dean's "
            "signed consent. Regulation 24 checks started; grandparents able to care.",
            "06:40",
            "Placement",
        ),
        R(
            "pol",
            "06:40 SIBLINGS TYLER (8) AND LACEY (5) CONVEYED WITH EDT SW TO MGPS @ 41 "
            "THRUSHFIELD AVE QUILLERTON.",
            "06:40",
            "Safeguarding",
            ref="LOG 0089 08/03/25",
        ),
    )
    f.occ(
        "2025-03-09",
        "prelim-tox-call",
        R(
            "cdr",
            "Dr Quayle phoned DS Wetherall: preliminary toxicology on the ED bloods shows "
            "methadone at a level consistent with a fatal dose in a toddler.",
            "11:30",
            "Telephone",
        ),
        R(
            "pol",
            "TEL FROM DR QUAYLE (DESIGNATED PAED): PRELIM TOX POSITIVE METHADONE, FATAL RANGE. "
            "ARREST STRATEGY TO BE AGREED WITH DI.",
            "11:35",
            "Update",
            ref="LOG 0089 08/03/25",
        ),
    )
    # Monday: two arrests, the call to school, the strategy meeting.
    f.occ(
        "2025-03-10",
        "mother-arrest",
        R(
            "pol",
            "07:05 CATTERICK JADE ARRESTED @ 41 THRUSHFIELD AVE ON SUSPICION OF MANSLAUGHTER "
            "(GROSS NEGLIGENCE) AND CHILD NEGLECT. CONVEYED WESSENDALE CENTRAL CUSTODY.",
            "07:05",
            "Arrest",
            ref="CRIME 47/12260/25",
        ),
        R(
            "sms",
            "DC Ambrose told us Jade was arrested this morning on suspicion of manslaughter "
            "following Rosie-Mae's death. Custody healthcare will contact the prescriber about "
            "dosing in custody.",
            "09:05",
            "Information received",
        ),
    )
    f.occ(
        "2025-03-10",
        "father-arrest",
        R(
            "pol",
            "07:12 HOLLINS DEAN ARRESTED @ 41 THRUSHFIELD AVE ON SUSPICION OF MANSLAUGHTER "
            "(GROSS NEGLIGENCE) AND CHILD NEGLECT. CONVEYED WESSENDALE CENTRAL CUSTODY.",
            "07:12",
            "Arrest",
            ref="CRIME 47/12260/25",
        ),
        R(
            "prob",
            "Police told me at 08:30 that Dean was arrested at 07:12 today at his partner's "
            "parents' address on suspicion of gross negligence manslaughter and child neglect "
            "after the death of his daughter. RoSH review to follow.",
            "08:40",
            "Information received",
        ),
    )
    f.occ(
        "2025-03-10",
        "csc-call-to-school",
        R(
            "csc",
            "Telephoned Mrs Penhallow (DSL, Fennimoor Primary) to tell her of Rosie-Mae's death "
            "and that Tyler and Lacey are with their grandparents in Quillerton; the "
            "grandparents will bring them to school when they are ready.",
            "08:50",
            "Telephone",
        ),
        R(
            "sch",
            "Tyler - phone call from the social worker at 08:50: Tyler's little sister "
            "Rosie-Mae died at the weekend. Tyler and Lacey are staying with their grandparents. "
            "I have told the class teacher and the head.",
            "08:50",
            "Safeguarding - information",
        ),
        R(
            "sch",
            "Lacey - call from SW (see Tyler): baby sister died on Saturday, Lacey staying at "
            "grandparents' in Quillerton. Reception team told; bereavement support to be "
            "offered.",
            "08:55",
            "Safeguarding - information",
        ),
    )
    f.occ(
        "2025-03-10",
        "strategy-meeting",
        R(
            "csc",
            "Multi-agency strategy meeting (Teams), chaired by TM Leanne Hobart, with police, "
            "CDR nurse, HV, BRP, probation and GP. Police: both parents arrested this morning. "
            "Section 47 enquiries for Tyler and Lacey continue; they stay with their "
            "grandparents; any contact with parents supervised. ICPC to be convened.",
            "10:00",
            "Strategy meeting",
            "S47 continues; ICPC",
        ),
        R(
            "pol",
            "STRATEGY MEETING (TEAMS) 10:00. S47 CONTINUES. BOTH PARENTS IN CUSTODY. NO "
            "UNSUPERVISED CONTACT WITH SIBLINGS.",
            "10:00",
            "Strategy meeting",
            ref="CRIME 47/12260/25",
        ),
        R(
            "hv",
            "Contact type: Strategy meeting (virtual). Outcome: s47 for Tyler and Lacey "
            "continues. HV to share Rosie-Mae's records with the CDR nurse and attend ICPC.",
            "10:00",
            "Strategy meeting",
        ),
        R(
            "sms",
            "KW and Dr Olawuyi attended strategy discussion after Rosie-Mae's death. Shared "
            "Jade's treatment history, the storage agreements and the locked box. Script "
            "suspended.",
            "10:00",
            "Multi-agency meeting",
        ),
        R(
            "prob",
            "Attended s47 strategy meeting. Shared details of Dean's community order and his "
            "compliance.",
            "10:00",
            "Multi-agency meeting",
            shift="swap",
        ),
        R(
            "gp",
            "Strategy meeting (Teams) - Dr Sowerby attended. S47 continues for the siblings. GP "
            "records for Rosie-Mae and parents to go to CDR.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-11",
        "post-mortem",
        R(
            "cor",
            "Forensic post-mortem by Dr N Castellane (Home Office pathologist) at Quillerton "
            "mortuary. DS Wetherall present. Cause of death pending toxicology and histology.",
            "10:00",
        ),
        R(
            "pol",
            "PM ATTENDED BY DS WETHERALL 10:00. NO INJURIES OF NOTE. COD PENDING TOX/HISTO.",
            "10:00",
            "Post-mortem",
            ref="CRIME 47/12260/25",
        ),
    )
    f.occ(
        "2025-03-11",
        "jar-meeting",
        R(
            "cdr",
            "Joint Agency Response information-sharing meeting chaired by Dr Quayle with "
            "police, CSC, GP, HV and BRP. Family chronology shared; methadone ingestion the "
            "working cause; JAR report to go to the coroner.",
            "14:00",
            "JAR meeting",
        ),
        R(
            "pol",
            "14:00 JAR MEETING (SUDIC) ATTENDED BY DS WETHERALL.",
            "14:00",
            "Meeting",
            ref="CRIME 47/12260/25",
        ),
        R(
            "csc",
            "Attended the SUDIC initial multi-agency meeting at Tarrowby General chaired by "
            "the designated paediatrician for child deaths. Shared the CIN history and the "
            "August police welfare check.",
            "14:00",
            "Meeting",
        ),
        R(
            "gp",
            "Child death - initial multi-agency discussion (JAR). Dr Sowerby dialled in.",
            "14:00",
            "Meeting",
            shift="+1",
        ),
        R(
            "hv",
            "Contact type: JAR meeting (child death). Outcome: HV records shared, including "
            "the 2-year review and the July ED attendances.",
            "14:00",
            "Meeting",
        ),
        R(
            "sms",
            "Joint Agency Response meeting (child death): KW and Dr Olawuyi attended.",
            "",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-03-12",
        "serious-incident-notification",
        R(
            "csc",
            "Serious incident notification submitted to the National Panel and referral made "
            "to the Brackenholt Safeguarding Children Partnership for a rapid review.",
            "16:30",
            "Notification",
        ),
    )
    f.occ(
        "2025-03-20",
        "rapid-review",
        R(
            "csc",
            "Rapid Review meeting (Brackenholt SCP) on Rosie-Mae's death. The partners agreed "
            "the case meets the criteria for a local Child Safeguarding Practice Review; "
            "learning themes: safe storage of take-home methadone, fathers' voices, closure of "
            "the CIN plan.",
            "09:30",
            "Rapid review",
        ),
        R(
            "pol",
            "RAPID REVIEW MTG (SCP) 09:30. DI HOLDEN ATTENDED FOR POLICE. CSPR RECOMMENDED.",
            "09:30",
            "Meeting",
        ),
        R(
            "sms",
            "Safeguarding Partnership rapid review: BRP service manager attended with the "
            "agency report.",
            "",
            "Multi-agency meeting",
        ),
        R(
            "hv",
            "Contact type: Rapid review panel (child death). Outcome: HV lead attended; "
            "scoping return submitted.",
            "09:30",
            "Meeting",
            shift="-1",
        ),
        R(
            "prob",
            "Rapid review - senior probation officer attended on behalf of the PDU.",
            "",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-03-26",
        "inquest-opened",
        R(
            "cor",
            "Inquest opened and adjourned by the Area Coroner at Quillerton Coroner's Court; "
            "identification evidence from DS Wetherall; adjourned pending the criminal "
            "investigation.",
            "11:00",
        ),
        R(
            "pol",
            "INQUEST OPENED AND ADJOURNED TODAY. DS WETHERALL GAVE ID EVIDENCE.",
            "11:00",
            "Coroner",
            ref="CRIME 47/12260/25",
        ),
    )
    f.occ(
        "2025-03-28",
        "icpc-siblings",
        R(
            "csc",
            "Initial child protection conference for Tyler and Lacey, chaired by IRO Sam "
            "Okwuosa. Both children made subject to child protection plans (neglect). They "
            "remain with their maternal grandparents; parents on police bail with a condition "
            "not to have unsupervised contact.",
            "13:00",
            "ICPC",
            "CP plans - neglect",
        ),
        R(
            "sch",
            "Tyler - I attended the ICPC. Tyler is now on a CP plan (neglect). He is quiet in "
            "class; ELSA sessions started.",
            "13:00",
            "Safeguarding - CP",
        ),
        R(
            "sch",
            "Lacey - ICPC today, CP plan (neglect). See Tyler's record.",
            "13:00",
            "Safeguarding - CP",
        ),
        R(
            "hv",
            "Contact type: ICPC (siblings). Outcome: CP plans under neglect for both siblings; "
            "HV report on Rosie-Mae submitted.",
            "13:00",
            "Conference",
        ),
        R(
            "pol",
            "ICPC 13:00 - DC AMBROSE ATTENDED. BOTH SIBLINGS ON CP PLANS (NEGLECT).",
            "13:00",
            "Conference",
        ),
    )
    f.occ(
        "2025-06-12",
        "pm-report",
        R(
            "cor",
            "Final post-mortem report from Dr Castellane received and copied to the police: "
            "cause of death 1a methadone toxicity.",
            "",
        ),
        R(
            "pol",
            "PM REPORT RECEIVED FROM CORONER'S OFFICER: COD 1A METHADONE TOXICITY.",
            "10:20",
            "Update",
            ref="CRIME 47/12260/25",
            shift="late",
        ),
    )
    f.occ(
        "2025-06-26",
        "mother-charged",
        R(
            "pol",
            "CATTERICK JADE CHARGED (CPS AUTHORITY) WITH MANSLAUGHTER BY GROSS NEGLIGENCE. "
            "BAILED TO QUILLERTON MAGISTRATES 10/07/25.",
            "15:40",
            "Charge",
            ref="CRIME 47/12260/25",
        ),
        R(
            "csc",
            "DC Ambrose informed me that Jade was charged today with gross negligence "
            "manslaughter. Dean remains under investigation.",
            "16:30",
            "Information received",
        ),
    )
    f.occ(
        "2025-07-09",
        "child-death-review-meeting",
        R(
            "cdr",
            "Child Death Review Meeting chaired by Dr Quayle: GP, HV, police, BRP. Cause of "
            "death methadone toxicity; modifiable factors identified (storage of take-home "
            "doses, information sharing with the HV). Analysis form to the CDOP.",
            "10:00",
            "CDRM",
        ),
        R(
            "gp",
            "Child death review meeting - Dr Sowerby attended. Learning on shared-care "
            "reviews and children in the household.",
            "10:00",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: Child Death Review Meeting. Outcome: HV attended; learning re "
            "asking to see where medicines are stored at home visits.",
            "",
            "Meeting",
            shift="month",
        ),
        R(
            "pol",
            "CDRM ATTENDED BY DS WETHERALL.",
            "10:00",
            "Meeting",
        ),
    )

    # Routine single entries.
    f.fill(
        "sms",
        "2024-02-19",
        "2025-03-05",
        [
            ("Key work", "Key work session: relapse prevention, triggers around money worries."),
            ("UDS", "UDS: methadone positive only. Fed back to Jade."),
            ("Key work", "Key work session: Jade wants to start a reduction after Christmas."),
            ("Telephone", "Check-in call with Jade, no concerns raised."),
            ("Group", "Jade attended the women's recovery group."),
        ],
    )
    f.fill(
        "pharm",
        "2024-02-19",
        "2024-05-17",
        [
            ("", "JC supervised dose taken, water given after. No concerns."),
            ("", "JC supervised dose taken, brought Rosie-Mae in buggy."),
        ],
    )
    f.fill(
        "pharm",
        "2024-10-01",
        "2025-01-10",
        [
            ("", "JC collected takeaway dose; reminded re locked box."),
            ("", "JC supervised, chatty, well. Naloxone kit checked in date."),
        ],
    )
    f.fill(
        "prob",
        "2024-02-19",
        "2025-03-05",
        [
            ("Supervision", "Supervision session: victim awareness work, Dean engaged."),
            ("Supervision", "Supervision: thinking skills programme progress good."),
            ("Unpaid work", "Completed 7 hours unpaid work at the community allotments."),
            ("Supervision", "Supervision: Dean reports money worries, referred to debt advice."),
        ],
    )
    f.fill(
        "gp",
        "2024-02-19",
        "2025-03-05",
        [
            ("Consultation", "Lacey: 3/7 earache. O/E R TM red, bulging. A: AOM. P: amoxicillin."),
            ("Consultation", "Tyler: eczema flare, emollients and 1% hydrocortisone."),
        ],
    )
    f.fill(
        "sch",
        "2024-02-19",
        "2025-03-05",
        [
            ("Attendance", "Tyler - late 3 times this week, Dad brought him; reminder given."),
            ("Welfare", "Lacey - came in without a coat in the rain; spare coat given."),
            ("Attendance", "Tyler - attendance letter (91%) sent home."),
        ],
    )
    f.fill(
        "hv",
        "2024-02-19",
        "2025-03-05",
        [("Telephone", "Contact type: telephone. Outcome: M reports Rosie-Mae well, eating.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Fairbrass family, Sallowmere. Imogen Fairbrass (b. 19/05/2012) lives with her
# mother Claire Fairbrass (b. 1983) and her brother Alfie (b. 03/08/2016) at 27 Pennyroyal
# Close, Sallowmere QF2 6JD; registered at Saltings Lane Surgery and Wendle Row Dental Practice.
# After attendance fines her mother withdraws her from Sallowmere Academy to educate her at
# home (Wendlecross Borough Council's EHE team); she is not seen for months (a refused home
# visit, a children missing education referral and panel, a s437(1) notice) until a neighbour's
# anonymous call to the MASH, a strategy discussion, a refused joint visit and a police welfare
# check at night find her with severe anorexia nervosa: admitted to Kestrel Ward, Hollowmere
# General, for refeeding, then to Larkspur House, a tier-4 adolescent eating disorder unit.
# --------------------------------------------------------------------------------------------


def _fairbrass() -> BlindCase:
    f = Family(
        "fairbrass",
        2302,
        {
            "sch": Sheet(
                SCHOOL,
                "Sallowmere_Academy_safeguarding_log.xlsx",
                "CPOMS",
                (("2024-01-01", "Mr O Tredgold (DSL)"),),
            ),
            "ews": Sheet(
                EWO,
                "Wendlecross_EWS_CME_Fairbrass.xlsx",
                "Case log",
                (("2024-01-01", "Lorraine Bickerstaff, EWO/CME Officer"),),
            ),
            "ehe": Sheet(
                EHE,
                "Wendlecross_EHE_Team_IF.xlsx",
                "Contacts",
                (("2024-01-01", "Declan Furlow, EHE Adviser"),),
            ),
            "gp": Sheet(
                GP,
                "SaltingsLane_Surgery_Fairbrass.docx",
                "Table 1",
                (("2024-01-01", "Dr C Alderton"),),
                typed=False,
            ),
            "dent": Sheet(
                DENTAL,
                "WendleRow_Dental_Fairbrass.xlsx",
                "Appointments",
                (("2024-01-01", "Mr K Osei-Bonsu BDS"),),
            ),
            "mash": Sheet(
                CSC,
                "Wendlecross_MASH_Fairbrass.xlsx",
                "MASH",
                (("2024-01-01", "Tamsin Ojo, MASH SW"),),
            ),
            "csc": Sheet(
                CSC,
                "Wendlecross_CSC_Imogen_Fairbrass.xlsx",
                "Case notes",
                (("2024-01-01", "Rhys Cadwallader SW"),),
            ),
            "pol": Sheet(
                POLICE,
                "Haverbrook_Constabulary_Fairbrass.xlsx",
                "Extract",
                (("2024-01-01", "DS 0562 P Gatenby (CAIT)"),),
            ),
            "ed": Sheet(
                ED,
                "HollowmereGeneral_ED_IF.xlsx",
                "Attendance",
                (("2024-01-01", "Dr S Mukherjee-Hale (paeds reg)"),),
            ),
            "ward": Sheet(
                WARD,
                "HollowmereGeneral_KestrelWard_IF.xlsx",
                "Nursing and medical",
                (("2024-01-01", "Dr E Okonedo (consultant paediatrician)"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "Wendlecross_CEDS_Fairbrass.xlsx",
                "Clinical notes",
                (("2024-01-01", "Jo Pettifer, CEDS Nurse Specialist"),),
            ),
        },
    )

    # Attendance, fines and the deregistration.
    f.occ(
        "2024-09-17",
        "attendance-meeting",
        R(
            "sch",
            "I met Mrs Fairbrass with Ms Bickerstaff (EWO) for an attendance improvement "
            "meeting. Imogen's attendance last year was 71% and she has missed 6 of the 10 days "
            "this term. Mum says Imogen has stomach problems and is anxious about eating in the "
            "canteen. Imogen refused to come to the meeting. Agreed: part-time timetable, school "
            "nurse referral, EWO to monitor. Mum was warned about a second penalty notice.",
            "09:30",
            "Attendance",
        ),
        R(
            "ews",
            "Attendance Improvement Meeting at Sallowmere Academy with mother and DSL. Previous "
            "penalty notice (June 2024) paid. Attendance 40% this term. Warned a second notice "
            "will follow if no improvement by 01/10. Mother tearful: 'she won't eat at school'.",
            "09:30",
            "Meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2024-09-24",
        "school-concern-thin",
        R(
            "sch",
            "Form tutor reports Imogen (in for the morning only) looked very pale and thin, ate "
            "nothing at break and was wearing a hoodie in the heat. I rang Mum, who says Imogen "
            "is a fussy eater and is 'under the GP'. Logged; school nurse referral sent.",
            "13:10",
            "Welfare concern",
        ),
    )
    f.occ(
        "2024-10-03",
        "second-penalty-notice",
        R(
            "ews",
            "Second penalty notice issued to Mrs C Fairbrass (£160, £80 if paid within 21 days) "
            "for Imogen's unauthorised absence in September.",
            "",
            "Penalty notice",
        ),
    )
    f.occ(
        "2024-10-14",
        "deregistration-letter",
        R(
            "sch",
            "Mrs Fairbrass handed in a letter at reception: she is withdrawing Imogen from "
            "Sallowmere to educate her at home, with immediate effect. I phoned to ask her to "
            "meet us first; she declined, saying the fines were the last straw.",
            "08:45",
            "Attendance",
        ),
    )
    f.occ(
        "2024-10-15",
        "off-roll-notification",
        R(
            "sch",
            "Imogen removed from roll today (reg 9(1)(c), elective home education). "
            "Notification emailed to the LA's EHE team and the EWS with her attendance history "
            "and our worries about her weight.",
            "11:30",
            "Off roll",
        ),
        R(
            "ehe",
            "Notification of removal from roll received from Sallowmere Academy: Imogen "
            "Fairbrass (Y8), EHE from 15/10/24. School reports poor attendance, two penalty "
            "notices and concerns about weight and eating.",
            "09:20",
            "Notification",
            shift="late",
        ),
        R(
            "ews",
            "Email from Sallowmere: Imogen off roll for EHE. Attendance casework closed; EHE "
            "team to lead.",
            "",
            "Email",
            shift="late",
        ),
    )

    # The EHE team's letters, calls and refused visit; the GP's and dentist's missed appointments.
    f.occ(
        "2024-10-22",
        "ehe-letter-1",
        R(
            "ehe",
            "Initial EHE letter and information pack sent to Mrs Fairbrass asking for a "
            "description of Imogen's education and offering a home visit.",
            "",
            "Letter",
        ),
    )
    f.occ(
        "2024-11-05",
        "ehe-call-1",
        R(
            "ehe",
            "Tel to Mrs Fairbrass - no answer; voicemail left asking her to call me back about "
            "Imogen's home education.",
            "10:05",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-05",
        "ehe-call-2",
        R(
            "ehe",
            "Tel to Mrs Fairbrass (second attempt today) - no answer, voicemail full.",
            "15:40",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-11",
        "ehe-letter-2",
        R(
            "ehe",
            "Second letter sent: asking to meet Imogen and see examples of her work; home visit "
            "proposed for 26/11 at 10:00.",
            "",
            "Letter",
        ),
    )
    f.occ(
        "2024-11-12",
        "mother-letter-received",
        R(
            "ehe",
            "Letter from Mrs Fairbrass dated 08/11 received (crossed with ours of 11/11): "
            "describes 'autonomous learning', online maths, reading and baking; says Imogen is "
            "anxious and will not meet professionals.",
            "",
            "Letter received",
        ),
    )
    f.occ(
        "2024-11-19",
        "gp-dna-1",
        R(
            "gp",
            "Imogen - DNA asthma review (2nd invitation). Letter to parent.",
            "09:40",
        ),
    )
    f.occ(
        "2024-11-26",
        "ehe-visit-refused",
        R(
            "ehe",
            "Home visit as arranged. Mrs Fairbrass spoke to me on the doorstep and would not let "
            "me in; Imogen did not come to the door. I was shown two pages of maths worksheets. "
            "I could not see Imogen and told Mrs Fairbrass this makes it hard to judge whether "
            "the education is suitable.",
            "10:00",
            "Home visit",
            "Refused - child not seen",
        ),
    )
    f.occ(
        "2024-12-02",
        "ehe-email-to-gp",
        R(
            "ehe",
            "Email to Saltings Lane Surgery asking when Imogen was last seen and whether there "
            "are any health concerns.",
            "14:50",
            "Email",
        ),
        R(
            "gp",
            "Email from EHE team (Wendlecross) asking about last contact and health concerns "
            "for Imogen - passed to Dr Alderton.",
            "",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-05",
        "gp-reply-to-ehe",
        R(
            "gp",
            "Reply emailed to EHE team: Imogen last seen face to face March 2024 (BMI 17.1, "
            "'fussy eating'); DNA asthma review 19/11. Cannot share more without consent or a "
            "safeguarding basis.",
            "12:10",
        ),
        R(
            "ehe",
            "Reply from GP: Imogen last seen 03/2024, did not attend in November; will not "
            "share more without consent.",
            "",
            "Email",
            shift="late",
        ),
    )
    # Two children's dental appointments in one session: separate.
    f.occ(
        "2024-12-10",
        "dental-alfie",
        R(
            "dent",
            "Alfie Fairbrass - routine check-up, brought by mum. Caries-free, fluoride varnish "
            "applied. Recall 6 months.",
            "09:10",
            "Check-up",
        ),
    )
    f.occ(
        "2024-12-10",
        "dental-imogen-dna",
        R(
            "dent",
            "Imogen Fairbrass - check-up DNA (was not brought). Mum (here with Alfie) said "
            "Imogen was 'not up to it'. Rebooked.",
            "09:20",
            "WNB",
        ),
    )
    f.occ(
        "2025-01-08",
        "cme-referral",
        R(
            "ehe",
            "EHE provision cannot be judged suitable and Imogen has not been seen by any "
            "professional since October. Referral made to the CME officer.",
            "11:15",
            "Referral",
        ),
        R(
            "ews",
            "CME referral received from EHE team: Imogen Fairbrass (12), not seen since leaving "
            "school; EHE provision unverified.",
            "11:40",
            "CME referral",
            shift="swap",
        ),
    )
    f.occ(
        "2025-01-14",
        "gp-dna-2",
        R(
            "gp",
            "Imogen: telephone consultation booked by mother re 'tummy pains' - no answer on 2 "
            "attempts (10:10, 10:25). Coded DNA.",
            "10:25",
        ),
    )
    f.occ(
        "2025-01-21",
        "cme-home-visit",
        R(
            "ews",
            "CME home visit 11:00: no answer. Upstairs curtains drawn. Calling card left.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-01-23",
        "cme-call-to-mother",
        R(
            "ews",
            "Tel with Mrs Fairbrass: says Imogen is 'fine, she's just shy'; refuses a visit and "
            "says she will complain about harassment.",
            "15:15",
            "Telephone",
        ),
    )
    f.occ(
        "2025-01-28",
        "ehe-call-to-cme",
        R(
            "ehe",
            "Tel to Lorraine Bickerstaff (CME officer) for an update on the CME referral.",
            "10:20",
            "Telephone",
        ),
        R(
            "ews",
            "Call from Declan Furlow (EHE): update requested. Told him no sighting yet; I will "
            "check other systems today and ring back.",
            "10:20",
            "Telephone",
        ),
    )
    f.occ(
        "2025-01-28",
        "cme-call-back-to-ehe",
        R(
            "ews",
            "Rang Declan back: no school place anywhere else, no health contact found since "
            "March 2024. Case to go to the CME panel on 06/02.",
            "15:10",
            "Telephone",
        ),
        R(
            "ehe",
            "Call back from CME officer: no other school, no health contact found; to CME panel "
            "06/02.",
            "15:15",
            "Telephone",
        ),
    )
    f.occ(
        "2025-02-06",
        "cme-panel",
        R(
            "ews",
            "CME panel: Imogen Fairbrass discussed. Not seen since October; EHE provision "
            "unverified; visits refused. Decision: serve s437(1) notice; MASH consultation.",
            "13:30",
            "CME panel",
        ),
        R(
            "ehe",
            "Children Missing Education multi-agency panel - EHE/CME case discussed. Agreed a "
            "s437(1) notice and a consultation with the MASH.",
            "13:30",
            "Panel",
        ),
        R(
            "mash",
            "CME/EHE panel consultation: MASH rep attended. Advised a referral straight away if "
            "any welfare concern emerges; no contact opened.",
            "",
            "Consultation",
        ),
    )
    f.occ(
        "2025-02-11",
        "gp-dna-3",
        R(
            "gp",
            "Imogen DNA - face-to-face appointment booked after January call, not attended. 3rd "
            "DNA in 3 months - flagged to practice safeguarding lead.",
            "11:50",
        ),
        R(
            "gp",
            "Imogen DNA face to face appt (booked after Jan call). 3rd DNA in 3 months - "
            "flagged to practice safeguarding lead.",
            "11:52",
        ),
    )
    f.occ(
        "2025-02-13",
        "s437-notice",
        R(
            "ews",
            "Notice under s437(1) Education Act 1996 served by first-class post: Mrs Fairbrass "
            "has 15 days to satisfy the LA that Imogen is receiving a suitable education, or a "
            "school attendance order may follow.",
            "",
            "Legal notice",
        ),
        R(
            "ehe",
            "s437(1) notice (intention to serve a school attendance order) issued today to Mrs "
            "Fairbrass; copy on file.",
            "",
            "Legal notice",
        ),
    )
    f.occ(
        "2025-02-18",
        "dental-dna-2",
        R(
            "dent",
            "Imogen Fairbrass - DNA (was not brought), second running. Letter to parent; GP "
            "informed.",
            "15:30",
            "WNB",
        ),
    )

    # The neighbour's call, the MASH, the strategy discussion and the night visit.
    f.occ(
        "2025-02-25",
        "anonymous-referral",
        R(
            "mash",
            "Contact: anonymous caller (says she is a neighbour): has not seen Imogen out for "
            "months; saw her at an upstairs window last week 'like a skeleton'; hears crying at "
            "night. Caller would not leave her details.",
            "16:40",
            "Contact",
        ),
    )
    f.occ(
        "2025-02-26",
        "mash-screening",
        R(
            "mash",
            "MASH screening: RAG red. Not seen by any professional since October; EHE "
            "unverified; CME panel concerns; anonymous report of extreme thinness. Decision: "
            "strategy discussion; health checks requested today.",
            "11:30",
            "Screening decision",
            "Strategy discussion",
        ),
    )
    f.occ(
        "2025-02-26",
        "mash-email-to-gp",
        R(
            "mash",
            "Email to Saltings Lane Surgery: MASH health information request for Imogen "
            "(s47 likely; consent dispensed with).",
            "12:05",
            "Information request",
        ),
        R(
            "gp",
            "MASH request for information received by email - Imogen Fairbrass.",
            "08:40",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-27",
        "gp-reply-to-mash",
        R(
            "gp",
            "Reply to MASH: Imogen last seen 03/2024 (BMI 17.1); DNA 19/11/24, 14/01/25, "
            "11/02/25; dentist reports 2 'was not brought'. Concerned about a possible eating "
            "disorder.",
            "14:20",
        ),
        R(
            "mash",
            "GP response received: three missed appointments since November, last seen March "
            "2024; two dental 'was not brought'; GP worried about an eating disorder.",
            "14:35",
            "Information received",
        ),
    )
    f.occ(
        "2025-03-03",
        "strategy-discussion-1",
        R(
            "csc",
            "Strategy discussion chaired by TM Helen Braid with MASH, police (DS Gatenby), GP "
            "(Dr Alderton) and the EHE adviser. Imogen has not been seen by a professional since "
            "October 2024; three GP and two dental appointments missed; anonymous report of "
            "extreme thinness. Section 47 enquiry agreed, single agency led by CSC with a joint "
            "visit tomorrow with police; if refused, police protection or an EPO to be "
            "considered.",
            "10:30",
            "Strategy discussion",
            "S47 - joint visit",
        ),
        R(
            "pol",
            "STRAT DISC 10:30 RE IMOGEN FAIRBRASS (12). S47 AGREED. JOINT VISIT WITH CSC 04/03.",
            "10:30",
            "Strategy",
            ref="CAIT/25/0388",
        ),
        R(
            "gp",
            "Strategy discussion (telephone) - Dr Alderton took part. s47 agreed.",
            "10:30",
        ),
        R(
            "ehe",
            "Attended strategy meeting re Imogen. Shared EHE and CME history.",
            "",
            "Meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2025-03-04",
        "joint-visit-refused",
        R(
            "csc",
            "Joint visit with PC Stroud. Claire spoke to us on the doorstep and refused entry, "
            "saying Imogen was asleep and would not be woken. We could not see Imogen. Legal "
            "advice to be sought on an emergency protection order.",
            "16:30",
            "Home visit",
        ),
        R(
            "pol",
            "JOINT VISIT WITH SW 16:30 @ 27 PENNYROYAL CL. ENTRY REFUSED BY MOTHER. CHILD NOT "
            "SEEN. NO GROUNDS FOR S46 AT THIS TIME.",
            "16:30",
            "Joint visit",
            ref="CAIT/25/0388",
        ),
    )
    f.occ(
        "2025-03-05",
        "police-welfare-check-night",
        R(
            "pol",
            "LOG 2241 05/03/25. 101 CALL FROM NEIGHBOUR 22:40: SCREAMING FROM NO 27, GIRL SEEN "
            "COLLAPSED IN GARDEN EARLIER. OFFICERS ATT 23:15. MOTHER ANSWERED. FEMALE CHILD 12 "
            "ON SOFA, EXTREMELY THIN, COLD, WEAK, CONFUSED. AMBULANCE CALLED, CHILD CONVEYED TO "
            "HGH WITH MOTHER. CHILD TAKEN INTO POLICE PROTECTION (S46) 23:50.",
            "23:15",
            "Welfare check",
            ref="LOG 2241 05/03/25",
        ),
    )
    f.occ(
        "2025-03-06",
        "ed-attendance",
        R(
            "ed",
            "00:40 Triage. 12y F BIBA with police. HR 38, BP 78/40, temp 35.1, BMI 12.6. Very "
            "thin, cold peripheries. Cat 2.",
            "00:40",
            "Triage",
        ),
        R(
            "ed",
            "01:30 Paeds reg r/v: severe malnutrition ?AN. K 3.1, PO4 0.7, glucose 3.4. ECG "
            "sinus brady, QTc 460. MEED high risk. Plan: admit Kestrel Ward for refeeding (NG), "
            "cardiac monitoring.",
            "01:30",
            "Review",
        ),
    )
    f.occ(
        "2025-03-06",
        "ed-safeguarding-referral",
        R(
            "ed",
            "Safeguarding referral e-form to Wendlecross MASH (copy to EDT): 12y EHE, not seen "
            "by professionals, severe malnutrition, under police protection.",
            "02:10",
            "Safeguarding referral",
        ),
        R(
            "mash",
            "Referral from Hollowmere General ED received overnight (e-form 02:10): Imogen "
            "severely malnourished; already subject to s47 - passed to allocated SW.",
            "08:45",
            "Contact",
        ),
    )
    f.occ(
        "2025-03-06",
        "ward-admission",
        R(
            "ward",
            "04:15 Admitted to Kestrel Ward from ED. Wt 30.2kg, Ht 153cm, BMI 12.9 (72% "
            "median). Cardiac monitoring. NG feeds started on refeeding protocol; PO4, Mg, K "
            "supplements. 1:1 nursing.",
            "04:15",
            "Admission",
        ),
        R(
            "csc",
            "Imogen was admitted to Kestrel Ward, Hollowmere General, in the early hours for "
            "refeeding after police found her at home severely underweight; she is under police "
            "protection.",
            "09:30",
            "Hospital admission",
        ),
        R(
            "pol",
            "UPDATE LOG 2241: CHILD ADMITTED KESTREL WARD HGH 04:15 FOR REFEEDING. PP CONTINUES.",
            "04:30",
            "Update",
            ref="LOG 2241 05/03/25",
        ),
        R(
            "ehe",
            "Imogen admitted to Kestrel Ward, Hollowmere General on 06/03 for refeeding "
            "(severe malnutrition). EHE case to be reviewed with CSC.",
            "",
            "Information",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-06",
        "ceds-assessment-on-ward",
        R(
            "camhs",
            "CEDS assessment on Kestrel Ward (Dr F Linton and J Pettifer). Restricting since "
            "spring 2024, fear of weight gain, exercising at night. Dx anorexia nervosa, "
            "restrictive, severe. Plan: medical stabilisation, daily CEDS input, tier 4 bed "
            "to be requested.",
            "14:00",
            "Assessment",
        ),
        R(
            "ward",
            "14:00 Seen by CEDS (Dr Linton): AN restrictive type, severe. MEED high risk. 1:1 "
            "for meals and 1 hr after.",
            "14:00",
            "Specialist review",
        ),
    )
    f.occ(
        "2025-03-07",
        "strategy-discussion-2",
        R(
            "csc",
            "Second strategy meeting, held at Hollowmere General with the consultant "
            "paediatrician, CEDS, police and GP (by phone). Claire agrees to Imogen staying in "
            "hospital for treatment, so police protection ends today. Section 47 continues; "
            "ICPC to be convened.",
            "11:00",
            "Strategy meeting",
        ),
        R(
            "pol",
            "STRAT MTG 2 @ HGH 11:00. PP ENDED 11:45, MOTHER CONSENTS TO TREATMENT. S47 CONTINUES.",
            "11:00",
            "Strategy",
            ref="CAIT/25/0388",
        ),
        R(
            "ward",
            "Strategy meeting on the ward (Dr Okonedo): medical update given - refeeding "
            "tolerated, PO4 improving; at least 4-6 weeks' admission expected.",
            "11:00",
            "Meeting",
        ),
        R(
            "camhs",
            "Attended strategy meeting at HGH. CEDS view: severe AN, tier 4 referral made.",
            "11:00",
            "Multi-agency meeting",
        ),
        R(
            "gp",
            "Strategy meeting - Dr Alderton dialled in. Police protection to end; s47 continues.",
            "11:00",
            shift="-1",
        ),
    )
    f.occ(
        "2025-03-10",
        "gp-admission-notice",
        R(
            "gp",
            "Notification from Hollowmere General: Imogen admitted 06/03/25 to Kestrel Ward with "
            "severe malnutrition (anorexia nervosa). Coded; safeguarding lead aware.",
            "",
        ),
    )
    f.occ(
        "2025-03-24",
        "icpc",
        R(
            "csc",
            "Initial child protection conference chaired by IRO Bernadette Quist. Imogen made "
            "subject to a child protection plan under neglect (medical and emotional). Alfie "
            "to be assessed as a child in need. Claire attended with an advocate.",
            "10:00",
            "ICPC",
            "CP plan - neglect",
        ),
        R(
            "camhs",
            "Initial CP conference: CEDS report presented. Imogen on a CP plan (neglect).",
            "10:00",
            "Conference",
        ),
        R(
            "gp",
            "ICPC - GP report sent, Dr Alderton attended. CP plan for Imogen (neglect).",
            "10:00",
        ),
        R(
            "ehe",
            "Initial child protection conference: attended for the LA education service. EHE "
            "not suitable; school attendance order to follow on discharge.",
            "10:00",
            "Conference",
        ),
        R(
            "pol",
            "ICPC 10:00 ATTENDED BY DS GATENBY. CP PLAN - NEGLECT. NO CRIMINAL INVESTIGATION.",
            "10:00",
            "Conference",
            ref="CAIT/25/0388",
        ),
        R(
            "ward",
            "Initial CP conf held in hospital; Imogen joined for 10 min with her nurse. CP plan "
            "(neglect).",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-04-07",
        "core-group-1",
        R(
            "csc",
            "First core group: Claire, CEDS, ward nurse, EHE adviser. Plan reviewed; Claire "
            "visiting daily and eating meals with Imogen on the ward.",
            "14:00",
            "Core group",
        ),
        R(
            "camhs",
            "Core group meeting - CEDS attended; tier 4 bed expected next week.",
            "14:00",
            "Multi-agency meeting",
            shift="swap",
        ),
    )
    f.occ(
        "2025-04-16",
        "transfer-to-tier4",
        R(
            "ward",
            "Discharged from Kestrel Ward to Larkspur House (tier 4 adolescent eating disorder "
            "unit) by hospital transport with CEDS nurse. Wt 35.4kg, NG removed, medically "
            "stable.",
            "10:30",
            "Discharge",
        ),
        R(
            "camhs",
            "Imogen transferred today from Kestrel Ward to Larkspur House (tier 4 inpatient "
            "eating disorder unit). Handover given to Larkspur team.",
            "12:00",
            "Transfer",
        ),
        R(
            "csc",
            "Imogen moved from Kestrel Ward to Larkspur House, the tier 4 unit, today; Claire "
            "went with her.",
            "15:00",
            "Placement",
        ),
    )
    f.occ(
        "2025-05-12",
        "core-group-2",
        R(
            "csc",
            "Core group (Teams) with Larkspur House, CEDS and EHE. Weight restoration steady; "
            "family therapy started.",
            "14:00",
            "Core group",
        ),
        R(
            "camhs",
            "CG meeting attended (virtual).",
            "14:00",
            "Multi-agency meeting",
            shift="+2",
        ),
    )
    f.occ(
        "2025-06-16",
        "rcpc",
        R(
            "csc",
            "Review child protection conference: Imogen remains on a CP plan (neglect); "
            "discharge planning from Larkspur House, school place via a school attendance "
            "order, Claire engaging well.",
            "10:00",
            "RCPC",
        ),
        R(
            "camhs",
            "RCPC - CEDS report: 88% median BMI, discharge planned August.",
            "10:00",
            "Conference",
        ),
        R(
            "gp",
            "Review CP conference - GP report submitted, did not attend.",
            "",
        ),
        R(
            "ehe",
            "Review child protection conference: school attendance order naming Brookhythe "
            "School to be served before discharge.",
            "10:00",
            "Conference",
        ),
        R(
            "pol",
            "RCPC - DS GATENBY. PLAN CONTINUES.",
            "10:00",
            "Conference",
        ),
    )
    f.occ(
        "2025-08-20",
        "tier4-discharge-home",
        R(
            "camhs",
            "Imogen discharged from Larkspur House home to Claire today; CEDS home treatment "
            "twice weekly.",
            "",
            "Discharge",
        ),
        R(
            "csc",
            "Imogen discharged home from Larkspur House today. Visited at home this afternoon, "
            "settled.",
            "17:00",
            "Discharge",
        ),
    )
    f.occ(
        "2025-09-03",
        "starts-new-school",
        R(
            "ehe",
            "Imogen started at Brookhythe School today on a reduced timetable, as named in the "
            "school attendance order. EHE case closed.",
            "",
            "School start",
        ),
    )

    # Routine single entries.
    f.fill(
        "sch",
        "2024-09-04",
        "2024-10-11",
        [
            ("Attendance", "Imogen absent, no call from home; first-day call made, no answer."),
            ("Attendance", "Imogen in periods 1-3 only, went home 'feeling sick'."),
        ],
    )
    f.fill(
        "ews",
        "2024-09-04",
        "2024-10-11",
        [("Register check", "Register check: Imogen 3 of 10 sessions this fortnight.")],
    )
    f.fill(
        "ehe",
        "2024-10-23",
        "2025-02-21",
        [
            ("Supervision", "Case discussed in team supervision: escalate if not seen by Jan."),
            ("Admin", "EHE register updated; annual return fields completed."),
        ],
    )
    f.fill(
        "gp",
        "2024-09-04",
        "2025-08-29",
        [
            ("", "Alfie: URTI 4/7, chest clear. Self-care advice."),
            ("", "Claire: repeat sertraline 50mg issued."),
            ("", "Alfie: asthma review, well controlled on salbutamol prn."),
            ("", "Claire: telephone review of low mood; sertraline increased to 100mg."),
        ],
    )
    f.fill(
        "dent",
        "2025-03-10",
        "2025-08-29",
        [("Check-up", "Claire Fairbrass - routine check-up, scale and polish.")],
    )
    f.fill(
        "ward",
        "2025-03-08",
        "2025-04-14",
        [
            ("Nursing", "Weekly weight up 0.9kg. NG feeds tolerated, PO4 supplemented."),
            ("Medical", "Refeeding bloods: PO4 0.9, Mg 0.7, K 3.8. Supplements continue."),
            ("Nursing", "Imogen pulled out NG tube overnight; re-passed, position checked."),
            ("Medical", "Ward round: HR 52 overnight, ECG improving. Feeds increased."),
        ],
        weekdays=False,
    )
    f.fill(
        "camhs",
        "2025-03-10",
        "2025-08-15",
        [
            ("Family session", "Family session with Claire: psychoeducation on anorexia."),
            ("Individual", "Individual session with Imogen: motivation work, low mood."),
            ("Liaison", "Liaison call with Larkspur House: progress, leave planning."),
            ("MDT", "CEDS MDT review: discharge plan and home treatment discussed."),
        ],
    )
    f.fill(
        "csc",
        "2025-03-10",
        "2025-08-15",
        [
            ("Visit", "Statutory visit to Imogen: seen alone, talked about her drawings."),
            ("Visit", "Home visit to Claire and Alfie; Alfie's CIN assessment started."),
            ("Supervision", "Case supervision with TM; plan reviewed."),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Abdelrahim family, Pellingford then Oxenbrae. Hamid Abdelrahim (b. 1986), a
# Sudanese national whose visit visa ran out in 2022 (no recourse to public funds), his wife
# Safa Idris (b. 1992), and their daughters Nada (b. 02/03/2014) and Rayan (b. 25/01/2017);
# a third daughter, Malak, is born on 08/07/2024. Evicted from a friend's flat, the family are
# put in Regent Lodge B&B, Pellingford, on section 17 support from Pellingford Borough
# Council's NRPF team while Nada stays with a family friend, Mrs Amal Haroun, 14 Copperbeech
# Road (a private fostering notification). After Nada's disclosure of domestic abuse the
# children are made subject to child protection plans; the father claims asylum and the family
# are dispersed to Flat 3, 27 Gannet Row, Oxenbrae QP6 3LW (Meridian Housing Solutions), where
# the plans are transferred in; the girls start at Kingsfold Primary; a domestic incident leads
# to the father's arrest, a MARAC, a charge and a court result. Interpreters: Mr Yasir Kamil and
# Ms Huda Elamin (Pellingford), Ms Rabab Osman (Oxenbrae), Lingualink telephone interpreting.
# --------------------------------------------------------------------------------------------


def _abdelrahim() -> BlindCase:
    f = Family(
        "abdelrahim",
        2303,
        {
            "nrpf": Sheet(
                NRPF,
                "Pellingford_NRPF_Abdelrahim.xlsx",
                "Support log",
                (("2024-01-01", "Kwame Adjei-Lamb, NRPF Social Worker"),),
            ),
            "csc1": Sheet(
                CSC,
                "Pellingford_CSC_Abdelrahim.xlsx",
                "Chronology",
                (("2024-01-01", "Siobhan Marrable SW"),),
            ),
            "csc2": Sheet(
                CSC,
                "Oxenbrae_CSC_Abdelrahim_children.xlsx",
                "Case notes",
                (("2024-01-01", "Daniel Featherstone SW"),),
            ),
            "asy": Sheet(
                ASYLUM,
                "Meridian_Housing_Gannet_Row.xlsx",
                "Tenancy notes",
                (("2024-01-01", "Tom Ashgrove, Housing Officer"),),
                typed=False,
            ),
            "mw": Sheet(
                MW,
                "OxenbraeGeneral_Maternity_S_Idris.xlsx",
                "Maternity",
                (("2024-01-01", "Anjali Rowntree RM (safeguarding midwife)"),),
            ),
            "hv": Sheet(
                HV,
                "Oxenbrae_0-19_Abdelrahim.xlsx",
                "HV",
                (("2024-01-01", "Meg Halloran HV"),),
            ),
            "gp": Sheet(
                GP,
                "Heronsgate_Surgery_Abdelrahim.docx",
                "Table 1",
                (("2024-01-01", "Dr T Wakeling"),),
            ),
            "sch1": Sheet(
                SCHOOL,
                "ThimblebyRoad_Primary_log.xlsx",
                "Safeguarding",
                (("2024-01-01", "Ms G Iredale (DSL)"),),
            ),
            "sch2": Sheet(
                SCHOOL,
                "Kingsfold_Primary_CPOMS.xlsx",
                "Export",
                (("2024-01-01", "Mr J Nwachukwu-Hart (DSL)"),),
            ),
            "adm": Sheet(
                ADMISSIONS,
                "Oxenbrae_Admissions_inyear.xlsx",
                "Applications",
                (("2024-01-01", "Pauline Dacre, Admissions Officer"),),
                typed=False,
            ),
            "pol": Sheet(
                POLICE,
                "Northmarch_Police_Abdelrahim.xlsx",
                "Niche extract",
                (("2024-01-01", "DC 7741 L Varga (DA unit)"),),
            ),
            "idva": Sheet(
                DA_SERVICE,
                "Oxenbrae_DA_Service_SIdris.xlsx",
                "IDVA",
                (("2024-01-01", "Yasmin Greaves, IDVA"),),
            ),
        },
    )

    # Destitution, the B&B and section 17 support in Pellingford.
    f.occ(
        "2024-02-05",
        "nrpf-presentation",
        R(
            "nrpf",
            "Mr Hamid Abdelrahim presented at Pellingford Civic Centre with his wife Safa Idris "
            "(19 weeks pregnant) and Rayan (7). Interpreter: Mr Yasir Kamil (Arabic). Evicted "
            "from a friend's flat last night. Nada (9) has been staying with a family friend "
            "since January. Father's visit visa expired 2022, no leave to remain: NRPF. "
            "Destitution established on the information given; human rights assessment "
            "started; emergency s17 accommodation agreed.",
            "15:30",
            "Presentation",
        ),
    )
    f.occ(
        "2024-02-05",
        "bnb-placement",
        R(
            "nrpf",
            "Family placed at Regent Lodge B&B, 88 Station Parade, room 14 (one room, shared "
            "kitchen) under s17 from tonight.",
            "18:30",
            "Accommodation",
        ),
        R(
            "csc1",
            "Mr and Mrs Abdelrahim and Rayan placed at Regent Lodge B&B (room 14) tonight by the "
            "NRPF team under s17. Duty SW to allocate for a child and family assessment.",
            "18:45",
            "Accommodation",
        ),
    )
    f.occ(
        "2024-02-07",
        "cfa-visit",
        R(
            "csc1",
            "Child and family assessment visit at Regent Lodge with interpreter Ms Huda Elamin "
            "(Arabic). One room with a double bed and a single mattress; no cooking in the room. "
            "Rayan seen and spoke about missing her sister. Nada seen later at Mrs Haroun's "
            "house. Parents say they fled debts and family pressure in Sudan in 2021.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-02-20",
        "nrpf-assessment",
        R(
            "nrpf",
            "NRPF assessment interview at the Civic Centre with both parents, interpreter Mr "
            "Yasir Kamil: immigration history, bank statements, letters from friends. Home "
            "Office status check requested via NRPF Connect.",
            "10:00",
            "Assessment",
        ),
    )
    payments: list[tuple[str, str, str]] = [
        ("2024-02-12", "s17 subsistence paid, week 1: £168.00 (prepaid card).", ""),
        ("2024-02-19", "s17 subsistence week 2: £168.00 loaded to prepaid card.", ""),
        ("2024-02-26", "s17 subsistence paid, week 3: £168.00 (prepaid card).", ""),
        ("2024-03-04", "Weekly s17 payment (week 4) £168.00 - prepaid card.", ""),
        ("2024-03-11", "s17 subsistence paid, week 5: £168.00 (prepaid card).", ""),
        ("2024-03-18", "s17 subsistence week 6: £168.00 loaded to prepaid card.", ""),
        ("2024-03-25", "s17 subsistence paid, week 7: £168.00 (prepaid card).", "dup"),
        ("2024-04-02", "s17 subsistence week 8 paid Tuesday (bank holiday): £168.00.", ""),
        ("2024-04-08", "s17 subsistence paid, week 9: £168.00 (prepaid card).", ""),
        ("2024-04-15", "Weekly s17 payment (week 10) £168.00 - prepaid card.", ""),
        ("2024-04-22", "Final s17 subsistence payment, week 11: £168.00, before the move.", ""),
    ]
    for day, text, dup in payments:
        records = [R("nrpf", text, "10:15", "s17 payment")]
        if dup:
            records.append(R("nrpf", text.replace("paid, ", "paid - "), "10:16", "s17 payment"))
        f.occ(day, "s17-payment", *records)

    # The private fostering notification and the disclosure.
    f.occ(
        "2024-03-04",
        "private-fostering-notification",
        R(
            "sch1",
            "I phoned the children's front door at 09:40. Nada has been living with a family "
            "friend, Mrs Amal Haroun, since early January while her parents and sister are in "
            "one room at a B&B. Mrs Haroun is not a relative, so this may be private fostering.",
            "09:40",
            "Safeguarding - referral",
        ),
        R(
            "csc1",
            "Contact from Thimbleby Road Primary (DSL): private fostering notification - Nada "
            "Abdelrahim (10) living with Mrs Amal Haroun, a family friend, at 14 Copperbeech Road "
            "since about 06/01/24.",
            "09:45",
            "Private fostering notification",
        ),
    )
    f.occ(
        "2024-03-11",
        "private-fostering-visit",
        R(
            "csc1",
            "Private fostering visit to Mrs Haroun at 14 Copperbeech Road; Nada seen alone in "
            "her room. Nada happy there but wants to live with her family. Mrs Haroun has two "
            "children of her own; DBS checks and the PF assessment started.",
            "16:00",
            "Private fostering visit",
        ),
    )
    f.occ(
        "2024-03-18",
        "nada-disclosure",
        R(
            "sch1",
            "Nada told her class teacher that at the B&B at the weekend her dad shouted at her "
            "mum and pushed her against the wall, and her mum cried all night. Nada was worried "
            "about the baby in her mum's tummy. Teacher wrote it down in Nada's words.",
            "10:15",
            "Safeguarding - disclosure",
        ),
    )
    f.occ(
        "2024-03-18",
        "dsl-call-to-csc",
        R(
            "sch1",
            "I rang the front door to pass on Nada's disclosure. Told they will hold a strategy "
            "discussion tomorrow.",
            "11:30",
            "Safeguarding - referral",
        ),
        R(
            "csc1",
            "Call from Ms Iredale (DSL, Thimbleby Road): Nada has disclosed that her father "
            "pushed her mother against a wall at Regent Lodge at the weekend. Mother is 25 "
            "weeks pregnant. Passed to TM for a strategy discussion.",
            "11:35",
            "Contact",
        ),
    )
    f.occ(
        "2024-03-19",
        "strategy-discussion",
        R(
            "csc1",
            "Strategy discussion: Pellingford CSC TM, police (DA unit) and Thimbleby Road DSL. "
            "Section 47 enquiries for Nada, Rayan and the unborn baby. Mrs Idris to be seen "
            "alone with a female interpreter. Mother has type 3 FGM (recorded at her "
            "Pellingford booking); the girls' FGM risk to be assessed.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISC 14:00 - DA DISCLOSURE BY CHILD (REGENT LODGE). S47 JOINT. CRIME "
            "0391/24 COMMON ASSAULT RAISED.",
            "14:00",
            "Strategy",
            ref="CRIME 0391/24",
        ),
        R(
            "sch1",
            "Strategy discussion by phone: I gave Nada's account. S47 agreed.",
            "14:00",
            "Safeguarding - meeting",
        ),
    )
    f.occ(
        "2024-03-20",
        "asylum-claim",
        R(
            "nrpf",
            "Father registered an asylum claim at the asylum intake unit today (screening "
            "interview, interpreter provided by the Home Office). Family can now apply for s95 "
            "asylum support; s17 to continue until it starts.",
            "",
            "Immigration",
        ),
    )
    f.occ(
        "2024-04-10",
        "icpc",
        R(
            "csc1",
            "Initial child protection conference (chair: IRO Marcia Pendle), interpreter Ms Huda "
            "Elamin. Nada, Rayan and the unborn baby made subject to child protection plans "
            "under emotional harm (domestic abuse). Father denied pushing his wife; mother said "
            "it happened once. FGM risk assessment to be completed before the birth.",
            "10:00",
            "ICPC",
            "CP plans - emotional harm",
        ),
        R(
            "pol",
            "ICPC 10:00 ATTENDED DC VARGA. CP PLANS X3 (INC UNBORN). CRIME 0391/24 NFA - VICTIM "
            "DOES NOT SUPPORT.",
            "10:00",
            "Conference",
            shift="swap",
            ref="CRIME 0391/24",
        ),
        R(
            "sch1",
            "Nada - I attended the ICPC. Nada now on a CP plan (emotional harm).",
            "10:00",
            "Safeguarding - CP",
        ),
        R(
            "sch1",
            "Rayan - ICPC attended by DSL (see Nada). CP plan, emotional harm.",
            "10:00",
            "Safeguarding - CP",
        ),
        R(
            "nrpf",
            "Attended ICPC for the NRPF team: s17 support and accommodation to continue until "
            "asylum support begins.",
            "",
            "Meeting",
        ),
    )

    # Dispersal to Oxenbrae; the plans transferred in; school places.
    f.occ(
        "2024-04-23",
        "dispersal-move",
        R(
            "asy",
            "Family (2 adults, 2 children) arrived at dispersal property Flat 3, 27 Gannet Row, "
            "Oxenbrae QP6 3LW. Induction with Lingualink interpreter (ID 40217) by phone; keys "
            "issued; property check done.",
            "15:00",
        ),
        R(
            "nrpf",
            "s17 support ended: family moved today to Home Office asylum accommodation at Flat "
            "3, 27 Gannet Row, Oxenbrae. NRPF case closed.",
            "",
            "Case closure",
        ),
        R(
            "csc1",
            "The family, now including Nada, moved today to asylum dispersal accommodation at "
            "Flat 3, 27 Gannet Row, Oxenbrae; the private fostering arrangement with Mrs Haroun "
            "has ended. CP plans to be transferred to Oxenbrae.",
            "16:20",
            "House move",
        ),
    )
    f.occ(
        "2024-04-24",
        "transfer-request",
        R(
            "csc1",
            "Transfer-in request and CP documents emailed to Oxenbrae CSC front door, asking for "
            "a transfer-in conference within 15 working days.",
            "12:00",
            "Transfer",
        ),
        R(
            "csc2",
            "Transfer-in request received from Pellingford CSC: Nada, Rayan and the unborn baby "
            "on CP plans (emotional harm); family dispersed to Gannet Row on 23/04.",
            "09:10",
            "Transfer in",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-25",
        "school-application",
        R(
            "asy",
            "Helped Mrs Idris complete in-year school applications for Nada and Rayan online "
            "(Lingualink interpreter by phone); submitted.",
            "11:00",
        ),
        R(
            "adm",
            "In-year applications received for Nada Abdelrahim (Y5) and Rayan Abdelrahim (Y2), "
            "submitted with the housing officer's help. Asylum-seeking family, new to area.",
            "",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-29",
        "gp-registration",
        R(
            "gp",
            "New registrations: Hamid Abdelrahim, Safa Idris, Nada and Rayan Abdelrahim. HC2 "
            "certificate seen. Arabic interpreter needed for all appointments.",
            "",
            "Registration",
        ),
        R(
            "asy",
            "All four registered at Heronsgate Surgery today.",
            "",
        ),
    )
    f.occ(
        "2024-05-01",
        "mw-transfer-booking",
        R(
            "mw",
            "Contact type: antenatal transfer-in booking, 31+2 weeks. Interpreter: Ms Rabab Osman "
            "(Arabic, face to face). Outcome: type 3 FGM (recorded at Pellingford booking) "
            "confirmed; deinfibulation plan discussed; FGM risk assessment for the unborn baby "
            "and the two girls to be completed; unborn on a CP plan (Pellingford).",
            "10:30",
            "Antenatal booking",
        ),
    )
    f.occ(
        "2024-05-07",
        "admissions-offer",
        R(
            "adm",
            "Places offered at Kingsfold Primary for Nada (Y5) and Rayan (Y2). Offer letter "
            "posted; start 13/05.",
            "",
        ),
    )
    f.occ(
        "2024-05-13",
        "girls-start-kingsfold",
        R(
            "sch2",
            "Nada - started in Y5 today. I met Mum and Nada with our Arabic-speaking TA. "
            "CP plan transferring from Pellingford; I am the DSL lead.",
            "08:45",
            "New starter",
        ),
        R(
            "sch2",
            "Rayan - started in Y2 today (see Nada's record).",
            "08:45",
            "New starter",
        ),
    )
    f.occ(
        "2024-05-15",
        "transfer-in-conference",
        R(
            "csc2",
            "Transfer-in child protection conference (chair: IRO Neville Sarpong), interpreter "
            "Ms Rabab Osman. Oxenbrae adopts the CP plans for Nada, Rayan and the unborn baby "
            "(emotional harm). FGM risk assessment and birth plan to be completed.",
            "10:00",
            "Transfer-in conference",
            "CP plans continue",
        ),
        R(
            "csc1",
            "Attended Oxenbrae's transfer-in conference (Teams) to hand over. Plans adopted; "
            "case closed to Pellingford.",
            "10:00",
            "Meeting",
        ),
        R(
            "pol",
            "TRANSFER IN CONF (OXENBRAE) - DA UNIT ATTENDED. PLANS CONTINUE.",
            "10:00",
            "Conference",
        ),
        R(
            "sch2",
            "TICPC - I attended for both girls. Plans continue under emotional harm.",
            "10:00",
            "Safeguarding - CP",
        ),
        R(
            "mw",
            "Contact type: transfer-in CP conference. Outcome: unborn baby's CP plan continues; "
            "safeguarding birth plan to be shared.",
            "10:00",
            "Conference",
        ),
        R(
            "gp",
            "Transfer-in CP conference today - Dr Wakeling joined by phone for the GP.",
            "10:00",
            "Conference",
        ),
    )
    f.occ(
        "2024-05-21",
        "hv-antenatal",
        R(
            "hv",
            "Contact type: antenatal contact (home), interpreter Ms R Osman. Outcome: 34 weeks; "
            "cot and baby clothes from the baby bank arranged; safe sleep and coping with "
            "crying discussed.",
            "13:30",
            "Antenatal",
        ),
    )
    f.occ(
        "2024-06-04",
        "fgm-joint-visit",
        R(
            "mw",
            "Joint home visit with the SW (Oxenbrae CSC) for the FGM risk assessment for the "
            "unborn baby, Nada and Rayan. Interpreter Ms R Osman. Both parents say they oppose "
            "FGM; statement opposing FGM given. Risk: medium (extended family pressure).",
            "14:00",
            "FGM risk assessment",
        ),
        R(
            "csc2",
            "Joint visit with the community midwife to complete the FGM risk assessment with "
            "both parents (interpreter Ms Osman). Both say they will never allow FGM; given the "
            "Home Office statement opposing FGM. Assessed as medium risk.",
            "14:00",
            "FGM risk assessment",
        ),
    )
    # Two children's new-patient checks in one session: separate.
    f.occ(
        "2024-06-05",
        "gp-check-nada",
        R(
            "gp",
            "S: Nada, new patient check, with mum and interpreter (Lingualink 40217). O: Ht/Wt "
            "50th centile. A: Well; imms incomplete. P: MMR dose 1 given, catch-up schedule.",
            "09:10",
            "New patient check",
        ),
    )
    f.occ(
        "2024-06-05",
        "gp-check-rayan",
        R(
            "gp",
            "S: Rayan, new patient check, same session as sister. O: Wt 25th centile, mild "
            "eczema. A: Well. P: emollient; imms catch-up booked.",
            "09:20",
            "New patient check",
        ),
    )
    f.occ(
        "2024-07-03",
        "core-group-1",
        R(
            "csc2",
            "Core group at Kingsfold Primary with parents, school DSL and HV (interpreter Ms "
            "Osman). Safa says there has been no more violence; Hamid attending a fathers' "
            "group.",
            "15:30",
            "Core group",
        ),
        R(
            "sch2",
            "Core group held here after school; I attended for both girls.",
            "15:30",
            "Safeguarding - meeting",
        ),
        R(
            "hv",
            "Contact type: core group. Outcome: HV to do new birth visit with interpreter.",
            "15:30",
            "Meeting",
        ),
    )

    # Malak's birth and the weeks after.
    f.occ(
        "2024-07-08",
        "birth",
        R(
            "mw",
            "Delivered 03:12, SVD after deinfibulation in labour. Live female, 3.14kg, Apgars "
            "9/10. Lingualink interpreter by phone. FGM information sharing flag added to "
            "baby's record.",
            "03:12",
            "Birth",
        ),
        R(
            "csc2",
            "Safa gave birth to a baby girl, Malak, at Oxenbrae General at 03:12 this morning; "
            "both well. Baby's CP plan (pre-birth) now in force.",
            "11:00",
            "Birth",
        ),
        R(
            "hv",
            "Birth notification: Malak Abdelrahim, female, born 08/07/24 03:12 at Oxenbrae "
            "General, 3.14kg. On CP plan. New birth visit to book with interpreter.",
            "09:00",
            "Birth notification",
            shift="late",
        ),
    )
    f.occ(
        "2024-07-09",
        "postnatal-discharge",
        R(
            "mw",
            "Mother and baby discharged home from the postnatal ward; community midwife visit "
            "tomorrow.",
            "14:30",
            "Discharge",
        ),
    )
    # Two agencies' visits on one day, each made alone.
    f.occ(
        "2024-07-18",
        "hv-new-birth-visit",
        R(
            "hv",
            "Contact type: new birth visit (home), interpreter Ms Rabab Osman. Outcome: Malak "
            "breastfed, weight 3.20kg. Safe sleep discussed; Moses basket in use. Mother low in "
            "mood; EPDS 11, to review.",
            "10:00",
            "New birth visit",
        ),
    )
    f.occ(
        "2024-07-18",
        "sw-visit",
        R(
            "csc2",
            "Statutory visit (CP) to Gannet Row with Lingualink interpreter by phone. Malak seen "
            "asleep; Nada and Rayan seen together. Hamid out at the mosque.",
            "15:00",
            "Statutory visit",
        ),
    )
    f.occ(
        "2024-07-22",
        "baby-gp-registration",
        R(
            "gp",
            "Malak Abdelrahim registered (new birth). 8-week check and imms booked.",
            "",
            "Registration",
        ),
        R(
            "hv",
            "Contact type: admin. Outcome: Malak registered with Heronsgate Surgery today.",
            "",
            "Admin",
        ),
    )
    f.occ(
        "2024-07-30",
        "rcpc-1",
        R(
            "csc2",
            "Review child protection conference (interpreter Ms Osman). Plans continue for all "
            "three girls (emotional harm); FGM risk medium, statement opposing FGM in place.",
            "10:00",
            "RCPC",
        ),
        R(
            "hv",
            "Contact type: RCPC. Outcome: plans continue; HV report shared.",
            "10:00",
            "Conference",
        ),
        R(
            "gp",
            "Review CP conference - GP report sent; Dr Wakeling joined by phone.",
            "10:00",
            "Conference",
        ),
        R(
            "pol",
            "RCPC (OXENBRAE) - NO NEW POLICE INFO. PLANS CONTINUE.",
            "",
            "Conference",
            shift="month",
        ),
    )
    f.occ(
        "2024-10-09",
        "core-group-2",
        R(
            "csc2",
            "Core group (interpreter Ms Osman): Malak thriving; girls settled at school; "
            "Hamid stressed waiting for his asylum interview.",
            "15:30",
            "Core group",
        ),
        R(
            "sch2",
            "Core group - I attended for Nada and Rayan. Both girls doing well.",
            "15:30",
            "Safeguarding - meeting",
        ),
        R(
            "hv",
            "Contact type: core group. Outcome: attended; EPDS improved to 6.",
            "15:30",
            "Meeting",
            shift="-2",
        ),
    )

    # The domestic incident, the arrest, the MARAC, the charge and the court result.
    f.occ(
        "2024-11-16",
        "domestic-incident",
        R(
            "pol",
            "CAD 1733 16/11/24 21:40 DOMESTIC @ FLAT 3, 27 GANNET ROW. 999 FROM FEMALE (VIA "
            "LINGUALINK INTERPRETER ID 40217). ATT 21:52. SAFA IDRIS RED MARKS TO NECK, SAYS "
            "HUSBAND GRABBED HER BY THE THROAT IN AN ARGUMENT ABOUT MONEY. 3 CHILDREN PRESENT "
            "(BABY 4 MONTHS). DASH HIGH (15). PPN SUBMITTED. MARAC REFERRAL.",
            "21:40",
            "Domestic",
            ref="CAD 1733 16/11/24; CRIME 5520/24",
        ),
    )
    f.occ(
        "2024-11-16",
        "father-arrest",
        R(
            "pol",
            "ABDELRAHIM HAMID ARRESTED 22:15 @ GANNET ROW - ASSAULT BY BEATING (DOMESTIC, "
            "NON-FATAL STRANGULATION CONSIDERED). CONVEYED OXENBRAE CUSTODY.",
            "22:15",
            "Arrest",
            ref="CRIME 5520/24",
        ),
    )
    f.occ(
        "2024-11-17",
        "father-bail",
        R(
            "pol",
            "ABDELRAHIM HAMID RELEASED ON PRE-CHARGE BAIL 14:30. CONDITIONS: NO CONTACT WITH "
            "SAFA IDRIS, NOT TO ENTER GANNET ROW.",
            "14:30",
            "Bail",
            ref="CRIME 5520/24",
        ),
    )
    f.occ(
        "2024-11-18",
        "csc-ppn-received",
        R(
            "csc2",
            "Police notification received: domestic incident at Gannet Row on Saturday night; "
            "Hamid arrested and bailed not to return. Children present. Strategy discussion "
            "not needed as already on CP plans; visit today.",
            "09:20",
            "Police notification",
        ),
    )
    f.occ(
        "2024-11-18",
        "idva-referral",
        R(
            "pol",
            "DA REFERRAL (HIGH RISK, DASH 15) SENT TO OXENBRAE DA SERVICE FOR IDVA.",
            "10:05",
            "Referral",
            ref="CRIME 5520/24",
        ),
        R(
            "idva",
            "High-risk referral received from police (DASH 15): Safa Idris. Allocated to Yasmin "
            "Greaves.",
            "10:30",
            "Referral",
        ),
    )
    f.occ(
        "2024-11-18",
        "father-rehoused",
        R(
            "asy",
            "Police told us of Mr Abdelrahim's bail conditions. Home Office moved him to "
            "single-occupancy accommodation at Wrenfield House. Mrs Idris and the children stay "
            "at Gannet Row.",
            "16:00",
        ),
    )
    f.occ(
        "2024-11-19",
        "idva-first-contact",
        R(
            "idva",
            "First contact with Safa at a safe time, interpreter Ms Rabab Osman (by phone). "
            "Safety plan done; target hardening requested; Safa wants support with her own "
            "asylum claim.",
            "11:00",
            "Telephone",
        ),
    )
    f.occ(
        "2024-12-05",
        "marac",
        R(
            "pol",
            "MARAC 05/12/24 - CASE HEARD (MAR/24/1187). ACTIONS: MARKER ON ADDRESS, BAIL "
            "CONDITIONS MONITORED.",
            "09:30",
            "MARAC",
            ref="MAR/24/1187",
        ),
        R(
            "idva",
            "Multi-Agency Risk Assessment Conference: Safa's case presented by IDVA. Actions "
            "agreed: sanctuary scheme, school and HV to share any contact from Hamid.",
            "09:30",
            "MARAC",
        ),
        R(
            "csc2",
            "Safa's case heard at MARAC today. Actions for CSC: share MARAC actions at core group; "
            "father's contact with the girls to be supervised.",
            "09:30",
            "MARAC",
        ),
        R(
            "hv",
            "Contact type: MARAC. Outcome: case heard; HV records flagged.",
            "",
            "MARAC",
        ),
        R(
            "gp",
            "MARAC meeting (case heard) - household alert added to all records.",
            "",
            "MARAC",
            shift="+1",
        ),
        R(
            "sch2",
            "MARAC today - research shared for both girls. I will tell the office not to "
            "release the girls to Dad.",
            "09:30",
            "Safeguarding - MARAC",
            shift="swap",
        ),
    )
    f.occ(
        "2025-01-14",
        "father-charged",
        R(
            "pol",
            "ABDELRAHIM HAMID CHARGED - ASSAULT BY BEATING (DOMESTIC). BAILED TO OXENBRAE "
            "MAGISTRATES 11/02/25, SAME CONDITIONS.",
            "16:10",
            "Charge",
            ref="CRIME 5520/24",
        ),
        R(
            "idva",
            "Hamid charged today with assault by beating; first hearing 11/02. Safa told by "
            "phone with interpreter.",
            "17:00",
            "Update",
        ),
    )
    f.occ(
        "2025-01-29",
        "rcpc-2",
        R(
            "csc2",
            "Review child protection conference (interpreter Ms Rabab Osman). Plans continue "
            "for Nada, Rayan and Malak; Safa making good use of IDVA support; supervised "
            "contact with Hamid at the family centre.",
            "10:00",
            "RCPC",
        ),
        R(
            "sch2",
            "Nada - RCPC attended. Plan continues.",
            "10:00",
            "Safeguarding - CP",
        ),
        R(
            "sch2",
            "Rayan - RCPC attended (see Nada).",
            "10:00",
            "Safeguarding - CP",
        ),
        R(
            "hv",
            "Contact type: RCPC. Outcome: plans continue; Malak's development on track.",
            "10:00",
            "Conference",
        ),
        R(
            "gp",
            "RCPC - report submitted and Dr Wakeling attended by phone.",
            "10:00",
            "Conference",
        ),
        R(
            "idva",
            "Attended review CP conference for Safa's children.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-11",
        "court-result",
        R(
            "pol",
            "OXENBRAE MC: ABDELRAHIM HAMID PLEADED GUILTY ASSAULT BY BEATING. 12 MONTH "
            "COMMUNITY ORDER (BUILDING BETTER RELATIONSHIPS) + RESTRAINING ORDER 2 YEARS.",
            "",
            "Court result",
            ref="CRIME 5520/24",
        ),
        R(
            "idva",
            "Court today: Hamid pleaded guilty; community order and a 2-year restraining order "
            "protecting Safa. Safa relieved she did not have to give evidence.",
            "15:30",
            "Court",
        ),
        R(
            "csc2",
            "Hamid pleaded guilty at Oxenbrae Magistrates today: community order with a "
            "domestic abuse programme, and a restraining order for two years.",
            "16:45",
            "Court outcome",
        ),
    )
    f.occ(
        "2025-03-10",
        "refugee-status",
        R(
            "asy",
            "Home Office decision letter (dated 05/03) shown to me: refugee status granted to "
            "Mrs Idris and the three girls. 28-day move-on period; referral to Oxenbrae housing "
            "options made.",
            "11:30",
        ),
    )

    # Routine single entries.
    f.fill(
        "sch1",
        "2024-02-06",
        "2024-04-19",
        [
            ("Welfare", "Rayan - arrived late and hungry; breakfast club place offered."),
            ("Attendance", "Nada - late 3 days this week (long journey from friend's house)."),
        ],
    )
    f.fill(
        "sch2",
        "2024-05-20",
        "2025-03-28",
        [
            ("EAL", "Nada - EAL assessment: good spoken English, reading below age."),
            ("Welfare", "Rayan - settled well, made friends; sent home spare uniform."),
            ("Welfare", "Nada - helped Mum with free school meals and uniform grant forms."),
        ],
    )
    f.fill(
        "hv",
        "2024-08-19",
        "2024-09-06",
        [("6-8 week review", "Contact type: 6-8 week review (clinic). Outcome: growth 50th.")],
    )
    f.fill(
        "hv",
        "2024-10-14",
        "2025-03-28",
        [("Telephone", "Contact type: telephone with interpreter. Outcome: Malak feeding well.")],
    )
    f.fill(
        "gp",
        "2024-08-15",
        "2024-09-06",
        [
            (
                "Postnatal check",
                "S: Safa, 6-week postnatal check (interpreter). A: Well. P: contraception.",
            )
        ],
    )
    f.fill(
        "gp",
        "2024-09-16",
        "2025-03-28",
        [
            (
                "Consultation",
                "S: Hamid, low back pain 2/52. O: no red flags. P: naproxen, exercises.",
            )
        ],
    )
    f.fill(
        "asy",
        "2024-05-01",
        "2025-02-28",
        [
            ("", "Routine property inspection: no issues; fire alarm tested."),
            ("", "Repair reported: damp in the children's bedroom; contractor booked."),
        ],
    )
    f.fill(
        "idva",
        "2024-11-25",
        "2025-03-28",
        [
            ("Telephone", "Weekly check-in call with Safa (interpreter): feeling safer."),
            ("Telephone", "Check-in call: sanctuary locks fitted; Safa calm."),
        ],
    )
    f.fill(
        "csc2",
        "2024-08-05",
        "2025-03-28",
        [
            ("Statutory visit", "Statutory visit: all three girls seen, home warm and tidy."),
            ("Supervision", "Case supervision with TM: plan on track."),
        ],
    )
    f.fill(
        "mw",
        "2024-07-11",
        "2024-07-16",
        [("Postnatal visit", "Contact type: community MW postnatal visit. Outcome: feeding well.")],
    )
    return f.case()


def blind_dedup_cases_23() -> list[BlindCase]:
    """The twenty-third blind set's families, in the order they were written."""
    return [_catterick(), _fairbrass(), _abdelrahim()]


if __name__ == "__main__":
    summary(blind_dedup_cases_23)
