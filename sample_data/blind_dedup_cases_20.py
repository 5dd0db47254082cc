"""A twentieth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 100-130 chronology rows from nine to twelve services'
sheets over twelve to eighteen months:

1. The Dunmerrow family (Hollinsford): Isla, nine, with type 1 diabetes, whose mother misses
   clinics and leaves insulin uncollected (a paediatric diabetes specialist nurse, a school
   individual healthcare plan, pharmacy records, Early Help, a DKA admission in March and a
   severe hypo in October the morning after an attendance for ketones) and, late, a concern that
   the mother is inducing the hypos (device data, a professionals' meeting, a referral, two
   strategy discussions, a supervised admission, an ICPC).
2. Tamsin Orrell (Wendlebury), a looked-after seventeen-year-old in supported lodgings who turns
   eighteen: a personal adviser and pathway plan reviews, looked-after reviews, CAMHS to adult
   mental health transition, a missing night at her boyfriend's, an overdose, a pregnancy, the
   host's notice, a tenancy, the end of looked-after status, an assault by the boyfriend (his
   arrest and charge, his brother's arrest), a MARAC, the baby's birth, and adult social care's
   section 42 safeguarding taking the lead from children's services.
3. The Yardley family (Castlebrook): three children at two schools (Lacey, thirteen, at a
   secondary academy; Mason and Ellie at a primary) whose mother's new partner is a registered
   sex offender on licence who has not disclosed the relationship: a police call-out that
   reveals him, MAPPA level 2 meetings, a disclosure under the child sex offender disclosure
   scheme on the grandmother's application, a Clare's Law disclosure, a safety plan, child
   protection plans, messages to Lacey, a breach found at dawn (his arrest, the mother's arrest,
   police protection), his recall to prison, charge, plea and sentence, a pre-proceedings
   meeting, a management transfer, his release, and a step down to child in need.

How they were written (blind): composed from the domain brief (DOMAIN.md), the `Event` schema
(chronology/schema.py), the shared kit (sample_data/dedup_case_kit.py), the module docstring and
the agency constants at the top of the seventh set (read for the file's format only, together
with the few lines just after the constants that declare its term-time agencies and open its
first case's sheets; none of its families, wordings or places reused) and the last thirty lines
of the fourteenth set (for how a set module ends). The duplicate rules, their settings, the
linkage model, any bench result, the tests and every other labelled set were not read, and the
merge was not run on these cases.

The services write very differently: police logs in capitals with log, CAD, crime, custody and
ViSOR numbers; long social care narrative; "Contact type: ... Outcome: ..." templates (the
diabetes nurse, school nursing, CAMHS, midwifery) and probation's "Contact: ... Outcome: ...";
GP "S: O: A: P:" notes and "Letter filed" lines; school, college and lodgings-host logs in the
first person with no event-type column; emergency department and ward notes in clinical
shorthand, one attendance written as several rows; ambulance incident summaries; formal MAPPA
minutes; first-person notes of other services (a pharmacist, a family support worker, a
personal adviser, an IDVA).

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email, letter or referral was logged by the receiving service on the next day.

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
- Decision for this set: the police's own row saying it sent a notification to the MASH (a PPN
  submitted) and the MASH's row recording its receipt are the two ends of one notification (one
  occurrence); both stay apart from the incident that prompted it and from the MASH screening
  decision on it.
- Decision for this set: a hospital admission or discharge recorded by the ward and by another
  service that reports it (the diabetes nurse's "Inpatient: admitted today...", social care's
  "admitted this morning") is one occurrence, even when that service also saw the child on the
  ward that day or the next; a planned (supervised) admission is an admission like any other.
  A later nursing note during the stay, and the discharge summary letter filed by the GP, are
  their own occurrences.
- Decision for this set: social care's row reporting an arrest or a court result it was told of
  ("Police update: ... arrested this morning", "pleaded guilty at the magistrates' court
  today") is a record of that life event (one occurrence with the police's and probation's
  rows), unlike a police notification of an incident received by the MASH or the social worker
  (a PPN, "Police notification received: domestic incident ..."), which is its own occurrence
  even when it mentions a later arrest or charge.
- Decision for this set: a pharmacy's emergency supply of insulin and the email it then sends
  the GP about the supply are two occurrences (the supply, the email); the GP's "email received"
  row is the other end of the email. Routine repeat prescriptions issued by the GP and repeats
  dispensed by the pharmacy are separate occurrences.
- Decision for this set: a specialist nurse's visit to a school to train staff, recorded by the
  nurse and by the school, is one occurrence (a visit both record); a consultant's review of
  device data with no one else present is its own occurrence, apart from the professionals'
  meeting it led to; a report or email sent before a conference or strategy discussion is its
  own occurrence, apart from the meeting.
- Decision for this set: a CAMHS liaison assessment carried out in the emergency department
  during an attendance is its own occurrence (another service's assessment), not a row of the
  attendance; a carer's note that she took the young person to A&E is a record of the
  attendance.
- Decision for this set: a supported lodgings placement ending on the day the young person
  moves into her tenancy is one occurrence (a house move) whether the host, the personal
  adviser or social care records it; the host's notice months earlier and the tenancy sign-up
  ten days before the move are separate occurrences.
- Decision for this set: ceasing to be looked after on the eighteenth birthday is a change of
  legal status (a life event): social care's row and the personal adviser's row the next day
  are one occurrence; CAMHS's discharge letter sent that day (and the GP's filing of it) is
  another.
- Decision for this set: a carer's or host's own note that a worker visited, or that a meeting
  was held in her home, is a record of that visit or meeting (the same occurrence); a college's
  note that the personal adviser came in to see the student is a record of the adviser's visit.
- Decision for this set: after an assault attended by police with an ambulance (the ambulance
  keeps no sheet here), the maternity triage attendance that follows is a separate occurrence
  (the hospital attendance).
- Decision for this set: a disclosure made at a joint visit (police with the social worker) or
  at the police station with the IDVA present is one occurrence recorded by both; the child sex
  offender disclosure and the Clare's Law disclosure six days later are two, and the
  grandmother's application that led to the first is a third.
- Decision for this set: one email sent to several services (the safety plan sent to both
  schools) is one occurrence at every end; it stays apart from the home visit at which the
  safety plan was agreed that morning.
- Decision for this set: an arrest made at an unannounced police visit is one occurrence with
  that visit (both police sheets' rows describe the finding and the arrest); the mother's arrest
  minutes later and the police protection of the children are separate occurrences.
- Decision for this set: a licence recall is two occurrences: probation's request for recall,
  and the licence revocation, whose probation record ("licence revoked, recall notice issued")
  and police record ("recall notice received") are the two ends of one notice; the charge on the
  same day is another. A magistrates' hearing recorded by police, probation and social care is
  one occurrence; the Crown Court sentence later is another; so is the release on licence and
  the offender's notification of his address three days later.
- Decision for this set: the children's return home from their grandmother's (the end of their
  section 20 accommodation) is one occurrence when social care records it and the primary
  school writes it the next day in one row per child.

Look-alikes kept apart:

- Dunmerrow: the diabetes nurse's call to the mother and the mother's call back the same day;
  the pharmacy's call to the GP and the GP's call back to the pharmacy that afternoon; a hypo at
  school and the school's email about it that day; the ambulance call-out, the emergency
  department attendance and the ward admission of one morning (twice); an attendance for
  ketones on a Saturday evening and the severe-hypo attendance on the Sunday morning; the joint
  police and ambulance call-out, the police notification to the MASH and the MASH screening
  decision; the Early Help request and the triage decision; an Early Help visit and a diabetes
  nurse's visit on one day, each made alone; a Team Around the Family review and the diabetes
  team's own MDT two days later; the emergency insulin supply and the pharmacy's email about
  it; Isla's and Rhys's GP appointments ten minutes apart; the MASH contact and its screening
  decision; the GP's email for the strategy discussion and the discussion; two strategy
  discussions four days apart; the joint S47 home visit and the diabetes nurse's training
  visit to the school on one day; the GP's report for the ICPC and the ICPC; two healthcare
  plan meetings (February, September), two TAF meetings and two core groups; the supervised
  admission and its discharge.
- Orrell: a looked-after review and a pathway plan review on consecutive days (and the
  September review and October pathway plan review); CAMHS's referral to adult mental health
  and the adult team's triage decision; the social worker's visit to the lodgings and the
  personal adviser's visit to the college on one day; the missing report at night and the
  finding the next afternoon; the police finding and social care's receipt of the
  notification; the overdose attendance and the CAMHS liaison assessment that evening; the
  attendance and the letter to the GP; the strategy discussion and the arrest two days later;
  the arrest and the no-further-action decision; the GP's pregnancy consultation, the text to
  the adviser the next day and the GP's referral to maternity; the booking and the safeguarding
  midwife's referral two days later; the referral and the MASH decision; the tenancy sign-up
  and the move; the end of looked-after status and the CAMHS discharge letter on the same day;
  the domestic incident, the maternity triage attendance, the boyfriend's arrest, his
  brother's arrest the same afternoon, the boyfriend's charge the next day and social care's
  receipt of the notification; the adult safeguarding concern and the section 42 decision; the
  birth and the postnatal discharge; the section 42 planning meeting and the baby's core group
  on consecutive days; the section 42 planning meeting and the section 42 review.
- Yardley: a routine police visit to the registered address and probation's supervision a week
  later; Ellie's comment in class and the school's call to the mother that afternoon; the police
  call-out and the notification to the MASH the next day (and its screening decision the day
  after); the police's call to probation and the MASH decision the next day; the strategy
  discussion and the joint S47 visit the next day; the social worker seeing Mason and Ellie at
  the primary and Lacey at the secondary on one day (two visits); the grandmother's disclosure
  application and the disclosure; the child sex offender disclosure and the Clare's Law
  disclosure six days apart; the safety plan visit and the safety plan email the same day; the
  first core group and the MAPPA review the next day; Lacey's disclosure to her DSL and the
  DSL's call to the social worker fifteen minutes later; the second strategy discussion and the
  phone seizure; the partner's arrest, the mother's arrest and the police protection within
  half an hour, the call to probation and probation's recall request that afternoon; the recall
  notice and the charge, both the next day; the magistrates' hearing, the third strategy discussion
  and the section 20 agreement on one day; the letter before proceedings and the PLO meeting;
  the graffiti call-out and the tenant's call to housing two days later; the December core
  group and the MAPPA pre-release meeting two days later; a review conference and the core
  group the next day; the release and the notification of address; three review conferences
  and four core groups.

Everything is invented: people, workers, schools, colleges, surgeries, pharmacies, hospitals,
wards, towns, addresses, postcodes and reference numbers. Deterministic: one fixed seed per case
(it only places the routine entries and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_20.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
GP = "GP"
SCHOOL = "School"
SCHOOL_NURSE = "School Nursing"
ED = "Emergency Department"
WARD = "Paediatric Ward"
AMBULANCE = "Ambulance Service"
DIABETES = "Paediatric Diabetes Team"
PHARMACY = "Community Pharmacy"
EARLY_HELP = "Early Help"
LEAVING_CARE = "Leaving Care Service"
LODGINGS = "Supported Lodgings"
COLLEGE = "College"
CAMHS = "CAMHS"
ADULT_MH = "Adult Mental Health"
MIDWIFERY = "Midwifery"
HOUSING = "Housing"
ASC = "Adult Social Care"
PROBATION = "Probation Service"
MAPPA = "MAPPA Unit"
DA_SERVICE = "Domestic Abuse Service"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, SCHOOL_NURSE, COLLEGE)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Dunmerrow family, Hollinsford. Isla Dunmerrow (b. 23/01/2015, type 1 diabetes
# since 2021) and her brother Rhys (b. 08/05/2018) live with their mother Carys Dunmerrow
# (b. 1989) at 12 Marlpit Row, Hollinsford HF4 9TD; Isla's father Gareth Pell lives in
# Tamberley. Registered at Copsewood Surgery; both children at Ferncastle Primary School;
# prescriptions from Marlpit Pharmacy; diabetes care from the paediatric diabetes team at
# Hollinsford General Hospital (Kingfisher Ward). Missed clinics and uncollected insulin, two
# emergency admissions (DKA in March, a severe hypo in October the morning after an attendance
# for ketones), and, late, a concern that the mother is fabricating or inducing the hypos.
# --------------------------------------------------------------------------------------------


def _dunmerrow() -> BlindCase:
    f = Family(
        "dunmerrow",
        2001,
        {
            "pdsn": Sheet(
                DIABETES,
                "HGH_Paediatric_Diabetes_chronology.xlsx",
                "PDSN and clinic",
                (("2024-01-01", "Nia Farrant PDSN"),),
            ),
            "ed": Sheet(
                ED,
                "HGH_Safeguarding_return_Dunmerrow.xlsx",
                "ED",
                (("2024-01-01", "ED nursing/medical staff"),),
            ),
            "ward": Sheet(
                WARD,
                "HGH_Safeguarding_return_Dunmerrow.xlsx",
                "Kingfisher Ward",
                (("2024-01-01", "Ward staff"),),
            ),
            "gp": Sheet(
                GP,
                "Copsewood_Surgery_chronology.xlsx",
                "Isla D",
                (("2024-01-01", "Dr H Quarrie"),),
            ),
            "sch": Sheet(
                SCHOOL,
                "Ferncastle_Primary_CPOMS_export.xlsx",
                "Safeguarding log",
                (("2024-01-01", "J Ibbotson (DSL)"),),
                typed=False,
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "School_Nursing_Hollinsford_return.xlsx",
                "Chronology",
                (("2024-01-01", "Bethan Coyle SN"),),
            ),
            "pharm": Sheet(
                PHARMACY,
                "Marlpit_Pharmacy_return.xlsx",
                "Patient log",
                (("2024-01-01", "K Brannigan (pharmacist)"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Westmarch_Ambulance_chronology.xlsx",
                "Incidents",
                (("2024-01-01", "Attending crew"),),
            ),
            "csc": Sheet(
                CSC,
                "CSC_chronology_Dunmerrow.xlsx",
                "Chronology",
                (("2024-01-01", "MASH"), ("2025-01-09", "Marcus Ellery SW")),
            ),
            "pol": Sheet(
                POLICE,
                "Police_chronology_Dunmerrow.xlsx",
                "Sheet1",
                (("2024-01-01", "PC 2291 Treadwell"), ("2025-01-01", "DC 4410 Amadi")),
            ),
            "eh": Sheet(
                EARLY_HELP,
                "Early_Help_return_Dunmerrow.xlsx",
                "Case notes",
                (("2024-01-01", "Shona Petrie FSW"),),
            ),
        },
    )

    # --- clinic missed, calls, letter --------------------------------------------------------
    f.occ(
        "2024-01-10",
        "clinic-dna-jan",
        R(
            "pdsn",
            "Contact type: Consultant diabetes clinic (Dr Wrenfield). Outcome: Was not brought. "
            "Second missed clinic in a row. Last HbA1c (Sept) 78 mmol/mol. No Libre data "
            "uploaded since November.",
            "14:20",
            "Was not brought",
            "Rebook; PDSN to phone mum.",
        ),
    )
    f.occ(
        "2024-01-11",
        "pdsn-call-mother",
        R(
            "pdsn",
            "Contact type: Telephone (outgoing) to mother. Outcome: no answer, voicemail left "
            "asking Carys to ring the diabetes office re missed clinic.",
            "09:45",
            "Telephone",
        ),
    )
    f.occ(
        "2024-01-11",
        "mother-calls-back",
        R(
            "pdsn",
            "Contact type: Telephone (incoming) from mother returning my call. Outcome: Carys "
            "says she 'forgot' the clinic, working extra shifts. Reports Isla's sugars 'fine'. "
            "Asked her to upload the Libre reader - says the cable is lost. New clinic date "
            "given by phone.",
            "16:20",
            "Telephone",
        ),
    )
    f.occ(
        "2024-01-15",
        "dna-letter-gp",
        R(
            "pdsn",
            "Letter to GP (cc parent): two consecutive was-not-brought clinic appointments, "
            "poor glycaemic control, no device data. Please review repeat prescription "
            "collection.",
            kind="Letter",
        ),
        R(
            "gp",
            "Letter filed: Hollinsford General paediatric diabetes - WNB x2 diabetes clinic, "
            "HbA1c 78, asks us to check repeat collection. Coded 'Child not brought to "
            "appointment'. Task to Dr Quarrie.",
            kind="Correspondence in",
            shift="late",
        ),
    )
    f.occ(
        "2024-01-22",
        "pharmacy-calls-gp",
        R(
            "pharm",
            "Phoned Copsewood Surgery (spoke to Lorna, prescriptions clerk): Isla's insulin "
            "pens and Libre sensors on repeat have been sitting uncollected since 4th Dec. "
            "Mum not answering our texts. Asked surgery to let the diabetes team know.",
            "11:05",
            "Telephone",
        ),
        R(
            "gp",
            "Telephone call from Marlpit Pharmacy: insulin pens (NovoRapid, Levemir) and "
            "sensors on repeat uncollected approx 7 weeks. Message to Dr Quarrie.",
            "11:05",
            "Telephone",
        ),
    )
    f.occ(
        "2024-01-22",
        "gp-calls-pharmacy-back",
        R(
            "gp",
            "S: Spoke to mum by phone - says she has 'plenty' of pens at home and collects "
            "from a different chemist near work. A: uncertain. P: rang Marlpit Pharmacy back "
            "to tell them, asked them to return scripts to spine and flag any further "
            "non-collection.",
            "15:40",
            "Telephone",
        ),
        R(
            "pharm",
            "Surgery rang back (Dr Quarrie): mum says she gets insulin elsewhere. Returned "
            "the uncollected items to stock, prescription marked not dispensed.",
            "15:45",
            "Telephone",
        ),
    )

    # --- school healthcare plan and a hypo at school ----------------------------------------
    f.occ(
        "2024-02-05",
        "ihp-meeting-feb",
        R(
            "sch",
            "Isla's Individual Healthcare Plan meeting in my office with Nia (diabetes nurse), "
            "Bethan (school nurse) and Mrs Ibbotson. Mum arrived 25 mins late. Plan updated: "
            "lunchtime dose given by TA Mrs Rook, hypo box in class and office. Mum to send "
            "spare pen and needles by Friday.",
            "15:30",
        ),
        R(
            "pdsn",
            "Contact type: School visit - IHP review at Ferncastle Primary. Outcome: plan "
            "updated with school and SN; staff refresher for 2 TAs; mother attended (late). "
            "Reinforced 4 BG checks/day and scanning before lunch.",
            "15:30",
            "School visit",
        ),
        R(
            "sn",
            "Contact type: Meeting (school). Outcome: Healthcare plan review for Isla with PDSN "
            "and DSL; mum present. Copy of plan to health record.",
            kind="Meeting",
            shift="month",
        ),
    )
    f.occ(
        "2024-02-27",
        "hypo-at-school",
        R(
            "sch",
            "10:40 Isla told Mrs Rook she felt shaky. BG 2.9. Hypo treatment given (juice + 2 "
            "jelly babies), rechecked 3.8 then 5.6. No spare pen or needles in school despite "
            "Feb meeting. I rang mum x3, no answer; rang dad (Gareth) who said he'd try her.",
            "10:40",
        ),
    )
    f.occ(
        "2024-02-27",
        "school-emails-pdsn",
        R(
            "sch",
            "I emailed Nia (diabetes nurse) about today's hypo, mum not contactable and still no "
            "spare pen in school.",
            "14:10",
        ),
        R(
            "pdsn",
            "Email received from DSL Ferncastle: hypo in class yesterday (BG 2.9), mum not "
            "answering, no spare insulin kept in school. Will raise at next contact.",
            "08:50",
            "Email",
            shift="late",
        ),
    )

    # --- first emergency admission: DKA ------------------------------------------------------
    f.occ(
        "2024-03-14",
        "ambulance-dka",
        R(
            "amb",
            "Incident summary: 999 call 06:38 from mother, 9yo F known T1DM vomiting since "
            "night, drowsy. Cat 2. On arrival GCS 14, Kussmaul breathing, BG 'HI', ketones 5.8. "
            "Mother unsure when last insulin given. Conveyed to Hollinsford General ED, "
            "pre-alert given.",
            "06:38",
            "Emergency call",
        ),
    )
    f.occ(
        "2024-03-14",
        "ed-attendance-dka",
        R(
            "ed",
            "Triage: brought by ambulance, known T1DM, vomiting, drowsy. Cat 2. HR 128 RR 32. "
            "BG HI ketones 5.8. To resus.",
            "07:12",
            "Triage",
        ),
        R(
            "ed",
            "Paeds reg review: VBG pH 7.08, HCO3 6. Severe DKA. DKA protocol started, fluids + "
            "insulin infusion. Mum states insulin 'given as normal', Isla says she 'didn't have "
            "her pen yesterday'. Hx of WNB clinics.",
            "07:50",
            "Medical review",
        ),
        R(
            "ed",
            "Referred to paediatrics, transferred to Kingfisher Ward HDU bay. ED safeguarding "
            "checklist done - no CP concern flagged at this time, diabetes team informed.",
            "09:35",
            "Disposal",
        ),
    )
    f.occ(
        "2024-03-14",
        "ward-admit-dka",
        R(
            "ward",
            "Admitted from ED to HDU bay, Kingfisher Ward, with severe DKA. 1:2 nursing. Hourly "
            "BG/neuro obs. Mum resident.",
            "10:15",
            "Admission",
        ),
        R(
            "pdsn",
            "Contact type: Inpatient. Outcome: Isla admitted to Kingfisher (HDU bay) in severe "
            "DKA this morning, pH 7.08. Seen on ward with mum; omitted basal insulin likely.",
            "13:00",
            "Inpatient",
        ),
    )
    f.occ(
        "2024-03-15",
        "notice-to-sn-dka",
        R(
            "sn",
            "Contact type: Hospital notification. Outcome: paediatric liaison notice received - "
            "ED attendance 14/03 by ambulance with DKA, admitted Kingfisher Ward. Noted; will "
            "liaise with school on return.",
            kind="Notification",
        ),
    )
    f.occ(
        "2024-03-18",
        "ward-discharge-dka",
        R(
            "ward",
            "Discharged home with mother. Back on s/c basal bolus regime. Diabetes education "
            "refresher given. TTO: pens, needles, ketone strips.",
            "15:00",
            "Discharge",
        ),
        R(
            "pdsn",
            "Contact type: Inpatient/discharge. Outcome: Isla discharged from Kingfisher today, "
            "4 days after DKA admission. Plan: PDSN home visit with school nurse next week.",
            "16:30",
            "Discharge",
        ),
    )
    f.occ(
        "2024-03-20",
        "gp-discharge-summary",
        R(
            "gp",
            "Letter filed: discharge summary Kingfisher Ward 14/03-18/03 - severe DKA, "
            "precipitant likely missed insulin. Review repeats. Coded.",
            kind="Correspondence in",
        ),
    )
    f.occ(
        "2024-03-26",
        "joint-hv-pdsn-sn",
        R(
            "pdsn",
            "Contact type: Joint home visit with Bethan Coyle (school nurse). Outcome: home "
            "cluttered; fridge had 2 unopened Levemir pens, no NovoRapid in date. Libre reader "
            "found, last scan 3 days ago. Mum tearful, says she is 'exhausted'. Discussed Early "
            "Help - mum agreed to school making a request.",
            "14:00",
            "Home visit",
        ),
        R(
            "sn",
            "Contact type: Home visit (joint with PDSN). Outcome: Isla present after school. "
            "Mum struggling with routine; agreed to Early Help. Will tell DSL.",
            "14:00",
            "Home visit",
        ),
    )

    # --- Early Help -------------------------------------------------------------------------
    f.occ(
        "2024-04-17",
        "eh-request",
        R(
            "sch",
            "I completed the Early Help request for Isla and Rhys with mum's consent and sent it "
            "to the EH hub. Reasons: Isla's diabetes management, late collections, mum "
            "overwhelmed.",
            "13:15",
        ),
        R(
            "eh",
            "Request for support received from Ferncastle Primary DSL (consent signed). Isla 9 "
            "T1DM, DKA admission March, missed clinics; Rhys 5. Mother lone carer.",
            kind="Referral received",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-19",
        "eh-triage-decision",
        R(
            "eh",
            "Triage panel decision: accepted at Level 2 (targeted Early Help). Allocated to "
            "Shona Petrie FSW. Lead professional: FSW.",
            kind="Allocation",
        ),
    )
    f.occ(
        "2024-04-25",
        "eh-first-visit",
        R(
            "eh",
            "First home visit. Carys open about struggling since split with Gareth, working "
            "nights at the care home. Completed Early Help assessment (part 1). Isla showed me "
            "her Libre app.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-05-09",
        "eh-visit-may",
        R(
            "eh",
            "Home visit: routine chart made with mum for Isla's checks. Mum says Isla 'does her "
            "own insulin' now. I queried this - will check with the diabetes nurse.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-05-09",
        "pdsn-visit-may",
        R(
            "pdsn",
            "Contact type: Home visit (alone). Outcome: Isla drawing up/dialling own doses "
            "unsupervised - not appropriate at 9. Mum agreed to supervise every dose. Libre "
            "download: 9% time in range.",
            "15:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-05-21",
        "taf-1",
        R(
            "eh",
            "Team Around the Family meeting at Ferncastle. Present: mum, DSL, SN, FSW; PDSN by "
            "phone. Family plan agreed: supervised doses, clinic attendance, school pick-up "
            "rota with maternal aunt.",
            "09:15",
            "TAF meeting",
        ),
        R(
            "sch",
            "TAF at school this morning with mum, Shona (EH), Bethan (SN) and Nia on "
            "speakerphone. I will keep the lunchtime BG log and share weekly.",
        ),
        R(
            "pdsn",
            "Contact type: Telephone - attended EH meeting (TAF) by phone. Outcome: gave "
            "diabetes update and actions.",
            "09:30",
            "Meeting",
        ),
    )

    # --- clinic, TAF 2 and a diabetes team MDT in one week ----------------------------------
    f.occ(
        "2024-06-12",
        "clinic-june",
        R(
            "pdsn",
            "Contact type: Consultant clinic - attended with mum. Outcome: HbA1c 91. Libre "
            "worn 38% of time. Weight static. Mum says Isla 'sneaks food'. Plan: increase "
            "basal, weekly phone review.",
            "11:00",
            "Clinic",
        ),
    )
    f.occ(
        "2024-06-25",
        "taf-2",
        R(
            "eh",
            "TAF review at school. Mum attended. Pick-ups improved; clinic attended in June. "
            "Still gaps in sensor wear. Plan continues.",
            "09:00",
            "TAF meeting",
        ),
        R("sch", "Second TAF today. Isla's lunchtime log shared, 3 lows this half term."),
        R(
            "sn",
            "Contact type: Meeting. Outcome: EH review (TAF). Offered drop-in for Isla.",
            kind="Meeting",
        ),
    )
    f.occ(
        "2024-06-27",
        "diabetes-mdt",
        R(
            "pdsn",
            "Contact type: Diabetes psychosocial MDT (internal: consultant, PDSN, dietitian, "
            "psychologist). Outcome: discussed Isla; refer to team psychologist; no "
            "safeguarding referral at present, EH in place.",
            "13:30",
            "MDT",
        ),
    )
    f.occ(
        "2024-07-09",
        "emergency-supply",
        R(
            "pharm",
            "Mum in asking for emergency supply of NovoRapid pens - says hers were left at "
            "her sister's. Emergency supply made (1 box of 5 pens) at request of patient's carer.",
            "10:20",
            "Emergency supply",
        ),
    )
    f.occ(
        "2024-07-09",
        "pharmacy-email-gp",
        R(
            "pharm",
            "Email sent to Copsewood Surgery to notify of emergency supply (NovoRapid x5 pens).",
            "10:45",
            "Email",
        ),
        R(
            "gp",
            "Email from Marlpit Pharmacy re emergency supply of NovoRapid. Filed. Note: 3rd "
            "request for insulin outside repeat cycle.",
            kind="Correspondence in",
            shift="late",
        ),
    )

    # --- new school year --------------------------------------------------------------------
    f.occ(
        "2024-09-10",
        "ihp-meeting-sept",
        R(
            "sch",
            "New-year healthcare plan meeting for Isla (Year 5) with Nia. Mum did not come. "
            "Plan signed by me and Nia; copy posted home.",
            "15:30",
        ),
        R(
            "pdsn",
            "Contact type: School visit (IHP annual review). Outcome: mother DNA; plan reviewed "
            "with DSL and new class teacher.",
            "15:45",
            "School visit",
        ),
    )
    f.occ(
        "2024-09-24",
        "late-collection",
        R(
            "sch",
            "Isla: not collected at 15:15. Sat with me in the office. Mum arrived 16:40, said "
            "she fell asleep after a night shift. Isla's BG 4.1 at 16:00, given a snack.",
            "16:40",
        ),
        R(
            "sch",
            "Rhys: not collected at 15:15, stayed in office with his sister until mum came at "
            "16:40 (fell asleep after night shift).",
            "16:40",
        ),
    )
    f.occ(
        "2024-10-03",
        "gp-isla",
        R(
            "gp",
            "S: Isla - thirst, wetting the bed again x1 week. Mum says BG 'high teens'. "
            "O: urine ketones neg, CBG 19.4. A: hyperglycaemia, poor adherence? P: call to "
            "diabetes team today, safety net.",
            "09:10",
            "Consultation",
        ),
    )
    f.occ(
        "2024-10-03",
        "gp-rhys",
        R(
            "gp",
            "S: Rhys - earache 2 days. O: L TM bulging, T 38.1. A: AOM. P: paracetamol, "
            "review if not settling.",
            "09:20",
            "Consultation",
        ),
    )

    # --- second emergency admission: an attendance, then a severe hypo the next morning ------
    f.occ(
        "2024-10-19",
        "ed-ketones",
        R(
            "ed",
            "Triage: self-presented with mum, BG 24, blood ketones 1.8, not vomiting. Cat 3.",
            "19:05",
            "Triage",
        ),
        R(
            "ed",
            "Reviewed by paeds SHO: correction dose given per sick day rules, ketones 0.6 at "
            "22:30. Discharged home with mum at 23:40, PDSN to follow up Mon.",
            "23:40",
            "Discharge",
        ),
    )
    f.occ(
        "2024-10-20",
        "999-hypo-police-amb",
        R(
            "amb",
            "Incident summary: 999 at 05:55 - mother reports 9yo daughter 'not breathing'. Cat "
            "1, police also despatched. On arrival pt breathing, GCS 8, BG 1.4. IM glucagon "
            "1mg given 06:09, GCS 15 by 06:25. Mother says she gave 'usual' night dose. "
            "Conveyed to HGH ED.",
            "05:55",
            "Emergency call",
        ),
        R(
            "pol",
            "LOG 0117 20/10/24. CONCERN FOR SAFETY - CHILD NOT BREATHING 12 MARLPIT ROW. "
            "OFFICERS ATTENDED WITH AMBULANCE 0604HRS. FEMALE CHILD 9YRS DIABETIC, TREATED BY "
            "CREW AND CONVEYED. MOTHER CARYS DUNMERROW VERY DISTRESSED. SIBLING (6) LEFT WITH "
            "NEIGHBOUR AT NO.14. NO OFFENCES. CAD 4521-201024.",
            "06:04",
            "Concern for safety",
            ref="CAD 4521-201024",
        ),
    )
    f.occ(
        "2024-10-20",
        "ed-severe-hypo",
        R(
            "ed",
            "Triage 06:31: BIBA post IM glucagon, GCS 15, BG 6.2. Cat 2. Attended yesterday "
            "evening with ketones.",
            "06:31",
            "Triage",
        ),
        R(
            "ed",
            "Paeds review: severe nocturnal hypo, 2nd ED attendance in 12 hrs. Mum says gave "
            "Levemir 14u at 21:00 (usual 10u) 'because of the ketones'. Recurrent hypo on "
            "recheck 3.1 - IV dextrose.",
            "07:20",
            "Medical review",
        ),
        R(
            "ed",
            "For admission under paeds (Kingfisher). Safeguarding: police present on arrival, "
            "ED liaison form completed.",
            "09:05",
            "Disposal",
        ),
    )
    f.occ(
        "2024-10-20",
        "ward-admit-hypo",
        R(
            "ward",
            "Admission to Kingfisher Ward bay 3 from ED: severe hypoglycaemia (glucagon by "
            "crew). IV dextrose 10%. Mum staying.",
            "11:00",
            "Admission",
        ),
        R(
            "pdsn",
            "Contact type: Inpatient. Outcome: admitted to Kingfisher on Sun 20/10 after severe "
            "hypo (BG 1.4, glucagon), having attended ED on Sat with ketones. Seen today.",
            "10:30",
            "Inpatient",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-20",
        "ppn-to-mash",
        R(
            "pol",
            "PPN1 SUBMITTED TO MASH RE ISLA DUNMERROW (9) AND RHYS DUNMERROW (6) FOLLOWING "
            "LOG 0117. RISK: MEDIUM. NO CRIME.",
            "11:40",
            "PPN",
        ),
        R(
            "csc",
            "Police notification (PPN) received in MASH: police attended with ambulance on "
            "20/10/24 after 999 from mother, Isla (9, type 1 diabetic) unresponsive with low "
            "blood sugar and conveyed to hospital; Rhys left with a neighbour. Passed to MASH "
            "health for checks.",
            kind="Contact - police notification",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-22",
        "mash-decision-oct",
        R(
            "csc",
            "MASH screening outcome on the police notification of 20/10: health checks show "
            "known to diabetes team and Early Help (Level 2 open). Decision: no further action "
            "by CSC, information shared with EH lead professional and HGH safeguarding team.",
            kind="MASH decision",
        ),
    )
    f.occ(
        "2024-10-22",
        "ward-obs-note",
        R(
            "ward",
            "Nursing: BG stable 5-9 all night on usual doses with nurse giving insulin. Two "
            "unexplained lows (2.6, 2.9) on 21/10 after mum gave lunch dose herself. Reported "
            "to nurse in charge and Dr Wrenfield.",
            "08:00",
            "Nursing note",
        ),
    )
    f.occ(
        "2024-10-24",
        "ward-discharge-hypo",
        R(
            "ward",
            "Discharged home with mother 14:30. Doses reduced. Nurse-led insulin while "
            "inpatient noted in summary.",
            "14:30",
            "Discharge",
        ),
        R(
            "pdsn",
            "Contact type: Discharge. Outcome: Isla home today from Kingfisher (4 nights). "
            "Weekly PDSN phone review; Libre upload before each.",
            "15:10",
            "Discharge",
        ),
    )

    # --- insulin requests, device data, the concern grows -----------------------------------
    f.occ(
        "2024-11-06",
        "pharmacy-calls-pdsn",
        R(
            "pharm",
            "Third early request for NovoRapid in 6 weeks (mum says pens 'keep breaking'). "
            "Not supplied early. I phoned the diabetes nurse at HGH to share concern.",
            "14:30",
            "Telephone",
        ),
        R(
            "pdsn",
            "Contact type: Telephone (incoming) from Marlpit Pharmacy. Outcome: pharmacist "
            "reports repeated early requests for rapid-acting insulin. Not in keeping with "
            "doses prescribed. Discussed with Dr Wrenfield.",
            "14:35",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-14",
        "school-lunch-visits",
        R(
            "sch",
            "Mum has started coming in at lunch 3x a week to 'do Isla's insulin herself'. Two of "
            "Isla's three lows this month were on those afternoons. I have logged times and "
            "doses mum gave (she wouldn't tell Mrs Rook the units). Sent to Nia.",
            "15:20",
        ),
    )
    f.occ(
        "2024-11-26",
        "cgm-review",
        R(
            "pdsn",
            "Contact type: Consultant review of device data (no patient present). Outcome: "
            "Libre and smart-pen download: clusters of lows after extra rapid-acting doses at "
            "times mum is with Isla (school lunch visits, 02:00-03:00 at home); none during "
            "the nurse-led ward days. Dr Wrenfield to discuss with named doctor.",
            "16:00",
            "Case review",
        ),
    )
    f.occ(
        "2024-12-10",
        "prof-meeting-fii",
        R(
            "pdsn",
            "Professionals' meeting (perplexing presentation / ?FII) chaired by Dr Castell, "
            "named doctor. Present: Dr Wrenfield, PDSN, GP (Teams), DSL, SN, EH FSW. Agreed: "
            "pattern of induced hypoglycaemia cannot be excluded; referral to CSC; mother not "
            "yet told.",
            "13:00",
            "Meeting",
        ),
        R(
            "gp",
            "Multi-professional meeting at HGH (attended via Teams) re possible FII - pattern "
            "of hypos linked to mother's doses, excessive insulin requests. Our repeat history "
            "shared. HGH to refer to MASH.",
            "13:00",
            "Meeting",
        ),
        R(
            "sch",
            "I went to the hospital professionals' meeting about Isla. Doctors worried the lows "
            "may be caused by extra insulin. Told to keep logging and not discuss with mum.",
        ),
        R(
            "sn",
            "Contact type: Professionals meeting (HGH). Outcome: FII/PP concerns. SN to share "
            "school drop-in notes.",
            "13:15",
            "Meeting",
            shift="+1",
        ),
        R(
            "eh",
            "Attended PP meeting at hospital 1pm. Health concerns re induced illness. EH to "
            "continue, await CSC outcome. Not to share with mum.",
            "13:00",
            "Meeting",
        ),
    )

    # --- referral, strategy x2, S47 ----------------------------------------------------------
    f.occ(
        "2025-01-07",
        "referral-mash-fii",
        R(
            "pdsn",
            "Referral (MARF) to MASH submitted by Dr Wrenfield: suspected fabricated or induced "
            "illness - recurrent unexplained hypos linked to doses given by mother.",
            "11:20",
            "Referral",
        ),
        R(
            "csc",
            "Contact received from Dr T Wrenfield, consultant paediatrician HGH: concerns that "
            "Isla's recurrent low blood sugars may be induced by her mother giving extra "
            "insulin; device data; professionals meeting held 10/12/24. Rhys also in household.",
            "11:20",
            "Contact",
        ),
    )
    f.occ(
        "2025-01-08",
        "mash-decision-jan",
        R(
            "csc",
            "MASH decision on contact of 07/01: threshold for S47 may be met. Strategy "
            "discussion to be convened; health and police checks requested.",
            kind="MASH decision",
        ),
    )
    f.occ(
        "2025-01-09",
        "gp-email-strategy",
        R(
            "gp",
            "Emailed MASH health information for strategy: prescribing history (14 early "
            "insulin requests in 12 months), attendances, no maternal MH history.",
            "09:05",
            "Email",
        ),
        R(
            "csc",
            "Email from Copsewood Surgery with GP information for strategy discussion "
            "(prescribing history).",
            "09:10",
            "Email",
        ),
    )
    f.occ(
        "2025-01-09",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (Teams). Present: Marcus Ellery SW, DS Holroyd (CAIT), Dr "
            "Wrenfield, PDSN, DSL. GP info by email. Decision: S47 enquiry (single agency CSC "
            "with police advice); reconvene Mon once full device data reviewed; mother not to "
            "be told until then.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISC RE ISLA DUNMERROW ?FII. CAIT REP DS HOLROYD. S47 TO COMMENCE. POLICE "
            "TO RECONVENE AFTER DATA REVIEW, NO CRIME RECORDED AT THIS STAGE.",
            "11:15",
            "Strategy",
        ),
        R(
            "pdsn",
            "Contact type: Strategy meeting (Teams) with Dr Wrenfield. Outcome: S47; PDSN to "
            "provide device downloads by Mon.",
            kind="Meeting",
        ),
        R(
            "sch",
            "Joined the strat by Teams. S47 starting. I am to tell SW about any lunch visits by "
            "mum straight away.",
            "11:00",
        ),
    )
    f.occ(
        "2025-01-13",
        "strategy-2",
        R(
            "csc",
            "Strategy meeting (reconvened). Device data reviewed by Dr Wrenfield: 11 lows in "
            "Dec, each within 2 hrs of an extra dose logged on the smart pen when Isla with "
            "mother. Decision: S47 continues jointly with police; ICPC to be convened; joint "
            "visit Wed; supervised admission to be planned.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "RECONVENED STRATEGY MTG - ISLA DUNMERROW. JOINT S47. CRIME RECORDED HR/25/004417 "
            "(S.23 OAPA ADMINISTER NOXIOUS THING - UNDER INVESTIGATION).",
            "14:00",
            "Strategy",
            ref="HR/25/004417",
        ),
        R(
            "pdsn",
            "Contact type: Strategy (2nd). Outcome: presented pen data with consultant.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-01-15",
        "joint-visit-s47",
        R(
            "csc",
            "Joint S47 home visit with DC Amadi. Carys told of the concerns; very angry, denied "
            "giving extra insulin, said the meters are faulty. Home seen: 9 NovoRapid pens in "
            "a bedside drawer. Agreed Isla will go into hospital for a supervised admission.",
            "16:00",
            "Home visit - S47",
        ),
        R(
            "pol",
            "JOINT VISIT WITH CSC (SW ELLERY) TO 12 MARLPIT ROW RE HR/25/004417. MOTHER "
            "INFORMED, DENIES. 9 x INSULIN PENS OBSERVED IN BEDROOM. NOT SEIZED AT THIS TIME.",
            "16:05",
            "Visit",
            ref="HR/25/004417",
        ),
    )
    f.occ(
        "2025-01-15",
        "pdsn-school-training",
        R(
            "pdsn",
            "Contact type: School visit. Outcome: insulin training for 3 staff at Ferncastle; "
            "all lunchtime doses now to be given by trained staff only (not parent).",
            "13:30",
            "School visit",
        ),
        R(
            "sch",
            "Nia came in at lunch and trained Mrs Rook, Mr Lyle and me. From today only us give "
            "Isla's lunch insulin.",
            "13:30",
        ),
    )
    f.occ(
        "2025-01-20",
        "isla-seen-alone",
        R(
            "csc",
            "Isla seen alone at school (DSL in the room at her request). Says mum 'does my pens "
            "at night when I'm asleep sometimes'. Likes school, wants to see dad more.",
            "10:30",
            "Child seen alone",
        ),
        R(
            "sch",
            "Marcus (SW) saw Isla in the quiet room, I sat in as she asked. She said mum "
            "sometimes does her pen at night when she's asleep.",
            "10:30",
        ),
    )

    # --- supervised admission, ICPC, core groups -------------------------------------------
    f.occ(
        "2025-01-27",
        "supervised-admission",
        R(
            "ward",
            "Planned admission to Kingfisher for supervised insulin regime (agreed at strategy). "
            "All doses nurse-given; mother may visit, not to handle insulin.",
            "10:00",
            "Admission",
        ),
        R(
            "pdsn",
            "Contact type: Inpatient. Outcome: planned supervised admission started today on "
            "Kingfisher.",
            "12:00",
            "Inpatient",
        ),
        R(
            "csc",
            "Isla admitted to Kingfisher Ward this morning for supervised admission as agreed; "
            "mother brought her in.",
            kind="Hospital admission",
        ),
    )
    f.occ(
        "2025-01-30",
        "supervised-discharge",
        R(
            "ward",
            "Discharged to father's address (Tamberley) per CSC safety plan. 4 nights, no "
            "hypos under nurse-given insulin, TIR 71%.",
            "16:00",
            "Discharge",
        ),
        R(
            "csc",
            "Isla discharged from Kingfisher to her father Gareth Pell's address under the "
            "safety plan, no lows during the supervised stay.",
            kind="Hospital discharge",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-03",
        "gp-report-icpc",
        R(
            "gp",
            "Report for initial child protection conference completed and emailed to the CP "
            "conference team.",
            kind="Report",
        ),
    )
    f.occ(
        "2025-02-06",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference (chair: Ruth Vallance IRO). Isla and Rhys made "
            "subject to CP plans, category: physical abuse (Isla), emotional abuse (Rhys). Isla "
            "to stay with father for now. First core group 13/02.",
            "10:00",
            "ICPC",
        ),
        R(
            "pol",
            "ICPC ATTENDED (DC AMADI). BOTH CHILDREN SUBJECT TO CP PLANS. INVESTIGATION ONGOING.",
            "10:00",
            "Conference",
        ),
        R(
            "sch",
            "ICPC for Isla and Rhys. Both on a CP plan. I'm on the core group.",
        ),
        R(
            "gp",
            "Initial case conference: Dr Quarrie attended by phone 10:00-10:40. Outcome CP plan "
            "both children. Coded CP plan.",
            "10:00",
            "Case conference",
            shift="swap",
        ),
        R(
            "pdsn",
            "Contact type: ICPC. Outcome: CP plans for both; PDSN on core group.",
            "10:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-13",
        "core-group-1",
        R(
            "csc",
            "First core group. Plan: Isla stays with father, supervised contact with mother; all "
            "insulin at school given by staff; pharmacy weekly dispensing to father only.",
            "15:30",
            "Core group",
        ),
        R(
            "sch",
            "CG meeting after school. Actions: weekly BG log to SW and Nia.",
            shift="+1",
        ),
        R(
            "pdsn",
            "Contact type: Core group. Outcome: attended; TIR at dad's 68%.",
            "15:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-06",
        "weekly-dispensing",
        R(
            "pharm",
            "Weekly dispensing per CP arrangement: NovoRapid + Levemir collected by father "
            "(Gareth Pell), ID checked.",
            "12:10",
            "Dispensing",
        ),
        R(
            "pharm",
            "Weekly dispensing per CP arrangement - NovoRapid & Levemir collected by father, "
            "ID checked.",
            "12:10",
            "Dispensing",
        ),
    )
    f.occ(
        "2025-03-13",
        "core-group-2",
        R(
            "csc",
            "Core group 2: Isla settled at dad's, HbA1c down to 64. Mother engaging with "
            "supervised contact but disputes concerns.",
            "15:30",
            "Core group",
        ),
        R("sch", "2nd core group. Isla much brighter, no lows in school since January."),
        R(
            "sn",
            "Contact type: Core group. Outcome: attended, SN drop-ins continue.",
            kind="Meeting",
        ),
    )
    f.occ(
        "2025-04-29",
        "legal-planning",
        R(
            "csc",
            "Legal planning meeting: threshold for PLO met in respect of Isla; letter before "
            "proceedings to be sent to mother.",
            "11:00",
            "Legal planning meeting",
        ),
    )

    # --- routine single entries ------------------------------------------------------------
    f.fill(
        "gp",
        "2024-01-03",
        "2025-04-25",
        [
            ("Medication", "Repeat issued: NovoRapid FlexPen, Levemir FlexPen, BD needles."),
            ("Medication", "Repeat issued: FreeStyle Libre 2 sensors x2, ketone strips."),
            ("Administration", "Rhys: pre-school booster query from mum - already given."),
        ],
    )
    f.fill(
        "pharm",
        "2024-02-01",
        "2025-02-28",
        [
            ("Dispensing", "Repeat dispensed: Levemir, NovoRapid, needles. Collected by mum."),
            ("Dispensing", "Libre sensors dispensed, collected."),
            ("Dispensing", "Repeat dispensed and collected by mum."),
        ],
    )
    f.fill(
        "sch",
        "2024-01-08",
        "2025-04-04",
        [
            ("", "Isla's lunchtime BG log checked with Mrs Rook - all readings 5-12, fine."),
            ("", "Rhys upset at drop off, said he was hungry; gave toast at breakfast club."),
            ("", "Isla out of class for BG check twice today, readings normal."),
        ],
        timed=False,
    )
    f.fill(
        "pdsn",
        "2024-01-16",
        "2025-04-25",
        [
            ("Telephone", "Contact type: Telephone review. Outcome: dose adjustment advised."),
            (
                "Telephone",
                "Contact type: Telephone. Outcome: no answer, text sent with clinic reminder.",
            ),
        ],
    )
    f.fill(
        "sn",
        "2024-04-22",
        "2024-12-18",
        [
            (
                "Drop-in",
                "Contact type: School drop-in. Outcome: Isla came to see me, chatty, "
                "no concerns raised.",
            ),
        ],
    )
    f.fill(
        "eh",
        "2024-05-01",
        "2024-12-20",
        [
            ("Telephone", "Phoned mum to rearrange visit - working."),
            ("Home visit", "Home visit: routine chart on fridge, mum says it is 'working'."),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: Tamsin Orrell, Wendlebury. Tamsin (b. 22/07/2007) has been looked after since 14 and
# lives in supported lodgings with host Lorraine Bexfield at 7 Cressing Close, Wendlebury WB3
# 6LQ; at Wendlebury College (Level 2 Health and Social Care); registered at Orchard Lane
# Medical Practice. Her boyfriend Dean Rourke (b. 2003). A personal adviser from the leaving
# care team, pathway plan reviews, CAMHS to adult mental health transition, a missing episode,
# an overdose, a pregnancy, the lodgings ending with a move into a tenancy at Flat 4, 19
# Brackley Street, Wendlebury WB1 2NS just after her eighteenth birthday, an assault by Dean,
# a MARAC, the baby's birth, and adult safeguarding taking the lead.
# --------------------------------------------------------------------------------------------


def _orrell() -> BlindCase:
    f = Family(
        "orrell",
        2002,
        {
            "pa": Sheet(
                LEAVING_CARE,
                "Leaving_Care_Next_Steps_return.xlsx",
                "PA case notes",
                (("2024-01-01", "Callum Fairweather PA"),),
            ),
            "csc": Sheet(
                CSC,
                "CSC_chronology_T_Orrell.xlsx",
                "Chronology",
                (("2024-01-01", "Priya Lindqvist SW"), ("2025-07-01", "Owen Marsh SW (baby)")),
            ),
            "sl": Sheet(
                LODGINGS,
                "Supported_Lodgings_Scheme_return.xlsx",
                "Host log",
                (("2024-01-01", "L Bexfield (host)"), ("2025-07-26", "Scheme coordinator")),
                typed=False,
            ),
            "col": Sheet(
                COLLEGE,
                "Wendlebury_College_safeguarding.xlsx",
                "Log",
                (("2024-01-01", "R Tully (Safeguarding Officer)"),),
                typed=False,
            ),
            "camhs": Sheet(
                CAMHS,
                "CAMHS_chronology_TO.xlsx",
                "Contacts",
                (("2024-01-01", "Jo Kettering (CAMHS practitioner)"),),
            ),
            "cmht": Sheet(
                ADULT_MH,
                "Wendlebury_CMHT_return.xlsx",
                "Chronology",
                (("2024-01-01", "CMHT duty"), ("2025-01-01", "Sean Abernathy CPN")),
            ),
            "mw": Sheet(
                MIDWIFERY,
                "Maternity_return_Orrell.xlsx",
                "Antenatal-postnatal",
                (("2024-01-01", "K Hale RM"),),
            ),
            "gp": Sheet(
                GP,
                "Orchard_Lane_MP_chronology.xlsx",
                "Consultations",
                (("2024-01-01", "Dr R Penhaligon"),),
            ),
            "pol": Sheet(
                POLICE,
                "Police_chronology_Orrell.xlsx",
                "Incidents",
                (("2024-01-01", "Various"),),
            ),
            "hsg": Sheet(
                HOUSING,
                "Housing_return_Orrell.xlsx",
                "Notes",
                (("2024-01-01", "A Whitcombe (Housing Options)"),),
            ),
            "asc": Sheet(
                ASC,
                "ASC_Safeguarding_Adults_return.xlsx",
                "Chronology",
                (("2024-01-01", "Gemma Lyall SW (Safeguarding Adults)"),),
            ),
            "ed": Sheet(
                ED,
                "WDH_ED_return.xlsx",
                "ED attendances",
                (("2024-01-01", "ED"),),
            ),
        },
    )

    # --- autumn 2024: looked-after review, CAMHS, transition referral, pathway plan -----------
    f.occ(
        "2024-09-11",
        "lac-review-sept",
        R(
            "csc",
            "Looked After Review held at Tamsin's supported lodgings, chaired by IRO Marion "
            "Oduya. Tamsin attended the whole meeting and spoke about wanting her own flat "
            "when she is 18. Present: Tamsin, host Lorraine Bexfield, PA Callum Fairweather, "
            "SW. Recommendations: pathway plan to be reviewed by end of October; CAMHS to start "
            "transition planning; college attendance to be monitored.",
            "16:00",
            "LAC review",
        ),
        R(
            "pa",
            "CLA review at Cressing Close (IRO M. Oduya). T engaged well. I am to update the "
            "pathway plan with her and look at housing register for next summer.",
            "16:00",
            "Meeting",
        ),
        R(
            "sl",
            "Tamsin's LAC review held here in my front room. She was nervous but did well. I "
            "said she is mostly keeping to curfew.",
        ),
    )
    f.occ(
        "2024-09-26",
        "camhs-appt-sept",
        R(
            "camhs",
            "Contact type: Face to face (clinic). Outcome: low mood, cutting to forearms last "
            "week (superficial, self-managed). Safety plan updated. Discussed transition - T "
            "is 17y2m; agrees to referral to adult CMHT.",
            "15:30",
            "Appointment",
        ),
    )
    f.occ(
        "2024-10-03",
        "camhs-referral-cmht",
        R(
            "camhs",
            "Contact type: Referral (outgoing). Outcome: transition referral to Wendlebury "
            "CMHT sent - emerging EUPD traits, self-harm, care experienced, turns 18 July 25.",
            "11:00",
            "Referral",
        ),
        R(
            "cmht",
            "Referral received from CAMHS (J Kettering): 17 yo female, transition at 18, "
            "self-harm, low mood. For triage MDT.",
            kind="Referral received",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-10",
        "cmht-triage",
        R(
            "cmht",
            "Triage MDT: referral of T Orrell (from CAMHS) discussed - accepted for transition. "
            "Joint CAMHS/CMHT transition meeting to be booked for January; care coordinator "
            "to be allocated.",
            "13:00",
            "Triage decision",
        ),
    )
    f.occ(
        "2024-10-16",
        "pathway-plan-review-oct",
        R(
            "pa",
            "Pathway plan review at the Next Steps office. Sections updated: accommodation "
            "(stay with Lorraine to 18 then own tenancy), education (college), health (CAMHS "
            "to CMHT), money (ID and bank account sorted). T signed the plan.",
            "14:00",
            "Pathway plan",
        ),
        R(
            "csc",
            "Pathway planning meeting with Tamsin and PA at the Next Steps office. Tamsin "
            "wants to live independently after 18; she agreed to a housing application in the "
            "spring. Plan signed.",
            "14:00",
            "Pathway plan review",
        ),
        R(
            "sl",
            "PP review at leaving care office - I went along with Tamsin.",
            shift="-1",
        ),
    )
    f.occ(
        "2024-11-05",
        "sw-visit-lodgings",
        R(
            "csc",
            "Statutory visit to Tamsin at her lodgings, seen alone in her room. Room tidy. She "
            "has a boyfriend 'Dean', says he is 19 (Lorraine thinks older). Discussed healthy "
            "relationships and curfew.",
            "16:30",
            "Statutory visit",
        ),
        R("sl", "Priya (SW) came to see Tamsin after college, about an hour."),
    )
    f.occ(
        "2024-11-05",
        "pa-visit-college",
        R(
            "pa",
            "Met T at college at lunchtime. Attendance 71%. Helped her with bursary form. She "
            "mentioned new boyfriend Dean.",
            "12:15",
            "Visit",
        ),
        R(
            "col",
            "Tamsin's PA Callum came in at lunch and met her in the student services room.",
            "12:15",
        ),
    )

    # --- missing, found, notification, return interview ------------------------------------
    f.occ(
        "2024-11-22",
        "missing-report",
        R(
            "sl",
            "Tamsin not back by 10pm curfew, phone off. Rang police at 11.30pm to report her "
            "missing as the scheme says, and left message on the out of hours line.",
            "23:30",
        ),
        R(
            "pol",
            "LOG 1893 22/11/24 2331HRS. MISSING PERSON - TAMSIN ORRELL 17YRS, LAC. REPORTED BY "
            "SUPPORTED LODGINGS CARER 7 CRESSING CLOSE. LAST SEEN 1600 WENDLEBURY COLLEGE. "
            "GRADED MEDIUM RISK. MISPER REF MP/24/3312.",
            "23:31",
            "Missing person",
            ref="MP/24/3312",
        ),
    )
    f.occ(
        "2024-11-23",
        "missing-found",
        R(
            "pol",
            "MP/24/3312 - MISPER LOCATED 1410HRS AT FLAT 2, 88 TANNER ROW (ADDRESS OF DEAN "
            "ROURKE 21YRS). SAFE AND WELL CHECK DONE, NO DISCLOSURES. RETURNED TO CARER BY "
            "OFFICERS.",
            "14:10",
            "Missing person - found",
            ref="MP/24/3312",
        ),
        R(
            "sl",
            "Police brought Tamsin back at quarter past two. She'd been at Dean's all night. "
            "She said he is 21 not 19.",
            "14:15",
        ),
    )
    f.occ(
        "2024-11-25",
        "csc-missing-notification",
        R(
            "csc",
            "Notification received from police: Tamsin reported missing by her carer on "
            "22/11 at 23:30 and found on 23/11 at the address of Dean Rourke (21). Return "
            "interview requested from PA. Manager oversight: consider CSE screening tool.",
            kind="Police notification",
        ),
        R(
            "csc",
            "Notification received from police - Tamsin reported missing by carer 22/11 at "
            "23:30, found 23/11 at Dean Rourke's address (21). Return interview requested from "
            "PA. Manager oversight: consider CSE screening tool.",
            kind="Police notification",
        ),
    )
    f.occ(
        "2024-11-27",
        "return-interview",
        R(
            "pa",
            "Return home interview with T at McDonald's (her choice). Says she went to Dean's "
            "after college and 'lost track of time'. Dean is 21, has his own flat. Denies "
            "drugs/pressure. Completed CSE screening - medium. Shared with SW.",
            "16:00",
            "Return interview",
        ),
    )

    # --- overdose, ED, CAMHS liaison, strategy, arrest -------------------------------------
    f.occ(
        "2024-12-11",
        "ed-overdose",
        R(
            "ed",
            "Triage 18:20. 17F brought by carer, took 16 x paracetamol 500mg approx 15:00 "
            "after argument with boyfriend. Alert, obs normal. Cat 3. 4h level at 19:00.",
            "18:20",
            "Triage",
        ),
        R(
            "ed",
            "Reviewed ED reg: paracetamol level below treatment line, LFTs normal. Bruise L "
            "upper arm - pt says bf 'grabbed' her. Medically fit. Referred CAMHS liaison. "
            "Safeguarding: LAC, DA disclosure - ED safeguarding form to CSC.",
            "20:10",
            "Review",
        ),
        R(
            "ed",
            "Discharged 23:15 home with carer after CAMHS liaison review. GP letter.",
            "23:15",
            "Discharge",
        ),
        R(
            "sl",
            "I took Tamsin to A&E at about 6 - she told me she'd taken a load of paracetamol "
            "after a row with Dean. Stayed with her till they let her home near midnight.",
            "18:00",
        ),
    )
    f.occ(
        "2024-12-11",
        "camhs-liaison",
        R(
            "camhs",
            "Contact type: CAMHS liaison assessment in ED. Outcome: impulsive OD after row "
            "with bf, no ongoing intent, regrets. Discloses bf grabbed her arm and 'shoves' "
            "her. Safety plan with carer; CAMHS follow-up in 48 hours; informed EDT.",
            "21:40",
            "Liaison assessment",
        ),
    )
    f.occ(
        "2024-12-13",
        "ed-notice-gp",
        R(
            "gp",
            "Letter filed: ED attendance 11/12/24 - intentional paracetamol OD (16 tabs), "
            "level below line, d/c after CAMHS liaison. Coded overdose.",
            kind="Correspondence in",
        ),
    )
    f.occ(
        "2024-12-17",
        "strategy-dec",
        R(
            "csc",
            "Strategy discussion following Tamsin's overdose on 11/12 and her disclosure that "
            "Dean Rourke (21) grabs and pushes her. Attended: SW, team manager, DS Fenwick "
            "(police), PA, CAMHS, college safeguarding officer. Agreed: S47 (Tamsin is 17 and "
            "looked after); police to investigate assault; safety planning with host; DASH "
            "to be completed with Tamsin.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRATEGY MEETING RE TAMSIN ORRELL (17) - DA BY DEAN ROURKE. CRIME RECORDED "
            "WB/24/77120 ASSAULT BY BEATING. S47 JOINT. SUSPECT TO BE ARRESTED.",
            "10:30",
            "Strategy",
            ref="WB/24/77120",
        ),
        R(
            "pa",
            "Strat meeting (Teams). I'll do DASH with T and support her to speak to police.",
            "10:00",
            "Meeting",
        ),
        R(
            "camhs",
            "Contact type: Multi-agency strategy meeting. Outcome: CAMHS update given; weekly "
            "appts offered.",
            kind="Meeting",
        ),
        R("col", "I joined the strategy meeting about Tamsin by phone."),
    )
    f.occ(
        "2024-12-19",
        "dean-arrest-dec",
        R(
            "pol",
            "DEAN ROURKE (DOB 14/03/2003) ARRESTED 0720HRS AT HOME ADDRESS ON SUSPICION OF "
            "ASSAULT BY BEATING RE WB/24/77120. INTERVIEWED, DENIES. RUI.",
            "07:20",
            "Arrest",
            ref="WB/24/77120",
        ),
        R(
            "csc",
            "Police update: Dean Rourke arrested this morning for assaulting Tamsin and "
            "released under investigation. Tamsin informed by PA.",
            kind="Police information",
        ),
    )
    f.occ(
        "2025-01-08",
        "transition-meeting",
        R(
            "camhs",
            "Contact type: Joint transition meeting (CAMHS/CMHT) at CAMHS. Outcome: T, PA, "
            "Sean Abernathy (CMHT) present. Care coordinator from July; CAMHS to discharge on "
            "18th birthday; DBT skills group offered.",
            "14:00",
            "Transition meeting",
        ),
        R(
            "cmht",
            "Transition meeting at CAMHS with young person, her PA and CAMHS worker. Plan: "
            "CMHT care coordination from 22/07/25.",
            "14:00",
            "Meeting",
        ),
        R(
            "pa",
            "Went with T to her CAMHS-adult MH handover meeting. Sean will be her CPN.",
            kind="Meeting",
        ),
    )
    f.occ(
        "2025-01-20",
        "assault-nfa",
        R(
            "pol",
            "WB/24/77120 - VICTIM DECLINES TO SUPPORT PROSECUTION, RETRACTION STATEMENT. NFA - "
            "EVIDENTIAL DIFFICULTIES. SUSPECT INFORMED.",
            "15:00",
            "Crime update",
            ref="WB/24/77120",
        ),
    )

    # --- pregnancy, booking, notice on the lodgings, reviews --------------------------------
    f.occ(
        "2025-02-10",
        "gp-pregnancy",
        R(
            "gp",
            "S: LMP 02/01/25, +ve home test. Wants to continue pregnancy. Partner Dean. O: "
            "urine hCG +ve. A: pregnancy ~5+4. P: folic acid, maternity e-referral, discussed "
            "MH in pregnancy.",
            "10:40",
            "Consultation",
        ),
    )
    f.occ(
        "2025-02-11",
        "text-pa-pregnant",
        R(
            "pa",
            "T texted me that she is pregnant and 'keeping it'. Rang her back - booked to see "
            "her Fri.",
            "19:05",
            "Text",
        ),
    )
    f.occ(
        "2025-02-13",
        "gp-referral-maternity",
        R(
            "gp",
            "Maternity e-referral sent to Wendlebury & District Hospital maternity.",
            kind="Referral",
        ),
        R(
            "mw",
            "Contact type: Referral received (GP, Orchard Lane). Outcome: booking to be "
            "arranged; vulnerabilities noted - 17, care leaver, MH - allocate to Kirsty Hale "
            "(continuity team).",
            kind="Referral",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-05",
        "lodgings-notice",
        R(
            "sl",
            "I have given the scheme my written notice for Tamsin's placement to end in the "
            "summer after her 18th - I can't have Dean coming round and I'm not able to have "
            "a baby here. Emailed the coordinator and Callum.",
            "09:30",
        ),
        R(
            "pa",
            "Email from host Lorraine: notice given on T's lodgings, placement to end late "
            "July after her 18th birthday. Need housing plan urgently.",
            "10:15",
            "Email",
        ),
    )
    f.occ(
        "2025-03-12",
        "lac-review-march",
        R(
            "csc",
            "Looked After Review (IRO Marion Oduya), held at the Next Steps office. Tamsin "
            "pregnant (due 9/10/25). Host's notice discussed: move to own tenancy after 18 to be "
            "pursued urgently. Pre-birth assessment to start. Last LAC review before Tamsin's "
            "18th birthday.",
            "15:00",
            "LAC review",
        ),
        R(
            "pa",
            "LAC review. IRO wants housing app in by April. Next: PP review tomorrow.",
            "15:00",
            "Meeting",
        ),
        R(
            "sl",
            "Tamsin's review at the leaving care office, I went.",
            "15:00",
        ),
    )
    f.occ(
        "2025-03-13",
        "pathway-plan-review-march",
        R(
            "pa",
            "Pathway plan review with T (and SW). Accommodation section rewritten: care leaver "
            "priority on housing register, tenancy from July; setting up home allowance.",
            "11:00",
            "Pathway plan",
        ),
        R(
            "csc",
            "Pathway plan reviewed with Tamsin and PA the day after her LAC review.",
            "11:00",
            "Pathway plan review",
        ),
    )
    f.occ(
        "2025-03-19",
        "booking",
        R(
            "mw",
            "Contact type: Booking appointment (community). Outcome: G1P0, 10+6 by LMP. BMI "
            "22. Routine enquiry DA: discloses previous DA by partner (Dec), still in contact. "
            "MH: self-harm hx, CAMHS. Accompanied by PA. Plan: consultant-led, safeguarding "
            "midwife to refer unborn to MASH.",
            "10:30",
            "Antenatal",
        ),
        R(
            "pa",
            "Went with T to her booking appointment with Kirsty (midwife).",
            "10:30",
            "Appointment",
        ),
    )
    f.occ(
        "2025-03-21",
        "unborn-referral",
        R(
            "mw",
            "Contact type: Safeguarding referral (unborn) to MASH by safeguarding midwife. "
            "Outcome: submitted - maternal age 17, care leaver, DA, self-harm.",
            "12:00",
            "Safeguarding",
        ),
        R(
            "csc",
            "Contact from maternity safeguarding midwife about Tamsin's unborn baby (EDD "
            "09/10/25): DA from father Dean Rourke, mother's self-harm, mother is looked after.",
            "12:05",
            "Contact",
        ),
    )
    f.occ(
        "2025-03-25",
        "mash-decision-unborn",
        R(
            "csc",
            "MASH decision on the contact of 21/03 (unborn): passed to Owen Marsh (FSW team) "
            "for pre-birth single assessment; Tamsin's own SW to remain.",
            kind="MASH decision",
        ),
    )
    f.occ(
        "2025-04-23",
        "housing-application",
        R(
            "pa",
            "Submitted housing register application (care leaver band A) for T with her, "
            "plus LA guarantor letter.",
            "14:00",
            "Housing",
        ),
        R(
            "hsg",
            "Housing register application received from Next Steps PA for care leaver "
            "T Orrell. Band A (care leaver protocol) from 22/07/25.",
            kind="Application",
            shift="late",
        ),
    )
    f.occ(
        "2025-06-11",
        "cmht-first-appt",
        R(
            "cmht",
            "First appointment with care coordinator (SA). Mood 'ok', no self-harm since "
            "Dec. Anxious about baby and flat. Care plan started; perinatal MH referral "
            "discussed.",
            "11:00",
            "Appointment",
        ),
    )

    # --- pre-birth ICPC, tenancy, 18th birthday, move --------------------------------------
    f.occ(
        "2025-07-09",
        "prebirth-icpc",
        R(
            "csc",
            "Pre-birth Initial Child Protection Conference for Tamsin's unborn baby (chair "
            "D. Kaur). Unborn made subject to a CP plan, category emotional abuse (domestic "
            "abuse). Dean Rourke did not attend. First core group to be within 10 working days.",
            "13:30",
            "ICPC (pre-birth)",
        ),
        R(
            "mw",
            "Contact type: Pre-birth conference. Outcome: CP plan for unborn. Birth plan to "
            "include safeguarding alert.",
            "13:30",
            "Conference",
        ),
        R(
            "pa",
            "Pre-birth CP conference - unborn on CP plan. T upset but stayed.",
            "13:30",
            "Meeting",
        ),
        R(
            "pol",
            "PRE-BIRTH ICPC (UNBORN OF TAMSIN ORRELL). POLICE REPORT SUBMITTED, DC PAYNE "
            "ATTENDED. CP PLAN.",
            "13:30",
            "Conference",
        ),
        R(
            "gp",
            "CP conference (unborn) 09/07 - GP report submitted, did not attend. Outcome CP "
            "plan, coded on mum's record.",
            kind="Case conference",
            shift="+2",
        ),
    )
    f.occ(
        "2025-07-15",
        "tenancy-signup",
        R(
            "hsg",
            "Tenancy sign-up: Flat 4, 19 Brackley Street (Larkstone Homes), starter tenancy "
            "from 21/07/25, LA guarantor. Keys to be released on 25/07. PA present.",
            "10:00",
            "Sign-up",
        ),
        R(
            "pa",
            "With T at Larkstone office for her tenancy sign-up - Flat 4, 19 Brackley St. Keys "
            "on the 25th.",
            "10:00",
            "Housing",
        ),
    )
    f.occ(
        "2025-07-22",
        "ceased-looked-after",
        R(
            "csc",
            "Tamsin's 18th birthday: ceased to be looked after today (care order ends). Now a "
            "former relevant child; leaving care service (PA Callum Fairweather) remains. Case "
            "closed to the children in care team.",
            kind="Legal status change",
        ),
        R(
            "pa",
            "T is 18 - no longer looked after as of yesterday (22/07). Status now former "
            "relevant care leaver; PA support to 25.",
            kind="Status",
            shift="late",
        ),
    )
    f.occ(
        "2025-07-22",
        "camhs-discharge-letter",
        R(
            "camhs",
            "Contact type: Letter. Outcome: discharge letter to GP and CMHT - discharged from "
            "CAMHS on 18th birthday, care coordination transferred to CMHT.",
            kind="Discharge",
        ),
        R(
            "gp",
            "Letter filed: CAMHS discharge (age 18) - transferred to Wendlebury CMHT.",
            kind="Correspondence in",
            shift="+2",
        ),
    )
    f.occ(
        "2025-07-25",
        "move-to-tenancy",
        R(
            "sl",
            "Tamsin's last day with me. Placement ended today - Callum helped her move her "
            "things to her new flat on Brackley Street.",
            "11:00",
        ),
        R(
            "pa",
            "Supported lodgings ended, moved T into Flat 4, 19 Brackley St today, collected "
            "keys 09:00. Gas/electric set up. Setting up home allowance spent on cot and bed.",
            "09:00",
            "House move",
        ),
        R(
            "csc",
            "Change of address: Tamsin (29 weeks pregnant) has moved from "
            "her supported lodgings to her own tenancy at Flat 4, 19 Brackley Street.",
            kind="Address change",
        ),
    )

    # --- assault in August, two arrests, charge, MARAC -------------------------------------
    f.occ(
        "2025-08-16",
        "da-incident-aug",
        R(
            "pol",
            "LOG 0094 16/08/25 0118HRS. DOMESTIC - FLAT 4, 19 BRACKLEY ST. FEMALE 18YRS (32/40 "
            "PREGNANT) STATES EX-PARTNER DEAN ROURKE PUNCHED HER TO HEAD AND KICKED DOOR IN. "
            "OFFICERS AND AMBULANCE ON SCENE 0131. SUSPECT LEFT PRIOR. DASH HIGH (17 TICKS). "
            "CRIME WB/25/51936 ABH. VICTIM TO MATERNITY BY AMBULANCE.",
            "01:18",
            "Domestic incident",
            ref="WB/25/51936",
        ),
    )
    f.occ(
        "2025-08-16",
        "maternity-triage",
        R(
            "mw",
            "Contact type: Maternity triage attendance (BIBA 02:05). Outcome: 32+3, blow to "
            "head, no abdominal trauma. CTG reactive. Obs normal. Discharged 05:30 to friend's "
            "address. Safeguarding midwife informed.",
            "02:05",
            "Triage",
        ),
    )
    f.occ(
        "2025-08-16",
        "dean-arrest-aug",
        R(
            "pol",
            "DEAN ROURKE ARRESTED 0655HRS AT 88 TANNER ROW RE WB/25/51936 ABH. CONVEYED TO "
            "WENDLEBURY CUSTODY.",
            "06:55",
            "Arrest",
            ref="WB/25/51936",
        ),
    )
    f.occ(
        "2025-08-16",
        "kyle-arrest-aug",
        R(
            "pol",
            "KYLE ROURKE (BROTHER OF DEAN) ARRESTED 1640HRS BRACKLEY ST FOR CRIMINAL DAMAGE "
            "(SMASHED WINDOW FLAT 4) AND THREATS TO VICTIM. CRIME WB/25/52007.",
            "16:40",
            "Arrest",
            ref="WB/25/52007",
        ),
    )
    f.occ(
        "2025-08-17",
        "dean-charged",
        R(
            "pol",
            "DEAN ROURKE CHARGED ABH (WB/25/51936), REMANDED IN CUSTODY TO APPEAR WENDLEBURY MC "
            "18/08/25. VICTIM INFORMED.",
            "11:20",
            "Charge",
            ref="WB/25/51936",
        ),
    )
    f.occ(
        "2025-08-18",
        "csc-da-notification",
        R(
            "csc",
            "Police notification received: domestic incident 16/08 at Tamsin's flat, Dean "
            "Rourke assaulted Tamsin (32 weeks pregnant), DASH high, Dean charged and "
            "remanded. Referred to MARAC by police. Unborn's CP plan - core group to be "
            "brought forward.",
            kind="Police notification",
        ),
    )
    f.occ(
        "2025-08-28",
        "marac",
        R(
            "pol",
            "MARAC - TAMSIN ORRELL (V) / DEAN ROURKE (P). ACTIONS: MARKER ON ADDRESS, "
            "SANCTUARY REFERRAL, BAIL/REMAND CONDITIONS SHARED.",
            "09:30",
            "MARAC",
        ),
        R(
            "pa",
            "MARAC today - T's case heard. IDVA allocated. Sanctuary scheme via housing.",
            "09:30",
            "Meeting",
        ),
        R(
            "mw",
            "Contact type: MARAC. Outcome: information shared; flag on maternity record; "
            "birth plan updated.",
            kind="MARAC",
        ),
        R(
            "hsg",
            "MARAC action: sanctuary measures for Flat 4, 19 Brackley St, door replaced.",
            kind="MARAC",
        ),
        R(
            "csc",
            "Multi Agency Risk Assessment Conference held for Tamsin. Dean remanded; IDVA "
            "allocated; housing to add sanctuary measures; unborn CP plan continues.",
            "10:00",
            "MARAC",
        ),
    )

    # --- adult safeguarding, birth, the adults' side taking the lead ------------------------
    f.occ(
        "2025-09-03",
        "asc-concern",
        R(
            "pa",
            "Raised adult safeguarding concern with Adult Social Care for T (18, care "
            "experienced, DA, MH, pregnant) - online form.",
            "15:20",
            "Safeguarding",
        ),
        R(
            "asc",
            "Safeguarding concern received from Next Steps PA: Tamsin Orrell (18), domestic "
            "abuse by ex-partner (remanded), self-neglect risk, care and support needs "
            "(mental health). For s42 screening.",
            "15:20",
            "Safeguarding concern",
        ),
    )
    f.occ(
        "2025-09-05",
        "s42-decision",
        R(
            "asc",
            "Section 42 decision: duty met (care and support needs, experiencing abuse, "
            "unable to protect self without support). S42 enquiry opened; planning meeting "
            "to be arranged after baby's birth.",
            kind="S42 decision",
        ),
    )
    f.occ(
        "2025-09-29",
        "birth",
        R(
            "mw",
            "Contact type: Birth. Outcome: SVD 14:52 at 38+4, baby girl Ruby, 3.02kg, Apgar "
            "9/10. Safeguarding alert actioned - CSC informed, CP plan.",
            "14:52",
            "Birth",
        ),
        R(
            "csc",
            "Tamsin gave birth to a baby girl (Ruby Orrell) this afternoon at Wendlebury & "
            "District Hospital. Baby's CP plan now in force. Mother and baby to remain on the "
            "postnatal ward.",
            kind="Birth",
        ),
        R(
            "pa",
            "T had her baby - Ruby, 3.02kg, born this afternoon. Both well.",
            kind="Birth",
        ),
        R(
            "gp",
            "Birth notification: baby girl born 29/09/25 to Tamsin Orrell. New patient "
            "registration to follow.",
            kind="Birth",
            shift="late",
        ),
    )
    f.occ(
        "2025-10-01",
        "postnatal-discharge",
        R(
            "mw",
            "Contact type: Postnatal discharge. Outcome: mother and baby home to Flat 4, "
            "Brackley St. Community midwife visit tomorrow.",
            "12:00",
            "Discharge",
        ),
        R(
            "csc",
            "Ruby and Tamsin discharged home from hospital to the flat today, safety plan "
            "agreed (no contact with Dean, who remains on remand).",
            kind="Hospital discharge",
        ),
    )
    f.occ(
        "2025-10-08",
        "s42-planning-meeting",
        R(
            "asc",
            "S42 safeguarding planning meeting (chair: G Lyall). Attended: Tamsin, PA, CPN, "
            "police DA officer, housing. Adult safeguarding plan agreed; ASC to lead for "
            "Tamsin as an adult; children's services continue for Ruby.",
            "10:00",
            "Safeguarding meeting",
        ),
        R(
            "pa",
            "Adult safeguarding (s42) planning meeting. ASC taking the lead for T now.",
            "10:00",
            "Meeting",
        ),
        R(
            "cmht",
            "Attended adult safeguarding planning meeting. CPN to continue weekly contacts; "
            "perinatal MH assessment booked.",
            "10:00",
            "Meeting",
        ),
        R(
            "pol",
            "ADULT SAFEGUARDING PLANNING MTG (S42) RE TAMSIN ORRELL - DA OFFICER ATTENDED. "
            "ROURKE TRIAL DATE 12/01/26.",
            "10:15",
            "Meeting",
        ),
        R(
            "hsg",
            "S42 meeting - housing attended. Sanctuary works complete.",
            kind="Meeting",
            shift="month",
        ),
    )
    f.occ(
        "2025-10-09",
        "core-group-baby",
        R(
            "csc",
            "Core group for Ruby (CP plan) at the flat. Tamsin engaging well; baby thriving; "
            "no contact with Dean.",
            "14:00",
            "Core group",
        ),
        R(
            "mw",
            "Contact type: Core group (home). Outcome: feeding well, weight regained.",
            "14:00",
            "Core group",
        ),
        R(
            "pa",
            "Core group for Ruby at T's flat.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-11-05",
        "s42-review",
        R(
            "asc",
            "S42 review meeting. Risks reduced (perpetrator remanded, sanctuary, CPN and PA "
            "input). Adult safeguarding plan continues under ASC lead; Safeguarding Adults "
            "Board to be notified as an example of transition learning.",
            "11:00",
            "Safeguarding meeting",
        ),
        R(
            "pa",
            "Minutes received from ASC (pasted): 'S42 review meeting 05/11/25 - risks "
            "reduced, adult safeguarding plan continues under ASC lead.' PA to continue "
            "fortnightly visits.",
            kind="Meeting minutes",
            shift="+1",
        ),
    )
    f.occ(
        "2025-11-19",
        "sab-notification",
        R(
            "asc",
            "Case notified to the Wendlebury Safeguarding Adults Board (case review subgroup) "
            "for transition learning; SAB to consider with the children's partnership.",
            kind="SAB notification",
        ),
    )

    # --- routine single entries ------------------------------------------------------------
    f.fill(
        "pa",
        "2024-09-02",
        "2025-06-27",
        [
            ("Telephone", "Weekly check-in call with T. Fine, at college."),
            ("Visit", "Visit to T - budgeting session, ok."),
            ("Text", "Text reminder re bursary and ID appointment."),
        ],
    )
    f.fill(
        "pa",
        "2025-10-13",
        "2025-11-28",
        [("Visit", "Home visit at the flat - tidy, T tired, Ruby asleep.")],
    )
    f.fill(
        "col",
        "2024-09-04",
        "2025-05-23",
        [
            ("", "Tamsin late to period 1 again this week, spoke to her - says buses."),
            (
                "",
                "Tamsin came to student services upset about a friend; listened, no "
                "safeguarding concerns.",
            ),
            ("", "Attendance this half term 64%. Letter home to carer."),
        ],
        timed=False,
    )
    f.fill(
        "sl",
        "2024-09-02",
        "2025-07-18",
        [
            ("", "Tamsin in by curfew all week, cooked tea together."),
            ("", "Tamsin came in at 11pm, 1 hour late. Told her off."),
        ],
        timed=False,
    )
    f.fill(
        "camhs",
        "2024-09-02",
        "2025-07-11",
        [
            ("Appointment", "Contact type: Face to face. Outcome: mood improving, no SH."),
            ("Appointment", "Contact type: Video. Outcome: DNA, text sent."),
        ],
    )
    f.fill(
        "mw",
        "2025-04-01",
        "2025-09-19",
        [
            (
                "Antenatal",
                "Contact type: Antenatal check (community). Outcome: BP/urine NAD, SFH on chart.",
            ),
            ("Antenatal", "Contact type: Antenatal check. Outcome: FMs felt, all normal."),
        ],
    )
    f.fill(
        "gp",
        "2024-09-02",
        "2025-11-28",
        [
            ("Consultation", "S: sore throat 3/7. O: tonsils NAD. A: viral. P: advice."),
            ("Medication", "Repeat: sertraline 50mg issued."),
        ],
    )
    f.fill(
        "cmht",
        "2025-06-16",
        "2025-11-28",
        [
            ("Telephone", "CPN telephone contact, mood stable, no risk issues."),
            ("Home visit", "CPN home visit, T managing, baby well."),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Yardley family, Castlebrook. Gemma Yardley (b. 1990) and her children Lacey
# (b. 11/04/2011) at Harrowdene Academy, and Mason (b. 02/09/2016) and Ellie (b. 19/06/2018)
# at Brookvale Primary School, live at 31 Sorrel Way, Castlebrook CX9 4RU (from November 2024
# 8 Linnet Close, Castlebrook CX3 1PF); registered at Pennant Lane Surgery. Gemma's new partner
# Craig Tolland (b. 1985) is a registered sex offender on licence with a sexual harm prevention
# order, registered at his mother's address (5 Pellow Court), who has not told Gemma or the
# authorities of the relationship. A police incident reveals him, MAPPA level 2, a disclosure
# under the child sex offender disclosure scheme on the grandmother's application, a Clare's
# Law disclosure, a safety plan, child protection plans, messages to Lacey, a breach found at
# dawn, two arrests, police protection, recall to prison, sentence and release.
# --------------------------------------------------------------------------------------------


def _yardley() -> BlindCase:
    f = Family(
        "yardley",
        2003,
        {
            "inc": Sheet(
                POLICE,
                "Castlebrook_Police_return.xlsx",
                "Incidents and custody",
                (("2024-01-01", "Response / custody"),),
            ),
            "ppu": Sheet(
                POLICE,
                "Castlebrook_Police_return.xlsx",
                "PPU (MOSOVO)",
                (("2024-01-01", "DC 3376 R Voss"),),
            ),
            "prob": Sheet(
                PROBATION,
                "Probation_return_C_Tolland.xlsx",
                "Contacts",
                (("2024-01-01", "Nathan Greer PP"),),
            ),
            "mappa": Sheet(
                MAPPA,
                "MAPPA_Unit_chronology.xlsx",
                "Meetings",
                (("2024-01-01", "MAPPA Coordinator"),),
            ),
            "csc": Sheet(
                CSC,
                "CSC_chronology_Yardley.xlsx",
                "Chronology",
                (("2024-01-01", "MASH"), ("2024-03-20", "Hannah Coulby SW")),
            ),
            "sec": Sheet(
                SCHOOL,
                "Harrowdene_Academy_CPOMS.xlsx",
                "Lacey Y",
                (("2024-01-01", "T Oyelaran (DSL)"),),
                typed=False,
            ),
            "pri": Sheet(
                SCHOOL,
                "Brookvale_Primary_safeguarding.xlsx",
                "Log",
                (("2024-01-01", "S Merriweather (DSL)"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "Pennant_Lane_Surgery_chronology.xlsx",
                "Yardley family",
                (("2024-01-01", "Dr K Strudwick"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "School_Nursing_Castlebrook.xlsx",
                "Chronology",
                (("2024-01-01", "Anita Roscoe SN"),),
            ),
            "da": Sheet(
                DA_SERVICE,
                "Castlebrook_DA_Service_return.xlsx",
                "IDVA notes",
                (("2024-01-01", "Kerry Lamb IDVA"),),
            ),
            "hsg": Sheet(
                HOUSING,
                "Castlebrook_Homes_return.xlsx",
                "Tenancy notes",
                (("2024-01-01", "M Achterberg (Housing Officer)"),),
            ),
        },
    )

    # --- before anyone knows ----------------------------------------------------------------
    f.occ(
        "2024-02-14",
        "ppu-visit-registered",
        R(
            "ppu",
            "VISOR VS/21/40882 - ROUTINE UNANNOUNCED HOME VISIT TO REGISTERED ADDRESS 5 PELLOW "
            "COURT. RSO CRAIG TOLLAND NOT PRESENT. HIS MOTHER STATES HE IS 'OUT A LOT' AND "
            "'STAYS AT A GIRLFRIEND'S SOMETIMES', WOULD NOT SAY WHERE. ARMS RISK REVIEW DUE.",
            "10:15",
            "Home visit",
            ref="VS/21/40882",
        ),
    )
    f.occ(
        "2024-02-20",
        "prob-supervision-feb",
        R(
            "prob",
            "Contact: Office supervision (planned). Outcome: attended. Asked directly about "
            "relationships - CT denies any new relationship and says he stays at his mum's "
            "every night. Reminded of licence condition to disclose relationships and SHPO "
            "prohibition on unsupervised contact with under-16s.",
            "11:00",
            "Supervision",
        ),
    )
    f.occ(
        "2024-03-06",
        "ellie-comment",
        R(
            "pri",
            "Ellie (Year 1) told Miss Abbott at carpet time that 'Craig' lives at her house "
            "now and takes her and Mason to the park and puts her to bed. We don't know a "
            "Craig. Logged as a concern for my attention.",
            "09:20",
        ),
    )
    f.occ(
        "2024-03-06",
        "pri-call-mother",
        R(
            "pri",
            "I rang mum after school. Gemma said Craig is 'a friend who helps out' and "
            "doesn't live there. No further action, will monitor.",
            "15:30",
        ),
    )
    f.occ(
        "2024-03-16",
        "incident-sorrel-way",
        R(
            "inc",
            "LOG 2214 16/03/24 2238HRS. REPORT FROM NEIGHBOUR OF SHOUTING AT 31 SORREL WAY. "
            "OFFICERS ATTENDED 2251. VERBAL ARGUMENT ONLY BETWEEN GEMMA YARDLEY AND MALE WHO "
            "GAVE NAME CRAIG TOLLAND DOB 07/10/85. PNC: REGISTERED SEX OFFENDER, SHPO, ON "
            "LICENCE. 3 CHILDREN IN HOUSE IN BED. MALE STATES HE IS 'VISITING'. NO OFFENCES "
            "DISCLOSED. PPU TO BE NOTIFIED.",
            "22:38",
            "Domestic - verbal",
        ),
    )
    f.occ(
        "2024-03-17",
        "ppn-march",
        R(
            "inc",
            "PPN SUBMITTED TO MASH - CHILDREN LACEY (12), MASON (7), ELLIE (5) YARDLEY, "
            "RSO PRESENT AT ADDRESS LOG 2214.",
            "03:10",
            "PPN",
        ),
        R(
            "csc",
            "Police notification received (PPN): on 16/03 police attended 31 Sorrel Way for a "
            "verbal argument; the man present, Craig Tolland, is a registered sex offender on "
            "licence with an SHPO. Lacey, Mason and Ellie were in the house. RAG: red.",
            kind="Contact - police notification",
            shift="late",
        ),
    )
    f.occ(
        "2024-03-18",
        "ppu-calls-probation",
        R(
            "ppu",
            "TELEPHONE CALL TO PROBATION (PP N GREER) RE LOG 2214 - TOLLAND AT ADDRESS WITH 3 "
            "CHILDREN, UNDISCLOSED RELATIONSHIP. PP TO CALL HIM IN. MAPPA REFERRAL FOR LEVEL 2.",
            "09:40",
            "Telephone",
        ),
        R(
            "prob",
            "Contact: Phone call from DC Voss (PPU). Outcome: CT found by police at a woman's "
            "address with 3 children on Sat night. Will bring forward appointment and refer "
            "to MAPPA level 2.",
            "09:40",
            "Telephone",
        ),
    )
    f.occ(
        "2024-03-19",
        "mash-decision-march",
        R(
            "csc",
            "MASH screening decision on the PPN of 16/03 (received 18/03): risk of sexual harm "
            "from a registered sex offender with unsupervised access. Threshold met - strategy "
            "discussion tomorrow; school checks done.",
            kind="MASH decision",
        ),
    )
    f.occ(
        "2024-03-20",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion, chaired by TM Lucy Brannan. Present: Hannah Coulby SW, DC "
            "Voss (PPU), Nathan Greer (Probation), DSLs from Brookvale and Harrowdene. Craig "
            "Tolland's convictions shared (2021: attempted sexual communication with a child, "
            "making indecent images). Agreed: joint S47; police to consider a disclosure to "
            "mother; probation to address licence breach of non-disclosure.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "ppu",
            "STRAT MTG - YARDLEY CHILDREN / RSO TOLLAND. JOINT S47. DISCLOSURE TO BE "
            "CONSIDERED UNDER CSODS/POWERS. JOINT VISIT TOMORROW.",
            "10:00",
            "Strategy",
        ),
        R(
            "prob",
            "Contact: Multi-agency strategy meeting. Outcome: attended; CT in breach of licence "
            "(non-disclosure of relationship); warning letter; MAPPA L2 referral made.",
            "10:15",
            "Meeting",
        ),
        R(
            "pri",
            "Strategy meeting by phone re Mason and Ellie. I shared Ellie's comment from 6th "
            "March about Craig.",
            "10:00",
        ),
        R(
            "sec",
            "Strat meeting about Lacey and siblings. Nothing from Lacey here so far.",
        ),
    )
    f.occ(
        "2024-03-21",
        "joint-visit-s47",
        R(
            "csc",
            "Joint S47 home visit with DC Voss. Gemma told that Craig Tolland has convictions "
            "which mean he poses a risk to children (detail not yet disclosed). She was shocked "
            "and then angry, says he is 'a good man'. Agreed Craig will not stay at the house "
            "pending assessment.",
            "16:00",
            "S47 visit",
        ),
        R(
            "ppu",
            "JOINT VISIT WITH SW COULBY TO 31 SORREL WAY. MOTHER ADVISED OF RISK. CSODS "
            "DISCLOSURE NOT MADE TODAY - APPLICATION ROUTE TO BE CONSIDERED.",
            "16:00",
            "Visit",
        ),
    )
    f.occ(
        "2024-03-22",
        "sw-sees-primary",
        R(
            "csc",
            "Mason and Ellie seen at Brookvale individually with the DSL present. Mason says "
            "Craig 'sleeps in mummy's bed'. Ellie says Craig gives her baths sometimes.",
            "10:30",
            "Children seen",
        ),
        R(
            "pri",
            "Mason seen by SW Hannah with me in the room. Said Craig sleeps in mum's bed.",
            "10:30",
        ),
        R(
            "pri",
            "Ellie seen by SW Hannah with me. Said Craig does her bath sometimes.",
            "10:30",
        ),
    )
    f.occ(
        "2024-03-22",
        "sw-sees-lacey",
        R(
            "csc",
            "Lacey seen alone at Harrowdene Academy. She dislikes Craig, says he 'stares' and "
            "asked for her Snapchat. She said no.",
            "13:30",
            "Child seen",
        ),
        R(
            "sec",
            "SW came to see Lacey period 5 in the pastoral room. Lacey said afterwards she "
            "felt better for talking.",
            "13:30",
        ),
    )
    f.occ(
        "2024-03-27",
        "csods-application",
        R(
            "ppu",
            "CSODS (SARAH'S LAW) APPLICATION RECEIVED FROM PAULINE YARDLEY (MATERNAL "
            "GRANDMOTHER) RE CRAIG TOLLAND, CONCERNED FOR GRANDCHILDREN. FACE TO FACE "
            "APPLICATION COMPLETED AT CASTLEBROOK STATION. REF CSODS/24/119.",
            "14:00",
            "CSODS application",
            ref="CSODS/24/119",
        ),
    )

    # --- MAPPA, the two disclosures, the safety plan -----------------------------------------
    f.occ(
        "2024-04-03",
        "mappa-l2",
        R(
            "mappa",
            "MAPPA Level 2 meeting (Category 1 RSO), Chair: Supt D Harker. Subject: Craig "
            "Tolland. Risk: high to children. Actions: licence variation (exclusion from 31 "
            "Sorrel Way), disclosure to partner to be made under CSODS, housing to flag "
            "tenancy, police to increase home visits.",
            "10:00",
            "MAPPA meeting",
        ),
        R(
            "ppu",
            "MAPPA L2 - TOLLAND. RISK HIGH. CSODS DISCLOSURE TO MOTHER APPROVED.",
            "10:00",
            "MAPPA",
        ),
        R(
            "prob",
            "Contact: MAPPA level 2 meeting. Outcome: licence variation to be requested "
            "(exclusion zone Sorrel Way).",
            "10:00",
            "MAPPA",
        ),
        R(
            "csc",
            "Multi-Agency Public Protection Arrangements meeting about Craig Tolland, SW "
            "attended for the children. Disclosure to Gemma agreed.",
            "10:00",
            "Multi-agency meeting",
        ),
        R(
            "hsg",
            "MAPPA meeting re Craig Tolland - alert added to 31 Sorrel Way tenancy.",
            kind="MAPPA",
            shift="month",
        ),
    )
    f.occ(
        "2024-04-09",
        "csods-disclosure",
        R(
            "ppu",
            "CSODS DISCLOSURE MADE TO GEMMA YARDLEY AT HOME BY DC VOSS, SW COULBY PRESENT. "
            "DETAILS OF 2021 CONVICTIONS GIVEN. CONFIDENTIALITY UNDERTAKING SIGNED. "
            "CSODS/24/119.",
            "11:00",
            "Disclosure",
            ref="CSODS/24/119",
        ),
        R(
            "csc",
            "Joint visit with DC Voss for the Sarah's Law disclosure to Gemma. Gemma cried, "
            "said Craig told her it was 'a misunderstanding with a 15 year old'. She says she "
            "will end the relationship.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-04-15",
        "dvds-disclosure",
        R(
            "ppu",
            "DVDS (CLARE'S LAW) RIGHT TO KNOW DISCLOSURE TO GEMMA YARDLEY AT CASTLEBROOK "
            "STATION, IDVA PRESENT. TOLLAND: 2014 ASSAULT ON FORMER PARTNER, 2016 HARASSMENT. "
            "REF DVDS/24/0603.",
            "14:30",
            "Disclosure",
            ref="DVDS/24/0603",
        ),
        R(
            "da",
            "I went with Gemma to the police station for a Clare's Law disclosure about Craig's "
            "violence to a previous partner. Gemma quiet, said 'so everything he told me was "
            "lies'. Safety plan started.",
            "14:30",
            "Accompanied",
        ),
    )
    f.occ(
        "2024-04-16",
        "safety-plan-agreed",
        R(
            "csc",
            "Home visit: written safety plan agreed and signed with Gemma - Craig not to come to "
            "the house or have any contact with the children; Gemma to tell the SW of any "
            "contact; grandmother Pauline to do school pick-ups for a month.",
            "10:00",
            "Safety plan",
        ),
    )
    f.occ(
        "2024-04-16",
        "safety-plan-email",
        R(
            "csc",
            "Safety plan emailed to Brookvale Primary and Harrowdene Academy DSLs with the "
            "agreed collection arrangements (grandmother Pauline Yardley).",
            "15:20",
            "Email",
        ),
        R(
            "pri",
            "Email from SW with the safety plan. Craig Tolland NOT to collect. Photo of Pauline "
            "(nan) on file for pick-ups. Told office and class teachers.",
            "15:45",
        ),
        R(
            "sec",
            "Safety plan received from Hannah (SW) by email. Shared with HoY.",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-25",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference for Lacey, Mason and Ellie (chair Ravi Dosanjh, "
            "IRO). All three subject to CP plans, category sexual abuse (risk from a "
            "registered sex offender). Safety plan to continue.",
            "10:00",
            "ICPC",
        ),
        R(
            "ppu",
            "ICPC YARDLEY CHILDREN - POLICE REPORT PRESENTED. CP PLANS X3.",
            "10:00",
            "Conference",
        ),
        R(
            "prob",
            "Contact: Child protection conference (Yardley children). Outcome: attended for "
            "risk information on CT; children subject to CP plans.",
            "10:00",
            "Meeting",
        ),
        R(
            "pri",
            "Mason - ICPC today, now on a CP plan (sexual abuse - risk).",
            "10:00",
        ),
        R(
            "pri",
            "Ellie - ICPC today, CP plan (sexual abuse - risk).",
            "10:00",
        ),
        R(
            "sec",
            "Lacey: initial CP conference, Lacey on CP plan. I attended.",
        ),
    )
    f.occ(
        "2024-05-07",
        "core-group-1",
        R(
            "csc",
            "First core group at Brookvale. Gemma says she has ended it with Craig. Pauline "
            "doing pick-ups. Lacey anxious.",
            "15:45",
            "Core group",
        ),
        R("pri", "Core group here after school. I have a meeting room booked each month."),
        R(
            "sn",
            "Contact type: Core group. Outcome: SN to offer Lacey emotional health sessions.",
            "15:45",
            "Meeting",
        ),
    )
    f.occ(
        "2024-05-08",
        "mappa-review-may",
        R(
            "mappa",
            "MAPPA Level 2 review - Craig Tolland. Licence variation granted (exclusion zone "
            "Sorrel Way). Compliance reported as 'superficial'. Police home visits weekly.",
            "14:00",
            "MAPPA meeting",
        ),
        R(
            "prob",
            "Contact: MAPPA L2 review. Outcome: exclusion zone in force from 02/05.",
            "14:00",
            "MAPPA",
        ),
        R(
            "csc",
            "MAPPA review meeting - SW attended. Informed core group plan.",
            kind="Multi-agency meeting",
            shift="swap",
        ),
    )

    # --- messages to Lacey, second strategy, phone seized, RCPC ------------------------------
    f.occ(
        "2024-06-05",
        "lacey-discloses",
        R(
            "sec",
            "Lacey came to me at break upset. She says someone she thinks is Craig has been "
            "messaging her on Snapchat from a new account ('ur so mature', asking to meet "
            "without her mum knowing). She showed me; I did not take the phone.",
            "10:50",
        ),
    )
    f.occ(
        "2024-06-05",
        "sec-calls-csc",
        R(
            "sec",
            "I rang Hannah (SW) straight after and told her what Lacey said about the Snapchat "
            "messages.",
            "11:05",
        ),
        R(
            "csc",
            "Telephone call from Harrowdene DSL: Lacey disclosed Snapchat messages from an "
            "account she believes is Craig Tolland's, asking to meet her secretly.",
            "11:05",
            "Telephone",
        ),
    )
    f.occ(
        "2024-06-06",
        "strategy-2",
        R(
            "csc",
            "Strategy discussion (reconvened) following Lacey's disclosure. Police to seize "
            "and examine Craig's devices under SHPO powers; Lacey's phone to be examined with "
            "her consent; Probation to consider recall.",
            "09:30",
            "Strategy discussion",
        ),
        R(
            "ppu",
            "STRATEGY DISCUSSION - SNAPCHAT CONTACT WITH LACEY YARDLEY (13). CRIME CX/24/20771 "
            "BREACH SHPO (UNREGISTERED ACCOUNT). DEVICE VISIT TO BE MADE.",
            "09:30",
            "Strategy",
            ref="CX/24/20771",
        ),
        R(
            "sec",
            "Strat meeting about the messages. Police taking it forward.",
            "09:45",
        ),
    )
    f.occ(
        "2024-06-12",
        "phone-seized",
        R(
            "ppu",
            "UNANNOUNCED VISIT 5 PELLOW COURT. TOLLAND PRESENT. 2 MOBILE PHONES SEIZED UNDER "
            "SHPO DEVICE-INSPECTION CONDITION FOR EXAMINATION. DENIES SNAPCHAT ACCOUNT. "
            "CX/24/20771.",
            "07:30",
            "Home visit",
            ref="CX/24/20771",
        ),
    )
    f.occ(
        "2024-07-18",
        "rcpc-1",
        R(
            "csc",
            "Review Child Protection Conference. Plans continue for all three. Lacey's "
            "messages under investigation. Gemma says no contact with Craig but neighbours "
            "report seeing his van.",
            "10:00",
            "RCPC",
        ),
        R(
            "ppu",
            "RCPC ATTENDED. CP PLANS CONTINUE. PHONE EXAMINATION OUTSTANDING.",
            "10:00",
            "Conference",
        ),
        R("pri", "Review conference - Mason and Ellie stay on CP plans."),
        R(
            "da",
            "RCPC - I attended for Gemma. She minimised. Plans continue.",
            "10:00",
            "Meeting",
        ),
    )

    # --- the breach: two arrests, police protection, recall, court ---------------------------
    f.occ(
        "2024-07-26",
        "tolland-arrest",
        R(
            "inc",
            "LOG 0361 26/07/24 0650HRS. PPU AND RESPONSE UNANNOUNCED VISIT 31 SORREL WAY ON "
            "INTEL. CRAIG TOLLAND FOUND IN MOTHER'S BEDROOM. ARRESTED 0705HRS BREACH OF SHPO / "
            "LICENCE EXCLUSION ZONE. ALL 3 CHILDREN IN HOUSE. CUSTODY REF CB/4471/24.",
            "07:05",
            "Arrest",
            ref="CB/4471/24",
        ),
        R(
            "ppu",
            "TOLLAND ARRESTED AT 31 SORREL WAY 0705 - BREACH SHPO (UNSUPERVISED CONTACT WITH "
            "CHILDREN U16). HE HAD BEEN HIDING IN WARDROBE.",
            "07:05",
            "Arrest",
        ),
    )
    f.occ(
        "2024-07-26",
        "gemma-arrest",
        R(
            "inc",
            "GEMMA YARDLEY ARRESTED 0722HRS AT 31 SORREL WAY - OBSTRUCT POLICE (BLOCKED STAIRS, "
            "DENIED TOLLAND PRESENT). CUSTODY REF CB/4473/24. RUI 1530HRS.",
            "07:22",
            "Arrest",
            ref="CB/4473/24",
        ),
    )
    f.occ(
        "2024-07-26",
        "police-protection",
        R(
            "inc",
            "POLICE PROTECTION (S.46) TAKEN 0730HRS FOR LACEY, MASON AND ELLIE YARDLEY. "
            "CHILDREN TAKEN TO MATERNAL GRANDMOTHER PAULINE YARDLEY, 14 KESTREL RISE. EDT "
            "INFORMED.",
            "07:30",
            "Police protection",
        ),
        R(
            "csc",
            "Police protection of all three children (s46) at 07:30 after Craig Tolland was "
            "found in the home; children placed with maternal grandmother Pauline Yardley at "
            "14 Kestrel Rise.",
            "07:30",
            "Police protection",
        ),
    )
    f.occ(
        "2024-07-26",
        "ppu-phones-probation",
        R(
            "ppu",
            "PP N GREER INFORMED BY TELEPHONE OF TOLLAND'S ARREST.",
            "09:10",
            "Telephone",
        ),
        R(
            "prob",
            "Contact: Phone call from PPU. Outcome: CT arrested 07:05 at Gemma Yardley's "
            "address, breach of exclusion zone and SHPO. Emergency recall to be requested.",
            "09:10",
            "Telephone",
        ),
    )
    f.occ(
        "2024-07-26",
        "recall-request",
        R(
            "prob",
            "Contact: Recall request. Outcome: emergency (standard 24h) recall request "
            "submitted to PPCS with SPO countersignature - breach of licence conditions 5 "
            "(exclusion zone) and 9 (disclosure of relationships).",
            "16:00",
            "Recall",
        ),
    )
    f.occ(
        "2024-07-27",
        "recall-issued",
        R(
            "prob",
            "Contact: Recall. Outcome: licence revoked by PPCS; recall notice issued to "
            "police. CT already in police custody.",
            "10:30",
            "Recall",
        ),
        R(
            "inc",
            "RECALL NOTICE RECEIVED FROM PPCS RE CRAIG TOLLAND - SUBJECT ALREADY IN CUSTODY "
            "CB/4471/24. PNC UPDATED: UNLAWFULLY AT LARGE MARKER NOT REQUIRED.",
            "10:45",
            "Recall",
        ),
    )
    f.occ(
        "2024-07-27",
        "tolland-charged",
        R(
            "inc",
            "CRAIG TOLLAND CHARGED X2 BREACH OF SHPO (S.354 SENTENCING ACT 2020). REMANDED IN "
            "CUSTODY TO CASTLEBROOK MC 29/07/24.",
            "13:40",
            "Charge",
            ref="CB/4471/24",
        ),
    )
    f.occ(
        "2024-07-29",
        "magistrates",
        R(
            "inc",
            "CASTLEBROOK MAGISTRATES - TOLLAND PLEADED GUILTY BREACH SHPO X2. COMMITTED TO "
            "CROWN COURT FOR SENTENCE. REMANDED (ALSO ON RECALL).",
            "10:00",
            "Court",
        ),
        R(
            "prob",
            "Contact: Court. Outcome: guilty pleas at Castlebrook MC, committed for sentence; "
            "PSR requested. Returned to HMP Brackenmoor on recall.",
            "12:30",
            "Court",
        ),
        R(
            "csc",
            "Police update: Craig Tolland pleaded guilty at the magistrates' court today to "
            "breaching his SHPO, committed to Crown Court for sentence and remanded.",
            kind="Court outcome",
        ),
    )
    f.occ(
        "2024-07-29",
        "strategy-3",
        R(
            "csc",
            "Strategy discussion after the police protection. Agreed: children to remain with "
            "grandmother under s20 with Gemma's agreement; legal gateway meeting to consider "
            "PLO; S47 continues.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "ppu",
            "STRAT DISC (POST PPO) - CHILDREN REMAIN WITH GRANDMOTHER. OBSTRUCT INVESTIGATION "
            "RE MOTHER ONGOING.",
            "14:15",
            "Strategy",
        ),
        R(
            "prob",
            "Contact: Strategy discussion (CSC). Outcome: attended; CT recalled.",
            kind="Meeting",
        ),
    )
    f.occ(
        "2024-07-29",
        "s20-agreement",
        R(
            "csc",
            "Section 20 agreement signed by Gemma at the office at 16:30 as police protection "
            "ended: Lacey, Mason and Ellie accommodated with grandmother Pauline (connected "
            "person).",
            "16:30",
            "Section 20",
        ),
    )
    f.occ(
        "2024-08-07",
        "letter-before-proceedings",
        R(
            "csc",
            "Letter before proceedings sent to Gemma by recorded delivery, inviting her to a "
            "PLO meeting on 14/08 with a solicitor.",
            kind="PLO",
        ),
    )
    f.occ(
        "2024-08-14",
        "plo-meeting",
        R(
            "csc",
            "Pre-proceedings (PLO) meeting with Gemma and her solicitor. Written agreement: no "
            "contact with Craig, prison visits to stop, engage with DA work; children to return "
            "home before school starts if the agreement holds.",
            "11:00",
            "PLO meeting",
        ),
        R(
            "da",
            "Supported Gemma at the PLO meeting at the council offices. She agreed to do the "
            "Freedom Programme.",
            "11:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-08-31",
        "graffiti",
        R(
            "inc",
            "LOG 1702 31/08/24 2005HRS. CRIMINAL DAMAGE - 'NONCE' SPRAYED ON FRONT DOOR 31 "
            "SORREL WAY. REPORTED BY GEMMA YARDLEY. NO SUSPECTS. CRIME CX/24/31188.",
            "20:05",
            "Criminal damage",
            ref="CX/24/31188",
        ),
    )
    f.occ(
        "2024-09-02",
        "housing-graffiti",
        R(
            "hsg",
            "Tenant rang: graffiti on front door (police aware). Removal job raised (urgent). "
            "Tenant requests management transfer - fears for children. Transfer form sent.",
            "09:20",
            "Repairs / transfer",
        ),
    )
    f.occ(
        "2024-09-03",
        "children-home",
        R(
            "csc",
            "Lacey, Mason and Ellie returned home to Gemma at 31 Sorrel Way today from their "
            "grandmother's. Section 20 ended. CP plans continue.",
            kind="Placement end",
        ),
        R(
            "pri",
            "Mason - first day back. Mum says the children moved home from nan's yesterday.",
            shift="late",
        ),
        R(
            "pri",
            "Ellie - first day of Year 2. Back living with mum since yesterday.",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-12",
        "core-group-sept",
        R(
            "csc",
            "Core group after the children's return home. Gemma doing the Freedom Programme; "
            "no contact with Craig reported.",
            "15:45",
            "Core group",
        ),
        R("pri", "CG meeting here. Mason and Ellie settled."),
        R("sec", "Core group at Brookvale - I joined by Teams for Lacey.", "15:45"),
    )
    f.occ(
        "2024-10-10",
        "crown-court-sentence",
        R(
            "ppu",
            "TOLLAND SENTENCED AT CASTLEBROOK CROWN COURT: 14 MONTHS FOR BREACH SHPO X2, SHPO "
            "VARIED (NO CONTACT WITH YARDLEY CHILDREN). VISOR UPDATED.",
            "15:00",
            "Court result",
        ),
        R(
            "prob",
            "Contact: Court. Outcome: 14 months custody (Crown Court). Release date and licence "
            "to be calculated with the recall.",
            "16:10",
            "Court",
        ),
    )
    f.occ(
        "2024-11-05",
        "gp-lacey",
        R(
            "gp",
            "S: Lacey - poor sleep, panic attacks since summer, 'scared he'll come back'. "
            "O: tearful, no SH. A: anxiety. P: school nurse / CAMHS referral, safety net.",
            "16:10",
            "Consultation",
        ),
    )
    f.occ(
        "2024-11-18",
        "house-move",
        R(
            "hsg",
            "Management transfer: tenancy start 8 Linnet Close, CX3 1PF. Keys handed over. "
            "31 Sorrel Way tenancy ended.",
            "10:00",
            "Tenancy",
        ),
        R(
            "csc",
            "Family moved today to 8 Linnet Close on a management transfer (after the "
            "graffiti). Same schools.",
            kind="House move",
        ),
        R(
            "csc",
            "Family moved today to 8 Linnet Close on management transfer (after the graffiti). "
            "Same schools.",
            kind="House move",
        ),
        R(
            "sec",
            "Lacey's address changed - family moved to 8 Linnet Close yesterday.",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-03",
        "core-group-dec",
        R(
            "csc",
            "Core group at Brookvale. New house settled. Prison visitor list checked via "
            "probation - Gemma not on it.",
            "15:45",
            "Core group",
        ),
        R("pri", "Core group after school today.", shift="swap"),
    )
    f.occ(
        "2024-12-05",
        "mappa-prerelease",
        R(
            "mappa",
            "MAPPA Level 2 (pre-release planning) - Craig Tolland, CRD 07/03/25. Release to "
            "Hawthorn House approved premises; exclusion zones Linnet Close, Brookvale and "
            "Harrowdene; polygraph condition requested.",
            "10:00",
            "MAPPA meeting",
        ),
        R(
            "prob",
            "Contact: MAPPA pre-release meeting. Outcome: AP place confirmed; licence "
            "conditions drafted.",
            "10:00",
            "MAPPA",
        ),
        R(
            "ppu",
            "MAPPA L2 PRE-RELEASE - TOLLAND. NEW FAMILY ADDRESS NOT TO BE SHARED WITH SUBJECT.",
            "10:00",
            "MAPPA",
        ),
        R(
            "csc",
            "MAPPA pre-release meeting - SW attended. New address kept confidential.",
            "10:00",
            "Multi-agency meeting",
        ),
    )

    # --- RCPC, release, step down ------------------------------------------------------------
    f.occ(
        "2025-01-16",
        "rcpc-2",
        R(
            "csc",
            "Review CP conference: plans continue until Craig's release in March has been "
            "managed; review again in May.",
            "10:00",
            "RCPC",
        ),
        R("sec", "RCPC for Lacey - plan continues."),
        R(
            "pri",
            "Mason and Ellie's review conference this morning, plans continue.",
            "10:00",
        ),
        R(
            "gp",
            "Case conference (review) - report sent, outcome CP plans continue x3.",
            kind="Case conference",
            shift="+1",
        ),
    )
    f.occ(
        "2025-01-17",
        "core-group-jan",
        R(
            "csc",
            "Core group the day after the RCPC to update the plan for Craig's release.",
            "15:45",
            "Core group",
        ),
        R("pri", "Core group, updated plan: what to do if Craig is seen near school."),
    )
    f.occ(
        "2025-03-07",
        "release",
        R(
            "prob",
            "Contact: Release. Outcome: CT released from HMP Brackenmoor 09:00, reported to "
            "Hawthorn House AP by 12:00. Licence conditions read and signed.",
            "09:00",
            "Release",
        ),
        R(
            "ppu",
            "TOLLAND RELEASED ON LICENCE TO HAWTHORN HOUSE AP. NOTIFICATION REQUIRED WITHIN 3 "
            "DAYS.",
            "12:30",
            "Release",
        ),
    )
    f.occ(
        "2025-03-10",
        "notification",
        R(
            "ppu",
            "TOLLAND ATTENDED CASTLEBROOK STATION - NOTIFICATION OF ADDRESS (HAWTHORN HOUSE AP) "
            "UNDER S.84 SOA 2003. PHOTOGRAPHED. VISOR UPDATED.",
            "11:15",
            "Notification",
        ),
    )
    f.occ(
        "2025-05-15",
        "rcpc-3",
        R(
            "csc",
            "Review CP conference: no contact between Craig and the family since release; "
            "Gemma completed Freedom Programme. CP plans ended; children stepped down to Child "
            "in Need plans.",
            "10:00",
            "RCPC",
        ),
        R(
            "ppu",
            "RCPC - CP PLANS ENDED, CIN. POLICE TO CONTINUE VISOR MANAGEMENT OF TOLLAND.",
            "10:00",
            "Conference",
        ),
        R("pri", "Mason and Ellie off CP plans today, now CIN."),
    )
    f.occ(
        "2025-06-12",
        "cin-meeting",
        R(
            "csc",
            "First CIN review meeting. Children doing well; Lacey seeing school nurse weekly.",
            "15:45",
            "CIN meeting",
        ),
        R("sec", "CIN meeting for Lacey (and siblings) - I attended."),
    )

    # --- routine single entries ------------------------------------------------------------
    f.fill(
        "ppu",
        "2024-02-05",
        "2024-07-19",
        [
            ("Home visit", "VISOR - HOME VISIT 5 PELLOW COURT, TOLLAND PRESENT, NO ISSUES."),
            ("Home visit", "VISOR - UNANNOUNCED VISIT, SUBJECT NOT PRESENT, CARD LEFT."),
        ],
    )
    f.fill(
        "prob",
        "2024-02-05",
        "2024-07-19",
        [
            ("Supervision", "Contact: Office supervision. Outcome: attended, compliant."),
            ("Supervision", "Contact: Office supervision. Outcome: attended late."),
        ],
    )
    f.fill(
        "pri",
        "2024-02-05",
        "2025-06-27",
        [
            ("", "Ellie - nit letter sent home."),
            ("", "Mason - fell in playground, graze to knee, first aid given."),
        ],
        timed=False,
    )
    f.fill(
        "pri",
        "2024-04-17",
        "2024-05-15",
        [("", "Mason and Ellie collected by nan as per the plan.")],
        timed=False,
    )
    f.fill(
        "sec",
        "2024-02-05",
        "2025-06-27",
        [
            ("", "Lacey - detention for phone in lesson."),
            ("", "Lacey checked in with me at lunch, said things are 'ok at home'."),
        ],
        timed=False,
    )
    f.fill(
        "sn",
        "2024-11-11",
        "2025-06-27",
        [
            (
                "1:1 session",
                "Contact type: 1:1 in school. Outcome: Lacey - anxiety work, breathing techniques.",
            ),
            ("1:1 session", "Contact type: 1:1. Outcome: Lacey did not attend, rebooked."),
        ],
    )
    f.fill(
        "da",
        "2024-04-22",
        "2024-12-20",
        [("Telephone", "Check-in call with Gemma, no contact from Craig reported.")],
    )
    f.fill(
        "gp",
        "2024-02-05",
        "2025-06-27",
        [("Consultation", "S: Ellie - cough 5/7, eating ok. O: chest clear. A: URTI.")],
    )
    return f.case()


def blind_dedup_cases_20() -> list[BlindCase]:
    """The twentieth blind set's families, in the order they were written."""
    return [_dunmerrow(), _orrell(), _yardley()]


if __name__ == "__main__":
    summary(blind_dedup_cases_20)
