"""An eleventh set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 105-130 chronology rows from ten to twelve services
(twelve sheets each; two schools' returns in one case) over twelve to twenty months, unlike
each other and unlike the earlier blind sets' families: a sixteen-year-old girl looked after in a
semi-independent placement and sexually exploited by older men (repeated missing episodes, a
sexual health clinic, a pregnancy and an early medical abortion, a child sexual exploitation risk
assessment, Child Abduction Warning Notices, a police operation with arrests, charges and a
conviction, a secure accommodation application in the family court, a personal adviser, an
independent reviewing officer and looked-after reviews); a family of five in an overcrowded
privately rented flat where the father controls the money and coerces the mother (a baby with
faltering growth, a food bank, a housing officer, a domestic abuse outreach worker, a
children's centre, a DASH and a MARAC, child protection conferences, the father's arrest, bail,
charge and conviction for controlling or coercive behaviour, a move to a refuge in another
town, the older two's move to a new school, then a council tenancy); a fourteen-year-old boy
with type 1 diabetes whose insulin is not given or supervised at home (missed clinics, three
admissions with diabetic ketoacidosis through the emergency department to high dependency, the
diabetes specialist nurses, a school healthcare plan, a referral for medical neglect, two
strategy discussions, a child protection medical, a family group conference, the mother's
arrest and caution at an ambulance call-out, and a child arrangements order for his aunt).

Written blind: composed from the domain brief, the `Event` schema, the case kit and the seventh
blind set's docstring and agency constants (read for their format and labelling rules; none of
its families, wordings or places reused), without reading the duplicate rules, their settings,
the linkage model, any result or any other labelled set, and without running the merge on these
cases. Kept apart from tuning: measure on them blind first.

The services write very differently: terse capital-letter police logs with incident numbers and
codes (MFC, CAWN, RUI, OIC); long social-care narrative in the third person; "Contact type: ...
Outcome: ..." templates (the sexual health clinic, the missing and exploitation team); GP
"S: O: A: P:" notes; a college's CPOMS-style log with a category and actions; hospital shorthand
(Obs, GCS, Hx, Imp, TTO, EMA, FG clinic, OFC); first-person notes by an independent reviewing
officer (a return with no event-type column), a personal adviser and a domestic abuse outreach
worker; a supported-accommodation provider's daily log and a refuge's resident log written by
shift staff; a health visiting "Contact: ..." template; two primary schools' logs in different
templates, one row per child; a housing officer's notes and a food bank's pipe-separated voucher
log, neither with an event-type column; a legal services case log with no event-type column;
a diabetes team's clinic notes (HbA1c, TIR, pen memory), an ambulance service's pipe-separated
patient report summary, a Cafcass "Work type: ... Outcome: ..." record, a family group
conference coordinator's and a school nurse's first-person notes with no event-type column;
dates written inside the text ("on 4th March", "Mon 22/04", "on 27/08", "missed 17-19/05").

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email or referral was logged by the receiving service on the next day.

How the rows were labelled (the rules every blind set applies):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, looked-after review, ICPC, RCPC, core group, MARAC,
  professionals' meeting, legal planning meeting, child in need meeting, family group
  conference, court hearing), in whatever words, with whatever time or none, is one occurrence. A
  minute pasted into another service's return under its own preface is a record of the same
  meeting.
- Both ends of one phone call (or one referral, notification, letter or email sent and
  received) are one occurrence, even when the receiving service logs it the next day. A later
  call back, another attempt to reach the same person, or a letter sent after the call is not.
- A joint visit recorded by both agencies that made it is one occurrence. Visits by two agencies
  on one day that each made alone are two.
- A police incident and the Children's Social Care entry recording that the police notification
  was received are DIFFERENT occurrences, even on the same day; so are the MASH screening
  decision and the contact it screens, and a hospital's notice of an attendance to the GP. An
  incident attended by police and ambulance together is one occurrence; the emergency
  department attendance that follows is another.
- Life events (a placement start, a house move, a school move, a GP registration, an admission
  or discharge, an arrest, a charge, a court result or order) recorded by two services on the
  same day, or by one of them the next day, are one occurrence when they name the same
  specifics. Two people's arrests on one day are two occurrences; so are an arrest and a charge.
- An entry typed twice on one sheet (the same words or nearly) is one occurrence.
- An emergency department that writes one attendance as several rows (triage, review,
  discharge, handover) records ONE occurrence; attendances on consecutive days are separate;
  an emergency department attendance and the ward or high dependency admission that follows
  are two occurrences.
- A school that writes one row per child for one event records ONE occurrence; two children's
  separate appointments in one session are separate.
- Decision for this set: a report of a looked-after child missing, made by the placement's staff
  to the police, is one call: the placement's log of making it and the police log of receiving
  it are one occurrence. The child's being located (by police, who bring her back) is another
  occurrence, recorded by the police and by the placement that received her back; her coming
  back on her own later is another again, recorded by the placement and by the police log that
  closes the report on her return. A second report later the same day is its own occurrence.
- Decision for this set: a key worker who goes with the young person to an appointment (a
  clinic, a consultation, a procedure, a GP registration, a court hearing) and logs it records
  that appointment, so the placement's entry and the service's entry are one occurrence. A
  placement's note that staff saw the social worker and another worker visit records that visit.
- Decision for this set: a Child Abduction Warning Notice served by the police is logged only by
  the police; social care's entry of the officer's email confirming the notices were served is
  a separate occurrence (a notification), and the two notices served on two men on one day are
  two occurrences.
- Decision for this set: a social worker's entry that names an arrest or a charge with its
  specifics (who, when, where or what for) records that arrest or charge; an entry recording a
  phone update from the officer about it ("DC ... phoned to say ...") is a call, a separate
  occurrence.
- Decision for this set: the emergency duty team's collection of a young person from a police
  station and her arrival back at her placement with that worker are one occurrence (one
  journey); the police log of locating her earlier that day is another.
- Decision for this set: a food bank e-voucher issued by the children's centre and the food
  bank's log of the e-referral arriving are the two ends of one referral (one occurrence); the
  parcel collected with it the next day is another occurrence. The same worker typing the voucher
  entry twice on the children's centre sheet is the same occurrence again.
- Decision for this set: a worker from another service who goes with the mother to an
  appointment (a family hub worker at a housing options interview) records that appointment, as
  the key worker does in case 1. A family hub's room booking for the domestic abuse worker to see
  the mother records that session, and its session log of a baby clinic held there records the
  same attendance as the health visitor's weighing at it; a refuge's log that a social worker
  or a health visitor visited records that visit, and a social worker's and a health visitor's
  separate visits on one day, both noted by the refuge, stay two occurrences.
- Decision for this set: police bail with conditions, named with its conditions by the police
  and by the domestic abuse service the same evening, is one occurrence (like an order); the
  mother's call to her outreach worker about a breach is a separate occurrence, as is the 999
  call-out at which the father was arrested for the breach (one police row, one occurrence).
- Decision for this set: a school move written by the old school (both children off roll,
  started at the new school, files sent) and by the new school (one start row per child) on the
  same day is one occurrence; the old school's first-day call to the mother about the children's
  absence is another. A health visitor's change-of-address entry the day after the family's move
  records the move (its occurrence is in `noise`), as does the housing officer's.
- Decision for this set: a collapse at school, written by the school in two rows (its first-aid
  log: found, 999 called; its safeguarding log: the ambulance arrived and left with him) and by
  the ambulance service (the 999 call from the school and the attendance there), is one
  occurrence, as an incident attended by police and ambulance together is. The emergency
  department attendance that follows is another, the high dependency admission another, the
  step down to the ward another, and the discharge another.
- Decision for this set: at an ambulance call-out attended by the police too, the police row of
  the call-out and the ambulance record are one occurrence; the mother's arrest there, which the
  police log in its own row, is another (an arrest is its own life event), and her caution
  after interview is another again.
- Decision for this set: a community paediatrician's child protection medical done on the ward,
  and the ward's note that it was done, are one occurrence. A diabetes nurse's note the next
  morning that the boy was admitted to high dependency overnight records that admission (in
  `noise`). A diabetes team's letter to the GP about a missed clinic, and a discharge summary
  received by the GP, are letters: separate from the clinic and the discharge.
- Decision for this set: Cafcass's request for local authority safeguarding checks and social
  care's log of receiving it are one occurrence; social care's reply and Cafcass's log of it the
  next day are another. A child arrangements order made by consent at the first hearing, noted
  by Cafcass and by social care that day, is that hearing; the copy of the order brought into
  school five days later is a separate occurrence.
- Look-alikes kept apart: two meetings on one day (a strategy discussion and a placement
  stability meeting; a looked-after review and the personal adviser's pathway-plan session
  straight after it); repeat missing reports on one day; a located-by-police entry and the
  later self-return; two Child Abduction Warning Notices served on one day, and social care's
  note of the email about them; two men's arrests on one day; an arrest and the charge the next
  day; a charge and another man's release under investigation the same day; a police incident
  and social care's receipt of the notification; a GP's emailed information for a strategy
  discussion and the discussion; consecutive-day emergency department attendances, and the
  department's notice to the GP; a sexual health attendance, the clinic's referral to the
  pregnancy advisory service and its safeguarding call to the social worker, all one day; a
  college's call to social care and its call to the police the same day; a guardian's report
  filed before a hearing and the hearing; two hearings a fortnight apart; a legal planning
  meeting and the application filed after it; a police officer's phone update to social care
  and the arrest it reports. In case 2: two baby clinic weighings a month apart; a health
  visitor's home visit and her call to the GP the same afternoon; a housing inspection and a
  health visitor's weight check at the same flat on one day; a health visitor's disclosure
  visit with a DASH, her MASH referral and her domestic abuse and MARAC referral, all one day;
  the MASH referral and the screening decision the next day; a GP's report for the initial
  conference and the conference; a police incident and social care's receipt of the
  notification next morning, and the arrest social care records later that morning; an arrest
  and the release on bail that evening; a charge and the first court appearance the next day; a
  victim's call to her outreach worker and the charge the same day; a review conference and the
  core group straight after it; a food bank e-voucher and the parcel collected with it. In case
  3: an emergency department attendance sent home in the evening and the next morning's
  ambulance call and DKA attendance (consecutive days); an ambulance call-out and the
  attendance it led to; each DKA attendance and the high dependency admission after it; a step
  down from high dependency and the ward's MASH referral the same day; the MASH referral, the
  screening decision the next morning and the strategy discussion that afternoon; the school's
  emailed information for the strategy discussion and the discussion; a professionals' meeting
  and the diabetes nurse's call to the mother after it; a missed clinic and the letter about it
  to the GP; discharge summaries and the discharges; an ambulance and police call-out, the
  mother's arrest there and her caution that afternoon; social care's receipt of the police
  notification; two healthcare plan meetings months apart; Cafcass's request for checks and the
  local authority's reply a week later; a safeguarding letter filed before the hearing and the
  hearing; the order made at the hearing and the copy of it taken to school; a family group
  conference and its review.

Everything is invented: people, workers, schools, colleges, surgeries, hospitals, clinics,
towns, police forces, refuges, food banks, addresses, postcodes (the QH, VK and XJ areas do
not exist), vehicle registrations, phone numbers and reference numbers. Deterministic: one fixed
seed per case (it only places the routine entries and picks their times), no set or hash
ordering.

    python sample_data/blind_dedup_cases_11.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
IRO = "Independent Reviewing Service"
LEAVING_CARE = "Leaving Care Service"
SUPPORTED = "Supported Accommodation Provider"
SEXUAL_HEALTH = "Sexual Health Service"
GP = "GP"
PREGNANCY = "Pregnancy Advisory Service"
ED = "Emergency Department"
COLLEGE = "Further Education College"
EXPLOITATION = "Missing and Exploitation Team"
LEGAL = "Local Authority Legal Services"
HEALTH_VISITING = "Health Visiting"
SCHOOL = "School"
HOUSING = "Housing"
DA_SERVICE = "Domestic Abuse Service"
CHILDRENS_CENTRE = "Children's Centre"
FOOD_BANK = "Food Bank"
PAEDS = "Community Paediatrics"
REFUGE = "Women's Refuge"
DIABETES_TEAM = "Paediatric Diabetes Team"
WARD = "Paediatric Ward"
SCHOOL_NURSE = "School Nursing"
AMBULANCE = "Ambulance Service"
FGC = "Family Group Conference Service"
CAFCASS = "Cafcass"

TERM_TIME_AGENCIES: tuple[str, ...] = (COLLEGE, SCHOOL, SCHOOL_NURSE)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: Tayla Brennick (b. 20/02/2008), looked after under a care order made in 2021, placed
# by Falmshire County Council at Larchfield House, 14 Kilnworth Road, Ostermere QH4 7LD (a
# semi-independent placement run by Wyncote Supported Living) from 04/03/2024. Mother Joanne
# Brennick lives in Callowfield. Men exploiting her: Lewis Fenwright (31, flat 9 Sandpiper
# Court, Ostermere QH2 5RN), Connor Blaydes (24) and Mark Tolley (38). Police operation
# HOLLYSTONE; a secure accommodation application refused; Fenwright convicted.
# --------------------------------------------------------------------------------------------


def _brennick() -> BlindCase:
    f = Family(
        "brennick",
        1101,
        {
            "police": Sheet(
                POLICE,
                "Falmshire Constabulary - BRENNICK T.xlsx",
                "Chronology",
                (("2024-01-01", "DC 2231 R CALLOWAY"), ("2024-06-17", "DS 1180 I BOYCE")),
            ),
            "csc": Sheet(
                CSC,
                "Falmshire CSC chronology - Tayla Brennick.xlsx",
                "Case notes",
                (("2024-01-01", "Gemma Thorley"), ("2024-10-01", "Aled Pryce")),
            ),
            "iro": Sheet(
                IRO,
                "IRO chronology TB.docx",
                "Table 1",
                (("2024-01-01", "Stephen Aldous"),),
                typed=False,
            ),
            "pa": Sheet(
                LEAVING_CARE,
                "Leaving Care - Tayla B.xlsx",
                "PA log",
                (("2024-01-01", "Marcus Ingleby"),),
            ),
            "placement": Sheet(
                SUPPORTED,
                "Wyncote Supported Living - Larchfield House.xlsx",
                "Daily log",
                (("2024-01-01", "Shona Pirrie (KW)"), ("2024-09-01", "Devon Achterberg (KW)")),
            ),
            "sexhealth": Sheet(
                SEXUAL_HEALTH,
                "Quayside Sexual Health Clinic.xlsx",
                "Safeguarding",
                (("2024-01-01", "Bryony Castell (Sen. Nurse)"),),
            ),
            "gp": Sheet(
                GP,
                "Ashgrove Surgery - TB.xlsx",
                "Chronology",
                (("2024-01-01", "Dr N Fairclough"),),
            ),
            "pas": Sheet(
                PREGNANCY,
                "Thrushbeck Pregnancy Advisory Clinic.xlsx",
                "Episodes",
                (("2024-01-01", "Sr J Mbatha"),),
            ),
            "ed": Sheet(
                ED,
                "Ostermere General ED - attendances.csv",
                "",
                (("2024-01-01", "ED"),),
            ),
            "college": Sheet(
                COLLEGE,
                "Ostermere College safeguarding log.xlsx",
                "CPOMS export",
                (("2024-01-01", "Paula Wrenshaw (DSL)"),),
            ),
            "met": Sheet(
                EXPLOITATION,
                "Falmshire MET - contacts.xlsx",
                "Contacts",
                (("2024-01-01", "Kamala Dunstan"),),
            ),
            "legal": Sheet(
                LEGAL,
                "Legal Services case log - BRENNICK s25.xlsx",
                "Log",
                (("2024-01-01", "Hannah Pelling (solicitor)"),),
                typed=False,
            ),
        },
    )

    # Placement move from the Ellery foster placement to Larchfield House.
    f.occ(
        "2024-03-04",
        "placement-start",
        R(
            "csc",
            "Tayla moved today from her foster placement with Mr and Mrs Ellery to Larchfield "
            "House, a semi-independent placement provided by Wyncote Supported Living with 15 "
            "hours of key work a week. The Ellery placement ended at the carers' request after "
            "repeated late returns and a man in a car collecting Tayla from the road outside. "
            "SW transported Tayla and her belongings; she was quiet but said she wanted 'more "
            "freedom'. Curfew agreed 22:00 weekdays, 23:00 weekends.",
            "14:30",
            "Placement change",
            "Placement plan to be completed within 5 working days.",
        ),
        R(
            "placement",
            "New YP admitted - Tayla B (16). Arrived 16:20 with SW Gemma Thorley. Room 3 "
            "allocated, house rules + curfew signed. Quiet, went to her room, ate later.",
            "16:20",
            "Admission",
        ),
        R(
            "iro",
            "Placement change: Tayla moved from the Ellery foster placement to Larchfield House "
            "(semi-independent, Wyncote) on 4th March. I was not consulted before the move and "
            "there was no placement planning meeting. I will raise this at her review.",
            shift="late",
        ),
    )
    f.occ(
        "2024-03-06",
        "joint-visit-pa",
        R(
            "csc",
            "Joint visit with Marcus Ingleby (personal adviser, Leaving Care) to Larchfield. "
            "Introduced PA to Tayla. Tayla engaged briefly, asked about a leaving care grant "
            "and a bank account. Discussed curfew, college application and keeping her phone "
            "charged. She would not say who the man in the car at the Ellerys' had been.",
            "11:00",
            "Visit",
        ),
        R(
            "pa",
            "First meeting with Tayla, with her SW Gemma, at Larchfield House. I explained my "
            "role and the pathway plan. She wants her own flat 'as soon as'. Agreed to meet "
            "fortnightly, next at the café on Quay Street.",
            "11:00",
            "Visit",
        ),
    )
    f.occ(
        "2024-03-08",
        "gp-registration",
        R(
            "gp",
            "New patient registration. Looked after child (Falmshire). Prev. practice Hedley "
            "Road MC, Callowfield. Summary to follow. New patient check offered with HCA.",
            "10:10",
            "Registration",
        ),
        R(
            "placement",
            "KW took T to Ashgrove Surgery to register with GP. Forms done, new patient check "
            "booked. T asked about the implant - told to book with nurse.",
            "09:45",
            "Appointment",
        ),
    )
    f.occ(
        "2024-03-16",
        "missing-1-report",
        R(
            "placement",
            "T not back by curfew 23:00. Calls to mobile unanswered, messages not read. Reported "
            "missing to police 23:35, log given. On-call manager informed.",
            "23:35",
            "Missing",
        ),
        R(
            "police",
            "MFC REPORT. TAYLA BRENNICK 16YRS FROM LARCHFIELD HOUSE KILNWORTH RD. STAFF REPORT "
            "NOT RTND FROM CURFEW 2300. KNOWN TO BE PICKED UP BY OLDER MALES IN VEH. RISK ASSESSED "
            "MEDIUM. LOG 1187 16/03.",
            "23:38",
            "MISSING PERSON",
            ref="1187/16032024",
        ),
    )
    f.occ(
        "2024-03-17",
        "missing-1-located",
        R(
            "police",
            "MFC LOCATED 0340 IN GREY AUDI A3 QH19 XKT ON BARGE LANE WITH ADULT MALE LEWIS "
            "FENWRIGHT DOB 11/08/1992. MALE ADVISED. FEMALE CONVEYED BACK TO PLACEMENT BY "
            "OFFICERS. INTEL SUB SUBMITTED. NOTIFICATION TO CSC.",
            "03:40",
            "MISSING PERSON",
            ref="1187/16032024",
        ),
        R(
            "placement",
            "04:15 T returned by police, found in a car with a man on Barge Lane. Smelt of "
            "cannabis, went straight to bed. Night staff checks hourly.",
            "04:15",
            "Missing",
        ),
    )
    f.occ(
        "2024-03-18",
        "csc-police-notification-1",
        R(
            "csc",
            "Police missing notification received (log 1187) for the weekend: Tayla missing "
            "from 23:00 Saturday, located by police at 03:40 in a car with a 31-year-old man, "
            "Lewis Fenwright. Discussed with team manager Lorna Quested: referral to the Missing "
            "and Exploitation Team and a CSE risk assessment to follow.",
            "09:20",
            "Contact",
        ),
    )
    f.occ(
        "2024-03-19",
        "rhi-1",
        R(
            "met",
            "Contact type: Return home interview (missing 16-17/03). Venue: Larchfield House. "
            "Tayla said she was 'with a friend' and that Lewis is 'just a mate who gives me "
            "lifts'. Declined to say how they met. Outcome: RHI sent to SW; flagged age gap and "
            "vehicle; recommend exploitation screening.",
            "15:30",
            "Return home interview",
        ),
    )
    f.occ(
        "2024-03-22",
        "sh-attendance-1",
        R(
            "sexhealth",
            "Contact type: Walk-in, under-18 pathway. Presenting: wants STI screen + "
            "contraception. Partner 'Lewis', 31, plus 'his mates' - CSE proforma completed, "
            "score high. Outcome: chlamydia NAAT +ve (rapid), treated doxycycline; condoms; "
            "implant discussed, booked. Safeguarding lead informed.",
            "14:00",
            "Clinic attendance",
            ref="SH-24-03317",
        ),
        R(
            "placement",
            "KW went with T to Quayside clinic for a check up and sat in the waiting room. T "
            "came out with tablets, said it was 'nothing'.",
            "14:00",
            "Appointment",
        ),
    )
    f.occ(
        "2024-03-22",
        "sh-call-sw-1",
        R(
            "sexhealth",
            "Contact type: Telephone - safeguarding. Spoke to SW Gemma Thorley re Tayla (LAC): "
            "partner 31, possible multiple male contacts, STI. Outcome: SW aware of the man from "
            "a missing episode; will refer to MET. Email confirmation sent.",
            "16:10",
            "Safeguarding",
        ),
        R(
            "csc",
            "Telephone call from Bryony Castell, Senior Nurse, Quayside Sexual Health Clinic: "
            "Tayla attended today with a sexually transmitted infection and named her partner "
            "as 'Lewis, 31' and his friends. Nurse has completed their CSE proforma and rated "
            "the risk high. I confirmed Lewis Fenwright is known from the missing episode last "
            "weekend.",
            "16:10",
            "Contact",
        ),
    )
    f.occ(
        "2024-04-02",
        "met-referral",
        R(
            "csc",
            "Referral made to the Missing and Exploitation Team (MET) for CSE assessment and "
            "direct work. Referral form emailed with the police missing logs and the sexual "
            "health clinic's concerns.",
            "15:45",
            "Referral",
        ),
        R(
            "met",
            "Contact type: Referral received from Falmshire CSC (SW G Thorley). Concerns: "
            "missing x1, older male 31, STI. Outcome: accepted; allocated to KD; joint CSE risk "
            "assessment to be booked with SW.",
            "09:10",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-06",
        "missing-2a-report",
        R(
            "placement",
            "00:40 room check - T not in room, window open. Not seen since 21:30. Reported to "
            "police 00:55.",
            "00:55",
            "Missing",
        ),
        R(
            "police",
            "MFC REPORT. BRENNICK TAYLA 16. STAFF LARCHFIELD HOUSE. LEFT VIA WINDOW AFTER 2130. "
            "PREV MISSING 16/03 LOCATED WITH FENWRIGHT. RISK HIGH. LOG 0041 06/04.",
            "00:58",
            "MISSING PERSON",
            ref="0041/06042024",
        ),
    )
    f.occ(
        "2024-04-06",
        "missing-2a-located",
        R(
            "police",
            "MFC LOCATED 0610 AT 9 SANDPIPER COURT (ADDRESS OF FENWRIGHT). FEMALE INTOXICATED, "
            "2 ADULT MALES PRESENT (FENWRIGHT + CONNOR BLAYDES). RETURNED TO PLACEMENT. DEBRIEF "
            "DECLINED.",
            "06:10",
            "MISSING PERSON",
            ref="0041/06042024",
        ),
        R(
            "placement",
            "06:45 T returned by 2 officers, been found at a flat at Sandpiper Court. Drunk, "
            "bruise on upper arm she said was from 'messing about'. Slept till afternoon.",
            "06:45",
            "Missing",
        ),
    )
    f.occ(
        "2024-04-06",
        "missing-2b-report",
        R(
            "placement",
            "T left the house 19:50 saying going to the shop. Not back, phone off. Reported "
            "missing again 20:40 - 2nd time today.",
            "20:40",
            "Missing",
        ),
        R(
            "police",
            "MFC REPORT 2ND TODAY. BRENNICK T. LEFT PLACEMENT 1950. RISK HIGH. PATROLS TO "
            "SANDPIPER CT - NO REPLY. LOG 1502 06/04.",
            "20:44",
            "MISSING PERSON",
            ref="1502/06042024",
        ),
    )
    f.occ(
        "2024-04-07",
        "missing-2b-self-return",
        R(
            "placement",
            "01:30 T came back on her own, dropped off by a dark car at the end of the road. "
            "Would not talk. Police informed she is back.",
            "01:30",
            "Missing",
        ),
    )
    f.occ(
        "2024-04-09",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (Teams) chaired by team manager Lorna Quested, with DC Ruth "
            "Calloway (police), Kamala Dunstan (MET), Bryony Castell (sexual health) and Paula "
            "Wrenshaw (college DSL). Three missing episodes in three weeks, twice found with "
            "Lewis Fenwright, once with Connor Blaydes too, STI, intoxication, bruising. "
            "Agreed the threshold for a section 47 enquiry is met; police to consider Child "
            "Abduction Warning Notices for both men; joint CSE risk assessment by SW and MET; "
            "college to report any absence by 10am.",
            "10:00",
            "Strategy discussion",
            "S47 enquiry. CAWNs to be considered.",
        ),
        R(
            "police",
            "STRAT DISC ATTENDED BY OIC. CSE CONCERNS RE BRENNICK T. S47 AGREED. ACTIONS: "
            "CAWN X2 (FENWRIGHT, BLAYDES), VEH QH19 XKT TO BE FLAGGED, INTEL REVIEW.",
            "10:00",
            "STRAT MTG",
        ),
        R(
            "met",
            "Contact type: Strategy discussion (multi-agency, Teams). Outcome: S47; joint CSE "
            "risk assessment booked for 16/04 with SW; MET to start weekly direct work.",
            "10:00",
            "Meeting",
        ),
        R(
            "college",
            "Category: Safeguarding - CSE. DSL attended strategy meeting about Tayla. Attendance "
            "70% since Feb. Action: first day calling by 10:00 to Larchfield and SW; tutor to "
            "note who collects her.",
            "10:00",
            "Safeguarding",
            shift="swap",
        ),
    )
    f.occ(
        "2024-04-09",
        "gp-email-strategy",
        R(
            "gp",
            "Email from SW (Falmshire CSC) requesting health information for a strategy "
            "discussion this morning. Replied 08:55: registered 08/03/24, no consultations yet, "
            "new patient check not attended.",
            "08:55",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-04-16",
        "cse-risk-assessment",
        R(
            "csc",
            "CSE risk assessment completed with Tayla at Larchfield House, jointly with Kamala "
            "Dunstan (MET). Tayla accepted that Lewis buys her vodka and cannabis and that she "
            "has been to 'parties' at Sandpiper Court where other men were present. She does "
            "not see this as exploitation. Overall risk: HIGH.",
            "13:30",
            "Assessment",
            "Risk HIGH; safety plan agreed.",
        ),
        R(
            "met",
            "Contact type: Joint visit (SW + MET) - CSE risk assessment. Outcome: HIGH risk; "
            "safety plan with T (trusted adults, code word with staff, taxi fund); MET direct "
            "work weekly Tuesdays.",
            "13:30",
            "Assessment",
        ),
        R(
            "placement",
            "SW Gemma and Kamala from MET visited T at 13:30, about 1.5 hours in the lounge. T "
            "said after 'they think I'm stupid'.",
            "15:05",
            "Professional visit",
        ),
    )
    f.occ(
        "2024-04-22",
        "cawn-fenwright",
        R(
            "police",
            "CAWN SERVED ON LEWIS FENWRIGHT DOB 11/08/1992 AT 9 SANDPIPER CT BY DC 2231. "
            "MALE READ NOTICE, REFUSED TO SIGN. ADVISED RE S49 CA 1989.",
            "11:20",
            "CAWN",
        ),
    )
    f.occ(
        "2024-04-22",
        "cawn-blaydes",
        R(
            "police",
            "CAWN SERVED ON CONNOR BLAYDES DOB 03/02/2000 AT HOME ADDRESS 22 MILLRACE WALK. "
            "SIGNED. STATES T TOLD HIM SHE WAS 18.",
            "14:45",
            "CAWN",
        ),
    )
    f.occ(
        "2024-04-23",
        "csc-email-cawns",
        R(
            "csc",
            "Email from DC Calloway: Child Abduction Warning Notices were served yesterday on "
            "Lewis Fenwright and Connor Blaydes. Copies placed on file; Larchfield staff and "
            "college informed that any sighting of either man with Tayla is to be reported to "
            "police straight away.",
            "09:40",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-04-25",
        "lac-review-2",
        R(
            "iro",
            "Looked after review held at Larchfield House. Present: Tayla (first half), SW, PA, "
            "key worker, college DSL, MET worker. I was concerned that the move to Larchfield "
            "had not been planned and that the placement's 15 hours do not cover evenings, when "
            "Tayla goes missing. Recommendations: placement plan review within 2 weeks; "
            "pathway plan by 20/05; contingency plan if missing continues, including whether a "
            "more protective placement is needed.",
        ),
        R(
            "csc",
            "Second looked after review chaired by IRO Stephen Aldous at the placement. Tayla "
            "attended for part and said she is happy at Larchfield and will not move. IRO "
            "recommendations noted; SW to request extra evening support from Wyncote.",
            "13:00",
            "LAC review",
        ),
        R(
            "placement",
            "LAC review here 13:00 in the lounge. T stayed 20 mins then went out. KW gave update "
            "on curfews (missed 6 of last 14).",
            "13:00",
            "Meeting",
        ),
        R(
            "pa",
            "Attended Tayla's LAC review at Larchfield. Reported on benefits and bank account. "
            "IRO wants pathway plan done by 20/05.",
            "13:00",
            "Meeting",
        ),
        R(
            "college",
            "Category: Meeting notes. IRO minute of Tayla's CLA review received and added: "
            "'Review at Larchfield House; concern that placement hours do not cover evenings; "
            "pathway plan by 20/05; contingency plan if missing continues.' Action: DSL to "
            "share attendance weekly with SW.",
            "16:20",
            "Meeting",
        ),
    )
    f.occ(
        "2024-04-25",
        "pa-pathway-session",
        R(
            "pa",
            "After the review I stayed and sat with T in the kitchen to start her pathway plan "
            "(needs assessment). She wants to do hair and beauty at college in September.",
            "14:30",
            "Pathway planning",
        ),
    )
    f.occ(
        "2024-05-09",
        "sh-attendance-2",
        R(
            "sexhealth",
            "Contact type: Booked appt (implant). Presenting: LMP approx 6/52 ago, UPT +ve. "
            "Implant not fitted. Options discussed; T clear she wants a termination. Outcome: "
            "referral to Thrushbeck PAC; chlamydia TOC negative.",
            "11:30",
            "Clinic attendance",
            ref="SH-24-05102",
        ),
    )
    f.occ(
        "2024-05-09",
        "sh-referral-pas",
        R(
            "sexhealth",
            "Contact type: Referral - Thrushbeck Pregnancy Advisory Clinic, emailed via NHSmail "
            "with consent. Outcome: T to expect a call for a consultation.",
            "12:15",
            "Referral",
        ),
        R(
            "pas",
            "Referral recvd from Quayside SHC: 16yo, LAC, UPT +ve ~6/52, requests TOP. "
            "Safeguarding flag (CSE). Consult booked 14/05.",
            "09:00",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-05-09",
        "sh-call-sw-2",
        R(
            "csc",
            "Call from Quayside Sexual Health: Tayla has a positive pregnancy test today and "
            "wants a termination; she has been referred to the pregnancy advisory clinic. Nurse "
            "believes Lewis Fenwright is likely to be the father. I will inform police (OIC).",
            "14:40",
            "Contact",
        ),
        R(
            "sexhealth",
            "Contact type: Telephone - safeguarding. Informed SW of positive UPT and referral "
            "to PAC (T consented to SW being told). Outcome: SW to update police.",
            "14:40",
            "Safeguarding",
        ),
    )
    f.occ(
        "2024-05-14",
        "pas-consultation",
        R(
            "pas",
            "Consult. Accomp. by key worker. USS: IUP, CRL c/w 7+4. Counselled re EMA vs "
            "surgical; chose EMA. Competent to consent, decision her own, no coercion "
            "disclosed when seen alone. Bloods: Rh pos. EMA booked 21/05.",
            "10:00",
            "Consultation",
        ),
        R(
            "placement",
            "KW took T to Thrushbeck clinic for her appointment 10am. T seen alone for part. "
            "She is sure of her decision. Procedure booked for next Tuesday.",
            "10:00",
            "Appointment",
        ),
    )
    f.occ(
        "2024-05-21",
        "pas-ema",
        R(
            "pas",
            "EMA: mifepristone 200mg PO 09:40, misoprostol 800mcg buccal 11:10 per protocol. "
            "Tolerated; analgesia. Contraception: accepted implant, fitted L arm. Low-sensitivity "
            "PT in 3/52. Discharged 14:00 with KW.",
            "09:40",
            "Procedure",
        ),
        R(
            "placement",
            "KW with T at Thrushbeck all day for her procedure. Home 14:45, pain, stayed in bed. "
            "Hot water bottle and paracetamol. Staff to check on her through the night.",
            "14:45",
            "Appointment",
        ),
        R(
            "csc",
            "Tayla had her termination at Thrushbeck Pregnancy Advisory Clinic yesterday, with "
            "her key worker present. She also had a contraceptive implant fitted. Staff say she "
            "is tired and low. SW to visit later this week.",
            "10:00",
            "Health",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-08",
        "police-park-welfare",
        R(
            "police",
            "CONC FOR WELFARE. CALL FROM MEMBER OF PUBLIC 0242 - YOUNG FEMALE SEMI-CONSCIOUS "
            "BRENNAN PARK BANDSTAND WITH 2 MALES. MALES MADE OFF ON OFFICERS ARRIVAL. FEMALE "
            "IDENT AS BRENNICK T (MFC RISK HIGH). AMB ON SCENE 0251, CONVEYED TO OGH.",
            "02:42",
            "CONCERN FOR WELFARE",
            ref="0233/08062024",
        ),
    )
    f.occ(
        "2024-06-08",
        "ed-attendance-1",
        R(
            "ed",
            "TRIAGE: 16F BIBA from park, found semi-conscious, ?alcohol ?drugs. GCS 12 "
            "(E3V4M5). Obs HR 112, SpO2 97% RA, BM 5.8. Cat 2. LAC flag.",
            "03:12",
            "Triage",
        ),
        R(
            "ed",
            "Dr review: Hx from police/paramedics - found with 2 adult males. Admits vodka + "
            "'a pill'. GCS now 14. Bruising both inner thighs, declined exam/forensics. Imp: "
            "acute intoxication. CSE concerns - safeguarding referral completed, police aware.",
            "05:05",
            "Review",
        ),
        R(
            "ed",
            "Discharge: GCS 15, tolerating fluids. Discharged to care of placement staff (night "
            "worker collected). GP letter. Paeds liaison to follow up.",
            "08:40",
            "Discharge",
        ),
    )
    f.occ(
        "2024-06-09",
        "ed-attendance-2",
        R(
            "ed",
            "TRIAGE: 16F walk-in with placement staff, L wrist pain after fall 'night before "
            "last'. Seen in ED yesterday. Obs stable. Cat 4.",
            "15:20",
            "Triage",
        ),
        R(
            "ed",
            "Discharge: XR L wrist NAD. Soft-tissue injury, sling, analgesia. Re-attendance "
            "noted - paeds liaison informed.",
            "17:05",
            "Discharge",
        ),
    )
    f.occ(
        "2024-06-10",
        "gp-ed-notice",
        R(
            "gp",
            "ED attendance notification (Ostermere General): 08/06 acute intoxication, found "
            "in park, safeguarding referral made; 09/06 L wrist soft-tissue injury. Filed, "
            "flagged to Dr Fairclough.",
            "12:30",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-06-10",
        "csc-police-notification-2",
        R(
            "csc",
            "Police notification received (ref 0233/08062024): Tayla found semi-conscious in "
            "Brennan Park on Saturday night with two men who ran off. Taken to hospital by "
            "ambulance. Strategy discussion requested.",
            "09:05",
            "Contact",
        ),
    )
    f.occ(
        "2024-06-12",
        "strategy-2",
        R(
            "csc",
            "Strategy discussion chaired by Lorna Quested (TM). Present: DS Imran Boyce, "
            "Kamala Dunstan (MET), Leona Fitch (paediatric liaison nurse, Ostermere General), "
            "SW. Incident in Brennan Park on 08/06, bruising to thighs, forensic examination "
            "declined. Police plan to open an operation into Fenwright, Blaydes and their "
            "associates. Agreed: S47 continues; SW to seek legal advice on a secure "
            "accommodation application if missing continues; ABE interview to be offered.",
            "10:30",
            "Strategy discussion",
        ),
        R(
            "police",
            "STRAT MTG RE BRENNICK T FOLLOWING 0233/08062024. PPU/CSE TEAM TO SCOPE OPERATION "
            "INTO FENWRIGHT/BLAYDES AND ASSOCS. ABE TO BE OFFERED. S47 CONTINUES.",
            "10:30",
            "STRAT MTG",
        ),
        R(
            "ed",
            "Paeds liaison nurse attended strategy discussion re 16F (ED 08/06 + 09/06). "
            "Shared ED findings. Outcome: S47 continues, police operation.",
            "10:30",
            "Safeguarding",
        ),
        R(
            "met",
            "Contact type: Strategy discussion. Outcome: S47 continues; police operation "
            "planned; MET to map peers and locations (Sandpiper Ct, Brennan Pk, Barge Ln).",
            "10:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-06-12",
        "placement-stability-meeting",
        R(
            "csc",
            "Placement stability meeting at the Wyncote office with the registered manager and "
            "Tayla's key worker, and Marcus Ingleby (PA). Wyncote will add waking night cover "
            "and a 2:1 evening activity three nights a week, and asked whether Larchfield can "
            "keep Tayla safe. To review in four weeks.",
            "15:00",
            "Professionals meeting",
        ),
        R(
            "placement",
            "Placement meeting 15:00 at office with SW and PA. Agreed waking night staff and "
            "evening activities 3x wk. Manager raised whether we can keep T safe here.",
            "15:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-06-20",
        "op-hollystone",
        R(
            "police",
            "OPERATION HOLLYSTONE OPENED. SIO DI 0702 P GARRETT. CSE INV - VICTIM BRENNICK T + "
            "2 OTHER FEMALES U18. SUSPECTS FENWRIGHT L, BLAYDES C. PHONE DOWNLOADS, ANPR ON "
            "QH19 XKT.",
            "09:00",
            "OPERATION",
        ),
    )
    f.occ(
        "2024-07-09",
        "arrest-fenwright",
        R(
            "police",
            "OP HOLLYSTONE. FENWRIGHT LEWIS ARRESTED 0605 AT 9 SANDPIPER CT ON SUSP OF "
            "ARRANGING/FACILITATING CSE (S49 SOA 2003) + PWITS CLASS B. PHONES X3 SEIZED. "
            "CONVEYED OSTERMERE CUSTODY.",
            "06:05",
            "ARREST",
        ),
        R(
            "csc",
            "Lewis Fenwright was arrested at 06:05 this morning at 9 Sandpiper Court as part of "
            "Operation Hollystone, on suspicion of arranging or facilitating the sexual "
            "exploitation of a child and possession of cannabis with intent to supply. Tayla "
            "is not to be told until police have spoken with her.",
            "11:00",
            "Criminal",
        ),
    )
    f.occ(
        "2024-07-09",
        "arrest-blaydes",
        R(
            "police",
            "OP HOLLYSTONE. BLAYDES CONNOR ARRESTED 0640 AT 22 MILLRACE WALK ON SUSP OF S49 "
            "SOA 2003. PHONE SEIZED. CONVEYED OSTERMERE CUSTODY.",
            "06:40",
            "ARREST",
        ),
    )
    f.occ(
        "2024-07-10",
        "charge-fenwright",
        R(
            "police",
            "FENWRIGHT L CHARGED X3 S49 SOA 2003 (ARRANGING/FACILITATING CSE) + PWITS CL B. "
            "REMANDED IN CUSTODY TO APPEAR OSTERMERE MC 11/07.",
            "15:30",
            "CHARGE",
        ),
        R(
            "csc",
            "Lewis Fenwright charged this afternoon with three offences of arranging or "
            "facilitating child sexual exploitation, and with possession of cannabis with "
            "intent to supply. Remanded in custody.",
            "16:40",
            "Criminal",
        ),
    )
    f.occ(
        "2024-07-10",
        "rui-blaydes",
        R(
            "police",
            "BLAYDES C RELEASED UNDER INVESTIGATION PENDING PHONE EXAM. CAWN REMAINS.",
            "16:50",
            "RUI",
        ),
    )
    f.occ(
        "2024-07-17",
        "abe-joint-visit",
        R(
            "police",
            "JOINT VISIT WITH SW TO BRENNICK T AT PLACEMENT RE ABE INTERVIEW. DECLINES TO "
            "PROVIDE ACCOUNT AT THIS TIME. ADVISED CAN CHANGE MIND. ISVA DETAILS GIVEN.",
            "14:00",
            "VISIT",
        ),
        R(
            "csc",
            "Joint visit with DS Boyce to see Tayla about an ABE interview. Tayla was angry that "
            "Lewis had been arrested and said she would not 'grass'. She has been offered an "
            "ISVA. She agreed to keep working with Kamala.",
            "14:00",
            "Visit",
        ),
    )
    f.occ(
        "2024-07-27",
        "missing-3-report",
        R(
            "placement",
            "T not back for curfew 23:00, phone off. Reported missing 23:25. Told police about "
            "new name 'Tolley' she mentioned on phone earlier.",
            "23:25",
            "Missing",
        ),
        R(
            "police",
            "MFC REPORT BRENNICK T 16. FAILED TO RTN 2300. STAFF MENTION NEW NAME 'TOLLEY'. "
            "RISK HIGH. LOG 1719 27/07.",
            "23:29",
            "MISSING PERSON",
            ref="1719/27072024",
        ),
    )
    f.occ(
        "2024-07-28",
        "missing-3-self-return",
        R(
            "placement",
            "T walked in at 17:10 on her own, new phone and new trainers. Refused to say where "
            "she'd been. Police told she's back.",
            "17:10",
            "Missing",
        ),
        R(
            "police",
            "MFC RETURNED OWN ACCORD TO LARCHFIELD 1710. NO INJURIES REPORTED BY STAFF. "
            "PREVENTION INTERVIEW TO BE ARRANGED. LOG 1719 CLOSED.",
            "17:25",
            "MISSING PERSON",
            ref="1719/27072024",
        ),
    )
    f.occ(
        "2024-08-01",
        "legal-planning-meeting",
        R(
            "csc",
            "Legal planning meeting with Hannah Pelling (solicitor) and Lorna Quested. Five "
            "missing episodes since March, a new adult male and the Brennan Park incident. "
            "Agreed that the criteria in section 25 Children Act 1989 are likely to be met and "
            "to apply for a secure accommodation order; to search for a welfare secure bed at "
            "the same time.",
            "11:00",
            "Legal",
        ),
        R(
            "legal",
            "Legal planning meeting (SW, TM). Advice: s25(1)(a) - history of absconding and "
            "likely to suffer significant harm if she absconds - arguably met. Instructions to "
            "issue a C1/s25 application; bed search by CSC in parallel.",
            "11:00",
        ),
    )
    f.occ(
        "2024-08-06",
        "s25-issued",
        R(
            "legal",
            "Application under s25 CA 1989 issued at Ostermere Family Court. Case no. "
            "QH24C00418. First hearing listed 08/08/24. Cafcass notified for a children's "
            "guardian.",
            "15:30",
        ),
    )
    f.occ(
        "2024-08-08",
        "s25-hearing-1",
        R(
            "legal",
            "Hearing (DJ Carrow): Tayla attended with her solicitor and opposed. Children's "
            "guardian Felicity Marr appointed. No interim order sought as no secure bed "
            "available. Adjourned to 22/08/24 for the guardian's analysis and the LA's "
            "evidence of alternatives.",
            "10:00",
        ),
        R(
            "csc",
            "Secure accommodation hearing at Ostermere Family Court. Tayla attended with her "
            "solicitor, said she would 'kill herself' if locked up. Guardian appointed; matter "
            "adjourned for two weeks. No secure bed has been found nationally.",
            "10:00",
            "Court",
        ),
        R(
            "iro",
            "I attended the family court hearing of the secure accommodation application as an "
            "observer. Adjourned for two weeks; guardian appointed. I asked the SW for a plan B "
            "if no bed is found or the court refuses.",
            shift="month",
        ),
    )
    f.occ(
        "2024-08-20",
        "guardian-report",
        R(
            "legal",
            "Guardian's analysis filed and served: guardian does not support secure "
            "accommodation; recommends 2:1 intensive support package at Larchfield with MET and "
            "an evening youth worker.",
            "16:00",
        ),
    )
    f.occ(
        "2024-08-22",
        "s25-hearing-2",
        R(
            "legal",
            "Final hearing (DJ Carrow). Application dismissed: court not satisfied s25 criteria "
            "met on current evidence given the support now in place; LA to file safety plan. "
            "Order: no order on s25 application.",
            "14:00",
        ),
        R(
            "csc",
            "Court refused the secure accommodation application today. Judge found the "
            "intensive support package and Fenwright's remand reduce the risk. Tayla stays at "
            "Larchfield with the 2:1 evening support.",
            "16:30",
            "Court",
        ),
        R(
            "placement",
            "KW went with T to court for 2pm. Judge said no to secure. T relieved and cried in "
            "the car, first time she's thanked staff.",
            "14:00",
            "Appointment",
        ),
    )
    f.occ(
        "2024-09-05",
        "college-enrolment",
        R(
            "college",
            "Category: Enrolment / pastoral. Tayla enrolled on Level 1 Hair & Beauty, PA "
            "attended with her. Bursary form completed. Action: DSL to add to safeguarding "
            "register (CLA, CSE), first-day calling.",
            "13:00",
            "Enrolment",
        ),
        R(
            "pa",
            "Went with Tayla to enrol at Ostermere College (Level 1 Hair & Beauty). Bursary "
            "form done. She was nervous but pleased.",
            "13:00",
            "Education",
        ),
    )
    f.occ(
        "2024-09-21",
        "missing-4-report",
        R(
            "placement",
            "T left after the evening activity 20:30 and not back by 23:00. Reported missing "
            "22:40 after a message saying 'don't look for me'.",
            "22:40",
            "Missing",
        ),
        R(
            "placement",
            "T left after evening activity at 20:30, not back by 23:00. Reported missing at "
            "22:40 after her text saying 'don't look for me'.",
            "22:40",
            "Missing",
        ),
        R(
            "police",
            "MFC REPORT BRENNICK T. LEFT 2030. TEXT TO STAFF 'DONT LOOK FOR ME'. RISK HIGH. "
            "LOG 1655 21/09.",
            "22:44",
            "MISSING PERSON",
            ref="1655/21092024",
        ),
    )
    f.occ(
        "2024-09-22",
        "missing-4-located",
        R(
            "police",
            "MFC LOCATED 1130 BRACKWELL RAIL STN BY BTP. HELD AT BRACKWELL POLICE STN FOR "
            "COLLECTION BY EDT. NO OFFENCES DISCLOSED.",
            "11:30",
            "MISSING PERSON",
            ref="1655/21092024",
        ),
    )
    f.occ(
        "2024-09-22",
        "edt-return",
        R(
            "csc",
            "EDT: collected Tayla from Brackwell police station at 13:30 and drove her back to "
            "Larchfield House, arriving 15:00. In the car Tayla said she had been to a party in "
            "Brackwell with 'Mark' and did not know the address.",
            "15:00",
            "Out of hours",
        ),
        R(
            "placement",
            "15:00 T brought back by EDT social worker from Brackwell. Tired and hungry, had "
            "food and a shower. Said Mark 'looked after' her.",
            "15:00",
            "Missing",
        ),
    )
    f.occ(
        "2024-10-10",
        "college-call-csc",
        R(
            "college",
            "Category: Safeguarding - disclosure. T told her tutor a man called Mark has "
            "intimate photos of her and has shared them with his friends. Action: DSL phoned SW "
            "Aled Pryce 11:05; T kept in student services until collected.",
            "11:05",
            "Safeguarding",
        ),
        R(
            "csc",
            "Call from Paula Wrenshaw, college DSL: Tayla told her tutor this morning that 'Mark' "
            "has intimate images of her and has sent them to others. SW advised college to call "
            "the police and not to look at any images. SW to see Tayla this afternoon.",
            "11:05",
            "Contact",
        ),
    )
    f.occ(
        "2024-10-10",
        "college-call-police",
        R(
            "college",
            "Category: Safeguarding - police. DSL reported the image disclosure to police on "
            "101 as advised by SW. Action: incident number logged on CPOMS.",
            "11:40",
            "Safeguarding",
        ),
        R(
            "police",
            "CALL FROM OSTERMERE COLLEGE DSL. BRENNICK T (OP HOLLYSTONE VICTIM) DISCLOSED "
            "ADULT MALE 'MARK' HOLDS/SHARED INDECENT IMAGES OF HER. PASSED TO OP HOLLYSTONE.",
            "11:42",
            "CRIME REPORT",
            ref="0588/10102024",
        ),
    )
    f.occ(
        "2024-10-14",
        "strategy-3",
        R(
            "csc",
            "Strategy discussion (Teams) chaired by Lorna Quested about the images disclosed at "
            "college. Police have identified 'Mark' as Mark Tolley, 38, of Thrushbeck. Agreed: "
            "S47 enquiry; police to seek a warrant; MET to do direct work on online safety; "
            "college to support Tayla to use Report Remove.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "police",
            "STRAT DISC RE BRENNICK T - INDECENT IMAGES. SUSPECT IDENT TOLLEY MARK 38. "
            "WARRANT TO BE SOUGHT. S47.",
            "14:00",
            "STRAT MTG",
        ),
        R(
            "college",
            "Category: Safeguarding - CSE. DSL attended strategy discussion. Action: support T "
            "with Report Remove; restrict phone use in class per her plan.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-24",
        "lac-review-3",
        R(
            "iro",
            "Looked after review at Larchfield. Tayla attended throughout this time and spoke "
            "up for herself. The court refused secure accommodation in August; missing has "
            "reduced to one episode since. I agreed the care plan: remain at Larchfield, 2:1 "
            "evening support to continue to the next review, pathway plan updated.",
        ),
        R(
            "csc",
            "Looked after review (IRO Stephen Aldous). Tayla, SW Aled Pryce, PA, key worker and "
            "MET worker present. Plan endorsed; Tayla asked for her mum to be invited next "
            "time.",
            "10:00",
            "LAC review",
        ),
        R(
            "placement",
            "IRO summary emailed over by CSC, pasted here: 'Looked After Review 24/10/2024. "
            "Tayla to remain at Larchfield House; 2:1 evening support to continue; pathway "
            "plan updated; next review February 2025.'",
            kind="Meeting",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-06",
        "arrest-tolley",
        R(
            "police",
            "OP HOLLYSTONE. TOLLEY MARK ARRESTED 0710 AT 4 ORCHARD RISE THRUSHBECK ON SUSP "
            "DISTRIBUTING IIOC (S1 PCA 1978). DEVICES X5 SEIZED.",
            "07:10",
            "ARREST",
        ),
    )
    f.occ(
        "2024-11-06",
        "csc-call-police-update",
        R(
            "csc",
            "DS Boyce phoned to say a man has been arrested this morning in Thrushbeck in "
            "connection with the images of Tayla. Devices seized. SW to let Tayla know with "
            "Kamala this afternoon.",
            "12:20",
            "Contact",
        ),
    )
    f.occ(
        "2025-01-16",
        "fenwright-plea",
        R(
            "police",
            "FALMSHIRE CROWN CT. FENWRIGHT L PLEADED GUILTY X3 S49 SOA 2003 + PWITS. REMANDED "
            "FOR SENTENCE 06/02/25. VICTIM NOT REQ TO GIVE EVIDENCE.",
            "12:00",
            "COURT RESULT",
        ),
        R(
            "csc",
            "Lewis Fenwright pleaded guilty today at Falmshire Crown Court to three counts of "
            "arranging or facilitating child sexual exploitation and to the drugs offence. "
            "Tayla will not have to give evidence. Sentencing 6 February.",
            "15:30",
            "Criminal",
        ),
    )
    f.occ(
        "2025-02-13",
        "lac-review-4",
        R(
            "iro",
            "Review at Larchfield. Tayla turns 17 next week and wanted to talk about her own flat. "
            "No missing episodes since September. Risk reduced. I recommend supported lodgings "
            "from the spring, the 2:1 support ends, and MET work steps down to monthly.",
        ),
        R(
            "csc",
            "Looked after review at Larchfield. IRO agreed the plan: step down to supported "
            "lodgings in the spring; MET to reduce to monthly; PA to lead on housing.",
            "10:30",
            "LAC review",
        ),
        R(
            "pa",
            "LAC review today. Agreed I lead on move-on: supported lodgings referral by end of "
            "Feb, council housing register at 17.5.",
            "10:30",
            "Meeting",
            shift="-1",
        ),
    )

    f.fill(
        "csc",
        "2024-03-05",
        "2025-03-10",
        [
            ("Visit", "Statutory visit to Tayla at Larchfield; seen alone in her room."),
            ("Visit", "Statutory visit. Tayla showed SW her college work; room tidy."),
        ],
    )
    f.fill(
        "placement",
        "2024-03-05",
        "2025-03-10",
        [
            ("Key work", "Key work session: budgeting and weekly shop. T did her own shop."),
            ("Key work", "Key work: cooking session, T made pasta bake for the house."),
        ],
    )
    f.fill(
        "pa",
        "2024-03-10",
        "2025-03-10",
        [
            ("Visit", "Met T at the café on Quay Street. Helped her set up Universal Credit."),
        ],
    )
    f.fill(
        "met",
        "2024-04-18",
        "2025-02-28",
        [
            (
                "Direct work",
                "Contact type: Direct work. Outcome: online safety and consent; T engaged.",
            ),
        ],
    )
    f.fill(
        "college",
        "2024-09-06",
        "2025-02-28",
        [
            ("Attendance", "Category: Attendance. 92% this half term. Action: praise sent home."),
        ],
    )
    f.fill(
        "gp",
        "2024-03-10",
        "2025-03-10",
        [
            ("Consultation", "Telephone consult: sleep and mood discussed; signposted to Kooth."),
        ],
    )
    f.fill(
        "sexhealth",
        "2024-06-01",
        "2025-03-10",
        [
            ("Clinic attendance", "Contact type: Walk-in. Outcome: STI screen negative, condoms."),
        ],
    )
    f.fill(
        "police",
        "2024-03-05",
        "2025-03-10",
        [
            ("INTEL", "INTEL SUB: QH19 XKT SEEN OUTSIDE LARCHFIELD HOUSE 2215 - NO STOP MADE."),
        ],
    )
    f.fill(
        "iro",
        "2024-05-01",
        "2025-03-10",
        [
            ("", "I phoned Tayla to hear her views on her care plan; she wants more say."),
        ],
    )
    f.fill(
        "legal",
        "2024-08-09",
        "2024-08-19",
        [("", "Statement of SW and care plan filed and served per directions.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Marwood family, Sallowby. Chantelle Marwood (b. 1995) and Ryan Marwood (b.
# 14/10/1990) with Jaxon (b. 2016, Year 3 then Year 4), Lily-Mae (b. 2019, Reception then Year
# 1) and Freddie (b. 03/02/2024), five people in a privately rented two-bedroom flat above a
# shop at 17a Cobbold Parade, Sallowby VK3 8TF; Sallowby Health Centre; Larkhill Primary.
# Ryan controls the money; Freddie's growth falters; a food bank, a DASH and a MARAC, Ryan's
# arrest, bail, charge and conviction for controlling or coercive behaviour, a refuge in
# Kelstow, a move to St Wenna's CE Primary there, and a council tenancy at 6 Fenner Walk,
# Kelstow VK9 4PA.
# --------------------------------------------------------------------------------------------


def _marwood() -> BlindCase:
    f = Family(
        "marwood",
        1102,
        {
            "police": Sheet(
                POLICE,
                "Dunmere Police return - MARWOOD.xlsx",
                "Incidents",
                (("2024-01-01", "PC 3318 D KENNISON"), ("2024-08-01", "DC 5120 S ABARA")),
            ),
            "csc": Sheet(
                CSC,
                "Dunmere Children's Services - Marwood children.xlsx",
                "Chronology",
                (("2024-01-01", "Carys Denholm (MASH)"), ("2024-06-20", "Jonah Whitlock")),
            ),
            "hv": Sheet(
                HEALTH_VISITING,
                "0-19 Health Visiting - Freddie Marwood.xlsx",
                "Contacts",
                (("2024-01-01", "Annika Rowe (HV)"), ("2024-09-01", "Bethan Colley (HV)")),
            ),
            "gp": Sheet(
                GP,
                "Sallowby Health Centre - Marwood.xlsx",
                "Consultations",
                (("2024-01-01", "Dr O Latchford"),),
            ),
            "school": Sheet(
                SCHOOL,
                "Larkhill Primary - safeguarding log.xlsx",
                "CPOMS",
                (("2024-01-01", "Gillian Parfitt (DSL)"),),
            ),
            "newschool": Sheet(
                SCHOOL,
                "St Wenna's CE Primary Kelstow - concerns.xlsx",
                "Log",
                (("2024-01-01", "Tom Asante (DSL)"),),
            ),
            "housing": Sheet(
                HOUSING,
                "Sallowby Housing Options - case notes.xlsx",
                "Notes",
                (("2024-01-01", "Rachel Fenn"),),
                typed=False,
            ),
            "da": Sheet(
                DA_SERVICE,
                "Dunmere Domestic Abuse Outreach - CM.xlsx",
                "Case log",
                (("2024-01-01", "Lorraine Quigley (outreach/IDVA)"),),
            ),
            "cc": Sheet(
                CHILDRENS_CENTRE,
                "Sallowby Family Hub - Marwood.xlsx",
                "Sessions",
                (("2024-01-01", "Nadia Birch (FSW)"),),
            ),
            "foodbank": Sheet(
                FOOD_BANK,
                "Sallowby Foodbank referrals.csv",
                "",
                (("2024-01-01", "Foodbank volunteer"),),
                typed=False,
            ),
            "paeds": Sheet(
                PAEDS,
                "Dunmere Community Paediatrics - F Marwood.xlsx",
                "Clinic",
                (("2024-01-01", "Dr P Santhanam"),),
            ),
            "refuge": Sheet(
                REFUGE,
                "Kelstow Women's Refuge - resident log.xlsx",
                "Resident log",
                (("2024-01-01", "Marta Lisowska (refuge worker)"),),
            ),
        },
    )

    f.occ(
        "2024-02-14",
        "hv-new-birth",
        R(
            "hv",
            "Contact: New birth visit. Seen: Freddie (11 days), mother, father, siblings in "
            "and out. Wt 3.41kg (BW 3.52kg). Bottle fed (formula). Home: 2-bed flat above "
            "shop, 5 occupants, children's room has black mould. Father answered most "
            "questions for mother; mother quiet. Routine enquiry re DA not possible - father "
            "present throughout. Plan: 6-8 wk contact; baby clinic info given.",
            "10:30",
            "New birth visit",
        ),
    )
    f.occ(
        "2024-03-13",
        "gp-6wk-check",
        R(
            "gp",
            "Baby check + maternal PN check. S: bottle fed, 'sicky'. Mum tearful when asked "
            "about mood, partner answered 'she's fine'. O: baby NAD, hips stable, wt 4.02kg. "
            "Mum EPDS not completed (partner present). A: well baby; ?low mood mum. P: HV "
            "aware; offer mum appt alone.",
            "14:20",
            "Consultation",
        ),
    )
    f.occ(
        "2024-03-20",
        "baby-clinic-1",
        R(
            "hv",
            "Contact: Baby clinic (Sallowby Family Hub). Freddie wt 4.31kg - dropped from 50th "
            "to 25th centile. Mother says feeding 4oz 4-hourly. Plan: reweigh 2/52.",
            "10:10",
            "Clinic",
        ),
        R(
            "cc",
            "Session: Baby clinic + Stay & Play. Attended: Chantelle with Freddie and Lily-Mae. "
            "Notes: weighed by HV team; mum stayed for Stay & Play, asked about free activities.",
            "10:10",
            "Session",
        ),
    )
    f.occ(
        "2024-04-17",
        "baby-clinic-2",
        R(
            "hv",
            "Contact: Baby clinic. Wt 4.68kg - now 9th centile (crossed 2 centile spaces). "
            "Mother evasive about feed volumes. Plan: home visit this week for feeding "
            "assessment; discuss with GP.",
            "10:25",
            "Clinic",
        ),
        R(
            "cc",
            "Session: Baby clinic. Attended: Chantelle + Freddie. Notes: HV concerned about "
            "weight. Mum asked FSW quietly about food bank - FSW to call her.",
            "10:25",
            "Session",
        ),
    )
    f.occ(
        "2024-04-19",
        "hv-feeding-visit",
        R(
            "hv",
            "Contact: Home visit - feeding assessment. Father at work. Mother admitted making "
            "feeds up weaker 'to make the tub last' - Ryan gives her £20 a week and checks the "
            "receipts; she has no bank card. Feeding advice given, correct making-up "
            "demonstrated. Father returned 11:40 and visit ended. Plan: GP review of baby; "
            "weekly weights.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-04-19",
        "hv-call-gp",
        R(
            "hv",
            "Contact: Telephone to GP (Dr Latchford). Shared weight concerns and diluted feeds; "
            "GP to see Freddie Monday.",
            "15:30",
            "Liaison",
        ),
        R(
            "gp",
            "Tel call from HV re Freddie: wt 9th centile from 50th, feeds diluted due to money. "
            "Appt booked Mon 22/04.",
            "15:30",
            "Telephone",
        ),
    )
    f.occ(
        "2024-04-22",
        "gp-baby-weight",
        R(
            "gp",
            "S: seen with both parents. Feeds now correct per mum. Father says 'HV is making a "
            "fuss'. O: wt 4.79kg, alert, no dysmorphism, abdo soft, no signs of illness. A: "
            "faltering growth ?intake. P: HV to refer to paediatric dietitian / community "
            "paeds; r/v 4/52.",
            "09:10",
            "Consultation",
        ),
    )
    f.occ(
        "2024-04-24",
        "foodbank-voucher-1",
        R(
            "cc",
            "Foodbank e-voucher issued to Chantelle (family of 5, incl. formula request). "
            "Voucher SFB-2404-117. Discussed budgeting; mum said not to post anything to the "
            "flat.",
            "13:45",
            "Support",
        ),
        R(
            "cc",
            "Foodbank e-voucher issued to Chantelle (family of 5, incl formula request). "
            "Voucher SFB-2404-117.",
            "13:50",
            "Support",
        ),
        R(
            "foodbank",
            "E-referral received | Voucher SFB-2404-117 | Referrer: Sallowby Family Hub (N "
            "Birch) | Household: 2 adults, 3 children (0, 5, 8) | Reason: low income / debt | "
            "Note: baby formula requested, do not text client.",
            "14:02",
        ),
    )
    f.occ(
        "2024-04-25",
        "foodbank-parcel-1",
        R(
            "foodbank",
            "Parcel collected | Voucher SFB-2404-117 | Collected by client with baby | 3-day "
            "parcel + 1 tub stage 1 formula | Signposted to Citizens Advice (debt).",
            "11:15",
        ),
    )
    f.occ(
        "2024-05-01",
        "dietitian-referral",
        R(
            "hv",
            "Contact: Referral sent - Dunmere Community Paediatrics (faltering growth clinic) "
            "and paediatric dietitian. Weights and feeding history attached.",
            "16:00",
            "Referral",
        ),
        R(
            "paeds",
            "Referral rec'd from HV: 12/52 M, wt 50th->9th, diluted feeds, financial "
            "hardship, ?DA. Triage: urgent - FG clinic 22/05.",
            "08:45",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-05-08",
        "housing-appointment",
        R(
            "housing",
            "Approach - housing options interview. Mrs Marwood attended with Nadia Birch "
            "(Family Hub). Private rented 2-bed, 5 occupants; damp in children's room; rent "
            "£875 pcm in partner's name. Housing register application started (overcrowding "
            "+ disrepair). Will contact landlord re damp. Applicant anxious about partner "
            "knowing - contact by Family Hub only.",
            shift="swap",
        ),
        R(
            "cc",
            "FSW went with Chantelle to Housing Options at the Civic Centre. Housing register "
            "form started; officer will chase the landlord about damp. Mum worried Ryan will "
            "find out.",
            "10:00",
            "Outreach",
        ),
    )
    f.occ(
        "2024-05-15",
        "school-hungry",
        R(
            "school",
            "Lily-Mae M (Rec) - Category: Neglect / basic care. Asked TA for a second breakfast "
            "club toast and said 'there's no food at home, daddy has the money'. Action taken: "
            "DSL informed; extra breakfast; DSL called HV.",
            "09:20",
            "Neglect",
        ),
    )
    f.occ(
        "2024-05-15",
        "school-call-hv",
        R(
            "school",
            "Lily-Mae M (Rec) - Category: Contact with agencies. DSL phoned HV Annika Rowe: "
            "shared Lily-Mae's comment. HV says she is already visiting re baby's weight. "
            "Action taken: log any further comments; discuss at TAF if needed.",
            "11:50",
            "Liaison",
        ),
        R(
            "hv",
            "Contact: Telephone from school DSL (Larkhill Primary). Lily-Mae said no food at "
            "home and 'daddy has the money'. Consistent with mother's account of financial "
            "control. Plan: see mother alone at next visit.",
            "11:50",
            "Liaison",
        ),
    )
    f.occ(
        "2024-05-22",
        "fg-clinic",
        R(
            "paeds",
            "FG clinic. Seen with M. Wt 5.02kg (<9th, 0.4th-2nd line trend), len 60cm (25th), "
            "OFC 40cm (50th). Exam NAD, no organic features. Feed diary: 600ml/day (low). Imp: "
            "faltering growth, inadequate intake likely social/financial. Plan: dietitian "
            "plan 150ml/kg/day, Healthy Start, weekly HV weights, r/v 8/52. Letter to GP/HV.",
            "14:00",
            "Clinic",
        ),
    )
    f.occ(
        "2024-05-29",
        "gp-clinic-letter",
        R(
            "gp",
            "Letter rec'd: Community Paeds FG clinic 22/05 - faltering growth, likely "
            "inadequate intake, no organic cause. Dietitian plan. Filed; task to Dr Latchford.",
            "12:00",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-06-05",
        "housing-inspection",
        R(
            "housing",
            "Inspection visit to 17a Cobbold Parade with EHO. Category 1 damp and mould hazard "
            "in bedroom 2; overcrowded against the bedroom standard by one room. Mr Marwood "
            "present and hostile, said they don't need 'the council'. Improvement notice to "
            "landlord to follow.",
        ),
    )
    f.occ(
        "2024-06-05",
        "hv-weight-visit",
        R(
            "hv",
            "Contact: Home visit - weight check. Wt 5.21kg. Father present, said housing had "
            "'been snooping' this morning. Mother not seen alone. Plan: arrange to see mother "
            "at Family Hub.",
            "15:40",
            "Home visit",
        ),
    )
    f.occ(
        "2024-06-18",
        "hv-disclosure-dash",
        R(
            "hv",
            "Contact: Home visit, mother seen alone (father at work). Disclosed Ryan takes her "
            "wages and child benefit, gives her £20/wk, checks her phone and location, tells "
            "her she's a useless mother, stops her seeing her sister. Not physical 'apart from "
            "once'. DASH completed: 16 yes = HIGH RISK. Safety plan; consent to MARAC, MASH "
            "and DA outreach.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-06-18",
        "hv-mash-referral",
        R(
            "hv",
            "Contact: Referral to MASH by phone + MARF form emailed: DASH high risk, financial "
            "and coercive control, baby faltering growth, Lily-Mae's comment at school.",
            "12:30",
            "Referral",
        ),
        R(
            "csc",
            "Contact type: Professional referral (telephone + MARF) from HV Annika Rowe. Mother "
            "discloses coercive and financial control by father; DASH high; infant with "
            "faltering growth. Outcome: passed to MASH screening, RAG red.",
            "12:30",
            "Contact",
        ),
    )
    f.occ(
        "2024-06-18",
        "hv-da-referral",
        R(
            "hv",
            "Contact: Referral to Dunmere DA Outreach + MARAC referral form (DASH 16) sent by "
            "secure email.",
            "13:15",
            "Referral",
        ),
        R(
            "da",
            "New referral from HV (Annika Rowe). DASH 16 - high risk, coercive/financial "
            "control. MARAC referral received with it, listed for 04/07. I'll try to see "
            "Chantelle at the Family Hub, not at home.",
            "09:00",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-19",
        "mash-decision",
        R(
            "csc",
            "Contact type: MASH screening decision. Police, health and education checks "
            "completed. Outcome: threshold for section 47 likely met for all three children; "
            "strategy discussion to be convened; allocated to Jonah Whitlock (Assessment "
            "Team).",
            "15:00",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-06-20",
        "strategy",
        R(
            "csc",
            "Strategy discussion chaired by Pam Ordish (TM) with PC Kennison (police), Annika "
            "Rowe (HV) and Gillian Parfitt (DSL, Larkhill). Financial and coercive control, a "
            "baby with faltering growth partly due to diluted feeds, a 5-year-old saying there "
            "is no food at home, one police call in 2022 (verbal argument). Agreed: section 47 "
            "enquiries for Jaxon, Lily-Mae and Freddie; SW to see the children at school "
            "first; police to consider a coercive control investigation if mother consents.",
            "11:00",
            "Strategy discussion",
            "S47 x3",
        ),
        R(
            "police",
            "STRAT DISC. MARWOOD CHILDREN X3. DA - COERCIVE/FINANCIAL CONTROL. PREV INC 2022 "
            "VERBAL ONLY. S47 AGREED. OIC TO OFFER VICTIM STATEMENT VIA IDVA.",
            "11:00",
            "STRAT",
        ),
        R(
            "hv",
            "Contact: Strategy discussion (Teams). HV shared weights, DASH and disclosure. "
            "Outcome: S47 all 3 children.",
            "11:00",
            "Meeting",
        ),
        R(
            "school",
            "Jaxon M (Y3) and Lily-Mae M (Rec) - Category: Safeguarding meeting. DSL attended "
            "strategy discussion. Action taken: SW to see children in school Monday; staff "
            "briefed.",
            "11:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-06-24",
        "sw-sees-children-school",
        R(
            "csc",
            "S47: saw Jaxon and Lily-Mae separately at Larkhill Primary with the DSL present. "
            "Jaxon said dad 'shouts at mum about money' and takes her phone; he worries about "
            "Freddie 'not eating enough'. Lily-Mae said she is hungry at weekends. Neither "
            "disclosed physical harm.",
            "13:15",
            "S47 visit",
        ),
        R(
            "school",
            "Jaxon M (Y3) - Category: Safeguarding. SW Jonah Whitlock saw Jaxon in the "
            "library with DSL. Jaxon quiet, said dad takes mum's phone. Action taken: class "
            "teacher to check in daily.",
            "13:15",
            "Safeguarding",
        ),
        R(
            "school",
            "Lily-Mae M (Rec) - Category: Safeguarding. SW saw Lily-Mae after Jaxon with DSL "
            "present. Said she's hungry at weekends. Action taken: breakfast club place funded.",
            "13:40",
            "Safeguarding",
        ),
    )
    f.occ(
        "2024-06-24",
        "da-first-session",
        R(
            "da",
            "Met Chantelle for the first time at Sallowby Family Hub (booked as a 'baby "
            "group'). She told me Ryan has had her bank card since they moved in, she has to "
            "ask for nappies. Safety planning done, safe phone given and hidden in the baby "
            "bag. Went through the MARAC process.",
            "10:00",
            "Support session",
        ),
        R(
            "cc",
            "Room 2 booked for DA outreach worker (Lorraine) to see Chantelle 10-11, Freddie "
            "in creche with FSW.",
            "10:00",
            "Room booking",
        ),
    )
    f.occ(
        "2024-07-04",
        "marac",
        R(
            "police",
            "MARAC (CHAIR DI 0455 H RUDGE). VICTIM CHANTELLE MARWOOD, PERP RYAN MARWOOD. DASH "
            "16. ACTIONS: MARKER ON 17A COBBOLD PDE, IDVA TO SUPPORT, HOUSING TO EXPLORE SAFE "
            "ACCOM, CSC S47 ONGOING.",
            "10:00",
            "MARAC",
        ),
        R(
            "da",
            "MARAC today. I presented for Chantelle. Actions for me: refuge options if she "
            "wants, support with benefits claim in her own name, court support if she makes a "
            "statement.",
            "10:00",
            "MARAC",
        ),
        R(
            "hv",
            "Contact: MARAC attended. HV actions: continue weekly weights, see mother alone, "
            "share with GP.",
            "10:00",
            "Meeting",
        ),
        R(
            "housing",
            "MARAC - Marwood case heard. Action for housing: refuge referral support and "
            "homeless prevention if she leaves; flag on housing register.",
        ),
    )
    f.occ(
        "2024-07-08",
        "gp-icpc-report",
        R(
            "gp",
            "Report for initial child protection conference (Marwood children) completed and "
            "emailed to conference admin. Unable to attend.",
            "16:30",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-07-11",
        "icpc",
        R(
            "csc",
            "Initial child protection conference chaired by Ben Ashworth (CP chair). Mother "
            "attended with Lorraine Quigley; father attended the second half separately and "
            "denied any control ('I pay the bills'). Decision: Jaxon and Lily-Mae subject to "
            "child protection plans under emotional abuse; Freddie under neglect. Core group "
            "18/07.",
            "13:30",
            "ICPC",
            "CP plans x3",
        ),
        R(
            "hv",
            "Contact: ICPC. HV report presented (weights, DASH). Outcome: CP plans - Freddie "
            "neglect, siblings emotional abuse. HV core group member.",
            "13:30",
            "Meeting",
        ),
        R(
            "school",
            "Jaxon M (Y3) - Category: Child protection. DSL attended ICPC. Jaxon now subject "
            "to CP plan (emotional abuse). Action taken: CP file opened, staff informed.",
            "13:30",
            "CP conference",
        ),
        R(
            "school",
            "Lily-Mae M (Rec) - Category: Child protection. DSL attended ICPC. Lily-Mae now "
            "subject to CP plan (emotional abuse). Action taken: CP file opened.",
            "13:30",
            "CP conference",
        ),
    )
    f.occ(
        "2024-07-18",
        "core-group-1",
        R(
            "csc",
            "First core group at Sallowby Family Hub. Outline plan turned into a detailed "
            "plan: benefits in mother's name, Freddie's weekly weights, Family Hub sessions "
            "twice a week, father to attend a domestic abuse perpetrator assessment.",
            "10:00",
            "Core group",
        ),
        R(
            "hv",
            "Contact: Core group 1. Freddie wt 5.84kg, back towards 9th. Actions noted.",
            "10:00",
            "Meeting",
        ),
        R(
            "cc",
            "Session: Core group held here (room 1). FSW attended. Actions for Hub: Stay & Play "
            "Tues/Thurs, cooking on a budget course.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-08-01",
        "police-incident",
        R(
            "police",
            "DOM ABUSE. 999 FROM NEIGHBOUR 2208 - SHOUTING, SMASHING 17A COBBOLD PDE. ON "
            "ARRIVAL MALE (RYAN MARWOOD) LEFT ON FOOT. VICTIM CHANTELLE STATES HE FOUND A "
            "FOODBANK BAG, SMASHED HER PHONE AND TV. 3 CHILDREN PRESENT, UNHURT. DASH HIGH. "
            "VICTIM WILLING TO MAKE STATEMENT. PPN SUBMITTED.",
            "22:08",
            "DOMESTIC",
            ref="DP-24-118402",
        ),
    )
    f.occ(
        "2024-08-02",
        "csc-ppn",
        R(
            "csc",
            "Contact type: Police notification (PPN) DP-24-118402. Domestic incident last "
            "night at the family home, father left before police arrived, damage to phone and "
            "TV, children present. Outcome: passed to allocated SW Jonah Whitlock; CP plan "
            "contingency actioned.",
            "09:00",
            "Contact",
        ),
    )
    f.occ(
        "2024-08-02",
        "arrest-ryan",
        R(
            "police",
            "MARWOOD RYAN DOB 14/10/1990 ARRESTED 1015 AT 14 TIVERTON CL SALLOWBY ON SUSP "
            "CONTROLLING/COERCIVE BEHAVIOUR S76 SCA 2015 AND CRIM DAMAGE. CONVEYED SALLOWBY "
            "CUSTODY.",
            "10:15",
            "ARREST",
            ref="DP-24-118402",
        ),
        R(
            "csc",
            "Ryan Marwood arrested this morning at 10:15 at his mother's house, 14 Tiverton "
            "Close, on suspicion of controlling or coercive behaviour and criminal damage "
            "following last night's incident.",
            "12:10",
            "Criminal",
        ),
        R(
            "da",
            "Ryan arrested at his mum's on Tiverton Close this morning for coercive control "
            "and the damage last night. I'll sit with Chantelle this afternoon when DC Abara "
            "takes her full statement.",
            "11:30",
            "Criminal justice",
        ),
    )
    f.occ(
        "2024-08-02",
        "bail-ryan",
        R(
            "police",
            "MARWOOD R RELEASED ON PRE-CHARGE BAIL TO 30/08. CONDITIONS: NOT TO CONTACT "
            "CHANTELLE MARWOOD DIRECTLY/INDIRECTLY; NOT TO ENTER COBBOLD PARADE; RESIDE 14 "
            "TIVERTON CL.",
            "19:40",
            "BAIL",
        ),
        R(
            "da",
            "Ryan released on police bail this evening until 30/08. Conditions: no contact "
            "with Chantelle directly or through anyone else, not to go to Cobbold Parade, live "
            "at his mum's. Chantelle scared his brothers will come round.",
            "19:40",
            "Criminal justice",
        ),
    )
    f.occ(
        "2024-08-05",
        "joint-visit-sw-da",
        R(
            "csc",
            "Joint home visit with Lorraine Quigley (DA outreach). Children seen; Freddie "
            "content. Mother says Ryan has stopped paying the rent and the letting agent has "
            "phoned about arrears; Ryan's brother came to the door on Saturday. Safety plan "
            "updated; mother wants to consider a refuge away from Sallowby.",
            "14:00",
            "Home visit",
        ),
        R(
            "da",
            "Joint visit with SW Jonah to the flat. Rent not paid since July, brothers turning "
            "up. Chantelle wants to think about a refuge - I'll check vacancies outside "
            "Sallowby.",
            "14:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-08-09",
        "homeless-application",
        R(
            "housing",
            "Homeless application taken (threatened with homelessness - section 21 notice "
            "served 07/08 by Parade Lettings, rent arrears since partner's arrest; fleeing "
            "domestic abuse). Prevention duty accepted. Personal housing plan: refuge via DA "
            "outreach, or emergency accommodation out of area.",
        ),
    )
    f.occ(
        "2024-08-14",
        "bail-breach",
        R(
            "police",
            "DOM. 999 FROM CHANTELLE MARWOOD 0732 - EX PARTNER AT DOOR 17A COBBOLD PDE IN "
            "BREACH OF BAIL. MALE DETAINED AT SCENE 0755 AND ARRESTED FOR BREACH OF PRE-CHARGE "
            "BAIL CONDITIONS. CHILDREN PRESENT.",
            "07:32",
            "DOMESTIC",
            ref="DP-24-121977",
        ),
    )
    f.occ(
        "2024-08-15",
        "da-call-chantelle",
        R(
            "da",
            "Chantelle rang me at 09:20, very shaken: Ryan came to the flat yesterday morning "
            "and banged on the door till the police came. Kids saw it. She wants to go to a "
            "refuge as soon as there's a space.",
            "09:20",
            "Phone call",
        ),
    )
    f.occ(
        "2024-08-15",
        "charge-ryan",
        R(
            "police",
            "MARWOOD R CHARGED S76 SCA 2015 CONTROLLING/COERCIVE BEHAVIOUR + CRIM DAMAGE. "
            "REMANDED OVERNIGHT FOR SALLOWBY MC 16/08.",
            "16:20",
            "CHARGE",
        ),
        R(
            "da",
            "CPS authorised charge: Ryan charged this afternoon with controlling or coercive "
            "behaviour and criminal damage, kept in custody for court tomorrow.",
            "17:05",
            "Criminal justice",
        ),
    )
    f.occ(
        "2024-08-16",
        "first-appearance",
        R(
            "police",
            "SALLOWBY MC. MARWOOD R - NOT GUILTY PLEAS. CONDITIONAL BAIL: NO CONTACT WITH "
            "CHANTELLE MARWOOD, NOT TO ENTER SALLOWBY EAST. TRIAL 22/01/25.",
            "14:30",
            "COURT",
        ),
        R(
            "csc",
            "Ryan Marwood appeared at Sallowby Magistrates' Court and pleaded not guilty. "
            "Released on conditional bail (no contact with Chantelle, exclusion from Sallowby "
            "East) until trial on 22/01/2025.",
            "15:30",
            "Criminal",
        ),
    )
    f.occ(
        "2024-08-22",
        "professionals-meeting",
        R(
            "csc",
            "Professionals' meeting (Teams) with Lorraine Quigley (DA outreach) and Rachel Fenn "
            "(Housing Options). Space offered at Kelstow Women's Refuge from 27/08. Agreed: "
            "family to move on 27/08 with DA outreach; SW to inform schools and health; "
            "housing to end the prevention duty on move.",
            "15:00",
            "Professionals meeting",
        ),
        R(
            "da",
            "Professionals' meeting with SW and housing - Kelstow refuge has a family room from "
            "Tuesday. I'll move Chantelle and the children.",
            "15:00",
            "Meeting",
        ),
        R(
            "housing",
            "Professionals meeting (CSC, DA outreach): refuge space Kelstow from 27/08 "
            "accepted by applicant. Will close prevention duty on move; register application "
            "transfers with her.",
        ),
    )
    f.occ(
        "2024-08-27",
        "refuge-move",
        R(
            "refuge",
            "Admission 15:30. Resident: CM (room 4, family room) with J (8), LM (5), F (6 "
            "months). Brought by DA outreach worker from Sallowby. House rules and safety "
            "plan signed. Children settled into room, F on formula - stock given.",
            "15:30",
            "Admission",
        ),
        R(
            "da",
            "Drove Chantelle and the children to Kelstow refuge today, arrived 15:30. Handed "
            "over to Marta. Phone and SIM changed.",
            "15:30",
            "Refuge",
        ),
        R(
            "csc",
            "Chantelle and the three children moved today from 17a Cobbold Parade to Kelstow "
            "Women's Refuge (address confidential), taken by DA outreach. Father's bail "
            "conditions do not cover Kelstow - police informed of the move.",
            "17:00",
            "House move",
        ),
        R(
            "housing",
            "Household left 17a Cobbold Parade and moved into refuge accommodation in Kelstow "
            "on 27/08 (DA outreach). Keys returned to the agent. Prevention duty ended.",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-04",
        "old-school-cme",
        R(
            "school",
            "Jaxon M (Y4) and Lily-Mae M (Y1) - Category: Attendance / CME. Not in on first day "
            "of term. DSL phoned mum: family in a refuge in Kelstow, children to start at a "
            "school there. Action taken: kept on roll until start confirmed; SW informed.",
            "09:45",
            "Attendance",
        ),
    )
    f.occ(
        "2024-09-09",
        "school-move",
        R(
            "newschool",
            "Concern logged by: Office/DSL. Pupil: Jaxon Marwood (Y4). Details: started today, "
            "in-year admission from Larkhill Primary, Sallowby. Refuge address - do not "
            "release. CP plan (transfer). Action: request CP file; buddy assigned.",
            "08:45",
            "New starter",
        ),
        R(
            "newschool",
            "Concern logged by: Office/DSL. Pupil: Lily-Mae Marwood (Y1). Details: started "
            "today from Larkhill Primary. Refuge address confidential. CP plan. Action: "
            "breakfast club place; request CP file.",
            "08:45",
            "New starter",
        ),
        R(
            "school",
            "Jaxon M (Y4) and Lily-Mae M (Y1) - Category: Transfer. Both removed from roll "
            "today - started at St Wenna's CE Primary, Kelstow (confirmed by their office). "
            "Action taken: CTF and CP files sent securely to DSL Tom Asante.",
            "11:30",
            "Transfer",
        ),
    )
    f.occ(
        "2024-09-17",
        "sw-refuge-visit",
        R(
            "csc",
            "Visit to Chantelle and the children at Kelstow refuge. All three seen. Chantelle "
            "has a bank account and Universal Credit in her own name for the first time. "
            "Jaxon likes his new school; Lily-Mae wet the bed twice this week.",
            "11:00",
            "Home visit",
        ),
        R(
            "refuge",
            "SW (Jonah) visited CM and children in family room 11:00-12:15.",
            "12:15",
            "Professional visit",
        ),
    )
    f.occ(
        "2024-09-17",
        "hv-refuge-visit",
        R(
            "hv",
            "Contact: First visit by Kelstow HV team (B Colley) at refuge. Wt 6.72kg (9th-25th). "
            "Feeding well, weaning started. Mother brighter. Plan: fortnightly weights; "
            "register with Kelstow GP.",
            "14:30",
            "Home visit",
        ),
        R(
            "refuge",
            "New HV (Bethan) came 14:30, weighed F in the family room. Mum pleased with weight.",
            "15:10",
            "Professional visit",
        ),
    )
    f.occ(
        "2024-10-03",
        "rcpc-1",
        R(
            "csc",
            "Review child protection conference (Ben Ashworth). Mother attended; father did "
            "not (bail conditions, offered separate meeting). Freddie's weight now between "
            "the 9th and 25th centiles; family settled in refuge; children in new school. "
            "Decision: plans continue until after the criminal trial.",
            "10:00",
            "RCPC",
        ),
        R(
            "hv",
            "Contact: RCPC. Weight gain good on dietitian plan. Outcome: CP plans continue.",
            "10:00",
            "Meeting",
        ),
        R(
            "refuge",
            "Refuge worker attended the review case conference with CM (via Teams from the "
            "office). Plans stay in place for now.",
            "10:00",
            "Meeting",
        ),
        R(
            "newschool",
            "Concern logged by: DSL. Pupil: Jaxon & Lily-Mae Marwood. Details: RCPC minutes "
            "received from conference admin and pasted: 'Review CP conference - plans "
            "continue for Jaxon, Lily-Mae and Freddie; next review in six months.' Action: "
            "add to CP files.",
            kind="CP conference",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-03",
        "core-group-after-rcpc",
        R(
            "csc",
            "Core group held straight after the conference: plan updated for life in Kelstow; "
            "school transport, refuge key work, HV weights fortnightly.",
            "11:30",
            "Core group",
        ),
        R(
            "refuge",
            "Stayed on for core group after conference. Action for refuge: help CM with "
            "council housing application in Kelstow.",
            "11:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-16",
        "fg-clinic-2",
        R(
            "paeds",
            "FG clinic r/v (Kelstow outreach). Wt 7.05kg (9th-25th), len 66cm. Thriving since "
            "move; weaning well. Imp: faltering growth resolved, social cause. Plan: discharge "
            "to HV.",
            "10:40",
            "Clinic",
        ),
    )
    f.occ(
        "2025-01-22",
        "trial-conviction",
        R(
            "police",
            "SALLOWBY MC TRIAL. MARWOOD R FOUND GUILTY S76 SCA 2015 + CRIM DAMAGE. 18M "
            "COMMUNITY ORDER, BUILDING BETTER RELATIONSHIPS PROG, RESTRAINING ORDER 3 YRS "
            "(NO CONTACT WITH CHANTELLE MARWOOD, NOT TO ENTER KELSTOW).",
            "16:00",
            "COURT RESULT",
        ),
        R(
            "da",
            "Trial today - I supported Chantelle at court, she gave evidence behind a screen. "
            "Ryan found guilty of coercive control and criminal damage. Community order and a "
            "3-year restraining order (no contact, not to go to Kelstow).",
            "16:30",
            "Criminal justice",
        ),
        R(
            "csc",
            "Ryan Marwood convicted today at Sallowby Magistrates' Court of controlling or "
            "coercive behaviour and criminal damage: 18-month community order and a "
            "restraining order for three years (no contact with Chantelle, exclusion from "
            "Kelstow).",
            "17:10",
            "Criminal",
        ),
    )
    f.occ(
        "2025-02-06",
        "rcpc-2",
        R(
            "csc",
            "Second review child protection conference. Restraining order in place; mother "
            "engaging with the Freedom Programme; children thriving at school; Freddie "
            "discharged from paediatrics. Decision: child protection plans ended; children in "
            "need plans for three months.",
            "13:00",
            "RCPC",
            "CP plans ended, CIN",
        ),
        R(
            "newschool",
            "Concern logged by: DSL. Pupil: Jaxon & Lily-Mae Marwood. Details: DSL attended "
            "review conference - CP plans ended, now CIN. Action: CIN meetings 6-weekly.",
            "13:00",
            "CP conference",
        ),
        R(
            "hv",
            "Contact: RCPC. Outcome: CP plans ended - CIN. HV to continue universal plus.",
            "13:00",
            "Meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2025-03-17",
        "move-fenner-walk",
        R(
            "refuge",
            "Move-on: CM and children left the refuge today for their council tenancy at 6 "
            "Fenner Walk, Kelstow. Starter pack and furniture grant sorted. Room 4 cleared.",
            "10:00",
            "Move on",
        ),
        R(
            "csc",
            "Chantelle and the children moved today from the refuge into a Kelstow Homes "
            "tenancy at 6 Fenner Walk, Kelstow VK9 4PA. Address to be kept confidential from "
            "father.",
            "14:00",
            "House move",
        ),
        R(
            "hv",
            "Contact: Change of address - family moved from refuge to 6 Fenner Walk, Kelstow "
            "on 17/03. Records updated.",
            "09:30",
            "Admin",
            shift="late",
        ),
    )

    f.fill(
        "hv",
        "2024-02-20",
        "2025-04-30",
        [
            ("Clinic", "Contact: Baby clinic. Weight plotted; no concerns raised by mother."),
            ("Home visit", "Contact: Home visit - weight check; finger foods and cup advice."),
            ("Telephone", "Contact: Telephone - mother cancelled visit, rebooked for next week."),
        ],
    )
    f.fill(
        "cc",
        "2024-02-20",
        "2024-08-20",
        [("Session", "Session: Stay & Play. Attended: Chantelle with Freddie. Notes: chatty.")],
    )
    f.fill(
        "cc",
        "2024-07-19",
        "2024-08-20",
        [("Session", "Session: Cooking on a budget wk 2. Attended: Chantelle.")],
    )
    f.fill(
        "school",
        "2024-01-08",
        "2024-07-19",
        [
            ("Attendance", "Jaxon M (Y3) - Category: Attendance. Late x3 this week; mum says bus."),
            ("Behaviour", "Jaxon M (Y3) - Category: Behaviour. Pushed a peer at lunch; calm chat."),
        ],
    )
    f.fill(
        "newschool",
        "2024-09-10",
        "2025-04-30",
        [
            ("Welfare", "Concern logged by: Class teacher. Pupil: Lily-Mae. Details: tired, ok."),
            ("Welfare", "Concern logged by: TA. Pupil: Jaxon. Details: proud of reading award."),
        ],
    )
    f.fill(
        "csc",
        "2024-06-25",
        "2025-04-30",
        [
            ("Home visit", "CP visit; all children seen, Freddie seen awake and handled."),
            ("Supervision", "Case supervision with team manager; plan progress reviewed."),
        ],
    )
    f.fill(
        "da",
        "2024-06-25",
        "2025-04-30",
        [
            ("Phone call", "Rang Chantelle on safe phone - no answer, left no message (safety)."),
            ("Support session", "Freedom Programme week 4 with Chantelle."),
        ],
    )
    f.fill(
        "refuge",
        "2024-08-28",
        "2025-03-14",
        [
            (
                "Key work",
                "Key work with CM: budgeting; children's activities booked for the holidays.",
            )
        ],
    )
    f.fill(
        "gp",
        "2024-02-15",
        "2024-08-26",
        [("Consultation", "Lily-Mae: cough 5 days, chest clear, viral URTI. Fluids, paracetamol.")],
    )
    f.fill(
        "police",
        "2024-02-15",
        "2025-04-30",
        [("MARKER", "MARKER REVIEW: DA HIGH RISK VICTIM MARWOOD C - MARKERS UPDATED.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: Callum Deverill (b. 11/04/2010), type 1 diabetes since 2019, lives with his mother
# Lisa Deverill (b. 1982, night shifts at a warehouse, low mood, drinking) at 31 Wheelwright
# Row, Hobbsford XJ5 1NW; Millbeck Medical Practice; Hobbsford Academy (Year 9, then Year 10).
# Maternal aunt Michelle Garside, 8 Sorrel Gardens, Pennard Cross XJ7 3HB. Diabetic
# ketoacidosis three times (high dependency at Hobbsford Royal Infirmary), missed clinics, a
# referral for medical neglect, two strategy discussions, a child protection medical, a family
# group conference, and a child arrangements order for the aunt.
# --------------------------------------------------------------------------------------------


def _deverill() -> BlindCase:
    f = Family(
        "deverill",
        1103,
        {
            "dsn": Sheet(
                DIABETES_TEAM,
                "HRI Paediatric Diabetes Team - C Deverill.xlsx",
                "Contacts",
                (("2024-01-01", "Emma Tolland (Diabetes CNS)"),),
            ),
            "ed": Sheet(
                ED,
                "HRI Emergency Department - Deverill.xlsx",
                "ED",
                (("2024-01-01", "ED nursing/medical"),),
            ),
            "ward": Sheet(
                WARD,
                "HRI Kingfisher Ward and Paediatric HDU.xlsx",
                "Inpatient",
                (("2024-01-01", "Kingfisher Ward"),),
            ),
            "school": Sheet(
                SCHOOL,
                "Hobbsford Academy - medical and safeguarding log.xlsx",
                "Log",
                (("2024-01-01", "Dami Oyelaran (DSL)"),),
            ),
            "schoolnurse": Sheet(
                SCHOOL_NURSE,
                "School Nursing - Hobbsford cluster.docx",
                "Table 1",
                (("2024-01-01", "Hollie Brannagh (SN)"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "Millbeck Medical Practice - Deverill.xlsx",
                "Journal",
                (("2024-01-01", "Dr S Whitcombe"),),
            ),
            "csc": Sheet(
                CSC,
                "Wyrebank Children's Services - Callum Deverill.xlsx",
                "Chronology",
                (("2024-01-01", "Priya Selvam (MASH)"), ("2024-07-06", "Owen Rathbone (SW)")),
            ),
            "police": Sheet(
                POLICE,
                "Wyrebank Police - DEVERILL.xlsx",
                "Log",
                (("2024-01-01", "DC 6621 L FERRIS"),),
            ),
            "ambulance": Sheet(
                AMBULANCE,
                "Wyrebank Ambulance Service - PRF summary.csv",
                "",
                (("2024-01-01", "Paramedic crew"),),
            ),
            "fgc": Sheet(
                FGC,
                "Family Group Conference Service - Deverill.docx",
                "Table 1",
                (("2024-01-01", "Sadia Noor (coordinator)"),),
                typed=False,
            ),
            "cafcass": Sheet(
                CAFCASS,
                "Cafcass - Garside re Deverill (C100).xlsx",
                "Case record",
                (("2024-01-01", "Gareth Pym (FCA)"),),
            ),
            "paeds": Sheet(
                PAEDS,
                "Wyrebank Community Paediatrics - CP medicals.xlsx",
                "Medicals",
                (("2024-01-01", "Dr A Kettering"),),
            ),
        },
    )

    f.occ(
        "2024-01-30",
        "clinic-dna-january",
        R(
            "dsn",
            "Clinic DNA. Libre data shared remotely: sensor use 30%, TIR 14%. Rebooked April; "
            "letter to mother with new date. Tel message left.",
            "15:00",
            "Clinic",
        ),
    )
    f.occ(
        "2024-04-23",
        "clinic-april",
        R(
            "dsn",
            "Clinic (Dr Varga/ET). Attended with aunt (M Garside), mum at work. HbA1c 92 "
            "mmol/mol (prev 78). Libre: sensor use 41%, TIR 9%, TAR 88%. Basal-bolus: Tresiba "
            "22u, NovoRapid 1u:10g. Pen memory: 6 bolus doses in 3 days. Callum says he 'can't "
            "be bothered' at school. Plan: IHCP review at school, DSN home visit, r/v 3/12.",
            "15:20",
            "Clinic",
        ),
    )
    f.occ(
        "2024-04-25",
        "ihcp-april",
        R(
            "school",
            "Medical log. Individual healthcare plan review meeting: SENCo, school nurse, "
            "diabetes nurse Emma Tolland, Callum. Mum did not attend (invited). Plan: lunch "
            "insulin supervised in medical room, hypo box in PE, Libre checks before exams.",
            "13:00",
            "Healthcare plan",
        ),
        R(
            "schoolnurse",
            "Attended IHCP review at Hobbsford Academy with DSN. Mum invited, did not come or "
            "reply. Callum quiet, agreed to come to the medical room at lunch. I will check the "
            "log weekly.",
        ),
        R(
            "dsn",
            "School visit - IHCP review with SN and SENCo. Supervised lunch dose agreed. Staff "
            "hypo/hyper training refreshed (4 staff). Mother DNA.",
            "13:00",
            "School visit",
        ),
    )
    f.occ(
        "2024-05-09",
        "school-hypo-pe",
        R(
            "school",
            "Medical log. Hypo in PE 14:10 (Libre 2.9). Lucozade + biscuits per plan, 4.8 at "
            "14:30. Mum phoned x2 - no answer; aunt collected at 15:15.",
            "14:10",
            "First aid",
        ),
    )
    f.occ(
        "2024-05-19",
        "ed-may-0",
        R(
            "ed",
            "Triage 19:40: 14M T1DM, vomiting x3 since lunch, abdo pain. BM 24.1, ketones 1.4. "
            "Obs stable. Cat 3. Attended with mother.",
            "19:40",
            "Triage",
        ),
        R(
            "ed",
            "Discharge 22:10: ketones 0.9 after correction dose + fluids PO. ?gastroenteritis. "
            "Sick day rules leaflet given, mum to check ketones 2-hrly overnight. Return if "
            "vomiting.",
            "22:10",
            "Discharge",
        ),
    )
    f.occ(
        "2024-05-20",
        "ambulance-may",
        R(
            "ambulance",
            "CAD 240520-0077 | Cat 2 | 999 by mother 06:04 | On scene 06:19 | 14M T1DM, drowsy, "
            "Kussmaul resp, vomiting, BM HI, ketones 5.8 | Seen in ED last night | Conveyed "
            "HRI ED, pre-alert.",
            "06:04",
            "Emergency call",
        ),
    )
    f.occ(
        "2024-05-20",
        "ed-may-1",
        R(
            "ed",
            "Triage 06:40: BIBA. Severe DKA ?. GCS 14. HR 128, RR 32. Cat 1. Paeds reg called.",
            "06:40",
            "Triage",
        ),
        R(
            "ed",
            "Review 07:10 (paeds reg): VBG pH 7.04, HCO3 5, ketones 6.1. Severe DKA. BSPED "
            "protocol started, 10ml/kg bolus, insulin 0.05u/kg/hr at 08:10. ED attendance "
            "yesterday noted. Mum says insulin given as normal.",
            "07:10",
            "Review",
        ),
        R(
            "ed",
            "Handover 08:55: to paediatric HDU on DKA protocol. Mother accompanying.",
            "08:55",
            "Transfer",
        ),
    )
    f.occ(
        "2024-05-20",
        "hdu-admission-1",
        R(
            "ward",
            "Adm HDU 09:15 from ED. Severe DKA (pH 7.04). 1:2 nursing, hourly BM/neuro obs, "
            "2-hrly VBG. Pen memory (retrieved by DSN later): no basal for 3 days.",
            "09:15",
            "Admission",
        ),
    )
    f.occ(
        "2024-05-21",
        "step-down-1",
        R(
            "ward",
            "Stepped down from HDU to Kingfisher Ward bed 6. DKA resolved (pH 7.36), SC "
            "insulin restarted, eating.",
            "16:00",
            "Transfer",
        ),
    )
    f.occ(
        "2024-05-22",
        "dsn-ward-education",
        R(
            "dsn",
            "Ward visit. Pen data: basal missed 17-19/05. Callum admits he skips Tresiba when "
            "mum is on nights 'as no one checks'. Mum says she can't supervise while at work. "
            "Re-education done; alarm on phone; DSN home visit after discharge.",
            "11:00",
            "Ward visit",
        ),
    )
    f.occ(
        "2024-05-23",
        "discharge-1",
        R(
            "ward",
            "Discharged home with mother 14:30. TTO: insulin, ketone strips. Discharge "
            "summary to GP. DSN f/u arranged.",
            "14:30",
            "Discharge",
        ),
        R(
            "dsn",
            "Callum discharged home today after DKA (20-23/05). Home visit booked 05/06.",
            "15:00",
            "Discharge",
        ),
    )
    f.occ(
        "2024-05-28",
        "gp-discharge-summary-1",
        R(
            "gp",
            "Discharge summary rec'd: HRI 20-23/05 severe DKA (missed basal insulin), ED "
            "attendance 19/05 the night before. Filed; read code DKA added; flag for review.",
            "11:10",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-06-05",
        "dsn-home-visit",
        R(
            "dsn",
            "Home visit 31 Wheelwright Row. Mum in bed after night shift, came down after 10 "
            "mins. 3 unopened Tresiba pens in fridge dated March. Few ketone strips, meter "
            "battery flat. Callum at school. Mum tearful: 'I can't do it all'. Plan: "
            "professionals' meeting, consider Early Help.",
            "10:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-06-12",
        "professionals-meeting",
        R(
            "dsn",
            "Professionals' meeting (Teams), convened by DSN: SN, school DSL, GP. Poor "
            "adherence, DKA May, unsupervised at home, mother struggling. Agreed: Early Help "
            "offer, supervised doses at school, mother to be invited to clinic 25/06; if no "
            "improvement, referral to MASH (medical neglect).",
            "12:30",
            "Meeting",
        ),
        R(
            "schoolnurse",
            "Professionals meeting on Teams with the diabetes nurse, the academy DSL and the "
            "GP. I shared the lunch log (supervised dose missed 7 of 20 days).",
        ),
        R(
            "school",
            "Safeguarding log. DSL attended professionals' meeting (diabetes). Concern: "
            "missed lunch doses, tired, mum not answering calls. Action: Early Help form with "
            "mum if she agrees.",
            "12:30",
            "Meeting",
        ),
        R(
            "gp",
            "MDT/professionals meeting re Callum (T1DM poor control). GP attended by Teams. "
            "Mum last seen by GP 2022. Agreed threshold for MASH if clinic missed.",
            "12:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-06-12",
        "dsn-call-mother",
        R(
            "dsn",
            "Tel to mum after the meeting: explained concerns and that school will offer Early "
            "Help. Mum agreed to come to clinic 25/06 and said 'you'll all be judging me'.",
            "15:45",
            "Telephone",
        ),
    )
    f.occ(
        "2024-06-25",
        "clinic-dna",
        R(
            "dsn",
            "Clinic DNA (2nd in 2024). No contact from family. Libre data: sensor not "
            "scanned 9 days. Letter to GP and mother; discussed with Dr Varga.",
            "14:00",
            "Clinic",
        ),
    )
    f.occ(
        "2024-06-27",
        "gp-dna-letter",
        R(
            "gp",
            "Letter rec'd from paediatric diabetes team: DNA clinic 25/06, concerns re "
            "adherence and supervision; MASH referral will follow any further DKA.",
            "09:30",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-07-03",
        "collapse-school",
        R(
            "school",
            "Medical log. 11:20 Callum found slumped in toilets by a peer, drowsy, vomiting, "
            "Libre HI. First aider with him. 999 called 11:24. Mum not answering; aunt on her "
            "way to the hospital.",
            "11:20",
            "First aid",
        ),
        R(
            "school",
            "Safeguarding log. Ambulance arrived 11:36, paramedics left with Callum for HRI at "
            "11:58, accompanied by Mr Lyle (HoY). Action: DSL to inform SN and DSN.",
            "11:58",
            "Safeguarding",
        ),
        R(
            "ambulance",
            "CAD 240703-0312 | Cat 2 | 999 by school 11:24 | On scene 11:36 Hobbsford "
            "Academy | 14M T1DM, GCS 13, Kussmaul, ketones 'HI' | Conveyed HRI ED with "
            "member of staff.",
            "11:24",
            "Emergency call",
        ),
    )
    f.occ(
        "2024-07-03",
        "ed-july",
        R(
            "ed",
            "Triage 12:05: BIBA from school. ?DKA. GCS 13. Cat 1. 2nd DKA in 6 wks.",
            "12:05",
            "Triage",
        ),
        R(
            "ed",
            "Review 12:40: pH 6.98, HCO3 4, ketones >6. Severe DKA. BSPED protocol. Aunt "
            "present, mother not contactable. Safeguarding concerns - paeds consultant aware. "
            "To HDU.",
            "12:40",
            "Review",
        ),
    )
    f.occ(
        "2024-07-03",
        "hdu-admission-2",
        R(
            "ward",
            "Adm HDU 14:10. Severe DKA, 2nd admission in 6 wks. Mother arrived 16:30, smelled "
            "of alcohol per nursing staff. Consultant (Dr Varga) to consider safeguarding "
            "referral.",
            "14:10",
            "Admission",
        ),
    )
    f.occ(
        "2024-07-04",
        "step-down-2",
        R(
            "ward",
            "Step down HDU to Kingfisher bed 2. DKA resolving. Aunt staying overnight.",
            "09:30",
            "Transfer",
        ),
    )
    f.occ(
        "2024-07-04",
        "ward-mash-referral",
        R(
            "ward",
            "Safeguarding: Dr Varga phoned MASH 14:20 and sent MARF - medical neglect (2 "
            "severe DKA in 6 wks, missed basal insulin, 2 DNAs, unsupervised). Mother informed "
            "of referral.",
            "14:20",
            "Safeguarding",
        ),
        R(
            "csc",
            "Contact type: Hospital referral (telephone + MARF), Dr R Varga, consultant "
            "paediatrician, Hobbsford Royal Infirmary. Second admission with severe diabetic "
            "ketoacidosis in six weeks due to missed insulin; concern of medical neglect. "
            "Outcome: MASH checks started, RAG red.",
            "14:20",
            "Contact",
        ),
    )
    f.occ(
        "2024-07-05",
        "mash-decision",
        R(
            "csc",
            "Contact type: MASH decision. Checks: police - one call 2023 (mother intoxicated, "
            "no crime); school - missed lunch doses; GP - mother's low mood. Outcome: strategy "
            "discussion today, transfer to Assessment Team (Owen Rathbone).",
            "10:30",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-07-05",
        "school-email-strategy",
        R(
            "school",
            "Safeguarding log. MASH emailed for school information for a strategy discussion "
            "this afternoon. DSL replied with medical log extracts and attendance (88%).",
            "09:15",
            "Information sharing",
        ),
    )
    f.occ(
        "2024-07-05",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion chaired by Andrea Kaye (TM): DC Ferris (police), Dr Varga "
            "(consultant), Emma Tolland (diabetes nurse). Two episodes of severe DKA caused by "
            "missed insulin, two missed clinics, mother working nights and possibly drinking, "
            "aunt very involved. Agreed: single-agency section 47 enquiry by CSC; child "
            "protection medical by community paediatrics before discharge; Callum not to be "
            "discharged home until a safety plan is in place.",
            "14:00",
            "Strategy discussion",
            "S47 (single agency). CP medical.",
        ),
        R(
            "police",
            "STRAT DISC - DEVERILL C 14YRS. MEDICAL NEGLECT (T1DM). NO CRIME AT PRESENT. "
            "SINGLE AGENCY S47 CSC. POLICE TO SHARE 2023 LOG.",
            "14:00",
            "STRAT",
        ),
        R(
            "dsn",
            "Strategy meeting (Teams). DSN shared pen/Libre data and DNA history. Outcome: "
            "S47; CP medical; no discharge without safety plan.",
            "14:00",
            "Meeting",
        ),
        R(
            "ward",
            "Consultant attended strategy discussion re Callum. Plan: CP medical Mon, hold "
            "discharge pending SW safety plan.",
            "14:00",
            "Safeguarding",
        ),
    )
    f.occ(
        "2024-07-08",
        "cp-medical",
        R(
            "paeds",
            "CP medical on Kingfisher Ward, with consent of mother (present) and Callum. Hx: "
            "T1DM since 2019; 2x severe DKA 2024. Growth wt 52kg (50th), ht 158cm (25th). No "
            "injuries. Dental caries ++. Opinion: medical neglect - persistent failure to "
            "ensure supervision and administration of insulin; emotional needs unmet.",
            "10:00",
            "CP medical",
        ),
        R(
            "ward",
            "Community paediatrician (Dr Kettering) did CP medical on the ward this morning, "
            "mum present. Report to SW.",
            "11:15",
            "Safeguarding",
        ),
    )
    f.occ(
        "2024-07-09",
        "discharge-2",
        R(
            "ward",
            "Discharged to care of maternal aunt M Garside (8 Sorrel Gardens) per SW safety "
            "plan, 15:00. TTO insulin x2 pens, ketone strips. DSN and SW aware.",
            "15:00",
            "Discharge",
        ),
        R(
            "csc",
            "Callum discharged from Kingfisher Ward this afternoon to his aunt Michelle "
            "Garside's home in Pennard Cross under a safety plan agreed with his mother: "
            "aunt to supervise all insulin doses, mother to visit daily.",
            "15:30",
            "Discharge",
        ),
        R(
            "dsn",
            "Discharged today to aunt's (Pennard Cross). Aunt trained on pens, ketones and "
            "sick day rules on ward this morning.",
            "15:00",
            "Discharge",
        ),
    )
    f.occ(
        "2024-07-10",
        "s47-visit-mother",
        R(
            "csc",
            "S47 home visit to Lisa Deverill. She works four 12-hour night shifts a week and "
            "sleeps in the day; she drinks 'a bottle of wine to get to sleep'. She accepts she "
            "has not checked Callum's insulin for months and says he 'has to learn'. She "
            "agreed to Callum staying with Michelle for now.",
            "13:00",
            "S47 visit",
        ),
    )
    f.occ(
        "2024-07-15",
        "gp-mother",
        R(
            "gp",
            "Lisa D (mother): S: low mood, poor sleep on nights, wine most days ~40u/wk. Son "
            "in hosp x2. O: tearful, no SI. A: depression, alcohol misuse. P: sertraline 50mg, "
            "self-referral to Wyrebank Recovery, r/v 2/52.",
            "16:10",
            "Consultation",
        ),
    )
    f.occ(
        "2024-07-19",
        "s47-outcome",
        R(
            "csc",
            "Outcome of S47: concerns of medical neglect substantiated but Callum is safe "
            "with his aunt and his mother is engaging. Not progressed to ICPC; child in need "
            "plan and a family group conference.",
            "16:00",
            "S47 outcome",
        ),
    )
    f.occ(
        "2024-07-22",
        "fgc-referral",
        R(
            "csc",
            "Referral made to the Family Group Conference Service (consent of mother, aunt "
            "and Callum). Purpose: a family plan for who Callum lives with and who manages "
            "his diabetes.",
            "11:00",
            "Referral",
        ),
        R(
            "fgc",
            "Referral received from SW Owen Rathbone. Allocated to me. I rang Lisa the same "
            "afternoon to introduce myself.",
            shift="late",
        ),
    )
    f.occ(
        "2024-07-24",
        "joint-visit-aunt",
        R(
            "dsn",
            "Joint visit with SW to aunt's home. Libre TIR 48% this week (from 9%). All basal "
            "doses given. Aunt confident.",
            "10:00",
            "Home visit",
        ),
        R(
            "csc",
            "Joint visit with Emma Tolland (diabetes nurse) to Callum at his aunt's. Callum "
            "said he likes that 'someone actually reminds me'. Bedroom shared with cousin.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-08-14",
        "cin-meeting",
        R(
            "csc",
            "Child in need meeting at Pennard Cross Library: mother, aunt, Callum, diabetes "
            "nurse. Mother has started sertraline and seen Recovery once. FGC date set.",
            "10:30",
            "CIN meeting",
        ),
        R(
            "dsn",
            "CIN meeting. DSN update: HbA1c due Sept, TIR now 55%.",
            "10:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-09-10",
        "ihcp-september",
        R(
            "school",
            "Medical log. IHCP updated for Y10: aunt (M Garside) now first contact, mum "
            "second. Lunch dose in medical room continues. SN and DSN present.",
            "12:30",
            "Healthcare plan",
        ),
        R(
            "schoolnurse",
            "IHCP review for Y10 at the academy with DSN: aunt now main contact. Callum more "
            "settled. Attended lunch checks 100% last week.",
        ),
        R(
            "dsn",
            "School visit, IHCP updated (aunt first contact). New staff trained (2).",
            "12:30",
            "School visit",
            shift="swap",
        ),
    )
    f.occ(
        "2024-09-19",
        "fgc",
        R(
            "fgc",
            "Family group conference held at Hobbsford Community Centre. Present: Lisa, "
            "Michelle and her husband Tony, maternal grandmother June, Callum; SW and diabetes "
            "nurse for information giving. In private time the family agreed: Callum to live "
            "with Michelle, weekends with mum (daytime) once she has done the Recovery "
            "programme; Michelle to apply for a child arrangements order with Lisa's consent. "
            "SW accepted the plan.",
        ),
        R(
            "csc",
            "Family group conference. I gave the information-giving part; the family plan was "
            "accepted: Callum to live with his aunt, who will apply for a child arrangements "
            "order with his mother's agreement.",
            "13:00",
            "FGC",
        ),
        R(
            "dsn",
            "Attended FGC info-giving (13:00) - explained DKA risk and insulin supervision. "
            "Family plan: Callum to live with aunt.",
            "13:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-12",
        "callout-mothers",
        R(
            "ambulance",
            "CAD 241012-1288 | Cat 2 | 999 by patient 23:48 at 31 Wheelwright Row | 14M T1DM "
            "vomiting, ketones 4.9 | Mother intoxicated, obstructive, pushed crew member; "
            "police requested and on scene | Conveyed HRI ED.",
            "23:48",
            "Emergency call",
        ),
        R(
            "police",
            "ASSIST AMB 31 WHEELWRIGHT ROW. MALE 14 T1DM UNWELL, CALLED 999 HIMSELF. MOTHER "
            "LISA DEVERILL HEAVILY INTOX, PUSHED PARAMEDIC. CHILD CONVEYED HRI. PPN "
            "SUBMITTED.",
            "23:55",
            "CONCERN FOR CHILD",
            ref="WB-24-305511",
        ),
    )
    f.occ(
        "2024-10-13",
        "arrest-mother",
        R(
            "police",
            "DEVERILL LISA ARRESTED 0010 FOR ASSAULT ON EMERGENCY WORKER (S1 AEWOA 2018). "
            "CONVEYED HOBBSFORD CUSTODY TO SOBER UP.",
            "00:10",
            "ARREST",
            ref="WB-24-305511",
        ),
    )
    f.occ(
        "2024-10-13",
        "ed-october",
        R(
            "ed",
            "Triage 00:35: BIBA from home, alone (mother arrested). Vomiting, ketones 4.9. "
            "Cat 2. Known T1DM, 3rd DKA presentation this year.",
            "00:35",
            "Triage",
        ),
        R(
            "ed",
            "Review 01:10: pH 7.12, HCO3 9. Moderate DKA. Protocol. Aunt contacted, on her "
            "way. Was at mother's for the weekend. To HDU.",
            "01:10",
            "Review",
        ),
    )
    f.occ(
        "2024-10-13",
        "hdu-admission-3",
        R(
            "ward",
            "Adm HDU 03:00. Moderate DKA. Aunt with him. Missed evening Tresiba and lunch bolus "
            "at mum's. SW to be informed Monday.",
            "03:00",
            "Admission",
        ),
        R(
            "dsn",
            "Admitted to HDU in the early hours of Sunday with moderate DKA after missed doses "
            "at mum's for the weekend (aunt with him). DSN to see on ward.",
            "08:30",
            "Admission",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-13",
        "caution-mother",
        R(
            "police",
            "DEVERILL L - ADMITTED OFFENCE IN INTERVIEW. CONDITIONAL CAUTION (ALCOHOL "
            "AWARENESS + APOLOGY TO PARAMEDIC). RELEASED 1410.",
            "14:10",
            "DISPOSAL",
            ref="WB-24-305511",
        ),
    )
    f.occ(
        "2024-10-14",
        "csc-ppn",
        R(
            "csc",
            "Contact type: Police notification (PPN WB-24-305511). Callum unwell at his "
            "mother's on Saturday night, called 999 himself; mother intoxicated, arrested for "
            "pushing a paramedic. Callum in HRI. Outcome: to allocated SW; strategy "
            "discussion requested.",
            "09:00",
            "Contact",
        ),
    )
    f.occ(
        "2024-10-15",
        "strategy-2",
        R(
            "csc",
            "Strategy discussion (Andrea Kaye, TM) with DC Ferris, Emma Tolland and Dami "
            "Oyelaran (DSL). Third DKA, this time during weekend contact when mother was "
            "drunk. Agreed: section 47; contact with mother to be daytime only and supervised "
            "by the aunt until further notice; aunt to proceed with her application.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "police",
            "STRAT MTG DEVERILL C. FOLLOWING WB-24-305511. S47. MOTHER CAUTIONED 13/10. NFPA "
            "BEYOND CAUTION.",
            "10:00",
            "STRAT",
        ),
        R(
            "dsn",
            "Strategy discussion (Teams). DSN: weekend doses missed. Outcome: S47, no "
            "overnight stays at mum's.",
            "10:00",
            "Meeting",
        ),
        R(
            "school",
            "Safeguarding log. DSL in strategy discussion re Callum (DKA at weekend). Action: "
            "staff to note any comments about mum; pastoral check-in daily.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-16",
        "discharge-3",
        R(
            "ward",
            "Discharged 12:00 to aunt (Pennard Cross). Discharge summary to GP.",
            "12:00",
            "Discharge",
        ),
        R(
            "csc",
            "Callum discharged from hospital at midday back to his aunt's in Pennard Cross. "
            "Overnight contact with his mother suspended.",
            "14:00",
            "Discharge",
        ),
        R(
            "dsn",
            "Discharged to aunt at 12:00 today; weekend plan - aunt to hold insulin pens when "
            "Callum visits mum.",
            "12:00",
            "Discharge",
        ),
        R(
            "school",
            "Medical log. Callum discharged from HRI yesterday to his aunt's, back in school "
            "tomorrow. Medical room alerted.",
            "08:40",
            "Medical",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-21",
        "gp-discharge-summary-3",
        R(
            "gp",
            "Discharge summary rec'd: HRI 13-16/10 moderate DKA during weekend at mother's. "
            "Now living with aunt. Filed.",
            "10:05",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-11-07",
        "c100-received",
        R(
            "cafcass",
            "Work type: New application. C100 received from Hobbsford Family Court: applicant "
            "Michelle Garside (maternal aunt), CAO (lives with) re Callum Deverill, respondent "
            "Lisa Deverill consents. Outcome: safeguarding enquiries opened.",
            "09:30",
            "Application",
        ),
    )
    f.occ(
        "2024-11-12",
        "cafcass-la-request",
        R(
            "cafcass",
            "Work type: LA safeguarding check. Request sent to Wyrebank Children's Services "
            "by secure email. Outcome: response due 19/11.",
            "11:20",
            "LA check",
        ),
        R(
            "csc",
            "Cafcass request for local authority safeguarding information received (CAO "
            "application by Michelle Garside). SW to respond by 19/11.",
            "11:20",
            "Correspondence",
        ),
    )
    f.occ(
        "2024-11-19",
        "la-response",
        R(
            "csc",
            "Response sent to Cafcass: Callum open as child in need; S47 2024 (medical "
            "neglect); LA supports the aunt's application and the FGC plan.",
            "16:40",
            "Correspondence",
        ),
        R(
            "cafcass",
            "Work type: LA safeguarding check. Response received from Wyrebank CS - open CIN, "
            "supports application.",
            "09:10",
            "LA check",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-28",
        "safeguarding-letter",
        R(
            "cafcass",
            "Work type: Safeguarding letter. Filed with court: no objection to a lives-with "
            "order for the aunt; recommend spend-time order with mother (daytime) and "
            "LA CIN plan continue.",
            "15:00",
            "Safeguarding letter",
        ),
    )
    f.occ(
        "2024-12-05",
        "fhdra",
        R(
            "cafcass",
            "Work type: FHDRA (duty FCA). Parties agreed. Outcome: child arrangements order "
            "made by consent - Callum to live with Michelle Garside; spend time with mother "
            "alternate Saturdays and Sundays 10:00-18:00. Cafcass involvement ends.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Hobbsford Family Court made a child arrangements order today by consent: Callum "
            "lives with his aunt Michelle Garside and spends daytime at weekends with his "
            "mother.",
            "15:00",
            "Court",
        ),
    )
    f.occ(
        "2024-12-10",
        "school-copy-order",
        R(
            "school",
            "Safeguarding log. Copy of child arrangements order (05/12) brought in by aunt. "
            "Records updated: aunt has PR under the order; mum daytime weekends only.",
            "08:50",
            "Information sharing",
        ),
    )
    f.occ(
        "2025-01-16",
        "cin-review",
        R(
            "csc",
            "Final child in need review at the academy. No DKA since October; HbA1c "
            "improving; mother has completed the Recovery programme and sees Callum every "
            "weekend. CIN plan closed; step down to universal services with the school nurse "
            "and the diabetes team.",
            "15:30",
            "CIN review",
            "CIN closed",
        ),
        R(
            "school",
            "Safeguarding log. CIN review held here (after school). CIN closing. Action: "
            "IHCP continues; DSL to monitor.",
            "15:30",
            "Meeting",
        ),
        R(
            "schoolnurse",
            "CIN review at the academy after school. CIN closing; I will keep Callum on my "
            "caseload for the healthcare plan and drop-ins.",
        ),
        R(
            "dsn",
            "CIN review at school. Update: Libre TIR 61%. CIN closing.",
            "15:30",
            "Meeting",
            shift="+2",
        ),
    )
    f.occ(
        "2025-01-28",
        "clinic-january",
        R(
            "dsn",
            "Clinic with aunt. HbA1c 61 mmol/mol (from 92). Sensor use 94%, TIR 62%. No DKA "
            "since Oct. Plan: discuss pump; r/v 3/12.",
            "14:40",
            "Clinic",
        ),
        R(
            "dsn",
            "Clinic with aunt - HbA1c 61 mmol/mol (from 92), sensor use 94%, TIR 62%. Plan: "
            "pump discussion, r/v 3/12.",
            "14:45",
            "Clinic",
        ),
    )
    f.occ(
        "2025-02-11",
        "fgc-review",
        R(
            "fgc",
            "FGC review meeting at Michelle's home. The family plan has held; Lisa's Saturday "
            "visits are going well. Family want to try one overnight a month from Easter. I "
            "closed my involvement.",
        ),
        R(
            "csc",
            "FGC review meeting with the coordinator and the family at the aunt's home. Plan "
            "holding. Family will review overnight stays themselves with the diabetes team's "
            "advice.",
            "11:00",
            "FGC",
        ),
    )

    f.occ(
        "2025-04-29",
        "clinic-april-2025",
        R(
            "dsn",
            "Clinic with aunt and, for the first time this year, mum. HbA1c 57 mmol/mol. "
            "Callum keen on a pump - pump start education booked for June. Weekend doses "
            "given at mum's (pen memory checked).",
            "15:10",
            "Clinic",
        ),
    )

    f.fill(
        "school",
        "2024-01-08",
        "2025-05-16",
        [
            ("Medical", "Medical log. Lunch dose given in medical room, BG 8.2, carbs 60g."),
            ("Medical", "Medical log. Callum did not come for lunch dose; found in canteen."),
            ("Attendance", "Attendance log. Absent - family phoned in, dentist appointment."),
        ],
    )
    f.fill(
        "schoolnurse",
        "2024-01-08",
        "2025-05-16",
        [
            ("", "Checked the lunch log with the medical room: two missed doses this week."),
            ("", "Drop-in: Callum came to talk about exam stress and his sensor."),
        ],
    )
    f.fill(
        "dsn",
        "2024-02-01",
        "2025-05-16",
        [
            ("Telephone", "Tel: dose adjustment advice after high readings overnight."),
            ("Telephone", "Libre data reviewed remotely; few scans. Text sent to family."),
        ],
    )
    f.fill(
        "gp",
        "2024-01-08",
        "2025-05-16",
        [
            ("Prescription", "Repeat Rx: Tresiba FlexTouch, NovoRapid, Libre sensors x2."),
            ("Prescription", "Repeat Rx request for ketone strips - issued."),
        ],
    )
    f.fill(
        "csc",
        "2024-07-20",
        "2025-01-15",
        [
            ("Home visit", "CIN visit to Callum at his aunt's; seen alone, wants a bike."),
            ("Case note", "Supervision: plan on track, mother engaging with Recovery."),
            ("Telephone", "Telephone call with Lisa - confirmed daytime weekend arrangements."),
        ],
    )
    f.fill(
        "fgc",
        "2024-07-24",
        "2024-09-17",
        [
            ("", "Preparation visit to Michelle and Tony - explained private family time."),
            ("", "Met Callum at his aunt's to hear his views for the conference."),
        ],
    )
    f.fill(
        "ed",
        "2024-04-15",
        "2025-03-28",
        [("Triage", "Triage: 14M sprained R ankle playing football. Cat 4. Discharged, RICE.")],
    )
    return f.case()


def blind_dedup_cases_11() -> list[BlindCase]:
    """The eleventh blind set, in a fixed order."""
    return [_brennick(), _marwood(), _deverill()]


if __name__ == "__main__":
    summary(blind_dedup_cases_11)
