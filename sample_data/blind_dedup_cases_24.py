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


def blind_dedup_cases_24() -> list[BlindCase]:
    """The twenty-fourth blind set's families, in the order they were written."""
    return [_rushbrooke()]


if __name__ == "__main__":
    summary(blind_dedup_cases_24)
