"""A twentieth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 100-130 chronology rows from nine to twelve services'
sheets over twelve to eighteen months:

1. The Dunmerrow family (Hollinsford): Isla, nine, with type 1 diabetes, whose mother misses
   clinics and leaves insulin uncollected (a paediatric diabetes specialist nurse, a school
   individual healthcare plan, pharmacy records, Early Help, a DKA admission in March and a
   severe hypo in October the morning after an attendance for ketones) and, late, a concern that
   the mother is inducing the hypos (device data, a professionals' meeting, a referral, two
   strategy discussions, a supervised admission, an ICPC).

How they were written (blind): composed from the domain brief (DOMAIN.md), the `Event` schema
(chronology/schema.py), the shared kit (sample_data/dedup_case_kit.py), the module docstring and
the agency constants at the top of the seventh set (for the file's format only; none of its
families, wordings or places reused) and the last thirty lines of the fourteenth set (for how a
set module ends). The duplicate rules, their settings, the linkage model, any bench result, the
tests and every other labelled set were not read, and the merge was not run on these cases.

The services write very differently: police logs in capitals with log, CAD and crime numbers;
long social care narrative; "Contact type: ... Outcome: ..." templates (specialist nurses, school
nursing, midwifery, the leaving care service); GP "S: O: A: P:" notes and "Letter filed" lines;
school and college logs in the first person with no event-type column; emergency department and
ward notes in clinical shorthand written as several rows; ambulance incident summaries;
first-person notes of other services (a pharmacist, a family support worker, a supported
lodgings host, an IDVA).

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
  ward that day; a planned (supervised) admission is an admission like any other. A later
  nursing note during the stay, and the discharge summary letter filed by the GP, are their own
  occurrences.
- Decision for this set: a pharmacy's emergency supply of insulin and the email it then sends
  the GP about the supply are two occurrences (the supply, the email); the GP's "email received"
  row is the other end of the email. Routine repeat prescriptions issued by the GP and repeats
  dispensed by the pharmacy are separate occurrences.
- Decision for this set: a specialist nurse's visit to a school to train staff, recorded by the
  nurse and by the school, is one occurrence (a visit both record); a consultant's review of
  device data with no one else present is its own occurrence, apart from the professionals'
  meeting it led to; a report or email sent before a conference or strategy discussion is its
  own occurrence, apart from the meeting.

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

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, SCHOOL_NURSE)

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


def blind_dedup_cases_20() -> list[BlindCase]:
    """The twentieth blind set's families, in the order they were written."""
    return [_dunmerrow()]


if __name__ == "__main__":
    summary(blind_dedup_cases_20)
