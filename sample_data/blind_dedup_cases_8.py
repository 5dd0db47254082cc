"""An eighth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families of 114-126 chronology rows each from ten to twelve services
(eleven or twelve sheets) over twelve to seventeen months, unlike each other and unlike the
earlier blind sets' families: three children of 2, 6 and 9 neglected in a hoarded, unheated rented
house by a father with depression (missed health appointments, environmental health and a
disrepair case against the landlord, a hoarding panel, a fire service home safety visit, child
protection plans, two nights running in the emergency department with croup, a house fire, a stay
with the paternal grandmother, the father's arrest, temporary accommodation and a new tenancy); a
fifteen-year-old boy criminally exploited through a county line (missing episodes, found by
another force in a cuckooed flat with class A drugs, a National Referral Mechanism referral, MACE
panels, a charge and a referral order at a youth court in the other force's area, return home
interviews, the stabbing of his friend, his and the older exploiter's arrests, a threat to life
warning, a move to his aunt's and a school out of the area); and a seven-week-old baby who dies
after co-sleeping on a sofa with his father, who had used cannabis and alcohol (a young mother who
was herself in care and her personal adviser, a pre-birth assessment and child in need plan, the
birth, a new birth visit, the GP's six-week checks, the ambulance and police call-out, the
emergency department, the father's arrest, the joint agency response with a home visit and a rapid
response meeting, the coroner's officer, the post-mortem and inquest, and a strategy discussion
and child protection conference for the baby's brother).

Written blind: composed from the domain brief, the `Event` schema, the shared case kit and the
head of the seventh blind set (its docstring, imports and agency constants, read for the format
and the labelling rules; none of its families, wordings or places reused; the opening sheet
declarations of its first family were seen in passing, nothing after them), without reading the
duplicate rules, their settings, the linkage model, any result or any other labelled set's
families, and without running the merge on these cases. Kept apart from tuning: measure on them
blind first.

The services write very differently: terse capital-letter police logs with incident numbers and
codes; long social care narrative in the third person; "Contact type: ... Outcome: ..." templates
(health visiting, mental health, the return home interview service); GP problem headings with "S:
O: A: P:"; a school's safeguarding log with a category and actions, one row per child; hospital
notes in clinical shorthand (PC, obs, Imp, Dex, D/C, PLE, SG, STR, OOHCA); fire and ambulance
returns written from incident logs; first-person notes by individual workers (an environmental
health officer, a personal adviser, a coroner's officer); a service that pastes another's minute
word for word under its own preface; dates written inside the text ("on the 5th", "since Sunday
(5th)", "after Sat night's stabbing"); some returns with times and some without; some returns with
no event-type column.

A case is `(name, events, truth, noise)`. `truth` maps each row's key `file|sheet|row` to an
occurrence id; rows sharing an id record the same real-world occurrence. `noise` holds the ids of
occurrences whose records do not all carry the same date: one record's date is wrong as written
(day and month swapped, one or two days out, or only the month given), or a life event, call,
email or referral was logged by the receiving service on the next day.

How the rows were labelled (the rules every blind set applies):

- What a row says happened decides its occurrence, not who wrote it. Every agency's record of
  one meeting (strategy discussion, ICPC, RCPC, core group, court hearing, MACE panel,
  professionals' meeting, joint agency response meeting), in whatever words, with whatever time
  or none, is one occurrence. A minute pasted into another service's return under its own
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
  emergency department attendance and the ward or intensive care admission that follows are
  two occurrences.
- A school that writes one row per child for one event records ONE occurrence; two children's
  separate appointments in one session are separate.
- Decision for this set: a fire attended by the fire service, an ambulance and the police
  together is one occurrence (as a police and ambulance call-out); the fire investigation the
  next day and the emergency department attendance are others.
- Decision for this set: a clinic's row that a child was not brought and its letter to the GP
  about it, written the same afternoon, are two occurrences (the missed appointment; the letter,
  whose other end is the GP's receipt the next day). A GP's receipt of a conference outcome
  letter is its own occurrence, not the conference.
- Decision for this set: a safety plan moving the children to their grandmother's is a life
  event (a placement start and change of address): social care and the health visitor that day
  and the school the next morning record one occurrence. The father's move into temporary
  accommodation, recorded by housing and (from his call the next morning) by social care, is
  another, as is the move into the new tenancy.
- Decision for this set: the out-of-hours social worker's note of the police control room's
  call during the fire is social care's receipt of a police notification, not the fire.
- Decision for this set: a hoarding and self-neglect panel is a multi-agency meeting; each
  agency's record of it is one occurrence, kept apart from the strategy discussion held that
  morning.
- Decision for this set: a row in which a service notes a life event or a court result that
  the family or another service phoned in ("Donna phoned: Jaylen was charged yesterday", "YJS
  rang with the outcome from court today") is that service's record of the life event or the
  hearing, when no other row records the call itself. A row that records the call as a call
  (a DSL ringing the YJS officer, both ends written up) is the call.
- Decision for this set: a youth justice order made at a hearing is part of that hearing's
  occurrence (the youth justice service, the prosecuting force's court result and social care's
  note all record the one hearing); each referral order panel is a meeting of its own.
- Decision for this set: a child found on a drugs warrant and arrested there is one occurrence
  recorded by the force that found him and by his home force's missing-person update; his
  release and the safe and well check that evening are another. The police's decision to take
  no further action against a suspect, recorded by the police and (told by the officer in the
  case that afternoon) by the youth justice service, is one occurrence, like a charge.
- Decision for this set: a change of school is one occurrence when the old school takes the
  child off roll, the new school records his first day and social care notes it, all on one day.
- Decision for this set: a GP consultation row that records sending a referral that day is the
  sending end of that referral; the receiving service's entry (the next day) is the other end.
- Decision for this set: the emergency department attendance in which the baby was pronounced
  dead, and the police's and the SUDIC paediatrician's records of that pronouncement (both were in
  the department), are one occurrence: the death. Each notice of the death to another service is
  its own occurrence: the police's call to the out-of-hours social worker (social care's receipt
  of a police notification), the paediatrician's call to the health visitor (both ends written:
  one occurrence), the report of the death to the coroner's officer (both ends: one), and the
  hospital's notice to the GP the next day. Here the rules on police notifications and on a
  hospital's notices take precedence over the decision above about life events phoned in.
- Decision for this set: the joint agency response home visit by the police and the SUDIC
  paediatrician is a joint visit (one occurrence); the rapid response (joint agency response)
  meeting five days later is a meeting, and the GP's row pasting its notes under her own preface
  is a record of it. The post-mortem (the coroner's officer, and the police two days out) is one
  occurrence; the opening of the inquest, a hearing, is one occurrence for the coroner's officer,
  the police and the child death review service.
- Decision for this set: the birth, recorded by the midwife, by the personal adviser from the
  mother's text that morning and by social care the next day, is one occurrence (a life event told
  by the family, as above); the discharge from the postnatal ward the next day is another. A
  baby's GP registration noted by the GP and the health visitor that day is one occurrence; the
  midwife's transfer-of-care letter and the health visitor's receipt of it are one.
- Look-alikes kept apart (hoarded house): a strategy discussion in the morning and a hoarding
  panel in the afternoon, with social care at both; a social worker's visit and a health visitor's
  visit on one day; a joint home safety visit and the environmental health officer's own revisit
  that afternoon; two police call-outs to one house on one day (a loose dog, then the children
  home alone); a police incident and social care's receipt of the notification the next morning; a
  clinic's missed appointment and its letter to the GP; a contact and the MASH decision on it;
  police and GP reports sent before the initial conference and the conference; the school's report
  before the review conference and the conference; the GP's receipt of the conference outcome
  letter; an initial conference row whose day and month are swapped (reading as two days before
  the review conference); emergency department attendances on consecutive nights, the ambulance
  call-out before the second, and the health visitor's notice of them; the house fire call-out,
  the emergency department attendance that followed, the out-of-hours call to social care and the
  fire investigation the next day; the strategy discussion after the fire and the father's arrest
  the next day.
- Look-alikes kept apart (county lines): the boy found and arrested on a warrant and the older
  man's arrest at the same flat fifteen minutes later; the arrest and the release and safe and
  well check that evening; social care's receipt of the police notification the next morning;
  the police's return home interview referral and the interview; the interview and the email of
  its report that evening; a MACE panel in the morning and a CIN meeting in the afternoon, both
  recorded by social care and the school; a missing report late on a Sunday and the return the
  next morning; a charge and the first hearing; two hearings of one case; the stabbing, the
  boy's arrest and the exploiter's arrest for it (two people's arrests on one day); the police's
  no further action for the boy and the exploiter's charge the same day; a threat to life
  warning delivered by police in the morning and a joint social work and youth justice visit
  that afternoon; an emergency department attendance and its discharge summary to the GP; the
  professionals' meeting about the move (one row's day and month swapped) and the DSL-to-DSL
  handover call a week later; a missing report from the aunt's and the stop by the other force
  the next day.
- Look-alikes kept apart (infant death): the midwife's booking and her referral two days later;
  the referral and the MASH decision on it; the nursery's concern at collection and its call to
  the social worker the next morning; the health visitor's antenatal visit and the personal
  adviser's own visit that afternoon; the birth and the discharge home the next day; the new birth
  visit and the social worker's visit that afternoon; the GP's six-week check of the baby and the
  mother's postnatal check in one surgery; and on the day of the death, the ambulance and police
  call-out, the death in the emergency department, the police's call to the out-of-hours social
  worker, the call to the coroner's officer, the paediatrician's call to the health visitor, the
  father's arrest, the joint home visit and the strategy discussion about the brother (police at
  nearly all of them); the personal adviser's visit and the GP's notice of the death the next day;
  the post-mortem (one row two days out, reading as the day after the rapid response meeting) and
  that meeting; the meeting's pasted notes in the GP's return, whose day and month are swapped
  (reading as two days after the brother's first core group); the child protection conference (the
  police's row a day late) and the core group after it.

Everything is invented: people, workers, schools, surgeries, hospitals, wards, towns, police
forces, fire services, landlords, charities, addresses, postcodes (all with an invented "Q"
area) and reference numbers. Deterministic: one fixed seed per case (it only places the routine
entries and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_8.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
POLICE_AWAY = "Police (Outside Force Area)"
CSC = "Children's Social Care"
HV = "Health Visiting"
MW = "Midwifery"
GP = "GP"
SCHOOL = "School"
NURSERY = "Nursery"
ED = "Emergency Department"
AMBULANCE = "Ambulance Service"
FIRE = "Fire and Rescue Service"
ENV_HEALTH = "Environmental Health"
HOUSING = "Housing"
CMHT = "Community Mental Health Team"
PAEDS = "Community Paediatrics"
YJS = "Youth Justice Service"
RHI = "Return Home Interview Service"
CONTEXTUAL = "Contextual Safeguarding Team"
CAMHS = "CAMHS"
LEAVING_CARE = "Leaving Care Service"
SUBSTANCE = "Adult Substance Misuse Service"
CDR = "Child Death Review Service"
CORONER = "Coroner's Office"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, NURSERY)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Marchbank family, Corvenham. Tyler (b. 03/10/2014), Poppy (b. 21/06/2017) and
# Alfie (b. 08/12/2021) Marchbank live with their father Gareth Marchbank (b. 12/02/1983, long
# history of depression) and his dog Tyson at 14 Carrow Lane, Corvenham QC3 8HT, a privately
# rented house (landlord Dennis Aylott); their mother Kerry Doyle left in 2023. Registered at
# Tanner's Yard Surgery; Tyler and Poppy at Hollowmead Primary School. A hoarded, unheated
# house, missed health appointments, environmental health and a disrepair case, a fire service
# home safety visit, child protection plans, a house fire, a stay with the paternal grandmother
# Brenda Marchbank (6 Pelham Close, QC2 4NA) and a new tenancy at 31 Osier Walk, QC3 1DL.
# --------------------------------------------------------------------------------------------


def _marchbank() -> BlindCase:
    f = Family(
        "marchbank",
        811,
        {
            "pol": Sheet(
                POLICE,
                "Corvenham_Police_IMR_Marchbank.xlsx",
                "Chronology",
                (("2024-01-01", "PS 1187 D Halloway (PPU)"),),
            ),
            "csc": Sheet(
                CSC,
                "CSC_Chronology_Marchbank_children.xlsx",
                "Case notes",
                (
                    ("2024-01-01", "MASH"),
                    ("2024-03-11", "Hannah Boyce SW"),
                    ("2024-11-21", "EDT / Hannah Boyce SW"),
                    ("2024-11-22", "Hannah Boyce SW"),
                ),
            ),
            "hv": Sheet(
                HV,
                "CorvenhamCommunityHealth_return.xlsx",
                "Health Visiting",
                (("2024-01-01", "Megan Lyle HV"),),
            ),
            "paeds": Sheet(
                PAEDS,
                "CorvenhamCommunityHealth_return.xlsx",
                "Child Development Centre",
                (("2024-01-01", "Dr Ines Halvorsen"),),
            ),
            "gp": Sheet(
                GP,
                "TannersYard_Surgery_Marchbank.docx",
                "Table 1",
                (("2024-01-01", "Dr Oliver Castellan"),),
                typed=False,
            ),
            "sch": Sheet(
                SCHOOL,
                "Hollowmead_Primary_safeguarding_log.xlsx",
                "Marchbank T & P",
                (("2024-01-01", "Mrs J Pryce (DSL)"),),
            ),
            "eh": Sheet(
                ENV_HEALTH,
                "EnvHealth_14CarrowLane.docx",
                "Table 1",
                (("2024-01-01", "Martin Deakin EHO"),),
                typed=False,
            ),
            "psh": Sheet(
                HOUSING,
                "Housing_PSH_and_Options_Marchbank.xlsx",
                "Case log",
                (("2024-01-01", "Sunita Brar (PSH)"), ("2024-11-25", "Carl Westaway (Options)")),
            ),
            "fire": Sheet(
                FIRE,
                "CDFRS_return_Marchbank.xlsx",
                "Incidents and HSVs",
                (("2024-01-01", "Leanne Fox (HSA)"), ("2024-11-20", "WM C Tollan")),
            ),
            "amb": Sheet(
                AMBULANCE,
                "AmbulanceTrust_Marchbank.csv",
                "",
                (("2024-01-01", "Clinical Safeguarding Team"),),
                typed=False,
            ),
            "ed": Sheet(
                ED,
                "CorvenhamGeneral_ED_Alfie_Marchbank.xlsx",
                "ED",
                (("2024-01-01", "ED nursing / Dr F Grealish"),),
            ),
            "cmht": Sheet(
                CMHT,
                "CMHT_North_Gareth_Marchbank.xlsx",
                "Contacts",
                (("2024-01-01", "Daniel Oduya CPN"),),
            ),
        },
    )

    # --- Missed health appointments, the school's concern and the referral ----------------
    f.occ(
        "2024-02-13",
        "cdc-dna",
        R(
            "paeds",
            "Poppy Marchbank (DOB 21/06/2017): DNA developmental review clinic 10:30. Second "
            "consecutive appointment not brought (previous 14/11/2023). No phone contact from "
            "family beforehand; number on file rings out.",
            "10:30",
            "Was not brought",
        ),
    )
    f.occ(
        "2024-02-13",
        "cdc-letter-gp",
        R(
            "paeds",
            "Clinic letter to GP (Dr Castellan), copy to father: Poppy not brought to 2 "
            "consecutive dev review appointments. Per Was Not Brought policy discharged to GP; "
            "would accept re-referral. Speech and attention concerns from school entry remain "
            "unassessed.",
            "16:05",
            "Correspondence",
        ),
        R(
            "gp",
            "Letter in from Hawthorn CDC (Dr Halvorsen) - Poppy WNB x2 dev review, discharged "
            "back to us. Speech/attention concerns not yet assessed. Task to practice nurse: "
            "phone dad, offer re-referral.",
            shift="late",
        ),
    )
    f.occ(
        "2024-03-06",
        "school-arrival-concern",
        R(
            "sch",
            "TYLER (Y4). Brought in by dad at 09:40 with his sister, both in last week's "
            "uniform. Strong smell of damp and urine off his jumper. Told TA 'it's freezing at "
            "ours, the boiler's broke'. Had 2 breakfasts. Action: DSL spoke to dad at the "
            "office; dad flat, said he's 'not sleeping', would sort washing.",
            "09:40",
            "Neglect / hygiene",
        ),
        R(
            "sch",
            "POPPY (Y2). Arrived late with Tyler and dad. Hair matted, live lice seen, nails "
            "and hands ingrained with dirt. Took a yoghurt from another child's lunchbox at "
            "snack. Said 'Daddy stays in bed'. Action: see Tyler's entry, same conversation "
            "with dad. Lice letter given.",
            "09:40",
            "Neglect / hygiene",
        ),
    )
    f.occ(
        "2024-03-07",
        "school-referral",
        R(
            "sch",
            "DSL phoned MASH front door at 11:15 and submitted MARF online after. Cumulative "
            "neglect: hygiene, hunger, cold house, Tyler 31 lates this year, Poppy missed "
            "health appts (per school nurse). Dad told of the referral on the phone at 10:50 - "
            "upset but agreed.",
            "11:15",
            "Referral to CSC",
        ),
        R(
            "csc",
            "Contact type: Professional (education). Telephone contact from Joanne Pryce, "
            "DSL, Hollowmead Primary, 11:15, MARF to follow. Tyler (9) and Poppy (6) "
            "presenting unkempt, hungry and cold; father Gareth described as low, 'always in "
            "bed'; Alfie (2) not known to school. Consent: yes, father informed by DSL. "
            "Outcome: to MASH for multi-agency checks, RAG amber.",
            "11:15",
            "Contact",
        ),
    )
    f.occ(
        "2024-03-08",
        "mash-decision",
        R(
            "csc",
            "MASH decision. Checks: police (no DA history; ASB log re dog 2023), health (HV: "
            "Alfie's 2-2.5yr review outstanding, 2 imms overdue; GP: father on sertraline; CDC: "
            "Poppy WNB x2), education (as referral). Threshold met, level 4. Allocated to "
            "Assessment Team for a Child and Family Assessment. Manager R Gillingham.",
            "14:20",
            "MASH outcome",
        ),
    )
    f.occ(
        "2024-03-12",
        "sw-first-visit",
        R(
            "csc",
            "Home visit, announced. Gareth answered after several minutes. Front room stacked "
            "to the ceiling with black bags, boxes and clothing, a single path through to the "
            "kitchen; back bedroom unusable. No heating or hot water - boiler condemned by Gas "
            "engineer in January and landlord 'hasn't been back'. Two electric heaters and a "
            "halogen heater in use. Dog faeces on the landing. Children sleep together in "
            "dad's room on a double mattress. Alfie in a heavy nappy, no breakfast yet at 10. "
            "Gareth tearful, says he 'can't face it'; agreed C&F assessment and a referral to "
            "Environmental Health.",
            "10:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-03-12",
        "hv-review-visit",
        R(
            "hv",
            "Contact type: Home visit - 2-2.5 yr review (rebooked, 2 previous no access). "
            "Outcome: partially completed. ASQ-3 not completed, Alfie would not engage, few "
            "words. Severe nappy rash, treated; advice given. House cold, cluttered, strong "
            "odour. Dad mentions a social worker came this morning. Imms: MMR1 and Hib/MenC "
            "overdue - appt made.",
            "14:30",
            "Home visit",
        ),
    )
    f.occ(
        "2024-03-13",
        "email-to-eh",
        R(
            "csc",
            "Email to Environmental Health duty inbox requesting an urgent inspection of 14 "
            "Carrow Lane: hoarding to ceiling height, dog fouling, no heating/hot water, "
            "portable heaters near clutter. Asked for a joint visit next week.",
            "16:52",
            "Email",
        ),
        R(
            "eh",
            "Referral received by email from Hannah Boyce SW, Children's Services (sent "
            "16:52 yesterday): 14 Carrow Lane, hoarding, dog fouling, no heating, 3 children. "
            "Opened service request SR/24/0318. Will arrange joint visit with PSH re the "
            "boiler.",
            shift="late",
        ),
    )
    f.occ(
        "2024-03-19",
        "joint-visit-eh-psh",
        R(
            "csc",
            "Joint visit with Martin Deakin (EHO) and Sunita Brar (Private Sector Housing). "
            "Whole house walked through. EHO rated clutter 7 (front room) and 6 (back bedroom) "
            "on the clutter image scale; rat droppings in kitchen. PSH photographed boiler "
            "(capped off, 'Do Not Use' label) and black mould in bathroom. Gareth agreed to "
            "skip and to Tyson being kept downstairs.",
            "10:00",
            "Joint visit",
        ),
        R(
            "eh",
            "10am visit with the SW and Sunita from PSH. I'd put the front room at CIR 7 and the "
            "back bedroom at 6; kitchen 5 with rodent droppings behind the cooker. Dog fouling "
            "on the landing and in the bath. Told Mr Marchbank a s83 notice is likely; he asked "
            "for help rather than a notice. Pest control booked.",
        ),
        R(
            "psh",
            "HHSRS inspection (joint with EH & CSC) - 14 Carrow Lane. Boiler condemned "
            "08/01/24, no space or water heating. Cat 1 excess cold; Cat 2 damp & mould, fire. "
            "Ref PSH/24/0211. Next: informal letter to landlord D Aylott, 14 days.",
            "10:00",
            "Inspection",
            ref="PSH/24/0211",
        ),
    )
    f.occ(
        "2024-03-21",
        "gp-father-consult",
        R(
            "gp",
            "Gareth Marchbank (father). Problem: Depression, recurrent. S: low 3 months, "
            "sleeping in day, not washing, house 'out of control', SW involved, kids' school "
            "worried. No SI/plans, 'wouldn't do that to the kids'. O: unkempt, flat affect, "
            "PHQ-9 22. A: moderate-severe depressive episode. P: sertraline up to 100mg, "
            "refer CMHT, r/v 2/52, safety-net.",
        ),
    )
    f.occ(
        "2024-03-22",
        "gp-referral-cmht",
        R(
            "gp",
            "Referral letter to Corvenham North CMHT sent via e-referral: recurrent depression, "
            "PHQ-9 22, possible hoarding disorder, sole carer of 3 under CSC assessment.",
        ),
        R(
            "cmht",
            "Contact type: Referral received. Source: GP, Dr O Castellan, Tanner's Yard. "
            "Outcome: triage within 5 working days; flagged as parent of children open to CSC.",
            "15:40",
            "Referral",
        ),
    )

    # --- Strategy discussion and the hoarding panel on one day, s47, ICPC -----------------
    f.occ(
        "2024-04-15",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (Teams) 10:00-10:50. Chair R Gillingham TM. Present: H Boyce "
            "SW, DS 2290 Kennard (Police CAIT), M Lyle HV, J Pryce DSL. GP info by email. "
            "Threshold for s47 met, cumulative neglect: home conditions, no heating, hygiene, "
            "unmet health needs, father's mental health. Single-agency s47 by CSC; children "
            "to be seen alone by 17/04; ICPC to be convened within 15 working days.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISC 1000HRS CSC LED. CAT: NEGLECT. 3 X CH. POLICE VIEW NO CRIM INVESTIGATION "
            "AT THIS TIME - S47 SINGLE AGENCY CSC. PNC/PND NIL OF NOTE FOR FATHER. ASB LOG "
            "(DOG) 2023 SHARED. DS 2290 KENNARD. NFA POLICE.",
            "10:00",
            "STRAT",
            ref="CAIT/24/1174",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion (virtual). Outcome: HV shared Alfie's incomplete "
            "2yr review, nappy rash, overdue imms, and Poppy's WNB at CDC. S47 agreed. HV to "
            "provide ICPC report.",
            kind="Multi-agency meeting",
        ),
        R(
            "sch",
            "DSL joined the strategy meeting on Teams this morning. Shared lates/attendance and "
            "our concern log. Outcome: s47 for neglect. SW to see T & P in school tomorrow "
            "afternoon.",
            "10:00",
            "Multi-agency",
        ),
    )
    f.occ(
        "2024-04-15",
        "hoarding-panel",
        R(
            "eh",
            "Hoarding & Self-Neglect Panel, Civic Offices, 2pm. I presented 14 Carrow Lane. "
            "Agreed: s83 Public Health Act notice to issue but with support - a two-week "
            "assisted clear with the Rebuild charity first; pest treatment ongoing.",
        ),
        R(
            "psh",
            "Multi-agency hoarding panel. PSH update: Cat 1 excess cold. Informal letter to "
            "landlord ignored; Improvement Notice being drafted. Landlord aware of panel.",
            "14:00",
            "Meeting",
        ),
        R(
            "cmht",
            "Contact type: External meeting (Hoarding and Self-Neglect Panel). Outcome: CPN "
            "attended. Gareth triaged by phone 03/04, allocated to me. Agreed to screen for "
            "hoarding disorder and link the clear-out to his care plan.",
            "14:00",
            "MDT / external meeting",
        ),
        R(
            "csc",
            "SW attended the multi-agency Hoarding and Self-Neglect Panel at the Civic Offices "
            "about the home conditions at Carrow Lane. EH will issue a s83 notice with a "
            "supported clear-out first; PSH pursuing the landlord about the boiler; CMHT care "
            "co-ordinator allocated to Gareth.",
            "14:00",
            "Professionals meeting",
        ),
    )
    f.occ(
        "2024-04-16",
        "s47-children-at-school",
        R(
            "csc",
            "S47: Tyler and Poppy seen alone at Hollowmead Primary. Tyler: 'the house is messy "
            "and smelly', worries about dad 'who cries'; he makes Alfie's bottles and gets "
            "Poppy dressed. Poppy: cold at night, 'Tyson does poos upstairs'. Both want to "
            "stay with dad. No marks or injuries disclosed.",
            "13:30",
            "S47 - child seen",
        ),
        R(
            "sch",
            "SW (Hannah Boyce) in school 1.30pm to see Tyler and Poppy as part of the s47. "
            "Tyler seen alone; DSL sat in for Poppy at SW's request. Both back to class, "
            "Tyler quiet for the rest of the day.",
            "13:30",
            "Visit by other agency",
        ),
    )
    f.occ(
        "2024-04-17",
        "s47-home-visit",
        R(
            "csc",
            "S47 home visit. Alfie seen, undressed for nappy change with father's agreement: "
            "nappy rash healing, no bruising. Some clearing in front room, skip on drive. "
            "Gareth told of the ICPC; he asked for his mum Brenda to come with him.",
            "11:00",
            "S47 - child seen",
        ),
    )
    f.occ(
        "2024-04-23",
        "s83-notice",
        R(
            "eh",
            "Notice under s83 Public Health Act 1936 (filthy or verminous premises) served by "
            "hand on Mr G Marchbank at 14 Carrow Lane. 28 days to comply. Rebuild clear-out "
            "starts Monday.",
        ),
        R(
            "eh",
            "s83 PHA 1936 notice (filthy/verminous premises) served by hand on Mr Marchbank, 14 "
            "Carrow Lane. 28 days. Rebuild clear-out starts Mon.",
        ),
    )
    f.occ(
        "2024-04-26",
        "gp-icpc-report",
        R(
            "gp",
            "Report for ICPC sent to conference admin (requested 19/04). Summary: father - "
            "recurrent depression, on sertraline, referred CMHT; Alfie - MMR1 and Hib/MenC "
            "overdue, 3 DNAs; Poppy - WNB CDC x2; Tyler - nil of note.",
        ),
    )
    f.occ(
        "2024-05-07",
        "police-icpc-report",
        R(
            "pol",
            "REPORT SUBMITTED FOR ICPC 08/05/24 (MARCHBANK X3). NO ATTENDANCE - RESOURCING. "
            "POLICE INFO: ASB 2023 DOG, NIL DA, NIL CRIME.",
            "15:30",
            "CONF REPORT",
        ),
    )
    f.occ(
        "2024-05-08",
        "icpc",
        R(
            "csc",
            "Initial Child Protection Conference, chair Avril Nankivell (IRO). Attended: "
            "father and PGM Brenda, SW, HV, DSL, CPN; police and GP reports. Decision: Tyler, "
            "Poppy and Alfie subject to CP plans, category NEGLECT. Core group within 10 "
            "working days; plan: home conditions, heating, health appointments, father's "
            "mental health.",
            "10:00",
            "ICPC",
        ),
        R(
            "hv",
            "Contact type: Child protection conference (initial). Outcome: Alfie made subject "
            "to CP plan (neglect), as are his siblings. HV is core group member; actions: "
            "fortnightly HV contact, complete 2yr review, imms catch-up.",
            kind="Safeguarding",
        ),
        R(
            "sch",
            "TYLER - ICPC at Civic Offices, DSL attended and read the school report. Outcome: CP "
            "plan, neglect. Actions for school: breakfast club daily, uniform swap, weekly "
            "check-in with Mrs Okoro (ELSA).",
            "10:00",
            "CP conference",
        ),
        R(
            "sch",
            "POPPY - ICPC today (see Tyler). CP plan, neglect. School actions: breakfast club, "
            "lice treatment with dad's consent, school nurse to see re hearing/speech.",
            "10:00",
            "CP conference",
        ),
        R(
            "cmht",
            "Contact type: Attended child protection conference for Gareth's children. "
            "Outcome: children placed on CP plans under neglect. My role in the core group: "
            "fortnightly visits to Gareth, hoarding screen, medication review with GP.",
            "10:00",
            "External meeting",
            shift="swap",
        ),
    )
    f.occ(
        "2024-05-14",
        "gp-icpc-letter",
        R(
            "gp",
            "ICPC outcome letter received (conference 08/05): Tyler, Poppy and Alfie on CP plans, "
            "category neglect. CP alerts added to children's and father's records.",
        ),
    )
    f.occ(
        "2024-05-21",
        "core-group-1",
        R(
            "csc",
            "First core group at Hollowmead Primary. Present: father, SW, DSL, HV. Plan "
            "reviewed line by line. Front room now clear to the floor, back bedroom half done. "
            "Boiler still not replaced - PSH serving Improvement Notice. Agreed referral to "
            "the Fire Service for a home safety visit.",
            "13:00",
            "Core group",
        ),
        R(
            "sch",
            "Core group held in school (library) 1pm. Dad came. Progress on the house. "
            "Breakfast club going well for both. Next core group 10/07.",
            "13:00",
            "Multi-agency",
        ),
        R(
            "hv",
            "Contact type: Core group. Outcome: attended. Alfie's imms now done (MMR1, "
            "Hib/MenC given 10/05). 2yr review to complete at next home visit.",
            kind="Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-05-22",
        "fire-referral",
        R(
            "csc",
            "Online partner referral to Fire & Rescue for a Home Safety Visit: hoarding (partly "
            "cleared), father smokes, electric and halogen heaters in use since boiler "
            "condemned, no working smoke alarm seen, three children.",
            "09:20",
            "Referral",
        ),
        R(
            "fire",
            "PARTNER REFERRAL RECEIVED - CSC (H BOYCE). RISK SCORE HIGH: HOARDING, SMOKER, "
            "PORTABLE HEATERS, U5 IN PROPERTY. HSV BOOKED 04/06 0930 JOINT WITH SW.",
            kind="Referral in",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-04",
        "joint-hsv",
        R(
            "fire",
            "HOME SAFETY VISIT 0930 - 14 CARROW LANE - WITH SW. 3 X 10YR SEALED SMOKE ALARMS "
            "FITTED (HALL, LANDING, LOUNGE) + HEAT ALARM KITCHEN. ESCAPE ROUTE FROM REAR BED "
            "PARTLY OBSTRUCTED - ADVISED. HALOGEN HEATER NEXT TO CLOTHES PILE - MOVED. FIRE "
            "RETARDANT BEDDING OFFERED. BEDTIME ROUTINE/DOORS CLOSED ADVICE.",
            "09:30",
            "HSV",
        ),
        R(
            "csc",
            "Joint visit with Leanne Fox, Home Safety Adviser (Fire & Rescue). Alarms fitted on "
            "each floor and in kitchen; advice about the halogen heater and keeping the back "
            "bedroom escape route clear. Gareth engaged well. Alfie seen, happy, clean nappy.",
            "09:30",
            "Joint visit",
        ),
    )
    f.occ(
        "2024-06-04",
        "eh-revisit",
        R(
            "eh",
            "3pm revisit to check on the s83 notice. Front room and kitchen compliant; back "
            "bedroom 4 on the CIR. Dog fouling cleaned. Extension of 14 days for the back "
            "bedroom agreed with Mr Marchbank.",
        ),
    )
    f.occ(
        "2024-06-20",
        "police-dog",
        R(
            "pol",
            "INC 0584 20/06. CALLER (NEIGHBOUR, CARROW LANE) REPORTS LARGE DOG LOOSE IN STREET "
            "SNAPPING AT CHILDREN ON BIKES. NO INJURY. UNITS ATTENDED 1530, DOG RETURNED TO "
            "NO 14 BY OWNER MR MARCHBANK. WORDS OF ADVICE. DOG WARDEN INFORMED. CLOSED.",
            "15:10",
            "ASB / ANIMAL",
            ref="INC0584-200624",
        ),
    )
    f.occ(
        "2024-06-20",
        "police-home-alone",
        R(
            "pol",
            "INC 1391 20/06. ANON CALLER: CHILDREN CRYING IN HOUSE, NO ADULT. UNITS ON SCENE "
            "2155 14 CARROW LANE. TYLER (9) ANSWERED, WITH POPPY (6) AND ALFIE (2). FATHER "
            "RETURNED 2210 FROM SHOP/PUB, SOBER, STATES GONE 'HALF HOUR'. CHILDREN UNHARMED. "
            "CP PLANS NOTED ON PNC. PPN SUBMITTED.",
            "21:40",
            "CONCERN FOR WELFARE",
            ref="INC1391-200624",
        ),
    )
    f.occ(
        "2024-06-21",
        "ppn-received",
        R(
            "csc",
            "Police notification (PPN) received via MASH: children left alone at home on the "
            "evening of 20/06 for an estimated 1-2 hours; police attended, father returned. "
            "Passed to allocated SW; SW to visit today and review the safety plan. Father "
            "says he went to the shop and met a friend.",
            "09:15",
            "Police notification",
        ),
    )
    f.occ(
        "2024-07-10",
        "core-group-2",
        R(
            "csc",
            "Core group 2 at the family home. Present: Gareth, Brenda (PGM), SW, DSL, HV. "
            "Home alone incident of 20/06 discussed; safety plan: Brenda to babysit, no child "
            "left with Tyler. Improvement Notice served on landlord 02/07, works due by 30/08. "
            "Back bedroom now clear.",
            "11:00",
            "Core group",
        ),
        R(
            "sch",
            "Minutes from Children's Services pasted below for the record (core group, DSL "
            "attended): 'Core group held at home address. Gareth and Brenda present. Discussed "
            "police attendance 20/06 - children left alone. Safety plan updated: Brenda to "
            "babysit, Tyler not to be left in charge. Landlord has until 30/08 to replace "
            "boiler. Next core group: September.'",
            "11:00",
            "Multi-agency",
        ),
        R(
            "hv",
            "Contact type: Core group (home). Outcome: attended; 2yr review completed after "
            "the meeting - ASQ concerns in communication; referral to SALT with consent.",
            kind="Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-07-02",
        "improvement-notice",
        R(
            "psh",
            "Improvement Notice (s11 HA 2004) served on landlord D Aylott (Aylott Lettings) by "
            "post and email: install working space and water heating at 14 Carrow Lane by "
            "30/08/24.",
            "12:00",
            "Enforcement",
            ref="PSH/24/0211",
        ),
    )
    f.occ(
        "2024-07-17",
        "school-rcpc-report",
        R(
            "sch",
            "School report for the review conference (07/08, holidays - DSL unable to attend) "
            "emailed to CP admin. Attendance T 91% P 89%, lates much reduced since breakfast "
            "club; hygiene better; Poppy's speech still a concern.",
            "15:45",
            "Report",
        ),
    )
    f.occ(
        "2024-08-07",
        "rcpc-1",
        R(
            "csc",
            "Review Child Protection Conference (IRO A Nankivell). Attended: Gareth, Brenda, SW, "
            "HV, CPN, PC Ashworth (police). School report received. Progress on home "
            "conditions; heating still outstanding; one home-alone incident. Decision: all "
            "three children remain on CP plans (neglect). Next review in 6 months.",
            "10:00",
            "RCPC",
        ),
        R(
            "hv",
            "Contact type: Review CP conference. Outcome: CP plan continues for all 3 "
            "children. HV: Alfie referred to SALT; attending clinic for weights.",
            kind="Safeguarding",
        ),
        R(
            "cmht",
            "Contact type: Attended RCPC. Outcome: plans continue. Shared that Gareth is "
            "engaging fortnightly, mood improving (PHQ-9 15), hoarding screen positive; "
            "referred to psychology for CBT.",
            "10:00",
            "External meeting",
        ),
        R(
            "pol",
            "RCPC ATTENDED BY PC 3321 ASHWORTH. 3 X CH REMAIN SUBJECT TO CP PLAN (NEGLECT). "
            "POLICE INFO SHARED INC1391-200624 (CHILDREN ALONE).",
            "10:00",
            "CONF",
        ),
    )
    f.occ(
        "2024-09-10",
        "works-complete",
        R(
            "psh",
            "Reinspection: new combi boiler installed 06/09 by landlord's contractor, radiators "
            "working, gas safety cert seen. Improvement Notice complied with. Case closed to "
            "PSH; damp in bathroom to be monitored by landlord.",
            "10:30",
            "Inspection",
            ref="PSH/24/0211",
        ),
    )
    f.occ(
        "2024-09-24",
        "core-group-3",
        R(
            "csc",
            "Core group 3 at Hollowmead Primary. Heating in place at last. House 'about 70% "
            "clear' per EHO. Concern: Poppy's speech; GP re-referred to CDC. Gareth starting "
            "CBT in October.",
            "13:15",
            "Core group",
        ),
        R(
            "sch",
            "Core group today in school (DSL). Heating fixed. Both children's attendance good "
            "since September; Poppy now on the speech list with our SENCo.",
            "13:15",
            "Multi-agency",
            shift="-1",
        ),
        R(
            "hv",
            "Contact type: Core group. Outcome: attended. Alfie SALT assessment booked; "
            "nursery place (2yr funding) discussed.",
            kind="Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-09-05",
        "gp-cdc-rereferral",
        R(
            "gp",
            "Poppy - seen with dad. School SENCo and SW concerned re speech/attention. "
            "Re-referral to Hawthorn CDC sent today, father consents and says he will bring "
            "her this time.",
        ),
    )
    f.occ(
        "2024-10-09",
        "cdc-seen",
        R(
            "paeds",
            "Poppy seen in CDC with father (re-referral from GP). Speech delay with features "
            "of language disorder; hearing test arranged; school to complete questionnaire. "
            "Father engaged well.",
            "14:00",
            "Clinic",
        ),
    )

    # --- Croup: two consecutive nights in ED ----------------------------------------------
    f.occ(
        "2024-10-19",
        "ed-croup-1",
        R(
            "ed",
            "Triage 22:50. Alfie Marchbank 2y. PC barking cough, noisy breathing since "
            "teatime. Walked in with father. Obs: RR 34, SpO2 97% RA, mild stridor at rest. "
            "Cat 3.",
            "22:50",
            "Triage",
        ),
        R(
            "ed",
            "Seen Dr Grealish. Imp: mild croup (Westley 2). Dex 0.15mg/kg PO given. Stridor "
            "settled. D/C home with croup advice leaflet. CP plan noted - HV/GP letter.",
            "23:40",
            "Discharge",
        ),
    )
    f.occ(
        "2024-10-20",
        "amb-croup",
        R(
            "amb",
            "CAD 2410-3371 Cat 2 - 21:02. 2yo male, worsening stridor. On scene 21:15, 14 "
            "Carrow Lane. Croup dx in ED last night. Stridor at rest, mild recession, SpO2 94%. "
            "Conveyed with father to Corvenham General ED.",
            "21:02",
        ),
    )
    f.occ(
        "2024-10-20",
        "ed-croup-2",
        R(
            "ed",
            "Triage 21:40 (ambulance). Alfie M, 2y. Re-attendance, seen here last night with "
            "croup. Stridor at rest, RR 40, SpO2 94%. Cat 2.",
            "21:40",
            "Triage",
        ),
        R(
            "ed",
            "Review: moderate croup (Westley 4). Neb adrenaline 1:1000 x1 with good effect, "
            "observed 4h, no rebound. D/C home with father. GP to review. SG: CP plan - HV "
            "notified.",
            "22:30",
            "Discharge",
        ),
    )
    f.occ(
        "2024-10-22",
        "ed-notice-hv",
        R(
            "hv",
            "Contact type: ED attendance notification. Outcome: Alfie attended Corvenham "
            "General Sat night and again on Sun (croup, ambulance 2nd time). Phoned father - "
            "Alfie well. Informed SW.",
            kind="Notification",
        ),
    )

    # --- The house fire and after ----------------------------------------------------------
    f.occ(
        "2024-11-21",
        "house-fire",
        R(
            "fire",
            "INCIDENT 24/3318 - DWELLING FIRE - 14 CARROW LANE. CALL 0208, MOBILISED 0209, "
            "IN ATTENDANCE 0216. FIRE IN GROUND FLOOR FRONT ROOM, HEAVY SMOKE TO STAIRS. ALL "
            "OCCUPANTS (1 ADULT, 3 CHILDREN, 1 DOG) SELF-EVACUATED VIA REAR BEDROOM WINDOW/"
            "FLAT ROOF ON ARRIVAL. 2 BA, 1 HOSE REEL. SMOKE ALARMS ACTUATED (FITTED BY CDFRS "
            "06/24). STOP 0251.",
            "02:08",
            "Dwelling fire",
            ref="24/3318",
        ),
        R(
            "amb",
            "CAD 2411-0207 Cat 2 - 02:11, house fire, persons out. On scene 02:20 with fire "
            "and police. 3 children and father assessed. Alfie (2) coughing, soot in nares, "
            "SpO2 93% - O2 given, conveyed with father. Tyler (10) and Poppy (7) NAD, left in "
            "care of paternal grandmother on scene. Dog with neighbour.",
            "02:11",
        ),
        R(
            "pol",
            "INC 0071 21/11. FIRE AT 14 CARROW LANE, ATTENDED WITH FRS/AMB. ALL OCCUPANTS OUT. "
            "FATHER STATES HALOGEN HEATER LEFT ON IN LOUNGE. CP PLANS NOTED. PPN TO FOLLOW. "
            "SCENE HANDED TO FRS.",
            "02:15",
            "FIRE / CONCERN FOR WELFARE",
            ref="INC0071-211124",
        ),
    )
    f.occ(
        "2024-11-21",
        "ed-fire",
        R(
            "ed",
            "Triage 02:55 (amb). Alfie Marchbank 2y, smoke inhalation, house fire. SpO2 95% on "
            "2L. Soot around nose/mouth, hoarse cry. Cat 2. Father with him.",
            "02:55",
            "Triage",
        ),
        R(
            "ed",
            "Review Dr Grealish 03:40. No burns. COHb 2.1%. CXR clear. Weaned to air, SpO2 98%. "
            "Safeguarding: known CP plan - EDT informed by police already; ED SG form "
            "completed.",
            "03:40",
            "Medical review",
        ),
        R(
            "ed",
            "D/C 07:50 to father and paternal grandmother (6 Pelham Close). Advice given. "
            "Notifications to GP and HV.",
            "07:50",
            "Discharge",
        ),
    )
    f.occ(
        "2024-11-21",
        "edt-call",
        R(
            "csc",
            "EDT: phone call from police control room 03:30 - house fire at 14 Carrow Lane, "
            "all out, Alfie taken to ED with smoke inhalation, Tyler and Poppy with PGM. "
            "Children on CP plans. EDT SW agreed the children stay with Brenda tonight; "
            "handover to day team.",
            "03:30",
            "Police notification",
        ),
    )
    f.occ(
        "2024-11-21",
        "move-to-pgm",
        R(
            "csc",
            "Day team. Safety plan agreed with Gareth and Brenda: Tyler, Poppy and Alfie to live "
            "with paternal grandmother Brenda Marchbank at 6 Pelham Close, Corvenham QC2 4NA "
            "while Carrow Lane is uninhabitable. Gareth staying at a friend's for now. "
            "Family arrangement, not s20.",
            "14:00",
            "Change of address",
        ),
        R(
            "hv",
            "Contact type: Change of address. Outcome: Alfie and siblings now living with PGM, "
            "6 Pelham Close, QC2 4NA after house fire. Records updated.",
            kind="Change of circumstances",
        ),
        R(
            "sch",
            "BOTH - SW rang: house fire in the early hours yesterday, everyone out. Tyler and "
            "Poppy now living at nan's, 6 Pelham Close. Nan (Brenda) will bring and collect. "
            "Contact details updated on the MIS.",
            "08:45",
            "Change of circumstances",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-22",
        "fire-investigation",
        R(
            "fire",
            "FIRE INVESTIGATION 24/3318. ORIGIN: LOUNGE, FRONT RIGHT. CAUSE: HALOGEN HEATER IN "
            "CONTACT WITH STORED CLOTHING/BAGS. ACCIDENTAL. HOARDING CONTRIBUTED TO FIRE "
            "LOADING. WORKING ALARMS RAISED THE ALARM. REPORT TO POLICE AND CSC.",
            "11:00",
            "Fire investigation",
            ref="24/3318",
        ),
    )
    f.occ(
        "2024-11-22",
        "ed-notice-hv-fire",
        R(
            "hv",
            "Contact type: ED attendance notification. Outcome: Alfie at ED 21/11, smoke "
            "inhalation after house fire, discharged to PGM. Will visit at Pelham Close next "
            "week.",
            kind="Notification",
        ),
    )
    f.occ(
        "2024-11-25",
        "strategy-2",
        R(
            "csc",
            "Strategy discussion following house fire, chaired by R Gillingham. Present: SW, "
            "DS Kennard (police), WM Tollan (Fire), DSL. Fire accidental but hoarding and the "
            "heater were long-standing concerns on the plan. Police to consider s1 CYPA "
            "neglect investigation. Children to remain with PGM; s47 to be updated.",
            "11:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISC 1100 FOLLOWING INC0071-211124 (HOUSE FIRE). POLICE WILL INVESTIGATE "
            "S1 CYPA 1933 - OIC DS 2290 KENNARD. FATHER TO BE ARRESTED/INTERVIEWED. CH "
            "REMAIN WITH PGM.",
            "11:00",
            "STRAT",
            ref="CAIT/24/3650",
        ),
        R(
            "fire",
            "WM TOLLAN ATTENDED SAFEGUARDING STRATEGY MEETING (VIRTUAL) RE 24/3318. SHARED "
            "FIRE INVESTIGATION FINDINGS AND HSV OF 04/06.",
            kind="Partnership meeting",
        ),
        R(
            "sch",
            "Strategy meeting (Teams) after the fire - DSL attended. Police investigating. "
            "Children staying at nan's; both in school and settled. Free uniform given.",
            "11:00",
            "Multi-agency",
        ),
    )
    f.occ(
        "2024-11-26",
        "father-arrest",
        R(
            "pol",
            "ARREST 0815 6 PELHAM CLOSE - GARETH MARCHBANK (12/02/83) - S1 CYPA 1933 CHILD "
            "NEGLECT. CONVEYED CORVENHAM PIC. INTERVIEWED WITH SOLICITOR. RUI 1740.",
            "08:15",
            "ARREST",
            ref="CAIT/24/3650",
        ),
        R(
            "csc",
            "Gareth arrested this morning at Brenda's on suspicion of child neglect (s1 CYPA) "
            "and released under investigation this evening. Children were at school; Brenda "
            "spoken to. Bail conditions: none.",
            "17:55",
            "Police",
        ),
    )
    f.occ(
        "2024-11-27",
        "homeless-ta",
        R(
            "psh",
            "Housing Options: Mr Marchbank homeless due to fire (14 Carrow Lane uninhabitable). "
            "Relief duty accepted. Placed in temporary accommodation, Room 4, Beck House, 22 "
            "Tannery Street, QC1 6RB, from today. Children with their grandmother.",
            "15:00",
            "Homelessness",
            ref="HO/24/2217",
        ),
        R(
            "csc",
            "Gareth rang to say the council have put him in Beck House (Room 4, 22 Tannery "
            "Street) from yesterday, single room, no children allowed overnight.",
            "10:10",
            "Change of address",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-20",
        "new-tenancy",
        R(
            "psh",
            "Tenancy start: 31 Osier Walk, Corvenham QC3 1DL (3-bed, Corvenham Homes), Mr G "
            "Marchbank and 3 children. TA at Beck House ended. Relief duty discharged.",
            "12:00",
            "Tenancy start",
            ref="HO/24/2217",
        ),
        R(
            "csc",
            "Gareth and the children moved into 31 Osier Walk today. SW visited in the "
            "afternoon: beds, cooker and fridge from the furniture scheme; house warm and "
            "sparse. Safety plan ends; children back in father's care with Brenda visiting "
            "daily. Tyson rehomed with Gareth's friend.",
            "15:30",
            "Change of address",
        ),
        R(
            "sch",
            "BOTH - Dad in at drop-off: family moved into their new house at 31 Osier Walk "
            "yesterday, address changed on the MIS. Children excited. Dad will walk them in.",
            "08:50",
            "Change of circumstances",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-05",
        "rcpc-2",
        R(
            "csc",
            "RCPC 2 (IRO A Nankivell). Attended: Gareth, Brenda, SW, DSL, HV, CPN. New tenancy "
            "two weeks in, house kept well, no hoarding seen. Police investigation still open "
            "(RUI). Decision: CP plans end; step down to Child in Need plan.",
            "10:00",
            "RCPC",
        ),
        R(
            "sch",
            "TYLER & POPPY: review conference, DSL attended. CP plans ended - CIN plan. School "
            "to keep breakfast club going.",
            "10:00",
            "CP conference",
        ),
        R(
            "hv",
            "Contact type: RCPC. Outcome: Alfie no longer subject to CP plan; CIN. HV remains "
            "universal partnership plus; nursery starting April.",
            kind="Safeguarding",
        ),
        R(
            "cmht",
            "Contact type: Attended review conference. Outcome: CP plans ended. Gareth "
            "completed 8 CBT sessions; PHQ-9 9. Plan to discharge from CMHT to GP in March.",
            "10:00",
            "External meeting",
        ),
    )
    f.occ(
        "2024-09-17",
        "hv-clinic-typed-twice",
        R(
            "hv",
            "Contact type: Clinic. Outcome: Alfie weighed 13.1kg (50th), well presented. "
            "Father attended with Alfie; SALT appt letter discussed.",
            kind="Clinic",
        ),
        R(
            "hv",
            "Contact type: Clinic. Outcome: Alfie weighed 13.1kg (50th), well presented. "
            "Father attended with Alfie; SALT appointment letter discussed.",
            kind="Clinic",
        ),
    )

    # --- Routine single entries ------------------------------------------------------------
    f.fill(
        "csc",
        "2024-05-10",
        "2024-11-15",
        [
            ("CP visit", "Statutory CP visit. All three children seen; Alfie seen in his cot."),
            ("CP visit", "CP visit, unannounced. House tidier; dog shut in kitchen. Food in."),
            ("CP visit", "CP visit. Tyler and Poppy seen alone in their room; no worries said."),
            ("Supervision", "Case supervision with TM: plan progressing slowly; heating key."),
            ("Direct work", "Direct work with Tyler (three houses tool) - worries about dad."),
        ],
    )
    f.fill(
        "csc",
        "2024-11-28",
        "2025-01-15",
        [("CP visit", "CP visit at PGM's address, children settled, good routines.")],
    )
    f.fill(
        "hv",
        "2024-02-01",
        "2025-03-14",
        [
            ("No access", "Contact type: Home visit. Outcome: no access, card left."),
            ("Telephone", "Contact type: Telephone. Outcome: dad rebooked clinic for Alfie."),
            ("Home visit", "Contact type: Home visit. Outcome: Alfie seen; play and talk tips."),
        ],
    )
    f.fill(
        "gp",
        "2024-02-01",
        "2024-04-30",
        [("", "Alfie - DNA practice nurse imms appt. Letter to parent.")],
        timed=False,
    )
    f.fill(
        "gp",
        "2024-04-01",
        "2025-03-14",
        [
            ("", "Gareth - r/v depression: a bit better on 100mg, sleeping more at night."),
            ("", "Repeat prescription sertraline 100mg x 56 issued."),
        ],
        timed=False,
    )
    f.fill(
        "sch",
        "2024-02-01",
        "2024-07-19",
        [
            ("Attendance", "TYLER - late 09:20, dad overslept. Late mark."),
            ("Wellbeing", "POPPY - ELSA session, drew her house 'with the heater on'."),
        ],
    )
    f.fill(
        "sch",
        "2024-09-16",
        "2025-03-14",
        [
            ("Attendance", "TYLER - absent, dad rang in (cough)."),
            ("Wellbeing", "TYLER - check-in with Mrs Okoro; says home is 'warmer now'."),
        ],
    )
    f.fill(
        "cmht",
        "2024-04-20",
        "2025-03-14",
        [
            ("Home visit", "Contact type: CPN home visit. Outcome: mood low-moderate, no risk."),
            ("DNA", "Contact type: Planned home visit. Outcome: no answer; letter left."),
            ("Telephone", "Contact type: Telephone. Outcome: rebooked, Gareth apologetic."),
        ],
    )
    f.fill(
        "eh",
        "2024-03-20",
        "2024-10-31",
        [
            ("", "Pest control treatment (rats), bait boxes in kitchen and yard."),
            ("", "Rang Mr Marchbank about the clear-out - Rebuild team coming on Monday."),
        ],
        timed=False,
    )
    f.fill(
        "psh",
        "2024-03-20",
        "2024-06-28",
        [
            ("Letter", "Informal letter to landlord re Cat 1 excess cold, 14 days to respond."),
            ("Telephone", "Landlord rang: disputes repairs, says tenant refused access."),
        ],
    )
    f.fill(
        "paeds",
        "2024-10-15",
        "2025-03-14",
        [("Correspondence", "Audiology: Poppy hearing normal bilaterally; letter to father.")],
    )
    f.fill(
        "fire",
        "2024-06-10",
        "2024-11-10",
        [("HSV follow-up", "TELEPHONE FOLLOW-UP TO HSV. ALARMS TESTED BY OCCUPIER, WORKING.")],
    )
    f.fill(
        "pol",
        "2024-02-01",
        "2024-12-31",
        [("ASB", "INC - NEIGHBOUR COMPLAINT, DOG BARKING AT NO 14 ALL DAY. ADVICE. CLOSED.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Corrigan family, Lathbridge. Jaylen Corrigan (b. 09/02/2009) lives with his mother
# Donna Corrigan (b. 1984) and sister Keira (b. 2013) at 58 Wellspring Road, Lathbridge QL5 2NE;
# Year 10 then 11 at Kestrel Rise Academy; registered at Quayside Family Practice. Drawn into a
# county line (the "Blaze" line) run by Kyle Dunmore (19): missing episodes, found in a
# cuckooed flat at 17 Gannet Court, Hollerby (Caddon Valley Constabulary) with class A drugs,
# an NRM referral, MACE panels, a charge and a referral order at Hollerby Youth Court, the
# stabbing of his friend Tayo Brightwell at Marlpit Rec, a move to his aunt Tracey Holm's at 9
# Ferrier Gardens, Ostwick QL9 3TA, and a school place at Ostwick Larkfield Academy.
# --------------------------------------------------------------------------------------------


def _corrigan() -> BlindCase:
    f = Family(
        "corrigan",
        823,
        {
            "pol": Sheet(
                POLICE,
                "LWP_IMR_Corrigan_J.xlsx",
                "Police chronology",
                (("2024-01-01", "DC 4410 P Sandhu (Exploitation Team)"),),
            ),
            "away": Sheet(
                POLICE_AWAY,
                "CaddonValley_Constabulary_Corrigan.xlsx",
                "Occurrences",
                (("2024-01-01", "PC 7781 R Gatley"), ("2024-06-01", "DS 512 H Mortlake")),
            ),
            "csc": Sheet(
                CSC,
                "Lathbridge_CSC_Corrigan_Jaylen.xlsx",
                "Chronology",
                (("2024-01-01", "Front Door"), ("2024-04-12", "Lorna Quayle SW")),
            ),
            "sch": Sheet(
                SCHOOL,
                "KestrelRise_safeguarding_Jaylen_Corrigan.xlsx",
                "Incidents",
                (("2024-01-01", "Mr T Inchbald (DSL)"),),
            ),
            "sch2": Sheet(
                SCHOOL,
                "Ostwick_Larkfield_Academy_safeguarding.docx",
                "Table 1",
                (("2024-12-01", "Ms R Fenwick-Deane (DSL)"),),
                typed=False,
            ),
            "yjs": Sheet(
                YJS,
                "Lathbridge_YJS_Corrigan.xlsx",
                "Contacts",
                (("2024-01-01", "Callum Strachan (YJ officer)"),),
            ),
            "rhi": Sheet(
                RHI,
                "Brightkite_RHI_Corrigan.xlsx",
                "Log",
                (("2024-01-01", "Bex Mallory (RHI worker)"),),
            ),
            "ed": Sheet(
                ED,
                "Lathbridge_Royal_Infirmary_ED.xlsx",
                "Attendances",
                (("2024-01-01", "ED / Dr S Padgett"),),
            ),
            "gp": Sheet(
                GP,
                "Quayside_FP_Corrigan.docx",
                "Table 1",
                (("2024-01-01", "Dr Nadia Fairholme"),),
                typed=False,
            ),
            "cst": Sheet(
                CONTEXTUAL,
                "Exploitation_Missing_Hub_MACE.xlsx",
                "Jaylen C",
                (("2024-01-01", "Aisha Bramwell (MACE co-ordinator)"),),
            ),
            "camhs": Sheet(
                CAMHS,
                "Lathbridge_CAMHS_Corrigan.xlsx",
                "Clinical notes",
                (("2024-01-01", "Owen Kettering (CAMHS practitioner)"),),
            ),
        },
    )

    # --- First signs, first missing episode, found in Hollerby -------------------------------
    f.occ(
        "2024-03-05",
        "school-car-gates",
        R(
            "sch",
            "Category: Exploitation (CCE) concern. Jaylen (Y10) seen by Mr Darby at 15:20 getting "
            "into a grey Audi with two older males at the top gate. New designer puffer jacket "
            "this week, phone constantly buzzing in lessons. Attendance 81% this half term. "
            "Action: DSL to ring mum, log for pastoral review.",
            "15:20",
            "CCE concern",
        ),
    )
    f.occ(
        "2024-04-08",
        "missing-1",
        R(
            "pol",
            "MISPER REPORT 2305 - JAYLEN CORRIGAN 15YRS - REPORTED BY MOTHER. LAST SEEN 1600 "
            "LEAVING HOME ADDRESS, PHONE OFF. NO PREVIOUS MISPER. RISK: MEDIUM (CCE "
            "INDICATORS PER SCHOOL). MISPER REF M24/0677.",
            "23:05",
            "MISSING PERSON",
            ref="M24/0677",
        ),
    )
    f.occ(
        "2024-04-10",
        "found-arrested-hollerby",
        R(
            "away",
            "Occurrence 24CV011872. Drugs warrant executed 06:10 at 17 Gannet Court, Hollerby "
            "(cuckooed address, occupier vulnerable adult). Male youth found hiding in bathroom, "
            "identified as Jaylen CORRIGAN (15), reported missing to Lathbridge & Weald. 22 "
            "wraps (suspected crack/heroin) and GBP 340 cash on his person, two phones. "
            "Arrested 06:22 PWITS Class A. Lathbridge MISPER team informed.",
            "06:10",
            "Arrest",
            ref="24CV011872",
        ),
        R(
            "pol",
            "UPDATE M24/0677: MISPER LOCATED 0610 BY CADDON VALLEY OFFICERS ON WARRANT AT 17 "
            "GANNET COURT HOLLERBY. ARRESTED PWITS CLASS A (CVC REF 24CV011872). IN CUSTODY "
            "HOLLERBY PIC. MOTHER INFORMED.",
            "06:40",
            "MISSING PERSON",
            ref="M24/0677",
        ),
    )
    f.occ(
        "2024-04-10",
        "dunmore-arrest-1",
        R(
            "away",
            "Occurrence 24CV011872 (2). Second arrest at 17 Gannet Court: Kyle DUNMORE (19, of "
            "Lathbridge) arrested 06:25 PWITS Class A and cuckooing-related offences; three "
            "phones seized incl. the 'Blaze' line handset.",
            "06:25",
            "Arrest",
            ref="24CV011872",
        ),
    )
    f.occ(
        "2024-04-10",
        "safe-and-well",
        R(
            "pol",
            "M24/0677: JAYLEN RUI FROM HOLLERBY PIC 1815, COLLECTED BY MOTHER. SAFE AND WELL "
            "CHECK AT HOME ADDRESS 2245 - TIRED, NO INJURIES, WOULD NOT DISCUSS. MISPER "
            "CLOSED. RHI REFERRAL TO FOLLOW.",
            "22:45",
            "MISSING PERSON",
            ref="M24/0677",
        ),
    )
    f.occ(
        "2024-04-11",
        "csc-police-notification",
        R(
            "csc",
            "Contact type: Police notification (missing and found). Jaylen (15) missing from "
            "08/04 to 10/04, found by Caddon Valley police in a drugs raid at a flat in Hollerby "
            "with class A drugs and cash, arrested, released under investigation to mother. "
            "Outcome: strong CCE indicators; MASH strategy discussion to be convened; NRM to be "
            "considered.",
            "10:05",
            "Contact",
        ),
    )
    f.occ(
        "2024-04-11",
        "rhi-referral",
        R(
            "pol",
            "M24/0677: RHI REFERRAL SENT TO BRIGHTKITE VIA SECURE EMAIL 1130.",
            "11:30",
            "MISSING PERSON",
            ref="M24/0677",
        ),
        R(
            "rhi",
            "Contact type: Referral received. Source: Lathbridge & Weald Police missing team "
            "(M24/0677). Outcome: allocated to BM, RHI to be offered within 72 hours of return; "
            "mum to be rung today.",
            "11:45",
            "Referral",
        ),
    )
    f.occ(
        "2024-04-15",
        "rhi-interview-1",
        R(
            "rhi",
            "Contact type: Return home interview (home, mum out of the room). Outcome: Jaylen "
            "engaged for 40 mins. Says he went 'to a mate's in Hollerby'; would not name "
            "anyone. Owes 'a bit of money' after 'losing a package'. Pull factors: money, "
            "status, older friends. Push: rows with mum. Safety plan and helpline card given.",
            "16:30",
            "Return home interview",
        ),
    )
    f.occ(
        "2024-04-15",
        "rhi-report-emailed",
        R(
            "rhi",
            "Contact type: Email. Outcome: RHI report emailed to Lathbridge CSC front door and "
            "police missing team - debt bondage risk highlighted.",
            "18:10",
            "Report sent",
        ),
        R(
            "csc",
            "RHI report received from Brightkite (Bex Mallory): Jaylen disclosed a debt after "
            "'losing a package'; refused to name adults. Added to file for tomorrow's strategy "
            "discussion.",
            "09:00",
            "Information received",
            shift="late",
        ),
    )
    f.occ(
        "2024-04-16",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (child exploitation), chair Nina Caddick TM. Present: L Quayle "
            "SW, DC Sandhu (Exploitation Team), T Inchbald DSL, A Bramwell (MACE co-ordinator). "
            "Jaylen found in a cuckooed flat with class A and cash; debt disclosed at RHI. "
            "Threshold for s47 met (criminal exploitation). Actions: NRM referral by SW; refer "
            "to MACE; safety plan with mum; police to intelligence-map associates.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT MTG 1400 (CSC CHAIR). CCE - COUNTY LINES 'BLAZE'. POLICE: CVC OCC "
            "24CV011872, ASSOCIATE DUNMORE K. ACTIONS: INTEL SUBMISSION, NRM SUPPORT, FLAG "
            "ADDRESS. S47 AGREED.",
            "14:00",
            "STRATEGY",
        ),
        R(
            "sch",
            "Category: Multi-agency meeting. Strategy meeting at 2pm (Teams) re Jaylen. DSL "
            "shared attendance, car sightings 05/03, new clothes/phones. Outcome: s47, NRM, "
            "MACE. School to do lunchtime check-ins and monitor lates.",
            "14:00",
            "Meeting",
        ),
        R(
            "cst",
            "Strategy discussion attended (Hub). Jaylen to be added to May MACE as a new "
            "referral; Gannet Court and the 'Blaze' line already known to the Hub.",
            "14:00",
            "Strategy discussion",
        ),
    )
    f.occ(
        "2024-04-18",
        "nrm-submitted",
        R(
            "csc",
            "NRM referral submitted online by SW as first responder (criminal exploitation, "
            "county lines). Jaylen and mum told what it means. Ref NRM/24/88214.",
            "15:20",
            "NRM",
            ref="NRM/24/88214",
        ),
    )
    f.occ(
        "2024-04-24",
        "nrm-rg",
        R(
            "csc",
            "Positive Reasonable Grounds decision received from the Single Competent Authority "
            "(NRM/24/88214). Shared with police OIC and Caddon Valley for the CPS file.",
            "12:30",
            "NRM",
            ref="NRM/24/88214",
        ),
    )

    # --- MACE and the CIN meeting on one day; second missing episode -------------------------
    f.occ(
        "2024-05-14",
        "mace-1",
        R(
            "cst",
            "MACE panel 14/05. Item 4: Jaylen C (15), new. Locations: Marlpit Rec, the "
            "Wellspring Rd shops, Hollerby (Gannet Ct). Peers: Tayo B (16), two others. Adult: "
            "K Dunmore. Actions: police disruption at the shops; youth outreach at Marlpit Rec "
            "Friday nights; school to share peer map; review in 3 months.",
            "10:00",
            "MACE",
            shift="month",
        ),
        R(
            "pol",
            "MACE 1000. JAYLEN C DISCUSSED. POLICE ACTIONS: HIGH VIS PATROLS WELLSPRING RD "
            "PARADE FRI/SAT, CAWN TO BE CONSIDERED FOR DUNMORE.",
            "10:00",
            "MACE",
        ),
        R(
            "sch",
            "Category: Multi-agency meeting. DSL attended MACE this morning. Peer group mapped "
            "(3 Kestrel Rise pupils). Our actions: separate timetables where possible, staff "
            "on the top gate at 3.15.",
            "10:00",
            "Meeting",
        ),
        R(
            "csc",
            "Multi-Agency Child Exploitation (MACE) meeting: Jaylen discussed with peer group and "
            "locations; outreach and police disruption agreed. SW to update the CIN plan.",
            "10:00",
            "MACE",
        ),
    )
    f.occ(
        "2024-05-14",
        "cin-meeting-1",
        R(
            "csc",
            "Child in Need meeting at Kestrel Rise, 15:30. Donna, Jaylen (left after 10 mins), "
            "SW, DSL. S47 concluded: CIN plan for exploitation. Curfew 9pm agreed with mum; "
            "Jaylen to see the Hub's youth worker weekly.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "sch",
            "Category: Meeting with parent/carer. CIN meeting in school after lessons (SW, mum, "
            "J briefly, DSL). Plan: curfew, youth worker, school check-ins continue.",
            "15:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-06-02",
        "missing-2",
        R(
            "pol",
            "MISPER REPORT 2310 - JAYLEN CORRIGAN - FAILED TO RETURN BY 2100 CURFEW, PHONE OFF. "
            "MOTHER REPORTING. RISK HIGH (CCE, PREV FOUND OOF AREA). REF M24/0981.",
            "23:10",
            "MISSING PERSON",
            ref="M24/0981",
        ),
    )
    f.occ(
        "2024-06-03",
        "returned-2",
        R(
            "pol",
            "M24/0981: JAYLEN RETURNED HOME 0840 OF OWN ACCORD. PRE-RETURN CHECK 0955 - "
            "STATES 'AT A MATE'S HOUSE', WOULD NOT SAY WHERE. NO INJURIES. RHI REFERRAL SENT.",
            "08:40",
            "MISSING PERSON",
            ref="M24/0981",
        ),
    )
    f.occ(
        "2024-06-05",
        "rhi-declined",
        R(
            "rhi",
            "Contact type: RHI attempt (home). Outcome: Jaylen declined - 'I told the police "
            "already'. Spoke to mum on the doorstep: he came back on Monday morning with a new "
            "phone. Info to SW.",
            "16:00",
            "Return home interview",
        ),
    )
    f.occ(
        "2024-06-18",
        "charged-pwits",
        R(
            "away",
            "Occurrence 24CV011872. Jaylen CORRIGAN answered RUI by appointment at Hollerby "
            "PIC with mother and appropriate adult. Charged: possession with intent to supply "
            "Class A (crack cocaine; diamorphine) x2. Bailed to Hollerby Youth Court 09/07/24.",
            "14:00",
            "Charge",
            ref="24CV011872",
        ),
        R(
            "csc",
            "Donna phoned: Jaylen was charged yesterday at Hollerby with two counts of "
            "possession with intent to supply, court on 9 July. SW has let YJS know and will "
            "send the positive RG decision to his solicitor for the s45 defence.",
            "10:20",
            "Phone call",
            shift="late",
        ),
    )
    f.occ(
        "2024-06-25",
        "ed-hand",
        R(
            "ed",
            "Triage 21:50. Jaylen C, 15M. PC: laceration L palm 'cut it on a broken bottle'. "
            "Attended with friend (16), no adult. Bleeding controlled. Pain 6/10. Cat 3.",
            "21:50",
            "Triage",
        ),
        R(
            "ed",
            "Dr Padgett: 4cm clean linear lac L palm, FDP/FDS intact, sensation intact. Story "
            "vague; mechanism more in keeping with grabbing a blade. Washout and 5 x 4-0 "
            "sutures. SG: 15yo, no adult, late at night, ?knife - ED youth worker spoke to him, "
            "declined support; mum rung and came.",
            "22:40",
            "Review",
        ),
        R(
            "ed",
            "D/C with mother 23:35. STR 10-14 days at GP practice nurse. Letters to GP and "
            "school nurse; SG referral to CSC front door.",
            "23:35",
            "Discharge",
        ),
    )
    f.occ(
        "2024-06-27",
        "ed-letter-gp",
        R(
            "gp",
            "ED discharge summary (Lathbridge Royal) re 25/06: L palm laceration, sutured; "
            "safeguarding concerns noted by ED. Task: PN for STR; flag to Dr Fairholme.",
        ),
    )
    f.occ(
        "2024-07-09",
        "court-1",
        R(
            "yjs",
            "Court: Hollerby Youth Court (first appearance). Pleas not entered - defence asked "
            "the CPS to review in light of positive RG (s45 MSA 2015). Adjourned to 10/09/24; "
            "unconditional bail. YJS court officer attended with J and mum.",
            "10:00",
            "Court",
        ),
        R(
            "csc",
            "Jaylen's first appearance at Hollerby Youth Court. SW not present (court officer "
            "reported back): case adjourned to 10 September while the CPS reviews the "
            "trafficking defence; unconditional bail.",
            "16:30",
            "Court",
        ),
    )
    f.occ(
        "2024-07-16",
        "cin-review-1",
        R(
            "csc",
            "CIN review at Kestrel Rise. Present: Donna, SW, DSL, Callum Strachan (YJS). "
            "Jaylen did not attend. Concerns: 2nd missing episode (02-03/06), hand injury ED "
            "25/06, new phones. Plan continues; summer: YJS activities, Hub youth worker.",
            "10:30",
            "CIN review",
        ),
        R(
            "sch",
            "Category: Multi-agency meeting. CIN review here with mum, SW and YJS officer. "
            "End of Y10: attendance 74%. Summer school place offered (declined).",
            "10:30",
            "Meeting",
            shift="-1",
        ),
        R(
            "yjs",
            "Intervention: CIN review (school). YJ officer attended - pre-court; offered "
            "voluntary summer programme (boxing, outdoor taster days). Mum keen, J non-committal.",
            "10:30",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-09-10",
        "court-2",
        R(
            "yjs",
            "Court: Hollerby Youth Court. CPS proceeded on one count only. J pleaded guilty to "
            "possession of Class A (reduced). First-time entry: REFERRAL ORDER 9 months. "
            "Forfeiture of cash/phones. Panel to be set up within 20 working days.",
            "10:00",
            "Court outcome",
        ),
        R(
            "away",
            "Occurrence 24CV011872 - court result: Hollerby Youth Court, Jaylen CORRIGAN, "
            "possession Class A, guilty plea, referral order 9 months. Forfeiture and "
            "destruction order. Second count not proceeded with.",
            "16:00",
            "Court result",
            ref="24CV011872",
        ),
        R(
            "csc",
            "YJS rang with the outcome from Hollerby Youth Court today: guilty plea to "
            "possession, 9-month referral order; the supply count was dropped.",
            "15:10",
            "Court",
            shift="+1",
        ),
    )
    f.occ(
        "2024-09-26",
        "yop-panel-1",
        R(
            "yjs",
            "Youth Offender Panel (initial) at YJS office: contract agreed - weekly YJS "
            "sessions, reparation 12 hrs, exploitation work (county lines awareness), ETE "
            "target, curfew with mum. Mum and SW present.",
            "16:00",
            "Referral order panel",
        ),
        R(
            "csc",
            "SW attended Jaylen's first referral order panel. Contract agreed with him: YJS "
            "weekly, reparation, exploitation work, school attendance.",
            "16:00",
            "Meeting",
        ),
    )

    # --- The stabbing at Marlpit Rec and after ------------------------------------------------
    f.occ(
        "2024-10-12",
        "stabbing",
        R(
            "pol",
            "INC 1644 12/10. STABBING MARLPIT REC. VICTIM TAYO BRIGHTWELL 16 - STAB WOUND L "
            "FLANK, CONVEYED LRI BY AMB. SUSPECTS X2 MALES ON FOOT. WITNESS REPORTS A 3RD "
            "YOUTH 'IN A GREY PUFFER' WITH VICTIM, RAN OFF. SCENE PRESERVED. DI ON CALL "
            "NOTIFIED. CRIME S18.",
            "19:40",
            "VIOLENCE",
            ref="INC1644-121024",
        ),
    )
    f.occ(
        "2024-10-13",
        "jaylen-arrest-s18",
        R(
            "pol",
            "ARREST 0630 58 WELLSPRING RD - JAYLEN CORRIGAN 15 - S18 WOUNDING (INC1644-121024). "
            "GREY PUFFER SEIZED. APPROPRIATE ADULT VIA EDT. INTERVIEWED - STATES HE WAS WITH "
            "VICTIM AND RAN. RELEASED ON BAIL 1845, CONDITIONS: NOT TO CONTACT DUNMORE, CURFEW "
            "2000-0700.",
            "06:30",
            "ARREST",
            ref="INC1644-121024",
        ),
        R(
            "csc",
            "EDT: Appropriate adult provided at Lathbridge custody for Jaylen, arrested this "
            "morning re the stabbing of his friend Tayo last night. He was tearful, said he "
            "tried to help Tayo. Bailed this evening with curfew and no contact with K Dunmore. "
            "Handover to SW.",
            "09:30",
            "EDT",
        ),
        R(
            "yjs",
            "Police custody notification: J arrested yesterday (Sun) for s18 wounding of a "
            "peer at Marlpit Rec; bailed with curfew/non-contact. Referral order - manager "
            "informed; risk of serious harm screening to be reviewed.",
            "09:10",
            "Information received",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-13",
        "dunmore-arrest-s18",
        R(
            "pol",
            "ARREST 1120 - KYLE DUNMORE 19 - S18 WOUNDING (INC1644-121024). LOCATED AT "
            "GIRLFRIEND'S ADDRESS, ORCHARD TERRACE. KNIFE RECOVERED FROM DRAIN NEARBY. "
            "REMANDED IN CUSTODY FOR FURTHER ENQUIRIES.",
            "11:20",
            "ARREST",
            ref="INC1644-121024",
        ),
    )
    f.occ(
        "2024-10-15",
        "strategy-2",
        R(
            "csc",
            "Strategy discussion following the stabbing, chair N Caddick. Present: SW, DC "
            "Sandhu, C Strachan YJS, T Inchbald DSL. Jaylen a witness and a suspect; credible "
            "threat of retaliation from Tayo's associates. Agreed: s47; urgent relocation to be "
            "explored with family (aunt in Ostwick); Osman warning considered by police.",
            "09:30",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT MTG 0930 RE INC1644-121024. J CORRIGAN ON BAIL (S18). INTEL: THREATS TO J "
            "ON SOCIAL MEDIA. THREAT TO LIFE ASSESSMENT TO BE COMPLETED BY DI. S47 AGREED.",
            "09:30",
            "STRATEGY",
        ),
        R(
            "yjs",
            "Intervention: strategy meeting (virtual). YJS view: referral order compliance good "
            "until now; supports relocation; will move sessions to a neutral venue.",
            "09:30",
            "Multi-agency meeting",
        ),
        R(
            "sch",
            "Category: Multi-agency meeting. Strategy meeting re Jaylen after Sat night's "
            "stabbing (Tayo is a Kestrel Rise ex-pupil). J not to attend this week - work "
            "sent home. Staff briefed about threats.",
            "09:30",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-17",
        "osman-visit",
        R(
            "pol",
            "THREAT TO LIFE (OSMAN) WARNING DELIVERED 1120 BY DC SANDHU AT HOME ADDRESS TO "
            "JAYLEN AND MOTHER. SAFETY ADVICE, PANIC ALARM FITTED.",
            "11:20",
            "OSMAN",
        ),
    )
    f.occ(
        "2024-10-17",
        "joint-visit-sw-yjs",
        R(
            "csc",
            "Joint home visit with Callum (YJS) at 4pm. Jaylen shaken after this morning's "
            "police warning. Discussed moving to Auntie Tracey's in Ostwick and a school there; "
            "Jaylen 'will think about it'. Donna in favour.",
            "16:00",
            "Joint visit",
        ),
        R(
            "yjs",
            "Home visit jointly with the SW. J open today - 'I didn't stab anyone, I tried to "
            "stop the bleeding'. Relocation options discussed. Reparation paused.",
            "16:00",
            "Home visit",
        ),
    )
    f.occ(
        "2024-10-22",
        "mace-2",
        R(
            "cst",
            "MACE panel 22/10. Item 2: Marlpit Rec (location) after the s18 on 12/10; item 3: "
            "Jaylen C (review). Threat to life warning given 17/10. Actions: lighting and CCTV "
            "request to parks; detached youth work moved to Fridays; relocation supported.",
            "10:00",
            "MACE",
        ),
        R(
            "pol",
            "MACE 1000: MARLPIT REC + CORRIGAN J REVIEW. DUNMORE K REMANDED. POLICE TO "
            "SUPPORT RELOCATION, INTEL FLAG ON OSTWICK ADDRESS.",
            "10:00",
            "MACE",
        ),
        R(
            "yjs",
            "Intervention: MACE (Jaylen reviewed, location Marlpit Rec). YJS to consider "
            "transfer of the referral order supervision if he moves to Ostwick.",
            "10:00",
            "Multi-agency meeting",
        ),
        R(
            "sch",
            "Category: Multi-agency meeting. DSL at MACE: peer group update, two other Y10s "
            "linked to Marlpit Rec. Managed move/out of area place discussed for J.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-10-24",
        "camhs-referral",
        R(
            "gp",
            "Jaylen - seen with mum. S: not sleeping since friend stabbed 12/10, flashbacks, "
            "jumpy, cannabis to sleep. No SH, no SI. O: tired, good rapport. A: ?acute stress "
            "reaction / PTSD. P: referral to CAMHS sent today; sleep hygiene; cannabis advice.",
        ),
        R(
            "camhs",
            "Referral received from GP (Dr Fairholme): trauma symptoms after witnessing a "
            "stabbing, cannabis use, known CCE. Triage: routine+ ; Choice appointment to be "
            "offered.",
            "11:00",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-05",
        "camhs-choice",
        R(
            "camhs",
            "Choice appointment, Jaylen with mum. He talked about Tayo - 'there was so much "
            "blood'. Nightmares 4-5 nights a week. Agreed trauma-focused CBT when settled after "
            "the planned move; risk low.",
            "15:30",
            "Assessment",
        ),
    )
    f.occ(
        "2024-11-20",
        "nfa-jaylen",
        R(
            "pol",
            "INC1644-121024: JAYLEN CORRIGAN - NFA AS SUSPECT (CCTV SHOWS HIM ATTEMPTING FIRST "
            "AID). BAIL CANCELLED. NOW SIGNIFICANT WITNESS.",
            "12:00",
            "CRIME UPDATE",
            ref="INC1644-121024",
        ),
        R(
            "yjs",
            "OIC confirmed J is NFA for the s18 (CCTV) and is now a witness; bail conditions "
            "cancelled. Informed mum and SW.",
            "14:30",
            "Information received",
        ),
    )
    f.occ(
        "2024-11-20",
        "dunmore-charge",
        R(
            "pol",
            "INC1644-121024: KYLE DUNMORE CHARGED S18 WOUNDING WITH INTENT AND POSSESSION OF A "
            "BLADED ARTICLE. REMANDED, LATHBRIDGE MAGS 21/11.",
            "17:20",
            "CHARGE",
            ref="INC1644-121024",
        ),
    )
    f.occ(
        "2024-12-03",
        "professionals-relocation",
        R(
            "csc",
            "Professionals' meeting (relocation), 13:00 Teams. SW, TM, DSL, YJS, Ostwick "
            "admissions officer. Agreed: Jaylen to live with maternal aunt Tracey Holm, 9 Ferrier "
            "Gardens, Ostwick, from the new year (family arrangement); in-year admission to "
            "Ostwick Larkfield Academy for January; YJS supervision stays with Lathbridge.",
            "13:00",
            "Professionals meeting",
            shift="swap",
        ),
        R(
            "sch",
            "Category: Multi-agency meeting. Prof meeting re move. Kestrel Rise will send the "
            "CTF and safeguarding file to Ostwick Larkfield by secure transfer; DSL to DSL "
            "handover call to be booked.",
            "13:00",
            "Meeting",
        ),
        R(
            "yjs",
            "Intervention: professionals' meeting (relocation). YJS keeps the order; sessions "
            "in Ostwick library from January.",
            "13:00",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2024-12-10",
        "dsl-handover-call",
        R(
            "sch",
            "Category: Transfer. DSL-DSL handover call with Ms Fenwick-Deane (Ostwick Larkfield) "
            "10am. History shared incl. CCE, MACE, threat to life warning. File transferred "
            "securely.",
            "10:00",
            "Transfer",
        ),
        R(
            "sch2",
            "Handover phone call from Tom Inchbald, DSL at Kestrel Rise, about Jaylen Corrigan "
            "starting with us in January. Child exploitation history, a referral order, a threat "
            "to life warning in October. Their file is coming over securely.",
        ),
    )

    # --- The move to Ostwick ------------------------------------------------------------------
    f.occ(
        "2025-01-05",
        "move-to-aunt",
        R(
            "csc",
            "Donna rang: Jaylen moved to his aunt Tracey Holm's, 9 Ferrier Gardens, Ostwick QL9 "
            "3TA, yesterday afternoon, with his things. Family arrangement as agreed.",
            "09:40",
            "Change of address",
            shift="late",
        ),
        R(
            "yjs",
            "Change of address: J now living with maternal aunt, 9 Ferrier Gardens, Ostwick, "
            "since Sunday (5th). AssetPlus updated.",
            "10:15",
            "Change of circumstances",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-07",
        "school-move",
        R(
            "sch2",
            "Jaylen started with us today (Y11), brought by his aunt. Met me and his head of "
            "year. Reduced timetable for week 1. Seemed quiet but polite.",
        ),
        R(
            "sch",
            "Category: Transfer. Jaylen removed from roll today - started at Ostwick Larkfield "
            "Academy. CTF sent. Safeguarding file closed.",
            "12:00",
            "Off roll",
        ),
        R(
            "csc",
            "Jaylen started at Ostwick Larkfield Academy today; aunt took him in. SW rang the "
            "DSL there to introduce herself.",
            "15:00",
            "Education",
        ),
    )
    f.occ(
        "2025-01-20",
        "gp-deduction",
        R(
            "gp",
            "Deduction notice received: Jaylen registered with Ostwick Health Centre. Records "
            "to be transferred via GP2GP. Safeguarding summary flagged.",
        ),
    )
    f.occ(
        "2025-02-14",
        "missing-3",
        R(
            "pol",
            "MISPER REPORT 2130 - JAYLEN CORRIGAN 16 - MISSING FROM AUNT'S ADDRESS 9 FERRIER "
            "GARDENS OSTWICK SINCE 1700. PHONE OFF. OSMAN HISTORY. RISK HIGH. REF M25/0219.",
            "21:30",
            "MISSING PERSON",
            ref="M25/0219",
        ),
    )
    f.occ(
        "2025-02-15",
        "found-hollerby-station",
        R(
            "away",
            "Occurrence 25CV002143. Youth stopped 14:20 at Hollerby railway station by patrol, "
            "identified as Jaylen CORRIGAN (16), missing from Ostwick (L&W ref M25/0219). "
            "Searched - nil found. Said he came 'to see a girl'. Held safe at station, handed to "
            "L&W officers 17:05.",
            "14:20",
            "Missing person found",
            ref="25CV002143",
        ),
        R(
            "pol",
            "M25/0219: LOCATED 1420 HOLLERBY RAILWAY STATION BY CADDON VALLEY PATROL, NIL "
            "FOUND ON SEARCH. COLLECTED BY L&W UNIT AND RETURNED TO AUNT 1930.",
            "14:20",
            "MISSING PERSON",
            ref="M25/0219",
        ),
    )
    f.occ(
        "2025-02-17",
        "rhi-3",
        R(
            "rhi",
            "Contact type: Return home interview (aunt's, Ostwick). Outcome: J says he met a "
            "girl from Hollerby online and went to see her; denies any 'work'. Said he 'hasn't "
            "been asked' to run since Kyle was remanded. Advice re online grooming.",
            "13:00",
            "Return home interview",
        ),
    )
    f.occ(
        "2025-02-19",
        "mace-3",
        R(
            "cst",
            "MACE panel 19/02 (half term). Item 5: Jaylen C - review after missing to Hollerby "
            "14-15/02. Actions: Caddon Valley to check the Hollerby contact; online safety work "
            "by YJS; stays on MACE list.",
            "10:00",
            "MACE",
        ),
        R(
            "pol",
            "MACE 1000 - CORRIGAN J. MISPER M25/0219 DISCUSSED. REQUEST TO CVC RE HOLLERBY "
            "FEMALE CONTACT.",
            "10:00",
            "MACE",
        ),
        R(
            "csc",
            "MACE: Jaylen reviewed following last week's missing episode to Hollerby; remains "
            "on the MACE list; online safety work agreed.",
            "10:00",
            "MACE",
        ),
    )
    f.occ(
        "2025-03-11",
        "dsl-call-yjs",
        R(
            "sch2",
            "Rang Callum Strachan (YJS) at lunchtime: Jaylen had two phones in his bag today, "
            "one an old Nokia. He said the Nokia is 'for his nan'. Callum will raise it at "
            "Thursday's session.",
        ),
        R(
            "yjs",
            "Call from Ostwick Larkfield DSL 12:40: J found with a second phone (basic Nokia). "
            "Will address at Thursday's session; shared with SW and police.",
            "12:40",
            "Telephone",
        ),
    )
    f.occ(
        "2025-04-29",
        "cin-review-2",
        R(
            "csc",
            "CIN review at Ostwick Larkfield. Present: Tracey, Donna (video), SW, DSL, YJS. "
            "Attendance 93% since January; no missing since February; mocks done. Plan: step "
            "down to Early Help in Ostwick after GCSEs if stable.",
            "14:00",
            "CIN review",
        ),
        R(
            "sch2",
            "CIN review held here 2pm (SW, YJS, aunt, mum on video). Very positive about "
            "Jaylen's attendance and effort. Plan: post-16 college application support.",
        ),
        R(
            "yjs",
            "Intervention: CIN review. Referral order nearly complete; progress report to "
            "final panel in June.",
            "14:00",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-05-13",
        "nrm-cg",
        R(
            "csc",
            "Positive Conclusive Grounds decision received (NRM/24/88214): Jaylen recognised as a "
            "victim of modern slavery (criminal exploitation). Letter shared with Jaylen and "
            "aunt.",
            "11:45",
            "NRM",
            ref="NRM/24/88214",
        ),
    )
    f.occ(
        "2025-06-10",
        "final-panel",
        R(
            "yjs",
            "Youth Offender Panel (final): referral order completed successfully; conviction "
            "now spent. Panel praised reparation and school attendance. Case closed to YJS.",
            "16:00",
            "Referral order panel",
        ),
        R(
            "csc",
            "SW at Jaylen's final referral order panel: order completed, YJS closing. Jaylen "
            "proud; college interview next week.",
            "16:00",
            "Meeting",
        ),
    )
    f.occ(
        "2024-09-18",
        "pol-typed-twice",
        R(
            "pol",
            "INTEL SUB 24/33102 - CORRIGAN J SEEN WITH DUNMORE K IN GREY AUDI, WELLSPRING RD "
            "PARADE 1930. VEH INDEX PARTIAL. SUBMITTED BY PCSO 8812.",
            "19:30",
            "INTELLIGENCE",
        ),
        R(
            "pol",
            "INTEL SUB 24/33102 - CORRIGAN J SEEN WITH DUNMORE K IN GREY AUDI WELLSPRING RD "
            "PARADE 1930. VEH INDEX PARTIAL. SUBMITTED PCSO 8812.",
            "19:30",
            "INTELLIGENCE",
        ),
    )
    f.occ(
        "2025-03-26",
        "sch2-typed-twice",
        R(
            "sch2",
            "Jaylen late (09:35) - said the bus didn't come. Aunt confirmed by phone. No other "
            "concerns, good in English.",
        ),
        R(
            "sch2",
            "Jaylen late (9.35) - said the bus didn't come. Aunt confirmed by phone. No other "
            "concerns. Good in English.",
        ),
    )

    # --- Routine single entries ---------------------------------------------------------------
    f.fill(
        "csc",
        "2024-04-19",
        "2024-12-20",
        [
            ("Home visit", "CIN visit: Jaylen seen alone in his room, guarded but polite."),
            ("Home visit", "CIN visit: J out; mum seen, curfew kept most nights this week."),
            ("Supervision", "Supervision: exploitation risk remains high; plan reviewed."),
            ("Direct work", "Direct work with Jaylen: 'county lines' video and debt myths."),
        ],
    )
    f.fill(
        "csc",
        "2025-01-13",
        "2025-06-30",
        [("Home visit", "Visit to aunt's home in Ostwick, J seen, settled, room tidy.")],
    )
    f.fill(
        "sch",
        "2024-01-08",
        "2024-12-18",
        [
            ("Attendance", "Jaylen absent, no call from home. First day calling done."),
            ("Behaviour", "Jaylen removed from Science for phone use; phone to office."),
            ("Pastoral", "Lunchtime check-in with Mr Inchbald; J says 'all good'."),
            ("Attendance", "Jaylen late 10:20. Said he overslept."),
        ],
    )
    f.fill(
        "sch2",
        "2025-01-08",
        "2025-02-28",
        [("", "Check-in with Jaylen at break - settling, has joined football club.")],
        timed=False,
    )
    f.fill(
        "sch2",
        "2025-03-01",
        "2025-07-18",
        [("", "Jaylen's aunt rang re revision sessions; passed to head of year.")],
        timed=False,
    )
    f.fill(
        "yjs",
        "2024-09-27",
        "2024-12-20",
        [
            ("Supervision session", "Weekly session: consequential thinking work. Engaged."),
            ("Reparation", "Reparation: 3 hrs at the community garden, on time."),
            ("Missed appointment", "DNA session. Rang J - overslept; rebooked. Warning."),
        ],
    )
    f.fill(
        "yjs",
        "2025-01-13",
        "2025-06-05",
        [
            ("Supervision session", "Session: county lines awareness module 2. Good insight."),
            ("Supervision session", "Session at Ostwick library. Online safety work."),
        ],
    )
    f.fill(
        "rhi",
        "2024-04-20",
        "2025-03-31",
        [("Follow-up", "Contact type: Follow-up call to mum. Outcome: no new missing.")],
    )
    f.fill(
        "camhs",
        "2025-01-13",
        "2025-02-28",
        [("Treatment", "TF-CBT session 1: psychoeducation, grounding techniques.")],
    )
    f.fill(
        "camhs",
        "2025-03-01",
        "2025-06-30",
        [
            ("DNA", "Jaylen not brought / did not attend. Aunt rang later, rebooked."),
            ("Treatment", "TF-CBT session: trauma narrative begun. Nightmares less often."),
        ],
    )
    f.fill(
        "gp",
        "2024-07-02",
        "2024-07-08",
        [("", "Jaylen - PN: removal of sutures L palm, wound healed well.")],
        timed=False,
    )
    f.fill(
        "cst",
        "2024-05-20",
        "2025-03-31",
        [
            ("Outreach", "Detached youth work Marlpit Rec: 6 young people there, J not seen."),
            ("Information", "Peer map updated after police intel on the 'Blaze' line."),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Vale-Stott family, Ambercleve. Courtney Vale (b. 14/11/2005), a care leaver with a
# personal adviser, lives with her partner Ryan Stott (b. 03/06/1999) and their son Riley Stott
# (b. 22/08/2023) at Flat 3, 41 Hemlock Street, Ambercleve QB4 7WS; Riley at Sandpiper Day
# Nursery; registered at Ambercleve Riverside Surgery. Ryan uses cannabis daily and drinks.
# Pre-birth assessment and a child in need plan; Ellis Stott born 14/05/2025 at Ambercleve
# General Hospital; on the night of 2-3 July 2025, at seven weeks, Ellis dies after co-sleeping
# on the sofa with his father, who had used cannabis and alcohol: ambulance and police, the
# emergency department, the father's arrest, the joint agency response, the coroner, and a
# strategy discussion and child protection conference for Riley.
# --------------------------------------------------------------------------------------------


def _vale_stott() -> BlindCase:
    f = Family(
        "vale-stott",
        837,
        {
            "mw": Sheet(
                MW,
                "AGH_Maternity_Vale_C.xlsx",
                "Maternity record",
                (("2024-01-01", "Gemma Rudd RM"), ("2025-05-14", "Postnatal team")),
            ),
            "lc": Sheet(
                LEAVING_CARE,
                "CareLeavers_PA_notes_CVale.docx",
                "Table 1",
                (("2024-01-01", "Jade Penhallow (PA)"),),
                typed=False,
            ),
            "csc": Sheet(
                CSC,
                "Ambercleve_CSC_Stott_children.xlsx",
                "Case notes",
                (("2024-01-01", "Front Door"), ("2024-11-01", "Sam Okwuosa SW")),
            ),
            "hv": Sheet(
                HV,
                "Ambercleve_HV_Stott.xlsx",
                "HV contacts",
                (("2024-01-01", "Rachel Imrie HV"),),
            ),
            "gp": Sheet(
                GP,
                "Riverside_Surgery_Stott_Vale.docx",
                "Table 1",
                (("2024-01-01", "Dr Leila Hartigan"),),
                typed=False,
            ),
            "nur": Sheet(
                NURSERY,
                "Sandpiper_Nursery_Riley.xlsx",
                "Safeguarding log",
                (("2024-01-01", "Kay Lomax (Manager/DSL)"),),
            ),
            "sub": Sheet(
                SUBSTANCE,
                "RecoveryHub_Ryan_Stott.xlsx",
                "Contacts",
                (("2024-01-01", "Liam Garside (recovery worker)"),),
            ),
            "amb": Sheet(
                AMBULANCE,
                "AmbulanceTrust_Stott_E.csv",
                "",
                (("2024-01-01", "Clinical Safeguarding Team"),),
                typed=False,
            ),
            "ed": Sheet(
                ED,
                "AGH_ED_Ellis_Stott.xlsx",
                "ED record",
                (("2024-01-01", "ED / Dr P Marwood"),),
            ),
            "pol": Sheet(
                POLICE,
                "Police_IMR_Stott.xlsx",
                "Chronology",
                (("2024-01-01", "DS 3120 A Whitcombe (CAIT)"),),
            ),
            "cdr": Sheet(
                CDR,
                "SUDIC_JAR_Ellis_Stott.xlsx",
                "JAR log",
                (("2024-01-01", "Dr Helen Sturridge (SUDIC paediatrician)"),),
            ),
            "cor": Sheet(
                CORONER,
                "Coroners_Officer_Stott.docx",
                "Table 1",
                (("2024-01-01", "Neil Baddeley (Coroner's Officer)"),),
                typed=False,
            ),
        },
    )

    # --- Pre-birth: booking, referral, assessment, child in need -----------------------------
    f.occ(
        "2024-10-22",
        "booking",
        R(
            "mw",
            "Booking appt (community, Hemlock St). G2 P1, LMP 13/08/24, EDD 20/05/25. Age 18. "
            "SH: care leaver (LAC 11-18 yrs), PA from leaving care team. Partner Ryan 25, daily "
            "cannabis 'to sleep', drinks weekends. Smoker 10/day (CO 14ppm). Riley 14/12 at "
            "nursery. Safe sleep discussed early given Riley co-slept. Plan: SG referral to "
            "CSC; MW-led care with SG MW oversight.",
            "11:00",
            "Antenatal booking",
        ),
    )
    f.occ(
        "2024-10-24",
        "mw-referral",
        R(
            "mw",
            "Safeguarding referral to Ambercleve Children's Services front door submitted online "
            "(pre-birth): young care-leaver mother, partner's daily cannabis and alcohol, "
            "previous co-sleeping with Riley. Courtney aware and agrees.",
            "14:30",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Contact type: Professional (health - midwifery). Online referral from Gemma Rudd "
            "RM re unborn baby (EDD 20/05/25) of Courtney Vale (18, care leaver) and Ryan Stott: "
            "father's cannabis and alcohol use, co-sleeping with Riley. Consent given. Outcome: "
            "to MASH.",
            "15:05",
            "Contact",
        ),
    )
    f.occ(
        "2024-10-25",
        "mash-decision",
        R(
            "csc",
            "MASH outcome: checks - police (Ryan: possession cannabis 2021 caution, nil DA), "
            "health (Riley up to date, HV universal), leaving care (PA involved, good "
            "relationship). Decision: pre-birth Child and Family Assessment, allocate to "
            "Family Safeguarding Team.",
            "12:15",
            "MASH outcome",
        ),
    )
    f.occ(
        "2024-10-30",
        "pa-visit-1",
        R(
            "lc",
            "Visited Courtney at the flat. She told me the midwife has referred to children's "
            "services and she is scared they will 'take the baby' because of her own care "
            "history. I explained what a pre-birth assessment is. Pathway plan updated - "
            "housing, money (UC + SSP), and she wants to finish her level 2 childcare.",
        ),
    )
    f.occ(
        "2024-11-06",
        "joint-visit-sw-pa",
        R(
            "csc",
            "First pre-birth assessment visit, jointly with Jade Penhallow (PA). Courtney and "
            "Ryan both present. Flat small but clean, Riley's cot in the bedroom. Ryan open "
            "about smoking cannabis 'most nights' and 6-8 cans at weekends; denies using around "
            "Riley. Agreed he will self-refer to the Recovery Hub. Courtney spoke about her "
            "mum's drinking and going into care at 11.",
            "10:30",
            "Joint visit",
        ),
        R(
            "lc",
            "Joint visit with Sam (SW) for the pre-birth assessment. Went OK - Courtney let "
            "Ryan do most of the talking. Afterwards she told me she wants me at every meeting.",
        ),
    )
    f.occ(
        "2024-11-20",
        "self-referral",
        R(
            "sub",
            "Contact type: Self-referral (telephone). Outcome: Ryan Stott, 25, cannabis daily "
            "(approx GBP 60/wk), alcohol weekends (AUDIT-C 8). Partner pregnant, SW involved. "
            "Assessment booked 03/12.",
            "13:20",
            "Self-referral",
        ),
    )
    f.occ(
        "2024-12-03",
        "sub-assessment",
        R(
            "sub",
            "Contact type: Comprehensive assessment. Outcome: cannabis use disorder, moderate; "
            "alcohol binge pattern. Goals: cut to weekends, no use in the home once baby born. "
            "Consent to share with SW given. Allocated to LG.",
            "10:00",
            "Assessment",
        ),
    )
    f.occ(
        "2024-12-05",
        "nursery-pickup-concern",
        R(
            "nur",
            "Riley collected 16:45 by dad. Strong smell of cannabis on dad and in the buggy "
            "footmuff; dad's eyes glazed, slow. Riley had moderate nappy rash at nappy change "
            "earlier (13:10). Manager spoke to dad - he said he'd 'had one earlier'. Logged; "
            "will ring SW in the morning.",
            "16:45",
            "Concern",
        ),
    )
    f.occ(
        "2024-12-06",
        "nursery-call-sw",
        R(
            "nur",
            "Rang SW Sam Okwuosa 09:15 re yesterday's collection by dad. SW will discuss with "
            "parents today and asked that mum does pick-ups for now.",
            "09:15",
            "Contact with other agency",
        ),
        R(
            "csc",
            "Call from Kay Lomax, Sandpiper Nursery: on the 5th Ryan collected Riley smelling "
            "strongly of cannabis and appearing under the influence. SW to raise with parents; "
            "Courtney to do pick-ups in the interim.",
            "09:15",
            "Telephone",
        ),
    )
    f.occ(
        "2025-01-21",
        "cin-meeting-1",
        R(
            "csc",
            "Pre-birth assessment concluded (signed off 14/01): unborn and Riley to be supported "
            "as Children in Need. First CIN meeting at the Family Hub: Courtney, Ryan, SW, PA, "
            "MW, nursery manager. Plan: Ryan to engage with Recovery Hub and test (voluntary); "
            "safe sleep plan for baby (Moses basket, no sofa sleeping); PA support with "
            "tenancy; nursery to share attendance.",
            "13:30",
            "CIN meeting",
        ),
        R(
            "lc",
            "CIN meeting at the Family Hub - I went with Courtney as she asked. Plan agreed, "
            "baby to be on a CIN plan not CP. Courtney relieved, cried after.",
            shift="month",
        ),
        R(
            "mw",
            "MDT: attended CIN meeting (Family Hub). Birth plan: no alerts on the unit, CIN. "
            "Safe sleep and ICON (coping with crying) to be repeated at 36 weeks and on the "
            "postnatal ward.",
            "13:30",
            "Multi-agency meeting",
        ),
        R(
            "nur",
            "Manager attended the CIN meeting for Riley and the new baby. Our actions: share "
            "attendance monthly, mum to collect, record anyone else collecting.",
            "13:30",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-02-11",
        "hv-antenatal",
        R(
            "hv",
            "Contact type: Antenatal contact (home, 28/40). Outcome: Courtney seen alone "
            "(Ryan at work). Mood screen (Whooley) negative. Feeding: plans to bottle feed. "
            "Safe sleep and smoke-free home discussed; Moses basket given by charity.",
            "10:00",
            "Antenatal contact",
        ),
    )
    f.occ(
        "2025-02-11",
        "pa-visit-feb",
        R(
            "lc",
            "Dropped round in the afternoon with the Setting Up Home grant forms. Courtney said "
            "the health visitor came this morning. Ryan home, sleepy, smell of weed in the "
            "hallway - mentioned it to him, he laughed it off.",
        ),
    )
    f.occ(
        "2025-03-18",
        "cin-review-1",
        R(
            "csc",
            "CIN review: Ryan's Recovery Hub worker reports engagement (5 of 6 sessions), "
            "self-reported use down to 3 nights/week. PA concern about cannabis smell in the "
            "flat on 11/02. Nursery: Riley's attendance 88%. Plan continues.",
            "14:00",
            "CIN review",
        ),
        R(
            "hv",
            "Contact type: CIN review. Outcome: attended; HV to do NBV jointly aware of CIN; "
            "safe sleep to be reinforced at every contact.",
            kind="Multi-agency meeting",
        ),
        R(
            "sub",
            "Contact type: Multi-agency meeting (CIN review). Outcome: LG attended, reported "
            "Ryan's engagement and reduction. Ryan asked me not to mention the weekend drinking.",
            "14:00",
            "Partnership meeting",
        ),
    )
    f.occ(
        "2025-04-15",
        "mw-36-weeks",
        R(
            "mw",
            "36/40 appt. FH 36cm, ceph, FM+. BP 112/70. Safe sleep re-discussed with both "
            "parents - Ryan said 'Riley slept on me every night and he's fine'. Advised re "
            "sofa-sharing and sleeping with baby after drink or drugs. Leaflets given.",
            "15:00",
            "Antenatal",
        ),
    )

    # --- Birth and the first six weeks ---------------------------------------------------------
    f.occ(
        "2025-05-14",
        "birth",
        R(
            "mw",
            "SVD 04:37 at 39+2, Ambercleve General Delivery Suite. Live male, 3.21kg, Apgars "
            "9/10. Named Ellis. Ryan present. Bottle feeding. CIN alert noted; SG MW informed.",
            "04:37",
            "Birth",
        ),
        R(
            "lc",
            "Courtney texted me at 7ish: baby Ellis born this morning, 7lb 1oz, 'all good'. "
            "Will visit when she is home.",
        ),
        R(
            "csc",
            "Birth notified: Ellis Stott born yesterday 14/05/25 at Ambercleve General, well. "
            "Record created; added to CIN plan.",
            "09:30",
            "Birth",
            shift="late",
        ),
    )
    f.occ(
        "2025-05-15",
        "postnatal-discharge",
        R(
            "mw",
            "Postnatal ward: mother and baby discharged home 15:20. NIPE normal. Safe sleep "
            "and ICON discussed again; Courtney says Moses basket set up in bedroom. Community "
            "MW visit tomorrow.",
            "15:20",
            "Discharge",
        ),
        R(
            "csc",
            "Ward confirmed Courtney and Ellis discharged home to Hemlock Street this "
            "afternoon. SW to visit within the week.",
            "16:10",
            "Discharge",
        ),
    )
    f.occ(
        "2025-05-18",
        "mw-day-5",
        R(
            "mw",
            "Day 5 home visit (community MW): heel prick done, weight 3.04kg (-5.3%), feeding "
            "well 90ml 3-hrly. Moses basket in bedroom, seen. Ryan asleep upstairs at 11am.",
            "11:00",
            "Postnatal",
        ),
    )
    f.occ(
        "2025-05-20",
        "gp-registration",
        R(
            "gp",
            "New patient registration: Ellis Stott, DOB 14/05/2025, of Flat 3, 41 Hemlock St. "
            "Linked to mother's and Riley's records. CIN flag added.",
        ),
        R(
            "hv",
            "Contact type: Administrative. Outcome: Ellis registered with Ambercleve Riverside "
            "Surgery today; NBV booked 27/05.",
            kind="Admin",
        ),
    )
    f.occ(
        "2025-05-27",
        "hv-new-birth-visit",
        R(
            "hv",
            "Contact type: New birth visit (day 13). Outcome: Ellis 3.35kg (regained birth "
            "weight). Both parents present; Ryan asleep on sofa on arrival, faint cannabis "
            "odour. Sleep: Moses basket by bed, but Courtney admits Ellis 'sometimes ends up "
            "on Ryan's chest' on the sofa at night feeds. Safe sleep and sofa risk discussed "
            "at length, Little Lanterns safe sleep leaflet. EPDS 8.",
            "10:00",
            "New birth visit",
        ),
    )
    f.occ(
        "2025-05-27",
        "sw-visit-after-nbv",
        R(
            "csc",
            "CIN home visit, 3pm. Ellis seen asleep in the Moses basket. Riley back from "
            "nursery. Ryan says he hasn't smoked since the birth; SW noted a smell of "
            "cannabis on the balcony. Discussed the HV's safe sleep advice from this morning.",
            "15:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-06-10",
        "mw-transfer-hv",
        R(
            "mw",
            "Discharged from midwifery care (day 27). Transfer of care letter to HV sent: "
            "bottle feeding, weight gain good; CIN; safe sleep concern - reported sofa "
            "sharing at night feeds.",
            "12:00",
            "Transfer of care",
        ),
        R(
            "hv",
            "Contact type: Transfer of care received from midwifery. Outcome: noted sofa "
            "sharing concern; to re-address at next contact and at CIN review.",
            kind="Correspondence",
        ),
    )
    f.occ(
        "2025-06-17",
        "cin-review-2",
        R(
            "csc",
            "CIN review (post-birth) at home. Courtney, Ryan, SW, HV, PA. Ellis thriving. Safe "
            "sleep plan reviewed and signed by both parents: Ellis always in Moses basket, "
            "never on sofa, never with an adult who has drunk or used. Ryan's Recovery Hub "
            "engagement has dropped (missed last 2).",
            "11:00",
            "CIN review",
        ),
        R(
            "hv",
            "Contact type: CIN review (home). Outcome: attended; written safe sleep plan "
            "agreed and signed by parents.",
            kind="Multi-agency meeting",
        ),
        R(
            "lc",
            "CIN review at the flat. Good meeting, lots of praise for Courtney. Ryan promised "
            "to get back to the Hub. Next review in 3 months.",
        ),
    )
    f.occ(
        "2025-06-25",
        "gp-six-week-baby",
        R(
            "gp",
            "Ellis Stott - 6/52 baby check. O: wt 4.62kg, OFC 38cm, hips stable, testes "
            "descended, red reflex present bilat, heart sounds normal, no murmur. A: normal "
            "check. P: imms at 8/52 booked.",
        ),
    )
    f.occ(
        "2025-06-25",
        "gp-six-week-mother",
        R(
            "gp",
            "Courtney Vale - postnatal check. S: tired, 'Ellis is a good baby', sleeping OK. "
            "Mood OK, PHQ-2 neg. Contraception: implant requested. O: BP 108/68. A: normal PN "
            "check. P: implant appt; safe sleep reinforced as per HV/CIN plan.",
        ),
    )

    # --- The death of Ellis, 3 July 2025 -----------------------------------------------------
    f.occ(
        "2025-07-03",
        "callout",
        R(
            "amb",
            "CAD 2507-0581 Cat 1 - 05:51. 7/52 infant not breathing, found by father on sofa. "
            "Call handler CPR instructions. On scene 05:58 with police. Asystole, cold "
            "peripheries, PLS. ALS in progress, IO access, adrenaline x2. Conveyed AGH Resus, "
            "pre-alert 06:04. Father smelling of alcohol and cannabis; mother and 1 other child "
            "on scene.",
            "05:51",
        ),
        R(
            "pol",
            "INC 0207 03/07. SUDI - 7 WEEK OLD MALE NOT BREATHING, FLAT 3 41 HEMLOCK ST. UNITS "
            "ON SCENE 0558 WITH AMB. FATHER STATES FELL ASLEEP ON SOFA WITH BABY ON CHEST AFTER "
            "NIGHT FEED. FATHER SMELLS OF CANNABIS/INTOXICANTS. EMPTY CANS AND CANNABIS "
            "PARAPHERNALIA IN LOUNGE. SCENE SECURED. DS ON CALL NOTIFIED.",
            "05:58",
            "SUDDEN DEATH / SUDI",
            ref="INC0207-030725",
        ),
    )
    f.occ(
        "2025-07-03",
        "ed-death",
        R(
            "ed",
            "06:12 Resus. 7/52 M, Ellis Stott, OOHCA, prolonged downtime. CPR ongoing, asystole "
            "throughout. Temp 34.1. Adrenaline x3 further. Paeds reg + consultant present.",
            "06:12",
            "Resuscitation",
        ),
        R(
            "ed",
            "06:41 Resuscitation stopped, life pronounced extinct (Dr Marwood). Parents told in "
            "relatives room with police present. SUDIC protocol started, Dr Sturridge on call. "
            "Coroner's officer to be informed by police. Memory box offered.",
            "06:41",
            "Death",
        ),
        R(
            "pol",
            "INC0207-030725 UPDATE: LIFE PRONOUNCED EXTINCT 0641 AGH RESUS BY ED CONSULTANT. DS "
            "3120 WHITCOMBE PRESENT IN ED. SUDIC PAEDIATRICIAN ON SCENE.",
            "06:41",
            "SUDDEN DEATH / SUDI",
            ref="INC0207-030725",
        ),
        R(
            "cdr",
            "JAR activated. Ellis Stott (7/52) pronounced dead in AGH ED at 06:41 after "
            "prolonged resuscitation. Attended ED 06:50: examination with DS Whitcombe, no "
            "external injury seen; history from parents; SUDIC bloods and swabs taken with "
            "consent.",
            "06:50",
            "JAR",
        ),
    )
    f.occ(
        "2025-07-03",
        "edt-notified",
        R(
            "csc",
            "EDT: Police (DS Whitcombe) rang 07:20: Ellis (7 weeks, CIN) brought into AGH in "
            "cardiac arrest after co-sleeping on the sofa with father, has died. Riley (22/12) "
            "is with mother's friend. Strategy discussion to be held today by day team.",
            "07:20",
            "Police notification",
        ),
    )
    f.occ(
        "2025-07-03",
        "coroner-informed",
        R(
            "pol",
            "INC0207-030725: CORONER'S OFFICER (N BADDELEY) INFORMED BY PHONE 0815 BY DS "
            "WHITCOMBE.",
            "08:15",
            "SUDDEN DEATH / SUDI",
            ref="INC0207-030725",
        ),
        R(
            "cor",
            "Death reported to me by DS Whitcombe by phone at 08:15: Ellis Stott, 7 weeks, "
            "unexpected infant death after sofa co-sleeping with father, who may have been "
            "intoxicated. Coroner informed, post-mortem by paediatric pathologist to be "
            "arranged. Body to the mortuary at AGH.",
        ),
    )
    f.occ(
        "2025-07-03",
        "cdr-calls-hv",
        R(
            "cdr",
            "Phoned HV (Rachel Imrie) 09:10 to inform of Ellis's death and request HV records "
            "for the JAR; HV to attend strategy discussion for Riley.",
            "09:10",
            "JAR",
        ),
        R(
            "hv",
            "Contact type: Telephone (from Dr Sturridge, SUDIC). Outcome: informed Ellis died "
            "this morning at AGH after co-sleeping with father on sofa. Records shared for JAR. "
            "HV team lead informed; SI process started.",
            "09:10",
            "Telephone",
        ),
    )
    f.occ(
        "2025-07-03",
        "father-arrest",
        R(
            "pol",
            "ARREST 1040 AGH - RYAN STOTT (03/06/99) - S1 CYPA 1933 (NEGLECT, OVERLAYING "
            "WHILST INTOXICATED). OBTAINED BLOOD SAMPLE WITH CONSENT. INTERVIEWED. RELEASED "
            "ON BAIL 2130: NOT TO RESIDE AT HEMLOCK ST, NO UNSUPERVISED CONTACT WITH RILEY.",
            "10:40",
            "ARREST",
            ref="INC0207-030725",
        ),
        R(
            "csc",
            "Ryan arrested at the hospital mid-morning on suspicion of child neglect (s1 "
            "CYPA), bailed at 21:30: not to live at the flat, no unsupervised contact with "
            "Riley. He will stay at his mother's.",
            "21:45",
            "Police",
        ),
    )
    f.occ(
        "2025-07-03",
        "jar-home-visit",
        R(
            "pol",
            "JOINT AGENCY HOME VISIT 1330 WITH DR STURRIDGE (SUDIC). SOFA AND SLEEP AREA "
            "PHOTOGRAPHED. MOSES BASKET IN BEDROOM - UNUSED, BAGS IN IT. 6 EMPTY LAGER CANS, "
            "CANNABIS GRINDER. MOTHER PRESENT.",
            "13:30",
            "SUDDEN DEATH / SUDI",
            ref="INC0207-030725",
        ),
        R(
            "cdr",
            "Joint home visit with police (DS Whitcombe) 13:30. Doll re-enactment declined by "
            "father (in custody); mother described finding Ellis face down on Ryan's chest at "
            "05:45, sofa cushions. Moses basket in bedroom used for storage. Room temp 24C.",
            "13:30",
            "JAR",
        ),
    )
    f.occ(
        "2025-07-03",
        "strategy-riley",
        R(
            "csc",
            "Strategy discussion (Teams) 15:00 re Riley following the death of his brother "
            "Ellis. Present: TM Paula Greaves (chair), SW, DS Whitcombe, R Imrie HV, K Lomax "
            "(nursery). Threshold for s47 met (neglect - safe sleep plan breached, father "
            "intoxicated). Riley to stay with Courtney at friend's address; father's bail "
            "conditions support safety plan. ICPC to be convened.",
            "15:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISC 1500 RE SIBLING RILEY STOTT (22 MTHS). S47 JOINT - POLICE LEAD ON "
            "CRIMINAL INVESTIGATION, CSC SINGLE AGENCY ASSESSMENT RE RILEY. BAIL CONDITIONS "
            "SHARED.",
            "15:00",
            "STRATEGY",
        ),
        R(
            "hv",
            "Contact type: Strategy discussion (re Riley). Outcome: HV shared safe sleep "
            "advice given at NBV 27/05 and at CIN review 17/06 (written plan signed). s47 "
            "agreed.",
            kind="Multi-agency meeting",
        ),
        R(
            "nur",
            "Manager joined a strategy meeting on Teams about Riley - baby brother Ellis died "
            "this morning. Riley not in today. Nursery to share attendance, and any "
            "disclosures or changes in Riley.",
            "15:00",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-07-04",
        "pa-visit-after-death",
        R(
            "lc",
            "Went to see Courtney at her friend Leah's. She hasn't slept. She said she woke at "
            "quarter to six and Ellis was on Ryan's chest on the sofa, 'he was cold'. She "
            "blames herself for going up to bed. Gave her the bereavement charity number; "
            "will come daily this week.",
        ),
    )
    f.occ(
        "2025-07-04",
        "gp-death-notice",
        R(
            "gp",
            "Notification from AGH / SUDIC team: Ellis Stott died 03/07/2025 (unexpected "
            "infant death, JAR in progress). Records marked deceased. Dr Hartigan to phone "
            "Courtney; GP summary requested for the JAR meeting.",
        ),
    )
    f.occ(
        "2025-07-07",
        "post-mortem",
        R(
            "cor",
            "Post-mortem by the paediatric pathologist at the regional centre today, DS "
            "Whitcombe attended. Initial cause of death: unascertained pending toxicology, "
            "histology and skeletal survey report.",
        ),
        R(
            "pol",
            "INC0207-030725: PM ATTENDED BY DS WHITCOMBE. NO INJURIES. CAUSE PENDING "
            "(TOX/HISTO). FATHER'S BLOOD RESULT AWAITED.",
            "14:00",
            "SUDDEN DEATH / SUDI",
            ref="INC0207-030725",
            shift="+2",
        ),
    )
    f.occ(
        "2025-07-08",
        "jar-meeting",
        R(
            "cdr",
            "Joint Agency Response meeting (rapid response), AGH seminar room 10:00. Chair Dr "
            "Sturridge. Present: DS Whitcombe, SW Sam Okwuosa, HV R Imrie, Dr Hartigan (GP), N "
            "Baddeley (Coroner's Officer). Chronology of agency contact, safe sleep advice "
            "history, circumstances of death reviewed. Modifiable factors: sofa sharing, "
            "parental intoxication, smoking. Actions: CDOP notification; Little Lanterns Trust "
            "support to family.",
            "10:00",
            "JAR meeting",
        ),
        R(
            "pol",
            "JAR MEETING 1000 AGH (SUDIC CHAIR). POLICE UPDATE: FATHER ON BAIL S1 CYPA, "
            "TOXICOLOGY AWAITED. INVESTIGATION CONTINUES.",
            "10:00",
            "JAR",
        ),
        R(
            "csc",
            "SW attended the JAR (rapid response) meeting at the hospital. Shared CIN history "
            "and the signed safe sleep plan of 17/06. S47 for Riley progressing; ICPC on "
            "24/07.",
            "10:00",
            "Multi-agency meeting",
        ),
        R(
            "hv",
            "Contact type: Joint agency response meeting. Outcome: HV attended and presented "
            "HV chronology: AN contact 11/02, NBV 27/05, CIN 17/06 - safe sleep advice at each.",
            kind="Multi-agency meeting",
        ),
        R(
            "gp",
            "Attended child death rapid response meeting at AGH for Ellis. Notes below as "
            "received from the SUDIC team: 'JAR meeting 08/07: circumstances reviewed; sofa "
            "sharing with an intoxicated parent; CDOP notified; family support via Little Lanterns "
            "Trust; GP to offer Courtney bereavement review.'",
            shift="swap",
        ),
    )
    f.occ(
        "2025-07-15",
        "inquest-opened",
        R(
            "cor",
            "Inquest opened and adjourned this morning by HM Senior Coroner. Identity and date "
            "of death confirmed; cause of death pending. Interim death certificate issued to "
            "Courtney.",
        ),
        R(
            "pol",
            "INC0207-030725: INQUEST OPENED AND ADJOURNED, AMBERCLEVE CORONER'S COURT. DS "
            "WHITCOMBE ATTENDED.",
            "10:00",
            "SUDDEN DEATH / SUDI",
            ref="INC0207-030725",
        ),
        R(
            "cdr",
            "Inquest opened and adjourned (coroner's officer informed me). CDOP form B requests "
            "sent to agencies.",
            "15:30",
            "JAR",
            shift="-1",
        ),
    )
    f.occ(
        "2025-07-24",
        "icpc-riley",
        R(
            "csc",
            "ICPC for Riley, chair Oona Fairfax (IRO). Present: Courtney (with PA), SW, HV, "
            "nursery, DS Whitcombe. Ryan excluded under bail/legal advice, written views. "
            "Decision: Riley subject to a CP plan, category neglect. Core group within 10 "
            "working days.",
            "10:00",
            "ICPC",
        ),
        R(
            "hv",
            "Contact type: Initial CP conference (Riley). Outcome: CP plan - neglect. HV to do "
            "4-weekly visits and bereavement support signposting.",
            kind="Safeguarding",
        ),
        R(
            "nur",
            "Manager attended Riley's child protection conference. CP plan (neglect). Nursery "
            "actions: 5 days a week funded place, key person to monitor, share attendance "
            "weekly.",
            "10:00",
            "CP conference",
        ),
        R(
            "pol",
            "ICPC RILEY STOTT ATTENDED DS 3120. CP PLAN CAT NEGLECT. POLICE INVESTIGATION "
            "ONGOING - FATHER ON BAIL.",
            "10:00",
            "CONF",
            shift="+1",
        ),
        R(
            "lc",
            "Went with Courtney to Riley's child protection conference. Riley is on a plan now. "
            "Courtney held it together and spoke up for herself - proud of her.",
        ),
    )
    f.occ(
        "2025-08-05",
        "core-group-riley",
        R(
            "csc",
            "First core group for Riley at the Family Hub: Courtney, SW, HV, nursery key "
            "person. Courtney and Riley moving to a new flat via the care leavers' housing "
            "protocol; Ryan's contact supervised by paternal grandmother.",
            "13:00",
            "Core group",
        ),
        R(
            "hv",
            "Contact type: Core group. Outcome: attended; Riley's 2 year review due next "
            "month - to do early.",
            kind="Multi-agency meeting",
        ),
        R(
            "nur",
            "Core group - key person attended. Riley settled, attendance 100% since the "
            "conference.",
            "13:00",
            "Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-10-14",
        "cdr-meeting",
        R(
            "cdr",
            "Child Death Review Meeting (local) for Ellis Stott. Cause of death (pathology): "
            "unascertained, in keeping with SUDI; sofa co-sleeping with intoxicated adult. "
            "Learning for CDOP: safe sleep messages to fathers; cannabis and co-sleeping.",
            "14:00",
            "CDR meeting",
        ),
        R(
            "gp",
            "CDRM for Ellis attended (Dr Hartigan). GP learning: father not registered with us "
            "- no GP contact with him about safe sleep or cannabis.",
        ),
        R(
            "hv",
            "Contact type: Child death review meeting. Outcome: HV attended; learning: consider "
            "a specific conversation with fathers at NBV when not present.",
            kind="Multi-agency meeting",
        ),
    )
    f.occ(
        "2025-01-08",
        "nursery-typed-twice",
        R(
            "nur",
            "Riley brought in by mum, happy. Mum says Riley is having a new brother or sister "
            "in May - has started talking about 'baby'. Key person informed.",
            "08:20",
            "Information",
        ),
        R(
            "nur",
            "Riley brought in by mum, happy. Mum says Riley is having a new brother or sister in "
            "May, has started talking about 'baby'. Key person informed.",
            "08:20",
            "Information",
        ),
    )

    # --- Routine single entries ---------------------------------------------------------------
    f.fill(
        "mw",
        "2024-11-28",
        "2024-12-12",
        [("Antenatal", "16/40 appt. BP 110/68, urine NAD. Results: bloods normal.")],
    )
    f.fill(
        "mw",
        "2025-02-20",
        "2025-03-05",
        [("Antenatal", "28/40 appt. FH 28cm, FM+, anti-D n/a. CO 9ppm - smoking less.")],
    )
    f.fill(
        "mw",
        "2025-03-24",
        "2025-04-04",
        [("Antenatal", "32/40 appt. FH 32cm, ceph. Birth plan started.")],
    )
    f.fill(
        "mw",
        "2025-05-28",
        "2025-06-08",
        [("Postnatal", "Postnatal visit: mother well, perineum healing, mood OK.")],
    )
    f.fill(
        "lc",
        "2024-11-07",
        "2025-06-30",
        [
            ("", "Phoned Courtney re her pathway plan review - rebooked, she was at nursery."),
            ("", "Took Courtney to the Jobcentre for her UC appointment."),
            ("", "Pathway plan review at the office. Housing and money stable."),
        ],
        timed=False,
    )
    f.fill(
        "csc",
        "2024-11-07",
        "2025-01-13",
        [
            ("Home visit", "Pre-birth assessment session: Courtney's own childhood (genogram)."),
            ("Home visit", "Pre-birth assessment session with Ryan: substance use and plans."),
            ("Supervision", "Supervision: CIN appropriate; father's use the main risk."),
        ],
    )
    f.fill(
        "csc",
        "2025-01-22",
        "2025-05-09",
        [("Home visit", "CIN visit: Riley seen; flat tidy; baby items ready.")],
    )
    f.fill(
        "csc",
        "2025-07-09",
        "2025-09-30",
        [("Home visit", "CP visit to Courtney and Riley: Riley seen, playing; grief support.")],
    )
    f.fill(
        "sub",
        "2024-12-10",
        "2025-06-30",
        [
            ("Key work", "Key work session: cannabis diary, triggers (sleep, boredom)."),
            ("DNA", "DNA. Text sent. Rebooked."),
            ("Key work", "Key work: urine screen positive THC, lower level. Alcohol 4 cans Sat."),
            ("DNA", "DNA again. Rang - 'working'. Rebooked for evening clinic."),
        ],
    )
    f.fill(
        "nur",
        "2024-09-10",
        "2025-07-18",
        [
            ("Attendance", "Riley absent, no call. Rang mum at 10am - 'he's got a cold'."),
            ("Accident", "Riley bumped head on climbing frame, cold compress, mum told."),
            ("Attendance", "Riley collected by maternal aunt Nicola - on password list."),
        ],
    )
    f.fill(
        "hv",
        "2024-10-01",
        "2025-01-31",
        [("Review", "Contact type: Riley's 1 year review (late). Outcome: development on track.")],
    )
    f.fill(
        "hv",
        "2025-05-28",
        "2025-06-30",
        [("Clinic", "Contact type: Clinic. Outcome: Ellis weighed 4.1kg (50th-75th). Well.")],
    )
    f.fill(
        "gp",
        "2024-10-01",
        "2024-11-30",
        [("", "Courtney - pregnancy: nausea; prescribed cyclizine. Smoking cessation offered.")],
        timed=False,
    )
    f.fill(
        "gp",
        "2024-12-01",
        "2025-04-30",
        [("", "Riley - URTI, viral, advice.")],
        timed=False,
    )
    f.fill(
        "hv",
        "2025-07-09",
        "2025-10-31",
        [("Home visit", "Contact type: Home visit (CP). Outcome: Riley seen; Courtney low.")],
    )
    f.fill(
        "hv",
        "2025-08-11",
        "2025-08-29",
        [("Review", "Contact type: Riley's 2 year review. Outcome: ASQ talking slightly low.")],
    )
    f.fill(
        "lc",
        "2025-07-17",
        "2025-07-31",
        [("", "Phoned Courtney - funeral date fixed, the council will help with costs.")],
        timed=False,
    )
    f.fill(
        "lc",
        "2025-08-07",
        "2025-10-31",
        [("", "Helped Courtney pack for the move; she keeps Ellis's blanket with her.")],
        timed=False,
    )
    f.fill(
        "nur",
        "2025-09-03",
        "2025-10-31",
        [("Wellbeing", "Riley quieter this week, asked key person for 'baby'. Mum told.")],
    )
    f.fill(
        "sub",
        "2025-07-09",
        "2025-10-31",
        [("Key work", "Key work: Ryan tearful, using daily again since Ellis died. Crisis plan.")],
    )
    f.fill(
        "cor",
        "2025-08-01",
        "2025-10-10",
        [("", "Toxicology and histology reports received from the pathologist; sent to police.")],
        timed=False,
    )
    f.fill(
        "gp",
        "2025-07-16",
        "2025-10-31",
        [("", "Courtney - bereavement review. Low mood, not sleeping; counselling referral.")],
        timed=False,
    )
    return f.case()


def blind_dedup_cases_8() -> list[BlindCase]:
    """The eighth blind set's cases, in a fixed order."""
    return [_marchbank(), _corrigan(), _vale_stott()]


if __name__ == "__main__":
    summary(blind_dedup_cases_8)
