"""A tenth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 119-129 chronology rows from eleven or twelve services
(one sheet each) over fourteen to fifteen months, unlike each other and unlike the earlier blind
sets' families:

1. The Dorran family, of Irish Traveller heritage, living in a tourer and day room on a council
   Travellers' site: a four-year-old boy burnt on the wood-burning stove in the trailer and not
   brought for treatment for two days (a GP, an emergency department, a regional burns centre, a
   child protection medical), his twelve-year-old sister missing school to mind her brothers and
   then taken off roll for home education, a Traveller education service, the site manager, a
   brother with untreated dental decay (community dental service, two missed pre-assessments,
   extractions under general anaesthetic), the father's arrest, charge and sentence for affray
   after a fight on the site, a child in need plan, and the family's move to another site with
   a change of primary school and GP.
2. The Aldous family: an eight-year-old boy who lives in the week with his father, who has
   paranoid schizophrenia and, when he stops his medication, comes to believe the boy has been
   "swapped" and must be "cleansed"; a young carers service, a community mental health team, a
   crisis resolution and home treatment team, a scene at the school gate and, hours later,
   police use of section 136 on a railway footbridge with an ambulance, the health-based place
   of safety, an approved mental health professional's Mental Health Act assessments (section 2,
   then section 3), admission to and discharge from an adult ward with a discharge planning
   meeting; the boy's move to his mother's, where her partner smokes heroin and crack (a drugs
   warrant, his arrest beside another man's, his charge, an overdose revived with naloxone, his
   sentence); a child protection plan with core groups and two review conferences.
3. The Blythe-Otterburn twins, born at 29 weeks to a mother with a mild learning disability
   (a community learning disability nurse at her side throughout) and a father with convictions
   for violence: eight weeks on a neonatal unit (the father drunk and abusive on the unit), a
   pre-birth referral, an initial conference, a neonatal discharge planning meeting, twelve
   weeks' parenting assessment in a residential family centre, home, then at five months a
   spiral fracture of one twin's femur (emergency department, ward, skeletal surveys of both
   twins, a repeat survey), both parents' arrests, an appropriate adult interview, interim care
   orders, foster care, supervised family time at a family centre, a Children's Guardian, the
   mother's separation and move, the father's charge, the final hearing and the twins' move to
   their maternal aunt.

Written blind: composed from the domain brief, the `Event` schema, the shared case kit and the
seventh blind set's module docstring and agency constants (read for their format and labelling
rules only; none of its families, wordings or places reused), without reading the duplicate
rules, their settings, the linkage model, any result or any other labelled set's families, and
without running the merge on these cases. Kept apart from tuning: measure on them blind first.

The services write very differently, as real returns do: terse capital-letter police logs with
incident numbers, crime references and offence codes; long social care narrative naming who was
present; health visiting's "Contact type: ... Outcome: ..." template; GP problem-oriented notes
(Problem, S, O, A, P); a secondary school's safeguarding log with a category and an action; a
primary school's CPOMS-style export, one row per child, the child's name in square brackets;
emergency department and burns unit notes in clinical shorthand (Hx, O/E, PT, TBSA, IV abx);
first-person notes by a Traveller education adviser and a site manager, with no times and no
event-type column; a community dental service's clinical entries with tooth notation. In the
Aldous case: STORM logs in capitals; a MyConcern-style school log (concern raised by, category,
action); crisis team notes with a mental state examination; an AMHP's first-person record with
no event type; RiO-style community mental health progress notes; a young carers worker's
first-person notes; a recovery worker's keywork notes; an ambulance patient report form with a
CAD number. In the Otterburn case: police occurrence logs; neonatal and ward shorthand per twin;
a health visitor's "Contact Type: ... | Venue: ... | Outcome: ..." template; a residential
centre's daily log and a family centre's "Family Time Record"; a Children's Guardian's notes; a
learning disability nurse's first-person notes; a supervising social worker's record. Dates are
written inside the text too ("Sat 12/10", "yesterday afternoon", "the 12th", "Mon 08/04").

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email, letter or referral was logged by the receiving service on the next day.

How the rows were labelled (the rules common to the blind sets, applied throughout):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, core group, CIN meeting or review, court
  hearing, discharge planning meeting, professionals' meeting), in whatever words, with whatever
  time or none, is one occurrence. A minute pasted into another service's return under its own
  preface is a record of the same meeting.
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
  discharge) records ONE occurrence; attendances on consecutive days are separate; an
  emergency department attendance and the ward, burns unit or intensive care admission that
  follows are two occurrences.
- A school that writes one row per child for one event records ONE occurrence; two children's
  separate appointments in one session are separate.
- Decision for this set: a site manager's own note that she rang the police about trouble on
  the site and the police log of that call are the two ends of one call (one occurrence); her
  second call later the same night, about a second incident, is another occurrence with its
  own police log.
- Decision for this set: one MASH email sent to two schools is one occurrence, recorded by each
  school that received it; the screening decision that ordered it (the day before) is another.
- Decision for this set: a parent's phone call to a school that the school writes as one row
  per child is one occurrence, like any one event a school writes per child.
- Decision for this set: a site manager who let a social worker and a detective on to the site
  and walked them up to the family's pitch records the same joint visit as the two of them.
- Decision for this set: a mother telling a school the next morning that her son was admitted to
  the burns unit overnight is a record of that admission (a life event noted the next day), and
  her telling the school at drop-off that the family moved the day before is a record of the
  move (one row per child); the school's record of a parent's call about an absence is
  otherwise its own occurrence.
- Decision for this set: a clinic letter copied to the GP and scanned at the surgery two days
  later is the same letter (one occurrence, in `noise`), not the clinic appointment it reports.
- Decision for this set: a change of school written by the old school as "off roll, started at
  the new school today" and by the Traveller education adviser as the children's first morning
  there is one occurrence (a life event), as is a GP's deduction on registration elsewhere and
  the health visitor's note of the new registration the next day.
- Decision for this set: a burns unit's phone call giving the social worker the outcome of a
  child protection medical is its own occurrence, separate from the medical itself.
- Decision for this set: a service's note, the next day, that it was told of an arrest or a
  charge (a recovery worker writing "Craig rang: arrested yesterday") is that service's record
  of the arrest or charge, a life event noted the next day, not an occurrence of its own; as
  above for the school told of the burns unit admission.
- Decision for this set: a Mental Health Act assessment and the ward admission that follows it
  are two occurrences (like an emergency attendance and the admission after it), and so are
  section 136 on the footbridge (police and ambulance together, one occurrence), the arrival at
  the health-based place of safety, and the suite's request to the AMHP service for an
  assessment (whose two ends, the suite's and the AMHP's, are one occurrence). The later
  assessment on the ward that regraded section 2 to section 3 is recorded by the AMHP and the
  ward as one occurrence.
- Decision for this set: a police log of a drugs warrant executed at the home, each man's
  arrest there, and the police notification to social care that morning are four occurrences.
- Decision for this set: a worker who comes into school to see the child (the social worker,
  the young carers worker, the school nurse) and the school's note that the worker saw the
  child record one occurrence; so do the ward's and the young carers worker's notes of the
  boy's supported visit to his father on the ward.
- Decision for this set: a strategy minute pasted into the school's log the next morning under
  its own preface is the strategy discussion (its occurrence is in `noise`), not an email.
- Decision for this set: the twins' birth (one delivery) is one occurrence, whether a service
  writes it as one row or as one row per twin (the neonatal unit's two admission rows), and the
  learning disability nurse's note of it the next day is part of it; the health visitor's
  birth notification two days later is a notification, its own occurrence.
- Decision for this set: an emergency department's last row "admitted to the ward" or
  "transferred to the burns centre" belongs to the attendance; the ward's or burns centre's
  admission row is another occurrence.
- Decision for this set: a discharge straight into a placement (the neonatal unit into the
  residential family centre; the paediatric ward into foster care) is one occurrence recorded
  by the discharging unit or ward, the receiving placement, social care and (for the first)
  the health visitor the next day (a placement start); so is the family's departure from the
  centre and arrival home (a move). Social care's case note of a supervised family time session,
  saying what happened in it, records that session.
  The fostering service's placement start typed twice is the same occurrence.
- Decision for this set: an order made at a hearing (interim care orders, care orders) is part
  of that hearing's occurrence; the legal gateway meeting that decided to apply is another, as
  is the Children's Guardian's analysis filed a week before a hearing.
- Decision for this set: the appropriate adult's note of the mother's police interview is its
  own occurrence, not her arrest; the neonatal unit's note that staff called the police and the
  police log of that call are one occurrence (as the site manager's call in the Dorran case).
- Decision for this set: social care's note that the detective told them the father was
  charged today records the charge (as the recovery worker's note of Craig's charge).
- Look-alikes kept apart. In the Dorran family: two police call-outs to one site on one night;
  two brothers' arrests the same morning; an arrest and the charge ten days later; the police
  incident and social care's receipt of the police notification; the MASH screening decision and
  the contact it screens; a screening decision and the email to schools it ordered the next day;
  the GP's consultation and the emergency department attendance it sent the child to; the
  emergency department attendance and the burns unit admission; the emergency department's MASH
  referral and its attendance rows; the emergency department's liaison notice to the health
  visitor; a burns unit safeguarding huddle and the strategy discussion on the same day; the
  GP's email for the strategy discussion and the discussion; the child protection medical and
  the call reporting it; a joint visit and the site manager's separate pitch inspection on the
  same day; separate home visits by the health visitor and the Traveller education adviser on
  one day; the police decision to take no further action and social care's S47 outcome the next
  day; a fireguard fitted and the call checking it the next day; an email inviting partners to a
  child in need meeting, a school's report for it, and the meeting; a professionals' meeting and
  the pitch allocations panel on the same day; two children's dental appointments in one
  session. In the Aldous family: the school-gate call and the footbridge section 136 on the same
  day about the same man; the section 136, the arrival at the suite, the request for an
  assessment, the assessment and the admission; the AMHP's calls to the nearest relative and to
  social care within fifteen minutes; the care coordinator's home visit, referral to the crisis
  team and call to MASH on one day; the MASH screening and the crisis team's first assessment on
  the same morning; crisis team visits on consecutive days; a crisis team visit and the social
  worker's separate visit on one day; a night call to the crisis line and the visit it led to; a
  child's disclosure in class and the DSL's call to the social worker about it; the warrant, two
  men's arrests and the police notification; a ward CPA review and a core group on one day; the
  email inviting the social worker to a discharge planning meeting and the meeting; the
  discharge and the crisis team's follow-up the next day; the GP's receipt of the discharge
  summary; reports sent before the conference and the conference; a review conference and the
  core group straight after it; an overdose and the police notification of it; an arrest and the
  charge. In the Otterburn family: the incident on the neonatal unit, the visiting restriction
  the next day and the safeguarding nurse's call to the social worker on the Monday; the GP's
  and the learning disability nurse's reports and the conference; the nurse's email before the
  discharge planning meeting and the meeting; rooming-in and the discharge three days later; the
  discharge into the centre and the placement planning meeting the next day; a night incident at
  the centre and the call about it the next morning; the centre's final report and its final
  review meeting; separate home visits by the health visitor and the learning disability nurse
  on one day, and by the health visitor and the supervising social worker at the foster home;
  the emergency attendance, its call to the emergency duty team and the ward admission; the
  strategy discussion and the twin brother's admission the same day; two twins' skeletal surveys
  on one morning, and the repeat survey; both parents' arrests twenty minutes apart and the
  appropriate adult interview; the legal gateway meeting and the hearing two days later; a
  cancelled family time session and the supervisor's call to the social worker; the mother's and
  the father's separate sessions on one day; the police decision on the mother and the father's
  charge; a looked-after review and the hearing five days later.

Everything is invented: people, workers, schools, surgeries, hospitals, wards, towns, sites,
police forces, courts, addresses, postcodes (invented YQ, JX and XB areas) and reference
numbers. Deterministic: one fixed seed per case (it only places the routine entries and picks
their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_10.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
CSC = "Children's Social Care"
HV = "Health Visiting"
ED = "Emergency Department"
GP = "GP"
SECONDARY = "Secondary School"
PRIMARY = "Primary School"
SCHOOL = "School"
SCHOOL_NURSE = "School Nursing"
AMBULANCE = "Ambulance Service"
BURNS = "Regional Burns Centre"
TES = "Traveller Education Service"
SITE = "Gypsy and Traveller Site Management"
DENTAL = "Community Dental Service"
CRISIS = "Crisis Resolution and Home Treatment Team"
AMHP = "AMHP Service"
PSYCH_WARD = "Adult Mental Health Inpatient Ward"
CMHT = "Community Mental Health Team"
YOUNG_CARERS = "Young Carers Service"
SUBSTANCE = "Drug and Alcohol Service"
NICU = "Neonatal Unit"
WARD = "Paediatric Ward"
RES_CENTRE = "Residential Family Centre"
CONTACT = "Family Centre Contact Service"
CAFCASS = "Cafcass"
LD_TEAM = "Community Learning Disability Team"
FOSTERING = "Fostering Service"

TERM_TIME_AGENCIES: tuple[str, ...] = (SECONDARY, PRIMARY, SCHOOL, SCHOOL_NURSE, TES)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Dorran family, Cullerton. Kathleen (b. 14/03/2012), Johnny (b. 09/08/2016) and
# Mikey (b. 21/05/2020) Dorran live with their mother Bridget Dorran (b. 1991) and father
# Patrick Dorran (b. 03/11/1988) in a tourer and day room on Pitch 7, Furzebank Lane Travellers'
# Site, Cullerton YQ4 8RN; registered at Mardle Street Surgery; Kathleen at Cullerton Abbey
# Academy, the boys at St Cuthwin's Catholic Primary. Mikey burnt on the stove, a late
# presentation; Kathleen out of school; Johnny's dental neglect; a CIN plan; a move to Pitch 3,
# Redgap Moor Travellers' Site, Hallinbrook YQ11 2DW.
# --------------------------------------------------------------------------------------------


def _dorran() -> BlindCase:
    f = Family(
        "dorran_stove_burn_travellers_site",
        10_101,
        {
            "police": Sheet(
                POLICE,
                "Wexmoor Constabulary - DORRAN return.xlsx",
                "Chronology",
                (("2024-01-01", "PC 2281 G. LOWRY"), ("2024-10-15", "DC 6612 A. MARCHBANK")),
            ),
            "csc": Sheet(
                CSC,
                "Cullerton CSC chronology - Dorran children.xlsx",
                "Case notes",
                (("2024-01-01", "Tariq Selwood (MASH SW)"), ("2024-10-15", "Imogen Tresize (SW)")),
            ),
            "hv": Sheet(
                HV,
                "0-19 Service (Health Visiting) - Dorran.xlsx",
                "HV chronology",
                (("2024-01-01", "Sally Penhallow HV"),),
            ),
            "ed": Sheet(
                ED,
                "Cullerton General Hospital ED extract.xlsx",
                "Attendances",
                (("2024-01-01", "Dr O. Fenwick (ST5 Paeds)"),),
                typed=False,
            ),
            "burns": Sheet(
                BURNS,
                "St Wenbury's Hospital - Regional Burns Centre.xlsx",
                "Ward 4",
                (("2024-01-01", "Sr J. Curtis, burns safeguarding nurse"),),
            ),
            "gp": Sheet(
                GP,
                "Mardle Street Surgery - chronology.xlsx",
                "Dorran family",
                (("2024-01-01", "Dr H. Lestrange"),),
            ),
            "secondary": Sheet(
                SECONDARY,
                "Cullerton Abbey Academy safeguarding log.xlsx",
                "Kathleen D",
                (("2024-01-01", "F. Gatley (DSL)"),),
            ),
            "primary": Sheet(
                PRIMARY,
                "St Cuthwins Primary - CPOMS export.xlsx",
                "Export",
                (("2024-01-01", "T. Ashdown (DSL)"),),
                typed=False,
            ),
            "tes": Sheet(
                TES,
                "Traveller Education Service - K Lavelle notes.docx",
                "Table 1",
                (("2024-01-01", "Kerry Lavelle, Traveller Education Adviser"),),
                typed=False,
            ),
            "site": Sheet(
                SITE,
                "Furzebank Lane site manager diary.xlsx",
                "Diary",
                (("2024-01-01", "D. Rowntree, Site Manager"),),
                typed=False,
            ),
            "dental": Sheet(
                DENTAL,
                "Community Dental Service - Dorran children.xlsx",
                "Clinical record",
                (("2024-01-01", "P. Okafor, Senior Dental Officer"),),
            ),
        },
    )

    # Spring 2024: Kathleen's attendance, the Traveller education adviser, Johnny's teeth.
    f.occ(
        "2024-03-05",
        "school-emails-tes-attendance",
        R(
            "secondary",
            "Kathleen D (Y7): attendance 68.2% this half term, 11 sessions unauthorised. Mrs "
            "Gatley emailed the Traveller Education Service asking for help to engage Mum.",
            "13:20",
            "Attendance concern",
            "Referred to TES - await reply",
        ),
        R(
            "tes",
            "Email in from Fiona Gatley at Cullerton Abbey yesterday afternoon about Kathleen "
            "Dorran (Y7) - attendance 68%, lots of unauthorised sessions since Christmas. I "
            "know the family from Furzebank Lane. Added to my caseload.",
            shift="late",
        ),
    )
    f.occ(
        "2024-03-14",
        "tes-first-site-visit",
        R(
            "tes",
            "Visited Furzebank Lane, pitch 7. Spoke with Bridget in the day room; Kathleen was "
            "there minding Mikey. Bridget says the girls at the big school pick on Kathleen for "
            "being a Traveller and she doesn't want her mixing with the boys on the bus. "
            "Explained the attendance position and offered to come out with school. She agreed.",
        ),
    )
    f.occ(
        "2024-03-21",
        "joint-visit-school-tes",
        R(
            "secondary",
            "Joint home visit with Kerry Lavelle (TES) to Pitch 7, Furzebank Lane. Seen Mum and "
            "Kathleen. Bullying on the bus disclosed (not previously reported to school). Agreed "
            "2-week reduced timetable, safe space at break with Miss Orme, then review.",
            "10:30",
            "Home visit",
            "HOY to log bullying report",
        ),
        R(
            "tes",
            "Out to the site with Sharon Pybus (attendance officer, Cullerton Abbey) to see "
            "Bridget and Kathleen together. K spoke about being called names on the school bus. "
            "Plan: two weeks part-time, somewhere safe at break. Bridget said she'd give it a go.",
        ),
    )
    f.occ(
        "2024-03-21",
        "site-pitch-inspection",
        R(
            "site",
            "Pitch inspection round. Pitch 7 (Dorran): electric card meter bypassed. Spoke to "
            "Paddy - breach of the licence agreement, warning letter to follow. Two dogs loose "
            "again, both trailers cluttered round the wood store.",
        ),
    )
    f.occ(
        "2024-04-16",
        "dental-emergency-johnny",
        R(
            "dental",
            "Johnny Dorran 7y. Emergency slot, attended with mother - pain LL 3 nights, facial "
            "swelling. O/E gross caries 54 55 64 65 74 75 84 85, occlusal caries 36. Buccal "
            "abscess assoc. 75. Heavy plaque. No previous dental attendance traced. Amoxicillin, "
            "OHI and diet advice to mum. Plan: refer for XLA under GA (Cullerton General list).",
            kind="Emergency appointment",
        ),
    )
    f.occ(
        "2024-04-16",
        "dental-letter-to-gp",
        R(
            "dental",
            "Letter to GP (Mardle Street Surgery), cc parent: Johnny referred for extractions "
            "under GA, 8 teeth; abscess treated with antibiotics; please encourage attendance.",
            kind="Correspondence",
        ),
        R(
            "gp",
            "Letter scanned: Community Dental Service dated 16/04/2024 re Johnny - multiple "
            "caries, dental abscess, referred for extractions under GA. Read HL. File.",
            kind="Correspondence in",
            shift="+2",
        ),
    )
    f.occ(
        "2024-05-14",
        "dental-ga-preassessment-dna-1",
        R(
            "dental",
            "Johnny - GA pre-assessment clinic. Not brought. Mobile tried x2, no answer. New "
            "appointment to be sent.",
            kind="Was not brought",
        ),
    )
    f.occ(
        "2024-05-20",
        "dental-call-to-primary",
        R(
            "dental",
            "Tel to St Cuthwin's Primary (Mr Ashdown, DSL) re Johnny - not brought to GA "
            "pre-assessment 14/05, risk of recurrent abscess. School to speak to mum at pick-up "
            "and pass on new date 11/06.",
            kind="Telephone call",
        ),
        R(
            "primary",
            "[Johnny Dorran, Y2] Call from Mrs Okafor, community dental: J missed his pre-op "
            "appointment for teeth out on the 14th. New date 11 June. TA to mention to mum at "
            "home time. Class teacher says J chews on one side and leaves most of his lunch.",
            "11:15",
        ),
    )
    f.occ(
        "2024-06-11",
        "dental-ga-preassessment-dna-2",
        R(
            "dental",
            "Johnny - GA pre-assessment, not brought (2nd). Mum rang after clinic: van broke "
            "down. Rebooked. Dental neglect concern discussed with safeguarding lead - stage 2 "
            "of pathway, will involve HV and school.",
            kind="Was not brought",
        ),
    )

    # 29-30 June 2024: two call-outs to the site in one night; two brothers arrested.
    f.occ(
        "2024-06-29",
        "site-fight-first-call",
        R(
            "police",
            "INC CX-240629-1187 2214HRS. OPCODE PUBORD/AFFRAY. RP SITE MANAGER (ON CALL) "
            "REPORTS LARGE FIGHT BETWEEN 2 FAMILIES AT FURZEBANK LANE SITE, IRON BAR "
            "MENTIONED. 4 UNITS. ON ARRIVAL PARTIES DISPERSED. PATRICK DORRAN (03/11/1988) CUT "
            "TO HEAD, REFUSED LAS. 3 CHILDREN ON PITCH 7 SEEN WITH MOTHER. CRIME 24/31877.",
            "22:14",
            "Incident",
            ref="CX-240629-1187",
        ),
        R(
            "site",
            "Sat night - rang 999 at 22.10 from home after the family on pitch 5 phoned me. "
            "Fighting between them and the Dorrans, one of them swinging a bar. Police came out "
            "in numbers. The Dorran kids were outside watching it all.",
        ),
    )
    f.occ(
        "2024-06-29",
        "site-windows-second-call",
        R(
            "police",
            "INC CX-240629-1342 2348HRS. OPCODE CRIMDAM. FURTHER CALL FROM SITE MANAGER: "
            "WINDOWS OF TOURER PITCH 7 SMASHED WITH FEMALE AND 3 CHILDREN INSIDE. NO INJURIES. "
            "SUSPECTS DECAMPED IN VEHICLE. LINKED CX-240629-1187. CRIME 24/31902.",
            "23:48",
            "Incident",
            ref="CX-240629-1342",
        ),
        R(
            "site",
            "Rang the police again just before midnight - Bridget rang me crying, the caravan "
            "windows put through with the kids in their beds. Drove up to the site myself, "
            "glass everywhere. Police back out about half twelve.",
        ),
    )
    f.occ(
        "2024-06-30",
        "arrest-patrick",
        R(
            "police",
            "0735HRS ARREST: PATRICK DORRAN AT FURZEBANK LANE SITE, S/O AFFRAY (24/31877). "
            "CONVEYED CULLERTON CUSTODY. INTERVIEWED - NO COMMENT. RUI.",
            "07:35",
            "Arrest",
            ref="24/31877",
        ),
    )
    f.occ(
        "2024-06-30",
        "arrest-martin",
        R(
            "police",
            "0910HRS ARREST: MARTIN DORRAN (21/06/1985, BROTHER OF PATRICK, PITCH 9) S/O "
            "AFFRAY (24/31877). CONVEYED CULLERTON CUSTODY. INTERVIEWED. RUI.",
            "09:10",
            "Arrest",
            ref="24/31877",
        ),
    )
    f.occ(
        "2024-07-01",
        "police-ccn-to-mash",
        R(
            "police",
            "CHILD CONCERN NOTIFICATION CCN 24-7780 SUBMITTED TO CULLERTON MASH RE 3 CHILDREN "
            "PRESENT AT AFFRAY AND CRIMDAM 29/06, PITCH 7 FURZEBANK LANE.",
            "09:05",
            "Notification",
            ref="CCN 24-7780",
        ),
        R(
            "csc",
            "Contact received from Wexmoor Constabulary (CCN 24-7780): disorder on Furzebank "
            "Lane site on Saturday night involving the father, Patrick Dorran; later the "
            "caravan's windows were smashed with the mother and three children inside. No "
            "injuries to the children. Father and uncle arrested. Passed to MASH for screening.",
            "10:40",
            "Contact",
        ),
    )
    f.occ(
        "2024-07-02",
        "mash-screening-police-contact",
        R(
            "csc",
            "MASH screening of the police contact of 01/07. Checks: no previous CSC involvement; "
            "HV - Mikey's development on track; Cullerton Abbey - Kathleen's attendance low, TES "
            "involved; community dental - Johnny not brought twice for GA pre-assessment. "
            "Decision: threshold for assessment not met. Share information with both schools "
            "and HV; Early Help offered with TES as lead professional. Mother told by phone.",
            "15:20",
            "MASH decision",
            "NFA - Early Help offered",
        ),
    )
    f.occ(
        "2024-07-03",
        "mash-email-to-schools",
        R(
            "secondary",
            "Information from MASH by email: police called to the Furzebank Lane site 29/06, "
            "fighting, the family's caravan damaged. Kathleen in today, quiet. Seen by Miss "
            "Orme, said 'it's sorted'.",
            "09:40",
            "Information from outside agency",
            "Monitor; tell TES",
        ),
        R(
            "primary",
            "[Johnny Dorran, Y2] Email from MASH - police at the site at the weekend, windows "
            "broken at the family's caravan, children present. No further action by CSC, for "
            "school's information. Class teacher aware. J fine in class.",
            "10:05",
        ),
    )
    f.occ(
        "2024-07-10",
        "charge-patrick",
        R(
            "police",
            "24/31877: PATRICK DORRAN ANSWERED RUI, CHARGED AFFRAY CONTRARY S.3 PUBLIC ORDER "
            "ACT 1986. BAILED CULLERTON MAGS 07/08/2024. MARTIN DORRAN - NFA, EVIDENTIAL "
            "THRESHOLD NOT MET.",
            "16:40",
            "Charge",
            ref="24/31877",
        ),
    )

    # September 2024: Kathleen does not go back; Mikey starts Reception.
    f.occ(
        "2024-09-05",
        "mikey-starts-reception",
        R(
            "primary",
            "[Mikey Dorran, Rec] First day in Reception. Settled after Mum left. Brother Johnny "
            "in Y3. Mum asked for help with the uniform grant.",
            "15:30",
        ),
    )
    f.occ(
        "2024-09-10",
        "kathleen-not-returned",
        R(
            "secondary",
            "Kathleen (now Y8) has not attended since term started on the 4th. No contact from "
            "home. Mum's phone rung twice, no answer.",
            "08:55",
            "Attendance concern",
            "DSL to ask TES whether family travelling",
        ),
    )
    f.occ(
        "2024-09-12",
        "tes-call-bridget",
        R(
            "tes",
            "Got Bridget on the phone. They were up at Skelbrook fair and only back Monday. "
            "She says Kathleen is 'finished with the school' - she's 12, needed at home with the "
            "small ones, and there was more name-calling before the summer. Talked through "
            "options incl. what home education means. Agreed to come to a meeting at school.",
        ),
    )
    f.occ(
        "2024-09-17",
        "attendance-meeting-school",
        R(
            "secondary",
            "Attendance meeting in school: Mrs Dorran, Kerry Lavelle (TES), Mrs Gatley and HOY. "
            "Kathleen would not come in. Mum says K wants to stay home; bullying raised again. "
            "Agreed: K returns Mon 23/09, mornings only; TES to help with transport.",
            "14:00",
            "Attendance meeting",
            "Attendance contract signed",
        ),
        R(
            "tes",
            "Attendance meeting at Cullerton Abbey with Bridget, Fiona Gatley and the head of "
            "year. Bridget did well to come; Kathleen wouldn't. Mornings-only return from "
            "Monday 23rd agreed. I'll pick K up on the first day.",
        ),
    )

    # 14 October 2024: Mikey's burn, two days after it happened.
    f.occ(
        "2024-10-14",
        "mum-rings-primary-burn",
        R(
            "primary",
            "[Mikey Dorran, Rec] Mum rang office 08:35: Mikey won't be in, 'burnt his hand on "
            "the stove at the weekend', she's taking him to the doctor. Flagged to DSL.",
            "08:35",
        ),
        R(
            "primary",
            "[Johnny Dorran, Y3] Mum rang 08:35 - Johnny will be in late today, she has to take "
            "Mikey to the doctor about his hand (burn at the weekend).",
            "08:35",
        ),
    )
    f.occ(
        "2024-10-14",
        "gp-urgent-burn",
        R(
            "gp",
            "Problem: Burn R hand/forearm (Mikey). S: mum says M pulled the door of the wood "
            "burner in the trailer Sat evening (12/10) and put his hand on the top plate; "
            "butter and cling film at home, then a bandage; smelly since yesterday. O: T 38.1. "
            "PT burn R palm, fingers 2-4, volar forearm, approx 3-4% TBSA, sloughy, green "
            "exudate, cellulitis. A: infected PT burn, 2-day delay. P: d/w paeds reg Cullerton "
            "General, sent straight to ED in mum's car. Safeguarding - delay - inform HV.",
            "10:20",
            "Consultation",
        ),
    )
    f.occ(
        "2024-10-14",
        "ed-attendance-burn",
        R(
            "ed",
            "Triage: 4yo M, burn R hand/forearm 2/7 ago (wood burner), GP referral. Pain 6/10, "
            "HR 128, T 38.3. Cat 2. Analgesia. Cling film + crepe removed - offensive. Mum "
            "present.",
            "11:52",
        ),
        R(
            "ed",
            "Paeds ST5 r/v. Hx: Sat 12/10 ~18:00 put hand on stove, pulled door. No fireguard in "
            "trailer. Not brought for medical attention until today (GP). O/E PT burn R palmar "
            "hand + fingers + volar forearm ~4% TBSA, infected. Nil else top-to-toe. Imp: "
            "infected PT burn, delayed presentation. Plan: IV co-amox; d/w St Wenbury's burns - "
            "accepted. Safeguarding: MASH referral (delay, supervision, no guard).",
            "13:05",
        ),
        R(
            "ed",
            "Left ED 16:20 - transferred by ambulance to Regional Burns Centre, St Wenbury's, "
            "Hallinbrook, mother escorting. Safeguarding referral done.",
            "16:20",
        ),
    )
    f.occ(
        "2024-10-14",
        "ed-mash-referral",
        R(
            "ed",
            "Safeguarding: online referral to Cullerton MASH 14:30 (ref MASH-24-11692) - "
            "delayed presentation of an infected burn in a 4yo, no fireguard, father known to "
            "police. Siblings 12 and 8 at home.",
            "14:30",
        ),
        R(
            "csc",
            "Contact received (MASH-24-11692) from Cullerton General ED, submitted yesterday "
            "afternoon: Mikey Dorran (4) has an infected burn to his right hand and forearm from "
            "a wood-burning stove, not seen for two days, treated at home with butter. "
            "Transferred to St Wenbury's burns centre. Police CCN July 2024 noted. Urgent "
            "screening.",
            "08:50",
            "Contact",
            shift="late",
        ),
        R(
            "csc",
            "Contact received (MASH-24-11692) from Cullerton General ED: Mikey Dorran (4) "
            "infected burn to right hand and forearm from a wood-burning stove, not seen for two "
            "days, treated at home with butter. Transferred to St Wenbury's burns centre. Police "
            "CCN July 2024 noted. Urgent screening.",
            "08:52",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-14",
        "burns-admission",
        R(
            "burns",
            "Admitted Ward 4 (paeds burns) from Cullerton General ED. 4y M, R hand/forearm PT "
            "burn 3.5% TBSA, infected, 2/7 delay. IV abx, dressing change under GA tomorrow, "
            "?graft. ED has made MASH referral - burns safeguarding nurse aware. Mum resident.",
            "19:05",
            "Admission",
        ),
        R(
            "primary",
            "[Mikey Dorran, Rec] Mum rang: Mikey was moved to the burns unit at St Wenbury's last "
            "night and is being kept in, may need an operation. Absence authorised.",
            "09:10",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-15",
        "burns-safeguarding-huddle",
        R(
            "burns",
            "Burns MDT / safeguarding huddle (consultant, safeguarding nurse, play specialist, "
            "OT): 48h delay, home remedies, wood burner in trailer, no guard. Mum engaged and "
            "appropriate on the ward. Plan: CP medical by community paeds; attend strategy "
            "discussion this afternoon.",
            "09:00",
            "MDT",
        ),
    )
    f.occ(
        "2024-10-15",
        "mash-screening-ed-contact",
        R(
            "csc",
            "MASH screening: second contact in four months (police July, ED now). Threshold for "
            "significant harm met - delayed medical care with an infected burn, supervision and "
            "safety around the stove. Decision: strategy discussion today; allocated to Imogen "
            "Tresize, Assessment Team 2.",
            "10:40",
            "MASH decision",
            "Strategy discussion",
        ),
    )
    f.occ(
        "2024-10-15",
        "gp-email-for-strategy",
        R(
            "gp",
            "Email to Cullerton MASH (information requested for strategy discussion): Mikey "
            "seen yesterday with an infected burn and sent to ED; Johnny - dental letter 04/24, "
            "GA referral, not brought twice; Kathleen - no recent attendance; mother - anxiety "
            "on sertraline. GP unable to join the discussion (surgery).",
            "11:30",
            "Information sharing",
        ),
    )
    f.occ(
        "2024-10-15",
        "strategy-discussion-burn",
        R(
            "csc",
            "Strategy discussion (Teams) chaired by TM Colm Barraclough. Present: Imogen "
            "Tresize SW, DC Anna Marchbank (CAIT), Dr Ruth Sandhu (community paediatrician, St "
            "Wenbury's), Sally Penhallow HV. GP information received by email. Mikey, 4, has an "
            "infected partial-thickness burn from the stove in the family's trailer, brought "
            "two days late; father charged with affray in July; Johnny's untreated dental "
            "decay. Decision: S47 enquiry; joint police/SW visit to the pitch tomorrow to see "
            "the stove and the siblings; CP medical tomorrow.",
            "14:00",
            "Strategy discussion",
            "S47 - joint",
        ),
        R(
            "police",
            "STRATEGY DISC 1400 (TEAMS). CHILD MIKEY DORRAN 4YRS BURN INJURY, DELAYED "
            "PRESENTATION. CAIT TO ATTEND PITCH 7 WITH SW 16/10 - SCENE (STOVE, GUARD). S47 "
            "JOINT. OFFENCE CONSIDERED S1 CYPA 1933 NEGLECT - TBC AFTER MEDICAL.",
            "14:00",
            "Strategy",
            ref="CAIT-24-0931",
        ),
        R(
            "burns",
            "Strategy discussion 14:00 - Dr Sandhu attended for the burns centre. Outcome: S47; "
            "CP medical tomorrow 14:00 on the ward; joint police/SW visit to the home.",
            "14:00",
            "Safeguarding",
        ),
        R(
            "hv",
            "Contact type: Multi-agency meeting (Teams). Outcome: Strategy discussion re "
            "Mikey's burn - S47 agreed. HV to share records, visit on discharge and follow up "
            "Johnny's outstanding dental GA.",
            kind="Strategy meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-15",
        "ed-liaison-notice-to-hv",
        R(
            "ed",
            "Paediatric liaison: attendance notification sent to HV team (Cullerton North) and "
            "GP - Mikey Dorran ED 14/10, burn R hand, transferred to burns centre, MASH referral "
            "made.",
            "12:10",
        ),
        R(
            "hv",
            "Contact type: Liaison notification. Outcome: ED liaison form received re Mikey's "
            "attendance at Cullerton General on 14/10 (burn R hand, 2-day delay, transferred to "
            "St Wenbury's). Already aware. Filed.",
            kind="Liaison",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-16",
        "joint-visit-police-sw-pitch",
        R(
            "csc",
            "Joint home visit with DC Marchbank to Pitch 7, Furzebank Lane. Kathleen (12) and "
            "Johnny (8) seen with their father; mother at St Wenbury's with Mikey. Site manager "
            "present at the start. Trailer: wood-burning stove in the living area, no guard, "
            "door catch broken, kettle on the top plate. Father says Mikey 'went for the door' "
            "while Bridget was outside. Children seen alone in the day room: Kathleen says she "
            "was watching the boys that evening; Johnny says Mikey cried all night and 'Mam put "
            "butter on it'. Johnny's teeth visibly decayed. Father to buy a fireguard today.",
            "11:00",
            "Home visit (S47)",
        ),
        R(
            "police",
            "1100HRS CAIT + SW ATTENDED PITCH 7 FURZEBANK LANE. SCENE: LOG BURNER IN TOURER, NO "
            "GUARD, DOOR HINGE BROKEN. PHOTOS TAKEN. FATHER CO-OPERATIVE. ACCOUNT CONSISTENT "
            "WITH ACCIDENT; DELAY IN SEEKING TREATMENT NOTED. SIBLINGS SEEN - NO INJURIES.",
            "11:00",
            "Visit",
            ref="CAIT-24-0931",
        ),
        R(
            "site",
            "Social worker and a detective on site this morning for the Dorrans. Let them in at "
            "the gate and walked up to pitch 7 with them, then left them to it. Told them the "
            "council can supply a fireguard.",
        ),
    )
    f.occ(
        "2024-10-16",
        "cp-medical",
        R(
            "burns",
            "Child protection medical (Dr R Sandhu, community paediatrics) on Ward 4. Contact "
            "burn R palm + volar fingers extending to forearm, consistent with the account of "
            "grabbing the stove door. No other injuries, skin survey clear. Growth 25th centile. "
            "Opinion: accidental mechanism; significant delay in seeking treatment and unsafe "
            "home = neglect concerns.",
            "14:00",
            "CP medical",
        ),
    )
    f.occ(
        "2024-10-16",
        "call-cp-medical-outcome",
        R(
            "burns",
            "Dr Sandhu phoned SW Imogen Tresize with the CP medical opinion (accidental "
            "mechanism, neglect concerns re delay and safety). Written report to follow.",
            "16:45",
            "Telephone",
        ),
        R(
            "csc",
            "Call from Dr Sandhu: CP medical done this afternoon. Burn consistent with touching "
            "the stove, no other injuries, but 'a two-day delay with an infected burn is "
            "neglectful'. Report within 48 hours.",
            "16:50",
            "Telephone call",
        ),
    )
    f.occ(
        "2024-10-17",
        "school-emails-tes-kathleen-absent",
        R(
            "secondary",
            "Kathleen absent Mon-Thu this week. Dad on the phone: Mikey in hospital with a "
            "burn, K minding Johnny. Emailed Kerry Lavelle (TES) and the allocated SW.",
            "12:30",
            "Welfare concern",
            "DSL to chase SW",
        ),
        R(
            "tes",
            "Email from Fiona at Cullerton Abbey: Kathleen off all week minding Johnny while "
            "Bridget's at the burns unit with Mikey. Dad told school.",
        ),
    )
    f.occ(
        "2024-10-21",
        "skin-graft",
        R(
            "burns",
            "Theatre: debridement + SSG R palm/fingers (donor R thigh). Uneventful. Volar splint.",
            "09:30",
            "Procedure",
        ),
    )
    f.occ(
        "2024-10-23",
        "burns-discharge",
        R(
            "burns",
            "Discharged home to Furzebank Lane site with mother. Graft take 95%. Dressings "
            "clinic twice weekly, OT splint and scar management. Safety advice re stove and "
            "fireguard given. Discharge summary to GP, HV, SW.",
            "15:00",
            "Discharge",
        ),
        R(
            "csc",
            "Mikey discharged from St Wenbury's today to the family's trailer. Father says a "
            "fireguard is fitted (to be checked). Dressings at St Wenbury's Tuesdays and Fridays; "
            "SW to help with travel costs.",
            "16:30",
            "Case note",
        ),
        R(
            "hv",
            "Contact type: Information. Outcome: Mikey home from the burns unit since yesterday "
            "(23/10) - graft, dressings at St Wenbury's twice weekly. HV visit booked Friday.",
            kind="Discharge",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-25",
        "hv-home-visit",
        R(
            "hv",
            "Contact type: Home visit (trailer, pitch 7). Outcome: Mikey seen - R hand dressed, "
            "splint on, playing one-handed, pain controlled. Fireguard now fitted (seen). Burns "
            "first aid discussed (cool running water 20 min). No smoke or CO alarm - referral "
            "to fire service for a home safety visit. Johnny's GA: mum says 'he's scared'.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-25",
        "tes-visit-kathleen",
        R(
            "tes",
            "Called in at the site to see Kathleen - off since the 14th, tired, doing a lot "
            "with the boys. Agreed she goes back after half term (Mon 4 Nov).",
        ),
    )
    f.occ(
        "2024-10-30",
        "police-nfa",
        R(
            "police",
            "CAIT-24-0931 REVIEWED DS 4410: MEDICAL OPINION ACCIDENTAL. S1 CYPA THRESHOLD NOT "
            "MET. NFA. SW INFORMED.",
            "12:15",
            "Investigation outcome",
            ref="CAIT-24-0931",
        ),
    )
    f.occ(
        "2024-10-31",
        "s47-outcome",
        R(
            "csc",
            "S47 outcome (TM agreed): neglect substantiated - delay in seeking treatment, "
            "supervision and home safety - but not likely significant harm needing an ICPC: "
            "parents engaging, fireguard fitted, medical opinion accidental. C&F assessment to "
            "conclude; CIN plan for all three children. Parents told.",
            "11:00",
            "S47 outcome",
            "CIN",
        ),
    )
    f.occ(
        "2024-11-05",
        "site-fits-fireguard",
        R(
            "site",
            "Fitted the council-spec fireguard (bolted to the floor) and a CO alarm in the "
            "Dorrans' tourer, pitch 7, at the SW's request. Smoke alarm tested, working.",
        ),
    )
    f.occ(
        "2024-11-06",
        "sw-call-site-manager",
        R(
            "csc",
            "Phone call with Di Rowntree (site manager): bolted fireguard and a CO alarm fitted "
            "yesterday on pitch 7.",
            "09:40",
            "Telephone call",
        ),
        R(
            "site",
            "Imogen (SW) rang this morning to check the guard went in. Told her yes, and the CO "
            "alarm.",
        ),
    )
    f.occ(
        "2024-11-07",
        "cin-invite-email",
        R(
            "csc",
            "Email to HV, TES, St Cuthwin's and Cullerton Abbey: invitation to the CIN meeting "
            "on 12/11/2024 at 10:00, Furzebank Lane site community room; short reports by 11/11.",
            "15:10",
            "Email",
        ),
        R(
            "tes",
            "Invite through from Imogen Tresize (SW) for the CIN meeting on the 12th at the "
            "site community room. Need to write a short report on Kathleen.",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-11",
        "primary-report-for-cin",
        R(
            "primary",
            "[Johnny & Mikey Dorran] DSL report for CIN meeting emailed to SW: Johnny 87% "
            "attendance, dental pain affecting eating and concentration; Mikey 71% (hospital), "
            "settled, R hand bandaged, OT fine-motor activities in class.",
            "15:45",
        ),
    )
    f.occ(
        "2024-11-12",
        "cin-meeting-initial",
        R(
            "csc",
            "Initial Child in Need meeting, Furzebank Lane site community room. Present: "
            "Bridget and Patrick Dorran, Imogen Tresize SW, Sally Penhallow HV, Kerry Lavelle "
            "TES, Tom Ashdown (St Cuthwin's). Apologies: Cullerton Abbey (report sent). CIN "
            "plan: (1) home safety - fireguard and CO alarm in place, fire service visit; (2) "
            "Mikey's burns follow-up and OT; (3) Johnny's dental GA to be attended - SW to "
            "liaise with community dental and help with transport; (4) Kathleen back to school "
            "with TES support; (5) Kathleen not to be the boys' carer. Review 10/12/2024.",
            "10:00",
            "CIN meeting",
        ),
        R(
            "hv",
            "Contact type: CIN meeting (site community room). Outcome: CIN plan agreed for "
            "Kathleen, Johnny and Mikey. HV: review Mikey's hand and development in 6 weeks; "
            "support Johnny's dental attendance; register all three with a dentist.",
            "10:00",
            "Meeting",
        ),
        R(
            "tes",
            "CIN meeting at the site - Bridget and Paddy both came, a first. Plan: Kathleen back "
            "to school, me doing transport twice a week and a mentor in school. Bridget said "
            "Kathleen won't be 'minding' any more. Review 10 Dec.",
        ),
        R(
            "primary",
            "[Johnny Dorran, Y3] DSL attended CIN meeting on the site. J's dental treatment is "
            "on the plan - SW to help get him to hospital. Class teacher to log any dental pain.",
            "10:00",
        ),
        R(
            "primary",
            "[Mikey Dorran, Rec] DSL attended CIN meeting at the site this morning. Mikey's burn "
            "follow-up on the plan; school to carry on the OT hand exercises.",
            "10:00",
        ),
    )
    f.occ(
        "2024-11-19",
        "sw-call-dental",
        R(
            "csc",
            "Call to community dental (Mrs Okafor): Johnny's GA list date is 04/12/2024 at "
            "Cullerton General. SW will drive Bridget and Johnny on the day.",
            "14:20",
            "Telephone call",
        ),
        R(
            "dental",
            "Tel from SW Imogen Tresize (CSC): Johnny now on a CIN plan. GA date 04/12 "
            "confirmed; SW transporting.",
            kind="Telephone call",
        ),
    )
    f.occ(
        "2024-12-04",
        "johnny-ga-extractions",
        R(
            "dental",
            "Johnny - XLA under GA, Cullerton General day surgery: 54 55 64 65 74 75 84 "
            "extracted, FS 36. Uneventful, home same day. Mum present, SW transported. Recall "
            "3/12.",
            kind="Treatment",
        ),
    )
    f.occ(
        "2024-12-10",
        "cin-review-1",
        R(
            "csc",
            "CIN review (site community room). Present: Bridget, Imogen Tresize SW, Kerry "
            "Lavelle TES, Sally Penhallow HV; schools sent updates. Johnny's extractions done "
            "04/12; Mikey's graft healed, scar management continues; fireguard in place; "
            "Kathleen at 6 of 10 mornings. Father not present (working). Plan continues; next "
            "review February.",
            "10:00",
            "CIN review",
        ),
        R(
            "tes",
            "CIN review today. Kathleen's mornings up to 60% - not where we want but better. "
            "Bridget mentioned home education for K. Told her to talk to me first.",
        ),
        R(
            "hv",
            "Contact type: CIN review. Outcome: good progress - Mikey's hand healed, Johnny's "
            "teeth out. Next review Feb 2025.",
            kind="Meeting",
            shift="swap",
        ),
    )

    # 2025: Kathleen off roll; the sentence; the move to Redgap Moor.
    f.occ(
        "2025-01-08",
        "ehe-letter-handed-in",
        R(
            "secondary",
            "Mrs Dorran came to reception with a handwritten letter asking for Kathleen to come "
            "off roll for home education from today. Letter scanned.",
            "08:50",
            "Elective home education",
            "LA EHE team, TES and SW notified by email",
        ),
    )
    f.occ(
        "2025-01-09",
        "tes-calls-sw-ehe",
        R(
            "tes",
            "Rang Imogen (SW) about Kathleen's EHE letter - worried this is about K minding the "
            "boys and being kept in, not about education. She'll visit.",
        ),
        R(
            "csc",
            "Telephone call from Kerry Lavelle (TES): mother has asked Cullerton Abbey to take "
            "Kathleen off roll for home education. TES worried Kathleen will be kept at home as "
            "a carer. SW to visit and discuss.",
            "11:05",
            "Telephone call",
        ),
    )
    f.occ(
        "2025-01-15",
        "court-result-affray",
        R(
            "police",
            "CULLERTON MAGISTRATES: PATRICK DORRAN GUILTY PLEA AFFRAY (24/31877). 12 MONTH "
            "COMMUNITY ORDER, 120 HRS UNPAID WORK, COSTS £85.",
            "15:30",
            "Court result",
            ref="24/31877",
        ),
    )
    f.occ(
        "2025-01-22",
        "bridget-asks-transfer",
        R(
            "site",
            "Bridget in the office asking for a transfer off Furzebank - the family on pitch 5 "
            "'making life hell' since the court case. Redgap Moor may have pitch 3 coming up.",
        ),
    )
    f.occ(
        "2025-01-28",
        "professionals-meeting-move",
        R(
            "csc",
            "Professionals' meeting (no family) on the request to move to Redgap Moor: Imogen "
            "Tresize SW, Kerry Lavelle TES, Di Rowntree site manager. Move supported given the "
            "feud on Furzebank Lane. Boys would change to Redgap Community Primary (TES to "
            "broker); Kathleen now EHE - TES to visit monthly. GP and HV to be updated.",
            "10:00",
            "Professionals meeting",
        ),
        R(
            "tes",
            "Professionals' meeting at the civic centre about the Dorrans moving to Redgap "
            "Moor. I'll sort school places for Johnny and Mikey at Redgap CP and keep seeing "
            "Kathleen for EHE.",
        ),
        R(
            "site",
            "Meeting at the civic centre with the SW and TES about moving the Dorrans. All "
            "agreed it's for the best.",
        ),
    )
    f.occ(
        "2025-01-28",
        "pitch-allocation-panel",
        R(
            "site",
            "Pitch allocations panel (afternoon): pitch 3 Redgap Moor offered to Bridget and "
            "Patrick Dorran, licence start 10/02/2025.",
        ),
    )
    f.occ(
        "2025-02-10",
        "move-to-redgap-moor",
        R(
            "site",
            "Dorrans off pitch 7 Furzebank and on to pitch 3 Redgap Moor today. Licence signed, "
            "amenity block key handed over. Pitch 7 cleared.",
        ),
        R(
            "csc",
            "Family moved today to Pitch 3, Redgap Moor Travellers' Site, Hallinbrook YQ11 2DW. "
            "Tourer and day room set up; the fireguard went with the stove. Address updated for "
            "all three children.",
            "15:30",
            "Change of address",
        ),
        R(
            "hv",
            "Contact type: Change of address. Outcome: family moved to pitch 3, Redgap Moor "
            "site yesterday (10/02). Records to Hallinbrook HV team.",
            kind="Transfer out",
            shift="late",
        ),
        R(
            "tes",
            "Dorrans moved to pitch 3 Redgap Moor today. Boys' start at Redgap CP pencilled "
            "for after half term.",
        ),
        R(
            "primary",
            "[Johnny Dorran, Y3] Mum in at drop-off: family moved to Redgap Moor yesterday; "
            "Johnny leaves us at half term for Redgap Community Primary. Transport hard from "
            "the new site.",
            "08:45",
            shift="late",
        ),
        R(
            "primary",
            "[Mikey Dorran, Rec] Mum told office the family moved to Redgap Moor site "
            "yesterday; Mikey leaving at half term for Redgap CP.",
            "08:45",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-24",
        "boys-change-school",
        R(
            "primary",
            "[Johnny & Mikey Dorran] Off roll 24/02/2025 - Redgap Community Primary confirmed "
            "both started today. CTFs sent via S2S, CP files posted recorded delivery.",
            "11:30",
        ),
        R(
            "tes",
            "Johnny and Mikey started at Redgap Community Primary this morning. Took them in "
            "with Bridget - both a bit quiet.",
        ),
    )
    f.occ(
        "2025-02-26",
        "gp-registration-elsewhere",
        R(
            "gp",
            "Deduction - registered elsewhere: Bridget, Patrick, Kathleen, Johnny and Mikey "
            "Dorran registered with Redgap Moor Health Centre 26/02/2025. Records to PCSE.",
            kind="Registration",
        ),
        R(
            "hv",
            "Contact type: GP registration. Outcome: family registered with Redgap Moor Health "
            "Centre from 26/02. Hallinbrook HV informed.",
            kind="GP change",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-11",
        "cin-review-2",
        R(
            "csc",
            "CIN review in the family's day room, Redgap Moor. Present: Bridget, Patrick, "
            "Imogen Tresize SW, Kerry Lavelle TES, Sally Penhallow HV (handing over to "
            "Hallinbrook). Boys settled at Redgap CP; no incidents since the move; Kathleen EHE "
            "with monthly TES visits; dental recalls booked. Plan: step down to Early Help next "
            "month if progress holds.",
            "13:30",
            "CIN review",
        ),
        R(
            "tes",
            "CIN review at the new pitch. Much calmer. Kathleen showed me her workbooks - "
            "reading good, maths needs work.",
        ),
        R(
            "hv",
            "Contact type: CIN review (with handover to Hallinbrook HV). Outcome: Mikey's scar "
            "management ongoing; handover complete.",
            "13:30",
            "Meeting",
        ),
    )
    f.occ(
        "2025-03-18",
        "dental-recall-johnny",
        R(
            "dental",
            "Johnny - recall. Sockets healed, no new caries, FS 46. Brushing twice daily reported.",
            kind="Recall",
        ),
    )
    f.occ(
        "2025-03-18",
        "dental-first-check-mikey",
        R(
            "dental",
            "Mikey - first check, same session as brother. Early caries 51 61, fluoride varnish. "
            "Brought by mum.",
            kind="New patient",
        ),
    )
    f.occ(
        "2025-04-29",
        "cin-closure",
        R(
            "csc",
            "CIN plan closed (TM Colm Barraclough): all actions met. Stepped down to Early Help, "
            "TES lead professional.",
            "16:00",
            "Case closure",
            "Step down to Early Help",
        ),
    )

    # Routine single entries.
    f.fill(
        "hv",
        "2024-02-01",
        "2024-06-28",
        [
            (
                "Telephone",
                "Contact type: Telephone. Outcome: call to Bridget re Mikey's 3-4 year review, "
                "no answer, message left.",
            ),
            (
                "Clinic",
                "Contact type: Clinic. Outcome: Mikey weighed and measured (25th centile); "
                "pre-school boosters given.",
            ),
        ],
    )
    f.fill(
        "gp",
        "2024-02-01",
        "2025-02-20",
        [
            ("Consultation", "Problem: Cough (Kathleen). S: 5/7 cough. O: chest clear. P: rest."),
            ("Medication", "Repeat prescription: sertraline 50mg (Bridget)."),
            ("Consultation", "Problem: Eczema (Mikey). Emollient reissued, steroid for flares."),
        ],
    )
    f.fill(
        "secondary",
        "2024-02-01",
        "2024-12-18",
        [
            ("Attendance", "Weekly attendance check - Kathleen 60% this week. Letter 1 sent."),
            ("Pastoral", "Kathleen in detention (homework). Miss Orme chatted - happy in Art."),
        ],
    )
    f.fill(
        "primary",
        "2024-02-01",
        "2025-02-14",
        [
            ("", "[Johnny Dorran] Reading record not signed for three weeks. Sticker chart."),
            ("", "[Johnny Dorran, Y3] Parents' evening - Dad came, pleased with his reading."),
        ],
    )
    f.fill(
        "site",
        "2024-02-01",
        "2025-01-31",
        [
            ("", "Pitch 7 rent account cleared after the arrears letter."),
            ("", "Site-wide letter about bonfire safety and the gas bottle store."),
        ],
        timed=False,
    )
    f.fill(
        "burns",
        "2024-10-28",
        "2024-11-29",
        [
            ("Outpatient", "Dressings clinic: graft healing, attended with mum. Next Friday."),
            ("Did not attend", "Dressings clinic: not brought. Mum rang - van off road. Rebooked."),
        ],
    )
    f.fill(
        "burns",
        "2025-01-06",
        "2025-02-07",
        [
            ("Outpatient", "Scar clinic (OT): pressure garment fitted R hand. Review 6 weeks."),
        ],
    )
    f.fill(
        "tes",
        "2025-03-01",
        "2025-04-30",
        [
            ("", "Monthly EHE visit to Kathleen at Redgap Moor. Doing a bit every morning."),
        ],
        timed=False,
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Aldous family, Morrowfield. Reuben Aldous (b. 11/02/2016) lives in the week with
# his father Declan Aldous (b. 19/07/1984; paranoid schizophrenia, two earlier admissions) at
# Flat 6, Ravel Court, Kestle Road, Morrowfield JX3 5PW, and at weekends with his mother Lauren
# Pritchard (b. 1990) and her partner Craig Tolley (b. 1988) at 22 Pennock Gardens, Morrowfield
# JX7 1AL; Harebell Lane Primary School; Ashmantle Medical Practice. The father's relapse with
# beliefs that Reuben has been "swapped", a crisis team, a scene at the school gate, section 136
# on a railway footbridge, a Mental Health Act assessment and admission to Quince Ward, Linden
# Park Hospital; Reuben moves to his mother's; Craig's drug use, a warrant, his arrest, charge,
# overdose and sentence; a child protection plan; the father's discharge.
# --------------------------------------------------------------------------------------------


def _aldous() -> BlindCase:
    f = Family(
        "aldous_father_psychosis_young_carer",
        10_202,
        {
            "police": Sheet(
                POLICE,
                "Morrowshire Police IMR chronology - ALDOUS.xlsx",
                "Police",
                (("2024-01-01", "PC 3307 L. CARVER"), ("2024-11-01", "DS 1190 H. BRANNIGAN")),
            ),
            "csc": Sheet(
                CSC,
                "Morrowfield Children's Services - Reuben Aldous.xlsx",
                "Chronology",
                (("2024-01-01", "Priya Halloran (MASH)"), ("2024-09-12", "Natasha Odunsi (SW)")),
            ),
            "school": Sheet(
                SCHOOL,
                "Harebell Lane Primary - MyConcern extract.xlsx",
                "Reuben A",
                (("2024-01-01", "J. Ekwueme (DSL)"),),
            ),
            "crisis": Sheet(
                CRISIS,
                "Morrowfield CRHT - D Aldous.xlsx",
                "Contacts",
                (("2024-01-01", "Sam Treharne (CRHT nurse)"),),
            ),
            "amhp": Sheet(
                AMHP,
                "AMHP Service record - Declan Aldous.docx",
                "Table 1",
                (("2024-01-01", "Rhiannon Moyle (AMHP)"),),
                typed=False,
            ),
            "ward": Sheet(
                PSYCH_WARD,
                "Linden Park Hospital - Medlar Suite and Quince Ward.xlsx",
                "Inpatient",
                (("2024-01-01", "SN D. Ampofo"),),
            ),
            "cmht": Sheet(
                CMHT,
                "Morrowfield North CMHT progress notes.xlsx",
                "RiO extract",
                (("2024-01-01", "Owen Kasprzak (CPN, care coordinator)"),),
            ),
            "yc": Sheet(
                YOUNG_CARERS,
                "Morrowfield Carers Hub - Young Carers.docx",
                "Table 1",
                (("2024-01-01", "Becca Lyle (Young Carers Worker)"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "Ashmantle Medical Practice chronology.xlsx",
                "Aldous",
                (("2024-01-01", "Dr M. Holloway-Stone"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "0-19 School Nursing - Reuben Aldous.xlsx",
                "School nursing",
                (("2024-01-01", "Ellie Frame (SN)"),),
            ),
            "substance": Sheet(
                SUBSTANCE,
                "Lanternway Recovery - C Tolley.xlsx",
                "Keywork",
                (("2024-01-01", "Jas Dhillon (Recovery Worker)"),),
            ),
            "ambulance": Sheet(
                AMBULANCE,
                "Morrowshire Ambulance Service PRF extract.xlsx",
                "Incidents",
                (("2024-01-01", "Paramedic P. Rusk"),),
                typed=False,
            ),
        },
    )

    # Summer 2024: Reuben as his father's carer.
    f.occ(
        "2024-05-08",
        "school-concern-young-carer",
        R(
            "school",
            "Concern raised by: class teacher (Y3). Reuben very tired, fell asleep in phonics. "
            "Said he 'has to do Dad's tea and remind him about his tablets' and that Dad 'hears "
            "people through the wall'. Category: Emotional wellbeing / young carer. DSL spoke "
            "with Reuben - happy to be referred to Young Carers.",
            "14:05",
            "Wellbeing",
            "Young Carers referral to be made",
        ),
    )
    f.occ(
        "2024-05-13",
        "school-refers-young-carers",
        R(
            "school",
            "Referral sent to Morrowfield Young Carers (online form) with Dad's consent by "
            "phone: Reuben (8) helps his father, who has a mental illness, with meals and "
            "medication in the week.",
            "11:30",
            "Referral out",
        ),
        R(
            "yc",
            "New referral from Harebell Lane Primary (Mrs Ekwueme) for Reuben Aldous, 8 - caring "
            "for his dad Declan (schizophrenia) Monday to Friday, weekends at mum's. Allocated "
            "to me.",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-04",
        "yc-assessment-visit",
        R(
            "yc",
            "Young carer's assessment at Ravel Court with Reuben and his dad. Declan pleasant "
            "but guarded, wouldn't talk about his illness in front of R. Reuben does the "
            "shopping list, checks Dad has taken his tablets, sorts the post. Offered Tuesday "
            "club and a 1:1 in school each half term. Both said yes.",
        ),
    )
    f.occ(
        "2024-06-18",
        "cmht-routine-review",
        R(
            "cmht",
            "Face to face, home. Declan reviewed. Mental state settled, sleeping ok, taking "
            "olanzapine (pill count correct). Reuben at school. Declan proud R is in Young "
            "Carers. Relapse signature reviewed: poor sleep, talk of 'the swap', isolation.",
            "13:00",
            "Care coordination",
        ),
    )

    # September 2024: relapse, the crisis team, social care.
    f.occ(
        "2024-09-10",
        "cmht-visit-relapse",
        R(
            "cmht",
            "Face to face, home. Declan unshaven, flat cluttered, olanzapine packs unopened "
            "since July. Says 'Reuben isn't Reuben since he came back from his mum's - they've "
            "put something in him, he talks in their voice'. Denies intent to harm R but says "
            "R 'needs cleaning out'. Reuben at school. Relapse signature present.",
            "10:15",
            "Care coordination",
        ),
    )
    f.occ(
        "2024-09-10",
        "cmht-refers-crht",
        R(
            "cmht",
            "Referral to CRHT (phone + RiO referral): relapse of paranoid schizophrenia, "
            "non-concordance since July, delusional beliefs about his 8-year-old son.",
            "12:00",
            "Referral",
        ),
        R(
            "crisis",
            "Referral received from Morrowfield North CMHT (O Kasprzak): 40yo M, paranoid "
            "schizophrenia, off meds ~8 weeks, delusions centred on son (8) being 'swapped'. "
            "Accepted - assessment tomorrow a.m.",
            "12:10",
            "Referral received",
        ),
    )
    f.occ(
        "2024-09-10",
        "cmht-calls-mash",
        R(
            "cmht",
            "Tel to Morrowfield MASH: shared concerns re Reuben - father relapsing with beliefs "
            "focused on the child; Reuben lives with him in the week. MASH to screen today.",
            "15:55",
            "Safeguarding",
        ),
        R(
            "csc",
            "Contact (professional, telephone) from Owen Kasprzak, CPN, Morrowfield North CMHT. "
            "Reuben's father Declan Aldous is relapsing (paranoid schizophrenia), has stopped "
            "his medication and holds beliefs that Reuben has been 'swapped' and 'needs "
            "cleaning out'. Reuben lives with him Monday to Friday and with his mother, Lauren "
            "Pritchard, at weekends. CRHT referral made. Passed for screening.",
            "16:02",
            "Contact",
        ),
    )
    f.occ(
        "2024-09-11",
        "mash-screening",
        R(
            "csc",
            "MASH screening (RAG red). Checks: police - two concern-for-welfare logs for father "
            "2021; school - young carer referral May 2024, tired; GP - father's SMI, Reuben "
            "well; mother's partner Craig Tolley - police intelligence re cocaine supply 2023. "
            "Decision: strategy discussion; Reuben to stay at mother's tonight if she agrees.",
            "09:30",
            "MASH decision",
            "Strategy discussion",
        ),
    )
    f.occ(
        "2024-09-11",
        "crht-assessment",
        R(
            "crisis",
            "Gatekeeping/initial assessment at home with CPN. MSE: unkempt, guarded, "
            "pressured at times; persecutory and misidentification delusions (son 'replaced', "
            "mother's partner 'controls him through the tablet'); AH 3rd person. No SI. Denies "
            "HI but 'the boy needs cleaning out'. Insight poor. Accepted for home treatment, "
            "daily visits, restart olanzapine. Safeguarding: CMHT has referred to MASH.",
            "10:30",
            "Assessment",
        ),
    )
    f.occ(
        "2024-09-12",
        "strategy-discussion-1",
        R(
            "csc",
            "Strategy discussion (Teams), chair Gareth Whitlow TM. Present: Natasha Odunsi SW, "
            "PC Carver (Morrowshire Police), Owen Kasprzak CPN, Mrs Ekwueme DSL. Father's "
            "delusions centre on Reuben; no direct threats but 'cleaning out' is a risk phrase; "
            "father not taking medication; CRHT daily. Decision: S47 (single agency). Safety "
            "plan: Reuben to live with mother full-time; no unsupervised contact with father "
            "until reviewed; father not to collect from school. SW to see Reuben at school "
            "today and speak to mother.",
            "11:00",
            "Strategy discussion",
            "S47",
        ),
        R(
            "police",
            "STRAT DISC 12/09/24 1100 - TEAMS. SUBJ: REUBEN ALDOUS 8YRS. FATHER DECLAN ALDOUS "
            "MH RELAPSE, DELUSIONAL RE CHILD. NO OFFENCES. S47 SINGLE AGENCY. MARKER PLACED ON "
            "BOTH ADDRESSES (KESTLE RD / PENNOCK GDNS). OIC PC 3307.",
            "11:00",
            "Strategy discussion",
            ref="STORM 24-0912-0311",
        ),
        R(
            "cmht",
            "Strategy discussion (MS Teams) attended by care coordinator. Agreed S47 by CSC, R "
            "to live with mother, no unsupervised contact. CRHT continue daily; I will tell "
            "Declan the plan with the SW.",
            "11:00",
            "Multi-agency meeting",
        ),
        R(
            "school",
            "Strategy minutes from CSC received by email and pasted below. 'Strategy "
            "discussion 12/09/2024 11:00, Teams. Attendees: G Whitlow (chair), N Odunsi SW, PC "
            "Carver, O Kasprzak CPN, J Ekwueme DSL. Outcome: Section 47 enquiry. Reuben to "
            "reside with mother; father not to collect from school.' Office and gate staff "
            "told: father NOT to collect.",
            "09:20",
            "Minutes received",
            shift="late",
        ),
    )
    f.occ(
        "2024-09-12",
        "sw-sees-reuben-school",
        R(
            "csc",
            "Saw Reuben alone at school (nurture room). He said Dad 'is poorly in his brain "
            "again' and keeps looking at him 'like I'm a stranger'. Dad told him he was 'a "
            "copy'. Reuben said he would like to stay at Mum's for now. Wishes recorded.",
            "14:15",
            "Child seen",
        ),
        R(
            "school",
            "SW Natasha Odunsi in to see Reuben in the nurture room, 2:15pm, about 40 mins. R "
            "came back to class calm. SW says R will go to Mum's tonight.",
            "14:15",
            "Professional visit",
        ),
    )
    f.occ(
        "2024-09-13",
        "crht-visit-fri",
        R(
            "crisis",
            "HTT visit. Declan took olanzapine 10mg in front of me. Still convinced about the "
            "'swap'. Angry that Reuben is at his mother's - 'they've got him now'. No threats.",
            "10:00",
            "Home treatment visit",
        ),
    )
    f.occ(
        "2024-09-13",
        "sw-visits-declan",
        R(
            "csc",
            "Home visit to Declan Aldous at Ravel Court with the safety plan (CPN unable to "
            "join). Declan said Reuben 'will be fine once he's cleaned' and would not say what "
            "that means; accepted the plan 'for now'. Flat cluttered, no food.",
            "15:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-09-14",
        "crht-visit-sat",
        R(
            "crisis",
            "HTT visit - Declan spoke through the door only, declined to let us in. Said he'd "
            "taken his tablet. Plan: visit tomorrow with 2 staff.",
            "11:20",
            "Home treatment visit",
        ),
    )
    f.occ(
        "2024-09-16",
        "reuben-moves-to-mothers",
        R(
            "csc",
            "Reuben now living full-time with his mother Lauren Pritchard and her partner "
            "Craig Tolley at 22 Pennock Gardens, JX7 1AL (safety plan). His belongings fetched "
            "from Ravel Court with Declan's agreement.",
            "12:00",
            "Change of address",
        ),
        R(
            "school",
            "Mum in at drop-off: Reuben is living with her at 22 Pennock Gardens from now on. "
            "Contact details updated; Dad not to collect (already on file).",
            "08:50",
            "Change of details",
        ),
    )

    # 3-4 October 2024: the school gate, section 136, the Mental Health Act assessment.
    f.occ(
        "2024-10-03",
        "school-gate-incident",
        R(
            "police",
            "STORM 24-1003-0987 1512HRS. CLASS: CONCERN FOR SAFETY / PUBLIC ORDER. CALLER "
            "HAREBELL LANE PRIMARY HEAD: MALE (DECLAN ALDOUS, MARKER) AT GATE SHOUTING HIS SON "
            "'MUST COME TO BE CLEANSED', SON KEPT INSIDE. UNITS ATTENDED 1525, MALE LEFT "
            "PRIOR. AREA SEARCH NEG. CHILD COLLECTED BY MOTHER.",
            "15:12",
            "Incident",
            ref="STORM 24-1003-0987",
        ),
        R(
            "school",
            "3.10pm home time. Reuben's father at the main gate shouting that Reuben had to "
            "come with him 'to be cleansed' and that 'that's not my son in there'. Reuben kept "
            "in the classroom with his teacher. Head rang 999 at 3.12pm. Father walked off "
            "towards Kestle Road before police arrived. Mum collected R at 3.40pm.",
            "15:10",
            "Safeguarding incident",
            "999; SW informed",
        ),
    )
    f.occ(
        "2024-10-03",
        "footbridge-s136",
        R(
            "police",
            "STORM 24-1003-1420 1842HRS. CLASS: CONCERN FOR SAFETY. MOP REPORTS MALE ON "
            "KESTLE RD RAILWAY FOOTBRIDGE, LEANING OVER PARAPET. OFFICERS + LAS ON SCENE 1851. "
            "MALE IDENTIFIED AS DECLAN ALDOUS (MARKER - MH). S136 MHA APPLIED 1905. CONVEYED BY "
            "LAS TO MEDLAR SUITE, LINDEN PARK.",
            "18:42",
            "Incident - S136",
            ref="STORM 24-1003-1420",
        ),
        R(
            "ambulance",
            "CAD 771204, Cat 2, Kestle Road footbridge, police on scene. 40yo M, known "
            "schizophrenia, off meds; talking about his son being replaced and 'the trains "
            "telling him'. No injuries, obs NAD. Police detained s136 at 19:05. Conveyed to "
            "Medlar Suite (HBPoS) with police escort, handover 19:58.",
            "18:51",
        ),
    )
    f.occ(
        "2024-10-03",
        "medlar-suite-arrival",
        R(
            "ward",
            "Medlar Suite (s136 HBPoS): arrived 19:58 by ambulance with 2 officers. Rights "
            "read (s132). Physical obs stable. Settled in the lounge, guarded, preoccupied "
            "with 'the copy'. Police released 20:40 after handover.",
            "19:58",
            "S136 arrival",
        ),
    )
    f.occ(
        "2024-10-03",
        "request-mha-assessment",
        R(
            "ward",
            "AMHP service contacted re MHA assessment - on-call AMHP advises assessment "
            "09:30 tomorrow with s12 doctor; patient to remain in suite overnight.",
            "21:35",
            "AMHP request",
        ),
        R(
            "amhp",
            "21:40 request from Medlar Suite for an MHA assessment of Declan Aldous (s136 from "
            "Kestle Road footbridge this evening). Arranged for 09:30 tomorrow with Dr Naidu "
            "(s12) and the CMHT consultant.",
            "21:40",
        ),
    )
    f.occ(
        "2024-10-04",
        "mha-assessment",
        R(
            "amhp",
            "MHA assessment at the Medlar Suite with Dr Naidu (s12) and Dr Ferreira "
            "(responsible consultant), care coordinator present. Declan guarded, believes his "
            "son has been replaced and must be 'cleansed' and that yesterday he was 'letting "
            "the trains speak'. Both doctors recommended s2. I considered home treatment "
            "(already failed) and informal admission (refused). Application made under s2; "
            "bed on Quince Ward. Nearest relative is his mother (see below).",
            "09:30",
        ),
        R(
            "cmht",
            "Attended MHA assessment at Medlar Suite (AMHP R Moyle, Dr Naidu, Dr Ferreira). "
            "Detained s2. I shared the risk history re Reuben. Quince Ward bed.",
            "09:30",
            "MHA assessment",
        ),
    )
    f.occ(
        "2024-10-04",
        "amhp-informs-nearest-relative",
        R(
            "amhp",
            "Phoned Marion Aldous (mother, nearest relative) to tell her of the s2 application "
            "and her rights. She was upset but agreed it was needed; worried about Reuben.",
            "11:10",
        ),
    )
    f.occ(
        "2024-10-04",
        "amhp-calls-csc",
        R(
            "amhp",
            "Rang Morrowfield children's duty (spoke to Natasha Odunsi, allocated SW): "
            "Declan detained s2, content of his beliefs about Reuben shared; ward will tell "
            "CSC before any leave or discharge.",
            "11:25",
        ),
        R(
            "csc",
            "Telephone call from Rhiannon Moyle (AMHP): Declan Aldous assessed at the Medlar "
            "Suite this morning and detained under s2 MHA; admitted to Quince Ward. His beliefs "
            "about Reuben remain fixed. Ward to notify CSC of any leave.",
            "11:30",
            "Telephone call",
        ),
    )
    f.occ(
        "2024-10-04",
        "admission-quince-ward",
        R(
            "ward",
            "Admitted to Quince Ward under s2 MHA from Medlar Suite. Property checked. Informal "
            "obs level 2. Declan quiet, asked when he can see his son. Safeguarding alert on "
            "record: no visits by the child without CSC agreement.",
            "14:50",
            "Admission",
        ),
        R(
            "cmht",
            "Declan admitted Quince Ward this afternoon (s2). Care coordination continues; "
            "CRHT discharged him from their caseload.",
            "16:10",
            "Admission",
        ),
    )
    f.occ(
        "2024-10-04",
        "police-ppn-oct",
        R(
            "police",
            "PPN (ADULT AT RISK / CHILD CONCERN) SUBMITTED TO MASH RE STORM 24-1003-0987 AND "
            "24-1003-1420: FATHER AT SCHOOL GATE WITH DELUSIONS RE CHILD, LATER S136.",
            "08:40",
            "Notification",
            ref="PPN 24-33190",
        ),
        R(
            "csc",
            "Police notification received (PPN 24-33190): yesterday at 15:12 Declan Aldous at "
            "Harebell Lane school gate demanding Reuben be 'cleansed'; at 18:42 found on the "
            "Kestle Road footbridge and detained s136. For allocated SW (open S47).",
            "09:15",
            "Contact",
        ),
        R(
            "csc",
            "Police notification received (PPN 24-33190): yesterday 15:12 Declan Aldous at "
            "Harebell Lane school gate demanding Reuben be 'cleansed'; 18:42 found on the "
            "Kestle Road footbridge and detained s136. For allocated SW (open S47).",
            "09:17",
            "Contact",
        ),
    )
    f.occ(
        "2024-10-07",
        "reuben-distressed-class",
        R(
            "school",
            "Reuben tearful in class. Drew Dad 'in the hospital with the bad men'. Asked if "
            "Dad will 'still think I'm a copy when he's better'. Calm after time with TA.",
            "10:40",
            "Emotional wellbeing",
            "Shared with SW",
        ),
    )
    f.occ(
        "2024-10-07",
        "strategy-discussion-2",
        R(
            "csc",
            "Strategy discussion (reconvened after the school-gate incident and s136). Present: "
            "Gareth Whitlow (chair), Natasha Odunsi, PC Carver, Owen Kasprzak. Father detained "
            "s2 on Quince Ward. Reuben safe at mother's but concerns emerging about Craig "
            "Tolley's drug use (police intelligence). Decision: S47 continues; SW to visit "
            "Pennock Gardens this week; ward to alert CSC before any leave.",
            "13:00",
            "Strategy discussion",
        ),
        R(
            "police",
            "STRAT DISC 2 07/10/24 1300. FATHER DETAINED S2 QUINCE WARD. INTEL SHARED RE CRAIG "
            "TOLLEY (MOTHER'S PARTNER) - COCAINE SUPPLY 2023, NFA. S47 CONT.",
            "13:00",
            "Strategy discussion",
            ref="STORM 24-1003-0987",
        ),
        R(
            "cmht",
            "Second strategy discussion (Teams) re Reuben - Declan on Quince Ward s2. I asked "
            "that Reuben's views inform any future contact. Ward to tell CSC before leave.",
            "13:00",
            "Multi-agency meeting",
            shift="+1",
        ),
    )
    f.occ(
        "2024-10-10",
        "sw-visit-pennock",
        R(
            "csc",
            "Home visit to Pennock Gardens. Lauren and Reuben seen; Craig came down late and "
            "left quickly. Strong smell of cannabis upstairs; burnt foil in the bathroom bin. "
            "Lauren says the foil is 'for cooking'. Reuben's room clean, bed made. Discussed "
            "drug use and safety plan; Lauren defensive.",
            "16:00",
            "Home visit (S47)",
        ),
    )
    f.occ(
        "2024-10-14",
        "reuben-disclosure-foil",
        R(
            "school",
            "During circle time Reuben said Craig 'smokes the silver paper in the bathroom' "
            "and 'goes sleepy on the stairs', and once he couldn't wake him. DSL spoke to R "
            "with his teacher. No marks, R not frightened of Craig.",
            "10:15",
            "Disclosure",
        ),
    )
    f.occ(
        "2024-10-14",
        "school-calls-sw-disclosure",
        R(
            "school",
            "DSL phoned SW Natasha Odunsi with this morning's disclosure about Craig and the "
            "silver paper. SW to discuss with her manager.",
            "10:50",
            "Phone call to CSC",
        ),
        R(
            "csc",
            "Call from Mrs Ekwueme (DSL): Reuben told staff that Craig smokes 'silver paper' in "
            "the bathroom and falls asleep on the stairs; once R could not wake him. Consistent "
            "with the foil seen on 10/10.",
            "10:52",
            "Telephone call",
        ),
    )
    f.occ(
        "2024-10-15",
        "yc-session-at-school",
        R(
            "yc",
            "1:1 with Reuben at school (library). Talked about Dad being in hospital - R worries "
            "Dad is 'all alone'. Made a worry box. He says Mum's is 'ok but noisy at night'.",
        ),
        R(
            "school",
            "Becca from Young Carers saw Reuben in the library for his 1:1 (45 mins). R came "
            "back with a worry box he'd made.",
            "13:30",
            "Professional visit",
        ),
    )
    f.occ(
        "2024-10-17",
        "s47-outcome",
        R(
            "csc",
            "S47 outcome (TM): emotional harm from father's delusional beliefs and the school "
            "gate incident; neglect risk at mother's from Craig Tolley's apparent heroin/crack "
            "use, with the child finding him unrousable. Likely significant harm. ICPC "
            "requested for 05/11/2024.",
            "15:00",
            "S47 outcome",
            "ICPC",
        ),
    )
    f.occ(
        "2024-10-21",
        "craig-self-refers",
        R(
            "substance",
            "Self-referral (walk-in): Craig Tolley, 36. Smoking heroin and crack ~4 days a "
            "week for 18 months, cannabis daily. Says CSC 'on his back' over partner's son. "
            "Assessment booked; harm reduction and naloxone kit given.",
            kind="Self-referral",
        ),
    )
    f.occ(
        "2024-10-22",
        "reuben-gp-change",
        R(
            "gp",
            "Registration: Reuben Aldous deducted - registered with Kestle Vale Surgery "
            "22/10/2024 (moved to mother's address). Records transferred.",
            kind="Registration",
        ),
        R(
            "sn",
            "Contact: Records update. Outcome: Reuben now registered at Kestle Vale Surgery from "
            "22/10 (living with mother). Health record updated.",
            kind="GP change",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-29",
        "mha-assessment-s3",
        R(
            "amhp",
            "MHA assessment on Quince Ward (s2 ends 31/10). Declan still holds the belief that "
            "Reuben was 'swapped', wants to 'get the real one back'; partial response to "
            "treatment. Drs Ferreira and Kaur recommended s3; NR (mother) consulted and did not "
            "object. Application made under s3.",
            "11:00",
        ),
        R(
            "ward",
            "MHA assessment on the ward by AMHP and two doctors - detention regraded to s3. "
            "Patient informed of rights (s132), IMHA referral made.",
            "11:00",
            "MHA assessment",
        ),
    )

    # November 2024: the conference, core groups, the warrant.
    f.occ(
        "2024-11-01",
        "gp-report-icpc",
        R(
            "gp",
            "GP report for ICPC sent to CP conference unit: Declan - SMI register, two "
            "previous admissions, now s3; Reuben - well child, immunisations complete, no "
            "concerns from GP attendance (now registered elsewhere).",
            kind="Report",
        ),
    )
    f.occ(
        "2024-11-04",
        "substance-report-icpc",
        R(
            "substance",
            "Report for tomorrow's ICPC emailed to conference unit with Craig's consent: "
            "engaged since 21/10, 2 of 3 appointments kept, opiate substitute script started "
            "01/11, urine positive for opiates and cocaine.",
            kind="Report",
        ),
    )
    f.occ(
        "2024-11-05",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference, chair Helen Castellano (IRO). Present: "
            "Lauren Pritchard, Craig Tolley (part), Natasha Odunsi SW, Mrs Ekwueme (school), "
            "PC Carver, Owen Kasprzak (CMHT). Reports: GP, Lanternway. Decision: Reuben "
            "subject to a child protection plan, category emotional abuse. Plan: Craig not to "
            "use in the home and to engage with Lanternway; no unsupervised contact with "
            "father; Young Carers and school support; core group 12/11.",
            "10:00",
            "ICPC",
            "CP plan - emotional abuse",
        ),
        R(
            "school",
            "DSL attended ICPC at the civic centre. Reuben now on a CP plan (emotional abuse). "
            "School actions: daily check-in with TA, continue nurture group, report any "
            "comments about home. Core group next Tuesday.",
            "10:00",
            "CP conference",
        ),
        R(
            "police",
            "ICPC ATTENDED 05/11/24 - REUBEN ALDOUS CP PLAN (EMOTIONAL). POLICE ACTIONS: "
            "INTEL RE PENNOCK GDNS TO BE DEVELOPED.",
            "10:00",
            "Conference",
        ),
        R(
            "cmht",
            "Initial child protection conference for Reuben attended. CP plan agreed "
            "(emotional abuse). Declan's views given to the chair in writing; he was not able "
            "to attend (s3).",
            "10:00",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-11-12",
        "core-group-1",
        R(
            "csc",
            "First core group (school). Present: Lauren, Natasha Odunsi SW, Mrs Ekwueme, Becca "
            "Lyle (Young Carers), Jas Dhillon (Lanternway). Plan made SMART; Craig's "
            "attendance at Lanternway to be shared fortnightly; Reuben's wish to see Dad to "
            "be explored with the ward.",
            "15:30",
            "Core group",
        ),
        R(
            "school",
            "Core group meeting in school, 3.30pm. Mum, SW, Young Carers and Lanternway. "
            "Actions for school unchanged.",
            "15:30",
            "Core group",
        ),
        R(
            "yc",
            "Core group at Harebell Lane. I'll look at a supported visit for Reuben to see his "
            "dad on the ward if CSC and the ward agree.",
        ),
        R(
            "substance",
            "Attended core group for partner's son (Reuben) at the school. Agreed to share "
            "Craig's attendance and testing every two weeks with the SW.",
            kind="Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-11-12",
        "ward-cpa-review",
        R(
            "ward",
            "CPA review on Quince Ward (Dr Ferreira, named nurse, care coordinator). Declan "
            "calmer, on olanzapine 20mg; belief about son 'less loud'. Plan: escorted ground "
            "leave; discharge planning to begin; CSC to be invited.",
            "11:00",
            "CPA review",
        ),
        R(
            "cmht",
            "CPA ward review attended - improving; discharge planning to start; I will ask "
            "CSC to the discharge planning meeting.",
            "11:00",
            "CPA review",
        ),
    )
    f.occ(
        "2024-11-16",
        "supported-ward-visit",
        R(
            "yc",
            "Took Reuben to see his dad in the family room on Quince Ward (agreed by SW and "
            "ward). 40 minutes. Declan gentle, asked about school, called him 'son'. R held his "
            "hand at the end. Lauren waited in the car park.",
        ),
        R(
            "ward",
            "Family visit 14:00-14:40 in the family room: son Reuben (8) with Young Carers "
            "worker, as agreed with CSC. Visit warm and appropriate; staff present throughout.",
            "14:00",
            "Visit",
        ),
    )
    f.occ(
        "2024-11-20",
        "warrant-pennock",
        R(
            "police",
            "0610HRS S23 MISUSE OF DRUGS ACT WARRANT EXECUTED 22 PENNOCK GARDENS. OCCUPANTS: "
            "LAUREN PRITCHARD, CRAIG TOLLEY, KYLE MOTTRAM, CHILD REUBEN ALDOUS (8) ASLEEP "
            "UPSTAIRS. FOUND: 14 WRAPS CRACK, 9 WRAPS HEROIN, SCALES, £1,240 CASH.",
            "06:10",
            "Warrant",
            ref="OP KESTREL / STORM 24-1120-0102",
        ),
    )
    f.occ(
        "2024-11-20",
        "arrest-craig",
        R(
            "police",
            "0625HRS ARREST: CRAIG TOLLEY (36) S/O PWITS CLASS A (CRACK, HEROIN). CONVEYED "
            "MORROWFIELD CUSTODY. INTERVIEWED. BAILED - CONDITIONS NOT TO RESIDE AT 22 "
            "PENNOCK GARDENS.",
            "06:25",
            "Arrest",
            ref="CRIME 24/58812",
        ),
        R(
            "substance",
            "Craig rang: arrested yesterday morning at home on a drugs warrant, possession "
            "with intent; bailed, can't live at Lauren's. Staying at his mum's. Missed today's "
            "script - pharmacy informed.",
            kind="Telephone",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-20",
        "arrest-kyle",
        R(
            "police",
            "0630HRS ARREST: KYLE MOTTRAM (24), NFA AT 22 PENNOCK GARDENS, S/O PWITS CLASS A. "
            "CONVEYED MORROWFIELD CUSTODY. RUI.",
            "06:30",
            "Arrest",
            ref="CRIME 24/58813",
        ),
    )
    f.occ(
        "2024-11-20",
        "police-ppn-warrant",
        R(
            "police",
            "PPN SUBMITTED - CHILD PRESENT AT DRUGS WARRANT 22 PENNOCK GDNS, CP PLAN CHILD.",
            "09:00",
            "Notification",
            ref="PPN 24-35871",
        ),
        R(
            "csc",
            "Police notification (PPN 24-35871): drugs warrant at 22 Pennock Gardens at 06:10 "
            "today, Reuben asleep upstairs; crack and heroin wraps and cash found; Craig "
            "Tolley and another man arrested. Craig bailed not to live at the address.",
            "10:20",
            "Contact",
        ),
    )
    f.occ(
        "2024-11-20",
        "reuben-late-upset",
        R(
            "school",
            "Reuben arrived 10.05 with Mum, very quiet. Told TA 'the police came in our house "
            "and took Craig'. Mum said police were there 'at 6 this morning'. Daily check-in "
            "done; SW emailed.",
            "10:05",
            "Welfare",
        ),
    )
    f.occ(
        "2024-11-25",
        "craig-moves-out",
        R(
            "csc",
            "Craig Tolley has moved out of Pennock Gardens to his mother's at 4 Tolland Walk, "
            "JX7 2RE (bail condition). Lauren says the relationship continues.",
            "14:00",
            "Household change",
        ),
        R(
            "substance",
            "Craig now living at his mum's, 4 Tolland Walk - address updated. Script moved to "
            "the Tolland Walk pharmacy.",
            kind="Change of address",
        ),
    )
    f.occ(
        "2024-11-26",
        "school-nurse-sees-reuben",
        R(
            "sn",
            "Contact: Face to face in school. Outcome: Reuben seen re sleep and bedwetting "
            "(referred by DSL). Wetting most nights since October; worries about Dad. Enuresis "
            "advice, sleep routine, referral to the continence clinic. Voice of child: 'I "
            "think about Dad at bedtime'.",
            "11:00",
            "Health assessment",
        ),
        R(
            "school",
            "School nurse Ellie Frame saw Reuben in the medical room at 11 (sleep, wetting). "
            "Spare clothes kept in school.",
            "11:00",
            "Professional visit",
        ),
    )

    # December 2024: the father's discharge.
    f.occ(
        "2024-12-02",
        "ward-emails-invite-dpm",
        R(
            "ward",
            "Email to SW Natasha Odunsi: invitation to Declan's discharge planning meeting, "
            "Tues 03/12 14:00, Quince Ward (Teams available).",
            "12:30",
            "Email",
        ),
        R(
            "csc",
            "Email from Quince Ward: invitation to father's discharge planning meeting tomorrow "
            "14:00. Accepted.",
            "12:45",
            "Email",
        ),
    )
    f.occ(
        "2024-12-03",
        "discharge-planning-meeting",
        R(
            "ward",
            "Discharge planning meeting (s117): Dr Ferreira, SN Ampofo, O Kasprzak (CMHT), S "
            "Treharne (CRHT), N Odunsi (CSC), Declan. Plan: discharge 12/12 to Ravel Court on "
            "a CTO; CRHT 72-hour follow-up; depot fortnightly; contact with Reuben supervised "
            "only, arranged by CSC.",
            "14:00",
            "Discharge planning",
        ),
        R(
            "cmht",
            "Discharge planning meeting on Quince Ward. Discharge 12/12 on a CTO, depot via "
            "CMHT clinic, CRHT 72h follow-up. I explained the CP plan to Declan; he accepts "
            "supervised contact.",
            "14:00",
            "Discharge planning",
        ),
        R(
            "csc",
            "Attended father's discharge planning meeting (Teams). Discharge date 12/12/2024 "
            "on a Community Treatment Order. Agreed with Declan: contact with Reuben supervised "
            "by CSC fortnightly; he will not go to the school or to Pennock Gardens.",
            "14:00",
            "Professionals meeting",
        ),
        R(
            "crisis",
            "DPM (Quince Ward) - CRHT to do 72-hour post-discharge follow-up on 13/12.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-12-10",
        "core-group-2",
        R(
            "csc",
            "Core group 2. Craig's urine screens: opiates (prescribed) only x2, cocaine "
            "negative. Reuben calmer, wetting improving. Father discharged Thursday - "
            "supervised contact plan explained to Lauren.",
            "15:30",
            "Core group",
        ),
        R(
            "school",
            "Core group, school, 3.30. Attendance 97%. R looking forward to seeing Dad with "
            "the SW after Christmas.",
            "15:30",
            "Core group",
        ),
        R(
            "substance",
            "Core group (school): fed back 2 clean screens for cocaine, script stable at "
            "methadone 40ml.",
            kind="Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-12-12",
        "discharge-quince-ward",
        R(
            "ward",
            "Discharged from Quince Ward to Ravel Court on a CTO (s17A). Depot given 11/12. "
            "TTOs 7 days. CRHT follow-up tomorrow. CSC informed by email as agreed.",
            "11:30",
            "Discharge",
        ),
        R(
            "cmht",
            "Declan discharged today from Quince Ward on a CTO. Home by taxi. Depot clinic "
            "booked 24/12.",
            "15:00",
            "Discharge",
        ),
        R(
            "csc",
            "Father Declan Aldous discharged from Quince Ward yesterday on a CTO, back at Ravel "
            "Court. Contact plan stands (supervised only).",
            "09:30",
            "Case note",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-13",
        "crht-72h-followup",
        R(
            "crisis",
            "72-hour post-discharge follow-up, home. Declan settled, flat tidied, food in. "
            "Talks of Reuben 'as my boy' - no misidentification voiced today. Discharged from "
            "CRHT back to CMHT.",
            "10:40",
            "Follow-up visit",
        ),
    )
    f.occ(
        "2024-12-16",
        "gp-discharge-summary",
        R(
            "gp",
            "Discharge summary received from Linden Park (Quince Ward 04/10-12/12/2024): "
            "relapse of paranoid schizophrenia, s2 then s3, discharged on CTO, paliperidone "
            "depot. Added to SMI register review. Read MHS.",
            kind="Correspondence in",
        ),
    )

    # 2025: contact, the review conference, Craig's charge, overdose and sentence.
    f.occ(
        "2025-01-14",
        "first-supervised-contact",
        R(
            "csc",
            "Supervised contact, Morrowfield Family Hub, 16:00-17:00: Reuben and his father. "
            "Warm reunion, played Uno, Declan brought a football annual. No concerning "
            "statements. Reuben asked to come again.",
            "16:00",
            "Contact supervision",
        ),
    )
    f.occ(
        "2025-02-04",
        "rcpc-1",
        R(
            "csc",
            "Review Child Protection Conference (IRO Helen Castellano). Present: Lauren, "
            "Natasha Odunsi SW, Mrs Ekwueme, Owen Kasprzak, Jas Dhillon. Progress: father "
            "stable on depot, supervised contact going well; Craig engaging, living away, "
            "charge decision awaited. Decision: Reuben remains on a CP plan (emotional abuse) "
            "for a further three months.",
            "10:00",
            "RCPC",
            "CP plan continues",
        ),
        R(
            "school",
            "RCPC this morning at civic centre - plan continues 3 months. Reuben's attendance "
            "98%, settled, reading age improving.",
            "10:00",
            "CP conference",
        ),
        R(
            "cmht",
            "Review CP conference attended for Reuben. Reported Declan's stability and depot "
            "concordance. Plan continues.",
            "10:00",
            "Multi-agency meeting",
        ),
        R(
            "substance",
            "Review case conference (Reuben) attended: Craig's engagement good, 6 weeks "
            "cocaine-free. Plan continues.",
            kind="Case conference",
            shift="month",
        ),
    )
    f.occ(
        "2025-02-04",
        "core-group-after-rcpc",
        R(
            "csc",
            "Core group straight after the RCPC (same room): actions updated - move to "
            "unsupervised contact in the community to be considered at the next core group.",
            "11:45",
            "Core group",
        ),
        R(
            "school",
            "Short core group after the conference - school actions carry on.",
            "11:45",
            "Core group",
        ),
    )
    f.occ(
        "2025-02-13",
        "charge-craig",
        R(
            "police",
            "CRIME 24/58812: CPS AUTHORITY - CRAIG TOLLEY CHARGED 2 X PWITS CLASS A. REMANDED "
            "ON BAIL TO MORROWFIELD MAGS 06/03/2025, CONDITIONS CONTINUE. MOTTRAM - RUI.",
            "15:20",
            "Charge",
            ref="CRIME 24/58812",
        ),
        R(
            "substance",
            "Craig told me he was charged yesterday afternoon (possession with intent, two "
            "counts) and is on bail to the magistrates in March. Anxious; relapse plan "
            "reviewed.",
            kind="Key work session",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-06",
        "declan-calls-crisis-line",
        R(
            "crisis",
            "02:10 call from Declan to the crisis line: can't sleep, 'the voices are back a "
            "bit', worried he'll 'think wrong things about Reuben again'. Talked through coping "
            "plan. Agreed home visit later today.",
            "02:10",
            "Telephone - self-referral",
        ),
    )
    f.occ(
        "2025-03-06",
        "crht-visit-march",
        R(
            "crisis",
            "Home visit after the night call. Declan tired but not psychotic; no "
            "misidentification; concordant with depot. Sleep hygiene, zopiclone 3 nights via "
            "GP. CMHT informed. No further CRHT input.",
            "11:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-03-18",
        "core-group-3",
        R(
            "csc",
            "Core group 3: agreed unsupervised contact for Reuben with his father on Saturday "
            "afternoons in the community (2 hours), reviewed weekly with CMHT.",
            "15:30",
            "Core group",
        ),
        R(
            "school",
            "Core group after school. From this weekend R sees Dad on Saturdays without the "
            "SW. School to watch for any change.",
            "15:30",
            "Core group",
        ),
        R(
            "yc",
            "Core group - contact with Dad moving to unsupervised Saturday afternoons. Reuben "
            "thrilled. Young Carers club continues Tuesdays.",
        ),
    )
    f.occ(
        "2025-03-29",
        "craig-overdose",
        R(
            "police",
            "STORM 25-0329-1877 2104HRS. CLASS: CONCERN FOR SAFETY / SUDDEN ILLNESS. CALLER "
            "LAUREN PRITCHARD: MALE UNRESPONSIVE IN BATHROOM 22 PENNOCK GDNS, CHILD IN HOUSE. "
            "OFFICERS WITH LAS 2114. MALE CRAIG TOLLEY (IN BREACH OF BAIL - NOT TO RESIDE). "
            "NALOXONE GIVEN BY LAS, RESPONSIVE. CHILD REUBEN ALDOUS SAFE WITH MOTHER.",
            "21:04",
            "Incident",
            ref="STORM 25-0329-1877",
        ),
        R(
            "ambulance",
            "CAD 802771, Cat 1, 22 Pennock Gardens. 36yo M found by partner on bathroom floor, "
            "RR 6, pinpoint pupils, foil and lighter beside him. IM naloxone 400mcg x2, RR 14, "
            "GCS 14. Police on scene, child (8) in the house with mum. Pt refused conveyance "
            "after capacity assessment; harm reduction advice.",
            "21:14",
        ),
    )
    f.occ(
        "2025-03-30",
        "police-ppn-overdose",
        R(
            "police",
            "PPN SUBMITTED RE STORM 25-0329-1877: CP PLAN CHILD PRESENT, MOTHER'S PARTNER "
            "OVERDOSE AT ADDRESS IN BREACH OF BAIL.",
            "10:30",
            "Notification",
            ref="PPN 25-10904",
        ),
        R(
            "csc",
            "Police notification (PPN 25-10904) received via EDT: Saturday night Craig Tolley "
            "overdosed on heroin in the bathroom at Pennock Gardens, naloxone by ambulance; "
            "Reuben in the house. Craig was staying there against his bail conditions.",
            "08:40",
            "Contact",
            shift="late",
        ),
    )
    f.occ(
        "2025-04-24",
        "craig-sentenced",
        R(
            "police",
            "MORROWFIELD CROWN COURT: CRAIG TOLLEY PLEADED GUILTY 2 X PWITS CLASS A. 2 YRS "
            "IMPRISONMENT SUSPENDED 2 YRS, DRUG REHABILITATION REQUIREMENT 12 MONTHS, 150 HRS "
            "UPW.",
            "14:30",
            "Court result",
            ref="CRIME 24/58812",
        ),
        R(
            "substance",
            "Craig sentenced today at Crown Court - 2 years suspended with a 12-month DRR, "
            "so he stays with us under the DRR. Probation to liaise.",
            kind="Court outcome",
        ),
    )
    f.occ(
        "2025-05-06",
        "rcpc-2",
        R(
            "csc",
            "RCPC 2 (IRO Helen Castellano). Overdose at the home on 29/03 while Craig was in "
            "breach of bail; Lauren has since ended the relationship. Father well, contact "
            "going well. Decision: CP plan continues for three more months with a written "
            "agreement that Craig does not visit.",
            "10:00",
            "RCPC",
            "CP plan continues",
        ),
        R(
            "school",
            "2nd review conference - plan continues. School report submitted in advance; "
            "Reuben doing well in school.",
            "10:00",
            "CP conference",
        ),
        R(
            "cmht",
            "Second review CP conference for Reuben attended. Declan's contact positive; plan "
            "continues because of the mother's ex-partner.",
            "10:00",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-06-10",
        "core-group-june",
        R(
            "csc",
            "Core group: no contact from Craig since April; Reuben spending Saturdays and one "
            "tea-time a week with his father. Plan on track for step-down at the August RCPC.",
            "15:30",
            "Core group",
        ),
        R(
            "school",
            "Core group - all going well. Year 5 transition plan shared.",
            "15:30",
            "Core group",
            shift="swap",
        ),
    )
    f.occ(
        "2025-07-08",
        "yc-summer-plan",
        R(
            "yc",
            "Summer plan with Reuben: two Young Carers trips booked, respite days; Dad and "
            "Reuben going to the seaside with Marion in August.",
        ),
    )

    # Routine single entries.
    f.fill(
        "yc",
        "2024-06-10",
        "2025-07-04",
        [
            ("", "Reuben at Young Carers club. Cooking session - chose pizza."),
            ("", "Reuben at club; quiet at first, then played football with the older ones."),
        ],
        timed=False,
    )
    f.fill(
        "school",
        "2024-05-01",
        "2025-07-15",
        [
            ("Attendance", "Attendance check: Reuben 93% this term. No action."),
            ("Wellbeing", "Reuben chosen as class 'star of the week' for kindness."),
        ],
    )
    f.fill(
        "gp",
        "2024-05-01",
        "2024-09-06",
        [
            ("Medication", "Declan: olanzapine 15mg repeat issued (28 days)."),
            ("Review", "SMI annual physical health check (Declan): BP 132/84, BMI 31, bloods."),
        ],
    )
    f.fill(
        "substance",
        "2024-12-16",
        "2025-03-20",
        [
            (
                "Key work session",
                "Key work: Craig - relapse prevention, urine negative for cocaine.",
            ),
        ],
        timed=False,
    )
    f.fill(
        "cmht",
        "2025-01-06",
        "2025-07-04",
        [
            ("Depot clinic", "Depot clinic - paliperidone given, Declan well, no concerns."),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Blythe-Otterburn twins, Brackenholt. Maisie and Lennon Otterburn (b. 12/02/2024
# at 29+3 weeks, Brackenholt Royal Infirmary) to Kerry-Ann Blythe (b. 02/06/2001; mild learning
# disability, known to the community learning disability team) and Dean Otterburn (b.
# 15/01/1996; convictions for ABH on a former partner, affray and assaulting an emergency
# worker). Eight weeks on Kittiwake Neonatal Unit; discharge planning; twelve weeks at Thornbeck
# House residential family centre; home to Flat 2, 19 Quillet Street, Brackenholt XB2 6HN;
# Maisie's fractured femur at five months, Puffin Ward, skeletal surveys, both parents'
# arrests, interim care orders, foster care with Gail and Trevor Penrose, family time at
# Wrenfield Family Centre, the father's charge, the final hearing and a move to the maternal aunt.
# --------------------------------------------------------------------------------------------


def _otterburn() -> BlindCase:
    f = Family(
        "otterburn_twins_femur_fracture",
        10_303,
        {
            "police": Sheet(
                POLICE,
                "North Fenmarch Police - Otterburn twins.xlsx",
                "Occurrences",
                (("2024-01-01", "PS 2219 K. DOYLE"), ("2024-07-20", "DC 4120 R. OKONJO")),
            ),
            "csc": Sheet(
                CSC,
                "Brackenholt Children's Services - Otterburn twins.xlsx",
                "Case notes",
                (("2024-01-01", "Leah Marchetti (SW)"),),
            ),
            "nicu": Sheet(
                NICU,
                "Brackenholt Royal Infirmary - Kittiwake NNU.xlsx",
                "NNU",
                (("2024-01-01", "Sr A. Petrakis (discharge coordinator)"),),
            ),
            "hv": Sheet(
                HV,
                "Brackenholt Health Visiting - twins.xlsx",
                "HV record",
                (("2024-01-01", "Jo Whitcombe HV"),),
            ),
            "ed": Sheet(
                ED,
                "BRI Paediatric ED - Maisie Otterburn.xlsx",
                "ED notes",
                (("2024-01-01", "Dr P. Ruane"),),
                typed=False,
            ),
            "ward": Sheet(
                WARD,
                "BRI Puffin Ward - Otterburn twins.xlsx",
                "Ward",
                (("2024-01-01", "Dr T. Hallam (consultant paediatrician)"),),
            ),
            "gp": Sheet(
                GP,
                "Quillet Medical Group - chronology.xlsx",
                "Chronology",
                (("2024-01-01", "Dr R. Pemberton-Lowe"),),
            ),
            "res": Sheet(
                RES_CENTRE,
                "Thornbeck House - daily log extract.xlsx",
                "Log",
                (("2024-01-01", "Mags Delaney (assessment worker)"),),
                typed=False,
            ),
            "contact": Sheet(
                CONTACT,
                "Wrenfield Family Centre - family time records.xlsx",
                "Sessions",
                (("2024-01-01", "Ayesha Brook (family time supervisor)"),),
            ),
            "cafcass": Sheet(
                CAFCASS,
                "Cafcass - Children's Guardian chronology.xlsx",
                "Guardian",
                (("2024-01-01", "Martin Ellery (Children's Guardian)"),),
            ),
            "ld": Sheet(
                LD_TEAM,
                "Community LD Team - Kerry-Ann Blythe.docx",
                "Table 1",
                (("2024-01-01", "Gemma Surtees (LD nurse)"),),
                typed=False,
            ),
            "fostering": Sheet(
                FOSTERING,
                "Brackenholt Fostering - Penrose household.xlsx",
                "SSW record",
                (("2024-01-01", "Clive Ambrose (supervising SW)"),),
            ),
        },
    )

    # Pregnancy and birth.
    f.occ(
        "2024-01-09",
        "prebirth-referral",
        R(
            "csc",
            "Pre-birth referral from community midwifery: Kerry-Ann Blythe (22), twin pregnancy "
            "28 weeks, mild learning disability (known to the community LD team). Father of "
            "the babies Dean Otterburn has convictions for ABH on a former partner (2017), "
            "affray (2019) and assault on an emergency worker (2021). Couple live together at "
            "Kerry-Ann's one-bedroom flat. Accepted for pre-birth assessment.",
            "11:20",
            "Referral",
            "Pre-birth assessment",
        ),
    )
    f.occ(
        "2024-01-16",
        "ld-nurse-visit",
        R(
            "ld",
            "Home visit to Kerry-Ann. Went through the social worker's letter with her in easy "
            "read - she thought 'assessment' meant the babies would be taken. Explained it is "
            "to see what help she needs. Dean stayed in the bedroom. K-A says he 'has a temper "
            "but never with me'.",
        ),
    )
    f.occ(
        "2024-01-23",
        "joint-prebirth-visit",
        R(
            "csc",
            "Joint home visit with Gemma Surtees (LD nurse) to start the pre-birth assessment. "
            "Both parents seen. Kerry-Ann warm, anxious, needed questions broken down; Dean "
            "talkative, minimised his convictions ('all in the past'). Flat small, two Moses "
            "baskets bought. Consent for checks signed with LD nurse's support.",
            "10:00",
            "Home visit",
        ),
        R(
            "ld",
            "With Leah (SW) for the first pre-birth assessment visit. I used pictures for the "
            "consent form. Kerry-Ann managed well with breaks. Dean answered for her a lot.",
        ),
    )
    f.occ(
        "2024-01-30",
        "police-checks-email",
        R(
            "police",
            "INFORMATION REQUEST (CSC PRE-BIRTH) ANSWERED BY EMAIL: DEAN OTTERBURN - 3 "
            "CONVICTIONS (ABH 2017 DV RELATED, AFFRAY 2019, ASSAULT EMERGENCY WORKER 2021). 2 "
            "DA LOGS WITH FORMER PARTNER 2018. NIL RE KERRY-ANN BLYTHE.",
            "14:10",
            "Information sharing",
        ),
        R(
            "csc",
            "Email from police (PS Doyle) with checks: Dean - ABH 2017 on former partner "
            "(domestic), affray 2019, assault on an emergency worker 2021; two domestic abuse "
            "logs 2018. Nothing known for Kerry-Ann.",
            "14:35",
            "Checks",
        ),
    )
    f.occ(
        "2024-02-12",
        "twins-born",
        R(
            "nicu",
            "Twin 1 (Maisie) - admitted to NNU from theatre. Born 12/02/24 at 29+3 by "
            "emergency LSCS (pre-eclampsia), BW 1.21kg. Apgars 6,8. CPAP, caffeine, IV fluids.",
            "09:42",
            "Admission",
        ),
        R(
            "nicu",
            "Twin 2 (Lennon) - admitted to NNU from theatre. Born 12/02/24 at 29+3, BW 1.34kg. "
            "Apgars 7,9. High flow, caffeine. Father on unit, mother on recovery.",
            "09:44",
            "Admission",
        ),
        R(
            "csc",
            "Twins born this morning at Brackenholt Royal Infirmary by emergency caesarean, "
            "29 weeks: Maisie and Lennon Otterburn, both on Kittiwake Neonatal Unit. Mother on "
            "the postnatal ward. Ward informed of open pre-birth assessment.",
            "15:00",
            "Birth",
        ),
        R(
            "ld",
            "Kerry-Ann's twins were born yesterday morning by emergency section at 29 weeks - "
            "a girl (Maisie) and a boy (Lennon), both in the special care unit.",
            shift="late",
        ),
    )
    f.occ(
        "2024-02-14",
        "hv-birth-notification",
        R(
            "hv",
            "Contact Type: Birth notification | Venue: n/a | Outcome: notification received "
            "from BRI - twins born 12/02/2024 at 29+3, both on NNU. CP pre-birth assessment "
            "open (SW L Marchetti). Antenatal contact not done. Allocated to JW.",
            "09:30",
            "Birth notification",
        ),
    )

    # March 2024: the neonatal unit, the conference.
    f.occ(
        "2024-03-02",
        "nicu-father-aggressive",
        R(
            "nicu",
            "22:30 Father (Dean) on unit, smelling of alcohol, shouted at nurse for 'handling "
            "Maisie rough', kicked a bin, refused to leave. Security attended; police called "
            "22:41. Left before police arrived. Datix completed.",
            "22:30",
            "Incident",
        ),
        R(
            "police",
            "OCC 24000218851 2241HRS. PUBLIC ORDER S4A. RP BRI NEONATAL UNIT - MALE (DEAN "
            "OTTERBURN) ABUSIVE TO STAFF, INTOX, LEFT PRIOR TO ARRIVAL. NO CRIMINAL COMPLAINT "
            "FROM STAFF. WORDS OF ADVICE BY PHONE.",
            "22:41",
            "Incident",
            ref="OCC 24000218851",
        ),
    )
    f.occ(
        "2024-03-03",
        "nicu-visiting-restricted",
        R(
            "nicu",
            "Matron letter handed to father: visiting suspended 48h, then only with mother "
            "present and sober. Father accepted. Mother tearful, says he 'is stressed'.",
            "11:00",
            "Safeguarding",
        ),
    )
    f.occ(
        "2024-03-04",
        "nicu-calls-sw",
        R(
            "nicu",
            "NNU safeguarding nurse rang SW Leah Marchetti re Saturday night incident with "
            "father and the visiting restriction.",
            "09:15",
            "Telephone",
        ),
        R(
            "csc",
            "Call from NNU safeguarding nurse: on Saturday night Dean, drunk, shouted at a "
            "nurse and kicked a bin on the unit; police called; visiting now restricted. "
            "Mother visiting daily, learning tube feeds.",
            "09:20",
            "Telephone call",
        ),
    )
    f.occ(
        "2024-03-15",
        "gp-report-icpc",
        R(
            "gp",
            "Report for ICPC sent: Kerry-Ann - mild LD, anxiety, attended antenatal reviews; "
            "Dean - registered, rarely attends, alcohol 40 units/week recorded 2022. Twins not "
            "yet registered.",
            "12:00",
            "Report",
        ),
    )
    f.occ(
        "2024-03-18",
        "ld-report-icpc",
        R(
            "ld",
            "Sent my report for tomorrow's conference to the CP unit, plus a one-page easy "
            "read for Kerry-Ann about what a conference is.",
        ),
    )
    f.occ(
        "2024-03-19",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference (twins), chair Joanne Feltham IRO. Present: "
            "Kerry-Ann (with Gemma Surtees, LD nurse), Dean, Leah Marchetti SW, Jo Whitcombe "
            "HV, Sr Petrakis (NNU). Police and GP reports. Concerns: father's violence history "
            "and the incident on the unit; mother's capacity to meet twin premature babies' "
            "needs without a lot of help. Decision: both twins subject to CP plans, category "
            "neglect. Plan: residential parenting assessment at discharge; core group 26/03.",
            "13:30",
            "ICPC",
            "CP plans - neglect",
        ),
        R(
            "nicu",
            "ICPC attended by discharge coordinator. Twins on CP plans (neglect). Unit to "
            "continue parent-craft with mother and record visits.",
            "13:30",
            "Case conference",
        ),
        R(
            "hv",
            "Contact Type: ICPC | Venue: Civic Centre | Outcome: CP plan (neglect) for Maisie "
            "and Lennon. HV: home visits fortnightly after discharge, feeding and growth.",
            "13:30",
            "Case conference",
        ),
        R(
            "ld",
            "Supported Kerry-Ann at the conference. She followed most of it with my easy read "
            "and asked what 'neglect' means. Babies on a plan. She cried on the way out.",
        ),
    )
    f.occ(
        "2024-03-26",
        "core-group-1",
        R(
            "csc",
            "Core group 1 (hospital meeting room): Kerry-Ann, Dean, SW, HV, LD nurse. Thornbeck "
            "House place confirmed from discharge; written agreement re no alcohol explained.",
            "11:00",
            "Core group",
        ),
        R(
            "hv",
            "Contact Type: Core group | Venue: BRI | Outcome: Thornbeck placement agreed. HV "
            "to link with Thornbeck's nurse.",
            "11:00",
            "Core group",
        ),
        R(
            "ld",
            "Core group at the hospital. I'll do visual feeding charts for Thornbeck.",
        ),
    )
    f.occ(
        "2024-03-28",
        "ld-email-before-dpm",
        R(
            "ld",
            "Emailed Sr Petrakis on the NNU my easy-read version of the discharge plan for "
            "Tuesday's discharge planning meeting, and asked that it is kept to 1 hour.",
        ),
    )
    f.occ(
        "2024-04-02",
        "nicu-discharge-planning-meeting",
        R(
            "nicu",
            "Discharge planning meeting: Sr Petrakis, neonatal consultant, SW, Thornbeck "
            "manager, parents. Maisie 1.98kg, Lennon 2.12kg, both full oral feeds. Plan: "
            "48h rooming-in from 05/04, discharge Mon 08/04 to Thornbeck House. Apnoea "
            "monitors not needed. Follow-up clinic 6 weeks.",
            "14:00",
            "Discharge planning",
        ),
        R(
            "csc",
            "NNU discharge planning meeting attended. Discharge to Thornbeck House residential "
            "family centre on 08/04 for a 12-week parenting assessment of both parents. SW to "
            "complete the placement referral and funding today.",
            "14:00",
            "Meeting",
        ),
        R(
            "res",
            "Attended the neonatal unit's discharge planning meeting for the Blythe/Otterburn "
            "twins - admission to Thornbeck Mon 8 April. Family flat 3 allocated.",
            "14:00",
        ),
    )
    f.occ(
        "2024-04-05",
        "rooming-in",
        R(
            "nicu",
            "Parents rooming-in (parents' room 2) for 48h before discharge. Mother doing all "
            "feeds with prompts; father helped at night; missed 03:00 feed for Lennon - nurse "
            "prompted.",
            "18:00",
            "Parent-craft",
        ),
    )
    f.occ(
        "2024-04-08",
        "discharge-to-thornbeck",
        R(
            "nicu",
            "Twins discharged home-equivalent to Thornbeck House with both parents at 11:00. "
            "Discharge weights M 2.06kg, L 2.20kg. Summary to GP, HV, SW.",
            "11:00",
            "Discharge",
        ),
        R(
            "res",
            "Admission: Kerry-Ann, Dean and the twins arrived 12:15 from the neonatal unit by "
            "SW car. Settled into Flat 3. House rules and written agreement read with K-A "
            "(easy read).",
            "12:15",
        ),
        R(
            "csc",
            "Twins discharged from Kittiwake NNU today and placed with both parents at "
            "Thornbeck House residential family centre for a 12-week assessment. SW drove the "
            "family.",
            "13:00",
            "Placement",
        ),
        R(
            "hv",
            "Contact Type: Discharge | Venue: Thornbeck House | Outcome: twins discharged from "
            "NNU yesterday (08/04) to Thornbeck House with parents. First visit booked.",
            "09:10",
            "Transfer in",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-09",
        "thornbeck-planning-meeting",
        R(
            "res",
            "Placement planning meeting (day 2): centre manager, Mags, SW, parents. "
            "Assessment timetable agreed, CCTV in communal areas explained, Dean's alcohol "
            "testing weekly.",
            "10:00",
        ),
        R(
            "csc",
            "Placement planning meeting at Thornbeck House. Timetable for the 12-week "
            "assessment agreed; mid-point review week 6; hair strand and breath testing for "
            "Dean.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-05-14",
        "thornbeck-wall-punch",
        R(
            "res",
            "21:05 raised voices from Flat 3. Staff attended: Dean had punched the wall by the "
            "cots after an argument about a feed; Lennon and Maisie in their cots crying. Dean "
            "left the flat to the garden; K-A shaking. Night staff checked babies - no marks.",
            "21:05",
        ),
    )
    f.occ(
        "2024-05-15",
        "thornbeck-calls-sw",
        R(
            "res",
            "Rang Leah (SW) first thing about last night's incident in Flat 3.",
            "09:00",
        ),
        R(
            "csc",
            "Call from Mags Delaney (Thornbeck): last night Dean punched the wall next to the "
            "twins' cots during an argument with Kerry-Ann; babies unhurt. Warning letter to "
            "be issued; risk to be reviewed at the RCPC.",
            "09:05",
            "Telephone call",
        ),
    )
    f.occ(
        "2024-06-11",
        "rcpc",
        R(
            "csc",
            "Review Child Protection Conference (IRO Joanne Feltham) held at Thornbeck House. "
            "Assessment half-way: Kerry-Ann's routines improving with visual prompts; Dean's "
            "anger incident 14/05, breath tests negative. Plans continue (neglect); final "
            "Thornbeck review end of June.",
            "10:00",
            "RCPC",
            "CP plans continue",
        ),
        R(
            "res",
            "RCPC held here in the family room. Plans stay. K-A spoke up for herself about the "
            "night feeds - staff proud of her.",
            "10:00",
        ),
        R(
            "hv",
            "Contact Type: RCPC | Venue: Thornbeck House | Outcome: CP plans continue. Twins' "
            "growth on centile (corrected age).",
            "10:00",
            "Case conference",
        ),
    )
    f.occ(
        "2024-06-25",
        "thornbeck-final-report",
        R(
            "res",
            "Final assessment report sent to the local authority: parents can meet the twins' "
            "basic care with visual prompts and daily support; risk from Dean's anger reduced "
            "but not removed. Recommendation: return home with an intensive support package.",
            "16:00",
        ),
    )
    f.occ(
        "2024-06-28",
        "thornbeck-final-review",
        R(
            "res",
            "Final review meeting: centre manager, Mags, SW, LD nurse, parents. Move home to "
            "Quillet Street Monday 1 July agreed with daily support for 4 weeks.",
            "11:00",
        ),
        R(
            "csc",
            "Thornbeck final review meeting. Recommendation accepted: twins return home with "
            "parents on 01/07 under the CP plan; daily family support, HV weekly, LD nurse "
            "weekly, unannounced visits.",
            "11:00",
            "Meeting",
        ),
        R(
            "ld",
            "Final review at Thornbeck. Kerry-Ann so pleased. I'll visit weekly at home and do "
            "a picture planner for the day.",
        ),
    )
    f.occ(
        "2024-07-01",
        "move-home-quillet",
        R(
            "res",
            "Departure: family left Thornbeck at 10:30 for home, Flat 2, 19 Quillet "
            "Street. Placement ended as planned.",
            "10:30",
        ),
        R(
            "csc",
            "Kerry-Ann, Dean and the twins moved home today from Thornbeck House to Flat 2, 19 "
            "Quillet Street, XB2 6HN. SW visited in the afternoon - cots up, milk in.",
            "15:30",
            "Change of address",
        ),
        R(
            "hv",
            "Contact Type: Change of address | Venue: n/a | Outcome: family home from "
            "Thornbeck to Flat 2, 19 Quillet St since yesterday (01/07).",
            "08:50",
            "Address change",
            shift="late",
        ),
    )
    f.occ(
        "2024-07-03",
        "hv-home-visit",
        R(
            "hv",
            "Contact Type: Home visit | Venue: Quillet St | Outcome: both twins seen and "
            "weighed (M 5.1kg, L 5.6kg). Feeds 150ml 4-hourly. Kerry-Ann using the picture "
            "chart. Safe sleep reviewed - cots fine. Dean at work.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-07-03",
        "ld-home-visit",
        R(
            "ld",
            "Visited at home in the afternoon. Went through the bills and the picture planner "
            "with Kerry-Ann. She says Dean gets 'short' when both babies cry.",
        ),
    )
    f.occ(
        "2024-07-04",
        "gp-registration-twins",
        R(
            "gp",
            "New registration: Maisie Otterburn and Lennon Otterburn (DOB 12/02/2024), "
            "registered with Quillet Medical Group. Child protection alert added.",
            "10:00",
            "Registration",
        ),
        R(
            "hv",
            "Contact Type: GP registration | Venue: n/a | Outcome: twins registered with "
            "Quillet Medical Group (04/07). Alerts shared.",
            "09:15",
            "GP change",
            shift="late",
        ),
    )

    # 19-26 July 2024: Maisie's fracture, the surveys, the arrests, the orders.
    f.occ(
        "2024-07-19",
        "ed-attendance-femur",
        R(
            "ed",
            "Triage 20:15: 5/12 F (ex-29/40 twin) brought by both parents, screaming with "
            "nappy changes since this afternoon, R thigh swollen. Cat 2. Oramorph.",
            "20:15",
        ),
        R(
            "ed",
            "Reg r/v 21:30. Hx (father): R leg 'got caught in the cot bars' when she rolled; "
            "mother says she did not see it. Non-mobile infant. O/E R thigh swollen, tender, "
            "no bruising seen. XR: spiral fracture mid-shaft R femur. Imp: fracture in a "
            "non-mobile infant, mechanism not consistent - NAI concern. Plan: admit, gallows "
            "traction, skeletal survey, CT head, ophthalmology; safeguarding call to EDT.",
            "21:30",
        ),
        R(
            "ed",
            "Admitted to Puffin Ward under paediatrics 22:55. Twin brother at home with "
            "maternal grandmother tonight (EDT aware).",
            "22:55",
        ),
    )
    f.occ(
        "2024-07-19",
        "ed-calls-edt",
        R(
            "ed",
            "Safeguarding: phoned EDT 22:40 - 5-month-old twin, spiral femoral fracture, "
            "unexplained; twin brother at home; family on CP plans.",
            "22:40",
        ),
        R(
            "csc",
            "EDT: call from BRI paediatric ED registrar - Maisie Otterburn (5 months) has a "
            "spiral fracture of the right femur with no adequate explanation. Lennon to stay "
            "with maternal grandmother Janice Blythe overnight; parents agreed. Strategy "
            "discussion in the morning.",
            "22:45",
            "Out of hours",
        ),
    )
    f.occ(
        "2024-07-19",
        "puffin-admission-maisie",
        R(
            "ward",
            "Admitted to Puffin Ward from ED: Maisie, 5/12, R femoral shaft fracture. Gallows "
            "traction applied. Both parents resident; nursing obs of parent-child interaction. "
            "Safeguarding - CP plan in place, EDT informed by ED.",
            "23:30",
            "Admission",
        ),
    )
    f.occ(
        "2024-07-20",
        "strategy-discussion-fracture",
        R(
            "csc",
            "Strategy discussion (Saturday, EDT SW Faisal Remick for LA; Leah Marchetti "
            "joined). Present: DC Okonjo (CAIT), Dr Hallam (Puffin Ward). Unexplained spiral "
            "femoral fracture in a non-mobile infant on a CP plan. Decision: joint S47; Lennon "
            "to be admitted today for examination and skeletal survey; parents to have no "
            "unsupervised care of either twin; maternal grandmother to stay with Lennon on the "
            "ward.",
            "10:00",
            "Strategy discussion",
            "S47 joint",
        ),
        R(
            "police",
            "STRATEGY 20/07 1000: MAISIE OTTERBURN 5 MTHS # R FEMUR, UNEXPLAINED. CAIT LEAD. "
            "JOINT S47. SCENE - COT AT 19 QUILLET ST TO BE PHOTOGRAPHED. PARENTS TO BE "
            "INTERVIEWED UNDER CAUTION AFTER SKELETAL SURVEYS.",
            "10:00",
            "Strategy",
            ref="OCC 24000761120",
        ),
        R(
            "ward",
            "Strategy discussion by phone (Dr Hallam). Sibling admission for skeletal survey "
            "agreed; supervision of parents on the ward at all times.",
            "10:00",
            "Safeguarding",
        ),
    )
    f.occ(
        "2024-07-20",
        "lennon-admitted",
        R(
            "ward",
            "Twin brother Lennon admitted for CP examination and skeletal survey, with "
            "maternal grandmother. O/E no bruises, no swelling, moving all limbs.",
            "15:20",
            "Admission",
        ),
    )
    f.occ(
        "2024-07-22",
        "skeletal-survey-maisie",
        R(
            "ward",
            "Skeletal survey + CT head (Maisie): spiral R femoral shaft fracture; no other "
            "fractures; CT head normal. Ophthalmology: no retinal haemorrhages. Paediatric "
            "radiology to report formally.",
            "10:30",
            "Investigation",
        ),
    )
    f.occ(
        "2024-07-22",
        "skeletal-survey-lennon",
        R(
            "ward",
            "Skeletal survey (Lennon): no fractures. Bloods normal. Fit for discharge when "
            "placement agreed.",
            "12:00",
            "Investigation",
        ),
    )
    f.occ(
        "2024-07-22",
        "arrest-dean",
        R(
            "police",
            "1500HRS DEAN OTTERBURN ARRESTED AT 19 QUILLET ST S/O GBH S20 / CHILD CRUELTY "
            "(MAISIE OTTERBURN). CONVEYED BRACKENHOLT CUSTODY. INTERVIEWED. BAIL: NOT TO HAVE "
            "UNSUPERVISED CONTACT WITH ANY CHILD U16.",
            "15:00",
            "Arrest",
            ref="OCC 24000761120",
        ),
    )
    f.occ(
        "2024-07-22",
        "arrest-kerry-ann",
        R(
            "police",
            "1520HRS KERRY-ANN BLYTHE ARRESTED AT BRI PUFFIN WARD S/O CHILD CRUELTY (FAIL TO "
            "PROTECT). CONVEYED BRACKENHOLT CUSTODY. VULNERABLE DETAINEE - AA REQUESTED. "
            "BAIL: SAME CONDITIONS.",
            "15:20",
            "Arrest",
            ref="OCC 24000761120",
        ),
    )
    f.occ(
        "2024-07-22",
        "appropriate-adult-interview",
        R(
            "ld",
            "Acted as appropriate adult for Kerry-Ann's police interview at Brackenholt custody "
            "(evening, about 90 minutes, with her solicitor). She did not understand 'caution' "
            "until I used the picture card. She says she was in the kitchen when Maisie "
            "screamed and Dean was changing her.",
        ),
    )
    f.occ(
        "2024-07-23",
        "legal-gateway",
        R(
            "csc",
            "Legal gateway meeting (Head of Service, LA solicitor, TM, SW): threshold met. "
            "Parents will not agree s20. Issue care proceedings today and seek interim care "
            "orders for both twins with a plan of foster care on discharge.",
            "14:00",
            "Legal planning",
            "Issue proceedings",
        ),
    )
    f.occ(
        "2024-07-25",
        "ico-hearing",
        R(
            "csc",
            "Interim hearing, Brackenholt Family Court (DJ Fairbrass). Parents opposed. Interim "
            "care orders made for Maisie and Lennon; interim plan foster care, family time "
            "three times a week supervised at Wrenfield. Guardian Martin Ellery appointed.",
            "10:30",
            "Court hearing",
            "ICOs made",
        ),
        R(
            "cafcass",
            "First hearing attended. I supported the LA's application for ICOs on the "
            "evidence of the unexplained fracture; ICOs made on both twins. Intermediary to be "
            "sought for the mother.",
            "10:30",
            "Hearing",
        ),
        R(
            "ld",
            "Went with Kerry-Ann to the family court. The judge made interim care orders for "
            "both babies. She did not take in most of it - I went over it after with her "
            "solicitor.",
            shift="month",
        ),
    )
    f.occ(
        "2024-07-26",
        "placed-in-foster-care",
        R(
            "ward",
            "Maisie (traction off, hip spica applied) and Lennon discharged together to foster "
            "carers under ICOs, collected by SW and carer 14:00. Fracture clinic 2 weeks, "
            "repeat skeletal survey (Maisie) 2 weeks.",
            "14:00",
            "Discharge",
        ),
        R(
            "csc",
            "Maisie and Lennon discharged from Puffin Ward today and placed with foster carers "
            "Gail and Trevor Penrose (in-house). Placement plan and delegated authority signed.",
            "16:00",
            "Placement start",
        ),
        R(
            "fostering",
            "Placement start: twins Maisie and Lennon Otterburn (5 months) placed with Gail and "
            "Trevor Penrose under ICO. Maisie in a hip spica - carers shown spica care on the "
            "ward.",
            kind="Placement",
        ),
        R(
            "fostering",
            "Placement start: twins Maisie & Lennon Otterburn (5 months) placed with Gail and "
            "Trevor Penrose under ICO. Maisie in hip spica - carers shown spica care on ward.",
            kind="Placement",
        ),
    )
    f.occ(
        "2024-07-30",
        "first-family-time",
        R(
            "contact",
            "Family Time Record. Session 10:00-12:00, Room 4. Present: Kerry-Ann, Dean, twins "
            "(brought by foster carer). Warm greetings; K-A fed Lennon well with prompts; Dean "
            "lifted Maisie without support for the spica - redirected twice. Parents left "
            "12:05.",
            "10:00",
            "Supervised family time",
        ),
        R(
            "csc",
            "First supervised family time at Wrenfield today, 10-12, both parents with the "
            "twins: warm care; Dean needed reminding how to hold Maisie in her spica.",
            "13:10",
            "Family time",
        ),
    )
    f.occ(
        "2024-08-05",
        "repeat-skeletal-survey",
        R(
            "ward",
            "Day case: follow-up skeletal survey (Maisie) - healing R femoral fracture with "
            "callus, no new or occult fractures. Spica check in fracture clinic.",
            "10:00",
            "Investigation",
        ),
    )
    f.occ(
        "2024-08-06",
        "cmh-hearing",
        R(
            "csc",
            "Case management hearing. Directions: paediatric radiologist expert (timing of the "
            "fracture), PAMS parenting assessment of Kerry-Ann by an ISW, cognitive assessment, "
            "viability assessment of maternal aunt Sharon Blythe. IRH 26/11/2024.",
            "14:00",
            "Court hearing",
        ),
        R(
            "cafcass",
            "CMH - directions agreed. I asked that the aunt's viability is completed within 4 "
            "weeks.",
            "14:00",
            "Hearing",
            shift="+1",
        ),
    )
    f.occ(
        "2024-08-13",
        "hv-visit-foster-home",
        R(
            "hv",
            "Contact Type: Home visit | Venue: foster carers' home | Outcome: twins seen, "
            "Maisie in spica, feeding well, carers confident. Growth plotted.",
            "10:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-08-13",
        "ssw-visit-foster-home",
        R(
            "fostering",
            "Supervisory visit to Penrose household. Carers tired (night feeds x2) - respite "
            "sitter agreed. Twins' routines settled.",
            kind="Supervisory visit",
        ),
    )
    f.occ(
        "2024-08-20",
        "dean-intoxicated-session",
        R(
            "contact",
            "Family Time Record. Session 10:00 not started: Dean arrived 10:05 smelling of "
            "alcohol, slurred. Session cancelled before the twins came in; Dean swore at staff "
            "and left. Kerry-Ann very upset, stayed for support. Twins returned with carer.",
            "10:05",
            "Cancelled session",
        ),
    )
    f.occ(
        "2024-08-20",
        "contact-calls-sw",
        R(
            "contact",
            "Phoned SW Leah Marchetti to report this morning's cancelled session.",
            "10:40",
            "Telephone",
        ),
        R(
            "csc",
            "Call from Ayesha Brook (Wrenfield): session cancelled this morning - Dean under the "
            "influence of alcohol and abusive to staff. Kerry-Ann sober and upset.",
            "10:45",
            "Telephone call",
        ),
    )
    f.occ(
        "2024-08-22",
        "cla-review-1",
        R(
            "csc",
            "First looked-after review (IRO Joanne Feltham) at the foster home. Twins settled, "
            "Maisie's spica off next week. Care plan: interim foster care pending assessments. "
            "Family time reduced to twice weekly for Dean after 20/08.",
            "13:00",
            "CLA review",
        ),
        R(
            "fostering",
            "Twins' first LAC review at the carers' home - placement stable, carers' views given.",
            kind="LAC review",
        ),
        R(
            "hv",
            "Contact Type: CLA review | Venue: foster home | Outcome: health plan agreed, "
            "initial health assessments done.",
            "13:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-09-10",
        "joint-visit-guardian-sw",
        R(
            "csc",
            "Joint visit with the Children's Guardian to the Penrose home. Twins seen; Maisie "
            "now out of spica, sitting with support. Carers report good progress.",
            "14:00",
            "Statutory visit",
        ),
        R(
            "cafcass",
            "Visited the twins at the foster home with Leah (SW). Both thriving; Maisie "
            "weight-bearing through legs.",
            "14:00",
            "Visit",
            shift="swap",
        ),
    )
    f.occ(
        "2024-09-24",
        "police-nfa-mother",
        R(
            "police",
            "OCC 24000761120: KERRY-ANN BLYTHE - NFA (CPS ADVICE, NO EVIDENCE OF KNOWLEDGE). "
            "BAIL CANCELLED. DEAN OTTERBURN BAIL EXTENDED PENDING EXPERT RADIOLOGY.",
            "11:30",
            "Investigation update",
            ref="OCC 24000761120",
        ),
    )
    f.occ(
        "2024-10-08",
        "kerry-ann-moves-supported",
        R(
            "ld",
            "Kerry-Ann moved today into Sallowbrook Lodge supported flats (flat 5). She has "
            "ended it with Dean. Helped her move with her mum.",
        ),
        R(
            "csc",
            "Kerry-Ann has separated from Dean and moved to Sallowbrook Lodge supported "
            "housing, flat 5, XB4 1TW (arranged through adult LD services). Dean remains at "
            "Quillet Street.",
            "16:00",
            "Change of address",
        ),
    )
    f.occ(
        "2024-10-15",
        "family-time-mother",
        R(
            "contact",
            "Family Time Record. Session 10:00-12:00, mother only. K-A prepared bottles "
            "independently, good eye contact with both twins, sang to them. No prompts "
            "needed.",
            "10:00",
            "Supervised family time",
        ),
    )
    f.occ(
        "2024-10-15",
        "family-time-father",
        R(
            "contact",
            "Family Time Record. Session 14:00-15:30, father only. Dean sober, brought toys; "
            "impatient when Lennon cried, handed him back to supervisor.",
            "14:00",
            "Supervised family time",
        ),
    )
    f.occ(
        "2024-11-05",
        "pams-report",
        R(
            "csc",
            "PAMS assessment of Kerry-Ann (ISW Rhona Caddick) filed: she can meet the twins' "
            "needs only with substantial ongoing support, not as a sole carer of two infants. "
            "Recommends continued family time.",
            "12:00",
            "Assessment",
        ),
    )
    f.occ(
        "2024-11-12",
        "charge-dean",
        R(
            "police",
            "OCC 24000761120: CPS AUTHORISED. DEAN OTTERBURN CHARGED GBH S20 OMP (MAISIE). "
            "BAILED TO BRACKENHOLT MAGS 03/12/2024. COND: NO UNSUPERVISED CONTACT U16.",
            "17:10",
            "Charge",
            ref="OCC 24000761120",
        ),
        R(
            "csc",
            "Dean Otterburn charged today with s20 GBH on Maisie (DC Okonjo), on bail to the "
            "magistrates 03/12/2024 with a condition of no unsupervised contact with children.",
            "17:45",
            "Criminal proceedings",
        ),
    )
    f.occ(
        "2024-11-19",
        "guardian-analysis",
        R(
            "cafcass",
            "Final analysis and recommendations filed ahead of the IRH: support the LA plan for "
            "placement with maternal aunt under a care order, generous family time with mother.",
            "16:30",
            "Analysis filed",
        ),
    )
    f.occ(
        "2024-11-21",
        "cla-review-2",
        R(
            "csc",
            "Second CLA review. Aunt Sharon Blythe's connected-person assessment positive; "
            "plan of placement with her to go to the IRH.",
            "13:00",
            "CLA review",
        ),
        R(
            "fostering",
            "LAC review 2 - plan is a move to the maternal aunt in the new year; carers will "
            "do introductions.",
            kind="LAC review",
        ),
    )
    f.occ(
        "2024-11-26",
        "irh",
        R(
            "csc",
            "Issues resolution hearing. Expert radiologist: fracture caused by a twisting "
            "force, timing consistent with the afternoon of 19/07. Mother accepts the "
            "twins cannot return to her full-time; father opposes. Final hearing listed "
            "28/01/2025.",
            "10:00",
            "Court hearing",
        ),
        R(
            "cafcass",
            "IRH - narrowed issues; father's case remains that the injury was accidental. "
            "Final hearing 28/01/25.",
            "10:00",
            "Hearing",
        ),
        R(
            "ld",
            "IRH at court with Kerry-Ann and the intermediary. K-A told her barrister she "
            "wants the babies with her sister Sharon.",
        ),
    )

    # 2025: the final hearing and the move to the aunt.
    f.occ(
        "2025-01-28",
        "final-hearing",
        R(
            "csc",
            "Final hearing: care orders made for Maisie and Lennon; care plan of placement "
            "with maternal aunt Sharon Blythe approved; family time with mother monthly and "
            "supervised, father's family time to await the criminal trial. Findings made "
            "against the father.",
            "10:00",
            "Court hearing",
            "Care orders",
        ),
        R(
            "cafcass",
            "Final hearing - care orders on both twins, placement with aunt approved; findings "
            "against father. Case closed to Cafcass.",
            "10:00",
            "Final hearing",
        ),
        R(
            "ld",
            "Final hearing. Care orders made - the twins will live with Sharon. Kerry-Ann "
            "relieved it's family.",
        ),
    )
    f.occ(
        "2025-02-17",
        "move-to-aunt",
        R(
            "csc",
            "Maisie and Lennon moved today from the Penrose foster home to live with their "
            "maternal aunt Sharon Blythe at 7 Linnet Rise, Brackenholt XB5 3JD (placement with "
            "connected person under care orders).",
            "12:00",
            "Placement change",
        ),
        R(
            "fostering",
            "Placement ended: twins moved to their aunt after 2 weeks of introductions. Gail "
            "and Trevor very sad but proud.",
            kind="Placement end",
            shift="-1",
        ),
        R(
            "hv",
            "Contact Type: Change of address | Venue: n/a | Outcome: twins moved today to "
            "maternal aunt, 7 Linnet Rise. Transfer to Linnet Rise HV team.",
            "14:00",
            "Transfer out",
        ),
    )

    # Routine single entries.
    f.fill(
        "nicu",
        "2024-02-19",
        "2024-03-29",
        [
            (
                "Ward round",
                "Twin 1: off CPAP to high flow. Twin 2: NG feeds increased. Mum "
                "visited, did cares.",
            ),
            ("Parent-craft", "Mother shown bathing for Lennon; needed step-by-step prompts."),
        ],
    )
    f.fill(
        "res",
        "2024-04-15",
        "2024-06-21",
        [
            (
                "",
                "Week review: K-A managing night feeds with the alarm chart. Dean breath test "
                "negative.",
            ),
            ("", "Observed bath time: good handling, water temperature checked."),
        ],
    )
    f.fill(
        "contact",
        "2024-08-26",
        "2025-01-24",
        [
            (
                "Supervised family time",
                "Family Time Record. Mother's session - warm, organised. Twins babbling.",
            ),
            (
                "Supervised family time",
                "Family Time Record. Father's session - ok, left 10 minutes early.",
            ),
        ],
    )
    f.fill(
        "fostering",
        "2024-09-16",
        "2025-01-31",
        [
            (
                "Supervisory visit",
                "Supervisory visit - twins weaning well, carers' training log updated.",
            ),
        ],
        timed=False,
    )
    f.fill(
        "gp",
        "2024-09-02",
        "2025-01-31",
        [
            ("Child health", "Maisie and Lennon: routine review with foster carer, no concerns."),
        ],
    )
    return f.case()


def blind_dedup_cases_10() -> list[BlindCase]:
    """This set's families, in a fixed order."""
    return [_dorran(), _aldous(), _otterburn()]


if __name__ == "__main__":
    summary(blind_dedup_cases_10)
