"""A fourteenth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 105-130 chronology rows from ten to twelve services over
fourteen to seventeen months: a two-year-old boy with a skull fracture after a "fall from the sofa"
and healing rib fractures found on the skeletal survey (a nineteen-year-old mother and her new
partner; a family nurse, then health visiting; an ED attendance with a forehead bruise six months
before; a nursery that logged a bruise and pain on lifting; emergency duty team, two strategy
discussions on consecutive days, a child protection medical, both adults arrested and bailed,
discharge to the maternal grandmother under a safety plan, a family group conference, ICPC, core
groups, a parenting assessment, an RCPC, the mother's NFA and the partner charged and remanded, the
child's return home); a nine-year-old boy withdrawn from school to be home-educated after a dispute
over special educational needs and bullying, and then not seen by professionals for months (a school
attendance service, an elective home education officer refused entry, s437 notices and a school
attendance order, dental appointments not attended, a police welfare check and its screening, a GP
referral, an unannounced visit refused, strategy discussions, a forced entry and police protection,
an emergency department check, an emergency foster placement, an emergency protection order and
interim care order, a neglect medical and a community paediatric report of neglect and social
isolation, the mother's arrest and charge); and a family of four where the father drinks heavily and
the twelve-year-old daughter phones 999 while he strangles her mother (repeat police call-outs,
Operation Encompass notifications to a primary school writing one row per child and later to two
schools, social care notifications and screening, a CIN plan, a drug and alcohol service,
consecutive-day ED attendances by the father, his arrest, charge and bail conditions, a MARAC, an
IDVA and a children's IDVA, a breach of bail, a non-molestation order, a sanctuary scheme, a guilty
plea). Written blind: composed from the domain brief, the `Event` schema, the shared case kit and
the seventh blind set's module docstring and constants (read for its format and labelling rules;
none of its families, wordings or places reused), without reading the duplicate rules, their
settings, the linkage model, any result or any other labelled set's families, and without running
the merge on these cases. Kept apart from tuning: measure on them blind first.

The services write very differently: police logs in capitals with log, CAD and crime numbers;
long social care narrative; "Contact type: ... Outcome: ..." health visiting templates; GP
"S: O: A: P:" notes and letters filed; school and nursery safeguarding logs in the first person
without an event-type column; emergency department and ward notes in clinical shorthand
(triage, reg review, obs, CT, SS, #); ambulance patient report summaries; first-person notes
from a family nurse, a family assessment worker, an elective home education officer, an IDVA
and a children's IDVA; minutes pasted into another service's return under its own preface;
dates written inside the text ("on Sunday", "Sat 8th", "20/09/24"). Some returns give times and
some do not; some have no event-type column (the family nurse, the nursery, the family
assessment service, the schools, the home education team, the children's IDVA).

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
- Decision for this set: police officers attending the ward to take first accounts, noted by the
  ward's nurses, are one occurrence (both record the one attendance, as with a joint visit).
- Decision for this set: a discharge from the ward straight into the grandmother's care under a
  safety plan is one occurrence when the ward, social care and the health visitor (the next day)
  record it: the discharge and the start of the living arrangement are one event. The child's later
  return to his mother, recorded by social care and (next day) the health visitor, is likewise one.
- Decision for this set: the emergency department's "left department for the ward" row belongs to
  the attendance; the ward's admission row is another occurrence, and the emergency department's
  phone referral to the emergency duty team (written on the same ED sheet) is a third (both ends of
  one call).
- Decision for this set: a GP report sent before a conference, a GP's email for a strategy
  discussion the GP could not join and a discharge summary filed by the GP are each their own
  occurrence; the ICPC minute pasted into the GP record two days later is a record of the ICPC (in
  `noise`).
- Decision for this set: a detective's call telling the social worker that both adults have been
  arrested is one occurrence (both ends), separate from each arrest; each adult's release on
  pre-charge bail after interview is its own occurrence. Social care's same-day note of the charges
  is a record of the charge; its next-day note of the magistrates' appearance is a record of that
  hearing.
- Decision for this set: a copy of a statutory notice or order sent to a second service (the s437(1)
  notice the home education team sent, logged by the attendance service; the school attendance order
  the attendance service served, logged by the home education team) is one occurrence with the
  sending: both ends of one letter.
- Decision for this set: an order made at a hearing is part of that hearing's occurrence (social
  care, Cafcass and the fostering service noting "EPO granted" or "ICO made" that day all record the
  one hearing).
- Decision for this set: police forcing entry with an ambulance called to the child is one
  occurrence (police and ambulance at one incident); the police protection taken there, recorded by
  police and the emergency duty team, is another (a change of legal status); the emergency
  department check is a third; the foster placement that starts after midnight, recorded by social
  care and the fostering service, is a fourth.
- Decision for this set: a medical, a dental appointment or a health assessment attended by the
  foster carer is one occurrence when the clinic and the fostering service both record it; a
  looked-after child starting at a new school, recorded by social care and the fostering service, is
  one (a life event). The social worker's statutory visit and the guardian's visit to the child on
  the same day are two.
- Decision for this set: an Operation Encompass notification is one secure email from the police to
  the designated safeguarding leads; the police row and every school's record of receiving it (the
  primary school writing one row per child in June 2024, and later one school for each child) are
  one occurrence. It is a different occurrence from the incident it reports and from social care's
  receipt of the police notification.
- Decision for this set: a charge with bail conditions set in custody is one occurrence (the
  charge); social care and the IDVA noting it the next day record the same. Bail re-granted at a
  court hearing is part of that hearing. A non-molestation order made without notice is part of that
  hearing; serving it on the respondent three days later and the return hearing are separate.
- Decision for this set: a children's IDVA session held at school, noted by the school, is one
  occurrence (like a joint visit); the same worker's sessions with the two children at their two
  schools on one day are two. A housing officer's and an IDVA's joint sanctuary assessment visit is
  one; the works done later are another.
- Decision for this set: the GP's note of a MARAC notification the day after the MARAC is its own
  occurrence (a letter), not the MARAC. Social care's single row recording the receipt of two police
  notifications together is one occurrence (one receipt), separate from both incidents.
- Look-alikes kept apart in the Quennell case: two strategy discussions on consecutive days (the
  health visitor's record of the second dated a day early, on the day of the first); an RCPC and the
  core group straight after it; a GP's email for a strategy discussion and the discussion; GP
  reports and a parenting assessment report sent before the conferences and the conferences
  themselves; an ED attendance and the liaison notice to the family nurse four days later; on one
  night an ambulance call, the ED attendance, the ED's call to the duty team, the duty team's call
  to police and the ward admission; a skeletal survey, its report next morning and the consultant's
  call to the social worker; two adults' arrests on one morning and the call telling the social
  worker of them; two adults' releases on bail on one day; a police incident, the arrest for breach
  of bail after midnight and social care's receipt of the notification; the mother's NFA and the
  partner's charge the same afternoon; the charge and the next day's court appearance; a nursery's
  note of a bruise and its call to the health visitor the same day; that call and the health
  visitor's call to the mother next day.
- Look-alikes kept apart in the Harrowell case: a school's note that a parent has withdrawn the
  child, and next day both its removal of him from roll and its notification to the home education
  team; a police welfare check, social care's receipt of the notification two days later and the
  screening decision on it the next day; a GP referral and its screening decision; the home
  education officer's phone call inviting the GP to a professionals' meeting and the meeting; the
  GP's letter to the mother after the meeting; two dental non-attendances and the dentist's letter
  to the GP about them; on one day a refused joint visit by social worker and police, a legal
  planning meeting, a forced entry by police and ambulance, police protection and an emergency
  department check; a strategy discussion and an EPO hearing on one day (the attendance service's
  record of the first strategy discussion dated a day late); a report sent before a hearing and the
  hearing; Cafcass's analysis filed before the case management hearing; the mother's arrest and her
  charge two months later; the social worker's and the guardian's separate visits to the child on
  one day.
- Look-alikes kept apart in the Kinsella case: a GP consultation and the GP's referral letter the
  same day; repeat police call-outs four hours apart across midnight and the arrest that followed
  the second; police incidents, the Encompass notifications about them and social care's receipt of
  the notifications on the same Monday; a police notification received and its MASH screening the
  next day (twice); the social worker's home visit and the school nurse's separate contact with the
  younger child in school on one day; the father's emergency department attendances on consecutive
  nights; on one night the 999 incident attended by police and ambulance, the arrest, the mother's
  emergency department attendance and the police call to the duty team; the arrest and the next
  day's charge; the charge and the first court appearance; on one Monday the Encompass email, the
  MARAC referral and social care's receipt of the police notification; a social worker's call
  inviting a school to a CIN review and the review; a MARAC and a CIN review on one day; the MARAC
  and the GP's note of the notification; the children's IDVA's two sessions at two schools on one
  day; a breach-of-bail incident and the arrest twenty minutes later; the court hearing and the
  Encompass email about the breach on the same Monday; a non-molestation order made without notice,
  its service and the return hearing.

Everything is invented: people, workers, schools, nurseries, surgeries, dental practices,
hospitals, wards, courts, towns, streets, police forces, addresses, postcodes (areas KV, XH and
YW, which do not exist) and reference numbers. Deterministic: one fixed seed per case (it only
places the routine entries and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_14.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
HV = "Health Visiting"
FNP = "Family Nurse Partnership"
GP = "GP"
ED = "Emergency Department"
WARD = "Paediatric Ward"
AMBULANCE = "Ambulance Service"
NURSERY = "Nursery"
FGC = "Family Group Conference Service"
FAMILY_ASSESSMENT = "Family Assessment Service"
SCHOOL = "School"
SECONDARY = "Secondary School"
PRIMARY = "Primary School"
ATTENDANCE = "School Attendance Service"
EHE = "Elective Home Education Team"
DENTIST = "Dental Practice"
PAEDS = "Community Paediatrics"
FOSTERING = "Fostering Service"
CAFCASS = "Cafcass"
IDVA = "IDVA Service"
CHIDVA = "Children's IDVA"
DRUG_ALCOHOL = "Drug and Alcohol Service"
SCHOOL_NURSE = "School Nursing"
HOUSING = "Housing"

TERM_TIME_AGENCIES: tuple[str, ...] = (
    NURSERY,
    SCHOOL,
    SECONDARY,
    PRIMARY,
    ATTENDANCE,
    SCHOOL_NURSE,
)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Quennell family, Marlingford. Reggie Quennell (b. 11/06/2022) lives with his
# mother Kaycee Quennell (b. 02/03/2005) at Flat 3, 14 Pinnock Rise, Marlingford KV4 7TD; her
# new partner Jordan Fells (b. 12/10/1999) moves in during spring 2024. Maternal grandmother
# Debbie Quennell lives at 8 Haddon Croft, Marlingford KV2 1PL. Registered at Orchard Vale
# Surgery; Family Nurse Partnership until Reggie turns two, then health visiting; a funded
# place at Cobble Yard Nursery from September 2024. A skull fracture after a "fall from the
# sofa" on a Saturday evening, healing rib fractures on the skeletal survey, both adults
# arrested, Reggie discharged to his grandmother, a child protection plan, a parenting
# assessment, and Jordan charged.
# --------------------------------------------------------------------------------------------


def _quennell() -> BlindCase:
    f = Family(
        "quennell",
        1401,
        {
            "pol": Sheet(
                POLICE,
                "Aldermoor Police - CAIT return (Quennell).xlsx",
                "Chronology",
                staff=(
                    ("2024-01-01", "PC 6610 L Dunstable"),
                    ("2024-10-12", "DC 3318 R Ogunleye"),
                    ("2024-10-15", "DS 2290 M Cheswick"),
                ),
            ),
            "csc": Sheet(
                CSC,
                "Marlingford Childrens Services chronology RQ.xlsx",
                "CSC",
                staff=(
                    ("2024-10-12", "Ruari Trease (EDT)"),
                    ("2024-10-14", "Aoife Delahunt (SW)"),
                ),
            ),
            "fnp": Sheet(
                FNP,
                "FNP return - Quennell.docx",
                "Table 1",
                staff=(("2024-01-01", "Elspeth Routledge, Family Nurse"),),
                typed=False,
            ),
            "hv": Sheet(
                HV,
                "0-19 Service - health visiting chronology.xlsx",
                "HV",
                staff=(("2024-06-01", "Hemali Lakhani HV"), ("2025-01-06", "Hemali Lakhani HV")),
            ),
            "gp": Sheet(
                GP,
                "Orchard Vale Surgery - GP chronology.xlsx",
                "Consultations",
                staff=(("2024-01-01", "Dr S Wyndlow"), ("2024-09-01", "Dr N Battersby")),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Aldermoor Ambulance Service.csv",
                "",
                staff=(("2024-01-01", "Paramedic J Kerslake"),),
            ),
            "ed": Sheet(
                ED,
                "Marlingford General Hospital chronology.xlsx",
                "ED",
                staff=(("2024-01-01", "Dr T Mensforth"), ("2024-10-01", "Dr I Tulloch (Reg)")),
            ),
            "ward": Sheet(
                WARD,
                "Marlingford General Hospital chronology.xlsx",
                "Paediatrics (Skylark Ward)",
                staff=(("2024-10-01", "Dr F Qadri, Consultant Paediatrician"),),
            ),
            "nur": Sheet(
                NURSERY,
                "Cobble Yard Nursery - safeguarding log.xlsx",
                "Log",
                staff=(("2024-09-01", "Jodie Marland (DSL)"),),
                typed=False,
            ),
            "fgc": Sheet(
                FGC,
                "Family Group Conference Service.csv",
                "",
                staff=(("2024-10-01", "Sam Prothero, FGC Coordinator"),),
            ),
            "pa": Sheet(
                FAMILY_ASSESSMENT,
                "Family Assessment Service - parenting assessment.docx",
                "Table 1",
                staff=(("2024-11-01", "Lucy Wainfleet, Family Assessment Worker"),),
                typed=False,
            ),
        },
    )

    # ---- before the injury --------------------------------------------------------------
    f.occ(
        "2024-01-24",
        "fnp-new-boyfriend",
        R(
            "fnp",
            "Home visit. Kaycee told me she has been seeing someone called Jordan for about six "
            "weeks; they met through a friend at the warehouse where she does weekend shifts. She "
            "did not want to give his surname yet. Reggie (19 months) walking well, babbling, "
            "clean and appropriately dressed. We talked about introducing a new partner slowly "
            "and about who looks after Reggie when she is at work (her mum Debbie, Sat/Sun).",
        ),
    )
    f.occ(
        "2024-03-13",
        "fnp-partner-present",
        R(
            "fnp",
            "Home visit. Jordan (gave his name as Jordan Fells, 24) was at the flat when I "
            "arrived and stayed in the kitchen doorway throughout. He answered two questions I "
            "put to Kaycee. Kaycee quieter than usual, said she was 'just tired'. Saw Reggie's "
            "room: cot, clean bedding, toys. Plan: next visit 10/04 and try to see Kaycee on her "
            "own.",
        ),
    )
    f.occ(
        "2024-04-18",
        "ed-forehead-bruise",
        R(
            "ed",
            "TRIAGE: 22/12 M brought by mum. Bruise L forehead approx 3cm, mum states walked into "
            "edge of coffee table this morning. Alert, playing, no LOC, no vomiting. Obs within "
            "normal limits. Cat 4.",
            "16:10",
            "Triage",
        ),
        R(
            "ed",
            "Dr review: single bruise L frontal, no boggy swelling, no other marks seen on "
            "exposed skin, moving all limbs. Hx consistent per mum, partner not present. "
            "Discharged with head injury advice sheet. Paeds liaison form completed (under 2).",
            "18:25",
            "Medical review / discharge",
            outcome="Discharged home",
        ),
    )
    f.occ(
        "2024-04-22",
        "ed-liaison-notice-fnp",
        R(
            "ed",
            "Paediatric liaison: notification of ED attendance (18/04/2024, head injury, child "
            "under 2) sent to Family Nurse Partnership by secure email.",
            "11:40",
            "Liaison notification",
        ),
        R(
            "fnp",
            "Liaison notice from Marlingford General ED received: Reggie attended 18/04 with a "
            "bruise to his forehead, 'walked into coffee table'. Will ask Kaycee about it at the "
            "next visit and look at Reggie's skin.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-05-15",
        "fnp-partner-moved-in",
        R(
            "fnp",
            "Home visit. Jordan has moved in (gave up his room at his mum's in April). Asked "
            "about the ED visit - Kaycee said Reggie ran into the table while she was in the "
            "kitchen; Jordan was at work. Bruise gone, no other marks seen at nappy change. "
            "Kaycee says Jordan is 'really good with him'. Discussed safe sleep and ICON "
            "(coping with crying) again.",
        ),
    )
    f.occ(
        "2024-06-20",
        "joint-transfer-visit",
        R(
            "fnp",
            "Joint transfer visit with Hemali Lakhani (health visitor) as Reggie has turned two "
            "and Kaycee graduates from the programme. Went through the FNP summary together: "
            "bruise/ED April, new partner living in, Kaycee's low mood last winter. Kaycee "
            "agreed to the transfer. Jordan not present. Final FNP contact - case closed.",
        ),
        R(
            "hv",
            "Contact type: Joint home visit (transfer in from FNP). Seen: Mother, Reggie. "
            "Partner: not present. Outcome: Transfer accepted at Universal Plus. Handover notes "
            "from Family Nurse received. 2-2.5 year review to be booked for July.",
            "14:00",
            "Transfer in",
        ),
    )
    f.occ(
        "2024-07-16",
        "hv-no-access",
        R(
            "hv",
            "Contact type: Home visit (booked 2-2.5 yr review). Outcome: No access - no reply, "
            "curtains drawn, phone not answered. Card left with new date 30/07.",
            "10:30",
            "No access",
        ),
    )
    f.occ(
        "2024-07-30",
        "hv-two-year-review",
        R(
            "hv",
            "Contact type: 2-2.5 year review, home. Seen: Mother, Reggie, Jordan (mother's "
            "partner, lives here). ASQ-3: communication 25 (below cut-off), other domains pass. "
            "Reggie wary of HV, clung to mum. Outcome: Speech and language drop-in info given; "
            "nursery funding (2-year-old offer) discussed - mum to apply. Review 3/12.",
            "11:15",
            "Developmental review",
        ),
    )
    f.occ(
        "2024-08-14",
        "gp-mother-low-mood",
        R(
            "gp",
            "S: (Kaycee, mother) low mood approx 2 months, poor sleep, arguing with partner "
            "'about money'. Denies thoughts of self-harm. O: PHQ-9 14, GAD-7 9. A: Moderate "
            "depressive episode. P: Sertraline 50mg od, Talking Therapies self-referral details, "
            "r/v 4 weeks. Asked about safety at home - says fine.",
            "09:50",
            "Face to face",
        ),
    )
    f.occ(
        "2024-09-09",
        "nursery-start",
        R(
            "nur",
            "Reggie started with us today (funded 2-year-old place, Mon/Tues/Thurs mornings). "
            "Settling session with Mum. Key person Tasha. Emergency contacts: Mum, Nan (Debbie "
            "Quennell). Mum's partner Jordan not to collect until added to the form.",
        ),
    )
    f.occ(
        "2024-09-19",
        "nursery-cheek-bruise",
        R(
            "nur",
            "On arrival Tasha noticed a bruise on Reggie's left cheek, purple going yellow, about "
            "the size of a 50p. Mum said he fell off the climbing frame at the park on Sunday. "
            "Body map completed and signed by Mum. Reggie quiet all morning.",
        ),
    )
    f.occ(
        "2024-09-19",
        "nursery-call-hv",
        R(
            "nur",
            "I rang the health visiting team to ask if they knew the family. Spoke to Hemali "
            "(HV), who told me Reggie had been to A&E in April with a bruise to his head. Agreed "
            "we would keep monitoring and record any marks; HV will ring Mum.",
        ),
        R(
            "hv",
            "Contact type: Telephone (incoming). From: Cobble Yard Nursery DSL. Reason: bruise "
            "L cheek seen on arrival, explanation fall from climbing frame 15/09. Outcome: HV "
            "shared ED attendance 18/04. Nursery to monitor and body-map; HV to call mother.",
            "12:20",
            "Telephone",
        ),
    )
    f.occ(
        "2024-09-20",
        "hv-call-mother",
        R(
            "hv",
            "Contact type: Telephone (outgoing) to mother. Outcome: Kaycee gave the same account "
            "of the park fall, said she 'can't wrap him in cotton wool'. Advice on supervision "
            "on play equipment. Said Jordan was at work on the Sunday.",
            "16:05",
            "Telephone",
        ),
    )
    f.occ(
        "2024-10-03",
        "nursery-sore-lifting",
        R(
            "nur",
            "Reggie cried out when Tasha lifted him under the arms to put him on the changing "
            "mat, and again at lunch when lifted into his chair. No marks seen. Mentioned to Mum "
            "at pick-up - she said he has a cold and is 'whingey'. Logged, not referred.",
        ),
    )

    # ---- Saturday 12 October: the head injury --------------------------------------------
    f.occ(
        "2024-10-12",
        "ambulance-999",
        R(
            "amb",
            "999 call 18:38, CAT 2. Pt 2yo male, mother reports fall from sofa approx 45cm onto "
            "laminate floor at approx 17:30, vomited x2, now drowsy. On scene 18:52: GCS 13 "
            "(E3 V4 M6), boggy swelling R parietal, pupils equal. Mother's partner present, "
            "states he was in the kitchen. Conveyed to MGH ED with mother, pre-alert given.",
            "18:42",
            "Emergency call - conveyed",
        ),
    )
    f.occ(
        "2024-10-12",
        "ed-skull-fracture",
        R(
            "ed",
            "TRIAGE: 2y M via ambulance with mum. Fall from sofa ~17:30, vomited x2, drowsy. "
            "GCS 13 on arrival, boggy swelling R parietal. Cat 2 (orange). Paeds reg informed.",
            "19:21",
            "Triage",
        ),
        R(
            "ed",
            "Reg review: CT head - R parietal linear skull fracture, no intracranial bleed. "
            "Mechanism (short fall from sofa) not consistent with injury; ~1hr delay before 999. "
            "Healing bruise L cheek noted. Safeguarding concerns - NAI to be excluded.",
            "20:55",
            "Medical review",
        ),
        R(
            "ed",
            "Left department for Skylark Ward under paediatrics. Mum and partner accompanied. "
            "Safeguarding form completed.",
            "23:30",
            "Transfer out",
            outcome="Admitted - paediatrics",
        ),
    )
    f.occ(
        "2024-10-12",
        "ed-phones-edt",
        R(
            "ed",
            "Safeguarding: Dr Tulloch (Reg) telephoned Emergency Duty Team re skull # with "
            "history of a low fall and delay in calling. Spoke to EDT SW Ruari Trease, referral "
            "accepted.",
            "22:10",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "EDT: Telephone referral from Dr Tulloch, ED registrar at Marlingford General. Reggie "
            "(2) has a right parietal skull fracture; mother says he rolled off the sofa. Delay "
            "of about an hour before the ambulance was called. No previous CSC involvement. "
            "Child to be admitted overnight, so safe tonight. Police to be informed.",
            "22:10",
            "Contact - hospital",
        ),
    )
    f.occ(
        "2024-10-12",
        "edt-phones-police",
        R(
            "csc",
            "EDT rang Aldermoor Police (CAIT out of hours via control room) and passed on the "
            "hospital referral. Log number given. Police to visit ward tomorrow; strategy "
            "discussion to be arranged by day team on Monday.",
            "23:15",
            "Contact - police",
        ),
        R(
            "pol",
            "LOG 1877 12/10/24. REFERRAL FROM EDT (R TREASE) RE 2YR MALE REGGIE QUENNELL, SKULL "
            "FRACTURE, EXPLANATION FALL FROM SOFA. CHILD ON SKYLARK WARD MGH. CAIT TO REVIEW "
            "0800 13/10. NO ARRESTS AT THIS STAGE.",
            "23:15",
            "Referral - CSC",
        ),
    )
    f.occ(
        "2024-10-12",
        "ward-admission",
        R(
            "ward",
            "Adm from ED 23:50. 2y M, R parietal skull # on CT, ?NAI. Neuro obs hourly. Mum "
            "staying. Plan: consultant review am, skeletal survey + CP medical, bloods (FBC, "
            "clotting, bone profile, vit D), ophthalmology.",
            "23:50",
            "Admission",
        ),
    )
    f.occ(
        "2024-10-13",
        "police-at-ward",
        R(
            "pol",
            "DC OGUNLEYE + DC 5120 BRIDGES ATTENDED SKYLARK WARD MGH 1130. FIRST ACCOUNTS FROM "
            "MOTHER KAYCEE QUENNELL AND PARTNER JORDAN FELLS TAKEN SEPARATELY. BOTH STATE CHILD "
            "ROLLED OFF SOFA WHILE FELLS IN KITCHEN. ACCOUNTS DIFFER ON WHO WAS IN THE ROOM. "
            "SCENE PHOTOS OF FLAT REQUESTED.",
            "11:30",
            "Enquiries",
        ),
        R(
            "ward",
            "2 police officers (CAIT) on ward, spoke with mum and partner separately in the "
            "parents' room. Reggie settled, neuro obs stable overnight.",
            "11:30",
            "Nursing note",
        ),
    )

    # ---- Monday 14 October ----------------------------------------------------------------
    f.occ(
        "2024-10-14",
        "gp-email-for-strategy",
        R(
            "gp",
            "Email to Marlingford MASH for today's strategy discussion (unable to join): Reggie "
            "seen here x3 in the last year, minor illness only. Mother on sertraline since "
            "14/08/24. Nothing recorded about mother's partner. Records available on request.",
            "08:50",
            "Admin - safeguarding",
        ),
    )
    f.occ(
        "2024-10-14",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (Teams) chaired by TM Moira Brackenridge. Present: SW Aoife "
            "Delahunt, DS Cheswick (CAIT), Dr Qadri (consultant paediatrician), HV Hemali "
            "Lakhani, Cobble Yard Nursery DSL. GP info by email. Shared: skull fracture with an "
            "explanation of a 45cm fall, ED attendance April (forehead bruise), nursery bruise "
            "19/09 and pain on lifting 03/10. Outcome: joint S47 enquiry. Skeletal survey and CP "
            "medical today; Reggie to stay on the ward; no unsupervised contact with either "
            "adult.",
            "09:30",
            "Strategy discussion",
            outcome="S47 - joint",
        ),
        R(
            "pol",
            "STRAT DISC 0930 (TEAMS) CSC/HEALTH/EDUCATION/CAIT. JOINT S47 AGREED. CRIME REPORTED "
            "24/0193344 GBH (CHILD) - UNDER INVESTIGATION. ACTIONS CAIT: SCENE VISIT, "
            "NEIGHBOUR ENQ, PNC/PND CHECKS ON BOTH ADULTS. FELLS - NO PREVIOUS.",
            "09:30",
            "Strategy meeting",
        ),
        R(
            "ward",
            "Strategy meeting by phone with SW, police, HV, nursery; Dr Qadri attended. Plan "
            "agreed: skeletal survey today, CP medical pm, ophthalmology for retinal exam. "
            "Reggie not to leave the ward; visits supervised by nursing staff.",
            "09:30",
            "MDT / safeguarding",
        ),
        R(
            "hv",
            "Contact type: Multi-agency strategy discussion (virtual). Attended: HV. Outcome: "
            "S47 joint investigation. HV to send records summary to SW and attend ICPC if one "
            "is convened.",
            "",
            "Strategy discussion",
        ),
        R(
            "nur",
            "I joined a strategy meeting on Teams this morning with social care, police and the "
            "hospital about Reggie. I told them about the bruise on 19/09 and him being sore "
            "when lifted on 03/10. Asked to keep all records safe and not to discuss with "
            "parents.",
        ),
    )
    f.occ(
        "2024-10-14",
        "skeletal-survey",
        R(
            "ward",
            "Skeletal survey performed in Radiology, two radiographers, mum consented. Reggie "
            "distressed but completed. Formal report awaited.",
            "13:40",
            "Investigation",
        ),
    )
    f.occ(
        "2024-10-14",
        "cp-medical",
        R(
            "ward",
            "Child protection medical - Dr F Qadri, SW A Delahunt present, mum present for "
            "history. Findings: R parietal swelling; fading bruise L cheek; two small bruises "
            "L upper arm (fingertip pattern?). Fundoscopy (ophth): no retinal haemorrhages. "
            "Opinion: skull # with no adequate explanation, highly concerning for inflicted "
            "injury. Awaiting SS report.",
            "15:30",
            "CP medical",
        ),
        R(
            "csc",
            "I attended Reggie's child protection medical on Skylark Ward with Dr Qadri. Kaycee "
            "gave the history; Jordan waited outside. Dr Qadri's view is that the fracture has "
            "not been explained. Further bruising to the left arm noted. Photographs taken by "
            "medical photography.",
            "15:30",
            "S47 - medical",
        ),
    )
    f.occ(
        "2024-10-15",
        "survey-report",
        R(
            "ward",
            "SS report (Dr Ramsay, consultant radiologist): healing fractures L posterior 6th "
            "and 7th ribs with callus, est. 2-4 weeks old. No metaphyseal lesions. Repeat SS in "
            "11-14 days.",
            "09:40",
            "Result",
        ),
    )
    f.occ(
        "2024-10-15",
        "ward-phones-sw",
        R(
            "ward",
            "Dr Qadri phoned SW (Aoife Delahunt) with SS result - old posterior rib fractures. "
            "SW to inform police and reconvene strategy meeting today.",
            "10:15",
            "Telephone",
        ),
        R(
            "csc",
            "Call from Dr Qadri: skeletal survey shows two healing rib fractures on the left, "
            "posterior, thought to be 2-4 weeks old. I have informed DS Cheswick by email and "
            "asked TM to reconvene the strategy discussion this afternoon.",
            "10:15",
            "Contact - health",
        ),
    )
    f.occ(
        "2024-10-15",
        "strategy-2",
        R(
            "csc",
            "Strategy discussion reconvened (Teams): TM Brackenridge, SW Delahunt, DS Cheswick, "
            "Dr Qadri, HV Lakhani. New information: old posterior rib fractures. Outcome: S47 "
            "continues; police to arrest both adults tomorrow; Reggie to be discharged to "
            "maternal grandmother Debbie Quennell under a written safety plan once medically fit "
            "(grandmother agreed by phone). ICPC to be convened.",
            "15:00",
            "Strategy discussion",
            outcome="ICPC requested",
        ),
        R(
            "pol",
            "STRAT DISC 2 1500. SS SHOWS HEALING RIB FRACTURES (L 6/7). DECISION: ARREST BOTH "
            "ADULTS 16/10 EARLY. CHILD TO MGM ON DISCHARGE. SEIZE MOBILE PHONES.",
            "15:00",
            "Strategy meeting",
        ),
        R(
            "ward",
            "Second strategy meeting (Dr Qadri) - rib fractures discussed. Plan: discharge to "
            "grandmother when fit, not to either parent. Repeat SS 28/10 booked.",
            "15:00",
            "MDT / safeguarding",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion (reconvened). Outcome: S47 continues, child to "
            "MGM on discharge, ICPC to follow. HV to visit grandmother's home after discharge.",
            "",
            "Strategy discussion",
            shift="-1",
        ),
    )

    # ---- arrests, bail and discharge ------------------------------------------------------
    f.occ(
        "2024-10-16",
        "arrest-mother",
        R(
            "pol",
            "0750 ARREST: KAYCEE QUENNELL (F, 19) AT HOME ADDRESS 14 PINNOCK RISE KV4. SUSP GBH "
            "(CHILD) AND CHILD CRUELTY. NECESSITY: PROMPT AND EFFECTIVE INVESTIGATION. CONVEYED "
            "MARLINGFORD CUSTODY.",
            "07:50",
            "Arrest",
        ),
    )
    f.occ(
        "2024-10-16",
        "arrest-partner",
        R(
            "pol",
            "0825 ARREST: JORDAN FELLS (M, 25) AT WORKPLACE UNIT 6 DELPH PARK KV3. SUSP GBH "
            "(CHILD) AND CHILD CRUELTY. MOBILE PHONE SEIZED. CONVEYED MARLINGFORD CUSTODY.",
            "08:25",
            "Arrest",
        ),
    )
    f.occ(
        "2024-10-16",
        "police-update-call",
        R(
            "pol",
            "UPDATE BY PHONE TO SW DELAHUNT: BOTH ADULTS IN CUSTODY, INTERVIEWS THIS PM. "
            "REQUESTED CSC CONFIRM MGM WILL BE AT WARD TODAY.",
            "09:40",
            "Partner agency contact",
        ),
        R(
            "csc",
            "DS Cheswick rang: Kaycee and Jordan were both arrested this morning and are in "
            "custody; interviews this afternoon. I confirmed Debbie (MGM) will be with Reggie on "
            "the ward from 10am.",
            "09:40",
            "Contact - police",
        ),
    )
    f.occ(
        "2024-10-17",
        "bail-mother",
        R(
            "pol",
            "QUENNELL INTERVIEWED (NO COMMENT ON ADVICE). RELEASED ON PRE-CHARGE BAIL TO "
            "14/01/25. CONDS: NOT TO HAVE UNSUPERVISED CONTACT WITH ANY CHILD UNDER 16, CONTACT "
            "WITH REGGIE SUPERVISED BY CSC OR MGM, NOT TO CONTACT FELLS.",
            "11:20",
            "Bail",
        ),
    )
    f.occ(
        "2024-10-17",
        "bail-partner",
        R(
            "pol",
            "FELLS INTERVIEWED, PREPARED STATEMENT (CHILD ROLLED OFF SOFA). RELEASED ON "
            "PRE-CHARGE BAIL TO 14/01/25. CONDS: NO CONTACT WITH ANY CHILD UNDER 16, NOT TO "
            "ENTER PINNOCK RISE, NOT TO CONTACT QUENNELL. RESIDE AT 31 MOSSOP STREET KV1.",
            "13:05",
            "Bail",
        ),
    )
    f.occ(
        "2024-10-17",
        "discharge-to-mgm",
        R(
            "ward",
            "Discharged from Skylark Ward into care of maternal grandmother Debbie Quennell, 8 "
            "Haddon Croft KV2 1PL, per CSC safety plan. Discharge letter to GP. Paed follow-up "
            "and repeat SS 28/10.",
            "14:30",
            "Discharge",
        ),
        R(
            "csc",
            "Reggie discharged from Skylark Ward today and went home with his grandmother Debbie "
            "Quennell to 8 Haddon Croft under the written safety plan. Kaycee may see him there "
            "only with Debbie present; no contact with Jordan. I transported them and checked "
            "the car seat and sleeping arrangements.",
            "14:30",
            "Placement / living arrangements",
        ),
        R(
            "hv",
            "Contact type: Information received. Reggie discharged from Skylark Ward on 17/10 to "
            "the care of maternal grandmother at 8 Haddon Croft KV2 1PL. Outcome: HV records "
            "updated with temporary address; visit with SW to be arranged.",
            "",
            "Change of address",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-18",
        "fgc-referral",
        R(
            "csc",
            "Referral to Family Group Conference service emailed: wider family plan needed for "
            "Reggie's care and supervision of contact (MGM, maternal aunt Kerry-Ann).",
            "10:05",
            "Referral - internal",
        ),
        R(
            "fgc",
            "Referral received from SW A Delahunt (email). Child: Reggie Quennell (2). Reason: "
            "family plan for care/contact following S47. Coordinator allocated.",
            "",
            "Referral received",
            shift="month",
        ),
    )
    f.occ(
        "2024-10-21",
        "joint-visit-mgm",
        R(
            "csc",
            "Joint home visit with HV Hemali Lakhani to Debbie's home. Reggie asleep on arrival, "
            "then playing with cars; bruising fading. Debbie has a single bed in her room for "
            "him and understands the safety plan. Kaycee visited yesterday for two hours with "
            "Debbie present.",
            "13:30",
            "Home visit",
        ),
        R(
            "hv",
            "Contact type: Joint home visit with SW (grandmother's address). Seen: Reggie, MGM. "
            "Weight 12.1kg. Outcome: Reggie settling; MGM given head injury and pain relief "
            "advice. Nursery attendance to resume when agreed.",
            "13:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-22",
        "gp-discharge-summary",
        R(
            "gp",
            "Discharge summary received from Skylark Ward (MGH): R parietal skull fracture and "
            "healing L rib fractures, under S47 enquiry, discharged 17/10 to MGM. Coded: "
            "child protection concern. Alert added to Reggie's and Kaycee's records.",
            "",
            "Letter in",
        ),
    )
    f.occ(
        "2024-10-28",
        "repeat-survey",
        R(
            "ward",
            "Day-case repeat skeletal survey (brought by MGM): confirms healing L 6th/7th "
            "posterior rib fractures; no new fractures. Reported Dr Ramsay. Copy to SW.",
            "10:20",
            "Investigation",
        ),
    )
    f.occ(
        "2024-10-30",
        "gp-icpc-report",
        R(
            "gp",
            "Report for initial child protection conference (04/11) completed and emailed to the "
            "conference team. GP unable to attend.",
            "",
            "Report",
        ),
    )

    # ---- child protection -----------------------------------------------------------------
    f.occ(
        "2024-11-04",
        "icpc",
        R(
            "csc",
            "Initial child protection conference. Chair: Wendy Ferraby (IRO). Present: Kaycee "
            "(mother), Debbie (MGM), SW, DS Cheswick, HV, nursery DSL; GP report tabled. Jordan "
            "not invited (bail conditions). Decision: Reggie subject to a CP plan, category "
            "physical abuse. Core group within 10 working days. Parenting assessment of Kaycee "
            "and an FGC to be completed.",
            "10:00",
            "ICPC",
            outcome="CP plan - physical abuse",
        ),
        R(
            "pol",
            "ICPC ATTENDED (DS CHESWICK). CHILD MADE SUBJECT OF CP PLAN (PHYSICAL). "
            "INVESTIGATION ONGOING, BOTH ON BAIL. POLICE TO SHARE CHARGING DECISION WITH SW.",
            "10:00",
            "Conference",
        ),
        R(
            "hv",
            "Contact type: Initial child protection conference. Attended: HV. Outcome: CP plan "
            "(physical abuse). HV actions: monthly home visits at MGM's, growth and development "
            "check, member of core group.",
            "10:00",
            "ICPC",
        ),
        R(
            "nur",
            "ICPC at the Civic Centre, I attended for the nursery. Reggie is now on a child "
            "protection plan. Nursery to be part of the core group and to report attendance "
            "and any marks to the SW the same day.",
        ),
        R(
            "gp",
            "Minutes of initial child protection conference held 04/11/2024 received and copied "
            "here: 'Conference decided that Reggie should be made the subject of a child "
            "protection plan under the category of physical abuse. GP report received with "
            "thanks.'",
            "",
            "Minutes",
            shift="+2",
        ),
    )
    f.occ(
        "2024-11-07",
        "fgc-meeting",
        R(
            "fgc",
            "Family group conference held at Haddon Community Hall. Family: Kaycee, Debbie, aunt "
            "Kerry-Ann, great-aunt Brenda. Private family time 1h 20m. Family plan: Reggie to live "
            "with Debbie; Kaycee's contact at Debbie's, Kerry-Ann to cover when Debbie is at work. "
            "Plan accepted by SW.",
            "17:30",
            "FGC",
        ),
        R(
            "csc",
            "Attended the FGC at Haddon Community Hall to give information at the start and "
            "agree the family's plan at the end. Plan agreed: Reggie stays with Debbie, Kerry-Ann "
            "backup carer, Kaycee's time with Reggie supervised by family. Jordan excluded.",
            "17:30",
            "Family group conference",
        ),
    )
    f.occ(
        "2024-11-11",
        "nursery-return",
        R(
            "nur",
            "Reggie back at nursery today, brought by Nan (Debbie). New collection list: Nan and "
            "aunt Kerry-Ann only. Mum may not collect on her own. Reggie happy to see Tasha, no "
            "marks seen.",
        ),
    )
    f.occ(
        "2024-11-12",
        "pa-referral",
        R(
            "csc",
            "Referral to Family Assessment Service for a parenting assessment of Kaycee (ICPC "
            "action). Referral form and ICPC report sent.",
            "11:30",
            "Referral - internal",
        ),
        R(
            "pa",
            "Referral received from Marlingford CSC (SW Delahunt) for a parenting assessment of "
            "Kaycee Quennell. Allocated to me; first session to be booked within two weeks.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-18",
        "core-group-1",
        R(
            "csc",
            "First core group at Haddon Croft family centre. SW, HV, nursery DSL, Family "
            "Assessment worker, Kaycee and Debbie. Plan reviewed; Reggie settled at Debbie's; "
            "attendance at nursery 100% since return. Next core group 16/12.",
            "13:30",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: Core group meeting. Outcome: CP plan reviewed. HV seen Reggie 14/11, "
            "weight on 50th centile. Speech referral made. Next core group 16/12.",
            "13:30",
            "Core group",
        ),
        R(
            "nur",
            "Core group today - shared that Reggie is settled and eating well, using more "
            "words. No marks seen since return.",
        ),
        R(
            "pa",
            "Attended first core group to introduce myself and the parenting assessment. Kaycee "
            "agreed to weekly sessions on Wednesdays at the family centre.",
        ),
    )
    f.occ(
        "2024-11-20",
        "pa-session-separation",
        R(
            "pa",
            "Session 1 (family centre). Kaycee told me she has ended the relationship with "
            "Jordan 'for good' and blocked his number. She became tearful talking about the "
            "night of 12/10 but kept to her account. Discussed her own childhood and support "
            "from Debbie.",
        ),
    )
    f.occ(
        "2024-12-03",
        "hv-visit-typed-twice",
        R(
            "hv",
            "Contact type: Home visit (MGM's address). Seen: Reggie, MGM, mother. Outcome: "
            "Reggie playing, using 2-word phrases. No marks seen. Mother and MGM report good "
            "routine. Next visit 07/01.",
            "10:00",
            "Home visit",
        ),
        R(
            "hv",
            "Contact type: Home visit (MGM address). Seen: Reggie, MGM, mother. Outcome: Reggie "
            "playing, using 2 word phrases. No marks seen. Mother and MGM report good routine. "
            "Next visit 07/01",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-12-09",
        "police-breach-incident",
        R(
            "pol",
            "CAD 2214 09/12/24 2240. CALLER KAYCEE QUENNELL STATES JORDAN FELLS AT HER DOOR "
            "SHOUTING, WANTS TO TALK. SUBJECT ON BAIL NOT TO ENTER PINNOCK RISE. UNITS "
            "ATTENDED 2251 - FELLS LEFT PRIOR. CHILD NOT PRESENT (AT MGM). DASH: MEDIUM.",
            "22:40",
            "Domestic incident",
        ),
    )
    f.occ(
        "2024-12-10",
        "arrest-breach-bail",
        R(
            "pol",
            "0025 FELLS LOCATED MOSSOP STREET, ARRESTED FOR FAILING TO COMPLY WITH PRE-CHARGE "
            "BAIL CONDITIONS (S46A PACE). RE-BAILED ON SAME CONDITIONS 1130.",
            "00:25",
            "Arrest",
        ),
    )
    f.occ(
        "2024-12-11",
        "csc-receives-ppn",
        R(
            "csc",
            "Police notification (PPN) received re incident on 09/12: Jordan attended Kaycee's "
            "flat in breach of bail; Reggie not there. I called Kaycee, who confirmed she did "
            "not let him in. Safety plan unchanged; to discuss at core group.",
            "10:05",
            "Contact - police notification",
        ),
    )
    f.occ(
        "2024-12-16",
        "core-group-2",
        R(
            "csc",
            "Core group 2: SW, HV, nursery. Kaycee and Debbie present. Breach incident 09/12 "
            "discussed - Kaycee called police herself. Parenting assessment halfway. Plan "
            "unchanged; Christmas arrangements agreed (Kaycee to stay over at Debbie's).",
            "14:00",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: Core group. Outcome: plan reviewed, Christmas contact at MGM's with "
            "family supervision agreed. HV next visit 07/01.",
            "14:00",
            "Core group",
        ),
        R(
            "nur",
            "Core group (Jodie attended). Reported good attendance and no concerns. Nursery "
            "closes 20/12 - 06/01.",
        ),
    )
    f.occ(
        "2025-01-08",
        "police-file-cps",
        R(
            "pol",
            "FILE SUBMITTED TO CPS FOR CHARGING ADVICE (BOTH SUSPECTS). EXPERT PAEDIATRIC "
            "RADIOLOGY REPORT ATTACHED. BAIL EXTENDED TO 14/04/25 (SUPT AUTHORITY).",
            "",
            "Investigation",
        ),
    )
    f.occ(
        "2025-01-20",
        "pa-report",
        R(
            "pa",
            "Parenting assessment report completed and sent to SW Delahunt today, for the "
            "review conference on 28/01. Conclusion: Kaycee shows warmth and has engaged fully, "
            "but cannot yet explain Reggie's injuries; recommend Reggie remains with Debbie "
            "while a gradual plan for return is tested.",
        ),
        R(
            "csc",
            "Parenting assessment report received from Family Assessment Service (L "
            "Wainfleet). Shared with Kaycee. To be tabled at RCPC.",
            "09:15",
            "Assessment - received",
            shift="+1",
        ),
    )
    f.occ(
        "2025-01-23",
        "gp-rcpc-report",
        R(
            "gp",
            "Review conference report sent to conference team: Reggie seen 13/01 for URTI, "
            "brought by grandmother, no concerns. Kaycee attending medication reviews.",
            "",
            "Report",
        ),
    )
    f.occ(
        "2025-01-28",
        "rcpc",
        R(
            "csc",
            "Review child protection conference (chair N Ferraby). Kaycee, Debbie, SW, DS "
            "Cheswick, HV, nursery, family assessment worker. Reports from GP and Family "
            "Assessment Service. Decision: Reggie remains on a CP plan (physical abuse). Plan "
            "for increased contact with Kaycee, unsupervised daytime from February if safe.",
            "10:00",
            "RCPC",
            outcome="CP plan continues",
        ),
        R(
            "pol",
            "RCPC ATTENDED. CP PLAN CONTINUES. UPDATE GIVEN: FILE WITH CPS, DECISION AWAITED.",
            "10:00",
            "Conference",
        ),
        R(
            "hv",
            "Contact type: Review child protection conference. Outcome: remains subject to CP "
            "plan. HV actions unchanged; 2.5 yr development check to be repeated at March "
            "visit.",
            "10:00",
            "RCPC",
        ),
        R(
            "nur",
            "Review conference this morning - Reggie stays on a plan. Mum hopes he will go home "
            "in the spring. We are to let the SW know if Mum starts collecting.",
        ),
        R(
            "pa",
            "Presented my parenting assessment at the review child protection conference. "
            "Kaycee accepted the recommendations.",
        ),
    )
    f.occ(
        "2025-01-28",
        "core-group-after-rcpc",
        R(
            "csc",
            "Core group held straight after the review conference (same room): SW, HV, "
            "nursery, Kaycee, Debbie. Contact timetable for February agreed. Next core group "
            "04/03.",
            "11:45",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: Core group (following RCPC). Outcome: contact plan updated, HV to "
            "visit at mother's flat once Reggie starts spending days there.",
            "11:45",
            "Core group",
        ),
        R(
            "nur",
            "Stayed for the core group after conference. Mum will start dropping off on "
            "Thursdays with Nan.",
        ),
    )
    f.occ(
        "2025-02-19",
        "mother-nfa",
        R(
            "pol",
            "CPS DECISION: KAYCEE QUENNELL - NO FURTHER ACTION (INSUFFICIENT EVIDENCE). BAIL "
            "CANCELLED. SUSPECT INFORMED BY PHONE.",
            "15:10",
            "Outcome - NFA",
        ),
    )
    f.occ(
        "2025-02-19",
        "partner-charged",
        R(
            "pol",
            "1640 FELLS CHARGED AT MARLINGFORD CUSTODY: S18 GBH WITH INTENT (SKULL FRACTURE) AND "
            "CHILD CRUELTY S1 CYPA 1933 (RIB FRACTURES). REMANDED IN CUSTODY TO APPEAR "
            "MARLINGFORD MC 20/02/25.",
            "16:40",
            "Charge",
        ),
        R(
            "csc",
            "Jordan Fells charged today with GBH with intent and child cruelty and kept in "
            "custody for court tomorrow (info DS Cheswick). I told Kaycee and Debbie.",
            "17:20",
            "Criminal proceedings",
        ),
    )
    f.occ(
        "2025-02-20",
        "magistrates-remand",
        R(
            "pol",
            "FELLS APPEARED MARLINGFORD MC. SENT TO ALDERMOOR CROWN COURT, PTPH 20/03/25. "
            "REMANDED IN CUSTODY.",
            "",
            "Court",
        ),
        R(
            "csc",
            "Jordan appeared at Marlingford Magistrates yesterday, sent to the Crown Court and "
            "remanded in custody (DS Cheswick by email).",
            "09:10",
            "Criminal proceedings",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-04",
        "core-group-3",
        R(
            "csc",
            "Core group 3: SW, HV, nursery, Kaycee, Debbie. Unsupervised days at Kaycee's flat "
            "going well (6 so far). Agreed Reggie moves home to Kaycee on 24/03 with Debbie "
            "staying the first week; nursery to stay the same.",
            "10:30",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: Core group. Outcome: plan for return home to mother 24/03 agreed. HV "
            "to visit mother's flat the week after.",
            "10:30",
            "Core group",
        ),
        R(
            "nur",
            "Core group - plan for Reggie to go back to Mum's on 24th March. He will keep his "
            "nursery sessions. Mum added to collection list from that date.",
            shift="swap",
        ),
    )
    f.occ(
        "2025-03-24",
        "return-home",
        R(
            "csc",
            "Reggie moved back to live with Kaycee at Flat 3, 14 Pinnock Rise today as agreed at "
            "core group. Debbie staying for the first week. Safety plan updated and signed.",
            "16:00",
            "Change of living arrangements",
        ),
        R(
            "hv",
            "Contact type: Information (from SW). Reggie returned to mother's care at Flat 3, "
            "14 Pinnock Rise KV4 7TD on 24/03/2025. Outcome: address updated back to home "
            "address.",
            "",
            "Change of address",
            shift="late",
        ),
    )

    # ---- routine entries --------------------------------------------------------------------
    f.fill(
        "fnp",
        "2024-01-08",
        "2024-06-14",
        [
            (
                "",
                "Home visit. Kaycee and Reggie well. Weaning to family foods going well; "
                "discussed teeth brushing. Kaycee back at college in September?",
            ),
            (
                "",
                "Home visit. Worked through 'Partners in Parenting' materials. Reggie climbing "
                "on furniture - talked about stair gates and window restrictors.",
            ),
        ],
        timed=False,
    )
    f.fill(
        "hv",
        "2024-10-23",
        "2025-03-20",
        [
            (
                "Home visit",
                "Contact type: Home visit (MGM address). Seen: Reggie, MGM. Outcome: "
                "well, sleeping through. No concerns.",
            ),
            (
                "Clinic",
                "Contact type: Clinic weigh. Seen: Reggie with MGM. Weight 12.6kg "
                "(50th). Outcome: growth satisfactory.",
            ),
            ("Telephone", "Contact type: Telephone to MGM to book next visit. Outcome: booked."),
        ],
    )
    f.fill(
        "gp",
        "2024-01-08",
        "2024-07-31",
        [
            (
                "Face to face",
                "S: Reggie, cough and runny nose 4 days, eating ok. O: T 37.6, "
                "chest clear, ears normal. A: viral URTI. P: fluids, paracetamol, safety-net.",
            ),
            (
                "Face to face",
                "Reggie: nappy rash, mum concerned. O: mild irritant dermatitis. "
                "P: barrier cream. Brought by mother.",
            ),
        ],
    )
    f.fill(
        "gp",
        "2024-09-10",
        "2025-03-31",
        [
            (
                "Telephone",
                "Telephone: Kaycee, sertraline review. Mood a little better, no side "
                "effects. Continue 50mg. r/v 3 months.",
            ),
        ],
    )
    f.fill(
        "nur",
        "2024-11-12",
        "2025-03-28",
        [
            ("", "Reggie absent today - Nan phoned, he has a temperature."),
            (
                "",
                "Reggie painting and water play, playing alongside others. Key person notes "
                "more words (shoes, more, ball).",
            ),
            ("", "Termly learning journey shared with Nan."),
        ],
        timed=False,
    )
    f.fill(
        "pa",
        "2024-11-25",
        "2025-01-17",
        [
            (
                "",
                "Session at the family centre: routines, boundaries and tantrums. Kaycee "
                "reflective, did the worksheet at home.",
            ),
            (
                "",
                "Observed contact at Debbie's: Kaycee warm, responded quickly when Reggie "
                "banged his head on the table; good use of distraction.",
            ),
            (
                "",
                "Session: Kaycee's relationships history and warning signs. She named Jordan's "
                "temper with Reggie when he cried at night - new information, passed to SW same "
                "day.",
            ),
        ],
        timed=False,
    )
    f.fill(
        "csc",
        "2024-11-05",
        "2025-03-20",
        [
            (
                "Home visit",
                "Statutory CP visit at Debbie's. Reggie seen alone in play, "
                "happy, no marks. Room seen.",
            ),
            (
                "Supervision",
                "Case supervision with TM: plan on track; chase police re charging decision.",
            ),
        ],
    )
    f.fill(
        "csc",
        "2024-11-21",
        "2025-03-20",
        [
            (
                "Home visit",
                "Visit to Kaycee's flat to look at the home ahead of longer contact. "
                "Tidy, stair gate fitted, Jordan's belongings gone.",
            ),
        ],
    )
    f.fill(
        "fgc",
        "2024-11-15",
        "2025-03-14",
        [
            ("Review", "Family plan review by phone with Debbie - working well, no changes."),
        ],
        timed=False,
    )
    f.fill(
        "ward",
        "2024-11-18",
        "2025-02-28",
        [
            (
                "Outpatient",
                "Paediatric clinic follow-up (Dr Qadri). Brought by MGM. Well, "
                "developing normally, no new injuries. Bone profile and vit D normal. Discharged "
                "to GP and HV.",
            ),
        ],
    )
    f.fill(
        "pol",
        "2024-10-21",
        "2024-11-15",
        [
            (
                "Investigation",
                "SCENE VISIT 14 PINNOCK RISE WITH CSI. SOFA HEIGHT MEASURED 42CM. "
                "FLOOR LAMINATE OVER CONCRETE.",
            ),
        ],
        weekdays=False,
    )
    f.fill(
        "pol",
        "2024-11-01",
        "2025-01-05",
        [
            (
                "Investigation",
                "DOWNLOAD OF FELLS MOBILE: SEARCHES RE 'BABY RIBS CRACK' "
                "DATED 20/09/24. FORWARDED TO OIC.",
            ),
        ],
        weekdays=False,
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Harrowell family, Thornleigh Abbas. Isaac Harrowell (b. 03/05/2015) lives with his
# mother Ingrid Harrowell (b. 14/11/1979) at 2 Mill Cottages, Ostler's Lane, Thornleigh Abbas
# XH6 3RW. Registered at Abbas Vale Medical Practice and Okeby Street Dental Practice; at
# Sedgebrook Primary School until May 2024. After a dispute with the school over his needs and
# a bullying incident his mother withdraws him to educate him at home; the home education team
# and the school attendance service are refused entry, notices and a school attendance order
# follow, and he is not seen for months. A GP referral, a refused visit, a forced entry and
# police protection, an emergency foster placement, an EPO and an interim care order, a neglect
# medical and a report of neglect and social isolation; the mother arrested and charged.
# --------------------------------------------------------------------------------------------


def _harrowell() -> BlindCase:
    f = Family(
        "harrowell",
        1402,
        {
            "sch": Sheet(
                SCHOOL,
                "Sedgebrook Primary - safeguarding export.xlsx",
                "Isaac H",
                staff=(("2024-01-01", "K Abernethy (DSL)"),),
                typed=False,
            ),
            "sas": Sheet(
                ATTENDANCE,
                "Dunmarsh School Attendance Service.xlsx",
                "Casework",
                staff=(("2024-01-01", "Owain Pim, Attendance Officer"),),
            ),
            "ehe": Sheet(
                EHE,
                "EHE team case notes - I Harrowell.docx",
                "Table 1",
                staff=(("2024-05-01", "Frances Brightwell, EHE Officer"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "Abbas Vale Medical Practice.csv",
                "",
                staff=(("2024-01-01", "Dr P Lindgren"),),
            ),
            "dent": Sheet(
                DENTIST,
                "Okeby Street Dental Practice.xlsx",
                "Patient log",
                staff=(("2024-01-01", "A Szymanek (GDP)"),),
            ),
            "pol": Sheet(
                POLICE,
                "Dunmarsh Police return - Harrowell.xlsx",
                "Incidents",
                staff=(("2024-01-01", "PC 2231 D Yeoman"), ("2025-03-12", "DS 1046 C Frain")),
            ),
            "csc": Sheet(
                CSC,
                "Dunmarsh CSC chronology - Isaac Harrowell.xlsx",
                "Chronology",
                staff=(("2024-12-01", "MASH team"), ("2025-03-10", "Bethan Coyle (SW)")),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Dunmarsh Ambulance - ePCR summary.csv",
                "",
                staff=(("2024-01-01", "Paramedic R Huxtable"),),
            ),
            "ed": Sheet(
                ED,
                "Dunmarsh Royal Infirmary ED.xlsx",
                "ED attendances",
                staff=(("2024-01-01", "Dr M Szabo"),),
            ),
            "paeds": Sheet(
                PAEDS,
                "Thornleigh CDC - community paediatrics.xlsx",
                "Chronology",
                staff=(("2024-01-01", "Dr H Ransome"),),
            ),
            "fost": Sheet(
                FOSTERING,
                "Dunmarsh Fostering - supervising social worker log.xlsx",
                "Log",
                staff=(("2025-03-01", "Nell Crabtree (SSW)"),),
            ),
            "caf": Sheet(
                CAFCASS,
                "Cafcass - Isaac Harrowell.xlsx",
                "Case log",
                staff=(("2025-03-01", "Rowena Liddiard (Children's Guardian)"),),
            ),
        },
    )

    # ---- at school, and withdrawal -------------------------------------------------------
    f.occ(
        "2024-03-12",
        "school-bullying",
        R(
            "sch",
            "[Bullying] Isaac pushed against the fence at lunch by another Y4 pupil, graze to "
            "his hand, first aid given. Class teacher phoned Mum at 3.15; she was very angry, "
            "said the school 'does nothing' and Isaac is targeted because he is different. "
            "Action: HT to ring Mum tomorrow; other pupil's parents informed.",
        ),
    )
    f.occ(
        "2024-04-23",
        "school-send-meeting",
        R(
            "sch",
            "[SEND] Meeting with Ms Harrowell, SENCO and class teacher about Isaac's needs "
            "(sensory, social communication). Mum asked for an EHCP assessment and a 1:1; SENCO "
            "explained the graduated approach and the CDC waiting list. Mum left after 20 "
            "minutes saying she would 'take him out'. Notes sent home.",
        ),
    )
    f.occ(
        "2024-05-08",
        "sas-stage1-letter",
        R(
            "sas",
            "Stage 1 attendance letter sent to parent: 81.4% this academic year, 23 unauthorised "
            "sessions. Copy to school.",
            "",
            "Letter",
        ),
    )
    f.occ(
        "2024-05-20",
        "school-dereg-email",
        R(
            "sch",
            "[Attendance] Email from Ms Harrowell at 08:52: she is withdrawing Isaac from today "
            "to educate him at home, 'effective immediately'. HT acknowledged and asked her to "
            "come in to talk; no reply. Isaac not in today.",
        ),
    )
    f.occ(
        "2024-05-21",
        "school-off-roll",
        R(
            "sch",
            "[Admin] Isaac removed from roll today under Reg 9(1)(a) (home education) following "
            "the parent's written notice of 20/05.",
        ),
    )
    f.occ(
        "2024-05-21",
        "school-notifies-ehe",
        R(
            "sch",
            "[Safeguarding] I notified the LA Elective Home Education team by email of Isaac's "
            "deletion from roll, with his attendance record, the SEND meeting notes and the March "
            "bullying incident.",
        ),
        R(
            "ehe",
            "Notification received from Sedgebrook Primary (DSL) that Isaac Harrowell (Y4) has "
            "been removed from roll for home education from 21/05. School mention a dispute "
            "over SEN support and attendance of 81%. Case opened; introductory letter to "
            "parent to follow.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-06-04",
        "ehe-intro-letter",
        R(
            "ehe",
            "Letter to Ms Harrowell: introduction, EHE guidance leaflet, request for information "
            "about Isaac's education and an offer of a home visit at a time to suit.",
        ),
    )
    f.occ(
        "2024-06-25",
        "ehe-reply-typed-twice",
        R(
            "ehe",
            "Reply from Ms Harrowell by email declining a home visit ('not a legal requirement') "
            "with a one-page statement of educational philosophy ('child-led, autonomous'). No "
            "examples of work. I replied asking for examples by the end of July.",
        ),
        R(
            "ehe",
            "Reply from Ms Harrowell by email declining home visit ('not a legal requirement'), "
            "with one page statement of educational philosophy ('child led, autonomous'). No "
            "examples of work. Replied asking for examples by end of July.",
        ),
    )
    f.occ(
        "2024-07-09",
        "gp-asthma-not-brought",
        R(
            "gp",
            "Asthma review booked for Isaac - not brought. Mother attended alone and asked for "
            "salbutamol and Clenil. Says Isaac 'doesn't like doctors'. One month issued; asked "
            "to bring Isaac within 4 weeks. WNB coded.",
            "11:20",
            "Face to face (parent)",
        ),
    )
    f.occ(
        "2024-08-13",
        "dentist-wnb-1",
        R(
            "dent",
            "Isaac Harrowell - 6-monthly recall. FTA / Was Not Brought. No contact from parent. "
            "Recall letter re-sent.",
            "09:30",
            "WNB",
        ),
    )
    f.occ(
        "2024-09-18",
        "ehe-annual-report",
        R(
            "ehe",
            "Annual report received by email from Ms Harrowell: two paragraphs ('Isaac reads "
            "widely, we do maths through baking and Minecraft'). No samples of work, Isaac not "
            "seen. Not enough to show that a suitable education is being provided; I will ask "
            "to meet.",
        ),
    )
    f.occ(
        "2024-10-10",
        "dentist-wnb-2",
        R(
            "dent",
            "Isaac - second FTA (WNB). Phoned mobile, no answer, voicemail full.",
            "14:10",
            "WNB",
        ),
    )
    f.occ(
        "2024-10-14",
        "dentist-letter-gp",
        R(
            "dent",
            "Letter to GP (Dr Lindgren): Isaac not brought 13/08 and 10/10; last attended Nov "
            "2022 with caries LL6/LR6 needing treatment. Sent under our 'was not brought' "
            "safeguarding policy.",
            "",
            "Letter out",
        ),
        R(
            "gp",
            "Letter in from Okeby Street Dental: Isaac not brought to two dental appointments; "
            "caries untreated since 2022. Read by Dr Lindgren - WNB code added, for discussion at "
            "practice safeguarding meeting.",
            "",
            "Correspondence",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-06",
        "ehe-no-answer",
        R(
            "ehe",
            "Called at 2 Mill Cottages unannounced at 10.40. No answer although a television "
            "could be heard. Left a card asking Ms Harrowell to contact me.",
        ),
    )
    f.occ(
        "2024-11-20",
        "joint-ehe-sas-visit",
        R(
            "ehe",
            "Visit with Owain Pim (Attendance Service). Ms Harrowell spoke through the closed "
            "door and would not open it, said we were 'harassing' her and Isaac was 'fine and "
            "busy'. We asked to see Isaac even briefly - refused. A child's voice could be heard. "
            "Front windows covered with foil.",
        ),
        R(
            "sas",
            "Joint visit with EHE officer to 2 Mill Cottages. Parent refused to open the door. "
            "Child not seen. Parent told the LA may serve a notice under s437(1).",
            "14:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-12-03",
        "s437-notice",
        R(
            "ehe",
            "Section 437(1) notice sent by first-class and recorded post: Ms Harrowell to satisfy "
            "the LA within 15 school days that Isaac is receiving a suitable education. Copy to "
            "the Attendance Service.",
        ),
        R(
            "sas",
            "Copy received from EHE: s437(1) notice sent to parent today. Diary response date.",
            "",
            "Notice",
        ),
    )
    f.occ(
        "2024-12-14",
        "police-welfare-check",
        R(
            "pol",
            "CAD 0921 14/12/24 1630. CONCERN FOR WELFARE. CALLER (NEIGHBOUR, ANON) STATES BOY "
            "ABOUT 9 IN GARDEN IN T-SHIRT IN THE RAIN, MOTHER SHOUTING. PCS ATTENDED 1712, SPOKE "
            "TO MOTHER AT DOOR, CHILD SEEN BRIEFLY BEHIND HER, NO VISIBLE INJURY. HOUSE "
            "CLUTTERED. ADVICE GIVEN. PPN1 (CHILD) SUBMITTED.",
            "16:30",
            "Concern for welfare",
        ),
    )
    f.occ(
        "2024-12-16",
        "csc-ppn-received",
        R(
            "csc",
            "Police notification (PPN) received re a welfare check at 2 Mill Cottages on "
            "Saturday 14/12: neighbour worried about a boy in the garden without a coat in the "
            "rain. Officers saw Isaac briefly at the door, no injuries, house 'cluttered'. "
            "Passed to MASH screening.",
            "09:40",
            "Contact - police",
        ),
    )
    f.occ(
        "2024-12-17",
        "mash-decision-1",
        R(
            "csc",
            "MASH screening decision (TM R Ollerenshaw): Amber - no role for CSC at present; "
            "child known to EHE team and seen by police 14/12. Information shared with the EHE "
            "officer by email. NFA.",
            "15:20",
            "MASH decision",
            outcome="NFA - information shared",
        ),
    )
    f.occ(
        "2025-01-16",
        "sas-sao-intention",
        R(
            "sas",
            "Notice of intention to serve a School Attendance Order (s437(3)) sent to parent: no "
            "satisfactory response to the s437(1) notice. Parent has 15 days to name a school.",
            "",
            "Notice",
        ),
    )
    f.occ(
        "2025-01-22",
        "ehe-invites-gp",
        R(
            "ehe",
            "Phoned Abbas Vale Medical Practice and spoke to Dr Lindgren to invite the practice "
            "to the professionals' meeting on 28/01. He will join by phone.",
        ),
        R(
            "gp",
            "Telephone call from EHE officer (F Brightwell): invite to professionals' meeting "
            "28/01 "
            "about Isaac, not seen by professionals since May. Will join by phone.",
            "12:35",
            "Telephone",
        ),
    )
    f.occ(
        "2025-01-28",
        "professionals-meeting",
        R(
            "ehe",
            "Professionals' meeting (I chaired) at County Hall: Attendance Service, MASH "
            "consultant social worker, Sedgebrook DSL, Dr Lindgren by phone. Isaac has not been "
            "seen by a professional since May except at the door by police on 14/12. Asthma "
            "unreviewed, two dental WNBs. Agreed: SAO to proceed; any agency with a new welfare "
            "concern to refer to MASH; GP to write to mother asking for an asthma review.",
        ),
        R(
            "sas",
            "Professionals' meeting re IH (County Hall). Agreed SAO will name Sedgebrook Primary "
            "if the parent names no school.",
            "13:30",
            "Meeting",
        ),
        R(
            "csc",
            "Attended professionals' meeting convened by the EHE team (as MASH consultant SW). "
            "On the information now known threshold for S47 not met; advised any agency with "
            "fresh welfare concerns to refer. No CSC role yet.",
            "13:30",
            "Professionals meeting",
        ),
        R(
            "sch",
            "I attended a professionals' meeting at County Hall about Isaac (off roll since May). "
            "Shared our records on attendance, the SEND meeting and the March incident. We "
            "would take Isaac back if an SAO names us.",
        ),
        R(
            "gp",
            "Professionals' meeting (by phone) re Isaac: shared asthma not reviewed since 2023, "
            "dental WNB x2, mother's own anxiety. Action: letter to mother requesting review.",
            "13:30",
            "MDT meeting",
        ),
    )
    f.occ(
        "2025-01-30",
        "gp-letter-mother",
        R(
            "gp",
            "Letter to Ms Harrowell: Isaac's asthma review is overdue and inhalers cannot be "
            "issued again without seeing him. Appointment offered 13/02, home visit possible.",
            "",
            "Letter out",
        ),
    )
    f.occ(
        "2025-02-11",
        "sao-served",
        R(
            "sas",
            "School Attendance Order served on Ms Harrowell by hand (letterbox) and post, naming "
            "Sedgebrook Primary. Isaac to attend from 24/02/2025.",
            "11:00",
            "SAO",
        ),
        R(
            "ehe",
            "SAO served today by the Attendance Service naming Sedgebrook Primary (start 24/02).",
            shift="month",
        ),
    )
    f.occ(
        "2025-02-24",
        "school-rings-sas",
        R(
            "sch",
            "Isaac did not arrive today (start date under the SAO). Rang Mum, no answer. I rang "
            "Owain Pim at the Attendance Service to let him know.",
        ),
        R(
            "sas",
            "Sedgebrook DSL rang: Isaac has not attended today as required by the SAO. "
            "Prosecution file (s443) to be started.",
            "10:15",
            "Telephone",
        ),
    )

    # ---- referral, refused visits and police protection ---------------------------------
    f.occ(
        "2025-03-05",
        "gp-referral",
        R(
            "gp",
            "Safeguarding referral to Dunmarsh MASH (online form): Isaac not seen by any health "
            "professional since 2023; asthma unreviewed, mother collecting inhalers monthly; "
            "dental WNB x2; no reply to our letter of 30/01; mother has longstanding anxiety "
            "and rarely leaves the house. Concern for neglect.",
            "16:45",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Contact from GP (Dr Lindgren) via portal, submitted yesterday afternoon: Isaac (9), "
            "home educated, not seen by health since 2023, asthma unreviewed, dental decay, "
            "mother anxious and housebound. Concern for neglect.",
            "09:05",
            "Contact - health",
            shift="+1",
        ),
    )
    f.occ(
        "2025-03-07",
        "mash-decision-2",
        R(
            "csc",
            "MASH decision (TM R Ollerenshaw): Red - to Assessment Team for a child and family "
            "assessment; Isaac to be seen within 5 working days; consider S47 if access refused.",
            "14:00",
            "MASH decision",
            outcome="C&F assessment",
        ),
    )
    f.occ(
        "2025-03-10",
        "joint-visit-refused",
        R(
            "csc",
            "Unannounced visit with Frances Brightwell (EHE). Ms Harrowell opened the door on the "
            "chain, refused entry, said Isaac was asleep. Strong smell of damp and rubbish from "
            "the hall. I explained why we needed to see Isaac; she closed the door. Child not "
            "seen. Discussed with TM - strategy discussion to be convened.",
            "11:00",
            "Home visit - unannounced",
        ),
        R(
            "ehe",
            "Visit with social worker Bethan Coyle (unannounced). Door opened on the chain; entry "
            "refused; Isaac not seen. Mother said we were 'the same people as before'.",
        ),
    )
    f.occ(
        "2025-03-12",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (Teams), chair TM Ollerenshaw. Attended: SW Coyle, DS Frain, EHE "
            "officer, Dr Lindgren, Attendance Officer. Isaac not seen by any professional for ten "
            "months except at the door; repeated refusals; untreated asthma and dental decay. "
            "Decision: S47 (neglect). Joint visit SW/police tomorrow morning; legal advice on an "
            "EPO if access is refused.",
            "10:00",
            "Strategy discussion",
            outcome="S47 agreed",
        ),
        R(
            "pol",
            "STRAT DISC 1000 CSC/POLICE/HEALTH/EDUCATION. S47 NEGLECT. JOINT VISIT 13/03 AM WITH "
            "SW. PNC MOTHER - NIL. OCC 25/04417 RAISED (CHILD NEGLECT - ENQUIRIES).",
            "10:00",
            "Strategy",
        ),
        R(
            "ehe",
            "Strategy discussion (virtual). I gave the home education history: three refusals "
            "since November, no evidence of suitable education, s437 notice and SAO. S47 agreed.",
        ),
        R(
            "gp",
            "Strategy meeting (Teams) - S47 agreed. GP to send records summary for Isaac and "
            "mother by 14/03.",
            "10:00",
            "MDT meeting",
        ),
        R(
            "sas",
            "Strat meeting re IH - S47 started; SAO prosecution paused meanwhile.",
            "",
            "Meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2025-03-13",
        "joint-visit-police",
        R(
            "csc",
            "Joint visit with PC Yeoman. No answer for ten minutes, then Ms Harrowell shouted "
            "from an upstairs window to go away. Isaac seen briefly at the window: very pale, "
            "thin face, hair matted. She said she will not 'hand him over to the state'. Left; "
            "TM and legal informed.",
            "10:30",
            "S47 - joint visit",
        ),
        R(
            "pol",
            "1030 JOINT VISIT WITH SW COYLE. ENTRY REFUSED. CHILD SEEN AT 1ST FLOOR WINDOW, "
            "APPEARS UNDERWEIGHT. NO GROUNDS FOR S17 PACE ENTRY AT THIS TIME. SW TO SEEK LEGAL "
            "ADVICE RE EPO.",
            "10:30",
            "Joint visit",
        ),
    )
    f.occ(
        "2025-03-13",
        "legal-planning",
        R(
            "csc",
            "Legal planning meeting (LA solicitor D Amankwah, TM, SW): threshold met; EPO "
            "application to be made tomorrow at Dunmarsh Family Court without notice; care "
            "proceedings to be issued.",
            "15:00",
            "Legal gateway",
        ),
    )
    f.occ(
        "2025-03-13",
        "forced-entry",
        R(
            "pol",
            "CAD 1507 13/03/25 1938. CALLER NEIGHBOUR AT 1 MILL COTTAGES: SCREAMING FROM NO 2, "
            "CHILD SHOUTING 'STOP'. UNITS ARR 1951, NO ANSWER, SCREAMING CONTINUING - ENTRY "
            "FORCED S17(1)(E) PACE. MOTHER IN DISTRESS. CHILD IN BACK BEDROOM, UNDERWEIGHT, "
            "SOILED CLOTHING, ROOM HEAVILY CLUTTERED. AMBULANCE REQUESTED.",
            "19:40",
            "Concern for welfare - entry",
        ),
        R(
            "amb",
            "CAT 3, police request. 9yo male, thin, pale, wheeze on exertion, SpO2 95% air. Home "
            "conditions very poor (rubbish, no working heating, foil on windows). Mother "
            "agitated, police present. Conveyed to DRI ED with police escort.",
            "20:05",
            "Attended - conveyed",
        ),
    )
    f.occ(
        "2025-03-13",
        "police-protection",
        R(
            "pol",
            "2045 S46 CHILDREN ACT 1989 - POLICE PROTECTION TAKEN BY PS 881 MORLEY. DESIGNATED "
            "OFFICER INSP VOYCE. CHILD TO DRI FOR CHECK, EDT TO ARRANGE CARE.",
            "20:45",
            "Police protection",
        ),
        R(
            "csc",
            "EDT: Isaac Harrowell (9) in police protection (s46) from 20:45 after police entered "
            "the home; designated officer Insp Voyce. EDT worker to meet Isaac at DRI and find "
            "an emergency foster placement.",
            "20:45",
            "Police protection",
        ),
    )
    f.occ(
        "2025-03-13",
        "ed-check",
        R(
            "ed",
            "TRIAGE: 9y M, BIBA with police (in police protection). Thin, pale, audible wheeze. "
            "Wt 21.0kg (<0.4th), Ht 128cm. RR 24, SpO2 95% air. Cat 3.",
            "21:40",
            "Triage",
        ),
        R(
            "ed",
            "Dr review: underweight, visible dental caries, head lice, sore skin on buttocks from "
            "soiled clothing. Mild asthma exacerbation - salbutamol 10 puffs via spacer, good "
            "response. Bloods: FBC, ferritin, vit D, coeliac screen. Safeguarding form to EDT.",
            "22:30",
            "Medical review",
        ),
        R(
            "ed",
            "D/C into care of EDT social worker for foster placement. Community paeds to see for "
            "neglect medical; letter to GP.",
            "23:55",
            "Discharge",
            outcome="Discharged - police protection",
        ),
    )
    f.occ(
        "2025-03-14",
        "foster-placement",
        R(
            "csc",
            "EDT: Isaac placed at 00:50 with emergency foster carers Pat and Jim Lyall, 5 Tenter "
            "Row, Dunmarsh, under police protection. Quiet, ate toast and went to bed.",
            "00:50",
            "Placement start",
        ),
        R(
            "fost",
            "Emergency placement: Isaac H (9) arrived 00:50 with EDT SW from DRI. Carers Pat and "
            "Jim Lyall. Placement plan to be signed today.",
            "00:50",
            "Placement start",
        ),
    )
    f.occ(
        "2025-03-14",
        "strategy-2",
        R(
            "csc",
            "Strategy discussion following police protection. TM, SW Coyle, DS Frain, Dr Ransome "
            "(community paediatrics), Dr Lindgren, EHE officer. S47 continues; EPO application "
            "this afternoon; neglect medical Monday 17/03; police to consider arresting mother "
            "after the medical.",
            "09:30",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISC 2 0930. CHILD IN PP (EXPIRES 2045 16/03). LA SEEKING EPO TODAY. ARREST "
            "OF MOTHER TO BE CONSIDERED POST MEDICAL.",
            "09:30",
            "Strategy",
        ),
        R(
            "ehe",
            "Second strategy discussion: Isaac now in foster care. EHE case to stay open; "
            "education to be arranged through the Virtual School.",
        ),
        R(
            "gp",
            "Strategy meeting 2 (phone): Isaac in police protection since last night. Records "
            "summary sent 13/03. Community paediatrics to do the medical.",
            "09:30",
            "MDT meeting",
        ),
        R(
            "paeds",
            "Strategy discussion (Dr Ransome): neglect medical agreed at CDC Mon 17/03 10:00; "
            "ED bloods and growth data requested.",
            "09:30",
            "Safeguarding",
        ),
    )
    f.occ(
        "2025-03-14",
        "epo-hearing",
        R(
            "csc",
            "Dunmarsh Family Court: EPO application heard without notice before DJ Penhaligon "
            "(mother told, did not attend). EPO granted for 8 days to 21/03/2025, with power to "
            "enter premises. Isaac to stay with the Lyalls; mother's contact at the LA's "
            "discretion.",
            "15:00",
            "Court - EPO",
            outcome="EPO granted",
        ),
        R(
            "caf",
            "EPO hearing (without notice), duty officer attended. Order made to 21/03. Guardian "
            "to be appointed when care proceedings are issued.",
            "15:00",
            "Hearing",
        ),
        R(
            "fost",
            "EPO made at Dunmarsh Family Court today (to 21/03). Placement with the Lyalls "
            "continues under the EPO.",
            "",
            "Legal status",
        ),
    )
    f.occ(
        "2025-03-17",
        "neglect-medical",
        R(
            "paeds",
            "Neglect / CP medical, CDC. Present: foster carer Mrs Lyall, SW Coyle. Wt 21.3kg "
            "(<0.4th), Ht 128cm (9th), BMI 13.0. Multiple caries, head lice, dry eczema, poor "
            "hygiene. Reads fluently; very anxious with adults, little eye contact; says he has "
            "not been outside 'since the summer'. Opinion: neglect (nutritional, medical, dental, "
            "educational) and severe social isolation. Report to follow.",
            "10:00",
            "CP medical",
        ),
        R(
            "csc",
            "I attended Isaac's neglect medical at Thornleigh CDC with his foster carer. Dr "
            "Ransome's initial view: significant neglect over a long period and social isolation. "
            "Isaac coped well and asked if he could 'go outside after'.",
            "10:00",
            "S47 - medical",
        ),
        R(
            "fost",
            "Mrs Lyall took Isaac to the CDC for his medical (SW present). Told he is very "
            "underweight; dietitian referral. Isaac ate a big lunch after.",
            "",
            "Health",
        ),
    )
    f.occ(
        "2025-03-18",
        "mother-arrested",
        R(
            "pol",
            "0915 ARREST: HARROWELL INGRID (F, 45) AT 2 MILL COTTAGES. S1 CYPA 1933 CHILD "
            "NEGLECT. INTERVIEWED, ANSWERED ALL QUESTIONS. RELEASED UNDER INVESTIGATION.",
            "09:15",
            "Arrest",
        ),
        R(
            "csc",
            "Ingrid Harrowell arrested this morning on suspicion of child neglect; interviewed "
            "and released under investigation.",
            "16:30",
            "Criminal proceedings",
        ),
    )
    f.occ(
        "2025-03-21",
        "ico-hearing",
        R(
            "csc",
            "Care proceedings issued 19/03. First hearing at Dunmarsh Family Court (HHJ "
            "Ostrowski): mother attended with solicitor and opposed. Interim care order made; "
            "Isaac stays in foster care; supervised contact twice weekly. CMH 10/04.",
            "11:00",
            "Court - ICO",
            outcome="ICO made",
        ),
        R(
            "caf",
            "First hearing (s31). Guardian Rowena Liddiard attended. ICO granted to the LA. "
            "Guardian "
            "supports separation for now; seeks a psychological assessment of mother.",
            "11:00",
            "Hearing",
        ),
        R(
            "fost",
            "ICO made today - Isaac now looked after under an interim care order; placement "
            "with the Lyalls continues.",
            "",
            "Legal status",
        ),
    )
    f.occ(
        "2025-03-24",
        "dentist-foster-carer",
        R(
            "dent",
            "Isaac, brought by foster carer Mrs Lyall (now in care). Toothache LL6. Caries LR6, "
            "LL6, LRE, LLD. Extraction LLD under LA, fluoride varnish. Treatment plan: 3 further "
            "visits.",
            "16:00",
            "Emergency appointment",
        ),
        R(
            "fost",
            "Pat took Isaac to Okeby Street Dental for his toothache - one baby tooth out, more "
            "visits needed. Isaac very brave.",
            "",
            "Health",
        ),
    )
    f.occ(
        "2025-03-26",
        "csc-lac-visit",
        R(
            "csc",
            "Statutory visit (looked after) to Isaac at placement. Seen alone in his room. Says "
            "he misses his mum but likes 'proper dinners' and the garden.",
            "10:00",
            "Statutory visit",
        ),
    )
    f.occ(
        "2025-03-26",
        "guardian-visit",
        R(
            "caf",
            "I visited Isaac at his foster home this afternoon. He showed me his Lego and talked "
            "about the books he has read. He wants to see his mum 'but not live in the dark "
            "again'.",
            "15:30",
            "Visit to child",
        ),
    )
    f.occ(
        "2025-04-02",
        "paeds-report",
        R(
            "paeds",
            "Report 'Neglect and social isolation - Isaac Harrowell' sent to SW and LA legal "
            "for the proceedings.",
            "",
            "Report",
        ),
        R(
            "csc",
            "Community paediatric report received (Dr Ransome), dated 02/04: chronic neglect "
            "(growth, asthma, dental, hygiene) and severe social isolation for at least ten "
            "months. Filed with the court.",
            "12:10",
            "Report received",
            shift="+1",
        ),
    )
    f.occ(
        "2025-04-07",
        "cafcass-analysis",
        R(
            "caf",
            "Initial case analysis filed and served ahead of the CMH on 10/04.",
            "",
            "Filing",
        ),
    )
    f.occ(
        "2025-04-08",
        "cla-review",
        R(
            "csc",
            "First looked-after review (IRO Lionel Dell) at the placement: Isaac, carers, SW, "
            "supervising SW. Care plan: stay with the Lyalls pending proceedings; school place "
            "via Virtual School; dental and dietetic follow-up.",
            "14:00",
            "CLA review",
            shift="-2",
        ),
        R(
            "fost",
            "LAC review at the carers' home - I attended with Pat. Isaac joined for ten "
            "minutes. IRO happy with the placement.",
            "14:00",
            "LAC review",
        ),
    )
    f.occ(
        "2025-04-10",
        "cmh",
        R(
            "csc",
            "Case management hearing: directions for a psychological assessment of mother and a "
            "parenting assessment; IRH 12/06. ICO renewed.",
            "10:00",
            "Court",
        ),
        R(
            "caf",
            "CMH attended. Directions agreed; ICO continues; IRH listed 12/06/2025.",
            "10:00",
            "Hearing",
            shift="swap",
        ),
    )
    f.occ(
        "2025-04-15",
        "initial-health-assessment",
        R(
            "paeds",
            "Initial health assessment (CLA). Brought by foster carer. Wt 22.6kg (+1.3kg in 4 "
            "weeks). Asthma plan started; dietitian and dental follow-up; emotional health: SDQ "
            "raised, refer to CAMHS.",
            "13:30",
            "IHA",
        ),
        R(
            "fost",
            "Initial health assessment at the CDC with Pat. Isaac has put on weight.",
            "",
            "Health",
        ),
    )
    f.occ(
        "2025-04-22",
        "new-school",
        R(
            "csc",
            "Isaac started at St Wyn's CE Primary, Dunmarsh (Year 5) today, part-time for two "
            "weeks. Virtual School PEP to follow.",
            "",
            "Education",
        ),
        R(
            "fost",
            "First day at St Wyn's Primary - Jim dropped him off, Isaac nervous but came home "
            "smiling.",
            "",
            "Education",
        ),
    )
    f.occ(
        "2025-05-20",
        "mother-charged",
        R(
            "pol",
            "HARROWELL ATTENDED DUNMARSH CUSTODY BY APPOINTMENT. CHARGED S1 CYPA 1933 CHILD "
            "NEGLECT. BAILED TO DUNMARSH MC 17/06/25, CONDS: CONTACT WITH CHILD ONLY AS ARRANGED "
            "BY LA.",
            "14:20",
            "Charge",
        ),
        R(
            "csc",
            "Ms Harrowell was charged yesterday with child neglect and bailed to the "
            "magistrates' court on 17/06 (DS Frain).",
            "09:30",
            "Criminal proceedings",
            shift="late",
        ),
    )
    f.occ(
        "2025-06-12",
        "irh",
        R(
            "csc",
            "Issues resolution hearing: mother now agrees Isaac should remain in foster care "
            "while she gets treatment; final hearing 24/07. Time in proceedings extended.",
            "10:00",
            "Court",
        ),
        R(
            "caf",
            "IRH: parties close to agreement on a long-term foster care plan. Final hearing "
            "listed 24/07.",
            "10:00",
            "Hearing",
        ),
    )

    # ---- routine entries --------------------------------------------------------------------
    f.fill(
        "sch",
        "2024-01-08",
        "2024-05-17",
        [
            (
                "",
                "[Attendance] Isaac absent - Mum reported a headache. Third absence this half "
                "term.",
            ),
            (
                "",
                "[Wellbeing] Isaac upset at lunch and ate alone in the library; class teacher "
                "spoke with him.",
            ),
            ("", "[Parental contact] Mum emailed asking for Isaac to move class."),
        ],
        timed=False,
    )
    f.fill(
        "sas",
        "2024-01-08",
        "2024-05-17",
        [
            (
                "Review",
                "Attendance review with Sedgebrook: IH 84%, 12 unauthorised sessions. Monitor.",
            ),
        ],
    )
    f.fill(
        "ehe",
        "2024-06-05",
        "2024-11-01",
        [
            ("", "Checked council tax and school census: no other children at the address."),
            ("", "Emailed Ms Harrowell for an update and examples of work. No reply."),
        ],
        timed=False,
    )
    f.fill(
        "gp",
        "2024-08-01",
        "2025-02-28",
        [
            (
                "Prescription",
                "Repeat prescription request (salbutamol, Clenil) for Isaac by "
                "mother online - issued 1 month, review overdue.",
            ),
            (
                "Telephone",
                "Ingrid (mother): telephone consultation - anxiety, rarely leaving the "
                "house. Sertraline increased to 100mg.",
            ),
            ("Prescription", "Isaac's inhalers collected by mother. Review message on script."),
        ],
    )
    f.fill(
        "dent",
        "2024-06-03",
        "2024-07-31",
        [("Recall", "Recall letter sent for Isaac (due Aug).")],
    )
    f.fill(
        "csc",
        "2025-03-27",
        "2025-06-27",
        [
            (
                "Contact",
                "Supervised contact at Dunmarsh family centre: mother tearful, brought "
                "sweets; Isaac quiet but hugged her at the end.",
            ),
            (
                "Supervision",
                "Supervision with TM: parenting assessment commissioned; PEP date set.",
            ),
            (
                "Statutory visit",
                "Statutory visit: Isaac settled, riding a bike in the carers' "
                "garden, attending school full time.",
            ),
        ],
    )
    f.fill(
        "fost",
        "2025-03-27",
        "2025-06-27",
        [
            (
                "Supervisory visit",
                "Supervisory visit to carers: Isaac eating well, bedtime "
                "routine settled. Training offered on attachment.",
            ),
            ("Health", "Dietitian appointment - weight up again."),
        ],
    )
    f.fill(
        "caf",
        "2025-04-14",
        "2025-06-06",
        [("Meeting", "Meeting with mother and her solicitor to hear her views.")],
    )
    f.fill(
        "paeds",
        "2025-04-23",
        "2025-06-27",
        [("Clinic", "Growth review: weight 24.1kg, asthma controlled. Continue.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Kinsella family, Yarrowby. Maisy (b. 20/01/2013) and Brody (b. 14/09/2017)
# Kinsella live with their mother Nadine Kinsella (b. 22/03/1985) and father Wayne Kinsella
# (b. 09/07/1981) at 11 Stonechat Walk, Yarrowby YW5 2HT, a Yarrowby Homes tenancy. Both children
# at Quarrybank Primary until July 2024, when Maisy moves up to Whinmoor Academy. Registered at
# Yarrowby Health Centre. The father drinks heavily; repeat call-outs, Operation Encompass, a
# CIN plan, a drug and alcohol service, then a strangulation reported by Maisy (12) on 999, the
# father's arrest, charge and bail conditions, a MARAC, an IDVA and a children's IDVA, a breach
# of bail, a non-molestation order, a sanctuary scheme and a guilty plea.
# --------------------------------------------------------------------------------------------


def _kinsella() -> BlindCase:
    f = Family(
        "kinsella",
        1403,
        {
            "pol": Sheet(
                POLICE,
                "Elmscote Police - DA return Kinsella.xlsx",
                "Incidents",
                staff=(("2024-05-01", "PC 4410 J Treharne"), ("2025-02-08", "DC 2817 A Sefton")),
            ),
            "csc": Sheet(
                CSC,
                "Yarrowby Childrens Social Care - Kinsella.xlsx",
                "Chronology",
                staff=(("2024-06-01", "MASH"), ("2024-10-02", "Fintan Reddish (SW)")),
            ),
            "sec": Sheet(
                SECONDARY,
                "Whinmoor Academy - safeguarding log.xlsx",
                "Maisy K",
                staff=(("2024-07-01", "R Fairley (DSL)"),),
                typed=False,
            ),
            "pri": Sheet(
                PRIMARY,
                "Quarrybank Primary - CPOMS export.xlsx",
                "Kinsella",
                staff=(("2024-01-01", "H Tozer (DSL)"),),
                typed=False,
            ),
            "idva": Sheet(
                IDVA,
                "Elmscote Domestic Abuse Partnership.xlsx",
                "IDVA",
                staff=(("2025-02-01", "Ailsa Birtwistle (IDVA)"),),
            ),
            "chidva": Sheet(
                CHIDVA,
                "Elmscote Domestic Abuse Partnership.xlsx",
                "ChIDVA",
                staff=(("2025-02-01", "Kit Manvell (ChIDVA)"),),
                typed=False,
            ),
            "das": Sheet(
                DRUG_ALCOHOL,
                "Harbour Lane Recovery Service.csv",
                "",
                staff=(("2024-05-01", "Wilf Cottrell, Recovery Worker"),),
            ),
            "gp": Sheet(
                GP,
                "Yarrowby Health Centre - GP return.xlsx",
                "GP",
                staff=(("2024-01-01", "Dr E Marchetti"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "Elmscote Ambulance Service.xlsx",
                "Incidents",
                staff=(("2024-01-01", "Paramedic C Doherty"),),
            ),
            "ed": Sheet(
                ED,
                "Yarrowby District Hospital - ED.csv",
                "",
                staff=(("2024-01-01", "Dr O Ackland"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "0-19 School Nursing - Kinsella.xlsx",
                "School nursing",
                staff=(("2024-01-01", "Anna Pendry (School Nurse)"),),
            ),
            "hsg": Sheet(
                HOUSING,
                "Yarrowby Homes - tenancy notes.xlsx",
                "Notes",
                staff=(("2024-01-01", "Dev Raikes, Housing Officer"),),
            ),
        },
    )

    # ---- the first year: drinking and call-outs --------------------------------------------
    f.occ(
        "2024-05-14",
        "gp-alcohol-consult",
        R(
            "gp",
            "S: Wayne, 42, asking for help with drinking - 'wife's given me an ultimatum'. About "
            "10 cans of strong lager a day, shakes in the morning. O: AUDIT 31, BP 152/96, LFTs "
            "sent. A: alcohol dependence. P: thiamine, not to stop suddenly, referral to Harbour "
            "Lane Recovery, review with bloods 2 weeks.",
            "10:20",
            "Face to face",
        ),
    )
    f.occ(
        "2024-05-14",
        "gp-referral-das",
        R(
            "gp",
            "Referral letter to Harbour Lane Recovery Service for Wayne Kinsella (alcohol "
            "dependence, AUDIT 31) sent by NHSmail.",
            "16:05",
            "Referral",
        ),
        R(
            "das",
            "Referral received from Yarrowby Health Centre (Dr Marchetti): Wayne Kinsella, "
            "alcohol dependence, AUDIT 31. Assessment offered 05/06.",
            "",
            "Referral in",
            shift="+1",
        ),
    )
    f.occ(
        "2024-06-05",
        "das-assessment",
        R(
            "das",
            "Comprehensive assessment. Wayne drinks 8-12 cans of 9% lager a day, more at "
            "weekends; no drugs. Lives with wife and two children (11 and 6). Says they argue "
            "'about the drink' but denies any violence. Goal: cut down; not ready for detox. "
            "Allocated to Wilf C.",
            "14:00",
            "Assessment",
        ),
    )
    f.occ(
        "2024-06-15",
        "police-callout-1",
        R(
            "pol",
            "OCC 24/88213 15/06/24 2340. DOMESTIC - VERBAL. CALLER NEIGHBOUR AT 13 STONECHAT WALK "
            "REPORTS SHOUTING AND BANGING FROM NO 11. OFFICERS ATT 2358. WAYNE KINSELLA "
            "INTOXICATED, ARGUMENT WITH WIFE NADINE OVER MONEY. NO ASSAULT ALLEGED. 2 CHILDREN "
            "(11, 6) IN BED, SEEN. DASH STANDARD (4 YES). PPN X2 SUBMITTED.",
            "23:40",
            "Domestic incident",
        ),
    )
    f.occ(
        "2024-06-17",
        "encompass-1",
        R(
            "pol",
            "OP ENCOMPASS: NOTIFICATION SENT 0805 TO QUARRYBANK PRIMARY DSL RE MAISY (Y6) AND "
            "BRODY (Y1) KINSELLA - DOMESTIC INCIDENT 15/06 AT HOME ADDRESS, CHILDREN PRESENT.",
            "08:05",
            "Op Encompass",
        ),
        R(
            "pri",
            "Operation Encompass (Maisy, Y6): police notification this morning of a domestic "
            "incident at home on Saturday night, verbal argument, children in bed. Class "
            "teacher told to be available; Maisy seemed fine, said Dad was 'being loud again'.",
        ),
        R(
            "pri",
            "Operation Encompass (Brody, Y1): notification received re incident at home Sat "
            "15/06. Brody's teacher informed. Brody tired but settled.",
        ),
    )
    f.occ(
        "2024-06-17",
        "csc-ppn-1",
        R(
            "csc",
            "Police notification received (DA, standard risk): verbal argument at 11 Stonechat "
            "Walk "
            "on 15/06, father intoxicated, Maisy (11) and Brody (6) in the home. First "
            "notification for this family. To MASH screening.",
            "11:20",
            "Contact - police notification",
        ),
    )
    f.occ(
        "2024-06-18",
        "mash-screening-1",
        R(
            "csc",
            "MASH screening decision: threshold for CSC not met. Schools already told through "
            "Encompass; letter to parents signposting Early Help and the domestic abuse service. "
            "NFA.",
            "15:00",
            "MASH decision",
            outcome="NFA - signposted",
        ),
    )
    f.occ(
        "2024-07-02",
        "das-dna",
        R(
            "das",
            "Wayne did not attend 1:1 with recovery worker. Text sent, rebooked 16/07.",
            "10:00",
            "DNA",
        ),
    )
    f.occ(
        "2024-07-10",
        "transition-file",
        R(
            "pri",
            "Transition: I sent Maisy's safeguarding file to the DSL at Whinmoor Academy through "
            "CPOMS, including the Encompass notification of 17/06.",
        ),
        R(
            "sec",
            "Y7 transition: safeguarding file for Maisy Kinsella received from Quarrybank "
            "Primary (one Encompass notification, June 2024; no CP history). Added to our watch "
            "list for September.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-09-04",
        "maisy-starts-secondary",
        R(
            "sec",
            "Maisy started Y7 today, tutor group 7RL. Quiet; came in with a friend from "
            "Quarrybank.",
        ),
    )
    f.occ(
        "2024-09-28",
        "police-callout-2",
        R(
            "pol",
            "OCC 24/141907 28/09/24 2115. DOMESTIC. CALLER NADINE KINSELLA: HUSBAND DRUNK, "
            "KICKING FRONT DOOR, SHE HAS LOCKED HIM OUT. OFFICERS ATT 2131 - SUSPECT LEFT PRIOR. "
            "DAMAGE TO DOOR PANEL. CHILDREN (11, 7) IN LOUNGE WITH MOTHER, UPSET. DASH MEDIUM "
            "(9 YES). PPN SUBMITTED.",
            "21:15",
            "Domestic incident",
        ),
    )
    f.occ(
        "2024-09-29",
        "police-callout-3",
        R(
            "pol",
            "OCC 24/141962 29/09/24 0105. DOMESTIC - REPEAT (2ND IN 4 HRS). WAYNE KINSELLA "
            "BACK AT 11 STONECHAT WALK, SHOUTING IN THE STREET, REFUSING TO LEAVE. NEIGHBOURS "
            "CALLING.",
            "01:05",
            "Domestic incident",
        ),
    )
    f.occ(
        "2024-09-29",
        "arrest-criminal-damage",
        R(
            "pol",
            "0125 ARREST WAYNE KINSELLA (M, 43) CRIMINAL DAMAGE (FRONT DOOR) AND DRUNK AND "
            "DISORDERLY. YARROWBY CUSTODY.",
            "01:25",
            "Arrest",
            outcome="Released 14:30 - caution (D&D); criminal damage NFA",
        ),
    )
    f.occ(
        "2024-09-30",
        "encompass-2",
        R(
            "pol",
            "OP ENCOMPASS: ONE SECURE EMAIL 0810 TO DSLS AT WHINMOOR ACADEMY (MAISY Y7) AND "
            "QUARRYBANK PRIMARY (BRODY Y2) - DOMESTIC INCIDENTS 28/09 AND 29/09 AT HOME ADDRESS.",
            "08:10",
            "Op Encompass",
        ),
        R(
            "sec",
            "Operation Encompass received this morning: two police call-outs at home over the "
            "weekend (Sat night and early Sunday), Dad drunk, door damaged. I saw Maisy period "
            "2 - tired, said she 'didn't sleep'. Given a pass to the wellbeing room.",
        ),
        R(
            "pri",
            "Op Encompass notification for Brody (Y2): incidents at home 28/09 and 29/09. Class "
            "teacher and TA aware. Brody chatty, said Daddy 'broke the door'.",
        ),
    )
    f.occ(
        "2024-09-30",
        "csc-ppn-2",
        R(
            "csc",
            "Two police notifications received (28/09 and 29/09): father drunk and kicking the "
            "door, then returned at 1am and was arrested. Second and third notifications since "
            "June. To MASH.",
            "14:30",
            "Contact - police notification",
        ),
    )
    f.occ(
        "2024-10-01",
        "mash-screening-2",
        R(
            "csc",
            "MASH decision: escalating domestic abuse linked to father's drinking. Step up to "
            "Assessment Team for a child and family assessment (s17). Schools and Harbour Lane "
            "to be contacted with consent.",
            "12:00",
            "MASH decision",
            outcome="C&F assessment",
        ),
    )
    f.occ(
        "2024-10-08",
        "sw-home-visit",
        R(
            "csc",
            "First home visit for the assessment. Seen Nadine, Maisy and Brody (Wayne at work). "
            "Nadine says Wayne is 'lovely sober' but drinks every night; he has never hit her "
            "but grabs and pushes when drunk. Maisy described hiding upstairs with Brody and "
            "headphones on. Door panel boarded.",
            "16:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-08",
        "sn-brody-school",
        R(
            "sn",
            "Brody seen in school (continence drop-in, referred by class teacher): daytime "
            "wetting since September. Advice and bladder diary given. Teacher mentioned police "
            "call-outs - will liaise with SW.",
            "10:30",
            "School contact",
        ),
    )
    f.occ(
        "2024-11-19",
        "assessment-complete",
        R(
            "csc",
            "Child and family assessment completed and authorised: children in need because of "
            "domestic abuse and father's alcohol misuse. CIN plan; both parents agree. First CIN "
            "meeting 26/11.",
            "",
            "Assessment",
            outcome="CIN plan",
        ),
    )
    f.occ(
        "2024-11-26",
        "cin-1",
        R(
            "csc",
            "CIN meeting 1 at Quarrybank Primary: Nadine, Wayne, SW, Whinmoor DSL, Quarrybank "
            "DSL, recovery worker. Plan: Wayne to attend Harbour Lane weekly; Nadine offered DA "
            "outreach; wishes and feelings work with both children; safety plan if Wayne comes "
            "home drunk. Review in 6 weeks.",
            "15:45",
            "CIN meeting",
        ),
        R(
            "sec",
            "I attended the CIN meeting at Quarrybank after school. Maisy's attendance 91%, some "
            "lateness, doing well in English. Our action: weekly check-in with Maisy.",
        ),
        R(
            "pri",
            "CIN meeting held here at 3.45pm. Brody's wetting and tiredness discussed. School "
            "actions: nurture group place; daily home-school book.",
        ),
        R(
            "das",
            "CIN meeting (Quarrybank Primary). Shared with Wayne's consent: 4 of 7 sessions "
            "attended, drinking down to about 6 cans a day. To consider community detox in the "
            "new year.",
            "15:45",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-12-05",
        "sec-wellbeing-typed-twice",
        R(
            "sec",
            "Maisy came to the wellbeing room at lunch, upset - said Dad was 'drunk all weekend' "
            "and Mum had been crying. No disclosure of harm. Passed to SW by email.",
        ),
        R(
            "sec",
            "Maisy came to wellbeing room at lunch upset - said Dad was 'drunk all weekend' and "
            "Mum had been crying. No disclosure of harm. Passed to SW by email",
        ),
    )
    f.occ(
        "2024-12-27",
        "ed-wayne-1",
        R(
            "ed",
            "43M self-presented, ETOH++, fell in the street. 4cm laceration R eyebrow, GCS 15, "
            "no LOC. Wound glued. Alcohol liaison leaflet. D/c 01:40 with friend.",
            "23:10",
            "Attendance",
        ),
    )
    f.occ(
        "2024-12-28",
        "ed-wayne-2",
        R(
            "ed",
            "TRIAGE: 43M re-attender (seen last night). Intoxicated, c/o L chest pain after 'a "
            "fight in the pub'. HR 108, BP 160/98. Cat 3.",
            "21:50",
            "Triage",
        ),
        R(
            "ed",
            "Dr review: ECG NAD, troponin negative. Bruised L ribs. Declined contact with wife. "
            "Referred to alcohol liaison team. D/c.",
            "22:40",
            "Review / discharge",
        ),
    )
    f.occ(
        "2025-01-14",
        "cin-2",
        R(
            "csc",
            "CIN review (Quarrybank Primary). Wayne did not attend ('working'). Nadine says "
            "Christmas was 'awful': Wayne drinking daily, two hospital visits. School nurse "
            "attended about Brody's continence. Plan continues; SW to see Wayne at home; "
            "escalate if another incident.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "sec",
            "CIN review - attended. Maisy more withdrawn since Christmas, missed homework.",
        ),
        R(
            "pri",
            "CIN review in the nurture room. Brody's wetting improving with the diary; nurture "
            "group going well.",
        ),
        R(
            "sn",
            "CIN meeting at Quarrybank: update on Brody's continence plan (improving). Dad absent.",
            "15:30",
            "Multi-agency meeting",
            shift="-1",
        ),
    )

    # ---- Saturday 8 February: the 999 call ------------------------------------------------
    f.occ(
        "2025-02-08",
        "strangulation-999",
        R(
            "pol",
            "OCC 25/20417 08/02/25 2210. 999 FROM MAISY KINSELLA (12) CRYING: 'MY DAD IS "
            "STRANGLING MY MUM'. LINE KEPT OPEN. UNITS ARR 2218 WITH AMBULANCE. NADINE KINSELLA "
            "RED MARKS TO NECK, HEAD LACERATION, STATES WAYNE HAD HANDS ROUND HER THROAT AND SHE "
            "BLACKED OUT. WAYNE INTOXICATED AT SCENE. CHILDREN (12, 7) PRESENT. DASH HIGH (18 "
            "YES). BWV ON.",
            "22:10",
            "Domestic - assault",
        ),
        R(
            "amb",
            "Co-responded with police. 39F, alleged strangulation by husband, brief LOC reported, "
            "petechiae around eyes, 3cm occipital scalp laceration. GCS 15. Advised ED "
            "assessment for NFS - agreed. Conveyed YDH. Children with neighbour.",
            "22:18",
            "Attended - conveyed",
        ),
    )
    f.occ(
        "2025-02-08",
        "arrest-nfs",
        R(
            "pol",
            "2231 ARREST WAYNE KINSELLA (M, 43) S75A SERIOUS CRIME ACT 2015 NON-FATAL "
            "STRANGULATION AND S47 ABH. CONVEYED YARROWBY CUSTODY. NOT FIT FOR INTERVIEW UNTIL "
            "AM.",
            "22:31",
            "Arrest",
        ),
    )
    f.occ(
        "2025-02-08",
        "ed-nadine",
        R(
            "ed",
            "TRIAGE: 39F BIBA, alleged strangulation ~22:00 and pushed into door frame. ?LOC 30s. "
            "Hoarse voice. Cat 2.",
            "23:05",
            "Triage",
        ),
        R(
            "ed",
            "ED reg: periorbital petechiae, fingertip bruising to neck, no stridor. CT angiogram "
            "neck - no vascular injury. Scalp lac closed, 3 sutures. DA information and IDVA "
            "details given; police aware. Obs 4 hours then d/c.",
            "23:50",
            "Medical review",
        ),
    )
    f.occ(
        "2025-02-08",
        "police-call-edt",
        R(
            "pol",
            "EDT INFORMED BY PHONE 2340: CHILDREN STAYING WITH NEIGHBOUR (13 STONECHAT WALK) UNTIL "
            "MOTHER RETURNS FROM HOSPITAL. FATHER IN CUSTODY.",
            "23:40",
            "Partner agency contact",
        ),
        R(
            "csc",
            "EDT: call from PS Gale, Elmscote Police - father arrested for strangling mother in "
            "front of the children; Maisy (12) made the 999 call. Mother at YDH. Children with a "
            "neighbour at no. 13 overnight, agreed as safe. Day team to follow up Monday.",
            "23:40",
            "Contact - police",
        ),
    )
    f.occ(
        "2025-02-09",
        "charge-bail",
        R(
            "pol",
            "1730 WAYNE KINSELLA CHARGED: NON-FATAL STRANGULATION (S75A SCA 2015) AND ABH (S47 "
            "OAPA). BAILED TO YARROWBY MC 27/02/25. CONDS: NO CONTACT DIRECT OR INDIRECT WITH "
            "NADINE KINSELLA, NOT TO ENTER STONECHAT WALK, RESIDE 4 PEEL TERRACE (BROTHER), NO "
            "CONTACT WITH CHILDREN EXCEPT VIA CSC.",
            "17:30",
            "Charge",
        ),
        R(
            "csc",
            "Wayne was charged yesterday (Sunday) with non-fatal strangulation and ABH and "
            "bailed to Yarrowby Magistrates 27/02: not to contact Nadine or go to Stonechat Walk; "
            "living at his brother's in Peel Terrace.",
            "09:00",
            "Criminal proceedings",
            shift="late",
        ),
        R(
            "idva",
            "Info from DAIU: perpetrator charged 09/02 (NFS and ABH), bailed with conditions - "
            "no contact with victim, excluded from Stonechat Walk, to live at brother's. First "
            "court "
            "27/02.",
            "",
            "Criminal justice update",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-10",
        "encompass-3",
        R(
            "pol",
            "OP ENCOMPASS EMAIL 0800 TO DSLS WHINMOOR ACADEMY (MAISY Y7) + QUARRYBANK PRIMARY "
            "(BRODY Y2): SERIOUS DOMESTIC INCIDENT 08/02, BOTH CHILDREN PRESENT, MAISY MADE 999 "
            "CALL. FATHER CHARGED, ON BAIL WITH CONDITIONS.",
            "08:00",
            "Op Encompass",
        ),
        R(
            "sec",
            "Encompass: very serious incident at home on Saturday night - Maisy rang 999 when "
            "her dad strangled her mum. Met Maisy at the gate with her tutor. She wanted to go "
            "to lessons 'to be normal'. Safe space pass; check-in at lunch every day this week.",
        ),
        R(
            "pri",
            "Operation Encompass (Brody): serious DA incident at home Sat 08/02, Brody present, "
            "his sister called the police. Dad not at home now (bail). Brody quiet and clingy "
            "with his TA. Nurture group daily this week.",
        ),
    )
    f.occ(
        "2025-02-10",
        "marac-referral",
        R(
            "pol",
            "MARAC REFERRAL SUBMITTED (HIGH RISK, DASH 18) TO ELMSCOTE MARAC / EDAP IDVA SERVICE.",
            "10:20",
            "MARAC referral",
        ),
        R(
            "idva",
            "MARAC referral received from Elmscote Police (DASH 18/24, strangulation). Allocated "
            "to AB. Listed for MARAC 20/02.",
            "10:20",
            "Referral in",
        ),
    )
    f.occ(
        "2025-02-10",
        "csc-ppn-3",
        R(
            "csc",
            "Police notification (PPN, high-risk DA) received for the incident on 08/02. Already "
            "known from EDT. Case open to SW Reddish; escalated to TM for review of threshold.",
            "11:40",
            "Contact - police notification",
        ),
    )
    f.occ(
        "2025-02-11",
        "idva-first-call",
        R(
            "idva",
            "First call to Nadine on her safe number. At home with the children, sore throat, "
            "frightened of Wayne's family. Safety plan: panic alarm, NMO discussed, sanctuary "
            "referral, children's IDVA. Consent to share given.",
            "11:00",
            "Telephone",
        ),
    )
    f.occ(
        "2025-02-13",
        "chidva-referral",
        R(
            "csc",
            "Referral to EDAP Children's IDVA for Maisy and Brody (witnessed strangulation; Maisy "
            "made the 999 call).",
            "10:30",
            "Referral out",
        ),
        R(
            "chidva",
            "Referral received from SW (F Reddish) for Maisy (12) and Brody (7). Allocated to "
            "me; will see each of them at school.",
            shift="+1",
        ),
    )
    f.occ(
        "2025-02-18",
        "invite-call-sec",
        R(
            "csc",
            "Phoned Whinmoor Academy DSL to invite her to the CIN review, brought forward to "
            "Thursday 20/02 at 2pm at Quarrybank.",
            "09:45",
            "Telephone",
        ),
        R(
            "sec",
            "Call from SW Fintan Reddish - CIN review moved to Thurs 20th, 2pm at Quarrybank. I "
            "will go.",
        ),
    )
    f.occ(
        "2025-02-20",
        "marac",
        R(
            "pol",
            "MARAC 20/02/25 CASE 14 KINSELLA. POLICE ACTIONS: ADDRESS FLAG 'DA HIGH' - PRIORITY "
            "RESPONSE; BAIL CHECKS AT PEEL TERRACE.",
            "09:30",
            "MARAC",
        ),
        R(
            "idva",
            "MARAC today - I presented Nadine's case. Actions: IDVA to support NMO application; "
            "sanctuary referral to Yarrowby Homes; Harbour Lane to share Wayne's engagement; "
            "GP flag.",
            "09:30",
            "MARAC",
        ),
        R(
            "csc",
            "Elmscote MARAC (virtual) - TM attended for the Kinsella case. Children's needs met "
            "through the CIN plan; CSC to review whether S47 threshold is met. Minutes to "
            "follow.",
            "09:30",
            "MARAC",
        ),
        R(
            "das",
            "MARAC: shared that Wayne re-engaged after the charge, one session attended. Action: "
            "tell police of any threats he makes.",
            "09:30",
            "MARAC",
        ),
    )
    f.occ(
        "2025-02-20",
        "cin-review-brought-forward",
        R(
            "csc",
            "CIN review brought forward after 08/02 (Quarrybank, 2pm): Nadine, SW, both DSLs, "
            "ChIDVA. Wayne excluded by bail. Remain CIN with a strengthened plan (S47 considered "
            "by TM and not met: children protected by bail; NMO to be sought). ChIDVA work "
            "with both children.",
            "14:00",
            "CIN meeting",
        ),
        R(
            "sec",
            "CIN review this afternoon at Quarrybank. Maisy's attendance down to 84% this half "
            "term. Shared her wish that 'Dad gets help'.",
        ),
        R(
            "pri",
            "CIN review meeting, 2pm, here. Brody's teacher reports he is clingy and tearful. "
            "Nurture group continues.",
        ),
        R(
            "chidva",
            "Attended CIN review. Plan: sessions with Maisy at Whinmoor and Brody at Quarrybank "
            "from next week.",
        ),
    )
    f.occ(
        "2025-02-21",
        "gp-marac-notice",
        R(
            "gp",
            "MARAC notification received (Elmscote MARAC 20/02): Nadine Kinsella high-risk DA "
            "victim; perpetrator Wayne Kinsella (also registered here). Records flagged; do not "
            "disclose address; children's records linked.",
            "",
            "Correspondence",
        ),
    )
    f.occ(
        "2025-02-24",
        "chidva-maisy",
        R(
            "chidva",
            "Session 1 with Maisy at Whinmoor (wellbeing room). Talked about the night she rang "
            "999 - proud and scared. Safety plan made (who to call, where to go).",
        ),
        R(
            "sec",
            "ChIDVA (Kit Manvell) saw Maisy in the wellbeing room periods 2-3. Maisy went back to "
            "lessons after.",
        ),
    )
    f.occ(
        "2025-02-24",
        "chidva-brody",
        R(
            "chidva",
            "Session 1 with Brody at Quarrybank - feelings faces and drawing; he drew 'Daddy "
            "shouting'. Will use play-based work.",
        ),
        R(
            "pri",
            "Children's IDVA came in to see Brody in the nurture room this afternoon.",
        ),
    )
    f.occ(
        "2025-02-27",
        "magistrates",
        R(
            "pol",
            "KINSELLA APPEARED YARROWBY MC. NOT GUILTY PLEAS. SENT TO ELMSCOTE CROWN COURT "
            "(NFS). BAIL CONTINUED ON SAME CONDITIONS. PTPH 27/03/25.",
            "",
            "Court",
        ),
        R(
            "idva",
            "Wayne's first appearance at the magistrates: not guilty pleas, sent to the Crown "
            "Court, bail conditions continue. Told Nadine by phone.",
            "14:15",
            "Criminal justice update",
        ),
    )

    # ---- breach, orders and after ---------------------------------------------------------
    f.occ(
        "2025-03-08",
        "breach-incident",
        R(
            "pol",
            "OCC 25/34110 08/03/25 2040. CALLER NADINE KINSELLA: WAYNE AT FRONT DOOR, DRUNK, "
            "SHOUTING, TRYING THE HANDLE. BAIL CONDS NOT TO ENTER STONECHAT WALK. PRIORITY "
            "RESPONSE (MARAC FLAG), ARR 2047. CHILDREN INSIDE WITH MOTHER.",
            "20:40",
            "Domestic - breach",
        ),
    )
    f.occ(
        "2025-03-08",
        "arrest-breach",
        R(
            "pol",
            "2058 ARREST WAYNE KINSELLA - BREACH OF BAIL (S7 BAIL ACT 1976). DETAINED FOR NEXT "
            "AVAILABLE COURT.",
            "20:58",
            "Arrest",
        ),
    )
    f.occ(
        "2025-03-10",
        "breach-court",
        R(
            "pol",
            "KINSELLA BEFORE YARROWBY MC (BREACH OF BAIL, HELD OVER WEEKEND). BAIL RE-GRANTED "
            "WITH ADDED CONDS: EM CURFEW 1900-0700 AT PEEL TERRACE, EXCLUSION ZONE STONECHAT WALK "
            "+ 200M.",
            "",
            "Court",
        ),
        R(
            "idva",
            "Magistrates today (breach): bail re-granted with a tagged curfew 7pm-7am and an "
            "exclusion zone. Updated Nadine's safety plan with her.",
            "15:30",
            "Criminal justice update",
        ),
        R(
            "csc",
            "Wayne appeared at Yarrowby Magistrates today for Saturday's breach; re-bailed with "
            "an electronically monitored curfew and an exclusion zone around Stonechat Walk.",
            "16:10",
            "Criminal proceedings",
            shift="swap",
        ),
    )
    f.occ(
        "2025-03-10",
        "encompass-4",
        R(
            "pol",
            "OP ENCOMPASS 0755 - DSLS WHINMOOR + QUARRYBANK: BREACH OF BAIL BY FATHER AT HOME "
            "ADDRESS 08/03, CHILDREN PRESENT, SUSPECT ARRESTED.",
            "07:55",
            "Op Encompass",
        ),
        R(
            "sec",
            "Encompass: Dad came to the house drunk on Saturday evening (breach of bail), police "
            "came quickly. Maisy OK - 'we knew what to do this time'.",
        ),
        R(
            "pri",
            "Op Encompass for Brody (emailed yesterday, 10/03): Dad came to the door on Sat 8th "
            "and the police came. Brody in school and settled.",
            shift="+1",
        ),
    )
    f.occ(
        "2025-03-14",
        "nmo-without-notice",
        R(
            "idva",
            "Yarrowby Family Court with Nadine: non-molestation order made without notice (to "
            "14/03/2026), return date 28/03. To be personally served.",
            "12:30",
            "Civil order",
        ),
        R(
            "csc",
            "Non-molestation order made today without notice, protecting Nadine and the "
            "children; return hearing 28/03.",
            "16:45",
            "Civil proceedings",
        ),
    )
    f.occ(
        "2025-03-17",
        "nmo-served",
        R(
            "pol",
            "NMO (YARROWBY FC 14/03) PERSONALLY SERVED ON WAYNE KINSELLA AT PEEL TERRACE 1120 BY "
            "PROCESS SERVER. COPY RECEIVED, PNC/PND UPDATED.",
            "11:20",
            "Court order",
        ),
    )
    f.occ(
        "2025-03-28",
        "nmo-return",
        R(
            "idva",
            "NMO return hearing: Wayne did not attend. Order continued to 14/03/2026.",
            "11:00",
            "Civil order",
        ),
    )
    f.occ(
        "2025-04-02",
        "sanctuary-joint-visit",
        R(
            "hsg",
            "Joint visit with IDVA (A Birtwistle) for a sanctuary scheme assessment at 11 "
            "Stonechat Walk. Recommend composite door, window locks, letterbox guard, video "
            "doorbell. "
            "Works order raised.",
            "10:00",
            "Home visit",
            shift="month",
        ),
        R(
            "idva",
            "Joint visit with the Yarrowby Homes housing officer: sanctuary assessment with "
            "Nadine. Works to follow.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-04-14",
        "detox-start",
        R(
            "das",
            "Community alcohol detox started (chlordiazepoxide reducing regime, 7 days), daily "
            "pharmacy pick-up. Wayne staying at his brother's.",
            "09:30",
            "Treatment",
        ),
    )
    f.occ(
        "2025-04-16",
        "sanctuary-works",
        R(
            "hsg",
            "Sanctuary works completed: new front door and locks, letterbox guard, doorbell "
            "camera fitted.",
            "",
            "Repairs",
        ),
    )
    f.occ(
        "2025-05-13",
        "cin-3",
        R(
            "csc",
            "CIN review (Quarrybank): Nadine, SW, both DSLs, ChIDVA, recovery worker (by Teams, "
            "with Wayne's consent). No incidents since 08/03; sanctuary works done. Wayne "
            "completed detox and is abstinent 4 weeks. Remain CIN to the summer; any contact "
            "with Wayne only once the criminal case is over and by agreement.",
            "14:00",
            "CIN meeting",
        ),
        R(
            "sec",
            "CIN review at Quarrybank. Maisy's attendance back up to 93%; enjoying drama club.",
        ),
        R(
            "pri",
            "CIN review here. Brody dry in the day now and more confident.",
        ),
        R(
            "chidva",
            "CIN review: Maisy 5 sessions, Brody 4; both have safety plans. Plan to close at the "
            "end of the summer term.",
        ),
        R(
            "das",
            "CIN review joined by Teams with Wayne's consent: detox completed 21/04, attending "
            "group twice weekly, alcohol-free 4 weeks (breathalyser clear).",
            "14:00",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-06-19",
        "guilty-plea",
        R(
            "pol",
            "ELMSCOTE CROWN COURT: KINSELLA PLEADED GUILTY TO NON-FATAL STRANGULATION; ABH TO "
            "LIE ON FILE. ADJOURNED FOR PSR, SENTENCE 17/07/25. BAIL CONTINUED.",
            "",
            "Court",
        ),
        R(
            "idva",
            "Crown Court: Wayne pleaded guilty to strangulation today, so Nadine will not have "
            "to give evidence. Sentencing 17/07.",
            "13:00",
            "Criminal justice update",
        ),
        R(
            "csc",
            "Wayne pleaded guilty at Elmscote Crown Court yesterday to non-fatal strangulation; "
            "sentence on 17 July.",
            "10:15",
            "Criminal proceedings",
            shift="late",
        ),
    )
    f.occ(
        "2025-07-17",
        "sentence",
        R(
            "pol",
            "SENTENCED: 2 YRS CUSTODY SUSPENDED 24 MONTHS, ALCOHOL TREATMENT REQUIREMENT, "
            "BUILDING BETTER RELATIONSHIPS, 20 RAR DAYS. RESTRAINING ORDER 5 YRS PROTECTING "
            "NADINE KINSELLA.",
            "",
            "Court",
        ),
    )

    # ---- routine entries --------------------------------------------------------------------
    f.fill(
        "pri",
        "2024-05-01",
        "2024-07-12",
        [
            ("", "Maisy (Y6): upset in class after falling out with a friend; sorted with the TA."),
            ("", "Brody: toileting accident, spare clothes; Mum told at pick-up."),
        ],
        timed=False,
    )
    f.fill(
        "pri",
        "2024-10-09",
        "2025-07-18",
        [
            ("", "Brody: late (9.10), brought by Mum - said the alarm didn't go off."),
            ("", "Brody: star of the week for reading."),
        ],
        timed=False,
    )
    f.fill(
        "sec",
        "2024-09-05",
        "2025-07-18",
        [
            ("", "Maisy late (8.55), said she overslept."),
            ("", "Maisy: positive behaviour point - helpful in science."),
            ("", "Attendance letter (level 1): Maisy 89%."),
        ],
        timed=False,
    )
    f.fill(
        "sn",
        "2024-10-09",
        "2025-03-28",
        [("School contact", "Brody continence review in school - fewer wet days, diary good.")],
    )
    f.fill(
        "das",
        "2024-07-17",
        "2024-12-20",
        [
            (
                "1:1",
                "1:1 with recovery worker: drinking 7-8 cans a day; motivational work on "
                "the effect on the children.",
            ),
            ("1:1", "1:1: Wayne says Nadine 'nags'; drinking unchanged. Detox options explained."),
        ],
    )
    f.fill(
        "das",
        "2025-04-22",
        "2025-07-25",
        [("Group", "Foundations group attended. Alcohol-free, breathalyser 0.00.")],
    )
    f.fill(
        "gp",
        "2024-05-20",
        "2024-07-31",
        [("Results", "Wayne: LFTs - GGT 212, ALT 68. Discussed, repeat 3 months.")],
    )
    f.fill(
        "gp",
        "2024-10-09",
        "2025-01-31",
        [
            (
                "Face to face",
                "Nadine: anxiety and poor sleep for months, 'stress at home'. "
                "Sertraline 50mg. Asked about safety - 'he's never hit me'.",
            ),
            (
                "Face to face",
                "Brody: daytime wetting. Urine dip negative, no UTI. School nurse "
                "continence support.",
            ),
        ],
    )
    f.fill(
        "csc",
        "2024-10-09",
        "2024-11-15",
        [
            (
                "Home visit",
                "Home visit: Wayne seen at home, sober. Accepts drinking is a "
                "problem; denies pushing Nadine. Agreed to CIN plan in principle.",
            ),
            (
                "Direct work",
                "Saw Maisy at school for wishes and feelings: 'I want Dad to stop "
                "drinking, not to leave'.",
            ),
        ],
    )
    f.fill(
        "csc",
        "2025-03-17",
        "2025-07-18",
        [
            ("Home visit", "CIN visit: Nadine and children; new locks fitted, children calmer."),
            ("Supervision", "Supervision: CIN plan progressing; close at summer review if stable."),
        ],
    )
    f.fill(
        "idva",
        "2025-02-12",
        "2025-06-30",
        [
            ("Telephone", "Weekly check-in call with Nadine. No contact from Wayne."),
            ("Telephone", "Check-in: Nadine anxious about court; special measures explained."),
        ],
    )
    f.fill(
        "chidva",
        "2025-03-03",
        "2025-07-11",
        [
            ("", "Session with Maisy at Whinmoor: healthy relationships worksheet."),
            ("", "Session with Brody at Quarrybank: sand tray, worry monster."),
        ],
        timed=False,
    )
    f.fill(
        "hsg",
        "2024-05-01",
        "2024-12-20",
        [("Rent", "Rent account in arrears £312; repayment plan agreed with Mrs Kinsella.")],
    )
    return f.case()


def blind_dedup_cases_14() -> list[BlindCase]:
    """The fourteenth blind set's families, in the order they were written."""
    return [_quennell(), _harrowell(), _kinsella()]


if __name__ == "__main__":
    summary(blind_dedup_cases_14)
