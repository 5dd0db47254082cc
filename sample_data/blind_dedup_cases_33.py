"""The thirty-third set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 113-128 chronology rows from eleven or twelve services
(one sheet each) over fifteen to seventeen months, unlike each other and unlike the earlier
blind sets' families: a mother's disclosure, through her nine-year-old daughter at school, of
domestic abuse by the father, a serving police officer (the neighbouring force investigates at
his own force's request; the LADO and his force's professional standards department; the
children's accounts at school and an ABE interview; a non-molestation order made without notice
and continued on notice; a MARAC; restriction, arrest, a breach at the school gate with his
brother's arrest the same evening, suspension, charge, guilty plea, sentence and dismissal; a
move to a housing association flat; his application for child arrangements through to a final
hearing); a profoundly deaf nine-year-old in a family who use British Sign Language (assessments
through booked interpreters and one visit without, chronic neglect, untreated dental decay, a
general anaesthetic list cancelled because fasting instructions were only in written English and
the extractions three weeks later, poor attendance and an attendance contract, a teacher of the
deaf, a Deaf adults' social worker, child in need, then a child protection plan, then a step down
to child in need; the grandmother's death; a move to a school with a hearing resource base); a
four-year-old scalded in the bath and not brought for treatment for two days (a GP's telephone
triage and consultation, the emergency department, the regional burns unit, skin grafts, an
account that changes three times, a child protection medical, two strategy discussions, both
carers arrested and interviewed on one morning, a legal gateway, interim care orders, discharge
from the burns ward straight to foster carers and the baby sister with her grandmother,
looked-after reviews, the partner charged and the mother not, a fact-finding hearing, final
orders). Written blind: composed from the domain brief (`DOMAIN.md`), the `Event` schema, the
shared kit (`dedup_case_kit.py`), the seventh blind set's first 175 lines (its docstring,
agency constants and how a family is declared) and the fourteenth set's labelling rules and
closing lines, without reading the duplicate rules, their settings, the linkage model, any
result, test or other labelled set, and without running the merge on these cases. None of the
seventh set's families, wordings or places are reused. Kept apart from tuning: measure on them
blind first.

The services write very differently: capital-letter police logs with incident, crime and
professional standards reference numbers; social care narrative with an event type and outcome;
"Contact type: ... Outcome: ..." templates (school nursing, health visiting); GP "S: O: A: P:"
notes and untyped GP letters; a primary school's CPOMS-style log with categories and the
designated safeguarding lead writing in the first person; first-person notes by an IDVA, a
teacher of the deaf, a Deaf adults' social worker and a supervising social worker for foster
carers; an interpreting bureau's booking log ("Assignment completed: ..."); an emergency
department in clinical shorthand writing one attendance as triage, review and transfer rows; a
day surgery unit writing one day case as admission and discharge rows; court-facing notes by
Cafcass, the local authority's solicitors and the IRO; a housing options log; a MARAC
coordinator's terse case list; minutes pasted into another service's return; typos ("recieved",
"controll", "sweling") and abbreviations (strat, S47, CIN, CG, ICPC, RCPC, CLA/LAC, FHDRA, DRA,
CMH, IRH, NMO, POT, ABE, IHA, XLA, STSG, WNB).

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
- Decision for this set: an order made at a hearing is part of that hearing's occurrence (the
  non-molestation order made without notice, its continuation on notice, the interim care
  orders, the final child arrangements, care and special guardianship orders), including a
  police entry loading the order onto the national computer the next day; serving the order on
  the respondent later is a separate occurrence, as is the later hearing that continues it.
- Decision for this set: a step in a police officer's case (restriction, arrest, suspension,
  charge, first appearance, guilty plea, sentence, dismissal at a misconduct hearing) noted by
  the investigating force, the officer's professional standards department, the LADO, the IDVA
  or Cafcass is one occurrence per step when the notes name the same specifics, even when a
  note says "last night" and carries the next day's date; a social worker's note that "father
  was arrested this morning" records the arrest. The LADO's outcome letter and its receipt are
  one occurrence, separate from the misconduct hearing.
- Decision for this set: an interpreting bureau's "assignment completed" row for a visit,
  meeting or appointment records that visit, meeting or appointment (the interpreter was there,
  as in a joint visit); its "client did not attend" row records the missed appointment the
  dental service logged as "was not brought". A booking request and the bureau's receipt of it
  are the two ends of one request; the bureau's notice that a booking could not be covered is
  its own occurrence, and the visit made the next day without an interpreter is another. An
  interpreter booking with no other record (the father's own appointments) is routine noise.
- Decision for this set: a school's note that a child is out of school for a pre-arranged
  police interview or for a day-case operation records that interview or operation (a life
  event noted by the school the same day); a school's absence for a funeral is not the death.
- Decision for this set: a day surgery unit that writes one day case as admission and
  theatre/discharge rows records ONE occurrence (as the emergency department rule); a general
  anaesthetic list cancelled on the day and the list three weeks later are two; a referral to
  the list and its receipt are one.
- Decision for this set: a child protection medical done on the burns ward is one occurrence
  whether the paediatrician, the burns unit or the social worker (noting the paediatrician's
  verbal opinion that day) records it; the ward's safeguarding email sent before the second
  strategy meeting is not the meeting; the mother's changed account to a night nurse is not the
  police interview two days later.
- Decision for this set: a ward discharge straight into a foster placement is one occurrence
  when the burns unit, social care and the fostering service record it; the discharge summary
  sent to the GP that afternoon (and received two days later) is its own occurrence, a letter.
- Decision for this set: a MASH decision that says information will be shared and the health
  visitor's record of the MASH email that shared it are two occurrences (a letter is its own
  occurrence, as a conference outcome letter is); a police call-out and the PPN's receipt by
  social care the next morning are two.
- Decision for this set: the return to nursery after the injury, written by the nursery and (a
  day early) by the foster carer, and a child's start at a new school written by the teacher of
  the deaf, social care and (a day late) the education welfare service, are one occurrence each;
  the last day at the old school or nursery is another.
- Look-alikes kept apart: a disclosure in class and the DSL's call to MASH the same morning;
  the call to MASH and MASH's call back that afternoon; the MASH decision and the MASH manager's
  call to professional standards and professional standards' email to the neighbouring force
  (three occurrences on one day); a GP's email of records before a strategy discussion and the
  discussion; a joint visit at school and a joint home visit the same day; the officer's
  arrest at custody and the LADO referral the same day; the non-molestation order made and its
  service the next day; a CIN meeting and the school nurse's session with the child before it;
  a child's disclosure at breakfast club, the school's call to the social worker, and the
  social worker's email to the officer in the case the next day; Cafcass's safeguarding calls
  to the mother and to the father on consecutive days; the school-gate incident (the school's
  999 call and the police log), the father's arrest that evening and his brother's arrest
  twenty minutes later; a family court hearing and the CIN review that afternoon; two
  separate visits to the deaf child's school by the teacher of the deaf and the school nurse on
  one day; a GP consultation and the GP's dental referral the same day; a dental assessment and
  the dental service's referral for a general anaesthetic the same morning; the school's call
  about a cold, hungry child and the social worker's unannounced visit that afternoon; a
  strategy discussion and the teacher of the deaf's communication assessment the same day; a
  GP report sent before a conference and the conference; an RCPC and the core group straight
  after it; a dental review and an audiology review the same day; a GP's telephone triage, the
  consultation, the GP's call to MASH, the emergency department attendance, the strategy
  discussion, the burns unit admission and the social worker's visit to the baby sister, all on
  one day; the mother's and her partner's arrests fifteen minutes apart, and their two
  interviews; the CPS decisions on the partner (charged) and the mother (no further action)
  on one morning; the health visitor's and the social worker's separate visits to the baby at
  her grandmother's; a discharge planning meeting and supervised family time on the ward the
  same day; the discharge and the discharge summary letter.

Everything is invented: people, workers, schools, surgeries, hospitals, wards, towns, courts,
police forces, interpreting bureaux, addresses, postcodes and reference numbers. Deterministic:
one fixed seed per case (it only places the routine entries and picks their times), no set or
hash ordering.

    python sample_data/blind_dedup_cases_33.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
PSD = "Police Professional Standards"
LADO = "LADO"
CSC = "Children's Social Care"
SCHOOL = "School"
GP = "GP"
DA_SERVICE = "Domestic Abuse Service"
CAFCASS = "Cafcass"
SCHOOL_NURSE = "School Nursing"
HOUSING = "Housing"
MARAC = "MARAC Coordinator"
DEAF_SERVICE = "Sensory Support Service"
DENTAL = "Community Dental Service"
AUDIOLOGY = "Paediatric Audiology"
EWO = "Education Welfare Service"
INTERPRETING = "Interpreting Service"
DAY_SURGERY = "Day Surgery Unit"
ADULT_DEAF = "Deaf Adult Community Team"
ED = "Emergency Department"
BURNS = "Regional Burns Unit"
NURSERY = "Nursery"
HV = "Health Visiting"
PAEDS = "Community Paediatrics"
LEGAL = "Local Authority Legal Services"
FOSTERING = "Fostering Service"
IRO = "Independent Reviewing Service"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, NURSERY, SCHOOL_NURSE, EWO, DEAF_SERVICE)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Penhallow family, Westmarch. Isla (b. 22/06/2014) and Finn (b. 03/02/2018)
# Penhallow live with their mother Rhiannon Penhallow (b. 1989) and, until March 2024, their
# father Daniel "Dan" Penhallow (b. 1986), PC 4471 of Westmarch Police, at 27 Quillet Road,
# Westmarch Hythe WH4 6PD; registered at Tollgate Surgery; both children at Harbury Fields
# Primary. Isla's disclosure at school, an independent investigation by the neighbouring
# Calderholme Constabulary, the LADO and Westmarch professional standards, a non-molestation
# order, a MARAC, the father's restriction, arrest, suspension, charge, guilty plea and
# dismissal, his uncle's arrest, a move to a housing association flat, and the father's
# application for child arrangements heard in the family court.
# --------------------------------------------------------------------------------------------


def _penhallow() -> BlindCase:
    f = Family(
        "penhallow",
        3301,
        {
            "cal": Sheet(
                POLICE,
                "Calderholme_Constabulary_IMR_Penhallow.xlsx",
                "Chronology",
                (("2024-03-01", "DC 3380 FENWICK"), ("2024-11-01", "DC 2950 ASHBY")),
            ),
            "psd": Sheet(
                PSD,
                "Westmarch_Police_PSD_return.xlsx",
                "PSD log",
                (("2024-03-01", "DI R Oakes"),),
            ),
            "lado": Sheet(
                LADO,
                "Westmarch_LADO_chronology.xlsx",
                "LADO",
                (("2024-03-01", "Marion Petch (LADO)"),),
                typed=False,
            ),
            "csc": Sheet(
                CSC,
                "Westmarch_CSC_chronology_Penhallow.xlsx",
                "Chronology",
                (
                    ("2024-03-01", "Leanne Cotterill (MASH SW)"),
                    ("2024-03-13", "Tomi Adeyemi (SW)"),
                ),
            ),
            "sch": Sheet(
                SCHOOL,
                "Harbury_Fields_Primary_safeguarding_log.xlsx",
                "Log",
                (("2024-03-01", "G Okafor (DSL)"),),
            ),
            "gp": Sheet(
                GP,
                "Tollgate_Surgery_chronology.docx",
                "Table 1",
                (("2024-03-01", "Dr P Sandhu"),),
                typed=False,
            ),
            "idva": Sheet(
                DA_SERVICE,
                "Hearthstone_DA_service_case_notes.xlsx",
                "Case notes",
                (("2024-03-01", "Kerry Blaine (IDVA)"),),
                typed=False,
            ),
            "cafcass": Sheet(
                CAFCASS,
                "Cafcass_chronology_Penhallow.xlsx",
                "Sheet1",
                (("2024-05-01", "Sunil Dhar (FCA)"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "School_Nursing_Penhallow.xlsx",
                "Contacts",
                (("2024-03-01", "Bethan Lloyd SN"),),
            ),
            "hsg": Sheet(
                HOUSING,
                "Westmarch_Housing_Options.csv",
                "",
                (("2024-03-01", "J Whitlock"),),
            ),
            "marac": Sheet(
                MARAC,
                "Westmarch_MARAC_return.xlsx",
                "MARAC",
                (("2024-03-01", "A-M Troy (MARAC coordinator)"),),
                typed=False,
            ),
        },
    )
    occ = f.occ

    # --- Disclosure at school and the front door -----------------------------------------
    occ(
        "2024-03-11",
        "isla-disclosure-class",
        R(
            "sch",
            "Isla (Y4) tearful in circle time. Said 'Daddy shoved Mummy into the kitchen door "
            "and she cried all night. He said if I tell he'll lose his job.' Verbatim on "
            "disclosure form. Class teacher passed to DSL straight away.",
            "10:40",
            "Disclosure",
            "DSL informed",
        ),
    )
    occ(
        "2024-03-11",
        "dsl-call-mash",
        R(
            "sch",
            "I rang MASH re Isla's disclosure this morning. Told them Dad is a police officer "
            "(Westmarch, response team I think). MASH SW to ring back.",
            "11:25",
            "Call to MASH",
            "Await call back. Not to tell parents.",
        ),
        R(
            "csc",
            "Contact received by telephone from Mrs Okafor, DSL at Harbury Fields Primary. "
            "Isla (9) disclosed in class that father pushed mother into a door; father "
            "believed to be a serving officer with Westmarch Police. Finn (6) also at school.",
            "11:30",
            "Contact",
            "Passed to MASH manager for RAG rating - red",
        ),
    )
    occ(
        "2024-03-11",
        "mash-callback-school",
        R(
            "sch",
            "MASH SW (Leanne) called back: going to a strategy meeting, please do not speak "
            "to either parent at pick up. Isla and Finn went home with Mum as normal.",
            "15:10",
            "Call from MASH",
        ),
        R(
            "csc",
            "Call back to DSL. Advised school not to alert parents; strat being arranged with "
            "police. DSL reports Mum collects, Dad not seen at school for weeks.",
            "15:05",
            "Telephone call",
        ),
    )
    occ(
        "2024-03-12",
        "mash-decision",
        R(
            "csc",
            "MASH decision (TM S Greaves): threshold for S47 strategy discussion met. Because "
            "of father's employment the investigation is to be requested from a neighbouring "
            "force, not Westmarch Police. Case to Assessment Team 2.",
            "",
            "MASH decision",
            "Strategy discussion 13/03",
        ),
    )
    occ(
        "2024-03-12",
        "mash-call-psd",
        R(
            "csc",
            "MASH manager phoned Westmarch Police Professional Standards to inform them of the "
            "allegation against a serving officer (PC Penhallow).",
            "10:15",
            "Telephone call",
        ),
        R(
            "psd",
            "Telephone call from MASH manager, Westmarch CSC: DA allegation against PC 4471 D "
            "PENHALLOW (Response, Hythe) disclosed by his daughter at school. Recorded as "
            "conduct matter PSD/24/0317.",
            "10:20",
            "Notification received",
            "",
            "",
            "PSD/24/0317",
        ),
    )
    occ(
        "2024-03-12",
        "psd-request-calderholme",
        R(
            "psd",
            "Email to Calderholme Constabulary PSD (DCI Brannan) requesting that Calderholme "
            "conduct the criminal investigation independently, given conflict of interest.",
            "14:00",
            "Email sent",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "cal",
            "EMAIL REC'D FROM WESTMARCH PSD REQUESTING INDEPENDENT INVESTIGATION. SUBJECT IS "
            "SERVING WESTMARCH OFFICER. ACCEPTED BY DI HOLLINS, ALLOCATED PPU CALDERHOLME.",
            "08:55",
            "Request for assistance",
            "",
            "+1",
            "CC/24/11873",
        ),
    )

    # --- Strategy and the first visits ------------------------------------------------------
    occ(
        "2024-03-13",
        "gp-email-records",
        R(
            "gp",
            "Email to MASH with summary of records as requested before strategy discussion: "
            "mother seen 09/01/24 with bruised forearm ('fell on stairs'); children's records "
            "unremarkable, immunisations up to date.",
            "08:50",
        ),
    )
    occ(
        "2024-03-13",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (Teams) chaired by TM S Greaves. Present: DS Marlow "
            "(Calderholme Constabulary), G Okafor DSL, Dr Sandhu (GP, by phone), B Lloyd "
            "(school nurse), T Adeyemi SW. Agreed joint S47 enquiries, children to be seen at "
            "school 14/03, ABE for Isla to be considered, LADO referral to be made.",
            "09:30",
            "Strategy discussion",
            "Joint S47",
        ),
        R(
            "cal",
            "S47 STRAT MTG VIA TEAMS WITH WESTMARCH CSC. DS 2214 MARLOW ATTENDED. JOINT "
            "INVESTIGATION AGREED, OIC DC 3380 FENWICK. OFFENCES UNDER CONSIDERATION CCB / "
            "ASSAULT BY BEATING.",
            "09:30",
            "Strategy meeting",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "sch",
            "Strat meeting - attended on Teams. Police from another force doing it because of "
            "Dad's job. SW and DC to come in tomorrow to see both children.",
            "09:30",
            "Multi-agency meeting",
        ),
        R(
            "gp",
            "Telephone discussion with police and social care re Penhallow children. Shared "
            "mother's attendance 09/01/24 with bruising. Practice to flag records.",
            "09:40",
        ),
        R(
            "sn",
            "Contact type: Multi-agency meeting (virtual). Strategy discussion re Isla and "
            "Finn. Outcome: SN to offer health needs assessment for both; no health concerns "
            "known to service.",
            "",
            "Strategy discussion",
        ),
    )
    occ(
        "2024-03-14",
        "joint-visit-school",
        R(
            "csc",
            "Joint visit with DC Fenwick to Harbury Fields Primary. Isla and Finn seen "
            "separately with DSL present. Isla repeated her account and said it happens 'when "
            "Daddy comes off nights'. Finn said he hides under his bed when they shout.",
            "13:30",
            "Joint visit",
            "ABE to be arranged for Isla",
        ),
        R(
            "cal",
            "DC FENWICK AND SW ADEYEMI AT HARBURY FIELDS PRIMARY. BOTH CHILDREN SPOKEN TO "
            "(INITIAL ACCOUNT, NOT ABE). ISLA CONSISTENT WITH SCHOOL DISCLOSURE.",
            "13:30",
            "Enquiry",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "sch",
            "Ms Adeyemi (SW) and DC Fenwick in school 1.30-2.45 to see Isla and Finn. I sat in "
            "with both. Isla relieved afterwards, Finn went back to class OK.",
            "",
            "Professionals visit",
        ),
    )
    occ(
        "2024-03-14",
        "joint-visit-mother",
        R(
            "csc",
            "Joint home visit with police to mother at 27 Quillet Rd while father on duty. "
            "Mother tearful, confirmed years of controll (money, phone, friends) and three "
            "assaults. Agreed father will not return tonight; safety plan made.",
            "16:00",
            "Home visit",
        ),
        R(
            "cal",
            "VICTIM R PENHALLOW SEEN AT HOME ADDRESS WITH CSC. FIRST ACCOUNT TAKEN, DASH "
            "COMPLETED - HIGH RISK (17). PHOTOS OF HEALING BRUISE L FOREARM.",
            "16:05",
            "Victim contact",
            "",
            "",
            "CC/24/11873",
        ),
    )
    occ(
        "2024-03-14",
        "police-referral-idva",
        R(
            "cal",
            "REFERRAL TO HEARTHSTONE DA SERVICE (IDVA) SENT VIA SECURE EMAIL - HIGH RISK.",
            "18:40",
            "Referral",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "idva",
            "Referral in from Calderholme police (DC Fenwick), high risk DASH 17. Perp is a "
            "serving officer in another force - noted for MARAC and for our own info-sharing.",
            "09:05",
            "",
            "",
            "+1",
        ),
    )
    occ(
        "2024-03-15",
        "father-arrest-1",
        R(
            "cal",
            "SUSPECT DANIEL PENHALLOW ATTENDED CALDERHOLME CUSTODY BY ARRANGEMENT AND WAS "
            "ARRESTED 10:02 ON SUSPICION OF CONTROLLING/COERCIVE BEHAVIOUR AND ASSAULT BY "
            "BEATING. INTERVIEWED - NO COMMENT. RELEASED ON PRE-CHARGE BAIL: NOT TO CONTACT R "
            "PENHALLOW OR CHILDREN, NOT TO ENTER QUILLET RD.",
            "10:02",
            "Arrest",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "psd",
            "PC Penhallow arrested today by Calderholme officers (CCB, assault by beating), "
            "bailed with conditions. Restriction continues; reviewed.",
            "",
            "Arrest of officer",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "csc",
            "Father arrested this morning at Calderholme on suspicion of controlling or "
            "coercive behaviour and assault, bailed with conditions not to contact mother or "
            "children or go to the home.",
            "",
            "Police update",
        ),
    )
    occ(
        "2024-03-15",
        "lado-referral",
        R(
            "csc",
            "LADO referral form submitted re Daniel Penhallow (police constable) - risk may "
            "transfer to children he meets through work.",
            "12:10",
            "Referral",
        ),
        R(
            "lado",
            "Referral received from Westmarch CSC (T Adeyemi) re Daniel Penhallow, PC, "
            "Westmarch Police. Allegation: DA towards partner in the presence of his own "
            "children. Harm test met - behaved in a way indicating he may pose a risk of harm "
            "to children.",
            "12:30",
        ),
    )
    occ(
        "2024-03-15",
        "idva-first-call",
        R(
            "idva",
            "First call to Rhiannon. Introduced myself and the service. Safety plan reviewed - "
            "she has changed Wi-Fi and her phone passcode. Talked through non-mol; she wants "
            "to apply. Dan staying at his brother Craig's.",
            "14:30",
        ),
    )
    occ(
        "2024-03-18",
        "gp-appt-mother",
        R(
            "gp",
            "S: Attends on IDVA's advice. Disclosed DA by husband over 6 yrs. Poor sleep, "
            "panic attacks. O: Healing bruise L forearm. Tearful, no thoughts of self-harm. "
            "A: Domestic abuse; anxiety. P: Sertraline 50mg. Self-referral details for "
            "talking therapies. Review 2/52.",
            "09:20",
        ),
    )
    occ(
        "2024-03-19",
        "abe-isla",
        R(
            "cal",
            "ABE INTERVIEW ISLA PENHALLOW AT CALDERHOLME VIDEO SUITE. INTERVIEWER DC FENWICK, "
            "MONITOR SW ADEYEMI. ISLA DESCRIBED MOTHER PUSHED INTO DOOR AND 'SQUEEZED BY THE "
            "NECK' IN THE CAR.",
            "10:00",
            "ABE",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "csc",
            "Isla's ABE interview at Calderholme suite. I monitored. Isla described the door "
            "incident and an incident in the car. Finn not interviewed (age, and his account "
            "on 14/03 was brief); to be reviewed.",
            "",
            "ABE interview",
        ),
        R(
            "sch",
            "Isla out 9.15-12.30 - pre-arranged with police, Mum collected and returned her.",
            "",
            "Absence (authorised)",
        ),
    )
    occ(
        "2024-03-20",
        "nmo-without-notice",
        R(
            "idva",
            "With Rhiannon at Westmarch Family Court. Non-mol granted without notice, 12 "
            "months, return date 4 April. She was shaking but did brilliantly.",
            "",
        ),
        R(
            "cal",
            "NON-MOLESTATION ORDER GRANTED WITHOUT NOTICE AT WESTMARCH FAMILY COURT. "
            "APPLICANT R PENHALLOW, RESPONDENT D PENHALLOW. ORDER LOADED TO PNC.",
            "",
            "Court order",
            "",
            "+1",
            "CC/24/11873",
        ),
    )
    occ(
        "2024-03-21",
        "nmo-served",
        R(
            "cal",
            "NMO PERSONALLY SERVED ON D PENHALLOW AT 14 DRAYS COURT, WESTMARCH BY PC 1190 "
            "(CALDERHOLME). CONTENTS EXPLAINED.",
            "17:45",
            "Service of order",
            "",
            "",
            "CC/24/11873",
        ),
    )
    occ(
        "2024-03-22",
        "idva-marac-referral",
        R(
            "idva",
            "MARAC referral submitted for Rhiannon (DASH 17, perp has access to police systems).",
            "",
        ),
        R(
            "marac",
            "Referral received: Hearthstone IDVA. Victim RP, perpetrator DP (serving police "
            "officer - restricted listing). Listed for 10/04.",
            "",
        ),
    )
    occ(
        "2024-03-26",
        "lado-pot-meeting",
        R(
            "lado",
            "Allegations management meeting (position of trust) chaired by me. Present: DI "
            "Oakes (Westmarch PSD), DS Marlow (Calderholme), T Adeyemi SW, HR adviser "
            "Westmarch Police. Criminal investigation leads; misconduct investigation paused "
            "pending it; restricted duties continue. Review in 6-8 weeks.",
        ),
        R(
            "psd",
            "LADO POT meeting attended. Agreed PSD investigation sub judice pending criminal "
            "outcome. Officer remains on restricted duties.",
            "14:00",
            "LADO meeting",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "cal",
            "DS MARLOW ATTENDED LADO MEETING (POSITION OF TRUST) RE SUSPECT PENHALLOW. UPDATE "
            "GIVEN ON INVESTIGATION. NO DISCLOSURE OF ABE CONTENT.",
            "14:00",
            "Meeting",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "csc",
            "Attended LADO allegations meeting re father. Shared that both children seen and "
            "Isla ABE'd; S47 nearly complete.",
            "14:00",
            "LADO meeting",
        ),
    )
    occ(
        "2024-03-27",
        "s47-outcome",
        R(
            "csc",
            "S47 outcome: concerns substantiated (emotional harm through exposure to DA). "
            "Father out of the home on bail with NMO in place and mother acting protectively; "
            "TM agrees CIN plan rather than ICPC. CIN meeting to be set for after Easter.",
            "",
            "S47 outcome",
            "CIN",
        ),
    )
    occ(
        "2024-04-04",
        "nmo-return-hearing",
        R(
            "idva",
            "Return hearing for the non-mol. Dan's barrister - no admissions but not opposing; "
            "order continued on notice to 03/04/2025. R relieved.",
        ),
        R(
            "cal",
            "NMO CONTINUED ON NOTICE AT WESTMARCH FC UNTIL 03/04/2025. PNC UPDATED.",
            "",
            "Court order",
            "",
            "late",
            "CC/24/11873",
        ),
    )
    occ(
        "2024-04-10",
        "marac",
        R(
            "marac",
            "MARAC 10/04/24, case 9 (restricted listing). Actions: flag both addresses; "
            "Calderholme to lead on bail compliance; IDVA to support with housing; school "
            "and GP to be made aware via CSC; CSC to confirm CIN.",
        ),
        R(
            "idva",
            "Presented Rhiannon's case at MARAC. Agencies agreed actions (see minutes). Rang "
            "R after to let her know.",
        ),
        R(
            "cal",
            "MARAC (WESTMARCH) - CASE HEARD. CALDERHOLME PPU ATTENDED AS INVESTIGATING FORCE. "
            "ACTION: MARKER ON VICTIM ADDRESS.",
            "10:00",
            "MARAC",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "gp",
            "Multi-agency risk assessment conference: practice safeguarding lead attended. "
            "MARAC flag placed on mother's, Isla's and Finn's records.",
            "",
            "",
            "",
            "swap",
        ),
    )
    occ(
        "2024-04-16",
        "cin-1",
        R(
            "csc",
            "Initial CIN meeting at Harbury Fields. Present: mother, DSL, school nurse, IDVA, "
            "SW. Plan: IDVA support to mother; school to offer ELSA sessions for Isla; school "
            "nurse health needs work; SW visits every 4 weeks.",
            "15:30",
            "CIN meeting",
        ),
        R(
            "sch",
            "CIN mtg in school after school. Isla to start ELSA (Mrs Pryce) Tuesdays.",
            "",
            "Meeting",
        ),
        R(
            "sn",
            "Contact type: Meeting. Child in Need meeting at school. Outcome: SN to see Isla "
            "for health needs (sleep, headaches) and Finn (bedwetting).",
            "",
            "CIN",
        ),
        R(
            "idva",
            "CIN at the school with R. She felt listened to. Dan's solicitor has written about "
            "'seeing the children' - advised her to speak to her own solicitor.",
        ),
    )
    occ(
        "2024-04-16",
        "sn-isla-session",
        R(
            "sn",
            "Contact type: School contact. Isla seen alone in school (before CIN). Reports "
            "headaches most days and waking at night. Outcome: sleep advice, optician check "
            "suggested to Mum.",
            "",
            "Health needs assessment",
        ),
    )
    occ(
        "2024-04-22",
        "finn-disclosure",
        R(
            "sch",
            "Finn told TA at breakfast club that 'Daddy talked to me on the iPad and said Mummy "
            "tells lies to the police'. TA wrote it down, passed to me.",
            "08:35",
            "Disclosure",
        ),
    )
    occ(
        "2024-04-22",
        "school-call-sw",
        R(
            "sch",
            "Phoned Tomi Adeyemi (SW) about what Finn said at breakfast club - possible contact "
            "by Dad despite bail.",
            "09:10",
            "Call to SW",
        ),
        R(
            "csc",
            "Call from DSL: Finn reports father speaking to him by video on tablet and saying "
            "mother lies to police. To pass to OIC as possible bail breach.",
            "09:10",
            "Telephone call",
        ),
    )
    occ(
        "2024-04-23",
        "csc-email-oic",
        R(
            "csc",
            "Email to DC Fenwick re Finn's account of video calls with father (possible breach "
            "of bail).",
            "",
            "Email",
        ),
        R(
            "cal",
            "EMAIL FROM WESTMARCH CSC RE POSS BAIL BREACH (VIDEO CALLS TO SON VIA TABLET). "
            "TABLET TO BE EXAMINED.",
            "",
            "Information received",
            "",
            "",
            "CC/24/11873",
        ),
    )

    # --- Child arrangements application and housing ---------------------------------------
    occ(
        "2024-05-02",
        "c100-received",
        R(
            "cafcass",
            "C100 received from Westmarch Family Court. Applicant father seeks child "
            "arrangements order (spend time with Isla and Finn). Allegations of DA in C1A by "
            "mother. Safeguarding work allocated.",
            "",
            "Application received",
        ),
    )
    occ(
        "2024-05-07",
        "cafcass-la-checks",
        R(
            "cafcass",
            "LA safeguarding checks requested from Westmarch CSC by email.",
            "",
            "Checks requested",
        ),
        R(
            "csc",
            "Request from Cafcass for LA safeguarding information (private law application by "
            "father). Response due 20/05.",
            "",
            "Cafcass request",
            "",
            "+1",
        ),
    )
    occ(
        "2024-05-09",
        "idva-referral-housing",
        R(
            "idva",
            "Referral to Westmarch Housing Options for R - house is in joint names and Dan's "
            "solicitor wants it sold.",
        ),
        R(
            "hsg",
            "Referral from Hearthstone IDVA: Mrs R Penhallow + 2 children, DA, jointly owned "
            "property to be sold. Threatened with homelessness; prevention duty.",
            "",
            "Referral",
            "",
            "late",
        ),
    )
    occ(
        "2024-05-14",
        "cafcass-call-mother",
        R(
            "cafcass",
            "Safeguarding telephone interview with mother. Describes coercive control and "
            "three assaults; children frightened of father's temper. Wants indirect contact "
            "only at present.",
            "10:00",
            "Telephone interview",
        ),
    )
    occ(
        "2024-05-15",
        "cafcass-call-father",
        R(
            "cafcass",
            "Safeguarding telephone interview with father. Denies all allegations, says "
            "mother is alienating children. Accepts 'arguments'.",
            "10:00",
            "Telephone interview",
        ),
    )
    occ(
        "2024-05-20",
        "la-response-cafcass",
        R(
            "csc",
            "LA safeguarding response sent to Cafcass: open CIN, S47 substantiated, MARAC, "
            "criminal investigation ongoing.",
            "",
            "Cafcass response",
        ),
        R(
            "cafcass",
            "LA checks recieved back from Westmarch CSC.",
            "",
            "Checks received",
            "",
            "+1",
        ),
    )
    occ(
        "2024-06-04",
        "fhdra",
        R(
            "cafcass",
            "FHDRA, Westmarch FC. FCA attended. No agreement. Orders: s7 report from LA "
            "(open CIN), no contact pending; further hearing after criminal matter.",
            "",
            "Hearing",
        ),
        R(
            "idva",
            "Court with R for the first hearing on Dan's application. Separate room arranged. "
            "Judge has asked social care for a report.",
        ),
        R(
            "csc",
            "FHDRA (father's C100): court directed section 7 report from the LA, 12 weeks.",
            "",
            "Court hearing",
            "",
            "swap",
        ),
    )

    # --- The school gate, two arrests, suspension ----------------------------------------
    occ(
        "2024-06-10",
        "school-gate-incident",
        R(
            "sch",
            "Dad at the school gate at home time demanding to see Isla and Finn. Staff kept "
            "children inside. I rang 999. Mum arrived, children left by the back gate with "
            "her. Police attended.",
            "15:15",
            "Incident",
            "Police called",
        ),
        R(
            "sch",
            "Dad at school gate at home time demanding to see Isla + Finn. Kept inside, 999 "
            "called, Mum took them out the back gate. Police attended.",
            "15:15",
            "Incident",
            "Police called",
        ),
        R(
            "cal",
            "INC 0610-0447. CALLER SCHOOL DSL - SUBJECT D PENHALLOW AT HARBURY FIELDS PRIMARY "
            "GATE IN BREACH OF NMO. SUBJECT LEFT PRIOR TO ARRIVAL. STATEMENTS FROM STAFF.",
            "15:18",
            "Incident",
            "",
            "",
            "INC 0610-0447",
        ),
    )
    occ(
        "2024-06-10",
        "father-arrest-breach",
        R(
            "cal",
            "D PENHALLOW ARRESTED AT 14 DRAYS COURT FOR BREACH OF NMO (FLA 1996 S42A). "
            "CONVEYED CALDERHOLME CUSTODY.",
            "19:30",
            "Arrest",
            "",
            "",
            "INC 0610-0447",
        ),
        R(
            "idva",
            "Dan arrested last night for breach of the non-mol after turning up at school. "
            "Rang R - she's OK, kids were shaken.",
            "",
            "",
            "",
            "late",
        ),
        R(
            "psd",
            "PC Penhallow arrested by Calderholme for breach of non-molestation order.",
            "",
            "Arrest of officer",
            "",
            "late",
            "PSD/24/0317",
        ),
    )
    occ(
        "2024-06-10",
        "uncle-arrest",
        R(
            "cal",
            "CRAIG PENHALLOW (BROTHER OF SUSPECT) ARRESTED AT SAME ADDRESS FOR HARASSMENT OF R "
            "PENHALLOW - 40+ MESSAGES SINCE APRIL. BAILED.",
            "19:50",
            "Arrest",
            "",
            "",
            "CC/24/15320",
        ),
    )
    occ(
        "2024-06-11",
        "csc-police-notification",
        R(
            "csc",
            "Police notification received (Calderholme PPN): father attended school gate "
            "10/06 in breach of NMO, later arrested. Children safe with mother.",
            "",
            "Police notification",
        ),
    )
    occ(
        "2024-06-12",
        "lado-review",
        R(
            "lado",
            "LADO review meeting. New information: breach of NMO at school, arrest. "
            "Recommendation to Westmarch Police that restriction is no longer sufficient.",
        ),
        R(
            "psd",
            "POT review mtg with LADO. Considering suspension given school-gate breach.",
            "11:00",
            "LADO meeting",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "csc",
            "LADO strategy review re father. Recommendation made to Westmarch Police re "
            "suspension.",
            "11:00",
            "LADO meeting",
        ),
    )
    occ(
        "2024-06-20",
        "father-suspended",
        R(
            "psd",
            "PC Penhallow suspended from duty (Reg 11 Conduct Regs). Warrant card and kit "
            "recovered.",
            "",
            "Suspension",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "lado",
            "Westmarch PSD confirmed Daniel Penhallow suspended from duty from today.",
            "",
            "",
            "",
            "late",
        ),
    )
    occ(
        "2024-07-09",
        "cin-review-1",
        R(
            "csc",
            "CIN review. Children settled, Isla enjoying ELSA. Finn's bedwetting improved. "
            "Mother waiting on housing. Plan continues.",
            "15:30",
            "CIN review",
        ),
        R(
            "sch",
            "Attended CIN review (after school). Attendance Isla 96%, Finn 94%.",
            "",
            "Meeting",
        ),
        R(
            "sn",
            "Minutes of CIN review received from SW, copied below: 'Children settled, Isla "
            "enjoying ELSA, Finn's bedwetting improved. Mother waiting on housing. Plan "
            "continues.'",
            "",
            "Minutes filed",
            "",
            "+1",
        ),
    )
    occ(
        "2024-08-12",
        "move-foxglove",
        R(
            "hsg",
            "Tenancy sign-up, Flat 2, 9 Foxglove Walk WH2 8LS (Westmarch Homes). Keys handed "
            "over; Mrs Penhallow moving in today with both children.",
            "11:00",
            "Tenancy",
        ),
        R(
            "idva",
            "R and the kids moved into Foxglove Walk today. Sanctuary scheme referral for "
            "door chain and spy hole.",
        ),
        R(
            "csc",
            "Mother and children moved to Flat 2, 9 Foxglove Walk, WH2 8LS.",
            "",
            "Change of address",
            "",
            "late",
        ),
    )
    occ(
        "2024-08-29",
        "father-charged",
        R(
            "cal",
            "CPS AUTHORISED CHARGE. D PENHALLOW CHARGED: CONTROLLING/COERCIVE BEHAVIOUR (SCA "
            "2015 S76) AND ASSAULT BY BEATING. BAILED TO CALDERHOLME MC 26/09/24.",
            "16:20",
            "Charge",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "psd",
            "Officer charged with CCB and common assault (Calderholme). Suspension continues.",
            "",
            "Charge",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "lado",
            "Update from Calderholme: Daniel Penhallow charged with controlling behaviour and "
            "assault by beating.",
            "",
            "",
            "",
            "month",
        ),
    )
    occ(
        "2024-09-26",
        "first-appearance",
        R(
            "cal",
            "FIRST APPEARANCE CALDERHOLME MC. NOT GUILTY INDICATED, SENT TO CALDERHOLME CROWN "
            "COURT. BAIL CONDITIONS CONTINUED.",
            "",
            "Court",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "idva",
            "Dan in magistrates today - pleading not guilty, sent to Crown Court. R won't "
            "have to give evidence until next year at the earliest.",
        ),
    )
    occ(
        "2024-10-01",
        "s7-report-filed",
        R(
            "csc",
            "Section 7 report filed at court and served on parties and Cafcass. "
            "Recommendation: no direct contact pending criminal trial; indirect letters.",
            "",
            "Court report",
        ),
        R(
            "cafcass",
            "LA s7 report received (T Adeyemi).",
            "",
            "Report received",
            "",
            "+1",
        ),
    )
    occ(
        "2024-10-15",
        "dra",
        R(
            "cafcass",
            "DRA. Father seeks contact centre. Court orders indirect contact (letters via "
            "Cafcass) and lists final hearing after Crown Court trial.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Dispute resolution appointment: indirect contact ordered; final hearing to follow "
            "criminal trial.",
            "10:00",
            "Court hearing",
        ),
    )
    occ(
        "2024-10-15",
        "cin-review-2",
        R(
            "csc",
            "CIN review at school after court. New flat going well; Isla anxious about Dad's "
            "trial. Plan continues until the criminal case concludes.",
            "15:45",
            "CIN review",
        ),
        R(
            "sch",
            "CIN review - SW came straight from court. Isla had a wobble last week (cried in "
            "PE), ELSA continuing.",
            "",
            "Meeting",
        ),
    )

    # --- Plea, sentence, dismissal, final hearing ----------------------------------------
    occ(
        "2025-01-20",
        "guilty-plea",
        R(
            "cal",
            "CALDERHOLME CROWN COURT: D PENHALLOW PLEADED GUILTY TO CCB. ASSAULT BY BEATING "
            "TO LIE ON FILE. ADJOURNED FOR PSR, SENTENCE 28/02/25.",
            "",
            "Court result",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "idva",
            "Dan pleaded guilty this morning to controlling behaviour! No trial. R cried on "
            "the phone - relief.",
        ),
        R(
            "psd",
            "Officer pleaded guilty to CCB at Crown Court. Gross misconduct proceedings can "
            "now progress.",
            "",
            "Court result",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "lado",
            "Guilty plea entered at Crown Court (CCB). Sentence adjourned.",
            "",
            "",
            "",
            "+1",
        ),
    )
    occ(
        "2025-02-28",
        "sentence",
        R(
            "cal",
            "SENTENCED: 18 MONTHS IMPRISONMENT SUSPENDED 24 MONTHS, BUILDING BETTER "
            "RELATIONSHIPS PROGRAMME, 30 RAR DAYS. RESTRAINING ORDER 5 YRS (R PENHALLOW).",
            "",
            "Court result",
            "",
            "",
            "CC/24/11873",
        ),
        R(
            "idva",
            "Sentencing: suspended sentence and a restraining order for 5 years. R pleased "
            "about the RO as the non-mol runs out in April.",
        ),
        R(
            "cafcass",
            "Criminal outcome noted: father sentenced (CCB) - suspended sentence, restraining "
            "order protecting mother.",
            "",
            "Information",
            "",
            "+2",
        ),
    )
    occ(
        "2025-04-08",
        "misconduct-hearing",
        R(
            "psd",
            "Accelerated misconduct hearing (Chief Constable). Gross misconduct proven. "
            "Dismissed without notice. Barred list referral to College of Policing.",
            "",
            "Misconduct hearing",
            "",
            "",
            "PSD/24/0317",
        ),
        R(
            "lado",
            "Westmarch Police accelerated misconduct hearing: PC Penhallow dismissed without "
            "notice.",
        ),
    )
    occ(
        "2025-04-10",
        "lado-outcome-letter",
        R(
            "lado",
            "Outcome letter sent to Westmarch PSD: allegation substantiated. LADO case closed.",
        ),
        R(
            "psd",
            "LADO outcome letter received: substantiated. File closed.",
            "",
            "Letter received",
            "",
            "+2",
            "PSD/24/0317",
        ),
    )
    occ(
        "2025-05-13",
        "final-hearing",
        R(
            "cafcass",
            "Final hearing. Child arrangements order: children live with mother; father "
            "indirect contact (letters, cards, 4x/yr via mother's solicitor). s91(14) order "
            "2 yrs. Cafcass discharged.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Final hearing in private law proceedings: lives-with order to mother, indirect "
            "contact for father, s91(14) barring order.",
            "",
            "Court hearing",
        ),
    )
    occ(
        "2025-05-20",
        "cin-closure",
        R(
            "csc",
            "Final CIN review: plan closed, step down to school-led early help. Mother agrees.",
            "15:30",
            "CIN review",
            "Case closed to CSC",
        ),
        R(
            "sch",
            "Last CIN (closing). School to lead early help; ELSA to finish at end of term.",
            "",
            "Meeting",
        ),
    )

    # --- Routine entries ----------------------------------------------------------------------
    f.fill(
        "csc",
        "2024-04-17",
        "2025-05-09",
        [
            ("Home visit", "Statutory CIN visit to mother and children. Children seen alone."),
            ("Home visit", "CIN visit. Isla showed me her bedroom; Finn playing Lego."),
            ("Home visit", "Visit: children well, mother managing; no contact from father."),
        ],
    )
    f.fill(
        "sch",
        "2024-04-23",
        "2025-05-09",
        [
            ("Pastoral", "Isla ELSA session - worry jar."),
            ("Pastoral", "Isla ELSA - friendship drawings."),
            ("Pastoral", "Finn hit another child at lunch, calmed quickly. Mum informed."),
        ],
    )
    f.fill(
        "idva",
        "2024-03-25",
        "2025-03-20",
        [
            ("", "Weekly check-in call with R. No contact from Dan."),
            ("", "Check-in call. R low this week; talking therapies first session booked."),
        ],
        timed=False,
    )
    f.fill(
        "gp",
        "2024-04-01",
        "2025-04-30",
        [
            ("", "S: Mood improving on sertraline. A: Anxiety. P: Continue, review 3/12."),
        ],
    )
    f.fill(
        "sn",
        "2024-05-01",
        "2024-12-13",
        [
            ("Enuresis", "Contact type: School contact. Finn - enuresis review, chart going well."),
        ],
    )
    f.fill(
        "hsg",
        "2024-05-20",
        "2024-08-02",
        [
            ("Bidding", "Bid placed on 2-bed flat, Foxglove Walk - shortlisted position 3."),
        ],
    )
    f.fill(
        "cal",
        "2024-04-01",
        "2024-12-20",
        [
            ("Investigation", "DIGITAL DOWNLOAD OF VICTIM PHONE COMPLETED. MESSAGES EXHIBITED."),
        ],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Ferrow family, Brackenford. Jaden Ferrow (b. 14/05/2015), profoundly deaf, lives
# with his Deaf parents Nicola (b. 1987) and Gary Ferrow (b. 1984), who use British Sign
# Language, and his hearing sister Mia (b. 02/11/2019) at 5 Tanyard Close, Brackenford BK3 9RW;
# registered at Orchard Row Medical Practice; at Cinderhill Primary with a communication
# support worker, then from September 2025 at Hollin Brook Primary's hearing resource base.
# Chronic neglect (hunger, hygiene, a cold house), untreated dental decay and extractions under
# general anaesthetic (one list cancelled because fasting instructions never reached the
# parents in BSL), poor attendance, a teacher of the deaf, assessments through SignLink
# interpreters and one visit without, child in need, then a child protection plan, then a step
# down. The maternal grandmother, who helped, dies in June 2025.
# --------------------------------------------------------------------------------------------


def _ferrow() -> BlindCase:
    f = Family(
        "ferrow",
        3302,
        {
            "csc": Sheet(
                CSC,
                "Brackenford_CSC_return_Ferrow.xlsx",
                "Chronology",
                (("2024-09-01", "Imogen Talbot SW"), ("2025-03-01", "Kwame Asante SW")),
            ),
            "sch": Sheet(
                SCHOOL,
                "Cinderhill_Primary_CPOMS_export.xlsx",
                "Jaden",
                (("2024-09-01", "O Pritchard (DSL)"),),
            ),
            "tod": Sheet(
                DEAF_SERVICE,
                "Sensory_Support_Service_ToD_notes.xlsx",
                "Visits",
                (("2024-09-01", "Farah Qureshi, QToD"),),
                typed=False,
            ),
            "gp": Sheet(
                GP,
                "Orchard_Row_MP_chronology.xlsx",
                "Ferrow family",
                (("2024-09-01", "Dr E Munro"),),
                typed=False,
            ),
            "dental": Sheet(
                DENTAL,
                "Brackenford_Community_Dental_Service.xlsx",
                "Clinical record",
                (("2024-09-01", "Dr A Strand, Specialist in Paediatric Dentistry"),),
            ),
            "dsu": Sheet(
                DAY_SURGERY,
                "BGH_Childrens_Day_Unit.xlsx",
                "Episodes",
                (("2024-09-01", "Day Unit nursing"),),
            ),
            "aud": Sheet(
                AUDIOLOGY,
                "BGH_Paediatric_Audiology.csv",
                "",
                (("2024-09-01", "C Yeo, Clinical Scientist"),),
            ),
            "ewo": Sheet(
                EWO,
                "Brackenford_EWS_chronology.xlsx",
                "EWS",
                (("2024-09-01", "Helen Byatt EWO"),),
            ),
            "interp": Sheet(
                INTERPRETING,
                "SignLink_Interpreting_bookings.xlsx",
                "Bookings",
                (("2024-09-01", "SignLink bookings desk"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "School_Nursing_Ferrow.xlsx",
                "Contacts",
                (("2024-09-01", "Ruth Delaney SN"),),
            ),
            "deaf": Sheet(
                ADULT_DEAF,
                "Deaf_Adult_Community_Team_return.docx",
                "Table 1",
                (("2024-09-01", "Rowan Pike, SW for Deaf adults"),),
                typed=False,
            ),
        },
    )
    occ = f.occ

    # --- Autumn 2024: signs of neglect, teeth, attendance -----------------------------------
    occ(
        "2024-09-10",
        "toothache-school",
        R(
            "sch",
            "Jaden signed to CSW (Mrs Keble) that his 'tooth hurts a lot' and would not eat "
            "lunch. Same uniform as last week, strong smell. Mum informed by text; she replied "
            "'dentist soon'.",
            "12:40",
            "Health / Hygiene",
        ),
    )
    occ(
        "2024-09-19",
        "dental-screening",
        R(
            "dental",
            "Epidemiology screening, Cinderhill Primary Y5. Jaden Ferrow: obvious caries "
            "multiple teeth, sweling LR. Category C letter home - urgent dental care.",
            "",
            "School screening",
        ),
        R(
            "sch",
            "Community dental team in school today screening Y5. Jaden given a letter home - "
            "dentist told me it's urgent. I'll text Mum.",
            "",
            "Health",
        ),
    )
    occ(
        "2024-09-24",
        "tod-school-visit",
        R(
            "tod",
            "School visit. Observed Jaden in maths with CSW. BSL good for age, English "
            "literacy approx 2 years behind. Tired, yawning, hair unwashed. Spoke to CSW re "
            "hearing aid use - not worn (family choice, BSL-first).",
        ),
    )
    occ(
        "2024-09-24",
        "sn-school-visit",
        R(
            "sn",
            "Contact type: Drop-in (school). Jaden seen with CSW signing. Height/weight: weight "
            "9th centile (was 25th in Reception). Outcome: letter to parents re weight and "
            "dental; share with GP.",
            "",
            "Health review",
        ),
    )
    occ(
        "2024-10-01",
        "school-referral-ews",
        R(
            "sch",
            "Referral to EWS: Jaden attendance 83% last year, 79% this term, lots of Mondays. "
            "Letters home not answered.",
            "",
            "Attendance",
        ),
        R(
            "ewo",
            "Referral rec'd from Cinderhill Primary re Jaden F (Y5). Attendance 79% this term, "
            "pattern of Monday absence. Parents Deaf (BSL).",
            "",
            "Referral",
            "",
            "+1",
        ),
    )
    occ(
        "2024-10-03",
        "gp-appt-abscess",
        R(
            "gp",
            "S: Mum brought Jaden - toothache, swollen cheek 3 days. No interpreter booked "
            "(mum did not request); consultation by writing and gesture. O: Apyrexial. Tender "
            "swelling LR lower jaw, carious 85/84. A: Dental abscess. P: Amoxicillin 5/7. "
            "Must see dentist - not registered with a dentist.",
            "10:10",
        ),
    )
    occ(
        "2024-10-03",
        "gp-referral-cds",
        R(
            "gp",
            "Referral to Community Dental Service (unregistered child, abscess, multiple "
            "caries). NB parents Deaf - BSL interpreter needed for appts.",
            "12:30",
        ),
        R(
            "dental",
            "Referral received from Dr Munro (GP). Abscess, gross caries, not registered. "
            "BSL interpreter required. Triage: urgent, new patient slot.",
            "",
            "Referral",
            "",
            "+1",
        ),
    )
    occ(
        "2024-10-08",
        "ewo-home-visit",
        R(
            "ewo",
            "Home visit (unannounced). Dad answered. No interpreter - wrote notes on pad. Dad "
            "says Jaden 'ill a lot'. House untidy, cold. Left attendance leaflet. Will book "
            "interpreter next time.",
            "",
            "Home visit",
            "",
            "-1",
        ),
    )
    occ(
        "2024-10-15",
        "dental-wnb-1",
        R(
            "dental",
            "New patient appt: was not brought. Interpreter attended and waited 30 min. "
            "Letter sent, second appointment offered.",
            "09:30",
            "Was not brought",
        ),
        R(
            "interp",
            "Assignment: Community Dental, Brackenford Health Centre, 09:30. Client did not "
            "attend. Interpreter waited, released 10:00. Chargeable.",
            "09:30",
            "Client DNA",
        ),
    )
    occ(
        "2024-10-22",
        "school-referral-mash",
        R(
            "sch",
            "MASH referral made online (neglect): hungry, hygiene, untreated teeth, weight "
            "drop (SN), attendance 79%, dental appt missed. Parents Deaf - will need BSL.",
            "14:15",
            "Referral to CSC",
        ),
        R(
            "csc",
            "Contact: online referral from Cinderhill Primary (DSL O Pritchard). Neglect "
            "concerns - Jaden 9, profoundly deaf, BSL user; parents both Deaf.",
            "14:20",
            "Contact",
        ),
    )
    occ(
        "2024-10-23",
        "mash-decision",
        R(
            "csc",
            "MASH outcome: step up to Child and Family Assessment (single agency). "
            "Interpreters to be booked for all contact with parents; consider Deaf Adult "
            "Community Team involvement.",
            "",
            "MASH decision",
        ),
    )
    occ(
        "2024-10-23",
        "interp-booking-hv1",
        R(
            "csc",
            "Interpreter request sent to SignLink for home visit 30/10 2pm.",
            "",
            "Admin",
        ),
        R(
            "interp",
            "Booking request rec'd: Brackenford CSC (I Talbot), home visit 30/10/24 14:00, "
            "2 hrs, BSL/English, safeguarding - RSLI with child protection experience please.",
            "",
            "Booking",
        ),
    )
    occ(
        "2024-10-30",
        "sw-visit-interpreter",
        R(
            "csc",
            "Home visit with BSL interpreter (Jo Marsh). Both parents present, Jaden and Mia "
            "seen. Cupboards mostly empty, electricity on emergency credit. Parents say money "
            "tight since Gary's hours cut; do not know how to book dentist.",
            "14:00",
            "Home visit",
        ),
        R(
            "interp",
            "Assignment completed: Brackenford CSC home visit, 5 Tanyard Close. 14:00-15:50. "
            "Interpreter J Marsh RSLI.",
            "14:00",
            "Completed",
        ),
    )
    occ(
        "2024-11-05",
        "dental-assessment",
        R(
            "dental",
            "Attended with mother and BSL interpreter. 10 carious teeth, 2 abscessed. "
            "Unsuitable for treatment in chair (anxious, pain). Plan: extractions under GA. "
            "OHI given via interpreter; fluoride toothpaste 1450ppm.",
            "09:30",
            "New patient assessment",
        ),
        R(
            "interp",
            "Assignment: Community Dental, 09:30. Completed 10:25. Client and mother.",
            "09:30",
            "Completed",
        ),
    )
    occ(
        "2024-11-05",
        "dental-referral-ga",
        R(
            "dental",
            "Referral to BGH Children's Day Unit for GA extractions (list: Dr Strand). Note "
            "Deaf parents - interpreter for pre-op and on the day.",
            "",
            "Referral",
        ),
        R(
            "dsu",
            "Referral received: Community Dental (Dr Strand), GA dental extractions, Jaden "
            "Ferrow 9y. Added to waiting list.",
            "",
            "Referral received",
            "",
            "+2",
        ),
    )
    occ(
        "2024-11-12",
        "sw-sees-jaden-school",
        R(
            "csc",
            "Saw Jaden at school with his CSW signing for us. Jaden said there is 'no food at "
            "home at weekend sometimes'; he likes school dinners. Wishes: 'a PlayStation'.",
            "10:30",
            "Child seen",
        ),
        R(
            "sch",
            "SW (Ms Talbot) in to see Jaden, CSW supported communication. 10.30-11.15.",
            "10:30",
            "Professional visit",
        ),
    )
    occ(
        "2024-11-19",
        "interp-cancelled",
        R(
            "interp",
            "Booking 20/11 10:00 (Brackenford CSC) - unable to cover, no RSLI available. CSC "
            "informed by phone 16:40.",
            "16:40",
            "Unfilled",
        ),
    )
    occ(
        "2024-11-20",
        "sw-visit-no-interpreter",
        R(
            "csc",
            "Home visit - interpreter cancelled last minute, visit went ahead. Communicated by "
            "writing with Mum; Jaden helped by signing for his parents at times. Gary angry "
            "about this. Mia well presented.",
            "10:00",
            "Home visit",
        ),
    )
    occ(
        "2024-11-21",
        "father-complaint-deaf-team",
        R(
            "deaf",
            "Gary came to the Deaf centre drop-in upset: children's SW visited without an "
            "interpreter and 'used Jaden to interpret'. I emailed the SW and her manager to "
            "raise this and offered to attend future visits.",
        ),
    )
    occ(
        "2024-11-21",
        "deaf-team-email-csc",
        R(
            "deaf",
            "Email to I Talbot and TM: concerns re yesterday's visit without interpreter; "
            "request joint working; parents want a Deaf-aware assessment.",
        ),
        R(
            "csc",
            "Email from Rowan Pike (Deaf Adult Community Team) re visit without interpreter; "
            "TM agrees no further visits without an interpreter; joint working accepted.",
            "",
            "Email",
            "",
            "late",
        ),
    )
    occ(
        "2024-12-03",
        "cfa-complete",
        R(
            "csc",
            "C&F assessment completed (signed off TM). Neglect - food poverty, hygiene, "
            "untreated dental disease, attendance. Parents love the children and want help; "
            "communication barriers with services. Outcome: CIN plan (s17).",
            "",
            "Assessment",
            "CIN",
        ),
    )
    occ(
        "2024-12-10",
        "cin-1",
        R(
            "csc",
            "Initial CIN meeting at Cinderhill with two BSL interpreters. Parents, DSL, ToD, "
            "SN, R Pike (Deaf Adult Team). Plan: GA extractions, food bank + fuel voucher, "
            "attendance target 90%, hygiene support, school breakfast club.",
            "13:30",
            "CIN meeting",
        ),
        R(
            "sch",
            "Child in Need meeting 1.30pm in school (interpreters x2). Jaden to start "
            "breakfast club free of charge.",
            "13:30",
            "Meeting",
        ),
        R(
            "tod",
            "Attended CIN mtg. Offered visual timetable/ morning routine in BSL videos for "
            "home. Parents very engaged with interpreters present.",
        ),
        R(
            "interp",
            "Assignment completed: Cinderhill Primary, CIN meeting 13:30-15:00, 2 interpreters "
            "(co-working).",
            "13:30",
            "Completed",
        ),
        R(
            "deaf",
            "CIN meeting at Jaden's school. I attended to support Nicola and Gary. Much better "
            "- they were able to follow and speak for themselves.",
        ),
    )

    # --- Winter 2025: audiology, GA, attendance --------------------------------------------
    occ(
        "2025-01-14",
        "audiology-wnb",
        R(
            "aud",
            "Annual review - was not brought. 2nd consecutive WNB. Letter to GP and parents.",
            "14:00",
            "WNB",
        ),
    )
    occ(
        "2025-01-15",
        "audiology-letter-gp",
        R(
            "aud",
            "Letter to GP re repeated WNB for audiology review (hearing aids not collected "
            "since 2023).",
            "",
            "Correspondence",
        ),
        R(
            "gp",
            "Letter from Paediatric Audiology: Jaden WNB x2, hearing aids not collected. "
            "Copy to SW as open CIN.",
            "",
            "",
            "",
            "late",
        ),
    )
    occ(
        "2025-01-21",
        "ga-cancelled",
        R(
            "dsu",
            "Admitted for GA dental list. Pt had eaten breakfast (toast 07:00) - parents had "
            "not understood fasting letter (written English). Cancelled on day by "
            "anaesthetist. New date to be given with interpreter pre-op.",
            "07:30",
            "Cancelled on day",
        ),
        R(
            "dental",
            "GA list: Jaden cancelled on day - not fasted. Parents not given instructions in "
            "BSL. Raised as incident (Datix).",
            "",
            "GA cancelled",
        ),
        R(
            "csc",
            "Jaden's GA at BGH cancelled today as he'd eaten - fasting letter in English only. "
            "Asked hospital to book interpreter for pre-op.",
            "",
            "Health",
            "",
            "-1",
        ),
    )
    occ(
        "2025-01-28",
        "preop-interpreter",
        R(
            "dsu",
            "Pre-op assessment with BSL interpreter. Fasting explained; BSL fasting video "
            "sent to mum's phone. Consent discussed. GA date 11/02.",
            "10:00",
            "Pre-op",
        ),
        R(
            "interp",
            "Assignment: BGH Children's Day Unit pre-op, 10:00-11:00. Completed.",
            "10:00",
            "Completed",
        ),
    )
    occ(
        "2025-02-04",
        "attendance-meeting",
        R(
            "ewo",
            "Attendance meeting at school with interpreter: parenting contract signed. "
            "Attendance 81%. Review 6 wks.",
            "09:15",
            "Meeting",
        ),
        R(
            "sch",
            "Attendance support meeting with EWO + parents + BSL interpreter. Parenting contract.",
            "09:15",
            "Attendance",
        ),
        R(
            "interp",
            "Assignment: Cinderhill Primary, attendance meeting 09:15. Completed.",
            "09:15",
            "Completed",
        ),
    )
    occ(
        "2025-02-11",
        "ga-extractions",
        R(
            "dsu",
            "Admitted 07:30, fasted (confirmed via interpreter). Consent signed.",
            "07:30",
            "Admission",
        ),
        R(
            "dsu",
            "Theatre: GA, XLA x8 (54 55 64 65 74 75 84 85) + 36 (hopeless). Recovery "
            "uneventful. Discharged home with mum 13:45, analgesia advice via interpreter.",
            "13:45",
            "Discharge",
        ),
        R(
            "dental",
            "GA extractions completed (9 teeth). Post-op review 6 weeks. Safeguarding: SW aware.",
            "",
            "Treatment under GA",
        ),
        R(
            "interp",
            "Assignment: BGH Day Unit 07:30-14:00, GA day case. Completed.",
            "07:30",
            "Completed",
        ),
        R(
            "sch",
            "Jaden absent - had his teeth out at the hospital (Mum texted).",
            "",
            "Absence (medical)",
        ),
    )

    # --- Spring 2025: crisis, strategy, conference ----------------------------------------
    occ(
        "2025-03-04",
        "school-call-sw",
        R(
            "sch",
            "Jaden arrived no coat (sleet), hungry, head lice, signed 'house dark no "
            "electric'. Rang Kwame (SW).",
            "09:05",
            "Neglect",
            "SW informed",
        ),
        R(
            "csc",
            "Call from DSL: Jaden cold, hungry, lice; reports no electricity at home. SW to "
            "visit today.",
            "09:05",
            "Telephone call",
        ),
    )
    occ(
        "2025-03-04",
        "sw-unannounced-visit",
        R(
            "csc",
            "Unannounced home visit (no interpreter - same-day). Meter empty, no heating, "
            "little food, dog mess in kitchen. Mia at home, not at nursery. Gave food bank "
            "voucher and emergency top-up. Discussed with TM: strategy discussion.",
            "14:30",
            "Home visit",
        ),
    )
    occ(
        "2025-03-06",
        "strategy",
        R(
            "csc",
            "Strategy discussion (neglect). Police (CAIT), DSL, GP, school nurse, SW, TM. "
            "Threshold for S47 met; single-agency S47 by CSC; ICPC to be convened.",
            "11:00",
            "Strategy discussion",
            "S47",
        ),
        R(
            "sch",
            "Strat - DSL joined by phone 11am. Shared attendance (78%) and Tuesday's presentation.",
            "11:00",
            "Multi-agency meeting",
        ),
        R(
            "gp",
            "Discussion with police and social care re Jaden - neglect. GP info: abscess Oct, "
            "audiology WNB, mother's depression. Agreed S47.",
            "11:10",
        ),
        R(
            "sn",
            "Contact type: Strategy meeting (telephone). Outcome: SN to provide ICPC report "
            "(weight now 2nd centile).",
            "",
            "Strategy",
        ),
    )
    occ(
        "2025-03-06",
        "tod-communication-assessment",
        R(
            "tod",
            "Communication assessment in school (BSL receptive skills test). Age-appropriate "
            "BSL; English reading age 6y8m. Report to follow for conference.",
        ),
    )
    occ(
        "2025-03-12",
        "s47-visit",
        R(
            "csc",
            "S47 home visit with BSL interpreter and Rowan Pike. Parents agreed to S47 "
            "checks; Jaden seen alone with interpreter - says he is 'hungry when the money "
            "goes'. Electricity back on.",
            "13:00",
            "S47 visit",
        ),
        R(
            "interp",
            "Assignment completed: CSC visit, Tanyard Close, 13:00-14:45.",
            "13:00",
            "Completed",
        ),
        R(
            "deaf",
            "Joint visit with children's SW and interpreter for the S47. Parents understood "
            "what S47 means this time.",
        ),
    )
    occ(
        "2025-03-24",
        "gp-conference-report",
        R(
            "gp",
            "Report for initial child protection conference sent to CP admin (Jaden and Mia).",
            "",
        ),
    )
    occ(
        "2025-03-27",
        "icpc",
        R(
            "csc",
            "ICPC chaired by IRO. Two interpreters, parents attended with Rowan Pike. "
            "Decision: CP plan, category neglect (Jaden and Mia). First core group 09/04.",
            "10:00",
            "ICPC",
            "CP plan - neglect",
        ),
        R(
            "sch",
            "Initial case conf at Civic Centre 10am. Jaden and Mia on CP plans (neglect).",
            "10:00",
            "Meeting",
        ),
        R(
            "tod",
            "Attended initial child protection conference. Shared communication assessment; "
            "recommended all plan documents in BSL video too.",
        ),
        R(
            "sn",
            "Contact type: ICPC. Outcome: subject to CP plan (neglect). SN actions: growth "
            "monitoring monthly, dental follow-up.",
            "",
            "Conference",
        ),
        R(
            "interp",
            "Assignment: Brackenford Civic Centre, CP conference 10:00-12:30, 2 RSLIs.",
            "10:00",
            "Completed",
        ),
        R(
            "deaf",
            "Child protection conference for Jaden and Mia. Supported parents. Plans made.",
            "",
            "",
            "",
            "+1",
        ),
    )
    occ(
        "2025-04-09",
        "core-group-1",
        R(
            "csc",
            "Core group 1 at family home with interpreter. Plan reviewed; fuel direct-debit "
            "set up via Citizens Advice.",
            "14:00",
            "Core group",
        ),
        R(
            "interp",
            "Assignment: CSC core group meeting, Tanyard Close 14:00. Completed.",
            "14:00",
            "Completed",
        ),
        R(
            "deaf",
            "Core grp at home. Nicola signed she feels 'watched' but says it's helping.",
            "",
            "",
            "",
            "swap",
        ),
    )
    occ(
        "2025-05-13",
        "core-group-2",
        R(
            "csc",
            "Core group 2 (school). Attendance 92% since Easter, breakfast club daily, weight "
            "up. Mia starting nursery sessions.",
            "15:30",
            "Core group",
        ),
        R(
            "sch",
            "Core group after school. Jaden much happier, clean uniform every day.",
            "15:30",
            "Meeting",
        ),
        R(
            "tod",
            "CG meeting at Cinderhill. Agreed to start transition planning to Hollin Brook "
            "HIRB for Sept (parents' wish - Deaf peers).",
            "",
            "",
            "",
            "month",
        ),
    )
    occ(
        "2025-06-02",
        "grandmother-death",
        R(
            "csc",
            "Maternal grandmother Pauline Hibbert died suddenly (heart attack) today. She "
            "did school runs twice a week and interpreted informally. Family devastated.",
            "",
            "Family bereavement",
            "",
            "late",
        ),
        R(
            "deaf",
            "Nicola's mum Pauline died today. Visited with condolences; bereavement support "
            "in BSL offered (Deaf counselling service).",
        ),
    )
    occ(
        "2025-06-13",
        "funeral-absence",
        R(
            "sch",
            "Jaden absent - nan's funeral (authorised).",
            "",
            "Absence (authorised)",
        ),
    )
    occ(
        "2025-06-26",
        "rcpc-1",
        R(
            "csc",
            "RCPC. Progress noted but plan to continue 3 months given bereavement and "
            "transition to new school. Next RCPC 25/09.",
            "10:00",
            "RCPC",
            "Remain on CP plan",
        ),
        R(
            "sch",
            "Review conference - stays on plan. School's report praised by chair.",
            "10:00",
            "Meeting",
        ),
        R(
            "tod",
            "Review CP conference. Transition plan to HIRB shared.",
        ),
        R(
            "sn",
            "Contact type: RCPC. Outcome: CP plan continues. Weight 9th centile (improving).",
            "",
            "Conference",
        ),
        R(
            "interp",
            "Assignment: Civic Centre, review CP conference 10:00, 2 RSLIs. Completed 11:45.",
            "10:00",
            "Completed",
        ),
    )
    occ(
        "2025-06-26",
        "core-group-after-rcpc",
        R(
            "csc",
            "Core group held straight after RCPC to update the plan: dental review, HIRB "
            "visits in July.",
            "12:00",
            "Core group",
        ),
        R(
            "sch",
            "Stayed for core group after conference.",
            "12:00",
            "Meeting",
        ),
    )
    occ(
        "2025-07-15",
        "dental-review",
        R(
            "dental",
            "Review post-GA. Healing well, no new caries. Fluoride varnish applied. Mother "
            "brushing twice daily (says). Interpreter present.",
            "09:30",
            "Review",
        ),
    )
    occ(
        "2025-07-15",
        "audiology-attended",
        R(
            "aud",
            "Annual review attended with father (interpreter booked by clinic). Stable "
            "profound bilateral SNHL. Parents decline aids - respected; discharged to ToD.",
            "14:00",
            "Review",
        ),
    )
    occ(
        "2025-07-21",
        "last-day-cinderhill",
        R(
            "sch",
            "Jaden's last day at Cinderhill - leaving for Hollin Brook HIRB. CP file to be "
            "transferred securely.",
            "",
            "Leaver",
        ),
    )
    occ(
        "2025-09-03",
        "start-hollin-brook",
        R(
            "tod",
            "Jaden started at Hollin Brook Primary HIRB today (Y5). Settled, signing with "
            "Deaf peers at break.",
        ),
        R(
            "csc",
            "Jaden started at Hollin Brook Primary (hearing impaired resource base).",
            "",
            "Change of school",
        ),
        R(
            "ewo",
            "School change: Jaden now on roll at Hollin Brook Primary from 03/09/25. Case "
            "transferred to area EWO.",
            "",
            "Change of school",
            "",
            "+1",
        ),
    )
    occ(
        "2025-09-25",
        "rcpc-2",
        R(
            "csc",
            "RCPC 2: sustained progress. CP plans ended, step down to CIN (Jaden and Mia).",
            "10:00",
            "RCPC",
            "CIN",
        ),
        R(
            "tod",
            "RCPC - children off plans, CIN instead. Jaden thriving at HIRB.",
        ),
        R(
            "sn",
            "Contact type: Review conference. Outcome: CP plan ended, CIN. Weight 16th centile.",
            "",
            "Conference",
        ),
        R(
            "interp",
            "Assignment: Civic Centre, child protection review 10:00, 2 RSLIs.",
            "10:00",
            "Completed",
            "",
            "-2",
        ),
    )
    occ(
        "2025-11-11",
        "cin-review",
        R(
            "csc",
            "CIN review at Hollin Brook with interpreters. Attendance 97%. Plan to close CIN "
            "in Jan if maintained.",
            "14:00",
            "CIN review",
        ),
        R(
            "tod",
            "CIN review at school. Jaden's attendance 97%. Parents now in parents' BSL group.",
        ),
    )

    # --- Routine entries ----------------------------------------------------------------------
    f.fill(
        "sch",
        "2024-09-04",
        "2025-07-18",
        [
            ("Attendance", "Jaden absent, no reason given. Text sent to Mum."),
            ("Attendance", "Jaden absent (Monday). Mum texted 'poorly'."),
            ("Health / Hygiene", "Spare uniform given from school stock; clothes washed."),
            ("Pastoral", "Jaden in brekkie club, ate 2 bowls of cereal."),
        ],
    )
    f.fill(
        "tod",
        "2024-09-04",
        "2025-11-28",
        [
            ("", "Routine school visit: BSL/English bilingual targets reviewed with CSW."),
            ("", "Visit: deaf awareness session for Jaden's class."),
        ],
        timed=False,
    )
    f.fill(
        "csc",
        "2024-12-11",
        "2025-11-28",
        [
            ("Home visit", "Statutory visit with BSL interpreter. Fridge stocked. Children seen."),
            ("Home visit", "CP visit (interpreter). Jaden's room tidy, new bedding."),
            ("Supervision", "Supervision: plan progressing; consider step-down at next review."),
        ],
    )
    f.fill(
        "ewo",
        "2024-10-09",
        "2025-07-18",
        [
            ("Monitoring", "Attendance check with school: 84% this half term."),
            ("Letter", "Letter to parents (plain English + BSL video link) re attendance."),
        ],
    )
    f.fill(
        "interp",
        "2024-09-02",
        "2025-11-28",
        [
            ("Completed", "Assignment: adult outpatients (father), BGH 11:00. Completed."),
            ("Completed", "Assignment: mother, Jobcentre appointment. Completed."),
        ],
    )
    f.fill(
        "deaf",
        "2024-12-01",
        "2025-11-28",
        [
            ("", "Drop-in: Gary helped with a PIP form in BSL."),
            ("", "Home visit to Nicola - low mood, referred to Deaf IAPT service."),
        ],
    )
    f.fill(
        "gp",
        "2024-09-02",
        "2025-11-28",
        [("", "Mia: S: fever 2 days. O: ears red. A: OM. P: Calpol, safety net.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Stannard-Breslin household, Pellmouth. Alfie Stannard (b. 18/11/2020) lives with
# his mother Jade Stannard (b. 2000), her partner Connor Breslin (b. 1997) and their baby Lola
# Breslin (b. 03/06/2024) at Flat 7, Corran House, Weir Street, Pellmouth PL9 3TX; registered
# at Fernside Surgery; at Little Acorns Pre-School. A police call-out for an argument in
# November 2024; in January 2025 Alfie's feet and ankles are scalded in the bath and he is not
# brought for treatment for three days: GP, Pellmouth General emergency department, the Haldon
# Regional Burns Unit, skin grafts, an account that changes, a child protection medical, two
# strategy discussions, both carers arrested and interviewed, care proceedings, interim care
# orders, Alfie placed with foster carers on discharge and Lola with her maternal grandmother,
# looked-after reviews, Connor charged, a fact-finding hearing, a school start.
# --------------------------------------------------------------------------------------------


def _stannard() -> BlindCase:
    f = Family(
        "stannard",
        3303,
        {
            "gp": Sheet(
                GP,
                "Fernside_Surgery_IMR.docx",
                "Table 2",
                (("2024-06-01", "Dr H Quayle"),),
                typed=False,
            ),
            "ed": Sheet(
                ED,
                "Pellmouth_General_ED_extract.xlsx",
                "ED",
                (("2024-06-01", "ED (Dr S Obi, ST5)"),),
            ),
            "burns": Sheet(
                BURNS,
                "Haldon_Regional_Burns_Unit.xlsx",
                "Ward 9 / clinic",
                (("2024-06-01", "Burns unit nursing / Mr K Adeleke"),),
            ),
            "csc": Sheet(
                CSC,
                "Pellmouth_CS_chronology_Stannard.xlsx",
                "Chronology",
                (("2024-06-01", "MASH"), ("2025-01-13", "Nadia Ferreira SW")),
            ),
            "pol": Sheet(
                POLICE,
                "South_Wolds_Police_chronology.xlsx",
                "Sheet1",
                (("2024-06-01", "PC 2281 KEMP"), ("2025-01-13", "DC 4127 ROWE (CAIT)")),
            ),
            "nur": Sheet(
                NURSERY,
                "Little_Acorns_PreSchool_log.xlsx",
                "Alfie",
                (("2024-06-01", "L Marsh (manager/DSL)"),),
            ),
            "hv": Sheet(
                HV,
                "Pellmouth_0-19_HV_records.xlsx",
                "Contacts",
                (("2024-06-01", "Gemma Fairclough HV"),),
            ),
            "paeds": Sheet(
                PAEDS,
                "Community_Paediatrics_Pellmouth.xlsx",
                "Safeguarding",
                (("2024-06-01", "Dr N Ahmadi, Consultant Paediatrician"),),
                typed=False,
            ),
            "legal": Sheet(
                LEGAL,
                "Pellmouth_Legal_Services_file_note_log.xlsx",
                "Care proceedings",
                (("2025-01-01", "P Mistry, Solicitor"),),
            ),
            "foster": Sheet(
                FOSTERING,
                "Pellmouth_Fostering_Service_log.xlsx",
                "Greenhalgh placement",
                (("2025-01-01", "D Linacre SSW"),),
                typed=False,
            ),
            "iro": Sheet(
                IRO,
                "IRO_service_Stannard.xlsx",
                "IRO",
                (("2025-01-01", "Hannah Voss IRO"),),
            ),
            "cafcass": Sheet(
                CAFCASS,
                "Cafcass_public_law_Stannard.xlsx",
                "Chronology",
                (("2025-01-01", "Marcus Whitby (Children's Guardian)"),),
            ),
        },
    )
    occ = f.occ

    # --- 2024: a new baby, nursery, a call-out --------------------------------------------
    occ(
        "2024-06-14",
        "hv-new-birth-visit",
        R(
            "hv",
            "Contact type: New birth visit (Lola, 11 days). Mum, Connor and Alfie (3) "
            "present. Feeding: formula. Outcome: universal plus - mum tired, flat very "
            "cluttered, Alfie not yet at nursery; EHQ not indicated.",
            "11:00",
            "New birth visit",
        ),
    )
    occ(
        "2024-06-20",
        "lola-gp-registration",
        R(
            "gp",
            "New patient registration: Lola BRESLIN (DOB 03/06/24). Registered with Dr Quayle.",
            "",
        ),
        R(
            "hv",
            "Contact type: Admin. Lola registered with Fernside Surgery.",
            "",
            "GP registration",
            "",
            "late",
        ),
    )
    occ(
        "2024-09-04",
        "nursery-start",
        R(
            "nur",
            "Alfie started with us today - 3 mornings (15 hrs funded). Settled after mum "
            "left. Mum says Connor may do some pick-ups.",
            "09:00",
            "Starting",
        ),
        R(
            "hv",
            "Alfie started at Little Acorns Pre-School (per mum at Lola's 12-wk check).",
            "",
            "Information",
            "",
            "month",
        ),
    )
    occ(
        "2024-10-10",
        "nursery-bruise",
        R(
            "nur",
            "Small bruise L cheek on arrival. Mum: 'fell off the sofa'. Body map completed. "
            "Consistent explanation - no further action, log only.",
            "09:10",
            "Existing injury",
        ),
    )
    occ(
        "2024-11-17",
        "police-da-callout",
        R(
            "pol",
            "INC SWP-241117-1187. 23:10 CALL FROM NEIGHBOUR - SHOUTING/BANGING FLAT 7 CORRAN "
            "HOUSE. OFFICERS ATTENDED. VERBAL ARGUMENT J STANNARD / C BRESLIN, NO ASSAULTS "
            "DISCLOSED. 2 CHILDREN PRESENT (ASLEEP). DASH STANDARD. PPN SUBMITTED.",
            "23:10",
            "Domestic (verbal)",
            "",
            "",
            "SWP-241117-1187",
        ),
    )
    occ(
        "2024-11-18",
        "csc-ppn-received",
        R(
            "csc",
            "PPN received from South Wolds Police: verbal argument between mother and partner "
            "17/11 at 23:10, children asleep, DASH standard.",
            "",
            "Police notification",
        ),
    )
    occ(
        "2024-11-19",
        "mash-decision-nfa",
        R(
            "csc",
            "MASH decision: NFA for CSC - first notification, standard risk. Information "
            "shared with HV and nursery for awareness.",
            "",
            "MASH decision",
            "NFA",
        ),
    )
    occ(
        "2024-11-19",
        "mash-email-hv",
        R(
            "hv",
            "Contact type: Information received. Email from MASH re police attendance 17/11 "
            "(verbal DA). Outcome: DA enquiry at next contact.",
            "",
            "Information",
            "",
            "+1",
        ),
    )

    # --- The scald: GP, ED, burns unit ----------------------------------------------------
    occ(
        "2025-01-13",
        "gp-phone-triage",
        R(
            "gp",
            "Telephone triage (mother): Alfie 'burnt his feet in the bath' Saturday, blisters "
            "now weeping, 'not healing'. Booked urgent F2F 10:40.",
            "09:12",
        ),
    )
    occ(
        "2025-01-13",
        "gp-f2f-scald",
        R(
            "gp",
            "S: Mum says Alfie climbed into the bath on Sat 11/01 when it was too hot, she got "
            "him straight out; treated with Sudocrem. O: Both feet and ankles scalded to mid-"
            "shin, symmetrical, sharp tide line, blistered and sloughy, ?deep dermal. "
            "Distressed. A: Scald approx 5-6% TBSA, 2 days late, pattern ?immersion. P: To ED "
            "now (mum driving). Safeguarding - MASH informed.",
            "10:40",
        ),
    )
    occ(
        "2025-01-13",
        "gp-call-mash",
        R(
            "gp",
            "Telephone call to MASH re Alfie - scald pattern and delay. Told mum I would be "
            "doing this.",
            "11:05",
        ),
        R(
            "csc",
            "Contact (telephone) from Dr Quayle, Fernside Surgery: Alfie (4) symmetrical scalds "
            "both feet, presented 2 days late, account 'climbed in'. Sent to Pellmouth ED.",
            "11:05",
            "Contact",
            "Strategy discussion today",
        ),
    )
    occ(
        "2025-01-13",
        "ed-attendance",
        R(
            "ed",
            "TRIAGE: 4y M, scalds both feet, sent by GP. Hx from mum: injured 11/01, bath. "
            "Pain 7/10. Cat 2. Analgesia given.",
            "11:48",
            "Triage",
        ),
        R(
            "ed",
            "Reg review: bilateral stocking-distribution scalds, clear tide marks, sparing "
            "soles?, est 6% TBSA deep partial. Mum now says Connor ran bath and Alfie 'got in "
            "when tap still running'. Hx inconsistent with GP letter. CP concerns - "
            "safeguarding team + on-call paeds aware.",
            "12:40",
            "Medical review",
        ),
        R(
            "ed",
            "Discussed with Haldon Burns - accepted. Transferred by ambulance 17:20 with mum. "
            "Safeguarding form completed.",
            "17:20",
            "Transfer",
        ),
    )
    occ(
        "2025-01-13",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (telephone) - TM, SW, DS Hale (CAIT), ED consultant. Account "
            "already changed between GP and ED. Agreed S47 (joint), CP medical at Haldon by "
            "paediatrician, Lola to be seen today, mother and partner not to be alone with "
            "children pending enquiries.",
            "15:00",
            "Strategy discussion",
            "S47 joint",
        ),
        R(
            "pol",
            "STRATEGY DISCUSSION WITH PELLMOUTH CS AND ED. JOINT S47. CRIME RECORDED - CHILD "
            "CRUELTY (S1 CYPA 1933) / S20 GBH PENDING MEDICAL OPINION. OIC DC ROWE.",
            "15:00",
            "Strategy",
            "",
            "",
            "CR-250113-0442",
        ),
        R(
            "ed",
            "Strat disc with SW and police by phone - ED consultant gave clinical findings; "
            "CP medical to be done at burns unit.",
            "15:05",
            "Safeguarding",
        ),
    )
    occ(
        "2025-01-13",
        "burns-admission",
        R(
            "burns",
            "Admitted to Ward 9 from Pellmouth ED. Scalds bilateral feet/ankles approx 6% "
            "TBSA, mixed depth. Dressings, analgesia, fluids. Mother resident. Safeguarding "
            "handover received.",
            "19:05",
            "Admission",
        ),
        R(
            "csc",
            "Alfie admitted to Haldon Regional Burns Unit (Ward 9) this evening.",
            "",
            "Hospital admission",
        ),
    )
    occ(
        "2025-01-13",
        "sw-sees-lola",
        R(
            "csc",
            "SW visit to maternal grandmother's (22 Hawthorn Rise) to see Lola, left there by "
            "mum while at hospital. Lola well, no marks. MGM agrees to care for Lola for now.",
            "18:30",
            "Child seen",
        ),
    )
    occ(
        "2025-01-14",
        "cp-medical",
        R(
            "paeds",
            "Child protection medical on Ward 9 (Haldon), with burns consultant. Opinion: "
            "symmetrical immersion-pattern scalds with tide lines and sparing of soles, highly "
            "suggestive of forced immersion; the accounts given (climbed in; got in under "
            "running tap) do not explain the pattern. Delay of >48 hrs in seeking care. "
            "Skeletal survey not indicated (age 4); bloods and photos taken.",
            "10:00",
        ),
        R(
            "burns",
            "CP medical completed on ward by Dr Ahmadi (community paeds) with Mr Adeleke. "
            "Medical photography done.",
            "10:00",
            "Safeguarding",
        ),
        R(
            "csc",
            "CP medical: Dr Ahmadi's verbal opinion - forced immersion likely, account not "
            "consistent, delay in seeking treatment.",
            "",
            "CP medical",
        ),
    )
    occ(
        "2025-01-14",
        "police-scene-visit",
        R(
            "pol",
            "DC ROWE + CSI ATTENDED FLAT 7 CORRAN HOUSE (CONSENT OF TENANT J STANNARD). "
            "BATHROOM PHOTOGRAPHED. HOT TAP MEASURED 66C AFTER 1 MIN. NO THERMOSTATIC VALVE.",
            "14:20",
            "Scene visit",
            "",
            "",
            "CR-250113-0442",
        ),
    )
    occ(
        "2025-01-14",
        "hv-ed-notification",
        R(
            "hv",
            "Contact type: ED liaison notification (Pellmouth General). Alfie attended 13/01 "
            "with scalds, transferred to Haldon Burns. CP concerns. Outcome: HV to attend "
            "strategy if invited; Lola's records flagged.",
            "",
            "Liaison",
        ),
    )
    occ(
        "2025-01-14",
        "mother-new-account",
        R(
            "burns",
            "Mum told nurse (Staff Nurse Penrose) this evening that Connor had bathed Alfie "
            "while she was at the shop and Alfie was 'screaming' when she got back; she "
            "didn't bring him in because Connor said they'd 'lose the kids'. Escalated to "
            "safeguarding and SW (out of hours).",
            "21:40",
            "Disclosure",
        ),
    )
    occ(
        "2025-01-15",
        "strategy-2",
        R(
            "csc",
            "Strategy meeting (Teams) reconvened. DS Hale, Dr Ahmadi, burns safeguarding "
            "nurse, HV, nursery manager, SW, TM. Mother's third account noted. Police to "
            "arrest both carers 16/01. Legal gateway to be requested. Lola to stay with MGM "
            "under safety plan.",
            "10:00",
            "Strategy meeting",
        ),
        R(
            "pol",
            "STRAT MTG NO.2 - ATTENDED DS 3307 HALE. AGREED ARREST BOTH CARERS 16/01 AM.",
            "10:00",
            "Strategy",
            "",
            "",
            "CR-250113-0442",
        ),
        R(
            "paeds",
            "Attended second strategy meeting (Teams). Gave medical opinion as per report.",
            "10:00",
        ),
        R(
            "hv",
            "Contact type: Strategy meeting. Outcome: HV to visit Lola at MGM's; HV records "
            "shared (DA call-out Nov, clutter).",
            "",
            "Strategy meeting",
        ),
        R(
            "nur",
            "Strategy meeting on Teams - I gave nursery's info (bruise Oct, attendance good, "
            "Alfie chatty, talks about 'Con shouting').",
            "10:00",
            "Safeguarding meeting",
        ),
    )
    occ(
        "2025-01-15",
        "burns-email-strategy",
        R(
            "burns",
            "Email to SW with ward safeguarding summary (incl. mother's disclosure last night) "
            "ahead of strategy meeting.",
            "08:30",
            "Safeguarding",
        ),
    )
    occ(
        "2025-01-16",
        "arrest-mother",
        R(
            "pol",
            "JADE STANNARD ARRESTED 08:05 AT HAWTHORN RISE ON SUSPICION OF CHILD NEGLECT "
            "(FAILING TO SEEK MEDICAL AID). CONVEYED PELLMOUTH CUSTODY.",
            "08:05",
            "Arrest",
            "",
            "",
            "CR-250113-0442",
        ),
    )
    occ(
        "2025-01-16",
        "arrest-connor",
        R(
            "pol",
            "CONNOR BRESLIN ARRESTED 08:20 AT FLAT 7 CORRAN HOUSE ON SUSPICION OF S18 GBH / "
            "CHILD CRUELTY. CONVEYED PELLMOUTH CUSTODY.",
            "08:20",
            "Arrest",
            "",
            "",
            "CR-250113-0442",
        ),
        R(
            "csc",
            "Connor Breslin arrested this morning (GBH/child cruelty) per DC Rowe.",
            "",
            "Police update",
        ),
    )
    occ(
        "2025-01-16",
        "interview-mother",
        R(
            "pol",
            "INTERVIEW J STANNARD (SOLICITOR PRESENT). STATES C BRESLIN BATHED ALFIE WHILE "
            "SHE WAS AT SHOP, ALFIE SCREAMING ON RETURN; DID NOT SEEK HELP AS BRESLIN SAID "
            "THEY WOULD LOSE THE KIDS. RELEASED ON BAIL - NO UNSUPERVISED CONTACT WITH "
            "CHILDREN.",
            "13:30",
            "Interview",
            "",
            "",
            "CR-250113-0442",
        ),
    )
    occ(
        "2025-01-16",
        "interview-connor",
        R(
            "pol",
            "INTERVIEW C BRESLIN. STATES ALFIE CLIMBED INTO BATH WHILE HE FETCHED A TOWEL, "
            "HOT TAP RUNNING. DENIES PLACING CHILD IN WATER. BAILED - NOT TO CONTACT J "
            "STANNARD OR CHILDREN.",
            "16:10",
            "Interview",
            "",
            "",
            "CR-250113-0442",
        ),
    )
    occ(
        "2025-01-17",
        "legal-gateway",
        R(
            "csc",
            "Legal gateway meeting: threshold met. Decision to issue care proceedings for "
            "Alfie and Lola, seek ICOs; Alfie to foster care on discharge, Lola with MGM "
            "(viability assessment positive).",
            "14:00",
            "Legal planning",
        ),
        R(
            "legal",
            "Legal Gateway Panel. Instructions: issue C110A for both children urgently, "
            "ICO (s38) - plan foster placement for Alfie, Reg 24 placement with MGM for Lola.",
            "14:00",
            "Gateway",
        ),
    )
    occ(
        "2025-01-20",
        "skin-graft",
        R(
            "burns",
            "Theatre: debridement + split-thickness skin graft (donor L thigh) to both "
            "feet/ankles. Uneventful. Back to ward 14:10.",
            "09:30",
            "Theatre",
        ),
        R(
            "csc",
            "Alfie had skin grafts to both feet today. Mum visited pm (supervised by ward).",
            "",
            "Health",
            "",
            "+1",
        ),
    )
    occ(
        "2025-01-21",
        "c110a-issued",
        R(
            "legal",
            "C110A issued at Haldon Family Court (both children). ICO application listed "
            "23/01/25 10:30.",
            "",
            "Issue",
        ),
        R(
            "cafcass",
            "Care application received (Pellmouth BC) - Alfie Stannard and Lola Breslin. "
            "Children's Guardian allocated.",
            "",
            "Application received",
            "",
            "+1",
        ),
    )
    occ(
        "2025-01-22",
        "hv-visit-lola",
        R(
            "hv",
            "Contact type: Home visit (MGM's). Lola 7 months, weight 50th centile, well. MGM "
            "coping; mum visits supervised. Outcome: targeted HV, 4-weekly.",
            "10:00",
            "Home visit",
        ),
    )
    occ(
        "2025-01-22",
        "sw-visit-lola",
        R(
            "csc",
            "Visit to MGM and Lola (separate from HV's earlier visit). Discussed Reg 24 and "
            "the hearing tomorrow. MGM will attend.",
            "15:30",
            "Home visit",
        ),
    )
    occ(
        "2025-01-23",
        "ico-hearing",
        R(
            "legal",
            "ICO hearing (DJ Farrant). ICOs made for Alfie and Lola. Alfie to foster care on "
            "discharge; Lola placed with MGM. Mother and Connor not opposing ICO. Next: CMH "
            "13/03.",
            "10:30",
            "Hearing",
        ),
        R(
            "cafcass",
            "First hearing: interim care orders granted (both children). Guardian supported "
            "plan. Mother represented; Mr Breslin represented; Alfie's father not named.",
            "10:30",
            "Hearing",
        ),
        R(
            "csc",
            "Interim Care Orders granted for Alfie and Lola at Haldon FC.",
            "",
            "Legal status",
            "ICO",
        ),
        R(
            "csc",
            "Interim Care Orders granted for Alfie and Lola at Haldon FC",
            "",
            "Legal status",
            "ICO",
        ),
    )
    occ(
        "2025-01-28",
        "discharge-planning",
        R(
            "burns",
            "Discharge planning meeting on ward: SW, foster carer, SSW, HV, burns OT. Grafts "
            "taken well. Dressing changes via burns outreach. Discharge 04/02 to foster "
            "carers.",
            "11:00",
            "MDT",
        ),
        R(
            "csc",
            "Professionals' meeting at Haldon (discharge planning). Discharge planned for "
            "04/02 direct to Mr & Mrs Greenhalgh.",
            "11:00",
            "Professionals meeting",
        ),
        R(
            "foster",
            "Sue G and I went to Ward 9 for discharge planning mtg. Met Alfie - shy but "
            "smiled at Sue. Dressings training for Sue booked.",
        ),
    )
    occ(
        "2025-01-28",
        "family-time-ward",
        R(
            "csc",
            "Supervised family time on ward (mother, 1 hr). Warm, Alfie asked when he can go home.",
            "14:00",
            "Family time",
        ),
    )
    occ(
        "2025-02-04",
        "discharge-to-foster",
        R(
            "burns",
            "Discharged to foster carers (Mr/Mrs Greenhalgh) with SW. TTOs, dressings, "
            "burns clinic 11/03.",
            "12:15",
            "Discharge",
        ),
        R(
            "csc",
            "Alfie discharged from Ward 9 and placed with foster carers Sue and Martin "
            "Greenhalgh (ICO, s38). Placement plan signed.",
            "",
            "Placement start",
        ),
        R(
            "foster",
            "Alfie placed with Sue & Martin today, collected from Haldon with SW. Settled with "
            "a bath-free wash and his blue dinosaur.",
        ),
    )
    occ(
        "2025-02-04",
        "burns-discharge-letter",
        R(
            "burns",
            "Discharge summary sent to GP (Fernside) and HV: STSG bilateral feet, outreach "
            "dressings, clinic 11/03; now looked after - carer details via SW.",
            "16:00",
            "Correspondence",
        ),
        R(
            "gp",
            "Discharge summary received from Haldon Regional Burns Unit - scalds both feet, "
            "skin grafts 20/01. Alfie now in foster care (ICO). Coded CP/LAC.",
            "",
            "",
            "",
            "+2",
        ),
    )
    occ(
        "2025-02-06",
        "initial-health-assessment",
        R(
            "paeds",
            "Initial health assessment (CLA) at Ashcombe CDC with foster carer. Grafts "
            "healing. Speech slightly delayed. Immunisations: pre-school booster due.",
            "09:30",
        ),
        R(
            "foster",
            "Sue took Alfie to his IHA at Ashcombe CDC. Dr said grafts doing well.",
        ),
    )
    occ(
        "2025-02-24",
        "back-to-nursery",
        R(
            "nur",
            "Alfie back with us - first day since the injury. Brought by foster carer (Sue). "
            "Special shoes, no outdoor sand play.",
            "09:00",
            "Attendance",
        ),
        R(
            "foster",
            "Alfie back to Little Acorns today. Very excited to see his friends.",
            "",
            "",
            "",
            "-1",
        ),
    )
    occ(
        "2025-02-27",
        "cla-review-1",
        R(
            "iro",
            "First CLA review (20 working days). Plan: interim foster placement for Alfie, "
            "Reg 24 for Lola, family time x3 weekly supervised. Alfie's views gathered with "
            "pictures.",
            "10:00",
            "LAC review",
        ),
        R(
            "csc",
            "Looked after review chaired by IRO (H Voss). Care plan endorsed.",
            "10:00",
            "CLA review",
        ),
        R(
            "foster",
            "1st LAC review at our house. IRO lovely with Alfie.",
        ),
        R(
            "nur",
            "Contributed to Alfie's looked-after review (report sent, manager attended by phone).",
            "10:00",
            "Meeting",
        ),
    )
    occ(
        "2025-03-11",
        "burns-clinic",
        R(
            "burns",
            "Burns clinic: grafts 95% take, small area L heel healing. Measured for pressure "
            "garments. Scar management - 6 wks. Attended with foster carer.",
            "14:00",
            "Outpatients",
        ),
        R(
            "foster",
            "Burns clinic at Haldon - pressure garments ordered. Alfie brave.",
            "",
            "",
            "",
            "swap",
        ),
    )
    occ(
        "2025-03-13",
        "cmh",
        R(
            "legal",
            "Case management hearing. Directions: expert burns/paediatric report "
            "(Dr Levene), parenting assessment of mother, viability of MGM as SGO for Lola; "
            "Mr Breslin joined as intervenor re Alfie. IRH 16/09, fact-find listed 08/07.",
            "10:00",
            "Hearing",
        ),
        R(
            "cafcass",
            "CMH - Guardian's initial analysis filed. Directions agreed. Fact-finding listed.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "CMH at Haldon - expert and parenting assessments ordered; fact-finding in July.",
            "",
            "Court hearing",
        ),
    )
    occ(
        "2025-04-14",
        "connor-moves-out",
        R(
            "csc",
            "Mother reports Connor moved out of Corran House today to his mother's in "
            "Haldon. She says relationship over.",
            "",
            "Household change",
        ),
        R(
            "hv",
            "Contact type: Home visit (MGM). Jade present - says Connor has moved out of the "
            "flat. Outcome: DA service details given.",
            "",
            "Home visit",
            "",
            "late",
        ),
    )
    occ(
        "2025-05-22",
        "cla-review-2",
        R(
            "iro",
            "2nd CLA review. Alfie thriving in placement; pressure garments tolerated. Care "
            "plan pending fact-find.",
            "15:30",
            "LAC review",
        ),
        R(
            "csc",
            "Second LAC review - plan unchanged.",
            "15:30",
            "CLA review",
        ),
        R(
            "foster",
            "Review meeting (2nd) at home after nursery.",
            "",
            "",
            "",
            "+1",
        ),
    )
    occ(
        "2025-06-10",
        "connor-charged",
        R(
            "pol",
            "CPS DECISION: C BRESLIN CHARGED S18 GBH WITH INTENT AND CHILD CRUELTY. BAILED "
            "TO PELLMOUTH MC 01/07/25.",
            "11:00",
            "Charge",
            "",
            "",
            "CR-250113-0442",
        ),
        R(
            "csc",
            "Connor Breslin charged with GBH with intent and child cruelty.",
            "",
            "Police update",
        ),
        R(
            "legal",
            "Note: Mr Breslin charged (s18/child cruelty). Update criminal-family "
            "liaison protocol.",
            "",
            "File note",
            "",
            "month",
        ),
    )
    occ(
        "2025-06-10",
        "mother-nfa",
        R(
            "pol",
            "CPS DECISION: J STANNARD - NFA (EVIDENTIAL). BAIL CANCELLED. TO BE WITNESS.",
            "11:05",
            "Outcome",
            "",
            "",
            "CR-250113-0442",
        ),
    )
    occ(
        "2025-07-08",
        "fact-find",
        R(
            "legal",
            "Fact-finding hearing (3 days from today, HHJ Pemberton). Findings: Mr Breslin "
            "caused the scalds by holding Alfie in hot water; mother failed to seek medical "
            "help for 2 days. Judgment handed down 10/07.",
            "10:00",
            "Hearing",
        ),
        R(
            "cafcass",
            "Fact-find began. Guardian attended all 3 days. Findings made against Mr Breslin "
            "(perpetrator) and mother (failure to protect/seek treatment).",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Fact finding hearing started. Parenting assessment of mother to continue.",
            "",
            "Court hearing",
        ),
    )
    occ(
        "2025-07-18",
        "leaves-nursery",
        R(
            "nur",
            "Alfie's last day - off to big school in Sept. Goodbye card from class. Transfer "
            "records to Kingsmere Primary sent.",
            "",
            "Leaver",
        ),
    )
    occ(
        "2025-09-03",
        "starts-reception",
        R(
            "foster",
            "Alfie started Reception at Kingsmere Primary today! Sue took photos.",
        ),
        R(
            "csc",
            "Alfie started Reception class at Kingsmere Primary (PEP to be arranged).",
            "",
            "School start",
            "",
            "+2",
        ),
    )
    occ(
        "2025-09-16",
        "irh",
        R(
            "legal",
            "IRH. LA final plan: Alfie long-term fostering, Lola SGO to MGM. Mother contests "
            "Alfie's plan. Final hearing 21/10.",
            "10:00",
            "Hearing",
        ),
        R(
            "cafcass",
            "IRH - Guardian's final analysis supports LA plans. Listed for final hearing.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Issues resolution hearing - final hearing listed.",
            "",
            "Court hearing",
        ),
    )
    occ(
        "2025-10-09",
        "cla-review-3",
        R(
            "iro",
            "3rd CLA review (at school). Permanence plan long-term fostering with current "
            "carers endorsed pending final hearing.",
            "13:30",
            "LAC review",
        ),
        R(
            "foster",
            "Alfie's review at school. Sue and Martin confirmed they want to keep Alfie long-term.",
        ),
    )
    occ(
        "2025-10-21",
        "final-hearing",
        R(
            "legal",
            "Final hearing. Care order (s31) Alfie; SGO to MGM for Lola with supervision "
            "order 12m. Proceedings concluded (week 39).",
            "10:00",
            "Final hearing",
        ),
        R(
            "cafcass",
            "Final hearing: care order Alfie, SGO Lola (MGM) + SO. Guardian discharged.",
            "10:00",
            "Hearing",
        ),
        R(
            "csc",
            "Final orders: Care Order for Alfie; Special Guardianship Order for Lola to MGM.",
            "",
            "Legal status",
        ),
        R(
            "iro",
            "Informed of final orders (care order Alfie).",
            "",
            "Update",
            "",
            "late",
        ),
    )

    # --- Routine entries ----------------------------------------------------------------------
    f.fill(
        "nur",
        "2024-09-05",
        "2025-01-10",
        [
            ("Attendance", "Alfie absent, mum rang - 'cold'."),
            ("Learning", "Alfie loved the leaf-printing; counted to 10."),
        ],
    )
    f.fill(
        "nur",
        "2025-02-25",
        "2025-07-17",
        [
            ("Wellbeing", "Alfie chatty about 'Sue's dog'. Pressure socks on, no concerns."),
            ("Learning", "Phonics group - recognises s, a, t."),
        ],
    )
    f.fill(
        "hv",
        "2024-07-01",
        "2024-12-20",
        [
            ("Developmental review", "Contact type: Clinic. Lola weight 50th. Outcome: universal."),
            ("Telephone", "Contact type: Telephone. Mum asked about Alfie's sleep. Advice given."),
        ],
    )
    f.fill(
        "foster",
        "2025-02-05",
        "2025-10-31",
        [
            ("", "Good week. Alfie eating well, sleeping through. Pressure garments worn."),
            ("", "Alfie had a nightmare ('hot water'). Comforted, back to sleep."),
            ("", "SSW supervisory visit - carers' log reviewed, dressings now finished."),
        ],
    )
    f.fill(
        "csc",
        "2025-02-05",
        "2025-10-31",
        [
            ("Visit", "Statutory CLA visit to Alfie at placement. Seen alone, happy."),
            ("Visit", "Visit to Lola at MGM's (Reg 24). Well, meeting milestones."),
            ("Family time", "Supervised family time at Pellmouth contact centre with mother."),
        ],
    )
    f.fill(
        "gp",
        "2024-06-21",
        "2025-10-31",
        [
            ("", "Lola - 8 wk baby check. Hips, heart, eyes normal. Immunisations given."),
            ("", "Jade: S: low mood. A: postnatal depression mild. P: talking therapies."),
        ],
    )
    f.fill(
        "pol",
        "2024-06-01",
        "2024-11-10",
        [("Intel", "INTEL LOG - C BRESLIN SEEN WITH KNOWN DRUG SUPPLIER, WEIR STREET.")],
    )
    return f.case()


def blind_dedup_cases_33() -> list[BlindCase]:
    """The thirty-third blind set's families, in the order they were written."""
    return [_penhallow(), _ferrow(), _stannard()]


if __name__ == "__main__":
    summary(blind_dedup_cases_33)
