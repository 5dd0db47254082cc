"""An eighth set of blind labelled cases for judging duplicate detection.

Wholly fictional families of 105-130 chronology rows each from ten to twelve services (sheets)
over twelve to twenty months, unlike each other and unlike the earlier blind sets' families:
three children of 2, 6 and 9 neglected in a hoarded, unheated rented house by a father with
depression (missed health appointments, environmental health and a disrepair case against the
landlord, a hoarding panel, a fire service home safety visit, child protection plans, two
nights running in the emergency department with croup, a house fire, a stay with the paternal
grandmother, the father's arrest, temporary accommodation and a new tenancy).

Written blind: composed from the domain brief, the `Event` schema, the shared case kit and the
head of the seventh blind set (its docstring, imports and agency constants, read for the format
and the labelling rules; none of its families, wordings or places reused), without reading the
duplicate rules, their settings, the linkage model, any result or any other labelled set's
families, and without running the merge on these cases. Kept apart from tuning: measure on them
blind first.

The services write very differently: terse capital-letter police logs with incident numbers and
codes; long social care narrative in the third person; "Contact type: ... Outcome: ..."
templates (health visiting, mental health, the return home interview service); GP problem
headings with "S: O: A: P:"; a school's safeguarding log with a category and actions, one row
per child; hospital notes in clinical shorthand (PC, Hx, O/E, obs, Imp, Plan, D/C, SG team
aware); fire and ambulance returns written from incident logs; first-person notes by individual
workers (an environmental health officer, a personal adviser, a coroner's officer); a service
that pastes another's minute word for word under its own preface; dates written inside the text
("seen on the 4th", "last Tues"); some returns with times and some without; some returns with
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
- Look-alikes kept apart: a strategy discussion in the morning and a hoarding panel in the
  afternoon, with social care at both; a social worker's visit and a health visitor's visit on
  one day; a joint home safety visit and the environmental health officer's own revisit that
  afternoon; two police call-outs to one house on one day (a loose dog, then the children home
  alone); a police incident and social care's receipt of the notification the next morning; a
  clinic's missed appointment and its letter to the GP; a contact and the MASH decision on it;
  police and GP reports sent before the initial conference and the conference; the school's
  report before the review conference and the conference; the GP's receipt of the conference
  outcome letter; an initial conference row whose day and month are swapped (reading as two
  days before the review conference); emergency department attendances on consecutive nights,
  the ambulance call-out before the second, and the health visitor's notice of them; the house
  fire call-out, the emergency department attendance that followed, the out-of-hours call to
  social care and the fire investigation the next day; the strategy discussion after the fire
  and the father's arrest the next day.

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
            "General 19/10 and 20/10 (croup, ambulance 2nd time). Phoned father - Alfie well; "
            "inhaler technique n/a. Informed SW.",
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
            "Contact details updated on SIMS.",
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
            "yesterday, address changed on SIMS. Children excited. Dad will walk them in.",
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


def blind_dedup_cases_8() -> list[BlindCase]:
    """The eighth blind set's cases, in a fixed order."""
    return [_marchbank()]


if __name__ == "__main__":
    summary(blind_dedup_cases_8)
