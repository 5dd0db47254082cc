"""A twenty-sixth set of blind labelled cases for judging duplicate detection.

Three wholly fictional families, each of 109-128 chronology rows from eleven or twelve services
(twelve sheets each; one hospital's return in two sheets in every case) over twelve to fifteen
months, unlike each other: a fifteen-year-old boy drawn into a county line and then stabbed
(missing episodes with return home interviews, a British Transport Police arrest far from home
while missing, an NRM referral with reasonable and conclusive grounds decisions, a knife in
school and a permanent exclusion, alternative provision, a youth conditional caution, a MACE
panel and a contextual safeguarding meeting about a park and an underpass, charges dropped, then
the stabbing: police and ambulance, a major trauma centre, two suspects arrested); a five-month-
old baby with fractures in an Army family (the mother's self-referral to the Army Welfare
Service, the father's operational tour and return, a posting that moves the family between two
areas so health visiting and GP records transfer, a domestic incident, a spiral femur fracture,
strategy discussions, a child protection medical, skeletal surveys, both parents arrested,
foster care, interim care orders, the father charged); a seven-year-old girl where fabricated or
induced illness is suspected (attendances at two hospitals that each were told nothing of the
other, a tertiary gastroenterology centre and its observed feeding admission, a community
paediatrician, a dietitian, the school nurse, a healthcare plan and falling attendance, covert
concerns shared between hospitals by phone and letter, a health professionals' meeting, a
medical-led strategy discussion, an initial and a review child protection conference). Written
blind: composed from the domain brief, the `Event` schema, the shared case kit and the seventh
blind set's module docstring and constants (read for format; none of its families, wordings or
places reused), without reading the duplicate rules, their settings, the linkage model, any
result or any other labelled set's families, and without running the merge on these cases. Kept
apart from tuning: measure on them blind first.

The services write very differently: police logs in capitals with CAD, incident, crime and URN
numbers; British Transport Police in sentence case with a custody log; long social care
narrative with EDT entries in the same sheet; health visiting, school nursing and
community health in "Contact type: ... Outcome: ..." templates; GP "S: O: A: P:" notes and
letters filed, with no event type column; a school's CPOMS export in the first person with no
event type column; emergency department notes in clinical shorthand (Cat 2, D/C, r/v, NAD,
ATMIST, MHP); first-person notes from a return home interview worker, a youth justice worker,
an Army Welfare Service practitioner and a tertiary consultant; a unit welfare officer's log in
military shorthand (POTL, Bn, CO, RSM) that pastes a strategy meeting's minute under its own
preface two days later; dates written inside the text ("Saturday", "yesterday", "on the 7th").
Some returns give times and some do not.

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
- Decision for this set: a home force's entry that its missing child has been "located" because
  another force (BTP) arrested him names the same arrest, place and time, so it is a record of
  the arrest. The custody suite's call to the out-of-hours social worker that morning is a
  separate occurrence (its two ends are one), and so is his release under investigation that
  afternoon.
- Decision for this set: a knife found in a pupil's bag, with the school's 999 call and the
  police attendance, is one incident recorded by the school and the police; the police
  notification that social care logs the next day is another occurrence.
- Decision for this set: a school's entry of its permanent exclusion that says it emailed the
  social worker, and the social worker's entry of that email the same day, are one occurrence
  (the notification). Starting at an alternative provision is a life event (a change of
  school): the provision's, the youth justice worker's and (the next day) social care's entries
  are one occurrence.
- Decision for this set: a voluntary interview with the youth justice worker sitting in as
  appropriate adult is a joint attendance (one occurrence); a joint decision panel of youth
  justice and police is a meeting (one occurrence); the youth conditional caution given a week
  later is another occurrence.
- Decision for this set: a return home interview, the worker's email of the form (whose two ends
  are one occurrence, received the next day) and the worker's phone call to the social worker
  straight after an interview are separate occurrences, even on the same day.
- Decision for this set: an NRM decision letter received by social care, and the social
  worker's email telling the youth justice worker of it the next day (which social care did not
  record), are two occurrences; so is a police officer's call telling the youth justice worker of
  the stabbing two days later, which is not the stabbing.
- Decision for this set: an emergency department's separate row "safeguarding referral sent"
  belongs with social care's entry of receiving it (the next day), not with the attendance's
  triage, review and discharge rows. A major trauma centre's emergency rows ("trauma call",
  "CT", "left for theatre") are one attendance; the critical care admission from theatre is
  another occurrence; the discharge recorded by the ward and social care the same day is one.
- Decision for this set: a serving parent's deployment on an operational tour, and his return,
  are family-composition life events: the unit welfare officer's and the Army Welfare
  Service's entries of each are one occurrence (the welfare service wrote the deployment with
  only the month and the return two days late).
- Decision for this set: a birth recorded by midwifery and the unit welfare office that day, and
  the health visitor's birth notification the next day naming the same time, place and weight,
  are one occurrence (a life event; unlike a hospital's notice of an attendance). The postnatal
  discharge the next day is another.
- Decision for this set: the march-out of one service family house and the move into the next
  the following day are two occurrences; the move-in recorded by the housing contractor, the
  unit welfare office and (the next day) the Army Welfare Service is one. A health visiting
  transfer sent by secure email and the receiving service's transfer-in entry the next day are
  one occurrence (an email); registration at the new GP and the old practice's deregistration
  two days later are two.
- Decision for this set: a ward discharge straight into foster care under section 20 recorded by
  the ward, social care and (the next day) the health visitor is one occurrence.
- Decision for this set: a child protection medical attended by the social worker is a joint
  attendance (one occurrence); the sibling's own medical that morning, the skeletal survey that
  afternoon, the consultant's call with the results the next day and the repeat survey two
  weeks later are separate occurrences.
- Decision for this set: one letter sent to several recipients (a consultant's confidential
  letter to another hospital, copied to the GP and the community paediatrician) is one
  occurrence: its sending and each receipt, the same day or the next. A referral sent by one
  service and logged as received by another the next day is one occurrence; a clinic whose
  plan says "dietitian referral" is not the dietitian's receipt of the referral three days
  later.
- Decision for this set: a service that sent apologies and a report but records a conference's
  outcome the next day ("Initial CP conference yesterday - ... CP plan") is recording the
  conference; a GP's report emailed for a conference five days before it is not.
- Decision for this set: a parent's phone call to her welfare worker the day after a court
  hearing, telling her of the orders, is its own occurrence, not the hearing.
- Look-alikes kept apart: a school's call to the front door, the screening decision and the call
  back; a missing report, the child's return and social care's receipt of the notification;
  an arrest, the custody's call to the out-of-hours team and the release the same day; a
  return home interview, the email of its form and a phone call after it; a knife found at
  school and the police notice of it the next day; the notice and the exclusion email on one day
  in social care's sheet; an AP absence and the missing report that night; two suspects' arrests
  on one day; an arrest and a charge; a joint decision panel and the caution; the police's and
  the ambulance's attendance at a stabbing and the trauma centre's attendance after midnight;
  the emergency rows and the critical care admission; a strategy meeting and the officer's call
  the same morning; a march-out and a move-in on consecutive days; a new GP registration and the
  old practice's deregistration; a consultation and the GP's call to the health visitor that
  afternoon; a clinic and the safeguarding advice call that afternoon; two children's GP
  appointments ten minutes apart (in two families); two parents' arrests fifteen minutes apart
  and their bail that evening; two children's child protection medicals and a skeletal survey on
  one day; a GP's email for a strategy meeting and the meeting; a results call and the meeting
  that afternoon; emergency attendances on consecutive days; an emergency attendance, the
  overnight admission and the discharge the next day; a hospital's notice of attendances to the
  school nurse and the GP's filing of the discharge letters; a call between hospitals and the
  letter two days later; a discharge and the consultant's call the same day; a health
  professionals' meeting, the referral to social care the next day and the MASH decision the
  day after; a joint meeting with the mother and social care's call to the father that
  afternoon; an emergency attendance and the hospital's call to the out-of-hours team about it.

Everything is invented: people, practitioners, schools, surgeries, hospitals, wards, units,
barracks, towns, addresses, postcodes and reference numbers. Deterministic: one fixed seed per
case (it only places the routine entries and picks their times), no set or hash ordering.

    python sample_data/blind_dedup_cases_26.py      # prints a summary of each case
"""

from __future__ import annotations

from functools import partial

from dedup_case_kit import BlindCase, R, Sheet, summary
from dedup_case_kit import Family as _Family

POLICE = "Police"
BTP = "British Transport Police"
CSC = "Children's Social Care"
YJS = "Youth Justice Service"
SCHOOL = "School"
AP = "Alternative Provision"
RHI = "Return Home Interview Service"
AMBULANCE = "Ambulance Service"
ED = "Emergency Department"
MTC = "Major Trauma Centre"
GP = "GP"
MW = "Midwifery"
HV_WEST = "Health Visiting (Westmarsh)"
HV_HALL = "Health Visiting (Hallowby)"
DPHC = "Defence Primary Healthcare"
AWS = "Army Welfare Service"
UWO = "Unit Welfare Office"
SFA = "Service Family Accommodation"
PAEDS = "Paediatrics"
HOSP_A = "Pennock Royal Infirmary"
HOSP_B = "Sallowfield General Hospital"
TERTIARY = "Aldermoor Children's Hospital"
COMM_PAEDS = "Community Paediatrics"
DIETETICS = "Paediatric Dietetics"
SCHOOL_NURSE = "School Nursing"
EWO = "Education Welfare Service"

TERM_TIME_AGENCIES: tuple[str, ...] = (SCHOOL, AP, SCHOOL_NURSE, EWO)

# Each family's routine entries keep to this set's term-time agencies.
Family = partial(_Family, term_time=TERM_TIME_AGENCIES)


# --------------------------------------------------------------------------------------------
# Case 1: the Druce family, Marlcaster. Kaelan Druce (b. 19/10/2009) lives with his mother
# Stacey Druce (b. 1988) and sister Keeley (b. 2014) at 27 Wickhamfield Road, Marlcaster MC3 8RW;
# registered at Tannery Lane Surgery; Year 10 at Kilnworth Academy until permanently excluded,
# then Brackenridge Learning Centre (alternative provision). Drawn into the 'Rico' county line
# running class A drugs to Haddenport: missing episodes with return home interviews
# (Waymarker), a British Transport Police arrest at Haddenport Central, an NRM referral, a knife
# in school, a youth conditional caution, a contextual safeguarding meeting about Foxley Park,
# charges dropped after a positive conclusive grounds decision, then stabbed in the Sedgefield
# Road underpass (police and ambulance, Queen Adela Hospital major trauma centre, two arrests).
# --------------------------------------------------------------------------------------------


