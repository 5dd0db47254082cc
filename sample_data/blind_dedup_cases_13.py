"""A thirteenth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 118-124 chronology rows from eleven or twelve services
(twelve sheets each) over fourteen to sixteen months, unlike each other and unlike the earlier blind
sets' families: a Kurdish-speaking family seeking asylum, housed in a contingency hotel and then in
dispersal accommodation, whose six-year-old has untreated tooth decay and whose baby is scalded by a
kettle kept on the hotel room floor (a refugee support charity, the asylum accommodation provider,
an interpreting service that logs every session it interpreted, a GP registration, an in-year school
admission, a health visitor, community dental extractions under anaesthetic, a Section 47 enquiry,
child protection plans, a short-notice Home Office move to another city and a transfer-in conference
there); a fourteen-year-old girl in a relationship with a nineteen-year-old man, missing overnight
four times (police missing-person reports and finds on one sheet, the exploitation investigation on
another, return home interviews by a missing children service, a sexual health clinic, a school
nurse, a complex safeguarding team, detached youth workers, a multi-agency child exploitation
meeting, a Child Abduction Warning Notice, four strategy discussions, child protection conferences,
the man's arrest, release under investigation, charge and first court appearance, her self-harm and
overdose on consecutive days, and a move to her grandmother's); a baby born with neonatal abstinence
syndrome to parents on a methadone programme whose two older children were adopted (a specialist
midwife, the drug service, a pre-birth assessment and conference, pre-proceedings under the Public
Law Outline, birth, the neonatal unit, a discharge planning meeting, a parent and baby foster
placement, an independent parenting assessment, the father's supervised contact, the mother leaving
the placement, care proceedings with an interim care order, the father's arrest and charge, a move
to the paternal aunt and a special guardianship order at the final hearing).

Written blind: composed from the domain brief, the `Event` schema, the case kit
(`dedup_case_kit.py`) and the seventh blind set's docstring and imports (read for their format
and labelling rules; none of its families, wordings or places reused), without reading the
duplicate rules, their settings, the linkage model, any result or any other labelled set's
families, and without running the merge on these cases. Kept apart from tuning: measure on them
blind first.

The services write very differently: terse capital-letter police logs with incident numbers; long
social-care narrative; a health visiting "Contact type: ... Outcome: ..." template; GP "S: O: A:
P:" notes; a school's CPOMS-style "Category: ... Actions: ..." entries; emergency department
clinical shorthand split into triage, review and transfer rows; a charity caseworker's
first-person notes; an accommodation provider's welfare log with codes; an interpreting service's
booking log ("Face-to-face. Client: ... Venue: ... Language: ..."), which says who it interpreted
for and where, never what was said; a GP pasting conference minutes under its own preface; dates
written inside the text; times in some returns and not in others; returns without an event type
column (Word tables from a charity, health visitors, a complex safeguarding team, youth workers,
a drug service and an independent assessor; a dental service's and a missing service's sheets);
a hospital trust returning its maternity and neonatal records as two sheets of one file, and a
police force its missing-person and investigation records likewise; a contact centre's
"Session: ... Attendance: ... Quality: ..." template; a legal service's matter chronology.

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a call, email,
referral, minute or life event was logged by the receiving service on the next day.

How the rows were labelled (the rules shared by every blind set, applied throughout):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, transfer-in conference, core group, court
  hearing, professionals' meeting), in whatever words, with whatever time or none, is one
  occurrence. A minute pasted into another service's return under its own preface is a record
  of the same meeting.
- Both ends of one phone call (or one referral, notification, letter or email sent and
  received) are one occurrence, even when the receiving service logs it the next day. A later
  call back, another attempt to reach the same person, or a letter sent after the call is not.
- A joint visit recorded by both agencies that made it is one occurrence. Visits by two agencies
  on one day that each made alone are two.
- A police incident and the Children's Social Care entry recording that the police notification
  was received are DIFFERENT occurrences, even on the same day; so are the MASH screening
  decision and the contact it screens, and a hospital's notice of an attendance to the health
  visitor, GP or school. An incident attended by police and ambulance together is one
  occurrence; the emergency department attendance that follows is another.
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
- Decision for this set: an interpreting service's booking record of a session it interpreted
  (a visit, a clinic or GP appointment, a conference, a telephone needs assessment) is a record
  of that session, the same occurrence as the commissioning service's own note of it, although
  it gives only the client, venue, language and times. A session interpreted for a service whose
  return does not mention it stays a single occurrence.
- Decision for this set: the charity caseworker who went with the family to a life event (the
  GP registration at the desk, the first day at school, the move into the dispersal flat, the
  dental operation when a social worker went) records that event, the same occurrence as the
  service's own record; a charity worker who only hears about something from the family
  ("Bahar told me the health visitor came this morning") records her own contact, not the
  event she heard about.
- Decision for this set: a discharge from a burns unit back to the hotel, recorded that day by
  social care, the health visitor and the accommodation provider (who moved the family to a
  larger room the same afternoon), is one occurrence. The emergency department's own
  "transferred to the burns unit" row belongs to the attendance.
- Decision for this set: a call made by one service during an emergency attendance (the
  emergency department phoning the emergency duty team) is its own occurrence, and the duty
  team's onward call to the police is another; the emergency department's call row is kept
  apart from its triage, review and transfer rows.
- Decision for this set: a conversation in person between two services (the school nurse
  walking into the designated safeguarding lead's office) is recorded like both ends of a phone
  call: one occurrence, apart from the drop-in that prompted it.
- Decision for this set: the police write missing episodes on one sheet and the exploitation
  investigation on another; a find recorded on both (the missing-person "found" entry and the
  investigator's vehicle stop or entry to the flat) is one occurrence, and the missing report
  the evening before is another.
- Decision for this set: an exploitation risk assessment completed jointly by the social worker
  and the complex safeguarding worker after their joint home visit is one occurrence, like a
  joint visit.
- Decision for this set: release under investigation, written by the police that afternoon and
  by the complex safeguarding team the next day, is one occurrence (a criminal justice outcome,
  like a charge), apart from the arrest that morning, which the same team also records the next
  day.
- Decision for this set: an emergency department's row "admitted to the ward for treatment"
  belongs to the attendance; the liaison psychiatry assessment on the ward the next day is its
  own occurrence. The paediatric liaison notification of both attendances, as sent by the
  hospital and as received by the GP that day and the school nurse the next, is one
  occurrence (both ends of one notification), apart from the attendances.
- Decision for this set: a birth written by the midwife that night and by social care the next
  morning, a neonatal unit admission written by the unit and the midwife that morning, a
  discharge from the neonatal unit into a parent and baby foster placement (written by the
  unit, social care, the carers' log on arrival an hour later and the health visitor the next
  day) and a move to the paternal aunt (written by the fostering service, social care and the
  health visitor the next day) are each one life event. The GP's deduction of the baby from its
  list nine days after the move is its own occurrence.
- Decision for this set: an order made at a hearing is part of that hearing's occurrence: the
  foster carers' log "interim care order made at court today" is a record of the interim care
  order hearing, and the drug worker who went to the final hearing with the father records the
  hearing. A report or analysis filed before a hearing, the application issued two days before
  the first hearing, and a later hearing are separate occurrences.
- Decision for this set: a letter before proceedings logged by the local authority's lawyers as
  issued and by social care as sent that day is one letter (one occurrence), apart from the
  legal planning meeting two days before and the pre-proceedings meeting twelve days after; the
  legal planning meeting and the later legal gateway meeting, each recorded by social care and
  the lawyers, are one occurrence each.
- Look-alikes kept apart, in the first family: a referral to the MASH and the screening decision on
  it the next day; a hotel incident log of a scald and the emergency department attendance; the
  emergency department's call to the duty team and the duty team's call to the police half an hour
  later; a GP's information email for a strategy discussion and the discussion; a GP's report sent
  before a conference and the conference; a school's call to the hotel and the GP's same-day
  consultation for the same swelling; visits by the health visitor and the charity to the same room
  on one day; two police call-outs to one address on one evening and social care's receipt of the
  police notification two days later; a Home Office move notice, the family's call to the charity
  about it, the social worker's call objecting to it and the move itself; a transfer-in request
  email, the screening decision on it and the transfer-in conference; a telephone handover between
  health visitors and the records arriving four days later; a transfer report sent before a
  conference and the conference. In the second family: a school nurse's drop-in and her talk with
  the DSL half an hour later; a referral and the MASH decision the next day (which names the
  strategy discussion it convenes, held the day after); a clinic attendance and the clinic's call to
  the social worker; a youth worker's sighting and her intelligence report to the police that night;
  a mother's missing report and the grandmother's later call the same day; each missing report and
  the find the next morning; a find and social care's receipt of the police notification; a CAWN
  served and the police email telling social care about it three days later; a clinic's results
  appointment and its letter to the GP; a GP report before a conference and the conference; the two
  men's arrests ten minutes apart, the entry to the flat and the release under investigation that
  afternoon; a strategy discussion and a professionals' meeting on one day; emergency department
  attendances on consecutive days; the move to the grandmother's and the GP's address update eleven
  days later; the charge and the first court appearance three weeks later. In the third family: the
  booking appointment and the midwife's referral the next day; the referral and the MASH decision
  logged the same day; social care's pre-birth home visit and the father's key work session at the
  drug service that afternoon; a positive drug test and the drug worker's email about it the next
  day; the completed pre-birth assessment and the strategy discussion a week later; a GP report and
  the conference; a police call-out to an argument and social care's receipt of the notification two
  days later; the birth and the neonatal admission two days later; the admission and the unit's call
  to the social worker that morning; a discharge planning meeting and a placement planning meeting
  the same afternoon; a contact session cancelled because the father was drunk and the supervisor's
  call to the social worker twenty-five minutes later; the carers' note that the mother went out and
  their call to the emergency duty team that night; a legal gateway meeting and a core group on one
  day; the application issued and the hearing two days later; the guardian's and the supervising
  social worker's separate visits to the foster home on one day; the parenting assessment report and
  the case management hearing; the father's arrest, his charge the next day and social care's
  receipt of the notification; the guardian's final analysis and the final hearing; the issues
  resolution hearing and the final hearing; the mother's missed drug service appointment and the
  carers' note of her afternoon out on the same day. A health visit typed twice on one sheet is one
  occurrence.

Everything is invented: people, workers, schools, surgeries, clinics, hospitals, hotels,
charities, companies, towns, police forces, courts, addresses, postcodes and reference numbers.
Deterministic: one fixed seed per case (it only places the routine entries and picks their
times), no set or hash ordering.

    python sample_data/blind_dedup_cases_13.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
CSC_HARROWMERE = "Harrowmere Children's Social Care"
CSC_CADDONFORD = "Caddonford Children's Services"
HV = "Health Visiting"
GP = "GP"
SCHOOL = "School"
ED = "Emergency Department"
REFUGEE = "Refugee Support Charity"
ASYLUM_HOUSING = "Asylum Accommodation Provider"
INTERPRETING = "Interpreting Service"
DENTAL = "Community Dental Service"
SCHOOL_NURSE = "School Nursing"
MISSING = "Missing Children Service"
SEXUAL_HEALTH = "Sexual Health Service"
CAMHS = "CAMHS"
EXPLOITATION = "Complex Safeguarding Team"
YOUTH = "Youth Service"
MIDWIFERY = "Midwifery"
NEONATAL = "Neonatal Unit"
DRUGS = "Drug and Alcohol Service"
FOSTERING = "Fostering Service"
PARENTING = "Independent Parenting Assessment"
CONTACT = "Family Contact Service"
LEGAL = "Local Authority Legal Services"
CAFCASS = "Cafcass"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, SCHOOL_NURSE)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Salih family. Hawre Salih (b. 1988) and Bahar Rasul (b. 1994), Kurdish Sorani
# speakers seeking asylum, with Aram (b. 23/11/2017) and Lana (b. 02/12/2023). Housed at the
# Stennick Lodge Hotel, Quarry Hill Road, Harrowmere QH7 3LB (a contingency hotel run by
# Corvane Accommodation Services for the Home Office), then at Flat 3, 27 Sallowfield Road,
# Harrowmere QH4 8DN, then moved at two days' notice to 8 Ashwell Terrace, Caddonford VX2 9PA.
# Oakhollow Surgery; Fennick Lane Primary School; Farwater Refugee Network; Carrowick
# Interpreting; Harrowmere General Hospital; Kelsworth Regional Burns Unit; Wendmoor Police.
# --------------------------------------------------------------------------------------------


def _salih() -> BlindCase:
    f = Family(
        "salih_asylum_hotel_scald",
        1301,
        {
            "charity": Sheet(
                REFUGEE,
                "Farwater_Refugee_Network_chronology.docx",
                "Table 1",
                staff=(("2024-03-01", "Maud Ferreira"), ("2024-10-28", "Idris Pennock")),
                typed=False,
            ),
            "accom": Sheet(
                ASYLUM_HOUSING,
                "Corvane_Accommodation_welfare_log.xlsx",
                "Welfare log",
                staff=(
                    ("2024-03-01", "Gareth Linfoot (Welfare Officer)"),
                    ("2025-01-16", "Sunita Brackley (Welfare Officer, North)"),
                ),
            ),
            "interp": Sheet(
                INTERPRETING,
                "Carrowick_Interpreting_bookings_SALIH.csv",
                "",
                staff=(("2024-03-01", "Bookings team"),),
            ),
            "gp": Sheet(
                GP,
                "Oakhollow_Surgery_CSPR_return.xlsx",
                "Chronology",
                staff=(
                    ("2024-03-01", "Dr Helen Marwood"),
                    ("2024-09-01", "Dr Kwabena Asante-Lyle"),
                ),
            ),
            "school": Sheet(
                SCHOOL,
                "Fennick Lane_Primary_CPOMS_extract.xlsx",
                "Aram SALIH",
                staff=(("2024-04-01", "Joanne Thackeray (DSL)"),),
            ),
            "hv": Sheet(
                HV,
                "Harrowmere_0-19_Service_return.xlsx",
                "Chronology",
                staff=(("2024-03-01", "Priya Lundgren (Health Visitor)"),),
            ),
            "dental": Sheet(
                DENTAL,
                "Harrowmere_Community_Dental_return.xlsx",
                "Sheet1",
                staff=(("2024-04-01", "Orla Benning (Senior Dental Officer)"),),
                typed=False,
            ),
            "ed": Sheet(
                ED,
                "HGH_Paediatric_ED_return.xlsx",
                "Attendances",
                staff=(("2024-08-01", "Sr Grace Okonjo / Dr Imre Varga"),),
            ),
            "csch": Sheet(
                CSC_HARROWMERE,
                "Harrowmere_CSC_chronology.xlsx",
                "Salih family",
                staff=(
                    ("2024-06-01", "MASH"),
                    ("2024-08-10", "Callum Dunmore (EDT)"),
                    ("2024-08-11", "Farah Whitlow (Social Worker)"),
                ),
            ),
            "cscc": Sheet(
                CSC_CADDONFORD,
                "Caddonford_Childrens_Services_chronology.xlsx",
                "Chronology",
                staff=(("2025-01-16", "Front Door"), ("2025-01-20", "Bethan Okafor-Ray (SW)")),
            ),
            "hvc": Sheet(
                HV,
                "Caddonford_Health_Visiting_chronology.docx",
                "Table 2",
                staff=(("2025-01-16", "Janine Colquhoun (HV)"),),
                typed=False,
            ),
            "police": Sheet(
                POLICE,
                "Wendmoor_Police_IMR_chronology.xlsx",
                "Chronology",
                staff=(("2024-08-01", "DC Ruth Kinnaird (CAIT)"), ("2024-11-01", "PC 2291 Yeoman")),
            ),
        },
    )

    f.occ(
        "2024-03-05",
        "arrival-hotel",
        R(
            "accom",
            "ARRIVAL. Family of 4 (2 adults, 2 children: M 6y, F 3m) transferred by coach from "
            "Initial Accommodation Centre, Kelsworth. Allocated Rm 214 (1 double, 1 single, cot on "
            "request). Induction via phone interpreter (Kurdish Sorani): meal times, fire "
            "procedure, no cooking in rooms. Asylum support ref K2231907.",
            time="21:40",
            kind="Check-in",
            ref="SLH-0305-14",
        ),
        R(
            "charity",
            "New arrivals at Stennick Lodge last night according to the hotel list: the Salih "
            "family from the Kelsworth initial centre - Hawre (dad), Bahar (mum), Aram (6) and "
            "baby Lana (3 months), Kurdish Sorani speakers, room 214. Will introduce myself at "
            "Thursday's drop-in.",
            shift="late",
        ),
    )
    f.occ(
        "2024-03-07",
        "charity-needs-assessment",
        R(
            "charity",
            "Initial needs assessment with Bahar and Hawre at the hotel drop-in, Sorani telephone "
            "interpreter. They came with one holdall; Lana has two babygros and no pram. Gave "
            "clothing bank and baby bank vouchers. Aram is not in school - explained in-year "
            "admissions and will help with the form. Not registered with a GP. Hawre says Aram's "
            "teeth have hurt 'for months' and he cries at night; he holds his jaw when he eats. "
            "Mum very quiet, tearful when talking about the journey.",
        ),
        R(
            "interp",
            "Telephone interpreting. Client: Farwater Refugee Network. Language: Kurdish Sorani. "
            "Service users: SALIH family. Duration 52 min. Interpreter ID 30418 (S. Qadir).",
            time="13:05",
            kind="Telephone",
            ref="CI-24-03117",
        ),
    )
    f.occ(
        "2024-03-12",
        "gp-registration",
        R(
            "gp",
            "New patient registration x4 (GMS1): Hawre SALIH, Bahar RASUL, Aram SALIH, Lana SALIH. "
            "Address Stennick Lodge Hotel, Quarry Hill Rd, QH7 3LB (asylum contingency hotel). No "
            "ID required. Alert added: interpreter needed - Kurdish Sorani. New patient health "
            "checks to be booked for all; childhood imms status unknown.",
            time="11:20",
            kind="Registration",
        ),
        R(
            "charity",
            "Walked over to Oakhollow Surgery with the family and helped with the four GMS1 forms. "
            "The receptionist registered all of them at the desk and put an interpreter flag on. "
            "HC1 form for help with health costs sent off as well.",
            shift="month",
        ),
    )
    f.occ(
        "2024-03-18",
        "under5-notification-email",
        R(
            "accom",
            "Under-5s notification emailed to Harrowmere 0-19 SPA: Lana SALIH DOB 02/12/2023 "
            "resident Rm 214 since 05/03. No HV contact yet. Family requesting steriliser and "
            "bottles.",
            time="15:10",
            kind="Notification to health",
            ref="SLH-0318-03",
        ),
        R(
            "hv",
            "Contact type: Email (SPA). From: Corvane Accommodation welfare officer. Re: Lana "
            "SALIH 3/12, asylum hotel (Stennick Lodge). Outcome: transfer-in - no records from "
            "previous area. Allocated PL. Contact to be booked with face-to-face Sorani "
            "interpreter.",
            kind="Notification received",
            shift="late",
        ),
    )
    f.occ(
        "2024-03-26",
        "hv-first-visit",
        R(
            "hv",
            "Contact type: Home visit (hotel Rm 214) - transfer in / new to area. Seen: Lana, "
            "Aram, mother, father. Sorani interpreter present. Lana 6.02kg (9th centile), bottle "
            "fed, formula made with kettle water in the room. Kettle and food kept on the floor by "
            "the mattress - advised to raise out of reach before she crawls. Safe sleep discussed: "
            "Lana sleeping in parents' bed, cot used for storage. Mother EPDS 14. Aram has visible "
            "decay of upper front teeth; advised GP/dentist. Outcome: Universal Plus; review 6/52.",
            time="10:00",
            kind="Home visit",
        ),
        R(
            "interp",
            "Face-to-face. Client: Harrowmere 0-19 Service (P. Lundgren). Venue: Stennick Lodge "
            "Hotel. Language: Kurdish Sorani. Booked 10:00-11:30, actual 10:00-11:25. Interpreter "
            "ID 30522 (R. Aziz).",
            time="10:00",
            kind="Face-to-face",
            ref="CI-24-03560",
        ),
    )
    f.occ(
        "2024-04-09",
        "gp-toothache",
        R(
            "gp",
            "Aram (6y). S: toothache ~3/12, wakes at night, soft food only. Telephone interpreter "
            "(Sorani). O: multiple carious teeth, lower molars broken down, buccal swelling LR, "
            "apyrexial. A: dental caries ? abscess LR. P: amoxicillin 250mg TDS 5/7; no NHS "
            "dentist taking patients - refer Community Dental Service (vulnerable children "
            "pathway). Safety net re facial swelling.",
            time="16:20",
            kind="Consultation",
        ),
        R(
            "interp",
            "Telephone interpreting. Client: Oakhollow Surgery. Language: Kurdish Sorani. Service "
            "user: Aram SALIH (child). Duration 14 min. Interpreter ID 30418.",
            time="16:21",
            kind="Telephone",
            ref="CI-24-04402",
        ),
    )
    f.occ(
        "2024-04-10",
        "gp-dental-referral",
        R(
            "gp",
            "Referral letter to Harrowmere Community Dental Service: 6yo, multiple caries, abscess "
            "LR, unable to access a general dental practice, asylum-seeking family in hotel. "
            "Please see urgently. Interpreter needed.",
            kind="Referral out",
        ),
        R(
            "dental",
            "Referral received from Dr H Marwood (Oakhollow Surgery) dated 10/04/2024 - Aram Salih "
            "6 yrs, multiple carious teeth, LR abscess, no GDP. Triage: urgent, vulnerable child "
            "(asylum seeker in hotel). Offer next new patient slot with Sorani interpreter.",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-22",
        "school-start",
        R(
            "school",
            "Category: Admissions / New starter. In-year admission - Aram SALIH Y1 (Willow class). "
            "EAL - Kurdish Sorani, new to English, no previous schooling. Living at Stennick Lodge "
            "Hotel. FSM registered, uniform from pre-loved rail. Mum came with charity worker. "
            "Note: Aram would not eat lunch, pointed to his mouth. Actions: EAL buddy; class "
            "teacher to monitor eating.",
            time="08:45",
            kind="Admission",
        ),
        R(
            "charity",
            "Big day - Aram started at Fennick Lane Primary in Year 1. Went with Bahar to settle "
            "him in; the office sorted free school meals and found him uniform. Aram brave but "
            "would not eat at lunch, his mouth hurts.",
        ),
    )
    f.occ(
        "2024-05-02",
        "dental-assessment",
        R(
            "dental",
            "NP exam Bellgate Clinic. Attended with father + Sorani interpreter (face to face). "
            "Hx: pain 4+ months, night waking, no previous dental care; sweet drinks and shop "
            "snacks in hotel (no kitchen). O/E dmft 11: 74 75 84 85 unrestorable, 51 61 carious, "
            "sinus LR. Plan: XLA x8 under GA at Kelsworth Infirmary day surgery - waiting list "
            "approx 16 wks. FV applied, OHI via interpreter, brushes given. Dental neglect: level "
            "1 - preventive approach, liaise HV/school.",
        ),
        R(
            "interp",
            "Face-to-face. Client: Harrowmere Community Dental Service, Bellgate Clinic. Language: "
            "Kurdish Sorani. 09:15-10:10. Interpreter ID 30522.",
            time="09:15",
            kind="Face-to-face",
            ref="CI-24-05021",
        ),
    )
    f.occ(
        "2024-05-08",
        "school-calls-hotel",
        R(
            "school",
            "Category: Medical / Welfare. Aram in tears in class 10:30, R cheek swollen, not "
            "eating. Parents' mobiles not answering. DSL phoned the welfare officer at Stennick "
            "Lodge (Corvane) who went up to the room to tell mum. Mum collected 11:40. Actions: "
            "advised GP today; chase dental appointment.",
            time="10:50",
            kind="Welfare concern",
        ),
        R(
            "accom",
            "Phone call in from Fennick Lane Primary (Mrs Thackeray, DSL): Aram unwell with "
            "swollen face, parents not answering (no phone credit). Went to Rm 214 and told mother "
            "using translation app; she left for school.",
            time="10:52",
            kind="Call from school",
            ref="SLH-0508-02",
        ),
    )
    f.occ(
        "2024-05-08",
        "gp-facial-swelling",
        R(
            "gp",
            "Aram. Urgent same day (telephone interpreter). S: swelling R face since yesterday, "
            "sent home from school. O: T 37.9, R buccal swelling, no trismus, tolerating fluids. "
            "A: dental abscess. P: co-amoxiclav; phoned Community Dental - GA list cannot be "
            "brought forward, emergency slot if worse; 111/ED advice.",
            time="16:10",
            kind="Consultation",
        ),
    )
    f.occ(
        "2024-06-11",
        "school-referral-mash",
        R(
            "school",
            "Category: Safeguarding - Referral. Online MASH referral submitted (ref MR-55102) re "
            "Aram: untreated dental decay, repeated pain and facial swelling, not eating, tired; "
            "family in hotel with no cooking facilities; GA wait ~16 weeks. Father consented via "
            "interpreter line.",
            time="14:30",
            kind="Referral to MASH",
        ),
        R(
            "csch",
            "Contact received via online MASH form from Fennick Lane Primary DSL re Aram SALIH "
            "(6). Concerns: dental neglect - child in pain, awaiting extractions under GA; family "
            "seeking asylum, living in a contingency hotel. Consent given by father. Passed to "
            "MASH screening.",
            time="14:41",
            kind="Contact",
            outcome="MASH screening",
            ref="MR-55102",
        ),
    )
    f.occ(
        "2024-06-12",
        "mash-decision",
        R(
            "csch",
            "MASH screening decision (TM A. Greaves): information from GP, HV and community dental "
            "- extractions under GA planned, parents engaging with dental service. Level 2: does "
            "not meet threshold for s17 assessment. Early Help - refugee family support offer; "
            "advice letter to school; community dental asked to review priority.",
            kind="MASH decision",
            outcome="Early Help / NFA CSC",
            ref="MR-55102",
        ),
    )
    f.occ(
        "2024-06-20",
        "room-inspection-typed-twice",
        R(
            "accom",
            "Room inspection Rm 214: clean, overcrowded (4 occupants, 1 double + 1 single + cot). "
            "Kettle and food on floor - advised. Damp patch by window reported to maintenance.",
            time="10:15",
            kind="Room inspection",
            ref="SLH-0620-07",
        ),
        R(
            "accom",
            "Room inspection Rm 214: clean, overcrowded (4 occupants, 1 double + 1 single + cot). "
            "Kettle + food on floor - advised. Damp patch by window reported to maintenance.",
            time="10:15",
            kind="Room inspection",
            ref="SLH-0620-07",
        ),
    )
    f.occ(
        "2024-07-02",
        "hv-review-visit",
        R(
            "hv",
            "Contact type: Home visit (review). Telephone interpreter. Lana 7.1kg (9th-25th). Now "
            "commando crawling. Kettle still on floor next to mattress - re-advised; family say "
            "there is nowhere else to put it (no table). Mother EPDS 16 - tearful, not sleeping; "
            "consents to GP letter. Outcome: Universal Plus, GP letter re maternal mood, review "
            "8/52.",
            time="10:30",
            kind="Home visit",
        ),
    )
    f.occ(
        "2024-07-02",
        "charity-room-visit",
        R(
            "charity",
            "Visited room 214 in the afternoon with Sorani home-safety leaflets and a donated high "
            "chair. Bahar told me the health visitor came this morning and talked about the kettle "
            "again. There is no surface for it - the room has a double mattress, a single bed and "
            "the cot. Asked the hotel manager for a small table.",
        ),
    )
    f.occ(
        "2024-07-15",
        "gp-mother-low-mood",
        R(
            "gp",
            "Bahar RASUL. HV letter re low mood. S: (tel interpreter) low mood since arrival, poor "
            "sleep, flashbacks of journey, no thoughts of self-harm, protective factors children. "
            "O: PHQ-9 17. A: moderate depression ? PTSD. P: sertraline 50mg; refer Harrowmere "
            "Talking Therapies (interpreter); review 2/52.",
            time="11:40",
            kind="Consultation",
        ),
    )
    f.occ(
        "2024-08-10",
        "scald-hotel-incident",
        R(
            "accom",
            "INCIDENT (Category A - injury). 18:35 night duty called to Rm 214: infant scalded by "
            "hot water from kettle. Kettle on floor beside mattress. 999 called 18:37 by duty "
            "manager. Ambulance on scene 18:52; infant conveyed to HGH with mother. Father and son "
            "remained. Incident report IR-0812 to Home Office.",
            time="18:35",
            kind="Incident",
            ref="IR-0812",
        ),
    )
    f.occ(
        "2024-08-10",
        "scald-ed-attendance",
        R(
            "ed",
            "TRIAGE 19:14. 8/12 F BIBA with mother. Scald ant. chest + R arm from kettle water "
            "~18:30. Cooled 20 min by crew. FLACC 7. Tel interpreter (Sorani). Cat 2 - majors. "
            "Oramorph given.",
            time="19:14",
            kind="Triage",
        ),
        R(
            "ed",
            "Paeds reg review. Partial thickness scald ~5% TBSA, ant chest + R upper arm, spill "
            "pattern, no immersion features. Hx (mother via interpreter): baby crawled to kettle "
            "on floor, pulled flex. Consistent w/ development (crawling). No delay. Skin check "
            "NAD. CP concern: supervision/unsafe environment - family of 4 in one hotel room. "
            "Safeguarding proforma done. D/W regional burns - accepted.",
            time="19:55",
            kind="Medical review",
        ),
        R(
            "ed",
            "Left dept 22:40 - transferred to Kelsworth Regional Burns Unit by ambulance with "
            "mother. Clingfilm dressing, analgesia given. ED summary completed.",
            time="22:40",
            kind="Transfer out",
        ),
    )
    f.occ(
        "2024-08-10",
        "ed-call-to-edt",
        R(
            "ed",
            "Safeguarding: phoned Harrowmere Emergency Duty Team 21:05, spoke to C. Dunmore. "
            "Informed of scald and circumstances (hotel room, kettle at floor level, previous HV "
            "advice per mother). EDT to inform police and arrange strategy discussion.",
            time="21:05",
            kind="Safeguarding call",
        ),
        R(
            "csch",
            "EDT: telephone call from HGH Paediatric ED (Sr G. Okonjo). Lana SALIH 8m - 5% scald "
            "chest/arm, hot water from a kettle on the floor of the family's hotel room. Being "
            "transferred to Kelsworth Burns Unit with mother; father and Aram (6) at the hotel. "
            "Account consistent per ED. Plan: inform police, strategy discussion first working "
            "day.",
            time="21:05",
            kind="EDT contact",
        ),
    )
    f.occ(
        "2024-08-10",
        "edt-call-to-police",
        R(
            "csch",
            "EDT: phoned Wendmoor Police contact centre to pass on the ED information (log 0733). "
            "Police to note; no immediate attendance needed as the child is in hospital with her "
            "mother.",
            time="21:30",
            kind="EDT - call to police",
        ),
        R(
            "police",
            "21:32 CALL FROM HARROWMERE EDT. 8 MONTH FEMALE SCALD TO CHEST/ARM (KETTLE) AT "
            "BROOKVALE LODGE HOTEL QH7. CHILD IN HOSP (KELSWORTH BURNS). NO IMMED POLICE ACTION. "
            "CAIT TO JOIN STRAT DISC MON.",
            time="21:32",
            kind="Incident - CP",
            ref="WP-20240810-0733",
        ),
    )
    f.occ(
        "2024-08-12",
        "gp-email-for-strategy",
        R(
            "gp",
            "Email to Harrowmere CSC (strategy discussion request re Lana): registered 12/03/24; "
            "Aram referred to community dental for caries; mother depression, sertraline since "
            "15/07; no previous concerns re Lana's care. GP unable to attend strategy discussion.",
            time="09:40",
            kind="Information sharing",
        ),
    )
    f.occ(
        "2024-08-12",
        "strategy-discussion",
        R(
            "csch",
            "Strategy discussion (Teams) chaired by TM A. Greaves. Present: F. Whitlow SW, DC R. "
            "Kinnaird (CAIT), P. Lundgren HV, Kelsworth Burns Unit safeguarding nurse. Fennick "
            "Lane DSL on leave (school holidays); GP information by email. Discussed: 5% scald, "
            "explanation consistent with a crawling baby; environmental risk (kettle on floor "
            "despite two HV warnings, four people in one room, no kitchen); June MASH contact re "
            "Aram's dental neglect; maternal depression. Decision: threshold met - Section 47 "
            "enquiry, joint with police. Interim safety plan: hotel to remove kettle, hot water "
            "from kitchen. CP medical by burns unit paediatrician.",
            time="11:00",
            kind="Strategy discussion",
            outcome="S47 - joint",
        ),
        R(
            "police",
            "STRAT DISC 1100 (CSC/POL/HEALTH). VICTIM 8/12 F SCALD. OUTCOME: S47 JOINT. POL TO "
            "ATTEND HOTEL WITH SW 13/08. CONSIDER S1 CYPA 1933 (NEGLECT) PENDING CP MEDICAL. OIC "
            "DC KINNAIRD.",
            time="11:00",
            kind="Strategy discussion",
            ref="WP-20240810-0733",
        ),
        R(
            "hv",
            "Contact type: Multi-agency meeting (strategy, virtual). Outcome: S47 agreed. HV "
            "shared: kettle at floor level advised 26/03 and 02/07; Lana's growth satisfactory; "
            "mother's low mood (EPDS 16, GP letter sent). HV to do joint visit with SW after "
            "discharge.",
            kind="Strategy meeting",
        ),
    )
    f.occ(
        "2024-08-13",
        "s47-joint-visit",
        R(
            "csch",
            "S47 joint visit with DC Kinnaird to Stennick Lodge Hotel, Rm 214, with a face-to-face "
            "Sorani interpreter. Mother at Kelsworth with Lana. Seen: father and Aram (Aram seen "
            "alone with interpreter). Room: double mattress on floor, single bed, cot against wall "
            "full of bags; kettle now removed by hotel. Aram said 'Lana touched the kettle and "
            "cried', and that his teeth 'hurt all the time'. Father's account matches mother's at "
            "ED. Hotel duty manager spoken to re safety plan.",
            time="14:00",
            kind="S47 visit",
        ),
        R(
            "police",
            "S47 JOINT VISIT 1400-1540 BROOKVALE LODGE HOTEL RM 214 WITH SW WHITLOW + INTERP. "
            "FATHER SPOKEN TO - ACCOUNT CONSISTENT. SCENE VIEWED, PHOTOS TAKEN (KETTLE POSITION / "
            "ROOM LAYOUT). NO DISCLOSURES FROM SIBLING. AWAIT CP MEDICAL.",
            time="14:00",
            kind="Joint visit",
            ref="WP-20240810-0733",
        ),
        R(
            "interp",
            "Face-to-face. Client: Harrowmere Children's Social Care (F. Whitlow). Venue: Stennick "
            "Lodge Hotel. Language: Kurdish Sorani. 14:00-15:40. Interpreter ID 30418. Note: "
            "police officer also present.",
            time="14:00",
            kind="Face-to-face",
            ref="CI-24-08130",
        ),
    )
    f.occ(
        "2024-08-20",
        "police-nfa",
        R(
            "police",
            "UPDATE. CP MEDICAL (KELSWORTH 19/08): INJURY CONSISTENT WITH ACCIDENT, SUPERVISION / "
            "ENVIRONMENT CONCERNS. NO EVIDENCE OF WILFUL NEGLECT. CRIME NFA - OCCURRENCE FILED. "
            "S47 CONTINUES SINGLE AGENCY CSC.",
            time="16:45",
            kind="Investigation outcome",
            ref="WP-20240810-0733",
        ),
    )
    f.occ(
        "2024-08-22",
        "burns-unit-discharge",
        R(
            "csch",
            "Lana discharged today from Kelsworth Burns Unit back to Stennick Lodge with her "
            "mother after 12 days. Dressings clinic at Kelsworth twice weekly. Hotel has moved the "
            "family to Rm 108 (ground floor, larger); no kettle in room. Safety plan re-explained "
            "to both parents by phone with interpreter.",
            kind="Hospital discharge",
        ),
        R(
            "hv",
            "Contact type: Information. Lana home from Kelsworth Burns Unit today - family now in "
            "Rm 108. Burns outreach dressings 2x weekly. Outcome: joint visit with SW booked "
            "27/08.",
            kind="Discharge from hospital",
        ),
        R(
            "accom",
            "Infant returned from hospital with mother 15:00. Family relocated Rm 214 -> Rm 108 "
            "(larger, ground floor) as agreed with CSC. No kettles in room; hot water flask from "
            "kitchen on request.",
            time="15:00",
            kind="Room move",
            ref="SLH-0822-01",
        ),
    )
    f.occ(
        "2024-08-27",
        "joint-hv-sw-visit",
        R(
            "hv",
            "Contact type: Joint home visit with SW (F. Whitlow), Rm 108. Tel interpreter. Lana's "
            "burns dressed, healing; settled, feeding well, 7.6kg. Kettle removed; bottles made "
            "with flask water. Parents tearful, blaming themselves. Outcome: Universal Partnership "
            "Plus; home safety equipment requested.",
            time="10:00",
            kind="Joint visit",
        ),
        R(
            "csch",
            "Joint home visit with HV P. Lundgren to the family's new room (108). Lana seen - "
            "dressings intact, smiling and reaching for toys; Aram at the charity's holiday club. "
            "Parents engaged and able to say what the risk was. Discussed pending dental GA and "
            "the CSC letter to the Home Office supporting dispersal.",
            time="10:00",
            kind="Home visit - joint",
        ),
    )
    f.occ(
        "2024-09-02",
        "gp-report-for-icpc",
        R(
            "gp",
            "GP report for initial child protection conference sent to Harrowmere Safeguarding "
            "Conference Service: registration history, Aram's dental referral and abscess "
            "treatment, Lana's imms catch-up, mother's depression. GP will not attend.",
            time="12:30",
            kind="Report",
        ),
    )
    f.occ(
        "2024-09-05",
        "icpc",
        R(
            "csch",
            "Initial Child Protection Conference (chair: K. Mensah-Doyle, Harrowmere Safeguarding "
            "Conference Service). Parents attended with a Sorani interpreter. Present: SW, HV, "
            "Fennick Lane DSL, Farwater caseworker; police and GP reports tabled. Decision: Aram "
            "and Lana subject to Child Protection Plans - category Neglect (unsafe environment, "
            "untreated dental disease). Core group within 10 working days. Outline plan: safe "
            "living conditions, dental GA, mother's mental health, advocacy to the Home Office for "
            "suitable accommodation.",
            time="10:00",
            kind="ICPC",
            outcome="CP plans - Neglect",
        ),
        R(
            "hv",
            "Contact type: ICPC attended. Both children made subject to CP plans (neglect). HV "
            "actions: fortnightly visits, home safety assessment, liaise GP re maternal mental "
            "health.",
            kind="Child protection conference",
        ),
        R(
            "school",
            "Category: Safeguarding - Meetings. DSL attended initial CP conference for Aram (and "
            "sister Lana). Outcome: CP plan - neglect. School actions: monitor attendance, eating "
            "and pain; weekly check-in with class teacher; breakfast club place.",
            kind="CP conference",
            shift="swap",
        ),
        R(
            "charity",
            "Went to the initial child protection conference with Bahar and Hawre to support them; "
            "Sorani interpreter there. Both children are now on child protection plans for "
            "neglect. I spoke about the room and that there is nowhere safe to put a kettle or "
            "make food. Bahar cried through most of it; Hawre asked if they would lose the "
            "children - the chair explained the plan is to keep them safe at home.",
        ),
        R(
            "interp",
            "Face-to-face. Client: Harrowmere Safeguarding Conference Service. Venue: Civic "
            "Centre, Harrowmere. Language: Kurdish Sorani. 10:00-12:15. Interpreter ID 30522.",
            time="10:00",
            kind="Face-to-face",
            ref="CI-24-09051",
        ),
        R(
            "gp",
            "Conference minutes received and scanned. Harrowmere Safeguarding Conference Service: "
            "'Initial Child Protection Conference 05/09/2024. Children: Aram SALIH, Lana SALIH. "
            "Decision: both children to be the subject of a Child Protection Plan, category "
            "Neglect. Review conference 28/11/2024.' CP alerts added to both children's records.",
            kind="Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-24",
        "core-group-1",
        R(
            "csch",
            "First core group (Fennick Lane Primary meeting room). Present: SW, HV, DSL, Farwater "
            "caseworker, both parents, Sorani interpreter by phone. Reviewed plan: kettle-free "
            "room maintained; Lana's burns healed with some scarring; dental GA pre-assessment "
            "date awaited; Home Office dispersal request supported by CSC letter.",
            time="13:30",
            kind="Core group",
        ),
        R(
            "hv",
            "Contact type: Core group. Outcome: plan reviewed, HV fortnightly visits continue; "
            "Lana 8.0kg, development age appropriate.",
            kind="Core group",
        ),
        R(
            "school",
            "Category: Safeguarding - Meetings. Core group held in school 1.30pm. Aram attendance "
            "96%, eating at breakfast club; still complains of tooth pain some days. Actions: DSL "
            "to send school's observations to community dental.",
            time="13:30",
            kind="Core group",
        ),
        R(
            "charity",
            "Core group meeting at Aram's school. I said again that the family need dispersal "
            "accommodation with a kitchen. The social worker has written to the Home Office in "
            "support.",
        ),
    )
    f.occ(
        "2024-10-15",
        "move-to-dispersal",
        R(
            "accom",
            "MOVE. Stennick Lodge Hotel -> dispersal property Flat 3, 27 Sallowfield Road, "
            "Harrowmere QH4 8DN (2-bed, first floor). Keys handed 11:00. Property check: gas "
            "safety cert valid, cooker, fridge, kettle on worktop. Inventory signed by Mr Salih.",
            time="11:00",
            kind="Move to dispersal",
            ref="K2231907",
        ),
        R(
            "charity",
            "Moving day - helped the Salihs carry their bags into their dispersal flat on "
            "Sallowfield Road. Two bedrooms and a kitchen with a worktop - Bahar kept touching the "
            "cooker. Brought a food parcel and a set of pans from the donations store.",
        ),
        R(
            "csch",
            "Change of address: family moved today from Stennick Lodge Hotel to asylum dispersal "
            "accommodation, Flat 3, 27 Sallowfield Road, Harrowmere QH4 8DN. Aram stays at Fennick "
            "Lane Primary (bus route). Address updated; partners informed by email.",
            kind="Change of address",
        ),
    )
    f.occ(
        "2024-10-21",
        "dental-preop-wnb",
        R(
            "dental",
            "Pre-GA assessment - WAS NOT BROUGHT. Appointment letter of 30/09 went to Stennick "
            "Lodge Hotel (family moved 15/10). Rang father with telephone interpreter: new address "
            "taken, rebooked 04/11. SW informed by email per CP plan.",
        ),
    )
    f.occ(
        "2024-11-09",
        "police-neighbour-callout-1",
        R(
            "police",
            "19:48 CALL FROM MALE (SALIH) VIA INTERPRETING LINE - NEIGHBOUR FLAT 4 SHOUTING RACIST "
            "ABUSE AT FAMILY ON STAIRWELL, KICKING DOOR. 2 CHILDREN IN FLAT. ATTENDED 20:20 - "
            "SUSPECT WORDS OF ADVICE, RACIALLY AGGRAVATED S5 POA RECORDED. CHILDREN SEEN, SAFE. "
            "CCN SUBMITTED.",
            time="19:48",
            kind="Hate incident",
            ref="WP-20241109-1102",
        ),
    )
    f.occ(
        "2024-11-09",
        "police-neighbour-callout-2",
        R(
            "police",
            "23:55 REPEAT CALL 27 SALLOWFIELD RD - SAME NEIGHBOUR BANGING ON DOOR OF FLAT 3 AND "
            "SHOUTING. ATTENDED 00:10 - SUSPECT NOT PRESENT (LEFT IN VEHICLE). FAMILY REASSURED, "
            "CRIME UPDATED. PATROL PASSES REQUESTED.",
            time="23:55",
            kind="Hate incident - repeat",
            ref="WP-20241109-1460",
        ),
    )
    f.occ(
        "2024-11-11",
        "csc-receives-ccn",
        R(
            "csch",
            "Police Child Concern Notification received re two incidents on 09/11 at 27 "
            "Sallowfield Road (neighbour in Flat 4 racially abusing the family, kicking and "
            "banging on the door; children present). SW to visit and ask Corvane about security "
            "and a possible transfer.",
            kind="Police notification",
            ref="WP-20241109-1102",
        ),
    )
    f.occ(
        "2024-11-28",
        "rcpc-harrowmere",
        R(
            "csch",
            "Review Child Protection Conference. Parents attended with interpreter. Progress: "
            "suitable dispersal accommodation since 15/10; Lana's scald healed; Aram's dental GA "
            "booked for 03/12 after one missed pre-assessment (letter went to hotel); mother "
            "engaging with GP and talking therapy. Neighbour harassment 09/11 noted. Decision: CP "
            "plans continue (neglect) until dental treatment done and stability sustained.",
            time="14:00",
            kind="RCPC",
            outcome="CP plans continue",
        ),
        R(
            "hv",
            "Contact type: RCPC. Outcome: CP plans continue. HV report submitted: Lana 8.9kg, "
            "walking with support; stair gate and cupboard locks fitted.",
            kind="Child protection conference",
        ),
        R(
            "school",
            "Category: Safeguarding - Meetings. DSL at review conference (2pm, Civic Centre). "
            "Plans continue. Shared: Aram's English coming on, attendance 94%, less pain since "
            "antibiotics, finishing lunch most days.",
            time="14:00",
            kind="RCPC",
        ),
        R(
            "charity",
            "Review conference today for Aram and Lana - went along with the family. The plans "
            "stay for now; the chair said things are much better since the flat. Aram's operation "
            "is on 3 December.",
            shift="-1",
        ),
    )
    f.occ(
        "2024-12-03",
        "dental-ga",
        R(
            "dental",
            "Day case GA, Kelsworth Infirmary Day Surgery Unit. XLA 51 61 54 64 74 75 84 85 (8 "
            "teeth). Uneventful. Discharged 15:30 to father, SW present. Post-op instructions via "
            "interpreter. Review Bellgate 6/52; 2800ppm fluoride toothpaste prescribed.",
        ),
        R(
            "csch",
            "Accompanied Hawre and Aram to Kelsworth Infirmary for Aram's dental extractions under "
            "general anaesthetic - eight teeth removed. Aram groggy but eating ice cream before "
            "discharge at 3.30pm. Taxi home arranged by CSC.",
            kind="Health appointment",
        ),
    )
    f.occ(
        "2025-01-13",
        "home-office-move-notice",
        R(
            "accom",
            "NOTICE OF RELOCATION issued on Home Office instruction: SALIH household to move to "
            "dispersal property in Caddonford on 16/01/2025. Transport booked 09:00. Notice "
            "delivered by hand, read to Mr Salih via phone interpreter.",
            time="12:00",
            kind="Relocation notice",
            ref="K2231907",
        ),
    )
    f.occ(
        "2025-01-14",
        "family-calls-charity",
        R(
            "charity",
            "Hawre rang me first thing in a panic: Corvane gave them a letter yesterday saying "
            "they are being moved to Caddonford on Thursday. Aram has only just settled and "
            "Bahar's therapy has started. Said I would let the social worker know and explained we "
            "cannot stop a Home Office move.",
        ),
    )
    f.occ(
        "2025-01-14",
        "csc-objects-to-move",
        R(
            "csch",
            "Phoned Corvane (G. Linfoot) and emailed the Home Office safeguarding hub objecting to "
            "the move of the family to Caddonford on 16/01: both children on CP plans, Aram's "
            "dental follow-up, mother's therapy, Aram settled at school. Asked for the move to be "
            "paused. Told the decision rests with the Home Office.",
            time="10:15",
            kind="Professional call",
        ),
        R(
            "accom",
            "Call from Harrowmere CSC (SW F. Whitlow) objecting to relocation of SALIH household "
            "(children on CP plans). Advised relocation is a Home Office decision; escalated by "
            "email to HO Safeguarding Hub the same morning.",
            time="10:15",
            kind="Call from local authority",
        ),
    )
    f.occ(
        "2025-01-16",
        "move-to-caddonford",
        R(
            "accom",
            "RELOCATION (HO instruction). Flat 3, 27 Sallowfield Rd QH4 8DN vacated 09:00; "
            "household transported to dispersal property 8 Ashwell Terrace, Caddonford VX2 9PA. "
            "Keys and induction by North welfare team 14:30.",
            time="14:30",
            kind="Relocation",
            ref="K2231907",
        ),
        R(
            "csch",
            "The family were moved by the Home Office today to 8 Ashwell Terrace, Caddonford VX2 "
            "9PA, at two days' notice despite our objection. Aram taken out of Fennick Lane "
            "mid-term. CP plans remain in force until the receiving authority's transfer-in "
            "conference.",
            kind="Change of address",
        ),
        R(
            "charity",
            "Said goodbye to the Salih family this morning as the Corvane minibus took them to "
            "Caddonford. Gave them details of the refugee drop-in there. Closing our case today.",
        ),
    )
    f.occ(
        "2025-01-16",
        "transfer-in-request-email",
        R(
            "csch",
            "Email to Caddonford Children's Services front door: transfer-in request for Aram and "
            "Lana SALIH (CP plans, neglect, since 05/09/2024), with chronology, latest assessment, "
            "CP plan and RCPC minutes. Transfer-in conference requested within 15 working days.",
            time="16:40",
            kind="Transfer out",
        ),
        R(
            "cscc",
            "Contact: transfer-in request received by email from Harrowmere CSC (F. Whitlow) - two "
            "children subject to CP plans (neglect) moved into Caddonford 16/01 by the Home "
            "Office, 8 Ashwell Terrace. Attached: CP plan, RCPC minutes, chronology.",
            kind="Contact",
            shift="late",
            ref="CF-2501-0417",
        ),
    )
    f.occ(
        "2025-01-17",
        "caddonford-screening",
        R(
            "cscc",
            "Front door decision: transfer-in accepted under the inter-authority CP protocol. "
            "Allocated to Ashwell locality team; statutory visit within 5 working days; "
            "transfer-in conference to be booked by 07/02.",
            kind="Screening decision",
            outcome="Allocated - CP transfer-in",
            ref="CF-2501-0417",
        ),
    )
    f.occ(
        "2025-01-20",
        "hv-telephone-handover",
        R(
            "hv",
            "Contact type: Telephone - professional. Handover to Caddonford HV (J. Colquhoun): CP "
            "plan (neglect), scald Aug 24 - healed, maternal depression on sertraline, Sorani "
            "interpreter. Outcome: records to go by secure transfer; close on receipt.",
            time="11:30",
            kind="Transfer out",
        ),
        R(
            "hvc",
            "Telephone handover from Priya Lundgren, Harrowmere HV, about the Salih family who "
            "were moved here on 16/01 - Lana 13 months on a CP plan for neglect, scald to chest "
            "last August, mum on sertraline. Needs Sorani interpreter. Notes to follow.",
        ),
    )
    f.occ(
        "2025-01-22",
        "caddonford-first-visit",
        R(
            "cscc",
            "Statutory visit, 8 Ashwell Terrace, with Sorani interpreter. Both children seen; Aram "
            "seen alone in his room. House cold - boiler fault reported to Corvane. Parents upset "
            "about the move; Aram asking about his old school. In-year school application made "
            "with father today. Not yet registered with a GP.",
            time="13:00",
            kind="CP visit",
        ),
        R(
            "interp",
            "Face-to-face. Client: Caddonford Children's Services (B. Okafor-Ray). Venue: service "
            "user's home, Caddonford. Language: Kurdish Sorani. 13:00-14:20. Interpreter ID 31877.",
            time="13:00",
            kind="Face-to-face",
            ref="CI-25-01220",
        ),
    )
    f.occ(
        "2025-01-24",
        "hv-records-arrive",
        R(
            "hvc",
            "Records received from Harrowmere 0-19 by secure transfer (Lana and Aram). Read and "
            "summarised; CP alert on Lana's record.",
        ),
    )
    f.occ(
        "2025-01-27",
        "gp-registration-caddonford",
        R(
            "hvc",
            "Family registered today with Millquay Health Centre, Caddonford (all four). Lana's "
            "imms catch-up to be booked with the practice nurse.",
        ),
        R(
            "cscc",
            "GP registration done at Millquay Health Centre for Hawre, Bahar, Aram and Lana - SW "
            "went with father to reception as he had been turned away once for lack of proof of "
            "address.",
            kind="GP registration",
        ),
    )
    f.occ(
        "2025-01-29",
        "dental-discharge-letter",
        R(
            "dental",
            "Discharged from Harrowmere CDS - moved out of area (Home Office). Post-GA review not "
            "done. Referral letter to Caddonford Community Dental with GA summary.",
        ),
    )
    f.occ(
        "2025-02-03",
        "transfer-report",
        R(
            "csch",
            "Transfer report for the Caddonford transfer-in conference sent to their Safeguarding "
            "and Quality Unit: chronology, progress against the plan, views of Harrowmere "
            "partners.",
            time="15:20",
            kind="Report",
        ),
    )
    f.occ(
        "2025-02-06",
        "transfer-in-conference",
        R(
            "cscc",
            "Transfer-in Child Protection Conference (chair: D. Aldous). Parents present with "
            "interpreter; Harrowmere SW by Teams. Decision: Caddonford accepts responsibility; "
            "Aram and Lana remain subject to CP plans (neglect). Core group: SW, HV, Tenterfold "
            "Primary (place offered, start 10/02), Millquay GP. Review conference 08/05/2025.",
            time="10:00",
            kind="Transfer-in conference",
            outcome="CP plans continue - Caddonford",
        ),
        R(
            "csch",
            "Attended Caddonford transfer-in conference by Teams. Caddonford accepted the CP "
            "plans. Case to close to Harrowmere.",
            time="10:00",
            kind="Conference",
        ),
        R(
            "hvc",
            "Transfer in conference this morning at Caddonford Town Hall. Plans stay under "
            "neglect. I am core group member for Lana; fortnightly contact agreed.",
        ),
        R(
            "interp",
            "Face-to-face. Client: Caddonford Safeguarding & Quality Unit. Venue: Caddonford Town "
            "Hall. Language: Kurdish Sorani. 10:00-11:50. Interpreter ID 31877.",
            time="10:00",
            kind="Face-to-face",
            ref="CI-25-02061",
        ),
    )
    f.occ(
        "2025-02-20",
        "core-group-caddonford",
        R(
            "cscc",
            "Core group at 8 Ashwell Terrace. Aram started at Tenterfold Primary on 10/02 and is "
            "attending; boiler repaired; Lana's imms booked. Mother's talking therapy to be "
            "re-referred locally. Caddonford dental referral acknowledged.",
            time="15:30",
            kind="Core group",
        ),
        R(
            "hvc",
            "Core group held at the family home. Lana 9.6kg, walking, saying single words in "
            "Sorani. Mum flat in mood, has not restarted therapy.",
            shift="month",
        ),
    )
    f.occ(
        "2025-05-08",
        "rcpc-caddonford",
        R(
            "cscc",
            "Review Child Protection Conference. Parents present with interpreter. Aram attending "
            "Tenterfold 97%, dental review done, no pain; Lana thriving; mother in therapy. "
            "Decision: CP plans end; step down to Child in Need plan for three months.",
            time="10:00",
            kind="RCPC",
            outcome="CP plans ended - CIN",
        ),
        R(
            "hvc",
            "RCPC - children no longer on CP plans, stepped down to CIN. HV to continue Universal "
            "Plus for Lana.",
        ),
        R(
            "interp",
            "Face-to-face. Client: Caddonford Safeguarding & Quality Unit. Venue: Caddonford Town "
            "Hall. Language: Kurdish Sorani. 10:00-11:10. Interpreter ID 31877.",
            time="10:00",
            kind="Face-to-face",
            ref="CI-25-05081",
        ),
    )

    f.fill(
        "charity",
        "2024-03-20",
        "2024-10-10",
        [
            (
                "",
                "Food parcel and nappies collected from the hotel drop-in. Bahar asked for size 3.",
            ),
            ("", "Enrolled Hawre on the Tuesday ESOL class at the community centre."),
            ("", "Helped Hawre read a letter from his immigration solicitor about his interview."),
        ],
        timed=False,
    )
    f.fill(
        "charity",
        "2024-10-17",
        "2025-01-08",
        [
            ("", "Winter coats for Aram and Lana from the clothing bank."),
            ("", "Bahar came to the women's group for the first time, stayed the whole hour."),
        ],
        timed=False,
    )
    f.fill(
        "accom",
        "2024-03-20",
        "2024-08-05",
        [
            (
                "Welfare check",
                "Routine welfare check Rm 214. No issues raised. Fire alarm test explained.",
            ),
            ("Maintenance", "Maintenance: window latch Rm 214 repaired."),
            (
                "Welfare check",
                "Routine welfare check. Family asked about dispersal timescale - advised no date "
                "from Home Office.",
            ),
        ],
    )
    f.fill(
        "gp",
        "2024-03-20",
        "2024-07-05",
        [
            (
                "Immunisation",
                "Lana: primary imms catch-up (DTaP/IPV/Hib/HepB, MenB, PCV) given. Tel "
                "interpreter.",
            ),
            (
                "New patient check",
                "Hawre SALIH new patient check: BP 128/80, BMI 23, TB screen questionnaire "
                "negative, bloods booked.",
            ),
        ],
    )
    f.fill(
        "gp",
        "2024-09-10",
        "2025-01-10",
        [
            (
                "Medication review",
                "Bahar RASUL sertraline review (tel interpreter): sleeping better, continue 50mg.",
            ),
        ],
    )
    f.fill(
        "school",
        "2024-04-23",
        "2025-01-10",
        [
            ("EAL", "Category: EAL. Aram assessed on EAL scale - Band A. Phonics group daily."),
            ("Attendance", "Category: Attendance. Half-term attendance 95%. No concerns."),
            (
                "Parents' evening",
                "Category: Parents. Father at parents' evening with Sorani speaking TA. Pleased "
                "with progress.",
            ),
        ],
    )
    f.fill(
        "hv",
        "2024-09-26",
        "2024-11-25",
        [("Clinic", "Contact type: Clinic weigh. Lana 8.4kg. Outcome: no concerns.")],
    )
    f.fill(
        "hv",
        "2024-10-17",
        "2025-01-10",
        [
            (
                "Home visit",
                "Contact type: Home visit (CP). Flat clean, cooker used, kettle on worktop at "
                "back. Outcome: home safety satisfactory.",
            ),
        ],
    )
    f.fill(
        "interp",
        "2024-08-01",
        "2025-01-10",
        [
            (
                "Face-to-face",
                "Face-to-face. Client: Harrowmere Talking Therapies. Language: Kurdish Sorani. "
                "Service user: B. RASUL. 50 min.",
            ),
            (
                "Telephone",
                "Telephone interpreting. Client: Asylum Advice Line (legal). Language: Kurdish "
                "Sorani. Service user: H. SALIH. 35 min.",
            ),
        ],
    )
    f.fill(
        "hvc",
        "2025-02-24",
        "2025-06-30",
        [
            ("", "Home visit with telephone interpreter. Lana well; home safety checklist done."),
            ("", "Clinic: Lana 10.1kg. Delayed 12-month imms given at Millquay."),
        ],
    )
    f.fill(
        "cscc",
        "2025-02-24",
        "2025-05-01",
        [
            (
                "CP visit",
                "CP visit with telephone interpreter. Children seen; Aram showed his reading book. "
                "No concerns.",
            ),
        ],
    )
    f.fill(
        "cscc",
        "2025-05-12",
        "2025-06-30",
        [("CIN visit", "CIN visit. Family awaiting asylum decision; children well.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Brennock family, Wexbridge. Tayla Brennock (b. 19/05/2010) lives with her mother
# Donna Brennock (b. 1985), a night-shift care worker, and brother Reece (b. 08/02/2015) at 52
# Saddler Street, Wexbridge XR3 7TN; maternal grandmother Maureen Hollis at 14 Larchmount Close,
# Pellow Green, Wexbridge XR6 2HS. Jordan Kesterley (b. 02/03/2005) lives at Flat 9, Cobden
# House, Tannery Walk, Wexbridge XR1 4FG with Kyle Amory (22). Castlewick Academy; Wrenmoss Lane
# Medical Practice; the Tarnbrook Clinic (sexual health); Wexbridge Royal Infirmary; Kestle
# Missing Service (return home interviews); Fenshire Constabulary.
# --------------------------------------------------------------------------------------------


def _brennock() -> BlindCase:
    f = Family(
        "brennock_cse_missing",
        1302,
        {
            "missing": Sheet(
                POLICE,
                "Fenshire_Constabulary_return.xlsx",
                "Missing episodes",
                staff=(("2024-05-01", "PS 1187 Garside (Missing Persons Coordinator)"),),
            ),
            "police": Sheet(
                POLICE,
                "Fenshire_Constabulary_return.xlsx",
                "CEU investigation",
                staff=(("2024-05-01", "DC 3390 Leanne Harlow (Child Exploitation Unit)"),),
            ),
            "csc": Sheet(
                CSC,
                "Wexbridge_CSC_chronology.xlsx",
                "Tayla",
                staff=(("2024-05-01", "MASH Wexbridge"), ("2024-05-17", "Megan Arkwright (SW)")),
            ),
            "cst": Sheet(
                EXPLOITATION,
                "Complex_Safeguarding_Team_chronology.docx",
                "Table 1",
                staff=(("2024-05-01", "Owen Tranter (Complex Safeguarding Worker)"),),
                typed=False,
            ),
            "school": Sheet(
                SCHOOL,
                "Castlewick_Academy_safeguarding_log.xlsx",
                "Log",
                staff=(("2024-05-01", "Dev Pillai (DSL)"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "Wexbridge_School_Nursing_return.xlsx",
                "Chronology",
                staff=(("2024-05-01", "Hannah Corrigan (School Nurse)"),),
            ),
            "rhi": Sheet(
                MISSING,
                "Kestle_RHI_records.xlsx",
                "Tayla B",
                staff=(("2024-05-01", "Shona Beattie (RHI worker)"),),
                typed=False,
            ),
            "sexual_health": Sheet(
                SEXUAL_HEALTH,
                "Tarnbrook_Clinic_safeguarding_return.xlsx",
                "Sheet1",
                staff=(("2024-05-01", "Kath Mallory (Safeguarding Lead Nurse)"),),
            ),
            "ed": Sheet(
                ED,
                "WRI_ED_paediatric_liaison_return.xlsx",
                "ED",
                staff=(("2025-01-01", "WRI Emergency Department"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "Wexbridge_CAMHS_chronology.xlsx",
                "Chronology",
                staff=(("2025-01-01", "Paul Greenhalgh (CAMHS Liaison Nurse)"),),
            ),
            "gp": Sheet(
                GP,
                "Wrenmoss_Lane_Medical_Practice_return.xlsx",
                "Tayla",
                staff=(("2024-05-01", "Dr Rhona Beckwith"),),
            ),
            "youth": Sheet(
                YOUTH,
                "Detached_Youth_Work_notes.docx",
                "Table 1",
                staff=(("2024-05-01", "Jess Oduya (Detached Youth Worker)"),),
                typed=False,
            ),
        },
    )

    f.occ(
        "2024-05-14",
        "sn-drop-in",
        R(
            "sn",
            "Drop-in (Castlewick Academy). Tayla Y9 asking about contraception and the 'morning "
            "after pill' (UPSI 3 days ago). Says boyfriend 'Jordan' is 18 or 19, met on Snapchat, "
            "has his own flat. Gillick/Fraser: not assessed competent re this relationship given "
            "age gap, secrecy and gifts (vapes). CSE screening tool score 7 (medium). Advised EHC "
            "via Tarnbrook clinic today. Explained information sharing - Tayla upset but agreed.",
            time="12:40",
            kind="Drop-in",
        ),
    )
    f.occ(
        "2024-05-14",
        "sn-dsl-discussion",
        R(
            "sn",
            "Discussed with DSL (Mr Pillai) in person at 13:30 - shared drop-in disclosure and CSE "
            "screening score. DSL to refer to MASH today or tomorrow.",
            time="13:30",
            kind="Professional discussion",
        ),
        R(
            "school",
            "Category: Safeguarding - CSE. School nurse came to DSL office 1.30pm after Tayla's "
            "drop-in: 14yo in a sexual relationship with a man of about 19 who has his own flat. "
            "Actions: DSL to make MASH referral; HoY to keep Tayla in school today.",
            time="13:30",
            kind="Disclosure",
        ),
    )
    f.occ(
        "2024-05-15",
        "school-referral-mash",
        R(
            "school",
            "Category: Safeguarding - Referral. MASH referral (online, ref WX-MR-20811) re Tayla: "
            "sexual relationship with male ~19 (Jordan), UPSI, CSE screening medium. Mother not "
            "told by school - MASH advised to leave to SW.",
            time="09:20",
            kind="Referral to MASH",
        ),
        R(
            "csc",
            "Contact - MASH online referral from Castlewick Academy DSL re Tayla BRENNOCK (14): "
            "sexual relationship with adult male 'Jordan' approx 19; unprotected sex disclosed to "
            "school nurse; CSE screening tool medium. RAG Amber. Passed for multi-agency checks.",
            time="09:31",
            kind="Contact",
            ref="WX-MR-20811",
        ),
    )
    f.occ(
        "2024-05-16",
        "mash-decision",
        R(
            "csc",
            "MASH outcome: police checks - Jordan KESTERLEY, 19, Flat 9 Cobden House, intelligence "
            "re cannabis supply and two earlier concerns about under-16 girls. Threshold for "
            "strategy discussion met (risk of significant harm - CSE). Strategy discussion "
            "convened for 17/05.",
            time="16:05",
            kind="MASH decision",
            outcome="Strategy discussion",
            ref="WX-MR-20811",
        ),
    )
    f.occ(
        "2024-05-17",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (Teams), chair TM Lorraine Ebdon. Present: SW M. Arkwright, DC "
            "Harlow (CEU), D. Pillai DSL Castlewick Academy, O. Tranter (Complex Safeguarding). "
            "Tayla (14) disclosed to the school nurse a sexual relationship with Jordan KESTERLEY, "
            "19, known to police for cannabis supply and concerns about younger girls. Mother "
            "unaware of his age. Decision: Section 47 enquiry - risk of child sexual exploitation. "
            "CSE risk assessment by CST and SW within 10 days; police intelligence development; "
            "referral to MACE.",
            time="10:30",
            kind="Strategy discussion",
            outcome="S47",
        ),
        R(
            "police",
            "STRATEGY DISCUSSION 1030. SUBJ: TAYLA BRENNOCK (14). SUSPECT: KESTERLEY JORDAN DOB "
            "02/03/2005. DECISION S47 (CSE). POLICE ACTIONS: INTEL CHECKS, PNC, ADDRESS (COBDEN "
            "HSE), CONSIDER CAWN. OIC DC 3390 HARLOW.",
            time="10:30",
            kind="Strategy discussion",
            ref="OCC 24/37718",
        ),
        R(
            "school",
            "Category: Safeguarding - CSE. DSL took part in strategy discussion (Teams) 10.30am re "
            "Tayla. Outcome S47. Actions: daily check-in with Head of Year, note who collects her, "
            "report sightings of older males / cars at the gate. Mum to be told by SW, not school.",
            time="10:30",
            kind="Strategy meeting",
        ),
        R(
            "cst",
            "Strategy disc - new to CST. Tayla B, 14, older male 19 with his own flat. I'm doing "
            "the exploitation risk assessment with the SW. Asked for MACE listing in June.",
        ),
    )
    f.occ(
        "2024-05-23",
        "lantern-clinic-attendance",
        R(
            "sexual_health",
            "Attended alone 15:50. 14y F. UPSI, regular partner (M 19). EHC not indicated (>5 "
            "days). UPT neg. STI screen taken. Spotting the Signs proforma: 6 positives (older "
            "partner, gifts, stays overnight, secrecy, cannabis, missing school). Condoms given. "
            "'He loves me, nobody gets it.' Discussed with safeguarding lead.",
            time="15:50",
            kind="Clinic attendance",
        ),
    )
    f.occ(
        "2024-05-23",
        "lantern-call-to-sw",
        R(
            "sexual_health",
            "Safeguarding call to allocated SW (M. Arkwright, Wexbridge CSC) 17:05: shared "
            "Spotting the Signs outcome; SW confirms open S47 and CST involvement. Information "
            "shared without consent (risk of serious harm) - documented.",
            time="17:05",
            kind="Safeguarding call",
        ),
        R(
            "csc",
            "Phone call from Tarnbrook Clinic safeguarding nurse (K. Mallory): Tayla attended "
            "alone this afternoon, UPSI with 19yo partner, pregnancy test negative, STI screen "
            "pending; six indicators on their Spotting the Signs tool. Clinic will share results.",
            time="17:05",
            kind="Professional call",
        ),
    )
    f.occ(
        "2024-06-03",
        "cse-risk-assessment",
        R(
            "cst",
            "Exploitation risk assessment (Wexbridge ERAT) completed jointly with the SW after our "
            "visit to Tayla at home. Outcome SIGNIFICANT: older partner, overnight stays, gifts, "
            "cannabis, drifting from friends, mum on nights. Tayla doesn't see any risk. Going to "
            "MACE 13/06.",
        ),
        R(
            "csc",
            "CSE risk assessment completed today with Owen Tranter (CST) after a joint home visit. "
            "Tayla seen in her bedroom; said Jordan 'treats her like an adult'. Mum tearful, did "
            "not know his age until told. Overall risk: significant. Safety plan with mum: phone "
            "check-ins, no overnight stays, Snapchat location sharing.",
            time="16:00",
            kind="Assessment",
        ),
    )
    f.occ(
        "2024-06-13",
        "mace-1",
        R(
            "csc",
            "MACE (multi-agency child exploitation) meeting - Tayla discussed. Present: CST, CEU "
            "police, Youth Service detached team, CSC; education report only. Risk confirmed "
            "significant. Actions: disruption plan for KESTERLEY's address, youth workers to "
            "engage Tayla, hotspot map (Tannery Walk, Kingsway retail park).",
            time="14:00",
            kind="MACE",
        ),
        R(
            "cst",
            "MACE panel 2pm. Tayla - RED. Disruption: police visits to Cobden House, housing "
            "provider told about flat 9, detached youth outreach at Kingsway retail park on Friday "
            "nights. Review 6 weeks.",
        ),
        R(
            "police",
            "MACE 1400 - BRENNOCK T / KESTERLEY J. RAG RED. POLICE DISRUPTION: ADDRESS VISITS, "
            "ANPR MARKER ON SILVER CORSA (VRM ON FILE).",
            time="14:00",
            kind="MACE",
            ref="OCC 24/37718",
        ),
        R(
            "youth",
            "Went to MACE at the Civic Offices (my first). Tayla is on our list now - team will "
            "look out for her Friday nights at Kingsway retail park and by the skate park.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-06-19",
        "school-car-at-gate-typed-twice",
        R(
            "school",
            "Category: Safeguarding - CSE. Tayla dropped at the front gate 8.50am by a young man "
            "in a silver car. Seen by HoY. Tayla said it was 'a mate'. Actions: passed to SW by "
            "email; log for MACE.",
            time="08:55",
            kind="Sighting",
        ),
        R(
            "school",
            "Category: Safeguarding - CSE. Tayla dropped at front gate 8.50am by young man in a "
            "silver car. Seen by HoY. Tayla said it was 'a mate'. Actions: passed to SW by email; "
            "log for MACE.",
            time="08:55",
            kind="Sighting",
        ),
    )
    f.occ(
        "2024-06-21",
        "missing-1-report",
        R(
            "missing",
            "MISPER REPORT MP/24/03311. TAYLA BRENNOCK 14YRS. REPORTED BY MOTHER 2320. LAST SEEN "
            "1700 LEAVING HOME. RISK MEDIUM (CSE FLAG). BELIEVED WITH 19YR MALE KESTERLEY, COBDEN "
            "HSE.",
            time="23:20",
            kind="Missing - report",
            ref="MP/24/03311",
        ),
    )
    f.occ(
        "2024-06-22",
        "missing-1-found",
        R(
            "missing",
            "FOUND 1140 MP/24/03311. LOCATED AT FLAT 9 COBDEN HOUSE BY ATTENDING OFFICERS. "
            "KESTERLEY PRESENT, DENIES SHE STAYED. PREVENTION INTERVIEW - NO DISCLOSURES. RETURNED "
            "TO MOTHER 1210. RHI REQUEST TO WAYMARK.",
            time="11:40",
            kind="Missing - found",
            ref="MP/24/03311",
        ),
    )
    f.occ(
        "2024-06-24",
        "csc-missing-1-notification",
        R(
            "csc",
            "Police notification received: Tayla reported missing 21/06 at 23:20, found 22/06 at "
            "11:40 at Flat 9 Cobden House (KESTERLEY's address). Return home interview requested "
            "from Kestle. SW to visit.",
            kind="Police notification",
            ref="MP/24/03311",
        ),
    )
    f.occ(
        "2024-06-25",
        "rhi-1",
        R(
            "rhi",
            "Return home interview at school (private room), 45 mins. Tayla said she went to "
            "Jordan's to 'chill' and stayed because she fell asleep; he gave her vodka and a vape. "
            "Said nothing happened she didn't want. Push: rows with mum about her phone, mum "
            "working nights. Pull: Jordan, 'freedom'. Would not name others at the flat.",
        ),
    )
    f.occ(
        "2024-06-26",
        "rhi-1-report-email",
        R(
            "rhi",
            "RHI report (interview 25/06) emailed to SW M. Arkwright via secure mail.",
        ),
        R(
            "csc",
            "RHI report received from Kestle (interview 25/06): stayed at Jordan's flat, given "
            "vodka and a vape; push factor arguments with mum about her phone. Added to S47.",
            kind="Information received",
            shift="late",
        ),
    )
    f.occ(
        "2024-07-05",
        "youth-sighting",
        R(
            "youth",
            "Friday outreach at Kingsway retail park from 8pm. Saw Tayla in the front passenger "
            "seat of a silver Corsa with a young man (fits Jordan) and another lad in the back. "
            "She waved but didn't get out. Car left towards Tannery Walk about 8.40.",
        ),
    )
    f.occ(
        "2024-07-05",
        "youth-intel-to-police",
        R(
            "youth",
            "Back at base - submitted a partnership intelligence form to Fenshire Police about "
            "tonight's sighting (time, place, car, direction).",
        ),
        R(
            "police",
            "PARTNERSHIP INTEL RECEIVED (YOUTH SERVICE) 2135: BRENNOCK T SEEN IN SILVER CORSA "
            "(KESTERLEY) KINGSWAY RETAIL PK 2000-2040. GRADED B2. LINKED.",
            time="21:35",
            kind="Intelligence",
            ref="OCC 24/37718",
        ),
    )
    f.occ(
        "2024-07-13",
        "missing-2-report",
        R(
            "missing",
            "MISPER REPORT MP/24/04102. TAYLA BRENNOCK 14. REPORTED BY MOTHER 1410 - LEFT HOME "
            "1130 AFTER ARGUMENT, PHONE OFF. RISK HIGH (OPEN CSE, PREV MISSING). PATROL TO COBDEN "
            "HSE - NO REPLY.",
            time="14:10",
            kind="Missing - report",
            ref="MP/24/04102",
        ),
    )
    f.occ(
        "2024-07-13",
        "missing-2-grandmother-call",
        R(
            "missing",
            "FURTHER CALL 2245 FROM MGM (MAUREEN HOLLIS) - SAW TAYLA GET INTO SILVER CAR OUTSIDE "
            "CHIP SHOP, PELLOW GREEN, 2230. ANPR MARKER LIVE. PATROLS DEPLOYED.",
            time="22:45",
            kind="Missing - update call",
            ref="MP/24/04102",
        ),
    )
    f.occ(
        "2024-07-14",
        "missing-2-found-vehicle-stop",
        R(
            "missing",
            "FOUND 0430 MP/24/04102. SILVER CORSA STOPPED BY ROADS POLICING, WEXBRIDGE RING RD, "
            "AFTER ANPR HIT. TAYLA FRONT PASSENGER, DRIVER KESTERLEY. RETURNED HOME 0515. "
            "PREVENTION INTERVIEW DECLINED.",
            time="04:30",
            kind="Missing - found",
            ref="MP/24/04102",
        ),
        R(
            "police",
            "0430 VEHICLE STOP - KESTERLEY J (DRIVER) WITH MISSING FEMALE 14YRS (BRENNOCK). NO "
            "OFFENCE DISCLOSED - NO ARREST. VEH SEARCH: SMALL QTY CANNABIS - STREET WARNING. INTEL "
            "UPDATED. CAWN TO BE PROGRESSED.",
            time="04:30",
            kind="Vehicle stop",
            ref="OCC 24/37718",
        ),
    )
    f.occ(
        "2024-07-15",
        "strategy-2",
        R(
            "csc",
            "Strategy discussion reconvened after the second missing episode (chair L. Ebdon). "
            "Present: SW, DC Harlow, O. Tranter (CST). Tayla found in KESTERLEY's car at 04:30 on "
            "14/07. Decision: continue S47; police to serve a Child Abduction Warning Notice on "
            "KESTERLEY (statement from mother needed); ICPC to be convened.",
            time="10:00",
            kind="Strategy discussion",
            outcome="S47 continues - CAWN - ICPC",
        ),
        R(
            "police",
            "STRAT DISC 1000 - RECONVENED. OUTCOME: CAWN (S2 CAA 1984) TO BE SERVED ON KESTERLEY "
            "J. MG11 FROM MOTHER TO BE OBTAINED. ICPC REQUESTED BY CSC.",
            time="10:00",
            kind="Strategy discussion",
            ref="OCC 24/37718",
        ),
        R(
            "cst",
            "Second strategy meeting this morning. CAWN agreed. I'll update the disruption plan "
            "and let the youth team know.",
        ),
    )
    f.occ(
        "2024-07-16",
        "rhi-2-declined",
        R(
            "rhi",
            "RHI attempted at home - Tayla declined; spoke briefly on the doorstep: 'I'm fine, "
            "stop asking'. Mum says she came home tired and stayed in her room. Leaflet left, will "
            "offer again.",
        ),
    )
    f.occ(
        "2024-07-18",
        "police-mother-statement",
        R(
            "police",
            "VISIT TO MOTHER (DONNA BRENNOCK) 1800 - MG11 OBTAINED: KESTERLEY HAS NO PERMISSION TO "
            "HAVE TAYLA WITH HIM OR AT HIS ADDRESS (FOR CAWN).",
            time="18:00",
            kind="Statement",
            ref="OCC 24/37718",
        ),
    )
    f.occ(
        "2024-07-19",
        "cawn-served",
        R(
            "police",
            "CAWN SERVED IN PERSON ON KESTERLEY J AT FLAT 9 COBDEN HOUSE 1920 BY DC HARLOW + PC "
            "2207 RAIKES. CONTENT EXPLAINED. REFUSED TO SIGN - STATED 'SHE TOLD ME SHE WAS 16'.",
            time="19:20",
            kind="CAWN",
            ref="OCC 24/37718",
        ),
        R(
            "cst",
            "CAWN served on Jordan Kesterley this evening at his flat on Tannery Walk (DC Harlow). "
            "He wouldn't sign it. Disruption plan updated.",
        ),
    )
    f.occ(
        "2024-07-22",
        "csc-cawn-email",
        R(
            "csc",
            "Email from DC Harlow: the CAWN was served on Jordan KESTERLEY on Friday 19/07; he "
            "refused to sign. Copy of the notice saved to file.",
            time="09:15",
            kind="Email received",
        ),
    )
    f.occ(
        "2024-08-09",
        "missing-3-report",
        R(
            "missing",
            "MISPER REPORT MP/24/04987. TAYLA 14. REPORTED BY MOTHER 2310 - NOT HOME BY 2200 "
            "CURFEW. RISK HIGH. CAWN IN FORCE. COBDEN HSE CHECKED 0100 - NOT PRESENT.",
            time="23:10",
            kind="Missing - report",
            ref="MP/24/04987",
        ),
    )
    f.occ(
        "2024-08-10",
        "missing-3-found",
        R(
            "missing",
            "FOUND 0940 MP/24/04987. TAYLA WALKED INTO WEXBRIDGE POLICE STATION FRONT COUNTER WITH "
            "A FRIEND. STATES STAYED AT A FRIEND'S (WON'T NAME). PREVENTION INTERVIEW - NIL.",
            time="09:40",
            kind="Missing - found",
            ref="MP/24/04987",
        ),
    )
    f.occ(
        "2024-08-12",
        "csc-missing-3-notification",
        R(
            "csc",
            "Police notification: Tayla missing overnight 09-10/08 (third episode), returned "
            "herself to the police station at 09:40. Will not say where she stayed. RHI requested.",
            kind="Police notification",
            ref="MP/24/04987",
        ),
    )
    f.occ(
        "2024-08-12",
        "lantern-results",
        R(
            "sexual_health",
            "Results appt (recalled x3). Chlamydia POSITIVE (swab 23/05). Treated doxycycline 7/7. "
            "Partner notification: refuses to name partner. UPT neg. Pill discussed - declined. "
            "Letter to GP.",
            time="14:20",
            kind="Clinic attendance",
        ),
    )
    f.occ(
        "2024-08-14",
        "gp-letter-from-clinic",
        R(
            "gp",
            "Letter received from Tarnbrook Clinic: chlamydia treated 12/08 (doxycycline). "
            "Safeguarding concerns noted - older partner, S47 open. Coded: child sexual "
            "exploitation concern.",
            time="12:10",
            kind="Correspondence",
        ),
    )
    f.occ(
        "2024-09-06",
        "gp-report-for-icpc",
        R(
            "gp",
            "Report for ICPC sent to Wexbridge Conference Service: few attendances (asthma, acne); "
            "Tarnbrook letter re chlamydia; no consultations about contraception. GP will not "
            "attend.",
            time="11:30",
            kind="Report",
        ),
    )
    f.occ(
        "2024-09-10",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference (chair G. Ashdown). Mother attended; Tayla came "
            "for the first 20 minutes with an advocate and left upset. Agencies: SW, CST, CEU "
            "police, DSL, school nurse; GP report received. Three missing episodes, CAWN served, "
            "chlamydia, cannabis, attendance 81%. Decision: Tayla subject to a CP plan - category "
            "Sexual Abuse (extra-familial, CSE). Reece supported through the plan as child in "
            "need.",
            time="13:00",
            kind="ICPC",
            outcome="CP plan - sexual abuse",
        ),
        R(
            "school",
            "Category: Safeguarding - Meetings. DSL at ICPC for Tayla (1pm, Civic Offices). CP "
            "plan - sexual abuse / CSE. Actions: attendance monitoring, named safe adult (HoY), "
            "report cars at the gate, healthy relationships 1:1 with learning mentor.",
            time="13:00",
            kind="CP conference",
            shift="swap",
        ),
        R(
            "cst",
            "ICPC - Tayla now on a CP plan (sexual abuse / CSE). She told the chair she hates "
            "everyone in the room. My actions: weekly 1:1s, keep disruption going, MACE review.",
        ),
        R(
            "police",
            "ICPC 1300 ATTENDED DC HARLOW. CP PLAN - SEXUAL ABUSE (CSE). POLICE: CAWN IN PLACE, "
            "INVESTIGATION ONGOING, ALL FURTHER MISSING EPISODES HIGH RISK.",
            time="13:00",
            kind="ICPC",
            ref="OCC 24/37718",
        ),
        R(
            "sn",
            "ICPC attended - CP plan under sexual abuse. SN actions: sexual health support, "
            "contraception (LARC discussion), emotional health check-ins fortnightly.",
            kind="Conference",
        ),
    )
    f.occ(
        "2024-10-26",
        "missing-4-report",
        R(
            "missing",
            "MISPER REPORT MP/24/05590. TAYLA 14. REPORTED BY MOTHER 2030 - NOT BACK FROM TOWN, "
            "PHONE OFF. RISK HIGH. CAWN IN FORCE v KESTERLEY. S17 PACE ENTRY CONSIDERED.",
            time="20:30",
            kind="Missing - report",
            ref="MP/24/05590",
        ),
    )
    f.occ(
        "2024-10-27",
        "missing-4-found-in-flat",
        R(
            "missing",
            "FOUND 0305 MP/24/05590 - LOCATED IN BEDROOM AT FLAT 9 COBDEN HOUSE ON ENTRY BY "
            "OFFICERS. INTOXICATED, CHECKED BY AMBULANCE CREW AT SCENE - NOT CONVEYED. RETURNED TO "
            "MOTHER 0440.",
            time="03:05",
            kind="Missing - found",
            ref="MP/24/05590",
        ),
        R(
            "police",
            "0305 ENTRY TO FLAT 9 COBDEN HOUSE (S17(1)(E) PACE). MISSING CHILD BRENNOCK T LOCATED "
            "IN BEDROOM. PRESENT: KESTERLEY J, AMORY K (22), 2 OTHER ADULTS. SEIZED: PHONES x2, "
            "BEDDING.",
            time="03:05",
            kind="Warrantless entry",
            ref="OCC 24/37718",
        ),
    )
    f.occ(
        "2024-10-27",
        "arrest-kesterley",
        R(
            "police",
            "ARREST 0315 KESTERLEY JORDAN (19) - SUSPICION SEXUAL ACTIVITY WITH A CHILD (S9 SOA "
            "2003) AND CHILD ABDUCTION (S2 CAA 1984). CONVEYED WEXBRIDGE CUSTODY. CUSTODY REF "
            "WX/24/11842.",
            time="03:15",
            kind="Arrest",
            ref="OCC 24/37718",
        ),
        R(
            "cst",
            "Jordan Kesterley was arrested at his flat at about 3am yesterday (Sunday) on "
            "suspicion of sexual activity with a child and child abduction, after police found "
            "Tayla in his bedroom.",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-27",
        "arrest-amory",
        R(
            "police",
            "ARREST 0325 AMORY KYLE (22) - POSS WITH INTENT TO SUPPLY CLASS B (CANNABIS, 14 WRAPS) "
            "+ OBSTRUCT POLICE. CONVEYED WEXBRIDGE CUSTODY. CUSTODY REF WX/24/11843.",
            time="03:25",
            kind="Arrest",
            ref="OCC 24/37731",
        ),
    )
    f.occ(
        "2024-10-27",
        "kesterley-rui",
        R(
            "police",
            "KESTERLEY J - INTERVIEWED, NO COMMENT. RELEASED UNDER INVESTIGATION 1410 PENDING "
            "PHONE DOWNLOAD. NO BAIL CONDITIONS. CAWN REMAINS IN FORCE.",
            time="14:10",
            kind="Custody outcome",
            ref="OCC 24/37718",
        ),
        R(
            "cst",
            "Kesterley released under investigation yesterday afternoon after a no comment "
            "interview - no bail conditions, so only the CAWN stands between them. Phones gone for "
            "download.",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-28",
        "strategy-3",
        R(
            "csc",
            "Strategy discussion (third) after Tayla was found in KESTERLEY's flat on 27/10 and "
            "his arrest. Chair L. Ebdon. Present: SW, DC Harlow, CST, DSL. KESTERLEY released "
            "under investigation without conditions. Decisions: ABE interview to be offered; "
            "consider Tayla living with maternal grandmother in Pellow Green, away from Tannery "
            "Walk; safety plan for mother's night shifts.",
            time="11:00",
            kind="Strategy discussion",
        ),
        R(
            "police",
            "STRAT DISC 1100 POST ARREST. ABE TO BE OFFERED 30/10 (JOINT VISIT WITH SW). PHONE "
            "DOWNLOAD PRIORITISED. AMORY - SEPARATE DRUGS INVESTIGATION.",
            time="11:00",
            kind="Strategy discussion",
            ref="OCC 24/37718",
        ),
        R(
            "cst",
            "Strategy meeting 11am after the arrest. I'll see Tayla before the ABE visit to "
            "explain what it is.",
        ),
        R(
            "school",
            "Category: Safeguarding - Meetings. DSL joined strategy discussion 11am from home "
            "(half term). Actions: work pack for Tayla for first week back; HoY to meet her on "
            "return.",
            time="11:00",
            kind="Strategy meeting",
        ),
    )
    f.occ(
        "2024-10-30",
        "abe-offered-joint-visit",
        R(
            "police",
            "JOINT VISIT WITH SW ARKWRIGHT TO HOME ADDRESS 1600 - ABE INTERVIEW OFFERED. VICTIM "
            "DECLINED, STATES SHE IS IN A RELATIONSHIP AND WON'T 'GRASS'. MOTHER SUPPORTS "
            "PROSECUTION. EVIDENCE-LED CASE TO BE CONSIDERED.",
            time="16:00",
            kind="Joint visit",
            ref="OCC 24/37718",
        ),
        R(
            "csc",
            "Joint visit with DC Harlow to offer Tayla an Achieving Best Evidence interview. Tayla "
            "refused, said she loves Jordan and the police 'ruined everything'. Mum wants him "
            "prosecuted. Tayla agreed to keep seeing Owen (CST).",
            time="16:00",
            kind="Home visit - joint",
        ),
    )
    f.occ(
        "2024-12-03",
        "rcpc-1",
        R(
            "csc",
            "Review CP conference. No missing episodes since 27/10; attendance 88%; still in "
            "contact with KESTERLEY through other accounts (found by mum); declining LARC; "
            "cannabis at weekends. Decision: CP plan continues (sexual abuse - CSE). Maternal "
            "grandmother to be assessed as a possible carer.",
            time="10:00",
            kind="RCPC",
            outcome="CP plan continues",
        ),
        R(
            "school",
            "Category: Safeguarding - Meetings. DSL attended RCPC 10am. Plan continues. Attendance "
            "88% this half term, improving.",
            time="10:00",
            kind="RCPC",
        ),
        R(
            "cst",
            "RCPC - plan stays. Risk now moderate to significant. Weekly sessions going OK; she "
            "talks about Jordan 'waiting for her till she's 16'.",
        ),
        R(
            "sn",
            "RCPC attended. CP plan continues. Tayla declined LARC; pill and condoms discussed.",
            kind="Conference",
            shift="swap",
        ),
    )
    f.occ(
        "2025-01-17",
        "ed-self-harm",
        R(
            "ed",
            "TRIAGE 21:40. 14F. Self-inflicted lacerations L forearm x6 (kitchen knife), bleeding "
            "controlled. BIB mother. Obs stable. Denies alcohol/OD. Cat 3. CP plan flag on system.",
            time="21:40",
            kind="Triage",
        ),
        R(
            "ed",
            "ED SHO: 6 superficial lacs L volar forearm, longest 3cm, no tendon involvement. "
            "Steristrips x4. Hx: row with mother about phone; 'boyfriend' blocked her. Denies "
            "suicidal intent - 'wanted it to stop'. D/W CAMHS on call - safe for d/c with mother, "
            "CAMHS to call within 72h.",
            time="22:30",
            kind="Medical review",
        ),
        R(
            "ed",
            "D/C home with mother 23:50. Safety plan: remove sharps/meds at home; CAMHS follow-up "
            "72h.",
            time="23:50",
            kind="Discharge",
        ),
    )
    f.occ(
        "2025-01-18",
        "ed-overdose",
        R(
            "ed",
            "TRIAGE 18:05. 14F. OD paracetamol 16 x 500mg approx 15:00 + vodka. ED attendance "
            "yesterday (self-harm). BIBA with mother. GCS 15. Cat 2.",
            time="18:05",
            kind="Triage",
        ),
        R(
            "ed",
            "Paeds review: single ingestion 8g (~150mg/kg). 4h level at 19:00 above treatment "
            "line. IV acetylcysteine started. Admitted Ward 12 (paeds) for NAC and CAMHS "
            "assessment.",
            time="19:40",
            kind="Medical review",
        ),
    )
    f.occ(
        "2025-01-19",
        "camhs-ward-assessment",
        R(
            "camhs",
            "Paediatric liaison assessment on Ward 12 with Tayla and mother. OD impulsive after a "
            "friend messaged that Jordan 'had a new girl'. Fleeting suicidal thoughts, no plan. "
            "Cutting since December. Risk high (impulsivity, CSE, substances). Plan: crisis team "
            "follow-up, safety plan, refer CAMHS core team; medically fit tomorrow after NAC.",
            time="14:30",
            kind="Liaison assessment",
        ),
    )
    f.occ(
        "2025-01-20",
        "ed-liaison-notification",
        R(
            "ed",
            "Paediatric liaison: notification of two ED attendances (17/01 self-harm; 18/01 "
            "paracetamol OD, admitted Ward 12) sent to GP, school nurse and allocated SW.",
            time="12:00",
            kind="Liaison notification",
        ),
        R(
            "gp",
            "ED / paediatric liaison notification received: Tayla attended 17/01 (forearm "
            "lacerations, self-harm) and 18/01 (paracetamol OD, admitted for NAC). Coded "
            "self-harm. CP alert already on record.",
            time="15:45",
            kind="Correspondence",
        ),
        R(
            "sn",
            "Liaison notification from Wexbridge RI: two ED attendances (17th self-harm, 18th OD). "
            "Will see Tayla on her return to school.",
            kind="Notification received",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-21",
        "strategy-4",
        R(
            "csc",
            "Strategy discussion after the overdose (chair L. Ebdon). Present: SW, DC Harlow, "
            "CAMHS liaison (P. Greenhalgh), CST. S47 continues under the existing plan. Phone "
            "download shows KESTERLEY messaging Tayla from a new account after the CAWN - police "
            "to review for further offences. Tayla to move to her maternal grandmother's in Pellow "
            "Green once checks are done, as a family arrangement with mother's agreement.",
            time="09:30",
            kind="Strategy discussion",
        ),
        R(
            "police",
            "STRAT DISC 0930 POST OD. DOWNLOAD SHOWS MESSAGES FROM KESTERLEY (NEW SNAP ACCOUNT) "
            "DEC 24 - JAN 25 INCL SEXUAL CONTENT. FILE TO CPS FOR EARLY ADVICE.",
            time="09:30",
            kind="Strategy discussion",
            ref="OCC 24/37718",
        ),
        R(
            "camhs",
            "Strategy meeting (Teams). CAMHS shared risk formulation; crisis team follow-up in "
            "place.",
            kind="Multi-agency meeting",
            shift="month",
        ),
        R(
            "cst",
            "Strategy discussion this morning after Tayla's overdose. Police say Jordan has been "
            "messaging her on a new account all along.",
        ),
    )
    f.occ(
        "2025-01-21",
        "professionals-meeting",
        R(
            "csc",
            "Professionals' meeting at Castlewick Academy to plan Tayla's return to school and "
            "move to her grandmother's: SW, DSL, CAMHS. Agreed: reduced timetable two weeks, safe "
            "space at break, bus pass from Pellow Green, CAMHS sessions on the school site weekly.",
            time="14:00",
            kind="Professionals meeting",
        ),
        R(
            "school",
            "Category: Safeguarding - Meetings. Professionals' meeting in school 2pm re Tayla's "
            "return after hospital. Actions: reduced timetable 2 wks, learning mentor daily, bus "
            "pass for the Pellow Green route.",
            time="14:00",
            kind="Professionals meeting",
        ),
        R(
            "camhs",
            "Professionals meeting at school. CAMHS to offer weekly sessions on the school site "
            "from 28/01.",
            time="14:00",
            kind="Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-02-07",
        "move-to-grandmother",
        R(
            "csc",
            "Tayla moved today to live with her maternal grandmother, Maureen Hollis, 14 "
            "Larchmount Close, Pellow Green XR6 2HS - family arrangement agreed with mother (Donna "
            "keeps PR; Reece stays with mum). Connected persons checks clear. Address updated.",
            kind="Change of address",
        ),
        R(
            "cst",
            "Tayla moved to her nan's in Pellow Green today - further from Tannery Walk. "
            "Disruption plan and MACE record updated.",
        ),
        R(
            "school",
            "Category: Admin / Safeguarding. Change of address from today: Tayla living with "
            "maternal grandmother Maureen Hollis, 14 Larchmount Close, Pellow Green XR6 2HS. "
            "Emergency contacts updated. Bus pass issued.",
            time="12:30",
            kind="Change of address",
        ),
    )
    f.occ(
        "2025-02-18",
        "gp-address-update",
        R(
            "gp",
            "Change of address recorded: Tayla now at 14 Larchmount Close, Pellow Green XR6 2HS "
            "(grandmother). Remains registered - within practice area.",
            time="10:05",
            kind="Administration",
        ),
    )
    f.occ(
        "2025-03-04",
        "rcpc-2",
        R(
            "csc",
            "Review CP conference. Settled at grandmother's; no missing episodes since October; "
            "attendance 93%; CAMHS weekly; no contact with KESTERLEY known since January. "
            "Decision: CP plan ends; Child in Need plan for six months.",
            time="13:30",
            kind="RCPC",
            outcome="CP plan ended - CIN",
        ),
        R(
            "school",
            "Category: Safeguarding - Meetings. DSL at RCPC 1.30pm. CP plan ended, now CIN. School "
            "keeps safe adult and daily check-ins.",
            time="13:30",
            kind="RCPC",
        ),
        R(
            "camhs",
            "RCPC attended. Mood improving, no self-harm for 5 weeks. Stepped down to CIN.",
            time="13:30",
            kind="Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-04-24",
        "kesterley-charged",
        R(
            "police",
            "CHARGED 1530 KESTERLEY JORDAN (20) - 2 x SEXUAL ACTIVITY WITH A CHILD (S9 SOA 2003). "
            "CPS AUTHORITY. BAILED TO WEXBRIDGE MC 15/05/2025. CONDITIONS: NO CONTACT WITH VICTIM "
            "DIRECT OR INDIRECT, NOT TO ENTER PELLOW GREEN.",
            time="15:30",
            kind="Charge",
            ref="OCC 24/37718",
        ),
        R(
            "cst",
            "Jordan charged today - two counts of sexual activity with a child. Bail: no contact "
            "with Tayla, not to go into Pellow Green. Told Tayla with her nan; she cried.",
            shift="-1",
        ),
        R(
            "csc",
            "Jordan KESTERLEY charged today with two counts of sexual activity with a child (s9); "
            "conditional bail - no contact with Tayla, exclusion from Pellow Green. Safety plan "
            "updated with grandmother.",
            kind="Criminal proceedings",
        ),
    )
    f.occ(
        "2025-05-15",
        "magistrates-first-appearance",
        R(
            "police",
            "WEXBRIDGE MC - KESTERLEY J. NO PLEA INDICATED. SENT TO FENCHESTER CROWN COURT, PTPH "
            "12/06/2025. BAIL CONDITIONS CONTINUED.",
            time="10:00",
            kind="Court",
            ref="OCC 24/37718",
        ),
        R(
            "cst",
            "Jordan's first appearance at Wexbridge Magistrates - sent to Crown Court, bail "
            "conditions continue. Trial probably not till next year.",
        ),
    )

    f.fill(
        "school",
        "2024-05-20",
        "2025-07-18",
        [
            ("Attendance", "Category: Attendance. Tayla late x3 this week. Parent contacted."),
            ("Behaviour", "Category: Behaviour. Detention - vaping in toilets. Vape confiscated."),
            ("Parents", "Category: Parents. Mum at Y10 parents' evening, positive conversation."),
            ("Attendance", "Category: Attendance. Half-term attendance 91%."),
        ],
    )
    f.fill(
        "sn",
        "2024-09-16",
        "2025-02-28",
        [("Health check-in", "Emotional health check-in. Sleeping poorly; discussed routine.")],
    )
    f.fill(
        "sn",
        "2025-03-10",
        "2025-07-18",
        [("Health check-in", "Pill check: BP normal, taking it regularly.")],
    )
    f.fill(
        "youth",
        "2024-06-24",
        "2025-06-30",
        [
            ("", "Evening outreach Kingsway retail park and skate park. Quiet, Tayla not seen."),
            ("", "Outreach Tannery Walk area. Group of lads by the garages; no girls seen."),
            ("", "Drop-in session at the youth centre - Tayla came with a friend, played pool."),
        ],
        timed=False,
        weekdays=False,
    )
    f.fill(
        "csc",
        "2024-09-12",
        "2025-07-18",
        [
            ("Statutory visit", "CP visit. Tayla seen alone; bedroom tidy; talked about college."),
            ("Statutory visit", "Statutory visit. Reece seen too - football team going well."),
            ("Supervision", "Case supervision with TM: plan on track."),
        ],
    )
    f.fill(
        "cst",
        "2024-06-05",
        "2025-07-18",
        [
            ("", "1:1 with Tayla at McDonald's - healthy relationships worksheet, she joined in."),
            ("", "1:1 session - talked about grooming, she said 'that's not what it was'."),
        ],
        timed=False,
    )
    f.fill(
        "camhs",
        "2025-01-28",
        "2025-07-18",
        [
            ("Session", "CAMHS session (clinic). Mood 5/10. No self-harm this week."),
            ("Session", "CAMHS session. DBT skills - distress tolerance plan reviewed."),
        ],
    )
    f.fill(
        "gp",
        "2024-05-20",
        "2025-07-18",
        [
            (
                "Consultation",
                "Asthma review: well controlled, salbutamol PRN. Inhaler technique ok.",
            ),
            ("Consultation", "Acne: topical adapalene, review 3/12."),
        ],
    )
    f.fill(
        "sexual_health",
        "2025-03-10",
        "2025-07-18",
        [("Clinic attendance", "Pill check (POP). BP fine. Chlamydia retest negative.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: baby Ellis Pardew (b. 08/10/2024), son of Kerry Pardew (b. 14/07/1992) and Liam
# Osgathorpe (b. 30/11/1988), both on methadone with Threadway Recovery, at 19 Gorsebank Road,
# Marlhaven QZ5 1RT; Kerry's two older children were adopted in 2017 and 2020. Paternal aunt
# Nicola Osgathorpe at 6 Kingfisher Rise, Quillingford QZ8 3EW. Marlhaven General Hospital (Robin
# Ward neonatal unit); Wickhollow Medical Practice; parent and baby foster carers Gail and Martin
# Oyelaran; Marram Family Assessments; Marlhaven Family Contact Centre; Marlhaven Family Court
# (case QZ24C00418); Northvale Police.
# --------------------------------------------------------------------------------------------


def _pardew() -> BlindCase:
    f = Family(
        "pardew_nas_sgo",
        1303,
        {
            "mw": Sheet(
                MIDWIFERY,
                "Marlhaven_General_maternity_return.xlsx",
                "Midwifery",
                staff=(("2024-04-01", "Lorna Featherstone (Specialist Midwife, Substance Use)"),),
            ),
            "nnu": Sheet(
                NEONATAL,
                "Marlhaven_General_maternity_return.xlsx",
                "Robin Ward NNU",
                staff=(("2024-10-01", "Robin Ward nursing / Dr Yusuf Hallam"),),
            ),
            "drugs": Sheet(
                DRUGS,
                "Threadway_Recovery_Marlhaven_chronology.docx",
                "Table 1",
                staff=(("2024-04-01", "Dean Mottram (Recovery Worker)"),),
                typed=False,
            ),
            "csc": Sheet(
                CSC,
                "Marlhaven_CSC_chronology.xlsx",
                "Ellis",
                staff=(
                    ("2024-04-01", "MASH Marlhaven"),
                    ("2024-04-20", "Joanne Fairclough (Social Worker)"),
                    ("2024-12-07", "EDT - Marcus Ilesanmi"),
                    ("2024-12-08", "Joanne Fairclough (Social Worker)"),
                ),
            ),
            "police": Sheet(
                POLICE,
                "Northvale_Police_chronology.xlsx",
                "Chronology",
                staff=(("2024-04-01", "DS 1420 Colley (Public Protection)"),),
            ),
            "hv": Sheet(
                HV,
                "Marlhaven_Health_Visiting_return.docx",
                "Table 1",
                staff=(
                    ("2024-04-01", "Aisha Brightwell (Health Visitor)"),
                    ("2025-03-18", "Ruth Kamara (Health Visitor, Quillingford)"),
                ),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "Wickhollow_Medical_Practice_return.xlsx",
                "Chronology",
                staff=(("2024-04-01", "Dr Simon Achterberg"),),
            ),
            "fostering": Sheet(
                FOSTERING,
                "Marlhaven_Fostering_recordings.xlsx",
                "Carer and SSW log",
                staff=(("2024-10-01", "Rachel Dunstall (Supervising SW) / carers G & M Oyelaran"),),
            ),
            "pa": Sheet(
                PARENTING,
                "Marram_Family_Assessments_chronology.docx",
                "Table 1",
                staff=(("2024-10-01", "Anne-Marie Brooker (Independent SW)"),),
                typed=False,
            ),
            "contact": Sheet(
                CONTACT,
                "Marlhaven_Family_Contact_Centre_log.xlsx",
                "Sessions",
                staff=(("2024-10-01", "Tess Whitmarsh (Contact Supervisor)"),),
            ),
            "legal": Sheet(
                LEGAL,
                "Marlhaven_Legal_Services_matter_QZ24C00418.xlsx",
                "Chronology",
                staff=(("2024-08-01", "Owen Petrakis (Solicitor)"),),
            ),
            "cafcass": Sheet(
                CAFCASS,
                "Cafcass_chronology_Ellis.xlsx",
                "Chronology",
                staff=(("2024-12-01", "Deborah Laird (Children's Guardian)"),),
            ),
        },
    )

    f.occ(
        "2024-04-02",
        "booking",
        R(
            "mw",
            "Booking 10+3/40 (specialist substance use MW). G3 P2 - both older children (b. 2016, "
            "2019) adopted after care proceedings in Quillingford. Methadone 70ml daily "
            "(Threadway, supervised consumption). Partner Liam OSGATHORPE also on methadone. "
            "Smokes 15/day. Denies illicit use. Hep C treated 2021 (PCR neg). Plan: consultant-led "
            "care, MDT birth plan, pre-birth referral to CSC, neonatal alert for NAS. EDD "
            "26/10/2024.",
            time="10:30",
            kind="Booking",
        ),
    )
    f.occ(
        "2024-04-03",
        "mw-referral-mash",
        R(
            "mw",
            "Pre-birth referral to Marlhaven MASH sent by secure email: both parents on opiate "
            "substitute therapy, two previous children adopted, EDD 26/10/2024. Kerry aware and "
            "consents.",
            time="11:00",
            kind="Referral",
        ),
        R(
            "csc",
            "Contact received (secure email) from specialist midwife, Marlhaven General: unborn "
            "baby of Kerry PARDEW, EDD 26/10/2024. Both parents on methadone; two older siblings "
            "adopted 2017 and 2020 after Quillingford proceedings. Mother consents.",
            kind="Contact",
            shift="late",
            ref="MASH-24-06612",
        ),
    )
    f.occ(
        "2024-04-04",
        "mash-decision",
        R(
            "csc",
            "MASH decision: pre-birth child and family assessment (s17) to be allocated to the "
            "Assessment Team. History of removals - TM to consider legal gateway at 24 weeks.",
            time="15:30",
            kind="MASH decision",
            outcome="Pre-birth assessment",
            ref="MASH-24-06612",
        ),
    )
    f.occ(
        "2024-04-16",
        "joint-mw-drugs-appointment",
        R(
            "mw",
            "Joint antenatal review at Threadway Recovery (Mill Street) with Kerry's recovery "
            "worker. BP 118/72, FH heard. Methadone 70ml - plan to hold, not reduce in third "
            "trimester. Discussed NAS, Finnegan scoring; breastfeeding on methadone encouraged. "
            "Partner present.",
            time="14:00",
            kind="Antenatal - joint",
        ),
        R(
            "drugs",
            "Joint appointment here with Lorna (specialist midwife) for Kerry. We went through the "
            "NAS leaflet together. Kerry anxious social services 'will take this one too'. Script "
            "unchanged - 70ml daily supervised at Gannet Row Pharmacy.",
        ),
    )
    f.occ(
        "2024-05-08",
        "csc-prebirth-visit",
        R(
            "csc",
            "Pre-birth assessment home visit, 19 Gorsebank Road. Both parents seen. Home tidy, "
            "some baby items bought. Parents open about history: Kerry's older children removed "
            "for neglect and domestic abuse by a previous partner; Liam has convictions for theft "
            "and possession (last 2022), says he is 'clean' 14 months. Genogram done; paternal "
            "aunt Nicola named as main support.",
            time="10:00",
            kind="Home visit",
        ),
    )
    f.occ(
        "2024-05-08",
        "drugs-liam-keywork",
        R(
            "drugs",
            "Liam - key work session at Mill Street. No on-top use reported, 55ml stable. Wants to "
            "reduce after the baby. UDS today: methadone only.",
        ),
    )
    f.occ(
        "2024-06-04",
        "kerry-positive-test",
        R(
            "drugs",
            "Kerry - supervised UDS: methadone +, morphine + (6-MAM +), cocaine +. Kerry admits 'a "
            "couple of bags' after a row with her mum. Harm reduction, naloxone kit refreshed. "
            "Dose review - up to 80ml.",
        ),
    )
    f.occ(
        "2024-06-05",
        "drugs-email-to-sw",
        R(
            "drugs",
            "Emailed Joanne Fairclough (SW) with Kerry's consent: positive test 04/06 (heroin, "
            "cocaine) and dose increase to 80ml.",
        ),
        R(
            "csc",
            "Email from Threadway Recovery (D. Mottram): Kerry's urine test on 04/06 positive for "
            "heroin and cocaine on top of methadone; dose increased to 80ml. Considered in the "
            "pre-birth assessment.",
            kind="Information received",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-25",
        "prebirth-assessment-complete",
        R(
            "csc",
            "Pre-birth child and family assessment completed and authorised: risk of significant "
            "harm to unborn baby (parental substance misuse with recent relapse, history of "
            "removals, Kerry's low mood, Liam's offending). Recommendation: strategy discussion "
            "and pre-birth ICPC.",
            kind="Assessment",
            outcome="Strategy discussion",
        ),
    )
    f.occ(
        "2024-07-02",
        "strategy-discussion",
        R(
            "csc",
            "Strategy discussion (pre-birth), chair TM Rob Lindqvist. Present: SW, DS Colley "
            "(public protection), specialist MW L. Featherstone, D. Mottram (Threadway). "
            "Information: positive test in June; two previous removals; Liam's record (theft, "
            "possession 2019-22); a 2021 domestic abuse call involving Kerry and an ex-partner. "
            "Decision: S47 on the unborn baby; pre-birth ICPC by 23/07; referral to legal gateway.",
            time="10:00",
            kind="Strategy discussion",
            outcome="S47 - unborn",
        ),
        R(
            "police",
            "STRATEGY DISCUSSION (PRE-BIRTH) 1000. UNBORN OF PARDEW K / OSGATHORPE L. POLICE INFO: "
            "OSGATHORPE - 4 CONVICTIONS (THEFT / POSS CLASS A 2019-2022). PARDEW - VICTIM DA 2021 "
            "(EX-PARTNER). NO CURRENT MARKERS GORSEBANK RD. OUTCOME S47. NO CRIMINAL "
            "INVESTIGATION.",
            time="10:00",
            kind="Strategy discussion",
            ref="NVP-PVP-24-2207",
        ),
        R(
            "mw",
            "Strategy meeting (Teams). MW shared: 5 of 6 antenatal appointments kept, growth "
            "normal. S47 agreed; pre-birth conference to follow. Birth plan: baby to stay on the "
            "postnatal ward at least 5 days for NAS observation.",
            kind="Strategy meeting",
            shift="swap",
        ),
        R(
            "drugs",
            "Strategy discussion for Kerry and Liam's baby. I shared their treatment history and "
            "June's positive test; Liam's tests clear since January.",
        ),
    )
    f.occ(
        "2024-07-19",
        "gp-report-for-icpc",
        R(
            "gp",
            "Report for pre-birth child protection conference sent to Conference Service: Kerry - "
            "methadone shared care since 2021, depression (sertraline), Hep C treated; Liam - "
            "methadone via Threadway, asthma; both attend reviews. GP cannot attend.",
            time="12:15",
            kind="Report",
        ),
    )
    f.occ(
        "2024-07-23",
        "prebirth-icpc",
        R(
            "csc",
            "Pre-birth Initial Child Protection Conference (chair Helen Storr-Agbaje). Both "
            "parents attended, Kerry with an advocate. Agencies: SW, specialist MW, Threadway, HV, "
            "police; GP report received. Decision: unborn baby subject to a CP plan - category "
            "Neglect. Plan: no illicit drug use (fortnightly tests shared), parenting work, birth "
            "plan (no discharge without a planning meeting), legal gateway referral.",
            time="13:30",
            kind="ICPC",
            outcome="CP plan (unborn) - Neglect",
        ),
        R(
            "mw",
            "Pre-birth conference attended. CP plan - neglect. Midwifery: weekly ANC from 32/40, "
            "birth plan filed in notes, neonatal team alerted.",
            time="13:30",
            kind="Child protection conference",
        ),
        R(
            "drugs",
            "Conference for Kerry and Liam's unborn baby - CP plan. Threadway to share test "
            "results fortnightly with the SW and keep both on stable doses.",
            shift="-1",
        ),
        R(
            "hv",
            "Contact: pre-birth ICPC. Seen: both parents at conference. Plan: antenatal contact at "
            "32-34/40, then weekly postnatal contact; HV a core group member.",
            shift="month",
        ),
        R(
            "police",
            "PRE-BIRTH ICPC ATTENDED DS COLLEY. CP PLAN - NEGLECT. POLICE ACTIONS NIL FURTHER. "
            "ADDRESS MARKER ADDED 19 GORSEBANK RD.",
            time="13:30",
            kind="ICPC",
            ref="NVP-PVP-24-2207",
        ),
    )
    f.occ(
        "2024-08-06",
        "legal-planning-meeting",
        R(
            "csc",
            "Legal planning meeting with Legal Services (O. Petrakis) and Head of Service: "
            "threshold for pre-proceedings met (likely significant harm - relapse, history). "
            "Decision: letter before proceedings; PLO meeting; parenting assessment after the "
            "birth in a parent and baby placement; family group conference; viability assessment "
            "of paternal aunt.",
            time="11:00",
            kind="Legal gateway",
        ),
        R(
            "legal",
            "Legal Planning Meeting - matter opened. Advice: threshold likely crossed; recommend "
            "PLO pre-birth; LBP to be drafted. Present: OP (Legal), SW, Head of Service.",
            time="11:00",
            kind="Legal planning meeting",
        ),
    )
    f.occ(
        "2024-08-08",
        "letter-before-proceedings",
        R(
            "legal",
            "Letter Before Proceedings issued to Kerry PARDEW and Liam OSGATHORPE by post and by "
            "hand via SW. PLO meeting fixed 20/08/2024 10:00, Marlhaven Civic Centre. Parents "
            "advised to instruct a solicitor (non-means-tested legal aid).",
            time="15:00",
            kind="LBP",
        ),
        R(
            "csc",
            "Letter before proceedings sent to Kerry and Liam today by Legal Services, with the "
            "invitation to the PLO meeting on 20/08 and a list of local family law solicitors.",
            kind="Pre-proceedings",
        ),
    )
    f.occ(
        "2024-08-13",
        "core-group-1",
        R(
            "csc",
            "Core group at Gorsebank Road. Parents, SW, MW, Threadway worker, HV. Two tests since "
            "June clear of illicit drugs. Nursery set up. Family group conference referral made. "
            "Kerry tired at 29 weeks.",
            time="14:00",
            kind="Core group",
        ),
        R(
            "mw",
            "Core group - home. Kerry 29+3/40, BP normal, attending ANC. Feeding plan discussed.",
            time="14:00",
            kind="Core group",
        ),
        R(
            "drugs",
            "Core group at the house. Kerry's two tests since the last meeting negative for "
            "illicits. Liam talking about reducing.",
        ),
        R(
            "hv",
            "Contact: core group (home). Seen: mother, father. Antenatal contact to be arranged "
            "for 32-34/40.",
        ),
    )
    f.occ(
        "2024-08-20",
        "plo-meeting",
        R(
            "csc",
            "Pre-proceedings (PLO) meeting at the Civic Centre chaired by TM R. Lindqvist. Both "
            "parents with solicitors; Legal: O. Petrakis. Agreement: no illicit drugs (fortnightly "
            "tests), engage with post-birth parenting assessment in a parent and baby placement, "
            "Liam to attend contact and parenting sessions, FGC. Review in 12 weeks or at the "
            "birth.",
            time="10:00",
            kind="PLO meeting",
        ),
        R(
            "legal",
            "PLO meeting attended (OP). Written agreement signed by both parents. Review 12 weeks "
            "or on birth.",
            time="10:00",
            kind="PLO meeting",
        ),
        R(
            "drugs",
            "PLO meeting at the Civic Centre - went with Kerry. Agreement signed: fortnightly "
            "tests shared, Kerry to keep going to the women's group.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-09-10",
        "hv-antenatal",
        R(
            "hv",
            "Contact: antenatal (home, 33/40). Seen: Kerry, Liam. NAS signs, safe sleep, feeding "
            "discussed. Moses basket and bottles ready. EPDS 11. Plan: postnatal visit on "
            "discharge.",
        ),
    )
    f.occ(
        "2024-09-21",
        "police-argument-callout",
        R(
            "police",
            "2240 CALL FROM NEIGHBOUR - RAISED VOICES, DOOR SLAMMING AT 19 GORSEBANK RD. ATTENDED "
            "2305. VERBAL ARGUMENT PARDEW / OSGATHORPE RE MONEY. NO INJURIES, NO OFFENCES. FEMALE "
            "35/40 PREGNANT. DASH STANDARD. PPN SUBMITTED.",
            time="22:40",
            kind="Domestic - verbal",
            ref="NVP-20240921-1377",
        ),
    )
    f.occ(
        "2024-09-23",
        "csc-receives-ppn",
        R(
            "csc",
            "Police PPN received: verbal argument between Kerry and Liam at home on 21/09 "
            "(neighbour called), no injuries, DASH standard. SW to see each parent separately and "
            "raise at core group.",
            kind="Police notification",
            ref="NVP-20240921-1377",
        ),
    )
    f.occ(
        "2024-10-08",
        "birth",
        R(
            "mw",
            "SVD 23:14 at 37+3/40. Live male, 2.61kg, Apgars 9/9. Methadone 80ml taken this "
            "morning. Baby to postnatal ward with mother for NAS observation (Finnegan 4-hourly). "
            "CP plan active from birth.",
            time="23:14",
            kind="Birth",
        ),
        R(
            "csc",
            "Baby Ellis born last night at 23:14 at Marlhaven General (37+3 weeks, 2.61kg). On the "
            "postnatal ward with Kerry for NAS observation; Liam visiting. CP plan now in force "
            "for Ellis.",
            kind="Birth",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-10",
        "nnu-admission",
        R(
            "nnu",
            "Admitted to NNU from PN ward 06:30 (day 2). Finnegan 9, 11, 12 (high-pitched cry, "
            "tremors when disturbed, poor feeding, loose stools). Oral morphine 40mcg/kg 4-hourly "
            "started. Mother resident in parents' room.",
            time="06:30",
            kind="Admission",
        ),
        R(
            "mw",
            "Baby transferred to NNU early this morning with rising Finnegan scores (11, 12); "
            "morphine started. Kerry discharged from postnatal care into the NNU parents' room.",
            time="08:00",
            kind="Postnatal",
        ),
    )
    f.occ(
        "2024-10-10",
        "nnu-call-to-sw",
        R(
            "nnu",
            "Phoned SW (J. Fairclough) 10:15 - informed of NNU admission and morphine treatment; "
            "expected stay 2-3 weeks.",
            time="10:15",
            kind="Safeguarding call",
        ),
        R(
            "csc",
            "Call from Robin Ward NNU (nurse in charge): Ellis admitted to the NNU at 06:30 with "
            "NAS, on oral morphine, expected stay 2-3 weeks. Kerry in the parents' room; Liam "
            "visiting.",
            time="10:15",
            kind="Professional call",
        ),
    )
    f.occ(
        "2024-10-22",
        "discharge-planning-meeting",
        R(
            "csc",
            "Discharge planning meeting on Robin Ward (chair: SW). Present: parents, Dr Hallam "
            "(neonatologist), NNU nurse, specialist MW, HV, fostering SSW R. Dunstall. Ellis off "
            "morphine since 19/10, Finnegan under 8 for 72 hours. Plan: discharge 24/10 with Kerry "
            "to a parent and baby foster placement (s20, both parents agree); parenting assessment "
            "by Marram over 12 weeks; Liam's contact three times a week, supervised at the family "
            "contact centre.",
            time="10:00",
            kind="Discharge planning meeting",
        ),
        R(
            "nnu",
            "Discharge planning mtg. Morphine stopped 19/10, scores stable. D/C planned 24/10 to "
            "parent and baby foster placement with mother. Hearing screen and bloodspot done; Hep "
            "B vaccine course started.",
            time="10:00",
            kind="MDT meeting",
        ),
        R(
            "mw",
            "Discharge planning meeting on NNU. Community midwife to visit in placement day 1 "
            "after discharge; feeding plan (formula, 60ml 3-hourly).",
            time="10:00",
            kind="Multi-agency meeting",
        ),
        R(
            "hv",
            "Contact: discharge planning meeting (NNU). Plan: new birth visit in the placement "
            "within 10-14 days of discharge.",
        ),
        R(
            "fostering",
            "SSW attended discharge planning meeting for Ellis - parent and baby placement with "
            "the Oyelarans confirmed from Thursday 24/10.",
            time="10:00",
            kind="Meeting",
        ),
    )
    f.occ(
        "2024-10-22",
        "placement-planning-meeting",
        R(
            "csc",
            "Placement planning meeting (parent and baby) at the Oyelarans' home: placement "
            "agreement signed by Kerry; house rules - no visitors, 9pm curfew, Kerry provides all "
            "care, carers observe and record; Liam's contact at the family centre, not the "
            "placement.",
            time="14:00",
            kind="Placement planning meeting",
        ),
        R(
            "fostering",
            "Placement planning meeting 2pm at carers' home with SW and Kerry. Placement agreement "
            "and house rules signed. Carers to keep a daily recording log for the assessor.",
            time="14:00",
            kind="Meeting",
        ),
    )
    f.occ(
        "2024-10-24",
        "discharge-to-placement",
        R(
            "nnu",
            "Discharged 11:00 with mother to parent and baby foster placement (SW present). Wt "
            "2.74kg. Feeding 60ml 3-hourly. No withdrawal signs.",
            time="11:00",
            kind="Discharge",
        ),
        R(
            "csc",
            "Ellis and Kerry discharged from Robin Ward this morning into the parent and baby "
            "placement with Gail and Martin Oyelaran (s20, both parents consented). SW drove them.",
            kind="Placement start",
        ),
        R(
            "fostering",
            "Kerry and baby Ellis arrived at 12:10 from hospital with the SW and settled in. Ellis "
            "feeding well, Kerry tearful but coping. Carers' log started.",
            time="12:10",
            kind="Placement start",
        ),
        R(
            "hv",
            "Contact: discharge. Ellis discharged from NNU yesterday (24/10) with mother to a "
            "parent and baby foster placement. New birth visit booked 04/11.",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-12",
        "pa-joint-session",
        R(
            "pa",
            "Session 4 (joint with SW) at the placement: observed bath time and a feed. Kerry warm "
            "and responsive, needed prompting with winding; talked about relapse triggers and who "
            "supports her. Liam not present (contact day at the centre).",
        ),
        R(
            "csc",
            "Joint session with Anne-Marie Brooker (Marram) at the placement - watched Kerry bath "
            "and feed Ellis; warm handling, some prompting needed.",
            time="10:00",
            kind="Parenting assessment - joint",
        ),
    )
    f.occ(
        "2024-11-20",
        "contact-cancelled",
        R(
            "contact",
            "Session: Father - Ellis. Booked 10:00-11:30. Attendance: father arrived 10:12 "
            "smelling strongly of alcohol, unsteady. Quality: session not started - supervisor's "
            "decision. Father left 10:20 without incident. Ellis returned to carer.",
            time="10:15",
            kind="Contact - cancelled",
        ),
    )
    f.occ(
        "2024-11-20",
        "contact-call-to-sw",
        R(
            "contact",
            "Phoned SW (J. Fairclough) 10:40 re cancelled session - father under the influence.",
            time="10:40",
            kind="Call to SW",
        ),
        R(
            "csc",
            "Call from contact centre supervisor (T. Whitmarsh): Liam arrived for contact smelling "
            "of alcohol and unsteady; session cancelled. SW to speak to Liam and Threadway.",
            time="10:40",
            kind="Professional call",
        ),
    )
    f.occ(
        "2024-11-28",
        "kerry-cocaine-positive",
        R(
            "drugs",
            "Kerry - supervised UDS positive for cocaine. Says a one-off at a friend's on Sunday "
            "when she went out from the placement. Shared with SW as per PLO agreement.",
        ),
    )
    f.occ(
        "2024-12-07",
        "kerry-goes-out",
        R(
            "fostering",
            "Kerry went out at 18:20 saying she was going to the shop; left Ellis with us. Took "
            "her rucksack.",
            time="18:20",
            kind="Carer log",
        ),
    )
    f.occ(
        "2024-12-07",
        "carer-call-to-edt",
        R(
            "fostering",
            "Kerry not back, phone off. Rang EDT 23:10 - told to keep Ellis in our care and not to "
            "hand him to Kerry if she comes back under the influence.",
            time="23:10",
            kind="Call to EDT",
        ),
        R(
            "csc",
            "EDT: call from foster carer Gail Oyelaran 23:10 - Kerry left the parent and baby "
            "placement at 18:20 and has not returned; phone off. Ellis in the carers' care. "
            "Advised carers to keep Ellis; allocated SW to be told Monday.",
            time="23:10",
            kind="EDT contact",
        ),
    )
    f.occ(
        "2024-12-09",
        "legal-gateway",
        R(
            "csc",
            "Legal gateway meeting: Kerry left the placement on 07/12 and has not returned; "
            "positive cocaine test 28/11; Liam's contact inconsistent. Decision: issue care "
            "proceedings and seek an interim care order; Ellis to stay with the Oyelarans as a "
            "foster placement. Paternal aunt viability to be expedited.",
            time="10:00",
            kind="Legal gateway",
        ),
        R(
            "legal",
            "Legal Gateway - OP. Instructions: issue C110A, seek ICO (s31 threshold). Urgent "
            "listing requested.",
            time="10:00",
            kind="Legal gateway",
        ),
    )
    f.occ(
        "2024-12-09",
        "core-group-2",
        R(
            "csc",
            "Core group (Teams) - plan for Ellis while Kerry is away from the placement; carers "
            "giving all care; HV checks weekly.",
            time="14:00",
            kind="Core group",
        ),
        R(
            "fostering",
            "Core group 2pm (Teams). Ellis well, gaining weight (3.4kg). We will keep caring for "
            "him.",
            time="14:00",
            kind="Meeting",
        ),
        R(
            "hv",
            "Contact: core group (Teams). Outcome: HV to visit the placement weekly; Ellis 3.4kg "
            "on carers' scales.",
        ),
    )
    f.occ(
        "2024-12-11",
        "c110a-issued",
        R(
            "legal",
            "C110A application issued - Marlhaven Family Court, case QZ24C00418. Urgent ICO "
            "hearing listed 13/12/2024.",
            time="12:00",
            kind="Application issued",
        ),
    )
    f.occ(
        "2024-12-13",
        "ico-hearing",
        R(
            "csc",
            "Hearing at Marlhaven Family Court (District Judge Amberley). Interim Care Order "
            "granted for Ellis. Kerry did not attend; Liam attended and opposed, asking for Ellis "
            "to go to his sister. Children's Guardian D. Laird supports ICO. Directions: parenting "
            "assessment report by 10/01, viability of paternal aunt, hair strand tests for both "
            "parents. CMH 14/01/2025.",
            time="10:30",
            kind="Court hearing",
            outcome="ICO",
        ),
        R(
            "legal",
            "Urgent ICO hearing - DJ Amberley. ICO made (s38). Interim care plan: foster "
            "placement. Directions given; CMH 14/01/2025 10:00.",
            time="10:30",
            kind="Hearing",
        ),
        R(
            "cafcass",
            "First hearing: ICO made. Guardian supported the application. Mother absent; father "
            "represented.",
            time="10:30",
            kind="Hearing",
        ),
        R(
            "fostering",
            "Interim care order made at court today - Ellis now a looked after child in our care "
            "as a foster placement (no longer parent and baby).",
            kind="Legal status",
        ),
    )
    f.occ(
        "2024-12-19",
        "guardian-visit",
        R(
            "cafcass",
            "Guardian visit to Ellis at the foster placement 10:00. Observed Ellis with carer - "
            "alert, feeding well. Carers' log read.",
            time="10:00",
            kind="Visit",
        ),
    )
    f.occ(
        "2024-12-19",
        "ssw-visit",
        R(
            "fostering",
            "SSW supervisory visit 14:00 - carers well supported, Ellis thriving; Christmas "
            "contact arrangements discussed.",
            time="14:00",
            kind="Supervisory visit",
        ),
    )
    f.occ(
        "2025-01-07",
        "aunt-viability",
        R(
            "csc",
            "Viability assessment of paternal aunt Nicola Osgathorpe (6 Kingfisher Rise, "
            "Quillingford) completed: positive - stable home, two children of her own (8 and 11), "
            "clear checks, realistic about Liam. Recommend full special guardianship assessment.",
            kind="Assessment",
        ),
    )
    f.occ(
        "2025-01-10",
        "pa-report-filed",
        R(
            "pa",
            "Parenting assessment report filed: assessment ended early as Kerry left the placement "
            "on 07/12. Conclusion: Kerry not currently able to put Ellis's needs before her drug "
            "use; Liam not assessed as a sole carer (missed 3 of 5 sessions). Negative.",
        ),
    )
    f.occ(
        "2025-01-14",
        "cmh",
        R(
            "csc",
            "Case Management Hearing, Marlhaven Family Court. ICO continues. Parenting assessment "
            "negative. Directions: special guardianship assessment of paternal aunt Nicola "
            "Osgathorpe by 25/04, hair strand results awaited, IRH 20/05/2025, final hearing "
            "24/06/2025.",
            time="10:00",
            kind="Court hearing",
        ),
        R(
            "legal",
            "CMH before DJ Amberley. Timetable agreed: SGO assessment (paternal aunt) by 25/04, "
            "IRH 20/05/2025, FH 24/06/2025 (2 days).",
            time="10:00",
            kind="Hearing",
        ),
        R(
            "cafcass",
            "CMH - Guardian supports assessment of the paternal aunt; concerned about drift if "
            "timetable slips.",
            kind="Hearing",
            shift="+2",
        ),
    )
    f.occ(
        "2025-02-14",
        "father-arrest",
        R(
            "police",
            "ARREST 1640 OSGATHORPE LIAM (36) - THEFT FROM SHOP (MEAT/ALCOHOL £212, TOLLINGHAM RD "
            "SUPERMARKET) + POSS CLASS A (HEROIN, 2 WRAPS). CONVEYED MARLHAVEN CUSTODY. DETAINED "
            "OVERNIGHT.",
            time="16:40",
            kind="Arrest",
            ref="NVP-20250214-0912",
        ),
    )
    f.occ(
        "2025-02-15",
        "father-charge",
        R(
            "police",
            "CHARGED 1120 OSGATHORPE L - THEFT FROM SHOP x1, POSS CLASS A x1. BAILED TO MARLHAVEN "
            "MC 06/03/2025.",
            time="11:20",
            kind="Charge",
            ref="NVP-20250214-0912",
        ),
    )
    f.occ(
        "2025-02-17",
        "csc-receives-arrest-notification",
        R(
            "csc",
            "Police notification: Liam arrested Friday 14/02 for shoplifting and possession of "
            "heroin, charged on Saturday; court 06/03. To be raised with Legal re his position in "
            "the proceedings.",
            kind="Police notification",
            ref="NVP-20250214-0912",
        ),
    )
    f.occ(
        "2025-03-18",
        "move-to-aunt",
        R(
            "fostering",
            "Ellis moved to his paternal aunt Nicola Osgathorpe today at 10:00 (connected carer, "
            "reg 24 temporary approval). Handover went well; gave her his routine and memory box.",
            time="10:00",
            kind="Placement end",
        ),
        R(
            "csc",
            "Ellis placed today with paternal aunt Nicola Osgathorpe, 6 Kingfisher Rise, "
            "Quillingford QZ8 3EW, under the ICO (Regulation 24 temporary approval as a connected "
            "person). Placement plan signed.",
            kind="Change of placement",
        ),
        R(
            "hv",
            "Contact: change of address. Ellis moved yesterday to his paternal aunt at 6 "
            "Kingfisher Rise, Quillingford QZ8 3EW - transferred to the Quillingford HV team; "
            "visit booked.",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-27",
        "gp-deduction",
        R(
            "gp",
            "Ellis PARDEW - deducted from list: registered with Quillingford Health Centre (GMS1 "
            "there 24/03).",
            time="09:00",
            kind="Administration",
        ),
    )
    f.occ(
        "2025-04-09",
        "hv-visit-typed-twice",
        R(
            "hv",
            "Contact: home visit (Kingfisher Rise). Seen: Ellis, Nicola. Ellis 6.8kg, smiling, "
            "rolling. 6-month review due. Aunt managing well with three children. Plan: review at "
            "8 months.",
        ),
        R(
            "hv",
            "Contact: home visit (Kingfisher Rise). Seen: Ellis and Nicola. Ellis 6.8kg, smiling, "
            "rolling. 6 month review due. Aunt managing well with 3 children. Plan: review at 8 "
            "months.",
        ),
    )
    f.occ(
        "2025-05-20",
        "irh",
        R(
            "csc",
            "Issue Resolution Hearing. Parents not opposing an SGO to the paternal aunt; Liam "
            "seeks contact six times a year supervised by Nicola; Kerry did not attend. Final "
            "hearing stays 24/06 for the SGO and support plan.",
            time="10:00",
            kind="Court hearing",
        ),
        R(
            "legal",
            "IRH - issues narrowed: SGO agreed in principle; contact and SGO support plan "
            "(allowance) remain for FH.",
            time="10:00",
            kind="Hearing",
        ),
        R(
            "cafcass",
            "IRH - Guardian supports SGO to Ms Osgathorpe; final analysis to be filed by 06/06.",
            time="10:00",
            kind="Hearing",
        ),
    )
    f.occ(
        "2025-06-06",
        "guardian-final-analysis",
        R(
            "cafcass",
            "Guardian's final analysis and recommendations filed: SGO to paternal aunt; contact "
            "with father six times a year; mother letterbox, plus two supervised visits a year if "
            "tests are clear.",
            time="16:00",
            kind="Report filed",
        ),
    )
    f.occ(
        "2025-06-24",
        "final-hearing-sgo",
        R(
            "csc",
            "Final hearing, Marlhaven Family Court (DJ Amberley). Special Guardianship Order made "
            "to paternal aunt Nicola Osgathorpe; ICO discharged; proceedings concluded at week 28. "
            "SGO support plan approved (allowance, therapeutic parenting course). Ellis no longer "
            "looked after.",
            time="10:00",
            kind="Court hearing",
            outcome="SGO - paternal aunt",
        ),
        R(
            "legal",
            "FINAL HEARING - SGO made (s14A CA 1989) to N. Osgathorpe. ICO discharged. Child "
            "arrangements: father 6x/yr. File to close.",
            time="10:00",
            kind="Final hearing",
        ),
        R(
            "cafcass",
            "Final hearing - SGO granted as recommended. Guardian's involvement ends; later life "
            "letter to Ellis to follow.",
            time="10:00",
            kind="Hearing",
        ),
        R(
            "drugs",
            "Went to the final hearing at Marlhaven Family Court with Liam (my statement was in "
            "the bundle). Special guardianship order made for Ellis to his sister Nicola. Liam "
            "tearful but relieved it's family.",
        ),
    )

    f.fill(
        "mw",
        "2024-07-03",
        "2024-07-12",
        [("Antenatal", "ANC 24/40. BP 112/70, SFH on chart, FM+. Methadone 70ml. CO 12ppm.")],
    )
    f.fill(
        "mw",
        "2024-08-22",
        "2024-08-29",
        [("Antenatal", "ANC 31/40. Growth scan: EFW 40th centile. Smoking cut to 8/day.")],
    )
    f.fill(
        "drugs",
        "2024-04-20",
        "2025-06-20",
        [
            ("", "Kerry - script review with prescriber. 80ml continues. Pick-ups all attended."),
            ("", "Liam came to the men's group, spoke a bit about becoming a dad."),
            ("", "Liam - UDS methadone only. Talking about the court case, worried."),
            ("", "Kerry - DNA key work appointment. Letter sent."),
        ],
        timed=False,
    )
    f.fill(
        "gp",
        "2024-04-20",
        "2025-06-20",
        [
            ("Medication review", "Kerry PARDEW: sertraline review, mood 'up and down'. Continue."),
            ("Consultation", "Liam OSGATHORPE: asthma review, inhaler technique checked."),
        ],
    )
    f.fill(
        "nnu",
        "2024-10-12",
        "2024-10-20",
        [
            ("Nursing", "Finnegan 6-8 overnight. Morphine weaned 10%. Kerry doing cares, 2 feeds."),
            ("Nursing", "Settled. Finnegan <8 x 24h. Dad visited 2h, held Ellis skin to skin."),
        ],
        weekdays=False,
    )
    f.fill(
        "contact",
        "2024-10-28",
        "2025-03-14",
        [
            (
                "Contact",
                "Session: Father - Ellis. Attendance: on time. Quality: fed and changed Ellis, "
                "good eye contact, sang to him.",
            ),
            (
                "Contact",
                "Session: Father - Ellis. Attendance: 15 min late (bus). Quality: warm, needed "
                "reminding to support Ellis's head.",
            ),
            ("Contact", "Session: Father - Ellis. Attendance: did not attend, no call."),
            (
                "Contact",
                "Session: Father - Ellis. Attendance: on time. Quality: good, brought a toy, "
                "photos for memory book.",
            ),
        ],
    )
    f.fill(
        "fostering",
        "2024-10-28",
        "2024-12-04",
        [
            ("Carer log", "Kerry up for night feeds; managed well with a little prompting."),
            (
                "Carer log",
                "Kerry going out 13:00 till about 17:30 (says shopping in town). Ellis with us.",
            ),
        ],
    )
    f.fill(
        "fostering",
        "2025-01-20",
        "2025-02-10",
        [("Carer log", "Ellis had his 16-week immunisations at the surgery; grizzly after.")],
    )
    f.fill(
        "pa",
        "2024-10-28",
        "2024-11-08",
        [("", "Session 2 at the placement - Kerry's history and her previous children.")],
    )
    f.fill(
        "pa",
        "2024-11-25",
        "2024-12-05",
        [("", "Session 6 - routines and sleep. Kerry tired, less engaged; said she misses home.")],
    )
    f.fill(
        "csc",
        "2024-10-28",
        "2025-06-20",
        [
            ("Statutory visit", "Statutory visit. Ellis seen; settled, feeding well."),
            ("Supervision", "Supervision with TM - care plan and timetable on track."),
        ],
    )
    f.fill(
        "csc",
        "2025-01-15",
        "2025-03-10",
        [("CLA review", "Child looked after review (IRO). Care plan endorsed.")],
    )
    f.fill(
        "hv",
        "2025-04-14",
        "2025-08-29",
        [("", "Contact: clinic. Ellis 7.9kg, 9-month review: development on track.")],
    )
    f.fill(
        "cafcass",
        "2025-03-24",
        "2025-05-15",
        [("Visit", "Guardian visit to Ellis at his aunt's. Settled, attached to Nicola.")],
    )
    return f.case()


def blind_dedup_cases_13() -> list[BlindCase]:
    """The thirteenth blind set's families, in a fixed order."""
    return [_salih(), _brennock(), _pardew()]


if __name__ == "__main__":
    summary(blind_dedup_cases_13)
