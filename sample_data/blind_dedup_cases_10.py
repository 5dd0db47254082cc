"""A tenth set of blind labelled cases for judging duplicate detection.

Wholly fictional families, each of 105-130 chronology rows from ten to twelve services over
twelve to twenty months, unlike each other and unlike the earlier blind sets' families:

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
event-type column; a community dental service's clinical entries with tooth notation; dates
written inside the text ("Sat 12/10", "yesterday afternoon", "the 12th").

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
  the burns unit overnight is a record of that admission (a life event noted the next day);
  the school's record of a parent's call about an absence is otherwise its own occurrence.
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
- Look-alikes kept apart: two police call-outs to one site on one night; two brothers' arrests
  the same morning; an arrest and the charge ten days later; the police incident and social
  care's receipt of the police notification; the MASH screening decision and the contact it
  screens; a screening decision and the email to schools it ordered the next day; the GP's
  consultation and the emergency department attendance it sent the child to; the emergency
  department attendance and the burns unit admission; the emergency department's MASH referral
  and its attendance rows; the emergency department's liaison notice to the health visitor;
  a burns unit safeguarding huddle and the strategy discussion on the same day; the GP's email
  for the strategy discussion and the discussion; the child protection medical and the call
  reporting it; a joint visit and the site manager's separate pitch inspection on the same day;
  separate home visits by the health visitor and the Traveller education adviser on one day;
  the police decision to take no further action and social care's S47 outcome the next day; a
  fireguard fitted and the call checking it the next day; an email inviting partners to a child
  in need meeting, a school's report for it, and the meeting; a professionals' meeting and the
  pitch allocations panel on the same day; a parent telling a school of the move the day after
  the move; two children's dental appointments in one session. In the Aldous family: the
  school-gate call and the footbridge section 136 on the same day about the same man; the
  section 136, the arrival at the suite, the request for an assessment, the assessment and the
  admission; the AMHP's calls to the nearest relative and to social care within fifteen minutes;
  the care coordinator's home visit, referral to the crisis team and call to MASH on one day;
  the MASH screening and the crisis team's first assessment on the same morning; crisis team
  visits on consecutive days; a crisis team visit and the social worker's separate visit on one
  day; a night call to the crisis line and the visit it led to; a child's disclosure in class and
  the DSL's call to the social worker about it; the warrant, two men's arrests and the police
  notification; a ward CPA review and a core group on one day; the email inviting the social
  worker to a discharge planning meeting and the meeting; the discharge and the crisis team's
  follow-up the next day; the GP's receipt of the discharge summary; reports sent before the
  conference and the conference; a review conference and the core group straight after it; an
  overdose and the police notification of it; an arrest and the charge.

Everything is invented: people, workers, schools, surgeries, hospitals, wards, towns, sites,
police forces, addresses, postcodes (an invented YQ area) and reference numbers. Deterministic:
one fixed seed per case (it only places the routine entries and picks their times), no set or
hash ordering.

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
# Academy, the boys at St Brannock's Catholic Primary. Mikey burnt on the stove, a late
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
                "St Ebba's Hospital - Regional Burns Centre.xlsx",
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
                "St Brannocks Primary - CPOMS export.xlsx",
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
            "Tel to St Brannock's Primary (Mr Ashdown, DSL) re Johnny - not brought to GA "
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
            "infected PT burn, delayed presentation. Plan: IV co-amox; d/w St Ebba's burns - "
            "accepted. Safeguarding: MASH referral (delay, supervision, no guard).",
            "13:05",
        ),
        R(
            "ed",
            "Left ED 16:20 - transferred by ambulance to Regional Burns Centre, St Ebba's, "
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
            "Transferred to St Ebba's burns centre. Police CCN July 2024 noted. Urgent screening.",
            "08:50",
            "Contact",
            shift="late",
        ),
        R(
            "csc",
            "Contact received (MASH-24-11692) from Cullerton General ED: Mikey Dorran (4) "
            "infected burn to right hand and forearm from a wood-burning stove, not seen for two "
            "days, treated at home with butter. Transferred to St Ebba's burns centre. Police "
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
            "[Mikey Dorran, Rec] Mum rang: Mikey was moved to the burns unit at St Ebba's last "
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
            "Ebba's), Sally Penhallow HV. GP information received by email. Mikey, 4, has an "
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
            "St Ebba's). Already aware. Filed.",
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
            "Johnny (8) seen with their father; mother at St Ebba's with Mikey. Site manager "
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
            "Mikey discharged from St Ebba's today to the family's trailer. Father says a "
            "fireguard is fitted (to be checked). Dressings at St Ebba's Tuesdays and Fridays; "
            "SW to help with travel costs.",
            "16:30",
            "Case note",
        ),
        R(
            "hv",
            "Contact type: Information. Outcome: Mikey home from the burns unit since yesterday "
            "(23/10) - graft, dressings at St Ebba's twice weekly. HV visit booked Friday.",
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
            "Email to HV, TES, St Brannock's and Cullerton Abbey: invitation to the CIN meeting "
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
            "TES, Tom Ashdown (St Brannock's). Apologies: Cullerton Abbey (report sent). CIN "
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
    )
    f.occ(
        "2025-02-11",
        "mum-tells-primary-move",
        R(
            "primary",
            "[Johnny Dorran, Y3] Mum in at drop-off: family moved to Redgap Moor yesterday; "
            "Johnny leaves us at half term for Redgap Community Primary. Transport hard from "
            "the new site.",
            "08:45",
        ),
        R(
            "primary",
            "[Mikey Dorran, Rec] Mum told office the family has moved to Redgap Moor site; "
            "Mikey leaving at half term for Redgap CP.",
            "08:45",
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
# JX7 1AL; Harebell Lane Primary School; Ashgrove Medical Practice. The father's relapse with
# beliefs that Reuben has been "swapped", a crisis team, a scene at the school gate, section 136
# on a railway footbridge, a Mental Health Act assessment and admission to Hazel Ward, Linden
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
                "Linden Park Hospital - Orchard Suite and Hazel Ward.xlsx",
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
                "Ashgrove Medical Practice chronology.xlsx",
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
                "Turning Tide Recovery - C Tolley.xlsx",
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
            "LAS TO ORCHARD SUITE, LINDEN PARK.",
            "18:42",
            "Incident - S136",
            ref="STORM 24-1003-1420",
        ),
        R(
            "ambulance",
            "CAD 771204, Cat 2, Kestle Road footbridge, police on scene. 40yo M, known "
            "schizophrenia, off meds; talking about his son being replaced and 'the trains "
            "telling him'. No injuries, obs NAD. Police detained s136 at 19:05. Conveyed to "
            "Orchard Suite (HBPoS) with police escort, handover 19:58.",
            "18:51",
        ),
    )
    f.occ(
        "2024-10-03",
        "orchard-suite-arrival",
        R(
            "ward",
            "Orchard Suite (s136 HBPoS): arrived 19:58 by ambulance with 2 officers. Rights "
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
            "21:40 request from Orchard Suite for an MHA assessment of Declan Aldous (s136 from "
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
            "MHA assessment at the Orchard Suite with Dr Naidu (s12) and Dr Ferreira "
            "(responsible consultant), care coordinator present. Declan guarded, believes his "
            "son has been replaced and must be 'cleansed' and that yesterday he was 'letting "
            "the trains speak'. Both doctors recommended s2. I considered home treatment "
            "(already failed) and informal admission (refused). Application made under s2; "
            "bed on Hazel Ward. Nearest relative is his mother (see below).",
            "09:30",
        ),
        R(
            "cmht",
            "Attended MHA assessment at Orchard Suite (AMHP R Moyle, Dr Naidu, Dr Ferreira). "
            "Detained s2. I shared the risk history re Reuben. Hazel Ward bed.",
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
            "Telephone call from Rhiannon Moyle (AMHP): Declan Aldous assessed at the Orchard "
            "Suite this morning and detained under s2 MHA; admitted to Hazel Ward. His beliefs "
            "about Reuben remain fixed. Ward to notify CSC of any leave.",
            "11:30",
            "Telephone call",
        ),
    )
    f.occ(
        "2024-10-04",
        "admission-hazel-ward",
        R(
            "ward",
            "Admitted to Hazel Ward under s2 MHA from Orchard Suite. Property checked. Informal "
            "obs level 2. Declan quiet, asked when he can see his son. Safeguarding alert on "
            "record: no visits by the child without CSC agreement.",
            "14:50",
            "Admission",
        ),
        R(
            "cmht",
            "Declan admitted Hazel Ward this afternoon (s2). Care coordination continues; "
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
            "s2 on Hazel Ward. Reuben safe at mother's but concerns emerging about Craig "
            "Tolley's drug use (police intelligence). Decision: S47 continues; SW to visit "
            "Pennock Gardens this week; ward to alert CSC before any leave.",
            "13:00",
            "Strategy discussion",
        ),
        R(
            "police",
            "STRAT DISC 2 07/10/24 1300. FATHER DETAINED S2 HAZEL WARD. INTEL SHARED RE CRAIG "
            "TOLLEY (MOTHER'S PARTNER) - COCAINE SUPPLY 2023, NFA. S47 CONT.",
            "13:00",
            "Strategy discussion",
            ref="STORM 24-1003-0987",
        ),
        R(
            "cmht",
            "Strategy meeting follow-up (Teams) - Declan on Hazel Ward s2. I asked that "
            "Reuben's views inform any future contact. Ward to tell CSC before leave.",
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
            "MHA assessment on Hazel Ward (s2 ends 31/10). Declan still holds the belief that "
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
            "PC Carver, Owen Kasprzak (CMHT). Reports: GP, Turning Tide. Decision: Reuben "
            "subject to a child protection plan, category emotional abuse. Plan: Craig not to "
            "use in the home and to engage with Turning Tide; no unsupervised contact with "
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
            "Lyle (Young Carers), Jas Dhillon (Turning Tide). Plan made SMART; Craig's "
            "attendance at Turning Tide to be shared fortnightly; Reuben's wish to see Dad to "
            "be explored with the ward.",
            "15:30",
            "Core group",
        ),
        R(
            "school",
            "Core group meeting in school, 3.30pm. Mum, SW, Young Carers and Turning Tide. "
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
            "CPA review on Hazel Ward (Dr Ferreira, named nurse, care coordinator). Declan "
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
            "Took Reuben to see his dad in the family room on Hazel Ward (agreed by SW and "
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
            "Tues 03/12 14:00, Hazel Ward (Teams available).",
            "12:30",
            "Email",
        ),
        R(
            "csc",
            "Email from Hazel Ward: invitation to father's discharge planning meeting tomorrow "
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
            "Discharge planning meeting on Hazel Ward. Discharge 12/12 on a CTO, depot via "
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
            "DPM (Hazel Ward) - CRHT to do 72-hour post-discharge follow-up on 13/12.",
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
        "discharge-hazel-ward",
        R(
            "ward",
            "Discharged from Hazel Ward to Ravel Court on a CTO (s17A). Depot given 11/12. "
            "TTOs 7 days. CRHT follow-up tomorrow. CSC informed by email as agreed.",
            "11:30",
            "Discharge",
        ),
        R(
            "cmht",
            "Declan discharged today from Hazel Ward on a CTO. Home by taxi. Depot clinic "
            "booked 24/12.",
            "15:00",
            "Discharge",
        ),
        R(
            "csc",
            "Father Declan Aldous discharged from Hazel Ward yesterday on a CTO, back at Ravel "
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
            "Discharge summary received from Linden Park (Hazel Ward 04/10-12/12/2024): "
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


def blind_dedup_cases_10() -> list[BlindCase]:
    """This set's families, in a fixed order."""
    return [_dorran(), _aldous()]


if __name__ == "__main__":
    summary(blind_dedup_cases_10)