def _druce() -> BlindCase:
    f = Family(
        "druce",
        2601,
        {
            "pol": Sheet(
                POLICE,
                "Marlshire_Police_IMR_DRUCE.xlsx",
                "Chronology",
                (
                    ("2024-09-01", "PPU researcher C. Maudsley"),
                    ("2025-04-01", "PPU researcher J. Okonjo"),
                ),
            ),
            "btp": Sheet(
                BTP, "BTP_return_Druce_K.xlsx", "Sheet1", (("2024-09-01", "PC 2290 Lusk"),)
            ),
            "csc": Sheet(
                CSC,
                "Marlcaster_CSC_chronology_Kaelan.xlsx",
                "Chronology",
                (
                    ("2024-09-01", "Bex Thurlow (MASH)"),
                    ("2024-11-05", "Priya Gandhari (SW)"),
                    ("2025-06-02", "Owen Tregear (SW)"),
                ),
            ),
            "yjs": Sheet(
                YJS,
                "Marlcaster_YJS_KD.docx",
                "Table 1",
                (("2024-09-01", "Tunde Obi"),),
                typed=False,
            ),
            "sch": Sheet(
                SCHOOL,
                "Kilnworth_Academy_safeguarding_log.xlsx",
                "CPOMS export",
                (("2024-09-01", "G. Lowther (DSL)"),),
                typed=False,
            ),
            "ap": Sheet(
                AP,
                "Brackenridge_LC_return.xlsx",
                "Log",
                (("2024-09-01", "K. Danso (key worker)"),),
            ),
            "rhi": Sheet(
                RHI,
                "Waymarker_RHI_return_Kaelan.docx",
                "Table 1",
                (("2024-09-01", "Leanne Rusk"),),
                typed=False,
            ),
            "amb": Sheet(AMBULANCE, "NVAS_ePCR_extract.xlsx", "Incidents"),
            "ed": Sheet(ED, "Marlcaster_General_ED.xlsx", "ED attendances"),
            "mtc_ed": Sheet(MTC, "Queen_Adela_Hospital_return.xlsx", "ED"),
            "mtc_in": Sheet(MTC, "Queen_Adela_Hospital_return.xlsx", "Inpatient"),
            "gp": Sheet(
                GP,
                "Tannery_Lane_Surgery_return.xlsx",
                "Consultations",
                (("2024-09-01", "Dr M. Ferrand"),),
            ),
        },
    )
    # September 2024: the school's call to the front door; the screening; the call back.
    f.occ(
        "2024-09-20",
        "school-call-mash",
        R(
            "sch",
            "I spoke to Kaelan after Mr Pardoe (HoY10) told me he was picked up at the gate at "
            "15.10 yesterday by a grey Audi with two older lads in it. K has a new iPhone and a "
            "Moncler coat, says his cousin bought them. Mum didn't know about the car. I rang "
            "the Front Door at 11.40 and gave all of this - they will ring back.",
        ),
        R(
            "csc",
            "Contact received by telephone from Gemma Lowther, DSL at Kilnworth Academy. "
            "Kaelan (14) seen getting into a grey Audi with older males at the school gate on "
            "19/09/24; unexplained new phone and designer clothing; mother unaware. Contact "
            "type: Professional - Education. Logged for MASH screening.",
            "11:40",
            "Contact",
        ),
    )
    f.occ(
        "2024-09-23",
        "mash-screening",
        R(
            "csc",
            "MASH screening decision on contact of 20/09. Police checks: no trace for Kaelan; "
            "the Audi's VRM appears on two intelligence logs linked to drug supply in "
            "Haddenport. RAG amber. Outcome: step down to Early Help; DSL advised to complete "
            "the exploitation screening tool.",
            "15:05",
            "MASH decision",
        ),
    )
    f.occ(
        "2024-09-24",
        "mash-call-back",
        R(
            "sch",
            "Call back from the Front Door (Bex): they are passing it to Early Help and want me "
            "to do the exploitation screening tool with K. I said I'd do it this week.",
        ),
    )
    # October: first missing episode, return, notification, return home interview, email.
    f.occ(
        "2024-10-05",
        "missing-1",
        R(
            "pol",
            "MISPER REPORT CAD 0987 05/10/24. RP MOTHER STACEY DRUCE REPORTS SON KAELAN "
            "DRUCE (14) NOT HOME SINCE 1300HRS, PHONE OFF. CHECKS ON KNOWN FRIENDS NEG. GRADED "
            "MEDIUM RISK. CCE MARKER ADDED.",
            "19:52",
            "Missing person",
            ref="CAD 0987-051024",
        ),
    )
    f.occ(
        "2024-10-06",
        "missing-1-return",
        R(
            "pol",
            "MISPER RETURNED - KAELAN DRUCE RETURNED HOME OF OWN ACCORD 1405HRS. STATES STAYED "
            "AT A MATES, WILL NOT SAY WHERE. SAFE AND WELL CHECK BY PC 1833. RHI REFERRAL SENT "
            "TO WAYMARKER.",
            "14:25",
            "Missing person - returned",
            ref="CAD 0987-051024",
        ),
    )
    f.occ(
        "2024-10-07",
        "notification-1",
        R(
            "csc",
            "Police notification received via MASH inbox: Kaelan reported missing 05/10/24 "
            "19:52, returned home 06/10/24 14:05. First known missing episode. Shared with the "
            "Early Help worker; Waymarker to complete the RHI.",
            "09:32",
            "Police notification",
        ),
    )
    f.occ(
        "2024-10-09",
        "rhi-1",
        R(
            "rhi",
            "Return home interview at home (K in his room with the door open, mum downstairs). "
            "He said he went to Haddenport 'with a mate to see a girl' and slept at hers. "
            "Wouldn't give names. Went quiet when I asked about the new phone. Gave him my card "
            "and the Childline number. Indicators: travel out of area, new items.",
        ),
    )
    f.occ(
        "2024-10-10",
        "rhi-1-form",
        R(
            "rhi",
            "RHI form for 05-06/10 sent by secure email to the police missing person "
            "coordinator and to Marlcaster MASH.",
        ),
        R(
            "csc",
            "RHI form received from Waymarker (RHI completed 09/10): K says he was in "
            "Haddenport seeing a girl. Added to Early Help file.",
            "",
            "Email received",
            shift="late",
        ),
    )
    f.occ(
        "2024-10-15",
        "suspension",
        R(
            "sch",
            "Mr Pardoe smelt cannabis in the Y10 toilets; K had a small bag (about 1g) and "
            "£180 cash in his blazer. Mum called in. Mr Whitlow gave a 3 day suspension (16th "
            "to 18th). Cannabis destroyed with two witnesses. I updated the Early Help worker "
            "by email.",
        ),
    )
    f.occ(
        "2024-10-24",
        "gp-appt",
        R(
            "gp",
            "S: Mum attends with K. Staying out late, poor sleep, 'not himself', snappy. K "
            "monosyllabic, denies drugs. O: Wt 52kg (was 55kg in June). Alert, no obvious "
            "injuries. A: ?low mood ?substance use. P: given Compass young people's drug "
            "service leaflet and CAMHS self-referral details; review 4/52.",
            "10:40",
            "Consultation",
        ),
    )
    # November: second missing episode and the British Transport Police arrest.
    f.occ(
        "2024-11-02",
        "missing-2",
        R(
            "pol",
            "MISPER REPORT CAD 1544 02/11/24. DRUCE KAELAN 15YRS LEFT HOME 1600HRS SAYING "
            "GOING TO FOXLEY PARK, NOT RETURNED. 2ND EPISODE. GRADED HIGH RISK (CCE INTEL - "
            "'RICO' LINE). PNC MISSING CIRCULATION.",
            "21:05",
            "Missing person",
            ref="CAD 1544-021124",
        ),
    )
    f.occ(
        "2024-11-04",
        "btp-arrest",
        R(
            "btp",
            "Stop/search (s23 MDA) of juvenile male on platform 3, Haddenport Central, after "
            "conductor reported ticketless travel and smell of cannabis. Found: 24 wraps "
            "suspected crack cocaine/heroin concealed in sock, 2 mobile phones, £95 cash. "
            "Identified as Kaelan DRUCE 15yrs, circulated missing by Marlshire. ARRESTED 06:58 "
            "PWITS class A. Conveyed Haddenport custody.",
            "06:50",
            "Arrest",
            ref="URN 44/HD/0311/24",
        ),
        R(
            "pol",
            "MISPER LOCATED - DRUCE KAELAN ARRESTED BY BTP AT HADDENPORT CENTRAL STATION "
            "0658HRS FOR PWITS CLASS A, NOW IN HADDENPORT CUSTODY. MISPER ENQUIRY CLOSED "
            "(LINKED CAD 1544).",
            "07:40",
            "Missing person - located",
            ref="CAD 1544-021124",
        ),
    )
    f.occ(
        "2024-11-04",
        "btp-edt-call",
        R(
            "btp",
            "Custody: Marlcaster EDT contacted by phone re detained juvenile. Mother cannot "
            "travel tonight/this morning - AA requested. EDT to arrange AA via Haddenport "
            "scheme and notify allocated worker.",
            "08:20",
            "Notification",
        ),
        R(
            "csc",
            "EDT: call from Sgt 1120, BTP custody Haddenport. Kaelan arrested at Haddenport "
            "Central 06:58 for PWITS class A (24 wraps), was missing from home since 02/11. "
            "Mother already informed by BTP. Appropriate adult requested from the Haddenport "
            "AA scheme. Handed to MASH for the day team.",
            "08:26",
            "EDT",
        ),
    )
    f.occ(
        "2024-11-04",
        "btp-release",
        R(
            "btp",
            "Interviewed with AA present - no comment. RELEASED UNDER INVESTIGATION 13:15 into "
            "care of mother. NRM consideration flagged to Marlshire PPU.",
            "13:15",
            "Custody disposal",
            ref="URN 44/HD/0311/24",
        ),
    )
    f.occ(
        "2024-11-06",
        "strategy-1",
        R(
            "csc",
            "Strategy discussion (s47) - extra-familial harm. Chair: TM Louise Brack. Present: "
            "SW Priya Gandhari, DS Karl Venn (Marlshire CEU), Gemma Lowther (DSL Kilnworth), "
            "Tunde Obi (YJS); Waymarker sent information by email. Shared: two missing "
            "episodes, BTP arrest for PWITS 04/11 at Haddenport, Audi linked to the Rico line. "
            "Decision: threshold met for s47 enquiry; SW to submit NRM referral as first "
            "responder; police disruption plan; school to complete exploitation screening.",
            "14:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRATEGY MEETING (TEAMS) ATTENDED BY DS 2214 VENN RE DRUCE KAELAN. S47 AGREED. "
            "POLICE TO PURSUE DISRUPTION INCL CAWN FOR ADULT KNOWN AS 'SKITZ' (DWAYNE COTTERILL "
            "DOB 14/06/1999).",
            "14:00",
            "Strategy meeting",
        ),
        R(
            "sch",
            "I joined the strat meeting on Teams at 2pm (SW Priya, DS Venn, Tunde from YJS). "
            "Agreed s47. I'm to do the exploitation screening tool with K and send his "
            "attendance and behaviour log to Priya.",
        ),
        R(
            "yjs",
            "S47 strat mtg (Teams) re KD - attended. YJS to offer voluntary prevention work "
            "while the BTP matter is RUI.",
            shift="+1",
        ),
    )
    f.occ(
        "2024-11-07",
        "rhi-2",
        R(
            "rhi",
            "RHI for 02-04/11, at school in the pastoral room. K: 'I ain't saying nothing, "
            "you'll only tell the feds.' Wouldn't talk about Haddenport. Grazed knuckles. I "
            "explained I'm not police. Will try again at home.",
        ),
    )
    f.occ(
        "2024-11-08",
        "nrm-referral",
        R(
            "csc",
            "NRM referral submitted online to the Single Competent Authority as first "
            "responder: child criminal exploitation (county lines) - found with class A in "
            "Haddenport while missing. Ref NRM-24-118273. Mother informed; consent not "
            "required for a child.",
            "16:10",
            "NRM referral",
        ),
    )
    f.occ(
        "2024-11-11",
        "msl-crime",
        R(
            "pol",
            "NRM REF NRM-24-118273 (SUBMITTED BY MARLCASTER CSC 08/11) NOTED. MODERN SLAVERY "
            "CRIME RECORDED CRIME 51/77312/24, ALLOCATED CEU.",
            "11:02",
            "Crime recorded",
            ref="51/77312/24",
        ),
    )
    f.occ(
        "2024-11-19",
        "nrm-rg",
        R(
            "csc",
            "NRM: positive Reasonable Grounds decision letter received from the SCA (ref "
            "NRM-24-118273) - child criminal exploitation.",
            "",
            "NRM decision",
        ),
    )
    f.occ(
        "2024-11-20",
        "nrm-rg-email-yjs",
        R(
            "yjs",
            "Email from Priya (SW): KD's NRM has a positive reasonable grounds decision. Will "
            "matter for the BTP case (s45 defence).",
        ),
    )
    # Late November: the knife at school, the police notice, the permanent exclusion.
    f.occ(
        "2024-11-25",
        "knife-at-school",
        R(
            "sch",
            "Searched K's bag in P2 after a student told Mr Pardoe he had a 'shank'. Lock knife "
            "(about 8cm blade) wrapped in a sock. K said he needs it 'for protection' and "
            "'people are after me'. I rang 999 at 10.20, two PCs came at 10.45 and took the "
            "knife. Mum came in and took K home at 12.15 pending the Head's decision.",
        ),
        R(
            "pol",
            "CALL FROM KILNWORTH ACADEMY DSL - 15YR MALE PUPIL FOUND WITH LOCK KNIFE IN BAG. "
            "OFFICERS ATT 1045, KNIFE SEIZED EXH PM/1. MALE DRUCE KAELAN (CCE MARKER) STATES "
            "CARRIES IT FOR PROTECTION. TO BE DEALT WITH BY VOLUNTARY INTERVIEW. CRIME "
            "51/80144/24 POSS BLADED ARTICLE ON SCHOOL PREMISES.",
            "10:21",
            "Weapons",
            ref="51/80144/24",
        ),
    )
    f.occ(
        "2024-11-26",
        "knife-ppn",
        R(
            "csc",
            "Police PPN received re incident at Kilnworth Academy 25/11/24 - Kaelan found "
            "with a lock knife in his bag, carried 'for protection'. Added to s47 enquiry.",
            "09:15",
            "Police notification",
        ),
    )
    f.occ(
        "2024-11-26",
        "px-notice",
        R(
            "sch",
            "Mr Whitlow has permanently excluded K (serious breach - bladed article, on top of "
            "persistent disruption). I hand delivered the letter to mum at 3pm and emailed "
            "Priya (SW) and the LA exclusions officer at 15.40 to tell them.",
        ),
        R(
            "csc",
            "Email from G. Lowther (DSL Kilnworth): headteacher has permanently excluded "
            "Kaelan today following the knife on 25/11. Inclusion Service to arrange sixth "
            "day provision.",
            "15:52",
            "Education",
        ),
    )
    f.occ(
        "2024-12-03",
        "ap-start",
        R(
            "ap",
            "Admission meeting with Kaelan and mum (Stacey). Mornings only for 2 weeks then "
            "review. Key worker Mr Danso. K quiet and polite. Reading age 11.2.",
            "09:30",
            "Admission",
        ),
        R("yjs", "KD started at Brackenridge LC today (after PX from Kilnworth 26/11)."),
        R(
            "csc",
            "Kaelan started at Brackenridge Learning Centre (alternative provision) on 03/12 "
            "following permanent exclusion.",
            "",
            "Education",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-10",
        "knife-interview",
        R(
            "pol",
            "VOLUNTARY INTERVIEW UNDER CAUTION AT MARLCASTER PS - DRUCE KAELAN RE POSS BLADED "
            "ARTICLE (51/80144/24). AA T OBI (YJS). ADMITS POSSESSION, STATES FOR PROTECTION "
            "FROM 'OLDER LADS'. REFERRED TO JOINT DECISION PANEL.",
            "16:00",
            "Interview",
            ref="51/80144/24",
        ),
        R(
            "yjs",
            "Sat in as AA for KD's voluntary interview at Marlcaster police station (mum at "
            "work). He admitted the knife. Afterwards said he owes 'someone' £600 after "
            "'losing a package' in Haddenport.",
        ),
    )
    f.occ(
        "2024-12-11",
        "s47-outcome",
        R(
            "csc",
            "Section 47 enquiry concluded: risk of significant harm from outside the home "
            "(criminal exploitation) substantiated. Mother protective and engaging. Not "
            "progressed to ICPC - Child in Need plan with contextual safeguarding approach; "
            "referral to MACE panel.",
            "",
            "S47 outcome",
        ),
    )
    f.occ(
        "2024-12-18",
        "cin-1",
        R(
            "csc",
            "CIN meeting at Brackenridge LC. Present: SW, mother, Kaelan (first 10 minutes), "
            "Mr Danso (AP), T. Obi (YJS), L. Rusk (Waymarker). Plan: weekly YJS sessions; AP "
            "full-time from January; mum to keep location sharing on K's phone; safety plan "
            "for Foxley Park and the underpass.",
            "13:30",
            "CIN meeting",
        ),
        R(
            "ap",
            "CIN mtg here 1.30pm - Priya (SW), Tunde (YJS), Leanne (Waymarker), mum. K came in "
            "for the start. Full timetable from Jan agreed.",
            "13:30",
            "Meeting",
        ),
        R("yjs", "Child in need meeting at Brackenridge, plan agreed, weekly sessions with me."),
        R(
            "rhi",
            "Went to K's child in need meeting at his new school yesterday. Mum wants me to keep "
            "doing the RHIs.",
            shift="+1",
        ),
    )
    # January 2025: warning notice, MACE, the panel and the caution, third missing episode.
    f.occ(
        "2025-01-10",
        "cawn",
        R(
            "pol",
            "CHILD ABDUCTION WARNING NOTICE SERVED ON DWAYNE COTTERILL (DOB 14/06/1999) AT 3 "
            "PRIESTLEY COURT MARLCASTER IN RESPECT OF DRUCE KAELAN. NOTICE ACCEPTED, REFUSED "
            "TO SIGN.",
            "18:20",
            "Disruption",
        ),
    )
    f.occ(
        "2025-01-15",
        "mace-1",
        R(
            "csc",
            "MACE panel (multi-agency child exploitation). Kaelan discussed - RAG red. CAWN "
            "served on D. Cotterill 10/01. Actions: police ANPR marker on the Audi; YJS "
            "knife-crime work; AP to report any absence by 9.30am.",
            "10:00",
            "MACE",
        ),
        R(
            "pol",
            "MACE MEETING - DRUCE KAELAN HEARD, RED. LINKED NOMINALS COTTERILL D AND 'TINY' "
            "(UNIDENTIFIED). ACTION: ANPR MARKER ON AUDI VRM.",
            "10:00",
            "MACE",
        ),
        R("yjs", "MACE - KD heard (red). My actions: knife crime programme, referral to mentor."),
        R(
            "ap",
            "Mr Danso attended the MACE panel on Teams for K. We will ring mum and the SW if K "
            "is not in by 9.30.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2025-01-21",
        "jdp",
        R(
            "yjs",
            "Joint Decision Panel (YJS and police) - KD, possession of bladed article. Outcome: "
            "Youth Conditional Caution, 12 week programme (knife crime + reparation).",
        ),
        R(
            "pol",
            "JDP OUTCOME: YCC FOR DRUCE KAELAN (51/80144/24).",
            "11:45",
            "Out of court disposal",
            ref="51/80144/24",
        ),
    )
    f.occ(
        "2025-01-28",
        "ycc",
        R(
            "pol",
            "YOUTH CONDITIONAL CAUTION ADMINISTERED AT MARLCASTER PS BY PS 811 HAYLE IN PRESENCE "
            "OF MOTHER AND YJS. CONDITIONS: ATTEND YJS PROGRAMME 12 WKS.",
            "16:30",
            "Out of court disposal",
            ref="51/80144/24",
        ),
        R(
            "yjs",
            "KD given his YCC at the police station, mum there, conditions explained. First "
            "session booked for 4th Feb.",
        ),
    )
    f.occ(
        "2025-01-31",
        "ap-absence",
        R(
            "ap",
            "K not in this morning. Rang mum 9.40 - she says he left at 8.15. Emailed SW and "
            "YJS as agreed.",
            "09:40",
            "Attendance",
        ),
    )
    f.occ(
        "2025-01-31",
        "missing-3",
        R(
            "pol",
            "MISPER REPORT CAD 2208 31/01/25. DRUCE KAELAN 15 - 3RD EPISODE. NOT SEEN SINCE "
            "0815HRS. HIGH RISK. ANPR HIT ON LINKED AUDI ENTERING HADDENPORT 1420HRS.",
            "22:10",
            "Missing person",
            ref="CAD 2208-310125",
        ),
    )
    f.occ(
        "2025-02-01",
        "missing-3-found",
        R(
            "pol",
            "MISPER FOUND - DRUCE KAELAN LOCATED BY HADDENPORT OFFICERS AT THE BUS STATION 1105 "
            "AFTER INFO FROM PUBLIC. NOT ARRESTED. RETURNED HOME BY POLICE TRANSPORT 1450.",
            "11:05",
            "Missing person - found",
            ref="CAD 2208-310125",
        ),
    )
    f.occ(
        "2025-02-03",
        "notification-3",
        R(
            "csc",
            "Police notification: Kaelan missing 31/01 - 01/02 (third episode), found at "
            "Haddenport bus station. Waymarker RHI requested.",
            "10:05",
            "Police notification",
        ),
    )
    f.occ(
        "2025-02-04",
        "rhi-3",
        R(
            "rhi",
            "RHI at Brackenridge (Mr Danso next door). K more open today. Says he was 'sent' to "
            "Haddenport to work off what he owes - he 'lost' a bag in November when BTP took "
            "it. Says he can't say no. Scared for his sister.",
        ),
    )
    f.occ(
        "2025-02-04",
        "rhi-3-call",
        R("rhi", "Rang Priya (SW) at 14.20 straight after the RHI to pass on the debt disclosure."),
        R(
            "csc",
            "Telephone call from Leanne Rusk (Waymarker) following today's RHI: Kaelan says he "
            "owes a drug debt from the BTP seizure and was sent to Haddenport to work it off; "
            "worried for Keeley. Shared with DS Venn.",
            "14:20",
            "Telephone",
        ),
    )
    f.occ(
        "2025-02-12",
        "cin-2",
        R(
            "csc",
            "CIN review meeting (Brackenridge). Debt bondage disclosure discussed; police aware. "
            "Mum asking for a house move - housing referral to be made. K to have a new phone "
            "number.",
            "13:30",
            "CIN meeting",
        ),
        R(
            "ap",
            "CIN review - Priya, Tunde, mum, me. Talked about the debt. K attending 94% since Jan.",
            "",
            "Meeting",
            shift="swap",
        ),
        R("yjs", "CiN reveiw mtg - KD attending programme, 3 of 3 sessions."),
    )
    f.occ(
        "2025-02-26",
        "contextual-meeting",
        R(
            "csc",
            "Contextual safeguarding (location) meeting re Foxley Park and the Sedgefield Road "
            "underpass, chaired by Adele Frost (Contextual Safeguarding Lead). Police "
            "neighbourhood team, Community Safety, Parks, Brackenridge, YJS, Waymarker. Six "
            "young people incl. Kaelan linked to the location. Actions: lighting and CCTV "
            "review, detached youth work Fri/Sat, PSPO review.",
            "10:00",
            "Contextual safeguarding meeting",
        ),
        R(
            "pol",
            "CONTEXTUAL SAFEGUARDING MTG (FOXLEY PARK/SEDGEFIELD RD UNDERPASS) - NHT SGT 1420 "
            "ATTENDED. HOTSPOT PATROLS AGREED FRI/SAT 1800-2300.",
            "10:00",
            "Meeting",
        ),
        R(
            "yjs",
            "Location assessment meeting - Foxley Pk and the underpass. KD is one of 6 young "
            "people named. Detached youth work to start.",
            shift="month",
        ),
        R("rhi", "Went to the Foxley Park location meeting at the civic centre this morning."),
    )
    # March: fourth missing episode, the injuries, the emergency department, the referral.
    f.occ(
        "2025-03-14",
        "missing-4",
        R(
            "pol",
            "MISPER REPORT CAD 1871 14/03/25. DRUCE KAELAN 15 - 4TH EPISODE. LEFT BRACKENRIDGE "
            "1230HRS, NOT HOME. HIGH RISK.",
            "23:15",
            "Missing person",
            ref="CAD 1871-140325",
        ),
    )
    f.occ(
        "2025-03-16",
        "missing-4-return",
        R(
            "pol",
            "MISPER RETURNED HOME 1020HRS WITH FACIAL INJURIES (SWOLLEN L EYE, CUT LIP). STATES "
            "FELL OFF A BIKE. REFUSES TO ENGAGE. MOTHER ADVISED TO TAKE HIM TO A&E.",
            "10:40",
            "Missing person - returned",
            ref="CAD 1871-140325",
        ),
    )
    f.occ(
        "2025-03-16",
        "ed-attendance",
        R(
            "ed",
            "Triage: 15M facial injury ?assault. States fell off bike 2/7 ago. GCS 15, obs "
            "stable. Cat 3. With mum.",
            "13:12",
            "Triage",
        ),
        R(
            "ed",
            "Dr review: L periorbital haematoma, 1cm lac lower lip - steristrips. No bony "
            "tenderness, EOM full, no diplopia. Hx not consistent w mechanism. Known to CSC "
            "(CIN) - missing x2/7.",
            "14:30",
            "Medical review",
        ),
        R(
            "ed",
            "D/C home with mum. Head injury advice given. Letter to GP.",
            "15:10",
            "Discharge",
        ),
    )
    f.occ(
        "2025-03-16",
        "ed-referral",
        R(
            "ed",
            "Safeguarding referral form sent to Marlcaster MASH by secure email (facial injury, "
            "inconsistent history, recent missing episode).",
            "15:20",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Safeguarding referral received from Marlcaster General ED re facial injuries on "
            "16/03 after 4th missing episode; history of 'fell off bike' doubted by ED. Passed "
            "to allocated SW.",
            "08:50",
            "Referral",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-18",
        "ed-letter-gp",
        R(
            "gp",
            "ED discharge letter filed - Marlcaster General 16/03/25: facial injury, lip lac "
            "steristripped, safeguarding referral made by ED. No action for practice.",
            "",
            "Correspondence",
        ),
    )
    f.occ(
        "2025-03-19",
        "rhi-4",
        R(
            "rhi",
            "RHI at home. K had a black eye. 'I got jumped, it's done, leave it.' Mum in tears "
            "after. Told SW by email after.",
        ),
    )
    # April to July: the charge, a fifth missing episode, the court hearings.
    f.occ(
        "2025-04-10",
        "btp-charge",
        R(
            "btp",
            "CPS charging decision received. DRUCE Kaelan charged by postal requisition: "
            "PWITS class A x2 (crack cocaine, diamorphine) - offence 04/11/24 Haddenport "
            "Central. NRM RG positive noted on MG3; s45 MSA 2015 to be considered.",
            "",
            "Charge",
            ref="URN 44/HD/0311/24",
        ),
        R(
            "yjs",
            "BTP have charged KD by postal requisition with 2 x PWITS (the Haddenport arrest in "
            "Nov). First appearance Marlcaster Youth Court 13/05.",
            shift="late",
        ),
    )
    f.occ(
        "2025-04-26",
        "missing-5",
        R(
            "pol",
            "MISPER REPORT CAD 2950 26/04/25 DRUCE KAELAN 15 - 5TH EPISODE. LEFT HOME 1500 "
            "AFTER ARGUMENT WITH MOTHER. MEDIUM RISK.",
            "18:30",
            "Missing person",
            ref="CAD 2950-260425",
        ),
        R(
            "pol",
            "MISPER REPORT CAD 2950 26/04/25 DRUCE KAELAN 15 5TH EPISODE - LEFT HOME 1500HRS "
            "AFTER ARGUMENT WITH MOTHER. MEDIUM RISK",
            "18:31",
            "Missing person",
            ref="CAD 2950-260425",
        ),
    )
    f.occ(
        "2025-04-27",
        "missing-5-return",
        R(
            "pol",
            "MISPER RETURNED 0150HRS, FOUND BY MOTHER AT FOXLEY PARK. NO INJURIES. INTOXICATED.",
            "01:50",
            "Missing person - returned",
            ref="CAD 2950-260425",
        ),
    )
    f.occ(
        "2025-04-28",
        "notification-5",
        R(
            "csc",
            "Notification recieved from police: K missing 26/04 18:30 to 27/04 01:50 (5th), "
            "found by mum in Foxley Park, drunk.",
            "",
            "Police notification",
        ),
    )
    f.occ(
        "2025-05-13",
        "youth-court-1",
        R(
            "yjs",
            "Marlcaster Youth Court - KD's first appearance with mum, 2 x PWITS. NG pleas. "
            "Defence raising s45 Modern Slavery Act. Adjourned to 08/07 for trial. "
            "Unconditional bail.",
        ),
        R(
            "csc",
            "Youth Court: Kaelan pleaded not guilty to both charges; adjourned to 08/07/25. "
            "SW attended with mum.",
            "",
            "Court",
        ),
    )
    f.occ(
        "2025-06-24",
        "nrm-cg",
        R(
            "csc",
            "NRM conclusive grounds decision received (positive): Kaelan is confirmed as a "
            "victim of modern slavery (criminal exploitation). Copy to defence solicitor with "
            "mum's agreement.",
            "",
            "NRM decision",
        ),
    )
    f.occ(
        "2025-07-08",
        "youth-court-2",
        R(
            "yjs",
            "Youth Court: CPS offered no evidence on both PWITS charges (CG decision / s45). "
            "Dismissed. KD relieved, mum cried.",
        ),
        R(
            "btp",
            "Case result: NO EVIDENCE OFFERED - charges dismissed, Marlcaster Youth Court.",
            "",
            "Court result",
            ref="URN 44/HD/0311/24",
        ),
        R(
            "csc",
            "Court 08/07: charges against Kaelan dropped (no evidence offered by CPS).",
            "",
            "Court",
            shift="late",
        ),
    )
    f.occ(
        "2025-07-16",
        "cin-3",
        R(
            "csc",
            "CIN review: summer plan - detached youth work, YJS mentor, boxing club "
            "(Saturdays). Kaelan says he is 'out of it'. Waymarker closing.",
            "14:00",
            "CIN meeting",
        ),
        R("ap", "CIN review for K, summer plan, he's doing boxing.", "", "Meeting"),
        R("yjs", "C.I.N. review - summer plan agreed, mentor weekly."),
    )
    # August: the stabbing, the trauma centre, the arrests, the strategy meeting, discharge.
    f.occ(
        "2025-08-16",
        "stabbing",
        R(
            "pol",
            "CAD 3391 16/08/25. MULTIPLE CALLS - MALE STABBED, SEDGEFIELD ROAD UNDERPASS BY "
            "FOXLEY PARK. OFFICERS AND NVAS ATT 2349. VICTIM DRUCE KAELAN 15YRS, STAB WOUNDS L "
            "FLANK AND L THIGH. TOURNIQUET APPLIED BY PC 2061. SCENE PRESERVED. 2 SUSPECTS MADE "
            "OFF ON E-BIKES. S18 GBH / ATTEMPT MURDER CRIME 51/61002/25.",
            "23:42",
            "Violence",
            ref="51/61002/25",
        ),
        R(
            "amb",
            "Cat 1 - stabbing, police on scene. 15M, stab wound L flank, second wound L thigh, "
            "police tourniquet in situ. GCS 14, HR 128, BP 92/60, RR 26. TXA 1g, 2 x IV access. "
            "Trauma desk: pre-alert, convey direct to Queen Adela MTC.",
            "23:44",
            "999 call",
        ),
    )
    f.occ(
        "2025-08-17",
        "mtc-ed",
        R(
            "mtc_ed",
            "Trauma call (pre-alerted). 15M stab x2. ATMIST handover from NVAS. Primary survey: "
            "A patent, B RR 24 sats 97%, C HR 130 BP 88/56 - MHP activated, 2u O neg.",
            "00:31",
            "Trauma call",
        ),
        R(
            "mtc_ed",
            "CT trauma: grade 3 L renal lac, no active extravasation; thigh wound - no vascular "
            "injury. Trauma TL: to theatre.",
            "01:15",
            "Imaging",
        ),
        R(
            "mtc_ed",
            "Left ED for theatre 01:40 w trauma surgeons. Police officer with pt. Safeguarding "
            "team to be informed in the morning.",
            "01:40",
            "Transfer",
        ),
    )
    f.occ(
        "2025-08-17",
        "edt-call-stabbing",
        R(
            "pol",
            "EDT INFORMED BY CONTROL ROOM (VICTIM UNDER 18, OPEN TO CSC).",
            "01:18",
            "Notification",
            ref="51/61002/25",
        ),
        R(
            "csc",
            "EDT: call from Marlshire Police control room - Kaelan stabbed at the Sedgefield Rd "
            "underpass approx 23:40, at Queen Adela MTC, mother with him. Allocated SW to be "
            "told first thing Monday.",
            "01:20",
            "EDT",
        ),
    )
    f.occ(
        "2025-08-17",
        "picu-admission",
        R(
            "mtc_in",
            "Admitted to Paediatric Critical Care from theatre: laparotomy, L renal repair, "
            "thigh wound washout. Ventilated overnight. Police guard in place.",
            "04:10",
            "Admission",
        ),
    )
    f.occ(
        "2025-08-17",
        "arrest-a",
        R(
            "pol",
            "ARREST 1 - MALE 17YRS (RILEY FANSHAWE) ARRESTED S18 GBH AT HOME ADDRESS 0930HRS, "
            "E-BIKE SEIZED. LINKED 51/61002/25.",
            "09:30",
            "Arrest",
            ref="51/61002/25",
        ),
    )
    f.occ(
        "2025-08-17",
        "arrest-b",
        R(
            "pol",
            "ARREST 2 - DWAYNE COTTERILL 26YRS ARRESTED ATTEMPT MURDER AT 3 PRIESTLEY COURT "
            "1445HRS. LINKED 51/61002/25.",
            "14:45",
            "Arrest",
            ref="51/61002/25",
        ),
    )
    f.occ(
        "2025-08-18",
        "yjs-told",
        R(
            "yjs",
            "DS Venn rang me first thing: KD was stabbed Saturday night at the underpass, in "
            "intensive care at Queen Adela, two arrested. Rang mum.",
        ),
    )
    f.occ(
        "2025-08-18",
        "strategy-2",
        R(
            "csc",
            "Strategy meeting following serious harm (stabbing 16/08/25). Chair TM Louise "
            "Brack; SW Owen Tregear; DI Mercer (major crime); hospital safeguarding nurse, "
            "Queen Adela; T. Obi YJS; Brackenridge. Kaelan stable on PCCU. Decision: s47; risk "
            "of reprisal - family not to return to Wickhamfield Rd, emergency housing; rapid "
            "review to be requested.",
            "15:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISCUSSION 1500 (TEAMS) - DI 771 MERCER. VICTIM DRUCE K. OSMAN WARNING "
            "CONSIDERED. FAMILY TO BE RELOCATED.",
            "15:00",
            "Strategy meeting",
            ref="51/61002/25",
        ),
        R(
            "mtc_in",
            "Safeguarding: strategy discussion via Teams - hospital SG nurse attended. Plan: "
            "visitor list (mum, aunt only), police guard to stay.",
            "15:00",
            "Safeguarding",
        ),
        R("yjs", "s.47 strategy mtg on teams (KD stabbing) - attended."),
    )
    f.occ(
        "2025-08-28",
        "mtc-discharge",
        R(
            "mtc_in",
            "Discharged to mother. Going to stay with maternal aunt in Wrexbury (safety plan "
            "agreed with SW and police). Surgical follow up 2/52.",
            "12:30",
            "Discharge",
        ),
        R(
            "csc",
            "Kaelan discharged from Queen Adela today; he and mum moving to the aunt's in "
            "Wrexbury under the safety plan.",
            "",
            "Discharge",
        ),
    )
    f.occ(
        "2025-09-02",
        "mtc-letter-gp",
        R(
            "gp",
            "Discharge summary rec'd from Queen Adela Hospital: stab wounds x2 (16/08), "
            "laparotomy + L renal repair, PCCU 2 days, D/C 28/08. For wound check at practice.",
            "",
            "Correspondence",
        ),
    )
    f.occ(
        "2025-09-05",
        "charge-cotterill",
        R(
            "pol",
            "COTTERILL DWAYNE CHARGED ATTEMPT MURDER (VICTIM DRUCE K). REMANDED IN CUSTODY TO "
            "MARLCASTER MC.",
            "19:00",
            "Charge",
            ref="51/61002/25",
        ),
    )
    f.occ(
        "2025-09-10",
        "mace-2",
        R(
            "csc",
            "MACE: Kaelan discussed after stabbing; family in Wrexbury; education placement "
            "there being sought.",
            "10:00",
            "MACE",
        ),
        R("pol", "MACE MTG - DRUCE K REVIEWED, REMAINS RED.", "10:00", "MACE"),
        R("yjs", "Mace panel - KD. Transfer to Wrexbury YJS discussed.", shift="-1"),
    )
    # Routine entries around them.
    f.fill(
        "csc",
        "2024-11-12",
        "2025-08-08",
        [
            ("Home visit", "CIN visit: Kaelan seen alone in his room. Says school is 'alright'."),
            ("Home visit", "Statutory visit - K out, seen Keeley and mum. Mum tired but coping."),
            ("Home visit", "CIN visit. K seen. Talked about boxing. Room tidy, food in."),
            ("Supervision", "Case supervision with TM: plan remains appropriate."),
            (
                "Direct work",
                "Direct work with K: 'three houses' - worries are 'people from the park'.",
            ),
        ],
    )
    f.fill(
        "yjs",
        "2025-02-05",
        "2025-07-31",
        [
            ("", "Session - knife crime programme (consequences, first aid film)."),
            ("", "Session - reparation at the community garden, 2 hrs."),
            ("", "Session - KD engaged, talked about 'debts' in general."),
            ("", "Mid-point review with KD and mum - attending well."),
        ],
        timed=False,
    )
    f.fill(
        "sch",
        "2024-09-04",
        "2024-11-22",
        [
            ("", "Attendance 86% this half term. Rang mum about it."),
            ("", "Did the exploitation screening tool with K - scored medium; sent to SW."),
        ],
        timed=False,
    )
    f.fill(
        "ap",
        "2024-12-04",
        "2025-07-18",
        [
            ("Attendance", "Week's attendance 100%. K enjoyed the construction session."),
            ("Wellbeing", "K said he's sleeping better. Asked about college (bricklaying)."),
            (
                "Behaviour",
                "Phone found on K in lesson - not his usual one. Returned at end of day.",
            ),
        ],
    )
    f.fill(
        "pol",
        "2024-12-01",
        "2025-07-31",
        [
            (
                "Intelligence",
                "INTEL LOG: DRUCE K SEEN WITH KNOWN NOMINALS AT SEDGEFIELD RD SHOPS 1930.",
            ),
        ],
    )
    f.fill(
        "gp",
        "2024-09-04",
        "2025-07-31",
        [
            ("Consultation", "K review (from Oct): sleeping a bit better. Declines drug service."),
        ],
    )
    f.fill(
        "rhi",
        "2024-10-12",
        "2025-04-25",
        [("", "Rang K to check in - no answer, text sent.")],
        timed=False,
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 2: the Tolland family, an Army family posted from Beckhampton Garrison (Westmarsh) to
# Corrie Barracks, Hallowby. Harley Tolland (b. 12/09/2024) and his sister Ella (b. 03/03/2022)
# live with their mother Chloe Tolland (b. 2002) and father LCpl Ryan Tolland (b. 1998), 2nd
# Battalion The Ravensmoor Rifles, in service family accommodation: 7 Quarry Road, Beckhampton
# Garrison WM9 4DA, then from 06/12/2024 14 Kestrel Close, Corrie Barracks, Hallowby HB6 9PJ.
# Registered with the Defence Primary Healthcare medical centre at Beckhampton (dependants'
# list), then Millrace Surgery, Hallowby. Father deployed on an operational tour from October
# to January while the mother moved house alone; a domestic incident; at five months Harley
# brought to the emergency department with a spiral femur fracture; strategy discussions, a
# child protection medical and skeletal surveys (healing rib fractures, a metaphyseal lesion);
# both parents arrested; foster care under section 20 then interim care orders; the father
# charged. Maternal grandmother Janice Spurr lives in Westmarsh.
# --------------------------------------------------------------------------------------------


def _tolland() -> BlindCase:
    f = Family(
        "tolland",
        2602,
        {
            "mw": Sheet(
                MW,
                "Westmarsh_Maternity_return.xlsx",
                "Maternity",
                (("2024-06-01", "CMW Hannah Pell"),),
            ),
            "hva": Sheet(
                HV_WEST,
                "Westmarsh_HV_Tolland.xlsx",
                "SystmOne extract",
                (("2024-06-01", "HV Rosalind Keble"),),
            ),
            "dphc": Sheet(
                DPHC,
                "DPHC_Beckhampton_MC_dependants.xlsx",
                "Consultations",
                (("2024-06-01", "Dr S. Ilori (CMP)"),),
                typed=False,
            ),
            "aws": Sheet(
                AWS,
                "AWS_return_Tolland.docx",
                "Table 1",
                (("2024-06-01", "Carys Emmott (AWS practitioner)"),),
                typed=False,
            ),
            "uwo": Sheet(
                UWO,
                "2RAVR_UWO_welfare_log.xlsx",
                "Welfare log",
                (("2024-06-01", "Capt R. Daintree (UWO)"), ("2025-04-01", "Capt F. Oduya (UWO)")),
            ),
            "sfa": Sheet(SFA, "SFA_occupancy_log_Tolland.xlsx", "Occupancy"),
            "hvb": Sheet(
                HV_HALL,
                "Hallowby_0-19_chronology.xlsx",
                "Chronology",
                (("2024-12-01", "HV Nkechi Adeyemi-Ross"),),
            ),
            "gp": Sheet(
                GP,
                "Millrace_Surgery_Tolland.xlsx",
                "Journal",
                (("2024-12-01", "Dr A. Hensby"),),
                typed=False,
            ),
            "csc": Sheet(
                CSC,
                "Hallowby_CSC_chronology_Tolland.xlsx",
                "Sheet1",
                (("2025-02-01", "MASH / EDT"), ("2025-02-24", "Marcus Odell (SW)")),
            ),
            "pol": Sheet(
                POLICE,
                "Hallowby_Fenmoor_Police_return.xlsx",
                "Chronology",
                (("2025-01-01", "DC 5120 Fearn (CAIT)"),),
            ),
            "ed": Sheet(ED, "Hallowby_General_Hospital_return.xlsx", "ED"),
            "paeds": Sheet(
                PAEDS,
                "Hallowby_General_Hospital_return.xlsx",
                "Ward 9 and safeguarding",
                (("2025-02-01", "Dr L. Amadi (consultant paediatrician)"),),
            ),
        },
    )
    # Summer 2024 at Beckhampton: the mother's self-referral, antenatal contact, the birth.
    f.occ(
        "2024-07-09",
        "aws-self-referral",
        R(
            "aws",
            "Chloe Tolland rang the AWS duty line herself. 31 weeks pregnant with her second, "
            "Ryan deploying in October for about four months. Feels isolated on the patch; her "
            "mum is in Westmarsh town but doesn't drive. I agreed to visit.",
        ),
    )
    f.occ(
        "2024-07-16",
        "aws-visit-1",
        R(
            "aws",
            "Initial visit at 7 Quarry Road. Ella (2) lovely, chatty. Chloe tired, low, says "
            "the other wives are 'cliquey'. Gave info on the Beckhampton parent and toddler "
            "group and HIVE. Plan: fortnightly contact until the birth.",
        ),
    )
    f.occ(
        "2024-07-23",
        "hv-antenatal",
        R(
            "hva",
            "Contact type: Antenatal contact (home). Outcome: Universal. Mum 32/40, second "
            "pregnancy; partner serving soldier deploying Oct. Whooley questions negative. "
            "Safe sleep and ICON (coping with crying) discussed.",
            "11:00",
            "Antenatal contact",
        ),
    )
    f.occ(
        "2024-09-12",
        "birth",
        R(
            "mw",
            "Birth: SVD 03:14, live male, 3.41kg, Apgars 9 and 10. Mother Chloe (22) G2P2. "
            "Partner LCpl Ryan Tolland present. Bottle feeding.",
            "03:14",
            "Birth",
        ),
        R(
            "hva",
            "Birth notification received: baby boy Harley born 12/09/24 03:14 at Westmarsh "
            "Maternity, SVD, 3.41kg. New birth visit to be booked day 10-14.",
            "09:10",
            "Birth notification",
            shift="late",
        ),
        R(
            "uwo",
            "LCpl TOLLAND R - son HARLEY born 0314hrs 12 Sep 24, Westmarsh Maternity. Mother "
            "and baby well. Paternity leave 12-25 Sep granted.",
            "",
            "Family event",
        ),
    )
    f.occ(
        "2024-09-13",
        "pn-discharge",
        R(
            "mw",
            "Postnatal discharge home 13:00. Feeding established (formula), NIPE normal. "
            "Community midwife visit day 2 at home.",
            "13:00",
            "Discharge",
        ),
    )
    f.occ(
        "2024-09-25",
        "hv-nbv",
        R(
            "hva",
            "Contact type: New Birth Visit (home). Outcome: Universal Plus - maternal mood to "
            "review at 6-8 weeks. Harley 3.62kg, feeding 90ml 3-4 hourly. Ella present. Dad at "
            "home on leave. Safe sleep seen - Moses basket.",
            "10:30",
            "New birth visit",
        ),
    )
    f.occ(
        "2024-10-07",
        "deployment",
        R(
            "uwo",
            "Bn main body deployed (op tour, approx 4 months). LCpl TOLLAND R deployed - "
            "families' brief held 03 Oct, Mrs Tolland did not attend.",
            "",
            "Deployment",
        ),
        R(
            "aws",
            "October - Ryan deployed on the 7th. Chloe now on her own with Ella and the baby.",
            shift="month",
        ),
    )
    f.occ(
        "2024-10-23",
        "dphc-68wk",
        R(
            "dphc",
            "S: 6-8/52 baby check (Harley) + maternal PN check. Mum tearful, partner on "
            "deployment, poor sleep. O: Harley wt 4.9kg, hips stable, red reflex bilat, testes "
            "descended, HS normal. Mum PHQ-9 12. A: Healthy infant. Mild-moderate PND. P: "
            "Talking Therapies self-referral info; sertraline discussed - declines for now; "
            "r/v 2/52; will let HV know.",
            "10:10",
        ),
    )
    f.occ(
        "2024-10-23",
        "dphc-hv-call",
        R(
            "dphc",
            "Tel to HV (R Keble, Westmarsh 0-19) re Chloe's mood today (PHQ-9 12), partner "
            "deployed. HV to bring 6-8wk review forward / offer listening visits.",
            "14:30",
        ),
        R(
            "hva",
            "Contact type: Telephone (professional). Outcome: Universal Plus. Dr Ilori, DPHC "
            "Beckhampton, rang re mum's low mood at baby check this morning (PHQ-9 12). "
            "Listening visits to be offered.",
            "14:32",
            "Telephone",
        ),
    )
    f.occ(
        "2024-10-30",
        "hv-68wk",
        R(
            "hva",
            "Contact type: 6-8 week review (clinic, Beckhampton Community Centre). Outcome: "
            "Universal Plus. EPDS 15. Listening visits x4 offered and accepted. Harley 5.2kg "
            "(50th centile). Ella's 2-2.5yr review due.",
            "13:45",
            "6-8 week review",
        ),
    )
    f.occ(
        "2024-11-08",
        "posting-order",
        R(
            "uwo",
            "Posting order confirmed: Bn relocates to Corrie Barracks, Hallowby. Families' move "
            "window 2-13 Dec. Mrs Tolland informed by phone; rear party to support as LCpl "
            "Tolland on tour.",
            "",
            "Posting",
        ),
    )
    f.occ(
        "2024-11-12",
        "sfa-allocation",
        R(
            "sfa",
            "Allocation: 14 Kestrel Close, Corrie Barracks, Hallowby HB6 9PJ (Type C, 3 bed) "
            "offered to LCpl Tolland family. Accepted by spouse by phone. Move in 06/12.",
            "15:20",
            "Allocation",
        ),
    )
    f.occ(
        "2024-11-20",
        "uwo-aws-call",
        R(
            "uwo",
            "Spoke to AWS (Ms Emmott) by phone - Mrs Tolland struggling, having to pack and move "
            "alone with a newborn. Rear party (Cpl Yeo) tasked to help. AWS to visit.",
            "11:15",
            "Welfare liaison",
        ),
        R(
            "aws",
            "Call from Capt Daintree (UWO 2 RAVR): Chloe struggling, has to move on 6/12 with "
            "Ryan away. I'll visit Friday.",
        ),
    )
    f.occ(
        "2024-11-22",
        "aws-visit-2",
        R(
            "aws",
            "Visited Chloe at Quarry Road. Boxes everywhere, Harley in bouncer, Ella still in "
            "pyjamas at 2pm. Chloe says she's 'fine, just knackered'. Referral to the Hallowby "
            "AWS team for after the move agreed.",
        ),
    )
    # December: the move between areas, records and registration transferred.
    f.occ(
        "2024-12-05",
        "march-out",
        R(
            "sfa",
            "March-out inspection 7 Quarry Road, Beckhampton Garrison - passed with charges "
            "(£85 cleaning). Keys returned.",
            "10:00",
            "March-out",
        ),
    )
    f.occ(
        "2024-12-06",
        "move-in",
        R(
            "sfa",
            "Move-in 14 Kestrel Close, Corrie Barracks. Keys issued to Mrs C Tolland. Meter "
            "readings taken.",
            "12:00",
            "Move-in",
        ),
        R(
            "uwo",
            "Mrs Tolland and children moved into 14 Kestrel Close today. Rear party (Cpl Yeo + "
            "2) helped unload.",
            "",
            "Welfare",
        ),
        R("aws", "Chloe and the children moved into Kestrel Close yesterday.", shift="late"),
    )
    f.occ(
        "2024-12-10",
        "hv-transfer",
        R(
            "hva",
            "Contact type: Transfer out. Outcome: Transferred. Family moved to Hallowby "
            "06/12/24. Transfer summary + records sent by secure email to Hallowby 0-19 SPA: "
            "Universal Plus (maternal PND, EPDS 15, listening visits 2 of 4); dad deployed "
            "until Jan.",
            "16:05",
            "Transfer out",
        ),
        R(
            "hvb",
            "Contact type: Transfer in. Outcome: Universal Plus. Transfer received from "
            "Westmarsh HV for Harley (12 wks) and Ella, 14 Kestrel Close. Maternal PND (EPDS 15 "
            "in Oct). Allocated to N. Adeyemi-Ross.",
            "09:20",
            "Transfer in",
            shift="late",
        ),
    )
    f.occ(
        "2024-12-11",
        "gp-registration",
        R(
            "gp",
            "New patient registration: Harley, Ella and Chloe Tolland (prev DPHC Beckhampton "
            "dependants' list). New address 14 Kestrel Close. GP2GP transfer requested.",
            "",
        ),
    )
    f.occ(
        "2024-12-13",
        "dphc-deregistration",
        R(
            "dphc",
            "Deregistration: Harley, Ella and Chloe Tolland registered with Millrace Surgery, "
            "Hallowby. Records sent GP2GP.",
            "",
        ),
    )
    f.occ(
        "2024-12-18",
        "hv-transfer-visit",
        R(
            "hvb",
            "Contact type: Transfer-in contact (home). Outcome: Universal Plus. Mum low, boxes "
            "not unpacked. Harley 6.1kg. Declines Talking Therapies again. ICON discussed.",
            "14:00",
            "Home visit",
        ),
    )
    f.occ(
        "2025-01-08",
        "gp-harley-imms",
        R(
            "gp",
            "Harley - 16 week imms (6-in-1, MenB) given by PN. Mum present. No concerns raised.",
            "10:10",
        ),
    )
    f.occ(
        "2025-01-08",
        "gp-ella-eczema",
        R(
            "gp",
            "Ella - S: eczema flare, itchy. O: dry patches flexures. A: atopic eczema. P: "
            "emollient + hydrocortisone 1%.",
            "10:20",
        ),
    )
    # January and February 2025: the return from tour, a bruise, a domestic incident.
    f.occ(
        "2025-01-18",
        "return-from-tour",
        R(
            "uwo",
            "Bn main body returned from op tour 18 Jan 25. LCpl TOLLAND R returned. POTL to "
            "17 Feb.",
            "",
            "Deployment",
        ),
        R("aws", "Ryan back from tour on Saturday. Chloe says she's relieved.", shift="+2"),
    )
    f.occ(
        "2025-01-29",
        "hv-clinic-bruise",
        R(
            "hvb",
            "Contact type: Baby clinic (drop-in, Corrie Barracks community centre). Outcome: "
            "Universal Plus. Harley 6.9kg. Small bruise approx 1cm L cheek - mum says Ella "
            "poked him with a toy car. Not yet rolling. Dad with mum, supportive.",
            "10:40",
            "Clinic",
        ),
    )
    f.occ(
        "2025-01-29",
        "hv-sg-advice",
        R(
            "hvb",
            "Contact type: Safeguarding advice (telephone, named nurse). Outcome: No referral. "
            "Discussed bruise L cheek in non-mobile baby: explanation plausible per mum, dad "
            "present; agreed review at next contact.",
            "15:30",
            "Safeguarding advice",
        ),
    )
    f.occ(
        "2025-02-08",
        "police-domestic",
        R(
            "pol",
            "INC 1107 08/02/25. NEIGHBOUR AT 12 KESTREL CLOSE REPORTS SHOUTING AND BANGING NEXT "
            "DOOR, BABY SCREAMING. OFFICERS ATT 2331. RYAN AND CHLOE TOLLAND - VERBAL ARGUMENT "
            "ONLY, BOTH DENY VIOLENCE. 2 CHILDREN UPSTAIRS CHECKED, SAFE. DASH STANDARD. PPN "
            "SUBMITTED.",
            "23:05",
            "Domestic incident",
            ref="INC 1107-080225",
        ),
    )
    f.occ(
        "2025-02-10",
        "ppn-received",
        R(
            "csc",
            "PPN received from police: domestic incident (verbal) 08/02/25 at 14 Kestrel "
            "Close; children Ella (2) and Harley (5 months) at home. For MASH screening.",
            "09:40",
            "Police notification",
        ),
    )
    f.occ(
        "2025-02-11",
        "mash-screening",
        R(
            "csc",
            "MASH screening: first known incident, DASH standard, no injuries, father an "
            "Army NCO recently back from operational tour. Decision: NFA for CSC - share "
            "information with HV and GP.",
            "11:30",
            "MASH decision",
        ),
    )
    f.occ(
        "2025-02-11",
        "mash-info-email",
        R(
            "csc",
            "Information-sharing email sent to Hallowby 0-19 HV and Millrace Surgery re "
            "domestic incident 08/02.",
            "14:10",
            "Information sharing",
        ),
        R(
            "gp",
            "Email from Hallowby MASH: police attended home 08/02 - verbal argument between "
            "parents, children present. Coded. Alert added to Harley's and Ella's records.",
            "",
        ),
        R(
            "hvb",
            "Contact type: Information received (MASH). Outcome: Universal Plus. Email from "
            "MASH: police called to the home 08/02 (verbal argument). To discuss with mum at "
            "next contact, routine enquiry.",
            "",
            "Information received",
            shift="late",
        ),
    )
    # 21 February: the emergency department, the calls, the ward; the strategy discussions.
    f.occ(
        "2025-02-21",
        "ed-attendance",
        R(
            "ed",
            "Triage: 5/12 M. Mum and dad report not moving R leg since this afternoon, screams "
            "on nappy change. ?leg caught in cot bars. HR 168, T 36.9. Cat 2 - non-mobile infant "
            "limb injury.",
            "19:58",
            "Triage",
        ),
        R(
            "ed",
            "ED reg: R thigh swollen, tender, reduced movement. XR R femur - spiral # midshaft. "
            "Mechanism not consistent w developmental stage (not rolling). Yellowish mark L "
            "cheek. Paeds reg called.",
            "21:10",
            "Medical review",
        ),
        R(
            "ed",
            "Paeds reg (Dr Osei) r/v in ED: for admission, skeletal survey, CT head, bloods per "
            "protocol. Parents told safeguarding referral needed - dad angry, mum quiet.",
            "22:15",
            "Paediatric review",
        ),
    )
    f.occ(
        "2025-02-21",
        "ed-edt-call",
        R(
            "ed",
            "Safeguarding: phoned Hallowby EDT 22:40 - 5/12 old, unexplained spiral femur #. "
            "Parents aware.",
            "22:40",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "EDT: call from nurse in charge, Hallowby General ED. Harley Tolland (5m) has a "
            "spiral fracture of the right femur; parents say leg caught in cot bars - not "
            "consistent. Being admitted to Ward 9. EDT to inform police CAIT.",
            "22:41",
            "EDT",
        ),
    )
    f.occ(
        "2025-02-21",
        "edt-police-call",
        R(
            "csc",
            "EDT rang police CAIT (on call) and passed the referral; police to attend the ward "
            "in the morning.",
            "22:55",
            "EDT",
        ),
        R(
            "pol",
            "CAIT NOTIFIED BY HALLOWBY EDT 2255 - 5 MONTH OLD WITH UNEXPLAINED FEMUR FRACTURE, "
            "HALLOWBY GENERAL WARD 9. OIC TO ATTEND AM.",
            "22:56",
            "Child protection referral",
        ),
    )
    f.occ(
        "2025-02-21",
        "ward-admission",
        R(
            "paeds",
            "Admitted to Ward 9 from ED 23:45. Plan: CT head in the morning, skeletal survey "
            "Monday, bloods (FBC, clotting, bone profile, vit D, PTH). Parents' contact "
            "supervised by ward staff pending strategy discussion.",
            "23:45",
            "Admission",
        ),
    )
    f.occ(
        "2025-02-22",
        "strategy-initial",
        R(
            "csc",
            "EDT strategy discussion by telephone: EDT SW J. Marris, DS 3302 Pryce (CAIT on "
            "call), Dr Osei (paediatric registrar). Agreed: s47 joint investigation; parents' "
            "contact on the ward supervised; Ella to stay with maternal grandmother Janice "
            "Spurr in Westmarsh over the weekend by agreement; full strategy meeting Tuesday.",
            "10:30",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRAT DISCUSSION (TEL) WITH EDT AND PAEDS - DS PRYCE. JOINT S47. CRIME RECORDED "
            "S18 GBH (SUSPECT UNKNOWN) 47/10223/25.",
            "10:30",
            "Strategy discussion",
            ref="47/10223/25",
        ),
        R(
            "paeds",
            "Strat discussion by phone with EDT SW and police: supervised contact only, CP "
            "medical with consultant Monday.",
            "10:45",
            "Safeguarding",
        ),
    )
    f.occ(
        "2025-02-22",
        "ct-head",
        R(
            "paeds",
            "CT head: no intracranial injury, no skull fracture. Ophthalmology (retinal exam) "
            "booked.",
            "12:20",
            "Imaging",
        ),
    )
    f.occ(
        "2025-02-24",
        "cp-medical",
        R(
            "paeds",
            "Child protection medical (Dr Amadi) with SW M. Odell present. Acute spiral # R "
            "femur; 3 bruises - L cheek 1cm (yellow), R upper arm x2 fingertip-sized. No "
            "explanation offered for the bruises. History from both parents separately. "
            "Opinion: injuries highly suspicious of inflicted injury.",
            "10:00",
            "CP medical",
        ),
        R(
            "csc",
            "Attended the child protection medical on Ward 9 with Dr Amadi. Consultant's view: "
            "femur fracture and bruising likely inflicted. Parents' accounts noted.",
            "10:00",
            "CP medical",
        ),
    )
    f.occ(
        "2025-02-24",
        "cp-medical-ella",
        R(
            "paeds",
            "CP medical - sibling Ella (2y11m), brought by maternal grandmother: no injuries, "
            "development normal, eczema.",
            "12:15",
            "CP medical",
        ),
    )
    f.occ(
        "2025-02-24",
        "skeletal-survey",
        R(
            "paeds",
            "Skeletal survey (day 0) done in radiology, nurse escort. Formal report awaited.",
            "14:00",
            "Imaging",
        ),
    )
    f.occ(
        "2025-02-24",
        "gp-ed-letter",
        R(
            "gp",
            "ED letter filed - Hallowby General 21/02/25: Harley, # R femur, admitted Ward 9, "
            "safeguarding referral made by ED.",
            "",
        ),
    )
    f.occ(
        "2025-02-24",
        "hv-liaison",
        R(
            "hvb",
            "Contact type: Paediatric liaison notification. Outcome: Child protection. Harley "
            "admitted to Ward 9 via ED 21/02 with femur fracture; s47 under way.",
            "",
            "Liaison",
        ),
    )
    f.occ(
        "2025-02-25",
        "survey-results-call",
        R(
            "paeds",
            "Tel to SW M Odell 09:40 with skeletal survey report (Dr Ng, paediatric "
            "radiologist): healing posterior rib #s R 5-7, classic metaphyseal lesion L distal "
            "tibia, acute R femur #.",
            "09:40",
            "Safeguarding",
        ),
        R(
            "csc",
            "Phone call from Dr Amadi: skeletal survey shows healing rib fractures (R 5-7) and "
            "a metaphyseal fracture of the left tibia in addition to the femur - injuries of "
            "different ages.",
            "09:40",
            "Telephone",
        ),
    )
    f.occ(
        "2025-02-25",
        "gp-email-strategy",
        R(
            "gp",
            "Info for strategy meeting emailed to Hallowby CSC: registered 11/12/24; Harley "
            "seen 08/01 for imms only; no injuries recorded; DPHC records note maternal PND; "
            "MASH email 11/02 re DA incident.",
            "11:20",
        ),
        R(
            "csc",
            "GP information for today's strategy meeting received by email from Millrace Surgery.",
            "11:24",
            "Information received",
        ),
    )
    f.occ(
        "2025-02-25",
        "strategy-meeting",
        R(
            "csc",
            "Multi-agency strategy meeting (s47). Chair TM A. Varga. Present: SW M. Odell, DS "
            "Pryce, Dr Amadi, HV N. Adeyemi-Ross, C. Emmott (AWS), Capt R. Daintree (UWO) by "
            "phone; GP report by email. Shared: skeletal survey findings; HV saw 1cm cheek "
            "bruise 29/01; domestic incident 08/02; father back from tour 18/01. Decision: s47 "
            "continues; both parents to be interviewed under caution; Harley not to be "
            "discharged to parents - s20 agreement sought, legal planning meeting; Ella to "
            "remain with maternal grandmother.",
            "14:00",
            "Strategy meeting",
        ),
        R(
            "pol",
            "STRATEGY MEETING 1400 HALLOWBY CSC - DS PRYCE. SKELETAL SURVEY: MULTIPLE FRACTURES "
            "OF DIFFERENT AGES. PLAN: ARREST BOTH PARENTS 26/02.",
            "14:00",
            "Strategy meeting",
            ref="47/10223/25",
        ),
        R(
            "paeds",
            "Strategy meeting (Teams) - Dr Amadi attended. Medical opinion given: inflicted "
            "injuries likely. Discharge only to a placement agreed by CSC.",
            "14:00",
            "Safeguarding",
        ),
        R(
            "hvb",
            "Contact type: Strategy meeting (virtual). Outcome: Child protection. HV shared "
            "bruise seen 29/01 and advice given then; MASH info 11/02.",
            "14:00",
            "Strategy meeting",
        ),
        R(
            "aws",
            "Joined the s47 strategy meeting on Teams (Hallowby CSC). Gave background - "
            "isolation, move while Ryan deployed.",
        ),
        R(
            "uwo",
            "Strat mtg minutes rec'd from Hallowby CSC (extract): 'Multi-agency strategy "
            "meeting (s47)... s47 continues; both parents to be interviewed under caution; "
            "Harley not to be discharged to parents.' UWO attended by phone.",
            "",
            "Safeguarding",
            shift="+2",
        ),
    )
    # 26 February onwards: the arrests, the placement, the court, the charge.
    f.occ(
        "2025-02-26",
        "arrest-father",
        R(
            "pol",
            "ARREST: TOLLAND RYAN (26) AT 14 KESTREL CLOSE 0705HRS - S18 GBH / CHILD CRUELTY "
            "(VICTIM HARLEY TOLLAND 5M). CONVEYED HALLOWBY CUSTODY.",
            "07:05",
            "Arrest",
            ref="47/10223/25",
        ),
        R(
            "uwo",
            "LCpl TOLLAND R arrested by civil police 0705hrs at SFA (14 Kestrel Close). CO "
            "informed. Restricted duties.",
            "08:30",
            "Discipline / civil police",
        ),
    )
    f.occ(
        "2025-02-26",
        "arrest-mother",
        R(
            "pol",
            "ARREST: TOLLAND CHLOE (22) AT 14 KESTREL CLOSE 0720HRS - S18 GBH / CHILD CRUELTY. "
            "CONVEYED HALLOWBY CUSTODY.",
            "07:20",
            "Arrest",
            ref="47/10223/25",
        ),
    )
    f.occ(
        "2025-02-26",
        "bail",
        R(
            "pol",
            "BOTH TOLLANDS INTERVIEWED, RELEASED ON PRE-CHARGE BAIL: NO UNSUPERVISED CONTACT "
            "WITH ANY CHILD UNDER 16.",
            "19:40",
            "Bail",
            ref="47/10223/25",
        ),
    )
    f.occ(
        "2025-02-27",
        "discharge-foster",
        R(
            "paeds",
            "Discharged from Ward 9 to foster carers (s20, both parents consented) - SW M Odell "
            "collected. Pavlik harness, fracture clinic 1/52.",
            "15:00",
            "Discharge",
        ),
        R(
            "csc",
            "Harley placed with foster carers (Mr and Mrs Ashby, Hallowby) under s20 on "
            "discharge from Ward 9.",
            "15:30",
            "Placement",
        ),
        R(
            "hvb",
            "Contact type: Change of address. Outcome: Child protection. Harley discharged from "
            "Ward 9 to foster care (s20) on 27/02; carers' address recorded.",
            "",
            "Change of address",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-10",
        "repeat-survey",
        R(
            "paeds",
            "Repeat skeletal survey (2 wk): callus at R ribs 5-7 confirms healing fractures; L "
            "distal tibia CML; no new injury.",
            "11:00",
            "Imaging",
        ),
    )
    f.occ(
        "2025-03-11",
        "ico-hearing",
        R(
            "csc",
            "Family Court, Hallowby: interim care orders made for Harley and Ella. Harley "
            "remains with foster carers; Ella with maternal grandmother (connected person). "
            "26-week timetable; directions for a paediatric radiology expert.",
            "",
            "Court",
        ),
        R(
            "uwo",
            "LCpl TOLLAND attended Family Court Hallowby with Mrs Tolland - ICOs made on both "
            "children. Padre informed.",
            "",
            "Welfare",
        ),
    )
    f.occ(
        "2025-03-12",
        "aws-chloe-call",
        R(
            "aws",
            "Chloe rang me after court yesterday in bits - both children on interim care "
            "orders. Talked her through the Army Families Federation advice line and her "
            "solicitor's number.",
        ),
    )
    f.occ(
        "2025-03-24",
        "cla-review-1",
        R(
            "csc",
            "Initial looked after review (IRO K. Sandhu) for Harley and Ella. Placements "
            "stable. Supervised contact 3x weekly at the family centre. Health assessments "
            "booked.",
            "10:00",
            "CLA review",
        ),
        R(
            "hvb",
            "Contact type: LAC review (family centre). Outcome: Child protection. Attended "
            "Harley's first LAC review; growth and development on track with carers.",
            "10:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-06-10",
        "cla-review-2",
        R(
            "csc",
            "Looked after review 2. Harley out of harness, rolling. Expert radiology report "
            "received - supports inflicted injury. Parents now living apart.",
            "10:00",
            "CLA review",
        ),
        R(
            "hvb",
            "LAC r/v - Harley thriving with carers, wt 8.4kg.",
            "",
            "Meeting",
            shift="swap",
        ),
    )
    f.occ(
        "2025-08-14",
        "charge-father",
        R(
            "pol",
            "CPS AUTHORITY: TOLLAND RYAN CHARGED S18 GBH WITH INTENT AND CHILD CRUELTY (S1 "
            "CYPA 1933). BAILED TO HALLOWBY MC 04/09/25.",
            "16:45",
            "Charge",
            ref="47/10223/25",
        ),
        R(
            "uwo",
            "LCpl TOLLAND charged by civil police yesterday (s18 GBH, child cruelty). CO and "
            "Bde informed. Remains restricted duties.",
            "",
            "Discipline / civil police",
            shift="late",
        ),
    )
    f.occ(
        "2025-08-14",
        "nfa-mother",
        R(
            "pol",
            "TOLLAND CHLOE - NFA (EVIDENTIAL TEST NOT MET). BAIL CANCELLED. CSC INFORMED.",
            "17:05",
            "NFA",
            ref="47/10223/25",
        ),
    )
    f.occ(
        "2025-09-04",
        "magistrates",
        R(
            "pol",
            "TOLLAND RYAN APPEARED HALLOWBY MC - SENT TO CROWN COURT (S18). CONDITIONAL BAIL, "
            "NOT TO CONTACT CHILDREN EXCEPT AS ARRANGED BY CSC.",
            "",
            "Court",
            ref="47/10223/25",
        ),
        R(
            "uwo",
            "LCpl TOLLAND attended Hallowby MC, sent to Crown Court. Escorted by RSM.",
            "",
            "Discipline / civil police",
        ),
    )
    # Routine entries around them.
    f.fill(
        "mw",
        "2024-07-29",
        "2024-08-06",
        [("Antenatal", "34/40: well, FM+, mum anxious about partner deploying.")],
    )
    f.fill(
        "mw",
        "2024-08-12",
        "2024-08-21",
        [("Antenatal", "36/40 appt: BP 118/72, urine NAD, SFH 35cm, cephalic. Birth plan done.")],
    )
    f.fill(
        "mw",
        "2024-09-16",
        "2024-09-18",
        [("Postnatal", "Day 5 visit: NBBS done, wt 3.30kg (-3%). Mum tired, Ella unsettled.")],
        weekdays=False,
    )
    f.fill(
        "hva",
        "2024-11-04",
        "2024-11-15",
        [("Listening visit", "Listening visit 1: mum talked about feeling alone on the patch.")],
    )
    f.fill(
        "hva",
        "2024-11-18",
        "2024-12-03",
        [("Listening visit", "Listening visit 2: EPDS 13. Packing for move.")],
    )
    f.fill(
        "dphc",
        "2024-07-01",
        "2024-10-18",
        [
            (
                "",
                "Ella - S: cough 3/7, eating and drinking. O: chest clear, T 37.6. A: viral "
                "URTI. P: safety net.",
            )
        ],
    )
    f.fill(
        "dphc",
        "2024-11-04",
        "2024-12-04",
        [("", "Chloe - r/v mood: PHQ-9 11. Still declines medication. Pt to self-refer.")],
    )
    f.fill(
        "aws",
        "2024-07-24",
        "2024-11-15",
        [("", "Fortnightly phone call with Chloe - managing, Ella at playgroup twice a week.")],
        timed=False,
    )
    f.fill(
        "aws",
        "2024-12-09",
        "2025-01-31",
        [("", "Home visit Kestrel Close - still unpacking; met the neighbours' wives group.")],
        timed=False,
    )
    f.fill(
        "aws",
        "2025-06-16",
        "2025-08-29",
        [("", "Checked in by phone, Chloe living at her mum's in Westmarsh now.")],
        timed=False,
    )
    f.fill(
        "uwo",
        "2024-08-01",
        "2024-09-30",
        [
            (
                "Welfare",
                "Families' newsletter / brief for tour sent to all spouses incl. Mrs Tolland.",
            )
        ],
    )
    f.fill(
        "uwo",
        "2024-10-14",
        "2025-01-10",
        [("Welfare", "Welfare call to Mrs Tolland during tour - no concerns raised.")],
    )
    f.fill(
        "hvb",
        "2025-03-01",
        "2025-08-29",
        [
            (
                "Home visit",
                "Contact type: Home visit (foster carers). Outcome: Child protection. Harley "
                "wt 7.6kg, settled.",
            ),
            (
                "Home visit",
                "Contact type: 9-12 month review (foster home). Outcome: development on track.",
            ),
        ],
    )
    f.fill(
        "csc",
        "2025-03-03",
        "2025-08-29",
        [
            (
                "Visit",
                "Statutory visit to Harley at foster carers - settled, carers managing harness.",
            ),
            ("Visit", "Visit to Ella at maternal grandmother's - happy, sleeping well."),
            ("Contact", "Supervised contact (mother) at family centre - warm, appropriate."),
            ("Contact", "Supervised contact (father) - arrived late, handled Harley confidently."),
            ("Supervision", "Management oversight: care plan and parallel planning discussed."),
        ],
    )
    f.fill(
        "gp",
        "2025-03-03",
        "2025-08-29",
        [("", "Chloe - low mood, sleep poor since children removed. Sertraline 50mg started.")],
    )
    f.fill(
        "paeds",
        "2025-03-31",
        "2025-04-11",
        [("Clinic", "Fracture clinic: R femur united, harness off. Seen with foster carer.")],
    )
    return f.case()


# --------------------------------------------------------------------------------------------
# Case 3: the Quarrie family, Pennock. Elsie Quarrie (b. 04/11/2017, Year 3 then Year 4) and
# her brother Alfie (b. 15/06/2020, Reception) live with their mother Joanne Quarrie (b. 1987)
# at 5 Ferndale Mews, Pennock PN2 6LS; their father Darren Quarrie lives in Sallowfield and has
# them alternate weekends. Registered at Cresswell Road Medical Practice; both at Thornbeck
# Primary School. The mother reports vomiting, food intolerance, faints and seizures that no
# professional sees; Elsie attends Pennock Royal Infirmary and Sallowfield General Hospital
# (the mother telling each nothing of the other) and is referred to Aldermoor Children's
# Hospital (paediatric gastroenterology), where an observed feeding admission finds her eating
# normally. Covert concerns pass between the hospitals by phone and letter; a health
# professionals' meeting, a referral, a medical-led strategy discussion, a joint meeting with
# the mother, an initial and a review child protection conference.
# --------------------------------------------------------------------------------------------


def _quarrie() -> BlindCase:
    f = Family(
        "quarrie",
        2603,
        {
            "gp": Sheet(
                GP,
                "Cresswell_Road_MP_return.xlsx",
                "Consultations",
                (("2024-11-01", "Dr N. Qadir"),),
                typed=False,
            ),
            "pri_ed": Sheet(HOSP_A, "PRI_safeguarding_return_Quarrie.xlsx", "ED"),
            "pri": Sheet(
                HOSP_A,
                "PRI_safeguarding_return_Quarrie.xlsx",
                "Paediatrics",
                (("2024-11-01", "Dr E. Halvorsen (consultant paediatrician)"),),
            ),
            "sgh": Sheet(HOSP_B, "SGH_chronology_E_Quarrie.xlsx", "Children's services"),
            "ald": Sheet(
                TERTIARY,
                "Aldermoor_gastro_return.docx",
                "Table 1",
                (("2025-02-01", "Dr T. Ashworth (paediatric gastroenterologist)"),),
                typed=False,
            ),
            "cpaed": Sheet(
                COMM_PAEDS,
                "Pennock_Community_Child_Health.xlsx",
                "Chronology",
                (("2025-01-01", "Dr R. Mistry"),),
            ),
            "diet": Sheet(
                DIETETICS,
                "Paed_dietetics_Quarrie.xlsx",
                "Contacts",
                (("2025-01-01", "J. Penrose (paediatric dietitian)"),),
            ),
            "sn": Sheet(
                SCHOOL_NURSE,
                "Pennock_0-19_School_Nursing.xlsx",
                "SystmOne",
                (("2024-11-01", "A. Iqbal (school nurse)"),),
            ),
            "sch": Sheet(
                SCHOOL,
                "Thornbeck_Primary_CPOMS.xlsx",
                "Export",
                (("2024-11-01", "Mrs H. Bryce (DSL/SENCo)"),),
                typed=False,
            ),
            "csc": Sheet(
                CSC,
                "Pennockshire_CS_chronology_Quarrie.xlsx",
                "Chronology",
                (("2025-06-01", "MASH"), ("2025-06-06", "Callum Pryor (SW)")),
            ),
            "pol": Sheet(
                POLICE,
                "Pennockshire_Constabulary_return.xlsx",
                "Chronology",
                (("2025-06-01", "DS 4410 Holme"),),
            ),
            "ewo": Sheet(
                EWO,
                "EWS_return_Quarrie.xlsx",
                "Log",
                (("2025-06-01", "L. Cardew (EWO)"),),
            ),
        },
    )
    # November and December 2024: the GP, the referral, two attendances at each hospital.
    f.occ(
        "2024-11-12",
        "gp-first",
        R(
            "gp",
            "S: Mum reports Elsie vomiting after most meals for 2 months, 'can only eat 5 "
            "foods', tummy pains, faints on standing. Elsie quiet, says tummy 'sometimes' "
            "hurts. O: wt 23.4kg (50th), ht 50th. Abdo soft, NT. Lying/standing BP normal. A: "
            "?functional abdominal pain. P: food diary; refer general paeds PRI.",
            "09:20",
        ),
    )
    f.occ(
        "2024-11-13",
        "gp-referral",
        R("gp", "Referral letter to PRI general paediatrics sent via e-RS.", "16:45"),
        R(
            "pri",
            "GP referral received (e-RS) from Dr Qadir: vomiting, food restriction, "
            "'faints'. Triaged routine - 10 to 12 weeks.",
            "",
            "Referral received",
            shift="late",
        ),
    )
    f.occ(
        "2024-11-23",
        "pri-ed-1",
        R(
            "pri_ed",
            "Triage: 7F abdo pain + vomiting x3 today per mum. Obs NAD, afebrile. Cat 4.",
            "16:40",
            "Triage",
        ),
        R(
            "pri_ed",
            "Dr: abdo soft, non-tender. Ate toast in dept (per nurse), no vomit. Urine dip NAD. "
            "Imp: ?gastritis. D/C with safety net, GP letter.",
            "18:05",
            "Discharge",
        ),
    )
    f.occ(
        "2024-11-24",
        "pri-ed-2",
        R(
            "pri_ed",
            "Re-attendance. Mum says vomited x6 overnight and 'couldn't wake her properly'. Obs "
            "NAD, GCS 15, chatty, asking for a drink. FBC, U&E, CRP normal. D/C. Mum unhappy, "
            "wanted admission.",
            "10:15",
            "Attendance",
        ),
    )
    f.occ(
        "2024-11-26",
        "gp-ed-letters",
        R("gp", "ED letters x2 filed (PRI 23/11 and 24/11): vomiting, discharged both times.", ""),
    )
    f.occ(
        "2024-11-27",
        "sn-liaison",
        R(
            "sn",
            "Contact type: Paediatric liaison notification. Outcome: No action. PRI ED "
            "attendances 23/11 and 24/11 (vomiting) - notice received, school aware of "
            "absence.",
            "",
            "Liaison",
        ),
    )
    f.occ(
        "2024-12-07",
        "sgh-ed-1",
        R(
            "sgh",
            "ED: 7F vomiting + 'blackouts' per mum. Mum states no previous hospital "
            "attendances. Obs normal, lying/standing BP normal. Seen eating crisps in waiting "
            "area. D/C, advised GP follow up.",
            "14:20",
            "ED attendance",
        ),
    )
    f.occ(
        "2024-12-10",
        "school-mum-visit",
        R(
            "sch",
            "Mrs Quarrie came in: Elsie can only eat her 'safe foods' and must not have school "
            "dinners, she'll send a packed lunch. Wants a care plan and no PE. I said I'd "
            "ask the school nurse.",
        ),
    )
    f.occ(
        "2024-12-10",
        "school-sn-call",
        R("sch", "Rang Aisha (school nurse) at lunchtime to ask for a healthcare plan meeting."),
        R(
            "sn",
            "Contact type: Telephone (school). Outcome: IHCP meeting to be arranged. Mrs "
            "Bryce, SENCo Thornbeck, requesting healthcare plan for Elsie - mum reports "
            "reflux, intolerances and faints.",
            "12:35",
            "Telephone",
        ),
    )
    # January to March 2025: the healthcare plan, clinics, a seizure no one sees, the calls.
    f.occ(
        "2025-01-09",
        "ihcp-meeting",
        R(
            "sch",
            "Healthcare plan meeting: me, Aisha (school nurse), Mrs Quarrie, Miss Tolan (class "
            "teacher). Mum says reflux, intolerances, faints; wants a wheelchair for trips and "
            "no PE. Aisha asked for letters from the doctors - mum says they're 'waiting'. "
            "Draft plan: packed lunch, water bottle, rest breaks.",
        ),
        R(
            "sn",
            "Contact type: IHCP meeting (school). Outcome: Plan drafted pending medical "
            "evidence - no diagnosis letters seen. Mum requests wheelchair; advised GP/"
            "community paeds.",
            "",
            "Meeting",
            shift="swap",
        ),
    )
    f.occ(
        "2025-01-14",
        "sn-cpaed-referral",
        R(
            "sn",
            "Contact type: Referral. Outcome: Referred to community paediatrics (mum's request "
            "re wheelchair and ?POTS) with IHCP meeting notes.",
            "15:10",
            "Referral",
        ),
        R(
            "cpaed",
            "Referral received from school nursing (A Iqbal): mum reports faints, ?POTS, "
            "requests wheelchair. Accepted - new patient appt.",
            "",
            "Referral received",
            shift="late",
        ),
    )
    f.occ(
        "2025-01-21",
        "pri-clinic",
        R(
            "pri",
            "General paediatric clinic (Dr Halvorsen): 7y F, 3 mo vomiting, abdo pain, "
            "'faints'. Mum reports weight loss but wt 23.6kg (50th) - stable on centiles. "
            "Exam normal. Mum requests NG feeding 'as she barely eats'. Plan: coeliac screen, "
            "dietitian referral, food diary, r/v 3 months.",
            "14:30",
            "Clinic",
        ),
    )
    f.occ(
        "2025-01-24",
        "diet-referral-received",
        R(
            "diet",
            "Referral received from Dr Halvorsen (PRI): ?restricted intake; mum reports weight "
            "loss. Booked.",
            "",
            "Referral received",
        ),
    )
    f.occ(
        "2025-01-27",
        "gp-clinic-letter",
        R(
            "gp",
            "Clinic letter filed - PRI paeds (Dr Halvorsen) 21/01: growth normal, exam normal, "
            "coeliac screen, dietitian. NG not indicated.",
            "",
        ),
    )
    f.occ(
        "2025-02-04",
        "diet-first",
        R(
            "diet",
            "Initial assessment (clinic) with mum. Mum reports < 600 kcal/day, 5 'safe' foods. "
            "Wt 23.5kg, ht 124cm, BMI 50th - not consistent with reported intake. 3-day food "
            "diary given. Mum asks for prescribed supplement drinks - not indicated.",
            "10:00",
            "New patient",
        ),
    )
    f.occ(
        "2025-02-11",
        "school-lunch",
        R(
            "sch",
            "Mrs Akers (TA) saw Elsie eat all of her friend's ham sandwich and a yoghurt at "
            "lunch, no sickness all afternoon. Elsie said 'don't tell mummy'.",
        ),
    )
    f.occ(
        "2025-02-13",
        "sn-diet-call",
        R(
            "sn",
            "Contact type: Telephone (professional). Outcome: Info shared. Rang dietitian (J "
            "Penrose) re school's observation of lunch on 11/02.",
            "11:50",
            "Telephone",
        ),
        R(
            "diet",
            "Call from school nurse: Elsie seen eating a full sandwich and yoghurt at school "
            "with no vomiting. Noted against mum's diary.",
            "11:52",
            "Telephone",
        ),
    )
    f.occ(
        "2025-02-25",
        "aldermoor-referral",
        R(
            "pri",
            "Referral letter to Aldermoor paediatric gastroenterology (Dr Ashworth) - mother "
            "requesting tertiary opinion and gastrostomy. Growth normal, investigations "
            "normal.",
            "",
            "Referral",
        ),
        R(
            "ald",
            "Referral received from Dr Halvorsen, PRI: ?feeding disorder, mother requesting "
            "gastrostomy. Accepted, routine clinic.",
            shift="late",
        ),
    )
    f.occ(
        "2025-02-26",
        "cpaed-clinic",
        R(
            "cpaed",
            "New patient clinic with mum. Hx of faints - none witnessed by school. Lying/"
            "standing HR and BP normal, no features of POTS. Hypermobility not present. "
            "Wheelchair not indicated. Mum unhappy, wants a 'proper test'.",
            "13:30",
            "Clinic",
        ),
    )
    f.occ(
        "2025-03-01",
        "sgh-ed-2",
        R(
            "sgh",
            "ED: 7F brought by mum - 'seizure' at home 5 min, eyes rolled. Now alert, no "
            "post-ictal features, obs normal. Paeds r/v: admit overnight obs (mum very "
            "insistent).",
            "19:30",
            "ED attendance",
        ),
    )
    f.occ(
        "2025-03-01",
        "sgh-admission",
        R(
            "sgh",
            "Admitted to Kingfisher (children's ward) for overnight observation. Settled, no "
            "episodes witnessed.",
            "22:10",
            "Admission",
        ),
    )
    f.occ(
        "2025-03-02",
        "sgh-discharge",
        R(
            "sgh",
            "Discharged from Kingfisher ward. No events overnight. EEG not indicated. Mum "
            "asking for MRI - declined.",
            "11:00",
            "Discharge",
        ),
    )
    f.occ(
        "2025-03-03",
        "school-absence-call",
        R("sch", "Elsie absent - mum rang, she was in hospital at the weekend with a seizure."),
        R("sch", "Alfie absent - mum rang 8.40, family at hospital with Elsie at the weekend."),
    )
    f.occ(
        "2025-03-04",
        "gp-sgh-letter",
        R(
            "gp",
            "Discharge summary filed - SGH Kingfisher ward 01-02/03/25: ?seizure, none "
            "witnessed, no investigations indicated.",
            "",
        ),
    )
    f.occ(
        "2025-03-06",
        "gp-pri-call",
        R(
            "gp",
            "Tel to Dr Halvorsen (PRI): Elsie also attending SGH (ED 07/12, admission 01/03) - "
            "mum told SGH there were no previous attendances. Dr H to follow up.",
            "12:40",
        ),
        R(
            "pri",
            "Phone call from Dr Qadir (GP): Elsie has attended SGH twice, mother did not tell "
            "SGH about PRI. Will contact SGH.",
            "12:40",
            "Telephone",
        ),
    )
    f.occ(
        "2025-03-11",
        "pri-sgh-call",
        R(
            "pri",
            "Spoke to Dr Mbeki (consultant paediatrician, SGH) by phone: shared concern re "
            "presentations across two hospitals and differing histories. Agreed confidential - "
            "not to be discussed with mother until advice from Named Doctor. SGH to send "
            "copies of notes.",
            "16:00",
            "Telephone",
        ),
        R(
            "sgh",
            "Telephone call from Dr Halvorsen (PRI): concern re possible perplexing "
            "presentation / FII. Not for discussion with mother at this stage. Copies of ED "
            "and ward notes to be sent. Alert placed on record: contact PRI lead consultant.",
            "16:00",
            "Telephone",
        ),
    )
    f.occ(
        "2025-03-13",
        "sgh-letter",
        R(
            "sgh",
            "Covering letter and copies of ED and ward records sent to Dr Halvorsen, PRI - "
            "marked CONFIDENTIAL, not to be copied to parent.",
            "",
            "Letter",
        ),
        R(
            "pri",
            "Letter and copy records received from Dr Mbeki, SGH (confidential).",
            "",
            "Correspondence",
            shift="late",
        ),
    )
    f.occ(
        "2025-03-18",
        "named-doctor",
        R(
            "pri",
            "Discussed with Named Doctor for Safeguarding (Dr Fairclough): alerting signs of "
            "perplexing presentation. Plan: Dr Halvorsen single lead consultant, health "
            "chronology to be compiled, rationalise investigations; await Aldermoor.",
            "",
            "Safeguarding advice",
        ),
    )
    # April and May: clinics, the observed feeding admission, the hospitals' call and letter.
    f.occ(
        "2025-04-15",
        "aldermoor-clinic",
        R(
            "ald",
            "Paed gastro clinic. Mum reports Elsie 'can't tolerate any food', 10+ vomits a day, "
            "requests gastrostomy. Elsie well looking, wt 50th centile, ate a packet of crisps "
            "in clinic without difficulty. Plan: admit for 5-day observed feeding assessment.",
        ),
    )
    f.occ(
        "2025-04-29",
        "gp-elsie",
        R(
            "gp",
            "Elsie - mum reports new joint pains, requests rheumatology referral. O: full ROM, "
            "no swelling, gait normal. A: no abnormality found. P: declined referral, r/v PRN.",
            "09:00",
        ),
    )
    f.occ(
        "2025-04-29",
        "gp-alfie",
        R(
            "gp",
            "Alfie - mum says he's now 'vomiting like his sister'. O: wt 50th, abdo soft, well "
            "child. A: NAD. P: reassure.",
            "09:10",
        ),
    )
    f.occ(
        "2025-05-12",
        "aldermoor-admission",
        R("ald", "Admitted to Puffin Ward for observed feeding assessment (planned, 5 days)."),
    )
    f.occ(
        "2025-05-16",
        "aldermoor-discharge",
        R(
            "ald",
            "Discharged home. Over 5 days Elsie ate full meals when mother off the ward (x7), "
            "no vomiting witnessed by staff; mother reported 4 vomits, none seen. Mother seen "
            "giving Elsie liquid from an unlabelled bottle - declined to show staff.",
        ),
    )
    f.occ(
        "2025-05-16",
        "aldermoor-pri-call",
        R(
            "ald",
            "Tel to Dr Halvorsen (PRI) after discharge: shared ward observations - strong "
            "concern for FII. Agreed PRI to lead safeguarding; we will write.",
        ),
        R(
            "pri",
            "Call from Dr Ashworth (Aldermoor): observed feeding admission - Elsie eats "
            "normally away from mother; unlabelled bottle. Concern for FII. Letter to follow.",
            "",
            "Telephone",
        ),
    )
    f.occ(
        "2025-05-19",
        "school-back",
        R("sch", "Elsie back today after a week in Aldermoor. Ate all her lunch, played out."),
    )
    f.occ(
        "2025-05-21",
        "aldermoor-letter",
        R(
            "ald",
            "Confidential letter to Dr Halvorsen (PRI), cc Dr Qadir (GP) and Dr Mistry "
            "(community paediatrics): findings of the observed feeding assessment. NOT to be "
            "copied to the parent.",
        ),
        R(
            "pri",
            "Confidential letter from Aldermoor (Dr Ashworth) received: observed feeding "
            "assessment findings.",
            "",
            "Correspondence",
            shift="late",
        ),
        R(
            "cpaed",
            "Letter (confidential) from Aldermoor gastro rec'd - cc: normal intake when "
            "observed, unexplained liquid given by mum.",
            "",
            "Correspondence",
        ),
    )
    # June: the health professionals' meeting, the referral, the strategy discussion.
    f.occ(
        "2025-06-03",
        "health-meeting",
        R(
            "pri",
            "Health professionals' meeting (perplexing presentation / FII), chaired by Named "
            "Doctor Dr Fairclough: Dr Halvorsen, Dr Ashworth (phone), Dr Mistry, Dr Qadir, J "
            "Penrose, A Iqbal. Chronology: 9 hospital attendances in 6 months across 3 "
            "hospitals, no sign or symptom verified. Outcome: refer to CSC - FII suspected; "
            "request medical-led strategy discussion.",
            "13:00",
            "Professionals meeting",
        ),
        R(
            "cpaed",
            "Attended professionals meeting at PRI re Elsie. Agreed referral to children's "
            "services.",
            "",
            "Meeting",
            shift="month",
        ),
        R(
            "gp",
            "Professionals mtg (PRI, Teams) - Dr Qadir attended. Referral to CSC by PRI agreed. "
            "Alfie's presentation also noted.",
            "13:00",
        ),
        R(
            "sn",
            "Contact type: Professionals meeting. Outcome: PRI to refer to CSC. School's "
            "observations of eating shared.",
            "13:00",
            "Meeting",
        ),
        R(
            "diet",
            "Attended health professionals' meeting - shared discrepancies between food diary "
            "and observed intake.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2025-06-04",
        "pri-referral",
        R(
            "pri",
            "Referral to Pennockshire Children's Services (MASH) by Dr Halvorsen: FII "
            "suspected. Request medical-led strategy discussion; asked that mother not be "
            "told before it.",
            "10:20",
            "Safeguarding referral",
        ),
        R(
            "csc",
            "Contact received from Dr Halvorsen, consultant paediatrician PRI: suspected "
            "fabricated or induced illness - Elsie (7). Reported symptoms never verified "
            "across PRI, SGH and Aldermoor; normal eating when observed. Sibling Alfie (4) "
            "now said to have the same symptoms.",
            "10:25",
            "Contact",
        ),
    )
    f.occ(
        "2025-06-05",
        "mash-decision",
        R(
            "csc",
            "MASH decision: proceed to strategy discussion (medically led). Parents not to be "
            "informed before it on medical advice.",
            "15:40",
            "MASH decision",
        ),
    )
    f.occ(
        "2025-06-10",
        "strategy",
        R(
            "csc",
            "Strategy discussion (medically led, suspected FII). Chair TM Ruth Okafor; Dr "
            "Halvorsen presented the health chronology. Present: DS Holme, Dr Fairclough, Dr "
            "Ashworth (phone), Dr Mistry, Mrs Bryce (DSL), A Iqbal (SN), SW C. Pryor. "
            "Decision: joint s47; single lead consultant for all care; mother to be told "
            "jointly by Dr Halvorsen and SW on 12/06; father to be told; no covert "
            "surveillance; school to log food eaten and absences; Alfie included.",
            "10:00",
            "Strategy discussion",
        ),
        R(
            "pol",
            "STRATEGY MEETING - MEDICALLY LED (SUSPECTED FII) RE QUARRIE ELSIE 7YRS. DS 4410 "
            "HOLME. JOINT S47. CHILD CRUELTY CRIME RECORDED 22/31188/25.",
            "10:00",
            "Strategy meeting",
            ref="22/31188/25",
        ),
        R(
            "pri",
            "Medical-led strat meeting - Dr Halvorsen presented chronology. S47 agreed; PRI "
            "sole lead for Elsie's care, SGH to be told.",
            "10:00",
            "Safeguarding",
        ),
        R(
            "sch",
            "I went to the strategy meeting (Teams). I'm to write down what Elsie eats each "
            "day and any absence. Not to say anything to mum until Thursday.",
        ),
        R("sn", "strat mtg - attended. Outcome: s47.", "", "Meeting", shift="+1"),
    )
    f.occ(
        "2025-06-12",
        "joint-meeting-mother",
        R(
            "pri",
            "Dr Halvorsen and SW C Pryor met Mrs Quarrie in clinic: explained that Elsie's "
            "reported symptoms have not been seen by any professional and the concern for "
            "her health and care. Mum angry, left after 20 min.",
            "14:00",
            "Meeting with parent",
        ),
        R(
            "csc",
            "Joint meeting with Dr Halvorsen and mother at PRI to share concerns (FII). Mother "
            "denied, said doctors 'never listen', left early. S47 explained.",
            "14:00",
            "Meeting",
        ),
    )
    f.occ(
        "2025-06-12",
        "call-father",
        R(
            "csc",
            "Telephone call to father (Darren Quarrie) to tell him of the concerns and the s47 "
            "enquiry. He said he had 'wondered' - Elsie eats normally at his.",
            "16:30",
            "Telephone",
        ),
    )
    f.occ(
        "2025-06-14",
        "sgh-ed-3",
        R(
            "sgh",
            "ED: 7F with mum - 'vomiting blood'. No haematemesis seen, Hb 128, obs normal. "
            "Alert on record - PRI lead consultant. D/C.",
            "15:10",
            "ED attendance",
        ),
    )
    f.occ(
        "2025-06-14",
        "sgh-edt-call",
        R(
            "sgh",
            "Safeguarding: rang Pennockshire EDT as per alert - attended today despite PRI plan.",
            "16:05",
            "Safeguarding",
        ),
        R(
            "csc",
            "EDT: call from SGH ED nurse in charge - mother brought Elsie to SGH today "
            "('vomiting blood', none seen). Discharged home. Passed to SW.",
            "16:05",
            "EDT",
        ),
    )
    f.occ(
        "2025-06-19",
        "school-collected",
        R("sch", "Elsie collected at 11.00 by mum 'for a hospital appointment'. Logged per plan."),
        R("sch", "Alfie collected by mum at 11am with Elsie (hospital appt for Elsie)."),
    )
    f.occ(
        "2025-06-20",
        "ews-referral",
        R("sch", "Referred Elsie to the EWS - attendance 81% this year."),
        R(
            "ewo",
            "Referral received from Thornbeck Primary: Elsie Quarrie Y3, attendance 81%, "
            "mostly 'medical'. Note: open to CSC (s47).",
            "",
            "Referral",
        ),
    )
    f.occ(
        "2025-06-27",
        "gp-icpc-report",
        R("gp", "Report for ICPC (02/07) sent to conference admin by email.", "14:15"),
    )
    f.occ(
        "2025-07-02",
        "icpc",
        R(
            "csc",
            "Initial child protection conference (chair Marianne Hook). Elsie: child "
            "protection plan, category emotional abuse (fabricated or induced illness). "
            "Alfie: child in need plan. Mother attended with advocate; father attended. "
            "Reports from PRI, Aldermoor, GP, school, school nursing, dietetics.",
            "10:00",
            "ICPC",
        ),
        R("pol", "ICPC ATTENDED - DS HOLME. CP PLAN (EMOTIONAL ABUSE).", "10:00", "Conference"),
        R(
            "pri",
            "ICPC - Dr Halvorsen attended, gave report. Elsie on CP plan.",
            "10:00",
            "Conference",
        ),
        R(
            "sch",
            "I went to Elsie's initial conference at the civic centre. She's on a plan. Alfie "
            "child in need.",
        ),
        R(
            "sn",
            "Contact type: ICPC. Outcome: CP plan - emotional abuse. SN to be core group member.",
            "",
            "Conference",
        ),
        R(
            "cpaed",
            "Initial CP conference yesterday - Dr Mistry sent apologies, report submitted. CP "
            "plan.",
            "",
            "Conference",
            shift="+1",
        ),
    )
    f.occ(
        "2025-07-16",
        "core-group-1",
        R(
            "csc",
            "First core group: SW, mother, father, Mrs Bryce, A Iqbal, J Penrose. School "
            "dinners trial from September; PRI only for any illness; dad's extra weekend.",
            "15:30",
            "Core group",
        ),
        R("sch", "Core group after school (3.30). School dinners trial for Elsie in Sept."),
        R("sn", "Contact type: Core group. Outcome: CP plan reviewed.", "15:30", "Core group"),
        R(
            "diet",
            "CG mtg - dietitian attended: normal diet advised, no supplements.",
            "",
            "Meeting",
        ),
    )
    f.occ(
        "2025-08-12",
        "aldermoor-discharge-clinic",
        R(
            "ald",
            "Clinic: no organic gastrointestinal diagnosis; growth normal. Discharged from "
            "Aldermoor; care with PRI lead consultant.",
        ),
    )
    f.occ(
        "2025-08-20",
        "police-interview",
        R(
            "pol",
            "VOLUNTARY INTERVIEW UNDER CAUTION - QUARRIE JOANNE (38) RE CHILD CRUELTY. DENIES "
            "EXAGGERATING SYMPTOMS. BOTTLE CONTAINED 'HERBAL REMEDY'. FILE TO CPS FOR ADVICE.",
            "11:00",
            "Interview",
            ref="22/31188/25",
        ),
    )
    f.occ(
        "2025-09-13",
        "sgh-ed-4",
        R(
            "sgh",
            "ED: CP-IS flag. 7F, abdo pain per mum. Examined - no concerns. Ate a sandwich in "
            "dept. D/C; CSC informed via CP-IS.",
            "13:20",
            "ED attendance",
        ),
    )
    f.occ(
        "2025-09-16",
        "sn-sgh-notice",
        R(
            "sn",
            "Contact type: ED attendance notification (SGH 13/09). Outcome: For core group.",
            "",
            "Liaison",
        ),
    )
    f.occ(
        "2025-09-24",
        "core-group-2",
        R(
            "csc",
            "Core group 2: SGH attendance 13/09 discussed - mum says PRI 'too far'. Elsie eating "
            "school dinners every day. Attendance 98% this term.",
            "15:30",
            "Core group",
        ),
        R("sch", "Core group - Elsie having school dinners every day and loving it."),
        R(
            "sn",
            "core grp - attended, weights stable",
            "",
            "Core group",
            shift="-1",
        ),
    )
    f.occ(
        "2025-10-01",
        "rcpc",
        R(
            "csc",
            "Review child protection conference: Elsie remains on CP plan (emotional abuse); "
            "progress noted (school attendance, eating), mother disputes concerns; one SGH "
            "attendance against the plan.",
            "10:00",
            "RCPC",
        ),
        R(
            "pol",
            "RCPC - REPORT SUBMITTED, DS HOLME ATTENDED. REMAINS ON PLAN.",
            "10:00",
            "Conference",
        ),
        R(
            "pri",
            "Review CP conference - Dr Halvorsen attended. Remains on plan.",
            "10:00",
            "Conference",
        ),
        R("sch", "Review conference today - Elsie stays on a plan for now."),
    )
    # Routine entries around them.
    f.fill(
        "sch",
        "2024-11-05",
        "2024-12-05",
        [("", "Elsie ate school dinner (fish, chips, peas) and pudding. No issues.")],
    )
    f.fill(
        "sch",
        "2025-01-13",
        "2025-07-18",
        [
            ("", "Elsie did not want to do PE - mum's note says 'dizzy'. Sat out."),
            ("", "Elsie's packed lunch: crackers and apple only. She asked for a friend's crisps."),
            ("", "Alfie - Reception phonics check, doing well."),
        ],
    )
    f.fill(
        "sch",
        "2024-11-05",
        "2025-10-24",
        [("", "Elsie happy in class, read her story to the class.")],
    )
    f.fill(
        "sn",
        "2024-11-05",
        "2025-10-24",
        [("Weight check", "Contact type: Drop-in (school). Outcome: Elsie wt 23.8kg - stable.")],
    )
    f.fill(
        "sn",
        "2025-01-13",
        "2025-05-30",
        [("Admin", "Contact type: Record review. Outcome: IHCP awaiting medical evidence.")],
    )
    f.fill(
        "diet",
        "2025-02-17",
        "2025-05-09",
        [
            ("Review", "Review: food diary returned - very restricted per mum; wt stable 23.7kg."),
            ("Telephone", "Tel review with mum: asks again for supplements. Declined, explained."),
        ],
    )
    f.fill(
        "csc",
        "2025-06-16",
        "2025-10-24",
        [
            ("Home visit", "Statutory visit: Elsie seen alone in her room, chatty, ate a biscuit."),
            (
                "Home visit",
                "Visit to father's home (Sallowfield), where the children stay alternate "
                "weekends - no concerns.",
            ),
            ("Direct work", "Direct work with Elsie: 'my tummy is fine at Daddy's'."),
        ],
    )
    f.fill(
        "csc",
        "2025-07-03",
        "2025-10-24",
        [("Supervision", "Supervision: s47 outcome - continue CP plan, legal gateway not yet.")],
    )
    f.fill(
        "ewo",
        "2025-06-23",
        "2025-07-18",
        [("Letter", "Attendance letter (stage 1) sent to mother.")],
    )
    f.fill(
        "ewo",
        "2025-09-29",
        "2025-10-24",
        [("Meeting", "Attendance review meeting at school with mum - attendance 97% this term.")],
    )
    f.fill(
        "gp",
        "2024-11-13",
        "2025-10-24",
        [
            ("", "Joanne (mum) - back pain, naproxen."),
            ("", "Alfie - cough, viral, safety net."),
        ],
    )
    f.fill(
        "pri",
        "2025-06-16",
        "2025-10-24",
        [("Clinic", "Lead consultant review: wt 24.9kg (50th), well, eating normally per school.")],
    )
    return f.case()


def blind_dedup_cases_26() -> list[BlindCase]:
    """The twenty-sixth blind set's families, in the order they were written."""
    return [_druce(), _tolland(), _quarrie()]


if __name__ == "__main__":
    summary(blind_dedup_cases_26)
