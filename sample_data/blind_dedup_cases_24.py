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
placement (a pre-birth assessment and conference, the birth recorded by five services, the
placement start, parenting assessment sessions, a Public Law Outline meeting, an advocate's
notes, a case management hearing, an issues resolution hearing and a two-day final hearing, a
special guardianship assessment of the grandmother, and visits from the mother's first baby).

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
  its welfare call about both twins' absence written once per twin, and its note of one meeting
  written once per twin are each one occurrence; the mother's call back later that day (again
  written once per twin) is another occurrence.
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
            ("", "Tyler weighed at nursery 13.1kg, sent to HV by email."),
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
            ("Home visit", "Contact type: Home visit. Outcome: Tyler 13.8kg. Ruby weaning."),
            ("Telephone", "Contact type: Telephone to mum. Outcome: appt rearranged."),
            ("Home visit", "Contact type: Ruby 1 year review. Outcome: development on track."),
        ],
    )
    f.fill(
        "gp",
        "2024-04-15",
        "2025-07-11",
        [
            ("Consultation", "Ruby. S: nappy rash. O: erythema, no satellite lesions. P: cream."),
            ("Immunisation", "Ruby - 12 month immunisations given by practice nurse."),
        ],
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
        "2025-03-14",
        [
            ("Custody visit", "Visit to Reece at Thornmoor: victim awareness work, session 3."),
            ("Office appointment", "Licence appointment kept. Talked about Eastfield and peers."),
            ("Office appointment", "Licence appointment kept. CSCS test booked."),
            ("Telephone", "Text reminder sent for tomorrow's appointment."),
        ],
    )
    f.fill(
        "prob",
        "2025-03-21",
        "2025-10-17",
        [
            ("Office appointment", "Reporting appointment kept. No issues."),
            ("Office appointment", "Reporting: OASys sentence plan objectives agreed."),
            ("Custody visit", "Legal visit to PoP at Thornmoor re Parole Board dossier."),
        ],
    )
    f.fill(
        "csc",
        "2024-08-01",
        "2025-10-17",
        [
            ("Pathway plan", "Pathway plan review: accommodation, education, health goals."),
            ("Visit", "PA visit: took Reece shopping for clothes and bedding."),
            ("Telephone", "PA phone call: Reece checking his leaving care grant."),
        ],
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


def blind_dedup_cases_24() -> list[BlindCase]:
    """The twenty-fourth blind set's families, in the order they were written."""
    return [_rushbrooke(), _amberley()]


if __name__ == "__main__":
    summary(blind_dedup_cases_24)
