"""A ninth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 105-130 chronology rows from eleven or twelve services
(twelve sheets each; one school's return in two sheets in one case) over thirteen to fourteen
months, unlike each other and unlike the earlier blind sets' families: an eleven-year-old girl
brought from abroad into a private fostering arrangement with a family friend and found to be
held in domestic servitude (a school's private fostering notification, an interpreter at every
conversation, a joint police and social care visit, police protection, both carers' arrests on
one evening, the Home Office's entry records, a National Referral Mechanism referral and its
decisions, a foster placement, a child protection medical, an age assessment, an independent
child trafficking guardian, a missing episode, the move to secondary school, the carer's
charge); a mother killed by her former partner with her two children (4 and 8) in the flat
(police call-outs, Operation Encompass calls to the school, a DASH risk assessment, two MARACs,
an IDVA, a non-molestation order, a conviction for strangulation, a restraining order and its
breaches, bail, the homicide, police and ambulance at the scene, the children at the emergency
department and placed with their grandparents, an interim care order, bereavement support, a
serious incident notification, a domestic homicide review notification and a rapid review); a
thirteen-year-old autistic boy with a severe learning disability and little speech, boarding at
a residential special school and going home every other weekend by contracted minibus, found
with fingertip bruising after a weekend at home (a restraint at school the Friday before and an
escort's hold on the Monday minibus, a LADO allegation about the staff and the escort considered
and excluded, a joint s47 with police, a child protection medical, the mother's partner's
voluntary interview and no further action, a child in need plan, positive behaviour support,
more short breaks, a deprivation of liberty authorised by the High Court and reviewed, speech
and language therapy, an EHCP annual review and amendment).

Written blind: composed from the domain brief, the `Event` schema, the shared kit
(`dedup_case_kit.py`) and the head of the seventh blind set (its docstring and agency constants,
read for the format and the labelling rules; none of its families, wordings or places reused),
without reading the duplicate rules, their settings, the linkage model, any result or any other
labelled set's families, and without running the merge on these cases. Kept apart from tuning:
measure on them blind first.

The services write very differently: terse capital-letter police logs with log numbers and
offence codes; long social care narrative in the first person; "Contact type: ... | Referrer:
..." front-door templates; a school's safeguarding-log entries (what was seen, then the action);
a GP journal; clinical shorthand from the looked-after children's health team (Hx, O/E, c/w);
an interpreting service's booking log, one pipe-separated line per job and no event-type
column; a trafficking guardian's first-person case record with no event-type column; an
independent reviewing officer's decisions; a Border Force and Home Office record written in
immigration terms; a supervising social worker who pastes the foster carer's own log; an
ambulance patient-record summary and an emergency department's triage, review and discharge
rows; an IDVA's case notes; probation contact records; a health visitor who pastes the MARAC
coordinator's minute; a school log with one row per child; a safeguarding partnership's
business log; a bereavement service's record with no event-type column; a residential special
school's return in two sheets (a CPOMS-style education log written as "Incident type: ... |
Action: ...", and a residential care log with body maps and night logs); a transport
contractor's pipe-separated route log; a LADO's first-person record with no event-type column;
a local authority solicitor's matter log with court references; dates written inside the text
("received 04/06", "last night", "Sat 17/02", "dated yesterday").

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email, letter or referral was logged by the receiving service on the next day.

How the rows were labelled (the rules every blind set applies):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, core group, MARAC, looked-after review,
  personal education plan meeting, professionals' meeting, rapid review meeting, court
  hearing), in whatever words, with whatever time or none, is one occurrence. A minute pasted
  into another service's return under its own preface is a record of the same meeting.
- Both ends of one phone call (or one referral, notification, letter or email sent and
  received) are one occurrence, even when the receiving service logs it the next day. A later
  call back, another attempt to reach the same person, or a letter sent after the call is not.
- A joint visit recorded by both agencies that made it is one occurrence. Visits by two agencies
  on one day that each made alone are two.
- A police incident and the Children's Social Care entry recording that the police notification
  was received are DIFFERENT occurrences, even on the same day; so are the front door's
  screening decision and the contact it screens, and a hospital's notice of an attendance to
  the health visitor, GP or school. An incident attended by police and ambulance together is
  one occurrence; the emergency department attendance that follows is another.
- Life events (a birth, a death, a house move, a placement start, a school move, a GP
  registration, an admission or discharge, an arrest, a charge, a court result or order)
  recorded by two services on the same day, or by one of them the next day, are one occurrence
  when they name the same specifics. Two people's arrests on one day are two occurrences; so
  are an arrest and a charge.
- An entry typed twice on one sheet (the same words or nearly) is one occurrence.
- An emergency department that writes one attendance as several rows (triage, review,
  discharge) records ONE occurrence; attendances on consecutive days are separate; an
  emergency department attendance and the ward or intensive care admission that follows are
  two occurrences.
- A school that writes one row per child for one event records ONE occurrence; two children's
  separate appointments in one session are separate.

Decisions and look-alikes for the Kalonji case (the girl in domestic servitude):

- Decision for this set: an interpreter's booking-log line for a job is a record of the visit,
  interview, medical, meeting or call the interpreter worked at (the interpreter was there), so
  it joins that occurrence; two jobs for the same worker on one day (seeing the girl alone at
  school, then the home visit) are two occurrences.
- Decision for this set: a service's entry that it was told, that day or the next, of an arrest
  or a charge and naming who, when and what, is a record of that arrest or charge (the life
  event), not a separate call; a social care entry that a police notification of a missing
  episode arrived is the notification (kept apart, as the rule for police incidents says).
- Decision for this set: a foster carer's call reporting the girl missing and the police
  missing-person record of that episode (reported, located, returned) are one occurrence; the
  police notification to social care next morning and the return interview are others.
- Decision for this set: a Home Office decision (reasonable grounds, conclusive grounds) and the
  First Responder's entry that the decision letter arrived are one occurrence (a letter sent
  and received); the social worker forwarding the letter to the guardian is another.
- Look-alikes kept apart: a school's private fostering notification and the front door's
  decision on it the next day; a social worker seeing the girl alone at school and the home
  visit later that afternoon (the same interpreter booked twice); the front door's screening
  decision, a GP's emailed information and the strategy discussion on one day; the joint visit,
  the carer's arrest, the placement start and the other carer's arrest on one evening; a police
  call to the Home Office and the NRM referral to the Home Office on one day; the carers'
  release under investigation and the call to the girl's mother; the reasonable grounds letter
  and the email forwarding it; a professionals' meeting and an age assessment session on one
  day; the missing episode, the police notification of it and the return interview; a file
  transfer and the first day at the new school; a charge and the other carer's no-further-action
  decision on the same afternoon; a charge and the first court appearance.

Decisions and look-alikes for the Lanyon family (the mother killed by her former partner):

- Decision for this set: the police's sending of a domestic abuse notification (PPN) and the
  front door's entry that it arrived are one occurrence (a notification sent and received),
  apart from the incident it reports and from the screening decision on it. An Operation
  Encompass call from the police to the school is one occurrence however many rows (one per
  child) the school writes.
- Decision for this set: the police and ambulance attendance at the killing, with the
  pronouncement of death at the scene written into both records, is one occurrence; the
  out-of-hours social worker being told, the arrest, and each child's emergency department
  attendance are others. An ambulance conveying the mother to hospital belongs to the
  attendance at the flat; the emergency department attendance (triage, review, discharge rows)
  is another occurrence.
- Decision for this set: an order made at a hearing (a non-molestation order without notice, a
  sentence with a restraining order, an interim care order) belongs to that hearing's
  occurrence, whoever notes it that day; probation's next-morning note that custody told them
  of an arrest (naming who, when and why) is that arrest.
- Decision for this set: the local authority's entry that it submitted the serious incident
  notification and the partnership's entry submitting it online are one occurrence (one
  notification); the rapid review pack circulated the day before and the rapid review meeting
  are two.
- Decision for this set: a school's rows for each child about one event (a head teacher told of
  the death by the police family liaison officer, the children's return to school together with
  their grandmother, both absent for the funeral) are one occurrence per event.
- Look-alikes kept apart: the first incident, the PPN and the Encompass call; the front door's
  decision on the PPN; the strangulation call-out, the arrest, the mother's emergency department
  attendance, the charge next day and probation's next-morning entry about the arrest (on the
  day of the charge); the police domestic abuse unit's IDVA referral and its MARAC referral the
  same morning; the front door's receipt of the second notification and the emergency
  department's notice to the health visitor; the GP's conference report and the conference; a
  review conference and the core group straight after it; the school gate incident, the arrest
  the next morning and the charge that afternoon; two call-outs to the flat on one evening; the
  mother's call to her IDVA and the bail hearing the same day; the killing, the out-of-hours
  notification, the arrest, the boy's and the girl's separate emergency department attendances,
  the placement after midnight and the head teacher told that morning; the murder charge and
  the remand hearing the next day; a strategy discussion and the serious incident notification
  on one Monday; an interim care order and the looked-after review.

Decisions and look-alikes for the Marsland family (the boy at the residential special school):

- Decision for this set: a transport contractor's log line for a journey and the school's
  residential log entry that the boy left on (or arrived by) that journey are one occurrence
  (the handover, like both ends of a call); the incident on the Monday minibus, written only in
  the contractor's log, is its own occurrence, and the incident form emailed to the school
  that morning is another (an email sent and received).
- Decision for this set: the residential log's two near-identical entries of the bruising found
  at bath time are one occurrence typed twice. The strategy discussion notes pasted into the
  residential log the next day are a record of the strategy discussion.
- Decision for this set: a deprivation of liberty order made at a High Court hearing belongs to
  that hearing's occurrence, including the residential log's note that afternoon that the
  social worker phoned to say the order was made (a court order recorded by a second service
  the same day); the application issued weeks before, the review hearing and the final hearing
  are separate occurrences.
- Decision for this set: a resource panel recorded by the social worker and by the short breaks
  manager who sits on it is one meeting; a joint home visit by the school's behaviour lead and
  the social worker is one occurrence.
- Look-alikes kept apart: the email raising the deprivation of liberty and the legal planning
  meeting; Friday's restraint in class and the journey home that afternoon; the mother's Sunday
  call to the residential house; the Monday minibus incident, the incident form emailed, the
  bruising found at bath time and the call to the out-of-hours team that evening; the LADO
  consultation, the strategy discussion and the child protection medical on one Tuesday; the
  LADO's call to the transport manager and the LADO meeting the next day; the LADO meeting and
  a professionals' meeting on one afternoon; the voluntary interview; the s47 outcome meeting
  and the police's no-further-action the same afternoon; the LADO's outcome letter; the
  paediatrician's letter to the GP weeks after the medical; a child in need meeting and the
  later child in need review; a therapy report emailed on the morning of the annual review and
  the review that afternoon; the amendment notice and the final plan; three deprivation of
  liberty hearings.

Everything is invented: people, workers, schools, surgeries, hospitals, towns, an airport,
courts, police forces, services, addresses, postcodes and reference numbers. Deterministic: one
fixed seed per case (it only places the routine entries and picks their times), no set or hash
ordering.

    python sample_data/blind_dedup_cases_9.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
SCHOOL = "School"
GP = "GP"
HOME_OFFICE = "Home Office (Border Force / Single Competent Authority)"
INTERPRETING = "Interpreting Service"
LAC_HEALTH = "Looked After Children Health Team"
FOSTERING = "Fostering Service"
ICTG = "Independent Child Trafficking Guardian Service"
IRO = "Independent Reviewing Service"
VIRTUAL_SCHOOL = "Virtual School"
IDVA = "Domestic Abuse Service (IDVA)"
HV = "Health Visiting"
AMBULANCE = "Ambulance Service"
ED = "Emergency Department"
HOUSING = "Housing"
BEREAVEMENT = "Child Bereavement Service"
PROBATION = "Probation Service"
PARTNERSHIP = "Safeguarding Children Partnership"
RES_SCHOOL = "Residential Special School"
DCT = "Disabled Children's Team"
LADO = "Local Authority Designated Officer"
PAEDS = "Community Paediatrics"
SHORT_BREAKS = "Short Breaks Service"
SALT = "Speech and Language Therapy"
SEND = "SEND Casework Team"
LEGAL = "Local Authority Legal Services"
TRANSPORT = "Home to School Transport"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, RES_SCHOOL, TRANSPORT)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Kalonji case, Pellingford. Merveille Kalonji (assessed DOB 14/03/2013) arrives at
# Kestlebury Airport on 09/02/2024 with Odette Lukusa, a family friend presented as her aunt,
# and lives with Odette, her husband Patrice and their two small children at 27 Cinderhill Row,
# Pellingford QK3 7WD; registered at Fennick Road Surgery; Year 6 at Larkspur Lane Primary.
# Her mother Therese Kalonji lives in Kinshasa; Merveille speaks Lingala and some French. Found
# to be in domestic servitude; placed with foster carers Imogen and Huw Tapley at Ostley Green;
# Year 7 at Brackenholt Academy from September 2024.
# --------------------------------------------------------------------------------------------


def _kalonji() -> BlindCase:
    f = Family(
        "kalonji",
        901,
        {
            "pri": Sheet(
                SCHOOL,
                "LarkspurLane_Primary_safeguarding_log.xlsx",
                "CPOMS export",
                (("2024-01-01", "Mrs Carys Pembery (DSL)"),),
            ),
            "sec": Sheet(
                SCHOOL,
                "Brackenholt_Academy_chronology.xlsx",
                "Safeguarding",
                (("2024-09-01", "Mr Dominic Ashgrove (DSL)"),),
            ),
            "csc": Sheet(
                CSC,
                "Pellingford_CSC_chronology_MK.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "Saira Hollins (MASH)"),
                    ("2024-04-26", "Bethan Cardew"),
                    ("2024-06-10", "Gideon Marlowe"),
                ),
            ),
            "pol": Sheet(
                POLICE,
                "Marchshire_Police_MSET_return.xlsx",
                "Niche extract",
                (("2024-01-01", "DC 4471 Renshaw"), ("2024-06-05", "DS 2290 Vane")),
            ),
            "ho": Sheet(
                HOME_OFFICE,
                "HomeOffice_chronology_KALONJI.xlsx",
                "CID and SCA",
                (
                    ("2024-01-01", "BFO 7731 (Kestlebury)"),
                    ("2024-06-01", "Safeguarding Hub, Immigration Enforcement"),
                    ("2024-06-14", "SCA Child Team"),
                ),
            ),
            "int": Sheet(
                INTERPRETING,
                "Parlance_Pellingford_bookings_Kalonji.csv",
                "",
                (("2024-01-01", "Lingala interpreter L. Mbemba-Sayer"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "FennickRoad_Surgery_journal.xlsx",
                "Journal",
                (("2024-01-01", "Dr Aled Fairweather"),),
            ),
            "lac": Sheet(
                LAC_HEALTH,
                "Pellingford_Childrens_Health_LAC.xlsx",
                "Clinical notes",
                (("2024-01-01", "Dr Priya Vellacott (Consultant Paediatrician)"),),
            ),
            "fost": Sheet(
                FOSTERING,
                "Fostering_SSW_log_Tapley.xlsx",
                "Placement log",
                (("2024-01-01", "Lorna Gethin (SSW)"),),
            ),
            "ictg": Sheet(
                ICTG,
                "ICTG_case_record_MK.docx",
                "Table 1",
                (("2024-01-01", "Ruth Penhallow (ICTG)"),),
                typed=False,
            ),
            "iro": Sheet(
                IRO,
                "IRO_record_Kalonji.xlsx",
                "Reviews",
                (("2024-01-01", "Marcus Lindqvist (IRO)"),),
            ),
            "vs": Sheet(
                VIRTUAL_SCHOOL,
                "VirtualSchool_PEP_log.xlsx",
                "Log",
                (("2024-01-01", "Hannah Foulger (VS caseworker)"),),
            ),
        },
    )

    # Arrival, registration, a new school: each recorded by one service only.
    f.occ(
        "2024-02-09",
        "arrival",
        R(
            "ho",
            "Primary Arrivals Control, Kestlebury T1. Female child presented DRC passport in name "
            "KALONJI Merveille, DOB 14/03/2010, visit visa valid 6 months. Accompanied by LUKUSA "
            "Odette (British citizen, UK resident), stated to be maternal aunt. Letter of consent "
            "from mother produced. Child quiet, adult answered for her. Landed as visitor. No "
            "safeguarding referral made.",
            "14:22",
            "Arrival",
            ref="BF/KST/24/0209/114",
        ),
    )
    f.occ(
        "2024-03-05",
        "gp-registration",
        R(
            "gp",
            "New patient registration (GMS1) completed by Mrs O Lukusa, described as aunt. DOB "
            "given 14/03/2013. No previous UK records, imms history unknown. New patient check "
            "with practice nurse booked.",
            "11:40",
            "Registration",
        ),
    )
    f.occ(
        "2024-03-11",
        "school-admission",
        R(
            "pri",
            "In-year admission to Year 6 (Rowan class). Brought by Mrs Lukusa ('auntie'). DOB on "
            "admission form 14/03/2013. First language Lingala, some French, very little English. "
            "EAL assessment to follow. Buddy allocated. Action: FSM form given to carer.",
            "08:50",
            "Admission",
        ),
    )
    f.occ(
        "2024-04-23",
        "disclosure-ta",
        R(
            "pri",
            "M spoke to Mme Rivaud (TA, French speaker) at lunch: Mrs Lukusa is 'not my auntie, a "
            "friend of mama'. Mother lives in Kinshasa; M came 'to help with the babies and go to "
            "school'. Has not spoken to her mother since February. Action: DSL view - likely "
            "private fostering (not a relative, over 28 days). Notify LA tomorrow after checking "
            "admission papers.",
            "13:10",
            "Safeguarding - disclosure",
        ),
    )
    # The school's private fostering notification, both ends; the front door's decision is
    # the next day.
    f.occ(
        "2024-04-24",
        "pf-notification",
        R(
            "pri",
            "Private fostering notification made by DSL to Pellingford MASH by phone (spoke to "
            "Saira) and online form sent 10:55. Carer not told yet - MASH advised they will "
            "contact her. Action: monitor attendance and lunch.",
            "10:40",
            "External referral",
        ),
        R(
            "csc",
            "Contact type: Telephone (professional) | Referrer: C Pembery, DSL Larkspur Lane "
            "Primary | Reason: possible private fostering arrangement. Child M (11) living with "
            "family friend Mrs O Lukusa since Feb 2024, mother in DRC. Not notified to LA by "
            "carer. Online form to follow.",
            "10:52",
            "Contact",
        ),
    )
    f.occ(
        "2024-04-25",
        "mash-decision-pf",
        R(
            "csc",
            "MASH decision (RAG amber): meets criteria for private fostering assessment, no CP "
            "concerns identified at this stage. Checks: police no trace M, no trace O Lukusa; GP "
            "Fennick Road. Passed to Family Placement (PF) for initial visit within 7 working "
            "days.",
            "15:30",
            "MASH decision",
            "Transferred to PF team",
        ),
    )
    # Two interpreter jobs for the same social worker on one afternoon: two occurrences.
    f.occ(
        "2024-04-30",
        "seen-alone-school",
        R(
            "pri",
            "PF social worker (Bethan Cardew) saw M alone in the library with a Lingala "
            "interpreter, 1.30-2.20. M tired but smiling. SW visiting home later today. Action: "
            "none for school.",
            "13:30",
            "Visit by professional",
        ),
        R(
            "csc",
            "I saw M alone at school (Larkspur Lane) with a Lingala interpreter present. She calls "
            "Mrs Lukusa 'mama Odette'. She looks after Gloire (3) and baby Naomie before and after "
            "school and 'helps' with washing and cooking. Sleeps in the children's room. Likes "
            "school. Could not say when she will go home to Kinshasa. Asked me not to tell auntie "
            "what she said about the housework. Explained PF and my role.",
            "13:30",
            "Private fostering visit",
        ),
        R(
            "int",
            "Job 24/0417 | Lingala | Face to face | Larkspur Lane Primary School | Requester B "
            "Cardew (CSC PF team) | Booked 13:30-14:30 | Completed | Child spoke freely once "
            "teacher left",
            "13:25",
        ),
    )
    f.occ(
        "2024-04-30",
        "pf-home-visit",
        R(
            "csc",
            "PF initial visit to 27 Cinderhill Row. Mrs L chose to speak English; interpreter used "
            "for M. Mrs L says M's mother is 'a friend of my cousin' and asked her to give M a "
            "better education, arrangement 'until she finishes school'. M is 'like a daughter' and "
            "'helps like all our girls do'. Passport not produced - 'with my husband's papers'. "
            "Sleeping: mattress in small bedroom with the two younger children. Home clean and "
            "well furnished. Advised of notification duties, checks and visits. Mother's number "
            "not given - Mrs L will text it.",
            "16:15",
            "Private fostering visit",
        ),
        R(
            "int",
            "Job 24/0418 | Lingala | Face to face | Home visit, 27 Cinderhill Row QK3 | Requester "
            "B Cardew | Booked 16:00-17:30 | Completed | Adult declined interpreter, used for "
            "child only",
            "16:00",
        ),
    )
    f.occ(
        "2024-05-14",
        "pf-checks",
        R(
            "csc",
            "Emailed Marchshire Police PVP unit requesting statutory PF checks on Odette and "
            "Patrice Lukusa. DBS forms posted to the household. Mother's number still not "
            "provided - chased by text.",
            "09:30",
            "Checks",
        ),
        R(
            "pol",
            "PVP REF 24/PF/0883. EMAIL REQUEST FROM PELLINGFORD CSC (CARDEW) FOR PF CHECKS ON "
            "LUKUSA ODETTE AND LUKUSA PATRICE, 27 CINDERHILL ROW. ENQUIRIES COMMENCED.",
            "10:05",
            "INFO REQUEST",
            shift="late",
        ),
    )
    # The burn seen in the morning; the DSL's call to MASH (logged there the next morning).
    f.occ(
        "2024-06-04",
        "burn-seen",
        R(
            "pri",
            "Class teacher saw a healing burn on the inside of M's left forearm (about 6cm, "
            "shiny, scabbed edge) when she rolled her sleeves up for PE. M said 'the iron' - she "
            "was ironing Mr L's shirts early before school. Body map done. Fell asleep in the "
            "afternoon lesson again. No packed lunch; ate two helpings at dinner. Action: DSL "
            "informed.",
            "09:15",
            "Safeguarding - physical",
        ),
    )
    f.occ(
        "2024-06-04",
        "dsl-call-mash",
        R(
            "pri",
            "DSL phoned MASH about the burn and new disclosures to Mme Rivaud: M gets up at 5am to "
            "wash clothes and clean, looks after the babies in the evening, is not allowed to eat "
            "with the family, sleeps on the kitchen floor when there are visitors, and Mrs L "
            "'keeps my passport'. Asked for a strategy discussion. Email follow-up 11:30.",
            "11:05",
            "External referral",
        ),
        R(
            "csc",
            "Contact type: Telephone call from school DSL (received 04/06 late morning, entered "
            "today) | Referrer: Larkspur Lane Primary | Concern: burn to forearm from ironing; M "
            "does domestic work from 5am, sleeps on kitchen floor, food withheld, passport held "
            "by carer | Open PF assessment (B Cardew) | Possible modern slavery / domestic "
            "servitude indicators.",
            "08:45",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-05",
        "mash-decision-s47",
        R(
            "csc",
            "MASH screening: RAG red. Threshold for s47 likely met - domestic servitude / "
            "trafficking indicators within a PF arrangement. Strategy discussion convened for "
            "14:00 today; police MSET and school invited, GP asked for information.",
            "09:30",
            "MASH decision",
            "Strategy discussion convened",
        ),
    )
    f.occ(
        "2024-06-05",
        "gp-info-email",
        R(
            "gp",
            "Safeguarding: information request from Pellingford MASH for strategy discussion. "
            "Record reviewed - reg 05/03/24, one consultation (cough, attended with Mrs L), new "
            "patient check DNA x2, imms status unknown, no injuries recorded. Summary emailed to "
            "MASH secure inbox. Unable to attend strategy.",
            "10:20",
            "Safeguarding",
        ),
        R(
            "csc",
            "GP response received by email (Fennick Road Surgery): registered March, one "
            "attendance, two missed new patient checks, no injuries on record.",
            "10:31",
            "Information received",
        ),
    )
    f.occ(
        "2024-06-05",
        "strategy",
        R(
            "csc",
            "Strategy discussion (Teams). Present: T Marsh (TM, chair), B Cardew (SW), DS Vane "
            "(Marchshire MSET), C Pembery (DSL). GP information shared. Concerns: burn, domestic "
            "labour, food, sleeping arrangements, passport withheld, PF not notified by carer. "
            "Agreed: joint s47 with police, joint visit tomorrow with Lingala interpreter, police "
            "protection to be considered if disclosures repeated. Police to obtain Border Force "
            "entry record. School to keep M at after-school club until visit.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRATEGY DISCUSSION 1400 VIA TEAMS, CSC CHAIR. SUBJECT KALONJI MERVEILLE (11). "
            "INDICATORS DOMESTIC SERVITUDE / POSS TRAFFICKING. JOINT S47 AGREED. JOINT VISIT "
            "06/06 PM. OIC DS VANE MSET. BF ENTRY RECORDS TO BE REQUESTED.",
            "14:00",
            "STRAT MTG",
            ref="MP-24-061366",
        ),
        R(
            "pri",
            "DSL attended the strategy meeting online at 2pm. Joint police/SW visit tomorrow. "
            "Action: school to keep M at after-school club tomorrow (school funding it) so she is "
            "not collected before the visit. Head informed.",
            "",
            "Multi-agency meeting",
            shift="swap",
        ),
    )
    # The joint visit, one carer's arrest, the placement, the other carer's arrest: one evening.
    f.occ(
        "2024-06-06",
        "joint-visit",
        R(
            "pol",
            "ATTENDED 27 CINDERHILL ROW QK3 7WD WITH CSC (CARDEW) AND LINGALA INTERPRETER. CHILD "
            "SPOKEN TO - DISCLOSED WORKING FROM 0500, SLEEPING ON KITCHEN FLOOR, NOT PAID, HIT "
            "WITH SLIPPER. PASSPORT LOCATED IN BEDROOM WARDROBE, DOB 14/03/2010. POLICE "
            "PROTECTION (S46 CA1989) 1840, DESIGNATED OFFICER INSP HALLORAN. CHILD TO EMERGENCY "
            "FOSTER CARER WITH CSC.",
            "17:45",
            "S47 JOINT VISIT",
            ref="MP-24-061366",
        ),
        R(
            "csc",
            "Joint visit with DS Vane and PC Oduya, Lingala interpreter in person. M came home "
            "from after-school club with a neighbour at 5.45. Mrs L present, Mr L at work. Alone "
            "with M (interpreter present) she described her day: up at 5, laundry, cleaning, "
            "feeding the babies, school, then cooking and childcare until late; eats after the "
            "family, 'what is left'; hit with a slipper if the work is not done; never paid; told "
            "not to talk to teachers. Police found M's passport (DOB 14/03/2010, not the DOB given "
            "to school) in Mrs L's wardrobe. Police protection taken 18:40.",
            "17:45",
            "Section 47",
        ),
        R(
            "int",
            "Job 24/0502 | Lingala | Face to face | URGENT joint police/CSC visit, 27 Cinderhill "
            "Row | Requester B Cardew | 17:30-19:20 | Completed | Adult shouted at interpreter in "
            "Lingala, officer intervened",
            "17:30",
        ),
    )
    f.occ(
        "2024-06-06",
        "arrest-odette",
        R(
            "pol",
            "LUKUSA ODETTE ARRESTED 1905 AT HOME ADDRESS ON SUSP HOLD PERSON IN SLAVERY OR "
            "SERVITUDE (S1 MSA 2015). CONVEYED PELLINGFORD CUSTODY. CHILDREN OF HOUSEHOLD LEFT "
            "WITH SISTER TSHALA BIJOU.",
            "19:05",
            "ARREST",
            ref="MP-24-061366",
        ),
        R(
            "csc",
            "Mrs Odette Lukusa arrested at the address by DS Vane at 19:05 on suspicion of a s1 "
            "Modern Slavery Act offence. Gloire and Naomie left with Mrs L's sister Bijou Tshala "
            "(arrived 18:50); separate s47 to be opened for them.",
            "19:30",
            "Police involvement",
        ),
    )
    f.occ(
        "2024-06-06",
        "placement-start",
        R(
            "csc",
            "M placed with emergency foster carers Imogen and Huw Tapley (Ostley Green) at 21:10 "
            "under police protection. Placement plan started; clothes and toothbrush provided by "
            "carers.",
            "21:10",
            "Placement start",
        ),
        R(
            "fost",
            "Emergency placement: M (11, from DRC, speaks Lingala) arrived at the Tapleys 21.15 "
            "with SW Bethan Cardew, under police protection. Carers told she has 'a burn on her "
            "arm, doctor will see it'. Said goodnight in French. Slept with the landing light on.",
            "21:15",
            "Placement",
        ),
    )
    f.occ(
        "2024-06-06",
        "arrest-patrice",
        R(
            "pol",
            "LUKUSA PATRICE ARRESTED 2135 ON RETURN TO HOME ADDRESS, SUSP S1 MSA 2015 "
            "(SERVITUDE). MADE NO REPLY. CONVEYED PELLINGFORD CUSTODY.",
            "21:35",
            "ARREST",
            ref="MP-24-061366",
        ),
        R(
            "csc",
            "DS Vane phoned: Patrice Lukusa was arrested at 21:35 last night when he came home, "
            "on suspicion of the same s1 offence; both carers in custody at Pellingford, "
            "interviews today.",
            "09:10",
            "Police involvement",
            shift="late",
        ),
    )
    # A police call to the Home Office, and the NRM referral to the Home Office: two contacts.
    f.occ(
        "2024-06-07",
        "police-call-ho",
        R(
            "pol",
            "TEL CALL TO HOME OFFICE IMMIGRATION ENFORCEMENT SAFEGUARDING HUB RE SEIZED PASSPORT "
            "KALONJI MERVEILLE DOB 14/03/2010. REQUEST ENTRY RECORD AND VISA SPONSOR. HO CONFIRM "
            "ENTRY KESTLEBURY 09/02/24 WITH LUKUSA O.",
            "11:20",
            "ENQUIRY",
        ),
        R(
            "ho",
            "Call from Marchshire Police (DS Vane, MSET) re passport seized at sponsor's address. "
            "Confirmed landing 09/02/2024 Kestlebury T1 accompanied by LUKUSA Odette; visit visa "
            "valid to 08/08/2024. CID flag added. LUKUSA O shown as accompanying adult on two "
            "earlier child arrivals - details to follow by secure email.",
            "11:25",
            "Police enquiry",
        ),
    )
    f.occ(
        "2024-06-07",
        "call-mother",
        R(
            "csc",
            "Phoned M's mother Mme Therese Kalonji in Kinshasa via telephone interpreter (number "
            "found in M's school bag), 15:00-15:40. Mother upset; says she paid an 'agent' of "
            "Mrs L so M could study in England and was told M was doing well. Consented to M "
            "being accommodated (s20) and to medical examination; signed form to be sent by "
            "WhatsApp.",
            "15:00",
            "Contact with parent",
        ),
        R(
            "int",
            "Job 24/0511 | Lingala | Telephone, 3-way international call to parent | Requester "
            "CSC (B Cardew) | 15:00-15:45 | Completed",
            "15:00",
        ),
    )
    f.occ(
        "2024-06-07",
        "nrm-referral",
        R(
            "csc",
            "NRM referral submitted online as First Responder (child - consent not needed). "
            "Indicators: domestic servitude, ID withheld, no pay, restricted movement, physical "
            "chastisement.",
            "16:30",
            "NRM referral",
            ref="NRM-24-88415",
        ),
        R(
            "ho",
            "National Referral Mechanism: referral received from Pellingford BC (child, DRC "
            "national, UK exploitation - domestic servitude). Case created and allocated to SCA "
            "child team.",
            "16:41",
            "NRM referral received",
            ref="NRM-24-88415",
        ),
    )
    f.occ(
        "2024-06-07",
        "rui",
        R(
            "pol",
            "BOTH SUSPECTS INTERVIEWED. LUKUSA O - PREPARED STATEMENT, DENIES. LUKUSA P - NO "
            "COMMENT. BOTH RELEASED UNDER INVESTIGATION 1820. PASSPORT RETAINED AS EXHIBIT "
            "GV/3.",
            "18:20",
            "CUSTODY",
            ref="MP-24-061366",
        ),
    )
    f.occ(
        "2024-06-10",
        "ictg-referral",
        R(
            "csc",
            "Referral to the ICTG service (online form): M from outside the UK, no one with PR in "
            "the UK, trafficking indicators. Asked for a direct-work guardian.",
            "10:00",
            "Referral",
        ),
        R(
            "ictg",
            "Referral received from Pellingford CSC (Gideon Marlowe) 10.14 for M, 11, DRC, "
            "domestic servitude. Accepted for direct ICTG support and allocated to me.",
            "10:14",
        ),
    )
    f.occ(
        "2024-06-11",
        "cp-medical",
        R(
            "lac",
            "CP medical, Hesketh Wing. Hx via Lingala interpreter (in person); SW G Marlowe and "
            "FC I Tapley present. Domestic work 0500-2200, hit with 'slipper and belt' to back of "
            "legs. O/E wt 31.2kg (<2nd centile), ht 141cm (9th). Healing contact burn L forearm "
            "6x2cm c/w iron 2-4/52 ago, c/w Hx. 3 linear healed marks post R thigh c/w "
            "implement. Tinea capitis. Plan: FBC, ferritin, vit D, BBV/TB screen with consent; "
            "dental ref; IHA. Age: findings do not allow age to be determined, not inconsistent "
            "with 11-12.",
            "09:50",
            "CP medical",
        ),
        R(
            "csc",
            "Took M to her CP medical with her foster carer and the interpreter. Dr Vellacott "
            "found the burn consistent with an iron, old marks on the thigh consistent with being "
            "hit with an implement, and low weight. M was brave and held Imogen's hand.",
            "09:45",
            "Medical",
        ),
        R(
            "fost",
            "FC log (Imogen): went to hospital with M and SW for the medical in the morning. M "
            "quiet after, ate a big tea and asked for rice again.",
            "",
            "FC log",
            shift="+1",
        ),
        R(
            "int",
            "Job 24/0530 | Lingala | Face to face | Pellingford General, Hesketh Wing (paeds) | "
            "Requester G Marlowe | 09:45-12:00 | Completed",
            "09:45",
        ),
    )
    f.occ(
        "2024-06-12",
        "abe",
        R(
            "pol",
            "ABE VRI ROWANTREE SUITE 1030-1215, LINGALA INTERP. ACCOUNT CONSISTENT WITH "
            "DISCLOSURE 06/06. ICTG ALLOCATED BUT NOT PRESENT - SW AS SUPPORTER. DVD EXHIBIT "
            "GV/7.",
            "10:30",
            "ABE INTERVIEW",
            ref="MP-24-061366",
        ),
        R(
            "csc",
            "ABE interview at Rowantree Suite; I was M's supporter. She gave a full account over "
            "an hour and three quarters. Tired after - back with carers by 1pm.",
            "10:30",
            "Police involvement",
        ),
        R(
            "int",
            "Job 24/0534 | Lingala | Face to face | Police VRI suite (Rowantree) | Requester "
            "Marchshire Police MSET | 10:15-12:30 | Completed | Interpreter declaration signed",
            "10:15",
        ),
    )
    f.occ(
        "2024-06-13",
        "ictg-first-visit",
        R(
            "ictg",
            "First meeting with M at the carers' home with a Lingala interpreter. Explained with "
            "the picture leaflet that I am not police or a social worker and will stay with her "
            "through the police case and the immigration side. She asked whether Mama Odette "
            "will go to prison, and whether her own mother is angry with her.",
            "15:30",
        ),
        R(
            "int",
            "Job 24/0541 | Lingala | Face to face | Foster home (address withheld) | Requester R "
            "Penhallow (ICTG) | 15:30-17:00 | Completed",
            "15:30",
        ),
    )
    # A decision letter sent and received is one occurrence; forwarding it is another.
    f.occ(
        "2024-06-14",
        "rg-decision",
        R(
            "ho",
            "Reasonable Grounds decision: POSITIVE (child; domestic servitude). Decision letter "
            "emailed to First Responder, Pellingford BC.",
            "12:05",
            "Decision",
            ref="NRM-24-88415",
        ),
        R(
            "csc",
            "NRM reasonable grounds letter received from the SCA by email: positive. M is in the "
            "recovery period; support through the LA as a looked-after child. Copy on file.",
            "14:20",
            "Letter received",
            ref="NRM-24-88415",
        ),
    )
    f.occ(
        "2024-06-17",
        "rg-forwarded",
        R(
            "csc",
            "Emailed the positive RG letter to Ruth Penhallow (ICTG), M having agreed.",
            "09:10",
            "Email",
        ),
        R(
            "ictg",
            "Email from the SW this morning with a copy of the positive RG letter (dated 14/6). "
            "Will go through it with M at my next visit.",
            "09:40",
        ),
    )
    f.occ(
        "2024-06-20",
        "intel-meeting",
        R(
            "pol",
            "MULTI-AGENCY INTEL / SAFEGUARDING MTG PELLINGFORD PS 1000. MSET, BORDER FORCE INTEL "
            "(KESTLEBURY), CSC. LUKUSA O LINKED TO 2 PREVIOUS CHILD ARRIVALS (2019, 2022) - "
            "WHEREABOUTS OF BOTH TO BE ESTABLISHED. ACTIONS ALLOCATED.",
            "10:00",
            "MEETING",
        ),
        R(
            "ho",
            "Border Force Intelligence attended Marchshire Police meeting re LUKUSA O (sponsor). "
            "Travel history presented: accompanying adult for 2 other minors (2019 female aged "
            "12; 2022 male aged 10). CSC asked to check both.",
            "10:00",
            "Meeting",
        ),
        R(
            "csc",
            "Attended police-led meeting with Border Force about Mrs Lukusa's travel history. Two "
            "other children came in with her in 2019 and 2022; I will check whether either is "
            "known to any local authority.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-06-25",
        "pep-1",
        R(
            "vs",
            "Initial PEP (Larkspur Lane). Attainment: reading/writing working towards (EAL, early "
            "acquisition), maths at ARE. Targets: intensive EAL; enhanced transition to Y7. PP+ "
            "agreed for 1:1 EAL tuition.",
            "13:30",
            "PEP",
        ),
        R(
            "pri",
            "PEP meeting in school with Virtual School (H Foulger), SW and foster carer. Action: "
            "extra transition visits to Brackenholt in July.",
            "13:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-07-02",
        "cla-review-1",
        R(
            "iro",
            "First CLA review, at the foster home, Lingala interpreter. Present: M, FC I Tapley, "
            "SSW L Gethin, SW G Marlowe, ICTG R Penhallow. Mother by phone - could not connect. "
            "Decisions: 1. placement with the Tapleys to continue, assess as long-term; 2. age "
            "assessment complete by 31/07; 3. dental and optician appointments; 4. weekly video "
            "contact with mother, supervised; 5. no contact with the Lukusa household. Next "
            "review 24/09/2024.",
            "10:00",
            "CLA review",
        ),
        R(
            "csc",
            "1st Child Looked After review chaired by IRO Marcus Lindqvist. Care plan endorsed. "
            "Mother not reachable during the review.",
            "10:00",
            "LAC review",
        ),
        R(
            "fost",
            "Attended LAC review at the placement with FC. Placement stable, M 'sleeping much "
            "better'.",
            "10:00",
            "Review",
        ),
        R(
            "ictg",
            "Attended M's first looked-after review. She wanted to sit next to Imogen. Said she "
            "wants to stay and go to 'the big school'. I asked that she is not moved far before "
            "the criminal case.",
            "",
        ),
    )
    f.occ(
        "2024-07-09",
        "age-assessment-1",
        R(
            "csc",
            "Age assessment session 1 of 3 (two qualified SWs, G Marlowe and A Fenwick), Ostley "
            "Green family centre, Lingala interpreter, ICTG as appropriate adult. Family history, "
            "schooling in Kinshasa (finished '5e primaire'), presentation and demeanour.",
            "10:00",
            "Age assessment",
        ),
        R(
            "int",
            "Job 24/0602 | Lingala | Face to face | Ostley Green Family Centre | Requester CSC "
            "(age assessment) | 10:00-12:30 | Completed",
            "10:00",
            shift="swap",
        ),
        R(
            "ictg",
            "Appropriate adult at M's age assessment (first session). She got upset when asked "
            "about her birthday and said 'Mama Odette changed it'. I asked for a break and it was "
            "given.",
            "",
        ),
    )
    # A professionals' meeting in the morning and an age assessment session in the afternoon.
    f.occ(
        "2024-07-16",
        "professionals-meeting",
        R(
            "csc",
            "Professionals' meeting: move to Brackenholt Academy and risk of re-trafficking or "
            "contact from the Lukusa network. Present: SW, ICTG, DSL Larkspur Lane, Virtual "
            "School. Plan: school releases no information except to carers, no photographs, a "
            "named safe adult at Brackenholt.",
            "10:00",
            "Professionals meeting",
        ),
        R(
            "ictg",
            "Professionals' meeting on transition and safety planning. I asked that Brackenholt is "
            "told M's history on a need-to-know basis only.",
            "10:00",
        ),
        R(
            "pri",
            "DSL joined professionals' meeting (remote) at 10 about the move to Brackenholt. "
            "Action: CP file to go by secure transfer in early September, plus a DSL-to-DSL call.",
            "10:05",
            "Multi-agency meeting",
        ),
        R(
            "vs",
            "Prof mtg - transition and safety. VS to fund a transition mentor: 2 sessions in July "
            "and the first 6 weeks of Y7.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-07-16",
        "age-assessment-2",
        R(
            "csc",
            "Age assessment session 2 (afternoon) at the foster home with interpreter: timeline of "
            "her arrival, what she was told about her age, documents.",
            "14:00",
            "Age assessment",
        ),
        R(
            "int",
            "Job 24/0618 | Lingala | Face to face | Foster home | Requester CSC age assessment | "
            "14:00-15:30 | Completed",
            "14:00",
        ),
    )
    f.occ(
        "2024-07-19",
        "leavers",
        R(
            "pri",
            "Leavers' assembly: M given the 'Star Reader' certificate, foster carer attended. Last "
            "day at Larkspur Lane.",
            "14:00",
            "Information",
        ),
    )
    f.occ(
        "2024-07-22",
        "minded-to",
        R(
            "csc",
            "Age assessment 'minded to' meeting with M, interpreter and ICTG. Provisional view: M "
            "is likely 11-12; the passport DOB (2010) is not accepted. M given the chance to "
            "respond - agreed with it.",
            "11:00",
            "Age assessment",
        ),
        R(
            "int",
            "Job 24/0633 | Lingala | Face to face | Ostley Green Family Centre | Requester CSC | "
            "11:00-12:00 | Completed",
            "11:00",
        ),
        R(
            "ictg",
            "At the minded-to meeting. M relieved; asked if she can now have a birthday party in "
            "March.",
            "11:00",
        ),
    )
    f.occ(
        "2024-07-24",
        "age-outcome-to-ho",
        R(
            "csc",
            "Age assessment concluded (Merton compliant): assessed DOB 14/03/2013. Outcome emailed "
            "to the Home Office (SCA and UKVI).",
            "15:00",
            "Age assessment",
        ),
        R(
            "ho",
            "Email from Pellingford BC: LA age assessment concluded, assessed DOB 14/03/2013 "
            "(document DOB 14/03/2010). CID updated, SCA child team told.",
            "09:20",
            "Correspondence",
            shift="late",
        ),
    )
    # The missing episode (carer's call and police record), then the notification, then the RHI.
    f.occ(
        "2024-08-13",
        "missing",
        R(
            "fost",
            "FC (Imogen) reported M missing to police at 19:30 - went to Ostley Green rec at 4pm, "
            "told to be back by 6, phone off. Police found her 21:50 at the bus shelter on the "
            "Pellingford road with an older girl; she wanted to go 'to see the babies'. Home "
            "22:15, safe.",
            "19:30",
            "Missing from placement",
        ),
        R(
            "pol",
            "MISSING PERSON REPORT 1930 KALONJI M (11) LAC, HIGH RISK (TRAFFICKING VICTIM). "
            "LOCATED 2150 BUS SHELTER OSTLEY GREEN WITH 14YR FEMALE (KNOWN). RETURNED TO CARERS, "
            "SAFE AND WELL CHECK DONE.",
            "19:32",
            "MISSING",
            ref="MP-24-087710",
        ),
    )
    f.occ(
        "2024-08-14",
        "missing-notification",
        R(
            "csc",
            "Police missing notification received (MP-24-087710): M missing 19:30-21:50 "
            "yesterday, found at a bus shelter, wanted to see the Lukusa children. Return home "
            "interview to be offered within 72 hours.",
            "09:40",
            "Police notification",
        ),
    )
    f.occ(
        "2024-08-15",
        "return-interview",
        R(
            "csc",
            "Return home interview by J Oyelowo (independent RHI worker), in French and English - "
            "M declined an interpreter. She misses Gloire and Naomie; says nobody asked her to "
            "go. Safety plan reviewed with carers.",
            "14:00",
            "Return interview",
        ),
    )
    f.occ(
        "2024-09-04",
        "start-brackenholt",
        R(
            "sec",
            "First day in Y7 (form 7HW). Transition mentor met her at the gate. FC dropping off "
            "for the first week. Action: LAC and CP flags on MIS.",
            "08:40",
            "Admission",
        ),
        R(
            "vs",
            "M started at Brackenholt Academy today (Y7). Mentor in place.",
            "",
            "School change",
        ),
    )
    f.occ(
        "2024-09-05",
        "cp-file-transfer",
        R(
            "pri",
            "CP file sent to Brackenholt Academy DSL by secure transfer, receipt requested.",
            "09:30",
            "File transfer",
        ),
        R(
            "sec",
            "CP file received from Larkspur Lane Primary (secure transfer). Read by DSL; M added "
            "to the CP/LAC register.",
            "08:15",
            "File received",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-24",
        "cla-review-2",
        R(
            "iro",
            "2nd CLA review at Brackenholt Academy after school. M settled, attending 98%. "
            "Decisions: long-term match with the Tapleys to panel; life-story work to start; "
            "immigration solicitor to be instructed; weekly video contact with mother continues.",
            "15:30",
            "CLA review",
        ),
        R(
            "csc",
            "CLA review 2 held at school. Care plan for permanence with current carers agreed.",
            "15:30",
            "LAC review",
        ),
        R(
            "fost",
            "Second review (LAC) attended with Imogen. Long-term matching report to be written.",
            "",
            "Review",
            shift="-1",
        ),
    )
    f.occ(
        "2024-10-08",
        "pep-2",
        R(
            "vs",
            "PEP (autumn) at Brackenholt. Reading age up 14 months since June. EAL group 3x "
            "weekly; joined netball.",
            "11:00",
            "PEP",
        ),
        R(
            "sec",
            "PEP with Virtual School and SW. Action: Head of Year to check in weekly.",
            "11:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-12",
        "leave-application",
        R(
            "csc",
            "Application for leave to remain submitted to the Home Office on M's behalf by the "
            "LA's instructed solicitors (Fairlow & Brant), with the age assessment and RG letter.",
            "12:00",
            "Immigration",
        ),
        R(
            "ho",
            "UKVI: application received (child, LA-supported, NRM positive RG) - acknowledged to "
            "representatives.",
            "12:40",
            "Application received",
        ),
    )
    f.occ(
        "2025-01-14",
        "cg-decision",
        R(
            "ho",
            "Conclusive Grounds decision: POSITIVE - child is a victim of modern slavery "
            "(domestic servitude, UK). Letter emailed to First Responder.",
            "15:10",
            "Decision",
            ref="NRM-24-88415",
        ),
        R(
            "csc",
            "Conclusive grounds letter from the SCA (emailed late yesterday): positive decision, "
            "M confirmed as a victim of modern slavery.",
            "08:50",
            "Letter received",
            ref="NRM-24-88415",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-15",
        "cg-forwarded",
        R(
            "csc",
            "Forwarded the CG letter to the ICTG by email.",
            "11:30",
            "Email",
        ),
        R(
            "ictg",
            "SW emailed the conclusive grounds letter. I will tell M in person on Friday with "
            "Imogen.",
            "11:45",
        ),
    )
    # A charge and the other carer's no-further-action decision on one afternoon.
    f.occ(
        "2025-02-04",
        "nfa-patrice",
        R(
            "pol",
            "LUKUSA PATRICE - CPS DECISION NFA (EVIDENTIAL TEST NOT MET). SUSPECT INFORMED BY "
            "PHONE, RUI ENDED.",
            "15:00",
            "OUTCOME",
            ref="MP-24-061366",
        ),
    )
    f.occ(
        "2025-02-04",
        "charge-odette",
        R(
            "pol",
            "LUKUSA ODETTE CHARGED (CPS AUTHORITY) S1(1)(a) MSA 2015 HOLD PERSON IN SLAVERY OR "
            "SERVITUDE, AND S1 CYPA 1933 CRUELTY TO A CHILD. BAILED TO PELLINGFORD MC 18/02/25.",
            "16:10",
            "CHARGE",
            ref="MP-24-061366",
        ),
        R(
            "csc",
            "DS Vane phoned: Odette Lukusa charged this afternoon with holding M in servitude and "
            "child cruelty; bailed to the magistrates on 18/2 with conditions.",
            "17:00",
            "Police involvement",
        ),
        R(
            "ictg",
            "OIC told me Odette Lukusa has been charged today (servitude and cruelty). First "
            "hearing 18 Feb.",
            "17:20",
        ),
        R(
            "ictg",
            "OIC told me Odette Lukusa has been charged today - servitude and cruelty. First "
            "hearing 18 Feb.",
            "17:20",
        ),
    )
    f.occ(
        "2025-02-18",
        "first-appearance",
        R(
            "pol",
            "LUKUSA O APPEARED PELLINGFORD MC. NO PLEA. SENT TO KESTLEBURY CROWN COURT, PTPH "
            "18/03/25. COND BAIL: NO CONTACT KALONJI M, NOT TO ENTER OSTLEY GREEN.",
            "12:30",
            "COURT",
            ref="MP-24-061366",
        ),
        R(
            "ictg",
            "Heard from the OIC that at court yesterday Mrs Lukusa was sent to the Crown Court and "
            "bailed not to contact M or go to Ostley Green.",
            "",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-11",
        "cla-review-3",
        R(
            "iro",
            "3rd CLA review. Long-term match approved at panel 20/02. M chaired part of her own "
            "review. Decisions: special measures for trial to be discussed with police; life-story "
            "book by summer; optician follow-up.",
            "16:00",
            "CLA review",
        ),
        R(
            "csc",
            "LAC review 3. M now matched long-term with the Tapleys. IRO content with progress.",
            "16:00",
            "LAC review",
        ),
        R(
            "fost",
            "Review attended. Imogen and Huw told M they are 'her family for as long as she "
            "wants'.",
            "16:00",
            "Review",
        ),
    )

    # Routine single entries.
    f.fill(
        "pri",
        "2024-03-12",
        "2024-06-03",
        [
            ("Welfare", "M asleep at her desk after lunch; TA let her rest 15 mins. Monitor."),
            ("Welfare", "No coat again in the rain. Spare coat from lost property given."),
            ("Attendance", "Late 09:25 - 'had to take the babies to nursery'. Late mark."),
        ],
    )
    f.fill(
        "pri",
        "2024-06-17",
        "2024-07-18",
        [("Welfare", "Transition visit to Brackenholt with mentor, went well.")],
    )
    f.fill(
        "sec",
        "2024-09-16",
        "2025-03-28",
        [
            ("Welfare", "Check-in with Head of Year - happy, friends in form group."),
            ("Attendance", "Absent am - optician appointment, carer phoned."),
            ("Welfare", "Upset in RE lesson on families; went to the safe space. FC informed."),
        ],
    )
    f.fill(
        "gp",
        "2024-03-12",
        "2024-05-31",
        [("Consultation", "S: cough 1/52, with Mrs Lukusa (aunt). O: chest clear. P: advice.")],
    )
    f.fill(
        "gp",
        "2024-06-24",
        "2025-03-31",
        [
            ("Administration", "Address change to foster carers' - now LAC. Alert added."),
            ("Immunisation", "Catch-up imms per UKHSA schedule (nurse), with FC. Next in 4/52."),
            ("Results", "Bloods from CP medical: ferritin low, vit D low. Rx ferrous + vit D."),
        ],
    )
    f.fill(
        "lac",
        "2024-06-24",
        "2024-07-31",
        [("IHA", "Initial health assessment completed with FC. Growth improving (wt 32.1kg).")],
    )
    f.fill(
        "lac",
        "2024-09-01",
        "2025-03-31",
        [("Review", "Dental: 3 caries, treatment plan under community dental service.")],
    )
    f.fill(
        "csc",
        "2024-06-24",
        "2025-03-31",
        [
            ("Statutory visit", "CLA visit, seen alone in her room. Settled; asked about mum."),
            ("Statutory visit", "CLA visit. Life-story work started - map of Kinshasa drawn."),
        ],
    )
    f.fill(
        "fost",
        "2024-06-24",
        "2025-03-31",
        [
            ("SSW visit", "Supervisory visit. Carers managing night-time fears well."),
            ("FC log", "FC log: M cooked a Congolese dish for the family, very proud."),
        ],
    )
    f.fill(
        "ictg",
        "2024-06-24",
        "2025-03-31",
        [
            ("", "Visit to M at home. Went through what happens at the police station next."),
            ("", "Visit - M chose to speak English today. Talked about her mother's calls."),
        ],
    )
    f.fill(
        "int",
        "2024-06-24",
        "2025-03-31",
        [("", "Job 24/0701 | Lingala | Video | Supervised contact with mother | Completed")],
    )
    f.fill(
        "vs",
        "2024-11-01",
        "2025-03-31",
        [("Tuition", "1:1 EAL tuition review: 18 of 20 sessions attended. Extend to spring.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Lanyon family, Quillborough. Kirsty Lanyon (b. 1992) lives with Tyler Lanyon (b.
# 22/05/2016, Year 3 then Year 4) and Maisie Lanyon-Crewe (b. 09/02/2020, nursery class then
# Reception), both at Sallowfield Primary School, at 41 Fallowmead Road, Quillborough VB2 6LS,
# then from August 2024 at 3 Kittiwake Court, Quillborough VB5 1HN; registered at Quillborough
# Vale Surgery. Dean Crewe (b. 1989), Maisie's father and Kirsty's former partner, is on a
# community order. Repeated domestic abuse, a MARAC, an IDVA, a non-molestation order, a
# suspended sentence and restraining order, breaches; Dean kills Kirsty in January 2025 with
# both children in the flat. The children go to their maternal grandparents Lynne and Barry
# Lanyon at 9 Sedgewick Close, Ebbersley.
# --------------------------------------------------------------------------------------------


def _lanyon() -> BlindCase:
    f = Family(
        "lanyon",
        902,
        {
            "pol": Sheet(
                POLICE,
                "Wessmoor_Constabulary_Lanyon.xlsx",
                "Storm and Niche",
                (
                    ("2024-01-01", "PC 1187 Harland"),
                    ("2024-04-29", "DS 905 Brearley (DAU)"),
                    ("2025-01-16", "DI Shona Maitland (MIT)"),
                ),
            ),
            "csc": Sheet(
                CSC,
                "Quillborough_CSC_Lanyon_chronology.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "Priyesh Lad (MASH)"),
                    ("2024-04-30", "Fern Addison (SW)"),
                    ("2025-01-16", "Colm Reddy (EDT)"),
                    ("2025-01-17", "Fern Addison (SW)"),
                ),
            ),
            "idva": Sheet(
                IDVA,
                "QDAP_IDVA_case_notes_KL.xlsx",
                "Case notes",
                (("2024-01-01", "Nadia Ferreira (IDVA)"),),
            ),
            "gp": Sheet(
                GP,
                "QuillboroughVale_Surgery_Lanyon.docx",
                "Table 1",
                (("2024-01-01", "Dr Hugh Penrose"),),
            ),
            "hv": Sheet(
                HV,
                "HV_Lanyon_Maisie.xlsx",
                "Contacts",
                (("2024-01-01", "Claire Moffatt HV"),),
            ),
            "sch": Sheet(
                SCHOOL,
                "Sallowfield_Primary_CPOMS_Lanyon.xlsx",
                "Incidents",
                (("2024-01-01", "Mrs Gemma Latchford (DSL)"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Ambulance_ePRF_summary_Lanyon.xlsx",
                "Incidents",
                (("2024-01-01", "Paramedic T Quarrie"), ("2025-01-01", "Paramedic R Ystwyth")),
            ),
            "ed": Sheet(
                ED,
                "QRI_ED_attendances_Lanyon.xlsx",
                "ED",
                (("2024-01-01", "ED (various)"),),
            ),
            "housing": Sheet(
                HOUSING,
                "Quillborough_Homes_tenancy_log.xlsx",
                "Tenancy",
                (("2024-01-01", "Dawn Pettifer (Tenancy Officer)"),),
            ),
            "bereave": Sheet(
                BEREAVEMENT,
                "CedarLantern_referral_and_sessions.docx",
                "Table 1",
                (("2024-01-01", "Isla Brannigan (bereavement practitioner)"),),
                typed=False,
            ),
            "prob": Sheet(
                PROBATION,
                "Probation_nDelius_extract_Crewe.xlsx",
                "Contacts",
                (("2024-01-01", "Mark Tolland (PO)"),),
            ),
            "qscp": Sheet(
                PARTNERSHIP,
                "QSCP_business_unit_log.xlsx",
                "Case log",
                (("2024-01-01", "Alys Cornforth (Business Manager)"),),
            ),
        },
    )

    f.occ(
        "2024-02-17",
        "incident-1",
        R(
            "pol",
            "CAD 2231 17/02. 999 FROM NEIGHBOUR - MALE SHOUTING, BANGING AT 41 FALLOWMEAD RD. "
            "SUSP CREWE DEAN LEFT PRIOR TO POLICE ARRIVAL. IP LANYON KIRSTY RED MARK L CHEEK, "
            "STATES 'HE PUSHED THE DOOR INTO ME'. 2 CHILDREN IN HOUSE ASLEEP. DASH MEDIUM (9). "
            "DECLINES STATEMENT. BWV.",
            "23:40",
            "DOMESTIC",
            ref="OEL-24-017733",
        ),
    )
    # The police notification sent in the night and received by the front door on Monday.
    f.occ(
        "2024-02-18",
        "ppn-1",
        R(
            "pol",
            "PPN (DA) SUBMITTED TO QUILLBOROUGH MASH - CHILDREN PRESENT. MEDIUM RISK.",
            "02:15",
            "PPN",
            ref="OEL-24-017733",
        ),
        R(
            "csc",
            "Contact type: Police notification (PPN, domestic abuse, medium) | Referrer: "
            "Wessmoor Constabulary | Incident Sat 17/02 night at 41 Fallowmead Rd, ex-partner "
            "Dean Crewe, mother red mark to cheek, Tyler (7) and Maisie (4) asleep upstairs. "
            "Received over weekend, logged Monday.",
            "09:10",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2024-02-19",
        "encompass-1",
        R(
            "pol",
            "OP ENCOMPASS NOTIFICATION TO SALLOWFIELD PRIMARY (DSL) RE INCIDENT 17/02 - 2 "
            "CHILDREN.",
            "08:05",
            "OP ENCOMPASS",
            ref="OEL-24-017733",
        ),
        R(
            "sch",
            "Tyler L (Y3). Operation Encompass call from police 8.05: DA incident at home Sat "
            "night. Action: class teacher told, keep an eye, DSL check-in at lunch.",
            "08:05",
            "Operation Encompass",
        ),
        R(
            "sch",
            "Maisie L-C (Nursery). Operation Encompass call from police 8.05 - DA at home on "
            "Saturday night, Maisie asleep at the time. Action: nursery teacher informed.",
            "08:05",
            "Operation Encompass",
        ),
    )
    f.occ(
        "2024-02-20",
        "mash-decision-1",
        R(
            "csc",
            "MASH decision: below threshold for statutory assessment. Mother spoken to by phone, "
            "consents to Early Help and to information being shared with school and HV. "
            "Signposted to QDAP. NFA for CSC.",
            "14:20",
            "MASH decision",
            "Early Help offered",
        ),
    )
    f.occ(
        "2024-03-12",
        "gp-low-mood",
        R(
            "gp",
            "Problem: Low mood. Hx: poor sleep, tearful, 'things with Dean'. Routine enquiry - "
            "discloses ex-partner 'loses it' and pushed door into her last month. No thoughts of "
            "self-harm. PHQ-9 14. Plan: sertraline 50mg, QDAP leaflet and number given, r/v 4/52. "
            "Children's safety discussed - says they were asleep.",
            "10:10",
            "Consultation",
        ),
    )
    # Strangulation: police and ambulance at the flat (one), then the ED attendance (another).
    f.occ(
        "2024-04-27",
        "incident-2",
        R(
            "pol",
            "CAD 3890 27/04. 999 FROM CHILD (TYLER, 7) 'DEAN IS HURTING MUMMY'. ATTENDED 2121. IP "
            "LANYON K - REPORTS STRANGLED ON SOFA TILL 'EVERYTHING WENT GREY', PETECHIAE TO EYES, "
            "RED MARKS NECK. BOTH CHILDREN WITNESSED. DASH HIGH (16). AMBULANCE ON SCENE 2126. "
            "BWV ON.",
            "21:15",
            "DOMESTIC",
            ref="OEL-24-041102",
        ),
        R(
            "amb",
            "CAD 3890. Cat 2, assault - strangulation. F 31. On arrival police on scene. Pt alert, "
            "GCS 15, hoarse voice, petechiae bilat eyes, erythema anterior neck, LOC ?brief. Obs "
            "stable. Advised conveyance given NFS - agreed. Children (7, 4) with police, "
            "grandmother en route. Conveyed QRI ED 2204.",
            "21:26",
            "Assault",
        ),
    )
    f.occ(
        "2024-04-27",
        "arrest-1",
        R(
            "pol",
            "CREWE DEAN ARRESTED 2150 FALLOWMEAD RD (NEARBY) ON SUSP S75A SCA 2015 (NON-FATAL "
            "STRANGULATION) AND ASSAULT. CONVEYED QUILLBOROUGH CUSTODY.",
            "21:50",
            "ARREST",
            ref="OEL-24-041102",
        ),
        R(
            "prob",
            "Notification from custody: PoP Dean Crewe arrested last night (21:50) for "
            "non-fatal strangulation of ex-partner Kirsty Lanyon. Risk of serious harm review "
            "required. SPO informed.",
            "09:05",
            "Police notification",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-27",
        "ed-kirsty",
        R(
            "ed",
            "Triage: F 31, BIBA, assault by ex-partner - manual strangulation ~1hr ago. MTS "
            "orange. Hoarse, petechiae. Safeguarding: 2 children at home with police / MGM.",
            "22:20",
            "Triage",
        ),
        R(
            "ed",
            "Dr review: NFS with ?LOC. No stridor, no dysphagia. CT angio neck - NAD. DA "
            "discussed, DASH done by police (high). ED IDVA not on site - details to be passed.",
            "23:05",
            "Review",
        ),
        R(
            "ed",
            "Discharged home with MGM 23:55. Head/neck injury advice, return if voice change or "
            "breathing difficulty. Safeguarding liaison form completed (HV, GP).",
            "23:55",
            "Discharge",
        ),
    )
    f.occ(
        "2024-04-28",
        "charge-1",
        R(
            "pol",
            "CREWE DEAN CHARGED S75A SCA 2015 AND S39 CJA 1988. BAILED TO QUILLBOROUGH MC "
            "07/05/24. CONDITIONS: NO CONTACT LANYON K, NOT TO ENTER FALLOWMEAD RD.",
            "15:40",
            "CHARGE",
            ref="OEL-24-041102",
        ),
    )
    # Two referrals by the police DA unit on one Monday morning, and two notices received.
    f.occ(
        "2024-04-29",
        "idva-referral",
        R(
            "pol",
            "DAU: REFERRAL TO QDAP IDVA SERVICE (HIGH RISK, DASH 16) FOR LANYON K, CONSENT GIVEN "
            "AT SCENE.",
            "09:30",
            "REFERRAL",
            ref="OEL-24-041102",
        ),
        R(
            "idva",
            "Referral received from Wessmoor DAU (DS Brearley): high risk, DASH 16, NFS 27/04, "
            "perpetrator charged and on bail. Allocated to me same day.",
            "09:48",
            "Referral received",
        ),
    )
    f.occ(
        "2024-04-29",
        "marac-referral",
        R(
            "pol",
            "DAU: MARAC REFERRAL FORM SENT TO MARAC COORDINATOR - LANYON K. LISTED 16/05.",
            "10:10",
            "MARAC REFERRAL",
            ref="OEL-24-041102",
        ),
    )
    f.occ(
        "2024-04-29",
        "ppn-2-received",
        R(
            "csc",
            "Contact type: Police notification (high risk DA) | Incident Sat 27/04: mother "
            "strangled by Dean Crewe in front of Tyler and Maisie; Tyler made the 999 call | "
            "Dean charged and bailed | MASH outcome: RAG red, strategy discussion tomorrow.",
            "10:45",
            "Contact",
        ),
    )
    f.occ(
        "2024-04-29",
        "ed-notice-hv",
        R(
            "hv",
            "Contact type: ED liaison notification | Mother attended QRI ED 27/04 after DA "
            "(strangulation) by ex-partner; Maisie present | Outcome: check records, contact "
            "mother by phone, discuss at safeguarding supervision.",
            "11:00",
            "Liaison",
        ),
    )
    f.occ(
        "2024-04-30",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (Teams), chaired by TM Rob Ingle. Police DS Brearley, school DSL "
            "Mrs Latchford, myself. Tyler and Maisie witnessed a near-fatal strangulation; Tyler "
            "made the 999 call; previous incident Feb. Agreed s47 (single agency, CSC) - "
            "emotional harm. Police to share bail conditions. School to do Tyler's voice work.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRATEGY DISCUSSION 1100 (CSC CHAIR). S47 SINGLE AGENCY CSC. POLICE TO PROVIDE BAIL "
            "CONDITIONS + DV HISTORY OF CREWE (PREV PARTNER 2021).",
            "11:00",
            "STRAT MTG",
            ref="OEL-24-041102",
        ),
        R(
            "sch",
            "Tyler L (Y3). DSL took part in strategy discussion by Teams 11am. Action: DSL to "
            "see Tyler this week; nursery to watch Maisie.",
            "11:00",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-05-03",
        "joint-visit-idva-sw",
        R(
            "idva",
            "Joint home visit with Fern Addison (SW). DASH reviewed with Kirsty - 17, high. "
            "Sanctuary referral discussed; she wants to move away from Fallowmead Rd. Talked "
            "about an NMO.",
            "10:00",
            "Home visit",
        ),
        R(
            "csc",
            "Joint visit with the IDVA (Nadia Ferreira). Saw both children: Tyler said 'I "
            "rang the police because Mummy couldn't breathe'. Maisie clingy. Kirsty cooperative, "
            "agreed to the s47 and the conference.",
            "10:00",
            "Home visit",
            shift="-2",
        ),
    )
    f.occ(
        "2024-05-07",
        "first-hearing",
        R(
            "pol",
            "CREWE D APPEARED QUILLBOROUGH MC - PLEADED NG TO BOTH. TRIAL 17/07/24. BAIL "
            "CONTINUED, SAME CONDITIONS.",
            "12:00",
            "COURT",
            ref="OEL-24-041102",
        ),
        R(
            "idva",
            "At magistrates with Kirsty (she was not required). Dean pleaded not guilty, trial in "
            "July, bail as before. Kirsty shaking afterwards - walked her to the bus.",
            "12:00",
            "Court",
        ),
    )
    f.occ(
        "2024-05-16",
        "marac-1",
        R(
            "pol",
            "MARAC (CHAIR DI WATERSON). LANYON K HIGH RISK. ACTIONS: MARKER ON ADDRESS, "
            "DAU WELFARE CHECKS, HOUSING SANCTUARY ASSESSMENT, PROBATION TO SHARE RISK INFO.",
            "09:30",
            "MARAC",
        ),
        R(
            "idva",
            "MARAC today - I presented Kirsty's case and her views. Actions agreed: police "
            "marker, sanctuary assessment, fast-track NMO support from me.",
            "09:30",
            "MARAC",
        ),
        R(
            "csc",
            "Attended MARAC. Risk to children shared: s47 ongoing, ICPC booked 21/05.",
            "",
            "MARAC",
        ),
        R(
            "hv",
            "MARAC minutes received - copied below as sent by MARAC coordinator: 'Case 7: Kirsty "
            "L (31). Perpetrator DC (35). Children T (7), M (4). Risk: high, NFS, previous DV to "
            "ex-partner. Actions: Police - marker; Housing - sanctuary; IDVA - NMO; HV - share "
            "with school nurse.' HV action noted.",
            "",
            "MARAC",
        ),
    )
    f.occ(
        "2024-05-17",
        "gp-report-icpc",
        R(
            "gp",
            "Report for initial child protection conference completed and emailed to CP chair: "
            "mother's low mood, DA disclosure March, children up to date with imms. Unable to "
            "attend.",
            "16:00",
            "Safeguarding report",
        ),
    )
    f.occ(
        "2024-05-21",
        "icpc",
        R(
            "csc",
            "ICPC chaired by Helen Okonjo (CP chair). Both children made subject to CP plans, "
            "category emotional abuse. Kirsty attended with IDVA. Core group in 2 weeks. RCPC "
            "10/09/24.",
            "10:00",
            "ICPC",
        ),
        R(
            "sch",
            "DSL attended the initial child protection conference for Tyler and Maisie. Both on "
            "CP plans (emotional abuse). Action: school in core group, Tyler - ELSA weekly.",
            "10:00",
            "CP conference",
        ),
        R(
            "hv",
            "Contact type: ICPC | Outcome: Maisie subject to CP plan (emotional abuse). HV to "
            "complete health review and join core group.",
            "10:00",
            "Conference",
        ),
        R(
            "pol",
            "ICPC ATTENDED (DAU). CP PLANS BOTH CHILDREN - EMOTIONAL ABUSE.",
            "10:00",
            "CP CONF",
        ),
    )
    f.occ(
        "2024-06-04",
        "core-group-1",
        R(
            "csc",
            "First core group at school. Plan reviewed; Kirsty's engagement good. Tyler's "
            "sleep poor.",
            "13:30",
            "Core group",
        ),
        R(
            "sch",
            "Core group in school (SW, HV, IDVA, mum). Action: Tyler to join nurture group.",
            "13:30",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: Core group | Outcome: HV to see Maisie at home within 4 weeks.",
            "13:30",
            "Core group",
            shift="swap",
        ),
    )
    f.occ(
        "2024-06-11",
        "nmo-hearing",
        R(
            "idva",
            "Without-notice NMO hearing at Quillborough Family Court - order granted for 12 "
            "months, return date 25/06. Power of arrest attached. Kirsty relieved.",
            "10:30",
            "Court",
            shift="-1",
        ),
        R(
            "csc",
            "IDVA reports a non-molestation order was made today (without notice) protecting "
            "Kirsty and the children; return date later this month.",
            "15:00",
            "Court order",
        ),
    )
    f.occ(
        "2024-07-09",
        "core-group-2",
        R(
            "csc",
            "Core group 2: Kirsty still not in contact with Dean. Plan progressing.",
            "15:15",
            "Core group",
        ),
        R(
            "sch",
            "Tyler L / Maisie L-C: core group after school. Action: summer holiday "
            "safety plan given to mum.",
            "15:15",
            "Meeting",
        ),
    )
    f.occ(
        "2024-07-17",
        "plea",
        R(
            "pol",
            "CREWE D - TRIAL DAY QUILLBOROUGH MC. CHANGED PLEA - GUILTY S75A. S39 LEFT ON FILE. "
            "ADJOURNED FOR PSR, SENTENCE 21/08. BAIL CONTINUED.",
            "11:40",
            "COURT",
            ref="OEL-24-041102",
        ),
        R(
            "idva",
            "Court - Dean pleaded guilty on the morning of trial, so Kirsty did not give evidence. "
            "Sentence in August after a probation report.",
            "12:15",
            "Court",
        ),
    )
    f.occ(
        "2024-08-12",
        "house-move",
        R(
            "housing",
            "Tenancy start 3 Kittiwake Court VB5 1HN. Keys issued 10:00. Fallowmead Rd tenancy "
            "ended same day (transfer). Sanctuary works complete.",
            "10:00",
            "Tenancy start",
        ),
        R(
            "csc",
            "Kirsty and the children moved today to 3 Kittiwake Court VB5 1HN (management "
            "transfer). New address to be kept confidential.",
            "16:20",
            "House move",
        ),
        R(
            "hv",
            "Contact type: Change of address | Family moved yesterday to 3 Kittiwake Court VB5 "
            "1HN - address restricted (DA).",
            "09:15",
            "Address change",
            shift="late",
        ),
    )
    f.occ(
        "2024-08-14",
        "psr",
        R(
            "prob",
            "PSR completed and sent to court and CPS: high RoSH to known adult. Proposal: SSO with "
            "Building Better Relationships, RAR 20 days, restraining order supported.",
            "16:30",
            "Court report",
        ),
    )
    f.occ(
        "2024-08-21",
        "sentence",
        R(
            "pol",
            "CREWE D SENTENCED QUILLBOROUGH MC: 26 WKS CUSTODY SUSP 18 MTHS, BBR, RAR 20 DAYS. "
            "RESTRAINING ORDER 5 YRS - NO CONTACT LANYON K OR CHILDREN, EXCLUSION KITTIWAKE CT "
            "AND SALLOWFIELD PRIMARY.",
            "14:00",
            "COURT RESULT",
            ref="OEL-24-041102",
        ),
        R(
            "prob",
            "Sentence: 26 weeks suspended for 18 months, BBR and RAR 20 days; restraining order 5 "
            "years. Induction booked 27/08.",
            "15:10",
            "Court outcome",
        ),
    )
    # An RCPC and the core group straight after it: two meetings on one day.
    f.occ(
        "2024-09-10",
        "rcpc-1",
        R(
            "csc",
            "RCPC: both children remain on CP plans (emotional abuse) - Dean sentenced, "
            "restraining order in place, but risk from him still high. Next RCPC in 6 months.",
            "10:00",
            "RCPC",
        ),
        R(
            "sch",
            "RCPC attended by DSL. Plans continue. Action: gate staff given Dean's photo "
            "(restraining order covers school).",
            "10:00",
            "CP conference",
            shift="+1",
        ),
        R(
            "idva",
            "Review conference - my report read out. CP plans stay. Kirsty asked that the "
            "conference notes leave out her new address.",
            "10:00",
            "Conference",
        ),
    )
    f.occ(
        "2024-09-10",
        "core-group-after-rcpc",
        R(
            "csc",
            "Core group straight after the RCPC. Plan updated: SW visits 2-weekly, school gate "
            "plan.",
            "11:45",
            "Core group",
        ),
        R(
            "sch",
            "Core group after conference. Action: office to call police at once if Dean seen.",
            "11:45",
            "Meeting",
        ),
    )
    f.occ(
        "2024-09-20",
        "school-gate",
        R(
            "sch",
            "Tyler L (Y4). 3.15pm Dean Crewe at the school gate shouting at mum at pick-up. "
            "Tyler hid behind TA. Office called 999 at 3.17. Dean left before police came.",
            "15:15",
            "Safeguarding - DA",
        ),
        R(
            "sch",
            "Maisie L-C (Rec). 3.15pm - father at the gate shouting at mum, 999 called by "
            "office. Maisie crying, kept inside with teacher until police arrived.",
            "15:15",
            "Safeguarding - DA",
        ),
        R(
            "pol",
            "CAD 4470 20/09. 999 FROM SALLOWFIELD PRIMARY - CREWE DEAN AT GATE IN BREACH OF "
            "RESTRAINING ORDER, SHOUTING AT LANYON K. LEFT PRIOR TO ARRIVAL 1531. STATEMENTS "
            "FROM STAFF.",
            "15:17",
            "BREACH RO",
            ref="OEL-24-092240",
        ),
    )
    # His arrest in the morning and the charge that afternoon: two occurrences.
    f.occ(
        "2024-09-21",
        "arrest-2",
        R(
            "pol",
            "CREWE DEAN ARRESTED 0710 AT HOME ADDRESS, BREACH OF RESTRAINING ORDER (S363 SA "
            "2020). CONVEYED QUILLBOROUGH CUSTODY.",
            "07:10",
            "ARREST",
            ref="OEL-24-092240",
        ),
    )
    f.occ(
        "2024-09-21",
        "charge-2",
        R(
            "pol",
            "CREWE D CHARGED BREACH RO. BAILED TO MC 15/10, CONDITION NOT TO ENTER VB5.",
            "16:05",
            "CHARGE",
            ref="OEL-24-092240",
        ),
    )
    # Two call-outs to the flat on one evening.
    f.occ(
        "2024-10-26",
        "callout-a",
        R(
            "pol",
            "CAD 5102 26/10. 999 LANYON K - CREWE D KNOCKING AT FLAT DOOR, KITTIWAKE CT. GONE ON "
            "ARRIVAL 1922. AREA SEARCH NEG. IP AND CHILDREN SAFE.",
            "19:10",
            "BREACH RO",
            ref="OEL-24-104410",
        ),
    )
    f.occ(
        "2024-10-26",
        "callout-b",
        R(
            "pol",
            "CAD 5188 26/10. 999 LANYON K - MALE RETURNED, SMASHED HER CAR WINDSCREEN IN CAR PARK. "
            "CCTV REQUESTED. SUSP CREWE D NOT LOCATED.",
            "22:45",
            "BREACH RO / CRIM DAMAGE",
            ref="OEL-24-104455",
        ),
    )
    f.occ(
        "2024-10-27",
        "arrest-3",
        R(
            "pol",
            "CREWE DEAN ARRESTED 1120 AT BUS STATION - BREACH RO X2, CRIM DAMAGE. DETAINED FOR "
            "COURT.",
            "11:20",
            "ARREST",
            ref="OEL-24-104455",
        ),
        R(
            "prob",
            "Duty: police confirm PoP arrested 11:20 yesterday at the bus station, breach of "
            "restraining order twice on Sat night and damage. Held for court.",
            "08:40",
            "Police notification",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-28",
        "kirsty-calls-idva",
        R(
            "idva",
            "Kirsty rang me - Dean came twice on Saturday night, smashed her windscreen. She "
            "wants to move again. Safety plan updated; spoke to housing.",
            "09:20",
            "Telephone",
        ),
    )
    f.occ(
        "2024-10-28",
        "bail-hearing",
        R(
            "pol",
            "CREWE D APPEARED QUILLBOROUGH MC. NG PLEA. BAIL OPPOSED - GRANTED BY BENCH WITH "
            "CURFEW 1900-0700 (TAG) AND EXCLUSION VB5. TRIAL 09/01/25.",
            "14:30",
            "COURT",
            ref="OEL-24-104455",
        ),
        R(
            "idva",
            "Dean given bail by the magistrates this afternoon with a tagged curfew. Police "
            "opposed. I rang Kirsty to tell her - very frightened. Referred back to MARAC.",
            "15:10",
            "Court",
        ),
    )
    f.occ(
        "2024-11-07",
        "marac-2",
        R(
            "pol",
            "MARAC REPEAT - LANYON K. ACTIONS: ENHANCED PATROLS, TAG BREACH ALERTS TO DAU, "
            "TECHNOLOGY (TEC ALARM) FITTED.",
            "09:30",
            "MARAC",
        ),
        R(
            "idva",
            "Repeat MARAC. Presented escalation since the move. Police fitting a TEC alarm. "
            "Housing will not move her again yet.",
            "09:30",
            "MARAC",
        ),
        R(
            "housing",
            "Attended MARAC (repeat case). Action: CCTV on Kittiwake Ct car park to be checked; "
            "second move not supported at present, review in 3 months.",
            "",
            "MARAC",
        ),
    )
    f.occ(
        "2024-11-19",
        "core-group-3",
        R(
            "csc",
            "Core group (virtual). Kirsty reports Dean keeps to his curfew. Children's plans "
            "reviewed.",
            "14:00",
            "Core group",
        ),
        R(
            "idva",
            "Core group - attended online. TEC alarm fitted last week.",
            "14:00",
            "Meeting",
        ),
    )
    # The homicide: one police and ambulance attendance; the arrest; social care told; the ED.
    f.occ(
        "2025-01-16",
        "homicide",
        R(
            "pol",
            "CAD 0711 16/01. 999 FROM NEIGHBOUR FLAT 4 KITTIWAKE CT - BOY (8) AT HER DOOR SAYING "
            "'DEAN HAS STABBED MUMMY'. OFFICERS ON SCENE 1856 WITH AMBULANCE. LANYON K STAB "
            "WOUNDS TO CHEST, CPR BY OFFICERS. LIFE PRONOUNCED EXTINCT 1922. CHILDREN (8, 4) "
            "SAFE WITH NEIGHBOUR THEN POLICE. SCENE PRESERVED. MIT INFORMED.",
            "18:50",
            "MURDER",
            ref="OEL-25-005501",
        ),
        R(
            "amb",
            "CAD 0711. Cat 1, stabbing. F 32 in kitchen, multiple penetrating chest wounds. "
            "Police CPR in progress on arrival. ALS; HEMS on scene 1910. Not survivable injuries - "
            "ROLE 19:22 (HEMS doctor). Children (8, 4) with police; boy superficial lac to L "
            "palm - advised ED.",
            "18:57",
            "Stabbing",
        ),
    )
    f.occ(
        "2025-01-16",
        "edt-notified",
        R(
            "csc",
            "EDT: call from Wessmoor police 19:35 - Kirsty Lanyon has been killed at home, Dean "
            "Crewe suspected; Tyler and Maisie with officers, Tyler has a cut hand and is going "
            "to QRI with Maisie. Open CP case. Maternal grandparents asked for by the children.",
            "19:35",
            "EDT",
        ),
    )
    f.occ(
        "2025-01-16",
        "arrest-murder",
        R(
            "pol",
            "CREWE DEAN ARRESTED 1940 IN VEHICLE B-ROAD EBBERSLEY ON SUSP MURDER. TAG CUT. "
            "CONVEYED QUILLBOROUGH CUSTODY.",
            "19:40",
            "ARREST",
            ref="OEL-25-005501",
        ),
        R(
            "prob",
            "Police MIT informed us PoP Dean Crewe was arrested at 19:40 last night on suspicion "
            "of the murder of Kirsty Lanyon. Serious Further Offence notification to be started.",
            "08:30",
            "Police notification",
            shift="late",
        ),
    )
    # Two children at the ED: Tyler's attendance in three rows, Maisie's check separate.
    f.occ(
        "2025-01-16",
        "ed-tyler",
        R(
            "ed",
            "Triage: M 8, brought by police with sister. Witnessed mother's fatal stabbing. "
            "2cm lac L palm. MTS yellow. Safeguarding: police and EDT aware.",
            "20:25",
            "Triage",
        ),
        R(
            "ed",
            "Tyler - reviewed by ED reg: superficial lac, glued and steri-stripped. Very quiet, "
            "not speaking. Paediatric liaison informed.",
            "21:10",
            "Review",
        ),
        R(
            "ed",
            "Tyler discharged to care of EDT SW and police 23:40 to go to grandparents. "
            "Tetanus up to date.",
            "23:40",
            "Discharge",
        ),
    )
    f.occ(
        "2025-01-16",
        "ed-maisie",
        R(
            "ed",
            "Maisie (4) seen with brother - no injury found on top-to-toe check. Calm, asking for "
            "Nanny. Same discharge plan.",
            "20:40",
            "Attendance",
        ),
    )
    f.occ(
        "2025-01-17",
        "placement-mgp",
        R(
            "csc",
            "EDT: Tyler and Maisie placed with maternal grandparents Lynne and Barry Lanyon, 9 "
            "Sedgewick Close, Ebbersley, at 00:40 (s20 agreed by grandparents for Tyler; Maisie "
            "- Dean has PR, police protection used). Reg 24 checks started.",
            "00:40",
            "Placement",
        ),
        R(
            "pol",
            "CHILDREN LANYON T AND LANYON-CREWE M HANDED TO MATERNAL GRANDPARENTS 0040 WITH EDT "
            "SW. POLICE PROTECTION (S46) FOR MAISIE - FATHER IN CUSTODY.",
            "00:40",
            "SAFEGUARDING",
            ref="OEL-25-005501",
        ),
    )
    f.occ(
        "2025-01-17",
        "head-told",
        R(
            "sch",
            "Tyler L (Y4). Head told by police family liaison officer at 8am that mum died last "
            "night; Tyler and Maisie with grandparents, not in today. Action: staff briefing, "
            "bereavement support to plan.",
            "08:00",
            "Bereavement",
        ),
        R(
            "sch",
            "Maisie L-C (Rec). Police FLO phoned head 8am - mum died last night, children with "
            "Nanny. Action: class teacher told privately.",
            "08:00",
            "Bereavement",
        ),
    )
    f.occ(
        "2025-01-17",
        "charge-murder",
        R(
            "pol",
            "CREWE DEAN CHARGED MURDER OF LANYON KIRSTY (CPS AUTHORITY 2105). REMANDED IN "
            "CUSTODY FOR QUILLBOROUGH MC 18/01.",
            "21:30",
            "CHARGE",
            ref="OEL-25-005501",
        ),
        R(
            "csc",
            "DI Maitland phoned: Dean Crewe charged with Kirsty's murder this evening, kept in "
            "custody for court tomorrow.",
            "21:45",
            "Police involvement",
        ),
    )
    f.occ(
        "2025-01-18",
        "remand",
        R(
            "pol",
            "CREWE D APPEARED QUILLBOROUGH MC (SAT COURT). REMANDED IN CUSTODY. SENT TO "
            "MARLHAVEN CROWN COURT, PRELIM HEARING 21/01.",
            "11:15",
            "COURT",
            ref="OEL-25-005501",
        ),
    )
    # A strategy discussion and the serious incident notification on the same Monday.
    f.occ(
        "2025-01-20",
        "strategy-2",
        R(
            "csc",
            "Strategy discussion re Tyler and Maisie after their mother's death. Present: TM, "
            "SW, DI Maitland, DSL. Children to stay with grandparents; ABE for Tyler to be "
            "considered by police; CP plans to be reviewed now children are looked after.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT MTG 1000 (CSC). MIT: TYLER SIGNIFICANT WITNESS - ABE TBC WITH SPECIALIST "
            "INTERVIEWER, NOT BEFORE CLINICAL ADVICE.",
            "10:00",
            "STRAT MTG",
            ref="OEL-25-005501",
        ),
        R(
            "sch",
            "Tyler L / Maisie L-C. Head attended strategy meeting at 10. Action: no questions "
            "from staff about the night; Tyler's words to be written down only.",
            "10:00",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-01-20",
        "sin",
        R(
            "csc",
            "Serious incident notification to the National Panel submitted by the LA (death of "
            "parent of children on CP plans, DA homicide).",
            "15:30",
            "Notification",
        ),
        R(
            "qscp",
            "SIN submitted online to the Child Safeguarding Practice Review Panel for Tyler L and "
            "Maisie L-C (DA homicide of mother; children on CP plans). Rapid review set up.",
            "15:40",
            "Serious incident notification",
        ),
    )
    f.occ(
        "2025-01-22",
        "dhr-notification",
        R(
            "pol",
            "DHR NOTIFICATION SENT TO QUILLBOROUGH COMMUNITY SAFETY PARTNERSHIP RE LANYON K.",
            "12:00",
            "DHR",
            ref="OEL-25-005501",
        ),
        R(
            "qscp",
            "Police DHR notification to the CSP received (copied to us): joint DHR / CSPR "
            "approach to be discussed with CSP chair.",
            "12:30",
            "DHR notification",
        ),
    )
    f.occ(
        "2025-01-23",
        "bereavement-referral",
        R(
            "sch",
            "Tyler L / Maisie L-C. Referral to Cedar Lantern child bereavement service made by "
            "DSL with grandparents' consent. Action: await allocation.",
            "13:00",
            "External referral",
        ),
        R(
            "bereave",
            "Referral received from Sallowfield Primary (DSL) for Tyler (8) and Maisie (4) - "
            "traumatic bereavement, mother killed by Maisie's father. Priority.",
            "",
            shift="month",
        ),
    )
    f.occ(
        "2025-01-27",
        "back-to-school",
        R(
            "sch",
            "Tyler L (Y4) back to school this morning with Nanny, part-time timetable, safe space "
            "in library with ELSA.",
            "08:50",
            "Attendance",
        ),
        R(
            "sch",
            "Maisie L-C (Rec) back this morning with Nanny, mornings only this week.",
            "08:50",
            "Attendance",
        ),
    )
    f.occ(
        "2025-01-28",
        "ico-maisie",
        R(
            "csc",
            "Interim care order made for Maisie at Quillborough Family Court (Dean opposed from "
            "prison by video); placement with grandparents approved under Reg 24. Tyler remains "
            "s20.",
            "14:00",
            "Court hearing",
        ),
        R(
            "hv",
            "Contact type: Information from SW | ICO granted for Maisie today, placed with MGPs "
            "in Ebbersley | Outcome: transfer to Ebbersley school nursing on 5th birthday.",
            "16:00",
            "Legal status",
        ),
    )
    # The rapid review pack went out the day before the rapid review meeting.
    f.occ(
        "2025-01-29",
        "rr-pack",
        R(
            "qscp",
            "Rapid review pack (agency scoping returns, integrated timeline) circulated to "
            "members for tomorrow.",
            "16:45",
            "Rapid review",
        ),
    )
    f.occ(
        "2025-01-30",
        "rapid-review",
        R(
            "qscp",
            "Rapid review meeting. Quorate (LA, ICB, police). Learning themes: bail decision "
            "October, tag and exclusion zone monitoring, MARAC repeat actions, children's voice. "
            "Recommendation to partners: local CSPR, joint with the DHR.",
            "13:00",
            "Rapid review",
        ),
        R(
            "csc",
            "Attended rapid review for Tyler and Maisie (AD and TM). CSPR recommended.",
            "13:00",
            "Rapid review",
        ),
        R(
            "pol",
            "RAPID REVIEW MEETING ATTENDED (D/SUPT PUBLIC PROTECTION). POLICE LEARNING: BAIL "
            "OBJECTIONS, TAG BREACH RESPONSE.",
            "13:00",
            "MEETING",
        ),
        R(
            "sch",
            "Head attended the safeguarding partnership's rapid review meeting. Action: share "
            "Encompass log and gate-plan records.",
            "13:00",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-02-04",
        "bereave-joint-visit",
        R(
            "csc",
            "Joint visit to the grandparents' with Isla Brannigan (Cedar Lantern). Tyler drew "
            "the flat and a 'safe room'. Maisie asked when Mummy is coming back from hospital.",
            "16:00",
            "Home visit",
        ),
        R(
            "bereave",
            "First visit, jointly with the SW, at grandparents' home. Met Lynne and Barry first, "
            "then the children. Used the memory-jar activity with Maisie. Tyler wanted to talk "
            "about the ambulance.",
            "16:00",
        ),
    )
    f.occ(
        "2025-02-12",
        "cla-review-lanyon",
        R(
            "csc",
            "First CLA review (IRO chair) at grandparents'. CP plans ended - children looked "
            "after. Kinship assessment (SGO) to be completed.",
            "15:30",
            "LAC review",
        ),
        R(
            "sch",
            "Tyler L / Maisie L-C. DSL gave report to CLA review by phone. Action: PEPs for both.",
            "15:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-14",
        "ptph",
        R(
            "pol",
            "CREWE D PTPH MARLHAVEN CC. PLEADED NG MURDER, G MANSLAUGHTER - NOT ACCEPTED BY CPS. "
            "TRIAL FIXED 06/10/25. REMAND CONTINUED.",
            "10:30",
            "COURT",
            ref="OEL-25-005501",
        ),
        R(
            "prob",
            "PTPH: NG murder, G manslaughter (not accepted). Trial October. SFO review ongoing.",
            "14:00",
            "Court outcome",
        ),
    )
    f.occ(
        "2025-02-26",
        "cspr-decision",
        R(
            "qscp",
            "Partners' decision (LA, ICB, police - unanimous): local CSPR commissioned, run "
            "jointly with the DHR. Panel informed.",
            "10:00",
            "Decision",
        ),
    )
    f.occ(
        "2025-03-07",
        "funeral",
        R(
            "sch",
            "Tyler L (Y4) absent - mum's funeral today. Authorised.",
            "08:45",
            "Attendance",
        ),
        R(
            "sch",
            "Maisie L-C (Rec) absent (mum's funeral). Authorised.",
            "08:45",
            "Attendance",
        ),
    )

    # Routine single entries.
    f.fill(
        "sch",
        "2024-02-26",
        "2024-12-18",
        [
            ("Welfare", "Tyler L: tired, said he was up late. Action: DSL check-in."),
            ("ELSA", "Tyler L: ELSA session - worry monster activity."),
        ],
    )
    f.fill(
        "sch",
        "2025-01-20",
        "2025-04-30",
        [
            ("ELSA", "Tyler L: ELSA - memory box started."),
        ],
    )
    f.fill(
        "gp",
        "2024-05-22",
        "2025-04-30",
        [
            ("Review", "Depression r/v: mood a little better, continue sertraline 50mg."),
        ],
    )
    f.fill(
        "gp",
        "2025-01-20",
        "2025-04-30",
        [
            (
                "Consultation",
                "Tyler (8): night terrors, bedwetting. Advice; CAMHS ref if persists.",
            ),
        ],
    )
    f.fill(
        "hv",
        "2024-06-05",
        "2024-12-18",
        [
            ("Home visit", "Contact type: Home visit | Maisie seen, speech good | Outcome: NFA."),
        ],
    )
    f.fill(
        "idva",
        "2024-05-20",
        "2024-12-20",
        [
            ("Home visit", "Visit - helped Kirsty with housing forms and a grant for carpets."),
        ],
    )
    f.fill(
        "csc",
        "2024-05-22",
        "2024-12-18",
        [
            ("CP visit", "CP visit: both children seen alone. Tyler wants a dog."),
        ],
    )
    f.fill(
        "csc",
        "2025-02-17",
        "2025-04-30",
        [("Statutory visit", "CLA visit at grandparents'. Children sharing a room; SGO talk.")],
    )
    f.fill(
        "housing",
        "2025-02-03",
        "2025-04-30",
        [
            ("Tenancy end", "Kittiwake Ct tenancy ended (death of tenant). Belongings via family."),
        ],
    )
    f.fill(
        "bereave",
        "2025-02-10",
        "2025-04-30",
        [
            ("", "Session 2 with Tyler at grandparents' home: feelings thermometer."),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Marsland family, Tannerbrook. Ethan Marsland (b. 14/06/2011) is autistic, has a
# severe learning disability and little speech (PECS, some Makaton). He boards in term time at
# Ambersett Hall School, an independent residential special school in Brydon Vale, and comes
# home every other weekend by contracted minibus (Greywing Passenger Transport, route 7B) to his
# mother Rebecca Marsland, her partner Craig Denholm and his sister Poppy (9) at 18 Larchmere
# Way, Tannerbrook XJ6 3RA; registered at Riverside Surgery, Tannerbrook; short breaks at
# Swallowdale House. Bruising found after a weekend at home; a LADO allegation about school
# staff and a transport escort considered and excluded; a deprivation of liberty authorised by
# the High Court; an EHCP annual review.
# --------------------------------------------------------------------------------------------


def _marsland() -> BlindCase:
    f = Family(
        "marsland",
        903,
        {
            "edu": Sheet(
                RES_SCHOOL,
                "Ambersett_Hall_School_return.xlsx",
                "Education (CPOMS)",
                (("2024-01-01", "Mrs Helen Strickland (DSL)"),),
            ),
            "res": Sheet(
                RES_SCHOOL,
                "Ambersett_Hall_School_return.xlsx",
                "Residential log",
                (("2024-01-01", "Dev Whitley (Head of Care)"),),
            ),
            "dct": Sheet(
                DCT,
                "Tannerbrook_DCT_chronology_EM.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "Owen Prothero (SW)"),
                    ("2024-11-18", "Sally Mutasa (EDT)"),
                    ("2024-11-19", "Owen Prothero (SW)"),
                ),
            ),
            "lado": Sheet(
                LADO,
                "BrydonVale_LADO_record_Ambersett.docx",
                "Table 1",
                (("2024-01-01", "Gillian Ashcroft (LADO)"),),
                typed=False,
            ),
            "pol": Sheet(
                POLICE,
                "Ellesmoor_Police_CAIU_extract.xlsx",
                "Occurrences",
                (("2024-01-01", "DC 2760 Pryce (CAIU)"),),
            ),
            "paeds": Sheet(
                PAEDS,
                "BrydonVale_CommunityPaeds_CP.xlsx",
                "CP medicals",
                (("2024-01-01", "Dr Miriam Lethbridge"),),
            ),
            "sb": Sheet(
                SHORT_BREAKS,
                "Swallowdale_ShortBreaks_log.xlsx",
                "Stays and incidents",
                (("2024-01-01", "Tina Merriweather (Unit Manager)"),),
            ),
            "salt": Sheet(
                SALT,
                "BVCT_SALT_contacts_EM.xlsx",
                "Contacts",
                (("2024-01-01", "Ffion Rees (SLT)"),),
            ),
            "send": Sheet(
                SEND,
                "Tannerbrook_SEND_casework_EM.xlsx",
                "EHCP",
                (("2024-01-01", "Graham Hollis (SEND caseworker)"),),
            ),
            "legal": Sheet(
                LEGAL,
                "Tannerbrook_Legal_matter_log_DoL.xlsx",
                "Matter log",
                (("2024-01-01", "Anjali Mistry (Solicitor)"),),
            ),
            "trans": Sheet(
                TRANSPORT,
                "Greywing_route7B_log.csv",
                "",
                (("2024-01-01", "K Daws (Contracts Manager)"),),
            ),
            "gp": Sheet(
                GP,
                "Riverside_Surgery_Tannerbrook_EM.xlsx",
                "Consultations",
                (("2024-01-01", "Dr Rhys Calloway"),),
            ),
        },
    )

    # The deprivation of liberty question: raised by email, a legal planning meeting.
    f.occ(
        "2024-07-03",
        "dol-raised",
        R(
            "res",
            "Head of Care emailed Owen Prothero (DCT) re DoL: E under continuous supervision, "
            "locked external doors and kitchen, 2:1 in the community, RPI in his behaviour plan. "
            "Our view - this is a deprivation of liberty and needs authorising; parents' "
            "consent not enough given s20.",
            "15:20",
            "Correspondence",
        ),
        R(
            "dct",
            "Email from Dev Whitley (Head of Care, Ambersett Hall): restrictions in Ethan's "
            "placement probably amount to a DoL. Forwarded to Legal for advice.",
            "16:05",
            "Email received",
        ),
    )
    f.occ(
        "2024-07-11",
        "legal-planning",
        R(
            "legal",
            "Legal planning meeting (SW O Prothero, TM, solicitor). Advice: E accommodated under "
            "s20; restrictions satisfy the acid test; apply to the High Court under the inherent "
            "jurisdiction for authorisation. Instructions to issue in September after the care "
            "plan is updated.",
            "11:00",
            "Meeting",
            ref="TB/DOL/24/031",
        ),
        R(
            "dct",
            "Legal planning meeting re DoL - agreed to apply to the High Court. I will update "
            "the care plan and get the school's restriction schedule.",
            "11:00",
            "Legal planning",
        ),
    )
    f.occ(
        "2024-07-19",
        "home-for-summer",
        R(
            "trans",
            "Route 7B | Vehicle YR19 KXB | Driver P Stannard, escort B Hulme | End of term run: "
            "collected Ethan 13:05 from Ambersett Hall, handed to mother 15:40 at home | No "
            "issues.",
            "13:05",
            "Journey",
        ),
        R(
            "res",
            "E went home for the summer on transport at 13:05. Bags, PECS book, meds (melatonin) "
            "handed to escort and signed for.",
            "13:05",
            "Departure",
        ),
    )
    f.occ(
        "2024-08-14",
        "sb-bite",
        R(
            "sb",
            "Stay 2 of summer. 17:40 E bit staff member (forearm, skin broken) when the TV was "
            "switched off for tea. De-escalation, low arousal, no RPI. Staff to minor injuries. "
            "Mum told at collection. Incident form to DCT.",
            "17:40",
            "Incident",
        ),
    )
    f.occ(
        "2024-09-04",
        "back-to-school",
        R(
            "trans",
            "Route 7B | Start of term | Collected Ethan 07:00 from home, dropped Ambersett Hall "
            "09:25 | Anxious at first, settled with music.",
            "07:00",
            "Journey",
        ),
        R(
            "res",
            "E back after summer - arrived 09:25 by transport. Went straight to his room to check "
            "his things. Settled by lunch.",
            "09:25",
            "Arrival",
        ),
    )
    f.occ(
        "2024-09-17",
        "dol-issued",
        R(
            "legal",
            "C66 application issued in the High Court (Family Division) for authorisation of "
            "DoL under the inherent jurisdiction; first hearing listed 09/10/24.",
            "14:30",
            "Application",
            ref="TB/DOL/24/031",
        ),
    )
    f.occ(
        "2024-10-09",
        "dol-hearing-1",
        R(
            "legal",
            "Hearing (remote), Mrs Justice Fairholme: order authorising DoL at Ambersett Hall and "
            "on transport, review 4 months. Mother supported, did not attend. Guardian not "
            "appointed.",
            "10:30",
            "Hearing",
            ref="TB/DOL/24/031",
        ),
        R(
            "dct",
            "High Court hearing today - DoL authorised at school and in transport, review hearing "
            "in February. I informed mother and school.",
            "10:30",
            "Court hearing",
        ),
        R(
            "res",
            "Owen (DCT SW) phoned: High Court order made today authorising E's deprivation of "
            "liberty here. Copy of order to follow. Care plan file updated.",
            "15:10",
            "Legal",
        ),
    )
    # The Friday before the weekend at home: a restraint in class, then the journey home.
    f.occ(
        "2024-11-15",
        "rpi-friday",
        R(
            "edu",
            "Incident type: Physical intervention | 12:40 E hit his head on the table repeatedly "
            "after a change to the timetable. RPI by L Corrie and T Byfield - two-person single "
            "elbow, seated, 3 mins. Body map after: transient redness both upper arms, faded by "
            "13:10, photographed | Action: parent informed by phone, RPI form to head.",
            "12:40",
            "Physical intervention",
        ),
    )
    f.occ(
        "2024-11-15",
        "home-weekend",
        R(
            "res",
            "E home for the weekend on transport 14:35. Calm on leaving. Told mum on the phone "
            "about the RPI at lunchtime.",
            "14:35",
            "Departure",
        ),
        R(
            "trans",
            "Route 7B | Fri home run | Collected Ethan 14:35, handed to mother 17:05 | Escort B "
            "Hulme | Quiet journey.",
            "14:35",
            "Journey",
        ),
    )
    f.occ(
        "2024-11-17",
        "mum-call-sunday",
        R(
            "res",
            "18:30 mum phoned the house: E had a 'huge meltdown' Sat afternoon in the garden, "
            "banged his head on the patio door, Craig 'had to hold him' for ages. E has a mark "
            "on his face. Asked that we keep an eye on it tomorrow.",
            "18:30",
            "Parent contact",
        ),
    )
    # The Monday: an incident on the minibus, its report emailed, bruising found at bathtime.
    f.occ(
        "2024-11-18",
        "minibus-incident",
        R(
            "trans",
            "Route 7B | Mon return run, collected 06:55 | 07:55 on the bypass Ethan distressed, "
            "hitting the window; escort B Hulme held both his wrists about 2 mins until he "
            "calmed (not a trained technique). Arrived Ambersett 09:30 | IR form to follow.",
            "06:55",
            "Incident",
        ),
    )
    f.occ(
        "2024-11-18",
        "ir-emailed",
        R(
            "trans",
            "IR form for this morning's incident (escort held wrists) emailed to Ambersett Hall "
            "office and to Tannerbrook transport team.",
            "10:15",
            "Incident report",
        ),
        R(
            "edu",
            "Incident type: Information received | Greywing incident form by email - escort held "
            "E's wrists on the minibus this morning | Action: DSL aware, forwarded to head of "
            "care.",
            "11:00",
            "Information received",
        ),
    )
    f.occ(
        "2024-11-18",
        "bruising-found",
        R(
            "res",
            "19:30 bathtime - RSW found bruises: 4 oval bruises L upper arm and 3 R upper arm "
            "(fingertip pattern), 2cm bruise L cheekbone, yellow bruise L shin. Body map and "
            "photos. E pointed at his arm and signed 'hurt'. Head of care informed.",
            "19:30",
            "Body map",
        ),
        R(
            "res",
            "19.30 bath time - bruising found: 4 oval bruises L upper arm, 3 R upper arm "
            "(fingertip pattern), 2cm L cheekbone, yellow bruise L shin. Body map + photos. "
            "Head of care informed.",
            "19:30",
            "Body map",
        ),
    )
    f.occ(
        "2024-11-18",
        "call-edt",
        R(
            "res",
            "20:10 Head of care phoned Tannerbrook EDT (placing authority) re bruising after the "
            "home weekend and the minibus incident. EDT: E to stay at school, strategy discussion "
            "tomorrow, DSL to call LADO in the morning re Friday RPI.",
            "20:10",
            "Referral",
        ),
        R(
            "dct",
            "EDT: call 20:14 from Ambersett Hall head of care - Ethan found with fingertip "
            "bruising to both upper arms, cheek bruise, after weekend at home; RPI at school Fri; "
            "escort held wrists this morning. Safe at school overnight. Passed to DCT for "
            "strategy discussion.",
            "20:14",
            "EDT",
        ),
    )
    # Tuesday: a LADO consultation, a strategy discussion and the CP medical.
    f.occ(
        "2024-11-19",
        "lado-consultation",
        R(
            "edu",
            "Incident type: LADO | DSL phoned Brydon Vale LADO 9.05 - Friday RPI by two staff "
            "and the escort's hold on Monday, both possible causes of bruising | Action: LADO "
            "to join strategy discussion; staff not suspended pending medical.",
            "09:05",
            "LADO consultation",
        ),
        R(
            "lado",
            "Consultation from Helen Strickland (DSL Ambersett Hall): bruising to a pupil (13, "
            "ASD/SLD) after home weekend. Two staff (L Corrie, T Byfield) did a planned RPI on "
            "Friday; a Greywing escort (B Hulme) held his wrists on Monday. I will attend the "
            "strategy discussion before deciding on threshold.",
            "09:10",
        ),
    )
    f.occ(
        "2024-11-19",
        "strategy",
        R(
            "dct",
            "Strategy discussion (Teams) chaired by TM Jo Bairstow. Present: me, DC Pryce "
            "(CAIU), Helen Strickland (DSL Ambersett), Gillian Ashcroft (Brydon Vale LADO). "
            "Possible sources of the bruising: Friday RPI, weekend at home (mum says Craig held "
            "him), Monday escort. Agreed: joint s47 (DCT and police); CP medical this afternoon; "
            "LADO to consider staff and escort in parallel; Ethan stays at school this weekend.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISC 1100 (TANNERBROOK DCT). VICTIM MARSLAND ETHAN 13 (NON-VERBAL, ASD). "
            "BRUISING UPPER ARMS FINGERTIP PATTERN. JOINT S47. CP MEDICAL TODAY. SUSPECT TBC - "
            "STAFF / ESCORT (LADO) OR HOME (DENHOLM CRAIG, MOTHER'S PARTNER).",
            "11:00",
            "STRATEGY",
            ref="EP-24-117382",
        ),
        R(
            "edu",
            "Incident type: Multi-agency | DSL in strategy discussion 11am | Action: staff who "
            "did Friday's RPI to write statements today; E to stay in over the weekend.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "lado",
            "Attended strategy discussion. Police and DCT joint s47 on the home; I will run the "
            "allegation strand for the two staff and the escort and hold a meeting next week "
            "once the medical opinion is known.",
            "11:00",
        ),
        R(
            "res",
            "Strategy discussion notes received from DCT - copied here: 'Strategy discussion "
            "19/11 11:00. Concern: bruising upper arms and face. Actions: CP medical 19/11 pm, "
            "s47 joint, LADO parallel process, E not to go home 22-24/11.'",
            "",
            "Strategy notes",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-19",
        "cp-medical",
        R(
            "paeds",
            "CP medical, Brydon Vale Children's Centre. Hx from RSW and SW (E non-verbal). O/E "
            "limited - tolerated with ear defenders and iPad. 4x 1cm oval bruises L upper arm, "
            "3x R upper arm, medial and lateral, c/w forceful gripping. 2cm bruise L zygoma c/w "
            "impact - SIB possible. Old bruise L shin, accidental pattern. Ageing of bruises not "
            "possible. Opinion: arm bruises c/w being gripped with force on more than one "
            "occasion or for a prolonged period; not explained by a brief wrist hold.",
            "14:00",
            "CP medical",
        ),
        R(
            "dct",
            "Went with Ethan and his key worker to the CP medical. Dr Lethbridge: upper arm "
            "bruises consistent with forceful gripping, wrist hold would not explain them; cheek "
            "bruise could be from head-banging.",
            "14:00",
            "Medical",
        ),
        R(
            "res",
            "Key worker (Amy) took E to the child protection medical at 2pm with the social "
            "worker. E coped with ear defenders. Back for tea 16:30.",
            "14:00",
            "Appointment",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-20",
        "joint-home-visit",
        R(
            "dct",
            "Joint visit with DC Pryce to Rebecca and Craig at home. Craig said he held Ethan by "
            "both upper arms 'for maybe ten minutes' on Saturday to stop him putting his head "
            "through the patio door, and 'I didn't know what else to do'. Rebecca upset, says "
            "nobody has trained them. Poppy at school - to be seen tomorrow.",
            "10:30",
            "S47 visit",
        ),
        R(
            "pol",
            "JOINT VISIT 18 LARCHMERE WAY WITH DCT. DENHOLM C ADMITS HOLDING VICTIM BY UPPER ARMS "
            "DURING MELTDOWN SAT 16/11. VOLUNTARY INTERVIEW ARRANGED 27/11.",
            "10:30",
            "VISIT",
            ref="EP-24-117382",
        ),
    )
    f.occ(
        "2024-11-21",
        "escort-stood-down",
        R(
            "trans",
            "Escort B Hulme stood down from route 7B pending LADO outcome (precaution). Relief "
            "escort allocated.",
            "09:00",
            "Staffing",
        ),
    )
    f.occ(
        "2024-11-25",
        "lado-call-transport",
        R(
            "lado",
            "Spoke to Kim Daws (Greywing contracts manager) - escort's account: held wrists only, "
            "for under 2 minutes; no training in holds; has worked route 7B for 3 years. Invited "
            "Greywing to tomorrow's meeting.",
            "15:00",
        ),
        R(
            "trans",
            "Call from LADO (G Ashcroft) re escort B Hulme. Gave account, training record and "
            "route history. Invited to LADO meeting 26/11.",
            "15:00",
            "Call",
        ),
    )
    # Two meetings on one day: the LADO's allegation meeting and a professionals' meeting.
    f.occ(
        "2024-11-26",
        "lado-meeting",
        R(
            "lado",
            "Allegation management meeting. Present: me, head teacher and DSL (Ambersett), DCT "
            "SW, Greywing contracts manager, DC Pryce. Medical opinion: arm bruises not explained "
            "by the Friday RPI (redness faded within 30 mins, technique does not grip) or by the "
            "wrist hold. Outcome: staff allegation unfounded; escort - not LADO threshold, poor "
            "practice, to employer for training. Outcome letter to follow.",
            "10:00",
        ),
        R(
            "edu",
            "Incident type: LADO | HT and DSL at LADO meeting 10am | Outcome: allegation re our "
            "staff unfounded | Action: RPI review by PBS lead anyway; staff informed.",
            "10:00",
            "LADO meeting",
        ),
        R(
            "dct",
            "LADO allegation management meeting - staff and escort excluded as the cause of the "
            "arm bruising. s47 continues on the home.",
            "10:00",
            "Meeting",
        ),
        R(
            "trans",
            "Attended LADO meeting (K Daws). Outcome: no LADO action for escort, training in "
            "safe holds required before return to any route.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-26",
        "professionals-meeting",
        R(
            "dct",
            "Professionals' meeting about support at home: Swallowdale manager, SLT, me. Ideas: "
            "more short-break nights, PBS training for mum and Craig, a visual weekend "
            "timetable, a safe space at home.",
            "14:00",
            "Professionals meeting",
        ),
        R(
            "sb",
            "Professionals meeting (DCT) - asked if we can offer extra nights. Yes from January "
            "if panel agrees.",
            "14:00",
            "Meeting",
        ),
        R(
            "salt",
            "Session type: Professionals' meeting (Teams) | SLT to produce a home "
            "communication passport and a 'now and next' weekend board | Outcome: actions taken.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-27",
        "voluntary-interview",
        R(
            "pol",
            "DENHOLM CRAIG VOLUNTARY INTERVIEW UNDER CAUTION, TANNERBROOK PS, S47 OAPA. ACCOUNT AS "
            "AT VISIT: RESTRAINED VICTIM TO PREVENT SELF-HARM. FILE TO CPS FOR ADVICE.",
            "14:00",
            "INTERVIEW",
            ref="EP-24-117382",
        ),
    )
    f.occ(
        "2024-11-29",
        "weekend-at-school",
        R(
            "res",
            "E staying at school this weekend (safety plan). Told with his visual schedule; "
            "upset at 3pm when the minibus left without him.",
            "15:00",
            "Information",
        ),
    )
    # The s47 outcome meeting, and police's no-further-action the same afternoon.
    f.occ(
        "2024-12-05",
        "s47-outcome",
        R(
            "dct",
            "Strategy meeting (s47 outcome). Conclusion: injuries caused by Craig's prolonged "
            "restraint during a meltdown, not intended to hurt; no ICPC. Child in need plan with "
            "PBS training, more short breaks, safe space at home. Home weekends to resume in "
            "January after training.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "S47 OUTCOME STRAT MTG 1000. CSC: CIN PLAN. POLICE: CPS ADVICE AWAITED.",
            "10:00",
            "STRATEGY",
            ref="EP-24-117382",
        ),
        R(
            "edu",
            "Incident type: Multi-agency | Outcome of s47 - CIN plan, no conference | Action: "
            "school PBS lead to train family in January.",
            "10:00",
            "Strategy discussion",
        ),
    )
    f.occ(
        "2024-12-05",
        "police-nfa",
        R(
            "pol",
            "CPS ADVICE: NFA - NOT IN PUBLIC INTEREST (RESTRAINT TO PREVENT SELF-INJURY, "
            "REMORSE, SUPPORT PLAN). DENHOLM C INFORMED. OCCURRENCE FILED.",
            "15:30",
            "OUTCOME",
            ref="EP-24-117382",
        ),
    )
    f.occ(
        "2024-12-10",
        "lado-outcome-letter",
        R(
            "lado",
            "Outcome letter sent to Ambersett Hall head teacher: allegation re L Corrie and T "
            "Byfield unfounded. Copy to Greywing re escort (no LADO action, training). Case "
            "closed.",
            "12:00",
        ),
        R(
            "edu",
            "Incident type: LADO | Outcome letter received from LADO - unfounded for both staff | "
            "Action: staff given copies, filed.",
            "09:00",
            "LADO outcome",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-12",
        "paeds-letter-gp",
        R(
            "paeds",
            "CP medical report (19/11) sent to GP, SW and school nurse. Recommend GP review of "
            "sleep and SIB; consider referral to LD CAMHS.",
            "16:00",
            "Letter",
        ),
        R(
            "gp",
            "Letter received: community paediatrics CP medical report 19/11 - fingertip bruising "
            "upper arms, s47, CIN plan. Safeguarding alert added. Task: review sleep/SIB.",
            "10:30",
            "Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-17",
        "cin-meeting-1",
        R(
            "dct",
            "First CIN meeting at home (school by Teams). Rebecca and Craig engaged. PBS training "
            "dates set 14/01. Short breaks panel 28/01.",
            "13:00",
            "CIN meeting",
        ),
        R(
            "edu",
            "Incident type: Multi-agency | CIN meeting (Teams) | Action: send weekly photo "
            "diary home.",
            "13:00",
            "CIN meeting",
        ),
        R(
            "sb",
            "CIN meeting - attended. We will keep Ethan's usual Friday in the holidays.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2025-01-10",
        "first-weekend-home",
        R(
            "res",
            "First home weekend since November. E left on transport 14:35 with his weekend "
            "board. New escort, trained in safe holds.",
            "14:35",
            "Departure",
        ),
        R(
            "trans",
            "Route 7B | Fri home run | Escort J Mallory (PBS-trained) | Collected 14:35, handed "
            "to mum 17:00 | Fine.",
            "14:35",
            "Journey",
            shift="swap",
        ),
    )
    f.occ(
        "2025-01-14",
        "pbs-home-visit",
        R(
            "edu",
            "Incident type: Family work | PBS lead (Sam Ellery) and SW joint visit to home "
            "- PBS training session 1 with mum and Craig: triggers, low arousal, safe space. No "
            "holds to be used | Action: session 2 in 3 weeks.",
            "10:00",
            "Family support",
        ),
        R(
            "dct",
            "Joint visit with the school's PBS lead for the first training session. Craig asked "
            "good questions; Rebecca tearful but positive.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-01-28",
        "short-breaks-panel",
        R(
            "dct",
            "Short breaks resource panel: package increased from 24 to 48 nights a year at "
            "Swallowdale, plus 4 hrs a week direct payment. Agreed.",
            "10:00",
            "Panel",
        ),
        R(
            "sb",
            "Resource panel (I sit on it) - Ethan's nights doubled to 48 a year from February.",
            "10:00",
            "Panel",
        ),
    )
    f.occ(
        "2025-02-11",
        "dol-review-hearing",
        R(
            "legal",
            "Review hearing (remote), Fairholme J: DoL authorisation continued 6 months with "
            "amended schedule (2:1 transport escort, no wrist holds). Final hearing 10/06/25.",
            "10:00",
            "Hearing",
            ref="TB/DOL/24/031",
        ),
        R(
            "dct",
            "DoL review hearing in the High Court: order continued with the new transport "
            "safeguards. I gave evidence on the s47 outcome.",
            "10:00",
            "Court hearing",
        ),
        R(
            "res",
            "Informed by SW: DoL order continued at the High Court today with changes to "
            "transport. Restriction schedule updated.",
            "16:00",
            "Legal",
        ),
    )
    # A report emailed on the morning of the annual review, and the review that afternoon.
    f.occ(
        "2025-03-11",
        "salt-report",
        R(
            "salt",
            "Session type: Report | Annual review SLT report emailed to SEND caseworker and "
            "school: uses 2-3 symbol PECS sentences, 40+ Makaton signs; targets for requesting "
            "'help' and 'stop'.",
            "08:40",
            "Report",
        ),
        R(
            "send",
            "SLT report for the annual review received by email.",
            "09:05",
            "Advice received",
        ),
    )
    f.occ(
        "2025-03-11",
        "ehcp-annual-review",
        R(
            "edu",
            "Incident type: Meeting | EHCP annual review in school with mum, SEND caseworker, "
            "SLT and SW | Action: recommend amendments - communication and PBS outcomes, "
            "transport section.",
            "13:30",
            "Annual review",
        ),
        R(
            "send",
            "Annual review meeting held at Ambersett Hall. Recommendation: amend plan (sections "
            "B, E, F, I). Decision due within 4 weeks.",
            "13:30",
            "Annual review",
        ),
        R(
            "salt",
            "Session type: Annual review (attended in person) | SLT outcomes agreed; home "
            "communication passport to be added to the plan.",
            "13:30",
            "Meeting",
        ),
        R(
            "dct",
            "EHCP annual review at school - attended. Mum wants a plan for when Ethan is 16.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-25",
        "cin-review",
        R(
            "dct",
            "CIN review. Home weekends going well; no bruising seen; PBS training completed. "
            "Plan to step down at the July review if things hold.",
            "13:00",
            "CIN review",
        ),
        R(
            "edu",
            "Incident type: Multi-agency | CIN review (Teams) | Action: none new; body maps after "
            "each home weekend continue until July.",
            "13:00",
            "CIN meeting",
        ),
        R(
            "sb",
            "CIN review attended by phone. Ethan's stays going well - he now goes in happily.",
            "13:00",
            "Meeting",
            shift="-1",
        ),
    )
    f.occ(
        "2025-04-29",
        "amendment-notice",
        R(
            "send",
            "Amendment notice and draft amended EHCP issued to parent and school (15 days to "
            "respond).",
            "15:00",
            "Amendment notice",
        ),
        R(
            "edu",
            "Incident type: Information received | Draft amended EHCP from Tannerbrook SEND "
            "(dated yesterday) | Action: SENCo to reply within 15 days.",
            "10:20",
            "Information received",
            shift="late",
        ),
    )
    f.occ(
        "2025-06-10",
        "dol-final-hearing",
        R(
            "legal",
            "Final hearing, Fairholme J: DoL authorised 12 months, review on papers unless "
            "change of placement. Matter closed on our side save annual review.",
            "11:00",
            "Hearing",
            ref="TB/DOL/24/031",
        ),
        R(
            "dct",
            "Final DoL hearing - authorised for 12 months.",
            "11:00",
            "Court hearing",
            shift="month",
        ),
    )
    f.occ(
        "2025-06-17",
        "final-ehcp",
        R(
            "send",
            "Final amended EHCP issued. Placement Ambersett Hall (residential, 38 weeks) "
            "confirmed.",
            "12:00",
            "Final plan",
        ),
    )
    f.occ(
        "2025-07-08",
        "cin-step-down",
        R(
            "dct",
            "CIN plan closed at review; Ethan stays open to DCT for his short breaks package "
            "(disabled child, s17).",
            "13:00",
            "Case closure",
        ),
    )

    # Routine single entries.
    f.fill(
        "edu",
        "2024-06-03",
        "2025-07-18",
        [
            ("Learning", "Incident type: Achievement | Used PECS to ask for a break - first time."),
            ("Behaviour", "Incident type: SIB | Hand-biting in maths | Action: sensory circuit."),
            ("Learning", "Incident type: Achievement | Swimming - 5m with float."),
            ("Behaviour", "Incident type: Behaviour | Threw chair at lunch | Action: ABC chart."),
            ("Medical", "Incident type: First aid | Graze to knee in playground | Action: none."),
        ],
    )
    f.fill(
        "res",
        "2024-06-03",
        "2025-07-18",
        [
            ("Night", "Night log: woke 02:10, settled 03:00 with weighted blanket."),
            ("Parent contact", "Video call with mum and Poppy - E smiled, signed 'home'."),
            ("Physical intervention", "RPI (single person guide) 2 mins to stop him leaving site."),
            ("Health", "Melatonin given 19:30, asleep by 20:45."),
            ("Activity", "Trip to the farm park with 2 staff. Fed the goats, no incidents."),
        ],
    )
    f.fill(
        "trans",
        "2024-06-03",
        "2025-07-18",
        [
            ("Journey", "Route 7B | Return run | Collected 06:55, dropped 09:20 | Settled."),
            ("Staffing", "Route 7B | Driver change - P Stannard on leave, cover driver R Obeng."),
        ],
    )
    f.fill(
        "sb",
        "2024-07-22",
        "2024-09-02",
        [
            ("Stay", "Overnight stay. Swing and bubbles, slept 21:00-06:30."),
            ("Stay", "Overnight stay. Refused bath, accepted shower. Good night."),
        ],
    )
    f.fill(
        "sb",
        "2025-02-01",
        "2025-07-18",
        [
            ("Stay", "Overnight stay (extra night). Went to the park with 2 staff."),
            ("Stay", "Overnight stay. Used new 'stop' card with staff twice."),
        ],
    )
    f.fill(
        "salt",
        "2024-06-03",
        "2024-07-19",
        [("Session", "Session type: Direct therapy in class | PECS phase 4 | Outcome: progress.")],
    )
    f.fill(
        "salt",
        "2024-09-09",
        "2024-10-25",
        [("Session", "Session type: Staff training | Makaton for residential staff.")],
    )
    f.fill(
        "gp",
        "2024-07-22",
        "2024-09-02",
        [("Review", "Annual LD health check with mum. Wt 52kg. Bloods declined. Melatonin rpt.")],
    )
    f.fill(
        "gp",
        "2024-09-09",
        "2025-07-18",
        [("Medication", "Repeat melatonin 2mg MR issued (school supply).")],
    )
    f.fill(
        "dct",
        "2024-09-09",
        "2024-10-25",
        [("Visit", "Visit to Ethan at school. Seen in class and in his room; happy.")],
    )
    f.fill(
        "dct",
        "2024-07-22",
        "2024-09-02",
        [("Visit", "Home visit in the holidays - Ethan on the trampoline, mum coping.")],
    )
    f.fill(
        "paeds",
        "2025-01-06",
        "2025-07-18",
        [("Clinic", "Neurodisability clinic: sleep improved, SIB less. Continue melatonin.")],
    )
    f.fill(
        "send",
        "2024-06-03",
        "2025-02-28",
        [("Correspondence", "Annual review invitation sent to school and parent.")],
    )
    return f.case()


def blind_dedup_cases_9() -> list[BlindCase]:
    """The ninth blind set's families, in a fixed order."""
    return [_kalonji(), _lanyon(), _marsland()]


if __name__ == "__main__":
    summary(blind_dedup_cases_9)
