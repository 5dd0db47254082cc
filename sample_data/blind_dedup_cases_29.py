"""The twenty-ninth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 119-129 chronology rows from eleven or twelve services'
sheets over thirteen to fifteen months, unlike each other: a seventeen-year-old girl at risk of
forced marriage (a disclosure to her sixth-form college, the Forced Marriage Unit, strategy
discussions, a forced marriage protection order made without notice and continued on notice, her
passport surrendered, a port alert, a refuge placement, an overdose, her father's and brother's
arrests, her father's conviction for breach, a stop at an airport the next summer on a second
passport, the father's second arrest and a varied order); an eleven-year-old boy privately
fostered by a family friend from church while his mother lives abroad (a late private fostering
notification by his primary school, a GP registration, an overstayed visitor visa and a law
centre's application for leave to remain, the private fostering assessment and visits, the
carer's stroke found by the boy, police protection, an emergency foster placement, looked-after
reviews, the move to secondary school, the return to the carer); a two-year-old who dies in a
house fire while both parents are out (earlier reports of the children left alone, a child and
family assessment, a strategy discussion and a child in need plan, a burn seen in the emergency
department on consecutive days, the fire attended by fire, police and ambulance, the death in the
emergency department, a joint agency response with the rapid response paediatrician, both
parents' arrests and later charges, the sister's placement with her grandmother, the post mortem,
the inquest opened and adjourned, the rapid review). Written blind: composed from the domain
brief, the `Event` schema, the shared case kit (`dedup_case_kit`) and the seventh blind set's
module docstring and constants (read for format only; none of its families, wordings or places
reused), without reading the duplicate rules, their settings, the linkage model, any result or
any other labelled set's families, and without running the merge on these cases. Kept apart from
tuning: measure on them blind first.

The services write very differently: police logs in capitals with log, CAD, custody, crime and
URN numbers; long social care narrative (MASH, EDT, private fostering and leaving care workers);
health "Contact type: ... Outcome: ..." templates (CAMHS, school nursing, health visiting); GP
"S: O: A: P:" notes and letters filed; a sixth-form college's, a primary school's and an infant
school's safeguarding logs in the first person with no event-type column, and a secondary
school's CPOMS-style export with a category; emergency department notes in clinical shorthand
(Cat 2, r/v, NAD, COHb, NIHSS, ROSC, d/c); first-person notes by an honour-based abuse
caseworker, a refuge keyworker, an immigration adviser and a rapid response paediatrician; fire
service incident and investigation logs; a coroner's office; a fostering service's supervising
social worker; minutes pasted into another service's return under its own preface; dates and
times written inside the text ("sent last night", "on Friday night", "yesterday"). Some sheets
give times and some do not.

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, a day out, or only the month given), or a call, email, referral, letter,
notification or life event was logged by the receiving service on the next day.

How the rows were labelled (applied throughout):

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
- Decision for this set: an order made at a hearing is part of that hearing's occurrence (the
  local authority's lawyer, social care and police noting "FMPO granted" that day all record the
  one hearing); serving the order later, the police's email confirming the passport was
  surrendered, the surrender itself and the lawyer's phone call telling the Forced Marriage Unit
  the order was made are each separate occurrences. A later hearing that continues or varies the
  order is another.
- Decision for this set: a port alert requested by police and placed by Border Force is the two
  ends of one request (one occurrence). A stop at an airport attended by Border Force and police
  together is one occurrence; the arrest that follows is another, and Border Force's row noting
  that arrest is a record of the arrest.
- Decision for this set: one email sent to two services (the mother's consent letter to the
  social worker and the law centre; the MASH's request to the health visitor and the school) or
  one notification sent to several (the child death notification to health visiting, the school
  and the GP, the GP logging it the next day) is one occurrence with the sender's record.
- Decision for this set: police protection taken is a change of legal status: the police log and
  the emergency duty team's record of it are one occurrence; ending police protection with the
  child accommodated under section 20 is another. The police's row that they conveyed a child to
  a refuge or to carers records the placement start.
- Decision for this set: a call-out attended by fire, police and ambulance together is one
  occurrence, including the ambulance's one row per casualty and its row of the handover at the
  emergency department; each child's emergency department attendance is its own occurrence; the
  emergency department's row that resuscitation stopped and life was pronounced extinct records
  the death (with the police's and the paediatrician's records of it), apart from the
  resuscitation rows before it. The carer's stroke: the ambulance and police call-out, the
  emergency department attendance (two rows) and the stroke unit admission are three.
- Decision for this set: the refuge's row that the girl told staff of an overdose and that they
  called 999 records that incident; the emergency department attendance (three rows) and the
  refuge's later call to the emergency duty team are two more.
- Decision for this set: a service's row that someone was arrested, charged or sentenced that
  day, or that a court made a finding ("DC confirmed father arrested this morning", the honour
  based abuse caseworker's "Court today ... Her dad was found guilty"), is a record of that life
  event, whereas social care's "police notification received" about an incident is its own
  occurrence. A hearing at which both parents appear together is one occurrence, unlike their
  two arrests and their two charges on one day.
- Decision for this set: a visit at the college by the social worker and police, or a
  specialist worker's first session with the girl there, noted also by the college that hosted
  it, is one occurrence. A CP conference and a looked-after review are different meetings; the
  GP's report for a conference, the GP's email for a strategy discussion and the nursery's email
  for one are not the meeting.
- Decision for this set: a GP consultation, the referral letter written the next day and its
  receipt by CAMHS are two occurrences (the letter's two ends one); a GP's notice that the child
  became looked after, received three days later, is its own occurrence.
- Look-alikes kept apart: a referral and the MASH screening decision on it (the receiver logging
  the referral on the screening day); a college's call to social care and its call to the Forced
  Marriage Unit on one morning; a strategy discussion and the GP's or nursery's email of
  information for it; a joint visit and the social worker's email about it that evening; a
  without-notice hearing, the lawyer's call about it and the port alert that afternoon; a
  passport surrender and the email reporting it; a college's call to police and the officers'
  visit to the home that afternoon; a police notification received, the college's call, a
  strategy meeting, a call to a refuge and the refuge placement all on one day; the father's and
  the brother's arrests on one day; an arrest and the next day's charge; a refuge's record of an
  overdose, the emergency department attendance and the call to the emergency duty team; CAMHS's
  and the social worker's separate ward visits on one day; a hospital discharge summary to the
  GP; an airport stop, Border Force's call to the Forced Marriage Unit, the father's arrest and
  the return to the refuge on one day; a private fostering visit and the email to the school
  after it; two children's school nurse appointments half an hour apart; a call to the mother
  with no answer and her call back that afternoon; the assessment decision and the letter
  confirming it; the carer's call-out, her emergency department attendance, her stroke unit
  admission, police protection, the call for a placement and the placement start on one day;
  the adult social care assessment and the social worker's visit to the carer on one day; a
  Home Office decision and the adviser's email about it; a police incident and social care's
  receipt of the notification two days later; two agencies' separate home visits on one day;
  emergency department attendances on consecutive days and the notice of them to the health
  visitor; the GP's dressing review and the GP's letter the next day; the fire, the two
  children's emergency department attendances and the death on one night; the joint agency
  discussion, both parents' arrests, police protection, the fire investigation, the joint
  scene visit and the sister's discharge to her grandmother on the next day; the death
  notification and the strategy discussion on one day; the post mortem and the homeless
  application on one day; the two parents' charges an hour and a half apart.

Everything is invented: people, workers, schools, a college, surgeries, hospitals, wards, a
refuge, a law centre, an airport, towns, addresses, postcodes and reference numbers.
Deterministic: one fixed seed per case (it only places the routine entries and picks their
times), no set or hash ordering.

    python sample_data/blind_dedup_cases_29.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
COLLEGE = "Sixth Form College"
GP = "GP"
FMU = "Forced Marriage Unit"
REFUGE = "Refuge"
LEGAL = "Local Authority Legal Services"
BORDER = "Border Force"
HBA = "Honour-Based Abuse Service"
ED = "Emergency Department"
CAMHS = "CAMHS"
PRIMARY = "Primary School"
SECONDARY = "Secondary School"
SCHOOL_NURSE = "School Nursing"
IMMIGRATION = "Immigration Advice Service"
AMBULANCE = "Ambulance Service"
HOSPITAL = "Acute Hospital"
ASC = "Adult Social Care"
FOSTERING = "Fostering Service"
HV = "Health Visiting"
INFANT = "Infant School"
NURSERY = "Nursery"
FIRE = "Fire and Rescue Service"
JAR = "Child Death Rapid Response"
CORONER = "Coroner"
HOUSING = "Housing"

TERM_TIME_AGENCIES: tuple[str, ...] = (COLLEGE, PRIMARY, SECONDARY, SCHOOL_NURSE, INFANT)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Harrandi family, Wexmoor. Nazreen Harrandi (b. 14/06/2007) lives with her mother
# Sultana Harrandi (b. 1979), her father Tariq Harrandi (b. 1972) and her brother Imran Harrandi
# (b. 2001) at 63 Cobbler's Rise, Wexmoor WX4 9LD; registered at Orchard Vale Surgery; in Year
# 13 at Tenterfield Sixth Form College. A planned engagement abroad, a referral by the college,
# the Forced Marriage Unit, a forced marriage protection order made without notice and
# continued on notice, her passport surrendered, a port alert, a refuge placement at Linnet
# House, Harbridge, an overdose, the father's and brother's arrests, the father's conviction for
# breach, a stop at Hallendon Airport the next summer on a second passport, a second breach.
# --------------------------------------------------------------------------------------------


def _harrandi() -> BlindCase:
    f = Family(
        "harrandi",
        2901,
        {
            "pol": Sheet(
                POLICE,
                "Wexmoor_Constabulary_IMR_chronology.xlsx",
                "Chronology",
                (("2024-01-01", "DC 4471 Kerridge"), ("2025-06-01", "DS 2290 Ollerenshaw")),
            ),
            "csc": Sheet(
                CSC,
                "WMC_Childrens_Services_return.xlsx",
                "Case notes",
                (
                    ("2024-01-01", "Bethan Yarwood (SW)"),
                    ("2025-06-16", "Keiran Moxley (PA, Leaving Care)"),
                ),
            ),
            "col": Sheet(
                COLLEGE,
                "Tenterfield_SFC_safeguarding_log.docx",
                "Table 1",
                (("2024-01-01", "R. Achterberg (DSL)"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "Orchard_Vale_Surgery_chronology.xlsx",
                "Sheet1",
                (("2024-01-01", "Dr P Sarginson"),),
            ),
            "fmu": Sheet(
                FMU,
                "FMU_casework_extract.xlsx",
                "Case FMU-24-3318",
                (("2024-01-01", "Caseworker M. Delahaye"),),
            ),
            "ref": Sheet(
                REFUGE,
                "Linnet_House_keywork_notes.docx",
                "Table 1",
                (("2024-01-01", "Tasnim (keyworker)"),),
                typed=False,
            ),
            "leg": Sheet(
                LEGAL,
                "WMC_Legal_Services_chronology.xlsx",
                "Sheet1",
                (("2024-01-01", "Gwen Pardew, Solicitor"),),
            ),
            "bf": Sheet(
                BORDER,
                "BF_Hallendon_Airport_extract.xlsx",
                "Sheet1",
                (("2024-01-01", "HO Carrow"), ("2025-08-01", "HO Bickerstaff")),
            ),
            "hba": Sheet(
                HBA,
                "Kanta_Womens_Project_casework.xlsx",
                "Notes",
                (("2024-01-01", "Parveen Lodhi (HBA caseworker)"),),
                typed=False,
            ),
            "ed": Sheet(
                ED,
                "Harbridge_General_ED_notes.xlsx",
                "ED",
                (("2024-01-01", "ED staff"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "Wexmoor_CAMHS_return.xlsx",
                "Contacts",
                (("2024-01-01", "Jo Stallard, CAMHS practitioner"),),
            ),
        },
    )

    # --- September 2024: the disclosure and the referral -------------------------------------
    f.occ(
        "2024-09-10",
        "disclosure-to-tutor",
        R(
            "col",
            "Tutor (Mr Venn) brought Nazreen to me at lunch. She said her dad has booked flights "
            "for 14 December and she has been told she will be 'engaged properly' to a cousin "
            "while they are there. She was tearful, said she doesn't want it but 'there's no "
            "point saying no at home'. I have logged this as a forced marriage concern and told "
            "her I need to share it.",
            "12:50",
        ),
    )
    f.occ(
        "2024-09-11",
        "college-referral-to-csc",
        R(
            "col",
            "I phoned the Children's Services front door (spoke to duty SW) and followed up with "
            "the online referral form. Told them about the December flights and the engagement. "
            "Asked that nobody contacts home before speaking to N.",
            "09:20",
        ),
        R(
            "csc",
            "Contact received from Tenterfield Sixth Form College DSL (R Achterberg) by phone "
            "followed by web referral: Nazreen (17) disclosed to tutor that family intend to take "
            "her abroad in December to be engaged/married to a cousin. Nazreen does not consent. "
            "DSL requests no contact with parents at this stage. Passed to MASH.",
            "",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-11",
        "college-call-to-fmu",
        R(
            "col",
            "I rang the Forced Marriage Unit public helpline for advice. They said do not speak "
            "to the family, do not mediate, get a safe phone number for N and share with police "
            "and CSC. They opened a case.",
            "11:05",
        ),
        R(
            "fmu",
            "Incoming call, education professional (DSL, Tenterfield SFC, Wexmoor). Female 17 yrs "
            "at risk of FM overseas, travel booked 14/12/24. Advice given re one chance rule, no "
            "mediation. Case opened. Safe contact details to be obtained.",
            "11:08",
            "Call in - professional",
        ),
    )
    f.occ(
        "2024-09-12",
        "mash-screening",
        R(
            "csc",
            "MASH screening decision (Team Manager): RAG rating RED. Forced marriage risk, travel "
            "planned. Threshold for section 47 met. Strategy discussion to be convened urgently "
            "with police and college. Checks requested from health.",
            "14:30",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-09-13",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (virtual) chaired by TM Dyson. Present: SW B Yarwood, DC "
            "Kerridge (PPU), R Achterberg (college DSL), FMU caseworker by phone. GP information "
            "received by email. Agreed: s47 enquiries jointly with police; Nazreen to be seen at "
            "college on Monday without parents' knowledge; legal advice re a forced marriage "
            "protection order; port alert to be considered.",
            "10:00",
            "Strategy Discussion",
        ),
        R(
            "pol",
            "STRAT MEETING (TEAMS) RE NAZREEN HARRANDI 17YRS. FM CONCERNS. JOINT S47 AGREED. "
            "JOINT VISIT AT COLLEGE MON 16/09. CONSIDER FMPO / PORT ALERT. FLAGS ADDED TO "
            "ADDRESS 63 COBBLERS RISE.",
            "10:00",
            "Meeting",
            ref="LOG 0388 13/09/24",
        ),
        R(
            "col",
            "I joined the s47 strategy meeting on Teams. I gave what N told us on Tuesday and her "
            "attendance (96%). Plan is for police and SW to see her here on Monday.",
            "10:05",
        ),
        R(
            "fmu",
            "Caseworker dialled into multi-agency strategy call convened by Wexmoor CS. FMU advice "
            "given on FMPO and port alert. Travel details to be shared with FMU.",
            "10:00",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-09-13",
        "gp-info-email",
        R(
            "gp",
            "Email from Wexmoor Children's Services requesting information for a strategy "
            "discussion today. Summary of records sent by return (asthma, 2 consultations low "
            "mood 2023, nil else). Flag added to record.",
            "08:40",
            "Admin - information sharing",
        ),
    )
    f.occ(
        "2024-09-16",
        "joint-visit-college",
        R(
            "csc",
            "Joint visit with DC Kerridge to see Nazreen at college (wellbeing room). Nazreen "
            "repeated her account: flights booked for her, father and brother for 14/12; a "
            "cousin she has met twice; her mother 'agrees with whatever dad says'. Brother Imran "
            "checks her phone. She wants to finish her A levels and go to university. She does "
            "not want to leave home yet but wants the trip stopped. Safe number obtained.",
            "13:30",
            "Visit - S47",
        ),
        R(
            "pol",
            "JOINT VISIT WITH SW YARWOOD. NAZREEN SEEN AT TENTERFIELD SFC. ACCOUNT GIVEN OF "
            "PLANNED ENGAGEMENT ABROAD, NOT CONSENTING. NO OFFENCES DISCLOSED AT THIS TIME. "
            "SAFE WORD AGREED. DASH/HBA RISK: HIGH.",
            "13:30",
            "S47 joint visit",
            ref="LOG 0291 16/09/24",
        ),
        R(
            "col",
            "Police officer and social worker came in to see N in the wellbeing room after lunch. "
            "I sat in at N's request for the first part. N was calmer afterwards and went back to "
            "her Psychology lesson.",
            "13:25",
        ),
    )
    f.occ(
        "2024-09-16",
        "csc-email-fmu",
        R(
            "csc",
            "Email to FMU caseworker summarising today's visit and the travel dates (14/12/24, "
            "return not booked) so FMU can check with the overseas post.",
            "17:10",
            "Email",
        ),
        R(
            "fmu",
            "Email received from SW B Yarwood (Wexmoor CS) with outcome of visit and travel "
            "details. Actioned: consular colleagues informed.",
            "17:40",
            "Email in",
        ),
    )
    f.occ(
        "2024-09-18",
        "gp-consultation",
        R(
            "gp",
            "S: Attends alone. Not sleeping, headaches, 'stressed about family stuff'. Aware "
            "college and SW involved. O: Tearful, good eye contact, no SH, no SI. PHQ-9 16. A: "
            "Low mood, in context of safeguarding concerns (FM). P: Refer CAMHS. Safety netting. "
            "Not to discuss with family. Review 2/52.",
            "16:20",
            "Consultation",
        ),
    )
    f.occ(
        "2024-09-19",
        "gp-referral-camhs",
        R(
            "gp",
            "Referral letter to Wexmoor CAMHS (low mood, safeguarding context, FM risk, please do "
            "not send letters to home address - use college).",
            "",
            "Letter - referral",
        ),
        R(
            "camhs",
            "Contact type: Referral received (GP, Dr Sarginson). Outcome: Accepted; low mood "
            "with forced marriage risk. Correspondence via college only. Choice appt to be "
            "offered.",
            "",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-23",
        "legal-planning",
        R(
            "csc",
            "Legal gateway meeting with Gwen Pardew (Legal) and TM. Agreed to apply as a relevant "
            "third party for a forced marriage protection order without notice, with passport "
            "surrender and prohibition on removal from England and Wales.",
            "14:00",
            "Legal Planning",
        ),
        R(
            "leg",
            "Legal planning meeting with CSC (TM Dyson, SW Yarwood). Advice: grounds for FMPO "
            "application without notice under Part 4A FLA 1996. Instructions taken; draft "
            "application and statement to be filed 24/09.",
            "14:00",
            "Advice",
        ),
    )
    f.occ(
        "2024-09-25",
        "fmpo-without-notice",
        R(
            "leg",
            "Without notice hearing, Wexmoor Family Court before HHJ Ashworth-Penn. FMPO made "
            "protecting Nazreen Harrandi. Respondents Tariq Harrandi, Imran Harrandi, Sultana "
            "Harrandi. Passports of Nazreen to be surrendered to police within 48 hrs. Return "
            "date 09/10/2024.",
            "11:30",
            "Hearing",
        ),
        R(
            "csc",
            "Attended Family Court with Legal. Forced marriage protection order granted today "
            "without notice. Return hearing 9 October. Police to serve.",
            "",
            "Court",
        ),
        R(
            "pol",
            "FMPO GRANTED WEXMOOR FAMILY COURT - PROTECTED PERSON NAZREEN HARRANDI. POWER OF "
            "ARREST NOT ATTACHED (BREACH IS AN OFFENCE S63CA FLA). ORDER TO BE SERVED ON 3 "
            "RESPONDENTS.",
            "14:10",
            "Court order",
            ref="LOG 0517 25/09/24",
        ),
    )
    f.occ(
        "2024-09-25",
        "legal-call-fmu",
        R(
            "leg",
            "Telephone call to FMU (M Delahaye) to confirm FMPO made and provide copy by secure "
            "email.",
            "12:15",
            "Telephone",
        ),
        R(
            "fmu",
            "Call from LA solicitor: FMPO granted this morning, copy to follow by secure email.",
            "12:15",
            "Call in - professional",
        ),
    )
    f.occ(
        "2024-09-25",
        "port-alert",
        R(
            "pol",
            "PORT ALERT REQUESTED VIA NATIONAL PORTS - SUBJECT NAZREEN HARRANDI DOB 14/06/2007, "
            "FMPO IN FORCE. ALERT TO RUN TO 09/10/2025.",
            "15:45",
            "Port alert",
            ref="LOG 0549 25/09/24",
        ),
        R(
            "bf",
            "Alert received and placed on systems: female 17, subject of FMPO (Wexmoor), do not "
            "allow to depart UK, contact Wexmoor police / FMU on encounter.",
            "16:20",
            "Alert",
        ),
    )
    f.occ(
        "2024-09-26",
        "fmpo-served",
        R(
            "pol",
            "ATTENDED 63 COBBLERS RISE WITH SW. FMPO PERSONALLY SERVED ON TARIQ HARRANDI AND IMRAN "
            "HARRANDI. SULTANA HARRANDI SERVED VIA INTERPRETER (PUNJABI). FATHER STATES NO "
            "WEDDING PLANNED 'ONLY A HOLIDAY'. NAZREEN NOT PRESENT (AT COLLEGE).",
            "18:20",
            "Service of order",
            ref="LOG 0612 26/09/24",
        ),
        R(
            "csc",
            "Home visit with police to serve the FMPO. Mr Harrandi angry, said the family have "
            "been shamed. Mrs Harrandi quiet, interpreter used. Explained order and that we will "
            "keep meeting Nazreen. Nazreen at college at the time - rang her afterwards on safe "
            "number.",
            "18:15",
            "Home visit",
        ),
    )
    f.occ(
        "2024-09-27",
        "passport-surrendered",
        R(
            "pol",
            "FRONT COUNTER WEXMOOR: TARIQ HARRANDI SURRENDERED BRITISH PASSPORT OF NAZREEN "
            "HARRANDI IN COMPLIANCE WITH FMPO. RECEIPTED AND LODGED IN PROPERTY STORE.",
            "10:40",
            "Property",
            ref="PROP 24/7719",
        ),
    )
    f.occ(
        "2024-09-27",
        "police-email-passport",
        R(
            "csc",
            "Email from DC Kerridge: Nazreen's passport has been handed in at Wexmoor station this "
            "morning.",
            "12:02",
            "Email",
        ),
        R(
            "leg",
            "Email from police (copied to SW) confirming compliance: passport surrendered 27/09.",
            "12:02",
            "Correspondence",
        ),
    )

    # --- October 2024: conference, return hearing, support ---------------------------------
    f.occ(
        "2024-10-02",
        "hba-first-session",
        R(
            "hba",
            "First meeting with Nazreen at college (referred by SW). I explained my role and "
            "confidentiality. She talked about her brother going through her phone and her "
            "father saying the order 'changes nothing'. We did a safety plan and she saved my "
            "number under a friend's name.",
            "11:00",
        ),
        R(
            "col",
            "Parveen from Kanta Women's Project came in to meet N for the first time. Used my "
            "office. 1 hour.",
            "11:00",
        ),
    )
    f.occ(
        "2024-10-03",
        "gp-conference-report",
        R(
            "gp",
            "Report for initial child protection conference completed and sent to CP conference "
            "admin. Unable to attend - clinic.",
            "",
            "Admin - report",
        ),
    )
    f.occ(
        "2024-10-07",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference, chaired by Mrs L Okonjo (IRO). Nazreen attended "
            "the second half with Parveen Lodhi. Parents invited, did not attend. Decision: "
            "child protection plan, category emotional abuse. Core group date set 17/10.",
            "13:00",
            "ICPC",
        ),
        R(
            "pol",
            "ICPC ATTENDED BY DC KERRIDGE. SUBJECT MADE SUBJECT OF CP PLAN (EMOTIONAL). POLICE "
            "ACTIONS: FMPO COMPLIANCE, FLAG ON ADDRESS.",
            "13:00",
            "Conference",
            ref="LOG 0333 07/10/24",
        ),
        R(
            "col",
            "I went to the child protection conference at the Civic Centre (1pm). N is now on a "
            "CP plan (emotional harm). College actions: daily check-in with me, safe room, alert "
            "if absent by 9.30.",
            shift="swap",
        ),
        R(
            "camhs",
            "Contact type: Multi-agency meeting - ICPC (attended). Outcome: CP plan. CAMHS to "
            "offer choice appointment this month.",
            "13:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-09",
        "fmpo-return-hearing",
        R(
            "leg",
            "Return hearing (on notice), Wexmoor Family Court, HHJ Ashworth-Penn. Respondents "
            "attended; father and brother represented. No admissions. FMPO continued for 12 "
            "months to 08/10/2025; passport to remain with police.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Return hearing - FMPO extended for a year (until 8/10/25). Father's solicitor said he "
            "'has no intention of arranging any marriage'. Nazreen did not attend.",
            "",
            "Court",
        ),
        R(
            "pol",
            "FMPO RETURN HEARING: ORDER CONTINUED TO 08/10/2025. PNC/PND UPDATED.",
            "15:30",
            "Court order",
            ref="LOG 0498 09/10/24",
        ),
    )
    f.occ(
        "2024-10-17",
        "core-group-1",
        R(
            "csc",
            "Core group meeting at college. Plan reviewed: Nazreen attending well; says home is "
            "'tense but okay'. Father has not mentioned the trip since the order.",
            "15:30",
            "Core Group",
        ),
        R("col", "Core group here at 3.30 (SW, Parveen, me, N for part)."),
    )

    # --- November 2024: the crisis, the refuge, the arrests ---------------------------------
    f.occ(
        "2024-11-14",
        "core-group-2",
        R(
            "csc",
            "Core group 2. Nazreen reports father has started talking about a 'nikah at home' "
            "instead of abroad. Agreed to escalate to TM and consider further strategy "
            "discussion if anything more is said.",
            "15:45",
            "Core Group",
        ),
        R(
            "col",
            "Core group mtg yesterday after college - N mentioned talk of a ceremony at home. SW "
            "taking to her manager.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-20",
        "college-call-police",
        R(
            "col",
            "N not in by 9.30 (safety plan). Phone off. Mum's phone rang out. I called police on "
            "101 as per plan and gave the FMPO details.",
            "09:50",
        ),
        R(
            "pol",
            "CONCERN FOR WELFARE REPORTED BY COLLEGE DSL - 17YR FEMALE SUBJECT OF FMPO NOT ARRIVED "
            "AT COLLEGE, PHONE OFF. GRADED PRIORITY.",
            "09:52",
            "Concern for welfare",
            ref="CAD 2411-0311",
        ),
    )
    f.occ(
        "2024-11-20",
        "police-welfare-visit",
        R(
            "pol",
            "OFFICERS ATTENDED 63 COBBLERS RISE. NAZREEN SEEN, STATES SHE WAS UNWELL AND "
            "OVERSLEPT. FATHER PRESENT THROUGHOUT, NOT POSSIBLE TO SPEAK ALONE. NO OFFENCES. "
            "NOTIFICATION TO CSC.",
            "13:15",
            "Concern for welfare",
            ref="CAD 2411-0311",
        ),
    )
    f.occ(
        "2024-11-21",
        "police-notification-received",
        R(
            "csc",
            "Police notification (PPN) received re welfare check at home address yesterday: N "
            "seen with father present, said unwell.",
            "08:30",
            "Police Notification",
        ),
    )
    f.occ(
        "2024-11-21",
        "college-call-sw-disclosure",
        R(
            "col",
            "N came in at 8.45 and asked to see me. She said her phone was taken on Tuesday night, "
            "an imam is coming to the house on 30 November for the nikah with her cousin over "
            "video and her brother said she will 'do it or leave in a box'. I called her SW "
            "straight away.",
            "09:05",
        ),
        R(
            "csc",
            "Telephone call from College DSL: Nazreen disclosed nikah arranged at home 30/11 by "
            "video with cousin, threat to kill by brother, phone taken. SW to college. TM "
            "informed. Urgent strategy discussion.",
            "09:10",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-21",
        "strategy-2",
        R(
            "csc",
            "Strategy meeting (urgent) chaired by TM. Attendees: police (DC Kerridge), DSL, "
            "Parveen Lodhi (Kanta), FMU by phone. Decision: Nazreen does not want to return home; "
            "accommodate under s20 with her agreement; emergency refuge space; police to consider "
            "breach of FMPO / threats to kill.",
            "12:00",
            "Strategy Discussion",
        ),
        R(
            "pol",
            "STRATEGY MTG - FURTHER DISCLOSURE: THREAT TO KILL BY BROTHER, NIKAH PLANNED AT HOME. "
            "CRIME RECORDED. SUBJECT TO BE CONVEYED TO REFUGE TONIGHT.",
            "12:00",
            "Meeting",
            ref="CRIME 47/161104/24",
        ),
        R("col", "Strat meeting at 12 by phone from my office, N stayed with pastoral team."),
        R(
            "hba",
            "Multi-agency strategy call at noon. I said N had told me the same in a text last "
            "night. Agreed I would look for a refuge space out of area.",
            "12:00",
        ),
    )
    f.occ(
        "2024-11-21",
        "hba-call-refuge",
        R(
            "hba",
            "I rang Linnet House (Harbridge) - space for a 17 year old confirmed for tonight, "
            "SW to confirm funding.",
            "14:20",
        ),
        R(
            "ref",
            "Phone referral from Parveen at Kanta for a young woman, 17, fleeing forced marriage "
            "from Wexmoor. I agreed the space in Room 4 for tonight.",
            "14:25",
        ),
    )
    f.occ(
        "2024-11-21",
        "refuge-arrival",
        R(
            "ref",
            "N arrived 20.40 brought by police and her SW. Settled in Room 4. Went through house "
            "rules and safety (no location sharing, no photos outside).",
            "20:40",
        ),
        R(
            "csc",
            "Nazreen accommodated under section 20 with her agreement and placed at Linnet House "
            "refuge, Harbridge this evening. Conveyed by police. Parents not informed of "
            "location.",
            "20:40",
            "Placement start",
        ),
        R(
            "pol",
            "NAZREEN HARRANDI CONVEYED FROM COLLEGE TO SAFE ACCOMMODATION (LOCATION RESTRICTED). "
            "ARRIVED 2040.",
            "20:40",
            "Safeguarding",
            ref="LOG 0901 21/11/24",
        ),
    )
    f.occ(
        "2024-11-26",
        "father-at-college",
        R(
            "col",
            "Mr Harrandi came to reception at 12.10 shouting that we had 'hidden' his daughter "
            "and demanding to know where she is. Refused to leave. I called 999. Police came and "
            "he left with them.",
            "12:10",
        ),
        R(
            "pol",
            "CALL FROM TENTERFIELD SFC - MALE (FATHER OF FMPO PROTECTED PERSON) AT RECEPTION, "
            "SHOUTING, REFUSING TO LEAVE. OFFICERS ATTENDED 1225, MALE ESCORTED FROM PREMISES. "
            "POSSIBLE BREACH - ENQUIRIES.",
            "12:14",
            "Incident",
            ref="CAD 2611-0402",
        ),
    )
    f.occ(
        "2024-11-27",
        "police-notification-college-incident",
        R(
            "csc",
            "Police notification received: father attended college yesterday demanding to know "
            "Nazreen's whereabouts; removed by police.",
            "08:20",
            "Police Notification",
        ),
        R(
            "csc",
            "Police notification recieved: father attended college yesterday demanding to know "
            "Nazreen's whereabouts, removed by police.",
            "08:24",
            "Police Notification",
        ),
    )
    f.occ(
        "2024-11-27",
        "father-arrested",
        R(
            "pol",
            "TARIQ HARRANDI ARRESTED AT HOME ADDRESS 0705 ON SUSPICION OF BREACH OF FMPO (S63CA "
            "FLA 1996). CONVEYED WEXMOOR CUSTODY.",
            "07:05",
            "Arrest",
            ref="CUST WX/24/11873",
        ),
        R(
            "csc",
            "DC Kerridge confirmed Mr Tariq Harrandi arrested this morning at home for breach of "
            "the forced marriage protection order.",
            "10:30",
            "Update",
        ),
    )
    f.occ(
        "2024-11-27",
        "brother-arrested",
        R(
            "pol",
            "IMRAN HARRANDI ARRESTED AT WORK ADDRESS (UNIT 4 GANTRY WAY) 1130 ON SUSPICION OF "
            "THREATS TO KILL AND BREACH OF FMPO. CONVEYED WEXMOOR CUSTODY.",
            "11:30",
            "Arrest",
            ref="CUST WX/24/11881",
        ),
        R(
            "csc",
            "Brother Imran Harrandi also arrested today (threats to kill / breach FMPO), at his "
            "work.",
            "15:00",
            "Update",
        ),
    )
    f.occ(
        "2024-11-28",
        "father-charged",
        R(
            "pol",
            "TARIQ HARRANDI CHARGED - BREACH OF FORCED MARRIAGE PROTECTION ORDER. BAILED TO "
            "WEXMOOR MAGISTRATES 12/12/24, CONDITIONS NOT TO CONTACT NAZREEN OR ATTEND "
            "TENTERFIELD SFC.",
            "16:40",
            "Charge",
            ref="CUST WX/24/11873",
        ),
        R(
            "csc",
            "Father charged with breach of the FMPO, on bail with conditions (no contact, not to "
            "go to the college). First court 12 Dec.",
            "",
            "Update",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-17",
        "cla-review-1",
        R(
            "csc",
            "First looked after review (IRO L Okonjo) held at Linnet House. Nazreen settled, "
            "studying online, wants to go back to college in the new year. Care plan agreed; "
            "contact with mother by phone only, supervised, if N wants it.",
            "10:30",
            "CLA Review",
        ),
        R(
            "ref",
            "IRO's summary of N's review (held here in the lounge) pasted below for our file: "
            "'Looked After Review 17/12/24. Present: Nazreen, B Yarwood SW, P Lodhi (Kanta), "
            "Linnet House keyworker. Nazreen is settled and studying online. Care plan endorsed. "
            "Next review by 17/03/25.'",
            "",
        ),
    )

    # --- 2025: review conference, overdose, the trial -----------------------------------------
    f.occ(
        "2025-01-08",
        "rcpc",
        R(
            "csc",
            "Review Child Protection Conference. Nazreen is looked after and safe in refuge; "
            "risk now managed through the care plan and FMPO. Decision: child protection plan "
            "ended.",
            "10:00",
            "RCPC",
        ),
        R(
            "pol",
            "REVIEW CP CONFERENCE - PLAN DISCONTINUED, SUBJECT LAC. POLICE ACTIONS CONTINUE "
            "(FMPO, PORT ALERT).",
            "10:00",
            "Conference",
            ref="LOG 0219 08/01/25",
        ),
        R(
            "col",
            "RCPC by Teams - CP plan ended as N is in care now. I will stay in touch re work.",
        ),
    )
    f.occ(
        "2025-01-23",
        "overdose-at-refuge",
        R(
            "ref",
            "18.15 N came down and told me she had taken about 16 paracetamol an hour ago after "
            "her brother found her on Instagram and sent voice notes. I called 999; ambulance "
            "took her to Harbridge General at 18.50. I went with her.",
            "18:15",
        ),
    )
    f.occ(
        "2025-01-23",
        "ed-attendance",
        R(
            "ed",
            "Triage: 17F, intentional OD ~16 x 500mg paracetamol approx 17:15. Accompanied by "
            "refuge worker. Obs stable, GCS 15. Cat 2. 4hr level due 21:15.",
            "19:05",
            "Triage",
        ),
        R(
            "ed",
            "Dr review: Hx as triage, staggered? no - single ingestion. Stressor: threats from "
            "family (FM, FMPO in place, LAC). No prev OD. O/E NAD. Plan: 4hr paracetamol level, "
            "LFTs, safeguarding team aware, CAMHS liaison.",
            "20:35",
            "Medical review",
        ),
        R(
            "ed",
            "Level above treatment line - NAC started. Referred to paeds/medics for admission. "
            "Left ED to AMU bay 3.",
            "22:50",
            "Disposal",
        ),
    )
    f.occ(
        "2025-01-23",
        "refuge-call-edt",
        R(
            "ref",
            "Rang the Emergency Duty Team from A&E to tell them N is in hospital after an "
            "overdose. EDT worker will pass to her SW.",
            "21:10",
        ),
        R(
            "csc",
            "EDT: call from Linnet House worker - Nazreen at Harbridge General A&E after "
            "paracetamol overdose, being treated. Refuge worker staying with her. For SW in the "
            "morning.",
            "21:15",
            "EDT",
        ),
    )
    f.occ(
        "2025-01-24",
        "camhs-liaison-ward",
        R(
            "camhs",
            "Contact type: CAMHS liaison assessment on AMU (Harbridge General). Outcome: "
            "impulsive OD in context of family threats, no ongoing intent, safety plan agreed "
            "with N and refuge; follow-up 7 days.",
            "11:00",
            "Liaison",
        ),
    )
    f.occ(
        "2025-01-24",
        "sw-visit-ward",
        R(
            "csc",
            "Visited Nazreen on AMU after her overdose. She was sleepy and embarrassed, said the "
            "voice notes 'made me feel like I'd ruined everyone's life'. Police informed of the "
            "messages (possible breach by brother).",
            "15:30",
            "Visit",
        ),
    )
    f.occ(
        "2025-01-27",
        "gp-discharge-summary",
        R(
            "gp",
            "Discharge summary received from Harbridge General: paracetamol OD 23/01/25, NAC, "
            "discharged 25/01/25, CAMHS follow up. Filed, coded. Nazreen now living out of area "
            "(refuge).",
            "",
            "Letter in",
        ),
        R(
            "gp",
            "Discharge summary recieved from Harbridge General - paracetamol OD 23/01/25, NAC, "
            "d/c 25/01/25, CAMHS f/u. Filed.",
            "",
            "Letter in",
        ),
    )
    f.occ(
        "2025-02-24",
        "return-to-college-meeting",
        R(
            "col",
            "Return to college meeting in my office: N, SW, Parveen and me. N back from today, "
            "3 days a week, taxi from Harbridge, uses staff entrance. Photo removed from "
            "website.",
            "09:30",
        ),
        R(
            "csc",
            "Professionals' meeting at Tenterfield SFC to plan Nazreen's return to college "
            "(part-time, transport arranged, safety plan updated).",
            "09:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-10",
        "father-trial",
        R(
            "pol",
            "TRIAL WEXMOOR MAGISTRATES: TARIQ HARRANDI FOUND GUILTY BREACH FMPO. 12 MONTH "
            "COMMUNITY ORDER, 150 HRS UNPAID WORK, RESTRAINING ORDER (NAZREEN) 2 YRS.",
            "",
            "Court result",
            ref="URN 47WX0981224",
        ),
        R(
            "csc",
            "Father convicted at the Magistrates' Court yesterday; community order and "
            "restraining order. Nazreen gave evidence by live link.",
            "",
            "Update",
            shift="late",
        ),
        R(
            "hba",
            "Court today - I sat with N in the live link room. Her dad was found guilty. She "
            "cried afterwards but said she was glad she did it.",
            "",
            shift="swap",
        ),
    )
    f.occ(
        "2025-07-28",
        "leaves-refuge-home",
        R(
            "ref",
            "N left this morning - said she is going back to live with her mum at Cobbler's Rise "
            "because her dad has promised things are different. I gave her my number and the "
            "FMU number.",
            "10:00",
        ),
        R(
            "csc",
            "Nazreen has moved out of Linnet House back to the family home, 63 Cobbler's Rise. "
            "Informed PA by refuge. Pathway plan to be reviewed; risk discussed with manager.",
            "",
            "Change of address",
            shift="month",
        ),
    )
    f.occ(
        "2025-08-16",
        "airport-stop",
        R(
            "bf",
            "Hallendon Airport departures, flight HX412: alert match on passenger travelling on "
            "non-UK passport (name variant NAZREEN HARANDI). Passenger held before boarding, "
            "spoken to alone. Police attended 06:55.",
            "06:40",
            "Intervention",
        ),
        R(
            "pol",
            "HALLENDON AIRPORT: BORDER FORCE ALERT HIT - NAZREEN HARRANDI (FMPO) AT DEPARTURE GATE "
            "WITH FATHER, USING SECOND NATIONALITY PASSPORT. OFFICERS ATTENDED, SUBJECT SPOKEN "
            "TO ALONE, STATES SHE DID NOT KNOW SHE WAS STAYING ABROAD.",
            "06:55",
            "Incident",
            ref="CAD 1608-0057",
        ),
    )
    f.occ(
        "2025-08-16",
        "bf-call-fmu",
        R(
            "bf",
            "Rang FMU duty officer to advise of encounter and confirm FMPO terms.",
            "07:30",
            "Telephone",
        ),
        R(
            "fmu",
            "Out of hours: call from Border Force Hallendon - subject stopped at departure gate "
            "with father. Confirmed order and advised police arrest re breach.",
            "07:32",
            "Call in - professional",
        ),
    )
    f.occ(
        "2025-08-16",
        "father-arrested-airport",
        R(
            "pol",
            "TARIQ HARRANDI ARRESTED AT HALLENDON AIRPORT 0815 - BREACH OF FMPO (ATTEMPT TO REMOVE "
            "PROTECTED PERSON FROM UK) AND BREACH OF RESTRAINING ORDER.",
            "08:15",
            "Arrest",
            ref="CUST HL/25/03310",
        ),
        R(
            "bf",
            "Male companion (father, Tariq Harrandi) arrested by police at 08:15. Second passport "
            "(non-UK) of female seized and handed to police.",
            "08:15",
            "Outcome",
        ),
    )
    f.occ(
        "2025-08-16",
        "refuge-return",
        R(
            "ref",
            "N back with us - police brought her from Hallendon at 2pm. Same room. She was "
            "shaking and said she only found out at the airport that there was no return "
            "ticket.",
            "14:00",
        ),
        R(
            "pol",
            "NAZREEN CONVEYED TO REFUGE (PREVIOUS ADDRESS, LOCATION RESTRICTED). ARR 1400.",
            "14:00",
            "Safeguarding",
            ref="CAD 1608-0057",
        ),
    )
    f.occ(
        "2025-08-20",
        "fmpo-variation",
        R(
            "leg",
            "Urgent application, Wexmoor Family Court: FMPO varied to cover all passports and "
            "travel documents of any nationality; extended to 19/08/2027. Return date 03/09/25.",
            "14:00",
            "Hearing",
        ),
        R(
            "pol",
            "FMPO VARIED AND EXTENDED TO 19/08/2027 - ALL TRAVEL DOCUMENTS. PORT ALERT EXTENDED.",
            "16:10",
            "Court order",
            ref="LOG 0701 20/08/25",
        ),
        R(
            "hba",
            "Went with N to the family court in Wexmoor for the new order. It now covers any "
            "passport and lasts 2 years.",
            "",
        ),
    )
    f.occ(
        "2025-08-28",
        "marac",
        R(
            "pol",
            "MARAC - CASE HEARD (REFERRED BY PPU). ACTIONS: PORT ALERT EXTENDED, FLAG ON REFUGE, "
            "HBA CASEWORKER TO REMAIN.",
            "10:00",
            "MARAC",
            ref="MARAC 25/0288",
        ),
        R(
            "hba",
            "MARAC today, N's case heard. I am lead agency for her support.",
            "",
        ),
        R(
            "ref",
            "Marac this morning - I sent the refuge's update to the coordinator and dialled in.",
            "",
            shift="-1",
        ),
    )

    # --- routine entries ----------------------------------------------------------------------
    routine = [
        (
            "col",
            "2024-09-04",
            "2024-09-06",
            "",
            "Y13 enrolment confirmed for N: Psychology, Sociology, English Literature.",
        ),
        (
            "col",
            "2024-09-17",
            "2024-11-12",
            "",
            "Daily check-in with N (safety plan) - fine, nothing new.",
        ),
        (
            "col",
            "2025-03-03",
            "2025-06-20",
            "",
            "N in for her 3 days - taxi arrived late, no concerns.",
        ),
        (
            "col",
            "2025-05-12",
            "2025-06-20",
            "",
            "N sat her Psychology Paper 1 in the separate room.",
        ),
        (
            "gp",
            "2024-09-02",
            "2025-01-15",
            "Medication",
            "Repeat prescription issued: salbutamol inhaler.",
        ),
        (
            "gp",
            "2024-10-21",
            "2024-11-15",
            "Consultation",
            "S: review low mood. Says 'bit "
            "better', CAMHS seen her. O: calmer. A: improving. P: continue, r/v prn.",
        ),
        (
            "camhs",
            "2024-11-25",
            "2025-01-20",
            "DNA",
            "Contact type: Video session. Outcome: DNA - refuge says N asleep. Rebooked.",
        ),
        (
            "camhs",
            "2025-01-28",
            "2025-02-14",
            "Session",
            "Contact type: Post-OD follow-up "
            "(video). Outcome: no current intent, safety plan reviewed.",
        ),
        (
            "hba",
            "2024-11-25",
            "2025-07-20",
            "",
            "Weekly session with N - talked about boundaries with her mum on the phone.",
        ),
        (
            "hba",
            "2024-11-25",
            "2025-02-20",
            "",
            "Session by phone, N revising for mocks, no new contact from family.",
        ),
        ("hba", "2024-11-25", "2025-07-20", "", "Session at refuge, safety plan reviewed."),
        (
            "hba",
            "2025-08-29",
            "2025-10-31",
            "",
            "Session at Linnet House - N sleeping better, thinking about a place at uni next year.",
        ),
        (
            "ref",
            "2024-11-25",
            "2025-07-20",
            "",
            "Keywork session - budgeting, N did her own shopping for the first time.",
        ),
        (
            "ref",
            "2024-11-25",
            "2025-07-20",
            "",
            "N had supervised phone call with mum from the office - went ok.",
        ),
        (
            "ref",
            "2025-08-29",
            "2025-10-31",
            "",
            "Keywork - N applying for a studio flat through leaving care.",
        ),
        (
            "csc",
            "2024-10-01",
            "2025-06-13",
            "Supervision",
            "Case supervision with TM - plan reviewed, no change.",
        ),
        (
            "csc",
            "2024-11-25",
            "2025-07-20",
            "Visit",
            "Statutory visit to Nazreen at Linnet House, seen alone; settled.",
        ),
        (
            "csc",
            "2025-06-17",
            "2025-07-25",
            "Visit",
            "PA visit - pathway plan reviewed, N wants to study Psychology.",
        ),
        (
            "pol",
            "2025-02-03",
            "2025-05-30",
            "Review",
            "IMRAN HARRANDI - NFA THREATS TO KILL (INSUFFICIENT EVIDENCE). FMPO REMAINS IN FORCE.",
        ),
        (
            "leg",
            "2024-10-14",
            "2025-07-15",
            "File review",
            "File review - order in force, no applications pending.",
        ),
        (
            "bf",
            "2025-01-06",
            "2025-06-30",
            "Alert review",
            "Periodic review: alert for FMPO subject (Wexmoor) remains active.",
        ),
    ]
    untimed = {"col", "hba", "ref"}
    for sheet, start, end, kind, text in routine:
        f.fill(
            sheet, start, end, [(kind, text)], timed=sheet not in untimed, weekdays=sheet != "ref"
        )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: Samuel Adewuyi (b. 05/11/2013), privately fostered since June 2024 by a family friend
# from church, Mrs Abena Kwarteng (b. 1963), at 14 Fennick Walk, Marlhaven MH2 7QS, where her
# grandson Kojo Kwarteng (b. 2016) stays on weekdays; her son Kwame Kwarteng (b. 1990) lives
# nearby. Samuel's mother Folake Adewuyi lives abroad, in Oyelade. He came on a visitor visa
# that ran out in December 2024. Year 6 at Hollins Cross Primary, then Marlhaven Academy. A
# late private fostering notification by the school, a GP registration at Brookmantle Health
# Centre, immigration advice from Marlhaven Law Centre, the carer's stroke, police protection,
# an emergency foster placement with Mr and Mrs Pellegrin, looked-after reviews, a return home.
# --------------------------------------------------------------------------------------------


def _adewuyi() -> BlindCase:
    f = Family(
        "adewuyi",
        2902,
        {
            "pri": Sheet(
                PRIMARY,
                "Hollins_Cross_Primary_DSL_log.docx",
                "Table 1",
                (("2024-01-01", "Mrs A Threlfall (DSL)"),),
                typed=False,
            ),
            "sec": Sheet(
                SECONDARY,
                "Marlhaven_Academy_CPOMS_export.xlsx",
                "Export",
                (("2024-01-01", "Mr D Pennock (DSL)"),),
            ),
            "mash": Sheet(
                CSC,
                "Marlhaven_CSC_chronology.xlsx",
                "MASH and EDT",
                (
                    ("2024-01-01", "L Brannigan (MASH)"),
                    ("2025-06-01", "S Kowalczyk (EDT)"),
                    ("2025-09-01", "L Brannigan (MASH)"),
                ),
            ),
            "pf": Sheet(
                CSC,
                "Marlhaven_CSC_chronology.xlsx",
                "Private Fostering",
                (("2024-01-01", "Hannah Tremlett (SW)"),),
            ),
            "gp": Sheet(
                GP,
                "Brookmantle_HC_record_summary.xlsx",
                "Summary",
                (("2024-01-01", "Dr H Amberley"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "Marlhaven_0-19_School_Nursing.xlsx",
                "Sheet1",
                (("2024-01-01", "Sian Corless, SN"),),
            ),
            "imm": Sheet(
                IMMIGRATION,
                "MLC_immigration_casenotes.docx",
                "Table 1",
                (("2024-01-01", "Yusuf Kader (OISC adviser)"),),
                typed=False,
            ),
            "amb": Sheet(
                AMBULANCE,
                "Ambulance_incident_extract.xlsx",
                "Sheet1",
                (("2024-01-01", "Crew 4412"),),
            ),
            "pol": Sheet(
                POLICE,
                "Marlhaven_Police_chronology.xlsx",
                "Sheet1",
                (("2024-01-01", "PC 1187 Dunmore"),),
            ),
            "hosp": Sheet(
                HOSPITAL,
                "MRI_adult_record_extract_AK.xlsx",
                "Sheet1",
                (("2024-01-01", "Marlhaven Royal Infirmary"),),
            ),
            "asc": Sheet(
                ASC,
                "Marlhaven_ASC_chronology.xlsx",
                "Sheet1",
                (("2024-01-01", "Lorna Beckwith (SW)"),),
            ),
            "fost": Sheet(
                FOSTERING,
                "Marlhaven_Fostering_SSW_notes.xlsx",
                "Sheet1",
                (("2024-01-01", "Mike Talbot (SSW)"),),
            ),
        },
    )

    # --- September 2024 to March 2025: the late notification and the assessment -------------
    f.occ(
        "2024-09-04",
        "school-admission",
        R(
            "pri",
            "New Y6 starter Samuel Adewuyi, arrived from Oyelade in the summer. Admission form "
            "completed by Mrs Kwarteng, named as 'aunt'. No previous school records yet.",
        ),
    )
    f.occ(
        "2025-01-14",
        "carer-asks-for-letter",
        R(
            "pri",
            "Mrs Kwarteng (down as S's 'aunt') asked the office for a letter confirming Samuel's "
            "attendance 'for the Home Office'. I spoke to her: she is a friend of his mum from "
            "church, not a relative. Samuel came from Oyelade in June and has lived with her "
            "since. His visa ran out in December. This is a private fostering arrangement that "
            "should have been notified. I explained I have to tell the council.",
            "15:25",
        ),
    )
    f.occ(
        "2025-01-15",
        "pf-notification",
        R(
            "pri",
            "Rang the MASH and sent the private fostering notification form. Told them it has "
            "been going on since June 2024 and nobody told us or them.",
            "09:40",
        ),
        R(
            "mash",
            "Contact: private fostering notification from Hollins Cross Primary DSL. Samuel "
            "Adewuyi (11) living with Mrs Abena Kwarteng (family friend, no PR) since 06/2024; "
            "mother abroad. Not notified by parent or carer - LATE NOTIFICATION. Visa status "
            "uncertain.",
            "09:45",
            "Contact - Private Fostering",
        ),
    )
    f.occ(
        "2025-01-16",
        "mash-decision",
        R(
            "mash",
            "MASH decision: meets criteria for private fostering (under 16, over 28 days, not a "
            "close relative). Transfer to Private Fostering team for visit within 7 working days "
            "and assessment. Immigration status to be explored; NRPF team consulted.",
            "12:10",
            "MASH Decision",
        ),
    )
    f.occ(
        "2025-01-22",
        "pf-first-visit",
        R(
            "pf",
            "Initial private fostering visit to 14 Fennick Walk. Seen Mrs Kwarteng, Samuel "
            "(alone in his bedroom, own room, clean and warm) and Kojo (8, her grandson, stays "
            "Mon-Fri). Samuel says he likes it here but misses his mum and his little sisters. "
            "Mrs K says mum asked her to 'keep him for a few months' so he could go to school "
            "here. No passport seen - Mrs K says it is with 'the agent'. Not registered with a "
            "GP. Explained the regulations and what Mrs K should have done.",
            "16:00",
            "Visit - Private Fostering",
        ),
    )
    f.occ(
        "2025-01-22",
        "pf-email-school",
        R(
            "pf",
            "Email to Hollins Cross DSL after today's visit asking for attendance, any health "
            "information and who collects Samuel.",
            "17:35",
            "Email",
        ),
        R(
            "pri",
            "Email in from the private fostering SW (sent last night) - sent attendance (98%) "
            "and collection info (Mrs K or her son).",
            "",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-28",
        "sn-samuel",
        R(
            "sn",
            "Contact type: Health review in school (Samuel, Y6, new to area). Outcome: no GP, no "
            "UK immunisation history; height/weight normal. Carer advised to register with GP "
            "and ask practice nurse re catch-up. Info to PF SW.",
            "10:00",
            "School contact",
        ),
        R("pri", "Samuel saw the school nurse this morning (new starter health check)."),
    )
    f.occ(
        "2025-01-28",
        "sn-kojo",
        R(
            "sn",
            "Contact type: Asthma care plan review in school (Kojo Kwarteng, Y4). Outcome: plan "
            "updated, spacer in class. Grandmother (Mrs Kwarteng) to collect new inhaler.",
            "10:30",
            "School contact",
        ),
    )
    f.occ(
        "2025-02-03",
        "gp-registration",
        R(
            "gp",
            "New patient registration (GMS1) completed by carer Mrs Kwarteng (family friend, "
            "private fostering). No previous NHS number - allocated. Immigration status not a "
            "requirement for registration.",
            "11:20",
            "Registration",
        ),
        R(
            "gp",
            "New patient registration GMS1 completed by carer Mrs Kwarteng (family friend / "
            "private fostering). No prev NHS no - allocated.",
            "11:22",
            "Registration",
        ),
        R(
            "pf",
            "Mrs K phoned: Samuel registered with Brookmantle Health Centre yesterday, new patient "
            "check booked.",
            "",
            "Telephone",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-05",
        "referral-law-centre",
        R(
            "pf",
            "Referral by email to Marlhaven Law Centre (immigration) for Samuel: visitor visa "
            "expired 10/12/2024, no application made; carer has no immigration advice; mother "
            "abroad. Consent from Mrs K given.",
            "10:05",
            "Referral",
        ),
        R(
            "imm",
            "Referral received by email from Marlhaven CSC (H Tremlett) - Samuel A., 11, "
            "overstayed visit visa. I booked an appointment for 13/02 at 2pm.",
            "11:30",
            shift="swap",
        ),
    )
    f.occ(
        "2025-02-12",
        "gp-new-patient-check",
        R(
            "gp",
            "S: New patient check, attends with carer. Well. Came to UK 06/2024. No records of "
            "vaccines. O: Ht 146cm Wt 37kg, NAD. A: Well child, incomplete/unknown imms. P: Catch "
            "up schedule with practice nurse. Safeguarding: privately fostered - coded, CSC "
            "aware.",
            "10:10",
            "Consultation",
        ),
    )
    f.occ(
        "2025-02-13",
        "law-centre-appointment",
        R(
            "imm",
            "First appointment with Mrs Kwarteng and Samuel, his social worker Hannah came too. "
            "Samuel overstayed his visit visa on 10/12/24. His mother wants him to stay and go "
            "to school here. I explained the options, including an application on private life "
            "grounds, and what documents we need from his mother (birth certificate, consent, "
            "passport).",
            "14:00",
        ),
        R(
            "pf",
            "Accompanied Mrs K and Samuel to Marlhaven Law Centre for first immigration "
            "appointment (Y Kader). Documents needed from mother; application likely in the "
            "spring. Legal aid applied for.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-20",
        "mother-consent-email",
        R(
            "pf",
            "Email received from Ms Folake Adewuyi (mother) with scanned signed letter giving "
            "consent for Samuel to live with Mrs Kwarteng and for her to deal with school, "
            "health and the Home Office. Birth certificate attached. Law Centre copied in.",
            "07:50",
            "Email",
        ),
        R(
            "imm",
            "Email from Samuel's mother this morning (copied to his SW) with the consent letter "
            "and birth certificate. Saved to file.",
            "09:15",
        ),
    )
    f.occ(
        "2025-02-24",
        "call-mother-no-answer",
        R(
            "pf",
            "WhatsApp call to mother - no answer. Left voice message asking her to call back.",
            "09:30",
            "Telephone",
        ),
    )
    f.occ(
        "2025-02-24",
        "mother-calls-back",
        R(
            "pf",
            "Mother called back (WhatsApp video) - 25 mins. She works as a nurse and lives with "
            "Samuel's two younger sisters. She sent him for 'a better education' and trusts Mrs "
            "K 'like a sister'. She intends him to stay until at least the end of secondary "
            "school. Samuel joined for the last 5 minutes.",
            "15:10",
            "Telephone",
        ),
    )
    f.occ(
        "2025-02-26",
        "gp-immunisations",
        R(
            "gp",
            "Practice nurse: catch-up imms started - Td/IPV, MenACWY, MMR dose 1. Next doses "
            "booked. Carer consent (delegated by mother in writing, copy scanned).",
            "15:40",
            "Immunisation",
        ),
    )
    f.occ(
        "2025-03-19",
        "pf-assessment-decision",
        R(
            "pf",
            "Private fostering assessment completed and signed off by TM: arrangement suitable. "
            "Requirements: DBS for Kwame Kwarteng (frequent visitor), smoke alarm fitted "
            "upstairs, Mrs K to tell us of any change. Visits every 6 weeks for first year.",
            "",
            "Assessment",
        ),
    )
    f.occ(
        "2025-03-20",
        "pf-outcome-letter",
        R(
            "pf",
            "Letter sent to Mrs Kwarteng and emailed to mother confirming the outcome of the "
            "private fostering assessment and the requirements.",
            "",
            "Letter",
        ),
    )
    f.occ(
        "2025-03-27",
        "late-collection",
        R(
            "pri",
            "SAMUEL: not collected at 3.15. Mrs K's phone rang out, Kwame's went to voicemail. "
            "Mrs K arrived at 5.20, confused and said she had felt dizzy in town and sat down "
            "for a long time. Both boys went home with her.",
            "17:20",
        ),
        R(
            "pri",
            "KOJO: not collected at 3.15 - waited in office with Samuel. Grandma came 5.20, "
            "said she had felt dizzy in town.",
            "17:20",
        ),
    )
    f.occ(
        "2025-03-28",
        "dsl-call-pf",
        R(
            "pri",
            "I rang Hannah (PF SW) to tell her about yesterday's late collection and Mrs K being "
            "dizzy/confused. She will visit and ask Mrs K to see her GP.",
            "09:05",
        ),
        R(
            "pf",
            "Call from Hollins Cross DSL: boys collected 2 hours late yesterday, Mrs K 'dizzy and "
            "confused'. Will visit; to discuss GP and a back-up carer.",
            "09:05",
            "Telephone",
        ),
    )
    f.occ(
        "2025-04-02",
        "ho-application",
        R(
            "imm",
            "Application for leave to remain (private life, child) submitted online for Samuel; "
            "fee waiver granted. Biometrics appointment to follow.",
            "",
        ),
    )
    f.occ(
        "2025-05-14",
        "s17-support",
        R(
            "pf",
            "Mrs K says money is very tight (pension only, mother sends money irregularly). "
            "Section 17 support agreed by TM: GBP 60 per week for Samuel, reviewed in 3 months. "
            "NRPF team advised.",
            "",
            "Support",
        ),
    )
    f.occ(
        "2025-06-25",
        "transition-meeting",
        R(
            "pri",
            "Transition meeting for Samuel in my room with Mr Pennock (Marlhaven Academy DSL) "
            "and Hannah (PF SW). Shared the private fostering, the Home Office application and "
            "Mrs K's health.",
            "13:30",
        ),
        R(
            "sec",
            "Y6-7 transition meeting at Hollins Cross re Samuel A (privately fostered). Info "
            "shared by primary DSL and PF SW. Added to vulnerable starters list.",
            "13:30",
            "Transition",
        ),
        R(
            "pf",
            "Attended transition meeting at Hollins Cross Primary with the Academy DSL.",
            "13:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-07-10",
        "records-transfer",
        R(
            "pri",
            "Samuel's safeguarding/PF file sent to Marlhaven Academy by secure transfer, receipt "
            "requested.",
            "",
        ),
        R(
            "sec",
            "Safeguarding file received from Hollins Cross Primary (Samuel A). Read and receipted.",
            "",
            "Records transfer",
            shift="late",
        ),
    )

    # --- July and August 2025: the carer's stroke ---------------------------------------------
    f.occ(
        "2025-07-26",
        "999-collapse",
        R(
            "amb",
            "999 call from 11 yr old male: 'auntie' unresponsive on kitchen floor, breathing. Cat "
            "2. On scene 0758: 61F, GCS 11, R sided weakness, slurred speech, FAST +ve. Police "
            "requested - child alone, no other adult. Pre-alert stroke, conveyed MRI 0815.",
            "07:42",
            "Incident",
            ref="INC 2607-0148",
        ),
        R(
            "amb",
            "Handover at MRI ED 0826 to resus team. Child left at scene with police officers.",
            "08:26",
            "Handover",
            ref="INC 2607-0148",
        ),
        R(
            "pol",
            "REQUEST FROM AMBULANCE - 11YR MALE ALONE WITH COLLAPSED FEMALE AT 14 FENNICK WALK. "
            "OFFICERS ATTENDED 0805, FEMALE CONVEYED BY AMBULANCE. CHILD SAMUEL ADEWUYI WITH "
            "OFFICERS. ENQUIRIES FOR FAMILY.",
            "07:50",
            "Concern for child",
            ref="CAD 2607-0211",
        ),
    )
    f.occ(
        "2025-07-26",
        "ed-attendance-carer",
        R(
            "hosp",
            "ED resus: 61F ?L MCA stroke, onset unknown (last seen well 22:00). CT head: no "
            "bleed. Outside thrombolysis window. Stroke team r/v.",
            "08:30",
            "ED",
        ),
        R(
            "hosp",
            "Stroke reg r/v in ED: NIHSS 9. For HASU. NOK: son Kwame (abroad, unable to reach).",
            "10:05",
            "ED",
        ),
    )
    f.occ(
        "2025-07-26",
        "hasu-admission",
        R(
            "hosp",
            "Admitted Hyper Acute Stroke Unit bed 6. Dx L MCA infarct. SALT: NBM pending swallow "
            "screen.",
            "11:50",
            "Admission",
        ),
    )
    f.occ(
        "2025-07-26",
        "police-protection",
        R(
            "pol",
            "NO PERSON WITH PR IN UK. KWAME KWARTENG NOT CONTACTABLE. SAMUEL ADEWUYI TAKEN INTO "
            "POLICE PROTECTION S46 CA 1989 AT 1015. DESIGNATED OFFICER INFORMED. EDT INFORMED.",
            "10:15",
            "Police protection",
            ref="CAD 2607-0211",
        ),
        R(
            "mash",
            "EDT: police protection taken at 10:15 by PC Dunmore for Samuel Adewuyi (11) - "
            "privately fostered, carer Mrs Kwarteng admitted with stroke, mother abroad, no "
            "other adult. Placement sought.",
            "10:20",
            "Police Protection",
        ),
    )
    f.occ(
        "2025-07-26",
        "edt-call-fostering",
        R(
            "mash",
            "EDT rang fostering out of hours line for an emergency placement for an 11 yr old "
            "boy, likely several weeks.",
            "11:30",
            "Telephone",
        ),
        R(
            "fost",
            "OOH call from EDT: emergency placement needed for Samuel (11) - carer in hospital. "
            "Mr & Mrs Pellegrin (Ashgrove Close) agreed.",
            "11:35",
            "Placement request",
        ),
    )
    f.occ(
        "2025-07-26",
        "foster-placement-start",
        R(
            "fost",
            "Samuel placed with Mr & Mrs Pellegrin, 22 Ashgrove Close, at 14:30. Brought by "
            "police with a bag of clothes and his school books. Quiet, asked if 'auntie' will "
            "die.",
            "14:30",
            "Placement start",
        ),
        R(
            "mash",
            "EDT: Samuel placed in emergency foster placement (Pellegrin, Ashgrove Close) 14:30.",
            "14:30",
            "Placement",
        ),
        R(
            "pol",
            "SAMUEL ADEWUYI CONVEYED TO EMERGENCY FOSTER CARERS (ADDRESS ON FILE). ARRIVED 1430.",
            "14:30",
            "Police protection",
            ref="CAD 2607-0211",
        ),
    )
    f.occ(
        "2025-07-27",
        "pp-ended-s20",
        R(
            "mash",
            "EDT: spoke to mother by phone (interpreter not needed); she agrees to Samuel being "
            "looked after until Mrs K recovers. Police protection ended 11:00; accommodated "
            "under section 20.",
            "11:05",
            "Legal status",
        ),
        R(
            "pol",
            "POLICE PROTECTION DISCHARGED 1100 - CHILD ACCOMMODATED BY LA (S20). NFA POLICE.",
            "11:00",
            "Police protection",
            ref="CAD 2607-0211",
        ),
    )
    f.occ(
        "2025-07-29",
        "placement-planning",
        R(
            "pf",
            "Placement planning meeting at the Pellegrins' with Mike Talbot (SSW). Samuel to "
            "visit Mrs K in hospital twice a week, phone mum Sundays. Delegated authority agreed.",
            "10:00",
            "Placement planning",
        ),
        R(
            "fost",
            "PPM at carers' home with PF SW - plan for hospital visits and calls to mother. "
            "Carers given delegated authority form.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-07-30",
        "gp-notified-lac",
        R(
            "gp",
            "Notification from Marlhaven CSC: Samuel became looked after (s20) on 27/07/25, "
            "placed with emergency foster carers. Coded LAC; IHA request noted.",
            "",
            "Admin - correspondence",
        ),
    )
    f.occ(
        "2025-07-30",
        "hosp-referral-asc",
        R(
            "hosp",
            "Referral to Adult Social Care (hospital discharge team) - likely care needs on "
            "discharge, lives alone with two children usually.",
            "14:20",
            "Referral",
        ),
        R(
            "asc",
            "Referral received from MRI stroke unit for discharge assessment - Mrs Abena "
            "Kwarteng, 61.",
            "14:40",
            "Referral",
        ),
    )
    f.occ(
        "2025-08-05",
        "ward-visit",
        R(
            "pf",
            "Took Samuel to see Mrs K on Ward 22 (stroke rehab). She cried when she saw him; "
            "speech slow but she knew him. Samuel held her hand, quiet in the car after.",
            "15:00",
            "Visit",
        ),
        R(
            "hosp",
            "Visited by boy she cares for (11) and his social worker. Pt tearful, settled after.",
            "15:00",
            "Nursing note",
        ),
    )
    f.occ(
        "2025-08-14",
        "cla-review-1",
        R(
            "pf",
            "First Looked After Review (IRO T Saddington) at Ashgrove Close. Samuel settled with "
            "the Pellegrins. Mrs K's recovery uncertain. Plan: remain in placement, assess Mrs "
            "K's capacity to resume care on discharge; mother to join next review by video.",
            "13:00",
            "CLA Review",
        ),
        R(
            "fost",
            "Copy of IRO's record of the Looked After Review for Samuel, pasted in: 'Review held "
            "14.08.25 at carers' home. Present: Samuel, Mr & Mrs Pellegrin, H Tremlett, M Talbot. "
            "Plan: remain in placement pending assessment of Mrs Kwarteng.'",
            "",
            "CLA review minutes",
            shift="+1",
        ),
    )
    f.occ(
        "2025-08-22",
        "carer-discharged",
        R(
            "hosp",
            "Discharged home to 14 Fennick Walk with reablement package 4x daily. Mobilising with "
            "stick. Letter to GP.",
            "12:30",
            "Discharge",
        ),
        R(
            "asc",
            "Mrs Kwarteng discharged home from MRI today; reablement started (4 calls/day).",
            "",
            "Hospital discharge",
            shift="month",
        ),
    )
    f.occ(
        "2025-08-27",
        "asc-assessment",
        R(
            "asc",
            "Care Act assessment at home with Mrs K. Needs help with washing, meals; aims to walk "
            "unaided. Asks about having 'her boy' back. Carer's needs of son considered.",
            "10:30",
            "Assessment",
        ),
    )
    f.occ(
        "2025-08-27",
        "pf-visit-carer",
        R(
            "pf",
            "Visited Mrs K at home (alone) to talk about whether Samuel can come back. She is "
            "determined; Kwame back from abroad, says he will move in for the autumn.",
            "15:30",
            "Visit",
        ),
    )

    # --- September to December 2025: secondary school, leave to remain, home -----------------
    f.occ(
        "2025-09-03",
        "starts-year-7",
        R(
            "sec",
            "Samuel A started Y7 today (tutor 7KH). Looked after (s20), foster carer dropped off. "
            "Met DSL at lunch.",
            "",
            "Admission",
        ),
        R(
            "fost",
            "Samuel started at Marlhaven Academy today - Mrs Pellegrin took him, he was nervous "
            "but came home happy.",
            "",
            "Education",
        ),
        R(
            "pf",
            "Samuel started Year 7 at Marlhaven Academy.",
            "",
            "Education",
            shift="late",
        ),
    )
    f.occ(
        "2025-09-24",
        "pep",
        R(
            "sec",
            "PEP meeting (Personal Education Plan) for Samuel: DSL, PF SW, foster carer, "
            "Virtual School rep. Targets: maths catch-up, join a club. Pupil premium plus for "
            "tutoring.",
            "14:00",
            "PEP",
        ),
        R(
            "pf",
            "Initial PEP at Marlhaven Academy. Samuel doing well; tutoring agreed.",
            "14:00",
            "Education",
        ),
        R(
            "fost",
            "Mrs Pellegrin went to Samuel's Personal Education Plan meeting at school.",
            "",
            "Education",
        ),
    )
    f.occ(
        "2025-09-18",
        "ho-decision",
        R(
            "imm",
            "Home Office decision letter received today: Samuel granted limited leave to remain "
            "for 30 months (to 17/03/2028), no recourse to public funds condition NOT imposed.",
            "10:00",
        ),
    )
    f.occ(
        "2025-09-18",
        "imm-email-sw",
        R(
            "imm",
            "I emailed Hannah with the news and a copy of the grant letter; will send BRP/eVisa "
            "instructions to Mrs K.",
            "10:40",
        ),
        R(
            "pf",
            "Email from Law Centre (Y Kader): Samuel granted leave to remain (30 months). Copy "
            "placed on file.",
            "11:02",
            "Email",
        ),
    )
    f.occ(
        "2025-10-08",
        "cla-review-2",
        R(
            "pf",
            "Second CLA review. Mrs K improving, walking with stick, Kwame living with her. "
            "Mother joined by video and wants Samuel back with Mrs K. Plan: return home on "
            "20/10/25, s20 to end, private fostering arrangement to resume with support.",
            "16:00",
            "CLA Review",
        ),
        R(
            "fost",
            "LAC review at 4pm. Plan for Samuel to return to Mrs K on 20th. Carers sad but "
            "supportive.",
            "16:00",
            "Meeting",
        ),
        R(
            "sec",
            "DSL attended looked after review (Teams). Samuel returning to previous carer "
            "20/10 - transport/address to be updated.",
            "16:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-10-20",
        "return-to-carer",
        R(
            "pf",
            "Samuel moved back to 14 Fennick Walk today. No longer looked after; private "
            "fostering arrangement resumes (mother's notification to follow).",
            "",
            "Change of placement",
        ),
        R(
            "fost",
            "Placement ended - Samuel returned to Mrs Kwarteng's this afternoon. Carers took him.",
            "16:00",
            "Placement end",
        ),
        R(
            "sec",
            "Address updated: Samuel moved back to Mrs Kwarteng's, 14 Fennick Walk, yesterday.",
            "",
            "Admin",
            shift="late",
        ),
    )
    f.occ(
        "2025-10-23",
        "mother-notification",
        R(
            "pf",
            "Written private fostering notification received from Ms Adewuyi by email (as "
            "required when the arrangement resumes).",
            "",
            "Notification",
        ),
    )
    # --- routine entries ----------------------------------------------------------------------
    routine = [
        (
            "pri",
            "2024-09-16",
            "2024-10-18",
            "",
            "Samuel: reading assessment - age-related, strong comprehension.",
        ),
        (
            "pri",
            "2024-11-04",
            "2024-12-13",
            "",
            "Mrs K asked about free school meals - gave her "
            "the form; she was not sure she could apply for Samuel.",
        ),
        (
            "pri",
            "2025-02-03",
            "2025-03-14",
            "",
            "Samuel picked for the Y6 football team - Mrs K came to watch the match.",
        ),
        (
            "pri",
            "2025-03-03",
            "2025-05-09",
            "",
            "Samuel upset in class after a call from his mum "
            "last night - time in the nurture room, settled by lunch.",
        ),
        (
            "pri",
            "2025-05-12",
            "2025-05-16",
            "",
            "SATs week - Samuel did all the papers in a small group.",
        ),
        (
            "pri",
            "2025-04-22",
            "2025-06-20",
            "",
            "Samuel asked me if he will be 'sent back'. Reassured him; let Hannah know.",
        ),
        ("pri", "2025-06-02", "2025-07-18", "", "Attendance for the year 97%, no concerns."),
        ("sec", "2025-09-08", "2025-10-17", "Behaviour", "Behaviour point: no PE kit x2."),
        (
            "sec",
            "2025-09-08",
            "2025-10-17",
            "Bullying",
            "Samuel said older boys took his bus pass "
            "at the stop. Dealt with by HoY, pass returned.",
        ),
        (
            "sec",
            "2025-11-03",
            "2025-12-18",
            "Attendance",
            "Attendance 95%; late x3 since moving back to previous address.",
        ),
        (
            "sec",
            "2025-11-03",
            "2025-12-18",
            "Welfare",
            "DSL check-in: settled back at Mrs K's, Kwame does the school run.",
        ),
        (
            "pf",
            "2025-03-03",
            "2025-03-14",
            "Visit - Private Fostering",
            "Private fostering visit: "
            "Samuel seen alone, happy, smoke alarm still not fitted upstairs.",
        ),
        (
            "pf",
            "2025-04-22",
            "2025-05-09",
            "Visit - Private Fostering",
            "Private fostering visit: "
            "Samuel seen alone in his room; Kojo present. Mrs K tired, has seen GP (BP).",
        ),
        (
            "pf",
            "2025-06-02",
            "2025-06-20",
            "Visit - Private Fostering",
            "Private fostering visit: no concerns. Talked about secondary school.",
        ),
        (
            "pf",
            "2025-04-01",
            "2025-05-30",
            "Checks",
            "DBS (enhanced) returned for Kwame Kwarteng - no trace.",
        ),
        (
            "pf",
            "2025-03-03",
            "2025-07-18",
            "Supervision",
            "Supervision with TM - plan on track, smoke alarm now fitted.",
        ),
        (
            "pf",
            "2025-09-04",
            "2025-10-03",
            "Visit - CLA",
            "Statutory visit to Samuel at Ashgrove Close, seen alone; likes his new school.",
        ),
        (
            "pf",
            "2025-11-03",
            "2025-12-18",
            "Visit - Private Fostering",
            "Private fostering visit: "
            "Samuel seen alone, 12 on Wednesday; Mrs K managing, Kwame living there.",
        ),
        (
            "pf",
            "2025-11-03",
            "2025-12-18",
            "Supervision",
            "Supervision - s17 payments to continue to March.",
        ),
        (
            "gp",
            "2025-03-03",
            "2025-06-20",
            "Immunisation",
            "Practice nurse: MMR dose 2 and Td/IPV given. Catch-up complete apart from HPV in Y8.",
        ),
        (
            "gp",
            "2025-04-01",
            "2025-06-30",
            "Consultation",
            "S: cough 5/7, no fever. O: chest "
            "clear, sats 99%. A: viral URTI. P: advice, safety net.",
        ),
        (
            "gp",
            "2025-11-03",
            "2025-12-18",
            "Immunisation",
            "Flu nasal vaccine given (school catch-up clinic missed).",
        ),
        (
            "sn",
            "2025-02-10",
            "2025-03-14",
            "NCMP",
            "Contact type: NCMP Year 6 measurement. "
            "Outcome: healthy weight, results letter to carer.",
        ),
        (
            "sn",
            "2025-11-03",
            "2025-12-18",
            "Health questionnaire",
            "Contact type: Y7 health "
            "questionnaire returned. Outcome: no needs identified, carer details updated.",
        ),
        (
            "imm",
            "2025-03-03",
            "2025-03-14",
            "",
            "Chased Samuel's mother for a copy of his passport - she sent photos of the data page.",
        ),
        (
            "imm",
            "2025-04-22",
            "2025-05-09",
            "",
            "Samuel and Mrs K went to their biometrics appointment, receipt on file.",
        ),
        (
            "imm",
            "2025-06-02",
            "2025-07-18",
            "",
            "File review - still waiting for a Home Office decision.",
        ),
        ("imm", "2025-10-01", "2025-11-28", "", "Helped Mrs K set up Samuel's eVisa account."),
        (
            "hosp",
            "2025-07-28",
            "2025-08-01",
            "Therapy",
            "Physio: sit to stand with assist x1, R arm weak.",
        ),
        (
            "hosp",
            "2025-08-07",
            "2025-08-12",
            "Therapy",
            "OT kitchen assessment - needs supervision with hot drinks.",
        ),
        (
            "hosp",
            "2025-08-15",
            "2025-08-20",
            "MDT",
            "MDT: medically fit, discharge pending reablement start date.",
        ),
        (
            "asc",
            "2025-09-01",
            "2025-09-30",
            "Review",
            "Reablement review - reduced to 2 calls a day.",
        ),
        (
            "asc",
            "2025-10-27",
            "2025-11-28",
            "Review",
            "Reablement ended, no ongoing package. Carer's assessment offered to son.",
        ),
        (
            "fost",
            "2025-07-31",
            "2025-08-04",
            "SSW visit",
            "SSW visit to carers - Samuel settling, "
            "eating well, sharing the PlayStation with their son.",
        ),
        (
            "fost",
            "2025-08-18",
            "2025-08-29",
            "Contact",
            "Carers report Samuel's Sunday call with mum went well.",
        ),
        (
            "fost",
            "2025-09-08",
            "2025-10-03",
            "SSW visit",
            "SSW visit - Samuel has joined the Academy's football club.",
        ),
        (
            "pol",
            "2025-02-03",
            "2025-03-14",
            "Checks",
            "PNC/PND CHECKS FOR CSC (PRIVATE FOSTERING) "
            "- KWAME KWARTENG, ABENA KWARTENG - NO TRACE.",
        ),
        (
            "mash",
            "2025-11-10",
            "2025-12-12",
            "Contact",
            "Contact: Marlhaven Academy query about "
            "who can sign trip forms for Samuel - advised (mother's written consent), NFA.",
        ),
    ]
    untimed = {"pri", "imm"}
    for sheet, start, end, kind, text in routine:
        f.fill(sheet, start, end, [(kind, text)], timed=sheet not in untimed)
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Foxley children, Strettingham. Ava-Mae Foxley (b. 02/07/2019) and Lenny Foxley
# (b. 19/10/2022) live with their mother Shannon Brackwell (b. 1997) and father Dean Foxley
# (b. 1994) at Flat 3, 22 Pellow Terrace, Strettingham ST9 4RW; registered at Cragside Medical
# Practice; Ava-Mae in Year 1 at Gorsefield Infant School, Lenny at Little Wrens Day Nursery.
# Earlier reports of the children left alone at night, a child and family assessment, a
# strategy discussion and a child in need plan, a burn; then a fire in the flat while both
# parents are out, Lenny's death at Strettingham General, a joint agency response with the
# rapid response paediatrician, both parents' arrests, Ava-Mae's placement with her maternal
# grandmother Carol Brackwell at 41 Holme Lane, the inquest opened and adjourned, the charges.
# --------------------------------------------------------------------------------------------


def _foxley() -> BlindCase:
    f = Family(
        "foxley",
        2903,
        {
            "pol": Sheet(
                POLICE,
                "Strettingham_Police_chronology.xlsx",
                "Chronology",
                (("2024-01-01", "PS 1904 Garlick"), ("2025-02-28", "DS 3310 Wynn-Baxter")),
            ),
            "fire": Sheet(
                FIRE,
                "SFRS_incident_and_investigation_extract.xlsx",
                "Sheet1",
                (("2024-01-01", "WM K Ashby / FIO D Stannard"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Ambulance_ePCR_extract_Foxley.xlsx",
                "Sheet1",
                (("2024-01-01", "Crew 2217"),),
            ),
            "ed": Sheet(
                ED,
                "Strettingham_General_ED_Paeds.xlsx",
                "ED records",
                (("2024-01-01", "ED"),),
            ),
            "csc": Sheet(
                CSC,
                "Strettingham_CSC_chronology.xlsx",
                "Chronology",
                (("2024-01-01", "Jodie Harcastle (SW)"),),
            ),
            "hv": Sheet(
                HV,
                "Strettingham_0-19_HV_return.xlsx",
                "Sheet1",
                (("2024-01-01", "Maureen Ockenden, HV"),),
            ),
            "gp": Sheet(
                GP,
                "Cragside_Medical_Practice.xlsx",
                "Sheet1",
                (("2024-01-01", "Dr S Fairbarn"),),
            ),
            "sch": Sheet(
                INFANT,
                "Gorsefield_Infants_safeguarding_log.docx",
                "Table 1",
                (("2024-01-01", "Mrs C Huxtable (DSL)"),),
                typed=False,
            ),
            "nur": Sheet(
                NURSERY,
                "Little_Wrens_Nursery_concerns.xlsx",
                "Concerns log",
                (("2024-01-01", "Gemma Tolley (Nursery DSL)"),),
            ),
            "jar": Sheet(
                JAR,
                "CDR_JAR_record_Lenny_Foxley.docx",
                "Table 1",
                (("2024-01-01", "Dr R Fenwick-Osei (rapid response paediatrician)"),),
                typed=False,
            ),
            "cor": Sheet(
                CORONER,
                "Coroners_Office_chronology.xlsx",
                "Sheet1",
                (("2024-01-01", "Coroner's Officer P Mardle"),),
            ),
            "hsg": Sheet(
                HOUSING,
                "Strettingham_Housing_Options.xlsx",
                "Sheet1",
                (("2024-01-01", "T Rudd (Housing Options)"),),
            ),
        },
    )

    # --- autumn 2024: the first report of the children left alone ------------------------------
    f.occ(
        "2024-09-17",
        "hv-review-dna",
        R(
            "hv",
            "Contact type: 2-2.5 year review (clinic). Outcome: DNA. No contact from family. "
            "Re-offered as home visit.",
            "10:30",
            "DNA",
        ),
    )
    f.occ(
        "2024-10-08",
        "hv-two-year-review",
        R(
            "hv",
            "Contact type: 2 year review (home). Outcome: ASQ-3 communication below cut-off, "
            "other domains ok. Home cluttered, smell of smoke, one smoke alarm with no battery "
            "(advised, referral to fire service for a home fire safety visit offered - declined "
            "by Mum). Dad works nights at warehouse.",
            "14:00",
            "Development review",
        ),
    )
    f.occ(
        "2024-10-12",
        "left-alone-1",
        R(
            "pol",
            "CALL FROM NEIGHBOUR - CHILDREN HEARD CRYING IN FLAT 3 22 PELLOW TERRACE FOR 40 MINS, "
            "NO ADULT. OFFICERS ATTENDED 2150, FEMALE 5 AND MALE 2 ALONE, LIVING ROOM HEATER ON. "
            "MOTHER SHANNON BRACKWELL RETURNED 2215 FROM THE ROYAL OAK, STATED 'ONLY POPPED OUT'. "
            "WORDS OF ADVICE. PPN SUBMITTED.",
            "21:31",
            "Child concern",
            ref="CAD 1210-0774",
        ),
    )
    f.occ(
        "2024-10-14",
        "ppn-received-1",
        R(
            "csc",
            "Police notification (PPN) received: children (5 and 2) found alone at home on "
            "Saturday night 12/10, mother returned from pub after officers arrived. Passed to "
            "MASH.",
            "09:15",
            "Police Notification",
        ),
        R(
            "csc",
            "Police notification (PPN) recieved - children 5 and 2 found alone at home Sat "
            "night 12/10, mother returned from pub. To MASH.",
            "09:17",
            "Police Notification",
        ),
    )
    f.occ(
        "2024-10-15",
        "mash-screening-1",
        R(
            "csc",
            "MASH screening: RAG amber. First police contact, no previous CSC history. Decision: "
            "child and family assessment (single agency). Information requested from HV and "
            "school.",
            "11:40",
            "MASH Decision",
        ),
    )
    f.occ(
        "2024-10-15",
        "mash-info-email",
        R(
            "hv",
            "Email from MASH re police incident 12/10 (children alone). Replied same day with "
            "HV involvement and 2yr review findings.",
            "15:20",
            "Information sharing",
        ),
        R(
            "sch",
            "MASH emailed yesterday asking about Ava-Mae after police found the children home "
            "alone. I replied: attendance 91%, often late, tired on Mondays.",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-23",
        "hv-visit-oct",
        R(
            "hv",
            "Contact type: Home visit (targeted). Outcome: Mum says she was out 'twenty minutes'. "
            "Safe sleep and home safety discussed; smoke alarm now has battery. Speech and "
            "language drop-in advised for Lenny.",
            "09:45",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-23",
        "sw-assessment-visit",
        R(
            "csc",
            "C&F assessment home visit. Both parents present. Ms Brackwell says she went to the "
            "Royal Oak to 'get some cash back' and met a friend; Mr Foxley was at work. Both say "
            "it won't happen again. Ava-Mae seen alone in her room: said 'sometimes we watch "
            "telly by ourselves when mummy goes out'. Lenny seen, nappy heavy.",
            "16:00",
            "Visit - Assessment",
        ),
    )
    f.occ(
        "2024-11-06",
        "nursery-call-hv",
        R(
            "nur",
            "Lenny in the same clothes Mon-Wed, strong smell of smoke, sore nappy rash. I rang "
            "the health visitor to share.",
            "11:20",
            "Concern - neglect",
        ),
        R(
            "hv",
            "Telephone call from Little Wrens (nursery DSL): Lenny same clothes 3 days, smelling "
            "of smoke, nappy rash. Will discuss at next visit and share with SW.",
            "11:25",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-19",
        "assessment-outcome",
        R(
            "csc",
            "Child and family assessment completed. Analysis: one incident of children left "
            "alone, parents accept it was wrong; low-level neglect (hygiene, smoke). Outcome: "
            "step down to Early Help family support, home safety advice.",
            "",
            "Assessment",
        ),
    )
    f.occ(
        "2024-11-26",
        "early-help-declined",
        R(
            "csc",
            "Early Help worker called Ms Brackwell - family support declined ('we're fine'). "
            "Case closed to CSC.",
            "",
            "Case closure",
        ),
    )

    # --- December 2024 to February 2025: the second report, the strategy, child in need ----
    f.occ(
        "2024-12-05",
        "ava-disclosure",
        R(
            "sch",
            "Ava-Mae told Miss Pryce during carpet time that 'Mummy and Daddy went out in the "
            "dark and I looked after Lenny, he cried and cried'. She said it was 'the night of "
            "the Christmas lights'. I spoke to Ava-Mae with Miss Pryce; she repeated it.",
            "10:40",
        ),
    )
    f.occ(
        "2024-12-05",
        "school-referral",
        R(
            "sch",
            "Rang the MASH about what Ava-Mae said and sent the referral form. Asked them to "
            "look at the police call in October as well.",
            "11:30",
        ),
        R(
            "csc",
            "Contact from Gorsefield Infants DSL: Ava-Mae (5) says both parents went out at "
            "night leaving her to 'look after' Lenny (2). Second report of children left alone "
            "(see PPN 12/10/24).",
            "11:35",
            "Contact",
        ),
    )
    f.occ(
        "2024-12-06",
        "mash-decision-2",
        R(
            "csc",
            "MASH TM decision: repeat concern within 8 weeks of closure, both parents. Threshold "
            "for strategy discussion met.",
            "10:00",
            "MASH Decision",
        ),
    )
    f.occ(
        "2024-12-09",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (Teams). Present: TM, SW, PS Garlick, Gorsefield DSL, HV. "
            "Nursery information shared by email. Decision: section 47 enquiry (single agency, "
            "CSC). Parents to be seen today; written safety agreement; police to record as "
            "information, no criminal investigation at present.",
            "10:30",
            "Strategy Discussion",
        ),
        R(
            "pol",
            "STRATEGY DISCUSSION RE FOXLEY CHILDREN - SECOND REPORT LEFT ALONE. S47 SINGLE "
            "AGENCY CSC. NO POLICE INVESTIGATION AT THIS TIME. INFO MARKER ON ADDRESS.",
            "10:30",
            "Meeting",
            ref="LOG 0214 09/12/24",
        ),
        R(
            "sch",
            "Strat discussion on Teams this morning - I gave Ava-Mae's words. S47 by social care.",
            shift="swap",
        ),
        R(
            "hv",
            "Contact type: Strategy meeting (virtual). Outcome: s47 agreed; HV to increase "
            "contacts to monthly.",
            "10:30",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-12-09",
        "nursery-email-strategy",
        R(
            "nur",
            "Email from SW asking for information for a strategy meeting today - sent our "
            "concerns log (clothes, smoke smell, late collections x2).",
            "09:10",
            "Information sharing",
        ),
    )
    f.occ(
        "2024-12-11",
        "s47-visit-agreement",
        R(
            "csc",
            "S47 home visit. Both parents seen. Ms Brackwell admitted going to a friend's party "
            "on 29/11 for 'an hour or two' while Mr Foxley was on a shift. Written safety "
            "agreement signed: children never to be left without an adult; MGM Carol Brackwell "
            "named as babysitter.",
            "17:30",
            "Visit - S47",
        ),
    )
    f.occ(
        "2025-01-08",
        "cin-meeting-1",
        R(
            "csc",
            "S47 concluded: neglect substantiated but risk can be managed under a Child in Need "
            "plan. First CIN meeting at Gorsefield Infants: parents, school, nursery, HV. Plan: "
            "safety agreement, home fire safety check, HV monthly, nursery full days.",
            "13:15",
            "CIN Meeting",
        ),
        R(
            "sch",
            "Child in need meeting here at 1.15. Mum came, Dad didn't (working). Ava-Mae's "
            "lateness discussed.",
        ),
        R(
            "nur",
            "CIN meeting attended at Gorsefield school. Nursery to offer Lenny extra sessions.",
            "13:15",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: CIN meeting (school). Outcome: CIN plan agreed. HV monthly contact.",
            "13:15",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-01-19",
        "ed-burn-1",
        R(
            "ed",
            "Triage 19:50: 2yo M, burn R palm, 'touched the oven door' per Dad ~19:15. Cat 3. "
            "Pain score 6, oramorph given.",
            "19:50",
            "Triage",
        ),
        R(
            "ed",
            "Paeds ENP: superficial partial thickness burn R palm ~1%. Mechanism consistent, "
            "Dad present, appropriate. CIN - SW known. Dressing. Safeguarding checklist "
            "completed, notification to HV. D/C, review 48h.",
            "21:05",
            "Review",
        ),
    )
    f.occ(
        "2025-01-20",
        "ed-burn-2",
        R(
            "ed",
            "Re-attendance 2yo M (burn R palm, seen yest). Mum reports dressing came off and "
            "blistering. Redressed by ENP, no infection. Plan: GP practice nurse for dressings.",
            "18:30",
            "Re-attendance",
        ),
    )
    f.occ(
        "2025-01-21",
        "hv-ed-notice",
        R(
            "hv",
            "Contact type: ED liaison notification. Outcome: Lenny attended Strettingham General "
            "ED 19/01 and 20/01 with burn to R palm (oven door). Noted; discuss at home visit.",
            "09:00",
            "Notification",
        ),
    )
    f.occ(
        "2025-01-22",
        "gp-dressing",
        R(
            "gp",
            "S: Practice nurse dressing r/v R palm burn (ED 19/1). Mum says he pulled it off "
            "twice. O: healing, no infection. A: healing burn. P: redress, r/v 3 days. Note CIN "
            "- GP to write to HV.",
            "11:15",
            "Consultation",
        ),
    )
    f.occ(
        "2025-01-23",
        "gp-letter-hv",
        R(
            "gp",
            "Letter to HV (and copy to SW) re burn and two ED attendances 19-20/01, healing "
            "well, mother engaged with dressings.",
            "",
            "Letter",
        ),
        R(
            "hv",
            "Contact type: Letter from GP received. Outcome: burn healing, plan noted.",
            "",
            "Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-05",
        "nursery-late-alcohol",
        R(
            "nur",
            "Lenny collected 18:25 (we close 18:00) by Mum. Mum unsteady and smelled strongly "
            "of alcohol, said she had been 'at a leaving do'. Ava-Mae was with her. Manager "
            "walked them home. I rang the SW.",
            "18:25",
            "Concern - late collection",
        ),
        R(
            "csc",
            "Call from Little Wrens DSL: Lenny collected late by mother who appeared drunk; "
            "manager walked them home (5 mins). Will discuss at CIN review next week.",
            "18:40",
            "Telephone",
        ),
    )
    f.occ(
        "2025-02-12",
        "cin-review",
        R(
            "csc",
            "CIN review meeting. Late collection 05/02 discussed - mother says one drink. Home "
            "fire safety visit still not booked by parents. Plan continues; SW to book fire "
            "service visit herself.",
            "13:30",
            "CIN Meeting",
        ),
        R("sch", "CIN review at 1.30 - plan stays the same. Ava-Mae's attendance 89%."),
        R(
            "nur",
            "CIN review - shared the late collection on 5th. Mum upset with us.",
            "13:30",
            "Meeting",
        ),
    )

    # --- 28 February 2025: the fire ----------------------------------------------------------
    f.occ(
        "2025-02-28",
        "fire-incident",
        R(
            "fire",
            "999 call 22:41 (neighbour, smoke from first floor flat, children inside). Pumps "
            "attended 22:47. BA crews entered, two children recovered from front bedroom "
            "22:54 and 22:57 and handed to ambulance. Fire in living room, heavy smoke "
            "throughout. No adults found. Fire out 23:20. Smoke alarm in hall found without "
            "battery.",
            "22:41",
            "Incident - dwelling fire",
            ref="IRS 25-00871",
        ),
        R(
            "amb",
            "Pt 1: 2yo M handed over by fire crew 22:54 in cardiac arrest. CPR, airway, IO "
            "access, adrenaline. Blue call to Strettingham General, dep scene 23:02.",
            "22:54",
            "Cardiac arrest",
            ref="INC 2802-1193",
        ),
        R(
            "amb",
            "Pt 2: 5yo F handed over by fire crew 22:57, conscious, coughing, soot around nose "
            "and mouth, SpO2 91% on air. High flow O2. Conveyed SGH with second crew.",
            "22:57",
            "Smoke inhalation",
            ref="INC 2802-1193",
        ),
        R(
            "pol",
            "FIRE AT FLAT 3 22 PELLOW TERRACE. OFFICERS ATTENDED WITH FRS AND AMBULANCE. TWO "
            "CHILDREN RESCUED (LENNY FOXLEY 2, AVA-MAE FOXLEY 5). NO ADULT AT ADDRESS. "
            "ENQUIRIES TO TRACE PARENTS. SCENE PRESERVED.",
            "22:49",
            "Incident",
            ref="CAD 2802-1561",
        ),
    )
    f.occ(
        "2025-02-28",
        "ed-lenny",
        R(
            "ed",
            "Resus 23:10: 2yo M, OOHCA after house fire, CPR ongoing on arrival, intubated, "
            "soot in airway. Paeds consultant + anaesthetics attending. COHb 31%.",
            "23:10",
            "Resus",
        ),
        R(
            "ed",
            "23:35: ongoing resus, no ROSC, 3 cycles post arrival. Parents not present, police "
            "trying to trace.",
            "23:35",
            "Resus",
        ),
    )
    f.occ(
        "2025-02-28",
        "lenny-death",
        R(
            "ed",
            "23:48 resuscitation discontinued after consultant discussion. Life extinct confirmed "
            "23:48 (Dr Okafor-Lund). Police informed, on-call rapid response paediatrician "
            "contacted (SUDIC protocol).",
            "23:48",
            "Death",
        ),
        R(
            "pol",
            "LENNY FOXLEY (2) PRONOUNCED DECEASED AT STRETTINGHAM GENERAL 2348. SUDIC / JAR "
            "INITIATED. CORONER'S OFFICER INFORMED.",
            "23:50",
            "Sudden death",
            ref="CAD 2802-1561",
        ),
        R(
            "jar",
            "Lenny Foxley, 2, died 28/02/2025 at 23:48 in Strettingham General ED after being "
            "rescued from a house fire. I was called by the ED at home and attended.",
            "23:55",
        ),
    )
    f.occ(
        "2025-02-28",
        "ed-ava-mae",
        R(
            "ed",
            "Triage 23:14: 5yo F, smoke inhalation, house fire. Alert, coughing, SpO2 94% on "
            "15L. Sibling in resus. Cat 2.",
            "23:14",
            "Triage",
        ),
        R(
            "ed",
            "Paeds r/v: COHb 9%, CXR clear, no burns. For admission Puffin Ward overnight O2 and "
            "obs. Police aware - safeguarding. Mother arrived 23:40, very distressed.",
            "23:55",
            "Review",
        ),
    )
    f.occ(
        "2025-03-01",
        "edt-ppn-fire",
        R(
            "csc",
            "EDT: police notification of house fire at 22 Pellow Terrace last night; Lenny has "
            "died, Ava-Mae in hospital, parents not at home at the time. Open CIN case.",
            "00:40",
            "Police Notification",
        ),
    )
    f.occ(
        "2025-03-01",
        "jar-hospital-discussion",
        R(
            "jar",
            "Initial joint agency discussion in the ED relatives' room at 01:00 with DS "
            "Wynn-Baxter and (by phone) the EDT social worker. History from mother taken by me "
            "with police present: both parents out, she at the Royal Oak, Dad 'at his mate's'; "
            "no babysitter. Agreed scene visit in the morning.",
            "01:00",
        ),
        R(
            "pol",
            "JAR INITIAL DISCUSSION AT SGH WITH RAPID RESPONSE PAEDIATRICIAN AND EDT. ACCOUNT "
            "FROM MOTHER: BOTH PARENTS OUT, NO CARER.",
            "01:00",
            "JAR",
            ref="CAD 2802-1561",
        ),
        R(
            "csc",
            "EDT joined JAR discussion at the hospital by phone with police and paediatrician. "
            "Ava-Mae to stay on Puffin Ward tonight.",
            "01:05",
            "JAR",
        ),
    )
    f.occ(
        "2025-03-01",
        "mother-arrested",
        R(
            "pol",
            "SHANNON BRACKWELL ARRESTED AT SGH 0135 ON SUSPICION OF CHILD CRUELTY (WILFUL "
            "NEGLECT) S1 CYPA 1933. CONVEYED STRETTINGHAM CUSTODY.",
            "01:35",
            "Arrest",
            ref="CUST ST/25/2281",
        ),
        R(
            "csc",
            "EDT: mother arrested at hospital (wilful neglect) at 01:35.",
            "01:50",
            "Update",
        ),
    )
    f.occ(
        "2025-03-01",
        "father-arrested",
        R(
            "pol",
            "DEAN FOXLEY LOCATED AT 7 SANDPIT CLOSE AND ARRESTED 0310 ON SUSPICION OF CHILD "
            "CRUELTY (WILFUL NEGLECT). INTOXICATED. CONVEYED STRETTINGHAM CUSTODY.",
            "03:10",
            "Arrest",
            ref="CUST ST/25/2284",
        ),
    )
    f.occ(
        "2025-03-01",
        "police-protection-ava",
        R(
            "pol",
            "AVA-MAE FOXLEY (5) TAKEN INTO POLICE PROTECTION 0140 - BOTH PARENTS IN CUSTODY. "
            "REMAINS ON PUFFIN WARD.",
            "01:40",
            "Police protection",
            ref="CAD 2802-1561",
        ),
        R(
            "csc",
            "EDT: Ava-Mae in police protection from 01:40 (PC Lyall), on Puffin Ward. MGM Carol "
            "Brackwell contacted, will go to hospital in the morning.",
            "01:45",
            "Police Protection",
        ),
    )
    f.occ(
        "2025-03-01",
        "fire-scene-investigation",
        R(
            "fire",
            "Fire investigation with police scene examiner. Seat of fire: living room, sofa "
            "adjacent to a tealight candle on the arm/side table. No accelerant indicated. "
            "Hall smoke alarm: no battery. Samples taken.",
            "09:00",
            "Fire investigation",
            ref="IRS 25-00871",
        ),
        R(
            "pol",
            "JOINT SCENE EXAMINATION WITH SFRS FIRE INVESTIGATION OFFICER. ORIGIN LIVING ROOM - "
            "CANDLE/SOFA. NOT TREATED AS DELIBERATE.",
            "09:00",
            "Scene",
            ref="CAD 2802-1561",
        ),
    )
    f.occ(
        "2025-03-01",
        "jar-home-visit",
        R(
            "jar",
            "Joint home (scene) visit 11:30 with DS Wynn-Baxter after fire investigators had "
            "finished. Children's bedroom at the front, door open, cot and bed. Living room "
            "burnt out. Ashtrays, empty cans, tealights. No working smoke alarm. Photos by "
            "police.",
            "11:30",
        ),
        R(
            "pol",
            "JAR SCENE VISIT WITH PAEDIATRICIAN DR FENWICK-OSEI. OBSERVATIONS RECORDED.",
            "11:30",
            "JAR",
            ref="CAD 2802-1561",
        ),
    )
    f.occ(
        "2025-03-01",
        "ava-to-mgm",
        R(
            "csc",
            "Ava-Mae discharged from Puffin Ward at 16:00 into the care of her maternal "
            "grandmother Carol Brackwell, 41 Holme Lane (under police protection; checks done "
            "by EDT).",
            "16:00",
            "Placement",
        ),
        R(
            "pol",
            "AVA-MAE FOXLEY DISCHARGED FROM SGH TO MGM CAROL BRACKWELL, 41 HOLME LANE. PP "
            "CONTINUES.",
            "16:05",
            "Police protection",
            ref="CAD 2802-1561",
        ),
    )
    f.occ(
        "2025-03-02",
        "pp-end-s20",
        R(
            "csc",
            "EDT: both parents released on bail (condition: no unsupervised contact with "
            "Ava-Mae) and both signed s20 consent for Ava-Mae to stay with MGM. Police "
            "protection ended 12:00.",
            "12:20",
            "Legal status",
        ),
        R(
            "pol",
            "POLICE PROTECTION ENDED 1200 - CHILD ACCOMMODATED S20 WITH MGM.",
            "12:00",
            "Police protection",
            ref="CAD 2802-1561",
        ),
    )
    f.occ(
        "2025-03-03",
        "death-notification",
        R(
            "jar",
            "Notification of child death completed on eCDOP and sent to the CDOP, GP, health "
            "visiting and Gorsefield Infants (sibling).",
            "09:30",
        ),
        R(
            "hv",
            "Contact type: Notification of child death (CDOP). Outcome: Lenny Foxley died "
            "28/02/25 following a house fire. Records secured; HV to contact MGM re Ava-Mae.",
            "10:15",
            "Notification",
        ),
        R(
            "sch",
            "Notification from the child death team that Ava-Mae's little brother Lenny died "
            "on Friday night. Told the head and Ava-Mae's teacher.",
            "10:20",
        ),
        R(
            "gp",
            "Notification of child death received (eCDOP): Lenny Foxley d. 28/02/2025. Record "
            "flagged deceased, recalls cancelled. Ava-Mae's record flagged.",
            "",
            "Admin",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-03",
        "strategy-2",
        R(
            "csc",
            "Strategy meeting re Ava-Mae following Lenny's death. Chair TM. Present: DS "
            "Wynn-Baxter, Dr Fenwick-Osei, HV, school DSL, nursery DSL, SW. Decisions: s47 "
            "(joint) for Ava-Mae; remain with MGM s20; connected person assessment; no "
            "unsupervised contact with parents; rapid review to be requested.",
            "14:00",
            "Strategy Discussion",
        ),
        R(
            "pol",
            "S47 STRAT MTG (AVA-MAE FOXLEY). JOINT S47. CRIMINAL INVESTIGATION (WILFUL "
            "NEGLECT) CONTINUES - BOTH PARENTS ON BAIL.",
            "14:00",
            "Meeting",
            ref="OP HAWTHORN",
        ),
        R(
            "jar",
            "Attended the strategy discussion for Ava-Mae and gave the JAR findings so far.",
            "14:00",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion (virtual). Outcome: joint s47 for sibling; HV to "
            "visit at MGM's.",
            "14:00",
            "Multi-agency meeting",
        ),
        R(
            "nur",
            "Minutes of the strategy meeting received from CSC - copied in for our record: "
            "'Strategy meeting 03/03/25 re Ava-Mae Foxley. Decision: joint s47; Ava-Mae to "
            "remain with MGM; no unsupervised contact with parents.'",
            "",
            "Meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2025-03-04",
        "post-mortem",
        R(
            "cor",
            "Forensic (Home Office) post mortem examination of Lenny Foxley at Strettingham "
            "General mortuary, Dr A Quennevais. Provisional cause: inhalation of fire fumes. "
            "Toxicology pending.",
            "",
            "Post mortem",
        ),
        R(
            "pol",
            "FORENSIC PM LENNY FOXLEY - ATTENDED BY DS. PROVISIONAL COD INHALATION OF FIRE "
            "FUMES. NO INJURIES OF CONCERN.",
            "13:00",
            "Post mortem",
            ref="OP HAWTHORN",
        ),
    )
    f.occ(
        "2025-03-04",
        "homeless-application",
        R(
            "hsg",
            "Homeless application: Shannon Brackwell and Dean Foxley, flat at 22 Pellow Terrace "
            "uninhabitable after fire. Bail address conditions noted (cannot live with MGM).",
            "10:10",
            "Homeless application",
        ),
    )
    f.occ(
        "2025-03-05",
        "temp-accommodation",
        R(
            "hsg",
            "Placed in temporary accommodation: Room 9, Glebe House B&B, Strettingham (both "
            "parents).",
            "15:00",
            "Temporary accommodation",
        ),
        R(
            "csc",
            "Parents now in B&B (Glebe House) per Housing.",
            "",
            "Change of address",
            shift="month",
        ),
    )
    f.occ(
        "2025-03-06",
        "panel-notification",
        R(
            "csc",
            "Serious incident notification submitted to the Child Safeguarding Practice Review "
            "Panel (Lenny Foxley, death, neglect suspected).",
            "",
            "Notification",
        ),
    )
    f.occ(
        "2025-03-13",
        "inquest-opened",
        R(
            "cor",
            "Inquest opened and adjourned, Strettingham Coroner's Court, HM Senior Coroner. "
            "Identity confirmed; medical cause 1a inhalation of fire fumes. Adjourned pending "
            "criminal investigation. Body released for funeral.",
            "10:00",
            "Inquest",
        ),
        R(
            "pol",
            "INQUEST OPENED AND ADJOURNED. DS ATTENDED AND GAVE EVIDENCE OF IDENTITY.",
            "10:00",
            "Inquest",
            ref="OP HAWTHORN",
        ),
        R(
            "jar",
            "Inquest opened today and adjourned (criminal investigation).",
            "",
        ),
    )
    f.occ(
        "2025-03-17",
        "rapid-review",
        R(
            "csc",
            "Rapid review meeting (safeguarding partners: LA, ICB, police). Quorate. Agencies' "
            "returns considered. Recommendation: local Child Safeguarding Practice Review.",
            "10:00",
            "Rapid Review",
        ),
        R(
            "pol",
            "RAPID REVIEW MTG ATTENDED (DCI). POLICE RETURN SUBMITTED.",
            "10:00",
            "Meeting",
            ref="OP HAWTHORN",
        ),
        R(
            "hv",
            "Contact type: Rapid review (Teams), named nurse attended with HV records summary. "
            "Outcome: CSPR recommended.",
            "10:00",
            "Multi-agency meeting",
        ),
        R("jar", "Rapid review - I presented the JAR summary.", "10:00"),
    )

    # --- spring to autumn 2025 -----------------------------------------------------------------
    f.occ(
        "2025-03-26",
        "cla-review-1",
        R(
            "csc",
            "First looked after review for Ava-Mae at MGM's. Settled, sleeping in nan's bed, "
            "asks for Lenny. Plan: connected person assessment, bereavement support, supervised "
            "contact with parents twice weekly.",
            "15:30",
            "CLA Review",
        ),
        R(
            "sch",
            "Ava-Mae's LAC review at her nan's after school - I went. Ava-Mae drew a picture "
            "of Lenny for the IRO.",
        ),
    )
    f.occ(
        "2025-04-04",
        "funeral",
        R(
            "sch",
            "Ava-Mae not in - authorised absence, Lenny's funeral today at Strettingham "
            "Crematorium.",
        ),
        R(
            "csc",
            "Lenny's funeral held today. SW and MGM supported Ava-Mae; parents attended "
            "(supervised by police / bail).",
            "",
            "Family event",
        ),
    )
    f.occ(
        "2025-04-16",
        "fire-report-coroner",
        R(
            "fire",
            "Fire investigation report (final) issued to police and HM Coroner: accidental "
            "ignition of sofa by unattended candle; no working smoke alarm.",
            "14:00",
            "Report",
            ref="IRS 25-00871",
        ),
        R(
            "cor",
            "Fire investigation report received from SFRS and placed on inquest file.",
            "16:30",
            "Correspondence",
        ),
    )
    f.occ(
        "2025-05-01",
        "cpr-commissioned",
        R(
            "csc",
            "Safeguarding partners' decision: local Child Safeguarding Practice Review "
            "commissioned. Agencies asked for chronologies.",
            "",
            "Review",
        ),
    )
    f.occ(
        "2025-09-16",
        "mother-charged",
        R(
            "pol",
            "SHANNON BRACKWELL ANSWERED BAIL 1000 - CHARGED CHILD CRUELTY (WILFUL NEGLECT) S1 "
            "CYPA 1933 X2 (LENNY, AVA-MAE). BAILED TO STRETTINGHAM MAGS 07/10/25.",
            "10:00",
            "Charge",
            ref="CUST ST/25/2281",
        ),
        R(
            "csc",
            "Police confirmed mother charged today with child cruelty (neglect); first hearing "
            "7 October.",
            "",
            "Update",
        ),
    )
    f.occ(
        "2025-09-16",
        "father-charged",
        R(
            "pol",
            "DEAN FOXLEY ANSWERED BAIL 1130 - CHARGED CHILD CRUELTY (WILFUL NEGLECT) X2. "
            "BAILED TO STRETTINGHAM MAGS 07/10/25.",
            "11:30",
            "Charge",
            ref="CUST ST/25/2284",
        ),
    )
    f.occ(
        "2025-09-18",
        "coroner-informed-charges",
        R(
            "cor",
            "Police informed the Coroner that both parents have been charged. Inquest remains "
            "adjourned pending the outcome of criminal proceedings.",
            "",
            "Correspondence",
        ),
    )
    f.occ(
        "2025-10-07",
        "first-appearance",
        R(
            "pol",
            "STRETTINGHAM MAGISTRATES: BRACKWELL AND FOXLEY - NO PLEAS, SENT TO CROWN COURT. "
            "PTPH 04/11/25. BAIL CONTINUED.",
            "",
            "Court result",
            ref="URN 22ST1160925",
        ),
        R(
            "csc",
            "Parents appeared at Magistrates today, sent to Crown Court. Bail conditions re "
            "contact continue.",
            "",
            "Update",
        ),
    )
    # --- routine entries ----------------------------------------------------------------------
    routine = [
        (
            "hv",
            "2024-09-02",
            "2024-09-13",
            "Telephone",
            "Contact type: Telephone - booking 2 year "
            "review. Outcome: Mum agreed date, reminder text sent.",
        ),
        (
            "hv",
            "2024-11-11",
            "2024-12-03",
            "Home visit",
            "Contact type: Home visit (targeted). "
            "Outcome: nappy rash improving; Mum tired, Dad asleep after night shift.",
        ),
        (
            "hv",
            "2025-01-27",
            "2025-02-10",
            "Home visit",
            "Contact type: Home visit (CIN monthly). "
            "Outcome: burn healed. Tealights on the window sill and sofa arm - fire risk "
            "discussed again.",
        ),
        (
            "hv",
            "2025-03-24",
            "2025-04-30",
            "Home visit",
            "Contact type: Home visit to Ava-Mae at "
            "MGM's. Outcome: sleeping poorly, bereavement leaflet given.",
        ),
        (
            "gp",
            "2024-09-02",
            "2024-12-13",
            "Consultation",
            "S: Ava-Mae cough 1/52, eating ok. O: "
            "chest clear, T 37.2. A: viral URTI. P: fluids, safety net.",
        ),
        (
            "gp",
            "2024-10-21",
            "2025-01-17",
            "Medication",
            "Lenny: emollient and barrier cream issued (nappy rash).",
        ),
        (
            "gp",
            "2025-04-07",
            "2025-07-18",
            "Consultation",
            "S: Ava-Mae (with MGM) nightmares since "
            "brother died. O: quiet, engaged. A: grief reaction. P: referral to Little Lanterns "
            "child bereavement service.",
        ),
        (
            "sch",
            "2024-09-04",
            "2024-10-04",
            "",
            "Ava-Mae late 3 times this week - Mum says the alarm didn't go off.",
        ),
        (
            "sch",
            "2024-11-04",
            "2024-11-29",
            "",
            "Ava-Mae very hungry at breakfast club, had two bowls.",
        ),
        (
            "sch",
            "2025-01-06",
            "2025-02-07",
            "",
            "Ava-Mae in the same uniform all week, spare given and sent home in a bag.",
        ),
        (
            "sch",
            "2025-04-22",
            "2025-07-18",
            "",
            "Ava-Mae settled at her nan's, on time every day. ELSA bereavement sessions started.",
        ),
        (
            "sch",
            "2025-09-04",
            "2025-10-17",
            "",
            "Ava-Mae into Year 2 - nan drops her off, happy to come in.",
        ),
        (
            "nur",
            "2024-09-04",
            "2024-10-04",
            "Attendance",
            "Lenny attending Mon-Wed, settled, speech few words.",
        ),
        (
            "nur",
            "2025-01-27",
            "2025-01-31",
            "Welfare",
            "Lenny's hand bandaged - Mum says burn from oven, GP dressing it. Body map done.",
        ),
        (
            "nur",
            "2025-03-10",
            "2025-03-28",
            "Admin",
            "Lenny's place closed. Staff debrief and support after his death.",
        ),
        (
            "csc",
            "2024-10-28",
            "2024-11-15",
            "Supervision",
            "Supervision: assessment on track, parents engaging.",
        ),
        (
            "csc",
            "2025-01-13",
            "2025-02-04",
            "Visit - CIN",
            "CIN visit: children seen, home untidy, smoke alarm tested and working.",
        ),
        (
            "csc",
            "2025-04-07",
            "2025-06-30",
            "Visit - CLA",
            "Statutory visit to Ava-Mae at 41 "
            "Holme Lane, seen alone, talks about Lenny 'in the stars'.",
        ),
        (
            "csc",
            "2025-04-07",
            "2025-09-12",
            "Contact",
            "Supervised contact Ava-Mae with both "
            "parents at the family centre - warm, Mum very tearful.",
        ),
        (
            "csc",
            "2025-06-02",
            "2025-09-12",
            "Assessment",
            "Connected person assessment of Carol Brackwell completed - positive, to panel.",
        ),
        (
            "pol",
            "2025-04-22",
            "2025-08-29",
            "Investigation",
            "OP HAWTHORN - FILE SUBMITTED TO CPS FOR CHARGING ADVICE.",
        ),
        (
            "hsg",
            "2025-04-07",
            "2025-08-29",
            "Review",
            "TA review: parents remain at Glebe House, bidding for a 1-bed flat.",
        ),
        (
            "cor",
            "2025-04-22",
            "2025-07-31",
            "Correspondence",
            "Toxicology results received: no drugs or alcohol detected.",
        ),
        (
            "jar",
            "2025-04-22",
            "2025-06-30",
            "",
            "JAR report completed and sent to CDOP and the Coroner.",
        ),
        (
            "fire",
            "2025-02-14",
            "2025-02-26",
            "Home fire safety",
            "Home fire safety visit "
            "requested by CSC for 22 Pellow Terrace. Letter sent offering 10/03/25.",
        ),
    ]
    untimed = {"sch", "jar"}
    for sheet, start, end, kind, text in routine:
        f.fill(sheet, start, end, [(kind, text)], timed=sheet not in untimed)
    return f.case()


def blind_dedup_cases_29() -> list[BlindCase]:
    """The twenty-ninth blind set's families, in the order they were written."""
    return [_harrandi(), _adewuyi(), _foxley()]


if __name__ == "__main__":
    summary(blind_dedup_cases_29)
