"""A sixteenth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, of 124 to 129 chronology rows each, from eleven or twelve
services (twelve sheets each) over thirteen to sixteen months:

1. `blind16-renwick`: Tayla Renwick, fourteen, at risk of child sexual exploitation by a
   nineteen-year-old and his friend (Brackenford, Westmarch Police): a school's sighting and call
   to the front door, missing episodes (police missing-persons log as a second police sheet),
   return home interviews, self-harm disclosed to the school nurse, strategy discussions, an
   ICPC and RCPCs, the multi-agency child exploitation (MACE) panel, a child abduction warning
   notice, two men's arrests on one afternoon, a charge, a paracetamol overdose (ambulance,
   emergency department in three rows, ward admission, CAMHS crisis assessment on the ward), an
   interim and a full Sexual Risk Order (the disruption order), a breach call and the call back,
   step-down to child in need.
2. `blind16-dearlove`: Reuben Dearlove, from before his birth to ten months (Wexcombe), whose
   mother has post-natal depression and whose sister Maisie has been in foster care under a care
   order since 2022 (social care's return has a second sheet from the children-in-care team):
   booking and the midwife's pre-birth referral, a perinatal mental health team, a pre-birth
   strategy discussion and ICPC, the birth, faltering growth from the first weeks (health
   visitor's weights, a dietitian, community paediatrics), an admission at five months through
   the GP and the emergency department, two strategy meetings in one week, discharge, the legal
   gateway, a letter before proceedings and the PLO meetings, Maisie's looked-after reviews.
3. `blind16-ansell`: Jayden (10), Lacey (7) and Mia (2), whose mother Kerry leaves Brindlecombe
   for Haverleigh during their child protection plans after domestic abuse by Mia's father, the
   children's stepfather: a health visitor's consultation, the incident and Operation Encompass
   calls, MARAC (twice), an ICPC in Brindlecombe, a homelessness application and temporary
   accommodation in Haverleigh, the transfer-in request, records sent (twice) between the two
   social care departments, a transfer-in conference, two GPs, two primary schools (one row per
   child for one event), the stepfather finding the family (police and ambulance, the emergency
   department), his arrest, charge and sentence, a second temporary address and a permanent
   tenancy.

How they were written (blind): composed from the domain brief (`DOMAIN.md`), the `Event`
schema, the shared kit (`dedup_case_kit.py`), the module docstring and constants of the seventh
set (for the format only) and the last thirty lines of the fourteenth set (how a set module
ends). I did not read the duplicate rules, their settings, the linkage model or its columns, the
benchmarks or any result, the tests, the repository's docs, or any other labelled set's
families, and I did not run the merge, the command line, the benches or the tests on these
cases; only this module was run, to check that it builds and to print its summary.

The services write very differently: police logs in capitals with log, crime, missing-person, MARAC
and order numbers; long social care narrative; "Contact type: ... Outcome: ..." templates (school
nursing, health visiting); GP "S: O: A: P:" notes and "Letter filed:" lines; school safeguarding
logs in the first person with no event-type column; emergency department and ward shorthand;
ambulance patient report summaries; first-person notes of other services (an exploitation
worker, a return home interviewer, an IDVA, a perinatal nurse).

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date as the occurrence: one record's date is
wrong as written (day and month swapped, one or two days out, or only the month given), or a life
event, call, email or referral was logged by the receiving service on the next day.

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

Decisions for this set (ambiguous situations, decided once and applied consistently):

- Decision for this set: a child's being reported missing and her being found (or coming home)
  are separate occurrences. Police finding her is one occurrence however many records it has:
  the incident log and the missing-persons log of the same force, and the ambulance crew when
  they attended with police. The emergency department attendance that follows is another.
- Decision for this set: a police update line "EDT informed by phone" and the out-of-hours
  team's note of that call are the two ends of one call, separate from the missing report it
  is about. Likewise a ward's note "nurse in charge phoned EDT" and EDT's note of the call are
  one call, separate from the admission. In general, when the caller's own record of a call
  exists, the receiving service's note of that call is the call, even though it names the
  admission (or other life event) it reports; only where no record of the call exists does a
  same-day or next-day note of a life event by a second service count as that life event.
- Decision for this set: a return home interview (or any one service's session) held in school,
  which the school notes as having taken place in a room it provided, is one occurrence with the
  interviewer's own record; the school did not make a separate visit.
- Decision for this set: an order made at a hearing is part of that hearing (the police's
  "interim SRO granted" and social care's same-day or next-day note of the order, even when it
  says it heard by phone from court, are the hearing's result under the life-event rule); the
  summons served before it is a separate occurrence (a notice of an event), and the interim and
  full hearings are two occurrences. A charge noted by social care the same day is the charge.
- Decision for this set: serving a child abduction warning notice is a police action, not a
  court order, so social care's entry recording the police email about it is a notification
  received, a separate occurrence (as for a police incident).
- Decision for this set: a hospital's notice of an attendance to one service (the paediatric
  liaison notice to the school nurse) and the discharge letter the GP files are separate
  occurrences from the attendance and from each other (two letters to two services).
- Decision for this set: a social care entry stating a ward discharge as a fact the next day
  (not as a call received) is the discharge.
- Decision for this set: a service that notes a meeting held in its own room (a family hub's
  "core group held in our meeting room") records that meeting, whatever column it puts it in.
- Decision for this set: a birth written by the midwife and by social care the next day with the
  same time, place and weight is one occurrence (the life-event rule); the social worker's visit
  to the postnatal ward that afternoon is another.
- Decision for this set: a GP's eight-week baby check and the mother's postnatal check ten
  minutes later are two people's appointments, so two occurrences.
- Decision for this set: a letter before proceedings approved and issued by the council's
  solicitor and hand-delivered by the social worker the same day is one letter (sent and
  received); the PLO meeting it invites to is another occurrence.
- Decision for this set: a move into temporary accommodation written by housing and, as a fact
  with the same address, by social care the same day and by the IDVA the next day is one
  occurrence (the life-event rule). The homelessness application that morning, the management
  move to a second temporary address and the later permanent tenancy are three more.
- Decision for this set: a transfer-in conference attended by both authorities is one meeting;
  the old authority's closing of its case, written in the same row, is part of that record.
- Decision for this set: records sent between the two social care departments are one
  occurrence per batch (sent and received); the new authority's request for more records and
  the second batch sent two days later are two further occurrences.
- Decision for this set: registration with the new GP practice (typed twice) and the old
  practice's deduction of the patients a week later are separate occurrences.
- Decision for this set: an Operation Encompass call is a notification: the police's record of
  making it and the school's rows (one per child) are one occurrence, separate from the incident
  it reports and from social care's receipt of the police notification.
- Decision for this set: a police incident row that says the man was arrested at the scene
  records the incident (the arrest there is part of it); an arrest the next morning at another
  address is its own occurrence. An IDVA's same-day note of a charge, told by the detective, is
  the charge (as social care's notes of a charge or court result above).
- Decision for this set: the children's first day at the new school, written by the school one
  row per child and noted by social care the same day, is one occurrence; the old school's
  sending of the child protection files the next day is another.

Look-alikes kept apart, `blind16-renwick`: the school's sighting of the car and its call to the
front door twenty minutes later (same sheet); the contact and the MASH decision the next day;
a social worker's home visit and the school nurse's drop-in on one day, each alone; the missing
report, the police call to EDT that evening and the finding next morning; the mother's call to
school about the weekend; the police missing notification to social care and the episode; the
email to the GP for the strategy discussion (logged by the GP on the strategy day) and the
strategy discussion; the strategy discussion and the joint visit that afternoon; the
self-harm disclosure and the CAMHS referral three days later; the police and ambulance finding
and the ED attendance; the ED's notice to the school nurse, the PPN to social care and the GP's
letter; a return home interview attempt and the call to the mother two days later; the GP's
conference report and the ICPC; the MACE panel and the first core group in one week; a warning
notice served and social care's email about it; the vehicle stop and the two men's arrests ten
minutes apart; strategy discussions on 6 and 10 December; the arrest and the charge; the 999
call, the ED attendance (three rows), the ward admission, the ward's call to EDT and the CAMHS
crisis assessment on the ward; the discharge and the GP's discharge letter; the RCPC and the
core group straight after it; the SRO summons and the interim hearing; the interim and the full
SRO hearings; the exploitation worker's 101 call and the detective's call back the next day;
routine contacts of different services on one day.

Look-alikes kept apart, `blind16-dearlove`: the booking and the midwife's referral the next day;
the referral and the MASH decision two days later; Maisie's looked-after reviews and Reuben's
conferences (an RCPC and a looked-after review two days apart); the GP's consultation and its
referral letter the next day; the social worker's pre-birth visit and the midwife's clinic on one
day; the strategy discussion and the health visitor's antenatal contact the next day (the health
visitor's record of the strategy discussion dated a day early); the GP's conference report and
the pre-birth ICPC; the birth and the social worker's ward visit the same day; the postnatal
discharge and the community midwife's day-5 visit; the midwife's handover call and the new birth
visit the next day; the six-to-eight-week review (typed twice) and the health visitor's call to
the perinatal team that afternoon, and the nurse's call to the mother the next day; the baby's
check and the mother's check ten minutes apart; the GP's consultation and referral to
paediatrics on one day; the referral to the dietitian and the first dietetic clinic; the
paediatric clinic and the GP's filing of its letter; on one day the health visitor's visit, her
call to the GP, the GP's urgent appointment, the emergency department attendance (three rows)
and the ward admission; the ward's call to social care and the strategy discussion that
afternoon; two strategy meetings in one week, with the dietitian's inpatient review between
them; the nurse's and the social worker's separate ward visits on one day; the discharge
planning meeting and the discharge the next day; the health visitor's notice of the discharge;
the legal gateway, the letter before proceedings and the PLO meeting; a PLO review and a core
group on consecutive days; the PLO review and the PLO exit meeting.

Look-alikes kept apart, `blind16-ansell`: the health visitor's review and her consultation call
to the front door the next day; the incident and the bail release the next day; the Operation
Encompass call, the MARAC referral and social care's PPN on one day; the PPN and the MASH
decision; the IDVA's unanswered calls and the mother's call back the next morning; the strategy
discussion and the next day's separate visits by the health visitor and the social worker; two
police incidents on one day (a bail breach at night, the brother's threats that evening) and
social care's single entry for both PPNs two days later; the IDVA's call to housing and the
homelessness application; the homelessness application and the placement on one day; the
transfer-in request and the front-door screening; the mother's call to the old school; the first
records batch, the request for more and the second batch; the new GP's registration and the old
GP's deduction; the transfer-in conference; the first day at the new school, the school file
transfer the next day and the first Haverleigh core group; a boy's mentor session and his
sister's ELSA session half an hour apart; the RCPC and the assault two days later; the assault
(police and ambulance) and the emergency department attendance (two rows) the same evening; the
out-of-hours notification and the arrest the next morning; on one day the Operation Encompass
call, the strategy discussion and the charge; the charge and the second move the next day; the
GP's filing of the ED letter; the two MARACs; three changes of address.

Everything is invented: people, workers, schools, surgeries, hospitals, wards, towns, police
forces, addresses, postcodes (areas starting with Q, which no real postcode area does), phone
and reference numbers. Deterministic: one fixed seed per case (it only places the routine
entries and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_16.py      # prints a summary of each case
"""

from __future__ import annotations

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
SCHOOL = "School"
CAMHS = "CAMHS"
ED = "Emergency Department"
WARD = "Paediatric Ward"
GP = "GP"
SCHOOL_NURSE = "School Nursing"
RHI = "Return Home Interview Service"
EXPLOIT = "Exploitation Support Service"
AMBULANCE = "Ambulance Service"
MW = "Midwifery"
HV = "Health Visiting"
PERINATAL = "Perinatal Mental Health"
DIETETICS = "Paediatric Dietetics"
PAEDS = "Community Paediatrics"
HUB = "Family Hub"
LEGAL = "Local Authority Legal Services"


# --------------------------------------------------------------------------------------------
# Family 1: Tayla Renwick, fourteen, at risk of child sexual exploitation (Brackenford).
# --------------------------------------------------------------------------------------------


