"""A twenty-fourth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 100-130 chronology rows from nine to twelve services'
sheets over twelve to eighteen months: a four-year-old boy, one of twins at the same nursery,
with severe tooth decay and faltering weight, whose father is dependent on alcohol and whose
mother has postnatal depression (a nursery that writes one row per twin, a dental hospital's
pre-operative assessment and general anaesthetic extractions written as several rows, a missed
theatre date, perinatal mental health, an alcohol recovery service, a child in need plan and then
a child protection plan for neglect, two Graded Care Profiles, a drunken row at night with the
call before midnight and the arrest after it, core groups under several names); a seventeen-year-
old boy serving a detention sentence in a young offender institution and then on licence (the
youth justice service, MAPPA, his release recorded by four services, licence conditions, a
semi-independent placement, the move to probation at eighteen, a friend stabbed beside him, his
own trauma admission written over several rows, police interviews, a recall to custody, both
ends of calls between the youth justice worker and the police offender manager); a baby born to
a mother with a learning disability who goes with her baby into a parent-and-baby foster
placement (a pre-birth assessment and conference, the birth recorded by four services, the
placement start, the GP registration, parenting assessment sessions, a Public Law Outline
meeting, an advocate's notes, a case management hearing, an issues resolution hearing and a
two-day final hearing, a special guardianship assessment of the grandmother, and visits from
the mother's first baby).

How they were written (blind): composed from the domain brief (`DOMAIN.md`), the `Event` schema
(`chronology/schema.py`), the shared kit (`sample_data/dedup_case_kit.py`), the seventh blind
set's module docstring, agency constants and the lines right after them (read only for the file
format) and the last thirty lines of the fourteenth set (read only for how a set module ends).
The duplicate rules and their settings, the linkage model, any bench result, the tests and every
other labelled set were not read, and the merge was not run on these cases (issue 12,
"Generalisation practice"). Kept apart from tuning: measure on them blind first.

The services write very differently: terse capital-letter police logs with CAD, log and crime
references; long children's social care narrative; "Contact type: ... Outcome: ..." health
visiting and perinatal templates; GP "S: O: A: P:" notes; first-person logs by a nursery
practitioner, a foster carer, an advocate and a semi-independent support worker; hospital
clinical shorthand that writes one clinic attendance, one day-case or one admission day as
several rows; a youth offending institution's case notes; a conference chair's formal record;
a youth justice worker and a police offender manager writing the two ends of one call in
quite different words; abbreviations throughout (ICPC, RCPC, CG, CIN, s47, GCP2, PLO, IRH, YOI,
YJS, MAPPA, LD, PAMS, SGO, CMH).

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
letter or referral was logged by the receiving service on the next day.

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
- Decision for this set: a nursery is treated as a school. Its letter home written once per twin,
  and its welfare call about both twins' absence written once per twin, are each one
  occurrence; the mother's call back later that day (again written once per twin) is another.
- Decision for this set: a dental hospital's outpatient attendance, its pre-operative
  assessment (nurse and anaesthetist rows) and its general anaesthetic day-case (admission,
  theatre and discharge rows) are each written as several rows of one attendance, and each is
  ONE occurrence, as an emergency department's attendance is. The pre-operative assessment and
  the day-case a fortnight later are two occurrences; so are the missed theatre date (was not
  brought) and the safeguarding referral the dental hospital made about it the same afternoon.
- Decision for this set: a clinic's letter to the GP or health visitor after an attendance is its
  own occurrence (a letter), sent by the clinic and received by the GP or health visitor, not
  the attendance itself.
- Decision for this set: a health visitor's home visit at which she decides to refer, and the
  referral she sends after it (received by community paediatrics the next day), are two
  occurrences; the referral's two ends are one.
- Decision for this set: a police call made just before midnight and the arrest made just after
  it, on the next calendar day, are two occurrences (an incident and an arrest); the alcohol
  service's note the day after the arrest that "Dean was arrested in the early hours" names the
  same arrest and is a record of it (in `noise`). The police's child notification sent to the
  MASH and the MASH's record of receiving it are one occurrence, different from the incident.
- Decision for this set: a GP's report or email sent for a strategy discussion or conference is
  its own occurrence, not the meeting.
- Decision for this set: a release from custody and the arrival at the placement that afternoon
  are two occurrences (a discharge from one place, a placement start at another). Each row that
  names the release (the institution's discharge, the youth justice worker's and the personal
  adviser's "released today", the police offender manager's marker update) records the release;
  each that names the arrival at the placement records the placement start. The re-release
  months later is its own occurrence.
- Decision for this set: the placement staff's note that the youth justice worker and the police
  offender manager came to see the boy is a record of that joint visit (one occurrence with both
  visitors' rows).
- Decision for this set: a missing report phoned to the police by the placement and the police
  log of it are the two ends of one call; his return that night (logged by both) is another
  occurrence, the placement's email to the youth justice service the next morning a third and
  the warning letter a fourth.
- Decision for this set: a trauma ward's rows on the admission day (arrival from the emergency
  department, theatre) are one occurrence, as an emergency department's several rows are; the
  detective's visit to take his account on the ward that afternoon (recorded by police and the
  ward) is another; the next day's ward round and the discharge (recorded by the ward, the
  placement and probation) are others. The scene (police with ambulance), the emergency
  department attendance and the ward admission are three occurrences.
- Decision for this set: the youth justice service's transfer of the case and probation's
  receipt of it (logged the next day) are the two ends of one transfer, apart from the
  transition meeting a month before.
- Decision for this set: the recall request, the revocation issued by the recall section
  (probation's and the police's records of it), the arrest on recall (police, the placement,
  and the personal adviser the next day) and the reception into custody the day after are four
  occurrences.
- Decision for this set: two suspects' arrests on one morning are two occurrences and the first
  suspect's charge the next day a third; the boy's witness account on the ward and his voluntary
  interview under caution nine days later are two more.
- Decision for this set: the birth is one occurrence recorded by the midwife (delivery), the
  social worker (that morning), the foster carer (her diary of the social worker's call telling
  her of it) and the health visitor (a birth notification logged the next day naming the date,
  time and weight; in `noise`): a birth notification naming the birth's specifics is a record
  of the birth, unlike a hospital's notice of an attendance. The GP registration six days later
  (recorded by the GP and in the carer's diary) is another occurrence.
- Decision for this set: a postnatal discharge straight into the parent-and-baby placement is
  ONE occurrence (the midwife's discharge "to the placement", the social worker's "discharged
  and I took them to the placement", the carer's "arrived at 2.30", the supervising social
  worker's "placement commenced"), as an earlier set labelled a discharge into a foster
  placement. The custody release in the second family is two because the services wrote the
  gate release (08:50) and the arrival at the placement (12:30) as two separate entries, the
  personal adviser one of each.
- Decision for this set: the foster carer's diary note of a visit or session held in her home
  (the health visitor's new birth visit, a parenting assessment session, a looked-after review,
  a placement planning meeting) is a record of that visit, session or meeting; her own note of
  finding the mother asleep with the baby that night is a different occurrence.
- Decision for this set: each monthly sibling visit (the first baby brought to see the new baby)
  is its own occurrence, recorded by the contact supervisor and by the carer; the kinship
  assessor who observed the fourth visit for her assessment recorded that visit.
- Decision for this set: the case management hearing, the further case management hearing, the
  issues resolution hearing and the two days of the final hearing are five occurrences, each day
  of the final hearing its own; an order made at a hearing (the interim care order at the first,
  the special guardianship order on the last day, noted by the kinship team as "SGO granted
  today") is part of that hearing. The issue of the application and the guardian's allocation
  the next day are two other occurrences.
- Decision for this set: a report sent and the receiving service's note that it was received
  and filed (the parenting assessment, the special guardianship assessment, the guardian's
  analysis) are one occurrence; the letter before proceedings, issued by legal services and
  hand delivered by the social worker, is one occurrence and not the PLO meeting a week later;
  the advocate's preparation meetings with the mother before the PLO meeting and before the
  issues resolution hearing are occurrences of their own.
- Decision for this set: the baby's move from the parent-and-baby placement to her grandmother
  (recorded by social care, the carer, the supervising social worker and the kinship team) is
  one occurrence; the mother's own move into supported living that afternoon is another.

Everything is invented: people, workers, nurseries, surgeries, hospitals, wards, the young
offender institution, placements, courts, towns, addresses, postcodes and reference numbers.
Deterministic: one fixed seed per case (it only places the routine entries and picks their
times), no set or hash ordering.

    python sample_data/blind_dedup_cases_24.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
HV = "Health Visiting"
MW = "Midwifery"
GP = "GP"
NURSERY = "Nursery"
DENTAL = "Paediatric Dentistry (Dental Hospital)"
PERINATAL = "Perinatal Mental Health"
ALCOHOL = "Adult Alcohol Recovery Service"
PAEDS = "Community Paediatrics"
CONFERENCE = "Safeguarding Conference Service"
YOI = "Young Offender Institution"
YJS = "Youth Justice Service"
PROBATION = "Probation Service"
MAPPA = "MAPPA Coordination Unit"
SEMI = "Semi-Independent Accommodation Provider"
AMBULANCE = "Ambulance Service"
ED = "Emergency Department"
TRAUMA = "Major Trauma Ward"
FOSTERING = "Fostering Service"
PARENTING = "Independent Parenting Assessment (PAMS)"
ADVOCACY = "Learning Disability Advocacy"
LEGAL = "Local Authority Legal Services"
CAFCASS = "Cafcass"
ASC = "Adult Social Care (Learning Disability Team)"

TERM_TIME_AGENCIES: tuple[str, ...] = (NURSERY,)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Rushbrooke family, Ollerford. Twins Tyler and Skye Rushbrooke (b. 11/02/2020) and
# baby Ruby (b. 20/02/2024) live with their mother Kerry Rushbrooke (b. 1993) and father Dean
# Rushbrooke (b. 1989) at 22 Pitchcroft Walk, Ollerford OF4 6TN; registered at Sallowfield
# Surgery; the twins at Bramblegate Day Nursery (same room). Tyler's teeth are rotten and his
# weight falters; Dean drinks; Kerry has postnatal depression. CIN, then CP for neglect.
# --------------------------------------------------------------------------------------------


def _rushbrooke() -> BlindCase:
    f = Family(
        "rushbrooke",
        2401,
        {
            "nur": Sheet(
                NURSERY,
                "Bramblegate_Day_Nursery_log.xlsx",
                "Rushbrooke twins",
                (
                    ("2024-01-01", "Gemma Strickson (Hedgehogs room leader)"),
                    ("2024-09-01", "Lorna Penhallow (manager, DSL)"),
                ),
                typed=False,
            ),
            "dent": Sheet(
                DENTAL,
                "OllerfordDentalHospital_PaedDent_TR.xlsx",
                "Episodes",
                (("2024-01-01", "Mr T Elphick, Consultant Paediatric Dentist"),),
            ),
            "hv": Sheet(
                HV,
                "HV_Rushbrooke_family.xlsx",
                "Contacts",
                (("2024-01-01", "Becky Tolland HV"),),
            ),
            "pmh": Sheet(
                PERINATAL,
                "PMHT_KRushbrooke.docx",
                "Table 1",
                (("2024-01-01", "Anwen Prothero CPN"),),
            ),
            "gp": Sheet(
                GP,
                "Sallowfield_Surgery_Rushbrooke.xlsx",
                "Consultations",
                (("2024-01-01", "Dr N Fairweather"), ("2025-01-01", "Dr H Quaye")),
            ),
            "alc": Sheet(
                ALCOHOL,
                "OllerfordRecoveryHub_DRushbrooke.xlsx",
                "Case notes",
                (("2024-01-01", "Lee Marchbank, recovery worker"),),
            ),
            "csc": Sheet(
                CSC,
                "CSC_Rushbrooke_chronology.xlsx",
                "Case notes",
                (
                    ("2024-01-01", "MASH duty SW"),
                    ("2024-07-08", "Sam Oduya SW"),
                ),
            ),
            "pol": Sheet(
                POLICE,
                "Police_Rushbrooke_return.xlsx",
                "Niche extract",
                (("2024-01-01", "DC 3317 Yarwood (PVP)"),),
            ),
            "paeds": Sheet(
                PAEDS,
                "CommPaeds_TylerRushbrooke.xlsx",
                "Clinic",
                (("2024-01-01", "Dr S Mahendran, Consultant Community Paediatrician"),),
            ),
            "cpc": Sheet(
                CONFERENCE,
                "SQA_Conference_Register_Rushbrooke.xlsx",
                "Conferences",
                (("2024-01-01", "Jenna Ashcombe, CP Chair"),),
            ),
        },
    )

    f.occ(
        "2024-04-10",
        "pmh-review",
        R(
            "pmh",
            "Contact type: Home visit (CPN). Kerry 7 weeks postnatal, PHQ-9 19, low mood, "
            "tearful, poor sleep, not eating. On sertraline 100mg. Disclosed partner Dean "
            "'drinks every night, 8 or 9 cans' and she does most of the childcare for the twins "
            "and Ruby. Outcome: continue weekly CPN contact, psychology waiting list.",
            "13:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-04-16",
        "hv-ruby-8wk",
        R(
            "hv",
            "Contact type: Home visit - 6-8 week review Ruby. Outcome: Ruby 4.9kg (50th), well. "
            "Observed Tyler (4y) very slight, front teeth brown/broken, eating crisps at 10am. "
            "Mum says he 'won't eat proper food'. Home cluttered, strong smell of stale alcohol. "
            "Plan: liaise with nursery re Tyler's eating and weight.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-04-23",
        "hv-nursery-call",
        R(
            "hv",
            "Contact type: Telephone to Bramblegate Day Nursery (room leader). Outcome: nursery "
            "share concerns re Tyler - hungry on arrival, toothache, lunchbox sweets and fizzy "
            "pop. Agreed nursery will weigh/measure and send to HV.",
            "11:20",
            "Telephone",
        ),
        R(
            "nur",
            "Phone call from Becky the health visitor asking about Tyler. I told her he comes in "
            "hungry most days, holds his cheek at snack time and his lunchbox is crisps, "
            "chocolate and Coke. I said we would weigh him this week and send it over.",
            "11:20",
        ),
    )
    f.occ(
        "2024-04-30",
        "nursery-letter-lunch",
        R(
            "nur",
            "Letter home for Tyler: healthy lunchbox policy, no fizzy drinks or sweets, "
            "free breakfast club place offered.",
            "15:30",
        ),
        R(
            "nur",
            "Letter home for Skye: healthy lunchbox policy, no fizzy drinks or sweets, "
            "free breakfast club place offered.",
            "15:30",
        ),
    )
    f.occ(
        "2024-05-07",
        "gp-tyler-teeth",
        R(
            "gp",
            "Tyler. S: Mum reports toothache 2/52, waking at night, not eating, only drinks "
            "juice from bottle. O: Multiple carious upper incisors and molars, no facial "
            "swelling, apyrexial. Wt 13.1kg. A: Severe early childhood caries. P: Refer "
            "paediatric dentistry (urgent). Calpol. Not registered with a dentist - advised.",
            "09:10",
            "Consultation",
        ),
    )
    f.occ(
        "2024-05-07",
        "gp-skye-cough",
        R(
            "gp",
            "Skye. S: Cough 5/7, coryzal, eating and drinking OK. O: Chest clear, T 37.4, ENT "
            "NAD. A: URTI. P: Fluids, safety-net advice given to mum.",
            "09:20",
            "Consultation",
        ),
    )
    f.occ(
        "2024-05-07",
        "gp-dental-referral",
        R(
            "gp",
            "Referral letter to Paediatric Dentistry, Ollerford Dental Hospital: severe caries "
            "Tyler, ?needs GA. Also weight concern - copy to HV.",
            "12:45",
            "Referral",
        ),
        R(
            "dent",
            "Referral received from Sallowfield Surgery (Dr Fairweather): 4yo, severe ECC, "
            "pain, ?GA. Triaged urgent - NP appt to be booked.",
            "",
            "Referral",
            shift="+1",
        ),
    )
    f.occ(
        "2024-05-14",
        "hv-weigh-visit",
        R(
            "hv",
            "Contact type: Home visit (targeted). Outcome: Tyler weighed 13.0kg, height 104cm; "
            "weight now below 0.4th centile, height 25th. Nursery weights consistent. Mum "
            "flat, says Dean 'out most of the day'. Discussed with safeguarding supervisor - "
            "will refer to community paediatrics for faltering growth.",
            "10:15",
            "Home visit",
        ),
    )
    f.occ(
        "2024-05-14",
        "hv-paeds-referral",
        R(
            "hv",
            "Contact type: Referral (e-RS) to Community Paediatrics. Outcome: faltering weight "
            "Tyler, growth chart and nursery weights attached.",
            "15:40",
            "Referral",
        ),
        R(
            "paeds",
            "Referral rec'd from HV (B Tolland): wt <0.4th centile, severe dental caries, "
            "?neglect. Accepted - clinic appt June.",
            "",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-04",
        "dent-np-clinic",
        R(
            "dent",
            "NP assessment. Attended with mum. PC: pain, difficulty eating. Hx: bottle with juice "
            "overnight until 3y, no toothbrushing routine, never seen a dentist. O/E: caries "
            "affecting 12 of 20 primary teeth, 2 abscessed (51, 84). Dx: severe ECC. Plan: GA "
            "comprehensive care, XLA, pre-op assessment to be booked.",
            "10:30",
            "Outpatient",
        ),
        R(
            "dent",
            "Safeguarding: dental neglect concern (untreated pain, no dental attendance, "
            "weight low). Discussed with hospital safeguarding nurse. Letter to GP and HV; "
            "any WNB to be escalated.",
            "11:10",
            "Safeguarding",
        ),
    )
    f.occ(
        "2024-06-05",
        "dent-letter",
        R(
            "dent",
            "Clinic letter to GP/HV: severe ECC, 12 teeth affected, for GA XLA; dental neglect "
            "concern; please support family to attend.",
            "",
            "Letter",
        ),
        R(
            "gp",
            "Letter in from Paediatric Dentistry (Mr Elphick): Tyler listed for GA extractions, "
            "dental neglect concern raised. Filed, task to HV.",
            "",
            "Correspondence",
            shift="+1",
        ),
        R(
            "hv",
            "Contact type: Correspondence received. Outcome: dental hospital letter - Tyler for "
            "GA extractions, dental neglect concern. Added to caseload review.",
            "",
            "Correspondence",
            shift="+1",
        ),
    )
    f.occ(
        "2024-06-11",
        "paeds-clinic-1",
        R(
            "paeds",
            "New pt clinic. Wt 12.95kg (<0.4th), Ht 104cm (25th), BMI <0.4th. Attended with mum "
            "and baby. Diet hx: grazing, juice, crisps, few meals at table. No GI symptoms. "
            "Exam NAD apart from dental caries. Bloods (FBC, ferritin, coeliac) sent. "
            "Impression: faltering growth, likely dietary/neglect. Dietetic referral; review "
            "3/12. Copy to GP/HV.",
            "14:00",
            "Clinic",
        ),
    )
    f.occ(
        "2024-06-18",
        "nursery-welfare-call",
        R(
            "nur",
            "Tyler absent 3rd day, no message. I rang mum at 9.45 for a welfare call, no "
            "answer, voicemail left.",
            "09:45",
        ),
        R(
            "nur",
            "Skye absent 3rd day, no message. Welfare call to mum at 9.45 - no answer, left a "
            "voicemail.",
            "09:45",
        ),
    )
    f.occ(
        "2024-06-18",
        "nursery-mum-callback",
        R(
            "nur",
            "Mum rang back about Tyler at 3.40pm: both twins had a sickness bug, back "
            "tomorrow. She sounded very low.",
            "15:40",
        ),
        R(
            "nur",
            "Mum rang back re Skye 15:40 - sickness bug, twins back tomorrow.",
            "15:40",
        ),
    )
    f.occ(
        "2024-06-25",
        "dent-preop",
        R(
            "dent",
            "Pre-op assessment (nurse). Wt 13.0kg. Fasting instructions given verbally and in "
            "writing. Consent discussed, mum signed. Dad also present - smelt of alcohol, "
            "left before anaesthetic review.",
            "10:30",
            "Pre-op",
        ),
        R(
            "dent",
            "Anaesthetic review: ASA 1, airway fine, no FHx anaesthetic problems. Fit for GA "
            "day-case list 02/07.",
            "11:15",
            "Pre-op",
        ),
    )
    f.occ(
        "2024-07-02",
        "dent-wnb",
        R(
            "dent",
            "GA day-case list: WNB. Not at DCU by 07:30. Phoned mum x2 07:45 and 08:10, no "
            "answer. Slot given to another pt. 2nd WNB (also missed a post-NP review).",
            "08:15",
            "Was not brought",
        ),
    )
    f.occ(
        "2024-07-02",
        "dent-referral-csc",
        R(
            "dent",
            "Safeguarding referral to Ollerford Children's Front Door (MARF) by hospital "
            "safeguarding nurse: dental neglect, 2 abscessed teeth untreated, WNB for GA today.",
            "14:05",
            "Safeguarding",
        ),
        R(
            "csc",
            "Contact received into MASH from Ollerford Dental Hospital safeguarding nurse: "
            "Tyler (4) not brought for general anaesthetic dental extractions today, severe "
            "decay with two abscesses, in pain. Previous concerns from HV re weight. Contact "
            "recorded for MASH screening.",
            "14:30",
            "Contact",
        ),
    )
    f.occ(
        "2024-07-03",
        "mash-decision",
        R(
            "csc",
            "MASH screening decision (team manager): information gathered from GP, HV, nursery "
            "and police (one historic DA incident 2022). Threshold met for a Child and Family "
            "Assessment under s17 for all three children. RAG amber. Allocated to Locality "
            "Team 2.",
            "16:00",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-07-09",
        "dent-ga-daycase",
        R(
            "dent",
            "DCU: admitted 07:30 with mum, fasted, pre-op checks complete.",
            "07:30",
            "Day case",
        ),
        R(
            "dent",
            "Theatre: GA, XLA 51 52 53 61 62 63 74 75 84 85 (10 teeth), FS to 6s. No "
            "complications. LA infiltration.",
            "10:40",
            "Day case",
        ),
        R(
            "dent",
            "Discharged home with mum 14:20. Eating and drinking. Post-op advice, Calpol/"
            "ibuprofen. Review 6/12. Safeguarding: SW aware of attendance today.",
            "14:20",
            "Day case",
        ),
    )
    f.occ(
        "2024-07-10",
        "dent-discharge-letter",
        R(
            "dent",
            "Discharge letter to GP, HV and allocated SW: 10 primary teeth extracted under GA "
            "09/07, remaining teeth need fluoride varnish and 3-monthly review.",
            "",
            "Letter",
        ),
        R(
            "gp",
            "Correspondence: Ollerford Dental Hosp - GA XLA x10 done 09/07. Noted.",
            "",
            "Correspondence",
            shift="+1",
        ),
    )
    f.occ(
        "2024-07-16",
        "sw-visit-cfa",
        R(
            "csc",
            "Home visit for Child and Family Assessment. Seen Kerry, Ruby and the twins; Dean "
            "asleep upstairs at 11am and did not come down. Tyler eating yoghurt, said his "
            "mouth 'doesn't hurt now'. Kitchen had little food - bread, crisps, squash. Empty "
            "cans in the recycling. Kerry tearful, says she is 'just about coping'. Discussed "
            "routines, meals and Dean's drinking; Kerry would like help.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-07-16",
        "hv-visit-ruby",
        R(
            "hv",
            "Contact type: Home visit (Ruby, weight). Outcome: Ruby 6.9kg, following 50th. "
            "SW visited earlier today, mum says. Tyler post-GA, eating better. Food bank "
            "voucher given.",
            "14:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-07-24",
        "gcp2-joint-1",
        R(
            "csc",
            "Joint home visit with HV to complete the Graded Care Profile 2 with Kerry. Scores: "
            "nutrition 4, housing/hygiene 3, health 4, safety 3, love/care 2, stimulation 3. "
            "Overall pattern of neglect in physical care and health. Dean not present.",
            "10:00",
            "Assessment",
        ),
        R(
            "hv",
            "Contact type: Joint visit with SW - GCP2. Outcome: GCP2 completed, highest scores "
            "nutrition and health (4). Kerry engaged, acknowledges struggling.",
            "10:00",
            "Assessment",
        ),
    )
    f.occ(
        "2024-08-06",
        "alc-self-referral",
        R(
            "alc",
            "Self-referral by telephone. Dean says he drinks 'about 10 cans' a day, shakes in "
            "the morning, partner 'has had enough' and social services involved. Booked for "
            "assessment.",
            "12:10",
            "Self-referral",
        ),
    )
    f.occ(
        "2024-08-14",
        "alc-assessment",
        R(
            "alc",
            "Comprehensive assessment. AUDIT 31, SADQ 22 (moderate dependence). Drinking since "
            "15, heavier since twins born. Previous detox 2019, relapsed. Three children at "
            "home, social worker involved. Plan: keyworking, Antabuse discussion, group.",
            "10:30",
            "Assessment",
        ),
    )
    f.occ(
        "2024-08-29",
        "cfa-concluded",
        R(
            "csc",
            "Child and Family Assessment authorised. Tyler's severe dental decay and faltering "
            "weight, Kerry's depression and Dean's alcohol dependence show the children's "
            "needs are not met consistently. Outcome: Child in Need plan for Tyler, Skye and "
            "Ruby; initial CIN meeting to be convened.",
            "",
            "Assessment",
        ),
    )
    f.occ(
        "2024-09-12",
        "cin-meeting-1",
        R(
            "csc",
            "Initial Child in Need meeting at Bramblegate nursery. Present: Kerry, Dean, SW, HV, "
            "nursery manager, Recovery Hub worker. Plan: nursery breakfast club daily, HV to "
            "weigh Tyler monthly, dental fluoride appts to be kept, Dean to engage with "
            "Recovery Hub, Kerry to continue with perinatal team. Review in 6 weeks.",
            "13:00",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: Meeting - CIN (initial). Outcome: CIN plan agreed; HV monthly weights "
            "Tyler, Ruby's reviews as usual.",
            "13:00",
            "Meeting",
        ),
        R(
            "nur",
            "I went to the CIN meeting for the twins today at nursery. We will give Tyler and "
            "Skye breakfast every day and I will send the weights to Becky.",
            "",
        ),
        R(
            "alc",
            "Attended CIN meeting (children's social care) at the nursery. Dean attended; "
            "agreed to weekly keywork and to start group.",
            "13:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-09-19",
        "pmh-review-2",
        R(
            "pmh",
            "Contact type: Clinic review (psychiatrist + CPN). Outcome: mood a little brighter, "
            "PHQ-9 14. Worried CSC will 'take the kids'. Sertraline to 150mg. Psychology "
            "starts October.",
            "10:00",
            "Clinic",
        ),
    )
    f.occ(
        "2024-09-19",
        "gp-med-review",
        R(
            "gp",
            "Kerry (mother). S: sertraline review, PMHT increased dose this am, some nausea. "
            "Sleeping 5h. No thoughts of self-harm. O: calm, good eye contact. A: PND, "
            "improving. P: sertraline 150mg issued 28/7, review 4/52.",
            "16:20",
            "Consultation",
        ),
    )
    f.occ(
        "2024-10-12",
        "police-call-row",
        R(
            "pol",
            "CAD 2291 12/10/24. CALL FROM NEIGHBOUR AT 22 PITCHCROFT WALK - MALE SHOUTING, "
            "GLASS SMASHING, CHILDREN HEARD CRYING. GRADE 1. OFFICERS ATTENDED 23:52. DEAN "
            "RUSHBROOKE HEAVILY INTOXICATED, TV AND FRONT WINDOW SMASHED. KERRY STATES HE "
            "PUSHED HER INTO DOOR FRAME. 3 CHILDREN PRESENT, ASLEEP/UPSET. DASH MEDIUM.",
            "23:41",
            "Domestic incident",
            ref="CAD 2291",
        ),
    )
    f.occ(
        "2024-10-13",
        "police-arrest-dean",
        R(
            "pol",
            "ARREST - DEAN RUSHBROOKE AT HOME ADDRESS 00:20 FOR CRIMINAL DAMAGE AND COMMON "
            "ASSAULT (DA). CONVEYED TO OLLERFORD CUSTODY. TOO DRUNK TO INTERVIEW UNTIL AM. "
            "CRIME REF OF/24/118832.",
            "00:20",
            "Arrest",
            ref="OF/24/118832",
        ),
        R(
            "alc",
            "Kerry phoned the Hub: Dean was arrested in the early hours of Sunday (13/10) at "
            "home after smashing the TV and window while drunk. He is in custody. Safeguarding "
            "log completed.",
            "09:30",
            "Safeguarding",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-13",
        "police-charge-dean",
        R(
            "pol",
            "INTERVIEWED 11:05, ADMITS DAMAGE, DENIES ASSAULT. CPS AUTHORITY. CHARGED CRIMINAL "
            "DAMAGE AND COMMON ASSAULT. BAILED TO OLLERFORD MAGISTRATES 05/11/24 - NOT TO "
            "CONTACT KERRY RUSHBROOKE DIRECTLY OR INDIRECTLY, NOT TO ATTEND 22 PITCHCROFT WALK.",
            "15:45",
            "Charge",
            ref="OF/24/118832",
        ),
    )
    f.occ(
        "2024-10-13",
        "police-ppn",
        R(
            "pol",
            "PPN (CHILD) SUBMITTED TO OLLERFORD MASH RE TYLER, SKYE AND RUBY - DA WITNESSED, "
            "FATHER INTOXICATED.",
            "17:10",
            "Notification",
            ref="PPN 24/55710",
        ),
        R(
            "csc",
            "Police notification (PPN) received into MASH regarding a domestic incident at the "
            "home on Saturday night: Dean drunk, smashed TV and window, pushed Kerry; the three "
            "children present. Dean charged and on bail not to attend the address. Passed to "
            "allocated SW Sam Oduya.",
            "09:05",
            "Contact",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-15",
        "gp-email-strat",
        R(
            "gp",
            "Email to CSC for strategy discussion: Tyler wt 13.1kg (May), dental GA July, "
            "mother on sertraline 150mg (PMHT), father not seen since 2021 (alcohol hx).",
            "09:40",
            "Email",
        ),
    )
    f.occ(
        "2024-10-15",
        "strategy",
        R(
            "csc",
            "Strategy discussion by Teams (chaired by TM). Present: SW, police PVP, HV, nursery "
            "manager; GP information by email. Agreed the threshold for s47 enquiries is met "
            "(neglect, with DA and parental alcohol misuse). Single-agency s47 by CSC, child "
            "protection medical for Tyler to be arranged with community paediatrics.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISC WITH CSC - S47 SINGLE AGENCY (CSC). POLICE TO SHARE INCIDENT LOG "
            "AND BAIL CONDITIONS. NO JOINT INVESTIGATION.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion (Teams). Outcome: s47 to proceed. HV to share "
            "growth charts and GCP2.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-18",
        "cp-medical",
        R(
            "paeds",
            "CP medical (neglect) requested under s47. Wt 13.2kg (<0.4th), Ht 105cm. No "
            "bruising or injuries. Dental: post-GA, fissure sealants intact, 2 new carious "
            "lesions. Opinion: faltering growth and dental decay consistent with neglect of "
            "health/nutritional needs. SW present with mum.",
            "10:00",
            "CP medical",
        ),
        R(
            "csc",
            "Attended Tyler's child protection medical with Kerry at the community paediatric "
            "clinic. Paediatrician's opinion: growth and dental decay consistent with neglect "
            "of his health and nutrition; no injuries.",
            "10:00",
            "s47",
        ),
    )
    f.occ(
        "2024-10-22",
        "nursery-food",
        R(
            "nur",
            "Tyler hid two slices of toast in his coat pocket at breakfast club and asked me "
            "if he could take his lunch home 'for later'. Logged on the safeguarding sheet and "
            "told Sam (SW).",
            "",
        ),
    )
    f.occ(
        "2024-11-01",
        "gp-icpc-report",
        R(
            "gp",
            "GP report for ICPC submitted to conference service (not attending - clinic).",
            "",
            "Report",
        ),
    )
    f.occ(
        "2024-11-05",
        "court-result-dean",
        R(
            "pol",
            "RESULT OLLERFORD MAGS: DEAN RUSHBROOKE PLEADED GUILTY CRIMINAL DAMAGE AND COMMON "
            "ASSAULT. COMMUNITY ORDER 12 MONTHS WITH ALCOHOL TREATMENT REQUIREMENT 6 MONTHS, "
            "RESTRAINING ORDER 12 MONTHS (MAY CONTACT VIA SOCIAL CARE RE CHILDREN).",
            "",
            "Court result",
            ref="OF/24/118832",
        ),
        R(
            "alc",
            "Dean at Ollerford Magistrates today - community order with a 6 month alcohol "
            "treatment requirement (with us) and a restraining order for 12 months.",
            "16:30",
            "Court",
        ),
    )
    f.occ(
        "2024-11-06",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference. All three children made subject to child "
            "protection plans under the category of neglect. Tyler's teeth and weight, the "
            "October domestic incident and Dean's drinking were the main worries; Kerry said "
            "she wanted help and has engaged. Dean attended part of the conference separately "
            "(restraining order). First core group set for 19/11.",
            "10:00",
            "ICPC",
        ),
        R(
            "cpc",
            "ICPC. Children: Tyler, Skye and Ruby Rushbrooke. Decision: CP plan, category "
            "NEGLECT (unanimous). Core group within 10 working days. RCPC within 3 months.",
            "10:00",
            "ICPC",
        ),
        R(
            "hv",
            "Contact type: ICPC attended. Outcome: all 3 children CP plans (neglect). HV to "
            "visit fortnightly and weigh Tyler monthly.",
            "10:00",
            "Meeting",
        ),
        R(
            "nur",
            "Lorna attended the child protection conference for Tyler and Skye. Both twins "
            "are now on a CP plan. Nursery to record meals and weights and attend core groups.",
            "",
        ),
        R(
            "pmh",
            "Contact type: Multi-agency meeting (ICPC) attended by CPN. Outcome: children on CP "
            "plans for neglect; Kerry to continue weekly PMHT input.",
            "10:00",
            "Meeting",
        ),
        R(
            "pol",
            "ICPC ATTENDED BY DC YARWOOD. CP PLANS X3 - NEGLECT.",
            "10:00",
            "Conference",
        ),
    )
    f.occ(
        "2024-11-19",
        "cg1",
        R(
            "csc",
            "First core group meeting. Plan reviewed line by line: breakfast club, fluoride "
            "varnish 3-monthly, HV weights, Dean's ATR appointments, Kerry's psychology. "
            "Kerry brought Ruby; Dean joined by phone.",
            "13:30",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: CG (core group 1). Outcome: plan agreed; HV visits fortnightly.",
            "13:30",
            "Meeting",
        ),
        R(
            "nur",
            "Core group today at nursery (the first one). Tyler's weight is going up slowly and "
            "he is eating his breakfast every day.",
            "",
        ),
        R(
            "alc",
            "CP core grp (CSC) - Dean joined by phone from the Hub with me. Attendance on ATR "
            "reported: 4 of 4 appts kept.",
            "13:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-12-03",
        "paeds-review",
        R(
            "paeds",
            "Review. Wt 13.6kg (0.4th), up 0.4kg. Ferritin low (9) - iron supplement. "
            "Dietitian seen twice. Plan: continue, review 3/12.",
            "14:30",
            "Clinic",
        ),
    )
    f.occ(
        "2024-12-10",
        "alc-dna",
        R(
            "alc",
            "DNA 10:00 keywork appt (ATR). No contact from Dean.",
            "10:00",
            "DNA",
        ),
    )
    f.occ(
        "2024-12-10",
        "alc-call-attempt",
        R(
            "alc",
            "Tel call to Dean re DNA this morning - no answer, voicemail left asking him to "
            "call back today.",
            "14:30",
            "Telephone",
        ),
    )
    f.occ(
        "2024-12-10",
        "alc-callback",
        R(
            "alc",
            "Dean called back. Says he 'had a bad weekend', drinking again since Friday. "
            "Appointment rebooked for tomorrow; probation responsible officer informed of DNA.",
            "16:10",
            "Telephone",
        ),
    )
    f.occ(
        "2024-12-17",
        "cg2",
        R(
            "csc",
            "Core group 2. Dean has lapsed into drinking and missed an ATR appointment; he is "
            "staying at his mother's. Kerry managing better with psychology sessions. Tyler "
            "now 13.7kg. Christmas food hamper arranged.",
            "10:00",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: Core group meeting. Outcome: weights improving; Christmas plan agreed.",
            "10:00",
            "Meeting",
        ),
        R(
            "nur",
            "2nd core group meeting. I reported Tyler and Skye both eating well at nursery.",
            "",
        ),
    )
    f.occ(
        "2025-01-14",
        "nursery-letter-attendance",
        R(
            "nur",
            "Attendance letter sent home for Tyler - 68% this term, please ring if the twins "
            "are off.",
            "",
        ),
        R(
            "nur",
            "Attendance letter sent home for Skye - 68% this term, please ring if the twins "
            "are off.",
            "",
        ),
    )
    f.occ(
        "2025-01-21",
        "cg3",
        R(
            "csc",
            "Core group (third). Attendance at nursery has dropped to 68%; Kerry says mornings "
            "are hard with Ruby. Agreed SW to help apply for a nursery bus place. Dean back at "
            "the Hub, 2 weeks alcohol-free by his account.",
            "13:30",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: CG. Outcome: attendance concerns; Tyler 13.9kg.",
            "13:30",
            "Meeting",
        ),
        R(
            "alc",
            "Attended core group for the Rushbrooke children. Reported Dean re-engaged, "
            "breathalyser 0.00 at last 3 appts.",
            "13:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-07",
        "police-call-afternoon",
        R(
            "pol",
            "CAD 1408 07/02/25. CALL FROM KERRY RUSHBROOKE - DEAN AT ADDRESS DRUNK, REFUSING TO "
            "LEAVE, BREACH OF RESTRAINING ORDER. DEAN LEFT BEFORE OFFICERS ARRIVED 14:35. "
            "AREA SEARCH NEGATIVE. CRIME RECORDED - BREACH RO.",
            "14:05",
            "Domestic incident",
            ref="CAD 1408",
        ),
    )
    f.occ(
        "2025-02-07",
        "police-call-night",
        R(
            "pol",
            "CAD 2317 07/02/25. NEIGHBOUR REPORTS MALE SHOUTING OUTSIDE 22 PITCHCROFT WALK. "
            "OFFICERS ATTENDED 22:05 - DEAN RUSHBROOKE LOCATED IN STREET, INTOXICATED. "
            "ARRESTED BREACH OF RESTRAINING ORDER. CHILDREN INSIDE WITH MOTHER, NOT HARMED.",
            "21:50",
            "Domestic incident",
            ref="CAD 2317",
        ),
    )
    f.occ(
        "2025-02-08",
        "csc-ppn-feb",
        R(
            "csc",
            "EDT: police notification received about two incidents yesterday - Dean at the home "
            "drunk in the afternoon in breach of his restraining order, and again at night when "
            "he was arrested. Children safe with Kerry. Passed to allocated SW for Monday.",
            "10:20",
            "Contact",
        ),
    )
    f.occ(
        "2025-02-12",
        "rcpc-1",
        R(
            "csc",
            "Review Child Protection Conference. Progress: Tyler's weight has improved to the "
            "0.4th-2nd centile and his teeth are treated; Kerry's mood is better. But Dean "
            "breached his restraining order twice last week while drunk. Decision: children "
            "remain on CP plans (neglect). Next RCPC in 6 months or sooner.",
            "10:00",
            "RCPC",
        ),
        R(
            "cpc",
            "RCPC 1. Tyler, Skye and Ruby Rushbrooke. Decision: continue CP plans - NEGLECT "
            "(majority; HV and nursery view progress made). Next review 6 months.",
            "10:00",
            "RCPC",
        ),
        R(
            "hv",
            "Contact type: RCPC attended. Outcome: CP plans continue. Growth improving.",
            "10:00",
            "Meeting",
        ),
        R(
            "nur",
            "Review conference for the twins - they stay on a CP plan. I said they are happier "
            "and Tyler has put on weight.",
            "",
        ),
        R(
            "alc",
            "RCPC attended (Rushbrooke children). Dean's lapse and arrest on 07/02 discussed.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-12",
        "cg4-after-rcpc",
        R(
            "csc",
            "Core group held straight after the RCPC to update the plan: Dean's contact with "
            "the children to be at his mother's only, supervised, while the restraining order "
            "is in place.",
            "12:15",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: Core group (following RCPC). Outcome: plan updated - supervised "
            "contact for dad at PGM's.",
            "12:15",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-04",
        "gcp2-joint-2",
        R(
            "csc",
            "Second Graded Care Profile 2 with Kerry, done jointly with the HV at home. Scores "
            "improved: nutrition 2, health 2, housing/hygiene 2, safety 2, love/care 2, "
            "stimulation 2. Kerry proud of the changes.",
            "10:00",
            "Assessment",
        ),
        R(
            "hv",
            "Contact type: Joint HV/SW home visit - GCP2 re-score. Outcome: all areas now 2. "
            "Good progress.",
            "10:00",
            "Assessment",
        ),
    )
    f.occ(
        "2025-03-25",
        "cg5",
        R(
            "csc",
            "Core group 5. Dean has completed his ATR and reports 6 weeks alcohol-free; "
            "supervised contact at his mother's going well. Tyler 14.4kg.",
            "13:30",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: Core grp mtg. Outcome: Tyler 14.4kg (2nd centile).",
            "13:30",
            "Meeting",
        ),
        R(
            "nur",
            "Core group - I shared that Tyler now eats his whole lunch and has stopped hiding "
            "food.",
            "",
        ),
        R(
            "alc",
            "Core group attended. ATR completed 21/03. Dean moving to aftercare group.",
            "13:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-04-29",
        "pmh-discharge-review",
        R(
            "pmh",
            "Contact type: Final review (CPN). Outcome: PHQ-9 7, Kerry well, psychology "
            "completed. Discharged from PMHT to GP with relapse plan.",
            "10:30",
            "Home visit",
        ),
    )
    f.occ(
        "2025-04-29",
        "pmh-discharge-letter",
        R(
            "pmh",
            "Discharge summary to GP: recovery from postnatal depression, continue sertraline "
            "150mg for at least 6 months, relapse signature attached.",
            "16:00",
            "Letter",
        ),
        R(
            "gp",
            "Letter from PMHT - Kerry discharged, continue sertraline 150mg, review 6/12.",
            "",
            "Correspondence",
            shift="+1",
        ),
    )
    f.occ(
        "2025-06-04",
        "rcpc-2",
        R(
            "csc",
            "Review Child Protection Conference (brought forward). Sustained progress: Tyler's "
            "weight on the 2nd centile, dental reviews kept, Kerry well, Dean alcohol-free for "
            "four months. Decision: child protection plans ended; step down to Child in Need "
            "plans.",
            "10:00",
            "RCPC",
        ),
        R(
            "cpc",
            "RCPC 2. Decision: CP plans DISCONTINUED (unanimous). Step down to CIN.",
            "10:00",
            "RCPC",
        ),
        R(
            "hv",
            "Contact type: RCPC. Outcome: CP plans ended, CIN.",
            "10:00",
            "Meeting",
        ),
        R(
            "nur",
            "Review conference: the twins are off their CP plans now and will be CIN.",
            "",
            shift="swap",
        ),
    )
    f.occ(
        "2025-06-24",
        "cin-after-cp",
        R(
            "csc",
            "First CIN meeting after the step down. Plan: school transition support for the "
            "twins in September, HV to continue 6-weekly weights, Dean's aftercare group.",
            "13:00",
            "CIN meeting",
        ),
        R(
            "hv",
            "Contact type: Meeting - CIN review. Outcome: CIN plan agreed, review 3 months.",
            "13:00",
            "Meeting",
        ),
        R(
            "nur",
            "CIN meeting (first one since the CP plans ended). I'll pass Tyler and Skye's "
            "records to Ollerford Lane Primary.",
            "",
            shift="month",
        ),
    )

    f.fill(
        "nur",
        "2024-04-15",
        "2025-07-11",
        [
            ("", "Tyler weighed at nursery this morning, sent to HV by email."),
            ("", "Skye fell in the garden, graze to knee, cleaned. Accident form signed by mum."),
            ("", "Tyler had toothache at lunch, would not eat. Mum informed at collection."),
            ("", "Twins' learning journals shared with mum - she was pleased."),
        ],
        timed=False,
    )
    f.fill(
        "hv",
        "2024-04-15",
        "2025-07-11",
        [
            ("Home visit", "Contact type: Home visit. Outcome: children seen, home adequate."),
            ("Telephone", "Contact type: Telephone to mum. Outcome: appt rearranged."),
        ],
    )
    f.fill(
        "hv",
        "2025-02-17",
        "2025-03-14",
        [("Home visit", "Contact type: Ruby 1 year review. Outcome: development on track.")],
    )
    f.fill(
        "gp",
        "2024-04-15",
        "2025-07-11",
        [
            ("Consultation", "Ruby. S: nappy rash. O: erythema, no satellite lesions. P: cream."),
        ],
    )
    f.fill(
        "gp",
        "2025-02-20",
        "2025-03-21",
        [("Immunisation", "Ruby - 12 month immunisations given by practice nurse.")],
    )
    f.fill(
        "alc",
        "2024-08-20",
        "2025-07-11",
        [
            ("Keywork", "Keywork session: cut-down diary reviewed, breathalyser 0.00."),
            ("Group", "Attended Recovery Hub group (coping with cravings)."),
            ("Keywork", "Keywork: relapse prevention plan updated with Dean."),
        ],
    )
    f.fill(
        "csc",
        "2024-07-20",
        "2025-07-11",
        [
            ("Home visit", "Statutory visit: children seen alone and together. Fridge stocked."),
            ("Supervision", "Case supervision with TM: plan on track, Dean's contact reviewed."),
            ("Home visit", "Unannounced visit: house tidy, twins having tea at the table."),
        ],
    )
    f.fill(
        "pmh",
        "2024-04-20",
        "2025-04-20",
        [
            (
                "Home visit",
                "Contact type: CPN visit. Outcome: mood variable, safety plan reviewed.",
            ),
            ("Telephone", "Contact type: Telephone. Outcome: Kerry cancelled, rebooked."),
        ],
    )
    f.fill(
        "dent",
        "2024-09-01",
        "2025-07-11",
        [("Outpatient", "Fluoride varnish applied. OH instruction to mum. Brushing better.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: Reece Amberley (b. 14/03/2007), Cradlebury. A relevant child (care leaver) serving
# 30 months' detention (s250) at HMYOI Thornmoor for robbery with a knife; released on licence
# on 20/11/2024 to Marlpit House (semi-independent, Keystone Living), 2 Wharf Lane, Cradlebury
# CR3 8LD. MAPPA category 2 level 2. Turns 18 and moves from the youth justice service to
# probation; his friend Leon Fairbairn is stabbed beside him and Reece is admitted to the major
# trauma ward; questioned about a knife; recalled; re-released to approved premises.
# --------------------------------------------------------------------------------------------


def _amberley() -> BlindCase:
    f = Family(
        "amberley",
        2402,
        {
            "yoi": Sheet(
                YOI,
                "HMYOI_Thornmoor_casenotes_RAmberley.xlsx",
                "Case notes",
                (
                    ("2024-01-01", "Officer K Brennand (Larch unit keyworker)"),
                    ("2025-05-01", "Officer D Mulvey (Larch unit)"),
                ),
            ),
            "yjs": Sheet(
                YJS,
                "Cradlebury_YJS_Amberley.xlsx",
                "Contacts",
                (("2024-01-01", "Nasreen Pollitt, YJS case manager"),),
            ),
            "prob": Sheet(
                PROBATION,
                "Probation_nDelius_extract_Amberley.xlsx",
                "Contacts",
                (("2024-01-01", "Gareth Lomax PO"),),
            ),
            "csc": Sheet(
                CSC,
                "CSC_LeavingCare_RAmberley.xlsx",
                "Chronology",
                (("2024-01-01", "Tash Okonjo-Bell (Personal Adviser)"),),
            ),
            "iom": Sheet(
                POLICE,
                "Police_Amberley_return.xlsx",
                "IOM log",
                (("2024-01-01", "PC 2718 Dwyer (IOM)"),),
            ),
            "pol": Sheet(
                POLICE,
                "Police_Amberley_return.xlsx",
                "Incidents",
                (("2024-01-01", "Cradlebury Response / CID"),),
            ),
            "mappa": Sheet(
                MAPPA,
                "MAPPA_Unit_Amberley_minutes.docx",
                "Table 1",
                (("2024-01-01", "MAPPA Coordinator (J Rookwood)"),),
                typed=False,
            ),
            "semi": Sheet(
                SEMI,
                "Keystone_MarlpitHouse_daily_log.xlsx",
                "Reece A",
                (("2024-01-01", "Dom Varley (support worker)"),),
                typed=False,
            ),
            "amb": Sheet(
                AMBULANCE,
                "Ambulance_ePCR_Amberley.xlsx",
                "Incidents",
                (("2024-01-01", "Paramedic crew 4412"),),
            ),
            "ed": Sheet(
                ED,
                "CradleburyGeneral_ED_Amberley.xlsx",
                "Attendances",
                (("2024-01-01", "ED trauma team"),),
            ),
            "trauma": Sheet(
                TRAUMA,
                "CradleburyGeneral_Ward21_MajorTrauma.xlsx",
                "Inpatient notes",
                (("2024-01-01", "Ward 21 (Major Trauma)"),),
            ),
        },
    )

    f.occ(
        "2024-08-15",
        "mappa-referral",
        R(
            "yjs",
            "MAPPA referral (A form) sent to the MAPPA coordinator: Category 2, level 2 "
            "requested. Robbery with a knife, previous possession of a bladed article, links "
            "to the Eastfield group, release due November.",
            "15:00",
            "MAPPA",
        ),
        R(
            "mappa",
            "Referral received from Cradlebury YJS for Reece Amberley (17): Cat 2, level 2 "
            "requested. Listed for level 2 panel 24/09/2024.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-08-27",
        "resettlement-meeting",
        R(
            "yoi",
            "Resettlement planning meeting (12 weeks to release) held on Larch unit by video. "
            "Attended: Reece, YOT CM, leaving care PA, casework officer, education. Release "
            "address still needed - LA to source semi-independent. Reece wants to do a "
            "construction CSCS card.",
            "10:00",
            "Sentence planning",
        ),
        R(
            "yjs",
            "Resettlement meeting at Thornmoor (video). Reece engaged well and spoke about "
            "wanting a fresh start away from Eastfield. Actions: me to refer to MAPPA (done), "
            "Tash to find accommodation, education to send his Level 1 certificates.",
            "10:00",
            "Meeting",
        ),
        R(
            "csc",
            "I attended Reece's resettlement planning meeting at HMYOI Thornmoor by video. "
            "As a relevant child he is entitled to leaving care support and I will find him "
            "a semi-independent placement outside the Eastfield area for his release in "
            "November. His pathway plan will be updated to reflect this.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-09-10",
        "yoi-fight",
        R(
            "yoi",
            "Incident on Larch unit association 11:40: Reece involved in a fight with another "
            "young person (punches exchanged). Both separated, no injuries. Adjudication "
            "opened - 3 days loss of association.",
            "11:40",
            "Incident",
        ),
    )
    f.occ(
        "2024-09-10",
        "yoi-yjs-call",
        R(
            "yoi",
            "Tel call to YOT CM (N Pollitt) to inform of the fight today and the adjudication.",
            "15:20",
            "Telephone",
        ),
        R(
            "yjs",
            "Thornmoor rang me this afternoon - Reece was in a fight on the unit, no one "
            "hurt, lost association for 3 days. I'll talk to him about it at my next visit.",
            "15:20",
            "Telephone",
        ),
    )
    f.occ(
        "2024-09-24",
        "mappa-l2-prerelease",
        R(
            "mappa",
            "MAPPA Level 2 meeting (pre-release). Offender: Reece Amberley, Cat 2. Risk of "
            "serious harm: HIGH to the public (peers/rival groups) in the community. Agreed "
            "additional licence conditions: residence, curfew 20:00-07:00, exclusion zone "
            "(Eastfield), non-contact with Tyrese Gale, one mobile phone. Actions to YJS, "
            "IOM, LA leaving care, Thornmoor.",
        ),
        R(
            "yjs",
            "MAPPA level 2 (pre-release) - I presented the risk assessment. Licence "
            "conditions agreed. Next review after release.",
            "14:00",
            "MAPPA",
        ),
        R(
            "iom",
            "MAPPA L2 ATTENDED. AMBERLEY TO BE IOM FIXED COHORT ON RELEASE. EXCLUSION ZONE "
            "MAP TO BE DRAWN UP BY IOM. NON-ASSOC TYRESE GALE.",
            "14:00",
            "MAPPA",
        ),
        R(
            "csc",
            "MAPPA meeting (level 2) for Reece ahead of his release. I updated the panel on "
            "accommodation: a referral will go to Keystone Living for Marlpit House.",
            "",
            "Meeting",
            shift="-2",
        ),
        R(
            "yoi",
            "MAPPA L2 - casework officer gave written and verbal update (custody behaviour, "
            "1 adjudication this month).",
            "14:00",
            "MAPPA",
        ),
    )
    f.occ(
        "2024-10-08",
        "yjs-iom-call",
        R(
            "yjs",
            "Phone call with PC Dwyer (IOM). We talked through Reece's release plan and the "
            "exclusion zone. He is worried about the Eastfield boys knowing Reece is due out. "
            "He will send me a map of the zone.",
            "11:05",
            "Telephone",
        ),
        R(
            "iom",
            "TC WITH YJS CM N POLLITT RE AMBERLEY RELEASE 20/11. DISCUSSED EXCLUSION ZONE, "
            "INTEL RE EASTFIELD OCG INTEREST IN HIM. ACTION: IOM TO SEND ZONE MAP.",
            "11:05",
            "Telephone",
        ),
    )
    f.occ(
        "2024-10-08",
        "iom-callback",
        R(
            "iom",
            "RANG YJS BACK 15:10 - ZONE BOUNDARY AGREED (CANAL TO RING ROAD), MAP EMAILED.",
            "15:10",
            "Telephone",
        ),
        R(
            "yjs",
            "PC Dwyer rang me back with the exclusion zone boundary (canal to the ring road) "
            "and emailed the map.",
            "15:10",
            "Telephone",
        ),
    )
    f.occ(
        "2024-10-15",
        "csc-referral-semi",
        R(
            "csc",
            "Referral sent to Keystone Living for a room at Marlpit House on release, with "
            "the MAPPA risk information and the licence conditions we expect.",
            "12:00",
            "Referral",
        ),
        R(
            "semi",
            "Referral received from Cradlebury leaving care team for a 17 year old boy "
            "leaving custody on 20/11. MAPPA level 2. Room 3 possibly - manager to review.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-22",
        "placement-panel",
        R(
            "csc",
            "Placements panel approved Marlpit House (semi-independent, Keystone Living) "
            "for Reece from his release date, 15 hours support a week.",
            "",
            "Panel",
        ),
    )
    f.occ(
        "2024-11-05",
        "licence-issued",
        R(
            "yoi",
            "Licence issued and explained to Reece by OMU: standard conditions plus residence "
            "at Marlpit House, curfew 20:00-07:00, Eastfield exclusion zone, no contact with "
            "Tyrese Gale, one phone. Reece signed.",
            "10:30",
            "Licence",
        ),
    )
    f.occ(
        "2024-11-07",
        "licence-email-iom",
        R(
            "yjs",
            "Emailed a copy of Reece's signed licence to PC Dwyer (IOM) and to Marlpit House.",
            "16:45",
            "Email",
        ),
        R(
            "iom",
            "LICENCE COPY RECEIVED FROM YJS (EMAIL). CONDITIONS ADDED TO NICHE/PNC.",
            "",
            "Email",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-20",
        "release",
        R(
            "yoi",
            "Discharged from HMYOI Thornmoor 08:50 on licence (s250). Collected at the gate by "
            "YOT CM and leaving care PA. Property and discharge grant issued.",
            "08:50",
            "Discharge",
        ),
        R(
            "yjs",
            "Reece released today. Tash and I met him at the gate at Thornmoor just before 9. "
            "He was quiet in the car but glad to be out.",
            "09:00",
            "Release",
        ),
        R(
            "csc",
            "Reece was released from HMYOI Thornmoor on licence this morning; I collected him "
            "with his YJS worker.",
            "09:00",
            "Release",
        ),
        R(
            "iom",
            "AMBERLEY RELEASED ON LICENCE FROM HMYOI THORNMOOR 0850 HRS. IOM MARKER UPDATED, "
            "RESPONSE BRIEFED RE EXCLUSION ZONE.",
            "",
            "Release",
        ),
    )
    f.occ(
        "2024-11-20",
        "placement-start",
        R(
            "semi",
            "Reece arrived at 12.30 with his PA and YJS worker. Shown room 3, went through "
            "house rules, curfew 8pm, signed licence agreement. Ate with the others at tea.",
            "12:30",
        ),
        R(
            "csc",
            "Reece moved into Marlpit House at lunchtime - room 3. Placement start recorded; "
            "pathway plan contact arrangements set up.",
            "12:30",
            "Placement",
        ),
    )
    f.occ(
        "2024-11-21",
        "yjs-induction",
        R(
            "yjs",
            "First licence appointment at the YJS office: licence conditions gone through "
            "again, reporting twice weekly, referral to Build Cradlebury for CSCS course.",
            "10:00",
            "Office appointment",
        ),
    )
    f.occ(
        "2024-11-26",
        "joint-visit-marlpit",
        R(
            "yjs",
            "Joint home visit to Marlpit House with PC Dwyer. Reece showed us his room and "
            "talked about the course. No concerns from staff.",
            "15:00",
            "Home visit",
        ),
        R(
            "iom",
            "JOINT HV WITH YJS AT MARLPIT HOUSE. SUBJECT PRESENT, COMPLIANT. ROOM SEEN - "
            "NOTHING OF NOTE. CURFEW ADHERENCE CONFIRMED WITH STAFF.",
            "15:00",
            "Home visit",
        ),
        R(
            "semi",
            "Nasreen from YJS and PC Dwyer came to see Reece at 3pm. I told them he has been "
            "in by 8 every night.",
            "15:00",
        ),
    )
    f.occ(
        "2024-12-12",
        "missing-report",
        R(
            "semi",
            "Reece not back for 8pm curfew, phone off. I rang the police at 21.30 to report "
            "him missing as per his plan.",
            "21:30",
        ),
        R(
            "pol",
            "LOG 1877 12/12/24. MISPER REPORT FROM STAFF MARLPIT HOUSE - REECE AMBERLEY 17 "
            "NOT RETURNED FOR CURFEW. MEDIUM RISK (MAPPA/LICENCE). IOM INFORMED.",
            "21:30",
            "Missing person",
            ref="LOG 1877",
        ),
    )
    f.occ(
        "2024-12-12",
        "missing-return",
        R(
            "semi",
            "Reece came back at 23.40, said he was 'at a mate's', smelt of cannabis. Police "
            "told he is back.",
            "23:40",
        ),
        R(
            "pol",
            "LOG 1877 UPDATE - MISPER RETURNED TO MARLPIT HOUSE 2340. CLOSED. RETURN HOME "
            "INTERVIEW REQUEST TO CSC.",
            "23:40",
            "Missing person",
            ref="LOG 1877",
        ),
    )
    f.occ(
        "2024-12-13",
        "semi-email-yjs",
        R(
            "semi",
            "Emailed Nasreen (YJS) about the curfew breach last night, times and what Reece said.",
            "09:15",
        ),
        R(
            "yjs",
            "Email from Marlpit House - Reece missed curfew last night, back at 23:40. "
            "Will see him today and consider a warning.",
            "09:40",
            "Email",
        ),
    )
    f.occ(
        "2024-12-16",
        "yjs-warning",
        R(
            "yjs",
            "First formal warning letter issued for breaching the licence curfew on 12/12. "
            "Explained to Reece that a second could lead to recall.",
            "11:30",
            "Warning",
        ),
    )
    f.occ(
        "2025-01-14",
        "iom-yjs-intel-call",
        R(
            "iom",
            "TC TO YJS (N POLLITT): INTEL - AMBERLEY SEEN 12/01 WITH TYRESE GALE AT RETAIL "
            "PARK (NON-ASSOC CONDITION). ADVISED YJS TO RAISE WITH SUBJECT.",
            "10:20",
            "Telephone",
        ),
        R(
            "yjs",
            "PC Dwyer rang with intelligence that Reece was seen with Tyrese at the retail "
            "park on Sunday. I will challenge this at his appointment tomorrow.",
            "10:20",
            "Telephone",
        ),
    )
    f.occ(
        "2025-02-11",
        "transition-meeting",
        R(
            "yjs",
            "YJS to Probation transition meeting (Reece turns 18 on 14/03). Attended: Reece, "
            "me, Gareth Lomax (PO), Tash (PA). Reece met his new PO; he is nervous about "
            "'adult probation'. Handover of AssetPlus and risk plan.",
            "14:00",
            "Meeting",
        ),
        R(
            "prob",
            "Transition meeting (YJS to NPS/Probation) held at YJS office. PoP introduced to "
            "PP. Transfer date agreed 17/03/2025.",
            "14:00",
            "Meeting",
        ),
        R(
            "csc",
            "Transition meeting with YJS and probation for Reece's move to adult services at "
            "18. I will stay as his PA up to 21 (25 on request).",
            "14:00",
            "Meeting",
            shift="swap",
        ),
    )
    f.occ(
        "2025-03-17",
        "transfer-probation",
        R(
            "yjs",
            "Case transferred to Probation today (PO G Lomax). YJS licence supervision ended; "
            "closing summary sent.",
            "",
            "Transfer",
        ),
        R(
            "prob",
            "Case received on transfer from Cradlebury YJS. Allocated PP G Lomax. OASys to be "
            "completed within 15 days.",
            "",
            "Transfer",
            shift="+1",
        ),
    )
    f.occ(
        "2025-03-20",
        "prob-induction",
        R(
            "prob",
            "Induction appointment. Licence conditions re-read. PoP reports no contact with "
            "Gale, attending CSCS course 3 days pw. Reporting weekly.",
            "10:00",
            "Office appointment",
        ),
    )
    f.occ(
        "2025-04-08",
        "mappa-l2-review",
        R(
            "mappa",
            "MAPPA Level 2 review. Reece Amberley (now 18), Cat 2. Managed by Probation since "
            "17/03. RoSH remains HIGH; compliance improving. One curfew breach (12/12/24), "
            "intel of non-association breach (Jan). Continue level 2, review 3 months.",
        ),
        R(
            "prob",
            "MAPPA L2 review attended. Level 2 retained. Actions: PP to review exclusion zone "
            "with IOM.",
            "10:00",
            "MAPPA",
        ),
        R(
            "iom",
            "MAPPA L2 REVIEW - REMAINS LEVEL 2. IOM TO CONTINUE FORTNIGHTLY HVS.",
            "10:00",
            "MAPPA",
        ),
        R(
            "csc",
            "MAPPA review for Reece - stays at level 2. I reported he is doing well at Marlpit "
            "House and wants to move on to his own flat in the summer.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-05-17",
        "stabbing-scene",
        R(
            "pol",
            "CAD 3012 17/05/25. STABBING OUTSIDE CHICKEN SHOP WHARF ROAD. 2 MALES INJURED. "
            "V1 LEON FAIRBAIRN 18 - STAB WOUND CHEST, CRITICAL. V2 REECE AMBERLEY 18 - STAB "
            "WOUND LEFT THIGH, LACERATION RIGHT HAND. SUSPECTS 2 MALES MAKE OFF ON FOOT. "
            "ATTENDED WITH AMBULANCE. SCENE PRESERVED. CRIME REF CR/25/40215 (S18).",
            "22:48",
            "Stabbing",
            ref="CR/25/40215",
        ),
        R(
            "amb",
            "Cat 1. Police on scene. Pt 2 of 2: 18M, stab wound L anterior thigh, active "
            "bleeding controlled with pressure + tourniquet, lac R palm. GCS 15, HR 118, "
            "BP 104/66. Conveyed Cradlebury General (trauma pre-alert). Pt 1 by separate crew.",
            "22:51",
            "Emergency call",
        ),
    )
    f.occ(
        "2025-05-17",
        "ed-attendance",
        R(
            "ed",
            "Trauma call 23:20. 18M stab L thigh, TQ in situ from PH. Primary survey: A/B "
            "clear, C - HR 112, BP 110/70, 2 units O neg. D - GCS 15.",
            "23:20",
            "Trauma call",
        ),
        R(
            "ed",
            "CT angio L leg: no arterial injury, deep muscle wound. R palm lac ?FDP involved. "
            "Safeguarding: police present, pt on licence (told by police).",
            "23:55",
            "ED review",
        ),
        R(
            "ed",
            "Referred to trauma & orthopaedic / plastics. For admission Ward 21 and theatre "
            "in am. Left ED 01:15.",
            "23:59",
            "ED outcome",
        ),
    )
    f.occ(
        "2025-05-18",
        "trauma-admission",
        R(
            "trauma",
            "Admitted to Ward 21 (major trauma) 01:30 from ED. Obs stable. NBM from 02:00. "
            "Analgesia PCA. Consent for washout and hand exploration.",
            "01:30",
            "Admission",
        ),
        R(
            "trauma",
            "Theatre: washout and debridement L thigh wound, R FDP repair (plastics). EBL "
            "300ml. Back to ward 11:40.",
            "09:00",
            "Theatre",
        ),
    )
    f.occ(
        "2025-05-18",
        "arrest-suspect-1",
        R(
            "pol",
            "CR/25/40215 - ARREST SUSPECT 1 (MALE 19, EASTFIELD ADDRESS) 06:10 FOR S18 "
            "WOUNDING X2. CLOTHING SEIZED.",
            "06:10",
            "Arrest",
            ref="CR/25/40215",
        ),
    )
    f.occ(
        "2025-05-18",
        "arrest-suspect-2",
        R(
            "pol",
            "CR/25/40215 - ARREST SUSPECT 2 (MALE 17) 07:40 AT HOME ADDRESS FOR S18 "
            "WOUNDING X2. APPROPRIATE ADULT REQUESTED.",
            "07:40",
            "Arrest",
            ref="CR/25/40215",
        ),
    )
    f.occ(
        "2025-05-18",
        "police-ward-visit",
        R(
            "pol",
            "DC HESKETH ATTENDED WARD 21 - WITNESS ACCOUNT SOUGHT FROM REECE AMBERLEY (V2). "
            "GAVE BRIEF ACCOUNT, DECLINED TO MAKE STATEMENT OR VIEW IMAGES.",
            "14:00",
            "Witness interview",
            ref="CR/25/40215",
        ),
        R(
            "trauma",
            "Police (CID) on ward to speak with pt 14:00-14:25. Pt agreed to talk, no "
            "statement given.",
            "14:00",
            "Note",
        ),
    )
    f.occ(
        "2025-05-19",
        "trauma-pod1",
        R(
            "trauma",
            "WR POD1: thigh wound clean, mobilising with physio on crutches. Hand in splint, "
            "hand therapy referral. Pt asking about friend (in ICU). Aim d/c 48h.",
            "08:30",
            "Ward round",
        ),
    )
    f.occ(
        "2025-05-19",
        "charge-suspect-1",
        R(
            "pol",
            "CR/25/40215 - SUSPECT 1 CHARGED WITH ATTEMPTED MURDER (V1) AND S18 (V2), "
            "REMANDED IN CUSTODY TO CRADLEBURY MAGISTRATES 20/05. SUSPECT 2 RUI.",
            "20:05",
            "Charge",
            ref="CR/25/40215",
        ),
    )
    f.occ(
        "2025-05-20",
        "prob-iom-call",
        R(
            "prob",
            "Telephone contact with PC Dwyer (IOM): PoP a victim in Saturday's stabbing, "
            "still on Ward 21. Police have CCTV suggesting PoP may have had a knife before "
            "the attack - to be interviewed once discharged. Line manager informed; "
            "considering recall.",
            "12:30",
            "Telephone",
        ),
        R(
            "iom",
            "TC WITH PROBATION (PP LOMAX) - AMBERLEY V2 IN WHARF RD S18. CCTV ?HANDLING "
            "KNIFE PRIOR. VOLUNTARY INTERVIEW TO BE ARRANGED ON DISCHARGE.",
            "12:30",
            "Telephone",
        ),
    )
    f.occ(
        "2025-05-21",
        "trauma-discharge",
        R(
            "trauma",
            "Discharged from Ward 21 to Marlpit House 15:00. Crutches, dressings by practice "
            "nurse, plastics hand clinic 1/52. TTO codeine/paracetamol.",
            "15:00",
            "Discharge",
        ),
        R(
            "semi",
            "Reece came back from the hospital at about 4pm on crutches with his hand in a "
            "splint. Very quiet, asked about Leon.",
            "16:00",
        ),
        R(
            "prob",
            "PoP discharged from Cradlebury General today to his placement. Telephone contact "
            "with him; appointment tomorrow.",
            "",
            "Note",
        ),
    )
    f.occ(
        "2025-05-27",
        "voluntary-interview",
        R(
            "pol",
            "CR/25/40215 - VOLUNTARY INTERVIEW UNDER CAUTION REECE AMBERLEY - POSSESSION OF "
            "BLADED ARTICLE (CCTV). SOLICITOR PRESENT. NO COMMENT. RELEASED UNDER "
            "INVESTIGATION.",
            "11:00",
            "Interview",
            ref="CR/25/40215",
        ),
        R(
            "prob",
            "PoP interviewed by police today (voluntary, under caution) about possession of a "
            "knife on 17/05. Released under investigation. PoP told me he gave no comment.",
            "15:30",
            "Note",
        ),
    )
    f.occ(
        "2025-05-29",
        "recall-request",
        R(
            "prob",
            "Recall request (standard) submitted to PPCS with SPO countersignature: escalating "
            "risk - possible knife possession, association with peers linked to rival group, "
            "curfew breach history.",
            "14:00",
            "Recall",
        ),
    )
    f.occ(
        "2025-05-30",
        "revocation",
        R(
            "prob",
            "PPCS issued revocation of licence 11:20 - recall to custody. Police notified "
            "for arrest.",
            "11:20",
            "Recall",
        ),
        R(
            "iom",
            "RECALL TO CUSTODY NOTICE RECEIVED (PPCS) - AMBERLEY REECE. PNC RECALL MARKER "
            "CIRCULATED. IOM TO LOCATE.",
            "11:45",
            "Recall",
        ),
    )
    f.occ(
        "2025-05-30",
        "arrest-recall",
        R(
            "pol",
            "REECE AMBERLEY ARRESTED ON RECALL TO CUSTODY AT MARLPIT HOUSE 19:15. NO "
            "RESISTANCE. LODGED CRADLEBURY CUSTODY PENDING TRANSFER.",
            "19:15",
            "Arrest",
        ),
        R(
            "semi",
            "Two police officers came at 7.15pm and arrested Reece on recall. He packed a "
            "bag. I rang the on-call manager.",
            "19:15",
        ),
        R(
            "csc",
            "Marlpit House told me Reece was arrested on recall there yesterday evening "
            "(19:15). He will go back to Thornmoor.",
            "",
            "Note",
            shift="late",
        ),
    )
    f.occ(
        "2025-05-31",
        "yoi-reception",
        R(
            "yoi",
            "Received into custody on recall from Cradlebury police custody. First night "
            "centre; cell sharing risk assessment standard. Wound check by healthcare.",
            "14:30",
            "Reception",
        ),
    )
    f.occ(
        "2025-06-24",
        "mappa-custody",
        R(
            "mappa",
            "MAPPA Level 2 review (in custody - recalled 30/05). Plan for re-release to "
            "approved premises if Parole Board re-releases. Wharf Road suspects' group a "
            "continuing threat to Reece - victim safety considered.",
        ),
        R(
            "prob",
            "MAPPA L2 review: AP referral to be made; re-release plan agreed.",
            "10:00",
            "MAPPA",
        ),
        R(
            "iom",
            "MAPPA L2 - AMBERLEY IN CUSTODY. THREAT TO LIFE ASSESSMENT REVIEWED, NO OSMAN "
            "WARNING REQUIRED AT PRESENT.",
            "10:00",
            "MAPPA",
        ),
        R(
            "yoi",
            "OMU attended MAPPA review by phone: settled since recall, back at education.",
            "10:00",
            "MAPPA",
        ),
    )
    f.occ(
        "2025-09-16",
        "re-release",
        R(
            "yoi",
            "Released on licence (Parole Board re-release on the papers). Transport to "
            "Hollin Lane Approved Premises arranged by probation.",
            "09:00",
            "Discharge",
        ),
        R(
            "prob",
            "PoP re-released today from Thornmoor and arrived at Hollin Lane AP 13:10. "
            "AP rules and licence explained.",
            "13:10",
            "Release",
        ),
        R(
            "csc",
            "Reece re-released from Thornmoor in September to Hollin Lane approved premises.",
            "",
            "Release",
            shift="month",
        ),
    )

    f.fill(
        "yoi",
        "2024-08-01",
        "2024-11-15",
        [
            ("Keywork", "Keywork session: Reece talked about family and release worries."),
            ("Education", "Education: Level 1 maths passed. Good attendance."),
            ("Visit", "Social visit - mother and younger brother. No concerns."),
        ],
    )
    f.fill(
        "yoi",
        "2025-06-03",
        "2025-09-12",
        [
            ("Keywork", "Keywork: Reece upset about Leon still in hospital, coping."),
            ("Healthcare", "Healthcare: thigh wound healed, dressings stopped."),
        ],
    )
    f.fill(
        "yjs",
        "2024-08-01",
        "2024-11-15",
        [("Custody visit", "Visit to Reece at Thornmoor: victim awareness work, session 3.")],
    )
    f.fill(
        "yjs",
        "2024-11-22",
        "2025-03-14",
        [
            ("Office appointment", "Licence appointment kept. Talked about Eastfield and peers."),
            ("Office appointment", "Licence appointment kept. CSCS test booked."),
            ("Telephone", "Text reminder sent for tomorrow's appointment."),
        ],
    )
    f.fill(
        "prob",
        "2025-03-21",
        "2025-05-14",
        [
            ("Office appointment", "Reporting appointment kept. No issues."),
            ("Office appointment", "Reporting: OASys sentence plan objectives agreed."),
        ],
    )
    f.fill(
        "prob",
        "2025-06-02",
        "2025-09-12",
        [("Custody visit", "Legal visit to PoP at Thornmoor re Parole Board dossier.")],
    )
    f.fill(
        "prob",
        "2025-09-18",
        "2025-10-17",
        [("Office appointment", "Reporting from AP kept. Curfew compliance good.")],
    )
    f.fill(
        "csc",
        "2024-08-01",
        "2025-10-17",
        [
            ("Pathway plan", "Pathway plan review: accommodation, education, health goals."),
            ("Telephone", "PA phone call: Reece checking his leaving care grant."),
        ],
    )
    f.fill(
        "csc",
        "2024-11-22",
        "2025-05-14",
        [("Visit", "PA visit: took Reece shopping for clothes and bedding.")],
    )
    f.fill(
        "semi",
        "2024-11-25",
        "2025-05-14",
        [
            ("", "Key session with Reece: budgeting, made a shopping list and cooked pasta."),
            ("", "Reece in by 7.50pm. Played FIFA with another resident."),
            ("", "Reece went to his CSCS course today, came back pleased."),
        ],
        timed=False,
    )
    f.fill(
        "iom",
        "2024-11-25",
        "2025-05-14",
        [
            ("Home visit", "IOM HV MARLPIT HOUSE - SUBJECT IN, NO ISSUES."),
            ("Curfew check", "CURFEW CHECK 2215 - SUBJECT PRESENT."),
        ],
        timed=False,
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Yardley family, Wexcombe. Chelsea Yardley (b. 2003) has a mild learning
# disability and is known to the adult LD team; her first baby Mason (b. 22/08/2023) lives with
# his paternal aunt under a special guardianship order. Baby Harper (b. 14/01/2025, Wexcombe
# Royal Infirmary) goes with her mother into a parent-and-baby foster placement with Bev and
# Martin Ashworth-Kell, 9 Sorrel Rise, Wexcombe WX2 5HB; registered at Orchard Row Practice.
# Pre-proceedings, care proceedings, a special guardianship assessment of the maternal
# grandmother Lorraine Yardley, and a special guardianship order at the final hearing.
# --------------------------------------------------------------------------------------------


def _yardley() -> BlindCase:
    f = Family(
        "yardley",
        2403,
        {
            "mw": Sheet(
                MW,
                "WexcombeRoyal_Maternity_CYardley.xlsx",
                "Maternity",
                (("2024-01-01", "Fern Oakes, specialist midwife (vulnerable women)"),),
            ),
            "hv": Sheet(
                HV,
                "HV_Yardley_Harper.xlsx",
                "Contacts",
                (("2024-01-01", "Priya Castellan HV"),),
            ),
            "csc": Sheet(
                CSC,
                "CSC_Yardley_chronology.xlsx",
                "Case notes",
                (("2024-01-01", "Duty SW"), ("2024-10-14", "Hollie Brandreth SW")),
            ),
            "kin": Sheet(
                CSC,
                "CSC_Yardley_chronology.xlsx",
                "Kinship team",
                (("2024-01-01", "Rob Tennant, kinship assessor"),),
            ),
            "gp": Sheet(
                GP,
                "OrchardRow_Practice_Yardley.xlsx",
                "Journal",
                (("2024-01-01", "Dr E Mbatha-Lowe"),),
            ),
            "fc": Sheet(
                FOSTERING,
                "Fostering_AshworthKell_carer_diary.xlsx",
                "Carer diary",
                (("2024-01-01", "Bev Ashworth-Kell (foster carer)"),),
                typed=False,
            ),
            "ssw": Sheet(
                FOSTERING,
                "Fostering_AshworthKell_carer_diary.xlsx",
                "SSW notes",
                (("2024-01-01", "Dawn Pickersgill, supervising social worker"),),
            ),
            "pams": Sheet(
                PARENTING,
                "Hearthstone_PAMS_Yardley.docx",
                "Table 1",
                (("2024-01-01", "Hannah Wyvern, PAMS assessor"),),
            ),
            "adv": Sheet(
                ADVOCACY,
                "WexcombeVoice_advocacy_notes_CY.docx",
                "Table 1",
                (("2024-01-01", "Sian Corrigan, LD advocate"),),
                typed=False,
            ),
            "legal": Sheet(
                LEGAL,
                "LALegal_Yardley_casefile.xlsx",
                "Events",
                (("2024-01-01", "M Esterhuizen, solicitor (childcare)"),),
            ),
            "cafcass": Sheet(
                CAFCASS,
                "Cafcass_Yardley_Harper.xlsx",
                "Case log",
                (("2024-01-01", "Children's Guardian A Fothergill"),),
            ),
            "asc": Sheet(
                ASC,
                "ASC_LDTeam_CYardley.xlsx",
                "Notes",
                (("2024-01-01", "Karl Ibbotson, community LD nurse"),),
            ),
        },
    )

    f.occ(
        "2024-10-03",
        "mw-booking",
        R(
            "mw",
            "Late booking 24+2/40. G2P1. Mild LD (known to LD team), reads a little, needs "
            "info explained slowly. Previous baby (Mason, 2023) lives with paternal aunt on "
            "SGO. FOB Kyle Denton, not together. EDD 20/01/2025. Safeguarding referral to be "
            "made to CSC (pre-birth).",
            "11:00",
            "Booking",
        ),
    )
    f.occ(
        "2024-10-07",
        "mw-referral",
        R(
            "mw",
            "Safeguarding referral to Wexcombe MASH (pre-birth): mum LD, previous child "
            "removed, late booking, limited support network.",
            "14:20",
            "Referral",
        ),
        R(
            "csc",
            "Contact received from the specialist midwife at Wexcombe Royal: Chelsea "
            "Yardley, 21, 24 weeks pregnant, has a learning disability; her son Mason was "
            "made subject to an SGO with his paternal aunt in 2024. Requests pre-birth "
            "assessment.",
            "09:10",
            "Contact",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-09",
        "mash-decision",
        R(
            "csc",
            "MASH decision: threshold for s47 not met at present; proceed to a pre-birth Child "
            "and Family Assessment (unborn). Allocated to Hollie Brandreth, Assessment Team.",
            "15:00",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-10-15",
        "asc-care-act",
        R(
            "asc",
            "Care Act review with Chelsea at her flat. Pregnant, worried baby will be taken "
            "'like Mason'. Struggles with money and letters. Agreed referral to advocacy "
            "(Wexcombe Voice) and easy-read pregnancy info.",
            "10:00",
            "Review",
        ),
    )
    f.occ(
        "2024-10-15",
        "asc-advocacy-referral",
        R(
            "asc",
            "Referral to Wexcombe Voice for an LD advocate (child protection / pre-proceedings "
            "likely). Consent given.",
            "15:30",
            "Referral",
        ),
        R(
            "adv",
            "New referral from the LD team for Chelsea, pregnant, social care doing a "
            "pre-birth assessment. I will call her to arrange to meet.",
            "",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-22",
        "joint-visit-prebirth",
        R(
            "csc",
            "Joint home visit with Karl Ibbotson (community LD nurse) to begin the pre-birth "
            "assessment. Chelsea's flat was clean but there was no food in; she showed us a "
            "Moses basket her mum gave her. She could tell us how to make a bottle but not "
            "how often a newborn feeds. She wants to be a good mum and will accept any help.",
            "13:30",
            "Home visit",
        ),
        R(
            "asc",
            "Joint visit with SW (pre-birth assessment). Used pictures to explain the "
            "assessment. Chelsea engaged well for 40 mins then tired.",
            "13:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-29",
        "adv-first-meeting",
        R(
            "adv",
            "I met Chelsea for the first time at the Wexcombe Voice office. We talked about "
            "what an advocate does. She wants me at every meeting with social care. She "
            "likes things written down with pictures.",
            "",
        ),
    )
    f.occ(
        "2024-11-12",
        "prebirth-assessment-done",
        R(
            "csc",
            "Pre-birth assessment completed and authorised. Chelsea loves her baby and has "
            "engaged, but her learning disability, lack of family support and the history "
            "with Mason mean the unborn baby is likely to suffer significant harm without a "
            "high level of support. Recommendation: strategy discussion, pre-birth ICPC, "
            "pre-proceedings (PLO) and a parent-and-baby foster placement with a PAMS "
            "assessment after the birth.",
            "",
            "Assessment",
        ),
    )
    f.occ(
        "2024-11-14",
        "strategy",
        R(
            "csc",
            "Strategy discussion (Teams) about the unborn baby. Present: TM (chair), SW, "
            "specialist midwife, HV, LD nurse. Agreed s47 enquiries on the unborn baby and a "
            "pre-birth initial child protection conference before 32 weeks.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "mw",
            "Strategy meeting (virtual) re unborn. Outcome: s47, pre-birth ICPC. MW to share "
            "birth plan and alert labour ward.",
            "10:00",
            "Safeguarding",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion - unborn baby Yardley. Outcome: s47 and "
            "pre-birth conference agreed. HV antenatal contact to be offered.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-11-26",
        "letter-before-proceedings",
        R(
            "legal",
            "Letter before proceedings (PLO) issued to Chelsea Yardley, hand delivered by SW, "
            "copy posted. Invitation to PLO meeting 05/12/2024. Legal aid certificate "
            "information enclosed.",
            "",
            "PLO letter",
        ),
        R(
            "csc",
            "I hand delivered the letter before proceedings to Chelsea at her flat and went "
            "through the easy-read version with her. She asked if it meant Harper (the name "
            "she has chosen) would be taken. Advised to take it to a solicitor today.",
            "14:00",
            "PLO",
        ),
    )
    f.occ(
        "2024-12-03",
        "adv-prep-plo",
        R(
            "adv",
            "Met Chelsea to get ready for the PLO meeting on Thursday. We made a list of what "
            "she wants to say: she wants to live with Harper in a foster home with help. I "
            "showed her pictures of the room at the council offices.",
            "",
        ),
    )
    f.occ(
        "2024-12-05",
        "plo-meeting",
        R(
            "csc",
            "Public Law Outline meeting at Wexcombe Civic Centre. Present: Chelsea, her "
            "solicitor, her advocate, LD nurse, SW, TM, LA solicitor. Plan explained: after "
            "the birth, mother and baby to go to a parent-and-baby foster placement for a "
            "PAMS parenting assessment; the maternal grandmother to be assessed as a carer. "
            "Chelsea agreed.",
            "10:00",
            "PLO meeting",
        ),
        R(
            "legal",
            "Pre-proceedings meeting attended. Agreement signed by mother (with advocate "
            "support). Review PLO meeting after PAMS.",
            "10:00",
            "PLO meeting",
        ),
        R(
            "adv",
            "PLO meeting today. Chelsea was very nervous but said what was on her list. I "
            "asked them to stop and explain 'PAMS' and 'parallel planning' in plain words.",
            "",
            shift="swap",
        ),
        R(
            "asc",
            "Attended pre-proceedings (PLO) meeting with Chelsea. LD team to provide "
            "reasonable adjustments advice to the PAMS assessor.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-12-10",
        "prebirth-icpc",
        R(
            "csc",
            "Pre-birth Initial Child Protection Conference. The unborn baby was made subject "
            "to a child protection plan under the category of neglect. Chelsea attended with "
            "her advocate and spoke for herself. Parent-and-baby placement being sought.",
            "13:00",
            "ICPC",
        ),
        R(
            "mw",
            "Unborn baby CP conference attended - CP plan (neglect). Birth plan: mother and "
            "baby not to be discharged without SW agreement.",
            "13:00",
            "Conference",
        ),
        R(
            "hv",
            "Contact type: Pre-birth ICPC. Outcome: unborn subject to CP plan - neglect. HV "
            "core group member.",
            "13:00",
            "Meeting",
        ),
        R(
            "adv",
            "Went with Chelsea to the child protection conference for her baby. The baby will "
            "have a child protection plan. Chelsea cried afterwards; we got a coffee.",
            "",
        ),
        R(
            "asc",
            "Pre-birth ICPC attended. Outcome: CP plan (neglect) for the unborn baby.",
            "13:00",
            "Meeting",
            shift="month",
        ),
    )
    f.occ(
        "2024-12-17",
        "core-group-prebirth",
        R(
            "csc",
            "First core group (pre-birth). Parent-and-baby placement identified with Bev and "
            "Martin Ashworth-Kell from discharge. Hospital bag list done with Chelsea.",
            "10:00",
            "Core group",
        ),
        R(
            "mw",
            "Core group meeting attended. Birth plan shared; labour ward alert in place.",
            "10:00",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: CG. Outcome: P&B placement found, HV new birth visit to be at the "
            "placement.",
            "10:00",
            "Meeting",
            shift="-1",
        ),
    )
    f.occ(
        "2025-01-09",
        "placement-planning",
        R(
            "ssw",
            "Placement planning meeting at Sorrel Rise with Bev and Martin, SW and Chelsea: "
            "P&B arrangement, house rules, night-time monitoring, recording expectations.",
            "14:00",
            "Placement planning",
        ),
        R(
            "csc",
            "Placement planning meeting at the carers' home. Chelsea met Bev and Martin and "
            "saw the room she and the baby will share. Delegated authority and recording "
            "agreed.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-01-14",
        "birth",
        R(
            "mw",
            "SVD 03:12 at 39+1. Live female infant, 3.12kg, Apgars 9/10. EBL 350ml. Skin to "
            "skin. Mum needed prompting with first feed (bottle). SW informed 09:00 as per "
            "alert.",
            "03:12",
            "Birth",
        ),
        R(
            "csc",
            "Harper was born at 03:12 this morning at Wexcombe Royal Infirmary, 3.12kg. "
            "Chelsea and baby well. Midwives report she needs prompting with feeds.",
            "09:10",
            "Birth",
        ),
        R(
            "hv",
            "Contact type: Birth notification. Outcome: female infant Harper born 14/01/2025 "
            "03:12, 3.12kg, SVD, WRI. On CP plan (unborn). New birth visit to be booked at "
            "the P&B placement.",
            "",
            "Birth",
            shift="late",
        ),
        R(
            "fc",
            "Hollie rang at 9.30 - Chelsea had a baby girl at 3am, Harper, 6lb 14oz. Getting "
            "the room ready for Thursday.",
            "09:30",
        ),
    )
    f.occ(
        "2025-01-16",
        "discharge-to-placement",
        R(
            "mw",
            "Postnatal discharge 14:00 with baby to parent and baby foster placement (9 "
            "Sorrel Rise) as agreed with SW. Community MW visits day 5.",
            "14:00",
            "Discharge",
        ),
        R(
            "csc",
            "Chelsea and Harper were discharged from the postnatal ward and I took them to "
            "the parent-and-baby placement with Bev and Martin. Harper accommodated under "
            "s20 with Chelsea's agreement; placement start recorded.",
            "14:30",
            "Placement",
        ),
        R(
            "fc",
            "Chelsea and Harper arrived at 2.30 with Hollie. Showed Chelsea the steriliser "
            "again. Harper slept 3 hours.",
            "14:30",
        ),
        R(
            "ssw",
            "P&B placement commenced today - Chelsea and Harper at the Ashworth-Kells.",
            "",
            "Placement",
        ),
    )
    f.occ(
        "2025-01-20",
        "gp-registration",
        R(
            "gp",
            "New patient registration: Harper YARDLEY, DOB 14/01/2025, c/o 9 Sorrel Rise "
            "(foster placement with mother). Safeguarding flag added (CP plan).",
            "",
            "Registration",
        ),
        R(
            "fc",
            "Took Chelsea and Harper to Orchard Row to register Harper with the doctors.",
            "",
        ),
    )
    f.occ(
        "2025-01-22",
        "hv-new-birth",
        R(
            "hv",
            "Contact type: New birth visit at P&B placement. Outcome: Harper 3.05kg (day 8, "
            "2% loss), feeding 3-hourly with prompts from carer. Mum's knowledge of safe "
            "sleep limited - taught with visual aid.",
            "11:00",
            "Home visit",
        ),
        R(
            "fc",
            "Priya the health visitor came for the new baby check at 11. Harper weighed. "
            "She went through safe sleep with Chelsea using pictures.",
            "11:00",
        ),
    )
    f.occ(
        "2025-01-28",
        "pams-1",
        R(
            "pams",
            "PAMS session 1 (at placement): parent questionnaire and knowledge cards - "
            "feeding, sterilising, nappy changing. Chelsea needed frequent breaks. Practical "
            "skills adequate with prompts.",
            "10:00",
            "PAMS session",
        ),
        R(
            "fc",
            "Hannah came for the first parenting assessment session, 10 till 12. Chelsea was "
            "tired after a bad night.",
            "10:00",
        ),
    )
    f.occ(
        "2025-02-04",
        "pams-2",
        R(
            "pams",
            "PAMS session 2: bathing and temperature, observed. Chelsea forgot to check the "
            "water; did it after prompt.",
            "10:00",
            "PAMS session",
        ),
    )
    f.occ(
        "2025-02-06",
        "core-group-postbirth",
        R(
            "csc",
            "Core group at the placement. Harper thriving; Chelsea is learning routines but "
            "relies on Bev's prompts for night feeds. PAMS under way.",
            "13:00",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: Core group. Outcome: Harper regained birth weight.",
            "13:00",
            "Meeting",
        ),
        R(
            "ssw",
            "Attended core group at the carers' home with Bev.",
            "13:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-11",
        "pams-3",
        R(
            "pams",
            "PAMS session 3: routines and planning. Chelsea could not plan a day's feeds "
            "without a chart; with the picture chart she managed well.",
            "10:00",
            "PAMS session",
        ),
        R(
            "fc",
            "Hannah's session today - they made a picture chart for feeds. Chelsea proud of "
            "it and put it on the fridge.",
            "",
        ),
    )
    f.occ(
        "2025-02-11",
        "ssw-visit",
        R(
            "ssw",
            "Supervisory visit to Bev (carer only). Recording up to date; Bev tired from "
            "night support - respite evening arranged.",
            "15:00",
            "Supervisory visit",
        ),
    )
    f.occ(
        "2025-02-18",
        "sibling-visit-1",
        R(
            "csc",
            "Supervised sibling contact at Wexcombe Family Centre: Mason (17 months), brought "
            "by his special guardian (paternal aunt), with Harper and Chelsea. Chelsea held "
            "both children; Mason played with the baby's feet. Warm, positive.",
            "14:00",
            "Contact",
        ),
        R(
            "fc",
            "Took Chelsea and Harper to the family centre for Mason's visit. Chelsea happy "
            "but quiet in the car home.",
            "",
        ),
    )
    f.occ(
        "2025-02-25",
        "pams-4",
        R(
            "pams",
            "PAMS session 4: safety. Chelsea left Harper on the sofa to fetch a bottle; "
            "discussed rolling risk. Hazard spotting task 4/10.",
            "10:00",
            "PAMS session",
        ),
        R(
            "fc",
            "In Hannah's session Chelsea left Harper on the settee to get a bottle. Hannah "
            "talked to her about it.",
            "",
        ),
    )
    f.occ(
        "2025-02-25",
        "fc-asleep-feeding",
        R(
            "fc",
            "10.40pm I found Chelsea asleep on the bed with Harper on her chest after a "
            "feed. Woke her, Harper put in cot. Told Hollie by email and recorded.",
            "22:40",
        ),
    )
    f.occ(
        "2025-03-04",
        "proceedings-issued",
        R(
            "legal",
            "C110A care application issued at Wexcombe Family Court (s31) re Harper. "
            "Interim care plan: remain in P&B placement with mother. Listed CMH 06/03/2025.",
            "",
            "Issue",
        ),
    )
    f.occ(
        "2025-03-05",
        "cafcass-allocated",
        R(
            "cafcass",
            "Case allocated to Children's Guardian. Papers received. Guardian to see Harper "
            "and mother at the placement before the CMH if possible.",
            "",
            "Allocation",
        ),
    )
    f.occ(
        "2025-03-06",
        "cmh",
        R(
            "legal",
            "Case management hearing before DJ Latchford. ICO (s38) made re Harper, plan "
            "P&B placement with mother. Directions: PAMS report by 07/04, viability of MGM, "
            "further CMH 08/05, IRH 19/08.",
            "10:30",
            "Hearing",
        ),
        R(
            "csc",
            "First hearing (CMH) at Wexcombe Family Court. An interim care order was made "
            "for Harper; she stays with Chelsea at the placement. Chelsea had an intermediary "
            "and her advocate.",
            "10:30",
            "Court",
        ),
        R(
            "cafcass",
            "CMH attended. ICO granted. Guardian supports P&B placement continuing; "
            "requests PAMS adapted to LD.",
            "",
            "Hearing",
        ),
        R(
            "adv",
            "Court today with Chelsea. The judge said Harper can stay with her at Bev's "
            "for now. I explained 'interim care order' on the way out.",
            "",
        ),
    )
    f.occ(
        "2025-03-11",
        "sibling-visit-2",
        R(
            "csc",
            "Sibling contact at the family centre (Mason and Harper, Chelsea present). Shorter "
            "visit, Mason unsettled with a cold.",
            "14:00",
            "Contact",
        ),
        R(
            "fc",
            "Family centre again for Mason's visit. Mason had a cold so it was only 40 mins.",
            "",
        ),
    )
    f.occ(
        "2025-03-18",
        "cla-review-1",
        R(
            "csc",
            "Harper's first looked-after review (IRO chaired) at the placement. Care plan "
            "endorsed; health assessment done; sibling contact monthly.",
            "10:00",
            "CLA review",
        ),
        R(
            "ssw",
            "LAC review 1 at the carers' home. Bev's recording praised by IRO.",
            "10:00",
            "Review",
        ),
        R(
            "fc",
            "Harper's first review meeting here with the IRO. Everyone said she is doing well.",
            "",
        ),
    )
    f.occ(
        "2025-03-25",
        "kin-viability",
        R(
            "kin",
            "Viability assessment visit to Lorraine Yardley (MGM), 57, Ferncroft Avenue. "
            "Wants to care for Harper; works part-time; previously declined to be assessed "
            "for Mason. Positive viability - full SGO assessment recommended.",
            "11:00",
            "Viability",
        ),
    )
    f.occ(
        "2025-04-08",
        "pams-report",
        R(
            "pams",
            "PAMS report completed and sent to LA solicitor: Chelsea has strengths in warmth "
            "and commitment, but needs prompting for safety and routines at all times; "
            "unable to parent independently even with community support.",
            "",
            "Report",
        ),
        R(
            "legal",
            "PAMS report received from Hearthstone and filed and served.",
            "",
            "Filing",
            shift="+1",
        ),
    )
    f.occ(
        "2025-04-15",
        "sibling-visit-3",
        R(
            "csc",
            "Sibling contact at the family centre, Mason and Harper with Chelsea. Mason "
            "brought a toy for his sister.",
            "14:00",
            "Contact",
        ),
        R(
            "fc",
            "Mason's visit at the family centre, he gave Harper a toy rabbit.",
            "",
            shift="+2",
        ),
    )
    f.occ(
        "2025-04-29",
        "adv-explain-pams",
        R(
            "adv",
            "Went through the PAMS report with Chelsea using the easy-read summary. She was "
            "upset by 'cannot parent on her own' but said she wants Harper with her mum if "
            "not with her.",
            "",
        ),
    )
    f.occ(
        "2025-05-08",
        "further-cmh",
        R(
            "legal",
            "Further CMH before DJ Latchford. Directions: full SGO assessment of MGM by "
            "05/08, final evidence from LA, guardian's analysis 09/09. IRH 19/08 confirmed.",
            "10:00",
            "Hearing",
        ),
        R(
            "cafcass",
            "Further case management hearing. Guardian agrees to SGO assessment of MGM.",
            "",
            "Hearing",
        ),
        R(
            "csc",
            "Second case management hearing: court ordered a full special guardianship "
            "assessment of Lorraine; ICO continues.",
            "10:00",
            "Court",
        ),
        R(
            "adv",
            "Court again (the second 'CMH'). Short hearing. Chelsea OK.",
            "",
        ),
    )
    f.occ(
        "2025-05-13",
        "kin-sgo-1",
        R(
            "kin",
            "SGO assessment session 1 with Lorraine: family history, her own childhood, "
            "relationship with Chelsea.",
            "10:00",
            "SGO assessment",
        ),
    )
    f.occ(
        "2025-06-10",
        "move-to-mgm",
        R(
            "csc",
            "Harper moved from the parent-and-baby placement to her grandmother Lorraine's "
            "care today under Regulation 24 temporary approval (connected person), as agreed "
            "at the review. Chelsea helped pack and settle her.",
            "11:00",
            "Placement",
        ),
        R(
            "fc",
            "Harper left with her nan at 11. Chelsea and I both cried. Room cleared.",
            "11:00",
        ),
        R(
            "ssw",
            "P&B placement ended - Harper to MGM (Reg 24).",
            "",
            "Placement",
        ),
        R(
            "kin",
            "Harper placed with Lorraine from today (Reg 24 approval). Moving-in visit done "
            "with the cot and car seat.",
            "15:00",
            "Placement",
        ),
    )
    f.occ(
        "2025-06-10",
        "chelsea-supported-living",
        R(
            "asc",
            "Chelsea moved into supported living at Wexcombe Court (flat 4) today; 10 hours "
            "support a week.",
            "16:00",
            "Accommodation",
        ),
    )
    f.occ(
        "2025-06-17",
        "kin-sgo-2",
        R(
            "kin",
            "SGO assessment session 2 with Lorraine at home: health, finances, plan for "
            "Chelsea's contact; Harper seen settled.",
            "10:00",
            "SGO assessment",
        ),
    )
    f.occ(
        "2025-07-01",
        "cla-review-2",
        R(
            "csc",
            "Second looked-after review (IRO) at Lorraine's. Plan: SGO to grandmother; "
            "Chelsea's contact twice weekly, sibling contact monthly.",
            "10:00",
            "CLA review",
        ),
        R(
            "hv",
            "Contact type: LAC review attended. Outcome: Harper 6 months, development on track.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-07-22",
        "sibling-visit-4",
        R(
            "csc",
            "Sibling contact at Lorraine's home (first there): Mason and Harper, Chelsea "
            "joined for an hour. Relaxed and natural.",
            "14:00",
            "Contact",
        ),
        R(
            "kin",
            "Observed sibling contact at Lorraine's as part of the SGO assessment: she "
            "managed both children and Chelsea kindly.",
            "14:00",
            "SGO assessment",
        ),
    )
    f.occ(
        "2025-08-05",
        "sgo-report",
        R(
            "kin",
            "SGO assessment report on Lorraine completed (positive) and sent to legal with "
            "the support plan.",
            "",
            "Report",
        ),
        R(
            "legal",
            "SGO assessment report (MGM) received from kinship team - filed and served.",
            "",
            "Filing",
        ),
    )
    f.occ(
        "2025-08-14",
        "adv-prep-irh",
        R(
            "adv",
            "Met Chelsea at her flat before the IRH next week. She now agrees Harper should "
            "live with her mum. We wrote down what she wants: to see Harper a lot.",
            "",
        ),
    )
    f.occ(
        "2025-08-19",
        "irh",
        R(
            "legal",
            "IRH before HHJ Minchin. Mother does not oppose SGO to MGM; contact in issue. "
            "Final hearing listed 14-15/10/2025 (2 days).",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Issues resolution hearing: the only issue left is how much contact Chelsea will "
            "have. Final hearing set for two days in October.",
            "10:00",
            "Court",
        ),
        R(
            "cafcass",
            "IRH attended. Guardian's final analysis to be filed by 09/09.",
            "",
            "Hearing",
        ),
        R(
            "adv",
            "IRH today. Chelsea told the judge herself she wants Harper to live with her mum.",
            "",
            shift="+2",
        ),
    )
    f.occ(
        "2025-09-09",
        "guardian-analysis",
        R(
            "cafcass",
            "Final analysis and recommendations filed: supports SGO to MGM (no supervision "
            "order needed), contact with mother twice weekly.",
            "",
            "Filing",
        ),
        R(
            "legal",
            "Guardian's final analysis received (supports SGO, contact 2x weekly).",
            "",
            "Filing",
            shift="+1",
        ),
    )
    f.occ(
        "2025-10-14",
        "final-day-1",
        R(
            "legal",
            "Final hearing day 1 before HHJ Minchin. Evidence of SW and MGM; mother gave "
            "evidence with intermediary. Adjourned part-heard to 15/10.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Final hearing (day 1). I gave evidence about contact. Chelsea managed well with "
            "her intermediary.",
            "10:00",
            "Court",
        ),
        R(
            "cafcass",
            "Final hearing D1 - attended, guardian to give evidence tomorrow.",
            "",
            "Hearing",
        ),
        R(
            "adv",
            "First day of the final hearing. Long day; Chelsea answered questions and I sat "
            "next to her.",
            "",
        ),
    )
    f.occ(
        "2025-10-15",
        "final-day-2",
        R(
            "legal",
            "Final hearing day 2. SGO made to Lorraine Yardley; child arrangements order "
            "(contact with mother twice weekly, siblings monthly). ICO discharged. "
            "Proceedings concluded.",
            "10:00",
            "Hearing",
        ),
        R(
            "cafcass",
            "Final hearing D2 - guardian evidence. SGO granted to MGM, CAO for contact. "
            "Case closed.",
            "",
            "Hearing",
        ),
        R(
            "csc",
            "Final hearing concluded today: special guardianship order to Lorraine; Harper "
            "no longer looked after.",
            "16:00",
            "Court",
        ),
        R(
            "kin",
            "SGO granted to Lorraine today at Wexcombe Family Court. SGO support plan starts.",
            "",
            "Order",
        ),
    )

    f.fill(
        "fc",
        "2025-01-17",
        "2025-06-06",
        [
            ("", "Good night - Chelsea did the 2am feed on her own, I checked at 2.20."),
            ("", "Chelsea went to her mum's for tea with Harper, back by 7."),
            ("", "Chelsea bathed Harper on her own tonight, I watched. Water checked first."),
        ],
        timed=False,
        weekdays=False,
    )
    f.fill(
        "hv",
        "2025-01-23",
        "2025-11-28",
        [
            ("Clinic", "Contact type: Baby clinic. Outcome: Harper weighed, following 50th."),
            ("Home visit", "Contact type: Home visit. Outcome: Harper well, carer present."),
        ],
    )
    f.fill(
        "gp",
        "2024-11-18",
        "2024-12-20",
        [("Consultation", "Chelsea. S: heartburn 30/40. A: reflux. P: Gaviscon.")],
    )
    f.fill(
        "gp",
        "2025-02-24",
        "2025-03-07",
        [("Consultation", "Harper - 6/52 baby check: hips, eyes, heart NAD. Mum + carer.")],
    )
    f.fill(
        "adv",
        "2024-11-01",
        "2025-11-28",
        [
            ("", "Phoned Chelsea to remind her about her solicitor's appointment."),
            ("", "Chelsea rang me upset after contact; talked it through."),
        ],
        timed=False,
    )
    f.fill(
        "cafcass",
        "2025-03-07",
        "2025-10-10",
        [("Visit", "Guardian visit: Harper seen with her carer, settled.")],
    )
    f.fill(
        "asc",
        "2024-10-16",
        "2025-11-28",
        [("Visit", "LD nurse visit: budgeting with picture planner.")],
    )
    f.fill(
        "mw",
        "2024-10-04",
        "2025-01-10",
        [
            ("Antenatal", "ANC 28/40: BP 110/70, urine NAD, FH 140, growth on chart."),
            ("Antenatal", "ANC 34/40: well, birth plan with pictures reviewed."),
        ],
    )
    return f.case()


def blind_dedup_cases_24() -> list[BlindCase]:
    """The twenty-fourth blind set's families, in the order they were written."""
    return [_rushbrooke(), _amberley(), _yardley()]


if __name__ == "__main__":
    summary(blind_dedup_cases_24)
