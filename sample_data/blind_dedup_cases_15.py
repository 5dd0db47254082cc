"""A fifteenth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 125-128 chronology rows from eleven or twelve services
(one sheet each) over twelve to fourteen months, unlike each other: a baby girl of seven weeks
who dies after co-sleeping in her parents' bed with her father, who had been drinking and using
cannabis (substance use in pregnancy, a drug and alcohol service, missed midwife and health
visitor contacts around a house move, the 999 call-out, the emergency department, a joint agency
response, the child death review process, both parents' arrests, the surviving four-year-old
placed with his grandmother under a child protection plan, the father's charge and first court
appearance); a fifteen-year-old boy criminally exploited on a county line to a seaside town in
another force's area (missing episodes and the other force's finds, return home interviews, a
MACE panel, an NRM referral and its decisions, a knife and Class A arrest with an older boy, a
youth justice referral and youth court, masked men at the door, a stabbing, the surgical ward,
a referral order); a six-year-old girl with cerebral palsy, epilepsy and a gastrostomy whose
appointments, X-rays, equipment and medicines are repeatedly missed (medical neglect), with a
special school, a wheelchair service, children's therapies, community nurses, respite at a
children's hospice, her mother's manic relapse and admission, a prolonged seizure (the emergency
department, then the paediatric ward), child protection plans and pre-proceedings.

Written blind: composed from the domain brief (DOMAIN.md), the `Event` schema, the shared kit
(`dedup_case_kit.py`), the seventh blind set's module docstring and the constants at the top of
its module (read for the file's format; I overshot by a few lines into the `Family` partial and
the comment and first sheet heading its first case, none of which is reused), and the last 30
lines of the fourteenth set's module (how a set ends). I did not read the duplicate rules, their
settings, the linkage model, the bench scripts or any result, the tests, the docs, or any other
labelled set, and did not run the merge, the CLI or the bench on these cases. (A `git log
--oneline` run to check the repository's state showed the latest commit subjects, one of which
quotes figures measured on the fourteenth set; nothing else about results was seen.) Kept apart
from tuning: measure on them blind first.

The services write very differently: police logs in capitals with log, CAD, occurrence and crime
numbers (two forces, each with its own style); long social care narrative; health visiting
"Contact type: ... Outcome: ..." templates; GP "S: O: A: P:" notes and letters filed;
school safeguarding logs in the first person with no event type column; emergency department
shorthand written as several rows per attendance; ambulance report summaries; first-person notes
of a drug and alcohol worker, a return home interview worker, an exploitation key worker, a
hospice nurse and a wheelchair service.

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
- Decision for this set: the birth recorded by the maternity unit and the GP's and health
  visitor's rows made the next day from the birth notification, naming the baby, the date and
  the weight, are one occurrence (the birth, a life event recorded the next day).
- Decision for this set: a death pronounced in the emergency department belongs to that
  attendance (the ED's rows are one occurrence). The child death review nurse's email notifying
  the death, as sent and as received by the health visitor and (next day) the GP, is a separate
  occurrence (an email sent and received), as are the 999 call-out (police and ambulance
  together) before it and the joint agency response home visit (police and the SUDIC
  paediatrician together) after it.
- Decision for this set: one notification sent to several services at once (the police
  missing-episode notification to the MASH and the return home interview service; the
  child-in-custody notification to social care and youth justice; the death notification email)
  is one occurrence with all its ends.
- Decision for this set: a service's entry recording, the same day, an arrest, charge,
  admission, discharge, placement or court result that another service passed on to it ("DS
  Rowe confirmed that Dean was arrested at 12:40", the emergency duty team's "Rhys arrested at
  16:52", "Poppy admitted to Puffin Ward") records that life event, not a separate call. A
  court result noted by police, youth justice and social care (one giving only the month) is the
  hearing.
- Decision for this set: a missing episode's report (the child reported missing) and its end
  (found or returned) are separate occurrences. The finding force's record and the home force's
  "found" update on the same day (or logged the next day) are one occurrence; the home force's
  safe and well check later that day is another.
- Decision for this set: a service's row noting that another service's worker did something on
  its premises that day (the school noting the return home interview held in school, the
  wheelchair service fitting the chair at school, the community nurse changing the gastrostomy
  button in the medical room, the hospice minibus collecting the child for respite) is a record
  of that occurrence.
- Decision for this set: an emergency department row written after midnight for the same
  attendance (left for the ward at 02:10) belongs to the attendance (its occurrence is in
  `noise`); the ward's admission at 02:15 is another occurrence, and the return from theatre
  later that day another again.
- Decision for this set: a report or email sent for a meeting or hearing (the GP's email for a
  strategy discussion, the GP's report for an ICPC, the youth justice report for court) is
  separate from the meeting; so is a manager's decision to convene a strategy discussion, made
  on the day the police notification it acts on was logged.
- Decision for this set: a respite stay's admission and its discharge at the hospice are life
  events (admission, discharge). The hospice's discharge of a child to her aunt's home and social
  care's "change of placement" that day are one occurrence. A child going to a relative under a
  safety plan or family arrangement is a placement start; two children's placements on one day
  (one to the hospice, one to an aunt) are two occurrences.
- Decision for this set: a parent's admission to, or discharge from, a mental health ward
  recorded by the adult mental health service and by social care the same day is one
  occurrence (a life event of a family member).
- Decision for this set: the school's two rows, one per child, for the mother's single call
  saying both children were off are one occurrence (one call); two children's sessions at the
  same time with different staff (a mentor, a counsellor) are two.

Look-alikes kept apart:

- Case 1 (Tamsett-Holloran): the midwife's MASH referral and the screening decision the next
  day; the police domestic incident, the police notification sent the next day (received by
  social care the day after), the MASH screening of it and the MASH email to health on the same
  afternoon; the missed anomaly scan, the midwife's unanswered call the next day and the mother's
  call back the day after; the house move, the midwife's no-access visit to the old address two
  days later and the mother's call with the new address the day after; the birth and the safer
  sleep conversation on the ward the next day; the health visitor's no-access new birth visit
  and her unanswered calls the same morning, and the mother's call back next day; two GP
  "did not attend" rows ten minutes apart (baby check, mother's check), and the GP's task to the
  health visitor and its letter to the mother the next morning; on the day of the death the
  999 call-out, the ED attendance, the joint agency response visit, the death notification
  email, the father's arrest, the mother's arrest, the strategy discussion and the placement
  with the grandmother; the strategy discussion and the reconvened one two days later; the
  inquest opening and the SUDIC information-sharing meeting on consecutive days; social care's
  visit to Mason and the health visitor's visit to his mother on one day, each alone (a joint
  visit by both later is one); the grandmother's call to police and the police notification next
  day; the father's charge and the mother's NFA on one afternoon.
- Case 2 (Vanterpool): the school's call to the MASH and the screening decision the next day;
  each missing report, its find by the other force and the home force's safe and well check;
  the missing notification, the interview worker's call to arrange the interview and the
  interview; the strategy discussion and the MACE panel six days later; strategy discussions
  about Rhys and about his sister on consecutive days; the NRM referral and its reasonable and
  conclusive grounds decisions; Rhys's and the older boy's arrests three minutes apart, and
  their charges twenty minutes apart on another day; the arrest and the child-in-custody
  notification two days later; the masked men at the door, the police notification next morning
  and the mother's call to school that morning; youth justice's and the exploitation worker's
  home visits on one day, each alone; the youth justice worker's call and the mother's call back
  the same day; the mentor and counsellor sessions at the same hour; the GP consultation and
  the CAMHS referral letter the next day; the stabbing call-out, the ED attendance (three rows,
  one after midnight), the ward admission at 02:15 and the return from theatre; the strategy
  discussion after the stabbing and the hospital's notice to the GP that day; the suspect's
  arrest; the ward's discharge planning meeting and the discharge the next day; the report for
  court and the hearing four days later; the court result and the referral order panel.
- Case 3 (Ardleigh): the not-brought clinic and the letter to the GP the next day; the
  wheelchair service's missed review, its unanswered call and the mother's call back on three
  days; the school's email to the community nurses and the nurses' no-access visit; the joint
  seating assessment and the community nurse's button change at school on one day (the school
  records both); the respite admission and the hospice's call to the GP that afternoon; the
  clinic, the paediatrician's referral two days later and the screening decision the next day;
  the police welfare check, the police referral to the crisis team half an hour later, the
  police notification the next day and the manager's strategy decision the day after; the GP's
  email for the strategy discussion and the discussion; the mother's admission, Poppy's hospice
  placement and her brother's placement with their aunt on one day; the GP's report for the
  ICPC and the ICPC; the ED attendance and the ward admission twenty-five minutes apart, and the
  paediatric liaison notice to the GP two days later; the discharge planning meeting and the
  discharge the next day; the wheelchair handover with no access at home and the handover at
  school; two GP appointments ten minutes apart (Poppy, her brother); the hospice's call and the
  mother's call back the same day; the EHCP annual review and the RCPC on consecutive days; the
  legal planning meeting, the letter before proceedings and the PLO meeting.

Everything is invented: people, workers, schools, surgeries, hospitals, wards, hospices,
towns, police forces, addresses, postcodes (areas that do not exist) and reference numbers.
Deterministic: one fixed seed per case (it only places the routine entries and picks their
times), no set or hash ordering.

    python sample_data/blind_dedup_cases_15.py      # prints a summary of each case
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
ED = "Emergency Department"
AMBULANCE = "Ambulance Service"
HOUSING = "Housing"
SCHOOL = "School"
DRUGS = "Adult Drug and Alcohol Service"
CDR = "Child Death Review Team"
OTHER_FORCE = "Saltmere Constabulary"
YJS = "Youth Justice Service"
RHI = "Return Home Interview Service"
CET = "Child Exploitation Team"
WARD = "Paediatric Surgical Ward"
CAMHS = "CAMHS"
PAEDS = "Community Paediatrics"
WHEELCHAIR = "Wheelchair Service"
HOSPICE = "Children's Hospice"
THERAPIES = "Children's Therapies"
CMHT = "Adult Mental Health"
CCN = "Children's Community Nursing"
PAED_WARD = "Paediatric Ward"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL,)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Tamsett-Holloran family, Orrisford. Kerry-Ann Tamsett (b. 2001) and her partner
# Dean Holloran (b. 1997) at 14b Mottram Row, Orrisford OF4 7JD, then (from 29/07/2024) Flat 3,
# 22 Kilnyard Walk, Orrisford OF2 6LT. Mason Tamsett (b. 10/03/2020; Brackenfold Primary
# nursery, then Reception) and Ruby-Mae Holloran-Tamsett (b. 14/08/2024, d. 02/10/2024 aged
# seven weeks, co-sleeping in the parents' bed with her father, who had been drinking and using
# cannabis). Registered at Tallis Road Surgery. Maternal grandmother Lorraine Tamsett, 9 Pennant
# Close, Orrisford OF4 2NS.
# --------------------------------------------------------------------------------------------


def _tamsett() -> BlindCase:
    f = Family(
        "tamsett",
        1501,
        {
            "mw": Sheet(
                MW,
                "OQH_maternity_chronology.xlsx",
                "Maternity",
                (
                    ("2024-01-01", "Heather Quayle (community midwife)"),
                    ("2024-08-14", "Bluebell Ward midwife"),
                    ("2024-08-17", "Heather Quayle (community midwife)"),
                ),
            ),
            "hv": Sheet(
                HV,
                "fennick_0-19_service_return.xlsx",
                "Health Visiting",
                (("2024-01-01", "Sian Pedley HV"), ("2024-10-14", "Sian Pedley HV / Gail Orme SN")),
            ),
            "gp": Sheet(
                GP,
                "tallis_road_surgery_chronology.xlsx",
                "Sheet1",
                (("2024-01-01", "Dr Ayo Fenwright"),),
            ),
            "pol": Sheet(
                POLICE,
                "fennick_moor_constabulary_PVP.xlsx",
                "Log extract",
                (("2024-01-01", "PVP Unit / PS 2213 Craddock"), ("2024-10-02", "DS 4410 Rowe")),
            ),
            "csc": Sheet(
                CSC,
                "orrisford_csc_chronology.xlsx",
                "Case chronology",
                (
                    ("2024-01-01", "MASH social worker (R Dunmore)"),
                    ("2024-10-02", "Janine Kettley SW"),
                ),
            ),
            "amb": Sheet(
                AMBULANCE,
                "western_shires_ambulance_return.xlsx",
                "Incidents",
                (("2024-01-01", "Paramedic crew WS417"),),
            ),
            "ed": Sheet(
                ED,
                "OQH_emergency_department.xlsx",
                "ED notes",
                (("2024-01-01", "Dr P Okonjo (ED consultant)"),),
            ),
            "hsg": Sheet(
                HOUSING,
                "orrisford_homes_tenancy_return.xlsx",
                "Housing",
                (("2024-01-01", "Tenancy officer M Brightwell"),),
            ),
            "sch": Sheet(
                SCHOOL,
                "brackenfold_primary_safeguarding_log.xlsx",
                "DSL log",
                (("2024-01-01", "Mrs L Carrow (DSL)"),),
                typed=False,
            ),
            "dav": Sheet(
                DRUGS,
                "pathways_recovery_orrisford.xlsx",
                "Client record",
                (("2024-01-01", "Toni Haverstock (pregnancy & parenting worker)"),),
            ),
            "cdr": Sheet(
                CDR,
                "orrisford_cdr_team_return.xlsx",
                "SUDIC log",
                (("2024-01-01", "Dr E Hallam (SUDIC paediatrician) / B Moss (CDR nurse)"),),
            ),
        },
    )

    # --- pregnancy ---------------------------------------------------------------------------
    f.occ(
        "2024-02-13",
        "booking",
        R(
            "mw",
            "Antenatal booking at Quillbury Community Hub, 11+3/40 by dates. G2 P1 (Mason, SVD "
            "2020). Kerry-Ann discloses smoking cannabis 'most evenings' to help her sleep and "
            "drinking at weekends with partner Dean (FOB, present at booking). Lives 14b Mottram "
            "Row, one-bedroom flat, damp, Mason sleeps in parents' room. Early Help involved 2022. "
            "Routine DA enquiry not possible (partner present).",
            "10:40",
            "Antenatal booking",
            "Referral to Pathways Recovery (pregnancy pathway); safeguarding referral to MASH; "
            "consultant-led care.",
        ),
    )
    f.occ(
        "2024-02-14",
        "referral-drugs",
        R(
            "mw",
            "Referral e-mailed to Pathways Recovery pregnancy pathway re daily cannabis use and "
            "weekend alcohol. Consent obtained at booking.",
            "09:15",
            "Referral",
        ),
        R(
            "dav",
            "New referral in from community midwife Heather Quayle (Quillbury Hub). Kerry-Ann "
            "Tamsett, 11 weeks pregnant, cannabis daily, alcohol weekends. Added to my caseload "
            "for the pregnancy pathway; will text to offer assessment.",
            "",
            "Referral received",
            shift="late",
        ),
    )
    f.occ(
        "2024-02-19",
        "marf",
        R(
            "mw",
            "Safeguarding referral (MARF) submitted to Orrisford MASH: unborn baby, maternal "
            "cannabis and alcohol use, overcrowded damp flat, previous Early Help.",
            "14:05",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Contact received via MARF from community midwife H Quayle, Oakhurst & Quillbury "
            "Hospitals. Concerns for unborn baby of Kerry-Ann Tamsett (EDD 31/08/2024): mother "
            "reports daily cannabis use and drinking at weekends with partner Dean Holloran; the "
            "family live in a one-bedroom flat on Mottram Row which is damp and overcrowded; "
            "Mason (3) sleeps in the parents' room. Early Help closed 2022 after engagement "
            "dropped off. Mother consented to the referral.",
            "15:30",
            "Contact",
        ),
    )
    f.occ(
        "2024-02-20",
        "marf-screen",
        R(
            "csc",
            "MASH screening decision on yesterday's midwifery contact. Checks: no police "
            "information of note, GP confirms cannabis recorded, Early Help closure summary read. "
            "Decision: does not meet threshold for a child and family assessment at this stage; "
            "step down to Early Help with Universal Plus health visiting; midwife to re-refer if "
            "concerns escalate. Letter to mother.",
            "11:50",
            "MASH decision",
            "NFA to CSC - step down to Early Help",
        ),
    )
    f.occ(
        "2024-03-12",
        "housing-register",
        R(
            "hsg",
            "Housing register application received from Kerry-Ann Tamsett (joint with Dean "
            "Holloran). Current 1-bed private let 14b Mottram Row, overcrowding (2 adults, 1 "
            "child, baby due Aug), damp/mould in bedroom. Assessed Band C.",
            "",
            "Housing application",
        ),
    )
    f.occ(
        "2024-03-20",
        "drugs-assessment",
        R(
            "dav",
            "Comprehensive assessment with Kerry-Ann at Pathways, Anchor Street. She uses about "
            "1g cannabis a day, mostly evenings, says she has cut down since finding out. Alcohol "
            "3-4 cans at weekends 'when Dean's drinking'. Dean uses cannabis and drinks more "
            "heavily, not willing to be referred. Agreed fortnightly sessions, harm reduction.",
            "13:30",
            "Assessment",
        ),
    )
    f.occ(
        "2024-03-21",
        "drugs-letter-gp",
        R(
            "dav",
            "Letter sent to GP (Tallis Road Surgery) confirming Kerry-Ann's assessment and "
            "engagement on the pregnancy pathway.",
            "",
            "Letter",
        ),
        R(
            "gp",
            "Letter filed: Pathways Recovery - assessed 20/03/24, cannabis ~1g/day, alcohol "
            "weekends, pregnancy pathway fortnightly. Read code added.",
            "",
            "Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-08",
        "scan-dna",
        R(
            "mw",
            "DNA 20-week anomaly scan, Larkspur ultrasound dept. No phone call to cancel.",
            "09:20",
            "DNA",
        ),
    )
    f.occ(
        "2024-04-09",
        "mw-call",
        R(
            "mw",
            "Tel call to Kerry-Ann re missed scan: no answer, voicemail left asking her to ring "
            "the Hub.",
            "12:10",
            "Telephone",
        ),
    )
    f.occ(
        "2024-04-10",
        "mw-callback",
        R(
            "mw",
            "Kerry-Ann rang back: 'forgot' scan, no credit on phone. Scan rebooked 15/04. "
            "Reminded re fortnightly Pathways sessions.",
            "16:45",
            "Telephone",
        ),
    )
    f.occ(
        "2024-05-08",
        "hv-antenatal-na",
        R(
            "hv",
            "Contact type: Antenatal contact (home visit, targeted). Outcome: No access at 14b "
            "Mottram Row - no answer, curtains drawn. Card left with duty number.",
            "10:00",
            "Antenatal contact",
            "No access",
        ),
    )
    f.occ(
        "2024-05-18",
        "domestic",
        R(
            "pol",
            "LOG 1184 18/05/24 2341. CALLER (NEIGHBOUR, FLAT 14A) REPORTS SHOUTING AND BANGING "
            "FROM FLAT ABOVE. OFFICERS ATTENDED 2358. VERBAL ARGUMENT BETWEEN KERRY-ANN TAMSETT "
            "(PREGNANT APPROX 25 WKS) AND DEAN HOLLORAN. STRONG SMELL OF CANNABIS, HOLLORAN "
            "INTOXICATED. CHILD MASON (4) ASLEEP IN BEDROOM. NO OFFENCES DISCLOSED. DASH "
            "COMPLETED - STANDARD. HOLLORAN AGREED TO LEAVE FOR NIGHT TO BROTHER'S.",
            "23:41",
            "Domestic incident",
            ref="LOG 1184 18/05/24",
        ),
    )
    f.occ(
        "2024-05-19",
        "ppn-1",
        R(
            "pol",
            "PPN (CHILD AND UNBORN) SUBMITTED TO ORRISFORD MASH RE LOG 1184 OF 18/05/24.",
            "10:20",
            "PPN",
            ref="PPN/24/30918",
        ),
        R(
            "csc",
            "Police notification (PPN/24/30918) received: verbal domestic at 14b Mottram Row on "
            "Saturday night between Kerry-Ann Tamsett, who is about 25 weeks pregnant, and Dean "
            "Holloran. Police noted cannabis and that Dean was drunk. Mason asleep. DASH standard.",
            "08:55",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2024-05-21",
        "ppn-1-screen",
        R(
            "csc",
            "MASH screening of police notification: RAG amber. Second contact this pregnancy; "
            "no disclosure of violence. Decision: information to be shared with health visitor "
            "and midwife, DA support information sent to mother, no further CSC action.",
            "10:10",
            "MASH decision",
            "Information sharing - NFA",
        ),
    )
    f.occ(
        "2024-05-21",
        "ppn-1-share",
        R(
            "csc",
            "Secure email sent to the 0-19 team duty HV and community midwife sharing the police "
            "notification of 18/05 and the MASH outcome.",
            "14:35",
            "Email",
        ),
        R(
            "hv",
            "Contact type: Information received (secure email from MASH). Outcome: police "
            "attended verbal argument 18/05, cannabis/alcohol noted; antenatal contact to be "
            "rebooked as priority.",
            "15:10",
            "Information sharing",
        ),
    )
    f.occ(
        "2024-05-29",
        "hv-antenatal",
        R(
            "hv",
            "Contact type: Antenatal contact (home, targeted). Outcome: Kerry-Ann seen alone. "
            "Discussed safe sleep incl. never sharing a bed or sofa after alcohol or drugs, "
            "smoking cessation, coping with a newborn and a 4yr old. DA routine enquiry - denies "
            "physical violence. Flat damp; Moses basket obtained from family.",
            "13:30",
            "Antenatal contact",
            "Universal Plus; NBV at 10-14 days",
        ),
    )
    f.occ(
        "2024-07-29",
        "move",
        R(
            "hsg",
            "Tenancy sign-up and keys issued: Flat 3, 22 Kilnyard Walk, Orrisford OF2 6LT (2-bed, "
            "first floor). Joint tenancy Kerry-Ann Tamsett / Dean Holloran. Tenancy start "
            "29/07/2024. Application closed.",
            "11:00",
            "Tenancy start",
        ),
        R(
            "gp",
            "Change of address: Flat 3, 22 Kilnyard Walk, Orrisford OF2 6LT (moved 29/07/24) - "
            "Kerry-Ann, Dean and Mason.",
            "",
            "Admin",
            shift="late",
        ),
    )
    f.occ(
        "2024-07-31",
        "mw-visit-old-address",
        R(
            "mw",
            "Home visit 35/40 at 14b Mottram Row: no answer. Card left. BP/urine not done. "
            "Phone goes to voicemail.",
            "10:30",
            "Home visit",
            "No access",
        ),
    )
    f.occ(
        "2024-08-01",
        "mw-new-address-call",
        R(
            "mw",
            "Kerry-Ann rang: they moved on Monday to Flat 3, 22 Kilnyard Walk. Address updated on "
            "maternity record; she did not know to tell us. Antenatal check rebooked for 05/08 at "
            "the Hub.",
            "14:20",
            "Telephone",
        ),
    )

    # --- birth and the first seven weeks ----------------------------------------------------
    f.occ(
        "2024-08-14",
        "birth",
        R(
            "mw",
            "Delivery suite: SVD 04:52 at 37+4. Live female, 2.74kg, Apgars 9 and 10. Cord "
            "gases normal. Partner Dean present. Baby to mother for skin to skin.",
            "04:52",
            "Birth",
        ),
        R(
            "gp",
            "Birth notification: female infant Ruby-Mae Holloran-Tamsett born 14/08/2024 "
            "at OGH, 2.74kg, 37+4, SVD. Mother Kerry-Ann Tamsett.",
            "",
            "Birth notification",
            shift="late",
        ),
        R(
            "hv",
            "Contact type: Birth notification (child health). Outcome: Ruby-Mae born 14/08/2024 "
            "OGH, 2.74kg, 37+4 SVD. Address on notification 14b Mottram Row. Allocated for NBV.",
            "",
            "Birth notification",
            shift="late",
        ),
    )
    f.occ(
        "2024-08-15",
        "safe-sleep-ward",
        R(
            "mw",
            "Bluebell postnatal ward: safe sleep conversation with both parents using the safer "
            "sleep leaflet - on back, own cot/Moses basket, never share a bed or sofa after "
            "drinking, using drugs or smoking. Dean said 'we've done it all before with Mason'.",
            "16:00",
            "Health promotion",
        ),
    )
    f.occ(
        "2024-08-16",
        "postnatal-discharge",
        R(
            "mw",
            "Discharged home from Bluebell ward with baby to Flat 3, 22 Kilnyard Walk. Transfer "
            "to community midwife H Quayle. Formula feeding.",
            "13:15",
            "Discharge",
        ),
    )
    f.occ(
        "2024-08-27",
        "nbv-no-access",
        R(
            "hv",
            "Contact type: New birth visit (home). Outcome: No access at 14b Mottram Row. "
            "Neighbour said the family moved 'a few weeks ago'. Child health system still shows "
            "old address.",
            "09:45",
            "New birth visit",
            "No access",
        ),
    )
    f.occ(
        "2024-08-27",
        "hv-calls",
        R(
            "hv",
            "Contact type: Telephone. Outcome: Tel x2 to mum's mobile, no answer; text sent "
            "asking her to ring the 0-19 duty line.",
            "11:20",
            "Telephone",
            "No contact",
        ),
    )
    f.occ(
        "2024-08-28",
        "hv-callback",
        R(
            "hv",
            "Contact type: Telephone (incoming). Outcome: Mum returned call; confirmed new "
            "address Flat 3, 22 Kilnyard Walk. NBV booked 03/09. Child health updated.",
            "16:05",
            "Telephone",
        ),
    )
    f.occ(
        "2024-09-03",
        "nbv",
        R(
            "hv",
            "Contact type: New birth visit (home, Flat 3, 22 Kilnyard Walk). Outcome: Ruby-Mae "
            "seen asleep in Moses basket in lounge. Weight 3.12kg. Mum says Ruby sometimes falls "
            "asleep on Dean on the sofa in the evenings; safe sleep advice repeated and leaflet "
            "given. Strong smell of cannabis in flat. EPDS 11. Dean asleep in bedroom at 11am.",
            "11:00",
            "New birth visit",
            "Universal Plus; 6-8 week contact; EPDS review",
        ),
    )
    f.occ(
        "2024-09-04",
        "reception-start",
        R(
            "sch",
            "Mason started in Reception (Kestrel class) today. Nan (Lorraine) brought him. Mum "
            "has a new baby. I have passed on the nursery safeguarding file to his teacher.",
            "",
        ),
    )
    f.occ(
        "2024-09-05",
        "mw-discharge-letter",
        R(
            "mw",
            "Discharged from community midwifery care, day 22. Discharge/handover letter sent "
            "to 0-19 team: cannabis use, police DA incident May, house move, safe sleep "
            "discussed on ward.",
            "15:30",
            "Discharge from midwifery",
        ),
        R(
            "hv",
            "Contact type: Midwifery handover received (discharge letter, H Quayle). Outcome: "
            "read and added to record.",
            "",
            "Handover",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-12",
        "drugs-disengage-letter",
        R(
            "dav",
            "Third missed session in a row. Letter to GP and to Kerry-Ann: case will close in "
            "14 days unless she makes contact. I have tried texting and calling.",
            "",
            "Letter",
        ),
        R(
            "gp",
            "Letter received from Pathways Recovery (T Haverstock): disengaged, 3 DNAs, to close "
            "unless contact. Filed; HV informed by task.",
            "",
            "Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-26",
        "dna-baby-check",
        R(
            "gp",
            "DNA - 6-8 week baby check, Ruby-Mae Holloran-Tamsett (booked 10:20).",
            "10:20",
            "DNA",
        ),
    )
    f.occ(
        "2024-09-26",
        "dna-maternal-check",
        R(
            "gp",
            "DNA - maternal postnatal check, Kerry-Ann Tamsett (booked 10:30).",
            "10:30",
            "DNA",
        ),
    )
    f.occ(
        "2024-09-27",
        "gp-task-hv",
        R(
            "gp",
            "Task sent to 0-19 team (HV S Pedley): baby and mother DNA'd 6-8 week checks "
            "yesterday, please follow up at home.",
            "09:05",
            "Task",
        ),
        R(
            "hv",
            "Contact type: Information received (GP task). Outcome: Ruby-Mae and mum not brought "
            "to 6-8 week checks 26/09. HV to visit week commencing 30/09.",
            "09:40",
            "Information sharing",
        ),
    )
    f.occ(
        "2024-09-27",
        "gp-rebook-letter",
        R(
            "gp",
            "Letter to Kerry-Ann Tamsett: please rebook 6-8 week baby check and postnatal check.",
            "12:30",
            "Letter",
        ),
    )

    # --- 2 October 2024: the death -------------------------------------------------------------
    f.occ(
        "2024-10-02",
        "callout",
        R(
            "amb",
            "Incident 0241-02/10. 999 call 06:12 Cat 1: 7-week-old not breathing. On scene "
            "06:19 at Flat 3, 22 Kilnyard Walk. Mother found baby unresponsive in parents' "
            "double bed, lying between parents, pale and cool. Asystole. CPR and airway "
            "management, IO access. Father appeared intoxicated. Police on scene. Conveyed "
            "to OGH ED under CPR, pre-alert, left scene 06:27.",
            "06:12",
            "Cardiac arrest - paediatric",
            ref="WS-INC-0241-021024",
        ),
        R(
            "pol",
            "CAD 0207 02/10/24 0614. AMB REQUEST - 7 WEEK OLD BABY NOT BREATHING, KILNYARD WALK. "
            "OFFICERS ON SCENE 0621 WITH AMBULANCE CREW. BABY FOUND UNRESPONSIVE IN BED WITH "
            "BOTH PARENTS. FATHER DEAN HOLLORAN SMELLING OF ALCOHOL, SLURRED; EMPTY CANS AND "
            "CANNABIS GRINDER IN BEDROOM. SCENE PRESERVED. SUDI PROTOCOL. MASON (4) ASLEEP IN "
            "OTHER ROOM - TO MGM.",
            "06:14",
            "Sudden death - infant",
            ref="CAD 0207 021024",
        ),
    )
    f.occ(
        "2024-10-02",
        "ed",
        R(
            "ed",
            "06:31 BIBA resus. 7/52 F, found unresponsive in parents' bed ~05:50 (co-sleeping). "
            "CPR in progress by crew. Asystole. IO in situ. Paeds arrest call.",
            "06:31",
            "Triage",
        ),
        R(
            "ed",
            "ROLE 06:58 confirmed by Dr Okonjo after 31 min resus, no ROSC. Parents informed in "
            "relatives' room. Police (DS Rowe) present.",
            "06:58",
            "Resus",
        ),
        R(
            "ed",
            "SUDIC protocol started: on-call SUDIC paed Dr Hallam informed, samples per protocol, "
            "skeletal survey to be arranged, body to mortuary. Sib (Mason 4y) with MGM. "
            "Safeguarding team aware. Datix.",
            "07:40",
            "Discharge / outcome",
        ),
    )
    f.occ(
        "2024-10-02",
        "jar-visit",
        R(
            "pol",
            "JOINT AGENCY RESPONSE HOME VISIT 1100 - DS ROWE WITH DR HALLAM (SUDIC PAED). "
            "SLEEPING ARRANGEMENTS DISCUSSED AT SCENE. DOUBLE BED, MOSES BASKET IN LOUNGE NOT "
            "IN USE. PHOTOGRAPHS TAKEN. EXHIBITS SEIZED.",
            "11:00",
            "JAR visit",
        ),
        R(
            "cdr",
            "Joint home visit with DS Rowe (Fennick Moor Police) to Kilnyard Walk under the "
            "SUDIC protocol. Parents' account: Ruby-Mae brought into the bed for a feed at about "
            "02:00, Dean had drunk 'six or seven cans' and smoked cannabis that evening. Moses "
            "basket in lounge full of washing.",
            "11:15",
            "Joint agency response",
        ),
    )
    f.occ(
        "2024-10-02",
        "death-notification",
        R(
            "cdr",
            "Notification of death emailed to GP (Tallis Road), 0-19 team, CDOP office and "
            "Orrisford MASH: Ruby-Mae Holloran-Tamsett, 7 weeks, died 02/10/2024, sudden "
            "unexpected death in infancy, JAR in progress.",
            "13:05",
            "Notification",
        ),
        R(
            "hv",
            "Contact type: Information received (CDR nurse email). Outcome: Ruby-Mae died this "
            "morning, SUDI, JAR started. Records secured; team leader and named nurse informed.",
            "13:40",
            "Death notification",
        ),
        R(
            "gp",
            "Email from CDR nurse B Moss: death of Ruby-Mae Holloran-Tamsett on 02/10/24 - SUDI. "
            "Records flagged; Kerry-Ann's and Dean's records alerted.",
            "",
            "Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-02",
        "arrest-father",
        R(
            "pol",
            "ARREST: HOLLORAN, DEAN (11/06/1997) ARRESTED 1240 AT OGH ON SUSPICION OF CHILD "
            "CRUELTY (S1 CYPA 1933 - OVERLYING WHILE INTOXICATED). TO FENNICK MOOR CUSTODY.",
            "12:40",
            "Arrest",
            ref="CR/24/118870",
        ),
        R(
            "csc",
            "DS Rowe confirmed that Dean Holloran was arrested at the hospital at 12:40 today on "
            "suspicion of child cruelty (s1 Children and Young Persons Act 1933) and taken to "
            "Fennick Moor custody.",
            "13:00",
            "Police information",
        ),
    )
    f.occ(
        "2024-10-02",
        "arrest-mother",
        R(
            "pol",
            "ARREST: TAMSETT, KERRY-ANN (24/01/2001) ARRESTED 1510 AT KILNYARD WALK ON "
            "SUSPICION OF CHILD CRUELTY (NEGLECT). VOLUNTEERED ACCOUNT. TO FENNICK MOOR CUSTODY.",
            "15:10",
            "Arrest",
            ref="CR/24/118870",
        ),
    )
    f.occ(
        "2024-10-02",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion regarding Mason following the sudden death of his sister this "
            "morning. Chair: TM P Achebe. Present: DS Rowe (police), Dr Hallam (SUDIC "
            "paediatrician), S Pedley (HV), Mrs Carrow (DSL, by phone). Ruby-Mae died after "
            "co-sleeping with parents; father intoxicated. Agreed: section 47 enquiry regarding "
            "Mason; Mason to stay with MGM under a safety plan; no unsupervised contact with "
            "parents while on police bail.",
            "14:30",
            "Strategy discussion",
            "S47 - single agency (CSC) with police",
        ),
        R(
            "pol",
            "STRAT DISC 1430 RE SIBLING MASON TAMSETT (4). S47 AGREED. CHILD TO MGM. "
            "BAIL CONDITIONS TO BE SOUGHT - NO UNSUPERVISED CONTACT.",
            "14:30",
            "Strategy meeting",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion (Teams). Outcome: S47 for Mason; HV to share "
            "records and attend ICPC if convened.",
            "14:00",
            "Strat",
        ),
        R(
            "cdr",
            "Attended strategy meeting (CSC) re surviving sibling Mason; shared JAR findings.",
            "",
            "Strategy meeting",
        ),
        R(
            "sch",
            "I joined a strategy meeting by phone at 2.30 about Mason. His baby sister died "
            "this morning. Mason will stay with his nan. Class teacher informed, no one else.",
            "14:30",
        ),
    )
    f.occ(
        "2024-10-02",
        "to-mgm",
        R(
            "csc",
            "Mason placed with maternal grandmother Lorraine Tamsett at 9 Pennant Close under a "
            "written safety plan (parental agreement, not s20). Checks on household completed.",
            "17:45",
            "Placement with family",
        ),
        R(
            "sch",
            "Mason is staying with his nan Lorraine Tamsett at 9 Pennant Close from yesterday "
            "under a safety plan (SW Janine Kettley told me). Only nan to collect. Office updated.",
            "",
            shift="late",
        ),
    )

    # --- after the death --------------------------------------------------------------------
    f.occ(
        "2024-10-04",
        "strategy-2",
        R(
            "csc",
            "Reconvened strategy meeting. Initial post-mortem: no injuries found; toxicology "
            "and histology awaited. Both parents released on bail 03/10 with condition of no "
            "unsupervised contact with Mason. Agreed S47 continues and an ICPC will be convened.",
            "10:00",
            "Strategy discussion",
            "ICPC within 15 working days",
        ),
        R(
            "pol",
            "STRAT MTG (RECONVENED) 04/10 1000. PM - NO INJURIES. TOX AWAITED. ICPC TO BE "
            "CONVENED.",
            "10:00",
            "Strategy meeting",
        ),
        R(
            "hv",
            "Contact type: Strategy meeting (reconvened, by phone). Outcome: ICPC to be "
            "arranged; HV to offer bereavement visit to mum.",
            "10:15",
            "Strat",
        ),
    )
    f.occ(
        "2024-10-08",
        "inquest-opened",
        R(
            "pol",
            "INQUEST OPENED AND ADJOURNED AT ORRISFORD CORONER'S COURT. CORONER'S OFFICER "
            "NOTIFIED OIC.",
            "",
            "Court",
        ),
        R(
            "cdr",
            "Inquest into the death of Ruby-Mae opened and adjourned today at Orrisford "
            "Coroner's Court (Area Coroner Ms F Aldine) pending police investigation.",
            "",
            "Inquest",
        ),
    )
    f.occ(
        "2024-10-09",
        "sudic-meeting",
        R(
            "cdr",
            "SUDIC initial multi-agency information-sharing meeting (Teams 10:00). Police, GP, "
            "HV, midwifery, CSC represented. Chronology of contacts shared; previous safe sleep "
            "advice recorded on ward 15/08 and at NBV 03/09.",
            "10:00",
            "Information sharing meeting",
        ),
        R(
            "pol",
            "SUDIC INFO SHARING MTG ATTENDED BY DS ROWE.",
            "10:00",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: JAR information-sharing meeting (virtual). Outcome: HV records "
            "summary shared; missed NBV 27/08 (old address) noted.",
            "10:00",
            "Multi-agency meeting",
        ),
        R(
            "gp",
            "Attended SUDIC info-sharing meeting (MS Teams) - Dr Fenwright. GP summary provided.",
            "10:05",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-11",
        "csc-visit-mason",
        R(
            "csc",
            "Statutory visit to Mason at his grandmother's home. Mason seen alone in his "
            "bedroom; he said 'Ruby's gone to be a star' and that he likes staying at Nanny's. "
            "Lorraine coping, asked for help with school runs.",
            "15:45",
            "Home visit",
        ),
        R(
            "csc",
            "Statutory visit - Mason seen at MGM's home (9 Pennant Close); seen alone, said "
            "Ruby's 'gone to be a star', happy at Nanny's. Lorraine asking for help with school "
            "runs.",
            "15:45",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-11",
        "hv-bereavement",
        R(
            "hv",
            "Contact type: Home visit (bereavement support, Kilnyard Walk). Outcome: Kerry-Ann "
            "seen alone, tearful, not sleeping. Lullaby Trust bereavement information given, GP "
            "appointment encouraged.",
            "11:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-16",
        "rapid-review",
        R(
            "csc",
            "Rapid review meeting (Orrisford Safeguarding Children Partnership) re Ruby-Mae. "
            "Agreed the case meets the criteria for consideration of a CSPR; recommendation to "
            "follow to the National Panel.",
            "13:00",
            "Rapid review",
        ),
        R(
            "pol",
            "RAPID REVIEW MTG - DI MARSHALL ATTENDED FOR FORCE.",
            "13:00",
            "Meeting",
        ),
        R(
            "hv",
            "Contact type: Rapid review (named nurse attended). Outcome: HV records and "
            "reflections on NBV delay provided.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-24",
        "icpc",
        R(
            "csc",
            "Initial child protection conference for Mason. Chair: IRO D Farrant. Parents "
            "attended with solicitor. Mason made subject of a child protection plan, category "
            "neglect. Mason to remain with MGM; core group within 10 working days.",
            "10:00",
            "ICPC",
            "CP plan - neglect",
        ),
        R(
            "hv",
            "Contact type: ICPC (attended). Outcome: CP plan for Mason (neglect). HV is core "
            "group member.",
            "10:00",
            "Conference",
        ),
        R(
            "sch",
            "I went to Mason's initial child protection conference at the Civic Centre. He is "
            "now on a child protection plan for neglect. I am in the core group.",
            "",
        ),
        R(
            "dav",
            "Attended Mason's initial conference (about Kerry-Ann's son). CP plan. Kerry-Ann has "
            "re-engaged with us since 21/10 and asked me to be there.",
            "09:45",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-10-29",
        "joint-visit",
        R(
            "csc",
            "Joint home visit with HV Sian Pedley to Kerry-Ann at Kilnyard Walk. Flat clean; "
            "Ruby-Mae's things in a box in the bedroom. Kerry-Ann says Dean is staying at his "
            "brother's most nights. Discussed contact with Mason at Lorraine's.",
            "14:00",
            "Joint visit",
        ),
        R(
            "hv",
            "Contact type: Joint home visit with SW (J Kettley). Outcome: Kerry-Ann seen; "
            "bereavement support, EPDS 15, encouraged GP and talking therapies self-referral.",
            "14:00",
            "Joint visit",
        ),
    )
    f.occ(
        "2024-11-04",
        "transfer-request",
        R(
            "hsg",
            "Management transfer request from Kerry-Ann Tamsett: cannot remain at Flat 3, 22 "
            "Kilnyard Walk following baby's death. Supporting letter from SW requested.",
            "",
            "Transfer request",
        ),
    )
    f.occ(
        "2024-11-07",
        "core-group-1",
        R(
            "csc",
            "First core group meeting for Mason at Brackenfold Primary. Plan reviewed; contact "
            "with parents supervised by Lorraine at her home; Kerry-Ann attending Pathways.",
            "15:30",
            "Core group",
        ),
        R(
            "sch",
            "Core group for Mason here at school after school. Attendance 96%. He is settled "
            "in class but cries at home time some days.",
            "15:30",
        ),
        R(
            "hv",
            "Contact type: Core group (attended). Outcome: plan reviewed; HV to continue "
            "monthly bereavement visits to mum.",
            "",
            "CG",
        ),
    )
    f.occ(
        "2024-11-16",
        "mgm-incident",
        R(
            "pol",
            "LOG 2231 16/11/24 2128. CALLER LORRAINE TAMSETT, 9 PENNANT CLOSE. DEAN HOLLORAN "
            "AT DOOR DRUNK SHOUTING DEMANDING TO SEE MASON. LEFT PRIOR TO POLICE ARRIVAL. "
            "AREA SEARCH NEG. CHILD SAFE INSIDE. BAIL CONDITIONS NOTED - OIC INFORMED.",
            "21:28",
            "Concern / ASB",
            ref="LOG 2231 16/11/24",
        ),
    )
    f.occ(
        "2024-11-17",
        "ppn-2",
        R(
            "pol",
            "PPN SUBMITTED TO ORRISFORD MASH RE LOG 2231 (MASON TAMSETT, CP PLAN).",
            "09:40",
            "PPN",
            ref="PPN/24/51177",
        ),
        R(
            "csc",
            "Police notification received re incident at Lorraine's on Saturday evening: Dean "
            "turned up drunk demanding to see Mason and left before police arrived. Passed to "
            "allocated SW.",
            "09:10",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-16",
        "rcpc",
        R(
            "csc",
            "Review child protection conference (RCPC) for Mason. Progress: Kerry-Ann engaging "
            "with Pathways and bereavement counselling; Dean not engaging, police investigation "
            "continues. Decision: Mason remains subject of a CP plan (neglect).",
            "13:30",
            "RCPC",
            "CP plan continues",
        ),
        R(
            "sch",
            "Review conference for Mason today at 1.30. Plan continues. I shared his "
            "attendance and the drawing he did of the 'baby star'.",
            "13:30",
        ),
        R(
            "dav",
            "Review conference for Mason - gave update on Kerry-Ann (reduced cannabis, negative "
            "alcohol screens). Plan stays.",
            "14:00",
            "Multi-agency meeting",
            shift="-1",
        ),
        R(
            "hv",
            "Contact type: RCPC (attended). Outcome: CP plan continues.",
            "",
            "Conference",
        ),
    )
    f.occ(
        "2025-01-22",
        "pm-report",
        R(
            "cdr",
            "Final post-mortem report received: cause of death unascertained (SUDI) in the "
            "context of co-sleeping with an adult who had consumed alcohol and cannabis; no "
            "injuries, no natural disease identified.",
            "",
            "Post-mortem",
        ),
    )
    f.occ(
        "2025-03-13",
        "charge-father",
        R(
            "pol",
            "CPS AUTHORITY RECEIVED. HOLLORAN, DEAN CHARGED WITH CHILD CRUELTY - S1(1) AND "
            "S1(2)(B) CYPA 1933. BAILED TO ORRISFORD MC 10/04/25.",
            "16:20",
            "Charge",
            ref="CR/24/118870",
        ),
        R(
            "csc",
            "Dean Holloran charged today with child cruelty (s1 CYPA 1933) in relation to "
            "Ruby-Mae; bailed to appear at Orrisford Magistrates' Court on 10/04/2025.",
            "17:05",
            "Police information",
        ),
    )
    f.occ(
        "2025-03-13",
        "nfa-mother",
        R(
            "pol",
            "TAMSETT, KERRY-ANN - NFA (CPS: EVIDENTIAL TEST NOT MET). BAIL CANCELLED. "
            "INFORMED BY OIC.",
            "15:00",
            "Outcome",
            ref="CR/24/118870",
        ),
    )
    f.occ(
        "2025-04-10",
        "first-appearance",
        R(
            "pol",
            "HOLLORAN - FIRST APPEARANCE ORRISFORD MC. NO PLEA. SENT TO CROWN COURT (OAKHURST) "
            "PTPH 08/05/25. CONDITIONAL BAIL CONTINUED.",
            "",
            "Court",
        ),
        R(
            "csc",
            "Dean appeared at Orrisford Magistrates' Court; case sent to Oakhurst Crown Court, "
            "bail continues with the condition about Mason.",
            "",
            "Court",
            shift="swap",
        ),
    )

    # --- routine single entries (each in a window that fits what it says) --------------------
    for sheet, first, last, kind, text in (
        (
            "mw",
            "2024-03-04",
            "2024-03-15",
            "Antenatal appointment",
            "Antenatal check 16/40 at Hub. BP 112/70, urine NAD. Cannabis 'cutting down'.",
        ),
        (
            "mw",
            "2024-05-09",
            "2024-05-16",
            "Antenatal appointment",
            "Antenatal 25/40 at Hub: SFH 25cm, FMF, BP normal. GTT booked.",
        ),
        (
            "mw",
            "2024-06-18",
            "2024-06-28",
            "Antenatal appointment",
            "Antenatal 31/40 at Hub: all well, birth plan discussed, Moses basket ready.",
        ),
        (
            "gp",
            "2024-02-26",
            "2024-03-08",
            "Consultation",
            "S: Kerry-Ann, nausea and vomiting 13/40. O: obs normal, not dehydrated. A: NVP mild. "
            "P: cyclizine, fluids advice.",
        ),
        (
            "gp",
            "2024-04-15",
            "2024-07-19",
            "Consultation",
            "S: Mason, cough 5 days. O: chest clear, T 37.6. A: viral URTI. P: safety-net advice.",
        ),
        (
            "gp",
            "2024-10-14",
            "2024-10-31",
            "Consultation",
            "S: Kerry-Ann low mood since bereavement, not sleeping. O: tearful, no SI. A: grief "
            "reaction. P: talking therapies, review 2/52.",
        ),
        (
            "gp",
            "2024-11-11",
            "2024-11-29",
            "Consultation",
            "S: Kerry-Ann review. O: PHQ-9 14. A: depression. P: sertraline 50mg, review 4/52.",
        ),
        (
            "hv",
            "2024-11-11",
            "2024-11-29",
            "Home visit",
            "Contact type: Bereavement visit. Outcome: mum seen alone; EPDS 12.",
        ),
        (
            "hv",
            "2024-12-09",
            "2024-12-20",
            "Home visit",
            "Contact type: Bereavement visit. Outcome: mum seen; plans for Christmas and Ruby's "
            "memory box discussed.",
        ),
        (
            "hv",
            "2025-02-03",
            "2025-02-28",
            "Telephone",
            "Contact type: Telephone. Outcome: mum well, attending counselling.",
        ),
        (
            "sch",
            "2024-10-14",
            "2024-11-29",
            "",
            "Mason upset at story time when we read a book with a baby in it. I sat with him "
            "in the calm room. Nan told at pick-up.",
        ),
        (
            "sch",
            "2024-12-02",
            "2025-02-07",
            "",
            "Nan collected Mason. Mum came too and waited at the gate, all fine.",
        ),
        (
            "sch",
            "2025-02-24",
            "2025-03-28",
            "",
            "Mason's attendance this half term is 97%. Spoke to nan about his tiredness.",
        ),
        (
            "dav",
            "2024-10-28",
            "2024-11-29",
            "Keywork session",
            "Session with Kerry-Ann: cannabis down to weekends, UDS positive THC, negative others.",
        ),
        (
            "dav",
            "2024-12-02",
            "2024-12-20",
            "Keywork session",
            "Session: grief and using. Kerry-Ann says Dean still drinking, they are apart.",
        ),
        (
            "dav",
            "2025-01-27",
            "2025-02-14",
            "Keywork session",
            "Session: relapse prevention plan written together.",
        ),
        (
            "dav",
            "2025-02-17",
            "2025-03-28",
            "Telephone",
            "Text reminder sent for next session; Kerry-Ann confirmed.",
        ),
        (
            "csc",
            "2024-11-11",
            "2024-11-29",
            "Home visit",
            "Statutory visit to Mason at 9 Pennant Close: seen alone, playing with Lego, no "
            "worries shared.",
        ),
        (
            "csc",
            "2024-12-09",
            "2025-01-10",
            "Home visit",
            "Statutory visit: Mason seen with Lorraine; supervised contact with mum going well.",
        ),
        (
            "csc",
            "2025-02-03",
            "2025-03-07",
            "Supervision",
            "Case supervision with TM: plan on track, Dean not engaging.",
        ),
        (
            "hsg",
            "2024-04-02",
            "2024-05-03",
            "Advice",
            "Tenant advised how to raise disrepair (damp in bedroom) with her private landlord; "
            "environmental health leaflet sent.",
        ),
        (
            "hsg",
            "2024-06-03",
            "2024-06-28",
            "Housing register",
            "Band B awarded on review (pregnancy, overcrowding). Bidding reminder sent.",
        ),
        (
            "cdr",
            "2024-10-21",
            "2024-11-15",
            "CDOP",
            "Form B (agency information) requested from all agencies for CDOP.",
        ),
        (
            "cdr",
            "2024-11-18",
            "2025-01-10",
            "CDOP",
            "Bereavement key worker call to Kerry-Ann; leaflet on the child death review process.",
        ),
    ):
        f.fill(sheet, first, last, [(kind, text)], timed=sheet != "sch")
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Vanterpool family, Tarrowfield. Rhys Vanterpool (b. 30/06/2009, Year 11 at
# Kingsmead Academy) lives with his mother Sharnelle Vanterpool (b. 1985) and sister Amara
# (b. 14/02/2012, Year 8 at Kingsmead) at 37 Cobbold Rise, Tarrowfield QT3 8LW; registered at
# Rowan Street Practice. Criminally exploited on a county line running to Saltmere Bay (another
# force's area): missing episodes found in Saltmere flats, return home interviews, an NRM
# referral, a knife and drugs arrest with an older boy, a youth justice referral and youth court,
# threats at the home, and a stabbing in May 2025 (ED, surgical ward, a suspect's arrest).
# --------------------------------------------------------------------------------------------


def _vanterpool() -> BlindCase:
    f = Family(
        "vanterpool",
        1502,
        {
            "pol": Sheet(
                POLICE,
                "tarrowfield_wyre_police_chronology.xlsx",
                "PVP extract",
                (("2024-01-01", "MASH police researcher"), ("2024-10-14", "DC 7781 Brannigan")),
            ),
            "pol2": Sheet(
                OTHER_FORCE,
                "saltmere_constabulary_return.xlsx",
                "Occurrences",
                (("2024-01-01", "PC 3390 Treleaven"),),
            ),
            "csc": Sheet(
                CSC,
                "tarrowfield_csc_chronology.xlsx",
                "Chronology",
                (
                    ("2024-01-01", "MASH duty SW (K Ibbotson)"),
                    ("2024-09-24", "Lorna Pettifer SW (Adolescent Team)"),
                ),
            ),
            "sch": Sheet(
                SCHOOL,
                "kingsmead_academy_safeguarding_export.xlsx",
                "Log",
                (("2024-01-01", "Mr D Okafor (DSL)"),),
                typed=False,
            ),
            "yjs": Sheet(
                YJS,
                "tarrowfield_yjs_return.xlsx",
                "Case record",
                (("2024-01-01", "Aled Mostyn (YJS case manager)"),),
            ),
            "rhi": Sheet(
                RHI,
                "compass_return_home_interviews.xlsx",
                "RHI log",
                (("2024-01-01", "Bex Ardron (Compass RHI worker)"),),
            ),
            "cet": Sheet(
                CET,
                "pathfinder_exploitation_team.xlsx",
                "Worker notes",
                (("2024-01-01", "Femi Adeyinka (Pathfinder)"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "wyre_valley_ambulance_return.xlsx",
                "PCR summaries",
                (("2024-01-01", "Crew WV22"),),
            ),
            "ed": Sheet(
                ED,
                "tarrowfield_royal_ed_return.xlsx",
                "Paediatric ED",
                (("2024-01-01", "Dr R Castellanos (ST6)"),),
            ),
            "ward": Sheet(
                WARD,
                "tarrowfield_royal_wren_ward.xlsx",
                "Wren Ward",
                (("2024-01-01", "Sr J Amankwah"),),
            ),
            "gp": Sheet(
                GP,
                "rowan_street_practice_return.xlsx",
                "Records",
                (("2024-01-01", "Dr H Lindqvist"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "tarrowfield_camhs_return.xlsx",
                "CAMHS",
                (("2024-01-01", "Nadia Whitcombe (CAMHS practitioner)"),),
            ),
        },
    )

    # --- autumn 2024: first concerns, missing episodes ------------------------------------------
    f.occ(
        "2024-08-17",
        "saltmere-stop",
        R(
            "pol2",
            "OCC SC-24-097215. STOP CHECK 2140 PROMENADE SALTMERE BAY. RHYS VANTERPOOL (15, "
            "TARROWFIELD) IN COMPANY OF NOMINAL DEAN 'DEANO' CRANSTOUN (24, KNOWN CLASS A "
            "SUPPLY). NOTHING FOUND. RHYS SAID VISITING FRIEND. INTEL LOGGED, NO FURTHER ACTION.",
            "21:40",
            "Stop check",
            ref="SC-24-097215",
        ),
    )
    f.occ(
        "2024-09-10",
        "attendance",
        R(
            "sch",
            "Rhys's attendance since the start of term is 71%. Three lates this week and he "
            "left site at lunch on Monday. I have asked his head of year to call mum.",
            "",
        ),
    )
    f.occ(
        "2024-09-23",
        "school-call-mash",
        R(
            "sch",
            "Staff saw Rhys get into a grey Audi with two older males at the gate at 3.15. He "
            "has new designer trainers and two phones and would not say where they came from. "
            "I rang the MASH at 3.40pm and spoke to the duty social worker.",
            "15:40",
        ),
        R(
            "csc",
            "Telephone contact from Mr Okafor, DSL at Kingsmead Academy. Rhys (15) seen getting "
            "into a car with two older males after school; new expensive clothes, two mobile "
            "phones, falling attendance and leaving site. School worried about criminal "
            "exploitation. Mother not yet aware of the call.",
            "15:42",
            "Contact",
        ),
    )
    f.occ(
        "2024-09-24",
        "mash-decision",
        R(
            "csc",
            "MASH decision on yesterday's school contact: checks with police show Rhys was "
            "stopped in Saltmere Bay in August with an older male known for drug supply. "
            "Decision: child and family assessment (Adolescent Team) and referral to Pathfinder "
            "for the exploitation screening tool. Mother informed by phone and agrees.",
            "12:15",
            "MASH decision",
            "C&F assessment; Pathfinder referral",
        ),
    )
    f.occ(
        "2024-10-04",
        "missing-1",
        R(
            "pol",
            "MISPER LOG 4471 04/10/24 2210. REPORTED BY MOTHER SHARNELLE VANTERPOOL. RHYS "
            "VANTERPOOL 15 YRS NOT HOME FROM SCHOOL, PHONE OFF. KNOWN CCE CONCERNS. RISK "
            "ASSESSED MEDIUM. ENQUIRIES WITH SALTMERE CONSTAB.",
            "22:10",
            "Missing person",
            ref="LOG 4471 04/10/24",
        ),
    )
    f.occ(
        "2024-10-06",
        "found-1",
        R(
            "pol2",
            "OCC SC-24-118402. TARROWFIELD MISPER RHYS VANTERPOOL (15) LOCATED 1405 AT FLAT 12 "
            "SEAGRAVE COURT, SALTMERE BAY QS1 2HD IN COMPANY OF TWO ADULT MALES. £340 CASH AND "
            "TWO PHONES. NOT ARRESTED. RETURNED TO TARROWFIELD BY OFFICERS. CCE INTEL SUBMITTED.",
            "14:05",
            "Missing person located",
            ref="SC-24-118402",
        ),
        R(
            "pol",
            "LOG 4471 UPDATE: MISPER FOUND 1405 SALTMERE BAY BY SALTMERE OFFICERS (SEAGRAVE "
            "COURT). CONVEYED HOME. MISPER CLOSED.",
            "14:05",
            "Missing person found",
            ref="LOG 4471 04/10/24",
        ),
    )
    f.occ(
        "2024-10-06",
        "safe-well-1",
        R(
            "pol",
            "SAFE AND WELL CHECK COMPLETED 1930 AT 37 COBBOLD RISE BY PC 1147 HURST. RHYS "
            "REFUSED TO SAY WHO HE WAS WITH. NO INJURIES.",
            "19:30",
            "Safe and well",
        ),
    )
    f.occ(
        "2024-10-07",
        "missing-1-notice",
        R(
            "pol",
            "MISSING EPISODE NOTIFICATION (04/10-06/10) EMAILED TO TARROWFIELD MASH AND COMPASS "
            "RHI SERVICE.",
            "09:30",
            "Notification",
        ),
        R(
            "csc",
            "Police notification received: Rhys was missing from Friday night until found by "
            "Saltmere police on Sunday afternoon in a flat in Seagrave Court with two adult men. "
            "Passed to allocated SW Lorna Pettifer.",
            "10:05",
            "Contact",
        ),
        R(
            "rhi",
            "New RHI request from police (missing 04/10 to 06/10, found Saltmere). Allocated to "
            "me. Will call mum.",
            "",
            "Referral received",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-08",
        "rhi-arrange",
        R(
            "rhi",
            "I phoned Sharnelle to arrange the RHI. She wants it done at school because Rhys "
            "won't talk at home. Booked for tomorrow 1pm at Kingsmead.",
            "10:40",
            "Telephone",
        ),
    )
    f.occ(
        "2024-10-09",
        "rhi-1",
        R(
            "rhi",
            "RHI with Rhys in the pastoral room at Kingsmead. He said he was 'at a mate's in "
            "Saltmere' and got the train. Would not name anyone. Said he owes someone 'a bit' "
            "after losing a phone. Push factors: arguments at home about school. Shared with SW.",
            "13:00",
            "Return home interview",
        ),
        R(
            "sch",
            "The Compass worker (Bex) saw Rhys here in school for his return home interview at "
            "1pm. I gave them the pastoral room. He went back to lessons after.",
            "13:00",
        ),
    )
    f.occ(
        "2024-10-14",
        "cce-screening",
        R(
            "cet",
            "I completed the CCE screening tool with SW Lorna Pettifer. Indicators: missing to "
            "Saltmere, cash and phones, older males, debt. Outcome: high risk. Request strategy "
            "discussion.",
            "",
            "Screening tool",
            "High risk - strategy discussion",
        ),
    )
    f.occ(
        "2024-10-16",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (extra-familial harm - criminal exploitation) for Rhys. Chair: "
            "TM G Haldane. Police (DC Brannigan), Pathfinder, school DSL. Information shared "
            "about Seagrave Court address and 'Deano' line. Agreed: S47 not indicated as the "
            "risk is outside the home; CIN plan with Pathfinder key worker; disruption by police; "
            "MACE referral; NRM to be considered.",
            "10:30",
            "Strategy discussion",
            "CIN; MACE referral",
        ),
        R(
            "pol",
            "STRAT DISC 16/10/24 1030 - CCE - RHYS VANTERPOOL. DC BRANNIGAN ATTENDED. "
            "DISRUPTION PLAN: CAWN CONSIDERED, INTEL TO SALTMERE.",
            "10:30",
            "Strategy discussion",
        ),
        R(
            "cet",
            "Strat (Teams) 10:30 - I am Rhys's key worker now. MACE and NRM to follow.",
            "10:30",
            "Strategy meeting",
        ),
        R(
            "sch",
            "Strategy meeting on Teams yesterday morning about Rhys. Pathfinder will work with "
            "him; CIN plan. I shared his attendance and the car at the gate.",
            "",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-22",
        "mace-1",
        R(
            "cet",
            "MACE panel. Rhys discussed with two other Tarrowfield boys linked to the same line. "
            "Seagrave Court flat flagged to Saltmere for a closure order. Actions: NRM referral "
            "by SW; school to consider reduced timetable with mentoring.",
            "14:00",
            "MACE",
        ),
        R(
            "pol",
            "MACE PANEL 22/10 - VANTERPOOL R (NOMINAL) - LOCATION SEAGRAVE CT SALTMERE SHARED.",
            "14:00",
            "Meeting",
        ),
        R(
            "csc",
            "Multi-agency child exploitation (MACE) meeting: actions NRM referral (SW), school "
            "mentoring, police disruption.",
            "14:00",
            "MACE meeting",
        ),
    )
    f.occ(
        "2024-10-26",
        "missing-2",
        R(
            "pol",
            "MISPER LOG 5502 26/10/24 1900. MOTHER REPORTS RHYS LEFT HOME 1500 AFTER PHONE CALL, "
            "NOT RETURNED. RISK HIGH (CCE). CELL SITE REQUESTED.",
            "19:00",
            "Missing person",
            ref="LOG 5502 26/10/24",
        ),
    )
    f.occ(
        "2024-10-27",
        "return-2",
        R(
            "pol",
            "LOG 5502: RHYS RETURNED HOME 1100 OF OWN ACCORD. S&W CHECK 1235 - TIRED, NO "
            "INJURY, WOULD NOT ACCOUNT FOR WHEREABOUTS. MISPER CLOSED.",
            "11:00",
            "Missing person returned",
            ref="LOG 5502 26/10/24",
        ),
    )
    f.occ(
        "2024-10-30",
        "rhi-2-declined",
        R(
            "rhi",
            "Home visit for RHI (missing 26-27/10). Rhys stayed in his room and would not come "
            "down. Spoke with mum, who thinks he is being threatened. Passed to SW.",
            "16:00",
            "RHI attempt",
            "Declined",
        ),
    )
    f.occ(
        "2024-11-05",
        "nrm",
        R(
            "csc",
            "National Referral Mechanism referral submitted to the Single Competent Authority "
            "(Tarrowfield as first responder) for Rhys: county lines criminal exploitation, "
            "missing to Saltmere, cash and phones, debt bondage indicators.",
            "15:20",
            "NRM referral",
            ref="NRM-TAR-24-0387",
        ),
        R(
            "cet",
            "I helped Lorna complete the NRM form this afternoon; submitted by CSC as first "
            "responder.",
            "15:00",
            "NRM",
        ),
    )
    f.occ(
        "2024-11-14",
        "nrm-rg",
        R(
            "csc",
            "Single Competent Authority: positive reasonable grounds decision for Rhys "
            "(NRM-TAR-24-0387). Conclusive grounds decision to follow.",
            "",
            "NRM decision",
            ref="NRM-TAR-24-0387",
        ),
    )
    f.occ(
        "2024-11-20",
        "cin-1",
        R(
            "csc",
            "Child in need meeting at Kingsmead Academy. Mum, Rhys (first 10 minutes), school, "
            "Pathfinder. Rhys agreed to a mentor and to keep his phone on. Mum worried about "
            "Amara being approached on Snapchat.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "sch",
            "CIN meeting here at 3.30. Rhys came for a bit. We offered a learning mentor "
            "(Mr Quarshie) and a reduced timetable.",
            "15:30",
        ),
        R(
            "cet",
            "CIN meeting at school. Rhys stayed ten minutes, eye contact poor.",
            "",
            "CIN",
        ),
    )
    f.occ(
        "2024-11-23",
        "arrest-rhys",
        R(
            "pol",
            "STOP SEARCH S23 MDA / S1 PACE, MARKET ST TARROWFIELD 1640. RHYS VANTERPOOL (15) "
            "FOUND IN POSSESSION OF KITCHEN KNIFE (20CM BLADE) IN WAISTBAND AND 7 WRAPS "
            "SUSPECTED CRACK COCAINE. ARRESTED 1652 - POSSESSION BLADED ARTICLE, PWITS CLASS A. "
            "TO TARROWFIELD CENTRAL CUSTODY.",
            "16:52",
            "Arrest",
            ref="CR/24/77301",
        ),
        R(
            "csc",
            "EDT: Rhys arrested at 16:52 in Market Street, Tarrowfield for possession of a "
            "bladed article and possession with intent to supply Class A; in custody at "
            "Tarrowfield Central. Mother attending as appropriate adult.",
            "18:20",
            "EDT",
        ),
    )
    f.occ(
        "2024-11-23",
        "arrest-kyle",
        R(
            "pol",
            "ARREST 1655 MARKET ST - KYLE DANBURY (17) IN COMPANY OF R VANTERPOOL. PWITS CLASS "
            "A, £210 CASH AND 2 PHONES. TO TARROWFIELD CENTRAL CUSTODY.",
            "16:55",
            "Arrest",
            ref="CR/24/77302",
        ),
    )
    f.occ(
        "2024-11-25",
        "arrest-notice",
        R(
            "pol",
            "CHILD IN CUSTODY NOTIFICATION (R VANTERPOOL, CR/24/77301) SENT TO CSC AND YJS. "
            "RELEASED UNDER INVESTIGATION 24/11 0215.",
            "09:15",
            "Notification",
        ),
        R(
            "yjs",
            "Referral received from police: Rhys arrested 23/11/24 for possession of a bladed "
            "article and PWITS Class A; RUI. First YJS involvement. Allocated to me.",
            "11:00",
            "Referral",
        ),
        R(
            "csc",
            "Police notification of Rhys's arrest on Saturday (knife and Class A), released "
            "under investigation. NRM reasonable grounds already in place; SW informed.",
            "09:50",
            "Contact",
        ),
    )
    f.occ(
        "2024-11-26",
        "strategy-2",
        R(
            "csc",
            "Strategy discussion (Rhys) following the arrest with a knife and drugs. Police, "
            "YJS, Pathfinder, school. Rhys says he carries the knife 'for protection' and owes "
            "£600. Agreed: safety plan, relocation not indicated yet, YJS to offer voluntary "
            "work pre-charge, NRM status shared with CPS.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISC 26/11 1400 RE R VANTERPOOL POST ARREST. NRM +RG NOTED FOR CPS FILE.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "yjs",
            "Strategy meeting - first joint meeting with CSC. Voluntary pre-court work offered.",
            "14:00",
            "Multi-agency meeting",
        ),
        R(
            "cet",
            "Strat after arrest. Debt of £600 disclosed to me last week - shared.",
            "13:30",
            "Strategy meeting",
        ),
        R(
            "sch",
            "Strategy meeting at 2pm about Rhys after his arrest on Saturday. School will search "
            "bags on arrival for now.",
            "14:00",
        ),
    )
    f.occ(
        "2024-11-27",
        "strategy-amara",
        R(
            "csc",
            "Strategy discussion regarding Amara (12): older boys linked to Rhys's line have "
            "contacted her on Snapchat asking where Rhys is and sent a photo of the house. "
            "Agreed: single-agency S47 not needed; safety plan for Amara; police to seek CAWN.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISC 27/11 1100 RE AMARA VANTERPOOL (12) - SNAPCHAT CONTACT BY OLDER MALES.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "sch",
            "Strategy meeting this morning about Amara (Y8), Rhys's sister, and the Snapchat "
            "messages. Her form tutor will check in daily.",
            "11:00",
        ),
    )
    f.occ(
        "2024-12-06",
        "missing-3",
        R(
            "pol",
            "MISPER LOG 6094 06/12/24 2300. RHYS NOT HOME, LAST SEEN 1730 TARROWFIELD STATION. "
            "RISK HIGH. SALTMERE CONSTAB ALERTED.",
            "23:00",
            "Missing person",
            ref="LOG 6094 06/12/24",
        ),
    )
    f.occ(
        "2024-12-08",
        "found-3",
        R(
            "pol2",
            "OCC SC-24-131977. WARRANT MDA AT 4 GANNET ROW SALTMERE (CUCKOOED ADDRESS, "
            "VULNERABLE TENANT). TARROWFIELD MISPER RHYS VANTERPOOL LOCATED 0610 WITH 2 ADULTS. "
            "TREATED AS VICTIM (NRM +RG). NOT ARRESTED. HANDED TO TARROWFIELD OFFICERS 1130.",
            "06:10",
            "Warrant / missing located",
            ref="SC-24-131977",
        ),
        R(
            "pol",
            "LOG 6094: MISPER LOCATED BY SALTMERE OFFICERS 0610 AT 4 GANNET ROW DURING DRUGS "
            "WARRANT. COLLECTED BY TWP 1130, HOME 1315. MISPER CLOSED.",
            "06:10",
            "Missing person found",
            ref="LOG 6094 06/12/24",
        ),
    )
    f.occ(
        "2024-12-11",
        "rhi-3-joint",
        R(
            "rhi",
            "RHI at home, done jointly with SW Lorna. Rhys talked more this time: he was taken "
            "to Saltmere by car and 'kept' at the flat to sell; his phone was taken. Frightened "
            "of 'Deano'. Information passed to police via SW with his agreement.",
            "16:30",
            "Return home interview",
        ),
        R(
            "csc",
            "Joint home visit with Compass RHI worker for the return interview after the "
            "missing episode 06-08/12. Rhys described being driven to Saltmere and kept at a "
            "flat to sell drugs. Intelligence form to police.",
            "16:30",
            "Joint visit",
        ),
    )
    f.occ(
        "2025-01-08",
        "gp-consult",
        R(
            "gp",
            "S: Rhys with mum. Not sleeping, nightmares, jumpy, 'people after him'. O: quiet, "
            "guarded, no self-harm, denies SI. A: anxiety / ?trauma. P: refer CAMHS, sleep "
            "hygiene, safety-net.",
            "16:10",
            "Consultation",
        ),
    )
    f.occ(
        "2025-01-09",
        "camhs-referral",
        R(
            "gp",
            "Referral letter to Tarrowfield CAMHS: 15yo, county lines exploitation, NRM, "
            "anxiety and sleep disturbance.",
            "",
            "Referral",
        ),
        R(
            "camhs",
            "Referral received from Dr Lindqvist (Rowan Street): anxiety, nightmares, "
            "exploitation. Triaged routine+, choice appointment to be offered.",
            "",
            "Referral received",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-15",
        "cin-2",
        R(
            "csc",
            "CIN review meeting at school. Attendance 58%. Rhys has kept his phone on and met "
            "his mentor twice. YJS attending now. Plan continues.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "sch",
            "CIN review here. His attendance is 58% this half term. Mr Quarshie is seeing him "
            "weekly.",
            "15:30",
            shift="-2",
        ),
        R(
            "yjs",
            "Attended CIN review at Kingsmead. Explained the pre-court process to mum.",
            "15:30",
            "CIN review",
        ),
    )
    f.occ(
        "2025-01-20",
        "threats",
        R(
            "pol",
            "LOG 5120 20/01/25 2145. SHARNELLE VANTERPOOL REPORTS TWO MALES, FACES COVERED, "
            "KNOCKING AT 37 COBBOLD RISE ASKING FOR RHYS AND SAYING 'HE KNOWS WHAT HE OWES'. "
            "MALES LEFT ON FOOT. AREA SEARCH NEG. CRIME: THREATS (CR/25/04419). MARKER ON "
            "ADDRESS.",
            "21:45",
            "Threats",
            ref="CR/25/04419",
        ),
    )
    f.occ(
        "2025-01-21",
        "mum-call-absence",
        R(
            "sch",
            "Rhys (Y11) - Mum rang at 8.20 to say he is off today, men came to the house last "
            "night asking for him. Both children kept home.",
            "08:20",
        ),
        R(
            "sch",
            "Amara (Y8) - Mum rang at 8.20: Amara off today with her brother after men came to "
            "the door last night.",
            "08:20",
        ),
    )
    f.occ(
        "2025-01-21",
        "threats-ppn",
        R(
            "pol",
            "PPN SUBMITTED TO MASH RE CR/25/04419 - THREATS AT HOME ADDRESS OF CCE VICTIM.",
            "10:10",
            "PPN",
        ),
        R(
            "csc",
            "Police notification received: two masked men came to the house last night asking "
            "for Rhys about a debt. Crime recorded. SW to visit today.",
            "10:40",
            "Contact",
        ),
    )

    # --- 2025: charge, court, stabbing -------------------------------------------------------
    f.occ(
        "2025-02-04",
        "charge-rhys",
        R(
            "pol",
            "VANTERPOOL R CHARGED (CPS DIRECTION) - S139 CJA 1988 POSSESSION BLADED ARTICLE; "
            "S5(3) MDA 1971 PWITS CLASS A. S45 MSA DEFENCE NOTED BY CPS. BAILED TO TARROWFIELD "
            "YOUTH COURT 25/02/25.",
            "15:00",
            "Charge",
            ref="CR/24/77301",
        ),
        R(
            "yjs",
            "Rhys charged today with possession of a bladed article and PWITS Class A (from "
            "23/11/24); first appearance at Tarrowfield Youth Court 25/02/25.",
            "16:30",
            "Charge",
            shift="swap",
        ),
    )
    f.occ(
        "2025-02-04",
        "charge-kyle",
        R(
            "pol",
            "DANBURY K (17) CHARGED - S5(3) MDA 1971 PWITS CLASS A. REMANDED TO YOUTH COURT.",
            "15:20",
            "Charge",
            ref="CR/24/77302",
        ),
    )
    f.occ(
        "2025-02-12",
        "yjs-visit",
        R(
            "yjs",
            "Home visit. Rhys seen with mum. Went through charges and the Modern Slavery Act "
            "defence his solicitor may run. He is scared of going to court 'in case they're "
            "there'.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-02-12",
        "cet-visit",
        R(
            "cet",
            "Saw Rhys at home after school (on my own). We did the 'my map' exercise of safe "
            "and unsafe places. Town centre bus station is unsafe.",
            "15:45",
            "Home visit",
        ),
    )
    f.occ(
        "2025-02-25",
        "court-1",
        R(
            "pol",
            "TARROWFIELD YOUTH COURT - VANTERPOOL R - NOT GUILTY PLEAS ENTERED. TRIAL FIXED "
            "24/06/25. BAIL.",
            "",
            "Court",
        ),
        R(
            "yjs",
            "Youth court: first appearance, not guilty pleas (MSA s45 defence). Trial listed "
            "24/06/25. Bail with YJS support.",
            "10:00",
            "Court",
        ),
        R(
            "csc",
            "Rhys appeared at Tarrowfield Youth Court; pleaded not guilty; trial set for June.",
            "",
            "Court hearing",
        ),
    )
    f.occ(
        "2025-03-04",
        "mentor",
        R(
            "sch",
            "Rhys - mentoring session with Mr Quarshie 10:00. Talked about revision and college "
            "applications. Calm.",
            "10:00",
        ),
    )
    f.occ(
        "2025-03-04",
        "counsellor",
        R(
            "sch",
            "Amara - school counsellor 10:00 (weekly). Worried about her brother and about "
            "walking home.",
            "10:00",
        ),
    )
    f.occ(
        "2025-03-05",
        "joint-yjs-csc",
        R(
            "yjs",
            "Joint home visit with SW Lorna Pettifer. Rhys and mum seen. Safety plan updated: "
            "lifts to school, no bus station, phone checks agreed.",
            "14:00",
            "Joint visit",
        ),
        R(
            "yjs",
            "Joint HV with SW L Pettifer - Rhys & mum seen, safety plan updated (lifts to "
            "school, avoid bus station, phone checks).",
            "14:00",
            "Joint visit",
        ),
        R(
            "csc",
            "Joint visit with YJS case manager Aled Mostyn. Safety plan reviewed with Rhys and "
            "Sharnelle; Amara's plan also discussed.",
            "14:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-03-10",
        "yjs-call",
        R(
            "yjs",
            "Tel to mum to confirm Thursday's session - no answer, voicemail left.",
            "11:00",
            "Telephone",
        ),
    )
    f.occ(
        "2025-03-10",
        "yjs-callback",
        R(
            "yjs",
            "Mum rang back: Rhys has a CAMHS appointment Thursday so session moved to Friday.",
            "15:20",
            "Telephone",
        ),
    )
    f.occ(
        "2025-03-13",
        "camhs-assessment",
        R(
            "camhs",
            "Choice appointment (assessment) with Rhys and mum. Symptoms consistent with PTSD "
            "features: hypervigilance, nightmares. Low mood. No self-harm. Plan: trauma-focused "
            "work, to partnership list.",
            "14:00",
            "Assessment",
        ),
    )
    f.occ(
        "2025-03-21",
        "missing-4",
        R(
            "pol",
            "MISPER LOG 3387 21/03/25 2030. RHYS NOT RETURNED FROM COLLEGE OPEN EVENING. RISK "
            "HIGH. SALTMERE INFORMED.",
            "20:30",
            "Missing person",
            ref="LOG 3387 21/03/25",
        ),
    )
    f.occ(
        "2025-03-22",
        "found-4",
        R(
            "pol2",
            "OCC SC-25-030815. RHYS VANTERPOOL (15) TARROWFIELD MISPER LOCATED 1315 SALTMERE "
            "BAY RAILWAY STATION BY BTP/SC JOINT PATROL. ALONE, NO ITEMS. RETURNED BY TRAIN "
            "ESCORT.",
            "13:15",
            "Missing person located",
            ref="SC-25-030815",
        ),
        R(
            "pol",
            "LOG 3387: MISPER LOCATED 1315 22/03 AT SALTMERE BAY STATION BY SALTMERE OFFICERS. "
            "HOME 1720. S&W COMPLETED.",
            "",
            "Missing person found",
            ref="LOG 3387 21/03/25",
            shift="late",
        ),
    )
    f.occ(
        "2025-05-17",
        "stabbing",
        R(
            "amb",
            "Cat 2 upgraded Cat 1 22:36 - stabbing. On scene 22:44 Fenwick Park footpath, "
            "police on scene. 15yo M, single stab wound L posterior thigh, active bleeding "
            "controlled with haemostatic dressing and pressure. GCS 15. Pain score 9. "
            "Conveyed to Tarrowfield Royal ED, pre-alert.",
            "22:36",
            "Stabbing",
            ref="WV-250517-0931",
        ),
        R(
            "pol",
            "LOG 6620 17/05/25 2234. MALE STABBED FENWICK PARK FOOTPATH. OFFICERS AND AMB ON "
            "SCENE 2244. VICTIM RHYS VANTERPOOL (15) - STAB WOUND LEG. SCENE PRESERVED. "
            "SUSPECTS 2 MALES ON BIKES. CRIME S18 GBH (CR/25/31280).",
            "22:34",
            "Stabbing",
            ref="CR/25/31280",
        ),
    )
    f.occ(
        "2025-05-17",
        "ed",
        R(
            "ed",
            "23:05 Triage (major trauma call). 15M stab wound L post thigh ~3cm, bleeding "
            "controlled. HR 118 BP 104/62. Pain 9/10. Police present.",
            "23:05",
            "Triage",
        ),
        R(
            "ed",
            "23:50 Reg review: CT angio - no vascular injury, muscle involvement. Wound for "
            "washout in theatre. Safeguarding: known CCE, NRM, SW allocated - EDT informed. "
            "Referred paeds surgeons.",
            "23:50",
            "Medical review",
        ),
        R(
            "ed",
            "Left department 02:10 for Wren Ward under paediatric surgeons. Mum with him.",
            "02:10",
            "Transfer",
            shift="+1",
        ),
    )
    f.occ(
        "2025-05-18",
        "ward-admission",
        R(
            "ward",
            "Admitted to Wren Ward from ED 02:15 under Mr Achterberg (paed surgery). Analgesia, "
            "IV abx. Police officer outside bay overnight. NBM for theatre.",
            "02:15",
            "Admission",
        ),
        R(
            "csc",
            "Rhys was admitted to Wren Ward, Tarrowfield Royal in the early hours of Sunday "
            "after a stab wound to his leg in Fenwick Park on Saturday night.",
            "09:00",
            "Hospital admission",
            shift="late",
        ),
    )
    f.occ(
        "2025-05-18",
        "theatre",
        R(
            "ward",
            "Back from theatre 12:40: wound washout and delayed primary closure. Stable. Mum "
            "asking for transfer to another hospital 'so they can't find him'.",
            "12:40",
            "Post-op",
        ),
    )
    f.occ(
        "2025-05-19",
        "strategy-3",
        R(
            "csc",
            "Strategy discussion following the stabbing of Rhys. Chair: TM G Haldane. Police "
            "(DC Brannigan), YJS, Pathfinder, Wren Ward sister, school DSL. Rhys has told police "
            "nothing. Agreed: S47 enquiry (significant harm, risk of further attack), safety "
            "plan for discharge, family to be offered emergency relocation, MACE to review.",
            "14:00",
            "Strategy discussion",
            "S47",
        ),
        R(
            "pol",
            "STRAT DISC 19/05 1400 RE VICTIM R VANTERPOOL. ATTACK LINKED TO DEBT/LINE DISPUTE. "
            "OSMAN WARNING CONSIDERED.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "yjs",
            "Strategy meeting (hospital) - Rhys stabbed Saturday. Trial still 24/06.",
            "14:00",
            "Multi-agency meeting",
        ),
        R(
            "cet",
            "Strat re Rhys - stabbed. I will visit him on the ward tomorrow.",
            "14:00",
            "Strategy meeting",
        ),
        R(
            "ward",
            "Strategy meeting held in ward seminar room 14:00, Sr Amankwah attended for ward. "
            "Visiting restricted to mum and Amara.",
            "14:00",
            "Safeguarding meeting",
        ),
        R(
            "sch",
            "Strategy meeting at 2pm about Rhys, who was stabbed on Saturday. He will not be in "
            "for his GCSEs this week; exam board special consideration.",
            "14:00",
        ),
    )
    f.occ(
        "2025-05-19",
        "gp-notice",
        R(
            "gp",
            "Notification from Tarrowfield Royal paediatric liaison: Rhys attended ED 17/05 with "
            "stab wound L thigh, admitted Wren Ward. Safeguarding team involved. Filed, alert "
            "added.",
            "",
            "Correspondence",
        ),
    )
    f.occ(
        "2025-05-20",
        "suspect-arrest",
        R(
            "pol",
            "ARREST - JORDAN PIKE (19) AT 8 LOWDER ST TARROWFIELD 0605 ON SUSPICION S18 GBH "
            "(CR/25/31280). KNIFE RECOVERED.",
            "06:05",
            "Arrest",
            ref="CR/25/31280",
        ),
    )
    f.occ(
        "2025-05-21",
        "discharge-planning",
        R(
            "ward",
            "Discharge planning meeting on ward with SW, mum and Pathfinder: district nurse for "
            "dressings, crutches, safety plan; family to stay with maternal aunt in Dapplestone "
            "on discharge.",
            "11:00",
            "Discharge planning",
        ),
        R(
            "csc",
            "Discharge planning meeting on Wren Ward. Plan: Rhys and family to stay with "
            "maternal aunt (Claudette Vanterpool, Dapplestone) after discharge; dressings by "
            "district nurse.",
            "11:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-05-22",
        "discharge",
        R(
            "ward",
            "Discharged 15:30 with mum to aunt's address in Dapplestone. TTO analgesia, wound "
            "check by DN Monday.",
            "15:30",
            "Discharge",
        ),
        R(
            "csc",
            "Rhys discharged from Wren Ward this afternoon to his aunt's home in Dapplestone "
            "with his mother and Amara.",
            "",
            "Hospital discharge",
        ),
    )
    f.occ(
        "2025-06-20",
        "psr",
        R(
            "yjs",
            "Report for court (bail support update and AssetPlus summary) submitted to "
            "Tarrowfield Youth Court ahead of Tuesday's hearing; Rhys now says he will plead.",
            "",
            "Report",
        ),
    )
    f.occ(
        "2025-06-24",
        "court-2",
        R(
            "pol",
            "TARROWFIELD YOUTH COURT - VANTERPOOL R - GUILTY PLEA S139 ONLY. PWITS WITHDRAWN "
            "(CPS, S45 MSA). REFERRAL ORDER 9 MONTHS. KNIFE FORFEITED.",
            "",
            "Court result",
        ),
        R(
            "yjs",
            "Youth court: guilty plea to possession of a bladed article, PWITS withdrawn. "
            "Referral order 9 months. Panel to be arranged.",
            "10:00",
            "Court",
        ),
        R(
            "csc",
            "Court outcome: Rhys given a nine-month referral order for carrying the knife; the "
            "drugs charge was dropped.",
            "",
            "Court hearing",
            shift="month",
        ),
    )
    f.occ(
        "2025-07-15",
        "referral-order-panel",
        R(
            "yjs",
            "Initial referral order panel at YJS (Tarrowfield). Community panel members, Rhys, "
            "mum. Contract agreed: weekly sessions, knife crime programme, reparation.",
            "16:00",
            "Referral order panel",
        ),
        R(
            "csc",
            "I attended Rhys's first referral order panel; contract signed.",
            "16:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-09-23",
        "nrm-cg",
        R(
            "csc",
            "Positive conclusive grounds decision received from the Single Competent Authority "
            "(NRM-TAR-24-0387): Rhys is recognised as a victim of modern slavery (criminal "
            "exploitation).",
            "",
            "NRM decision",
            ref="NRM-TAR-24-0387",
        ),
    )

    # --- routine single entries ---------------------------------------------------------------
    for sheet, first, last, kind, text in (
        ("sch", "2024-09-16", "2024-10-03", "", "Rhys had a detention for lateness, attended."),
        (
            "sch",
            "2024-11-04",
            "2024-11-19",
            "",
            "Rhys on reduced timetable (9-1) from today; mentor session Tuesday.",
        ),
        (
            "sch",
            "2024-12-02",
            "2024-12-19",
            "",
            "Amara's form tutor check-in: she says things are calmer at home.",
        ),
        ("sch", "2025-02-03", "2025-02-14", "", "Rhys mock exams: sat English and maths."),
        ("sch", "2025-03-24", "2025-04-04", "", "Rhys bag search on arrival - nothing found."),
        (
            "csc",
            "2024-10-21",
            "2024-11-01",
            "Home visit",
            "Home visit: Rhys seen alone in his "
            "room; would not talk about Saltmere. Mum overwhelmed.",
        ),
        (
            "csc",
            "2024-12-16",
            "2025-01-10",
            "Supervision",
            "Supervision: CIN plan; consider ICPC if risk escalates.",
        ),
        (
            "csc",
            "2025-02-17",
            "2025-02-28",
            "Home visit",
            "Home visit: Rhys and Amara seen; Rhys revising for GCSEs.",
        ),
        (
            "csc",
            "2025-06-02",
            "2025-06-13",
            "Home visit",
            "Visit at aunt's address in Dapplestone: Rhys walking with one crutch.",
        ),
        (
            "yjs",
            "2024-12-02",
            "2024-12-20",
            "Session",
            "Voluntary session with Rhys: what carrying a knife does to your risk.",
        ),
        ("yjs", "2025-04-01", "2025-04-30", "Session", "Session: victim awareness, consequences."),
        (
            "yjs",
            "2025-07-21",
            "2025-08-29",
            "Session",
            "Referral order session 1: contract targets explained.",
        ),
        (
            "cet",
            "2024-11-06",
            "2024-11-19",
            "1:1",
            "1:1 with Rhys in town after his reduced-timetable morning: football, then debt.",
        ),
        (
            "cet",
            "2025-01-06",
            "2025-01-14",
            "1:1",
            "1:1 at school: Rhys says he has blocked the line numbers.",
        ),
        (
            "cet",
            "2025-04-07",
            "2025-05-09",
            "1:1",
            "1:1: boxing club taster session - he enjoyed it.",
        ),
        (
            "camhs",
            "2025-04-07",
            "2025-05-09",
            "Treatment",
            "Session 2 trauma-focused CBT: psychoeducation, grounding.",
        ),
        (
            "camhs",
            "2025-06-30",
            "2025-07-25",
            "Treatment",
            "Session: sleep improving, hypervigilance after stabbing.",
        ),
        (
            "gp",
            "2024-09-02",
            "2024-09-20",
            "Consultation",
            "S: Amara, sore throat. O: tonsils mildly inflamed. A: viral. P: self-care.",
        ),
        (
            "gp",
            "2025-06-02",
            "2025-06-13",
            "Consultation",
            "S: Rhys wound check (DN request). O: healing well. A: post-op. P: DN to continue.",
        ),
        (
            "rhi",
            "2024-10-17",
            "2024-10-24",
            "Telephone",
            "Follow-up call to mum after the RHI; she had no further concerns this week.",
        ),
    ):
        f.fill(sheet, first, last, [(kind, text)], timed=sheet != "sch")
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Ardleigh family, Kestlebury. Poppy Ardleigh (b. 05/11/2018) has spastic
# quadriplegic cerebral palsy (GMFCS IV), epilepsy on levetiracetam and a gastrostomy; she
# attends Larchwood Special School. She lives with her mother Gemma Ardleigh (b. 1989; bipolar
# affective disorder, on lithium, Kestlebury North CMHT) and brother Alfie (b. 2015) at 6 Thimble
# Lane, Kestlebury QK5 1PE; registered at Meadowsweet Surgery. Maternal aunt Donna Beeching,
# 21 Osier Way, Kestlebury. Missed clinics, X-rays, seating reviews and a button change, an
# outgrown wheelchair, medicine not collected, respite at St Brannock's Children's Hospice,
# the mother's manic relapse and admission, a prolonged seizure (ED, then the paediatric
# ward), a child protection plan and pre-proceedings.
# --------------------------------------------------------------------------------------------


def _ardleigh() -> BlindCase:
    f = Family(
        "ardleigh",
        1503,
        {
            "sch": Sheet(
                SCHOOL,
                "larchwood_school_safeguarding_log.xlsx",
                "Safeguarding",
                (("2024-01-01", "Ms P Venning (DSL)"),),
                typed=False,
            ),
            "paeds": Sheet(
                PAEDS,
                "kestlebury_cdc_community_paediatrics.xlsx",
                "Neurodisability",
                (("2024-01-01", "Dr M Ostrowska (consultant community paediatrician)"),),
            ),
            "wc": Sheet(
                WHEELCHAIR,
                "kestlebury_wealdon_wheelchair_service.xlsx",
                "Episodes",
                (("2024-01-01", "Rehab engineer T Kowalczyk"),),
            ),
            "hosp": Sheet(
                HOSPICE,
                "st_brannocks_childrens_hospice.xlsx",
                "Care notes",
                (("2024-01-01", "Sally Penhallow (family support nurse)"),),
            ),
            "ther": Sheet(
                THERAPIES,
                "kestlebury_childrens_therapies.xlsx",
                "Physio & OT",
                (("2024-01-01", "Kath Lomax (paediatric physiotherapist)"),),
            ),
            "gp": Sheet(
                GP,
                "meadowsweet_surgery_chronology.xlsx",
                "Chronology",
                (("2024-01-01", "Dr S Pemberton-Oyelaran"),),
            ),
            "cmht": Sheet(
                CMHT,
                "kestlebury_north_cmht_return.xlsx",
                "Adult MH",
                (("2024-01-01", "Graham Tully (care coordinator)"),),
            ),
            "csc": Sheet(
                CSC,
                "kestlebury_csc_chronology.xlsx",
                "Disabled Children's Team",
                (("2024-01-01", "Front door (A Ruddock)"), ("2024-11-29", "Imogen Flint SW")),
            ),
            "ed": Sheet(
                ED,
                "kestlebury_general_ed.xlsx",
                "Paeds ED",
                (("2024-01-01", "Dr K Bamgbose (ED registrar)"),),
            ),
            "ward": Sheet(
                PAED_WARD,
                "kestlebury_general_puffin_ward.xlsx",
                "Puffin Ward",
                (("2024-01-01", "Sr A Fairweather"),),
            ),
            "ccn": Sheet(
                CCN,
                "kestlebury_ccn_team.xlsx",
                "CCN",
                (("2024-01-01", "Rachel Dunkerley (CCN)"),),
            ),
            "pol": Sheet(
                POLICE,
                "wealdon_police_chronology.xlsx",
                "Niche extract",
                (("2024-01-01", "PC 2871 Hanlon"),),
            ),
        },
    )

    # --- autumn 2024: missed care ----------------------------------------------------------------
    f.occ(
        "2024-10-08",
        "paeds-wnb-1",
        R(
            "paeds",
            "Neurodisability clinic: Poppy was not brought (second consecutive). No contact "
            "from mother. Per Was Not Brought policy one further appointment will be offered "
            "and GP informed.",
            "14:00",
            "Was not brought",
        ),
    )
    f.occ(
        "2024-10-09",
        "paeds-letter-gp",
        R(
            "paeds",
            "Letter to GP and mother: Poppy not brought to clinic 08/10 (2nd WNB). Overdue hip "
            "surveillance X-ray and AFO review. New appointment 26/11.",
            "",
            "Letter",
        ),
        R(
            "gp",
            "Letter filed - Dr Ostrowska, Kestlebury CDC: Poppy WNB 08/10/24 (2nd), hip X-ray "
            "overdue, reappointed 26/11. Coded 'child not brought'.",
            "",
            "Letter received",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-15",
        "wc-dna",
        R(
            "wc",
            "Seating review at Kestlebury Wheelchair Centre - not attended. Referral from school "
            "physio says current Kudu tilt-in-space (issued 06/2021) outgrown, lateral supports "
            "not reaching, harness frayed.",
            "10:30",
            "DNA",
        ),
    )
    f.occ(
        "2024-10-16",
        "wc-call",
        R(
            "wc",
            "Phoned mum (Gemma) to rebook - no answer, message left on mobile.",
            "09:50",
            "Telephone",
        ),
    )
    f.occ(
        "2024-10-17",
        "wc-callback",
        R(
            "wc",
            "Gemma returned call. Said she 'can't manage getting Poppy across town'. Agreed to "
            "assess at Larchwood School 05/11 with the school physio.",
            "13:15",
            "Telephone",
        ),
    )
    f.occ(
        "2024-10-21",
        "no-afos",
        R(
            "sch",
            "Poppy arrived on the school bus without her AFOs again (4th time this half term) "
            "and the chest harness on her chair is frayed and held with a hair bobble. The red "
            "mark on her left hip is back. I have photographed it and told mum by text.",
            "09:15",
        ),
        R(
            "sch",
            "Poppy came on the bus without her AFOs again (4th time this half term); chest "
            "harness frayed, tied with a hair bobble. Red mark on L hip is back - photographed, "
            "mum texted.",
            "09:15",
        ),
    )
    f.occ(
        "2024-10-22",
        "school-email-ccn",
        R(
            "sch",
            "I emailed the children's community nurses: Poppy's gastrostomy button is overdue "
            "for change (the class nurse says it's loose and leaking) and mum has not replied "
            "to our messages.",
            "11:30",
        ),
        R(
            "ccn",
            "Email received from Larchwood DSL: Poppy's Mic-Key button overdue change, loose "
            "and leaking at school. Home visit booked 29/10.",
            "",
            "Email",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-29",
        "ccn-no-access",
        R(
            "ccn",
            "Home visit for button change - no access at 6 Thimble Lane. Car on drive, TV on, "
            "no answer. Card left; texted Gemma.",
            "10:00",
            "Home visit",
            "No access",
        ),
    )
    f.occ(
        "2024-11-05",
        "seating-joint",
        R(
            "wc",
            "Seating assessment at Larchwood School, joint with Kath Lomax (physio). Poppy "
            "measured: hip width and seat depth outgrown by 4cm; pressure mark L greater "
            "trochanter from lateral. New chair to be prescribed; interim adjustments made.",
            "10:00",
            "Assessment",
        ),
        R(
            "ther",
            "Joint seating assessment with wheelchair service (T Kowalczyk) at school. Standing "
            "frame not used at home per mum's text; AFOs too small - recast needed.",
            "10:00",
            "Joint assessment",
        ),
        R(
            "sch",
            "The wheelchair service came in this morning with Kath (physio) to measure Poppy for "
            "a new chair. Mum was invited but did not come.",
            "10:00",
        ),
    )
    f.occ(
        "2024-11-05",
        "button-change",
        R(
            "ccn",
            "Gastrostomy button (12Fr 1.5cm) changed in Larchwood medical room with class nurse "
            "present. Stoma slightly granulated. Consent from mum by phone.",
            "13:30",
            "Procedure",
        ),
        R(
            "sch",
            "Rachel from the community nurses changed Poppy's tummy button in the medical room "
            "after lunch. Mum gave consent by phone.",
            "13:30",
        ),
    )
    f.occ(
        "2024-11-12",
        "respite-1",
        R(
            "hosp",
            "Planned respite admission (3 nights). Poppy collected from Larchwood on our "
            "minibus. Arrived with only two days of levetiracetam and no spare extension set; "
            "feed pump charger missing.",
            "15:30",
            "Respite admission",
        ),
        R(
            "sch",
            "Poppy went from school to St Brannock's on the hospice minibus for her respite stay.",
            "15:15",
        ),
    )
    f.occ(
        "2024-11-12",
        "hospice-gp-call",
        R(
            "hosp",
            "I rang Meadowsweet Surgery: need levetiracetam to cover the stay - only 2 days "
            "sent in. Dr agreed urgent script to our pharmacy.",
            "16:40",
            "Telephone",
        ),
        R(
            "gp",
            "Tel from St Brannock's nurse: Poppy in respite with insufficient levetiracetam. "
            "Last repeat issued 6 weeks ago (28-day supply). Urgent script sent. Review "
            "compliance.",
            "16:45",
            "Telephone",
        ),
    )
    f.occ(
        "2024-11-15",
        "respite-1-end",
        R(
            "hosp",
            "Discharged home from respite with Gemma. Pressure area L hip cared for with "
            "repositioning; looks better. Gemma seemed 'speedy' and talkative - shared with "
            "our social worker.",
            "14:00",
            "Respite discharge",
        ),
    )
    f.occ(
        "2024-11-19",
        "cpa-review",
        R(
            "cmht",
            "CPA review: Gemma (BPAD). Lithium level not done since July - bloods requested. "
            "Sleep reduced, spending more. Says coping with Poppy's care 'most days'. Crisis "
            "plan updated; children's needs discussed - consent to share with Poppy's services.",
            "11:00",
            "CPA review",
        ),
    )
    f.occ(
        "2024-11-26",
        "paeds-clinic",
        R(
            "paeds",
            "Clinic (brought by Gemma). Weight 14.2kg, dropped below 0.4th centile. Hip "
            "surveillance X-ray 12 months overdue. AFOs outgrown, standing frame unused, "
            "several seating appointments missed, medicines gaps. Mother pressured speech. "
            "Discussed with named doctor: concerns of medical neglect - referral to CSC.",
            "14:15",
            "Clinic",
        ),
    )
    f.occ(
        "2024-11-28",
        "paeds-referral",
        R(
            "paeds",
            "Safeguarding referral to Kestlebury children's front door (online form and phone "
            "call): medical neglect of a disabled child - missed care, weight loss, equipment, "
            "medicines; maternal mental illness.",
            "10:30",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Contact from Dr Ostrowska, community paediatrician: Poppy (6, cerebral palsy, "
            "epilepsy, gastrostomy) repeatedly not brought to clinics, hip X-ray over a year "
            "late, weight falling, wheelchair outgrown, medication running out; mother has "
            "bipolar disorder and appeared unwell in clinic. Consent obtained.",
            "10:45",
            "Contact",
        ),
    )
    f.occ(
        "2024-11-29",
        "screening",
        R(
            "csc",
            "Front door screening decision: to the Disabled Children's Team for a child and "
            "family assessment (section 17), with a view to strategy discussion if concerns "
            "escalate. Allocated to Imogen Flint.",
            "15:00",
            "Screening decision",
        ),
    )
    f.occ(
        "2024-12-03",
        "xray-wnb",
        R(
            "paeds",
            "Radiology: Poppy not brought for hip surveillance X-ray today. Rebooked; SW informed.",
            "",
            "Was not brought",
        ),
    )
    f.occ(
        "2024-12-05",
        "csc-assessment-visit",
        R(
            "csc",
            "Assessment home visit. Poppy seen in her chair in the lounge; pressure mark on "
            "left hip; feed pump alarm ignored while I was there. Gemma talked very fast, said "
            "she had not slept for days and was planning to 'start a charity'. Alfie seen "
            "after school. House cluttered, fridge nearly empty.",
            "15:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-12-14",
        "welfare-check",
        R(
            "pol",
            "OCC WP-24-220871 14/12/24 0233. CONCERN FOR WELFARE - NEIGHBOUR REPORTS FEMALE "
            "SHOUTING IN STREET AT 6 THIMBLE LANE. OFFICERS ATTENDED 0248. GEMMA ARDLEIGH "
            "ELATED, PRESSURED SPEECH, NOT SLEPT 4 DAYS, TALKING ABOUT 'SIGNS'. POPPY (6, "
            "DISABLED) IN BED, FEED PUMP RUNNING, DRY. ALFIE (9) AWAKE, UPSET. NO OFFENCES.",
            "02:33",
            "Concern for welfare",
            ref="WP-24-220871",
        ),
    )
    f.occ(
        "2024-12-14",
        "crisis-referral",
        R(
            "pol",
            "MH TRIAGE: REFERRAL TO CRISIS TEAM BY PHONE 0305. CRISIS TO CALL GEMMA AT 0900. "
            "MATERNAL AUNT DONNA BEECHING ATTENDED 0340 TO STAY.",
            "03:05",
            "Referral",
            ref="WP-24-220871",
        ),
        R(
            "cmht",
            "Crisis team: telephone referral from PC Hanlon 03:05 - Gemma elated, not slept 4 "
            "days, children at home, sister now present. Plan: phone assessment 09:00, home "
            "visit today.",
            "03:10",
            "Crisis referral",
        ),
    )
    f.occ(
        "2024-12-15",
        "ppn",
        R(
            "pol",
            "PPN (ADULT MH / CHILD CONCERN) SUBMITTED TO KESTLEBURY FRONT DOOR RE WP-24-220871.",
            "12:00",
            "PPN",
        ),
        R(
            "csc",
            "Police notification received re Saturday's early-hours welfare check at Thimble "
            "Lane: mother elated and not sleeping, crisis team involved, aunt staying.",
            "08:40",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-16",
        "strategy-decision",
        R(
            "csc",
            "Management decision on the police notification and the open assessment: "
            "threshold for strategy discussion met (medical neglect plus acute maternal "
            "relapse). Strategy discussion set for tomorrow 11:00.",
            "14:20",
            "Management decision",
        ),
    )
    f.occ(
        "2024-12-17",
        "gp-email-strategy",
        R(
            "gp",
            "Email to CSC for strategy discussion: Poppy - repeat levetiracetam ordered "
            "irregularly (gaps of 10-14 days x3 this year), 2 WNB paeds; Gemma - lithium level "
            "overdue, seen 11/12 elated. Unable to attend.",
            "08:50",
            "Email",
        ),
    )
    f.occ(
        "2024-12-17",
        "strategy",
        R(
            "csc",
            "Strategy discussion (Poppy and Alfie). Chair: TM R Greatorex. Police (PC Hanlon), "
            "Dr Ostrowska, Larchwood DSL, CMHT care coordinator; GP information by email. "
            "Agreed: section 47 enquiry for Poppy (medical neglect) and Alfie; Gemma likely to "
            "need admission; Poppy to St Brannock's for emergency respite and Alfie to aunt "
            "Donna if so.",
            "11:00",
            "Strategy discussion",
            "S47 - both children",
        ),
        R(
            "pol",
            "STRAT DISC 17/12 1100 - ARDLEIGH CHILDREN. S47 SINGLE AGENCY CSC. NO CRIMINAL "
            "INVESTIGATION AT PRESENT.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "paeds",
            "Strategy meeting (Teams): I gave the medical history and neglect concerns. S47 "
            "agreed. Child protection medical not needed; growth and hip X-ray urgent.",
            "11:00",
            "Strategy meeting",
        ),
        R(
            "sch",
            "I was in the strategy meeting at 11 about Poppy (and her brother, who goes to "
            "Hollins Lane). S47. Poppy may go to St Brannock's.",
            "11:00",
        ),
        R(
            "cmht",
            "Strategy meeting re Gemma's children - attended for CMHT. Gemma to be offered "
            "informal admission.",
            "",
            "Multi-agency meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2024-12-18",
        "mother-admitted",
        R(
            "cmht",
            "Gemma admitted informally to Heron Ward, Kestlebury Mental Health Unit, 13:00 - "
            "manic relapse (BPAD). Lithium level subtherapeutic.",
            "13:00",
            "Admission",
        ),
        R(
            "csc",
            "Gemma admitted informally to Heron Ward (Kestlebury Mental Health Unit) today.",
            "13:30",
            "Parent admitted to hospital",
        ),
    )
    f.occ(
        "2024-12-18",
        "poppy-hospice",
        R(
            "hosp",
            "Emergency respite admission at CSC's request while mum in hospital. Poppy came "
            "from school on our minibus. Only 3 days of medicines and an old extension set.",
            "15:40",
            "Emergency admission",
        ),
        R(
            "csc",
            "Poppy placed at St Brannock's Children's Hospice for emergency respite (with "
            "Gemma's agreement) from this afternoon.",
            "15:45",
            "Placement",
        ),
        R(
            "sch",
            "Poppy went to St Brannock's from school today instead of home, mum is in hospital.",
            "15:30",
        ),
    )
    f.occ(
        "2024-12-18",
        "alfie-aunt",
        R(
            "csc",
            "Alfie to stay with his maternal aunt Donna Beeching, 21 Osier Way, under a family "
            "arrangement while Gemma is in hospital. Checks completed.",
            "17:00",
            "Placement",
        ),
    )
    f.occ(
        "2024-12-23",
        "poppy-to-aunt",
        R(
            "hosp",
            "Discharged from emergency stay to aunt Donna Beeching's home (21 Osier Way) for "
            "Christmas. Donna trained in feeds, meds and seizure plan by our nurses.",
            "11:00",
            "Discharge",
        ),
        R(
            "csc",
            "Poppy moved from St Brannock's to her aunt Donna's home at 21 Osier Way to join "
            "Alfie; CCN to visit.",
            "12:00",
            "Change of placement",
        ),
    )
    f.occ(
        "2025-01-06",
        "gp-icpc-report",
        R(
            "gp",
            "GP report for initial child protection conference (Poppy and Alfie) sent to "
            "conference team.",
            "",
            "Report",
        ),
    )
    f.occ(
        "2025-01-09",
        "icpc",
        R(
            "csc",
            "Initial child protection conference (Poppy and Alfie). Chair: IRO M Lazenby. Gemma "
            "attended from Heron Ward with her care coordinator. Poppy: CP plan, category "
            "neglect (medical). Alfie: CP plan, neglect. Children to remain with aunt until "
            "Gemma is discharged; return home with a support package.",
            "10:00",
            "ICPC",
            "CP plans - neglect",
        ),
        R(
            "paeds",
            "ICPC attended: CP plan for Poppy (neglect). I will coordinate a single health "
            "plan and hold a health professionals' list.",
            "10:30",
            "Conference",
        ),
        R(
            "sch",
            "I went to the ICPC at Kestlebury House. Poppy and Alfie are on child protection "
            "plans. I am in the core group.",
            "10:00",
        ),
        R(
            "hosp",
            "Child protection conference for Poppy - we gave a written and verbal update on "
            "both stays.",
            "",
            "Meeting",
            shift="month",
        ),
        R(
            "cmht",
            "Accompanied Gemma to the children's ICPC from Heron Ward (escorted leave). CP "
            "plans. Gemma tearful but accepted.",
            "10:00",
            "Multi-agency meeting",
        ),
        R(
            "ther",
            "ICPC - sent report and attended for first half. Physio plan: AFO recast, standing "
            "frame daily, 24-hour postural care.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-01-17",
        "mother-discharged",
        R(
            "cmht",
            "Gemma discharged from Heron Ward to home. Lithium level 0.7. Home treatment team "
            "for 2 weeks then CMHT. Crisis plan shared with children's SW.",
            "12:00",
            "Discharge",
        ),
        R(
            "csc",
            "Gemma discharged home from Heron Ward today; home treatment team involved.",
            "16:00",
            "Parent discharged",
        ),
    )
    f.occ(
        "2025-01-20",
        "children-home",
        R(
            "csc",
            "Poppy and Alfie returned home to Gemma at 6 Thimble Lane from aunt Donna's, with "
            "a support package: care agency tea-time calls, CCN weekly, Donna daily.",
            "17:30",
            "Return home",
        ),
        R(
            "sch",
            "Poppy went home to mum's (6 Thimble Lane) yesterday after school, back from her "
            "aunt's. Transport address changed back.",
            "",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-23",
        "core-group-1",
        R(
            "csc",
            "First core group (Poppy and Alfie) at Larchwood. Medication now in dosette/blister "
            "packs from pharmacy; CCN weekly; wheelchair due Feb.",
            "13:30",
            "Core group",
        ),
        R(
            "sch",
            "Core group here at 1.30. AFOs now coming in every day.",
            "13:30",
        ),
        R(
            "ccn",
            "Core group - CCN update: weight 14.0kg, stoma healthy, feeds recorded by Gemma.",
            "13:30",
            "Core group",
        ),
        R(
            "ther",
            "CG meeting at school - AFO recast done, standing frame at home not yet set up.",
            "13:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-05",
        "repeat-not-collected",
        R(
            "gp",
            "Pharmacy (Thimble Lane Pharmacy) reports Poppy's blister pack not collected since "
            "29/01. Tel to Gemma - no answer. Task to SW.",
            "15:20",
            "Medication",
        ),
    )
    f.occ(
        "2025-02-08",
        "ed",
        R(
            "ed",
            "10:42 Triage: 6F, CP (GMFCS IV), epilepsy on levetiracetam. BIBA, seizure at home "
            "~25 min, buccal midaz x1 by crew 10:20, still fitting. Resus.",
            "10:42",
            "Triage",
        ),
        R(
            "ed",
            "11:30 Reg review: seizure terminated with IV lorazepam 10:55. Mum reports "
            "levetiracetam ran out Thurs, blister pack not collected. Wt 13.6kg (<0.4th). "
            "Pressure area L hip grade 2. CP plan in place - safeguarding referral, EDT "
            "informed.",
            "11:30",
            "Review",
        ),
        R(
            "ed",
            "13:55 Decision to admit: Puffin ward for obs, IV levetiracetam load, dietetic "
            "review. Handed over to paeds team.",
            "13:55",
            "Disposal",
        ),
    )
    f.occ(
        "2025-02-08",
        "ward-admission",
        R(
            "ward",
            "Admitted to Puffin Ward 14:20 from ED post prolonged seizure (status). Neuro obs "
            "hourly. Loading dose levetiracetam given. Pressure area care plan. Mum went home "
            "16:00 to Alfie.",
            "14:20",
            "Admission",
        ),
        R(
            "csc",
            "EDT: Poppy admitted to Puffin Ward, Kestlebury General this afternoon after a "
            "prolonged seizure at home; her epilepsy medication had run out.",
            "17:10",
            "EDT",
        ),
    )
    f.occ(
        "2025-02-10",
        "gp-notice",
        R(
            "gp",
            "Paediatric liaison notification: Poppy attended KGH ED 08/02/25 prolonged "
            "seizure, admitted Puffin ward. Meds ran out. Filed; SW aware.",
            "",
            "Correspondence",
        ),
    )
    f.occ(
        "2025-02-12",
        "discharge-planning",
        R(
            "ward",
            "Discharge planning meeting on Puffin: SW, CCN, Dr Ostrowska, Gemma. Meds to be "
            "delivered by pharmacy weekly; CCN to check blister packs; dietitian plan.",
            "14:00",
            "Discharge planning meeting",
        ),
        R(
            "csc",
            "Hospital discharge planning meeting on Puffin Ward. Agreed pharmacy delivery of "
            "medicines and CCN checks; Donna to help.",
            "14:00",
            "Meeting",
        ),
        R(
            "ccn",
            "Discharge planning mtg on ward - CCN to check blister pack twice weekly.",
            "14:00",
            "Meeting",
        ),
        R(
            "paeds",
            "Discharge planning meeting on Puffin Ward with SW and CCN; single health plan "
            "updated.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-02-13",
        "ward-discharge",
        R(
            "ward",
            "Discharged home 12:30 with mum. TTOs: levetiracetam, weekly pharmacy delivery "
            "arranged. Wt 13.9kg.",
            "12:30",
            "Discharge",
        ),
        R(
            "csc",
            "Poppy discharged home from Puffin Ward today with Gemma.",
            "",
            "Hospital discharge",
        ),
    )
    f.occ(
        "2025-02-25",
        "wc-handover-na",
        R(
            "wc",
            "Home handover of new Zippie tilt-in-space chair at 6 Thimble Lane - no access. "
            "Chair returned to store. Will try at school.",
            "10:00",
            "Handover",
            "No access",
        ),
    )
    f.occ(
        "2025-02-27",
        "core-group-2",
        R(
            "csc",
            "Core group. No missed medicines since discharge (pharmacy delivery). Wheelchair "
            "handover at home missed; to be done at school.",
            "13:30",
            "Core group",
        ),
        R(
            "sch",
            "Core group at 1.30: wheelchair will be fitted at school next week.",
            "13:30",
        ),
        R(
            "cmht",
            "Core group (children) - CMHT update: Gemma stable on lithium, weekly contact.",
            "",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-03-06",
        "wc-handover",
        R(
            "wc",
            "Handover of Zippie tilt-in-space chair at Larchwood School, fitted and set up; "
            "school staff and physio shown tilt and harness. Mum did not attend.",
            "11:00",
            "Handover",
            shift="swap",
        ),
        R(
            "sch",
            "Poppy's new wheelchair arrived today - the wheelchair service fitted it here. She "
            "looks so much more comfortable.",
            "11:00",
        ),
    )
    f.occ(
        "2025-03-11",
        "hip-xray",
        R(
            "paeds",
            "Hip surveillance X-ray done: migration L 38%, R 22%. Refer to orthopaedics; "
            "postural care to continue.",
            "",
            "Investigation",
        ),
    )
    f.occ(
        "2025-03-18",
        "gp-poppy",
        R(
            "gp",
            "S: Poppy (with mum) medication review. O: wt 14.3kg, chest clear. A: epilepsy "
            "controlled since Feb. P: continue levetiracetam, weekly delivery.",
            "09:10",
            "Consultation",
        ),
    )
    f.occ(
        "2025-03-18",
        "gp-alfie",
        R(
            "gp",
            "S: Alfie asthma review. O: PEFR 85% predicted. A: asthma controlled. P: continue "
            "inhalers, review 12m.",
            "09:20",
            "Consultation",
        ),
    )
    f.occ(
        "2025-03-19",
        "hospice-call",
        R(
            "hosp",
            "Rang Gemma to book Easter respite - no answer, voicemail.",
            "10:00",
            "Telephone",
        ),
    )
    f.occ(
        "2025-03-19",
        "hospice-callback",
        R(
            "hosp",
            "Gemma rang back; respite booked 10-13 June instead (she wants Poppy home at Easter).",
            "14:30",
            "Telephone",
        ),
    )
    f.occ(
        "2025-04-02",
        "ehcp-review",
        R(
            "sch",
            "I chaired Poppy's EHCP annual review. Mum came. Physio and SW here. Outcomes "
            "rewritten for standing and communication aid.",
            "09:30",
        ),
        R(
            "ther",
            "EHCP annual review at Larchwood - therapy outcomes updated.",
            "09:30",
            "Annual review",
            shift="month",
        ),
        R(
            "csc",
            "Attended Poppy's EHCP annual review at school with Gemma.",
            "09:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-04-03",
        "rcpc",
        R(
            "csc",
            "Review child protection conference. Medicines delivered and given, clinics "
            "attended since January, new chair. Concern remains about sustainability and "
            "about Gemma's engagement when unwell. Decision: CP plans continue; legal "
            "planning meeting to be sought.",
            "10:00",
            "RCPC",
            "CP plans continue",
        ),
        R(
            "paeds",
            "RCPC: CP plan continues; I reported weight gain and the X-ray result.",
            "10:00",
            "Conference",
        ),
        R(
            "sch",
            "Review conference at 10. Plans continue. Attendance 94%.",
            "10:00",
        ),
        R(
            "cmht",
            "RCPC for Gemma's children - CMHT update given. Plans continue.",
            "10:00",
            "Multi-agency meeting",
        ),
        R(
            "hosp",
            "Review conference - St Brannock's report submitted and nurse attended.",
            "10:15",
            "Meeting",
        ),
    )
    f.occ(
        "2025-05-14",
        "legal-planning",
        R(
            "csc",
            "Legal planning meeting: grounds for pre-proceedings (PLO) agreed given the pattern "
            "of medical neglect when Gemma is unwell. Letter before proceedings to be sent.",
            "14:00",
            "Legal planning meeting",
        ),
    )
    f.occ(
        "2025-05-16",
        "lbp",
        R(
            "csc",
            "Letter before proceedings sent to Gemma by recorded delivery and by hand, "
            "inviting her to a PLO meeting on 28/05 with her solicitor.",
            "",
            "Letter",
        ),
    )
    f.occ(
        "2025-05-28",
        "plo-meeting",
        R(
            "csc",
            "PLO meeting at Kestlebury House. Gemma with solicitor (Brackley & Co). Written "
            "agreement: relapse signature plan, pharmacy delivery, clinic attendance, aunt "
            "as back-up carer. Review in 12 weeks.",
            "10:30",
            "PLO meeting",
        ),
        R(
            "cmht",
            "Attended PLO meeting with Gemma (at her request); relapse signature plan shared.",
            "10:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-06-10",
        "respite-2",
        R(
            "hosp",
            "Planned respite admission (10-13 June). Poppy arrived with full blister packs, "
            "spare button kit and pump charger. Skin intact.",
            "15:30",
            "Respite admission",
        ),
    )
    f.occ(
        "2025-07-03",
        "rcpc-2",
        R(
            "csc",
            "Second review child protection conference. Sustained progress for six months. "
            "Decision: CP plans end; step down to child in need; PLO continues to review.",
            "10:00",
            "RCPC",
            "CP plans ended - CIN",
        ),
        R(
            "sch",
            "Review conference: plans ended, now child in need.",
            "",
        ),
        R(
            "paeds",
            "RCPC - CP plan ended. Health plan continues under CIN.",
            "10:00",
            "Conference",
        ),
    )
    f.occ(
        "2025-09-18",
        "cin-1",
        R(
            "csc",
            "Child in need meeting at Larchwood. Orthopaedic appointment attended; PLO review "
            "positive, to close pre-proceedings.",
            "13:30",
            "CIN meeting",
        ),
        R(
            "sch",
            "CIN meeting at 1.30. All going well; Poppy standing in her frame daily at school.",
            "13:30",
        ),
    )

    f.occ(
        "2025-10-14",
        "csc-closure",
        R(
            "csc",
            "Case closed to the Disabled Children's Team social work service: pre-proceedings "
            "ended, CIN plan outcomes met. Step down to short breaks review and Early Help "
            "key worker.",
            "",
            "Case closure",
        ),
    )
    f.occ(
        "2025-10-28",
        "respite-3",
        R(
            "hosp",
            "Planned half-term respite admission (28-30 Oct). All medicines, AFOs and new "
            "chair came with Poppy. Gemma well.",
            "15:00",
            "Respite admission",
        ),
    )

    # --- routine single entries ---------------------------------------------------------------
    for sheet, first, last, kind, text in (
        (
            "sch",
            "2024-09-09",
            "2024-10-03",
            "",
            "Poppy had a settled week; enjoyed sensory room. Communication book sent home.",
        ),
        (
            "sch",
            "2025-01-27",
            "2025-02-14",
            "",
            "Poppy's AFOs came in all week. Well done to mum (said in the home-school book).",
        ),
        (
            "sch",
            "2025-05-06",
            "2025-05-23",
            "",
            "Poppy used her eye-gaze board to say 'more' at snack time.",
        ),
        (
            "ther",
            "2024-09-09",
            "2024-10-04",
            "Treatment",
            "Physio in school: passive stretches, standing frame 20 min.",
        ),
        (
            "ther",
            "2025-04-22",
            "2025-05-09",
            "Treatment",
            "OT home visit: bath seat and hoist sling checked; standing frame set up at home.",
        ),
        (
            "ther",
            "2025-06-16",
            "2025-07-18",
            "Treatment",
            "Physio in school: standing frame 30 min tolerated.",
        ),
        (
            "ccn",
            "2025-03-03",
            "2025-03-28",
            "Home visit",
            "Home visit: blister pack checked, all doses given. Stoma healthy.",
        ),
        (
            "ccn",
            "2025-05-06",
            "2025-05-30",
            "Home visit",
            "Home visit: button change due in June booked; weight 14.6kg.",
        ),
        (
            "cmht",
            "2024-10-07",
            "2024-10-31",
            "Outpatient",
            "Care coordinator visit: Gemma reports stress about Poppy's appointments.",
        ),
        (
            "cmht",
            "2025-03-03",
            "2025-03-28",
            "Outpatient",
            "Care coordinator visit: Gemma stable, lithium level 0.8.",
        ),
        (
            "cmht",
            "2025-06-16",
            "2025-07-25",
            "Outpatient",
            "Psychiatry outpatient: stable; continue lithium.",
        ),
        (
            "hosp",
            "2024-10-01",
            "2024-10-31",
            "Telephone",
            "Family support call: Gemma says she is tired; respite dates offered.",
        ),
        (
            "hosp",
            "2025-07-21",
            "2025-08-29",
            "Activity",
            "Family fun day: Poppy and Alfie attended with Gemma and Donna.",
        ),
        (
            "csc",
            "2025-01-27",
            "2025-02-05",
            "Home visit",
            "Statutory visit: Poppy and Alfie seen; blister pack on kitchen side.",
        ),
        (
            "csc",
            "2025-03-24",
            "2025-04-01",
            "Home visit",
            "Statutory visit: new chair in use; Gemma calm and organised.",
        ),
        (
            "csc",
            "2025-08-04",
            "2025-08-29",
            "Home visit",
            "CIN visit: summer holiday going well; Poppy seen in her new chair.",
        ),
        (
            "paeds",
            "2025-06-02",
            "2025-06-27",
            "Letter",
            "Clinic letter to GP: weight 14.9kg, seizure-free, hip migration stable.",
        ),
        (
            "gp",
            "2024-10-14",
            "2024-11-08",
            "Consultation",
            "S: Gemma, lithium review overdue. O: BP normal. A: BPAD. P: bloods - not attended.",
        ),
    ):
        f.fill(sheet, first, last, [(kind, text)], timed=sheet != "sch")
    return f.case()


def blind_dedup_cases_15() -> list[BlindCase]:
    """The fifteenth blind set's families, in the order they were written."""
    return [_tamsett(), _vanterpool(), _ardleigh()]


if __name__ == "__main__":
    summary(blind_dedup_cases_15)