def _renwick() -> BlindCase:
    sheets = {
        "pol": Sheet(
            POLICE,
            "Westmarch_Police_chronology_Renwick.xlsx",
            "Incidents",
            (("2024-09-01", "PS 2210 K. BROADHURST"), ("2025-02-01", "DS 1187 T. HALLAM")),
        ),
        "polmp": Sheet(
            POLICE,
            "Westmarch_Police_chronology_Renwick.xlsx",
            "Missing Persons",
            (("2024-09-01", "MPC 0931 L. OGUNDIPE"),),
        ),
        "csc": Sheet(
            CSC,
            "Brackenford_CSC_chronology_TR.xlsx",
            "Chronology",
            (("2024-09-01", "Helen Oakroyd (SW)"), ("2025-04-01", "Marcus Bell (SW)")),
        ),
        "sch": Sheet(
            SCHOOL,
            "Holmcroft_Academy_safeguarding_log.xlsx",
            "Log",
            (("2024-09-01", "F. Gartside (DSL)"),),
            typed=False,
        ),
        "camhs": Sheet(
            CAMHS,
            "Brackenford_CAMHS_return.xlsx",
            "Tayla R",
            (
                ("2024-09-01", "Dr A. Mehra, Consultant"),
                ("2025-01-18", "R. Tolan, Crisis Team"),
                ("2025-01-21", "Dr A. Mehra, Consultant"),
            ),
        ),
        "ed": Sheet(
            ED,
            "Brackenford_Royal_Infirmary_chronology.xlsx",
            "ED",
            (("2024-09-01", "ED (various)"),),
        ),
        "ward": Sheet(
            WARD,
            "Brackenford_Royal_Infirmary_chronology.xlsx",
            "Robin Ward",
            (("2024-09-01", "Robin Ward nursing"),),
        ),
        "gp": Sheet(
            GP,
            "Tanners_Lane_Surgery_chronology.xlsx",
            "Sheet1",
            (("2024-09-01", "Dr R. Elsworth"),),
        ),
        "sn": Sheet(
            SCHOOL_NURSE,
            "School_Nursing_0-19_chronology.xlsx",
            "Renwick",
            (("2024-09-01", "Gemma Lusk SN"),),
        ),
        "rhi": Sheet(
            RHI,
            "Compass_Return_Interviews.xlsx",
            "Returns",
            (("2024-09-01", "Abi Crane"),),
        ),
        "expl": Sheet(
            EXPLOIT,
            "Lanternway_Project_chronology.xlsx",
            "Case notes",
            (("2024-09-01", "Nadia Forde (Lanternway)"),),
        ),
        "amb": Sheet(
            AMBULANCE,
            "Northfold_Ambulance_PRF_summary.xlsx",
            "Incidents",
            (("2024-09-01", "NAS clinician"),),
        ),
    }
    f = _Family("blind16-renwick", 1601, sheets, term_time=(SCHOOL, SCHOOL_NURSE))

    # September 2024: first sighting, the school's call and the MASH decision.
    f.occ(
        "2024-09-12",
        "school-sees-car",
        R(
            "sch",
            "15:20 on bus bay duty I saw Tayla get into the front of a silver Audi (part reg "
            "QX19?) driven by a man who looked early 20s. She did not get her usual bus. Another "
            "Y10 girl said 'that's Ricky, he's her boyfriend'. I have noted this and will ring "
            "the front door.",
            "15:20",
        ),
    )
    f.occ(
        "2024-09-12",
        "school-call-mash",
        R(
            "sch",
            "I rang the MASH front door and spoke to the duty worker, gave details of the car and "
            "the name Ricky. Told a decision would follow tomorrow. Mum not yet told (advised to "
            "hold until MASH decide).",
            "15:55",
        ),
        R(
            "csc",
            "Telephone contact from Fiona Gartside, DSL at Holmcroft Academy. Tayla (14) seen "
            "this afternoon getting into a silver Audi with a male believed to be in his early "
            "twenties, named by peers as 'Ricky'. School have noticed a change in presentation "
            "since the summer: new phone, tiredness, late to school, dropped netball. No previous "
            "CSC involvement. DSL advised not to inform mother until screened.",
            "16:02",
            "Contact",
            "Passed to MASH for screening and partner checks.",
        ),
    )
    f.occ(
        "2024-09-13",
        "mash-decision",
        R(
            "csc",
            "MASH screening of yesterday's contact from school. Police checks: 'Ricky' likely "
            "Ricky PELLOW (19), intelligence re supplying cannabis to under 18s and linked to "
            "Coldharbour Road address. Health: GP no concerns recorded. RAG: AMBER. Threshold "
            "met for Child and Family Assessment with CSE screening tool.",
            "11:30",
            "MASH decision",
            "Allocated to Helen Oakroyd, Assessment Team 2.",
        ),
    )
    f.occ(
        "2024-09-17",
        "sw-first-visit",
        R(
            "csc",
            "Home visit to 27 Larchmere Walk. Seen Joanne (mother) and Tayla, Callum (9) at "
            "home. Tayla minimised, said Ricky is 'just a mate's brother' and she is 'not "
            "stupid'. Mother tearful, says Tayla has been staying out until midnight and she "
            "cannot stop her. Bedroom seen: new trainers and perfume mother did not buy. CSE "
            "screening tool started: medium risk.",
            "16:30",
            "Home visit",
            "C&F assessment continues; school and police to share.",
        ),
    )
    f.occ(
        "2024-09-17",
        "sn-dropin",
        R(
            "sn",
            "Contact type: Drop-in (school). Seen by: SN. Tayla came to the Tuesday drop-in "
            "asking for the pill. Outcome: advised sexual health clinic, Fraser guidance "
            "discussed; she would not say who her partner is. Safeguarding: DSL informed.",
            "10:15",
            "Drop-in",
        ),
    )
    f.occ(
        "2024-09-21",
        "missing-report-1",
        R(
            "polmp",
            "MISPER REPORT MP/24/3317. REPORTED BY MOTHER JOANNE RENWICK VIA 101. TAYLA RENWICK "
            "14YRS LAST SEEN 1800HRS LARCHMERE WALK. NOT ANSWERING PHONE. GRADED MEDIUM RISK "
            "(CSE CONCERNS ON PNC/MASH). PATROLS TASKED.",
            "22:40",
            "Missing Person",
            ref="MP/24/3317",
        ),
    )
    f.occ(
        "2024-09-21",
        "edt-told-missing",
        R(
            "polmp",
            "UPDATE MP/24/3317 - EDT (CHILDRENS SERVICES OUT OF HOURS) INFORMED BY PHONE OF "
            "MISPER AND CSE MARKERS.",
            "23:15",
            "Missing Person",
            ref="MP/24/3317",
        ),
        R(
            "csc",
            "EDT: telephone call from Westmarch Police control room. Tayla reported missing by "
            "mother this evening. Noted open C&F assessment. EDT rang Joanne who confirmed she "
            "is still out. Nothing further tonight; day team to follow up.",
            "23:20",
            "EDT",
        ),
    )
    f.occ(
        "2024-09-22",
        "found-coldharbour",
        R(
            "polmp",
            "MP/24/3317 FOUND 0310HRS AT FLAT 3, 118 COLDHARBOUR ROAD BRACKENFORD BY PATROLS. "
            "2 ADULT MALES PRESENT (PELLOW + 1 UNKNOWN). MISPER SMELLED OF CANNABIS, NO INJURIES. "
            "RETURNED HOME TO MOTHER. CLOSED.",
            "03:10",
            "Missing Person - Found",
            ref="MP/24/3317",
        ),
        R(
            "pol",
            "LOG 0412 22/09/24. CONCERN FOR SAFETY - MISPER MP/24/3317 LOCATED AT FLAT 3 118 "
            "COLDHARBOUR RD. OCCUPANT RICKY PELLOW DOB 02/02/05. ADDRESS FLAGGED. INTEL "
            "SUBMITTED (CSE).",
            "03:10",
            "Concern for safety",
            ref="WM-240922-0412",
        ),
    )
    f.occ(
        "2024-09-23",
        "mum-tells-school",
        R(
            "sch",
            "Mum rang me first thing. Tayla went missing Saturday night and police found her in "
            "a flat at 3am. Tayla is in school today but very tired. I checked in with her at "
            "break - she said 'it's nothing, everyone's making a big deal'.",
            "08:50",
        ),
    )
    f.occ(
        "2024-09-24",
        "csc-missing-notification",
        R(
            "csc",
            "Missing notification received from Westmarch Police (MP/24/3317) re Tayla missing "
            "21/09 to 22/09, found at an address linked to Ricky Pellow. Return Home Interview "
            "requested from Compass.",
            "10:05",
            "Police notification",
            "RHI referral made.",
        ),
    )
    f.occ(
        "2024-09-25",
        "rhi-1",
        R(
            "rhi",
            "Return Home Interview completed at Holmcroft Academy (library). Tayla said she "
            "went to 'a party' with friends, then to Ricky's. Said she was given vodka and "
            "weed. Would not say what happened at the flat. Push factor: arguments at home. "
            "Pull factor: Ricky buys her things. CSE indicators: high.",
            "13:00",
            "RHI",
        ),
        R(
            "sch",
            "Compass worker (Abi) saw Tayla in the library at lunch for her return interview "
            "after the weekend missing episode. I provided the room. Tayla came out upset.",
            "13:00",
        ),
    )
    f.occ(
        "2024-09-26",
        "rhi-report-sent",
        R(
            "rhi",
            "RHI report emailed to Helen Oakroyd (CSC) and MASH inbox. Risk flagged as HIGH.",
            "09:40",
            "Report sent",
        ),
        R(
            "csc",
            "Return Home Interview report received from Compass (interview 25/09). Tayla "
            "disclosed alcohol and cannabis given at Ricky Pellow's flat. Request made to team "
            "manager for strategy discussion.",
            "",
            "Email received",
            shift="+1",
        ),
    )
    f.occ(
        "2024-09-30",
        "gp-info-request",
        R(
            "csc",
            "Email sent to Tanners Lane Surgery requesting health information for strategy "
            "discussion tomorrow re Tayla.",
            "14:10",
            "Information request",
        ),
        R(
            "gp",
            "Email from Brackenford CSC: request for info for strategy meeting re Tayla (CSE "
            "concerns). Summary sent by practice safeguarding lead.",
            "",
            "Correspondence",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-01",
        "strat-1",
        R(
            "csc",
            "Strategy Meeting held at Brackenford Civic Centre. Attendees: H Oakroyd (SW), "
            "TM, DC Whitlow (CSE team), F Gartside (DSL), G Lusk (school nurse). Information "
            "shared re missing episode, RHI disclosures, Ricky Pellow's intelligence. Agreed "
            "threshold met for a joint Section 47 enquiry (sexual exploitation). Joint visit "
            "today.",
            "10:00",
            "Strategy discussion",
            "S47 joint enquiry; CAWN to be considered; ICPC if substantiated.",
        ),
        R(
            "pol",
            "STRATEGY DISCUSSION ATTENDED BY DC 4471 WHITLOW. JOINT S47 AGREED. CSE RISK "
            "ASSESSMENT TO BE COMPLETED. CONSIDER CAWN - PELLOW.",
            "10:00",
            "Strategy",
            ref="OCC 24/77120",
        ),
        R(
            "sch",
            "Attended strat at the Civic Centre with the school nurse. Shared attendance "
            "(87%), lates, the car sighting and what peers are saying. S47 going ahead.",
        ),
        R(
            "sn",
            "Contact type: Multi-agency meeting (strat). Outcome: SN shared drop-in contact "
            "17/09 (contraception request). S47 agreed. Actions: SN to offer weekly check-in.",
            "10:00",
            "Strategy meeting",
            shift="swap",
        ),
    )
    f.occ(
        "2024-10-01",
        "joint-visit",
        R(
            "csc",
            "Joint visit with DC Whitlow to Larchmere Walk. Tayla seen alone in her bedroom. "
            "She agreed Ricky is 19 and 'picks her up', denied sex. Mother agreed to a safety "
            "plan (curfew 9pm, phone checks) and to report her missing straight away.",
            "16:00",
            "S47 visit",
        ),
        R(
            "pol",
            "JOINT VISIT WITH SW OAKROYD TO HOME ADDRESS. MISPER NOT WILLING TO MAKE ANY "
            "ALLEGATION. CSE RISK ASSESSMENT: HIGH. PHONE NOT SEIZED (CONSENT REFUSED).",
            "16:00",
            "S47 Joint Visit",
            ref="OCC 24/77120",
        ),
    )
    f.occ(
        "2024-10-04",
        "self-harm-disclosure",
        R(
            "sn",
            "Contact type: Weekly check-in. Tayla showed me superficial cuts to L forearm "
            "(approx 8, healing). Says she does it when she 'can't sleep'. No suicidal intent "
            "stated. Outcome: wounds checked, safety plan made, will refer to CAMHS with "
            "consent. DSL and SW informed.",
            "11:20",
            "Check-in",
        ),
    )
    f.occ(
        "2024-10-07",
        "camhs-referral",
        R(
            "sn",
            "Contact type: Referral. CAMHS e-referral submitted (self-harm, low mood, CSE "
            "risk). Outcome: Tayla and mum consented.",
            "09:30",
            "Referral",
        ),
        R(
            "camhs",
            "Referral received from school nursing (G Lusk): 14F, self-harm by cutting, low "
            "mood, sleep poor, known CSE concerns. Triaged: routine-urgent, for Choice "
            "appointment.",
            "",
            "Referral received",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-15",
        "school-reports-missing",
        R(
            "sch",
            "Tayla left site at 12:40 through the field gate, not seen by staff. Not answering "
            "her phone. I rang 101 at 13:05 and reported her missing, then rang Mum.",
            "13:05",
        ),
        R(
            "polmp",
            "MISPER REPORT MP/24/3589. REPORTED BY HOLMCROFT ACADEMY DSL. LEFT SCHOOL 1240HRS. "
            "HIGH RISK - PREVIOUS MP/24/3317, CSE. PELLOW ADDRESS TO BE CHECKED.",
            "13:05",
            "Missing Person",
            ref="MP/24/3589",
        ),
    )
    f.occ(
        "2024-10-16",
        "found-fenwick",
        R(
            "polmp",
            "MP/24/3589 FOUND 0115HRS FENWICK RECREATION GROUND. HEAVILY INTOXICATED, "
            "CONVEYED BRI BY AMBULANCE. MOTHER INFORMED.",
            "01:15",
            "Missing Person - Found",
            ref="MP/24/3589",
        ),
        R(
            "pol",
            "LOG 0087 16/10/24 CONCERN FOR SAFETY FENWICK REC. FEMALE 14 SLUMPED ON BENCH, "
            "VOMITING, IDENTIFIED AS MISPER RENWICK. AMBULANCE ON SCENE. NO ADULTS PRESENT. "
            "OFFICER TRAVELLED WITH HER TO BRI.",
            "01:15",
            "Concern for safety",
            ref="WM-241016-0087",
        ),
        R(
            "amb",
            "Cat 2. 14F found by police on park bench, suspected alcohol intoxication. GCS 13 "
            "improving to 14. Vomited x2, airway maintained. Obs stable, BM 5.1. Police present. "
            "Conveyed to BRI ED.",
            "01:18",
            "999 call",
            ref="NAS-7730214",
        ),
    )
    f.occ(
        "2024-10-16",
        "ed-intox",
        R(
            "ed",
            "Triage: 14F, BIBA with police, ETOH ++, GCS 14. Cat 3. Missing from home. "
            "Safeguarding flag.",
            "01:58",
            "Triage",
        ),
        R(
            "ed",
            "Dr review: alert, GCS 15 by 0320, no head injury, old linear scars L forearm. "
            "Declined to say where she had been. Plan: obs, discharge to mother when sober, "
            "paeds liaison notification, HEADS-UP to CAMHS.",
            "03:30",
            "Medical review",
        ),
        R(
            "ed",
            "Discharged home with mother. Safeguarding form completed. CAMHS info leaflet.",
            "09:40",
            "Discharge",
        ),
    )
    f.occ(
        "2024-10-17",
        "ed-notice-sn",
        R(
            "sn",
            "Contact type: ED notification (paediatric liaison). Tayla attended BRI ED "
            "16/10 intoxicated after missing episode. Outcome: SN to see in school; DSL aware.",
            "12:00",
            "Notification received",
        ),
    )
    f.occ(
        "2024-10-18",
        "csc-ppn",
        R(
            "csc",
            "PPN received from police re concern for safety 16/10 (Tayla found intoxicated at "
            "Fenwick Rec, taken to BRI). Added to S47 record; SW to discuss at ICPC.",
            "09:15",
            "Police notification",
        ),
    )
    f.occ(
        "2024-10-21",
        "gp-ed-letter",
        R(
            "gp",
            "Letter filed: BRI ED discharge summary 16/10/24 - alcohol intoxication, missing "
            "from home. Safeguarding read code added.",
            "",
            "Letter filed",
        ),
    )
    f.occ(
        "2024-10-22",
        "rhi-refused",
        R(
            "rhi",
            "Attempted RHI at home after second missing episode (MP/24/3589). Tayla refused "
            "to come downstairs. Mum apologetic. Will try again.",
            "16:15",
            "RHI attempt",
        ),
    )
    f.occ(
        "2024-10-24",
        "rhi-call-mum",
        R(
            "rhi",
            "Phoned Joanne to rearrange RHI. Tayla will see me at school on Monday.",
            "11:00",
            "Telephone",
        ),
    )
    f.occ(
        "2024-10-24",
        "gp-conf-report",
        R(
            "gp",
            "Report for initial child protection conference completed and sent to conference "
            "service (secure email).",
            "15:45",
            "Report",
        ),
        R(
            "csc",
            "GP report for ICPC received from Tanners Lane Surgery.",
            "",
            "Report received",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-29",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference chaired by IRO. Tayla made subject to a CP "
            "plan under the category of SEXUAL ABUSE (risk of CSE). Mother attended, Tayla "
            "attended the end. Plan: referral to Lanternway exploitation project, MACE "
            "referral, CAMHS, curfew and safety plan, disruption activity by police.",
            "13:30",
            "ICPC",
            "CP plan - sexual abuse. First core group within 10 working days.",
        ),
        R(
            "sch",
            "Attended Tayla's ICPC (1.30pm). She is now on a child protection plan. I am core "
            "group member, school to record lates and any cars seen.",
        ),
        R(
            "pol",
            "ICPC ATTENDED BY DC WHITLOW. SUBJECT CP PLAN - SEXUAL ABUSE. POLICE ACTIONS: "
            "CAWN PELLOW, MACE REFERRAL.",
            "13:30",
            "Case Conference",
            ref="OCC 24/77120",
        ),
        R(
            "rhi",
            "Child protection conference - sent my two RHI reports and attended. CP plan made.",
            "13:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-05",
        "mace-1",
        R(
            "csc",
            "MACE (Multi-Agency Child Exploitation) panel: Tayla discussed. Pellow and an "
            "associate 'JK' identified. Location mapping: Coldharbour Road, Fenwick Rec. "
            "Lanternway allocated.",
            "09:30",
            "MACE",
        ),
        R(
            "pol",
            "MACE MEETING 05/11 - SUBJECT RENWICK. PERSONS OF CONCERN PELLOW, KETTLEY (JORDAN, "
            "DOB 11/07/00). DISRUPTION PLAN: CAWN, LICENSING VISIT COLDHARBOUR RD.",
            "09:30",
            "Exploitation Panel",
            ref="MACE/24/061",
        ),
        R(
            "expl",
            "Referral accepted at the exploitation panel this morning; I will be Tayla's "
            "worker. First session booked for Friday.",
            "",
            "Panel",
        ),
    )
    f.occ(
        "2024-11-07",
        "core-group-1",
        R(
            "csc",
            "First core group held at school. Present: SW, DSL, school nurse, Lanternway, "
            "mother. Plan reviewed. Tayla has had no missing episodes since 15/10.",
            "15:30",
            "Core Group",
        ),
        R(
            "sch",
            "CG meeting here at 3.30. Mum came. I reported attendance up to 91%.",
        ),
        R(
            "sn",
            "Contact type: Core group. Outcome: SN continues weekly check-ins; cuts healing.",
            "15:30",
            "CG",
        ),
        R(
            "expl",
            "First core group for Tayla at Holmcroft - I introduced the Lanternway offer to mum.",
            "15:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-08",
        "expl-session-1",
        R(
            "expl",
            "First 1:1 with Tayla at school. She drew her 'friendship map'. Ricky is at the "
            "centre; 'JK' is 'Ricky's mate with the flat'. She says Ricky loves her.",
            "13:15",
            "1:1 session",
        ),
    )
    f.occ(
        "2024-11-12",
        "cawn-served",
        R(
            "pol",
            "CHILD ABDUCTION WARNING NOTICE SERVED ON RICKY PELLOW IN PERSON AT 118 "
            "COLDHARBOUR RD 1120HRS. NOTICE EXPLAINED. PELLOW SAID 'SHE COMES TO ME'.",
            "11:20",
            "CAWN",
            ref="CAWN/24/019",
        ),
    )
    f.occ(
        "2024-11-12",
        "csc-cawn-email",
        R(
            "csc",
            "Email from DC Whitlow: CAWN served on Ricky Pellow this morning in respect of "
            "Tayla. Mother informed by SW by phone this afternoon.",
            "15:40",
            "Email received",
        ),
    )
    f.occ(
        "2024-11-20",
        "camhs-choice",
        R(
            "camhs",
            "Choice appointment. Tayla with mum. Low mood, cutting 2-3x/week, sleep 4 hrs, no "
            "plans to end life. Ambivalent about help. Formulation: trauma, exploitation. "
            "Offered 1:1 with CAMHS practitioner; safety plan shared.",
            "16:00",
            "Choice",
        ),
    )
    f.occ(
        "2024-12-03",
        "missing-report-3",
        R(
            "polmp",
            "MISPER REPORT MP/24/4102 - MOTHER REPORTS TAYLA NOT HOME. LAST SEEN 1600HRS. "
            "HIGH RISK (CP PLAN, CAWN IN FORCE). CONTACT PELLOW, KETTLEY ADDRESSES.",
            "20:15",
            "Missing Person",
            ref="MP/24/4102",
        ),
    )
    f.occ(
        "2024-12-05",
        "vehicle-stop",
        R(
            "pol",
            "LOG 1033 05/12/24. ANPR HIT SILVER AUDI QX19 ... STOPPED A6021 OXLEY FOLD. "
            "OCCUPANTS: DRIVER PELLOW, FRONT PASSENGER KETTLEY, REAR MISPER RENWICK. MISPER "
            "SAFEGUARDED.",
            "14:40",
            "Vehicle stop",
            ref="WM-241205-1033",
        ),
        R(
            "polmp",
            "MP/24/4102 LOCATED 1440HRS IN VEHICLE STOPPED AT OXLEY FOLD WITH 2 ADULT MALES. "
            "MISPER TAKEN TO BRACKENFORD POLICE STATION THEN HOME.",
            "14:40",
            "Missing Person - Found",
            ref="MP/24/4102",
        ),
    )
    f.occ(
        "2024-12-05",
        "pellow-arrest",
        R(
            "pol",
            "RICKY PELLOW ARRESTED 1505HRS - CHILD ABDUCTION S2 CAA 1984 (CAWN BREACH). "
            "CONVEYED BRACKENFORD CUSTODY.",
            "15:05",
            "Arrest",
            ref="CRI/24/131877",
        ),
    )
    f.occ(
        "2024-12-05",
        "kettley-arrest",
        R(
            "pol",
            "JORDAN KETTLEY ARRESTED 1510HRS - POSS WITH INTENT TO SUPPLY CLASS B (QTY CANNABIS "
            "IN DOOR POCKET) AND SUSPICION OF SEXUAL ACTIVITY WITH A CHILD.",
            "15:10",
            "Arrest",
            ref="CRI/24/131879",
        ),
    )
    f.occ(
        "2024-12-06",
        "strat-2",
        R(
            "csc",
            "Strategy discussion (Teams) following Tayla's recovery from the vehicle yesterday. "
            "Both males in custody. Tayla not willing to be ABE interviewed at present. Agreed: "
            "sexual health, Lanternway to see her daily this week, reconvene Tuesday after "
            "police interviews.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISC VIA TEAMS 1100. ABE NOT CONSENTED. REVIEW TUES.",
            "11:00",
            "Strategy",
            ref="OCC 24/77120",
        ),
        R(
            "expl",
            "Joined the strategy discussion on Teams. Offered to take Tayla to the sexual "
            "health clinic today.",
            "11:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-12-10",
        "strat-3",
        R(
            "csc",
            "Reconvened strategy meeting. Police update: Pellow and Kettley released on bail / "
            "RUI. CPS advice sought on child abduction charge. Tayla now talking to Nadia "
            "(Lanternway) about 'JK'. Agreed to apply for a Sexual Risk Order re Kettley.",
            "14:00",
            "Strategy meeting",
        ),
        R(
            "pol",
            "RECONVENED STRATEGY MEETING 1400HRS. SRO APPLICATION TO BE PREPARED (KETTLEY). "
            "CPS FILE (PELLOW) SUBMITTED.",
            "14:00",
            "Strategy",
            ref="OCC 24/77120",
        ),
    )
    f.occ(
        "2024-12-11",
        "pellow-charged",
        R(
            "pol",
            "PELLOW CHARGED - CHILD ABDUCTION (S2 CAA 1984). BAILED TO BRACKENFORD MAGS "
            "09/01/25. BAIL CONDITION: NO CONTACT WITH TAYLA RENWICK.",
            "17:30",
            "Charge",
            ref="CRI/24/131877",
        ),
        R(
            "csc",
            "Police update: Ricky Pellow charged today with child abduction, bail conditions "
            "not to contact Tayla. Mother and Tayla informed.",
            "18:05",
            "Police update",
        ),
    )

    # January 2025: the overdose, the admission, the CAMHS crisis assessment, the RCPC.
    f.occ(
        "2025-01-18",
        "overdose-999",
        R(
            "amb",
            "Cat 2. Mother called 999: daughter 14 has taken approx 16 x 500mg paracetamol "
            "around 1830 after argument about phone. Alert, GCS 15, nausea. Obs WNL. Packet "
            "found. Conveyed BRI with mother.",
            "19:52",
            "999 call",
            ref="NAS-7913388",
        ),
    )
    f.occ(
        "2025-01-18",
        "ed-overdose",
        R(
            "ed",
            "Triage 20:34. 14F intentional OD paracetamol ~8g @1830. Cat 2. CP plan (sexual "
            "abuse).",
            "20:34",
            "Triage",
        ),
        R(
            "ed",
            "Reg review: 4hr level due 2230. Tearful, 'wanted it to stop'. Mum present. "
            "Safeguarding team email sent.",
            "21:10",
            "Medical review",
        ),
        R(
            "ed",
            "4hr paracetamol level above treatment line - NAC started. Referred paeds, for "
            "admission to Robin Ward. CAMHS crisis to see on ward.",
            "23:50",
            "Disposition",
        ),
    )
    f.occ(
        "2025-01-19",
        "ward-admission",
        R(
            "ward",
            "Admitted from ED 00:40 for IV acetylcysteine (21hr regime). 1:1 nursing (RMN "
            "requested). Mother staying. Ligature risk check done.",
            "00:40",
            "Admission",
        ),
    )
    f.occ(
        "2025-01-19",
        "ward-call-edt",
        R(
            "ward",
            "Safeguarding: nurse in charge phoned EDT to inform of admission following "
            "intentional overdose (child on CP plan).",
            "02:15",
            "Safeguarding",
        ),
        R(
            "csc",
            "EDT: call from nurse in charge, Robin Ward BRI - Tayla admitted overnight after "
            "taking paracetamol at home. Mother with her. Day team email sent.",
            "02:20",
            "EDT",
        ),
    )
    f.occ(
        "2025-01-19",
        "camhs-crisis",
        R(
            "camhs",
            "CAMHS crisis assessment on Robin Ward (Sunday on-call). Impulsive OD in context "
            "of conflict with mum over phone, missing Ricky, shame. Denies ongoing intent; "
            "medium risk. Plan: home treatment team daily contact x 7 days on discharge, "
            "remove meds at home, safety plan with mother.",
            "11:00",
            "Crisis assessment",
        ),
        R(
            "ward",
            "Seen on ward by CAMHS crisis team (R Tolan). Medically fit once NAC complete; "
            "CAMHS happy for discharge with HTT follow-up.",
            "11:00",
            "MDT",
        ),
    )
    f.occ(
        "2025-01-20",
        "ward-discharge",
        R(
            "ward",
            "Discharged home with mother 15:00. LFTs normal. TTO: none. Meds to be locked "
            "away. Discharge letter to GP, CAMHS HTT to call tomorrow.",
            "15:00",
            "Discharge",
        ),
        R(
            "csc",
            "Tayla discharged home from Robin Ward yesterday afternoon (20/01) after treatment "
            "for paracetamol overdose. Safety plan: medicines locked away; CAMHS home "
            "treatment. Visit booked Wednesday.",
            "",
            "Hospital discharge",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-23",
        "gp-discharge-letter",
        R(
            "gp",
            "Letter filed: BRI discharge - intentional paracetamol OD 18/01, NAC, CAMHS "
            "crisis f/u. Practice safeguarding meeting to review. No repeat meds for Tayla.",
            "",
            "Letter filed",
        ),
    )
    f.occ(
        "2025-01-28",
        "rcpc-1",
        R(
            "csc",
            "Review Child Protection Conference. One further missing episode (3-5 Dec), two "
            "arrests, one charge, overdose 18/01. CP plan continues (sexual abuse). Sexual "
            "Risk Order application supported.",
            "10:00",
            "RCPC",
        ),
        R(
            "sch",
            "Review conference this morning - plan stays. I raised that she has started "
            "skipping lessons to sit in the toilets.",
        ),
        R(
            "camhs",
            "Attended RCPC. Reported crisis assessment 19/01, HTT discharged to core CAMHS.",
            "10:00",
            "Conference",
        ),
        R(
            "expl",
            "Review child protection conference - my report shared. Tayla now engages weekly.",
            "",
            "Meeting",
            shift="month",
        ),
        R(
            "pol",
            "RCPC. POLICE REPRESENTED BY DS HALLAM. UPDATE ON SRO, PELLOW TRIAL.",
            "10:00",
            "Case Conference",
            ref="OCC 24/77120",
        ),
    )
    f.occ(
        "2025-01-28",
        "core-group-after-rcpc",
        R(
            "csc",
            "Core group held straight after the RCPC to update the plan: curfew continued, "
            "CAMHS 1:1 weekly, Lanternway sessions twice weekly.",
            "11:45",
            "Core Group",
        ),
        R(
            "sch",
            "Stayed on for the core group after conference - agreed a safe space pass for Tayla.",
        ),
    )
    f.occ(
        "2025-02-04",
        "mace-2",
        R(
            "pol",
            "MACE 04/02. RENWICK REVIEWED. KETTLEY RUI, SRO APPLICATION DRAFTED. PELLOW "
            "AWAITING CROWN CT.",
            "09:30",
            "Exploitation Panel",
            ref="MACE/25/007",
        ),
        R(
            "csc",
            "Tayla reviewed at the child exploitation panel. Risk remains high. Locations: "
            "Kettley's flat, Fenwick Rec.",
            "09:30",
            "MACE",
        ),
        R(
            "expl",
            "Exploitation panel - reported Tayla's disclosures about JK to DS Hallam.",
            "",
            "Panel",
            shift="-1",
        ),
    )
    f.occ(
        "2025-03-06",
        "sro-summons",
        R(
            "pol",
            "SRO APPLICATION (KETTLEY) LODGED WITH BRACKENFORD MAGISTRATES. SUMMONS SERVED ON "
            "KETTLEY FOR HEARING 13/03/25.",
            "12:00",
            "Civil order - application",
            ref="SRO/25/004",
        ),
    )
    f.occ(
        "2025-03-11",
        "core-group-2",
        R(
            "csc",
            "Core group at school. No missing episodes since 05/12. Tayla attends Lanternway "
            "sessions and CAMHS. Mother reports better evenings.",
            "15:30",
            "Core Group",
        ),
        R(
            "csc",
            "Core group at school. No missing episodes since 05/12. Tayla attends Lanternway "
            "sessions and CAMHS. Mother reports better evenings.",
            "15:30",
            "Core Group",
        ),
        R("sch", "Core group 3.30 here. Attendance 89% this half term."),
    )
    f.occ(
        "2025-03-13",
        "interim-sro",
        R(
            "pol",
            "BRACKENFORD MAGISTRATES: INTERIM SEXUAL RISK ORDER GRANTED AGAINST JORDAN "
            "KETTLEY. PROHIBITIONS: NO CONTACT WITH ANY FEMALE UNDER 18, NOT TO ENTER FENWICK "
            "REC. FULL HEARING 24/04/25.",
            "14:30",
            "Civil order",
            ref="SRO/25/004",
        ),
        R(
            "csc",
            "DS Hallam rang from court: interim Sexual Risk Order made today against Jordan "
            "Kettley, full hearing 24 April. Tayla and mum told at visit.",
            "16:10",
            "Court outcome",
        ),
    )
    f.occ(
        "2025-04-24",
        "full-sro",
        R(
            "pol",
            "FULL SRO GRANTED - KETTLEY - 5 YEARS. ORDER SERVED AT COURT.",
            "12:15",
            "Civil order",
            ref="SRO/25/004",
        ),
        R(
            "csc",
            "Police confirm a full Sexual Risk Order (5 years) was made against Jordan Kettley "
            "at Brackenford Magistrates yesterday.",
            "",
            "Court outcome",
            shift="late",
        ),
    )
    f.occ(
        "2025-05-14",
        "expl-calls-101",
        R(
            "expl",
            "After our session Tayla told me Kettley has messaged her on Snap from a new "
            "account. I rang 101 and passed screenshots reference - asked for DS Hallam to "
            "call me.",
            "16:10",
            "Phone call",
        ),
        R(
            "pol",
            "CALL FROM LANTERNWAY WORKER - POSS BREACH OF SRO (KETTLEY) VIA SNAPCHAT. LOG "
            "CREATED, PASSED TO DS HALLAM.",
            "16:12",
            "Call - breach of order",
            ref="WM-250514-1290",
        ),
    )
    f.occ(
        "2025-05-15",
        "police-call-back",
        R(
            "pol",
            "DS HALLAM CALLED BACK LANTERNWAY WORKER RE LOG 1290. SCREENSHOTS TO BE EMAILED. "
            "KETTLEY TO BE ARRESTED FOR SRO BREACH.",
            "10:20",
            "Call back",
            ref="WM-250514-1290",
        ),
        R(
            "expl",
            "DS Hallam rang me back about yesterday's call. I emailed the screenshots.",
            "10:20",
            "Phone call",
        ),
    )
    f.occ(
        "2025-07-15",
        "rcpc-2",
        R(
            "csc",
            "RCPC: Tayla no longer subject to a CP plan. No missing episodes since December, "
            "engaging with CAMHS and Lanternway, SRO in place. Step down to Child in Need plan.",
            "10:00",
            "RCPC",
            "CP plan ended - CIN.",
        ),
        R(
            "sch",
            "RCPC - CP plan ended, Tayla now CIN. I will stay as school lead.",
        ),
        R(
            "expl",
            "Review conference - Tayla stepped down to Child in Need. Lanternway to continue "
            "to October.",
            "10:00",
            "Meeting",
        ),
        R(
            "sn",
            "Contact type: RCPC. Outcome: CP plan ended; SN to close at end of term.",
            "10:00",
            "Conference",
        ),
    )
    f.occ(
        "2025-09-23",
        "cin-1",
        R(
            "csc",
            "CIN meeting at Holmcroft Academy. Tayla in Year 10, settled start. Reports no "
            "contact from Pellow/Kettley.",
            "14:00",
            "CIN meeting",
        ),
        R(
            "sch",
            "CIN review meeting in school at 2 - Tayla attended part of it herself.",
        ),
        R(
            "expl",
            "CIN meeting - I am ending with Tayla over the next 4 sessions.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-10-31",
        "pellow-sentenced",
        R(
            "pol",
            "PELLOW SENTENCED WESTMARCH CROWN COURT - CHILD ABDUCTION (GUILTY PLEA): 14 "
            "MONTHS, SUSPENDED 2 YRS, RESTRAINING ORDER (TAYLA RENWICK) 5 YRS.",
            "15:00",
            "Court result",
            ref="CRI/24/131877",
        ),
        R(
            "csc",
            "Police update: Ricky Pellow sentenced today at Crown Court, suspended sentence "
            "and a 5-year restraining order protecting Tayla.",
            "16:45",
            "Court outcome",
        ),
    )
    f.occ(
        "2025-11-18",
        "cin-2",
        R(
            "csc",
            "CIN review: case to close to Early Help (youth worker). Mother and Tayla agree.",
            "14:00",
            "CIN review",
        ),
        R(
            "sch",
            "Final CIN meeting; social care closing. School will continue safe space pass.",
            shift="-1",
        ),
    )

    # Routine single entries around the scripted occurrences.
    f.fill(
        "sch",
        "2024-09-16",
        "2025-01-17",
        [
            ("", "Tayla late (09:25), no reason given. Sanction waived, check-in with me."),
            ("", "Attendance meeting with Mum: 84% this term; support plan agreed."),
        ],
    )
    f.fill(
        "sch",
        "2025-02-03",
        "2025-11-14",
        [
            ("", "Safe space pass used twice today (period 3 and 5)."),
            ("", "Spoke to Tayla at lunch, she is eating with her friends again."),
        ],
    )
    f.fill(
        "csc",
        "2024-10-02",
        "2025-07-11",
        [
            ("Home visit", "Statutory CP visit. Tayla seen alone. Room seen. Mum coping."),
            ("Home visit", "CP visit: Tayla and Callum seen. Curfew kept this week."),
        ],
    )
    f.fill(
        "csc",
        "2025-07-21",
        "2025-11-14",
        [("Home visit", "CIN visit. Tayla talking about college (hair and beauty).")],
    )
    f.fill(
        "camhs",
        "2024-12-01",
        "2025-10-31",
        [
            ("Appointment", "1:1 session (DBT skills). Self-harm reduced to once in 2 weeks."),
            ("Appointment", "1:1 session. No self-harm for 4 weeks. Sleep improving."),
        ],
    )
    f.fill(
        "expl",
        "2024-11-18",
        "2025-10-10",
        [
            ("1:1 session", "Session on healthy relationships ('grooming line' activity)."),
            ("1:1 session", "Session: online safety, we blocked accounts together."),
        ],
        timed=False,
    )
    f.fill(
        "gp",
        "2024-09-16",
        "2025-11-14",
        [
            (
                "Consultation",
                "S: mum reports poor sleep. O: tired, flat affect. A: low mood. "
                "P: sleep hygiene, CAMHS involved, review 4/52.",
            ),
            (
                "Consultation",
                "S: UTI symptoms. O: urine dip +ve nitrites. A: UTI. P: nitrofurantoin 3/7.",
            ),
        ],
    )
    f.fill(
        "sn",
        "2024-10-22",
        "2025-07-11",
        [
            ("Check-in", "Contact type: Weekly check-in. Outcome: no new cuts; mood 6/10."),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Family 2: Reuben Dearlove, five months, faltering growth; his mother's post-natal depression
# (Wexcombe). His sister Maisie has been in foster care since 2022.
# --------------------------------------------------------------------------------------------


def _dearlove() -> BlindCase:
    sheets = {
        "mw": Sheet(
            MW,
            "Wexcombe_General_Maternity_chronology.xlsx",
            "Midwifery",
            (("2024-04-01", "Claire Bevan, Safeguarding MW"), ("2024-10-14", "Jo Purnell, CMW")),
        ),
        "csc": Sheet(
            CSC,
            "Wexcombe_CSC_Dearlove.xlsx",
            "Assessment and CP",
            (("2024-04-01", "Amira Khatun (SW)"), ("2025-01-06", "Tom Radley (SW)")),
        ),
        "cic": Sheet(
            CSC,
            "Wexcombe_CSC_Dearlove.xlsx",
            "Children in Care (Maisie)",
            (("2024-04-01", "Kirsty Noon (CiC SW)"),),
        ),
        "hv": Sheet(
            HV,
            "Wexcombe_0-19_HV_return.xlsx",
            "HV",
            (("2024-04-01", "Lorna Fitch HV"),),
        ),
        "gp": Sheet(
            GP,
            "Ridgeway_Medical_Practice.xlsx",
            "Chronology",
            (("2024-04-01", "Dr S. Okafor"),),
        ),
        "pmh": Sheet(
            PERINATAL,
            "Wexcombe_Perinatal_MH_Team.xlsx",
            "Shannon Dearlove",
            (("2024-04-01", "Ruth Ellery, CPN"),),
        ),
        "diet": Sheet(
            DIETETICS,
            "Paediatric_Dietetics_WGH.xlsx",
            "Reuben",
            (("2024-04-01", "Hannah Moy, Paediatric Dietitian"),),
        ),
        "ed": Sheet(
            ED,
            "WGH_Emergency_Department.xlsx",
            "Paeds ED",
            (("2024-04-01", "Paeds ED"),),
        ),
        "ward": Sheet(
            WARD,
            "WGH_Kestrel_Ward.xlsx",
            "Nursing and medical",
            (("2024-04-01", "Kestrel Ward"),),
        ),
        "paeds": Sheet(
            PAEDS,
            "Community_Paediatrics_Wexcombe.xlsx",
            "Sheet1",
            (("2024-04-01", "Dr J. Whitcombe, Consultant Paediatrician"),),
        ),
        "hub": Sheet(
            HUB,
            "Sorrel_Lane_Family_Hub.xlsx",
            "Attendance log",
            (("2024-04-01", "Hub staff"),),
        ),
        "legal": Sheet(
            LEGAL,
            "Wexcombe_Legal_Services_PLO.xlsx",
            "Chronology",
            (("2024-04-01", "P. Graves, Solicitor"),),
        ),
    }
    f = _Family("blind16-dearlove", 1602, sheets)

    # Pregnancy: booking, the pre-birth referral, perinatal mental health, the pre-birth ICPC.
    f.occ(
        "2024-04-09",
        "booking",
        R(
            "mw",
            "Booking appointment 12+3/40. G2P1. Discloses first child Maisie (3) in foster care "
            "under a care order (2022, neglect). History of post-natal depression after "
            "Maisie, not under MH services now. EPDS 14. FOB Connor Haskett, not living with "
            "her. Address Flat 6 Juniper Court, Wexcombe QH2 9LS.",
            "10:20",
            "Booking",
            "Safeguarding MW to refer to CSC; GP to be informed re mood.",
        ),
    )
    f.occ(
        "2024-04-10",
        "mw-referral",
        R(
            "mw",
            "Safeguarding referral to MASH via online portal: previous child removed, PND "
            "history, limited support network. Shannon aware and agrees.",
            "11:20",
            "Referral",
        ),
        R(
            "csc",
            "Contact from Claire Bevan, safeguarding midwife, WGH: Shannon Dearlove, 27, 12 "
            "weeks pregnant (EDD 20/10/24). Older child Maisie is looked after (care order "
            "2022). Mother has a history of post-natal depression. Referral for pre-birth "
            "assessment.",
            "11:45",
            "Contact",
            "To MASH for screening.",
        ),
    )
    f.occ(
        "2024-04-12",
        "mash-decision",
        R(
            "csc",
            "MASH decision on the midwife's contact: threshold met for a pre-birth Child and "
            "Family Assessment (previous proceedings). Allocated Amira Khatun. CiC team to be "
            "told.",
            "14:00",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-04-16",
        "maisie-lac-review-1",
        R(
            "cic",
            "Maisie's looked-after review (IRO: Janet Prowse) at the foster carers' home. "
            "Placement with Mr and Mrs Aldous stable, Maisie thriving in Reception. Mother "
            "attended, shared that she is pregnant. Contact remains monthly, supervised.",
            "10:00",
            "LAC review",
        ),
    )
    f.occ(
        "2024-05-13",
        "gp-mood",
        R(
            "gp",
            "S: 17/40 pregnant, low mood 'like last time', crying daily, poor sleep. Lives "
            "alone. O: tearful, good eye contact, no SI. PHQ-9 16. A: antenatal depression, "
            "hx PND. P: refer perinatal MH team, discussed sertraline (declined for now), "
            "review 2/52.",
            "09:50",
            "Consultation",
        ),
    )
    f.occ(
        "2024-05-14",
        "gp-refers-pmh",
        R(
            "gp",
            "Referral letter sent to Perinatal Mental Health Team (e-RS).",
            "12:30",
            "Referral",
        ),
        R(
            "pmh",
            "Referral received from Dr Okafor (GP): antenatal depression, previous PND, first "
            "child in care. Accepted for assessment.",
            "",
            "Referral received",
            shift="+1",
        ),
    )
    f.occ(
        "2024-06-04",
        "pmh-assessment",
        R(
            "pmh",
            "Initial assessment at home with Shannon. Moderate depression, anxiety about baby "
            "being removed 'like Maisie'. No psychosis, no self-harm. Plan: CPN weekly, "
            "psychology waiting list, medication review with perinatal psychiatrist.",
            "13:30",
            "Assessment",
        ),
    )
    f.occ(
        "2024-06-11",
        "sw-prebirth-visit",
        R(
            "csc",
            "Pre-birth assessment visit 1 at Juniper Court. Flat clean, sparse; no cot yet. "
            "Shannon spoke openly about Maisie's removal and feels she 'was not listened to'. "
            "Connor visits 'some weekends'. Consent for checks given.",
            "14:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-06-11",
        "mw-anc",
        R(
            "mw",
            "Antenatal clinic 21+3/40. BP 112/70, FH heard. Anomaly scan normal. Mood low but "
            "engaging with PMH.",
            "09:40",
            "ANC",
        ),
    )
    f.occ(
        "2024-07-02",
        "joint-visit-sw-cpn",
        R(
            "csc",
            "Joint visit with Ruth Ellery (perinatal CPN). Discussed support after birth, "
            "mother's own childhood in care, relapse signs. Shannon agreed a written plan.",
            "11:00",
            "Home visit",
        ),
        R(
            "pmh",
            "Joint HV with SW Amira Khatun. Shannon more animated today; relapse signature "
            "agreed (stops eating, stays in bed, does not open door).",
            "11:00",
            "Joint visit",
        ),
    )
    f.occ(
        "2024-07-23",
        "prebirth-strat",
        R(
            "csc",
            "Strategy discussion (Teams) following completion of pre-birth assessment: risk of "
            "neglect to unborn baby given previous proceedings and maternal depression. Police "
            "(DS Varley) no current concerns for mother; Connor has a 2019 caution for "
            "possession. Agreed S47 and pre-birth ICPC.",
            "10:00",
            "Strategy discussion",
            "S47 - pre-birth ICPC to be convened.",
        ),
        R(
            "mw",
            "Strategy discussion on Teams - safeguarding MW attended. ICPC to be arranged "
            "before 32 weeks.",
            "10:00",
            "Strategy",
        ),
        R(
            "gp",
            "Telephone strategy discussion - Dr Okafor contributed. PND, antenatal depression "
            "on PMH caseload.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "hv",
            "Contact type: Multi-agency (strategy discussion). Outcome: HV to complete "
            "antenatal contact this week and attend ICPC.",
            "10:00",
            "Strategy",
            shift="-1",
        ),
    )
    f.occ(
        "2024-07-24",
        "hv-antenatal",
        R(
            "hv",
            "Contact type: Antenatal contact (home). Outcome: 28/40. Discussed feeding "
            "(plans to bottle feed), sleep safety, support. EPDS 15. Moses basket bought.",
            "14:00",
            "Antenatal contact",
        ),
    )
    f.occ(
        "2024-08-15",
        "gp-conf-report",
        R(
            "gp",
            "Case conference report for unborn baby of Shannon Dearlove completed and sent to "
            "conference team.",
            "",
            "Report",
        ),
    )
    f.occ(
        "2024-08-20",
        "prebirth-icpc",
        R(
            "csc",
            "Pre-birth Initial Child Protection Conference. Unborn baby made subject to a CP "
            "plan under the category of NEGLECT. Plan: mother to continue with PMH, birth "
            "plan with midwifery, baby to go home with mother with daily professional "
            "contact in first weeks, PLO not pursued at present.",
            "14:00",
            "ICPC",
        ),
        R(
            "mw",
            "Pre-birth conference - unborn on CP plan (neglect). Alert placed on maternity "
            "system. Birth plan meeting to follow.",
            "14:00",
            "Case conference",
        ),
        R(
            "hv",
            "Contact type: Case conference (pre-birth ICPC). Outcome: CP plan - neglect. HV "
            "will be core group member; universal plus offer.",
            "14:00",
            "ICPC",
        ),
        R(
            "pmh",
            "Attended child protection conference for the unborn baby. CP plan agreed. "
            "Shared that Shannon is engaging weekly.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-09-03",
        "core-group-1",
        R(
            "csc",
            "Core group 1 (Juniper Court). Birth plan agreed: hospital to notify CSC at "
            "delivery; no discharge before SW visit.",
            "13:00",
            "Core Group",
        ),
        R(
            "mw",
            "Core group - birth plan shared with Larkspur labour ward.",
            "13:00",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: Core group meeting. Outcome: HV to see at new birth, weekly "
            "weights first month.",
            "13:00",
            "Core group",
        ),
        R(
            "pmh",
            "CG at Shannon's flat. Sertraline now started (perinatal psychiatrist).",
            "13:00",
            "Meeting",
        ),
    )

    # Birth and the first weeks.
    f.occ(
        "2024-10-14",
        "birth",
        R(
            "mw",
            "SVD 06:12 at Larkspur Birth Centre, 39+1/40. Live male, 3.24kg, Apgars 9/10. "
            "Plans to bottle feed. CSC informed per birth plan.",
            "06:12",
            "Delivery",
        ),
        R(
            "csc",
            "Birth: Reuben Dearlove born 14/10/24 at 06:12, Larkspur Birth Centre, 3.24kg. "
            "Mother and baby well.",
            "",
            "Birth",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-14",
        "sw-ward-visit",
        R(
            "csc",
            "Visited Shannon and baby on the postnatal ward. Baby seen in cot, feeding from "
            "bottle. Shannon tired but responsive to baby. Discharge plan confirmed.",
            "15:00",
            "Hospital visit",
        ),
    )
    f.occ(
        "2024-10-16",
        "pn-discharge",
        R(
            "mw",
            "Discharged home with baby day 2. Feeding: formula 60ml 3hrly. Weight not "
            "rechecked. Community midwife day 5.",
            "12:00",
            "Postnatal discharge",
        ),
        R(
            "csc",
            "Shannon and Reuben discharged from Larkspur postnatal ward to Juniper Court "
            "today. Connor collected them.",
            "16:45",
            "Hospital discharge",
        ),
    )
    f.occ(
        "2024-10-19",
        "cmw-day5",
        R(
            "mw",
            "CMW home visit day 5: weight 2.95kg (-9%). Feeding 40-50ml only, sleepy baby. "
            "Feeding advice given, recheck day 7.",
            "11:30",
            "Postnatal visit",
        ),
    )
    f.occ(
        "2024-10-24",
        "mw-hv-handover",
        R(
            "mw",
            "Discharged from midwifery care day 10 (wt 3.12kg). Verbal handover to HV Lorna "
            "Fitch by phone incl. early weight loss and CP plan.",
            "15:20",
            "Handover",
        ),
        R(
            "hv",
            "Contact type: Telephone (handover from community midwife). Outcome: NBV booked "
            "tomorrow.",
            "15:20",
            "Handover",
        ),
    )
    f.occ(
        "2024-10-25",
        "hv-nbv",
        R(
            "hv",
            "Contact type: New Birth Visit. Outcome: Reuben 11 days, weight 3.18kg (25th "
            "centile; birth 50th). Safe sleep, feeding cues discussed. Mother flat in mood, "
            "EPDS 13. Connor present.",
            "10:00",
            "New Birth Visit",
        ),
    )
    f.occ(
        "2024-10-28",
        "gp-registration",
        R(
            "gp",
            "New patient registration: Reuben Dearlove (DOB 14/10/2024), address Flat 6 "
            "Juniper Court. CP alert added.",
            "",
            "Registration",
        ),
    )
    f.occ(
        "2024-11-19",
        "rcpc-1",
        R(
            "csc",
            "Review Child Protection Conference (first since birth). Reuben's weight 25th "
            "centile, dropped from 50th. Mother engaging. CP plan continues under neglect.",
            "10:00",
            "RCPC",
        ),
        R(
            "hv",
            "Contact type: RCPC. Outcome: CP plan continues. HV raised weight crossing centiles.",
            "10:00",
            "Case conference",
        ),
        R(
            "pmh",
            "Review conference: continued CP plan. I reported EPDS improving on sertraline.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-21",
        "maisie-lac-review-2",
        R(
            "cic",
            "Maisie's LAC review. Long-term fostering with the Aldous family endorsed. Mother "
            "did not attend (new baby); views given by phone. Sibling contact with Reuben to "
            "be considered.",
            "10:00",
            "LAC review",
        ),
    )
    f.occ(
        "2024-12-03",
        "hv-6-8-week",
        R(
            "hv",
            "Contact type: 6-8 week review (home). Outcome: weight 4.02kg (9th centile). EPDS "
            "19 - mother reports feeling 'numb', forgetting feeds at night. Plan: call PMH "
            "duty today, weekly weights.",
            "13:00",
            "6-8 week review",
        ),
        R(
            "hv",
            "Contact type: 6-8 week review (home). Outcome: weight 4.02kg (9th centile). EPDS "
            "19 - mother reports feeling numb, forgetting feeds at night. Plan: call PMH duty "
            "today, weekly weights.",
            "13:00",
            "6-8 week review",
        ),
    )
    f.occ(
        "2024-12-03",
        "hv-calls-pmh",
        R(
            "hv",
            "Contact type: Telephone to Perinatal MH duty. Outcome: EPDS 19 shared, CPN to "
            "call Shannon.",
            "15:30",
            "Liaison",
        ),
        R(
            "pmh",
            "Duty call from HV Lorna Fitch: EPDS 19 today, missing night feeds. Passed to Ruth.",
            "15:35",
            "Duty call",
        ),
    )
    f.occ(
        "2024-12-04",
        "pmh-calls-shannon",
        R(
            "pmh",
            "Rang Shannon: low, not sleeping, 'Reuben would be better off with Maisie's "
            "carers'. No plans to harm self or baby. Sertraline increased via psychiatrist; "
            "CPN visits twice weekly.",
            "10:15",
            "Telephone",
        ),
    )
    f.occ(
        "2024-12-09",
        "gp-baby-check",
        R(
            "gp",
            "8 week baby check (Reuben): hips, heart, eyes NAD. Weight 4.10kg, crossing "
            "centiles downwards. First imms given. HV aware.",
            "10:10",
            "Baby check",
        ),
    )
    f.occ(
        "2024-12-09",
        "gp-maternal-check",
        R(
            "gp",
            "S: postnatal check (Shannon), low mood ongoing, on sertraline 100mg. O: BP "
            "118/74. A: PND. P: continue sertraline, PMH involved, contraception discussed.",
            "10:20",
            "Postnatal check",
        ),
    )
    f.occ(
        "2024-12-10",
        "core-group-2",
        R(
            "csc",
            "Core group. Weight now 9th centile, HV doing weekly weights. Shannon agreed to "
            "attend the baby clinic at the hub. Connor to do two night feeds a week.",
            "13:30",
            "Core Group",
        ),
        R(
            "hv",
            "Contact type: Core group. Outcome: weekly weights; referral to dietitian if no "
            "improvement.",
            "13:30",
            "Core group",
        ),
        R(
            "pmh",
            "CG: I shared the medication change. Next CG January.",
            "",
            "Meeting",
            shift="month",
        ),
    )
    f.occ(
        "2024-12-17",
        "hub-baby-clinic",
        R(
            "hv",
            "Contact type: Baby clinic (Sorrel Lane hub). Outcome: weight 4.31kg (9th). "
            "Feeds 120ml x 5. Mother brighter.",
            "10:30",
            "Clinic",
        ),
        R(
            "hub",
            "Shannon and Reuben attended the Tuesday baby clinic. Weighed by HV. Shannon "
            "stayed for the stay-and-play afterwards.",
            "10:30",
            "Attendance",
        ),
    )
    f.occ(
        "2025-01-14",
        "gp-refers-paeds",
        R(
            "gp",
            "S: HV letter re weight faltering. O: 4.55kg (2nd centile), alert, no "
            "dysmorphism, no vomiting. A: faltering growth. P: refer community paediatrics; "
            "HV to refer to dietitian.",
            "11:40",
            "Consultation",
        ),
    )
    f.occ(
        "2025-01-14",
        "paeds-referral",
        R(
            "gp",
            "Referral to community paediatrics (faltering growth, CP plan) sent via e-RS.",
            "16:00",
            "Referral",
        ),
        R(
            "paeds",
            "GP referral received: Reuben Dearlove, 3 months, faltering growth (50th to 2nd "
            "centile). CP plan. Booked urgent clinic 11/02.",
            "",
            "Referral received",
            shift="+2",
        ),
    )
    f.occ(
        "2025-01-21",
        "diet-referral",
        R(
            "hv",
            "Contact type: Referral (paediatric dietitian). Outcome: referral sent by email "
            "with weight chart.",
            "12:00",
            "Referral",
        ),
        R(
            "diet",
            "Referral received from HV: 3/12 old, faltering growth, formula fed, maternal "
            "PND. Appointment sent for 29/01.",
            "13:10",
            "Referral received",
        ),
    )
    f.occ(
        "2025-01-29",
        "diet-clinic-1",
        R(
            "diet",
            "Outpatient (Sorrel Lane hub clinic). Wt 4.70kg. Intake estimated 110ml/kg/day "
            "(requirement ~150). Formula reconstitution checked - making feeds weak to "
            "'make the tin last'. Plan: correct scoops, 5 x 150ml, food diary, review 2/52.",
            "14:00",
            "Outpatient",
        ),
    )
    f.occ(
        "2025-02-11",
        "paeds-clinic-1",
        R(
            "paeds",
            "Clinic: Reuben 4 months. Wt 4.88kg (<2nd). Length 25th, OFC 50th. Exam normal. "
            "Bloods (FBC, U&E, TFT, coeliac not yet relevant) normal. Impression: "
            "non-organic faltering growth, intake-related. Plan: dietetic plan, HV weekly "
            "weights, review 6 weeks; admission if further fall.",
            "09:30",
            "Clinic",
        ),
    )
    f.occ(
        "2025-02-17",
        "gp-paeds-letter",
        R(
            "gp",
            "Letter filed: community paediatric clinic 11/02/25 - faltering growth, likely "
            "intake-related, bloods normal. No GP action.",
            "",
            "Letter filed",
        ),
    )

    # March 2025: the admission and the strategy discussions.
    f.occ(
        "2025-03-17",
        "hv-visit-lethargic",
        R(
            "hv",
            "Contact type: Home visit (weekly weight). Outcome: Reuben pale, lethargic, wet "
            "nappies x2 since last night. Weight 5.02kg (<0.4th). Flat cold, no formula left "
            "in tin. Shannon tearful, says money ran out. Plan: same-day GP, CSC informed.",
            "10:30",
            "Home visit",
        ),
    )
    f.occ(
        "2025-03-17",
        "hv-calls-gp",
        R(
            "hv",
            "Contact type: Telephone to GP. Outcome: urgent appointment 14:40 today.",
            "11:05",
            "Liaison",
        ),
        R(
            "gp",
            "Phone call from HV Fitch: infant 5/12 lethargic, weight below 0.4th, asks for "
            "urgent appt. Booked 14:40.",
            "11:10",
            "Telephone",
        ),
    )
    f.occ(
        "2025-03-17",
        "gp-urgent",
        R(
            "gp",
            "S: 5/12 old, poor feeding, sleepy. O: mildly dehydrated, CRT 3s, wt 5.00kg. A: "
            "faltering growth, dehydration. P: sent to WGH paediatric ED, letter given; "
            "paeds registrar informed.",
            "14:40",
            "Consultation",
        ),
    )
    f.occ(
        "2025-03-17",
        "ed-attendance",
        R(
            "ed",
            "Triage 16:30: 5/12 M, GP letter, poor feeding, lethargy. Cat 2. Weight 4.98kg. "
            "CP plan.",
            "16:30",
            "Triage",
        ),
        R(
            "ed",
            "Reg review: thin, reduced subcut fat, sunken fontanelle. Took 150ml in ED "
            "eagerly. BG 4.2. Impression: faltering growth ?inadequate intake.",
            "17:45",
            "Review",
        ),
        R(
            "ed",
            "Referred to paeds on-call for admission (Kestrel). Safeguarding team email.",
            "19:30",
            "Outcome",
        ),
    )
    f.occ(
        "2025-03-17",
        "ward-admission",
        R(
            "ward",
            "Admitted to Kestrel Ward 21:15 with mother. Weight 4.98kg. Plan: observed feeds, "
            "strict fluid balance, daily weights, dietitian, PMH to be informed.",
            "21:15",
            "Admission",
        ),
    )
    f.occ(
        "2025-03-18",
        "ward-calls-csc",
        R(
            "ward",
            "Safeguarding nurse phoned CSC duty to inform of admission (child on CP plan).",
            "09:20",
            "Safeguarding",
        ),
        R(
            "csc",
            "Call from WGH safeguarding nurse: Reuben admitted to Kestrel Ward last night via "
            "GP and ED with faltering growth and dehydration. Mother resident.",
            "09:25",
            "Contact",
        ),
    )
    f.occ(
        "2025-03-18",
        "strat-1",
        R(
            "csc",
            "Strategy discussion (telephone): SW, TM, DS Varley, paeds registrar, HV. Agreed "
            "S47 (neglect). Reuben to remain in hospital for observed feeding; second "
            "strategy meeting Thursday with the consultant.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "ward",
            "Telephone strategy discussion with CSC - reg and nurse in charge took part. "
            "S47 agreed.",
            "14:00",
            "Strategy",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion (phone). Outcome: S47. HV chronology of "
            "weights to be sent.",
            "14:00",
            "Strategy",
        ),
    )
    f.occ(
        "2025-03-19",
        "diet-inpatient",
        R(
            "diet",
            "Inpatient review Kestrel Ward. Taking 150-180ml/kg/day on ward, gained 140g in "
            "36 hours. Plan: continue, teach mother correct reconstitution again.",
            "11:00",
            "Inpatient review",
        ),
        R(
            "ward",
            "Seen by dietitian (H Moy). Good intake, weight up 140g.",
            "11:00",
            "MDT",
        ),
    )
    f.occ(
        "2025-03-20",
        "strat-2",
        R(
            "csc",
            "Second strategy meeting at WGH with Dr Whitcombe. Weight gain on ward supports "
            "intake as cause. Agreed: discharge home when gaining, CP plan continues, legal "
            "gateway to be requested (pattern echoes Maisie's history).",
            "10:00",
            "Strategy meeting",
        ),
        R(
            "ward",
            "Strategy meeting held in the seminar room on the ward. Consultant, SW, HV, CPN.",
            "10:00",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: Strategy meeting (hospital). Outcome: home when gaining weight; "
            "HV twice-weekly weights after discharge.",
            "10:00",
            "Strategy",
        ),
        R(
            "paeds",
            "Strategy meeting at WGH: medical opinion given - non-organic faltering growth "
            "due to inadequate intake (weak feeds, missed feeds).",
            "10:00",
            "Strategy meeting",
        ),
        R(
            "pmh",
            "Attended strategy meeting at hospital. Shannon's mood dipped since January.",
            "10:00",
            "Meeting",
            shift="-1",
        ),
    )
    f.occ(
        "2025-03-21",
        "cpn-ward-visit",
        R(
            "pmh",
            "Saw Shannon on Kestrel ward. Very guilty, 'I was watering it down'. Mood low; "
            "no thoughts of harm. Will visit twice weekly after discharge.",
            "14:00",
            "Visit",
        ),
    )
    f.occ(
        "2025-03-21",
        "sw-ward-visit-2",
        R(
            "csc",
            "Visited Reuben on the ward. Seen feeding with mother, good interaction. "
            "Discussed foodbank, benefits advice at hub, and the legal gateway.",
            "10:30",
            "Hospital visit",
        ),
    )
    f.occ(
        "2025-03-27",
        "discharge-planning",
        R(
            "ward",
            "Discharge planning meeting: wt 5.46kg. Home tomorrow if weight maintained.",
            "14:00",
            "Discharge planning",
        ),
        R(
            "csc",
            "Discharge planning meeting on Kestrel Ward. Agreed discharge home tomorrow with "
            "HV visits twice weekly, dietitian review in 1 week, hub foodbank voucher.",
            "14:00",
            "Professionals meeting",
        ),
        R(
            "diet",
            "Discharge planning meeting - feed plan written for home (5 x 180ml).",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-28",
        "ward-discharge",
        R(
            "ward",
            "Discharged home with mother 12:30. Weight 5.50kg (+520g in 11 days).",
            "12:30",
            "Discharge",
        ),
        R(
            "csc",
            "Reuben discharged from Kestrel Ward to Juniper Court today, weight 5.50kg.",
            "15:00",
            "Hospital discharge",
        ),
    )
    f.occ(
        "2025-03-31",
        "hv-discharge-notice",
        R(
            "hv",
            "Contact type: Notification (ward discharge). Outcome: Kestrel ward discharge "
            "summary received; HV visit booked tomorrow.",
            "09:00",
            "Notification",
        ),
    )
    f.occ(
        "2025-04-02",
        "joint-hv-cpn",
        R(
            "hv",
            "Contact type: Joint home visit with perinatal CPN. Outcome: weight 5.58kg. Feeds "
            "made correctly (observed). Shannon's mood low but engaged.",
            "11:00",
            "Joint visit",
        ),
        R(
            "pmh",
            "Joint visit with HV at Juniper Court. PHQ-9 18. Offered MBU assessment; declined.",
            "11:00",
            "Joint visit",
        ),
    )
    f.occ(
        "2025-04-10",
        "legal-gateway",
        R(
            "csc",
            "Legal gateway (legal planning) meeting: threshold met for pre-proceedings (PLO). "
            "Letter before proceedings to be sent.",
            "11:00",
            "Legal planning meeting",
        ),
        R(
            "legal",
            "Legal gateway meeting - advice: threshold crossed (neglect, faltering growth). "
            "PLO recommended.",
            "",
            "Legal gateway",
            shift="swap",
        ),
    )
    f.occ(
        "2025-04-14",
        "lbp",
        R(
            "legal",
            "Letter before proceedings approved and issued to mother (copy to Connor "
            "Haskett), PLO meeting 24/04/25.",
            "",
            "LBP issued",
        ),
        R(
            "csc",
            "Letter before proceedings hand-delivered to Shannon at Juniper Court; explained "
            "her right to legal advice.",
            "16:00",
            "PLO letter",
        ),
    )
    f.occ(
        "2025-04-24",
        "plo-meeting",
        R(
            "csc",
            "PLO meeting at Civic Offices. Mother with solicitor, Connor attended. Agreement: "
            "feeding plan, PMH engagement, hub benefits advice, parenting assessment, review "
            "in 8 weeks.",
            "10:00",
            "PLO meeting",
        ),
        R(
            "legal",
            "PLO meeting attended. Written agreement signed. Review 24/06.",
            "10:00",
            "PLO meeting",
        ),
        R(
            "hv",
            "Contact type: PLO meeting. Outcome: pre-proceedings; HV weights twice weekly "
            "continue.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-04-29",
        "maisie-lac-review-3",
        R(
            "cic",
            "Maisie's LAC review (6 monthly). Long-term match approved at panel. Sibling "
            "contact with Reuben started at the hub - good.",
            "10:00",
            "LAC review",
        ),
    )
    f.occ(
        "2025-05-13",
        "rcpc-2",
        R(
            "csc",
            "RCPC. Weight 9th centile and rising. PLO running. CP plan continues (neglect).",
            "10:00",
            "RCPC",
        ),
        R(
            "hv",
            "Contact type: RCPC. Outcome: CP plan continues; weights now weekly.",
            "10:00",
            "Case conference",
        ),
        R(
            "pmh",
            "Review conference - reported mood improving, psychology started.",
            "10:00",
            "Meeting",
        ),
        R(
            "diet",
            "RCPC report sent and attended - weight gain on home feed plan.",
            "",
            "Meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2025-06-24",
        "plo-review",
        R(
            "csc",
            "PLO review meeting: good progress; parenting assessment positive. Pre-proceedings "
            "extended 8 weeks to see sustained change.",
            "10:00",
            "PLO review",
        ),
        R(
            "legal",
            "PLO review - extend to 19/08.",
            "10:00",
            "PLO review",
        ),
    )
    f.occ(
        "2025-06-25",
        "core-group-3",
        R(
            "csc",
            "Core group at the hub. Reuben weaning, weight 25th centile.",
            "13:30",
            "Core Group",
        ),
        R(
            "hv",
            "Contact type: Core group. Outcome: weaning going well.",
            "13:30",
            "Core group",
        ),
        R(
            "hub",
            "Core group held in our meeting room for Reuben.",
            "13:30",
            "Room booking",
        ),
    )
    f.occ(
        "2025-07-08",
        "paeds-clinic-2",
        R(
            "paeds",
            "Review clinic: wt 7.62kg (25th). Thriving. Discharged from paediatric follow-up "
            "to HV.",
            "09:30",
            "Clinic",
        ),
    )
    f.occ(
        "2025-08-19",
        "plo-exit",
        R(
            "csc",
            "PLO review meeting: pre-proceedings ended, not issuing. CP plan to be reviewed at "
            "RCPC in September with view to CIN.",
            "10:00",
            "PLO review",
        ),
        R(
            "legal",
            "PLO concluded - no proceedings. File closed.",
            "10:00",
            "PLO review",
        ),
    )

    # Routine single entries around the scripted occurrences.
    f.fill(
        "hv",
        "2024-12-18",
        "2025-01-10",
        [("Weight", "Contact type: Home visit (weekly weight). Outcome: 4.45kg, feeds 5 x 120.")],
    )
    f.fill(
        "hv",
        "2025-02-12",
        "2025-03-12",
        [("Weight", "Contact type: Clinic weight. Outcome: 4.95kg, static; advice given.")],
    )
    f.fill(
        "hv",
        "2025-04-03",
        "2025-06-20",
        [("Weight", "Contact type: Home visit. Outcome: 6.1kg, tracking up; mum brighter.")],
    )
    f.fill(
        "hv",
        "2025-07-09",
        "2025-08-15",
        [("Weight", "Contact type: Clinic weight. Outcome: 7.8kg. Weaning advice.")],
    )
    f.fill(
        "csc",
        "2024-10-17",
        "2025-08-15",
        [
            ("Home visit", "Statutory CP visit: Reuben seen awake, formula tin checked."),
            ("Home visit", "CP visit: Reuben seen in his bouncer; fridge and formula checked."),
        ],
    )
    f.fill(
        "csc",
        "2025-01-06",
        "2025-03-12",
        [("Supervision", "Supervision: consider legal gateway if weight falls again.")],
    )
    f.fill(
        "cic",
        "2024-05-01",
        "2025-08-15",
        [
            ("Contact", "Supervised contact Maisie/mother at contact centre: warm, went well."),
            ("Statutory visit", "Statutory visit to Maisie at the Aldous home. Settled."),
        ],
    )
    f.fill(
        "pmh",
        "2024-06-05",
        "2024-08-16",
        [("Psychiatry", "Perinatal psychiatrist review: mood, sleep; medication options.")],
    )
    f.fill(
        "pmh",
        "2024-09-04",
        "2025-08-15",
        [("Visit", "CPN home visit. Mood 5/10. Taking sertraline daily.")],
    )
    f.fill(
        "hub",
        "2025-04-01",
        "2025-08-15",
        [("Attendance", "Shannon at benefits advice drop-in; foodbank voucher issued.")],
    )
    f.fill(
        "diet",
        "2025-04-03",
        "2025-07-31",
        [("Outpatient", "Review: wt gain 35g/day. Starting weaning advice.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Family 3: the Ansell children, who move from Brindlecombe to Haverleigh during a child
# protection plan after domestic abuse by their stepfather.
# --------------------------------------------------------------------------------------------

CSC_B = "Brindlecombe Children's Social Care"
CSC_H = "Haverleigh Children's Social Care"
GP_B = "GP (Fernside Surgery, Brindlecombe)"
GP_H = "GP (Quarry Lane Medical Centre, Haverleigh)"
SCHOOL_B = "St Aidan's CE Primary School (Brindlecombe)"
SCHOOL_H = "Haverleigh Brook Primary School"
HOUSING = "Haverleigh Housing Options"
IDVA = "Domestic Abuse Service (IDVA)"


def _ansell() -> BlindCase:
    sheets = {
        "pol": Sheet(
            POLICE,
            "Eastmoor_Police_DA_chronology_Ansell.xlsx",
            "Occurrences",
            (("2024-09-01", "PC 3381 D. FAIRCLOUGH"), ("2025-01-01", "DC 2764 M. ROWNTREE")),
        ),
        "csc1": Sheet(
            CSC_B,
            "Brindlecombe_CSC_chronology_Ansell.xlsx",
            "Case chronology",
            (("2024-09-01", "Duty SW"), ("2024-10-08", "Beth Carrow (SW)")),
        ),
        "csc2": Sheet(
            CSC_H,
            "Haverleigh_CSC_chronology_Ansell.xlsx",
            "Chronology",
            (("2024-12-01", "Front Door"), ("2024-12-12", "Olu Adeyemi (SW)")),
        ),
        "gp1": Sheet(
            GP_B,
            "Fernside_Surgery_chronology.xlsx",
            "Ansell family",
            (("2024-09-01", "Dr H. Lomax"),),
        ),
        "gp2": Sheet(
            GP_H,
            "Quarry_Lane_MC_chronology.xlsx",
            "Sheet1",
            (("2024-12-01", "Dr P. Venn"),),
        ),
        "sch1": Sheet(
            SCHOOL_B,
            "St_Aidans_CPOMS_export.xlsx",
            "Export",
            (("2024-09-01", "Mrs C. Dunmore (DSL)"),),
            typed=False,
        ),
        "sch2": Sheet(
            SCHOOL_H,
            "Haverleigh_Brook_safeguarding.xlsx",
            "Safeguarding log",
            (("2024-12-01", "Mr G. Osei (DSL)"),),
            typed=False,
        ),
        "hsg": Sheet(
            HOUSING,
            "Haverleigh_Housing_Options_case_notes.xlsx",
            "Case notes",
            (("2024-11-01", "Sinead Parr, Housing Options Officer"),),
        ),
        "idva": Sheet(
            IDVA,
            "Harbourlight_IDVA_chronology.xlsx",
            "Kerry A",
            (("2024-10-01", "Jess Whitlock, IDVA"),),
        ),
        "hv": Sheet(
            HV,
            "Eastmoor_0-19_Service_HV.xlsx",
            "Mia Pettifer",
            (("2024-09-01", "Dawn Akers HV (Brindlecombe)"), ("2025-01-01", "Sue Kenning HV")),
        ),
        "amb": Sheet(
            AMBULANCE,
            "Eastmoor_Ambulance_incidents.xlsx",
            "PRF summary",
            (("2024-09-01", "EMAS crew"),),
        ),
        "ed": Sheet(
            ED,
            "Haverleigh_General_ED.xlsx",
            "ED attendances",
            (("2024-09-01", "HGH ED"),),
        ),
    }
    f = _Family("blind16-ansell", 1603, sheets, term_time=(SCHOOL_B, SCHOOL_H))

    # Brindlecombe, autumn 2024: disclosure, the incident, MARAC, the ICPC.
    f.occ(
        "2024-09-17",
        "hv-review",
        R(
            "hv",
            "Contact type: 2-2.5 year review (home), Mia. Outcome: ASQ within range. Mother "
            "disclosed partner Shaun checks her phone, controls money and 'loses it' when he "
            "drinks; no physical violence disclosed. Children Jayden (10) and Lacey (7) at "
            "school. Routine enquiry done; DA leaflet given discreetly.",
            "10:30",
            "Development review",
        ),
    )
    f.occ(
        "2024-09-18",
        "hv-consults-front-door",
        R(
            "hv",
            "Contact type: Telephone consultation (CSC front door). Outcome: advice - Early "
            "Help offer and IDVA self-referral details; re-refer if escalation.",
            "14:20",
            "Consultation",
        ),
        R(
            "csc1",
            "Professional consultation from HV (Dawn Akers) re coercive control by mother's "
            "partner Shaun Pettifer at 14 Foxglove Close, Brindlecombe QN7 3HD. No physical "
            "violence, children not directly harmed. Advice given: Early Help, IDVA details. "
            "NFA at front door.",
            "14:25",
            "Consultation",
            "Advice and information - NFA.",
        ),
    )
    f.occ(
        "2024-10-05",
        "da-incident-1",
        R(
            "pol",
            "LOG 2291 05/10/24. DOMESTIC - 14 FOXGLOVE CLOSE. CALLER KERRY ANSELL, PARTNER "
            "SHAUN PETTIFER DRUNK, PUNCHED HER TO FACE, THREW TV. 3 CHILDREN IN HOUSE (JAYDEN "
            "10, LACEY 7, MIA 2) - JAYDEN SAW ASSAULT. PETTIFER ARRESTED AT SCENE ABH. DASH "
            "HIGH (17). BWV ON.",
            "23:10",
            "Domestic incident",
            ref="CRI/24/77302",
        ),
    )
    f.occ(
        "2024-10-06",
        "bail-1",
        R(
            "pol",
            "PETTIFER INTERVIEWED - NO COMMENT. RELEASED ON PRE-CHARGE BAIL. CONDITIONS: NOT "
            "TO CONTACT KERRY ANSELL, NOT TO ENTER FOXGLOVE CLOSE.",
            "16:00",
            "Bail",
            ref="CRI/24/77302",
        ),
    )
    f.occ(
        "2024-10-07",
        "op-encompass-1",
        R(
            "pol",
            "OP ENCOMPASS NOTIFICATION MADE TO ST AIDANS KEY ADULT (MRS DUNMORE) 0745HRS RE "
            "JAYDEN AND LACEY ANSELL.",
            "07:45",
            "Op Encompass",
            ref="CRI/24/77302",
        ),
        R(
            "sch1",
            "Jayden ANSELL (Y6): Operation Encompass call from police 07:45 - DA at home "
            "Saturday night, Jayden witnessed. Class teacher told, soft start offered.",
            "07:45",
        ),
        R(
            "sch1",
            "Lacey ANSELL (Y3): Operation Encompass call from police 07:45 - DA at home "
            "Saturday night. Class teacher told; quiet at registration.",
            "07:45",
        ),
    )
    f.occ(
        "2024-10-07",
        "marac-referral",
        R(
            "pol",
            "MARAC REFERRAL SUBMITTED (DASH 17 - HIGH). IDVA REFERRAL SENT.",
            "11:30",
            "MARAC referral",
            ref="CRI/24/77302",
        ),
        R(
            "idva",
            "Referral received from Eastmoor Police via MARAC coordinator: DASH 17, ABH "
            "05/10. High risk. Allocated to me.",
            "",
            "Referral received",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-07",
        "ppn-1",
        R(
            "csc1",
            "Police notification (PPN) received: DA incident 05/10/24 at Foxglove Close, "
            "Shaun Pettifer arrested, children present, Jayden witnessed. Previous HV "
            "consultation 18/09 noted.",
            "13:10",
            "Police notification",
            "Passed to MASH.",
        ),
    )
    f.occ(
        "2024-10-08",
        "mash-decision",
        R(
            "csc1",
            "MASH decision: escalating DA, DASH high, child witnessed assault. Strategy "
            "discussion to be convened. Allocated Beth Carrow.",
            "15:00",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-10-08",
        "idva-no-answer",
        R(
            "idva",
            "Tried Kerry's mobile twice - no answer. Text sent (safe number agreed with police).",
            "16:40",
            "Call attempt",
        ),
    )
    f.occ(
        "2024-10-09",
        "idva-first-contact",
        R(
            "idva",
            "Kerry called me back. Safety plan done over phone: bail conditions explained, "
            "locks to be changed, 999 ring-back marker. She agreed to MARAC.",
            "10:05",
            "Telephone",
        ),
    )
    f.occ(
        "2024-10-10",
        "strat-1",
        R(
            "csc1",
            "Strategy discussion. Present: SW, TM, DC Rowntree (DA unit), Mrs Dunmore (DSL), "
            "HV Akers, Dr Lomax (by phone). Agreed S47 enquiry for all three children "
            "(emotional harm). Pettifer on bail conditions.",
            "11:00",
            "Strategy discussion",
            "S47 - single agency (CSC) with police info.",
        ),
        R(
            "pol",
            "STRATEGY MEETING - DC ROWNTREE ATTENDED. S47 SINGLE AGENCY. POLICE TO UPDATE RE "
            "CHARGING DECISION.",
            "11:00",
            "Strategy",
            ref="CRI/24/77302",
        ),
        R(
            "sch1",
            "Strat meeting this morning (Jayden and Lacey). I shared Jayden's disclosure to his "
            "teacher that he 'hid Mia under the duvet'.",
        ),
        R(
            "gp1",
            "Strategy discussion by phone - GP shared: Kerry attended 07/10 with bruised "
            "cheek, 'fell'. Children up to date with imms.",
            "11:00",
            "Strategy meeting",
            shift="+1",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion. Outcome: S47 agreed. HV to visit Mia this week.",
            "11:00",
            "Strategy",
        ),
    )
    f.occ(
        "2024-10-11",
        "sw-s47-visit",
        R(
            "csc1",
            "S47 home visit. Jayden and Lacey seen alone in their rooms; Mia seen. Jayden "
            "described Shaun 'smashing the telly' and hitting mum. Kerry says the relationship "
            "is over.",
            "16:00",
            "S47 visit",
        ),
    )
    f.occ(
        "2024-10-11",
        "hv-visit",
        R(
            "hv",
            "Contact type: Targeted home visit (Mia). Outcome: Mia well, clingy. Mother "
            "bruise L cheek healing. Safe sleep and safety plan discussed.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-24",
        "marac-1",
        R(
            "idva",
            "MARAC (Brindlecombe). Kerry's case heard - I represented her views. Actions: "
            "police marker on address, housing options to be explored, GP flag.",
            "09:30",
            "MARAC",
        ),
        R(
            "pol",
            "MARAC 24/10/24 - ANSELL/PETTIFER. ACTIONS: TREAT AS PRIORITY (MARKER), DA "
            "OFFICER TO REVIEW BAIL.",
            "09:30",
            "MARAC",
            ref="MARAC/B/24/311",
        ),
        R(
            "csc1",
            "MARAC held: case discussed. CSC actions: S47 to ICPC.",
            "09:30",
            "MARAC",
        ),
        R(
            "gp1",
            "MARAC: information shared. MARAC flag added to Kerry, Jayden, Lacey and Mia's "
            "records.",
            "",
            "MARAC",
        ),
    )
    f.occ(
        "2024-10-31",
        "icpc",
        R(
            "csc1",
            "Initial Child Protection Conference: Jayden, Lacey and Mia made subject to CP "
            "plans (category EMOTIONAL ABUSE). Pettifer invited - did not attend. Plan: "
            "Freedom Programme, IDVA, Pettifer not to return to the household, work with "
            "Jayden on his worries.",
            "13:00",
            "ICPC",
        ),
        R(
            "sch1",
            "Jayden: ICPC 1pm - CP plan (emotional abuse). I will be on the core group.",
        ),
        R(
            "sch1",
            "Lacey: ICPC 1pm - CP plan (emotional abuse).",
        ),
        R(
            "pol",
            "ICPC - DC ROWNTREE. CP PLANS FOR 3 CHILDREN.",
            "13:00",
            "Case conference",
            ref="CRI/24/77302",
        ),
        R(
            "idva",
            "Child protection conference for Kerry's children - attended, shared safety plan.",
            "13:00",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: ICPC. Outcome: CP plan for Mia and siblings; HV core group member.",
            "13:00",
            "ICPC",
        ),
    )
    f.occ(
        "2024-11-14",
        "cg-b-1",
        R(
            "csc1",
            "Core group 1. Kerry started Freedom Programme. Jayden seeing learning mentor. "
            "No contact from Pettifer reported.",
            "15:30",
            "Core Group",
        ),
        R(
            "sch1",
            "Core group meeting after school for Jayden, Lacey and Mia.",
        ),
        R(
            "idva",
            "Core group - Kerry more settled; still frightened of Shaun's family.",
            "15:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-23",
        "bail-breach",
        R(
            "pol",
            "LOG 0198 23/11/24. PETTIFER AT FOXGLOVE CLOSE IN BREACH OF BAIL, BANGING ON "
            "DOOR, KERRY AND CHILDREN INSIDE. ARRESTED AT SCENE FOR BREACH.",
            "02:15",
            "Domestic incident",
            ref="CRI/24/77302",
        ),
    )
    f.occ(
        "2024-11-23",
        "threats-incident",
        R(
            "pol",
            "LOG 1544 23/11/24. NEIGHBOUR REPORTS MALE SHOUTING THREATS OUTSIDE 14 FOXGLOVE "
            "CLOSE - IDENTIFIED AS LEE PETTIFER (BROTHER OF SHAUN). WORDS OF ADVICE, LEFT "
            "AREA. HARASSMENT CRIME RECORDED.",
            "19:40",
            "Domestic related",
            ref="CRI/24/86655",
        ),
    )
    f.occ(
        "2024-11-25",
        "ppn-2",
        R(
            "csc1",
            "Two PPNs received re 23/11 (Shaun's bail breach overnight, his brother's threats "
            "in the evening). SW visit today; Kerry wants to leave Brindlecombe.",
            "10:40",
            "Police notification",
        ),
    )
    f.occ(
        "2024-11-28",
        "idva-calls-housing",
        R(
            "idva",
            "Rang Haverleigh Housing Options to pre-warn of a DA homelessness application "
            "(cannot stay in Brindlecombe - perpetrator's family nearby). Appointment made "
            "for Monday.",
            "11:15",
            "Telephone",
        ),
        R(
            "hsg",
            "Call from Harbourlight IDVA: client fleeing DA in Brindlecombe with 3 children, "
            "wants to apply here (family support in Haverleigh). Appt Mon 02/12 10:00.",
            "11:20",
            "Telephone",
        ),
    )

    # The move to Haverleigh: temporary accommodation, the transfer, two GPs, two schools.
    f.occ(
        "2024-12-02",
        "homeless-application",
        R(
            "hsg",
            "Homelessness application taken (Part 7). Fleeing DA, priority need (dependent "
            "children). Interim duty accepted s188. Evidence: MARAC, police CRI/24/77302.",
            "10:00",
            "Homelessness application",
        ),
    )
    f.occ(
        "2024-12-02",
        "ta-placement-1",
        R(
            "hsg",
            "Placed in temporary accommodation: Room 4, Ashgrove House, 61 Tannery Road, "
            "Haverleigh QE1 5RW (family room, shared kitchen). Keys given 16:30.",
            "16:30",
            "TA placement",
        ),
        R(
            "csc1",
            "Family moved today to temporary accommodation in Haverleigh: Room 4, Ashgrove "
            "House, 61 Tannery Road. Transfer-in to Haverleigh CSC to be requested.",
            "17:10",
            "Change of address",
        ),
        R(
            "idva",
            "Kerry and the children moved into Ashgrove House (TA), Haverleigh, last night.",
            "",
            "Housing",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-04",
        "transfer-request",
        R(
            "csc1",
            "Transfer-in request emailed to Haverleigh Front Door: three children subject to "
            "CP plans (emotional abuse) since 31/10/24, family now resident in Haverleigh TA. "
            "Request transfer-in conference within 15 working days.",
            "12:00",
            "Transfer out",
        ),
        R(
            "csc2",
            "Transfer-in request received from Brindlecombe CSC for Jayden, Lacey and Mia "
            "Ansell/Pettifer (CP plans, DA). Family in Ashgrove House TA.",
            "",
            "Transfer in request",
            shift="+1",
        ),
    )
    f.occ(
        "2024-12-06",
        "front-door-screening",
        R(
            "csc2",
            "Front Door screening of Brindlecombe's transfer-in request: accepted. Allocated "
            "to CP Team East (Olu Adeyemi from 12/12). Transfer-in conference to be booked.",
            "14:30",
            "Screening decision",
        ),
    )
    f.occ(
        "2024-12-06",
        "mum-tells-old-school",
        R(
            "sch1",
            "Mum rang - family have moved to Haverleigh for their safety. Jayden and Lacey "
            "won't be back. Off roll when new school confirmed; CTF to follow.",
            "09:10",
        ),
    )
    f.occ(
        "2024-12-10",
        "records-sent-1",
        R(
            "csc1",
            "Case records sent to Haverleigh CSC via secure email: chronology, C&F "
            "assessment, S47 outcome, ICPC minutes, CP plan, core group notes.",
            "15:20",
            "Records transfer",
        ),
        R(
            "csc2",
            "Records received from Brindlecombe (secure email): chronology, assessment, S47, "
            "ICPC minutes, plan, CG notes.",
            "15:45",
            "Records received",
        ),
    )
    f.occ(
        "2024-12-16",
        "gp2-registration",
        R(
            "gp2",
            "New patient registration x4: Kerry Ansell, Jayden Ansell, Lacey Ansell, Mia "
            "Pettifer - address Ashgrove House TA, 61 Tannery Rd. Temporary resident -> "
            "permanent. Safeguarding: CP plans (social worker in Haverleigh).",
            "",
            "Registration",
        ),
        R(
            "gp2",
            "New patient registration x4: Kerry, Jayden, Lacey Ansell and Mia Pettifer, "
            "Ashgrove House TA. Safeguarding: CP plans.",
            "",
            "Registration",
        ),
    )
    f.occ(
        "2024-12-19",
        "transfer-in-conference",
        R(
            "csc2",
            "Transfer-in Child Protection Conference (Haverleigh). Jayden, Lacey and Mia "
            "remain subject to CP plans (emotional abuse). Case responsibility transferred "
            "to Haverleigh from today. New core group named.",
            "10:00",
            "Transfer-in conference",
        ),
        R(
            "csc1",
            "Attended Haverleigh's transfer-in conference. CP plans continued by Haverleigh; "
            "case closed to Brindlecombe following transfer.",
            "10:00",
            "Transfer conference",
            "Case closed - transferred.",
        ),
        R(
            "pol",
            "TRANSFER IN CP CONFERENCE (HAVERLEIGH) - DC ROWNTREE. PLANS CONTINUE.",
            "10:00",
            "Case conference",
            ref="CRI/24/77302",
        ),
        R(
            "idva",
            "Transfer in CPC at Haverleigh Civic Centre. I stay involved (Harbourlight covers "
            "both areas).",
            "",
            "Meeting",
        ),
        R(
            "hsg",
            "Attended the child protection conference for the Ansell children - gave TA update.",
            "10:00",
            "Multi-agency meeting",
            shift="month",
        ),
        R(
            "sch2",
            "I attended the transfer-in conference for Jayden and Lacey, who start with us on "
            "6 January.",
        ),
    )
    f.occ(
        "2024-12-23",
        "gp1-deduction",
        R(
            "gp1",
            "Patients deducted: registered with another practice (Quarry Lane MC, "
            "Haverleigh). Records sent GP2GP, paper notes to PCSE.",
            "",
            "Deduction",
        ),
    )
    f.occ(
        "2025-01-06",
        "start-new-school",
        R("sch2", "Jayden ANSELL started Year 6 today. CP file awaited from St Aidan's."),
        R("sch2", "Lacey ANSELL started Year 3 today. Buddy assigned."),
        R(
            "csc2",
            "Jayden and Lacey started at Haverleigh Brook Primary today.",
            "",
            "School",
        ),
    )
    f.occ(
        "2025-01-07",
        "cp-files-sent",
        R(
            "sch1",
            "CP files for Jayden and Lacey sent to Haverleigh Brook DSL by secure transfer; "
            "receipt requested. Off roll.",
            "11:00",
        ),
        R(
            "sch2",
            "Received both children's CP files from St Aidan's (secure transfer) - read "
            "and signed.",
            shift="+1",
        ),
    )
    f.occ(
        "2025-01-09",
        "cg-h-1",
        R(
            "csc2",
            "First Haverleigh core group at Ashgrove House. Plan updated: school, GP, HV "
            "transferred; IDVA continues; housing to seek self-contained TA.",
            "13:30",
            "Core group",
        ),
        R("sch2", "CG at Ashgrove House at 1.30."),
        R(
            "hv",
            "Contact type: Core group (Haverleigh). Outcome: Mia transferred to Haverleigh HV "
            "team.",
            "13:30",
            "Core group",
            shift="swap",
        ),
        R(
            "idva",
            "Core group - first one with the Haverleigh SW.",
            "13:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-01-14",
        "records-request-2",
        R(
            "csc2",
            "Email to Brindlecombe CSC requesting the 2021 assessment (previous partner) and "
            "police disclosures not included in the first records transfer.",
            "10:15",
            "Information request",
        ),
        R(
            "csc1",
            "Request received from Haverleigh for further records (2021 C&F assessment, "
            "police disclosures).",
            "10:40",
            "Information request",
        ),
    )
    f.occ(
        "2025-01-16",
        "records-sent-2",
        R(
            "csc1",
            "Further records sent to Haverleigh by secure email: 2021 assessment, police "
            "disclosures.",
            "14:00",
            "Records transfer",
        ),
        R(
            "csc2",
            "Second batch of records received from Brindlecombe (2021 assessment, police "
            "disclosures). Added to file.",
            "",
            "Records received",
            shift="+1",
        ),
    )
    f.occ(
        "2025-02-04",
        "jayden-mentor",
        R(
            "sch2",
            "Jayden: 1:1 with learning mentor (10:00). Worried Shaun will 'find us'.",
            "10:00",
        ),
    )
    f.occ(
        "2025-02-04",
        "lacey-elsa",
        R(
            "sch2",
            "Lacey: ELSA session (10:30), feelings thermometer. Happy at school, misses her "
            "old friends.",
            "10:30",
        ),
    )
    f.occ(
        "2025-02-13",
        "cg-h-2",
        R(
            "csc2",
            "Core group. Kerry at week 6 of the Freedom Programme. Police awaiting the CPS "
            "charging decision on the October ABH. Housing bid for self-contained TA.",
            "13:30",
            "Core group",
        ),
        R("sch2", "Core group (Jayden and Lacey) - attendance 97%/95%."),
        R(
            "hsg",
            "Core group - TA review, family on the list for self-contained unit.",
            "13:30",
            "Meeting",
            shift="+2",
        ),
    )
    f.occ(
        "2025-03-13",
        "rcpc-1",
        R(
            "csc2",
            "Review Child Protection Conference (Haverleigh). CP plans continue (emotional "
            "abuse): Pettifer's case with CPS, family still in TA.",
            "10:00",
            "RCPC",
        ),
        R("sch2", "Jayden: RCPC - plan continues."),
        R("sch2", "Lacey: RCPC - plan continues."),
        R(
            "idva",
            "RCPC - attended with Kerry.",
            "",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: RCPC. Outcome: CP plan continues for Mia.",
            "10:00",
            "RCPC",
        ),
    )

    # March 2025: Pettifer finds the family; the assault; the second TA.
    f.occ(
        "2025-03-15",
        "assault-ashgrove",
        R(
            "pol",
            "LOG 1702 15/03/25. ASSAULT OUTSIDE ASHGROVE HOUSE, 61 TANNERY RD HAVERLEIGH. "
            "SHAUN PETTIFER LOCATED FAMILY, PUNCHED KERRY ANSELL, PUSHED CHILD JAYDEN (10) "
            "WHO STRUCK HEAD ON RAILINGS. SUSPECT MADE OFF IN VEHICLE. AMBULANCE ATTENDED.",
            "17:50",
            "Assault",
            ref="CRI/25/20417",
        ),
        R(
            "amb",
            "Cat 3. Assault. Male 10yrs, head lac ~3cm occipital, no LOC, GCS 15. Mother "
            "(assaulted, facial swelling) declined conveyance. Police on scene. Child "
            "conveyed to HGH ED with mother.",
            "17:58",
            "Assault",
            ref="EAS-25-334019",
        ),
    )
    f.occ(
        "2025-03-15",
        "ed-jayden",
        R(
            "ed",
            "Triage 18:40. 10M BIBA, HI after push by mother's ex-partner. Lac occiput 3cm. "
            "GCS 15, no vomiting. Cat 3. Police aware. Child on CP plan (Haverleigh).",
            "18:40",
            "Triage",
        ),
        R(
            "ed",
            "Seen ENP: wound cleaned, glued. NICE HI criteria - no CT. Head injury advice. "
            "Safeguarding referral form to Haverleigh CSC. D/C home with mother 20:15.",
            "20:15",
            "Discharge",
        ),
    )
    f.occ(
        "2025-03-16",
        "edt-notified",
        R(
            "csc2",
            "EDT: police notification of yesterday evening's assault at Ashgrove House. "
            "Kerry and children moved to her sister's overnight. Pettifer outstanding. Day "
            "team to convene strategy.",
            "09:00",
            "EDT",
        ),
    )
    f.occ(
        "2025-03-16",
        "pettifer-arrest-2",
        R(
            "pol",
            "PETTIFER ARRESTED 0930HRS AT HIS MOTHER'S ADDRESS, BRINDLECOMBE - ASSAULT "
            "(KERRY ANSELL), ASSAULT ON CHILD (JAYDEN), BREACH OF BAIL.",
            "09:30",
            "Arrest",
            ref="CRI/25/20417",
        ),
    )
    f.occ(
        "2025-03-17",
        "op-encompass-2",
        R(
            "pol",
            "OP ENCOMPASS - HAVERLEIGH BROOK PRIMARY NOTIFIED 0750 (JAYDEN, LACEY).",
            "07:50",
            "Op Encompass",
            ref="CRI/25/20417",
        ),
        R(
            "sch2",
            "Jayden: Op Encompass call at 7.50 - assault outside Ashgrove House Sat, Jayden "
            "hurt (head, glued). Seen on arrival, he is OK.",
            "07:50",
        ),
        R(
            "sch2",
            "Lacey: Op Encompass call at 7.50 re Saturday. Lacey was inside with Mia, did "
            "not see it.",
            "07:50",
        ),
    )
    f.occ(
        "2025-03-17",
        "strat-h",
        R(
            "csc2",
            "Strategy discussion: police, school, housing, IDVA, HV. Pettifer in custody. "
            "Agreed S47 (Jayden - physical injury), emergency move to a different TA today or "
            "tomorrow, MARAC repeat referral.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRATEGY DISCUSSION (HAVERLEIGH CSC) - DC ROWNTREE. SUSPECT IN CUSTODY, "
            "REMAND TO BE SOUGHT.",
            "10:00",
            "Strategy",
            ref="CRI/25/20417",
        ),
        R(
            "sch2",
            "Strat discussion at 10 by Teams - I attended for school.",
        ),
        R(
            "hsg",
            "Strategy meeting: management move to alternative TA agreed, address not to be "
            "shared beyond core agencies.",
            "10:00",
            "Multi-agency meeting",
        ),
        R(
            "idva",
            "Strategy discussion - repeat MARAC referral made by me.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-17",
        "pettifer-charged",
        R(
            "pol",
            "PETTIFER CHARGED: ASSAULT BY BEATING (ANSELL), ASSAULT ON CHILD (S39 - JAYDEN), "
            "ABH 05/10/24. REMANDED IN CUSTODY TO HAVERLEIGH MAGS 18/03.",
            "16:30",
            "Charge",
            ref="CRI/25/20417",
        ),
        R(
            "idva",
            "DC Rowntree confirmed Shaun has been charged today and remanded. Told Kerry.",
            "17:05",
            "Update",
        ),
    )
    f.occ(
        "2025-03-18",
        "ta-placement-2",
        R(
            "hsg",
            "Management move: family moved to self-contained TA Flat 2, 9 Millrace Yard, "
            "Haverleigh QE3 8BN. Ashgrove House room released.",
            "15:00",
            "TA placement",
        ),
        R(
            "csc2",
            "Family moved yesterday to Flat 2, 9 Millrace Yard (TA) following the assault. "
            "Address restricted.",
            "",
            "Change of address",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-19",
        "gp2-ed-letter",
        R(
            "gp2",
            "Letter filed: HGH ED 15/03/25 - Jayden, scalp laceration glued after assault; "
            "safeguarding referral made by ED.",
            "",
            "Letter filed",
        ),
    )
    f.occ(
        "2025-04-03",
        "marac-2",
        R(
            "idva",
            "Repeat MARAC (Haverleigh). Perpetrator remanded. Actions: sanctuary scheme for "
            "Millrace Yard, flag on new address.",
            "09:30",
            "MARAC",
        ),
        R(
            "pol",
            "MARAC (HAVERLEIGH) REPEAT - ANSELL. ACTIONS: ADDRESS MARKER MILLRACE YD.",
            "09:30",
            "MARAC",
            ref="MARAC/H/25/087",
        ),
        R(
            "csc2",
            "Repeat MARAC - case heard, actions for CSC: none new.",
            "09:30",
            "MARAC",
        ),
        R(
            "hsg",
            "MARAC - sanctuary scheme referral agreed for Millrace Yard.",
            "",
            "MARAC",
            shift="-1",
        ),
    )
    f.occ(
        "2025-05-23",
        "sentence",
        R(
            "pol",
            "PETTIFER SENTENCED HAVERLEIGH CROWN COURT: 16 MONTHS IMPRISONMENT. RESTRAINING "
            "ORDER (KERRY ANSELL AND CHILDREN) INDEFINITE.",
            "14:00",
            "Court result",
            ref="CRI/25/20417",
        ),
        R(
            "idva",
            "Crown Court today - Shaun got 16 months and an indefinite restraining order. I "
            "was with Kerry.",
            "14:00",
            "Court",
        ),
        R(
            "csc2",
            "Court outcome: Shaun Pettifer sentenced to 16 months custody, restraining order "
            "protecting Kerry and the children.",
            "",
            "Court outcome",
            shift="late",
        ),
    )
    f.occ(
        "2025-06-12",
        "rcpc-2",
        R(
            "csc2",
            "RCPC: CP plans ended for Jayden, Lacey and Mia. Pettifer in custody, restraining "
            "order in place, Kerry has completed Freedom Programme. Step down to CIN.",
            "10:00",
            "RCPC",
            "CP plans ended - CIN.",
        ),
        R(
            "sch2",
            "Review conference - both children stepped down to Child in Need.",
        ),
        R(
            "idva",
            "RCPC - CP plans ended. I will close once housing settled.",
            "10:00",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: RCPC. Outcome: CP plan ended; Mia to universal plus.",
            "10:00",
            "RCPC",
        ),
    )
    f.occ(
        "2025-07-10",
        "cin-1",
        R(
            "csc2",
            "CIN meeting at Millrace Yard. Permanent offer made at Weavers Row.",
            "13:30",
            "CIN meeting",
        ),
        R("sch2", "CIN meeting (Jayden, Lacey) - Jayden's transition to secondary discussed."),
    )
    f.occ(
        "2025-08-11",
        "permanent-move",
        R(
            "hsg",
            "Tenancy signed: 22 Weavers Row, Haverleigh QE2 4TJ (3 bed). TA at Millrace Yard "
            "ended. Main housing duty discharged.",
            "11:00",
            "Tenancy start",
        ),
        R(
            "csc2",
            "Family moved into their permanent council house, 22 Weavers Row, yesterday.",
            "",
            "Change of address",
            shift="late",
        ),
    )
    f.occ(
        "2025-10-09",
        "cin-close",
        R(
            "csc2",
            "Final CIN meeting: case to close. Kerry settled at Weavers Row; Jayden started at "
            "secondary school, Lacey Year 4.",
            "13:30",
            "CIN review",
        ),
        R("sch2", "Last CIN meeting for Lacey (Jayden now at secondary)."),
        R(
            "idva",
            "CIN closing meeting - I closed Kerry's case to the IDVA service today.",
            "13:30",
            "Meeting",
        ),
    )

    # Routine single entries around the scripted occurrences.
    f.fill(
        "sch1",
        "2024-09-05",
        "2024-12-05",
        [
            ("", "Jayden: upset in class, said he did not sleep. Check-in with learning mentor."),
            ("", "Lacey: no PE kit again, spare given. Mum reminded."),
        ],
    )
    f.fill(
        "sch2",
        "2025-01-08",
        "2025-10-08",
        [
            ("", "Jayden: detention for refusing work; talked it through, he was tired."),
            ("", "Lacey: lovely star-of-the-week assembly, Mum came."),
        ],
    )
    f.fill(
        "idva",
        "2024-10-10",
        "2025-10-08",
        [
            ("Telephone", "Weekly safety check call with Kerry. No contact from Shaun."),
            ("Telephone", "Check-in: Kerry sleeping better; Freedom Programme going well."),
        ],
    )
    f.fill(
        "csc1",
        "2024-10-12",
        "2024-11-29",
        [("Home visit", "CP visit: all three children seen. Locks changed. Kerry coping.")],
    )
    f.fill(
        "csc2",
        "2024-12-20",
        "2025-06-10",
        [
            ("Home visit", "Statutory CP visit at the TA. Children seen; room cramped but clean."),
        ],
    )
    f.fill(
        "hsg",
        "2024-12-03",
        "2025-03-12",
        [("TA visit", "TA inspection: room clean, cot for Mia provided, rent paid (HB).")],
    )
    f.fill(
        "hv",
        "2025-01-10",
        "2025-09-30",
        [("Home visit", "Contact type: Home visit (Mia). Outcome: talking more, potty training.")],
    )
    f.fill(
        "gp2",
        "2025-01-08",
        "2025-09-30",
        [
            (
                "Consultation",
                "S: Kerry, low mood, poor sleep since the move. O: PHQ-9 12. A: "
                "adjustment reaction. P: talking therapies self-referral.",
            ),
        ],
    )
    return f.case()


def blind_dedup_cases_16() -> list[BlindCase]:
    """The sixteenth blind set's families, in the order they were written."""
    return [_renwick(), _dearlove(), _ansell()]


if __name__ == "__main__":
    summary(blind_dedup_cases_16)
